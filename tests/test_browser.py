"""The real app in Debian's Chromium: markers, popup, side panel, date slider, no outside requests, no XSS.

Starts ``streamlit run dashboard/app.py`` on a free port against a temporary database with
``GEODATA_TILES=none``, and intercepts every request the page makes: anything not addressed to
127.0.0.1/localhost is recorded and aborted, and the test fails if there was any. Waits on conditions,
never on fixed sleeps. Screenshots go to ``test-artifacts/``.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import dashboard_data as data
import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
LOCAL_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}
MAP_IFRAME = 'iframe[title="streamlit_folium.st_folium"]'
APP_IDLE = "[data-testid='stApp'][data-test-script-state='notRunning']"
# Number of places on the map: exact places in the marker cluster plus unclustered areas (countries, regions);
# both layers are re-created on every rerun and registered as window.gdLayers.{pins,areas}.
MARKER_COUNT_JS = """() => {
    const g = window.gdLayers;
    return g && g.pins && g.areas ? g.pins.getLayers().length + g.areas.getLayers().length : -1;
}"""
MARKER_BOX_JS = """key => {
    const g = window.gdLayers;
    if (!g) return null;
    const all = g.pins.getLayers().concat(g.areas.getLayers());
    const hit = all.find(l => l.feature && l.feature.properties.key === key);
    const m = hit && (hit.gdMarker || hit);
    if (!m || !m._icon) return null;
    const r = m._icon.getBoundingClientRect();
    return {x: r.x + r.width / 2, y: r.y + r.height / 2};
}"""

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"Debian's Chromium ({CHROMIUM}) is not installed: "
                                                     "apt-get install -y chromium"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_healthy(url: str, proc: subprocess.Popen[bytes], timeout: float = 90.0) -> None:
    """Poll /_stcore/health until it answers 'ok' (or the server died / the timeout passed)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.status == 200 and r.read().strip() == b"ok":
                    return
        except OSError:
            pass
        time.sleep(0.1)  # polling interval, not a wait for a condition
    raise TimeoutError(f"{url} not healthy after {timeout} s")


def ensure_assets() -> None:
    """Vendor assets present (fetched if not), or the browser tests are skipped."""
    from dashboard import offline

    if offline.missing_assets():
        fetched = subprocess.run([sys.executable, str(ROOT / "scripts" / "fetch_assets.py")], check=False,
                                 cwd=ROOT, capture_output=True, text=True)
        if fetched.returncode != 0 or offline.missing_assets():
            pytest.skip(f"vendor assets missing and scripts/fetch_assets.py failed: {fetched.stderr[-400:]}")


@contextmanager
def run_server(db: Path, log_dir: Path) -> Iterator[str]:
    """``streamlit run dashboard/app.py`` on a free port against ``db``, offline tiles; yields its URL."""
    port = free_port()
    env = {**os.environ, "GEODATA_DB": str(db), "GEODATA_TILES": "none", "PYTHONUNBUFFERED": "1"}
    log = (log_dir / f"streamlit-{port}.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "dashboard/app.py", "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
         "--server.fileWatcherType", "none", "--server.enableStaticServing", "true"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app against the standard database plus one hostile article."""
    ensure_assets()
    tmp = tmp_path_factory.mktemp("browser")
    with run_server(data.build(tmp / "browser.sqlite", xss=True), tmp) as url:
        yield url


@dataclass
class Session:
    """One page with request interception, dialog and console capture."""

    page: Any
    outside: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)

    def map_frame(self) -> Any:
        handle = self.page.locator(MAP_IFRAME).element_handle(timeout=30_000)
        frame = handle.content_frame()
        assert frame is not None
        return frame

    def wait_idle(self) -> None:
        self.page.wait_for_selector(APP_IDLE, timeout=60_000)

    def marker_count(self) -> int:
        return int(self.map_frame().evaluate(MARKER_COUNT_JS))

    def wait_markers(self, n: int) -> None:
        self.map_frame().wait_for_function(f"() => ({MARKER_COUNT_JS})() === {n}", timeout=30_000)

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


@pytest.fixture()
def session(server: str) -> Iterator[Session]:
    """A fresh browser page; ``server`` is requested so the app is up before the browser starts."""
    with browser_session() as s:
        yield s


@contextmanager
def browser_session() -> Iterator[Session]:
    """Chromium with every request outside localhost recorded and aborted, and dialogs recorded."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        s = Session(page)

        def route(r: Any) -> None:
            url = r.request.url
            s.requests.append(url)
            host = urlsplit(url).hostname or ""
            if url.startswith(("data:", "blob:", "about:")) or host in LOCAL_HOSTS:
                r.continue_()
            else:
                s.outside.append(url)
                r.abort()

        context.route("**/*", route)

        def on_dialog(d: Any) -> None:
            s.dialogs.append(d.message)
            d.dismiss()

        page.on("dialog", on_dialog)
        try:
            yield s
        finally:
            context.close()
            browser.close()


def open_app(s: Session, url: str) -> None:
    t0 = time.perf_counter()
    s.page.goto(url)
    s.wait_idle()
    s.page.frame_locator(MAP_IFRAME).locator(".gd-marker").first.wait_for(timeout=60_000)
    s.timings["first_map_s"] = round(time.perf_counter() - t0, 2)
    wait_synced(s)


def wait_synced(s: Session) -> None:
    """Wait until the map has reported back and the run that caused is over (nothing is replaced after)."""
    s.page.locator(".gd-legend[data-synced='1']").wait_for(state="attached", timeout=60_000)
    s.wait_idle()


def click_marker(s: Session, key: str) -> None:
    """A real mouse click on the marker's icon (page coordinates = iframe offset + icon centre).

    The map is scrolled fully into view first: clicking a map that sticks out below the fold scrolls the page
    (Leaflet focuses the map on mousedown), and the mouseup then lands elsewhere.
    """
    s.page.locator(MAP_IFRAME).scroll_into_view_if_needed()
    frame = s.map_frame()
    frame.wait_for_function(f"() => ({MARKER_BOX_JS})({json.dumps(key)}) !== null", timeout=30_000)
    centre = frame.evaluate(MARKER_BOX_JS, key)
    box = s.page.locator(MAP_IFRAME).bounding_box()
    s.page.mouse.click(box["x"] + centre["x"], box["y"] + centre["y"])


def summary_text(s: Session) -> str:
    return str(s.page.get_by_text("in view").first.inner_text())


def test_map_click_popup_panel_and_slider_offline(server: str, session: Session) -> None:
    s = session
    open_app(s, server)
    s.wait_markers(data.DEFAULT_PLACES)
    assert summary_text(s) == "7 mentions of 5 places from 4 articles in view"
    frame = s.page.frame_locator(MAP_IFRAME)
    assert frame.locator(".gd-area").count() == 2  # Armenia (country) and New South Wales (region)
    assert frame.locator(".gd-pin").count() == 3
    s.map_frame().wait_for_function("() => window.countryOutlines !== undefined", timeout=30_000)
    s.shot("browser-01-map")

    t0 = time.perf_counter()
    click_marker(s, data.PARIS.key)
    popup = frame.locator(".leaflet-popup-content")
    popup.wait_for(timeout=10_000)
    assert "Protesters gathered again in Paris on 19 December." in popup.inner_text()
    assert popup.locator("mark").first.inner_text() == "Paris"
    panel = s.page.locator(".gd-panel")
    panel.wait_for(timeout=30_000)
    s.timings["click_to_panel_s"] = round(time.perf_counter() - t0, 2)
    s.wait_idle()
    cards = panel.locator(".gd-card")
    assert cards.count() == 2
    assert "Paris again" in cards.nth(0).inner_text()  # 2020-12-19 first: newest first
    assert "Fighting was reported in Paris on Monday." in cards.nth(1).inner_text()
    assert "event 2020-09-28" in cards.nth(1).inner_text()
    s.shot("browser-02-clicked")

    # Keyboard on the upper thumb of the date slider: Home moves it down to the lower thumb (2020-09-28).
    t0 = time.perf_counter()
    slider = s.page.locator('[data-testid="stSlider"]').filter(has_text="Event dates")
    upper = slider.locator('input[type="range"]').nth(1)
    upper.focus()
    upper.press("Home")
    s.wait_markers(1)
    s.timings["slider_to_markers_s"] = round(time.perf_counter() - t0, 2)
    s.wait_idle()
    assert summary_text(s) == "1 mention of 1 place from 1 article in view"
    s.page.get_by_text("Fighting was reported in").wait_for(timeout=30_000)  # panel follows the filter
    assert s.page.locator(".gd-card").count() == 1
    end_input = s.page.locator('[data-testid="stDateInput"] input').nth(1).input_value()
    assert end_input.replace("/", "-") == "2020-09-28"
    s.shot("browser-03-slider")

    upper.focus()
    upper.press("End")
    s.wait_markers(data.DEFAULT_PLACES)

    assert s.outside == [], f"requests to other hosts: {s.outside}"
    assert any("/app/static/vendor/leaflet-1.9.4/leaflet.js" in u for u in s.requests)
    assert any(u.endswith("/app/static/vendor/countries.geojson") for u in s.requests)
    (ARTIFACTS / "browser-timings.json").write_text(json.dumps(s.timings, indent=1) + "\n")


def test_hostile_article_is_shown_as_text_and_nothing_runs(server: str, session: Session) -> None:
    s = session
    open_app(s, server)
    click_marker(s, data.TOKYO.key)
    frame = s.page.frame_locator(MAP_IFRAME)
    popup = frame.locator(".leaflet-popup-content")
    popup.wait_for(timeout=10_000)
    assert '<img src=x onerror="window.__xss=1">' in popup.inner_text()
    assert "<b onmouseover=alert(1)>Evil</b>" in popup.inner_text()
    panel = s.page.locator(".gd-panel")
    panel.wait_for(timeout=30_000)
    s.wait_idle()
    assert data.XSS_TITLE in panel.inner_text()
    assert "[details](javascript:window.__xss=1)" not in panel.inner_text()  # not in the sentence shown
    # Hover the hostile source label and title, in case anything became an element with handlers.
    panel.get_by_text("Evil", exact=False).first.hover()
    frame.locator(".leaflet-popup-content small").first.hover()
    s.shot("browser-04-xss")
    map_frame = s.map_frame()
    for scope in (s.page, map_frame):
        assert scope.evaluate("() => window.__xss") is None
        assert scope.evaluate("() => document.querySelectorAll('a[href^=\"javascript\" i]').length") == 0
    assert panel.locator("img, script, b[onmouseover]").count() == 0
    assert frame.locator(".leaflet-popup-content img, .leaflet-popup-content script").count() == 0
    assert s.dialogs == []
    assert s.outside == [], f"requests to other hosts: {s.outside}"
