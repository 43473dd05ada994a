"""The annotated demo corpus: markup converts, the gold JSONL and seeds/demo are up to date, reports are in bounds."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import ROOT, load_script, read_jsonl

MARKUP_DIR = ROOT / "tests" / "data" / "demo"
GOLD = ROOT / "tests" / "data" / "demo_gold.jsonl"
SEEDS = ROOT / "seeds" / "demo"
FIRST, LAST = dt.date(2020, 9, 27), dt.date(2020, 12, 1)
MIN_PER_LANGUAGE, MIN_TOTAL = 8, 80




@pytest.fixture(scope="module")
def make_demo() -> ModuleType:
    return load_script("make_demo")


@pytest.fixture(scope="module")
def markup_files() -> list[Path]:
    files = sorted(MARKUP_DIR.glob("*.md"))
    assert files, f"no markup files in {MARKUP_DIR}"
    return files


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return read_jsonl(GOLD)


def test_every_markup_file_converts(gold_markup, markup_files):
    ids: list[str] = []
    for path in markup_files:
        blocks = gold_markup.parse_blocks(path.read_text(encoding="utf-8"), str(path))
        assert blocks, f"{path.name} has no article blocks"
        for block in blocks:
            assert block["language"] == path.stem, f"{block['id']} in {path.name} says lang {block['language']}"
        ids += [b["id"] for b in blocks]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]


def test_gold_jsonl_is_up_to_date(gold_markup, markup_files, tmp_path):
    fresh = tmp_path / "demo_gold.jsonl"
    assert gold_markup.main([str(p) for p in markup_files] + ["-o", str(fresh)]) == 0
    assert fresh.read_bytes() == GOLD.read_bytes(), (
        "tests/data/demo_gold.jsonl is stale: run scripts/gold_markup.py tests/data/demo/*.md "
        "-o tests/data/demo_gold.jsonl")


def test_reports_are_80_to_300_words(rows):
    bad = {r["id"]: n for r in rows if not 80 <= (n := len(r["text"].split())) <= 300}
    assert not bad


def test_dates_fall_in_the_war(rows):
    for r in rows:
        published = dt.date.fromisoformat(r["published"])
        assert FIRST <= published <= LAST, r["id"]
        for t in r["toponyms"]:
            if t["event_date"]:
                assert FIRST <= dt.date.fromisoformat(t["event_date"]) <= LAST, (r["id"], t)
            if t["role"] == "dateline":
                assert t["event_date"] is None, (r["id"], t)


def test_enough_reports_per_language_and_in_all(rows):
    per_language = Counter(r["language"] for r in rows)
    assert all(n >= MIN_PER_LANGUAGE for n in per_language.values()), per_language
    assert len(rows) >= MIN_TOTAL, f"{len(rows)} reports, want at least {MIN_TOTAL}: {dict(per_language)}"


def test_toponym_offsets_index_the_text(rows):
    for r in rows:
        assert r["toponyms"], r["id"]
        for t in r["toponyms"]:
            assert r["text"][t["start"]:t["end"]] == t["text"], (r["id"], t)


def test_each_place_has_one_set_of_coordinates(rows):
    coords: dict[str, set] = {}
    for r in rows:
        for t in r["toponyms"]:
            coords.setdefault(t["name"], set()).add((t["lat"], t["lon"], t["kind"]))
    assert not {name: c for name, c in coords.items() if len(c) > 1}


def test_seeds_demo_is_up_to_date(make_demo, tmp_path):
    out = tmp_path / "demo"
    assert make_demo.main(["--gold", str(GOLD), "--out", str(out)]) == 0
    fresh = {p.name: p.read_bytes() for p in sorted(out.iterdir())}
    committed = {p.name: p.read_bytes() for p in sorted(SEEDS.iterdir())} if SEEDS.is_dir() else {}
    assert sorted(fresh) == sorted(committed), "seeds/demo is stale: run scripts/make_demo.py"
    stale = [name for name in fresh if fresh[name] != committed[name]]
    assert not stale, f"seeds/demo is stale ({stale[:5]}): run scripts/make_demo.py"


def test_make_demo_is_deterministic_and_covers_every_format(make_demo, rows):
    files = make_demo.build(rows)
    assert files == make_demo.build(list(reversed(rows)))
    suffixes = Counter(Path(name).suffix for name in files)
    assert suffixes[".txt"] >= len(rows) // 4 and suffixes[".html"] >= len(rows) // 8
    assert {make_demo.JSONL_NAME, make_demo.CSV_NAME, make_demo.RSS_NAME} <= set(files)
    for name, text in files.items():
        if name.endswith(".html"):
            assert 'rel="canonical" href="https://demo.invalid/' in text
            assert 'property="article:published_time"' in text and "<html lang=" in text
    assert all(r["source"] == make_demo.SOURCE for r in map(make_demo.record, rows))
