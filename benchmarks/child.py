"""Work that must start in a fresh process: ``python -m benchmarks.child load`` or ``... build DIR``.

Prints one JSON line. Imports stay inside the functions so the timings include them.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

from benchmarks.common import rss_mb


def child_load() -> dict[str, float]:
    """Import the gazetteer, load it, then parse one article (which fills the lazy tables)."""
    t0 = time.perf_counter()
    import geodata.gazetteer as g
    from geodata.pipeline import parse_article

    t1 = time.perf_counter()
    before = rss_mb()
    gaz = g.load_gazetteer()
    t2 = time.perf_counter()
    after = rss_mb()
    from benchmarks.corpus import Corpus

    article = Corpus().article(3)
    t3 = time.perf_counter()
    parse_article(article, gaz)
    t4 = time.perf_counter()
    return {"import_s": t1 - t0, "load_s": t2 - t1, "rss_before": before, "rss_after": after,
            "first_parse_s": t4 - t3, "rss_parsed": rss_mb()}


def child_build(directory: str) -> dict[str, float]:
    """Build the whole index into ``directory``."""
    from geodata.gazetteer.build import build

    t0 = time.perf_counter()
    build(Path(directory))
    return {"build_s": time.perf_counter() - t0,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


if __name__ == "__main__":
    result = child_load() if sys.argv[1] == "load" else child_build(sys.argv[2])
    print(json.dumps(result))
