"""The README documents every CLI option and every environment variable the code reads."""

from __future__ import annotations

import argparse
import re

from geodata.cli import build_parser
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _options(parser: argparse.ArgumentParser):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from ((f"{name} {o}", o) for _n, o in _options(sub))
                yield name, name
        else:
            for opt in action.option_strings:
                if opt.startswith("--") and opt != "--help":
                    yield opt, opt


def test_every_cli_option_is_in_the_readme():
    missing = sorted({label for label, opt in _options(build_parser()) if opt not in README})
    assert not missing, f"undocumented: {missing}"


def test_every_environment_variable_is_in_the_readme():
    code = "\n".join(p.read_text(encoding="utf-8") for folder in ("geodata", "dashboard")
                     for p in (ROOT / folder).rglob("*.py"))
    names = set(re.findall(r"GEODATA_[A-Z_]+", code))
    assert names, "the pattern found nothing"
    missing = sorted(n for n in names if n not in README)
    assert not missing, f"undocumented: {missing}"
