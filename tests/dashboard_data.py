"""Small, hand-checked databases for the dashboard tests (queries, map, AppTest, browser).

Places are far apart on purpose so that at the initial world zoom every place is its own marker.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from geodata.model import Article, DateInfo, Mention, Place
from geodata.store import open_store

PARIS = Place("gn:2988507", "Paris", "city", 48.85341, 2.3488, "FR", 2988507, 2138551)
TOKYO = Place("gn:1850147", "Tokyo", "city", 35.6895, 139.69171, "JP", 1850147, 8336599)
LIMA = Place("gn:3936456", "Lima", "city", -12.04318, -77.02824, "PE", 3936456, 7737002)
NAIROBI = Place("gn:184745", "Nairobi", "city", -1.28333, 36.81667, "KE", 184745, 2750547)
ARMENIA = Place("cc:AM", "Armenia", "country", 40.25, 45.0, "AM")
NSW = Place("gn:2155400", "New South Wales", "region", -33.0, 146.0, "AU", 2155400)

XSS_TITLE = "<script>window.__xss=1</script>Breaking <b>news</b>"
XSS_TEXT = ('Attack reported near Tokyo <img src=x onerror="window.__xss=1"> today. '
            "<script>window.__xss=1</script> See [details](javascript:window.__xss=1) and "
            '<a href="javascript:window.__xss=1">more</a>.')
XSS_URL = "javascript:window.__xss=1"
XSS_SOURCE = "<b onmouseover=alert(1)>Evil</b>"

# Expected numbers under the default filters (event role only, whole date range).
DEFAULT_MENTIONS = 6
DEFAULT_PLACES = 5
DEFAULT_ARTICLES = 3
FIRST_DATE = dt.date(2020, 9, 28)
LAST_DATE = dt.date(2020, 12, 19)


def _sentence(text: str, start: int) -> tuple[str, int]:
    """The sentence around ``start``: split on '. ' like a simple segmenter would."""
    s = text.rfind(". ", 0, start)
    s = 0 if s < 0 else s + 2
    e = text.find(". ", start)
    e = len(text) if e < 0 else e + 1
    return text[s:e], s


def mention(text: str, surface: str, place: Place, when: DateInfo | None = None, *, role: str = "event",
            confidence: float = 0.9, occurrence: int = 0) -> Mention:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    sentence, sentence_start = _sentence(text, start)
    return Mention(start, start + len(surface), surface, place, role=role, confidence=confidence,
                   sentence=sentence, sentence_start=sentence_start, event=when)


def day(y: int, m: int, d: int, source: str = "explicit", precision: str = "day") -> DateInfo:
    return DateInfo(dt.date(y, m, d), precision, source)


def build(path: Path | str, *, xss: bool = False) -> Path:
    """Write the standard test database (optionally with one hostile article) and return its path."""
    path = Path(path)
    with open_store(path) as store:
        t1 = "Fighting was reported in Paris on Monday. Later, Tokyo saw large protests."
        store.save(Article(t1, title="Clashes in two capitals", url="https://example.org/a1",
                           source="Example Times", published=dt.date(2020, 10, 1), language="en"),
                   [mention(t1, "Paris", PARIS, day(2020, 9, 28, "weekday")), mention(t1, "Tokyo", TOKYO)])
        t2 = ("NAIROBI - Talks collapsed on Friday. Shelling hit Lima overnight. "
              "Armenia said the ceasefire held last Tuesday.")
        store.save(Article(t2, title="Talks collapse", url="https://example.org/a2", source="Le Exemple",
                           published=dt.date(2020, 11, 15), language="fr"),
                   [mention(t2, "NAIROBI", NAIROBI, role="dateline", confidence=1.0),
                    mention(t2, "Lima", LIMA, day(2020, 11, 14, "relative")),
                    mention(t2, "Armenia", ARMENIA, day(2020, 11, 10, "weekday"), confidence=0.7)])
        t3 = "Protesters gathered again in Paris on 19 December. Floods hit New South Wales in December."
        store.save(Article(t3, title="Paris again", url="https://example.org/a3", source="Example Times",
                           published=dt.date(2020, 12, 20), language="ru"),
                   [mention(t3, "Paris", PARIS, day(2020, 12, 19)),
                    mention(t3, "New South Wales", NSW, day(2020, 12, 18, "context", "month"))])
        if xss:
            store.save(Article(XSS_TEXT, title=XSS_TITLE, url=XSS_URL, source=XSS_SOURCE,
                               published=dt.date(2020, 10, 5), language="en"),
                       [mention(XSS_TEXT, "Tokyo", TOKYO, day(2020, 10, 5))])
    return path


def build_many(path: Path | str, n_mentions: int, n_places: int = 1000, seed: int = 7) -> Path:
    """A synthetic database of ``n_mentions`` mentions over ``n_places`` places, for timing."""
    rng = random.Random(seed)
    places = [Place(f"gn:{900000 + i}", f"Place {i}", "city" if i % 10 else "region",
                    round(rng.uniform(-60, 70), 4), round(rng.uniform(-179, 179), 4), "XX")
              for i in range(n_places)]
    path = Path(path)
    base = dt.date(2020, 1, 1)
    per_article = 5
    with open_store(path) as store:
        for a in range(n_mentions // per_article):
            text, mentions = "", []
            for _ in range(per_article):
                p = places[rng.randrange(n_places)]
                sentence = f"Shelling was reported in {p.name} on day {a}. "
                start = len(text) + sentence.index(p.name)
                mentions.append(Mention(start, start + len(p.name), p.name, p, sentence=sentence.strip(),
                                        sentence_start=len(text),
                                        event=DateInfo(base + dt.timedelta(days=rng.randrange(365)))))
                text += sentence
            published = base + dt.timedelta(days=a % 365)
            store.save(Article(text.strip(), title=f"Report {a}", url=f"https://example.org/r{a}",
                               source="Synthetic", published=published, language="en"), mentions)
    return path
