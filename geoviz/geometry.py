"""Turn the story into drawable geometry: points, geodesic routes, offsets, uncertainty.

Geodesy comes from geographiclib (installed with geopy): routes are sampled along the WGS84
geodesic, and "N km <bearing> of X" is the direct geodesic problem. Geometries are shapely
values in (lon, lat) order.
"""

from __future__ import annotations

from collections.abc import Container, Mapping, Sequence
from itertools import pairwise

from geographiclib.geodesic import Geodesic
from shapely import LineString, Point
from shapely.geometry.base import BaseGeometry
from shapely.ops import nearest_points

from geoviz.model import IncidentMap, MapFeature, Place, Story, StoryElement, format_km

WGS84 = Geodesic.WGS84
SAME_AIRPORT_KM = 35.0  # a city's airport farther than this is not "its" airport
TOWN_RANK = 0.45  # below this (~10,000 people) a town's airport is one within TOWN_AIRPORT_KM or serving it
TOWN_AIRPORT_KM = 12.0
APPROACH_KM = 60.0  # where an approach that was broken off is drawn, short of the destination
NEAR_KM = {"airport": 2.0, "city": 8.0, "river": 3.0, "lake": 10.0}
BEARING_ONLY_KM = {"airport": 5.0, "town": 15.0}  # "north of X", no distance given
OFFSHORE_KM = 3.0  # "off X": this far out from the coast nearest X


def geodesic_line(a: tuple[float, float], b: tuple[float, float], step_km: float = 25.0) -> LineString:
    """Points along the geodesic from a to b, both (lat, lon); returned as a (lon, lat) line."""
    line = WGS84.InverseLine(a[0], a[1], b[0], b[1])
    n = max(2, min(256, int(line.s13 / 1000 / step_km) + 2))
    coords = []
    for i in range(n):
        p = line.Position(line.s13 * i / (n - 1))
        coords.append((round(p["lon2"], 6), round(p["lat2"], 6)))
    return LineString(coords)


def destination(origin: tuple[float, float], bearing_deg: float, km: float) -> tuple[float, float]:
    p = WGS84.Direct(origin[0], origin[1], bearing_deg, km * 1000)
    return p["lat2"], p["lon2"]


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    return WGS84.Inverse(a[0], a[1], b[0], b[1])["s12"] / 1000


def _latlon(p: Place) -> tuple[float, float]:
    return (p.lat, p.lon)


def _anchor(e: StoryElement, airports: Mapping[str, Place], named: Container[str] = ()) -> Place:
    """The point a route element stands for: a city's airport when the flight used it (``named``:
    airports the sources name, the city's whatever the distance: Washington Dulles)."""
    place = e.place
    if place.stands_for_its_airport and e.role in ("origin", "destination", "diversion"):
        return airports.get(place.key, place)  # ("bound for Maui": Kahului Airport)
    if place.kind == "city":
        airport = airports.get(place.key)
        apart = distance_km(_latlon(place), _latlon(airport)) if airport is not None else 0.0
        # (a small town's airport is its own or close by: the airfield at Gundaroo is not Canberra's)
        near = airport is not None and (airport.key in named or (apart <= SAME_AIRPORT_KM and (
            place.rank >= TOWN_RANK or apart <= TOWN_AIRPORT_KM or airport.city == place.name)))
        if airport and near and not e.off_airport and (
            e.role in ("origin", "destination", "diversion") or e.at_airport
        ):
            return airport
    return place


def _area_point(place: Place, toward: tuple[float, float] | None) -> tuple[float, float]:
    geom: BaseGeometry | None = place.geometry
    if geom is None or toward is None:
        return _latlon(place)
    p = nearest_points(geom, Point(toward[1], toward[0]))[0]
    return (p.y, p.x)


def _area_halo_km(place: Place) -> float:
    """How vague "crashed in <area>" is: rivers and lakes a few kilometres; a sea, region,
    division or country a quarter of its extent (a division without an outline: 150 km)."""
    if place.kind in NEAR_KM:
        return NEAR_KM[place.kind]
    geom: BaseGeometry | None = place.geometry
    if geom is None:
        return 150.0
    minx, miny, maxx, maxy = geom.bounds
    return round(min(1500.0, max(25.0, distance_km((miny, minx), (maxy, maxx)) / 4)), 1)


def _crash_point(e: StoryElement, airports: Mapping[str, Place], previous: tuple[float, float] | None,
                 route: LineString | None = None, named: Container[str] = ()):
    anchor = _anchor(e, airports, named)
    if anchor.is_area and e.bearing_deg is not None and e.distance_km is None:
        # "in eastern Ukraine": halfway from the area's centre to its edge that way
        halo = _area_halo_km(anchor)
        return destination(_latlon(anchor), e.bearing_deg, halo), halo, anchor
    if anchor.is_area and not (e.distance_km is not None and anchor.stands_for_its_airport):
        # (but "60 miles east of Bermuda" is measured from the island, as from a town)
        # A country or division is drawn at its centre; a sea, lake or region where it lies
        # nearest the flight (a country's border nearest the origin says nothing).
        base = _area_point(anchor, previous) if anchor.kind not in ("country", "admin1") else _latlon(anchor)
        return base, _area_halo_km(anchor), anchor
    base = _latlon(anchor)
    if e.distance_km is not None and e.bearing_deg is not None:
        stated = destination(base, e.bearing_deg, e.distance_km)
        on_route = _on_route(route, base, e.distance_km, e.bearing_deg) if route is not None else None
        if on_route is not None:
            # A flight lost en route came down on its route: where the route passes at the stated
            # distance, in the stated general direction ("north-east" spans 45 degrees).
            return on_route, max(2.0, 0.12 * e.distance_km, distance_km(on_route, stated) / 2), anchor
        return stated, max(2.0, 0.12 * e.distance_km), anchor
    if e.distance_km is not None:
        along = _along_route(route, base, e.distance_km) if route is not None else None
        if along is not None:
            # A distance with no direction from an end of the route ("crashed 80 km from Moscow",
            # "20 km short of Juba"): where the route passes at that distance, the direction inferred
            return along, max(2.0, 0.3 * e.distance_km), anchor
        # A distance with no direction: a ring around the anchor. Draw its centre, halo = radius.
        return base, max(1.0, e.distance_km), anchor
    if e.bearing_deg is not None:
        # A direction with no distance ("north of X"): a few kilometres that way from an airport,
        # some fifteen from a town, as wide again around it
        km = BEARING_ONLY_KM["airport" if anchor.kind == "airport" else "town"]
        return destination(base, e.bearing_deg, km), km, anchor
    return base, NEAR_KM.get(anchor.kind, 15.0), anchor


def build_map(story: Story, airports: Mapping[str, Place], named: Container[str] = (),
              waters: Mapping[str, Place] | None = None) -> IncidentMap:
    """``airports`` maps a city's ``Place.key`` to the airport serving it; ``named`` holds the keys
    of the airports the sources name; ``waters`` the sea or lake nearest a place a crash was off."""
    roles = {e.role: e for e in story.elements}
    features: list[MapFeature] = []
    points: dict[str, tuple[float, float]] = {}
    order = 0

    def point_feature(e: StoryElement, role: str, label: str, at: tuple[float, float],
                      uncertainty: float | None = None, numbered: bool = True, name: str = "") -> None:
        nonlocal order
        if numbered:
            order += 1
        features.append(MapFeature(
            role=role, name=name or e.place.name, geometry=Point(round(at[1], 6), round(at[0], 6)),
            evidence=e.evidence, sources=e.sources, label=label, kind=e.place.kind,
            uncertainty_km=uncertainty, order=order if numbered else None,
            alternatives=tuple(a.place.name for a in e.alternatives)))

    approach = roles.get("approach")
    for role, verb in (("origin", "Departure"), ("destination", "Intended destination")):
        if role in roles:
            e = roles[role]
            a = _anchor(e, airports, named)
            points[role] = _latlon(a)
            label = f"{verb}: {_describe(e.place, a)}"
            # The destination is a step of the flight when the text says it approached it.
            numbered = role == "origin" or approach is not None
            if role == "destination" and approach is not None:
                label += "; approached, then turned away" if {"diversion", "crash_site"} & roles.keys() else \
                    "; approached"
                e = StoryElement(e.role, e.place, tuple(dict.fromkeys(e.evidence + approach.evidence)),
                                 tuple(sorted(set(e.sources) | set(approach.sources))),
                                 alternatives=e.alternatives)
            point_feature(e, role, label, points[role], numbered=numbered, name=e.place.name)
    if approach and "destination" in roles and "origin" in roles:
        points["approach"] = _short_of(points["origin"], points["destination"], APPROACH_KM)
    if "diversion" in roles:
        e = roles["diversion"]
        a = _anchor(e, airports, named)
        points["diversion"] = _latlon(a)
        point_feature(e, "diversion", f"Diverted to {_describe(e.place, a)}", points["diversion"])
    crossing = [e for e in story.elements if e.role == "overflown"]
    for e in crossing:
        if e.place.geometry is not None and e.place.kind in ("sea", "lake", "region", "admin1"):
            order += 1
            features.append(MapFeature(
                role="area", name=e.place.name, geometry=e.place.geometry, evidence=e.evidence,
                sources=e.sources, label=f"Flown over: {e.place.name}", kind=e.place.kind, order=order))
    if "crash_site" in roles:
        e = roles["crash_site"]
        previous = points.get("diversion") or points.get("approach") or points.get("origin")
        if roles["crash_site"].place.kind in ("river", "lake") and roles["crash_site"].place.geometry is not None:
            # Into a river or lake: near the end of the flight that lies by it (a take-off from
            # or an approach to an airport on its banks).
            geom = roles["crash_site"].place.geometry
            ends = [points[k] for k in ("diversion", "destination", "origin") if k in points]
            previous = min(ends, key=lambda p: geom.distance(Point(p[1], p[0])), default=previous)
        route = None
        if "origin" in points and "destination" in points and "diversion" not in points:
            route = geodesic_line(points["origin"], points["destination"], step_km=50.0)
        at, halo, anchor = _crash_point(e, airports, previous, route, named)
        water = (waters or {}).get(e.place.key) if e.offshore else None
        if water is not None and e.distance_km is None and e.bearing_deg is None:
            at, halo = _offshore(at, water, halo)
        points["crash_site"] = at
        point_feature(e, "crash_site", _crash_label(e, anchor), at, uncertainty=round(halo, 2),
                      name=e.place.name)
    for e in story.elements:
        if e.role == "event":
            point_feature(e, "event", f"Related event near {e.place.name}", _latlon(e.place),
                          uncertainty=NEAR_KM.get(e.place.kind, 15.0), numbered=False)
    if "origin" in points and "destination" in points:
        line = geodesic_line(points["origin"], points["destination"])
        ev = roles["origin"].evidence + tuple(x for x in roles["destination"].evidence
                                               if x not in roles["origin"].evidence)
        features.append(MapFeature(
            role="planned_route", name=f"{roles['origin'].place.name} → {roles['destination'].place.name}",
            geometry=line, evidence=ev, sources=tuple(sorted(set(roles["origin"].sources)
                                                             | set(roles["destination"].sources))),
            label="Planned route (as stated)", segments=((line, False),)))
    flown = _flown_route(roles, points, crossing)
    if flown:
        features.append(flown)
    for e in story.places:
        point_feature(e, "place", f"Mentioned: {e.place.name}", _latlon(e.place), numbered=False)
    return IncidentMap(story.title, story.summary, tuple(features), _bounds(features, points),
                       story.sources, story.conflicts)


def _on_route(route: LineString, anchor: tuple[float, float], km: float, bearing: float,
              tolerance_deg: float = 35.0) -> tuple[float, float] | None:
    """The point of the route at ``km`` from the anchor whose bearing is closest to ``bearing``."""
    best: tuple[float, tuple[float, float]] | None = None
    coords = [(lat, lon) for lon, lat in route.coords]
    dists = [distance_km(anchor, c) - km for c in coords]
    for (a, da), (b, db) in zip(zip(coords, dists, strict=True), zip(coords[1:], dists[1:], strict=True),
                                strict=False):
        if da == 0 or da * db < 0:
            point = _crossing(anchor, km, a, b)
            azimuth = WGS84.Inverse(anchor[0], anchor[1], point[0], point[1])["azi1"] % 360
            off = abs((azimuth - bearing + 180) % 360 - 180)
            if off <= tolerance_deg and (best is None or off < best[0]):
                best = (off, point)
    return best[1] if best else None


def _crossing(anchor: tuple[float, float], km: float, a: tuple[float, float],
              b: tuple[float, float]) -> tuple[float, float]:
    """The point between ``a`` (nearer than ``km`` to the anchor, or farther) and ``b`` (the other way) at ``km``
    from the anchor: halved, not interpolated (the distance is not linear along a leg passing near the anchor)."""
    leg = WGS84.InverseLine(a[0], a[1], b[0], b[1])
    lo, hi = 0.0, leg.s13
    sign = distance_km(anchor, a) - km
    for _ in range(40):  # (to well under a metre on a leg of a few hundred kilometres)
        mid = (lo + hi) / 2
        p = leg.Position(mid)
        if (distance_km(anchor, (p["lat2"], p["lon2"])) - km) * sign > 0:
            lo = mid
        else:
            hi = mid
    p = leg.Position((lo + hi) / 2)
    return (p["lat2"], p["lon2"])


def _along_route(route: LineString, anchor: tuple[float, float], km: float,
                 end_km: float = 30.0) -> tuple[float, float] | None:
    """The point of the route ``km`` from the anchor, towards the route's other end, when the
    anchor is one of the route's ends (within ``end_km``) and the route is longer than ``km``."""
    coords = [(lat, lon) for lon, lat in route.coords]
    start, end = coords[0], coords[-1]
    if distance_km(anchor, start) <= end_km:
        far = end
    elif distance_km(anchor, end) <= end_km:
        far = start
    else:
        return None
    if distance_km(anchor, far) <= km:
        return None
    bearing = WGS84.Inverse(anchor[0], anchor[1], far[0], far[1])["azi1"] % 360
    return _on_route(route, anchor, km, bearing, tolerance_deg=60.0)


def _short_of(a: tuple[float, float], b: tuple[float, float], km: float) -> tuple[float, float]:
    line = WGS84.InverseLine(a[0], a[1], b[0], b[1])
    p = line.Position(max(0.0, line.s13 - km * 1000))
    return p["lat2"], p["lon2"]


def _flown_route(roles: Mapping[str, StoryElement], points: Mapping[str, tuple[float, float]],
                 crossing: Sequence[StoryElement]) -> MapFeature | None:
    if "origin" not in points:
        return None
    stops: list[tuple[tuple[float, float], bool]] = [(points["origin"], False)]
    if "approach" in points and ("diversion" in points or "crash_site" in points):
        stops.append((points["approach"], True))  # where it turned away: placed by geoviz
    for key in ("diversion", "crash_site"):
        if key in points and distance_km(stops[-1][0], points[key]) > 1.0:
            stops.append((points[key], False))
    if len(stops) < 2:
        return None
    stops = _through_crossings(stops, crossing)
    segments = []
    coords: list[tuple[float, float]] = []
    for (a, _), (b, inferred) in pairwise(stops):
        seg = geodesic_line(a, b)
        segments.append((seg, inferred))
        coords.extend(seg.coords if not coords else list(seg.coords)[1:])
    elements = [roles[k] for k in ("origin", "approach", "diversion", "crash_site") if k in roles]
    elements += list(crossing)
    evidence: list = []
    for e in elements:
        evidence.extend(x for x in e.evidence if x not in evidence)
    sources = tuple(sorted({s for e in elements for s in e.sources}))
    names = [roles["origin"].place.name] + [roles[k].place.name for k in ("diversion", "crash_site")
                                            if k in roles]
    return MapFeature(role="flown_route", name=" → ".join(dict.fromkeys(names)), geometry=LineString(coords),
                      evidence=tuple(evidence), sources=sources,
                      label="Flown route (stated points joined by geodesics)",
                      inferred=any(i for _, i in segments), segments=tuple(segments))


def _through_crossings(stops, crossing: Sequence[StoryElement]):
    """When the text says the flight crossed a sea and the drawn legs miss it, bend the leg that
    ends at the first stop beyond it through the sea's nearest point."""
    for e in crossing:
        geom = e.place.geometry
        if geom is None or e.place.kind not in ("sea", "lake"):
            continue
        legs = [geodesic_line(a, b) for (a, _), (b, _) in pairwise(stops)]
        if any(leg.intersects(geom) for leg in legs):
            continue
        last = len(stops) - 1
        a = stops[last - 1][0]
        p = nearest_points(geom, LineString([(a[1], a[0]), (stops[last][0][1], stops[last][0][0])]))[0]
        stops = [*stops[:last], ((p.y, p.x), True), stops[last]]
    return stops


def _describe(place: Place, anchor: Place) -> str:
    """"Baku (Heydar Aliyev International Airport)": the city first, then its airport."""
    if anchor.kind != "airport":
        return place.name
    city = anchor.city if anchor is place else place.name
    return f"{city} ({anchor.name})" if city and city.lower() not in anchor.name.lower() else anchor.name


def _offshore(at: tuple[float, float], water: Place, halo: float) -> tuple[tuple[float, float], float]:
    """A crash "off X": a few kilometres out into the water nearest X (its centre may lie inland,
    as Karawang's does), as uncertain as the coast is long within reach."""
    coast = nearest_points(water.geometry, Point(at[1], at[0]))[0] if water.geometry is not None else None
    if coast is None:
        return at, halo
    shore = (coast.y, coast.x)
    inland = distance_km(at, shore)
    if inland < 0.5:
        return at, halo  # (already on the water)
    out = destination(shore, WGS84.Inverse(at[0], at[1], shore[0], shore[1])["azi2"], OFFSHORE_KM)
    return out, max(halo, OFFSHORE_KM + inland / 2)


def _crash_label(e: StoryElement, anchor: Place) -> str:
    where = anchor.name if anchor.kind == "airport" else e.place.name
    if e.distance_km is not None:
        direction = "" if e.bearing_deg is None else f" {_compass(e.bearing_deg)} of"
        rel = " from" if not direction else ""
        return f"Crash site: about {format_km(e.distance_km)}{direction}{rel} {where}"
    if e.place.is_area:
        return f"Crash site: in {e.place.name}"
    if e.bearing_deg is not None:
        return f"Crash site: {_compass(e.bearing_deg)} of {where}"
    return f"Crash site: {'off' if e.offshore else 'near'} {where}"


def _compass(bearing: float) -> str:
    names = ["north", "north-east", "east", "south-east", "south", "south-west", "west", "north-west"]
    return names[round(bearing / 45) % 8]


def _bounds(features: Sequence[MapFeature], points: Mapping[str, tuple[float, float]]):
    route = [f for f in features if f.role not in ("place", "area")]
    geoms = [f.geometry for f in route] or [f.geometry for f in features]
    if not geoms:
        return (-60.0, -170.0, 75.0, 170.0)
    xs, ys = [], []
    for g in geoms:
        minx, miny, maxx, maxy = g.bounds
        xs += [minx, maxx]
        ys += [miny, maxy]
    pad_y = max(0.2, 0.08 * (max(ys) - min(ys)))
    pad_x = max(0.2, 0.08 * (max(xs) - min(xs)))
    return (round(min(ys) - pad_y, 4), round(min(xs) - pad_x, 4),
            round(max(ys) + pad_y, 4), round(max(xs) + pad_x, 4))
