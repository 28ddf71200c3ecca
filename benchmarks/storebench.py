"""Store ingest rate, resolution time, and synthetic stores of N incidents for the dashboard.

Resolution is timed on the pure `extraction.resolve.resolve` (the algorithm) and, where a
store is built anyway, on `Store.resolve()` (load mentions, resolve, summarise, write).
"""

from __future__ import annotations

import csv
import importlib
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from extraction.records import ArticleMeta, ArticleResult

from .corpus import SyntheticMention, load_sites, make_corpus, make_mentions
from .harness import Skipped


def _need(module: str) -> Any:
    """Import a project module or skip the part with a clear reason."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise Skipped(f"{module} not available yet ({exc})") from exc


def sqlite_url(folder: Path, name: str = "bench.sqlite") -> str:
    return f"sqlite:///{folder / name}"


# --------------------------------------------------------------------------- ingest


def write_feed(folder: Path, n: int, seed: str) -> int:
    """Write `n` synthetic articles and their manifest.csv to `folder`; return the word count."""
    folder.mkdir(parents=True, exist_ok=True)
    words = 0
    with (folder / "manifest.csv").open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["file", "outlet", "wire", "url", "published"])
        for a in make_corpus(n, seed):
            name = f"{a.id}.txt"
            (folder / name).write_text(a.text, encoding="utf-8")
            out.writerow([name, a.outlet, a.wire or "", a.url, a.published.isoformat()])
            words += a.words
    return words


def ingest_rate(cfg: Any) -> dict[str, Any]:
    """Articles per second through `ingest_paths` (extract + store + resolve) into a fresh SQLite file,
    and the share of that time spent extracting, storing and resolving."""
    store_mod = _need("extraction.store")
    ingest = _need("extraction.ingest")
    _need("extraction.pipeline")
    with tempfile.TemporaryDirectory(prefix="dzm-bench-") as tmp:
        folder = Path(tmp) / "feed"
        write_feed(folder, cfg.ingest_articles, f"{cfg.seed}-ingest")
        store = store_mod.Store(sqlite_url(Path(tmp)))
        try:
            t0 = time.perf_counter()
            summary = ingest.ingest_paths(store, [folder])
            total = time.perf_counter() - t0
            t0 = time.perf_counter()
            store.resolve()
            resolve_s = time.perf_counter() - t0
            counts = store.counts()
        finally:
            store.close()
    n = summary.added + summary.unchanged + summary.reextracted + len(summary.skipped)
    if not n:
        raise Skipped(f"ingest stored nothing ({'; '.join(summary.lines())})")
    return {
        "ingest_articles": n,
        "ingest_articles_per_s": n / total,
        "ingest_s": total,
        "ingest_resolve_s": resolve_s,
        "ingest_incidents": counts.get("incidents"),
        "ingest_mentions": counts.get("mentions"),
        "ingest_skipped": len(summary.skipped),
        "ingest_how": "ingest_paths on a folder with manifest.csv, fresh SQLite file",
    }


# --------------------------------------------------------------------------- resolution


def sourced(mentions: Sequence[SyntheticMention]) -> list[Any]:
    """Synthetic mentions as the resolver's input records."""
    resolve_mod = _need("extraction.resolve")
    return [
        resolve_mod.SourcedMention(
            key=f"{m.article_id}:0", article_id=m.article_id, mention=m.mention,
            outlet=m.outlet, wire=None, published=m.published,
        )
        for m in mentions
    ]


def resolve_times(cfg: Any) -> dict[str, Any]:
    """Seconds for the pure resolver at each size (median of repeats; one run when it is slow)."""
    resolve_mod = _need("extraction.resolve")
    sites, source = load_sites()
    seconds: dict[str, float] = {}
    clusters: dict[str, int] = {}
    for n in cfg.resolve_sizes:
        items = sourced(make_mentions(n, f"{cfg.seed}-resolve", sites))
        times = []
        for _ in range(max(1, cfg.repeats)):
            t0 = time.perf_counter()
            res = resolve_mod.resolve(items)
            times.append(time.perf_counter() - t0)
            if sum(times) > 20:  # a slow size is not repeated: one run says enough
                break
        times.sort()
        seconds[str(n)] = times[len(times) // 2]
        clusters[str(n)] = len(res.clusters)
    true = {str(n): len({m.incident for m in make_mentions(n, f"{cfg.seed}-resolve", sites)})
            for n in cfg.resolve_sizes[:1]}
    return {"resolve_s": seconds, "resolve_clusters": clusters, "resolve_true_incidents": true,
            "resolve_sites": source}


# --------------------------------------------------------------------------- synthetic stores


def _results(mentions: Sequence[SyntheticMention]) -> list[ArticleResult]:
    """Group synthetic mentions by article into ArticleResults (what the store ingests)."""
    by_article: dict[str, list[SyntheticMention]] = defaultdict(list)
    for m in mentions:
        by_article[m.article_id].append(m)
    out = []
    for aid, ms in by_article.items():
        first = ms[0]
        meta = ArticleMeta(title=f"Synthetic report {aid}", outlet=first.outlet, url=None,
                           published=first.published, published_source="metadata", language="en")
        out.append(ArticleResult(aid, meta, "ok", "", tuple(m.mention for m in ms)))
    return out


class _RowCollector:
    """Stands in for a Connection in `Store._insert_mentions`: keeps the rows it would insert."""

    def __init__(self) -> None:
        self.rows: dict[Any, list[dict[str, Any]]] = defaultdict(list)

    def execute(self, statement: Any, rows: Any = None) -> None:
        self.rows[statement.table].extend(rows if isinstance(rows, list) else [rows])


def _article_row(r: ArticleResult, now: str) -> dict[str, Any]:
    """The articles-table row `Store.put_article` writes for a result stored without text."""
    m = r.meta
    return {
        "id": r.id, "file": "", "title": m.title, "outlet": m.outlet, "wire": m.wire,
        "url": m.url, "published": m.published, "published_source": m.published_source,
        "language": m.language, "status": r.status, "reason": r.reason, "text": None,
        "captions": [], "removed": [], "fingerprint": None, "n_mentions": len(r.incidents),
        "ingested_at": now, "updated_at": now,
    }


def bulk_put(store: Any, results: Sequence[ArticleResult], chunk: int = 20_000) -> None:
    """Write many articles fast: the store's own mention and claim rows (`_insert_mentions`),
    inserted with executemany in one transaction per chunk.

    The store has no public bulk insert and `put_article` commits once per article (about
    2.5 ms each), which would take minutes for 100k incidents; this path writes the same rows.
    """
    from sqlalchemy import insert

    store_mod = _need("extraction.store")
    now = store_mod._now()
    for i in range(0, len(results), chunk):
        part = results[i:i + chunk]
        collect = _RowCollector()
        for r in part:
            store._insert_mentions(collect, r, [])
        with store.engine.begin() as conn:
            conn.execute(insert(store_mod.articles), [_article_row(r, now) for r in part])
            for table in (store_mod.mentions, store_mod.claims):
                if collect.rows.get(table):
                    conn.execute(insert(table), collect.rows[table])
            store._set_meta(conn, "needs_resolution", "1")


def fill_store(url: str, incidents: int, seed: str, per_incident: tuple[int, int] = (1, 3),
               ) -> dict[str, Any]:
    """A store at `url` holding about `incidents` resolved incidents built from synthetic mentions
    (written with `bulk_put`, then one `Store.resolve()`).  Returns timings and counts."""
    store_mod = _need("extraction.store")
    sites, _ = load_sites()
    lo, hi = per_incident
    mentions = make_mentions(int(incidents * (lo + hi) / 2), seed, sites, per_incident=per_incident)
    results = _results(mentions)
    store = store_mod.Store(url)
    try:
        t0 = time.perf_counter()
        bulk_put(store, results)
        put_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        store.resolve()
        resolve_s = time.perf_counter() - t0
        counts = store.counts()
    finally:
        store.close()
    return {"put_s": put_s, "resolve_s": resolve_s, "articles": len(results),
            "mentions": len(mentions), "incidents": counts.get("incidents", 0)}


def add_one_article(url: str, seed: str) -> float:
    """Seconds to ingest one new article (`ingest_text`) into the store at `url`: what an analyst
    waits for after pasting an article on a store that already holds years of incidents."""
    store_mod = _need("extraction.store")
    ingest = _need("extraction.ingest")
    _need("extraction.pipeline")
    a = make_corpus(1, seed)[0]
    store = store_mod.Store(url)
    try:
        t0 = time.perf_counter()
        ingest.ingest_text(store, a.text, published=a.published, outlet=a.outlet, url=a.url)
        return time.perf_counter() - t0
    finally:
        store.close()


def store_published_span(mentions: Sequence[SyntheticMention]) -> tuple[date, date]:
    """First and last publication date of a synthetic mention set."""
    days = [m.published for m in mentions]
    return min(days), max(days)
