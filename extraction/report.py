"""Incident output: the `incidents` command (JSON contract or a readable table) and `export`
(ACLED-style CSV, GeoJSON, JSON).  Pure formatting of `Store.incidents_report()`; the
`cli_*` functions are the command-line edge."""

from __future__ import annotations

import csv
import io
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from .errors import InputError
from .ledger import LEDGER_ATTRIBUTES
from .records import as_day
from .store import Store

ACLED_COLUMNS = (
    "event_date",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "time_precision",
    "source",
    "notes",
    "fatalities",
)
# Extra columns after the ACLED ones (tools that read ACLED by name ignore them).
EXTRA_COLUMNS = ("incident_id", "grade", "independent_sources", "article_count", "contradictions")
# Our event types -> ACLED (event_type, sub_event_type).
ACLED_TYPES = {
    "shelling/artillery/missile attack": (
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
    "air/drone strike": ("Explosions/Remote violence", "Air/drone strike"),
    "remote explosive/landmine/IED": (
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    ),
    "armed clash": ("Battles", "Armed clash"),
    "attack": ("Explosions/Remote violence", ""),
    "other": ("Strategic developments", "Other"),
}
# ACLED time_precision: 1 day, 2 week, 3 month or coarser.  geo_precision: 1 the place itself,
# 2 near it / a part of a district, 3 a province or larger.
TIME_PRECISION = {"day": 1, "week": 2}
GEO_PRECISION = {"facility": 1, "town": 1, "village": 1, "city": 1, "district": 2}
EXCLUDED_STATUSES = ("rejected",)


def _included(inc: Mapping[str, Any]) -> bool:
    status = str(inc.get("status") or "auto")
    return status not in EXCLUDED_STATUSES and not status.startswith("merged_into:")


# --------------------------------------------------------------------------- CSV


def acled_row(inc: Mapping[str, Any]) -> dict[str, Any]:
    """One incident as an ACLED-style row."""
    event_type, sub = ACLED_TYPES.get(str(inc.get("event_type")), ("Strategic developments", ""))
    if inc.get("event_type") == "attack" and inc.get("target") == "civilians":
        event_type, sub = "Violence against civilians", "Attack"
    site = inc.get("site") or {}
    outlets = list(dict.fromkeys([*(inc.get("outlets") or []), *(inc.get("wires") or [])]))
    claimants = inc.get("claimants") or []
    contradictions = inc.get("contradictions") or []
    notes = [
        f"{inc.get('event_type')} on {inc.get('date') or 'unknown date'}"
        + (f" at {inc.get('site_name')}" if inc.get("site_name") else ""),
    ]
    if inc.get("weapons"):
        notes.append("weapons: " + ", ".join(inc["weapons"]))
    if claimants:
        notes.append("claimants: " + ", ".join(claimants))
    for c in contradictions:
        notes.append(
            f"disputed {c.get('attribute')}: {' vs '.join(map(str, c.get('values') or []))}"
        )
    if inc.get("notes"):
        notes.append("analyst: " + " | ".join(inc["notes"]))
    geo = (
        GEO_PRECISION.get(str(site.get("precision") or ""), 3) if inc.get("lat") is not None else 3
    )
    return {
        "event_date": inc.get("date") or "",
        "event_type": event_type,
        "sub_event_type": sub,
        "actor1": inc.get("perpetrator") or "unknown",
        "actor2": inc.get("target") or "unknown",
        "location": inc.get("site_name") or inc.get("place_text") or "",
        "latitude": "" if inc.get("lat") is None else inc["lat"],
        "longitude": "" if inc.get("lon") is None else inc["lon"],
        "geo_precision": geo,
        "time_precision": TIME_PRECISION.get(str(inc.get("date_precision")), 3),
        "source": "; ".join(outlets),
        "notes": "; ".join(notes),
        "fatalities": inc.get("killed") or 0,
        "incident_id": inc.get("id"),
        "grade": inc.get("grade"),
        "independent_sources": inc.get("independent_sources"),
        "article_count": inc.get("article_count"),
        "contradictions": len(contradictions),
    }


def to_csv(report: Mapping[str, Any]) -> str:
    """ACLED-style CSV (header + one row per incident; rejected/merged incidents left out)."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=[*ACLED_COLUMNS, *EXTRA_COLUMNS], lineterminator="\n")
    writer.writeheader()
    for inc in report.get("incidents") or []:
        if _included(inc):
            writer.writerow(acled_row(inc))
    return buf.getvalue()


# --------------------------------------------------------------------------- GeoJSON


def to_geojson(report: Mapping[str, Any]) -> dict[str, Any]:
    """A GeoJSON FeatureCollection; incidents without coordinates have a null geometry."""
    features = []
    for inc in report.get("incidents") or []:
        if not _included(inc):
            continue
        lat, lon = inc.get("lat"), inc.get("lon")
        geometry = (
            {"type": "Point", "coordinates": [float(lon), float(lat)]}
            if lat is not None and lon is not None
            else None
        )
        props = {
            k: inc.get(k)
            for k in (
                "id",
                "date",
                "date_precision",
                "time_local",
                "site_id",
                "site_name",
                "event_type",
                "direction",
                "perpetrator",
                "target",
                "weapons",
                "killed",
                "wounded",
                "casualties_reported",
                "grade",
                "independent_sources",
                "article_count",
                "claimants",
                "outlets",
                "role",
                "status",
            )
        }
        props["contradictions"] = [c.get("attribute") for c in inc.get("contradictions") or []]
        props["links"] = [
            {"type": lk["type"], "incident": lk["incident"]} for lk in inc.get("links") or []
        ]
        features.append(
            {"type": "Feature", "id": inc.get("id"), "geometry": geometry, "properties": props}
        )
    return {"type": "FeatureCollection", "features": features}


# --------------------------------------------------------------------------- table


def _fmt(value: Any) -> str:
    if value is None or value == "":
        return "-"
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value)) or "-"
    return str(value)


def ledger_table(ledger: Sequence[Mapping[str, Any]]) -> list[list[str]]:
    """The ledger pivoted: one row per claimant, one column per attribute."""
    attributes = list(
        dict.fromkeys(
            a
            for a in LEDGER_ATTRIBUTES
            if any(r.get("attribute") == a for r in ledger)
        )
    )
    attributes += sorted({str(r.get("attribute")) for r in ledger} - set(attributes))
    rows: dict[str, dict[str, list[str]]] = {}
    carriers: dict[str, list[str]] = {}
    for r in ledger:
        name = str(r.get("claimant"))
        rows.setdefault(name, {}).setdefault(str(r.get("attribute")), []).append(
            str(r.get("value"))
        )
        carriers.setdefault(name, [])
        for o in [*(r.get("outlets") or []), *(r.get("wires") or [])]:
            if o not in carriers[name]:
                carriers[name].append(o)
    table = [["claimant", "via", *attributes]]
    for name, vals in rows.items():
        table.append(
            [name, _fmt(carriers[name])]
            + [" / ".join(dict.fromkeys(vals.get(a, []))) or "-" for a in attributes]
        )
    return table


def _grid(rows: Sequence[Sequence[str]], indent: str = "    ") -> list[str]:
    widths = [min(28, max(len(r[i]) for r in rows)) for i in range(len(rows[0]))]
    out = []
    for r in rows:
        cells = [
            (c if len(c) <= w else c[: w - 1] + "…").ljust(w)
            for c, w in zip(r, widths, strict=True)
        ]
        out.append(indent + "  ".join(cells).rstrip())
    return out


def format_table(report: Mapping[str, Any]) -> str:
    """A readable listing: one block per incident with ledger, contradictions and links."""
    incs = report.get("incidents") or []
    if not incs:
        return "no incidents\n"
    lines: list[str] = []
    for inc in incs:
        when = _fmt(inc.get("date")) + (
            f" ({inc.get('date_precision')})" if inc.get("date") else ""
        )
        if inc.get("time_local"):
            when += f" {inc['time_local']}"
        status = f" [{inc['status']}]" if inc.get("status") not in (None, "auto") else ""
        lines.append(
            f"{inc['id']}  {when}  {_fmt(inc.get('site_name'))}  {inc.get('event_type')}  "
            f"grade {inc.get('grade')}{status}"
        )
        lines.append(
            f"  {_fmt(inc.get('perpetrator'))} -> {_fmt(inc.get('target'))}; killed {_fmt(inc.get('killed'))}, "
            f"wounded {_fmt(inc.get('wounded'))}; weapons {_fmt(inc.get('weapons'))}; "
            f"{inc.get('independent_sources')} independent source(s), {inc.get('article_count')} article(s)"
            + (f"; role {inc['role']}" if inc.get("role") == "background" else "")
        )
        if inc.get("overridden"):
            lines.append(f"  analyst overrides: {', '.join(inc['overridden'])}")
        for m in inc.get("mentions") or []:
            via = " via ".join(x for x in (m.get("outlet"), m.get("wire")) if x) or "unknown outlet"
            quote = (m.get("quote") or "").replace("\n", " ")
            lines.append(f"  - {via} ({_fmt(m.get('date'))}): {quote[:140]}")
        if inc.get("ledger"):
            lines.append("  ledger:")
            lines += _grid(ledger_table(inc["ledger"]))
        for c in inc.get("contradictions") or []:
            lines.append(f"  ! {c.get('attribute')}: {c.get('explanation')}")
        for a in inc.get("agreements") or []:
            lines.append(
                f"  = {a.get('attribute')} {a.get('value')}: {a.get('independent')} independent claimants"
            )
        for lk in inc.get("links") or []:
            other = " ".join(
                _fmt(lk.get(k)) for k in ("date", "event_type", "site_name") if lk.get(k)
            )
            lines.append(f"  -> {lk['type']} {lk['incident']} {other}".rstrip())
        for n in inc.get("notes") or []:
            lines.append(f"  note: {n}")
        lines.append("")
    return "\n".join(lines)


# --------------------------------------------------------------------------- CLI


def _open_store(args: Any) -> Store:
    """The store named by --db, else the settings' one; the default store gets the demo corpus."""
    store = Store(args.db)
    if args.db is None and not os.environ.get("DZM_DB_URL") and not store.has_articles():
        from .ingest import ensure_demo  # noqa: PLC0415

        print("empty store: ingesting the demo corpus (data/demo) first", file=sys.stderr)
        ensure_demo(store)
    return store


def _report(args: Any) -> dict[str, Any]:
    date_from, date_to = as_day(args.date_from, "--from"), as_day(args.date_to, "--to")
    if date_from and date_to and date_from > date_to:
        raise InputError(f"--from {date_from} is after --to {date_to}")
    return _open_store(args).incidents_report(date_from, date_to)


def cli_incidents(args: Any) -> int:
    """`python -m extraction incidents [--db URL] [--format json|table] [--from] [--to]`."""
    report = _report(args)
    if args.format == "json":
        sys.stdout.write(json.dumps(report, indent=2, ensure_ascii=False, default=str) + "\n")
    else:
        sys.stdout.write(format_table(report))
    return 0


def render(report: Mapping[str, Any], fmt: str) -> str:
    """The export text for a format: csv, geojson or json."""
    if fmt == "csv":
        return to_csv(report)
    if fmt == "geojson":
        return json.dumps(to_geojson(report), indent=2, ensure_ascii=False, default=str) + "\n"
    if fmt == "json":
        return json.dumps(report, indent=2, ensure_ascii=False, default=str) + "\n"
    raise InputError(f"unknown export format {fmt!r}; choose csv, geojson or json")


def write_atomic(path: Path, text: str) -> None:
    """Write a file via a temporary sibling, so a failed export never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def cli_export(args: Any) -> int:
    """`python -m extraction export --format csv|geojson|json [--out FILE]`."""
    text = render(_report(args), args.format)
    if args.out:
        out = Path(args.out)
        if out.is_dir():
            raise InputError(f"--out {out} is a folder; give a file name")
        try:
            write_atomic(out, text)
        except OSError as exc:
            raise InputError(f"cannot write {out}: {exc.strerror or exc}") from exc
        print(f"wrote {out}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def iter_rows(report: Mapping[str, Any]) -> Iterable[dict[str, Any]]:
    """ACLED-style rows of the included incidents (for the dashboard's download button)."""
    return (acled_row(inc) for inc in report.get("incidents") or [] if _included(inc))


__all__ = [
    "ACLED_COLUMNS",
    "acled_row",
    "cli_export",
    "cli_incidents",
    "format_table",
    "iter_rows",
    "ledger_table",
    "render",
    "to_csv",
    "to_geojson",
]
