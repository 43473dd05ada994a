"""The Streamlit app under AppTest: the date slider changes what st_folium is sent; a click fills the panel.

AppTest cannot click a Leaflet map: it sees st_folium as an unknown component whose JSON args we read,
and a click is faked by replacing ``streamlit_folium.st_folium`` (the app imports it on every run).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import types
from pathlib import Path
from typing import Any

import dashboard_data as data
import pytest
import streamlit_folium
from streamlit.testing.v1 import AppTest

from geodata.model import Article, DateInfo
from geodata.store import open_store

APP = str(Path(__file__).resolve().parent.parent / "dashboard" / "app.py")


@pytest.fixture()
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = data.build(tmp_path / "app.sqlite", xss=True)
    monkeypatch.setenv("GEODATA_DB", str(path))
    monkeypatch.setenv("GEODATA_TILES", "none")
    return path


def run_app() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    return at


def map_args(at: AppTest) -> dict[str, Any]:
    (component,) = at.get("component_instance")
    assert component.proto.component_name == "streamlit_folium.st_folium"
    return json.loads(component.proto.json_args)


def marker_keys(at: AppTest) -> list[str]:
    """Place keys in the GeoJSON layers (areas, then exact places) the app sent to st_folium."""
    layers = re.findall(r"\.addData\((\{.*\})\);", map_args(at)["feature_group"])
    assert len(layers) == 2
    return [f["properties"]["key"] for layer in layers for f in json.loads(layer)["features"]]


def summary(at: AppTest) -> str:
    return next(m.value for m in at.markdown if "in view" in m.value)


def test_first_run_shows_all_places_and_counts(db: Path) -> None:
    at = run_app()
    assert len(marker_keys(at)) == data.DEFAULT_PLACES
    assert summary(at) == "**7** mentions of **5** places from **4** articles in view"
    assert at.slider(key="date_range").value == (data.FIRST_DATE, data.LAST_DATE)
    args = map_args(at)
    assert args["returned_objects"] == ["last_active_drawing", "last_object_clicked_count"]
    assert all(link.startswith("/app/static/vendor/") for link in args["js_links"] + args["css_links"])
    assert "openstreetmap" not in args["script"]
    assert any("Click a marker" in i.value for i in at.info)
    assert any("GeoNames" in c.value and "CC BY 4.0" in c.value and "OpenStreetMap" not in c.value
               for c in at.caption)


def test_slider_range_changes_the_markers_but_not_the_base_map(db: Path) -> None:
    at = run_app()
    before = map_args(at)
    at.slider(key="date_range").set_value((dt.date(2020, 9, 28), dt.date(2020, 10, 2))).run()
    assert sorted(marker_keys(at)) == sorted([data.PARIS.key, data.TOKYO.key])
    assert summary(at) == "**2** mentions of **2** places from **1** article in view"
    after = map_args(at)
    assert after["script"] == before["script"]  # same iframe: st_folium keys it on the base map script
    assert (at.date_input(key="start_date").value, at.date_input(key="end_date").value) == (
        dt.date(2020, 9, 28), dt.date(2020, 10, 2))
    at.slider(key="date_range").set_value((dt.date(2020, 11, 1), data.LAST_DATE)).run()
    assert sorted(marker_keys(at)) == sorted([data.LIMA.key, data.ARMENIA.key, data.PARIS.key, data.NSW.key])


def test_date_inputs_drive_the_slider(db: Path) -> None:
    at = run_app()
    at.date_input(key="end_date").set_value(dt.date(2020, 11, 12)).run()
    assert at.slider(key="date_range").value == (data.FIRST_DATE, dt.date(2020, 11, 12))
    assert sorted(marker_keys(at)) == sorted([data.PARIS.key, data.TOKYO.key, data.ARMENIA.key])
    at.date_input(key="start_date").set_value(dt.date(2020, 12, 1)).run()  # after the end: swapped
    assert at.slider(key="date_range").value == (dt.date(2020, 11, 12), dt.date(2020, 12, 1))


def test_sidebar_filters(db: Path) -> None:
    at = run_app()
    at.checkbox(key="datelines").check().run()
    assert data.NAIROBI.key in marker_keys(at)
    at.text_input(key="keyword").input("ceasefire").run()
    assert sorted(marker_keys(at)) == sorted([data.LIMA.key, data.ARMENIA.key, data.NAIROBI.key])


def test_clicked_place_lists_escaped_excerpts_newest_first(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = streamlit_folium.st_folium
    calls: list[dict[str, Any]] = []

    def clicked(fig: Any, **kwargs: Any) -> dict[str, Any]:
        calls.append(kwargs)
        real(fig, **kwargs)  # still render, so the element tree is the real one
        return {"last_active_drawing": {"type": "Feature", "properties": {"key": data.TOKYO.key}},
                "last_object_clicked_count": 1}

    monkeypatch.setattr(streamlit_folium, "st_folium", clicked)
    at = run_app()
    assert calls and calls[0]["returned_objects"] == ["last_active_drawing", "last_object_clicked_count"]
    assert any('<h3 class="gd-place" style="margin:0">Tokyo</h3>' in h.value for h in at.html)
    (panel,) = [h.value for h in at.html if "gd-panel" in h.value]
    assert panel.index("Breaking") < panel.index("Clashes in two capitals")  # 2020-10-05 before 2020-10-01
    assert "<script" not in panel.lower() and "<img" not in panel.lower() and "javascript:" not in panel
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in panel
    assert panel.count("<mark>Tokyo</mark>") == 2
    assert '<a href="https://example.org/a1"' in panel


def test_empty_database_ingests_the_seeds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Until geodata.ingest exists, a stand-in with the agreed signature proves the app calls it."""
    path = tmp_path / "empty.sqlite"
    monkeypatch.setenv("GEODATA_DB", str(path))
    monkeypatch.setenv("GEODATA_TILES", "none")
    seen: list[list[str]] = []

    def ingest_paths(paths: list[str], store: Any) -> dict[str, int]:
        seen.append(paths)
        text = "Shelling was reported in Paris."
        store.save(Article(text, path=paths[0], published=dt.date(2021, 3, 1)),
                   [data.mention(text, "Paris", data.PARIS, DateInfo(dt.date(2021, 2, 28)))])
        return {"articles": 1}

    fake = types.ModuleType("geodata.ingest")
    fake.ingest_paths = ingest_paths  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "geodata.ingest", fake)
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    assert seen and [Path(p).name for p in seen[0]] == ["seeds"]
    assert marker_keys(at) == [data.PARIS.key]
    with open_store(path) as store:
        assert store.counts()["articles"] == 1


def test_panel_for_a_place_without_mentions_in_view(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = streamlit_folium.st_folium

    def clicked(fig: Any, **kwargs: Any) -> dict[str, Any]:
        real(fig, **kwargs)
        return {"last_active_drawing": {"properties": {"key": data.LIMA.key}}, "last_object_clicked_count": 3}

    monkeypatch.setattr(streamlit_folium, "st_folium", clicked)
    at = run_app()
    at.slider(key="date_range").set_value((data.FIRST_DATE, dt.date(2020, 10, 1))).run()
    assert any(">Lima</h3>" in h.value for h in at.html)  # name, not key, although out of range
    assert any("No mentions of this place" in w.value for w in at.warning)


def test_range_follows_new_data_when_it_showed_everything(db: Path) -> None:
    at = run_app()
    assert at.slider(key="date_range").value == (data.FIRST_DATE, data.LAST_DATE)
    later = dt.date(2021, 1, 15)
    text = "Shelling was reported in Lima."
    with open_store(db) as store:
        store.save(Article(text, url="https://example.org/late", published=later),
                   [data.mention(text, "Lima", data.LIMA, DateInfo(later))])
    at.run()
    assert at.slider(key="date_range").value == (data.FIRST_DATE, later)
    assert summary(at).startswith("**8** mentions")


def test_osm_tiles_are_credited(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GEODATA_TILES", "osm")
    at = run_app()
    assert "tile.openstreetmap.org" in map_args(at)["script"]
    assert any("OpenStreetMap" in c.value for c in at.caption)
