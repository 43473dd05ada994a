"""How often does a frequent word opening a sentence become a place? A diagnostic, not a test.

Every sentence starts with a capital, so capitals say nothing there, and a language's frequent words
collide with place names of other languages ("Pero" is Peru in Occitan, "Deli" Delhi in Turkish). For
each language, the N most frequent words (wordfreq) are capitalised and put at the start of a sentence
after a line from a story about Ukraine (which backs up Ukrainian places); the script prints how many
were taken as places, and which. A few are right (the language's own names of cities and countries),
the rest are false positives worth a look.

    python scripts/sentence_openers.py                 # the default languages, 3,000 words each
    python scripts/sentence_openers.py --lang tr,hu --words 5000
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

# A sentence naming Kyiv in each language: the context the openers are judged in.
CONTEXT = {
    "en": "Officials in Kyiv said so.", "fr": "Des responsables à Kiev l'ont dit.",
    "es": "Lo dijeron funcionarios en Kiev.", "de": "Das sagten Beamte in Kiew.",
    "it": "Lo hanno detto funzionari a Kiev.", "pt": "Disseram autoridades em Kiev.",
    "id": "Kata pejabat di Kyiv.", "tr": "Kiev'deki yetkililer söyledi.", "ru": "Об этом сообщили в Киеве.",
    "uk": "Про це повідомили у Києві.", "pl": "Powiedzieli urzędnicy w Kijowie.",
    "nl": "Dat zeiden functionarissen in Kiev.", "cs": "Řekli to úředníci v Kyjevě.",
    "sv": "Det sa tjänstemän i Kiev.", "ro": "Au spus oficialii de la Kiev.",
    "hu": "Ezt mondták a tisztviselők Kijevben.", "hr": "Rekli su dužnosnici u Kijevu.",
    "fi": "Asiasta kertoivat virkamiehet Kiovassa.", "da": "Det sagde embedsmænd i Kyiv.",
    "lt": "Tai pranešė pareigūnai Kijeve.", "lv": "To paziņoja amatpersonas Rīgā.",
    "el": "Το δήλωσαν αξιωματούχοι στο Κίεβο.", "bn": "ঢাকায় কর্মকর্তারা এ কথা জানান।",
    "ko": "관리들이 서울에서 그렇게 말했다.", "sk": "Povedali to úradníci v Kyjeve.",
    "sl": "To so povedali uradniki v Kijevu.",
}
WORDFREQ = {"hr": "sh", "sr": "sh", "bs": "sh", "no": "nb", "tl": "fil"}


def _is_word(w: str) -> bool:
    """Letters and marks only (Bengali and Devanagari vowel signs are marks, not letters)."""
    return all(ch.isalpha() or unicodedata.category(ch)[0] == "M" for ch in w)


def scan(language: str, n_words: int) -> list[str]:
    """'Word -> Place' for every frequent word taken as a place when it opens a sentence."""
    import wordfreq

    from geodata.gazetteer import load_gazetteer
    from geodata.geoparse import geoparse

    gaz = load_gazetteer()
    code = WORDFREQ.get(language, language)
    shortest = 2 if language in ("ko", "ja", "zh") else 3  # a Hangul syllable, a Han character say more
    top = [w for w in wordfreq.top_n_list(code, n_words) if _is_word(w) and len(w) >= shortest]
    filler = [w for w in wordfreq.top_n_list(code, 300) if _is_word(w) and len(w) >= shortest][3]
    context = CONTEXT[language]
    found = []
    for word in top:
        opener = word[:1].upper() + word[1:]
        text = f"{context} {opener} {filler} {filler}."
        start = len(context) + 1
        found += [f"{m.text} -> {m.place.name} ({m.place.kind}, {m.place.country_code})"
                  for m in geoparse(text, language, gaz) if m.start == start]
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lang", default=",".join(CONTEXT), help="comma-separated languages (default: all known)")
    ap.add_argument("--words", type=int, default=3000, help="most frequent words per language (default 3000)")
    args = ap.parse_args()
    for language in args.lang.split(","):
        if language not in CONTEXT:
            sys.exit(f"no context sentence for {language!r}: add one to CONTEXT")
        found = scan(language, args.words)
        print(f"{language}: {len(found)} of the {args.words} most frequent words taken as places")
        for line in found:
            print(f"    {line}")


if __name__ == "__main__":
    main()
