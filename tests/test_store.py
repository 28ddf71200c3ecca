"""The store: schema and migrations, idempotent writes, resolution, overrides that survive."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import insert, select
from store_helpers import COALITION, article, claim, mention, strike

from extraction.errors import InputError, StoreError
from extraction.records import Span
from extraction.store import (
    SCHEMA_VERSION,
    Store,
    assign_incident_ids,
    mentions,
    result_fingerprint,
    schema_version,
)

# Hand-written articles (my own wording, in the styles of a monitor, state media and a wire).
T_MONITOR = (
    "Observatory: rockets hit the Al-Omar field base on Monday evening\n"
    "Iran-backed militiamen fired rockets at the US base in the Al-Omar oil field, a monitor said."
)
T_STATE = (
    "SANA: missiles target the American occupation base\n"
    "Missiles struck the base of the American occupation forces at Green Village, SANA reported."
)
T_WIRE = (
    "Coalition returns fire after rocket attack\n"
    "The coalition said it fired artillery at the launch sites near Al-Mayadin after the attack."
)


def base_attack(**kw):
    return mention("2021-06-28", part_of_day="evening", **kw)


def monitor_article(extra_claims=(), start=70):
    return article(
        T_MONITOR,
        (
            base_attack(
                claims=(claim("SOHR", "monitor", "weapon", "rockets"), *extra_claims),
                start=start,
                evidence="Iran-backed militiamen fired rockets at the US base",
            ),
        ),
        outlet="Monitor Daily",
        wire="AFP",
    )


def state_article():
    return article(
        T_STATE,
        (
            base_attack(
                site="green_village",
                claims=(claim("SANA", "state_media", "weapon", "missiles"),),
                start=52,
            ),
        ),
        outlet="SANA",
    )


def wire_article():
    return article(
        T_WIRE,
        (
            strike(
                "2021-06-28",
                site="al_mayadin",
                claims=(claim("Coalition spokesperson", "military", "responsibility", COALITION),),
                start=44,
            ),
        ),
        outlet="Wire Report",
    )


@pytest.fixture
def store(tmp_path):
    s = Store(f"sqlite:///{tmp_path / 'test.sqlite'}")
    yield s
    s.close()


def put(store, result, text=None):
    return store.put_article(result, text=text or T_MONITOR, file="x.txt")


def load_three(store):
    put(store, monitor_article(), T_MONITOR)
    put(store, state_article(), T_STATE)
    put(store, wire_article(), T_WIRE)
    store.resolve()


def the_attack(store):
    (inc,) = [i for i in store.incidents_report()["incidents"] if i["direction"] == "militia->us"]
    return inc


# --------------------------------------------------------------------------- schema


def test_new_store_is_at_the_current_schema_version(store, tmp_path):
    assert store.schema_version() == SCHEMA_VERSION == 1
    again = Store(f"sqlite:///{tmp_path / 'test.sqlite'}")  # reopening does not re-migrate
    assert again.schema_version() == 1
    again.close()


def test_a_newer_schema_is_refused(store, tmp_path):
    with store.engine.begin() as conn:
        conn.execute(insert(schema_version).values(version=99, applied_at="2030-01-01T00:00:00Z"))
    with pytest.raises(StoreError, match="newer"):
        Store(f"sqlite:///{tmp_path / 'test.sqlite'}")


def test_bad_url_is_a_store_error():
    with pytest.raises(StoreError):
        Store("not a url")
    with pytest.raises(StoreError):
        Store("nosuchdialect://x")


def test_in_memory_store_works():
    s = Store("sqlite://")
    load_three(s)
    assert s.counts()["incidents"] == 2


def test_database_url_from_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("DZM_DB_URL", f"sqlite:///{tmp_path / 'env.sqlite'}")
    s = Store()
    assert (tmp_path / "env.sqlite").exists()
    assert s.url.endswith("env.sqlite")


# --------------------------------------------------------------------------- writes


def test_put_article_is_idempotent(store):
    assert put(store, monitor_article()) == "added"
    assert put(store, monitor_article()) == "unchanged"
    changed = monitor_article(extra_claims=(claim("SOHR", "monitor", "casualties", "none"),))
    assert result_fingerprint(changed) != result_fingerprint(monitor_article())
    assert put(store, changed) == "reextracted"
    assert store.counts()["articles"] == 1
    assert store.counts()["claims"] == 2


def test_skipped_articles_are_stored_with_status_and_reason(store):
    store.put_article(article("", status="empty", reason="no text"), text="", file="e.txt")
    (a,) = store.articles()
    assert (a["status"], a["reason"], a["n_mentions"]) == ("empty", "no text", 0)
    c = store.counts()
    assert (c["articles"], c["articles_ok"], c["articles_skipped"]) == (1, 0, 1)


def test_articles_and_article_detail(store):
    load_three(store)
    rows = store.articles()
    assert {r["outlet"] for r in rows} == {"Monitor Daily", "SANA", "Wire Report"}
    assert all("text" not in r for r in rows)
    a = store.article(monitor_article().id)
    assert a["text"] == T_MONITOR
    kinds = {e["kind"] for e in a["evidence"]}
    assert {"evidence", "claim"} <= kinds
    ev = [e for e in a["evidence"] if e["kind"] == "evidence"][0]
    assert ev["incident_id"] and ev["text"] == T_MONITOR[ev["start"] : ev["end"]]
    assert store.article("nope") is None


# --------------------------------------------------------------------------- resolution


def test_resolution_merges_and_links(store):
    load_three(store)
    report = store.incidents_report()
    assert len(report["incidents"]) == 2
    attack = the_attack(store)
    assert attack["site_id"] == "green_village"
    assert attack["independent_sources"] == 2 and attack["article_count"] == 2
    assert {c["attribute"] for c in attack["contradictions"]} == {"weapon"}
    (link,) = attack["links"]
    assert link["type"] == "answered_by"
    response = [i for i in report["incidents"] if i["id"] == link["incident"]][0]
    assert response["links"][0] == {
        **response["links"][0],
        "type": "response_to",
        "incident": attack["id"],
    }
    c = store.counts()
    assert (c["mentions"], c["incidents"], c["claims"], c["contradictions"], c["links"]) == (
        3,
        2,
        3,
        1,
        1,
    )


def test_incident_ids_are_stable_across_resolutions(store):
    load_three(store)
    before = {i["id"] for i in store.incidents_report()["incidents"]}
    store.resolve()
    store.resolve()
    assert {i["id"] for i in store.incidents_report()["incidents"]} == before


def test_incident_id_survives_a_new_member(store):
    put(store, monitor_article(), T_MONITOR)
    store.resolve()
    first = the_attack(store)["id"]
    put(store, state_article(), T_STATE)
    store.resolve()
    assert the_attack(store)["id"] == first


def test_assign_incident_ids_carries_the_majority_id():
    prev = {"a": "inc_1", "b": "inc_1", "c": "inc_2"}
    ids = assign_incident_ids([["a"], ["b", "c", "d"], ["e"]], prev)
    assert ids[:2] == ["inc_1", "inc_2"]  # a split incident: each part keeps an old id
    assert ids[2].startswith("inc_") and len(set(ids)) == 3
    assert assign_incident_ids([["b", "c", "d"]], prev) == ["inc_1"]


def test_report_reads_finish_an_interrupted_resolution(store):
    put(store, monitor_article(), T_MONITOR)
    assert store.needs_resolution()
    # while articles are still being written (a running batch) a read does not resolve...
    assert store.incidents_report()["incidents"] == []
    assert store.needs_resolution()
    # ...once writes have stopped (an interrupted batch) it does
    store.resolve_on_read_after = 0
    assert len(store.incidents_report()["incidents"]) == 1
    assert not store.needs_resolution()


def test_date_filters(store):
    load_three(store)
    assert len(store.incidents_report(date(2021, 6, 28), date(2021, 6, 28))["incidents"]) == 2
    assert store.incidents_report(date(2021, 7, 1))["incidents"] == []
    assert store.incidents_report(None, date(2021, 6, 1))["incidents"] == []
    assert len(store.incidents_report("2021-06-01", "2021-06-30")["incidents"]) == 2
    with pytest.raises(InputError):
        store.incidents_report("28/06/2021")


# --------------------------------------------------------------------------- overrides


def test_overrides_apply_and_are_audited(store):
    load_three(store)
    inc = the_attack(store)["id"]
    store.set_override(inc, "killed", "2", analyst="maya", note="hospital source")
    store.set_override(inc, "site_id", "al_omar_oil_field", analyst="maya")
    store.add_note(inc, "Check against CENTCOM weekly summary.", analyst="maya")
    attack = the_attack(store)
    assert attack["killed"] == 2
    assert attack["site_id"] == "al_omar_oil_field"
    assert attack["overridden"] == ["killed", "site_id"]
    assert attack["notes"] == ["Check against CENTCOM weekly summary."]
    log = store.audit_log()
    assert [r["action"] for r in log[:3]] == ["note", "override", "override"]
    assert (
        log[2]["field"] == "killed" and log[2]["new_value"] == "2" and log[2]["analyst"] == "maya"
    )
    assert len(store.overrides(inc)) == 2 and all(o["active"] for o in store.overrides(inc))
    # clearing an override returns to the automatic value and keeps history
    store.set_override(inc, "killed", "")
    assert the_attack(store)["killed"] is None
    assert len(store.overrides(inc)) == 3


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("weapons", "rockets"),
        ("killed", "many"),
        ("event_type", "bombing"),
        ("role", "primary"),
        ("date", "28 June"),
        ("status", "maybe"),
        ("status", "merged_into:inc_nope"),
    ],
)
def test_invalid_overrides_are_refused(store, field, value):
    load_three(store)
    with pytest.raises(InputError):
        store.set_override(the_attack(store)["id"], field, value)


def test_unknown_incident_is_refused(store):
    with pytest.raises(InputError, match="unknown incident"):
        store.set_override("inc_000", "killed", "1")
    with pytest.raises(InputError):
        store.add_note("inc_000", "x")


def test_override_survives_reextraction(store):
    load_three(store)
    inc = the_attack(store)["id"]
    store.set_override(inc, "perpetrator", "unknown", note="claimed by nobody")
    store.set_override(inc, "status", "confirmed")
    store.add_note(inc, "seen on two channels")
    # The extractor changed: evidence starts elsewhere, one more claim, a time.
    changed = article(
        T_MONITOR,
        (
            base_attack(
                claims=(
                    claim("SOHR", "monitor", "weapon", "rockets"),
                    claim("SOHR", "monitor", "casualties", "none"),
                ),
                start=66,
                evidence="militiamen fired rockets at the US base in the Al-Omar oil field",
                time_local="19:40",
            ),
        ),
        outlet="Monitor Daily",
        wire="AFP",
    )
    assert put(store, changed, T_MONITOR) == "reextracted"
    store.resolve()
    attack = the_attack(store)
    assert attack["id"] == inc
    assert attack["perpetrator"] == "unknown" and attack["status"] == "confirmed"
    assert attack["notes"] == ["seen on two channels"]
    assert attack["time_local"] == "19:40"
    assert not any(o["orphaned"] for o in store.overrides())


def test_override_follows_its_mentions_when_incidents_merge(store):
    # Two reports first resolve apart (nothing bridges them), then a third bridges them.
    a = article("alpha report text", (mention("2021-06-28", site="green_village", start=5),))
    b = article(
        "bravo report text",
        (mention("2021-06-01", precision="month", site="al_omar_oil_field", start=5),),
    )
    put(store, a, "alpha report text")
    store.resolve()
    (first,) = store.incidents_report()["incidents"]
    store.set_override(first["id"], "killed", "3")
    put(store, b, "bravo report text")
    store.resolve()
    incs = store.incidents_report()["incidents"]
    assert len(incs) == 1 and incs[0]["killed"] == 3


def test_orphaned_override_is_kept_and_reported(store):
    put(store, monitor_article(), T_MONITOR)
    store.resolve()
    inc = the_attack(store)["id"]
    store.set_override(inc, "wounded", "4")
    # Re-extraction finds no incident in the article any more.
    put(store, article(T_MONITOR, (), outlet="Monitor Daily", wire="AFP"), T_MONITOR)
    stats = store.resolve()
    assert stats["orphaned"] == 1
    (ov,) = store.overrides()
    assert ov["orphaned"] and ov["value"] == "4" and ov["incident_id"] == inc
    assert store.counts()["orphaned_overrides"] == 1
    assert any(r["action"] == "override_orphaned" for r in store.audit_log())
    # ...and it comes back when its mention does.
    put(store, monitor_article(), T_MONITOR)
    store.resolve()
    assert not store.overrides()[0]["orphaned"]
    assert the_attack(store)["wounded"] == 4


def test_merged_into_folds_one_incident_into_another(store):
    a = article("alpha report text", (mention("2021-06-28", site="green_village", start=5),))
    b = article(
        "bravo report text", (mention("2021-06-28", site="conoco_gas_field", start=5),), outlet="B"
    )
    put(store, a, "alpha report text")
    put(store, b, "bravo report text")
    store.resolve()
    one, two = store.incidents_report()["incidents"]
    store.set_override(two["id"], "status", f"merged_into:{one['id']}")
    (merged,) = store.incidents_report()["incidents"]
    assert merged["id"] == one["id"]
    assert merged["article_count"] == 2 and merged["merged_from"] == [two["id"]]


def test_mention_keys_keep_within_article_unique(store):
    two = article("twin text", (mention(start=3), mention(site="conoco_gas_field", start=3)))
    put(store, two, "twin text")
    with store.engine.connect() as conn:
        keys = list(conn.execute(select(mentions.c.key)).scalars())
    assert len(set(keys)) == 2


def test_spans_from_the_extractor_round_trip(store):
    m = mention(start=10, evidence="fired rockets")
    assert m.evidence == (Span(10, 23, "fired rockets"),)
    put(
        store,
        article("0123456789fired rockets at the base", (m,)),
        "0123456789fired rockets at the base",
    )
    store.resolve()
    (inc,) = store.incidents_report()["incidents"]
    assert inc["mentions"][0]["quote"] == "fired rockets"


def test_bulk_put_articles(store):
    items = [(monitor_article(), T_MONITOR, "m.txt"), (state_article(), T_STATE, "s.txt")]
    assert store.put_articles(items) == {"added": 2}
    again = store.put_articles([*items, (wire_article(), T_WIRE, "w.txt")], chunk=2)
    assert again == {"unchanged": 2, "added": 1}
    store.resolve()
    assert store.counts()["incidents"] == 2 and store.counts()["mentions"] == 3


def test_schema_and_queries_compile_for_postgresql():
    """Portable Core: the DDL and the main queries compile for PostgreSQL (no driver needed)."""
    from sqlalchemy.dialects import postgresql
    from sqlalchemy.schema import CreateTable

    from extraction.store import incidents, metadata

    dialect = postgresql.dialect()
    for table in metadata.sorted_tables:
        ddl = str(CreateTable(table).compile(dialect=dialect))
        assert "CREATE TABLE" in ddl
    q = select(incidents).where(
        incidents.c.date_hi >= date(2021, 1, 1), mentions.c.pending.is_(True)
    )
    assert "incidents.date_hi >=" in str(q.compile(dialect=dialect))
