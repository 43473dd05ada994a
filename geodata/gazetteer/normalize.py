"""Tokens and keys shared by the gazetteer build and the matcher, so both sides normalise identically.

A name key is its tokens (runs of letters, marks and digits) lower-cased and joined by single spaces,
framed by spaces: " nagorno karabakh ". Matching keys against the text's token string therefore only
ever finds whole words, in any script, and punctuation inside names ("Nagorno-Karabakh",
"Ankara'da", "l'Arménie") needs no special case.

Inflected forms are found through stems: a script-level stemmer (Cyrillic, Greek, Armenian, Georgian case endings) is
applied to keys and text alike, and language-level suffix stripping (Azerbaijani, German genitive,
Arabic proclitics...) to text tokens only. The suffix lists live in ``data/suffixes.json``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import Any

import regex

# Modifier letters that are apostrophes (Uzbek "Oʻzbekiston", Ukrainian "Словʼянськ", "Ṣanʿāʾ") split words as
# the apostrophe the press types for them does ("O'zbekiston"), so that either spelling meets the other.
_APOSTROPHES = "\u02b9\u02bb-\u02bf"
_HAS_APOSTROPHE = re.compile(f"[{_APOSTROPHES}]")
TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]+")
TOKEN_APOSTROPHES = regex.compile(f"[[\\p{{L}}\\p{{M}}\\p{{N}}]--[{_APOSTROPHES}]]+", regex.V1)  # slower: when needed
# Scripts written without spaces between words (Thai, Myanmar, Khmer, Lao, kana, Han): each character is a
# token of its own, so names are found inside runs of text ("俄罗斯军队" holds "俄罗斯"). Hangul is not
# among them: Korean spaces its words. Texts without such characters (a 13 µs check) keep the plain,
# faster tokeniser; both give the same tokens there.
_CHAR_RANGES = ("\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
                "\uf900-\ufaff\U00020000-\U000323af")
_HAS_CHAR_SCRIPT = re.compile(f"[{_CHAR_RANGES}]")
TOKEN_CHARS = regex.compile(f"[[\\p{{L}}\\p{{M}}\\p{{N}}]--[{_CHAR_RANGES}{_APOSTROPHES}]]+|[{_CHAR_RANGES}]\\p{{M}}*",
                            regex.V1)


# Hebrew marks a changed letter with a geresh (ג' is j, צ' ch): "ג'נין" (Jenin), "צ'כיה" (Czechia) are one word, and
# fold drops the mark, as GeoNames often spells them without it ("גנין"). Only texts with such a word use this.
_GERESH = "'׳’\"״"  # geresh and gershayim: "ח'אן יונס", the acronyms ארה"ב (the US), יו"ש
_HAS_GERESH = re.compile(f"[א-ת][{_GERESH}][א-ת]")
TOKEN_GERESH = regex.compile(f"[\\p{{L}}\\p{{M}}\\p{{N}}]+(?:[{_GERESH}](?=[א-ת])[\\p{{L}}\\p{{M}}\\p{{N}}]+)*")


DATA = Path(__file__).resolve().parent.parent / "data"


def _tokenizer(text: str) -> regex.Pattern:
    if _HAS_CHAR_SCRIPT.search(text):
        return TOKEN_CHARS
    if _HAS_APOSTROPHE.search(text):
        return TOKEN_APOSTROPHES
    return TOKEN_GERESH if _HAS_GERESH.search(text) else TOKEN


def _build_fold_table() -> dict[int, str]:
    """Accented Latin and Greek letters -> their base letters, plus the few other foldings, for str.translate."""
    table: dict[int, str] = {}
    # Latin and Greek letters lose their accents (the Greek stress mark moves as words inflect: Κίεβο, Κιέβου)
    for cp in list(range(0x00C0, 0x0250)) + list(range(0x1E00, 0x1F00)) + list(range(0x0386, 0x03D0)) + list(
            range(0x1F00, 0x2000)):
        ch = chr(cp)
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        if base != ch and base:
            table[cp] = base.lower()
    table[ord("ё")] = "е"
    table[ord("և")] = "եվ"
    table[0x0307] = None  # the dot that lower() leaves on Turkish İ
    # Arabic script: short-vowel marks and tatweel go (names are listed without them). Hamza forms of
    # alef are kept apart: folding them made "أمن" (security) the Swiss town Emmen (measured, reverted).
    for cp in [*range(0x064B, 0x0653), 0x0670, 0x0640]:
        table[cp] = None
    # Arabic kaf and yeh are one letter each with Persian and Urdu keheh and yeh (ك/ک, ي/ی): GeoNames spells
    # Kashan "كاشان", Tehran's press "کاشان". Alef maksura (ى) stays apart: Arabic "على" (on) is not "علي" (Ali).
    table[0x0643] = "\u06a9"
    table[0x064A] = "\u06cc"
    _VARIANT_LETTERS.update((0x0643, 0x064A))
    # Ethiopic letters that sound alike are written either way (ሐ/ኀ for ሀ, ሠ for ሰ, ዐ for አ, ፀ for ጸ, in each
    # of the seven vowel orders): "ባህር ዳር" and GeoNames' "ባሕር ዳር" are Bahir Dar.
    for first, base in ((0x1210, 0x1200), (0x1280, 0x1200), (0x1220, 0x1230), (0x12D0, 0x12A0), (0x1340, 0x1338)):
        for order in range(7):
            table[first + order] = chr(base + order)
            _VARIANT_LETTERS.add(first + order)
    # Japanese writes the v of loanwords as ヴ or ブ (ゔ, ぶ in hiragana): GeoNames has "ジュネーヴ", the press
    # "ジュネーブ" (Geneva). One letter each; kana are a token per character, so ヴィ/ビ stay apart.
    table[0x30F4] = "\u30d6"
    table[0x3094] = "\u3076"
    _VARIANT_LETTERS.update((0x30F4, 0x3094))
    # Hindi writes the nukta of borrowed sounds or leaves it out: "मुज़फ़्फ़राबाद" and "मुजफ्फराबाद" are
    # Muzaffarabad. The dot goes, and the letters precomposed with it become their base letters.
    table[0x093C] = None
    for nukta, base in zip(range(0x0958, 0x0960), "कखगजडढफय", strict=True):
        table[nukta] = base
    _VARIANT_LETTERS.update((0x093C, *range(0x0958, 0x0960)))
    table.update(_traditional_to_simplified())
    return table


def _traditional_to_simplified() -> dict[int, str]:
    """Traditional Chinese characters (and Japanese forms) -> simplified ones (OpenCC's character tables), so
    "基輔" (as GeoNames has Kyiv) matches "基辅" (as Beijing's press writes it), and the other way round."""
    from importlib.resources import files

    table = {}
    path = files("opencc") / "dictionary" / "TSCharacters.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        traditional, _tab, simplified = line.partition("\t")
        simplified = simplified.split()[0] if simplified.split() else ""
        if len(traditional) == 1 and len(simplified) == 1:
            table[ord(traditional)] = simplified
    # Japanese forms (shinjitai) too, to the simplified form of their traditional character (OpenCC's
    # JPVariants.txt): "新潟県" in GeoNames is "新潟县" in Beijing's press, "広島" is "广岛".
    for line in (files("opencc") / "dictionary" / "JPVariants.txt").read_text(encoding="utf-8").splitlines():
        traditional, _tab, japanese = line.partition("\t")
        japanese = japanese.split()[0] if japanese.split() else ""
        if len(traditional) == 1 and len(japanese) == 1 and ord(japanese) not in table:
            target = table.get(ord(traditional), traditional)
            if target != japanese:
                table[ord(japanese)] = target
                _VARIANT_LETTERS.add(ord(japanese))
    return table


# Letters written two ways for one sound or character (Arabic and Persian kaf and yeh, Ethiopic homophones,
# Japanese kanji forms): folded together for matching, told apart when the build counts a place's names
# (``spelling_key``), so that fame measured by how many names a place has does not change with them.
_VARIANT_LETTERS: set[int] = set()
_FOLD = _build_fold_table()
_FOLD_SPELLINGS = {cp: v for cp, v in _FOLD.items() if cp not in _VARIANT_LETTERS}
_COMBINING = regex.compile(r"\p{Mn}")
_GERESH_IN_WORD = re.compile(f"(?<=[א-ת])[{_GERESH}](?=[א-ת])")


def fold(token: str, table: dict[int, Any] = _FOLD) -> str:
    """Lower-case a token the way keys are stored (cached per word: the matcher folds the same few words and
    names over and over)."""
    if table is _FOLD and len(token) <= _CACHED_LENGTH:
        return _FOLDS[token]
    return _fold(token, table)


def _fold(token: str, table: dict[int, Any] = _FOLD) -> str:
    """Lower-case a token the way keys are stored.

    Latin letters lose their accents ("Lachín", "Shushá", "Bakü" are written both ways in the press),
    other scripts keep theirs (Cyrillic й is a letter, not и with a breve); ё is е, Armenian և is եվ;
    Arabic vowel marks go, kaf and yeh take their Persian forms; Ethiopic homophone letters meet; traditional
    Chinese characters become simplified ones; Japanese ヴ is ブ.
    """
    t = token.lower()
    if t.isascii():
        return t
    if "\u05f3" in t or "'" in t or "\u2019" in t or '"' in t or "\u05f4" in t:  # a Hebrew geresh inside the
        # word: ג'נין is גנין; gershayim too: ארה"ב is ארהב
        t = _GERESH_IN_WORD.sub("", t)
    if _COMBINING.search(t):  # decomposed input: compose first, then drop accents on Latin letters
        out = []
        for ch in unicodedata.normalize("NFD", t):
            if unicodedata.combining(ch) and out and out[-1] < "\u0250":
                continue
            out.append(ch)
        t = unicodedata.normalize("NFC", "".join(out))
    return t.translate(table)


def tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, token) for every word of ``text``."""
    return [(*m.span(), m.group()) for m in _tokenizer(text).finditer(text)]


_SPLIT = regex.compile(f"({TOKEN.pattern})")
_SPLIT_APOSTROPHES = regex.compile(f"({TOKEN_APOSTROPHES.pattern})", regex.V1)
_SPLIT_CHARS = regex.compile(f"({TOKEN_CHARS.pattern})", regex.V1)
_SPLIT_GERESH = regex.compile(f"({TOKEN_GERESH.pattern})")




def _bmp_word_class() -> str:
    """TOKEN's character class for the Basic Multilingual Plane, as ranges written out for the standard ``re``
    module: taken from ``regex`` itself, so both agree on every character."""
    bmp = "".join(map(chr, range(0x10000)))
    return "".join(f"{re.escape(m.group()[0])}-{re.escape(m.group()[-1])}" for m in TOKEN.finditer(bmp))


# ``re`` splits with a plain character class (a bitmap) over twice as fast as ``regex`` with its properties,
# but only for characters of the BMP: a text with others, or which needs another tokeniser, takes the
# general route. One scan finds both (most texts have neither; Latin-1 ones cannot).
_SPLIT_BMP = re.compile(f"([{_bmp_word_class()}]+)")
_NEEDS_REGEX = re.compile(f"[{_CHAR_RANGES}{_APOSTROPHES}\u05d0-\u05ea\U00010000-\U0010ffff]")


def _is_latin1(text: str) -> bool:
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


def split_words(text: str) -> tuple[list[str], list[str], list[int]]:
    """The words of ``text``, the text between them, and their offsets, without a Python loop.

    ``gaps[i]`` is what precedes ``words[i]`` (``gaps[-1]`` ends the text); word ``i`` spans
    ``bounds[2 * i]:bounds[2 * i + 1]``. The same words as ``tokens``, three to four times faster.
    """
    if text.isascii() or _is_latin1(text) or not _NEEDS_REGEX.search(text):
        parts = _SPLIT_BMP.split(text)
    else:
        parts = (_SPLIT_CHARS if _HAS_CHAR_SCRIPT.search(text) else
                 _SPLIT_APOSTROPHES if _HAS_APOSTROPHE.search(text) else
                 _SPLIT_GERESH if _HAS_GERESH.search(text) else _SPLIT).split(text)
    return parts[1::2], parts[0::2], list(accumulate(map(len, parts)))


class WordCache(dict):
    """word -> func(word), computed once per distinct word: words repeat (Zipf), so per-word work done
    through one of these is nearly free after the first articles. Emptied past ``limit`` entries, so a
    long ingest cannot grow it without bound. ``map(cache.__getitem__, words)`` runs at C speed."""

    def __init__(self, func: Callable[[str], Any], limit: int = 500_000) -> None:
        super().__init__()
        self.func, self.limit = func, limit

    def __missing__(self, word: str) -> Any:
        if len(self) > self.limit:
            self.clear()
        value = self[word] = self.func(word)
        return value


_FOLDS = WordCache(_fold)
_CACHED_LENGTH = 40  # longer strings (the text between two names) seldom repeat


def fold_words(words: list[str]) -> list[str]:
    """``fold`` of every word (cached per distinct word)."""
    return list(map(_FOLDS.__getitem__, words))


def word_of(key: str) -> str:
    """The written word of a one-word key: "俄 罗 斯" (a name in a script tokenised per character) is the
    one word "俄罗斯"; other keys are returned as they are."""
    parts = key.split()
    if len(parts) > 1 and all(len(p) <= 2 and script_of(p) in CHAR_SCRIPTS for p in parts):
        return "".join(parts)
    return " ".join(parts)


def without_qualifier(name: str) -> str:
    """A CLDR country name without its parenthesised old name or qualifier: "เมียนมา (พม่า)", "ミャンマー
    (ビルマ)", "Конго (Киншаса)", "Виргинские о-ва (США)" (what is inside names no country alone)."""
    return name.split("(", 1)[0].strip() if "(" in name else name


def key_of(name: str) -> str:
    """The matching key of a gazetteer name: ' tok1 tok2 '."""
    toks = [_fold(m.group()) for m in _tokenizer(name).finditer(name)]  # (the build: names seldom repeat)
    return " " + " ".join(toks) + " " if toks else ""


def spelling_key(name: str) -> str:
    """``key_of`` with variant letters kept apart ("كاشان" and "کاشان" are two spellings): what the build
    counts as a place's distinct names."""
    toks = [_fold(m.group(), _FOLD_SPELLINGS) for m in _tokenizer(name).finditer(name)]
    return " " + " ".join(toks) + " " if toks else ""


_SCRIPT_RANGES = (  # (first, last code point, script); checked on a word's first letter
    (0x0041, 0x024F, "latin"), (0x0370, 0x03FF, "greek"), (0x0400, 0x052F, "cyrillic"),
    (0x0530, 0x058F, "armenian"), (0x0590, 0x05FF, "hebrew"), (0x0600, 0x06FF, "arabic"),
    (0x0750, 0x077F, "arabic"), (0x08A0, 0x08FF, "arabic"), (0x10A0, 0x10FF, "georgian"),
    (0x1C90, 0x1CBF, "georgian"), (0x1E00, 0x1EFF, "latin"), (0xFB50, 0xFDFF, "arabic"), (0xFE70, 0xFEFF, "arabic"),
    (0x0E00, 0x0EFF, "thai"), (0x1780, 0x17FF, "thai"), (0x1000, 0x109F, "thai"),  # Thai, Lao, Khmer, Myanmar
    (0x1100, 0x11FF, "hangul"), (0x3130, 0x318F, "hangul"), (0xAC00, 0xD7AF, "hangul"),
    (0x3040, 0x30FF, "kana"), (0x31F0, 0x31FF, "kana"),
    (0x3400, 0x4DBF, "han"), (0x4E00, 0x9FFF, "han"), (0xF900, 0xFAFF, "han"), (0x20000, 0x323AF, "han"),
)




def _script_of(token: str) -> str:
    for ch in token:
        if ch.isalpha():
            cp = ord(ch)
            for lo, hi, script in _SCRIPT_RANGES:
                if lo <= cp <= hi:
                    return script
            return "other"
    return "other"


_SCRIPTS = WordCache(_script_of)
# 'latin', 'cyrillic', 'armenian', 'georgian', 'arabic', 'hebrew', 'han', ... or 'other' for a word, by its first
# letter (cached per word). The cache's own look-up, not a function calling it: the matcher asks ~130 times
# per article.
script_of: Callable[[str], str] = _SCRIPTS.__getitem__
# A Myanmar token that closes the syllable before it: a consonant killed by asat ("စ်" of "စစ်", "င့်"), or one
# stacked under the next by virama ("န္" of "မန္တလေး", kinzi "င်္" of "အင်္ဂပူ")
_MYANMAR_CODA = re.compile("[\u1000-\u102a\u103f\u104e](?:[\u1037\u1038]*\u103a[\u1037\u1038]*\u1039?|\u1039)")


def is_myanmar_coda(token: str) -> bool:
    """Does this Myanmar token end the syllable before it ("စ်" of "စစ်"), not start one?"""
    return _MYANMAR_CODA.fullmatch(token) is not None


def myanmar_syllables(text: str) -> int:
    """How many syllables a Myanmar name has: "လားရှိုး" (Lashio) 2, "စစ်တွေ" (Sittwe) 2, "မန္တလေး" 3."""
    return sum(1 for _, _, t in tokens(text) if not is_myanmar_coda(t))


CASELESS_SCRIPTS = frozenset({"arabic", "georgian", "hebrew", "han", "kana", "hangul", "thai", "other"})
CHAR_SCRIPTS = frozenset({"han", "kana", "thai"})  # one token per character (see TOKEN)
DENSE_SCRIPTS = frozenset({"han", "kana", "hangul", "thai"})  # a character says as much as a short word


@lru_cache(maxsize=1)
def _suffixes() -> dict:
    """suffixes.json, with each language's suffixes and proclitics folded as text words are: they are
    matched on folded words, so Hungarian "ből" must read "bol" ("Kijevből" folds to "kijevbol")."""
    data = json.loads((DATA / "suffixes.json").read_text(encoding="utf-8"))
    for spec in data["language"].values():
        for side in ("suffixes", "prefixes"):
            if side in spec:
                spec[side] = list(dict.fromkeys(fold(x) for x in spec[side]))  # order kept: longest first
        if "phrase_endings" in spec:  # a name's words: its endings and the phrase ones, longest first
            merged = {e: list(r) for e, r in spec.get("endings", {}).items()}
            for e, r in spec["phrase_endings"].items():
                merged[e] = list(dict.fromkeys(merged.get(e, []) + r))
            spec["phrase_endings"] = dict(sorted(merged.items(), key=lambda item: -len(item[0])))
    return data


@lru_cache(maxsize=16)
def _ending_regex(script: str, side: str) -> regex.Pattern | None:
    spec = _suffixes()["script"].get(script)
    if not spec:
        return None
    alternatives = "|".join(regex.escape(e) for e in spec[side])  # longest first: the regex tries in order
    return regex.compile(rf"^(.{{3,}}?)(?:{alternatives})$")


@lru_cache(maxsize=300_000)
def script_stem(folded: str, side: str = "text") -> str:
    """Strip one ending from a Cyrillic or Armenian word; other scripts are returned unchanged.

    Names are stored in the nominative and texts inflect them, so keys lose nominative endings
    (``side="key"``) and text words lose case endings: "Гянджа" and "Гянджи" meet at "гяндж",
    "Карабах" and "Карабахе" at "карабах".
    """
    rx = _ending_regex(script_of(folded), side)
    if rx is None:
        return folded
    m = rx.match(folded)
    return m.group(1) if m else folded


def script_stems(folded: str) -> tuple[str, ...]:
    """Every way ``script_stem`` could strip a text word, its own choice (the longest ending) first: Ukrainian
    "Миколаєві" is "Миколаєв" + "і" (in Mykolaiv) as well as "Микола" + "єві" (to Mykola)."""
    spec = _suffixes()["script"].get(script_of(folded))
    first = script_stem(folded)
    if not spec or first == folded:
        return (first,)
    out = [first]
    for ending in spec["text"]:
        if folded.endswith(ending) and len(folded) - len(ending) >= 3:
            stem = folded[:-len(ending)]
            if stem not in out:
                out.append(stem)
    return tuple(sorted(out, key=len))


def language_strips(language: str | None) -> bool:
    """Does ``language`` glue suffixes or proclitics to names (so text words need stripping)?"""
    return bool(_suffixes()["language"].get(language or ""))


def language_strips_lowercase(language: str | None) -> bool:
    """Does ``language`` inflect the lower-case words inside names ("Qara dənizdə": the Black Sea)?"""
    return bool(_suffixes()["language"].get(language or "", {}).get("lowercase"))


@lru_cache(maxsize=64)
def language_declines(language: str | None) -> bool:
    """Does ``language`` swap case endings (suffixes.json "endings": Polish, Czech, Croatian...), so that
    every word of a name may inflect ("w Nowym Jorku": Nowy Jork)?"""
    return bool(_suffixes()["language"].get(language or "", {}).get("endings"))


@lru_cache(maxsize=64)
def language_genitive_heads(language: str | None) -> bool:
    """Do ``language``'s names of districts start with a town's genitive (suffixes.json "genitive_heads": Latvian
    "Rēzeknes novads", Lithuanian "Lazdijų rajono savivaldybė"), so that the genitive alone is that town?"""
    return bool(_suffixes()["language"].get(language or "", {}).get("genitive_heads"))


def language_prefixes(language: str | None) -> tuple[str, ...]:
    """The proclitics ``language`` glues onto words (Arabic و, ب; Hebrew ב, ו), from suffixes.json."""
    spec = _suffixes()["language"].get(language or "", {})
    return tuple(spec.get("prefixes", ()))


def language_strip_all(folded: str, language: str | None, lower: str | None = None, phrase: bool = False) -> list[str]:
    """Every form of the word without one glued suffix or proclitic of ``language`` (text side only),
    longest suffix first, then its possible dictionary forms where the language swaps case endings
    ("Ukrainie", "Ukrainy" -> "ukraina"; "Kijowa" -> "kijow"). Endings are read on ``lower`` (the word
    lower-cased but not folded) because accents tell them apart: Czech "Ruska" is Russia's genitive,
    "Ruská" the adjective. A ``phrase`` word (of a name of several words) also takes the language's
    "phrase_endings", down to a stem of two letters ("Zielonej Górze": Zielona Góra)."""
    spec = _suffixes()["language"].get(language or "")
    if not spec:
        return []
    # "서울에서": a Hangul syllable is worth a few letters; Hebrew writes no vowels ("ובתל" leaves "תל")
    least = spec.get("min_stem", 2 if script_of(folded) in DENSE_SCRIPTS else 3)
    out = [folded[: -len(e)] for e in spec.get("suffixes", ()) if folded.endswith(e) and len(folded) - len(e) >= least]
    out += [folded[len(p):] for p in spec.get("prefixes", ()) if folded.startswith(p) and len(folded) - len(p) >= least]
    word = lower if lower is not None else folded
    endings = spec.get("phrase_endings") or spec.get("endings", {}) if phrase else spec.get("endings", {})
    # Finnish consonant gradation shortens a stem: "Lapin" (Lappi), "Turun" (Turku) keep two letters before it
    stem = 2 if phrase else spec.get("ending_min_stem", 3)
    for ending, replacements in endings.items():  # longest first, as listed
        if word.endswith(ending) and len(word) - len(ending) >= stem:
            if not replacements:
                break  # an ending no name inflects to ("Polskie" is an adjective, not Polska's locative)
            out += [fold(word[: -len(ending)] + r) for r in replacements]
    return out


_UK_ALTERNATION = regex.compile(r"^(.*)([іїи])(\p{L}{1,2})$")
_UK_VOWELS = {"і": ("о", "е"), "ї": ("є",), "и": ()}
_UK_PALATAL = regex.compile(r"^(.{2,})([кгх])а$")
_UK_SOFTENED = {"к": "ц", "г": "з", "х": "с"}


_HEBREW_PROCLITICS = frozenset("ובהלמכש")


def key_variants(name_key: str) -> set[str]:
    """Extra stems under which a key is indexed.

    Ukrainian names alternate і with о/е and ї with є when they inflect (Харків/Харкова, Київ/Києва), so a
    key whose last syllable has one is also indexed with the alternatives; and feminine names in -ка, -га,
    -ха soften the consonant in the locative and dative (Нова Каховка/у Новій Каховці, Авдіївка/Авдіївці,
    Прага/Празі). Hebrew names of several words are also indexed without a later word's proclitic letter.
    """
    out = set()
    parts = name_key.split()
    if len(parts) > 1 and script_of(parts[0]) == "hebrew":
        # A later word that opens with a proclitic's letter loses it in the text's stemmed form when the rest
        # is a name ("בראשון לציון" is read "ראשון ציון": ציון is Zion), so the name is indexed so too
        for i, part in enumerate(parts[1:], 1):
            if part[:1] in _HEBREW_PROCLITICS and len(part) > 3:
                out.add(" " + " ".join([*parts[:i], part[1:], *parts[i + 1:]]) + " ")
    if parts and script_of(parts[-1]) == "cyrillic":
        m = _UK_ALTERNATION.match(parts[-1])
        if m:
            for vowel in _UK_VOWELS[m.group(2)]:  # Харків/Харкова, Київ/Києва
                out.add(" " + " ".join([*parts[:-1], m.group(1) + vowel + m.group(3)]) + " ")
        m = _UK_PALATAL.match(parts[-1])
        if m:  # "каховка" is also indexed as "каховца": its stem "каховц" is what "Каховці" leaves
            out.add(" " + " ".join([*parts[:-1], m.group(1) + _UK_SOFTENED[m.group(2)] + "а"]) + " ")
    return out


def stem_key(name_key: str, side: str = "key") -> str:
    """Key with every token script-stemmed (for the inflection automaton)."""
    parts = name_key.split()
    return " " + " ".join(script_stem(p, side) for p in parts) + " " if parts else ""
