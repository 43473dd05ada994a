"""Ingest uploaded files into the app's store, one report per file (no Streamlit here, so it is tested directly).

Each file goes through ``geodata.readers.read_bytes`` (its name picks the format: txt, html, json, csv, rss,
zip, …) and ``geodata.ingest.ingest_articles``; read and parse errors are collected per file, never raised,
so one bad file does not stop the others.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from geodata.model import ReadError
from geodata.store import SQLiteStore


@dataclass
class FileReport:
    """What happened to one uploaded file."""

    name: str
    ingested: int = 0
    updated: int = 0
    unchanged: int = 0
    mentions: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def line(self) -> str:
        parts = [f"{self.ingested} new article{'s' if self.ingested != 1 else ''}"]
        if self.updated:
            parts.append(f"{self.updated} updated")
        if self.unchanged:
            parts.append(f"{self.unchanged} already there")
        parts.append(f"{self.mentions} place mention{'s' if self.mentions != 1 else ''}")
        if self.errors:
            parts.append(f"{len(self.errors)} error{'s' if len(self.errors) != 1 else ''}")
        return ", ".join(parts)


def ingest_file(name: str, data: bytes, store: SQLiteStore) -> FileReport:
    """Read, geoparse and store one uploaded file."""
    from geodata.ingest import ingest_articles
    from geodata.readers import read_bytes

    report = FileReport(name)

    def failed(err: ReadError) -> None:
        report.errors.append(f"{err.record}: {err.reason}" if err.record else err.reason)

    try:
        items = list(read_bytes(data, name))
        summary = ingest_articles(items, store, progress=False, on_error=failed)
    except Exception as exc:  # a reader or parser bug must not take the page down: report it on this file
        report.errors.append(f"{type(exc).__name__}: {exc}")
        return report
    report.ingested, report.updated, report.unchanged = summary.ingested, summary.updated, summary.unchanged
    report.mentions = summary.mentions
    if not items:
        report.errors.append("no article found in this file")
    return report


def ingest_uploads(files: Iterable[tuple[str, bytes]], store: SQLiteStore) -> list[FileReport]:
    """Ingest several uploaded files, in order; one report each."""
    return [ingest_file(name, data, store) for name, data in files]
