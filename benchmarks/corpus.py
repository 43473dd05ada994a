"""Synthetic ~500-word news articles, recombined from the sentences of the annotated demo corpus.

Each article is in one language (round robin over the demo's languages) and opens with the lead sentence
of a demo article (datelines and publication stamps live there), followed by random sentences of the same
language grouped into paragraphs. Article ``i`` depends only on ``(seed, i)``, so a 1k corpus is the prefix
of the 10k one. Even-numbered articles carry a publication date in metadata, odd ones must find it in text.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path

from geodata import sentences
from geodata.model import Article

ROOT = Path(__file__).resolve().parent.parent
DEMO_GOLD = ROOT / "tests" / "data" / "demo_gold.jsonl"
GOLD = ROOT / "tests" / "data" / "gold.jsonl"
TARGET_WORDS = 500


@dataclass(frozen=True)
class _Lead:
    text: str
    title: str
    published: dt.date | None


class Corpus:
    """Deterministic article generator over the sentence pools of ``source`` (a gold JSONL file)."""

    def __init__(self, source: Path = DEMO_GOLD, seed: int = 2020, words: int = TARGET_WORDS) -> None:
        self.source, self.seed, self.words = source, seed, words

    @cached_property
    def _pools(self) -> tuple[list[str], dict[str, list[_Lead]], dict[str, list[str]]]:
        leads: dict[str, list[_Lead]] = defaultdict(list)
        body: dict[str, list[str]] = defaultdict(list)
        for line in self.source.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            doc = json.loads(line)
            lang, text = doc["language"], doc["text"]
            spans = sentences.split(text)
            if not spans:
                continue
            published = dt.date.fromisoformat(doc["published"]) if doc.get("published") else None
            s, e = spans[0]
            leads[lang].append(_Lead(text[s:e], doc.get("title") or "", published))
            body[lang].extend(text[s:e] for s, e in spans[1:])
        langs = sorted(lang for lang in leads if body[lang])
        return langs, dict(leads), dict(body)

    @property
    def languages(self) -> list[str]:
        return self._pools[0]

    def article(self, i: int) -> Article:
        """Article number ``i`` (language in metadata)."""
        langs, leads, body = self._pools
        lang = langs[i % len(langs)]
        rng = random.Random(f"{self.seed}:{i}")
        lead = rng.choice(leads[lang])
        parts = [lead.text, "\n"]
        words = len(lead.text.split())
        in_paragraph = 0
        while words < self.words:
            sent = rng.choice(body[lang])
            words += len(sent.split())
            in_paragraph += 1
            parts.append(sent)
            if in_paragraph >= rng.randint(2, 4):
                parts.append("\n")
                in_paragraph = 0
            else:
                parts.append(" ")
        text = "".join(parts).strip()
        return Article(text, path=f"bench/{lang}/{i:06d}.txt", title=lead.title, url=f"https://bench.invalid/{i}",
                       source="Bench corpus (synthetic)", published=lead.published if i % 2 == 0 else None,
                       language=lang)

    def articles(self, n: int, *, language_given: bool = True) -> list[Article]:
        """The first ``n`` articles; without ``language_given`` the pipeline must detect it."""
        return list(self.iter(n, language_given=language_given))

    def iter(self, n: int, *, language_given: bool = True) -> Iterator[Article]:
        for i in range(n):
            a = self.article(i)
            yield a if language_given else replace(a, language=None)


def text_bytes(articles: list[Article]) -> int:
    """UTF-8 size of the articles' text."""
    return sum(len(a.text.encode("utf-8")) for a in articles)
