"""Command-line edge: parses arguments, calls the pure core, turns typed errors into messages.

The sub-commands and their JSON shapes are public contracts (README "Command line"):
extend them, never rename or drop a field.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence

from .errors import MonitorError


def _lazy(module: str, func: str) -> Callable[[argparse.Namespace], int]:
    """Import a command's module only when it runs, so `extract` starts fast."""

    def run(args: argparse.Namespace) -> int:
        return getattr(importlib.import_module(module), func)(args)

    return run


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m extraction",
        description="Deir ez-Zor Incident Monitor: extract, resolve and export incidents.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="extract incident mentions from article files")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--published", help="publication date YYYY-MM-DD (used when the text has none)")
    p.add_argument("--outlet", help="outlet name (used when the text names none)")
    p.add_argument("--url", help="article URL")
    p.add_argument("--manifest", metavar="CSV",
                   help="manifest.csv (file, outlet, wire, published, url) giving each listed file its own "
                        "metadata; the options above stand for files it does not list or values it leaves empty")
    p.add_argument("--format", choices=("json", "table"), default="table")
    p.set_defaults(func=_lazy("extraction.extract_cmd", "cli_extract"))

    p = sub.add_parser("ingest", help="extract, store and resolve article files or folders")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--db", help="database URL (default: SQLite file in data/, or $DZM_DB_URL)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=_lazy("extraction.ingest", "cli_ingest"))

    p = sub.add_parser("incidents", help="print resolved incidents with ledgers and links")
    p.add_argument("--db", help="database URL")
    p.add_argument("--format", choices=("json", "table"), default="table")
    p.add_argument("--from", dest="date_from", help="first date YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", help="last date YYYY-MM-DD")
    p.set_defaults(func=_lazy("extraction.report", "cli_incidents"))

    p = sub.add_parser("export", help="write incidents as ACLED-style CSV, GeoJSON or JSON")
    p.add_argument("--db", help="database URL")
    p.add_argument("--format", choices=("csv", "geojson", "json"), default="csv")
    p.add_argument("--out", help="output file (default: stdout)")
    p.add_argument("--from", dest="date_from", help="first date YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", help="last date YYYY-MM-DD")
    p.set_defaults(func=_lazy("extraction.report", "cli_export"))

    p = sub.add_parser("evaluate", help="score the extractor against a gold file")
    p.add_argument("gold", nargs="?", help="golden corpus folder (default: tests/golden/dev)")
    p.add_argument("--format", choices=("json", "table"), default="table")
    p.set_defaults(func=_lazy("extraction.evaluate", "cli_evaluate"))

    p = sub.add_parser("bench", help="benchmark extraction, store, resolution and dashboard")
    p.add_argument("--quick", action="store_true", help="small sizes only (under a minute)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=_lazy("benchmarks.bench", "cli_bench"))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except MonitorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. piped into `head`
        return 0
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
