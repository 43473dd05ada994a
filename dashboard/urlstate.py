"""The view as URL query parameters, so a copied link reopens the same view.

Pure functions (no Streamlit): ``encode`` turns a ``View`` into query parameters (defaults left out, so a
fresh view has a clean URL) and ``decode`` reads them back, ignoring anything malformed: a shared link is
user input. The app writes the URL after every run and reads it once per browser session.

Parameters: ``from``/``to`` (ISO dates), ``date=published``, ``country``, ``place``, ``lang``, ``source``
(repeatable), ``datelines=1``, ``conf``, ``q`` (keyword), ``selected`` (place whose excerpts are open),
``by=kind`` (timeline stacking) and, on its own page, ``article``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urlencode

Params = dict[str, list[str]]
MAX_VALUES = 200  # per repeated parameter: a link is user input, keep it bounded
MAX_TEXT = 200


@dataclass(frozen=True, slots=True)
class View:
    """Everything that decides what the map, the panel and the timeline show."""

    start: dt.date | None = None
    end: dt.date | None = None
    date_field: str = "event"
    countries: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    datelines: bool = False
    min_confidence: float = 0.0
    keyword: str = ""
    selected: str | None = None
    stack: str = "country"


_LISTS = (("countries", "country"), ("places", "place"), ("languages", "lang"), ("sources", "source"))


def encode(view: View) -> Params:
    """Query parameters for ``view``; values equal to the defaults are omitted."""
    out: Params = {}
    if view.start:
        out["from"] = [view.start.isoformat()]
    if view.end:
        out["to"] = [view.end.isoformat()]
    if view.date_field == "published":
        out["date"] = ["published"]
    for attr, name in _LISTS:
        values = getattr(view, attr)
        if values:
            out[name] = [str(v) for v in values]
    if view.datelines:
        out["datelines"] = ["1"]
    if view.min_confidence > 0:
        out["conf"] = [f"{view.min_confidence:g}"]
    if view.keyword.strip():
        out["q"] = [view.keyword.strip()]
    if view.selected:
        out["selected"] = [view.selected]
    if view.stack == "kind":
        out["by"] = ["kind"]
    return out


def _first(params: Mapping[str, Sequence[str]], name: str) -> str | None:
    values = params.get(name) or []
    return str(values[0])[:MAX_TEXT] if values else None


def _date(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def decode(params: Mapping[str, Sequence[str]]) -> View:
    """A ``View`` from query parameters (``{name: [values]}``); bad values fall back to defaults."""
    start, end = _date(_first(params, "from")), _date(_first(params, "to"))
    if start and end and start > end:
        start, end = end, start
    try:
        conf = float(_first(params, "conf") or 0.0)
    except ValueError:
        conf = 0.0
    conf = min(max(conf, 0.0), 1.0) if conf == conf else 0.0  # NaN -> 0
    lists = {attr: tuple(dict.fromkeys(str(v)[:MAX_TEXT] for v in (params.get(name) or [])[:MAX_VALUES] if v))
             for attr, name in _LISTS}
    return View(start=start, end=end,
                date_field="published" if _first(params, "date") == "published" else "event",
                datelines=_first(params, "datelines") in ("1", "true", "yes"),
                min_confidence=conf, keyword=_first(params, "q") or "",
                selected=_first(params, "selected") or None,
                stack="kind" if _first(params, "by") == "kind" else "country", **lists)


def query_string(params: Mapping[str, Sequence[str]], **extra: str) -> str:
    """``?a=1&b=2`` for a link inside the app (e.g. to the article view), ``extra`` added last."""
    items = [(k, v) for k, values in params.items() for v in values if k not in extra]
    items += list(extra.items())
    return "?" + urlencode(items)
