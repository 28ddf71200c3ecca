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
from .storebench import fill_store, sqlite_url

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


def render_pages(repeats: int, timeout: float = 600) -> dict[str, Any]:
    """In this process: the app under AppTest, each page cold once then warm `repeats` times."""
    import logging

    from streamlit.testing.v1 import AppTest

    logging.getLogger("streamlit").setLevel(logging.ERROR)
    pages = page_paths()
    at = AppTest.from_file(str(APP), default_timeout=timeout)
    t0 = time.perf_counter()
    at.run()
    first = time.perf_counter() - t0
    errors: dict[str, str] = {}
    if at.exception:
        errors["overview"] = str(at.exception[0].message)[:300]
    cold: dict[str, float] = {}
    warm: dict[str, float] = {}
    for name, path in pages.items():
        at.switch_page(path)
        t0 = time.perf_counter()
        at.run()
        cold[name] = time.perf_counter() - t0
        times = []
        for _ in range(max(1, repeats)):
            t0 = time.perf_counter()
            at.run()
            times.append(time.perf_counter() - t0)
        warm[name] = statistics.median(times)
        if at.exception and name not in errors:
            errors[name] = str(at.exception[0].message)[:300]
    return {"first_run_s": first, "cold_s": cold, "warm_s": warm, "errors": errors}


def dashboard_times(cfg: Any) -> dict[str, Any]:
    """Loader time/memory and page render times at each size in cfg.dashboard_sizes."""
    if not APP.exists() or not (PROJECT_ROOT / "pages" / "_common.py").exists():
        raise Skipped("app.py / pages/_common.py not available yet")
    out: dict[str, Any] = {
        "loader_s": {}, "loader_peak_mb": {}, "loader_baseline_mb": {}, "loader_rows": {},
        "page_render_s": {}, "page_cold_s": {}, "page_first_run_s": {}, "page_render_max_s": {},
        "page_errors": {}, "store_build_s": {}, "store_resolve_s": {}, "store_mentions": {},
        "store_incidents": {},
        "store_build_how": "Store.put_article per synthetic article, then Store.resolve()",
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
            pages = run_probe(["pages", str(cfg.page_repeats)], env=env)
            out["page_render_s"][key] = pages["warm_s"]
            out["page_cold_s"][key] = pages["cold_s"]
            out["page_first_run_s"][key] = pages["first_run_s"]
            out["page_render_max_s"][key] = max(pages["warm_s"].values())
            if pages["errors"]:
                out["page_errors"][key] = pages["errors"]
    return out
