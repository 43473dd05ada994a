"""The command line end to end: ingest batches with bad files, idempotency, --map, --jobs, export."""

from __future__ import annotations

import json
import sqlite3
import subprocess

import pytest

from tests.conftest import PYTHON, ROOT, SEED


def run(args, env, **kw):
    return subprocess.run([PYTHON, "-m", "geodata", *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          **kw)


def counts(db):
    with sqlite3.connect(db) as c:
        return {t: c.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "mentions")}


@pytest.fixture
def batch(tmp_path):
    d = tmp_path / "batch"
    d.mkdir()
    (d / "seed.txt").write_bytes(SEED.read_bytes())
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    (d / "records.jsonl").write_text(
        json.dumps({"headline": "Ganja shelled", "body": "BAKU - Shelling hit Ganja in Azerbaijan on Sunday.",
                    "link": "https://example.org/ganja", "pub": "2020-10-11"}) + "\n"
        + "{not json\n"
        + json.dumps({"headline": "No text here"}) + "\n", encoding="utf-8")
    return d


def test_ingest_reports_each_bad_file_and_keeps_going(batch, cli_env):
    res = run(["ingest", "--quiet", "--map", "title=headline", "--map", "text=body", "--map", "url=link",
               "--map", "published=pub", str(batch)], cli_env)
    assert res.returncode == 1  # something failed, and the status says so
    err = res.stderr
    assert "empty.txt" in err and "binary.txt" in err
    assert "records.jsonl (line 2)" in err and "records.jsonl (line 3)" in err
    assert "ingested 2, unchanged 0, updated 0, failed 4" in err
    c = counts(cli_env["GEODATA_DB"])
    assert c["articles"] == 2 and c["mentions"] > 30
    with sqlite3.connect(cli_env["GEODATA_DB"]) as db:
        row = db.execute("SELECT title, published, url FROM articles WHERE url LIKE '%ganja'").fetchone()
    assert row == ("Ganja shelled", "2020-10-11", "https://example.org/ganja")


def test_reingest_changes_nothing_and_a_changed_article_is_updated(batch, cli_env, tmp_path):
    args = ["ingest", "--quiet", "--map", "text=body", "--map", "url=link", str(batch / "seed.txt"),
            str(batch / "records.jsonl")]
    run(args, cli_env)
    before = counts(cli_env["GEODATA_DB"])
    again = run(args, cli_env)
    assert "ingested 0, unchanged 2, updated 0" in again.stderr
    assert counts(cli_env["GEODATA_DB"]) == before
    changed = tmp_path / "changed.jsonl"
    changed.write_text(json.dumps({"body": "BAKU - Shelling hit Barda and Tartar.", "link": "https://example.org/ganja"})
                       + "\n", encoding="utf-8")
    res = run(["ingest", "--quiet", "--map", "text=body", "--map", "url=link", str(changed)], cli_env)
    assert "updated 1" in res.stderr and res.returncode == 0
    with sqlite3.connect(cli_env["GEODATA_DB"]) as db:
        names = {r[0] for r in db.execute(
            "SELECT m.text FROM mentions m JOIN articles a ON a.id=m.article_id WHERE a.url LIKE '%ganja'")}
    assert names == {"BAKU", "Barda", "Tartar"}


def test_parallel_ingest_gives_the_same_result(tmp_path, cli_env):
    corpus = ROOT / "seeds" / "demo"
    one = dict(cli_env, GEODATA_DB=str(tmp_path / "one.sqlite"))
    two = dict(cli_env, GEODATA_DB=str(tmp_path / "two.sqlite"))
    r1 = run(["ingest", "--quiet", str(corpus)], one)
    r2 = run(["ingest", "--quiet", "--jobs", "2", str(corpus)], two)
    assert r1.returncode == 0 and r2.returncode == 0, r1.stderr + r2.stderr
    assert counts(one["GEODATA_DB"]) == counts(two["GEODATA_DB"])
    assert counts(one["GEODATA_DB"])["articles"] == 88


def test_parse_prints_one_line_per_article_in_input_order(tmp_path, cli_env):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Fighting near Ganja, Azerbaijan.", encoding="utf-8")
    b.write_text("Talks in Geneva, Switzerland.", encoding="utf-8")
    res = run(["parse", "--published", "2020-10-30", str(b), str(a)], cli_env)
    lines = [json.loads(x) for x in res.stdout.splitlines()]
    assert [x["path"] for x in lines] == [str(b), str(a)]
    assert lines[0]["published"] == "2020-10-30" and lines[0]["published_source"] == "metadata"
    assert {m["text"] for m in lines[1]["mentions"]} == {"Ganja", "Azerbaijan"}


@pytest.mark.parametrize("fmt", ["csv", "geojson", "gpkg"])
def test_export_formats_read_back(fmt, tmp_path, cli_env):
    run(["ingest", "--quiet", str(SEED)], cli_env)
    out = tmp_path / f"out.{fmt}"
    res = run(["export", "--format", fmt, "--from", "2020-10-02", "--to", "2020-10-03", str(out)], cli_env)
    assert res.returncode == 0, res.stderr
    from geodata.export import EXPORT_COLUMNS

    if fmt == "csv":
        import pandas as pd

        df = pd.read_csv(out)
    else:
        import pyogrio

        df = pyogrio.read_dataframe(out)
        assert df.geometry.geom_type.unique().tolist() == ["Point"]
        df = df.drop(columns="geometry")
    assert list(df.columns) == EXPORT_COLUMNS
    # only the mentions dated 2 and 3 October (Jumat (2/10/2020) and "kemarin pagi")
    assert len(df) > 0 and set(df["event_date"].astype(str)) == {"2020-10-02", "2020-10-03"}
    assert (df["published"].astype(str) == "2020-10-04").all()


def test_country_filter_and_bad_format(tmp_path, cli_env):
    run(["ingest", "--quiet", str(SEED)], cli_env)
    out = tmp_path / "tr.csv"
    run(["export", "--format", "csv", "--country", "TR", str(out)], cli_env)
    import pandas as pd

    df = pd.read_csv(out)
    assert set(df["country_code"]) == {"TR"} and set(df["place"]) == {"Turkey"}
    bad = run(["export", "--format", "shp", str(out)], cli_env)
    assert bad.returncode != 0 and "invalid choice" in bad.stderr
