"""Geometry: geodesic routes, offsets from anchors, airports, uncertainty, sea crossings."""

import pytest
from fakes import PLACES
from shapely import LineString

from geoviz.geometry import build_map, destination, distance_km, geodesic_line
from geoviz.model import Evidence, Story, StoryElement

P = {p.ref: p for p in PLACES}
EV = (Evidence("a.txt", 0, 10, "A sentence"),)


def element(role, ref, **kw):
    return StoryElement(role, P[ref], EV, ("a.txt",), **kw)


def story(*elements):
    return Story("t", "s", (), tuple(elements), ())


def feature(incident, role):
    (f,) = [f for f in incident.features if f.role == role]
    return f


def test_geodesic_line_follows_the_great_circle():
    line = geodesic_line((45.748, 4.847), (59.913, 10.739))
    assert len(line.coords) > 10
    mid = line.coords[len(line.coords) // 2]
    straight_mid = ((4.847 + 10.739) / 2, (45.748 + 59.913) / 2)
    assert mid != pytest.approx(straight_mid, abs=1e-3)  # not a straight lat/lon segment
    assert distance_km((45.748, 4.847), (mid[1], mid[0])) == pytest.approx(
        distance_km((mid[1], mid[0]), (59.913, 10.739)), rel=0.05)


def test_direct_problem_puts_offsets_at_the_stated_distance_and_bearing():
    lat, lon = destination((53.551, 9.994), 45.0, 150.0)
    assert distance_km((53.551, 9.994), (lat, lon)) == pytest.approx(150.0, rel=1e-6)
    assert lat > 53.551 and lon > 9.994


def test_crash_offset_with_bearing_from_the_anchor():
    incident = build_map(story(element("crash_site", "hamburg", distance_km=20.0, bearing_deg=0.0)), {})
    crash = feature(incident, "crash_site")
    assert distance_km((53.551, 9.994), (crash.geometry.y, crash.geometry.x)) == pytest.approx(20.0, rel=1e-3)
    assert crash.geometry.y > 53.551
    assert crash.uncertainty_km >= 2.0


def test_crash_distance_without_bearing_is_a_halo_around_the_airport_when_landing_there():
    incident = build_map(story(element("crash_site", "hamburg", distance_km=3.0, at_airport=True)),
                         {P["hamburg"].key: P["EDDH"]})
    crash = feature(incident, "crash_site")
    assert (crash.geometry.y, crash.geometry.x) == pytest.approx((53.630, 9.988))
    assert crash.uncertainty_km == pytest.approx(3.0)


def test_routes_planned_dashed_and_flown_through_the_diversion():
    incident = build_map(story(element("origin", "lyon"), element("destination", "oslo"),
                               element("diversion", "hamburg")), {P["hamburg"].key: P["EDDH"]})
    planned = feature(incident, "planned_route")
    flown = feature(incident, "flown_route")
    assert isinstance(planned.geometry, LineString)
    assert planned.geometry.coords[0] == pytest.approx((4.847, 45.748))
    end = flown.geometry.coords[-1]
    assert (end[1], end[0]) == pytest.approx((53.630, 9.988), abs=1e-4)  # the airport, not the city
    assert [f.order for f in incident.features if f.order] == [1, 2]
    assert {f.role for f in incident.features} >= {"origin", "destination", "diversion"}


def test_flown_route_bends_through_a_stated_sea_crossing():
    crossing = element("overflown", "north-sea")
    incident = build_map(story(element("origin", "paris"), element("diversion", "hamburg"), crossing), {})
    flown = feature(incident, "flown_route")
    assert flown.geometry.intersects(P["north-sea"].geometry)
    assert any(inferred for _, inferred in flown.segments)
    assert feature(incident, "area").name == "North Sea"


def test_absent_roles_draw_nothing():
    incident = build_map(story(element("diversion", "hamburg")), {})
    assert [f.role for f in incident.features] == ["diversion"]


def test_offset_with_coarse_bearing_snaps_to_the_planned_route():
    # Lost en route: "500 km north of Lyon" on a Lyon -> Oslo flight lies on its route.
    incident = build_map(story(element("origin", "lyon"), element("destination", "oslo"),
                               element("crash_site", "lyon", distance_km=500.0, bearing_deg=0.0)), {})
    crash = feature(incident, "crash_site")
    route = feature(incident, "planned_route").geometry
    assert route.distance(crash.geometry) < 0.01  # degrees: on the line
    assert distance_km((45.748, 4.847), (crash.geometry.y, crash.geometry.x)) == pytest.approx(500, rel=0.01)


def test_a_crash_stated_only_as_in_a_sea_gets_a_halo_of_its_extent():
    incident = build_map(story(element("crash_site", "north-sea")), {})
    crash = feature(incident, "crash_site")
    assert crash.uncertainty_km > 200  # the test sea spans ~800 km
    assert P["north-sea"].geometry.buffer(1e-9).contains(crash.geometry)


def test_a_crash_off_a_town_is_drawn_in_the_water_nearest_it():
    sea = P["north-sea"]
    incident = build_map(story(element("crash_site", "hamburg", offshore=True)), {}, (), {P["hamburg"].key: sea})
    crash = feature(incident, "crash_site")
    assert sea.geometry.buffer(1e-9).contains(crash.geometry)  # in the water, not at Hamburg's centre
    assert crash.label == "Crash site: off Hamburg"
    assert crash.uncertainty_km > distance_km((53.551, 9.994), (crash.geometry.y, crash.geometry.x)) / 2
    # without the flag (or the water), the town itself
    plain = feature(build_map(story(element("crash_site", "hamburg")), {}, (), {P["hamburg"].key: sea}),
                    "crash_site")
    assert (plain.geometry.y, plain.geometry.x) == pytest.approx((53.551, 9.994))
