"""Export mentions as CSV, GeoJSON or GeoPackage through geopandas, one row per mention.

The column list is a contract shared by ``python -m geodata export`` and the dashboard's downloads.
"""

from __future__ import annotations

import datetime as dt
import io
import tempfile
from pathlib import Path

import pandas as pd

from geodata.store import SQLiteStore

EXPORT_COLUMNS = ["article_id", "title", "url", "source", "language", "published", "event_date",
                  "date_precision", "place", "kind", "country_code", "lat", "lon", "geonameid", "role",
                  "confidence", "excerpt"]
FORMATS = ("csv", "geojson", "gpkg")


def export_frame(store: SQLiteStore, *, start: dt.date | None = None, end: dt.date | None = None,
                 countries: list[str] | None = None) -> pd.DataFrame:
    """Mentions (event date falling back to publication) in [start, end], optionally of some countries."""
    where, args = [], []
    date_expr = "COALESCE(m.event_date, a.published)"
    if start:
        where.append(f"{date_expr} >= ?")
        args.append(start.isoformat())
    if end:
        where.append(f"{date_expr} <= ?")
        args.append(end.isoformat())
    if countries:
        where.append(f"p.country_code IN ({','.join('?' * len(countries))})")
        args.extend(c.upper() for c in countries)
    sql = (
        "SELECT a.id AS article_id, a.title, a.url, a.source, a.language, a.published,"
        f" {date_expr} AS event_date, COALESCE(m.date_precision, 'day') AS date_precision,"
        " p.name AS place, p.kind, p.country_code, p.lat, p.lon, p.geonameid, m.role, m.confidence,"
        " substr(a.text, m.sentence_start + 1, m.sentence_end - m.sentence_start) AS excerpt"
        " FROM mentions m JOIN articles a ON a.id = m.article_id JOIN places p ON p.key = m.place_key"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY a.id, m.start"
    )
    return to_export_frame(pd.read_sql_query(sql, store.db, params=args))


def to_export_frame(df: pd.DataFrame) -> pd.DataFrame:
    """Exactly EXPORT_COLUMNS, in order (extra columns dropped, missing ones empty)."""
    return df.reindex(columns=EXPORT_COLUMNS)


def write(df: pd.DataFrame, fmt: str, out: str | Path) -> None:
    """Write ``df`` (EXPORT_COLUMNS) to ``out`` as csv, geojson or gpkg."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")
    df = to_export_frame(df)
    if fmt == "csv":
        df.to_csv(out, index=False)
        return
    import geopandas as gpd

    gdf = gpd.GeoDataFrame(df, geometry=gpd.points_from_xy(df["lon"], df["lat"]), crs="EPSG:4326")
    if fmt == "geojson":
        gdf.to_file(out, driver="GeoJSON", engine="pyogrio")
    else:
        gdf.to_file(out, driver="GPKG", layer="mentions", engine="pyogrio")


def to_bytes(df: pd.DataFrame, fmt: str) -> bytes:
    """The same as ``write``, in memory (for download buttons)."""
    if fmt == "csv":
        buf = io.StringIO()
        to_export_frame(df).to_csv(buf, index=False)
        return buf.getvalue().encode("utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"export.{fmt}"
        write(df, fmt, path)
        return path.read_bytes()
