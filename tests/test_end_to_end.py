"""The seeds map end to end: the acceptance of the v1 issue, through the CLI."""

import json
import math
from pathlib import Path

import pytest
from click.testing import CliRunner
from shapely.geometry import shape

from geoviz.cli import main
from geoviz.gazetteer import default_gazetteer

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


@pytest.fixture(scope="module")
def seeds_map(tmp_path_factory):
    out = tmp_path_factory.mktemp("seeds")
    result = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(out / "map.html"),
                                       "--geojson", str(out / "map.geojson")])
    assert result.exit_code == 0, result.output
    return json.loads((out / "map.geojson").read_text(encoding="utf-8")), (out / "map.html").read_text("utf-8")


def points(fc, role):
    return [f["geometry"]["coordinates"] for f in fc["features"]
            if f["properties"]["role"] == role and f["geometry"]["type"] == "Point"]


@pytest.mark.parametrize("role, lat, lon, within", [
    ("origin", 40.4093, 49.8671, 30),  # Baku
    ("destination", 43.3125, 45.6986, 30),  # Grozny
    ("diversion", 43.65, 51.2, 30),  # Aktau
    ("crash_site", 43.8825, 51.0100, 10),  # the reported crash site
    ("event", 43.0367, 44.6678, 30),  # Vladikavkaz
])
def test_route_points_are_where_the_sources_say(seeds_map, role, lat, lon, within):
    fc, _ = seeds_map
    found = points(fc, role)
    assert found, f"no {role}"
    assert min(km(lat, lon, y, x) for x, y in found) <= within


def test_routes_and_the_caspian_crossing(seeds_map):
    fc, _ = seeds_map
    by_role = {f["properties"]["role"]: f for f in fc["features"]}
    planned = by_role["planned_route"]["geometry"]["coordinates"]
    assert km(40.4093, 49.8671, planned[0][1], planned[0][0]) < 30
    assert km(43.3125, 45.6986, planned[-1][1], planned[-1][0]) < 30
    flown = shape(by_role["flown_route"]["geometry"])
    end = flown.coords[-1]
    assert km(43.65, 51.2, end[1], end[0]) < 30
    (caspian,) = [p for p in default_gazetteer().lookup("Caspian Sea") if p.kind == "sea"]
    assert flown.crosses(caspian.geometry) or flown.intersects(caspian.geometry)


def test_every_evidence_text_stands_verbatim_in_its_seed(seeds_map):
    fc, _ = seeds_map
    texts = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.iterdir()}
    for f in fc["features"]:
        assert f["properties"]["evidence"], f["properties"]["role"]
        for ev in f["properties"]["evidence"]:
            assert texts[ev["source"]][ev["start"] : ev["end"]] == ev["text"]


def test_roles_are_from_the_contract_and_nothing_invented(seeds_map):
    fc, _ = seeds_map
    roles = [f["properties"]["role"] for f in fc["features"]]
    assert set(roles) <= {"origin", "destination", "diversion", "crash_site", "event", "place",
                          "planned_route", "flown_route", "area"}
    assert roles.count("crash_site") == 1 and roles.count("diversion") == 1


def test_html_cites_sources_and_credits_data(seeds_map):
    _, html = seeds_map
    for name in ("GeoNames", "Natural Earth", "airportsdata"):
        assert name in html
    assert "000_c3946175fca60468.txt" in html
