"""geodata.queries against a small hand-checked store (tests/dashboard_data.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import dashboard_data as data
import pytest

from geodata import queries
from geodata.model import Article, Mention
from geodata.queries import Filters
from geodata.store import SQLiteStore, open_store


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> SQLiteStore:
    path = data.build(tmp_path_factory.mktemp("q") / "q.sqlite")
    return open_store(path)


def keys(df: object) -> list[str]:
    return list(df["place_key"])  # type: ignore[index]


def test_default_filters_hide_datelines_and_fall_back_to_publication_date(store: SQLiteStore) -> None:
    df = queries.mentions(store)
    assert len(df) == data.DEFAULT_MENTIONS
    assert df["article_id"].nunique() == data.DEFAULT_ARTICLES
    assert data.NAIROBI.key not in set(df["place_key"])  # dateline
    tokyo = df[df["place_key"] == data.TOKYO.key].iloc[0]
    assert tokyo["event_date"] == "2020-10-01" and tokyo["date_source"] == "publication"
    assert tokyo["published"] == "2020-10-01"
    assert list(df.columns) == queries.MENTION_COLUMNS


def test_newest_first_and_excerpt_offsets_locate_the_name(store: SQLiteStore) -> None:
    df = queries.mentions(store)
    dates = list(df["event_date"])
    assert dates == sorted(dates, reverse=True)
    for row in df.to_dict("records"):
        assert row["excerpt"][row["name_start"]:row["name_end"]] == row["surface"]
        assert row["excerpt"].strip() and len(row["excerpt"]) < 120
    nsw = df[df["place_key"] == data.NSW.key].iloc[0]
    assert nsw["excerpt"] == "Floods hit New South Wales in December."
    assert nsw["date_precision"] == "month" and nsw["date_source"] == "context"


def test_date_range_is_inclusive_and_date_field_switches(store: SQLiteStore) -> None:
    f = Filters(start=dt.date(2020, 9, 28), end=dt.date(2020, 10, 1))
    assert sorted(keys(queries.mentions(store, f))) == sorted([data.PARIS.key, data.TOKYO.key])
    pub = Filters(start=dt.date(2020, 12, 20), end=dt.date(2020, 12, 20), date_field="published")
    assert sorted(keys(queries.mentions(store, pub))) == sorted([data.PARIS.key, data.NSW.key])
    with pytest.raises(ValueError):
        queries.mentions(store, Filters(date_field="when"))  # type: ignore[arg-type]


def test_facet_filters(store: SQLiteStore) -> None:
    assert keys(queries.mentions(store, Filters(countries=("PE",)))) == [data.LIMA.key]
    assert set(keys(queries.mentions(store, Filters(languages=("ru",))))) == {data.PARIS.key, data.NSW.key}
    assert len(queries.mentions(store, Filters(sources=("Example Times",)))) == 4
    assert data.ARMENIA.key not in keys(queries.mentions(store, Filters(min_confidence=0.8)))
    both = queries.mentions(store, Filters(roles=("event", "dateline")))
    assert data.NAIROBI.key in keys(both) and len(both) == data.DEFAULT_MENTIONS + 1
    assert keys(queries.mentions(store, Filters(place_keys=(data.LIMA.key,)))) == [data.LIMA.key]


def test_keyword_uses_fts_and_tolerates_fts_syntax(store: SQLiteStore) -> None:
    assert set(keys(queries.mentions(store, Filters(keyword="protests")))) == {data.PARIS.key, data.TOKYO.key}
    assert queries.mentions(store, Filters(keyword="ceasefire Armenia"))["article_id"].nunique() == 1
    for hostile in ['"', "AND (", "NEAR(", "*", 'x" OR "y', "-"]:
        queries.mentions(store, Filters(keyword=hostile))  # must not raise
    assert queries.fts_query('say "hi"') == '"say" """hi"""'
    assert queries.fts_query("  ") is None


def test_places_aggregate(store: SQLiteStore) -> None:
    agg = queries.places(queries.mentions(store))
    assert len(agg) == data.DEFAULT_PLACES
    assert list(agg.columns) == queries.PLACE_COLUMNS
    paris = agg[agg["place_key"] == data.PARIS.key].iloc[0]
    assert (paris["count"], paris["articles"]) == (2, 2)
    assert (paris["first_date"], paris["last_date"]) == ("2020-09-28", "2020-12-19")
    assert list(agg["count"]) == sorted(agg["count"], reverse=True)
    top = agg[agg["count"] == 2]
    assert list(top["place_key"]) == sorted(top["place_key"])  # ties broken by key: deterministic
    assert agg[agg["place_key"] == data.ARMENIA.key].iloc[0]["kind"] == "country"


def test_excerpts_for_one_place_newest_first(store: SQLiteStore) -> None:
    rows = queries.excerpts(store, data.PARIS.key, Filters())
    assert list(rows["event_date"]) == ["2020-12-19", "2020-09-28"]
    older = queries.excerpts(store, data.PARIS.key, Filters(end=dt.date(2020, 10, 1)))
    assert older["event_date"].tolist() == [
        "2020-09-28"]


def test_place_name(store: SQLiteStore) -> None:
    assert queries.place_name(store, data.NSW.key) == "New South Wales"
    assert queries.place_name(store, "gn:0") is None


def test_bounds_and_facets(store: SQLiteStore) -> None:
    assert queries.date_bounds(store) == (data.FIRST_DATE, data.LAST_DATE)
    assert queries.date_bounds(store, "published") == (dt.date(2020, 10, 1), dt.date(2020, 12, 20))
    f = queries.facets(store)
    assert f.languages == ["en", "fr", "ru"]
    assert f.sources == ["Example Times", "Le Exemple"]
    assert "AM" in f.countries and f.roles == ["dateline", "event"]


def test_empty_store(tmp_path: Path) -> None:
    with open_store(tmp_path / "empty.sqlite") as empty:
        assert queries.is_empty(empty)
        assert queries.date_bounds(empty) is None
        df = queries.mentions(empty)
        assert df.empty and list(df.columns) == queries.MENTION_COLUMNS
        agg = queries.places(df)
        assert agg.empty and list(agg.columns) == queries.PLACE_COLUMNS
        assert queries.facets(empty) == queries.Facets()


def test_mention_without_sentence_gets_a_window_excerpt(tmp_path: Path) -> None:
    text = "x" * 500 + " shelling in Paris today " + "y" * 500
    start = text.index("Paris")
    with open_store(tmp_path / "w.sqlite") as s:
        s.save(Article(text, published=dt.date(2021, 1, 1)), [Mention(start, start + 5, "Paris", data.PARIS)])
        row = queries.mentions(s).iloc[0]
    assert row["excerpt"][row["name_start"]:row["name_end"]] == "Paris"
    assert len(row["excerpt"]) == 5 + 2 * queries.EXCERPT_WINDOW
    with open_store(tmp_path / "w.sqlite") as again:
        assert queries.data_version(again)[:2] == (1, 1)


def test_ten_thousand_mentions_aggregate_into_places(tmp_path: Path) -> None:
    """SQL + aggregation + map features for 10k mentions: every mention counted once, one feature per place.
    (How fast is the benchmark's business: `make bench`, "dashboard" rows; a timed test only measures the CI box.)"""
    from dashboard import mapview

    with open_store(data.build_many(tmp_path / "big.sqlite", 10_000)) as big:
        df = queries.mentions(big, Filters(start=dt.date(2020, 1, 1), end=dt.date(2020, 12, 31)))
        agg = queries.places(df)
        features = mapview.place_features(agg, df)
    assert len(df) == 10_000 and len(agg) <= 1000
    assert int(agg["count"].sum()) == 10_000
    assert len(features["features"]) == len(agg)


def test_timeline_counts_per_day_and_group_ignore_nothing_but_what_they_are_given(store: SQLiteStore) -> None:
    by_country = queries.timeline(store, Filters())
    assert list(by_country.columns) == ["date", "group", "count"]
    assert by_country["count"].sum() == data.DEFAULT_MENTIONS
    paris_day = by_country[(by_country["date"] == "2020-09-28")]
    assert paris_day.to_dict("records") == [{"date": "2020-09-28", "group": "FR", "count": 1}]
    by_kind = queries.timeline(store, Filters(), "kind")
    assert set(by_kind["group"]) == {"city", "country", "region"}
    assert queries.timeline(store, Filters(languages=("ru",)))["count"].sum() == 2  # follows the filters
    published = queries.timeline(store, Filters(date_field="published"))
    assert set(published["date"]) == {"2020-10-01", "2020-11-15", "2020-12-20"}
    window = Filters(start=dt.date(2020, 12, 1), end=dt.date(2020, 12, 31), keyword="Paris")
    assert queries.without_dates(window) == Filters(keyword="Paris")
    with pytest.raises(ValueError):
        queries.timeline(store, Filters(), "colour")  # type: ignore[arg-type]


def test_coarse_counts_and_place_options(store: SQLiteStore) -> None:
    df = queries.mentions(store)
    assert queries.coarse_counts(df) == (2, 2)  # Armenia (country) and New South Wales (region)
    assert queries.coarse_counts(df.head(0)) == (0, 0)
    options = queries.place_options(store)
    assert list(options.columns) == ["place_key", "place_name", "country_code", "kind", "count"]
    assert data.NAIROBI.key in set(options["place_key"])  # datelines too: the filter offers every place
    assert options.iloc[0]["count"] == options["count"].max()


def test_article_and_its_mentions(store: SQLiteStore) -> None:
    art_id = int(queries.mentions(store, Filters(place_keys=(data.LIMA.key,))).iloc[0]["article_id"])
    art = queries.article(store, art_id)
    assert art is not None and art["title"] == "Talks collapse" and art["text"].startswith("NAIROBI - Talks")
    marks = queries.article_mentions(store, art_id)
    assert list(marks["place_key"]) == [data.NAIROBI.key, data.LIMA.key, data.ARMENIA.key]  # text order
    assert list(marks["role"]) == ["dateline", "event", "event"]
    for row in marks.to_dict("records"):
        assert art["text"][row["start"]:row["end"]] == row["surface"]
    assert queries.article(store, 10**6) is None
    assert queries.article_mentions(store, 10**6).empty


def test_export_rows_are_exactly_the_view(store: SQLiteStore) -> None:
    from geodata.export import EXPORT_COLUMNS

    df = queries.mentions(store, Filters(countries=("FR",)))
    rows = queries.to_export(df)
    assert list(rows.columns) == EXPORT_COLUMNS
    assert len(rows) == 2 and set(rows["place"]) == {"Paris"} and set(rows["geonameid"]) == {2988507}
    assert set(rows["excerpt"]) == {"Fighting was reported in Paris on Monday.",
                                    "Protesters gathered again in Paris on 19 December."}


def test_vague_background_dates_do_not_stretch_the_slider(tmp_path):
    import datetime as dt

    from geodata.model import Article, DateInfo, Mention, Place
    from geodata.store import open_store

    store = open_store(tmp_path / "v.sqlite")
    am = Place("cc:AM", "Armenia", "country", 40.0, 45.0, "AM")
    text = "Armenia said so. In 1992 Armenia fought."
    store.save(Article(text, published=dt.date(2020, 10, 4)), [
        Mention(0, 7, "Armenia", am, sentence="Armenia said so.",
                event=DateInfo(dt.date(2020, 10, 3), "day", "relative")),
        Mention(20, 27, "Armenia", am, sentence="In 1992 Armenia fought.", sentence_start=17,
                event=DateInfo(dt.date(1992, 1, 1), "year", "explicit"))])
    assert queries.date_bounds(store) == (dt.date(2020, 10, 3), dt.date(2020, 10, 3))
    assert queries.date_bounds(store, "published") == (dt.date(2020, 10, 4), dt.date(2020, 10, 4))


def test_places_in_no_country_have_their_own_timeline_group(tmp_path: Path) -> None:
    from geodata.model import Place

    sea = Place("cur:red-sea", "Red Sea", "region", 20.0, 38.5, None, None, 0)
    text = "Ships were attacked in the Red Sea."
    start = text.index("Red Sea")
    with open_store(tmp_path / "s.sqlite") as s:
        s.save(Article(text, published=dt.date(2024, 1, 10)),
               [Mention(start, start + 7, "Red Sea", sea, sentence=text, sentence_start=0)])
        got = queries.timeline(s, Filters())
    assert got.to_dict("records") == [{"date": "2024-01-10", "group": queries.NO_COUNTRY, "count": 1}]


def test_asides_are_stored_and_hidden_like_datelines(tmp_path: Path, gaz) -> None:
    # A real parse into a real store: the credit line's places are kept as asides, off the map by default.
    from geodata.pipeline import parse_article

    text = ("KYIV, March 15 (Reuters) - Russian missiles hit Odesa on Friday.\n"
            "(Reporting by Yuliia Dysa in Gdansk; Editing by Andrew Heavens in London)")
    parsed = parse_article(Article(text, url="https://example.org/odesa", published=dt.date(2024, 3, 15),
                                   language="en"), gaz)
    with open_store(tmp_path / "a.sqlite") as st:
        st.save(parsed.article, parsed.mentions, language=parsed.language)
        shown = queries.mentions(st)
        everything = queries.mentions(st, Filters(roles=("event", "dateline", "aside")))
    assert list(shown["surface"]) == ["Odesa"]
    assert sorted(everything["surface"]) == ["Gdansk", "KYIV", "London", "Odesa"]
    assert set(everything[everything["surface"].isin(["Gdansk", "London"])]["role"]) == {"aside"}
