"""Second opinion for the pipeline's places: ask a (usually online) geocoder about each non-country mention.

The gazetteer knows a name's candidates; an online service may know the exact object (its OSM id, a better
point). Countries are left alone: the gazetteer's country entries are already canonical.
"""

from __future__ import annotations

from dataclasses import replace

from geodata.geocoders import Geocoder
from geodata.geocoders.offline import is_gazetteer_place
from geodata.model import Mention, Place


def reresolve(mentions: list[Mention], geocoder: Geocoder) -> list[Mention]:
    """Mentions with places replaced by ``geocoder``'s best answer; the old place becomes the first alternative.

    Each distinct (name, country) is asked once per call. A gazetteer answer (the offline backend, or
    the fallback while the service is down) never replaces the pipeline's choice, which used the
    article's context and is at least as good as a context-free ranking of the same gazetteer.
    """
    answers: dict[tuple[str, str | None], Place | None] = {}
    out: list[Mention] = []
    for m in mentions:
        old = m.place
        if old.kind == "country":
            out.append(m)
            continue
        question = (old.name, old.country_code)
        if question not in answers:
            found = geocoder.geocode(old.name, country_codes=[old.country_code] if old.country_code else None)
            answers[question] = found[0] if found else None
        new = answers[question]
        if new is None or new.key == old.key or is_gazetteer_place(new):
            out.append(m)
            continue
        alternatives = (old, *(p for p in m.alternatives if p.key not in (old.key, new.key)))
        out.append(replace(m, place=new, alternatives=alternatives))
    return out
