"""The app's panels: excerpts beside the map, the article view, downloads, and ingest from the page.

Article text, titles, outlets and place names are untrusted: they reach the page only HTML-escaped (through
``mapview.esc``/``highlight``) inside ``st.html``, which Streamlit sanitises again, or as plain data in
``st.dataframe``; never through markdown, which would turn ``[x](javascript:…)`` into a link.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence

import pandas as pd
import streamlit as st

from dashboard import mapview, upload, urlstate
from geodata import export, queries
from geodata.store import open_store

PANEL_PAGE = 50  # excerpts per "show more"
EXPORT_MIME = {"csv": "text/csv", "geojson": "application/geo+json", "gpkg": "application/geopackage+sqlite3"}
EXPORT_LABEL = {"csv": "CSV", "geojson": "GeoJSON", "gpkg": "GeoPackage"}
ROLE_STYLE = {"event": "background:#ffe08a", "dateline": "background:#d6e4f0", "aside": "background:#e4e4e4"}


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def summary(data: Mapping[str, int]) -> None:
    """'N mentions of M places from K articles in view', then how many are only country/region precise."""
    st.markdown(f"**{data['mentions']}** {'mention' if data['mentions'] == 1 else 'mentions'} of "
                f"**{data['places']}** {'place' if data['places'] == 1 else 'places'} from "
                f"**{data['articles']}** {'article' if data['articles'] == 1 else 'articles'} in view")
    coarse, coarse_places = data["coarse_mentions"], data["coarse_places"]
    if coarse:
        st.caption(f"{_plural(coarse, 'mention')} ({_plural(coarse_places, 'place')}) only country- or "
                   "region-precise: shaded areas on the map, not exact sites.")
    else:
        st.caption("Every mention in view is an exact place (city or site).")


def _clear_selection() -> None:
    st.session_state.selected_place = None


def side_panel(db_path: str, place_key: str | None, filters: queries.Filters,
               params: Mapping[str, Sequence[str]]) -> None:
    """Every excerpt of the selected place under the current filters, newest first, with article links."""
    if not place_key:
        st.info("Click a marker to list its excerpts here.")
        return
    with open_store(db_path) as store:
        rows = queries.excerpts(store, place_key, filters)
        name = queries.place_name(store, place_key)
    # Place names come from data too: escaped HTML, not markdown (st.subheader would parse links).
    head, close = st.columns([5, 1], vertical_alignment="center")
    head.html(f'<h3 class="gd-place" style="margin:0">{mapview.esc(name or place_key)}</h3>')
    close.button("✕", key="clear_selection", on_click=_clear_selection, help="Close this place")
    if rows.empty:
        st.warning("No mentions of this place under the current filters.")
        return
    limit_key = f"panel_limit:{place_key}"
    limit = int(st.session_state.get(limit_key, PANEL_PAGE))
    shown = rows.head(limit)
    st.caption(f"{_plural(len(rows), 'mention')} in view, newest first"
               + (f" (showing {limit})" if len(rows) > limit else ""))
    cards = [mapview.excerpt_card(r, urlstate.query_string(params, article=str(int(r["article_id"]))))
             for r in shown.to_dict("records")]
    st.html('<div class="gd-panel">' + "".join(cards) + "</div>")
    if len(rows) > limit:
        st.button(f"Show {min(PANEL_PAGE, len(rows) - limit)} more", key="panel_more",
                  on_click=lambda: st.session_state.update({limit_key: limit + PANEL_PAGE}))


def _mark_title(row: Mapping[str, object]) -> str:
    when = mapview.iso_day(row.get("event_date"))
    parts = [str(row.get("place_name") or ""), str(row.get("kind") or "")]
    if row.get("role") in ("dateline", "aside"):
        parts.append(str(row["role"]))
    if when:
        parts.append(f"event {when}")
    return " · ".join(p for p in parts if p)


def article_page(db_path: str, article_id: str, params: Mapping[str, Sequence[str]]) -> None:
    """One article: metadata, full text with every place marked, and the list of its places."""
    back = urlstate.query_string({k: v for k, v in params.items() if k != "article"})
    st.html(f'<a class="gd-back" href="{mapview.esc(back)}" target="_self">← Back to the map</a>')
    try:
        art_id = int(article_id)
    except ValueError:
        st.error("This link does not name an article.")
        return
    with open_store(db_path) as store:
        art = queries.article(store, art_id)
        marks = queries.article_mentions(store, art_id) if art else pd.DataFrame()
    if art is None:
        st.error(f"There is no article {art_id} in this database.")
        return
    title = mapview.esc(art.get("title") or "(untitled)")
    meta = [mapview.esc(art.get("source") or "unknown source")]
    if art.get("language"):
        meta.append(mapview.esc(art["language"]))
    meta.append(f"published {mapview.esc(mapview.iso_day(art.get('published')) or '?')}")
    url = mapview.safe_url(art.get("url"))
    if url:
        meta.append(f'<a href="{mapview.esc(url)}" target="_blank" rel="noopener noreferrer nofollow">original</a>')
    elif art.get("url"):
        meta.append(f"source address (not a web link): {mapview.esc(art['url'])}")
    spans = [(int(r["start"]), int(r["end"]), f"gd-{r['role']}", _mark_title(r)) for r in marks.to_dict("records")]
    body = mapview.highlight_spans(str(art.get("text") or ""), spans)
    body = body.replace('<mark class="gd-event"', f'<mark class="gd-event" style="{ROLE_STYLE["event"]}"')
    for role in ("dateline", "aside"):
        body = body.replace(f'<mark class="gd-{role}"', f'<mark class="gd-{role}" style="{ROLE_STYLE[role]}"')
    st.html(f'<div class="gd-article"><h2 class="gd-article-title" style="margin:0.2em 0">{title}</h2>'
            f'<div class="gd-article-meta" style="color:#666">{" · ".join(meta)}</div>'
            f'<div style="margin:0.6em 0;font-size:0.85em">Marked: '
            f'<mark style="{ROLE_STYLE["event"]}">place of an event</mark> '
            f'<mark style="{ROLE_STYLE["dateline"]}">dateline</mark> '
            f'<mark style="{ROLE_STYLE["aside"]}">aside (credit line, link to another story)</mark> '
            f'(hover for details)</div>'
            f'<div class="gd-article-text" style="white-space:pre-wrap;line-height:1.6;max-width:52em">'
            f"{body}</div></div>")
    if not marks.empty:
        st.subheader("Places in this article")
        table = marks.rename(columns={"place_name": "place", "surface": "as written", "event_date": "event date",
                                      "date_precision": "precision", "date_source": "date from"})
        st.dataframe(table[["place", "as written", "kind", "country_code", "role", "confidence", "event date",
                            "precision", "date from"]], hide_index=True, width="stretch")


def _export_bytes(df: pd.DataFrame, fmt: str) -> bytes:
    return export.to_bytes(queries.to_export(df), fmt)


def exports(df: pd.DataFrame, filters: queries.Filters) -> None:
    """Download exactly the mentions in view (EXPORT_COLUMNS) as CSV, GeoJSON or GeoPackage.

    The bytes are made only when a button is clicked (callable ``data``), not on every rerun.
    """
    span = f"{filters.start or 'start'}_{filters.end or 'end'}"
    cols = st.columns([2, 1, 1, 1], vertical_alignment="center")
    cols[0].markdown(f"**Download what is in view** ({_plural(len(df), 'row')})")
    for col, fmt in zip(cols[1:], export.FORMATS, strict=True):
        col.download_button(EXPORT_LABEL[fmt], data=functools.partial(_export_bytes, df, fmt),
                            file_name=f"mentions_{span}.{fmt}", mime=EXPORT_MIME[fmt], key=f"export_{fmt}",
                            on_click="ignore", disabled=df.empty, width="stretch")


def ingest_section(db_path: str) -> None:
    """Upload article files (several at once) and ingest them into the app's store; per-file results."""
    state = st.session_state
    state.setdefault("upload_round", 0)
    with st.sidebar.expander("Add articles", expanded=bool(state.get("ingest_reports"))):
        files = st.file_uploader("Article files (txt, html, json, jsonl, csv, rss, zip …)",
                                 accept_multiple_files=True, key=f"uploads_{state.upload_round}")
        if st.button("Ingest", key="ingest", disabled=not files, type="primary"):
            with st.spinner("Reading and geoparsing…"), open_store(db_path) as store:
                reports = upload.ingest_uploads([(f.name, f.getvalue()) for f in files or []], store)
            state.ingest_reports = reports
            state.upload_round += 1  # a fresh, empty uploader
            st.rerun()
        reports = state.get("ingest_reports") or []
        if reports:
            st.html('<div class="gd-reports">' + "".join(report_html(r) for r in reports) + "</div>")


def report_html(report: upload.FileReport) -> str:
    """One file's ingest result; the file name and errors come from the user: escaped."""
    colour, icon = ("#1e8449", "✓") if report.ok else ("#b03a2e", "✗")
    errors = "".join(f"<li>{mapview.esc(e)}</li>" for e in report.errors[:20])
    more = f"<li>… {len(report.errors) - 20} more</li>" if len(report.errors) > 20 else ""
    return (f'<div class="gd-report {"gd-ok" if report.ok else "gd-failed"}" '
            f'style="border-left:3px solid {colour};padding:2px 8px;margin:4px 0;font-size:0.9em">'
            f'<b>{icon} {mapview.esc(report.name)}</b>: {mapview.esc(report.line())}'
            + (f'<ul style="margin:2px 0;color:{colour}">{errors}{more}</ul>' if errors else "") + "</div>")
