"""Short articles of our own writing, in the styles of wires, state media and monitors, in and out.

Each case: text + publication date -> the main incidents expected (date, site, event type,
perpetrator, target, killed).  Only the fields given are checked.
"""

from __future__ import annotations

from datetime import date

import pytest

from extraction.pipeline import extract
from extraction.records import Span

AIR = "air/drone strike"
SHELL = "shelling/artillery/missile attack"
MIL = "Iran-backed militias"
US = "US-led coalition"

CASES = [
    # --- a judgement told on its own day names the act's day after the act: the act keeps it ----------------
    (
        "ministry-on-thursday-condemned-the-aggression-on-wednesday-state-media",
        "Damascus, SANA - The Foreign and Expatriates Ministry on Thursday condemned the US aggression on Wednesday on "
        "the town of al-Mayadin in Deir Ezzor countryside. The aggression killed three civilians and wounded five "
        "others, local sources said.",
        date(2024, 2, 9),
        [dict(date="2024-02-07", site="al_mayadin", killed=3)],
    ),
    (
        "overnight-and-into-wednesday-morning-local-network",
        "Deir Ezzor 24: US helicopters struck a militia convoy near al-Quriyah overnight and into Wednesday morning, "
        "killing five.",
        date(2023, 9, 14),
        [dict(date="2023-09-12", site="al_quriyah")],
    ),
    (
        "saturday-night-washington-time-early-sunday-in-syria-state-media",
        "SANA - The American aggression took place on Saturday night Washington time, early Sunday in Syria, on "
        "houses near al-Mayadin, killing three civilians.",
        date(2024, 2, 5),
        [dict(date="2024-02-04", site="al_mayadin")],
    ),
    (
        "one-day-after-a-drone-strike-near-a-town-monitor",
        "SOHR: Militias shelled the Green Village base on Tuesday, one day after an Israeli drone struck a truck near "
        "Albu Kamal. The drone strike near Albu Kamal killed two IRGC members, the Observatory said.",
        date(2023, 11, 7),
        [dict(date="2023-11-07", site="green_village"), dict(date="2023-11-06", site="albu_kamal")],
    ),
    # --- "a day after <a cause at a named place>": the cause is the day before the news it is told after -------
    (
        "a-day-after-a-drone-attack-at-a-named-base-told-again",
        "Rockets struck the US base at the Conoco gas field on Thursday, a day after a drone attack on the al-Omar "
        "oil field. The drone attack on al-Omar wounded two American soldiers, a US official said.",
        date(2023, 10, 19),
        [dict(date="2023-10-19", site="conoco_gas_field"), dict(date="2023-10-18", site="al_omar_oil_field")],
    ),
    (
        "one-day-after-a-checkpoint-attack-told-again-with-its-toll",
        # Kurdish agency style
        "An SDF patrol was hit by a roadside bomb near al-Busayrah on Wednesday, one day after ISIS gunmen attacked "
        "a checkpoint in Thiban. Three fighters were killed in the checkpoint attack in Thiban, the SDF said.",
        date(2025, 3, 5),
        [dict(date="2025-03-05", site="al_busayrah"), dict(date="2025-03-04", site="thiban")],
    ),
    (
        "a-day-after-american-raids-near-a-town-iranian-style",
        # Iranian outlet style
        "Tasnim - Resistance fighters targeted the American occupation base in the Omar oil field with drones on "
        "Saturday, a day after US warplanes bombed positions near Albu Kamal. The US raids near Albu Kamal killed "
        "three resistance fighters, local sources said.",
        date(2024, 8, 3),
        [dict(date="2024-08-03", site="al_omar_oil_field"), dict(date="2024-08-02", site="albu_kamal")],
    ),
    # --- a night told with the morning it ran into, and a day told in Syria beside Washington's ----------------
    (
        "overnight-and-into-friday-morning-is-thursdays-night",
        # Kurdish agency style: the night named by the morning it ran into
        "Overnight and into Friday morning, coalition warplanes struck ISIS militants holed up near the prison in "
        "Hasakah, the SDF said.",
        date(2022, 1, 22),
        [dict(date="2022-01-20", site="hasakah_city")],
    ),
    (
        "overnight-and-into-the-early-hours-of-sunday",
        # monitor style, the night after the clause's verb
        "US jets pounded militia depots near Albu Kamal overnight and into the early hours of Sunday, the Syrian "
        "Observatory said.",
        date(2024, 2, 5),
        [dict(date="2024-02-03", site="albu_kamal")],
    ),
    (
        "during-the-night-and-into-tuesday-morning",
        "ANHA - Drones attacked the al-Omar oil field base during the night and into Tuesday morning, the SDF "
        "media centre said.",
        date(2023, 11, 15),
        [dict(date="2023-11-13", site="al_omar_oil_field")],
    ),
    (
        "sunday-evening-eastern-time-early-monday-in-syria",
        # US statement style: Washington's evening is the next morning in Syria, told as "in Syria"
        "The strikes were carried out on Sunday evening Eastern time, early Monday in Syria, against two facilities "
        "near Albu Kamal, the Defense Department said.",
        date(2021, 6, 29),
        [dict(date="2021-06-28", site="albu_kamal")],
    ),
    (
        "thursday-night-washington-time-early-friday-in-eastern-syria",
        "American F-15s hit a weapons depot near al-Mayadin on Thursday night Washington time, early Friday in "
        "eastern Syria, a US official said.",
        date(2023, 10, 28),
        [dict(date="2023-10-27", site="al_mayadin")],
    ),
    (
        "tuesday-washington-time-which-was-wednesday-in-syria",
        "Rockets were fired at the Conoco base late Tuesday Washington time, which was Wednesday morning in Syria, "
        "according to the Pentagon.",
        date(2024, 7, 18),
        [dict(date="2024-07-17", site="conoco_gas_field")],
    ),
    # --- where a vehicle or its riders were going is not where they were hit ---------------------------------
    (
        "convoy-heading-to-a-town-is-not-the-scene",
        # local network style: the convoy's destination first, the ambush site after it
        "Deir Ezzor 24: ISIS cells on Saturday night ambushed an oil tanker convoy heading to al-Mayadin near the "
        "village of al-Shuhail, killing two drivers.",
        date(2022, 5, 16),
        [dict(date="2022-05-14", site="al_shuhail")],
    ),
    (
        "truck-bound-for-a-town-is-not-the-scene",
        # monitor style: "bound for"
        "SOHR: An unidentified drone on Tuesday struck a truck bound for Albu Kamal near al-Mayadin, killing its "
        "driver, a member of the Iranian-backed militias.",
        date(2023, 7, 20),
        [dict(date="2023-07-18", site="al_mayadin")],
    ),
    (
        "bus-on-its-way-back-to-a-city-is-not-the-scene",
        # Russian outlet style: a bus "on its way back to" the provincial capital, ambushed by a town
        "TASS - Terrorists on Thursday ambushed a bus carrying servicemen on its way back to Deir ez-Zor near "
        "al-Shuhail, the Russian Reconciliation Centre said.",
        date(2021, 1, 9),
        [dict(date="2021-01-07", site="al_shuhail")],
    ),
    (
        "convoy-returning-to-a-base-from-a-town-is-not-the-scene",
        # Kurdish agency style: a coalition convoy returning to a base from another town, hit by a third
        "North Press - A US-led coalition convoy returning to the al-Omar field from al-Shaddadi was hit by a "
        "roadside bomb near the town of al-Busayrah on Wednesday, local sources said.",
        date(2024, 6, 13),
        [dict(date="2024-06-12", site="al_busayrah")],
    ),
    # --- a city named like its province as a side of a line between provinces stands for the province ------
    (
        "border-between-the-provinces-of-is-the-province-not-the-city",
        # Russian outlet style: the strikes in mountains on a provincial border, the mountains unknown to us
        "MOSCOW (Sputnik) - Russian Aerospace Forces jets on Thursday struck militant hideouts in the Bishri "
        "mountains, on the border between the provinces of Deir ez-Zor and Raqqa, destroying several caves.",
        date(2022, 6, 10),
        [dict(date="2022-06-09", site="deir_ez_zor_province")],
    ),
    (
        "administrative-boundary-between-is-the-province-not-the-city",
        # Syrian state media style: a line between two governorates, Homs named first
        "SANA - Army units on Sunday repelled an attack by ISIS terrorists on military posts in the desert on "
        "the administrative boundary between Homs and Deir Ezzor, killing several of them.",
        date(2023, 2, 13),
        [dict(date="2023-02-12", site="deir_ez_zor_province")],
    ),
    (
        "dividing-line-between-hasakah-and-deir-ez-zor-is-the-province",
        # Kurdish agency style: a landmine on the line between Hasakah and Deir ez-Zor
        "ANHA - A landmine left by ISIS mercenaries killed two shepherds on Wednesday in the desert on the dividing "
        "line between Hasakah and Deir ez-Zor, the agency's sources said.",
        date(2021, 11, 26),
        [dict(date="2021-11-24", site="hasakah_province")],
    ),
    # --- words that tell a person's home town: not the scene when the clause names another place ---------
    (
        "home-hailing-from-is-not-the-scene",
        # local network style: the victim's home, then the town where he was shot
        "Deir Ezzor 24: Unknown gunmen on Saturday evening shot dead a young man hailing from al-Kasrah in the "
        "town of al-Busayrah, local sources said.",
        date(2024, 4, 14),
        [dict(date="2024-04-13", site="al_busayrah")],
    ),
    (
        "home-originally-from-is-not-the-scene",
        # wire style: "originally from" a town, killed near another
        "BEIRUT (Reuters) - A roadside bomb on Tuesday killed an SDF commander originally from Raqqa near the "
        "town of Thiban in eastern Syria, a war monitor said.",
        date(2022, 9, 7),
        [dict(date="2022-09-06", site="thiban")],
    ),
    (
        "home-natives-of-in-apposition-is-not-the-scene",
        # monitor style: the victims set off as natives of a town, the blast in the desert by another
        "SOHR: A landmine left by ISIS killed three truffle hunters, natives of al-Quriyah, in the desert near "
        "Hajin on Friday morning.",
        date(2021, 3, 7),
        [dict(date="2021-03-05", site="hajin")],
    ),
    (
        "home-who-hails-from-is-not-the-scene",
        # Kurdish agency style: the commander's home town in a relative clause, the act in another town
        "ANHA - ISIS mercenaries on Monday assassinated a fighter of the Deir ez-Zor Military Council who hails "
        "from al-Busayrah in the village of al-Shuhail.",
        date(2025, 2, 19),
        [dict(date="2025-02-17", site="al_shuhail")],
    ),
    (
        "home-natives-of-a-list-of-towns-is-not-the-scene",
        # Iranian outlet style: the victims' home towns listed in apposition, the ambush by a third town
        "Tasnim - ISIS terrorists on Tuesday night killed five farm workers, natives of Hajin and al-Shuhail, "
        "in an ambush on their bus near al-Busayrah, the report said.",
        date(2020, 11, 18),
        [dict(date="2020-11-17", site="al_busayrah")],
    ),
    (
        "home-displaced-from-is-not-the-scene",
        # Syrian state media style: a displaced civilian, killed in the town he lives in now
        "SANA - A civilian displaced from al-Mayadin was killed on Wednesday when SDF militia gunmen opened fire "
        "on him in the town of Dhiban, local sources told SANA.",
        date(2023, 10, 12),
        [dict(date="2023-10-11", site="thiban")],
    ),
    # --- the answering side named by its aircraft's type: the answer is the US's, not more of the attack ----
    (
        "us-apaches-answer-rockets-at-a-village-of-their-own",
        # monitor style: the rockets on the base, then the gunships on the launchers at a village nearby
        "Rockets struck the Conoco base east of Deir ez-Zor on Sunday evening. US AH-64 Apaches then engaged "
        "two pickup trucks near the village of Khasham, thought to carry the launchers.",
        date(2023, 5, 8),
        [dict(date="2023-05-07", site="conoco_gas_field", target="US-led coalition"),
         dict(date="2023-05-07", site="khasham", perpetrator="US-led coalition")],
    ),
    (
        "ac-130-gunship-answers-a-drone-on-green-village",
        # wire style: the drone on the housing compound, the gunship on the launch site across the river
        "BEIRUT (AP) - A drone hit the Green Village compound on the al-Omar field early on Thursday, officials "
        "said. Hours later an AC-130 gunship struck a position near the town of al-Mayadin.",
        date(2024, 1, 12),
        [dict(date="2024-01-11", site="green_village", target="US-led coalition"),
         dict(date="2024-01-11", site="al_mayadin", perpetrator="US-led coalition", event_type="air/drone strike")],
    ),
    (
        "headline-responds-to-makes-the-unplaced-answer-an-answer",
        # press-release style: a headline's present 'responds to' tells the body's unplaced engagement is the
        # answer, fired from the base hit, so not at that base: the province of the attack it answered
        "Coalition responds to mortar attacks in eastern Syria\n\nMortar rounds landed inside the Green Village base at "
        "about 9 p.m. on March 3, officials said. Coalition forces responded at once: Apache helicopters engaged the "
        "crews that fired them, destroying two trucks. The barrage came a day after US jets struck militia depots in "
        "the Deir ez-Zor area.",
        date(2023, 3, 4),
        [dict(date="2023-03-03", site="green_village", target="US-led coalition"),
         dict(date="2023-03-03", site="deir_ez_zor_province", perpetrator="US-led coalition")],
    ),
    (
        "headline-responds-to-rocket-fire-gunship-answer",
        # wire style, another base and aircraft
        "US military responds to rocket fire in Syria\n\nSeveral rockets fell inside the Conoco base late on Saturday, "
        "a US official said. American forces responded within minutes: an AC-130 gunship engaged the launch team, "
        "destroying its truck. The attack came a day after US strikes on militia sites in the Deir ez-Zor area.",
        date(2024, 6, 2),
        [dict(date="2024-06-01", site="conoco_gas_field", target="US-led coalition"),
         dict(date="2024-06-01", site="deir_ez_zor_province", perpetrator="US-led coalition")],
    ),
    (
        "reaper-drone-strike-told-by-its-type",
        # Kurdish agency style: the coalition named only by its drone
        "An MQ-9 Reaper drone targeted a car carrying two militiamen near the town of Thiban on Tuesday, "
        "killing both, local sources told our agency.",
        date(2022, 10, 19),
        [dict(date="2022-10-18", site="thiban", perpetrator="US-led coalition", event_type="air/drone strike")],
    ),
    (
        "apache-helicopters-shell-near-al-busayrah",
        # Syrian state media style
        "Apache helicopters of the occupation bombed positions near al-Busayrah on Friday, SANA reported.",
        date(2021, 9, 4),
        [dict(date="2021-09-03", site="al_busayrah", perpetrator="US-led coalition", event_type="air/drone strike")],
    ),
    (
        "b-52s-answer-an-attack-on-al-tanf",
        # Iranian outlet style: the attack on al-Tanf, the bombers at Albu Kamal
        "Resistance fighters launched drones at the al-Tanf base on Saturday. B-52s later bombed sites near "
        "Albu Kamal, the report said.",
        date(2024, 2, 4),
        [dict(date="2024-02-03", site="al_tanf", target="US-led coalition"),
         dict(date="2024-02-03", site="albu_kamal", perpetrator="US-led coalition")],
    ),
    # --- a sentence that takes up the event just told and tells only when or where it was ---------------
    (
        "they-took-place-dates-the-strikes-told-before",
        # wire style: the statement's day in the lead, the strikes' own day and town in the next sentence
        "WASHINGTON (Reuters) - U.S. warplanes struck two facilities used by Iran-backed militias in eastern Syria, "
        "the Pentagon said on Tuesday. They took place at about 3 a.m. local time on Monday near the town of Mayadin.",
        date(2024, 3, 12),
        [dict(date="2024-03-11", site="al_mayadin", perpetrator="US-led coalition")],
    ),
    (
        "they-took-place-on-the-day-after-the-briefing-where-they-hit",
        # Pentagon briefing style: the page dated in Washington, the strikes already the next day in Syria
        "Senior Defense Official Holds a Background Briefing\n\nMarch 14, 2024\n\nSENIOR DEFENSE OFFICIAL: "
        "U.S. aircraft have struck a logistics hub used by IRGC-backed militias near al-Mayadin in eastern Syria. "
        "They took place at about 2 a.m. local time on March 15, so roughly an hour ago.",
        date(2024, 3, 14),
        [dict(date="2024-03-15", site="al_mayadin", perpetrator="US-led coalition")],
    ),
    (
        "it-happened-at-dawn-near-a-town-of-the-province",
        # Syrian state media style: the raid told in the province, the town and day told after it
        "Local sources told SANA that US occupation helicopters bombed a number of houses in the eastern countryside "
        "of Deir Ezzor. It happened at dawn on Saturday near the town of al-Busayrah.",
        date(2023, 7, 3),
        [dict(date="2023-07-01", site="al_busayrah", perpetrator="US-led coalition")],
    ),
    (
        "this-occurred-near-a-town-dates-and-places-the-drone-attack",
        # Kurdish agency style
        "A drone targeted a military vehicle of the Syrian Democratic Forces in the countryside of Deir ez-Zor, "
        "ANHA's correspondent reported. This occurred on Thursday evening near the town of Thiban.",
        date(2025, 5, 17),
        [dict(date="2025-05-15", site="thiban", target="SDF")],
    ),
    (
        "they-came-shortly-after-midnight-is-no-recalled-event",
        # monitor style: "after midnight" is the hour, not an earlier event the strikes came after
        "Warplanes believed to belong to the international coalition struck positions of Iranian-backed militias in "
        "the eastern countryside of Deir Ezzor. They came shortly after midnight on Sunday, in the vicinity of the "
        "town of al-Quriyah.",
        date(2022, 8, 30),
        [dict(date="2022-08-28", site="al_quriyah", perpetrator="US-led coalition")],
    ),
    (
        "both-targets-lie-near-a-town-of-the-province",
        # Russian agency style
        "US Air Force jets attacked targets of pro-Iranian formations in the Syrian province of Deir ez-Zor, a "
        "source told TASS. Both targets lie near the town of al-Mayadin, the source added.",
        date(2023, 11, 16),
        [dict(site="al_mayadin", perpetrator="US-led coalition")],
    ),
    (
        "the-sites-were-located-near-two-towns-of-the-province-two-incidents",
        # command statement style: a round told in the province, its sites at two towns far apart
        "US Central Command forces conducted precision strikes on two weapons depots of IRGC-backed groups in "
        "Syria's Deir ez-Zor province on Friday, CENTCOM said. The sites were located on the outskirts of Albu Kamal "
        "and al-Mayadin.",
        date(2024, 8, 25),
        [dict(date="2024-08-23", site="albu_kamal"), dict(date="2024-08-23", site="al_mayadin")],
    ),
    (
        "a-tally-of-times-around-a-town-does-not-place-the-raid",
        # wire style: "It was at least the third time ..." counts earlier uses of force; it does not place this one
        "Coalition aircraft bombed a militia convoy in the Deir ez-Zor countryside on Sunday, the Observatory said. "
        "It was at least the third time this month that the coalition had used force around al-Mayadin.",
        date(2024, 2, 6),
        [dict(date="2024-02-04", site="deir_ez_zor_province")],
    ),
    (
        "where-a-sides-positions-lie-does-not-place-the-raid",
        # monitor style: where the militias are, not where the raid hit
        "Coalition aircraft bombed positions of Iranian-backed militias in the Deir Ezzor countryside on Monday, the "
        "Observatory said. The militias' positions are located in the town of al-Mayadin and its surroundings.",
        date(2023, 5, 9),
        [dict(date="2023-05-08", site="deir_ez_zor_province", perpetrator="US-led coalition")],
    ),
    # --- fire sent back at the launch sites is an incident of its own (battery M) ----------------------
    (
        "counter-battery-fire-at-the-launch-sites-is-its-own-incident",
        # wire style: the answer in a sentence of its own, with no place; placed by where the rockets came from
        "Rockets struck the Green Village base in eastern Syria on Monday night, the US military said. US troops "
        "responded with counter-battery fire at the rocket launch sites. An official said the rockets came from "
        "an area near the town of al-Bulil.",
        date(2023, 3, 14),
        [dict(date="2023-03-13", site="green_village", target="US-led coalition"),
         dict(date="2023-03-13", site="al_bulil", perpetrator="US-led coalition")],
    ),
    (
        "the-coalition-said-its-forces-returned-fire-at-the-point-of-origin",
        # Kurdish agency: the speaker is the party that fired back; the launch site is given with a bearing from
        # another town, which is not where it lay
        "DEIR EZZOR (ANHA) - A drone targeted the base of the international coalition at the al-Omar oil field "
        "in northeast Syria on Friday. The coalition said its forces returned fire at the point of origin.\n\n"
        "A military source told ANHA the launch site was on the outskirts of Mahkan, south of al-Mayadin.",
        date(2024, 2, 10),
        [dict(date="2024-02-09", site="al_omar_oil_field", target="US-led coalition"),
         dict(date="2024-02-09", site="mahkan", perpetrator="US-led coalition")],
    ),
    (
        "an-answer-added-by-the-speaker-after-the-attack-is-split-from-it",
        # monitor / state-media style: ", adding that ... responded" in the sentence of the attack
        "Several mortar shells fell inside the US base at the Conoco field in Deir ez-Zor countryside, Syria, on "
        "Monday, the Syrian Observatory said, adding that American forces responded with artillery at the "
        "launching positions. According to the Observatory, the shells had been fired from the village of Hatla.",
        date(2023, 6, 20),
        [dict(date="2023-06-19", site="conoco_gas_field", target="US-led coalition"),
         dict(date="2023-06-19", site="hatla", perpetrator="US-led coalition")],
    ),
    (
        "state-media-occupation-forces-shelled-the-launch-points",
        "On Sunday, the American occupation base at the Conoco field in Syria came under a rocket attack, local "
        "sources told SANA, adding that the occupation forces responded by shelling the launch points. The "
        "sources said the rockets were fired from the outskirts of Khasham.",
        date(2024, 1, 9),
        [dict(date="2024-01-07", site="conoco_gas_field", target="US-led coalition"),
         dict(date="2024-01-07", site="khasham", perpetrator="US-led coalition")],
    ),
    (
        "returned-fire-on-the-firing-positions-told-by-centcom",
        # the answer names no day; it is of the day of the attack on that side, not of a day told later
        "Militants fired rockets at Mission Support Site Conoco in Syria on Wednesday, CENTCOM said in a "
        "statement. U.S. forces returned fire on the firing positions. The rockets were launched from near the "
        "village of al-Tabiyah, a local source said.",
        date(2022, 11, 3),
        [dict(date="2022-11-02", site="conoco_gas_field", target="US-led coalition"),
         dict(date="2022-11-02", site="al_tabiyah", perpetrator="US-led coalition")],
    ),
    (
        "a-quoted-answer-at-the-point-of-origin-after-a-drone-attack",
        "A drone struck the Conoco base in Syria on Tuesday, the Pentagon said. \"U.S. forces returned fire at "
        "the point of origin,\" a spokesman said. A local source said the drone had been launched from the "
        "outskirts of Mahkan, east of Deir ez-Zor city.",
        date(2023, 10, 25),
        [dict(date="2023-10-24", site="conoco_gas_field", target="US-led coalition"),
         dict(date="2023-10-24", site="mahkan", perpetrator="US-led coalition")],
    ),
    (
        "the-side-attacked-returning-fire-in-a-clash-is-the-same-clash",
        # "returned fire" with no aim is the firefight told by the side fired on, not an answer of its own
        "QAMISHLI, Syria (Reuters) - A coalition patrol came under small-arms fire near a checkpoint east of "
        "Qamishli on Tuesday, the coalition said, and its troops returned fire in self-defense. One gunman was "
        "killed, a local source said.",
        date(2021, 5, 12),
        [dict(date="2021-05-11", site="qamishli")],
    ),
    # --- one strike told by its target and by its civilian toll (battery K) --------------------------
    (
        "a-civilian-toll-at-the-struck-town-is-the-same-strike",
        # the militias' depot hit near a Syrian town and state media's civilian toll near the same town that
        # day are one strike; the later response is placed by its launch site
        "WASHINGTON - US jets struck weapons depots used by Iran-backed militias near al-Mayadin on Wednesday, "
        "the Pentagon said.\n\nThe Syrian Observatory for Human Rights reported six militiamen killed, while the "
        "state news agency SANA said a woman was killed and two people wounded near al-Mayadin.\n\n"
        "On Thursday, several rockets were fired at the Conoco gas field, where US troops are stationed. The "
        "coalition said there were no injuries.\n\n\"U.S. forces responded with artillery fire at the launch "
        "positions,\" a spokesman said. An official said the rockets came from an area near the town of al-Quriyah.",
        date(2023, 4, 7),
        [dict(date="2023-04-05", site="al_mayadin", perpetrator="US-led coalition", target="Iran-backed militias"),
         dict(date="2023-04-06", site="conoco_gas_field"),
         dict(date="2023-04-06", site="al_quriyah", perpetrator="US-led coalition")],
    ),
    (
        "an-undated-answer-to-the-day-just-told-is-placed-by-where-the-fire-came-from",
        # the answer "at the rocket launching positions" follows the day's attack, not the day-before toll state
        # media gave of the strikes; a later sentence telling where the rockets were fired from places it
        "US jets bombed militia positions near Albu Kamal late on Tuesday, the Pentagon said. Syria's SANA news "
        "agency said two civilians were killed in the raids.\n\nOn Wednesday evening, rockets struck the Conoco "
        "gas field, a coalition spokesman said on Twitter. \"No one was hurt,\" he wrote, adding that US forces "
        "\"responded with counter-battery fire at the rocket launching positions.\"\n\nLocal sources said the "
        "rockets had been fired from the area of Khasham, and that the US shells hit open ground.",
        date(2023, 8, 17),
        [dict(date="2023-08-15", site="albu_kamal", perpetrator="US-led coalition"),
         dict(date="2023-08-16", site="conoco_gas_field"),
         dict(date="2023-08-16", site="khasham", perpetrator="US-led coalition")],
    ),
    (
        "a-civilian-toll-told-first-stays-one-strike-with-the-response-apart",
        "TEHRAN (Tasnim) - American warplanes on Saturday night bombed sites of the resistance groups near the "
        "town of Hajin in the Deir ez-Zor countryside, according to local sources.\n\nSyria's state broadcaster "
        "said that an elderly man was killed and four civilians were injured near Hajin as a result of the US "
        "aggression.\n\nOn Sunday, the resistance fired rockets at the US occupation base in the Koniko gas field. "
        "The US army said its troops fired back with artillery at the launch site on the outskirts of Thiban.",
        date(2024, 1, 8),
        [dict(date="2024-01-06", site="hajin", killed=1, wounded=4),
         dict(date="2024-01-07", site="conoco_gas_field"),
         dict(date="2024-01-07", site="thiban", perpetrator="US-led coalition")],
    ),
    # --- several incidents in one report (battery J) ------------------------------------------
    (
        "numbered-bulletin-items-are-each-news",
        # a local monitor's numbered bulletin: each short item is an incident, not a passing mention
        "Euphrates Post | Security bulletin, Thursday\n"
        "1- Gunmen on a motorcycle wounded an SDF fighter at a checkpoint in Hatla.\n"
        "2- A child was killed by a stray bullet in al-Jneineh.\n"
        "3) Regime forces shelled the outskirts of al-Tayyana from their positions across the river.",
        date(2022, 6, 9),
        [dict(date="2022-06-09", site="hatla"), dict(date="2022-06-09", site="al_jneineh"),
         dict(date="2022-06-09", site="al_tayyana")],
    ),
    (
        "dashed-digest-items-without-a-day-are-each-news",
        "Deir Ezzor 24 - Security events of the last 24 hours:\n"
        "- An explosive device went off near an SDF vehicle in al-Kasrah, with no casualties.\n"
        "- Unknown gunmen shot dead a pharmacist in al-Shuhail.",
        date(2023, 4, 18),
        [dict(date="2023-04-18", site="al_kasrah"), dict(date="2023-04-18", site="al_shuhail")],
    ),
    (
        "the-second-of-two-counted-blasts-has-its-own-town",
        # "two separate IED attacks ... the first ... while the second ...": two incidents, one per town
        "Three SDF fighters were wounded in two separate bombings in the eastern Deir ez-Zor countryside on "
        "Sunday. The first blast hit a patrol in Thiban, while the second targeted a checkpoint near Gharanij.",
        date(2021, 10, 18),
        [dict(date="2021-10-17", site="thiban"), dict(date="2021-10-17", site="gharanij")],
    ),
    (
        "the-other-of-two-drones-hit-another-base",
        "TASS - Two drones were launched at US facilities in Syria overnight, a source said on Monday. One "
        "exploded near the Conoco gas field, and the other struck the Rumailan airfield in Hasakah province.",
        date(2024, 1, 8),
        [dict(date="2024-01-07", site="conoco_gas_field"), dict(date="2024-01-07", site="rumailan")],
    ),
    (
        "a-claimed-attack-with-its-own-day-and-town-is-news",
        # a roundup item told as the claim of a new attack ("claimed an attack on ... near X") reports it
        "ISIS cells stepped up their attacks in Deir ez-Zor this week, according to SOHR. On Tuesday, gunmen "
        "killed an SDF member in al-Busayrah. On Thursday, ISIS claimed an attack on a fuel truck near Darnaj.",
        date(2022, 12, 3),
        [dict(date="2022-11-29", site="al_busayrah"), dict(date="2022-12-01", site="darnaj")],
    ),
    (
        "an-undated-answer-is-of-the-day-of-the-attack-it-answers",
        # the strike that set things off, then a next-day attack and the answer told with no day of its own
        "WASHINGTON (Reuters) - U.S. jets struck a weapons depot used by Iran-backed militias near Albu Kamal on "
        "Saturday, the Pentagon said. On Sunday evening, several rockets were fired at the Green Village, causing "
        "no injuries. U.S. forces responded with artillery fire at the launch site near al-Quriyah, a spokesman said.",
        date(2022, 3, 7),
        [dict(date="2022-03-05", site="albu_kamal", perpetrator="US-led coalition"),
         dict(date="2022-03-06", site="green_village"),
         dict(date="2022-03-06", site="al_quriyah", perpetrator="US-led coalition")],
    ),
    (
        "a-counter-strike-told-after-the-next-day-s-drone-attack",
        "Kurdistan 24 - Coalition aircraft hit an IRGC headquarters in al-Mayadin on Tuesday, SOHR said. Early on "
        "Wednesday, a drone targeted the Conoco gas field. In response, coalition helicopters shelled positions near "
        "Mahkan.",
        date(2023, 9, 14),
        [dict(date="2023-09-12", site="al_mayadin"), dict(date="2023-09-13", site="conoco_gas_field"),
         dict(date="2023-09-13", site="mahkan", perpetrator="US-led coalition")],
    ),
    (
        "comma-spliced-hits-at-three-bases-are-three",
        # "A drone hit X in the morning, rockets fell near Y in the afternoon, and ... a rocket struck Z"
        "US-led coalition bases in Syria came under three separate attacks on Tuesday. A drone hit Kharab al-Jir "
        "in the morning, rockets fell near Qasrak in the afternoon, and in the evening a rocket struck the Green "
        "Village base. No casualties were reported.",
        date(2024, 1, 3),
        [dict(date="2024-01-02", site="kharab_al_jir"), dict(date="2024-01-02", site="qasrak"),
         dict(date="2024-01-02", site="green_village")],
    ),
    (
        "a-second-clause-with-its-own-drone-at-another-base",
        "Al Mayadeen - The Islamic Resistance targeted the al-Tanf garrison at dawn on Friday, two drones also "
        "struck near the Shaddadi base, the group said in a statement.",
        date(2024, 1, 27),
        [dict(date="2024-01-26", site="al_tanf"), dict(date="2024-01-26", site="shaddadi")],
    ),
    (
        "a-monitor-s-weekly-roundup-has-one-incident-a-day",
        "The Syrian Observatory for Human Rights has documented four attacks by ISIS cells in Deir ez-Zor this week. "
        "On Monday, ISIS gunmen killed two SDF members in Hajin. On Wednesday, the cells attacked a checkpoint "
        "in al-Sabha, wounding three fighters. On Thursday, an SDF officer was assassinated in Thiban. "
        "On Friday, ISIS claimed an attack on an oil tanker near al-Kasrah.",
        date(2021, 11, 13),
        [dict(date="2021-11-08", site="hajin", killed=2), dict(date="2021-11-10", site="al_sabha"),
         dict(date="2021-11-11", site="thiban"), dict(date="2021-11-12", site="al_kasrah")],
    ),
    (
        "two-bases-hit-the-same-night-are-two",
        "Two bases hosting US troops in eastern Syria came under attack overnight, a war monitor said on Sunday. "
        "Drones targeted the base at the al-Omar oil field, while rockets struck the Conoco gas field. "
        "There were no reports of casualties.",
        date(2024, 1, 21),
        [dict(date="2024-01-20", site="al_omar_oil_field"), dict(date="2024-01-20", site="conoco_gas_field")],
    ),
    # --- wire services ---------------------------------------------------------------------
    (
        "members-of-one-family-are-civilians",
        # a monitor's "six members of one family", "displaced people": non-combatants as the target
        "A coalition air strike killed six members of one family in the village of al-Kishkiyah on Wednesday "
        "night, the Syrian Observatory for Human Rights said.",
        date(2018, 11, 22),
        [dict(date="2018-11-21", site="al_kishkiyah", perpetrator="US-led coalition", target="civilians", killed=6)],
    ),
    (
        "shelling-of-displaced-people-near-albu-kamal",
        "Deir Ezzor 24 | Regime artillery shelled tents of displaced people near al-Sukkariyah on Saturday, "
        "wounding four, local sources said.",
        date(2019, 2, 10),
        [dict(date="2019-02-09", site="al_sukkariyah", perpetrator="Syrian government", target="civilians", wounded=4)],
    ),
    (
        "air-defences-that-confronted-a-raid-tell-it",
        # state media tell a raid by the air defences that met it; the party they belong to is its target
        "Press TV - Syrian air defences confronted Israeli missiles over the eastern city of Albukamal early on "
        "Monday, SANA reported.",
        date(2019, 9, 30),
        [dict(date="2019-09-30", site="albu_kamal", target="Syrian government")],
    ),
    (
        "our-air-defense-systems-countered",
        "DAMASCUS, SANA - Our air defense systems countered a hostile aggression over al-Mayadin city at dawn on "
        "Thursday, a military source said, adding that most of the missiles were downed.",
        date(2020, 6, 4),
        [dict(date="2020-06-04", site="al_mayadin")],
    ),
    (
        "a-speaker-whose-positions-were-attacked-is-the-target",
        # "the SDF said ISIS militants attacked their positions": the speaker's own positions were hit
        "QAMISHLI - The Syrian Democratic Forces said on Sunday that ISIS militants attacked their positions in "
        "Gharanij overnight, and that 11 militants were killed in the clashes that followed.",
        date(2018, 9, 16),
        [dict(date="2018-09-15", site="gharanij", perpetrator="ISIS", target="SDF", killed=11)],
    ),
    (
        "a-ministry-says-terrorists-shelled-its-positions",
        "MOSCOW, 12 September (Interfax) - The Russian Defence Ministry said that terrorists shelled its positions "
        "near the Deir ez-Zor airport on Tuesday, wounding three servicemen.",
        date(2017, 9, 12),
        [dict(date="2017-09-12", site="deir_ez_zor_airport", target="Russia", wounded=3)],
    ),
    (
        "ground-taken-told-by-the-bare-name",
        # a capture of a town named bare: "have liberated Abu Kamal" (a Russian ministry's briefing)
        "TASS, November 19. Syrian government troops backed by Russian aircraft have liberated Abu Kamal, the last "
        "stronghold of the Islamic State in Syria, the Russian Defence Ministry said on Sunday.",
        date(2017, 11, 19),
        [dict(date="2017-11-19", site="albu_kamal", event_type="armed clash", perpetrator="Syrian government")],
    ),
    (
        "took-control-of-a-village-named-first",
        # "took control of Hatla village": the name before its kind
        "SANA - Army units, in cooperation with allied forces, crossed the Euphrates and took control of Hatla "
        "village east of Deir Ezzor on Wednesday after eliminating the last terrorists there.",
        date(2017, 9, 21),
        [dict(date="2017-09-20", site="hatla", event_type="armed clash", perpetrator="Syrian government")],
    ),
    (
        "restored-security-and-stability-to",
        # state media's formula of a capture: two places taken, two incidents
        "SANA | 26 September 2017 - Army units restored security and stability to Mo Hassan town and al-Bulil "
        "village in Deir Ezzor southeastern countryside after fierce battles with ISIS terrorists.",
        None,
        [dict(date="2017-09-26", site="mo_hassan", perpetrator="Syrian government"),
         dict(date="2017-09-26", site="al_bulil", perpetrator="Syrian government")],
    ),
    (
        "regained-control-over-told-by-a-kurdish-agency",
        "ANHA - SDF fighters regained control over Gharanij on Saturday after ISIS mercenaries had infiltrated "
        "the village at dawn, the Deir ez-Zor Military Council said.",
        date(2018, 9, 23),
        [dict(date="2018-09-22", site="gharanij", perpetrator="SDF")],
    ),
    (
        "russian-men-hit-are-the-target",
        # Russia's own men and units hit: "a Russian lieutenant general was killed", "two Russian military
        # advisers were wounded" (its officers named in passing, "Russian officers had been asked", stay no party)
        "MOSCOW (AP) - A Russian lieutenant general was killed by Islamic State shelling near Deir ez-Zor on Sunday, "
        "the Russian Defense Ministry said.",
        date(2017, 9, 25),
        [dict(date="2017-09-24", site="deir_ez_zor_city", perpetrator="ISIS", target="Russia", killed=1)],
    ),
    (
        "russian-advisers-wounded-near-mayadin",
        "RIA Novosti, 19 October. Two Russian military advisers were wounded when militants shelled a government "
        "position near al-Mayadin on Tuesday, the Reconciliation Centre said.",
        date(2017, 10, 19),
        [dict(date="2017-10-17", site="al_mayadin", target="Russia", wounded=2)],
    ),
    (
        "claiming-the-lives-of-is-a-death-toll",
        # state media's "claiming the lives of 12 civilians", Iranian outlets' "taking the lives of five fighters"
        "SANA - Aircraft of the so-called international coalition committed a new massacre in al-Sousa in the "
        "countryside of Albu Kamal on Thursday, claiming the lives of 12 civilians, mostly women and children.",
        date(2018, 12, 14),
        [dict(date="2018-12-13", site="al_susah", perpetrator="US-led coalition", target="civilians", killed=12)],
    ),
    (
        "taking-the-lives-of-five",
        "IRNA - A car bomb went off at a checkpoint of the popular forces in al-Mayadin on Monday, taking the lives "
        "of five fighters and wounding eight, local sources said.",
        date(2018, 3, 6),
        [dict(date="2018-03-05", site="al_mayadin", killed=5, wounded=8)],
    ),
    (
        "ground-taken-told-by-the-town-of",
        # "liberated the village of al-Sousa", "restored full control over the town of Mo Hassan": a capture named
        # by "the town/village/city of" and a multi-letter name is the day's fighting there
        "QAMISHLI (Kurdistan 24) - The Syrian Democratic Forces liberated the village of al-Sousa on Thursday after "
        "three days of fighting, an SDF spokesman said.",
        date(2018, 12, 15),
        [dict(date="2018-12-13", site="al_susah", event_type="armed clash", perpetrator="SDF")],
    ),
    (
        "state-media-restored-control-over-the-town-of",
        "DEIR EZZOR, SANA - Army units on Saturday restored full control over the town of Mo Hassan in the "
        "southeastern countryside of Deir Ezzor after eliminating the last terrorists there.",
        date(2017, 9, 30),
        [dict(date="2017-09-30", site="mo_hassan", event_type="armed clash", perpetrator="Syrian government")],
    ),
    (
        "wire-seized-the-village-of",
        "BEIRUT (AFP) - Kurdish-led fighters seized the village of Gharanij on Wednesday, a monitor said, as the "
        "offensive against the jihadists pushed south along the Euphrates.",
        date(2018, 9, 14),
        [dict(date="2018-09-12", site="gharanij", event_type="armed clash", perpetrator="SDF")],
    ),
    (
        "a-sanctioned-partys-record-is-no-attack-of-the-day",
        # the news is a designation; the attacks the militia "directed" say who it is, undated
        "WASHINGTON - The State Department on Thursday designated a money changer in Albu Kamal who it said "
        "financed a militia that directed attacks on US troops at the Conoco gas field.\n\n"
        "Any assets he holds in the United States are frozen, the department said.",
        date(2024, 5, 17),
        [],
    ),
    (
        "aid-hampered-by-clashes-is-no-incident",
        # an aid update: access "constrained by clashes" is a state of fighting, not an incident of the day
        "Humanitarian update: partners say access to al-Kishkiyah and Thiban has been constrained by clashes "
        "between armed groups, and food distributions in Hajin were suspended because of insecurity.\n\n"
        "Mobile teams reached 2,000 people this week.",
        date(2023, 9, 20),
        [],
    ),
    (
        "a-book-tells-the-war-not-the-news",
        # a review: what the author writes of and the chapters describe is the book's story, not news
        "Review: a doctor's diary of the war on the Euphrates\n\n"
        "In his new book, a surgeon looks back on ten years in the hospitals of eastern Syria.\n\n"
        "He writes of airstrikes on Hajin and of a car bomb in al-Mayadin that killed a dozen people.\n\n"
        "The best chapters describe the shelling of al-Busayrah, told through the eyes of his nurses.\n\n"
        "The Last Ward, 280 pages, $25.",
        date(2024, 6, 9),
        [],
    ),
    (
        "places-of-a-recalled-strike-are-context",
        # the news is a funeral; "The strikes hit ... al-Mayadin and Albu Kamal" lists the places of the
        # strikes it recalls (told as context), not new strikes of the funeral's day
        "Crowds gathered in al-Mayadin on Tuesday to bury fighters who were killed in American airstrikes on "
        "Saturday.\n\n"
        "Mourners carried the coffins through the market and chanted against the United States.\n\n"
        "The American strikes hit dozens of targets in Syria and Iraq, including sites in al-Mayadin and Albu Kamal.",
        date(2024, 2, 7),
        [],
    ),
    (
        "walkout-cyber-and-online-attacks-are-no-incidents",
        # a strike by teachers, a cyber attack on a website and a journalist attacked online are no blows
        "Teachers in al-Hasakah went on strike on Monday over pay, and schools in Qamishli closed.\n\n"
        "The website of the oil ministry was hit by a cyber attack on Wednesday; hackers targeted servers "
        "holding data on fields in Deir ez-Zor.\n\n"
        "A reporter in al-Mayadin has been targeted by an online smear campaign, and accounts linked to a "
        "militia attacked her on social media in Deir ez-Zor.",
        date(2024, 9, 12),
        [],
    ),
    (
        "blast-in-babil-is-outside",
        # a blast at a base in Iraq's Babil province is outside the area: the one base of ours the story
        # goes on to name does not place it
        "BAGHDAD - A blast hit a base of the Popular Mobilisation Forces at Kalsu in Babil province overnight, "
        "killing one member and wounding eight, Iraqi officials said on Saturday.\n\n"
        "The US has troops at the Rumailan base in Hasakah.",
        date(2024, 4, 20),
        [],
    ),
    (
        "perfect-tally-including-a-base",
        # "have attacked US forces ..., including at the Rumailan base": a tally told in the perfect, its
        # base an example, not an attack of the day
        "Iraqi and US officials met in Baghdad on Monday to discuss the coalition's future.\n\n"
        "Iran-backed factions have attacked US forces in Iraq and Syria, including at the Rumailan base in Hasakah.",
        date(2024, 4, 22),
        [],
    ),
    (
        "digest-item-labelled-earlier-is-recalled",
        # a digest's "Earlier:" label marks an item carried over from a past issue, not the day's news
        "Daily brief\n\n"
        "Hajin: gunmen on a motorcycle shot dead an SDF member on Wednesday evening.\n\n"
        "Earlier: an Israeli strike hit warehouses in al-Mayadin on September 8 - see yesterday's brief.",
        date(2024, 9, 12),
        [dict(date="2024-09-11", site="hajin")],
    ),
    (
        "assault-on-someones-authority-is-figurative",
        # an assault on what an administration holds (its authority) is a judgement, not an attack
        "Kurdish officials accuse Damascus over tribal unrest\n\n"
        "QAMISHLI - Kurdish officials on Monday described the tribal mobilisation as an assault on the "
        "autonomous administration's authority in Deir ez-Zor.\n\n"
        "Damascus denied sending weapons across the Euphrates.",
        date(2023, 9, 4),
        [],
    ),
    (
        "related-headline-date-is-not-the-page-date",
        # a dated headline in the "Related coverage" block at the foot is another story's: the page's
        # date is the one its publisher gave, and "on Friday" counts from it
        "Drone downed near al-Tanf\n\n"
        "A drone was shot down near the al-Tanf garrison on Friday, the coalition said on Saturday. "
        "No injuries were reported.\n\n"
        "It was the first such incident since the deadly attack on Tower 22 in January.\n\n"
        "Related coverage\n"
        "US strikes militias in Iraq, Syria after Jordan attack - Feb 3, 2024\n"
        "Rocket attack targets Conoco base - Jan 4, 2024",
        date(2024, 6, 15),
        [dict(date="2024-06-14", site="al_tanf")],
    ),
    (
        "paragraph-opening-by-a-time-is-no-byline",
        # "By mid-November, ..." opens a paragraph with a time: the date it goes on to give is an
        # event's (a year old), not the page's
        "A year of drones against the US bases\n\n"
        "The first drone struck near the al-Tanf garrison on October 18, 2023.\n\n"
        "By mid-November, the Conoco base had been targeted six times, according to a Pentagon tally. "
        "Rockets landed near the Green Village on November 12, 2023.\n\n"
        "Analysts say the attacks will likely return next year.",
        date(2024, 12, 30),
        [],
    ),
    (
        "telegram-digest-arrest-raid",
        # a digest's post of a raid told by its arrests is no attack; the killing posted before it is
        "Eastern Syria monitor | digest\n\n"
        "09.02.2024 07:15\n"
        "SDF patrol attacked by gunmen near the village of Hatla, one fighter killed.\n\n"
        "09.02.2024 13:02\n"
        "Asayish raid in al-Hol camp, several arrests.",
        date(2024, 2, 9),
        [dict(date="2024-02-09", site="hatla")],
    ),
    (
        "explosions-heard-at-a-base",
        # what locals report of a strike on a base: explosions heard at the base (but not the sound of
        # them heard in the towns around)
        "Deir ez-Zor 24\n\n"
        "Loud explosions were heard at the Conoco gas field base on Monday night, local sources said.\n\n"
        "The sound of the explosions was heard in the villages of the eastern countryside.",
        date(2021, 5, 4),  # a Tuesday
        [dict(date="2021-05-03", site="conoco_gas_field")],
    ),
    (
        "bulletin-item-opens-on-its-province",
        # a monitor's bulletin: "In Deir ez-Zor," opens an item on the province (named like its capital);
        # the town in the item is where it happened, not the city as well
        "SOHR daily bulletin\n\n"
        "In Deir ez-Zor, ISIS cells killed a shepherd near the town of al-Busayrah on Sunday.\n\n"
        "In Hasakah, gunmen shot dead a man in Shaddadi on Sunday evening.",
        date(2021, 5, 3),  # a Monday
        [dict(date="2021-05-02", site="al_busayrah"), dict(date="2021-05-02", site="shaddadi")],
    ),
    (
        "explosion-rocked-a-depot",
        # a weak "explosion" with what it did to the place: "rocked", "shook", "ripped through" report it
        "Eastern Syria\n\n"
        "An explosion rocked a weapons depot in al-Mayadin on Monday evening, local media reported.\n\n"
        "The cause of the blast was not immediately clear.",
        date(2024, 1, 2),  # a Tuesday
        [dict(date="2024-01-01", site="al_mayadin")],
    ),
    (
        "two-towns-paragraph-opens-on-al-name",
        # two towns hit the same night, each told in a paragraph that opens on its place; a transliterated
        # name opening on its lowercase article ("In al-Mayadin,") opens its paragraph as well as "In Albu Kamal,"
        "Unidentified aircraft struck two towns in eastern Deir ez-Zor overnight, a monitor said.\n\n"
        "In Albu Kamal, a strike hit a weapons depot of the Iraqi militias, killing five fighters.\n\n"
        "In al-Mayadin, another strike targeted a headquarters of the Revolutionary Guards, causing material damage.",
        date(2022, 9, 15),
        [dict(date="2022-09-14", site="albu_kamal"), dict(date="2022-09-14", site="al_mayadin")],
    ),
    (
        "gunmen-killed-a-man",
        # the killers named before a weak "killed" make it a report: a monitor's bulletin of killings
        "Daily bulletin\n\n"
        "Unknown gunmen killed a man near the town of al-Busayrah on Sunday, the monitor said.\n\n"
        "Two gunmen were killed later in a raid by the security forces in the desert.",
        date(2021, 5, 3),  # a Monday
        [dict(date="2021-05-02", site="al_busayrah")],
    ),
    (
        "toll-from-the-bombing-in-a-town-places-it",
        # "the death toll from Friday's car bombing in X": "from" an event, not where fire came from
        "The death toll from Friday's car bombing in al-Busayrah has risen to nine, the SDF said, including four "
        "of its members and five civilians.",
        date(2024, 3, 9),  # a Saturday
        [dict(date="2024-03-08", site="al_busayrah")],
    ),
    (
        "only-event-told-in-an-after-clause-is-news",
        # the article's only event of the last day or two, told in an "after" clause, is its news
        "Local sources told Enab Baladi that the attackers fled towards the desert after the attack on the "
        "al-Quriyah checkpoint on Tuesday night.",
        date(2024, 3, 6),  # a Wednesday
        [dict(date="2024-03-05", site="al_quriyah")],
    ),
    (
        "counted-days-after-opening-is-the-cause",
        # "Two days after the drone strike near X, militias fired rockets at Y on Friday": the count opens a
        # phrase about the cause, which is not the day's news
        "Two days after the drone strike near Albu Kamal, Iraqi militias fired rockets at the Conoco base on Friday, "
        "a coalition official said.",
        date(2024, 3, 9),  # a Saturday
        [dict(date="2024-03-08", site="conoco_gas_field")],
    ),
    (
        "previous-evening-counts-from-the-statement-day",
        # "said on Friday ... the previous evening": counted back from the day of the statement, not from publication
        "In a statement on Friday, the Russian Centre for Reconciliation said militants had fired on a Syrian army "
        "checkpoint near al-Mayadin the previous evening.",
        date(2024, 3, 9),  # a Saturday
        [dict(date="2024-03-07", site="al_mayadin")],
    ),
    (
        "dated-report-placed-by-next-sentence-without-syria",
        # a dated first sentence that places nothing, placed by the next one, in a story that never says
        # "Syria": a town of ours makes the article ours, so the day told first is kept
        "Two soldiers were killed on Thursday in an ISIS attack. The attack took place near the town of "
        "al-Quriyah, east of al-Mayadin, local sources said.",
        date(2024, 3, 9),  # a Saturday
        [dict(date="2024-03-07", site="al_quriyah")],
    ),
    (
        "villages-change-hands-without-clashes",
        # a change of hands "without clashes" reports no clash there
        "Tribal fighters took control on Sunday of several villages around Thiban, amid the withdrawal of the SDF "
        "from them without clashes, local sources said.",
        date(2025, 6, 2),  # a Monday
        [],
    ),
    (
        "since-a-date-opening-tallies",
        # "Since March 2, the group has announced operations targeting the bases in X, Y and Z": a tally of the
        # period, not the day's news (nor news of March 2)
        "WASHINGTON - The Pentagon said on Friday it was weighing a response to what it called an ongoing series of "
        "attacks on US personnel in Iraq and Syria.\n\n"
        "Since March 2, the so-called Islamic Resistance has announced operations targeting the bases in al-Tanf, "
        "Conoco and al-Shaddadi.",
        date(2024, 3, 8),
        [],
    ),
    (
        "since-a-weekday-perfect-tallies-kurdish-agency",
        # "Since Saturday, drones have struck X, Y and Z": what has gone on since a near day sums up a
        # campaign; the news is the strike of the day
        "QAMISHLI (Kurdish agency) - A Turkish drone hit a car on the road near Amuda on Wednesday, killing two "
        "members of the Asayish, the internal security forces said.\n\n"
        "Since Saturday, Turkish drones and artillery have struck villages around Tal Tamr, Qamishli and Kobani, "
        "and the power station near al-Malikiyah was knocked out.",
        date(2024, 1, 17),
        [{"date": "2024-01-17", "site": "amuda"}],
    ),
    (
        "since-a-weekday-perfect-tallies-monitor",
        # a monitor's wording: "since Tuesday night, regime forces have also shelled ..." after the day's news
        "The Syrian Observatory for Human Rights documented the death of four fighters of the SDF on Friday in an "
        "attack by cells of ISIS on a checkpoint in al-Shuhail.\n\n"
        "Since Tuesday night, regime forces and their loyal militias have also shelled al-Busayrah and Thiban from "
        "the western bank of the Euphrates.",
        date(2025, 3, 15),
        [{"date": "2025-03-14", "site": "al_shuhail"}],
    ),
    (
        "since-dawn-of-a-day-opens-the-news",
        # "Since dawn on Monday, gunmen crossed ... and attacked": what happened from that day, the news itself
        "DEIR EZ-ZOR - Since dawn on Monday, gunmen loyal to the government crossed the Euphrates in boats and "
        "attacked SDF positions in al-Shuhail, local sources said, and clashes went on for hours.",
        date(2025, 6, 10),
        [{"date": "2025-06-09", "site": "al_shuhail"}],
    ),
    (
        "also-in-the-perfect-is-a-recall-wire",
        # "In Iraq, drones have also targeted ...": what else has happened over the period, told after the news
        "BEIRUT (Reuters) - U.S. aircraft struck a militia weapons depot near al-Mayadin late on Tuesday, a U.S. "
        "official said, in response to attacks on American troops.\n\n"
        "In Syria, rockets and drones have also targeted the Green Village base and the Tanak oil field, where "
        "U.S. troops are stationed alongside the SDF.",
        date(2024, 3, 6),
        [{"date": "2024-03-05", "site": "al_mayadin"}],
    ),
    (
        "also-in-the-perfect-is-a-recall-state-media",
        # state media: "the occupation forces have also bombed ..." sums up what came before the day's aggression
        "Deir Ezzor, SANA - Two civilians were martyred on Sunday when American occupation helicopters targeted a "
        "car on the road near al-Sabha in the eastern countryside of Deir Ezzor.\n\n"
        "The American occupation has also bombed houses of citizens in al-Busayrah and Thiban, the sources added.",
        date(2023, 12, 4),
        [{"date": "2023-12-03", "site": "al_sabha"}],
    ),
    (
        "also-in-the-perfect-with-its-day-is-news",
        # but "has also fired ... on Thursday" gives the act its own day: news of the day
        "The Syrian Observatory for Human Rights said ISIS cells killed a shepherd near Hajin on Thursday. The "
        "group has also fired at an SDF checkpoint in al-Shafa on Thursday evening, wounding two fighters.",
        date(2025, 2, 14),
        [{"date": "2025-02-13", "site": "hajin"}, {"date": "2025-02-13", "site": "al_shafa"}],
    ),
    (
        "where-attackers-withdrew-is-not-the-scene-kurdish-agency",
        # "then withdrew toward the desert near X": where the attackers went afterwards, not a second attack
        "DEIR EZ-ZOR (Kurdish agency) - Two SDF fighters were killed on Saturday night when ISIS gunmen opened "
        "fire on a checkpoint at the entrance of al-Shuhail.\n\n"
        "The gunmen, who came on a motorcycle, shot at the guards and then withdrew toward the desert near Hajin, "
        "a military source said. ISIS claimed the attack through its Amaq agency on Sunday.",
        date(2025, 4, 13),
        [{"date": "2025-04-12", "site": "al_shuhail"}],
    ),
    (
        "where-attackers-fled-is-not-the-scene-monitor",
        # a monitor: "the cell members fled to the farms around X after the ambush"
        "SOHR: ISIS cells attacked a vehicle of the regime's military security near al-Quriyah on Wednesday, "
        "killing an officer and wounding two members.\n\n"
        "The assailants fired at the vehicle and fled to the farms around al-Mayadin, according to SOHR sources. "
        "The organization claimed the attack on Thursday.",
        date(2024, 10, 3),
        [{"date": "2024-10-02", "site": "al_quriyah"}],
    ),
    (
        "where-attackers-retreated-is-not-the-scene-wire",
        "BEIRUT (AP) - Militants attacked a Syrian army post in the desert near Albu Kamal on Tuesday, killing "
        "five soldiers, state media said. The attackers retreated into the Badia east of Palmyra after the "
        "firefight, the report said. Islamic State claimed responsibility for the attack on Wednesday.",
        date(2023, 11, 29),
        [{"date": "2023-11-28", "site": "albu_kamal"}],
    ),
    (
        "pushed-out-of-is-fighting-and-dates-what-follows",
        # "In May, X pushed Y out of Z": ground taken in fighting, its month the frame of "the fighting spread to ..."
        "MOSCOW, July 8 (RIA) - Washington is reviewing its military presence in north-eastern Syria, a source said.\n\n"
        "In May, government troops and allied tribesmen pushed the US-backed Kurdish fighters out of al-Busayrah and "
        "al-Shuhail. The fighting then spread to Hasakah province, where clashes near Tal Brak forced "
        "hundreds of families to flee.\n\n"
        "The Pentagon declined to comment.",
        date(2026, 7, 8),
        [],
    ),
    (
        "drove-out-of-is-the-days-clash",
        # the day's news: "tribal fighters drove SDF members out of al-Busayrah on Tuesday"
        "DEIR EZ-ZOR (Anadolu) - Arab tribal fighters drove members of the SDF out of al-Busayrah on Tuesday after "
        "hours of fighting, local sources said.",
        date(2023, 8, 30),
        [{"date": "2023-08-29", "site": "al_busayrah", "event_type": "armed clash"}],
    ),
    (
        "a-day-and-agency-dateline-is-the-filing-day-reuters",
        # "Jan 24 (Reuters) -": the wire's filing day, not the day of the attack told "late on Monday"
        "Feb 7 (Reuters) - Rockets were fired at a base housing U.S. troops at the Conoco gas field in eastern "
        "Syria late on Monday, a coalition official said, adding there were no injuries.",
        date(2024, 2, 7),
        [{"date": "2024-02-05", "site": "conoco_gas_field"}],
    ),
    (
        "a-day-and-agency-dateline-is-the-filing-day-afp",
        "Sept. 16, 2019 (AFP) - Unidentified aircraft struck positions of Iran-backed militias near Albu Kamal "
        "on Saturday night, killing ten fighters, a war monitor said.",
        date(2019, 9, 16),
        [{"date": "2019-09-14", "site": "albu_kamal"}],
    ),
    (
        "the-news-came-as-a-campaign-its-day-is-the-campaigns",
        # "The Amuda strike came as Ankara stepped up a campaign it began on Monday": the news told again as the
        # subject; Monday is the campaign's day, not a second strike's at Amuda
        "QAMISHLI (North Press) - A Turkish drone struck a car near Amuda on Thursday, killing two members of the "
        "Asayish, a security source said.\n\n"
        "The Amuda strike came as Ankara stepped up an air campaign that it began on Monday after a bombing in Ankara.",
        date(2024, 1, 19),
        [{"date": "2024-01-18", "site": "amuda"}],
    ),
    (
        "the-news-came-days-after-wire",
        "BEIRUT (AP) - Rockets hit the Green Village base in eastern Syria on Friday, the U.S. military said.\n\n"
        "The attack came two days after U.S. jets struck a militia depot near Albu Kamal on Wednesday.",
        date(2024, 5, 11),
        [{"date": "2024-05-10", "site": "green_village"}],
    ),
    (
        "russian-agency-we-recall-that",
        # "We recall that ..." (a Russian agency's "napomnim") opens a paragraph of context, however near its day
        "MOSCOW, March 5. /TASS/. Unknown persons fired several rockets at the US base at the Conoco gas field in "
        "Deir ez-Zor on Tuesday evening, the Russian Center for Reconciliation said on Wednesday.\n\n"
        "We recall that on the night to March 4 American aircraft struck positions of pro-Iranian groups near Albu Kamal. "
        "The strikes destroyed two depots.",
        date(2025, 3, 5),  # a Wednesday
        [dict(date="2025-03-04", site="conoco_gas_field")],
    ),
    (
        "state-media-question-about-the-attack",
        # a press conference that answers claims and a question about an attack told days before reports none
        "Tehran, IRNA - The Foreign Ministry spokesman said on Monday that the claims of American officials concerning "
        "Iranian attacks on US bases in Syria are \"baseless\".\n\n"
        "At his weekly press conference, the spokesman answered a question of reporters about the US attack of last "
        "Thursday on a warehouse near al-Mayadin, calling it a violation of Syria's sovereignty.\n\n"
        "The Pentagon had said its jets struck the warehouse near al-Mayadin on Thursday.",
        date(2023, 11, 13),  # a Monday
        [],
    ),
    (
        "translated-informed-today",
        # a Spanish wire's order ("informó hoy el Observatorio"): "informed today" dates the report, and
        # the event's own day follows
        "Beirut, 15 mar (EFE).- At least six militiamen died in a bombardment by unidentified aircraft against a "
        "weapons depot in the outskirts of Al Mayadin, informed today the Syrian Observatory of Human Rights. "
        "The attack happened the night of Monday, the NGO said.",
        date(2023, 3, 15),  # a Wednesday
        [dict(date="2023-03-13", site="al_mayadin")],
    ),
    (
        "monitor-bare-during-the-night",
        # a bare "during the night" in the day's report is last night, as "overnight" is
        "The Syrian Observatory for Human Rights said that coalition warplanes carried out several strikes on the "
        "outskirts of Hajin during the night, killing four members of the organization.",
        date(2018, 12, 5),
        [dict(date="2018-12-04", site="hajin")],
    ),
    (
        "wire-the-position-lies-near",
        # the next paragraph but one places what the report introduced: "shelled an SDF post ... The post
        # lies close to X" (and the gas plant beside it is the same spot, not a second incident)
        "QAMISHLI (AFP) - Government forces shelled an SDF post east of the Euphrates late on Monday, the SDF said "
        "on Tuesday. One of its fighters was wounded.\n\n"
        "In a separate incident, a roadside bomb hit an SDF patrol near Thiban on Monday evening.\n\n"
        "The post lies close to the village of Khasham and the Conoco gas plant, where coalition advisers are present.",
        date(2022, 3, 8),  # a Tuesday
        [dict(date="2022-03-07", site="khasham"), dict(date="2022-03-07", site="thiban")],
    ),
    (
        "translated-statement-day-in-brackets",
        # "announced today, Monday (12 August 2024), that...": the bracketed date is the day of the saying;
        # the strike's day is told after ("late Sunday night")
        "The spokesman of the Security Media Cell announced today, Monday (12 August 2024), that the drone strike "
        "which targeted a vehicle of the Popular Mobilization near al-Qaim killed two fighters.\n\n"
        "He said in a statement that an unidentified drone struck the vehicle late Sunday night on the road near al-Qaim.",
        date(2024, 8, 12),
        [dict(date="2024-08-11", site="al_qaim")],
    ),
    (
        "state-media-another-raid-beside",
        # "bombed a farm near X, while another raid hit a house near Y": a second hit of the night, told
        # beside the first, is news of its own place, not a passing mention
        "Deir Ezzor, SANA - Warplanes of the US occupation attacked several sites in the Deir Ezzor countryside late on "
        "Tuesday, according to local sources.\n\n"
        "The sources said the hostile aircraft bombed a farm on the outskirts of al-Mayadin city with three missiles, "
        "while another raid hit an empty house near the village of Hatla, causing material damage.\n",
        date(2023, 6, 14),  # a Wednesday
        [dict(date="2023-06-13", site="al_mayadin"), dict(date="2023-06-13", site="hatla")],
    ),
    (
        "wire-fighting-took-place",
        # "The fighting took place late on Friday near X" gives the day and place of the attack told before
        "BEIRUT (AP) - Syrian government troops and allied militiamen attacked positions of the Kurdish-led "
        "Syrian Democratic Forces in Deir ez-Zor province, the SDF said on Saturday. "
        "The fighting took place late on Friday near the village of Thiban on the eastern bank of the Euphrates, "
        "an SDF spokesman said, adding that three of its fighters were wounded.",
        date(2022, 5, 14),  # a Saturday
        [dict(date="2022-05-13", site="thiban")],
    ),
    (
        "roundup-day-headings-without-year",
        # a monitor's day-by-day roundup: each item counts from its own heading ("Tuesday 15 October"),
        # not from the page's date, and the week in the title ("14-20 October") dates none of them
        "Weekly digest: the east of Syria between two fronts (14-20 October 2024)\n\n"
        "Our correspondents recorded the following incidents across the governorate, day by day.\n\n"
        "Tuesday 15 October\n"
        "A roadside bomb hit an SDF patrol on the road near Thiban in the evening, wounding two fighters.\n\n"
        "Friday 18 October\n"
        "Regime artillery shelled the village of Hatla in the afternoon, killing a woman and wounding her son.\n",
        date(2024, 10, 21),
        [dict(date="2024-10-15", site="thiban"), dict(date="2024-10-18", site="hatla")],
    ),
    (
        "wire-weekday-late",
        "Rockets struck a base housing U.S. troops at the al-Omar oil field in eastern Syria late on Tuesday, "
        "a U.S. military official told Reuters. No injuries were reported.",
        date(2023, 3, 29),  # a Wednesday
        [dict(date="2023-03-28", site="al_omar_oil_field", event_type=SHELL, target=US, killed=0)],
    ),
    (
        "wire-same-weekday",
        "U.S. warplanes struck two facilities used by Iran-backed militias near Albu Kamal on Wednesday, "
        "the Pentagon said, in response to a drone attack on American forces.",
        date(2023, 11, 8),  # a Wednesday
        [dict(date="2023-11-08", site="albu_kamal", event_type=AIR, perpetrator=US, target=MIL)],
    ),
    (
        "wire-overnight",
        "A drone attack targeted the Conoco gas field in Deir ez-Zor overnight, causing no casualties, "
        "the coalition said in a statement on Friday.",
        date(2024, 1, 19),
        [dict(date="2024-01-18", site="conoco_gas_field", event_type=AIR, target=US, killed=0)],
    ),
    (
        "wire-absolute-late-on",
        "BEIRUT (AFP) — Iran-backed fighters fired rockets at the Green Village base late on December 17, "
        "the Syrian Observatory for Human Rights said, adding that the coalition answered with artillery.",
        date(2023, 12, 19),
        [dict(date="2023-12-17", site="green_village", event_type=SHELL, perpetrator=MIL, target=US)],
    ),
    (
        "wire-year-boundary",
        "Militias lobbed mortar rounds at the Koniko gas plant late on December 30, a monitor said.",
        date(2024, 1, 2),
        [dict(date="2023-12-30", site="conoco_gas_field", event_type=SHELL)],
    ),
    (
        "wire-at-least-killed",
        "At least nine pro-Iranian fighters were killed when U.S. aircraft struck a weapons depot in "
        "al-Mayadin on Sunday, the Britain-based Syrian Observatory for Human Rights said.",
        date(2023, 10, 31),  # Tuesday
        [dict(date="2023-10-29", site="al_mayadin", event_type=AIR, perpetrator=US, killed=9)],
    ),
    # --- Syrian state media ----------------------------------------------------------------
    (
        "sana-occupation",
        "Deir Ezzor, SANA – The US occupation forces launched an aggression with helicopters on Monday "
        "on the village of Thiban in the eastern countryside of Deir Ezzor, martyring three civilians.",
        date(2022, 9, 6),  # Tuesday
        [dict(date="2022-09-05", event_type=AIR, perpetrator=US)],
    ),
    (
        "sana-explosions-base",
        "Explosions were heard on Saturday evening inside the illegitimate base of the American occupation "
        "in al-Omar oil field, local sources told SANA, without information about the size of the losses.",
        date(2023, 8, 20),  # Sunday
        [dict(date="2023-08-19", site="al_omar_oil_field", target=US)],
    ),
    # --- local monitors ---------------------------------------------------------------------
    (
        "sohr-numbers-in-words",
        "SOHR sources have reported that a drone, believed to belong to the US-led coalition, targeted a "
        "vehicle carrying members of Iranian-backed militias near al-Bukamal desert on Thursday, killing "
        "four of them.",
        date(2022, 3, 11),  # Friday
        [dict(date="2022-03-10", site="albu_kamal", event_type=AIR, killed=4)],
    ),
    (
        "dez24-tweet",
        "Deir Ezzor 24 said in a tweet that several rockets landed inside the Tanak oil field base on "
        "Wednesday night, with no casualties among the coalition troops.",
        date(2021, 8, 26),  # Thursday
        [dict(date="2021-08-25", site="tanak_oil_field", event_type=SHELL, killed=0)],
    ),
    (
        "monitor-ddmmyyyy",
        "On 14.02.2024, unidentified aircraft bombed positions of the Iranian militias in the Ayyash area "
        "west of Deir ez-Zor city, according to local activists.",
        date(2024, 2, 16),
        [dict(date="2024-02-14", site="ayash", event_type=AIR, target=MIL)],
    ),
    (
        "transliteration-koniko",
        "An explosion rocked the Kuniko base east of Deir al-Zour on Sunday, local sources said, blaming "
        "a rocket fired from militia-held Mayadeen.",
        date(2022, 1, 24),  # Monday
        [dict(date="2022-01-23", site="conoco_gas_field")],
    ),
    # --- attack and response are two incidents ---------------------------------------------
    (
        "attack-and-response",
        "Pro-Iran militias fired rockets at the US base in the Omar oil field on Monday evening. "
        "The coalition responded with artillery fire on the town of al-Mayadin, the Observatory said.",
        date(2021, 6, 29),
        [
            dict(date="2021-06-28", site="al_omar_oil_field", perpetrator=MIL, target=US),
            dict(date="2021-06-28", site="al_mayadin", perpetrator=US),
        ],
    ),
    (
        "two-bases-same-night",
        "Two U.S. positions came under attack overnight: rockets hit the Conoco field, and a drone was shot "
        "down near the Green Village, the coalition said. No injuries were reported at either base.",
        date(2023, 10, 20),
        [dict(date="2023-10-19", site="conoco_gas_field"), dict(date="2023-10-19", site="green_village")],
    ),
    # --- background is not main ---------------------------------------------------------------
    (
        "background-last-year",
        "Rockets hit the al-Omar oil field on Thursday, the SDF said. The base was also targeted last year by "
        "a series of drone attacks attributed to Iran-backed groups.",
        date(2024, 5, 10),  # Friday
        [dict(date="2024-05-09", site="al_omar_oil_field")],
    ),
    (
        # a far-pointing "those strikes" goes on with the strikes the sentence before recalled as a cause
        "background-those-strikes-recalled",
        "Iran-backed militants fired two rockets at the Tabiyeh gas plant on Tuesday evening, the coalition said. "
        "The salvo came two days after American aircraft bombed militia depots in eastern Syria. Those strikes, "
        "carried out on Sunday against weapons stores near the village of Ayash, followed a drone attack on "
        "al-Tanf.",
        date(2024, 2, 7),  # Wednesday
        [dict(date="2024-02-06", site="tabiyeh_gas_plant")],
    ),
    (
        # the dated events told after "the fourth attack since..." are the count's earlier items
        "background-items-of-a-count",
        "A drone struck the coalition base at the Tabiyeh gas plant on Saturday evening, causing no injuries, "
        "a source in the Deir ez-Zor Military Council said. It was the fourth attack on US positions in the "
        "province since the start of the month. On Thursday, rockets landed near the Green Village base.",
        date(2024, 2, 11),  # Sunday
        [dict(date="2024-02-10", site="tabiyeh_gas_plant")],
    ),
    (
        "analysis-only-background",
        "The United States has carried out several rounds of airstrikes in Syria since 2021, most of them near "
        "Albu Kamal, in response to attacks on its troops in the region, analysts say.",
        date(2024, 6, 1),
        [],
    ),
    # --- no publication date: a bare weekday is not invented ------------------------------------
    (
        "no-pubdate-weekday",
        "Rockets struck the Shaddadi base on Monday, the coalition said.",
        None,
        [dict(date=None, site="shaddadi")],
    ),
    (
        "a-night-and-again-the-next-morning-are-two-attacks",
        # "and again" tells a repeat: two incidents, where "late on Thursday and early on Friday" is one night
        "BEIRUT - Militants fired rockets at the Conoco base on Thursday night and again early on Friday, "
        "a coalition spokesman said.\n\n"
        "In a separate report, a monitor said rockets hit the al-Omar field late on Tuesday and early on Wednesday.",
        date(2024, 1, 13),
        [dict(date="2024-01-11", site="conoco_gas_field"), dict(date="2024-01-12", site="conoco_gas_field"),
         dict(date="2024-01-09", site="al_omar_oil_field")],
    ),
    (
        "soldiers-at-a-militia-town-are-the-armys",
        # the town's holder would make the militias the target; soldiers told with no army of their own are
        # the Syrian army's there (a US soldier is named as such, and at a US base the base's holder stands)
        "DAMASCUS - Two soldiers were killed and a third wounded in an ambush by ISIS cells in the desert near "
        "al-Mayadin on Monday, state media reported.\n\n"
        "Separately, two soldiers were hurt when rockets hit the Conoco base on Monday night, a coalition "
        "official said.",
        date(2024, 1, 16),
        [dict(site="al_mayadin", perpetrator="ISIS", target="Syrian government"),
         dict(site="conoco_gas_field", target="US-led coalition")],
    ),
    (
        "a-mine-an-old-war-left-has-no-attacker",
        # "left by ISIS", "left from the battles with ISIS": laid years ago, no attacker of the day (a mine
        # "planted by ISIS" is the group's act); told by its victims, a mine is still an explosive
        "Local sources said a shepherd was wounded by a mine left from the battles with ISIS near Hajin on "
        "Sunday.\n\n"
        "On Saturday two children were killed when a mine planted by ISIS cells exploded near al-Busayrah.",
        date(2024, 5, 13),
        [dict(site="hajin", perpetrator="unknown", event_type="remote explosive/landmine/IED"),
         dict(site="al_busayrah", perpetrator="ISIS", event_type="remote explosive/landmine/IED")],
    ),
    (
        "a-strike-called-a-massacre-is-still-the-news",
        # state and Kurdish media tell the day's news as "a massacre": no judgement of an event told elsewhere
        "HAJIN - The airstrike on the market in Hajin on Saturday was a massacre, residents said, after the "
        "bodies of nine civilians were recovered.",
        date(2024, 3, 12),
        [dict(date="2024-03-09", site="hajin")],
    ),
    (
        "no-pubdate-last-week-is-still-a-recall",
        # with no publication date "last week" and "earlier this month" cannot be dated, but they still
        # say the attack is not the day's news
        "Drones struck the Conoco gas field base on Wednesday night, a coalition official said.\n\n"
        "Seven service members suffered minor injuries in a drone attack on al-Tanf last week, and earlier "
        "this month rockets were fired at the Shaddadi base.",
        None,
        [dict(date=None, site="conoco_gas_field")],
    ),
    (
        "a-local-monitor-places-an-unknown-village-in-the-area",
        # no place the gazetteer knows, but the source is the area's own: the village is ours, unplaced
        "Deir Ezzor 24 | Gunmen believed to be ISIS cells shot dead a civilian in the town of al-Zir "
        "late on Wednesday.",
        date(2024, 5, 2),
        [dict(date="2024-05-01", site=None, place_text="al-Zir")],
    ),
    (
        "a-military-council-of-the-area-places-its-village",
        "Hawar news: Two members of the Deir ez-Zor Military Council were wounded on Sunday in an attack by "
        "mercenaries on a checkpoint in the village of al-Jurdhi.",
        date(2024, 6, 10),
        [dict(date="2024-06-09", site=None, place_text="al-Jurdhi")],
    ),
    (
        "the-towns-a-road-is-named-after-do-not-place-it",
        # "the Deir ez-Zor-Hasakah road" says which road; the town it was near says where on it
        "An IED struck an SDF vehicle on the Deir ez-Zor-Hasakah road near al-Busayrah on Tuesday, wounding "
        "two fighters.",
        date(2024, 3, 12),
        [dict(date="2024-03-12", site="al_busayrah")],
    ),
    (
        "a-road-named-after-a-town-of-three-words",
        "ISIS cells attacked an SDF checkpoint on the Hasakah-Deir ez-Zor road near al-Shaddadi on Tuesday, "
        "killing one fighter.",
        date(2024, 3, 12),
        [dict(date="2024-03-12", site="shaddadi")],
    ),
    (
        "where-the-sources-sit-is-not-the-scene",
        # "according to local networks in Deir ez-Zor": the networks' town, not the village attacked
        "Enab Baladi - A member of the SDF was killed and another injured on Thursday in an armed attack in "
        "Darnaj village, according to local networks in Deir ez-Zor.",
        date(2024, 8, 1),
        [dict(date="2024-08-01", site="darnaj")],
    ),
    (
        "according-to-a-source-in-a-town",
        "Gunmen killed a teacher in the village of al-Zir on Thursday, according to a source in Hasakah.",
        date(2024, 8, 1),
        [dict(date="2024-08-01", site=None, place_text="al-Zir")],
    ),
    (
        "a-toll-told-only-in-the-headline",
        # the body tells the strike without a figure: the headline's toll at the same place is its toll
        "SOHR: 6 killed in US strike on Albu Kamal\n\n"
        "US warplanes struck positions of Iranian-backed militias in Albu Kamal on Tuesday night, the Syrian "
        "Observatory for Human Rights said. The strikes targeted weapons depots.",
        date(2024, 3, 13),
        [dict(date="2024-03-12", site="albu_kamal", killed=6)],
    ),
    (
        "a-headline-toll-at-another-place-is-not-this-one",
        "Three killed in drone strike near al-Mayadin\n\n"
        "ISIS cells attacked an SDF checkpoint near al-Busayrah on Monday, the SDF said.",
        date(2024, 3, 12),
        [dict(date="2024-03-11", site="al_busayrah", killed=None)],
    ),
    (
        "a-local-source-on-news-from-an-iraqi-province-is-outside",
        # a source of the area citing news from Salahuddin: the village is in Iraq, not ours
        "Deir Ezzor 24 | Iraqi forces killed three ISIS members in the village of al-Bu Hayat in Salahuddin "
        "province on Sunday.",
        date(2024, 8, 4),
        [],
    ),
    (
        "a-province-of-ours-in-the-headline-places-an-unknown-village",
        "Turkish drone kills two in Hasakah countryside\n\n"
        "A Turkish drone struck a motorcycle in the village of Hawija on Wednesday, killing two people.",
        date(2024, 3, 13),
        [dict(date="2024-03-13", site=None, place_text="Hawija", killed=2)],
    ),
    (
        "a-running-toll-in-the-headline-is-no-incidents-toll",
        "Death toll of Deir ez-Zor clashes rises to 25\n\n"
        "Clashes between tribal fighters and the SDF continued in Deir ez-Zor on Tuesday, SOHR said.",
        date(2024, 3, 13),
        [dict(date="2024-03-12", site="deir_ez_zor_city", killed=None)],
    ),
    # --- unrelated: nothing extracted -------------------------------------------------------------
    (
        "unrelated",
        "The central bank raised interest rates on Tuesday as inflation hit a record. Markets fell sharply.",
        date(2023, 1, 1),
        [],
    ),
    (
        "iraq-only",
        "Two drones targeted the Ain al-Asad air base in western Iraq on Tuesday, an Iraqi security source said.",
        date(2024, 1, 3),
        [],
    ),
    # --- longer pieces in other outlets' styles ---------------------------------------------
    (
        "tass-drones",
        'DAMASCUS, March 12. /TASS/. Unknown drones attacked a base of the US military contingent at the al-Omar oil field in the Syrian province of Deir ez-Zor on Tuesday evening, a source in the Syrian security services told TASS.\n"Three kamikaze drones were launched toward the base. Two were shot down by air defenses, the third one hit a warehouse," the source said.\nThere is no information about casualties. The US command has not commented on the incident.\nUS troops have been deployed in the area without the permission of the Syrian government since 2015.\n',
        date(2024, 3, 12),
        [dict(date="2024-03-12", site="al_omar_oil_field", event_type=AIR, target=US)],
    ),
    (
        "centcom-two-facilities",
        "U.S. Central Command Statement on Self-Defense Strikes in Eastern Syria\nTAMPA, Fla. – On Oct. 26, at approximately 4:30 a.m. (Eastern Time), U.S. military forces conducted self-defense strikes on two facilities in eastern Syria used by Iran's Islamic Revolutionary Guard Corps (IRGC) and affiliated groups.\nThese precision strikes are a response to a series of ongoing and mostly unsuccessful attacks against U.S. personnel in Iraq and Syria by Iranian-backed militia groups that began on Oct. 17.\nThe strikes targeted a weapons and ammunition storage facility near Albu Kamal and a second facility near al-Mayadin.\n",
        date(2023, 10, 27),
        [dict(date="2023-10-26", site="albu_kamal", perpetrator=US), dict(date="2023-10-26", site="al_mayadin")],
    ),
    (
        "efe-translated-dawn",
        'Damasco, 5 mar (EFE).- At least three members of pro-Iranian militias died this Tuesday in a bombardment attributed to the international coalition led by the United States against their positions in the outskirts of the city of Al Mayadin, in the east of Syria, informed the Syrian Observatory for Human Rights.\nThe NGO specified that the attack took place at dawn and that two other militiamen were injured.\n',
        date(2024, 3, 5),
        [dict(date="2024-03-05", site="al_mayadin", event_type=AIR, perpetrator=US, killed=3, wounded=2)],
    ),
    (
        "kurdistan24-checkpoint",
        'ERBIL, Kurdistan Region (Kurdistan24) - Unidentified gunmen on Monday attacked a checkpoint of the Syrian Democratic Forces (SDF) in the town of Hajin in eastern Deir al-Zor, killing two fighters, a local source told Kurdistan24.\nThe source added that the attackers fled toward the Euphrates river after the assault. No group has claimed responsibility, but the Islamic State has carried out similar attacks in the area in recent months.\n',
        date(2024, 5, 14),
        [dict(date="2024-05-13", site="hajin", target="SDF", killed=2)],
    ),
    (
        "dw-caption-date",
        'Syria: US base hit by rockets\nRockets have struck a US military base in eastern Syria, according to the US military. The attack on the base at the Conoco gas field in the province of Deir ez-Zor took place on Sunday evening. According to the US-led coalition, no soldiers were injured. The Syrian Observatory for Human Rights said that the rockets were fired from territory controlled by pro-Iranian militias west of the Euphrates.\nDate 04.09.2023\n',
        None,
        [dict(date="2023-09-03", site="conoco_gas_field", perpetrator=MIL, target=US)],
    ),
    (
        "briefing-place-in-next-sentence",
        "Pentagon spokesman: last night U.S. aircraft conducted strikes on two storage sites in eastern Syria used by "
        "Iran's Revolutionary Guard. The sites are located near al-Mayadin, on the western bank of the Euphrates.\n\n"
        "Asked whether the strikes were linked to the attacks on the al-Tanf garrison, he declined to comment.\n",
        date(2023, 11, 13),
        [dict(date="2023-11-12", site="al_mayadin", perpetrator=US)],
    ),
    (
        "monitor-this-month-summary",
        "#DeirEzzor: Government artillery based in #Mayadin is shelling SDF positions in #Diban now, locals say.\n"
        "Reminder: the fourth artillery duel along the river this month.\n",
        date(2025, 3, 18),
        [dict(date="2025-03-18", site="thiban", perpetrator="Syrian government")],
    ),
    (
        "state-media-vicinity-not-a-list",
        "Deir Ezzor, SANA - Occupation helicopters carried out an airdrop operation at dawn today in Hajin and the "
        "neighbouring villages of al-Bahra and Gharanij, local sources told SANA.",
        date(2022, 8, 4),
        [dict(date="2022-08-04", site="hajin", perpetrator=US)],
    ),
    (
        "wire-raid-role-description",
        "Coalition forces killed an Islamic State official in a helicopter raid near the town of al-Busayrah on Thursday, "
        "the SDF said, describing him as a leader responsible for planning attacks in Raqqa and Hasakah.",
        date(2024, 7, 12),
        [dict(date="2024-07-11", site="al_busayrah", perpetrator=US, target="ISIS")],
    ),
    (
        "russian-unknown-place-located-by-ours",
        "Russian jets struck ISIS hideouts in the Badia desert south of al-Mayadin on Sunday, the Russian defence "
        "ministry said.",
        date(2024, 5, 17),
        [dict(date="2024-05-12", site=None, place_text="Badia", perpetrator="Russia", target="ISIS")],
    ),
    (
        "monitor-militants-loyal-to-iran",
        "Militants loyal to Iran fired mortars at the Green Village on Monday night, a local monitor reported.",
        date(2024, 5, 17),
        [dict(date="2024-05-13", site="green_village", perpetrator=MIL, target=US)],
    ),
    (
        "newspaper-hours-later-counts-from-last-event",
        "A drone struck the Green Village on Friday morning, the coalition said.\n\n"
        "The day before, on Thursday at about 2 p.m., a drone hit a maintenance building at the Rumailan base, "
        "wounding four service members, according to the Pentagon.\n\n"
        "Hours later, U.S. F-15E jets carried out strikes on weapons depots in Albu Kamal used by groups "
        "affiliated with the Revolutionary Guards.\n",
        date(2023, 3, 24),  # a Friday
        [dict(date="2023-03-24", site="green_village"), dict(date="2023-03-23", site="rumailan"),
         dict(date="2023-03-23", site="albu_kamal", perpetrator=US)],
    ),
    (
        "press-release-end-mark-and-related-links",
        "CENTCOM Statement on Attack at Mission Support Site Conoco\n\nTAMPA, Fla. - On March 3, at approximately "
        "9:15 p.m. (Syria time), Coalition forces at Mission Support Site Conoco were attacked by two rockets. "
        "There were no injuries and no damage.\n\n###\n\nRelated releases:\n"
        "- Drone Attack at Tower 22 Kills Three U.S. Service Members (Jan. 28, 2024)\n"
        "- U.S. Forces Strike Militia Targets Near Albu Kamal (Feb. 2, 2024)\n",
        date(2024, 3, 4),
        [dict(date="2024-03-03", site="conoco_gas_field", target=US, killed=0)],
    ),
    (
        "outside-tower22-jordan",
        "A drone attack killed three U.S. soldiers at Tower 22, a small outpost in north-eastern Jordan near the "
        "border with Syria, on Sunday, the Pentagon said. The base lies a few kilometres from the al-Tanf garrison.",
        date(2024, 1, 29),
        [],
    ),
    (
        "reaction-piece-lead-reports-nothing",
        "Tehran, IRNA - Iran's foreign ministry spokesman said on Monday that Washington bears the responsibility "
        "for the growing instability in the region. Speaking at his weekly press conference, he called on the "
        "American administration to withdraw its forces from Syria and Iraq.\n\nHe said the U.S. air strikes "
        "near Albu Kamal on Friday, which killed several fighters, showed contempt for Syria's sovereignty.\n",
        date(2024, 2, 5),  # a Monday
        [],
    ),
    (
        "roles-base-named-by-owner-long-passive",
        "The American military base at al-Tanf, in the desert near the point where the borders of Syria, Jordan "
        "and Iraq meet, was attacked by two drones on Sunday evening, US Central Command said in a statement.",
        date(2022, 8, 16),  # a Tuesday
        [dict(date="2022-08-14", site="al_tanf", event_type=AIR, perpetrator="unknown", target=US)],
    ),
    (
        "roles-interceptor-is-the-target",
        "Coalition air defences intercepted a drone launched by Iran-backed groups toward the Conoco base late on "
        "Thursday, a spokesman for the US-led coalition said on Friday.",
        date(2023, 11, 17),  # a Friday
        [dict(date="2023-11-16", site="conoco_gas_field", perpetrator=MIL, target=US)],
    ),
    (
        "roles-state-media-interception",
        "DAMASCUS, (SANA) - Syrian air defences intercepted Israeli missiles over the city of Albu Kamal at dawn "
        "on 14.03.2024, a military source said.",
        date(2024, 3, 14),
        [dict(date="2024-03-14", site="albu_kamal", perpetrator="Israel", target="Syrian government")],
    ),
    (
        "roles-warplane-shootdown-stays-the-actor",
        "A US F-15E fighter jet shot down an armed drone that was approaching the al-Tanf garrison "
        "early on Tuesday, the coalition said.",
        date(2017, 6, 20),  # a Tuesday
        [dict(date="2017-06-20", site="al_tanf", perpetrator=US)],
    ),
    (
        "analysis-tally-with-statistics",
        "Counting the campaign: what 90 attacks say about the militias\n"
        "Since mid-October, armed groups aligned with Tehran have been blamed for more than 90 attacks on US troops "
        "in Iraq and Syria. Our tally, compiled from Pentagon statements and Telegram claims, counts 41 attacks on "
        "sites in Syria through February 3.\nNearly half of the Syrian attacks in our data targeted the Conoco and "
        "al-Omar fields. The heaviest single salvo, twelve rockets on Shaddadi on January 21, wounded nobody.\n",
        date(2024, 2, 10),
        [],
    ),
    (
        "monitor-generic-during-the-day-is-no-date",
        "Deir Ezzor 24: an unidentified drone struck a pickup of the Hezbollah al-Nujaba militia near Albu Kamal "
        "yesterday evening, killing two of its members.\nThis comes a day after a similar strike hit a truck at the "
        "entrance of the Imam Ali base without casualties.\nThe militias have cut the movement of their convoys "
        "during the day since strikes of unknown identity rose over the past months.\n",
        date(2024, 9, 7),
        [dict(date="2024-09-06", site="albu_kamal", killed=2)],
    ),
    (
        "russian-allegation-of-training-is-no-incident",
        "MOSCOW, March 3. /TASS/. American instructors are preparing armed groups at the al-Tanf garrison in "
        "south-eastern Syria for sabotage against government forces and oil facilities, the deputy head of the "
        "Russian reconciliation centre said on Friday.",
        date(2023, 3, 3),
        [],
    ),
    (
        "feature-place-described-by-repeated-strikes",
        "In Albu Kamal, the border town that has been the target of repeated Israeli and American air strikes "
        "over the years, shopkeepers say business has slowly returned since the militias pulled back.\nMany "
        "families who fled in 2017 have not come back.",
        date(2025, 3, 20),
        [],
    ),
    (
        "outside-story-unplaced-follow-up-is-not-ours",
        "BAGHDAD (Reuters) - A U.S. drone strike killed a commander of Kataib Hezbollah and two of his guards in "
        "eastern Baghdad on Wednesday, Iraqi security sources said.\nThe missile hit their car outside the offices of "
        "the Popular Mobilisation Forces' logistics directorate at about 9 p.m., setting it ablaze. American forces "
        "carried out the strike \"in self-defence\", a U.S. defence official confirmed.\nThe group has claimed dozens of attacks on U.S. bases in Iraq and Syria.\n",
        date(2024, 2, 7),  # a Wednesday
        [],
    ),
    (
        "outside-story-keeps-its-details-from-a-recalled-claim",
        "Several ballistic missiles and rockets struck the Ain al-Asad air base in Iraq's western Anbar "
        "province on Saturday afternoon, the US military said.\n\nMost of the projectiles were "
        "intercepted by the base's air defences, but some fell inside the perimeter, wounding an Iraqi "
        "soldier and causing damage to buildings.\n\nA spokesman said several American personnel were "
        "being evaluated for traumatic brain injuries.\n\nThe Islamic Resistance in Iraq, an umbrella of "
        "Tehran-aligned factions, claimed the barrage on Telegram. On Friday, the same alliance had "
        "claimed a drone attack on the US base at Rumailan in north-eastern Syria, which the Pentagon "
        "did not confirm.",
        date(2024, 1, 20),  # a Saturday
        [],
    ),
    (
        "monitor-said-that-is-no-anaphora-and-kicker-is-no-place",
        "Deir Ezzor escalation | Tribal fighters storm SDF checkpoints in Diban\n\nLocal sources told our network "
        "that violent clashes broke out at dawn today in the town of Diban, between clan fighters and the SDF, "
        "leaving at least four fighters dead.\n",
        date(2023, 9, 1),
        [dict(date="2023-09-01", site="thiban", event_type="armed clash")],
    ),
    (
        "dateline-with-double-dash-is-the-filing-date",
        "Coalition raids kill civilians in eastern Syria\n\nTehran, March 14, IRNA -- Aircraft of the US-led coalition "
        "have killed nine civilians in new raids on the village of al-Kishma in the eastern countryside of Deir Ezzor, "
        "Syrian media reported.\n\nAccording to SANA, the aircraft on Tuesday struck houses in the village, which lies "
        "near the town of Hajin, leaving nine people dead.\n",
        date(2019, 3, 14),  # a Thursday
        [dict(date="2019-03-12")],
    ),
    (
        "telegram-digest-each-post-counts-from-its-stamp",
        "Digest of the \"Euphrates Watch\" channel, posts as shown (Damascus time)\n\n"
        "[03.02.2024 22:10]\nExplosions heard this evening near the Conoco gas field base in the Deir Ezzor countryside, "
        "local sources say rockets fell near the perimeter.\n\n"
        "[05.02.2024 07:40]\nAt dawn, an unidentified drone struck a vehicle of the Iraqi Kataib Hezbollah on the road "
        "near Albu Kamal, killing two of its occupants.\n\n"
        "[05.02.2024 19:05]\nNo new incidents reported since the morning.\n",
        None,
        [dict(date="2024-02-03", site="conoco_gas_field"), dict(date="2024-02-05", site="albu_kamal", killed=2)],
    ),
    (
        "analysis-generic-plural-attacks-is-no-incident",
        "WASHINGTON — The American footprint in eastern Syria was never large. The outposts built in the oil fields, "
        "al-Omar and Conoco among them, soon became magnets for attacks by Iran-aligned militias, and for Israeli raids "
        "on the depots those militias kept near Albu Kamal.\nOfficials now debate whether to stay.\n",
        date(2025, 4, 23),
        [],
    ),
    (
        "dateline-of-two-cities-and-engaged-drone",
        "Drones target coalition base at Conoco, no casualties\n\nDEIR EZ-ZOR / QAMISHLI, Syria (North Press) – A drone "
        "targeted the base of the US-led coalition in the Conoco gas field on Wednesday morning, a military source told "
        "North Press. Coalition forces engaged the drone over the desert near the field, the source said.\n",
        date(2023, 10, 26),  # a Thursday
        [dict(date="2023-10-25", site="conoco_gas_field", perpetrator="unknown", target=US)],
    ),
    (
        "listed-places-share-the-strikers-and-a-building-used-by-is-a-target",
        "WASHINGTON (AP) — U.S. warplanes struck sites used by Iran-backed militias in eastern Syria late Friday, "
        "officials said.\nIn Syria, the strikes hit the area around the town of Mayadeen and the border town of "
        "Boukamal, according to the Syrian Observatory for Human Rights.\nA resident said one strike flattened a "
        "building used as a headquarters by Kataib Hezbollah near Boukamal.\n",
        date(2024, 2, 3),  # a Saturday
        [dict(date="2024-02-02", site="al_mayadin", perpetrator=US, target=MIL),
         dict(date="2024-02-02", site="albu_kamal", perpetrator=US, target=MIL)],
    ),
    (
        "kurdish-agency-search-operation-is-no-second-incident",
        "Two SDF fighters killed in attack on checkpoint in Hajin\n\nDEIR EZZOR – Two fighters of the Syrian Democratic "
        "Forces were killed at dawn today when ISIS gunmen on motorcycles opened fire on a checkpoint in the town of "
        "Hajin, ANHA's correspondent reported.\nSDF units cordoned off the area and launched a search operation in the "
        "Deir Ezzor countryside to track down the attackers.\n",
        date(2025, 6, 22),
        [dict(date="2025-06-22", site="hajin", target="SDF", killed=2)],
    ),
    (
        "wire-denial-there-was-no-strike-is-no-incident",
        "Beirut (AFP) - An air strike on positions of pro-government fighters near the town of al-Hari killed at least "
        "20 of them on Sunday, a monitor said.\n\"There was no strike by US or coalition members near Albu Kamal,\" a "
        "coalition spokesman told AFP.\n",
        date(2018, 6, 18),  # a Monday
        [dict(date="2018-06-17", site="al_hari")],
    ),
    (
        "telegram-claim-names-the-perpetrator",
        "Statement | The Islamic Resistance in Iraq: In response to the massacres in Gaza, the mujahideen targeted this "
        "evening the occupation base at Kharab al-Jir airfield in north-east Syria with a drone. The hit was direct.\n",
        date(2023, 11, 21),
        [dict(date="2023-11-21", site="kharab_al_jir", perpetrator=MIL, target=US)],
    ),
    (
        "rockets-first-then-aircraft-overhead-is-shelling",
        "Several rockets struck the Green Village base housing US troops late on Sunday, a coalition spokesman said. "
        "No injuries were reported.\nCoalition aircraft were seen flying over the area after the attack, and US "
        "artillery fired back at the launch site, residents said.\n",
        date(2021, 6, 29),  # a Tuesday
        [dict(date="2021-06-27", site="green_village", event_type=SHELL)],
    ),
    (
        "monitor-gunmen-killing",
        "SOHR sources have reported that ISIS cells gunned down a member of the SDF on Monday morning in al-Busayrah "
        "town in the eastern countryside of Deir Ezzor.\n",
        date(2022, 3, 14),  # a Monday
        [dict(date="2022-03-14", site="al_busayrah", target="SDF")],
    ),
    (
        "state-media-massacre-by-coalition-aircraft",
        "Deir Ezzor, SANA – Nine civilians were martyred on Thursday in a new massacre committed by the aircraft of the "
        "US-led coalition in al-Kishma village in the eastern countryside of Deir Ezzor.\n",
        date(2019, 1, 4),  # a Friday
        [dict(date="2019-01-03", event_type=AIR, perpetrator=US, target="civilians")],
    ),
    (
        "press-release-mission-statement-is-no-incident",
        "TAMPA, Fla. — On Dec. 19, U.S. Central Command forces conducted a precision airstrike in Dayr az Zawr Province, "
        "Syria, killing an ISIS leader.\nThis strike is part of CENTCOM's commitment to disrupt and degrade efforts by "
        "terrorists to plan, organize, and conduct attacks against civilians and military personnel throughout the "
        "region.\n",
        date(2024, 12, 20),
        [dict(date="2024-12-19", site="deir_ez_zor_province", perpetrator=US, target="ISIS")],
    ),
    (
        "state-media-road-between-two-towns-is-one-place",
        "Deir Ezzor, March 10 (SANA) – Three members of the Internal Security Forces were injured on Monday evening when "
        "an explosive device went off under their vehicle on the road between al-Quriyah and al-Mayadin.\n",
        date(2026, 3, 10),  # a Tuesday
        [dict(date="2026-03-09")],
    ),
    (
        "gunmen-intercepting-a-bus-are-the-attackers",
        "Deir Ezzor 24 | ISIS cells intercepted a bus carrying army soldiers on the road south of al-Mayadin yesterday "
        "evening and opened fire on it with machine guns, killing at least nine soldiers.\n",
        date(2023, 8, 11),
        [dict(date="2023-08-10", site="al_mayadin", perpetrator="ISIS")],
    ),
    (
        "liveblog-plural-speaker-is-no-party",
        "The Syrian Democratic Forces say a drone struck a training ground for their commando units at the al-Omar "
        "oil field late on Sunday, killing six fighters.\n",
        date(2024, 2, 5),  # a Monday
        [dict(date="2024-02-04", site="al_omar_oil_field", perpetrator="unknown", killed=6)],
    ),
    (
        "roundup-neighbourhood-is-part-of-the-town",
        "Euphrates Post | Daily summary – 19.05.2021\n\n🔴 Albu Kamal | A drone of unknown identity bombed today at dawn "
        "a headquarters of the Fatemiyoun militia in the al-Hamdan neighbourhood, in the north of Albu Kamal city, "
        "killing three militants.\n",
        None,
        [dict(date="2021-05-19", site="albu_kamal", killed=3)],
    ),
    (
        "next-paragraph-locates-the-things-the-lead-named",
        "WASHINGTON, Nov 12 (Reuters) - U.S. fighter jets struck a training facility and a safe house in eastern Syria "
        "on Sunday that were used by Iran's Revolutionary Guards, the Pentagon said.\n\nDefense Secretary Lloyd Austin "
        "said the training facility was near the town of Albu Kamal and the safe house was near al-Mayadin.\n",
        date(2023, 11, 12),  # a Sunday
        [dict(date="2023-11-12", site="albu_kamal", perpetrator=US), dict(date="2023-11-12", site="al_mayadin", perpetrator=US)],
    ),
    (
        "tweets-this-week-does-not-date-tonight",
        "#DeirEzzor | Loud explosions heard now inside the #Conoco gas field base where US forces are stationed. "
        "At least three rockets landed inside the base.\n9:47 PM · Nov 9, 2023\n\nThis is the 4th attack on US bases "
        "in #DeirEzzor this week, according to our network.\n11:20 PM · Nov 9, 2023\n",
        date(2023, 11, 9),
        [dict(date="2023-11-09", site="conoco_gas_field")],
    ),
    (
        "where-clause-describes-the-place-not-the-date",
        "Beirut (AFP) - Israeli warplanes pounded positions of Iran-backed militias in eastern Syria overnight, a war "
        "monitor said on Wednesday.\nAround the town of Mayadeen, warplanes hit arms depots in the desert where the "
        "militias have dug in since the defeat of IS in 2017, the Observatory said.\n",
        date(2021, 1, 13),  # a Wednesday
        [dict(date="2021-01-12", site="al_mayadin", perpetrator="Israel")],
    ),
    (
        "liveblog-overnight-strike-in-the-small-hours-local",
        "08.47 BST: The US military says its jets struck two facilities near Albu Kamal in eastern Syria overnight.\n"
        "The strikes took place at about 4.30am local time (02.30 BST), a US official said.\n",
        date(2023, 10, 27),
        [dict(date="2023-10-27", site="albu_kamal")],
    ),
    (
        "briefing-agent-with-dotted-abbreviation",
        "As Secretary Austin announced last night, U.S. military forces conducted a self-defense strike yesterday on a "
        "facility in eastern Syria used by the IRGC and its affiliates.\nThe strike was conducted by two U.S. F-15s "
        "against a weapons storage facility near the town of Maysalun in Deir ez-Zor province.\n",
        date(2023, 11, 9),
        [dict(date="2023-11-08", perpetrator=US, target=MIL)],
    ),
    (
        "wire-targets-located-in-next-paragraph",
        "AMMAN, March 4 (Reuters) - U.S. aircraft bombed sites used by Iranian-backed factions on both sides of the "
        "Syrian-Iraqi border late on Sunday, the Pentagon said.\n\nThe Syrian targets lay in the desert near "
        "al-Mayadin, a security source told Reuters, while the Iraqi one was close to al-Qaim.\n\n"
        "A militia umbrella group, which counts those targeted among its brigades, said two of its men were killed "
        "near al-Qaim.\n",
        date(2024, 3, 4),  # a Monday
        [dict(date="2024-03-03", site="al_mayadin", perpetrator=US), dict(date="2024-03-03", site="al_qaim", perpetrator=US)],
    ),
    (
        "state-media-the-aggression-in-a-second-town",
        "Damascus, SANA - US occupation aircraft carried out at dawn today an aggression on the city of al-Mayadin, "
        "the General Command of the Army said, causing the martyrdom of two civilians.\n"
        "Meanwhile, an Iraqi military spokesman said that the US aggression on the outskirts of al-Qaim took the "
        "lives of five border guards. Seven others were wounded in the aggression on al-Qaim, he added.\n",
        date(2024, 2, 3),
        [dict(date="2024-02-03", site="al_mayadin", perpetrator=US), dict(date="2024-02-03", site="al_qaim", perpetrator=US)],
    ),
    (
        "briefing-transcript-opens-with-housekeeping",
        "Pentagon Press Secretary Holds a Press Briefing\n\nMAJ. GEN. PAT RYDER: Good morning, everyone. I have a "
        "couple of items at the top and then we'll get to your questions.\n\nFirst, on Saturday, two rockets "
        "were fired at Mission Support Site Conoco in northeast Syria. There were no injuries and no damage to the "
        "base.\n\nSecond, the Secretary spoke yesterday with his Jordanian counterpart about the Dwight D. "
        "Eisenhower carrier strike group's arrival in the region.\n",
        date(2023, 11, 13),  # a Monday
        [dict(date="2023-11-11", site="conoco_gas_field", killed=0)],
    ),
    (
        "state-media-speaker-sits-in-the-city",
        "Deir Ezzor, May 4 (SANA) - Two policemen were wounded on Saturday night when a landmine exploded under their "
        "patrol car near the village of al-Shuhail in the eastern countryside.\nAn official at the police command in "
        "Deir Ezzor told SANA that the mine had been planted by a terrorist cell and was detonated remotely, badly damaging the car.\n",
        date(2025, 5, 4),  # a Sunday
        [dict(date="2025-05-03", site="al_shuhail", event_type="remote explosive/landmine/IED")],
    ),
    (
        "monitor-village-described-by-two-towns",
        "The Syrian Observatory said unidentified drones struck a militia convoy at dawn on Tuesday near the village "
        "of al-Hari, east of the crossing between Albu Kamal and al-Qaim, killing four fighters.\n",
        date(2022, 9, 20),  # a Tuesday
        [dict(date="2022-09-20", site="al_hari", killed=4)],
    ),
    (
        "scraped-title-case-headline-compresses-the-place",
        "Conflict Monitor\nHome » Middle East » Syria\n\nUS Jets Hit Militia Depots Near Deir ez-Zor After Drone Attack on Base\n\n"
        "May 2, 2024 | Staff writer\n\nUS aircraft struck weapons depots in Deir ez-Zor province on Thursday after a "
        "drone targeted a base housing US troops, the coalition said.\n",
        date(2024, 5, 2),  # a Thursday
        [dict(date="2024-05-02", site="deir_ez_zor_province", perpetrator=US)],
    ),
    (
        "digest-marks-a-strike-as-reported-before",
        "Rockets hit the Conoco base on Monday, the coalition said.\n\nUnidentified drones struck a car near "
        "al-Mayadin on March 3, according to local sources. We previously reported on this strike.\n",
        date(2024, 3, 5),  # a Tuesday
        [dict(date="2024-03-04", site="conoco_gas_field")],
    ),
    (
        "page-after-midnight-quotes-today-of-the-day-before",
        "Pentagon: no US troops hurt in drone attack on al-Tanf\n\nBy Staff writer\nMarch 9, 2022 01:40 AM\n\n"
        "The Pentagon says no US troops were hurt in a drone attack on the al-Tanf garrison, where American forces "
        "train local fighters against the Islamic State group.\n\n\"We can confirm that earlier today there was an "
        "attack at Tanf,\" a Pentagon spokesman told reporters late Tuesday.\n\n[Embedded tweet]\n"
        "OIR Spokesman @OIRSpox · Mar 8, 2022\nToday there was an attack on At-Tanf Garrison by two drones. There "
        "were no casualties.\n",
        date(2022, 3, 9),  # a Wednesday
        [dict(date="2022-03-08", site="al_tanf", target=US)],
    ),
    (
        "victims-all-from-a-brigade-are-not-the-agent",
        "The Popular Mobilization Forces said 14 of its fighters, all from the Kataib Sayyid al-Shuhada brigade, were "
        "killed when unidentified drones struck their convoy near Albu Kamal on Tuesday.\n",
        date(2019, 9, 11),  # a Wednesday
        [dict(date="2019-09-10", site="albu_kamal", perpetrator="unknown", target=MIL, killed=14)],
    ),
    (
        "telegram-listed-places-each-with-its-date",
        "🔴 Admin: the channel recalls that US warplanes struck a depot near al-Mayadin on 11/06 and an IRGC site "
        "near Albu Kamal on 02/05.\n",
        date(2024, 6, 12),
        [dict(date="2024-06-11", site="al_mayadin", perpetrator=US)],
    ),
    (
        "wire-shortly-after-midnight-is-a-time-not-a-cause",
        "A U.S. F-15E shot down an armed drone shortly after midnight on Thursday as it approached coalition troops "
        "near the al-Tanf garrison, the coalition said.\n",
        date(2017, 6, 8),  # a Thursday
        [dict(date="2017-06-08", site="al_tanf", perpetrator=US)],
    ),
    (
        "state-media-clock-after-midnight-stays-on-its-date",
        "TEHRAN, Jan. 13 (MNA) - Israeli warplanes struck several points in the city of Deir ez-Zor at dawn on "
        "Wednesday, media sources reported.\nSANA quoted a military source as saying that \"at 02:20 after midnight, "
        "the Israeli enemy carried out an air aggression on the al-Bukamal area\".\n",
        date(2021, 1, 13),  # a Wednesday
        [dict(date="2021-01-13", site="deir_ez_zor_city", perpetrator="Israel"),
         dict(date="2021-01-13", site="albu_kamal", perpetrator="Israel")],
    ),
    (
        "iranian-outlet-strike-and-a-claim-announced-next-morning",
        "TEHRAN (IRNA) - American fighter jets bombed a farm near al-Mayadin on Saturday night, as the Islamic "
        "Resistance in Iraq announced on Sunday morning a drone attack on the US base at the Conoco field.\n"
        "According to IRNA's correspondent in Damascus, the US warplanes hit the farm twice.\n",
        date(2024, 1, 7),  # a Sunday
        [dict(date="2024-01-06", site="al_mayadin", perpetrator=US),
         dict(date="2024-01-07", site="conoco_gas_field", perpetrator=MIL, target=US)],
    ),
    (
        "wire-strikes-after-the-midnight-that-followed-the-attack",
        "BEIRUT, May 10 (Reuters) - A drone hit a coalition base near Shaddadi at about 2:15 p.m. local time on "
        "Thursday, wounding two U.S. service members, the Pentagon said.\nU.S. jets struck back shortly after "
        "midnight, hitting a militia depot near al-Mayadin, a war monitor said.\n",
        date(2024, 5, 10),  # a Friday
        [dict(date="2024-05-09", site="shaddadi"), dict(date="2024-05-10", site="al_mayadin", perpetrator=US)],
    ),
    (
        "liveblog-hour-told-in-washington-time",
        "US Central Command says its aircraft began striking militia targets near Albu Kamal at 4 p.m. Eastern "
        "time on February 2, in response to the drone attack in Jordan.\n",
        date(2024, 2, 3),
        [dict(date="2024-02-03", site="albu_kamal")],
    ),
    (
        "wire-road-leading-to-the-city-is-not-the-city",
        "DAMASCUS, May 3 (Xinhua) -- Three Syrian soldiers were killed on Friday when IS militants ambushed an army "
        "truck on the highway leading to the eastern city of Deir al-Zour, a war monitor said.\n",
        date(2019, 5, 3),  # a Friday
        [dict(date="2019-05-03", site=None, killed=3)],
    ),
    (
        "analysis-a-habit-that-has-ended",
        "Analysis: a quieter east\nSince the militias left the western bank, the rocket attacks on the al-Omar field "
        "that were once an almost daily occurrence have largely stopped. Drone launches at Shaddadi have ceased too.\n",
        date(2025, 4, 2),
        [],
    ),
    (
        "briefing-strike-in-northern-syria-is-outside-the-area",
        "Separately, on Sunday, a U.S. strike near the town of Jarablus in northern Syria killed a senior Islamic "
        "State official, the Pentagon said.\nSome U.S. troops will stay to guard the oil fields of Deir ez-Zor.\n",
        date(2019, 10, 28),
        [],
    ),
    (
        "newspaper-places-listed-with-as-well-as-share-the-night",
        "U.S. jets struck facilities in eastern Syria on Thursday night, the Pentagon said.\nThen on Friday morning, "
        "rockets were fired at the Green Village base.\nA war monitor said the strikes had hit a depot in the city of "
        "Deir ez-Zor, as well as a position in the desert near al-Mayadin.\n",
        date(2023, 3, 24),  # a Friday
        [dict(date="2023-03-23", site="deir_ez_zor_city", perpetrator=US),
         dict(date="2023-03-24", site="green_village"),
         dict(date="2023-03-23", site="al_mayadin", perpetrator=US)],
    ),
    (
        "cause-taken-up-two-of-the-targets-were-located",
        # a rocket attack told as news "after" strikes of the day before; a later sentence tells where "two of
        # the targets" were: the strikes are told for themselves, not only as the cause
        "Rockets hit US base at Conoco gas field hours after American raids on militias\n\n"
        "Several rockets struck the US base at the Conoco gas field in eastern Syria on Wednesday evening, a "
        "coalition spokesman said, a day after the Pentagon bombed Iran-backed militias near the Iraqi border.\n\n"
        "The rocket attack followed US airstrikes late on Tuesday against weapons depots used by Kataib Hezbollah. "
        "Two of the targets were located in Syria, near the town of al-Mayadin, while the third was on the Iraqi "
        "side, near al-Qaim.\n",
        date(2022, 3, 10),  # a Thursday
        [dict(date="2022-03-09", site="conoco_gas_field"),
         dict(date="2022-03-08", site="al_mayadin", perpetrator=US),
         dict(date="2022-03-08", site="al_qaim", perpetrator=US)],
    ),
    (
        "cause-taken-up-after-an-attribution",
        # "According to ..., the two Syrian targets were on the outskirts of X": the same, after who says so
        "DEIR EZ-ZOR, Syria (AP) — Drones attacked American troops at the al-Omar oil field on Thursday, officials "
        "said, a day after US jets struck militia facilities in eastern Syria on Wednesday.\n\nNo Americans were hurt. According "
        "to officials and the militias' own statements, the two Syrian targets were on the outskirts of Albu Kamal, "
        "the border town.\n",
        date(2024, 5, 3),  # a Friday
        [dict(date="2024-05-02", site="al_omar_oil_field"),
         dict(date="2024-05-01", site="albu_kamal", perpetrator=US)],
    ),
    (
        "cause-taken-up-both-sites-lay",
        # an Iranian outlet's report: "Both sites lay near X" takes up the American raids of the night before
        "Islamic Resistance targets occupation base at Kharab al-Jir\n\nThe Islamic Resistance in Iraq said on "
        "Saturday it had targeted the US occupation base at Kharab al-Jir with drones at dawn today, hours after American "
        "warplanes attacked resistance positions on Friday night. Both sites lay close to the town of al-Bukamal, "
        "local sources told our correspondent.\n",
        date(2023, 11, 18),  # a Saturday
        [dict(date="2023-11-18", site="kharab_al_jir"),
         dict(date="2023-11-17", site="albu_kamal", perpetrator=US)],
    ),
    (
        "cause-not-taken-up-stays-context",
        # the same news with no sentence of its own for the strikes: they stay the cause, not news
        "Drones attacked American troops at the al-Omar oil field on Thursday, officials said, a day after US "
        "jets struck militia facilities near Albu Kamal. No Americans were hurt.\n",
        date(2024, 5, 3),  # a Friday
        [dict(date="2024-05-02", site="al_omar_oil_field")],
    ),
    (
        "there-is-the-place-the-sentence-named-before",
        # "... near al-Bukamal; SANA said a child was killed when a house was hit there": the clause's "there"
        # is the one town the sentence named before it
        "US warplanes struck militia positions near al-Qaim, on the Iraqi side of the border, on Tuesday night. In "
        "Syria, the sites were on the edge of al-Mayadin; the state news agency SANA said a woman was killed when "
        "a house was hit there.\n",
        date(2022, 5, 11),  # a Wednesday
        [dict(date="2022-05-10", site="al_qaim"), dict(date="2022-05-10", site="al_mayadin", killed=1)],
    ),
    (
        "there-after-a-kurdish-agency-names-the-village",
        # a Kurdish agency: "ISIS cells attacked a post in Thiban, and two fighters were wounded there"
        "DEIR EZ-ZOR - SDF fighters repelled an attack by cells on a post near al-Busayrah on Sunday. On Monday "
        "the cells turned to the town of Thiban, where a checkpoint came under fire; two fighters were wounded "
        "there, a military source told ANHA.\n",
        date(2023, 9, 5),  # a Tuesday
        [dict(date="2023-09-03", site="al_busayrah"), dict(date="2023-09-04", site="thiban", wounded=2)],
    ),
    (
        "there-with-no-place-before-places-nothing",
        # nothing of ours named before the clause: "there" does not place it
        "Rockets were fired at dawn on Friday, and shells landed there minutes later, residents said.\n",
        date(2024, 2, 9),
        [],
    ),
    (
        "a-side-of-the-border-opens-the-paragraph-of-its-place",
        # "On the Syrian side, ..." opens a paragraph on the place of the Syrian part of a cross-border raid:
        # its toll, told "there", is news, not a passing mention
        "US warplanes struck militia positions near al-Qaim, on the Iraqi side of the border, on Tuesday night. On "
        "the Syrian side, the sites lay on the edge of al-Mayadin; the state news agency SANA said a woman was "
        "killed when a house was hit there.\n",
        date(2022, 5, 11),  # a Wednesday
        [dict(date="2022-05-10", site="al_qaim"), dict(date="2022-05-10", site="al_mayadin", killed=1)],
    ),
    (
        "a-weekly-file-of-a-local-monitor-lists-its-week",
        # a local monitor's "weekly file": each dated item of its week is news, not only the last day's
        "Deir Ezzor Monitor | Weekly file of security incidents in the eastern countryside\n\n"
        "Published: 18.03.2022\n\n"
        "Shelling\n\n"
        "On the night of 14.03.2022, regime artillery shelled farmland near the town of al-Shuhail, wounding two "
        "farmers.\n\n"
        "Assassinations\n\n"
        "On 17.03.2022, unknown gunmen shot dead a member of the local council in the town of Thiban.\n",
        date(2022, 3, 18),
        [dict(date="2022-03-14", site="al_shuhail"), dict(date="2022-03-17", site="thiban")],
    ),
    (
        "a-monthly-log-of-an-agency-lists-its-month",
        # an agency's "monthly log": the same for the items of its month
        "Monthly log: attacks on coalition bases in eastern Syria, May 2024\n\n"
        "2 May: a drone targeted the Conoco gas field base; no casualties were reported.\n\n"
        "27 May: rockets fell near the al-Omar oil field, a monitor said.\n",
        date(2024, 5, 31),
        [dict(date="2024-05-02", site="conoco_gas_field"), dict(date="2024-05-27", site="al_omar_oil_field")],
    ),
    (
        "cause-of-the-day-before-with-a-toll-of-its-own",
        # the news "came a day after" clashes of the day before publication, whose toll the next sentence tells:
        # both are news
        "HASAKAH (Kurdistan24) - SDF fighters attacked tribal gunmen in the town of al-Busayrah on Tuesday, a day after heavy "
        "clashes on Monday in the town of Thiban between the SDF and tribal gunmen. A local monitor said five "
        "people were killed there, among them three SDF members.\n",
        date(2023, 9, 5),  # a Tuesday
        [dict(date="2023-09-05", site="al_busayrah"), dict(date="2023-09-04", site="thiban")],
    ),
    (
        "cause-of-the-day-before-with-a-toll-wire-style",
        # a wire's version: "hours after" strikes of the night before, whose dead a monitor counts
        "BEIRUT (AP) - Rockets struck a base housing US troops at the Conoco gas field on Thursday, hours after "
        "airstrikes on Wednesday night near al-Mayadin. The Syrian Observatory for Human Rights said six "
        "militiamen were killed there, and a local source put the dead at eight.\n",
        date(2024, 2, 1),  # a Thursday
        [dict(date="2024-02-01", site="conoco_gas_field"), dict(date="2024-01-31", site="al_mayadin")],
    ),
    (
        "cause-of-days-before-with-a-toll-stays-context",
        # the same told of a week before: context, however its toll is told
        "BEIRUT (AP) - Rockets struck a base housing US troops at the Conoco gas field on Thursday, a week after "
        "airstrikes near al-Mayadin. The Syrian Observatory for Human Rights said six militiamen died in those "
        "strikes.\n",
        date(2024, 2, 1),  # a Thursday
        [dict(date="2024-02-01", site="conoco_gas_field")],
    ),
    (
        "cause-of-the-day-before-without-a-toll-stays-context",
        # the strikes of the night before, with no toll or sentence of their own: the cause, not news
        "BEIRUT (AP) - Rockets struck a base housing US troops at the Conoco gas field on Thursday, hours after "
        "airstrikes on Wednesday night near al-Mayadin. The Pentagon said the raids answered attacks on its "
        "troops.\n",
        date(2024, 2, 1),  # a Thursday
        [dict(date="2024-02-01", site="conoco_gas_field")],
    ),
    (
        "live-report-of-the-past-hour-is-news",
        # a live page: "in the past hour" tells the last hour, not a recall of the past
        "LIVE: Tensions in eastern Syria\n\n"
        "19:40 GMT - Air defences at the coalition base at the Conoco gas field shot down two drones in the past "
        "hour, a local monitor says.\n",
        date(2024, 1, 28),
        [dict(date="2024-01-28", site="conoco_gas_field")],
    ),
    (
        "agency-report-of-the-past-few-hours-is-news",
        # an agency's "in the past few hours": the same
        "Deir ez-Zor (SANA) - Several rockets fell near the al-Omar oil field, where US occupation forces are "
        "deployed, in the past few hours, local sources said on Saturday.\n",
        date(2023, 8, 12),  # a Saturday
        [dict(date="2023-08-12", site="al_omar_oil_field")],
    ),
    (
        "a-roundup-item-headed-by-its-place-of-the-past-48-hours",
        # a local outlet's roundup of "the past 48 hours", each item headed by its town: an item whose words name
        # only a village the gazetteer does not know is at its head's town, and an item of two days before is news
        "Furat Monitor – 12 March 2024\n\n"
        "Our team recorded the following incidents in the past 48 hours:\n\n"
        "Thiban: Gunmen attacked an SDF checkpoint at dawn today, wounding one fighter.\n\n"
        "Al-Busayrah: Two shells fired from government positions in the village of al-Jurdiyah fell on Sunday on "
        "a market, causing material damage.\n",
        date(2024, 3, 12),  # a Tuesday
        [dict(date="2024-03-12", site="thiban"), dict(date="2024-03-10", site="al_busayrah")],
    ),
    (
        "a-monitor-s-items-of-the-last-three-days-headed-by-town",
        # the same in a monitor's wording: "documented ... over the last three days"
        "Eastern countryside: our correspondents documented these events over the last three days.\n\n"
        "Hajin: An explosive device went off on Saturday near a patrol of the SDF, killing two of its members.\n\n"
        "Al-Shuhail: Unknown gunmen fired on a house in the al-Hamra quarter on Monday, wounding a child.\n",
        date(2023, 6, 13),  # a Tuesday
        [dict(date="2023-06-10", site="hajin"), dict(date="2023-06-12", site="al_shuhail")],
    ),
    (
        "apposition-locates-the-camp-by-the-city",
        "U.S. aircraft struck ammunition bunkers on Tuesday evening, CENTCOM said. Activists said the targets were at "
        "the Ayash camp, a militia compound and depot northwest of the city of Deir ez-Zor.\n",
        date(2022, 8, 24),  # a Wednesday
        [dict(date="2022-08-23", site="ayash", perpetrator=US)],
    ),
    (
        "telegram-forwarded-posts-and-a-denial",
        "Daily digest (channel repost)\n\n[14.03.2024 08:10] Forwarded from: Resistance News\nThe Mujahideen of the "
        "Islamic Resistance in Iraq targeted at dawn today the occupation base at the Conoco field with a drone.\n\n"
        "[14.03.2024 12:40] Forwarded from: Iraq Monitor\nUS official: \"We have no indication of any attack on our "
        "forces at Conoco today.\"\n",
        None,
        [dict(date="2024-03-14", site="conoco_gas_field")],
    ),
    (
        "monitor-gunmen-shot-dead-a-notable",
        "Unidentified gunmen on a motorcycle shot dead a tribal notable yesterday evening near his house in the town of "
        "Thiban, in the eastern countryside of Deir Ezzor, SOHR activists said. Landmines have so far killed at least "
        "nine civilians in the province since the beginning of the year.\n",
        date(2022, 6, 14),
        [dict(date="2022-06-13", site="thiban", killed=1)],
    ),
    (
        "press-release-gunships-of-the-response",
        "U.S. attack helicopters and gunships engaged the rocket launch team near the village of Hatla on Wednesday "
        "evening, destroying two vehicles, CENTCOM said.\n",
        date(2022, 8, 25),  # a Thursday
        [dict(date="2022-08-24", site="hatla", perpetrator=US)],
    ),
    (
        "newspaper-and-a-third-site-continues-the-list",
        "The strikes on Tuesday, carried out by F-15E jets, hit two depots near al-Mayadin, the riverside town, and a "
        "third site across the frontier near al-Qaim, in Iraq, officials said.\n",
        date(2023, 6, 14),  # a Wednesday
        [dict(date="2023-06-13", site="al_mayadin"), dict(date="2023-06-13", site="al_qaim")],
    ),
    (
        "newspaper-tally-by-a-day-and-an-earlier-attack-retold",
        "US jets hit militia depots in eastern Syria\n\nWASHINGTON — American F-15E jets struck two weapons depots near "
        "Albu Kamal on Friday, the Pentagon said, in answer to a string of rocket and drone attacks on US troops.\n\n"
        "The attacks began on Oct. 17. By Wednesday, US personnel in Iraq and Syria had been targeted at least 23 "
        "times, according to officials, most of them without harm. Nineteen service members were slightly hurt, most "
        "of them in a drone attack on Oct. 18 at the Tanf garrison. At Tanf, air defences downed one drone but the "
        "other struck a barracks.\n\nIran's foreign ministry rejected the accusations.\n",
        date(2023, 10, 28),  # a Saturday
        [dict(date="2023-10-27", site="albu_kamal", perpetrator=US)],
    ),
    (
        "kurdish-agency-the-first-strike-and-a-region-across-the-border",
        "QAMISHLI (North Press) – Turkish drones struck two sites in north-east Syria on Tuesday night, a day after "
        "Ankara said three of its soldiers died in fighting with PKK militants in the Kurdistan Region of Iraq.\n\n"
        "The first strike hit a grain silo on the edge of Qamishli at about 10 p.m., local sources said. Later that "
        "night, a drone targeted a gas station in rural al-Malikiyah, close to the border with Turkey and the "
        "Kurdistan Region, wounding two workers.\n",
        date(2024, 3, 6),  # a Wednesday
        [dict(date="2024-03-05", site="qamishli"), dict(date="2024-03-05", site="al_malikiyah")],
    ),
    (
        "monitor-tally-over-the-same-period",
        "ISIS cell kills three soldiers near al-Mayadin\n\nSOHR activists reported that ISIS cells attacked a regime "
        "army checkpoint on the outskirts of al-Mayadin yesterday, killing three soldiers. Since the beginning of the "
        "year, the Observatory has documented the deaths of 112 regime soldiers and militiamen in the Syrian desert. "
        "During the same period, Russian warplanes carried out hundreds of air strikes on ISIS hideouts in the Badia "
        "of Homs and Deir ez-Zor.\n",
        date(2024, 5, 9),
        [dict(date="2024-05-08", site="al_mayadin", perpetrator="ISIS", target="Syrian government")],
    ),
    (
        "wire-bombs-dropped-local-day-and-a-base-north-of-baghdad",
        "WASHINGTON (AP) — U.S. jets struck a compound used by Kataib Hezbollah in eastern Syria, the Pentagon said.\n\n"
        "Two F-15E jets dropped six guided bombs on the compound, near the border town of Albu Kamal, an official said. "
        "The strikes were carried out at about 7 p.m. EST on Tuesday, shortly after 2 a.m. Wednesday local time.\n\n"
        "Days earlier, rockets hit the Balad air base north of Baghdad, wounding a contractor.\n",
        date(2022, 3, 9),  # a Wednesday
        [dict(date="2022-03-09", site="albu_kamal", perpetrator=US)],
    ),
    (
        "translated-newspaper-a-named-night-beats-the-small-hours",
        "Dozens of fighters were killed overnight in Israeli strikes on the region of Deir ez-Zor.\n\nIn the night "
        "from Monday to Tuesday, Israeli aircraft struck weapons depots on the southern edge of the city of Deir "
        "ez-Zor, according to the OSDH. The official agency SANA reported an \"aggression\" at 2:20 in the morning, "
        "without giving a toll.\n",
        date(2022, 5, 10),  # a Tuesday
        [dict(date="2022-05-09", site="deir_ez_zor_city", perpetrator="Israel")],
    ),
    (
        "wire-a-weekday-told-beside-a-gmt-clock",
        "AMMAN (Reuters) - Warplanes believed to be Israeli struck militia depots in eastern Syria early on Thursday, "
        "residents said.\n\nThe state news agency said the \"aggression\" hit the outskirts of al-Mayadin at 0:40 a.m. "
        "local time (2140 GMT Wednesday), without giving a toll.\n",
        date(2022, 9, 15),  # a Thursday
        [dict(date="2022-09-15", site="al_mayadin")],
    ),
    (
        "wire-a-named-night-and-a-gmt-clock",
        "BEIRUT (AFP) - Warplanes believed to be Israeli pounded militia depots in eastern Syria overnight Wednesday to "
        "Thursday, a monitor said.\n\nThe state news agency said the \"aggression\" hit the outskirts of al-Mayadin at "
        "0:40 am (2140 GMT Wednesday), without giving a toll.\n",
        date(2022, 9, 15),  # a Thursday
        [dict(date="2022-09-14", site="al_mayadin")],
    ),
    (
        "defence-outlet-a-toll-then-the-attack-and-a-video-posted-later",
        "Five American troops were treated for concussions after a one-way drone struck the Conoco base in eastern "
        "Syria on Sunday, US officials said Wednesday.\n\nThe attack was not disclosed at the time. A Pentagon "
        "spokesman confirmed it at a briefing on Wednesday afternoon and blamed Iran-aligned groups.\n\nA little-known "
        "armed group posted a video on Telegram on Monday that it said showed a drone being launched toward the "
        "Conoco base.\n",
        date(2024, 9, 18),  # a Wednesday
        [dict(date="2024-09-15", site="conoco_gas_field", target=US)],
    ),
    (
        "translated-wire-a-day-that-opens-the-next-paragraph",
        "Beirut, 6 jun (EFE).- American aircraft bombed positions of pro-Iranian militias near the city of Albu Kamal "
        "in the night of Wednesday, according to the Syrian Observatory.\n\nThis Thursday, the tension returned. "
        "Around 07.30 local time, several rockets fell near the coalition base in the Conoco field, without causing "
        "victims, informed a spokesman of the coalition.\n",
        date(2024, 6, 6),  # a Thursday
        [dict(date="2024-06-05", site="albu_kamal"), dict(date="2024-06-06", site="conoco_gas_field")],
    ),
    (
        "channel-digest-day-marks-and-a-place-tag",
        "East Syria Now channel\n\n🗓 03.03.2025\n\n🔴 #Hajin | An explosive device went off last night near the main road "
        "in Hajin, wounding two members of the Military Council.\n\n🗓 04.03.2025\n\n🔴 #Jadid_Baggara | Unknown "
        "gunmen attacked a checkpoint of the SDF at the entrance of the village this evening, killing one member.\n",
        None,
        [dict(date="2025-03-02", site="hajin"), dict(date="2025-03-04", site=None, place_text="Jadid_Baggara")],
    ),
    (
        "defence-outlet-a-list-of-targets-and-a-town-across-the-border",
        "US jets bombed two sites in eastern Syria on Wednesday that the Pentagon tied to the IRGC.\n\nAccording to the "
        "Pentagon, F-15E jets hit a drone workshop near Albu Kamal, on the Syrian side of the border crossing with "
        "Iraq's al-Qaim, and a weapons store near al-Mayadin, a town on the western bank of the Euphrates.\n",
        date(2023, 11, 16),  # a Thursday
        [dict(date="2023-11-15", site="albu_kamal"), dict(date="2023-11-15", site="al_mayadin")],
    ),
    (
        "wire-tower-22-first-placed-at-its-neighbour",
        "AMMAN (AP) — Three American soldiers were killed and dozens wounded in a drone strike early Sunday on Tower "
        "22, a small US outpost in northeastern Jordan, US officials said.\n\nJordan's government at first said the "
        "strike had hit the al-Tanf garrison across the border in Syria, before acknowledging that the outpost was on "
        "Jordanian soil. Tower 22 supplies al-Tanf, which sits inside a 55-kilometer deconfliction zone.\n",
        date(2024, 1, 29),
        [],
    ),
    (
        "monitor-weekly-digest-items-with-their-own-days",
        "Weekly report: Deir Ezzor in a week\n\nOur correspondents monitored these incidents in the eastern "
        "countryside:\n\n- Monday 06/03/2023: Gunmen on a motorcycle shot dead an SDF member at a checkpoint in "
        "Hajin, then fled.\n\n- Wednesday 08/03/2023: A cell attacked an SDF post in the town of al-Shuhail with "
        "light weapons in the evening hours, wounding two members.\n",
        date(2023, 3, 11),
        [dict(date="2023-03-06", site="hajin"), dict(date="2023-03-08", site="al_shuhail")],
    ),
    (
        "local-monitor-a-drone-seen-before-and-a-drill-across-the-river",
        "An unidentified drone struck a car of the Revolutionary Guards near Albu Kamal yesterday evening, killing two "
        "members, the correspondent said.\n\nThe correspondent said that a day before the strike, on Monday, a "
        "reconnaissance drone was seen flying for hours over the area.\n\nOn the other side of the river, the "
        "coalition conducted a military exercise with live ammunition at the al-Omar oil field on Sunday, and "
        "residents of Thiban heard strong explosions.\n",
        date(2023, 7, 12),  # a Wednesday
        [dict(date="2023-07-11", site="albu_kamal")],
    ),
    (
        "monitor-monthly-tally-and-its-deadliest-example",
        "ISIS operations in SDF areas in July\n\nIn July alone, SOHR documented 17 ISIS operations in the SDF-held "
        "areas of Deir Ezzor, which killed 11 people, the deadliest of which was an ambush on the road between "
        "al-Shuhail and al-Busayrah on July 12 which killed three SDF members.\n",
        date(2025, 8, 2),
        [],
    ),
    (
        "press-release-targets-listed-after-a-colon",
        "Statement on US strikes in eastern Syria\n\nAt the President's direction, US forces today struck two sites "
        "in eastern Syria used by the IRGC and affiliated groups: an ammunition bunker close to Albu Kamal, and a "
        "command post south of al-Mayadin.\n",
        date(2023, 12, 4),
        [dict(date="2023-12-04", site="albu_kamal", perpetrator=US), dict(date="2023-12-04", site="al_mayadin", perpetrator=US)],
    ),
    (
        "wire-monitor-lists-a-second-town-after-and",
        "The United States struck dozens of targets in Iraq and Syria on Friday, the Pentagon said.\n\nThe Syrian "
        "Observatory for Human Rights said the strikes in Syria hit positions in and around Albu Kamal, near the "
        "Iraqi border, and in the town of al-Mayadin, killing at least 18 fighters.\n",
        date(2024, 2, 3),  # a Saturday
        [dict(date="2024-02-02", site="albu_kamal"), dict(date="2024-02-02", site="al_mayadin")],
    ),
    (
        "newspaper-a-paragraph-per-town",
        "American bombers struck militia facilities in eastern Syria on Friday night, the Pentagon said.\n\nIn "
        "al-Mayadin, residents said a missile hit a building the militias used as a headquarters. In Albu Kamal, "
        "strikes hit positions near the border crossing with Iraq.\n",
        date(2024, 2, 3),  # a Saturday
        [dict(date="2024-02-02", site="al_mayadin"), dict(date="2024-02-02", site="albu_kamal")],
    ),
    (
        "kurdish-agency-the-road-that-links-it-to-a-town",
        "DEIR EZ-ZOR – Gunmen on two motorcycles attacked a checkpoint of the Military Council at the eastern "
        "entrance of Hajin, near the road that links it to Abu Kamal, at around 22:00 on Monday night, the agency's "
        "correspondent said.\n",
        date(2019, 7, 16),  # a Tuesday
        [dict(date="2019-07-15", site="hajin")],
    ),
    (
        "iraqi-statement-aside-of-duty-then-the-place",
        "BAGHDAD - The Popular Mobilisation Forces said on Tuesday that American aircraft bombed the headquarters "
        "of its 45th brigade, charged with protecting the frontier from infiltrators, in the al-Qaim district "
        "late on Monday, killing two of its fighters.\n",
        date(2022, 3, 8),  # a Tuesday
        [dict(date="2022-03-07", site="al_qaim")],
    ),
    (
        "monitor-keeping-fighters-from-a-town-then-the-place",
        "Unidentified drones struck a convoy of trucks that had come from Iraq, near the town of Albu Kamal, "
        "overnight, the monitor said.\n\nA second strike, which militia commanders said had kept them from "
        "moving, hit a depot in al-Mayadin on Thursday.\n",
        date(2023, 5, 12),  # a Friday
        [dict(date="2023-05-11", site="albu_kamal"), dict(date="2023-05-11", site="al_mayadin")],
    ),
    (
        "translated-french-the-region-of-deir-ezzor",
        "Les frappes: according to the OSDH, aircraft struck an arms depot of pro-Iranian fighters in the region "
        "of Deir Ezzor in the night of Sunday to Monday, leaving at least nine dead.\n",
        date(2021, 3, 2),  # a Tuesday
        [dict(date="2021-02-28", site="deir_ez_zor_province")],
    ),
    (
        "defence-paper-two-targets-then-the-nth-round",
        "American warplanes hit an ammunition depot near al-Mayadin and a command post near Albu Kamal on "
        "Tuesday, the fourth round of US strikes on Iran-aligned groups this year, a defence official said.\n",
        date(2024, 5, 15),  # a Wednesday
        [dict(date="2024-05-14", site="al_mayadin"), dict(date="2024-05-14", site="albu_kamal")],
    ),
    (
        "telegram-roundup-ranks-the-most-targeted-bases",
        "Daily roundup, 12.03.2024\n\nA drone struck the US base at Kharab al-Jir this morning, the Islamic "
        "Resistance in Iraq said in a statement on its channel.\n\nIn Syria, the most targeted US positions so far "
        "have been Conoco, al-Shaddadi and al-Tanf.\n",
        date(2024, 3, 12),
        [dict(date="2024-03-12", site="kharab_al_jir")],
    ),
    (
        "wire-a-jet-brought-down-a-drone",
        "A US F-15 brought down an armed drone of pro-regime forces near the al-Tanf garrison late on Sunday, a "
        "coalition spokesman said.\n",
        date(2017, 6, 13),  # a Tuesday
        [dict(date="2017-06-11", site="al_tanf")],
    ),
    (
        "coalition-a-threatening-manner-is-no-threat-of-the-future",
        "The coalition said an armed drone was approaching its advisers in a threatening manner when it was shot "
        "down late on Sunday near the al-Tanf garrison.\n",
        date(2017, 6, 13),  # a Tuesday
        [dict(date="2017-06-11", site="al_tanf")],
    ),
    (
        "monitor-said-opens-the-reported-clause-with-its-party",
        "The Observatory said US aircraft struck a militia depot near al-Mayadin on Sunday night, killing three "
        "fighters.\n",
        date(2019, 9, 10),  # a Tuesday
        [dict(date="2019-09-08", site="al_mayadin", perpetrator="US-led coalition", target="Iran-backed militias")],
    ),
    (
        "wire-a-short-while-ago-and-simultaneously-tell-the-news-day",
        "Monitor sources said US aircraft struck militia depots near al-Mayadin on Sunday night, killing four.\n\n"
        "A short while ago, several rockets were fired at the coalition base at the Conoco field, the sources "
        "added. Simultaneously, rockets fell near the US base in the al-Omar oil field.\n",
        date(2023, 7, 11),  # a Tuesday
        [dict(date="2023-07-09", site="al_mayadin"), dict(date="2023-07-11", site="conoco_gas_field"),
         dict(date="2023-07-11", site="al_omar_oil_field")],
    ),
    (
        "monitor-a-village-in-a-town's-area-is-one-place",
        # the town named as the area only locates the village before it: one incident, at the village
        "Gunmen shot dead a teacher in al-Kishkiyah, in the Hajin area, on Monday afternoon, a local network said.\n",
        date(2024, 3, 12),  # a Tuesday
        [dict(date="2024-03-11", site="al_kishkiyah")],
    ),
    (
        "telegram-a-village-comma-a-town's-area-is-one-place",
        "An IED wounded two SDF fighters in al-Kishkiyah village, Thiban area, at dawn on Monday.\n",
        date(2024, 3, 12),  # a Tuesday
        [dict(date="2024-03-11", site="al_kishkiyah")],
    ),
    (
        "kurdish-agency-what-a-place-serves-for-is-no-event-there",
        # the desert the cells use as a shelter for their attacks is no place of an incident
        "An IED killed two SDF fighters in Hajin on Monday. The council said ISIS cells use the desert south of "
        "Hajin and al-Kishkiyah as a shelter and a point of departure for their attacks.\n",
        date(2024, 3, 12),  # a Tuesday
        [dict(date="2024-03-11", site="hajin")],
    ),
    (
        "local-site-a-practice-told-of-many-raids-is-no-raid",
        # "some of its raids": what the coalition is accused of doing, not a raid of the day at those towns
        "An IED killed two SDF fighters in Thiban on Monday. Activists accuse the coalition of using white phosphorus "
        "in some of its raids on Hajin and al-Kishkiyah, which it denies.\n",
        date(2024, 3, 12),  # a Tuesday
        [dict(date="2024-03-11", site="thiban")],
    ),
    (
        "monitor-a-drone-on-a-car-in-al-susah",
        "SOHR said a drone struck a car in al-Susah village in the eastern Deir ez-Zor countryside on Monday, killing two men.\n",
        date(2024, 3, 12),  # a Tuesday
        [dict(date="2024-03-11", site="al_susah")],
    ),
    (
        "local-network-a-landmine-in-al-soussa",
        "Two civilians were killed when a landmine exploded in al-Soussa, east of Deir ez-Zor, on Sunday, local sources said.\n",
        date(2024, 3, 12),  # a Tuesday
        [dict(date="2024-03-10", site="al_susah")],
    ),
    (
        "telegram-the-town-named-as-the-area-is-not-the-site",
        # the village is the site; the town named as its area only locates it
        "Gunmen on a motorcycle shot dead the mukhtar of al-Susah village, Hajin area, on Monday afternoon.\n",
        date(2024, 3, 12),  # a Tuesday
        [dict(date="2024-03-11", site="al_susah")],
    ),
    (
        "local-network-an-explosive-device-in-al-shafa",
        "An explosive device went off in al-Shafa, on the east bank facing Albu Kamal, on Sunday, wounding three SDF fighters.\n",
        date(2024, 3, 12),  # a Tuesday
        [dict(date="2024-03-10", site="al_shafa")],
    ),
    (
        "wire-a-road-named-after-a-comma-is-no-second-place",
        # the towns that name the road, set off by a comma, are no second place hit
        "ISIS gunmen attacked an army checkpoint near al-Quriyah, on the Deir ez-Zor-Albu Kamal road, on Saturday, "
        "killing three soldiers.\n",
        date(2024, 3, 12),  # a Tuesday
        [dict(date="2024-03-09", site="al_quriyah")],
    ),
    (
        "state-media-a-sector-located-from-the-city",
        "A bus carrying soldiers was hit by an ISIS ambush on Wednesday in the sector of Kabajeb, in the desert "
        "south-west of the city of Deir ez-Zor, SANA said.\n",
        date(2020, 12, 31),  # a Thursday
        [dict(date="2020-12-30", site=None, place_text="Kabajeb")],
    ),
    (
        "state-media-the-towns-a-road-links-only-locate-it",
        "SANA said a landmine left by ISIS hit a shepherd on the road between al-Mayadin and Palmyra, in the "
        "sector of Faydat Ibn Muwayni, on Tuesday evening.\n",
        date(2021, 2, 3),  # a Wednesday
        [dict(date="2021-02-02", site=None)],
    ),
    (
        "newspaper-the-day-of-what-was-answered-is-not-the-answer's",
        "US warplanes pounded weapons depots of Iran-backed groups in eastern Syria, in a long-awaited response to "
        "a rocket attack that wounded two American soldiers at the Green Village base last weekend.\n"
        "The strikes targeted positions near al-Mayadin on Thursday night, the Syrian Observatory for Human Rights "
        "said, killing at least nine fighters.\n",
        date(2025, 3, 15),  # a Saturday
        [dict(date="2025-03-13", site="al_mayadin", perpetrator=US)],
    ),
    (
        "newspaper-the-place-of-what-was-answered-is-not-the-answer's",
        "US warplanes pounded weapons depots of Iran-backed groups in eastern Syria on Friday, in a long-awaited "
        "response to a rocket attack that wounded two American soldiers at the Green Village base on Monday.\n",
        date(2025, 3, 15),
        [],  # the strikes are not placed at the base whose attack they answered
    ),
    (
        "monitor-an-event-noun-that-hit-reports",
        "A blast killed two fighters at a checkpoint near al-Busayrah on Thursday evening, residents said.\n",
        date(2025, 3, 15),
        [dict(date="2025-03-13", site="al_busayrah")],
    ),
    (
        "wire-one-more-place-in-the-desert-near",
        "The Observatory said 14 fighters were killed in the overnight strikes. It said the raids hit positions in "
        "al-Mayadin, in and around Albu Kamal, and in the desert near the Ayash depots west of Deir ez-Zor city.\n",
        date(2025, 3, 15),
        [dict(site="al_mayadin"), dict(site="albu_kamal"), dict(site="ayash")],
    ),
    (
        "monitor-a-toll-by-place-lists-two-strikes",
        "Overnight US strikes killed seven militiamen, the Observatory said on Saturday: five died when a missile "
        "hit a depot in the al-Joura district, in the city of Deir ez-Zor, two others in an air raid near the town "
        "of Albu Kamal.\n",
        date(2025, 3, 15),
        [dict(date="2025-03-14", site="deir_ez_zor_city"), dict(date="2025-03-14", site="albu_kamal")],
    ),
    (
        "agency-a-paragraph-whose-day-the-sentence-before-set",
        "Government artillery shelled the village of Diban on Saturday, killing two civilians, local sources said.\n"
        "On Friday, tribal fighters took over three checkpoints in the town of al-Busayrah. Four SDF members were "
        "killed in the fighting in al-Busayrah, the sources said.\n",
        date(2025, 3, 16),  # a Sunday
        [dict(date="2025-03-15", site="thiban"), dict(date="2025-03-14", site="al_busayrah")],
    ),
    (
        "state-media-the-towns-that-name-a-road-only-locate-it",
        "ISIS gunmen ambushed a fuel tanker on the Deir ez-Zor - Palmyra road near the village of Kabajeb on "
        "Tuesday, killing its driver, SANA reported.\n",
        date(2021, 2, 3),  # a Wednesday
        [dict(date="2021-02-02", site=None, place_text="Kabajeb")],
    ),
    (
        "state-media-the-desert-of-a-city-is-its-province",
        "A landmine blast killed three soldiers in the desert of Deir ez-Zor on Monday, SANA said.\n",
        date(2021, 3, 2),  # a Tuesday
        [dict(date="2021-03-01", site="deir_ez_zor_province")],
    ),
    (
        "monitor-a-toll-told-to-our-network-on-a-later-day",
        "ISIS fighters ambushed an army bus in the desert of Deir ez-Zor on Wednesday afternoon, SANA said.\n"
        "The death toll of the attack on the bus in the desert south of al-Mayadin has risen to 30, local sources "
        "told our network on Thursday morning.\n",
        date(2020, 12, 31),  # a Thursday
        [dict(date="2020-12-30", site="al_mayadin")],  # one ambush, on the day it happened
    ),
    (
        "wire-a-quoted-today-in-the-next-day's-story",
        "Drones and rockets struck the coalition base at the Conoco gas field on Tuesday, officials said.\n"
        "\"We can confirm that today there was an attack on the Conoco facility and that no one was hurt,\" a "
        "coalition spokesman told reporters.\n",
        date(2023, 10, 25),  # a Wednesday
        [dict(date="2023-10-24", site="conoco_gas_field")],  # the spokesman spoke on Tuesday
    ),
    (
        "agency-live-rounds-fired-at-protesters-are-no-drill",
        "SDF members fired live ammunition to disperse hundreds of protesters in the town of al-Busayrah late on "
        "Tuesday, killing a teenager, local sources said.\n",
        date(2019, 5, 1),  # a Wednesday
        [dict(date="2019-04-30", site="al_busayrah")],
    ),
    (
        "ministry-attacked-by-fighters-near-a-town-while-moving-south-of-another",
        "Government troops moving south of Hasakah came under attack from SDF fighters near al-Shaddadi late on "
        "Monday, the defence ministry said.\n",
        date(2026, 1, 20),  # a Tuesday
        [dict(date="2026-01-19", site="shaddadi")],
    ),
    (
        "wire-a-denial-of-having-attacked-reports-no-attack",
        "BEIRUT (Reuters) - U.S. air strikes on Iran-aligned militia positions near Albu Kamal killed at least "
        "nine fighters on Wednesday, a war monitor said.\n"
        "The Pentagon said the strikes hit a depot used by Iran's Revolutionary Guards and affiliated groups, in "
        "response to a string of attacks on U.S. personnel in Iraq and Syria since October 17.\n"
        "A commander of an Iraqi armed faction told Reuters that three of its members were killed in the strike "
        "on Albu Kamal, and denied that the group had attacked U.S. forces.\n",
        date(2023, 11, 9),  # a Thursday
        [dict(date="2023-11-08", site="albu_kamal", perpetrator=US)],
    ),
    (
        "newspaper-hours-later-counts-from-the-retold-news-not-the-war-it-belongs-to",
        "WASHINGTON — A one-way drone struck a U.S. base in northeastern Syria early Thursday, lightly wounding two "
        "soldiers, the Pentagon said, the latest in a wave of attacks that began after the Oct. 7 Hamas assault on "
        "Israel.\n"
        "The drone hit a housing area at the Rumalyn Landing Zone at about 5 a.m., an official said.\n"
        "Hours later, U.S. F-15E jets struck a storage site near Mayadeen used by the Revolutionary Guards.\n",
        date(2023, 11, 16),  # a Thursday
        [dict(date="2023-11-16", site="rumailan"), dict(date="2023-11-16", site="al_mayadin", perpetrator=US)],
    ),
    (
        "newspaper-a-list-of-bases-targeted-several-times-is-no-news",
        "WASHINGTON — An attack drone hit a U.S. base in northeastern Syria early Thursday, lightly wounding two "
        "soldiers, the Pentagon said, the latest in a wave of attacks since the Oct. 7 Hamas assault on Israel.\n"
        "Militias have also targeted the al-Omar oil field, the biggest U.S. position in the country, and the "
        "Conoco gas plant several times. On Monday, rockets were fired at the Shaddadi base, a U.S. official said.\n",
        date(2023, 11, 16),  # a Thursday
        [dict(date="2023-11-13", site="shaddadi")],
    ),
    (
        "translated-a-night-announced-after-it-and-shells-shot-in-reply",
        "(ATS/AFP) The coalition base in the gas field of Conoco, in the province of Deir Ezzor, was the target "
        "of a drone attack during the night from Sunday to Monday, announced the Syrian Observatory of Human "
        "Rights (OSDH).\n"
        "In reply, the American forces shot several artillery shells on the region of Mayadine, held by the "
        "militias, added the OSDH.\n",
        date(2023, 8, 29),  # a Tuesday
        [dict(date="2023-08-27", site="conoco_gas_field", target=US),
         dict(date="2023-08-27", site="al_mayadin", perpetrator=US, event_type=SHELL)],
    ),
    (
        "iranian-the-members-of-a-series-the-news-belongs-to-are-recalled",
        "The Islamic Resistance in Iraq said its drones struck the US occupation base at the Conoco field on "
        "Sunday night.\n"
        "Sunday's attack is one of a string of operations mounted against American bases in the past ten days, "
        "including the Rumailan base in Hasakah and the Harir base in Erbil.\n",
        date(2023, 10, 30),  # a Monday
        [dict(date="2023-10-29", site="conoco_gas_field")],
    ),
    (
        "monitor-a-weekly-report-lists-the-week-s-events-as-its-news",
        "Weekly report: the security situation in Deir Ezzor (03/03/2021 – 09/03/2021)\n\n"
        "Posted on 10/03/2021\n\n"
        "Our network monitored during the past week several security events in the eastern countryside.\n\n"
        "04/03/2021 – Hajin: Unknown gunmen shot dead a man near the al-Hal market in the evening, then fled.\n\n"
        "06/03/2021 – al-Busayrah: A roadside bomb exploded near a vehicle of the SDF on the outskirts of the "
        "town, wounding two fighters.\n",
        None,
        [dict(date="2021-03-04", site="hajin"), dict(date="2021-03-06", site="al_busayrah")],
    ),
    (
        "wire-first-of-several-rounds-of-retaliation-for-an-older-attack",
        # "in the first of ... several rounds of retaliation for" a rocket attack "last Tuesday": the day of
        # the attack answered is not the strikes' day (the next sentence gives it), nor is its base struck
        "WASHINGTON (Reuters) - U.S. warplanes struck a weapons depot of Iran-backed militias near al-Mayadin, in "
        "the first of what officials called several rounds of retaliation for a rocket attack that wounded four "
        "U.S. troops at the Conoco base last Tuesday.\n\n"
        "The strikes were carried out early on Saturday, a defence official said.\n",
        date(2023, 11, 11),  # a Saturday
        [dict(date="2023-11-11", site="al_mayadin")],
    ),
    (
        "wire-second-wave-of-retaliation-for-last-weekends-attack",
        # "in the second wave of retaliation for" a rocket attack "last weekend": the answered attack's time
        # is not the strikes' day, which the next sentence gives
        "BAGHDAD/BEIRUT (Reuters) - U.S. jets struck two weapons depots of Iran-backed militias near Albu Kamal, "
        "in the second wave of retaliation for a rocket attack that wounded three soldiers at the Green Village "
        "base last weekend.\n\n"
        "The strikes were carried out on Sunday evening, a U.S. defence official said.\n",
        date(2023, 11, 14),  # a Tuesday
        [dict(date="2023-11-12", site="albu_kamal")],
    ),
    (
        "iranian-outlet-as-part-of-its-retaliation-for-a-dated-attack",
        # "as part of its retaliation for an attack ... on January 28": that day is the cause's, not the raids'
        "Press TV - The US military has launched airstrikes on positions of resistance groups around al-Mayadin "
        "as part of its retaliation for an attack on a military outpost in Jordan on January 28.\n\n"
        "Local sources said the raids hit the area late on Friday.\n",
        date(2024, 2, 3),  # a Saturday
        [dict(date="2024-02-02", site="al_mayadin")],
    ),
    (
        "monitor-third-stage-of-washingtons-response-to-a-tuesday-barrage",
        # "in the third stage of Washington's response to" a barrage "on Tuesday": the raid's day is Thursday
        "SOHR: US forces struck a militia depot in the desert of al-Quriyah, in the third stage of Washington's "
        "response to a rocket barrage on al-Omar oil field on Tuesday. Observatory sources said the raid took "
        "place at dawn on Thursday.\n",
        date(2023, 10, 27),  # a Friday
        [dict(date="2023-10-26", site="al_quriyah")],
    ),
    (
        "kurdish-agency-opening-phase-of-the-coalitions-reprisal-undated",
        # the news gives no day of its own, only the cause's ("last week"): it is of the day of the report
        "QAMISHLI, ANHA - Coalition aircraft bombed a headquarters of the government-backed militias in the town "
        "of Hatla, in the opening phase of the coalition's reprisal for the shelling of its base at Conoco field "
        "last week, local sources said.\n",
        date(2024, 8, 13),
        [dict(date="2024-08-13", site="hatla")],
    ),
    (
        "afp-first-wave-of-retaliation-town-by-town",
        # a town-by-town rundown after a lead whose only day is the cause's "last weekend": the rundown's towns
        # are of the strikes' day, told in a sentence of their own
        "Beirut (AFP) - The United States hit dozens of targets in eastern Syria and western Iraq, in the first "
        "wave of retaliation for a drone strike that killed two American soldiers last weekend.\n\n"
        "The strikes began at around 11 pm on Friday, monitors said.\n\n"
        "In Iraq, a government spokesman said 12 people were killed in the strikes on al-Qaim.\n",
        date(2024, 3, 9),  # a Saturday
        [dict(date="2024-03-08", site="al_qaim")],
    ),
    (
        "russian-outlet-as-part-of-washingtons-response-to-a-sunday-attack",
        # "as part of Washington's response to" a drone attack "on Sunday": the raid's own day follows
        "MOSCOW, Sputnik - US warplanes bombed a convoy of trucks near Khasham as part of Washington's response to "
        "a drone attack on the Conoco base on Sunday, a source in the region told Sputnik.\n\n"
        "The bombing took place on Wednesday night, the source said.\n",
        date(2024, 7, 12),  # a Friday
        [dict(date="2024-07-10", site="khasham")],
    ),
    (
        "wire-which-had-relative-clause-dates-the-place-not-the-attack",
        # "al-Busayrah, which had been handed over to the council last month": the relative clause in the
        # pluperfect recalls its own time; the attack told with no day of its own is of the report's day
        "BEIRUT (Reuters) - Gunmen attacked a checkpoint of the Syrian Democratic Forces in al-Busayrah, which had "
        "been handed over to the Deir ez-Zor Military Council last month, killing two fighters, a war monitor said.\n",
        date(2024, 3, 14),
        [dict(date="2024-03-14", site="al_busayrah")],
    ),
    (
        "kurdish-agency-which-had-been-reopened-on-a-date",
        # "the Hajin road, which had been reopened on 2 May": that day is the road's, not the blast's
        "HASAKAH, ANHA - An explosive device targeted a vehicle of the Deir ez-Zor Military Council in the town of "
        "Hajin, which had been reopened to traffic on 2 May, wounding two members, ANHA's correspondent reported.\n",
        date(2023, 5, 20),
        [dict(date="2023-05-20", site="hajin")],
    ),
    (
        "russian-outlet-which-had-been-attacked-the-previous-week",
        # the place's earlier attack ("which had been attacked ... last week") does not date the shelling
        "MOSCOW, Sputnik - Militants shelled the Deir ez-Zor military airport, which had been attacked by drones "
        "last week, a source in the Syrian army told Sputnik, adding that no casualties were reported.\n",
        date(2021, 11, 4),
        [dict(date="2021-11-04", site="deir_ez_zor_airport")],
    ),
    (
        "aa-which-had-entered-after-a-withdrawal-last-week",
        # the chain "which had entered the town after the withdrawal ... last week" recalls one earlier event;
        # the fighting told with its toll in a sentence of its own is of the report's day
        "ANKARA (AA) - Tribal fighters took control of the town of al-Shuhail after clashes with the YPG/PKK "
        "terror group, which had entered the town after the withdrawal of regime forces last week.\n\n"
        "At least five tribal fighters and nine terrorists were killed in the clashes in the morning, local sources "
        "said.\n",
        date(2024, 12, 10),
        [dict(date="2024-12-10", site="al_shuhail")],
    ),
    (
        "monitor-which-had-been-used-since-friday-strike-today",
        # "which had been used ... last Friday" recalls; the strike is "at dawn today"
        "SOHR: Coalition aircraft struck a truck near al-Quriyah, which had been used by Iranian-backed militias to "
        "move weapons last Friday, at dawn today, killing its driver.\n",
        date(2022, 9, 6),
        [dict(date="2022-09-06", site="al_quriyah")],
    ),
(
        "state-media-which-had-witnessed-protests-on-friday",
        # the village "which had witnessed protests ... on Friday": Friday is the protests', not the raid's
        "DEIR EZZOR, (SANA) - US occupation helicopters attacked the town of Thiban, which had witnessed protests "
        "against the occupation and its SDF militia on Friday, and abducted four civilians, local sources said.\n",
        date(2023, 9, 5),  # a Tuesday
        [dict(date="2023-09-05", site="thiban")],
    ),
    (
        "wire-followed-strikes-on-a-date-and-a-dated-strike-at-the-same-town",
        # "followed US strikes on Oct. 3 near X, and a Oct. 9 strike on a depot near Mayadin": the second item
        # of the list the news came after is earlier too, and does not take the news told at Mayadin
        "WASHINGTON (AP) - U.S. jets struck a weapons depot near al-Mayadin and a command post near Albu Kamal on "
        "Saturday, the Pentagon said.\n\n"
        "Saturday's strikes followed U.S. raids on Oct. 3 on two ammunition stores near Albu Kamal, and an Oct. 9 "
        "strike on a militia headquarters near al-Mayadin.\n",
        date(2024, 10, 13),  # a Sunday
        [dict(date="2024-10-12", site="al_mayadin"), dict(date="2024-10-12", site="albu_kamal")],
    ),
    (
        "kurdish-agency-came-after-an-attack-and-another-attack-on-the-base",
        # "came days after an attack on Conoco ... and another attack on the same base on Sunday": both recalled
        "QAMISHLI, ANHA - Rockets targeted the base of the international coalition at Conoco field on Wednesday "
        "evening, causing material damage.\n\n"
        "The attack came days after a drone attack on the al-Omar field, and another attack on the Conoco base on "
        "Sunday, according to local sources.\n",
        date(2023, 10, 26),  # a Thursday
        [dict(date="2023-10-25", site="conoco_gas_field")],
    ),
    (
        "state-media-in-response-to-shelling-and-a-raid-on-the-same-village",
        # "in response to shelling ... and a raid on Thiban last Friday": the raid is one more cause, not the news
        "DEIR EZZOR, (SANA) - Tribal fighters attacked positions of the SDF militia in the town of Thiban on Tuesday, "
        "in response to shelling of their villages, and a raid on Thiban last Friday in which the militia "
        "abducted ten young men, local sources said.\n",
        date(2023, 9, 6),  # a Wednesday
        [dict(date="2023-09-05", site="thiban")],
    ),
    (
        "russian-outlet-undated-news-and-a-listed-earlier-strike-at-the-same-town",
        # the news names no day of its own (the report's day); the list of what it followed names a dated
        # strike at the same town: that strike stays recalled, the news at the town stays news
        "MOSCOW, TASS - US aircraft have struck a depot near the town of al-Mayadin and a checkpoint near Albu Kamal, "
        "a source in the Syrian security services told TASS.\n\n"
        "The raids followed US strikes on March 2 near al-Qaim, and a March 9 strike on a warehouse near "
        "al-Mayadin.\n",
        date(2024, 3, 14),
        [dict(date="2024-03-14", site="al_mayadin"), dict(date="2024-03-14", site="albu_kamal")],
    ),
    (
        "state-media-their-latest-reprisal-for-an-attack-on-monday",
        # the cause in apposition, "their latest reprisal for an attack ... on Monday": the aggression told
        # with no day of its own is of the day of the report, not of Monday
        "DEIR EZZOR, (SANA) - Aircraft of the American occupation launched an aggression on positions on the "
        "outskirts of Albu Kamal city, their latest reprisal for an attack on the occupation base in al-Omar oil "
        "field on Monday.\n\n"
        "A local source said the raids destroyed two vehicles and caused material damage.\n",
        date(2024, 8, 9),  # a Friday
        [dict(date="2024-08-09", site="albu_kamal")],
    ),
    (
        "iranian-outlet-latest-of-several-rounds-of-retaliation",
        "Tehran (IRNA) - US fighter jets bombed a headquarters of the resistance groups in the countryside of "
        "Deir ez-Zor, the latest of several rounds of retaliation for drone attacks on American bases in Syria "
        "over the past week, local sources reported on Saturday.\n",
        date(2024, 1, 6),  # a Saturday
        [dict(date="2024-01-06", site="deir_ez_zor_province")],
    ),
    (
        "lead-sums-up-the-past-three-days-then-tells-each",
        # a lead that sums up the last days ("over the past three days") reports the incidents of those
        # days the next paragraphs tell, the oldest too
        "Three SDF members were killed in separate attacks by gunmen in the eastern countryside of Deir ez-Zor "
        "over the past three days, local sources said.\n\n"
        "The killings come amid growing anger among Arab tribes over the SDF's security campaign in the area.\n\n"
        "On Sunday night, gunmen on a motorcycle shot dead an SDF fighter near his home in the town of Thiban.\n\n"
        "On Tuesday morning, two members of the SDF were killed when gunmen opened fire on their checkpoint at "
        "the entrance of the town of al-Busayrah.\n\n"
        "Earlier this month, on May 4, a landmine killed a shepherd near the town of Hajin.\n",
        date(2024, 5, 15),  # a Wednesday (the item of May 4 is older than the days summed up)
        [dict(date="2024-05-12", site="thiban"), dict(date="2024-05-14", site="al_busayrah")],
    ),
    (
        "agency-lead-during-the-past-two-days-with-dated-items",
        # the same in a Kurdish agency's wording, its items dated by day and month
        "QAMISHLO (North Press) - Two members of the Internal Security Forces were wounded in two attacks by "
        "mercenary cells in the countryside of Deir ez-Zor during the past two days.\n\n"
        "Officials of the Autonomous Administration called on residents to report suspicious movements.\n\n"
        "On 3 November, an explosive device went off near a patrol in the town of al-Shuhail, wounding one "
        "member.\n\n"
        "On 4 November, gunmen fired on a checkpoint in the town of Hajin, wounding another member.\n",
        date(2025, 11, 5),
        [dict(date="2025-11-03", site="al_shuhail"), dict(date="2025-11-04", site="hajin")],
    ),
    (
        "monitor-monthly-tally-names-a-lesser-attack-with-its-day",
        # a month's report that adds "several other attacks ..., including" one named with its own place and
        # day: that item is one of the month's, as much as the listed ones
        "ISIS cells in October | 9 attacks in Deir Ezzor countryside\n\n"
        "November 1, 2024\n\n"
        "SOHR activists have documented nine attacks by ISIS cells in areas held by the SDF in Deir Ezzor "
        "during the month of October 2024.\n\n"
        "- On October 8, ISIS gunmen attacked an SDF checkpoint near al-Busayrah, killing two members.\n\n"
        "SOHR also documented several other attacks which caused no casualties, including the burning of a "
        "vehicle of an SDF official in Thiban on October 21.\n",
        None,
        [dict(date="2024-10-08", site="al_busayrah"), dict(date="2024-10-21", site="thiban")],
    ),
    (
        "agency-weekly-report-many-attacks-including-one-dated",
        # a week's report of an agency in the same shape
        "Weekly security report: Deir ez-Zor countryside, 10-16 March 2025\n\n"
        "On 11 March, an IED exploded near a military vehicle of the SDF in the town of Hajin, wounding three "
        "fighters.\n\n"
        "The cells also carried out a number of attacks on the homes of council employees, including an attack "
        "with a hand grenade on a house in al-Shuhail on 14 March.\n",
        date(2025, 3, 17),
        [dict(date="2025-03-11", site="hajin"), dict(date="2025-03-14", site="al_shuhail")],
    ),
    (
        "news-report-a-count-including-a-dated-attack-stays-context",
        # outside a page that reports a period, the item a count names with its day is context of the news
        "BEIRUT (AP) - Rockets struck the Conoco gas field base in eastern Syria on Tuesday, causing no "
        "injuries, the U.S. military said. Iran-backed militias have launched dozens of attacks on U.S. forces "
        "in Syria since mid-October, including a drone strike on the Rumailan base on November 2.\n",
        date(2023, 11, 15),  # a Wednesday
        [dict(date="2023-11-14", site="conoco_gas_field")],
    ),
    (
        "monitor-tally-over-a-named-month-lists-its-early-items",
        # a count "during October 2023" (a month named, not "the month of"): the items of early in the
        # month, weeks before the page, are its news as much as the late ones
        "Regime losses in the desert in October\n\n"
        "November 2, 2023\n\n"
        "The Observatory has documented the death of 23 soldiers and militiamen in attacks by ISIS cells in the "
        "Syrian desert during October 2023. Its activists monitored the following:\n\n"
        "- On October 4, ISIS cells attacked a checkpoint of the Fourth Division near al-Mayadin, killing three "
        "soldiers.\n\n"
        "- On October 27, a landmine exploded under a military vehicle near Albu Kamal, killing two militiamen.\n",
        None,
        [dict(date="2023-10-04", site="al_mayadin"), dict(date="2023-10-27", site="albu_kamal")],
    ),
    (
        "agency-recorded-throughout-a-month-with-numbered-items",
        # a Kurdish agency's summary of a month: "recorded ... throughout June", numbered items
        "ANHA | Summary of attacks by mercenary cells, June\n\n"
        "Our agency's correspondents recorded 11 attacks by ISIS cells on the Internal Security Forces and the SDF "
        "throughout June in the countryside of Deir ez-Zor.\n\n"
        "1- On 3 June, gunmen opened fire on an SDF post in the town of Thiban, wounding two fighters.\n\n"
        "2- On 9 June, an explosive device went off near a patrol in the town of al-Busayrah, killing one "
        "fighter.\n",
        date(2024, 7, 1),
        [dict(date="2024-06-03", site="thiban"), dict(date="2024-06-09", site="al_busayrah")],
    ),
    (
        "monitor-a-month-s-tally-lists-its-dated-operations",
        "Cells kill 12 in April\n\n"
        "May 2, 2025\n\n"
        "The monitor's activists documented nine attacks by ISIS cells in the areas of the eastern Euphrates, "
        "including shootings and bombs, during the month of April 2025. The most prominent were:\n\n"
        "- On April 6, gunmen on a motorbike attacked an SDF checkpoint at the entrance of al-Shuhail, killing "
        "two members.\n\n"
        "- On April 21, a landmine exploded under a truck near Hajin, killing its driver.\n",
        None,
        [dict(date="2025-04-06", site="al_shuhail"), dict(date="2025-04-21", site="hajin")],
    ),
    (
        "iraqi-announced-set-off-by-commas-and-a-count-up-to-a-day",
        "The Islamic Resistance in Iraq announced, on Thursday, that it had attacked the American base at "
        "Rumailan in north-east Syria with a drone.\n"
        "In a statement on Telegram, the faction said its fighters carried out the operation on Wednesday "
        "evening.\n"
        "The Pentagon puts the number of attacks on its forces at 61 up to Monday. Earlier this week, the "
        "faction claimed attacks on the Conoco and al-Omar bases.\n",
        date(2023, 11, 23),  # a Thursday
        [dict(date="2023-11-22", site="rumailan")],
    ),
    (
        "liveblog-the-next-item-about-gaza-is-not-ours",
        "LIVE: Middle East latest\n\n"
        "09:15 GMT — Rockets hit US base in Syria\n"
        "Three rockets struck the Conoco base in eastern Syria, causing no injuries, a US official said.\n\n"
        "08:50 GMT — Israeli strikes on Gaza\n"
        "At least 14 people were killed in Israeli air strikes on Khan Younis on Tuesday, medics said.\n",
        date(2024, 1, 9),  # a Tuesday
        [dict(date="2024-01-09", site="conoco_gas_field", perpetrator="unknown")],
    ),
    (
        "monitor-a-facility-s-bare-name-on-a-village-is-the-village",
        "A boy was killed on Friday by a landmine of unknown source while herding sheep near al-Jafra village in "
        "the eastern suburbs of Deir ez-Zor city, the network said.\n",
        date(2022, 1, 15),  # a Saturday
        [dict(date="2022-01-14", site=None, place_text="al-Jafra")],
    ),
    (
        "monitor-the-suburbs-of-a-town-locate-the-village",
        "Two farmers were wounded on Friday when a shell fell near the village of Kishma in the western suburbs "
        "of Deir ez-Zor city, the network said.\n",
        date(2022, 1, 15),  # a Saturday
        [dict(date="2022-01-14", site=None, place_text="Kishma")],
    ),
    (
        "iranian-a-condemnation-after-the-report-is-not-the-strikes-day",
        "TEHRAN (IRNA) – Iran's foreign ministry spokesman on Saturday strongly condemned the US airstrikes on "
        "eastern Syria, calling them a violation of its sovereignty.\n"
        "He said the attacks on the positions of forces fighting terrorism near Albu Kamal showed Washington's "
        "illegal presence in the region.\n"
        "The US Central Command said on Friday its aircraft had struck two facilities near Albu Kamal.\n",
        date(2023, 10, 28),  # a Saturday
        [dict(date="2023-10-27", site="albu_kamal")],
    ),
    (
        "analysis-within-days-of-a-month-told-before-is-that-month",
        "Policy analysis | September 20, 2023\n\n"
        "The spark was the arrest, in late August, of a tribal commander by the SDF in Hasakah. Many in the "
        "province saw it as an insult to its Arab leaders. Within days, tribal fighters attacked SDF posts in "
        "Thiban and al-Busayrah.\n",
        date(2023, 9, 20),
        [],
    ),
    (
        "russian-the-headline-s-countryside-yields-to-the-body-s-village",
        "US helicopters fire on Syrian army post in Hasakah countryside\n\n"
        "© Photo agency | 17.08.2020\n\n"
        "A Syrian soldier was killed in an attack by US Apache helicopters on an army checkpoint in the village "
        "of Tal Shamiran in the southern countryside of Qamishli, the state agency reported on Monday.\n",
        date(2020, 8, 17),  # a Monday
        [dict(date="2020-08-17", site=None, place_text="Tal Shamiran")],
    ),
    (
        "turkish-ziban-is-thiban",
        "The YPG/PKK terror group killed two civilians late Monday in the town of Ziban in eastern Syria's Deir "
        "ez-Zor province, local sources told Anadolu.\n",
        date(2023, 9, 5),  # a Tuesday
        [dict(date="2023-09-04", site="thiban")],
    ),
    (
        "iranian-a-warning-with-a-condition-and-last-week-s-strikes",
        "Tehran, IRNA – The army's chief of staff warned on Sunday that any new American aggression on the "
        "resistance in Syria would meet a decisive answer.\n"
        "\"If the Americans attack again in Deir ez-Zor or Albu Kamal, they will receive a crushing reply,\" he "
        "said.\n"
        "The warning follows US strikes last week on depots near Albu Kamal.\n",
        date(2023, 11, 12),  # a Sunday
        [],
    ),
    (
        "kurdish-in-a-separate-incident-is-another-event",
        "Three SDF fighters were killed on Friday evening when ISIS cells attacked their checkpoint in the town of "
        "al-Busayrah, east of Deir ez-Zor, a military source said.\n"
        "In a separate incident, an explosive device went off near a vehicle carrying SDF members in the village "
        "of Jadid Ekaidat, injuring two of them.\n",
        date(2022, 4, 2),  # a Saturday
        [dict(date="2022-04-01", site="al_busayrah"), dict(date="2022-04-01", site=None, place_text="Jadid Ekaidat")],
    ),
    (
        "kurdish-a-helicopter-over-the-area-during-the-clash-is-no-strike",
        "Two SDF fighters were killed on Monday night when ISIS militants attacked a post near the town of Hajin "
        "in Deir ez-Zor countryside, the SDF said.\n"
        "A coalition helicopter flew over the area during the clash, residents of Hajin said.\n",
        date(2025, 3, 4),  # a Tuesday
        [dict(date="2025-03-03", site="hajin")],
    ),
    (
        "think-tank-a-dated-daily-update-lists-the-days-it-covers",
        "Syria Update, March 14, 2024\n\n"
        "Data cutoff: 12:00 pm ET\n\n"
        "The update tracks events that affect US forces and their partners in Syria. It is not exhaustive.\n\n"
        "Key developments: talks between the SDF and Damascus stalled again.\n\n"
        "Unidentified aircraft struck a militia truck near al-Hari, south-east of Albu Kamal, late on March 12, "
        "local media reported.\n",
        date(2024, 3, 14),
        [dict(date="2024-03-12", site="al_hari")],
    ),
    (
        "turkish-a-day-told-in-passing-does-not-set-the-scene",
        "ANKARA - Fighters of the armed groups that toppled the regime in Damascus on Sunday entered the city of "
        "Deir ez-Zor on Wednesday from the western countryside, local sources said.\n"
        "Clashes broke out in the morning near the city's military airport, killing three fighters.\n",
        date(2024, 12, 12),  # a Thursday
        [dict(date="2024-12-11")],
    ),
    (
        "turkish-a-lead-in-eastern-syria-placed-by-the-next-paragraph",
        "YPG/PKK terrorists kill civilian protester\n\n"
        "ANKARA\n\n"
        "The YPG/PKK terror group killed a civilian and wounded three others in eastern Syria on Friday when its "
        "members opened fire on people protesting against forced conscription, local sources said.\n\n"
        "Dozens of people had gathered in the streets of Hajin town in the eastern countryside of Deir ez-Zor "
        "province after Friday prayers.\n",
        date(2019, 5, 4),  # a Saturday
        [dict(date="2019-05-03", site="hajin")],
    ),
    (
        "transcript-a-tally-s-places-do-not-place-the-news",
        "PRESS SECRETARY: Tonight U.S. forces struck facilities used by the Revolutionary Guards and affiliated "
        "militias in Iraq and Syria. The most recent attack on our people was a rocket attack on a base in Syria "
        "earlier this week, with no injuries. Many of those attacks have been at our locations in eastern Syria, "
        "places like Green Village and Conoco, and at al-Tanf.\n",
        date(2024, 2, 2),
        [dict(date="2024-02-02", site=None)],
    ),
    (
        "russian-a-denial-that-the-other-side-struck-at-all",
        "MOSCOW, March 3. /TASS/. Russian Su-34 bombers yesterday struck a command post of the terrorists in "
        "the area of Albu Kamal in Deir ez-Zor province, the Defense Ministry said.\n"
        "\"The aircraft hit strongholds of the militants on the outskirts of Albu Kamal,\" the ministry said.\n"
        "According to the ministry, the coalition aircraft did not carry out a single strike on the militants "
        "near Albu Kamal, a claim the coalition rejects.\n",
        date(2019, 3, 3),
        [dict(date="2019-03-02", site="albu_kamal", perpetrator="Russia")],
    ),
    (
        "russian-bombers-destroyed-a-command-post",
        "MOSCOW, March 3. /TASS/. Russian Su-34 bombers yesterday destroyed a command post of the terrorists near "
        "Albu Kamal in Deir ez-Zor province, the Defense Ministry said.\n",
        date(2019, 3, 3),
        [dict(date="2019-03-02", site="albu_kamal", perpetrator="Russia", event_type=AIR)],
    ),
    (
        "transcript-a-steady-level-of-activity-is-no-event",
        "AMBASSADOR: There has been a steady level of ISIS activity in the Euphrates valley of Deir ez-Zor, "
        "assassinations, roadside bombs and hit-and-run attacks, mostly against the SDF. We have not seen a "
        "dramatic rise.\n",
        date(2019, 11, 14),
        [],
    ),
    (
        "iranian-a-reaction-opens-on-strikes-days-old",
        "Tehran, IRNA – The foreign ministry spokesman has condemned the American attacks on Syria and Iraq as a "
        "reckless move that will only spread instability.\n"
        "Speaking at his weekly news conference on Monday, the spokesman said that the US attacks of last Friday "
        "on positions near Albu Kamal were \"a violation of the sovereignty\" of both countries.\n"
        "He added that Tehran did not seek a wider war.\n",
        date(2024, 2, 5),  # a Monday
        [],
    ),
    (
        "wire-a-correction-retells-what-was-wrong",
        "A drone struck a truck near al-Busayrah on Monday, local sources said.\n"
        "CORRECTION: An earlier version of this story said the drone struck a truck in the city of Hasakah on "
        "Monday.\n",
        date(2026, 1, 20),
        [dict(date="2026-01-19", site="al_busayrah")],
    ),
    (
        "newspaper-counted-from-a-recalled-event-goes-on-with-the-recall",
        "US warplanes struck two depots near Albu Kamal on Sunday, officials said.\n"
        "Militias have stepped up their attacks since February. On 6 March, a drone was shot down near al-Tanf, "
        "the Pentagon said at the time. Two days later, rockets targeted the Green Village base, without "
        "casualties.\n",
        date(2024, 3, 11),  # a Monday
        [dict(date="2024-03-10", site="albu_kamal")],
    ),
    (
        "analysis-the-gear-of-attacks-is-no-attack",
        "The militias have stopped firing at US bases since February, officials say.\n"
        "\"But the infrastructure is all still there,\" a researcher said. \"The drones, the launch teams, the "
        "supply lines through Albu Kamal. Turning it back on takes a phone call.\"\n",
        date(2024, 3, 10),
        [],
    ),
    (
        "feature-a-paragraph-that-opens-on-an-old-night",
        "Rockets hit the Conoco base on Sunday, the coalition said.\n"
        "The fields have seen worse. On the night of 7 February 2018, several hundred pro-government fighters "
        "advanced on an SDF headquarters. US aircraft and artillery pounded the column near the village of Khasham "
        "for hours.\n",
        date(2024, 3, 11),  # a Monday
        [dict(date="2024-03-10", site="conoco_gas_field")],  # the night of 2018 is recalled
    ),
    (
        "state-media-a-letter-that-recalls-an-aggression",
        'Syrian foreign ministry letter to UN on "US aggression"\n\nDAMASCUS, (SANA) - The Foreign and Expatriates Ministry sent two identical letters to the UN Secretary-General and the President of the Security Council on the continued crimes of the US occupation forces on Syrian territory.\n\nThe ministry said in the letters that the US occupation forces continue to loot Syrian oil and wheat from the fields of al-Jazeera region, and that convoys of tankers loaded with stolen oil left the al-Omar field towards northern Iraq through the illegal al-Waleed crossing.\n\nThe ministry also recalled the aggression launched by the US occupation on positions of the Syrian Arab Army near the town of Albu Kamal, which it said caused material damage, and demanded that the Security Council shoulder its responsibilities.\n',
        date(2024, 3, 11),
        [],  # the letter is the news; the aggression it recalls is context, and the headline adds none
    ),
    (
        "agency-what-residents-heard-of-a-drill",
        'Coalition holds live-fire drill at Conoco field\n\nDEIR EZ-ZOR (Hawar) - Forces of the international coalition and the SDF conducted a military exercise with heavy weapons and live ammunition at the Conoco gas field base on Sunday, local sources said.\n\nResidents of nearby villages heard loud explosions for several hours and saw helicopters flying over the area. The coalition had informed local councils of the drill in advance.\n\nSuch exercises are held regularly to raise the combat readiness of the forces, the sources added.\n',
        date(2024, 3, 11),
        [],  # the explosions heard are the drill's
    ),
    (
        "state-media-a-road-named-for-its-towns-runs-through-their-province",
        "An IED hit a vehicle of the Syrian army on the Deir ez-Zor–Palmyra road near al-Shula on Friday "
        "afternoon, killing an officer.\n",
        date(2023, 5, 14),  # a Sunday
        [dict(date="2023-05-12", site="deir_ez_zor_province")],
    ),
    (
        "wire-a-list-of-things-hit-each-placed-by-its-own-locator",
        "U.S. warplanes carried out strikes in eastern Syria overnight, the Pentagon said on Saturday.\n"
        "The Syrian Observatory for Human Rights said the strikes hit a weapons depot in the Harabesh district of "
        "Deir ez-Zor city, a site near the town of Mayadeen and another close to Albu Kamal, killing 11 "
        "pro-Iranian fighters.\n",
        date(2023, 3, 25),  # a Saturday
        [dict(date="2023-03-24", site="deir_ez_zor_city"), dict(date="2023-03-24", site="al_mayadin"),
         dict(date="2023-03-24", site="albu_kamal")],
    ),
    (
        "agency-a-plot-foiled-before-it-was-carried-out",
        "The SDF said on Saturday that it had foiled a plot by an ISIS cell to attack a checkpoint in the town of "
        "al-Busayrah, arresting three suspects before they could carry out the attack. In Hajin, security forces "
        "thwarted a planned car bombing on Friday.\n",
        date(2024, 2, 10),
        [],
    ),
    (
        "brief-a-lull-and-a-trend-are-no-events",
        "Weekly security brief: eastern Syria, 4-10 March\n\nOverview: The week saw a continued lull in militia attacks on US positions, the fifth consecutive week without a claimed strike on bases in Syria. ISIS activity remained concentrated in the Badia south of al-Mayadin and around al-Sukhnah.\n\nSDF areas: Several assassinations of local notables were reported in the eastern countryside of Deir ez-Zor, continuing a trend seen since January. Tribal tensions persist around Thiban.\n\nGovernment areas: Israeli aircraft were active over Albu Kamal, according to local reports, but no strikes were confirmed.\n\nOutlook: Analysts expect militia attacks to resume if talks between Baghdad and Washington on the coalition's future stall.\n",
        date(2024, 3, 11),
        [],
    ),
    (
        "opinion-the-occasional-strike-is-no-event",
        "If the mission is to contain Iran, Washington needs more than the occasional air strike on a warehouse near "
        "Albu Kamal, and more than a rise in drone attacks on the Conoco base can teach it.\n",
        date(2024, 3, 11),
        [],
    ),
    (
        "analysis-with-no-date-is-no-earlier-than-what-it-names",
        "After the drawdown: the US in eastern Syria\n\n"
        "Between October 2023 and February 2024, militias aligned with Iran hit US bases in Syria with rockets and "
        "drones. Washington answered with strikes around Albu Kamal, culminating in the raids of 2 February 2024 on "
        "militia depots near al-Mayadin.\n\n"
        "By mid-December 2024 most of those militias had withdrawn into Iraq. Throughout 2025 the US handed over "
        "bases to the SDF and the new authorities in Damascus.\n",
        None,  # no publication date anywhere
        [],  # the raids of February 2024 are context for a piece written in 2025 or later
    ),
    (
        "analysis-recalls-only",
        "Analysis: Iran's proxies step up pressure on US forces in eastern Syria\nSince 2019, Iranian-backed militias have repeatedly targeted US positions at the Green Village and the Conoco gas field. The attacks usually involve rockets fired from the western bank of the Euphrates, and the US has answered several of them with airstrikes near Albu Kamal.\nExperts say the pattern will likely continue as long as US troops remain in the country.\n",
        date(2024, 6, 1),
        [],
    ),
    (
        "press-release-same-night-as-a-recalled-attack",
        "The general's tour of the northeast came a month after a one-way drone hit a coalition base near "
        "Shaddadi on May 2, wounding four soldiers. American jets carried out retaliatory airstrikes in eastern "
        "Syria the same night against militia depots.\nThe general also met tribal leaders in Hasakah.\n",
        date(2025, 6, 5),
        [],  # "the same night" is the night of the attack told just before, a month old
    ),
    (
        "wire-a-list-of-bases-summed-up-as-a-share-of-a-tally",
        "American jets struck militia depots near al-Mayadin on Friday, killing 12 fighters, a war monitor said.\n"
        "The Pentagon says its forces have come under fire more than 90 times since January. Attacks on US "
        "positions – at the Green Village, the Conoco gas field, al-Shaddadi and Qamishli in the north-east, and "
        "al-Tanf in the south – accounted for nearly two-thirds.\n",
        date(2025, 5, 17),
        [dict(date="2025-05-16", site="al_mayadin")],  # the bases are where the tally fell, not the day's news
    ),
    (
        "sana-aircraft-of-the-occupation-strike-and-also-target",
        "Deir Ezzor, SANA – Aircraft of the US occupation forces launched at dawn today an aggression on a number of "
        "sites in Deir Ezzor city and in the countryside of al-Bukamal, causing martyrs among civilians.\n"
        "The occupation aircraft also targeted a farm in the desert of al-Bukamal near the border with Iraq, the "
        "reporter added.\n",
        date(2025, 3, 12),
        [dict(site="deir_ez_zor_city", perpetrator=US), dict(site="albu_kamal", perpetrator=US)],  # whose aircraft struck
    ),
    (
        "monitor-a-campaign-that-goes-on",
        "Islamic State fighters stormed SDF positions near Hajin on Tuesday evening, killing nine fighters, the "
        "Observatory said.\nMeanwhile, the warplanes of the coalition continue carrying out airstrikes on the pocket "
        "that includes the villages of al-Shafa and al-Baghuz.\n",
        date(2025, 3, 12),
        [dict(date="2025-03-11", site="hajin")],  # the air campaign going on, with no day, is context
    ),
    (
        "russian-a-judgement-on-strikes-is-no-report",
        "MOSCOW, March 9. /TASS/. Israeli air strikes on Syrian territory are a flagrant violation of international "
        "law, the Russian Foreign Ministry said on Sunday.\n\"We regard the strikes carried out on March 7 near "
        "al-Mayadin as a provocation,\" the ministry said.\n",
        date(2025, 3, 9),
        [],  # a reaction: its opening judges strikes, and the strikes it names are its context
    ),
    (
        "wire-places-the-raids-told-just-before",
        "WASHINGTON, March 15 (Wire) - U.S. aircraft struck groups tied to Iran in eastern Syria after a drone "
        "of Iranian origin wounded two soldiers at a coalition base, the Pentagon said.\n\n"
        "Hours later, on Friday morning, a barrage of rockets was fired at a second U.S. position, wounding a "
        "service member, officials said.\n\n"
        "F-15E jets flying from a base in the Gulf carried out the raids late on Thursday, two U.S. officials said.\n\n"
        "A war monitor said the strikes hit an arms depot in Deir ez-Zor city and a position outside al-Mayadin, "
        "killing six fighters.\n",
        date(2024, 3, 15),  # a Friday
        # the monitor places the raids the sentence before dated: Thursday, not the lead's first day
        [dict(date="2024-03-14", site="deir_ez_zor_city"), dict(date="2024-03-14", site="al_mayadin")],
    ),
    (
        "wire-summary-bullet-hours-later",
        "U.S. hits Iran-backed groups on Iraq-Syria border\n\n"
        "* Pentagon says strikes hit weapons depots\n"
        "* Drone launched at U.S. troops in Syria hours later - officials\n\n"
        "WASHINGTON, Oct 9 (Wire) - U.S. aircraft struck weapons depots used by Iran-backed groups near Albu Kamal "
        "on Sunday, the Pentagon said.\n\n"
        "An Iraqi armed faction said three of its fighters were killed when the planes struck its headquarters in "
        "the al-Qaim district.\n",
        date(2023, 10, 9),  # a Monday
        # the bullet's "hours later" counts from strikes it has not told: the article's day is Sunday
        [dict(date="2023-10-08", site="albu_kamal"), dict(date="2023-10-08", site="al_qaim")],
    ),
    (
        "newspaper-standfirst-then-dated-lead",
        "Coalition hits back after rockets target gas field base\n\n"
        "American artillery pounded the village of Khasham, where the launchers were allegedly hidden\n\n"
        "Regional Desk\n\n"
        "Coalition forces shelled militia positions in the village of Khasham after rockets were fired at the base "
        "in the Conoco field during the night of Tuesday to Wednesday, a war monitor said.\n\n"
        "No casualties were reported among coalition personnel.\n",
        date(2024, 5, 16),  # a Thursday
        # the standfirst tells the shelling with no day; the lead that retells it gives the night's
        [dict(date="2024-05-14", site="khasham")],
    ),
    (
        "feature-lead-sets-the-night",
        "BEIRUT — For the farmers of Diban, the night of Friday to Saturday began with the drone of engines low "
        "over the river. \"We counted four of them,\" said Umm Khaled, who tends an orchard near the bank.\n\n"
        "According to local sources, an explosive-laden drone struck a checkpoint on the eastern edge of Diban "
        "shortly after midnight, wounding two guards. The SDF blamed government-aligned factions across the river.\n\n"
        "Crossings between the two banks have been closed since.\n",
        date(2025, 6, 16),  # a Monday
        # "shortly after midnight" is that night's, set by the lead; and the night is the feature's news
        [dict(date="2025-06-13", site="thiban")],
    ),
    (
        "telegram-claim-evening-in-apposition",
        "Statement of the Islamic Resistance in Iraq:\n\n"
        "Continuing our resistance to the occupation forces, the mujahideen struck, this evening, Tuesday 14-11-2023, "
        "the occupation base at al-Shaddadi in Syria with a drone, and the drone hit its target directly.\n",
        date(2023, 11, 15),
        # "this evening" is the evening of the day set beside it, not of the page's date
        [dict(date="2023-11-14", site="shaddadi")],
    ),
    (
        "russian-quoted-today-of-yesterdays-attack",
        "The Pentagon says American-led troops stationed in eastern Syria came under a drone attack on Tuesday.\n\n"
        "\"We can confirm that today there was an attack on the Conoco facility,\" a Pentagon spokeswoman told "
        "journalists. \"There were no injuries.\"\n",
        date(2024, 1, 10),  # a Wednesday
        # the spokeswoman's "today" is the day of the attack told, not the day of the story
        [dict(date="2024-01-09", site="conoco_gas_field")],
    ),
    (
        "monitor-fighting-went-on-past-midnight",
        "SDF fighters and ISIS militants clashed in the town of Hajin on Sunday evening, killing nine fighters, "
        "the monitor said.\n\n"
        "The monitor reported this Monday that the clashes continued until dawn on Monday in Hajin.\n",
        date(2019, 3, 11),  # a Monday
        # the clashes that went on into Monday are Sunday's, dated by their start: one incident
        [dict(date="2019-03-10", site="hajin")],
    ),
    (
        "wire-the-sites-in-syria-were-near",
        "WASHINGTON — Rockets were fired at U.S. troops at the Conoco gas field in eastern Syria on Thursday night, "
        "a day after American jets bombed depots used by Iran-aligned groups on both sides of the frontier on Wednesday.\n\n"
        "The sites in Syria were on the edge of Albu Kamal, while the Iraqi target lay near al-Qaim, officials said.\n",
        date(2024, 5, 17),  # a Friday
        [dict(date="2024-05-16", site="conoco_gas_field"), dict(date="2024-05-15", site="albu_kamal"),
         dict(date="2024-05-15", site="al_qaim")],  # the cause, placed in a sentence of its own, is news too
    ),
    (
        "agency-a-deed-won-after-a-fight",
        "DEIR EZ-ZOR — Government troops regained control of the village of Hatla on Sunday after fierce clashes "
        "with remnants of the Islamic State group, a military source told the agency.\n",
        date(2025, 4, 14),  # a Monday
        [dict(date="2025-04-13", site="hatla", event_type="armed clash")],  # the clashes are the deed's own fight
    ),
    (
        "local-an-hour-of-the-day-named",
        "On Saturday, 12 October, gunmen seized a checkpoint at the entrance of al-Busayrah after a gun battle that "
        "went on until late in the evening, residents said. The attackers withdrew on Monday morning.\n",
        date(2024, 10, 15),  # a Tuesday
        [dict(date="2024-10-12", site="al_busayrah")],  # the evening of the Saturday named, not of another day
    ),
    (
        "agency-gunmen-shot-at",
        "DEIR EZ-ZOR (North Press) – A teacher was wounded on Wednesday evening when masked gunmen on a motorcycle "
        "shot at him in front of a school in the town of Hajin.\n",
        date(2023, 2, 16),  # a Thursday
        [dict(date="2023-02-15", site="hajin", event_type="attack")],
    ),
    (
        "monitor-an-unknown-village-then-a-known-town",
        "SOHR activists documented the death of nine civilians in air strikes carried out by coalition warplanes on "
        "the village of al-Dahla, in the eastern countryside of Deir Ezzor, on the night of Tuesday to Wednesday.\n"
        "In the same night, coalition warplanes carried out three strikes on the outskirts of Hajin, killing four "
        "people.\n",
        date(2018, 11, 14),  # a Wednesday
        [dict(date="2018-11-13", site=None, place_text="al-Dahla"), dict(date="2018-11-13", site="hajin")],
    ),
    (
        "newspaper-two-in-syria-and-one-in-iraq",
        "American jets bombed weapons depots at two locations in Syria, near Albu Kamal, and one in Iraq, near "
        "al-Qaim, on Sunday night, the Pentagon said.\n",
        date(2024, 3, 4),  # a Monday
        [dict(date="2024-03-03", site="albu_kamal"), dict(date="2024-03-03", site="al_qaim")],
    ),
    (
        "kurdish-agency-amuda",
        "QAMISHLO, North and East Syria (ANHA) – Turkish occupation drones targeted a water station on the outskirts "
        "of Amude on Tuesday evening, causing material damage, our correspondent reported.\n",
        date(2024, 11, 6),  # a Wednesday
        [dict(date="2024-11-05", site="amuda")],
    ),
    (
        "wire-pro-government-troops-and-the-strikes-that-answered",
        "WASHINGTON (AP) — Several hundred pro-government troops backed by tanks attacked an SDF headquarters near "
        "Khasham late on Wednesday, a U.S. official said.\nCoalition aircraft then struck the attacking force near Khasham overnight, "
        "killing dozens, the official said.\n",
        date(2018, 2, 8),  # a Thursday
        [dict(date="2018-02-07", site="khasham", perpetrator="Syrian government"),
         dict(date="2018-02-07", site="khasham", perpetrator=US)],  # the assault and the strikes it drew
    ),
    (
        "local-reinforcements-from-a-base-and-a-hospital",
        "Tribal gunmen attacked an SDF checkpoint at the entrance of Thiban on Wednesday evening, before the SDF "
        "brought in reinforcements from its base at the al-Omar oil field, a correspondent said. Three of the wounded "
        "were rushed to a hospital in al-Mayadin city.\n",
        date(2023, 8, 31),  # a Thursday
        [dict(date="2023-08-30", site="thiban")],  # where help came from and the wounded went are not the scene
    ),
    (
        "state-media-followed-minutes-later-by",
        "Several rockets fell inside the US occupation base at the Conoco gas field on Tuesday evening, followed "
        "minutes later by rockets that targeted the occupation base at the Green Village, our correspondent said.\n",
        date(2023, 9, 6),  # a Wednesday
        [dict(date="2023-09-05", site="conoco_gas_field"), dict(date="2023-09-05", site="green_village")],
    ),
    (
        "kurdish-agency-fire-burned-until",
        "A Turkish drone struck an oil pumping station near Tal Tamr on Saturday evening, killing a guard, a source "
        "in the oil directorate told our agency on Sunday.\n\nThe source said the drone fired two missiles at the "
        "al-Qasimiyah pumping station north of Tal Tamr at around 8 p.m., causing a fire that civil defence teams "
        "fought until the early hours of Sunday.\n",
        date(2024, 2, 4),  # a Sunday
        [dict(date="2024-02-03", site="tal_tamr")],
    ),
    (
        "local-outlet-shots-into-the-air",
        "An explosive-laden drone struck a position of the Syrian Democratic Forces in the town of al-Busayrah at "
        "dawn today, Friday, wounding two fighters, local sources said.\n\nAfter the strike, SDF members at the "
        "position fired heavily into the air with machine guns for several minutes.\n",
        date(2025, 3, 14),  # a Friday
        [dict(date="2025-03-14", site="al_busayrah")],
    ),
    (
        "kurdish-agency-security-operation-is-no-attack",
        "ISIS cells opened fire on a checkpoint of the Syrian Democratic Forces near al-Shuhail on Monday night, "
        "killing one fighter, our correspondent reported.\n\nOn the other hand, the Internal Security Forces, in "
        "cooperation with units of the Deir ez-Zor Military Council and with the support of the International "
        "Coalition forces, carried out a security operation at dawn today in the town of Thiban.\n",
        date(2022, 5, 10),  # a Tuesday
        [dict(date="2022-05-09", site="al_shuhail")],
    ),
    (
        "wire-incident-told-by-when-and-where",
        "Two American soldiers were treated for minor injuries after a Syrian army truck forced their convoy "
        "off the road, officials said. The incident occurred on Saturday near the town of Derik, in the "
        "far north-east of the country, according to a Pentagon spokesman.",
        date(2021, 6, 14),  # a Monday
        [dict(date="2021-06-12", site="al_malikiyah")],
    ),
    (
        "translated-agent-in-guillemets",
        # "an attack by an «American aircraft»": the aircraft in quotes is who struck, not what was hit;
        # the militia's account of the strike the state agency told is the same strike
        "Damascus (dpa) - A night-time air raid on a border post of pro-government fighters near al-Hari killed at least "
        "15 people, the Syrian Observatory reported on Tuesday. Who flew the raid was at first unclear. State television "
        "blamed the American-led coalition. «The American aircraft struck our post near al-Hari», a military source told "
        "Sana. The Iraqi militias informed that nine of their fighters died and spoke of an attack by an «American "
        "aircraft». The coalition rejected the accusation.",
        date(2019, 3, 12),  # a Tuesday
        [dict(date="2019-03-12", site="al_hari", event_type=AIR, perpetrator=US)],
    ),
    (
        "competing-accounts-one-strike",
        # the state channel blames the coalition, a militia commander blames Israel, the coalition denies:
        # accounts that differ only in whom they blame tell one strike at one place and day
        "Unidentified drones struck a position of Iran-backed militias in al-Mayadin on Thursday, killing four fighters, "
        "the Syrian Observatory said. State television accused the American occupation forces of bombing the site. "
        "A commander of the Iraqi Kataib Hezbollah in al-Mayadin said Israeli jets had carried out the attack on Thursday "
        "and blamed Tel Aviv. The coalition denied any involvement.",
        date(2021, 5, 7),  # a Friday
        [dict(date="2021-05-06", site="al_mayadin", event_type=AIR, target=MIL)],
    ),
    (
        "competing-accounts-one-depot",
        "Drones of unknown identity hit a weapons depot of the Fatemiyoun near Albu Kamal on Monday night, a monitor "
        "reported. Syrian state media said US aircraft bombed the depot near Albu Kamal. An Iranian-backed militia said "
        "Israeli warplanes struck its depot near Albu Kamal on Monday, and accused Israel of the attack. A coalition "
        "spokesman rejected the accusation.",
        date(2022, 3, 8),
        [dict(date="2022-03-07", site="albu_kamal", target=MIL)],
    ),
    (
        # ", which hit ...": the relative clause tells where the strikes fell; its places take the day of
        # the strikes told before (Friday), not the day of the shelling the article leads on
        "wire-strikes-which-hit-listed-places-take-the-strikes-day",
        "Two mortar rounds landed inside the coalition base at the Conoco gas field on Saturday morning, causing "
        "no injuries, the coalition said. The shelling came hours after U.S. jets struck sites near Albu Kamal "
        "late on Friday that the Pentagon said were used by Iran-backed groups.\n\n"
        "A war monitor said nine militiamen were killed in the U.S. strikes, which hit an ammunition store near "
        "al-Mayadin and a command post in Albu Kamal.",
        date(2024, 8, 10),  # a Saturday
        [dict(date="2024-08-10", site="conoco_gas_field"), dict(date="2024-08-09", site="albu_kamal", perpetrator=US),
         dict(date="2024-08-09", site="al_mayadin", perpetrator=US)],
    ),
    (
        # "a coalition base near Hasakah" only locates the base; the next sentence names it
        "wire-attack-which-hit-a-base-near-a-town-named-next",
        "Rockets struck a coalition base in north-eastern Syria on Monday, the U.S. military said. Four American "
        "service members were hurt in the rocket attack, which hit a supply depot on a coalition base near Hasakah "
        "shortly after dawn. A U.S. official said the base was at Qasrak, on the highway west of the city.",
        date(2024, 8, 13),  # a Tuesday
        [dict(date="2024-08-12", site="qasrak", target=US)],
    ),
    (
        # "were a reprisal for a drone attack ...": the attack answered is the cause, not the raids' place
        "wire-raids-were-a-reprisal-for-an-earlier-attack",
        "U.S. warplanes struck an ammunition depot near al-Mayadin late on Tuesday, the Pentagon said. "
        "The American raids were a reprisal for a drone attack earlier on Tuesday on a coalition outpost at the "
        "Conoco gas field that wounded two American soldiers.",
        date(2024, 9, 11),  # a Wednesday
        [dict(date="2024-09-10", site="al_mayadin", perpetrator=US)],
    ),
    (
        "briefing-knows-of-no-attack",
        # a briefer asked about a report he cannot confirm: "not tracking any attack" reports none
        "Q: Local outlets say the Green Village base came under fire this morning. Anything on that?\n\n"
        "MR. KIRBY: I'm not tracking any rocket attack on Green Village today, and we are not aware of any strikes "
        "on our people there. We'll keep watching it.",
        date(2023, 11, 2),
        [],
    ),
    (
        "monitor-raids-on-suspects-are-a-sweep",
        # raids to arrest suspects are a security sweep, not air raids: only the bombing is an incident
        "- Oct. 14: An IED struck a military vehicle on the road near al-Busayrah, wounding three soldiers.\n"
        "- Internal Security forces carried out raids against suspected ISIS members around al-Hol and "
        "Markada with coalition helicopters overhead; nine arrests were reported.",
        date(2025, 10, 16),
        [dict(date="2025-10-14", site="al_busayrah")],
    ),
    (
        "briefing-range-tally-then-the-day",
        # the bounds of a counted range date no attack; the day named before a local hour dates the attack
        "Between November 3rd and today, our forces in Iraq and Syria have come under attack at least nine times. "
        "On Sunday, November 12th, at about 9:15 in the evening local time, the Mission Support Site at Conoco was "
        "targeted by a one-way attack drone, which caused no injuries.",
        date(2023, 11, 14),
        [dict(date="2023-11-12", site="conoco_gas_field", target=US)],
    ),
    (
        "wire-allied-jets-two-accounts-one-strike",
        # "the eastern city of Deir ez-Zor" is the city, not the province ("eastern Deir ez-Zor"); the
        # SDF names Russian and regime aircraft, its command only the Russians: one strike, not two
        "BEIRUT (AP) — Kurdish-led fighters said Russian and Syrian government jets bombed their positions near "
        "the eastern city of Deir ez-Zor on Tuesday, wounding four of them. "
        "\"Our units were struck by Russian aircraft at dawn on Tuesday,\" the group's command said in a statement, "
        "adding that the raids hit a farm across the river from Deir ez-Zor.",
        date(2017, 9, 20),  # a Wednesday
        [dict(date="2017-09-19", site="deir_ez_zor_city")],
    ),
    (
        "wire-village-located-by-the-town-another-account-names",
        # one account puts the strike near the town, another at a village it locates by that town: one
        # strike (but "another strike ... in al-Sukkariyah, west of Albu Kamal" would be a second one)
        "Drones struck a convoy of Iraqi militiamen near the border town of Albu Kamal late on Thursday, killing "
        "at least eight, in a raid the coalition said it had not carried out. "
        "State television said American helicopters had hit an army post in the village of al-Hari, south-east "
        "of Albu Kamal, shortly before midnight.",
        date(2019, 3, 15),  # a Friday
        [dict(date="2019-03-14", site="al_hari")],
    ),
    (
        "wire-another-strike-at-a-village-located-by-the-town",
        "Unidentified jets bombed militia depots near the city of Albu Kamal on Thursday night, a monitor said. "
        "At the same time, another strike hit a headquarters of the Fatemiyoun brigade in the town of "
        "al-Sukkariyah, west of Albu Kamal, killing four.",
        date(2019, 3, 15),  # a Friday
        [dict(date="2019-03-14", site="albu_kamal"), dict(date="2019-03-14", site="al_sukkariyah")],
    ),
    (
        "monitor-launched-from-areas-under-the-control-of",
        # who holds the launch area launched the drones: not a second target, nor a second incident
        "Two explosive-laden drones struck the US base at the al-Omar oil field at dawn today, Tuesday, causing "
        "material damage, the monitor's activists reported. "
        "Local sources said the drones were launched from areas under the control of Iranian-backed militias "
        "on the western bank of the Euphrates, near the city of al-Mayadin.",
        date(2024, 9, 3),  # a Tuesday
        [dict(date="2024-09-03", site="al_omar_oil_field", perpetrator=MIL, target=US)],
    ),
    (
        "agency-long-deck-under-the-headline",
        # a deck in sentence case under the headline compresses the story ("in Deir ez-Zor"): the body's
        # province is where it happened, not the city the deck's bare name would be
        "Gunmen kill three at protest in eastern Syria\n\n"
        "Armed men open fire on residents protesting fuel shortages and raids by security forces in Deir ez-Zor\n\n"
        "Staff writer | 08.05.2019\n\n"
        "Gunmen killed three civilians and wounded five others when they opened fire on a protest in Syria's eastern "
        "Deir ez-Zor province on Tuesday, local sources said.\n\n"
        "The protesters had demanded fuel and an end to the arrest of young men, according to the sources.",
        date(2019, 5, 8),  # a Wednesday
        [dict(date="2019-05-07", site="deir_ez_zor_province")],
    ),
    (
        "claim-fighters-of-the-group-struck",
        # the fighters of a named group opening the clause are that group acting, not its victims
        "In response to the crimes of the occupation, the mujahideen of the Islamic Resistance in Iraq struck "
        "at dawn on Thursday the occupation base at the Conoco field with a drone.",
        date(2024, 2, 9),  # a Friday
        [dict(date="2024-02-08", site="conoco_gas_field", perpetrator=MIL, target=US)],
    ),
    (
        "monitor-security-campaigns-after-an-assassination",
        # a sweep told after an attack ("launched several security campaigns ... arresting") is no second
        # incident, and does not lend the attack its sweepers as attackers
        "On June 4, gunmen believed to be members of ISIS cells shot dead a teacher in front of his home in "
        "the town of Thiban, the monitor said.\n\n"
        "Following the attack, the SDF launched several security campaigns in the eastern countryside of Deir "
        "Ezzor, detaining 15 suspected members of ISIS cells.",
        date(2025, 6, 10),
        [dict(date="2025-06-04", site="thiban", perpetrator="ISIS")],
    ),
    (
        "monitor-unidentified-drones-thought-coalition",
        # an attacker told as unidentified stays unknown, whoever it is thought to be
        "Unidentified drones, thought to belong to the US-led coalition or Israel, struck a convoy of fuel tankers "
        "near the town of Albu Kamal late on Monday, killing four members of Iran-backed militias, local sources said.",
        date(2022, 11, 15),  # a Tuesday
        [dict(date="2022-11-14", site="albu_kamal", perpetrator="unknown", target=MIL)],
    ),
    (
        "wire-base-rocketed-a-day-after-strikes-on-militias",
        # militias named only as what an earlier strike hit are not thereby the attackers of the base
        "Several rockets landed inside a US base at the Conoco gas field in eastern Syria on Tuesday evening, "
        "causing no injuries, a coalition official said, a day after American jets bombed depots used by "
        "Iran-backed militias near Albu Kamal.",
        date(2023, 6, 21),  # a Wednesday
        [dict(date="2023-06-20", site="conoco_gas_field", perpetrator="unknown", target=US)],
    ),
    (
        "state-media-condemns-the-attack-of-the-united-states",
        # the attacker named after the act ("the air attack of the United States on ...") is the attacker
        "Tehran - The foreign ministry spokesman strongly condemned the air attack of the United States on "
        "two sites in the outskirts of Albu Kamal at dawn on Friday, calling it a violation of Syria's sovereignty.",
        date(2023, 10, 28),  # a Saturday
        [dict(date="2023-10-27", site="albu_kamal", perpetrator=US)],
    ),
    (
        "dpa-translated-terrorist-militia-islamic-state",
        # German wires call IS "the terrorist militia Islamic State": the attacker, not the Iran-backed militias
        "Beirut (dpa) - Suspected fighters of the terrorist militia Islamic State (IS) have killed at least "
        "nine soldiers in an ambush near al-Mayadin in eastern Syria on Sunday, activists said.",
        date(2023, 8, 14),  # a Monday
        [dict(date="2023-08-13", site="al_mayadin", perpetrator="ISIS")],
    ),
    (
        "monitor-post-assad-general-security-checkpoint",
        # the new state's forces are the government; al-Mayadin's old holders are not the target
        "An ISIS cell killed four members of the General Security forces in an attack on a checkpoint on the "
        "outskirts of al-Mayadin on Monday night, local sources said.",
        date(2025, 7, 8),  # a Tuesday
        [dict(date="2025-07-07", site="al_mayadin", perpetrator="ISIS", target="Syrian government")],
    ),
    (
        "wire-isis-kills-members-of-the-new-army",
        # "killed ... members of Syria's new army": members named after the verb that struck them are victims
        "Islamic State militants killed three members of Syria's new army in an ambush in the desert south of "
        "al-Mayadin on Sunday, a military source told the state news agency.",
        date(2025, 6, 9),  # a Monday
        [dict(date="2025-06-08", perpetrator="ISIS", target="Syrian government")],
    ),
    (
        "translated-gmt-of-weekday",
        # Spanish "a las 22.40 GMT del miercoles" rendered word for word: the weekday is GMT's, not Syria's
        "Damascus, 18 Mar (EFE).- The official agency SANA informed that Israeli warplanes carried out at 0.40 hours "
        "local time (22.40 GMT of Wednesday) an air aggression against positions of the militias near Albu Kamal, "
        "without offering a balance of victims.",
        date(2021, 3, 18),  # a Thursday
        [dict(date="2021-03-18", site="albu_kamal")],
    ),
    (
        "monitor-road-from-town-to-unknown-village",
        # a road out of a known town to a village the gazetteer lacks runs by the town
        "Two SDF fighters were wounded on Sunday evening when a roadside bomb exploded under their patrol vehicle on the "
        "road between Hajin and the village of al-Bahra, in the eastern countryside of Deir Ezzor, local sources said.",
        date(2022, 3, 14),  # a Monday
        [dict(date="2022-03-13", site="hajin")],
    ),
    (
        "monitor-worth-noting-paragraph-is-backstory",
        # a paragraph opened by "It is worth noting that" recalls context: its later sentences too
        "Violent clashes raged on Tuesday between the SDF and local gunmen in the town of Al-Shuhail, SOHR activists "
        "reported, adding that at least seven gunmen were killed.\n\n"
        "It is worth noting that tension has been mounting since the SDF detained two tribal elders in Al-Hasakah on "
        "Saturday. Fighting broke out afterwards in several villages, including Thiban, where gunmen stormed SDF "
        "checkpoints on Sunday.",
        date(2023, 6, 14),  # a Wednesday
        [dict(date="2023-06-13", site="al_shuhail")],
    ),
    (
        "iranian-sources-in-town-call-it-the-city",
        # the town the local sources sit in is the one their account calls "the city"
        "TEHRAN (Tasnim) - Local sources in Albu Kamal told Tasnim that an American drone strike hit an empty warehouse "
        "on the southern outskirts of the city on Saturday afternoon, injuring two guards.",
        date(2024, 3, 10),  # a Sunday
        [dict(date="2024-03-09", site="albu_kamal")],
    ),
    (
        "monitor-raid-in-search-of-the-attackers-is-a-hunt",
        # a raid told by its aim, a hunt for the attackers, is no second incident
        "Gunmen attacked an SDF checkpoint at the entrance of the town of al-Shuhail on Monday night, killing two fighters, "
        "North Press reported. The SDF, backed by coalition helicopters, launched a raid at dawn on Tuesday in the farms "
        "between al-Shuhail and Thiban in search of the attackers, without announcing any arrests.",
        date(2022, 6, 7),  # a Tuesday
        [dict(date="2022-06-06", site="al_shuhail")],
    ),
    (
        "russian-exchange-at-province-told-by-each-side-at-a-town",
        # the lead's exchange of fire "in the province" is the two towns each side's account names
        "Syrian army and SDF trade fire across the Euphrates\n\n"
        "MOSCOW, 20 Oct - RIA Novosti. Units of the Syrian army and formations of the Kurdish SDF exchanged artillery and "
        "mortar fire across the Euphrates in the province of Deir ez-Zor in the night from Saturday to Sunday, a "
        "correspondent of the agency reports.\n\n"
        "As the Defence Ministry said in a statement, the SDF formations fired mortar shells at army positions and homes "
        "in the city of al-Mayadin, as a result of which two soldiers were wounded.\n\n"
        "In turn, the SDF press centre declared that government factions shelled the town of Thiban with artillery and "
        "drones, wounding a child.",
        date(2025, 10, 20),  # a Monday
        [dict(date="2025-10-18", site="al_mayadin"), dict(date="2025-10-18", site="thiban")],
    ),
    (
        "kurdish-villagers-denounce-the-attacks-place-nothing",
        # a reaction that names the attacks only in the plural does not move the night's attack to its town
        "The SDF repelled on the night of Friday to Saturday an attack by government-affiliated groups on the village of "
        "al-Jurdi near Thiban, killing five of the attackers, the SDF Media Centre said.\n\n"
        "The attack comes days after an assault launched on Tuesday by the same groups on villages of the eastern "
        "countryside, which the SDF repelled after clashes that left dozens of dead among the attackers.\n\n"
        "The people of Thiban and al-Jurdi have denounced the attacks, calling on Damascus to stop sending armed men "
        "across the river.",
        date(2024, 8, 10),  # a Saturday
        [dict(date="2024-08-09", site=None)],
    ),
    (
        "monitor-mayadin-held-before-the-fall",
        # before December 2024 a drone strike on a town the militias held strikes the militias...
        "An unidentified drone struck a house in the city of al-Mayadin on Thursday afternoon, the Euphrates "
        "monitor reported, adding that the strike left three dead.",
        date(2023, 6, 3),  # a Saturday
        [dict(date="2023-06-01", site="al_mayadin", target=MIL)],
    ),
    (
        "monitor-mayadin-after-the-fall",
        # ...after the fall of the government it strikes whoever the article says, here nobody named
        "An unidentified drone struck a house in the city of al-Mayadin on Thursday afternoon, the Euphrates "
        "monitor reported, adding that the strike left three dead.",
        date(2025, 6, 7),  # a Saturday
        [dict(date="2025-06-05", site="al_mayadin", target="unknown")],
    ),
    (
        "local-remnant-of-war-exploded-near",
        # "left over from the war" is no origin of fire: the verb after it places the blast
        "A landmine left over from the war exploded in farmland near Hajin on Tuesday, wounding two shepherds, "
        "our correspondent in the eastern countryside reported.",
        date(2025, 3, 5),  # a Wednesday
        [dict(date="2025-03-04", site="hajin")],
    ),
    (
        "xinhua-dateline-with-a-lowercase-particle",
        # "Deir ez-Zor, Jan. 3 (Xinhua) --" is where the story was filed, not a second place of the blast
        "Deir ez-Zor, Jan. 3 (Xinhua) -- Four people were killed on Tuesday when a car bomb went off in a crowded "
        "market in the town of al-Busayrah in the eastern countryside of Deir ez-Zor province, a war monitor said.",
        date(2024, 1, 3),  # a Wednesday
        [dict(date="2024-01-02", site="al_busayrah")],
    ),
    (
        "wire-overnight-into-a-weekday",
        # "overnight into Tuesday" is the night that ended on Tuesday: dated by the Monday it began
        "Rockets hit near a coalition position at the Conoco gas field overnight into Tuesday, a spokesman for the "
        "US-led coalition said in a tweet, adding that no one was hurt.",
        date(2024, 2, 7),  # a Wednesday
        [dict(date="2024-02-05", site="conoco_gas_field")],
    ),
    (
        "local-assassinated-by-gunmen",
        "Gunmen riding a motorbike assassinated a mukhtar in the town of Hajin late Tuesday, local sources in the "
        "Deir ez-Zor countryside said.",
        date(2024, 3, 6),  # a Wednesday
        [dict(date="2024-03-05", site="hajin")],
    ),
    (
        "resistance-base-was-the-target-of",
        "The US base at the Conoco field was the target of a kamikaze drone on Tuesday night, according to a "
        "statement of the Islamic Resistance in Iraq.",
        date(2024, 3, 6),  # a Wednesday
        [dict(date="2024-03-05", site="conoco_gas_field")],
    ),
    (
        "wire-drone-crashed-into-a-base",
        "A suicide drone crashed into the perimeter of the Green Village base on Tuesday, causing minor damage, "
        "a coalition official told AFP.",
        date(2024, 3, 6),  # a Wednesday
        [dict(date="2024-03-05", site="green_village")],
    ),
    (
        "local-kidnapped-and-executed",
        "On Tuesday, gunmen kidnapped and later executed two SDF members near al-Shuhail, local sources said.",
        date(2024, 3, 6),  # a Wednesday
        [dict(date="2024-03-05", site="al_shuhail")],
    ),
    (
        "wire-trial-for-a-bombing-years-ago",
        # the day of the trial is not the day of "the 2019 bombing": no news of an attack
        "A court in Qamishli sentenced three men on Monday for their role in the 2019 bombing of a market in "
        "Hasakah, the Kurdish-led administration said.",
        date(2024, 3, 6),
        [],
    ),
    (
        "monitor-years-ago-today",
        "Four years ago today, a US strike near Albu Kamal killed 25 fighters of Kataib Hezbollah, an anniversary "
        "the group marked with a rally.",
        date(2024, 3, 6),
        [],
    ),
    (
        "kurdish-commemoration-of-a-massacre",
        "Tribes in the Deir ez-Zor countryside commemorated on Monday the anniversary of the massacre of the "
        "Shaitat tribe by ISIS, which killed hundreds of men in their villages.",
        date(2024, 3, 6),
        [],
    ),
    (
        "activists-gunmen-killed-a-teacher",
        "Gunmen killed a teacher in al-Shuhail on Monday, local activists said. The killing comes a week after a "
        "tribal elder was shot dead in the nearby town of Thiban.",
        date(2024, 3, 6),  # a Wednesday
        [dict(date="2024-03-04", site="al_shuhail")],
    ),
    (
        "wire-strikes-across-countries-are-not-at-the-town",
        # the strikes "in Iraq and Syria" of Friday are not at the one town the article names for Monday's
        "The US military said it struck two facilities near al-Mayadin on Monday. On Friday, US bombers hit more "
        "than 85 targets in Iraq and Syria in response to the killing of three soldiers in Jordan.",
        date(2024, 2, 6),  # a Tuesday
        [dict(date="2024-02-05", site="al_mayadin")],
    ),
    (
        "translated-green-village-by-its-arabic-name",
        "Rockets fell near Qaryat al-Khadra, the base of the American forces in the Deir ez-Zor countryside, on "
        "Tuesday evening, the monitor said, adding that there were no casualties.",
        date(2024, 3, 6),  # a Wednesday
        [dict(date="2024-03-05", site="green_village")],
    ),
    (
        "monitor-gharanij-village",
        "An IED exploded on Tuesday under a vehicle of the SDF in the village of Ghranij in the eastern countryside "
        "of Deir ez-Zor, wounding two fighters, the monitor said.",
        date(2024, 3, 6),  # a Wednesday
        [dict(date="2024-03-05", site="gharanij")],
    ),
    (
        "local-device-blew-up-a-car",
        "An explosive device planted on the side of the road blew up a car in al-Shuhail on Tuesday, injuring its "
        "driver, the Deir ez-Zor 24 network reported.",
        date(2024, 3, 6),  # a Wednesday
        [dict(date="2024-03-05", site="al_shuhail")],
    ),
    (
        "monitor-gunmen-from-families-in-a-town",
        # "gunmen from local families" says who they are, not where fire came from: Dhiban is the scene
        "Clashes broke out on Sunday evening between the SDF and gunmen from local families of the Baqqara in "
        "Dhiban town, in the eastern countryside of Deir ez-Zor, the monitor said.",
        date(2024, 3, 12),  # a Tuesday
        [dict(date="2024-03-10", site="thiban")],
    ),
    (
        "monitor-last-week-item-does-not-place-the-day",
        # an item dated only by last week is another incident: it does not move the day's to its town
        "Unknown gunmen shot dead a tribal elder on Sunday evening in the eastern countryside of Deir ez-Zor, "
        "a relative told the monitor.\n\n"
        "Last week, a member of the local council in al-Shuhail was gunned down near his home.",
        date(2020, 8, 3),  # a Monday
        [dict(date="2020-08-02", site="deir_ez_zor_province")],
    ),
    (
        "kurdish-trend-then-an-example-of-days-before",
        # an incident of days before, told right after a sentence that sums up a trend, is its example
        "A roadside bomb planted by ISIS cells struck a military vehicle of the SDF this morning near the town of "
        "al-Busayrah, wounding three fighters, our correspondent reported.\n\n"
        "ISIS cells have stepped up their attacks in the countryside of Deir ez-Zor in recent weeks.\n\n"
        "On Friday, gunmen shot dead a farmer in the town of Hajin as he returned from his fields.",
        date(2021, 9, 13),  # a Monday
        [dict(date="2021-09-13", site="al_busayrah")],
    ),
    (
        "kurdish-armed-men-opened-fire",
        # "opened fire on" is the shooting itself, even with no weapon or known actor named
        "News Desk - According to a local source, two armed men on a motorbike opened fire on a schoolteacher in the "
        "town of al-Busayrah yesterday evening as he left the mosque, and he died of his wounds in hospital.",
        date(2022, 5, 10),
        [dict(date="2022-05-09", site="al_busayrah")],
    ),
    (
        "wire-strikes-ending-in-the-early-hours",
        # the close of a span of strikes is not their day: they are dated by their start
        "BEIRUT (AP) — U.S. aircraft and artillery killed dozens of pro-government fighters in eastern Syria after "
        "they attacked a position of the U.S.-backed SDF, the coalition said Saturday.\n\n"
        "The militiamen began shelling the position near the village of Khasham late on Friday, according to the "
        "statement.\n\n"
        "Officials said the U.S. strikes, carried out by jets and attack helicopters, went on for about two hours, "
        "ending in the early hours of Saturday.",
        date(2019, 3, 2),  # a Saturday
        [dict(date="2019-03-01", site="khasham", perpetrator=US), dict(date="2019-03-01", site="khasham")],
    ),
    (
        "translated-province-sums-up-the-towns",
        # the night's strikes told at the province, then at three of its towns: the towns are the incidents
        "Israeli jets carried out numerous air strikes in eastern Syria on Tuesday night, according to reports.\n\n"
        "The raids targeted positions of the Syrian army and pro-Iranian militias in the province of Deir ez-Zor "
        "near the Iraqi border, the Syrian Observatory for Human Rights said.\n\n"
        "In the city of Deir ez-Zor a weapons depot near the airport was hit, in al-Mayadin several militia "
        "positions were struck and near Albu Kamal a base of the Fatemiyoun was destroyed.",
        date(2021, 1, 13),  # a Wednesday
        [dict(date="2021-01-12", site="deir_ez_zor_city"), dict(date="2021-01-12", site="al_mayadin"),
         dict(date="2021-01-12", site="albu_kamal")],
    ),
    (
        "monitor-a-trend-over-the-last-months-is-no-news",
        # a trend told over "the last few months" at two towns is context for the night's killing
        "Unknown gunmen shot dead a member of the regime's Air Force Intelligence last night in the town of "
        "al-Quriyah, local sources told our network.\n\n"
        "Assassinations of this kind have multiplied in the countryside of al-Mayadin and Albu Kamal over the "
        "last few months, targeting officers and informants alike.",
        date(2019, 6, 4),
        [dict(date="2019-06-03", site="al_quriyah")],
    ),
    (
        "wire-the-base-named-just-before",
        # "a rocket attack on the base" told right after an attack at a named base is at that base
        "A one-way attack drone struck the Conoco gas field base in eastern Syria on Monday, causing no injuries, "
        "a U.S. official said. Another drone was shot down near the Shaddadi base the same day.\n\n"
        "The Islamic Resistance in Iraq claimed both attacks on Telegram.\n\n"
        "Monday's attack at Conoco was followed by a rocket attack on the base on Tuesday, the official added.",
        date(2023, 10, 25),  # a Wednesday
        [dict(date="2023-10-23", site="conoco_gas_field"), dict(date="2023-10-23", site="shaddadi"),
         dict(date="2023-10-24", site="conoco_gas_field")],
    ),
    (
        "live-post-after-midnight-tells-the-night-before",
        # a live page's summary stamped in the small hours recaps the evening's strikes, not a new day's
        "Live: US strikes in eastern Syria\n\n"
        "Sun 9 Mar 2025 01.05 GMT\nSummary\nWe are pausing our coverage. The main developments of the night:\n"
        "- A war monitor says at least 12 militia fighters were killed in strikes in al-Mayadin and Albu Kamal.\n"
        "- Iraqi officials say strikes around al-Qaim killed four people.\n\n"
        "Sat 8 Mar 2025 21.10 GMT\n"
        "Residents of al-Mayadin and Albu Kamal say loud explosions shook the towns this evening as US aircraft "
        "struck positions of Iran-backed militias. Iraqi sources report strikes near al-Qaim.\n\n"
        "Sat 8 Mar 2025 19.00 GMT\nWelcome to our live coverage.",
        date(2025, 3, 9),
        [dict(date="2025-03-08", site="al_mayadin"), dict(date="2025-03-08", site="albu_kamal"),
         dict(date="2025-03-08", site="al_qaim")],
    ),
    (
        "undated-bulletin-dated-by-the-month-its-heading-covers",
        # a thread with no date of its own but a heading naming the month (and week) it covers: its "On the
        # 10th" and "Wed 12.03" fall in that month, and every item of the period is news, not context
        "EUPHRATES SECURITY BULLETIN — March 2025, week 3\n\n"
        "1/ On the 10th: gunmen on a motorbike shot dead a member of the local council in Thiban. No claim.\n\n"
        "2/ Wed 12.03 — an IED struck an SDF patrol on the road near al-Shuhail, wounding two fighters.\n\n"
        "3/ Sat 15.03, evening — a drone hit a car near al-Busayrah, killing its driver, local sources said.",
        None,
        [dict(date="2025-03-10", site="thiban"), dict(date="2025-03-12", site="al_shuhail"),
         dict(date="2025-03-15", site="al_busayrah")],
    ),
    # --- a battery of our own: a denial that a strike took place, a question left open -----------
    (
        "denied-that-any-strike-took-place",
        # a denial that a strike took place at all reports none
        "The Pentagon denied that any strike took place near Albu Kamal on Sunday, calling the reports false.",
        date(2024, 2, 6),  # a Tuesday
        [],
    ),
    (
        "declined-to-say-whether-struck",
        # a question the podium leaves open is no report of a strike
        "The Pentagon press secretary declined to say whether American aircraft had struck targets near al-Mayadin "
        "on Monday.",
        date(2024, 2, 6),
        [],
    ),
    # --- a battery of our own: drills, plots and the dead of an event told elsewhere ---------------
    (
        "drill-simulated-an-attack",
        # a drill that simulates an attack is no attack
        "Coalition troops simulated an attack on the Shaddadi base on Monday as part of an exercise to test their "
        "defences.",
        date(2024, 2, 6),  # a Tuesday
        [],
    ),
    (
        "drill-repelled-a-mock-assault",
        "The army held a drill on Monday near the Deir ez-Zor airport, in which troops repelled a mock assault by "
        "infiltrators.",
        date(2024, 2, 6),
        [],
    ),
    (
        "accused-of-planning-drone-strikes",
        # an accusation of planning strikes reports none
        "The SDF accused Turkey on Monday of planning drone strikes on oil facilities in Hasakah.",
        date(2024, 2, 6),
        [],
    ),
    (
        "convicted-of-planning-bombings",
        "The court in Hasakah convicted five men on Monday of planning bombings in Qamishli.",
        date(2024, 2, 6),
        [],
    ),
    (
        "names-of-fighters-killed",
        # a list of the dead published on Monday dates the list, not the clashes they were killed in
        "The SDF published on Monday the names of 12 fighters killed in clashes with ISIS in Hajin.",
        date(2024, 2, 6),
        [],
    ),
    (
        "battery-explosion-rocked-a-town",
        # a weak "explosion" with what it did to a place: "rocked", "shook", "ripped through"
        "An explosion shook the town of Hajin late on Friday, local sources said. No casualties were reported.",
        date(2024, 4, 6),  # a Saturday
        [dict(date="2024-04-05", site="hajin")],
    ),
    (
        "battery-blast-ripped-through-a-market",
        "A blast ripped through a market in al-Mayadin on Thursday, the monitor said.",
        date(2024, 4, 5),  # a Friday
        [dict(date="2024-04-04", site="al_mayadin")],
    ),
    (
        "battery-unknown-gunmen-killed-a-teacher",
        # a weak "killed" whose subject is the attackers
        "Unknown gunmen killed a teacher in the town of al-Shuhail on Wednesday evening, a local network reported.",
        date(2024, 4, 4),  # a Thursday
        [dict(date="2024-04-03", site="al_shuhail")],
    ),
    (
        "battery-gunmen-raided-a-checkpoint",
        # a raid on armed men's posts is an attack (a raid on homes of suspects is a sweep)
        "Gunmen raided a checkpoint of the National Defence Forces in al-Quriyah on Monday, killing one guard.",
        date(2024, 4, 2),  # a Tuesday
        [dict(date="2024-04-01", site="al_quriyah")],
    ),
    (
        "battery-raided-the-homes-of-suspects",
        "SDF forces raided the homes of suspected ISIS members in al-Busayrah on Monday and arrested five people.",
        date(2024, 4, 2),
        [],
    ),
    (
        "battery-evening-of-yesterday-weekday",
        # an hour told "of" a day is that day's hour, not the publication day's
        "Two militiamen were killed in the evening of yesterday, Wednesday, by a drone strike that targeted their car "
        "near Hajin.",
        date(2024, 7, 11),  # a Thursday
        [dict(date="2024-07-10", site="hajin")],
    ),
    (
        "battery-early-hours-of-yesterday",
        "The base at Kharab al-Jir came under a drone attack in the early hours of yesterday, Monday.",
        date(2024, 7, 9),  # a Tuesday
        [dict(date="2024-07-08", site="kharab_al_jir")],
    ),
    (
        "battery-roadside-bomb-wounded-three",
        # a wounding told as a deed, with what did it
        "A roadside bomb wounded three members of the Asayish in Shaddadi on Monday morning.",
        date(2024, 7, 11),  # a Thursday
        [dict(date="2024-07-08", site="shaddadi")],
    ),
    (
        "battery-guard-wounded-by-gunmen",
        "A guard was wounded by gunmen at a checkpoint in al-Busayrah yesterday, a local network reported.",
        date(2024, 7, 11),
        [dict(date="2024-07-10", site="al_busayrah")],
    ),
    (
        "battery-briefer-not-tracking-an-attack",
        # a count of the wounded told of no place, and a briefer who knows of no attack, report nothing
        "Q: How many service members have been injured so far?\n\n"
        "MS. LEE: As of today, 12 U.S. personnel were injured. I'm not tracking an attack at Conoco.",
        date(2024, 7, 11),
        [],
    ),
    (
        "battery-member-of-a-civil-council",
        # a place that names a body ("the Deir ez-Zor Civil Council") is not where the event was
        "Gunmen on a motorcycle assassinated a member of the Deir ez-Zor Civil Council in the town of Hajin on "
        "Thursday, the Observatory said.",
        date(2024, 5, 18),  # a Saturday
        [dict(date="2024-05-16", site="hajin")],
    ),
    (
        "battery-militants-torched-a-house",
        "ISIS militants torched the house of an SDF commander in Thiban on Monday night, activists said.",
        date(2024, 6, 4),  # a Tuesday
        [dict(date="2024-06-03", site="thiban")],
    ),
    (
        "battery-threw-a-hand-grenade",
        "Unknown assailants threw a hand grenade at a shop in the town of al-Busayrah on Sunday, wounding the owner.",
        date(2024, 6, 4),
        [dict(date="2024-06-02", site="al_busayrah")],
    ),
    (
        "battery-an-airdrop-at-dawn",
        # a helicopter landing raid
        "An airdrop by coalition helicopters in the town of al-Shuhail at dawn on Sunday ended with the arrest of "
        "two men, local sources said.",
        date(2024, 6, 4),
        [dict(date="2024-06-02", site="al_shuhail")],
    ),
    (
        "battery-citizen-martyred-by-a-sniper",
        # state media's "martyred" is a death as "killed" is
        "Deir ez-Zor, SANA - A citizen was martyred on Tuesday evening by the bullets of a sniper of the SDF militia "
        "in the town of al-Tabiyah.",
        date(2024, 9, 11),  # a Wednesday
        [dict(date="2024-09-10", site="al_tabiyah")],
    ),
    (
        "battery-place-label-with-a-colon",
        # a place label that opens the line ("Hasakah:") is where the story is filed, not the event's place
        "Hasakah: An explosion targeted an Asayish checkpoint at the entrance of al-Hol camp late on Wednesday.",
        date(2024, 10, 10),  # a Thursday
        [dict(date="2024-10-09", site="al_hol")],
    ),
    (
        "battery-was-shot-in-the-head",
        # a shooting told in the passive
        "In Hajin, meanwhile, a member of the SDF intelligence was shot in the head by gunmen on Wednesday evening.",
        date(2024, 11, 7),  # a Thursday
        [dict(date="2024-11-06", site="hajin")],
    ),
    (
        "battery-gunmen-shot-him",
        "A man was seriously injured after gunmen shot him in front of his house in Mo Hassan on Tuesday.",
        date(2024, 10, 9),  # a Wednesday
        [dict(date="2024-10-08", site="mo_hassan")],
    ),
    (
        "battery-explosions-heard-at-a-base",
        # explosions heard at a place are coded an attack there
        "Loud explosions were heard on Wednesday evening at the Conoco base in Deir ez-Zor, local sources told "
        "Sputnik. The cause was not immediately known.",
        date(2025, 2, 6),  # a Thursday
        [dict(date="2025-02-05", site="conoco_gas_field")],
    ),
    (
        "battery-sound-of-explosions-heard-in-towns",
        # ...but the towns where people heard the sound of them are not where they were
        "US aircraft struck militia depots near al-Mayadin late on Friday, the monitor said. The sound of "
        "explosions was heard in the towns of al-Quriyah and al-Ashara.",
        date(2024, 2, 3),  # a Saturday
        [dict(date="2024-02-02", site="al_mayadin")],
    ),
    (
        "battery-vehicle-ran-over-a-mine",
        "Three SDF fighters lost their lives when their vehicle ran over a mine near al-Baghuz on Wednesday.",
        date(2025, 3, 6),  # a Thursday
        [dict(date="2025-03-05", site="al_baghuz")],
    ),
    (
        "battery-tanker-set-on-fire",
        "An oil tanker was set on fire by gunmen near the Jafra field on Tuesday, local sources said.",
        date(2025, 3, 5),  # a Wednesday
        [dict(date="2025-03-04", site="al_jafra_oil_field")],
    ),
    (
        "battery-bomb-at-a-council-office",
        # an office that was hit is no newsroom: "office in Thiban" places the blast
        "Unknown people detonated a bomb at the door of a council office in Thiban on Tuesday evening.",
        date(2025, 3, 5),  # a Wednesday
        [dict(date="2025-03-04", site="thiban")],
    ),
    (
        "funeral-day-is-not-the-strike-day",
        # the day told inside "the funeral ... of the commander killed" is the funeral's: the strike, told
        # only through it, is context
        "Hundreds of mourners walked behind the coffin in al-Mayadin on Sunday at the funeral of a militia leader "
        "killed in a drone strike.",
        date(2023, 10, 9),
        [],
    ),
    (
        "the-strikes-also-hit-another-town",
        # a follow-up paragraph that adds a hit ("also targeted", "another strike", "a second strike") tells the
        # same night's other place: news, not a passing mention
        "US warplanes struck two weapons depots in al-Mayadin on Friday, the Pentagon said.\n\n"
        "The US military also targeted a command post near Albu Kamal, it added.",
        date(2024, 2, 3),
        [dict(date="2024-02-02", site="al_mayadin"), dict(date="2024-02-02", site="albu_kamal", event_type="air/drone strike")],
    ),
    (
        "a-second-strike-hit-another-town",
        "Israeli jets bombed a warehouse near Deir ez-Zor airport late on Sunday, SANA said.\n\n"
        "A second strike hit a truck near al-Mayadin, killing four fighters, according to the Observatory.",
        date(2024, 11, 4),
        [dict(date="2024-11-03", site="deir_ez_zor_airport"), dict(date="2024-11-03", site="al_mayadin", killed=4)],
    ),
    (
        "one-aerial-aggression-at-two-places-is-one-kind-of-strike",
        # the kind told in one place's sentence ("an aerial aggression") is the other place's too
        "DEIR EZZOR, (SANA) - The Israeli enemy carried out an aerial aggression at dawn on Wednesday on the city of "
        "Deir Ezzor, a military source said.\n\n"
        "The Israeli enemy also targeted positions in the desert around Albu Kamal near the border with Iraq, the source "
        "added.",
        date(2021, 1, 13),
        [dict(date="2021-01-13", site="deir_ez_zor_city", event_type="air/drone strike"),
         dict(date="2021-01-13", site="albu_kamal", event_type="air/drone strike", perpetrator="Israel")],
    ),
    (
        "sorties-hitting-positions",
        # a participle tells the hit: "carried out sorties ..., hitting ISIS positions"
        "Russian jets carried out sorties over the desert near al-Mayadin on Wednesday, hitting ISIS positions, "
        "the ministry said.",
        date(2024, 3, 7),
        [dict(date="2024-03-06", site="al_mayadin", perpetrator="Russia")],
    ),
    (
        "a-suicide-car-bomber-is-no-aircraft",
        # the bomber who rams a checkpoint carries a bomb: an explosive attack, and the checkpoint's owner is hit
        "A suicide car bomber rammed an SDF checkpoint in Hajin on Wednesday, killing four fighters.",
        date(2024, 3, 7),
        [dict(date="2024-03-06", site="hajin", event_type="remote explosive/landmine/IED", killed=4)],
    ),
    (
        "one-place-struck-on-two-days",
        # one incident per date and site: "on March 11 and March 12" is two days of strikes
        "The Russian military said its aircraft struck ISIS hideouts near al-Mayadin on March 11 and March 12.",
        date(2024, 3, 18),
        [dict(date="2024-03-11", site="al_mayadin"), dict(date="2024-03-12", site="al_mayadin")],
    ),
    (
        "clashes-on-two-named-days",
        "Clashes between the SDF and tribal fighters in Thiban on Saturday and Sunday killed 12 people, the "
        "Observatory said.",
        date(2024, 3, 18),
        [dict(date="2024-03-16", site="thiban"), dict(date="2024-03-17", site="thiban")],
    ),
    (
        "fighting-between-two-days-is-no-pair",
        # "between Saturday and Monday" bounds a span: not two days' incidents
        "Fighting between the SDF and tribal fighters raged in Thiban between Saturday and Monday, the Observatory "
        "said.",
        date(2024, 3, 19),
        [],
    ),
    (
        "a-base-that-has-been-hit-before-is-hit-today",
        # an aside about the site's past ("which has been hit ... before") is a recall cue, but the clause's own
        # day makes its attack news: only the [lasting] cues (funerals, repairs, anniversaries) stay recalled
        "The al-Omar oil field base, which has been hit by militia rockets before, came under a drone attack on "
        "Monday, the Observatory said.",
        date(2023, 10, 24),
        [dict(date="2023-10-23", site="al_omar_oil_field")],
    ),
    (
        "the-most-hit-base-attacked-on-a-named-day",
        "The Green Village, the most hit of the US bases, was attacked with rockets on Monday evening, local "
        "sources said.",
        date(2023, 10, 24),
        [dict(date="2023-10-23", site="green_village")],
    ),
    (
        "denial-of-involvement-dated-by-its-saying",
        # a stance told on a day ("insisted on Tuesday") dates the saying; the attack it disowns is told elsewhere
        "A spokesman for the Iraqi factions insisted on Tuesday that the groups had nothing to do with the attack on "
        "the Conoco base.",
        date(2024, 2, 7),
        [],
    ),
    (
        "boast-looks-back-with-before",
        # "before" with nothing after it looks back: no strike of today
        "\"We attacked the Americans at the Conoco field before and we will attack them again,\" a militia commander "
        "said on Saturday.",
        date(2024, 2, 10),
        [],
    ),
    (
        "figurative-attack-on-the-tribes",
        # an attack on something no weapon hits is a figure of speech
        "Damascus called the SDF's detention campaign in al-Busayrah an attack on the tribes, state television "
        "reported on Wednesday.",
        date(2025, 3, 6),
        [],
    ),
    (
        "nature-strikes-no-attack",
        # lightning, an earthquake, floods "strike" and "hit" without an attacker
        "Lightning struck a tent near al-Busayrah on Monday, killing a shepherd. Days later, floods hit several "
        "villages around Hajin.",
        date(2025, 3, 6),
        [],
    ),
    (
        "football-match-words",
        # a match report: "fired a late winner", "struck twice on the counter"
        "The Raqqa side's striker fired a late winner in Deir ez-Zor on Friday after the hosts had struck twice on "
        "the counter.",
        date(2025, 3, 9),
        [],
    ),
    (
        "trial-of-men-charged-over-bombing",
        # a charge names the deed; the trial is the news
        "The trial opened on Sunday in Qamishli of three men charged over the bombing of a bakery in al-Hasakah.",
        date(2025, 3, 10),
        [],
    ),
    (
        "correction-misidentified",
        # a correction's account of what an earlier story got wrong
        "Correction: A report on Tuesday about the rocket attack near al-Shaddadi misidentified the base.",
        date(2025, 3, 13),
        [],
    ),
    (
        "outlet-blurb-covers-attacks",
        # the outlet's description of itself
        "About us: Furat Voice is a local network that covers attacks, raids and explosions in al-Mayadin and "
        "Albu Kamal.",
        date(2025, 3, 13),
        [],
    ),
    (
        "burial-repair-celebration-told-on-a-day",
        # what is done on a day for the dead, the damage, or in answer to an event told elsewhere
        "Families in al-Mayadin buried on Sunday the four men who died in the shelling. On Monday, workers repaired "
        "the bakery in al-Quriyah that had been damaged in the strikes. Crowds in Albu Kamal on Tuesday cheered the "
        "attack on the American base.",
        date(2025, 4, 2),
        [],
    ),
    (
        "arrest-sanction-rejected-claims",
        # an arrest of suspects, a sanction of financiers, a rejection of claims: no attack told as news
        "The SDF said on Sunday it had detained three men suspected of carrying out the bombing in Hajin. On Monday "
        "Washington sanctioned two traders it said funded attacks on the Conoco base. Ankara on Tuesday rejected "
        "claims that its jets had struck a school near Amuda.",
        date(2025, 4, 2),
        [],
    ),
    (
        "place-named-as-far-from-the-event",
        # a place named only as far from the event does not place it
        "Jordanian jets struck the hideouts of drug smugglers on Thursday, far from the American garrison at al-Tanf.",
        date(2024, 1, 19),
        [],
    ),
    (
        "funeral-of-the-dead-of-a-dated-strike",
        # a strike told only through the burial of its dead is recalled in a clause, its own day told or not
        "Crowds in Albu Kamal on Monday buried two militiamen killed in a coalition strike on Saturday night near "
        "al-Mayadin.",
        date(2024, 2, 6),
        [],
    ),
    (
        "part-of-day-of-a-bare-ordinal-day",
        # "on the morning of the 17th": the day of the month told with a part of the day before it, not
        # the day the family spoke
        "Gunmen on a motorbike shot dead a tribal elder in Hajin on the morning of the 17th, his relatives told "
        "reporters on Tuesday.",
        date(2023, 12, 19),
        [dict(date="2023-12-17", site="hajin")],
    ),
    (
        "dateline-with-its-year-leads-the-first-paragraph",
        # a page with no date of its own but a wire dateline printing the full date before the story on the
        # same line: the dateline is the day the story was filed, and "on Monday" the day before it
        "HASAKAH, 19/12/2023 (ANHA) - Turkish drones struck a car near Tal Tamr on Monday evening, killing two "
        "members of the internal security forces.",
        None,
        [dict(date="2023-12-18", site="tal_tamr")],
    ),
    (
        "translated-evening-hours-of-yesterday",
        # a translated report counts "the evening hours": the part of the day belongs to "yesterday" after it
        "Gunmen killed a member of the local council in Hajin in the evening hours yesterday, activists said.",
        date(2023, 12, 19),
        [dict(date="2023-12-18", site="hajin")],
    ),
    (
        "translated-morning-hours-of-a-weekday",
        # "in the morning hours of Monday": the weekday named after the counted hours is the day
        "A landmine left by IS exploded under a shepherd's truck near al-Busayrah in the morning hours of Monday, "
        "local sources reported.",
        date(2023, 12, 20),
        [dict(date="2023-12-18", site="al_busayrah")],
    ),
    # --- actor words of other eras and sides (actors.toml) ---------------------------------------
    (
        "russian-air-strikes-name-russia",
        # a monitor's "Russian air strikes": the strikes are Russia's
        "Russian air strikes killed 34 civilians fleeing across the Euphrates near Deir ez-Zor on Sunday, "
        "the Observatory said.",
        date(2017, 9, 11),
        [dict(date="2017-09-10", site="deir_ez_zor_city", perpetrator="Russia", target="civilians")],
    ),
    (
        "tehrans-proxies-are-the-militias",
        "Tehran's proxies fired rockets at the Green Village on Sunday, the coalition said.",
        date(2023, 8, 7),
        [dict(date="2023-08-06", site="green_village", perpetrator=MIL, target=US)],
    ),
    (
        "assads-forces-and-regime-helicopters",
        "Assad's forces shelled SDF positions east of the Euphrates near Deir ez-Zor on Friday, the Kurdish-led "
        "force said.\n\nRegime helicopters dropped barrel bombs on villages near Albu Kamal on Tuesday, activists said.",
        date(2017, 9, 23),
        [dict(date="2017-09-22", site="deir_ez_zor_city", perpetrator="Syrian government", target="SDF"),
         dict(date="2017-09-19", site="albu_kamal", perpetrator="Syrian government")],
    ),
    (
        "defence-ministry-forces-are-the-new-army",
        "Defence Ministry forces shelled SDF positions in Thiban on Sunday, the Kurdish-led force said, wounding three.",
        date(2025, 9, 1),
        [dict(date="2025-08-31", site="thiban", perpetrator="Syrian government", target="SDF")],
    ),
    (
        "us-backed-forces-are-the-sdf",
        # 2017-2019 wires call the SDF "US-backed forces"
        "US-backed forces pressed their assault on the last Islamic State enclave at Baghuz on Sunday.",
        date(2019, 3, 10),
        [dict(date="2019-03-10", site="al_baghuz", perpetrator="SDF", target="ISIS")],
    ),
    (
        "speaker-that-says-it-struck-is-the-perpetrator",
        # "CENTCOM said it conducted a strike": the speaker tells its own act
        "US Central Command said it conducted a strike near Albu Kamal on Monday that killed two ISIS operatives.",
        date(2025, 10, 15),
        [dict(date="2025-10-13", site="albu_kamal", perpetrator=US, target="ISIS")],
    ),
    (
        "speaker-whose-fighters-killed-is-the-perpetrator",
        "The Kurdish-led force said its fighters killed an ISIS emir in a raid on Sunday in al-Shuhail.",
        date(2022, 3, 14),
        [dict(date="2022-03-13", site="al_shuhail", perpetrator="SDF", target="ISIS")],
    ),
    (
        "speaker-whose-forces-were-hit-is-no-perpetrator",
        # what befell the speaker's forces does not make it the attacker
        "The SDF said its fighters at a checkpoint in Hajin were attacked by ISIS gunmen on Thursday.",
        date(2019, 7, 5),
        [dict(date="2019-07-04", site="hajin", perpetrator="ISIS")],
    ),
    (
        "who-repels-an-attack-is-its-target",
        # "repelled an ISIS attack": ISIS attacked, the subject fended it off
        "US-backed fighters repelled an ISIS attack on their positions in Gharanij at dawn on Saturday, the SDF said.",
        date(2018, 11, 3),
        [dict(date="2018-11-03", site="gharanij", perpetrator="ISIS", target="SDF")],
    ),
    (
        "troops-that-fought-off-an-assault-are-its-target",
        "Syrian army units fought off an attack by Daesh on their positions near al-Quriyah on Wednesday at dawn.",
        date(2018, 5, 3),
        [dict(date="2018-05-02", site="al_quriyah", perpetrator="ISIS", target="Syrian government")],
    ),
    (
        "ground-taken-from-a-party-is-a-clash",
        # a town or field taken from a named party is fighting there; who lost it is the target
        "Government forces recaptured Albu Kamal from Islamic State on Thursday, the army said.",
        date(2017, 11, 10),
        [dict(date="2017-11-09", site="albu_kamal", event_type="armed clash", perpetrator="Syrian government", target="ISIS")],
    ),
    (
        "oil-field-seized-from-isis",
        "YPG-led fighters seized the al-Omar oil field from ISIS on Sunday, the Syrian Democratic Forces said.",
        date(2017, 10, 23),
        [dict(date="2017-10-22", site="al_omar_oil_field", perpetrator="SDF", target="ISIS")],
    ),
    (
        "whose-sniper-fire-units-came-under",
        # "came under SDF sniper fire", "came under an ISIS attack": whose fire or attack it was
        "State media said army units came under SDF sniper fire in Deir ez-Zor city on Thursday, killing one soldier.\n\n"
        "Separately, fighters of the Kurdish-led force came under an ISIS attack in Hajin on Wednesday night.",
        date(2025, 11, 21),
        [dict(date="2025-11-20", site="deir_ez_zor_city", perpetrator="SDF"),
         dict(date="2025-11-19", site="hajin", perpetrator="ISIS")],
    ),
    (
        "an-army-patrol-is-the-government",
        # "an army post", "an army patrol": the Syrian army's, even in a town the militias held
        "A roadside bomb hit an army patrol near Albu Kamal on Friday, killing two soldiers, state media said.",
        date(2019, 5, 11),
        [dict(date="2019-05-10", site="albu_kamal", target="Syrian government")],
    ),
    (
        "weapons-seized-from-a-cell-are-no-clash",
        "The SDF seized weapons from an ISIS cell in al-Busayrah on Sunday, a spokesman said.",
        date(2021, 4, 12),
        [],
    ),
    # --- pages with several incidents ----------------------------------------------------------
    (
        "separate-incident-opener-is-news-without-a-date",
        # "In a separate incident, ...": another event of the day, told for itself though it gives no date
        "Two SDF members died in an ambush near Thiban on Tuesday. In a separate incident, unknown gunmen "
        "shot dead a shepherd in al-Sukkariyah.",
        date(2024, 5, 15),
        [dict(date="2024-05-14", site="thiban"), dict(date="2024-05-14", site="al_sukkariyah")],
    ),
    (
        "in-response-opener-tells-the-answer",
        # "In response, US forces shelled ...": the answer to the attack is an incident of its own
        "Rockets were fired at the US base at the Conoco field on Tuesday. In response, US forces shelled "
        "launch sites near Mahkan.",
        date(2024, 5, 15),
        [dict(date="2024-05-14", site="conoco_gas_field"), dict(date="2024-05-14", site="mahkan")],
    ),
    (
        "bare-bomb-that-killed-is-a-weapon",
        # "a bomb killed a fighter in Hajin": the bomb is what did it, though neither roadside nor car bomb
        "Gunmen attacked an SDF checkpoint in al-Busayrah on Monday night. The next day, a bomb killed a "
        "fighter in Hajin.",
        date(2024, 5, 15),
        [dict(date="2024-05-13", site="al_busayrah"), dict(date="2024-05-14", site="hajin")],
    ),
    (
        "toll-update-names-its-event",
        # "the death toll from Tuesday's car bomb in Albu Kamal rose to 9": the update is news of that bombing
        "The death toll from Tuesday's car bomb in Albu Kamal rose to 9, a monitor said on Wednesday. "
        "Dozens were wounded.",
        date(2024, 5, 15),
        [dict(date="2024-05-14", site="albu_kamal")],
    ),
    (
        "digest-item-labelled-by-province-is-at-its-town",
        # "- Hasakah: ... near al-Hol": the label names the province, the town in the item is where it was
        "Daily monitor digest:\n"
        "- Deir ez-Zor: gunmen killed an SDF member in Thiban on Wednesday.\n"
        "- Hasakah: a landmine wounded two shepherds near al-Hol on Wednesday.",
        date(2024, 10, 3),
        [dict(date="2024-10-02", site="thiban"), dict(date="2024-10-02", site="al_hol")],
    ),
    (
        "dead-told-before-the-blast-that-killed-them",
        # "were killed in an explosion in Hajin": two weak words (killed, explosion) make one report when
        # the dead are told first, as when the blast is ("an explosion killed seven")
        "Seven people were killed in an explosion in Hajin on Monday, a local council said on Wednesday. "
        "The blast also damaged several shops.",
        date(2023, 9, 6),
        [dict(date="2023-09-04", site="hajin")],
    ),
    (
        "timeline-under-the-story-is-recalled",
        # a "Timeline of recent attacks:" sub-heading after the story: its dated items, even four days old,
        # are context (gold conventions: a timeline paragraph is background)
        "Drone targets base in Hasakah\n\n"
        "A drone attacked the Rumailan base in Hasakah province on Tuesday night, the coalition said.\n\n"
        "Timeline of recent attacks:\n"
        "May 7: A drone was shot down near the Conoco gas field.\n"
        "May 11: Rockets landed near al-Tanf.",
        date(2024, 5, 15),
        [dict(date="2024-05-14", site="rumailan")],
    ),
    (
        "fire-opened-on-protesters-is-an-incident",
        # gunmen who opened fire on protesters in Thiban: a shooting (the gold counts one at al-Shuhail)
        "Deir Ezzor (SANA) - A citizen was martyred today at dawn when a landmine exploded in al-Quriyah. "
        "Yesterday evening, militia gunmen opened fire on protesters in Thiban, injuring three.",
        date(2024, 3, 20),
        [dict(date="2024-03-20", site="al_quriyah"), dict(date="2024-03-19", site="thiban")],
    ),
    (
        "claims-next-target-told-with-also",
        # "It also targeted the Kharab al-Jir base": the claim's second target is a second incident
        "The Islamic Resistance in Iraq said it targeted the US base at the al-Omar field with drones on "
        "Tuesday. It also targeted the Kharab al-Jir base in the Hasakah countryside.",
        date(2024, 3, 20),
        [dict(date="2024-03-19", site="al_omar_oil_field"), dict(date="2024-03-19", site="kharab_al_jir")],
    ),
    (
        "war-remnant-explosion-is-a-blast",
        # state media's "explosion of a war remnant": leftover ordnance is what went off
        "Hasakah, SANA - US occupation forces brought 40 trucks of weapons to their bases on Wednesday.\n\n"
        "In Deir Ezzor, a child was martyred and two others were injured on Wednesday by the explosion of a "
        "war remnant in al-Ashara.",
        date(2023, 8, 31),
        [dict(date="2023-08-30", site="al_ashara", event_type="remote explosive/landmine/IED")],
    ),
    (
        "others-also-did-is-another-incident",
        # "Gunmen also killed ... in al-Busayrah": a deed of other hands told with "also" is another event,
        # not a passing mention (but "the strike also hit a house" is more of the strike)
        "Israeli strikes hit two militia sites in Albu Kamal early on Friday, the monitor said.\n\n"
        "Gunmen also killed an SDF commander in al-Busayrah, the SDF said.",
        date(2024, 6, 28),
        [dict(date="2024-06-28", site="albu_kamal"), dict(date="2024-06-28", site="al_busayrah")],
    ),
    (
        "gunfire-from-gunmen-near-a-town-is-there",
        # "killed by gunfire from unknown gunmen near al-Busayrah": the gunmen are where it happened, not
        # a place fire came from
        "Monitor | Eastern Syria\n\n"
        "Activists reported that an SDF member was killed by gunfire from unknown gunmen near al-Busayrah "
        "on Tuesday night.\n\n"
        "In the same context, a landmine exploded near a car in the desert of al-Mayadin, killing two civilians.",
        date(2025, 3, 12),
        [dict(date="2025-03-11", site="al_busayrah"), dict(date="2025-03-11", site="al_mayadin")],
    ),
    (
        "night-and-next-morning-at-two-places",
        # rockets fired overnight at Conoco and an ambush in Thiban on the morning after: a night and the
        # next day told at two places are two incidents, not one night's
        "Rockets were fired overnight at the Conoco base, the coalition said. On Friday morning, gunmen "
        "ambushed an SDF patrol in Thiban.",
        date(2024, 6, 28),
        [dict(date="2024-06-27", site="conoco_gas_field"), dict(date="2024-06-28", site="thiban")],
    ),
    (
        "no-casualties-of-a-party",
        # "none" told of the troops the attack aimed at: no one was killed or wounded
        "Two rockets landed inside the Conoco base in Deir ez-Zor on Tuesday night. No SDF or coalition "
        "personnel were injured, a coalition spokesman said.",
        date(2023, 11, 1),
        [dict(date="2023-10-31", site="conoco_gas_field", killed=0, wounded=0)],
    ),
    (
        "counter-attack-is-fighting",
        # a counterattack is fighting of its own, hyphenated or not
        "ISIS counter-attacked at Hajin on Saturday. The SDF said it held its lines.",
        date(2018, 11, 20),
        [dict(date="2018-11-17", site="hajin")],
    ),
    (
        "infiltration-attempt-repelled",
        # an infiltration attempt fended off is a clash where it was tried
        "Members of the Ministry of Defence repelled an SDF infiltration attempt near Deir ez-Zor city on Friday. Two soldiers were hurt.",
        date(2023, 9, 2),
        [dict(date="2023-09-01", site="deir_ez_zor_city")],
    ),
    (
        "attempt-to-storm",
        # an attempt to storm a post is an attack even when it failed
        "Gunmen made an attempt to storm a checkpoint in Hajin on Wednesday. They were driven off.",
        date(2022, 3, 10),
        [dict(date="2022-03-09", site="hajin")],
    ),
    (
        "captured-a-named-village",
        # ground taken, told by the place taken, with no party it was taken from
        "An SDF commander said on Monday that fighters had captured al-Shuhail, east of Hajin, on Sunday. He gave no toll.",
        date(2018, 11, 20),
        [dict(date="2018-11-18", site="al_shuhail")],
    ),
    (
        "suicide-bomber-blew-himself-up",
        # a suicide bomber who blew himself up, among people fleeing a place
        "A suicide bomber blew himself up among civilians fleeing Baghuz on Friday. Several were killed.",
        date(2019, 2, 16),
        [dict(date="2019-02-15", site="al_baghuz")],
    ),
    (
        "crossed-from-and-attacked-in",
        # a place after 'from ... and attacked' is where the attack was, not where the attackers came from
        "Clan fighters crossed the Euphrates from regime-held areas and attacked SDF posts in Thiban on Friday. Two SDF members were wounded.",
        date(2023, 9, 2),
        [dict(date="2023-09-01", site="thiban")],
    ),
    (
        "hyphenated-car-bombing",
        # a hyphenated car-bombing is a bombing
        "The car-bombing in al-Shuhail on Wednesday killed three people. No group claimed it.",
        date(2022, 3, 10),
        [dict(date="2022-03-09", site="al_shuhail")],
    ),
    (
        "a-town-witnessed-an-explosion",
        # translated copy: a place 'witnessed' an explosion
        "The town of al-Mayadin witnessed an explosion on Wednesday evening. Its cause is unknown.",
        date(2022, 3, 10),
        [dict(date="2022-03-09", site="al_mayadin")],
    ),
    (
        "assassination-of-named-as-noun",
        # a killing named as a noun, 'the assassination of'
        "ISIS claimed the assassination of an SDF official in al-Busayrah on Wednesday. He was shot in his car.",
        date(2022, 3, 10),
        [dict(date="2022-03-09", site="al_busayrah")],
    ),
    (
        "bomb-ripped-through-a-vehicle",
        # a bomb told by what it did: 'ripped through'
        "A roadside bomb ripped through an SDF vehicle near Thiban on Wednesday. Two fighters were killed.",
        date(2022, 3, 10),
        [dict(date="2022-03-09", site="thiban")],
    ),
    (
        "destroyed-a-hideout-told-the-day-after",
        # a target told destroyed, in the past perfect of a statement made the day after
        "The army said on Wednesday it had destroyed an ISIS hideout near al-Mayadin on Tuesday. Five militants were killed.",
        date(2022, 3, 10),
        [dict(date="2022-03-08", site="al_mayadin")],
    ),
    (
        "grenade-thrown-passive",
        # a grenade or a device thrown, told in the passive
        "A grenade was thrown at a shop in Hajin on Wednesday. The owner was wounded.",
        date(2022, 3, 10),
        [dict(date="2022-03-09", site="hajin")],
    ),
    (
        "attempted-infiltration-foiled",
        # an attempted infiltration foiled is fighting
        "An attempted ISIS infiltration was foiled near Thiban on Wednesday. The SDF said two attackers were killed.",
        date(2022, 3, 10),
        [dict(date="2022-03-09", site="thiban")],
    ),
    (
        "figure-follows-the-site-it-names",
        # a sentence with no event of its own that names one of two bases just hit gives that base its figures
        "Militants fired rockets at the Conoco gas field and the Green Village base on Sunday evening. "
        "Two contractors at Conoco were lightly hurt. At Green Village a shell fell on an empty depot; nobody there was injured.",
        date(2022, 3, 14),
        [dict(date="2022-03-13", site="conoco_gas_field", wounded=2), dict(date="2022-03-13", site="green_village", wounded=0)],
    ),
    (
        "victims-told-with-a-pronoun-or-all-its",
        # victims told by "both", "all", "its", "him", or "claimed the life of"
        "A drone hit a pickup near Hajin on Friday, killing both men in it.",
        date(2022, 3, 14),
        [dict(date="2022-03-11", site="hajin", killed=2)],
    ),
    (
        "victims-its-passengers",
        "An explosive device blew up a minibus on the road outside al-Busayrah on Friday, killing all its seven passengers.",
        date(2022, 3, 14),
        [dict(date="2022-03-11", site="al_busayrah", killed=7)],
    ),
    (
        "victim-him",
        "Masked gunmen stopped a tribal notable at the entrance of Thiban on Friday and shot at him, killing him on the spot.",
        date(2022, 3, 14),
        [dict(date="2022-03-11", site="thiban", killed=1)],
    ),
    (
        "claimed-the-life-of",
        "A mortar shell hit a farm near al-Mayadin on Friday and claimed the life of a shepherd.",
        date(2022, 3, 14),
        [dict(date="2022-03-11", site="al_mayadin", killed=1)],
    ),
    (
        "weekday-abbreviation-with-period",
        # "on Mon.", "on Thurs.": a weekday abbreviated alone is that day, not the day of publication
        "Gunmen shot dead a local council member in al-Busayrah on Mon., activists said.\n\n"
        "A drone struck a militia checkpoint near Hajin on Thurs., killing one fighter.",
        date(2024, 12, 20),
        [dict(date="2024-12-16", site="al_busayrah"), dict(date="2024-12-19", site="hajin")],
    ),
    (
        "tanf-hit-the-day-after-the-jordan-base",
        # rockets at al-Tanf on a day of their own, the day after the Tower 22 strike in Jordan, are
        # another event, not that strike told at its neighbour
        "A drone attack on Tower 22 in Jordan killed three US soldiers on Sunday. On Monday, rockets were fired "
        "at the al-Tanf garrison, a US official said.",
        date(2024, 1, 30),
        [dict(date="2024-01-29", site="al_tanf")],
    ),
    (
        "headline-dated-lead-places-by-the-town",
        # the headline names the place and the day; the lead tells the same strike "near the town": the
        # story reports it as news, two days after the event
        "Drone strike hits militia base in al-Mayadin on December 17\n\n"
        "A drone struck a militia base near the town, killing three fighters, a local monitor said.",
        date(2024, 12, 19),
        [dict(date="2024-12-17", site="al_mayadin")],
    ),
    (
        "on-the-eve-of-a-day-named",
        # "on the eve of the elections, which took place on Monday": the day before the day named
        "Unknown gunmen attacked a polling station in al-Mayadin on the eve of the elections, which took place "
        "on Monday, wounding a guard, activists said.",
        date(2024, 12, 18),
        [dict(date="2024-12-15", site="al_mayadin")],
    ),
    (
        "as-another-on-the-day-of-saying",
        # "..., a monitor said on Wednesday, as another explosion struck ...": what happened as it was said,
        # not on the day of the toll's car bomb
        "The death toll from a car bomb in al-Mayadin on Monday rose to 15, a monitor said on Wednesday, "
        "as another explosion struck a market in Albu Kamal.",
        date(2024, 12, 18),
        [dict(date="2024-12-16", site="al_mayadin"), dict(date="2024-12-18", site="albu_kamal")],
    ),
    (
        "response-in-the-desert-is-not-at-the-town",
        # a response told with a place of its own, "in the desert", is not at the town the attack hit
        "Gunmen attacked an army checkpoint in al-Mayadin on Thursday, killing two soldiers. In response, "
        "Russian warplanes carried out more than 20 strikes on ISIS hideouts in the desert on Friday.",
        date(2024, 12, 21),
        [dict(date="2024-12-19", site="al_mayadin")],
    ),
    (
        "weekday-of-last-week",
        # "on Monday of last week": that weekday of the week before the one of publication
        "Gunmen attacked a checkpoint in al-Mayadin on Monday of last week, killing two soldiers, the monitor "
        "said on Thursday.",
        date(2025, 3, 13),
        [dict(date="2025-03-03", site="al_mayadin")],
    ),
    (
        "day-opens-then-a-cause-set-in",
        # "On Wednesday, a day after ..., an IED struck ...": the cause is set in between the day and the news
        "On Wednesday, a day after tribesmen stormed an SDF post in Thiban, an IED struck a patrol in "
        "al-Busayrah, wounding three fighters.",
        date(2025, 3, 13),
        [dict(date="2025-03-12", site="al_busayrah")],
    ),
    # --- events told by their toll, victims or discovery (b18) ------------------------------
    (
        "raid-told-by-its-toll",
        "The raid on Thiban on Monday left two dead and four wounded, the Observatory said.",
        date(2024, 3, 6),
        [dict(date="2024-03-04", site="thiban")],
    ),
    (
        "helicopters-raided-then-martyrs",
        "SANA said on Monday that US helicopters raided al-Shuhail. Three civilians were martyred and others were injured.",
        date(2024, 3, 6),
        [dict(date="2024-03-04", site="al_shuhail", perpetrator="US-led coalition")],
    ),
    (
        "died-of-wounds-after-mine-blast",
        "A farmer died of his wounds on Monday after a mine blast near al-Busayrah.",
        date(2024, 3, 6),
        [dict(date="2024-03-04", site="al_busayrah")],
    ),
    (
        "mine-claimed-the-life",
        "A mine left by ISIS claimed the life of a truffle gatherer in the desert near al-Mayadin on Friday.",
        date(2024, 3, 6),
        [dict(date="2024-03-01", site="al_mayadin")],
    ),
    (
        "army-eliminated-terrorists",
        "Army units, in cooperation with allied forces, eliminated a number of Daesh terrorists near al-Mayadin on Monday.",
        date(2024, 3, 6),
        [dict(date="2024-03-04", site="al_mayadin")],
    ),
    (
        "found-dead-comma-shot",
        "A member of the SDF was found dead near Hajin on Wednesday, shot in the chest.",
        date(2024, 3, 6),
        [dict(date="2024-03-06", site="hajin")],
    ),
    (
        "bodies-found-then-executed",
        "The bodies of two shepherds were found near al-Mayadin on Wednesday. They had been executed by ISIS.",
        date(2024, 3, 6),
        [dict(date="2024-03-06", site="al_mayadin")],
    ),
    (
        "among-the-dead-after-strikes",
        "Women were among the dead after coalition strikes on Hajin on Monday, SANA said.",
        date(2024, 3, 6),
        [dict(date="2024-03-04", site="hajin")],
    ),
    (
        "body-found-long-description",
        "The body of a young man bearing bullet wounds was found on Tuesday near al-Busayrah.",
        date(2024, 3, 6),
        [dict(date="2024-03-05", site="al_busayrah")],
    ),
    (
        "house-was-blown-up",
        "A house in Thiban was blown up on Monday night by unknown persons; no one was hurt.",
        date(2024, 3, 6),
        [dict(date="2024-03-04", site="thiban")],
    ),
    (
        "cell-beheaded-a-shepherd",
        "An ISIS cell beheaded a herder near al-Mayadin on Tuesday, SOHR reported.",
        date(2024, 3, 6),
        [dict(date="2024-03-05", site="al_mayadin")],
    ),
    (
        "civilians-were-slaughtered",
        "Three civilians were slaughtered by ISIS near al-Busayrah on Monday, activists said.",
        date(2024, 3, 6),
        [dict(date="2024-03-04", site="al_busayrah")],
    ),
    (
        "two-sources-two-tolls",
        # two named sources set against each other with different figures: no agreed figure
        "American jets hit a militia depot outside Albu Kamal on Sunday, killing nine men, the Observatory "
        "reported, whereas the Pentagon said three were killed.",
        date(2022, 3, 14),
        [dict(date="2022-03-13", site="albu_kamal", killed=None)],
    ),
    (
        "one-source-updates-its-toll",
        "American jets hit a militia depot outside Albu Kamal on Sunday, killing six men, the Observatory "
        "reported. It later said the toll had risen to nine, but gave no names.",
        date(2022, 3, 14),
        [dict(date="2022-03-13", site="albu_kamal", killed=9)],
    ),
    (
        "killing-one-wounding-another",
        "Coalition commandos stormed a house in Hajin on Sunday, killing a wanted ISIS emir and wounding another.",
        date(2022, 3, 14),
        [dict(date="2022-03-13", site="hajin", killed=1, wounded=1)],
    ),
    (
        "wounding-another-three",
        "A roadside bomb hit an SDF patrol near Hajin on Sunday, killing one fighter and wounding another three.",
        date(2022, 3, 14),
        [dict(date="2022-03-13", site="hajin", killed=1, wounded=3)],
    ),
    (
        "its-troops-were-not-harmed",
        "The coalition said its troops were not harmed when rockets fell near the Conoco field on Sunday.",
        date(2022, 3, 14),
        [dict(date="2022-03-13", site="conoco_gas_field", killed=0, wounded=0)],
    ),
    (
        "killed-the-driver-wounded-his-companion",
        "A sticky bomb went off under a pickup truck in Hajin on Sunday. It killed the driver and injured his brother.",
        date(2022, 3, 14),
        [dict(date="2022-03-13", site="hajin", killed=1, wounded=1)],
    ),
    (
        "a-commander-and-his-bodyguard",
        "A drone hit a jeep on the edge of Hajin on Sunday, killing a Liwa Fatemiyoun commander and his bodyguard.",
        date(2022, 3, 14),
        [dict(date="2022-03-13", site="hajin", killed=2)],
    ),
    (
        "killing-a-boy-and-his-cousin-injuring-his-two-uncles",
        "An old mine went off near Hajin on Sunday, killing a boy and his cousin, and injuring his two uncles.",
        date(2022, 3, 14),
        [dict(date="2022-03-13", site="hajin", killed=2, wounded=2)],
    ),
    (
        "sustained-a-minor-injury",
        "A drone fell inside the Conoco field on Sunday. One US soldier sustained a minor injury.",
        date(2022, 3, 14),
        [dict(date="2022-03-13", site="conoco_gas_field", wounded=1)],
    ),
    (
        "all-personnel-accounted-for",
        "Two one-way drones struck near the Conoco field on Sunday. All coalition personnel are accounted for, "
        "a spokesman said.",
        date(2022, 3, 14),
        [dict(date="2022-03-13", site="conoco_gas_field", killed=0, wounded=0)],
    ),
    # --- villages the gazetteer knows: the incident gets the village, not the province of its countryside
    (
        "village-in-the-eastern-countryside-is-the-site",
        "DEIR EZ-ZOR - Unknown gunmen shot dead an SDF fighter in Darnaj town in the eastern Deir ez-Zor "
        "countryside on Sunday evening, the Syrian Observatory for Human Rights said.\n\n"
        "The gunmen fled on a motorcycle.",
        date(2024, 6, 17),
        [dict(date="2024-06-16", site="darnaj")],
    ),
    (
        "village-shelled-from-the-west-bank",
        "Iran-backed militias on the west bank fired mortar shells at al-Sabha village in the eastern "
        "Deir ez-Zor countryside on Tuesday, wounding two children, local sources said.",
        date(2024, 6, 19),
        [dict(date="2024-06-18", site="al_sabha")],
    ),
    (
        "oil-field-south-of-the-city",
        "Security sources said an ISIS cell attacked an army checkpoint near the Tayyim oil field south of "
        "Deir ez-Zor city at dawn on Friday, killing three soldiers.",
        date(2024, 6, 22),
        [dict(date="2024-06-21", site="al_tayyim_oil_field")],
    ),
    (
        "town-in-the-southern-hasakah-countryside",
        "ISIS gunmen attacked an SDF checkpoint in Markada, in the southern countryside of Hasakah, on Monday "
        "night, killing two fighters, ANHA reported.",
        date(2024, 6, 25),
        [dict(date="2024-06-24", site="markada")],
    ),
    (
        "village-in-the-area-of-its-town-is-one-incident",
        # "Darnaj, in the Thiban area": the village lies in the town's subdistrict, one incident at the village
        "Unknown gunmen killed a man in Darnaj, in the Thiban area, on Monday, local sources said.",
        date(2024, 3, 12),
        [dict(date="2024-03-11", site="darnaj")],
    ),
    (
        "town-and-village-of-its-area-hit-apart-are-two",
        "A drone struck a car in Thiban on Monday, killing two ISIS members. Separately, gunmen shot dead a "
        "teacher in Darnaj on Monday evening.",
        date(2024, 3, 12),
        [dict(date="2024-03-11", site="thiban"), dict(date="2024-03-11", site="darnaj")],
    ),
    (
        "prison-in-the-city-is-the-site",
        "The attack on the Ghwayran prison in al-Hasakah on Thursday killed five guards, the SDF said on Friday.",
        date(2024, 5, 10),
        [dict(date="2024-05-09", site="ghuwayran_prison")],
    ),
    # --- pages with no new incident (battery g3) ----------------------------------------------
    (
        "a-funeral-for-the-dead-of-earlier-clashes",
        # the news is the funeral; the clashes its dead died in are told only as who they were
        "The SDF held a funeral in al-Hasakah on Monday for three of its members who died in clashes with ISIS "
        "cells in the Deir ez-Zor countryside.\n\nThousands attended, and officials vowed to continue the fight.",
        date(2024, 6, 3),
        [],
    ),
    (
        "a-report-dismissed-as-a-rumour",
        # the page denies the attack ever took place
        "Local activists dismissed reports of an ISIS attack on an oil well near al-Omar as rumours.\n\n"
        "They said the fire at the well was caused by a technical fault.",
        date(2024, 8, 25),
        [],
    ),
    (
        "arrested-in-a-raid-is-a-sweep",
        # a cell told by its past attacks, its members arrested in a raid: no fight, no incident
        "The Syrian Observatory said an ISIS cell that carried out several attacks in al-Busayrah was dismantled "
        "by the SDF.\n\nIts members were arrested in a raid on Thursday. No one was hurt.",
        date(2024, 6, 22),
        [],
    ),
    (
        "a-roundup-of-the-south-lends-no-place-of-ours",
        # a weekly roundup: the Daraa and Sweida items are placed there, not in the Deir ez-Zor line that follows
        "Syria this week: in Sweida, clashes between local factions left three dead. In Daraa, a roadside bomb "
        "killed two soldiers on Tuesday.\n\nDeir ez-Zor saw protests against fuel prices.",
        date(2024, 6, 14),
        [],
    ),
    (
        "a-report-found-mistaken",
        # the page retracts an attack: the earlier report "was mistaken"
        "The coalition said on Monday that a report of a rocket attack on the Green Village was mistaken.\n\n"
        "Officials said no such incident had been recorded.",
        date(2024, 7, 8),
        [],
    ),
    (
        "blasts-that-were-controlled-detonations",
        # explosions explained as disposal of old munitions are no attack
        "Explosions heard near the al-Omar field on Monday were controlled detonations of old munitions, "
        "the SDF said.\n\nResidents had been warned in advance.",
        date(2024, 7, 8),
        [],
    ),
    (
        "a-yearly-toll-broken-down-by-cause",
        # a year's statistics: "most were killed in attacks by ..." breaks a toll down, it reports no incident
        "The monitor said on Tuesday that it documented 380 deaths in Deir ez-Zor province in 2023.\n\n"
        "Most were killed in attacks by ISIS cells and in clashes between the SDF and tribal fighters.",
        date(2024, 1, 2),
        [],
    ),
    (
        "a-monthly-toll-of-the-dead",
        # "of the dead, N were killed in shelling" is a share of the month's toll
        "The network recorded 61 deaths in Deir ez-Zor in June.\n\n"
        "Of the dead, 20 were killed in shelling by regime forces and 11 by landmines.",
        date(2024, 7, 1),
        [],
    ),
    (
        "an-obituary-heart-attack",
        # an illness is no attack, and an obituary's battles are the man's past
        "Obituary: a founder of the Deir ez-Zor Military Council died of a heart attack in al-Hasakah on "
        "Thursday.\n\nHe fought ISIS in the battles of Hajin and Baghuz. He was 61.",
        date(2024, 11, 29),
        [],
    ),
    (
        "a-gas-cylinder-exploded",
        # a domestic accident is no attack
        "A gas cylinder exploded in a bakery in Albu Kamal on Monday, injuring three workers.\n\n"
        "Civil defence teams put out the fire; the cause was a leak.",
        date(2024, 1, 16),
        [],
    ),
    (
        "a-drill-on-a-mock-village",
        # a drill: storming a mock village is training
        "Special forces of the SDF stormed a mock village near al-Shaddadi on Friday in a drill filmed by its "
        "media office.\n\nThe unit practised hostage rescue.",
        date(2024, 7, 26),
        [],
    ),
    (
        "mines-detonated-in-a-safe-area",
        # disposal of found mines is no explosion of the day
        "Army engineers collected mines left by ISIS in the countryside of al-Mayadin and detonated them in a "
        "safe area on Wednesday.\n\nWork continues to clear farmland.",
        date(2024, 9, 11),
        [],
    ),
    (
        "an-awareness-campaign-is-no-launch",
        # a civil campaign "launched" on a day is no launch of a weapon
        "Unexploded ordnance killed two children in the countryside of Deir ez-Zor last year, the agency said.\n\n"
        "It launched an awareness campaign in schools of al-Mayadin on Tuesday.",
        date(2023, 10, 3),
        [],
    ),
    (
        "a-drone-that-did-not-strike",
        # a flight told with its strike denied
        "A Turkish drone flew over al-Hasakah on Wednesday but did not strike, residents said.\n\n"
        "Shops closed early.",
        date(2023, 10, 3),
        [],
    ),
    (
        "a-drill-on-the-range",
        # an exercise: tanks firing "at targets" on a range, a live-fire drill
        "State television aired footage of army exercises in the Badia desert near Deir ez-Zor.\n\n"
        "Tanks fired at targets and helicopters provided cover.",
        date(2024, 8, 30),
        [],
    ),
    (
        "jets-that-never-struck",
        # a mission told with its strikes denied: reconnaissance jets that "never carried out air strikes"
        "Translated from German: the Bundeswehr ended its air reconnaissance over Syria on Friday.\n\n"
        "German Tornado jets had flown missions over Deir ez-Zor since 2015. The jets never carried out air strikes.",
        date(2024, 2, 10),
        [],
    ),
    (
        "a-warning-about-any-attack",
        # a threat on a day: "warned on Sunday that any attack ... would be answered" reports none
        "Tehran warned on Sunday that any attack on its advisers in Syria would be answered decisively.\n\n"
        "The foreign ministry spokesman called the American presence in Deir ez-Zor illegal.",
        date(2024, 2, 4),
        [],
    ),
    (
        "a-mine-left-from-the-war-is-placed-where-it-went-off",
        # "from the war" names an era, not where fire came from: the village after it is the place
        "Landmine kills woman\n\nA woman was killed on Sunday by a landmine left over from the war near the "
        "village of Muhaimida in the western countryside of Deir ez-Zor.",
        date(2025, 3, 10),
        [{"date": "2025-03-09", "place_text": "Muhaimida"}],
    ),
    (
        "a-road-accident-is-no-attack",
        # deaths on the road are no incident of the conflict (README: accidents are not incidents)
        "Two dead on the al-Busayrah road\n\nA car accident killed two people on the road to al-Busayrah on "
        "Sunday. Two more were injured in a traffic accident near al-Mayadin the same day.",
        date(2025, 3, 10),
        [],
    ),
    # --- pages with no new incident, second round (battery g6) -------------------------------
    (
        "a-verdict-for-an-old-bombing",
        # the day is the court's: the bombing it sentenced men for is the past
        "A court in Qamishli on Tuesday sentenced three ISIS members to life in prison for a car bombing in "
        "al-Hasakah that killed 12 people.\n\nThe defendants denied the charges. Their lawyers will appeal.",
        date(2024, 5, 15),
        [],
    ),
    (
        "a-condemnation-of-a-killing-it-does-not-tell",
        # the condemned act has no day of its own: the Wednesday is the cleric's
        "The country's top cleric condemned on Wednesday the killing of civilians in Deir ez-Zor by the SDF.\n\n"
        "He called on the tribes to stand together.",
        date(2024, 3, 8),
        [],
    ),
    (
        "a-readers-question",
        # a question asked is no report
        "A listener wrote in asking whether the shelling of Deir ez-Zor city could resume this summer.\n\n"
        "Analysts think it is unlikely.",
        date(2024, 5, 15),
        [],
    ),
    (
        "a-phase-of-an-operation-announced",
        # a campaign begun or ended is no event of the day
        "The SDF announced the start of the second phase of an operation against ISIS cells in the Deir ez-Zor "
        "countryside.\n\nThe coalition will support it, a spokesman said.",
        date(2024, 3, 8),
        [],
    ),
    (
        "an-operation-declared-over",
        "The SDF declared on Monday the end of the military operation it launched in the eastern countryside of "
        "Deir ez-Zor.\n\nIt said the operation met its goals. Shops reopened in Hajin.",
        date(2024, 5, 15),
        [],
    ),
    (
        "a-habit-and-a-count-are-no-incident",
        # "almost every day", "more than 60 times since October": a commander's and a briefer's account of a record
        "In an interview on Tuesday, the SDF commander said ISIS cells attack his forces almost every day in "
        "Deir ez-Zor.\n\nAt a press conference on Monday, a US spokesman said the bases at al-Omar and Conoco had "
        "come under attack more than 60 times since October.",
        date(2024, 5, 15),
        [],
    ),
    (
        "a-vote-in-the-shadow-of-attacks",
        # a backdrop, not an event of the day
        "Voting began in Deir ez-Zor on Monday for the local council elections, held in the shadow of repeated "
        "attacks by ISIS cells.\n\nTurnout was low.",
        date(2024, 5, 15),
        [],
    ),
    (
        "a-correction-moves-the-strike-to-iraq",
        # the correction's second sentence places the strike outside: no incident of ours
        "Correction: An earlier version of this article said US jets struck a militia headquarters in al-Mayadin "
        "on Tuesday. The strike was carried out in Iraq, not Syria.",
        date(2024, 3, 8),
        [],
    ),
    (
        "a-report-on-strikes-of-last-year",
        # Monday is the report's day; the strikes it judges were last year
        "The UN commission of inquiry said in a report on Monday that airstrikes on al-Hasakah's power stations "
        "last year may amount to war crimes.\n\nIt urged all parties to spare civilian infrastructure.",
        date(2024, 5, 15),
        [],
    ),
    (
        "a-documentarys-plot",
        # what the film follows is its story, not news
        "A documentary about the siege of Deir ez-Zor premiered in Damascus on Monday.\n\n"
        "It follows a family who survived the shelling of the city's neighbourhoods.",
        date(2024, 5, 15),
        [],
    ),
    (
        "a-briefings-day-given-after-its-list",
        # the list has no day; "Both were on Friday" dates both events it points back to
        "Two attacks hit US forces in Syria, a defense official said: a rocket attack on Rumailan and a drone "
        "attack at al-Tanf. Both were on Friday, and no one was hurt.",
        date(2024, 3, 11),
        [dict(date="2024-03-08", site="rumailan"), dict(date="2024-03-08", site="al_tanf")],
    ),
    (
        "all-three-took-place-on-a-day-told-later",
        "The spokesman listed three attacks on coalition troops: a rocket attack on Conoco, a drone attack at "
        "al-Shaddadi and a rocket attack on the Green Village. All three took place late on Thursday.",
        date(2024, 3, 11),
        [dict(date="2024-03-07", site="conoco_gas_field"), dict(date="2024-03-07", site="shaddadi"),
         dict(date="2024-03-07", site="green_village")],
    ),
    (
        "the-strike-named-by-its-day-is-the-recalled-one",
        # "The Friday strike" retells the strike the funeral recalled; Sunday's strike is the news
        "Mourners in al-Mayadin on Sunday buried four men killed in a drone strike on Friday. Another drone "
        "strike hit a farm near the town on Sunday, wounding a boy. The Friday strike hit a pickup on the "
        "Albu Kamal road.",
        date(2024, 3, 11),
        [dict(date="2024-03-10")],
    ),
    (
        "a-condemnation-dated-by-its-own-day",
        # the day told before the attacks is the statement's; the page's news is the statement
        "The Arab Parliament denounced on Sunday the Turkish drone attacks on villages around Amuda.",
        date(2024, 3, 11),
        [],
    ),
    (
        "a-judgement-told-to-state-tv",
        "The mayor of Hajin told state radio on Sunday that the coalition raids on the town were a war crime.",
        date(2024, 3, 11),
        [],
    ),
    (
        "an-envoys-worry-is-no-report",
        "The UN envoy told the Security Council on Monday that the escalation in the north-east, including "
        "Turkish strikes on oil facilities near Qamishli, was deeply worrying.",
        date(2024, 3, 12),
        [],
    ),
    (
        "a-condemnation-beside-a-reported-strike",
        # the strike told in its own words, with its day, stays the news
        "A Turkish drone struck a car near Amuda on Monday, killing two people, local officials said. The "
        "Kurdish administration condemned on Tuesday the Turkish attacks on civilians.",
        date(2024, 3, 12),
        [dict(date="2024-03-11", site="amuda")],
    ),
    (
        "a-columns-every-attack-is-a-kind",
        "Column: Every rocket fired at the Green Village is a message from Tehran, and every answer on al-Mayadin "
        "feeds the next one.",
        date(2024, 3, 12),
        [],
    ),
    (
        "a-studys-most-attacks-is-a-trend",
        "A new study by a research group in Beirut found that ISIS attacks in Deir ez-Zor rose by 25 percent in "
        "2023. Most attacks hit SDF checkpoints in the eastern countryside.",
        date(2024, 3, 12),
        [],
    ),
    (
        "a-count-told-place-by-place-is-the-news",
        # "twice" here counts the two events the clause goes on to place, not a tally of the past
        "Iran-backed militias attacked US troops twice, at al-Tanf and at the Green Village. The two attacks "
        "came on Thursday, officials said.",
        date(2024, 3, 12),
        [dict(date="2024-03-07", site="al_tanf"), dict(date="2024-03-07", site="green_village")],
    ),
    (
        "told-an-outlets-news-on-a-day-is-the-statements-day",
        # "told Hawar news on Tuesday" is when it was said; the attack was the night before
        "A local commander told Hawar news on Tuesday that ISIS cells attacked an SDF point in al-Shuhail "
        "overnight, wounding a fighter.",
        date(2024, 3, 12),
        [dict(date="2024-03-11", site="al_shuhail")],
    ),
    (
        "strikes-called-part-of-a-campaign",
        "Speaking on Monday, a Syrian envoy said the Turkish drone strikes on Amuda and Qamishli were part of a "
        "campaign to empty the region of its people.",
        date(2024, 3, 12),
        [],
    ),
    (
        "both-incidents-dated-after-the-list",
        "A drone hit a post at al-Tanf and a rocket landed near the Rumailan base, the coalition said. Both "
        "incidents happened on Monday morning, and no one was hurt.",
        date(2024, 3, 12),
        [dict(date="2024-03-11", site="al_tanf"), dict(date="2024-03-11", site="rumailan")],
    ),
    (
        "the-nth-attack-is-still-news",
        # the count names the news itself: the Tuesday drone attack stays main
        "A drone attack on the al-Omar oil field on Tuesday was the 171st attack on US forces since October, the "
        "Pentagon said on Wednesday.\n\nNo one was hurt.",
        date(2024, 5, 15),
        [dict(date="2024-05-14", site="al_omar_oil_field")],
    ),
    # --- roles in passive killings: the victim opens the sentence, the killer follows "by" or is unnamed ---
    (
        "passive-shot-dead-by-gunmen",
        "SDF member shot dead in the countryside\n\nAn SDF member was shot dead by gunmen in al-Shuhayl on Saturday, "
        "local sources said.",
        date(2024, 3, 10),  # a Sunday
        [dict(date="2024-03-09", site="al_shuhail", perpetrator="unknown", target="SDF")],
    ),
    (
        "passive-shot-by-a-patrol",
        "Young man killed\n\nA young man was shot and killed by an SDF patrol in Thiban on Thursday, relatives said.",
        date(2024, 3, 10),
        [dict(date="2024-03-07", site="thiban", perpetrator="SDF", target="civilians")],
    ),
    (
        "death-of-a-victim-shot-by",
        "Monitor documents a death\n\nThe monitor documented the death of a young man shot by SDF members in Thiban "
        "on Thursday.",
        date(2024, 3, 10),
        [dict(date="2024-03-07", site="thiban", perpetrator="SDF", target="civilians")],
    ),
    (
        "passive-died-of-wounds",
        "Fighter dies of his wounds\n\nAn SDF fighter died of wounds sustained in an attack in al-Shuhayl on Saturday, "
        "a monitor reported.",
        date(2024, 3, 10),
        [dict(date="2024-03-09", site="al_shuhail", perpetrator="unknown", target="SDF")],
    ),
    (
        "passive-assassinated-no-killer",
        "Commander assassinated\n\nAn SDF commander was assassinated in al-Shuhayl on Saturday, activists said.",
        date(2024, 3, 10),
        [dict(date="2024-03-09", site="al_shuhail", perpetrator="unknown", target="SDF")],
    ),
    (
        "passive-at-the-hands-of",
        "Young man killed\n\nA young man was killed at the hands of SDF members in Hajin on Saturday, local sources said.",
        date(2024, 3, 10),
        [dict(date="2024-03-09", site="hajin", perpetrator="SDF")],
    ),
    # --- killings told with no killer, or by other words for them ---
    (
        "victim-killed-with-place-and-day",
        "Militant killed\n\nA militant was killed in al-Mayadin on Friday, according to local activists.",
        date(2024, 3, 10),
        [dict(date="2024-03-08", site="al_mayadin", perpetrator="unknown")],
    ),
    (
        "stabbed-to-death",
        "Teacher killed\n\nA teacher was stabbed to death in al-Kasra on Saturday, residents said.",
        date(2024, 3, 10),
        [dict(date="2024-03-09", site="al_kasrah", perpetrator="unknown")],
    ),
    (
        "murdered-passive",
        "Woman killed\n\nA woman was murdered in al-Busayrah on Saturday, a local network reported.",
        date(2024, 3, 10),
        [dict(date="2024-03-09", site="al_busayrah")],
    ),
    (
        "regime-sniper-kills",
        "Regime sniper kills a child in al-Mayadin on Sunday\n\nThe child was hit while playing near his home, "
        "activists said.",
        date(2024, 3, 10),
        [dict(date="2024-03-10", site="al_mayadin", perpetrator="Syrian government")],
    ),
    (
        "regime-shelling-as-the-agent",
        "Civilians killed\n\nThree civilians lost their lives in regime shelling on al-Mayadin on Sunday, "
        "activists said.",
        date(2024, 3, 10),
        [dict(date="2024-03-10", site="al_mayadin", perpetrator="Syrian government", target="civilians")],
    ),
    (
        "victim-gunned-down-no-killer",
        "Elder killed\n\nA tribal elder was gunned down in Thiban on Friday, local sources said.",
        date(2024, 3, 10),
        [dict(date="2024-03-08", site="thiban", perpetrator="unknown", target="civilians")],
    ),
    (
        "official-assassinated-is-the-target",
        "Official killed\n\nAn SDF official was assassinated by unknown gunmen in al-Shuhayl on Saturday, a monitor said.",
        date(2024, 3, 10),
        [dict(date="2024-03-09", site="al_shuhail", perpetrator="unknown", target="SDF")],
    ),
    (
        "regime-officer-wounded",
        "Officer wounded\n\nA regime officer was wounded by a sniper in al-Mayadin on Friday, local sources said.",
        date(2024, 3, 10),
        [dict(date="2024-03-08", site="al_mayadin", target="Syrian government")],
    ),
    (
        "fell-victim-to-a-mine",
        "Mine blast\n\nA child fell victim to a landmine explosion in al-Kasrah on Saturday, activists said.",
        date(2024, 3, 10),
        [dict(date="2024-03-09", site="al_kasrah", target="civilians")],
    ),
    (
        "gunfire-from-assailants-in-a-town",
        "Fighter wounded\n\nA member of the SDF was wounded by gunfire from unknown assailants in Hajin on Saturday, "
        "local sources said.",
        date(2024, 3, 10),
        [dict(date="2024-03-09", site="hajin", target="SDF")],
    ),
    (
        "lost-his-life-after-a-shooting",
        "Young man dies\n\nA young man lost his life on Saturday after gunmen opened fire on him in al-Busayrah, "
        "relatives said.",
        date(2024, 3, 10),
        [dict(date="2024-03-09", site="al_busayrah")],
    ),
    (
        "survived-an-assassination-attempt",
        "Commander unhurt\n\nA local SDF commander survived an assassination attempt in al-Shuhayl on Saturday, "
        "activists said.",
        date(2024, 3, 10),
        [dict(date="2024-03-09", site="al_shuhail", perpetrator="unknown", target="SDF")],
    ),
    # --- pages that discuss attacks without reporting one ---------------------------------------
    (
        "an-opinion-label-judges-attacks-told-elsewhere",
        "Opinion: The drone attacks on the al-Omar base prove that the militias are not deterred.",
        date(2024, 2, 14),
        [],
    ),
    (
        "declining-to-comment-on-strikes-told-elsewhere",
        "Israel's army did not comment on the airstrikes near Albu Kamal, as is its custom.",
        date(2024, 2, 14),
        [],
    ),
    (
        "declining-to-comment-on-the-strike-the-page-tells",
        "Warplanes bombed a militia depot near al-Mayadin on Tuesday, killing three guards. An army spokesman "
        "declined to comment on the strike.",
        date(2024, 2, 14),
        [dict(date="2024-02-13", site="al_mayadin")],
    ),
    (
        "an-experts-ranking-of-an-attack-told-elsewhere",
        "A researcher at a Washington institute said on Tuesday that the rocket attack on the Conoco field was "
        "the most serious of the year.",
        date(2024, 2, 14),
        [],
    ),
    (
        "what-attacks-have-left-people-without",
        "Speaking to reporters on Tuesday, the mayor of Qamishli said the Turkish strikes on the city's "
        "water station have left thousands of families without water.",
        date(2024, 2, 14),
        [],
    ),
    (
        "turkish-drones-neutralised-terrorists",
        "Ankara's defence ministry announced on Tuesday that its drones had neutralized three PKK terrorists near "
        "Amuda. Kurdish officials denounced the Turkish strikes on Amuda as a crime.",
        date(2024, 2, 14),
        [dict(date="2024-02-13")],
    ),
    (
        "an-opinion-label-alone",
        "Opinion — Israel's airstrikes on Albu Kamal cannot stop the smuggling across the border.",
        date(2024, 2, 14),
        [],
    ),
    (
        "a-question-about-an-attack-told-elsewhere",
        "Asked about the rocket attack on the al-Shaddadi base, the Pentagon spokesman said he had nothing new to share.",
        date(2024, 2, 14),
        [],
    ),
    (
        "not-saying-who-carried-out-a-strike",
        "The spokesman did not say whether the coalition had carried out the airstrike near Hajin.",
        date(2024, 2, 14),
        [],
    ),
    (
        "what-an-ambush-suggests",
        "A former intelligence officer wrote on Tuesday that the ambush near al-Busayrah suggests the cells "
        "have new weapons.",
        date(2024, 2, 14),
        [],
    ),
    (
        "strikes-are-part-of-a-campaign",
        "Analysts say the Turkish drone strikes on Amuda are part of a broader campaign against the Kurdish administration.",
        date(2024, 2, 14),
        [],
    ),
    (
        "letters-to-the-un-about-an-aggression",
        "The Syrian foreign ministry addressed two letters to the Security Council on Tuesday about the American "
        "aggression on al-Mayadin.",
        date(2024, 2, 14),
        [],
    ),
    (
        "concern-over-shelling-told-elsewhere",
        "The UN humanitarian coordinator expressed alarm on Tuesday over the shelling of villages near Tal Tamr.",
        date(2024, 2, 14),
        [],
    ),
    (
        "concern-over-shelling-the-page-tells",
        "Turkish artillery shelled villages near Tal Tamr on Tuesday, wounding two children. The UN humanitarian "
        "coordinator expressed alarm over the shelling.",
        date(2024, 2, 14),
        [dict(date="2024-02-13", site="tal_tamr")],
    ),
    (
        "an-interview-talks-about-strikes-told-elsewhere",
        "Interview\n\nIn a long conversation, the Asayish commander talks about the recent Turkish drone strikes on "
        "Amuda and what they mean for his men.",
        date(2024, 2, 14),
        [],
    ),
    (
        "what-we-know-about-a-strike",
        "What we know so far about the drone strike on the Rumailan base.",
        date(2024, 2, 14),
        [],
    ),
    (
        "aware-of-reports-of-a-strike",
        "A coalition spokesman said the command was aware of media reports of an airstrike near Albu Kamal.",
        date(2024, 2, 14),
        [],
    ),
    (
        "a-denied-link-to-an-attack-told-elsewhere",
        "Tehran's embassy in Damascus denied any role in the rocket attack on the Conoco field.",
        date(2024, 2, 14),
        [],
    ),
    (
        "not-yet-said-whether-a-strike-killed",
        "The coalition has not yet said whether its airstrike near Hajin killed the ISIS leader it was aimed at.",
        date(2024, 2, 14),
        [],
    ),
    (
        "attacks-become-a-symbol",
        "Analysis\n\nThe drone attacks on the al-Omar base have become a bellwether of Tehran's mood.",
        date(2024, 2, 14),
        [],
    ),
    (
        "the-day-of-a-press-conference-after-a-judgement",
        "Russia's foreign minister described the Israeli strikes on Albu Kamal as a dangerous provocation at a "
        "news conference in Moscow on Tuesday.",
        date(2024, 2, 14),
        [],
    ),
    (
        "the-day-of-a-talk-show-after-a-discussion",
        "A state TV programme discussed the Turkish shelling of Tal Tamr with three military analysts on Tuesday.",
        date(2024, 2, 14),
        [],
    ),
    (
        "the-party-that-names-what-was-struck-is-a-speaker",
        # "struck what the Pentagon described as ...": who names the target does not become the target
        "WASHINGTON (Reuters) - U.S. jets hit what CENTCOM termed a command centre used by Kataib Hezbollah "
        "in al-Bukamal early on Friday.",
        date(2023, 10, 30),
        [dict(date="2023-10-27", site="albu_kamal", perpetrator="US-led coalition", target="Iran-backed militias")],
    ),
    (
        "the-party-that-describes-what-was-struck-is-a-speaker",
        "US F-16s pounded what the Pentagon described as ammunition stores of the Iran-backed Nujaba movement "
        "outside al-Mayadin on Sunday night, two officials said.",
        date(2023, 10, 30),
        [dict(date="2023-10-29", site="al_mayadin", perpetrator="US-led coalition", target="Iran-backed militias")],
    ),
    (
        "the-speaker-tells-its-own-losses",
        # a party telling that its own men were hit is the side attacked, not a bystander speaker
        "Two guards killed\n\nThe Asayish announced that two of their members were killed when gunmen "
        "opened fire on a checkpoint in Hajin on Sunday.",
        date(2024, 4, 22),
        [dict(date="2024-04-21", site="hajin", perpetrator="unknown", target="SDF")],
    ),
    (
        "a-digest-heading-dates-its-items",
        # the weekday over a bulleted digest dates the items that tell no day of their own
        "Sunday's roundup:\n- An IED wounded two SDF fighters near al-Shuhail.\n"
        "- Unknown gunmen shot dead a trader in Gharanij.",
        date(2024, 4, 23),
        [dict(date="2024-04-21", site="al_shuhail"), dict(date="2024-04-21", site="gharanij")],
    ),
    (
        "a-channels-tag-of-a-known-town-places-its-post",
        # "#Town | ... in the town": the post's tag names the place the post calls "the town"
        "#Gharanij | Unknown gunmen threw a grenade at the home of an SDF commander in the town on "
        "Wednesday night, damaging the house.",
        date(2024, 6, 6),
        [dict(date="2024-06-05", site="gharanij")],
    ),
    (
        "a-victim-told-by-who-they-are-was-killed",
        # "a member of the X was killed", "an elderly man from Y was killed": a victim named with a longer
        # description is still a killing told with its place and day
        "A member of the local council was killed on Thursday in Gharanij, activists said.",
        date(2024, 6, 8),
        [dict(date="2024-06-06", site="gharanij")],
    ),
    (
        "the-day-a-claim-was-made-is-not-the-attacks",
        # "claimed responsibility on Saturday for ... on Friday": the claim's day, then the attack's
        "ISIS claimed responsibility on Saturday for an ambush on an SDF patrol near Gharanij on Friday "
        "evening, its Amaq agency said.",
        date(2024, 6, 9),
        [dict(date="2024-06-07", site="gharanij")],
    ),
    (
        "a-parent-from-a-town-was-killed-there",
        # "a mother of four from X" is a victim named by home town, like "a man from X"
        "A mother of four from Gharanij was killed on Friday when gunmen fired on her car, relatives said.",
        date(2024, 6, 9),
        [dict(date="2024-06-07", site="gharanij")],
    ),
    (
        "the-speaker-that-fended-off-an-attack-is-its-target",
        # "the army said its forces foiled an ISIS attack": the speaker's own men were the side attacked
        "The Syrian army said its forces foiled an ISIS attack on a post near Gharanij on Friday night.",
        date(2024, 6, 9),
        [dict(date="2024-06-07", site="gharanij", perpetrator="ISIS", target="Syrian government")],
    ),
    (
        "a-digest-headings-day-below-its-title-dates-its-items",
        # the day-line just above the bullets, under the digest's title, dates the items
        "Euphrates security roundup\n\nThursday 6 June\n\n- An IED hit an SDF patrol near Gharanij.\n"
        "- Gunmen shot dead a trader in al-Shuhail.",
        date(2024, 6, 8),
        [dict(date="2024-06-06", site="gharanij"), dict(date="2024-06-06", site="al_shuhail")],
    ),
    (
        "a-trader-wounded-by-gunmen-is-a-civilian-victim",
        # a victim named by trade ("a trader", "a pharmacist") is a civilian, as "a teacher" is
        "Gunmen on a motorbike wounded a pharmacist in Gharanij on Thursday evening, local sources said.",
        date(2024, 6, 8),
        [dict(date="2024-06-06", site="gharanij", target="civilians")],
    ),
    (
        "a-victims-home-town-places-an-otherwise-unplaced-killing",
        # "a shepherd from X": with no other place told, the victim's town is where it happened;
        # with one ("in Y"), Y is
        "A shepherd from Hajin was found shot dead on Tuesday morning, relatives said.\n\n"
        "Separately, a teacher from al-Shuhail was killed by gunmen in Thiban on Tuesday evening.",
        date(2024, 4, 24),
        [dict(date="2024-04-23", site="hajin"), dict(date="2024-04-23", site="thiban")],
    ),
    (
        "a-running-total-since-the-outbreak-is-no-incidents-toll",
        "Clashes between the SDF and tribal fighters flared again in Thiban on Thursday night, the Syrian "
        "Observatory for Human Rights said, adding that four fighters were killed.\n\n"
        "Since the outbreak of the fighting on August 27, the number of people killed has risen to 71, among "
        "them 19 civilians.",
        date(2023, 9, 8),
        [{"date": "2023-09-07", "site": "thiban", "killed": 4}],
    ),
    (
        "a-total-since-early-in-the-year-is-no-incidents-toll",
        "Gunmen believed to belong to ISIS cells shot dead two SDF fighters at a checkpoint near al-Busayrah on "
        "Monday, local sources told Deir Ezzor 24.\n\n"
        "The network said 38 people had been killed in attacks of this kind in the eastern countryside since "
        "early 2025.",
        date(2025, 5, 13),
        [{"site": "al_busayrah", "killed": 2}],
    ),
    (
        "a-total-of-the-first-months-is-no-incidents-toll",
        "A drone struck a militia position near al-Mayadin on Saturday, killing three members of an Iran-backed "
        "group, SOHR said.\n\n"
        "The monitor has documented the deaths of 64 militiamen in strikes by unidentified aircraft in the first "
        "five months of the year.",
        date(2024, 6, 2),
        [{"site": "al_mayadin", "killed": 3}],
    ),
    (
        "the-days-dead-bring-the-running-toll-to-a-figure",
        "Two SDF fighters were killed on Monday in clashes with tribal gunmen in Thiban, bringing the toll since "
        "the start of the fighting to 54, the Observatory said.",
        date(2023, 9, 5),
        [{"site": "thiban", "killed": 2}],
    ),
    (
        "a-toll-on-the-syrian-side-is-not-the-iraqi-towns",
        # an Iraqi outlet reports the strikes on al-Qaim; the monitor's toll "on the Syrian side" is another place's
        "Baghdad Today/ The Kataib Sayyid al-Shuhada said on Tuesday that two of its members were killed when US "
        "aircraft bombed its post near al-Qaim overnight.\n\n"
        "A Syrian war monitor said nine fighters were killed on the Syrian side.",
        date(2024, 2, 6),
        [{"site": "al_qaim", "killed": 2}],
    ),
    (
        "a-toll-on-the-syrian-side-is-the-syrian-towns",
        # strikes at a town on each side of the border; "on the Syrian side" names the Syrian one's toll
        "BAGHDAD, Feb 3 (AFP) - US warplanes struck weapons depots of Iran-backed factions near Albu Kamal in "
        "Syria and a headquarters of the Kataib Hezbollah near al-Qaim in Iraq on Friday night, the Pentagon "
        "said.\n\nThe Iraqi paramilitary group said three of its fighters died in the raid on its post. The "
        "Syrian Observatory for Human Rights said seven militiamen were killed on the Syrian side.",
        date(2024, 2, 3),
        [{"site": "albu_kamal", "killed": 7}, {"site": "al_qaim", "killed": 3}],
    ),
    (
        "the-rockets-landed-retells-the-news-and-its-none",
        # the sentence that retells where the rockets landed, and the "no one was hurt" after it, tell the
        # news's toll, though the retelling names the coalition and no place of its own
        "QAMISHLI, Syria (ANHA) - Two rockets struck near a position of the international coalition at the "
        "Kharab al-Jir airstrip on Tuesday night, a military source told ANHA.\n\n"
        "The source said the rockets landed about 400 metres from the coalition's living quarters, causing only "
        "material damage. No one was hurt.\n\n"
        "US bases at the Conoco gas field and in al-Shaddadi have come under repeated rocket fire in recent weeks.",
        date(2024, 1, 10),
        [{"date": "2024-01-09", "site": "kharab_al_jir", "killed": 0, "wounded": 0}],
    ),
    (
        "the-drone-exploded-retells-the-news-and-its-none",
        "ERBIL (Rudaw) - A drone packed with explosives targeted a base of the US-led coalition at the al-Omar "
        "oil field in Deir ez-Zor province on Sunday evening, a local source told Rudaw.\n\n"
        "The source said that the coalition forces had switched on their air defences and that the drone "
        "exploded in farmland east of the base.\n\n"
        "A spokesman for the SDF confirmed the attack but said no casualties had been reported.\n\n"
        "The Tanf garrison and the Rmelan base have also been targeted by drones this month.",
        date(2023, 10, 23),
        [{"date": "2023-10-22", "site": "al_omar_oil_field", "killed": 0, "wounded": 0}],
    ),
    # --- a national monitor on a force of the area places a village the gazetteer does not know -----
    (
        "sohr-on-an-sdf-fighter-places-an-unknown-village",
        "A roadside bomb hit a military vehicle in the village of Abu Khashab on Monday, killing an SDF fighter, "
        "SOHR reported.",
        date(2024, 4, 3),
        [{"date": "2024-04-01", "site": None, "place_text": "Abu Khashab", "killed": 1}],
    ),
    (
        "syrian-observatory-on-the-asayish-places-an-unknown-village",
        "Two members of the Asayish were wounded on Thursday evening when gunmen opened fire on their checkpoint "
        "in the village of al-Hrejiyeh, the Syrian Observatory for Human Rights said.",
        date(2023, 6, 10),
        [{"date": "2023-06-08", "site": None, "wounded": 2}],
    ),
    (
        "sohr-on-the-east-bank-places-an-unknown-village",
        "Government forces shelled the village of al-Salhiyah on the eastern bank of the Euphrates on Tuesday, "
        "the Syrian Observatory said.",
        date(2023, 9, 7),
        [{"date": "2023-09-05", "site": None, "event_type": SHELL}],
    ),
    (
        "sound-and-picture-is-a-source-of-the-area",
        "An explosive device went off under a car in the village of Jedid Ekeidat on Saturday night, wounding "
        "a teacher, according to the Sound and Picture network.",
        date(2022, 2, 22),
        [{"date": "2022-02-19", "site": None}],
    ),
    (
        "justice-for-life-is-a-source-of-the-area",
        "Justice for Life documented the death of a young man who was shot by a patrol at a checkpoint near the "
        "village of al-Hisan on 14 January.",
        date(2023, 1, 20),
        [{"date": "2023-01-14", "site": None}],
    ),
    (
        "sohr-on-turkish-drones-is-not-a-sign-of-the-area",
        "Turkish drones struck a car near the village of Tell Jijan on Monday, killing two SDF fighters, SOHR "
        "reported.",
        date(2024, 4, 3),
        [],
    ),
    (
        "sohr-on-a-village-in-the-north-west-is-not-ours",
        "Gunmen shot dead a former commander of the Free Syrian Army in the village of Kafr Oweid on Sunday, "
        "the Syrian Observatory for Human Rights said.",
        date(2024, 4, 3),
        [],
    ),
    # --- "the raids also hit X": one more place of the raids told, far from theirs ------------------------
    (
        "the-raids-told-hit-one-more-town-far-from-the-places-told",
        # the lead names the province and a party; "the raids" name none, and hit a third town
        "Israeli jets carried out a wave of air strikes on Deir ez-Zor province overnight, state media said on "
        "Wednesday.\n\n"
        "\"At 1:30 a.m., the Israeli enemy launched an aggression on the city of Deir ez-Zor and the Albu Kamal "
        "area,\" a military source told the agency. The agency later said the raids hit positions near the city "
        "and in the desert around al-Mayadin.",
        date(2021, 1, 13),
        [{"site": "deir_ez_zor_city"}, {"site": "albu_kamal"}, {"site": "al_mayadin"}],
    ),
    (
        "the-strikes-also-hit-a-second-town-in-state-media",
        "DAMASCUS, (SANA) - The US occupation aircraft launched an aggression on areas in Deir Ezzor countryside at "
        "dawn today, a local source said.\n\n"
        "The source said the American aircraft targeted the vicinity of al-Mayadin city with several missiles. The "
        "strikes also hit houses on the outskirts of Albu Kamal near the border with Iraq, causing material damage.",
        date(2023, 11, 9),
        [{"date": "2023-11-09", "site": "al_mayadin"}, {"date": "2023-11-09", "site": "albu_kamal"}],
    ),
    # --- a feature lead that opens on a day before telling the event dates it --------------------------
    (
        "a-feature-lead-opens-on-the-day-of-the-landmine",
        "QAMISHLI - Khaled, 9, and his brother had walked out to the fields on Saturday afternoon to gather "
        "firewood, as they did every week. Within an hour, both were dead.\n\n"
        "The boys were killed when a landmine exploded on a farm track near al-Sabha, a village on the eastern "
        "bank of the Euphrates, their father and a local health official said.\n\n"
        "\"We heard the blast and ran,\" the father said by phone on Sunday. \"There was nothing left to do.\"\n\n"
        "The track lies on a former front line.",
        date(2024, 11, 19),
        [{"date": "2024-11-16", "site": "al_sabha"}],
    ),
    (
        "a-feature-lead-opens-on-the-night-of-the-shooting",
        "Umm Ali had just cleared the supper dishes on Thursday evening, her neighbours recall. Minutes later "
        "her son was lying in the doorway.\n\n"
        "The teacher was shot dead by gunmen on a motorcycle outside the family home in Thiban, relatives said.\n\n"
        "\"They did not even cover their faces,\" his cousin told us on Saturday.",
        date(2023, 3, 12),
        [{"date": "2023-03-09", "site": "thiban"}],
    ),
    # --- a period digest: its heading's last day dates it; an item of its last issue is old news --------
    (
        "a-weekly-digest-headed-by-its-period-dates-its-items-that-week",
        "NE SYRIA SECURITY BULLETIN\n"
        "3 - 9 March 2025\n\n"
        "INCIDENTS\n\n"
        "5 Mar (Wed), Deir ez-Zor governorate - An IED struck an SDF patrol on the road outside Hajin, wounding two fighters.\n\n"
        "7 Mar (Fri), Hasakah governorate - Two rockets landed near the perimeter of the al-Shaddadi base. No casualties.\n\n"
        "2 Mar (Sun), Deir ez-Zor governorate - Gunmen killed a shepherd near al-Sabha (covered in the previous bulletin).",
        date(2025, 3, 10),
        [{"date": "2025-03-05", "site": "hajin"}, {"date": "2025-03-07", "site": "shaddadi"}],
    ),
    (
        "sohr-on-an-unknown-village-with-no-force-of-the-area-is-not-ours",
        "A landmine exploded under a shepherd in the village of Umm Mayazen on Tuesday, killing him, SOHR said.",
        date(2024, 4, 3),
        [],
    ),
    # --- pages that tell no incident of their day ---------------------------------------------
    (
        "an-editorial-on-what-a-bombing-has-left",
        # an opinion page judges what a bombing has left behind: no incident of its day
        "Editorial\n\nThe bombing of the Qamishli power station has left half the city without electricity in "
        "the coldest month of the year.\n\nDonors should pay for the repairs before the spring.",
        date(2024, 1, 22),
        [],
    ),
    (
        "an-analysis-label-set-off-by-a-dash",
        # "ANALYSIS - ..." labels the page as a judgement of the attacks it names, like "Analysis:"
        "ANALYSIS - Drone raids on the Conoco field expose the limits of American deterrence\n\n"
        "The militias have learned that the price of firing at the gas field is low.",
        date(2023, 12, 4),
        [],
    ),
    (
        "senators-demand-a-briefing-on-an-attack",
        "WASHINGTON (AP) - A group of senators demanded an urgent briefing on the rocket attack on the Green Village "
        "base, accusing the Pentagon of keeping Congress in the dark.\n\nTheir letter was sent on Monday.",
        date(2023, 3, 28),
        [],
    ),
    (
        "who-was-behind-an-attack-remains-unclear",
        # a question still open about an attack told elsewhere, with the day the officials spoke
        "It remains unclear who was behind the drone attack on the al-Omar base, officials in the coalition said "
        "on Thursday, adding that the investigation continued.",
        date(2024, 3, 8),
        [],
    ),
    (
        "lawmakers-press-a-general-on-why-a-drone-got-through",
        "Lawmakers pressed the commander on why the drone that struck the Rumailan base was not shot down. He said "
        "a review was under way.",
        date(2024, 3, 13),
        [],
    ),
    (
        "a-feature-explains-why-drones-keep-hitting-a-base",
        "In the latest episode, our reporter explains why drones keep hitting the Conoco gas field and what the "
        "SDF can do to stop them.",
        date(2024, 3, 1),
        [],
    ),
    (
        "a-profile-of-men-who-shelled-for-years",
        # what a commander's men did for years is his record, not an incident of the day
        "Profile: the militia chief killed in Baghdad oversaw operations in al-Mayadin, where his men shelled "
        "SDF positions across the Euphrates for years.",
        date(2024, 2, 8),
        [],
    ),
    (
        "sanctions-on-those-who-helped-finance-attacks",
        "WASHINGTON - The Treasury on Wednesday imposed sanctions on three men it said helped finance militia "
        "attacks on US forces at al-Tanf.",
        date(2024, 3, 20),
        [],
    ),
    (
        "a-count-told-at-a-hearing-is-no-attack-of-its-day",
        # the day is the hearing's; the attacks are counted since October
        "At a hearing of the Senate Armed Services Committee on Tuesday, the general said American troops in Syria "
        "had faced more than 90 attacks since October, most of them by drones against the Rumailan and al-Omar bases.",
        date(2024, 3, 6),
        [],
    ),
    (
        "a-drone-of-the-day-beside-a-hearing-is-news",
        "A drone struck the al-Tanf garrison on Wednesday morning, hours before a Senate hearing on Syria, US "
        "officials said.",
        date(2024, 3, 6),
        [{"date": "2024-03-06", "site": "al_tanf"}],
    ),
    (
        "a-tally-s-largest-share-and-what-the-militias-relied-on",
        # a quarter's statistics: the practice over many attacks and a tally's share name places, no incident
        "By the numbers: the rocket war on the bases\n\nThe militias fired at coalition positions 48 times between "
        "July and September. They relied mostly on drones and on rockets launched from farms near Albu Kamal.\n\n"
        "Of the attacks they claimed, the largest share targeted the al-Omar oil field.",
        date(2024, 10, 9),
        [],
    ),
    (
        "a-practice-told-beside-the-news-leaves-the-news",
        "Rockets fired from near al-Mayadin hit the Conoco gas field on Friday, the coalition said. The militias have "
        "relied mostly on drones in recent months.",
        date(2024, 2, 10),
        [{"date": "2024-02-09", "site": "conoco_gas_field"}],
    ),
    (
        "an-indictment-for-money-that-paid-for-a-bombing",
        "A man from Texas was indicted on Tuesday on charges of supporting ISIS, including sending money that "
        "prosecutors say paid for the bombing of an SDF checkpoint in Thiban.",
        date(2023, 6, 14),
        [],
    ),
    (
        "years-on-families-remember-an-attack",
        "Hawar - Two years on: families in al-Hasakah remember the ISIS assault on the Sina'a prison that killed "
        "dozens of guards.",
        date(2024, 1, 21),
        [],
    ),
    (
        "a-designation-citing-a-group-s-role-in-attacks",
        "The State Department on Monday designated a militia's Syrian branch a terrorist organisation, citing its "
        "role in drone attacks on the al-Tanf garrison and the Conoco field.",
        date(2024, 7, 8),
        [],
    ),
    (
        "a-travel-advice-s-threat-of-attacks",
        "Travel advice: Do not travel to Syria. There is a high threat of attacks, including drone strikes and "
        "rocket fire, particularly in Deir ez-Zor and al-Hasakah.",
        date(2024, 8, 1),
        [],
    ),
    (
        "where-cells-once-ambushed-convoys-describes-a-place",
        "Enab Baladi - Residents say the cells move freely in the desert east of Hajin, where they once ambushed "
        "SDF patrols, and in the orchards along the river.",
        date(2025, 3, 2),
        [],
    ),
    (
        "dozens-of-assassinations-and-bombings-are-a-tally",
        "Two weeks after the last pocket fell, the SDF has recorded dozens of assassinations and bombings in "
        "al-Shuhail and Thiban.",
        date(2019, 4, 5),
        [],
    ),
    (
        "a-timeline-of-items-stamped-by-their-years",
        # each item is dated by the year that opens it: years old, no incident of the page's day
        "Ten years of war on the Euphrates\n\n• 2017: US jets shoot down a drone near al-Tanf.\n"
        "• 2019: the SDF takes al-Baghuz.\n• 2021: rockets hit the al-Omar oil field.",
        date(2025, 12, 29),
        [],
    ),
    (
        "a-sanctioned-brigade-which-it-said-took-part-in-attacks",
        "LONDON - Britain on Monday sanctioned two commanders of a militia brigade which it said has taken part in "
        "attacks on civilians in al-Mayadin.",
        date(2024, 4, 22),
        [],
    ),
    (
        "an-opinion-label-on-its-own-line-heads-a-judgement",
        # the label heads the page on a line of its own; what the page says of the strikes is a judgement
        "OPINION\n\nThe drone raids on the Shaddadi base are a warning that Washington keeps ignoring.\n\n"
        "Nine hundred soldiers cannot hold the east for ever.",
        date(2024, 1, 12),
        [],
    ),
    (
        "an-editorial-page-under-the-outlet-s-name",
        "The Kurdish Daily\nEditorial\n\nThe shelling of Tal Tamr must stop. The villagers have paid too high a price.",
        date(2024, 1, 12),
        [],
    ),
    (
        "an-editorial-of-a-strike-of-the-day-before-it-tells-its-day",
        # an opinion page still tells a strike it dates itself
        "Editorial\n\nThe American strike on al-Mayadin on Monday will not stop the rockets.",
        date(2024, 2, 6),
        [{"date": "2024-02-05", "site": "al_mayadin"}],
    ),
    (
        "declined-to-comment-on-reports-of-airstrikes",
        "The Israeli military declined to comment on reports of airstrikes near Albu Kamal.",
        date(2024, 6, 3),
        [],
    ),
    (
        "what-a-ruin-looks-like-is-no-bombing",
        # a reporter's likeness, not an event: a ruin that "looks like" a burnt dump, a street "as if" shelled
        "Letter from the Euphrates\n\nTwo weeks after the last enclave fell, the tent camp at al-Baghuz looks like "
        "a rubbish dump that has been set on fire.",
        date(2019, 4, 5),
        [],
    ),
    # --- strike waves listed with semicolons ---------------------------------------------------
    (
        "a-semicolon-list-of-sites-hit-is-one-incident-per-town",
        "US strikes hit three sites in eastern Syria on Tuesday: a weapons depot in al-Mayadin; a checkpoint "
        "near Albu Kamal; and a house in al-Quriyah, the Syrian Observatory for Human Rights said.",
        date(2024, 3, 6),
        [{"date": "2024-03-05", "site": "al_mayadin"}, {"date": "2024-03-05", "site": "albu_kamal"},
         {"date": "2024-03-05", "site": "al_quriyah"}],
    ),
    (
        "a-centcom-list-of-two-targets-after-a-colon",
        "TAMPA, Fla. - U.S. Central Command forces struck two targets on Saturday night: a command node near "
        "Albu Kamal; and an ammunition store outside al-Mayadin. No civilians were harmed, CENTCOM said.",
        date(2024, 6, 9),
        [{"date": "2024-06-08", "site": "albu_kamal", "perpetrator": "US-led coalition"},
         {"date": "2024-06-08", "site": "al_mayadin", "perpetrator": "US-led coalition"}],
    ),
    (
        "a-monitor-s-one-and-another-after-a-semicolon",
        "SOHR: Warplanes believed to be Israeli struck two sites of Iranian militias on Wednesday: one near "
        "al-Mayadin; another in the Hamdan area of Albu Kamal.",
        date(2024, 7, 18),
        [{"date": "2024-07-17", "site": "al_mayadin"}, {"date": "2024-07-17", "site": "albu_kamal"}],
    ),
    (
        "a-semicolon-that-tells-no-new-site-splits-nothing",
        "Tasnim - US warplanes carried out raids on the outskirts of al-Bukamal on Sunday; no casualties "
        "were reported.",
        date(2024, 4, 22),
        [{"date": "2024-04-21", "site": "albu_kamal"}],
    ),
    # --- claim lists naming several bases ------------------------------------------------------
    (
        "a-claim-names-the-bases-hit-after-a-colon",
        "BAGHDAD (Reuters) - The Islamic Resistance in Iraq said on Wednesday its fighters targeted three U.S. "
        "bases with drones: al-Shaddadi, al-Tanf and Rukban. U.S. officials did not comment.",
        date(2024, 1, 17),
        [{"date": "2024-01-17", "site": "shaddadi", "perpetrator": "Iran-backed militias"},
         {"date": "2024-01-17", "site": "al_tanf"}, {"date": "2024-01-17", "site": "rukban"}],
    ),
    (
        "a-claim-s-colon-list-of-fields-by-their-names",
        "Al Mayadeen - The Islamic Resistance in Iraq announced on Thursday that its fighters struck two "
        "occupation bases in Syria with drones: the Conoco field and Kharab al-Jir.",
        date(2024, 2, 1),
        [{"date": "2024-02-01", "site": "conoco_gas_field"}, {"date": "2024-02-01", "site": "kharab_al_jir"}],
    ),
    (
        "a-base-listed-in-a-claim-is-no-retelling-of-the-attack-over-the-border",
        # Jordan's placing of the Tower 22 strike at al-Tanf is that strike; the claim's list of bases is not
        "Live updates\n\nThree U.S. soldiers were killed on Sunday when a drone struck Tower 22, a U.S. outpost "
        "in Jordan. Amman said the attack had hit al-Tanf, across the border in Syria.\n\n"
        "The Islamic Resistance in Iraq said on Telegram that its fighters attacked bases with drones at dawn on "
        "Sunday: al-Shaddadi and al-Tanf in Syria, and a port in Haifa.",
        date(2024, 1, 28),
        [{"date": "2024-01-28", "site": "al_tanf"}, {"date": "2024-01-28", "site": "shaddadi"}],
    ),
    (
        "a-claim-told-in-the-past-perfect-under-a-later-denial-is-context",
        "Tehran (Tasnim) - Iran's foreign ministry spokesman on Tuesday rejected US accusations over the deadly "
        "drone attack in Jordan. The Islamic Resistance in Iraq had said on Monday that it had targeted two "
        "bases, al-Shaddadi and al-Tanf, with drones.",
        date(2024, 2, 6),
        [],
    ),
    (
        "every-base-of-a-counted-claim-is-news",
        "ANHA - The Islamic Resistance in Iraq claimed two drone attacks on Friday, on the Conoco field and on "
        "the al-Shaddadi base. The SDF said no damage was caused.",
        date(2024, 2, 10),
        [{"date": "2024-02-09", "site": "conoco_gas_field"}, {"date": "2024-02-09", "site": "shaddadi"}],
    ),
    (
        "a-second-town-told-in-the-passive-with-an-adverb",
        "DAMASCUS (SANA) - US occupation aircraft bombed positions in al-Bukamal on Thursday. Two trucks were "
        "also hit near al-Mayadin.",
        date(2024, 3, 8),
        [{"date": "2024-03-07", "site": "albu_kamal"}, {"date": "2024-03-07", "site": "al_mayadin"}],
    ),
    (
        "the-day-before-the-news-named-in-its-lead-sentence-is-context",
        # "on Wednesday, a day after American warplanes bombed depots near al-Mayadin" (published
        # Thursday): the Tuesday strikes are what the news came after, told in a clause of its sentence
        "Rockets hit US base at Conoco, a day after American jets pounded militia depots\n\n"
        "BEIRUT (Reuters) - Several rockets landed near the US garrison at the Conoco gas field in eastern "
        "Syria on Wednesday, a day after American warplanes bombed weapons depots of Iran-aligned militias "
        "near al-Mayadin, a US official said.\n\n"
        "No casualties were reported at Conoco, the official said.\n\n"
        "The Pentagon said Tuesday's strikes were a response to a drone attack on its forces earlier this month.",
        date(2024, 3, 14),
        [{"date": "2024-03-13", "site": "conoco_gas_field"}],
    ),
    (
        "strikes-the-attack-followed-and-a-statement-recalls-are-context",
        # Iranian outlet: "a fresh drone attack on Sunday, hours after US aircraft struck ... Albu Kamal";
        # the Saturday strikes are retold by a statement, not told for themselves
        "TEHRAN (Press TV) - The US occupation base in the al-Omar oil field came under a fresh drone attack "
        "on Sunday, hours after American aircraft struck positions of the resistance near Albu Kamal.\n\n"
        "Sources said fires broke out inside the base.\n\n"
        "The Pentagon announced on Saturday night that its jets had hit what it called weapons depots near the "
        "border town.",
        date(2024, 7, 1),
        [{"date": "2024-06-30", "site": "al_omar_oil_field"}],
    ),
    (
        "the-day-before-told-in-a-paragraph-opening-on-its-day-stays-news",
        # the same lead, but a paragraph that opens on the earlier day tells that strike for itself
        "QAMISHLI (Kurdistan24) - Two drones targeted the coalition base at Kharab al-Jir in Hasakah province "
        "on Monday, a day after US strikes on militia bunkers.\n\n"
        "On Sunday, US jets struck five bunkers near the town of al-Mayadin used by Iran-backed groups, the US "
        "military said. A local monitor said three fighters were killed.",
        date(2024, 1, 30),
        [{"date": "2024-01-29", "site": "kharab_al_jir"}, {"date": "2024-01-28", "site": "al_mayadin"}],
    ),
    (
        "the-attack-followed-an-earlier-days-strikes-told-in-the-next-sentence",
        # "The barrage followed strikes by US jets on Monday night ...": a sentence whose subject is the
        # news links it to what it came after; the Monday strikes (published Wednesday) are context
        "AMMAN (Reuters) - Rockets were fired at the Green Village base in eastern Syria on Tuesday, a US "
        "official said, adding that no one was hurt.\n\n"
        "The barrage followed strikes by US jets on Monday night on militia positions near al-Mayadin, which a "
        "war monitor said killed five fighters.",
        date(2024, 9, 11),
        [{"date": "2024-09-10", "site": "green_village"}],
    ),
    (
        "it-was-a-reaction-to-an-earlier-days-attack",
        # dpa style: "It was a reaction to a drone attack on Saturday on the base at al-Tanf"
        "Berlin/Damascus (dpa) - The US military struck positions of pro-Iranian militias near Albu Kamal in "
        "eastern Syria on Monday, the Central Command announced.\n\n"
        "It was a reaction to a drone attack on Saturday on the US base at al-Tanf, in which nobody was injured.",
        date(2024, 10, 15),
        [{"date": "2024-10-14", "site": "albu_kamal"}],
    ),
    (
        "the-nth-attack-of-the-week-is-dated-by-its-day",
        # "on Thursday, the third attack on the base this week": the week counts the attacks, the day dates it
        "WASHINGTON (AP) - Rockets struck near the Conoco gas field base in eastern Syria on Thursday, the third "
        "attack on the base this week, a US defense official said. No injuries were reported.",
        date(2023, 11, 17),
        [{"date": "2023-11-16", "site": "conoco_gas_field"}],
    ),
    (
        "the-latest-attack-of-the-month-is-dated-by-its-day",
        # Kurdish agency: "on Sunday evening, the fourth such attack on the town this month"
        "QAMISHLI (North Press) - Turkish artillery shelled the outskirts of Tal Tamr on Sunday evening, the fourth "
        "such bombardment of the town this month, local sources said. Two civilians were wounded.",
        date(2024, 7, 22),
        [{"date": "2024-07-21", "site": "tal_tamr"}],
    ),
    (
        "an-earlier-claim-told-after-the-groups-running-count-is-context",
        # Iranian outlet: the Sunday claim follows "has claimed more than 30 operations ... since" the war
        # began; the story (published Tuesday) is Monday's attack
        "TEHRAN (Mehr) - The Islamic Resistance in Iraq said it attacked the US base at Rumailan in Syria's "
        "Hasakah province with drones on Monday.\n\n"
        "The group has claimed more than 30 operations against American bases in Iraq and Syria since "
        "mid-October. On Sunday, it said it had struck the US base at al-Tanf with a drone.",
        date(2023, 12, 12),
        [{"date": "2023-12-11", "site": "rumailan"}],
    ),
    (
        "the-day-before-publication-after-a-running-count-stays-news",
        # the same count, but the item is of the day before publication: the day's news
        "TEHRAN (Mehr) - The Islamic Resistance in Iraq said it attacked the US base at Rumailan with drones "
        "on Tuesday.\n\n"
        "The group has claimed more than 30 operations against American bases since mid-October. On Monday, "
        "it said it had struck the US base at al-Tanf with a drone.",
        date(2023, 12, 12),
        [{"date": "2023-12-12", "site": "rumailan"}, {"date": "2023-12-11", "site": "al_tanf"}],
    ),
    (
        "a-live-blogs-catch-up-for-newcomers-is-a-recall",
        # "If you're just joining us, ...": the live blog retells yesterday's strikes for late readers;
        # the day's news is the entry above it
        "Syria live: attacks on US bases\n\n"
        "10:15 GMT\nDrone downed near Kharab al-Jir\n\n"
        "A drone was shot down near the US base at Kharab al-Jir airfield in Hasakah province this morning, the "
        "SDF said.\n\n"
        "08:02 GMT\nWhat happened yesterday\n\n"
        "If you're just joining us, US jets struck a weapons depot near al-Mayadin on Tuesday night, the Pentagon "
        "said. A war monitor said six fighters were killed.",
        date(2024, 4, 17),
        [{"date": "2024-04-17", "site": "kharab_al_jir"}],
    ),
    (
        "to-recap-opens-a-recall",
        # "To recap, ..." at the top of a live page retells what the page told before
        "Live: Deir ez-Zor\n\n"
        "16:40 local\nShelling on Hajin\n\n"
        "Regime artillery shelled the outskirts of Hajin this afternoon, local sources said.\n\n"
        "09:00 local\nTo recap, coalition helicopters hit a militia truck near Albu Kamal on Saturday night, killing "
        "two members of Kataib Hezbollah.",
        date(2024, 6, 2),
        [{"date": "2024-06-02", "site": "hajin"}],
    ),
    (
        "they-opened-fire-where-the-sentence-before-put-them",
        # a briefing: the sentence that puts the force at a village tells no event; the next paragraph
        # goes on with "They opened fire", and the coalition's answer is at the same place
        "Pentagon says coalition repelled attack on partner forces\n\n"
        "Late on Tuesday, a column of about 200 pro-government fighters with tanks crossed the river and moved "
        "toward an SDF outpost on the edge of the village of al-Tayyana. The outpost had been held by the partner "
        "force for two years, and coalition advisers were present there.\n\n"
        "They opened fire with mortars and heavy machine guns, wounding two SDF fighters, a defense official said.",
        date(2027, 5, 12),  # a Wednesday
        [{"date": "2027-05-11", "site": "al_tayyana"}],
    ),
    (
        "the-gunmen-go-on-from-the-checkpoint-the-sentence-before-placed",
        # a Kurdish agency: "The gunmen" of the second sentence are those the first put at the checkpoint
        "DEIR EZ-ZOR, ANHA - At dawn on Sunday, gunmen on two motorcycles approached a checkpoint of the Internal "
        "Security Forces at the entrance to Gharanij. The gunmen opened fire on the SDF fighters manning it, killing "
        "one and wounding another, before fleeing towards the desert.\n\n"
        "The Internal Security Forces said an investigation had been opened.",
        date(2026, 8, 17),  # a Monday
        [{"date": "2026-08-16", "site": "gharanij", "killed": 1, "wounded": 1}],
    ),
    (
        "explosions-heard-this-morning-set-the-day-of-the-attack-told-next",
        # a monitor: the eventless opening ("explosions were heard this morning in ...") names the day; the
        # attack the next sentences tell is that morning's, not the day of an older report recalled at the end
        "Local sources have told the Observatory that violent explosions were heard this morning in the Conoco gas "
        "field, where the largest base of the coalition in the area is located in the eastern countryside of Deir Ezzor.\n\n"
        "According to the sources, the explosions were caused by drones that targeted the base, while coalition forces "
        "fired flares and machine guns and helicopters circled over the area. No casualties have been reported so far.\n\n"
        "A coalition spokesman later wrote on X that at about 9:10 a.m. local time U.S. forces at the Conoco base came "
        "under a drone attack and that nobody was hurt.\n\n"
        "The Observatory had also reported, on September 3, that coalition forces fired shells at militia positions "
        "near al-Mayadin, in response to the attack on the Conoco field.",
        date(2027, 9, 14),
        [{"date": "2027-09-14", "site": "conoco_gas_field"}],
    ),
    (
        "a-village-taken-following-clashes-is-that-fight",
        # a Kurdish agency: the deed is no attack; the clashes it followed are the day's fight, not an earlier one
        "DEIR EZ-ZOR (Hawar) - Fighters of the Deir ez-Zor Military Council on Tuesday took control of the village of "
        "al-Tayyana, following clashes with gunmen that lasted for several hours, a military source said.\n\n"
        "The source said the gunmen withdrew towards the river.",
        date(2027, 2, 16),  # a Tuesday
        [{"date": "2027-02-16", "site": "al_tayyana", "event_type": "armed clash"}],
    ),
    (
        "a-town-recaptured-following-heavy-fighting-is-that-fight",
        # a wire: "recaptured X following heavy fighting that lasted through the night" tells the fight of the day
        "BEIRUT (Reuters) - Syrian government troops on Friday recaptured the town of al-Busayrah in Deir ez-Zor "
        "province following heavy fighting with Kurdish-led SDF fighters that lasted through the night, state media "
        "reported.\n\n"
        "There was no immediate comment from the SDF.",
        date(2028, 10, 14),  # a Saturday
        [{"date": "2028-10-13", "site": "al_busayrah"}],
    ),
    (
        "a-cookie-notice-is-not-the-lead-of-a-monitor-page",
        # the page opens on a cookie notice in its own wording ("This site uses cookies"); the lead is the
        # report of an attack two days before the page's date, which is its news
        "The Euphrates Voice News Network\n\n"
        "Cookie notice: this site uses cookies to measure how visitors read our pages. By staying you accept them. [OK]\n\n"
        "Security chaos | Two soldiers killed and a third wounded in ISIS attack on army checkpoint near al-Kasrah… "
        "five soldiers killed in the area since the start of June\n\n"
        "12/06/2025\n\n"
        "Local sources told Euphrates Voice that two soldiers of the Syrian army were killed and a third was wounded "
        "when ISIS gunmen attacked their checkpoint near al-Kasrah on the 10th of this month.\n\n"
        "The attackers fled towards the desert, the sources added.",
        date(2025, 6, 12),
        [{"date": "2025-06-10", "site": "al_kasrah"}],
    ),
    (
        "a-cookie-banner-in-another-wording-is-not-the-lead",
        # "Kurdistan Today uses cookies ... [Accept]" / "Accept cookies?" are page furniture, not an opening
        "Kurdistan Today English Service\n\n"
        "Kurdistan Today is using cookies to personalise content and adverts. Continuing to browse means you agree. [Accept]\n\n"
        "Accept cookies? Yes / Manage\n\n"
        "Deir ez-Zor: drone of unknown origin kills SDF commander and his driver in Hajin, the third such strike in the "
        "eastern countryside this month\n\n"
        "Hajin, March 21 (KT) - A drone of unknown origin struck a car carrying an SDF commander in Hajin on Wednesday "
        "evening, killing him and his driver, the Syrian Democratic Forces said.\n\n"
        "No group has claimed the strike.",
        date(2029, 3, 23),
        [{"date": "2029-03-21", "site": "hajin"}],
    ),
    # --- digests of dated posts: a post's own day is its news -------------------------------
    (
        "an-early-post-of-a-digest-tells-its-own-days-news",
        # no page date: the last post is two days after the first, whose attack "an hour ago" is still news
        "Deir Ezzor 24 | channel posts\n\n"
        "Follow the channel for news of the eastern countryside. Send your photos to the editors through the bot.\n\n"
        "[03/05/2024 22:10]\n"
        "Gunmen on a motorcycle attacked an hour ago a checkpoint of the SDF at the entrance of Thiban, killing "
        "one fighter.\n\n"
        "[04/05/2024 09:30]\n"
        "Electricity returned to parts of al-Mayadin after a week of outages.\n\n"
        "[05/05/2024 18:45]\n"
        "An explosive device went off this evening near an SDF vehicle on the road out of al-Busayrah, wounding "
        "two members.",
        None,
        [{"date": "2024-05-03", "site": "thiban"}, {"date": "2024-05-05", "site": "al_busayrah"}],
    ),
    (
        "a-monitors-feed-keeps-each-posts-shelling",
        # a monitor's feed of stamped updates: Monday's shelling stays news beside Thursday's strike
        "Syrian Observatory live feed\n\n"
        "Updates from our network of sources inside Syria. Figures are revised as more information arrives.\n\n"
        "12-02-2024 07:15\n"
        "Regime forces shelled this morning positions of the SDF near Khasham with mortars, with no casualties.\n\n"
        "14-02-2024 11:00\n"
        "Families protested in Hajin against the high price of bread.\n\n"
        "15-02-2024 23:40\n"
        "Unidentified aircraft struck tonight a convoy of Iranian-backed militias near Albu Kamal, killing four "
        "members.",
        None,
        [{"date": "2024-02-12", "site": "khasham"}, {"date": "2024-02-15", "site": "albu_kamal"}],
    ),
    (
        "a-telegraphic-same-night-dates-the-second-attack",
        # "same night" with no article is the day of the attack told before: news of its own, not a passing mention
        "Urgent: An explosive device targeted an SDF patrol near al-Busayrah on Friday, killing two members, our "
        "correspondent reported.\n\n"
        "Gunmen attacked a checkpoint in Hajin same night.",
        date(2023, 6, 17),
        [{"date": "2023-06-16", "site": "al_busayrah"}, {"date": "2023-06-16", "site": "hajin"}],
    ),
    (
        "that-same-evening-dates-a-raid-told-after-the-news",
        "QAMISHLI (Kurdish news agency) - Turkish drones struck a car near Tal Tamr on Wednesday afternoon, "
        "killing a commander of the Asayish, the agency said.\n\n"
        "Militants raided an SDF post in al-Shuhail that same evening.",
        date(2024, 11, 7),
        [{"date": "2024-11-06", "site": "tal_tamr"}, {"date": "2024-11-06", "site": "al_shuhail"}],
    ),
    # --- an assault and the strikes that answered it -----------------------------------------
    (
        "the-assault-answered-told-at-the-province-is-its-own-incident",
        # the strikes at a village and the assault they answered, told at the province: two incidents
        "AMMAN (Reuters) - U.S.-led coalition aircraft struck forces loyal to President Bashar al-Assad near the "
        "village of al-Tabiyah on Tuesday night after they launched an assault on a headquarters of the Syrian "
        "Democratic Forces in Deir ez-Zor province, a U.S. official said.\n\n"
        "The attack began at dusk when the pro-government forces opened fire with tanks and mortars, the official said.",
        date(2019, 3, 13),
        [{"date": "2019-03-12", "site": "al_tabiyah", "perpetrator": "US-led coalition", "target": "Syrian government"},
         {"date": "2019-03-12", "site": "deir_ez_zor_province", "perpetrator": "Syrian government", "target": "SDF"}],
    ),
    (
        "troops-loyal-to-damascus-are-the-government",
        "Troops loyal to Damascus shelled an SDF position near Thiban on Monday, a monitor said.",
        date(2020, 4, 14),
        [{"date": "2020-04-13", "site": "thiban", "perpetrator": "Syrian government", "target": "SDF"}],
    ),
    (
        "pro-syrian-government-fighters-are-the-target",
        "WASHINGTON - American jets and artillery pounded pro-Syrian government fighters near Khasham late Thursday "
        "after they attacked an outpost of the SDF in the Deir ez-Zor countryside, the Pentagon said. The coalition "
        "said an estimated 40 attackers were killed.",
        date(2018, 2, 16),
        [{"date": "2018-02-15", "site": "khasham", "perpetrator": "US-led coalition", "target": "Syrian government"}],
    ),
    (
        "whom-the-victims-fight-is-not-the-target",
        # "popular forces fighting the SDF": the SDF describes the victims, it is not the one struck
        "DAMASCUS (SANA) - US occupation helicopters targeted on Sunday popular forces fighting the SDF militia near "
        "the village of al-Sabha, martyring three of them.",
        date(2022, 9, 12),
        [{"date": "2022-09-11", "site": "al_sabha", "perpetrator": "US-led coalition", "target": "Iran-backed militias"}],
    ),
    (
        "the-attack-began-when-militias-fired",
        # the noun "assault" comes first; who fired, told in the when-clause, is the attacker
        "The assault on the Conoco base started at dawn on Monday when Iranian-backed militias fired six rockets "
        "from the western bank.",
        date(2023, 8, 8),
        [{"date": "2023-08-07", "site": "conoco_gas_field", "perpetrator": "Iran-backed militias",
          "target": "US-led coalition"}],
    ),
    (
        "the-attack-began-when-gunmen-opened-fire",
        "The attack on the checkpoint in Hajin began on Tuesday evening when ISIS gunmen opened fire from a "
        "speeding car, killing one SDF fighter.",
        date(2022, 5, 11),
        [{"date": "2022-05-10", "site": "hajin", "perpetrator": "ISIS", "target": "SDF"}],
    ),
    # --- where the attackers went is not where they struck --------------------------------------
    (
        "gunmen-fled-toward-a-town-that-is-not-the-scene",
        "Gunmen attacked an SDF checkpoint in Thiban on Monday night and then fled toward al-Shuhail, a local "
        "source said.",
        date(2024, 3, 5),
        [{"date": "2024-03-04", "site": "thiban"}],
    ),
    (
        "a-cell-retreated-in-the-direction-of-a-village",
        "DEIR EZZOR (North Press) - An ISIS cell ambushed an SDF patrol near Hajin on Wednesday, killing two "
        "fighters, before withdrawing east towards al-Baghuz.",
        date(2022, 6, 9),
        [{"date": "2022-06-08", "site": "hajin"}],
    ),
    # --- a report that says it was not told when ---------------------------------------------
    (
        "the-ministry-did-not-say-when-the-strike-happened",
        # the day of the announcement is not the day of the strike, which the text does not give
        "MOSCOW, March 12 (Interfax) - An ISIS commander was killed in a Russian air strike near al-Mayadin, the "
        "Defence Ministry said on Tuesday.\n\n"
        "The ministry did not specify when the strike took place.",
        date(2019, 3, 12),
        [{"date": None, "site": "al_mayadin"}],
    ),
    (
        "officials-declined-to-say-when-the-attack-occurred",
        "A drone attack wounded two US service members at the Conoco base, officials said on Friday, declining to "
        "say when the attack occurred.",
        date(2023, 5, 6),
        [{"date": None, "site": "conoco_gas_field"}],
    ),
    (
        "a-dated-strike-keeps-its-day-when-another-is-untold",
        # the cue speaks of the shelling; the strike has its own day
        "US jets struck a militia depot near Albu Kamal on Wednesday, the Pentagon said. Separately, shells fell on "
        "the Conoco base, though officials did not say when the shelling happened.",
        date(2023, 5, 12),
        [{"date": "2023-05-10", "site": "albu_kamal"}, {"date": None, "site": "conoco_gas_field"}],
    ),
    # --- a dateline with its date in brackets dates an undated page ------------------------------
    (
        "a-bracketed-dateline-dates-the-page",
        "Bomb attack on SDF vehicle in Deir ez-Zor\n\n"
        "DEIR EZ-ZOR (20.05.2019) – An explosive device was detonated against a vehicle of the SDF near al-Busayrah "
        "on Sunday evening, killing three of its members.",
        None,
        [{"date": "2019-05-19", "site": "al_busayrah"}],
    ),
    (
        "a-bracketed-dateline-with-a-written-month",
        "Qamishli (3 March 2022) - Turkish drones struck a car near Tal Tamr on Wednesday, killing two Asayish members.",
        None,
        [{"date": "2022-03-02", "site": "tal_tamr"}],
    ),
    (
        "a-bracketed-dateline-with-slashes",
        "HASAKAH (14/07/2021) — Unknown gunmen shot dead a member of the SDF in al-Shaddadi yesterday.",
        None,
        [{"date": "2021-07-13", "site": "shaddadi"}],
    ),
    # --- "Meanwhile," at a place of its own ------------------------------------------------------
    (
        "meanwhile-mortars-on-the-city-after-the-airport-attack",
        "Deir Ezzor, SANA - Army units on Tuesday repelled an attack by ISIS terrorists on the military airport of "
        "Deir Ezzor, killing dozens of them.\n\n"
        "Meanwhile, the terrorists fired mortar shells on residential neighborhoods in Deir Ezzor city, causing "
        "material damage.",
        date(2016, 10, 12),
        [{"date": "2016-10-11", "site": "deir_ez_zor_airport"}, {"date": "2016-10-11", "site": "deir_ez_zor_city"}],
    ),
    (
        "meanwhile-a-bomb-in-a-village-after-strikes-on-its-district",
        "Coalition aircraft struck ISIS hideouts in the Hajin area on Thursday, the SDF said. Meanwhile, a roadside "
        "bomb wounded three SDF members in al-Susah on Thursday.",
        date(2018, 11, 16),
        [{"date": "2018-11-15", "site": "hajin"}, {"date": "2018-11-15", "site": "al_susah"}],
    ),
    (
        "shells-that-fell-on-a-few-occasions-are-a-count-not-news",
        # an analysis sums up how often a base was hit: "on a few occasions", "a couple of times" tell no event
        "Why the militias leave Shaddadi alone\n\n"
        "Pro-Iranian factions west of the river have largely avoided the American garrison at Shaddadi, although "
        "mortar rounds have landed near the base's perimeter on a few occasions.\n\n"
        "SDF sources say shells have also fallen inside the fence of the Conoco field a couple of times, without "
        "casualties.",
        date(2021, 3, 9),
        [],
    ),
    (
        "the-news-beside-a-count-of-a-handful-of-occasions",
        # the day's rockets are the news; the "handful of occasions" before them is the count
        "BEIRUT, Oct 5 (Reuters) - Two rockets struck near the Green Village base in Deir al-Zor province on "
        "Saturday evening, the U.S.-led coalition said, causing no injuries.\n\n"
        "Rockets have hit the area on a handful of occasions since the spring.",
        date(2019, 10, 5),
        [{"date": "2019-10-05", "site": "green_village"}],
    ),
    (
        "a-drone-that-circled-without-anything-being-targeted",
        # a flight told with no strike: "without anyone being targeted", "without any targets being struck"
        "Residents of al-Shuhail said a surveillance drone hovered over the town for hours on Friday night "
        "without anyone being targeted.\n\n"
        "(SANA) A US warplane circled over Khasham for two hours on Monday without any targets being struck, "
        "local sources said.",
        date(2022, 2, 15),
        [],
    ),
    (
        "a-campaign-of-raids-launched-at-dawn-is-a-sweep",
        # translated copy puts the time between the verb and its object: "launched at dawn a campaign of
        # raids", "launched on Tuesday a series of searches"; a sweep with arrests, no attack
        "Deir Ezzor 24 | The SDF launched at dawn a wide campaign of raids in Diban and al-Hawayij, arresting 12 "
        "young men accused of belonging to ISIS cells.\n\n"
        "Asayish forces launched on Tuesday a series of searches in the eastern neighbourhoods of al-Busayrah.",
        date(2024, 11, 20),
        [],
    ),
    (
        "the-news-follows-an-earlier-strike-told-in-the-present",
        # "The attacks follow the strikes of ...": what they follow is the cause, recalled, not the day's news
        "TAMPA, Fla. - On March 3, militants fired several rockets at Mission Support Site Green Village in "
        "northeast Syria. No U.S. personnel were injured.\n\n"
        "The attack follows U.S. precision strikes on March 2 near al-Mayadin that targeted facilities used by "
        "Iran-backed groups.",
        date(2023, 3, 4),
        [{"date": "2023-03-03", "site": "green_village"}],
    ),
    (
        "shelling-that-follows-the-strikes-of-the-day-before",
        # a Kurdish agency: the day's shelling "follows" the drone strikes of the day before, told as its cause
        "QAMISHLI, ANHA - Regime artillery shelled the villages of al-Husseiniyah and Khasham on Thursday, "
        "wounding two civilians.\n\n"
        "The shelling follows the drone strikes that hit an SDF post near al-Busayrah on Wednesday.",
        date(2021, 12, 16),
        [{"date": "2021-12-16"}],
    ),
    (
        "rockets-that-follow-an-undated-airstrike",
        # wire copy: the cause told with no day of its own is no second incident of the news day
        "BAGHDAD, Aug 9 (Reuters) - Rockets were fired at the Conoco gas field in eastern Syria on Monday, "
        "a coalition spokesman said, causing no casualties.\n\n"
        "The rocket fire follows an American airstrike near Albu Kamal that killed four militiamen.",
        date(2021, 8, 9),
        [{"date": "2021-08-09", "site": "conoco_gas_field"}],
    ),
    (
        "a-dated-example-of-a-series-is-recalled",
        # a press release: the strike of the day is the news; "a series of ..., including strikes on May 2"
        # names an earlier member of the campaign, recalled as an example
        "TAMPA, Fla. - On May 4, U.S. Central Command forces conducted a precision strike in eastern Syria, "
        "killing a senior ISIS official.\n\n"
        "Since April, CENTCOM has carried out a series of raids against ISIS in Syria, including a strike on "
        "May 2 that killed three operatives near al-Busayrah.",
        date(2025, 5, 6),
        [{"date": "2025-05-04"}],
    ),
    (
        "a-string-of-killings-including-one-two-days-before",
        # a local monitor: the day's shooting is the news; the string of killings it belongs to, and the
        # dated one named in it, are the background
        "Deir ez-Zor | Unknown gunmen shot dead an SDF fighter in Hajin on Thursday evening, local sources "
        "said.\n\n"
        "Cells have carried out a string of assassinations in the eastern countryside this month, including "
        "the killing of a council member in al-Shuhail on Tuesday.",
        date(2023, 6, 16),
        [{"date": "2023-06-15", "site": "hajin"}],
    ),
    (
        "since-a-weekday-in-the-perfect-is-a-tally",
        # a Kurdish agency: the day's strike is the news; what drones "have targeted" since Monday sums up the days
        "QAMISHLO, Hawar - A Turkish drone struck a car near Qamishli on Thursday, killing two SDF members.\n\n"
        "Since Monday, Turkish drones have targeted villages around Tal Tamr and Amuda, according to the SDF.",
        date(2022, 11, 24),
        [{"date": "2022-11-24", "site": "qamishli"}],
    ),
    (
        "since-a-weekday-night-militias-have-fired",
        # a local monitor: "Since Saturday night, militias have fired rockets at ..." is the tally beside the news
        "Deir Ezzor 24 | Gunmen attacked an SDF checkpoint at the entrance of Hajin on Monday, wounding a "
        "fighter.\n\n"
        "Since Saturday night, pro-Iranian militias have fired rockets at SDF posts in al-Busayrah and Khasham.",
        date(2024, 2, 12),
        [{"date": "2024-02-12", "site": "hajin"}],
    ),
    (
        "since-the-dawn-of-a-weekday-in-the-simple-past-is-the-news",
        # the simple past after "Since the dawn hours of Tuesday," goes on with the news itself
        "Since the dawn hours of Tuesday, ISIS cells attacked SDF positions near al-Baghuz, killing three "
        "fighters, the Hawar news agency reported.",
        date(2024, 3, 19),
        [{"date": "2024-03-19", "site": "al_baghuz"}],
    ),
    (
        "an-assault-corps-is-a-units-name",
        # Russian and Syrian state media name units "Assault Corps", "Assault Brigade": no second, Russian deed
        "MOSCOW, October 3 (TASS) - A Russian colonel was wounded by militant shelling near Deir ez-Zor on "
        "Tuesday, the Defense Ministry said.\n\n"
        "He headed a group of Russian advisers attached to the Syrian army's 4th Volunteer Assault Corps.",
        date(2017, 10, 3),
        [{"date": "2017-10-03", "site": "deir_ez_zor_city"}],
    ),
    (
        "a-division-commander-meeting-elders-is-no-incident",
        "DEIR EZ-ZOR, SANA - The commander of the army's 17th Assault Division met tribal elders in al-Mayadin "
        "on Monday to discuss the return of displaced families.",
        date(2019, 4, 9),
        [],
    ),
    (
        "a-print-note-with-its-headline-is-a-footer",
        # a newspaper's print note repeats the story under its print headline: furniture, not a second report
        "Militia Rockets Strike Near U.S. Troops in Syria\n\n"
        "WASHINGTON - Rockets struck near the Green Village base in eastern Syria on Wednesday evening, "
        "American officials said, causing no injuries to the troops stationed there.\n\n"
        "The officials did not say who fired them, but suspicion fell on militias backed by Iran that operate "
        "west of the Euphrates.\n\n"
        "A version of this article appears in print on March 4, 2021, Section A, Page 9 of the New York edition "
        "with the headline: Iran-Backed Militias Fire Rockets at American Outpost in Eastern Syria.",
        date(2021, 3, 3),
        [{"date": "2021-03-03", "site": "green_village"}],
    ),
    (
        "the-weeks-before-the-clash-tell-no-clash",
        # "in the days leading up to the assault": the time before the news, told by it, is no event of its own
        "Pro-government fighters attacked an SDF position near Khasham on Wednesday night, the coalition said.\n\n"
        "In the days leading up to the assault, residents said militia reinforcements were gathering around "
        "al-Mayadin and Albu Kamal.",
        date(2018, 2, 8),
        [{"date": "2018-02-07", "site": "khasham"}],
    ),
    (
        "who-inspects-a-vehicle-hit-by-a-drone-did-not-strike-it",
        # a news agency's line: the fighters who look at the wreck are no attackers of the passive act told by its agent
        "TAL TAMR, North Press - SDF members inspect the wreckage of a military vehicle targeted by a drone near "
        "Tal Tamr on Saturday afternoon.",
        date(2023, 1, 14),
        [{"date": "2023-01-14", "site": "tal_tamr", "perpetrator": "unknown", "target": "SDF"}],
    ),
    (
        "residents-beside-a-house-hit-by-a-mortar-shell",
        # a local monitor: the residents told before the act are not its authors
        "Deir Ezzor 24 | Residents stand beside a house hit by a mortar shell in al-Busayrah on Monday morning, "
        "local sources said.",
        date(2022, 5, 16),
        [{"date": "2022-05-16", "site": "al_busayrah", "perpetrator": "unknown"}],
    ),
    (
        "what-has-also-been-targeted-adds-to-a-tally",
        # wire copy: the day's strikes are the news; what militias "have also targeted", undated, is the tally
        "WASHINGTON (AFP) - US jets struck a weapons depot near Albu Kamal early Thursday, the Pentagon said.\n\n"
        "Militia drones have also targeted the Green Village and Rumailan bases, where US troops are deployed.",
        date(2023, 11, 9),
        [{"date": "2023-11-09", "site": "albu_kamal"}],
    ),
    (
        "turkish-drones-have-also-hit-power-stations",
        # a Kurdish agency: the perfect with "also" adds to the campaign's record, beside the day's strike
        "AMUDA, ANHA - A Turkish drone struck a car near Amuda on Sunday evening, killing a civilian.\n\n"
        "Turkish drones have also hit power stations and oil facilities in the Qamishli countryside, the "
        "Autonomous Administration said.",
        date(2024, 1, 14),
        [{"date": "2024-01-14", "site": "amuda"}],
    ),
    (
        "a-place-formerly-held-by-a-side-makes-it-no-target",
        # translated wire copy: who held the place before describes it; the strike told again is the same one
        "Tampa/Damascus (dpa) - The US military says it killed a leader of the Islamic State in eastern Syria.\n\n"
        "The man was killed in an air strike in the province of Deir ez-Zor on Sunday, the US Central Command "
        "said.\n\n"
        "The strike took place on Sunday in an area formerly under the control of the Syrian government, it said.",
        date(2025, 1, 6),
        [{"date": "2025-01-05", "site": "deir_ez_zor_province"}],
    ),
    # --- 2023-2026 ground politics: tribes, the post-Assad state's forces, ISIS cells ---------------------
    (
        "the-post-assad-ministries-hold-posts-and-fly-drones",
        # a ministry's checkpoint, position or drone is the government's, as its forces are
        "Deir Ezzor 24 | ISIS gunmen on a motorcycle opened fire on a Ministry of Defence checkpoint at the entrance of "
        "al-Ashara on Tuesday night, wounding two soldiers.\n\n"
        "Enab Baladi - An SDF drone targeted a Defence Ministry position near Thiban on Wednesday, wounding three "
        "soldiers, the ministry said.",
        date(2025, 8, 27),
        [{"date": "2025-08-26", "site": "al_ashara", "perpetrator": "ISIS", "target": "Syrian government", "wounded": 2},
         {"date": "2025-08-27", "site": "thiban", "perpetrator": "SDF", "target": "Syrian government", "wounded": 3}],
    ),
    (
        "interior-ministry-men-and-a-ministry-drone-act",
        "SYRIA TV - Security forces of the Interior Ministry clashed with an ISIS cell in the desert of al-Mayadin on "
        "Monday, killing three militants, the ministry said.",
        date(2025, 9, 8),
        [{"date": "2025-09-08", "site": "al_mayadin", "perpetrator": "Syrian government", "target": "ISIS", "killed": 3}],
    ),
    (
        "a-defence-ministry-drone-over-a-village",
        "SOHR: A drone of the Ministry of Defence struck a house in Darnaj village on Friday, killing two civilians, "
        "amid the escalation between the government and the SDF.",
        date(2026, 1, 16),
        [{"date": "2026-01-16", "site": "darnaj", "perpetrator": "Syrian government", "target": "civilians", "killed": 2}],
    ),
    (
        "the-new-syrian-security-forces-are-the-government",
        "Damascus (AFP) - Islamic State group jihadists killed four members of the new Syrian security forces in an "
        "attack on a checkpoint near Albu Kamal on Thursday, a war monitor said.",
        date(2025, 5, 15),
        [{"date": "2025-05-15", "site": "albu_kamal", "perpetrator": "ISIS", "target": "Syrian government", "killed": 4}],
    ),
    (
        "mercenaries-of-isis-are-its-men",
        # Kurdish agencies' word for ISIS's fighters: who acts, not whom the act befell
        "HASAKAH - ANHA: Mercenaries of ISIS attacked a checkpoint of the Syrian Democratic Forces in the village of "
        "al-Sabha in Deir ez-Zor countryside on Saturday evening; one fighter was martyred.",
        date(2025, 2, 9),
        [{"date": "2025-02-08", "site": "al_sabha", "perpetrator": "ISIS", "target": "SDF", "killed": 1}],
    ),
    (
        "tribal-militias-are-not-irans",
        "BEIRUT (AP) - Tribal militias attacked SDF positions in the town of Hajin on Wednesday, killing two fighters, "
        "a war monitor said.",
        date(2024, 8, 7),
        [{"date": "2024-08-07", "site": "hajin", "perpetrator": "unknown", "target": "SDF", "killed": 2}],
    ),
    (
        "tribes-fighting-for-damascus-are-the-government",
        # the tribes Damascus arms are coded by their patron (nearest vocabulary), in Kurdish and wire styles
        "ERBIL, Kurdistan Region - Tribal fighters loyal to the Syrian government crossed the Euphrates early on "
        "Wednesday and attacked positions of the SDF in the village of Darnaj, killing three fighters.\n\n"
        "SOHR: Damascus-backed clan militias shelled al-Shuhail with mortars on Thursday, wounding two people.",
        date(2024, 8, 9),
        [{"date": "2024-08-07", "site": "darnaj", "perpetrator": "Syrian government", "target": "SDF", "killed": 3},
         {"date": "2024-08-08", "site": "al_shuhail", "perpetrator": "Syrian government", "wounded": 2}],
    ),
    (
        "where-a-side-withdrew-to-is-not-the-scene",
        # the place a side went to after the fighting (withdrew, fled, retreated to) is not a second scene, nor
        # does it place an unplaced clash told before it; alone in its clause it stays ("then retreated into Hajin")
        "SOHR: Government forces and SDF fighters exchanged fire near al-Kasrah on Tuesday, leaving one soldier "
        "dead, before the SDF members withdrew to the town of al-Busayrah.",
        date(2026, 1, 14),
        [{"date": "2026-01-13", "site": "al_kasrah", "killed": 1}],
    ),
    (
        "a-place-retreated-into-alone-stays-the-scene",
        "Deir Ezzor 24 | An ISIS cell attacked a checkpoint of the Asayish on Friday night and then retreated into "
        "Hajin, a security source said.",
        date(2026, 1, 14),
        [{"date": "2026-01-09", "site": "hajin", "perpetrator": "ISIS"}],
    ),
    (
        "a-withdrawal-does-not-place-the-clash-before-it",
        "Syrian army units exchanged fire with SDF fighters on Sunday morning, killing two SDF members, a war "
        "monitor said. The remaining SDF members then fled toward Shaddadi.",
        date(2026, 1, 18),
        [{"date": "2026-01-18", "site": None, "perpetrator": "Syrian government", "target": "SDF", "killed": 2}],
    ),
    (
        "the-syrian-internal-security-forces-are-the-government",
        "DAMASCUS, Feb. 4 (Xinhua) -- Four members of the Syrian internal security forces were killed on Tuesday when "
        "Islamic State militants attacked their checkpoint in the countryside of al-Mayadin, the Syrian Interior "
        "Ministry said.",
        date(2026, 2, 4),
        [{"date": "2026-02-03", "site": "al_mayadin", "perpetrator": "ISIS", "target": "Syrian government", "killed": 4}],
    ),
    (
        "the-military-operations-administration-became-the-army",
        "Enab Baladi - Fighters of the Military Operations Administration clashed on Thursday with SDF "
        "members near the village of al-Jneineh, west of Deir Ezzor, killing two of them.",
        date(2025, 1, 10),
        [{"date": "2025-01-09", "site": "al_jneineh", "event_type": "armed clash", "perpetrator": "Syrian government",
          "target": "SDF"}],
    ),
    (
        "opened-fire-with-the-day-between-is-a-shooting",
        # wire style puts the day between the verb and its object: the shooting is an attack, not shelling
        "BEIRUT (AP) - An Islamic State gunman opened fire Saturday on a joint patrol of U.S. and Syrian government "
        "forces near Albu Kamal, wounding two U.S. soldiers, officials said.\n\n"
        "Deir Ezzor 24 | Gunmen opened fire on Tuesday night at a checkpoint of the General Security in al-Quriyah, "
        "wounding a member.",
        date(2025, 12, 17),
        [{"date": "2025-12-13", "site": "albu_kamal", "event_type": "attack", "perpetrator": "ISIS", "wounded": 2},
         {"date": "2025-12-16", "site": "al_quriyah", "event_type": "attack", "target": "Syrian government", "wounded": 1}],
    ),
    (
        "the-side-a-party-is-battling-is-the-target",
        # a description of whom the actors fight, told before their act, names the side they hit, not the actor
        "BEIRUT (AP) - Arab tribal fighters battling the U.S.-backed Syrian Democratic Forces captured the village of "
        "al-Kishkiyah in eastern Syria on Friday, opposition activists said.\n\n"
        "SOHR: Clan gunmen who rose up against the SDF stormed a checkpoint in al-Shuhail on Friday, killing two "
        "fighters.",
        date(2023, 9, 1),
        [{"date": "2023-09-01", "site": "al_kishkiyah", "perpetrator": "unknown", "target": "SDF"},
         {"date": "2023-09-01", "site": "al_shuhail", "perpetrator": "unknown", "target": "SDF", "killed": 2}],
    ),
    (
        "the-subject-of-a-when-clause-after-the-toll-is-the-author",
        # the toll first, the act after "when"/"as": who hit is the subject of that clause
        "Deir Ezzor, 12/01/2026 (AFP) - Two government soldiers were killed on Monday when an SDF drone hit their position near "
        "the village of Khasham, the defence ministry said.\n\n"
        "Syria TV: A guard was wounded on Sunday as ISIS gunmen stormed a General Security checkpoint in Hajin.",
        date(2026, 1, 12),
        [{"date": "2026-01-12", "site": "khasham", "perpetrator": "SDF", "target": "Syrian government", "killed": 2},
         {"date": "2026-01-11", "site": "hajin", "perpetrator": "ISIS", "target": "Syrian government", "wounded": 1}],
    ),
    (
        "a-village-captured-by-its-article-name",
        # ground taken, told by "the village of al-X": a clash of the day (the dead trigger before only read capitals)
        "Arab clan fighters captured the village of al-Kishkiyah on the eastern bank of the Euphrates on Friday, "
        "opposition activists said.\n\n"
        "Deir Ezzor, SANA - Army units recaptured the town of al-Susah at dawn on Sunday.",
        date(2023, 9, 3),
        [{"date": "2023-09-01", "site": "al_kishkiyah", "event_type": "armed clash"},
         {"date": "2023-09-03", "site": "al_susah", "event_type": "armed clash"}],
    ),
    (
        "villages-seized-from-us-backed-forces",
        "BEIRUT, Aug 31 (Reuters) - Arab tribal fighters seized several villages from U.S.-backed Kurdish-led forces "
        "in Deir el-Zor province on Thursday, residents said.",
        date(2023, 8, 31),
        [{"date": "2023-08-31", "site": "deir_ez_zor_province", "event_type": "armed clash", "target": "SDF"}],
    ),
    (
        "months-of-clashes-is-a-stretch-not-an-incident",
        "QAMISHLI (North Press) - SDF commander Mazloum Abdi and President Ahmed al-Sharaa signed an agreement on "
        "Monday to integrate the SDF's institutions into the state. The deal follows months of clashes in Deir ez-Zor, "
        "and weeks of fighting near Hajin.",
        date(2025, 3, 10),
        [],
    ),
    # --- an answer to an attack on bases, fired at launch sites it does not name ---
    (
        "an-answer-with-its-own-toll-is-placed-in-the-province-of-the-bases-hit",
        # wire style: rockets on two bases, then helicopters fire back at unnamed launch points, killing two:
        # an incident of its own, placed in the province of the bases (the launch points lie near them)
        "BEIRUT (Reuters) - Rockets slammed into a US base at the al-Omar oil field in eastern Syria on Tuesday "
        "evening, lightly wounding one American soldier, the military said. Two more rockets fell near the Conoco "
        "gas plant without causing damage.\n\n"
        "In response, U.S. attack helicopters engaged the crews at the launch points, killing two suspected "
        "militants and destroying a truck-mounted launcher, a spokesman said.",
        date(2027, 3, 10),
        [{"date": "2027-03-09", "site": "al_omar_oil_field"}, {"date": "2027-03-09", "site": "conoco_gas_field"},
         {"date": "2027-03-09", "site": "deir_ez_zor_province", "perpetrator": "US-led coalition"}],
    ),
    (
        "a-press-release-answer-in-hasakah-is-placed-in-hasakah",
        # command statement style: a drone on a Hasakah base, gunships answer at the launch site
        "TAMPA, Fla. - At approximately 9:40 p.m. local time on Oct. 3, 2026, a one-way attack drone struck "
        "Mission Support Site Shaddadi in northeast Syria. No U.S. personnel were injured.\n\n"
        "In response, U.S. forces employing AC-130 gunships struck the launch site, killing three militants who "
        "were preparing a second drone.",
        date(2026, 10, 4),
        [{"date": "2026-10-03", "site": "shaddadi"},
         {"date": "2026-10-03", "site": "hasakah_province", "perpetrator": "US-led coalition"}],
    ),
    (
        "a-bare-answer-without-facts-stays-part-of-the-attack",
        # news agency style: the monitor adds that the troops fired back, with nothing of its own
        "DAMASCUS, Nov. 2 (Xinhua) -- Several rockets hit the US military base at the al-Omar oil field in the "
        "eastern province of Deir ez-Zor on Saturday evening, and two drones targeted the Conoco gas field, a war "
        "monitor reported.\n\n"
        "The US troops responded with artillery fire at the sources of the fire, the monitor said, without giving "
        "further details.",
        date(2025, 11, 2),
        [{"date": "2025-11-01", "site": "al_omar_oil_field"}, {"date": "2025-11-01", "site": "conoco_gas_field"}],
    ),
    (
        "an-answer-placed-by-its-own-town-is-not-doubled",
        # Kurdish agency style: the answer is told with its own town; no second copy in the province
        "Qamishli, ANHA - Several rockets fell inside the coalition base at the Conoco field on Friday night, "
        "causing material damage only.\n\n"
        "Coalition helicopters responded by striking the launch site on the outskirts of Hatla, killing two gunmen, "
        "local sources said.",
        date(2028, 7, 15),
        [{"date": "2028-07-14", "site": "conoco_gas_field"},
         {"date": "2028-07-14", "site": "hatla", "perpetrator": "US-led coalition"}],
    ),
    (
        "jets-engaging-the-fighters-at-the-launch-site-answer-the-attack-on-the-bases",
        # the answer is told apart ("U.S. forces responded at once.") and its own sentence only says who
        # fired back at whom, at the launch site, with a toll of its own: placed in the bases' province
        "Rocket attack on coalition bases in Deir Ezzor\n\n"
        "Several rockets struck the perimeter of the US base at the al-Omar oil field and two more landed near "
        "the Conoco gas plant at about 9 p.m. on Thursday, the international coalition said, adding that nobody "
        "was hurt.\n\n"
        "U.S. forces responded at once. Two U.S. F-16s and an MQ-9 engaged the fighters behind the attack at "
        "their launch site, killing one of them.",
        date(2031, 4, 18),
        [{"date": "2031-04-17", "site": "al_omar_oil_field"}, {"date": "2031-04-17", "site": "conoco_gas_field"},
         {"date": "2031-04-17", "site": "deir_ez_zor_province", "perpetrator": "US-led coalition"}],
    ),
    (
        "retaliatory-strikes-elsewhere-are-not-placed-at-the-base-attacked",
        # strikes in answer to a drone on a Hasakah base, told with their toll but not at the launch sites:
        # they are not placed in Hasakah
        "QAMISHLI - A drone struck a coalition base near al-Shaddadi on Monday, wounding two American soldiers, "
        "the coalition said.\n\n"
        "US jets later bombed militia depots, killing six fighters, a monitor said, without saying where.",
        date(2029, 10, 2),
        [{"date": "2029-10-01", "site": "shaddadi"}],
    ),
    (
        "an-answer-in-the-lead-told-on-the-statement-day-is-the-attacks-day",
        # the lead tells attack and answer in one sentence, closed by the day the military spoke: the answer
        # has no day of its own and takes the attacks' day, not the day of the statement
        "Rockets hit two US bases in Syria, American helicopters kill attackers\n\n"
        "ERBIL, Iraq, March 2 (AP) - Militants fired rockets at two American bases in eastern Syria on Monday, "
        "slightly injuring one soldier, and U.S. helicopters then struck back, killing four of the attackers, "
        "the U.S. military said on Tuesday.\n\n"
        "The rockets fell inside the perimeter of the base at the al-Omar oil field shortly after 10 p.m., the "
        "statement said.\n\n"
        "Two more rockets hit near the Conoco gas plant but did no harm.\n\n"
        "U.S. forces responded with Apache helicopters and rocket artillery, destroying two launchers, the "
        "statement added.",
        date(2032, 3, 2),
        [{"date": "2032-03-01", "site": "al_omar_oil_field"},
         {"date": "2032-03-01", "site": "deir_ez_zor_province", "perpetrator": "US-led coalition"},
         {"date": "2032-03-01", "site": "conoco_gas_field"}],
    ),
    (
        "responded-to-the-attacks-with-weapons-is-the-answer-not-only-its-cause",
        # "responded to the attacks with Apache helicopters and HIMARS rockets": the cause is named, then what
        # answered it; the answer (with its toll) is an incident of its own, in the province of the bases hit
        "Rockets struck the Conoco and al-Omar bases in Syria on Wednesday night, wounding one soldier, the "
        "coalition said.\n\n"
        "U.S. forces responded to the attacks with Apache helicopters and HIMARS rockets, destroying two vehicles "
        "and killing two militants.",
        date(2030, 5, 9),
        [{"date": "2030-05-08", "site": "conoco_gas_field"}, {"date": "2030-05-08", "site": "al_omar_oil_field"},
         {"date": "2030-05-08", "site": "deir_ez_zor_province", "perpetrator": "US-led coalition"}],
    ),
    # --- nights and numeric dates ------------------------------------------------------------
    (
        "a-night-told-after-a-where-clause-dates-the-event",
        # "..., where US forces are based, on the night of ...": the day closes the aside and is the event's
        "SOHR: Explosions rocked the Conoco gas field, where US forces are based, on the night of Thursday to "
        "Friday. Sources said the base was hit by rockets fired from militia-held areas west of the Euphrates.",
        date(2023, 3, 24),
        [dict(date="2023-03-23", site="conoco_gas_field", target=US)],
    ),
    (
        "a-day-after-a-where-clause-dates-the-event",
        "Rockets struck the al-Omar oil field, where American troops are stationed, late on Tuesday, a coalition "
        "official said. Nobody was hurt.",
        date(2022, 8, 25),
        [dict(date="2022-08-23", site="al_omar_oil_field", event_type=SHELL, target=US)],
    ),
    (
        "a-german-night-of-a-numeric-span",
        "dpa - In the night of 14 to 15.01.2019, unknown attackers fired several rockets at the Conoco gas field. "
        "The US military said there were no casualties.",
        date(2019, 1, 16),
        [dict(date="2019-01-14", site="conoco_gas_field", event_type=SHELL)],
    ),
    (
        "a-russian-night-from-day-to-numeric-date",
        "RIA Novosti - In the night from 25 to 26.08.2017 militants shelled the positions of the Syrian army near "
        "Deir ez-Zor airport, wounding two soldiers, the Reconciliation Center reported.",
        date(2017, 8, 27),
        [dict(date="2017-08-25", site="deir_ez_zor_airport", event_type=SHELL, wounded=2)],
    ),
    (
        "a-night-of-a-yearless-numeric-day",
        "Euphrates Eye - In the night of 5.2. unknown aircraft struck the area of Albu Kamal; the observatory "
        "counted six dead among the militias.",
        date(2024, 2, 7),
        [dict(date="2024-02-05", site="albu_kamal", event_type=AIR)],
    ),
    (
        "a-digest-of-yearless-numeric-days",
        "Weekly summary, Deir Ezzor 24:\n14.01 - an IED killed two SDF members near al-Susah.\n"
        "16.01 - coalition jets struck ISIS positions in al-Baghuz.",
        date(2019, 1, 19),
        [dict(date="2019-01-14", site="al_susah", event_type="remote explosive/landmine/IED"),
         dict(date="2019-01-16", site="al_baghuz", event_type=AIR)],
    ),
    (
        "between-two-days-of-a-month",
        "Between January 14 and 15, unknown gunmen attacked an SDF post in al-Tayyana, killing one fighter.",
        date(2021, 1, 18),
        [dict(date="2021-01-14", site="al_tayyana", target="SDF", killed=1)],
    ),
    (
        "a-night-from-one-day-to-the-next-is-no-origin-of-fire",
        # machine-translated French "dans la nuit de samedi a dimanche": the place after the span is the scene
        "Translated from French: Strikes by unidentified aircraft killed 14 pro-Iranian fighters in the night from "
        "Saturday to Sunday near Albu Kamal, according to the OSDH.",
        date(2019, 9, 1),
        [dict(date="2019-08-31", site="albu_kamal", event_type=AIR)],
    ),
    (
        "a-night-from-day-to-day-of-a-month-is-no-origin-of-fire",
        "Sputnik - Militants shelled army positions in the night from 14 to 15 November in the vicinity of Deir "
        "ez-Zor airport, the Russian Reconciliation Center said.",
        date(2017, 11, 16),
        [dict(date="2017-11-14", site="deir_ez_zor_airport", event_type=SHELL)],
    ),
    (
        "a-night-and-the-next-afternoon-are-two-attacks",
        "Militias fired rockets at the Green Village base on the night of Tuesday to Wednesday. A drone hit the base "
        "on Wednesday afternoon, the coalition said.",
        date(2023, 10, 26),
        [dict(date="2023-10-24", site="green_village", event_type=SHELL),
         dict(date="2023-10-25", site="green_village", event_type=AIR)],
    ),
    (
        "a-night-and-the-next-evening-are-two-attacks",
        "Kurdistan24 - ISIS gunmen attacked an SDF checkpoint in al-Busayrah overnight Saturday into Sunday. On "
        "Sunday evening an explosive device went off under an SDF vehicle in al-Busayrah, wounding two fighters.",
        date(2022, 5, 16),
        [dict(date="2022-05-14", site="al_busayrah", perpetrator="ISIS"),
         dict(date="2022-05-15", site="al_busayrah", wounded=2)],
    ),
    (
        "a-german-night-to-a-yearless-numeric-day",
        # "in der Nacht zum 15.1.": the night that ended on the 15th began on the 14th
        "Translated from German: In the night to 15.1. drones attacked the garrison at al-Tanf, the US Central "
        "Command said.",
        date(2024, 1, 16),
        [dict(date="2024-01-14", site="al_tanf", event_type=AIR)],
    ),
    (
        "an-agency-and-its-city-between-bars-are-a-dateline",
        # "ANHA | Hasakah - ...": the town the report was filed from is not the scene
        "ANHA | Hasakah - A mercenary cell attacked a checkpoint of the Internal Security Forces in al-Shaddadi in "
        "the night between Sunday and Monday. Two members of the forces were wounded.",
        date(2025, 1, 20),
        [dict(date="2025-01-19", site="shaddadi", wounded=2)],
    ),
    (
        "a-city-and-its-agency-between-bars-are-a-dateline",
        "Qamishli | North Press - Unknown gunmen shot dead a member of the SDF in the town of al-Shuhail late on "
        "Thursday, a local source said.",
        date(2022, 3, 11),
        [dict(date="2022-03-10", site="al_shuhail", killed=1)],
    ),
    (
        "a-channel-named-after-a-city-is-no-place",
        "[Deir ez-Zor News] Last night, unidentified drones bombed the positions of the militias at the al-Hamdan "
        "airport in Albu Kamal.",
        date(2024, 8, 10),
        [dict(date="2024-08-09", site="albu_kamal", event_type=AIR)],
    ),
    (
        "a-press-network-named-after-a-city-is-no-place",
        "Raqqa Press Network: gunmen on a motorcycle shot dead a teacher in the village of al-Kasrah in the night of "
        "Monday to Tuesday, local sources said.",
        date(2023, 5, 16),
        [dict(date="2023-05-15", site="al_kasrah", killed=1)],
    ),
    (
        "a-chat-export-stamp-dates-the-overnight",
        "[19.10.23 08:14] Overnight, drones targeted the Conoco gas field base. No casualties reported.",
        None,
        [dict(date="2023-10-18", site="conoco_gas_field", event_type=AIR)],
    ),
    (
        "translated-a-village-northwest-of-the-city-named-without-of-then-a-second-town",
        # translated German style: "the city Deir ez-Zor", "the town Albu Kamal" (no "of")
        "According to the Syrian Observatory for Human Rights, the air strikes on Thursday hit an ammunition "
        "store in the area of the village Ayash northwest of the city Deir ez-Zor as well as a base of the "
        "militias in the town Albu Kamal.",
        date(2023, 8, 25),
        [dict(date="2023-08-24", site="ayash"), dict(date="2023-08-24", site="albu_kamal")],
    ),
    (
        "translated-a-depot-near-a-village-southeast-of-the-town-and-positions-in-the-city",
        # translated French style
        "The bombardments of Wednesday night targeted a depot of the Fatemiyoun near the village al-Hari "
        "southeast of the town Albu Kamal, and several positions in the city Al-Mayadin, reported the "
        "Observatory.",
        date(2021, 3, 4),
        [dict(date="2021-03-03", site="al_hari"), dict(date="2021-03-03", site="al_mayadin")],
    ),
    (
        "a-list-of-towns-closed-by-a-comma-and-the-outskirts-of-a-city",
        # state media style (serial comma, no preposition before the last place)
        "American warplanes attacked several points in eastern Syria on Friday night, according to state "
        "media. The attacks targeted locations in the city of Albu Kamal, the city of al-Mayadin, and the "
        "outskirts of the city of Deir ez-Zor.",
        date(2024, 2, 3),
        [dict(date="2024-02-02", site="albu_kamal"), dict(date="2024-02-02", site="al_mayadin"),
         dict(date="2024-02-02", site="deir_ez_zor_city")],
    ),
    (
        "monitor-a-town-a-village-and-the-surroundings-of-a-third",
        "Unidentified drones struck positions of Iranian-backed groups on Sunday evening, the Observatory said. "
        "The drones hit the town of al-Quriyah, the village of al-Hari, and the surroundings of al-Mayadin, "
        "it said.",
        date(2023, 11, 13),
        [dict(date="2023-11-12", site="al_quriyah"), dict(date="2023-11-12", site="al_hari"),
         dict(date="2023-11-12", site="al_mayadin")],
    ),
    (
        "in-syria-a-round-told-at-three-towns-the-last-after-a-serial-comma",
        "US bombers struck militia facilities in Syria and Iraq late on Friday, the Pentagon said. In Syria, the "
        "strikes hit sites around al-Mayadin, in the town of Albu Kamal, and on the outskirts of the city of "
        "Deir ez-Zor, state television reported. The defence ministry said the aggression on the Deir ez-Zor "
        "region had killed a number of civilians and soldiers.",
        date(2024, 2, 3),
        [dict(date="2024-02-02", site="al_mayadin"), dict(date="2024-02-02", site="albu_kamal"),
         dict(date="2024-02-02", site="deir_ez_zor_city")],
    ),
    (
        "the-assault-an-answer-at-its-place-came-right-after-is-news-of-that-night",
        # newspaper style: the attack told only in an "after" clause, at the place of the answer, with no day
        "US warplanes pounded pro-government forces overnight after they shelled an SDF headquarters near the "
        "village of Khasham, US officials said on Thursday.",
        date(2018, 2, 8),
        [dict(date="2018-02-07", site="khasham", perpetrator="US-led coalition"),
         dict(date="2018-02-07", site="khasham", target="SDF")],
    ),
    (
        "a-source-told-the-agency-the-syrian-sites-of-a-round-told-in-iraq",
        # Iraqi outlet: the round told at the Iraqi town, its Syrian side placed by a source's sentence
        "US jets struck the headquarters of a PMF brigade in the al-Qaim district late on Sunday, a PMF "
        "statement said. A security source told the agency that the Syrian sites were located near Albu Kamal, "
        "opposite al-Qaim.",
        date(2021, 6, 28),
        [dict(date="2021-06-27", site="al_qaim"), dict(date="2021-06-27", site="albu_kamal")],
    ),
    # --- a sentence that identifies the sites of a round told before it: one incident per site (s14ta) -------
    (
        "officials-identified-the-syrian-sites-a-few-sentences-after-the-round",
        # wire style: the count of locations per country, then the Syrian sites, three sentences after the round
        "Washington launched air strikes against more than 60 targets at five locations in Iraq and Syria on "
        "Friday evening, US Central Command said. Bombers flown from the United States took part.\n\n"
        "A Pentagon spokesman told reporters that three of the locations were in Syria and two in Iraq. US "
        "officials identified the Syrian sites as being in and around the town of al-Mayadin, Albu Kamal and "
        "the city of Deir ez-Zor.",
        date(2024, 2, 3),
        [dict(date="2024-02-02", site="al_mayadin", perpetrator="US-led coalition"),
         dict(date="2024-02-02", site="albu_kamal", perpetrator="US-led coalition"),
         dict(date="2024-02-02", site="deir_ez_zor_city", perpetrator="US-led coalition")],
    ),
    (
        "the-sites-identified-before-the-iraqi-strike-is-told-stay-apart-from-it",
        # newspaper style: the Syrian sites named with no deed, then the Iraqi side told with its own verb
        "The US military carried out air strikes on 60 targets in Iraq and Syria on Friday, US Central Command "
        "said. Officials identified the Syrian sites as being in and around al-Mayadin, Albu Kamal and the city "
        "of Deir ez-Zor. In Iraq, the jets struck in al-Qaim, across the border from Albu Kamal.",
        date(2024, 2, 3),
        [dict(date="2024-02-02", site="al_mayadin"), dict(date="2024-02-02", site="albu_kamal"),
         dict(date="2024-02-02", site="deir_ez_zor_city"), dict(date="2024-02-02", site="al_qaim")],
    ),
    (
        "state-television-described-the-sites-an-official-statement-left-unnamed",
        "Two American F-15 jets struck a weapons storage facility and a training compound of the Revolutionary "
        "Guards in eastern Syria on Wednesday, Defense Secretary Lloyd Austin said in a statement. No militants "
        "were believed to have been killed. The statement did not name the locations. Syrian state television "
        "described the sites as a former school in al-Mayadin and farms on the outskirts of Albu Kamal.",
        date(2023, 11, 9),
        [dict(date="2023-11-08", site="al_mayadin", perpetrator="US-led coalition"),
         dict(date="2023-11-08", site="albu_kamal", perpetrator="US-led coalition")],
    ),
    # --- a town that only locates one listed place does not end the list (battery s14ta) ---------------------
    (
        "the-list-of-places-goes-on-after-a-town-that-locates-one-of-them",
        # wire style: the first place located by a bearing from the city, then two more places hit
        "US warplanes struck militia positions in eastern Syria overnight, the Pentagon said on Sunday. The "
        "strikes targeted weapons depots on the outskirts of the city of Deir ez-Zor, including a compound near "
        "the Ayash camp to the west of the city, as well as positions in the desert around al-Mayadin and a "
        "headquarters in Albu Kamal, a defense official said.",
        date(2024, 3, 10),
        [dict(date="2024-03-09", site="deir_ez_zor_city"), dict(date="2024-03-09", site="al_mayadin"),
         dict(date="2024-03-09", site="albu_kamal")],
    ),
    (
        "a-depot-near-a-village-northwest-of-the-city-as-well-as-a-post-in-a-town",
        # monitor style: no comma between the village and the city that locates it
        "Coalition jets bombed Iranian-backed militia sites in Deir ez-Zor province late on Tuesday, the Syrian "
        "Observatory for Human Rights said. The strikes hit an arms depot near the village of Ayash northwest "
        "of the city of Deir ez-Zor as well as a command post in the town of al-Mayadin, the Observatory said. "
        "At least five fighters were killed.",
        date(2022, 9, 14),
        [dict(date="2022-09-13", site="ayash", perpetrator="US-led coalition"),
         dict(date="2022-09-13", site="al_mayadin", perpetrator="US-led coalition")],
    ),
    (
        "state-media-a-radar-post-near-a-village-west-of-the-city-as-well-as-positions-in-a-town",
        "DAMASCUS (SANA) – Israeli aircraft carried out an aggression at dawn today, a military source said, "
        "adding that the raids hit a radar post near Ayash, west of Deir Ezzor, as well as several positions "
        "in the town of Albu Kamal.",
        date(2021, 1, 13),
        [dict(date="2021-01-13", site="ayash", perpetrator="Israel"),
         dict(date="2021-01-13", site="albu_kamal", perpetrator="Israel")],
    ),
    # --- a named campaign launched is not an incident of its own (false alarms, task G) ------------------
    (
        "a-campaign-launched-under-a-name-is-no-incident",
        # Kurdish agency: the attack is the news; the operation launched days before, told by its name, is none
        "HAJIN (ANHA) - Two fighters of the Syrian Democratic Forces were killed on Monday when ISIS mercenaries "
        "attacked a checkpoint on the outskirts of Hajin. The SDF launched the operation under the name \"Dawn "
        "of Freedom\" on Saturday to pursue ISIS cells in the eastern countryside of Deir ez-Zor.",
        date(2022, 7, 12),
        [dict(date="2022-07-11", site="hajin")],
    ),
    (
        "a-campaign-launched-told-by-its-name-in-quotes-with-its-day-is-no-incident",
        # wire style, the campaign's day given in full
        "DEIR EZ-ZOR, Syria (Reuters) - Clashes broke out on Sunday between SDF fighters and tribal gunmen in "
        "the town of Thiban, killing three fighters, local sources said. The SDF had launched its \"Humanity "
        "and Security\" operation on Friday, Sept. 1, to hunt down cells in the countryside.",
        date(2023, 9, 4),
        [dict(date="2023-09-03", site="thiban", event_type="armed clash")],
    ),
    (
        "a-new-military-operation-dubbed-a-name-is-no-incident",
        # monitor style: the campaign opened that day, the day's attack is the only incident
        "SOHR: Security forces kicked off a new military operation dubbed 'Badia Shield' at dawn today in the "
        "desert of al-Mayadin. Meanwhile, unidentified gunmen shot dead a member of the local council in "
        "al-Busayrah this evening.",
        date(2025, 3, 18),
        [dict(date="2025-03-18", site="al_busayrah")],
    ),
    (
        "the-second-phase-of-a-named-campaign-is-no-incident",
        # translated state-media style: a phase of a campaign, opened by its name in guillemets
        "Deir Ezzor, SANA - An explosive device went off on Wednesday near a bus carrying workers on the road "
        "near al-Shuhail, wounding four of them. The forces of the Interior Ministry began on Tuesday the second "
        "phase of the «Euphrates Dawn» campaign in the villages of the eastern countryside.",
        date(2025, 2, 6),
        [dict(date="2025-02-05", site="al_shuhail")],
    ),
    # --- aircraft seen or heard with nothing after is no incident (false alarms, task G) ----------------
    (
        "helicopters-over-a-town-but-no-operation-reported-is-no-incident",
        # local network thread: the flight is told, then that nothing came of it
        "#DeirEzzor | Unknown gunmen shot dead a member of the SDF in #Hajin this morning.\n\n"
        "Coalition helicopters flew over #Thiban this afternoon but no operation was reported.",
        date(2025, 6, 3),
        [dict(date="2025-06-03", site="hajin")],
    ),
    (
        "helicopters-circling-over-a-field-no-explosions-heard-is-no-incident",
        # Russian agency style: residents' account of a flight over one site, the day's strike at another
        "Residents of Khasham said US helicopters were circling over the Conoco field for hours on Thursday, no "
        "explosions heard. Earlier on Thursday, a drone struck near the base at al-Omar, causing no casualties, "
        "a source in the local security structures told RIA Novosti.",
        date(2023, 11, 2),
        [dict(date="2023-11-02", site="al_omar_oil_field")],
    ),
    (
        "jets-over-a-town-no-landing-seen-is-no-incident",
        # monitor style, two items: a bombing and a night flight that did nothing
        "SOHR: An IED exploded on Saturday evening near a vehicle of the Military Council in al-Shuhail, "
        "wounding two members. In a separate context, coalition aircraft flew at low altitude over al-Busayrah "
        "after midnight, and no airdrop was seen, according to SOHR sources.",
        date(2024, 4, 14),
        [dict(date="2024-04-13", site="al_shuhail")],
    ),
    # --- a practice told in the plural is no incident of its own (false alarms, task G) -----------------
    (
        "cells-have-continued-to-carry-out-assassinations-in-villages-such-as",
        # newspaper background paragraph after the day's news: its villages are examples, not events
        "Militiamen fired mortars at an SDF post in Thiban on Thursday, killing one fighter, local sources said. "
        "Since the fall of the city, ISIS cells have continued to carry out assassinations and attacks on "
        "checkpoints in villages along the river such as al-Shuhail and Hajin.",
        date(2024, 9, 20),
        [dict(date="2024-09-19", site="thiban")],
    ),
    (
        "a-cells-tactics-listed-in-the-plural-between-two-towns",
        # think-tank style: the kinds of deeds a group returned to, told of an area
        "The Islamic State killed four soldiers in an ambush near al-Mayadin on Sunday, officials said. The group "
        "has returned to its old tactics: assassinations, IEDs and night raids in the towns between al-Busayrah "
        "and Gharanij.",
        date(2025, 6, 10),
        [dict(date="2025-06-08", site="al_mayadin")],
    ),
    (
        "militias-continue-staging-raids-on-a-bank-is-no-incident",
        # Kurdish agency: a blast of the day, then what the other bank's militias keep doing
        "DEIR EZ-ZOR (Hawar) - A landmine left by ISIS exploded on Tuesday near al-Susah, killing a shepherd. "
        "Government-affiliated militias continue staging cross-river raids and kidnappings against the villages "
        "of Gharanij and al-Kishkiyah, residents said.",
        date(2023, 5, 17),
        [dict(date="2023-05-16", site="al_susah")],
    ),
    # --- an event in another country of the region is not read as ours (false alarms, task G) ------------
    (
        "missiles-at-a-us-base-in-qatar-are-outside-the-day-s-syrian-attack-is-news",
        # wire style: the regional war's attack on a US base abroad, then the day's attack in eastern Syria
        "BEIRUT (AP) - Iran fired missiles at Al Udeid air base in Qatar late on Saturday, officials said, and no "
        "casualties were reported. In eastern Syria, rockets hit the al-Omar oil field base on Saturday evening, "
        "the SDF said.",
        date(2024, 4, 14),
        [dict(date="2024-04-13", site="al_omar_oil_field")],
    ),
    (
        "a-live-page-s-key-points-about-missiles-on-israel-are-no-incident-of-ours",
        # live page: the key points are of a war elsewhere; the Syria entry reports no attack
        "Middle East crisis – live\n\nKey points\n• Iranian missiles hit central Israel, wounding two people\n"
        "• Explosions heard over Tel Aviv as interceptors fire\n\n18:40 GMT\nUS forces in eastern Syria on alert\n"
        "A coalition official said troops at bases in Deir ez-Zor and Hasakah had been placed on high alert. No "
        "attack on them has been reported, the official said.",
        date(2024, 10, 2),
        [],
    ),
    (
        "a-refinery-struck-in-haifa-beside-news-of-troops-in-syria-is-no-incident-of-ours",
        # translated page: one line of a war abroad, then a line about the town with no event
        "Iranian missile strikes Haifa refinery, killing three workers, as US troops in Syria brace for attacks. "
        "Residents of al-Mayadin said the militias had left their positions near the town.",
        date(2025, 6, 20),
        [],
    ),
    (
        "a-live-page-with-missiles-on-beersheba-keeps-the-drone-on-conoco",
        "LIVE: Iran-Israel war, day 12\n\nKey points\n• Iranian missiles hit Beersheba, wounding 20 people\n"
        "• Drone struck near US troops at the Conoco base in Syria, no injuries, coalition says\n\n11:20 GMT\nA "
        "drone struck near the Conoco gas field base in Deir ez-Zor on Tuesday morning, causing no injuries, a "
        "coalition spokesman said.",
        date(2025, 6, 24),
        [dict(date="2025-06-24", site="conoco_gas_field", event_type="air/drone strike")],
    ),
    (
        "bombers-on-iran-s-nuclear-sites-are-outside-the-militias-moving-near-albu-kamal-is-no-event",
        # Russian agency: the strike of the night is in Iran; the Syrian line tells no attack
        "RIA Novosti: US B-2 bombers struck the nuclear sites at Fordow and Natanz on Saturday night. Sources in "
        "Deir ez-Zor said the militias near Albu Kamal had evacuated their headquarters.",
        date(2025, 6, 22),
        [],
    ),
    (
        "jets-on-launchers-near-kermanshah-are-not-merged-into-the-drone-on-shaddadi",
        "Israeli jets struck missile launchers near Kermanshah overnight, killing five Revolutionary Guards, "
        "Iranian media said. Separately, a drone hit near the US base at al-Shaddadi on Sunday evening, causing "
        "no casualties, a coalition official said.",
        date(2025, 6, 16),
        [dict(date="2025-06-15", site="shaddadi", place_text="al-Shaddadi")],
    ),
    # --- an hour told within a month named with its year is that month's (false alarms, task G) ----------
    (
        "overnight-strikes-in-a-month-of-a-past-year-are-recalled-not-last-night-s",
        # think-tank analysis: the night is of the month the clause names, years before the page
        "The border crossing has long been exposed to strikes. In September 2019, a wave of overnight strikes "
        "hit depots near the Imam Ali compound.",
        date(2020, 6, 15),
        [],
    ),
    (
        "raids-at-dawn-in-a-month-of-a-past-year-beside-the-day-s-news",
        # translated feature: the day's ambush is the news; the dawn raids of June 2018 are history
        "ISIS gunmen ambushed a bus of soldiers near al-Mayadin on Monday, killing six, state media said. In June "
        "2018, raids at dawn on al-Hari killed 22 fighters of Kataib Hezbollah.",
        date(2021, 3, 2),
        [dict(date="2021-03-01", site="al_mayadin")],
    ),
    (
        "rockets-fired-overnight-back-in-a-month-of-a-past-year",
        "Back in March 2021, rockets were fired overnight at the Green Village base.",
        date(2023, 1, 10),
        [],
    ),
    # --- "It came a week after ...", "The attack followed ...": the news taken up as the subject of what it
    # came after; the earlier event's town and toll stay that event's -------------------------------------------
    (
        "this-came-days-after-keeps-the-recalled-toll-and-town",
        # Syrian state media style
        "DAMASCUS, (SANA) - The US occupation base in the eastern countryside of Deir Ezzor was targeted with a "
        "number of rocket shells on Monday evening. This came days after a drone strike killed two members of the "
        "popular forces near al-Quriyah.",
        date(2024, 5, 12),
        [dict(date="2024-05-06", site="deir_ez_zor_province", killed=None)],
    ),
    (
        "it-came-a-week-after-does-not-move-the-shelling-to-the-village",
        # Kurdish agency style
        "Hawar news agency: Turkish-backed mercenaries shelled SDF posts in the Deir ez-Zor countryside on Friday. "
        "It came a week after a drone struck a car carrying fighters in the village of Thiban.",
        date(2023, 11, 19),
        [dict(date="2023-11-17", site="deir_ez_zor_province", target="SDF")],
    ),
    (
        "it-followed-an-air-raid-by-is-the-cause-not-a-later-event",
        # local monitor style: "followed ... by" read here as what the news came after, not a raid that came next
        "Rocket shells fell on a base of the international coalition in Deir Ezzor province at dawn on Sunday, "
        "local sources said. It followed an air raid by unidentified warplanes on positions of Iranian militias "
        "in al-Quriyah.",
        date(2022, 8, 28),
        [dict(date="2022-08-28", site="deir_ez_zor_province")],
    ),
    # --- ", where a similar raid on Thursday killed three": an earlier event told at the place just named; its
    # day and toll are its own, not the news's ----------------------------------------------------------------------
    (
        "where-a-similar-raid-keeps-its-day-and-toll",
        # Pentagon/wire style: the news has only the statement's day
        "US aircraft struck a weapons depot used by Iran-backed militias in eastern Syria, the Pentagon said on "
        "Saturday. It was the second strike in a week near the town of Albu Kamal, where a similar raid on Thursday "
        "killed three fighters.",
        date(2024, 6, 10),
        [dict(date="2024-06-08", site="albu_kamal", killed=None)],
    ),
    (
        "where-a-previous-landing-is-not-the-news-day",
        # Syrian state media style
        "SANA reported that US occupation helicopters carried out a raid on houses in the town of al-Busayrah, "
        "where a previous landing operation on Tuesday killed two civilians.",
        date(2023, 9, 14),
        [dict(date="2023-09-14", site="al_busayrah", perpetrator="US-led coalition", killed=None)],
    ),
    (
        "in-the-area-where-a-similar-attack-last-sunday",
        # Kurdish agency style
        "Rockets struck near the Conoco gas field on Friday evening, ANHA said, in the area where a similar attack "
        "last Sunday wounded four SDF fighters.",
        date(2025, 2, 22),
        [dict(date="2025-02-21", site="conoco_gas_field", wounded=None)],
    ),
    (
        "hours-after-gunmen-killed-is-that-attack-s-toll",
        # monitor style: the toll is the earlier attack's, at its own village
        "Coalition helicopters raided a house in the town of Thiban on Monday, hours after gunmen killed two SDF "
        "fighters at a checkpoint near al-Shuhail.",
        date(2024, 6, 12),
        [dict(date="2024-06-10", site="thiban", killed=None)],
    ),
    (
        "state-media-colon-list-a-facility-near-a-town-then-the-outskirts-and-desert-of-others",
        "DAMASCUS (SANA) - US warplanes targeted at dawn today three locations in the eastern region: the Hamdan "
        "airport near Albu Kamal, the outskirts of the town of al-Quriyah and the desert of al-Mayadin, a military "
        "source said.",
        date(2024, 3, 5),
        [dict(date="2024-03-05", site="albu_kamal"), dict(date="2024-03-05", site="al_quriyah"),
         dict(date="2024-03-05", site="al_mayadin")],
    ),
    (
        "wire-an-airfield-near-a-town-the-outskirts-of-another-and-the-warehouses-of-a-third",
        "U.S. F-15 jets on Tuesday struck the Hamdan airfield near Albu Kamal, the outskirts of al-Mayadin and the "
        "warehouses of al-Ashara, a U.S. official said.",
        date(2024, 2, 14),
        [dict(date="2024-02-13", site="albu_kamal"), dict(date="2024-02-13", site="al_mayadin"),
         dict(date="2024-02-13", site="al_ashara")],
    ),
    (
        "wire-the-outskirts-of-a-town-too-far-to-locate-the-depot-before-it",
        "WASHINGTON (Reuters) - U.S. aircraft struck an arms depot near al-Mayadin, the outskirts of Abu Kamal and "
        "the village of Hatla on Thursday, two U.S. officials said.",
        date(2024, 2, 29),
        [dict(date="2024-02-29", site="al_mayadin"), dict(date="2024-02-29", site="albu_kamal"),
         dict(date="2024-02-29", site="hatla")],
    ),
    (
        "iranian-the-outskirts-of-a-city-closing-the-sentence-only-locate-the-convoy",
        "Tehran Times - American drones on Saturday struck a convoy near al-Quriyah, the outskirts of Deir ez-Zor, "
        "the provincial source said, without giving casualties.",
        date(2024, 3, 2),
        [dict(date="2024-03-02", site="al_quriyah")],
    ),
    (
        "monitor-a-village-and-the-countryside-it-lies-in-are-one-place",
        "US jets struck a weapons depot in the village of Hatla, the eastern countryside of Deir ez-Zor, on Sunday, "
        "the Observatory said.",
        date(2024, 3, 4),
        [dict(date="2024-03-03", site="hatla")],
    ),
    (
        "wire-a-round-told-in-eastern-syria-then-a-line-per-site-list",
        "WASHINGTON, Aug 9 (Reuters) - U.S. forces carried out airstrikes on Thursday against facilities used by "
        "Iran-aligned groups in eastern Syria, the Pentagon said.\n\nTargets included:\n\n- a weapons depot, Abu Kamal\n"
        "- a command post, Mayadeen\n",
        date(2024, 8, 9),
        [dict(date="2024-08-08", site="albu_kamal"), dict(date="2024-08-08", site="al_mayadin")],
    ),
    (
        "press-release-the-targets-were-then-starred-lines",
        "CENTCOM forces conducted precision strikes on Sunday, Oct. 13, against two sites in eastern Syria used by "
        "IRGC-affiliated groups. The targets were:\n* An ammunition storage facility near Al Bukamal\n"
        "* A logistics hub near Al Mayadin",
        date(2024, 10, 14),
        [dict(date="2024-10-13", site="albu_kamal"), dict(date="2024-10-13", site="al_mayadin")],
    ),
    (
        "monitor-a-round-in-the-countryside-then-sites-hit-town-by-town",
        "(SOHR) Warplanes believed to belong to the US-led coalition struck militia positions in the Deir Ezzor "
        "countryside at dawn on Friday. Sites hit:\n- Hatla: a headquarters of the Baqir brigade\n"
        "- al-Quriyah: two rocket launchers\n- Albukamal: a warehouse",
        date(2023, 6, 10),
        [dict(date="2023-06-09", site="hatla"), dict(date="2023-06-09", site="al_quriyah"),
         dict(date="2023-06-09", site="albu_kamal")],
    ),
    (
        "kurdish-agency-bulleted-strikes-hit-list-after-a-province-lead",
        "ANHA | Deir ez-Zor - US warplanes struck positions of Iranian-backed groups in Deir ez-Zor province "
        "on Monday.\n\nThe strikes hit:\n\n• an arms depot in al-Ashara\n\n• a headquarters in the town of "
        "al-Mayadin\n\n• a checkpoint near Albu Kamal",
        date(2025, 1, 21),
        [dict(date="2025-01-20", site="al_ashara"), dict(date="2025-01-20", site="al_mayadin"),
         dict(date="2025-01-20", site="albu_kamal")],
    ),
    (
        "a-list-of-earlier-strikes-after-a-round-told-at-a-town-adds-none",
        "US warplanes struck Iranian-backed militia positions near al-Mayadin on Monday, local sources said."
        "\n\nEarlier strikes hit:\n- Albu Kamal, in January\n- al-Quriyah, in February",
        date(2024, 3, 5),
        [dict(date="2024-03-04", site="al_mayadin")],
    ),
    (
        "a-list-of-previous-targets-after-a-round-told-at-the-province-adds-none",
        "Coalition jets pounded militia positions in Deir ez-Zor province late on Saturday, a Syrian war monitor "
        "said.\n\nPrevious targets included:\n- a depot in Abu Kamal\n- a farm in al-Quriyah",
        date(2022, 9, 11),
        [dict(date="2022-09-10", site="deir_ez_zor_province")],
    ),
    (
        "monitor-town-by-town-rundown-each-paragraph-keeps-the-side-told-in-the-lead",
        "US jets pounded positions of pro-Iranian militias across Deir ez-Zor province overnight on Saturday, the "
        "Syrian Observatory for Human Rights reported.\n\nIn al-Mayadin, the strikes hit a building used by the "
        "Fatemiyoun brigade.\n\nIn Albu Kamal, the bombing targeted a weapons depot near the border crossing.",
        date(2024, 2, 4),
        [dict(date="2024-02-03", site="al_mayadin", perpetrator="US-led coalition"),
         dict(date="2024-02-03", site="albu_kamal", perpetrator="US-led coalition")],
    ),
    (
        "kurdish-agency-rundown-three-towns-the-raids-taken-up",
        "Hawar News - Coalition aircraft carried out raids on Iranian-backed groups in Deir Ezzor province on "
        "Tuesday, local sources said.\n\nIn Deir Ezzor city, the strikes destroyed a house used by the militia."
        "\n\nIn al-Mayadin, the raids hit two vehicles.\n\nIn Albukamal, the raids targeted a weapons depot.",
        date(2023, 10, 18),
        [dict(date="2023-10-17", site="deir_ez_zor_city", perpetrator="US-led coalition"),
         dict(date="2023-10-17", site="al_mayadin", perpetrator="US-led coalition"),
         dict(date="2023-10-17", site="albu_kamal", perpetrator="US-led coalition")],
    ),
    (
        "a-bulleted-list-of-launch-sites-adds-no-place-hit",
        "Rockets were fired at US forces in Deir ez-Zor province on Sunday night, the coalition said in a statement."
        "\n\nLaunch sites:\n- near al-Mayadin\n- near al-Quriyah",
        date(2023, 11, 13),
        [dict(date="2023-11-12", site="deir_ez_zor_province")],
    ),
    (
        "wire-in-syria-two-of-the-facilities-were-near-a-town-and-one-near-another",
        "U.S. jets struck Kataib Hezbollah facilities near al-Qaim in Iraq and in Syria on Friday, officials said. "
        "In Syria, two of the facilities were near al-Mayadin and one near Abu Kamal.",
        date(2021, 6, 26),
        [dict(date="2021-06-25", site="al_qaim"), dict(date="2021-06-25", site="al_mayadin"),
         dict(date="2021-06-25", site="albu_kamal")],
    ),
    (
        "wire-three-were-in-iraq-in-syria-one-was-near-x-and-one-outside-y",
        "US warplanes struck five weapons facilities of Iran-backed groups on Sunday, officials said. Three were in "
        "Iraq, near al-Qaim. In Syria, one was near al-Mayadin and one outside Deir ez-Zor city.",
        date(2023, 12, 4),
        [dict(date="2023-12-03", site="al_qaim"), dict(date="2023-12-03", site="al_mayadin"),
         dict(date="2023-12-03", site="deir_ez_zor_city")],
    ),
    (
        "of-the-sites-two-were-near-a-town-one-near-another-after-a-province-lead",
        "American F-16s hit weapons depots in Deir ez-Zor province on Thursday night. Of the sites, two were near "
        "Albukamal and one near al-Quriyah, a defense official said.",
        date(2022, 8, 26),
        [dict(date="2022-08-25", site="albu_kamal"), dict(date="2022-08-25", site="al_quriyah")],
    ),
    (
        "aircraft-carried-out-a-wave-of-raids-on-groups-is-a-strike-not-a-sweep",
        "Coalition aircraft carried out a wave of raids on Iranian-backed groups in Deir Ezzor province on Tuesday, "
        "local sources said.",
        date(2023, 10, 18),
        [dict(date="2023-10-17", site="deir_ez_zor_province", event_type="air/drone strike")],
    ),
    (
        "state-media-a-series-of-raids-on-militia-positions-near-a-town",
        "DAMASCUS (SANA) - Israeli warplanes launched a series of raids on positions near Albukamal at dawn on "
        "Sunday, a military source said.",
        date(2020, 1, 12),
        [dict(date="2020-01-12", site="albu_kamal", perpetrator="Israel")],
    ),
    (
        "a-wave-of-raids-and-arrests-or-raids-on-homes-stay-a-sweep",
        "SDF forces launched a wave of raids and arrests in the town of al-Shuhayl on Tuesday, local sources said. "
        "Security forces also carried out a campaign of raids on homes in Hajin.",
        date(2022, 5, 11),
        [],
    ),
    # --- an earlier attack the news answers, told in a paragraph of its own with its own facts, is news ---
    (
        "cause-named-then-told-in-its-own-paragraph-with-its-toll-is-news",
        # military press release style: the strikes answer an attack whose day the lead names; a paragraph
        # of its own then tells that attack with its own facts
        "Statement on self-defense strikes in eastern Syria\n\nMarch 21, 2024\n\n"
        "U.S. forces conducted strikes on Wednesday on two weapons depots near al-Mayadin in response to the "
        "attack of March 14 on coalition personnel.\n\n"
        "The strikes destroyed both facilities.\n\n"
        "On March 14, Iran-aligned militants fired four rockets at Mission Support Site Green Village. "
        "Two service members were slightly injured.",
        date(2024, 3, 21),
        [dict(date="2024-03-20", site="al_mayadin", perpetrator="US-led coalition"),
         dict(date="2024-03-14", site="green_village", perpetrator="Iran-backed militias")],
    ),
    (
        "state-media-answer-to-an-attack-told-in-its-own-paragraph-days-later",
        # Syrian state media style, day-month order, the attack eight days older than the raid
        "Deir Ezzor, SANA - US occupation aircraft launched on Monday a raid on positions near the city of "
        "al-Bukamal, claiming it was a response to the attack of 2 June on its base.\n\n"
        "The raid caused material damage.\n\n"
        "On 2 June, unknown parties targeted the US occupation base in al-Omar oil field with three drones, "
        "causing damage to the base, local sources said.",
        date(2025, 6, 11),
        [dict(date="2025-06-09", site="albu_kamal"),
         dict(date="2025-06-02", site="al_omar_oil_field")],
    ),
    (
        "an-earlier-attack-added-unannounced-stays-context",
        # monitor style: a paragraph that opens on an older day no sentence before names is a recall
        "SOHR activists reported that drones targeted the US base in Conoco gas field at dawn today, Friday, "
        "causing material damage.\n\n"
        "On October 3, SOHR documented an attack with two rockets on the US base in al-Omar field, which "
        "caused no casualties.",
        date(2024, 10, 11),
        [dict(date="2024-10-11", site="conoco_gas_field")],
    ),
    (
        "kurdish-agency-the-attack-answered-told-mid-paragraph-with-its-toll",
        # Kurdish agency style: the earlier attack told in a sentence of its own inside the paragraph
        "DEIR EZZOR, ANHA - Coalition forces shelled positions of government-allied militias near the village "
        "of Tabiya on Friday, in answer to the attack of 9 March, a military source said.\n\n"
        "The source gave no further details. On 9 March, militiamen fired three mortar shells at the coalition "
        "base in Conoco field, wounding two guards of the Syrian Democratic Forces.",
        date(2025, 3, 15),
        [dict(date="2025-03-14", site="al_tabiyah"),
         dict(date="2025-03-09", site="conoco_gas_field")],
    ),
    (
        "wire-retaliation-then-the-attack-it-answered-with-its-toll",
        # wire style: weekday dates; the militia attack five days before the strikes told in a later paragraph
        "BEIRUT (Reuters) - U.S. aircraft struck a militia headquarters near Albu Kamal on Saturday, two U.S. "
        "officials said, days after a drone attack on Monday that the Pentagon blamed on Kataib Hezbollah.\n\n"
        "One official said the strike killed at least six fighters.\n\n"
        "On Monday, a one-way attack drone hit a housing area at the al-Tanf garrison, wounding three U.S. "
        "soldiers, according to the Pentagon.",
        date(2024, 9, 15),
        [dict(date="2024-09-14", site="albu_kamal", perpetrator="US-led coalition"),
         dict(date="2024-09-09", site="al_tanf")],
    ),
    (
        "iranian-outlet-claim-of-an-attack-the-raids-answered",
        # Iranian outlet style: the resistance's attack of the 5th, claimed, told after the US raids of the 10th
        "TEHRAN (Tasnim) - American warplanes bombed resistance positions near the town of al-Mayadin on "
        "Wednesday, 10 January. Washington called the raids a reply to the operation of 5 January.\n\n"
        "On 5 January, the Islamic Resistance in Iraq targeted the American occupation base at the Conoco field "
        "with drones, and the group claimed the operation in a statement.",
        date(2024, 1, 11),
        [dict(date="2024-01-10", site="al_mayadin"),
         dict(date="2024-01-05", site="conoco_gas_field")],
    ),
    # --- "the forces of X" opening the clause act for X; a dotted "S.D.F." is the SDF ---------------------
    (
        "the-forces-of-the-coalition-shelled-act-for-the-coalition",
        # translated local-network style
        "Local sources reported that the forces of the international coalition shelled positions of the Iranian "
        "militias near al-Mayadin on Tuesday evening.",
        date(2025, 3, 6),
        [dict(date="2025-03-04", site="al_mayadin", perpetrator="US-led coalition", target="Iran-backed militias")],
    ),
    (
        "forces-of-the-regime-opening-the-sentence-are-the-regime",
        # opposition-media style, another side and town
        "Forces of the regime shelled the town of Hajin with artillery on Sunday, wounding four civilians, "
        "Deir Ezzor 24 said.",
        date(2021, 11, 9),
        [dict(date="2021-11-07", site="hajin", perpetrator="Syrian government", wounded=4)],
    ),
    (
        "forces-of-the-coalition-struck-are-still-the-target",
        # the same words after the act name its target
        "A suicide drone struck forces of the coalition at the Conoco gas field late on Thursday, causing no "
        "casualties, a Kurdish agency reported.",
        date(2024, 1, 13),
        [dict(date="2024-01-11", site="conoco_gas_field", target="US-led coalition")],
    ),
    (
        "dotted-s-d-f-in-an-american-newspaper-is-the-sdf",
        # US newspaper house style dots the acronym
        "Islamic State gunmen attacked an S.D.F. checkpoint near Hajin on Sunday, killing three S.D.F. fighters, "
        "according to a war monitor.",
        date(2019, 6, 4),
        [dict(date="2019-06-02", site="hajin", perpetrator="ISIS", target="SDF", killed=3)],
    ),
    (
        "dotted-s-d-f-as-the-agent-of-a-clash",
        "Fighters of the S.D.F. clashed with Islamic State militants in Thiban on Tuesday, killing two of them, "
        "the group said in a statement.",
        date(2020, 5, 14),
        [dict(date="2020-05-12", site="thiban", perpetrator="SDF", target="ISIS")],
    ),
    # --- "the attack started at dawn": the dawn of the day told just before ------------------------------
    (
        "the-assault-started-at-dawn-of-the-day-the-crossing-was-told",
        # Syrian opposition outlet style: the day told with a crossing, the towns and part of the day after it
        "Government-backed gunmen crossed the Euphrates river on Monday, 3 June, and attacked several villages under "
        "the control of the SDF in the eastern countryside of Deir Ezzor.\n\nAccording to local sources, the assault "
        "started at dawn with boats from the area of al-Quriyah towards the towns of al-Shuhail, Thiban and al-Tayyana.",
        date(2024, 6, 6),
        [dict(date="2024-06-03", site="al_shuhail"), dict(date="2024-06-03", site="thiban")],
    ),
    (
        "the-attack-started-at-noon-of-the-day-told-before",
        # Kurdish agency style, sources after the part of the day
        "Tribal fighters loyal to Damascus crossed the Euphrates on Tuesday, 9 April, and attacked several villages "
        "under the control of the SDF in the Deir ez-Zor countryside.\n\nThe attack started at noon, local sources "
        "said, from the area of al-Quriyah towards the towns of al-Busayrah and al-Shuhail.",
        date(2024, 4, 11),
        [dict(date="2024-04-09", site="al_busayrah")],
    ),
    (
        "the-attack-started-in-the-morning-of-the-day-told-before",
        # local monitor style
        "Regime-affiliated fighters crossed the Euphrates on Saturday, 2 March, and attacked several villages under the "
        "control of the SDF in the countryside of Deir Ezzor.\n\nLocal sources said the attack started in the morning "
        "from al-Mayadin towards the villages of Darnaj and Jadid Akidat.",
        date(2024, 3, 5),
        [dict(date="2024-03-02", site="darnaj")],
    ),
    (
        "the-attack-began-in-the-afternoon-one-incident-of-the-day-told",
        "Iran-backed groups crossed the river on Thursday, 21 November, and attacked villages under the control of the "
        "SDF in the eastern countryside of Deir ez-Zor.\n\nThe attack began in the afternoon from al-Mayadin towards "
        "the towns of Thiban and al-Tayyana, a Kurdish agency reported.",
        date(2024, 11, 23),
        [dict(date="2024-11-21", site="al_tayyana")],
    ),
    # --- the day a campaign began dates the campaign, not the day's action told in the same clause ----------
    (
        "operation-launched-on-a-day-today-the-town-cleared",
        # SDF statement style
        "In the framework of the operation that our forces launched on 4 March to pursue ISIS cells in the Deir ez-Zor "
        "countryside, our units today, Friday, completed the clearance of the town of al-Shuhail, killing three gunmen.",
        date(2022, 3, 11),
        [dict(date="2022-03-11", site="al_shuhail")],
    ),
    (
        "military-operation-launched-on-a-day-army-combed-on-tuesday",
        # Syrian state media style
        "Within the military operation which the army launched on 1 June against terrorist remnants in the Badia, army "
        "units on Tuesday finished combing the outskirts of al-Quriyah, killing five terrorists, SANA reported.",
        date(2021, 6, 23),
        [dict(date="2021-06-22", site="al_quriyah")],
    ),
    (
        "campaign-launched-on-a-day-sweep-ended-this-morning",
        # Kurdish agency style
        "As part of the campaign that the SDF launched on 10 January to hunt ISIS cells, its fighters this morning ended "
        "a sweep of the town of Hajin, killing two militants, the SDF media centre said.",
        date(2024, 1, 19),
        [dict(date="2024-01-19", site="hajin")],
    ),
    (
        "offensive-began-on-a-day-clearance-finished-yesterday",
        "Within the offensive that the SDF began on 15 May to track down cells, units yesterday finished the clearance "
        "of Thiban, where two ISIS members were killed, a Kurdish agency said.",
        date(2025, 5, 29),
        [dict(date="2025-05-28", site="thiban")],
    ),
    (
        "operation-launched-on-a-day-is-the-only-day-told",
        # the campaign's day is the only one: it stays the event's
        "The SDF said the operation that its forces launched on 4 March near al-Shuhail killed three ISIS members.",
        date(2022, 3, 11),
        [dict(date="2022-03-04", site="al_shuhail")],
    ),
    # --- the hospital a toll's source speaks from is not where it happened --------------------------------
    (
        "toll-per-a-source-at-the-field-hospital-in-another-town",
        # local monitor style
        "A roadside bomb struck an SDF vehicle near Hajin on Monday, killing three fighters, per a medical source at "
        "the field hospital in al-Omar.",
        date(2022, 5, 3),
        [dict(date="2022-05-02", site="hajin", killed=3)],
    ),
    (
        "toll-according-to-a-doctor-at-the-hospital-in-another-town",
        # wire style
        "Gunmen opened fire on a checkpoint of the Military Council in al-Busayrah on Tuesday night, killing two "
        "guards, according to a doctor at the hospital in al-Mayadin.",
        date(2023, 2, 8),
        [dict(date="2023-02-07", site="al_busayrah", killed=2)],
    ),
    (
        "toll-citing-a-nurse-at-the-military-hospital-of-the-city",
        # Iranian outlet style
        "Drones struck a militia position near al-Quriyah at dawn, killing four fighters, citing a nurse at the "
        "military hospital of Deir ez-Zor.",
        date(2024, 1, 20),
        [dict(date="2024-01-20", site="al_quriyah", killed=4)],
    ),
    (
        "toll-quoting-staff-at-the-national-hospital-in-a-city",
        # Kurdish agency style
        "A mine exploded under a car in Thiban on Sunday. Five civilians were killed, quoting medical staff at the "
        "national hospital in Hasakah.",
        date(2021, 10, 4),
        [dict(date="2021-10-03", site="thiban", killed=5)],
    ),
    (
        "toll-of-a-channel-post-per-a-source-at-a-hospital-elsewhere",
        # Telegram channel style: the toll is the bombing's, not a second place of the night's fighting
        "Heavy fighting overnight near al-Shafah.\n\nA car bomb hit an SDF gathering at the entrance of al-Susah "
        "around 1 pm. 4 SDF fighters killed and several wounded, per a medical source at the field hospital in al-Omar.",
        date(2019, 1, 23),
        [dict(site="al_shafa", killed=None), dict(site="al_susah", killed=4)],
    ),
    # --- a town that only gives the bearing of a mountain range is not a place hit -------------------------
    (
        "mountains-north-west-of-the-city-and-the-desert-south-of-a-town",
        # wire style, monitors cited
        "Local monitors said US jets struck ISIS hideouts on Friday in the Jabal al-Bishri mountains north-west of "
        "Deir ez-Zor and in the desert south of al-Mayadin.",
        date(2025, 12, 20),
        [dict(date="2025-12-19", site="jabal_al_bishri"), dict(date="2025-12-19", site="al_mayadin")],
    ),
    (
        "mountains-some-kilometres-from-the-city-and-sites-near-a-town",
        # Russian ministry style
        "Russian aircraft pounded ISIS caves in Jabal al-Bishri, some 60 km north-west of the city of Deir ez-Zor, "
        "and sites near Albu Kamal, the Russian Defence Ministry said on Tuesday.",
        date(2019, 5, 22),
        [dict(date="2019-05-21", site="jabal_al_bishri"), dict(date="2019-05-21", site="albu_kamal")],
    ),
    (
        "al-bishri-mountains-west-of-the-city-and-the-outskirts-of-a-town",
        # Syrian state media style
        "SANA: Army units shelled terrorist hideouts yesterday in the al-Bishri mountains west of Deir Ezzor and on "
        "the outskirts of al-Quriyah.",
        date(2021, 3, 9),
        [dict(date="2021-03-08", site="jabal_al_bishri"), dict(date="2021-03-08", site="al_quriyah")],
    ),
    (
        "jebel-north-of-a-town-and-the-desert-near-another",
        # Kurdish agency style
        "Kurdish agency: Drones hit ISIS positions at dawn in Jebel Bishri north of al-Mayadin, as well as in the "
        "desert near al-Shuhail.",
        date(2024, 2, 12),
        [dict(date="2024-02-12", site="jabal_al_bishri"), dict(date="2024-02-12", site="al_shuhail")],
    ),
    # --- an event the report places in "the city" or its districts is in the dateline's city ----------------
    (
        "dateline-city-districts-exchange-of-fire",
        # newspaper style
        "DEIR EZ-ZOR - Gunmen and local security forces exchanged fire for an hour near the central market on Tuesday "
        "evening, residents of two districts said. Three fighters were killed.",
        date(2025, 2, 5),
        [dict(date="2025-02-04", site="deir_ez_zor_city")],
    ),
    (
        "dateline-city-neighbourhood-car-bomb",
        # wire style
        "QAMISHLI, Syria (AP) — A car bomb went off near a police station in one of the city's neighbourhoods on "
        "Sunday, killing four people, a Kurdish official said.",
        date(2023, 4, 10),
        [dict(date="2023-04-09", site="qamishli")],
    ),
    (
        "dateline-city-district-shooting",
        # Kurdish agency style
        "HASAKAH, 3 March (North Press) - Unknown gunmen shot dead a member of the Asayish in a district of the city on "
        "Thursday night, a security source said.",
        date(2022, 3, 4),
        [dict(date="2022-03-03", site="hasakah_city")],
    ),
    (
        "dateline-city-centre-drone",
        "DEIR EZZOR, Syria (Reuters) - A drone struck a car in the city centre on Monday, killing two men, residents said.",
        date(2024, 6, 11),
        [dict(date="2024-06-10", site="deir_ez_zor_city")],
    ),
    (
        "dateline-town-neighbourhood-clash",
        # local monitor style
        "AL-MAYADIN - Militiamen clashed with tribal fighters in the town's eastern neighbourhood overnight, leaving "
        "five dead, local sources said.",
        date(2023, 8, 20),
        [dict(date="2023-08-19", site="al_mayadin")],
    ),
    (
        "dateline-city-but-no-word-of-the-city-stays-unplaced",
        "DEIR EZ-ZOR - Gunmen attacked a checkpoint on Tuesday, killing two guards, a monitor said.",
        date(2025, 2, 5),
        [dict(date="2025-02-04", site=None)],
    ),
    # --- an update's heading dates what is told under it ---------------------------------------------
    (
        "update-heading-dates-the-rocket-attack-told-under-it",
        # Pentagon release style, no page date from the caller: the strikes of the release's day, the rockets of the update's
        "Statement by the Press Secretary\n\nMarch 3, 2024\n\nU.S. forces earlier this evening struck facilities used "
        "by Iran-backed militias near Albu Kamal.\n\nUPDATE, March 4, 2024:\n\nA coalition spokesman said: \"At approx. "
        "8:10 pm local time, U.S. forces at the Conoco gas field were attacked by rockets. There were no injuries.\"",
        None,
        [dict(date="2024-03-03", site="albu_kamal"), dict(date="2024-03-04", site="conoco_gas_field")],
    ),
    (
        "update-label-in-brackets-dates-the-drone-attack",
        # local monitor style, dotted stamps
        "Deir ez-Zor monitor\n\n18.09.2022\n\nUnidentified aircraft struck a militia depot near al-Quriyah this morning, "
        "killing two fighters.\n\nUpdate (19.09.2022):\nA rocket hit the Green Village base at around 9 pm, "
        "causing no casualties, a coalition official said.",
        None,
        [dict(date="2022-09-18", site="al_quriyah"), dict(date="2022-09-19", site="green_village")],
    ),
    # --- a sentence of its own that tells a toll at a place of its own: news with its own facts, not a passing
    # mention of the news told before it (its day is the day in force) ---------------------------------------
    (
        "own-toll-at-another-town-wire-monitor",
        "BEIRUT (Reuters) - U.S. aircraft struck weapons depots used by Iran-backed militias near Albu Kamal early "
        "on Tuesday, the Pentagon said. The Syrian Observatory for Human Rights said at least seven militiamen "
        "were killed in al-Kasrah.",
        date(2024, 6, 12),
        [dict(date="2024-06-11", site="albu_kamal"), dict(date="2024-06-11", site="al_kasrah", killed=7)],
    ),
    (
        "own-toll-at-another-town-iranian-outlet",
        "TEHRAN (Tasnim) - Resistance drones targeted the American occupation base at the Conoco field on "
        "Thursday. Iraqi security sources said two fighters of the Popular Mobilization Units were killed and "
        "five wounded in al-Qaim, near the Syrian border.",
        date(2024, 1, 20),
        [dict(date="2024-01-18", site="conoco_gas_field"),
         dict(date="2024-01-18", site="al_qaim", killed=2, wounded=5)],
    ),
    (
        "own-toll-at-another-village-kurdish-agency",
        "ISIS cells attacked an SDF checkpoint in the town of al-Shuhail on Monday night, ANHA reported. "
        "According to a military source, two SDF fighters were killed in the village of al-Jneineh.",
        date(2025, 4, 15),
        [dict(date="2025-04-14", site="al_shuhail"), dict(date="2025-04-14", site="al_jneineh", killed=2)],
    ),
    (
        "own-toll-at-another-town-state-media",
        "Deir Ezzor, SANA - US occupation helicopters attacked houses of citizens in the town of Thiban at dawn on "
        "Sunday, local sources said. Three civilians were martyred and four others injured in the town of "
        "al-Ashara, the sources added.",
        date(2023, 7, 10),
        [dict(date="2023-07-09", site="thiban"),
         dict(date="2023-07-09", site="al_ashara", killed=3, wounded=4)],
    ),
    (
        "own-toll-at-another-village-liveblog",
        "Update 14:20 - CENTCOM says its forces struck an ISIS hideout near Hatla overnight. Local activists say "
        "four ISIS members were killed in al-Susah, near the Iraqi border.",
        date(2024, 9, 3),
        [dict(date="2024-09-02", site="hatla"), dict(date="2024-09-02", site="al_susah", killed=4)],
    ),
    (
        "own-toll-at-the-same-town-is-the-news-toll",
        # the toll told at the place of the news is the news' own, not a second incident
        "WASHINGTON (AP) - U.S. jets struck a weapons depot near Mayadin on Tuesday, officials said. The "
        "Observatory said at least five fighters were killed in Mayadin.",
        date(2024, 6, 12),
        [dict(date="2024-06-11", site="al_mayadin", killed=5)],
    ),
    # --- a monitor's toll that opens the sentence ("documented the death of ..."), the event told after it
    # in an "after" clause: the sentence is the news of that event, not a recall of it ----------------------
    (
        "documented-the-death-of-after-a-landmine-monitor",
        "SOHR activists documented the death of a shepherd after a landmine exploded near al-Kasrah on Monday.",
        date(2024, 3, 6),
        [dict(date="2024-03-04", site="al_kasrah", killed=1)],
    ),
    (
        "confirmed-the-death-of-after-gunmen-local-network",
        "Local sources confirmed the death of a young man after unknown gunmen opened fire on him in the town of "
        "al-Shuhail on Tuesday evening.",
        date(2025, 2, 13),
        [dict(date="2025-02-11", site="al_shuhail", killed=1)],
    ),
    (
        "announced-the-death-of-after-a-checkpoint-attack-kurdish-security",
        "The Internal Security Forces announced the death of one of their members after ISIS cells attacked a "
        "checkpoint in al-Hol on Friday.",
        date(2022, 5, 29),
        [dict(date="2022-05-27", site="al_hol", killed=1)],
    ),
    (
        "documented-the-death-of-in-a-separate-incident-late-yesterday",
        "US jets struck a weapons depot near Albu Kamal on Tuesday, the Pentagon said. In a separate incident, the "
        "Observatory documented the death of two SDF fighters after gunmen opened fire on their vehicle near Hajin "
        "late yesterday.",
        date(2024, 6, 12),
        [dict(date="2024-06-11", site="albu_kamal"), dict(date="2024-06-11", site="hajin", killed=2)],
    ),
    (
        "recorded-the-martyrdom-of-after-shelling-state-media",
        "Deir Ezzor, SANA - The health directorate recorded the martyrdom of a child after terrorist groups shelled "
        "residential neighbourhoods of al-Mayadin with mortar rounds on Saturday evening.",
        date(2021, 10, 17),
        [dict(date="2021-10-16", site="al_mayadin", killed=1)],
    ),
    # --- the one incident a feature or analysis tells, days before the page, in a sentence that opens on its
    # day with its facts in its paragraph: the page's news, though its lead tells none -----------------------
    (
        "only-incident-of-a-feature-opens-on-its-day-wire",
        "The withdrawal from the northeast has been orderly, commanders say. Convoys leave the bases every week.\n\n"
        "But three days ago, two drones struck near the fence of the Conoco base before dawn, officials said. No one "
        "was injured.",
        date(2025, 11, 20),
        [dict(date="2025-11-17", site="conoco_gas_field")],
    ),
    (
        "only-incident-of-a-feature-opens-on-its-day-kurdish-agency",
        "Life in the town of al-Shuhail is slowly returning to normal. Shops have reopened and farmers are back in "
        "their fields.\n\nOn Sunday, however, unknown gunmen shot dead a teacher near the market of al-Shuhail, "
        "local sources told North Press.",
        date(2024, 5, 23),
        [dict(date="2024-05-19", site="al_shuhail", killed=1)],
    ),
    (
        "only-incident-of-an-analysis-opens-on-last-weekday",
        "Oil revenues remain the main source of income for the local council. Smuggling across the river has "
        "fallen, the paper argues.\n\nYet last Tuesday, a roadside bomb hit a tanker truck on the road near "
        "al-Busayrah, wounding its driver.",
        date(2023, 4, 14),
        [dict(date="2023-04-11", site="al_busayrah")],
    ),
    (
        "only-incident-of-a-ministry-bulletin-opens-on-its-date",
        "The humanitarian situation in the east of Syria remains difficult, the Russian Reconciliation Center "
        "said. Aid convoys reached three villages this week.\n\nOn May 3, militants shelled the village of "
        "Mo Hassan, damaging two houses, the center added.",
        date(2019, 5, 8),
        [dict(date="2019-05-03", site="mo_hassan")],
    ),
    (
        "only-incident-of-a-wire-feature-days-ago-no-casualties",
        "U.S. officials say the remaining troops in Syria will consolidate at fewer sites. The move has been "
        "planned for months.\n\nFour days ago, a rocket hit an open field inside the perimeter of the al-Omar "
        "base, causing no casualties, a coalition spokesman said.",
        date(2025, 2, 10),
        [dict(date="2025-02-06", site="al_omar_oil_field")],
    ),
    (
        "only-incident-told-as-an-illustration-stays-context",
        # the sentence does not open on the day: the clash illustrates the page's subject
        "The tribes and the SDF signed a truce in the spring. Since then, talks have stalled.\n\nThe clash near "
        "Hajin on Monday, in which two fighters were killed, shows how fragile the truce is.",
        date(2024, 3, 8),
        [],
    ),
    # --- the province or the road a side withdrew toward after the act is not where it happened: the toll
    # told with it stays with the incident the sentence before placed -----------------------------------------
    (
        "toll-before-they-retreated-toward-a-road-monitor",
        "Tribal fighters clashed with the SDF in Thiban on Monday. Three were killed before the SDF retreated "
        "toward the Raqqa road, the Observatory said.",
        date(2023, 9, 5),
        [dict(date="2023-09-04", site="thiban", killed=3)],
    ),
    (
        "toll-before-they-pulled-back-toward-a-province-wire",
        "BEIRUT (AP) - Government forces and SDF fighters exchanged fire near al-Busayrah on Sunday. Two soldiers "
        "were wounded before the SDF pulled back towards Hasakah province, a war monitor said.",
        date(2026, 1, 19),
        [dict(date="2026-01-18", site="al_busayrah", wounded=2)],
    ),
    (
        "toll-before-they-withdrew-toward-a-province-state-media",
        "A regime patrol came under fire near al-Mayadin on Friday. One soldier was killed before the gunmen "
        "withdrew towards Homs province, SANA reported.",
        date(2020, 11, 8),
        [dict(date="2020-11-06", site="al_mayadin", killed=1)],
    ),
    # --- a sentence at a place of its own whose toll the next sentence tells: news with its own facts ---------
    (
        "toll-in-the-next-sentence-at-another-town-wire",
        "BEIRUT (Reuters) - U.S. jets struck militia depots near Albu Kamal early on Friday, the Pentagon said. "
        "Fighting erupted in al-Kasrah, where tribesmen attacked an SDF post, the Observatory said. Four SDF "
        "members were killed.",
        date(2024, 5, 11),
        [dict(date="2024-05-10", site="albu_kamal"), dict(date="2024-05-10", site="al_kasrah", killed=4)],
    ),
    (
        "toll-in-the-next-sentence-at-another-village-kurdish-agency",
        "ISIS cells attacked an SDF checkpoint in the town of Hajin on Monday night, ANHA reported. Gunmen stormed "
        "a house in the village of al-Jneineh, according to local sources. Two civilians were killed and a child "
        "was wounded.",
        date(2025, 4, 15),
        [dict(date="2025-04-14", site="hajin"), dict(date="2025-04-14", site="al_jneineh", killed=2, wounded=1)],
    ),
    (
        "toll-in-the-next-sentence-at-another-village-state-media",
        "Deir Ezzor, SANA - US occupation helicopters carried out a landing operation near the town of "
        "al-Busayrah at dawn on Sunday, local sources said. Clashes broke out in the village of al-Tayyana, where "
        "the sources said SDF gunmen opened fire on residents. Three civilians were martyred.",
        date(2023, 7, 10),
        [dict(date="2023-07-09", site="al_busayrah"), dict(date="2023-07-09", site="al_tayyana", killed=3)],
    ),
    # --- a sentence with its own toll in a province's desert or countryside, no other news placed there ----
    (
        "own-toll-in-the-badia-of-the-province-beside-news-across-the-border",
        # Iranian outlet style: raids on the Iraqi side, and a toll of their own in the Syrian desert
        "TEHRAN (FNA)- American warplanes struck positions of the popular mobilization forces in al-Qaim on the "
        "Iraqi border on Tuesday, Iraqi sources said.\n\n"
        "Syrian media reported that five civilians were killed by the American raids in the Badia of Deir ez-Zor.",
        date(2021, 2, 24),
        [dict(date="2021-02-23", site="al_qaim"), dict(date="2021-02-23", site="deir_ez_zor_province", killed=5)],
    ),
    (
        "own-toll-in-the-eastern-countryside-beside-news-in-another-province",
        # Kurdish agency style: a drone strike in Hasakah, and fighters killed in Deir ez-Zor's countryside
        "HASAKAH, North Press - Turkish drones struck a car near Qamishli on Wednesday, killing two members of the "
        "Asayish, the security force said.\n\n"
        "The SDF said two of its fighters were killed by ISIS gunmen in the eastern Deir ez-Zor countryside.",
        date(2023, 6, 15),
        [dict(date="2023-06-14", site="qamishli"), dict(date="2023-06-14", site="deir_ez_zor_province", killed=2)],
    ),
    (
        "own-toll-in-the-desert-beside-a-drone-strike-at-tanf",
        # wire style: the monitor's toll, placed only in the province's desert
        "BEIRUT (AP) - A drone struck a pickup truck near the al-Tanf garrison on Thursday, the U.S.-led coalition "
        "said.\n\n"
        "The Britain-based Syrian Observatory for Human Rights said at least four Iran-backed fighters were killed in "
        "the Deir al-Zour desert.",
        date(2019, 8, 2),
        [dict(date="2019-08-01", site="al_tanf"), dict(date="2019-08-01", site="deir_ez_zor_province", killed=4)],
    ),
    (
        "own-toll-in-the-countryside-translated",
        # translated Spanish agency style
        "Qamishli, 12 Mar (EFE).- Unknown gunmen killed a local official of the Autonomous Administration this "
        "Tuesday in the city of Qamishli.\n\n"
        "Another two members of the SDF died in an ambush in the countryside of Deir al Zur, according to the "
        "Observatory.",
        date(2024, 3, 12),
        [dict(date="2024-03-12", site="qamishli"), dict(date="2024-03-12", site="deir_ez_zor_province", killed=2)],
    ),
    (
        "own-toll-in-a-towns-countryside-beside-news-across-the-border",
        # monitor style: the toll's place is a town's countryside, read as the town
        "SOHR: unidentified aircraft bombed a convoy near al-Qaim on the Iraqi side of the border on Saturday.\n\n"
        "Eight members of the Iranian militias were killed in the Albukamal countryside, according to SOHR sources.",
        date(2020, 10, 18),
        [dict(date="2020-10-17", site="al_qaim"), dict(date="2020-10-17", site="albu_kamal", killed=8)],
    ),
    (
        "a-provinces-toll-beside-the-days-news-at-one-of-its-towns-is-that-news",
        # wire style: the toll in the countryside is the toll of the strike on the town told before it
        "BEIRUT (Reuters) - Drones struck militia depots near al-Mayadin on Monday, residents said.\n\n"
        "The Syrian Observatory said at least five fighters were killed in the Deir ez-Zor countryside.",
        date(2024, 1, 9),
        [dict(date="2024-01-08", site="al_mayadin", killed=5)],
    ),
    # --- a lead with no incident: an incident of a few days before, with its own day and toll, beside news ----
    (
        "lead-tells-no-incident-an-older-clash-with-its-own-toll-beside-the-days-news-state-media",
        # Syrian state media style: a takeover lead, a clash of the day, and the other side's claim of two days before
        "Deir Ezzor, SANA - Army units entered the towns of al-Shuhail and Thiban on Saturday amid a warm welcome "
        "from the tribes, a military source said.\n\n"
        "The source said engineering units began clearing mines left behind in the towns.\n\n"
        "Clashes broke out on the outskirts of al-Busayrah on Saturday, where SDF remnants opened fire on the army "
        "units, killing two soldiers, the source added.\n\n"
        "The SDF said in a statement that government factions had attacked its positions in the village of "
        "al-Kasrah on Thursday night, killing three of its fighters.",
        date(2026, 1, 18),
        [dict(date="2026-01-17", site="al_busayrah"), dict(date="2026-01-15", site="al_kasrah", killed=3)],
    ),
    (
        "lead-tells-no-incident-an-older-attack-with-its-own-toll-beside-the-days-news-kurdish",
        # Kurdish agency style: a lead on returning residents, a drone strike that day, a checkpoint attack on Sunday
        "QAMISHLI, ANHA - Residents of the eastern countryside returned to their homes on Tuesday after weeks of "
        "displacement, local officials said.\n\n"
        "The officials said schools would reopen next week.\n\n"
        "A drone struck a car near al-Shaddadi on Tuesday, wounding two people, the Asayish said.\n\n"
        "ISIS cells attacked an SDF checkpoint in the town of Hajin on Sunday evening, killing three fighters, the "
        "SDF said.",
        date(2023, 5, 10),
        [dict(date="2023-05-09", site="shaddadi"), dict(date="2023-05-07", site="hajin", killed=3)],
    ),
    (
        "lead-tells-no-incident-an-older-ambush-with-its-own-toll-beside-the-days-news-wire",
        # wire style: talks in the lead, shelling on Friday, an ambush on Wednesday with the monitor's toll
        "BEIRUT (Reuters) - Talks between tribal leaders and the SDF over the future of the Euphrates towns stalled "
        "on Friday, people familiar with the talks said.\n\n"
        "The talks are expected to resume next week.\n\n"
        "Mortar shells hit the town of Thiban on Friday, wounding a child, residents said.\n\n"
        "Gunmen killed four tribal fighters in an ambush near the village of al-Kasrah on Wednesday, the Syrian "
        "Observatory said.",
        date(2024, 5, 11),
        [dict(date="2024-05-10", site="thiban"), dict(date="2024-05-08", site="al_kasrah", killed=4)],
    ),
    (
        "lead-tells-no-incident-an-older-bus-attack-with-its-own-toll-beside-the-days-news-russian",
        # Russian outlet style: the centre's summary lead, a checkpoint shot at that day, a bus attacked on Saturday
        "The situation in the east of Syria remains tense, the Russian Reconciliation Centre said on Monday.\n\n"
        "Russian military police continue patrols along the M4 highway, the centre added.\n\n"
        "Unidentified gunmen fired at a Syrian army checkpoint near the town of al-Mayadin on Monday, wounding one "
        "soldier, the centre said.\n\n"
        "Militants attacked a bus carrying soldiers near the town of al-Shuhail on Saturday, killing six "
        "servicemen, according to the centre.",
        date(2021, 3, 16),
        [dict(date="2021-03-15", site="al_mayadin"), dict(date="2021-03-13", site="al_shuhail", killed=6)],
    ),
    (
        "lead-tells-no-incident-an-older-assassination-with-its-own-toll-beside-the-days-news-monitor",
        # local monitor style: tension in the lead, a landmine that day, an assassination on Tuesday night
        "SOHR: Tension prevails in the villages of the eastern countryside amid a heavy deployment of SDF forces on "
        "Thursday.\n\n"
        "Residents closed their shops early, according to SOHR activists.\n\n"
        "A landmine exploded near a vehicle in the town of Thiban on Thursday, wounding three workers.\n\n"
        "Gunmen on a motorcycle shot dead two members of the SDF in the village of al-Susah on Tuesday night, SOHR "
        "activists reported.",
        date(2022, 9, 16),
        [dict(date="2022-09-15", site="thiban"), dict(date="2022-09-13", site="al_susah", killed=2)],
    ),
    (
        "an-analysis-recalls-a-deadly-confrontation-as-an-illustration-no-other-news",
        # think-tank style: the page places no news of its own; the recalled clash illustrates its subject
        "The oil deal has raised the stakes for Washington in the northeast, analysts say.\n\n"
        "It heightens the risk of friction along the seams of the region.\n\n"
        "The confrontation near the village of al-Kasrah on Monday, in which a soldier was killed, illustrates how "
        "quickly a patrol can escalate.",
        date(2020, 8, 20),
        [],
    ),
    (
        "toll-in-the-next-sentence-at-another-town-local-network",
        "Turkish drones struck a car near Qamishli on Thursday, North Press said. An explosion hit a market in the "
        "town of al-Susah, local sources said. Five people were wounded.",
        date(2023, 6, 9),
        [dict(date="2023-06-08", site="qamishli"), dict(date="2023-06-08", site="al_susah", wounded=5)],
    ),
    (
        "toll-in-the-next-sentence-at-the-same-town-is-the-news-toll",
        "BEIRUT (Reuters) - U.S. jets struck militia depots near Albu Kamal early on Friday, the Pentagon said. "
        "Explosions shook the outskirts of Albu Kamal, residents said. Four militiamen were killed.",
        date(2024, 5, 11),
        [dict(date="2024-05-10", site="albu_kamal", killed=4)],
    ),
    # --- an answer told after the event it follows: "Shortly after the attack, X fired at Y" ---------------
    (
        "minutes-after-the-attack-the-answer-told-at-the-launch-sites",
        # Kurdish agency style: rockets on a base, then the base's answer at the launch sites across the river
        "Three rockets struck the coalition's Green Village base on Tuesday evening without causing casualties, "
        "Hawar news agency (ANHA) reported. Minutes after the attack, coalition forces at the base fired "
        "artillery shells at the launch sites in the vicinity of al-Ashara.",
        date(2025, 2, 12),
        [dict(date="2025-02-11", site="green_village", target="US-led coalition"),
         dict(date="2025-02-11", site="al_ashara", perpetrator="US-led coalition")],
    ),
    (
        "following-the-attack-troops-shelled-the-points-of-launch",
        # wire style: the drone on the base and the shelling that followed it, at two places
        "BEIRUT (AP) - A drone targeted a U.S. base at the Conoco gas field in eastern Syria on Monday, causing "
        "no injuries, the U.S. military said. Following the attack, American troops fired artillery rounds at "
        "the points of launch near the town of Mo Hassan.",
        date(2023, 10, 31),
        [dict(date="2023-10-30", site="conoco_gas_field", target="US-led coalition"),
         dict(date="2023-10-30", site="mo_hassan", perpetrator="US-led coalition")],
    ),
    (
        "in-response-to-the-attack-the-army-shelled-the-town-across-the-river",
        # Syrian state media style: an attack on army posts and the army's answer across the river
        "Deir Ezzor, SANA - Gunmen attacked army posts near the village of Mahkan on Wednesday night, a military "
        "source said. In response to the attack, army units shelled the sources of fire in the town of Thiban "
        "with artillery, the source added.",
        date(2024, 8, 15),
        [dict(date="2024-08-14", site="mahkan", target="Syrian government"),
         dict(date="2024-08-14", site="thiban", perpetrator="Syrian government")],
    ),
    (
        "shortly-after-the-shelling-the-other-side-fired-back-elsewhere",
        # local monitor style: regime shelling on a town, and the SDF mortars on the regime's town after it
        "Regime forces shelled SDF positions in Dhiban with heavy machine guns and mortars on Saturday afternoon, "
        "according to the Observatory's activists. Shortly after the shelling, the SDF fired mortar rounds at "
        "regime positions in al-Mayadin city, on the western bank.",
        date(2024, 5, 5),
        [dict(date="2024-05-04", site="thiban", target="SDF"),
         dict(date="2024-05-04", site="al_mayadin", perpetrator="SDF")],
    ),
    (
        "hours-after-the-rocket-fire-the-coalition-struck-near-a-town",
        # Russian outlet style: rockets on al-Omar, the coalition's shelling hours later near another town
        "Unidentified militants fired several rockets at the US military base in the al-Omar oil field on "
        "Thursday morning, RIA Novosti reported, citing local sources. Hours after the rocket fire, the "
        "coalition forces shelled the outskirts of the town of al-Quriyah, the sources said.",
        date(2023, 6, 2),
        [dict(date="2023-06-01", site="al_omar_oil_field", target="US-led coalition"),
         dict(date="2023-06-01", site="al_quriyah", perpetrator="US-led coalition")],
    ),
    # --- "between" three towns or more: the event spread over the towns it lists, one incident each --------
    (
        "strikes-between-three-towns-are-told-at-each-town",
        # local monitor style: a night of strikes spread between three towns it names
        "The Syrian Observatory for Human Rights said warplanes believed to be Israeli carried out at least 12 strikes "
        "on Sunday on positions of Iranian militias between the city of Deir ez-Zor, al-Mayadin and Albu Kamal.",
        date(2022, 11, 7),
        [dict(date="2022-11-06", site="deir_ez_zor_city"), dict(date="2022-11-06", site="al_mayadin"),
         dict(date="2022-11-06", site="albu_kamal")],
    ),
    (
        "jets-struck-depots-between-three-towns-of-the-west-bank",
        # wire style
        "BEIRUT (Reuters) - Unidentified jets struck militia depots between al-Mayadin, al-Ashara and Albu Kamal "
        "late on Friday, killing nine fighters, a war monitor said.",
        date(2020, 9, 26),
        [dict(date="2020-09-25", site="al_mayadin"), dict(date="2020-09-25", site="al_ashara"),
         dict(date="2020-09-25", site="albu_kamal")],
    ),
    (
        "coalition-pounded-positions-between-three-villages-of-the-pocket",
        # Kurdish agency style
        "Coalition aircraft pounded ISIS positions between Hajin, al-Shafa and al-Susah on Thursday, the SDF "
        "media centre told ANHA.",
        date(2018, 11, 30),
        [dict(date="2018-11-29", site="hajin"), dict(date="2018-11-29", site="al_shafa"),
         dict(date="2018-11-29", site="al_susah")],
    ),
    (
        "helicopters-bombed-between-the-towns-of-three-places",
        # Iranian outlet style: "between the towns of X, Y and Z"
        "American occupation helicopters bombed positions of the popular forces between the towns of Thiban, "
        "al-Busayrah and Hajin on Tuesday, Press TV reported.",
        date(2023, 9, 6),
        [dict(date="2023-09-05", site="thiban"), dict(date="2023-09-05", site="al_busayrah"),
         dict(date="2023-09-05", site="hajin")],
    ),
    (
        "an-ambush-on-the-road-between-two-towns-stays-one",
        # the two ends of a road locate one place
        "Gunmen ambushed an army convoy on the road between al-Mayadin and Albu Kamal on Monday, killing two "
        "soldiers, SANA said.",
        date(2021, 4, 13),
        [dict(date="2021-04-12")],
    ),
    # --- a purpose or threat inside a closed quotation, and the report that goes on after it ------------------
    (
        "a-purpose-inside-a-quotation-does-not-cut-the-report-after-it",
        # Kurdish agency style: the SDF's own words on its withdrawal, then its accusation of an attack
        "The SDF said its fighters had \"pulled back to protect civilians\" and accused government forces of "
        "attacking its positions in al-Sabha on Friday night, killing two of its fighters.",
        date(2026, 1, 24),
        [dict(date="2026-01-23", site="al_sabha")],
    ),
    (
        "a-quoted-aim-of-the-patrols-and-then-the-ambush",
        # local monitor style: the quoted purpose of a deployment, and the ambush on it told after the quotation
        "Local sources said the army had sent reinforcements to the area \"to prevent infiltration from the desert\" "
        "and that ISIS gunmen ambushed a patrol near al-Ashara on Wednesday evening, killing three soldiers.",
        date(2021, 3, 5),
        [dict(date="2021-03-03", site="al_ashara", perpetrator="ISIS")],
    ),
    (
        "a-quoted-threat-told-with-a-he-said-stays-no-event",
        # the quotation's threat, followed only by its attribution, reports nothing
        "\"Any attack on our positions in Thiban will be met with a crushing response,\" the commander said.",
        date(2023, 9, 2),
        [],
    ),
    (
        "a-purpose-in-curly-quotes-and-then-the-helicopter-strike",
        # Iranian outlet style, typographic quotation marks
        "Tasnim reported that the resistance had moved its fighters \u201cto protect the border crossing\u201d and "
        "that American helicopters struck their positions near Albu Kamal at dawn on Sunday.",
        date(2024, 2, 5),
        [dict(date="2024-02-04", site="albu_kamal", perpetrator="US-led coalition")],
    ),
    # --- ", and one location in Iraq, near al-Qaim": one more item of the list of places hit, not a new clause --
    (
        "and-one-location-in-iraq-near-a-town-is-one-more-place-hit",
        # Pentagon statement style: locations counted per country, each placed by a town
        "U.S. aircraft struck weapons storage facilities at two locations in Syria, near al-Mayadin, and one "
        "location in Iraq, near al-Qaim, on Friday evening, the Pentagon said.",
        date(2021, 7, 3),
        [dict(date="2021-07-02", site="al_mayadin"), dict(date="2021-07-02", site="al_qaim")],
    ),
    (
        "and-one-site-on-the-outskirts-of-another-town",
        # wire style
        "Israeli jets hit militia depots at three sites near Albu Kamal, and one site on the outskirts of "
        "al-Mayadin, early on Tuesday, a war monitor said.",
        date(2022, 5, 11),
        [dict(date="2022-05-10", site="albu_kamal"), dict(date="2022-05-10", site="al_mayadin")],
    ),
    (
        "and-one-target-in-iraq-in-a-russian-outlet",
        # Russian outlet style
        "American aviation bombed two targets in the province of Deir ez-Zor, near the town of al-Quriyah, and one "
        "target in Iraq, near al-Qaim, on Sunday night, RIA Novosti reported.",
        date(2024, 2, 26),
        [dict(date="2024-02-25", site="al_quriyah"), dict(date="2024-02-25", site="al_qaim")],
    ),
    (
        "and-one-house-in-a-village-in-a-monitor-report",
        # local monitor style: a raid on houses in two villages of the pocket
        "Coalition helicopters raided two houses in Hajin, and one house in al-Susah, at dawn on Thursday, "
        "arresting four men suspected of belonging to ISIS cells, the Observatory said.",
        date(2019, 8, 2),
        [dict(date="2019-08-01", site="hajin"), dict(date="2019-08-01", site="al_susah")],
    ),
    # --- forces told at their base answer an attack named after them: the attack hit that base ----------------
    (
        "forces-at-a-base-answered-an-attack-told-after-their-answer",
        # Kurdish agency digest style: the answer first, the attack on the answerers' base in its "after" clause
        "- 12/03/2024: US forces at the Conoco base fired artillery shells at areas near the town of Mo Hassan, "
        "after a drone attack in the afternoon that caused no injuries, local sources said.",
        date(2024, 3, 13),
        [dict(date="2024-03-12", site="mo_hassan", perpetrator="US-led coalition"),
         dict(date="2024-03-12", site="conoco_gas_field", target="US-led coalition")],
    ),
    (
        "forces-stationed-in-a-field-shelled-a-town-after-a-rocket-attack",
        # local monitor style
        "Coalition forces stationed in al-Omar oil field shelled the vicinity of al-Quriyah with artillery on "
        "Sunday evening, after a rocket attack that caused material damage, SOHR activists said.",
        date(2023, 8, 14),
        [dict(date="2023-08-13", site="al_quriyah", perpetrator="US-led coalition"),
         dict(date="2023-08-13", site="al_omar_oil_field", target="US-led coalition")],
    ),
    (
        "troops-at-a-base-returned-fire-following-a-rocket-attack",
        # wire style
        "U.S. troops at the Green Village base returned fire toward launch sites near al-Mayadin on Tuesday "
        "following a rocket attack, U.S. officials said.",
        date(2022, 1, 5),
        [dict(date="2022-01-04", site="al_mayadin", perpetrator="US-led coalition"),
         dict(date="2022-01-04", site="green_village", target="US-led coalition")],
    ),
    (
        "an-attack-with-its-own-place-is-not-moved-to-the-answerers-base",
        # the attack answered names its own base: it stays there
        "US forces at the Conoco base shelled militia positions near Mo Hassan on Monday after a rocket attack "
        "on the al-Omar field, the SDF said.",
        date(2023, 11, 21),
        [dict(date="2023-11-20", site="mo_hassan", perpetrator="US-led coalition")],
    ),
    (
        "forces-at-a-base-that-were-targeted-are-hit-there",
        # briefing style, passive: the forces at the base are the target, the base is where it happened
        "Yesterday, at approximately 7 in the evening local time, U.S. and coalition forces at the Conoco base in "
        "Syria were targeted by a one-way attack drone, which was shot down, the spokesman said.",
        date(2023, 10, 30),
        [dict(site="conoco_gas_field", target="US-led coalition")],
    ),
    # An answer dated only by the day a statement told it, at the place of an attack told of the evening or
    # night before, took place that night (a night is dated by the day it began)
    (
        "an-answer-reported-next-day-at-the-scene-of-a-night-attack-monitor",
        "The international coalition said on Sunday that its helicopters had bombed the attackers near "
        "al-Busayrah. Militants stormed an SDF checkpoint near al-Busayrah on Saturday night, wounding two "
        "fighters, the SDF said.",
        date(2021, 6, 13),
        [dict(date="2021-06-12", site="al_busayrah", perpetrator="US-led coalition"),
         dict(date="2021-06-12", site="al_busayrah")],
    ),
    (
        "an-answer-reported-next-day-at-the-scene-of-a-night-attack-kurdish",
        "Kurdistan24 - Coalition helicopters targeted the cell that attacked an SDF post in Thiban, the SDF said "
        "on Tuesday. ISIS militants attacked the SDF post in Thiban on Monday night, killing one fighter.",
        date(2022, 7, 12),
        [dict(date="2022-07-11", site="thiban"), dict(date="2022-07-11", site="thiban")],
    ),
    (
        "an-answer-reported-next-day-at-the-scene-of-an-evening-attack-wire",
        "U.S. aircraft struck fighters near Hajin, a defense official said on Monday. Gunmen attacked a "
        "partner-force position near Hajin on Sunday evening, wounding three SDF fighters, the official said.",
        date(2018, 10, 8),
        [dict(date="2018-10-07", site="hajin"), dict(date="2018-10-07", site="hajin", wounded=3)],
    ),
    (
        "an-answer-reported-next-day-at-the-scene-of-a-late-attack-iranian",
        "Tasnim - American helicopters bombed the popular forces near al-Tabiyah, a local source said on "
        "Wednesday. The tribal fighters had attacked an SDF position near al-Tabiyah late Tuesday, the source "
        "added.",
        date(2019, 2, 13),
        [dict(date="2019-02-12", site="al_tabiyah"), dict(date="2019-02-12", site="al_tabiyah")],
    ),
    (
        "an-answer-reported-next-day-at-the-scene-of-a-dated-evening-attack",
        "North Press - Coalition warplanes hit the attackers near al-Shuhail, the SDF said on Friday. Gunmen "
        "fired on an SDF checkpoint in al-Shuhail on the evening of Thursday, 9 March, killing two fighters.",
        date(2023, 3, 10),
        [dict(date="2023-03-09", site="al_shuhail"), dict(date="2023-03-09", site="al_shuhail", killed=2)],
    ),
    # A lead that tells an event with no day, and a paragraph after it that tells it in detail: the sentence
    # that sets the scene before the event is told again names the day
    (
        "the-detail-paragraph-sets-the-day-of-the-lead-event-state-media",
        "One Syrian soldier was killed when US helicopters struck an army checkpoint in the countryside of "
        "Qamishli, state media said.\n\nAccording to the agency, a US convoy tried to pass a checkpoint near the "
        "village of Umm Hajra, east of Qamishli, on Monday. When the soldiers refused to let it through, the US "
        "troops opened fire and helicopters struck the checkpoint.",
        date(2020, 6, 9),
        [dict(date="2020-06-08")],
    ),
    (
        "the-detail-paragraph-sets-the-day-of-the-lead-event-kurdish",
        "Two SDF fighters were wounded when gunmen attacked a checkpoint in the Deir ez-Zor countryside, the SDF "
        "said.\n\nThe gunmen arrived on motorcycles near al-Shuhail on Saturday evening. They attacked the "
        "checkpoint with machine guns and fled.",
        date(2021, 5, 3),
        [dict(date="2021-05-01", site="al_shuhail")],
    ),
    (
        "the-detail-paragraph-sets-the-day-of-the-lead-event-russian",
        "Russian warplanes bombed ISIS hideouts in the desert of Deir ez-Zor, the Russian centre for reconciliation "
        "said.\n\nThe militants had gathered near al-Shola on 12 January. Russian aircraft bombed the hideouts, "
        "destroying two vehicles.",
        date(2021, 1, 14),
        [dict(date="2021-01-12")],
    ),
    (
        "the-detail-paragraph-sets-the-day-of-the-lead-event-monitor",
        "Local sources said a landmine killed shepherds in the desert of Deir ez-Zor.\n\nThe shepherds had taken "
        "their flock out near al-Kasrah on Friday. A landmine left by ISIS exploded, killing three of them.",
        date(2022, 3, 7),
        [dict(date="2022-03-04", killed=3)],
    ),
    # An event told first in a paragraph, right after a sentence of it that tells no event but names a day,
    # took place that day (not on the day of the statement that reported it)
    (
        "an-event-after-a-sentence-that-names-its-day-russian-ministry",
        "The Russian Defence Ministry said on Friday that an ISIS commander who joined the group in 2014 had been "
        "eliminated in Syria.\n\nAccording to the ministry, on 3 October the military received information about "
        "a gathering of militants near al-Mayadin. Su-34 bombers struck the place of the gathering, killing 20 "
        "militants.",
        date(2017, 10, 13),
        [dict(date="2017-10-03", event_type="air/drone strike")],
    ),
    (
        "an-event-after-a-sentence-that-names-its-day-local-network",
        "Deir ez-Zor 24 - Local sources reported the death of a civilian in the eastern countryside of Deir "
        "ez-Zor, Syria.\n\nThe man was herding sheep near Hajin on Tuesday morning. A landmine exploded under his "
        "feet, killing him instantly.",
        date(2021, 3, 11),
        [dict(date="2021-03-09", killed=1)],
    ),
    (
        "an-event-after-a-sentence-that-names-its-day-iranian",
        "Tasnim - The resistance mourned a commander who fought in Syria since 2013.\n\nThe commander was "
        "visiting positions near Albu Kamal on 2 February. American drones struck his car, killing him and his "
        "driver.",
        date(2024, 2, 9),
        [dict(date="2024-02-02", perpetrator="US-led coalition")],
    ),
    # ... and a wire's one-sentence paragraph that tells no event but names a day sets it for the lead's
    # event told again in the paragraph after it
    (
        "a-one-sentence-paragraph-sets-the-day-of-the-lead-event-monitor",
        "Three militiamen were killed in eastern Syria, the Observatory said on Wednesday.\n\nA convoy of "
        "Iranian-backed militias was travelling near Albu Kamal on Tuesday.\n\nUnidentified drones struck the "
        "convoy, the Observatory said.",
        date(2023, 1, 11),
        [dict(date="2023-01-10", site="albu_kamal")],
    ),
    (
        "a-one-sentence-paragraph-sets-the-day-of-the-lead-event-state-media",
        "A Syrian soldier was killed in the Deir ez-Zor desert, SANA said on Monday.\n\nAn army unit was combing "
        "the desert near al-Sukhnah on Sunday.\n\nTerrorists attacked the unit with rockets, the agency said.",
        date(2021, 2, 8),
        [dict(date="2021-02-07")],
    ),
    (
        "a-one-sentence-paragraph-sets-the-day-of-the-lead-event-release",
        "An ISIS official was killed in Syria, CENTCOM said on Friday.\n\nThe official was meeting associates "
        "near al-Shuhail on Thursday.\n\nUS helicopters struck the meeting place, CENTCOM said.",
        date(2024, 6, 21),
        [dict(date="2024-06-20", site="al_shuhail")],
    ),
    # A day told in Washington's or Greenwich's clock that the text says was past midnight where it happened
    # is the next day there; a local clock changes nothing
    (
        "a-day-told-in-washington-time-past-midnight-in-syria-wire",
        "WASHINGTON (Reuters) - U.S. jets struck a militia depot near al-Mayadin on Tuesday, the Pentagon said. "
        "The strike took place at about 7 p.m. EDT, which was after midnight in Syria.",
        date(2021, 6, 29),
        [dict(date="2021-06-30", site="al_mayadin")],
    ),
    (
        "a-day-told-in-eastern-time-already-past-midnight-local-time",
        "U.S. aircraft bombed an IRGC weapons site near Albu Kamal on Friday, officials said. The raid was carried "
        "out at 5:45 p.m. Eastern time, already past midnight local time.",
        date(2024, 3, 23),
        [dict(date="2024-03-23", site="albu_kamal")],
    ),
    (
        "a-day-told-in-gmt-after-midnight-in-syria",
        "US forces struck a facility near Deir ez-Zor on Sunday, CENTCOM said. The strikes began at 11 p.m. GMT, "
        "after midnight in Syria, and lasted an hour.",
        date(2023, 10, 29),
        [dict(date="2023-10-30")],
    ),
    (
        "a-day-told-in-local-time-stays",
        "Jets struck a depot near al-Mayadin on Tuesday, the Pentagon said. The strike took place at about 7 p.m. "
        "local time.",
        date(2021, 6, 29),
        [dict(date="2021-06-29", site="al_mayadin")],
    ),
    # --- an analysis, opinion or feature whose lead tells no incident: one it names with no day at all is
    # context, not the news of the page's day ---------------------------------------------------------------
    (
        "analysis-undated-drone-on-base-is-context-wire",
        "Washington weighs the future of its last outposts in eastern Syria\n\n"
        "Five years after the territorial defeat of Islamic State, the Pentagon is again asking what its few hundred "
        "troops in eastern Syria are for. Officials describe a mission that has narrowed to guarding prisons and "
        "oil fields.\n\n"
        "The debate sharpened after a drone hit a coalition outpost near Shaddadi, wounding several soldiers. "
        "Commanders say the risk has only grown since.\n\n"
        "\"Nobody wants to be the last to leave, and nobody wants to stay forever,\" one official said.",
        date(2024, 9, 3),
        [],
    ),
    (
        "analysis-undated-rockets-on-field-is-context-russian",
        "Comment: what the Americans are guarding on the Euphrates\n\n"
        "The American presence east of the Euphrates has long been justified by the struggle against terrorism, "
        "but Russian experts see in it the protection of oil smuggling routes. "
        "The question returns every time Washington talks of a drawdown.\n\n"
        "According to the analyst Igor Petrov, rockets fired at the Conoco gas field showed that the local population "
        "does not accept the occupiers. Washington, he believes, will not leave soon.\n\n"
        "The Russian Foreign Ministry has repeatedly called the American deployment illegal.",
        date(2023, 5, 19),
        [],
    ),
    (
        "analysis-undated-raid-on-militia-depot-is-context-kurdish",
        "ANALYSIS | The tribes, the militias and the river\n\n"
        "Across the Euphrates from the SDF-held villages, the balance of power has been shifting for months, "
        "residents and local officials told our correspondent.\n\n"
        "An American air strike on a militia weapons depot in al-Mayadin killed several fighters, and the "
        "groups answered with threats against the bases in al-Omar field. Tribal elders say the young men of the "
        "villages are caught between the two.\n\n"
        "The Autonomous Administration says it wants dialogue with all the components of the region.",
        date(2022, 2, 14),
        [],
    ),
    (
        "feature-undated-ied-on-patrol-is-context-monitor",
        "Life on the eastern bank: fear of the roads\n\n"
        "For the farmers of the Deir ez-Zor countryside, the harvest season now comes with a new fear, according "
        "to interviews conducted by the monitor's researchers. "
        "Many have sold their land.\n\n"
        "A roadside bomb struck an SDF patrol near Hajin, and since then many families avoid the main road after dark. "
        "Prices of fuel and fertiliser have doubled.\n\n"
        "Aid groups say funding for the area has fallen by a third.",
        date(2021, 6, 30),
        [],
    ),
    (
        "opinion-undated-strike-on-convoy-is-context-iranian",
        "OPINION: The resistance will outlast the occupation\n\n"
        "Every empire believes its bases are permanent. History in this region has taught a different lesson, "
        "and the occupiers of eastern Syria will learn it too.\n\n"
        "When the Islamic Resistance targeted the occupation base at Kharab al-Jir with drones, the Americans "
        "rushed to deny any losses, as they always do. Their denials convince no one in the region.\n\n"
        "The withdrawal from Iraq will be followed by the withdrawal from Syria, sooner than Washington thinks.",
        date(2024, 3, 2),
        [],
    ),
    (
        "report-undated-shelling-is-context-state-media",
        "Deir ez-Zor farmers return to their fields despite the siege of the occupation\n\n"
        "Farmers in the villages of the eastern countryside of Deir ez-Zor have begun planting wheat this season "
        "with the support of the Ministry of Agriculture. The director of agriculture said that seeds were "
        "distributed to more than two thousand farmers.\n\n"
        "The director recalled that shelling by the SDF militia on the town of al-Mayadin damaged irrigation "
        "channels, and said repairs were nearly complete.\n\n"
        "The ministry plans to extend the programme to the Albu Kamal countryside next year.",
        date(2025, 11, 10),
        [],
    ),
    (
        "undated-report-told-in-its-lead-stays-news",
        "Drone targets militia vehicle near Albu Kamal\n\n"
        "An unidentified drone struck a vehicle carrying members of an Iran-backed militia on the road near Albu Kamal, "
        "killing three of them, local sources told our network.\n\n"
        "The militias cordoned off the area.",
        date(2023, 7, 21),
        [{"date": "2023-07-21", "site": "albu_kamal", "killed": 3}],
    ),
    # --- the residents' account of an act told with its doer ("the people of the town condemned the shelling")
    # is that act, not a second one with the residents as its doer ------------------------------------------
    (
        "residents-condemning-the-shelling-is-the-same-shelling-kurdish",
        "Gunmen attack SDF points in al-Kasrah, regime shells al-Busayrah\n\n"
        "DEIR EZ-ZOR - 14/03/2025\n\n"
        "On Thursday, gunmen affiliated with the Damascus government attacked SDF points in the village of al-Kasrah, "
        "while the artillery of the government forces shelled the town of al-Busayrah.\n\n"
        "The SDF repelled the attack and killed five of the attackers, the SDF Media Center said.\n\n"
        "At the same time, the artillery of the Damascus government forces, positioned in the town of al-Mayadin, "
        "shelled the residential neighbourhoods of al-Busayrah with mortar shells. Medical sources said that a child "
        "was killed and three civilians were wounded.\n\n"
        "The residents of al-Busayrah and the nearby villages condemned the shelling, calling it \"a crime against "
        "the people of the region\".\n\n"
        "The SDF said the attacks are part of a plan of the Damascus government to destabilize the region.",
        date(2025, 3, 14),
        [{"site": "al_kasrah"}, {"site": "al_busayrah", "perpetrator": "Syrian government"}],
    ),
    (
        "villagers-denouncing-the-bombardment-is-the-same-bombardment-monitor",
        "Cells attack checkpoint near Thiban as government artillery pounds al-Shuhail\n\n"
        "SOHR activists reported that on Monday, gunmen stormed a checkpoint of the SDF near Thiban in the eastern "
        "countryside of Deir Ezzor, while regime artillery shelled al-Shuhail.\n\n"
        "The SDF said its fighters repelled the attackers after an hour of clashes.\n\n"
        "Meanwhile, regime forces stationed on the western bank of the Euphrates shelled houses in al-Shuhail with "
        "heavy artillery, wounding four civilians, including two women.\n\n"
        "The villagers of al-Shuhail denounced the bombardment and demanded protection.\n\n"
        "SOHR said the escalation is part of a plan of the regime to stir unrest in the region.",
        date(2024, 11, 5),
        [{"site": "thiban"}, {"site": "al_shuhail", "perpetrator": "Syrian government"}],
    ),
    (
        "residents-protesting-the-strike-is-the-same-strike-state-media",
        "SDF militia attacks army posts and shells Khasham\n\n"
        "Deir Ezzor, SANA - On Saturday, groups of the SDF militia attacked positions of the Syrian Arab Army near "
        "al-Tabiya, while its mortars shelled the town of Khasham.\n\n"
        "Army units repelled the attack and inflicted losses on the attackers, a military source said.\n\n"
        "At the same time, the SDF militia, positioned on the eastern bank, shelled the houses of Khasham with mortar "
        "shells, killing a woman and wounding two children.\n\n"
        "The residents of Khasham condemned the shelling, calling on the international community to act.\n\n"
        "The source said the attacks are part of a plan of the American occupation to destabilize the region.",
        date(2021, 9, 12),
        [{"site": "al_tabiyah"}, {"site": "khasham", "perpetrator": "SDF"}],
    ),
    # --- a place described and then located by its bearing from a town ("the Hatla village east of Deir ez-Zor
    # city", "Mahkan, a village on the eastern bank some 10 km south-east of al-Mayadin") is where the strike the
    # lead put at that town hit: one incident ------------------------------------------------------------------
    (
        "a-village-described-by-its-bearing-from-the-town-is-the-strike-at-that-town-press-release",
        "U.S. forces conducted a precision strike near Hajin, Syria, on Tuesday against a facility used by ISIS. "
        "The strike destroyed a weapons cache at the al-Shafa village north of Hajin, the command said. "
        "No civilians were harmed.",
        date(2019, 2, 6),
        [{"site": "al_shafa"}],
    ),
    (
        "a-village-in-apposition-located-by-the-town-is-the-strike-at-that-town-wire",
        "An air strike hit a militia position near the town of al-Mayadin overnight, killing seven fighters, a war "
        "monitor said on Saturday.\n\n"
        "The strike targeted a depot in Mahkan, a village on the eastern bank of the river some 10 km south-east of "
        "al-Mayadin, shortly after midnight, the monitor said.",
        date(2023, 5, 13),
        [{"site": "mahkan"}],
    ),
    (
        "the-village-bearing-from-the-city-is-the-strike-at-the-city-kurdish",
        "Coalition helicopters struck a rocket launch site in Deir ez-Zor on Friday night, ANHA's correspondent "
        "reported. The helicopters fired at a truck near the Hatla village east of Deir ez-Zor city, destroying it.",
        date(2024, 8, 10),
        [{"site": "hatla"}],
    ),
    (
        "a-second-strike-at-a-village-located-by-the-town-stays-apart",
        "US aircraft struck militia positions in al-Mayadin on Monday, a monitor said. In a separate strike, drones "
        "hit another depot in Mahkan, a village south-east of al-Mayadin, killing two guards.",
        date(2023, 11, 14),
        [{"site": "al_mayadin"}, {"site": "mahkan"}],
    ),
    # --- an earlier day's event listed just after an ordinal count ("It was at least the fourth time this month
    # that...", "This was the third drone attack in less than a week") is an item of that count, not news ------
    (
        "an-earlier-day-after-an-ordinal-count-is-its-item-wire",
        "Coalition jets struck a militia convoy approaching the Conoco base on Friday, a US official said.\n\n"
        "The official said two trucks carrying rocket launchers were destroyed about 10 km from the base.\n\n"
        "It was at least the fourth time this month that US forces had used force around the Conoco gas field. "
        "On November 2, helicopters fired on a launch team near the perimeter. On Tuesday, aircraft struck "
        "a militia truck that had moved close to the base.\n\n"
        "Iran-backed groups did not comment.",
        date(2023, 11, 10),
        [{"site": "conoco_gas_field", "date": "2023-11-10"}],
    ),
    (
        "an-earlier-day-after-an-ordinal-count-is-its-item-kurdish",
        "Turkish drone strikes SDF vehicle near Tal Tamr\n\n"
        "A Turkish drone struck an SDF vehicle near Tal Tamr on Saturday, killing two fighters, the SDF said.\n\n"
        "This was the third Turkish drone attack in the Tal Tamr countryside in less than a week. On Monday, a "
        "drone hit a checkpoint on the edge of the town. On Wednesday, a drone struck a car near Tal Tamr, "
        "wounding its driver.",
        date(2022, 6, 19),
        [{"site": "tal_tamr", "date": "2022-06-18"}],
    ),
    (
        "an-earlier-day-after-an-ordinal-count-is-its-item-state-media",
        "Deir Ezzor, SANA - American occupation helicopters targeted a vehicle near al-Mayadin on Friday, "
        "killing two civilians, local sources said.\n\n"
        "The sources said the helicopters flew in from the al-Omar field.\n\n"
        "It is the second time within ten days that the occupation has attacked the city's outskirts. "
        "On September 3, its helicopters hit a farm near the town. On Tuesday, occupation drones struck a "
        "house on the edge of al-Mayadin.",
        date(2022, 9, 17),
        [{"site": "al_mayadin", "date": "2022-09-16"}],
    ),
    # --- where the fire came from is the attack told again, not a second incident at the launch site -----
    (
        "origin-launch-sites-near-a-town-are-where-the-rockets-came-from",
        # wire style: the attack on the base, then the launch sites near a town held by the militias
        "BEIRUT (AP) - Iran-backed militiamen fired several rockets at a base housing U.S. troops at the Conoco gas "
        "field in eastern Syria on Thursday, the coalition said. There were no casualties. "
        "The launch sites were near the town of al-Quriyah, an area held by government forces and their Iranian allies, "
        "a war monitor said.",
        date(2022, 8, 26),
        [dict(date="2022-08-25", site="conoco_gas_field", perpetrator="Iran-backed militias")],
    ),
    (
        "origin-identified-the-launch-area-in-a-town",
        # translated European agency style
        "Rome, 14 Mar - A base of the international coalition at the al-Omar oil field, in eastern Syria, was hit "
        "today by four rockets, without victims. The coalition said Iran-backed groups were responsible. "
        "According to the coalition, its forces identified the launch area of the rockets in the locality of "
        "Mahkan, in the territory controlled by Damascus and by Iran-backed militias.",
        date(2023, 3, 14),
        [dict(date="2023-03-14", site="al_omar_oil_field")],
    ),
    (
        "origin-fired-from-positions-near-a-town-a-day-later-told",
        # Kurdish agency style: the drone attack, then where the drone took off from
        "QAMISHLO, ANHA - Iranian-backed militias targeted the Coalition base in al-Omar oil field with a suicide "
        "drone on Saturday evening, causing material damage. Military sources said the drone was launched from "
        "positions of the militias near the town of al-Mayadin, west of the Euphrates.",
        date(2024, 1, 21),
        [dict(date="2024-01-20", site="al_omar_oil_field", perpetrator="Iran-backed militias")],
    ),
    (
        "origin-the-point-of-origin-of-the-drone",
        # US press release style
        "TAMPA, Fla. - On Oct. 9, Iran-backed militia groups attacked U.S. forces at Mission Support Site Green Village "
        "in northeast Syria with a one-way attack drone. No injuries or damage were reported. "
        "The point of origin of the drone was assessed to be in the area of Albu Kamal, which is held by "
        "Iran-aligned militia groups.",
        date(2024, 10, 10),
        [dict(date="2024-10-09", site="green_village", perpetrator="Iran-backed militias")],
    ),
    (
        "origin-the-rockets-came-from-near-a-village",
        # monitor style
        "SOHR: Pro-Iranian militias fired three rockets at the US base at the Conoco field in Deir ez-Zor countryside "
        "on Tuesday night. SOHR sources said the rockets were fired from the outskirts of Hatla village, "
        "which is under the control of regime forces and Iranian militias.",
        date(2023, 9, 6),
        [dict(date="2023-09-05", site="conoco_gas_field", perpetrator="Iran-backed militias")],
    ),
    (
        "origin-launch-sites-in-the-desert-near-a-town-held-by-damascus-and-tehran",
        # wire style, the origin told by a monitor chief, the holders named
        "BEIRUT (AP) - Rockets slammed into a base housing American troops at the Conoco gas field in eastern Syria "
        "on Friday, causing no injuries, the U.S.-led coalition said. Two U.S. officials said the rockets were "
        "almost certainly fired by Iran-backed militias. The launch sites were in the desert near the town of "
        "al-Quriyah, an area long controlled by Syrian government forces and allied groups loyal to Tehran, "
        "according to a war monitor.",
        date(2021, 9, 11),
        [dict(date="2021-09-10", site="conoco_gas_field")],
    ),
    (
        "origin-launch-zone-located-in-a-town-held-by-regime-and-militias",
        # Russian agency style
        "MOSCOW, 3 February. /TASS/. The base of the American military at the al-Omar oil field in the Syrian "
        "province of Deir ez-Zor came under rocket fire on Saturday, a source in the Syrian opposition said. "
        "According to him, the launch zone was located near the town of Mahkan, held by government troops "
        "and pro-Iranian formations.",
        date(2024, 2, 3),
        [dict(date="2024-02-03", site="al_omar_oil_field")],
    ),
    (
        "origin-drones-were-launched-from-areas-controlled-by-the-regime-and-iranian-militias",
        # Kurdish agency style, the launch told with the holders of the area
        "HASAKAH, North Press - Two drones struck the base of the international coalition at al-Shaddadi, south "
        "of Hasakah, on Wednesday night, without casualties. The SDF said the drones were launched from the vicinity "
        "of al-Busayrah, an area under the control of the Syrian government and Iranian militias.",
        date(2023, 11, 16),
        [dict(date="2023-11-15", site="shaddadi")],
    ),
    (
        "origin-launched-by-the-militias-struck-the-day-before-then-the-launch-sites",
        # wire style: the doer named as the militia hit the day before, the launch sites placed after
        "BAGHDAD (Reuters) - Rockets were fired at U.S. forces at the Green Village base in eastern Syria on "
        "Wednesday, a coalition spokesman said, adding there were no injuries. U.S. officials said the rockets were "
        "probably launched by the same Kataib Hezbollah fighters struck by American jets on Tuesday. The launch "
        "sites were west of the Euphrates near the town of al-Asharah, a region held by Syrian government forces.",
        date(2023, 4, 5),
        [dict(date="2023-04-05", site="green_village")],
    ),
    (
        "origin-identified-the-firing-positions-in-a-village-held-by-militias",
        # Italian/French agency translated style
        "Paris, 18 Jun - The Conoco base of the coalition in Deir ez-Zor was the target this morning of a rocket "
        "attack which caused minor damage. The coalition identified the firing positions of the rockets in the "
        "village of Hatla, on the southern bank of the Euphrates, in the area controlled by the forces of Damascus "
        "and by militias supported by Iran.",
        date(2024, 6, 18),
        [dict(date="2024-06-18", site="conoco_gas_field")],
    ),
    (
        "origin-fire-sent-back-at-the-launch-sites-is-its-own-incident",
        # the guard: an answer aimed at the launch sites is an act of its own, not the attack told again
        "Iran-backed militias fired rockets at the Green Village base in eastern Syria on Sunday, the coalition said. "
        "In response, U.S. forces fired artillery at the launch sites near the town of al-Mayadin, a spokesman said.",
        date(2022, 1, 10),
        [dict(date="2022-01-09", site="green_village", perpetrator="Iran-backed militias"),
         dict(date="2022-01-09", site="al_mayadin", perpetrator="US-led coalition")],
    ),
    # --- attacks spoken of as a class in a statement ("these attacks must stop") are the series, not news --
    (
        # statement style: the strike, a running tally, then the attacks named as a class in a quote
        "class-tally-then-these-attacks-in-a-quote",
        "TAMPA, Fla. - U.S. forces conducted strikes early this morning on a weapons depot in eastern Syria used by "
        "Iran-backed militia groups. The depot is located near al-Mayadin, Syria. "
        "Since January 2, U.S. forces have been attacked at least 11 times by militia groups with drones and rockets. "
        "\"These attacks against our troops are unacceptable and must stop,\" the Secretary said. "
        "\"If attacks by these proxies continue, we will take further measures,\" he added.",
        date(2024, 1, 25),
        [dict(date="2024-01-25", site="al_mayadin", perpetrator="US-led coalition")],
    ),
    (
        "class-tally-then-such-attacks-in-a-minister-quote",
        "WASHINGTON (AFP) - American jets struck a storage site used by the Revolutionary Guards near Albu Kamal, in "
        "eastern Syria, on Wednesday, the Pentagon said. "
        "US troops in Iraq and Syria have come under attack more than 40 times since mid-October. "
        "\"Such attacks on American forces will not go unanswered,\" the defense minister said.",
        date(2023, 11, 9),
        [dict(date="2023-11-08", site="albu_kamal", perpetrator="US-led coalition")],
    ),
    (
        "class-tally-then-further-attacks-on-coalition-forces",
        "The international coalition said its aircraft hit a militia headquarters in al-Quriyah, east of Deir ez-Zor, "
        "on Monday night. Coalition bases in the province have been targeted 9 times since the start of the month. "
        "\"Further attacks by the Iran-backed groups on our forces will be met with force,\" the statement said.",
        date(2024, 7, 16),
        [dict(date="2024-07-15", site="al_quriyah")],
    ),
    (
        "class-more-attacks-by-the-proxies-warned-against",
        "U.S. Central Command said its forces struck an ammunition depot of Iranian-backed militias near Albu Kamal on "
        "Tuesday. U.S. positions in eastern Syria have been hit six times in two weeks. "
        "\"More attacks by Iran's proxies on American troops will carry a heavy price,\" the command said.",
        date(2023, 11, 15),
        [dict(date="2023-11-14", site="albu_kamal")],
    ),
    (
        "class-any-attacks-on-coalition-personnel-in-a-warning",
        "DAMASCUS (dpa) - The US-led coalition struck positions of pro-Iranian militias in Albu Kamal on Thursday, "
        "a coalition statement said. \"Any attacks by the militias on coalition personnel will be answered,\" it said.",
        date(2022, 6, 10),
        [dict(date="2022-06-09", site="albu_kamal")],
    ),
    (
        "class-tally-at-the-province-then-future-attacks-in-a-statement",
        "Coalition jets struck a weapons store of the Iran-backed militias in al-Quriyah on Friday, the coalition said. "
        "US sites in Deir ez-Zor province have been attacked 7 times this month. \"Future attacks by these groups "
        "against coalition troops will be met with force,\" its statement added.",
        date(2024, 3, 9),
        [dict(date="2024-03-08", site="al_quriyah")],
    ),
    (
        "class-tally-then-continued-attacks-on-our-forces",
        "The U.S.-led coalition said it carried out an airstrike on a militia position in Hatla on Wednesday night. "
        "Coalition bases in the area have been shelled 5 times since June. \"Continued attacks by Iran-backed "
        "militias on our forces will not be tolerated,\" a spokesman said.",
        date(2024, 8, 15),
        [dict(date="2024-08-14", site="hatla")],
    ),
    # --- a live page's entry title with no day of its own announces the entry that dates the event ------
    (
        "title-live-entry-confirms-the-attack-told-yesterday-in-its-body",
        # live blog style: an entry's title with no day, over an entry dating the attack the day before
        "LIVE: Regional escalation, day 16\n\nLast updated: 23 October 2023, 18:10 GMT\n\n"
        "17:45 GMT – Pentagon confirms rocket attack on Conoco base\n"
        "A Pentagon spokesman gave more details on yesterday's attack on the Conoco gas field base in eastern Syria. "
        "He said three rockets struck the base on Sunday and caused minor damage.\n\n"
        "16:30 GMT – Oil prices climb\nBrent crude rose 2 percent in afternoon trading.",
        date(2023, 10, 23),
        [dict(date="2023-10-22", site="conoco_gas_field")],
    ),
    (
        "title-live-entry-says-drones-hit-base-over-the-day-before",
        # the same shape in another outlet's live page, a drone attack at al-Shaddadi told on Wednesday
        "Live: Middle East crisis\n\nLast updated: 9 November 2023, 12:00 GMT\n\n"
        "11:40 GMT – SDF confirms drone strike on al-Shaddadi base\n"
        "The Syrian Democratic Forces gave details of the drone attack on the base of the coalition at al-Shaddadi, "
        "south of Hasakah. Two drones targeted the base on Wednesday night, an SDF spokesman said, without casualties.\n\n"
        "10:15 GMT – Aid trucks enter Gaza\nTwenty trucks crossed the Rafah crossing this morning.",
        date(2023, 11, 9),
        [dict(date="2023-11-08", site="shaddadi")],
    ),
    (
        "title-live-entry-coalition-reports-rockets-at-green-village",
        # a third live page: the coalition's entry title, the body telling Monday's rockets
        "LIVE: Syria and Iraq, latest\n\nLast updated: 9 January 2024, 15:20 GMT\n\n"
        "14:50 GMT – Coalition confirms rockets hit Green Village\n"
        "A coalition spokesman gave details on yesterday's rocket attack on the Green Village base in Deir ez-Zor. "
        "He said four rockets landed inside the base on Monday evening and caused no injuries.\n\n"
        "13:05 GMT – Markets steady\nRegional markets held steady on Tuesday.",
        date(2024, 1, 9),
        [dict(date="2024-01-08", site="green_village")],
    ),
    (
        "title-a-second-base-told-under-its-own-title-stays-apart",
        # the guard: two bases, each with its own dated entry
        "LIVE updates\n\n14:00 GMT\nRockets hit Green Village base\n\n"
        "Rockets struck the Green Village base in Deir ez-Zor on Tuesday, the coalition said.\n\n"
        "12:00 GMT\nDrone downed near Conoco field\n\n"
        "US forces shot down a drone approaching the Conoco gas field base on Monday, an official said.",
        date(2024, 2, 14),
        [dict(date="2024-02-13", site="green_village"), dict(date="2024-02-12", site="conoco_gas_field")],
    ),
    (
        "a-monthly-report-released-today-is-not-an-incident-of-today",
        # a rights group's monthly report: "released today, documenting the killing of..." sums up the month;
        # its items are told with their own days
        "Rights group: 37 civilians killed in eastern Syria in March 2023\n\n"
        "The Syrian Observatory for Justice released its monthly report today, documenting the killing of 37 "
        "civilians in Deir ez-Zor governorate during March 2023, most of them by gunmen and landmines.\n\n"
        "On March 11, unidentified gunmen shot dead a teacher in the town of al-Busayrah.\n\n"
        "On March 26, a landmine exploded near the town of Hajin, killing two shepherds.\n",
        date(2023, 4, 2),
        [dict(date="2023-03-11", site="al_busayrah"), dict(date="2023-03-26", site="hajin")],
    ),
    (
        "a-weekly-bulletin-published-today-tells-its-week-by-days",
        # a local network's weekly bulletin, "published today": the week's tally is no incident of the day
        "Weekly security bulletin on the Euphrates countryside (Kurdish agency)\n\n"
        "The network published its weekly security bulletin today, recording the killing of 9 people "
        "in attacks across the eastern countryside of Deir ez-Zor over the past week.\n\n"
        "On Tuesday, gunmen on a motorbike killed an SDF fighter at a checkpoint in Thiban.\n\n"
        "On Thursday, a drone struck a car near al-Shuhail, wounding two men.\n",
        date(2021, 7, 17),  # a Saturday
        [dict(date="2021-07-13", site="thiban"), dict(date="2021-07-15", site="al_shuhail")],
    ),
    (
        "a-monthly-tally-of-state-media-dated-by-the-page",
        "DAMASCUS, Oct. 1 (SANA) - A monthly report issued today by a human rights body documented the killing of "
        "58 civilians by the US-backed militias in al-Hasakah and Deir Ezzor during September.\n\n"
        "On September 9, the militias opened fire on residents of the village of al-Sabha, killing a young man.\n",
        date(2020, 10, 1),
        [dict(date="2020-09-09", site="al_sabha")],
    ),
    (
        "a-monthly-report-with-no-day-of-its-tally",
        # a monitor's monthly roundup whose sum carries no day at all: the page's day is not the sum's
        "Deir ez-Zor Watch | Monthly report, June 2019\n\n"
        "Our team documented the killing of 24 people across Deir ez-Zor province during June 2019, 11 of them "
        "in assassinations by unidentified gunmen in the SDF-held countryside.\n\n"
        "On 4 June, gunmen shot dead a tribal elder in the town of Diban.\n\n"
        "On 21 June, an explosive device went off near the town of al-Kasrah, killing a shepherd.\n",
        date(2019, 7, 3),
        [dict(date="2019-06-04", site="thiban"), dict(date="2019-06-21", site="al_kasrah")],
    ),
    # --- date forms of real news: a dateline with no place, a two-digit year, a day "last year" ----------
    (
        "a-dateline-with-no-place-dates-the-weekday",
        # Iranian agency style: the date opens the story, the agency in brackets; no publication date given
        "Monday, Dec. 18, 2023 (IRNA) - Resistance fighters attacked the US base in the al-Omar oil field with "
        "rockets on Sunday afternoon local time, the group said in a statement.",
        None,
        [dict(date="2023-12-17", site="al_omar_oil_field")],
    ),
    (
        "a-state-agency-dateline-with-no-place-dates-yesterday",
        "18 December 2023 (SANA) – The US occupation forces bombed the outskirts of al-Mayadin yesterday, "
        "local sources said, adding that two civilians were wounded.",
        None,
        [dict(date="2023-12-17", site="al_mayadin")],
    ),
    (
        "a-two-digit-year-after-on",
        # local network style: "on 16/12/23"
        "Local sources told our network that on 16/12/23 the US occupation forces bombed positions of the "
        "militias near al-Mayadin, killing three fighters.",
        date(2023, 12, 20),
        [dict(date="2023-12-16", site="al_mayadin")],
    ),
    (
        "a-dotted-two-digit-year-after-on",
        "Kurdish agency - On 04.02.24 a drone struck a car carrying ISIS members in the town of Hajin, killing two, "
        "the SDF media centre said.",
        date(2024, 2, 10),
        [dict(date="2024-02-04", site="hajin")],
    ),
    (
        "a-day-and-month-this-year-is-that-day-not-the-year",
        # Kurdish agency style: "on 4 February this year"
        "Hawar news agency - A drone struck the al-Omar oil field on 4 February this year, killing six SDF "
        "commandos, the SDF said in a statement on Thursday.",
        date(2024, 2, 8),
        [dict(date="2024-02-04", site="al_omar_oil_field")],
    ),
    (
        "a-month-and-day-this-year-is-that-day-not-the-year",
        # Iranian agency style: "on January 7 this year"
        "Tasnim - Iraqi resistance fighters targeted the US base at the Conoco gas field on January 7 this year "
        "with drones, the group said.",
        date(2024, 1, 9),
        [dict(date="2024-01-07", site="conoco_gas_field")],
    ),
    (
        "a-feast-with-a-fixed-date-names-the-day",
        # wire style, published after the year turned: "on Christmas Day" is the 25th of the December before
        "BAGHDAD, Jan 2 (Reuters) - Militants fired rockets at the US base at the Conoco gas field on Christmas Day, "
        "causing no injuries, a US official said on Tuesday.",
        date(2024, 1, 2),
        [dict(date="2023-12-25", site="conoco_gas_field")],
    ),
    (
        "a-feast-eve-at-night-names-the-day",
        # Kurdish agency style: "on New Year's Eve", told two days later
        "ANHA - A drone struck a car near the town of Hajin on New Year's Eve, killing two ISIS members, the SDF "
        "media centre said.",
        date(2025, 1, 2),
        [dict(date="2024-12-31", site="hajin")],
    ),
    # --- spellings of other outlets: the place is known under another transliteration -------------------------
    (
        "a-doubled-consonant-in-a-short-town-name",
        # monitor style: "Hajjin" for Hajin
        "SOHR: Unidentified drones on Friday struck a house in the town of Hajjin east of Deir ez-Zor, killing three "
        "members of an Iran-backed militia.",
        date(2023, 8, 12),
        [dict(date="2023-08-11", site="hajin", killed=3)],
    ),
    (
        "dair-for-deir-in-an-airport-name",
        # Iraqi outlet style: "Dair al-Zor"
        "US warplanes struck a weapons depot near Dair al-Zor airport on Wednesday, killing four fighters of "
        "Kataib Hezbollah, security sources said.",
        date(2023, 11, 9),
        [dict(date="2023-11-08", site="deir_ez_zor_airport", killed=4)],
    ),
    (
        "bseira-for-al-busayrah",
        # local network style: "Bseira"
        "Deir Ezzor 24: An American drone struck a motorcycle in the town of Bseira on Tuesday evening, killing "
        "two members of ISIS cells.",
        date(2024, 2, 7),
        [dict(date="2024-02-06", site="al_busayrah", killed=2)],
    ),
    (
        "rmeylan-for-rumailan",
        # wire style quoting the Pentagon: "Rmeylan"
        "Iran-backed militants launched drones at the coalition base near Rmeylan in northeastern Syria on "
        "Thursday, wounding two US service members, the Pentagon said.",
        date(2023, 3, 24),
        [dict(date="2023-03-23", site="rumailan", wounded=2)],
    ),
    (
        "al-sweidan-for-suwaydan",
        # state media style: "al-Sweidan"
        "Al-Hasakah, SANA - US occupation helicopters landed on Sunday in the village of al-Sweidan in the "
        "eastern countryside of Deir Ezzor and kidnapped two young men.",
        date(2021, 6, 29),
        [dict(date="2021-06-27", site="suwaydan")],
    ),
    # --- how an attack is told: phrasings of the act the reader had not known ----------------------------------
    (
        "an-armed-drone-that-crashed-near-a-base-is-its-attack",
        # wire style: a kamikaze drone "crashed near" the base
        "BEIRUT (AP) - A kamikaze drone crashed near the U.S. base at al-Shaddadi on Monday without exploding, "
        "a coalition official said.",
        date(2023, 11, 8),
        [dict(date="2023-11-06", site="shaddadi", event_type="air/drone strike", target="US-led coalition")],
    ),
    (
        "explosive-laden-uavs-crashed-inside-a-field",
        # Iranian outlet style: two explosive-laden UAVs "crashed inside" the field
        "Tasnim - Two explosive-laden UAVs crashed inside the US occupation base in the Conoco field on Thursday "
        "night, causing material damage.",
        date(2024, 1, 13),
        [dict(date="2024-01-11", site="conoco_gas_field", event_type="air/drone strike")],
    ),
    (
        "rockets-rained-on-a-base",
        # Telegram style: rockets "rained on" the base
        "Urgent | Rockets rained on the American base at the Green Village on Friday evening.",
        date(2022, 8, 27),
        [dict(date="2022-08-26", site="green_village", event_type="shelling/artillery/missile attack",
              target="US-led coalition")],
    ),
    (
        "a-base-received-rockets-in-translated-copy",
        # machine translation of Arabic: the base "received" the rockets that hit it
        "Deir Ezzor 24: The occupation base in the Omar field received four rocket shells on Saturday night.",
        date(2023, 12, 11),
        [dict(date="2023-12-09", site="al_omar_oil_field", event_type="shelling/artillery/missile attack")],
    ),
    (
        "planes-that-raided-sites-made-an-air-raid",
        # monitor style: "unidentified planes raided"
        "SOHR - Unidentified planes raided positions of the Iranian militias in al-Hari near the border on "
        "Wednesday dawn.",
        date(2021, 3, 26),
        [dict(date="2021-03-24", site="al_hari", event_type="air/drone strike", target="Iran-backed militias")],
    ),
    (
        "a-drone-dropped-a-bomb",
        # Kurdish agency style: one bomb dropped by a drone
        "ANHA - A drone dropped a bomb on a checkpoint of the Deir ez-Zor Military Council near Thiban on Sunday, "
        "wounding two fighters.",
        date(2024, 5, 21),
        [dict(date="2024-05-19", site="thiban", event_type="air/drone strike", target="SDF")],
    ),
    (
        "helicopters-that-carried-out-a-landing",
        # monitor style: helicopters "carried out a landing" near a town
        "SOHR - Coalition helicopters carried out a landing in the vicinity of al-Busayrah at dawn on Sunday, "
        "detaining a man wanted for ties to ISIS.",
        date(2023, 6, 12),
        [dict(date="2023-06-11", site="al_busayrah", perpetrator="US-led coalition")],
    ),
    (
        "guns-at-a-base-are-where-the-shooters-sit",
        # state media style: the occupation's artillery "in" a field shelled a village
        "SANA - The US occupation's artillery in the Koniko field bombarded the village of Khasham in the eastern "
        "countryside of Deir Ezzor on Tuesday, causing material damage.",
        date(2022, 8, 25),
        [dict(date="2022-08-23", site="khasham", event_type="shelling/artillery/missile attack")],
    ),
    (
        "howitzers-at-a-base-shelled-a-town",
        # wire style: US howitzers at a base pounded a town
        "Reuters - U.S. howitzers at the Green Village base pounded the outskirts of al-Mayadin on Thursday after "
        "rockets were fired at the base, a U.S. official said.",
        date(2023, 10, 28),
        [dict(date="2023-10-26", site="al_mayadin", perpetrator="US-led coalition")],
    ),
    (
        "us-guns-shelled-farmland",
        # local network style: US guns are the US side's
        "Eye of Euphrates: US guns shelled farmland near the town of Hatla on Saturday afternoon.",
        date(2024, 3, 4),
        [dict(date="2024-03-02", site="hatla", perpetrator="US-led coalition")],
    ),
    (
        "residents-who-describe-blasts-are-not-the-doers",
        # wire style: residents describe the blasts; they did not set them off
        "AFP - Residents describe loud blasts near the militia depots of al-Mayadin on Tuesday night, after "
        "drones were seen circling overhead.",
        date(2024, 2, 14),
        [dict(date="2024-02-13", site="al_mayadin", perpetrator="unknown")],
    ),
    (
        "residents-who-heard-blasts-near-a-town",
        # Kurdish agency style: residents said they heard blasts near a town
        "North Press - Local residents said they heard at least five blasts near Thiban on Friday evening.",
        date(2022, 9, 17),
        [dict(date="2022-09-16", site="thiban")],
    ),
    (
        "sirens-sounded-after-the-base-was-targeted",
        # monitor style: sirens inside the base, then the attack on it ("after it was targeted")
        "SOHR - Sirens sounded inside the US base at Rumailan on Wednesday after it was targeted by rockets.",
        date(2024, 1, 26),
        [dict(date="2024-01-24", site="rumailan", event_type="shelling/artillery/missile attack",
              target="US-led coalition")],
    ),
    (
        "alarm-sirens-that-went-off-are-no-bomb",
        # Iranian outlet style: alarm sirens "went off", then the base came under rocket fire
        "PressTV - Alarm sirens went off at the US base at Kharab al-Jir on Sunday after it came under rocket fire.",
        date(2023, 11, 6),
        [dict(date="2023-11-05", site="kharab_al_jir", event_type="shelling/artillery/missile attack")],
    ),
    (
        "smoke-rose-from-the-base-after-it-was-hit",
        # Russian outlet style: smoke rose from the base, which is where it was hit, not where fire came from
        "TASS - Thick smoke rose from the American base at the al-Omar oil field on Monday after it was hit by two "
        "drones, a source said.",
        date(2024, 2, 6),
        [dict(date="2024-02-05", site="al_omar_oil_field", event_type="air/drone strike")],
    ),
    (
        "sound-of-explosions-after-the-base-was-targeted",
        # Telegram headline style: the sound of explosions, then "after it was targeted"
        "Urgent: Sound of violent explosions in the Tal Baydar base after it was targeted by suicide drones on "
        "Sunday.",
        date(2023, 12, 18),
        [dict(date="2023-12-17", site="tal_baydar", target="US-led coalition")],
    ),
    (
        "a-bus-heading-back-from-a-town-hit-near-another",
        # Russian outlet style: where the ride began and where it went, then where it was hit
        "RIA Novosti - Terrorists attacked a bus heading back to Deir ez-Zor from Albu Kamal near al-Mayadin on "
        "Saturday, killing four soldiers.",
        date(2021, 2, 15),
        [dict(date="2021-02-13", site="al_mayadin")],
    ),
    (
        "a-patrol-returning-from-a-town-hit-near-a-village",
        # Kurdish agency style, active voice: a patrol returning to one town from another, hit by a third
        "ANHA - A roadside bomb on Thursday struck a patrol of the Military Council returning to al-Busayrah from "
        "Thiban near the village of al-Shuhail, wounding three fighters.",
        date(2022, 10, 8),
        [dict(date="2022-10-06", site="al_shuhail")],
    ),
    (
        "a-truck-travelling-from-a-town-to-another-hit-outside-a-third",
        # monitor style: "travelling from X to Y", then the place it was hit
        "SOHR - Gunmen ambushed a truck travelling from Hajin to Deir ez-Zor outside al-Quriyah on Monday, "
        "killing its driver.",
        date(2020, 6, 9),
        [dict(date="2020-06-08", site="al_quriyah")],
    ),
    (
        "a-side-held-villages-are-no-place-name",
        # wire style: "SDF-held villages near" a town; who holds the villages names no place
        "BEIRUT (AFP) - Syrian government forces shelled SDF-held villages near Thiban on Friday, residents said.",
        date(2023, 9, 2),
        [dict(date="2023-09-01", site="thiban", perpetrator="Syrian government")],
    ),
    (
        "militia-controlled-farms-are-no-place-name",
        # Kurdish agency style: "Militia-controlled" capitalised at a clause's start is still no name
        "ANHA - On Sunday, the Military Council's artillery hit Militia-controlled farms near al-Quriyah.",
        date(2023, 9, 5),
        [dict(date="2023-09-03", site="al_quriyah")],
    ),
    (
        "troops-stationed-at-a-base-that-the-act-hit",
        # wire style: rockets fired "at US troops stationed at" a base, the country named after it
        "AFP - A volley of rockets was fired at US troops stationed at Rumailan in northeastern Syria on Monday, "
        "a coalition official said.",
        date(2024, 1, 30),
        [dict(date="2024-01-29", site="rumailan", target="US-led coalition")],
    ),
    (
        "forces-deployed-in-a-field-that-drones-targeted",
        # Iranian outlet style: drones "targeted" the forces "deployed in" the field
        "Fars - Drones targeted American forces deployed in the Conoco field in eastern Syria on Thursday.",
        date(2023, 11, 25),
        [dict(date="2023-11-23", site="conoco_gas_field")],
    ),
    # --- several incidents, each at its own place and day --------------------------------------------------
    (
        "the-following-day-then-how-is-the-answer-not-its-cause",
        # wire style: "struck the following day, bombing ...": a day, not "following" an earlier event
        "Rockets hit the Green Village on Sunday. US jets struck the following day, bombing a depot in al-Mayadin.",
        date(2023, 11, 21),
        [dict(date="2023-11-19", site="green_village"), dict(date="2023-11-20", site="al_mayadin")],
    ),
    (
        "hit-back-the-following-day-striking-a-town",
        # newspaper style: the answer told with "hit back" and a participle that names its place
        "Militias launched rockets at the Conoco field on Sunday. US aircraft hit back the following day, striking "
        "a militia depot in Albu Kamal.",
        date(2023, 11, 22),
        [dict(date="2023-11-19", site="conoco_gas_field"), dict(date="2023-11-20", site="albu_kamal")],
    ),
    (
        "struck-back-the-following-night-killing-near-a-village",
        # Kurdish agency style: the SDF's answer the next night at another village
        "ANHA - ISIS mercenaries attacked an SDF checkpoint in Thiban on Friday. SDF fighters struck back the "
        "following night, killing three of them near al-Shuhail.",
        date(2022, 3, 14),
        [dict(date="2022-03-11", site="thiban"), dict(date="2022-03-12", site="al_shuhail", killed=3)],
    ),
    (
        "the-place-of-the-day-before-is-not-lent-to-an-unplaced-strike",
        # wire style: the only place named is that of Monday's bomb, not of Tuesday's strike
        "AL-MAYADIN, Syria (AP) - Unidentified aircraft struck a weapons depot on Tuesday, residents said. On "
        "Monday, a roadside bomb hit an SDF patrol near Thiban.",
        date(2024, 4, 10),
        [dict(date="2024-04-08", site="thiban")],
    ),
    (
        "the-place-of-an-earlier-day-is-not-lent-to-the-lead",
        # monitor style: a lead with no place, then an item two days earlier at a base
        "A drone struck a militia truck on Tuesday, killing two, SOHR said. On Sunday, rockets landed near the "
        "Conoco base.",
        date(2024, 4, 12),
        [dict(date="2024-04-07", site="conoco_gas_field")],
    ),
    (
        "a-killing-with-no-place-is-not-at-the-town-of-another-day",
        # local network style
        "Unknown gunmen killed a teacher on Friday. On Wednesday, an IED exploded near a patrol in al-Busayrah.",
        date(2024, 4, 12),
        [dict(date="2024-04-10", site="al_busayrah")],
    ),
    (
        "shelling-with-no-place-is-not-at-the-town-of-another-day",
        # Russian outlet style
        "Militants shelled a Syrian army post on Monday, wounding two soldiers, the Russian Reconciliation Centre "
        "said. On Saturday, terrorists attacked a checkpoint near al-Mayadin, killing a soldier.",
        date(2021, 2, 9),
        [dict(date="2021-02-06", site="al_mayadin", killed=1)],
    ),
    (
        "the-same-day-as-news-outside-the-area",
        # wire style: the day of a strike in Jordan dates the rockets of ours told next
        "A drone killed three US soldiers at Tower 22 in Jordan on Sunday. On the same day, rockets were "
        "launched at the al-Omar base in Syria.",
        date(2024, 1, 29),
        [dict(date="2024-01-28", site="al_omar_oil_field")],
    ),
    (
        "hours-after-a-killing-in-baghdad",
        # Iranian outlet style: hours after an assassination in Iraq
        "TEHRAN (IRNA) - An American drone assassinated a resistance commander in Baghdad on Wednesday. Hours"
        " later, rockets struck the US occupation base at the Conoco field.",
        date(2024, 2, 9),
        [dict(date="2024-02-07", site="conoco_gas_field")],
    ),
    (
        "the-same-day-as-turkish-drones-at-kobani",
        # Kurdish agency style: a Turkish strike in the north, then a cell's attack of ours
        "Turkish drones struck a car near Kobani on Thursday. The same day, ISIS cells attacked an SDF "
        "checkpoint in al-Busayrah, killing one fighter.",
        date(2024, 3, 2),
        [dict(date="2024-02-29", site="al_busayrah", killed=1)],
    ),
    (
        "hours-after-israeli-jets-hit-damascus",
        # monitor style: hours after strikes on the capital
        "Israeli jets struck the Damascus airport on Tuesday. Hours later, unidentified aircraft bombed "
        "militia positions near Albu Kamal, the Observatory said.",
        date(2023, 10, 12),
        [dict(date="2023-10-10", site="albu_kamal")],
    ),
    (
        "that-same-day-as-rockets-on-an-iraqi-base",
        # newspaper style: a base in Iraq first, then one of ours
        "Militants fired rockets at Ain al-Asad air base in Iraq on Monday, wounding US personnel. That same "
        "day, a drone was shot down near the Green Village in Syria.",
        date(2024, 8, 7),
        [dict(date="2024-08-05", site="green_village")],
    ),
    (
        "a-colon-list-of-weapons-at-bases-is-one-incident-a-base",
        # wire style: after a colon, what struck at each base, with no verb of its own
        "US forces came under attack at three sites on Thursday: drones at al-Tanf, rockets at the Conoco base "
        "and a drone at the al-Omar base.",
        date(2023, 10, 20),
        [dict(date="2023-10-19", site="al_tanf"), dict(date="2023-10-19", site="conoco_gas_field"),
         dict(date="2023-10-19", site="al_omar_oil_field")],
    ),
    (
        "struck-twice-a-drone-on-one-base-and-rockets-against-another",
        # newspaper style
        "Militias struck twice on Sunday: a drone on the Conoco field and rockets against the Green Village.",
        date(2023, 10, 23),
        [dict(date="2023-10-22", site="conoco_gas_field"), dict(date="2023-10-22", site="green_village")],
    ),
    (
        "a-claim-of-two-bases-listed-after-a-colon",
        # Iraqi factions' claim as relayed by an agency
        "The Islamic Resistance in Iraq said it struck two occupation bases on Saturday: drones at the Kharab "
        "al-Jir base and rockets at the Shaddadi base.",
        date(2023, 12, 25),
        [dict(date="2023-12-23", site="kharab_al_jir"), dict(date="2023-12-23", site="shaddadi")],
    ),
    (
        "twice-on-a-day-each-base-at-its-hour",
        # newspaper style: one day, then each base with the hour it was hit
        "Militias attacked US forces twice on Sunday: a drone at the Conoco base in the morning and rockets at the "
        "Green Village in the evening.",
        date(2023, 11, 6),
        [dict(date="2023-11-05", site="conoco_gas_field"), dict(date="2023-11-05", site="green_village")],
    ),
    (
        "two-villages-at-dawn-and-in-the-evening-of-a-named-day",
        # Syrian state media style
        "SANA - US occupation helicopters struck twice on Friday, hitting a house in Hatla at dawn and a car near "
        "Khasham in the evening.",
        date(2024, 3, 18),
        [dict(date="2024-03-15", site="hatla"), dict(date="2024-03-15", site="khasham")],
    ),
    (
        "two-towns-in-the-morning-and-at-night-of-a-named-day",
        # local network style
        "Deir Ezzor 24: Unidentified drones on Thursday bombed a depot near al-Mayadin in the morning and a truck "
        "near Albu Kamal at night.",
        date(2024, 3, 18),
        [dict(date="2024-03-14", site="al_mayadin"), dict(date="2024-03-14", site="albu_kamal")],
    ),
    (
        "denied-reports-that-positions-had-been-shelled",
        # Kurdish agency style: the denial names the place in the passive, the reports' source between
        "The SDF denied reports circulated by pro-government media that its positions near Thiban had been "
        "shelled overnight. \"These claims are baseless; the situation is calm,\" said the spokesman.",
        date(2024, 11, 27),
        [],
    ),
    (
        "denied-that-forces-had-come-under-attack",
        # wire style: a denial of an attack, the blasts explained by a fire
        "The Pentagon on Monday denied that US forces had come under attack at the Rumailan landing zone, "
        "saying that the explosions reported by Iranian media were caused by a fire at a nearby fuel depot.",
        date(2023, 12, 4),
        [],
    ),
    (
        "denied-rumours-that-army-positions-came-under-attack",
        # Syrian state media style: a military source denies rumours spread by websites
        "SANA: A military source denied on Sunday rumours spread by opposition websites that army positions "
        "near al-Mayadin had come under attack overnight, describing them as fabrications.",
        date(2024, 12, 9),
        [],
    ),
    (
        "rejected-claims-that-the-base-was-shelled",
        "The coalition spokesman rejected claims made on social media that the Green Village base was shelled "
        "on Thursday. \"Nothing of the sort happened,\" he wrote on Twitter.",
        date(2021, 9, 3),
        [],
    ),
    (
        "denied-that-the-base-had-been-hit-by-rockets",
        "The SDF media office denied that the Tal Baydar base had been hit by rockets on Sunday night, calling "
        "the reports by pro-Turkish outlets propaganda.",
        date(2022, 4, 11),
        [],
    ),
    (
        "denied-that-its-headquarters-had-been-targeted-by-a-drone",
        "Kurdish security forces denied reports that their headquarters in al-Hasakah had been targeted by a "
        "Turkish drone on Monday, saying the sound residents heard was a transformer failure.",
        date(2023, 2, 14),
        [],
    ),
    (
        "if-the-militias-were-to-hit-the-base",
        # a condition, in an official's warning: nothing happened
        "If the militias were to hit the Conoco base with a larger drone, the consequences could be "
        "catastrophic, a US official said.",
        date(2024, 2, 15),
        [],
    ),
    (
        "were-the-militias-to-strike",
        # inverted condition at a sentence's start
        "Were the militias to strike al-Tanf with ballistic missiles, the Pentagon would face enormous pressure "
        "to hit Iran directly, a former official told Al-Monitor.",
        date(2024, 1, 30),
        [],
    ),
    (
        "should-the-groups-attack-again",
        "Should Iranian-backed groups attack the Rumailan base again, the response will be swift, the White "
        "House said on Thursday.",
        date(2023, 11, 2),
        [],
    ),
    (
        "if-cells-were-to-raid-the-camp",
        "If ISIS cells were to raid the al-Hol camp, thousands of detainees could escape, Kurdish officials "
        "cautioned in a briefing in Qamishli on Monday.",
        date(2020, 6, 15),
        [],
    ),
    (
        "rehearsed-the-storming-of-a-building",
        # a drill told by its verb
        "Coalition special forces rehearsed the storming of a building near the Conoco base on Tuesday, in a "
        "drill watched by SDF commanders, ANHA reported.",
        date(2023, 5, 9),
        [],
    ),
    (
        "launched-an-assault-on-a-mock-position",
        # Russian/Syrian ministry style: the exercise's assault on a mock target
        "Syrian army units conducted an exercise near Deir ez-Zor airport on Tuesday, launching an assault on a "
        "mock fortified position with tanks and artillery, the defence ministry said. Russian military police "
        "rehearsed an assault on a mock enemy position nearby.",
        date(2024, 10, 15),
        [],
    ),
    (
        "tactics-and-skills-taught-are-no-deed",
        "SDF recruits in Hasakah learned raid techniques and urban combat skills during a six-week course "
        "organised by the coalition, the Rojava Information Center said on Wednesday. In Hajin, graduates "
        "demonstrated storming tactics in front of coalition officers.",
        date(2019, 11, 20),
        [],
    ),
    (
        "sanctioned-the-militias-behind-drone-attacks",
        # a designation: the attacks say who the militias are, with no day of their own
        "The US Treasury on Tuesday sanctioned three individuals it said financed the militias behind drone "
        "attacks on American troops at al-Tanf and in Deir ez-Zor. Washington also imposed sanctions on two "
        "Iraqi commanders responsible for rocket attacks on US forces at the al-Omar oil field.",
        date(2024, 6, 18),
        [],
    ),
    (
        "a-smuggling-network-supplying-the-militias-behind-attacks",
        "The European Union added to its sanctions list a smuggling network that supplied drones to the "
        "militias behind attacks on coalition bases in Hasakah, including Qasrak.",
        date(2024, 11, 5),
        [],
    ),
    (
        "the-group-behind-attacks-fired-drones-today",
        # the description of the group is no incident, but its deed of the day is
        "Kataib Hezbollah, the group behind drone attacks on US forces in Iraq, fired two drones at the al-Tanf "
        "garrison early Monday, officials said.",
        date(2024, 2, 5),
        [dict(date="2024-02-05", site="al_tanf")],
    ),
    (
        "bracing-for-more-attacks-on-its-bases",
        # wire style: readiness for attacks to come, the day being the day of another country's event
        "The Pentagon said on Tuesday it was bracing for more attacks on its bases in Syria, including Rumailan "
        "and Shaddadi, after the killing of an Iranian general in Damascus on Monday.",
        date(2023, 12, 26),
        [],
    ),
    (
        "troops-bracing-for-retaliation",
        "US troops at the Conoco and al-Omar bases are bracing for retaliation after the assassination of a "
        "Hamas leader in Tehran on Wednesday, two officials told Reuters.",
        date(2024, 8, 1),
        [],
    ),
    (
        "braced-itself-for-attacks",
        # Kurdish agency style, reflexive
        "The SDF said it had braced itself for attacks on its positions in Hasakah and near al-Hol after the US "
        "strike that killed Qassem Soleimani in Baghdad on Friday.",
        date(2020, 1, 4),
        [],
    ),
    (
        "a-year-saw-a-tally-of-attacks",
        # a monitor's yearly tally: the year is the subject, no incident of a day
        "SOHR: 2024 saw 127 ISIS attacks in areas held by the SDF in Deir ez-Zor, which killed 93 SDF fighters "
        "and 21 civilians.",
        date(2025, 1, 2),
        [],
    ),
    (
        "a-quarter-witnessed-attacks-said-in-a-report-on-a-day",
        # the day is the report's, not an attack's
        "The first quarter of 2025 witnessed 46 attacks by ISIS cells in Deir ez-Zor province, killing 30 "
        "people, including 19 members of the SDF, the monitor said in a report on Thursday.",
        date(2025, 4, 3),
        [],
    ),
    (
        "the-night-of-a-date-saw-strikes",
        # a day's date before "saw" is the news's day, not a tally's period
        "The night of 2 February 2024 saw US strikes on militia depots in al-Mayadin, killing 23 fighters.",
        date(2024, 2, 4),
        [dict(date="2024-02-02", site="al_mayadin")],
    ),
    (
        "preparing-an-offensive-is-no-offensive",
        # Kurdish agency style: an operation announced as coming
        "The SDF is preparing an offensive against ISIS remnants in the desert south of al-Shaddadi, a "
        "commander told Hawar on Wednesday, without giving a date.",
        date(2023, 7, 19),
        [],
    ),
    (
        "weighing-a-new-ground-operation",
        "Turkey is weighing a new ground operation against Kurdish fighters around Tal Tamr, a Turkish "
        "official said on Monday.",
        date(2023, 7, 19),
        [],
    ),
    (
        "planning-a-large-scale-assault",
        # Russian outlet style
        "Damascus is planning a large-scale assault on SDF positions east of the Euphrates near Deir ez-Zor, "
        "Russian media reported on Friday.",
        date(2023, 7, 19),
        [],
    ),
    (
        "a-cell-preparing-an-attack-struck-by-a-drone",
        # the strike on a cell that prepared an attack is an event
        "A US drone struck an ISIS cell that was preparing an attack near al-Shaddadi on Sunday, killing two "
        "militants, CENTCOM said.",
        date(2023, 7, 19),
        [dict(date="2023-07-16", site="shaddadi")],
    ),
    (
        "gapped-verb-second-base-with-its-weapon",
        # Iraqi factions' claim as relayed by a wire: the verb said once for both bases
        "The Islamic Resistance in Iraq said it targeted the Conoco base with drones, and the al-Omar base with "
        "rockets on Wednesday.",
        date(2024, 1, 18),
        [dict(date="2024-01-17", site="conoco_gas_field"), dict(date="2024-01-17", site="al_omar_oil_field")],
    ),
    (
        "gapped-verb-first-base-unknown-outside-the-area",
        # Telegram claim: a base in Iraqi Kurdistan first, then one of ours
        "The Islamic Resistance in Iraq said on Telegram it attacked the Harir base with a drone, and the Shaddadi "
        "base with rockets on Thursday.",
        date(2024, 1, 20),
        [dict(date="2024-01-18", site="shaddadi")],
    ),
    (
        "gapped-verb-first-target-in-erbil",
        # Iranian agency style
        "Tasnim reported that the Islamic Resistance in Iraq hit Erbil airport with drones, and the Conoco field "
        "with rockets on Sunday.",
        date(2024, 1, 23),
        [dict(date="2024-01-21", site="conoco_gas_field")],
    ),
    (
        "gapped-verb-bare-town-name-after-ain-al-asad",
        "The Islamic Resistance in Iraq said it targeted Ain al-Asad base with drones, and al-Tanf with rockets "
        "on Friday.",
        date(2024, 1, 14),
        [dict(date="2024-01-12", site="al_tanf")],
    ),
    (
        "gapped-verb-each-base-its-own-day",
        # wire style: two days, one verb
        "The Islamic Resistance in Iraq said it struck the al-Tanf base with a drone on Friday, and the al-Omar "
        "field with rockets on Saturday.",
        date(2024, 1, 29),
        [dict(date="2024-01-26", site="al_tanf"), dict(date="2024-01-27", site="al_omar_oil_field")],
    ),
    (
        "gapped-verb-the-base-at-a-town",
        "A spokesman for the Islamic Resistance in Iraq said its fighters targeted the Conoco base with drones on "
        "Saturday, and the base at al-Shaddadi with rockets on Sunday.",
        date(2024, 1, 30),
        [dict(date="2024-01-27", site="conoco_gas_field"), dict(date="2024-01-28", site="shaddadi")],
    ),
    (
        "gapped-verb-at-each-base",
        # Iranian agency style: "at" repeated for the second base
        "Fars reported that the resistance targeted the Americans at the al-Omar field with rockets, and at the "
        "Conoco field with drones on Tuesday.",
        date(2024, 1, 10),
        [dict(date="2024-01-09", site="al_omar_oil_field"), dict(date="2024-01-09", site="conoco_gas_field")],
    ),
    (
        "gapped-verb-two-hasakah-bases",
        "The Islamic Resistance in Iraq said its fighters targeted the Kharab al-Jir base with rockets, and the Tal "
        "Baydar base with drones on Friday.",
        date(2024, 1, 21),
        [dict(date="2024-01-19", site="kharab_al_jir"), dict(date="2024-01-19", site="tal_baydar")],
    ),
    (
        "colon-list-last-item-after-comma-and",
        # newspaper style: the list after a colon ends with ", and"
        "The bases came under attack on Saturday: drones at the al-Omar field, and rockets on the Conoco field.",
        date(2024, 2, 12),
        [dict(date="2024-02-10", site="al_omar_oil_field"), dict(date="2024-02-10", site="conoco_gas_field")],
    ),
    (
        "tower-22-and-al-tanf-two-places-hit",
        # claim naming the Jordanian outpost and a base of ours
        "The Islamic Resistance claimed attacks on Tower 22 and on the al-Tanf garrison on Sunday.",
        date(2024, 1, 29),
        [dict(date="2024-01-28", site="al_tanf")],
    ),
    (
        "al-tanf-and-tower-22-two-places-hit",
        "The Islamic Resistance in Iraq claimed drone attacks on al-Tanf and Tower 22 on Monday.",
        date(2024, 2, 1),
        [dict(date="2024-01-29", site="al_tanf")],
    ),
    (
        "gapped-verb-tower-22-then-al-tanf",
        "The group said it targeted Tower 22 with drones, and the al-Tanf base with rockets on Sunday.",
        date(2024, 1, 30),
        [dict(date="2024-01-28", site="al_tanf")],
    ),
    (
        "one-base-and-its-surroundings-one-incident",
        "Rockets hit the Conoco field and its surroundings on Sunday, the Syrian Observatory said.",
        date(2024, 1, 9),
        [dict(date="2024-01-07", site="conoco_gas_field")],
    ),
    (
        "two-noun-phrase-acts-the-day-told-after-the-second",
        # local monitor style: two acts, one verb, the day at the end
        "Gunmen staged an ambush near Thiban, and an attack on a checkpoint in al-Busayrah on Tuesday.",
        date(2024, 3, 6),
        [dict(date="2024-03-05", site="thiban"), dict(date="2024-03-05", site="al_busayrah")],
    ),
    (
        "blast-and-attack-listed-the-day-after-both",
        # local network style
        "Deir Ezzor 24 reported an IED blast near Hajin, and an attack on an SDF post in Gharanij on Saturday.",
        date(2024, 3, 6),
        [dict(date="2024-03-02", site="hajin"), dict(date="2024-03-02", site="gharanij")],
    ),
    (
        "raid-and-strike-listed-the-day-after-both",
        # Syrian state media style
        "SANA said the occupation carried out a helicopter raid on a house in Hatla, and a drone strike on a car "
        "near al-Mayadin on Thursday.",
        date(2024, 4, 13),
        [dict(date="2024-04-11", site="hatla"), dict(date="2024-04-11", site="al_mayadin")],
    ),
    (
        "habitual-attacks-then-a-dated-strike-stays-one",
        # wire style: a habit, then the day's news with its own day told first
        "Militias have long attacked the al-Omar field, and on Tuesday rockets hit the Conoco base.",
        date(2024, 3, 6),
        [dict(date="2024-03-05", site="conoco_gas_field")],
    ),
]


@pytest.mark.parametrize("name,text,published,expected", CASES, ids=[c[0] for c in CASES])
def test_main_incidents(name: str, text: str, published: date | None, expected: list[dict]) -> None:
    res = extract(text, published=published)
    assert res.status == "ok", res.reason
    mains = [m for m in res.incidents if m.role == "main"]
    assert len(mains) == len(expected), [m.to_json() for m in mains]
    for mention, exp in zip(mains, expected, strict=True):
        got = mention.to_json()
        got["site"] = mention.site.id if mention.site else None
        for key, value in exp.items():
            assert got[key] == value, (key, got)


def test_every_field_has_evidence_inside_text() -> None:
    text = CASES[0][1]
    res = extract(text, published=CASES[0][2])
    for m in res.incidents:
        assert m.evidence
        for span in m.evidence:
            assert text[span.start : span.end] == span.text
        for c in m.claims:
            assert text[c.start : c.end] == c.quote
        if m.date.span:
            assert text[m.date.span.start : m.date.span.end] == m.date.span.text
        if m.place_span:
            assert text[m.place_span.start : m.place_span.end] == m.place_span.text


def test_the_city_a_speaker_sits_in_is_no_incident() -> None:
    """'An official at the police command in Deir Ezzor told SANA that the mine ... was detonated':
    Deir Ezzor is where the official works, not a second place of the blast (in any role)."""
    _, text, published, _ = next(c for c in CASES if c[0] == "state-media-speaker-sits-in-the-city")
    res = extract(text, published=published)
    assert [m.site.id if m.site else None for m in res.incidents] == ["al_shuhail"]


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [
        # a hunt for the attackers is no incident of its own
        ("Security forces cordoned off the area and launched a search campaign in the town of Hajin.", None),
        # a security sweep is no attack
        ("The SDF launched a campaign of raids and arrests in the town of Thiban on Wednesday morning.", None),
        # a trend is context, not news
        ("Sleeper cells of ISIS have increased their attacks in the town of Hajin.", "background"),
        # a run of raids over years is context
        ("For three years, the border zone of Albu Kamal and al-Qaim has been the object of regular air strikes "
         "attributed to Israel.", "background"),
        # a sweep of arrests is no attack
        ("The monitor documented a series of raid and arrest campaigns carried out by the SDF in the villages of "
         "the eastern countryside of Deir ez-Zor.", None),
        # a reference back to strikes already reported
        ("Referring to last week's US airstrikes near Albu Kamal, the spokesman said they violated Syria's "
         "sovereignty.", "background"),
        # where a campaign fell is context
        ("In Syria, the attacks have been concentrated on the Conoco gas plant and the al-Omar oilfield in Deir "
         "ez-Zor province.", "background"),
        # a patrol seen, and nothing struck
        ("Coalition helicopters flew low over Diban and al-Busayrah at dawn; no raids were reported.", None),
    ],
)
def test_what_follows_an_incident_is_not_another(sentence: str, reading: str | None) -> None:
    from extraction.events import read_clause
    from extraction.records import Span

    cand = read_clause(sentence, Span(0, len(sentence), sentence), "main", 0, [])
    if reading is None:
        assert cand is None
    else:
        assert cand is not None and cand.background is not None


def test_a_launch_team_is_a_target_on_the_ground_not_a_weapon_in_the_air() -> None:
    """'engaged the rocket launch team': the rockets are the team's, not what was fired here, and
    the helicopters attacked; they did not intercept anything."""
    from extraction.events import read_clause
    from extraction.records import Span

    sentence = "U.S. attack helicopters engaged a rocket launch team near the village of Hatla."
    cand = read_clause(sentence, Span(0, len(sentence), sentence), "main", 0, [])
    assert cand is not None
    assert "rockets" not in [w for w, _ in cand.weapons]
    assert cand.perpetrator == US


def test_what_a_struck_facility_served_for_is_no_place_or_event() -> None:
    """'depots used by Iran-backed groups to launch drone attacks on American personnel in Iraq': the
    purpose of the target, not a second event, and Iraq is not where the strike fell."""
    from extraction.events import read_clause
    from extraction.records import Span

    sentence = ("On Sunday night, US jets carried out airstrikes on militia positions on both sides of the Iraqi-Syrian "
                "border, against depots the Pentagon said were used by Iran-backed groups to launch drone attacks on "
                "American personnel in Iraq.")
    cand = read_clause(sentence, Span(0, len(sentence), sentence), "main", 0, [])
    assert cand is not None
    assert [t.text for t in cand.triggers] == ["airstrikes"]
    assert not [p for p in cand.places if p.site is not None and p.site.id == "iraq"]


def test_what_the_place_is_known_for_does_not_make_the_news_a_recall() -> None:
    """'near the town of Mayadin, an area where IS sleeper cells have stepped up attacks in recent
    months': the trend describes the area; the ambush itself is news."""
    from extraction.events import read_clause
    from extraction.records import Span

    sentence = ("The ambush took place near the town of al-Mayadin, an area where IS sleeper cells have stepped up "
                "hit-and-run attacks on government forces in recent months, the agency said.")
    cand = read_clause(sentence, Span(0, len(sentence), sentence), "main", 0, [])
    assert cand is not None and cand.background is None


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # a position of US forces is what was hit, and the officials who speak are others
        ("Hours later, on Friday morning, rockets were fired at a second U.S. position, causing no injuries, "
         "officials said.", "US-led coalition"),
        ("A barrage of rockets was fired at a second U.S. position, wounding a soldier.", "US-led coalition"),
        ("Mortar rounds landed near an American outpost in the Shaddadi countryside on Sunday.", "US-led coalition"),
        # who suffered the injuries was hit
        ("Around 60 U.S. personnel have suffered minor injuries in those attacks on bases in Syria.", "US-led coalition"),
    ],
)
def test_a_position_of_us_forces_is_the_target(sentence: str, target: str) -> None:
    from extraction.events import read_clause
    from extraction.records import Span

    cand = read_clause(sentence, Span(0, len(sentence), sentence), "main", 0, [])
    assert cand is not None and cand.target == target


@pytest.mark.parametrize(
    ("sentence", "perpetrator"),
    [
        ("The death toll of the ISIS attack on an army bus near al-Shula rose to 30, local sources said.", "ISIS"),
        ("Two guards were wounded in an Israeli strike on a depot near Albu Kamal.", "Israel"),
        # a translation's preposition, no article: "bei israelischen Luftangriffen" -> "at Israeli air attacks"
        ("At Israeli air attacks near Albu Kamal, at least nine militiamen died, activists said.", "Israel"),
        # whose aircraft, with a capitalised word before the actor: "Aircraft of the American coalition attacked"
        ("\"Warplanes of the American coalition bombed one of our positions near al-Hari,\" the source said.", "US-led coalition"),
    ],
)
def test_an_actor_named_before_the_act_is_its_author(sentence: str, perpetrator: str) -> None:
    from extraction.events import read_clause
    from extraction.records import Span

    cand = read_clause(sentence, Span(0, len(sentence), sentence), "main", 0, [])
    assert cand is not None and cand.perpetrator == perpetrator


@pytest.mark.parametrize(
    ("sentence", "perpetrator"),
    [
        ("The tribal fighters reported eleven dead in an attack by an «American helicopter» near Thiban.", US),
        ("Eleven fighters were killed in a raid by an „Israeli drone” near al-Hari, the militia said.", "Israel"),
    ],
)
def test_an_agent_in_guillemets_after_by_is_the_author(sentence: str, perpetrator: str) -> None:
    from extraction.events import read_clause
    from extraction.records import Span

    cand = read_clause(sentence, Span(0, len(sentence), sentence), "main", 0, [])
    assert cand is not None and cand.perpetrator == perpetrator


@pytest.mark.parametrize(
    "sentence",
    [
        "Kurdish officials said jets bombed a field hospital near Tal Tamr, in an unusually open accusation against Ankara.",
        "The council said aircraft shelled its positions near Hajin overnight and filed a complaint against Damascus.",
    ],
)
def test_whom_an_accusation_is_against_is_not_the_target(sentence: str) -> None:
    from extraction.events import read_clause
    from extraction.records import Span

    cand = read_clause(sentence, Span(0, len(sentence), sentence), "main", 0, [])
    assert cand is not None and cand.target not in {"Turkey", "Syrian government"}, cand.target


def test_the_scene_an_event_is_told_against_names_no_party() -> None:
    """'..., amid the ongoing Israeli aggression on the Gaza Strip': the scene, not the target."""
    from extraction.events import read_clause
    from extraction.records import Span

    sentence = ("American warplanes struck two warehouses near Albu Kamal at dawn on Friday, in an escalation that "
                "comes amid the ongoing Israeli war on the Gaza Strip.")
    cand = read_clause(sentence, Span(0, len(sentence), sentence), "main", 0, [])
    assert cand is not None and cand.perpetrator == "US-led coalition" and cand.target != "Israel"


def test_the_day_a_statement_was_issued_is_not_the_event_day() -> None:
    """'said in a statement issued in Washington on Thursday evening': the day of the saying."""
    from extraction import dates
    from extraction.pipeline import _statement_time
    from extraction.records import Span

    sentence = ("Austin said in a statement issued in Washington on Thursday evening that the strikes on depots near "
                "Albu Kamal were limited.")
    expr = next(t for t in dates.find_time_expressions(sentence, 0, len(sentence)) if "Thursday" in t.span.text)
    assert _statement_time(sentence, expr, Span(0, len(sentence), sentence))


def test_targeted_as_an_adjective_is_no_event() -> None:
    """'the umbrella grouping that includes several of the targeted factions, said four of its fighters
    were killed': the speaker is not the attacker of the strikes it reports."""
    from extraction.events import read_clause
    from extraction.records import Span

    sentence = ("The Popular Mobilisation Forces, the umbrella grouping that includes several of the targeted factions, "
                "said four of its fighters were killed in the strikes near al-Qaim.")
    cand = read_clause(sentence, Span(0, len(sentence), sentence), "main", 0, [])
    assert cand is not None and cand.perpetrator != "Iran-backed militias"
    assert "targeted" not in [t.text for t in cand.triggers]


@pytest.mark.parametrize("sentence,statement", [
    ("Iraq's foreign ministry condemned the air strikes on Saturday as a grave breach of sovereignty.", True),
    ("Damascus denounced the American aggression late on Friday, calling it a crime.", True),
    ("Tehran's spokesman slammed last night's strikes on Sunday, warning of consequences.", True),
    ("American jets struck the militia's depots on Saturday, the ministry said.", False),
])
def test_a_judgement_of_the_event_dates_the_judgement(sentence: str, statement: bool) -> None:
    """'condemned the strikes on Saturday as a breach': the day of the condemnation, not of the strikes."""
    from extraction import dates
    from extraction.pipeline import _statement_time
    from extraction.records import Span

    expr = next(t for t in dates.find_time_expressions(sentence, 0, len(sentence))
                if t.kind in {"weekday", "absolute", "relative_day"} and "night" not in t.span.text)
    assert _statement_time(sentence, expr, Span(0, len(sentence), sentence)) is statement


def test_an_unplaced_report_goes_on_with_the_day_just_told() -> None:
    """'Rockets hit the al-Omar field at 7:45 p.m. on Monday. U.S. forces responded with artillery
    fire at the launch positions': the unplaced report is of the day the sentence before told, when
    it told one day; two days leave it open."""
    from extraction.pipeline import _Told, _told_just_before
    from extraction.records import DateInfo

    monday = DateInfo(date(2021, 6, 28), "day", "on Monday")
    sunday = DateInfo(date(2021, 6, 27), "day", "on Sunday")
    assert _told_just_before([_Told(["al_omar_oil_field"], monday, False)], None) == monday
    assert _told_just_before([_Told(["al_omar_oil_field"], monday, False), _Told(["albu_kamal"], sunday, False)], None) is None
    assert _told_just_before([_Told(["albu_kamal"], sunday, True)], None) is None  # a recalled event sets no day
def test_the_base_the_jets_flew_out_of_is_no_place_of_the_event() -> None:
    from extraction.events import read_clause
    text = "The U.S. strikes were carried out by fighter jets flying out of Al Dhafra air base in the Emirates, an official said."
    cand = read_clause(text, Span(0, len(text), text), "main", 0, [])
    assert cand is not None and not [p.span.text for p in cand.places if "Dhafra" in p.span.text]


def test_raids_placed_later_in_a_paragraph_take_its_day() -> None:
    # "the raids on the Syrian side, near the town of Albu Kamal, killed": the raids hit there, and an
    # undated report in the paragraph about Monday night's strikes is of Monday night, not of the lead's day
    text = ("Rockets struck the Conoco gas field in eastern Syria on Tuesday evening, the coalition said. No injuries "
            "were reported.\n\nOn Monday night, U.S. jets bombed depots of Iran-backed militias on both sides of the "
            "border, the Pentagon said. Iraqi militias said three of their men were killed in the strikes near the town "
            "of al-Qaim. A monitor said the raids on the Syrian side, near the town of Albu Kamal, killed six fighters, "
            "and state media said a child was among the dead.\n")
    res = extract(text, published=date(2024, 5, 15))
    got = {(m.site.id if m.site else None, m.date.date.isoformat() if m.date.date else None) for m in res.incidents}
    assert ("albu_kamal", "2024-05-13") in got, got


def test_a_place_the_event_did_not_reach_is_not_its_place() -> None:
    from extraction.events import read_clause
    text = "Turkish warplanes bombed villages in the north last Sunday, a campaign that did not reach Deir Ezzor."
    cand = read_clause(text, Span(0, len(text), text), "main", 0, [])
    assert cand is not None and not [p.span.text for p in cand.places if "Deir" in p.span.text]


def test_the_end_of_a_span_does_not_date_a_sentence() -> None:
    # "after clashes that went on until the dawn of today, Tuesday": the fighting's end, not the day
    # of the attack the sentence tells (which began the evening before)
    from extraction.pipeline import _sentence_date

    text = ("The cells attacked with car bombs and suicide bombers, taking several posts after heavy clashes "
            "that went on until the dawn of today, Tuesday.")
    assert _sentence_date(text, Span(0, len(text), text), date(2018, 10, 16), None) is None
    told = "The cells attacked with car bombs at dawn today, Tuesday."
    assert _sentence_date(told, Span(0, len(told), told), date(2018, 10, 16), None) is not None


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # "A police officer across the border, in al-Qaim, said": where the speaker sits, set off by
        # commas, is no more the place of the strike than "a source in al-Qaim said"
        ("A police officer across the border, in al-Qaim, told AFP that an air strike hit militia positions "
         "on the outskirts of Albu Kamal shortly before dawn.",
         ["Albu Kamal"]),
        # 'two militants known by the aliases "Rojhat Amed" and "Heval Qamishli"': a town used as a
        # fighter's surname is not where the strike hit
        ('A drone struck a car carrying two militants known by the aliases "Rojhat Amed" and "Heval Qamishli" '
         'near Tal Tamr, security sources said.',
         ["Tal Tamr"]),
        # 'the occupation base at Kharab al-Jir, in the Syrian Hasakah': the province-wide name locates the base
        ('The group said its fighters "struck the American occupation base at Kharab al-Jir, in the Syrian '
         'Hasakah, with two drones" at dawn.',
         ["Kharab al-Jir"]),
        # "helicopters were flying over the villages of Hajin and al-Susah": a sighting, not where the rockets fell
        ("Two rockets fell near the base at the Conoco gas field, while coalition helicopters were flying over "
         "the villages of Hajin and al-Susah.",
         ["Conoco gas field"]),
    ],
)
def test_places_that_are_not_the_scene(text: str, places: list[str]) -> None:
    from extraction.events import read_clause

    cand = read_clause(text, Span(0, len(text), text), "main", 0, [])
    assert cand is not None
    assert [p.span.text for p in cand.places] == places


def test_a_read_more_link_with_its_headline_is_not_the_article() -> None:
    # a scraped page ends with a link to another story, headline on the same line: its strike is not news here
    text = ("Drone hits US base at al-Omar field\n\n"
            "A drone struck the US base at the al-Omar oil field in the eastern countryside of Deir Ezzor on Monday "
            "evening, causing material damage, our correspondent reported.\n\n"
            "The base has been targeted several times in recent weeks.\n\n"
            "The coalition did not comment on the attack.\n\n"
            "Read more: Israeli warplanes strike arms depots near al-Mayadin, killing 12\n")
    res = extract(text, published=date(2024, 3, 5))  # a Tuesday
    sites = [m.site.id if m.site else None for m in res.incidents if m.role == "main"]
    assert sites == ["al_omar_oil_field"], sites


def test_the_area_of_deir_ez_zor_is_the_province() -> None:
    # '"Terrorists attacked a convoy of our forces in the area of Deir ez-Zor"': the province (as "the
    # Deir ez-Zor area" is), not the city, so it nests the town the report names elsewhere
    from extraction.places import load_gazetteer

    text = "Terrorists attacked a convoy of our forces in the area of Deir ez-Zor, killing seven servicemen."
    assert [p.site.id for p in load_gazetteer().find(text, 0, len(text)) if p.site] == ["deir_ez_zor_province"]


@pytest.mark.parametrize(
    "text,places",
    [
        # the relative clause tells what the strikes hit: its town is where they happened
        ("Seven fighters were killed in the overnight raids, which struck a depot near al-Mayadin, a monitor said.",
         ["al-Mayadin"]),
        # ...but not when the clause places its event itself
        ("Jets bombed a convoy in Albu Kamal in the raid, which hit a depot near al-Mayadin.", ["Albu Kamal"]),
        # ...nor when it only names a province: a description, not a place hit
        ("Five guards were hurt in the attack, which targeted positions in the Deir ez-Zor countryside.", []),
    ],
)
def test_the_places_a_which_hit_clause_names(text: str, places: list[str]) -> None:
    from extraction.events import read_clause

    cand = read_clause(text, Span(0, len(text), text), "main", 0, [])
    assert ([p.span.text for p in cand.places] if cand is not None else []) == places


def test_a_live_page_post_counts_its_hours_from_its_own_day() -> None:
    # clock-stamped posts of one live page: the "overnight" of a post on southern Lebanon is not the
    # night of the next post's drone strike, whose "shortly after midnight" is the page's own night
    text = ("LIVE: Regional tensions – Wednesday, March 12\n\n"
            "Live updates\n\n"
            "15:40 GMT\n"
            "Hezbollah mourns a fighter\n\n"
            "Hezbollah announced the death of one of its fighters. Israel's army said its drones struck a "
            "Hezbollah position near Aitaroun overnight.\n\n"
            "14:05 GMT\n"
            "SDF: three fighters killed when a drone hit their post near the Conoco gas field\n\n"
            "A drone hit a post of the Syrian Democratic Forces near the Conoco gas field shortly after "
            "midnight, killing three fighters, a spokesman for the group said. He blamed militias operating "
            "west of the Euphrates.\n\n"
            "11:20 GMT\n"
            "Foreign ministers to meet in Cairo\n\n"
            "Arab foreign ministers will hold an emergency meeting in Cairo on Thursday, diplomats said.\n")
    res = extract(text, published=date(2025, 3, 12))
    strike = [m for m in res.incidents if m.role == "main" and m.date.text == "shortly after midnight"]
    assert [(m.date.date, m.site.id if m.site else None) for m in strike] == [(date(2025, 3, 12), "conoco_gas_field")]


def test_a_long_headline_at_the_provincial_town_is_the_body_s_strike() -> None:
    # "Coalition strike on Syrian militia kills 14 in Deir ez-Zor, says the Russian ministry of defence" over a
    # body that tells the strike near Khasham on Tuesday: the headline's town is the body's place, that day
    # (but a headline at a town of another province, or a group the body also places, is its own)
    from types import SimpleNamespace

    from extraction.dates import DateInfo
    from extraction.pipeline import _Group, _headline_of, _is_headline

    text = ("Coalition strike on Syrian militia kills 14 in Deir ez-Zor, says the Russian ministry of defence\n\n"
            "MOSCOW, March 4. /TASS/. Coalition aircraft struck Syrian militiamen near Khasham on Tuesday.")
    head_line, body_line = Span(0, 96, text[:96]), Span(98, len(text), text[98:])
    assert _is_headline(text, head_line) and not _is_headline(text, body_line)

    def member(si: int, site: str | None) -> SimpleNamespace:
        return SimpleNamespace(kind="main", sentence=si, places=[SimpleNamespace(site=SimpleNamespace(precision="town", id=site))])

    tuesday = DateInfo(date=date(2021, 3, 2), precision="day", text="on Tuesday", span=None)
    head = _Group(members=[member(0, "deir_ez_zor_city")], sites=["deir_ez_zor_city"])
    body = _Group(members=[member(1, "khasham")], sites=["khasham"], date=tuesday)
    assert _headline_of(head, body, {0}) is head
    assert _headline_of(body, head, {0}) is head
    away = _Group(members=[member(1, "qamishli")], sites=["qamishli"], date=tuesday)
    assert _headline_of(head, away, {0}) is None
    assert _headline_of(head, body, set()) is None


def test_an_unresolved_weekday_keeps_its_words_but_no_date() -> None:
    # no publication date: "on Monday night" cannot be resolved and is never guessed, but the analyst
    # still reads what the text said, with its span
    text = ("Unknown drones struck the US base at the Conoco gas field in Deir ez-Zor on Monday night, local "
            "sources said. The coalition has not commented.\n")
    res = extract(text, published=None)
    (mention,) = [m for m in res.incidents if m.role == "main"]
    assert mention.date.date is None and mention.date.precision == "unknown"
    assert mention.date.text == "on Monday night"
    assert mention.date.span is not None and text[mention.date.span.start:mention.date.span.end] == "on Monday night"


def test_undated_province_account_of_a_town_incident_is_that_incident() -> None:
    """A second outlet's account told only at the province, with no day of its own, beside the one town
    incident of that day, is that incident (here it also names other attackers), not a second one."""
    text = ("Beirut (dpa) - At least 14 soldiers have been killed in an ambush by the Islamic State (IS) on an army truck "
            "in eastern Syria, the Syrian Observatory for Human Rights said on Wednesday. "
            "The ambush took place late on Tuesday on the desert road near the town of al-Mayadin in the province "
            "of Deir ez-Zor, it said. IS fighters had opened fire on the truck with machine guns and rocket-propelled "
            "grenades. The state agency SANA for its part reported six \"martyrs\" in an attack by SDF militias on a "
            "truck in the Deir ez-Zor countryside.")
    res = extract(text, published=date(2023, 9, 13))
    assert [(m.date.date.isoformat(), m.site.id) for m in res.incidents] == [("2023-09-12", "al_mayadin")]


def test_the_first_attack_since_ranks_the_news_and_reports_no_other() -> None:
    """"It was the first deadly attack on the US base since the strikes of Friday" ranks the day's attack:
    it is no second attack on the base, told on Friday; the strikes of Friday are context."""
    text = ("A drone struck a training ground at the al-Omar oil field base late on Sunday, killing five SDF commandos, "
            "the SDF said.\n\n"
            "It was the first deadly attack on the US base since the American strikes of Friday, in which US bombers "
            "hit dozens of targets in Iraq and Syria.")
    res = extract(text, published=date(2024, 2, 5))
    assert not [m for m in res.incidents if m.date.date == date(2024, 2, 2) and m.target == "US-led coalition"]
    assert [m.date.date.isoformat() for m in res.incidents if m.role == "main"] == ["2024-02-04"]


def test_the_cause_named_in_apposition_is_a_prior_clause() -> None:
    # "..., its first retaliation for a drone attack in Jordan last weekend": the time after the cause is
    # the cause's, and the strikes told before it keep their own day
    from extraction.events import split_clauses

    text = ("The United States has launched air strikes on Iran-backed militias in eastern Syria, its first "
            "retaliation for a rocket attack that wounded two American soldiers at the Conoco base last weekend.")
    clauses = [(text[c.start : c.end], kind) for c, kind in split_clauses(text, Span(0, len(text), text))]
    assert any(kind == "prior" and body.startswith("its first retaliation for") for body, kind in clauses), clauses
    assert not any("last weekend" in body for body, kind in clauses if kind == "main"), clauses


def test_a_digest_post_that_tells_one_incident_is_news() -> None:
    """A post of a channel digest that tells one incident and nothing else is the post's news, even with
    no day or weapon of its own: its stamp dates it, and it is no passing mention beside the other posts."""
    text = ("Eastern Echo | channel digest\n\n"
            "[03/09/2023 20:15]\n#Thiban\nHeavy gunfire now in Thiban between tribal fighters and SDF members, "
            "an SDF fighter was killed in a drone strike on the town.\n\n"
            "[04/09/2023 11:40]\n#al-Busayrah\nUnknown gunmen on a motorcycle shot dead a teacher in the centre of "
            "al-Busayrah and fled toward the river.\n\n"
            "Follow the channel for more.")
    res = extract(text, published=None)
    assert ("2023-09-04", "al_busayrah") in [(str(m.date.date), m.site.id) for m in res.incidents if m.role == "main"]


def test_a_tally_shared_out_over_places_is_one_incident_per_place() -> None:
    """"nine were killed in the raids, four at a depot in X, three at a checkpoint near Y and two in a
    compound near Z": each share of the tally places one more strike, not a locator of the first."""
    text = ("U.S. aircraft struck sites linked to Iran-backed groups in eastern Syria late on Monday, the Pentagon said.\n\n"
            "The Syrian Observatory for Human Rights said nine militiamen were killed in the raids, four at an arms depot "
            "in the city of Deir ez-Zor, three at a checkpoint near al-Mayadin and two in a compound near Albu Kamal.")
    res = extract(text, published=date(2024, 5, 14))
    assert sorted((m.date.date.isoformat(), m.site.id) for m in res.incidents if m.role == "main") == [
        ("2024-05-13", "al_mayadin"), ("2024-05-13", "albu_kamal"), ("2024-05-13", "deir_ez_zor_city")]


def test_a_fresh_attack_told_beside_the_lead_is_its_own_incident() -> None:
    """A lead that tells undated strikes "while a fresh rocket barrage was reported ... on Wednesday morning"
    tells two incidents: the barrage does not date the strikes, which keep the night told of them later."""
    text = ("The United States has bombed positions of Iran-aligned militias in eastern Syria, after a drone "
            "struck an American base. Activists say the raids left several fighters dead, while a fresh rocket barrage "
            "was reported at a US-held gas field on Wednesday morning.\n\n"
            "Hours later, US jets carried out \"precision strikes\" on Tuesday night against \"sites in eastern Syria\", "
            "the Pentagon said. The Syrian Observatory for Human Rights said seven fighters were killed in the strikes, "
            "four at a depot in the city of Deir ez-Zor and three at a post near al-Mayadin.\n\n"
            "On Wednesday, the coalition said its forces at the Conoco gas field came under rocket fire at about 7am.")
    res = extract(text, published=date(2024, 5, 15))
    assert sorted((m.date.date.isoformat(), m.site.id) for m in res.incidents if m.role == "main") == [
        ("2024-05-14", "al_mayadin"), ("2024-05-14", "deir_ez_zor_city"), ("2024-05-15", "conoco_gas_field")]


def test_the_base_identified_in_the_next_paragraph_places_the_attack() -> None:
    """"a drone hit a barracks on a coalition base near Hasakah" ... (new paragraph) "Officials did not name
    the base, but Kurdish media identified it as the Rmeilan airbase": the attack is at that base."""
    text = ("A one-way attack drone hit a barracks on a coalition base near Hasakah on Sunday afternoon, the "
            "Pentagon said. Two US soldiers were lightly wounded. Both returned to duty.\n\n"
            "Officials did not name the base, but Kurdish media identified it as the Rmeilan airbase, in the far "
            "northeast of the country.")
    res = extract(text, published=date(2024, 6, 3))
    assert [(m.date.date.isoformat(), m.site.id) for m in res.incidents if m.role == "main"] == [("2024-06-02", "rumailan")]


def test_a_yearless_wire_dateline_takes_the_year_of_the_copyright_line() -> None:
    """An agency's copy with no page date: "Damascus, 4 Mar (EFE).-" at the top and "(c) EFE 2022" at the
    foot date the story, so "this Friday" is a day."""
    text = ("Israeli raids kill 9 militiamen near Albu Kamal\n\n"
            "Damascus, 4 Mar (EFE).- At least nine members of pro-Iranian militias died this Friday in Israeli air "
            "raids against their positions near Albu Kamal, on the border with Iraq, the Syrian Observatory for "
            "Human Rights reported.\n\n"
            "(c) EFE 2022. All rights reserved.")
    res = extract(text, published=None)
    assert [(m.date.date and m.date.date.isoformat(), m.site.id) for m in res.incidents if m.role == "main"] == [
        ("2022-03-04", "albu_kamal")]


def test_a_live_page_newest_first_dates_the_posts_before_midnight_the_day_before() -> None:
    """A live page updated on the 9th prints its posts newest first: "01:10", then "23:40": the post
    stamped 23:40, after "00:20", tells the evening of the 8th ("this evening" is the 8th's)."""
    text = ("LIVE: Tensions across the region\n\n"
            "Updated 9 August 2024, 01:40 (Damascus time)\n\n"
            "01:10 – Talks to resume, mediators say\n"
            "Mediators say indirect talks will resume next week in Cairo.\n\n"
            "00:20 – UN calls for restraint\n"
            "The UN secretary-general urged all sides to avoid escalation.\n\n"
            "23:40 – Drone downed near Conoco field\n"
            "Air defences at the US base at the Conoco gas field shot down a drone this evening, local sources say. "
            "No damage was reported.\n\n"
            "21:05 – Oil prices\n"
            "Brent crude rose two percent in late trading.\n")
    res = extract(text, published=None)
    assert [(m.date.date and m.date.date.isoformat(), m.site.id) for m in res.incidents if m.role == "main"] == [
        ("2024-08-08", "conoco_gas_field")]


def test_a_bare_plural_after_and_is_one_more_place_struck() -> None:
    """"strikes hit depots in and around the town of al-Mayadin, including a house used by advisers, and
    sites near Albu Kamal": the sites near Albu Kamal are struck in the same raid, a second place."""
    text = ("US warplanes struck Iran-backed groups in eastern Syria on Saturday night, officials said. A monitor said "
            "the strikes hit depots and positions in and around the town of al-Mayadin, including a house used by "
            "Iranian advisers, and sites near Albu Kamal on the Iraqi border.")
    res = extract(text, published=date(2024, 3, 10))
    assert sorted((m.date.date.isoformat(), m.site.id) for m in res.incidents if m.role == "main") == [
        ("2024-03-09", "al_mayadin"), ("2024-03-09", "albu_kamal")]


@pytest.mark.parametrize(
    ("text", "perpetrator", "target"),
    [
        # a preposition before a clause opened by "that" does not govern who acted in it
        ("SANA said on Friday that the US-led coalition's aircraft bombed the village of Hajin.", "US-led coalition", "unknown"),
        # the killed are the victims even when counted loosely ("more than 100")
        ("American forces on Wednesday killed more than 100 pro-regime fighters who attacked SDF headquarters near Khasham.",
         "US-led coalition", "Syrian government"),
        # ... and the one shot dead is the target, not a speaker
        ("Gunmen on a motorcycle shot dead a local SDF official in al-Busayrah on Tuesday.", "unknown", "SDF"),
        # Kurdish media's "Turkish occupation" is Turkey, not the US ("occupation drones")
        ("Turkish occupation drones struck a car near Qamishli on Tuesday, killing two members of the Asayish.", "Turkey", "SDF"),
        ("The Turkish occupation army shelled villages near Tal Tamr on Tuesday, ANHA reported.", "Turkey", "unknown"),
        # the militias' own short name
        ("The Islamic Resistance targeted the American occupation base at Conoco with a drone on Tuesday.",
         "Iran-backed militias", "US-led coalition"),
        # a claim of responsibility names the author of the attack read in the sentence
        ("ISIS claimed an attack on the Syrian army in al-Mayadin on Sunday.", "ISIS", "Syrian government"),
    ],
)
def test_who_did_it_to_whom(text: str, perpetrator: str, target: str) -> None:
    mains = [m for m in extract(text, published=date(2019, 3, 10)).incidents if m.role == "main"]
    assert len(mains) == 1, [m.to_json() for m in mains]
    assert (mains[0].perpetrator, mains[0].target) == (perpetrator, target)


@pytest.mark.parametrize(
    ("text", "perpetrator", "target"),
    [
        # whose men or drones: "by a sniper of the SDF", "a drone of the Turkish occupation army"
        ("A farmer was wounded by a sniper of the SDF in Diban on Monday.", "SDF", "civilians"),
        # what the regime holds is its own
        ("SDF forces shelled regime positions near Khasham on Monday.", "SDF", "Syrian government"),
        # the occupation's aircraft are the US's in state media ...
        ("The occupation's aircraft targeted a car near al-Shaddadi on Monday, SANA said.", "US-led coalition", "unknown"),
        # ... and Turkey's on a page calling Turkey "the Turkish occupation"
        ("The Turkish occupation army shelled villages near Tal Tamr on Monday. Later, the occupation drones "
         "targeted a checkpoint of the Asayish in Qamishli.", "Turkey", "unknown"),
        # the subject of a clause of its own after the act is neither side of it
        ("Coalition artillery shelled Hajin on Friday as the SDF advanced.", "US-led coalition", "unknown"),
        # what the regime holds is a target even where the militias once held the town
        ("The SDF shelled villages controlled by the regime near al-Mayadin on Friday.", "SDF", "Syrian government"),
        # what follows "said" is what was said: its subject is no target of the speaker's "of"
        ("Local sources in al-Busayrah said SDF fighters opened fire on protesters on Monday, killing one.", "SDF", "civilians"),
        # Amaq speaks for ISIS
        ("Amaq said its fighters killed seven SDF members near Hajin on Monday.", "ISIS", "SDF"),
    ],
)
def test_who_did_it_to_whom_in_each_style(text: str, perpetrator: str, target: str) -> None:
    mains = [m for m in extract(text, published=date(2019, 3, 10)).incidents if m.role == "main"]
    assert mains, "no main incident"
    assert (mains[0].perpetrator, mains[0].target) == (perpetrator, target), [m.to_json() for m in mains]


def test_who_backs_the_attackers_is_not_the_attacker() -> None:
    text = "A drone launched by mercenaries of the Syrian regime-backed groups struck an SDF post in al-Shuhail on Monday."
    mains = [m for m in extract(text, published=date(2019, 3, 10)).incidents if m.role == "main"]
    assert [m.perpetrator for m in mains] == ["unknown"]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a raid on foot is no air raid
        ("ISIS militants carried out a hit-and-run raid on an SDF post near Hajin on Monday.", "attack"),
        # what is launched on the ground is no fire
        ("Tribal fighters launched an assault on the village of al-Shuhail on Tuesday.", "attack"),
        # a mine told by its blast
        ("A shepherd was wounded by a mine explosion near al-Busayrah on Monday.", "remote explosive/landmine/IED"),
        # helicopters that land bring no fire down
        ("Coalition helicopters landed near al-Shuhail on Monday after a firefight with ISIS cells.", "armed clash"),
        # an air power's strike told only by its aim, or by the victim's word for it
        ("Israel targeted a weapons depot near Albu Kamal on Monday, SANA said.", "air/drone strike"),
        ("The American aggression targeted positions of the resistance in Albu Kamal at dawn on Tuesday.", "air/drone strike"),
    ],
)
def test_the_event_type_in_each_style(text: str, event_type: str) -> None:
    mains = [m for m in extract(text, published=date(2023, 5, 10)).incidents if m.role == "main"]
    assert mains, "no main incident"
    assert mains[0].event_type == event_type, [m.to_json() for m in mains]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # people told only as the victims: civilians, whoever holds the town
        ("A woman and her child were killed on Monday when a shell hit their home in Hajin.", "civilians"),
        ("SDF fighters shot dead a young man at a checkpoint in al-Busayrah on Monday.", "civilians"),
        ("Unknown gunmen killed a teacher in al-Shuhail on Monday.", "civilians"),
        # the kidnapped are the victims, not the militias that held al-Mayadin
        ("ISIS militants kidnapped two shepherds near al-Mayadin on Monday.", "civilians"),
        # what is raided or ambushed is the target
        ("SDF fighters raided an ISIS hideout in al-Busayrah on Monday, killing two militants.", "ISIS"),
        ("An ISIS cell ambushed a regime convoy near al-Mayadin on Monday.", "Syrian government"),
    ],
)
def test_the_victims_named_are_the_target(text: str, target: str) -> None:
    mains = [m for m in extract(text, published=date(2023, 5, 10)).incidents if m.role == "main"]
    assert mains, "no main incident"
    assert mains[0].target == target, [m.to_json() for m in mains]


def test_the_bare_us_is_the_striker() -> None:
    text = "The US bombed a militia headquarters in al-Mayadin on Monday."
    mains = [m for m in extract(text, published=date(2023, 5, 10)).incidents if m.role == "main"]
    assert [m.perpetrator for m in mains] == ["US-led coalition"]


@pytest.mark.parametrize(
    ("text", "event_type", "perpetrator", "target"),
    [
        # gunmen shooting at people is no shelling
        ("Gunmen fired on an SDF patrol near Diban on Monday, wounding two members.", "attack", "unknown", "SDF"),
        ("ISIS fighters fired at a checkpoint of the Asayish in al-Busayrah on Monday.", "attack", "ISIS", "SDF"),
        # the other side told with the fighting
        ("The SDF fought ISIS cells near al-Busayrah on Monday, killing three.", "armed clash", "SDF", "ISIS"),
        # a landing told after the helicopters that carried it
        ("The US occupation forces' helicopters carried out a landing operation in the village of al-Shuhail on Monday.",
         "attack", "US-led coalition", "unknown"),
        # the victim of a killing named as a noun, the ambushed told in the passive
        ("The Observatory documented the killing of a young man by SDF gunfire in Diban on Monday.", None, "SDF", "civilians"),
        ("Regime soldiers were ambushed near al-Mayadin on Monday.", "attack", "unknown", "Syrian government"),
        # shooting at the sky after a strike is no attack of the shooters
        ("A drone struck an SDF guard post near Hajin on Monday, wounding two fighters. SDF members fired at the sky "
         "with machine guns after the strike.", "air/drone strike", "unknown", "SDF"),
        # the bare US as the speaker of its own act
        ("The US said it had targeted a militia depot in al-Mayadin on Monday.", "air/drone strike", "US-led coalition",
         "Iran-backed militias"),
    ],
)
def test_who_did_what_to_whom_in_more_styles(text: str, event_type: str | None, perpetrator: str, target: str) -> None:
    mains = [m for m in extract(text, published=date(2023, 5, 10)).incidents if m.role == "main"]
    assert mains, "no main incident"
    got = mains[0]
    assert (got.event_type if event_type else None, got.perpetrator, got.target) == (event_type, perpetrator, target), got.to_json()


def test_israels_missiles_are_an_air_strike() -> None:
    text = "Israeli missiles hit weapons depots near Albu Kamal on Monday night."
    mains = [m for m in extract(text, published=date(2023, 5, 10)).incidents if m.role == "main"]
    assert [(m.event_type, m.perpetrator) for m in mains] == [("air/drone strike", "Israel")]


def test_the_armys_bus_is_the_target_where_the_militias_held_the_town() -> None:
    text = "ISIS militants attacked an army bus near al-Mayadin on Monday, killing five soldiers."
    mains = [m for m in extract(text, published=date(2023, 5, 10)).incidents if m.role == "main"]
    assert [(m.perpetrator, m.target) for m in mains] == [("ISIS", "Syrian government")]


@pytest.mark.parametrize(
    ("text", "perpetrator"),
    [
        # the claim is a sentence of its own: the claimant is who the article says did it
        ("Two drones struck the US base at the Conoco gas field on Saturday evening, causing no casualties, a "
         "coalition official said.\n\nThe Islamic Resistance in Iraq claimed the attack in a statement on its "
         "Telegram channel.", "Iran-backed militias"),
        ("US forces at the Tanf garrison came under drone attack on Wednesday, Central Command said.\n\n"
         "CENTCOM blamed the attack on Iran-backed militants.", "Iran-backed militias"),
        # the drone's origin, as the Pentagon assessed it
        ("A one-way attack drone hit a coalition base near al-Shaddadi on Thursday, wounding three US service "
         "members, officials said.\n\nThe Pentagon said the drone was of Iranian origin.", "Iran-backed militias"),
        # no claim, and a tally of the militias' attacks over months: the attacker stays open
        ("Rockets struck the Green Village base on Friday morning, the coalition said.\n\nNo group claimed the "
         "attack. Iran-backed militias have carried out dozens of attacks on US forces since October.", "unknown"),
        # the Iranian drone of the day before says nothing of who fired today's rockets
        ("Rockets hit the al-Omar base on Friday morning, the coalition said.\n\nThe barrage came a day after an "
         "Iranian-made drone hit a base near Hasakah, the Pentagon said.", "unknown"),
    ],
)
def test_who_was_behind_an_attack_told_in_a_sentence_of_its_own(text: str, perpetrator: str) -> None:
    res = extract(text, published=date(2024, 1, 6))
    main = [m for m in res.incidents if m.role == "main"]
    assert main[0].perpetrator == perpetrator, [m.to_json() for m in main]
    if perpetrator != "unknown":
        said = [c for c in main[0].claims if c.attribute in {"perpetrator", "responsibility"}]
        assert said and all(text[c.start : c.end] == c.quote for c in said)


def test_span_is_a_frozen_value() -> None:
    """A Span sets its own slots (made by the hundred per article), and is still the frozen
    dataclass value the records promise: equal and hashed by its fields, never changed."""
    import dataclasses
    import pickle

    s = Span(4, 9, "drone")
    assert s == Span(start=4, end=9, text="drone") and hash(s) == hash((4, 9, "drone"))
    assert dataclasses.replace(s, end=10) == Span(4, 10, "drone") and pickle.loads(pickle.dumps(s)) == s
    assert dataclasses.asdict(s) == s.to_json() == {"start": 4, "end": 9, "text": "drone"}
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.start = 5  # type: ignore[misc]


# --- one attack told twice, and two that stay apart ------------------------------------------
# (each page: text, publication date, the main incidents expected, only the fields given checked)
AIR_DEFENCE_PAGES = [
    ("sputnik-us-air-defence-activated-at-tanf",
     "MOSCOW (Sputnik) - A drone attacked the US garrison at al-Tanf on Friday, Syrian media reported.\n\n"
     "The American air defence was activated and the drone was destroyed in the air, the reports said, with no "
     "information on casualties.",
     date(2023, 10, 21),
     [{"site": "al_tanf", "target": US}]),
    ("deirezzor24-anti-aircraft-guns-of-the-base",
     "Deir Ezzor 24 | Urgent: Drone attack on the US base in al-Omar field now, Tuesday.\n\n"
     "Anti-aircraft guns of the base opened up and our correspondent heard three explosions inside the field.",
     date(2024, 2, 6),
     [{"site": "al_omar_oil_field", "target": US}]),
    ("rudaw-defence-systems-were-activated",
     "ERBIL, Rudaw - A suicide drone targeted the coalition base at Rumailan on Wednesday afternoon, a "
     "security source told Rudaw.\n\n"
     "The source said the base's defence systems were activated and the drone fell in an open field, "
     "causing no damage or casualties.",
     date(2023, 11, 15),
     [{"site": "rumailan", "target": US}]),
    ("irna-occupiers-fired-their-air-defences",
     "TEHRAN (IRNA) - The American occupation base in the Conoco gas field in Syria's Deir ez-Zor was "
     "targeted with several drones on Sunday night, Syrian sources reported.\n\n"
     "According to the sources, the American occupiers fired their air defences and loud explosions were "
     "heard across the area.",
     date(2024, 1, 22),
     [{"site": "conoco_gas_field", "target": US}]),
    ("afp-sirens-at-the-base",
     "BEIRUT (AFP) - Explosions were heard on Saturday at a base of the US-led coalition at the al-Omar oil "
     "field after a drone attack, the Syrian Observatory for Human Rights said.\n\n"
     "The coalition forces sounded their sirens and the drone crashed outside the perimeter, the monitor "
     "said.",
     date(2023, 10, 28),
     [{"site": "al_omar_oil_field", "target": US}]),
    ("hawar-air-defence-of-the-base-intercepted",
     "HAWAR NEWS - A drone launched from the areas of the Iranian militias west of the Euphrates targeted "
     "the coalition base in the al-Omar field on Monday evening.\n\n"
     "Air defences at the base intercepted the drone over the field, and no losses were recorded.",
     date(2024, 7, 16),
     [{"site": "al_omar_oil_field", "target": US}]),
    ("sabereen-claim-and-coalition-defences",
     "The Islamic Resistance in Iraq said on Thursday it had struck the occupation base at al-Shaddadi with "
     "a drone.\n\n"
     "A local source said the coalition forces had switched on their air defence systems before an "
     "explosion was heard near the base.",
     date(2023, 12, 7),
     [{"site": "shaddadi", "target": US}]),
    ("npa-air-defences-switched-on",
     "DEIR EZZOR, March 4 (North Press) - A drone attacked the coalition base at the Conoco gas field in "
     "the eastern countryside of Deir ez-Zor on Monday evening, a local source said.\n\n"
     "The source said that the coalition forces had switched on their air defences and that the drone "
     "exploded in farmland east of the base, causing no casualties.",
     date(2025, 3, 4),
     [{"site": "conoco_gas_field", "target": "US-led coalition", "perpetrator": "unknown"}]),
    ("sohr-air-defences-activated",
     "SOHR: Explosions rocked the US base at al-Omar oil field on Thursday night after a drone of unknown "
     "origin approached it.\n\n"
     "According to SOHR sources, US forces activated their air defence systems and the drone blew up in the "
     "air south of the field, with no losses reported.",
     date(2024, 1, 12),
     [{"site": "al_omar_oil_field", "target": "US-led coalition"}]),
    ("anha-defences-of-the-coalition-downed",
     "HASAKAH - A drone targeted the coalition base at al-Shaddadi at dawn on Sunday.\n\n"
     "Air defences of the international coalition shot down the drone over the southern edge of the town, "
     "a security source told ANHA, and no one was hurt.",
     date(2023, 11, 19),
     [{"site": "shaddadi", "target": "US-led coalition"}]),
    ("wire-coalition-air-defense-engaged",
     "BEIRUT (AP) - A rocket attack targeted a base used by American troops at the Conoco gas field in "
     "eastern Syria late Tuesday, a war monitor said.\n\n"
     "The Syrian Observatory for Human Rights said the coalition's air defense systems were activated and "
     "that a rocket landed in an empty area near the perimeter. There was no word on casualties.",
     date(2024, 8, 7),
     [{"site": "conoco_gas_field", "target": "US-led coalition"}]),
    ("local-monitor-sirens-and-defences",
     "Deir Ezzor 24: Loud explosions heard at al-Omar field base tonight, Friday. Our correspondent says a "
     "drone was seen over the field.\n\n"
     "The American forces turned on their air defences and an explosion was heard in the desert west of "
     "the field; no information on damage.",
     date(2023, 10, 27),
     [{"site": "al_omar_oil_field", "target": "US-led coalition"}]),
    ("state-media-occupation-defences",
     "Deir Ezzor, Jan. 9 (SANA) - Several explosions were heard on Tuesday in the illegitimate base of the US "
     "occupation in al-Omar oil field in the eastern countryside of Deir Ezzor, local sources said.\n\n"
     "The sources said the US occupation forces activated their air defences after drones approached the "
     "base, and that one drone fell near the housing of the oil workers.",
     date(2024, 1, 9),
     [{"site": "al_omar_oil_field", "target": "US-led coalition"}]),
    ("kurdish-agency-c-ram",
     "QAMISHLI, Oct. 24 (Kurdistan24) - Two drones tried to strike the coalition base at Kharab al-Jir on "
     "Tuesday night, a local source said.\n\n"
     "The coalition forces used their C-RAM system, and one drone crashed in a field near the village of "
     "Tal Hajar without causing damage, the source added.",
     date(2023, 10, 25),
     [{"site": "kharab_al_jir", "target": "US-led coalition"}]),
]

# where the shooters are stationed is not where the shells fell
STATIONED_PAGES = [
    ("ap-militiamen-entrenched-in-their-positions-near",
     "BEIRUT (AP) - Iran-backed militiamen entrenched in their positions near Albu Kamal fired mortar rounds "
     "at the village of al-Baghuz on Thursday, killing a shepherd, the Syrian Observatory said.",
     date(2022, 11, 18),
     [{"site": "al_baghuz"}]),
    ("syria-tv-forces-posted-at-their-headquarters-in",
     "Syria TV - A young man was killed on Sunday by sniper fire in the town of al-Shuhail, local sources "
     "said.\n\n"
     "The sources said the shots came from government forces stationed at their headquarters in al-Mayadin, "
     "across the river from al-Shuhail.",
     date(2023, 9, 3),
     [{"site": "al_shuhail"}]),
    ("dpa-army-units-positioned-at-their-points-near",
     "DAMASCUS (dpa) - Syrian army units positioned at their points near al-Bulil shelled the village of "
     "Darnaj in eastern Syria on Friday, wounding three people, a monitor said.",
     date(2022, 4, 9),
     [{"site": "darnaj"}]),
    ("sana-forces-stationed-in-their-base-at",
     "Deir Ezzor, March 2 (SANA) - A civilian was martyred yesterday evening in artillery shelling by the US "
     "occupation forces on the village of Hatla in the eastern countryside of Deir Ezzor.\n\n"
     "Local sources said that the US occupation forces, stationed in their illegitimate base at al-Omar oil "
     "field, fired a number of artillery shells on the houses of the citizens in Hatla village.",
     date(2024, 3, 2),
     [{"site": "hatla", "perpetrator": US}]),
    ("presstv-troops-based-at-their-post-in",
     "DAMASCUS (Press TV) - American troops shelled the town of Mo Hassan east of Deir ez-Zor on Saturday, "
     "wounding two residents, Syrian media reported.\n\n"
     "The American troops deployed at their position in the Conoco gas field opened fire with mortar shells "
     "on Mo Hassan, the reports said.",
     date(2024, 6, 9),
     [{"site": "mo_hassan", "perpetrator": US}]),
    ("npa-sdf-positioned-at-a-point-near",
     "DEIR EZZOR, Aug. 14 (North Press) - A woman was wounded on Wednesday when government forces shelled "
     "the town of Thiban, a local source said.\n\n"
     "The source said government forces positioned at a military point near al-Mayadin fired mortar shells "
     "at houses in Thiban.",
     date(2024, 8, 14),
     [{"site": "thiban"}]),
    ("sohr-posts-in-two-towns-shell-the-town",
     "DEIR EZZOR, Aug 7 (SOHR) - Tribal fighters loyal to the regime crossed the Euphrates at dawn today and "
     "attacked SDF positions in the town of Thiban, killing three SDF members.\n\n"
     "Meanwhile, regime forces stationed in al-Mayadin and al-Quriyah shelled the outskirts of the town with "
     "mortar shells to cover the advance of the attackers.",
     date(2024, 8, 7),
     [{"site": "thiban"}]),
    ("enab-baladi-militias-based-in-two-towns",
     "Enab Baladi - Two children were wounded on Tuesday evening when militias shelled houses in the village "
     "of al-Sabha in the eastern countryside of Deir Ezzor, local activists said.\n\n"
     "The activists said Iran-backed militias based in al-Bulil and al-Mayadin fired artillery shells at the "
     "houses of the village.",
     date(2023, 9, 13),
     [{"site": "al_sabha"}]),
]

# the side fired on tells the same exchange: it "came under fire" and "returned fire"
EACH_SIDE_PAGES = [
    ("kurdish-agency-and-state-media-one-ambush",
     "ERBIL (Kurdistan24) - Gunmen opened fire on an SDF patrol near Thiban on Saturday night, wounding two "
     "fighters, a local source said.\n\n"
     "The SDF said its patrol had been ambushed by a cell linked to the government and that its fighters "
     "returned fire.",
     date(2023, 8, 27),
     [{"site": "thiban"}]),
    ("xinhua-and-the-coalition-one-clash",
     "DAMASCUS, Nov. 2 (Xinhua) -- A Syrian soldier was killed on Tuesday in a clash with US troops near the "
     "town of Tal Tamr, the state news agency SANA reported.\n\n"
     "The US-led coalition said its convoy came under fire from a checkpoint and that its troops returned "
     "fire.",
     date(2021, 11, 2),
     [{"site": "tal_tamr"}]),
    ("reuters-sana-and-the-coalition-tell-one-exchange",
     "DAMASCUS, Aug 18 (Reuters) - A Syrian soldier was killed and two others were wounded on Monday in an "
     "exchange of fire with US forces at an army checkpoint near Qamishli, state news agency SANA said.\n\n"
     "A coalition spokesman said on Twitter that the coalition patrol \"came under small arms fire\" from "
     "individuals at the checkpoint and that the soldiers \"returned fire in self-defense\". No coalition "
     "casualties were reported.",
     date(2020, 8, 18),
     [{"site": "qamishli"}]),
    ("tass-checkpoint-and-the-coalition-statement",
     "MOSCOW, February 12. /TASS/. One Syrian serviceman was killed when US troops opened fire on a checkpoint "
     "of the Syrian army near Tal Tamr on Wednesday, the Syrian state agency reported.\n\n"
     "The coalition said in a statement that its patrol had been attacked by gunmen at the checkpoint and had "
     "responded in self-defence.",
     date(2020, 2, 12),
     [{"site": "tal_tamr"}]),
    ("anha-patrol-fired-on-and-answered",
     "QAMISHLI - Unknown gunmen opened fire on a coalition patrol near the village of Tal Baydar on Thursday "
     "evening, a local source told ANHA.\n\n"
     "According to the source, the coalition soldiers were fired upon from a passing car and returned fire, "
     "and there were no casualties among them.",
     date(2022, 3, 4),
     [{"site": "tal_baydar"}]),
]

# two attacks, or an attack and the answer to it: each stays an incident of its own
KEPT_APART_PAGES = [
    ("sources-who-spoke-to-an-outlet-named-like-a-town",
     "BEIRUT - Drones of the Islamic Resistance in Iraq targeted the US base at al-Tanf on Wednesday, the "
     "group said.\n\n"
     "Meanwhile, at dawn today, a drone attack targeted a base hosting US troops in western Iraq, according to "
     "Iraqi security sources who spoke to Al Mayadeen, without causing casualties.",
     date(2023, 10, 19),
     [{"site": "al_tanf"}]),
    ("the-wounded-rushed-to-hospital-in-the-city",
     "DEIR EZZOR (SANA) - A woman and her son were wounded on Monday when a landmine left by ISIS exploded in "
     "the village of al-Jneineh.\n\n"
     "They were rushed to the hospital in Deir Ezzor city for treatment.",
     date(2021, 4, 13),
     [{"site": "al_jneineh"}]),
    ("west-of-a-town-is-a-direction",
     "AMMAN (Reuters) - U.S. aircraft struck a militia convoy in the desert west of Albu Kamal on Sunday "
     "night, two regional security sources said.\n\n"
     "The strike destroyed three trucks, the sources said.",
     date(2024, 2, 26),
     [{"perpetrator": US}]),
    ("a-night-and-a-day-at-two-bases",
     "HASAKAH (ANHA) - Rockets fell near the coalition base at Tal Baydar late on Wednesday.\n\n"
     "On Thursday morning, a drone exploded near the coalition base at Qasrak, the agency's correspondent "
     "said.",
     date(2023, 11, 2),
     [{"site": "tal_baydar"}, {"site": "qasrak"}]),
    ("the-claim-and-the-attack-one-incident",
     "Al Mayadeen - The Islamic Resistance in Iraq announced on Monday that it had targeted the US occupation "
     "base at Kharab al-Jir with a drone.\n\n"
     "Local sources said explosions were heard inside the base on Monday evening and that the coalition "
     "forces activated their air defences.",
     date(2023, 11, 6),
     [{"site": "kharab_al_jir", "target": US}]),
    ("rockets-on-two-bases-told-by-the-pentagon",
     "WASHINGTON - Rockets struck the al-Omar base in eastern Syria on Tuesday, and hours later a drone "
     "attacked the U.S. garrison at al-Tanf, the Pentagon said. No U.S. personnel were injured in either "
     "attack.",
     date(2023, 10, 25),
     [{"site": "al_omar_oil_field"}, {"site": "al_tanf"}]),
    ("a-response-strike-in-albu-kamal-stays-apart",
     "BAGHDAD (Reuters) - A drone attacked the U.S. base at the Conoco field in Syria on Saturday, causing no "
     "casualties, a U.S. official said.\n\n"
     "Hours later, U.S. jets struck a weapons depot used by Iran-backed militias near Albu Kamal, the "
     "official said.",
     date(2023, 11, 12),
     [{"site": "conoco_gas_field", "target": US}, {"site": "albu_kamal", "perpetrator": US}]),
    ("a-second-attack-the-next-day-at-another-base",
     "QAMISHLI (North Press) - A drone struck near the coalition base at Kharab al-Jir on Monday, a source "
     "said.\n\n"
     "On Tuesday, rockets were fired at the coalition base in al-Shaddadi, the source added, with no casualties "
     "in either attack.",
     date(2024, 1, 3),
     [{"site": "kharab_al_jir"}, {"site": "shaddadi"}]),
    ("where-the-wounded-were-taken-is-not-a-second-scene",
     "HASAKAH (ANHA) - Two SDF fighters were wounded on Friday when an explosive device went off under their "
     "vehicle near the village of Gharanij.\n\n"
     "The wounded were taken to a hospital in al-Shaddadi, a medical source said.",
     date(2022, 6, 11),
     [{"site": "gharanij"}]),
    ("a-drone-downed-west-of-a-town-is-the-base-attack",
     "WASHINGTON (AP) - U.S. forces shot down a drone that approached the Conoco base in eastern Syria on "
     "Monday, a U.S. official said. There were no injuries.\n\n"
     "A second drone was intercepted over the desert, the official said, and no damage was reported.",
     date(2023, 11, 7),
     [{"site": "conoco_gas_field", "target": US}]),
    ("two-bases-the-same-night-told-by-a-monitor",
     "SOHR: A drone attacked the US base at al-Omar oil field in the early hours of Friday, and minutes "
     "later rockets hit the coalition base at the Conoco field, with no casualties reported in either "
     "attack.",
     date(2023, 10, 27),
     [{"site": "al_omar_oil_field"}, {"site": "conoco_gas_field"}]),
    ("second-base-the-same-night",
     "DEIR EZZOR - Rockets were fired at the US base at the Conoco gas field on Wednesday night, a local "
     "source said.\n\n"
     "Later the same night, a drone attacked the coalition base at al-Shaddadi in southern Hasakah, where air "
     "defences were activated to shoot it down.",
     date(2024, 2, 1),
     [{"site": "conoco_gas_field"}, {"site": "shaddadi"}]),
    ("the-us-answer-is-its-own-strike",
     "WASHINGTON (Reuters) - U.S. forces at the al-Omar oil field in Syria came under rocket fire on Sunday, "
     "a U.S. official said. The base's air defenses were activated and no one was hurt.\n\n"
     "In response, U.S. artillery struck the rocket launch site near the town of al-Mayadin, the official "
     "said.",
     date(2021, 7, 12),
     [{"site": "al_omar_oil_field", "target": "US-led coalition"},
      {"site": "al_mayadin", "perpetrator": "US-led coalition"}]),
    ("the-answer-on-the-launch-village-is-its-own",
     "DEIR EZZOR, Jan. 6 (North Press) - Rockets hit the coalition base at the Conoco gas field on Friday "
     "night, causing material damage, a military source said.\n\n"
     "The coalition forces responded by shelling the village of Hatla, from where the rockets were launched.",
     date(2024, 1, 6),
     [{"site": "conoco_gas_field"}, {"site": "hatla", "perpetrator": "US-led coalition"}]),
]


@pytest.mark.parametrize("name,text,published,expected", AIR_DEFENCE_PAGES + STATIONED_PAGES + EACH_SIDE_PAGES + KEPT_APART_PAGES,
                         ids=[c[0] for c in AIR_DEFENCE_PAGES + STATIONED_PAGES + EACH_SIDE_PAGES + KEPT_APART_PAGES])
def test_one_attack_told_twice_is_one_incident(name: str, text: str, published: date, expected: list[dict]) -> None:
    mains = [m for m in extract(text, published=published).incidents if m.role == "main"]
    assert len(mains) == len(expected), [m.to_json() for m in mains]
    for mention, exp in zip(mains, expected, strict=True):
        got = mention.to_json()
        got["site"] = mention.site.id if mention.site else None
        for key, value in exp.items():
            assert got[key] == value, (key, got)


# A battery of recalls beside the day's news (wire, state media, Iranian, Russian and Kurdish agencies,
# monitors, live blogs): (text, published, main incidents as (date, site)).
RECALL_BATTERY = [
    ('DAMASCUS, (SANA) - Several shells fell on Thursday in the vicinity of the US occupation base in al-Shaddadi, hours after American occupation aircraft targeted the outskirts of Albu Kamal city on Wednesday night, local sources said.\n\nThe sources said ambulances were seen heading to the base.',
     date(2024, 6, 21), [('2024-06-20', 'shaddadi')]),
    ('TEHRAN (IRNA) - A drone struck the American base in the Omar oil field on Saturday, one day after US forces raided positions near Albukamal on Friday, Syrian media reported.\n\nThere was no word on casualties at the base.',
     date(2023, 11, 26), [('2023-11-25', 'al_omar_oil_field')]),
    ('Kharab al-Jir base targeted by drones after US strikes\n\nQAMISHLI (ANHA) - Two drones targeted the coalition base at Kharab al-Jir airfield in the countryside of Hasakah on Monday evening, following American air strikes on Sunday on militia positions in al-Mayadin.\n\nThe drones were shot down before reaching the base, the SDF media centre said.',
     date(2024, 1, 30), [('2024-01-29', 'kharab_al_jir')]),
    ('MOSCOW, (TASS) - Unknown militants fired at least six rockets at the US base in the al-Omar oil field on Friday morning, some 30 hours after US aircraft struck a convoy near Albu Kamal, a source told TASS.\n\nThe source said no damage was done.',
     date(2024, 5, 11), [('2024-05-10', 'al_omar_oil_field')]),
    ('WASHINGTON (AP) - A one-way attack drone hit the Green Village base in eastern Syria on Monday, slightly injuring two US service members, the Pentagon said.\n\nThe drone was launched by Iran-backed militants, officials said.\n\nOn Oct. 19, drones were also launched at the al-Omar base, and on Oct. 21 rockets struck near the Conoco gas field, officials said. No one was hurt in those attacks.',
     date(2023, 10, 31), [('2023-10-30', 'green_village')]),
    ('BEIRUT (AFP) - US forces at the Shaddadi base came under rocket fire late on Sunday, the Syrian Observatory for Human Rights said.\n\nThe Britain-based monitor said the rockets were fired from the south.\n\nLast month, a drone attack on the al-Tanf garrison wounded several US troops.',
     date(2024, 2, 12), [('2024-02-11', 'shaddadi')]),
    ('WASHINGTON (Reuters) - US aircraft struck a weapons storage facility near Albu Kamal on Wednesday, the Pentagon said.\n\nThe strike followed a series of attacks on US bases. On Nov. 8, US jets hit a site near al-Mayadin, and on Nov. 12 they struck a training camp near Albu Kamal.',
     date(2023, 11, 23), [('2023-11-22', 'albu_kamal')]),
    ('Rocket attack targets US base in Syria\n\nA barrage of rockets was fired at the US base at Rumailan in Hasakah province on Tuesday night, US officials said. There were no injuries.\n\nIn a similar attack on Jan. 4, rockets struck near the Shaddadi base.',
     date(2024, 1, 24), [('2024-01-23', 'rumailan')]),
    ('DEIR EZZOR (Deir Ezzor 24) - A drone targeted the Green Village base on Wednesday morning. It was the second such attack on the base in three days, after rockets hit it on Monday.',
     date(2023, 12, 7), [('2023-12-06', 'green_village')]),
    ("WASHINGTON (AP) - US fighter jets struck two facilities near Albu Kamal used by Iran's Revolutionary Guard on Sunday, the Pentagon said.\n\nThe strikes came days after a drone attack on the Tanf garrison wounded four troops.",
     date(2023, 11, 13), [('2023-11-12', 'albu_kamal')]),
    ('US warplanes bombed militia positions near al-Mayadin on Friday night, the US military said. The strikes came three days after rockets slammed into the Omar oil field base on Tuesday, injuring one service member.',
     date(2024, 4, 6), [('2024-04-05', 'al_mayadin')]),
    ('BAGHDAD (Shafaq News) - American aircraft struck positions of Kataib Hezbollah near al-Qaim on the Iraq-Syria border on Saturday, a week after a drone attack on Tower 22 in Jordan killed three US soldiers.',
     date(2024, 2, 4), [('2024-02-03', 'al_qaim')]),
    ('DEIR EZZOR, (SANA) - The US occupation forces on Tuesday brought new military reinforcements to their illegal base in al-Shaddadi, local sources said.\n\nThe move comes two days after the American aggression on Sunday on the outskirts of Albu Kamal city, which caused material damage.',
     date(2024, 6, 11), []),
    ("DAMASCUS, (SANA) - The Foreign Ministry condemned on Tuesday the American aggression on Sunday that targeted several sites in the Albu Kamal countryside, calling it a flagrant violation of Syria's sovereignty.",
     date(2024, 2, 6), []),
    ('SOHR: Two SDF members were killed when gunmen attacked their checkpoint in Thiban town in eastern Deir Ezzor on Monday night.\n\nSince the beginning of the year, SOHR has documented 45 attacks by cells in SDF-held areas of Deir Ezzor. On January 14, gunmen killed three members in al-Shuhail.',
     date(2025, 3, 4), [('2025-03-03', 'thiban')]),
    ('SOHR: ISIS cells attacked a regime checkpoint near al-Mayadin on Saturday, killing two soldiers.\n\nSince early 2024, SOHR has documented the deaths of 120 soldiers in the Badia. On March 3, cells ambushed a bus near Palmyra, killing nine.',
     date(2024, 4, 21), [('2024-04-20', 'al_mayadin')]),
    ('Five years ago today, US-backed forces declared victory over ISIS at al-Baghuz. Residents of the town said on Saturday that reconstruction had barely begun.',
     date(2024, 3, 23), []),
    ('On the first anniversary of the US strike that killed five fighters near Albu Kamal, their families gathered on Wednesday to demand answers.',
     date(2025, 2, 5), []),
    ("QAMISHLI (Kurdistan24) - The SDF arrested four suspects in Hajin on Sunday in connection with last month's car bombing in al-Busayrah that killed three people.",
     date(2024, 8, 12), []),
    ('An IED exploded on Monday next to an SDF vehicle in al-Busayrah, wounding two fighters, local media said.\n\nLast week, a similar blast in Thiban killed a civilian.',
     date(2024, 9, 17), [('2024-09-16', 'al_busayrah')]),
    ('After rockets hit the Omar oil field on Monday, US forces on Wednesday struck launch sites near al-Mayadin, the military said.',
     date(2024, 3, 21), [('2024-03-20', 'al_mayadin')]),
    ('Three days after a drone attack on the Conoco base, American helicopters on Thursday hit a militia vehicle near al-Mayadin, killing two fighters, local sources said.',
     date(2024, 5, 10), [('2024-05-09', 'al_mayadin')]),
    ('BEIRUT (Reuters) - Rockets were fired at the US base in the Omar oil field on Thursday, the US military said, adding that there were no injuries.\n\nThe attack followed strikes by US jets on Wednesday night on militia positions near Albu Kamal, which the Syrian Observatory said killed seven fighters.',
     date(2024, 7, 12), [('2024-07-11', 'al_omar_oil_field')]),
    ('DAMASCUS (AFP) - US strikes hit positions of pro-Iran groups near Albu Kamal late on Thursday, a war monitor said on Friday, a day after a rocket attack on a US base in the Omar field.',
     date(2024, 7, 5), [('2024-07-04', 'albu_kamal')]),
    ('Drone strike hits the Conoco base on Sunday\n\nA drone struck the US base at the Conoco gas field on Sunday, hours after US aircraft hit a militia convoy near al-Mayadin on Saturday night, sources said.',
     date(2024, 8, 12), [('2024-08-11', 'conoco_gas_field')]),
    ('WASHINGTON (AP) - Rockets struck the Green Village base on Wednesday, a day after US strikes on militia bunkers.\n\nOn Tuesday, US F-15 jets struck seven bunkers in the Ayash area used by Iran-backed groups, the military said. The Syrian Observatory said four fighters were killed.',
     date(2024, 8, 29), [('2024-08-27', 'ayash'), ('2024-08-28', 'green_village')]),
    ('MOSCOW (RIA Novosti) - The Russian Foreign Ministry on Tuesday denounced the American strikes carried out on Sunday near Albu Kamal as illegal.',
     date(2024, 9, 24), []),
    ("TEHRAN (Press TV) - Iran's Foreign Ministry spokesman on Monday rejected US claims linking Tehran to the drone attack on the Tower 22 base that killed three soldiers a week earlier.",
     date(2024, 2, 5), []),
    ('Deir Ezzor 24 - Unknown gunmen shot dead a former SDF member in the town of al-Shuhail on Tuesday evening.\n\nThe town had witnessed on March 2 the killing of a tribal notable by gunmen on a motorcycle, and on February 20 an IED attack on an SDF patrol.',
     date(2025, 3, 12), [('2025-03-11', 'al_shuhail')]),
    ('Euphrates Post - An explosion hit a militia headquarters in Albu Kamal at dawn on Friday. The headquarters had been targeted by a drone on January 9, killing two members.',
     date(2025, 1, 25), [('2025-01-24', 'albu_kamal')]),
    ('TEHRAN (Tasnim) - The Islamic Resistance in Iraq said on Sunday it had targeted the US occupation base at al-Tanf with drones, in response to the American aggression on Friday against the al-Qaim area.',
     date(2024, 2, 5), [('2024-02-04', 'al_tanf')]),
    ('TEHRAN (Mehr) - Resistance fighters attacked the US base at Rumailan with rockets on Thursday, two days after the Americans struck al-Mayadin on Tuesday, killing four people.',
     date(2024, 3, 1), [('2024-02-29', 'rumailan')]),
    ('WASHINGTON (AP) - A drone attack targeted US troops at the Conoco base on Friday, the Pentagon said. It came two weeks after US jets bombed a weapons depot near al-Mayadin on Nov. 12.',
     date(2023, 11, 25), [('2023-11-24', 'conoco_gas_field')]),
    ('AMMAN (Reuters) - Rockets hit the Tanf garrison on Saturday. The garrison was last attacked on Dec. 29, when a drone was shot down.',
     date(2024, 1, 14), [('2024-01-13', 'al_tanf')]),
    ('DEIR EZZOR, (SANA) - US occupation helicopters on Tuesday carried out an airdrop near the village of al-Sabha, kidnapping three civilians, local sources said. The operation came two days after the American aggression on Sunday on the village of al-Hari, which killed two civilians.',
     date(2024, 5, 29), [('2024-05-28', 'al_sabha')]),
    ('DEIR EZZOR, (SANA) - Three civilians were injured on Wednesday when the US occupation aircraft targeted a house in the town of Hajin, local sources said, days after a similar aggression on Sunday on the town of al-Shafa.',
     date(2024, 6, 13), [('2024-06-12', 'hajin')]),
    ('CENTCOM said on Thursday that its forces conducted a strike on Tuesday in Deir ez-Zor province that killed an ISIS leader.',
     date(2024, 8, 16), [('2024-08-13', 'deir_ez_zor_province')]),
    ('A year after the drone attack that killed three US soldiers at Tower 22, the families said on Tuesday they were still waiting for answers.',
     date(2025, 1, 28), []),
    ('BEIRUT (AFP) - Rockets hit the Green Village base on Monday, the US military said. In August 2022, a similar rocket attack on the base injured three US service members.',
     date(2024, 6, 25), [('2024-06-24', 'green_village')]),
]


@pytest.mark.parametrize("text,published,expected", RECALL_BATTERY)
def test_a_recalled_event_is_context_and_the_days_news_stays_main(text: str, published: date,
                                                                  expected: list[tuple[str, str]]) -> None:
    res = extract(text, published=published)
    got = sorted((str(m.date.date), m.site.id if m.site else None) for m in res.incidents if m.role == "main")
    assert got == expected, [m.to_json() for m in res.incidents]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # Russian and translated wires name the army's men by nation and trade
        ("DAMASCUS, March 3. /TASS/. Eleven Syrian servicemen were killed on Tuesday when militants attacked "
         "their convoy near al-Mayadin in Deir ez-Zor province.", "Syrian government"),
        ("ISIS gunmen ambushed a bus carrying Syrian military personnel on the road to Palmyra near al-Mayadin "
         "on Thursday, killing 14.", "Syrian government"),
    ],
)
def test_the_armys_men_told_by_their_trade(text: str, target: str) -> None:
    mains = [m for m in extract(text, published=date(2021, 3, 4)).incidents if m.role == "main"]
    assert mains, "no main incident"
    assert mains[0].target == target, [m.to_json() for m in mains]


def test_an_attack_whose_author_was_misread_as_the_side_hit_still_places_the_answer() -> None:
    # "Four soldiers were hurt when rockets struck the Conoco base, and U.S. helicopters hit back": a lead
    # that tells both may read the attack on the base as the Americans' own (US-led coalition -> US-led
    # coalition); that group is still the attack the answer told next answers, not a placed answer
    from types import SimpleNamespace

    from extraction.pipeline import _answered_area, _Group
    from extraction.records import DateInfo

    text = ("Rockets struck the base at the Conoco field on Sunday.\n\n"
            "In response, U.S. helicopters fired on the launch crews, killing two.")
    second = text.index("In response")
    sents = [Span(0, second - 2, text[: second - 2]), Span(second, len(text), text[second:])]
    day = DateInfo(date(2033, 6, 12), "day", "on Sunday")
    attack = _Group(members=[SimpleNamespace(clause=sents[0], sentence=0)], date=day, sites=["conoco_gas_field"],
                    perpetrator="US-led coalition", target="US-led coalition")
    answer = _Group(members=[SimpleNamespace(clause=sents[1], sentence=1)], context_date=day,
                    perpetrator="US-led coalition", target="Iran-backed militias", responds=True)
    assert _answered_area(text, sents, answer, [attack, answer]) == "deir_ez_zor_province"


@pytest.mark.parametrize("text,published,town", [
    # wire style: the news placed only in "eastern Syria", the strikes it came after at a town
    ("BEIRUT (Reuters) - Unidentified attackers launched rockets at a U.S. military outpost in eastern Syria late on "
     "Tuesday, a U.S. official said. The attack came two days after American warplanes struck positions of "
     "Iran-backed militias near Abu Kamal.", date(2024, 5, 9), "albu_kamal"),
    ("Militants fired rockets at a US base in eastern Syria on Tuesday. It came two days after US jets struck "
     "militia positions near Albu Kamal on Sunday.", date(2023, 10, 26), "albu_kamal"),
    # Iranian outlet style
    ("TEHRAN (Tasnim) - Resistance groups targeted an American occupation base in eastern Syria with a drone on "
     "Wednesday. The operation came just hours after US aircraft bombed a convoy in the town of al-Mayadin on "
     "Tuesday night.", date(2024, 1, 18), "al_mayadin"),
    # monitor style, the event it came after told with no day
    ("Drones attacked an occupation base in the east of Syria on Friday, the Observatory said. It came a week after "
     "Israeli jets struck weapons depots in the vicinity of Hatla.", date(2025, 3, 15), "hatla"),
    ("An American garrison in Syria's east came under fire from rockets on Saturday, according to a coalition "
     "statement. The attack followed US airstrikes that hit a weapons depot near Hatla on Thursday.",
     date(2024, 2, 12), "hatla"),
])
def test_the_town_of_what_the_news_came_after_is_not_the_news_place(text: str, published: date, town: str) -> None:
    """"It came two days after US jets struck ... near Albu Kamal": the town is the earlier strike's; the
    news, told only in eastern Syria, is not placed there, and the strike stays recalled with its town."""
    res = extract(text, published=published)
    second = text.index(". ") + 2
    at_town = [m for m in res.incidents if m.site and m.site.id == town]
    assert at_town and all(m.role == "background" for m in at_town), [m.to_json() for m in res.incidents]
    assert all(e.start >= second for m in at_town for e in m.evidence), [m.to_json() for m in at_town]


@pytest.mark.parametrize("text,published,site", [
    # wire style
    ("Rockets hit the US base at the Conoco gas field on Friday, the coalition said. It came a week after drones "
     "struck the Conoco base, wounding two soldiers.", date(2024, 5, 12), "conoco_gas_field"),
    # Iraqi militia channel relayed by a monitor
    ("Two drones targeted the American garrison at the al-Omar oil field overnight, Sabereen News reported on "
     "Thursday. The attack came days after a rocket barrage on the al-Omar base injured a contractor.",
     date(2023, 11, 3), "al_omar_oil_field"),
])
def test_what_the_news_came_after_at_the_same_base_stays_another_incident(text: str, published: date, site: str) -> None:
    """"It came a week after drones struck the Conoco base": the earlier attack on the same base, given no
    day, is not merged into the news by the day in force; it stays recalled."""
    res = extract(text, published=published)
    second = text.index(". ") + 2
    mains = [m for m in res.incidents if m.role == "main"]
    assert [m.site.id for m in mains] == [site], [m.to_json() for m in res.incidents]
    assert all(e.start < second for e in mains[0].evidence), mains[0].to_json()
    assert any(m.role == "background" and m.site and m.site.id == site for m in res.incidents)


def test_the_similar_raid_told_where_the_news_happened_stays_recalled_with_its_day_and_toll() -> None:
    """"..., where a similar raid on Thursday killed three": the raid comes out as background, on its own day,
    at the place the clause takes up, with its own toll."""
    text = ("US aircraft struck a weapons depot used by Iran-backed militias in eastern Syria, the Pentagon said on "
            "Saturday. It was the second strike in a week near the town of Albu Kamal, where a similar raid on "
            "Thursday killed three fighters.")
    res = extract(text, published=date(2024, 6, 10))
    recalled = [m for m in res.incidents if m.role == "background"]
    assert [(m.date.date.isoformat(), m.site.id, m.killed) for m in recalled] == [("2024-06-06", "albu_kamal", 3)]


@pytest.mark.parametrize("text,published,province", [
    ("SDF fighters pulled back towards Hasakah province on Sunday after heavy fighting, a war monitor said.",
     date(2026, 1, 19), "hasakah_province"),
    ("Kurdish-led units withdrew toward Raqqa province overnight as government troops advanced, Reuters reported.",
     date(2025, 12, 2), "raqqa_province"),
])
def test_the_province_a_side_withdrew_toward_is_not_where_it_happened(text: str, published: date, province: str) -> None:
    """"pulled back towards Hasakah province": where a side went after the act, not the place of an incident."""
    res = extract(text, published=published)
    assert not any(m.site and m.site.id == province for m in res.incidents), [m.to_json() for m in res.incidents]


def test_the_witnesses_account_joins_the_act_with_its_claims_but_not_as_its_doer():
    # a local network's item: the shelling told with its doer, then the residents' account of it
    text = ("Regime artillery shelled the town of Hajin on Saturday, killing a woman, Deir Ezzor 24 reported. "
            "The residents of Hajin condemned the shelling, local sources said, adding that six shells hit the market.")
    mains = [m for m in extract(text, published=date(2022, 10, 3)).incidents if m.role == "main"]
    assert len(mains) == 1 and mains[0].perpetrator == "Syrian government"
    residents = text.index("The residents")
    assert any(s.start >= residents for s in mains[0].evidence)  # their words are evidence of the act
    assert not [c for c in mains[0].claims if c.attribute == "perpetrator" and c.value == "civilians"]


@pytest.mark.parametrize("text", [
    # live blog: the witnesses' entry before the strike's own, then in one telling
    "LIVE: US response to the drone attack\n\n21:05 GMT\nBreaking: reports of explosions in eastern Syria. Residents in "
    "Albu Kamal describe loud blasts and jets overhead.\n\n21:40 GMT\nCENTCOM says US aircraft struck weapons depots used "
    "by Iran-backed militias in Albu Kamal.\n\n22:10 GMT\nNo casualty figures yet.",
    "Live updates\n\n18:20\nResidents of al-Mayadin describe heavy explosions on the edge of the town.\n\n18:45\nA US "
    "official tells reporters that American jets struck an IRGC-linked ammunition depot near al-Mayadin this evening.",
])
def test_witnesses_of_a_strike_are_no_rival_doer_in_its_claims(text):
    mains = [m for m in extract(text, published=date(2024, 2, 2)).incidents if m.role == "main"]
    assert len(mains) == 1 and mains[0].perpetrator == "US-led coalition"
    assert any(s.start < text.index("CENTCOM" if "CENTCOM" in text else "A US official") for s in mains[0].evidence)
    assert {c.value for c in mains[0].claims if c.attribute == "perpetrator"} == {"US-led coalition"}
def test_answer_dated_only_by_next_days_statement_takes_the_attacks_day():
    """'Rockets hit the Conoco base on Sunday ... US artillery then shelled the outskirts of al-Quriyah ... a
    coalition statement on Monday said Apaches had also engaged the launch sites': an answer whose only day is
    the statement's of the next day took place on the day of the attack it answered (counter-fire answers
    within hours), even when it is placed elsewhere and the attack's hour is not told as a night."""
    from types import SimpleNamespace

    from extraction.pipeline import _same_night_at_scene
    from extraction.records import DateInfo

    attack = SimpleNamespace(date=DateInfo(date(2022, 3, 6), "day", text="on Sunday"), context_date=None, soft_date=None,
                             background=False, members=[1], sites=["conoco_gas_field"], responds=False,
                             sides=("militia", "us"))
    answer = SimpleNamespace(date=None, context_date=None, soft_date=DateInfo(date(2022, 3, 7), "day", text="on Monday"),
                             background=False, members=[1], sites=["al_quriyah"], responds=True, sides=("us", "militia"))
    # a strike of the attacking side the next morning is no answer: its statement's day stays
    other = SimpleNamespace(date=None, context_date=None, soft_date=DateInfo(date(2022, 3, 7), "day", text="on Monday"),
                            background=False, members=[1], sites=["al_mayadin"], responds=False, sides=("militia", "us"))
    _same_night_at_scene([attack, answer, other])
    assert answer.context_date is not None and answer.context_date.date == date(2022, 3, 6)
    assert other.context_date is None


# Pages as a scraper saves them: the story, then (or around it) blocks of other stories' headlines under the
# headings outlets use, or with their heading lost. None of those headlines is this article's news.
SCRAPED_PAGES = [
    (
        "popular-now-block-of-full-stop-headlines",
        # Iranian English site: a "Popular now" block whose headlines end in full stops
        "Drones hit US base at Kharab al-Jir\n\nFriday, 12 July 2024 7:40 AM\n\nThe Islamic Resistance in Iraq said "
        "its fighters targeted the American occupation base at Kharab al-Jir airfield in Hasakah with two drones on "
        "Thursday night.\n\nThere was no immediate comment from Washington.\n\nPopular now:\nUS warplanes bomb "
        "resistance positions near al-Mayadin, killing three.\nRocket barrage targets US forces at Conoco field.\n",
        date(2024, 7, 12),
        [dict(date="2024-07-11", site="kharab_al_jir")],
    ),
    (
        "other-stories-heading-over-state-media-headlines",
        # Syrian state media English edition
        "Deir Ezzor, SANA - Two shells fired by US occupation forces fell on Saturday on the outskirts of al-Kishkiyah "
        "town in the eastern countryside of Deir Ezzor, causing material damage, local sources said.\n\n"
        "Other stories\nAmerican occupation helicopters land near al-Busayrah, kidnap four citizens.\n"
        "Terrorist attack on army post in al-Sukhnah desert repelled.\n",
        date(2023, 5, 7),
        [dict(date="2023-05-06", site="al_kishkiyah")],
    ),
    (
        "stories-you-may-have-missed",
        # wire pickup on a regional site
        "BEIRUT (Reuters) - A drone struck near the US base at the Green Village in eastern Syria on Tuesday, causing "
        "no injuries, a US defence official said.\n\nThe official said the drone was launched from Iraq.\n\n"
        "Stories you may have missed\nUS strike kills two Kataib Hezbollah members near Albu Kamal.\n"
        "Drone attack wounds four SDF fighters at al-Omar field.\n",
        date(2024, 3, 27),
        [dict(date="2024-03-26", site="green_village")],
    ),
    (
        "more-in-a-region-heading",
        # Kurdish agency: "More in <section>"
        "QAMISHLI (ANHA) - Three rockets fell near the base of the international coalition at Tal Baydar in the "
        "countryside of Hasakah on Wednesday evening, without casualties, a military source said.\n\n"
        "More in North and East Syria\nTurkish drone kills two members of the Internal Security Forces near Amuda.\n"
        "Gunmen attack SDF checkpoint in Thiban, wounding a fighter.\n",
        date(2024, 10, 17),
        [dict(date="2024-10-16", site="tal_baydar")],
    ),
    (
        "what-others-are-reading",
        # newspaper page with its readers' block
        "WASHINGTON - A one-way attack drone struck near the Conoco gas field base in Syria early Sunday, causing no "
        "injuries, a defense official said.\n\nWhat others are reading\n"
        "Militants fire rockets at Rumailan base, wounding two US troops.\nAirstrikes hit weapons convoy near "
        "al-Qaim.\n",
        date(2024, 8, 18),
        [dict(date="2024-08-18", site="conoco_gas_field")],
    ),
    (
        "next-and-previous-story-links-around-a-short-story",
        # a blog's story links: above a short story they are menu entries, below it the page's end
        "« Previous: US jets strike militia depot near al-Mayadin, killing six\n\nDrones attack US forces at al-Tanf\n\n"
        "Two drones targeted coalition forces at the al-Tanf garrison on Monday, a US official said, adding that "
        "the attack caused no injuries.\n\nNext: Rockets fired at Shaddadi base, no injuries »\n",
        date(2023, 11, 21),
        [dict(date="2023-11-20", site="al_tanf")],
    ),
    (
        "unheaded-bulleted-headlines-closing-the-page",
        # a regional site whose "Related" heading was an image the scraper dropped
        "Drone downed near Conoco field\n\nMarch 12, 2024\n\nA drone was shot down on Monday near the Conoco gas "
        "field in Deir ez-Zor, where US forces are based, the SDF said. There were no casualties.\n\n"
        "• US strikes kill five militiamen near Albu Kamal\n• Rockets fall near al-Omar oil field base\n"
        "• Israeli raid hits weapons depot in Homs countryside\n",
        date(2024, 3, 12),
        [dict(date="2024-03-11", site="conoco_gas_field")],
    ),
    (
        "unheaded-numbered-headlines-closing-the-page",
        # local monitor's site: a numbered "most read" list whose heading was lost
        "Deir Ezzor 24 - Unknown aircraft struck a position of Iranian militias near the village of al-Sukkariyah, east "
        "of Albu Kamal, on Friday night, killing three of their members, our correspondent said.\n\n"
        "1. Militia drone targets SDF post in Thiban\n2. Coalition helicopters raid house in al-Shuhail\n"
        "3. Fuel prices rise in Deir Ezzor markets\n",
        date(2024, 9, 14),
        [dict(date="2024-09-13", site="al_sukkariyah")],
    ),
]


@pytest.mark.parametrize("name,text,published,expected", SCRAPED_PAGES, ids=[c[0] for c in SCRAPED_PAGES])
def test_other_stories_headlines_on_a_page_are_not_its_news(name: str, text: str, published: date,
                                                             expected: list[dict]) -> None:
    mains = [m for m in extract(text, published=published).incidents if m.role == "main"]
    assert len(mains) == len(expected), [m.to_json() for m in mains]
    for mention, exp in zip(mains, expected, strict=True):
        got = mention.to_json()
        got["site"] = mention.site.id if mention.site else None
        for key, value in exp.items():
            assert got[key] == value, (key, got)


def test_a_list_the_article_introduces_or_ends_with_stops_is_its_own() -> None:
    """The closing headlines of other stories are dropped, not a digest's items that a line introduces, nor items
    that are sentences."""
    from extraction.clean import clean

    introduced = ("Deir Ezzor 24 - Here is a summary of the security events our correspondents documented in the "
                  "province on Sunday:\n\n• A US drone struck a militia truck near al-Quriyah, killing two\n"
                  "• Rockets hit the coalition base at the al-Omar oil field, causing no casualties\n")
    sentences = ("Security roundup. Our correspondents documented the following events in the province on Sunday "
                 "and Monday.\n\n- A US drone struck a militia truck near al-Quriyah, killing two.\n"
                 "- Rockets hit the coalition base at the al-Omar oil field, causing no casualties.\n")
    for text in (introduced, sentences):
        assert sum(s.text.startswith(("•", "-")) for s in clean(text).body) == 2


# A box of links to other stories between two paragraphs ("Read also:", "Related: <headline>"): the story
# goes on under it, and the paragraphs after it hold the incident or its day.
INLINE_LINK_PAGES = [
    (
        "see-also-link-between-lead-and-the-paragraph-with-the-day",
        "Drone attack on Green Village base\n\nA drone attacked the US-led coalition base at the Green Village "
        "in the eastern countryside of Deir ez-Zor, the SDF media centre said.\n\nSee also: US aircraft bomb "
        "militia depot in al-Mayadin, killing four\n\nThe attack took place on Tuesday night and caused no "
        "casualties among the troops at the base, an SDF spokesman told reporters on Wednesday.\n\nNo group "
        "has claimed the attack so far.\n",
        date(2024, 4, 18),
        [dict(date="2024-04-16", site="green_village")],
    ),
    (
        "read-also-box-in-state-media-before-the-incident-paragraph",
        "Syrian state media: US aggression on Deir Ezzor countryside\n\nDamascus, SANA - The US occupation "
        "forces continue their aggressions against the Syrian people and their properties in the Jazira "
        "region.\n\nRead also:\nOccupation convoy loots 40 tankers of Syrian oil\nArmy units repel terrorist "
        "attack in Idleb\n\nOn Sunday, US occupation helicopters bombed the surroundings of al-Kishkiyah town "
        "in the eastern countryside of Deir Ezzor, killing a shepherd and wounding two others, local sources "
        "told SANA.\n\nThe sources added that the helicopters then landed near the town.\n",
        date(2023, 3, 14),
        [dict(date="2023-03-12", site="al_kishkiyah")],
    ),
    (
        "related-link-in-kurdish-agency-before-the-incident-paragraph",
        "Rockets target coalition base\n\nQAMISHLI (North Press) - The coalition base has again come under "
        "fire in the last few days, according to military sources in the region.\n\nRELATED: Turkish drone "
        "strike kills two SDF fighters near Kobani\n\nThree rockets fell on Monday evening inside the "
        "coalition base at the Conoco gas field east of Deir ez-Zor, a military source told North Press, "
        "without causing casualties.\n\nThe source said the rockets were launched from the west bank of the "
        "Euphrates.\n",
        date(2024, 5, 14),
        [dict(date="2024-05-13", site="conoco_gas_field")],
    ),
    (
        "dont-miss-box-between-paragraphs",
        'US strike targets militia commander\n\nAn American strike has killed a senior figure of an Iraqi armed'
        " group in eastern Syria, sources said on Thursday.\n\nDon't miss:\nIsrael strikes Hezbollah positions i"
        "n south Lebanon\n\nThe drone strike hit a car near Albu Kamal on Wednesday evening, killing the "
        "commander and his driver, the Syrian Observatory for Human Rights said.\n\nThe Pentagon did not "
        "immediately comment.\n",
        date(2024, 2, 8),
        [dict(date="2024-02-07", site="albu_kamal")],
    ),
]


@pytest.mark.parametrize("name,text,published,expected", INLINE_LINK_PAGES, ids=[c[0] for c in INLINE_LINK_PAGES])
def test_a_link_box_between_paragraphs_does_not_end_the_story(name: str, text: str, published: date,
                                                               expected: list[dict]) -> None:
    test_other_stories_headlines_on_a_page_are_not_its_news(name, text, published, expected)


def test_a_related_block_with_teasers_still_ends_the_story() -> None:
    """Related items with a teaser each (headline, teaser, headline, teaser) are no paragraph of the story."""
    text = ("Rockets hit near US base at Rumailan\n\nTwo rockets fell near the US base at Rumailan in Hasakah province "
            "on Friday, without casualties, the SDF said in a statement on its website.\n\nRelated\nUS jets pound "
            "militia sites near al-Mayadin\nAmerican warplanes struck three sites of Iran-backed groups near "
            "al-Mayadin on Thursday night, killing at least six fighters, a monitor said.\nDrone hits SDF post in "
            "Thiban\nA drone hit an SDF post in Thiban on Wednesday, wounding two fighters, local sources said.\n")
    mains = [m for m in extract(text, published=date(2024, 6, 22)).incidents if m.role == "main"]
    assert [(m.to_json()["date"], m.site.id) for m in mains] == [("2024-06-21", "rumailan")]


@pytest.mark.parametrize(("text", "statement_days"), [
    # the judgement's own day, before its verb; the act judged keeps the day told after it
    ("The Foreign Ministry on Thursday condemned the US aggression on Wednesday on al-Mayadin.", ["on Thursday"]),
    ("The SDF General Command, Thursday, denounced the Turkish raid on Monday on Tel Baidar.", ["Thursday"]),
    # (a day owned by the act, "condemned Friday's strikes", is still read as the judgement's: taking it as the
    # act's dated a strike recalled as "Sunday's strikes" in a later paragraph and made it news, holdout3)
    ("Kanaani on Saturday condemned Friday's American airstrikes on Albu Kamal.", ["on Saturday", "Friday"]),
    # with no day of its own, the judgement's day is the one told after the act judged
    ("Kanaani condemned the strikes on Saturday as a strategic mistake.", ["on Saturday"]),
    ("The ministry condemned on Thursday the US aggression on Wednesday against al-Mayadin.", ["on Thursday"]),
])
def test_the_day_of_a_judgement_and_the_day_of_the_act(text: str, statement_days: list[str]) -> None:
    from extraction import dates
    from extraction.pipeline import _statement_time

    sent = Span(0, len(text), text)
    found = [t.span.text for t in dates.find_time_expressions(text) if _statement_time(text, t, sent)]
    assert found == statement_days

