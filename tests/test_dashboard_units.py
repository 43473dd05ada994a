"""Pure dashboard pieces: URL state, time windows and playback, the timeline chart, other names, area layers,
the article view's highlighting, and ingest of uploaded files."""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from pathlib import Path

import dashboard_data as data
import pandas as pd
import pytest

from dashboard import mapview, names, timeline, upload, urlstate
from dashboard.urlstate import View
from geodata import queries
from geodata.store import open_store

D = dt.date


# -- URL state ---------------------------------------------------------------------------------------


def test_default_view_has_a_clean_url_and_everything_round_trips() -> None:
    assert urlstate.encode(View()) == {}
    assert urlstate.decode({}) == View()
    full = View(start=D(2020, 9, 28), end=D(2020, 10, 2), date_field="published", countries=("AM", "AZ"),
                places=("gn:146970",), languages=("ru",), sources=("Le Exemple",), datelines=True,
                min_confidence=0.35, keyword="ceasefire Armenia", selected="cc:AM", stack="kind")
    params = urlstate.encode(full)
    assert params["country"] == ["AM", "AZ"] and params["from"] == ["2020-09-28"] and params["conf"] == ["0.35"]
    assert urlstate.decode(params) == full
    link = urlstate.query_string(params, article="7")
    assert link.startswith("?from=2020-09-28&to=2020-10-02") and link.endswith("&article=7")
    assert "q=ceasefire+Armenia" in link and "country=AM&country=AZ" in link


@pytest.mark.parametrize("params", [
    {"from": ["yesterday"], "to": ["2020-13-45"]},
    {"conf": ["nan"]}, {"conf": ["x"]}, {"date": ["<script>"]}, {"by": ["colour"]}, {"datelines": ["maybe"]},
])
def test_malformed_links_fall_back_to_defaults(params: dict[str, list[str]]) -> None:
    assert urlstate.decode(params) == View()


def test_links_are_bounded_and_normalised() -> None:
    view = urlstate.decode({"from": ["2020-12-31"], "to": ["2020-01-01"], "conf": ["5"],
                            "country": ["AM", "AM", ""] + ["X"] * 500, "q": ["a" * 1000]})
    assert (view.start, view.end) == (D(2020, 1, 1), D(2020, 12, 31))  # swapped, not dropped
    assert view.min_confidence == 1.0 and view.countries == ("AM", "X") and len(view.keyword) == 200


# -- time windows, playback, chart ---------------------------------------------------------------------


def test_quick_ranges_are_relative_to_the_data() -> None:
    lo, hi = D(2020, 9, 1), D(2020, 12, 19)
    assert timeline.quick_range("all", lo, hi) == (lo, hi)
    assert timeline.quick_range("7", lo, hi) == (D(2020, 12, 13), hi)
    assert timeline.quick_range("30", lo, hi) == (D(2020, 11, 20), hi)
    assert timeline.quick_range("30", D(2020, 12, 10), hi) == (D(2020, 12, 10), hi)  # shorter than 30 days


def test_playback_steps_a_window_to_the_end_and_stops() -> None:
    lo, hi = D(2020, 1, 1), D(2020, 1, 20)
    pos = timeline.first_pos(lo, hi, 7)
    assert timeline.play_window(lo, pos, 7, "moving") == (lo, D(2020, 1, 7))
    windows = [timeline.play_window(lo, pos, 7, "moving")]
    while (nxt := timeline.next_pos(pos, 5, hi)) is not None:
        pos = nxt
        windows.append(timeline.play_window(lo, pos, 7, "moving"))
    assert windows[-1] == (D(2020, 1, 14), hi) and len(windows) == 4  # 7, 12, 17, 20 (clamped)
    assert all((b - a).days == 6 for a, b in windows)
    assert timeline.play_window(lo, D(2020, 1, 12), 7, "cumulative") == (lo, D(2020, 1, 12))
    assert timeline.first_pos(lo, D(2020, 1, 3), 30) == D(2020, 1, 3)  # data shorter than the window
    assert timeline.next_pos(hi, 1, hi) is None


def test_stacked_groups_keep_the_biggest_and_lump_the_rest() -> None:
    counts = pd.DataFrame({"date": ["2020-01-01"] * 10 + ["2020-01-02"],
                           "group": [f"C{i}" for i in range(10)] + ["C0"], "count": [*range(10, 0, -1), 5]})
    out = timeline.stack_groups(counts, top=3)
    assert set(out["group"]) == {"C0", "C1", "C2", "other"}
    assert out["count"].sum() == counts["count"].sum()
    assert out[(out["group"] == "other")]["count"].sum() == sum(range(1, 8))


def test_chart_has_bars_and_the_window_band() -> None:
    counts = pd.DataFrame({"date": ["2020-09-28", "2020-10-01"], "group": ["FR", "JP"], "count": [1, 2]})
    spec = timeline.chart(counts, (D(2020, 9, 28), D(2020, 12, 19)), (D(2020, 10, 1), D(2020, 12, 19))).to_dict()
    band, bars = spec["layer"]
    assert band["mark"]["type"] == "rect" and bars["mark"]["type"] == "bar"
    assert bars["encoding"]["x"]["scale"]["domain"] == ["2020-09-28", "2020-12-20"]
    assert bars["encoding"]["x"]["field"] == "date" and bars["encoding"]["x"]["timeUnit"] == "utcyearmonthdate"
    values = next(iter(spec["datasets"].values()))
    assert {"start": "2020-10-01", "end": "2020-12-20"} in [v for d in spec["datasets"].values() for v in d]
    assert values  # the data is inline: Streamlit's bundled Vega-Lite draws it, nothing is fetched
    kinds = pd.DataFrame({"date": ["2020-09-28"], "group": ["country"], "count": [1]})
    assert "utcyearmonth" in json.dumps(timeline.chart(kinds, (D(2010, 1, 1), D(2020, 9, 28)),
                                                       (D(2010, 1, 1), D(2020, 9, 28))).to_dict())
    kind_spec = json.dumps(timeline.chart(kinds, (D(2020, 9, 28), D(2020, 9, 29)), (D(2020, 9, 28),) * 2,
                                          by="kind").to_dict())
    assert "country (area)" in kind_spec


def test_chart_axis_skips_stray_old_dates_but_keeps_the_window() -> None:
    days = pd.date_range("2020-09-27", "2020-11-10").strftime("%Y-%m-%d")
    counts = pd.DataFrame({"date": ["1992-01-01", *days], "group": "AM", "count": [1] + [5] * len(days)})
    bounds = (D(1992, 1, 1), D(2020, 11, 10))
    assert timeline.chart_span(counts, bounds, (D(2020, 10, 1), D(2020, 10, 7))) == (D(2020, 9, 27), D(2020, 11, 10))
    assert timeline.chart_span(counts, bounds, bounds) == bounds  # the window is always on the axis
    assert timeline.chart_span(counts.head(0), bounds, (D(2020, 1, 1), D(2020, 2, 1))) == (D(2020, 1, 1),
                                                                                        D(2020, 2, 1))
    assert [timeline.bin_unit((D(2020, 1, 1), D(2020, 1, 1) + dt.timedelta(days=n))) for n in (30, 400, 2000)] == [
        "day", "week", "month"]


# -- other names ---------------------------------------------------------------------------------------


def test_pick_names_one_per_script_and_only_known_latin_names() -> None:
    raw = [("khankendi", 9), ("hankendi", 8), ("stepanakert", 8), ("xankendi", 0), ("степанакерт", 8),
           ("ханкенди", 8), ("ստեփանակերտ", 8), ("bahliz", 0)]
    assert names.pick_names("Khankendi", raw) == ["Stepanakert", "Степанакерт", "Ստեփանակերտ"]
    assert names.pick_names("Paris", [("paris", 1), ("باريس", 0), ("бариж", 0)], limit=1) == ["باريس"]
    assert names.script_of("ʻamenia") == "LATIN" and names.script_of("123") == ""
    assert names.display("nagorno karabakh") == "Nagorno Karabakh" and names.display("باريس") == "باريس"


def test_other_names_from_the_gazetteer(gaz: object) -> None:
    other = names.other_names("gn:146970", "Khankendi")
    assert "Stepanakert" in other and "Степанакерт" in other and len(other) <= names.MAX_NAMES
    assert names.other_names("gn:0", "Nowhere") == ()
    shape = names.outline("cur:nagorno-karabakh")
    assert shape and shape["type"] in ("Polygon", "MultiPolygon")
    assert names.outline("gn:146970") is None


# -- map: areas, popups, article highlighting ------------------------------------------------------------


@pytest.fixture(scope="module")
def frames(tmp_path_factory: pytest.TempPathFactory) -> tuple[pd.DataFrame, pd.DataFrame]:
    with open_store(data.build(tmp_path_factory.mktemp("u") / "u.sqlite", xss=True)) as store:
        df = queries.mentions(store)
    return queries.places(df), df


def test_areas_are_shaded_by_country_code_or_outline_and_kept_out_of_the_cluster(frames: tuple) -> None:
    by_place, df = frames
    shape = {"type": "Polygon", "coordinates": [[[146, -33], [147, -33], [147, -34], [146, -33]]]}
    fc = mapview.place_features(by_place, df, names=lambda k: ["<b>Токио</b>"] if k == data.TOKYO.key else [],
                                outlines=lambda k: shape if k == data.NSW.key else None)
    props = {f["properties"]["key"]: f["properties"] for f in fc["features"]}
    assert props[data.ARMENIA.key]["cc"] == "AM" and "shape" not in props[data.ARMENIA.key]
    assert props[data.NSW.key]["shape"] == shape and "cc" not in props[data.NSW.key]
    assert 0 < props[data.NSW.key]["alpha"] <= 0.45 and "alpha" not in props[data.PARIS.key]
    assert "&lt;b&gt;Токио&lt;/b&gt;" in props[data.TOKYO.key]["popup"]  # other names escaped too
    pins, areas = mapview.split_areas(fc)
    assert {f["properties"]["key"] for f in areas["features"]} == {data.ARMENIA.key, data.NSW.key}
    assert len(pins["features"]) == data.DEFAULT_PLACES - 2
    m = mapview.base_map("none")
    m.get_root().render()
    from streamlit_folium import _get_feature_group_string

    js = _get_feature_group_string(mapview.data_layer(fc), m)
    assert js.count(".addData(") == 2 and "gdCountries" in js and "toGeoJSON = asRef" in js
    areas_var = re.search(r'window\.gdLayers\["areas"\] = (\w+);', js).group(1)  # type: ignore[union-attr]
    pins_var = re.search(r'window\.gdLayers\["pins"\] = (\w+);', js).group(1)  # type: ignore[union-attr]
    assert re.search(rf"{areas_var}\.addTo\(feature_group_\w+\);", js)  # areas: straight on the map
    assert re.search(rf"{pins_var}\.addTo\(marker_cluster_\w+\);", js)  # exact places: clustered
    assert mapview.layer_bytes(fc) == len(js.encode())


def test_country_outline_index_is_published_by_the_base_map() -> None:
    html = mapview.base_map("none").get_root().render()
    assert "window.gdCountries = fetch(" in html and "index[f.properties.cc] = f" in html


def test_area_alpha_grows_and_saturates() -> None:
    assert mapview.area_alpha(1) < mapview.area_alpha(8) < mapview.area_alpha(10**6) == 0.45
    assert mapview.area_alpha(10**6, "country") == 0.3 < mapview.area_alpha(10**6, "region")
    assert mapview.country_code_of({"place_key": "gn:1", "kind": "country", "country_code": "am"}) == "AM"
    assert mapview.country_code_of({"place_key": "gn:1", "kind": "city", "country_code": "AM"}) is None


def test_dates_line_shows_both_dates_when_they_differ() -> None:
    row = {"published": "2020-10-01", "event_date": "2020-09-28", "date_precision": "day", "date_source": "weekday"}
    assert mapview.dates_line(row) == "event 2020-09-28 (weekday) · published 2020-10-01"
    same = dict(row, event_date="2020-10-01", date_source="explicit")
    assert mapview.dates_line(same) == "event 2020-10-01 (explicit) · published the same day"
    month = dict(row, date_precision="month", date_source="context")
    assert mapview.dates_line(month) == "event 2020-09-28 (month, context) · published 2020-10-01"
    fallback = dict(row, event_date="2020-10-01", date_source="publication")
    assert mapview.dates_line(fallback) == "published 2020-10-01 (no event date in the text)"


def test_excerpt_card_links_to_the_article_view_only_with_our_own_links() -> None:
    row = {"title": "T", "excerpt": "x", "published": "2020-01-01", "event_date": "2020-01-01"}
    assert 'href="?article=3&amp;from=2020-01-01"' in mapview.excerpt_card(row, "?article=3&from=2020-01-01")
    for bad in ("javascript:alert(1)", "https://evil.example/", "//evil.example"):
        assert "gd-article-link" not in mapview.excerpt_card(row, bad)


def test_highlight_spans_escapes_the_whole_text_and_skips_overlaps() -> None:
    text = '<script>x</script> Paris & "Lyon" <img src=x onerror=alert(1)> Paris'
    spans = [(19, 24, "gd-event", 'Paris <b>"FR"</b>'), (20, 23, "gd-event", "inner"), (text.rindex("Paris"),
             len(text), "gd-dateline", "t"), (5, 999, "gd-event", "out of range")]
    out = mapview.highlight_spans(text, spans)
    assert out.count("<mark") == 2 and "inner" not in out and "out of range" not in out
    assert '<mark class="gd-event" title="Paris &lt;b&gt;&quot;FR&quot;&lt;/b&gt;">Paris</mark>' in out
    assert "&lt;script&gt;" in out and "&lt;img src=x onerror=alert(1)&gt;" in out
    assert "<script" not in out and "<img" not in out
    assert mapview.highlight_spans("", []) == ""


# -- ingest from the page ---------------------------------------------------------------------------------


def test_uploaded_files_are_ingested_one_report_each(tmp_path: Path, gaz: object) -> None:
    files = [("new.txt", b"Heavy shelling hit Stepanakert on 3 October 2020, officials in Yerevan said."),
             ("broken.json", b"{not json"), ("blob.bin", bytes(range(256)) * 4), ("empty.txt", b"")]
    with open_store(tmp_path / "up.sqlite") as store:
        reports = upload.ingest_uploads(files, store)
        assert [r.name for r in reports] == [f[0] for f in files]
        good, *bad = reports
        assert good.ok and good.ingested == 1 and good.mentions >= 1, good
        assert all(not r.ok and r.errors for r in bad)
        assert "JSON" in bad[0].errors[0] or "json" in bad[0].errors[0]
        keys = set(queries.mentions(store)["place_key"])
        assert "gn:146970" in keys  # Stepanakert / Khankendi
        again = upload.ingest_file("new.txt", files[0][1], store)
        assert again.unchanged == 1 and again.ingested == 0 and "already there" in again.line()
    assert math.isclose(len(reports), 4)
