"""Shared fixtures: the seed, a fresh SQLite store, the (session-wide) gazetteer."""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_8f93afd6af636940.txt"
PYTHON = sys.executable


@pytest.fixture(scope="session")
def gaz():
    from geodata.gazetteer import load_gazetteer

    return load_gazetteer()


@pytest.fixture
def fresh_db(tmp_path):
    """A new, migrated SQLite store in a temporary folder."""
    from geodata.store import open_store

    store = open_store(tmp_path / "test.sqlite")
    yield store
    store.close()


@pytest.fixture
def cli_env(tmp_path):
    """Environment for running ``python -m geodata`` in a subprocess against a temporary database."""
    env = dict(os.environ)
    env["GEODATA_DB"] = str(tmp_path / "cli.sqlite")
    env["PYTHONPATH"] = str(ROOT)
    return env


def load_script(name: str) -> ModuleType:
    """Import scripts/<name>.py (the folder is not a package)."""
    spec = importlib.util.spec_from_file_location(f"_script_{name}", ROOT / "scripts" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def gold_markup() -> ModuleType:
    """scripts/gold_markup.py, the annotators' converter."""
    return load_script("gold_markup")
