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

import json
import math
import operator
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, pairwise
from pathlib import Path

import ahocorasick

from geodata.gazetteer import ABBR, CLDR, CURATED, MAIN, Candidate, Gazetteer
from geodata.gazetteer.normalize import (
    CASELESS_SCRIPTS,
    fold,
    fold_tokens,
    key_of,
    language_strip_all,
    language_strips,
    script_of,
    script_stem,
    tokens,
)
from geodata.model import Mention, Place

DATA = Path(__file__).resolve().parent / "data"
STEM_SCRIPTS = frozenset({"cyrillic", "armenian"})
NOUNS_CAPITALISED = frozenset({"de", "lb"})  # languages where every noun starts with a capital
BIG_CITY = 100_000
MAJOR_CITY = 500_000
PROMINENT_NAMES = 25  # alternate names in GeoNames: a sign of a place known abroad
SMALL_PLACE = 15_000
MINOR_SUPPORT = 1.5  # a village needs its country named (or a place nearby)
NEEDS_SUPPORT = 2.0  # a doubtful match needs more: places nearby, or its country named twice


# -- language data -----------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _recognition() -> dict:
    return json.loads((DATA / "recognition.json").read_text(encoding="utf-8"))


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
def given_names() -> frozenset[str]:
    return _word_list(DATA / "given_names.txt")


@lru_cache(maxsize=1)
def _org_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    r = _recognition()
    return (frozenset(fold(w) for w in r["org_after"]), frozenset(fold(w) for w in r["org_before"]),
            frozenset(fold(w) for w in r["place_types"]))


@lru_cache(maxsize=64)
def _locatives(language: str | None) -> frozenset[str]:
    return frozenset(_recognition()["locatives"].get(language or "", ()))


@lru_cache(maxsize=1)
def _blockers() -> ahocorasick.Automaton:
    """Automaton of organisation names: a place inside one of them is not a place."""
    a = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    for line in (DATA / "organisations.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            k = key_of(line)
            if k:
                a.add_word(k, k.count(" ") - 1)
    a.make_automaton()
    return a


_CALENDAR: dict[int, frozenset[str]] = {}


def _calendar_words(gaz: Gazetteer) -> frozenset[str]:
    """Month and weekday names of every CLDR locale (from the index) and the relative-day words of our date
    data ("dün", "kemarin", "вчера"): capitalised neighbours that say nothing of persons, never places."""
    words = _CALENDAR.get(id(gaz))
    if words is None:
        from geodata.dates import vocabulary

        extra = vocabulary(("months", "months_abbr", "weekdays", "weekdays_abbr", "relative"))
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
    in_dateline_zone: bool = False
    surface: str = ""  # the folded name as written, to keep a name from vouching for itself
    gap_before: str = ""  # the text between the previous word and this name
    prefix: int = 0  # characters of a stripped proclitic ("و" in "وموسكو"), not part of the name


@dataclass(slots=True)
class _Tokens:
    text: str
    spans: list[tuple[int, int, str]]
    folded: list[str]
    sentence_start: _SentenceStarts
    lowercase_words: set[str] | None = None


def _token_string(words: list[str]) -> tuple[str, dict[int, int]]:
    """' w1 w2 ... ' and a map from the position of the space after each word to its index."""
    # word i ends at 1 (the leading space) + (lengths of words 0..i) + i separating spaces
    ends = dict(zip(map(operator.add, accumulate(map(len, words)), range(1, len(words) + 1)),
                    range(len(words)), strict=True))
    return " " + " ".join(words) + " ", ends


def _is_upper_start(tok: str) -> bool:
    return tok[:1].isupper() or tok[:1].isdigit()


class _SentenceStarts:
    """Whether token i opens a sentence or a line (where capitals say nothing); computed on demand,
    since only the few tokens around candidate names are ever asked about."""

    __slots__ = ("spans", "text")

    def __init__(self, text: str, spans: list[tuple[int, int, str]]) -> None:
        self.text, self.spans = text, spans

    def __getitem__(self, i: int) -> bool:
        if i <= 0:
            return True
        gap = self.text[self.spans[i - 1][1]:self.spans[i][0]]
        stripped = gap.strip(" \t\"'“”‘’«»()[]-–—*•")
        return "\n" in gap or (stripped[-1:] in (".", "!", "?", "…", ":", "؟") if stripped else False)


def _dateline_end(text: str) -> tuple[int, bool]:
    """End of a dateline opening ("Source, CITY - ", "CITY, Oct 4 (Agency) -", "СТЕПАНАКЕРТ, 4 октября. –").

    Returns (offset of the separator, strict). Without a dash in the first 120 characters the dateline can
    only be a word in capitals before the first comma ("МОСКВА, 10 октября. /ТАСС/."): strict=True.
    (-1, True) when there is no dateline.
    """
    first = len(text) - len(text.lstrip())
    head = text[first: first + 160].split("\n", 1)[0]
    best = -1
    for sep in (" - ", " – ", " — ", " -- ", ". – ", ". - ", ": "):
        i = head.find(sep)
        if 0 < i <= 120 and (best < 0 or i < best):
            best = i
    if best >= 0:
        return first + best, False
    comma = head.find(",")
    if 0 < comma <= 60:
        return first + comma, True
    return -1, True


def recognise(text: str, language: str | None, gaz: Gazetteer) -> list[Hit]:
    """Every span of ``text`` that names a place, with its candidates, longest match first-come."""
    spans = tokens(text)
    if not spans:
        return []
    folded = fold_tokens(text, spans)
    toks = _Tokens(text, spans, folded, _SentenceStarts(text, spans))
    norm, ends = _token_string(folded)
    hits: list[Hit] = []
    for end_pos, value in gaz.exact.iter(norm):
        hit = _hit(toks, ends, end_pos, value, inflected=False)
        if hit:
            hits.append(hit)
    # Inflected forms: Cyrillic and Armenian words lose their case endings; other languages' glued
    # suffixes and proclitics are stripped from capitalised (or caseless-script) words only.
    stemmed = list(folded)
    prefix: dict[int, int] = {}
    changed = False
    strips = language_strips(language)
    for i, (_s, _e, t) in enumerate(spans):
        if t.isascii() and not (strips and t[:1].isupper()):
            continue  # Latin words of a language without glued suffixes: nothing to strip
        f = folded[i]
        script = script_of(f)
        if script in STEM_SCRIPTS:
            new = script_stem(f)  # every word: inner words of names inflect too ("Лачинского коридора")
        elif _is_upper_start(t) or script in CASELESS_SCRIPTS:
            new = _best_strip(f, language, gaz)
        else:
            continue
        if new != f:
            stemmed[i] = new
            changed = True
            if not f.startswith(new) and f.endswith(new) and len(t) == len(f):
                prefix[i] = len(f) - len(new)  # a proclitic: "و" + "موسكو"
    if changed:
        norm2, ends2 = _token_string(stemmed)
        covered = {i for h in hits for i in range(h.ts, h.te)}
        by_span: dict[tuple[int, int], Hit] = {}
        for automaton in (gaz.exact, gaz.stems):
            for end_pos, value in automaton.iter(norm2):
                hit = _hit(toks, ends2, end_pos, value, inflected=True)
                if hit and any(stemmed[i] != folded[i] for i in range(hit.ts, hit.te)) and not (
                        covered & set(range(hit.ts, hit.te))):
                    same = by_span.get((hit.ts, hit.te))
                    if same:  # one stem, several names: keep them all ("России": Россия and Росс)
                        same.name_ids += hit.name_ids
                        continue
                    hit.prefix = prefix.get(hit.ts, 0)
                    by_span[(hit.ts, hit.te)] = hit
                    hits.append(hit)
    blocked = _blocked_tokens(norm, ends, folded)
    dl_end, dl_strict = _dateline_end(text)
    accepted = []
    taken: set[int] = set()
    # Judge hits in the order _longest keeps them and skip those a longer accepted name already covers
    # ("Karabakh" inside "Nagorno-Karabakh"): the same outcome, with far fewer context checks.
    hits.sort(key=lambda h: (-(h.te - h.ts), h.inflected, h.start))
    for hit in hits:
        span = set(range(hit.ts, hit.te))
        if blocked & span or taken & span:
            continue
        hit.dateline = dl_end >= 0 and hit.end <= dl_end and (not dl_strict or text[hit.start:hit.end].isupper())
        if _accept(hit, toks, language, gaz):
            accepted.append(hit)
            taken.update(range(hit.ts, hit.te))
    out = _longest(accepted)
    for h in out:
        h.surface = " ".join(folded[h.ts:h.te])
        h.gap_before = text[spans[h.ts - 1][1]:h.start] if h.ts > 0 else ""
    if not any(h.dateline for h in out):
        zone = [h for h in out if h.in_dateline_zone]
        if zone:
            zone[-1].dateline = True  # "Source, City -": the place nearest the dash
    for h in out:
        if h.prefix:
            h.start += h.prefix  # report the name without its proclitic
    return out


_STRIPS: dict[tuple[str, str | None], str] = {}


def _best_strip(folded: str, language: str | None, gaz: Gazetteer) -> str:
    """The stripped form that is a known name ("azərbaycanın" -> "azərbaycan", not "azərbayca"), else the
    longest strip (the word may end a multi-word name), else the word itself. Cached: words repeat."""
    key = (folded, language)
    hit = _STRIPS.get(key)
    if hit is None:
        if len(_STRIPS) > 300_000:
            _STRIPS.clear()
        hit = _STRIPS[key] = _best_strip_uncached(folded, language, gaz)
    return hit


def _best_strip_uncached(folded: str, language: str | None, gaz: Gazetteer) -> str:
    options = language_strip_all(folded, language)
    for stem in options:
        if f" {stem} " in gaz.exact:
            return stem
    return options[0] if options else folded


def _hit(toks: _Tokens, ends: dict[int, int], end_pos: int, value: int, *, inflected: bool) -> Hit | None:
    te = ends.get(end_pos)
    if te is None:
        return None
    name_id, ntok = value >> 6, value & 63
    ts = te - ntok + 1
    if ts < 0:
        return None
    if toks.spans[ts][2][:1].islower() and toks.spans[te][2][:1].islower():
        return None  # cheap early exit: a name in a cased script is never all lower case ("dan", "in")
    return Hit(toks.spans[ts][0], toks.spans[te][1], ts, te + 1, (name_id,), inflected)


def _blocked_tokens(norm: str, ends: dict[int, int], folded: list[str]) -> set[int]:
    """Tokens inside organisation names or next to organisation words ("Minsk Group", "Kelompok Minsk")."""
    out: set[int] = set()
    for end_pos, ntok_minus in _blockers().iter(norm):
        te = ends.get(end_pos)
        if te is not None:
            out.update(range(te - ntok_minus, te + 1))
    return out


def _longest(hits: list[Hit]) -> list[Hit]:
    """Non-overlapping hits, preferring more words, then uninflected, then earlier."""
    hits.sort(key=lambda h: (-(h.te - h.ts), h.inflected, h.start))
    taken: set[int] = set()
    out = []
    for h in hits:
        span = set(range(h.ts, h.te))
        if taken & span:
            continue
        taken |= span
        out.append(h)
    out.sort(key=lambda h: h.start)
    return out


def _is_protected(c: Candidate) -> bool:
    """Places prominent enough that a capitalised mention is trusted without more context.

    Population alone undersells some (GeoNames gives Kherson 66,000 people); a place the world names in
    many languages is prominent whatever its census says.
    """
    k = c.place.kind
    return (k == "country" or k == "region" or bool(c.flags & CURATED) or c.place.population >= BIG_CITY
            or c.n_names >= PROMINENT_NAMES)


def _accept(hit: Hit, toks: _Tokens, language: str | None, gaz: Gazetteer) -> bool:
    """Does this match look like a place name in its context? Also narrows its candidates."""
    first, last = toks.spans[hit.ts][2], toks.spans[hit.te - 1][2]
    surface = toks.text[hit.start:hit.end]
    cased = script_of(first) not in CASELESS_SCRIPTS
    letters = [ch for ch in surface if ch.isalpha()]
    all_caps = cased and len(letters) > 1 and all(ch.isupper() for ch in letters)
    cands = gaz.candidates_for(hit.name_ids)
    if first[:1].isdigit():
        return False  # "31 de octubre" is a date, whatever Mexico calls its towns
    for i in range(hit.ts + 1, hit.te):
        gap = toks.text[toks.spans[i - 1][1]:toks.spans[i][0]]
        if gap.strip(" -‐‑–'’.") or "\n" in gap:
            return False  # a name does not run across a comma or a line: "PARIS, 1er"
    if cased:
        if not (_is_upper_start(first) or _is_upper_start(last)):
            return False  # "medan tempur", "turkey" the bird
        if not first[:1].isupper():
            cands = tuple(c for c in cands if c.flags & (CURATED | CLDR))  # "bande de Gaza" yes, "la Cruz" no
        if all_caps:
            abbr = tuple(c for c in cands if c.flags & ABBR)
            if abbr and len(letters) <= 4:
                cands = abbr
            elif not hit.dateline:
                return False  # capitals outside a dateline: acronyms, shouting, not places
        else:
            cands = tuple(c for c in cands if not c.flags & ABBR or len(letters) > 4)
    if not cands:
        return False
    hit.candidates = cands
    single = hit.te - hit.ts == 1
    word = toks.folded[hit.ts] if single else ""
    n = len(toks.spans)
    prev_tok = toks.spans[hit.ts - 1][2] if hit.ts > 0 else ""
    prev_fold = toks.folded[hit.ts - 1] if hit.ts > 0 else ""
    next_tok = toks.spans[hit.te][2] if hit.te < n else ""
    next_fold = toks.folded[hit.te] if hit.te < n else ""
    next_starts = toks.sentence_start[hit.te] if hit.te < n else True
    at_start = toks.sentence_start[hit.ts]
    facts = _facts(hit.name_ids, cands)
    protected, countryish, own_major, famous, strong, any_own = (
        facts.protected, facts.countryish, facts.own_major, facts.famous, facts.strong, facts.any_own)
    org_after, org_before, place_types = _org_words()
    org_of = _org_of()
    gap_after = toks.text[hit.end:toks.spans[hit.te][0]] if hit.te < n else ""
    gap_before = toks.text[toks.spans[hit.ts - 1][1]:hit.start] if hit.ts > 0 else ""
    if (next_fold in org_after and gap_after.strip(" -") == "") or (
            prev_fold in org_before and gap_before.strip(" -") == ""):
        return False  # "Minsk Group", "Минская группа", "Kelompok Minsk", "مجموعة مينسك"
    first_fold = toks.folded[hit.ts]
    if not countryish and (first_fold in _calendar_words(gaz) if single else first_fold in _date_words(language)):
        return False  # "Nov", "Dec", "Senin", "Dün de": months, weekdays, yesterdays
    if hit.dateline:
        before = toks.text[:hit.start]
        if before.count("(") > before.count(")") and not any(
                c.place.kind in ("country", "region") for c in cands):
            return False  # "(Demo)", "(AA)": the agency, not a place; "ARMENIA (Quindío)" is one
        if all_caps or not cased:
            return True
        hit.dateline = False  # "Demo corpus, Stepanakert -": judged like any other name...
        hit.in_dateline_zone = True  # ...and made the dateline later if nothing else is
    stops = stoplist(language)
    if single and word in stops and prev_fold not in _locatives(language):
        return False
    if not countryish and prev_fold in _noun_articles(language) and not hit.inflected:
        return False  # "das Essen", "im Norden": a German noun, not Essen or Norden
    if (hit.ts >= 2 and prev_fold == "of" and toks.folded[hit.ts - 2] in org_of
            and _is_upper_start(toks.spans[hit.ts - 2][2])):
        return False  # "Bank of England", "University of Texas": an institution
    if prev_fold in _city_articles(language) and all(c.place.kind in ("city", "place") for c in cands):
        return False  # "the Riviera", "la Défense": a city name does not take an article
    common = gaz.common_words(language).get(word, 0.0) if single else 0.0
    if common and not countryish:
        if not protected:
            if common >= 4.0:
                return False  # "Baca", "Sumber", "Bell": a minor place named like a frequent word
            hit.minor = True  # named towns are words too (Nusaybin 3.9, Prescott 3.4): context as for a village
        if _used_lowercase(toks, word) and not own_major:
            return False  # the article itself uses it as an ordinary word
        # Big cities are frequent words too (wordfreq counts "berlin"), so frequency condemns a name only
        # when it is not that place's own name ("Los" is an alias of Lagos, "Russe" of Ruse) or the place is
        # minor. Where capitals say nothing (German nouns, caseless scripts, sentence starts) be stricter.
        capitals_uninformative = at_start or not cased or language in NOUNS_CAPITALISED
        if common >= 5.5:
            hit.needs_support = not own_major  # "Los", "Ein", "المدينة": only a major place's own name outweighs
        elif common >= 4.0:
            hit.needs_support = not famous  # "Kent" (tr: city), "Nice", "Bath": fine with context; Киеве is Kyiv
        elif common >= 3.5 and capitals_uninformative:
            hit.needs_support = not strong
    if single and len(word) <= 3 and common >= 3.0 and not countryish and not any_own:
        hit.needs_support = True  # short aliases that are words: "Tak" (Takamatsu), "Ada" (Adana)
    if hit.inflected and not protected:
        hit.needs_support = True  # a stem of a minor place: "Кримському" is an adjective, not Krymsk
    # Persons: "Georg Paris", "Jordan Bell", "Lloyd Austin", "Shushan Stepanyan".
    calendar = _calendar_words(gaz)
    given = given_names()
    if single and not cased and word in given and not next_starts and not _is_significant_name(gaz, next_fold):
        return False  # "فلاديمير بوتين"
    if single and cased and not countryish:
        next_is_name = (_is_upper_start(next_tok) and not next_starts and next_fold not in calendar
                        and next_fold not in place_types and gap_after == " ")
        prev_is_name = (word in given and _is_upper_start(prev_tok) and not at_start and prev_fold not in calendar
                        and not toks.sentence_start[hit.ts - 1]
                        and not _is_known_name(gaz, prev_fold) and prev_fold not in stops
                        and prev_fold not in gaz.common_words(language)  # titles are words: "Bakanı", "President"
                        and toks.text[toks.spans[hit.ts - 1][1]:hit.start] == " "
                        and language not in NOUNS_CAPITALISED)
        if prev_fold in given and _is_upper_start(prev_tok) and gap_before == " ":
            return False  # "Georg Paris" (but not "Hamilton, Ontario")
        if next_is_name and word in given and not _is_significant_name(gaz, next_fold):
            return False  # "Jordan Bell", "Paris Hilton"
        if next_is_name and not protected and not _is_known_name(gaz, next_fold):
            return False  # "Shushan Stepanyan"
        if next_is_name and next_fold.endswith(_surname_suffixes()) and not _is_known_name(gaz, next_fold):
            return False  # "Ararat Mirzoyan", "Oleksandr Syrskyi": a first name before a family name
        if prev_is_name:
            return False  # "Lloyd Austin", "Bill Hamilton": a first name before it
    title_before = hit.ts > 0 and _is_upper_start(prev_tok) and not at_start  # "Perdana Menteri Georgia Giorgi ..."
    if (single and cased and countryish and word in given and not title_before
            and next_is_given_surname(toks, hit, gaz, calendar)):
        return False  # "Jordan Bell", "Israel Katz", "Chad Smith": the country is a first name here
    # "Донецкой области", "Kharkiv Oblast", "Idlib province": the region, not the city.
    if next_fold in place_types and hit.te < n and not next_starts:
        region = _region_for(cands, gaz)
        if region is not None:
            hit.candidates = (region,)
            if _is_upper_start(next_tok) or next_fold.startswith(("облас", "oblast")):
                hit.end = toks.spans[hit.te][1]  # part of the name: "Kharkiv Oblast", "Донецкой области"
                hit.te += 1
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
    strong: bool  # ...or an own name of a big city
    any_own: bool  # the name is some candidate's own name (not only an alias)


_FACTS: dict[tuple, _Facts] = {}


def _facts(name_ids: tuple[int, ...], cands: tuple[Candidate, ...]) -> _Facts:
    # The candidates of a name only vary by the case filters applied to them, which keep a subset:
    # its size and ends identify it.
    key = (name_ids, len(cands), cands[0].place.key, cands[0].flags, cands[-1].place.key, cands[-1].flags)
    facts = _FACTS.get(key)
    if facts is None:
        own_major = any(c.flags & (MAIN | CURATED) and (c.place.population >= MAJOR_CITY
                                                       or c.place.kind == "region") for c in cands)
        famous = own_major or any(c.n_names >= PROMINENT_NAMES and c.place.population >= BIG_CITY for c in cands)
        strong = famous or any((_is_own_name(c) and (c.place.population >= BIG_CITY or c.place.kind == "region"))
                               or c.place.population >= 2_000_000 for c in cands)
        facts = _Facts(
            protected=any(_is_protected(c) for c in cands),
            countryish=any(c.place.kind == "country" or (c.flags & CURATED and c.place.kind == "region")
                           for c in cands),
            own_major=own_major, famous=famous, strong=strong, any_own=any(_is_own_name(c) for c in cands))
        if len(_FACTS) > 200_000:
            _FACTS.clear()
        _FACTS[key] = facts
    return facts


def next_is_given_surname(toks: _Tokens, hit: Hit, gaz: Gazetteer, calendar: frozenset[str]) -> bool:
    """Is the word after this one a capitalised surname-like word (not a place, month, or sentence start)?"""
    if hit.te >= len(toks.spans) or toks.sentence_start[hit.te]:
        return False
    tok, fold_ = toks.spans[hit.te][2], toks.folded[hit.te]
    gap = toks.text[toks.spans[hit.te - 1][1]:toks.spans[hit.te][0]]
    return (_is_upper_start(tok) and gap == " " and fold_ not in calendar and fold_ not in given_names()
            and not _is_significant_name(gaz, fold_))


def _is_own_name(c: Candidate) -> bool:
    return bool(c.flags & (MAIN | CURATED | CLDR))


def _region_for(cands: tuple[Candidate, ...], gaz: Gazetteer) -> Candidate | None:
    """The first-level region a name followed by 'oblast'/'province' means: itself, or its city's region."""
    for c in sorted(cands, key=_prior, reverse=True):
        if c.place.kind == "region":
            return c
    for c in sorted(cands, key=_prior, reverse=True):
        if c.place.kind == "city" and c.admin1 and c.place.country_code:
            region = gaz.region_of(c.place.country_code, c.admin1)
            if region is not None:
                return Candidate(region, 0, c.n_names, c.admin1)
    return None


@lru_cache(maxsize=64)
def _date_words(language: str | None) -> frozenset[str]:
    """Month, weekday and relative-day words of one language (from the dates data), for "Dün de" and the like."""
    from geodata.dates import vocabulary

    return frozenset(fold(w) for w in vocabulary(("months", "weekdays", "relative"), language)) if language \
        else frozenset()


@lru_cache(maxsize=1)
def _surname_suffixes() -> tuple[str, ...]:
    return tuple(fold(w) for w in _recognition().get("surname_suffixes", ()))


@lru_cache(maxsize=1)
def _org_of() -> frozenset[str]:
    return frozenset(fold(w) for w in _recognition().get("org_of", ()))


@lru_cache(maxsize=64)
def _city_articles(language: str | None) -> frozenset[str]:
    return frozenset(fold(w) for w in _recognition().get("city_articles", {}).get(language or "", ()))


@lru_cache(maxsize=64)
def _noun_articles(language: str | None) -> frozenset[str]:
    return frozenset(fold(w) for w in _recognition().get("noun_articles", {}).get(language or "", ()))


def _used_lowercase(toks: _Tokens, word: str) -> bool:
    """Does the article also write this word in lower case (so it is an ordinary word here)?"""
    if toks.lowercase_words is None:
        toks.lowercase_words = {f for (_s, _e, t), f in zip(toks.spans, toks.folded, strict=True)
                                if t[:1].islower()}
    return word in toks.lowercase_words


def _is_known_name(gaz: Gazetteer, folded_word: str) -> bool:
    """Is this word itself a place name (so 'Ganja Barda' is two places, not a person)?"""
    return f" {folded_word} " in gaz.exact


def _is_significant_name(gaz: Gazetteer, folded_word: str) -> bool:
    """Is this word the name of a country, region or big city ("Jordan Israel" is two places)?"""
    value = gaz.exact.get(f" {folded_word} ", None)
    return value is not None and any(_is_protected(c) for c in gaz.candidates_for((value >> 6,)))


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


_PRIORS: dict[tuple[str, int], float] = {}


def _prior(c: Candidate) -> float:
    """How likely a candidate is before context: kind, population, which name matched, fame."""
    key = (c.place.key, c.flags)
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


@dataclass(frozen=True, slots=True)
class Resolved:
    hit: Hit
    place: Place
    confidence: float
    alternatives: tuple[Place, ...]


def resolve(hits: list[Hit], *, focus: Focus | None = None) -> list[Resolved]:
    """Choose a place for every hit, using the article's other places as context."""
    # Pass 1: priors alone, to learn which countries and areas the article is about. A place never
    # supports itself: anchors remember which place they came from.
    anchors: dict[str, tuple[str | None, float, float, bool, str]] = {}  # key -> cc, lat, lon, is_country, name
    for h in hits:
        if h.needs_support:
            continue
        ranked = sorted(h.candidates, key=_prior, reverse=True)
        best = ranked[0]
        margin = _prior(best) - (_prior(ranked[1]) if len(ranked) > 1 else 0.0)
        p = best.place
        if p.kind == "country" and margin > 1.0:
            anchors[p.key] = (p.country_code, p.lat, p.lon, True, h.surface)
        elif margin > 1.5 and (p.population >= BIG_CITY or best.flags & CURATED or p.kind == "region"):
            anchors[p.key] = (p.country_code, p.lat, p.lon, False, h.surface)
    context = _Context(anchors)
    containers = _containers(hits)
    out = []
    done: dict[tuple, Resolved | None] = {}
    for h in hits:
        container = containers.get(id(h))
        # The same name, read the same way, resolves the same way within one article: do it once.
        memo = (h.surface, h.name_ids, h.needs_support, h.minor, h.dateline, h.confidence,
                container.place.key if container else None)
        if memo in done:
            prev = done[memo]
            if prev is not None:
                out.append(Resolved(h, prev.place, prev.confidence, prev.alternatives))
            continue
        done[memo] = None
        scored = []
        for c in _plausible(h.candidates, context):
            support = context.support(c.place, h.surface)
            if container is not None and _inside(c, container):
                support += 6.0  # "Paris, Texas", "Prescott, Arizona", "Hamilton, Ontario": the text says where
            if focus and focus.contains(c.place):
                support += 2.0
            scored.append((_prior(c) + support, support, c))
        scored.sort(key=lambda t: (-t[0], t[2].place.key))
        total, support, best = scored[0]
        if best.place.kind == "country" and context.country_support(best.place) == 0.0:
            # "Georgia" in an article about Savannah: a well-backed other reading beats an unbacked country.
            backed = [t for t in scored if t[1] >= 2.0 and (t[2].place.kind == "region"
                                                            or t[2].place.population >= BIG_CITY)]
            if backed:
                total, support, best = backed[0]
        p = best.place
        small = p.kind in ("city", "place") and p.population < SMALL_PLACE and not best.flags & CURATED
        alias_only = not _is_own_name(best) and p.kind in ("city", "place") and p.population < BIG_CITY
        needed = NEEDS_SUPPORT if h.needs_support else (MINOR_SUPPORT if small or alias_only or h.minor else 0.0)
        if support < needed and not h.dateline:
            continue  # unsupported: more likely a word or a name than the place
        runner = max((t[0] for t in scored if t[2] is not best), default=total - 4.0)
        conf = h.confidence / (1.0 + math.exp(-(total - runner)))
        alts = tuple(c.place for _t, _s, c in scored[:4] if c is not best)[:3]
        done[memo] = resolved = Resolved(h, p, round(conf, 3), alts)
        out.append(resolved)
    return out


def _containers(hits: list[Hit]) -> dict[int, Candidate]:
    """For "City, Region" and "City, Country", the container each city hit names right after it."""
    out: dict[int, Candidate] = {}
    for h, nxt in pairwise(hits):
        if nxt.gap_before != ", ":
            continue
        best = max(nxt.candidates, key=_prior)
        if best.place.kind in ("country", "region") and any(c.place.kind in ("city", "place") for c in h.candidates):
            out[id(h)] = best
    return out


def _inside(c: Candidate, container: Candidate) -> bool:
    p, box = c.place, container.place
    if p.kind not in ("city", "place") or not p.country_code or p.country_code != box.country_code:
        return False
    return box.kind == "country" or (c.admin1 is not None and c.admin1 == container.admin1)


def _plausible(cands: tuple[Candidate, ...], context: _Context) -> list[Candidate]:
    """The candidates worth scoring: the best dozen by prior, and any in a country the article names.

    A name like "Washington" has a hundred candidates; a village ranked below the dozenth can only win
    through context, and context means its country is in the article.
    """
    if len(cands) <= 12:
        return list(cands)
    ranked = sorted(cands, key=_prior, reverse=True)
    return ranked[:12] + [c for c in ranked[12:] if c.place.country_code in context.by_country]


class _Context:
    """The article's anchor places, with the distance and country look-ups resolution needs."""

    def __init__(self, anchors: dict[str, tuple[str | None, float, float, bool, str]]) -> None:
        # Each anchor remembers the name it came from: "Washington" read as the capital must not vouch for
        # the other Washingtons (Reisterstown is 66 km from DC).
        self.points = [(k, lat, lon, math.cos(math.radians(lat)), name)
                       for k, (_cc, lat, lon, is_country, name) in anchors.items() if not is_country]
        self.by_country: dict[str, list[tuple[str, bool, str]]] = {}
        for k, (cc, _lat, _lon, is_country, name) in anchors.items():
            if cc:
                self.by_country.setdefault(cc, []).append((k, is_country, name))

    def country_support(self, p: Place) -> float:
        """Other places of the article inside this country."""
        return sum(1.0 for k, is_c, _n in self.by_country.get(p.country_code or "", ()) if k != p.key and not is_c)

    def support(self, p: Place, surface: str = "") -> float:
        """How much the article's other places back up ``p``: its country named, or places nearby."""
        if p.kind == "country":
            return 0.0
        same_country = sum(1.0 if is_c else 0.5 for k, is_c, name in self.by_country.get(p.country_code or "", ())
                           if k != p.key and name != surface)
        # Naming the country helps, but less than a fame gap: Paris, Texas does not beat Paris in a US story.
        support = 1.0 + min(same_country, 2.0) * 0.5 if same_country else 0.0
        if self.points:
            # Equirectangular distance: exact enough below 300 km, which is all that counts here.
            best = math.inf
            for k, alat, alon, coslat, name in self.points:
                if k == p.key or name == surface:
                    continue
                dy = (p.lat - alat) * 111.2
                dx = (p.lon - alon) * 111.2 * coslat
                best = min(best, dx * dx + dy * dy)
            nearest = math.sqrt(best)
            if nearest < 300.0:
                support += 2.5 * (1.0 - nearest / 300.0)
        return support


# -- the whole stage ---------------------------------------------------------------------------------


def geoparse(text: str, language: str | None, gaz: Gazetteer, *,
             sentences: list[tuple[int, int]] | None = None, focus: Focus | None = None) -> list[Mention]:
    """Mentions of places in ``text`` (without dates: see ``geodata.pipeline``)."""
    from geodata.sentences import split

    sents = sentences if sentences is not None else split(text)
    out = []
    si = 0
    for r in resolve(recognise(text, language, gaz), focus=focus):
        while si + 1 < len(sents) and sents[si][1] <= r.hit.start:
            si += 1
        s0, s1 = sents[si] if sents else (0, len(text))
        out.append(Mention(start=r.hit.start, end=r.hit.end, text=text[r.hit.start:r.hit.end], place=r.place,
                           role="dateline" if r.hit.dateline else "event", confidence=r.confidence,
                           sentence=text[s0:s1], sentence_start=s0, alternatives=r.alternatives))
    return out
