"""Geocoders: one small interface, several backends chosen by name (like geopy's ``get_geocoder_for_service``).

The offline gazetteer is the default, so nothing ever touches the network unless asked to
(``GEODATA_GEOCODER=nominatim`` or ``get_geocoder("nominatim")``). Online backends live in
``geodata.geocoders.online`` and are imported only when chosen, so the offline path needs no geopy.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from typing import Any, Protocol, runtime_checkable

from geodata.model import Place

__all__ = ["DEFAULT_GEOCODER", "Geocoder", "available_geocoders", "default_geocoder", "get_geocoder", "register"]

DEFAULT_GEOCODER = "offline"
ENV_NAMES = ("GEODATA_GEOCODER", "GEODATA_GEOCODER_DOMAIN", "GEODATA_GEOCODER_SCHEME", "GEODATA_USER_AGENT",
             "GEODATA_GEOCODE_CACHE", "GEODATA_GEOCODER_TIMEOUT", "GEODATA_GEOCODER_MIN_DELAY", "GEODATA_CACHE")


@runtime_checkable
class Geocoder(Protocol):
    """Anything that turns a place name into ranked places. ``[]`` means "nothing found", never None."""

    name: str

    def geocode(self, query: str, *, country_codes: Sequence[str] | None = None,
                language: str | None = None) -> list[Place]:
        """Places for ``query``, best first, limited to ``country_codes`` (ISO 3166-1 alpha-2) when given."""
        ...


Factory = Callable[..., Geocoder]
_REGISTRY: dict[str, Factory] = {}


def register(name: str, factory: Factory) -> None:
    """Make a backend available to ``get_geocoder`` under ``name`` (lower-case)."""
    _REGISTRY[name.strip().lower()] = factory


def available_geocoders() -> list[str]:
    """Registered backend names, offline first."""
    return sorted(_REGISTRY, key=lambda n: (n != DEFAULT_GEOCODER, n))


def get_geocoder(name: str | None = None, **options: Any) -> Geocoder:
    """A new geocoder: ``name``, else ``$GEODATA_GEOCODER``, else "offline".

    Online backends come wrapped in ``OnlineWithFallback`` (pass ``fallback=False`` for the bare backend,
    which raises geopy's errors instead of answering from the gazetteer). Other ``options`` go to the
    backend's constructor: ``domain``, ``scheme``, ``user_agent``, ``timeout``, ``min_delay_seconds``,
    ``cache``, ``cache_path``, ``limit`` online; ``gazetteer``, ``limit`` offline.
    """
    chosen = (name or os.environ.get("GEODATA_GEOCODER") or DEFAULT_GEOCODER).strip().lower()
    factory = _REGISTRY.get(chosen)
    if factory is None:
        raise ValueError(f"unknown geocoder {chosen!r}; available: {', '.join(available_geocoders())}")
    return factory(**options)


_shared: dict[tuple, Geocoder] = {}
_shared_lock = threading.Lock()


def default_geocoder(name: str | None = None) -> Geocoder:
    """The process-wide geocoder for the pipeline, so its cache, rate limit and warnings span all articles.

    Keyed by process id (forked ingest workers must not share an SQLite connection) and the settings in
    the environment (tests change them).
    """
    key = (os.getpid(), name, *(os.environ.get(v) for v in ENV_NAMES))
    with _shared_lock:
        geocoder = _shared.get(key)
        if geocoder is None:
            geocoder = _shared[key] = get_geocoder(name)
        return geocoder


def _offline(**options: Any) -> Geocoder:
    from geodata.geocoders.offline import OfflineGeocoder

    return OfflineGeocoder(**options)


def _online(service: str) -> Factory:
    def make(*, fallback: bool = True, cooldown_seconds: float = 60.0, **options: Any) -> Geocoder:
        from geodata.geocoders.online import OnlineGeocoder, OnlineWithFallback

        online = OnlineGeocoder(service, **options)
        return OnlineWithFallback(online, cooldown_seconds=cooldown_seconds) if fallback else online

    return make


register(DEFAULT_GEOCODER, _offline)
for _service in ("nominatim", "photon", "arcgis"):
    register(_service, _online(_service))
