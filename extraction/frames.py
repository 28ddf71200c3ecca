"""Store report -> pandas DataFrames for the dashboard, plus the pure computations pages show.

Everything here is a plain function of dicts and DataFrames (no Streamlit, no I/O), so each
figure a page displays can be unit-tested: filters, weekly counts, the claims ledger as a
matrix, who disagrees with whom, the Markdown briefing, and filters <-> URL query params.
"""

from __future__ import annotations

import html
import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

# The order attributes take in a ledger matrix; unknown attributes follow alphabetically.
ATTRIBUTE_ORDER = (
    "occurrence",
    "date",
    "time",
    "site",
    "place",
    "event_type",
    "weapon",
    "weapons",
    "perpetrator",
    "target",
    "killed",
    "wounded",
    "casualties",
    "damage",
    "responsibility",
    "denial",
)

DIRECTION_ON_US = "attack on US/coalition"
DIRECTION_BY_US = "US/coalition strike"
DIRECTION_OTHER = "other"
DIRECTIONS = (DIRECTION_ON_US, DIRECTION_BY_US, DIRECTION_OTHER)

INCIDENT_COLUMNS = (
    "id",
    "date",
    "date_precision",
    "time_local",
    "site_id",
    "site_name",
    "site_precision",
    "lat",
    "lon",
    "event_type",
    "direction",
    "perpetrator",
    "target",
    "weapons",
    "killed",
    "wounded",
    "casualties",
    "casualties_reported",
    "damage",
    "grade",
    "independent_sources",
    "article_count",
    "mention_count",
    "claimants",
    "outlets",
    "n_contradictions",
    "role",
    "overridden",
    "status",
    "notes",
    "when",
    "label",
)
LEDGER_COLUMNS = (
    "incident_id",
    "claimant",
    "outlets",
    "wires",
    "attribute",
    "value",
    "quote",
    "article_id",
    "article_ids",
    "contradicted",
)
MENTION_COLUMNS = ("incident_id", "article_id", "outlet", "wire", "date", "quote")
LINK_COLUMNS = ("incident_id", "other_id", "type")
CONTRADICTION_COLUMNS = ("incident_id", "attribute", "values", "explanation")
ARTICLE_COLUMNS = (
    "id",
    "file",
    "title",
    "outlet",
    "wire",
    "url",
    "published",
    "published_source",
    "language",
    "status",
    "reason",
    "ingested_at",
    "n_mentions",
)


@dataclass(frozen=True)
class Frames:
    """The store read into tables; pages filter and lay these out.

    `build_frames` fills every table (a few incidents, or a test's report).  The dashboard's
    loader keeps a lean index instead (`build_index`, complete=False): the ledger without
    quotes, no mentions or contradictions rows; a page reads one incident's full tables when
    it shows them.
    """

    incidents: pd.DataFrame
    ledger: pd.DataFrame
    mentions: pd.DataFrame
    links: pd.DataFrame
    contradictions: pd.DataFrame
    articles: pd.DataFrame
    complete: bool = True


@dataclass(frozen=True)
class Filters:
    """The sidebar's shared filters; an empty tuple or None means 'no restriction'."""

    date_from: date | None = None
    date_to: date | None = None
    sites: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    perpetrators: tuple[str, ...] = ()
    claimants: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    show_rejected: bool = False  # incidents an analyst rejected are hidden unless asked for

    def is_empty(self) -> bool:
        """True when no filter restricts the view."""
        return not (
            self.date_from
            or self.date_to
            or self.sites
            or self.event_types
            or self.perpetrators
            or self.claimants
            or self.outlets
        )


# --------------------------------------------------------------------------- building


def _text(value: Any) -> str:
    """A display string for a scalar or a list (lists joined with '; ')."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple, set)):
        return "; ".join(_text(v) for v in value if v not in (None, ""))
    if isinstance(value, float) and pd.isna(value):
        return ""
    return str(value)


def _names(value: Any) -> tuple[str, ...]:
    """A sorted tuple of distinct non-empty names from a list, a string or None."""
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    return tuple(sorted({str(v).strip() for v in value if v not in (None, "") and str(v).strip()}))


def _int_or_none(value: Any) -> int | None:
    """An int, or None for missing / non-numeric values."""
    if value is None or isinstance(value, bool):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def direction_of(perpetrator: str, target: str, given: str = "") -> str:
    """Which way an incident points: at US/coalition forces, by them, or neither.

    `given` is the store's side-to-side direction ('militia->us', 'us->militia'); when it
    is missing the actors decide.
    """
    if "->" in given:
        source, _, dest = given.partition("->")
        if dest.strip() == "us":
            return DIRECTION_ON_US
        if source.strip() == "us":
            return DIRECTION_BY_US
    if target == "US-led coalition":
        return DIRECTION_ON_US
    if perpetrator == "US-led coalition":
        return DIRECTION_BY_US
    return DIRECTION_OTHER


def ledger_summary(ledger: Sequence[Mapping[str, Any]], limit: int = 6) -> str:
    """One line per claimant ('SOHR: killed 6, target Iran-backed militias'), HTML-escaped."""
    by_claimant: dict[str, list[str]] = {}
    for row in ledger:
        claimant = _text(row.get("claimant")) or "unknown"
        by_claimant.setdefault(claimant, []).append(
            f"{_text(row.get('attribute'))} {_text(row.get('value'))}".strip()
        )
    lines = [
        f"{html.escape(c)}: {html.escape(', '.join(dict.fromkeys(parts)))}"
        for c, parts in by_claimant.items()
    ]
    if len(lines) > limit:
        lines = lines[:limit] + [f"... and {len(lines) - limit} more claimants"]
    return "<br>".join(lines)


def ledger_summaries(ledger: pd.DataFrame, ids: Iterable[str]) -> dict[str, str]:
    """`ledger_summary` of each listed incident that has ledger rows (hover text for a chart)."""
    rows = ledger[ledger["incident_id"].isin(set(ids))]
    by_incident: dict[str, list[dict[str, Any]]] = {}
    for iid, claimant, attribute, value in zip(
        rows["incident_id"], rows["claimant"], rows["attribute"], rows["value"], strict=True
    ):
        by_incident.setdefault(iid, []).append(
            {"claimant": claimant, "attribute": attribute, "value": value}
        )
    return {iid: ledger_summary(parts) for iid, parts in by_incident.items()}


SEASONS = {12: "winter", 1: "winter", 2: "winter", 3: "spring", 4: "spring", 5: "spring",
           6: "summer", 7: "summer", 8: "summer", 9: "autumn", 10: "autumn", 11: "autumn"}  # fmt: skip
# Dates precise enough to place in a given week (coarser ones are not counted per week).
WEEKLY_PRECISIONS = ("day", "week")


def date_label(when: Any, precision: str = "day") -> str:
    """A date written no more precisely than it is known: '2021-06-28', 'week of 2021-06-21',
    '2021-06', 'summer 2021', '2021'; 'undated' when there is none."""
    if not isinstance(when, (pd.Timestamp, date)) or pd.isna(when):
        return "undated"
    ts = pd.Timestamp(when)
    if precision == "year":
        return f"{ts.year}"
    if precision == "season":
        return f"{SEASONS[ts.month]} {ts.year}"
    if precision == "month":
        return f"{ts.year}-{ts.month:02d}"
    if precision == "week":
        return f"week of {(ts - pd.Timedelta(days=ts.weekday())).date().isoformat()}"
    return ts.date().isoformat()


def incident_label(row: Mapping[str, Any]) -> str:
    """A short human label: '2021-06-28 · Al-Omar oil field · shelling/artillery/missile attack'."""
    parts = [
        date_label(row.get("date"), row.get("date_precision") or "day"),
        row.get("site_name") or "unknown place",
        row.get("event_type") or "",
    ]
    return " · ".join(p for p in parts if p)


def date_labels(dates: pd.Series, precisions: pd.Series) -> pd.Series:
    """`date_label` for a whole column at once (the loader labels 100k incidents this way)."""
    out = pd.Series("undated", index=dates.index, dtype=object)
    dated = dates.notna()
    if not dated.any():
        return out.astype(str)
    d = dates[dated]
    p = precisions[dated].fillna("day").astype(object)
    year = d.dt.year.astype(str)
    month = d.dt.month
    labels = d.dt.strftime("%Y-%m-%d").astype(object)
    labels[p == "year"] = year[p == "year"]
    labels[p == "month"] = (year + "-" + month.map("{:02d}".format))[p == "month"]
    season = p == "season"
    labels[season] = (month[season].map(SEASONS) + " " + year[season]).astype(object)
    week = p == "week"
    monday = d[week] - pd.to_timedelta(d[week].dt.day_of_week, unit="D")
    labels[week] = ("week of " + monday.dt.strftime("%Y-%m-%d")).astype(object)
    out[dated] = labels
    return out.astype(str)


# The loader keeps only these ledger columns (no quotes): enough for Sources, the hover
# summaries and the filters; one incident's full ledger is read when a page shows it.
INDEX_LEDGER_COLUMNS = ("incident_id", "claimant", "outlets", "attribute", "value", "contradicted")


class _Collector:
    """Report incidents in, column lists out: one pass, no per-row pandas (100k incidents)."""

    def __init__(self, complete: bool) -> None:
        self.complete = complete
        self.inc: dict[str, list[Any]] = {c: [] for c in _COLLECTED}
        ledger_cols = LEDGER_COLUMNS if complete else INDEX_LEDGER_COLUMNS
        self.ledger: dict[str, list[Any]] = {c: [] for c in ledger_cols}
        self.mentions: list[dict[str, Any]] = []
        self.links: list[dict[str, Any]] = []
        self.contradictions: list[dict[str, Any]] = []
        self._shared: dict[Any, Any] = {}  # one object per distinct string/tuple: less memory

    def _one(self, value: Any) -> Any:
        return self._shared.setdefault(value, value)

    def _str(self, value: Any) -> str:
        """`_text` of a ledger value, one shared object per distinct string."""
        if type(value) is not str:
            value = _text(value)
        return self._shared.setdefault(value, value)

    def _names(self, value: Any) -> tuple[str, ...]:
        """`_names` of a list from the report, computed once per distinct list."""
        key = ("\x00names", *value) if isinstance(value, list) else None
        if key is None:
            return self._one(_names(value))
        try:
            hit = self._shared.get(key)
        except TypeError:  # a list holding something unhashable
            return self._one(_names(value))
        if hit is None:
            hit = self._shared[key] = self._one(_names(value))
        return hit

    def add(self, inc: Mapping[str, Any]) -> None:
        """Append one incident of `Store.incidents_report()` to the columns."""
        one = self._one
        col = self.inc
        iid = str(inc.get("id"))
        site = inc.get("site") or {}
        ledger = inc.get("ledger") or []
        mentions = inc.get("mentions") or []
        perpetrator = _text(inc.get("perpetrator")) or "unknown"
        target = _text(inc.get("target")) or "unknown"
        overridden = inc.get("overridden")
        if isinstance(overridden, bool):
            overridden = ("yes",) if overridden else ()
        values = {
            "id": iid,
            "date": inc.get("date"),
            "date_precision": _text(inc.get("date_precision")) or "unknown",
            "time_local": _text(inc.get("time_local")),
            "site_id": _text(inc.get("site_id") or site.get("id")),
            "site_name": _text(inc.get("site_name") or site.get("name")),
            "site_precision": _text(site.get("precision")),
            "lat": inc.get("lat", site.get("lat")),
            "lon": inc.get("lon", site.get("lon")),
            "event_type": _text(inc.get("event_type")) or "other",
            "direction": direction_of(perpetrator, target, _text(inc.get("direction"))),
            "perpetrator": perpetrator,
            "target": target,
            "weapons": _text(inc.get("weapons")),
            "killed": _int_or_none(inc.get("killed")),
            "wounded": _int_or_none(inc.get("wounded")),
            "casualties_reported": _text(inc.get("casualties_reported")),
            "damage": _text(inc.get("damage")),
            "grade": _text(inc.get("grade")),
            "independent_sources": _int_or_none(inc.get("independent_sources")) or 0,
            "article_count": _int_or_none(inc.get("article_count"))
            or len({m.get("article_id") for m in mentions}),
            "mention_count": _int_or_none(inc.get("mention_count")) or len(mentions),
            "claimants": self._names(inc.get("claimants"))
            or one(_names(r.get("claimant") for r in ledger)),
            "outlets": self._names(inc.get("outlets"))
            or one(_names(m.get("outlet") for m in mentions)),
            "n_contradictions": len(inc.get("contradictions") or []),
            "role": _text(inc.get("role")) or "main",
            "overridden": one(_names(overridden)),
            "status": _text(inc.get("status")) or "auto",
            "notes": _text(inc.get("notes")),
        }
        for k, v in values.items():
            col[k].append(one(v) if k in _REPEATED else v)
        contradictions = inc.get("contradictions") or []
        # attribute -> the claimants in conflict (empty set: every claimant on that attribute)
        contradicted: dict[str, set[str]] = {}
        for c in contradictions:
            contradicted.setdefault(_text(c.get("attribute")), set()).update(
                _names(c.get("claimants"))
            )
        led = self.ledger
        text, names = self._str, self._names
        for r in ledger:
            attribute = text(r.get("attribute"))
            claimant = text(r.get("claimant")) or "unknown"
            in_conflict = contradicted.get(attribute)
            led["incident_id"].append(iid)
            led["claimant"].append(claimant)
            led["outlets"].append(names(r.get("outlets")))
            led["attribute"].append(attribute)
            led["value"].append(text(r.get("value")))
            led["contradicted"].append(
                in_conflict is not None and (not in_conflict or claimant in in_conflict)
            )
            if self.complete:
                article_ids = tuple(
                    dict.fromkeys(
                        str(a) for a in [r.get("article_id"), *(r.get("article_ids") or [])] if a
                    )
                )
                led["wires"].append(_names(r.get("wires")))
                led["quote"].append(_text(r.get("quote")))
                led["article_id"].append(
                    _text(r.get("article_id")) or (article_ids[0] if article_ids else "")
                )
                led["article_ids"].append(article_ids)
        for link in inc.get("links") or []:
            other = link.get("incident")
            if isinstance(other, Mapping):
                other = other.get("id")
            if other is not None:
                self.links.append(
                    {
                        "incident_id": iid,
                        "other_id": str(other),
                        "type": one(_text(link.get("type"))),
                    }
                )
        if not self.complete:
            return
        for c in contradictions:
            self.contradictions.append(
                {
                    "incident_id": iid,
                    "attribute": _text(c.get("attribute")),
                    "values": _text(c.get("values")),
                    "explanation": _text(c.get("explanation")),
                }
            )
        for m in mentions:
            self.mentions.append(
                {
                    "incident_id": iid,
                    "article_id": _text(m.get("article_id")),
                    "outlet": _text(m.get("outlet")),
                    "wire": _text(m.get("wire")),
                    "date": _text(m.get("date")),
                    "quote": _text(m.get("quote")),
                }
            )

    def incidents(self) -> pd.DataFrame:
        """The incidents table: dates parsed, labels written, sorted by date (undated last)."""
        col = self.inc
        df = pd.DataFrame(
            {
                **{k: col[k] for k in _COLLECTED if k not in ("killed", "wounded", "date")},
                "date": pd.to_datetime(
                    pd.Series(col["date"], dtype=object), errors="coerce", format="ISO8601"
                ),
                "killed": pd.array(col["killed"], dtype="Int64"),
                "wounded": pd.array(col["wounded"], dtype="Int64"),
            }
        )
        if df.empty:
            return pd.DataFrame(
                {
                    c: pd.Series(dtype="datetime64[ns]" if c == "date" else object)
                    for c in INCIDENT_COLUMNS
                }
            )
        for c in ("lat", "lon"):
            df[c] = pd.to_numeric(df[c], errors="coerce")
        df["casualties"] = (df["killed"].fillna(0) + df["wounded"].fillna(0)).astype(int)
        df["when"] = date_labels(df["date"], df["date_precision"])
        site = df["site_name"].where(df["site_name"] != "", "unknown place")
        df["label"] = df["when"] + " · " + site + " · " + df["event_type"]
        df = df[list(INCIDENT_COLUMNS)]
        return df.sort_values(["date", "id"], na_position="last", kind="stable").reset_index(
            drop=True
        )

    def frames(self, articles: Sequence[Mapping[str, Any]]) -> Frames:
        """All tables (`complete=False`: the lean index the loader keeps)."""
        ledger_cols = LEDGER_COLUMNS if self.complete else INDEX_LEDGER_COLUMNS
        columns = dict(self.ledger)
        self.ledger = {}
        if not self.complete:  # few distinct values, many rows: categories pickle small
            for c in ("incident_id", "claimant", "attribute", "value"):
                columns[c] = pd.Categorical(columns[c])
        ledger = pd.DataFrame(columns, columns=list(ledger_cols))
        ledger["contradicted"] = ledger["contradicted"].astype(bool)
        return Frames(
            incidents=self.incidents(),
            ledger=ledger,
            mentions=pd.DataFrame(self.mentions, columns=list(MENTION_COLUMNS)),
            links=pd.DataFrame(self.links, columns=list(LINK_COLUMNS)),
            contradictions=pd.DataFrame(self.contradictions, columns=list(CONTRADICTION_COLUMNS)),
            articles=articles_frame(
                articles, ARTICLE_COLUMNS if self.complete else ARTICLE_INDEX_COLUMNS
            ),
            complete=self.complete,
        )


_COLLECTED = tuple(c for c in INCIDENT_COLUMNS if c not in ("casualties", "when", "label"))
# Incident columns with few distinct values: one string object each while collecting.
_REPEATED = frozenset(
    (
        "date",
        "date_precision",
        "time_local",
        "site_id",
        "site_name",
        "site_precision",
        "event_type",
        "direction",
        "perpetrator",
        "target",
        "weapons",
        "casualties_reported",
        "grade",
        "role",
        "status",
    )
)


# The article columns the pages list (the reader reads one article's full record on demand).
ARTICLE_INDEX_COLUMNS = (
    "id",
    "file",
    "title",
    "outlet",
    "published",
    "status",
    "reason",
    "n_mentions",
)


def articles_frame(
    articles: Sequence[Mapping[str, Any]], columns: Sequence[str] = ARTICLE_COLUMNS
) -> pd.DataFrame:
    """`Store.articles()` as a table (`columns` of it), with the file's base name."""
    art_df = pd.DataFrame(list(articles), columns=list(columns))
    art_df["file_name"] = art_df["file"].map(
        lambda f: Path(f).name if isinstance(f, str) and f else ""
    )
    art_df["n_mentions"] = (
        pd.to_numeric(art_df["n_mentions"], errors="coerce").fillna(0).astype(int)
    )
    return art_df


def build_frames(report: Mapping[str, Any], articles: Sequence[Mapping[str, Any]] = ()) -> Frames:
    """Turn `Store.incidents_report()` and `Store.articles()` into the dashboard's tables."""
    collect = _Collector(complete=True)
    for inc in report.get("incidents") or []:
        collect.add(inc)
    return collect.frames(articles)


def build_index(
    incidents: Iterable[Mapping[str, Any]], articles: Sequence[Mapping[str, Any]] = ()
) -> Frames:
    """The loader's lean tables from a stream of report incidents (`Store.iter_incidents`).

    Every incident and every ledger row is kept, but the ledger without its quotes, wires
    and article ids, no mentions or contradictions rows, and only the article columns pages
    list: 100k incidents fit in a few hundred MB.  `build_frames` of one incident gives a
    page everything about it.
    """
    collect = _Collector(complete=False)
    for inc in incidents:
        collect.add(inc)
    return collect.frames(articles)


# --------------------------------------------------------------------------- filtering


def filter_options(incidents: pd.DataFrame) -> dict[str, list[str]]:
    """The values each multiselect filter can take, from the incidents themselves."""

    def flat(col: str) -> list[str]:
        return sorted({v for t in incidents[col] for v in t if v})

    def plain(col: str) -> list[str]:
        return sorted({v for v in incidents[col].dropna() if v})

    return {
        "sites": plain("site_id"),
        "event_types": plain("event_type"),
        "perpetrators": plain("perpetrator"),
        "claimants": flat("claimants"),
        "outlets": flat("outlets"),
    }


def date_span(incidents: pd.DataFrame) -> tuple[date, date] | None:
    """The first and last incident dates, or None when nothing is dated."""
    dates = incidents["date"].dropna()
    if dates.empty:
        return None
    return dates.min().date(), dates.max().date()


def expand_sites(sites: Iterable[str], parents: Mapping[str, str | None]) -> set[str]:
    """The chosen sites plus every site inside them (green_village is inside al_omar_oil_field)."""
    chosen = set(sites)
    changed = True
    while changed:
        inside = {child for child, parent in parents.items() if parent in chosen} - chosen
        chosen |= inside
        changed = bool(inside)
    return chosen


def apply_filters(
    incidents: pd.DataFrame, filters: Filters, parents: Mapping[str, str | None] | None = None
) -> pd.DataFrame:
    """The incidents the filters let through; undated incidents drop out once a date bound is set."""
    keep = pd.Series(True, index=incidents.index)
    if not filters.show_rejected:
        keep &= incidents["status"] != "rejected"
    dates = incidents["date"]
    if filters.date_from:
        keep &= dates >= pd.Timestamp(filters.date_from)
    if filters.date_to:
        keep &= dates <= pd.Timestamp(filters.date_to)
    if filters.sites:
        sites = expand_sites(filters.sites, parents or {})
        keep &= incidents["site_id"].isin(sites)
    if filters.event_types:
        keep &= incidents["event_type"].isin(filters.event_types)
    if filters.perpetrators:
        keep &= incidents["perpetrator"].isin(filters.perpetrators)
    if filters.claimants:
        wanted = set(filters.claimants)
        keep &= (
            incidents["claimants"].map(lambda names: bool(wanted.intersection(names))).astype(bool)
        )
    if filters.outlets:
        wanted = set(filters.outlets)
        keep &= (
            incidents["outlets"].map(lambda names: bool(wanted.intersection(names))).astype(bool)
        )
    return incidents[keep.fillna(False).astype(bool)]


def latest_rows(
    table: pd.DataFrame, limit: int, keep: str | None = None, by: Sequence[str] = ("date", "id")
) -> pd.DataFrame:
    """The `limit` latest rows by `by` (undated ones count as oldest) in their original order,
    plus the row whose id is `keep` wherever it is; all rows when there are no more than `limit`."""
    if len(table) <= limit:
        return table
    order = table.sort_values(list(by), ascending=False, na_position="last")
    chosen = table.index.isin(order.index[: max(0, limit)])
    if keep is not None:
        chosen |= (table["id"] == keep).to_numpy()
    return table[chosen]


def find_articles(articles: pd.DataFrame, query: str) -> pd.DataFrame:
    """Articles whose title, outlet, file name, status or reason contains `query` (any case)."""
    query = query.strip()
    if not query:
        return articles
    hit = pd.Series(False, index=articles.index)
    for col in ("title", "outlet", "file_name", "status", "reason"):
        if col in articles:
            hit |= articles[col].fillna("").astype(str).str.contains(query, case=False, regex=False)
    return articles[hit]


# URL query parameter -> Filters attribute.  The sidebar widgets use these names as their
# keys and Streamlit's `bind="query-params"`, so the URL and these functions agree:
# ?dates=2021-06-01&dates=2021-07-31&site=al_omar_oil_field&type=air%2Fdrone+strike
FILTER_PARAMS = {
    "dates": ("date_from", "date_to"),
    "site": "sites",
    "type": "event_types",
    "perp": "perpetrators",
    "claimant": "claimants",
    "outlet": "outlets",
    "rejected": "show_rejected",
}


def filters_to_query(filters: Filters) -> dict[str, list[str]]:
    """URL query params for the filters (only those that restrict), e.g. {'site': ['ayash']}.

    The date range is one repeated parameter, first day then last day; an open end is ''.
    """
    out: dict[str, list[str]] = {}
    if filters.date_from or filters.date_to:
        out["dates"] = [d.isoformat() if d else "" for d in (filters.date_from, filters.date_to)]
    for param, attr in FILTER_PARAMS.items():
        value = getattr(filters, attr) if isinstance(attr, str) else None
        if value is True:
            out[param] = ["true"]
        elif value:
            out[param] = list(value)
    return out


def _parse_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        return None


def filters_from_query(params: Mapping[str, str | Sequence[str]]) -> Filters:
    """Filters from URL query params; malformed values are ignored rather than failing the page."""
    values: dict[str, Any] = {}
    for param, attr in FILTER_PARAMS.items():
        raw = params.get(param)
        if raw is None:
            continue
        items = [raw] if isinstance(raw, str) else [i for i in raw if isinstance(i, str)]
        if isinstance(attr, tuple):
            ends = [_parse_date(i) for i in items[:2]]
            if len(ends) == 1:  # one date: that single day
                ends = ends * 2
            if len(ends) == 2 and not (ends[0] and ends[1] and ends[0] > ends[1]):
                values.update({a: d for a, d in zip(attr, ends, strict=True) if d})
            continue
        items = [i.strip() for i in items if i.strip()]
        if attr == "show_rejected":
            values[attr] = bool(items) and items[0].lower() in ("true", "1", "yes")
        elif items:
            values[attr] = tuple(dict.fromkeys(items))
    return Filters(**values)


# --------------------------------------------------------------------------- timeline


def weekly_counts(incidents: pd.DataFrame, by: str = "direction") -> pd.DataFrame:
    """Incidents per ISO week (weeks start on Monday) and `by` value; empty weeks are zero.

    Only incidents dated to the day or week count: one known only to the month or year
    cannot be put in a week without inventing it.
    """
    dated = incidents.dropna(subset=["date"])
    dated = dated[dated["date_precision"].isin(WEEKLY_PRECISIONS)]
    if dated.empty:
        return pd.DataFrame(columns=["week", by, "count"])
    week = dated["date"].dt.to_period("W-SUN").dt.start_time
    counts = dated.assign(week=week).groupby(["week", by]).size().rename("count").reset_index()
    all_weeks = pd.date_range(week.min(), week.max(), freq="W-MON")
    grid = pd.MultiIndex.from_product([all_weeks, sorted(dated[by].unique())], names=["week", by])
    return counts.set_index(["week", by]).reindex(grid, fill_value=0).reset_index()


def lane_positions(incidents: pd.DataFrame, lanes: Sequence[str], spread: float = 0.6) -> pd.Series:
    """Timeline y per incident: the index of its event type in `lanes` (bottom to top) plus a
    small offset, so incidents of one type close in time sit one above the other, not on top
    of each other ('close': within 1/80 of the plotted time span)."""
    if incidents.empty:
        return pd.Series(dtype=float)
    base = incidents["event_type"].map({t: float(i) for i, t in enumerate(lanes)}).fillna(0.0)
    days = (incidents["date"] - incidents["date"].min()).dt.days
    bucket = days // max(1, int(days.max() or 0) // 80)  # about 80 columns across the plot
    groups = [incidents["event_type"], bucket]
    rank = incidents.groupby(groups, sort=False).cumcount()
    size = incidents.groupby(groups, sort=False)["id"].transform("size")
    step = (spread / size).clip(upper=0.22)
    return base + (rank - (size - 1) / 2) * step


def timeline_points(
    incidents: pd.DataFrame, per_type: int, keep: str | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(drawn, rest): at most `per_type` incidents of each event type to draw one by one (the
    most casualties, then the most independent sources, then the latest), plus incident `keep`;
    `rest` holds the others, which a chart draws as counts.  All are drawn when few."""
    if incidents.empty or incidents["event_type"].value_counts().max() <= per_type:
        return incidents, incidents.iloc[0:0]
    ranked = incidents.sort_values(
        ["casualties", "independent_sources", "date", "id"], ascending=False, kind="stable"
    )
    top = ranked.groupby("event_type", sort=False).head(per_type).index
    drawn = incidents.index.isin(top)
    if keep is not None:
        drawn |= (incidents["id"] == keep).to_numpy()
    return incidents[drawn], incidents[~drawn]


def period_counts(incidents: pd.DataFrame, freq: str = "MS") -> pd.DataFrame:
    """Incidents per (event type, period starting at `freq`): event_type, period, count,
    casualties, mid (the period's middle, where a chart draws it)."""
    cols = ["event_type", "period", "count", "casualties", "mid"]
    dated = incidents.dropna(subset=["date"])
    if dated.empty:
        return pd.DataFrame(columns=cols)
    if freq == "W-MON":
        period = dated["date"].dt.to_period("W-SUN").dt.start_time
        span = pd.Timedelta(days=7)
    else:
        period = dated["date"].dt.to_period("M").dt.start_time
        span = pd.Timedelta(days=30)
    out = (
        dated.assign(period=period)
        .groupby(["event_type", "period"], sort=True)
        .agg(count=("id", "size"), casualties=("casualties", "sum"))
        .reset_index()
    )
    out["mid"] = out["period"] + span / 2
    return out[cols]


def link_segments(incidents: pd.DataFrame, links: pd.DataFrame) -> list[dict[str, Any]]:
    """Escalation links between two visible, dated incidents, each pair once, earlier first."""
    dated = incidents.dropna(subset=["date"])[["id", "date", "event_type"]]
    if dated.empty or links.empty:
        return []
    pairs = links[links["incident_id"] != links["other_id"]][["incident_id", "other_id", "type"]]
    a = dated.rename(columns={"id": "incident_id", "date": "date_a", "event_type": "type_a"})
    b = dated.rename(columns={"id": "other_id", "date": "date_b", "event_type": "type_b"})
    pairs = pairs.merge(a, on="incident_id").merge(b, on="other_id")
    if pairs.empty:
        return []
    a_first = (pairs["date_a"] < pairs["date_b"]) | (
        (pairs["date_a"] == pairs["date_b"]) & (pairs["incident_id"] < pairs["other_id"])
    )
    first = pairs["incident_id"].where(a_first, pairs["other_id"])
    second = pairs["other_id"].where(a_first, pairs["incident_id"])
    keep = ~pd.DataFrame({"f": first, "s": second}).duplicated()
    out = []
    for row, f, sec, af in zip(
        pairs[keep].itertuples(index=False), first[keep], second[keep], a_first[keep], strict=True
    ):
        xs = (row.date_a, row.date_b) if af else (row.date_b, row.date_a)
        ys = (row.type_a, row.type_b) if af else (row.type_b, row.type_a)
        out.append({"from": f, "to": sec, "type": row.type, "x": xs, "y": ys})
    return out


# --------------------------------------------------------------------------- map


def site_counts(incidents: pd.DataFrame, sites: Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    """Every gazetteer site with its visible incident count and most frequent event type."""
    per_site = incidents.groupby("site_id").agg(
        incidents=("id", "size"),
        event_type=("event_type", lambda s: s.value_counts().index[0]),
        killed=("killed", lambda s: int(s.fillna(0).sum())),
    )
    rows = []
    known = set()
    for s in sites:
        sid = str(s["id"])
        known.add(sid)
        hit = per_site.loc[sid] if sid in per_site.index else None
        rows.append(
            {
                "site_id": sid,
                "name": s.get("name", sid),
                "lat": float(s["lat"]),
                "lon": float(s["lon"]),
                "precision": s.get("precision", ""),
                "bank": s.get("bank", ""),
                "incidents": int(hit["incidents"]) if hit is not None else 0,
                "event_type": hit["event_type"] if hit is not None else "",
                "killed": int(hit["killed"]) if hit is not None else 0,
            }
        )
    # Sites an incident names that the gazetteer list lacks still appear when they have coordinates.
    extra = incidents[~incidents["site_id"].isin(known) & incidents["lat"].notna()]
    for sid, grp in extra.groupby("site_id"):
        if not sid:
            continue
        rows.append(
            {
                "site_id": sid,
                "name": grp["site_name"].iloc[0] or sid,
                "lat": float(grp["lat"].iloc[0]),
                "lon": float(grp["lon"].iloc[0]),
                "precision": grp["site_precision"].iloc[0],
                "bank": "",
                "incidents": len(grp),
                "event_type": grp["event_type"].value_counts().index[0],
                "killed": int(grp["killed"].fillna(0).sum()),
            }
        )
    cols = [
        "site_id",
        "name",
        "lat",
        "lon",
        "precision",
        "bank",
        "incidents",
        "event_type",
        "killed",
    ]
    return pd.DataFrame(rows, columns=cols)


def fit_view(
    lats: Sequence[float], lons: Sequence[float], width_px: int = 900, height_px: int = 560
) -> tuple[float, float, float]:
    """(lat, lon, zoom) of a Web-Mercator view (deck.gl: 512-px tiles) framing the points.

    Points more than 1.5 degrees from the median (a strike in Damascus among dozens on the
    Euphrates) are left to the user to pan to, so the cluster stays readable; zoom 5-10.
    """
    if not len(lats):
        return 35.1, 40.45, 7.0  # the Euphrates valley around Deir ez-Zor
    mid_lat, mid_lon = sorted(lats)[len(lats) // 2], sorted(lons)[len(lons) // 2]
    core = [
        (a, o)
        for a, o in zip(lats, lons, strict=True)
        if abs(a - mid_lat) <= 1.5 and abs(o - mid_lon) <= 1.5
    ]
    lats, lons = [a for a, _ in core], [o for _, o in core]
    lat0, lat1, lon0, lon1 = min(lats), max(lats), min(lons), max(lons)

    def merc(lat: float) -> float:
        return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))

    lon_span = max(lon1 - lon0, 0.05) * 1.5
    y_span = max(abs(merc(lat1) - merc(lat0)), math.radians(0.05)) * 1.5
    zoom_x = math.log2(width_px * 360 / (512 * lon_span))
    zoom_y = math.log2(height_px * 2 * math.pi / (512 * y_span))
    zoom = max(5.0, min(10.0, min(zoom_x, zoom_y)))
    return (lat0 + lat1) / 2, (lon0 + lon1) / 2, round(zoom, 2)


def bank_labels(
    paths: Sequence[Mapping[str, Any]], lat: float, lon: float, offset: float
) -> list[dict[str, Any]]:
    """Where to write 'east bank' / 'west bank': either side of the Euphrates, `offset` degrees
    from the river point nearest (lat, lon).  The trace runs downstream, so its left is east."""
    river = next((p for p in paths if str(p.get("name", "")).lower() == "euphrates"), None)
    if not river or len(river["path"]) < 2:
        return []
    pts = river["path"]
    i = min(range(len(pts)), key=lambda k: (pts[k][0] - lon) ** 2 + (pts[k][1] - lat) ** 2)
    a, b = pts[max(0, i - 1)], pts[min(len(pts) - 1, i + 1)]
    dx, dy = b[0] - a[0], b[1] - a[1]
    norm = math.hypot(dx, dy) or 1.0
    left = (-dy / norm, dx / norm)  # east of a river drawn in the direction of flow
    x, y = pts[i]
    return [
        {"text": "EAST BANK", "lon": x + left[0] * offset, "lat": y + left[1] * offset},
        {"text": "WEST BANK", "lon": x - left[0] * offset, "lat": y - left[1] * offset},
    ]


def river_paths(geojson: Mapping[str, Any]) -> list[dict[str, Any]]:
    """[{name, path: [[lon, lat], ...]}] from a LineString / MultiLineString FeatureCollection."""
    out = []
    features = geojson.get("features") or ([geojson] if geojson.get("type") == "Feature" else [])
    for feat in features:
        geom = feat.get("geometry") or {}
        name = (feat.get("properties") or {}).get("name", "")
        if geom.get("type") == "LineString":
            lines = [geom.get("coordinates") or []]
        elif geom.get("type") == "MultiLineString":
            lines = geom.get("coordinates") or []
        else:
            continue
        for line in lines:
            path = [[float(p[0]), float(p[1])] for p in line if len(p) >= 2]
            if len(path) >= 2:
                out.append({"name": name, "path": path})
    return out


# --------------------------------------------------------------------------- claims


def _attribute_key(attribute: str) -> tuple[int, str]:
    try:
        return ATTRIBUTE_ORDER.index(attribute), attribute
    except ValueError:
        return len(ATTRIBUTE_ORDER), attribute


def ledger_matrix(ledger: pd.DataFrame, incident_id: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(values, contradicted): claimants × attributes; a claimant's several values join with ' / '."""
    rows = ledger[ledger["incident_id"] == incident_id]
    if rows.empty:
        return pd.DataFrame(), pd.DataFrame()
    attributes = sorted(rows["attribute"].unique(), key=_attribute_key)
    claimants = list(dict.fromkeys(rows["claimant"]))
    values = (
        rows.groupby(["claimant", "attribute"])["value"]
        .agg(lambda s: " / ".join(dict.fromkeys(v for v in s if v)))
        .unstack()
        .reindex(index=claimants, columns=attributes)
        .fillna("")
    )
    flagged = (
        rows.groupby(["claimant", "attribute"])["contradicted"]
        .any()
        .unstack()
        .reindex(index=claimants, columns=attributes)
        .fillna(False)
        .astype(bool)
    )
    values.index.name = "claimant"
    values.columns.name = None
    flagged.index.name = "claimant"
    flagged.columns.name = None
    return values, flagged


def cell_claims(
    ledger: pd.DataFrame, incident_id: str, claimant: str, attribute: str
) -> pd.DataFrame:
    """The ledger rows behind one matrix cell (one claimant's statements on one attribute)."""
    m = (
        (ledger["incident_id"] == incident_id)
        & (ledger["claimant"] == claimant)
        & (ledger["attribute"] == attribute)
    )
    return ledger[m]


def _norm(value: str) -> str:
    return " ".join(str(value).lower().split())


def _codes(values: pd.Series, fn: Any = None) -> tuple[Any, list[Any]]:
    """Integer codes of a column (optionally of `fn` of each distinct value) and the values."""
    codes, uniques = pd.factorize(values, use_na_sentinel=False)
    if fn is None:
        return codes, list(uniques)
    mapped, names = pd.factorize(pd.Series([fn(u) for u in uniques], dtype=object))
    return mapped[codes] if len(codes) else codes, list(names)


def explode_outlets(ledger: pd.DataFrame) -> pd.DataFrame:
    """One row per (ledger row, outlet that carried it): columns `row` (position) and `outlet`;
    a claim no outlet is named for counts under '(no outlet)'."""
    codes, combos = pd.factorize(ledger["outlets"], use_na_sentinel=False)
    lists = [list(t) or [NO_OUTLET] for t in combos]
    lens = np.array([len(x) for x in lists], dtype=np.int64)
    starts = np.concatenate([[0], np.cumsum(lens)[:-1]]) if len(lens) else lens
    flat = np.array([o for x in lists for o in x], dtype=object)
    rep = lens[codes] if len(codes) else np.zeros(0, dtype=np.int64)
    rows = np.repeat(np.arange(len(ledger)), rep)
    within = np.arange(int(rep.sum())) - np.repeat(np.cumsum(rep) - rep, rep)
    outlet = flat[starts[codes][rows] + within] if len(rows) else np.array([], dtype=object)
    return pd.DataFrame({"row": rows, "outlet": outlet})


NO_OUTLET = "(no outlet)"


def _distinct(keys: np.ndarray) -> np.ndarray:
    """The distinct values of an integer array, sorted (a sort, not numpy's hash unique)."""
    keys = np.sort(keys)
    return keys[np.r_[True, keys[1:] != keys[:-1]]] if len(keys) else keys


def disagreement_table(ledger: pd.DataFrame, by: str = "claimant") -> pd.DataFrame:
    """Per claimant (or outlet): incidents, claims, how often they disagree with the others.

    A comparison is one (incident, attribute) on which this source and at least one other
    spoke; a disagreement is a comparison where some other source gave a different value
    (values compared case- and space-insensitively, empty ones ignored).  Vectorised: a
    source agrees on a comparison exactly when its values are all the values given there
    and each of them was given by someone else too.
    """
    cols = [
        by,
        "incidents",
        "claims",
        "compared",
        "disagreements",
        "disagreement_rate",
        "attributes",
    ]
    if ledger.empty:
        return pd.DataFrame(columns=cols)
    inc, _ = _codes(ledger["incident_id"])
    attr, attr_names = _codes(ledger["attribute"])
    val, val_names = _codes(ledger["value"], _norm)
    if by == "outlet":  # one row per outlet that carried the claim
        exploded = explode_outlets(ledger)
        at = exploded["row"].to_numpy()
        inc, attr, val = inc[at], attr[at], val[at]
        src, src_names = _codes(exploded["outlet"])
    else:
        src, src_names = _codes(ledger[by])
    n_s, n_v, n_a = len(src_names), len(val_names) + 1, len(attr_names) + 1
    g = pd.factorize(inc.astype(np.int64) * n_a + attr)[0].astype(np.int64)  # (incident, attribute)
    n_g = int(g.max()) + 1
    # (group, source) pairs, and how many sources spoke in each group
    pairs = _distinct(g * n_s + src)
    pair_g, pair_s = pairs // n_s, pairs % n_s
    compared = np.bincount(pair_g, minlength=n_g)[pair_g] >= 2
    # distinct non-empty values per (group, source): how many sources gave each value
    given = ~np.isin(val, [i for i, v in enumerate(val_names) if v == ""])
    triples = _distinct((g * n_s + src)[given] * n_v + val[given])
    t_pair, t_v = triples // n_v, triples % n_v
    gv_key = (t_pair // n_s) * n_v + t_v
    gv, gv_inv, gv_count = np.unique(gv_key, return_inverse=True, return_counts=True)
    values_in_group = np.bincount(gv // n_v, minlength=n_g)
    k = np.zeros(len(pairs), dtype=np.int64)  # values this source gave in this group
    min_c = np.zeros(len(pairs), dtype=np.int64)  # fewest sources behind one of them
    if len(triples):
        first = np.flatnonzero(np.r_[True, t_pair[1:] != t_pair[:-1]])  # t_pair is sorted
        with_values = t_pair[first]
        at = np.searchsorted(pairs, with_values)
        k[at] = np.diff(np.append(first, len(t_pair)))
        min_c[at] = np.minimum.reduceat(gv_count[gv_inv], first)
    agree = (k == values_in_group[pair_g]) & ((k == 0) | (min_c >= 2))
    per_source_compared = np.bincount(pair_s, weights=compared, minlength=n_s)
    per_source_disagree = np.bincount(pair_s, weights=compared & ~agree, minlength=n_s)
    claims = np.bincount(src, minlength=n_s)
    n_i = int(inc.max()) + 1
    incidents = np.bincount(_distinct(src.astype(np.int64) * n_i + inc) // n_i, minlength=n_s)
    attr_lists: dict[int, list[str]] = {}
    for code in _distinct(src.astype(np.int64) * n_a + attr):
        attr_lists.setdefault(int(code // n_a), []).append(attr_names[int(code % n_a)])
    out = pd.DataFrame(
        {
            by: src_names,
            "incidents": incidents.astype(int),
            "claims": claims.astype(int),
            "compared": per_source_compared.astype(int),
            "disagreements": per_source_disagree.astype(int),
            "attributes": [
                ", ".join(sorted(attr_lists.get(i, []), key=_attribute_key)) for i in range(n_s)
            ],
        }
    )
    rate = (out["disagreements"] / out["compared"].where(out["compared"] > 0)).round(3)
    out["disagreement_rate"] = rate.fillna(0.0).astype(float)
    return (
        out[cols]
        .sort_values(["incidents", "claims", by], ascending=[False, False, True])
        .reset_index(drop=True)
    )


def outlet_claimant_counts(ledger: pd.DataFrame) -> pd.DataFrame:
    """How many claims each outlet carried from each claimant (rows outlets, columns claimants)."""
    if ledger.empty:
        return pd.DataFrame()
    exploded = explode_outlets(ledger)
    claimant = ledger["claimant"].to_numpy()[exploded["row"].to_numpy()]
    rows = pd.DataFrame({"outlet": exploded["outlet"].to_numpy(), "claimant": claimant})
    return rows.groupby(["outlet", "claimant"]).size().unstack(fill_value=0)


def claimant_attribute_counts(ledger: pd.DataFrame) -> pd.DataFrame:
    """How many claims each claimant made per attribute (rows claimants, columns attributes)."""
    if ledger.empty:
        return pd.DataFrame()
    table = ledger.groupby(["claimant", "attribute"]).size().unstack(fill_value=0)
    return table[sorted(table.columns, key=_attribute_key)]


# --------------------------------------------------------------------------- articles


# Span kinds shown quietly (struck or greyed), not as evidence: boilerplate removed, photo captions.
QUIET_KINDS = ("removed", "caption")
# Whole sentences an incident was read from: a light background, under the field spans.
SENTENCE_KINDS = ("evidence",)


def highlight_html(
    text: str, spans: Iterable[Mapping[str, Any]], focus: tuple[int, int] | None = None
) -> str:
    """The article as escaped HTML with evidence spans wrapped in <mark>; nothing from the text is markup.

    Overlapping spans are merged segment by segment; `focus` (start, end) gets its own
    class and an id so the page can scroll to it.  Offsets outside the text are clipped.
    """
    n = len(text)
    marks: list[tuple[int, int, str]] = []
    for s in spans:
        start, end = _int_or_none(s.get("start")), _int_or_none(s.get("end"))
        if start is None or end is None:
            continue
        start, end = max(0, start), min(n, end)
        if end <= start:
            continue
        label = " ".join(p for p in (_text(s.get("kind")), _text(s.get("field"))) if p)
        marks.append((start, end, label))
    if focus:
        f0, f1 = max(0, focus[0]), min(n, focus[1])
        if f1 > f0:
            marks.append((f0, f1, "\x00focus"))
    bounds = sorted({0, n, *(m[0] for m in marks), *(m[1] for m in marks)})
    out = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        piece = html.escape(text[a:b])
        covering = [m for m in marks if m[0] <= a and m[1] >= b]
        if not covering:
            out.append(piece)
            continue
        labels = sorted({m[2] for m in covering if m[2] and m[2] != "\x00focus"})
        is_focus = any(m[2] == "\x00focus" for m in covering)
        kinds = {m[2].split(" ")[0] for m in covering}
        if is_focus:
            cls = "dzm-focus"
        elif kinds <= set(QUIET_KINDS):
            cls = f"dzm-{sorted(kinds)[0]}"
        elif kinds - set(QUIET_KINDS) <= set(SENTENCE_KINDS):
            cls = "dzm-sent"
        else:
            cls = "dzm-ev"  # a field's own words: date, place, claim...
        title = html.escape(", ".join(labels), quote=True)
        out.append(f'<mark class="{cls}" title="{title}">{piece}</mark>')
    return "".join(out)


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>:$~=^&])")


def escape_markdown(value: Any) -> str:
    """Untrusted text made inert for st.markdown: every Markdown/Streamlit sign backslash-escaped."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(_text(value).split()))


def find_quote(text: str, quote: str) -> tuple[int, int] | None:
    """Where a ledger quote sits in an article (exact, then whitespace-insensitive), or None."""
    if not quote:
        return None
    i = text.find(quote)
    if i >= 0:
        return i, i + len(quote)
    words = quote.split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(w) for w in words)
    m = re.search(pattern, text)
    return (m.start(), m.end()) if m else None


def context_window(text: str, start: int, end: int, pad: int = 400) -> tuple[int, int]:
    """The paragraph around text[start:end] (blank-line bounded), at most `pad` chars each side."""
    lo = max(0, start - pad)
    hi = min(len(text), end + pad)
    para_start = text.rfind("\n\n", lo, start)
    para_end = text.find("\n\n", end, hi)
    return (para_start + 2 if para_start >= 0 else lo), (para_end if para_end >= 0 else hi)


def shift_spans(spans: Iterable[Mapping[str, Any]], lo: int, hi: int) -> list[dict[str, Any]]:
    """Spans that overlap [lo, hi), re-based to a slice of the text starting at `lo`."""
    out = []
    for s in spans:
        start, end = _int_or_none(s.get("start")), _int_or_none(s.get("end"))
        if start is None or end is None or end <= lo or start >= hi:
            continue
        out.append({**s, "start": max(start, lo) - lo, "end": min(end, hi) - lo})
    return out


def failed_articles(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles that were not extracted (status other than 'ok'), with their reason."""
    return articles[articles["status"].fillna("") != "ok"][
        ["file_name", "title", "status", "reason"]
    ]


# --------------------------------------------------------------------------- export


def headline(frames: Frames, incidents: pd.DataFrame | None = None) -> dict[str, Any]:
    """The Overview's figures for the visible incidents."""
    inc = frames.incidents if incidents is None else incidents
    span = date_span(inc)
    outlets = {o for t in inc["outlets"].unique() for o in t}
    claimants = {c for t in inc["claimants"].unique() for c in t}
    return {
        "incidents": len(inc),
        "articles": len(frames.articles),
        "articles_ok": int((frames.articles["status"] == "ok").sum()),
        "sources": len(outlets | claimants),
        "outlets": len(outlets),
        "claimants": len(claimants),
        "date_from": span[0] if span else None,
        "date_to": span[1] if span else None,
        "contradictions": int(inc["n_contradictions"].sum()),
    }


EXPORT_COLUMNS = (
    "id",
    "date",
    "date_precision",
    "time_local",
    "site_id",
    "site_name",
    "lat",
    "lon",
    "event_type",
    "direction",
    "perpetrator",
    "target",
    "weapons",
    "killed",
    "wounded",
    "casualties_reported",
    "damage",
    "independent_sources",
    "article_count",
    "claimants",
    "outlets",
    "n_contradictions",
    "grade",
    "notes",
)


def _export_value(value: Any) -> Any:
    if isinstance(value, tuple):
        return "; ".join(value)
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return value


def _export_table(incidents: pd.DataFrame) -> pd.DataFrame:
    """EXPORT_COLUMNS as plain values: lists joined with '; ', dates ISO, missing values empty."""
    out = incidents[list(EXPORT_COLUMNS)].copy()
    for c in ("claimants", "outlets"):
        out[c] = out[c].map("; ".join)
    out["date"] = out["date"].dt.strftime("%Y-%m-%d")
    return out


def incidents_csv(incidents: pd.DataFrame) -> str:
    """The visible incidents as CSV (one row each; list fields joined with '; ')."""
    return _export_table(incidents).to_csv(index=False, lineterminator="\r\n", na_rep="")


def incidents_geojson(incidents: pd.DataFrame) -> dict[str, Any]:
    """The visible incidents as a GeoJSON FeatureCollection (incidents without coordinates are left out)."""
    placed = incidents[incidents["lat"].notna() & incidents["lon"].notna()]
    table = _export_table(placed)
    features = []
    for rec in table.to_dict("records"):
        props = {c: _export_value(rec[c]) for c in EXPORT_COLUMNS if c not in ("lat", "lon")}
        props = {
            k: (int(v) if hasattr(v, "item") and not isinstance(v, str) else v)
            for k, v in props.items()
        }
        features.append(
            {
                "type": "Feature",
                "geometry": {
                    "type": "Point",
                    "coordinates": [float(rec["lon"]), float(rec["lat"])],
                },
                "properties": props,
            }
        )
    return {"type": "FeatureCollection", "features": features}


def _md(text: Any) -> str:
    """Text safe inside a Markdown table cell or line."""
    out = _text(text).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")
    for ch in "*_`[]<>#":
        out = out.replace(ch, "\\" + ch)
    return out


def describe_filters(filters: Filters, site_names: Mapping[str, str] | None = None) -> str:
    """A one-line plain description of the filters ('all incidents' when none)."""
    if filters.is_empty():
        return "all incidents, rejected ones included" if filters.show_rejected else "all incidents"
    names = site_names or {}
    parts = []
    if filters.date_from or filters.date_to:
        parts.append(f"dates {filters.date_from or '…'} to {filters.date_to or '…'}")
    if filters.sites:
        parts.append("sites " + ", ".join(names.get(s, s) for s in filters.sites))
    for label, values in (
        ("types", filters.event_types),
        ("perpetrators", filters.perpetrators),
        ("claimants", filters.claimants),
        ("outlets", filters.outlets),
    ):
        if values:
            parts.append(f"{label} " + ", ".join(values))
    return "; ".join(parts) or "all incidents"


def briefing_markdown(
    frames: Frames,
    incidents: pd.DataFrame,
    filters: Filters | None = None,
    generated: date | None = None,
    detail: Any = None,
    chunk: int = 500,
    limit: int | None = None,
) -> str:
    """A Markdown briefing: each visible incident with its facts, ledger and contradictions.

    `detail(ids)` gives the complete Frames of those incidents (the loader's lean index has
    no quotes); without it `frames` must be complete.  Incidents are written `chunk` at a time;
    with `limit` only the first `limit` are (the header still counts them all).
    """
    filters = filters or Filters()
    head = headline(frames, incidents)
    span = (
        f"{head['date_from']} to {head['date_to']}" if head["date_from"] else "no dated incidents"
    )
    lines = [
        "# Deir ez-Zor incident briefing",
        "",
        f"- Scope: {_md(describe_filters(filters))}",
        f"- Incidents: {head['incidents']} ({span})",
        f"- Contradictions between claimants: {head['contradictions']}",
    ]
    if generated:
        lines.append(f"- Generated: {generated.isoformat()}")
    lines.append("")
    if incidents.empty:
        lines.append("No incidents match these filters.")
        return "\n".join(lines) + "\n"
    shown = incidents if limit is None else incidents.iloc[:limit]
    for lo in range(0, len(shown), chunk):
        part = shown.iloc[lo : lo + chunk]
        full = detail(list(part["id"])) if detail is not None else frames
        wanted = set(part["id"])
        ledger = _records_by_incident(full.ledger, wanted, _BRIEFING_LEDGER)
        contras = _records_by_incident(full.contradictions, wanted, CONTRADICTION_COLUMNS)
        for inc in part.to_dict("records"):
            lines += _briefing_section(inc, ledger.get(inc["id"], []), contras.get(inc["id"], []))
    if len(shown) < len(incidents):
        lines.append(f"*… and {len(incidents) - len(shown):,} more incidents in the download.*")
    return "\n".join(lines)


_BRIEFING_LEDGER = ("incident_id", "claimant", "attribute", "value", "quote", "contradicted")


def _records_by_incident(
    table: pd.DataFrame, ids: set[str], columns: Sequence[str]
) -> dict[str, list[dict[str, Any]]]:
    """Rows of `table` for incidents `ids` as plain dicts, grouped by incident, in table order."""
    out: dict[str, list[dict[str, Any]]] = {}
    rows = table[table["incident_id"].isin(ids)]
    for rec in rows[list(columns)].to_dict("records"):
        out.setdefault(rec["incident_id"], []).append(rec)
    return out


def _briefing_section(
    inc: Mapping[str, Any], rows: Sequence[Mapping[str, Any]], contra: Sequence[Mapping[str, Any]]
) -> list[str]:
    """One incident of the briefing: facts, its ledger table, its contradictions."""
    when = date_label(inc["date"], inc["date_precision"])
    lines = [
        f"## {_md(inc['label'])}",
        "",
        f"- Date: {_md(when)} (precision: {_md(inc['date_precision'])})"
        + (f", {_md(inc['time_local'])} local" if inc["time_local"] else ""),
        f"- Perpetrator → target: {_md(inc['perpetrator'])} → {_md(inc['target'])}",
    ]
    if inc["weapons"]:
        lines.append(f"- Weapons: {_md(inc['weapons'])}")
    killed = "unknown" if pd.isna(inc["killed"]) else int(inc["killed"])
    wounded = "unknown" if pd.isna(inc["wounded"]) else int(inc["wounded"])
    lines.append(f"- Killed / wounded: {killed} / {wounded}")
    if inc["damage"]:
        lines.append(f"- Damage: {_md(inc['damage'])}")
    lines.append(
        f"- Independent sources: {int(inc['independent_sources'])}; articles: {int(inc['article_count'])}"
        f"; outlets: {_md(', '.join(inc['outlets']) or 'none')}"
    )
    if inc["notes"]:
        lines.append(f"- Analyst notes: {_md(inc['notes'])}")
    if rows:
        lines += ["", "| Claimant | Attribute | Value | Quote |", "|---|---|---|---|"]
        for r in rows:
            flag = " ⚠" if r["contradicted"] else ""
            lines.append(
                f"| {_md(r['claimant'])} | {_md(r['attribute'])}{flag} | {_md(r['value'])} "
                f"| “{_md(r['quote'])}” |"
            )
    if contra:
        lines += ["", "**Contradictions**", ""]
        for c in contra:
            lines.append(f"- {_md(c['attribute'])}: {_md(c['values'])} — {_md(c['explanation'])}")
    lines.append("")
    return lines


def geojson_text(incidents: pd.DataFrame) -> str:
    """`incidents_geojson` serialised for a download button."""
    return json.dumps(incidents_geojson(incidents), ensure_ascii=False, indent=1)
