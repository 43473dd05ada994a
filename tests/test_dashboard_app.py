"""The app under AppTest: quick ranges, date field, playback, place filter, counts, timeline, the URL (written
and restored), the side panel's article links and the article view (with a hostile article)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import dashboard_data as data
import pytest
import streamlit_folium
from streamlit.testing.v1 import AppTest
from test_app import APP, marker_keys, run_app, summary

from geodata import queries
from geodata.store import open_store

D = dt.date


@pytest.fixture()
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = data.build(tmp_path / "app.sqlite", xss=True)
    monkeypatch.setenv("GEODATA_DB", str(path))
    monkeypatch.setenv("GEODATA_TILES", "none")
    return path


def click(monkeypatch: pytest.MonkeyPatch, key: str, count: int = 1) -> None:
    """Make st_folium report a click on ``key`` (rendering the real component too)."""
    real = streamlit_folium.st_folium

    def clicked(fig: Any, **kwargs: Any) -> dict[str, Any]:
        real(fig, **kwargs)
        return {"last_active_drawing": {"properties": {"key": key}}, "last_object_clicked_count": count}

    monkeypatch.setattr(streamlit_folium, "st_folium", clicked)


def window(at: AppTest) -> tuple[dt.date, dt.date]:
    return at.slider(key="date_range").value  # type: ignore[no-any-return]


def params(at: AppTest) -> dict[str, list[str]]:
    """The query parameters the app wrote (AppTest keeps them as {name: [values]} or {name: value})."""
    return {k: v if isinstance(v, list) else [v] for k, v in at.query_params.items()}


def chart_groups(at: AppTest) -> set[str]:
    """Stack groups in the timeline chart's data (sent to the browser as Arrow datasets)."""
    import pyarrow as pa

    (chart,) = at.get("vega_lite_chart")
    frames = [pa.ipc.open_stream(d.data.data).read_pandas() for d in chart.proto.datasets]
    return {str(g) for f in frames if "group" in f for g in f["group"]}


def test_quick_ranges_and_counts(db: Path) -> None:
    at = run_app()
    assert any("2 mentions (2 places) only country- or region-precise" in c.value for c in at.caption)
    at.button(key="quick_7").click().run()
    assert window(at) == (D(2020, 12, 13), data.LAST_DATE)
    assert sorted(marker_keys(at)) == sorted([data.PARIS.key, data.NSW.key])
    assert (at.date_input(key="start_date").value, at.date_input(key="end_date").value) == window(at)
    at.button(key="quick_30").click().run()
    assert window(at) == (D(2020, 11, 20), data.LAST_DATE)
    at.button(key="quick_all").click().run()
    assert window(at) == (data.FIRST_DATE, data.LAST_DATE)
    at.slider(key="date_range").set_value((data.FIRST_DATE, D(2020, 10, 2))).run()
    assert any("Every mention in view is an exact place" in c.value for c in at.caption)


def test_switch_to_publication_dates(db: Path) -> None:
    at = run_app()
    at.radio(key="date_field").set_value("published").run()
    slider = at.slider(key="date_range")
    assert slider.label == "Publication dates" and slider.value == (D(2020, 10, 1), D(2020, 12, 20))
    at.slider(key="date_range").set_value((D(2020, 12, 20), D(2020, 12, 20))).run()
    assert sorted(marker_keys(at)) == sorted([data.PARIS.key, data.NSW.key])  # published 2020-12-20
    assert params(at)["date"] == ["published"] and params(at)["from"] == ["2020-12-20"]


def test_playback_play_step_pause_and_stop_at_the_end(db: Path) -> None:
    at = run_app()
    at.number_input(key="play_width").set_value(7).run()
    at.number_input(key="play_step").set_value(30).run()
    at.button(key="play").click().run()
    assert at.session_state.playing is True and window(at) == (data.FIRST_DATE, D(2020, 10, 4))
    assert sorted(marker_keys(at)) == sorted([data.PARIS.key, data.TOKYO.key])
    assert at.button(key="pause") is not None
    at.button(key="step").click().run()
    assert window(at) == (D(2020, 10, 28), D(2020, 11, 3))
    at.button(key="pause").click().run()
    assert at.session_state.playing is False and window(at) == (D(2020, 10, 28), D(2020, 11, 3))
    for _ in range(3):
        at.button(key="step").click().run()
    assert window(at) == (D(2020, 12, 13), data.LAST_DATE) and at.session_state.playing is False
    at.radio(key="play_mode").set_value("cumulative").run()
    at.button(key="play").click().run()  # from the end: starts over
    assert window(at) == (data.FIRST_DATE, D(2020, 10, 4))
    at.slider(key="date_range").set_value((data.FIRST_DATE, data.LAST_DATE)).run()  # moving by hand pauses
    assert at.session_state.playing is False


def test_place_filter_is_type_ahead_over_all_places(db: Path) -> None:
    at = run_app()
    places = at.multiselect(key="places")
    assert "Lima (PE) · 1" in places.options and "Nairobi (KE) · 1" in places.options
    places.select(data.LIMA.key).run()
    assert marker_keys(at) == [data.LIMA.key]
    assert summary(at) == "**1** mention of **1** place from **1** article in view"
    assert params(at)["place"] == [data.LIMA.key]


def test_timeline_follows_filters_and_stacks_by_kind(db: Path) -> None:
    at = run_app()
    assert chart_groups(at) == {"FR", "JP", "PE", "AM", "AU"}
    at.multiselect(key="languages").select("ru").run()
    assert chart_groups(at) == {"FR", "AU"}
    at.radio(key="stack").set_value("kind").run()
    assert chart_groups(at) == {"city", "region (area)"}
    assert params(at)["by"] == ["kind"]


def test_every_filter_goes_into_the_url(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    click(monkeypatch, data.PARIS.key)
    at = run_app()
    assert params(at) == {"selected": [data.PARIS.key]}
    at.slider(key="date_range").set_value((D(2020, 9, 28), D(2020, 12, 1))).run()
    at.multiselect(key="countries").select("FR").select("JP").run()
    at.checkbox(key="datelines").check().run()
    at.text_input(key="keyword").input("Paris").run()
    at.slider(key="min_confidence").set_value(0.5).run()
    assert params(at) == {"from": ["2020-09-28"], "to": ["2020-12-01"], "country": ["FR", "JP"],
                          "datelines": ["1"], "conf": ["0.5"], "q": ["Paris"], "selected": [data.PARIS.key]}
    (panel,) = [h.value for h in at.html if "gd-panel" in h.value]
    assert 'href="?from=2020-09-28&amp;to=2020-12-01&amp;country=FR&amp;country=JP' in panel
    assert "&amp;article=" in panel and "full article" in panel


def test_a_shared_link_reproduces_the_view(db: Path) -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update({"from": "2020-09-28", "to": "2020-11-30", "country": ["FR", "AM", "ZZ"],
                            "lang": "en", "selected": data.PARIS.key, "q": "Paris", "by": "kind"})
    at.run()
    assert not at.exception, at.exception
    assert window(at) == (D(2020, 9, 28), D(2020, 11, 30))
    assert at.multiselect(key="countries").value == ["FR", "AM"]  # unknown ZZ dropped, the link still opens
    assert at.multiselect(key="languages").value == ["en"]
    assert at.text_input(key="keyword").value == "Paris" and at.radio(key="stack").value == "kind"
    assert marker_keys(at) == [data.PARIS.key]
    assert any(">Paris</h3>" in h.value for h in at.html)  # the selected place's panel is open
    (panel,) = [h.value for h in at.html if "gd-panel" in h.value]
    assert panel.count("gd-card") == 1
    assert params(at)["country"] == ["FR", "AM"] and params(at)["selected"] == [data.PARIS.key]


def test_closing_the_panel_clears_the_selection(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    click(monkeypatch, data.TOKYO.key)
    at = run_app()
    assert "selected" in params(at)
    at.button(key="clear_selection").click().run()
    assert "selected" not in params(at)
    assert any("Click a marker" in i.value for i in at.info)


def test_article_view_marks_every_place_and_escapes_a_hostile_article(db: Path) -> None:
    with open_store(db) as store:
        hostile = queries.mentions(store, queries.Filters(keyword="Breaking"))
        art_id = int(hostile.iloc[0]["article_id"])
        lima_article = int(queries.mentions(store, queries.Filters(place_keys=(data.LIMA.key,))).iloc[0]["article_id"])
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update({"article": str(art_id), "from": "2020-10-01"})
    at.run()
    assert not at.exception, at.exception
    page = "".join(h.value for h in at.html)
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;Breaking &lt;b&gt;news&lt;/b&gt;" in page
    assert "&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;" in page
    assert "<script" not in page.lower() and "<img" not in page.lower() and 'href="javascript' not in page.lower()
    assert "source address (not a web link): javascript:window.__xss=1" in page
    assert '<mark class="gd-event"' in page and ">Tokyo</mark>" in page
    assert 'href="?from=2020-10-01"' in page  # back to the same map view
    assert not at.get("component_instance")  # no map on the article page

    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["article"] = str(lima_article)
    at.run()
    page = "".join(h.value for h in at.html)
    assert page.count("<mark class=") == 3  # three places
    assert 'class="gd-dateline"' in page and "NAIROBI</mark>" in page
    table = at.dataframe[0].value
    assert list(table["place"]) == ["Nairobi", "Lima", "Armenia"]

    for bad in ("999999", "abc"):
        at = AppTest.from_file(APP, default_timeout=60)
        at.query_params["article"] = bad
        at.run()
        assert not at.exception and at.error


def test_downloads_and_upload_are_offered(db: Path) -> None:
    at = run_app()
    buttons = at.get("download_button")
    assert len(buttons) == 3
    assert [b.proto.label for b in buttons] == ["CSV", "GeoJSON", "GeoPackage"]
    assert at.get("file_uploader")


def test_panel_lists_every_excerpt_page_by_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = data.build_many(tmp_path / "many.sqlite", 2_000, n_places=10)
    monkeypatch.setenv("GEODATA_DB", str(path))
    monkeypatch.setenv("GEODATA_TILES", "none")
    with open_store(path) as store:
        place = queries.places(queries.mentions(store)).iloc[0]
    click(monkeypatch, str(place["place_key"]))
    at = run_app()
    total = int(place["count"])
    assert total > 100
    assert any(f"{total} mentions in view, newest first (showing 50)" in c.value for c in at.caption)
    cards = next(h.value for h in at.html if "gd-panel" in h.value).count('class="gd-card"')
    assert cards == 50
    at.button(key="panel_more").click().run()
    assert next(h.value for h in at.html if "gd-panel" in h.value).count('class="gd-card"') == 100
