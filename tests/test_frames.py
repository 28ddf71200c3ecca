"""Unit tests for extraction.frames on small hand-made report dicts (quotes are our own writing)."""

from __future__ import annotations

import json
from datetime import date

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extraction import frames as fr

OMAR = {
    "id": "al_omar_oil_field",
    "name": "Al-Omar oil field",
    "lat": 35.07,
    "lon": 40.56,
    "precision": "facility",
}
GREEN = {
    "id": "green_village",
    "name": "Green Village",
    "lat": 35.06,
    "lon": 40.55,
    "precision": "facility",
}
MAYADIN = {
    "id": "al_mayadin",
    "name": "Al-Mayadin",
    "lat": 35.02,
    "lon": 40.45,
    "precision": "town",
}
AYASH = {"id": "ayash", "name": "Ayash", "lat": 35.35, "lon": 40.05, "precision": "town"}


def _inc(
    iid,
    day,
    site,
    event_type,
    perp,
    target,
    *,
    killed=None,
    wounded=None,
    ledger=(),
    contradictions=(),
    mentions=(),
    links=(),
    independent=1,
):
    return {
        "id": iid,
        "date": day,
        "date_precision": "day" if day else "unknown",
        "site": site,
        "site_id": site["id"] if site else None,
        "site_name": site["name"] if site else None,
        "lat": site["lat"] if site else None,
        "lon": site["lon"] if site else None,
        "event_type": event_type,
        "perpetrator": perp,
        "target": target,
        "killed": killed,
        "wounded": wounded,
        "grade": "B",
        "weapons": ["rockets"] if "shelling" in event_type else [],
        "mentions": list(mentions),
        "ledger": list(ledger),
        "contradictions": list(contradictions),
        "independent_sources": independent,
        "article_count": len({m["article_id"] for m in mentions}),
        "links": list(links),
        "time_local": None,
        "damage": None,
        "casualties_reported": "unknown",
        "notes": "",
        "overridden": False,
        "role": "main",
        "mention_count": len(mentions),
    }


def _claim(claimant, attribute, value, quote, outlets=("Wire A",)):
    return {
        "claimant": claimant,
        "outlets": list(outlets),
        "wires": [],
        "attribute": attribute,
        "value": value,
        "quote": quote,
    }


@pytest.fixture
def report():
    strike = _inc(
        "i1",
        "2021-06-27",
        MAYADIN,
        "air/drone strike",
        "US-led coalition",
        "Iran-backed militias",
        killed=5,
        ledger=[
            _claim(
                "SOHR",
                "killed",
                "5",
                "The monitor counted five fighters dead after the night raid.",
            ),
            _claim(
                "Pentagon",
                "killed",
                "0",
                "Officials said no lives were lost in the precision strike.",
                outlets=("Wire B",),
            ),
            _claim(
                "SANA",
                "perpetrator",
                "US-led coalition",
                "State media blamed the occupation forces.",
                outlets=("SANA",),
            ),
        ],
        contradictions=[
            {
                "attribute": "killed",
                "values": ["5", "0"],
                "explanation": "SOHR counts five dead; the Pentagon says none.",
            }
        ],
        mentions=[
            {
                "article_id": "a1",
                "outlet": "Wire A",
                "wire": "",
                "date": "2021-06-28",
                "quote": "q",
            },
            {"article_id": "a2", "outlet": "SANA", "wire": "", "date": "2021-06-28", "quote": "q"},
        ],
        links=[{"type": "response", "incident": "i2"}],
        independent=2,
    )
    attack = _inc(
        "i2",
        "2021-06-28",
        OMAR,
        "shelling/artillery/missile attack",
        "Iran-backed militias",
        "US-led coalition",
        killed=0,
        wounded=0,
        ledger=[
            _claim(
                "SOHR", "killed", "0", "No one was hurt when the shells landed, the monitor said."
            ),
            _claim(
                "coalition",
                "killed",
                "0",
                "There were no injuries, a spokesman wrote.",
                outlets=("Wire B",),
            ),
            _claim(
                "coalition",
                "time",
                "19:44",
                "The base came under fire at about 7.44 pm.",
                outlets=("Wire B",),
            ),
        ],
        mentions=[
            {"article_id": "a1", "outlet": "Wire A", "wire": "", "date": "2021-06-29", "quote": "q"}
        ],
        links=[{"type": "response", "incident": "i1"}],
    )
    green = _inc(
        "i3",
        "2022-01-04",
        GREEN,
        "shelling/artillery/missile attack",
        "Iran-backed militias",
        "US-led coalition",
        ledger=[
            _claim("coalition", "site", "Green Village", "Rockets fell near the housing complex.")
        ],
        mentions=[
            {"article_id": "a3", "outlet": "Wire C", "wire": "", "date": "2022-01-04", "quote": "q"}
        ],
    )
    undated = _inc(
        "i4",
        None,
        AYASH,
        "air/drone strike",
        "US-led coalition",
        "Iran-backed militias",
        killed=6,
        ledger=[_claim("SOHR", "killed", "6", "Six died at the camp.")],
    )
    return {"incidents": [green, undated, attack, strike]}


@pytest.fixture
def articles():
    return [
        {
            "id": "a1",
            "file": "a1.txt",
            "title": "Raid",
            "outlet": "Wire A",
            "status": "ok",
            "reason": "",
            "n_mentions": 2,
        },
        {
            "id": "a2",
            "file": "a2.txt",
            "title": "State",
            "outlet": "SANA",
            "status": "ok",
            "reason": "",
            "n_mentions": 1,
        },
        {
            "id": "a3",
            "file": "a3.txt",
            "title": "",
            "outlet": None,
            "status": "empty",
            "reason": "no text after cleaning",
            "n_mentions": 0,
        },
    ]


@pytest.fixture
def frames(report, articles):
    return fr.build_frames(report, articles)


def test_build_frames_shapes(frames):
    inc = frames.incidents
    assert list(inc["id"]) == ["i1", "i2", "i3", "i4"]  # sorted by date, undated last
    assert inc["date"].dtype.kind == "M"
    assert pd.isna(inc.loc[3, "date"])
    assert inc.loc[0, "direction"] == fr.DIRECTION_BY_US
    assert inc.loc[1, "direction"] == fr.DIRECTION_ON_US
    assert inc.loc[0, "claimants"] == ("Pentagon", "SANA", "SOHR")
    assert inc.loc[0, "outlets"] == ("SANA", "Wire A")
    assert inc.loc[0, "n_contradictions"] == 1
    assert inc.loc[0, "casualties"] == 5
    assert pd.isna(inc.loc[2, "killed"])
    assert (
        inc.loc[1, "label"] == "2021-06-28 · Al-Omar oil field · shelling/artillery/missile attack"
    )
    assert len(frames.ledger) == 8
    assert frames.ledger[frames.ledger["incident_id"] == "i1"]["contradicted"].tolist() == [
        True,
        True,
        False,
    ]
    assert len(frames.mentions) == 4
    assert len(frames.links) == 2
    assert len(frames.contradictions) == 1
    assert len(frames.articles) == 3


def test_empty_report_gives_empty_frames():
    f = fr.build_frames({"incidents": []}, [])
    assert f.incidents.empty and f.ledger.empty and f.articles.empty
    assert fr.date_span(f.incidents) is None
    assert fr.weekly_counts(f.incidents).empty
    assert fr.headline(f)["incidents"] == 0
    assert "No incidents" in fr.briefing_markdown(f, f.incidents)
    assert fr.disagreement_table(f.ledger).empty
    assert fr.filter_options(f.incidents)["sites"] == []


def test_summary_is_escaped():
    s = fr.ledger_summary([{"claimant": "<b>X</b>", "attribute": "killed", "value": "<script>"}])
    assert "<script>" not in s and "&lt;script&gt;" in s and "&lt;b&gt;X" in s


def test_filters_each_dimension(frames):
    inc = frames.incidents
    assert len(fr.apply_filters(inc, fr.Filters())) == 4
    assert set(fr.apply_filters(inc, fr.Filters(date_from=date(2021, 6, 28)))["id"]) == {"i2", "i3"}
    assert set(fr.apply_filters(inc, fr.Filters(date_to=date(2021, 6, 27)))["id"]) == {"i1"}
    assert set(fr.apply_filters(inc, fr.Filters(sites=("al_omar_oil_field",)))["id"]) == {"i2"}
    parents = {"green_village": "al_omar_oil_field"}
    assert set(fr.apply_filters(inc, fr.Filters(sites=("al_omar_oil_field",)), parents)["id"]) == {
        "i2",
        "i3",
    }
    assert set(fr.apply_filters(inc, fr.Filters(event_types=("air/drone strike",)))["id"]) == {
        "i1",
        "i4",
    }
    assert set(fr.apply_filters(inc, fr.Filters(perpetrators=("Iran-backed militias",)))["id"]) == {
        "i2",
        "i3",
    }
    assert set(fr.apply_filters(inc, fr.Filters(claimants=("Pentagon",)))["id"]) == {"i1"}
    assert set(fr.apply_filters(inc, fr.Filters(outlets=("Wire C",)))["id"]) == {"i3"}
    both = fr.Filters(
        event_types=("air/drone strike",), claimants=("SOHR",), date_from=date(2021, 1, 1)
    )
    assert set(fr.apply_filters(inc, both)["id"]) == {"i1"}


def test_expand_sites_transitive():
    parents = {"b": "a", "c": "b", "d": None}
    assert fr.expand_sites(["a"], parents) == {"a", "b", "c"}
    assert fr.expand_sites(["d"], parents) == {"d"}


def test_filter_options(frames):
    opts = fr.filter_options(frames.incidents)
    assert opts["sites"] == ["al_mayadin", "al_omar_oil_field", "ayash", "green_village"]
    assert opts["claimants"] == ["Pentagon", "SANA", "SOHR", "coalition"]
    assert "Wire C" in opts["outlets"]


@pytest.mark.parametrize(
    "filters",
    [
        fr.Filters(),
        fr.Filters(date_from=date(2021, 6, 1), date_to=date(2021, 7, 1)),
        fr.Filters(date_from=date(2021, 6, 1)),
        fr.Filters(show_rejected=True, sites=("ayash",)),
        fr.Filters(sites=("ayash", "al_omar_oil_field"), event_types=("air/drone strike",)),
        fr.Filters(
            perpetrators=("Iran-backed militias",), claimants=("SOHR",), outlets=("SANA", "Wire A")
        ),
    ],
)
def test_query_roundtrip(filters):
    q = fr.filters_to_query(filters)
    assert fr.filters_from_query(q) == filters
    single = {k: v[0] if len(v) == 1 else v for k, v in q.items()}  # st.query_params style
    assert fr.filters_from_query(single) == filters


def test_query_ignores_bad_values():
    f = fr.filters_from_query(
        {"dates": ["not-a-date", ""], "site": ["", "ayash", "ayash"], "bogus": "x"}
    )
    assert f.date_from is None and f.date_to is None and f.sites == ("ayash",)
    assert fr.filters_to_query(fr.Filters()) == {}
    backwards = fr.filters_from_query({"dates": ["2022-01-01", "2021-01-01"]})
    assert backwards.date_from is None and backwards.date_to is None


def test_query_dates_shape():
    q = fr.filters_to_query(fr.Filters(date_from=date(2021, 6, 1), date_to=date(2021, 7, 31)))
    assert q == {"dates": ["2021-06-01", "2021-07-31"]}
    assert fr.filters_to_query(fr.Filters(date_to=date(2021, 7, 31))) == {
        "dates": ["", "2021-07-31"]
    }
    one = fr.filters_from_query({"dates": "2021-06-28"})
    assert one.date_from == one.date_to == date(2021, 6, 28)


def test_weekly_counts_fill_gaps(frames):
    wk = fr.weekly_counts(frames.incidents)
    assert wk["count"].sum() == 3  # the undated incident is not counted
    assert wk["week"].min() == pd.Timestamp("2021-06-21")  # Monday of 27 June 2021
    weeks = wk["week"].drop_duplicates()
    assert len(weeks) == (pd.Timestamp("2022-01-03") - pd.Timestamp("2021-06-21")).days // 7 + 1
    assert set(wk.columns) == {"week", "direction", "count"}
    by_type = fr.weekly_counts(frames.incidents, by="event_type")
    assert by_type.groupby("event_type")["count"].sum().to_dict() == {
        "air/drone strike": 1,
        "shelling/artillery/missile attack": 2,
    }


def test_link_segments_once_and_ordered(frames):
    segs = fr.link_segments(frames.incidents, frames.links)
    assert len(segs) == 1
    assert segs[0]["from"] == "i1" and segs[0]["to"] == "i2"
    hidden = frames.incidents[frames.incidents["id"] != "i2"]
    assert fr.link_segments(hidden, frames.links) == []


def test_ledger_matrix(frames):
    values, flagged = fr.ledger_matrix(frames.ledger, "i1")
    assert list(values.index) == ["SOHR", "Pentagon", "SANA"]
    assert list(values.columns) == ["perpetrator", "killed"]  # canonical attribute order
    assert values.loc["SOHR", "killed"] == "5" and values.loc["Pentagon", "killed"] == "0"
    assert values.loc["SOHR", "perpetrator"] == ""
    assert flagged.loc["SOHR", "killed"] and not flagged.loc["SANA", "perpetrator"]
    cell = fr.cell_claims(frames.ledger, "i1", "Pentagon", "killed")
    assert cell["quote"].tolist() == ["Officials said no lives were lost in the precision strike."]
    empty, _ = fr.ledger_matrix(frames.ledger, "nope")
    assert empty.empty


def test_disagreement_table(frames):
    t = fr.disagreement_table(frames.ledger).set_index("claimant")
    assert t.loc["SOHR", "incidents"] == 3
    assert t.loc["SOHR", "compared"] == 2  # i1 killed vs Pentagon, i2 killed vs coalition
    assert t.loc["SOHR", "disagreements"] == 1
    assert t.loc["Pentagon", "disagreement_rate"] == 1.0
    assert t.loc["coalition", "disagreements"] == 0
    assert t.loc["SANA", "compared"] == 0
    o = fr.disagreement_table(frames.ledger, by="outlet").set_index("outlet")
    assert o.loc["Wire B", "disagreements"] == 1 and "Wire A" in o.index


def test_claimant_attribute_counts(frames):
    t = fr.claimant_attribute_counts(frames.ledger)
    assert t.loc["SOHR", "killed"] == 3 and t.loc["coalition", "time"] == 1


def test_site_counts_every_site(frames):
    sites = [
        OMAR,
        GREEN,
        MAYADIN,
        AYASH,
        {"id": "albu_kamal", "name": "Albu Kamal", "lat": 34.45, "lon": 40.92},
    ]
    visible = fr.apply_filters(frames.incidents, fr.Filters(event_types=("air/drone strike",)))
    t = fr.site_counts(visible, sites).set_index("site_id")
    assert len(t) == 5
    assert t.loc["albu_kamal", "incidents"] == 0
    assert (
        t.loc["al_mayadin", "incidents"] == 1
        and t.loc["al_mayadin", "event_type"] == "air/drone strike"
    )
    assert t.loc["al_omar_oil_field", "incidents"] == 0
    unknown = fr.site_counts(frames.incidents, [])
    assert set(unknown["site_id"]) == {"al_mayadin", "al_omar_oil_field", "ayash", "green_village"}


def test_river_paths():
    gj = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"name": "Euphrates"},
                "geometry": {
                    "type": "LineString",
                    "coordinates": [[38.0, 36.0], [40.1, 35.3], [41.0, 34.4]],
                },
            },
            {
                "type": "Feature",
                "properties": {},
                "geometry": {"type": "Point", "coordinates": [1, 2]},
            },
            {
                "type": "Feature",
                "properties": {},
                "geometry": {
                    "type": "MultiLineString",
                    "coordinates": [[[1, 2], [3, 4]], [[5, 6]]],
                },
            },
        ],
    }
    paths = fr.river_paths(gj)
    assert [p["name"] for p in paths] == ["Euphrates", ""]
    assert paths[0]["path"][1] == [40.1, 35.3]


def test_highlight_html_escapes_and_marks():
    text = 'A <script>alert(1)</script> hit & "ran" at Al-Omar.'
    start = text.index("Al-Omar")
    out = fr.highlight_html(
        text,
        [
            {"start": start, "end": start + 7, "kind": "place", "field": "site"},
            {"start": 2, "end": 10, "kind": "<img>", "field": ""},
        ],
    )
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert '<mark class="dzm-ev" title="place site">Al-Omar</mark>' in out
    assert 'title="&lt;img&gt;"' in out
    assert "&amp;" in out and "&quot;ran&quot;" in out


def test_highlight_html_overlap_focus_and_bounds():
    text = "abcdefghij"
    out = fr.highlight_html(
        text,
        [
            {"start": 0, "end": 5, "kind": "x"},
            {"start": 3, "end": 8, "kind": "y"},
            {"start": -4, "end": 2},
            {"start": 9, "end": 99},
            {"start": 6, "end": 4},
            {"start": None, "end": 3},
        ],
        focus=(4, 6),
    )
    plain = out
    for tag in (
        '<mark class="dzm-ev" title="x">',
        '<mark class="dzm-ev" title="x, y">',
        "</mark>",
        '<mark class="dzm-focus" title="x, y">',
        '<mark class="dzm-focus" title="y">',
        '<mark class="dzm-ev" title="y">',
        '<mark class="dzm-ev" title="">',
    ):
        plain = plain.replace(tag, "")
    assert plain == text
    assert '<mark class="dzm-focus" title="x, y">e</mark>' in out
    assert fr.highlight_html("", [{"start": 0, "end": 3}]) == ""


def test_find_quote():
    text = "First line.\nThe base came under\n fire at 7.44 pm. End."
    assert fr.find_quote(text, "First line.") == (0, 11)
    s, e = fr.find_quote(text, "The base came under fire at 7.44 pm.")
    assert text[s:e].startswith("The base") and text[s:e].endswith("pm.")
    assert fr.find_quote(text, "absent words") is None
    assert fr.find_quote(text, "") is None


def test_failed_articles(frames):
    failed = fr.failed_articles(frames.articles)
    assert failed["file_name"].tolist() == ["a3.txt"]
    assert failed["reason"].tolist() == ["no text after cleaning"]


def test_headline(frames):
    h = fr.headline(frames)
    assert h["incidents"] == 4 and h["articles"] == 3 and h["articles_ok"] == 2
    assert h["contradictions"] == 1
    assert h["date_from"] == date(2021, 6, 27) and h["date_to"] == date(2022, 1, 4)
    some = fr.apply_filters(frames.incidents, fr.Filters(sites=("al_omar_oil_field",)))
    assert fr.headline(frames, some)["contradictions"] == 0


def test_exports(frames):
    csv_text = fr.incidents_csv(frames.incidents)
    lines = csv_text.strip().splitlines()
    assert len(lines) == 5 and lines[0].startswith("id,date,")
    assert "2021-06-28" in csv_text and "Pentagon; SANA; SOHR" in csv_text
    gj = json.loads(fr.geojson_text(frames.incidents))
    assert len(gj["features"]) == 4
    f0 = gj["features"][0]
    assert f0["geometry"]["coordinates"] == [40.45, 35.02]
    assert f0["properties"]["killed"] == 5 and f0["properties"]["date"] == "2021-06-27"


def test_briefing_markdown(frames):
    inc = fr.apply_filters(frames.incidents, fr.Filters(date_to=date(2021, 6, 30)))
    md = fr.briefing_markdown(
        frames, inc, fr.Filters(date_to=date(2021, 6, 30)), generated=date(2024, 1, 1)
    )
    assert md.startswith("# Deir ez-Zor incident briefing")
    assert "Incidents: 2" in md and "Generated: 2024-01-01" in md
    assert md.count("\n## ") == 2
    assert "Officials said no lives were lost" in md
    assert "killed ⚠" in md and "SOHR counts five dead" in md
    assert "dates … to 2021-06-30" in md


def test_markdown_cells_are_escaped():
    assert fr._md("a|b <x> *y*") == "a\\|b \\<x\\> \\*y\\*"


def test_describe_filters():
    assert fr.describe_filters(fr.Filters()) == "all incidents"
    d = fr.describe_filters(fr.Filters(sites=("ayash",), claimants=("SOHR",)), {"ayash": "Ayash"})
    assert d == "sites Ayash; claimants SOHR"


def test_escape_markdown():
    out = fr.escape_markdown("![x](http://e/t.png) **b** :red[c] $x$ <i>\n two")
    for raw in ("![", "](", "**", ":red[", "$x$", "<i>"):
        assert raw not in out
    assert "\n" not in out and out.endswith("two")


def test_outlet_claimant_counts(frames):
    t = fr.outlet_claimant_counts(frames.ledger)
    assert t.loc["Wire B", "Pentagon"] == 1 and t.loc["Wire A", "SOHR"] == 3
    assert fr.outlet_claimant_counts(frames.ledger.iloc[0:0]).empty


def test_quiet_kinds_class():
    out = fr.highlight_html(
        "abcdef", [{"start": 0, "end": 2, "kind": "removed"}, {"start": 3, "end": 5}]
    )
    assert '<mark class="dzm-removed" title="removed">ab</mark>' in out
    assert '<mark class="dzm-ev" title="">de</mark>' in out


def test_context_window_and_shift():
    text = "Para one.\n\nThe strike hit the camp at dawn. Six died.\n\nPara three."
    s = text.index("Six")
    lo, hi = fr.context_window(text, s, s + 9)
    assert text[lo:hi] == "The strike hit the camp at dawn. Six died."
    lo2, hi2 = fr.context_window(text, s, s + 9, pad=5)
    assert text[lo2:hi2] == text[s - 5 : s + 9]  # stops at the paragraph break
    spans = [
        {"start": 0, "end": 4},
        {"start": s, "end": s + 3, "kind": "k"},
        {"start": lo - 2, "end": lo + 3},
    ]
    shifted = fr.shift_spans(spans, lo, hi)
    assert shifted == [{"start": s - lo, "end": s - lo + 3, "kind": "k"}, {"start": 0, "end": 3}]


@pytest.mark.parametrize(
    "given,perp,target,expected",
    [
        ("militia->us", "unknown", "unknown", fr.DIRECTION_ON_US),
        ("us->militia", "unknown", "unknown", fr.DIRECTION_BY_US),
        ("israel->militia", "Israel", "Iran-backed militias", fr.DIRECTION_OTHER),
        ("", "Iran-backed militias", "US-led coalition", fr.DIRECTION_ON_US),
        ("unknown->unknown", "US-led coalition", "ISIS", fr.DIRECTION_BY_US),
    ],
)
def test_direction_of(given, perp, target, expected):
    assert fr.direction_of(perp, target, given) == expected


def test_contradiction_flags_only_named_claimants():
    inc = {
        "id": "x",
        "date": "2022-08-23",
        "ledger": [
            {"claimant": "A", "attribute": "killed", "value": "6", "quote": "q1"},
            {"claimant": "B", "attribute": "killed", "value": "0", "quote": "q2"},
            {
                "claimant": "C",
                "attribute": "killed",
                "value": "6",
                "quote": "q3",
                "article_ids": ["z", "y"],
            },
        ],
        "contradictions": [
            {
                "attribute": "killed",
                "values": ["6", "0"],
                "explanation": "e",
                "claimants": ["A", "B"],
            }
        ],
        "overridden": ["killed", "date"],
        "status": "confirmed",
    }
    f = fr.build_frames({"incidents": [inc]})
    assert f.ledger["contradicted"].tolist() == [True, True, False]
    assert f.ledger["article_id"].tolist() == ["", "", "z"]
    assert f.ledger.loc[2, "article_ids"] == ("z", "y")
    assert f.incidents.loc[0, "overridden"] == ("date", "killed")
    assert f.incidents.loc[0, "status"] == "confirmed"


def test_rejected_hidden_unless_asked(report):
    report["incidents"][0]["status"] = "rejected"  # i3, Green Village
    f = fr.build_frames(report)
    assert "i3" not in set(fr.apply_filters(f.incidents, fr.Filters())["id"])
    assert "i3" in set(fr.apply_filters(f.incidents, fr.Filters(show_rejected=True))["id"])
    assert fr.filters_to_query(fr.Filters(show_rejected=True)) == {"rejected": ["true"]}
    assert fr.filters_from_query({"rejected": "false"}).show_rejected is False


@pytest.mark.parametrize(
    "precision,expected",
    [
        ("day", "2021-06-28"),
        ("week", "week of 2021-06-28"),
        ("month", "2021-06"),
        ("season", "summer 2021"),
        ("year", "2021"),
        ("unknown", "2021-06-28"),
    ],
)
def test_date_label_no_more_precise_than_known(precision, expected):
    assert fr.date_label(pd.Timestamp("2021-06-28"), precision) == expected
    assert fr.date_label(pd.NaT, precision) == "undated"


def test_coarse_dates_not_counted_per_week(report):
    report["incidents"][2]["date_precision"] = "year"  # i2 known only to the year
    f = fr.build_frames(report)
    assert fr.weekly_counts(f.incidents)["count"].sum() == 2
    assert f.incidents.set_index("id").loc["i2", "label"].startswith("2021 · Al-Omar")


def test_sentence_evidence_lighter_than_field_spans():
    text = "On Monday rockets hit the base."
    out = fr.highlight_html(
        text,
        [
            {"start": 0, "end": len(text), "kind": "evidence"},
            {"start": 3, "end": 9, "kind": "date"},
        ],
    )
    assert out.startswith('<mark class="dzm-sent" title="evidence">On </mark>')
    assert '<mark class="dzm-ev" title="date, evidence">Monday</mark>' in out


def test_lane_positions_separate_same_week_incidents(frames):
    inc = frames.incidents.dropna(subset=["date"]).copy()
    inc.loc[inc["id"] == "i1", "event_type"] = (
        "shelling/artillery/missile attack"  # same week as i2
    )
    lanes = ["air/drone strike", "shelling/artillery/missile attack"]
    y = fr.lane_positions(inc, lanes).set_axis(inc["id"])
    assert y["i3"] == 1.0  # alone in its week: on the lane
    assert abs(y["i1"] - y["i2"]) > 0.1 and abs((y["i1"] + y["i2"]) / 2 - 1.0) < 1e-9
    assert fr.lane_positions(inc.iloc[0:0], lanes).empty


def test_fit_view():
    lat, lon, zoom = fr.fit_view([35.04, 35.38, 34.45], [40.57, 40.05, 40.92])
    assert 34.45 < lat < 35.38 and 40.05 < lon < 40.92
    assert 6.5 < zoom < 9.5
    damascus = fr.fit_view([35.04, 35.38, 34.45, 33.51], [40.57, 40.05, 40.92, 36.28])
    assert damascus == (lat, lon, zoom)  # a far outlier does not pull the view away
    close = fr.fit_view([35.04, 35.05], [40.57, 40.55])
    assert close[2] == 10.0  # capped
    assert fr.fit_view([], []) == (35.1, 40.45, 7.0)


def test_bank_labels_left_of_flow_is_east():
    # A river flowing south-east (like the Euphrates below Deir ez-Zor).
    paths = [{"name": "Euphrates", "path": [[40.0, 35.4], [40.2, 35.2], [40.4, 35.0]]}]
    east, west = fr.bank_labels(paths, 35.2, 40.2, 0.1)
    assert east["text"] == "EAST BANK" and east["lon"] > 40.2 and east["lat"] > 35.2
    assert west["lon"] < 40.2 and west["lat"] < 35.2
    assert fr.bank_labels([{"name": "Khabur", "path": [[1, 2], [3, 4]]}], 0, 0, 1) == []


# --------------------------------------------------------------------------- at scale: same answers


def _reference_disagreements(ledger: pd.DataFrame, by: str) -> dict[str, tuple[int, int]]:
    """The plain per-group definition: source -> (compared, disagreements)."""
    rows = ledger.assign(norm=ledger["value"].map(lambda v: " ".join(str(v).lower().split())))
    if by == "outlet":
        rows = rows.assign(
            outlet=rows["outlets"].map(lambda t: list(t) or ["(no outlet)"])
        ).explode("outlet")
    stats: dict[str, list[int]] = {s: [0, 0] for s in rows[by]}
    for _key, grp in rows.groupby(["incident_id", "attribute"]):
        per_source = grp.groupby(by)["norm"].agg(set)
        for source, vals in per_source.items():
            others = per_source.drop(source)
            if others.empty:
                continue
            stats[source][0] += 1
            if (vals - {""}) != set().union(*others) - {""}:
                stats[source][1] += 1
    return {s: tuple(v) for s, v in stats.items()}


_SOURCES = st.sampled_from(["SOHR", "SANA", "coalition", "Pentagon"])
_VALUES = st.sampled_from(["0", "2", " 2", "Two", "two", "", "rockets"])
_OUTLETS = st.lists(st.sampled_from(["Wire A", "Wire B", "SANA"]), max_size=2, unique=True)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["i1", "i2", "i3"]),
            _SOURCES,
            st.sampled_from(["killed", "wounded"]),
            _VALUES,
            _OUTLETS,
        ),
        min_size=1,
        max_size=30,
    )
)
def test_disagreement_table_matches_the_plain_definition(rows) -> None:
    ledger = pd.DataFrame(
        [
            {
                "incident_id": i,
                "claimant": c,
                "attribute": a,
                "value": v,
                "outlets": tuple(sorted(o)),
            }
            for i, c, a, v, o in rows
        ]
    )
    for by in ("claimant", "outlet"):
        table = fr.disagreement_table(ledger, by=by).set_index(by)
        want = _reference_disagreements(ledger, by)
        assert set(table.index) == set(want)
        for source, (compared, disagreements) in want.items():
            assert table.loc[source, "compared"] == compared, (by, source)
            assert table.loc[source, "disagreements"] == disagreements, (by, source)


@pytest.mark.parametrize("precision", ["day", "week", "month", "season", "year", "unknown"])
def test_date_labels_column_matches_date_label(precision) -> None:
    dates = pd.Series(pd.to_datetime(["2021-06-28", None, "2021-12-05", "2022-03-01"]))
    labels = fr.date_labels(dates, pd.Series([precision] * 4))
    assert labels.tolist() == [fr.date_label(d, precision) for d in dates]


def test_index_keeps_what_pages_need_without_quotes(report, articles) -> None:
    full = fr.build_frames(report, articles)
    lean = fr.build_index(iter(report["incidents"]), articles)
    assert not lean.complete and full.complete
    pd.testing.assert_frame_equal(lean.incidents, full.incidents)
    assert list(lean.ledger.columns) == list(fr.INDEX_LEDGER_COLUMNS)
    assert "quote" not in lean.ledger and lean.mentions.empty and lean.contradictions.empty
    pd.testing.assert_frame_equal(
        fr.disagreement_table(lean.ledger), fr.disagreement_table(full.ledger)
    )
    assert fr.headline(lean) == fr.headline(full)
    assert len(lean.links) == len(full.links)


def test_briefing_from_details_equals_briefing_from_full_frames(frames) -> None:
    lean = fr.Frames(
        incidents=frames.incidents,
        ledger=frames.ledger[list(fr.INDEX_LEDGER_COLUMNS)],
        mentions=frames.mentions.iloc[0:0],
        links=frames.links,
        contradictions=frames.contradictions.iloc[0:0],
        articles=frames.articles,
        complete=False,
    )
    asked: list[list[str]] = []

    def detail(ids: list[str]) -> fr.Frames:
        asked.append(ids)
        return frames

    md = fr.briefing_markdown(lean, frames.incidents, detail=detail, chunk=3)
    assert md == fr.briefing_markdown(frames, frames.incidents)
    assert asked == [["i1", "i2", "i3"], ["i4"]]


def test_ledger_summaries_for_some_incidents(frames) -> None:
    out = fr.ledger_summaries(frames.ledger, ["i2", "i4", "nope"])
    assert set(out) == {"i2", "i4"}
    assert out["i2"].startswith("SOHR: killed 0<br>coalition: killed 0, time 19:44")


def test_latest_rows_keeps_order_and_the_selection(frames) -> None:
    inc = frames.incidents  # i1 2021-06-27, i2 2021-06-28, i3 2022-01-04, i4 undated
    assert fr.latest_rows(inc, 4) is inc  # few: all of them, untouched
    assert list(fr.latest_rows(inc, 2)["id"]) == ["i2", "i3"]  # the latest two, in date order
    assert list(fr.latest_rows(inc, 2, keep="i4")["id"]) == ["i2", "i3", "i4"]
    assert list(fr.latest_rows(inc, 0, keep="i1")["id"]) == ["i1"]


def test_find_articles(frames) -> None:
    arts = frames.articles
    assert fr.find_articles(arts, "  ") is arts
    assert list(fr.find_articles(arts, "sana")["id"]) == ["a2"]
    assert list(fr.find_articles(arts, "CLEANING")["id"]) == ["a3"]  # the reason
    assert fr.find_articles(arts, "(no such").empty  # literal, not a pattern


def test_timeline_points_draws_the_severe_and_counts_the_rest(frames) -> None:
    dated = frames.incidents.dropna(subset=["date"])
    drawn, rest = fr.timeline_points(dated, per_type=2)
    assert len(drawn) == 3 and rest.empty  # few per type: every incident drawn
    drawn, rest = fr.timeline_points(dated, per_type=1)
    # i2 and i3 are both shelling, no casualties, one source each: the later one is drawn
    assert set(drawn["id"]) == {"i1", "i3"} and list(rest["id"]) == ["i2"]
    drawn, rest = fr.timeline_points(dated, per_type=1, keep="i2")
    assert set(drawn["id"]) == {"i1", "i2", "i3"} and rest.empty
    counts = fr.period_counts(dated, "MS")
    assert counts["count"].sum() == 3
    assert (
        counts.set_index(["event_type", "period"]).loc[
            ("shelling/artillery/missile attack", pd.Timestamp("2021-06-01")), "count"
        ]
        == 1
    )
    weekly = fr.period_counts(dated, "W-MON")
    assert set(weekly["period"].dt.day_of_week) == {0}  # weeks start on Monday
    assert fr.period_counts(dated.iloc[0:0]).empty


def test_explode_outlets(frames) -> None:
    ledger = frames.ledger.reset_index(drop=True)
    ledger.loc[0, "outlets"] = ("Wire A", "Wire B")
    ledger.loc[1, "outlets"] = ()
    out = fr.explode_outlets(ledger)
    assert len(out) == len(ledger) + 1
    assert out[out["row"] == 0]["outlet"].tolist() == ["Wire A", "Wire B"]
    assert out[out["row"] == 1]["outlet"].tolist() == ["(no outlet)"]
    assert fr.explode_outlets(ledger.iloc[0:0]).empty


def test_csv_same_as_row_by_row(frames) -> None:
    import csv
    import io

    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(fr.EXPORT_COLUMNS)
    for _, row in frames.incidents.iterrows():
        writer.writerow([fr._export_value(row[c]) for c in fr.EXPORT_COLUMNS])
    assert fr.incidents_csv(frames.incidents) == buf.getvalue()


def test_briefing_preview_limit(frames) -> None:
    md = fr.briefing_markdown(frames, frames.incidents, limit=1)
    assert "Incidents: 4" in md and md.count("\n## ") == 1
    assert "… and 3 more incidents in the download." in md
