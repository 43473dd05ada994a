"""``python -m geodata``: parse, ingest, export, evaluate, and manage the gazetteer.

Every option has an environment variable or a documented default (see README "Configuration").
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from geodata.model import Article, ReadError


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from exc


def _field_map(pairs: Sequence[str] | None) -> dict[str, str] | None:
    if not pairs:
        return None
    out = {}
    for pair in pairs:
        field, sep, column = pair.partition("=")
        if not sep or not field or not column:
            raise SystemExit(f"--map expects field=column, got {pair!r}")
        out[field.strip()] = column.strip()
    return out


def _override(items, published: dt.date | None, language: str | None):
    """Apply --published / --language to every article read."""
    from dataclasses import replace

    for item in items:
        if isinstance(item, Article) and (published or language):
            item = replace(item, published=published or item.published, language=language or item.language)
        yield item


def _read_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--map", action="append", metavar="FIELD=COLUMN",
                   help="map one of our fields (text, title, url, published, language, source) to a column "
                        "name of JSON/CSV input; repeatable")
    p.add_argument("--max-bytes", type=str, default=None,
                   help="largest input file accepted, e.g. 20MB (default $GEODATA_MAX_BYTES or 20MB)")
    p.add_argument("--published", type=_date, help="publication date for every article (YYYY-MM-DD)")
    p.add_argument("--language", help="language of every article (ISO 639-1), instead of detecting it")


def _max_bytes(value: str | None) -> int | None:
    if value is None:
        return None
    from geodata.readers import parse_size

    return parse_size(value)


def cmd_parse(args: argparse.Namespace) -> int:
    from geodata.pipeline import focus_from_env, parse_article, to_record
    from geodata.readers import read_paths

    focus = focus_from_env()
    failed = 0
    items = read_paths(args.files, field_map=_field_map(args.map), max_bytes=_max_bytes(args.max_bytes))
    for item in _override(items, args.published, args.language):
        if isinstance(item, ReadError):
            print(f"error: {item}", file=sys.stderr)
            failed += 1
            continue
        rec = to_record(parse_article(item, with_dates=not args.no_dates, focus=focus))
        sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return 1 if failed else 0


def cmd_ingest(args: argparse.Namespace) -> int:
    from geodata.ingest import ingest_articles
    from geodata.readers import read_paths
    from geodata.store import open_store

    def report(err: ReadError) -> None:
        print(f"error: {err}", file=sys.stderr)

    with open_store(args.db) as store:
        items = read_paths(args.paths, field_map=_field_map(args.map), max_bytes=_max_bytes(args.max_bytes))
        summary = ingest_articles(_override(items, args.published, args.language), store, jobs=args.jobs,
                                  progress=None if not args.quiet else False, on_error=report)
    print(summary.line(), file=sys.stderr)
    return 0 if summary.ok else 1


def cmd_export(args: argparse.Namespace) -> int:
    from geodata.export import export_frame, write
    from geodata.store import open_store

    with open_store(args.db) as store:
        df = export_frame(store, start=args.date_from, end=args.date_to, countries=args.country)
    write(df, args.format, args.out)
    print(f"{len(df)} mentions -> {args.out}", file=sys.stderr)
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from geodata.evaluate import evaluate, load_gold, report

    scores = evaluate(load_gold(args.gold), with_dates=not args.no_dates)
    if args.json:
        print(json.dumps({k: v.summary() for k, v in scores.items()}, indent=2))
    else:
        print(report(scores))
        if args.verbose:
            s = scores["all"]
            for title, rows in (("false positives", s.false_positives), ("misses", s.misses),
                                ("resolved > 50 km away", s.wrong_place)):
                print(f"\n{title} ({len(rows)}):")
                for r in rows:
                    print("  " + r)
    return 0


def cmd_gazetteer(args: argparse.Namespace) -> int:
    from geodata.gazetteer import build, load_gazetteer
    from geodata.gazetteer.build import build_lock, index_paths

    if args.action == "build":
        paths = index_paths()
        if paths.exist() and not args.force:
            print(f"up to date: {paths.db}", file=sys.stderr)
            return 0
        with build_lock(paths.db.parent):
            build(progress=lambda s: print(s, file=sys.stderr))
        return 0
    gaz = load_gazetteer()
    if args.action == "info":
        print(json.dumps({**gaz.meta, "db": str(gaz.paths.db)}, indent=2))
        return 0
    from geodata.gazetteer.normalize import key_of

    for name in args.names:
        value = gaz.exact.get(key_of(name), None)
        if value is None:
            print(f"{name}: not in the gazetteer")
            continue
        for c in gaz.candidates_for((value >> 6,)):
            p = c.place
            print(f"{name}: {p.key} {p.name} [{p.kind}] {p.country_code} {p.lat:.4f},{p.lon:.4f} pop={p.population}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m geodata", description="Geoparse and date news articles.")
    sub = ap.add_subparsers(dest="command", required=True)

    p = sub.add_parser("parse", help="print one JSON line per article found in FILE... (stdout)")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--no-dates", action="store_true", help="skip publication and event dates")
    _read_options(p)
    p.set_defaults(func=cmd_parse)

    p = sub.add_parser("ingest", help="store the articles in PATH... (files, folders, archives, URLs)")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--db", default=None, help="SQLite file (default $GEODATA_DB or data/geodata.sqlite)")
    p.add_argument("--jobs", type=int, default=1, help="parse in N processes (default 1)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--keep-going", action="store_true", default=True,
                   help="go on after a bad file (always on; the exit status still reports failures)")
    _read_options(p)
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("export", help="write stored mentions as csv, geojson or gpkg")
    p.add_argument("out", type=Path)
    p.add_argument("--format", choices=("csv", "geojson", "gpkg"), required=True)
    p.add_argument("--from", dest="date_from", type=_date, help="first event date (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", type=_date, help="last event date (YYYY-MM-DD)")
    p.add_argument("--country", action="append", help="ISO country code; repeatable")
    p.add_argument("--db", default=None, help="SQLite file (default $GEODATA_DB or data/geodata.sqlite)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("evaluate", help="score the geoparser against a gold JSONL file")
    p.add_argument("gold", type=Path)
    p.add_argument("--json", action="store_true", help="print figures as JSON")
    p.add_argument("--no-dates", action="store_true", help="do not score event dates")
    p.add_argument("-v", "--verbose", action="store_true", help="list false positives, misses, far resolutions")
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("gazetteer", help="build or inspect the offline gazetteer index")
    p.add_argument("action", choices=("build", "info", "lookup"))
    p.add_argument("names", nargs="*", help="names to look up (with 'lookup')")
    p.add_argument("--force", action="store_true", help="rebuild even when up to date")
    p.set_defaults(func=cmd_gazetteer)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
