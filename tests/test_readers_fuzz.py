"""Property test: random and mutated bytes under every extension never make read_bytes raise.

Each result must be an Article with non-empty text or a ReadError with a one-line reason; URL lists
are read with a fetcher that refuses to touch the network.
"""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geodata.fetch import Fetcher, FetchError, Response
from geodata.model import Article, ReadError
from geodata.readers import SUPPORTED_EXTENSIONS, read_bytes


class NoNetwork(Fetcher):
    """Fuzzed .urls files may name real hosts: never fetch them."""

    def fetch(self, url: str, *, max_bytes: int | None = None) -> Response:
        raise FetchError("network disabled in tests")


NO_NETWORK = NoNetwork()

RSS = (
    b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>W</title>'
    b"<language>en</language><item><title>T &amp; U</title><link>https://w.example/1</link>"
    b"<pubDate>Mon, 05 Oct 2020 10:00:00 GMT</pubDate><description>&lt;p&gt;Body &amp;amp; more"
    b"&lt;/p&gt;</description></item></channel></rss>"
)
ATOM = (
    b'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr"><title>F</title><entry><title>E</title>'
    b'<link href="https://f.example/1"/><content type="html">&lt;p&gt;Texte&lt;/p&gt;</content>'
    b"</entry></feed>"
)
HTML = (
    b'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Title</title>'
    b'<link rel="canonical" href="https://h.example/a"></head><body><nav>menu</nav><article>'
    b"<p>First paragraph of the article about shelling near Stepanakert on Monday.</p>"
    b"<p>Second paragraph &amp; more text.</p></article></body></html>"
)
RECORDS = [
    {"title": "A", "text": "Alpha text.", "date": "2020-10-05", "lang": "en"},
    {"headline": "B", "body": "<p>Beta</p>", "published_at": "Mon, 05 Oct 2020 10:00:00 GMT"},
]
SAMPLES: dict[str, bytes] = {
    ".txt": "Bisnis.com, JAKARTA - Pertempuran sengit.\nКарабах. Türkiye. été.\n".encode(),
    ".html": HTML,
    ".json": json.dumps(RECORDS).encode(),
    ".jsonl": "\n".join(json.dumps(r) for r in RECORDS).encode(),
    ".csv": b'title,text,date\nA,"Alpha, text.",2020-10-05\nB,"Multi\nline",05.10.2020\n',
    ".tsv": b"title\ttext\tdate\nA\tAlpha text.\t2020-10-05\n",
    ".rss": RSS,
    ".atom": ATOM,
    ".xml": RSS,
    ".urls": b"# list\nhttps://example.org/a\nftp://x\nhttp://127.0.0.1:9/feed\n",
}
SAMPLES[".htm"] = SAMPLES[".xhtml"] = HTML
SAMPLES[".ndjson"] = SAMPLES[".jsonl"]
SAMPLES[".text"] = SAMPLES[".txt"]


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


SAMPLES[".zip"] = _zip(
    {"a.txt": SAMPLES[".txt"], "b.jsonl": SAMPLES[".jsonl"], "c.rss": RSS, "../d.txt": b"x"}
)
EXTENSIONS = sorted({*SUPPORTED_EXTENSIONS, "", ".bin", ".md"})


@st.composite
def mutated(draw: st.DrawFn, base: bytes) -> bytes:
    """A valid sample with a few random edits: flips, inserts, deletions, truncation, duplication."""
    data = bytearray(base)
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        if not data:
            break
        op = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "duplicate"]))
        at = draw(st.integers(min_value=0, max_value=len(data) - 1))
        if op == "flip":
            data[at] = draw(st.integers(min_value=0, max_value=255))
        elif op == "insert":
            data[at:at] = draw(
                st.binary(min_size=1, max_size=8) | st.sampled_from([b"<", b"&", b'"', b"\n", b"\x00"])
            )
        elif op == "delete":
            del data[at : at + draw(st.integers(min_value=1, max_value=16))]
        elif op == "truncate":
            del data[at:]
        else:
            data[at:at] = data[at : at + draw(st.integers(min_value=1, max_value=64))]
    return bytes(data)


def inputs(ext: str) -> st.SearchStrategy[bytes]:
    base = SAMPLES.get(ext, SAMPLES[".txt"])
    return st.one_of(
        st.binary(max_size=600),
        st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
        mutated(base),
        st.just(base),
    )


def check(results: list[object]) -> None:
    assert results, "every input yields at least one result"
    for result in results:
        assert isinstance(result, (Article, ReadError)), result
        if isinstance(result, Article):
            assert isinstance(result.text, str)
            assert result.text.strip()
        else:
            assert isinstance(result.reason, str)
            assert result.reason.strip()
            assert "\n" not in result.reason


@pytest.mark.parametrize("ext", EXTENSIONS)
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)
@given(data=st.data())
def test_read_bytes_never_raises(ext: str, data: st.DataObject) -> None:
    blob = data.draw(inputs(ext), label="blob")
    check(list(read_bytes(blob, f"fuzz{ext}", fetcher=NO_NETWORK, max_bytes=100_000)))


@pytest.mark.parametrize("ext", [".json", ".jsonl", ".csv", ".rss", ".html"])
@settings(max_examples=20, deadline=None, database=None)
@given(data=st.data())
def test_mutated_samples_inside_zip(ext: str, data: st.DataObject) -> None:
    entry = data.draw(mutated(SAMPLES[ext]), label="entry")
    check(list(read_bytes(_zip({f"x{ext}": entry}), "fuzz.zip", fetcher=NO_NETWORK)))


def test_valid_samples_give_articles() -> None:
    """Guards the fuzz corpus itself: unmutated samples must read cleanly (except the deliberate errors)."""
    for ext, sample in SAMPLES.items():
        results = list(read_bytes(sample, f"sample{ext}", fetcher=NO_NETWORK))
        assert any(isinstance(r, Article) for r in results) or ext == ".urls", (ext, results)
