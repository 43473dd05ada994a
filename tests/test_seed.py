"""Issue 2's exact expectations for the seed article, through the real `python -m geodata parse`."""

from __future__ import annotations

import json
import subprocess

import pytest

from tests.conftest import PYTHON, ROOT, SEED


@pytest.fixture(scope="module")
def record():
    out = subprocess.run([PYTHON, "-m", "geodata", "parse", str(SEED)], cwd=ROOT, capture_output=True, text=True,
                         check=True)
    lines = out.stdout.splitlines()
    assert len(lines) == 1
    return json.loads(lines[0])


def test_record_shape(record):
    assert set(record) >= {"path", "title", "published", "language", "mentions"}
    assert record["language"] == "id"
    for m in record["mentions"]:
        assert set(m) >= {"start", "end", "text", "name", "kind", "country_code", "lat", "lon", "geonameid",
                          "role", "event_date", "confidence", "sentence"}
        assert m["kind"] in ("country", "region", "city", "place")
        assert m["role"] in ("event", "dateline")
        assert 0.0 <= m["confidence"] <= 1.0


def test_offsets_index_the_file_text(record):
    text = SEED.read_bytes().decode("utf-8")
    for m in record["mentions"]:
        assert text[m["start"]:m["end"]] == m["text"]
        assert m["text"] in m["sentence"]


EXPECTED = {  # surface -> (country code, kind)
    "Nagorno-Karabakh": (None, "region"), "Armenia": ("AM", "country"), "Azerbaijan": ("AZ", "country"),
    "Turki": ("TR", "country"), "Prancis": ("FR", "country"), "Rusia": ("RU", "country"),
    "Amerika Serikat": ("US", "country"), "Suriah": ("SY", "country"),
}


def test_every_occurrence_of_every_expected_place(record):
    text = SEED.read_text(encoding="utf-8")
    found = {(m["start"], m["text"]) for m in record["mentions"]}
    import regex

    for surface, (cc, kind) in EXPECTED.items():
        for occ in regex.finditer(rf"(?<![\p{{L}}-]){regex.escape(surface)}(?![\p{{L}}-])", text):
            assert (occ.start(), surface) in found, f"missed {surface} at {occ.start()}"
        for m in record["mentions"]:
            if m["text"] == surface:
                assert m["kind"] == kind
                if cc:
                    assert m["country_code"] == cc


def test_nothing_else(record):
    surfaces = {m["text"] for m in record["mentions"]}
    assert surfaces <= set(EXPECTED) | {"JAKARTA"}
    for bad in ("Shushan", "Stepanyan", "Anadolu", "Medan", "medan", "Baca", "Juga", "Perdana", "Sumber",
                "Kita", "Aljazeera", "Facebook"):
        assert bad not in surfaces


def test_jakarta_is_the_dateline(record):
    jak = [m for m in record["mentions"] if m["text"] == "JAKARTA"]
    assert len(jak) == 1 and jak[0]["role"] == "dateline" and jak[0]["country_code"] == "ID"
    assert all(m["role"] == "event" for m in record["mentions"] if m["text"] != "JAKARTA")


def test_dates(record):
    assert record["published"] == "2020-10-04"
    by_sentence = {}
    for m in record["mentions"]:
        by_sentence.setdefault(m["sentence"], set()).add(m["event_date"])
    for sentence, dates in by_sentence.items():
        if "Jumat (2/10/2020)" in sentence:
            assert dates == {"2020-10-02"}
        elif "kemarin pagi" in sentence:
            assert dates == {"2020-10-03"}
        else:
            assert dates == {"2020-10-04"}, sentence
    assert any("Jumat (2/10/2020)" in s for s in by_sentence)
