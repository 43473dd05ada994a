"""Read-side queries for the dashboard: filtered mentions, per-place aggregates, excerpts, facets.

Pure functions over the SQLite store (no Streamlit), so they are tested directly and reused by other
front ends. Filtering happens in SQL (indexes, FTS5); pandas only shapes the result. An event date falls
back to the article's publication date when the pipeline found none, flagged ``date_source='publication'``
so the UI can say so.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field, replace
from typing import Literal, Protocol

import pandas as pd

DateField = Literal["event", "published"]
EXCERPT_WINDOW = 160  # characters either side of a mention whose sentence offsets are missing


class _HasConnection(Protocol):
    db: sqlite3.Connection


Database = sqlite3.Connection | _HasConnection


@dataclass(frozen=True, slots=True)
class Filters:
    """What the analyst asked to see. Empty tuples mean 'no restriction'."""

    start: dt.date | None = None
    end: dt.date | None = None  # inclusive
    date_field: DateField = "event"
    countries: tuple[str, ...] = ()
    place_keys: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    roles: tuple[str, ...] = ("event",)  # datelines say where a story was filed, not where it happened
    min_confidence: float = 0.0
    keyword: str | None = None  # FTS5 over article title and text
    limit: int | None = None

    def with_place(self, place_key: str) -> Filters:
        return replace(self, place_keys=(place_key,))


MENTION_COLUMNS = [
    "mention_id", "article_id", "place_key", "place_name", "kind", "country_code", "lat", "lon", "role",
    "confidence", "event_date", "date_precision", "date_source", "published", "title", "url", "source",
    "language", "excerpt", "name_start", "name_end", "surface", "geonameid",
]

PLACE_COLUMNS = [
    "place_key", "place_name", "kind", "country_code", "lat", "lon", "count", "articles", "first_date",
    "last_date",
]

_EVENT_DATE = "COALESCE(m.event_date, a.published)"


def connection(db: Database) -> sqlite3.Connection:
    """Accept a store (anything with ``.db``) or a raw connection."""
    return db if isinstance(db, sqlite3.Connection) else db.db


def fts_query(keyword: str) -> str | None:
    """User text -> a safe FTS5 query: every word must occur (quoted, so no FTS syntax errors)."""
    words = [w.replace('"', '""') for w in keyword.split() if w.replace('"', "")]
    return " ".join(f'"{w}"' for w in words) or None


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


# (place_key, mention_id) of every mention, for look-ups by place: the place index (filled in groups during
# an ingest, see store.sqlite._M3) plus the mentions of the articles still queued for it.
# CROSS JOIN keeps the queue the outer loop: without statistics SQLite would rather scan every mention.
_PENDING_MENTIONS = "places_pending q CROSS JOIN mentions m ON m.article_id = q.article_id"
PLACE_ROWS = ("SELECT place_key, mention_id FROM place_mentions UNION ALL SELECT m.place_key, m.id"
              f" FROM {_PENDING_MENTIONS}")


def _where(filters: Filters) -> tuple[str, list[object]]:
    """SQL WHERE clause and parameters for ``filters`` (tables aliased m, a, p)."""
    clauses: list[str] = []
    params: list[object] = []
    date_expr = _EVENT_DATE if filters.date_field == "event" else "a.published"
    if filters.date_field not in ("event", "published"):
        raise ValueError(f"date_field must be 'event' or 'published', not {filters.date_field!r}")
    if filters.start:
        clauses.append(f"{date_expr} >= ?")
        params.append(_iso(filters.start))
    if filters.end:
        clauses.append(f"{date_expr} <= ?")
        params.append(_iso(filters.end))
    if filters.place_keys:  # through the place index (mentions has none on place_key, see PLACE_ROWS)
        marks = ",".join("?" * len(filters.place_keys))
        clauses.append(f"m.id IN (SELECT mention_id FROM ({PLACE_ROWS}) WHERE place_key IN ({marks}))")
        params.extend(filters.place_keys)
    for column, values in (("p.country_code", filters.countries), ("a.language", filters.languages),
                           ("a.source", filters.sources), ("m.role", filters.roles)):
        if values:
            clauses.append(f"{column} IN ({','.join('?' * len(values))})")
            params.extend(values)
    if filters.min_confidence > 0:
        clauses.append("m.confidence >= ?")
        params.append(filters.min_confidence)
    if filters.keyword and (match := fts_query(filters.keyword)):
        clauses.append("a.id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)")
        params.append(match)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def mentions(db: Database, filters: Filters | None = None) -> pd.DataFrame:
    """One row per mention matching ``filters``, newest event first, with its sentence as ``excerpt``.

    ``name_start``/``name_end`` locate the place name inside ``excerpt`` (for highlighting).
    """
    filters = filters or Filters()
    where, params = _where(filters)
    limit = f" LIMIT {int(filters.limit)}" if filters.limit else ""
    sql = f"""
        SELECT mention_id, article_id, place_key, place_name, kind, country_code, lat, lon, role, confidence,
               event_date, date_precision, date_source, published, title, url, source, language,
               substr(text, xs + 1, xe - xs) AS excerpt, ms - xs AS name_start, me - xs AS name_end, surface,
               geonameid
        FROM (
            SELECT m.id AS mention_id, m.article_id, m.place_key, p.name AS place_name, p.kind,
                   p.country_code, p.lat, p.lon, m.role, m.confidence,
                   {_EVENT_DATE} AS event_date,
                   CASE WHEN m.event_date IS NULL THEN 'day' ELSE COALESCE(m.date_precision, 'day') END
                       AS date_precision,
                   CASE WHEN m.event_date IS NULL THEN 'publication'
                        ELSE COALESCE(m.date_source, 'explicit') END AS date_source,
                   a.published, a.title, a.url, a.source, a.language, a.text, m.start AS ms, m."end" AS me,
                   m.text AS surface, p.geonameid,
                   CASE WHEN m.sentence_end > m.sentence_start AND m.sentence_start <= m.start
                             AND m.sentence_end >= m."end" THEN m.sentence_start
                        ELSE max(m.start - {EXCERPT_WINDOW}, 0) END AS xs,
                   CASE WHEN m.sentence_end > m.sentence_start AND m.sentence_start <= m.start
                             AND m.sentence_end >= m."end" THEN m.sentence_end
                        ELSE m."end" + {EXCERPT_WINDOW} END AS xe
            FROM mentions m JOIN articles a ON a.id = m.article_id JOIN places p ON p.key = m.place_key
            {where}
        )
        ORDER BY event_date DESC NULLS LAST, published DESC NULLS LAST, mention_id DESC{limit}
    """
    frame = pd.read_sql_query(sql, connection(db), params=params)
    if frame.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in MENTION_COLUMNS})
    return frame[MENTION_COLUMNS]


def places(df: pd.DataFrame) -> pd.DataFrame:
    """Aggregate mentions per place: how often, by how many articles, first and last date.

    Sorted by count (desc) then key, so the map built from it is deterministic.
    """
    if df.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in PLACE_COLUMNS})
    grouped = df.groupby("place_key", sort=True)
    out = grouped.agg(place_name=("place_name", "first"), kind=("kind", "first"),
                      country_code=("country_code", "first"), lat=("lat", "first"), lon=("lon", "first"),
                      count=("mention_id", "size"), articles=("article_id", "nunique"),
                      first_date=("event_date", "min"), last_date=("event_date", "max")).reset_index()
    out = out.sort_values(["count", "place_key"], ascending=[False, True], kind="stable")
    return out.reset_index(drop=True)[PLACE_COLUMNS]


def excerpts(db: Database, place_key: str, filters: Filters | None = None) -> pd.DataFrame:
    """Mentions of one place under ``filters``, newest first (the side panel's list)."""
    return mentions(db, (filters or Filters()).with_place(place_key))


def place_name(db: Database, place_key: str) -> str | None:
    """Display name of a place (the side panel needs it even when the place has no mention in view)."""
    row = connection(db).execute("SELECT name FROM places WHERE key = ?", (place_key,)).fetchone()
    return str(row[0]) if row else None


def date_bounds(db: Database, date_field: DateField = "event") -> tuple[dt.date, dt.date] | None:
    """Earliest and latest date (None for an empty store): the slider's range.

    Event dates known only to the month or year ("in 1992, ...") are background, not the story: they do
    not stretch the range unless nothing more precise exists. Such mentions stay reachable through the
    publication-date switch, where they fall on their article's date.
    """
    expr = _EVENT_DATE if date_field == "event" else "a.published"
    sql = f"SELECT min({expr}), max({expr}) FROM mentions m JOIN articles a ON a.id = m.article_id"
    conn = connection(db)
    row = None
    if date_field == "event":
        row = conn.execute(sql + " WHERE COALESCE(m.date_precision, 'day') IN ('day', 'week')").fetchone()
    if not row or row[0] is None:
        row = conn.execute(sql).fetchone()
    if not row or row[0] is None:
        return None
    return dt.date.fromisoformat(row[0][:10]), dt.date.fromisoformat(row[1][:10])


@dataclass(frozen=True, slots=True)
class Facets:
    """Values present in the store, to offer as filter choices."""

    countries: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)


def facets(db: Database) -> Facets:
    """Distinct countries (of mentioned places), languages, sources and roles, sorted."""
    conn = connection(db)

    def distinct(sql: str) -> list[str]:
        return [r[0] for r in conn.execute(sql) if r[0] not in (None, "")]

    return Facets(
        countries=distinct("SELECT DISTINCT country_code FROM places WHERE key IN"
                           f" (SELECT place_key FROM ({PLACE_ROWS})) ORDER BY 1"),
        languages=distinct("SELECT DISTINCT language FROM articles ORDER BY 1"),
        sources=distinct("SELECT DISTINCT source FROM articles ORDER BY 1"),
        roles=distinct("SELECT DISTINCT role FROM mentions ORDER BY 1"),
    )


def is_empty(db: Database) -> bool:
    """True when no article has been ingested yet."""
    return connection(db).execute("SELECT 1 FROM articles LIMIT 1").fetchone() is None


def data_version(db: Database) -> tuple[int, int, str | None]:
    """Cheap fingerprint of the store's content, used as a cache key (changes on every ingest)."""
    row = connection(db).execute(
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM mentions),"
        " (SELECT max(ingested_at) FROM articles)").fetchone()
    return int(row[0]), int(row[1]), row[2]


# -- Dashboard helpers: timeline, precision, place choices, one article, export -------------------------

AREA_KINDS = ("country", "region")
NO_COUNTRY = "no country"  # the timeline's group for places in no country (seas, straits)
TimelineBy = Literal["country", "kind"]


def without_dates(filters: Filters) -> Filters:
    """The same filters over the whole time axis (the timeline shows every day, the window is marked)."""
    return replace(filters, start=None, end=None, limit=None)


def timeline(db: Database, filters: Filters | None = None, by: TimelineBy = "country") -> pd.DataFrame:
    """Mentions per day and per country (or place kind) under ``filters``: the histogram under the map.

    Aggregated in SQL so the chart costs the same for 100 or 100,000 mentions.
    """
    filters = filters or Filters()
    if by not in ("country", "kind"):
        raise ValueError(f"timeline by must be 'country' or 'kind', not {by!r}")
    where, params = _where(filters)
    date_expr = _EVENT_DATE if filters.date_field == "event" else "a.published"
    group = f"COALESCE(NULLIF(p.country_code, ''), '{NO_COUNTRY}')" if by == "country" else "p.kind"
    sql = f"""
        SELECT substr({date_expr}, 1, 10) AS date, {group} AS "group", count(*) AS count
        FROM mentions m JOIN articles a ON a.id = m.article_id JOIN places p ON p.key = m.place_key
        {where}
        GROUP BY 1, 2 HAVING date IS NOT NULL ORDER BY 1, 2
    """
    return pd.read_sql_query(sql, connection(db), params=params)


def coarse_counts(df: pd.DataFrame) -> tuple[int, int]:
    """(mentions, places) in ``df`` that are only country- or region-precise: not an exact spot."""
    if df.empty:
        return 0, 0
    coarse = df[df["kind"].isin(AREA_KINDS)]
    return len(coarse), int(coarse["place_key"].nunique())


def place_options(db: Database) -> pd.DataFrame:
    """Every place with at least one mention (key, name, country_code, kind, count), most mentioned first.

    The choices of the place filter; not narrowed by the other filters so a chosen place never vanishes.
    """
    sql = f"""
        SELECT p.key AS place_key, p.name AS place_name, p.country_code, p.kind, sum(x.n) AS count
        FROM (SELECT place_key, count(*) AS n FROM place_mentions GROUP BY place_key
              UNION ALL SELECT m.place_key, count(*) FROM {_PENDING_MENTIONS} GROUP BY m.place_key) x
        JOIN places p ON p.key = x.place_key
        GROUP BY p.key ORDER BY count DESC, p.name, p.key
    """
    return pd.read_sql_query(sql, connection(db))


ARTICLE_COLUMNS = ["id", "title", "url", "source", "language", "published", "published_source", "path", "text"]


def article(db: Database, article_id: int) -> dict[str, object] | None:
    """One article's metadata and full text (the article view), or None when there is no such article."""
    row = connection(db).execute(
        f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles WHERE id = ?", (int(article_id),)).fetchone()
    return dict(zip(ARTICLE_COLUMNS, tuple(row), strict=True)) if row else None


def article_mentions(db: Database, article_id: int) -> pd.DataFrame:
    """Every mention in one article (all roles), in text order: what the article view highlights."""
    sql = """
        SELECT m.id AS mention_id, m.start, m."end", m.text AS surface, m.place_key, p.name AS place_name,
               p.kind, p.country_code, m.role, m.confidence, m.event_date, m.date_precision, m.date_source
        FROM mentions m JOIN places p ON p.key = m.place_key
        WHERE m.article_id = ? ORDER BY m.start, m."end"
    """
    return pd.read_sql_query(sql, connection(db), params=(int(article_id),))


def to_export(df: pd.DataFrame) -> pd.DataFrame:
    """A ``mentions`` frame as export rows (``geodata.export.EXPORT_COLUMNS``): what is in view, as is."""
    from geodata.export import to_export_frame

    return to_export_frame(df.rename(columns={"place_name": "place"}))
