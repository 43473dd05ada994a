"""Fetcher against a local http.server on 127.0.0.1: retries, Retry-After, timeouts, size caps, schemes."""

from __future__ import annotations

import gzip
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Self

import pytest

from geodata.fetch import USER_AGENT, Fetcher, FetchError

# A route gets (handler, hit number starting at 1) and sends the whole response itself.
Route = Callable[[BaseHTTPRequestHandler, int], None]


def send(handler: BaseHTTPRequestHandler, status: int, body: bytes = b"", **headers: str) -> None:
    handler.send_response(status)
    named = {name.replace("_", "-"): value for name, value in headers.items()}
    named.setdefault("Content-Type", "text/plain; charset=utf-8")
    for name, value in named.items():
        handler.send_header(name, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


class LocalServer:
    """A tiny threaded HTTP server whose routes are plain functions; counts hits per path."""

    def __init__(self, routes: dict[str, Route]) -> None:
        self.routes = routes
        self.hits: Counter[str] = Counter()
        self.agents: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.hits[self.path] += 1
                server.agents.append(self.headers.get("User-Agent", ""))
                route = server.routes.get(self.path)
                try:
                    if route is None:
                        send(self, 404, b"not here")
                    else:
                        route(self, server.hits[self.path])
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeouts, size caps): expected in these tests

            def log_message(self, *_args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.02,), daemon=True)

    def url(self, path: str) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}{path}"

    def __enter__(self) -> Self:
        self.thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def flaky(handler: BaseHTTPRequestHandler, hit: int) -> None:
    if hit == 1:
        send(handler, 500, b"oops")
    else:
        send(handler, 200, b"fine now")


def busy(handler: BaseHTTPRequestHandler, hit: int) -> None:
    if hit == 1:
        send(handler, 429, b"slow down", Retry_After="7")
    else:
        send(handler, 200, b"thanks for waiting")


def very_busy(handler: BaseHTTPRequestHandler, hit: int) -> None:
    send(handler, 429, b"slow down", Retry_After="9999")


def down(handler: BaseHTTPRequestHandler, hit: int) -> None:
    send(handler, 503, b"maintenance")


def slow(handler: BaseHTTPRequestHandler, hit: int) -> None:
    time.sleep(1.5)
    send(handler, 200, b"too late")


def huge_declared(handler: BaseHTTPRequestHandler, hit: int) -> None:
    send(handler, 200, b"x" * 5000)


def huge_chunked(handler: BaseHTTPRequestHandler, hit: int) -> None:
    """No Content-Length: the cap must stop the stream itself."""
    handler.protocol_version = "HTTP/1.0"
    handler.send_response(200)
    handler.send_header("Content-Type", "text/plain")
    handler.end_headers()
    for _ in range(100):
        handler.wfile.write(b"y" * 1000)


def gzipped(handler: BaseHTTPRequestHandler, hit: int) -> None:
    send(handler, 200, gzip.compress(b"unzipped text " * 10), Content_Encoding="gzip")


def to_ftp(handler: BaseHTTPRequestHandler, hit: int) -> None:
    send(handler, 302, b"", Location="ftp://example.org/file")


def to_ok(handler: BaseHTTPRequestHandler, hit: int) -> None:
    send(handler, 301, b"", Location="/ok")


def ok(handler: BaseHTTPRequestHandler, hit: int) -> None:
    send(handler, 200, "ok ✓".encode(), Content_Type="text/html; charset=utf-8")


ROUTES: dict[str, Route] = {
    "/flaky": flaky,
    "/busy": busy,
    "/very-busy": very_busy,
    "/down": down,
    "/slow": slow,
    "/huge-declared": huge_declared,
    "/huge-chunked": huge_chunked,
    "/gzip": gzipped,
    "/to-ftp": to_ftp,
    "/to-ok": to_ok,
    "/ok": ok,
}


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer(ROUTES) as running:
        yield running


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def fetcher(sleeps: list[float]) -> Fetcher:
    return Fetcher(timeout=2, retries=3, backoff=0.25, sleep=sleeps.append)


def test_ok_sends_user_agent_and_reads_charset(server: LocalServer, fetcher: Fetcher) -> None:
    response = fetcher.fetch(server.url("/ok"))
    assert response.status == 200
    assert response.body.decode(response.charset or "ascii") == "ok ✓"
    assert response.media_type == "text/html"
    assert server.agents == [USER_AGENT]


def test_500_then_200_retries_with_backoff(
    server: LocalServer, fetcher: Fetcher, sleeps: list[float]
) -> None:
    assert fetcher.fetch(server.url("/flaky")).body == b"fine now"
    assert server.hits["/flaky"] == 2
    assert sleeps == [0.25]


def test_429_honours_retry_after(server: LocalServer, fetcher: Fetcher, sleeps: list[float]) -> None:
    assert fetcher.fetch(server.url("/busy")).body == b"thanks for waiting"
    assert sleeps == [7.0]


def test_retry_after_is_capped(server: LocalServer, sleeps: list[float]) -> None:
    capped = Fetcher(retries=2, max_retry_after=5, sleep=sleeps.append)
    with pytest.raises(FetchError, match=r"HTTP 429 Too Many Requests after 3 attempts"):
        capped.fetch(server.url("/very-busy"))
    assert sleeps == [5, 5]


def test_persistent_5xx_gives_up(server: LocalServer, fetcher: Fetcher, sleeps: list[float]) -> None:
    with pytest.raises(FetchError, match=r"^HTTP 503 Service Unavailable after 4 attempts$"):
        fetcher.fetch(server.url("/down"))
    assert server.hits["/down"] == 4
    assert sleeps == [0.25, 0.5, 1.0]


def test_404_is_not_retried(server: LocalServer, fetcher: Fetcher, sleeps: list[float]) -> None:
    with pytest.raises(FetchError, match=r"^HTTP 404 Not Found$"):
        fetcher.fetch(server.url("/nowhere"))
    assert server.hits["/nowhere"] == 1
    assert sleeps == []


def test_read_timeout(server: LocalServer) -> None:
    quick = Fetcher(timeout=0.3, retries=0)
    started = time.monotonic()
    with pytest.raises(FetchError, match="read timeout"):
        quick.fetch(server.url("/slow"))
    assert time.monotonic() - started < 1.4


def test_oversize_with_content_length(server: LocalServer) -> None:
    with pytest.raises(
        FetchError, match=r"response is 5000 bytes, over the limit of 1000 \(set --max-bytes\)"
    ):
        Fetcher(max_bytes=1000).fetch(server.url("/huge-declared"))


def test_oversize_streamed_is_cut_off(server: LocalServer) -> None:
    with pytest.raises(FetchError, match=r"over the limit of 2000 bytes"):
        Fetcher(max_bytes=4000).fetch(server.url("/huge-chunked"), max_bytes=2000)


def test_gzip_is_decoded(server: LocalServer, fetcher: Fetcher) -> None:
    assert fetcher.fetch(server.url("/gzip")).body == b"unzipped text " * 10


def test_redirects_followed_and_checked(server: LocalServer, fetcher: Fetcher) -> None:
    response = fetcher.fetch(server.url("/to-ok"))
    assert response.url == server.url("/ok")
    with pytest.raises(FetchError, match="redirected to a URL we do not fetch"):
        fetcher.fetch(server.url("/to-ftp"))


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.org/x", "javascript:alert(1)", "http://"]
)
def test_only_http_and_https(url: str, fetcher: Fetcher) -> None:
    with pytest.raises(FetchError):
        fetcher.fetch(url)


def test_connection_refused_is_one_clear_line(fetcher: Fetcher) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(FetchError, match="could not connect") as caught:
        fetcher.fetch(f"http://127.0.0.1:{port}/")
    assert "\n" not in str(caught.value)
