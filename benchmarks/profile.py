"""Profile one benchmark part with cProfile, to say *why* a target is missed.

    python -m benchmarks.profile extract [N]          # N typical synthetic articles (300)
    python -m benchmarks.profile resolve [N]          # pure resolver on N mentions (100000)
    python -m benchmarks.profile store-resolve [N]    # Store.resolve() over N incidents' mentions
    python -m benchmarks.profile loader [N]           # the dashboard loader at N incidents
    python -m benchmarks.profile page NAME [N]        # one page under AppTest at N incidents (warm)

Prints the functions with the most own time and the project functions with the most
cumulative time, each with its share of the total.
"""

from __future__ import annotations

import cProfile
import os
import pstats
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from extraction.settings import PROJECT_ROOT


def report(prof: pstats.Stats, wall: float, top: int = 20) -> str:
    """Top functions by own time, and project functions by cumulative time, as % of the total."""
    stats: dict[Any, Any] = prof.stats  # type: ignore[attr-defined]
    total = sum(v[2] for v in stats.values()) or 1e-9
    lines = [f"wall {wall:.3f} s, profiled {total:.3f} s", "", "own time:"]

    def name(key: tuple[str, int, str]) -> str:
        file, line, func = key
        try:
            file = str(Path(file).resolve().relative_to(PROJECT_ROOT))
        except ValueError:
            file = Path(file).name
        return f"{file}:{line}({func})"

    for key, v in sorted(stats.items(), key=lambda kv: -kv[1][2])[:top]:
        lines.append(f"  {100 * v[2] / total:5.1f}%  {v[2]:8.3f} s  {v[1]:>9} calls  {name(key)}")
    lines += ["", "cumulative, project code:"]
    ours = [(k, v) for k, v in stats.items()
            if str(PROJECT_ROOT) in k[0] and ".venv" not in k[0] and "benchmarks" not in k[0]]
    for key, v in sorted(ours, key=lambda kv: -kv[1][3])[:top]:
        lines.append(f"  {100 * v[3] / total:5.1f}%  {v[3]:8.3f} s  {v[1]:>9} calls  {name(key)}")
    return "\n".join(lines)


def profile_call(fn: Callable[[], Any]) -> tuple[pstats.Stats, float]:
    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    fn()
    prof.disable()
    return pstats.Stats(prof), time.perf_counter() - t0


def profile_threads(fn: Callable[[], Any]) -> tuple[pstats.Stats, float]:
    """Profile the threads `fn` starts (AppTest runs the script in its own thread; the calling
    thread only waits), or `fn` itself when it starts none."""
    profiles: list[cProfile.Profile] = []

    def start_in_thread(*_: Any) -> None:
        sys.setprofile(None)
        p = cProfile.Profile()
        profiles.append(p)
        p.enable()

    main = cProfile.Profile()
    threading.setprofile(start_in_thread)
    t0 = time.perf_counter()
    main.enable()
    try:
        fn()
    finally:
        main.disable()
        threading.setprofile(None)  # type: ignore[arg-type]
    wall = time.perf_counter() - t0
    for p in profiles:
        p.disable()
    if not profiles:
        return pstats.Stats(main), wall
    stats = pstats.Stats(profiles[0])
    for p in profiles[1:]:
        stats.add(p)
    return stats, wall


def _with_store(n: int, work: Callable[[str], tuple[pstats.Stats, float]]) -> str:
    from .storebench import fill_store, sqlite_url

    with tempfile.TemporaryDirectory(prefix="dzm-profile-") as tmp:
        url = sqlite_url(Path(tmp))
        built = fill_store(url, n, f"profile-{n}")
        os.environ["DZM_DB_URL"] = url
        os.environ["DZM_NO_DEMO"] = "1"
        head = (f"store: {built['mentions']} mentions, {built['incidents']} incidents "
                f"(build {built['put_s']:.1f} s, Store.resolve {built['resolve_s']:.1f} s)\n")
        return head + report(*work(url))


def main(argv: list[str]) -> int:
    kind = argv[0] if argv else ""
    if kind == "extract":
        from extraction.pipeline import extract

        from .corpus import make_corpus

        corpus = make_corpus(int(argv[1]) if len(argv) > 1 else 300, "2024")
        extract(corpus[0].text)
        print(report(*profile_call(lambda: [
            extract(a.text, published=a.published, outlet=a.outlet, url=a.url) for a in corpus])))
    elif kind == "resolve":
        from extraction.resolve import resolve

        from .corpus import load_sites, make_mentions
        from .storebench import sourced

        items = sourced(make_mentions(int(argv[1]) if len(argv) > 1 else 100_000, "2024-resolve",
                                      load_sites()[0]))
        print(report(*profile_call(lambda: resolve(items))))
    elif kind == "store-resolve":
        from extraction.store import Store

        print(_with_store(int(argv[1]) if len(argv) > 1 else 10_000,
                          lambda url: profile_call(Store(url).resolve)))
    elif kind == "loader":
        from .dashboard import find_loader

        print(_with_store(int(argv[1]) if len(argv) > 1 else 10_000,
                          lambda url: profile_call(find_loader())))
    elif kind == "page":
        page = argv[1]
        n = int(argv[2]) if len(argv) > 2 else 1_000

        def warm_page(url: str) -> tuple[pstats.Stats, float]:
            from streamlit.testing.v1 import AppTest

            from .dashboard import APP, page_paths

            at = AppTest.from_file(str(APP), default_timeout=900)
            at.run()
            at.switch_page(page_paths()[page])
            at.run()  # cold: fills the cache
            return profile_threads(at.run)

        print(_with_store(n, warm_page))
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
