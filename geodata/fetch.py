"""HTTP fetching for URL lists and feeds, bounded in time, size and retries.

Analysts paste URLs from anywhere, so every request is limited: http/https only, connect and read
timeouts plus an overall deadline, a streamed size cap (a huge or endless body is cut off, not
buffered), and a few retries with backoff for 5xx/429 that honour ``Retry-After`` up to a cap.
Errors come out as one ``FetchError`` whose message is a single line a user can act on.
Environment proxies are not used.
"""

from __future__ import annotations

import email.utils
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from typing import Self
from urllib.parse import urljoin, urlsplit

import urllib3
from urllib3.exceptions import (
    ConnectTimeoutError,
    HTTPError,
    NameResolutionError,
    NewConnectionError,
    ProtocolError,
    ReadTimeoutError,
    SSLError,
)

USER_AGENT = "geodata/0.1 (+conflict timeline dashboard)"
DEFAULT_TIMEOUT = 10.0  # seconds, for connecting and for each read
DEFAULT_TOTAL_TIMEOUT = 60.0  # seconds for one response body, so a slow drip cannot hang a batch
DEFAULT_MAX_BYTES = 20_000_000
DEFAULT_RETRIES = 3
DEFAULT_BACKOFF = 0.5  # seconds; doubles per attempt
MAX_RETRY_AFTER = 30.0  # seconds; longer Retry-After values are cut to this
MAX_REDIRECTS = 5
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,application/json;q=0.9,text/plain;q=0.8,*/*;q=0.5"
)
_CHUNK = 64 * 1024


class FetchError(Exception):
    """A URL that could not be fetched; ``str(error)`` is one line for the user."""


@dataclass(frozen=True, slots=True)
class Response:
    """A fetched body with what is needed to read it."""

    url: str  # final URL, after redirects
    status: int
    content_type: str  # the Content-Type header as sent, "" when missing
    body: bytes

    @property
    def media_type(self) -> str:
        """Lower-case media type without parameters, e.g. 'text/html'."""
        return self.content_type.split(";", 1)[0].strip().lower()

    @property
    def charset(self) -> str | None:
        """The charset parameter of Content-Type, if any."""
        for param in self.content_type.split(";")[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "charset" and value.strip():
                return value.strip().strip("\"'")
        return None


def _check_url(url: str) -> None:
    """Refuse anything but absolute http(s) URLs (no file:, ftp:, data: ...)."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        shown = f"'{parts.scheme}:'" if parts.scheme else "no scheme"
        raise FetchError(f"only http:// and https:// URLs can be fetched, this one has {shown}")
    if not parts.hostname:
        raise FetchError("the URL has no host name")


def _retry_after(value: str | None) -> float | None:
    """Seconds asked for by a Retry-After header (delta seconds or HTTP date), None if unusable."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when is None or when.tzinfo is None:
            return None
        seconds = when.timestamp() - time.time()
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


def _describe(error: Exception, timeout: urllib3.Timeout) -> str:
    """Turn a urllib3/socket error into one plain sentence."""
    # NameResolutionError < NewConnectionError < ConnectTimeoutError in urllib3 2.x: most specific first.
    if isinstance(error, NameResolutionError):
        return "could not resolve the host name"
    if isinstance(error, NewConnectionError):
        return "could not connect (connection refused or host unreachable)"
    if isinstance(error, ConnectTimeoutError):
        return f"connection timed out after {timeout.connect_timeout:g} s"
    if isinstance(error, ReadTimeoutError):
        return f"the server sent nothing for {timeout.read_timeout:g} s (read timeout)"
    if isinstance(error, SSLError):
        return "TLS/SSL error: " + _one_line(error)
    if isinstance(error, ProtocolError):
        return "the connection broke: " + _one_line(error)
    return _one_line(error) or type(error).__name__


def _one_line(error: BaseException, limit: int = 200) -> str:
    text = " ".join(str(error).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Fetcher:
    """Fetches one URL at a time with timeouts, a size cap and polite retries.

    ``sleep`` is injectable so tests can check backoff without waiting.
    """

    def __init__(
        self,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        connect_timeout: float | None = None,
        read_timeout: float | None = None,
        total_timeout: float = DEFAULT_TOTAL_TIMEOUT,
        max_bytes: int = DEFAULT_MAX_BYTES,
        retries: int = DEFAULT_RETRIES,
        backoff: float = DEFAULT_BACKOFF,
        max_retry_after: float = MAX_RETRY_AFTER,
        max_redirects: int = MAX_REDIRECTS,
        user_agent: str = USER_AGENT,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if max_bytes <= 0:
            raise ValueError("max_bytes must be positive")
        self.timeout = urllib3.Timeout(
            connect=connect_timeout if connect_timeout is not None else timeout,
            read=read_timeout if read_timeout is not None else timeout,
        )
        self.total_timeout = total_timeout
        self.max_bytes = max_bytes
        self.retries = max(0, retries)
        self.backoff = max(0.0, backoff)
        self.max_retry_after = max(0.0, max_retry_after)
        self.max_redirects = max(0, max_redirects)
        self._sleep = sleep
        headers = {"User-Agent": user_agent, "Accept": _ACCEPT, "Accept-Encoding": "gzip, deflate"}
        self._pool = urllib3.PoolManager(headers=headers, retries=False, timeout=self.timeout)

    def fetch(self, url: str, *, max_bytes: int | None = None) -> Response:
        """GET ``url``; return the body or raise ``FetchError`` with a one-line reason."""
        limit = max_bytes if max_bytes is not None else self.max_bytes
        _check_url(url)
        for attempt in range(self.retries + 1):
            raw, final_url = self._open(url)
            status = raw.status
            retryable = status == 429 or 500 <= status <= 599
            if retryable and attempt < self.retries:
                delay = self._delay(attempt, raw.headers.get("Retry-After"))
                _discard(raw)
                self._sleep(delay)
                continue
            if status >= 400:
                _discard(raw)
                tries = f" after {attempt + 1} attempts" if attempt else ""
                raise FetchError(f"HTTP {status} {_phrase(status)}{tries}".rstrip())
            body = self._read(raw, limit)
            return Response(final_url, status, raw.headers.get("Content-Type", ""), body)
        raise AssertionError("unreachable")  # pragma: no cover

    def _delay(self, attempt: int, retry_after: str | None) -> float:
        """Backoff for this attempt, or the server's Retry-After when it gives one (capped)."""
        asked = _retry_after(retry_after)
        if asked is not None:
            return min(asked, self.max_retry_after)
        return min(self.backoff * (2**attempt), self.max_retry_after)

    def _open(self, url: str) -> tuple[urllib3.BaseHTTPResponse, str]:
        """Send the request, following redirects ourselves so every hop is checked."""
        for _ in range(self.max_redirects + 1):
            try:
                raw = self._pool.request(
                    "GET", url, preload_content=False, redirect=False, retries=False, timeout=self.timeout
                )
            except (HTTPError, OSError) as error:
                raise FetchError(_describe(error, self.timeout)) from error
            location = raw.headers.get("Location")
            if raw.status not in _REDIRECTS or not location:
                return raw, url
            _discard(raw)
            url = urljoin(url, location)
            try:
                _check_url(url)
            except FetchError as error:
                raise FetchError(f"redirected to a URL we do not fetch: {error}") from None
        raise FetchError(f"more than {self.max_redirects} redirects")

    def _read(self, raw: urllib3.BaseHTTPResponse, limit: int) -> bytes:
        """Stream the body, stopping as soon as it passes ``limit`` or the overall deadline."""
        declared = raw.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > limit:
            _discard(raw)
            raise FetchError(
                f"response is {int(declared)} bytes, over the limit of {limit} (set --max-bytes)"
            )
        started = time.monotonic()
        chunks: list[bytes] = []
        size = 0
        done = False
        try:
            for chunk in raw.stream(_CHUNK, decode_content=True):
                size += len(chunk)
                if size > limit:
                    raise FetchError(f"response is over the limit of {limit} bytes (set --max-bytes)")
                if time.monotonic() - started > self.total_timeout:
                    raise FetchError(f"the download took longer than {self.total_timeout:g} s")
                chunks.append(chunk)
            done = True
        except (HTTPError, OSError) as error:
            raise FetchError(_describe(error, self.timeout)) from error
        finally:
            if done:
                raw.release_conn()
            else:
                _discard(raw)
        return b"".join(chunks)

    def close(self) -> None:
        """Close pooled connections."""
        self._pool.clear()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _discard(raw: urllib3.BaseHTTPResponse) -> None:
    """Drop a response without reading its body (it may be huge); the pool reconnects later."""
    raw.close()
    raw.release_conn()


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""
