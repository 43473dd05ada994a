"""Readers: every format, every bad input yielding exactly one clear ReadError while the batch goes on.

All fixtures are made in tmp_path (tests/data/ is git-ignored); URLs hit a local http.server only.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from test_fetch import LocalServer, send  # pytest puts tests/ on sys.path (rootdir-relative import)

from geodata import readers
from geodata.fetch import Fetcher, Response
from geodata.model import Article, ReadError
from geodata.readers import (
    DEFAULT_MAX_BYTES,
    SUPPORTED_EXTENSIONS,
    default_max_bytes,
    parse_size,
    read_bytes,
    read_paths,
)

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_8f93afd6af636940.txt"

RUSSIAN = (
    "Вооружённые силы Армении и Азербайджана продолжают бои в Нагорном Карабахе. "
    "Погибли сотни человек, сообщает министерство обороны.\n"
)
TURKISH = (
    "Türkiye Dışişleri Bakanlığı, Dağlık Karabağ'daki çatışmalar hakkında açıklama yaptı. "
    "Şehirde ağır hasar var, çok sayıda sivil öldü.\n"
)
FRENCH = (
    "Les forces arméniennes et azerbaïdjanaises s'affrontent près de Stepanakert. "
    "Des dizaines de civils ont été blessés, selon le ministère.\n"
)

PAGE = """<!doctype html>
<html lang="hy-AM"><head><meta charset="{charset}">
<title>Clashes in Karabakh | Example News</title>
<meta property="og:title" content="Clashes in Karabakh">
<link rel="canonical" href="https://news.example/world/karabakh-clashes">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2020-10-05T08:30:00+04:00">
<script>var tracker = "SCRIPT-NOISE";</script><style>p {{ color: red }}</style>
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> NAV-NOISE</nav>
<article><h1>Clashes in Karabakh</h1>
<p>Heavy fighting between Armenian and Azerbaijani forces continued in Nagorno-Karabakh on Monday,
with hundreds of people reported killed since the clashes began last week.</p>
<p>Both sides ignored calls from abroad for a ceasefire &amp; said they were ready to fight on,
while shelling hit Stepanakert and the town of Ganja for a second day.</p>
<p>{extra}</p>
</article>
<footer>FOOTER-NOISE (c) Example News</footer>
</body></html>
"""

RSS = """<?xml version="1.0" encoding="{encoding}"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example Wire</title><link>https://wire.example/</link><language>en-gb</language>
<item><title>Shelling in Stepanakert</title><link>https://wire.example/1</link>
<pubDate>Mon, 05 Oct 2020 23:30:00 -0400</pubDate>
<description>short summary</description>
<content:encoded><![CDATA[<p>Shelling hit <b>Stepanakert</b> overnight.</p>
<p>Officials &amp; residents fled.</p><script>alert(1)</script>]]></content:encoded></item>
<item><title>Ganja hit &amp; damaged</title><link>https://wire.example/2</link>
<pubDate>Sun, 04 Oct 2020 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Missiles struck Ganja &amp;amp; nearby villages.&lt;/p&gt;</description></item>
<item><title>Empty one</title><link>https://wire.example/3</link></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
<title>Fil Exemple</title><id>urn:x</id><updated>2020-10-06T00:00:00Z</updated>
<entry><title>Combats au Karabakh</title><id>urn:1</id><link href="https://fil.example/1"/>
<published>2020-10-06T09:00:00+02:00</published><updated>2020-10-06T10:00:00+02:00</updated>
<content type="html">&lt;p&gt;Les combats continuent près de Stepanakert.&lt;/p&gt;</content></entry>
</feed>
"""


def run(items: object, **options: object) -> list[Article | ReadError]:
    return list(read_paths(items, **options))  # type: ignore[arg-type]


def articles(results: list[Article | ReadError]) -> list[Article]:
    return [r for r in results if isinstance(r, Article)]


def errors(results: list[Article | ReadError]) -> list[ReadError]:
    return [r for r in results if isinstance(r, ReadError)]


def only_error(results: list[Article | ReadError]) -> ReadError:
    assert len(results) == 1, results
    assert isinstance(results[0], ReadError), results
    assert "\n" not in results[0].reason
    return results[0]


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def zip_bytes(entries: dict[str, bytes | str], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


# --------------------------------------------------------------------------------------------------- txt


def test_seed_txt_is_read_exactly_with_source() -> None:
    [article] = run([SEED])
    assert isinstance(article, Article)
    assert article.text == SEED.read_text(encoding="utf-8")
    assert article.source == "Bisnis.com"
    assert article.title is None
    assert article.path == str(SEED)
    assert article.record is None


def test_txt_strips_bom_and_nothing_else(tmp_path: Path) -> None:
    raw = "  Line one\r\nline two\t \n\n"
    [article] = run([write(tmp_path / "a.txt", b"\xef\xbb\xbf" + raw.encode())])
    assert isinstance(article, Article)
    assert article.text == raw
    assert article.source is None


@pytest.mark.parametrize(
    ("opening", "source"),
    [
        ("Bisnis.com, JAKARTA - Fighting", "Bisnis.com"),
        ("Reuters, KYIV — Fighting", "Reuters"),
        ("YEREVAN (Reuters) - Fighting", "Reuters"),
        ("STEPANAKERT, Azerbaijan (AP) — Fighting", "AP"),
        ("AFP, BAKU - Fighting", "AFP"),
        ("WASHINGTON, D.C. - Fighting", None),
        ("However, the army said - no", None),
        ("Fighting continued on Monday.", None),
    ],
)
def test_source_from_dateline(opening: str, source: str | None) -> None:
    [article] = read_bytes(f"{opening} in the region.\nMore.".encode(), "a.txt")
    assert isinstance(article, Article)
    assert article.source == source


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (RUSSIAN, "utf-8"),
        (RUSSIAN, "utf-8-sig"),
        (RUSSIAN, "utf-16"),  # with BOM, little-endian here
        (TURKISH, "utf-16-be-bom"),
        (RUSSIAN, "cp1251"),
        (TURKISH, "cp1254"),
        (FRENCH, "latin-1"),
    ],
)
def test_encodings(text: str, encoding: str) -> None:
    if encoding == "utf-16-be-bom":
        data = b"\xfe\xff" + text.encode("utf-16-be")
    else:
        data = text.encode(encoding)
    [article] = read_bytes(data, "a.txt")
    assert isinstance(article, Article), article
    assert article.text == text


def test_mostly_utf8_with_a_stray_byte_stays_utf8() -> None:
    data = RUSSIAN.encode() + b"\xff" + RUSSIAN.encode()
    [article] = read_bytes(data, "a.txt")
    assert isinstance(article, Article)
    assert article.text == RUSSIAN + "\ufffd" + RUSSIAN


# --------------------------------------------------------------------------------------------------- html


@pytest.fixture(params=["trafilatura", "fallback"])
def extractor(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run HTML tests with trafilatura (when importable) and with the built-in fallback extractor."""
    if request.param == "trafilatura":
        if readers._trafilatura() is None:
            pytest.skip("trafilatura is not importable here (it needs lxml_html_clean)")
    else:
        monkeypatch.setattr(readers, "_trafilatura", lambda: None)
    return str(request.param)


def check_page(article: Article | ReadError) -> Article:
    assert isinstance(article, Article), article
    assert article.title == "Clashes in Karabakh"
    assert article.url == "https://news.example/world/karabakh-clashes"
    assert article.language == "hy"
    assert article.published == dt.date(2020, 10, 5)
    assert article.source == "Example News"
    assert "Heavy fighting between Armenian and Azerbaijani forces" in article.text
    assert "ceasefire & said" in article.text
    assert "Nagorno-Karabakh on Monday,\nwith" not in article.text  # a paragraph is one line...
    assert "\nBoth sides ignored" in article.text  # ...and paragraphs are separated by "\n"
    for noise in ("SCRIPT-NOISE", "NAV-NOISE", "FOOTER-NOISE", "color: red"):
        assert noise not in article.text
    return article


def test_html_page(tmp_path: Path, extractor: str) -> None:
    page = PAGE.format(charset="utf-8", extra="Civilians sheltered in basements across the region.")
    check_page(*run([write(tmp_path / "page.html", page)]))


def test_html_legacy_charset_from_meta(tmp_path: Path, extractor: str) -> None:
    page = PAGE.format(charset="windows-1251", extra=RUSSIAN.strip())
    article = check_page(*run([write(tmp_path / "page.htm", page.encode("cp1251"))]))
    assert RUSSIAN.strip()[:40] in article.text


def test_html_pathological_nesting_is_refused(tmp_path: Path) -> None:
    deep = "<html><body>" + "<div>" * 5000 + "text" + "</div>" * 5000 + "</body></html>"
    error = only_error(run([write(tmp_path / "deep.html", deep)]))
    assert "nested more than" in error.reason


def test_html_entity_expansion_is_refused(tmp_path: Path) -> None:
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
        "<html><body><p>&b;&b;&b;</p></body></html>"
    )
    error = only_error(run([write(tmp_path / "bomb.xhtml", bomb)]))
    assert "entities" in error.reason


def test_html_without_text(tmp_path: Path) -> None:
    error = only_error(
        run([write(tmp_path / "blank.html", "<html><body><script>x()</script></body></html>")])
    )
    assert error.reason == "no article text found in the HTML page"


# --------------------------------------------------------------------------------------------------- json


def test_json_array_with_common_fields(tmp_path: Path) -> None:
    records = [
        {
            "Headline": "  Ceasefire   talks ",
            "Body": "Talks in Moscow.\nMore text.",
            "pubDate": "Mon, 05 Oct 2020 23:30:00 -0400",
            "Lang": "ru-RU",
            "outlet": "TASS",
            "link": "https://tass.example/1",
        },
        {"text": "Second.", "published_at": "2020-10-06T01:00:00Z", "source": {"id": "bbc", "name": "BBC"}},
        42,
        {"title": "No body here", "id": 7},
        {"content": ["First paragraph.", "Second paragraph."], "date": 1601856000},
    ]
    path = write(tmp_path / "batch.json", json.dumps(records))
    results = run([path])
    assert len(results) == 5
    first, second, number, empty, listed = results
    assert first == Article(
        text="Talks in Moscow.\nMore text.",
        path=str(path),
        record="item 1",
        title="Ceasefire talks",
        url="https://tass.example/1",
        source="TASS",
        published=dt.date(2020, 10, 5),  # the publisher's own calendar day, not converted to UTC
        language="ru",
    )
    assert isinstance(second, Article)
    assert (second.source, second.published, second.record) == ("BBC", dt.date(2020, 10, 6), "item 2")
    assert isinstance(number, ReadError)
    assert (number.record, number.reason) == ("item 3", "a number where an article object was expected")
    assert isinstance(empty, ReadError)
    assert empty.record == "item 4"
    assert empty.reason.startswith("no text")
    assert "title, id" in empty.reason
    assert isinstance(listed, Article)
    assert listed.text == "First paragraph.\nSecond paragraph."
    assert listed.published == dt.date(2020, 10, 5)


def test_json_single_object_and_container(tmp_path: Path) -> None:
    single = write(tmp_path / "one.json", json.dumps({"title": "T", "article": "Solo text."}))
    wrapped = write(
        tmp_path / "wrapped.json", json.dumps({"status": "ok", "articles": [{"text": "A."}, {"text": "B."}]})
    )
    results = run([single, wrapped])
    assert [(a.text, a.record) for a in articles(results)] == [
        ("Solo text.", None),
        ("A.", "item 1"),
        ("B.", "item 2"),
    ]
    assert errors(results) == []


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('[{"text": "a"', "invalid JSON: Expecting ',' delimiter at line 1, column 14"),
        ("[" * 100_000 + "]" * 100_000, "invalid JSON: nested too deeply"),
        ("123", "JSON holds a number, not an article or a list of articles"),
        ("[]", "JSON list is empty: no articles"),
    ],
)
def test_json_bad_files(tmp_path: Path, content: str, reason: str) -> None:
    assert only_error(run([write(tmp_path / "bad.json", content)])).reason == reason


def test_jsonl_bad_line_does_not_stop_the_rest(tmp_path: Path) -> None:
    lines = ['{"text": "one"}', "{broken", "", '{"text": "three", "lang": "EN"}', "[1, 2]", '"just a string"']
    path = write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    results = run([path])
    assert [(type(r).__name__, r.record) for r in results] == [
        ("Article", "line 1"),
        ("ReadError", "line 2"),
        ("Article", "line 4"),
        ("ReadError", "line 5"),
        ("Article", "line 6"),
    ]
    bad = results[1]
    assert isinstance(bad, ReadError)
    assert bad.path == str(path)
    assert bad.reason == "invalid JSON: Expecting property name enclosed in double quotes at column 2"
    assert str(bad) == f"{path} (line 2): {bad.reason}"
    assert results[2].language == "en"  # type: ignore[union-attr]


def test_ndjson_extension(tmp_path: Path) -> None:
    [article] = run([write(tmp_path / "x.ndjson", '{"full_text": "Body."}\n')])
    assert isinstance(article, Article)
    assert article.text == "Body."


# --------------------------------------------------------------------------------------------------- csv


def test_csv_sniffed_semicolons_and_bad_rows(tmp_path: Path) -> None:
    content = (
        "title;text;date;language\n"
        'T1;"Multi-line\ntext; with semicolon";5 октября 2020;ru\n'
        'T2;"broken"quote;2020-10-06;en\n'
        "T3;fine;06/10/2020;en\n"
        "T4;too;many;fields;here\n"
        ";;;\n"
        "T5;;2020-10-07;en\n"
    )
    path = write(tmp_path / "export.csv", content)
    results = run([path])
    assert [(type(r).__name__, r.record) for r in results] == [
        ("Article", "row 2"),
        ("ReadError", "row 3"),
        ("Article", "row 4"),
        ("ReadError", "row 5"),
        ("ReadError", "row 7"),
    ]
    first = results[0]
    assert isinstance(first, Article)
    assert (first.text, first.title, first.published, first.language) == (
        "Multi-line\ntext; with semicolon",
        "T1",
        dt.date(2020, 10, 5),
        "ru",
    )
    assert results[1].reason.startswith("malformed CSV row")  # type: ignore[union-attr]
    assert results[3].reason == "row has 5 fields but the header has 4"  # type: ignore[union-attr]
    assert results[4].reason.startswith("no text")  # type: ignore[union-attr]


def test_tsv_and_field_map_with_html_body(tmp_path: Path) -> None:
    content = (
        "id\tbody_html\tpub\theadline\n"
        "1\t<p>Shelling in <b>Ganja</b> &amp; Barda.</p><p>Second para.</p>\t2020-10-11\tGanja\n"
    )
    path = write(tmp_path / "export.tsv", content)
    [article] = run([path], field_map={"text": "body_html", "published": "pub"})
    assert isinstance(article, Article)
    assert article.text == "Shelling in Ganja & Barda.\nSecond para."
    assert article.published == dt.date(2020, 10, 11)
    assert article.title == "Ganja"


def test_field_map_naming_a_missing_column_is_one_error(tmp_path: Path) -> None:
    path = write(tmp_path / "export.csv", "a,b\n1,2\n3,4\n")
    error = only_error(run([path], field_map={"text": "body_html"}))
    assert (
        error.reason == "column 'body_html' (from --map text=body_html) is not in the header; columns: a, b"
    )


def test_field_map_unknown_field_fails_fast() -> None:
    with pytest.raises(ValueError, match="unknown field 'body'"):
        read_paths([], field_map={"body": "x"})


def test_csv_field_bigger_than_csv_default_limit(tmp_path: Path) -> None:
    big = "word " * 40_000  # 200 kB in one cell, over csv's 128 KiB default
    [article] = run([write(tmp_path / "big.csv", f"text\n{big}\n")])
    assert isinstance(article, Article)
    assert article.text == big


# --------------------------------------------------------------------------------------------------- feeds


def test_rss_file(tmp_path: Path) -> None:
    path = write(tmp_path / "wire.rss", RSS.format(encoding="utf-8"))
    results = run([path])
    assert [(type(r).__name__, r.record) for r in results] == [
        ("Article", "item 1"),
        ("Article", "item 2"),
        ("ReadError", "item 3"),
    ]
    first, second, empty = results
    assert isinstance(first, Article)
    assert first.text == "Shelling hit Stepanakert overnight.\nOfficials & residents fled."
    assert (first.title, first.url, first.language, first.source) == (
        "Shelling in Stepanakert",
        "https://wire.example/1",
        "en",
        "Example Wire",
    )
    assert first.published == dt.date(2020, 10, 5)
    assert isinstance(second, Article)
    assert second.text == "Missiles struck Ganja & nearby villages."
    assert second.title == "Ganja hit & damaged"
    assert isinstance(empty, ReadError)
    assert empty.reason == "entry has no content or summary"


def test_atom_and_xml_feeds(tmp_path: Path) -> None:
    atom = write(tmp_path / "fil.atom", ATOM)
    xml = write(tmp_path / "wire.xml", RSS.format(encoding="windows-1251").encode("cp1251"))
    results = run([atom, xml])
    first = results[0]
    assert isinstance(first, Article)
    assert (first.text, first.language, first.published) == (
        "Les combats continuent près de Stepanakert.",
        "fr",
        dt.date(2020, 10, 6),
    )
    assert len(articles(results)) == 3


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("other.xml", '<?xml version="1.0"?><catalog><book/></catalog>', "XML that is neither"),
        ("empty.rss", '<rss version="2.0"><channel><title>x</title></channel></rss>', "feed has no entries"),
        (
            "bomb.rss",
            (
                '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
                "<rss><channel><item><description>&b;</description></item></channel></rss>"
            ),
            "declares XML entities",
        ),
    ],
)
def test_bad_feeds(tmp_path: Path, name: str, content: str, reason: str) -> None:
    assert reason in only_error(run([write(tmp_path / name, content)])).reason


# --------------------------------------------------------------------------------------------------- zip


def test_zip_of_formats_with_nesting(tmp_path: Path) -> None:
    inner = zip_bytes({"deep/c.txt": "Inner text."})
    archive = zip_bytes(
        {
            "dir/b.txt": "Plain text.",
            "records.jsonl": '{"text": "one"}\nnot json\n',
            "inner.zip": inner,
            "__MACOSX/._b.txt": b"\x00\x05junk",
            "dir/.DS_Store": b"\x00\x00",
            "dir/": b"",
        }
    )
    path = write(tmp_path / "a.zip", archive)
    results = run([path])
    assert [(type(r).__name__, r.record) for r in results] == [
        ("Article", "a.zip!dir/b.txt"),
        ("Article", "a.zip!inner.zip!deep/c.txt"),
        ("Article", "a.zip!records.jsonl, line 1"),
        ("ReadError", "a.zip!records.jsonl, line 2"),
    ]
    assert all(r.path == str(path) for r in results)


def test_zip_nested_too_deep(tmp_path: Path) -> None:
    level3 = zip_bytes({"x.txt": "too deep"})
    level2 = zip_bytes({"l3.zip": level3, "ok.txt": "fine"})
    path = write(tmp_path / "a.zip", zip_bytes({"l2.zip": level2}))
    results = run([path])
    assert [(type(r).__name__, r.record) for r in results] == [
        ("ReadError", "a.zip!l2.zip!l3.zip"),
        ("Article", "a.zip!l2.zip!ok.txt"),
    ]
    assert "nested more than 2 levels" in results[0].reason  # type: ignore[union-attr]


def test_zip_unsafe_paths(tmp_path: Path) -> None:
    path = write(tmp_path / "a.zip", zip_bytes({"../evil.txt": "x", "/abs.txt": "y", "good.txt": "fine"}))
    results = run([path])
    bad = errors(results)
    assert sorted(e.record for e in bad) == ["a.zip!../evil.txt", "a.zip!/abs.txt"]
    assert all("unsafe path" in e.reason for e in bad)
    assert [a.text for a in articles(results)] == ["fine"]


def test_zip_bomb_entry_over_limit(tmp_path: Path) -> None:
    archive = zip_bytes({"bomb.txt": b"a" * 50_000, "small.txt": "fine"})
    path = write(tmp_path / "bomb.zip", archive)
    assert path.stat().st_size < 10_000
    results = run([path], max_bytes=10_000)
    [error] = errors(results)
    assert error.record == "bomb.zip!bomb.txt"
    assert error.reason == "file is 50000 bytes, over the limit of 10000 (set --max-bytes)"
    assert [a.text for a in articles(results)] == ["fine"]


def test_zip_bomb_compression_ratio(tmp_path: Path) -> None:
    path = write(tmp_path / "ratio.zip", zip_bytes({"zeros.txt": b"0" * 3_000_000}))
    error = only_error(run([path]))
    assert error.record == "ratio.zip!zeros.txt"
    assert "looks like a zip bomb" in error.reason


def test_zip_total_budget(tmp_path: Path) -> None:
    # 18 entries of 1999 bytes each squeeze into a zip under 2000 bytes; the total budget is 10 x 2000.
    entries = {f"{i:02}": "x" * 1999 for i in range(18)}
    path = write(tmp_path / "many.zip", zip_bytes(entries))
    assert path.stat().st_size < 2000
    results = run([path], max_bytes=2000)
    assert len(articles(results)) == 10
    error = only_error(results[10:])
    assert error.record is None
    assert (
        error.reason
        == "archive expands to more than 20000 bytes in total; stopped before 10 (set --max-bytes)"
    )


def test_zip_header_lying_about_size_is_caught() -> None:
    data = bytearray(zip_bytes({"lie.txt": b"b" * 50_000}))
    # Patch the declared uncompressed size (local header and central directory) down to 10 bytes.
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = data.index(signature)
        data[start + offset : start + offset + 4] = (10).to_bytes(4, "little")
    error = only_error(list(read_bytes(bytes(data), "lie.zip", max_bytes=1000)))
    assert error.record == "lie.zip!lie.txt"
    assert error.reason.startswith("damaged or unsupported archive entry")


def test_not_a_zip(tmp_path: Path) -> None:
    assert only_error(run([write(tmp_path / "fake.zip", b"PK\x03\x04 not really")])).reason.startswith(
        "not a valid zip archive"
    )


# ------------------------------------------------------------------------------------------- bad input


def test_mixed_folder_one_error_per_bad_file(tmp_path: Path) -> None:
    write(tmp_path / "b/good.txt", "Good text.")
    write(tmp_path / "a/empty.txt", b"")
    write(tmp_path / "a/image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    write(tmp_path / "a/utf8_then_binary.txt", b"text\x00\x00\x00")
    write(tmp_path / "c/blank.txt", "  \n\t\n")
    write(tmp_path / "c/huge.txt", "x" * 2000)
    write(tmp_path / ".hidden/secret.txt", "skip me")
    write(tmp_path / ".dotfile", "skip me")
    write(tmp_path / "notes.md", "Markdown notes are sniffed as text.")
    results = run([tmp_path, tmp_path / "missing.txt"], max_bytes=1000)
    summary = [(Path(r.path).relative_to(tmp_path).as_posix(), getattr(r, "reason", "ok")) for r in results]
    assert summary == [
        ("a/empty.txt", "empty file"),
        ("a/image.png", "binary file (.png is not a supported format)"),
        ("a/utf8_then_binary.txt", "binary file"),
        ("b/good.txt", "ok"),
        ("c/blank.txt", "file has no text (only whitespace)"),
        ("c/huge.txt", "file is 2000 bytes, over the limit of 1000 (set --max-bytes)"),
        ("notes.md", "ok"),
        ("missing.txt", "no such file or folder"),
    ]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (RSS.format(encoding="utf-8"), "feed"),
        (PAGE.format(charset="utf-8", extra=""), "html"),
        ('[{"text": "json text"}]', "json"),
        ('{"text": "a"}\n{"text": "b"}\n', "jsonl"),
        ("Just words, nothing else.", "txt"),
    ],
)
def test_unknown_extension_is_sniffed(content: str, expected: str) -> None:
    results = list(read_bytes(content.encode(), "download.dat"))
    assert articles(results), results
    if expected == "feed":
        assert results[0].record == "item 1"
    elif expected == "html":
        assert results[0].title == "Clashes in Karabakh"  # type: ignore[union-attr]
    elif expected == "jsonl":
        assert [r.record for r in results] == ["line 1", "line 2"]
    elif expected == "txt":
        assert results[0].text == content  # type: ignore[union-attr]


def test_zip_detected_without_extension() -> None:
    [article] = read_bytes(zip_bytes({"a.txt": "zipped"}), "upload")
    assert isinstance(article, Article)
    assert article.record == "upload!a.txt"


def test_read_bytes_over_limit_and_upload_name() -> None:
    assert only_error(list(read_bytes(b"x" * 11, "big.txt", max_bytes=10))).reason == (
        "file is 11 bytes, over the limit of 10 (set --max-bytes)"
    )
    [article] = read_bytes(b"ok", "uploads/x.txt")
    assert isinstance(article, Article)
    assert article.path == "uploads/x.txt"


def test_max_bytes_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert default_max_bytes() == DEFAULT_MAX_BYTES
    monkeypatch.setenv("GEODATA_MAX_BYTES", "5")
    assert default_max_bytes() == 5
    assert "over the limit of 5" in only_error(list(read_bytes(b"123456", "a.txt"))).reason
    monkeypatch.setenv("GEODATA_MAX_BYTES", "lots")
    with pytest.raises(ValueError, match="GEODATA_MAX_BYTES"):
        read_bytes(b"x", "a.txt")


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("20000000", 20_000_000),
        ("20_000", 20_000),
        ("500k", 500_000),
        ("20MB", 20_000_000),
        ("1.5G", 1_500_000_000),
    ],
)
def test_parse_size(text: str, size: int) -> None:
    assert parse_size(text) == size


def test_supported_extensions() -> None:
    for ext in (
        ".txt",
        ".html",
        ".htm",
        ".json",
        ".jsonl",
        ".ndjson",
        ".csv",
        ".tsv",
        ".rss",
        ".atom",
        ".xml",
        ".urls",
        ".zip",
    ):
        assert ext in SUPPORTED_EXTENSIONS


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2020-10-05", dt.date(2020, 10, 5)),
        ("2020-10-05T23:30:00-04:00", dt.date(2020, 10, 5)),
        ("2020-10-05T10:00:00.123456789Z", dt.date(2020, 10, 5)),
        ("Mon, 05 Oct 2020 23:30:00 -0400", dt.date(2020, 10, 5)),
        ("October 5, 2020", dt.date(2020, 10, 5)),
        ("5 октября 2020", dt.date(2020, 10, 5)),
        ("05.10.2020", dt.date(2020, 10, 5)),
        (1601856000, dt.date(2020, 10, 5)),
        (1601856000000, dt.date(2020, 10, 5)),
        ("yesterday", None),
        ("no date here", None),
        ("12", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_date(value: object, expected: dt.date | None) -> None:
    assert readers._parse_date(value) == expected


# --------------------------------------------------------------------------------------------------- URLs


def feed_route(handler: BaseHTTPRequestHandler, hit: int) -> None:
    send(handler, 200, RSS.format(encoding="utf-8").encode(), Content_Type="application/rss+xml")


def page_route(handler: BaseHTTPRequestHandler, hit: int) -> None:
    page = PAGE.format(charset="utf-8", extra="Served over HTTP.")
    send(handler, 200, page.encode(), Content_Type="text/html; charset=utf-8")


def flaky_page(handler: BaseHTTPRequestHandler, hit: int) -> None:
    if hit == 1:
        send(handler, 500, b"oops")
    else:
        page_route(handler, hit)


def busy_page(handler: BaseHTTPRequestHandler, hit: int) -> None:
    if hit == 1:
        send(handler, 429, b"later", Retry_After="0")
    else:
        page_route(handler, hit)


def slow_route(handler: BaseHTTPRequestHandler, hit: int) -> None:
    import time

    time.sleep(1.0)
    page_route(handler, hit)


def huge_route(handler: BaseHTTPRequestHandler, hit: int) -> None:
    send(handler, 200, b"x" * 50_000, Content_Type="text/plain")


@pytest.fixture
def web() -> Iterator[LocalServer]:
    routes = {
        "/feed": feed_route,
        "/page.html": page_route,
        "/flaky": flaky_page,
        "/busy": busy_page,
        "/slow": slow_route,
        "/huge": huge_route,
    }
    with LocalServer(routes) as server:
        yield server


def test_url_list(tmp_path: Path, web: LocalServer) -> None:
    listing = "\n".join(
        [
            "# analysts' list",
            web.url("/feed"),
            "",
            f"{web.url('/flaky')}   # 500 first, then fine",
            web.url("/busy"),
            web.url("/missing"),
            web.url("/slow"),
            web.url("/huge"),
            "ftp://example.org/file.txt",
        ]
    )
    path = write(tmp_path / "sources.urls", listing)
    fetcher = Fetcher(timeout=0.3, retries=2, backoff=0.01)
    results = run([path], fetcher=fetcher, max_bytes=20_000)
    summary = [(type(r).__name__, r.record) for r in results]
    assert summary == [
        ("Article", "line 2, item 1"),
        ("Article", "line 2, item 2"),
        ("ReadError", "line 2, item 3"),
        ("Article", "line 4"),
        ("Article", "line 5"),
        ("ReadError", "line 6"),
        ("ReadError", "line 7"),
        ("ReadError", "line 8"),
        ("ReadError", "line 9"),
    ]
    assert web.hits["/flaky"] == 2
    assert web.hits["/busy"] == 2
    page = results[3]
    assert isinstance(page, Article)
    assert page.title == "Clashes in Karabakh"
    assert page.url == "https://news.example/world/karabakh-clashes"
    reasons = [r.reason for r in results[5:]]  # type: ignore[union-attr]
    assert reasons[0] == f"could not fetch {web.url('/missing')}: HTTP 404 Not Found"
    assert "read timeout" in reasons[1]
    assert "over the limit of 20000" in reasons[2]
    assert reasons[3] == "not an http(s) URL: ftp://example.org/file.txt"
    assert all(r.path == str(path) for r in results)


def test_urls_given_directly(web: LocalServer) -> None:
    results = run([web.url("/page.html"), web.url("/feed")], fetcher=Fetcher(retries=0))
    assert [(r.path, r.record) for r in results] == [
        (web.url("/page.html"), None),
        (web.url("/feed"), "item 1"),
        (web.url("/feed"), "item 2"),
        (web.url("/feed"), "item 3"),
    ]
    assert isinstance(results[0], Article)
    assert results[0].source == "Example News"


def test_empty_folder_and_odd_items(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    results = run([tmp_path / "empty", 42])
    assert [(r.path, r.reason) for r in results] == [  # type: ignore[union-attr]
        (str(tmp_path / "empty"), "folder has no files to read"),
        ("42", "not a file path, folder or URL"),
    ]


def test_single_path_string_and_determinism(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "sub/c.txt", "A.txt"):
        write(tmp_path / name, f"Text of {name}.")
    first = run(str(tmp_path))
    assert [Path(r.path).relative_to(tmp_path).as_posix() for r in first] == [
        "A.txt",
        "a.txt",
        "b.txt",
        "sub/c.txt",
    ]
    assert run(str(tmp_path)) == first


def test_relative_canonical_is_resolved_against_the_page_url() -> None:
    page = '<html><head><link rel="canonical" href="/story/1"></head><body><p>Story text.</p></body></html>'
    response = Response(
        url="https://site.example/a?b=1", status=200, content_type="text/html", body=page.encode()
    )
    src = readers._Src(path="x", label="a", prefix=None, opts=readers._options(None, None, None))
    [result] = readers._read_response(response, src)
    assert isinstance(result, Article)
    assert result.url == "https://site.example/story/1"
    assert result.source == "site.example"
