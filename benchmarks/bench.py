"""`python -m extraction bench [--quick] [--json]`: extraction, peer, store, resolution, dashboard.

Each part builds its own synthetic data (benchmarks/corpus.py), times medians over repeats
with `time.perf_counter`, and measures peak memory in a fresh subprocess.  A part whose
dependency is missing is reported as skipped with the reason instead of failing the run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from multiprocessing import get_context
from typing import Any

from .corpus import SyntheticArticle, make_corpus
from .harness import Skipped, growth_exponent, median_seconds, run_probe

# The targets (medians on the 2-core reference machine).
TARGET_EXTRACT_PER_S = 200.0
TARGET_RESOLVE_100K_S = 10.0
TARGET_RESOLVE_EXPONENT = 1.3
TARGET_PAGE_S = 2.0
TARGET_LOADER_MB = 1024.0

REQUIRED_KEYS = (
    "extract_articles_per_s",
    "peer_articles_per_s",
    "resolve_100k_s",
    "resolve_exponent",
    "page_render_max_s_100k",
    "loader_peak_mb_100k",
)


@dataclass(frozen=True)
class BenchConfig:
    """Sizes for one run; `FULL`, `QUICK` and the tests' tiny config differ only here."""

    mode: str
    seed: str = "2024"
    typical_articles: int = 1000
    repeats: int = 3
    length_words: tuple[int, ...] = (150, 500, 1500, 3000)
    per_length: int = 40
    peer_articles: int = 60
    ingest_articles: int = 500
    resolve_sizes: tuple[int, ...] = (1_000, 10_000, 100_000)
    dashboard_sizes: tuple[int, ...] = (1_000, 10_000, 100_000)
    page_repeats: int = 3
    page_timeout: float = 60.0
    first_run_timeout: float = 300.0
    multicore: bool = True
    memory_probe: bool = True


FULL = BenchConfig("full")
QUICK = BenchConfig(
    "quick", typical_articles=100, length_words=(150, 3000), per_length=10, peer_articles=15,
    ingest_articles=60, resolve_sizes=(1_000, 10_000), dashboard_sizes=(1_000,), page_repeats=1,
    page_timeout=5.0, first_run_timeout=60.0,
)


# --------------------------------------------------------------------------- extraction


def _load_extract() -> Callable[..., Any]:
    try:
        from extraction.pipeline import extract
    except ImportError as exc:
        raise Skipped(f"extraction.pipeline not available yet ({exc})") from exc
    return extract


def _extract_one(extract: Callable[..., Any], a: SyntheticArticle) -> Any:
    """Extract as a feed would: the text plus the metadata the feed carries."""
    return extract(a.text, published=a.published, outlet=a.outlet, url=a.url)


def _extract_safe(extract: Callable[..., Any], a: SyntheticArticle) -> Any | None:
    """Like a batch ingest: an article the extractor crashes on is counted, not fatal."""
    try:
        return _extract_one(extract, a)
    except Exception:  # noqa: BLE001 - reported as extract_errors
        return None


_POOL_CORPUS: list[SyntheticArticle] = []


def _pool_extract(i: int) -> int:
    """Worker: extract article `i` of the corpus inherited through fork; return its mention count."""
    res = _extract_safe(_load_extract(), _POOL_CORPUS[i])
    return -1 if res is None else len(res.incidents)


def _percentile(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))]


def bench_extraction(cfg: BenchConfig) -> dict[str, Any]:
    """Throughput on one core and on all cores, latency, peak memory, and scaling with length."""
    extract = _load_extract()
    corpus = make_corpus(cfg.typical_articles, cfg.seed)
    words = sum(a.words for a in corpus)
    _extract_safe(extract, corpus[0])  # compile rules outside the timing

    # One pass with per-article latencies and a sanity check that real work is done.
    latencies, with_mentions, site_hits, planted = [], 0, 0, 0
    errors: list[str] = []
    for a in corpus:
        t0 = time.perf_counter()
        try:
            res = _extract_one(extract, a)
        except Exception as exc:  # noqa: BLE001 - counted and reported
            errors.append(f"{a.id}: {type(exc).__name__}: {exc}")
            continue
        finally:
            latencies.append(time.perf_counter() - t0)
        with_mentions += bool(res.incidents)
        if a.site_id:
            planted += 1
            site_hits += any(m.site is not None and m.site.id == a.site_id for m in res.incidents)

    if len(errors) == len(corpus):
        raise RuntimeError(f"the extractor failed on every article, e.g. {errors[0]}")

    def run_all() -> None:
        for a in corpus:
            _extract_safe(extract, a)

    one = median_seconds(run_all, cfg.repeats - 1) if cfg.repeats > 1 else sum(latencies)
    out: dict[str, Any] = {
        "extract_corpus_articles": len(corpus),
        "extract_corpus_words": words,
        "extract_median_words": statistics.median(a.words for a in corpus),
        "extract_articles_per_s": len(corpus) / one,
        "extract_words_per_s": words / one,
        "extract_latency_ms_p50": 1000 * _percentile(latencies, 0.5),
        "extract_latency_ms_p95": 1000 * _percentile(latencies, 0.95),
        "extract_latency_ms_max": 1000 * max(latencies),
        "extract_articles_with_mentions": with_mentions / len(corpus),
        "extract_planted_site_found": site_hits / planted if planted else None,
        "extract_errors": len(errors),
        "extract_error_examples": errors[:3],
    }

    by_length: dict[str, dict[str, float]] = {}
    for n_words in cfg.length_words:
        sub = make_corpus(cfg.per_length, f"{cfg.seed}-len{n_words}", words=n_words)
        sub_words = sum(a.words for a in sub)
        secs = median_seconds(lambda sub=sub: [_extract_safe(extract, a) for a in sub], cfg.repeats)
        by_length[str(n_words)] = {"articles_per_s": len(sub) / secs, "words_per_s": sub_words / secs,
                                   "ms_per_article": 1000 * secs / len(sub)}
    out["extract_by_length"] = by_length
    out["extract_length_exponent"] = growth_exponent(
        [float(k) for k in by_length], [v["ms_per_article"] for v in by_length.values()])

    out.update(_seed_throughput(extract, cfg.repeats))

    workers = os.cpu_count() or 1
    out["extract_workers"] = workers
    if cfg.multicore and workers > 1:
        _POOL_CORPUS[:] = corpus
        with ProcessPoolExecutor(workers, mp_context=get_context("fork")) as pool:
            list(pool.map(_pool_extract, [0] * (2 * workers)))  # start and warm every worker
            chunk = max(1, len(corpus) // (8 * workers))
            multi = median_seconds(
                lambda: list(pool.map(_pool_extract, range(len(corpus)), chunksize=chunk)),
                cfg.repeats)
        _POOL_CORPUS.clear()
    else:
        multi = one
    out["extract_articles_per_s_all_cores"] = len(corpus) / multi
    out["extract_words_per_s_all_cores"] = words / multi

    if cfg.memory_probe:
        probe = run_probe(["extract", str(len(corpus)), cfg.seed])
        out["extract_peak_mb"] = probe["peak_rss_mb"]
        out["extract_baseline_mb"] = probe["baseline_rss_mb"]
    return out


def _seed_throughput(extract: Callable[..., Any], repeats: int) -> dict[str, Any]:
    """Cross-check on real prose: the five seed articles of data/demo (with their manifest dates)."""
    import csv
    from datetime import date

    from extraction.settings import DEMO_DIR

    try:
        with (DEMO_DIR / "manifest.csv").open(encoding="utf-8", newline="") as fh:
            manifest = {row["file"]: row for row in csv.DictReader(fh)}
        seeds = [(p.read_text(encoding="utf-8"), manifest.get(p.name, {}))
                 for p in sorted(DEMO_DIR.glob("*.txt"))]
    except OSError:
        return {}
    if not seeds:
        return {}

    def run() -> None:
        for text, row in seeds:
            pub = row.get("published")
            extract(text, published=date.fromisoformat(pub) if pub else None)

    run()
    secs = median_seconds(run, max(3, repeats) * 3)
    return {"extract_seed_articles": len(seeds),
            "extract_seed_articles_per_s": len(seeds) / secs,
            "extract_seed_words_per_s": sum(len(t.split()) for t, _ in seeds) / secs}


def bench_peer(cfg: BenchConfig) -> dict[str, Any]:
    """The naive peer and the extractor over the same articles, in the same run."""
    from .peer import NaivePeer, load_first_aliases

    try:
        aliases, source = load_first_aliases()
        peer = NaivePeer(aliases)
    except ImportError as exc:
        raise Skipped(f"dateparser not installed ({exc})") from exc
    sub = make_corpus(cfg.peer_articles, cfg.seed)
    peer(sub[0].text, sub[0].published)  # dateparser loads its language data lazily
    peer_s = median_seconds(lambda: [peer(a.text, a.published) for a in sub], cfg.repeats)
    out: dict[str, Any] = {
        "peer_articles": len(sub),
        "peer_gazetteer": source,
        "peer_articles_per_s": len(sub) / peer_s,
        "peer_words_per_s": sum(a.words for a in sub) / peer_s,
    }
    try:
        extract = _load_extract()
    except Skipped:
        return out
    _extract_safe(extract, sub[0])
    ours = median_seconds(lambda: [_extract_safe(extract, a) for a in sub], cfg.repeats)
    out["extract_vs_peer"] = peer_s / ours
    return out


# --------------------------------------------------------------------------- store, resolution, dashboard


def bench_store(cfg: BenchConfig) -> dict[str, Any]:
    """Articles per second through the store's ingest path into a temporary SQLite file."""
    from .storebench import ingest_rate

    return ingest_rate(cfg)


def bench_resolution(cfg: BenchConfig) -> dict[str, Any]:
    """Resolution time at each size and the growth exponent it implies."""
    from .storebench import resolve_times

    out = resolve_times(cfg)
    sizes = [int(k) for k in out["resolve_s"]]
    out["resolve_exponent"] = growth_exponent(sizes, list(out["resolve_s"].values()))
    return out


def bench_dashboard(cfg: BenchConfig) -> dict[str, Any]:
    """The loader's time and peak memory and each page's AppTest render time at each size."""
    from .dashboard import dashboard_times

    return dashboard_times(cfg)


SECTIONS: tuple[tuple[str, Callable[[BenchConfig], dict[str, Any]]], ...] = (
    ("extraction", bench_extraction),
    ("peer", bench_peer),
    ("store", bench_store),
    ("resolution", bench_resolution),
    ("dashboard", bench_dashboard),
)


# --------------------------------------------------------------------------- run, targets, output


def run_bench(cfg: BenchConfig, log: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Run every part; a missing dependency becomes `skipped`, an error becomes `failed`."""
    t_start = time.perf_counter()
    results: dict[str, Any] = {
        "mode": cfg.mode,
        "config": asdict(cfg),
        "cpu_count": os.cpu_count(),
        "python": platform.python_version(),
        "machine": f"{platform.system()} {platform.machine()}",
        "git_commit": _git_commit(),
        "load_average_start": os.getloadavg()[0],
        "skipped": {},
        "failed": {},
        "section_s": {},
    }
    for name, fn in SECTIONS:
        if log:
            log(f"bench: {name} ...")
        t0 = time.perf_counter()
        try:
            results.update(fn(cfg))
        except Skipped as exc:
            results["skipped"][name] = str(exc)
        except ImportError as exc:
            results["skipped"][name] = f"not available yet ({exc})"
        except Exception as exc:  # noqa: BLE001 - a broken part must not hide the others
            results["failed"][name] = f"{type(exc).__name__}: {exc}"
        results["section_s"][name] = time.perf_counter() - t0
    for key in REQUIRED_KEYS:
        results.setdefault(key, None)
    for key, src in (("resolve_100k_s", "resolve_s"), ("page_render_max_s_100k", "page_render_max_s"),
                     ("loader_peak_mb_100k", "loader_peak_mb")):
        if results.get(key) is None and "100000" in results.get(src, {}):
            results[key] = results[src]["100000"]
    if results.get("store_resolve_s"):
        sr = results["store_resolve_s"]
        results["store_resolve_exponent"] = growth_exponent(
            [results["store_mentions"][n] for n in sr], list(sr.values()))
    results["targets"] = check_targets(results)
    results["elapsed_s"] = time.perf_counter() - t_start
    results["load_average_end"] = os.getloadavg()[0]
    return results


def _git_commit() -> str | None:
    """The commit the figures were measured at (None outside a git work tree)."""
    import subprocess

    from extraction.settings import PROJECT_ROOT

    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=PROJECT_ROOT,
                             capture_output=True, text=True, timeout=10, check=False)
    except OSError:
        return None
    return out.stdout.strip() or None


def check_targets(r: dict[str, Any]) -> list[dict[str, Any]]:
    """Each target of the issue with its measured value and whether it is met (None: not measured)."""

    def row(name: str, value: Any, ok: Callable[[float], bool], target: str) -> dict[str, Any]:
        return {"target": name, "goal": target, "value": value,
                "met": None if value is None else bool(ok(value))}

    peer_ratio = r.get("extract_vs_peer")
    return [
        row("extraction, one core (articles/s)", r.get("extract_articles_per_s"),
            lambda v: v >= TARGET_EXTRACT_PER_S, f">= {TARGET_EXTRACT_PER_S:g}"),
        row("extraction faster than the naive peer (x)", peer_ratio, lambda v: v > 1, "> 1"),
        row("resolution of 100k mentions (s)", r.get("resolve_100k_s"),
            lambda v: v < TARGET_RESOLVE_100K_S, f"< {TARGET_RESOLVE_100K_S:g}"),
        row("resolution growth exponent", r.get("resolve_exponent"),
            lambda v: v < TARGET_RESOLVE_EXPONENT, f"< {TARGET_RESOLVE_EXPONENT:g}"),
        row("slowest page at 100k incidents (s)", r.get("page_render_max_s_100k"),
            lambda v: v <= TARGET_PAGE_S, f"<= {TARGET_PAGE_S:g}"),
        row("loader peak memory at 100k (MiB)", r.get("loader_peak_mb_100k"),
            lambda v: v < TARGET_LOADER_MB, f"< {TARGET_LOADER_MB:g}"),
    ]


def _num(v: Any, digits: int = 1) -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:,.{digits}f}" if abs(v) < 1e6 else f"{v:,.0f}"
    return f"{v:,}" if isinstance(v, int) else str(v)


def _size(n: str | int) -> str:
    n = int(n)
    return f"{n // 1000}k" if n >= 1000 and n % 1000 == 0 else str(n)


def format_table(r: dict[str, Any]) -> str:
    """The human-readable report: one block per part, then the targets."""
    lines = [f"Deir ez-Zor Incident Monitor benchmark - {r['mode']} mode, {r['cpu_count']} cores, "
             f"Python {r['python']}, {r['machine']}, commit {r.get('git_commit') or '?'}, "
             f"load average {_num(r.get('load_average_start'), 2)} -> {_num(r.get('load_average_end'), 2)}"]

    def head(title: str, section: str) -> bool:
        lines.append("")
        lines.append(title)
        for bucket in ("skipped", "failed"):
            if section in r[bucket]:
                lines.append(f"  {bucket}: {r[bucket][section]}")
                return False
        return True

    if head("Extraction", "extraction"):
        lines.append(f"  corpus           {r['extract_corpus_articles']} articles, "
                     f"{_num(r['extract_corpus_words'])} words (median {_num(r['extract_median_words'], 0)} "
                     f"words/article), synthetic, seed {r['config']['seed']}")
        lines.append(f"  one process      {_num(r['extract_articles_per_s'])} articles/s  "
                     f"{_num(r['extract_words_per_s'], 0)} words/s")
        lines.append(f"  all cores ({r['extract_workers']})    "
                     f"{_num(r['extract_articles_per_s_all_cores'])} articles/s  "
                     f"{_num(r['extract_words_per_s_all_cores'], 0)} words/s")
        lines.append(f"  latency          p50 {_num(r['extract_latency_ms_p50'])} ms  "
                     f"p95 {_num(r['extract_latency_ms_p95'])} ms  max {_num(r['extract_latency_ms_max'])} ms")
        if "extract_peak_mb" in r:
            lines.append(f"  peak memory      {_num(r['extract_peak_mb'], 0)} MiB RSS (fresh process; "
                         f"{_num(r['extract_baseline_mb'], 0)} MiB at start; includes the corpus)")
        for n_words, v in r["extract_by_length"].items():
            lines.append(f"  {n_words:>5} words      {_num(v['articles_per_s'])} articles/s  "
                         f"{_num(v['words_per_s'], 0)} words/s  {_num(v['ms_per_article'], 2)} ms/article")
        if r.get("extract_seed_articles"):
            lines.append(f"  seed articles    {_num(r['extract_seed_articles_per_s'])} articles/s  "
                         f"{_num(r['extract_seed_words_per_s'], 0)} words/s  (the {r['extract_seed_articles']} "
                         f"real articles of data/demo, a cross-check of the synthetic prose)")
        lines.append(f"  length exponent  {_num(r['extract_length_exponent'], 2)} "
                     f"(time per article ~ words^k)")
        found = r.get("extract_planted_site_found")
        if r.get("extract_errors"):
            lines.append(f"  ERRORS           the extractor raised on {r['extract_errors']} article(s), e.g. "
                         f"{r['extract_error_examples'][0]}")
        lines.append(f"  sanity           {_num(100 * r['extract_articles_with_mentions'], 0)}% of articles "
                     f"yield mentions; planted site found in "
                     f"{'-' if found is None else _num(100 * found, 0)}% of incident articles")
    if head("Naive peer (dateparser search_dates + first-alias str.find)", "peer"):
        lines.append(f"  peer             {_num(r['peer_articles_per_s'], 2)} articles/s  "
                     f"{_num(r['peer_words_per_s'], 0)} words/s  on {r['peer_articles']} articles "
                     f"(gazetteer: {r['peer_gazetteer']})")
        if r.get("extract_vs_peer") is not None:
            lines.append(f"  ratio            extractor is {_num(r['extract_vs_peer'])}x the peer's "
                         f"speed on the same articles")
    if head("Store", "store"):
        lines.append(f"  ingest           {_num(r.get('ingest_articles_per_s'))} articles/s "
                     f"({r.get('ingest_articles')} articles: extract + store + resolve, "
                     f"{r.get('ingest_how', '')})")
    if r.get("store_add_one_s"):
        cells = "  ".join(f"{_size(n)}: {_num(s, 2)} s" for n, s in r["store_add_one_s"].items())
        lines.append(f"  add 1 article    {cells}   (ingest_text into the dashboard's stores of that many "
                     f"incidents: extract + store + re-resolve)")
    if head("Resolution (synthetic mentions, ~3 per incident, 40 a day)", "resolution"):
        cells = "  ".join(f"{_size(n)}: {_num(s, 3)} s" for n, s in r["resolve_s"].items())
        lines.append(f"  time             {cells}")
        lines.append(f"  growth exponent  {_num(r['resolve_exponent'], 2)}   (pure extraction.resolve.resolve; "
                     f"{r['resolve_clusters'][next(iter(r['resolve_clusters']))]:,} clusters from the first size)")
        if r.get("store_resolve_s"):
            cells = "  ".join(f"{_size(r['store_mentions'][n])}: {_num(s, 2)} s"
                              for n, s in r["store_resolve_s"].items())
            lines.append(f"  Store.resolve()  {cells}   exponent {_num(r.get('store_resolve_exponent'), 2)} "
                         f"(load + resolve + summarise + write; built for the dashboard below)")
    if head("Dashboard (AppTest render per page, warm cache; loader in a fresh process)", "dashboard"):
        pages = list(next(iter(r["page_render_s"].values()), {}))
        lines.append("  incidents  loader s  loader MiB  first view s  "
                     + "  ".join(f"{p[:9]:>9}" for p in pages))
        for n, per_page in r["page_render_s"].items():
            late = set(r["page_timeouts"].get(n, ()))
            cells = [(">" + _num(per_page[p], 0)) if p in late else _num(per_page.get(p), 2)
                     for p in pages]
            first = _num(r["page_first_run_s"][n], 2)
            if n in r.get("first_run_timeouts", []):
                first = ">" + _num(r["page_first_run_s"][n], 0)
            lines.append(f"  {_size(n):>9}  {_num(r['loader_s'][n], 2):>8}  "
                         f"{_num(r['loader_peak_mb'][n], 0):>10}  {first:>12}  "
                         + "  ".join(f"{c:>9}" for c in cells))
        for n in r.get("first_run_timeouts", []):
            lines.append(f"  at {_size(n)} the app did not open within {_num(r['page_first_run_s'][n], 0)} s: "
                         f"no page could be measured")
        for n, per_page in r["page_errors"].items():
            for p, msg in per_page.items():
                lines.append(f"  error at {_size(n)} on {p}: {msg}")
        builds = ", ".join(f"{_size(n)}: {_num(s, 1)} s ({r['store_mentions'][n]:,} mentions, "
                           f"Store.resolve {_num(r['store_resolve_s'][n], 1)} s)"
                           for n, s in r["store_build_s"].items())
        lines.append(f"  store build      {builds}")
        lines.append("  (>N: the page did not finish within the per-run timeout of N s; "
                     "first view: a fresh process opening the app)")
    lines.append("")
    lines.append("Targets")
    for t in r["targets"]:
        mark = {True: "met ", False: "MISS", None: "n/a "}[t["met"]]
        lines.append(f"  [{mark}] {t['target']:<45} {_num(t['value'], 2):>10}   goal {t['goal']}")
    lines.append("")
    lines.append(f"Total {r['elapsed_s']:.1f} s")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    """`python -m benchmarks.bench RESULTS.json`: the table of a run saved with `--json`."""
    if len(argv) != 1:
        print("usage: python -m benchmarks.bench RESULTS.json", file=sys.stderr)
        return 2
    with open(argv[0], encoding="utf-8") as fh:
        print(format_table(json.load(fh)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))


def cli_bench(args: argparse.Namespace) -> int:
    """Entry point of `python -m extraction bench`; exit 1 if a part failed (not merely skipped)."""
    cfg = QUICK if getattr(args, "quick", False) else FULL
    as_json = getattr(args, "json", False)
    results = run_bench(cfg, log=None if as_json else lambda m: print(m, file=sys.stderr, flush=True))
    if as_json:
        print(json.dumps(results, indent=2, default=str))
    else:
        print(format_table(results))
    return 1 if results["failed"] else 0
