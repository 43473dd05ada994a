"""Geocoder backends, registry, cache, rate limit and fallback, against a local fake service (never the internet)."""

from __future__ import annotations

import inspect
import json
import logging
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from geopy.exc import GeocoderServiceError

from geodata.geocoders import Geocoder, available_geocoders, default_geocoder, get_geocoder
from geodata.geocoders.offline import OfflineGeocoder
from geodata.geocoders.online import OnlineGeocoder, OnlineWithFallback
from geodata.geocoders.resolve import reresolve
from geodata.model import Article, Mention, Place

ENV = ("GEODATA_GEOCODER", "GEODATA_GEOCODER_DOMAIN", "GEODATA_GEOCODER_SCHEME", "GEODATA_USER_AGENT",
       "GEODATA_GEOCODER_TIMEOUT", "GEODATA_GEOCODER_MIN_DELAY")

# What the fake service knows, in Nominatim's /search?format=json&addressdetails=1 shape.
NOMINATIM: dict[str, list[dict[str, Any]]] = {
    "yerevan": [{
        "place_id": 1, "licence": "Data © OpenStreetMap contributors, ODbL 1.0.", "osm_type": "relation",
        "osm_id": 1000001, "lat": "40.1776121", "lon": "44.5125849", "class": "boundary", "type": "administrative",
        "place_rank": 16, "importance": 0.7, "addresstype": "city", "name": "Yerevan",
        "display_name": "Yerevan, Armenia", "address": {"city": "Yerevan", "country": "Armenia", "country_code": "am"},
    }],
    "khankendi": [{
        "place_id": 2, "licence": "Data © OpenStreetMap contributors, ODbL 1.0.", "osm_type": "node",
        "osm_id": 1000002, "lat": "39.8153", "lon": "46.7519", "class": "place", "type": "city",
        "place_rank": 16, "importance": 0.5, "addresstype": "city", "name": "Khankendi",
        "display_name": "Khankendi, Azerbaijan",
        "address": {"city": "Khankendi", "country": "Azerbaijan", "country_code": "az"},
    }],
    "syunik": [{
        "place_id": 3, "licence": "Data © OpenStreetMap contributors, ODbL 1.0.", "osm_type": "relation",
        "osm_id": 1000003, "lat": "39.5", "lon": "46.3", "class": "boundary", "type": "administrative",
        "place_rank": 8, "importance": 0.4, "addresstype": "province", "name": "Syunik Province",
        "display_name": "Syunik Province, Armenia", "address": {"state": "Syunik", "country_code": "am"},
    }],
}
NOMINATIM["xankəndi"] = NOMINATIM["khankendi"]  # the district's name in the gazetteer
PHOTON = {"yerevan": [{
    "type": "Feature", "geometry": {"type": "Point", "coordinates": [44.5125849, 40.1776121]},
    "properties": {"osm_type": "R", "osm_id": 1000001, "osm_key": "place", "osm_value": "city", "type": "city",
                   "name": "Yerevan", "country": "Armenia", "countrycode": "AM"},
}]}
ARCGIS = {"yerevan": [{
    "address": "Yerevan, Armenia", "location": {"x": 44.51361, "y": 40.18111}, "score": 100,
    "attributes": {"PlaceName": "Yerevan", "Type": "City", "Addr_type": "Locality", "Country": "ARM"},
}]}
ARCGIS_PATH = "/arcgis/rest/services/World/GeocodeServer/findAddressCandidates"


@dataclass
class FakeService:
    """A Nominatim (and Photon, ArcGIS) look-alike on 127.0.0.1 that can be told to misbehave."""

    domain: str = ""
    mode: str = "ok"  # "ok", "timeout", "429" or "500"
    sleep: float = 2.0  # how long "timeout" stalls
    retry_after: str | None = None  # the 429's Retry-After header
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def count(self, path: str = "") -> int:
        return sum(1 for p, _q in self.requests if p.startswith(path))

    def answer(self, path: str, q: dict[str, str]) -> tuple[int, dict[str, str], object]:
        self.requests.append((path, q))
        if self.mode == "timeout":
            self.stop.wait(self.sleep)
            return 504, {}, {}
        if self.mode == "429":
            return 429, {"Retry-After": self.retry_after} if self.retry_after else {}, {"error": "Too Many Requests"}
        if self.mode == "500":
            return 500, {}, {"error": "boom"}
        if path == "/search":
            wanted = set(q["countrycodes"].split(",")) if q.get("countrycodes") else None
            hits = [dict(h) for h in NOMINATIM.get(q.get("q", "").lower(), [])
                    if wanted is None or h["address"]["country_code"] in wanted]
            if q.get("addressdetails") != "1":
                for h in hits:
                    h.pop("address")
            return 200, {}, hits[: int(q.get("limit", 10))]
        if path == "/api":
            return 200, {}, {"type": "FeatureCollection", "features": PHOTON.get(q.get("q", "").lower(), [])}
        if path == ARCGIS_PATH:
            return 200, {}, {"candidates": ARCGIS.get(q.get("singleLine", "").lower(), [])}
        return 404, {}, {"error": "not found"}


@pytest.fixture
def service() -> Iterator[FakeService]:
    fake = FakeService()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            url = urlsplit(self.path)
            query = {k: v[-1] for k, v in parse_qs(url.query).items()}
            status, headers, body = fake.answer(url.path, query)
            data = json.dumps(body).encode()
            try:
                self.send_response(status)
                for k, v in {"Content-Type": "application/json", **headers}.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except OSError:  # the client gave up (timeout test)
                pass

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    fake.domain = f"127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield fake
    fake.stop.set()
    server.shutdown()
    server.server_close()


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("GEODATA_GEOCODE_CACHE", str(tmp_path / "env-cache.sqlite"))


@pytest.fixture
def online(service: FakeService, tmp_path):
    """Make a geocoder pointed at the fake service, with a private cache and no rate-limit wait."""

    def make(name: str = "nominatim", **options: Any) -> Any:
        options = {"domain": service.domain, "scheme": "http", "cache_path": tmp_path / "cache.sqlite",
                   "min_delay_seconds": 0.0, "timeout": 2.0, **options}
        return get_geocoder(name, **options)

    return make


# -- registry and contract --------------------------------------------------------------------------


def test_registry_lists_every_backend_and_chooses_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    assert available_geocoders() == ["offline", "arcgis", "nominatim", "photon"]
    assert get_geocoder().name == "offline"
    assert isinstance(get_geocoder("offline"), OfflineGeocoder)
    nominatim = get_geocoder("Nominatim", cache=False)
    assert isinstance(nominatim, OnlineWithFallback) and nominatim.name == "nominatim"
    assert isinstance(get_geocoder("photon", fallback=False, cache=False), OnlineGeocoder)
    monkeypatch.setenv("GEODATA_GEOCODER", "arcgis")
    assert get_geocoder(cache=False).name == "arcgis"
    assert get_geocoder("offline").name == "offline"  # the argument wins over the environment


def test_unknown_geocoder_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match=r"unknown geocoder 'google'.*offline, arcgis, nominatim, photon"):
        get_geocoder("google")
    monkeypatch.setenv("GEODATA_GEOCODER", "bing")
    with pytest.raises(ValueError, match="available: offline"):
        get_geocoder()


def test_default_geocoder_is_shared_until_settings_change(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GEODATA_GEOCODER", "nominatim")
    first = default_geocoder()
    assert default_geocoder() is first and first.name == "nominatim"
    monkeypatch.setenv("GEODATA_GEOCODER", "offline")
    assert default_geocoder().name == "offline"


EXPECTED_YEREVAN = {
    "offline": ("gn:616052", "city", "AM"),
    "nominatim": ("osm:relation:1000001", "city", "AM"),
    "photon": ("osm:relation:1000001", "city", "AM"),
    "arcgis": ("arcgis:40.18111,44.51361", "city", "AM"),
}


@pytest.mark.parametrize("name", available_geocoders())
def test_every_backend_keeps_the_contract(name: str, online, service: FakeService) -> None:
    g = get_geocoder(name) if name == "offline" else online(name, fallback=False)
    assert isinstance(g, Geocoder) and g.name == name
    params = inspect.signature(g.geocode).parameters
    assert list(params) == ["query", "country_codes", "language"]
    assert params["query"].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    assert params["country_codes"].kind is params["language"].kind is inspect.Parameter.KEYWORD_ONLY
    with pytest.raises(TypeError):
        g.geocode("Yerevan", ["am"])  # type: ignore[misc]
    found = g.geocode("Yerevan", country_codes=["am"], language="en")
    assert isinstance(found, list) and found and all(isinstance(p, Place) for p in found)
    assert (found[0].key, found[0].kind, found[0].country_code) == EXPECTED_YEREVAN[name]
    assert found[0].name == "Yerevan"
    assert g.geocode("Yerevan", country_codes=["fr"]) == []
    assert g.geocode("Nowhere-at-all-xyz") == []


# -- offline ----------------------------------------------------------------------------------------


def test_offline_resolves_names_in_any_language() -> None:
    g = OfflineGeocoder()
    [best, *_rest] = g.geocode("Stepanakert")
    assert (best.key, best.name, best.kind, best.country_code) == ("gn:146970", "Khankendi", "city", "AZ")
    [usa] = g.geocode("Amerika Serikat")
    assert (usa.key, usa.kind, usa.country_code) == ("cc:US", "country", "US")
    assert g.geocode("Paris")[0].country_code == "FR"
    assert {p.country_code for p in g.geocode("Paris", country_codes=["us"])} == {"US"}
    assert g.geocode("") == []


# -- nominatim, cache, rate limit --------------------------------------------------------------------


def test_nominatim_against_the_fake_service(online, service: FakeService) -> None:
    g = online("nominatim", fallback=False)
    [place] = g.geocode("Khankendi", country_codes=["AZ"], language="hy")
    assert place == Place(key="osm:node:1000002", name="Khankendi", kind="city", lat=39.8153, lon=46.7519,
                          country_code="AZ")
    path, query = service.requests[-1]
    assert path == "/search" and query["format"] == "json" and query["addressdetails"] == "1"
    assert query["countrycodes"] == "az" and query["accept-language"] == "hy"
    [province] = g.geocode("Syunik")
    assert (province.kind, province.country_code, province.name) == ("region", "AM", "Syunik Province")


def test_cache_answers_repeats_and_survives_reopening(online, service: FakeService, tmp_path) -> None:
    g = online("nominatim", fallback=False)
    first = g.geocode("Yerevan", country_codes=["am"])
    assert g.geocode("Yerevan", country_codes=["AM"]) == first  # same question: country codes are case-blind
    assert service.count("/search") == 1
    assert g.geocode("Atlantis") == [] and g.geocode("Atlantis") == []  # "no result" is cached too
    assert service.count("/search") == 2
    g.geocode("Yerevan", country_codes=["am"], language="ru")  # another language is another question
    assert service.count("/search") == 3
    g.close()

    reopened = online("nominatim", fallback=False)
    assert reopened.geocode("Yerevan", country_codes=["am"]) == first
    assert reopened.geocode("Atlantis") == []
    assert service.count("/search") == 3
    assert len(reopened.cache) == 3
    other = online("nominatim", fallback=False, cache_path=tmp_path / "other.sqlite")
    other.geocode("Yerevan", country_codes=["am"])
    assert service.count("/search") == 4  # a different cache file knows nothing


def test_default_cache_location_follows_the_environment(online, tmp_path) -> None:
    g = online("nominatim", fallback=False, cache_path=None)
    assert g.cache.path == tmp_path / "env-cache.sqlite"


def test_nominatim_waits_one_second_between_requests_by_default(online, monkeypatch: pytest.MonkeyPatch) -> None:
    default = get_geocoder("nominatim", fallback=False, cache=False)
    assert default.rate_limiter.min_delay_seconds == 1.0
    assert default.rate_limiter.swallow_exceptions is False
    assert get_geocoder("nominatim", cache=False).online.rate_limiter.min_delay_seconds == 1.0
    assert online("nominatim", min_delay_seconds=None).online.rate_limiter.min_delay_seconds == 1.0
    # Objects for the same service and domain share one budget.
    assert get_geocoder("nominatim", cache=False).online.rate_limiter is default.rate_limiter
    monkeypatch.setenv("GEODATA_GEOCODER_MIN_DELAY", "0.25")
    assert get_geocoder("nominatim", cache=False).online.rate_limiter.min_delay_seconds == 0.25


def test_rate_limiter_spaces_requests_but_not_cache_hits(online, service: FakeService) -> None:
    g = online("nominatim", fallback=False, min_delay_seconds=0.05)
    t0 = time.monotonic()
    for name in ("Yerevan", "Khankendi", "Syunik"):
        g.geocode(name)
    assert time.monotonic() - t0 >= 0.1  # three requests, two gaps
    t1 = time.monotonic()
    for _ in range(20):
        g.geocode("Yerevan")
    assert time.monotonic() - t1 < 0.5 and service.count() == 3


# -- fallback ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("mode", "cause"), [
    ("timeout", "timed out after 0.3 s"),
    ("429", "HTTP 429 Too Many Requests"),
    ("500", "HTTP 500 Internal Server Error"),
])
def test_failures_fall_back_to_the_gazetteer(mode: str, cause: str, online, service: FakeService,
                                              caplog: pytest.LogCaptureFixture) -> None:
    service.mode = mode
    g = online("nominatim", timeout=0.3, cooldown_seconds=0.0)
    t0 = time.monotonic()
    with caplog.at_level(logging.WARNING, logger="geodata.geocoders"):
        [best, *_] = g.geocode("Stepanakert", country_codes=["az"])
        assert (best.key, best.name) == ("gn:146970", "Khankendi")
        g.geocode("Stepanakert")  # the same failure again: counted, not logged again
    assert time.monotonic() - t0 < service.sleep
    message = f"nominatim unavailable ({cause}): used the offline gazetteer"
    assert g.warnings == [message]
    assert [r.getMessage() for r in caplog.records if r.name == "geodata.geocoders"] == [message]
    assert g.failures[cause] == 2 and service.count("/search") == 2
    with pytest.raises(GeocoderServiceError):
        online("nominatim", timeout=0.3, fallback=False).geocode("Stepanakert")


def test_failures_are_not_cached_and_the_service_is_rested(online, service: FakeService) -> None:
    service.mode, service.retry_after = "429", "120"
    g = online("nominatim", cooldown_seconds=0.0)
    assert g.geocode("Yerevan")[0].key == "gn:616052"  # from the gazetteer
    assert g.geocode("Khankendi")[0].key == "gn:146970"
    assert service.count() == 1  # Retry-After: 120, so the second name did not knock again
    service.mode = "ok"
    assert online("nominatim").geocode("Yerevan")[0].key == "osm:relation:1000001"


# -- reresolve --------------------------------------------------------------------------------------


class Scripted:
    """A geocoder that answers from a dict and remembers what it was asked."""

    name = "scripted"

    def __init__(self, answers: dict[str, list[Place]]) -> None:
        self.answers = answers
        self.asked: list[tuple[str, tuple[str, ...] | None]] = []

    def geocode(self, query: str, *, country_codes: Sequence[str] | None = None,
                language: str | None = None) -> list[Place]:
        self.asked.append((query, tuple(country_codes) if country_codes else None))
        return self.answers.get(query, [])


def _mention(place: Place, start: int = 0, alternatives: tuple[Place, ...] = ()) -> Mention:
    return Mention(start=start, end=start + 5, text=place.name, place=place, alternatives=alternatives)


def test_reresolve_swaps_places_and_keeps_the_old_one(gaz) -> None:
    khankendi, xankendi, azerbaijan = gaz.place("gn:146970"), gaz.place("iso:AZ-XA"), gaz.place("cc:AZ")
    shusha = gaz.place("gn:147105")
    osm = Place(key="osm:node:1000002", name="Khankendi", kind="city", lat=39.8153, lon=46.7519, country_code="AZ")
    geocoder = Scripted({"Khankendi": [osm], "Azerbaijan": [osm]})
    mentions = [_mention(khankendi, 0, (xankendi,)), _mention(azerbaijan, 10), _mention(khankendi, 20),
                _mention(shusha, 30)]
    out = reresolve(mentions, geocoder)
    assert geocoder.asked == [("Khankendi", ("AZ",)), ("Shusha", ("AZ",))]  # once per name, never a country
    assert [m.place for m in out] == [osm, azerbaijan, osm, shusha]
    assert out[0].alternatives == (khankendi, xankendi) and out[2].alternatives == (khankendi,)
    assert out[1] is mentions[1] and out[3] is mentions[3]
    assert [(m.start, m.text) for m in out] == [(m.start, m.text) for m in mentions]


def test_reresolve_never_trades_the_pipelines_choice_for_a_gazetteer_guess(gaz) -> None:
    small_paris = gaz.place("gn:4647963")  # not the top-ranked US Paris: context chose it
    mentions = [_mention(small_paris)]
    assert reresolve(mentions, OfflineGeocoder()) == mentions


def test_reresolve_after_the_pipeline_with_nominatim(online, service: FakeService) -> None:
    from geodata.pipeline import parse_article

    parsed = parse_article(Article(text="Shelling was reported in Stepanakert and across Azerbaijan."),
                           with_dates=False)
    old = parsed.mentions[0].place  # the city or the district of the same name, as context decides
    assert old.country_code == "AZ" and old.name in ("Khankendi", "Xankəndi")
    assert [m.place.key for m in parsed.mentions[1:]] == ["cc:AZ"]
    out = reresolve(parsed.mentions, online("nominatim"))
    assert [m.place.key for m in out] == ["osm:node:1000002", "cc:AZ"]
    assert out[0].text == "Stepanakert" and out[0].alternatives[0] == old
    assert [(q["q"], q["countrycodes"]) for _p, q in service.requests] == [(old.name, "az")]
