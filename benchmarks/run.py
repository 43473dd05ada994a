"""``make bench``: throughput, latency, memory and quality of the pipeline and the dashboard, against targets.

Prints a markdown table and writes it, with the machine and profiles of the missed targets, to
``benchmarks/results.md``. See benchmarks/README.md for what each number means.

    .venv/bin/python benchmarks/run.py [--quick] [--sizes 1k,10k,100k] [--max-articles 10k] [--runs 3]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from statistics import median
from typing import Any, TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ["GEODATA_GEOCODER"] = "offline"  # never time an online service
os.environ.pop("GEODATA_FOCUS", None)

from benchmarks.baseline import naive_parse, score_naive
from benchmarks.common import ROOT, Row, Target, fmt, load_average, machine, profile, profile_markdown, rss_mb, table
from benchmarks.corpus import DEMO_GOLD, GOLD, Corpus, text_bytes
from geodata.gazetteer import Gazetteer, load_gazetteer
from geodata.model import Article, Mention
from geodata.pipeline import parse_article
from geodata.store import SQLiteStore, StoreResult

CHUNK = 1000  # above this many articles a size is timed in one pass, per chunk of this many
PARSE_NO_DATES = Target(">=", 1000, ">= 1,000/s")
PARSE_DATES = Target(">=", 300, ">= 300/s")
LOAD_TIME = Target("<=", 1.0, "<= 1 s")
LOAD_MEMORY = Target("<=", 500, "<= 500 MB")
INGEST = Target(">=", 300, ">= 300/s")
REDRAW = Target("<=", 1.0, "<= 1 s")
PAYLOAD = Target("<=", 2.0, "<= 2 MB")
TARGET_MENTIONS = 10_000  # the dashboard targets are stated for this many mentions
T = TypeVar("T")


def parse_size(text: str) -> int:
    """'10k' -> 10000, '1m' -> 1000000."""
    t = text.strip().lower().replace("_", "").replace(",", "")
    mult = {"k": 1_000, "m": 1_000_000}.get(t[-1:], 1)
    return int(float(t.rstrip("km")) * mult)


def label(n: int) -> str:
    return f"{n // 1000}k" if n >= 1000 and n % 1000 == 0 else str(n)


def chunks(items: Sequence[Article], size: int) -> Iterator[Sequence[Article]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


@dataclass
class Bench:
    """Settings and state shared by the sections."""

    sizes: list[int]
    max_articles: int
    runs: int
    build_runs: int
    quick: bool
    corpus: Corpus = field(default_factory=Corpus)
    rows: list[Row] = field(default_factory=list)
    profiles: dict[str, tuple[Callable[[], object] | None, str]] = field(default_factory=dict)  # fn, workload
    notes: list[str] = field(default_factory=list)
    tmp: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="geodata-bench-")))
    ingest_db: Path | None = None
    rates: dict[str, float] = field(default_factory=dict)
    _articles: dict[tuple[int, bool], list[Article]] = field(default_factory=dict)

    @property
    def article_sizes(self) -> list[int]:
        return [n for n in self.sizes if n <= self.max_articles]

    @property
    def skipped_sizes(self) -> list[int]:
        return [n for n in self.sizes if n > self.max_articles]

    def articles(self, n: int, given: bool = True) -> list[Article]:
        """The first ``n`` corpus articles (cached; the largest list serves every smaller size)."""
        have = [k for k in self._articles if k[1] == given and k[0] >= n]
        if have:
            return self._articles[min(have)][:n]
        arts = self.corpus.articles(n, language_given=given)
        self._articles[(n, given)] = arts
        return arts

    def add(self, row: Row, profile_key: str | None = None, fn: Callable[[], object] | None = None,
            workload: str = "") -> Row:
        """Record a row; a missed target queues ``fn`` for profiling (None: the memory breakdown)."""
        self.rows.append(row)
        print(table([row]).splitlines()[2], flush=True)
        if profile_key and row.missed:
            self.profiles.setdefault(profile_key, (fn, workload))
        return row


# -- parse -------------------------------------------------------------------------------------------------


def _mode(with_dates: bool, given: bool) -> str:
    return f"{'with' if with_dates else 'no'} dates, language {'given' if given else 'detected'}"


def bench_parse(b: Bench, gaz: Gazetteer) -> None:
    """Articles/s and MB/s of ``parse_article`` in this one process, after the gazetteer is loaded."""
    print("parse", flush=True)
    for with_dates in (False, True):  # warm up every mode: lazy tables, lingua's language models
        for given in (True, False):
            for a in b.articles(min(100, b.article_sizes[0]), given):
                parse_article(a, gaz, with_dates=with_dates)
    for n in b.article_sizes:
        modes = [(False, True), (True, True)] + ([(False, False), (True, False)] if n <= CHUNK else [])
        for with_dates, given in modes:
            arts = b.articles(n, given)
            aps, mbs, cpu = [], [], []
            for _ in range(b.runs if n <= CHUNK else 1):
                for chunk in chunks(arts, CHUNK):
                    c0, t0 = time.process_time(), time.perf_counter()
                    for a in chunk:
                        parse_article(a, gaz, with_dates=with_dates)
                    wall, used = time.perf_counter() - t0, time.process_time() - c0
                    aps.append(len(chunk) / wall)
                    mbs.append(text_bytes(list(chunk)) / wall / 1e6)
                    cpu.append(len(chunk) / used)
            how = (f"{len(aps)} run{'s' if len(aps) > 1 else ''}" if n <= CHUNK
                   else f"1 pass, {len(aps)} chunks of {label(CHUNK)}")
            cpu_note = f"{how}; per CPU-second {fmt(median(cpu))}/s; load avg {os.getloadavg()[0]:.1f}"
            target = PARSE_DATES if with_dates else PARSE_NO_DATES
            key = f"parse, {_mode(with_dates, given)}"
            b.add(Row(f"parse, {_mode(with_dates, given)} (articles/s/core)", label(n), aps, target, cpu_note),
                  key, _parse_profile(b, gaz, with_dates, given),
                  f"parse_article on {_profile_n(b)} corpus articles, {_mode(with_dates, given)}")
            b.add(Row(f"parse, {_mode(with_dates, given)} (MB/s/core)", label(n), mbs))
            if given:
                b.rates.setdefault(f"parse-{with_dates}", median(aps))  # the smallest size: baseline's
    for n in b.skipped_sizes:
        rate = b.rates.get("parse-False", 1.0)
        b.add(Row("parse (articles/s/core)", label(n), text="skipped",
                  note=f"about {fmt(n / rate / 60)} min per mode at the rate above; raise --max-articles"))


def _profile_n(b: Bench) -> int:
    return min(100 if b.quick else 300, b.article_sizes[-1])


def _parse_profile(b: Bench, gaz: Gazetteer, with_dates: bool, given: bool) -> Callable[[], object]:
    def run() -> None:
        for a in b.articles(_profile_n(b), given):
            parse_article(a, gaz, with_dates=with_dates)

    return run


# -- naive baseline ------------------------------------------------------------------------------------------


def bench_baseline(b: Bench, gaz: Gazetteer) -> None:
    """Naive whole-word matcher vs ours: speed on the synthetic corpus, quality on the annotated sets."""
    from geodata.evaluate import evaluate, load_gold

    print("naive baseline", flush=True)
    n = min(b.article_sizes[0], CHUNK)
    arts = b.articles(n)
    for a in arts[:50]:
        naive_parse(a.text, gaz)
    speed = []
    for _ in range(b.runs):
        t0 = time.perf_counter()
        for a in arts:
            naive_parse(a.text, gaz)
        speed.append(n / (time.perf_counter() - t0))
    b.add(Row("naive baseline: parse (articles/s/core)", label(n), speed, note="same texts as parse"))
    ours = b.rates.get("parse-False")
    if ours:
        med = median(speed)
        b.add(Row("ratio ours/baseline: speed, no dates", label(n), [ours / med],
                  note=f"ours {fmt(ours)}/s, baseline {fmt(med)}/s"))
    for name, path in (("demo", DEMO_GOLD), ("gold", GOLD)):
        gold = load_gold(path)
        mine = evaluate(gold, with_dates=False)["all"]
        naive = score_naive(gold, gaz)
        size = f"{len(gold)} docs"
        for metric, get in (("precision", lambda s: s.precision), ("recall", lambda s: s.recall),
                            ("F1", lambda s: s.f1), ("Acc@161", lambda s: s.within(161))):
            o, v = get(mine), get(naive)
            b.add(Row(f"ratio ours/baseline: {metric}, {name} set", size, [o / v if v else float("nan")],
                      note=f"ours {o:.3f}, baseline {v:.3f}"))


# -- dates ---------------------------------------------------------------------------------------------------


def bench_dates(b: Bench) -> None:
    """Rule-based date resolution alone: bench_dates.py's corpus, and the synthetic corpus's sentences."""
    import datetime as dt

    from benchmarks import bench_dates as bd
    from geodata import dates, sentences

    print("dates", flush=True)
    pub = dt.date(2020, 10, 4)
    for lang in {*bd.POOL, *b.corpus.languages}:
        dates.event_dates(["warm up"], lang, pub)
    arts = bd.make_articles(300)
    texts = [(lang, " ".join(s), s) for lang, s in arts]
    n_sent = sum(len(s) for _l, _t, s in texts)
    samples = []
    for _ in range(max(b.runs, 3)):
        t0 = time.perf_counter()
        for lang, text, sents in texts:
            found = dates.publication_date(text, lang)
            dates.event_dates(sents, lang, found.date if found else pub)
        samples.append(len(texts) / (time.perf_counter() - t0))
    med = median(samples)
    b.add(Row("dates: bench_dates.py corpus (articles/s)", f"{len(texts)}", samples,
              note=f"{n_sent / len(texts):.0f} sentences/article, {1000 / med:.2f} ms/article"))
    n = min(b.article_sizes[0], CHUNK)
    prepared = []
    for a in b.articles(n):
        spans = sentences.split(a.text)
        prepared.append((a, [a.text[s:e] for s, e in spans]))
    samples = []
    for _ in range(max(b.runs, 3)):
        t0 = time.perf_counter()
        for a, sents in prepared:
            published = a.published
            if published is None:
                found = dates.publication_date(a.text, a.language)
                published = found.date if found else None
            dates.event_dates(sents, a.language, published, future_days=31)
        samples.append(n / (time.perf_counter() - t0))
    med = median(samples)
    per = sum(len(s) for _a, s in prepared) / n
    b.add(Row("dates: synthetic corpus, as the pipeline calls it (articles/s)", label(n), samples,
              note=f"{per:.0f} sentences/article, {1000 / med:.2f} ms/article"))


# -- gazetteer load and build (fresh subprocesses) -----------------------------------------------------------


def stable(b: Bench, what: str, fn: Callable[[], T]) -> T:
    """``fn()`` measured while the gazetteer's sources stay unchanged, retried up to twice if they change.

    Other people edit the curated data while benchmarks run; the next ``load_gazetteer()`` (which ingest
    calls per article) then rebuilds the index, ~35 s inside the timing. Any rebuild happens untimed here.
    """
    from geodata.gazetteer.build import source_version

    for _ in range(3):
        load_gazetteer()
        before = source_version()
        out = fn()
        source_version.cache_clear()  # it is cached per process; look at the files again
        if source_version() == before:
            return out
        b.notes.append(f"{what}: the gazetteer's sources changed during the measurement, which was repeated")
    return out


def _child(args: list[str], env: dict[str, str] | None = None) -> dict[str, float]:
    cmd = [sys.executable, "-m", "benchmarks.child", *args]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})
    return json.loads(out.stdout.strip().splitlines()[-1])


def bench_gazetteer(b: Bench) -> None:
    """Cold load in fresh processes (page cache warm) and a full index build into a temporary cache."""
    print("gazetteer", flush=True)
    loads = [stable(b, "gazetteer load", lambda: _child(["load"])) for _ in range(2 if b.quick else max(b.runs, 5))]
    t = [r["load_s"] for r in loads]
    mem = [r["rss_after"] - r["rss_before"] for r in loads]
    mid = loads[len(loads) // 2]
    b.add(Row("gazetteer: cold load_gazetteer() in a fresh process (s)", "full", t, LOAD_TIME,
              f"after imports ({fmt(mid['import_s'])} s)"), "gazetteer load", _load_profile,
              "one Gazetteer(index_paths()) construction")
    b.add(Row("gazetteer: RSS of the loaded matcher (MB)", "full", mem, LOAD_MEMORY,
              f"process total {fmt(mid['rss_after'])} MB after load"), "gazetteer memory")
    b.add(Row("gazetteer: first parse_article after load (s)", "1 article", [r["first_parse_s"] for r in loads],
              note=f"lazy tables (calendar words, stop lists, date rules); RSS then {fmt(mid['rss_parsed'])} MB"))
    times, peaks, sizes = [], [], []
    for i in range(b.build_runs):
        d = b.tmp / f"cache-{i}"
        got = _child(["build", str(d)], env={"GEODATA_CACHE": str(d)})
        times.append(got["build_s"])
        peaks.append(got["peak_rss_mb"])
        sizes.append(sum(f.stat().st_size for f in d.iterdir() if f.is_file()) / 1e6)
        shutil.rmtree(d, ignore_errors=True)
    b.add(Row("gazetteer: index build (s)", "full", times, note=f"peak RSS {fmt(max(peaks))} MB"))
    b.add(Row("gazetteer: index size on disk (MB)", "full", sizes, note="SQLite + 2 pickled automata"))


def _load_profile() -> None:
    from geodata.gazetteer.build import index_paths

    Gazetteer(index_paths())


# -- ingest --------------------------------------------------------------------------------------------------


class TimedStore(SQLiteStore):
    """A store that notes when each article was saved (per-chunk ingest rates from one long run)."""

    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.stamps: list[float] = []

    def save(self, article: Article, mentions: list[Mention], **kwargs: Any) -> StoreResult:
        out = super().save(article, mentions, **kwargs)
        self.stamps.append(time.perf_counter())
        return out


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the ingest workers)."""
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + kids.ru_utime + kids.ru_stime


def _ingest_once(arts: list[Article], path: Path, jobs: int) -> tuple[list[float], float, int, int]:
    """Ingest into a fresh file; (start and every save's time, CPU seconds, mentions stored, failures)."""
    from geodata.ingest import ingest_articles

    for p in path.parent.glob(path.name + "*"):
        p.unlink()
    store = TimedStore(str(path))
    c0, t0 = _cpu_seconds(), time.perf_counter()
    summary = ingest_articles(iter(arts), store, jobs=jobs, progress=False)
    cpu = _cpu_seconds() - c0
    # The run ends when ingest returns (after the last group of articles is indexed for keyword search),
    # not at the last article's commit.
    store.stamps[-1] = time.perf_counter()
    store.close()
    return [t0, *store.stamps], cpu, summary.mentions, summary.failed


def bench_ingest(b: Bench) -> None:
    """End to end into a fresh SQLite file: parse (with dates) and store, 1 and 2 worker processes."""
    print("ingest", flush=True)
    for n in b.article_sizes:
        arts = b.articles(n)
        for jobs in (1, 2):
            samples: list[float] = []
            whole, mentions, loads, cpu = 0.0, 0, [], []
            for r in range(b.runs if n <= CHUNK else 1):
                path = b.tmp / f"ingest-{n}-{jobs}-{r}.sqlite"
                marks, used, mentions, failed = stable(b, f"ingest {label(n)} jobs={jobs}",
                                                       partial(_ingest_once, arts, path, jobs))
                cpu.append(n / used)
                loads.append(os.getloadavg()[0])
                if failed:
                    b.notes.append(f"ingest {label(n)} jobs={jobs}: {failed} articles failed")
                whole = n / (marks[-1] - marks[0])
                if n <= CHUNK:
                    samples.append(whole)
                else:
                    for i in range(0, len(marks) - 1, CHUNK):
                        j = min(i + CHUNK, len(marks) - 1)
                        samples.append((j - i) / (marks[j] - marks[i]))
                if n == max(b.article_sizes) and jobs == 2 and r == 0:
                    b.ingest_db = path  # kept for the dashboard section
                else:
                    for p in path.parent.glob(path.name + "*"):
                        p.unlink()
            how = (f"{len(samples)} run{'s' if len(samples) > 1 else ''}" if n <= CHUNK
                   else f"1 run, {len(samples)} chunks; whole run {fmt(whole)}/s")
            b.add(Row(f"ingest into SQLite, jobs={jobs} (articles/s)", label(n), samples, INGEST,
                      f"{how}; per CPU-second (all processes) {fmt(median(cpu))}/s; {mentions / n:.0f} "
                      f"mentions/article; load avg {max(loads):.1f}"),
                  "ingest (jobs=1; workers run the same code)", _ingest_profile(b),
                  f"ingest_articles of {_profile_n(b)} corpus articles, jobs=1, into a fresh store")
    for n in b.skipped_sizes:
        b.add(Row("ingest into SQLite (articles/s)", label(n), text="skipped", note="raise --max-articles"))


def _ingest_profile(b: Bench) -> Callable[[], object]:
    def run() -> None:
        from geodata.ingest import ingest_articles
        from geodata.store import open_store

        path = b.tmp / "ingest-profile.sqlite"
        with open_store(path) as store:
            ingest_articles(iter(b.articles(_profile_n(b))), store, jobs=1, progress=False)
        for p in path.parent.glob(path.name + "*"):
            p.unlink()

    return run


# -- dashboard -----------------------------------------------------------------------------------------------


def synthetic_db(b: Bench, n: int) -> Path:
    """``n`` mentions over 1,000 places, as the dashboard tests build them (tests/dashboard_data.py)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from dashboard_data import build_many  # type: ignore[import-not-found]

    return Path(build_many(b.tmp / f"dash-synthetic-{n}.sqlite", n))


def corpus_db(b: Bench, n: int) -> Path | None:
    """A prefix of the ingested corpus with exactly ``n`` mentions in the default view, or None if too small."""
    from geodata.store import open_store

    if b.ingest_db is None:
        return None
    con = sqlite3.connect(b.ingest_db)
    row = con.execute(  # the n-th mention the default view shows: an event with some date
        "SELECT m.id FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.role = 'event'"
        " AND COALESCE(m.event_date, a.published) IS NOT NULL ORDER BY m.id LIMIT 1 OFFSET ?", (n - 1,)).fetchone()
    con.close()
    if row is None:
        return None
    dst = b.tmp / f"dash-corpus-{n}.sqlite"
    with open_store(dst) as store:
        db = store.db
        db.execute("ATTACH DATABASE ? AS src", (str(b.ingest_db),))
        db.execute("BEGIN")
        db.execute("INSERT INTO places SELECT * FROM src.places")
        db.execute("INSERT INTO articles SELECT * FROM src.articles WHERE id IN"
                   " (SELECT article_id FROM src.mentions WHERE id <= ?)", (row[0],))
        db.execute("INSERT INTO mentions SELECT * FROM src.mentions WHERE id <= ?", (row[0],))
        db.execute("COMMIT")
        db.execute("DETACH DATABASE src")
    return dst


def _quiet_streamlit() -> None:
    """Streamlit warns about every cache call outside ``streamlit run``; the benchmark is bare mode on purpose."""
    from streamlit import config, logger

    config.get_config_options()  # parse the config now: parsing resets the log level
    logger.set_log_level("error")


def compute_view(path: Path, flt: Any) -> dict[str, Any]:
    """What the app computes for a new filter: ``dashboard.loaders.compute_view``, or its inline older form."""
    try:
        from dashboard.loaders import compute_view as view
    except ImportError:
        from dashboard import mapview
        from geodata import queries
        from geodata.store import open_store

        with open_store(path) as store:
            df = queries.mentions(store, flt)
        by_place = queries.places(df)
        return {"mentions": len(df), "places": len(by_place), "collection": mapview.place_features(by_place, df)}
    return view(str(path), flt)


def redraw(path: Path) -> dict[str, float]:
    """One dashboard rerun after a filter change (nothing cached), timed by stage; payload sizes in bytes."""
    _quiet_streamlit()
    from streamlit_folium import _get_feature_group_string, _get_header, _get_html, _get_map_string

    from dashboard import mapview
    from geodata import queries
    from geodata.store import open_store

    t0 = time.perf_counter()
    with open_store(path) as store:
        queries.data_version(store)
        bounds = queries.date_bounds(store, "event")
    lo, hi = bounds if bounds else (None, None)
    flt = queries.Filters(start=lo, end=hi, date_field="event")
    data = compute_view(path, flt)
    t1 = time.perf_counter()
    if hasattr(queries, "timeline") and hasattr(queries, "without_dates"):  # the histogram under the map
        with open_store(path) as store:
            queries.timeline(store, queries.without_dates(flt), "country")
    t2 = time.perf_counter()
    m = mapview.base_map()
    layer = mapview.data_layer(data["collection"])
    m.get_root().render()  # what st_folium does with the map and the layer on every run
    m.render()
    base = len((_get_html(m) + _get_header(m) + _get_map_string(m)).encode())
    payload = _get_feature_group_string(layer, m).encode()
    t3 = time.perf_counter()
    with open_store(path) as store:  # the SQL share of the view, timed apart (not part of the total)
        df = queries.mentions(store, flt)
    queries.places(df)
    t4 = time.perf_counter()
    return {"total": t3 - t0, "view": t1 - t0, "timeline": t2 - t1, "render": t3 - t2, "query": t4 - t3,
            "payload": len(payload), "gzip": len(gzip.compress(payload, 6)), "base": base,
            "mentions": data["mentions"], "places": data["places"]}


def _redraws(path: Path, runs: int) -> list[dict[str, float]]:
    redraw(path)  # warm: imports, page cache, the names cache a running server keeps
    return [redraw(path) for _ in range(runs)]


def bench_dashboard(b: Bench) -> None:
    """Query + map layer build for n mentions in view, and the bytes of the data layer sent to the browser.

    On the tests' synthetic store (1,000 places: the target rows), then on the ingested corpus (real
    multilingual excerpts, but only as many places as the demo corpus names).
    """
    print("dashboard", flush=True)
    for n in b.sizes:
        runs = _redraws(synthetic_db(b, n), b.runs + 2 if n <= TARGET_MENTIONS else b.runs)
        at_target = n == TARGET_MENTIONS
        r0 = runs[0]
        size = f"{label(n)} mentions"

        def col(key: str, scale: float = 1.0, rs: list[dict[str, float]] = runs) -> list[float]:
            return [r[key] * scale for r in rs]

        b.add(Row("dashboard: redraw server time, query + map layer (s)", size, col("total"),
                  REDRAW if at_target else None, f"{int(r0['places'])} places (synthetic store)"),
              "dashboard redraw", _redraw_profile(b.tmp / f"dash-synthetic-{n}.sqlite"),
              f"2 redraws at {label(n)} mentions (synthetic store)")
        b.add(Row("dashboard: … view: query, aggregate, GeoJSON + popups (s)", size, col("view"),
                  note="loaders.compute_view, plus data_version and date_bounds"))
        b.add(Row("dashboard: … of the view, SQL query + per-place aggregate (s)", size, col("query"),
                  note="timed in a separate call"))
        b.add(Row("dashboard: … timeline histogram query (s)", size, col("timeline")))
        b.add(Row("dashboard: … folium/st_folium layer render (s)", size, col("render")))
        b.add(Row("dashboard: data layer sent to the browser (MB)", size, col("payload", 1e-6),
                  PAYLOAD if at_target else None,
                  f"gzip {fmt(r0['gzip'] / 1e6)} MB; the constant base map adds {fmt(r0['base'] / 1e6)} MB"))
        if n > TARGET_MENTIONS:
            b.add(Row("dashboard: map layer still builds", size, text=f"{int(r0['places'])} markers",
                      ok=r0["mentions"] == n and r0["places"] > 0 and r0["payload"] > 0, note="target: it builds"))
        path = corpus_db(b, n)
        if path is None:
            b.add(Row("dashboard, ingested corpus: redraw (s)", size, text="skipped",
                      note="the ingested corpus has fewer mentions; raise --max-articles"))
            continue
        real = _redraws(path, b.runs)
        b.add(Row("dashboard, ingested corpus: redraw server time (s)", size, [r["total"] for r in real],
                  note=f"{int(real[0]['places'])} places, real multilingual excerpts"))
        b.add(Row("dashboard, ingested corpus: data layer (MB)", size, [r["payload"] / 1e6 for r in real],
                  note=f"gzip {fmt(real[0]['gzip'] / 1e6)} MB"))


def _redraw_profile(path: Path) -> Callable[[], object]:
    def run() -> None:
        for _ in range(2):
            redraw(path)

    return run


# -- report --------------------------------------------------------------------------------------------------


def corpus_note(b: Bench, gaz: Gazetteer) -> str:
    arts = b.articles(min(b.article_sizes[0], CHUNK))
    words = sum(len(a.text.split()) for a in arts) / len(arts)
    size = text_bytes(arts) / len(arts)
    sample = arts[:200]
    mentions = sum(len(parse_article(a, gaz, with_dates=False).mentions) for a in sample) / len(sample)
    return (f"Corpus: sentences of {DEMO_GOLD.relative_to(ROOT)} recombined into articles of {words:.0f} words "
            f"({size / 1000:.1f} kB UTF-8) in {len(b.corpus.languages)} languages "
            f"({', '.join(b.corpus.languages)}), {mentions:.0f} place mentions per article; seed "
            f"{b.corpus.seed}. Half carry a publication date in metadata.")


def write_report(b: Bench, path: Path, argv: list[str], started: float, load_before: str,
                 info: dict[str, str], corpus: str, profiles: list[str]) -> str:
    minutes = (time.perf_counter() - started) / 60
    mach = "\n".join(f"{k + ':':10} {v}" for k, v in info.items())
    mach += f"\nload avg: {load_before} (start), {load_average()} (end)"
    missed = [r for r in b.rows if r.missed]
    lines = [
        "# Benchmark results",
        "",
        f"`{' '.join(['benchmarks/run.py', *argv])}` on {time.strftime('%Y-%m-%d %H:%M')}, "
        f"{minutes:.1f} min. Regenerate with `make bench`; see benchmarks/README.md for what each row means.",
        "",
        "## Machine",
        "",
        "```",
        mach,
        "```",
        "",
        "## Results",
        "",
        "Median, min and max over n samples (runs, or chunks of one long run); the target applies to the "
        "median. Result: PASS/MISS with the signed margin (+ headroom, − shortfall, relative to the target).",
        "",
        table(b.rows),
        "",
        corpus,
        *(["", *(f"- {n}" for n in b.notes)] if b.notes else []),
        "",
        "## Targets",
        "",
        f"{sum(1 for r in b.rows if r.verdict.startswith('PASS'))} passed, {len(missed)} missed.",
        "",
        *(f"- {r.verdict.split()[0]} {r.name} [{r.size}]: {r.text or fmt(r.median)}"
          + (f" vs {r.target.label} ({r.verdict.split(' ', 1)[1].strip('()')})" if r.target else "")
          for r in b.rows if r.verdict),
        "",
        "## Profile",
        "",
        "\n\n".join(profiles) if profiles else "No target missed: nothing profiled.",
        "",
    ]
    text = "\n".join(lines)
    path.write_text(text, encoding="utf-8")
    return text


def memory_breakdown() -> str:
    """RSS cost of each part of the loaded index, measured in this process (fresh objects)."""
    import pickle

    from geodata.gazetteer.build import index_paths

    paths = index_paths()
    parts = []
    for name, p in (("exact automaton", paths.exact), ("stem automaton", paths.stems)):
        before = rss_mb()
        obj = pickle.loads(p.read_bytes())
        parts.append(f"{name} {rss_mb() - before:.0f} MB ({p.stat().st_size / 1e6:.0f} MB file)")
        del obj
    return "### gazetteer memory\n\nRSS per part of the loaded index: " + "; ".join(parts) + "."


def run_profiles(b: Bench) -> list[str]:
    out = []
    for key, (fn, workload) in b.profiles.items():
        print(f"profile: {key}", flush=True)
        if fn is None:  # the memory target: what each part costs, not where time goes
            out.append(memory_breakdown())
            continue
        out.append(profile_markdown(key, profile(fn), workload))
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Benchmarks of the geoparser, the store and the dashboard.")
    parser.add_argument("--quick", action="store_true", help="fast smoke run: small sizes, one run each")
    parser.add_argument("--sizes", help="corpus sizes (articles, and mentions for the dashboard), e.g. 1k,10k,100k")
    parser.add_argument("--max-articles", help="largest corpus to parse and ingest (bigger sizes: dashboard only)")
    parser.add_argument("--runs", type=int, help="runs per figure (default 3, quick 1)")
    parser.add_argument("--build-runs", type=int, help="index builds to time (default 3, quick 1)")
    parser.add_argument("--no-profile", action="store_true", help="skip pyinstrument on missed targets")
    parser.add_argument("--output", type=Path, help="markdown report (default benchmarks/results.md)")
    args = parser.parse_args(argv)
    started, load_before = time.perf_counter(), load_average()
    quick = args.quick
    sizes = sorted({parse_size(s) for s in (args.sizes or ("200,2k" if quick else "1k,10k,100k")).split(",")})
    b = Bench(sizes=sizes, max_articles=parse_size(args.max_articles or ("200" if quick else "10k")),
              runs=args.runs or (1 if quick else 3), build_runs=args.build_runs or (1 if quick else 3), quick=quick)
    if not b.article_sizes:
        parser.error("no size is within --max-articles")
    output = args.output or (ROOT / "benchmarks" / ("results-quick.md" if quick else "results.md"))
    info = machine()
    print("\n".join(f"{k}: {v}" for k, v in info.items()), flush=True)
    t0 = time.perf_counter()
    gaz = load_gazetteer()  # builds the cache first if a source changed (not timed here)
    print(f"gazetteer ready in {time.perf_counter() - t0:.1f} s; temp files in {b.tmp}", flush=True)
    try:
        bench_parse(b, gaz)
        bench_baseline(b, gaz)
        bench_dates(b)
        bench_gazetteer(b)
        bench_ingest(b)
        bench_dashboard(b)
        corpus = corpus_note(b, gaz)
        profiles = [] if args.no_profile else run_profiles(b)
        text = write_report(b, output, sys.argv[1:] if argv is None else argv, started, load_before, info, corpus,
                            profiles)
    finally:
        shutil.rmtree(b.tmp, ignore_errors=True)
    print()
    print(text.split("## Results", 1)[1].split("## Profile", 1)[0].strip())
    print(f"\nwritten to {output.relative_to(ROOT) if output.is_relative_to(ROOT) else output}")


if __name__ == "__main__":
    main()
