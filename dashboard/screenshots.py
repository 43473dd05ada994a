"""Screenshots of the dashboard's main views, for the docs: map, side panel after a click, timeline, article.

Ingests ``seeds/`` (the seed and the demo corpus) into a fresh database, starts the app on a free port with
no base tiles (offline: nothing leaves this machine), drives Debian's Chromium through Playwright, and
writes PNGs to ``docs/screenshots/``. Waits on conditions, never on fixed sleeps.

    .venv/bin/python dashboard/screenshots.py [--out docs/screenshots] [--db existing.sqlite]
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
MAP_IFRAME = 'iframe[title="streamlit_folium.st_folium"]'
IDLE = "[data-testid='stApp'][data-test-script-state='notRunning']"
# The war of autumn 2020, where the demo corpus is; the URL carries the view like a shared link does.
VIEW = "?from=2020-09-27&to=2020-11-10"
CAUCASUS = (40.1, 46.4, 6)  # lat, lon, zoom
FOCUS_PLACE = "gn:146970"  # Khankendi / Stepanakert
SHOW_MARKER_JS = """key => new Promise(done => {
    const g = window.gdLayers;
    const all = g.pins.getLayers().concat(g.areas.getLayers());
    const hit = all.find(l => l.feature && l.feature.properties.key === key);
    if (!hit) return done(false);
    const cluster = Object.values(window.map._layers).find(l => l instanceof L.MarkerClusterGroup);
    if (hit.gdMarker || !cluster) return done(true);
    cluster.zoomToShowLayer(hit, () => done(true));
})"""
MARKER_BOX_JS = """key => {
    const g = window.gdLayers;
    const hit = g.pins.getLayers().concat(g.areas.getLayers()).find(l => l.feature.properties.key === key);
    const m = hit && (hit.gdMarker || hit);
    if (!m || !m._icon) return null;
    const r = m._icon.getBoundingClientRect();
    return {x: r.x + r.width / 2, y: r.y + r.height / 2};
}"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def app_server(db: Path) -> Iterator[str]:
    """The app on a free port against ``db`` with no tiles; stopped on exit."""
    port = free_port()
    env = {**os.environ, "GEODATA_DB": str(db), "GEODATA_TILES": "none"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "dashboard/app.py", "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
         "--server.fileWatcherType", "none"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the Streamlit server did not start")
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                    if r.read().strip() == b"ok":
                        break
            except OSError:
                time.sleep(0.1)  # polling interval
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()


def seed_db(path: Path) -> None:
    from geodata.ingest import ingest_paths
    from geodata.store import open_store

    with open_store(path) as store:
        summary = ingest_paths([str(ROOT / "seeds")], store, progress=False)
    print(f"seeds: {summary.line()}")


def _ready(page: Any) -> Any:
    """Wait for the app to be idle after the map reported back; returns the map's frame."""
    page.locator(".gd-legend[data-synced='1']").wait_for(state="attached", timeout=90_000)
    page.wait_for_selector(IDLE, timeout=90_000)
    page.locator(MAP_IFRAME).scroll_into_view_if_needed()
    frame = page.locator(MAP_IFRAME).element_handle(timeout=30_000).content_frame()
    frame.wait_for_function("() => window.gdLayers && window.countryOutlines", timeout=30_000)
    return frame


def take(url: str, out: Path) -> list[Path]:
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1500, "height": 1050}, device_scale_factor=1)
        page.goto(url + VIEW)
        frame = _ready(page)
        lat, lon, zoom = CAUCASUS
        frame.evaluate(f"() => window.map.setView([{lat}, {lon}], {zoom}, {{animate: false}})")
        frame.wait_for_function("() => document.querySelectorAll('.gd-marker').length > 3", timeout=30_000)
        page.evaluate("() => window.scrollTo(0, 0)")
        shots.append(out / "01-map.png")
        page.screenshot(path=str(shots[-1]), full_page=True)

        if not frame.evaluate(SHOW_MARKER_JS, FOCUS_PLACE):
            raise RuntimeError(f"{FOCUS_PLACE} is not on the map")
        page.locator(MAP_IFRAME).scroll_into_view_if_needed()
        frame.wait_for_function(f"() => ({MARKER_BOX_JS})({FOCUS_PLACE!r}) !== null", timeout=30_000)
        centre = frame.evaluate(MARKER_BOX_JS, FOCUS_PLACE)
        box = page.locator(MAP_IFRAME).bounding_box()
        page.mouse.click(box["x"] + centre["x"], box["y"] + centre["y"])
        page.locator(".gd-panel").wait_for(timeout=60_000)
        page.wait_for_selector(IDLE, timeout=60_000)
        frame.locator(".leaflet-popup-content").wait_for(timeout=30_000)
        shots.append(out / "02-panel.png")
        page.screenshot(path=str(shots[-1]))

        chart = page.locator('[data-testid="stVegaLiteChart"]')
        chart.scroll_into_view_if_needed()
        chart.locator("canvas, svg").first.wait_for(timeout=30_000)
        shots.append(out / "03-timeline.png")
        chart_box = chart.bounding_box()
        page.screenshot(path=str(shots[-1]), clip={"x": chart_box["x"] - 20, "y": chart_box["y"] - 90,
                                                    "width": chart_box["width"] + 40,
                                                    "height": chart_box["height"] + 110})

        page.locator(".gd-panel a.gd-article-link").first.click()
        page.locator(".gd-article-text").wait_for(timeout=60_000)
        page.wait_for_selector(IDLE, timeout=60_000)
        page.locator('[data-testid="stDataFrame"] canvas').first.wait_for(timeout=30_000)
        shots.append(out / "04-article.png")
        page.screenshot(path=str(shots[-1]), full_page=True)
        browser.close()
    return shots


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--db", type=Path, help="an existing database (default: seeds/ ingested afresh)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            db = Path(tmp) / "seeds.sqlite"
            seed_db(db)
        with app_server(db) as url:
            for shot in take(url, args.out):
                print(shot.relative_to(ROOT) if shot.is_relative_to(ROOT) else shot)


if __name__ == "__main__":
    main()
