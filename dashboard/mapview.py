"""Map building blocks: a constant base map and a data layer built from per-place aggregates.

Pure functions (no Streamlit) so they are unit-tested. Design constraints from MAP-NOTES.md:
- the base ``folium.Map`` never changes between reruns (st_folium re-creates its iframe when it does);
  data goes in a separate ``FeatureGroup`` passed as ``feature_group_to_add``;
- data is ONE GeoJSON layer whose markers are created in the browser, clustered, one per place;
- popups are bound per feature in ``on_each_feature`` (GeoJsonPopup breaks inside a MarkerCluster);
- output is deterministic (stable order, no randomness) or st_folium reruns loop;
- article text is untrusted: everything from it is HTML-escaped before it reaches a popup or tooltip.
"""

from __future__ import annotations

import html
import json
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

import folium
import pandas as pd
from folium.template import Template
from folium.utilities import JsCode

from dashboard.offline import OfflineMap, OfflineMarkerCluster, add_base_layers, add_header_css

AREA_KINDS = frozenset({"country", "region"})
POPUP_EXCERPTS = 3
POPUP_CONTEXT = 90  # characters of excerpt kept either side of the name in a popup
MAP_CENTER = (20.0, 10.0)
MAP_ZOOM = 1
VIEW_PIXELS = 600  # about the map's width on a laptop screen
MAX_ZOOM = 18
CLUSTER_OPTIONS: dict[str, Any] = {"maxClusterRadius": 45, "showCoverageOnHover": False,
                                   "spiderfyOnMaxZoom": True, "chunkedLoading": True}

CARD_STYLE = "border-left:3px solid #c0392b;padding:2px 0 2px 10px;margin:0 0 12px"
MAP_STYLE = """
.gd-marker { background: transparent; border: none; }
.gd-marker .gd-body { width: 100%; height: 100%; box-sizing: border-box; display: flex; align-items: center;
  justify-content: center; font: 600 11px/1 system-ui, sans-serif; }
.gd-pin .gd-body { border-radius: 50% 50% 50% 0; transform: rotate(-45deg); background: #c0392b;
  border: 2px solid #fff; box-shadow: 0 1px 4px rgba(0,0,0,.45); color: #fff; }
.gd-pin .gd-body span { transform: rotate(45deg); }
.gd-area .gd-body { border-radius: 50%; background: rgba(41,128,185,.22); border: 2px dashed #2471a3;
  color: #1b4f72; }
.gd-popup .leaflet-popup-content { margin: 10px 12px; font: 13px/1.4 system-ui, sans-serif; }
.gd-pop h4 { font-size: 15px; margin: 0 0 2px; }
.gd-pop .gd-meta { color: #555; font-size: 12px; margin-bottom: 6px; }
.gd-pop ol { padding-left: 18px; margin: 0; }
.gd-pop li { margin-bottom: 6px; }
.gd-pop mark { background: #ffe08a; padding: 0 1px; }
.gd-pop small { color: #555; }
.gd-pop .gd-names { color: #333; font-size: 12px; margin: 0 0 4px; }
"""

# Markers are made in the browser from each feature's numeric properties only; no text goes into the icon.
POINT_TO_LAYER = JsCode("""function (feature, latlng) {
    var p = feature.properties, s = Number(p.size) || 24, area = p.area === true;
    var icon = L.divIcon({
        className: area ? "gd-marker gd-area" : "gd-marker gd-pin",
        iconSize: [s, s],
        iconAnchor: area ? [s / 2, s / 2] : [s / 2, Math.round(s * 1.2)],
        popupAnchor: [0, area ? -s / 2 : -Math.round(s * 1.2)],
        tooltipAnchor: [0, area ? -s / 2 : -Math.round(s * 1.2)],
        html: '<div class="gd-body"><span>' + String(Math.floor(Number(p.count) || 0)) + "<\\/span><\\/div>"
    });
    return L.marker(latlng, {icon: icon, keyboard: true, riseOnHover: true});
}""")

# Countries and regions: a dashed ring with the count (never a pin), plus the shaded area itself: a curated
# region's outline shipped in the feature, or the country's polygon from the outlines the base map fetched once
# (``window.gdCountries``, keyed by ISO code), so country shapes never travel with every rerun. Every part
# reports the same small Point feature when clicked (st_folium sends ``layer.toGeoJSON()`` back to Python).
AREA_TO_LAYER = JsCode("""function (feature, latlng) {
    var p = feature.properties, s = Number(p.size) || 34;
    var ref = {type: "Feature", geometry: feature.geometry,
               properties: {key: p.key, name: p.name, kind: p.kind, count: p.count, area: true}};
    var asRef = function () { return ref; };
    var style = {color: "#1f5f8b", weight: 1.2, dashArray: "4 3", fillColor: "#2980b9",
                 fillOpacity: Number(p.alpha) || 0.2};
    var group = L.featureGroup();
    var ring = L.marker(latlng, {keyboard: true, riseOnHover: true, icon: L.divIcon({
        className: "gd-marker gd-area", iconSize: [s, s], iconAnchor: [s / 2, s / 2],
        popupAnchor: [0, -s / 2], tooltipAnchor: [0, -s / 2],
        html: '<div class="gd-body"><span>' + String(Math.floor(Number(p.count) || 0)) + "<\\/span><\\/div>"})});
    ring.feature = ref;
    ring.toGeoJSON = asRef;
    group.addLayer(ring);
    group.gdMarker = ring;
    var addShape = function (geometry) {
        var shape = L.geoJSON(geometry, {style: style, onEachFeature: function (f, l) { l.toGeoJSON = asRef; }});
        shape.gdKey = p.key;
        group.addLayer(shape);
        group.gdShape = shape;
    };
    if (p.shape) {
        addShape(p.shape);
    } else if (p.cc && window.gdCountries) {
        window.gdCountries.then(function (index) { if (index[p.cc]) { addShape(index[p.cc].geometry); } });
    }
    delete p.shape;
    return group;
}""")

# Tooltip and popup HTML are built (and escaped) in Python; dropped from the properties afterwards so a
# click sends only the small identifying properties back to Python (``last_active_drawing``).
ON_EACH_FEATURE = JsCode("""function (feature, layer) {
    var p = feature.properties;
    layer.bindTooltip(p.tooltip, {direction: "top"});
    layer.bindPopup(p.popup, {maxWidth: 360, minWidth: 220, className: "gd-popup"});
    delete p.tooltip;
    delete p.popup;
}""")


def esc(value: object) -> str:
    """HTML-escape any value for text and attribute context; None becomes ''."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return html.escape(str(value), quote=True)


def script_json(value: object) -> str:
    """JSON that is safe inside a ``<script>`` element: no ``</script>`` or ``<!--`` can end or confuse it."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return (text.replace("</", "<\\/").replace("<!--", "<\\u0021--")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def safe_url(url: object) -> str | None:
    """The URL if it is plain http(s), else None (``javascript:``, ``data:`` … never become links)."""
    if not isinstance(url, str) or not url.strip():
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url.strip()


def is_area(kind: object, key: object = "") -> bool:
    """Countries and regions are areas: drawn as shaded circles, never as exact pins."""
    return str(kind) in AREA_KINDS or str(key).startswith("cc:")


def marker_size(count: int, area: bool) -> int:
    """Icon diameter in pixels, growing with the log of the count so big places don't swamp the map."""
    grow = math.log2(max(int(count), 1))
    return int(min(80, 34 + 8 * grow)) if area else int(min(52, 22 + 5 * grow))


def _clip(text: str, start: int, end: int, context: int | None) -> tuple[str, str, str]:
    """Split ``text`` around [start, end) into before/name/after, trimming long sides with an ellipsis."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    before, name, after = text[:start], text[start:end], text[end:]
    if context is not None:
        if len(before) > context:
            before = "…" + before[-context:].lstrip()
        if len(after) > context:
            after = after[:context].rstrip() + "…"
    return before, name, after


def highlight(text: object, start: object, end: object, context: int | None = None) -> str:
    """Escaped excerpt with the place name wrapped in ``<mark>``; offsets outside the text mark nothing."""
    body = "" if text is None or (isinstance(text, float) and math.isnan(text)) else str(text)
    try:
        s, e = int(start), int(end)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        s = e = 0
    if not (0 <= s < e <= len(body)):
        before = body if context is None or len(body) <= 2 * context else body[: 2 * context].rstrip() + "…"
        return esc(before.strip())
    before, name, after = _clip(body, s, e, context)
    return f"{esc(before.lstrip())}<mark>{esc(name)}</mark>{esc(after.rstrip())}"


def iso_day(value: object) -> str:
    return "" if value is None or (isinstance(value, float) and math.isnan(value)) else str(value)[:10]


def date_label(row: Mapping[str, Any]) -> str:
    """Event date, said to be the publication date when the pipeline found no event date."""
    when = iso_day(row.get("event_date"))
    if row.get("date_source") == "publication":
        return f"{when} (published)"
    precision = row.get("date_precision")
    return f"{when} ({precision})" if precision and precision != "day" else when


def source_link(row: Mapping[str, Any]) -> str:
    """Escaped source name, linked only when the article URL is plain http(s)."""
    label = esc(row.get("source") or row.get("title") or "source")
    url = safe_url(row.get("url"))
    if url is None:
        return label
    return f'<a href="{esc(url)}" target="_blank" rel="noopener noreferrer nofollow">{label}</a>'


def tooltip_html(place: Mapping[str, Any]) -> str:
    count = int(place["count"])
    return f"<b>{esc(place['place_name'])}</b> · {count} mention{'s' if count != 1 else ''}"


def popup_html(place: Mapping[str, Any], rows: Iterable[Mapping[str, Any]], names: Sequence[str] = ()) -> str:
    """Popup body: place and its other names, counts, date span, the newest few excerpts. Every text escaped.

    Excerpts are clipped here; the full sentences load in the side panel on click (small payload per rerun).
    """
    count = int(place["count"])
    kind = "area" if is_area(place.get("kind"), place.get("place_key")) else "exact place"
    first, last = iso_day(place.get("first_date")), iso_day(place.get("last_date"))
    span = first if first == last else f"{first} \u2013 {last}"
    items = []
    for row in rows:
        quote = highlight(row.get("excerpt"), row.get("name_start"), row.get("name_end"), POPUP_CONTEXT)
        items.append(f"<li><q>{quote}</q><br><small>{esc(date_label(row))} · {source_link(row)}</small></li>")
    more = count - len(items)
    tail = f"<small>+{more} more in the side panel</small>" if more > 0 else ""
    mentions = f"{count} mention{'s' if count != 1 else ''}"
    also = f'<div class="gd-names">{" / ".join(esc(n) for n in names)}</div>' if names else ""
    return (f'<div class="gd-pop"><h4>{esc(place["place_name"])}</h4>{also}'
            f'<div class="gd-meta">{esc(kind)} · {mentions} · {esc(span)}</div>'
            f"<ol>{''.join(items)}</ol>{tail}</div>")


def dates_line(row: Mapping[str, Any]) -> str:
    """Publication and event date of one mention, both when they differ, with how the event date was found."""
    published = iso_day(row.get("published"))
    event = iso_day(row.get("event_date"))
    if row.get("date_source") == "publication" or not event:
        return f"published {published or '?'} (no event date in the text)"
    how = [str(v) for v in (row.get("date_precision"), row.get("date_source")) if v and v not in ("day",)]
    detail = f" ({', '.join(how)})" if how else ""
    if event == published:
        return f"event {event}{detail} · published the same day"
    return f"event {event}{detail} · published {published or '?'}"


def excerpt_card(row: Mapping[str, Any], article_href: str | None = None) -> str:
    """Side-panel entry for one mention: title, outlet, language, dates, full sentence with the name marked.

    ``article_href`` (a relative ``?article=ID…`` link we built) opens the article view. Rendered with
    ``st.html`` (DOMPurify-sanitised, no markdown parsing) on top of our own escaping.
    """
    title = esc(row.get("title") or "(untitled)")
    url = safe_url(row.get("url"))
    heading = (f'<a href="{esc(url)}" target="_blank" rel="noopener noreferrer nofollow">{title}</a>'
               if url else title)
    meta = [esc(row.get("source") or "unknown source")]
    if row.get("language"):
        meta.append(esc(row["language"]))
    meta.append(esc(dates_line(row)))
    excerpt = highlight(row.get("excerpt"), row.get("name_start"), row.get("name_end"))
    read = (f' · <a class="gd-article-link" href="{esc(article_href)}" target="_self">full article</a>'
            if article_href and article_href.startswith("?") else "")
    return (f'<div class="gd-card" style="{CARD_STYLE}">'
            f'<div style="font-weight:600">{heading}</div>'
            f'<div style="color:#666;font-size:0.85em">{" · ".join(meta)}{read}</div>'
            f'<div class="gd-excerpt">{excerpt}</div></div>')


def highlight_spans(text: str, spans: Iterable[tuple[int, int, str, str]]) -> str:
    """Whole text escaped, each (start, end, css_class, title) span wrapped in ``<mark>``; overlaps skipped.

    Used by the article view to show every place of an article in place. Offsets outside the text are ignored.
    """
    out: list[str] = []
    pos = 0
    for start, end, css, title in sorted(spans, key=lambda sp: (sp[0], -sp[1])):
        if start < pos or not (0 <= start < end <= len(text)):
            continue
        out.append(esc(text[pos:start]))
        out.append(f'<mark class="{esc(css)}" title="{esc(title)}">{esc(text[start:end])}</mark>')
        pos = end
    out.append(esc(text[pos:]))
    return "".join(out)


AREA_ALPHA_MAX = {"country": 0.3, "region": 0.45}


def area_alpha(count: int, kind: str = "region") -> float:
    """Fill opacity of a shaded country or region: darker with more mentions, never opaque.

    Countries stay lighter than regions: they are big, and pins and regions inside them must stay readable.
    """
    top = AREA_ALPHA_MAX.get(kind, AREA_ALPHA_MAX["region"])
    return round(min(top, 0.06 + 0.04 * math.log2(max(int(count), 1))), 3)


def country_code_of(place: Mapping[str, Any]) -> str | None:
    """ISO code whose polygon shades a country-level place (``cc:AM`` or kind 'country' with a code)."""
    key = str(place.get("place_key") or "")
    if key.startswith("cc:"):
        return key[3:].upper()
    if place.get("kind") == "country" and place.get("country_code"):
        return str(place["country_code"]).upper()
    return None


def place_features(place_df: pd.DataFrame, mention_df: pd.DataFrame,
                   excerpts_per_place: int = POPUP_EXCERPTS, *,
                   names: Callable[[str], Sequence[str]] | None = None,
                   outlines: Callable[[str], Mapping[str, Any] | None] | None = None) -> dict[str, Any]:
    """GeoJSON FeatureCollection, one Point per place, in ``place_df`` order (count desc, key).

    ``mention_df`` must be newest first (as ``queries.mentions`` returns it); its first rows per place go
    into the popup. ``names(key)`` gives a place's names in other languages; ``outlines(key)`` a region's
    shape (GeoJSON geometry), drawn shaded instead of only a ring.
    """
    top: dict[str, list[dict[str, Any]]] = {}
    if not mention_df.empty:
        head = mention_df.groupby("place_key", sort=False).head(excerpts_per_place)
        cols = ["place_key", "excerpt", "name_start", "name_end", "event_date", "date_source",
                "date_precision", "source", "title", "url"]
        for rec in head[cols].to_dict("records"):
            top.setdefault(rec["place_key"], []).append(rec)
    features = []
    for place in place_df.to_dict("records"):
        key = str(place["place_key"])
        area = is_area(place["kind"], key)
        count = int(place["count"])
        props: dict[str, Any] = {
            "key": key,
            "name": str(place["place_name"]),
            "kind": str(place["kind"]),
            "count": count,
            "area": area,
            "size": marker_size(count, area),
            "tooltip": tooltip_html(place),
            "popup": popup_html(place, top.get(key, []), names(key) if names else ()),
        }
        if area:
            props["alpha"] = area_alpha(count, "country" if country_code_of(place) else "region")
            cc = country_code_of(place)
            shape = outlines(key) if outlines and not cc else None
            if cc:
                props["cc"] = cc
            elif shape:
                props["shape"] = shape
        features.append({
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [round(float(place["lon"]), 5),
                                                          round(float(place["lat"]), 5)]},
            "properties": props,
        })
    return {"type": "FeatureCollection", "features": features}


class PlacesGeoJson(folium.GeoJson):
    """``folium.GeoJson`` with a compact, script-safe embedding of its data.

    folium embeds data with Jinja's ``tojson``, which writes every ``<``, ``>``, ``&`` and non-ASCII
    character as a 6-byte escape: popups are HTML and news text is often not Latin, so that costs 30 % to
    3x of the payload re-sent on every rerun. ``script_json`` escapes only what could end or confuse the
    surrounding ``<script>`` (``</``, ``<!--``, U+2028/9). Styling/highlight options are not supported.
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.geoJson(null, {
            pointToLayer: {{ this.point_to_layer }},
            onEachFeature: {{ this.on_each_feature }}
        });
        {{ this.get_name() }}.addData({{ this.script_data() }});
        window.gdLayers = window.gdLayers || {};
        window.gdLayers[{{ this.role|tojson }}] = {{ this.get_name() }};
        {% endmacro %}
    """)

    def __init__(self, data: Mapping[str, Any], *, point_to_layer: JsCode, on_each_feature: JsCode,
                 name: str | None = None, role: str = "pins") -> None:
        super().__init__(dict(data), name=name, control=False, on_each_feature=on_each_feature)
        self.point_to_layer = point_to_layer
        self.role = role  # window.gdLayers[role]: how tests and the console find the layer

    def script_data(self) -> str:
        return script_json(self.data)


def base_map(tiles: str | None = None) -> folium.Map:
    """The constant map: world view, tiles per ``GEODATA_TILES``, bundled outlines, our CSS.

    Built fresh on every run (cheap) and never cached: st_folium mutates the map it is given.
    """
    m = OfflineMap(location=MAP_CENTER, zoom_start=MAP_ZOOM, tiles=None, min_zoom=1, maxZoom=MAX_ZOOM,
                   world_copy_jump=True, control_scale=True)
    add_base_layers(m, tiles)
    add_header_css(m, MAP_STYLE)
    return m


def split_areas(collection: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(exact places, countries and regions) as two FeatureCollections, order kept."""
    features = list(collection.get("features", []))
    pins = [f for f in features if not f["properties"].get("area")]
    areas = [f for f in features if f["properties"].get("area")]
    return ({"type": "FeatureCollection", "features": pins}, {"type": "FeatureCollection", "features": areas})


def initial_view(collection: Mapping[str, Any]) -> tuple[tuple[float, float], int]:
    """Centre and zoom that frame the exact places (pins) in view; countries and regions only when there
    are no pins; the world view when there is nothing. Robust to a stray far-away pin: the frame covers the
    middle 90% of pins by longitude and latitude."""
    feats = collection.get("features", [])
    pts = [f["geometry"]["coordinates"] for f in feats if not f["properties"].get("area")]
    pts = pts or [f["geometry"]["coordinates"] for f in feats]
    if not pts:
        return MAP_CENTER, MAP_ZOOM
    lons = sorted(p[0] for p in pts)
    lats = sorted(p[1] for p in pts)
    cut = len(pts) // 20
    lons, lats = lons[cut:len(lons) - cut], lats[cut:len(lats) - cut]
    span = max(lons[-1] - lons[0], (lats[-1] - lats[0]) * 1.5, 0.5) * 1.3  # with a margin
    # the world is 256 * 2**zoom pixels wide; the map shows about VIEW_PIXELS of it
    zoom = int(max(1, min(10, math.floor(math.log2(360.0 * VIEW_PIXELS / 256.0 / span)))))
    return ((lats[0] + lats[-1]) / 2, (lons[0] + lons[-1]) / 2), zoom


def data_layer(collection: Mapping[str, Any]) -> folium.FeatureGroup:
    """The per-rerun layer: exact places clustered in one GeoJSON layer, areas in another, unclustered.

    Countries and regions are kept out of the cluster: a cluster count mixes them with exact sites and
    suggests a density they do not have. The cluster is always present (even with no features) so its
    script is loaded with the first map.
    """
    pins, areas = split_areas(collection)
    group = folium.FeatureGroup(name="Mentions", control=False)
    PlacesGeoJson(areas, name="areas", point_to_layer=AREA_TO_LAYER, on_each_feature=ON_EACH_FEATURE,
                  role="areas").add_to(group)
    cluster = OfflineMarkerCluster(name="Places", control=False, **CLUSTER_OPTIONS)
    cluster.add_to(group)
    PlacesGeoJson(pins, name="places", point_to_layer=POINT_TO_LAYER,
                  on_each_feature=ON_EACH_FEATURE, role="pins").add_to(cluster)
    return group


def layer_bytes(collection: Mapping[str, Any]) -> int:
    """Bytes of map data a rerun sends to the browser for this collection (what the payload budget limits)."""
    m = base_map("none")
    m.get_root().render()
    from streamlit_folium import _get_feature_group_string

    return len(_get_feature_group_string(data_layer(collection), m).encode("utf-8"))


def clicked_place_key(returned: Mapping[str, Any] | None) -> str | None:
    """Place key of the last clicked marker from st_folium's return value (``last_active_drawing``)."""
    if not returned:
        return None
    drawing = returned.get("last_active_drawing")
    if isinstance(drawing, Mapping):
        props = drawing.get("properties")
        if isinstance(props, Mapping) and isinstance(props.get("key"), str):
            return props["key"]
    return None
