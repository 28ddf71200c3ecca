"""Claim ledger, contradictions, agreement, independence counting and grades."""

from __future__ import annotations

from store_helpers import claim, mention, sourced, strike

from extraction.ledger import (
    build_ledger,
    find_contradictions,
    grade,
    independent_sources,
    parse_count,
    summarize,
    weapon_class,
)

SOHR = ("SOHR", "monitor")
SANA = ("SANA", "state_media")
COAL = ("Coalition spokesperson", "military")


def c(who, attribute, value, quote=""):
    return claim(who[0], who[1], attribute, value, quote)


def june28():
    """The 28 June 2021 Al-Omar attack as three claimants told it (AFP, 29 June 2021)."""
    return [
        sourced(
            "afp:0",
            mention(
                claims=(
                    c(SOHR, "weapon", "shells", "pro-Iranian militias fired several shells"),
                    c(SOHR, "casualties", "none", "without causing any victims"),
                    c(SOHR, "damage", "material damage"),
                    c(SANA, "weapon", "missiles", "firing of missiles"),
                    c(COAL, "weapon", "rockets", "attacked by several rockets"),
                    c(COAL, "casualties", "none", "There were no casualties"),
                    c(COAL, "time", "19:44"),
                )
            ),
            outlet="France 24",
            wire="AFP",
        )
    ]


def test_three_claimants_three_independent_sources_grade_a():
    s = summarize(june28())
    assert s.independent_sources == 3
    assert s.article_count == 1
    assert s.grade == "A"
    assert set(s.claimants) == {"SOHR", "SANA", "Coalition spokesperson"}


def test_weapon_disagreement_is_flagged_and_explained():
    s = summarize(june28())
    (w,) = [x for x in s.contradictions if x.attribute == "weapon"]
    assert set(w.values) == {"shells", "rockets", "missiles"}
    assert "SOHR" in w.explanation and "SANA" in w.explanation and "rockets" in w.explanation


def test_agreement_on_no_casualties_counts_independent_claimants():
    s = summarize(june28())
    (a,) = [x for x in s.agreements if x.attribute == "casualties"]
    assert a.value == "none" and a.independent == 2
    (occ,) = [x for x in s.agreements if x.attribute == "occurrence"]
    assert occ.independent == 3


def test_afp_story_in_three_outlets_is_one_source():
    items = [
        sourced(f"art{i}:0", mention(claims=(c(SOHR, "killed", "3"),)), outlet=o, wire="AFP")
        for i, o in enumerate(["France 24", "Barron's", "Arab News"])
    ]
    s = summarize(items)
    assert s.independent_sources == 1
    assert s.article_count == 3
    assert s.grade == "C"
    (row,) = [r for r in s.ledger if r.attribute == "killed"]
    assert row.outlets == ("Arab News", "Barron's", "France 24")
    assert row.wires == ("AFP",)


def test_unattributed_wire_story_in_three_outlets_is_one_source_grade_d():
    items = [sourced(f"art{i}:0", mention(), outlet=o, wire="AFP") for i, o in enumerate("XYZ")]
    ledger = build_ledger(items)
    assert independent_sources(ledger) == 1
    assert grade(ledger) == "D"
    assert {r.claimant for r in ledger} == {"AFP"}


def test_two_outlets_own_accounts_are_two_sources():
    items = [sourced("a:0", mention(), outlet="Zhyan"), sourced("b:0", mention(), outlet="ESTA")]
    assert summarize(items).independent_sources == 2
    assert summarize(items).grade == "B"


def test_grade_b_without_an_official_party():
    items = [
        sourced(
            "a:0",
            mention(
                claims=(
                    c(SOHR, "weapon", "rockets"),
                    c(("Deir Ezzor 24", "local_sources"), "weapon", "rockets"),
                )
            ),
        )
    ]
    assert summarize(items).grade == "B"


def test_same_claimant_in_two_articles_counts_once():
    items = [
        sourced("a:0", mention(claims=(c(SOHR, "killed", "6"),)), outlet="ESTA"),
        sourced("b:0", mention(claims=(c(SOHR, "killed", "6"),)), outlet="Rudaw"),
        sourced(
            "c:0", mention(claims=(c(("CENTCOM", "military"), "occurrence", "yes"),)), outlet="AP"
        ),
    ]
    s = summarize(items)
    assert s.independent_sources == 2
    (killed,) = [r for r in s.ledger if r.attribute == "killed"]
    assert killed.outlets == ("ESTA", "Rudaw")


def test_no_casualties_vs_six_killed_is_flagged():
    items = [
        sourced(
            "a:0",
            strike(claims=(c(SOHR, "killed", "6", "at least six militants were killed"),)),
            outlet="ESTA",
        ),
        sourced(
            "b:0", strike(claims=(c(("CENTCOM", "military"), "casualties", "none"),)), outlet="AP"
        ),
    ]
    s = summarize(items)
    (k,) = [x for x in s.contradictions if x.attribute == "killed"]
    assert k.values == ("none", "6")
    assert "no casualties" in k.explanation and "SOHR" in k.explanation


def test_different_death_tolls_are_flagged():
    items = [
        sourced("a:0", strike(claims=(c(SOHR, "killed", "6"), c(SANA, "killed", "at least 9"))))
    ]
    (k,) = [x for x in find_contradictions(items, build_ledger(items)) if x.attribute == "killed"]
    assert k.values == ("6", "9")


def test_rockets_and_drones_vs_rockets_is_not_a_contradiction():
    items = [
        sourced(
            "a:0",
            mention(
                claims=(
                    c(SOHR, "weapon", "rockets"),
                    c(SOHR, "weapon", "drones"),
                    c(COAL, "weapon", "rockets"),
                    c(SANA, "weapon", "projectiles"),
                )
            ),
        )
    ]
    assert not [x for x in summarize(items).contradictions if x.attribute == "weapon"]


def test_denial_against_a_coalition_statement_is_flagged():
    # Infobae/EFE, 5 Jan 2022: the activist network says the bombing "was not carried out by
    # US forces"; a coalition spokesperson (via Reuters/Sputnik) describes its own strike.
    items = [
        sourced(
            "infobae:0",
            strike(
                "2022-01-04",
                site="green_village",
                claims=(
                    c(("Deir Ezzor 24", "local_sources"), "denial", "not carried out by US forces"),
                ),
            ),
            outlet="Infobae",
            wire="EFE",
        ),
        sourced(
            "sputnik:0",
            strike(
                "2022-01-04",
                site="green_village",
                claims=(c(COAL, "responsibility", "US-led coalition"),),
            ),
            outlet="Sputnik International",
        ),
    ]
    s = summarize(items)
    (d,) = [x for x in s.contradictions if x.attribute == "responsibility"]
    assert "Deir Ezzor 24" in d.explanation and "Coalition spokesperson" in d.explanation
    assert d.values[0].startswith("denied:")


def test_a_lone_denial_is_still_flagged():
    items = [
        sourced(
            "a:0",
            strike(
                claims=(
                    c(
                        ("Iranian Foreign Ministry", "government"),
                        "denial",
                        "any link to the targeted site",
                    ),
                )
            ),
        )
    ]
    (d,) = summarize(items).contradictions
    assert "denies" in d.explanation


def test_perpetrator_disagreement_is_flagged():
    items = [
        sourced(
            "a:0",
            strike(
                claims=(
                    c(SANA, "perpetrator", "US-led coalition"),
                    c(("Israeli media", "journalist"), "perpetrator", "Israel"),
                )
            ),
        )
    ]
    (p,) = [x for x in summarize(items).contradictions if x.attribute == "perpetrator"]
    assert set(p.values) == {"US-led coalition", "Israel"}


def test_dates_either_side_of_midnight_are_flagged():
    items = [
        sourced("a:0", mention("2021-06-27", part_of_day="night"), outlet="A"),
        sourced("b:0", mention("2021-06-28", part_of_day="night"), outlet="B"),
    ]
    (d,) = [x for x in summarize(items).contradictions if x.attribute == "date"]
    assert d.values == ("2021-06-27", "2021-06-28")


def test_agreeing_claimants_produce_no_contradiction():
    items = [
        sourced("a:0", mention(claims=(c(SOHR, "weapon", "rockets"), c(COAL, "weapon", "rockets"))))
    ]
    s = summarize(items)
    assert s.contradictions == ()
    assert any(a.attribute == "weapon" and a.independent == 2 for a in s.agreements)


def test_incident_fields_follow_the_documented_rules():
    items = [
        sourced(
            "a:0",
            mention(site="al_omar_oil_field", killed=4, casualties="some", weapons=("rockets",)),
        ),
        sourced(
            "b:0",
            mention(
                site="green_village", killed=2, casualties="some", weapons=("rockets", "drones")
            ),
        ),
        sourced(
            "c:0", mention("2021-06-01", precision="month", event_type="attack", role="background")
        ),
    ]
    s = summarize(items)
    assert s.site.id == "green_village"  # the most specific site reported
    assert str(s.date) == "2021-06-28" and s.date_precision == "day"
    assert s.killed == 2  # lowest reported number
    assert s.weapons[0] == "rockets"
    assert s.event_type == "shelling/artillery/missile attack"
    assert s.role == "main"


def test_helpers():
    assert weapon_class("home-made missile") == "missiles"
    assert weapon_class("rocket") == "rockets"
    assert weapon_class("heavy artillery fire") == "shells"
    assert weapon_class("projectiles") is None
    assert parse_count("at least six") == 6
    assert parse_count("none") == 0
    assert parse_count("12 fighters") == 12
    assert parse_count("several") is None


def outlet_claim(attribute, value):
    """The pipeline's form of an article's own, unattributed account."""
    return claim("unattributed (outlet's own reporting)", "outlet", attribute, value)


def test_own_account_beside_a_named_claimant_is_not_another_source():
    items = [
        sourced(
            "afp:0",
            mention(claims=(outlet_claim("weapon", "projectiles"), c(SOHR, "weapon", "shells"))),
            wire="AFP",
        )
    ]
    s = summarize(items)
    assert s.independent_sources == 1 and s.grade == "C"
    assert {r.claimant for r in s.ledger} == {"AFP", "SOHR"}  # still shown in the ledger
    assert s.claimants == ("SOHR",)


def test_own_accounts_of_articles_without_claimants_count_per_outlet():
    items = [
        sourced("a:0", mention(claims=(outlet_claim("weapon", "rockets"),)), outlet="Zhyan"),
        sourced("b:0", mention(claims=(outlet_claim("weapon", "rockets"),)), outlet="ESTA"),
        sourced(
            "c:0", mention(claims=(outlet_claim("weapon", "rockets"),)), outlet="Rudaw", wire="AFP"
        ),
        sourced(
            "d:0",
            mention(claims=(outlet_claim("weapon", "rockets"),)),
            outlet="Kurdistan 24",
            wire="AFP",
        ),
    ]
    s = summarize(items)
    assert s.independent_sources == 3  # Zhyan, ESTA and one AFP story
    assert s.grade == "B"
