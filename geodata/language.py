"""Which language an article is written in (ISO 639-1), detected offline with lingua.

Detection runs on a sample of the text (its opening sentences) because lingua's cost grows with length
and the opening is representative for news. Close relatives the fast pass confuses (Indonesian and
Malay, ...; ``data/confusable_languages.txt``) get a second, careful look at more text. Languages lingua does
not know at all (Kyrgyz, Tajik, Turkmen, Uzbek, Kurdish) are told by their letters where its answer is a known
confusion (``data/letter_languages.txt``). Metadata, when a reader found any, wins.

Codes are ISO 639-1, but for Sorani (Central Kurdish), which has none: it is ``ckb`` (ISO 639-3, as CLDR names
it), and Kurmanji is ``ku``.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from pathlib import Path

SAMPLE_CHARS = 200  # measured: 148/149 gold articles right, 0.8 ms (400 chars: 1.4 ms, no better)
CAREFUL_CHARS = 1500  # the second look at close relatives (1,000: 93/94 Indonesian texts right; 1,500: 94/94)
UNSURE = 0.95  # below this confidence the fast pass's answer gets the careful second look ...
RIVAL = 0.05  # ... among the languages it gave at least this much
CONFUSABLE = Path(__file__).resolve().parent / "data" / "confusable_languages.txt"
SCRIPT_LANGUAGES = Path(__file__).resolve().parent / "data" / "script_languages.txt"
LETTER_LANGUAGES = Path(__file__).resolve().parent / "data" / "letter_languages.txt"
# Codes beyond lingua's tables: Sorani's own, Kurmanji's ISO 639-3 code and the Kurdish macrolanguage's.
_OTHER_CODES = {"ckb": "ckb", "kmr": "ku", "kur": "ku"}
_CONDITION = re.compile(r"^(.+)(>=|<=)(\d+)$")
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _detector():
    from lingua import LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()


@lru_cache(maxsize=1)
def _confusable() -> dict[str, tuple[str, ...]]:
    """ISO code -> its group of close relatives."""
    out: dict[str, tuple[str, ...]] = {}
    for line in CONFUSABLE.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0]
        answer, one_way, others = line.partition(":")
        group = tuple(sorted({*answer.split(), *others.split()}))
        for code in (answer.split() if one_way else group):
            out[code] = group
    return out


@lru_cache(maxsize=1)
def _script_languages() -> list[tuple[int, int, str]]:
    """(first, last code point, language) of the scripts in ``data/script_languages.txt``."""
    out = []
    for line in SCRIPT_LANGUAGES.read_text(encoding="utf-8").splitlines():
        fields = line.split("#", 1)[0].split()
        if fields:
            first, _, last = fields[0].partition("-")
            out.append((int(first, 16), int(last, 16), fields[1]))
    return out


@lru_cache(maxsize=1)
def _script_pattern() -> re.Pattern[str]:
    return re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi, _code in _script_languages()) + "]")


def _by_script(sample: str) -> str | None:
    """The language of a script lingua does not know (Amharic's Ethiopic, Khmer...), when most of the
    sample's letters are in it."""
    if not _script_pattern().search(sample):
        return None  # (the usual case, found at C speed)
    letters = [ord(ch) for ch in sample if ch.isalpha()]
    counts = {code: sum(lo <= cp <= hi for cp in letters) for lo, hi, code in _script_languages()}
    best = max(counts, key=counts.__getitem__, default=None)
    return best if best is not None and counts[best] * 2 > len(letters) else None


@lru_cache(maxsize=1)
def _letter_rules() -> dict[str, list[tuple[str, list[tuple[re.Pattern[str], bool, int]]]]]:
    """lingua's answer ('*': any) -> the rules of ``data/letter_languages.txt`` that may override it, in
    order: (language, [(pattern, at least?, count)])."""
    out: dict[str, list] = {}
    for line in LETTER_LANGUAGES.read_text(encoding="utf-8").splitlines():
        fields = line.split("#", 1)[0].split()
        if len(fields) < 3:
            continue
        conditions = []
        for field in fields[2:]:
            pattern, op, count = _CONDITION.match(field).groups()
            conditions.append((re.compile(pattern), op == ">=", int(count)))
        for answer in fields[1].split(","):
            out.setdefault(answer, []).append((fields[0], conditions))
    return out


def _holds(lower: str, pattern: re.Pattern[str], at_least: bool, count: int) -> bool:
    found = len(pattern.findall(lower))
    return found >= count if at_least else found <= count


def _by_letters(sample: str, answer: str) -> str | None:
    """A language lingua does not know (Kyrgyz, Tajik, Turkmen, Uzbek), when lingua's ``answer`` is one it
    gives for it and the sample has that language's letters; else None (lingua's answer stands)."""
    rules = _letter_rules()
    candidates = rules.get(answer, []) + rules.get("*", [])
    if not candidates:
        return None
    lower = sample.lower()
    for code, conditions in candidates:
        if code != answer and all(_holds(lower, *condition) for condition in conditions):
            return code
    return None


@lru_cache(maxsize=64)
def _careful_detector(group: tuple[str, ...]):
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in group]
    return LanguageDetectorBuilder.from_languages(*languages).build()


def _sample(text: str, chars: int) -> str:
    sample = text[: chars * 2]
    if len(sample) > chars:
        cut = sample.find(" ", chars)
        sample = sample[: cut if cut > 0 else chars]
    return sample


def normalise(code: str | None) -> str | None:
    """'en-US' / 'EN' / 'eng' -> 'en'; 'ckb', 'ku-Arab' (Kurdish in Arabic script) -> 'ckb' (Sorani); 'kmr' ->
    'ku'; None for empty or unknown."""
    if not code:
        return None
    subtags = code.strip().replace("_", "-").lower().split("-")
    code = _OTHER_CODES.get(subtags[0], subtags[0])
    if code in ("ku", "ckb"):
        return "ckb" if "arab" in subtags[1:] else code  # (our Sorani data is that of the Arabic script)
    if len(code) == 2 and code.isalpha():
        return code
    if len(code) == 3:
        from lingua import IsoCode639_3, Language

        try:
            return Language.from_iso_code_639_3(IsoCode639_3.from_str(code)).iso_code_639_1.name.lower()
        except (ValueError, AttributeError):
            return None
    return None


def detect(text: str) -> str | None:
    """Best guess of the language of ``text``, or None when there is too little text to tell."""
    sample = _sample(text, SAMPLE_CHARS)
    if sum(ch.isalpha() for ch in sample) < 10:
        return None
    own_script = _by_script(sample)
    if own_script is not None:  # lingua would name a language from the few Latin words ("RFA", "MNDAA")
        return own_script
    with _lock:
        values = _detector().compute_language_confidence_values(sample)
        if not values or values[0].value <= 0.0:
            return None
        code = values[0].language.iso_code_639_1.name.lower()
        other = _by_letters(sample, code)
        if other is not None:
            return other
        group = _confusable().get(code or "")
        if values[0].value < UNSURE:  # a name-heavy opening: English news read as Tagalog or Latin
            rivals = [v.language.iso_code_639_1.name.lower() for v in values[:3] if v.value >= RIVAL]
            group = tuple(sorted({*(group or ()), code, *rivals}))
        if group:
            wide = _sample(text, CAREFUL_CHARS)
            careful = _careful_detector(group).detect_language_of(wide)
            code = careful.iso_code_639_1.name.lower() if careful else code
            code = _by_letters(wide, code) or code  # (Serbian in Latin script: lingua knows only its Cyrillic)
    return code
