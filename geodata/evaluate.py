"""Score the geoparser against gold annotations: strict span P/R/F1, distance accuracy, dates.

Gold line: {"id", "text", "language"?, "published"?, "toponyms": [{"start", "end", "name", "lat", "lon",
"country_code"?, "kind"?, "event_date"?}]}. A country in the gold (kind "country" with a code) counts as
resolved when the prediction is that country, whatever the coordinates.
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from geodata.geoparse import haversine_km
from geodata.model import Article
from geodata.pipeline import parse_article


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors_km: list[float] = field(default_factory=list)
    dated: int = 0
    dated_ok: int = 0
    false_positives: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    wrong_place: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def within(self, km: float) -> float:
        return sum(e <= km for e in self.errors_km) / len(self.errors_km) if self.errors_km else 1.0

    @property
    def median_km(self) -> float:
        return statistics.median(self.errors_km) if self.errors_km else 0.0

    @property
    def date_accuracy(self) -> float:
        return self.dated_ok / self.dated if self.dated else 1.0

    def summary(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "acc161": round(self.within(161), 4), "within50": round(self.within(50), 4),
                "median_km": round(self.median_km, 1), "tp": self.tp, "fp": self.fp, "fn": self.fn,
                "event_date_accuracy": round(self.date_accuracy, 4), "event_dates_scored": self.dated}


def _error_km(gold: dict, m: dict) -> float:
    if gold.get("kind") == "country" and gold.get("country_code"):
        return 0.0 if m["kind"] == "country" and m["country_code"] == gold["country_code"] else 20000.0
    if gold.get("lat") is None:
        return 0.0 if m["country_code"] == gold.get("country_code") else 20000.0
    return haversine_km(gold["lat"], gold["lon"], m["lat"], m["lon"])


def load_gold(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def evaluate(gold: Iterable[dict], *, with_dates: bool = True) -> dict[str, Score]:
    """Scores overall ("all") and per language."""
    from geodata.pipeline import to_record

    scores: dict[str, Score] = defaultdict(Score)
    for doc in gold:
        published = dt.date.fromisoformat(doc["published"]) if doc.get("published") else None
        art = Article(doc["text"], path=doc.get("id"), language=doc.get("language"), published=published)
        rec = to_record(parse_article(art, with_dates=with_dates))
        pred = {(m["start"], m["end"]): m for m in rec["mentions"]}
        gold_spans = {(t["start"], t["end"]): t for t in doc["toponyms"]}
        lang = doc.get("language") or rec["language"] or "?"
        for bucket in (scores["all"], scores[lang]):
            for span, g in gold_spans.items():
                m = pred.get(span)
                if m is None:
                    bucket.fn += 1
                    bucket.misses.append(f"{doc['id']}: {g['text']!r}")
                    continue
                bucket.tp += 1
                err = _error_km(g, m)
                bucket.errors_km.append(err)
                if err > 50:
                    bucket.wrong_place.append(f"{doc['id']}: {g['text']!r} -> {m['name']} ({m['country_code']})"
                                              f" {err:.0f} km")
                if with_dates and g.get("event_date"):
                    bucket.dated += 1
                    bucket.dated_ok += m["event_date"] == g["event_date"]
            for span, m in pred.items():
                if span not in gold_spans:
                    bucket.fp += 1
                    bucket.false_positives.append(f"{doc['id']}: {m['text']!r} -> {m['name']} ({m['country_code']})")
    return dict(scores)


def report(scores: dict[str, Score]) -> str:
    """A plain table, overall first, then per language."""
    head = f"{'lang':6} {'P':>6} {'R':>6} {'F1':>6} {'Acc161':>7} {'<=50km':>7} {'medkm':>7} {'dates':>6} {'n':>5}"
    rows = [head]
    for lang in ["all", *sorted(k for k in scores if k != "all")]:
        s = scores[lang]
        rows.append(f"{lang:6} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.within(161):7.3f} "
                    f"{s.within(50):7.3f} {s.median_km:7.1f} {s.date_accuracy:6.3f} {s.tp + s.fn:5d}")
    return "\n".join(rows)
