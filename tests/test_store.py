"""The SQLite store: migrations, identity, idempotency, atomic updates, crash safety."""

from __future__ import annotations

import contextlib
import signal
import sqlite3
import subprocess
import time

import pytest

from geodata.model import Article, DateInfo, Mention, Place
from geodata.store import open_store
from geodata.store.sqlite import SCHEMA_VERSION, article_identity
from tests.conftest import PYTHON, ROOT

AM = Place("cc:AM", "Armenia", "country", 40.58, 44.56, "AM", 174982, 2_968_000)
GANJA = Place("gn:587084", "Ganja", "city", 40.68, 46.36, "AZ", 587084, 330_663)


def _mention(text: str, place: Place) -> Mention:
    start = text.index(place.name)
    return Mention(start, start + len(place.name), place.name, place, sentence=text, sentence_start=0,
                   event=DateInfo(__import__("datetime").date(2020, 10, 4)))


def test_schema_is_migrated_and_versioned(fresh_db):
    assert fresh_db.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert fresh_db.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    # Opening again does not re-run migrations.
    again = open_store(fresh_db.path)
    assert again.counts() == fresh_db.counts()


def test_same_article_twice_is_stored_once(fresh_db):
    text = "Armenia said Ganja was shelled."
    a = Article(text, path="a.txt")
    ms = [_mention(text, AM), _mention(text, GANJA)]
    assert fresh_db.save(a, ms).outcome == "ingested"
    assert fresh_db.save(Article(text, path="copy.txt"), ms).outcome == "unchanged"
    assert fresh_db.counts() == {"articles": 1, "mentions": 2, "places": 2}


def test_identity_is_url_else_normalised_text():
    assert article_identity(Article("x", url="https://e.org/a")) == "https://e.org/a"
    assert article_identity(Article("A  b\n c")) == article_identity(Article("A b c "))


def test_changed_article_replaces_its_mentions(fresh_db):
    url = "https://example.org/1"
    t1, t2 = "Armenia said Ganja was shelled.", "Armenia said nothing."
    fresh_db.save(Article(t1, url=url), [_mention(t1, AM), _mention(t1, GANJA)])
    res = fresh_db.save(Article(t2, url=url), [_mention(t2, AM)])
    assert res.outcome == "updated"
    assert fresh_db.counts()["articles"] == 1
    rows = fresh_db.db.execute("SELECT place_key FROM mentions").fetchall()
    assert [r[0] for r in rows] == ["cc:AM"]
    assert fresh_db.article(res.article_id)["text"] == t2
    # full-text index follows the update
    hits = fresh_db.db.execute("SELECT rowid FROM article_fts WHERE article_fts MATCH 'nothing'").fetchall()
    assert [h[0] for h in hits] == [res.article_id]
    assert fresh_db.check() == []


def test_failed_save_leaves_nothing_behind(fresh_db):
    text = "Armenia."
    bad = Mention(0, 7, "Armenia", AM, sentence=text)
    object.__setattr__(bad, "role", None)  # violates NOT NULL inside the transaction
    with contextlib.suppress(sqlite3.IntegrityError):
        fresh_db.save(Article(text), [bad])
    assert fresh_db.counts() == {"articles": 0, "mentions": 0, "places": 0}


def test_reader_sees_data_while_writer_writes(fresh_db):
    text = "Armenia."
    fresh_db.save(Article(text), [_mention(text, AM)])
    reader = open_store(fresh_db.path, readonly=True)
    fresh_db.db.execute("BEGIN IMMEDIATE")
    fresh_db.db.execute("DELETE FROM mentions")
    assert reader.counts()["mentions"] == 1  # WAL: the open write does not block or leak into reads
    fresh_db.db.execute("ROLLBACK")
    reader.close()


def _write_corpus(folder, n):
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:04d}.txt").write_text(
            f"Demo, BAKU - Report {i}: shelling near Ganja and Barda, Azerbaijan said on Sunday. "
            f"Armenia denied it. Item number {i}.\n", encoding="utf-8")


def test_kill_9_mid_ingest_leaves_a_consistent_db_and_rerun_completes(tmp_path, cli_env):
    corpus = tmp_path / "corpus"
    _write_corpus(corpus, 400)
    db = cli_env["GEODATA_DB"]
    proc = subprocess.Popen([PYTHON, "-m", "geodata", "ingest", "--quiet", str(corpus)], cwd=ROOT, env=cli_env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # Wait until some articles are committed, then kill without warning.
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as c:
                stored = c.execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.OperationalError:
            stored = 0
        if stored >= 20:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "ingest finished before it could be killed; make the corpus larger"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    store = open_store(db)  # indexes for keyword search what the killed batch had not yet
    assert store.check() == []
    partial = store.counts()
    assert len(_search(store, "ganja")) == partial["articles"]
    assert 20 <= partial["articles"] < 400
    # every stored article has all its mentions (3 or more each), none half-written
    per = store.db.execute("SELECT a.id, count(m.id) FROM articles a LEFT JOIN mentions m ON m.article_id=a.id"
                           " GROUP BY a.id").fetchall()
    assert all(n >= 3 for _id, n in per)
    store.close()
    done = subprocess.run([PYTHON, "-m", "geodata", "ingest", "--quiet", str(corpus)], cwd=ROOT, env=cli_env,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert f"unchanged {partial['articles']}" in done.stderr
    store = open_store(db)
    assert store.counts()["articles"] == 400
    assert store.check() == []


def _search(store, word: str) -> list[int]:
    return sorted(r[0] for r in store.db.execute("SELECT rowid FROM article_fts WHERE article_fts MATCH ?", (word,)))


def test_deferred_search_indexes_in_groups_and_stays_exact(fresh_db):
    texts = [f"Armenia said report{i} was filed." for i in range(5)]
    with fresh_db.deferred_search(every=3, seconds=None):
        ids = [fresh_db.save(Article(t), [_mention(t, AM)]).article_id for t in texts[:4]]
        assert _search(fresh_db, "filed") == ids[:3]  # the first group of three is indexed, the fourth waits
        # Changing or deleting an article that is still queued must not touch the index (FTS5 external
        # content: deleting a row it never saw corrupts it).
        changed = fresh_db.save(Article("Armenia said nothing new.", url="u"), [])
        fresh_db.save(Article("Armenia said it again.", url="u"), [])
        fresh_db.db.execute("DELETE FROM articles WHERE id=?", (ids[3],))
        assert fresh_db.check() == []
    assert _search(fresh_db, "filed") == ids[:3]
    assert _search(fresh_db, "again") == [changed.article_id]
    assert _search(fresh_db, "new") == []
    # An indexed article that changes leaves the index with its old words.
    fresh_db.db.execute("UPDATE articles SET text='Armenia said nothing.' WHERE id=?", (ids[0],))
    fresh_db.index_pending()
    assert _search(fresh_db, "filed") == ids[1:3]
    assert fresh_db.check() == []


def test_deferred_search_indexes_at_least_every_so_many_seconds(fresh_db):
    text = "Armenia said Ganja was shelled."
    with fresh_db.deferred_search(seconds=0.2):
        first = fresh_db.save(Article(text), [_mention(text, AM)]).article_id
        assert _search(fresh_db, "shelled") == []
        time.sleep(0.25)
        second = fresh_db.save(Article(text + " Again."), [_mention(text, AM)]).article_id
        assert _search(fresh_db, "shelled") == [first, second]


def test_check_reports_a_search_index_out_of_step(fresh_db):
    text = "Armenia said Ganja was shelled."
    fresh_db.save(Article(text), [_mention(text, AM)])
    fresh_db.db.execute("INSERT INTO article_fts(rowid, title, text) VALUES (99, 'x', 'ghost words')")
    assert any("full-text index" in p for p in fresh_db.check())


def test_version_1_store_is_migrated_with_its_search_index(tmp_path):
    from geodata.store.sqlite import MIGRATIONS

    path = tmp_path / "v1.sqlite"
    with sqlite3.connect(path) as old:
        old.executescript(MIGRATIONS[0] + "\nPRAGMA user_version=1;")
        old.execute("INSERT INTO articles(identity, content_hash, text, ingested_at) VALUES"
                    " ('a', 'h', 'Shelling near Ganja', '2020-10-04')")
    store = open_store(path)
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert _search(store, "ganja") == [1]
    text = "Armenia said Ganja was shelled."
    new = store.save(Article(text), [_mention(text, AM)]).article_id
    assert _search(store, "ganja") == [1, new]
    store.db.execute("DELETE FROM articles WHERE id=1")
    assert _search(store, "ganja") == [new]
    assert store.check() == []


def _by_place(store, key: str) -> list[int]:
    from geodata import queries

    return sorted(int(i) for i in queries.excerpts(store, key)["mention_id"])


def _counts(store) -> dict[str, int]:
    from geodata import queries

    return {r.place_key: int(r.count) for r in queries.place_options(store).itertuples()}


def test_place_lookups_see_queued_articles_and_count_each_mention_once(fresh_db):
    """Mentions are indexed by place in groups (like keyword search), yet found by place the moment their
    article is committed, counted once before and after the group is indexed, and gone when replaced."""
    texts = [f"Armenia and Ganja, report {i}." for i in range(4)]
    with fresh_db.deferred_search(every=3, seconds=None):
        ids = [fresh_db.save(Article(t, url=f"u{i}"), [_mention(t, AM), _mention(t, GANJA)]).article_id
               for i, t in enumerate(texts)]
        queued = {r[0] for r in fresh_db.db.execute("SELECT article_id FROM places_pending")}
        assert queued == {ids[3]}  # the first three are indexed, the fourth waits...
        assert len(_by_place(fresh_db, GANJA.key)) == 4  # ...and is found all the same
        assert _counts(fresh_db) == {AM.key: 4, GANJA.key: 4}
        assert fresh_db.check() == []
        # An indexed article that changes: its old mentions leave the index, the new ones are found at once.
        t = texts[0] + " Only Armenia now."
        assert fresh_db.save(Article(t, url="u0"), [_mention(t, AM)]).outcome == "updated"
        assert _counts(fresh_db) == {AM.key: 4, GANJA.key: 3}
        assert fresh_db.check() == []
    assert fresh_db.db.execute("SELECT count(*) FROM places_pending").fetchone()[0] == 0
    assert _counts(fresh_db) == {AM.key: 4, GANJA.key: 3}
    fresh_db.db.execute("DELETE FROM articles WHERE id=?", (ids[1],))  # mentions go with it, index entries too
    assert _counts(fresh_db) == {AM.key: 3, GANJA.key: 2}
    assert len(_by_place(fresh_db, GANJA.key)) == 2
    assert fresh_db.check() == []


def test_check_reports_a_place_index_out_of_step(fresh_db):
    text = "Armenia said Ganja was shelled."
    fresh_db.save(Article(text), [_mention(text, AM)])
    fresh_db.db.execute("INSERT INTO place_mentions(place_key, mention_id) VALUES ('cc:AM', 99)")
    fresh_db.db.execute("DELETE FROM place_mentions WHERE mention_id=1")
    problems = fresh_db.check()
    assert any("no such mention" in p for p in problems) and any("not found by place" in p for p in problems)


def test_version_2_store_gets_its_place_index(tmp_path):
    from geodata.store.sqlite import MIGRATIONS

    path = tmp_path / "v2.sqlite"
    with sqlite3.connect(path) as old:
        old.executescript(MIGRATIONS[0] + MIGRATIONS[1] + "\nPRAGMA user_version=2;")
        old.execute("INSERT INTO articles(identity, content_hash, text, ingested_at) VALUES"
                    " ('a', 'h', 'Shelling near Ganja', '2020-10-04')")
        old.execute("INSERT INTO places(key, name, kind, country_code, lat, lon) VALUES"
                    " ('gn:587084', 'Ganja', 'city', 'AZ', 40.68, 46.36)")
        old.execute('INSERT INTO mentions(article_id, place_key, start, "end", text, role, confidence,'
                    " sentence_start, sentence_end) VALUES (1, 'gn:587084', 14, 19, 'Ganja', 'event', 0.9, 0, 19)")
    with pytest.raises(RuntimeError, match="schema version 2"):
        open_store(path, readonly=True)  # a reader cannot migrate: it says what to do
    store = open_store(path)
    assert _counts(store) == {GANJA.key: 1} and _by_place(store, GANJA.key) == [1]
    assert store.check() == []
