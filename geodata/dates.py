"""Publication dates and per-sentence event dates, rule-based, for every language we have data for.

Why rules instead of ``dateparser.search_dates``: the pipeline must handle hundreds of articles per second,
and search_dates costs milliseconds per sentence. Here one compiled regex per language finds the few
interesting tokens in a sentence (numbers, numeric dates, month/weekday names, relative and context
phrases) and a small grammar over those tokens builds dates, so a sentence without cues costs one regex
scan. Everything language-specific lives in ``geodata/data/dates/<lang>.json`` (CLDR names from babel plus
hand-written additions, built by ``scripts/build_date_data.py``); this module holds no word lists.

Conventions: a DateInfo of precision "week" carries the Monday of that week, "month" the 1st, "year"
January 1st. ``publication_date`` returns source "publication" so callers can reuse it as a fallback.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from geodata.model import DateInfo

__all__ = [
    "DATA_ALIASES", "REQUIRED_KEYS", "EventDates", "event_dates", "load_language_data", "publication_date",
    "supported_languages",
]

DATA_DIR = Path(__file__).parent / "data" / "dates"
FALLBACK_LANGUAGE = "en"  # unknown languages still get ISO/numeric dates plus English words
# Codes that use another language's data: Norwegian as language detection or metadata may give it, and Nynorsk,
# whose date words are Bokmål's but for a few spellings.
DATA_ALIASES = {"no": "nb", "nn": "nb"}
FUTURE_SLACK_DAYS = 7  # a day+month without year may lie at most this far after publication
RECENT_DAYS = 30  # a yearless date this close before publication is that one, even in a sentence about the future
NEAR_FUTURE_REACH = 20  # ... unless the future verb is this close before it ("is set for Feb. 22")
NIGHT_GAP = 3  # the longest preposition between a relative day and the date that says which ("w nocy z 7 ...")
FROM_AHEAD_MONTHS = 3  # "from April" is the coming April this many months ahead at most ("cut rations from April")
FUTURE_VERB_REACH = 60  # characters before a yearless date in which a future verb makes it the coming one
BACKGROUND_DAYS = 30  # a side clause's day this long before publication is background ("who visited in May")
PARTICIPLE_REACH = 12  # characters from a participle opening a side clause to its date ("fundado em 1993")
ANCHOR_SENTENCES = 3  # "the next day" refers to a date given at most this many sentences earlier
HISTORY_DAYS = 365  # an earlier sentence's date this long before publication lends its year to "on Aug. 9"
DATELINE_DAYS = 3  # a dateline's day this close to the metadata date is the reference for "yesterday"
HEAD_CHARS = 300  # a dateline ("STEPANAKERT, 28 октября") must start this close to the top
DATELINE_TAIL = 40  # what may follow a dateline's date on its line without a separator ("(ไทยรัฐออนไลน์)", "م واس")
DATELINE_RANK = 1.5  # a dateline at the top ("STEPANAKERT, 28 октября 2020") among publication stamps
MONTH_STAMP_RANK = 2.0  # a head line of a month and year ranks below every stamp of a day (see publication_date)
NEXT_LABEL = 40  # the longest label before a date that may say it is the next report's ("Next summary: ")
HEAD_LINES = 3  # ... below at most a headline, a standfirst and a byline ("By Evens Sanon and Dánica Coto")
MAX_GAP = 16  # longest separator allowed between the parts of one date ("4 de octubre de 2020")
MIN_YEAR, MAX_YEAR = 1800, 2100
PERSIAN_YEARS = (1300, 1500)  # Solar Hijri years we convert (1921..2121)
BARE_ERA_YEARS = r"1[0-3]\d"  # three-digit years read in a language's era without its name: ROC 100..139 (2011..2050)
BUDDHIST_YEARS, BUDDHIST_OFFSET = (2400, 2700), 543  # Thai Buddhist-era years we convert (1857..2157): 2563 is 2020
# Calendars whose months a language's data may list ("calendars"), by their code in cues: "g" is the Gregorian.
# Hijri (lunar) dates are not converted (their months follow the moon's sighting, a day or two off any table):
# one counts only through the Gregorian date that follows it ("27 ذو الحجة 1446هـ الموافق 23 يونيو 2025").
_CALENDARS = {"persian": "p", "ethiopian": "e", "hijri": "h"}
_YEAR_OFFSET = {"p": 621, "e": 8, "h": 579}  # Gregorian year minus the calendar's, about (the loops try around it)
HIJRI_YEARS = (1300, 1600)
ETHIOPIAN_EPOCH = 2796  # the proleptic Gregorian ordinal of 1 Mäskäräm of year 1 (27 August 8 AD)

REQUIRED_KEYS = (
    "language",
    "months",
    "months_abbr",
    "weekdays",
    "weekdays_abbr",
    "date_order",
    "detect_us_order",
    "month_first",
    "case_sensitive",
    "relative",
    "context",
    "counted",
    "numbers",
    "future_markers",
    "past_markers",
    "month_only",
    "year_only",
    "connectors",
    "day_suffixes",
    "date_prepositions",
    "byline_cues",
    "ignore",
)

# Lower-casing keeps offsets except for U+0130, so we map it first; 'ı' and 'ё' are folded so that the
# data need only one spelling. Arabic-script text is normalised instead (hamza forms, tatweel, harakat).
_FOLD = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'", "´": "'", "ı": "i", "\u0307": None, "ё": "е"})
_ARABIC = {ord(c): "ا" for c in "أإآٱ"} | {ord("ى"): "ي", ord("ـ"): None}
_ARABIC |= {c: None for c in range(0x064B, 0x0653)} | {0x0670: None}
_PERSIAN = _ARABIC | {ord("ي"): "ی", ord("ى"): "ی", ord("ك"): "ک", 0x200C: " ", ord("ة"): "ه"}
_SCRIPT_FOLDS = {"ar": _ARABIC, "fa": _PERSIAN, "ckb": _PERSIAN}  # Sorani writes Persian letter forms
_SPLIT = re.compile(r"[./\-]")
_YMD = r"\d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]"
_YMD_PROBE = re.compile(_YMD)  # publication dates: only run on texts with a year marker (cheap to check)
_MD = r"\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]"
_YM = r"\d{4}\s*[年년]\s*\d{1,2}\s*[月월](?!\s*\d)"  # "2010年11月", "2010년 11월": a month of a year
# "20日", "20일": a day of the month alone, how Chinese, Japanese and Korean news date events ("俄罗斯国防部20日
# 说"), also after a month named in words ("先月21日", the 21st of last month; not "3个月21日", a count). Not a price in
# yen (日元), a span (日間, 일간) or Japan (日本) glued after a number.
# "4月", "4월": a month alone, glued to what it dates ("去年4月", last April); not a count of months ("4个月")
_MONTH_ONLY = r"|(?P<mo>(?<![\d/.])\d{1,2}\s*[月월](?![\d日일]))"
_DAY_ONLY = r"|(?P<dd>(?<![\d年년/.])(?<![\d\s个個かカヶケ][月월])\d{1,2}\s*[日일](?![元間间간본本\d]))"
# Scripts written without spaces between words, whose date words may touch the letters around them: kana, Han,
# Hangul, and Thai, Lao, Myanmar and Khmer (their letters and signs, not their digits: "๒๕๖๓" stays one number).
_GLUED = ("\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
          "\u0e00-\u0e4f\u0e5a-\u0ecf\u0eda-\u0eff\u1000-\u103f\u104a-\u108f\u109a-\u109f\u1780-\u17df\u17ea-\u17ff")
# Word characters for boundaries: \w plus the combining marks Python's re leaves out of it, so a match cannot
# end inside a word of an abugida ("जून", June, in "जूनियर"), before an Arabic or Hebrew vowel sign, or inside a
# Thai, Lao, Myanmar or Khmer syllable (Burmese "မေ", May, in "မေး", to ask).
_MARKS = ("\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0900-\u0963"
          "\u0966-\u0dff\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0eb1\u0eb4-\u0ebc\u0ec8-\u0ece"
          "\u102b-\u103e\u1056-\u1059\u105e-\u1060\u1062-\u1064\u1067-\u106d\u1071-\u1074\u1082-\u108d"
          "\u108f\u109a-\u109d\u17b4-\u17d3\u17dd")
_WORD_START = rf"(?<![\w{_MARKS}])"
_WORD_END = rf"(?![\w{_MARKS}])"
_MARK_CHARS = re.compile(f"[{_MARKS}]")


def _boundaries(words: Sequence[str]) -> tuple[str, str]:
    """Word-start and word-end guards for these date words: with the combining marks only where the words'
    script has them (the plain ones are cheaper: the start guard runs at every position of a text)."""
    if any(_MARK_CHARS.search(w) for w in words):
        return _WORD_START, _WORD_END
    return r"(?<!\w)", r"(?!\w)"
_GLUED_START = rf"(?<![^\W{_GLUED}])"  # no word character before, except a letter of a glued script
_GLUED_END = rf"(?![^\W{_GLUED}0-9]|[{_MARKS}])"  # ... nor after (a digit may: "去年4月"), and no vowel sign that
# would continue the syllable
_DIGITS = re.compile(r"\d+")
_SPACES = r"[^\S\n]"
_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?::\d{2})?")
_COMMA_TIME = re.compile(r"^,\s*(?=\d{1,2}[:.]\d{2})")  # the comma between a date and its clock time ("Sep 20, 13:00")
# Words around "hh.mm" that make it a clock time rather than a day and month (dates are matched lower-cased)
_CLOCK_AFTER = re.compile(r"\s*\)?\s*(?:h\b|ч\b|год\b|uhr|gmt|utc|mez|mesz|cet|cest|eet|eest|msk|мск|hora|heure|"
                          r"local|по\s|saat|a\.?m\.|p\.?m\.|am\b|pm\b)")
_CLOCK_BEFORE = re.compile(r"(?:^|\s|\()(?:в|во|около|о|at|um|gegen|à|vers|las|alle|ore|saat|godz\.?|kl\.?|klo)\s*$")
_DATE_STARTS = frozenset(("W", "D", "DM", "MD", "N", "M"))
_DATELINE_END = ",.-–—:|(،։"
# "year-day", "month-day": the day of publication whole years or months back ("a year ago today"), a day
_RANK_UNIT = {"day": 2, "week": 5, "month": 5, "year": 6, "year-day": 2, "month-day": 2}

Token = tuple[str, int, int, tuple]  # kind, start, end, payload
Cue = tuple[int, int, str, int, tuple]  # rank, start, kind, end, payload


@dataclass(frozen=True, slots=True)
class _Lang:
    """One language's data compiled once: the token regex plus small helper patterns."""

    code: str
    script_fold: dict[int, Any] | None
    master: re.Pattern[str]
    lexicon: dict[str, tuple]
    case: dict[str, bool]
    templates: tuple[tuple[re.Pattern[str], str, int, str], ...]
    numbers: dict[str, int]
    gap: re.Pattern[str]
    future_before: re.Pattern[str] | None
    weekday_future: re.Pattern[str] | None  # before a weekday only: "za subotu", for Saturday (to come)
    future_after: re.Pattern[str] | None
    past_before: re.Pattern[str] | None
    past_after: re.Pattern[str] | None
    ongoing_before: re.Pattern[str] | None  # "since": the date starts a state that still holds, no event
    ongoing_after: re.Pattern[str] | None  # ... the same said after it: Uzbek "2023-yildan beri"
    ongoing_endings: re.Pattern[str] | None  # ... or by the ending of its last word: "2023-yildan" (from 2023)
    bare_years: bool  # nouns are capitalised: a bare year before a word in lower case is a year (_bare_year)
    dotted_years: bool  # years take an ordinal dot: "izgrađen 1933. u Glasgowu" (_dotted_year)
    future_verbs: re.Pattern[str] | None  # "will", "is due to": before a bare weekday, the coming one
    future_endings: re.Pattern[str] | None  # verb-final languages: a future verb after it ("yapılacak")
    future_inflections: re.Pattern[str] | None  # inflected futures on either side ("estará el lunes")
    clause_words: frozenset[str]  # words that open another clause ("que"): a future after one says nothing
    past_auxiliaries: frozenset[str]  # "was", "estaba", "были": right before a future word, it was so planned
    until_before: re.Pattern[str] | None  # "until September": a month to come
    from_before: re.Pattern[str] | None  # "from April": a start, the coming such month if close, else the last
    future_words_after: re.Pattern[str] | None  # future auxiliaries after the verb: Persian "خواهد", Urdu "گی"
    tense_before: re.Pattern[str] | None  # Norwegian "på mandag": the coming Monday, or the last one after ...
    past_verbs: frozenset[str]  # ... a past verb in its clause ("sa", "ble", "møtte")
    relative_future: dict[str, tuple[int, str]]  # relative words whose sense a future verb turns: Hindi "कल"
    this_before: re.Pattern[str] | None  # "this Friday", "nesta sexta-feira": the weekday of the current week
    this_after: re.Pattern[str] | None  # "Jumat ini"
    this_head: re.Pattern[str] | None  # the same words opening a listed weekday form ("nesta sexta-feira")
    month_before: re.Pattern[str] | None
    month_after: re.Pattern[str] | None
    year_before: re.Pattern[str] | None
    year_after: re.Pattern[str] | None
    prepositions: re.Pattern[str] | None
    byline: re.Pattern[str] | None
    as_of: re.Pattern[str] | None  # "As of", "Au", "станом на": ends a head line's label before the report's date
    next_issue: re.Pattern[str] | None  # "Next update:", "Prochain rapport :": a label of a date to come
    probes: tuple[re.Pattern[str], ...]
    order: str
    detect_us: bool
    month_first: bool
    persian: bool
    buddhist: bool  # years are written in the Buddhist era (Thai "พ.ศ. 2563", "4 ต.ค. 63")
    count_words: frozenset[str]  # after a weekday ending in a number word, a count: "上周一名" (a ... last week)
    eras: tuple[tuple[str, int], ...]  # era names and the year before each era's first: ("令和", 2018)
    era_first_year: str  # "元": the first year of an era ("令和元年")
    bare_era: int | None  # the era of a bare three-digit year ("113年" in Taiwan is ROC 113, 2024)
    side: _Side | None  # what sets off a side clause whose date is not the main clause's (_side_spans)
    bridge: re.Pattern[str] | None  # "الموافق": the Gregorian date after another calendar's is the same day
    decimal_point: bool  # "1.2" is first a number (CLDR's decimal sign is "."), unless the press dates so ("16.7")


@dataclass(frozen=True)
class _Side:
    """A language's side clauses: a background fact inside one ("Nazarbayev, who ruled until 2019"; "O PCC,
    fundado em 1993, ..."; "depuis celui d'Agadir en 1960") dates only the names in it, not the main clause's."""

    opener: re.Pattern[str] | None  # after a comma: a relative word ("who", "que", "который") ...
    inner: re.Pattern[str] | None  # ... or one inside an appositive between commas ("Rabuka, a former coup
    # leader who won office in December, has ..."): the appositive must open with one of its words ("a", "the")
    participle: re.Pattern[str] | None  # ... or a participle right before its date ("fundado em 1993")
    reduced: re.Pattern[str] | None  # without a comma: "a ship grounded in 1999" (not "A ship grounded ...")
    lower_after: bool  # the opener must not be followed by a capital (German "die" is an article, too)
    background: re.Pattern[str] | None  # anywhere: a phrase to the clause's end ("depuis celui d'Agadir en 1960";
    # a comparison's: "compared with 10,000 in December 2023", "plus que sur toute l'année 2023")
    closer: re.Pattern[str] | None  # verb-final: a phrase from the clause's start ("... devrilmesinin ardından")
    offsets: dict[str, int]  # "a day after", "{n} weeks after": the clause happened that many days before the main
    offset: re.Pattern[str] | None


def _side(data: dict[str, Any], fold: dict[int, Any] | None) -> _Side | None:
    side = data.get("side_clauses")
    if not side:
        return None

    def words(key: str, given: Any = None) -> str | None:
        keys = sorted({_fold(w, fold) for w in (side.get(key, ()) if given is None else given) if w.strip()},
                      key=len, reverse=True)
        return "|".join(map(re.escape, keys)) if keys else None

    def anywhere(key: str, given: Any = None) -> re.Pattern[str] | None:
        body = words(key, given)
        return re.compile(rf"(?<!\w)(?:{body})(?!\w)") if body else None

    opener = words("openers")
    inner, appositive = words("inner"), words("appositive")
    ends = [re.escape(_fold(w[1:], fold)) for w in side.get("participles", ()) if w.startswith("-")]
    whole = [re.escape(_fold(w, fold)) for w in side.get("participles", ()) if not w.startswith("-")]
    part = "|".join(([rf"\w+(?:{'|'.join(ends)})"] if ends else []) + whole)
    reduced = words("reduced_after")
    # "{n} weeks after": a count, in digits or the language's number words, times the days of its unit
    counts = {str(n): n for n in range(1, 32)} | {k: int(v) for k, v in data.get("numbers", {}).items()}
    offsets = {_fold(k.replace("{n}", w), fold): int(v) * (n if "{n}" in k else 1)
               for k, v in side.get("offsets", {}).items() for w, n in (counts.items() if "{n}" in k else [("", 1)])}
    return _Side(
        opener=re.compile(rf"\W*(?:{opener})(?!\w)") if opener else None,
        inner=re.compile(rf"\W*(?:{appositive})\s[^,;:()]*?(?<=\s)(?P<rel>{inner})(?!\w)")
        if inner and appositive else None,
        participle=re.compile(rf"\W*(?:{part})(?!\w)") if part else None,
        reduced=re.compile(rf"(?<!\w)(?:{reduced})\s+\w+\s+(?:{part})(?!\w)") if reduced and part else None,
        lower_after=bool(side.get("lower_after")),
        background=anywhere("background"),
        closer=anywhere("closers"),
        offsets=offsets,
        offset=anywhere("offsets", offsets),
    )


# --------------------------------------------------------------------------------------------------------
# Loading and compiling language data


def supported_languages() -> tuple[str, ...]:
    """Codes that have a data file; anything else falls back to English rules."""
    return tuple(sorted(p.stem for p in DATA_DIR.glob("*.json")))


def load_language_data(code: str) -> dict[str, Any]:
    """The raw JSON of one language (tests check it is complete)."""
    return json.loads((DATA_DIR / f"{code}.json").read_text(encoding="utf-8"))


@cache
def vocabulary(kinds: tuple[str, ...], language: str | None = None, *, whole: bool = False) -> frozenset[str]:
    """Every word (lower-cased, phrases split) of the given kinds ("months", "weekdays", "relative", ...)
    in one language's data, or in all of them: other stages use them to know what is not a place. With
    ``whole``, only forms that are one word by themselves ("yesterday", not the "the" of "the day before")."""
    words: set[str] = set()
    for code in (_data_code(language),) if language else supported_languages():
        if code not in supported_languages():
            continue
        spec = load_language_data(code)
        for kind in kinds:
            for item in spec.get(kind, ()):
                for form in item if isinstance(item, list) else [item]:
                    parts = str(form).lower().split()
                    if not whole or len(parts) == 1:
                        words.update(parts)
    return frozenset(words)


def _data_code(language: str) -> str:
    """'pt-BR' -> pt, 'no' -> nb: the code of the data file a language code reads."""
    code = re.split(r"[-_]", language.strip().lower(), maxsplit=1)[0]
    return DATA_ALIASES.get(code, code)


@cache
def _lang_for(language: str | None) -> _Lang:
    """'pt-BR' -> pt; None or a language without data -> English (ISO and numeric dates work anyway)."""
    code = _data_code(language or "")
    return _lang(code if code and (DATA_DIR / f"{code}.json").is_file() else FALLBACK_LANGUAGE)


def _fold(text: str, script_fold: dict[int, Any] | None = None) -> str:
    """The lookup key of a phrase: lower case, one spelling per letter, single spaces."""
    if script_fold is not None:
        text = text.translate(script_fold)
    return " ".join(text.replace("İ", "i").lower().translate(_FOLD).split())


def _char_re(ch: str) -> str:
    if ch == " ":
        return r"\s+"
    if ch == "'":
        return "['’ʼ‘`´]"
    if ch == "-":
        return "[-‐‑–]"
    return re.escape(ch)


def _byline_re(cues: Sequence[str], fold: dict[int, Any] | None) -> re.Pattern[str] | None:
    """A byline word that opens its line or a "|"-separated segment and is followed only by the date
    ("Published: ", "Mis à jour le ", "| Son Güncelleme: ", "更新時間："); "a report published on" does not qualify."""
    keys = sorted({_fold(c, fold) for c in cues if c.strip()})
    if not keys:
        return None
    return re.compile(
        rf"(?:^|[|•·–—(\[-]){_SPACES}*(?:{_trie_re(keys)}){_SPACES}*[:.：]?{_SPACES}*(?:[^\W\d]{{1,3}}{_SPACES}+)?$",
        re.MULTILINE,
    )


def _as_of_re(cues: Sequence[str], fold: dict[int, Any] | None) -> re.Pattern[str] | None:
    """The words that date a report at the end of a head line's label, maybe with a clock time between: "As of",
    "Au", "станом на 08:00" (not "jusqu'au": no letter or apostrophe before)."""
    keys = sorted({_fold(c, fold) for c in cues if c.strip()})
    if not keys:
        return None
    return re.compile(rf"(?<![\w'’])(?:{_trie_re(keys)}){_SPACES}*[:：]?{_SPACES}*"
                      rf"(?:\d{{1,2}}[:.h]\d{{2}}{_SPACES}*(?:[^\W\d]{{1,3}}\.?{_SPACES}*)?)?$")


def _trie_re(phrases: Sequence[str], slot: str = "") -> str:
    """An alternation factored by prefix: Python's re tries branches one by one, a trie keeps that cheap.

    The character NUL in a phrase stands for ``slot`` (the number pattern of "{n} days ago" templates).
    """
    trie: dict[str, Any] = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict[str, Any]) -> str:
        alts = [
            (slot if ch == "\0" else _char_re(ch)) + render(sub) for ch, sub in sorted(node.items()) if ch
        ]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:  # a phrase ends here: the longer continuation is optional (greedy, tried first)
            return "(?:" + body + ")?" if len(alts) == 1 else body + "?"
        return body

    return render(trie)


def _words_re(words: Sequence[str], fold: dict[int, Any] | None, where: str,
              glued: bool = False, proclitics: str = "") -> re.Pattern[str] | None:
    """Marker words ending just before a token (``where='before'``) or starting just after it; in a
    ``glued`` language (Chinese, Japanese, Korean) they may touch the words around them."""
    keys = sorted({_fold(w, fold) for w in words if w.strip()})
    if not keys:
        return None
    body = _trie_re(keys)
    start, end = (_GLUED_START, _GLUED_END) if glued else _boundaries(keys)
    if where == "before":
        return re.compile(rf"{start}(?:{body}){_SPACES}*[,(]?{_SPACES}*$")
    if where == "anywhere":  # may follow a proclitic, as date words do: Arabic "ومن المقرر"
        start = rf"(?:{start}|(?<=(?<!\w)[{proclitics}]))" if proclitics else start
        return re.compile(rf"{start}(?:{body}){end}")
    return re.compile(rf"{_SPACES}*,?{_SPACES}*(?:{body}){end}")


@cache
def _lang(code: str) -> _Lang:
    """Compile one language's data on first use (lazy: most runs see a handful of languages)."""
    data = load_language_data(code)
    fold = _SCRIPT_FOLDS.get(code)
    lexicon: dict[str, tuple] = {}
    # "until September" (also the year a state ends: "до 2050 года"), or "until" and "from" ("from April")
    until: list[str] | dict[str, list[str]] = data.get("until_markers", [])
    until, starts = (until.get("until", []), until.get("from", [])) if isinstance(until, dict) else (until, [])

    def put(name: str, entry: tuple) -> None:
        key = _fold(name, fold)
        if key:
            lexicon[key] = entry

    # Lowest priority first: a later, more useful reading of the same spelling wins.
    month_forms = {_fold(f, fold) for f in data["month_only"]["forms"]}
    for wd, forms in enumerate(data["weekdays_abbr"]):
        for f in forms:
            put(f, ("W", wd, True))
    for m, forms in enumerate(data["months_abbr"], 1):
        for f in forms:
            put(f, ("M", m, True, "g", False))
    for name, months in data.get("calendars", {}).items():  # Solar Hijri, Ethiopian, Hijri (lunar) months
        for m, forms in enumerate(months, 1):
            for f in forms:
                put(f, ("M", m, False, _CALENDARS[name], False))
    for m, forms in enumerate(data["months"], 1):
        for f in forms:
            put(f, ("M", m, False, "g", _fold(f, fold) in month_forms))
    for wd, forms in enumerate(data["weekdays"]):
        for f in forms:
            put(f, ("W", wd, False))
    for prefix, week in data.get("week_prefixes", {}).items():  # "上周五": the Friday of last week
        for wd, forms in enumerate(data["weekdays"]):
            for f in forms:
                put(prefix + f, ("W", wd, False, int(week)))
    for phrase, offset in data["context"].items():
        put(phrase, ("C", int(offset)))
    for phrase, (offset, unit) in data["relative"].items():
        put(phrase, ("R", int(offset), unit))
    for phrase, (offset, unit) in data.get("same_day", {}).items():  # "a year ago today": that day, not the year
        put(phrase, ("R", int(offset), f"{unit}-day"))
    for phrase, (month, day) in data.get("holidays", {}).items():  # "Christmas Eve": 24 December of some year
        put(phrase, ("H", int(month), int(day)))
    for phrase in data["ignore"]:
        put(phrase, ("X",))
    for word, day in data.get("day_words", {}).items():  # "في العاشر من أكتوبر": the tenth of October
        put(word, ("N", int(day), 2))
    case = {_fold(f, fold): f[:1].isupper() for f in data["case_sensitive"]}

    numbers = {_fold(k, fold): int(v) for k, v in data["numbers"].items()}
    num_re = r"(?:\d{1,3}" + ("|" + _trie_re(sorted(numbers)) if numbers else "") + ")"
    templates = []
    slotted = []
    for template, (source, sign, unit) in data["counted"].items():
        key = _fold(template, fold).replace("{n}", "\0")
        templates.append((re.compile(_trie_re([key], f"(?P<n>{num_re})")), source, int(sign), unit))
        slotted.append(key)
    for template in data.get("days_of_month", ()):  # "el día {n}": a day of the month alone
        key = _fold(template, fold).replace("{n}", "\0")
        templates.append((re.compile(_trie_re([key], r"(?P<n>\d{1,2})")), "dom", 1, "day"))
        slotted.append(key)

    suffixes = sorted({_fold(s, fold) for s in data["day_suffixes"]})
    months = _trie_re(sorted(k for k, e in lexicon.items() if e[0] == "M"))
    # A hyphen glues a case ending to a number ("2022-yil", "15-го"), but not a month: "3-iyul" is 3 July
    sfx = "|".join(([_trie_re(suffixes)] if suffixes else []) + [rf"[-‐](?!(?:{months})(?!\w))[^\W\d_]{{1,6}}"])
    glued = bool(data.get("glued"))  # Chinese, Japanese, Korean: date words touch the words around them
    plain_start, plain_end = _boundaries(list(lexicon))
    end = _GLUED_END if glued else plain_end
    # Chinese, Japanese and Korean write year, month and day with their own markers ("2023年3月12日",
    # "3月12日", "2023년 3월 12일"), in those languages glued to the words around them: there a token may
    # start right after a kana, Han or Hangul letter (elsewhere the plain word boundary is 25 % cheaper).
    # The numeric forms share one digit look-ahead, so a word start that is a letter skips them at once.
    eras, first_year, bare_era = data.get("eras", {}), data.get("era_first_year", ""), data.get("bare_era")
    era = _era_re(sorted(_fold(k, fold) for k in eras), first_year, bare_era is not None)
    parts = ([f"(?P<era>{era})"] if era else []) + [
        r"(?=\d)(?:(?P<nd>\d{4}[./-]\d{1,2}[./-]\d{1,2}(?!\d)|\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})(?!\d))"
        rf"|(?P<dm>\d{{1,2}}[./]\d{{1,2}})(?![\d])|(?P<ymd>{_YMD})|(?P<ym>{_YM})|(?P<md>{_MD}){_DAY_ONLY}{_MONTH_ONLY})",
        rf"(?P<lex>{_trie_re(sorted(lexicon))}){end}",
    ]
    if slotted:
        parts.append(rf"(?P<tpl>{_trie_re(slotted, num_re)}){end}")
    parts.append(rf"(?P<num>(?P<value>\d{{1,4}})(?:{sfx})?){end}")  # num closes last: lastgroup
    start = _GLUED_START if glued else plain_start
    proclitics = "".join(data.get("proclitics", ()))  # one-letter conjunctions written onto the next word
    if proclitics:  # Arabic "وقبل يومين" ("and two days ago"), "وأمس": a token may start after one
        start = rf"(?:{start}|(?<=(?<!\w)[{proclitics}]))"
    master = re.compile(start + "(?:" + "|".join(parts) + ")")

    connectors = sorted({_fold(c, fold) for c in data["connectors"]})
    # Between two parts of one date no word boundary is needed where words touch (Khmer "ខែតុលា ឆ្នាំ២០២០")
    c_start, c_end = ("", "") if glued else ("(?<!\\w)", "(?!\\w)")
    conn = f"|{c_start}(?:{_trie_re(connectors)}){c_end}" if connectors else ""
    gap = re.compile(rf"(?:[^\S\n]|[,.()\-–—/،]{conn})*")
    persian = bool(data.get("calendars", {}).get("persian"))
    # Probes find where a written-out date can be, without a lookbehind in front so that re's fast
    # first-character search applies; publication_date tokenizes only around their hits.
    loose_gap = rf"(?:[^\S\n]|[,.()\-–—/،]{conn}){{0,{MAX_GAP}}}"
    probes = [re.compile(rf"\d\d{{0,3}}(?:[./-]\d{{1,2}}|(?:{sfx})?{loose_gap}(?:{months}))")]
    if data["month_first"]:
        probes.append(re.compile(rf"(?:{months}){loose_gap}\d"))
    else:  # "Juni 26, 2024" (see _comma_year)
        probes.append(re.compile(rf"(?:{months}){loose_gap}\d\d?,"))
    if era:
        probes.append(re.compile(era))
    return _Lang(
        code=code,
        script_fold=fold,
        master=master,
        lexicon=lexicon,
        case=case,
        templates=tuple(templates),
        numbers=numbers,
        gap=gap,
        future_before=_words_re(data["future_markers"]["before"], fold, "before", glued),
        future_after=_words_re(data["future_markers"]["after"], fold, "after", glued),
        weekday_future=_words_re(data.get("weekday_future", ()), fold, "before", glued),
        past_before=_words_re(data["past_markers"]["before"], fold, "before", glued),
        past_after=_words_re(data["past_markers"]["after"], fold, "after", glued),
        ongoing_before=_words_re(data.get("ongoing", ()), fold, "before", glued),
        ongoing_after=_words_re([w for w in data.get("ongoing_after", ()) if not w.startswith("-")], fold, "after"),
        ongoing_endings=_ending_re([w[1:] for w in data.get("ongoing_after", ()) if w.startswith("-")], fold),
        future_verbs=_words_re(data.get("future_verbs", ()), fold, "anywhere", glued, proclitics),
        future_endings=_endings_re(data.get("future_endings", ()), fold, glued=glued),
        future_inflections=_endings_re(data.get("future_inflections", ()), fold,
                                       data.get("future_inflections_not", ())),
        clause_words=frozenset(_fold(w, fold) for w in data.get("clause_words", ())),
        past_auxiliaries=frozenset(_fold(w, fold) for w in data.get("past_auxiliaries", ())),
        tense_before=_words_re(data.get("tense_markers", ()), fold, "before", glued),
        until_before=_words_re(until, fold, "before", glued),
        from_before=_words_re(starts, fold, "before", glued),
        future_words_after=_words_re(data.get("future_words_after", ()), fold, "anywhere", glued),
        past_verbs=frozenset(_fold(w, fold) for w in data.get("past_verbs", ())),
        relative_future={_fold(w, fold): (int(off), unit)
                         for w, (off, unit) in data.get("relative_future", {}).items()},
        this_before=_words_re(data.get("this_markers", {}).get("before", ()), fold, "before", glued),
        this_after=_words_re(data.get("this_markers", {}).get("after", ()), fold, "after", glued),
        this_head=_words_re(data.get("this_markers", {}).get("before", ()), fold, "anywhere", glued),
        month_before=_words_re(data["month_only"]["before"], fold, "before", glued),
        month_after=_words_re(data["month_only"]["after"], fold, "after", glued),
        year_before=_words_re(data["year_only"]["before"], fold, "before", glued),
        year_after=_words_re(data["year_only"]["after"], fold, "after", glued),
        prepositions=_words_re(data["date_prepositions"], fold, "before", glued),
        byline=_byline_re(data["byline_cues"], fold),
        as_of=_as_of_re(data.get("report_stamps", {}).get("as_of", ()), fold),
        next_issue=_words_re(data.get("report_stamps", {}).get("next", ()), fold, "anywhere", glued),
        order=data["date_order"],
        detect_us=bool(data["detect_us_order"]),
        month_first=bool(data["month_first"]),
        bare_years=bool(data.get("bare_years")),
        dotted_years=bool(data.get("dotted_years")),
        persian=persian,
        buddhist=bool(data.get("buddhist_era")),
        count_words=frozenset(data.get("count_words", ())),
        eras=tuple(sorted(((_fold(k, fold), int(v)) for k, v in eras.items()), key=lambda e: -len(e[0]))),
        era_first_year=first_year,
        bare_era=bare_era,
        side=_side(data, fold),
        bridge=_bridge_re(data.get("calendar_bridges", ()), fold),
        decimal_point=data.get("decimal") == "." and not data.get("dotted_dates"),
        probes=tuple(probes),
    )


def _ending_re(endings: Sequence[str], fold: dict[int, Any] | None) -> re.Pattern[str] | None:
    """Endings that close a word (searched with the word's end as ``endpos``), after a letter or a hyphen."""
    keys = sorted({_fold(e, fold) for e in endings if e})
    return re.compile(rf"(?<=[^\W\d_]|-)(?:{_trie_re(keys)})$") if keys else None


def _bridge_re(words: Sequence[str], fold: dict[int, Any] | None) -> re.Pattern[str] | None:
    """What may stand between a date of another calendar and the same day's Gregorian date: an era sign ("هـ"),
    a separator, then one of ``words`` ("الموافق", corresponding to)."""
    if not words:
        return None
    keys = sorted({_fold(w, fold) for w in words})
    return re.compile(rf"[^\S\n]*(?:ه\.?)?[^\S\n]*[-–—,|/(]?[^\S\n]*(?:{_trie_re(keys)})(?!\w)[^\S\n]*[:(]?[^\S\n]*")


def _era_re(names: Sequence[str], first_year: str, bare: bool) -> str:
    """A date of an era: "令和6年10月3日", "民國113年2月", "令和元年"; with ``bare``, a three-digit year without the
    era's name too ("113年10月3日", "113/10/15"). Empty when the language counts no eras."""
    alts = []
    if names:
        alts.append(rf"(?:{_trie_re(names)})\s*(?:\d{{1,3}}{'|' + re.escape(first_year) if first_year else ''})")
    if bare:
        alts.append(BARE_ERA_YEARS)
    if not alts:
        return ""
    body = rf"(?:{'|'.join(alts)})\s*年(?:\s*\d{{1,2}}\s*月(?:\s*\d{{1,2}}\s*日)?)?"
    if bare:
        body += rf"|{BARE_ERA_YEARS}[./-]\d{{1,2}}[./-]\d{{1,2}}(?![\d./-])"
    return body


# --------------------------------------------------------------------------------------------------------
# Calendar helpers (pure arithmetic, never raise)


def _mk(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except (ValueError, OverflowError):
        return None


def _add_days(base: dt.date, days: int) -> dt.date | None:
    try:
        return base + dt.timedelta(days=days)
    except OverflowError:
        return None


def _jalali(jy: int, jm: int, jd: int) -> dt.date | None:
    """Solar Hijri (Iranian) date to Gregorian; Persian news dates itself this way ("۱۳ مهر ۱۳۹۹")."""
    if not (1 <= jm <= 12 and 1 <= jd <= (31 if jm <= 6 else 30)):
        return None
    jy += 1595
    days = -355668 + 365 * jy + (jy // 33) * 8 + ((jy % 33) + 3) // 4 + jd
    days += (jm - 1) * 31 if jm < 7 else (jm - 7) * 30 + 186
    gy = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        gy += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    gy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        gy += (days - 1) // 365
        days = (days - 1) % 365
    return _add_days(dt.date(gy, 1, 1), days) if MIN_YEAR <= gy <= MAX_YEAR else None


def _ethiopian(ey: int, em: int, ed: int) -> dt.date | None:
    """Ethiopian date to Gregorian: twelve months of 30 days and Pagume of 5 (6 before a year divisible by 4),
    the year starting on 11 September (12th before a Gregorian leap year); Amharic news dates itself this way
    ("ነሐሴ 14 ቀን 2017 ዓ.ም" is 20 August 2025)."""
    if not (1 <= em <= 13 and 1 <= ed <= (30 if em <= 12 else 5 + (ey % 4 == 3))):
        return None
    ordinal = ETHIOPIAN_EPOCH + 365 * (ey - 1) + ey // 4 + 30 * (em - 1) + ed - 1
    got = dt.date.fromordinal(ordinal) if ordinal > 0 else None
    return got if got is not None and MIN_YEAR <= got.year <= MAX_YEAR else None


def _date(y: int, m: int, d: int, cal: str) -> dt.date | None:
    if cal == "g":
        return _mk(y, m, d)
    if cal == "p":
        return _jalali(y, m, d)
    return _ethiopian(y, m, d) if cal == "e" else None


def _infer_year(
    m: int, d: int, ref: dt.date, cal: str, future_days: int = FUTURE_SLACK_DAYS
) -> dt.date | None:
    """Latest year that does not put the date more than ``future_days`` after ``ref``."""
    limit = _add_days(ref, future_days) or ref
    base = ref.year - _YEAR_OFFSET.get(cal, 0)
    for y in (base + 1, base, base - 1, base - 2):
        got = _date(y, m, d, cal)
        if got is not None and got <= limit:
            return got
    return None


def _next_year(m: int, d: int, ref: dt.date, cal: str, recent: int = RECENT_DAYS) -> dt.date | None:
    """Earliest year that puts the date on or after ``ref`` (a date the text says is to come), or at most
    ``recent`` days before it: "Israel will retaliate for the October 1 attack", written on 9 October, means
    the attack just past, not next year's October."""
    start = _add_days(ref, -recent) or ref
    base = ref.year - _YEAR_OFFSET.get(cal, 0)
    for y in (base - 1, base, base + 1):
        got = _date(y, m, d, cal)
        if got is not None and got >= start:
            return got
    return None


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _shift(ref: dt.date, offset: int, unit: str) -> DateInfo | None:
    """``offset`` units from ``ref``, as a DateInfo of that precision (start of the period)."""
    try:
        if unit == "day":
            return DateInfo(ref + dt.timedelta(days=offset), "day", "relative")
        if unit == "week":
            return DateInfo(_monday(ref + dt.timedelta(days=7 * offset)), "week", "relative")
        if unit == "month":
            y, m = divmod(ref.year * 12 + ref.month - 1 + offset, 12)
            return DateInfo(dt.date(y, m + 1, 1), "month", "relative")
        if unit == "year":
            return DateInfo(dt.date(ref.year + offset, 1, 1), "year", "relative")
        if unit in ("year-day", "month-day"):  # "a year ago today": the same day then (29 February: the 28th)
            y, m = divmod(ref.year * 12 + ref.month - 1 + offset * (12 if unit == "year-day" else 1), 12)
            return DateInfo(dt.date(y, m + 1, min(ref.day, calendar.monthrange(y, m + 1)[1])), "day", "relative")
    except (ValueError, OverflowError):
        return None
    return None


# --------------------------------------------------------------------------------------------------------
# Tokens and cues


def _prepare(text: str, lang: _Lang) -> tuple[str, str]:
    """(text for case checks, lower-cased text for matching) with identical offsets."""
    if lang.script_fold is not None:
        # str.translate with a dict costs ~60 ns a character; replacing only the letters present is faster.
        for src, dst in lang.script_fold.items():
            ch = chr(src)
            if ch in text:
                text = text.replace(ch, dst or "")
        return text, text
    low = text.replace("İ", "i").lower()
    if "ı" in low:
        low = low.replace("ı", "i")
    if "ё" in low:
        low = low.replace("ё", "е")
    return text, low


def _tokens(orig: str, low: str, lang: _Lang, pos: int = 0, endpos: int | None = None) -> list[Token]:
    toks: list[Token] = []
    days_alone = False  # a day-of-month phrase ("el día 5") was read: see the end
    for m in lang.master.finditer(low, pos, len(low) if endpos is None else endpos):
        kind = m.lastgroup
        st, en = m.span()
        if kind == "lex":
            key = m.group()
            if not key.isalpha() or "ʼ" in key:  # spaces, apostrophes (U+02BC is a letter), hyphens
                key = " ".join(key.translate(_FOLD).split())
            entry = lang.lexicon.get(key)
            if key in lang.case and not _case_ok(orig, st, lang.case[key]):
                entry, en = _shorter(orig, low, st, key, lang)
            if entry and entry[0] == "W" and low[en:en + 1] in lang.count_words and key[-1:] in lang.numbers:
                entry = lang.lexicon.get(key[:-1])  # "上周一名男子": last week, a man (not last Monday)
                en -= 1
            if entry is None:
                continue
            if entry[0] == "N":
                toks.append(("N", st, en, entry[1:]))
            else:
                toks.append((entry[0], st, en, entry))
        elif kind == "era":
            tok = _era_token(m.group(), st, en, lang)
            if tok is not None:
                toks.append(tok)
        elif kind == "num":
            digits = m.group("value")
            toks.append(("N", st, en, (_common_era(int(digits), lang), len(digits))))
        elif kind == "nd":
            p = _SPLIT.split(m.group())
            year, digits = int(p[2]), len(p[2])
            if lang.buddhist and digits == 2:  # Thai "4/10/63": Buddhist era 2563
                year, digits = 2500 + year - BUDDHIST_OFFSET, 4
            toks.append(("D", st, en, (_common_era(int(p[0]), lang), int(p[1]), _common_era(year, lang),
                                       len(p[0]), digits)))
        elif kind == "ymd":
            y, mo, d = _DIGITS.findall(m.group())
            toks.append(("D", st, en, (int(y), int(mo), int(d), 4, len(d))))
        elif kind == "dd":  # "20日": the day of the month alone
            toks.append(("DD", st, en, (int(_DIGITS.findall(m.group())[0]),)))
        elif kind == "ym":  # "2010年11月": a month of a year
            y, mo = _DIGITS.findall(m.group())
            toks.append(("YM", st, en, (int(y), int(mo))))
        elif kind == "mo":  # "4月": a month by its number, a date by itself in these languages
            mo = int(_DIGITS.findall(m.group())[0])
            if 1 <= mo <= 12:
                toks.append(("M", st, en, ("M", mo, False, "g", True)))
        elif kind == "md":  # "3月10日": month and day, unambiguous without a year
            mo, d = _DIGITS.findall(m.group())
            toks.append(("MD", st, en, (int(mo), int(d))))
        elif kind == "dm":
            p = _SPLIT.split(m.group())
            if "." in m.group() and (int(p[1]) > 12 or _CLOCK_AFTER.match(low, en)
                                     or _CLOCK_BEFORE.search(low, max(0, st - 12), st)):
                continue  # a clock time: "15.30 hora local", "(12.30 GMT)", "около 03.10 мск", "в 11.05"
            if _PERCENT.match(low, en):
                continue  # a share: "to 3.5%", "(12/5 %)"
            toks.append(("DM", st, en, (int(p[0]), int(p[1]))))
        elif kind == "tpl":
            for pattern, source, sign, unit in lang.templates:
                hit = pattern.fullmatch(m.group())
                if hit:
                    raw = hit.group("n")
                    word = " ".join(raw.translate(_FOLD).split())
                    n = int(raw) if raw.isdigit() else lang.numbers.get(word, 1)
                    if source == "dom":  # (its number's offset and length, see below)
                        toks.append(("DD", st, en, (n, st + hit.start("n"), len(raw))))
                        days_alone = True
                    else:
                        toks.append(("T", st, en, (source, sign * n, unit)))
                    break
    for k in range(len(toks) - 1 if days_alone else 0):
        tok, nxt = toks[k], toks[k + 1]
        if tok[0] == "DD" and len(tok[3]) == 3 and nxt[0] == "M" and _gap_ok(low, tok, nxt, lang):
            # "el día 5 de octubre", "on the 3rd of March": the day of a full date, which its number makes
            toks[k] = ("N", tok[3][1], tok[2], (tok[3][0], tok[3][2]))
    return toks


def _era_token(text: str, st: int, en: int, lang: _Lang) -> Token | None:
    """The token of an era date: a full date ("D"), a month ("YM") or a year ("YR") of the common era."""
    offset = lang.bare_era
    for name, base in lang.eras:
        if text.startswith(name):
            text, offset = text[len(name):].lstrip(), base
            break
    if offset is None:
        return None
    nums = [int(x) for x in _DIGITS.findall(text)]
    if lang.era_first_year and text.startswith(lang.era_first_year):
        nums.insert(0, 1)
    year = nums[0] + offset
    if len(nums) == 3:
        return ("D", st, en, (year, nums[1], nums[2], 4, 2))
    return ("YM", st, en, (year, nums[1])) if len(nums) == 2 else ("YR", st, en, (year,))


def _common_era(number: int, lang: _Lang) -> int:
    """A Buddhist-era year as the Gregorian one (2563 is 2020) in a language that writes them; else the number."""
    if lang.buddhist and BUDDHIST_YEARS[0] <= number <= BUDDHIST_YEARS[1]:
        return number - BUDDHIST_OFFSET
    return number


def _case_ok(orig: str, st: int, upper: bool) -> bool:
    """Capitalisation tells "Minggu" (Sunday) from "minggu" (week) and "morgen" (tomorrow) from "Morgen"
    (morning), except at the start of a sentence, where a word that must be lower case is capitalised."""
    if orig[st].isupper() == upper:
        return True
    return not upper and not orig[max(0, st - 4) : st].strip(" \t\"'“”„‘’‚«»(—-")


def _shorter(orig: str, low: str, st: int, key: str, lang: _Lang) -> tuple[tuple | None, int]:
    """A case-sensitive phrase failed its case check: fall back to its longest valid leading words."""
    words = key.split(" ")
    for k in range(len(words) - 1, 0, -1):
        sub = " ".join(words[:k])
        entry = lang.lexicon.get(sub)
        if entry is not None and (sub not in lang.case or _case_ok(orig, st, lang.case[sub])):
            span = re.match(rf"\S+(?:\s+\S+){{{k - 1}}}", low[st:])
            return entry, st + (span.end() if span else len(sub))
    return None, st


def _cues(low: str, toks: list[Token], lang: _Lang, orig: str = "") -> list[Cue]:
    """Walk the tokens once; dates made of several tokens are consumed together."""
    cues: list[Cue] = []
    n = len(toks)
    i = 0
    while i < n:
        kind, st, en, val = toks[i]
        if kind in _DATE_STARTS:
            got = _explicit(low, toks, i, lang)
            if got is not None:
                cue, i = got
                if (i < n and toks[i][0] == "R" and toks[i][3][2] == "year" and cue[4][0] is None
                        and not cue[4][3] and cue[4][4] == "g" and _gap_ok(low, toks[i - 1], toks[i], lang)):
                    # "24. septembra prošle godine", "on 5 March last year": that day of the year named
                    _p = cue[4]
                    cue = (0, cue[1], "RD", toks[i][2], (toks[i][3][1], 0, _p[1], _p[2]))
                    i += 1
                cues.append(cue)
                continue
        if kind == "W" and len(val) > 3:  # "上周五": the Friday of the week named
            cues.append((1, st, "WK", en, (val[1], val[3])))
        elif kind == "W" and not val[2]:
            prv = toks[i - 1] if i > 0 else None
            if prv and prv[0] == "R" and prv[3][2] == "day" and _gap_ok(low, prv, toks[i], lang):
                # "غداً السبت", "demain samedi", "yarın cumartesi": the weekday of the day named ("tomorrow
                # Saturday" is the coming one, "today Friday" the nearest, "yesterday Wednesday" the last; each
                # the day of publication itself too, where the metadata's day is off by one)
                mode = 3 if prv[3][1] > 0 else 0 if prv[3][1] < 0 else 2
            else:
                mode = _weekday_mode(low, st, en, lang)
            cues.append((1, st, "W", en, (val[1], mode)))
        elif kind == "M" and (not val[2] or val[4]) and val[3] != "h" and (
                _month_alone(low, st, en, val, lang) or _year_word_before(low, toks, i, lang)
                or (not low[:st].strip() and _TIMELINE_DASH.match(low, en))):  # "Серпень — ЗСУ підривають ..."
            future = (_future_clause(low, st, lang) or _future_after(low, en, lang)  # "next March" too
                      or bool(lang.future_before and lang.future_before.search(low, max(0, st - 30), st)))
            if not future and lang.until_before and lang.until_before.search(low, max(0, st - 30), st):
                future = 2  # "until September", "lasted until March": the nearest one, either side
            elif not future and lang.from_before and lang.from_before.search(low, max(0, st - 30), st):
                future = 3  # "cut rations from April": the coming April if close (see _resolve)
            elif not future and lang.past_before and lang.past_before.search(low, max(0, st - 30), st):
                future = -1  # "last October": before this month, a year back in October itself
            prv = toks[i - 1] if i > 0 else None
            if prv and _is_year(prv, lang) and _gap_ok(low, prv, toks[i], lang):
                # "2008 წლის აგვისტოში", "2020-ci ilin sentyabr ayında": the year, then its month
                if cues and cues[-1][2] == "Y" and cues[-1][1] == prv[1]:
                    cues.pop()
                cues.append((4, prv[1], "MO", en, (val[1], val[3], False, None, prv[3][0])))
                i += 1
                continue
            if prv and prv[0] == "R" and prv[3][2] == "year" and _gap_ok(low, prv, toks[i], lang):
                # "去年4月", "geçen yıl nisan ayında", "tavaly áprilisban": last year, then its month
                if cues and cues[-1][2] == "R" and cues[-1][1] == prv[1]:
                    cues.pop()
                cues.append((4, prv[1], "MO", en, (val[1], val[3], False, prv[3][1], None)))
                i += 1
                continue
            nxt = toks[i + 1] if i + 1 < n else None
            if nxt and nxt[0] == "R" and nxt[3][2] == "year" and _gap_ok(low, toks[i], nxt, lang):
                # "in March last year", "en mars l'an dernier": that month of that year
                cues.append((4, st, "MO", nxt[2], (val[1], val[3], False, nxt[3][1], None)))
                i += 2
                continue
            cues.append((4, st, "MO", en, (val[1], val[3], future, None, None)))
        elif (
            kind == "N" and val[1] == 4 and MIN_YEAR <= val[0] <= MAX_YEAR and (
                _year_alone(low, st, en, lang) or _bare_year(orig, en, lang) or _dotted_year(orig, en, lang))
        ):
            cues.append((6, st, "Y", en, (val[0],)))
        elif kind == "R" and (rd := _relative_day(low, toks, i, lang)) is not None:
            cues.append(rd)  # "先月21日": the 21st of last month
            i += 2
            continue
        elif kind == "R" and val[1] == 0 and val[2] == "day" and _renaming(orig, low, st, en):
            pass  # "Butare (aujourd'hui Huye)": a place's present name, no date
        elif kind == "R":
            offset, unit = val[1], val[2]
            turned = lang.relative_future.get(low[st:en]) if lang.relative_future else None
            if turned is not None and (_future_after(low, en, lang) or _future_clause(low, st, lang)):
                offset, unit = turned  # Hindi "कल ... होगी": tomorrow; "कल ... हुआ": yesterday
            cues.append((_RANK_UNIT.get(unit, 6), st, "R", en, (offset, unit)))
        elif kind == "DD" and 1 <= val[0] <= 31:
            cues.append((0, st, "DO", en, (val[0], _future_clause(low, st, lang) or _future_after(low, en, lang))))
        elif kind == "YR" and MIN_YEAR <= val[0] <= MAX_YEAR:  # "令和6年"
            cues.append((6, st, "Y", en, (val[0],)))
        elif kind == "YM" and 1 <= val[1] <= 12 and MIN_YEAR <= val[0] <= MAX_YEAR:
            cues.append((4, st, "MO", en, (val[1], "g", False, None, val[0])))
        elif kind == "C":
            cues.append((3, st, "C", en, (val[1],)))
        elif kind == "H":
            cues.append(_holiday(low, toks, i, lang))
            i += 2 if cues[-1][3] > en else 1
            continue
        elif kind == "T":
            rank = (2 if val[0] == "relative" else 3) if val[2] == "day" else _RANK_UNIT.get(val[2], 6)
            cues.append((rank, st, "T", en, val))
        i += 1
    if lang.ongoing_before and cues:
        # "held by the Houthis since 2014", "depuis le 27 septembre": when a state began, not when the
        # sentence's event happened (that is the publication's time, or the context's).
        cues = [c for c in cues if not lang.ongoing_before.search(low[max(0, c[1] - 30) : c[1]])]
    if (lang.ongoing_after or lang.ongoing_endings) and cues:
        cues = [c for c in cues if not _ongoing_after(low, c, lang)]
    return cues


_WORD_REST = re.compile(r"[^\W_]*")


def _ongoing_after(low: str, cue: Cue, lang: _Lang) -> bool:
    """Does what follows a date make it the start of a state: a word after it ("2023-yildan beri", since 2023) or
    the ending of its last word ("2023-yildan", from 2023)?"""
    end = _WORD_REST.match(low, cue[3]).end()  # the rest of the date's last word
    for word in (lang.year_after, lang.month_after):  # ... and the year or month word after it ("2023 yildan")
        if word is not None and (tail := word.match(low, end, end + 30)):
            end = _WORD_REST.match(low, tail.end()).end()
            break
    if lang.ongoing_endings and lang.ongoing_endings.search(low, cue[1], end):
        return True
    return bool(lang.ongoing_after and lang.ongoing_after.match(low, end, end + 30))


_RENAMED = re.compile(r"[^\S\n]+((?:[^\W\d_][\w'’.-]*[^\S\n]*){1,4})([),.;]|$)")


def _renaming(orig: str, low: str, st: int, en: int) -> bool:
    """Is "today" at st..en a place's new name after its old one: "Butare (aujourd'hui Huye)", "Kalinin, heute
    Twer.", "Бутаре (сегодня Хуйе)"? That is, in brackets or after a comma, before capitalised words alone up
    to the bracket's (or the sentence's) end."""
    before = low[max(0, st - 3):st].rstrip()
    if not before or before[-1] not in "(," or not orig:
        return False
    m = _RENAMED.match(orig, en)
    if m is None or (before[-1] == "(") != (m.group(2) == ")"):
        return False
    words = m.group(1).split()
    return all(w[0].isupper() for w in words) if before[-1] == "," else words[0][0].isupper()


def _year_word_before(low: str, toks: list[Token], i: int, lang: _Lang) -> bool:
    """Is month token ``i`` preceded by a year and a year word, so that any case of the month is that year's
    month: Georgian "2008 წლის აგვისტოს" (of the year 2008, in August) as well as "აგვისტოში"?"""
    prv = toks[i - 1] if i > 0 else None
    return (prv is not None and _is_year(prv, lang) and _gap_ok(low, prv, toks[i], lang)
            and any(c.isalpha() for c in low[prv[2]:toks[i][1]]))


def _relative_day(low: str, toks: list[Token], i: int, lang: _Lang) -> Cue | None:
    """A day of a month named relatively, as Chinese, Japanese and Korean write it: "先月21日", "本月11日", "지난달
    21일" (the 21st of last month, of this month), or a date of a year so named ("去年4月5日", last year's 5 April)."""
    if i + 1 >= len(toks):
        return None
    _kind, st, _en, val = toks[i]
    nxt = toks[i + 1]
    if not ((val[2] == "month" and nxt[0] == "DD") or (val[2] == "year" and nxt[0] == "MD")) or not _gap_ok(
            low, toks[i], nxt, lang):
        return None
    years, months = (val[1], 0) if val[2] == "year" else (0, val[1])
    month, day = (nxt[3][0], nxt[3][1]) if nxt[0] == "MD" else (None, nxt[3][0])
    return (0, st, "RD", nxt[2], (years, months, month, day))


def _gap_ok(low: str, a: Token, b: Token, lang: _Lang) -> bool:
    gap = low[a[2] : b[1]]
    return len(gap) <= MAX_GAP and lang.gap.fullmatch(gap) is not None


def _is_year(tok: Token, lang: _Lang) -> bool:
    if tok[0] != "N" or tok[3][1] != 4:
        return False
    y = tok[3][0]
    return MIN_YEAR <= y <= MAX_YEAR or (lang.persian and PERSIAN_YEARS[0] <= y <= PERSIAN_YEARS[1])


def _short_buddhist_year(month: Token, tok: Token, lang: _Lang) -> bool:
    """Thai "4 ต.ค. 63": two digits after an abbreviated month are the Buddhist-era year (25)63."""
    return lang.buddhist and month[3][2] and tok[0] == "N" and tok[3][1] == 2


def _explicit(low: str, toks: list[Token], i: int, lang: _Lang) -> tuple[Cue, int] | None:
    """A date written out at token ``i`` (optionally after a weekday name); returns (cue, next index)."""
    n = len(toks)
    start = toks[i][1]
    j = i
    weekday = 0
    if toks[i][0] == "W":
        if (
            i + 1 >= n
            or toks[i + 1][0] not in ("D", "DM", "MD", "N", "M")
            or not _gap_ok(low, toks[i], toks[i + 1], lang)
        ):
            return None
        # 2 marks the Indonesian-style "Minggu (4/10/2020)" that papers use for their own date line
        weekday = 2 if "(" in low[toks[i][2] : toks[i + 1][1]] else 1
        j = i + 1
    kind, _, _, val = toks[j]
    us = False
    if kind == "D":
        a, b, c, la, lc = val
        if la == 4:
            y, first, second, numeric, cal = a, b, c, False, "g"
        else:
            y = c if lc == 4 else (2000 + c if c < 70 else 1900 + c)
            first, second, numeric, cal = a, b, True, "g"
        if lang.persian and PERSIAN_YEARS[0] <= y <= PERSIAN_YEARS[1]:
            cal = "p"
        last = j
    elif kind == "MD":
        y, (first, second), numeric, cal, last = None, val, False, "g", j
    elif kind == "DM":  # "2/10" is a date after a weekday, "(", or a date preposition ("pada 27/9")
        if not weekday and not (low[toks[j][1] - 1 : toks[j][1]] == "(" or (
                _after_preposition(low, start, lang) and not _decimal(low, toks[j], lang))):
            return None
        y, (first, second), numeric, cal, last = None, val, True, "g", j
    elif kind == "N":
        day, digits = val
        nxt = j + 1
        if (
            digits <= 2
            and 1 <= day <= 31
            and nxt < n
            and toks[nxt][0] == "M"
            and _gap_ok(low, toks[j], toks[nxt], lang)
            and not _COMMA.search(low, toks[j][2], toks[nxt][1])  # "(DTM, Round 9, January 2025)": a count
        ):
            month, cal = toks[nxt][3][1], toks[nxt][3][3]
            last = _skip_same_month(low, toks, nxt, lang)
            y = None
            if (
                last + 1 < n
                and _gap_ok(low, toks[last], toks[last + 1], lang)
                and (_is_year(toks[last + 1], lang) or _short_buddhist_year(toks[nxt], toks[last + 1], lang)
                     or (cal == "h" and _hijri_year(toks[last + 1])))
            ):
                last += 1
                y = toks[last][3][0] if toks[last][3][1] == 4 else 2500 + toks[last][3][0] - BUDDHIST_OFFSET
            elif (
                not weekday
                and j > 0
                and _is_year(toks[j - 1], lang)
                and _gap_ok(low, toks[j - 1], toks[j], lang)
            ):
                y, start = toks[j - 1][3][0], toks[j - 1][1]  # "2020-ci il 8 noyabr"
            first, second, numeric = month, day, False
        elif (
            _is_year(toks[j], lang)
            and j + 2 < n
            and toks[j + 1][0] == "M"
            and toks[j + 2][0] == "N"
            and toks[j + 2][3][1] <= 2
            and _gap_ok(low, toks[j], toks[j + 1], lang)
            and _gap_ok(low, toks[j + 1], toks[j + 2], lang)
        ):  # year first: "2020 թ. հոկտեմբերի 4"
            y, first, second, numeric, cal = (
                day,
                toks[j + 1][3][1],
                toks[j + 2][3][0],
                False,
                toks[j + 1][3][3],
            )
            last = j + 2
        else:
            return None
    elif kind == "M" and (day := _month_day_phrase(low, toks, j, weekday, start, lang)) is not None:
        # "huhtikuun 5. päivänä", "gegužės 15 d.": a month, then a phrase naming a day of the month
        y, start, second, last = day
        first, numeric, cal = val[1], False, val[3]
    elif kind == "M":
        month, cal = val[1], val[3]
        last = _skip_same_month(low, toks, j, lang)
        if last + 1 >= n or toks[last + 1][0] != "N" or not _gap_ok(low, toks[last], toks[last + 1], lang):
            return None
        num, digits = toks[last + 1][3]
        if _is_year(toks[last + 1], lang):
            cue = (4, start, "MY", toks[last + 1][2], (num, month, cal))
            return cue, last + 2
        if not (digits <= 2 and 1 <= num <= 31) or not (lang.month_first or _comma_year(low, toks, last + 1, lang)):
            return None
        last += 1
        y = None
        if last + 1 < n and _is_year(toks[last + 1], lang) and _gap_ok(low, toks[last], toks[last + 1], lang):
            last += 1
            y = toks[last][3][0]
        elif (
            lang.month_before is not None
            and lang.month_before.search(low[max(0, start - 30) : start])
            and not _after_preposition(low, start, lang)
        ):
            return None  # "in October 19 people died": a month, then a count; "since October 4" stays a day
        first, second, numeric, us = month, num, False, True
    else:
        return None
    if cal == "h":  # a Hijri date counts through the Gregorian one given with it
        return _bridged(low, toks, last, start, weekday, lang)
    if last + 1 < n and toks[last + 1][0] == "W" and _gap_ok(low, toks[last], toks[last + 1], lang):
        last += 1  # "4 Ekim 2020 Pazar": the weekday belongs to the date
        weekday = weekday or 1
    end = toks[last][2]
    if toks[last][0] == "N" and lang.year_after is not None:  # "2020 года", "2020-ci il": part of the date
        tail = lang.year_after.match(low, end, end + 30)
        end = tail.end() if tail else end
    if not numeric and (rng := _RANGE_START.search(low, max(0, start - 16), start)) and int(rng.group(1)) < second:
        start, second = rng.start(1), int(rng.group(1))  # "from 3 to 5 October": the event starts on the 3rd
    future = y is None and _future_date(low, start, end, lang)
    cue = (0, start, "E", end, (y, first, second, numeric, cal, weekday, us, future))
    return cue, last + 1


_COMMA = re.compile(r"[,،]")  # no day is set off from its month by a comma
_PERCENT = re.compile(r"[^\S\n]?[%٪‰]")


def _decimal(low: str, tok: Token, lang: _Lang) -> bool:
    """Is "1.2" after a date preposition a number, as in a language that writes decimals with a point ("waves of up
    to 1.2 metres", "rose to 3.5")? There only a weekday or a bracket makes it a day and month ("Monday 12.3");
    languages that write decimals with a comma date so after a preposition ("к 12.03", "do 12.03"), as the Hebrew
    press does ("ב-16.7", its data's ``dotted_dates``)."""
    return lang.decimal_point and "." in low[tok[1]:tok[2]]


def _hijri_year(tok: Token) -> bool:
    return tok[0] == "N" and tok[3][1] == 4 and HIJRI_YEARS[0] <= tok[3][0] <= HIJRI_YEARS[1]


def _bridged(low: str, toks: list[Token], last: int, start: int, weekday: int,
             lang: _Lang) -> tuple[Cue, int] | None:
    """The Gregorian date that follows a date of another calendar (token ``last`` ends it) after a word that
    says they are one day: "الاثنين 27 ذو الحجة 1446هـ - الموافق 23 يونيو 2025". Its cue spans both dates."""
    k = last + 1
    if lang.bridge is None or k >= len(toks):
        return None
    m = lang.bridge.match(low, toks[last][2], toks[k][1])
    if m is None or m.end() != toks[k][1] or toks[k][0] == "W":
        return None
    got = _explicit(low, toks, k, lang)
    if got is None or got[0][4][4] != "g":
        return None
    (rank, _, kind, end, p), nxt = got
    return (rank, start, kind, end, (*p[:5], p[5] or weekday, *p[6:])), nxt


def _month_day_phrase(low: str, toks: list[Token], j: int, weekday: int, start: int,
                      lang: _Lang) -> tuple[int | None, int, int, int] | None:
    """Month token ``j`` followed by a day-of-month phrase ("{n}. päivänä", "{n} d."): (year, start, day, index of
    the day's token), with the year and start of a year right before the month ("2024 m. gegužės 15 d.")."""
    k = j + 1
    if not (k < len(toks) and toks[k][0] == "DD" and len(toks[k][3]) == 3 and 1 <= toks[k][3][0] <= 31
            and _gap_ok(low, toks[j], toks[k], lang)):
        return None
    if not weekday and j > 0 and _is_year(toks[j - 1], lang) and _gap_ok(low, toks[j - 1], toks[j], lang):
        return toks[j - 1][3][0], toks[j - 1][1], toks[k][3][0], k
    return None, start, toks[k][3][0], k


def _future_date(low: str, start: int, end: int, lang: _Lang) -> bool | int:
    """Is a date without a year one to come? 2: the future word right before it governs it ("is set for Feb.
    22"), so a date just past is next year's; True: one further off may frame an event past ("will retaliate
    after the October 1 attack")."""
    lo = max(0, start - FUTURE_VERB_REACH)
    if ((lang.future_inflections is None or lang.future_inflections.search(low, lo, start) is None)
            and (lang.future_verbs is None or lang.future_verbs.search(low, lo, start) is None)):
        near = far = False  # no future word in reach (the usual case): _future_clause finds none either
    else:
        near = _future_clause(low, start, lang, NEAR_FUTURE_REACH)
        far = not near and _future_clause(low, start, lang)
    return 2 if near else (
        far or _future_after(low, end, lang) or bool(
            lang.future_before and lang.future_before.search(low, max(0, start - 30), start)))  # "il prossimo 9"


def _holiday(low: str, toks: list[Token], i: int, lang: _Lang) -> Cue:
    """A holiday that names one day ("on Christmas Day", "на Рождество", "joulupäivänä"): that day, of the year
    written after it ("Christmas Eve 2023") or else, like any date without a year, the latest one not too far
    after publication (the coming one in a sentence about the future)."""
    _kind, st, en, (_h, month, day) = toks[i]
    y = None
    if i + 1 < len(toks) and _is_year(toks[i + 1], lang) and _gap_ok(low, toks[i], toks[i + 1], lang):
        y, en = toks[i + 1][3][0], toks[i + 1][2]
    future = y is None and _future_date(low, st, en, lang)
    return (0, st, "HD", en, (y, month, day, False, "g", 0, False, future))


def _comma_year(low: str, toks: list[Token], k: int, lang: _Lang) -> bool:
    """Is day token ``k`` followed by a comma and a year? Then a month before it is a month-first date even in a
    language that puts the day first: Swahili "Juni 26, 2024", as English writes it."""
    return (k + 1 < len(toks) and _is_year(toks[k + 1], lang) and "," in low[toks[k][2]:toks[k + 1][1]]
            and _gap_ok(low, toks[k], toks[k + 1], lang))


# The first day of a range before a date ("from 3 to 5 October", "du 3 au 5 octobre", "с 3 по 5 октября", "vom 3.
# bis 5. Oktober", "3-5 October"): a day number, then a connector, in any of the languages.
_RANGE_START = re.compile(r"(?<![\d.,:/])(\d{1,2})(?:er|º|°|st|nd|rd|th)?\.?\s*(?:[-–—]|to|till|until|through|and|au|à|"
                          r"et|al|a|y|e|bis|und|до|по|і|и|та|dal|ile|ve|hingga|sampai|dan|đến|và|i|oraz|a[žz]|و|تا|से|"
                          r"na|на|auf|"  # a night's: "w nocy z 7 na 8 października", "vom 7. auf den 8."
                          r"から|至|到)(?:\s+(?:le|el|la|il|lo|o|a|der|dem|den))?\s*$")  # "entre le 10 et le 13 mai"


def _future_clause(low: str, st: int, lang: _Lang, reach: int | None = FUTURE_VERB_REACH) -> bool:
    """Does a future verb shortly before ``st`` (within ``reach`` characters; None: anywhere before), in the
    same clause, make a yearless date the coming one? "will take office on Oct. 1" does; "will resign, his
    office said, after a scandal on Oct. 1" does not."""
    lo = max(0, st - reach) if reach is not None else 0
    if lang.future_inflections is not None:  # Spanish "el presidente estará el lunes": the nearest verb
        m = None
        for m in lang.future_inflections.finditer(low, lo, st):  # noqa: B007 (the last one counts)
            pass
        if m is not None and not any(c in low[m.end():st] for c in ",;،"):
            return True
    if lang.future_verbs is None:
        return False
    first = lang.future_verbs.search(low, lo, st)  # usually none: one search, no list
    if first is None:
        return False
    last = first
    for last in lang.future_verbs.finditer(low, first.end(), st):  # noqa: B007 (the last one counts)
        pass
    return not any(c in low[last.end():st] for c in ",;،") and not _was_planned(low, last.start(), lang)


def _was_planned(low: str, at: int, lang: _Lang) -> bool:
    """Is the future word at ``at`` after a past auxiliary ("was scheduled for", "estaba prevista para", "были
    назначены на"): a plan told in the past, not a date to come?"""
    if not lang.past_auxiliaries:
        return False
    words = low[max(0, at - 24):at].split()
    return bool(words) and words[-1] in lang.past_auxiliaries


def _future_after(low: str, en: int, lang: _Lang) -> bool:
    """Does a future verb follow in the clause? In a verb-final language anywhere in it (Turkish "Seçimler 14
    Mayıs'ta yapılacak", will be held; Japanese "予定"); an inflected future only right after ("El lunes
    estará en Bruselas")."""
    for pattern in (lang.future_endings, lang.future_words_after):
        m = pattern.search(low, en, en + FUTURE_VERB_REACH) if pattern is not None else None
        if m is not None and not any(c in low[en:m.start()] for c in ".,;!?\n،。，、；၊۔"):
            return True
    if lang.future_inflections is not None:
        # Spanish "El lunes estará en Bruselas": the verb right after it (two words at most between), not
        # one in a clause that follows ("el sábado que Moscú prestará ayuda": a promise made on Saturday).
        m = lang.future_inflections.search(low, en, en + FUTURE_VERB_REACH)
        if m is not None:
            between = low[en:m.start()]
            words = between.split()
            return (len(words) <= 2 and not any(c in between for c in ".,;!?\n")
                    and not lang.clause_words.intersection(words))
    return False


def _endings_re(endings: Sequence[str], fold: dict[int, Any] | None,
                not_words: Sequence[str] = (), glued: bool = False) -> re.Pattern[str] | None:
    """Words ending in one of ``endings`` (future suffixes), except ``not_words`` (Spanish "Irán" ends so);
    in a language written without spaces, the endings themselves ("予定", "예정")."""
    keys = sorted({_fold(e, fold) for e in endings if e.strip()}, key=len, reverse=True)
    if not keys:
        return None
    if glued:
        return re.compile("|".join(map(re.escape, keys)))
    skip = "|".join(map(re.escape, sorted({_fold(w, fold) for w in not_words}, key=len, reverse=True)))
    guard = rf"(?<!\w)(?!(?:{skip})(?!\w))" if skip else ""
    # A letter or a vowel sign before the ending: Devanagari "जाएंगे" has "ा" (a mark, not \w) before "एंगे"
    return re.compile(rf"{guard}{_LETTER}+(?:{'|'.join(map(re.escape, keys))})(?!\w)" if skip else
                      rf"{_LETTER}(?:{'|'.join(map(re.escape, keys))})(?!\w)")


_LETTER = r"[\w\u0300-\u036f\u0900-\u0dff]"  # a word character or a combining mark (Latin, Indic scripts)


def _after_preposition(low: str, st: int, lang: _Lang) -> bool:
    return lang.prepositions is not None and lang.prepositions.search(low[max(0, st - 30) : st]) is not None


def _skip_same_month(low: str, toks: list[Token], j: int, lang: _Lang) -> int:
    """Arabic writes "أكتوبر/تشرين الأول": two names of one month count as one token."""
    k = j + 1
    if (
        k < len(toks)
        and toks[k][0] == "M"
        and toks[k][3][1] == toks[j][3][1]
        and _gap_ok(low, toks[j], toks[k], lang)
    ):
        return k
    return j


def _weekday_mode(low: str, st: int, en: int, lang: _Lang) -> int:
    """+1 for "next Monday", 3 for a weekday after a future verb in its sentence ("will meet on Monday": the
    coming Monday, or the day of publication itself), -1 for "last Monday", 2 for "this Monday" (the
    nearest Monday), 0 for a bare weekday (on or before publication)."""
    before, after = low[max(0, st - 30) : st], low[en : en + 30]
    if ((lang.future_before and lang.future_before.search(before))
            or (lang.future_after and lang.future_after.match(after))
            or (lang.weekday_future and lang.weekday_future.search(before))):
        return 1
    if (lang.past_before and lang.past_before.search(before)) or (
        lang.past_after and lang.past_after.match(after)
    ):
        return -1
    if lang.tense_before and (tense := lang.tense_before.search(before)):
        # Norwegian "på mandag" follows the verb's tense: "spiller på søndag" is the coming Sunday, "sa på
        # mandag" the last Monday (on or before publication, as a bare weekday)
        return 0 if _past_clause(low, st - len(before) + tense.start(), en, lang) else 1
    if ((lang.this_before and lang.this_before.search(before)) or (lang.this_after and lang.this_after.match(after))
            or (lang.this_head and (head := lang.this_head.match(low, st, en)) and head.end() < en)):
        # "nesta sexta-feira", "este viernes": the nearest, before or after publication; the coming one
        # under a future verb ("Talks will resume this weekend")
        return 3 if _future_clause(low, st, lang, None) or _future_after(low, en, lang) else 2
    if _future_clause(low, st, lang, None) or _future_after(low, en, lang) or _future_after_opening(low, st, en, lang):
        # "The pair will appear in Philadelphia on Tuesday": the coming Tuesday, or that day itself. Not in
        # another clause: "Britain will send more missiles, Shapps said on Saturday" (said on the day of
        # publication).
        return 3
    return 0


_CLAUSE_END = re.compile(r"[.,;:!?()\n–—]")
_WORD = re.compile(r"\w+")


def _past_clause(low: str, st: int, en: int, lang: _Lang) -> bool:
    """Is the clause of a date at ``st``..``en`` told in the past? A past verb before it in its clause with no
    future verb after that ("Støre sa i Tromsø på mandag", but "sa han vil reise på mandag"), or, the date
    opening its sentence, the verb right after it ("På mandag ble det kjent": the verb comes second)."""
    if not lang.past_verbs:
        return False
    if not low[:st].strip(" \t\"'“”„«»"):
        nxt = _NEXT_WORD.match(low, en)
        return nxt is not None and nxt.group(1) in lang.past_verbs
    lo = max(0, st - 200)
    cut = None
    for cut in _CLAUSE_END.finditer(low, lo, st):  # noqa: B007 (the last one counts)
        pass
    lo = cut.end() if cut else lo
    for word in reversed(list(_WORD.finditer(low, lo, st))):
        w = word.group()
        if w in lang.clause_words:
            return False
        if w in lang.past_verbs:
            return lang.future_verbs is None or lang.future_verbs.search(low, word.end(), st) is None
    return False


def _future_after_opening(low: str, st: int, en: int, lang: _Lang) -> bool:
    """A weekday opening its sentence, then a future verb in the same clause: "В понедельник Лавров проведет
    переговоры", "Lundi, le président se rendra à Moscou", "Am Montag werden sich die Minister treffen". (A
    weekday later in a sentence follows its verb, often a reporting one: "said on Monday he would go".)"""
    if lang.future_verbs is None:
        return False
    head = low[:st].strip()
    if head and not (lang.prepositions is not None and lang.prepositions.fullmatch(head + " ")):
        return False
    rest = low[en:en + FUTURE_VERB_REACH].lstrip(" ,")
    cut = min((i for i in (rest.find(c) for c in ".,;!?\n،。，；") if i >= 0), default=len(rest))
    m = lang.future_verbs.search(rest, 0, cut)
    # the clause's own verb: after its subject (two words at most), not after "he said" ("On Monday he said
    # he would go")
    return m is not None and len(rest[:m.start()].split()) <= 2 and not _was_planned(rest, m.start(), lang)


def _month_alone(low: str, st: int, en: int, val: tuple, lang: _Lang) -> bool:
    """A bare month name is a date only when the language marks it as one ("in October", "Ekim'de")."""
    if val[4]:
        return True
    before = low[max(0, st - 30) : st]
    if lang.month_before and lang.month_before.search(before):
        return True
    return bool(lang.month_after and lang.month_after.match(low, en, en + 30))


def _year_alone(low: str, st: int, en: int, lang: _Lang) -> bool:
    """A bare 4-digit number is a year only next to a year word ("in 2019", "2019 году"), never a count."""
    if lang.year_before and lang.year_before.search(low[max(0, st - 30) : st]):
        return True
    if lang.year_after is None:
        return False
    if lang.year_after.match(low, en, en + 30):
        return True
    glued = st + 4 + (low[st + 4 : st + 5] in "-‐")  # a year word glued to it: Armenian "1989-ին", "2025թ."
    return glued < en and lang.year_after.match(low, glued, en) is not None


_NEXT_WORD = re.compile(r"\s+(\w+)")


def _bare_year(orig: str, en: int, lang: _Lang) -> bool:
    """In a language that capitalises its nouns, a bare 4-digit number before a word in lower case is a year
    ("2014 annektierte Russland die Krim", "Russland annektierte 2014 die Krim"), before a noun a count
    ("2014 Stimmen")."""
    if not lang.bare_years or not orig:
        return False
    m = _NEXT_WORD.match(orig, en, en + 30)
    return bool(m) and m.group(1)[:1].islower()


_AFTER_DOT = re.compile(r"[^\S\n]*([,\w])")


def _dotted_year(orig: str, en: int, lang: _Lang) -> bool:
    """Croatian, Bosnian and Serbian write a year as an ordinal, with a dot: "izgrađen 1933. u Glasgowu", "kojim su
    1995. muškarci bježali". Only before a comma or a word in lower case: a number closing a sentence ("platio
    2000.") is a count."""
    if not lang.dotted_years or not orig or orig[en - 1:en] != ".":
        return False
    m = _AFTER_DOT.match(orig, en)
    return m is not None and (m.group(1) == "," or (m.group(1).isalpha() and m.group(1).islower()))


def _sentence_cues(text: str, lang: _Lang) -> list[Cue]:
    """Cues of one sentence. A dateline opening it ("KYIV, March 3 - Russian troops took Kherson on
    Wednesday") is the article's stamp, not the event: it only counts when nothing else dates the sentence.
    """
    orig, low = _prepare(text, lang)
    toks = _tokens(orig, low, lang)
    cues = _cues(low, toks, lang, orig) if toks else []
    if len(cues) > 1:  # "w nocy z 7 na 8 października", "v noci ze 7. na 8.": the night is the date's, no "tonight"
        cues = [c for c, nxt in zip(cues, [*cues[1:], None], strict=True) if not (
            c[2] == "R" and c[4][1] == "day" and nxt is not None and nxt[2] == "E"
            and 0 < len(gap := low[c[3]:nxt[1]].strip()) <= NIGHT_GAP and gap.isalpha())]
    if cues and cues[0][2] == "E" and cues[0][1] < 80 and len(cues) > 1:
        _, st, kind, en, payload = cues[0]
        after = _TIME.sub("", orig[en : en + 12]).lstrip(" \t)")
        header = orig[:st].strip()
        if after[:1] == "." and after[1:].lstrip()[:1].islower():  # "17 września 1939 r. do Polski": an abbreviation
            after = ""
        if (after[:1] in ("-", "–", "—", ".", ":", "։", "|", "(") and (
                not header or _header_like(_without_day_word(header)))) or _cable(orig, en, header):
            cues[0] = (7, st, kind, en, payload)
    return cues


def _order(cue_lists: Sequence[list[Cue]], lang: _Lang) -> str:
    """English numeric dates are day-first unless the text itself writes US style ("Oct 4")."""
    if lang.detect_us:
        for cues in cue_lists:
            for cue in cues:
                if cue[2] == "E" and cue[4][6]:
                    return "mdy"
    return lang.order


# --------------------------------------------------------------------------------------------------------
# Resolution


def _explicit_date(
    payload: tuple, order: str, ref: dt.date | None, future_days: int = FUTURE_SLACK_DAYS
) -> dt.date | None:
    y, first, second, numeric, cal, _, _, future = payload
    if numeric:
        pairs = ((first, second), (second, first)) if order == "mdy" else ((second, first), (first, second))
    else:
        pairs = ((first, second),)
    for m, d in pairs:
        if not (1 <= m <= (13 if cal == "e" else 12) and 1 <= d <= 31):  # Ethiopian Pagume is the 13th
            continue
        if y is not None:
            if cal == "g" and not MIN_YEAR <= y <= MAX_YEAR:
                return None
            got = _date(y, m, d, cal)
        elif ref is None:
            got = None
        else:
            got = (_next_year(m, d, ref, cal, 0 if future == 2 else RECENT_DAYS) if future
                   else _infer_year(m, d, ref, cal, future_days))
        if got is not None:
            return got
    return None


def _month_of(day: dt.date, cal: str) -> dt.date:
    """An Ethiopian month, which starts between the 7th and the 11th of a Gregorian one and mostly lies in it, as
    that Gregorian month (a month's date is its 1st)."""
    return day.replace(day=1) if cal == "e" else day


def _resolve(
    cue: Cue, order: str, published: dt.date | None, anchor: dt.date | None, future_days: int
) -> DateInfo | None:
    """Turn one cue into a date; ``anchor`` is the date the text was last talking about."""
    _, _, kind, _, p = cue
    ref = published or anchor
    if kind in ("E", "HD"):  # a date written out, or a holiday's
        got = _explicit_date(p, order, ref, future_days)
        return DateInfo(got, "day", "explicit") if got else None
    if kind == "DO":  # "20日": the latest such day of a month, or the coming one after a future marker
        if ref is None:
            return None
        d, future = p
        if future:  # "15日に訪問する予定": the coming 15th
            got = _mk(ref.year, ref.month, d) if d >= ref.day else None
            if got is None:
                nxt = (ref.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
                got = _mk(nxt.year, nxt.month, d)
        else:  # the latest 15th, a day's slack for time zones
            got = _mk(ref.year, ref.month, d) if d <= ref.day + 1 else None
            if got is None:
                prev = ref.replace(day=1) - dt.timedelta(days=1)
                got = _mk(prev.year, prev.month, d)
        return DateInfo(got, "day", "explicit") if got else None
    if kind == "MY":
        y, m, cal = p
        got = _date(y, m, 1, cal)
        return DateInfo(_month_of(got, cal), "month", "explicit") if got else None
    if kind == "MO":
        if ref is None:
            return None
        m, cal, future, shift, year = p  # shift: years from publication; year: the year written
        if year is not None or shift is not None:  # "2008 წლის აგვისტოში", "in March last year"
            got = _mk(year if year is not None else ref.year + shift, m, 1) if cal == "g" else (
                _date(year, m, 1, cal) if year is not None else None)
            return DateInfo(_month_of(got, cal), "month", "explicit") if got else None
        if future == -1 and cal == "g":  # "last October", written in October: a year ago
            got = _mk(ref.year - (m >= ref.month), m, 1)
        elif future == 2 and cal == "g":  # "until September": the nearest September
            got = min((d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := _mk(y, m, 1))),
                      key=lambda d: abs((d - ref).days), default=None)
        elif future == 3 and cal == "g":  # "from April": the coming one within FROM_AHEAD months, else the last
            ahead = (m - ref.month) % 12
            got = (_mk(ref.year + (m < ref.month), m, 1) if ahead <= FROM_AHEAD_MONTHS
                   else _mk(ref.year - (m > ref.month), m, 1))
        elif future:  # "is due to visit Beijing in May": the coming May (this month's counts)
            got = _next_year(m, 1, _mk(ref.year, ref.month, 1) or ref, cal, 0)
        else:
            got = _infer_year(m, 1, ref, cal) if cal != "g" else _mk(ref.year - (m > ref.month), m, 1)
        return DateInfo(_month_of(got, cal), "month", "explicit") if got else None
    if kind == "Y":
        got = _mk(p[0], 1, 1)
        return DateInfo(got, "year", "explicit") if got else None
    if kind == "W":
        if published is None:
            return None
        wd, mode = p
        if mode == 2:  # "neste domingo", "este sábado": the nearest such day, either side of publication
            delta = (wd - published.weekday()) % 7
            delta = delta - 7 if delta > 3 else delta
        elif mode == 3:  # "se réunira dimanche" on a Sunday: today (a week later would say "prochain")
            delta = (wd - published.weekday()) % 7
        elif mode > 0:
            delta = (wd - published.weekday()) % 7 or 7
        else:
            delta = -((published.weekday() - wd) % 7 or (7 if mode < 0 else 0))
        got = _add_days(published, delta)
        return DateInfo(got, "day", "weekday") if got else None
    if kind == "RD":  # "先月21日", "去年4月5日"
        if published is None:
            return None
        years, months, month, day = p
        y, m = divmod(published.year * 12 + published.month - 1 + 12 * years + months, 12)
        got = _mk(y, month or m + 1, day)
        return DateInfo(got, "day", "explicit") if got else None
    if kind == "WK":
        got = _add_days(_monday(published), 7 * p[1] + p[0]) if published else None
        return DateInfo(got, "day", "weekday") if got else None
    if kind == "R":
        return _shift(published, p[0], p[1]) if published else None
    if kind == "C":
        # Without an earlier date, "the day before" counts back from publication, but "the next day" has
        # nothing to follow: counted from publication it would be news from the future.
        base = anchor or (published if p[0] <= 0 else None)
        got = _add_days(base, p[0]) if base else None
        return DateInfo(got, "day", "context") if got else None
    if kind == "T":
        source, offset, unit = p
        if source == "relative":
            return _shift(published, offset, unit) if published else None
        base = anchor or (published if offset <= 0 else None)
        info = _shift(base, offset, unit) if base else None
        return DateInfo(info.date, info.precision, "context") if info else None
    return None


def _best(
    cues: list[Cue], order: str, published: dt.date | None, anchor: dt.date | None, future_days: int
) -> DateInfo | None:
    """The most specific cue of a sentence wins (explicit > weekday > relative > context > coarse), except
    that a date well after publication ("dissolved from 1 January 2024") yields to any other cue: the
    sentence reports what happened ("signed on Thursday"), the far date is what was announced."""
    deferred = None
    limit = _add_days(published, future_days) if published else None
    for cue in sorted(cues):
        info = _resolve(cue, order, published, anchor, future_days)
        if info is None:
            continue
        if limit is not None and info.source == "explicit" and info.date > limit:
            deferred = deferred or info
            continue
        return info
    return deferred


# What ends a clause within a sentence: punctuation, "and" in many languages ("a Genova nel 2001 e a L'Aquila
# nel 2009"; not the Romance "a", a preposition too), and "that" opening reported speech ("Police said on Monday
# that the attack in Solingen happened on Saturday": Solingen is Saturday's; "informó el viernes de que el
# temporal en Letur comenzó el martes"; "mengatakan pada Minggu bahwa banjir di Bogor terjadi pada Kamis").
_CLAUSE_CUT = re.compile(r"[,;،()—，、；]| – |(?<!\w)(?:and|und|et|e|y|и|а|та|і|ve|و|i|oraz|og|och|és|ja|dan"
                         r"|that|dass|que|che|bahwa|что|що|أن|إن|że|že)(?!\w)")
_LIST_JOINS = frozenset((",", "،", "，", "、", "and", "und", "et", "e", "y", "и", "та", "і", "ve", "و", "i", "oraz",
                         "og", "och", "és", "ja", "dan"))  # ... of those, the ones that join a list's items
LIST_ITEM_WORDS = 3  # the most words a list's item may have ("El Geneina", "Ed Daein"), see EventDates._nearest


# What sets off a side clause (not a colon: "said:" opens the news itself), and what may open one.
_SIDE_CUT = re.compile(r"[;:()\[\]—–،]|,(?!(?<=\d,)\d)| - ")  # (not the comma of "10,000")
_SIDE_OPENS = tuple(",(—–-،")
_SideSpan = tuple[int, int, "int | None", list[tuple[Cue, DateInfo]]]  # start, end, days before the main, dates


def _side_spans(text: str, cues: list[Cue], lang: _Lang) -> list[tuple[int, int, int | None]]:
    """Where sentence ``text`` has side clauses (see _Side): (start, end, days before the main clause or None)."""
    side = lang.side
    if side is None:
        return []
    orig, low = _prepare(text, lang)
    cuts = [(m.start(), m.end()) for m in _SIDE_CUT.finditer(low)]
    spans: list[tuple[int, int, int | None]] = []
    for (a, s), (b, _e) in zip([(-1, 0), *cuts], [*cuts, (len(low), len(low))], strict=True):
        if a >= 0 and low[a:s].strip()[:1] in _SIDE_OPENS and (side.opener or side.participle):
            m = side.opener.match(low, s, b) if side.opener else None
            if m is not None and not (side.lower_after and orig[m.end():].lstrip()[:1].isupper()):
                spans.append((s, b, None))
            elif (m := side.participle.match(low, s, b) if side.participle else None) is not None and any(
                    m.end() <= c[1] <= m.end() + PARTICIPLE_REACH for c in cues):
                spans.append((s, b, None))  # "fundado em 1993", "носивший до 1995 года"
            elif b < len(low) and (m := side.inner.match(low, s, b) if side.inner else None) is not None:
                # an appositive closed by a comma: its relative clause to that comma ("a former coup leader
                # who won office in December,"), not the noun before it
                spans.append((m.start("rel"), b, None))
        for m in side.reduced.finditer(low, s, b) if side.reduced else ():
            if orig[m.start()].islower() and any(m.end() <= c[1] <= m.end() + PARTICIPLE_REACH for c in cues):
                spans.append((low.rindex(" ", m.start(), m.end()) + 1, b, None))  # from the participle on
        for m in side.background.finditer(low, s, b) if side.background else ():
            spans.append((m.start(), b, None))
        for m in side.closer.finditer(low, s, b) if side.closer else ():
            spans.append((s, m.end(), None))
        for m in side.offset.finditer(low, s, b) if side.offset else ():
            if (not low[s:m.start()].strip() and not low[b:].strip(" .!?\n\"'»”")
                    and (a < 0 or low[a:s].strip()[:1] not in ",،")):
                continue  # fronted with no comma to close it, the main clause follows in its stretch: "Einen Tag
                # nach dem Sturz Assads haben in Damaskus Tausende gefeiert" (Damascus is the day's, not the day before)
            spans.append((m.start(), b, side.offsets.get(m.group())))
        if lang.until_before:  # "арендуется у Казахстана до 2050 года": the year a state ends, to the clause's end
            spans.extend((c[1], b, None) for c in cues if s <= c[1] < b and c[2] == "Y"
                         and lang.until_before.search(low, max(0, c[1] - 30), c[1]))
    return spans


# A weekday in brackets after a date, as Japanese, Chinese and Korean write it: "1月1日（月）", "(월)"
_BRACKETED_WEEKDAY = re.compile(r"[（(][^)）\d]{1,3}[)）]")


def _as_date(value: dt.date | None) -> dt.date | None:
    return value.date() if isinstance(value, dt.datetime) else value


# --------------------------------------------------------------------------------------------------------
# Public API


def event_dates(
    sentences: Sequence[str],
    language: str | None,
    published: dt.date | None,
    *,
    future_days: int = FUTURE_SLACK_DAYS,
) -> list[DateInfo | None]:
    """One entry per sentence: the date of the event the sentence describes, or None when it gives no cue
    (the caller then falls back to the publication date). See ``EventDates`` for the rules."""
    dates = EventDates(sentences, language, published, future_days=future_days)
    return [dates[i] for i in range(len(sentences))]


_ANCHORED = frozenset({"C", "T"})  # cue kinds that count from an earlier date ("the next day", "two days later")
_RECENT = frozenset({"W", "R", "WK", "RD"})  # ... that tie a sentence to publication time ("on Sunday", "yesterday")
_YEARED = frozenset({"E", "MY", "MO", "Y"})  # ... that may write a year


def _yearless(cue: Cue) -> bool:
    """A day and month without a year, in no sentence about the future and without a weekday ("on Aug. 9");
    or a month alone ("en avril")."""
    p = cue[4]
    if cue[2] == "MO":
        return not p[2] and p[3] is None and p[4] is None
    return cue[2] == "E" and cue[0] != 7 and p[0] is None and not p[7] and not p[5]


_TIMELINE_DASH = re.compile(r"[^\S\n]*[—–-][^\S\n]")  # a timeline line's date, then its event: "August – ..."
_CONJUNCTION_GAP = re.compile(r"\s*(?:[,/–-]|\w{1,4})\s*")  # "avril et mai 1994", "April and May 1994"


def _cue_year(cue: Cue) -> tuple[int, str] | None:
    """The year (and calendar) a cue writes: "17 września 1939", "w sierpniu 1944", "in 1945"."""
    kind, p = cue[2], cue[4]
    if kind == "E" and p[0] is not None:
        return p[0], p[4]
    if kind == "MY":
        return p[0], p[2]
    if kind == "MO" and p[4] is not None:
        return p[4], p[1]
    if kind == "Y":
        return p[0], "g"
    return None
_REFERENCED = frozenset({"E", "HD", "MO", "DO"})  # ... and those that need a year from elsewhere ("4 October")


def _recent_day(cue: Cue) -> bool:
    """A cue that can only date a day less than BACKGROUND_DAYS from publication, never background: a weekday
    (within a week) or a relative day ("yesterday", "in two days")."""
    return cue[2] == "W" or (cue[2] == "R" and cue[4][1] == "day" and abs(cue[4][0]) < BACKGROUND_DAYS)


class EventDates:
    """The event date of each sentence (``dates[i]``), worked out on demand: a parser asks only for the
    sentences that name places, so only those are scanned, plus the few before a sentence that counts from
    an earlier date.

    Context phrases ("the next day") resolve against the last dated sentence if it is at most
    ANCHOR_SENTENCES back (further on, the text has moved on), else, when they look back ("the day
    before"), against the publication date; forward ones without an anchor give no date. A day and month
    without a year take the latest year that is at most ``future_days`` after publication.
    """

    def __init__(self, sentences: Sequence[str], language: str | None, published: dt.date | None, *,
                 future_days: int = FUTURE_SLACK_DAYS) -> None:
        self.sentences, self.future_days = sentences, future_days
        self.lang = _lang_for(language)
        self.published = _as_date(published)
        self._cues: dict[int, list[Cue]] = {}
        self._info: dict[int, DateInfo | None] = {}
        self._clauses: dict[int, list[tuple[Cue, DateInfo]]] = {}
        self._side_cache: dict[int, list[_SideSpan]] = {}
        self._dated: dict[int, list[Cue]] = {}  # cues with the years _filled lent them
        # English numeric dates are day-first unless the text anywhere writes US style: then every sentence
        # counts, so that is worked out only when a numeric date needs it (see _order_for).
        self._order: str | None = None if self.lang.detect_us else self.lang.order

    def __len__(self) -> int:
        return len(self.sentences)

    @property
    def order(self) -> str:
        """The text's order of numeric dates ("dmy", "mdy", ...)."""
        if self._order is None:
            self._order = _order([self._cues_of(i) for i in range(len(self.sentences))], self.lang)
        return self._order

    def _order_for(self, cues: Sequence[Cue]) -> str:
        """The order to resolve these cues with: only a numeric date reads it, so without one the text's
        order need not be known (that would scan every sentence)."""
        if self._order is None and any(c[2] == "E" and c[4][3] for c in cues):
            return self.order
        return self._order or self.lang.order

    def __getitem__(self, i: int) -> DateInfo | None:
        if i in self._info:
            return self._info[i]
        cues = self._cues_of(i)
        if not cues:  # most sentences give no date
            self._dated[i] = cues
            self._info[i] = None
            return None
        if not self._needs_anchor(cues):  # the usual case: no earlier sentence matters
            cues = self._dated[i] = self._filled(i, cues)
            info = self._info[i] = (_best(cues, self._order_for(cues), self.published, None, self.future_days)
                                    if cues else None)
            return info
        todo = [i]  # a stack, not recursion: "The next day..." a thousand times must not overflow
        while todo:
            k = todo[-1]
            if k in self._info:
                todo.pop()
                continue
            cues = self._cues_of(k)
            if cues and self._needs_anchor(cues):
                before = [j for j in range(max(0, k - ANCHOR_SENTENCES), k) if j not in self._info]
                if before:
                    todo.extend(before)
                    continue
            cues = self._dated[k] = self._filled(k, cues)
            anchor = self._anchor(k, cues)
            if anchor is None and cues and all(c[2] == "C" and c[4][0] == 0 for c in cues):
                self._info[k] = self._same_month(k)  # "In March, ... Later that month, ...": that March
            else:
                self._info[k] = (_best(cues, self._order_for(cues), self.published, anchor, self.future_days)
                                 if cues else None)
            todo.pop()
        return self._info[i]

    def _same_month(self, k: int) -> DateInfo | None:
        """For "later that month" with no day before it: the month an earlier sentence gave, if any, else what
        the cue gives alone (counted from publication)."""
        for j in range(k - 1, max(0, k - ANCHOR_SENTENCES) - 1, -1):
            info = self._info.get(j)
            if info is not None and info.precision == "month":
                return DateInfo(info.date, "month", "context")
        cues = self._cues_of(k)
        return _best(cues, self._order_for(cues), self.published, None, self.future_days)

    def several(self, i: int) -> bool:
        """Does sentence ``i`` give more than one date, or a side clause's (cheap: its cues are known once it
        is dated)?"""
        if len(self._cues_of(i)) > 1 and len(self._clause_infos(i)) > 1:
            return True
        return bool(self._sides(i))

    def at(self, i: int, pos: int) -> DateInfo | None:
        """The event date of a name at ``pos`` in sentence ``i`` that gives several dates: the nearest date in
        the name's clause (between commas, semicolons, brackets, and words like "and"; one after it on a tie),
        else the sentence's date.
        "spiked in 1990 after Iraq invaded Kuwait, and again in 2022 after Russia invaded Ukraine": Ukraine is
        2022; "Russia annexed Crimea in 2014 and invaded in February 2022": Crimea is 2014.
        A side clause's date is only its own names' ("In Taldykorgan, crowds toppled a statue of Nazarbayev,
        who ruled until 2019": Taldykorgan is not 2019): None when the main clause has no date of its own."""
        sides = self._sides(i)
        if sides:
            return self._at_side(i, pos, sides)
        infos = self._clause_infos(i)
        if len(infos) < 2:
            return self[i]
        return self._nearest(i, pos, infos) or self[i]

    def _nearest(self, i: int, pos: int, infos: list[tuple[Cue, DateInfo]]) -> DateInfo | None:
        text = self.sentences[i]
        found = list(_CLAUSE_CUT.finditer(text))
        cuts = [m.start() for m in found]
        k = bisect_right(cuts, pos)

        def within(lo: int, hi: int) -> DateInfo | None:
            near = [(max(st - pos, pos - en, 0), st < pos, rank, info)
                    for (rank, st, _k, en, _p), info in infos if lo <= st < hi]
            return min(near, key=lambda t: t[:3])[3] if near else None

        hi = cuts[k] if k < len(cuts) else len(text)
        got = within(cuts[k - 1] if k else 0, hi)
        if got is not None or len(_WORD.findall(text, pos, hi)) > LIST_ITEM_WORDS:
            return got
        # A name ending its clause that opens or continues a list takes the date written after the list's last
        # item ("swept through Nyala, Zalingei, El Geneina and Ed Daein last year, and ... this week in Mellit":
        # Nyala is last year's), across items of a few words each, each opening with a capital where the
        # script has them; not across a cut that is no list's (";", "that", a bracket).
        for j in range(k, len(found)):
            if found[j].group().strip() not in _LIST_JOINS:
                return None
            end = cuts[j + 1] if j + 1 < len(cuts) else len(text)
            first = min((st for (_r, st, *_), _info in infos if found[j].end() <= st < end), default=None)
            words = _WORD.findall(text, found[j].end(), end if first is None else first)
            if len(words) > LIST_ITEM_WORDS or (words and words[0][:1].lower() != words[0][:1].upper()
                                                  and not words[0][:1].isupper()):
                return None
            if first is not None:
                return within(found[j].start(), end) if words else None
        return None

    def _at_side(self, i: int, pos: int, sides: list[_SideSpan]) -> DateInfo | None:
        """``at`` for a sentence with side clauses: a name in one takes its date ("a day after" counts back
        from the main clause's); a name outside, the date of the cues outside them all."""
        inner = [s for s in sides if s[0] <= pos < s[1]]
        side_cues = {c for s in sides for c, _r in s[3]}
        cues = [c for c in self._dated_cues(i) if c not in side_cues]
        anchor = self._anchor(i, self._dated_cues(i)) if self._needs_anchor(self._cues_of(i)) else None
        order = self._order_for(cues)
        main = _best(cues, order, self.published, anchor, self.future_days) if cues else None
        if main is None or main.precision != "day":
            # "two days after regaining the palace on Friday": the main clause is two days after that Friday; and
            # "Two days after the attack in Rouen, police arrested a man in York": a phrase that opens the
            # sentence dates its main clause (York: two days after the day the text gave)
            text = self.sentences[i]
            main = next((DateInfo(got, "day", "context") for _lo, _hi, days, infos in sides if days is not None
                         for c, r in infos if c[2] not in _ANCHORED and r.precision == "day"
                         and (got := _add_days(r.date, days)) is not None), None) or main or next(
                (r for lo, _hi, days, infos in sides if days is not None and not text[:lo].strip()
                 for c, r in infos if c[2] in _ANCHORED and c[1] == lo and c[4][0] != "relative"), None)
        if inner:
            _lo, _hi, days, infos = min(inner, key=lambda s: s[1] - s[0])
            if days is not None:  # not the phrase's own "two days after": the clause is that long before the main
                infos = [(c, r) for c, r in infos if c[2] not in _ANCHORED]
            if infos:
                return self._nearest(i, pos, infos) or min(infos, key=lambda t: t[0])[1]
            base = main.date if main is not None and main.precision == "day" else self.published
            got = _add_days(base, -days) if base is not None and days is not None else None
            return DateInfo(got, "day", "context") if got else main
        infos = [(c, r) for c in cues if c[0] != 7 and c[2] != "C"
                 and (r := _resolve(c, order, self.published, anchor, self.future_days)) is not None]
        return (self._nearest(i, pos, infos) if len(infos) > 1 else None) or main

    def _sides(self, i: int) -> list[_SideSpan]:
        """Sentence ``i``'s side clauses that date something apart from the main clause: one whose dates are
        all background (a year or month, or a day over a month old: "fundado em 1993", "who ruled until 2019"),
        or one dated from the main clause ("a day after")."""
        got = self._side_cache.get(i)
        if got is None:
            got = self._side_cache[i] = []
            text = self.sentences[i]
            if self.lang.side is None or not text:
                return got
            cues = [c for c in self._dated_cues(i) if c[0] != 7] if self._cues_of(i) else []
            if all(map(_recent_day, cues)) and not self._offset_phrase(text):
                return got  # (most sentences give no date, or only "on Monday", "yesterday")
            anchor = self._anchor(i, cues) if self._needs_anchor(cues) else None
            old = _add_days(self.published, -BACKGROUND_DAYS) if self.published else None
            order = self._order_for(cues)
            dates = {c: _resolve(c, order, self.published, anchor, self.future_days) for c in cues}
            if not any(r is not None and (r.precision != "day" or (old is not None and r.date < old))
                       for r in dates.values()) and not self._offset_phrase(text):
                return got  # no background date nor "a day after": no side clause can count (the usual case)
            for lo, hi, days in _side_spans(text, cues, self.lang):
                inside = [c for c in cues if lo <= c[1] < hi]
                infos = [(c, r) for c in inside if (r := dates[c]) is not None]
                if days is None and not (inside and len(infos) == len(inside) and all(
                        r.precision != "day" or (old is not None and r.date < old) for _c, r in infos)):
                    continue
                got.append((lo, hi, days, infos))
        return got

    def _offset_phrase(self, text: str) -> bool:
        """Does the sentence hold a side clause's offset phrase ("a day after")? (A side clause without a
        background date counts only with one, see _side_spans.)"""
        offset = self.lang.side.offset if self.lang.side is not None else None
        return offset is not None and offset.search(_prepare(text, self.lang)[1]) is not None

    def _clause_infos(self, i: int) -> list[tuple[Cue, DateInfo]]:
        """Sentence ``i``'s cues (a dateline's aside) with the dates they resolve to, when they differ."""
        got = self._clauses.get(i)
        if got is None:
            info = self[i]  # dates the sentences an anchor needs, too
            # (not a dateline's date, nor "a week later": that one is counted from another date already)
            cues = [c for c in self._dated_cues(i) if c[0] != 7 and c[2] != "C"]
            got = []
            if len(cues) > 1 and info is not None:
                anchor = self._anchor(i, cues) if self._needs_anchor(cues) else None
                limit = _add_days(self.published, self.future_days) if self.published else None
                order = self._order_for(cues)
                for cue in cues:
                    r = _resolve(cue, order, self.published, anchor, self.future_days)
                    if r is not None and not (limit is not None and r.source == "explicit" and r.date > limit):
                        got.append((cue, r))
                if len({(r.date, r.precision) for _c, r in got}) < 2:
                    got = []
            self._clauses[i] = got
        return got

    def date_only(self, i: int) -> bool:
        """Is sentence ``i`` nothing but one date ("Monday 6 November 2023", "19 липня": a live blog's day)?"""
        text, cues = self.sentences[i], self._cues_of(i)
        if len(cues) != 1 or cues[0][2] != "E":
            return False
        rest = _BRACKETED_WEEKDAY.sub("", text[:cues[0][1]] + text[cues[0][3]:])  # "2024年1月1日（月）"
        return not any(ch.isalpha() for ch in rest)

    def leads_line(self, i: int) -> bool:
        """Does sentence ``i`` open with a date and a separator, as a timeline's lines do ("Feb. 24, 2022 —
        Russia invades Ukraine.", "24.02.2022 – ...", a live thread's "Sep 20, 13:00 — ...")?"""
        cues, text = self._cues_of(i), self.sentences[i]
        if not cues or cues[0][2] not in ("E", "MO") or text[:cues[0][1]].strip(" \t*•-–—"):
            return False
        after = _TIME.sub("", _COMMA_TIME.sub("", text[cues[0][3]:cues[0][3] + 14], count=1)).lstrip(" \t)")
        return after[:1] in ("-", "–", "—", ":", "|")

    def _dated_cues(self, i: int) -> list[Cue]:
        """Sentence ``i``'s cues as it was dated with (dates the sentences an anchor needs, too)."""
        self[i]
        return self._dated.get(i, self._cues_of(i))

    def _cues_of(self, i: int) -> list[Cue]:
        got = self._cues.get(i)
        if got is None:
            text = self.sentences[i]
            got = self._cues[i] = _sentence_cues(text, self.lang) if text else []
        return got

    def _needs_anchor(self, cues: list[Cue]) -> bool:
        """Can the earlier sentences change this one's date? (_resolve reads ``anchor`` only for these.)"""
        return any(c[2] in _ANCHORED or (self.published is None and c[2] in _REFERENCED)
                   or (self.published is not None and c[2] == "E" and _yearless(c))
                   or (c[2] == "MO" and c[1] == 0 and _yearless(c)) for c in cues)  # (a timeline's "August –")

    def _filled(self, k: int, cues: list[Cue]) -> list[Cue]:
        """Sentence ``k``'s cues, a day and month without a year given the year of the past the text is telling:
        that of a full date (either side) or a year before it in the same sentence ("17 września 1939 r. do
        Polski wkroczyła Armia Czerwona, a 28 września skapitulowała Warszawa"), else that of the date the
        nearest dated sentence before gave (within ANCHOR_SENTENCES), when it lies over HISTORY_DAYS before
        publication ("...on Aug. 6, 1945. Three days later, on Aug. 9, a second bomb destroyed Nagasaki").
        Not in a sentence about the future, nor in one tied to publication time ("on Sunday", "yesterday").
        Earlier sentences must be dated already."""
        if not any(map(_yearless, cues)) or any(
                c[2] in _RECENT or (c[2] == "T" and c[4][0] == "relative") for c in cues if c[0] != 7):
            return cues
        pub = self.published
        before = None
        if pub is not None:
            for j in range(k - 1, max(0, k - ANCHOR_SENTENCES) - 1, -1):
                info = self._info.get(j)
                if info is not None:  # (a year written there: not "in April last year")
                    if (info.source == "explicit" and info.precision in ("day", "month")
                            and (pub - info.date).days > HISTORY_DAYS
                            and any(_cue_year(c) == (info.date.year, "g") for c in self._dated.get(j, ()))):
                        before = (info.date.year, "g")
                    break
        text = self.sentences[k]
        out = []
        for c in cues:
            if _yearless(c):
                day = c[2] == "E"
                if day and any(o[2] == "E" and o[4][0] is not None and o[4][1:3] == c[4][1:3] for o in cues):
                    out.append(c)  # "on 11 July, ... the massacre of 11 July 1995": an anniversary
                    continue
                # a year before it; after it, a full date (a month alone: one right after, "avril et mai 1994")
                near = [(abs(o[1] - c[1]), yc) for o in cues if o[0] != 7 and (yc := _cue_year(o)) is not None
                        and (o[1] < c[1] or (o[2] == "E" if day else (
                            o[2] != "Y" and _CONJUNCTION_GAP.fullmatch(text, c[3], o[1]) is not None)))]
                year = min(near)[1] if near else before if day else self._timeline_year(k, c)
                cal = c[4][4] if day else c[4][1]
                if (year is not None and year[1] == cal
                        and (pub is None or year[0] < pub.year - _YEAR_OFFSET.get(year[1], 0))):
                    p = c[4]
                    c = (c[0], c[1], c[2], c[3], (year[0], *p[1:]) if day else (*p[:4], year[0]))
            out.append(c)
        return out

    def _timeline_year(self, k: int, cue: Cue) -> tuple[int, str] | None:
        """The year of a month alone heading a timeline's line ("Серпень — ...", "August – ..." under "6 August
        2024 – ..."): the first such month from the date the nearest dated line before gave."""
        if cue[1] != 0 or cue[4][1] != "g" or not _TIMELINE_DASH.match(self.sentences[k], cue[3]):
            return None
        for j in range(k - 1, max(0, k - ANCHOR_SENTENCES) - 1, -1):
            info = self._info.get(j)
            if info is not None and info.precision in ("day", "month"):
                return info.date.year + (cue[4][0] < info.date.month), "g"
        return None

    def _own_anchor(self, k: int, cues: list[Cue]) -> dt.date | None:
        """A full date written before the first cue that counts from an earlier one, in the same sentence: that
        cue counts from it ("Feb 12, 2025 – Trump calls Putin; officials meet in Riyadh six days later": Feb 18,
        not six days after the previous line's date). Not a dateline's date: that is when the story is told
        ("GOMA, 30 juin 2025 - Trois jours après la signature..."), unless it heads a line of a timeline."""
        first = min((c[1] for c in cues if c[2] in _ANCHORED), default=None)
        if first is None:
            return None
        for cue in sorted((c for c in cues if c[2] == "E" and c[1] < first and c[4][0] is not None and (
                c[0] != 7 or (c[1] == 0 and k > 0 and self.leads_line(k)))),
                key=lambda c: -c[1]):
            info = _resolve(cue, self._order_for(cues), self.published, None, self.future_days)
            if info is not None:
                return info.date
        return None

    def _anchor(self, k: int, cues: list[Cue]) -> dt.date | None:
        """The day the text last gave: in sentence ``k`` itself before its cues that count from one (see
        _own_anchor), else at most ANCHOR_SENTENCES back (those sentences are resolved already whenever
        sentence k needs it)."""
        own = self._own_anchor(k, cues)
        if own is not None:
            return own
        for j in range(k - 1, max(0, k - ANCHOR_SENTENCES) - 1, -1):
            info = self._info.get(j)
            if info is not None and info.precision == "day":
                return info.date
        return None


def publication_date(text: str, language: str | None) -> DateInfo | None:
    """The article's own date found in its text (dateline/byline first), None when unknown.

    Candidates are ranked: a date right after a byline word ("Published:", "Diperbarui"), a line that is
    only a date, a head line's last segment after "|" or a dash ("Halil Rahman, Muhammed Emin Canik |08.12.2024"), a
    dateline at the top ("STEPANAKERT, 28 октября"), a weekday-led date in the body in the
    "..., Minggu (4/10/2020)" style, then a full date closing a sentence after a comma ("..., officials
    said, 4 October 2020."). Dates the article reports ("on 27 September", "pada Jumat (2/10/2020)", or a
    date inside a sentence) never count, and a dateline without a year ("KYIV, March 3") cannot be
    completed, so a text without a dated stamp gives None (the caller keeps its metadata date).
    """
    if not text:
        return None
    lang, orig, low, explicit = _stamps(text, language)
    if not explicit:
        return None
    order = _order([explicit], lang)
    best: dt.date | None = None
    best_rank, precision = 99.0, "day"
    yearless: Cue | None = None
    for cue in explicit:
        if cue[2] == "MY":  # "May 2025" heading a report: its month (below any stamp of a day)
            if best_rank > MONTH_STAMP_RANK and cue[4][2] == "g" and _month_stamp(low, cue, lang):
                best, best_rank, precision = _mk(cue[4][0], cue[4][1], 1), MONTH_STAMP_RANK, "month"
            continue
        # A yearless dateline ("KYIV, March 3") cannot be completed: years in the body are the years of
        # the events it reports (an anniversary piece cites 1999), so guessing from them is wrong.
        if cue[4][0] is None:
            if yearless is None and cue[2] == "E" and _publication_rank(orig, low, cue, lang) == DATELINE_RANK:
                yearless = cue
            continue
        rank = _publication_rank(orig, low, cue, lang)
        if rank is None or rank >= best_rank:
            continue
        got = _explicit_date(_period_end(low, cue), order, None)
        if got is not None:
            best, best_rank, precision = got, rank, "day"
    if yearless is not None and best is not None and precision == "day" and best_rank > DATELINE_RANK:
        # ... but a weaker stamp in the body (a photo caption's "Jan. 11, 2025" under "KHARTOUM, Jan 12 (AP)")
        # less than a month from it gives its year: the dateline's own day is the story's
        got = _explicit_date(yearless[4], order, best, RECENT_DAYS)
        if got is not None and abs((got - best).days) <= RECENT_DAYS:
            best = got
    return DateInfo(best, precision, "publication") if best else None


def _stamps(text: str, language: str | None) -> tuple[_Lang, str, str, list[Cue]]:
    """The language data, the text prepared (as written, lower-cased) and its explicit dates, found only
    around the probes' hits (the stretches where a full date can be)."""
    lang = _lang_for(language)
    orig, low = _prepare(text, lang)
    toks: list[Token] = []
    for a, b in _windows(low, lang):
        toks.extend(_tokens(orig, low, lang, a, b))
    return lang, orig, low, [c for c in _cues(low, toks, lang) if c[2] in ("E", "MY")]


def dateline_day(text: str, language: str | None, published: dt.date) -> dt.date | None:
    """The day the article's own stamp gives (its dateline, "KINSHASA, 7 février (AFP) -"), the year taken
    from ``published`` when the stamp has none, when that day lies within DATELINE_DAYS of ``published``
    and differs from it: wire copy is often published the day after its dateline, and "hier" (yesterday)
    counts from the dateline. None otherwise (then ``published`` is the reference)."""
    lang, orig, low, explicit = _stamps(text[:HEAD_CHARS + 100], language)
    if not explicit:
        return None
    order = _order([explicit], lang)
    for cue in explicit:
        rank = _publication_rank(orig, low, cue, lang) if cue[2] == "E" else None
        if rank is None or rank > 1.5:
            continue
        got = _explicit_date(_period_end(low, cue), order, published, future_days=DATELINE_DAYS)
        if got is not None and got != published and abs((got - published).days) <= DATELINE_DAYS:
            return got
        return None
    return None


# A day range's start, then its end: "18-24 April", "3-10 octobre", "1-15 de mayo", "5-12 أغسطس"
_PERIOD = re.compile(_RANGE_START.pattern.removesuffix(r"\s*$") + r"\s*(\d{1,2})(?!\d)")


def _period_end(low: str, cue: Cue) -> tuple:
    """A stamp's date parts: a period's last day for a range ("Reporting period: 18-24 April 2025", "Week of 5-11
    April 2025"). The report covers the days up to it, so it is written then, and its "this week" or "on
    Tuesday" count from there; as an event date the range gives its first day (see _explicit)."""
    payload = cue[4]
    if payload[3]:  # numeric dates take no range
        return payload
    m = _PERIOD.match(low, cue[1])
    if m is None or int(m.group(1)) != payload[2] or not payload[2] < int(m.group(2)) <= 31:
        return payload
    return (*payload[:2], int(m.group(2)), *payload[3:])


def _month_stamp(low: str, cue: Cue, lang: _Lang) -> bool:
    """Is a month and year a head line of its own ("May 2025", "Avril 2025", "As of May 2025", "Situation report |
    April 2025"): the month a report covers and was written in?"""
    st, en = cue[1], cue[3]
    line_start = low.rfind("\n", 0, st) + 1
    line_end = low.find("\n", en)
    line_end = len(low) if line_end < 0 else line_end
    if st >= HEAD_CHARS or _lines_above(low, line_start) > HEAD_LINES or _clock_rest(low[en:line_end]):
        return False
    if lang.next_issue and lang.next_issue.search(low, line_start, st):
        return False  # "Next update: June 2025"
    prefix = low[line_start:st].strip()
    return (not prefix or prefix[-1] in "|:–—" or (lang.as_of is not None and lang.as_of.search(low, line_start, st))
            or bool(lang.byline and lang.byline.search(low, line_start, st)))


def _windows(low: str, lang: _Lang) -> list[tuple[int, int]]:
    """Merged stretches of text around probe hits, cut at spaces: the only places a full date can be; and the
    head, where a month and year may stamp a report ("May 2025", see _month_stamp)."""
    head = low.find(" ", HEAD_CHARS) if len(low) > HEAD_CHARS else -1
    spans = [(0, len(low) if head < 0 else head)]
    probes = lang.probes if "年" not in low and "년" not in low else (*lang.probes, _YMD_PROBE)
    for probe in probes:
        for m in probe.finditer(low):
            a, b = max(0, m.start() - 80), m.end() + 80
            a = low.rfind(" ", 0, a) + 1 if a > 0 else 0
            b = low.find(" ", b) if b < len(low) else -1
            spans.append((a, len(low) if b < 0 else b))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _publication_rank(orig: str, low: str, cue: Cue, lang: _Lang) -> float | None:
    """Lower is better; None means the date is one the article reports, not its own."""
    _, st, _, en, payload = cue
    line_start = low.rfind("\n", 0, st) + 1
    line_end = low.find("\n", en)
    line_end = len(low) if line_end < 0 else line_end
    if lang.byline and lang.byline.search(low, max(line_start, st - 60), st):
        return 0.0
    if lang.next_issue and st - line_start <= NEXT_LABEL and lang.next_issue.search(low, line_start, st):
        return None  # "Next update: 1 May 2025": when the next report is due
    head = st < HEAD_CHARS and _lines_above(low, line_start) <= HEAD_LINES
    if head and lang.as_of and lang.as_of.search(low, line_start, st) and not _clock_rest(low[en:line_end]):
        return 1.1  # "As of 28 January 2025", "Au 5 mai 2025", "...станом на 08:00 14 листопада 2024 року"
    if _after_preposition(low, st, lang):
        return None
    prefix = low[line_start:st].strip()
    if line_end - line_start - (en - st) <= 80 and (not prefix or prefix[-1] in _DATELINE_END + ")）"):
        # a line that is just a date (and a time, or a short label after a separator or a bracket: "（中央社記者
        # 林巧璉高雄3日電）民國113年10月3日")
        rest = _TIME.sub("", prefix + " " + low[en:line_end])
        if len(rest.strip(" \t\r|,-–—:()[]/.")) <= 25:
            return 1.0
    if head and _segment_stamp(low, line_start, st, en, line_end):
        return 1.2
    if head and _dateline(orig, line_start, st, en, line_end, bool(payload[5])):
        return DATELINE_RANK
    if payload[5] == 2:
        return 3.0
    before, after = low[max(0, st - 3) : st].rstrip(), low[en : en + 3].lstrip(" \t\"'”»)")
    if payload[0] is not None and before[-1:] in (",", "،") and (not after or after[0] in ".\n"):
        return 3.5  # an attribution stamp closing a sentence: "..., the ministry said, 4 October 2020."
    return None


_SEGMENT_OPEN = re.compile(r"(?:\||[^\S\n][-–—]|[–—])[^\S\n]*$")  # "Canik |", "כאן חדשות |", "calédoniennes —"
_ZONE = re.compile(r"(?<!\w)(?:gmt|utc|bst|cet|cest|eet|eest|est|edt|cst|cdt|pst|pdt|aest|aedt|msk|мск|ist)(?!\w)")
SEGMENT_LINE = 120  # a head line that ends in its date segment is a byline or an outlet's line, no longer


def _segment_stamp(low: str, line_start: int, st: int, en: int, line_end: int) -> bool:
    """Is the date the last segment of a short line, after a separator ("|", a dash): a byline's or an outlet's
    date ("Halil Rahman, Muhammed Emin Canik |08.12.2024", "מאת: איתי בלומנטל, כאן חדשות | 16.07.2025", "Les
    Nouvelles calédoniennes — mardi 15 juillet 2025")? (Asked of head lines only.)"""
    if line_end - line_start > SEGMENT_LINE or not _SEGMENT_OPEN.search(low, line_start, st):
        return False
    return not _clock_rest(low[en:line_end])


def _clock_rest(rest: str) -> str:
    """What follows a stamp's date on its line but for a clock time, a time zone and punctuation ("09.12 GMT")."""
    return _ZONE.sub("", _TIME.sub("", rest)).strip(" \t\r|,-–—:()[]/.")


def _lines_above(low: str, line_start: int) -> int:
    """Non-blank lines above the line that starts at ``line_start`` (a headline, a standfirst, a byline)."""
    return sum(1 for line in low[:line_start].split("\n") if line.strip())


def _dateline(orig: str, line_start: int, st: int, en: int, line_end: int, weekday: bool) -> bool:
    """A dateline: "STEPANAKERT, 28 октября." / "Bakü, 8 Kasım 2020 (AA) -" / "4 Oct 2020 | Armenia".

    That is a short header of capitalised words ending in a separator, or the date opening the line and
    followed by a separator. At the very top of the text, or with a weekday ("Sunday, October 4, 2020
    Fighting ..."), no separator is needed: scraped text often loses the line break after a dateline.
    """
    header = orig[line_start:st].strip()
    if not header:
        after = _TIME.sub("", orig[en:line_end]).lstrip()
        return not after or after[0] in _DATELINE_END or weekday or not orig[:st].strip()
    return _cable(orig, en, header) or _header_like(_without_day_word(header)) or _caseless_header(
        header, orig[en:line_end])


def _caseless_header(header: str, rest: str) -> bool:
    """A city in a script without capitals, where datelines often have no separator either: "เชียงใหม่ 7 ต.ค. 2567
    (ไทยรัฐออนไลน์)", "الرياض 15 أكتوبر 2024 م واس", "أربيل - روداو 26 تشرين الثاني 2025". One or two words (a
    dash between them too), and the line ends soon after the date (an agency's name), which a sentence opening
    "เมื่อวันที่ 5 ต.ค. 2567 ..." does not."""
    return (sum(any(map(str.isalpha, w)) for w in header.split()) <= 2 and any(map(str.isalpha, header))
            and not any(c.isdigit() or c.isupper() or c.islower() for c in header)
            and len(_TIME.sub("", rest).strip()) <= DATELINE_TAIL)


def _cable(orig: str, en: int, header: str) -> bool:
    """"新华社北京6月18日电": a Chinese agency's cable from Beijing of 18 June (the date is its dateline's)."""
    return orig[en:en + 1] in ("电", "電") and len(header) <= 20


def _without_day_word(header: str) -> str:
    """A dateline's header without the short lower-case word before its date: "PHNOM PENH, ngày" (25/7),
    "PARIS, le" (5 octobre)."""
    words = header.split()
    if len(words) > 1 and words[-1].isalpha() and words[-1].islower() and len(words[-1]) <= 5:
        return header[: -len(words[-1])].rstrip()
    return header


def _header_like(header: str) -> bool:
    """ "STEPANAKERT," / "SAVANNAH, Georgia," / "Bisnis.com, JAKARTA -": a few capitalised words, and short
    lower-case ones inside a name ("SREBRENICA, Bosnia and Herzegovina,", "KINSHASA, Democratic Republic of the
    Congo,")."""
    words = header.split()
    return (
        header[-1] in _DATELINE_END
        and len(words) - sum(len(w) <= 3 and w.isalpha() and w.islower() for w in words) <= 5
        and all(not w[0].isalpha() or not w[0].islower() or "\u10d0" <= w[0] <= "\u10ff"
                or (0 < k < len(words) - 1 and len(w) <= 3 and w.isalpha() and words[k - 1][-1] not in ",;:")
                for k, w in enumerate(words))
        and sum(len(w) <= 3 and w.isalpha() and w.islower() for w in words) <= 2
    )  # Georgian letters are Unicode lower case, in a script without capitals: "თბილისი, 5 ოქტომბერი"
