"""`python -m extraction extract FILE...`: read files, extract, print JSON or a table.

Reading files is the edge: bytes are decoded and a saved web page becomes its article text
(`webpage`, shared with ingest); a file that cannot be read is reported with a status and reason and never stops
the others.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

from .errors import InputError
from .pipeline import article_id, extract
from .records import ArticleMeta, ArticleResult, as_day
from .settings import load_settings
from .webpage import as_article, decode, mark


def extract_file(path: Path, *, published: date | None = None, outlet: str | None = None,
                 url: str | None = None, wire: str | None = None) -> ArticleResult:
    """Extract one file; unreadable, binary or oversized files come back with a status and reason."""
    settings = load_settings()
    meta = ArticleMeta(outlet=outlet, url=url, wire=wire, published=published,
                       published_source="metadata" if published else "unknown")
    try:
        size = path.stat().st_size
        if size > settings.max_article_chars * 4:
            return ArticleResult(f"size-{size}", meta, "too_large",
                                 f"{size:,} bytes; the limit is {settings.max_article_chars:,} characters")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    text, reason = decode(data)
    if text is None:
        import hashlib

        return ArticleResult(hashlib.sha256(data).hexdigest()[:16], meta, "not_text", reason)
    asked = {"published": published, "outlet": outlet, "url": url, "wire": wire}
    try:
        text, given, page = as_article(text, asked)
    except InputError as exc:
        return ArticleResult(article_id(text), meta, "empty", str(exc))
    return mark(extract(text, settings=settings, **given), page, asked)


def _table(results: list[tuple[str, ArticleResult]]) -> str:
    lines = []
    for file, res in results:
        m = res.meta
        lines.append(f"{file}  [{res.status}{': ' + res.reason if res.reason else ''}]")
        lines.append(f"  outlet={m.outlet or '-'} wire={m.wire or '-'} published={m.published or '-'}"
                     f" ({m.published_source}) language={m.language or '-'}")
        for i, inc in enumerate(res.incidents, 1):
            site = inc.site.name if inc.site else (inc.place_text or "-")
            cas = f"killed={inc.killed} wounded={inc.wounded}" if inc.casualties_reported != "unknown" else "casualties unknown"
            lines.append(f"  {i}. {inc.date.date or '????-??-??'} ({inc.date.precision}) {inc.role:<10} {site:<24} "
                         f"{inc.event_type}; {inc.perpetrator} -> {inc.target}; {', '.join(inc.weapons) or '-'}; {cas}")
            for c in inc.claims:
                if c.attribute in {"occurrence"}:
                    continue
                lines.append(f"       {c.claimant:<24} {c.attribute:<12} {c.value}")
    return "\n".join(lines)


def _manifest(path: str | None) -> dict[str, dict]:
    """The rows of a manifest.csv by file name ({} without one); an unreadable one is an InputError."""
    if not path:
        return {}
    from .ingest import read_manifest  # (only when asked: ingest loads the store)

    return read_manifest(Path(path))


def cli_extract(args: argparse.Namespace) -> int:
    published = as_day(args.published, "--published")
    rows = _manifest(getattr(args, "manifest", None))
    results: list[tuple[str, ArticleResult]] = []
    failed = 0
    for name in args.files:
        path = Path(name)
        row = rows.get(name) or rows.get(path.name) or {}
        try:
            res = extract_file(path, published=row.get("published") or published, outlet=row.get("outlet") or args.outlet,
                               url=row.get("url") or args.url, wire=row.get("wire"))
        except InputError as exc:
            failed += 1
            print(f"error: {exc}", file=sys.stderr)
            res = ArticleResult(article_id(str(path)), ArticleMeta(url=args.url), "not_text", str(exc))
        url = row.get("url") or args.url
        if url and res.meta.url != url:
            res = replace(res, meta=replace(res.meta, url=url))
        results.append((name, res))
    if args.format == "json":
        json.dump({"articles": [r.to_json(file=f) for f, r in results]}, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        print(_table(results))
    return 2 if failed == len(args.files) else 0
