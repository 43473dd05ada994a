"""Property-based: parse never raises on arbitrary or mutated text, and every offset indexes the text."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geodata.model import Article
from geodata.pipeline import parse_article, to_record
from tests.conftest import ROOT

DEMO = [json.loads(x)["text"] for x in (ROOT / "tests" / "data" / "demo_gold.jsonl").read_text("utf-8").splitlines()]
# Scripts and languages with their own code paths: unspaced (per-character tokens), Georgian, Greek, Hebrew
# proclitics, Slavic ending swaps, Korean particles.
DEMO += [
    "俄罗斯军队周二向乌克兰东部的顿涅茨克发动进攻。基辅表示，哈尔科夫也遭到炮击。",
    "ゼレンスキー大統領はキーウで記者会見を開いた。日本政府は東京で支援を決定した。",
    "กองทัพเมียนมาปะทะกับกลุ่มติดอาวุธใกล้ชายแดนจีน ผู้ลี้ภัยหนีเข้าประเทศไทยที่อำเภอแม่สอด",
    "이집트와 카타르는 카이로와 도하에서 휴전 협상을 중재하고 있다.",
    "რუსულმა ჯარებმა უკრაინის აღმოსავლეთში დონეცკს შეუტიეს. კიევის თქმით, ხარკოვიც დაიბომბა.",
    "Αξιωματούχοι του Κιέβου και της Μόσχας συναντήθηκαν στην Κωνσταντινούπολη.",
    "הצבא תקף בעזה, ובתל אביב נערכו הפגנות.",
    "Według Kijowa ostrzelany został Charków. W Warszawie zwołano narady.",
]
LANGS = st.sampled_from([None, "en", "ru", "ar", "hy", "az", "tr", "de", "id", "xx", "zz-ZZ", "ka", "zh", "ja", "ko",
                         "th", "he", "pl", "cs", "el", "ro", "nl"])


def check(text: str, language, published) -> None:
    rec = to_record(parse_article(Article(text, language=language, published=published)))
    for m in rec["mentions"]:
        assert 0 <= m["start"] < m["end"] <= len(text)
        assert text[m["start"]:m["end"]] == m["text"]
        assert m["text"] in m["sentence"]
        assert -90 <= m["lat"] <= 90 and -180 <= m["lon"] <= 180
        assert 0.0 <= m["confidence"] <= 1.0
        if m["event_date"]:
            dt.date.fromisoformat(m["event_date"])
    json.dumps(rec)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=600), LANGS, st.none() | st.dates())
def test_random_text(text, language, published):
    check(text, language, published)


@st.composite
def mutated(draw):
    """A demo article with random slices cut, duplicated, upper-cased or replaced by random characters."""
    text = draw(st.sampled_from(DEMO))
    for _ in range(draw(st.integers(0, 6))):
        i = draw(st.integers(0, len(text)))
        j = draw(st.integers(i, min(len(text), i + 40)))
        op = draw(st.sampled_from(["cut", "dup", "upper", "noise", "nul"]))
        if op == "cut":
            text = text[:i] + text[j:]
        elif op == "dup":
            text = text[:j] + text[i:j] + text[j:]
        elif op == "upper":
            text = text[:i] + text[i:j].upper() + text[j:]
        elif op == "noise":
            text = text[:i] + draw(st.text(max_size=20)) + text[j:]
        else:
            text = text[:i] + "\x00\u200b\ufeff\u0301" + text[i:]
    return text


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated(), LANGS, st.none() | st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)))
def test_mutated_articles(text, language, published):
    check(text, language, published)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_split_words_agrees_with_tokens(text):
    """The recogniser's fast word split gives the same words, offsets and gaps as ``tokens``."""
    from geodata.gazetteer.normalize import fold, fold_words, split_words, tokens

    spans = tokens(text)
    words, gaps, bounds = split_words(text)
    assert words == [t for _s, _e, t in spans]
    assert [(bounds[2 * i], bounds[2 * i + 1]) for i in range(len(words))] == [(s, e) for s, e, _t in spans]
    assert "".join(g + w for g, w in zip(gaps, [*words, ""], strict=True)) == text
    assert fold_words(words) == [fold(t) for t in words]
