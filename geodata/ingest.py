"""Read, parse and store a batch: every article in its own transaction, failures reported and skipped.

Parsing can run in worker processes (``jobs``); they are forked after the gazetteer is loaded so they
share it instead of loading their own copy. Only the parent writes to the store.
"""

from __future__ import annotations

import multiprocessing as mp
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from geodata.gazetteer import load_gazetteer
from geodata.geoparse import Focus
from geodata.model import Article, ReadError
from geodata.pipeline import Parsed, focus_from_env, online_geocoder_name, parse_article
from geodata.store import SQLiteStore


@dataclass
class IngestSummary:
    ingested: int = 0
    unchanged: int = 0
    updated: int = 0
    failed: int = 0
    mentions: int = 0
    errors: list[ReadError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def line(self) -> str:
        return (f"ingested {self.ingested}, unchanged {self.unchanged}, updated {self.updated}, "
                f"failed {self.failed} ({self.mentions} mentions stored)")


_FOCUS: Focus | None = None


def _parse_one(item: Article | ReadError) -> Parsed | ReadError:
    if isinstance(item, ReadError):
        return item
    try:
        return parse_article(item, focus=_FOCUS)
    except Exception as exc:
        return ReadError(item.path or "<input>", f"could not parse: {type(exc).__name__}: {exc}", item.record)


CHUNK = 32


def _parsed(items: Iterable[Article | ReadError], jobs: int) -> Iterator[Parsed | ReadError]:
    if jobs <= 1:
        # Parse a few articles, then store them (each still in its own transaction): the parser's tables
        # and SQLite's pages then take turns in the CPU caches less often (ingest ~5 % faster).
        it = iter(items)
        while chunk := list(islice(it, CHUNK)):
            yield from [_parse_one(item) for item in chunk]
        return
    ctx = mp.get_context("fork")
    with ctx.Pool(jobs) as pool:
        yield from pool.imap(_parse_one, items, chunksize=4)


def _store_one(result: Parsed | ReadError, store: SQLiteStore, summary: IngestSummary,
               on_error: Callable[[ReadError], None] | None) -> None:
    if not isinstance(result, ReadError):
        try:
            saved = store.save(result.article, result.mentions, published=result.published,
                               published_source=result.published_source, language=result.language)
        except Exception as exc:
            result = ReadError(result.article.path or "<input>", f"could not store: {exc}", result.article.record)
        else:
            setattr(summary, saved.outcome, getattr(summary, saved.outcome) + 1)
            if saved.outcome != "unchanged":
                summary.mentions += len(result.mentions)
            return
    summary.failed += 1
    summary.errors.append(result)
    if on_error:
        on_error(result)


def ingest_articles(items: Iterable[Article | ReadError], store: SQLiteStore, *, jobs: int = 1,
                    progress: bool | None = None, on_error: Callable[[ReadError], None] | None = None,
                    total: int | None = None) -> IngestSummary:
    """Parse and store already-read articles (or pass their read errors through to the summary)."""
    global _FOCUS
    _FOCUS = focus_from_env()
    if jobs > 1 and online_geocoder_name():
        print(f"note: {online_geocoder_name()} allows one request at a time: parsing in one process",
              file=sys.stderr)
        jobs = 1
    load_gazetteer()  # before forking, so workers share it
    summary = IngestSummary()
    show = sys.stderr.isatty() if progress is None else progress
    from tqdm import tqdm

    bar = tqdm(total=total, unit="article", disable=not show, file=sys.stderr, dynamic_ncols=True)
    try:
        with store.deferred_search():  # each article is its own commit; keyword search is indexed in groups
            for result in _parsed(items, jobs):
                bar.update(1)
                _store_one(result, store, summary, on_error)
    finally:
        bar.close()
    return summary


def ingest_paths(paths: Iterable[str | Path], store: SQLiteStore, *, field_map: Mapping[str, str] | None = None,
                 max_bytes: int | None = None, jobs: int = 1, progress: bool | None = None,
                 on_error: Callable[[ReadError], None] | None = None) -> IngestSummary:
    """Read files, folders, archives or URLs and store every article found."""
    from geodata.readers import read_paths

    kwargs: dict = {"field_map": field_map}
    if max_bytes is not None:
        kwargs["max_bytes"] = max_bytes
    return ingest_articles(read_paths(list(paths), **kwargs), store, jobs=jobs, progress=progress,
                           on_error=on_error)
