"""A real browser through every page: `streamlit run app.py` + Playwright driving Debian's Chromium.

The server starts on a free localhost port with an empty temporary store, so the test also
walks the first-run path (the demo corpus is ingested with visible progress).  Every page
must render with no exception box and no console error; a screenshot of each lands in
test-artifacts/screenshots/.  Then the analyst's path from the issue: the seeds' incidents
on the timeline and the map, clicking a timeline marker selects it, and the 28 June 2021
Al-Omar ledger opens with its sentence highlighted.

Console errors that are expected offline and filtered (BENIGN below): the basemap style
and tiles from basemaps.cartocdn.com (the map's layers still draw without them), Google
font/icon files, and the 404s Streamlit's frontend gets while probing for its base path
when a page is opened by a deep link (/claims/_stcore/health).
"""

from __future__ import annotations

import math
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
SHOTS = ROOT / "test-artifacts" / "screenshots"
PAGES = ("Overview", "Timeline", "Map", "Claims", "Sources", "Articles", "Review", "Briefing")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
BENIGN = (
    re.compile(r"basemaps\.cartocdn\.com"),  # basemap style/tiles: no network here
    re.compile(r"^Error: Failed to fetch.*DeckGlJsonChart", re.S),  # the same, as the map logs it
    re.compile(r"fonts\.(gstatic|googleapis)\.com"),  # web fonts / icons
    re.compile(r"/[\w-]+/_stcore/(health|host-config)\b"),  # base-path probe on deep links
)

if not Path(CHROMIUM).exists():
    if os.environ.get("CI"):
        pytest.fail(f"{CHROMIUM} is missing in CI: `make browser` installs Debian's chromium")
    pytest.skip(f"{CHROMIUM} not installed (run `make browser`)", allow_module_level=True)

sync_api = pytest.importorskip("playwright.sync_api")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_healthy(base: str, proc: subprocess.Popen, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError("streamlit did not become healthy")


@pytest.fixture(scope="module")
def store_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """An empty SQLite store for the server (its first run fills it from the demo corpus)."""
    return f"sqlite:///{tmp_path_factory.mktemp('browser-store') / 'browser.sqlite'}"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, store_url: str) -> Iterator[str]:
    """`streamlit run app.py` on a free port with an empty store (first run builds the demo)."""
    tmp = tmp_path_factory.mktemp("browser")
    port = _free_port()
    env = {**os.environ, "DZM_DB_URL": store_url}
    env.pop("DZM_NO_DEMO", None)
    log = open(tmp / "streamlit.log", "w")  # noqa: SIM115 - closed below
    cmd = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
           "--server.port", str(port), "--server.address", "127.0.0.1",
           "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"]  # fmt: skip
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(base, proc)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
        SHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copy(tmp / "streamlit.log", SHOTS.parent / "streamlit.log")


@pytest.fixture(scope="module")
def browser_page(server: str) -> Iterator[tuple]:
    """One Chromium page, with every console error and page error collected."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1800})
        errors: list[str] = []
        page.on(
            "console",
            lambda m: (
                m.type == "error" and errors.append(f"{m.text} @ {m.location.get('url', '')}")
            ),
        )
        page.on("pageerror", lambda e: errors.append(f"pageerror: {e}"))
        try:
            yield page, errors
        finally:
            browser.close()


def _settle(page, timeout: float = 120_000) -> None:
    """Wait until Streamlit has finished the current run."""
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=timeout
    )
    page.wait_for_timeout(800)


def _real_errors(errors: list[str]) -> list[str]:
    return [e for e in errors if not any(b.search(e) for b in BENIGN)]


def _check(page, errors: list[str], name: str) -> None:
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
    boxes = page.locator('[data-testid="stException"]')
    assert boxes.count() == 0, f"{name}: exception box: {boxes.first.inner_text()[:500]}"
    real = _real_errors(errors)
    assert not real, f"{name}: console errors: {real}"


def _open(page, name: str) -> None:
    nav = page.locator('[data-testid="stSidebarNav"]')
    nav.get_by_role("link", name=name, exact=True).click()
    page.locator("h1", has_text=name if name != "Overview" else "Incident Monitor").first.wait_for()
    _settle(page)


def test_first_run_and_every_page(server: str, browser_page: tuple) -> None:
    page, errors = browser_page
    page.goto(server)
    # First run on an empty store: the demo corpus is ingested with a visible status.
    page.locator("h1", has_text="Incident Monitor").wait_for(timeout=180_000)
    _settle(page, timeout=180_000)
    page.locator('[data-testid="stSidebarNav"]').get_by_role("link", name="Overview").wait_for()
    assert page.get_by_text("Demo corpus ingested").count() == 1
    for name in PAGES:
        _open(page, name)
        if name == "Map":
            page.locator('[data-testid="stDeckGlJsonChart"] canvas').first.wait_for()
            page.wait_for_timeout(2500)  # let deck.gl draw before the screenshot
        if name == "Timeline":
            page.locator(".js-plotly-plot").first.wait_for()
        _check(page, errors, name.lower())


def _site_on_screen(store_url: str, box: dict) -> tuple[str, float, float]:
    """The busy site farthest from any other busy site, and its pixel position on the map
    (Web Mercator, deck.gl's 512-px tiles, the view the app frames with fit_view)."""
    from extraction import frames as fr
    from extraction.places import load_gazetteer
    from extraction.store import Store

    data = fr.build_frames(Store(store_url).incidents_report())
    gaz = [vars(s) for s in load_gazetteer().sites.values()]
    sites = fr.site_counts(fr.apply_filters(data.incidents, fr.Filters()), gaz)
    busy = sites[sites["incidents"] > 0].reset_index(drop=True)
    lat0, lon0, zoom = fr.fit_view(list(busy["lat"]), list(busy["lon"]))

    def gap(i: int) -> float:
        others = busy.drop(index=i)
        return float(
            (
                (others["lat"] - busy.at[i, "lat"]) ** 2 + (others["lon"] - busy.at[i, "lon"]) ** 2
            ).min()
        )

    i = max(range(len(busy)), key=gap)
    scale = 512 * 2**zoom

    def merc(lat: float) -> float:
        return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))

    x = box["x"] + box["width"] / 2 + (busy.at[i, "lon"] - lon0) * scale / 360
    y = (
        box["y"]
        + box["height"] / 2
        - (merc(busy.at[i, "lat"]) - merc(lat0)) * scale / (2 * math.pi)
    )
    return str(busy.at[i, "name"]), x, y


def test_seeds_on_timeline_and_map(server: str, browser_page: tuple, store_url: str) -> None:
    page, errors = browser_page
    page.goto(server)
    _settle(page)
    _open(page, "Timeline")
    points = page.locator(".js-plotly-plot .scatterlayer path.point")
    points.first.wait_for()
    assert points.count() >= 3, "the seeds' incidents are on the timeline"
    points.first.click(force=True)  # clicking a marker selects its incident
    page.get_by_role("button", name="Open its claims ledger").wait_for(timeout=30_000)
    _settle(page)
    _check(page, errors, "timeline-selected")
    _open(page, "Map")
    chart = page.locator('[data-testid="stDeckGlJsonChart"]')
    chart.locator("canvas").first.wait_for()
    page.wait_for_timeout(2500)
    assert page.get_by_role("heading", name=re.compile("^Incidents at")).count() == 1
    name, x, y = _site_on_screen(store_url, chart.bounding_box())
    picker = page.get_by_role("combobox", name="Show the incidents at")
    assert not picker.input_value().startswith(name)
    page.mouse.move(x, y)  # deck.gl picks on hover, then the click selects
    page.wait_for_timeout(400)
    page.mouse.down()
    page.mouse.up()
    page.get_by_role("heading", name=re.compile(f"Incidents at {re.escape(name)}")).wait_for(
        timeout=30_000
    )
    _settle(page)
    assert picker.input_value().startswith(name), "clicking a site on the map lists its incidents"
    _check(page, errors, "map-site")


def test_al_omar_ledger_with_highlighted_sentence(server: str, browser_page: tuple) -> None:
    page, errors = browser_page
    page.goto(server)
    _settle(page)
    _open(page, "Claims")
    picker = page.get_by_role("combobox", name="Incident")
    picker.click()
    option = page.get_by_role("option", name=re.compile(r"2021-06-28 · Al-Omar"))
    option.first.click()
    page.get_by_text("2021-06-28 (day precision)").wait_for()  # the rerun has drawn this incident
    _settle(page)
    assert picker.input_value().startswith("2021-06-28 · Al-Omar")
    page.get_by_text("Ledger").first.wait_for()
    focus = page.locator("mark.dzm-focus")
    focus.first.wait_for()
    assert focus.first.inner_text().strip(), "the claim's sentence is highlighted in context"
    _check(page, errors, "claims-al-omar")
    page.goto(page.url)  # the URL carries the selection: a shared link opens the same ledger
    _settle(page)
    assert page.get_by_role("combobox", name="Incident").input_value().startswith("2021-06-28")
    page.locator("mark.dzm-focus").first.wait_for()
    page.get_by_role("button", name="Open the whole article").click()
    page.locator("h1", has_text="Articles").wait_for()
    _settle(page)
    assert page.locator("div.dzm-article mark").count() > 0, "the reader highlights evidence"
    _check(page, errors, "article-reader")
