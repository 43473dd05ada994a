"""Sentence spans with offsets into the original text.

News paragraphs are lines, so a line break always ends a sentence; inside a line a sentence ends at
. ! ? … ؟ । 。 followed by space and an opening letter (any Georgian one), digit or quote (and always at the
Urdu, Armenian, Ethiopic, Burmese and Khmer full stops ۔ ։ ። ။ ។, and a colon after an Armenian word), except
after known abbreviations ("U.S.", "Oct.", "St.", initials), which are listed in ``data/abbreviations.txt``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import regex

# Georgian letters are lower case in Unicode (Ll) yet the script has no capitals: any of them may open one.
# Armenian sites often type the full stop "։" as an ASCII colon (Armenian writes its colon as a period)
# A period also captures the word before it (up to 20 letters and periods: "U.S", "Oct"), to tell abbreviations.
_END = regex.compile(r"(?:\.(?<=([\p{L}.]{0,20})\.)|[!?…؟।。])[.!?…؟।。]*[\"'”’»)\]]*"
                     r"(?=\s+[\"'“‘«(\[]?[\p{Lu}\p{Lo}\p{N}\u10d0-\u10ff])|[؟।。۔։።፧။។]|\n|(?<=[\u0561-\u0587»]):(?=\s|$)")
_ORDINAL = regex.compile(r"(?<![\p{N}])\p{N}{1,2}\.$")  # "am 8. August", "8. listopadu": not an end


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Words a period does not end a sentence after ("U.S.", "Oct.", "St."): data/abbreviations.txt."""
    path = Path(__file__).resolve().parent / "data" / "abbreviations.txt"
    return frozenset(
        w.strip().lower() for w in path.read_text(encoding="utf-8").splitlines() if w.strip() and not w.startswith("#")
    )


_NEXT_WORD = regex.compile(r"\s+(\p{L}+)")


def _month_follows(text: str, pos: int) -> bool:
    m = _NEXT_WORD.match(text, pos)
    return bool(m) and m.group(1).lower() in _month_names()


@lru_cache(maxsize=1)
def _month_names() -> frozenset[str]:
    """Month names (all forms) of every language the dates module knows."""
    from geodata.dates import vocabulary

    return vocabulary(("months", "months_abbr"))


def split(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank sentence, trimmed of surrounding whitespace."""
    out = []
    start = 0
    abbr = abbreviations()
    for m in _END.finditer(text):
        st, end = m.span()
        if text[st] == ".":
            if text[st - 1:st].isnumeric() and _ORDINAL.search(text, max(0, st - 3), st + 1) \
                    and _month_follows(text, end):
                continue
            word = m.group(1)
            if word:
                word = word.lower()
                if word in abbr or (all(len(p) == 1 for p in word.split(".")) and text[m.start(1) - 1:m.start(1)]
                                    not in '"״'):
                    continue  # an initial or several ("J.", "K.P. Sharma Oli"); (Hebrew acronyms end in a letter
                    # after gershayim: "צה"ל." ends its sentence)
        chunk = text[start:end]
        stripped = chunk.strip()
        if stripped:  # it starts at the chunk's first character that is not blank
            s = start + chunk.find(stripped[0])
            out.append((s, s + len(stripped)))
        start = end
    chunk = text[start:]
    stripped = chunk.strip()
    if stripped:
        s = start + chunk.find(stripped[0])
        out.append((s, s + len(stripped)))
    return out
