"""Serve every front-end asset of the map from our own server, never from a CDN.

folium and streamlit-folium load Leaflet, jQuery, Bootstrap, markercluster and fonts from CDNs through
``default_js``/``default_css``; with no internet the map stays blank. ``scripts/fetch_assets.py`` copies
pinned npm packages into ``dashboard/static/vendor/`` at set-up time, Streamlit serves that folder under
``/app/static/`` (``server.enableStaticServing``), and the classes here point folium at those copies.
The package list below is the single source of truth for both.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import folium
from branca.element import Element, MacroElement
from folium.plugins import MarkerCluster
from folium.template import Template

VENDOR_DIR = Path(__file__).resolve().parent / "static" / "vendor"
VENDOR_URL = "/app/static/vendor"
STAMP_FILE = "VERSIONS.json"
COUNTRIES_FILE = "countries.geojson"

OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'


@dataclass(frozen=True, slots=True)
class NpmPackage:
    """One pinned npm package and the files of its tarball (under ``package/``) that we serve."""

    name: str
    version: str
    files: tuple[str, ...] = ()  # files, or folders ending in '/', copied keeping their layout
    served: bool = True  # False: only needed at set-up time (world-atlas is converted, not served)
    strip: str = "dist/"  # prefix dropped from the tarball path in the vendor folder

    @property
    def folder(self) -> str:
        """Vendor sub-folder; the version is part of it so a bump never serves a stale cached file."""
        return f"{self.name.rsplit('/', 1)[-1]}-{self.version}"

    def target(self, member: str) -> str:
        """Vendor-relative path of a tarball member (``dist/leaflet.js`` -> ``leaflet-1.9.4/leaflet.js``)."""
        rel = member.removeprefix(self.strip)
        return f"{self.folder}/{rel}"


LEAFLET = NpmPackage("leaflet", "1.9.4", ("dist/leaflet.js", "dist/leaflet.css", "dist/images/"))
MARKERCLUSTER = NpmPackage("leaflet.markercluster", "1.5.3", (
    "dist/leaflet.markercluster.js", "dist/MarkerCluster.css", "dist/MarkerCluster.Default.css"))
JQUERY = NpmPackage("jquery", "3.7.1", ("dist/jquery.min.js",))
BOOTSTRAP = NpmPackage("bootstrap", "5.2.2", (
    "dist/js/bootstrap.bundle.min.js", "dist/css/bootstrap.min.css"))
AWESOME_MARKERS = NpmPackage("leaflet.awesome-markers", "2.0.5", (
    "dist/leaflet.awesome-markers.js", "dist/leaflet.awesome-markers.css", "dist/images/"))
FONTAWESOME = NpmPackage("@fortawesome/fontawesome-free", "6.2.0", ("css/all.min.css", "webfonts/"), strip="")
WORLD_ATLAS = NpmPackage("world-atlas", "2.0.2", ("countries-50m.json",), served=False, strip="")

PACKAGES: tuple[NpmPackage, ...] = (LEAFLET, MARKERCLUSTER, JQUERY, BOOTSTRAP, AWESOME_MARKERS, FONTAWESOME,
                                    WORLD_ATLAS)


def vendor_url(package: NpmPackage, member: str) -> str:
    """URL under which Streamlit serves one file of ``package``."""
    return f"{VENDOR_URL}/{package.target(member)}"


# Same names as folium's own lists so folium's header de-duplication keeps working. Bootstrap 3 glyphicons
# (only used by awesome-markers' 'glyphicon' prefix) and the awesome-rotate CSS are not on npm in a usable
# form and nothing here uses them, so they are left out rather than fetched from a CDN.
MAP_JS: list[tuple[str, str]] = [
    ("leaflet", vendor_url(LEAFLET, "dist/leaflet.js")),
    ("jquery", vendor_url(JQUERY, "dist/jquery.min.js")),
    ("bootstrap", vendor_url(BOOTSTRAP, "dist/js/bootstrap.bundle.min.js")),
    ("awesome_markers", vendor_url(AWESOME_MARKERS, "dist/leaflet.awesome-markers.js")),
]
MAP_CSS: list[tuple[str, str]] = [
    ("leaflet_css", vendor_url(LEAFLET, "dist/leaflet.css")),
    ("bootstrap_css", vendor_url(BOOTSTRAP, "dist/css/bootstrap.min.css")),
    ("awesome_markers_font_css", vendor_url(FONTAWESOME, "css/all.min.css")),
    ("awesome_markers_css", vendor_url(AWESOME_MARKERS, "dist/leaflet.awesome-markers.css")),
]
CLUSTER_JS: list[tuple[str, str]] = [
    ("markerclusterjs", vendor_url(MARKERCLUSTER, "dist/leaflet.markercluster.js")),
]
CLUSTER_CSS: list[tuple[str, str]] = [
    ("markerclustercss", vendor_url(MARKERCLUSTER, "dist/MarkerCluster.css")),
    ("markerclusterdefaultcss", vendor_url(MARKERCLUSTER, "dist/MarkerCluster.Default.css")),
]
COUNTRIES_URL = f"{VENDOR_URL}/{COUNTRIES_FILE}"


class OfflineMap(folium.Map):
    """``folium.Map`` whose scripts and styles come from ``/app/static/vendor``."""

    default_js = MAP_JS
    default_css = MAP_CSS


class OfflineMarkerCluster(MarkerCluster):
    """``MarkerCluster`` whose plugin script and styles come from ``/app/static/vendor``."""

    default_js = CLUSTER_JS
    default_css = CLUSTER_CSS


class CountryOutlines(MacroElement):
    """Country borders fetched from our static folder in the browser.

    Fetched rather than embedded because st_folium re-sends the map script on every rerun; the outline
    must not cost ~1 MB per slider move. Non-interactive, so clicks fall through to the map. The data layer
    shades country-level places with these same polygons through ``window.gdCountries`` (ISO code -> feature).
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        window.gdCountries = fetch({{ this.url|tojson }}).then(function (r) { return r.json(); })
        .then(function (data) {
            var outlines = L.geoJSON(data, {interactive: false, style: {{ this.style|tojson }},
                                            attribution: {{ this.attribution|tojson }}});
            outlines.addTo({{ this._parent.get_name() }});
            outlines.bringToBack();
            window.countryOutlines = outlines;
            var index = {};
            data.features.forEach(function (f) { index[f.properties.cc] = f; });
            return index;
        }).catch(function (err) { console.warn("country outlines unavailable", err); return {}; });
        {% endmacro %}
    """)

    def __init__(self, url: str = COUNTRIES_URL, *, tiles: bool = True) -> None:
        super().__init__()
        self._name = "CountryOutlines"
        self.url = url
        self.attribution = 'Borders: <a href="https://www.naturalearthdata.com/">Natural Earth</a>'
        # Without base tiles the outlines are the map, so fill the land lightly.
        self.style = {"color": "#7a7a7a", "weight": 0.6, "fill": not tiles, "fillColor": "#f2efe9",
                      "fillOpacity": 1.0}


def tiles_setting(value: str | None = None) -> str:
    """``GEODATA_TILES``: 'osm' (default), 'none', or a tile URL template with {z}/{x}/{y}."""
    raw = (value if value is not None else os.environ.get("GEODATA_TILES", "")).strip()
    return raw or "osm"


def tiles_enabled(value: str | None = None) -> bool:
    return tiles_setting(value).lower() != "none"


def add_base_layers(m: folium.Map, tiles: str | None = None) -> None:
    """Add the tile layer chosen by ``GEODATA_TILES`` (if any) and the bundled country outlines."""
    setting = tiles_setting(tiles)
    if setting.lower() == "osm":
        folium.TileLayer(OSM_TILES, attr=OSM_ATTRIBUTION, name="OpenStreetMap", max_zoom=18).add_to(m)
    elif setting.lower() != "none":
        if not all(part in setting for part in ("{z}", "{x}", "{y}")):
            raise ValueError(f"GEODATA_TILES must be 'osm', 'none' or a URL template with {{z}}/{{x}}/{{y}}: "
                             f"{setting!r}")
        folium.TileLayer(setting, attr="Map tiles", name="Tiles", max_zoom=18).add_to(m)
    m.add_child(CountryOutlines(tiles=setting.lower() != "none"))
    if setting.lower() == "none":  # sea colour, so outlines alone read as a map
        add_header_css(m, ".leaflet-container { background: #dbe7f0; }", name="geodata_sea_css")


def add_header_css(m: folium.Map, css: str, name: str = "geodata_css") -> None:
    """Put our own CSS in the map document (st_folium copies inline header styles into its iframe)."""
    m.get_root().header.add_child(Element(f"<style>{css}</style>"), name=name)


def missing_assets(vendor_dir: Path = VENDOR_DIR) -> list[str]:
    """Vendor files the running app needs but that are not there (run ``scripts/fetch_assets.py``)."""
    wanted = [url.removeprefix(VENDOR_URL + "/") for _, url in (*MAP_JS, *MAP_CSS, *CLUSTER_JS, *CLUSTER_CSS)]
    wanted.append(COUNTRIES_FILE)
    return [w for w in wanted if not (vendor_dir / w).is_file()]
