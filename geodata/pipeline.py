"""One article through every stage: language -> sentences -> geoparse -> dates.

``parse_article`` is a pure function of the article and the gazetteer; ``to_record`` is the stable JSON
shape printed by ``python -m geodata parse``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import os
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from geodata import language as language_mod
from geodata import sentences as sentences_mod
from geodata.gazetteer import Gazetteer, load_gazetteer
from geodata.geoparse import Focus, geoparse
from geodata.model import Article, DateInfo, Mention

if TYPE_CHECKING:
    from geodata.dates import EventDates

FUTURE_DAYS = 31
HEADLINE_CHARS = 200  # a longer first line is a paragraph, not a headline
HEADLINE_DAYS = 10  # a headline is news: the lead's day counts for it only this close to publication
HEADLINE_REACH = 3  # the lines under a headline that may hold its lead: a byline, a date line, the lead
HEADING_CHARS = 48  # the longest line a live blog's day heading takes ("Wednesday, 6 November 2023")


@dataclass(frozen=True, slots=True)
class Parsed:
    article: Article
    language: str | None
    published: dt.date | None
    published_source: str | None  # "metadata", "text" or None when unknown
    mentions: list[Mention]


def online_geocoder_name() -> str | None:
    """``GEODATA_GEOCODER`` when it names an online service (offline is the default and needs no hook)."""
    name = (os.environ.get("GEODATA_GEOCODER") or "offline").strip().lower()
    return None if name == "offline" else name


def focus_from_env() -> Focus | None:
    """``GEODATA_FOCUS``: country codes ("AM,AZ") or a bounding box "south,west,north,east"."""
    raw = os.environ.get("GEODATA_FOCUS", "").strip()
    if not raw:
        return None
    parts = [p.strip() for p in raw.split(",") if p.strip()]
    try:
        nums = [float(p) for p in parts]
    except ValueError:
        return Focus(countries=frozenset(p.upper() for p in parts))
    if len(nums) != 4:
        raise ValueError("GEODATA_FOCUS: give country codes or four numbers south,west,north,east")
    return Focus(bbox=(nums[0], nums[1], nums[2], nums[3]))


def parse_article(article: Article, gaz: Gazetteer | None = None, *, with_dates: bool = True,
                  focus: Focus | None = None) -> Parsed:
    """Find, resolve and date every place mention of one article."""
    gaz = gaz or load_gazetteer()
    text = article.text
    lang = language_mod.normalise(article.language) or language_mod.detect(text)
    sents = sentences_mod.split(text)
    published, source = article.published, ("metadata" if article.published else None)
    dating = None
    if with_dates:
        from geodata import dates

        reference, found = None, None
        if published is None:
            found = dates.publication_date(text, lang)
            if found is not None:
                published, source = found.date, "text"
        else:  # a dateline a day before the metadata date: "yesterday" counts from the dateline
            reference = dates.dateline_day(text, lang, published)
        dating = _Dating(text, sents, lang, reference or published, found)
    mentions = geoparse(text, lang, gaz, sentences=sents, focus=focus, dating=dating)
    if mentions and online_geocoder_name():
        from geodata.geocoders import default_geocoder
        from geodata.geocoders.resolve import reresolve

        mentions = reresolve(mentions, default_geocoder())
    return Parsed(article, lang, published, source, mentions)


class _Dating:
    """The event date of a mention, from its sentence: what ``geoparse`` stamps on each mention it makes.

    Only sentences that name a place are dated, when their first mention asks (an article naming no place
    costs nothing); a dateline carries the publication date.
    """

    _UNDATED = object()  # by_start's answer for a sentence not dated yet (None is an answer: no date)

    def __init__(self, text: str, sents: list[tuple[int, int]], language: str | None,
                 published: dt.date | None, found: DateInfo | None = None) -> None:
        self.fallback = DateInfo(published, "day", "publication") if published else None
        if found is not None and found.precision == "month" and published is not None:
            # A report stamped with its month only ("May 2025"): undated sentences tell of that month, and dates
            # in the text count back from its end ("On 6 April" is this year's, "on 20 May" not last year's).
            self.fallback = found
            published = dt.date(published.year, published.month, calendar.monthrange(*found.date.timetuple()[:2])[1])
        self.text, self.sents, self.language, self.published = text, sents, language, published
        self.dates: EventDates | None = None
        self.index: dict[int, int] = {}
        self.by_start: dict[int, DateInfo | None] = {}  # a sentence names places several times: date it once
        self.several: dict[int, bool] = {}  # ... and gives several dates or not, once
        self.headings: list[int] | None = None  # sentences that are a line holding a date only (_heading)

    def __call__(self, sentence_start: int, dateline: bool, start: int | None = None) -> DateInfo | None:
        if dateline:
            return self.fallback
        got = self.by_start.get(sentence_start, self._UNDATED)
        if got is not self._UNDATED:
            return got if start is None else self._clause(sentence_start, start, got)
        if self.dates is None:
            from geodata.dates import EventDates

            # News announces scheduled events ("Lachin is to be handed over by 1 December"): allow a month.
            # Only the sentences that name places are dated (and those a date there counts from).
            self.dates = EventDates([self.text[s:e] for s, e in self.sents], self.language, self.published,
                                    future_days=FUTURE_DAYS)
            self.index = {s: i for i, (s, _e) in enumerate(self.sents)}
        i = self.index.get(sentence_start)
        got = self.by_start[sentence_start] = (self._own(i) if i is not None else None) or self.fallback
        return self._clause(sentence_start, start, got)

    def _own(self, i: int) -> DateInfo | None:
        """Sentence ``i``'s date: its own; else its line's leading date or the day heading above it; and
        "yesterday", "this morning" under a day heading count from that day, not from publication."""
        info = self.dates[i]
        if info is None:
            return self._line_lead(i) or self._heading(i) or self._headline(i)
        if info.source == "relative" and info.precision == "day" and self.published is not None:
            day = self._line_lead(i) or self._heading(i)
            if day is not None:  # a live blog's "Sunday 5 November" entry: "marched in Paris yesterday"
                return DateInfo(day.date + (info.date - self.published), "day", "relative")
        return info

    def _headline(self, i: int) -> DateInfo | None:
        """A headline without a date of its own tells the news of the lead below it: "Militants attack Marawi"
        over "MARAWI, Dec 4 (Reuters) - Militants attacked ... on Sunday" happened on Sunday, not on the day of
        publication. Only the first line, and only by the lead's day: the first body sentence (after a
        byline or a date line) that gives one."""
        if i != 0 or len(self.sents) < 2:
            return None
        s, e = self.sents[0]
        line = self.text[s:e].rstrip()
        if (e - s > HEADLINE_CHARS or "\n" not in self.text[e:self.sents[1][0]] or not line
                or (unicodedata.category(line[-1]) == "Po" and line[-1] not in "\"'”»›")):
            return None  # no headline: a lead sentence (its full stop) or a first line that runs on
        for j in range(1, min(len(self.sents), 1 + HEADLINE_REACH)):
            info = self.dates[j]
            a, b = self.sents[j]
            if b - a <= HEADING_CHARS and self._own_line(a, b):
                continue  # a byline or a date line ("By Jane Doe", "June 18, 2024")
            if info is None or info.precision != "day" or info.date == self.published or (
                    self.published is not None and abs((self.published - info.date).days) > HEADLINE_DAYS):
                return None  # (a lead's date years back is its background: "80 years after 6 June 1944")
            return DateInfo(info.date, "day", "context")
        return None

    def _line_lead(self, i: int) -> DateInfo | None:
        """The date a line opens with, for the line's later sentences: a timeline's "Feb. 24, 2022 — Russia
        invades. Missiles hit Kyiv, Kharkiv and Odesa." (Not across a line break.)"""
        start = self.sents[i][0]
        for j in range(i - 1, -1, -1):
            s, e = self.sents[j]
            if "\n" in self.text[e:start]:
                return None
            start = s
            if s == 0 or "\n" in self.text[max(0, s - 3):s]:  # sentence j opens its line
                info = self.dates[j]
                if info is not None and self.dates.leads_line(j):
                    return DateInfo(info.date, info.precision, "context")
                return None
        return None

    def _clause(self, sentence_start: int, start: int | None, got: DateInfo | None) -> DateInfo | None:
        """A sentence that dates several events ("Russia annexed Crimea in 2014 and invaded in February 2022")
        dates each name by the date of its own clause (see EventDates.at); a main clause whose only date is a
        side clause's ("Nazarbayev, who ruled until 2019") is dated as a sentence without a date."""
        if start is None or self.dates is None:
            return got
        several = self.several.get(sentence_start)
        if several is False:  # (the usual case)
            return got
        i = self.index.get(sentence_start)
        if several is None:
            several = self.several[sentence_start] = i is not None and self.dates.several(i)
        if not several:
            return got
        own = self.dates.at(i, start - sentence_start)
        return own if own is not None else (self._line_lead(i) or self._heading(i) or self.fallback)

    def _heading(self, i: int) -> DateInfo | None:
        """The day of the last line above sentence ``i`` that is nothing but a date: a live blog heads each
        day's entries so ("Monday 6 November 2023", then "22:30 - Guterres said..."), and an entry that gives
        no date of its own happened that day, not on the day of publication."""
        if self.headings is None:
            self.headings = [j for j, (s, e) in enumerate(self.sents)
                             if e - s <= HEADING_CHARS and self._own_line(s, e)
                             and any(map(str.isdigit, self.text[s:e])) and self.dates.date_only(j)]
        k = bisect_right(self.headings, i - 1) - 1
        if k < 0:
            return None
        info = self.dates[self.headings[k]]
        if info is None or info.precision != "day" or info.date == self.published:
            return None  # (the day of publication itself is that, not news of the context)
        return DateInfo(info.date, "day", "context")

    def _own_line(self, s: int, e: int) -> bool:
        """Is the sentence a line of its own?"""
        before = self.text[max(0, s - 20):s].rstrip(" \t")
        after = self.text[e:e + 20].lstrip(" \t")
        return (before.endswith("\n") or not self.text[:s].strip()) and (not after or after.startswith("\n"))


def to_record(parsed: Parsed) -> dict:
    """The machine interface of ``parse``: keep these fields stable (adding is fine)."""
    a = parsed.article
    return {
        "path": a.path if a.record is None else f"{a.path}#{a.record}",
        "title": a.title,
        "url": a.url,
        "source": a.source,
        "published": parsed.published.isoformat() if parsed.published else None,
        "published_source": parsed.published_source,
        "language": parsed.language,
        "mentions": [
            {
                "start": m.start, "end": m.end, "text": m.text, "name": m.place.name, "kind": m.place.kind,
                "country_code": m.place.country_code, "lat": m.place.lat, "lon": m.place.lon,
                "geonameid": m.place.geonameid, "place_key": m.place.key, "role": m.role,
                "event_date": m.event.date.isoformat() if m.event else None,
                "date_precision": m.event.precision if m.event else None,
                "date_source": m.event.source if m.event else None,
                "confidence": m.confidence, "sentence": m.sentence,
                "alternatives": [{"name": p.name, "key": p.key, "kind": p.kind, "country_code": p.country_code,
                                  "lat": p.lat, "lon": p.lon} for p in m.alternatives],
            }
            for m in parsed.mentions
        ],
    }
