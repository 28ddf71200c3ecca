"""`incidents` and `export`: the JSON contract, ACLED-style CSV, GeoJSON and the table."""

from __future__ import annotations

import csv
import io
import json

import pytest
from store_helpers import COALITION, article, claim, mention, strike

from extraction.cli import main
from extraction.report import (
    ACLED_COLUMNS,
    acled_row,
    format_table,
    ledger_table,
    to_csv,
    to_geojson,
)
from extraction.store import Store

CONTRACT_INCIDENT_KEYS = {
    "id", "date", "date_precision", "site", "event_type", "perpetrator", "target", "killed",
    "wounded", "grade", "mentions", "ledger", "contradictions", "independent_sources",
    "article_count", "links",
}  # fmt: skip
DASHBOARD_KEYS = {
    "site_name", "lat", "lon", "site_id", "time_local", "weapons", "damage", "casualties_reported",
    "claimants", "outlets", "notes", "overridden", "role", "mention_count",
}  # fmt: skip


@pytest.fixture
def url(tmp_path):
    u = f"sqlite:///{tmp_path / 'report.sqlite'}"
    s = Store(u)
    attack = article(
        "Militias shelled the Al-Omar base; the monitor and state media disagree on the weapon.",
        (
            mention(
                claims=(
                    claim("SOHR", "monitor", "weapon", "shells"),
                    claim("SOHR", "monitor", "killed", "6"),
                    claim("SANA", "state_media", "weapon", "missiles"),
                    claim("Coalition spokesperson", "military", "casualties", "none"),
                ),
                killed=0,
                casualties="none",
                weapons=("shells",),
            ),
        ),
        outlet="Monitor Daily",
        wire="AFP",
    )
    response = article(
        "The coalition answered with artillery on Al-Mayadin, its spokesman said.",
        (
            strike(
                claims=(claim("Coalition spokesperson", "military", "responsibility", COALITION),)
            ),
        ),
        outlet="Wire Report",
    )
    undated = article("Some year a strike hit somewhere.", (strike(None, site=None),), outlet="Old")
    for a in (attack, response, undated):
        s.put_article(a, text="x", file=a.id)
    s.resolve()
    s.close()
    return u


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_incidents_json_keeps_the_contract(url, capsys):
    code, out, _ = run(capsys, "incidents", "--db", url, "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"incidents"}
    incs = data["incidents"]
    assert len(incs) == 3
    for inc in incs:
        assert CONTRACT_INCIDENT_KEYS <= set(inc)
        assert DASHBOARD_KEYS <= set(inc)
        for m in inc["mentions"]:
            assert {"article_id", "outlet", "wire", "date", "quote"} <= set(m)
        for r in inc["ledger"]:
            assert {"claimant", "outlets", "wires", "attribute", "value", "quote"} <= set(r)
        for c in inc["contradictions"]:
            assert {"attribute", "values", "explanation"} <= set(c)
        for lk in inc["links"]:
            assert {"type", "incident"} <= set(lk)
    attack = next(i for i in incs if i["direction"] == "militia->us")
    assert {c["attribute"] for c in attack["contradictions"]} == {"weapon", "killed"}
    assert attack["independent_sources"] == 3 and attack["grade"] == "A"
    assert attack["site"]["id"] == "al_omar_oil_field" and attack["lat"] is not None
    assert attack["links"][0]["type"] == "answered_by"


def test_incidents_date_range(url, capsys):
    _, out, _ = run(
        capsys,
        "incidents",
        "--db",
        url,
        "--format",
        "json",
        "--from",
        "2021-06-28",
        "--to",
        "2021-06-28",
    )
    assert len(json.loads(out)["incidents"]) == 2
    _, out, _ = run(capsys, "incidents", "--db", url, "--format", "json", "--from", "2021-07-01")
    assert json.loads(out)["incidents"] == []


@pytest.mark.parametrize(
    "argv", [("--from", "June"), ("--from", "2021-07-02", "--to", "2021-07-01")]
)
def test_bad_dates_give_a_clear_error(url, capsys, argv):
    code, _, err = run(capsys, "incidents", "--db", url, *argv)
    assert code == 2 and err.startswith("error:")


def test_incidents_table(url, capsys):
    code, out, _ = run(capsys, "incidents", "--db", url)
    assert code == 0
    assert "grade A" in out and "ledger:" in out and "! weapon:" in out
    assert "answered_by" in out and "response_to" in out
    assert "SOHR" in out and "via" in out


def test_export_csv_has_acled_columns(url, capsys):
    code, out, _ = run(capsys, "export", "--db", url, "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    header = out.splitlines()[0].split(",")
    assert tuple(header[: len(ACLED_COLUMNS)]) == ACLED_COLUMNS
    assert len(rows) == 3
    attack = next(r for r in rows if r["sub_event_type"] == "Shelling/artillery/missile attack")
    assert attack["event_type"] == "Explosions/Remote violence"
    assert attack["actor1"] == "Iran-backed militias" and attack["actor2"] == "US-led coalition"
    assert attack["location"] == "Al-Omar oil field" and float(attack["latitude"]) > 34
    assert attack["time_precision"] == "1" and attack["geo_precision"] == "1"
    assert attack["fatalities"] == "0"
    assert "AFP" in attack["source"] and "disputed weapon" in attack["notes"]
    undated = next(r for r in rows if not r["event_date"])
    assert undated["time_precision"] == "3" and undated["latitude"] == ""


def test_export_geojson_is_valid(url, capsys, tmp_path):
    out_file = tmp_path / "out" / "incidents.geojson"
    code, _, err = run(capsys, "export", "--db", url, "--format", "geojson", "--out", str(out_file))
    assert code == 0 and "wrote" in err
    gj = json.loads(out_file.read_text(encoding="utf-8"))
    assert gj["type"] == "FeatureCollection" and len(gj["features"]) == 3
    for f in gj["features"]:
        assert f["type"] == "Feature" and isinstance(f["properties"], dict)
        g = f["geometry"]
        if g is not None:
            assert g["type"] == "Point" and len(g["coordinates"]) == 2
            lon, lat = g["coordinates"]
            assert -180 <= lon <= 180 and -90 <= lat <= 90 and lon > lat  # [lon, lat] order here
    assert sum(f["geometry"] is None for f in gj["features"]) == 1


def test_export_json_equals_incidents_json(url, capsys):
    _, exported, _ = run(capsys, "export", "--db", url, "--format", "json")
    _, listed, _ = run(capsys, "incidents", "--db", url, "--format", "json")
    assert json.loads(exported) == json.loads(listed)


def test_export_to_a_folder_is_an_error(url, capsys, tmp_path):
    code, _, err = run(capsys, "export", "--db", url, "--out", str(tmp_path))
    assert code == 2 and "folder" in err


def test_rejected_and_merged_incidents_are_not_exported(url):
    s = Store(url)
    incs = s.incidents_report()["incidents"]
    s.set_override(incs[0]["id"], "status", "rejected")
    report = s.incidents_report()
    assert len(report["incidents"]) == 3  # still listed, with their status
    assert len(list(csv.DictReader(io.StringIO(to_csv(report))))) == 2
    assert len(to_geojson(report)["features"]) == 2


def test_acled_row_for_an_attack_on_civilians():
    row = acled_row(
        {
            "event_type": "attack",
            "target": "civilians",
            "date": "2022-08-23",
            "date_precision": "day",
        }
    )
    assert (row["event_type"], row["sub_event_type"]) == ("Violence against civilians", "Attack")
    assert row["geo_precision"] == 3 and row["fatalities"] == 0


def test_ledger_table_pivots_claimants():
    table = ledger_table(
        [
            {
                "claimant": "SOHR",
                "attribute": "weapon",
                "value": "shells",
                "outlets": ["X"],
                "wires": ["AFP"],
            },
            {
                "claimant": "SANA",
                "attribute": "weapon",
                "value": "missiles",
                "outlets": ["SANA"],
                "wires": [],
            },
            {
                "claimant": "SOHR",
                "attribute": "killed",
                "value": "6",
                "outlets": ["X"],
                "wires": [],
            },
        ]
    )
    assert table[0] == ["claimant", "via", "weapon", "killed"]
    assert table[1] == ["SOHR", "X, AFP", "shells", "6"]
    assert table[2] == ["SANA", "SANA", "missiles", "-"]


def test_empty_report_table():
    assert format_table({"incidents": []}) == "no incidents\n"


def test_the_default_store_is_built_from_the_demo_corpus_on_first_use(
    tmp_path, monkeypatch, capsys
):
    import extraction.report as report_mod

    monkeypatch.delenv("DZM_DB_URL", raising=False)
    url = f"sqlite:///{tmp_path / 'default.sqlite'}"
    monkeypatch.setattr(report_mod, "Store", lambda db: Store(db or url))
    called = []
    monkeypatch.setattr("extraction.ingest.ensure_demo", lambda store: called.append(store))
    code, _, err = run(capsys, "incidents", "--format", "json")
    assert code == 0 and len(called) == 1 and "demo corpus" in err
    # an explicit --db is never filled with demo data
    code, out, _ = run(
        capsys, "incidents", "--db", f"sqlite:///{tmp_path / 'other.sqlite'}", "--format", "json"
    )
    assert code == 0 and json.loads(out) == {"incidents": []} and len(called) == 1
