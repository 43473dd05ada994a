"""Developer aid: for each gold toponym the geoparser misses, say why (not in the gazetteer, which
recognition rule rejected it, or dropped by resolution). Usage: why_missed.py GOLD.jsonl [ID-PREFIX]"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import geodata.geoparse as gp
from geodata.gazetteer import load_gazetteer
from geodata.gazetteer.normalize import key_of


def main() -> None:
    gaz = load_gazetteer()
    prefix = sys.argv[2] if len(sys.argv) > 2 else ""
    rejected: dict[tuple[int, int], int] = {}

    def tracer(frame, event, arg):
        if frame.f_code.co_name == "_accept":
            if event == "return" and arg is False:
                hit = frame.f_locals["hit"]
                rejected[(hit.start, hit.end)] = frame.f_lineno
            return tracer
        return None

    for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        if not doc["id"].startswith(prefix):
            continue
        rejected.clear()
        sys.settrace(tracer)
        hits = gp.recognise(doc["text"], doc.get("language"), gaz)
        sys.settrace(None)
        resolved = {(r.hit.start, r.hit.end): r for r in gp.resolve(hits)}
        hit_spans = {(h.start, h.end): h for h in hits}
        for t in doc["toponyms"]:
            span = (t["start"], t["end"])
            if span in resolved:
                continue
            known = gaz.exact.get(key_of(t["text"]), None) is not None
            if span in hit_spans:
                h = hit_spans[span]
                why = f"dropped by resolve (needs_support={h.needs_support}, best={h.candidates[0].place.name})"
            elif span in rejected:
                why = f"rejected at geoparse.py:{rejected[span]}"
            else:
                overlap = [(doc["text"][s:e], r.place.name) for (s, e), r in resolved.items()
                           if s < span[1] and e > span[0]]
                why = f"overlapped by {overlap}" if overlap else ("known but not matched" if known
                                                                 else "not in the gazetteer")
            print(f"{doc['id']}: {t['text']!r}: {why}")


if __name__ == "__main__":
    main()
