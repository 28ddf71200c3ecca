"""Cross-source resolution: which mentions are one incident, which stay apart, and links."""

from __future__ import annotations

import random

import pytest
from store_helpers import ATTACK, COALITION, STRIKE, mention, sourced, strike

from extraction.resolve import (
    Resolution,
    date_interval,
    event_types_compatible,
    has_response_cue,
    parse_minutes,
    resolve,
    reverse_direction,
)


def groups(items, res: Resolution) -> list[set[str]]:
    return [{items[i].key for i in cl} for cl in res.clusters]


def together(items, res, *keys) -> bool:
    return any(set(keys) <= g for g in groups(items, res))


def apart(items, res, a, b) -> bool:
    return not together(items, res, a, b)


# --------------------------------------------------------------------------- merge


def test_base_and_green_village_same_night_are_one_incident():
    items = [
        sourced("a:0", mention(site="al_omar_oil_field", part_of_day="evening")),
        sourced("b:0", mention(site="green_village", part_of_day="night")),
    ]
    res = resolve(items)
    assert len(res.clusters) == 1


def test_same_site_day_and_month_precision_merge():
    items = [
        sourced("a:0", mention("2021-06-28")),
        sourced("b:0", mention("2021-06-01", precision="month")),
    ]
    assert len(resolve(items).clusters) == 1


def test_five_outlets_one_night_one_incident():
    items = [
        sourced(f"art{i}:0", mention(site=s))
        for i, s in enumerate(
            [
                "al_omar_oil_field",
                "green_village",
                "al_omar_oil_field",
                "green_village",
                "al_omar_oil_field",
            ]
        )
    ]
    assert len(resolve(items).clusters) == 1


def test_generic_attack_type_merges_with_specific_one():
    items = [
        sourced("a:0", mention(event_type="attack")),
        sourced("b:0", mention(event_type=ATTACK)),
    ]
    assert len(resolve(items).clusters) == 1


def test_siteless_mention_joins_the_only_matching_incident_that_day():
    items = [
        sourced("a:0", mention(site="green_village")),
        sourced("b:0", mention(site=None)),
    ]
    assert len(resolve(items).clusters) == 1


def test_province_level_mention_joins_a_site_inside_the_province():
    items = [
        sourced("a:0", mention(site="conoco_gas_field")),
        sourced("b:0", mention(site="deir_ez_zor_province")),
    ]
    assert len(resolve(items).clusters) == 1


def test_contested_attribution_same_site_and_day_merges():
    items = [
        sourced("a:0", strike(site="albu_kamal")),
        sourced(
            "b:0",
            mention(
                site="albu_kamal",
                direction="israel->militia",
                perpetrator="Israel",
                target="Iran-backed militias",
                event_type=STRIKE,
            ),
        ),
    ]
    assert len(resolve(items).clusters) == 1


# --------------------------------------------------------------------------- no merge


def test_attack_and_response_are_never_merged_but_linked():
    items = [
        sourced("a:0", mention(site="green_village", time_local="15:10")),
        sourced("a:900", strike(site="green_village", time_local="16:30")),
    ]
    res = resolve(items)
    assert len(res.clusters) == 2
    (link,) = res.links
    assert link.type == "response_to"
    assert items[res.clusters[link.source][0]].mention.direction == "us->militia"
    assert items[res.clusters[link.target][0]].mention.direction == "militia->us"


def test_attack_and_response_in_other_articles_stay_apart():
    items = [
        sourced("a:0", mention(site="green_village")),
        sourced("b:0", strike(site="green_village")),
        sourced("c:0", strike(site=None)),
    ]
    res = resolve(items)
    assert apart(items, res, "a:0", "b:0")
    assert apart(items, res, "a:0", "c:0")
    assert together(items, res, "b:0", "c:0")


@pytest.mark.parametrize("far", ["qamishli", "conoco_gas_field", "albu_kamal"])
def test_different_sites_far_apart_stay_apart(far):
    items = [sourced("a:0", mention()), sourced("b:0", mention(site=far))]
    assert len(resolve(items).clusters) == 2


def test_close_sites_on_opposite_banks_stay_apart():
    # Al-Mayadin and the Al-Omar field are ~11 km apart, but the Euphrates lies between them.
    items = [sourced("a:0", mention(site="al_mayadin")), sourced("b:0", mention())]
    assert len(resolve(items).clusters) == 2


@pytest.mark.parametrize(
    ("d1", "p1", "d2", "p2"),
    [
        ("2021-06-28", "day", "2021-06-30", "day"),
        ("2021-06-28", "day", "2021-06-29", "day"),
        ("2021-07-02", "day", "2021-06-01", "month"),
        ("2021-06-10", "week", "2021-06-28", "day"),
        ("2022-01-04", "day", "2022-01-05", "day"),
    ],
)
def test_dates_beyond_their_precision_stay_apart(d1, p1, d2, p2):
    items = [sourced("a:0", mention(d1, precision=p1)), sourced("b:0", mention(d2, precision=p2))]
    assert len(resolve(items).clusters) == 2


def test_night_reports_may_straddle_midnight():
    items = [
        sourced("a:0", mention("2021-06-27", part_of_day="night")),
        sourced("b:0", mention("2021-06-28", part_of_day="night")),
    ]
    assert len(resolve(items).clusters) == 1


def test_two_mentions_of_one_article_never_merge():
    items = [sourced("a:0", mention()), sourced("a:500", mention(site="green_village"))]
    assert len(resolve(items).clusters) == 2


def test_clock_times_hours_apart_are_two_attacks():
    items = [
        sourced("a:0", mention(time_local="08:15")),
        sourced("b:0", mention(time_local="21:40")),
        sourced("c:0", mention(time_local="21:05")),
    ]
    res = resolve(items)
    assert len(res.clusters) == 2
    assert together(items, res, "b:0", "c:0")


def test_morning_and_evening_reports_stay_apart():
    items = [
        sourced("a:0", mention(part_of_day="morning")),
        sourced("b:0", mention(part_of_day="evening")),
    ]
    assert len(resolve(items).clusters) == 2


def test_month_mention_between_two_incidents_is_not_forced_into_either():
    items = [
        sourced("a:0", mention("2021-06-05")),
        sourced("b:0", mention("2021-06-20")),
        sourced("c:0", mention("2021-06-01", precision="month")),
    ]
    res = resolve(items)
    assert len(res.clusters) == 3


def test_siteless_mention_is_not_forced_into_one_of_two_incidents():
    items = [
        sourced("a:0", mention(site="al_omar_oil_field")),
        sourced("b:0", mention(site="conoco_gas_field")),
        sourced("c:0", mention(site=None)),
    ]
    assert len(resolve(items).clusters) == 3


def test_month_cluster_does_not_chain_two_day_incidents():
    items = [
        sourced("a:0", mention("2021-06-01", precision="month")),
        sourced("b:0", mention("2021-06-05")),
        sourced("c:0", mention("2021-06-20")),
    ]
    res = resolve(items)
    assert apart(items, res, "b:0", "c:0")


def test_different_targets_stay_apart():
    items = [
        sourced("a:0", strike(site="ayash")),
        sourced("b:0", strike(site="ayash", target="civilians", direction="us->civilians")),
    ]
    assert len(resolve(items).clusters) == 2


def test_contested_attribution_at_different_sites_stays_apart():
    items = [
        sourced("a:0", strike(site="al_mayadin")),
        sourced(
            "b:0",
            mention(
                site="albu_kamal",
                direction="israel->militia",
                perpetrator="Israel",
                target="Iran-backed militias",
                event_type=STRIKE,
            ),
        ),
    ]
    assert len(resolve(items).clusters) == 2


# --------------------------------------------------------------------------- links


def test_escalation_chain_of_june_2021_is_linked():
    # US strikes on 27 June 2021 -> militia fire on Al-Omar on 28 June -> coalition artillery
    # on Al-Mayadin that evening (facts as reported by AFP, 29 June 2021).
    items = [
        sourced("w:0", strike("2021-06-27", site="albu_kamal", part_of_day="night")),
        sourced("a:0", mention("2021-06-28", part_of_day="evening", time_local="19:44")),
        sourced("a:800", strike("2021-06-28", site="al_mayadin", event_type=ATTACK)),
    ]
    res = resolve(items)
    assert len(res.clusters) == 3
    idx = {items[cl[0]].key: n for n, cl in enumerate(res.clusters)}
    pairs = {(lk.source, lk.target) for lk in res.links}
    assert (idx["a:0"], idx["w:0"]) in pairs  # militia fire answered the US strikes
    assert (idx["a:800"], idx["a:0"]) in pairs  # the artillery answered the militia fire
    assert all(lk.type == "response_to" for lk in res.links)


def test_no_link_when_too_far_in_time():
    items = [sourced("a:0", mention("2021-06-20")), sourced("b:0", strike("2021-06-28"))]
    assert resolve(items).links == ()


def test_no_link_between_same_direction_events():
    items = [sourced("a:0", mention("2021-06-27")), sourced("b:0", mention("2021-06-28"))]
    assert resolve(items).links == ()


def test_earlier_attack_is_not_a_response_to_a_later_strike():
    items = [sourced("a:0", mention("2021-06-26")), sourced("b:0", strike("2021-06-27"))]
    res = resolve(items)
    (link,) = res.links
    assert items[res.clusters[link.source][0]].key == "b:0"


# --------------------------------------------------------------------------- properties


def test_result_does_not_depend_on_input_order():
    rng = random.Random(7)
    sites = ["al_omar_oil_field", "green_village", "conoco_gas_field", "al_mayadin", None]
    items = []
    for n in range(300):
        day = f"2021-06-{rng.randint(1, 28):02d}"
        kind = rng.random()
        site = rng.choice(sites)
        m = strike(day, site=site or "ayash") if kind < 0.4 else mention(day, site=site)
        items.append(sourced(f"art{n % 120}:{n}", m))
    res1 = resolve(items)
    shuffled = items[:]
    rng.shuffle(shuffled)
    res2 = resolve(shuffled)
    assert sorted(map(sorted, groups(items, res1))) == sorted(map(sorted, groups(shuffled, res2)))
    # every mention lands in exactly one cluster
    assert sorted(i for cl in res1.clusters for i in cl) == list(range(len(items)))


def test_undated_mentions_stay_single_unless_identical():
    items = [
        sourced("a:0", mention(None, site="ayash")),
        sourced("b:0", mention(None, site="ayash")),
        sourced("c:0", mention(None, site="al_omar_oil_field")),
    ]
    res = resolve(items)
    assert together(items, res, "a:0", "b:0")
    assert apart(items, res, "a:0", "c:0")


def test_helpers():
    assert reverse_direction("militia->us") == "us->militia"
    assert reverse_direction("") == ""
    assert parse_minutes("7.44 p.m.") == 19 * 60 + 44
    assert parse_minutes("19:44") == 19 * 60 + 44
    assert parse_minutes("around dusk") is None
    assert event_types_compatible(ATTACK, "attack")
    assert not event_types_compatible(ATTACK, "armed clash")
    assert has_response_cue(["the coalition responded with heavy artillery fire"])
    assert not has_response_cue(["militias fired rockets at the base"])
    lo, hi = date_interval(mention("2021-02-14", precision="month").date.date, "month")
    assert (hi - lo) == 27
    assert COALITION == "US-led coalition"


# --------------------------------------------------------------------------- partial directions


def test_a_strike_with_unknown_target_merges_with_the_same_strike_reported_fully():
    # Sputnik (4 Jan 2022): coalition strikes near Green Village, target unnamed; Infobae: "the
    # alliance attacked positions of militias loyal to Tehran" on Tuesday, no site.
    items = [
        sourced(
            "sputnik:0",
            strike("2022-01-04", site="green_village", target="unknown", direction="us->unknown"),
        ),
        sourced("infobae:0", strike("2022-01-04", site=None)),
        sourced(
            "sputnik:900",
            mention(
                "2022-01-04",
                site="al_omar_oil_field",
                perpetrator="unknown",
                direction="unknown->us",
            ),
        ),
    ]
    res = resolve(items)
    assert together(items, res, "sputnik:0", "infobae:0")
    assert apart(items, res, "sputnik:0", "sputnik:900")  # the rocket fire it answered


def test_attacker_of_one_is_target_of_the_other_never_merges():
    items = [
        sourced("a:0", strike(site="green_village", target="unknown", direction="us->unknown")),
        sourced("b:0", mention(site="green_village")),
    ]
    assert len(resolve(items).clusters) == 2


def test_month_report_in_a_coarse_area_joins_the_one_matching_incident():
    # "US strikes in June" (ESTA) and "late in June" (Zhyan) vs the 27 June strikes (AFP).
    items = [
        sourced("afp:0", strike("2021-06-27", site=None, place="Syria")),
        sourced("esta:0", strike("2021-06-01", precision="month", site=None, place="Syria")),
        sourced("zhyan:0", strike("2021-06-01", precision="month", site=None, place="Syria")),
        sourced("other:0", strike("2021-06-01", precision="month", site=None, place="Iraq")),
    ]
    res = resolve(items)
    assert together(items, res, "afp:0", "esta:0", "zhyan:0")
    assert apart(items, res, "afp:0", "other:0")


def test_a_response_is_linked_to_the_same_day_attack_not_the_day_before():
    items = [
        sourced("s:0", mention("2022-01-04", perpetrator="unknown", direction="unknown->us")),
        sourced("i:0", mention("2022-01-05")),
        sourced(
            "i:500", strike("2022-01-05", site=None, target="unknown", direction="us->unknown")
        ),
    ]
    res = resolve(items)
    idx = {items[cl[0]].key: n for n, cl in enumerate(res.clusters)}
    assert {(lk.source, lk.target) for lk in res.links} == {(idx["i:500"], idx["i:0"])}


def test_undated_unplaced_background_mentions_never_merge():
    items = [
        sourced("a:0", mention(None, site=None, role="background")),
        sourced("b:0", mention(None, site=None, role="background")),
    ]
    assert len(resolve(items).clusters) == 2


def test_month_report_without_place_joins_the_only_candidate_that_month():
    items = [
        sourced("a:0", strike("2021-06-27", site="albu_kamal")),
        sourced("b:0", strike("2021-06-01", precision="month", site=None)),
        sourced("c:0", strike("2021-08-01", precision="month", site=None)),
    ]
    res = resolve(items)
    assert together(items, res, "a:0", "b:0") and apart(items, res, "a:0", "c:0")
