"""The offline backend: the gazetteer's exact-name index, ranked by the geoparser's own prior.

Using ``geoparse._prior`` keeps this backend's "best" consistent with what the pipeline picks for a name
when the article gives no context.
"""

from __future__ import annotations

from collections.abc import Sequence

from geodata.gazetteer import Gazetteer, load_gazetteer
from geodata.gazetteer.normalize import key_of
from geodata.geoparse import _prior
from geodata.model import Place

#: Key namespaces of gazetteer places; anything else came from an online service.
GAZETTEER_NAMESPACES = ("gn", "cc", "iso", "cur")


def is_gazetteer_place(place: Place) -> bool:
    """True when ``place`` is a gazetteer entry rather than an online result."""
    return place.key.split(":", 1)[0] in GAZETTEER_NAMESPACES


class OfflineGeocoder:
    """Candidates of the exact name key, best prior first. Needs no network and answers in microseconds."""

    name = "offline"

    def __init__(self, gazetteer: Gazetteer | None = None, *, limit: int = 5) -> None:
        self._gaz = gazetteer
        self.limit = limit

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gaz is None:
            self._gaz = load_gazetteer()
        return self._gaz

    def geocode(self, query: str, *, country_codes: Sequence[str] | None = None,
                language: str | None = None) -> list[Place]:
        """``language`` is accepted for the interface but unused: the index holds every language's names."""
        key = key_of(query)
        if not key:
            return []
        gaz = self.gazetteer
        value = gaz.exact.get(key, None)
        if value is None:
            return []
        wanted = {c.upper() for c in country_codes} if country_codes else None
        ranked = sorted(gaz.candidates(value >> 6), key=lambda c: (-_prior(c), c.place.key))
        out: list[Place] = []
        seen: set[str] = set()
        for c in ranked:
            p = c.place
            if p.key in seen or (wanted is not None and (p.country_code or "").upper() not in wanted):
                continue
            seen.add(p.key)
            out.append(p)
            if len(out) >= self.limit:
                break
        return out
