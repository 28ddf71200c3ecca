"""Measurements that must run in a fresh interpreter so that peak memory is honest.

`python -m benchmarks.probe extract N SEED` extracts a synthetic corpus once;
`python -m benchmarks.probe loader` runs the dashboard's loader against $DZM_DB_URL;
`python -m benchmarks.probe pages R T F [PAGE...]` renders pages under AppTest (cold, then R warm
runs; T is the timeout of one run, F that of the app's first run).
Each prints one JSON line (timings in seconds, memory as peak RSS in MiB).
"""

from __future__ import annotations

import json
import os
import sys
import time

from .harness import peak_rss_mb


def probe_extract(n: int, seed: str) -> dict[str, float]:
    """Peak memory of a fresh process extracting `n` typical articles."""
    base = peak_rss_mb()
    from extraction.pipeline import extract

    from .corpus import make_corpus

    corpus = make_corpus(n, seed)

    t0 = time.perf_counter()
    for a in corpus:
        extract(a.text, published=a.published, outlet=a.outlet, url=a.url)
    return {"seconds": time.perf_counter() - t0, "peak_rss_mb": peak_rss_mb(),
            "baseline_rss_mb": base}


def probe_loader() -> dict[str, float]:
    """Time and peak memory of the dashboard's cached loader reading the store at $DZM_DB_URL."""
    from .dashboard import find_loader

    import_rss = peak_rss_mb()
    loader = find_loader()
    base = peak_rss_mb()
    t0 = time.perf_counter()
    data = loader()
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "peak_rss_mb": peak_rss_mb(), "baseline_rss_mb": base,
            "python_rss_mb": import_rss, "rows": _rows(data)}


def _rows(data: object) -> int:
    """Number of incidents in whatever the loader returned (a DataFrame or a Frames bundle)."""
    frame = getattr(data, "incidents", data)
    try:
        return len(frame)  # type: ignore[arg-type]
    except TypeError:
        return -1


def main(argv: list[str]) -> int:
    kind = argv[0] if argv else ""
    if kind == "extract":
        out = probe_extract(int(argv[1]), argv[2])
    elif kind == "loader":
        out = probe_loader()
    elif kind == "pages":
        from .dashboard import render_pages

        out = render_pages(int(argv[1]), float(argv[2]), float(argv[3]), argv[4:])
        if out["timed_out"]:  # the page's script thread is still running: leave at once
            print(json.dumps(out), flush=True)
            os._exit(0)
    else:
        print(f"unknown probe {kind!r}", file=sys.stderr)
        return 2
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
