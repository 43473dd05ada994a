"""The index build on a small gazetteer (no GeoNames cities): what it leaves in its directory."""

from __future__ import annotations

import importlib

import pytest

build_mod = importlib.import_module("geodata.gazetteer.build")  # the package re-exports build(), the function


@pytest.fixture
def tiny(monkeypatch):
    """Countries and regions only (no cities, curated places or word frequencies): a few seconds."""
    for step in ("_cities", "_curated"):
        monkeypatch.setattr(build_mod, step, lambda *a, **k: {})
    monkeypatch.setattr(build_mod, "_common_words", lambda *a, **k: 0)


def test_a_failed_build_leaves_no_temporary_files(tiny, monkeypatch, tmp_path):
    def broken(*_a, **_k):
        raise RuntimeError("wordfreq needs a tokenizer")

    monkeypatch.setattr(build_mod, "_common_words", broken)
    with pytest.raises(RuntimeError):
        build_mod.build(tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_build_sweeps_what_killed_builds_left(tiny, tmp_path):
    dead = tmp_path / "gazetteer-0123456789abcdef.999999999.tmp"  # no such process
    dead.write_bytes(b"half an index")
    paths = build_mod.build(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in (paths.db, paths.exact, paths.stems))


@pytest.mark.parametrize("name,bare", [
    ("广岛市", "广岛"),
    ("히로시마 시", "히로시마"),
    ("လားရှိုးမြို့", "လားရှိုး"),  # Lashio: two syllables
    ("မန္တလေးမြို့", "မန္တလေး"),  # Mandalay: three (န္ is stacked, it ends မန်)
    ("ချောက်မြို့", None),  # Chauk: one syllable, and a word (a cliff)
    ("ဂွမြို့", None),
    ("Mandalay", None),
])
def test_names_without_their_city_word(name, bare):
    assert build_mod._without_city_word(name) == bare


@pytest.mark.parametrize("name,drop,has,hasnt", [
    ("Tall Abyaḑ", False, {" tal abyad ", " tel abyad ", " tell abyad "}, set()),
    ("Ma‘arrat an Nu‘mān", False, {" maarat al numan ", " maarrat en numan "}, {" maarrat numan "}),
    ("Ra’s al ‘Ayn", False, {" ras al ain ", " ras el ein "}, set()),
    ("Al Qayyārah", True, {" qayyarah ", " qayara ", " el qayyarah "}, set()),
    ("Al Qayyārah", False, {" el qayyarah "}, {" qayyarah "}),  # a smaller town keeps its article
    ("Sulaimaniya", False, {" sulaimaniyah ", " sulaimaniyeh "}, set()),
    ("‘Anah", True, set(), {" ana ", " aneh "}),  # one word of four letters: no variant
    ("Es Sur", True, set(), {" el sur ", " sur "}),  # not five letters without the article
    ("Эль-Камышлы", True, {" камышлы "}, set()),
    ("Эр-Камышлы", True, set(), {" камышлы "}),  # "эр" is the article before р only
    ("א-סווידא", True, {" סווידא "}, set()),
    ("الناصریه", True, {" ناصریه "}, set()),
    ("القامشلي", True, set(), {" قامشلي "}),  # Arabic letters: Arabic writes the article
])
def test_arabic_press_spellings(name, drop, has, hasnt):
    spellings = build_mod._arabic_spellings(name, drop)
    assert has <= spellings and not hasnt & spellings
