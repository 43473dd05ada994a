"""Sidebar filters (everything but time) and the restore-from-URL step that seeds them.

Widget values live in ``st.session_state`` under the keys below; ``restore`` writes a shared link's values
there once per browser session, dropping values the database does not offer (a multiselect refuses
unknown defaults, and a stale link must still open).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd
import streamlit as st

from dashboard.urlstate import View
from geodata import queries

LANGUAGE_NAMES = {"ar": "Arabic", "az": "Azerbaijani", "de": "German", "en": "English", "es": "Spanish",
                  "fa": "Persian", "fr": "French", "hy": "Armenian", "id": "Indonesian", "it": "Italian",
                  "ka": "Georgian", "pt": "Portuguese", "ru": "Russian", "tr": "Turkish", "uk": "Ukrainian",
                  "zh": "Chinese"}


def place_label(options: pd.DataFrame) -> dict[str, str]:
    """Place key -> 'Name (CC) · N' for the type-ahead place filter (names repeat across countries)."""
    labels = {}
    for row in options.itertuples(index=False):
        cc = f" ({row.country_code})" if row.country_code else ""
        labels[str(row.place_key)] = f"{row.place_name}{cc} · {row.count}"
    return labels


def restore(view: View, facets: queries.Facets, place_keys: Sequence[str]) -> None:
    """Seed widget state from a decoded URL, keeping only values the data offers."""
    state = st.session_state
    state.countries = [c for c in view.countries if c in facets.countries]
    state.places = [p for p in view.places if p in set(place_keys)]
    state.languages = [c for c in view.languages if c in facets.languages]
    state.sources = [c for c in view.sources if c in facets.sources]
    state.datelines = view.datelines
    state.min_confidence = float(view.min_confidence)
    state.keyword = view.keyword
    state.date_field = view.date_field
    state.stack = view.stack
    if view.selected:
        state.selected_place = view.selected
    if view.start or view.end:
        state.url_window = (view.start, view.end)


def url_window(lo: dt.date, hi: dt.date) -> None:
    """Apply a window read from the URL, once the date bounds are known (open ends mean the bounds)."""
    state = st.session_state
    window = state.pop("url_window", None)
    if window:
        start, end = window
        start = min(max(start or lo, lo), hi)
        end = min(max(end or hi, lo), hi)
        state.date_range = (min(start, end), max(start, end))
        state.start_date, state.end_date = state.date_range


def _keep_known(key: str, options: Sequence[str]) -> None:
    """Drop chosen values that are no longer offered (after a re-ingest), before the widget is drawn."""
    state = st.session_state
    if key in state:
        known = set(options)
        state[key] = [v for v in state[key] if v in known]


def sidebar(facets: queries.Facets, options: pd.DataFrame) -> dict[str, Any]:
    """The sidebar filters; returns keyword arguments for ``queries.Filters`` (all but the dates)."""
    labels = place_label(options)
    for key, values in (("countries", facets.countries), ("languages", facets.languages),
                        ("sources", facets.sources), ("places", list(labels))):
        _keep_known(key, values)
    with st.sidebar:
        st.header("Filters")
        keyword = st.text_input("Keyword in the article text", key="keyword",
                                help="Full-text search (every word must occur), in titles and texts")
        places = st.multiselect("Places", list(labels), key="places", format_func=lambda k: labels.get(k, k),
                                placeholder="Type a place name…")
        countries = st.multiselect("Countries of places", facets.countries, key="countries")
        languages = st.multiselect("Languages", facets.languages, key="languages",
                                   format_func=lambda c: f"{LANGUAGE_NAMES.get(c, c)} ({c})")
        sources = st.multiselect("Sources / outlets", facets.sources, key="sources")
        datelines = st.checkbox("Include datelines and asides", key="datelines",
                                help="Event sites are always shown; datelines ('NAIROBI —', where a story was "
                                     "filed) and asides (places in credit lines, 'Reporting by … in Gdansk', "
                                     "and in links to other stories, 'Read more: …') are hidden by default")
        min_conf = st.slider("Minimum confidence", 0.0, 1.0, step=0.05, key="min_confidence")
    return {"keyword": keyword.strip() or None, "countries": tuple(countries), "place_keys": tuple(places),
            "languages": tuple(languages), "sources": tuple(sources),
            "roles": ("event", "dateline", "aside") if datelines else ("event",), "min_confidence": float(min_conf)}


def view_of(filters: queries.Filters, selected: str | None, stack: str,
            bounds: tuple[dt.date, dt.date] | None = None) -> View:
    """The shareable view for the URL; the whole date range is left out (the link then follows new data)."""
    whole = bounds is not None and (filters.start, filters.end) == tuple(bounds)
    return View(start=None if whole else filters.start, end=None if whole else filters.end,
                date_field=filters.date_field, countries=filters.countries,
                places=filters.place_keys, languages=filters.languages, sources=filters.sources,
                datelines="dateline" in filters.roles, min_confidence=filters.min_confidence,
                keyword=filters.keyword or "", selected=selected, stack=stack)


def params_of(mapping: Mapping[str, Any]) -> dict[str, list[str]]:
    """``st.query_params`` as ``{name: [values]}`` (``to_dict`` would keep only the last repeated value)."""
    getter = getattr(mapping, "get_all", None)
    if getter is None:
        return {k: list(v) if isinstance(v, (list, tuple)) else [str(v)] for k, v in mapping.items()}
    return {k: [str(v) for v in getter(k)] for k in mapping}
