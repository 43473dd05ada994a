"""Streamlit dashboard: where and when conflict events were reported, on a map with a timeline.

Thin wiring over ``geodata.queries`` (what to show), ``dashboard.mapview`` (how to draw it),
``dashboard.filters`` / ``dashboard.timeline`` (widgets), ``dashboard.panels`` (excerpts, article view,
downloads, upload) and ``dashboard.urlstate`` (the view in the URL). ``?article=ID`` shows one article.
Run from the repository root so ``.streamlit/config.toml`` (static serving) applies:
``.venv/bin/streamlit run dashboard/app.py``. ``$GEODATA_DB`` picks the database, ``$GEODATA_TILES`` the
base tiles ('osm', 'none' or a URL template).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

# `streamlit run` puts dashboard/ on sys.path, not the repository root.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import streamlit as st
from streamlit_folium import st_folium

from dashboard import filters, loaders, mapview, offline, panels, timeline, urlstate
from geodata import queries
from geodata.store import default_db_path, open_store

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT / "seeds"
MAP_HEIGHT = 560
RETURNED = ["last_active_drawing", "last_object_clicked_count"]
# Less empty space above the title, so controls and the whole map fit on a laptop screen: a click on a map
# that is partly below the fold scrolls the page first (Leaflet focuses the map) and misses its target.
PAGE_CSS = "<style>[data-testid='stMainBlockContainer'] { padding-top: 2.2rem; }</style>"


@st.cache_resource(show_spinner=False)
def _seed_once(db_path: str) -> str | None:
    """Ingest ``seeds/`` into an empty database, once per server process; returns a message or None."""
    try:
        from geodata.ingest import ingest_paths  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return "The database is empty and the ingest pipeline is not available yet."
    if not SEEDS_DIR.is_dir() or not any(SEEDS_DIR.iterdir()):
        return "The database is empty and there is nothing in seeds/."
    with st.spinner("Empty database: ingesting the seed articles…"), open_store(db_path) as store:
        summary = ingest_paths([str(SEEDS_DIR)], store)  # folders are read recursively
    counts = {k: getattr(summary, k, None) for k in ("ingested", "mentions", "failed")}
    return ("Empty database: ingested the seed articles from seeds/ ("
            + ", ".join(f"{v} {k}" for k, v in counts.items() if isinstance(v, int)) + ").")


def _credits(tiles_on: bool) -> None:
    parts = ["Place names and coordinates: [GeoNames](https://www.geonames.org/) (CC BY 4.0)",
             ("country borders: [Natural Earth](https://www.naturalearthdata.com/) via world-atlas "
              "(public domain)"),
             "language and country names: [Unicode CLDR](https://cldr.unicode.org/)",
             "region names in other languages: [iso-codes](https://salsa.debian.org/iso-codes-team/iso-codes) "
             "(LGPL-2.1)",
             "word frequencies: [wordfreq](https://github.com/rspeer/wordfreq); Chinese character forms: "
             "[OpenCC](https://github.com/BYVoid/OpenCC) (Apache-2.0); first names: "
             "[Faker](https://github.com/joke2k/faker) (MIT)"]
    if tiles_on:
        parts.append("map tiles © [OpenStreetMap](https://www.openstreetmap.org/copyright) "
                     "contributors (ODbL)")
    st.caption("Data credits: " + "; ".join(parts) + ".")


def _selected(returned: dict[str, Any] | None) -> str | None:
    """The place whose excerpts are open: a new marker click, else what was open (or came with the URL)."""
    state = st.session_state
    key = mapview.clicked_place_key(returned)
    count = (returned or {}).get("last_object_clicked_count")
    if key and count != state.get("seen_click"):
        state.seen_click = count
        state.selected_place = key
    selected = state.get("selected_place")
    return str(selected) if selected else None


def _map_view(db_path: str) -> None:
    state = st.session_state
    with open_store(db_path) as store:
        version = queries.data_version(store)
    facets, options = loaders.choices(db_path, version)
    if not state.get("url_restored"):  # once per browser session: a shared link seeds every widget
        state.url_restored = True
        filters.restore(urlstate.decode(filters.params_of(st.query_params)), facets,
                        list(options["place_key"]))
    extra = filters.sidebar(facets, options)
    panels.ingest_section(db_path)

    date_field = timeline.date_field_switch()
    with open_store(db_path) as store:
        bounds = queries.date_bounds(store, date_field)  # type: ignore[arg-type]
    if bounds is None:
        st.warning("No mentions in the database yet.")
        lo = hi = dt.date.today()
    else:
        lo, hi = bounds
    if hi <= lo:  # a slider needs a non-empty range
        hi = lo + dt.timedelta(days=1)
    filters.url_window(lo, hi)
    start, end = timeline.date_controls(lo, hi, date_field)
    timeline.playback_controls()
    flt = queries.Filters(start=start, end=end, date_field=date_field, **extra)  # type: ignore[arg-type]
    key = loaders.view_key(flt)
    data = loaders.view(db_path, version, key)
    panels.summary(data)

    map_col, panel_col = st.columns([3, 2], gap="medium")
    with map_col:
        if "initial_view" not in state:  # once per session: later filter changes must not move the map
            state.initial_view = mapview.initial_view(data["collection"])
        center, zoom = state.initial_view
        returned = st_folium(mapview.base_map(), key="map", height=MAP_HEIGHT, use_container_width=True,
                             center=center, zoom=zoom,
                             feature_group_to_add=mapview.data_layer(data["collection"]),
                             returned_objects=RETURNED)
        # data-synced: the map has reported back once (st_folium's first value triggers one more run);
        # browser tests wait on it before clicking anything that a rerun would replace.
        synced = int((returned or {}).get("last_object_clicked_count") is not None)
        st.html(f'<div class="gd-legend" data-synced="{synced}" style="font-size:0.85em;color:#666">'
                "Red pins: exact places (cities, sites), clustered where dense. Shaded areas with a dashed "
                "ring: a whole country or region (no exact position). Numbers: mentions in view.</div>")
    selected = _selected(returned)
    view = filters.view_of(flt, selected, str(state.get("stack", "country")), (lo, hi))
    params = urlstate.encode(view)
    with panel_col, st.container(height=MAP_HEIGHT + 40, border=False):  # scrolls beside the map
        panels.side_panel(db_path, selected, flt, params)
    counts = loaders.timeline_counts(db_path, version, key, str(state.get("stack", "country")))
    timeline.histogram(counts, (lo, hi), (start, end), date_field)
    panels.exports(data["mentions_df"], flt)
    _credits(offline.tiles_enabled())
    if filters.params_of(st.query_params) != params:
        st.query_params.from_dict(params)
    if state.get("playing"):
        timeline.run_ticker(float(state.get("play_speed", 1.0)))  # its first call (now) does nothing
    state.in_full_run = False  # from here on, the ticker's runs are ticks


def main() -> None:
    st.set_page_config(page_title="Conflict timeline", page_icon=":world_map:", layout="wide")
    st.session_state.in_full_run = True
    db_path = default_db_path()
    with open_store(db_path) as store:
        empty = queries.is_empty(store)
    if empty:
        message = _seed_once(db_path)
        if message:
            st.info(message)
    missing = offline.missing_assets()
    if missing:
        st.error("Map assets are missing (run `.venv/bin/python scripts/fetch_assets.py`): "
                 + ", ".join(missing[:3]))
    article = st.query_params.get("article")
    if article:
        st.title("Article")
        panels.article_page(db_path, article, filters.params_of(st.query_params))
        return
    st.html(PAGE_CSS)
    st.title("Conflict timeline")
    _map_view(db_path)


main()
