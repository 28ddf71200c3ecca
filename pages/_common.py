"""What every page shares: the store, THE cached loader, the sidebar filters, the selection.

The store and the gazetteer are singletons (`st.cache_resource`); the tables are data
(`st.cache_data`, bounded, keyed by database URL and store revision so an ingest or an
override elsewhere shows up).  Filters are applied outside the cache, and mirrored in the
URL query string so a view can be shared by link.
"""

from __future__ import annotations

import dataclasses
import json
import os
import threading
from collections.abc import Callable, Iterable
from typing import Any

import pandas as pd
import streamlit as st

from extraction import frames as fr
from extraction.errors import MonitorError
from extraction.settings import DATA_DIR, load_settings

PAGES = {
    "overview": "pages/overview.py",
    "timeline": "pages/timeline.py",
    "map": "pages/map.py",
    "claims": "pages/claims.py",
    "sources": "pages/sources.py",
    "articles": "pages/articles.py",
    "review": "pages/review.py",
    "briefing": "pages/briefing.py",
}
# At 100k incidents a widget cannot list them all: tables and pickers show this many
# (the latest), and say how many there are.
TABLE_LIMIT = 1_000
PICKER_LIMIT = 500
PREVIEW_INCIDENTS = 50  # the Briefing page previews these; its download holds them all
# Set DZM_NO_DEMO=1 to start with an empty store instead of ingesting the demo corpus.
NO_DEMO_ENV = "DZM_NO_DEMO"
# Sidebar multiselects: widget key (= URL query parameter) -> Filters attribute.
MULTI_FILTERS = {
    "site": "sites",
    "type": "event_types",
    "perp": "perpetrators",
    "claimant": "claimants",
    "outlet": "outlets",
}
EMPTY_HELP = (
    "The store holds no incidents yet. Add an article on the **Articles** page "
    "(paste text, upload a .txt file or a saved web page), or ingest a folder from the command line: "
    "`python -m extraction ingest data/demo`."
)
CSS = """
<style>
mark.dzm-sent { background: #fffbe0; padding: 0; }
mark.dzm-ev { background: #ffe066; padding: 0 1px; border-radius: 2px; }
mark.dzm-focus { background: #ffb347; padding: 0 1px; border-radius: 2px; font-weight: 600; }
mark.dzm-removed { background: transparent; color: #999; text-decoration: line-through; }
mark.dzm-caption { background: transparent; color: #888; font-style: italic; }
div.dzm-article { white-space: pre-wrap; line-height: 1.6; font-size: 0.95rem;
  max-height: 34rem; overflow-y: auto; padding: 0.75rem 1rem; border: 1px solid #ddd;
  border-radius: 0.5rem; background: #fcfcfc; }
blockquote.dzm-quote { border-left: 4px solid #ffb347; margin: 0.25rem 0; padding: 0.25rem 0.75rem;
  white-space: pre-wrap; }
</style>
"""


def fail(exc: Exception) -> None:
    """Show a typed error as a message and stop the page (never a traceback)."""
    st.error(f"{type(exc).__name__}: {fr.escape_markdown(exc)}")
    st.stop()


# --------------------------------------------------------------------------- store


def db_url() -> str:
    """The database URL from settings (`DZM_DB_URL` or the SQLite file under data/)."""
    try:
        return load_settings().db_url
    except MonitorError as exc:
        fail(exc)
        raise


@st.cache_resource(show_spinner=False)
def _open_store(url: str) -> Any:
    from extraction.store import Store

    return Store(url)


def store() -> Any:
    """The one Store for this database URL (a singleton shared by sessions)."""
    url = db_url()
    if url.startswith("sqlite:///") and ":memory:" not in url:
        DATA_DIR.mkdir(parents=True, exist_ok=True)
    try:
        return _open_store(url)
    except MonitorError as exc:
        fail(exc)
        raise


def revision(s: Any) -> tuple:
    """A cheap fingerprint of the store's contents: changes after any ingest, override or note."""
    try:
        return tuple(s.fingerprint())
    except MonitorError as exc:
        fail(exc)
        raise


@st.cache_data(max_entries=2, ttl=600, show_spinner="Reading the store…")
def load_frames(url: str, rev: tuple) -> fr.Frames:
    """THE cached loader: every incident and ledger row, lean (no quotes), and the article list.

    The store is read incident by incident, so memory stays flat; a page that shows one
    incident's quotes, mentions or contradictions reads them with `incident_detail`.
    """
    s = _open_store(url)
    index = fr.build_index(s.iter_incidents(with_mentions=False))
    arts = fr.articles_frame(s.articles(), fr.ARTICLE_INDEX_COLUMNS)  # after: one peak at a time
    arts = arts.sort_values(["published", "file"], na_position="last").reset_index(drop=True)
    return dataclasses.replace(index, articles=arts)


# What this script run already read (st.cache_data hands out a fresh copy on every call, and
# the sidebar and the page both need the tables): set by start(), cleared by finish().
_RUN = threading.local()


def frames() -> fr.Frames:
    """The current tables (cached; re-read when the store's revision changes)."""
    memo = getattr(_RUN, "frames", None)
    if memo is not None:
        return memo[1]
    s = store()
    try:
        key = (db_url(), revision(s))
        data = load_frames(*key)
    except MonitorError as exc:
        fail(exc)
        raise
    _RUN.frames = (key, data)
    return data


def data_key() -> tuple[str, tuple]:
    """(database URL, store revision) of the tables this run shows: the key of derived caches."""
    frames()
    return _RUN.frames[0]


def finish() -> None:
    """Forget what this run read (called by app.py after the page, however it ended)."""
    _RUN.__dict__.clear()


def refresh() -> None:
    """Forget cached tables after this session changed the store."""
    load_frames.clear()
    finish()


@st.cache_data(max_entries=256, ttl=600, show_spinner=False)
def _detail(url: str, rev: tuple, ids: tuple[str, ...]) -> fr.Frames:
    return fr.build_frames({"incidents": list(_open_store(url).iter_incidents(ids=ids))})


def incident_detail(ids: str | list[str] | tuple[str, ...]) -> fr.Frames:
    """Everything about a few incidents: ledger with quotes, mentions, contradictions (cached)."""
    ids = (ids,) if isinstance(ids, str) else tuple(ids)
    try:
        return _detail(*data_key(), ids)
    except MonitorError as exc:
        fail(exc)
        raise


def detail_reader(url: str) -> Callable[[list[str]], fr.Frames]:
    """Ledgers and contradictions of some incidents outside a script run (a download built on
    click): uncached, and without mention rows, which the briefing does not quote."""
    s = _open_store(url)
    return lambda ids: fr.build_frames(
        {"incidents": list(s.iter_incidents(ids=ids, with_mentions=False))}
    )


# --------------------------------------------------------------------------- gazetteer


@st.cache_resource(show_spinner=False)
def _gazetteer() -> Any:
    from extraction.places import load_gazetteer

    return load_gazetteer()


def gazetteer_sites() -> list[dict[str, Any]]:
    """Every gazetteer site as a plain dict (id, name, lat, lon, precision, kind, parent, bank)."""
    try:
        gaz = _gazetteer()
    except (MonitorError, ImportError, OSError) as exc:
        st.warning(
            f"Gazetteer unavailable ({fr.escape_markdown(exc)}); only sites named by incidents are shown."
        )
        return []
    return [
        {
            "id": s.id,
            "name": s.name,
            "lat": s.lat,
            "lon": s.lon,
            "precision": s.precision,
            "kind": s.kind,
            "parent": s.parent,
            "bank": s.bank,
        }
        for s in gaz.sites.values()
    ]


def site_parents() -> dict[str, str | None]:
    """site id -> the site it lies inside (for 'Al-Omar includes Green Village' filtering)."""
    return {s["id"]: s["parent"] for s in gazetteer_sites()}


@st.cache_data(max_entries=1, show_spinner=False)
def euphrates() -> list[dict[str, Any]]:
    """The Euphrates as pydeck paths, from data/euphrates.geojson (empty when missing)."""
    path = DATA_DIR / "euphrates.geojson"
    if not path.exists():
        return []
    return fr.river_paths(json.loads(path.read_text(encoding="utf-8")))


# --------------------------------------------------------------------------- first run


def first_run() -> None:
    """On an empty store, build it from the demo corpus with visible progress (once)."""
    if os.environ.get(NO_DEMO_ENV, "").strip() in ("1", "true", "yes"):
        return
    s = store()
    try:
        if s.has_articles():
            return
        from extraction.ingest import ensure_demo
    except (MonitorError, ImportError) as exc:
        fail(exc)
        return
    with _first_run_lock():  # two first visitors at once: one builds, the other waits
        if s.has_articles():
            refresh()
            return
        _build_demo(s, ensure_demo)
    refresh()


@st.cache_resource(show_spinner=False)
def _first_run_lock() -> threading.Lock:
    return threading.Lock()


def _build_demo(s: Any, ensure_demo: Callable[..., Any]) -> None:
    """Ingest the demo corpus inside a status box with a progress bar."""
    with st.status("First run: building the store from the demo corpus…", expanded=True) as status:
        bar = st.progress(0.0, text="starting")

        def progress(i: int, n: int, filename: str) -> None:
            bar.progress(min(1.0, i / max(n, 1)), text=f"{i}/{n} {filename}")

        try:
            summary = ensure_demo(s, progress=progress)
        except MonitorError as exc:
            status.update(label="Building the demo store failed", state="error")
            fail(exc)
            return
        bar.progress(1.0, text="done")
        status.update(
            label=f"Demo corpus ingested: {summary_text(summary)}", state="complete", expanded=False
        )


def summary_text(summary: Any) -> str:
    """A short line from an IngestSummary: articles added, skipped, incidents resolved."""
    if summary is None:
        return "nothing to do"
    added = getattr(summary, "added", 0)
    skipped = len(getattr(summary, "skipped", []) or [])
    incidents = getattr(summary, "incidents", 0)
    return f"{added} article(s) added, {skipped} skipped, {incidents} incident(s)"


# --------------------------------------------------------------------------- filters


def sidebar(data: fr.Frames) -> fr.Filters:
    """The shared filters in the sidebar, bound to the URL query string; shows the visible count.

    Widget keys are the query parameter names (`bind="query-params"`), so a link carries
    the view: ?dates=2021-06-01&dates=2021-07-31&site=al_omar_oil_field.
    """
    inc = data.incidents
    options, span, names = _sidebar_facts(*data_key(), inc)
    for param, attr in MULTI_FILTERS.items():  # options shrink after an override: drop stale picks
        if param in st.session_state:
            kept = [v for v in st.session_state[param] if v in options[attr]]
            if kept != list(st.session_state[param]):
                st.session_state[param] = kept
    labels = {
        "site": "Site",
        "type": "Event type",
        "perp": "Perpetrator",
        "claimant": "Claimant",
        "outlet": "Outlet",
    }
    date_from = date_to = None
    with st.sidebar:
        st.subheader("Filters")
        if span:
            picked = st.date_input(
                "Date range",
                value=span,
                min_value=span[0],
                max_value=span[1],
                key="dates",
                format="YYYY-MM-DD",
                bind="query-params",
            )
            if isinstance(picked, (tuple, list)) and picked and tuple(picked) != span:
                date_from = picked[0]
                date_to = picked[1] if len(picked) > 1 else None
        for param, attr in MULTI_FILTERS.items():
            fmt = (lambda s: names.get(s) or s) if param == "site" else str
            st.multiselect(
                labels[param], options[attr], key=param, format_func=fmt, bind="query-params"
            )
        show_rejected = st.checkbox(
            "Show rejected incidents",
            key="rejected",
            bind="query-params",
            help="incidents an analyst rejected on the Review page",
        )
        filters = fr.Filters(
            date_from=date_from,
            date_to=date_to,
            show_rejected=bool(show_rejected),
            **{
                attr: tuple(st.session_state.get(param) or ())
                for param, attr in MULTI_FILTERS.items()
            },
        )
        visible = fr.apply_filters(inc, filters, site_parents())
        _RUN.visible = (filters, visible)
        st.metric("Visible incidents", f"{len(visible)} of {len(inc)}")
        if not filters.is_empty():
            st.button("Clear filters", on_click=_clear_filters, args=(span,), width="stretch")
    if "incident" not in st.session_state and st.query_params.get("incident"):
        st.session_state["incident"] = st.query_params["incident"]
    st.session_state["filters"] = filters
    return filters


@st.cache_data(max_entries=4, ttl=600, show_spinner=False)
def _sidebar_facts(
    url: str, rev: tuple, _incidents: pd.DataFrame
) -> tuple[dict[str, list[str]], tuple | None, dict[str, str]]:
    """Filter options, date span and site names of the tables at (url, rev)."""
    inc = _incidents
    names = dict(zip(inc["site_id"], inc["site_name"], strict=False))
    return fr.filter_options(inc), fr.date_span(inc), names


def site_names() -> dict[str, str]:
    """site id -> name, for the sites incidents name (cached with the tables)."""
    data = frames()
    return _sidebar_facts(*data_key(), data.incidents)[2]


def _clear_filters(span: tuple | None) -> None:
    for param in MULTI_FILTERS:
        st.session_state[param] = []
    if span:
        st.session_state["dates"] = span


def current_filters() -> fr.Filters:
    """The filters the sidebar set in this run (none before the sidebar ran)."""
    return st.session_state.get("filters") or fr.Filters()


def visible_incidents(data: fr.Frames) -> pd.DataFrame:
    """The incidents the sidebar filters let through (computed outside the cache, once a run)."""
    filters = current_filters()
    memo = getattr(_RUN, "visible", None)
    if memo is not None and memo[0] == filters:
        return memo[1]
    return fr.apply_filters(data.incidents, filters, site_parents())


# --------------------------------------------------------------------------- derived tables


@st.cache_data(max_entries=16, ttl=600, show_spinner="Comparing the sources…")
def _source_tables(
    url: str, rev: tuple, filters: str, by: str, _ledger: pd.DataFrame, _ids: pd.Series
) -> tuple[pd.DataFrame, pd.DataFrame]:
    ledger = _ledger[_ledger["incident_id"].isin(_ids)]
    counts = (
        fr.claimant_attribute_counts(ledger)
        if by == "claimant"
        else fr.outlet_claimant_counts(ledger)
    )
    return fr.disagreement_table(ledger, by=by), counts


def source_tables(
    data: fr.Frames, visible: pd.DataFrame, by: str
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The visible incidents' disagreement table and heatmap counts per `by` (claimant or
    outlet), cached per store revision and filter set."""
    return _source_tables(*data_key(), repr(current_filters()), by, data.ledger, visible["id"])


# --------------------------------------------------------------------------- selection


def selected_incident(ids: Iterable[str]) -> str | None:
    """The incident selected anywhere in the app, if it is still among `ids`."""
    iid = st.session_state.get("incident")
    if iid is None:
        return None
    found = ids.eq(iid).any() if isinstance(ids, pd.Series) else iid in ids
    return iid if found else None


def select_incident(iid: str | None) -> None:
    """Make `iid` the selected incident (shared by Timeline, Map, Claims, Review; kept in the URL)."""
    if iid:
        st.session_state["incident"] = iid
        st.query_params["incident"] = iid


def incident_picker(incidents: pd.DataFrame, label: str = "Incident") -> str | None:
    """A selectbox over `incidents` (the PICKER_LIMIT latest when there are more, plus the
    shared selection), starting at the shared selection; returns the chosen id."""
    if incidents.empty:
        return None
    current = selected_incident(incidents["id"])
    listed = fr.latest_rows(incidents, PICKER_LIMIT, current)
    ids = list(listed["id"])
    labels = dict(zip(listed["id"], listed["label"], strict=False))
    dated = listed.dropna(subset=["date"])
    latest = dated.sort_values(["date", "id"])["id"].iloc[-1] if not dated.empty else ids[0]
    current = current or latest
    chosen = st.selectbox(
        label, ids, index=ids.index(current), format_func=lambda i: labels.get(i, i)
    )
    if len(listed) < len(incidents):
        st.caption(
            f"Listing the {PICKER_LIMIT:,} latest of {len(incidents):,} visible incidents: "
            "narrow the sidebar filters, or pick one on the Timeline or the Map, to reach the others."
        )
    if chosen != st.session_state.get("incident") or st.query_params.get("incident") != chosen:
        select_incident(chosen)  # the URL names the incident, so the view can be shared
    return chosen


def incident_row(incidents: pd.DataFrame, iid: str) -> pd.Series:
    """One incident's row of `incidents`, by id."""
    return incidents[incidents["id"] == iid].iloc[0].rename(None)


def go(name: str, **state: Any) -> None:
    """Remember `state` (e.g. incident=..., article=...) and switch to page `name`."""
    for k, v in state.items():
        st.session_state[k] = v
    if state.get("incident"):
        st.query_params["incident"] = state["incident"]
    st.switch_page(PAGES[name])


def empty_state(data: fr.Frames) -> bool:
    """Show the helpful empty-store message; True when there is nothing to show."""
    if data.incidents.empty:
        if data.articles.empty:
            st.info(EMPTY_HELP)
        else:
            st.info(
                f"{len(data.articles)} article(s) stored but no incidents resolved from them. "
                "See **Articles** for each article's status and reason."
            )
        return True
    return False


def no_match(visible: pd.DataFrame) -> bool:
    """Say so when filters hide everything; True when nothing is visible."""
    if visible.empty:
        st.warning("No incident matches the current filters. Widen them in the sidebar.")
        return True
    return False


def open_incidents(title: str) -> tuple[fr.Frames, pd.DataFrame] | None:
    """A page about the filtered incidents: its title, then the tables and the incidents the
    sidebar lets through; None (with the reason shown) when there are none to show."""
    st.title(title)
    data = frames()
    if empty_state(data):
        return None
    visible = visible_incidents(data)
    if no_match(visible):
        return None
    return data, visible


def quote_html(text: str) -> str:
    """An untrusted quote as an escaped blockquote."""
    import html

    return f'<blockquote class="dzm-quote">{html.escape(text)}</blockquote>'


def start() -> None:
    """Run before every page: styles, first-run demo ingest, and the shared sidebar."""
    st.html(CSS)
    first_run()
    sidebar(frames())


def count_text(value: Any) -> str:
    """An integer count for display, '?' when unknown."""
    return "?" if value is None or pd.isna(value) else str(int(value))


def incident_facts(row: pd.Series) -> None:
    """The resolved facts of one incident as a compact block (values escaped)."""
    esc = fr.escape_markdown
    when = f"{esc(row['when'])} ({esc(row['date_precision'])} precision)"
    if row.get("time_local"):
        when += f", {esc(row['time_local'])} local"
    c = st.columns(4)
    c[0].markdown(f"**When**  \n{when}")
    c[1].markdown(f"**Who → whom**  \n{esc(row['perpetrator'])} → {esc(row['target'])}")
    c[2].markdown(
        f"**Killed / wounded**  \n{count_text(row['killed'])} / {count_text(row['wounded'])}"
    )
    c[3].markdown(
        f"**Sources**  \n{int(row['independent_sources'])} independent, {int(row['article_count'])} article(s)"
    )
    extra = []
    if row.get("weapons"):
        extra.append(f"Weapons: {esc(row['weapons'])}")
    if row.get("damage"):
        extra.append(f"Damage: {esc(row['damage'])}")
    if row.get("grade"):
        extra.append(f"Grade: {esc(row['grade'])}")
    if row.get("status") and row["status"] != "auto":
        extra.append(f"Analyst verdict: {esc(row['status'])}")
    if len(row.get("overridden") or ()):
        extra.append("Overridden by an analyst: " + esc(", ".join(row["overridden"])))
    if extra:
        st.caption(" · ".join(extra))


@st.cache_data(max_entries=64, ttl=600, show_spinner=False)
def _article(url: str, rev: tuple, article_id: str) -> dict[str, Any] | None:
    return _open_store(url).article(article_id)


def article(article_id: str) -> dict[str, Any] | None:
    """One stored article with its text and evidence spans (cached per store revision)."""
    try:
        return _article(*data_key(), article_id)
    except MonitorError as exc:
        fail(exc)
        raise


def article_spans(art: dict[str, Any]) -> list[dict[str, Any]]:
    """Evidence spans plus captions and removed boilerplate (shown quietly) of an article."""
    spans = list(art.get("evidence") or [])
    spans += [{**s, "kind": "caption"} for s in art.get("captions") or []]
    spans += [{**s, "kind": "removed"} for s in art.get("removed") or []]
    return spans


def show_text(text: str, spans: list[dict[str, Any]], focus: tuple[int, int] | None = None) -> None:
    """Untrusted article text, escaped, with spans highlighted (never rendered as HTML)."""
    st.html(f'<div class="dzm-article">{fr.highlight_html(text, spans, focus)}</div>')


INCIDENT_TABLE = {
    "when": st.column_config.TextColumn("When"),
    "site_name": st.column_config.TextColumn("Site"),
    "event_type": st.column_config.TextColumn("Type"),
    "perpetrator": st.column_config.TextColumn("Perpetrator"),
    "target": st.column_config.TextColumn("Target"),
    "killed": st.column_config.NumberColumn("Killed"),
    "wounded": st.column_config.NumberColumn("Wounded"),
    "independent_sources": st.column_config.NumberColumn(
        "Indep. sources", help="independent claimants"
    ),
    "n_contradictions": st.column_config.NumberColumn("Contradictions"),
    "status": st.column_config.TextColumn("Verdict"),
}


def incident_table(incidents: pd.DataFrame, key: str) -> str | None:
    """Incidents as a table (the TABLE_LIMIT latest when there are more, with the count);
    selecting a row selects that incident (returned)."""
    total = len(incidents)
    incidents = fr.latest_rows(incidents, TABLE_LIMIT)
    if len(incidents) < total:
        st.caption(f"Showing the {len(incidents):,} latest of {total:,} incidents.")
    event = st.dataframe(
        incidents[[*INCIDENT_TABLE, "id"]],
        hide_index=True,
        column_config={**INCIDENT_TABLE, "id": None},
        on_select="rerun",
        selection_mode="single-row",
        key=key,
    )
    rows = event.selection.rows if event else []
    if not rows:
        return None
    iid = incidents.iloc[rows[0]]["id"]
    select_incident(iid)
    return iid
