"""Measure what one filter change costs the server, and what it sends, on 10,000 mentions over 2,000 articles.

Not a test: prints numbers for the report. Times the work a rerun does when its cache misses (query,
per-place aggregate, map features with popups, timeline counts, rendering the map layer st_folium sends)
and the size of that layer plus the base map script. Run: ``.venv/bin/python dashboard/bench.py``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from streamlit_folium import _get_feature_group_string, _get_map_string  # noqa: E402

from dashboard import loaders, mapview  # noqa: E402
from geodata import queries  # noqa: E402
from geodata.queries import Filters  # noqa: E402
from geodata.store import open_store  # noqa: E402

SCENARIOS: dict[str, Filters] = {
    "whole year": Filters(),
    "one quarter": Filters(start=dt.date(2020, 4, 1), end=dt.date(2020, 6, 30)),
    "one week": Filters(start=dt.date(2020, 6, 1), end=dt.date(2020, 6, 7)),
    "keyword": Filters(keyword="shelling"),
    "min confidence": Filters(min_confidence=0.5),
    "published dates": Filters(date_field="published", start=dt.date(2020, 3, 1), end=dt.date(2020, 9, 30)),
}


def rerun(db: str, filters: Filters) -> tuple[float, int, int]:
    """(seconds, map layer bytes, places) for one uncached rerun's data work."""
    t0 = time.perf_counter()
    data = loaders.compute_view(db, filters)
    with open_store(db) as store:
        queries.timeline(store, queries.without_dates(filters), "country")
    m = mapview.base_map("none")
    m.get_root().render()
    _get_map_string(m)
    layer = _get_feature_group_string(mapview.data_layer(data["collection"]), m)
    return time.perf_counter() - t0, len(layer.encode("utf-8")), int(data["places"])


def main() -> None:
    import dashboard_data  # tests/dashboard_data.py: the synthetic database the timing test uses too

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mentions", type=int, default=10_000)
    parser.add_argument("--places", type=int, default=1_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = str(dashboard_data.build_many(Path(tmp) / "bench.sqlite", args.mentions, args.places))
        with open_store(db) as store:
            counts = store.counts()
        print(f"{counts['mentions']} mentions, {counts['articles']} articles, {args.places} places")
        m = mapview.base_map("none")
        m.get_root().render()
        base = len(_get_map_string(m).encode("utf-8"))
        cold, size, n = rerun(db, Filters())  # first run also loads the gazetteer names (cached after)
        print(f"cold first run: {cold:.2f} s (gazetteer names looked up once per place and cached)")
        print(f"{'scenario':<18}{'median s':>9}{'max s':>8}{'places':>8}{'layer MB':>10}{'total MB':>10}")
        for name, filters in SCENARIOS.items():
            times = []
            for _ in range(args.repeat):
                seconds, size, n = rerun(db, filters)
                times.append(seconds)
            print(f"{name:<18}{statistics.median(times):>9.3f}{max(times):>8.3f}{n:>8}"
                  f"{size / 1e6:>10.3f}{(size + base) / 1e6:>10.3f}")
        print(f"base map script: {base / 1e3:.1f} kB (sent once; the iframe keeps it across reruns)")


if __name__ == "__main__":
    main()
