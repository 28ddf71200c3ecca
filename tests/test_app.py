"""Every dashboard page under Streamlit's AppTest, on a small store of our own articles.

The store is filled through the real Store API with hand-made extraction results for four
short articles written for these tests (wire, state-media and monitor styles), so the
assertions do not depend on the extractor's current quality.  The demo-corpus tests at
the bottom exercise the first-run path and the seeds end to end.
"""

from __future__ import annotations

import hashlib
import html
import os
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from extraction.records import ArticleMeta, ArticleResult, Claim, DateInfo, Mention, Site, Span

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")
PAGES = ("overview", "timeline", "map", "claims", "sources", "articles", "review", "briefing")
TIMEOUT = 120

# Approximate public coordinates (OpenStreetMap); ids are the project's gazetteer ids.
SITES = {
    "green_village": Site("green_village", "Green Village", 35.05, 40.55, "facility", "base", None, "east"),
    "al_mayadin": Site("al_mayadin", "Al-Mayadin", 35.02, 40.45, "town", "town", None, "west"),
    "conoco_gas_field": Site("conoco_gas_field", "Conoco gas field", 35.27, 40.31, "facility", "gas_field", None, "east"),
}  # fmt: skip

# Four articles of our own writing.
WIRE = (
    "Rockets hit coalition base in eastern Syria\n\n"
    "DEIR EZ-ZOR, Syria, Aug 24 (Desert Wire) - Several rockets struck near the Green Village "
    "base late on Tuesday, the US-led coalition said in a statement. "
    '"There were no injuries," coalition spokesman Colonel Ray Dunn said. '
    "The Eastern Observatory, a monitoring group, said two guards were wounded."
)
STATE = (
    "Occupation helicopters strike Mayadin\n\n"
    "Deir Ezzor, SANA - American occupation helicopters targeted the town of Al-Mayadin on "
    "Wednesday, killing three civilians, local sources told SANA. The aggression caused heavy "
    "damage to homes."
)
MONITOR = (
    "Monitor: US strikes kill militiamen near Mayadin\n\n"
    "The Eastern Observatory reported that US warplanes struck positions of Iran-backed "
    "militias in the Al-Mayadin countryside at dawn on Wednesday, killing four militiamen."
)
SCRAPED = (
    "Conoco field targeted\n\n"
    "Three rockets landed inside the Conoco gas field on 3 January 2022, the coalition said, "
    "adding that no one was hurt. <script>alert('x')</script> **Subscribe** [here](http://x.test)"
)


def _span(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(start, start + len(phrase), phrase)


def _claim(text: str, claimant: str, ctype: str, attribute: str, value: str, quote: str) -> Claim:
    s = _span(text, quote)
    return Claim(claimant, ctype, attribute, value, quote, s.start, s.end)


def _mention(text: str, day: str, site: str, event_type: str, perp: str, target: str, direction: str,
             evidence: str, claims: tuple[Claim, ...], killed=None, wounded=None) -> Mention:  # fmt: skip
    return Mention(
        date=DateInfo(date.fromisoformat(day), "day", day, None, None, "absolute"),
        site=SITES[site],
        place_text=SITES[site].name,
        event_type=event_type,
        weapons=("rockets",) if "attack" in event_type else (),
        perpetrator=perp,
        target=target,
        killed=killed,
        wounded=wounded,
        casualties_reported="some" if (killed or wounded) else "unknown",
        damage=None,
        claims=claims,
        evidence=(_span(text, evidence),),
        role="main",
        direction=direction,
        place_span=_span(text, SITES[site].name),
    )


def _article(
    text: str, outlet: str, published: str, mentions: tuple[Mention, ...]
) -> ArticleResult:
    return ArticleResult(
        id=hashlib.sha256(text.encode()).hexdigest()[:16],
        meta=ArticleMeta(text.split("\n", 1)[0], outlet, None, None, date.fromisoformat(published), "manifest", None, "en"),
        status="ok",
        reason="",
        incidents=mentions,
    )  # fmt: skip


ATTACK = "shelling/artillery/missile attack"
STRIKE = "air/drone strike"
MILITIA = "Iran-backed militias"
COALITION = "US-led coalition"


def build_store(url: str) -> None:
    """Four articles -> three incidents (one strike reported by two sources who disagree)."""
    from extraction.store import Store

    quote_no = '"There were no injuries," coalition spokesman Colonel Ray Dunn said.'
    quote_two = "The Eastern Observatory, a monitoring group, said two guards were wounded."
    wire = _mention(
        WIRE, "2022-08-23", "green_village", ATTACK, MILITIA, COALITION, "militia->us",
        "Several rockets struck near the Green Village base late on Tuesday",
        (_claim(WIRE, "coalition", "military", "wounded", "0", quote_no),
         _claim(WIRE, "Eastern Observatory", "monitor", "wounded", "2", quote_two)),
        wounded=2,
    )  # fmt: skip
    state = _mention(
        STATE, "2022-08-24", "al_mayadin", STRIKE, COALITION, MILITIA, "us->militia",
        "American occupation helicopters targeted the town of Al-Mayadin on Wednesday",
        (_claim(STATE, "SANA", "state_media", "killed", "3", "killing three civilians, local sources told SANA"),),
        killed=3,
    )  # fmt: skip
    monitor = _mention(
        MONITOR, "2022-08-24", "al_mayadin", STRIKE, COALITION, MILITIA, "us->militia",
        "US warplanes struck positions of Iran-backed militias in the Al-Mayadin countryside",
        (_claim(MONITOR, "Eastern Observatory", "monitor", "killed", "4",
                "The Eastern Observatory reported that US warplanes struck positions"),),
        killed=4,
    )  # fmt: skip
    conoco = _mention(
        SCRAPED, "2022-01-03", "conoco_gas_field", ATTACK, "unknown", COALITION, "unknown->us",
        "Three rockets landed inside the Conoco gas field on 3 January 2022",
        (_claim(SCRAPED, "coalition", "military", "wounded", "0", "adding that no one was hurt"),),
    )  # fmt: skip
    store = Store(url)
    for text, outlet, published, m in (
        (WIRE, "Desert Wire", "2022-08-24", wire),
        (STATE, "SANA", "2022-08-24", state),
        (MONITOR, "Observer Daily", "2022-08-24", monitor),
        (SCRAPED, "Scraped Site", "2022-01-04", conoco),
    ):
        store.put_article(_article(text, outlet, published, (m,)), text=text, file=f"{outlet}.txt")
    store.put_article(
        ArticleResult("e" * 16, ArticleMeta("", None), "empty", "no text left after cleaning"),
        text="",
        file="blank.txt",
    )
    store.resolve()
    store.close()


@pytest.fixture(autouse=True)
def _navigation_v2(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run app.py as the entrypoint on every AppTest run.

    AppTest resets Streamlit's "legacy pages/ folder" flag before each run, and because the
    project's page folder is named pages/ (as the user fixed), a run after switch_page()
    would execute the page file alone, without app.py's sidebar.  The real server clears
    the flag for good at the first st.navigation call; this does the same for AppTest.
    """
    from streamlit.runtime import pages_manager as pm

    original = pm.PagesManager.__init__

    def init(self, *args, **kwargs) -> None:
        original(self, *args, **kwargs)
        pm.PagesManager.uses_pages_directory = False

    monkeypatch.setattr(pm.PagesManager, "__init__", init)


@pytest.fixture(scope="module")
def small_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('app') / 'small.sqlite'}"
    build_store(url)
    return url


@pytest.fixture
def app(small_store: str, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setenv("DZM_DB_URL", small_store)
    monkeypatch.setenv("DZM_NO_DEMO", "1")
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def visible(at: AppTest) -> str:
    """The sidebar's 'Visible incidents' metric, e.g. '3 of 3'."""
    return next(m.value for m in at.sidebar.metric if m.label == "Visible incidents")


def metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.main.metric if m.label == label)


def goto(at: AppTest, page: str) -> AppTest:
    at.switch_page(f"pages/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def no_error(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


# --------------------------------------------------------------------------- every page


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs(app: AppTest, page: str) -> None:
    goto(app, page)
    no_error(app)
    assert app.title[0].value  # every page has a title
    assert visible(app) == "3 of 3"


def test_overview_figures(app: AppTest) -> None:
    assert metric(app, "Incidents") == "3"
    assert metric(app, "Articles") == "5"
    assert metric(app, "Contradictions") == "2"  # wounded at Green Village, killed at Mayadin
    assert (metric(app, "From"), metric(app, "To")) == ("2022-01", "2022-08")  # the date span
    latest = app.main.dataframe[0].value
    assert len(latest) == 3
    failed = app.main.dataframe[1].value
    assert failed["reason"].tolist() == ["no text left after cleaning"]


# --------------------------------------------------------------------------- filters


def test_site_filter_changes_counts(app: AppTest) -> None:
    app.multiselect(key="site").select("al_mayadin").run()
    no_error(app)
    assert visible(app) == "1 of 3"
    assert metric(app, "Incidents") == "1"
    assert len(app.main.dataframe[0].value) == 1
    goto(app, "briefing")
    assert "1 incident(s)" in app.markdown[0].value
    goto(app, "sources")
    claimants = app.main.dataframe[0].value
    assert set(claimants["claimant"]) == {"SANA", "Eastern Observatory"}


@pytest.mark.parametrize(
    "key,value,expected",
    [
        ("type", "air/drone strike", "1 of 3"),
        ("perp", COALITION, "1 of 3"),
        ("claimant", "coalition", "2 of 3"),
        ("outlet", "SANA", "1 of 3"),
    ],
)
def test_each_filter_changes_counts(app: AppTest, key: str, value: str, expected: str) -> None:
    app.multiselect(key=key).select(value).run()
    no_error(app)
    assert visible(app) == expected
    assert metric(app, "Incidents") == expected.split()[0]


def test_date_filter_and_clear(app: AppTest) -> None:
    app.date_input(key="dates").set_value((date(2022, 8, 1), date(2022, 8, 24))).run()
    no_error(app)
    assert visible(app) == "2 of 3"
    goto(app, "timeline")
    assert visible(app) == "2 of 3"  # the filter follows the user across pages
    app.sidebar.button[0].click().run()  # "Clear filters"
    no_error(app)
    assert visible(app) == "3 of 3"


def test_url_sets_filters(small_store: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DZM_DB_URL", small_store)
    monkeypatch.setenv("DZM_NO_DEMO", "1")
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.query_params["type"] = "shelling/artillery/missile attack"
    at.query_params["dates"] = ["2022-08-01", "2022-08-24"]
    at.run()
    no_error(at)
    assert visible(at) == "1 of 3"


def test_filters_that_match_nothing(app: AppTest) -> None:
    app.multiselect(key="site").select("conoco_gas_field").run()
    app.multiselect(key="type").select("air/drone strike").run()
    assert visible(app) == "0 of 3"
    for page in PAGES:
        goto(app, page)
        no_error(app)


# --------------------------------------------------------------------------- pages


def _incident_id(site: str) -> str:
    """The id of the incident at `site` in the store the app is reading."""
    from extraction.store import Store

    report = Store(os.environ["DZM_DB_URL"]).incidents_report()
    return next(i["id"] for i in report["incidents"] if i["site_id"] == site)


def test_claims_ledger_contradiction_and_quote(app: AppTest) -> None:
    app.session_state["incident"] = _incident_id("al_mayadin")
    goto(app, "claims")
    no_error(app)
    assert metric(app, "Contradictions") == "1"
    assert metric(app, "Independent sources") == "2"
    matrix = app.main.dataframe[0].value
    assert set(matrix.index) == {"SANA", "Eastern Observatory"}
    assert "killed" in matrix.columns
    assert any("killed" in w.value for w in app.warning)  # the contradiction, explained
    body = app.main.html[-1].value if app.main.html else ""
    assert 'class="dzm-focus"' in body  # the quoted sentence, highlighted in context
    claim = app.selectbox[-1]
    claim.select(claim.options[-1]).run()  # read another claim's sentence
    no_error(app)


def test_timeline_selection_shows_card(app: AppTest) -> None:
    app.session_state["incident"] = _incident_id("green_village")
    goto(app, "timeline")
    no_error(app)
    assert any("Green Village" in s.value for s in app.subheader)


def test_map_lists_site_incidents(app: AppTest) -> None:
    goto(app, "map")
    sites = app.selectbox[0]
    sites.select("al_mayadin").run()
    no_error(app)
    assert any("Mayadin" in s.value for s in app.subheader)
    assert len(app.main.dataframe[0].value) == 1


def test_article_reader_escapes_untrusted_text(app: AppTest) -> None:
    goto(app, "articles")
    reader = app.selectbox[0]
    target = next(o for o in reader.options if "Conoco" in o)
    reader.select(target).run()
    no_error(app)
    body = app.main.html[-1].value
    assert "<script>" not in body and html.escape("<script>alert('x')</script>") in body
    assert "<mark" in body  # evidence spans highlighted
    assert "**Subscribe**" in body  # markdown is not interpreted either


def test_ingest_pasted_article(
    small_store: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'ingest.sqlite'}"
    build_store(url)
    monkeypatch.setenv("DZM_DB_URL", url)
    monkeypatch.setenv("DZM_NO_DEMO", "1")
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    goto(at, "articles")
    at.text_area(key="add_text").input(
        "Drone attack on Conoco\n\nA drone packed with explosives struck the Conoco gas field in "
        "eastern Syria on Monday, the coalition said, adding that nobody was hurt in the attack."
    )
    at.text_input[0].input("Test Wire")
    at.button[0].click().run()  # the form's submit button
    no_error(at)
    assert any("Stored article" in s.value for s in at.success)
    from extraction.store import Store

    assert len(Store(url).articles()) == 6


def test_review_override_and_note(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path / 'review.sqlite'}"
    build_store(url)
    monkeypatch.setenv("DZM_DB_URL", url)
    monkeypatch.setenv("DZM_NO_DEMO", "1")
    from extraction.store import Store

    store = Store(url)
    iid = next(
        i["id"] for i in store.incidents_report()["incidents"] if i["site_id"] == "green_village"
    )
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.session_state["incident"] = iid
    at.run()
    goto(at, "review")
    at.selectbox(key="review_field").select("killed").run()
    form_value = next(t for t in at.text_input if t.label == "Value")
    form_value.input("1")
    next(t for t in at.text_input if t.label.startswith("Why")).input("hospital list")
    next(b for b in at.button if b.label == "Save override").click().run()
    no_error(at)
    assert any("Override saved" in s.value for s in at.success)
    at.text_area(key="review_note_text").input("Check against the evening bulletin.")
    next(b for b in at.button if b.label == "Save note").click().run()
    no_error(at)
    inc = next(i for i in Store(url).incidents_report()["incidents"] if i["id"] == iid)
    assert inc["killed"] == 1 and "killed" in inc["overridden"]
    assert inc["notes"] == ["Check against the evening bulletin."]
    next(b for b in at.button if b.label == "Reject incident").click().run()
    no_error(at)
    assert visible(at) == "2 of 3"  # rejected incidents are hidden unless asked for
    at.checkbox(key="rejected").check().run()
    assert visible(at) == "3 of 3"


def test_review_bad_value_keeps_input(app: AppTest) -> None:
    app.session_state["incident"] = _incident_id("green_village")
    goto(app, "review")
    app.selectbox(key="review_field").select("date").run()
    next(t for t in app.text_input if t.label == "Value").input("not a date")
    next(b for b in app.button if b.label == "Save override").click().run()
    assert not app.exception
    assert any("Not saved" in e.value for e in app.error)
    assert next(t for t in app.text_input if t.label == "Value").value == "not a date"


def test_briefing_downloads(app: AppTest) -> None:
    goto(app, "briefing")
    no_error(app)
    preview = "\n".join(m.value for m in app.markdown)
    assert "# Deir ez-Zor incident briefing" in preview
    assert "Contradictions" in preview
    labels = {b.proto.label for b in app.get("download_button")}
    assert labels == {"CSV", "GeoJSON", "Markdown briefing"}


# --------------------------------------------------------------------------- empty and first run


def test_empty_store_shows_help(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DZM_DB_URL", f"sqlite:///{tmp_path / 'empty.sqlite'}")
    monkeypatch.setenv("DZM_NO_DEMO", "1")
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    for page in PAGES:
        goto(at, page)
        no_error(at)
        if page != "articles":
            assert any("Articles" in i.value for i in at.info), page
    assert visible(at) == "0 of 0"


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    return f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.sqlite'}"


def test_first_run_builds_demo_store(demo_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DZM_DB_URL", demo_url)
    monkeypatch.delenv("DZM_NO_DEMO", raising=False)
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    no_error(at)
    assert at.status[0].label.startswith("Demo corpus ingested: 5 article(s) added")
    assert metric(at, "Articles") == "5"
    assert int(visible(at).split(" of ")[1]) >= 3  # the seeds' incidents
    at.run()  # a second run does not ingest again
    assert not at.status


def test_demo_al_omar_ledger(demo_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Done-when: the 28 June 2021 Al-Omar ledger opens, with the sentence behind a claim."""
    monkeypatch.setenv("DZM_DB_URL", demo_url)
    monkeypatch.delenv("DZM_NO_DEMO", raising=False)
    from extraction.ingest import ensure_demo
    from extraction.store import Store

    store = Store(demo_url)
    ensure_demo(store)  # no-op when the first-run test already built it
    al_omar = [
        i
        for i in store.incidents_report()["incidents"]
        if i["site_id"] == "al_omar_oil_field" and i["date"] == "2021-06-28"
    ]
    assert len(al_omar) == 1
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.session_state["incident"] = al_omar[0]["id"]
    at.run()
    goto(at, "claims")
    no_error(at)
    assert at.selectbox[0].value == al_omar[0]["id"]
    matrix = at.main.dataframe[0].value
    assert len(matrix.index) >= 2  # several claimants
    assert any('class="dzm-focus"' in h.value for h in at.main.html)


# --------------------------------------------------------------------------- caps (100k incidents)


@pytest.fixture
def capped(small_store: str, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    """The app with every cap at 1, so the small store behaves like a huge one."""
    from pages import _charts as charts
    from pages import _common as ui

    for name in ("TABLE_LIMIT", "PICKER_LIMIT", "PREVIEW_INCIDENTS"):
        monkeypatch.setattr(ui, name, 1)
    monkeypatch.setattr(charts, "POINTS_PER_TYPE", 1)
    monkeypatch.setenv("DZM_DB_URL", small_store)
    monkeypatch.setenv("DZM_NO_DEMO", "1")
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.run()
    no_error(at)
    return at


def captions(at: AppTest) -> str:
    return "\n".join(c.value for c in at.caption)


def test_caps_say_how_many_are_not_listed(capped: AppTest) -> None:
    goto(capped, "map")
    capped.selectbox[0].select("al_mayadin").run()
    no_error(capped)
    goto(capped, "claims")
    no_error(capped)
    assert len(capped.selectbox[0].options) == 1  # the latest incident only...
    assert "Listing the 1 latest of 3 visible incidents" in captions(capped)
    green = _incident_id("green_village")  # ...and the shared selection, wherever it is
    capped.session_state["incident"] = green
    capped.run()
    assert capped.selectbox[0].value == green and len(capped.selectbox[0].options) == 2
    goto(capped, "timeline")
    assert "drawn as grey squares" in captions(capped)
    goto(capped, "overview")
    assert len(capped.main.dataframe[0].value) == 1
    assert "Showing the 1 latest of 3 incidents" in captions(capped)


def test_capped_article_list_has_a_search(capped: AppTest) -> None:
    goto(capped, "articles")
    search = capped.text_input(key="articles_query")
    assert "Showing the 1 latest of 5 articles" in captions(capped)
    search.input("scraped").run()
    no_error(capped)
    assert capped.main.dataframe[0].value["title"].tolist() == ["Conoco field targeted"]
    assert capped.selectbox[0].options[0].startswith("Conoco field targeted")


def test_capped_briefing_preview(capped: AppTest) -> None:
    goto(capped, "briefing")
    preview = "\n".join(m.value for m in capped.markdown)
    assert "Incidents: 3" in preview and "2 more incidents in the download" in preview
