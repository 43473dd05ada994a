"""Turn hand-annotated article blocks into evaluation JSONL.

Writing character offsets by hand is error-prone, so annotators write markup and this script counts.

Source format (UTF-8), one block per article:

    === id: ru-001
    lang: ru
    published: 2020-10-04          (optional; YYYY-MM-DD)
    title: ...                     (optional)
    source: ...                    (optional)
    url: ...                       (optional)
    ---
    СТЕПАНАКЕРТ, 4 октября. Обстрел [[Степанакерта|Stepanakert|39.8153,46.7519@2020-10-03]] ...
    [[Армении|=AM]] ...

A toponym is ``[[surface|name|lat,lon]]``; a country is ``[[surface|=CC]]`` (ISO 3166-1 alpha-2);
a first-level region may add ``|region`` after the coordinates. ``@YYYY-MM-DD`` after the coordinates
or the code is the event date the sentence gives for that mention (omit it when the sentence has no cue).
``[[surface|dateline|...]]`` is not allowed; instead put ``role=dateline`` as a 4th field:
``[[JAKARTA|Jakarta|-6.2146,106.8451|dateline]]``.

Output line: {"id","language","published","title","source","url","text",
"toponyms":[{"start","end","name","lat","lon","country_code","kind","role","event_date"}]}
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

TAG = re.compile(r"\[\[([^\[\]|]+)\|([^\[\]]+)\]\]")
HEADER = re.compile(r"^(\w+):\s*(.*)$")


def _parse_tag(surface: str, spec: str, where: str) -> dict:
    fields = spec.split("|")
    event_date = None
    for i, f in enumerate(fields):
        if "@" in f:
            fields[i], event_date = f.split("@", 1)
            event_date = event_date.strip()
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", event_date):
                raise ValueError(f"{where}: bad event date {event_date!r}")
    item: dict = {"name": None, "lat": None, "lon": None, "country_code": None, "kind": None,
                  "role": "event", "event_date": event_date}
    if fields[0].startswith("="):
        code = fields[0][1:].strip().upper()
        if not re.fullmatch(r"[A-Z]{2}", code):
            raise ValueError(f"{where}: bad country code {code!r}")
        item.update(name=code, country_code=code, kind="country")
        rest = fields[1:]
    else:
        if len(fields) < 2:
            raise ValueError(f"{where}: expected [[surface|name|lat,lon]] in {surface!r}")
        item["name"] = fields[0].strip()
        try:
            lat, lon = (float(x) for x in fields[1].split(","))
        except ValueError as exc:
            raise ValueError(f"{where}: bad coordinates {fields[1]!r}") from exc
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise ValueError(f"{where}: coordinates out of range {fields[1]!r}")
        item.update(lat=lat, lon=lon)
        rest = fields[2:]
    for f in rest:
        f = f.strip()
        if f in ("dateline", "role=dateline"):
            item["role"] = "dateline"
        elif f in ("region", "city", "place", "country"):
            item["kind"] = f
        elif f.startswith("cc="):
            item["country_code"] = f[3:].upper()
        elif f:
            raise ValueError(f"{where}: unknown field {f!r}")
    return item


def parse_blocks(source: str, origin: str = "<markup>") -> list[dict]:
    """Parse every article block of one markup file."""
    out = []
    blocks = re.split(r"^=== ", source, flags=re.M)
    for block in blocks:
        if not block.strip():
            continue
        head, sep, body = block.partition("\n---\n")
        if not sep:
            raise ValueError(f"{origin}: block {block[:40]!r} has no '---' line")
        lines = head.splitlines()
        meta: dict = {}
        for line in lines:
            m = HEADER.match(line.strip())
            if m:
                meta[m.group(1)] = m.group(2).strip() or None
        if "id" not in meta:
            raise ValueError(f"{origin}: block {block[:40]!r} has no id")
        where = f"{origin}:{meta['id']}"
        text_parts: list[str] = []
        toponyms = []
        pos = 0
        length = 0
        body = body.rstrip("\n")
        for m in TAG.finditer(body):
            before = body[pos:m.start()]
            text_parts.append(before)
            length += len(before)
            surface = m.group(1)
            item = _parse_tag(surface, m.group(2), where)
            item = {"start": length, "end": length + len(surface), "text": surface, **item}
            text_parts.append(surface)
            length += len(surface)
            toponyms.append(item)
            pos = m.end()
        text_parts.append(body[pos:])
        text = "".join(text_parts)
        if "[[" in text or "]]" in text:
            raise ValueError(f"{where}: unbalanced [[ ]] markup")
        for t in toponyms:
            assert text[t["start"]:t["end"]] == t["text"]
        out.append({"id": meta["id"], "language": meta.get("lang"), "published": meta.get("published"),
                    "title": meta.get("title"), "source": meta.get("source"), "url": meta.get("url"),
                    "text": text, "toponyms": toponyms})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("markup", nargs="+", type=Path)
    ap.add_argument("-o", "--output", type=Path, required=True)
    args = ap.parse_args(argv)
    rows = []
    seen: set[str] = set()
    for path in args.markup:
        for row in parse_blocks(path.read_text(encoding="utf-8"), str(path)):
            if row["id"] in seen:
                raise SystemExit(f"{path}: duplicate id {row['id']}")
            seen.add(row["id"])
            rows.append(row)
    with args.output.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} articles, {sum(len(r['toponyms']) for r in rows)} toponyms -> {args.output}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
