"""Write the annotated demo corpus as ingestable files under seeds/demo/, spread across every reader's format.

Reads the gold JSONL (tests/data/demo_gold.jsonl, made by scripts/gold_markup.py from tests/data/demo/*.md) and
writes, in a stable order so that re-running changes nothing:

* about 1/3 of the reports as plain ``<id>.txt`` files (the text exactly, UTF-8),
* about 1/6 as ``<id>.html`` article pages (HTML5, <head> metadata, nav/footer boilerplate, text as <p>),
* the rest split evenly between ``demo_export.jsonl`` (id, title, text, url, published, language, source),
  ``demo_export.csv`` (headline, body, link, date, lang, outlet) and the RSS 2.0 feed ``demo_feed.rss``.

The output folder belongs to this script: files in it that the script did not write are removed.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import html
import io
import json
import sys
from collections.abc import Iterable
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "demo_gold.jsonl"
OUT = ROOT / "seeds" / "demo"
SOURCE = "Demo corpus (synthetic)"
BASE_URL = "https://demo.invalid/"
JSONL_NAME = "demo_export.jsonl"
CSV_NAME = "demo_export.csv"
RSS_NAME = "demo_feed.rss"
# Position in the id-sorted corpus, modulo 6, decides the format: two slots of six are .txt, one each the rest.
SLOTS = ("txt", "txt", "html", "jsonl", "csv", "rss")


def load_gold(path: Path) -> list[dict]:
    """Read the gold JSONL rows, sorted by id."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return sorted(rows, key=lambda r: r["id"])


def record(row: dict) -> dict:
    """The metadata every output carries for one report (url always under demo.invalid, fixed source)."""
    url = row.get("url") or ""
    if not url.startswith(BASE_URL):
        url = f"{BASE_URL}{row['language']}/{row['id']}"
    return {"id": row["id"], "title": row.get("title") or row["id"], "text": row["text"], "url": url,
            "published": row["published"], "language": row["language"], "source": SOURCE}


def assign(rows: Iterable[dict]) -> dict[str, list[dict]]:
    """Split id-sorted records between the formats, round robin over SLOTS."""
    out: dict[str, list[dict]] = {fmt: [] for fmt in dict.fromkeys(SLOTS)}
    for i, row in enumerate(sorted(rows, key=lambda r: r["id"])):
        out[SLOTS[i % len(SLOTS)]].append(record(row))
    return out


def paragraphs(text: str) -> list[str]:
    """The non-empty lines of a report, each one paragraph."""
    return [line.strip() for line in text.split("\n") if line.strip()]


def render_html(rec: dict) -> str:
    """A small, realistic HTML5 article page for one report; every value HTML-escaped."""
    esc = html.escape
    lang = rec["language"]
    direction = ' dir="rtl"' if lang in ("ar", "fa", "he", "ur") else ""
    body = "\n".join(f"      <p>{esc(p)}</p>" for p in paragraphs(rec["text"]))
    return f"""<!DOCTYPE html>
<html lang="{esc(lang)}"{direction}>
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(rec["title"])} | Demo Wire</title>
  <meta name="author" content="{esc(rec["source"])}">
  <meta name="description" content="{esc(paragraphs(rec["text"])[0][:160])}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="{esc(rec["title"])}">
  <meta property="og:url" content="{esc(rec["url"])}">
  <meta property="og:site_name" content="{esc(rec["source"])}">
  <meta property="article:published_time" content="{esc(rec["published"])}">
  <link rel="canonical" href="{esc(rec["url"])}">
</head>
<body>
  <header>
    <nav>
      <a href="{BASE_URL}">Demo Wire</a>
      <ul>
        <li><a href="{BASE_URL}world/">World</a></li>
        <li><a href="{BASE_URL}politics/">Politics</a></li>
        <li><a href="{BASE_URL}about/">About</a></li>
      </ul>
    </nav>
  </header>
  <main>
    <div class="headline">
      <h1>{esc(rec["title"])}</h1>
      <p class="byline">{esc(rec["source"])}</p>
    </div>
    <article>
{body}
    </article>
    <aside>
      <h2>Most read</h2>
      <ul>
        <li><a href="{BASE_URL}weather/">Weather</a></li>
        <li><a href="{BASE_URL}markets/">Markets</a></li>
      </ul>
    </aside>
  </main>
  <footer>
    <p>&copy; 2020 Demo Wire. {esc(rec["source"])}: synthetic text for testing, not real reporting.</p>
    <nav><a href="{BASE_URL}privacy/">Privacy</a> | <a href="{BASE_URL}contact/">Contact</a></nav>
  </footer>
</body>
</html>
"""


def render_jsonl(recs: list[dict]) -> str:
    """One JSON object per line with the reader's own field names."""
    keys = ("id", "title", "text", "url", "published", "language", "source")
    return "".join(json.dumps({k: r[k] for k in keys}, ensure_ascii=False) + "\n" for r in recs)


def render_csv(recs: list[dict]) -> str:
    """A CSV export whose column names differ from ours on purpose (headline, body, link, date, lang, outlet)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["headline", "body", "link", "date", "lang", "outlet"])
    for r in recs:
        writer.writerow([r["title"], r["text"], r["url"], r["published"], r["language"], r["source"]])
    return buf.getvalue()


def rfc822(day: str) -> str:
    """A YYYY-MM-DD date as an RFC 822 pubDate at midnight UTC."""
    d = dt.date.fromisoformat(day)
    return format_datetime(dt.datetime(d.year, d.month, d.day, tzinfo=dt.UTC))


def render_rss(recs: list[dict]) -> str:
    """An RSS 2.0 feed: one <item> per report, the text XML-escaped in <description>."""
    last = max((r["published"] for r in recs), default="2020-12-01")
    items = []
    for r in recs:
        items.append(f"""    <item>
      <title>{xml_escape(r["title"])}</title>
      <link>{xml_escape(r["url"])}</link>
      <guid isPermaLink="true">{xml_escape(r["url"])}</guid>
      <pubDate>{rfc822(r["published"])}</pubDate>
      <dc:language>{xml_escape(r["language"])}</dc:language>
      <source url={quoteattr(BASE_URL + "feed.rss")}>{xml_escape(r["source"])}</source>
      <description>{xml_escape(r["text"])}</description>
    </item>
""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>Demo Wire: Nagorno-Karabakh 2020 (synthetic)</title>
    <link>{BASE_URL}</link>
    <description>{xml_escape(SOURCE)}: multilingual demo reports, not real reporting.</description>
    <lastBuildDate>{rfc822(last)}</lastBuildDate>
{"".join(items)}  </channel>
</rss>
"""


def build(rows: Iterable[dict]) -> dict[str, str]:
    """Every output file name mapped to its full text."""
    parts = assign(rows)
    files: dict[str, str] = {}
    for rec in parts["txt"]:
        files[f"{rec['id']}.txt"] = rec["text"]
    for rec in parts["html"]:
        files[f"{rec['id']}.html"] = render_html(rec)
    files[JSONL_NAME] = render_jsonl(parts["jsonl"])
    files[CSV_NAME] = render_csv(parts["csv"])
    files[RSS_NAME] = render_rss(parts["rss"])
    return dict(sorted(files.items()))


def write(files: dict[str, str], out: Path) -> tuple[int, int]:
    """Sync ``out`` with ``files``: write what changed, delete what is no longer produced; (written, removed)."""
    out.mkdir(parents=True, exist_ok=True)
    written = removed = 0
    for name, text in files.items():
        data = text.encode("utf-8")
        path = out / name
        if not path.is_file() or path.read_bytes() != data:
            path.write_bytes(data)
            written += 1
    for path in sorted(out.iterdir()):
        if path.is_file() and path.name not in files:
            path.unlink()
            removed += 1
    return written, removed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD, help=f"gold JSONL (default: {GOLD.relative_to(ROOT)})")
    ap.add_argument("--out", type=Path, default=OUT, help=f"output folder (default: {OUT.relative_to(ROOT)})")
    args = ap.parse_args(argv)
    rows = load_gold(args.gold)
    files = build(rows)
    written, removed = write(files, args.out)
    counts = {fmt: len(recs) for fmt, recs in assign(rows).items()}
    print(f"{len(rows)} reports -> {args.out}: {counts}; {written} files written, {removed} removed",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
