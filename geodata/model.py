"""Typed records that flow through the pipeline.

They are plain frozen dataclasses so every stage can be a pure function over them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

KINDS = ("country", "region", "city", "place")
ROLES = ("event", "dateline", "aside")  # aside: a credit line or a link to another story
PRECISIONS = ("day", "week", "month", "year")
DATE_SOURCES = ("explicit", "weekday", "relative", "context", "publication")


@dataclass(frozen=True, slots=True)
class Article:
    """One article as a reader produced it. ``text`` is exactly what offsets refer to."""

    text: str
    path: str | None = None  # file it came from
    record: str | None = None  # position inside the file ("line 3", "row 7", "item 2", "a.zip!b.txt")
    title: str | None = None
    url: str | None = None
    source: str | None = None  # outlet, e.g. "Bisnis.com"
    published: dt.date | None = None  # from metadata; None when the reader found none
    language: str | None = None  # ISO 639-1 from metadata, if any


@dataclass(frozen=True, slots=True)
class ReadError:
    """A file or record that could not be read; the batch goes on."""

    path: str
    reason: str
    record: str | None = None

    def __str__(self) -> str:
        where = f"{self.path} ({self.record})" if self.record else self.path
        return f"{where}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry. ``key`` is stable across builds: 'gn:<geonameid>', 'cc:<ISO2>', 'cur:<slug>'."""

    key: str
    name: str
    kind: str  # one of KINDS
    lat: float
    lon: float
    country_code: str | None = None
    geonameid: int | None = None
    population: int = 0


@dataclass(frozen=True, slots=True)
class DateInfo:
    """When a sentence's event happened, how precisely, and how we know."""

    date: dt.date
    precision: str = "day"  # one of PRECISIONS
    source: str = "explicit"  # one of DATE_SOURCES


@dataclass(frozen=True, slots=True)
class Mention:
    """One place named in one article."""

    start: int
    end: int
    text: str
    place: Place
    role: str = "event"  # one of ROLES
    confidence: float = 1.0
    sentence: str = ""
    sentence_start: int = 0
    event: DateInfo | None = None
    alternatives: tuple[Place, ...] = field(default_factory=tuple)
