"""Streamlit dashboard: where and when conflict events were reported, on a map with a date slider.

Thin layer over ``geodata.queries`` (what to show) and ``dashboard.mapview`` (how to draw it). Run from the
repository root so ``.streamlit/config.toml`` (static serving) applies:
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

from dashboard import mapview, offline
from geodata import queries
from geodata.store import default_db_path, open_store

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT / "seeds"
PANEL_LIMIT = 50
MAP_HEIGHT = 560
RETURNED = ["last_active_drawing", "last_object_clicked_count"]


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


@st.cache_data(show_spinner=False, max_entries=32)
def _load(db_path: str, version: tuple[int, int, str | None], key: tuple[Any, ...]) -> dict[str, Any]:
    """Filtered mentions, per-place aggregate and map features; cached per data version and filters."""
    filters = queries.Filters(*key)
    with open_store(db_path) as store:
        df = queries.mentions(store, filters)
    by_place = queries.places(df)
    return {"mentions": len(df), "places": len(by_place), "articles": int(df["article_id"].nunique()),
            "collection": mapview.place_features(by_place, df)}


def _plural(n: int, word: str) -> str:
    return word if n == 1 else word + "s"


def _sync_from_slider() -> None:
    st.session_state.start_date, st.session_state.end_date = st.session_state.date_range


def _sync_from_inputs() -> None:
    start, end = st.session_state.start_date, st.session_state.end_date
    if start and end and start > end:
        start, end = end, start
        st.session_state.start_date, st.session_state.end_date = start, end
    st.session_state.date_range = (start, end)


def _date_controls(lo: dt.date, hi: dt.date) -> tuple[dt.date, dt.date]:
    """Range slider plus exact From/To inputs, kept in sync through session state."""
    state = st.session_state
    current = state.get("date_range")
    valid = isinstance(current, tuple) and len(current) == 2 and lo <= current[0] <= current[1] <= hi
    if not valid or (current == state.get("date_bounds") and current != (lo, hi)):
        # First run, data shrank, or the full range was shown and new data widened it: show it all.
        state.date_range = (lo, hi)
        state.start_date, state.end_date = lo, hi
    state.date_bounds = (lo, hi)
    st.slider("Event dates", min_value=lo, max_value=hi, key="date_range", format="YYYY-MM-DD",
              on_change=_sync_from_slider, help="Event date from the text, or publication date when none")
    left, right = st.columns(2)
    left.date_input("From", key="start_date", min_value=lo, max_value=hi, on_change=_sync_from_inputs)
    right.date_input("To", key="end_date", min_value=lo, max_value=hi, on_change=_sync_from_inputs)
    start, end = state.date_range
    return start, end


def _sidebar_filters(facets: queries.Facets) -> dict[str, Any]:
    """Secondary filters; the date range lives above the map."""
    with st.sidebar:
        st.header("Filters")
        keyword = st.text_input("Keyword (title or text)", key="keyword")
        countries = st.multiselect("Countries of places", facets.countries, key="countries")
        languages = st.multiselect("Languages", facets.languages, key="languages")
        sources = st.multiselect("Sources", facets.sources, key="sources")
        datelines = st.checkbox("Include datelines (where a story was filed)", key="datelines")
        min_conf = st.slider("Minimum confidence", 0.0, 1.0, 0.0, 0.05, key="min_confidence")
    return {"keyword": keyword.strip() or None, "countries": tuple(countries), "languages": tuple(languages),
            "sources": tuple(sources), "roles": ("event", "dateline") if datelines else ("event",),
            "min_confidence": float(min_conf)}


def _credits(tiles_on: bool) -> None:
    parts = ["Place names and coordinates: [GeoNames](https://www.geonames.org/) (CC BY 4.0)",
             ("country borders: [Natural Earth](https://www.naturalearthdata.com/) via world-atlas "
              "(public domain)"),
             "language and country names: [Unicode CLDR](https://cldr.unicode.org/)"]
    if tiles_on:
        parts.append("map tiles © [OpenStreetMap](https://www.openstreetmap.org/copyright) "
                     "contributors (ODbL)")
    st.caption("Data credits: " + "; ".join(parts) + ".")


def _side_panel(db_path: str, place_key: str | None, filters: queries.Filters) -> None:
    """Excerpts of the clicked place under the current filters, newest first; all text escaped."""
    if not place_key:
        st.info("Click a marker to list its excerpts here.")
        return
    with open_store(db_path) as store:
        rows = queries.excerpts(store, place_key, filters)
        name = queries.place_name(store, place_key)
    # Place names come from data too: escaped HTML, not markdown (st.subheader would parse links).
    st.html(f'<h3 class="gd-place" style="margin:0">{mapview.esc(name or place_key)}</h3>')
    if rows.empty:
        st.warning("No mentions of this place under the current filters.")
        return
    shown = rows.head(PANEL_LIMIT)
    st.caption(f"{len(rows)} mention{'s' if len(rows) != 1 else ''}, newest first"
               + (f" (showing {PANEL_LIMIT})" if len(rows) > PANEL_LIMIT else ""))
    st.html('<div class="gd-panel">' + "".join(mapview.excerpt_card(r) for r in shown.to_dict("records"))
            + "</div>")


def main() -> None:
    st.set_page_config(page_title="Conflict timeline", page_icon=":world_map:", layout="wide")
    st.title("Conflict timeline")
    db_path = default_db_path()
    with open_store(db_path) as store:
        empty = queries.is_empty(store)
    if empty:
        message = _seed_once(db_path)
        if message:
            st.info(message)
    with open_store(db_path) as store:
        version = queries.data_version(store)
        bounds = queries.date_bounds(store, "event")
        facets = queries.facets(store)
    missing = offline.missing_assets()
    if missing:
        st.error("Map assets are missing (run `.venv/bin/python scripts/fetch_assets.py`): "
                 + ", ".join(missing[:3]))

    extra = _sidebar_filters(facets)
    if bounds is None:
        st.warning("No mentions in the database yet.")
        lo = hi = dt.date.today()
    else:
        lo, hi = bounds
    if hi <= lo:  # a slider needs a non-empty range
        hi = lo + dt.timedelta(days=1)
    start, end = _date_controls(lo, hi)
    filters = queries.Filters(start=start, end=end, date_field="event", **extra)
    key = (filters.start, filters.end, filters.date_field, filters.countries, filters.place_keys,
           filters.languages, filters.sources, filters.roles, filters.min_confidence, filters.keyword)
    data = _load(db_path, version, key)

    st.markdown(f"**{data['mentions']}** {_plural(data['mentions'], 'mention')} of **{data['places']}** "
                f"{_plural(data['places'], 'place')} from **{data['articles']}** "
                f"{_plural(data['articles'], 'article')} in view")
    map_col, panel_col = st.columns([3, 2], gap="medium")
    with map_col:
        returned = st_folium(mapview.base_map(), key="map", height=MAP_HEIGHT, use_container_width=True,
                             feature_group_to_add=mapview.data_layer(data["collection"]),
                             returned_objects=RETURNED)
        st.caption("Red pins: exact places (cities, sites). Dashed circles: a whole country or region "
                   "(position approximate). Numbers: mentions in view.")
    place_key = mapview.clicked_place_key(returned)
    with panel_col, st.container(height=MAP_HEIGHT + 40, border=False):  # scrolls beside the map
        _side_panel(db_path, place_key, filters)
    _credits(offline.tiles_enabled())


main()
