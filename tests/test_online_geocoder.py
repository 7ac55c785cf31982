"""GeopyGazetteer against a real Nominatim-shaped HTTP server on 127.0.0.1 (no mocks, no network)."""

from __future__ import annotations

import json
import threading
import time
import warnings
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest
from click.testing import CliRunner, Result

from geoviz.cli import main
from geoviz.errors import GeocoderUnavailable, GeovizWarning
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


VILLAGE = {  # a village no offline gazetteer knows (the name is made up for this test)
    "place_id": 1003, "osm_type": "node", "osm_id": 1, "lat": "44.2807", "lon": "6.4388",
    "class": "place", "type": "village", "addresstype": "village", "name": "Vallon-Sainte-Claire",
    "display_name": "Vallon-Sainte-Claire, France", "importance": 0.3,
    "address": {"village": "Vallon-Sainte-Claire", "country": "France", "country_code": "fr"},
}


class Handler(BaseHTTPRequestHandler):
    """Behaviour by query text: known places, a miss, HTTP 500, HTTP 429, and a slow answer."""

    def do_GET(self) -> None:
        query = parse_qs(urlparse(self.path).query)
        q = query.get("q", [""])[0]
        self.server.requests.append({"q": q, "path": urlparse(self.path).path, "time": time.monotonic(),
                                     "agent": self.headers.get("User-Agent", ""), "params": query})
        if self.server.fail_with:  # the whole service is down
            self._send(self.server.fail_with, {"error": "unavailable"})
        elif q == "boom":
            self._send(500, {"error": "internal"})
        elif q == "busy":
            self._send(429, {"error": "rate limited"}, {"Retry-After": "1"})
        elif q == "slow":
            time.sleep(1.0)  # past the client's timeout
            self._send(200, [])
        else:
            self._send(200, {"Aktau": [AKTAU], "Caspian Sea": [CASPIAN], "Vallon-Sainte-Claire": [VILLAGE]}.get(q, []))

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
    httpd.fail_with = 0
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
def test_http_errors_retry_then_fall_back_offline(server, tmp_path, query) -> None:
    gaz = make(server, tmp_path, max_retries=2)
    with pytest.warns(GeovizWarning) as warned:
        found = gaz.lookup(query)
    assert found == default_gazetteer().lookup(query)
    assert queries(server) == [query] * 3  # first try + 2 retries
    assert len(warned) == 1 and "offline" in str(warned[0].message)
    # The service is given up for the run: later names cost no more timeouts or waits...
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert gaz.lookup("Aktau") == default_gazetteer().lookup("Aktau")
    assert len(server.requests) == 3
    # ...but the failure is not cached as a miss: the next run asks again.
    with pytest.warns(GeovizWarning):
        make(server, tmp_path, max_retries=0).lookup(query)
    assert len(server.requests) == 4


def test_timeout_falls_back_offline(server, tmp_path) -> None:
    gaz = make(server, tmp_path, max_retries=0, timeout=0.2)
    start = time.monotonic()
    with pytest.warns(GeovizWarning, match="GeocoderTimedOut"):
        assert gaz.lookup("slow") == default_gazetteer().lookup("slow")
    assert time.monotonic() - start < 0.9  # one try: no hidden retries in the HTTP adapter
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


# ---------------------------------------------------------------------------- geoviz build --geocoder nominatim
# The real command, pointed at the local server through $GEOVIZ_NOMINATIM_URL.

REPORT = "The jet flew from Baku to Aktau and crashed near Aktau.\n"


def build_cli(server, tmp_path, *options: str, name: str = "m") -> tuple[Result, dict]:
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    out = tmp_path / f"{name}.geojson"
    result = CliRunner().invoke(
        main, ["build", str(tmp_path / "a.txt"), "-o", str(tmp_path / f"{name}.html"), "--geojson", str(out),
               "--geocoder-cache", str(tmp_path / "cache"), *options],
        env={"GEOVIZ_NOMINATIM_URL": f"http://127.0.0.1:{server.server_address[1]}"})
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    points = {f["properties"]["role"]: f["geometry"]["coordinates"]
              for f in json.loads(out.read_text(encoding="utf-8"))["features"] if f["geometry"]["type"] == "Point"}
    return result, points


def warning_lines(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("warning:")]


def test_default_build_never_asks_the_server(server, tmp_path) -> None:
    result, points = build_cli(server, tmp_path)
    assert server.requests == [] and warning_lines(result) == [] and points


def test_build_with_a_failing_server_falls_back_to_offline_data(server, tmp_path) -> None:
    server.fail_with = 503
    _, offline = build_cli(server, tmp_path, name="offline")
    result, online = build_cli(server, tmp_path, "--geocoder", "nominatim")
    assert online == offline
    (warning,) = warning_lines(result)
    assert "nominatim" in warning and "offline gazetteer" in warning
    assert len(result.stderr.splitlines()) == 3  # the warning and two "wrote" lines: no retry logs
    # First try and two retries for the first name, then the service is given up for the run.
    assert queries(server) == ["Baku"] * 3
    assert not (tmp_path / "cache" / "nominatim.json").exists()  # failures are not cached


def test_build_with_nominatim_uses_caches_and_paces_answers(server, tmp_path) -> None:
    result, points = build_cli(server, tmp_path, "--geocoder", "nominatim")
    assert warning_lines(result) == []
    assert queries(server) == ["Baku", "Aktau"]
    assert points["crash_site"] == [51.1975, 43.6532]  # the server's Aktau, not GeoNames'
    first, second = (r["time"] for r in server.requests)
    assert second - first >= 0.95  # Nominatim's policy: at most one request a second
    cache = json.loads((tmp_path / "cache" / "nominatim.json").read_text(encoding="utf-8"))
    assert set(cache["entries"]) == {"baku", "aktau"}
    _, same = build_cli(server, tmp_path, "--geocoder", "nominatim", name="again")
    assert same == points and len(server.requests) == 2  # answered from the disk cache
    assert (tmp_path / "again.html").read_bytes() == (tmp_path / "m.html").read_bytes()


def test_bad_server_url_is_a_one_line_error(tmp_path) -> None:
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "m.html"),
                                       "--geocoder", "nominatim"], env={"GEOVIZ_NOMINATIM_URL": "ftp:/x"})
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.strip().splitlines() == [
        "error: GEOVIZ_NOMINATIM_URL must be an http(s) URL such as http://localhost:8080, not 'ftp:/x'"]


def test_geocode_command_asks_the_server_first(server, tmp_path) -> None:
    result = CliRunner().invoke(
        main, ["geocode", "Aktau", "--json", "--geocoder", "nominatim", "--geocoder-cache", str(tmp_path)],
        env={"GEOVIZ_NOMINATIM_URL": f"http://127.0.0.1:{server.server_address[1]}"})
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows[0]["source"] == "nominatim" and rows[0]["lat"] == 43.6532
    assert {r["source"] for r in rows[1:]} and all(r["source"] != "nominatim" for r in rows[1:])
    assert queries(server) == ["Aktau"]


def test_build_with_nominatim_finds_a_village_the_offline_gazetteer_lacks(server, tmp_path) -> None:
    text = ("The airliner flying from Barcelona to Dusseldorf crashed near Vallon-Sainte-Claire, "
            "officials said. Rescuers reached Marseille by road.")
    (tmp_path / "v.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "v.geojson"
    args = ["build", str(tmp_path / "v.txt"), "-o", str(tmp_path / "v.html"), "--geojson", str(out),
            "--geocoder-cache", str(tmp_path / "cache")]
    env = {"GEOVIZ_NOMINATIM_URL": f"http://127.0.0.1:{server.server_address[1]}"}
    offline = CliRunner().invoke(main, args, env=env)
    assert offline.exit_code == 0 and server.requests == []
    assert "crash_site" not in out.read_text(encoding="utf-8")  # unknown offline: nothing guessed
    result = CliRunner().invoke(main, [*args, "--geocoder", "nominatim"], env=env)
    assert result.exit_code == 0, result.output
    crash = [f for f in json.loads(out.read_text(encoding="utf-8"))["features"]
             if f["properties"]["role"] == "crash_site"]
    assert [f["geometry"]["coordinates"] for f in crash] == [[6.4388, 44.2807]]
    # Only the name after "near" was asked about, besides the route cities being refined.
    assert "Vallon-Sainte-Claire" in queries(server) and "Rescuers" not in queries(server)
