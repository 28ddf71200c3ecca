"""Dashboard benchmark: the cached loader and every page under AppTest at N synthetic incidents.

For each size a temporary SQLite store is filled once with synthetic mentions (through the
store's own write path) and resolved; then, each in a fresh interpreter so that memory and
caches are honest, (1) the loader is timed and its peak RSS taken, and (2) every page of the
app is rendered with `streamlit.testing.v1.AppTest`: once cold (the loader runs), then
`page_repeats` times warm (the cache answers), as an analyst switching pages would see it.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from extraction.settings import PROJECT_ROOT

from .harness import Skipped, run_probe
from .storebench import add_one_article, fill_store, sqlite_url

APP = PROJECT_ROOT / "app.py"


def _common() -> Any:
    try:
        from pages import _common as ui
    except ImportError as exc:
        raise Skipped(f"dashboard not available yet ({exc})") from exc
    for name in ("load_frames", "_open_store", "revision", "PAGES"):
        if not hasattr(ui, name):
            raise Skipped(f"pages/_common.py has no {name}() yet")
    return ui


def find_loader() -> Callable[[], Any]:
    """The dashboard's one cached loader, called as the app calls it, on $DZM_DB_URL."""
    from extraction.settings import load_settings

    ui = _common()
    url = load_settings().db_url
    store = ui._open_store(url)
    return lambda: ui.load_frames(url, ui.revision(store))


def page_paths() -> dict[str, str]:
    """Page name -> script path, as the app's router lists them."""
    return dict(_common().PAGES)


def _timed_out(exc: Exception) -> bool:
    return isinstance(exc, RuntimeError) and "timed out" in str(exc)


def render_pages(repeats: int, timeout: float, first_timeout: float,
                 names: list[str] | None = None) -> dict[str, Any]:
    """In this process: the app under AppTest, then each page cold once and warm `repeats` times.

    A run longer than `timeout` seconds stops the probe (its script thread cannot be stopped):
    the result names the page in `timed_out` and the caller starts a new probe for the rest.
    The first run, which reads the store, may take up to `first_timeout` seconds.
    """
    import logging

    from streamlit.testing.v1 import AppTest

    logging.getLogger("streamlit").setLevel(logging.ERROR)
    pages = page_paths()
    todo = [n for n in (names or list(pages)) if n in pages]
    out: dict[str, Any] = {"pages": list(pages), "first_run_s": None, "cold_s": {}, "warm_s": {},
                           "errors": {}, "timed_out": None}
    at = AppTest.from_file(str(APP), default_timeout=timeout)
    at.switch_page(pages[todo[0]])
    current = todo[0]
    try:
        t0 = time.perf_counter()
        at.run(timeout=max(timeout, first_timeout))
        out["first_run_s"] = time.perf_counter() - t0
        for name in todo:
            current = name
            at.switch_page(pages[name])
            t0 = time.perf_counter()
            at.run()
            out["cold_s"][name] = time.perf_counter() - t0
            times = []
            for _ in range(max(1, repeats)):
                t0 = time.perf_counter()
                at.run()
                times.append(time.perf_counter() - t0)
            out["warm_s"][name] = statistics.median(times)
            if at.exception:
                out["errors"][name] = str(at.exception[0].message)[:300]
    except RuntimeError as exc:
        if not _timed_out(exc):
            raise
        out["timed_out"] = current
    return out


def _render_all(cfg: Any, env: dict[str, str], timeout: float) -> dict[str, Any]:
    """Every page, in as many fresh probes as timeouts require (a timed-out page counts `timeout`).

    When opening the app itself (the first run, which reads the store) times out, the pages
    cannot be measured at this size: they are all reported as timed out.
    """
    todo: list[str] = []  # empty: every page the app lists
    merged: dict[str, Any] = {"first_run_s": None, "cold_s": {}, "warm_s": {}, "errors": {},
                              "timeouts": [], "first_run_timed_out": False}
    while True:
        first = cfg.first_run_timeout
        res = run_probe(["pages", str(cfg.page_repeats), str(timeout), str(first), *todo], env=env,
                        timeout=timeout * (cfg.page_repeats + 3) * (len(todo) or 10) + 2 * first)
        todo = todo or list(res["pages"])
        if res["first_run_s"] is None:  # the app did not open in time
            merged["first_run_timed_out"] = True
            merged["first_run_s"] = max(timeout, first)
            for name in todo:
                merged["warm_s"].setdefault(name, timeout)
                merged["timeouts"].append(name)
            return merged
        if merged["first_run_s"] is None:
            merged["first_run_s"] = res["first_run_s"]
        for key in ("cold_s", "warm_s", "errors"):
            merged[key].update(res[key])
        done = set(res["warm_s"])
        if res["timed_out"]:
            merged["timeouts"].append(res["timed_out"])
            merged["warm_s"][res["timed_out"]] = timeout
            done.add(res["timed_out"])
        todo = [n for n in todo if n not in done]
        if not todo or not res["timed_out"]:
            return merged


def dashboard_times(cfg: Any) -> dict[str, Any]:
    """Loader time/memory and page render times at each size in cfg.dashboard_sizes."""
    if not APP.exists() or not (PROJECT_ROOT / "pages" / "_common.py").exists():
        raise Skipped("app.py / pages/_common.py not available yet")
    out: dict[str, Any] = {
        "loader_s": {}, "loader_peak_mb": {}, "loader_baseline_mb": {}, "loader_rows": {},
        "page_render_s": {}, "page_cold_s": {}, "page_first_run_s": {}, "page_render_max_s": {},
        "page_errors": {}, "page_timeouts": {}, "first_run_timeouts": [], "store_build_s": {}, "store_resolve_s": {},
        "store_mentions": {}, "store_incidents": {}, "store_add_one_s": {},
        "store_build_how": "bulk insert of the store's own rows, then Store.resolve()",
    }
    for n in cfg.dashboard_sizes:
        key = str(n)
        with tempfile.TemporaryDirectory(prefix="dzm-bench-dash-") as tmp:
            url = sqlite_url(Path(tmp))
            built = fill_store(url, n, f"{cfg.seed}-dash-{n}")
            out["store_build_s"][key] = built["put_s"] + built["resolve_s"]
            out["store_resolve_s"][key] = built["resolve_s"]
            out["store_mentions"][key] = built["mentions"]
            out["store_incidents"][key] = built["incidents"]
            env = {"DZM_DB_URL": url, "DZM_NO_DEMO": "1"}
            loader = run_probe(["loader"], env=env)
            out["loader_s"][key] = loader["seconds"]
            out["loader_peak_mb"][key] = loader["peak_rss_mb"]
            out["loader_baseline_mb"][key] = loader["baseline_rss_mb"]
            out["loader_rows"][key] = loader["rows"]
            pages = _render_all(cfg, env, cfg.page_timeout)
            out["page_render_s"][key] = pages["warm_s"]
            out["page_cold_s"][key] = pages["cold_s"]
            out["page_first_run_s"][key] = pages["first_run_s"]
            out["page_render_max_s"][key] = max(pages["warm_s"].values())
            if pages["errors"]:
                out["page_errors"][key] = pages["errors"]
            if pages["timeouts"]:
                out["page_timeouts"][key] = pages["timeouts"]
            if pages["first_run_timed_out"]:
                out["first_run_timeouts"].append(key)
            try:
                out["store_add_one_s"][key] = add_one_article(url, f"{cfg.seed}-add-{n}")
            except Skipped:
                pass
    return out
