"""A place's names in other languages and scripts, for popups: 'Khankendi / Stepanakert / Степанакерт'.

The gazetteer stores match keys (folded, lower-case), many per place: countries have one per CLDR locale and
cities dozens of GeoNames alternates, most of them Latin-script spellings nobody needs in a popup.
``pick_names`` keeps a short, readable list: other Latin names only when they are a place's main or curated
names (Stepanakert for Khankendi) and not a spelling variant of one already shown, then one name per other
script. The flags are read next to ``names_of`` from the gazetteer index (``names``/``cands`` tables) because
``names_of`` does not return them. Lookups are cached per place, and any gazetteer failure just means no
extra names: the map must not depend on it.
"""

from __future__ import annotations

import sqlite3
import threading
import unicodedata
from collections.abc import Iterable
from difflib import SequenceMatcher
from functools import lru_cache

MAX_NAMES = 5
MAX_LATIN = 2
_LOOKUP = 80  # names fetched per place before picking
KNOWN = 1 | 8  # gazetteer flags MAIN | CURATED: names someone chose, not bulk alternates
SIMILAR = 0.7  # Latin names closer than this to one already shown are spelling variants


def script_of(name: str) -> str:
    """Unicode script of the first letter ('LATIN', 'CYRILLIC', 'ARMENIAN', …), '' when there is none."""
    for ch in name:
        if ch.isalpha() and unicodedata.category(ch) != "Lm":  # skip modifier letters such as 'ʻ'

            try:
                return unicodedata.name(ch).split(" ")[0]
            except ValueError:
                return ""
    return ""


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum())


CASED_SCRIPTS = frozenset({"LATIN", "CYRILLIC", "GREEK", "ARMENIAN"})  # capitals are usual in running text


def display(name: str) -> str:
    """Readable form of a folded gazetteer key: trimmed, words capitalised in scripts that use capitals."""
    words = name.strip().split()
    if script_of(name) not in CASED_SCRIPTS:
        return " ".join(words)
    return " ".join(w[:1].upper() + w[1:] for w in words)


def pick_names(own: str, names: Iterable[tuple[str, int]], *, limit: int = MAX_NAMES) -> list[str]:
    """Other names worth showing next to ``own`` from (name, flags) pairs, best first."""
    seen = {_fold(own)}
    latin_seen = [_fold(own)]
    scripts: set[str] = set()
    picked: list[str] = []
    for raw, flags in names:
        name = display(raw)
        folded = _fold(name)
        if not folded or folded in seen:
            continue
        script = script_of(name)
        if script == "LATIN":
            if not flags & KNOWN or len(latin_seen) > MAX_LATIN:
                continue
            if any(SequenceMatcher(None, folded, other).ratio() >= SIMILAR for other in latin_seen):
                continue
            latin_seen.append(folded)
        elif script in scripts:
            continue
        seen.add(folded)
        scripts.add(script)
        picked.append(name)
        if len(picked) >= limit:
            break
    return picked


_local = threading.local()


def _names_with_flags(place_key: str) -> list[tuple[str, int]]:
    """(name, flags) of a place, main and curated names first, from the built gazetteer index."""
    from geodata.gazetteer import load_gazetteer

    conn = getattr(_local, "conn", None)
    if conn is None:
        conn = sqlite3.connect(f"file:{load_gazetteer().paths.db}?mode=ro", uri=True)
        _local.conn = conn
    rows = conn.execute(
        "SELECT n.key, c.flags FROM places p JOIN cands c ON c.place_id = p.id JOIN names n ON n.name_id = c.name_id"
        " WHERE p.key = ? ORDER BY c.flags & 1 DESC, c.flags & 8 DESC, n.name_id LIMIT ?", (place_key, _LOOKUP))
    return [(str(name), int(flags or 0)) for name, flags in rows]


@lru_cache(maxsize=20_000)
def other_names(place_key: str, own: str) -> tuple[str, ...]:
    """Names of ``place_key`` in other languages from the offline gazetteer; () when it is unavailable."""
    try:
        names = _names_with_flags(place_key)
    except Exception:  # no gazetteer built yet, or a broken cache: popups simply show fewer names
        return ()
    return tuple(pick_names(own, names))


@lru_cache(maxsize=256)
def outline(place_key: str) -> dict | None:
    """GeoJSON geometry of a curated region (``cur:…`` keys only), or None."""
    if not place_key.startswith("cur:"):
        return None
    try:
        from geodata.gazetteer import load_gazetteer

        return load_gazetteer().outline(place_key)
    except Exception:  # outlines are a nicety; a ring marker still shows the region
        return None
