"""The dashboard's loader path: the store read incident by incident, and the lean tables built from it.

Articles are hand-made (store_helpers); quotes are our own writing.
"""

from __future__ import annotations

import json

import pandas as pd
import pytest
from store_helpers import article, claim, mention, strike

from extraction.store import Store


def _same(a: dict, b: dict) -> bool:
    return json.dumps(a, sort_keys=True, default=str) == json.dumps(b, sort_keys=True, default=str)


@pytest.fixture
def store(tmp_path) -> Store:
    """Four incidents, one merged into another by an analyst, an override and a note."""
    s = Store(f"sqlite:///{tmp_path / 'loader.sqlite'}")
    texts = {
        "Rockets fell on the Al-Omar base on Monday evening, a monitor said.": (
            mention("2021-06-28", claims=(claim("SOHR", "monitor", "killed", "2"),)),
        ),
        "Coalition aircraft struck militia depots near Al-Mayadin, state media said.": (
            strike("2021-06-29", claims=(claim("SANA", "state_media", "killed", "5"),)),
        ),
        "A drone hit a truck near Albu Kamal at dawn, local activists reported.": (
            strike("2021-07-02", site="albu_kamal", start=3),
        ),
        "Shells landed near the Conoco field on Tuesday, the coalition said.": (
            mention("2021-07-06", site="conoco_gas_field", start=4),
        ),
    }
    for i, (text, ms) in enumerate(texts.items()):
        s.put_article(article(text, ms, outlet=f"Outlet {i}"), text=text, file=f"a{i}.txt")
    s.resolve()
    incs = s.incidents_report()["incidents"]
    assert len(incs) == 4
    s.set_override(incs[3]["id"], "status", f"merged_into:{incs[2]['id']}")
    s.set_override(incs[0]["id"], "killed", "3", note="hospital list")
    s.add_note(incs[1]["id"], "Check the evening bulletin.")
    return s


def test_iter_incidents_matches_the_report(store: Store) -> None:
    report = {i["id"]: i for i in store.incidents_report()["incidents"]}
    assert len(report) == 3  # one merged away
    streamed = list(store.iter_incidents(batch=2))  # several batches
    assert [i["id"] for i in streamed] == sorted(report)
    assert all(_same(i, report[i["id"]]) for i in streamed)
    merged = next(i for i in streamed if i.get("merged_from"))
    assert merged["article_count"] == 2 and len(merged["mentions"]) == 2


def test_iter_incidents_by_id_and_without_mentions(store: Store) -> None:
    report = {i["id"]: i for i in store.incidents_report()["incidents"]}
    wanted = sorted(report)[1:]
    some = list(store.iter_incidents(ids=[*wanted, "inc_missing"]))
    assert [i["id"] for i in some] == wanted
    assert all(_same(i, report[i["id"]]) for i in some)
    many = list(store.iter_incidents(ids=wanted, batch=1))  # more ids than a batch: no IN list
    assert [i["id"] for i in many] == wanted and all(_same(i, report[i["id"]]) for i in many)
    for inc in store.iter_incidents(with_mentions=False):
        assert inc["mentions"] == []
        assert _same({**inc, "mentions": report[inc["id"]]["mentions"]}, report[inc["id"]])


def test_iter_incidents_date_range(store: Store) -> None:
    ranged = store.incidents_report("2021-06-29", "2021-07-03")["incidents"]
    streamed = list(store.iter_incidents("2021-06-29", "2021-07-03"))
    assert sorted(i["id"] for i in ranged) == [i["id"] for i in streamed]
    assert len(streamed) == 2


def test_fingerprint_changes_with_every_write(store: Store) -> None:
    first = store.fingerprint()
    assert store.fingerprint() == first  # reading changes nothing
    inc = store.incidents_report()["incidents"][0]["id"]
    store.set_override(inc, "wounded", "1")
    second = store.fingerprint()
    assert second != first
    store.add_note(inc, "Seen in two bulletins.")
    third = store.fingerprint()
    assert third != second
    text = "Militias shelled the Green Village base on Friday night, residents said."
    store.put_article(article(text, (mention("2021-07-09", start=1),)), text=text, file="b.txt")
    fourth = store.fingerprint()
    assert fourth != third
    store.resolve()
    assert store.fingerprint() != fourth


def test_lean_index_and_downloads_agree_with_the_full_report(store: Store) -> None:
    from extraction import frames as fr
    from pages import _common as ui

    full = fr.build_frames(store.incidents_report(), store.articles())
    lean = fr.build_index(store.iter_incidents(with_mentions=False), store.articles())
    pd.testing.assert_frame_equal(lean.incidents, full.incidents)
    assert fr.headline(lean) == fr.headline(full)
    md = fr.briefing_markdown(lean, lean.incidents, detail=ui.detail_reader(store.url))
    assert md == fr.briefing_markdown(full, full.incidents)
    assert "Check the evening bulletin." in md  # the analyst's note
    assert fr.incidents_csv(lean.incidents) == fr.incidents_csv(full.incidents)
    one = full.incidents["id"].iloc[0]
    detail = ui.detail_reader(store.url)([one])
    assert (
        detail.ledger["quote"].tolist()
        == full.ledger[full.ledger["incident_id"] == one]["quote"].tolist()
    )
