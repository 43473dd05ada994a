"""Build geodata/data/dates/<lang>.json from CLDR (via babel) plus hand-written additions.

Month and weekday names come from CLDR so that we do not hand-type hundreds of inflected and regional
forms; everything CLDR does not know (relative words, context phrases, markers, extra inflections) lives
in geodata/data/dates/extra/<lang>.json and is merged in. The generated files are committed, and
tests/test_dates.py fails when they drift from what this script produces, so edit the extra files (or
upgrade babel) and re-run:

    .venv/bin/python scripts/build_date_data.py          # rewrite the files
    .venv/bin/python scripts/build_date_data.py --check  # exit 1 when a file is stale
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from babel import Locale
from babel.localedata import locale_identifiers
from babel.numbers import get_decimal_symbol

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "geodata" / "data" / "dates"
EXTRA_DIR = DATA_DIR / "extra"
LANGUAGES = ("en", "id", "ru", "uk", "tr", "fr", "es", "de", "ar", "hy", "az", "it", "pt", "fa", "pl", "nl", "ro",
             "zh", "ja", "ko", "he", "ka", "cs", "sv", "el", "hi", "ur", "vi", "ms", "sw", "tl", "uz", "ca", "hr", "bs",
             "sr", "sl", "sk", "bg", "mk", "lt", "lv", "hu", "fi", "da", "nb", "so", "kk", "ky", "tg", "tk",
             "bn", "ta", "ne", "ps", "ha", "am", "mr", "te", "th", "km", "my", "et", "sq", "pa", "ckb", "ku")
WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# Keys copied verbatim from the extra file, in output order (month/weekday lists are built separately).
PASSTHROUGH = (
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


# ordinal day words (Arabic "العاشر" = 10th), Solar Hijri months, date words glued to their neighbours (CJK),
# one-letter conjunctions written onto the next word (Arabic "وقبل يومين"), words that make a date the start
# of an ongoing state ("since 2014": no event date), future verbs that make a bare weekday after them in the
# sentence the coming one ("will meet on Monday"), words that make a weekday the one of the publication's week
# ("nesta sexta-feira", "este viernes"), relative words a future verb in their clause turns (Hindi "कल",
# yesterday or tomorrow), past auxiliaries that make a future word right after them a past plan ("was
# scheduled for"), years written in the Buddhist era (Thai "พ.ศ. 2563" is 2020), and whether a bare year before
# a lower-case word counts (German capitalises nouns: "2014 annektierte Russland", but "2014 Stimmen"), and
# whether a year written as an ordinal ("izgrađen 1933. u Glasgowu") counts before a lower-case word or a comma, and
# markers that make a weekday the coming one unless a past verb in its clause makes it the last one (Norwegian
# "på mandag": "spiller på søndag", plays on Sunday to come; "sa på mandag", said last Monday), and words
# before a month that make it the coming one ("until September", "hasta septiembre": the season runs on), and
# future auxiliaries that follow the verb in verb-final languages (Persian "خواهد", Urdu "گی"), and phrases that
# name a day of the month alone ("el día {n}", "no dia {n}", "on the {n}th": the latest such day), and phrases
# that name the day of publication whole years or months back ("a year ago today", "il y a un an jour pour jour"),
# and words written onto a weekday that name its week (Chinese "上周五", last week's Friday), with the characters
# that make a number word ending a weekday a count instead ("上周一名男子": a man, last week), and era names with
# the year before the era's first (Taiwan's "民國113年" is 2024, Japan's "令和6年" too), the word for an era's first
# year ("令和元年"), and the era of a bare three-digit year ("113年10月3日", "113/10/15" in Taiwan), and what sets
# off a side clause whose date is a background fact, not the main clause's ("Nazarbayev, who ruled until 2019"),
# and words right before a weekday, not a month, that make it the coming one ("najavila je za subotu", but
# "inflacija za februar" is last February's), and holidays that name one day, with its month and day ("Christmas
# Eve", "на Рождество": 7 January where the Orthodox church keeps the Julian calendar), and the words that make
# the Gregorian date after another calendar's the same day (Arabic "الموافق"), and words after a date, or endings
# of its last word ("-dan"), that make it the start of an ongoing state (Uzbek "2023-yildan beri", since 2023),
# and whether the press writes a day and month with a point after a preposition though decimals take one too
# (Hebrew "ב-16.7"), and the words that date a report at the end of a head line ("As of", "станом на") or make a
# labelled date the next report's ("Next update:")
OPTIONAL = ("day_words", "calendars", "calendar_bridges", "glued", "proclitics", "ongoing", "ongoing_after",
            "future_verbs", "future_endings",
            "future_inflections", "future_inflections_not", "clause_words", "this_markers", "relative_future",
            "past_auxiliaries", "buddhist_era", "bare_years", "dotted_years", "tense_markers", "past_verbs",
            "until_markers", "future_words_after", "days_of_month", "same_day", "week_prefixes", "weekday_future",
            "holidays",
            "count_words", "eras", "era_first_year", "bare_era", "side_clauses", "dotted_dates", "report_stamps")


def _clean(name: str) -> str:
    """CLDR abbreviations end in '.' and some names carry NBSP; the matcher treats both as gaps."""
    return " ".join(name.replace("\u00a0", " ").replace("\u202f", " ").split()).rstrip(".")


def _usable(name: str) -> bool:
    """Drop one-letter and digit-bearing forms (narrow/short widths like 'B.' or '۱ش'): pure noise."""
    letters = [c for c in name if c.isalpha()]
    return len(letters) >= 2 and not any(c.isdigit() for c in name)


def _locales(lang: str) -> list[Locale]:
    """The base locale plus its regional variants in the same script (ar_SY gives Levantine months)."""
    ids = [lang]
    for ident in sorted(locale_identifiers()):
        parts = ident.split("_")
        if parts[0] == lang and len(parts) == 2 and (parts[1].isupper() or parts[1].isdigit()):
            ids.append(ident)
    return [Locale.parse(i) for i in ids]


def _add(bucket: list[str], seen: set[str], name: str) -> None:
    name = _clean(name)
    key = name.casefold()
    if _usable(name) and key not in seen:
        seen.add(key)
        bucket.append(name)


def _cldr_names(locales: list[Locale], attr: str, count: int, first: int) -> tuple[list, list]:
    """Full (wide) and abbreviated forms for every month/weekday, format and stand-alone contexts."""
    full: list[list[str]] = [[] for _ in range(count)]
    abbr: list[list[str]] = [[] for _ in range(count)]
    seen: set[str] = set()
    for width, out in (("wide", full), ("abbreviated", abbr)):
        for loc in locales:
            table = getattr(loc, attr)
            for context in ("format", "stand-alone"):
                names = table.get(context, {}).get(width, {})
                for i in range(count):
                    if i + first in names:
                        _add(out[i], seen, names[i + first])
    return full, abbr


def _merge(base: list[list[str]], extra: dict[str, list[str]], keys: list[str]) -> list[list[str]]:
    """Append hand-written forms (keyed '1'..'12' or 'mon'..'sun') after the CLDR ones, without repeats."""
    seen = {n.casefold() for forms in base for n in forms}
    out = [list(forms) for forms in base]
    for i, key in enumerate(keys):
        for name in extra.get(key, []):
            if name.casefold() not in seen:
                seen.add(name.casefold())
                out[i].append(name)
    return out


# What a language takes from those it "borrow"s: full month and weekday names, then the words of these keys (its
# own entries win). Croatian, Bosnian and Serbian articles are told apart badly by language detection, so each
# reads the others' date words ("26. veljače" in an article detected as Bosnian).
BORROWED_NAMES = ("months", "weekdays")
BORROWED_KEYS = ("relative", "context", "counted", "numbers", "future_markers", "past_markers", "month_only",
                 "year_only", "date_prepositions", "byline_cues", "ongoing", "future_verbs", "future_words_after",
                 "weekday_future", "holidays")


def _borrow(data: dict[str, Any], other: dict[str, Any]) -> None:
    """Add ``other``'s names and words to ``data`` (in place), after its own and without repeats."""
    for key in BORROWED_NAMES:
        data[key] = _merge(data[key], {str(i): forms for i, forms in enumerate(other[key])},
                           [str(i) for i in range(len(data[key]))])
    for key in BORROWED_KEYS:
        mine, theirs = data.get(key), other.get(key)
        if theirs is None:
            continue
        if mine is None:
            data[key] = theirs
        elif isinstance(mine, list):
            data[key] = mine + [w for w in theirs if w not in mine]
        elif all(isinstance(v, list) for v in mine.values()) and set(mine) <= {"before", "after", "forms"}:
            data[key] = {k: mine.get(k, []) + [w for w in theirs.get(k, []) if w not in mine.get(k, [])]
                         for k in dict.fromkeys([*mine, *theirs])}
        else:
            data[key] = mine | {k: v for k, v in theirs.items() if k not in mine}


def build(lang: str, borrow: bool = True) -> dict[str, Any]:
    """The complete data for one language: CLDR names, minus exclusions, plus the extra file, plus the names and
    words of the languages it borrows from."""
    extra = json.loads((EXTRA_DIR / f"{lang}.json").read_text(encoding="utf-8"))
    locales = _locales(lang)
    months, months_abbr = _cldr_names(locales, "months", 12, 1)
    weekdays, weekdays_abbr = _cldr_names(locales, "days", 7, 0)
    exclude = {n.casefold() for n in extra.get("exclude", [])}
    demote = {n.casefold() for n in extra.get("demote", [])}

    def drop(lists: list[list[str]], names: set[str]) -> list[list[str]]:
        return [[n for n in forms if n.casefold() not in names] for forms in lists]

    months, months_abbr = drop(months, exclude), drop(months_abbr, exclude)
    weekdays_abbr = [
        a + [n for n in f if n.casefold() in demote] for f, a in zip(weekdays, weekdays_abbr, strict=True)
    ]
    weekdays, weekdays_abbr = drop(drop(weekdays, exclude), demote), drop(weekdays_abbr, exclude)
    month_keys = [str(i) for i in range(1, 13)]
    data: dict[str, Any] = {"language": lang}
    data["months"] = _merge(months, extra.get("months", {}), month_keys)
    data["months_abbr"] = _merge(months_abbr, extra.get("months_abbr", {}), month_keys)
    data["weekdays"] = _merge(weekdays, extra.get("weekdays", {}), list(WEEKDAY_KEYS))
    data["weekdays_abbr"] = _merge(weekdays_abbr, extra.get("weekdays_abbr", {}), list(WEEKDAY_KEYS))
    # An abbreviation identical to a full name is just the full name (Arabic CLDR repeats them).
    full = {n.casefold() for forms in data["months"] for n in forms}
    data["months_abbr"] = [[n for n in forms if n.casefold() not in full] for forms in data["months_abbr"]]
    full = {n.casefold() for forms in data["weekdays"] for n in forms}
    data["weekdays_abbr"] = [[n for n in f if n.casefold() not in full] for f in data["weekdays_abbr"]]
    for key in PASSTHROUGH:
        data[key] = extra[key]
    # "1.2" is first a number where decimals take a point (see dates._decimal)
    data["decimal"] = get_decimal_symbol(lang)
    for key in OPTIONAL:
        if key in extra:
            data[key] = extra[key]
    for other in extra.get("borrow", []) if borrow else ():
        _borrow(data, build(other, borrow=False))
    return data


def render(data: dict[str, Any]) -> str:
    """One top-level key per line and one month/weekday per line: small, stable diffs."""
    lines = ["{"]
    items = list(data.items())
    for n, (key, value) in enumerate(items):
        comma = "," if n < len(items) - 1 else ""
        if key in ("months", "months_abbr", "weekdays", "weekdays_abbr"):
            rows = ",\n".join("  " + json.dumps(v, ensure_ascii=False) for v in value)
            lines.append(f"{json.dumps(key)}: [\n{rows}\n]{comma}")
        else:
            lines.append(f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale files (exit 1)")
    parser.add_argument("languages", nargs="*", default=list(LANGUAGES))
    args = parser.parse_args(argv)
    stale = []
    for lang in args.languages:
        path = DATA_DIR / f"{lang}.json"
        text = render(build(lang))
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        stale.append(lang)
        if not args.check:
            path.write_text(text, encoding="utf-8")
    if args.check and stale:
        print("stale date data (run scripts/build_date_data.py):", ", ".join(stale), file=sys.stderr)
        return 1
    if stale:
        print("wrote", ", ".join(f"{lang}.json" for lang in stale))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
