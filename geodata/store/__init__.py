"""Where articles and mentions live. ``open_store(url)`` picks the backend by URL scheme.

Only SQLite exists today (``sqlite:///path`` or a plain path); the interface is what a PostGIS
backend would implement later.
"""

from __future__ import annotations

import os
from pathlib import Path

from geodata.store.sqlite import SQLiteStore, StoreResult

DEFAULT_DB = "data/geodata.sqlite"

__all__ = ["DEFAULT_DB", "SQLiteStore", "StoreResult", "default_db_path", "open_store"]


def default_db_path() -> str:
    """``$GEODATA_DB`` or ``data/geodata.sqlite``."""
    return os.environ.get("GEODATA_DB") or DEFAULT_DB


def open_store(url: str | os.PathLike[str] | None = None, *, readonly: bool = False) -> SQLiteStore:
    """Open (and migrate) the store named by ``url``; ``None`` means the configured default."""
    target = str(url) if url is not None else default_db_path()
    if "://" in target:
        scheme, _, rest = target.partition("://")
        if scheme != "sqlite":
            raise ValueError(f"unsupported store {scheme!r}: only sqlite:///path is available")
        target = rest[1:] if rest.startswith("/") and not rest.startswith("//") else rest
    Path(target).parent.mkdir(parents=True, exist_ok=True) if not readonly else None
    return SQLiteStore(target, readonly=readonly)
