"""Casualty figures, damage and speakers read from single sentences of our own writing."""

from __future__ import annotations

from datetime import date

import pytest

from extraction.claims import find_casualties, find_damage, find_speakers, parse_number
from extraction.pipeline import extract

CASUALTIES = [
    # wire style
    ("At least six Syrian and foreign militants were killed in the raids, the monitor said.", [("killed", "6")]),
    ("The strikes killed seven fighters and wounded twelve others, according to the Observatory.", [("killed", "7"), ("wounded", "12")]),
    ("Two fighters of the Syrian Democratic Forces were killed at dawn, ANHA said.", [("killed", "2")]),
    ("Four members of the Iranian-backed Fatemiyoun brigade were wounded in the raid.", [("wounded", "4")]),
    ("No injuries were reported among U.S. personnel, a U.S. official told Reuters.", [("casualties", "none")]),
    ("There were no casualties and the damage is being assessed, the spokesman wrote on Twitter.", [("casualties", "none")]),
    ("Three American service members suffered minor injuries and were treated on site.", [("wounded", "3")]),
    ("Two U.S. service members were lightly wounded in the attack, officials said.", [("wounded", "2")]),
    ("The bombardment left four dead, local sources told AFP.", [("killed", "4")]),
    ("The death toll rose to 14 on Thursday, state media said.", [("killed", "14")]),
    ("No one was hurt, the coalition said in a statement.", [("casualties", "none")]),
    ("Nobody was injured in the rocket attack on the field.", [("casualties", "none")]),
    ("The drone attack caused no casualties, according to the SDF.", [("casualties", "none")]),
    # killings by gunmen
    ("Gunmen on a motorcycle shot dead a tribal notable near his house, SOHR said.", [("killed", "1")]),
    ("ISIS cells gunned down two SDF members at a checkpoint near Hajin.", [("killed", "2")]),
    # an apposition between the figure and its verb
    ("The militia said nine of its men, all from the Imam Ali brigade, were killed in the raid.", [("killed", "9")]),
    ("Three civilians, among them a shepherd, were wounded by the landmine, the monitor said.", [("wounded", "3")]),
    # state media style, numbers in words
    ("Twenty-one civilians were martyred and dozens were injured in the American aggression.", [("killed", "21"), ("wounded", "some")]),
    ("The raids claimed the lives of eleven members of the popular resistance, SANA reported.", [("killed", "11")]),
    ("A child was among five people killed when the shell struck the market.", [("killed", "5")]),
    ("killing at least nine Iranian-backed fighters, the war monitor said.", [("killed", "9")]),
    # monitor style
    ("SOHR documented the death of 18 militiamen of Iranian nationalities in the strikes.", [("killed", "18")]),
    ("As many as 17 militiamen were killed, among them three commanders, SOHR sources said.", [("killed", "17")]),
    ("Around 30 fighters were killed or wounded in the attack.", [("killed", "30")]),
    # one person, in the singular
    ("A member of the Syrian Democratic Forces (SDF) was killed and another was wounded at the checkpoint.",
     [("killed", "1"), ("wounded", "1")]),
    ("A civilian was wounded on Monday when gunmen shot at him near the town.", [("wounded", "1")]),
    ("An SDF fighter lost his life in the blast near the oil field.", [("killed", "1")]),
    ("A US service member suffered minor injuries in the drone attack.", [("wounded", "1")]),
    ("A fighter of the Deir ez-Zor Military Council was shot dead in front of his house.", [("killed", "1")]),
    ("The drone strike killed a commander of the brigade, the monitor said.", [("killed", "1")]),
    ("ISIS gunmen executed a shepherd in the desert, the Observatory said.", [("killed", "1")]),
    # ... but not a thing told in the singular beside a figure
    ("It was a drone strike in which two fighters were killed.", [("killed", "2")]),
    ("He was killed a day after the raid.", [("killed", "1")]),
    # the nominal forms of translated reports
    ("The soldiers opened fire, which led to the death of two young men and the injury of a woman.",
     [("killed", "2"), ("wounded", "1")]),
    ("The shelling resulted in the martyrdom of three civilians and the injury of five others, SANA said.",
     [("killed", "3"), ("wounded", "5")]),
    ("Five members of the National Defence Forces (NDF) were killed in an ambush in the desert.", [("killed", "5")]),
    ("The death toll from Monday's strikes on the border town has risen to nine, the monitor said.", [("killed", "9")]),
    ("The attack resulted in zero casualties and no damage to the facilities, the statement said.", [("casualties", "none")]),
    # "none" told of a party, or as what the attack did not do
    ("There were no US or coalition casualties in the drone attack, the Pentagon said.", [("casualties", "none")]),
    ("No SDF or coalition personnel were injured, the statement said.", [("casualties", "none")]),
    ("The spokesman said no American troops had been killed or injured in the attack.", [("casualties", "none")]),
    ("No one on the ground was hurt, the official said.", [("casualties", "none")]),
    ("There were no injured and no damage, the official said.", [("casualties", "none")]),
    ("The attack did not result in any casualties.", [("casualties", "none")]),
    ("The rockets did not cause American victims, the official said.", [("casualties", "none")]),
    ("The rocket attack on the field killed no one.", [("casualties", "none")]),
    ("The drone fell in an open field and caused no damage or injuries.", [("casualties", "none")]),
    # ... but not an open question
    ("There was no confirmation that two fighters were killed in the strike.", [("killed", "2")]),
    # a second lot of victims joined by "and" is counted with the first
    ("A drone hit the house, killing a woman and her two children.", [("killed", "3")]),
    ("Five militants and two soldiers were killed in the clashes.", [("killed", "7")]),
    ("US forces conducted a raid, killing an ISIS leader and one other operative, CENTCOM said.", [("killed", "2")]),
    # ... but not a second verb's victims
    ("The blast killed two fighters and wounded three others.", [("killed", "2"), ("wounded", "3")]),
    ("The strike killed five fighters and destroyed two vehicles.", [("killed", "5")]),
    ("Between four and six fighters were killed in the strike.", [("killed", "4")]),
    # ... with an abbreviation among the words of the first lot, or a first lot told before the number
    ("Four U.S. troops and an Iraqi interpreter were injured when the rockets landed, officials said.", [("wounded", "5")]),
    ("A Syrian driver was killed, while his assistant and three SDF guards were wounded, the Hawar agency said.",
     [("killed", "1"), ("wounded", "4")]),
    ("A civilian contractor died of a cardiac episode; a second contractor and two US service members were hurt.",
     [("killed", "1"), ("wounded", "3")]),
    ("One soldier was martyred and a lieutenant and two privates were wounded by the shelling, SANA reported.",
     [("killed", "1"), ("wounded", "3")]),
    # ... but not a thing, nor a lot told with "at least"
    ("An explosion and two fighters were wounded near the depot.", [("wounded", "2")]),
    ("A drone hit the post and at least four guards were injured, the monitor said.", [("wounded", "4")]),
    # a campaign's toll in the thousands is no incident's figure
    ("The PKK has been responsible for the deaths of more than 40,000 people over four decades, Ankara says.", []),
    ("The war, which has killed more than 500,000 people, entered its 13th year; two guards were hurt on Monday.",
     [("wounded", "2")]),
    ("Since 2011, 1.5 million have been wounded in the conflict.", []),
    # more ways of saying nobody was hurt: wire, translated and local styles
    ("The rocket attack on the base caused neither casualties nor damage, the ministry insisted.", [("casualties", "none")]),
    ("Damage: one generator. Casualties: none (SDF source).", [("casualties", "none")]),
    ("A security source said there was not casualties among the soldiers of the base.", [("casualties", "none")]),
    ("None of the American soldiers were injured in the attack, the spokesman said.", [("casualties", "none")]),
    ("The shells fell on farmland near the village, causing only material damage, Hawar reported.", [("casualties", "none")]),
    ("The explosion caused material losses only, the Deir ez-Zor Military Council said.", [("casualties", "none")]),
    # "both": two
    ("Both men were killed instantly when the drone hit their pickup, the Observatory said.", [("killed", "2")]),
    ("The gunmen fled after the shooting; both of them were wounded, a relative told Enab Baladi.", [("wounded", "2")]),
    ("Both drones were shot down and no soldiers were injured, the official said.", [("casualties", "none")]),
    # the military's "eliminated" / "neutralised" of fighters is a killing; of things it is not
    ("Russian aircraft struck hideouts in the desert near al-Shoula, eliminating 17 terrorists, the admiral told a briefing.",
     [("killed", "17")]),
    ("Up to 30 militants were eliminated in the raids, the Reconciliation Centre said.", [("killed", "30")]),
    ("Army units neutralised nine ISIS terrorists in the Badia of al-Mayadin, SANA reported.", [("killed", "9")]),
    ("The air strikes eliminated two hideouts and three pickup trucks fitted with machine guns.", []),
    # a wire dateline's day and dash are not a figure
    ("15 (Xinhua) -- A shepherd was killed on Tuesday when a landmine left by IS exploded near al-Shoula.", [("killed", "1")]),
    ("Nov. 4 (AP) -- Three SDF fighters were wounded when gunmen opened fire on their checkpoint.", [("wounded", "3")]),
    # a battery of tolls in the styles of the outlets that report the area
    ("A US defense official said four service members suffered traumatic brain injuries and were being evaluated.",
     [("wounded", "4")]),
    ("Three civilians, including a child, were martyred and five others injured by the SDF militia's shells, SANA said.",
     [("killed", "3"), ("wounded", "5")]),
    ("Local sources told North Press that the blast killed two fighters of the Deir ez-Zor Military Council.", [("killed", "2")]),
    ("Two young men lost their lives and a third was injured when unknown gunmen opened fire on their car.",
     [("killed", "2"), ("wounded", "1")]),
    ("SOHR: 9 members of Iranian-backed militias killed in airstrikes on positions near the border.", [("killed", "9")]),
    ("The Islamic Resistance in Iraq said its drones hit the base and claimed that a number of soldiers were killed.",
     [("killed", "some")]),
    ("A member of the tribal forces was killed and two others were wounded in the clashes near the bridge.",
     [("killed", "1"), ("wounded", "2")]),
    ("The coalition said no civilians were harmed in the operation, which killed an ISIS official.",
     [("casualties", "none"), ("killed", "1")]),
    ("The strike wounded seven militiamen, two of them critically, the war monitor reported.", [("wounded", "7")]),
    # unknown casualties, not "none"
    ("Officials gave no details on whether the strike caused casualties.", [("casualties", "unknown")]),
    ("There was no immediate word on casualties.", [("casualties", "unknown")]),
    ("Casualties were not immediately known.", [("casualties", "unknown")]),
    # translation artefact from a French piece
    ("causing material damage but without causing any damage. victims, said OSDH.", [("casualties", "none")]),
    # numbers that are not casualties
    ("Two days after the strike, the coalition moved troops to the field.", []),
    ("The rockets were fired from about 10 kilometres away.", []),
    ("US forces struck two locations in Syria and one in Iraq.", []),
]


@pytest.mark.parametrize("sentence,expected", CASUALTIES)
def test_casualties(sentence: str, expected: list[tuple[str, str]]) -> None:
    found = [(c.attribute, c.value) for c in find_casualties(sentence, 0, len(sentence))]
    assert found == expected
    for c in find_casualties(sentence, 0, len(sentence)):
        assert sentence[c.span.start : c.span.end] == c.span.text


SPEAKERS = [
    ("At least six militants were killed, the Syrian Observatory for Human Rights said.", "SOHR"),
    ("Observatory director Rami Abdel Rahman told AFP the fire came from the west bank.", "SOHR"),
    ("“There were no casualties,” coalition spokesman Col. Wayne Marotto said on Twitter.", "Coalition spokesperson"),
    ("According to the official Syrian agency SANA, the base was hit by missiles.", "SANA"),
    ("The strikes were proportionate, U.S. Central Command said in a statement.", "CENTCOM"),
    ("Iranian foreign ministry spokesperson Nasser Kanaani denied any link to the site.", "Iranian Foreign Ministry"),
    ("Local sources told Deir Ezzor 24 that two explosions shook the town.", "local sources"),
    ("The network of local activists Deir Ezzor 24 reported the shelling on its Twitter account.", "Deir Ezzor 24"),
    ("A U.S. defense official, speaking on condition of anonymity, told Reuters the drones were shot down.", "US officials"),
    ("Pentagon press secretary Pat Ryder told reporters the strikes hit two facilities.", "Pentagon"),
    ("The Syrian Democratic Forces said in a statement that a drone hit a position near Shaddadi.", "SDF"),
    ("Rockets hit the base overnight.", None),
    # an outlet or monitor cited by another: the source is the one cited, not an actor named in the sentence
    ("ANHA reported that Turkish drones struck a car near Tal Tamr, killing two SDF fighters.", "ANHA"),
    ("According to North Press, gunmen shot dead a council employee in Thiban.", "North Press"),
    ("The Russian Reconciliation Centre said militants shelled al-Mayadin, wounding five servicemen.", "Russian Defence Ministry"),
    ("The Syrian Network for Human Rights documented the killing of four civilians in the raid.", "SNHR"),
    # an unnamed official of an armed faction speaks for it; the forces it denies attacking do not speak
    ("An official of an Iraqi armed faction told Reuters that four of its men died, and denied that the group "
     "had attacked U.S. forces.", "militia sources"),
    ("A commander in the Popular Mobilization Forces said nine of their fighters died in the raid.", "militia sources"),
]


@pytest.mark.parametrize("sentence,expected", SPEAKERS)
def test_speakers(sentence: str, expected: str | None) -> None:
    speakers = find_speakers(sentence, 0, len(sentence))
    assert (speakers[0].name if speakers else None) == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("The attack caused material damage, the Observatory said.", "material damage"),
        ("There were no casualties and the damage is being assessed.", "damage is being assessed"),
        ("Columns of smoke rose from the field after the explosions.", "columns of smoke"),
        ("The strikes destroyed two weapons depots near the border.", "destroyed two weapons depots"),
        ("The rockets landed in an empty area.", None),
    ],
)
def test_damage(sentence: str, expected: str | None) -> None:
    found = find_damage(sentence, 0, len(sentence))
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize("word,value", [("six", 6), ("twenty-one", 21), ("14", 14), ("a dozen", 12), ("several", None), ("dozens", None)])
def test_parse_number(word: str, value: int | None) -> None:
    assert parse_number(word) == value


def test_a_toll_is_the_claim_of_the_source_whose_account_gives_it() -> None:
    """"Five were killed ..., the Observatory said, while the Pentagon put the toll at seven": each toll is
    claimed by the source of its part of the sentence, so the two accounts can be set side by side."""
    text = ("Five militiamen were killed in a US strike near Albu Kamal on Tuesday, the Observatory said, while "
            "the Pentagon put the toll at seven.")
    res = extract(text, published=date(2024, 3, 6))
    [m] = [m for m in res.incidents if m.role == "main"]
    assert sorted((c.claimant, c.value) for c in m.claims if c.attribute == "killed") == [("Pentagon", "7"), ("SOHR", "5")]


def test_a_denial_told_with_its_day_between() -> None:
    # "rejected on Tuesday any link": the day of the saying between the verb and what is rejected
    text = ("Iran's foreign ministry spokesman Nasser Kanaani rejected on Tuesday any link to the drone attack on the "
            "al-Omar base on Monday.")
    res = extract(text, published=date(2023, 10, 24))
    assert any(c.attribute == "denial" for m in res.incidents for c in m.claims)
