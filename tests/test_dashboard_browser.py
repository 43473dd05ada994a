"""The analyst's workflows in a real Chromium against a real Streamlit server (offline, no fixed sleeps):
playback, the article view (and a hostile article in it), a shared link, the three downloads, and upload.

Uses the server/session helpers of ``test_browser.py``; every test also checks that nothing left localhost.
The upload test gets its own server and database, so the articles it adds never change other tests' counts.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import dashboard_data as data
import pandas as pd
import pytest
from test_browser import (
    CHROMIUM,
    Session,
    browser_session,
    click_marker,
    ensure_assets,
    open_app,
    run_server,
    session,
    summary_text,
    wait_synced,
)

from geodata.export import EXPORT_COLUMNS

__all__ = ["session"]  # the fixture, re-used: it starts Chromium against this module's `server`

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"Debian's Chromium ({CHROMIUM}) is not installed"),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    ensure_assets()
    tmp = tmp_path_factory.mktemp("dash-browser")
    with run_server(data.build(tmp / "dash.sqlite", xss=True), tmp) as url:
        yield url


def end_date(s: Session) -> str:
    return str(s.page.locator(".st-key-end_date input").input_value()).replace("/", "-")


def wait_end_date(s: Session, value: str, timeout: float = 30_000) -> None:
    s.page.wait_for_function(
        "v => { const i = document.querySelector('.st-key-end_date input');"
        " return i && i.value.replaceAll('/', '-') === v; }", arg=value, timeout=timeout)


def no_outside_requests(s: Session) -> None:
    assert s.outside == [], f"requests to other hosts: {s.outside}"


def test_playback_steps_the_window_and_pauses(server: str, session: Session) -> None:
    s = session
    open_app(s, server)
    s.wait_markers(data.DEFAULT_PLACES)
    s.page.locator(".st-key-play button").first.click()
    wait_end_date(s, "2020-10-04")  # first window: 7 days from the first date
    s.wait_markers(2)  # Paris (09-28), Tokyo (10-01, 10-05 is out)
    wait_end_date(s, "2020-10-05")  # a tick moved the window one day on, without any click
    wait_end_date(s, "2020-10-06")
    s.page.locator(".st-key-pause button").first.click()
    s.page.locator(".st-key-play button").first.wait_for(timeout=30_000)
    s.wait_idle()
    paused_at = end_date(s)
    with pytest.raises(Exception, match="Timeout"):  # paused: no tick changes the window any more
        s.page.wait_for_function(
            "v => document.querySelector('.st-key-end_date input').value.replaceAll('/', '-') !== v",
            arg=paused_at, timeout=2_500)
    assert s.page.locator('[data-testid="stVegaLiteChart"]').count() == 1
    no_outside_requests(s)


def test_article_view_from_the_panel_and_back(server: str, session: Session) -> None:
    s = session
    open_app(s, server)
    click_marker(s, data.PARIS.key)
    panel = s.page.locator(".gd-panel")
    panel.wait_for(timeout=30_000)
    s.wait_idle()
    assert "selected=gn%3A2988507" in s.page.url or "selected=gn:2988507" in s.page.url
    panel.locator("a.gd-article-link").first.click()
    s.page.locator(".gd-article-text").wait_for(timeout=30_000)
    s.wait_idle()
    assert "article=" in s.page.url
    assert s.page.locator(".gd-article-title").inner_text() == "Paris again"
    marks = s.page.locator(".gd-article-text mark")
    assert [marks.nth(i).inner_text() for i in range(marks.count())] == ["Paris", "New South Wales"]
    assert "event 2020-12-19" in str(marks.nth(0).get_attribute("title"))
    s.shot("dash-article")
    s.page.locator("a.gd-back").click()
    s.page.locator(".gd-panel").wait_for(timeout=30_000)  # back on the map with Paris still open
    s.wait_idle()
    assert "article=" not in s.page.url
    assert s.page.locator(".gd-card").count() == 2
    no_outside_requests(s)


def test_hostile_article_view_shows_text_and_runs_nothing(server: str, session: Session) -> None:
    s = session
    s.page.goto(server + "?q=Breaking")
    wait_synced(s)
    s.wait_markers(1)
    click_marker(s, data.TOKYO.key)
    s.page.locator(".gd-panel a.gd-article-link").first.click()
    text = s.page.locator(".gd-article-text")
    text.wait_for(timeout=30_000)
    s.wait_idle()
    assert '<img src=x onerror="window.__xss=1">' in text.inner_text()
    assert "<script>window.__xss=1</script>" in text.inner_text()
    assert "[details](javascript:window.__xss=1)" in text.inner_text()
    assert s.page.locator(".gd-article-title").inner_text() == data.XSS_TITLE
    text.get_by_text("more", exact=False).first.hover()
    assert s.page.evaluate("() => window.__xss") is None
    assert s.page.evaluate("() => document.querySelectorAll('a[href^=\"javascript\" i]').length") == 0
    assert s.page.locator(".gd-article img, .gd-article script, .gd-article b").count() == 0
    assert s.dialogs == []
    no_outside_requests(s)


def test_a_shared_link_reproduces_the_view(server: str, session: Session) -> None:
    s = session
    s.page.goto(server + "?from=2020-09-28&to=2020-10-02&selected=gn%3A2988507")
    wait_synced(s)
    s.wait_markers(2)
    assert summary_text(s) == "2 mentions of 2 places from 1 article in view"
    assert end_date(s) == "2020-10-02"
    cards = s.page.locator(".gd-card")
    cards.first.wait_for(timeout=30_000)
    assert cards.count() == 1 and "Fighting was reported in Paris" in cards.first.inner_text()
    # Changing a filter on the page writes it into the URL, ready to be copied.
    s.page.locator(".st-key-quick_all button").first.click()
    s.page.wait_for_function("() => !location.search.includes('from=')", timeout=30_000)
    s.wait_markers(data.DEFAULT_PLACES)
    no_outside_requests(s)


@pytest.mark.parametrize("fmt", ["csv", "geojson", "gpkg"])
def test_downloads_are_exactly_the_view(server: str, session: Session, fmt: str, tmp_path: Path) -> None:
    import pyogrio

    s = session
    s.page.goto(server + "?country=FR&country=JP")
    wait_synced(s)
    s.wait_markers(2)
    assert summary_text(s) == "4 mentions of 2 places from 3 articles in view"
    with s.page.expect_download(timeout=30_000) as info:
        s.page.locator(f".st-key-export_{fmt} button").first.click()
    path = tmp_path / f"out.{fmt}"
    info.value.save_as(path)
    if fmt == "csv":
        df = pd.read_csv(path)
        assert list(df.columns) == EXPORT_COLUMNS
    else:
        df = pyogrio.read_dataframe(path)
        assert list(df.columns) == [*EXPORT_COLUMNS, "geometry"]
        assert set(df.geometry.geom_type) == {"Point"}
    assert len(df) == 4 and set(df["place"]) == {"Paris", "Tokyo"}
    assert data.XSS_TITLE in set(df["title"])  # text exported as is, not escaped
    no_outside_requests(s)


@pytest.fixture()
def upload_server(tmp_path: Path) -> Iterator[str]:
    ensure_assets()
    with run_server(data.build(tmp_path / "upload.sqlite"), tmp_path) as url:
        yield url


def test_upload_files_and_see_their_places(upload_server: str, tmp_path: Path) -> None:
    good = tmp_path / "karabakh.txt"
    good.write_text("Heavy shelling hit Stepanakert on 3 October 2020, officials in Yerevan said.\n")
    bad = tmp_path / "broken.json"
    bad.write_text("{not json")
    with browser_session() as s:
        page = s.page
        open_app(s, upload_server)
        s.wait_markers(data.DEFAULT_PLACES)
        page.get_by_text("Add articles").click()
        page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files([str(good), str(bad)])
        page.locator('[data-testid="stFileChip"]').nth(1).wait_for(timeout=30_000)
        page.locator(".st-key-ingest button:not([disabled])").first.click(timeout=30_000)
        page.locator(".gd-report").nth(1).wait_for(timeout=120_000)
        s.wait_idle()
        ok, failed = page.locator(".gd-report.gd-ok"), page.locator(".gd-report.gd-failed")
        assert ok.count() == 1 and "karabakh.txt" in ok.inner_text() and "1 new article" in ok.inner_text()
        assert failed.count() == 1 and "broken.json" in failed.inner_text()
        assert "json" in failed.inner_text().lower()
        s.map_frame().wait_for_function(
            "() => window.gdLayers && window.gdLayers.pins.getLayers().concat(window.gdLayers.areas.getLayers())"
            ".some(l => l.feature.properties.key === 'gn:146970')", timeout=30_000)  # Stepanakert / Khankendi
        s.shot("dash-upload")
        no_outside_requests(s)
