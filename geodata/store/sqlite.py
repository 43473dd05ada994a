"""SQLite backend: WAL mode, one transaction per article, migrations recorded in ``PRAGMA user_version``.

An article's identity is its URL when it has one, else a hash of its whitespace-normalised text, so
re-ingesting the same article changes nothing and a changed article replaces its mentions atomically.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import re
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from geodata.model import Article, Mention, Place

Outcome = Literal["ingested", "unchanged", "updated"]


_M1 = """
        CREATE TABLE articles(
            id INTEGER PRIMARY KEY,
            identity TEXT NOT NULL UNIQUE,
            content_hash TEXT NOT NULL,
            path TEXT, record TEXT, title TEXT, url TEXT, source TEXT,
            language TEXT, published TEXT, published_source TEXT,
            text TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE TABLE places(
            key TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, country_code TEXT,
            lat REAL NOT NULL, lon REAL NOT NULL, geonameid INTEGER, population INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE mentions(
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            place_key TEXT NOT NULL REFERENCES places(key),
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
            role TEXT NOT NULL, confidence REAL NOT NULL,
            sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
            event_date TEXT, date_precision TEXT, date_source TEXT,
            alternatives TEXT NOT NULL DEFAULT '[]'
        );
        CREATE INDEX mentions_article ON mentions(article_id);
        CREATE INDEX mentions_place ON mentions(place_key);
        CREATE INDEX mentions_event_date ON mentions(event_date);
        CREATE INDEX articles_published ON articles(published);
        CREATE VIRTUAL TABLE article_fts USING fts5(title, text, content='articles', content_rowid='id');
        CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
            INSERT INTO article_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
        END;
        CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
            INSERT INTO article_fts(article_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
        END;
        CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
            INSERT INTO article_fts(article_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
            INSERT INTO article_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
        END;
"""

# Version 2: articles reach the full-text index through a queue (``fts_pending``), so a batch can index them
# together: FTS5 writes and merges a segment per transaction, which cost more than the rest of an article's
# commit (~0.2 ms of ~0.9 ms). Triggers keep the index exact: an article leaves the index only if it was in
# it (an external-content FTS5 'delete' of a row never indexed corrupts the index). Also drops the
# event-date index: every date filter reads COALESCE(m.event_date, a.published), which no index serves.
_M2 = """
        DROP INDEX mentions_event_date;
        CREATE TABLE fts_pending(article_id INTEGER PRIMARY KEY);
        DROP TRIGGER articles_ai;
        DROP TRIGGER articles_ad;
        DROP TRIGGER articles_au;
        CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
            INSERT INTO fts_pending(article_id) VALUES (new.id);
        END;
        CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
            INSERT INTO article_fts(article_fts, rowid, title, text) SELECT 'delete', old.id, old.title, old.text
                WHERE NOT EXISTS (SELECT 1 FROM fts_pending WHERE article_id = old.id);
            DELETE FROM fts_pending WHERE article_id = old.id;
        END;
        CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
            INSERT INTO article_fts(article_fts, rowid, title, text) SELECT 'delete', old.id, old.title, old.text
                WHERE NOT EXISTS (SELECT 1 FROM fts_pending WHERE article_id = old.id);
            INSERT OR IGNORE INTO fts_pending(article_id) VALUES (new.id);
        END;
"""

# Version 3: the look-up of mentions by place moves from an index on mentions(place_key) to a table filled in
# groups, like the full-text index. An article's ~50 mentions name ~20 places, so the index changed ~20 pages
# scattered over its B-tree, and a commit writes every changed page to the WAL whole: 80 of ~150 KB per
# article (store 0.68 -> 0.52 ms per article, measured). ``place_mentions`` is filled from ``places_pending``
# in one go per group; readers take the mentions of still-pending articles from the mentions table (see
# queries.PLACE_ROWS). Invariant: a mention is in place_mentions or its article is pending, never both.
_M3 = """
        CREATE TABLE place_mentions(
            place_key TEXT NOT NULL, mention_id INTEGER NOT NULL, PRIMARY KEY(place_key, mention_id)
        ) WITHOUT ROWID;
        CREATE TABLE places_pending(article_id INTEGER PRIMARY KEY);
        INSERT INTO place_mentions(place_key, mention_id) SELECT place_key, id FROM mentions ORDER BY 1, 2;
        DROP INDEX mentions_place;
        CREATE TRIGGER mentions_ad AFTER DELETE ON mentions BEGIN
            DELETE FROM place_mentions WHERE place_key = old.place_key AND mention_id = old.id;
        END;
"""

# Each migration is a SQL script run once, in order, in one transaction together with the version bump;
# its index+1 is the schema version it produces.
MIGRATIONS: list[str] = [_M1, _M2, _M3]
SCHEMA_VERSION = len(MIGRATIONS)

_WS = re.compile(r"\s+")
WAL_CHECKPOINT_PAGES = 4000
# Inside ``deferred_search()`` saved articles are indexed for keyword search and place look-ups together,
# once a second (so search lags a running ingest by about that much) or every SEARCH_BATCH articles,
# whichever comes first.
SEARCH_LAG_S = 1.0
SEARCH_BATCH = 1000
_INDEX_PENDING = ("INSERT INTO article_fts(rowid, title, text) SELECT a.id, a.title, a.text"
                  " FROM fts_pending p JOIN articles a ON a.id = p.article_id",
                  "DELETE FROM fts_pending",
                  "INSERT OR IGNORE INTO place_mentions(place_key, mention_id) SELECT m.place_key, m.id"
                  " FROM places_pending q JOIN mentions m ON m.article_id = q.article_id ORDER BY 1, 2",
                  "DELETE FROM places_pending")


def article_identity(article: Article) -> str:
    """URL when present (what analysts cite), else a hash of the whitespace-normalised text."""
    if article.url:
        return article.url.strip()
    return "sha256:" + hashlib.sha256(_WS.sub(" ", article.text).strip().encode()).hexdigest()


def content_hash(article: Article, mentions: Iterable[Mention] = ()) -> str:
    """What decides 'unchanged': the text and the metadata we store."""
    return _digest(article.text, article.title, article.source, article.language,
                   article.published.isoformat() if article.published else None)


def _digest(*parts: str | None) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update((part or "").encode())
        h.update(b"\x00")
    return h.hexdigest()


def _mention_rows(article_id: int, mentions: list[Mention]) -> list[tuple]:
    """The mentions table's rows. Mentions of one reading share their runner-ups, and those of one sentence
    their date, so each is turned into columns once per article (keyed by the object's id: all are alive)."""
    alternatives: dict[int, str] = {}
    events: dict[int, tuple[str | None, str | None, str | None]] = {id(None): (None, None, None)}
    rows = []
    for m in mentions:
        alts = alternatives.get(id(m.alternatives))
        if alts is None:
            alts = alternatives[id(m.alternatives)] = json.dumps([a.key for a in m.alternatives])
        event = events.get(id(m.event))
        if event is None:
            e = m.event
            assert e is not None
            event = events[id(e)] = (e.date.isoformat(), e.precision, e.source)
        rows.append((article_id, m.place.key, m.start, m.end, m.text, m.role, m.confidence, m.sentence_start,
                     m.sentence_start + len(m.sentence), *event, alts))
    return rows


@dataclass(frozen=True, slots=True)
class StoreResult:
    article_id: int
    outcome: Outcome


class SQLiteStore:
    """A SQLite file holding articles, places and mentions."""

    def __init__(self, path: str, *, readonly: bool = False) -> None:
        self.path = path
        self.readonly = readonly
        uri = f"file:{path}?mode=ro" if readonly else f"file:{path}"
        self.db = sqlite3.connect(uri, uri=True, timeout=30, isolation_level=None, check_same_thread=False)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.execute("PRAGMA busy_timeout=30000")
        self._places_saved: dict[str, Place] = {}  # places this connection has written (see _save_places)
        self._search_every = 0  # > 0 inside deferred_search(): index every that many saves...
        self._search_lag: float | None = None  # ...or this many seconds after the last indexing
        self._unindexed = 0
        self._indexed_at = time.monotonic()
        if readonly:
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            if version != SCHEMA_VERSION:
                raise RuntimeError(f"{path}: schema version {version}, this code reads {SCHEMA_VERSION}: open it"
                                   " once for writing (e.g. python -m geodata ingest) to migrate it")
        else:
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            # Checkpoint every ~16 MB of WAL instead of 4 MB: index pages that every article touches are
            # then copied back once per checkpoint rather than four times (ingest ~10 % faster).
            self.db.execute(f"PRAGMA wal_autocheckpoint={WAL_CHECKPOINT_PAGES}")
            self.migrate()
            self.index_pending()  # what a killed batch stored but did not index yet

    # -- lifecycle -------------------------------------------------------------------------------
    def migrate(self) -> int:
        """Apply pending migrations; returns the schema version."""
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise RuntimeError(f"{self.path}: schema version {version} is newer than this code ({SCHEMA_VERSION})")
        for i in range(version, SCHEMA_VERSION):
            try:
                self.db.executescript(f"BEGIN IMMEDIATE;\n{MIGRATIONS[i]}\nPRAGMA user_version={i + 1};\nCOMMIT;")
            except BaseException:
                if self.db.in_transaction:
                    self.db.execute("ROLLBACK")
                raise
        return SCHEMA_VERSION

    def close(self) -> None:
        if self._unindexed:
            self.index_pending()
        self.db.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------------
    def save(self, article: Article, mentions: list[Mention], *, published_source: str | None = None,
             published: dt.date | None = None, language: str | None = None) -> StoreResult:
        """Store one article and its mentions in one transaction (all or nothing)."""
        identity = article_identity(article)
        pub = published or article.published
        lang = language or article.language
        published_iso = pub.isoformat() if pub else None
        digest = _digest(article.text, article.title, article.source, lang, published_iso)  # = content_hash
        with self._transaction():
            row = self.db.execute("SELECT id, content_hash FROM articles WHERE identity=?", (identity,)).fetchone()
            if row and row["content_hash"] == digest:
                return StoreResult(row["id"], "unchanged")
            values = (digest, article.path, article.record, article.title, article.url, article.source, lang,
                      published_iso, published_source, article.text,
                      dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
            if row:
                article_id = row["id"]
                self.db.execute(
                    "UPDATE articles SET content_hash=?, path=?, record=?, title=?, url=?, source=?, language=?,"
                    " published=?, published_source=?, text=?, ingested_at=? WHERE id=?", (*values, article_id))
                self.db.execute("DELETE FROM mentions WHERE article_id=?", (article_id,))
                outcome: Outcome = "updated"
            else:
                cur = self.db.execute(
                    "INSERT INTO articles(content_hash, path, record, title, url, source, language, published,"
                    " published_source, text, ingested_at, identity) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    (*values, identity))
                article_id = int(cur.lastrowid or 0)
                outcome = "ingested"
            places = self._save_places([m.place for m in mentions] + [a for m in mentions for a in m.alternatives])
            self.db.executemany(
                'INSERT INTO mentions(article_id, place_key, start, "end", text, role, confidence, sentence_start,'
                " sentence_end, event_date, date_precision, date_source, alternatives)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", _mention_rows(article_id, mentions))
            if mentions:
                self.db.execute("INSERT OR IGNORE INTO places_pending(article_id) VALUES (?)", (article_id,))
            if not self._search_every:
                self._index_queued()
        self._places_saved.update((p.key, p) for p in places)  # only once they are committed
        if self._search_every:
            self._unindexed += 1
            if self._unindexed >= self._search_every or (
                    self._search_lag is not None and time.monotonic() - self._indexed_at >= self._search_lag):
                self.index_pending()
        return StoreResult(article_id, outcome)

    @contextlib.contextmanager
    def deferred_search(self, every: int = SEARCH_BATCH, seconds: float | None = SEARCH_LAG_S) -> Iterator[None]:
        """Within the block, saved articles are indexed for keyword search and by place in groups: every
        ``every`` articles or ``seconds`` after the last group, and all at the end. Each article and its
        mentions are still committed on their own (and readable at once: see queries.PLACE_ROWS). Ingest
        uses this: FTS5 indexing 64 articles in one transaction costs half as much as indexing them one by
        one (it writes and merges a segment per transaction), and place entries land in sorted runs."""
        previous = self._search_every, self._search_lag
        self._search_every, self._search_lag = max(1, every), seconds
        self._indexed_at = time.monotonic()
        try:
            yield
        finally:
            self._search_every, self._search_lag = previous
            if not self._search_every:
                self.index_pending()

    def index_pending(self) -> int:
        """Index queued articles for keyword search and by place in one transaction; returns how many
        articles were queued."""
        self._unindexed, self._indexed_at = 0, time.monotonic()
        queued = ("SELECT count(*) FROM (SELECT article_id FROM fts_pending"
                  " UNION SELECT article_id FROM places_pending)")
        if self.db.execute("SELECT 1 FROM fts_pending UNION ALL SELECT 1 FROM places_pending LIMIT 1"
                           ).fetchone() is None:
            return 0
        with self._transaction():
            n = self.db.execute(queued).fetchone()[0]
            self._index_queued()
        return int(n)

    def _index_queued(self) -> None:
        """Inside a transaction: move the queued articles into the full-text and place indexes."""
        for sql in _INDEX_PENDING:
            self.db.execute(sql)

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception (the caller's writes are all or nothing)."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def _save_places(self, places: Iterable[Place]) -> list[Place]:
        """Upsert the places' rows, skipping those this connection has already written as they are (most
        often the very same object: the gazetteer caches its places)."""
        saved = self._places_saved
        changed = []
        for p in {p.key: p for p in places}.values():
            q = saved.get(p.key)
            if q is not p and q != p:
                changed.append(p)
        if changed:
            self.db.executemany(
                "INSERT INTO places(key, name, kind, country_code, lat, lon, geonameid, population)"
                " VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(key) DO UPDATE SET name=excluded.name, kind=excluded.kind,"
                " country_code=excluded.country_code, lat=excluded.lat, lon=excluded.lon,"
                " geonameid=excluded.geonameid, population=excluded.population",
                [(p.key, p.name, p.kind, p.country_code, p.lat, p.lon, p.geonameid, p.population) for p in changed])
        return changed

    # -- reading ---------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        """Rows per table, for summaries and tests."""
        return {t: self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "mentions", "places")}

    def article(self, article_id: int) -> sqlite3.Row | None:
        return self.db.execute("SELECT * FROM articles WHERE id=?", (article_id,)).fetchone()

    def check(self) -> list[str]:
        """Integrity problems (empty when consistent): SQLite's own check plus our invariants."""
        problems = [r[0] for r in self.db.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [f"mention {r[0]} has no article" for r in self.db.execute(
            "SELECT m.id FROM mentions m LEFT JOIN articles a ON a.id=m.article_id WHERE a.id IS NULL")]
        problems += [f"mention {r[0]} has no place" for r in self.db.execute(
            "SELECT m.id FROM mentions m LEFT JOIN places p ON p.key=m.place_key WHERE p.key IS NULL")]
        problems += [f"place entry {r[0]}/{r[1]} has no such mention" for r in self.db.execute(
            "SELECT x.place_key, x.mention_id FROM place_mentions x LEFT JOIN mentions m"
            " ON m.id = x.mention_id AND m.place_key = x.place_key WHERE m.id IS NULL")]
        # Every mention is found by place exactly once: indexed, or its article still queued.
        problems += [f"mention {r[0]} is {'not ' if r[1] == 0 else 'twice '}found by place" for r in self.db.execute(
            "SELECT m.id, (SELECT count(*) FROM place_mentions x WHERE x.place_key = m.place_key"
            " AND x.mention_id = m.id) + (m.article_id IN (SELECT article_id FROM places_pending)) AS n"
            " FROM mentions m WHERE n != 1")]
        if not self.readonly and self.db.execute("SELECT 1 FROM fts_pending LIMIT 1").fetchone() is None:
            # The full-text index must hold exactly the articles' text (queued articles are not in it yet).
            try:
                self.db.execute("INSERT INTO article_fts(article_fts, rank) VALUES ('integrity-check', 1)")
            except sqlite3.DatabaseError as exc:
                problems.append(f"full-text index does not match the articles: {exc}")
        return problems
