"""GeopyGazetteer against a real Nominatim-shaped HTTP server on 127.0.0.1 (no mocks, no network)."""

from __future__ import annotations

import json
import logging
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest

from geoviz.errors import GeocoderUnavailable
from geoviz.gazetteer import GeopyGazetteer, OfflineGazetteer, default_gazetteer

AKTAU = {
    "place_id": 1001, "osm_type": "relation", "osm_id": 3449461, "lat": "43.6532", "lon": "51.1975",
    "class": "boundary", "type": "administrative", "addresstype": "city", "name": "Aktau",
    "display_name": "Aktau, Mangystau Region, Kazakhstan", "importance": 0.61,
    "address": {"city": "Aktau", "state": "Mangystau Region", "country": "Kazakhstan", "country_code": "kz"},
}
CASPIAN = {
    "place_id": 1002, "osm_type": "relation", "osm_id": 5765034, "lat": "41.9", "lon": "50.7",
    "class": "natural", "type": "sea", "addresstype": "sea", "name": "Caspian Sea",
    "display_name": "Caspian Sea", "importance": 0.7, "address": {},
}


class Handler(BaseHTTPRequestHandler):
    """Behaviour by query text: known places, a miss, HTTP 500, HTTP 429, and a slow answer."""

    def do_GET(self) -> None:
        query = parse_qs(urlparse(self.path).query)
        q = query.get("q", [""])[0]
        self.server.requests.append({"q": q, "path": urlparse(self.path).path, "time": time.monotonic(),
                                     "agent": self.headers.get("User-Agent", ""), "params": query})
        if q == "boom":
            self._send(500, {"error": "internal"})
        elif q == "busy":
            self._send(429, {"error": "rate limited"}, {"Retry-After": "1"})
        elif q == "slow":
            time.sleep(1.0)  # past the client's timeout
            self._send(200, [])
        else:
            self._send(200, {"Aktau": [AKTAU], "Caspian Sea": [CASPIAN]}.get(q, []))

    def _send(self, status: int, body: object, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(body).encode()
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout test)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    httpd.requests = []
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()
    thread.join(5)


def make(server, tmp_path, **kwargs) -> GeopyGazetteer:
    options = {"offline": default_gazetteer(), "cache_dir": tmp_path / "cache",
               "domain": f"127.0.0.1:{server.server_address[1]}", "scheme": "http",
               "min_delay_seconds": 0.0, "max_retries": 1, "error_wait_seconds": 0.01, "timeout": 0.3}
    options.update(kwargs)
    return GeopyGazetteer("nominatim", **options)


def queries(server) -> list[str]:
    return [r["q"] for r in server.requests]


def test_online_answer_first_then_offline_candidates(server, tmp_path) -> None:
    gaz = make(server, tmp_path)
    found = gaz.lookup("Aktau")
    first = found[0]
    assert (first.name, first.source, first.kind, first.country) == ("Aktau", "nominatim", "city", "KZ")
    assert (first.lat, first.lon, first.admin1, first.ref) == (43.6532, 51.1975, "Mangystau Region",
                                                             "relation/3449461")
    assert found[1:] == default_gazetteer().lookup("Aktau")
    request = server.requests[0]
    assert request["path"] == "/search" and request["agent"].startswith("geoviz/")


def test_kind_is_inferred_from_nominatim_class_and_type(server, tmp_path) -> None:
    sea = make(server, tmp_path).lookup("Caspian Sea")[0]
    assert (sea.kind, sea.source, sea.country) == ("sea", "nominatim", "")


def test_answers_and_misses_are_cached_on_disk(server, tmp_path) -> None:
    gaz = make(server, tmp_path)
    gaz.lookup("Aktau")
    assert gaz.lookup("Nowhereville") == default_gazetteer().lookup("Nowhereville")
    gaz.lookup("aktau")  # same normalised key
    gaz.lookup("NOWHEREVILLE")
    assert queries(server) == ["Aktau", "Nowhereville"]
    cache = json.loads((tmp_path / "cache" / "nominatim.json").read_text(encoding="utf-8"))
    assert cache["entries"]["nowhereville"] == []
    assert cache["entries"]["aktau"][0]["source"] == "nominatim"
    assert not list((tmp_path / "cache").glob(".geocoder-*"))  # no temp file left behind
    again = make(server, tmp_path)  # a new process would read the same file
    assert again.lookup("Aktau")[0].source == "nominatim"
    assert len(server.requests) == 2


@pytest.mark.parametrize("query", ["boom", "busy"])
def test_http_errors_retry_then_fall_back_offline(server, tmp_path, caplog, query) -> None:
    gaz = make(server, tmp_path, max_retries=2)
    with caplog.at_level(logging.WARNING, logger="geoviz.gazetteer.online"):
        found = gaz.lookup(query)
    assert found == default_gazetteer().lookup(query)
    assert queries(server) == [query] * 3  # first try + 2 retries
    warnings = [r for r in caplog.records if r.name == "geoviz.gazetteer.online"]
    assert len(warnings) == 1 and "offline" in warnings[0].getMessage()
    assert warnings[0].levelno == logging.WARNING and "\n" not in warnings[0].getMessage()
    gaz.lookup(query)  # errors are not cached: asked again
    assert len(server.requests) == 6


def test_timeout_falls_back_offline(server, tmp_path, caplog) -> None:
    gaz = make(server, tmp_path, max_retries=0, timeout=0.2)
    start = time.monotonic()
    with caplog.at_level(logging.WARNING, logger="geoviz.gazetteer.online"):
        assert gaz.lookup("slow") == default_gazetteer().lookup("slow")
    assert time.monotonic() - start < 0.9  # one try: no hidden retries in the HTTP adapter
    assert "GeocoderTimedOut" in caplog.text
    assert queries(server) == ["slow"]


def test_requests_are_spaced_by_the_rate_limiter(server, tmp_path) -> None:
    gaz = make(server, tmp_path, min_delay_seconds=0.3)
    gaz.lookup("Aktau")
    gaz.lookup("Caspian Sea")
    times = [r["time"] for r in server.requests]
    assert len(times) == 2 and times[1] - times[0] >= 0.28


def test_recognition_and_other_answers_stay_offline(server, tmp_path) -> None:
    gaz = make(server, tmp_path)
    offline = default_gazetteer()
    names = ["Aktau", "Baku", "Caspian Sea"] + [f"Word{i}" for i in range(300)]
    assert gaz.lookup_many(names) == offline.lookup_many(names)
    assert gaz.demonym("Azerbaijani") == offline.demonym("Azerbaijani")
    assert gaz.country("KZ") == offline.country("KZ")
    aktau = offline.lookup("Aktau")[0]
    assert gaz.airports_for(aktau) == offline.airports_for(aktau)
    assert gaz.lookup_code("SCO") == offline.lookup_code("SCO")
    assert gaz.nearest(43.65, 51.17) == offline.nearest(43.65, 51.17)
    assert server.requests == []


def test_unknown_geocoder_is_a_named_error(tmp_path) -> None:
    with pytest.raises(GeocoderUnavailable):
        GeopyGazetteer("no-such-geocoder", offline=default_gazetteer(), cache_dir=tmp_path)


def test_unreadable_cache_is_ignored(server, tmp_path) -> None:
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / "nominatim.json").write_text("{not json", encoding="utf-8")
    gaz = make(server, tmp_path, offline=OfflineGazetteer())
    assert gaz.lookup("Aktau")[0].source == "nominatim"
    assert json.loads((tmp_path / "cache" / "nominatim.json").read_text(encoding="utf-8"))["version"] == 1
