"""Offline gazetteer: places, their names in many languages, and the matchers over those names.

``load_gazetteer()`` returns the process-wide instance, building the index on first use.
"""

from __future__ import annotations

import json
import pickle
import sqlite3
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from geodata.gazetteer.build import (
    ABBR,
    ADJ,
    CLDR,
    CURATED,
    DATA,
    MAIN,
    SHORT,
    TRANSLATED,
    IndexPaths,
    build,
    ensure_built,
    index_paths,
)
from geodata.model import Place

__all__ = ["ABBR", "ADJ", "CLDR", "CURATED", "MAIN", "SHORT", "TRANSLATED", "Candidate", "Gazetteer", "build",
           "load_gazetteer"]


# wordfreq has one list for languages that detection tells apart: Serbo-Croatian for Croatian, Serbian and
# Bosnian, Bokmål for Norwegian, Filipino for Tagalog.
WORDFREQ_LANGUAGE = {"hr": "sh", "sr": "sh", "bs": "sh", "cnr": "sh", "no": "nb", "nn": "nb", "tl": "fil"}


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place a name may refer to, with what the name is to that place."""

    place: Place
    flags: int
    n_names: int
    admin1: str | None


class Gazetteer:
    """Read-only view of a built index. Thread-safe for reading."""

    def __init__(self, paths: IndexPaths) -> None:
        self.paths = paths
        self._db = sqlite3.connect(f"file:{paths.db}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        with open(paths.exact, "rb") as f:  # from the file, not a bytes copy: the peak stays ~150 MB lower
            self.exact = pickle.load(f)
        with open(paths.stems, "rb") as f:
            self.stems = pickle.load(f)
        self._cands: dict[int, tuple[Candidate, ...]] = {}
        self._common: dict[str, dict[str, float]] = {}
        self._regions: dict[tuple[str, str], Place | None] = {}
        self._name_keys: dict[int, str] = {}
        self._calendar: frozenset[str] | None = None
        self._given: frozenset[str] | None = None
        self._areas: frozenset[int] | None = None
        self.meta = dict(self._query("SELECT key, value FROM meta"))

    def _query(self, sql: str, args: tuple = ()) -> list[tuple]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    @staticmethod
    def _place(row: tuple) -> Place:
        return Place(key=row[0], name=row[1], kind=row[2], country_code=row[3], lat=row[4], lon=row[5],
                     geonameid=row[6], population=row[7] or 0)

    def candidates(self, name_id: int) -> tuple[Candidate, ...]:
        """Every place a matched name may refer to (cached)."""
        hit = self._cands.get(name_id)
        if hit is None:
            rows = self._query(
                "SELECT p.key, p.name, p.kind, p.country_code, p.lat, p.lon, p.geonameid, p.population,"
                " c.flags, p.n_names, p.admin1 FROM cands c JOIN places p ON p.id=c.place_id WHERE c.name_id=?",
                (name_id,))
            hit = tuple(Candidate(self._place(r[:8]), r[8], r[9], r[10]) for r in rows)
            if len(self._cands) > 200_000:
                self._cands.clear()
            self._cands[name_id] = hit
        return hit

    def candidates_for(self, name_ids: tuple[int, ...]) -> tuple[Candidate, ...]:
        """Union of the candidates of several names (a stem shared by several names), flags merged."""
        if len(name_ids) == 1:
            return self.candidates(name_ids[0])
        merged: dict[str, Candidate] = {}
        for name_id in dict.fromkeys(name_ids):
            for c in self.candidates(name_id):
                old = merged.get(c.place.key)
                merged[c.place.key] = c if old is None else Candidate(c.place, old.flags | c.flags, c.n_names, c.admin1)
        return tuple(merged.values())

    def region_of(self, country_code: str, admin1: str) -> Place | None:
        """The first-level region with this GeoNames admin1 code (cached: a few thousand exist, and the query
        scans the places table)."""
        key = (country_code, admin1)
        if key not in self._regions:
            rows = self._query("SELECT key, name, kind, country_code, lat, lon, geonameid, population FROM places"
                               " WHERE kind='region' AND country_code=? AND admin1=? LIMIT 1", key)
            self._regions[key] = self._place(rows[0]) if rows else None
        return self._regions[key]

    def name_key(self, name_id: int) -> str:
        """The key of a name (cached: the recogniser asks for the same few again and again)."""
        key = self._name_keys.get(name_id)
        if key is None:
            if len(self._name_keys) > 100_000:
                self._name_keys.clear()
            key = self._name_keys[name_id] = self._query("SELECT key FROM names WHERE name_id=?", (name_id,))[0][0]
        return key

    def common_words(self, language: str | None) -> dict[str, float]:
        """Single-word names that are frequent words in ``language`` -> their zipf frequency."""
        lang = WORDFREQ_LANGUAGE.get(language or "", language or "")
        words = self._common.get(lang)
        if words is None:
            words = dict(self._query("SELECT word, zipf FROM common_words WHERE lang=?", (lang,)))
            self._common[lang] = words
        return words

    def calendar_words(self) -> frozenset[str]:
        """Month and weekday names of every CLDR locale (built into the index)."""
        if self._calendar is None:
            self._calendar = frozenset(r[0] for r in self._query("SELECT word FROM calendar_words"))
        return self._calendar

    def given_names(self) -> frozenset[str]:
        """First names of many locales (Faker's lists, built into the index), folded."""
        if self._given is None:
            self._given = frozenset(r[0] for r in self._query("SELECT word FROM given_names"))
        return self._given

    def area_name_ids(self) -> frozenset[int]:
        """Name ids (exact names and inflection stems) of continents and world regions: CLDR's area names in
        every locale plus ``world_regions.txt``. Never pinned; no place inside one is meant ("Latin America",
        "Ближнем Востоке")."""
        if self._areas is None:
            self._areas = frozenset(r[0] for r in self._query("SELECT name_id FROM area_names"))
        return self._areas

    def place(self, key: str) -> Place | None:
        rows = self._query("SELECT key, name, kind, country_code, lat, lon, geonameid, population"
                           " FROM places WHERE key=?", (key,))
        return self._place(rows[0]) if rows else None

    def names_of(self, key: str, limit: int = 12) -> list[str]:
        """Distinct written names of a place (for popups: 'Stepanakert / Khankendi / Степанакерт')."""
        rows = self._query(
            "SELECT n.key FROM places p JOIN cands c ON c.place_id=p.id JOIN names n ON n.name_id=c.name_id"
            " WHERE p.key=? ORDER BY c.flags & 1 DESC, c.flags & 8 DESC, n.name_id LIMIT ?", (key, limit))
        return [r[0].strip() for r in rows]

    def outline(self, key: str) -> dict | None:
        """GeoJSON geometry of a curated region, when the project ships one."""
        rows = self._query("SELECT outline FROM places WHERE key=?", (key,))
        if not rows or not rows[0][0]:
            return None
        return _outline(rows[0][0])


@lru_cache(maxsize=16)
def _outline(filename: str) -> dict:
    data = json.loads((DATA / filename).read_text(encoding="utf-8"))
    if data.get("type") == "FeatureCollection":
        return data["features"][0]["geometry"]
    if data.get("type") == "Feature":
        return data["geometry"]
    return data


_instance: Gazetteer | None = None
_instance_lock = threading.Lock()


def load_gazetteer(directory: Path | None = None) -> Gazetteer:
    """The process-wide gazetteer, built into the cache first if its sources changed."""
    global _instance
    if _instance is not None and directory is None:
        return _instance  # the hot path: every parse asks; hashing the sources each time cost a third of ingest
    with _instance_lock:
        paths = index_paths(directory)
        if _instance is not None and _instance.paths == paths:
            return _instance
        _instance = Gazetteer(ensure_built(directory))
        return _instance
