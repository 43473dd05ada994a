"""dashboard.mapview and dashboard.offline as pure functions: escaping, determinism, offline assets."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import dashboard_data as data
import folium
import pandas as pd
import pytest
from streamlit_folium import _get_feature_group_string, _get_map_string, generate_js_hash

from dashboard import mapview, offline
from geodata import queries
from geodata.store import SQLiteStore, open_store

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
    "</script><script>alert(1)</script>",
    "<!--",
]
BAD_URLS = ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "\tjavascript:alert(1)",
            "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "//evil.example/x", "/relative",
            "", None, 42]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> SQLiteStore:
    return open_store(data.build(tmp_path_factory.mktemp("m") / "m.sqlite", xss=True))


@pytest.fixture(scope="module")
def frames(store: SQLiteStore) -> tuple[pd.DataFrame, pd.DataFrame]:
    df = queries.mentions(store)
    return queries.places(df), df


def render_layer(collection: dict[str, Any]) -> str:
    """The JavaScript st_folium sends for the data layer (what reaches the browser on every rerun)."""
    m = mapview.base_map("none")
    m.get_root().render()
    return _get_feature_group_string(mapview.data_layer(collection), m)


def layer_collection(js: str) -> dict[str, Any]:
    """The GeoJSON embedded in a rendered data layer: areas and exact places, merged (areas first)."""
    layers = re.findall(r"\.addData\((\{.*\})\);", js)
    assert len(layers) == 2, "expected an areas layer and a places layer"
    return {"type": "FeatureCollection", "features": [f for layer in layers for f in json.loads(layer)["features"]]}


def no_markup_from(text: str) -> None:
    low = text.lower()
    for bad in ("<script", "<img", "<svg", "onerror=\"", "javascript:alert", 'href="javascript', "<!--"):
        assert bad not in low, bad


@pytest.mark.parametrize("payload", HOSTILE)
def test_highlight_escapes_and_marks(payload: str) -> None:
    text = f"before {payload} Paris after"
    start = text.index("Paris")
    out = mapview.highlight(text, start, start + 5)
    assert "<mark>Paris</mark>" in out
    no_markup_from(out.replace("<mark>", "").replace("</mark>", ""))
    assert mapview.esc(payload) in out


def test_highlight_with_bad_offsets_marks_nothing() -> None:
    assert mapview.highlight("<b>x</b>", 5, 99) == "&lt;b&gt;x&lt;/b&gt;"
    assert mapview.highlight(None, None, None) == ""
    assert mapview.highlight("abc", "x", 1) == "abc"
    long = "a" * 500 + "Paris" + "b" * 500
    clipped = mapview.highlight(long, 500, 505, context=10)
    assert clipped == "…" + "a" * 10 + "<mark>Paris</mark>" + "b" * 10 + "…"


@pytest.mark.parametrize("url", BAD_URLS)
def test_only_http_urls_become_links(url: object) -> None:
    assert mapview.safe_url(url) is None
    row = {"source": "Src", "url": url, "title": "T"}
    assert "<a " not in mapview.source_link(row)
    assert "<a " not in mapview.excerpt_card(row)


def test_http_urls_are_links_with_escaped_attributes() -> None:
    url = 'https://example.org/a?q="x"&y=<1>'
    link = mapview.source_link({"source": "S", "url": url})
    assert link.startswith('<a href="https://example.org/a?q=&quot;x&quot;&amp;y=&lt;1&gt;"')
    assert 'rel="noopener noreferrer nofollow"' in link


def test_popup_tooltip_and_card_escape_article_text(frames: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    by_place, df = frames
    tokyo = by_place[by_place["place_key"] == data.TOKYO.key].iloc[0].to_dict()
    rows = df[df["place_key"] == data.TOKYO.key].to_dict("records")
    popup = mapview.popup_html(tokyo, rows)
    assert popup.count("<mark>Tokyo</mark>") == 2
    assert "&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;" in popup
    assert "&lt;b onmouseover=alert(1)&gt;Evil&lt;/b&gt;" in popup
    no_markup_from(popup)
    hostile = next(r for r in rows if r["title"] == data.XSS_TITLE)
    card = mapview.excerpt_card(hostile)
    no_markup_from(card)
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;Breaking &lt;b&gt;news&lt;/b&gt;" in card
    place = dict(tokyo, place_name="<script>alert(1)</script>")
    assert mapview.tooltip_html(place) == "<b>&lt;script&gt;alert(1)&lt;/script&gt;</b> · 2 mentions"


Frames = tuple[pd.DataFrame, pd.DataFrame]


def test_features_one_per_place_ordered_and_area_places_flagged(frames: Frames) -> None:
    by_place, df = frames
    fc = mapview.place_features(by_place, df)
    props = [f["properties"] for f in fc["features"]]
    assert [p["key"] for p in props] == list(by_place["place_key"])
    area = {p["key"]: p["area"] for p in props}
    assert area[data.ARMENIA.key] and area[data.NSW.key]
    assert not area[data.PARIS.key] and not area[data.TOKYO.key]
    assert all(f["geometry"]["type"] == "Point" for f in fc["features"])
    lon, lat = fc["features"][0]["geometry"]["coordinates"]
    assert -180 <= lon <= 180 and -90 <= lat <= 90
    sizes = {p["key"]: p["size"] for p in props}
    assert sizes[data.TOKYO.key] > mapview.marker_size(1, False)  # 2 mentions: bigger than 1
    assert mapview.marker_size(1, True) > mapview.marker_size(1, False)
    assert mapview.marker_size(10**9, False) <= 52 and mapview.marker_size(10**9, True) <= 80


def test_popup_lists_the_newest_three_excerpts() -> None:
    rows = [{"place_key": "k", "excerpt": f"Paris {i}", "name_start": 0, "name_end": 5,
             "event_date": f"2020-01-0{i}", "date_source": "explicit", "date_precision": "day",
             "source": "S", "title": "T", "url": None} for i in range(9, 0, -1)]
    by_place = pd.DataFrame([{"place_key": "k", "place_name": "Paris", "kind": "city", "lat": 1.0, "lon": 2.0,
                              "count": 9, "first_date": "2020-01-01", "last_date": "2020-01-09"}])
    popup = mapview.place_features(by_place, pd.DataFrame(rows))["features"][0]["properties"]["popup"]
    assert [int(d) for d in re.findall(r"2020-01-0(\d)", popup)] == [1, 9, 9, 8, 7]  # span, then newest 3
    assert "+6 more" in popup


def test_data_layer_is_deterministic_and_script_safe(frames: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    by_place, df = frames
    first = render_layer(mapview.place_features(by_place, df))
    second = render_layer(mapview.place_features(by_place.copy(), df.copy()))
    assert first == second
    assert "</" not in first and "<!--" not in first  # nothing can close or confuse a <script> element
    assert "<img" not in first and "onerror=\"" not in first
    collection = layer_collection(first)
    assert len(collection["features"]) == data.DEFAULT_PLACES
    assert "L.markerClusterGroup" in first and "bindPopup" in first and "pointToLayer" in first


def test_script_json_cannot_close_a_script_element() -> None:
    value = {"a": "</script><script>alert(1)</script>", "b": "<!-- x", "c": "\u2028"}
    out = mapview.script_json(value)
    assert "</" not in out and "<!--" not in out and "\u2028" not in out
    assert json.loads(out) == value


def test_base_map_is_constant_whatever_the_data(frames: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    """st_folium re-creates its iframe when the base map's script changes: it must not depend on data."""
    by_place, df = frames
    hashes = set()
    for subset in (by_place, by_place.head(1), by_place.head(0)):
        m = mapview.base_map("none")
        m.get_root().render()
        script = _get_map_string(m)
        _get_feature_group_string(mapview.data_layer(mapview.place_features(subset, df)), m)
        hashes.add(generate_js_hash(script, "map"))
    assert len(hashes) == 1


def test_tiles_setting() -> None:
    def tile_urls(setting: str) -> list[str]:
        m = mapview.base_map(setting)
        return [c.tiles for c in m._children.values() if isinstance(c, folium.TileLayer)]

    assert tile_urls("none") == []
    assert tile_urls("osm") == [offline.OSM_TILES]
    assert tile_urls("https://tiles.example/{z}/{x}/{y}.png") == ["https://tiles.example/{z}/{x}/{y}.png"]
    with pytest.raises(ValueError):
        mapview.base_map("https://tiles.example/no-placeholders.png")
    assert offline.tiles_setting("") == "osm" and not offline.tiles_enabled("NONE")
    m = mapview.base_map("none")
    assert any(isinstance(c, offline.CountryOutlines) for c in m._children.values())


def test_every_script_and_style_is_served_by_us(frames: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    by_place, df = frames
    m = mapview.base_map("none")
    group = mapview.data_layer(mapview.place_features(by_place, df))
    group.add_to(m)
    html = m.get_root().render()
    links = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert links, "no links rendered"
    assert all(link.startswith(offline.VENDOR_URL + "/") for link in links), links
    assert "leaflet.markercluster" in html and offline.COUNTRIES_URL in html


def test_vendor_manifest_matches_the_folium_lists() -> None:
    lists = (*offline.MAP_JS, *offline.MAP_CSS, *offline.CLUSTER_JS, *offline.CLUSTER_CSS)
    served = {url for _, url in lists}
    assert all(u.startswith(offline.VENDOR_URL + "/") for u in served)
    assert any("leaflet-1.9.4/leaflet.js" in u for u in served)
    assert any("leaflet.markercluster-1.5.3/" in u for u in served)
    assert offline.missing_assets(Path("/nonexistent")) != []


@pytest.mark.skipif(not (offline.VENDOR_DIR / offline.STAMP_FILE).is_file(),
                    reason="vendor assets not fetched (run scripts/fetch_assets.py)")
def test_vendor_folder_complete_and_countries_small() -> None:
    assert offline.missing_assets() == []
    countries = offline.VENDOR_DIR / offline.COUNTRIES_FILE
    assert countries.stat().st_size < 1_500_000
    fc = json.loads(countries.read_text())
    codes = {f["properties"]["cc"] for f in fc["features"]}
    assert {"AM", "AZ", "FR", "RU", "UA", "XK"} <= codes


def test_clicked_place_key() -> None:
    assert mapview.clicked_place_key(None) is None
    assert mapview.clicked_place_key({"last_active_drawing": None}) is None
    assert mapview.clicked_place_key({"last_active_drawing": {"properties": {"key": "gn:1"}}}) == "gn:1"
    assert mapview.clicked_place_key({"last_active_drawing": {"properties": {"key": 5}}}) is None


def _fetch_assets_module() -> Any:
    import importlib.util

    spec = importlib.util.spec_from_file_location("fetch_assets", offline.VENDOR_DIR.parents[2] / "scripts"
                                                  / "fetch_assets.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_antimeridian_split_and_stamp(tmp_path: Path) -> None:
    from shapely.geometry import Polygon

    fetch_assets = _fetch_assets_module()
    band = Polygon([(170, 60), (-170, 60), (-170, 70), (170, 70)])  # 20 degrees wide, stored the long way
    fixed = fetch_assets.split_antimeridian(band)
    assert fixed.geom_type == "MultiPolygon" and len(fixed.geoms) == 2
    assert all(g.bounds[2] - g.bounds[0] <= 10 + 1e-9 for g in fixed.geoms)
    assert fixed.area == pytest.approx(200)
    assert not fetch_assets.up_to_date(tmp_path)  # no stamp: must fetch
    (tmp_path / offline.STAMP_FILE).write_text(json.dumps({"build": fetch_assets.stamp(), "files": ["a.js"]}))
    assert not fetch_assets.up_to_date(tmp_path)  # stamp lists a file that is missing
    (tmp_path / "a.js").write_text("")
    assert fetch_assets.up_to_date(tmp_path)
    (tmp_path / offline.STAMP_FILE).write_text(json.dumps({"build": {"packages": {}}, "files": []}))
    assert not fetch_assets.up_to_date(tmp_path)  # pins changed


def test_initial_view_frames_the_pins_and_ignores_a_stray_one():
    from dashboard.mapview import MAP_CENTER, MAP_ZOOM, initial_view

    def feat(lon, lat, area=False):
        return {"geometry": {"coordinates": [lon, lat]}, "properties": {"area": area}}

    caucasus = [feat(46.75 + i * 0.05, 39.8 + i * 0.03) for i in range(30)]
    (lat, lon), zoom = initial_view({"features": [*caucasus, feat(-77.0, 38.9), feat(45.0, 40.0, area=True)]})
    assert 39.5 < lat < 41 and 46 < lon < 48.5 and zoom >= 6
    assert initial_view({"features": []}) == (MAP_CENTER, MAP_ZOOM)
    (lat, lon), zoom = initial_view({"features": [feat(45.0, 40.0, area=True), feat(47.0, 40.5, area=True)]})
    assert 40 <= lat <= 40.5 and zoom >= 4
