"""Which language an article is written in (ISO 639-1), detected offline with lingua.

Detection runs on a sample of the text (its opening sentences) because lingua's cost grows with length
and the opening is representative for news. Metadata, when a reader found any, wins.
"""

from __future__ import annotations

import threading
from functools import lru_cache

SAMPLE_CHARS = 200  # measured: 148/149 gold articles right, 0.8 ms (400 chars: 1.4 ms, no better)
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _detector():
    from lingua import LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()


def normalise(code: str | None) -> str | None:
    """'en-US' / 'EN' / 'eng' -> 'en'; None for empty or unknown."""
    if not code:
        return None
    code = code.strip().replace("_", "-").split("-")[0].lower()
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
    sample = text[: SAMPLE_CHARS * 2]
    if len(sample) > SAMPLE_CHARS:
        cut = sample.find(" ", SAMPLE_CHARS)
        sample = sample[: cut if cut > 0 else SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < 10:
        return None
    with _lock:
        lang = _detector().detect_language_of(sample)
    return lang.iso_code_639_1.name.lower() if lang else None
