"""Read every format analysts hand us into ``Article`` records, one bad file never stopping a batch.

Formats: .txt, .html/.htm, .json, .jsonl/.ndjson, .csv/.tsv, RSS/Atom (.rss/.atom/.xml), .urls lists
(and http(s) URLs given directly), and .zip archives of all of these. Anything else is sniffed.

Everything is defensive because inputs come from scrapers, exports and uploads: sizes are checked
before parsing, zip bombs and ``../`` entries are refused, XML entity declarations are refused,
lxml runs without ``huge_tree`` or entity resolution, and every failure becomes one ``ReadError``
with a one-line reason while the rest of the batch goes on.
"""

from __future__ import annotations

import codecs
import copy
import csv
import datetime as dt
import email.utils
import functools
import html
import io
import json
import os
import posixpath
import re
import stat
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.etree
import lxml.html

from geodata.fetch import Fetcher, FetchError, Response
from geodata.model import Article, ReadError

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FIELDS",
    "MAX_ZIP_DEPTH",
    "SUPPORTED_EXTENSIONS",
    "default_max_bytes",
    "parse_size",
    "read_bytes",
    "read_paths",
]

DEFAULT_MAX_BYTES = 20_000_000
MAX_BYTES_ENV = "GEODATA_MAX_BYTES"
MAX_ZIP_DEPTH = 2  # a zip inside a zip is fine, one level deeper is refused
ZIP_TOTAL_FACTOR = 10  # an archive may expand to at most this many times --max-bytes in total
MAX_ZIP_RATIO = 100  # uncompressed/compressed; prose compresses 3-10x, bombs 1000x
ZIP_RATIO_MIN_SIZE = 1 << 20  # the ratio check only matters for entries bigger than this
MAX_HTML_DEPTH = 250  # libxml2 silently cuts trees at 255 levels; we refuse instead of truncating

_KINDS = {
    ".txt": "txt",
    ".text": "txt",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "tsv",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "xml",
    ".urls": "urls",
    ".zip": "zip",
}
SUPPORTED_EXTENSIONS: tuple[str, ...] = tuple(sorted(_KINDS))

# Our field -> normalised column names we recognise (lower case, only letters and digits).
_CANDIDATES: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body", "article", "fulltext", "articletext", "bodytext", "maintext"),
    "title": ("title", "headline"),
    "url": ("url", "link", "uri", "canonicalurl"),
    "published": (
        "published",
        "date",
        "pubdate",
        "publishedat",
        "datetime",
        "datepublished",
        "publicationdate",
        "publisheddate",
    ),
    "language": ("language", "lang", "languagecode"),
    "source": ("source", "outlet", "publisher", "site", "sitename", "sourcename"),
}
FIELDS: tuple[str, ...] = tuple(_CANDIDATES)
_CONTAINER_KEYS = ("articles", "items", "records", "data", "results", "entries", "docs", "documents", "posts")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
_CONTROL_BYTES = frozenset([*range(9), *range(14, 27), *range(28, 32)])
# Preference among legacy encodings that decode a sample equally well.
_LEGACY_ORDER = ("cp1252", "cp1251", "cp1254", "cp1250", "cp1253", "cp1256", "cp1255", "cp1257", "koi8_r")

_FEED_ROOTS = frozenset({"rss", "feed", "rdf:rdf", "rdf"})
_ROOT_RE = re.compile(
    r"\s*(?:<\?.*?\?>\s*|<!--.*?-->\s*|<!doctype[^>\[]*>\s*)*<([A-Za-z][\w:.-]*)", re.DOTALL | re.IGNORECASE
)
_ENTITY_RE = re.compile(r"<!ENTITY", re.IGNORECASE)
_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_HTML_HINT_RE = re.compile(
    r"<(?:html|head|body|p|div|article|br|span|h[1-6]|a|li|table)\b[^>]*>", re.IGNORECASE
)
_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_CHARSET_RE = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_YEAR_RE = re.compile(r"(?<!\d)(?:1[89]|2[01])\d\d(?!\d)")
_DOTTED_DATE_RE = re.compile(r"^\d{1,2}\.\d{1,2}\.\d{2,4}\b")
_ISO_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:$|[T ])")
_DASH = r"\s*[-\u2013\u2014]{1,2}\s"  # hyphen, en dash or em dash after the dateline
_OPENING_COMMA_RE = re.compile(
    r"^\s*(?P<source>[^\s,][^,\n]{0,59}?), (?P<city>[^\n,()\u2013\u2014-]{2,40}?)" + _DASH
)
_OPENING_PAREN_RE = re.compile(r"^\s*(?P<city>[^\n()]{2,40}?)\s*\((?P<source>[^()\n]{2,40})\)" + _DASH)

_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer form "  # noqa: SIM905
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td th thead tr ul".split()
)
_BREAK = "\ue000"  # private-use marker for block boundaries (str.split() treats \x1c-\x1f as spaces)
_JUNK_TAGS = ("script", "style", "noscript", "template", "iframe", "svg", "object", "embed")
_CHROME_TAGS = ("nav", "header", "footer", "aside", "form", "button", "select", "menu")


# ---------------------------------------------------------------------------------------------------
# Public API


def parse_size(text: str) -> int:
    """Parse a byte count such as '20000000', '20_000_000', '500k', '20MB' or '1G' (powers of 1000)."""
    match = re.fullmatch(r"\s*([\d_]+(?:\.\d+)?)\s*([kmg]?)i?b?\s*", text.lower())
    if not match:
        raise ValueError(f"not a size in bytes: {text!r} (use e.g. 20000000, 500k, 20MB)")
    number = float(match.group(1).replace("_", ""))
    size = int(number * {"": 1, "k": 1e3, "m": 1e6, "g": 1e9}[match.group(2)])
    if size <= 0:
        raise ValueError(f"the size must be positive, got {text!r}")
    return size


def default_max_bytes() -> int:
    """--max-bytes default: $GEODATA_MAX_BYTES when set, else DEFAULT_MAX_BYTES."""
    raw = os.environ.get(MAX_BYTES_ENV, "").strip()
    if not raw:
        return DEFAULT_MAX_BYTES
    try:
        return parse_size(raw)
    except ValueError as error:
        raise ValueError(f"{MAX_BYTES_ENV}: {error}") from None


def read_paths(
    paths: Iterable[str | Path] | str | Path,
    *,
    field_map: Mapping[str, str] | None = None,
    max_bytes: int | None = None,
    fetcher: Fetcher | None = None,
) -> Iterator[Article | ReadError]:
    """Yield one Article per article found, or one ReadError per file/record that could not be read.

    Folders are walked recursively in sorted order (hidden files skipped); http(s) URLs are fetched.
    Bad options raise ValueError at once; bad input never raises, the batch goes on.
    """
    opts = _options(field_map, max_bytes, fetcher)
    items = [paths] if isinstance(paths, (str, Path)) else paths
    return _iter_items(items, opts)


def read_bytes(
    data: bytes | bytearray | memoryview | str,
    name: str,
    *,
    field_map: Mapping[str, str] | None = None,
    max_bytes: int | None = None,
    fetcher: Fetcher | None = None,
) -> Iterator[Article | ReadError]:
    """Same as read_paths for one uploaded file: ``name`` (its extension picks the format) and bytes."""
    opts = _options(field_map, max_bytes, fetcher)
    src = _Src(path=name, label=_basename(name), prefix=None, opts=opts)
    blob = data.encode("utf-8") if isinstance(data, str) else bytes(data)  # tolerate str and bytearray
    return _guarded(_read_blob(blob, name, src), src)


# ---------------------------------------------------------------------------------------------------
# Plumbing: options, where a record came from, errors


class _Unreadable(Exception):
    """Raised inside a reader for a whole-file problem; becomes one ReadError."""


@dataclass
class _Options:
    field_map: dict[str, str]
    max_bytes: int
    fetcher: Fetcher | None = None

    def get_fetcher(self) -> Fetcher:
        """A fetcher is only built when a URL actually appears."""
        if self.fetcher is None:
            self.fetcher = Fetcher(max_bytes=self.max_bytes)
        return self.fetcher


@dataclass
class _Budget:
    """Uncompressed bytes an archive (with its nested archives) may still expand to."""

    remaining: int


@dataclass(frozen=True)
class _Src:
    """Where records come from: ``path`` as the user gave it, ``prefix`` for records inside it."""

    path: str
    label: str  # how this blob is named inside records, e.g. "a.zip!dir/b.txt"
    prefix: str | None
    opts: _Options
    depth: int = 0  # zip nesting level
    budget: _Budget | None = field(default=None, compare=False)

    def record(self, local: str | None = None) -> str | None:
        if self.prefix and local:
            return f"{self.prefix}, {local}"
        return self.prefix or local

    def error(self, reason: str, local: str | None = None) -> ReadError:
        return ReadError(path=self.path, reason=_one_line(reason), record=self.record(local))

    def child(self, local: str, label: str | None = None) -> _Src:
        return _Src(self.path, label or self.label, self.record(local), self.opts, self.depth, self.budget)


def _options(field_map: Mapping[str, str] | None, max_bytes: int | None, fetcher: Fetcher | None) -> _Options:
    """Validate options eagerly so a typo in --map fails loudly instead of silently reading nothing."""
    mapping: dict[str, str] = {}
    for ours, theirs in (field_map or {}).items():
        key = ours.strip().lower()
        if key not in _CANDIDATES:
            raise ValueError(f"unknown field {ours!r} in field map; known fields: {', '.join(FIELDS)}")
        if not isinstance(theirs, str) or not theirs.strip():
            raise ValueError(f"field map for {ours!r} needs a column name")
        mapping[key] = theirs.strip()
    limit = default_max_bytes() if max_bytes is None else max_bytes
    if isinstance(limit, bool) or not isinstance(limit, int) or limit <= 0:
        raise ValueError(f"max_bytes must be a positive number of bytes, got {max_bytes!r}")
    return _Options(mapping, limit, fetcher)


def _one_line(text: str, limit: int = 300) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _too_big(size: int | None, limit: int) -> str:
    if size is None:
        return f"file is over the limit of {limit} bytes (set --max-bytes)"
    return f"file is {size} bytes, over the limit of {limit} (set --max-bytes)"


def _basename(name: str) -> str:
    return posixpath.basename(name.replace("\\", "/").rstrip("/")) or name


def _guarded(results: Iterator[Article | ReadError], src: _Src) -> Iterator[Article | ReadError]:
    """Last line of defence: whatever a parser throws becomes one ReadError for this file."""
    try:
        yield from results
    except _Unreadable as error:
        yield src.error(str(error))
    except RecursionError:
        yield src.error("nested too deeply to read")
    except Exception as error:  # a reader bug must not end the batch
        yield src.error(f"could not read it ({type(error).__name__}: {_one_line(str(error), 150)})")


def _make(src: _Src, local: str | None, text: str, **meta: Any) -> Article | ReadError:
    """Build an Article, refusing empty text so downstream stages never see blank articles."""
    if not text or not text.strip():
        return src.error("no text", local)
    return Article(text=text, path=src.path, record=src.record(local), **meta)


# ---------------------------------------------------------------------------------------------------
# Files, folders and URLs


def _iter_items(items: Iterable[str | Path], opts: _Options) -> Iterator[Article | ReadError]:
    for item in items:
        if isinstance(item, str) and re.match(r"(?i)https?://", item.strip()):
            url = item.strip()
            src = _Src(path=url, label=_url_label(url), prefix=None, opts=opts)
            yield from _guarded(_read_url(url, src), src)
            continue
        if not isinstance(item, (str, os.PathLike)):
            yield ReadError(path=repr(item)[:100], reason="not a file path, folder or URL")
            continue
        path = Path(item)
        if path.is_dir():
            yield from _read_folder(path, opts)
        else:
            yield from _read_file(path, opts)


def _read_folder(root: Path, opts: _Options) -> Iterator[Article | ReadError]:
    """Every non-hidden file under ``root`` in sorted relative-path order; symlinked folders are not
    followed (no loops). Unsupported files are still tried, so the user sees why they were skipped."""
    files: list[Path] = []
    problems: list[ReadError] = []

    def unreadable(error: OSError) -> None:
        problems.append(ReadError(path=str(error.filename), reason=f"cannot read folder: {error.strerror}"))

    for folder, dirs, names in os.walk(root, onerror=unreadable, followlinks=False):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        files.extend(Path(folder, name) for name in names if not name.startswith("."))
    yield from problems
    if not files and not problems:
        yield ReadError(path=str(root), reason="folder has no files to read")
    for file in sorted(files, key=lambda p: p.relative_to(root).parts):
        yield from _read_file(file, opts)


def _read_file(path: Path, opts: _Options) -> Iterator[Article | ReadError]:
    src = _Src(path=str(path), label=path.name, prefix=None, opts=opts)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            yield src.error("not a regular file")
            return
        if info.st_size > opts.max_bytes:
            yield src.error(_too_big(info.st_size, opts.max_bytes))
            return
        with path.open("rb") as handle:
            data = handle.read(opts.max_bytes + 1)
    except FileNotFoundError:
        yield src.error("no such file or folder")
        return
    except PermissionError:
        yield src.error("cannot read it: permission denied")
        return
    except OSError as error:
        yield src.error(f"cannot read it: {error.strerror or error}")
        return
    yield from _guarded(_read_blob(data, path.name, src), src)


def _url_label(url: str) -> str:
    return _basename(urlsplit(url).path) or urlsplit(url).hostname or url


def _read_url(url: str, src: _Src) -> Iterator[Article | ReadError]:
    """Fetch one URL; a feed gives its entries, a page gives one article."""
    try:
        response = src.opts.get_fetcher().fetch(url, max_bytes=src.opts.max_bytes)
    except FetchError as error:
        yield src.error(f"could not fetch {url}: {error}")
        return
    yield from _read_response(response, src)


def _read_response(response: Response, src: _Src) -> Iterator[Article | ReadError]:
    media = response.media_type
    name = _url_label(response.url)
    kind = None
    if "rss" in media or "atom" in media or "rdf" in media:
        kind = "feed"
    elif "html" in media:
        kind = "html"
    elif "json" in media:
        kind = "jsonl" if "ndjson" in media or "jsonl" in media else "json"
    elif media in ("application/zip", "application/x-zip-compressed"):
        kind = "zip"
    elif "xml" in media:
        kind = "xml"
    kind = kind or _KINDS.get(posixpath.splitext(name)[1].lower())
    if kind == "urls":
        kind = "txt"  # a fetched URL list is not followed again
    if not response.body:
        yield src.error(f"{response.url} returned an empty response")
        return
    yield from _read_blob(response.body, name, src, kind=kind, declared=response.charset, url=response.url)


# ---------------------------------------------------------------------------------------------------
# Format dispatch and decoding


def _read_blob(
    data: bytes,
    name: str,
    src: _Src,
    *,
    kind: str | None = None,
    declared: str | None = None,
    url: str | None = None,
) -> Iterator[Article | ReadError]:
    if not data:
        yield src.error("empty file")
        return
    if len(data) > src.opts.max_bytes:
        yield src.error(_too_big(len(data), src.opts.max_bytes))
        return
    ext = posixpath.splitext(_basename(name))[1].lower()
    kind = kind or _KINDS.get(ext)
    if kind == "zip" or (kind is None and data.startswith(b"PK\x03\x04")):
        yield from _read_zip(data, src)
        return
    try:
        text = _decode(data, declared or _declared_charset(data))
    except _Unreadable as error:
        if kind is None and str(error) == "binary file" and ext:
            yield src.error(f"binary file ({ext} is not a supported format)")
        else:
            yield src.error(str(error))
        return
    if kind in (None, "xml"):
        kind = _sniff(text, kind)
    if kind == "txt":
        yield _read_txt(text, src)
    elif kind == "html":
        yield _read_html(text, src, url)
    elif kind == "feed":
        yield from _read_feed(text, src)
    elif kind == "json":
        yield from _read_json(text, src)
    elif kind == "jsonl":
        yield from _read_jsonl(text, src)
    elif kind in ("csv", "tsv"):
        yield from _read_csv(text, src, tab=kind == "tsv")
    elif kind == "urls":
        yield from _read_url_list(text, src)
    else:
        yield src.error("XML that is neither an RSS/Atom feed nor an HTML page")


def _declared_charset(data: bytes) -> str | None:
    """Charset named by an XML declaration or an HTML <meta>, looked for near the top only."""
    head = data[:4096]
    match = _XML_CHARSET_RE.search(head) or _META_CHARSET_RE.search(head)
    return match.group(1).decode("ascii") if match else None


def _decode(data: bytes, declared: str | None = None) -> str:
    """Bytes -> str: BOM, then UTF-8, then a declared charset, then charset-normalizer's best guess."""
    if not data:
        raise _Unreadable("empty file")
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError:
                raise _Unreadable(
                    f"not valid {label} although it starts with a {label} byte-order mark"
                ) from None
    if _looks_binary(data):
        raise _Unreadable("binary file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            codec = codecs.lookup(declared).name
            if not codec.startswith(("utf-16", "utf-32")):
                return data.decode(codec)
        except (LookupError, UnicodeDecodeError):
            pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly
    guessed = _guess_legacy(data)
    if guessed is None:
        raise _Unreadable("binary file")
    return guessed


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few stray bytes (a bad copy-paste) stays UTF-8, with U+FFFD for the strays,
    instead of being misread whole as a legacy code page."""
    decoded = data.decode("utf-8", errors="replace")
    bad = decoded.count("\ufffd")
    multibyte = sum(1 for ch in decoded if ord(ch) > 127) - bad
    return decoded if multibyte >= 20 * bad else None


def _looks_binary(data: bytes) -> bool:
    """NUL bytes, or more than 1% control bytes that never occur in text."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte in _CONTROL_BYTES)
    return controls > len(sample) / 100


def _guess_legacy(data: bytes) -> str | None:
    """charset-normalizer's guess, breaking its frequent ties by which decoding reads like a language.

    For short Turkish or French texts it ranks cp1250 level with cp1254/cp1252; the right one yields
    letters common in some language (dotless i, s-cedilla, e-grave) rather than rare ones (y-acute, thorn).
    """
    import charset_normalizer
    from charset_normalizer.constant import FREQUENCIES

    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        return None
    best = matches[0]
    tied = [m for m in matches if m.chaos <= best.chaos + 0.01 and m.coherence >= best.coherence - 0.05]
    sample = data[:65536]
    letters = [set(chars) for chars in FREQUENCIES.values()]

    def score(match: Any) -> tuple[int, int]:
        try:
            decoded = sample.decode(match.encoding, errors="ignore")
        except LookupError:
            return (-1, 0)
        counts = Counter(ch.lower() for ch in decoded if ord(ch) > 127 and ch.isalpha())
        hits = max((sum(n for ch, n in counts.items() if ch in table) for table in letters), default=0)
        order = _LEGACY_ORDER.index(match.encoding) if match.encoding in _LEGACY_ORDER else len(_LEGACY_ORDER)
        return (hits, -order)

    chosen = max(tied, key=score)
    try:
        return data.decode(chosen.encoding)
    except (LookupError, UnicodeDecodeError):
        return str(best)


def _sniff(text: str, kind: str | None) -> str:
    """Guess the format of a file whose extension does not say (or says only 'xml')."""
    head = text[:4096].lstrip("\ufeff")
    root = _root_tag(head)
    if root in _FEED_ROOTS:
        return "feed"
    if root == "html" or re.match(r"\s*<!doctype\s+html", head, re.IGNORECASE):
        return "html"
    if kind == "xml":
        return "xml-other"
    stripped = head.lstrip()
    if stripped.startswith(("{", "[")):
        try:
            json.loads(text)
            return "json"
        except (ValueError, RecursionError):
            first = stripped.split("\n", 1)[0].strip()
            try:
                json.loads(first)
                return "jsonl"
            except (ValueError, RecursionError):
                return "json"
    if root is not None and _HTML_HINT_RE.search(head):
        return "html"
    return "txt"


def _root_tag(head: str) -> str | None:
    match = _ROOT_RE.match(head)
    return match.group(1).lower() if match else None


def _refuse_entities(text: str) -> None:
    """Entity declarations are how billion-laughs bombs work, and real feeds/pages never need them."""
    if _ENTITY_RE.search(text):
        raise _Unreadable("declares XML entities (<!ENTITY>), which are refused for safety")


# ---------------------------------------------------------------------------------------------------
# Field helpers shared by records, feeds and pages


def _scalar(value: Any) -> str | None:
    """A usable string from a JSON/CSV value: strings as is, names of nested objects, first of lists."""
    if isinstance(value, str):
        return _fix_surrogates(value)
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, Mapping):
        for key in ("name", "title", "value", "href", "url", "#text", "$t"):
            if key in value:
                return _scalar(value[key])
        return None
    if isinstance(value, (list, tuple)):
        for item in value:
            found = _scalar(item)
            if found:
                return found
    return None


def _fix_surrogates(text: str) -> str:
    """JSON may carry lone surrogates (\\ud800); they would break every later UTF-8 write."""
    if not _SURROGATE_RE.search(text):
        return text
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _clean_line(value: Any) -> str | None:
    text = _scalar(value)
    if text is None:
        return None
    text = " ".join(text.split())
    return text or None


def _language(value: Any) -> str | None:
    """ISO 639-1 code from 'en', 'en-US', 'pt_BR', 'RU'; None for anything else."""
    text = _scalar(value)
    if not text:
        return None
    primary = re.split(r"[-_\s]", text.strip(), maxsplit=1)[0].lower()
    return primary if len(primary) == 2 and primary.isascii() and primary.isalpha() else None


def _parse_date(value: Any) -> dt.date | None:
    """ISO first (fast, exact), then RFC 822, then dateparser for everything else; None if unsure."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)):
        return _epoch_date(float(value))
    if isinstance(value, (Mapping, list, tuple)):
        return _parse_date(_scalar(value))
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > 100:
        return None
    if text.isdigit() and len(text) >= 9:
        return _epoch_date(float(text))
    # Without a year (or three numbers) dateparser fills in today's: '12' must not become a date.
    if not (_YEAR_RE.search(text) or len(re.findall(r"\d+", text)) >= 3):
        return None
    return _iso_date(text) or _rfc822_date(text) or _dateparser_date(text)


def _plausible(day: dt.date | None) -> dt.date | None:
    return day if day is not None and 1800 <= day.year <= 2200 else None


def _epoch_date(seconds: float) -> dt.date | None:
    if seconds > 1e11:  # milliseconds
        seconds /= 1000
    if not 1e8 <= seconds <= 1e10:
        return None
    return _plausible(dt.datetime.fromtimestamp(seconds, tz=dt.UTC).date())


def _iso_date(text: str) -> dt.date | None:
    try:
        return _plausible(dt.datetime.fromisoformat(text.replace("z", "Z")).date())
    except ValueError:
        pass
    if _ISO_DATE_RE.match(text):
        try:
            return _plausible(dt.date.fromisoformat(text[:10]))
        except ValueError:
            return None
    return None


def _rfc822_date(text: str) -> dt.date | None:
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return _plausible(parsed.date()) if parsed else None


@functools.lru_cache(maxsize=4096)
def _dateparser_date(text: str) -> dt.date | None:
    """Absolute dates only: 'yesterday' in an old export must not become today's date."""
    import dateparser

    settings = {"PARSERS": ["timestamp", "custom-formats", "absolute-time"], "PREFER_DAY_OF_MONTH": "first"}
    if _DOTTED_DATE_RE.match(text):
        settings["DATE_ORDER"] = "DMY"  # 05.10.2020 is 5 October wherever dots are used
    try:
        parsed = dateparser.parse(text, settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    return _plausible(parsed.date()) if parsed else None


def _source_from_opening(text: str) -> str | None:
    """'Bisnis.com, JAKARTA - ...' -> 'Bisnis.com'; 'KYIV (Reuters) - ...' -> 'Reuters'."""
    first = text[:200].split("\n", 1)[0]
    match = _OPENING_COMMA_RE.match(first)
    if match and _is_upper_place(match.group("city")) and _is_outlet(match.group("source")):
        return match.group("source").strip()
    match = _OPENING_PAREN_RE.match(first)
    if match and _is_upper_place(match.group("city").split(",")[0]):
        return match.group("source").strip()
    return None


def _is_outlet(name: str) -> bool:
    """'Bisnis.com', 'AFP', 'Anadolu Ajansi' yes; 'WASHINGTON' (of 'WASHINGTON, D.C. -') no."""
    name = name.strip()
    return len(name.split()) <= 5 and not (name.isupper() and len(name) > 4 and "." not in name)


def _is_upper_place(city: str) -> bool:
    return any(ch.isalpha() for ch in city) and city == city.upper()


def _html_to_text(fragment: str) -> str:
    """HTML snippet -> plain text, one line per block, entities unescaped."""
    if "<" not in fragment:
        return _tidy_lines(html.unescape(fragment))
    try:
        root = lxml.html.fragment_fromstring(
            _XML_DECL_RE.sub("", fragment), create_parent="div", parser=_html_parser()
        )
    except (lxml.etree.LxmlError, ValueError):
        return _tidy_lines(html.unescape(re.sub(r"<[^>]*>", " ", fragment)))
    return _element_text(root)


def _element_text(root: Any) -> str:
    """Text with one line per block element; newlines inside a block are just HTML whitespace."""
    for junk in list(root.iter(*_JUNK_TAGS)):
        _drop(junk)
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCK_TAGS:
            element.tail = _BREAK + (element.tail or "")
            if element.tag.lower() != "br":
                element.text = _BREAK + (element.text or "")
    blocks = (" ".join(block.split()) for block in root.text_content().split(_BREAK))
    return "\n".join(block for block in blocks if block)


def _drop(element: Any) -> None:
    """Remove an element but keep its tail text."""
    parent = element.getparent()
    if parent is None:
        element.clear()
        return
    tail = element.tail
    previous = element.getprevious()
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def _tidy_lines(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _looks_like_html(text: str) -> bool:
    return bool(_HTML_HINT_RE.search(text[:5000])) or bool(re.search(r"</\w+>", text[:5000]))


# ---------------------------------------------------------------------------------------------------
# Plain text


def _read_txt(text: str, src: _Src) -> Article | ReadError:
    """The text exactly as decoded: offsets downstream refer to it, so nothing is normalised."""
    if not text.strip():
        return src.error("file has no text (only whitespace)")
    return _make(src, None, text, source=_source_from_opening(text))


# ---------------------------------------------------------------------------------------------------
# HTML pages


@functools.cache
def _html_parser() -> lxml.html.HTMLParser:
    # huge_tree stays off (libxml2's depth and size limits apply); no network, no entity tricks.
    return lxml.html.HTMLParser(
        huge_tree=False, no_network=True, remove_comments=True, remove_pis=True, collect_ids=False
    )


@functools.cache
def _trafilatura() -> ModuleType | None:
    """trafilatura when importable (it needs lxml_html_clean with lxml >= 5.2), else our own extractor."""
    try:
        import trafilatura
    except ImportError:
        return None
    return trafilatura


def _read_html(text: str, src: _Src, url: str | None) -> Article | ReadError:
    _refuse_entities(text)
    body = _XML_DECL_RE.sub("", text, count=1)
    try:
        tree = lxml.html.document_fromstring(body, parser=_html_parser())
    except (lxml.etree.LxmlError, ValueError):
        return src.error("no HTML content could be parsed")
    if _tree_depth(tree) >= MAX_HTML_DEPTH:
        return src.error(f"HTML nested more than {MAX_HTML_DEPTH} levels deep, refused as pathological")
    meta = _html_meta(tree)
    extracted = _extract_with_trafilatura(tree, url)
    main = extracted.get("text") or _fallback_text(tree)
    if not main.strip():
        return src.error("no article text found in the HTML page")
    canonical = urljoin(url, meta["canonical"]) if url and meta["canonical"] else meta["canonical"]
    if canonical and not canonical.lower().startswith(("http://", "https://")):
        canonical = None
    page_url = canonical or _clean_line(extracted.get("url")) or url
    source = meta["source"] or _clean_line(extracted.get("sitename"))
    if not source and page_url:
        host = urlsplit(page_url).hostname or ""
        source = host.removeprefix("www.") or None
    return _make(
        src,
        None,
        main,
        title=meta["title"] or _clean_line(extracted.get("title")) or meta["page_title"],
        url=page_url,
        source=source,
        published=meta["published"] or _parse_date(extracted.get("date")),
        language=meta["language"] or _language(extracted.get("language")),
    )


def _tree_depth(root: Any) -> int:
    deepest = 0
    stack = [(root, 1)]
    while stack:
        element, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in element)
    return deepest


def _html_meta(tree: Any) -> dict[str, Any]:
    """Title, canonical URL, date, language and site name from <head>, before any extraction."""

    metas: dict[str, str] = {}
    for element in tree.iter("meta"):
        content = (element.get("content") or "").strip()
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = (element.get(attr) or "").strip().lower()
            if key and content:
                metas.setdefault(key, content)

    def meta(*names: str) -> str | None:
        return next((metas[name] for name in names if name in metas), None)

    def first(xpath: str) -> str | None:
        found = tree.xpath(xpath)
        if not found:
            return None
        value = found[0] if isinstance(found[0], str) else found[0].text_content()
        return _clean_line(str(value))

    title = _clean_line(meta("og:title", "twitter:title"))
    canonical = first("//link[@rel='canonical']/@href") or meta("og:url")
    published = meta(
        "article:published_time",
        "og:published_time",
        "datepublished",
        "date",
        "pubdate",
        "publishdate",
        "dc.date",
        "dc.date.issued",
        "dcterms.created",
        "sailthru.date",
    ) or first("//time/@datetime")
    language = _language(
        first("/html/@lang") or first("/html/@xml:lang") or meta("content-language", "og:locale")
    )
    return {
        "title": title,
        "page_title": first("//title") or first("//h1"),
        "canonical": canonical,
        "published": _parse_date(published),
        "language": language,
        "source": _clean_line(meta("og:site_name", "application-name")),
    }


def _extract_with_trafilatura(tree: Any, url: str | None) -> dict[str, Any]:
    """Main text and metadata via trafilatura (paragraphs joined by '\\n'); {} if unavailable or failing."""
    trafilatura = _trafilatura()
    if trafilatura is None:
        return {}
    try:
        document = trafilatura.bare_extraction(
            copy.deepcopy(tree), url=url, with_metadata=True, include_comments=False, include_tables=True
        )
    except Exception:  # trafilatura has many failure modes on broken pages
        return {}
    if document is None:
        return {}
    found = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    found["text"] = _tidy_lines(found.get("text") or "")
    return found


def _fallback_text(tree: Any) -> str:
    """Text of <article>, <main> or <body> minus scripts and page chrome, one line per block."""
    tree = copy.deepcopy(tree)
    for junk in list(tree.iter(*_JUNK_TAGS, *_CHROME_TAGS)):
        _drop(junk)
    for xpath in ("//article", "//main", "//*[@role='main']", "//body"):
        found = tree.xpath(xpath)
        if found:
            text = _element_text(found[0])
            if text:
                return text
    return _element_text(tree)


# ---------------------------------------------------------------------------------------------------
# RSS / Atom feeds


def _read_feed(text: str, src: _Src) -> Iterator[Article | ReadError]:
    """One Article per entry. The document is handed to feedparser as UTF-8 bytes, never as a str,
    because feedparser treats a str as a URL or file name to open."""
    import feedparser

    _refuse_entities(text)
    data = _XML_DECL_RE.sub("", text.lstrip("\ufeff"), count=1).encode("utf-8")
    parsed = feedparser.parse(
        io.BytesIO(data), response_headers={"content-type": "application/xml; charset=utf-8"}
    )
    entries = parsed.get("entries") or []
    if not entries:
        problem = parsed.get("bozo_exception")
        if parsed.get("bozo") and problem is not None and not parsed.get("version"):
            yield src.error(f"not a valid RSS/Atom feed: {problem}")
        else:
            yield src.error("feed has no entries")
        return
    feed = parsed.get("feed") or {}
    context = {"language": _language(feed.get("language")), "source": _clean_line(feed.get("title"))}
    for number, entry in enumerate(entries, 1):
        try:
            yield _feed_entry(entry, src, f"item {number}", context)
        except Exception as error:  # one odd entry must not lose the others
            yield src.error(f"could not read this entry ({type(error).__name__})", f"item {number}")


def _feed_entry(entry: Any, src: _Src, local: str, context: Mapping[str, Any]) -> Article | ReadError:
    contents = [c for c in entry.get("content") or [] if (c.get("value") or "").strip()]
    if contents:
        best = max(contents, key=lambda c: len(c.get("value") or ""))
        value, kind, language = best.get("value") or "", best.get("type") or "text/html", best.get("language")
    else:
        detail = entry.get("summary_detail") or {}
        value, kind, language = (
            entry.get("summary") or "",
            detail.get("type") or "text/html",
            detail.get("language"),
        )
    body = _html_to_text(value) if "html" in kind else _tidy_lines(value)
    if not body:
        return src.error("entry has no content or summary", local)
    title = entry.get("title")
    if title and "<" in title:
        title = _html_to_text(title)
    # dict.get skips FeedParserDict's deprecated updated->published aliasing (and its warnings).
    published = None
    for key in ("published", "updated", "created"):
        published = published or _parse_date(dict.get(entry, key))
    if published is None:
        parsed_time = dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")
        published = _plausible(dt.date(*parsed_time[:3])) if parsed_time else None
    entry_source = entry.get("source") or {}
    language = _language(language) or _language((entry.get("title_detail") or {}).get("language"))
    return _make(
        src,
        local,
        body,
        title=_clean_line(title),
        url=_clean_line(entry.get("link")),
        source=_clean_line(entry_source.get("title")) or context["source"],
        published=published,
        language=language or context["language"],
    )


# ---------------------------------------------------------------------------------------------------
# Structured records: JSON, JSON Lines, CSV/TSV


def _norm_key(key: str) -> str:
    return re.sub(r"[^0-9a-z]", "", key.lower())


def _lookup(record: Mapping[str, Any], normalised: Mapping[str, Any], column: str) -> Any:
    """A mapped column: exact name, then case/punctuation-insensitive, then a dotted path."""
    if column in record:
        return record[column]
    if _norm_key(column) in normalised:
        return normalised[_norm_key(column)]
    value: Any = record
    for part in column.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def _record_article(record: Any, src: _Src, local: str | None) -> Article | ReadError:
    """One JSON object / CSV row -> Article, with common field names recognised and --map applied."""
    if isinstance(record, str):
        record = {"text": record}
    if not isinstance(record, Mapping):
        return src.error(f"{_json_type(record)} where an article object was expected", local)
    normalised: dict[str, Any] = {}
    for key, value in record.items():
        if isinstance(key, str):
            normalised.setdefault(_norm_key(key), value)

    def get(name: str) -> Any:
        if name in src.opts.field_map:
            return _lookup(record, normalised, src.opts.field_map[name])
        for candidate in _CANDIDATES[name]:
            value = normalised.get(candidate)
            if value not in (None, "", [], {}):
                return value
        return None

    text = _record_text(get("text"))
    if not text.strip():
        return src.error(_no_text_reason(record, src), local)
    title = get("title")
    return _make(
        src,
        local,
        text,
        title=_clean_line(_html_to_text(title) if isinstance(title, str) and "<" in title else title),
        url=_clean_line(get("url")),
        source=_clean_line(get("source")) or _source_from_opening(text),
        published=_parse_date(get("published")),
        language=_language(get("language")),
    )


def _record_text(value: Any) -> str:
    """Text as given; HTML bodies (e.g. a body_html column) become plain text; lists are paragraphs."""
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        value = "\n".join(_fix_surrogates(v) for v in value)
    if not isinstance(value, str):
        return ""
    value = _fix_surrogates(value)
    return _html_to_text(value) if _looks_like_html(value) else value


def _no_text_reason(record: Mapping[str, Any], src: _Src) -> str:
    if "text" in src.opts.field_map:
        return f"no text in column {src.opts.field_map['text']!r} (from --map text=...)"
    names = [str(k) for k in record][:8]
    shown = ", ".join(names) + (", ..." if len(record) > 8 else "") if names else "none"
    return (
        "no text: none of text/content/body/article/full_text has a value "
        f"(fields: {shown}; use --map text=FIELD)"
    )


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if value is None:
        return "null"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, (list, tuple)):
        return "a list"
    return type(value).__name__


def _read_json(text: str, src: _Src) -> Iterator[Article | ReadError]:
    try:
        data = json.loads(text)
    except RecursionError:
        yield src.error("invalid JSON: nested too deeply")
        return
    except ValueError as error:
        yield src.error(_json_problem(error, whole_file=True))
        return
    if isinstance(data, Mapping):
        container = next((data[k] for k in _CONTAINER_KEYS if isinstance(data.get(k), list)), None)
        looks_like_article = any(_norm_key(str(k)) in _CANDIDATES["text"] for k in data)
        if container is not None and not looks_like_article:
            data = container
        else:
            yield _record_article(data, src, None)
            return
    if not isinstance(data, list):
        yield src.error(f"JSON holds {_json_type(data)}, not an article or a list of articles")
        return
    if not data:
        yield src.error("JSON list is empty: no articles")
        return
    for number, item in enumerate(data, 1):
        yield _record_article(item, src, f"item {number}")


def _json_problem(error: ValueError, *, whole_file: bool) -> str:
    """json's message, with a position that makes sense (a JSONL record is a single line)."""
    if isinstance(error, json.JSONDecodeError):
        where = f"line {error.lineno}, column {error.colno}" if whole_file else f"column {error.colno}"
        return f"invalid JSON: {error.msg} at {where}"
    return f"invalid JSON: {error}"


def _read_jsonl(text: str, src: _Src) -> Iterator[Article | ReadError]:
    seen = False
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        seen = True
        try:
            record = json.loads(line)
        except RecursionError:
            yield src.error("invalid JSON: nested too deeply", f"line {number}")
            continue
        except ValueError as error:
            yield src.error(_json_problem(error, whole_file=False), f"line {number}")
            continue
        yield _record_article(record, src, f"line {number}")
    if not seen:
        yield src.error("file has no records (only blank lines)")


def _read_csv(text: str, src: _Src, *, tab: bool) -> Iterator[Article | ReadError]:
    """One article per row; rows count like a spreadsheet (the header is row 1)."""
    # Article bodies easily pass csv's default 128 KiB field limit; raise it (it is process-wide).
    csv.field_size_limit(max(csv.field_size_limit(), src.opts.max_bytes))
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), _csv_dialect(text, tab), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        yield src.error("CSV has no rows")
        return
    except csv.Error as error:
        yield src.error(f"malformed CSV header: {error}")
        return
    header = [name.strip() for name in header]
    if not any(header):
        yield src.error("CSV has no header row")
        return
    missing = _missing_columns(header, src.opts.field_map)
    if missing:
        yield src.error(missing)
        return
    number = 1
    rows = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            number += 1
            yield src.error(f"malformed CSV row: {error}", f"row {number}")
            continue
        number += 1
        if not any(cell.strip() for cell in row):
            continue
        rows += 1
        if len(row) > len(header):
            yield src.error(f"row has {len(row)} fields but the header has {len(header)}", f"row {number}")
            continue
        record = {name: value for name, value in zip(header, row, strict=False) if name}
        yield _record_article(record, src, f"row {number}")
    if rows == 0:
        yield src.error("CSV has a header but no rows")


def _csv_dialect(text: str, tab: bool) -> type[csv.Dialect]:
    """Tab for .tsv; otherwise the sniffed delimiter if the header line contains it, else comma."""
    if tab:
        return csv.excel_tab
    first_line = text.lstrip("\ufeff").split("\n", 1)[0]
    try:
        delimiter = csv.Sniffer().sniff(text[:65536], delimiters=",;\t|").delimiter
    except csv.Error:
        delimiter = ","
    if delimiter not in first_line:
        delimiter = next((d for d in ",;\t|" if d in first_line), ",")
    return type("_Sniffed", (csv.excel,), {"delimiter": delimiter})


def _missing_columns(header: list[str], field_map: Mapping[str, str]) -> str | None:
    """A --map naming a column the file lacks is one clear error, not a 'no text' per row."""
    names = {_norm_key(name) for name in header}
    for ours, theirs in field_map.items():
        if theirs not in header and _norm_key(theirs) not in names:
            shown = ", ".join(h for h in header[:12] if h)
            return f"column {theirs!r} (from --map {ours}={theirs}) is not in the header; columns: {shown}"
    return None


# ---------------------------------------------------------------------------------------------------
# URL lists


def _read_url_list(text: str, src: _Src) -> Iterator[Article | ReadError]:
    """One URL per line; '#' starts a comment line; anything after whitespace is ignored."""
    seen = False
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        seen = True
        url = line.split()[0]
        child = src.child(f"line {number}", label=_url_label(url))
        if not re.match(r"(?i)https?://[^/\s]", url):
            yield child.error(f"not an http(s) URL: {url[:100]}")
            continue
        yield from _guarded(_read_url(url, child), child)
    if not seen:
        yield src.error("URL list has no URLs")


# ---------------------------------------------------------------------------------------------------
# Zip archives


_OVER_TOTAL = "over the archive's total budget"


def _read_zip(data: bytes, src: _Src) -> Iterator[Article | ReadError]:
    """Entries in name order; bombs, unsafe paths, encryption and too-deep nesting are refused per entry."""
    if src.depth >= MAX_ZIP_DEPTH:
        yield src.error(f"archive nested more than {MAX_ZIP_DEPTH} levels deep; skipped")
        return
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = sorted((i for i in archive.infolist() if not i.is_dir()), key=lambda i: i.filename)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as error:
        yield src.error(f"not a valid zip archive ({_one_line(str(error), 100)})")
        return
    budget = src.budget or _Budget(src.opts.max_bytes * ZIP_TOTAL_FACTOR)
    readable = 0
    for info in entries:
        name = info.filename
        label = f"{src.label}!{name}"
        child = _Src(src.path, label, _entry_prefix(src, label), src.opts, src.depth + 1, budget)
        if _skippable(name):
            continue
        readable += 1
        problem = _zip_entry_problem(info, src.opts.max_bytes, budget)
        if problem == _OVER_TOTAL:
            yield src.error(
                f"archive expands to more than {src.opts.max_bytes * ZIP_TOTAL_FACTOR} bytes in total; "
                f"stopped before {name} (set --max-bytes)"
            )
            return
        if problem:
            yield child.error(problem)
            continue
        try:
            content = _read_entry(archive, info, src.opts.max_bytes)
        except _Unreadable as error:
            yield child.error(str(error))
            continue
        budget.remaining -= len(content)
        yield from _guarded(_read_blob(content, name, child), child)
    if readable == 0:
        yield src.error("archive has no files")


def _entry_prefix(src: _Src, label: str) -> str:
    """Records inside an archive are named 'a.zip!dir/b.txt', nested ones 'a.zip!in.zip!b.txt'."""
    if src.prefix and src.depth > 0 and src.prefix.endswith(src.label):
        return src.prefix[: -len(src.label)] + label  # a nested archive: extend its own name
    return src.record(label) or label


def _skippable(name: str) -> bool:
    """macOS resource forks and hidden files are noise, not articles."""
    parts = [p for p in name.replace("\\", "/").split("/") if p]
    return any(p == "__MACOSX" for p in parts) or bool(
        parts and parts[-1].startswith(".") and parts[-1] != ".."
    )


def _zip_entry_problem(info: zipfile.ZipInfo, max_bytes: int, budget: _Budget) -> str | None:
    name = info.filename.replace("\\", "/")
    if name.startswith("/") or re.match(r"[A-Za-z]:", name) or ".." in name.split("/"):
        return "unsafe path in archive (absolute or containing '..'); skipped"
    if info.flag_bits & 0x1:
        return "entry is encrypted; skipped"
    if info.file_size > max_bytes:
        return _too_big(info.file_size, max_bytes)
    if info.file_size > budget.remaining:
        return _OVER_TOTAL
    ratio = info.file_size / max(info.compress_size, 1)
    if info.file_size > ZIP_RATIO_MIN_SIZE and ratio > MAX_ZIP_RATIO:
        return f"compression ratio {ratio:.0f}:1 looks like a zip bomb; skipped"
    return None


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, max_bytes: int) -> bytes:
    """Read at most max_bytes + 1, whatever the header claims (headers can lie)."""
    chunks: list[bytes] = []
    size = 0
    try:
        with archive.open(info) as handle:
            while chunk := handle.read(min(1 << 16, max_bytes + 1 - size)):
                chunks.append(chunk)
                size += len(chunk)
                if size > max_bytes:
                    raise _Unreadable(_too_big(None, max_bytes))
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError, NotImplementedError) as error:
        raise _Unreadable(f"damaged or unsupported archive entry ({_one_line(str(error), 100)})") from None
    except Exception as error:  # zlib/lzma/bz2 raise their own error types
        raise _Unreadable(f"damaged archive entry ({type(error).__name__})") from None
    return b"".join(chunks)
