"""Cached reads for the app: one function per thing shown, keyed by the data version and the filters.

``queries.data_version`` changes with every ingest, so caches never serve stale data after an upload, and
a filter change that was seen before (playback loops, undo) costs a cache lookup instead of a query.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from dashboard import mapview, names
from geodata import queries
from geodata.store import open_store

Version = tuple[int, int, str | None]


def view_key(filters: queries.Filters) -> tuple[Any, ...]:
    """Hashable cache key of a ``Filters``."""
    return (filters.start, filters.end, filters.date_field, filters.countries, filters.place_keys,
            filters.languages, filters.sources, filters.roles, filters.min_confidence, filters.keyword)


def compute_view(db_path: str, filters: queries.Filters) -> dict[str, Any]:
    """Mentions in view, per-place aggregate, map features and counts (uncached: the benchmark times this)."""
    with open_store(db_path) as store:
        df = queries.mentions(store, filters)
    by_place = queries.places(df)
    coarse_mentions, coarse_places = queries.coarse_counts(df)
    own = dict(zip(by_place["place_key"], by_place["place_name"], strict=True))
    collection = mapview.place_features(by_place, df, names=lambda k: names.other_names(k, str(own.get(k, k))),
                                        outlines=names.outline)
    return {"mentions_df": df, "mentions": len(df), "places": len(by_place),
            "articles": int(df["article_id"].nunique()) if len(df) else 0,
            "coarse_mentions": coarse_mentions, "coarse_places": coarse_places, "collection": collection}


@st.cache_data(show_spinner=False, max_entries=64)
def view(db_path: str, version: Version, key: tuple[Any, ...]) -> dict[str, Any]:
    """``compute_view`` cached per data version and filters."""
    return compute_view(db_path, queries.Filters(*key))


@st.cache_data(show_spinner=False, max_entries=64)
def timeline_counts(db_path: str, version: Version, key: tuple[Any, ...], by: str) -> pd.DataFrame:
    """Mentions per day and group under the filters, over the whole time axis."""
    with open_store(db_path) as store:
        return queries.timeline(store, queries.without_dates(queries.Filters(*key)), by)  # type: ignore[arg-type]


@st.cache_data(show_spinner=False, max_entries=8)
def choices(db_path: str, version: Version) -> tuple[queries.Facets, pd.DataFrame]:
    """Filter choices: facets and the places with mentions."""
    with open_store(db_path) as store:
        return queries.facets(store), queries.place_options(store)
