"""Score the geoparser and the dates on both annotated sets; thresholds sit just under today's figures
so a regression fails the build. Issue targets: P, R >= 0.95 and >= 95% within 50 km on our gold; English
strict F1 >= 0.80 and Acc@161 >= 0.95; event dates >= 0.90 where the sentence gives a cue."""

from __future__ import annotations

import pytest

from geodata.evaluate import evaluate, load_gold, report
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def demo():
    return evaluate(load_gold(ROOT / "tests" / "data" / "demo_gold.jsonl"))


@pytest.fixture(scope="module")
def traps():
    return evaluate(load_gold(ROOT / "tests" / "data" / "gold.jsonl"))


def test_demo_corpus_meets_the_targets(demo):
    s = demo["all"]
    print("\n" + report(demo))
    assert s.precision >= 0.95 and s.recall >= 0.95
    assert s.within(50) >= 0.95
    assert s.date_accuracy >= 0.90


def test_trap_set(traps):
    s = traps["all"]
    print("\n" + report(traps))
    assert s.precision >= 0.95
    assert s.recall >= 0.95
    assert s.within(50) >= 0.95
    assert s.date_accuracy >= 0.90


def test_english_news(traps):
    en = traps["en"]
    assert en.f1 >= 0.80 and en.within(161) >= 0.95


@pytest.mark.parametrize("lang", ["ar", "az", "de", "en", "es", "fr", "hy", "id", "ru", "tr", "uk"])
def test_no_language_is_left_behind(traps, demo, lang):
    for scores in (traps, demo):
        if lang in scores:
            assert scores[lang].f1 >= 0.80, f"{lang}: {scores[lang].summary()}"
