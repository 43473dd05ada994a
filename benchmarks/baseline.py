"""A naive geoparser to compare against: every GeoNames name, matched as whole words, most populous wins.

It runs the gazetteer's exact automaton over the text's folded (lower-cased, Latin accents dropped) token
string, so only whole words match. Every match is accepted: no capitalisation, stop-list, person,
organisation or context rules, no stems. Overlapping matches keep the longest (then leftmost), as any
dictionary tagger does, so "Nagorno-Karabakh" is not also counted as "Karabakh". Each name goes to its
most populous candidate (ties: the place key).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from geodata.evaluate import Score, _error_km
from geodata.gazetteer import Gazetteer
from geodata.gazetteer.normalize import fold, tokens
from geodata.model import Place


@dataclass(frozen=True, slots=True)
class NaiveMention:
    start: int
    end: int
    place: Place


def naive_parse(text: str, gaz: Gazetteer) -> list[NaiveMention]:
    """Place mentions of ``text`` by plain dictionary look-up."""
    spans = tokens(text)
    if not spans:
        return []
    words = [t.lower() if t.isascii() else fold(t) for _s, _e, t in spans]
    ends: dict[int, int] = {}
    pos = 1
    for i, w in enumerate(words):
        pos += len(w)
        ends[pos] = i
        pos += 1
    norm = " " + " ".join(words) + " "
    found: list[tuple[int, int, int]] = []  # (first token, last token + 1, name id)
    for end_pos, value in gaz.exact.iter(norm):
        te = ends.get(end_pos)
        if te is None:
            continue
        ts = te - (value & 63) + 1
        if ts >= 0:
            found.append((ts, te + 1, value >> 6))
    found.sort(key=lambda f: (f[0] - f[1], f[0]))  # longest first, then leftmost
    taken: set[int] = set()
    out = []
    for ts, te, name_id in found:
        span = set(range(ts, te))
        if taken & span:
            continue
        cands = gaz.candidates(name_id)
        if not cands:
            continue
        taken |= span
        best = max(cands, key=lambda c: (c.place.population, c.place.key))
        out.append(NaiveMention(spans[ts][0], spans[te - 1][1], best.place))
    out.sort(key=lambda m: m.start)
    return out


def _score(gold: Iterable[dict], predict: Callable[[dict], list[dict]]) -> Score:
    """Strict-span precision/recall and distance errors, as ``geodata.evaluate`` counts them."""
    score = Score()
    for doc in gold:
        pred = {(m["start"], m["end"]): m for m in predict(doc)}
        gold_spans = {(t["start"], t["end"]): t for t in doc["toponyms"]}
        for span, g in gold_spans.items():
            m = pred.get(span)
            if m is None:
                score.fn += 1
                continue
            score.tp += 1
            score.errors_km.append(_error_km(g, m))
        score.fp += sum(span not in gold_spans for span in pred)
    return score


def score_naive(gold: list[dict], gaz: Gazetteer) -> Score:
    """The naive matcher on annotated documents."""

    def predict(doc: dict) -> list[dict]:
        return [{"start": m.start, "end": m.end, "kind": m.place.kind, "country_code": m.place.country_code,
                 "lat": m.place.lat, "lon": m.place.lon} for m in naive_parse(doc["text"], gaz)]

    return _score(gold, predict)
