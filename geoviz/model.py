"""Plain, immutable values shared by every stage.

Stages (sources, text, gazetteer, mentions, statements, story, geometry, render, export) import
only this module and :mod:`geoviz.errors`; :mod:`geoviz.pipeline` composes them.
Coordinates are WGS84 degrees; geometries are shapely values in (lon, lat) order.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Literal

#: What a gazetteer entry is.
Kind = Literal[
    "city", "airport", "country", "admin1", "continent", "sea", "lake", "river", "region",
]
AREA_KINDS: frozenset[str] = frozenset({"country", "admin1", "continent", "sea", "lake", "river", "region"})

#: Roles of route statements and story elements.
StatementRole = Literal[
    "origin", "destination", "diversion", "crash_site", "event", "overflown", "approach",
]
#: Roles of exported map features (the GeoJSON contract).
FeatureRole = Literal[
    "origin", "destination", "diversion", "crash_site", "event", "place",
    "planned_route", "flown_route", "area",
]
FEATURE_ROLES: tuple[str, ...] = (
    "origin", "destination", "diversion", "crash_site", "event", "place",
    "planned_route", "flown_route", "area",
)


EARTH_KM = 6371.0088  # mean radius


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance on the mean sphere: quick comparisons of places, and the metric of the
    evaluation scorers. Drawn geometry uses geodesics on the ellipsoid (:mod:`geoviz.geometry`)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_KM * math.asin(math.sqrt(min(1.0, h)))


def format_km(km: float) -> str:
    """A stated distance for people: "3 km", "8 km" (5 miles converted), "1,200 km"."""
    return f"{km:,.0f} km" if km >= 9.5 else f"{km:.1f}".removesuffix(".0") + " km"


@dataclass(frozen=True, slots=True)
class Source:
    """One input document. ``text`` is the file's text as decoded, never normalised."""

    name: str  # how the source is cited (file name)
    path: str  # path as given
    text: str
    title: str = ""  # first non-empty line, shortened
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a source: ``text == source.text[start:end]``."""

    source: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Evidence:
    """A sentence that supports a drawn element, cited by source and offsets."""

    source: str
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, sentence: Sentence) -> Evidence:
        return cls(sentence.source, sentence.start, sentence.end, sentence.text)


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry (the geopy ``Location`` of geoviz)."""

    name: str
    lat: float
    lon: float
    kind: str
    country: str = ""  # ISO 3166-1 alpha-2, "" when none (seas)
    admin1: str = ""  # first-level division name where known
    population: int = 0
    rank: float = 0.0  # prominence in [0, 1]: population, airport size, area size
    source: str = ""  # "geonames", "airportsdata", "naturalearth", "nominatim", ...
    ref: str = ""  # id within the source: geonameid, ICAO code, Natural Earth name
    iata: str = ""
    city: str = ""  # for airports: the city they serve
    geometry: Any = field(default=None, compare=False, hash=False, repr=False)  # shapely, areas only

    @property
    def key(self) -> str:
        return f"{self.source}:{self.ref or self.name}"

    @property
    def is_area(self) -> bool:
        return self.kind in AREA_KINDS

    @property
    def is_island(self) -> bool:
        """An island of Natural Earth's ("Tenerife", "Bora Bora"), or a small group named after its main one
        ("Maui"): a flight to it lands at its airport."""
        if self.kind != "region":
            return False
        feature = self.ref.rpartition("#")[2].lower()
        if feature == "island group" and self.geometry is not None:
            west, south, east, north = self.geometry.bounds
            return (east - west) + (north - south) <= 1.5
        return feature == "island"

    @property
    def is_small_country(self) -> bool:
        """A country small enough to be a route point: Malta, Singapore, Bahrain, Kuwait, Cyprus (a box of
        under ~2 by 2 degrees), whose main airport a flight "diverted to Kuwait" went to."""
        if self.kind != "country" or self.geometry is None:
            return False
        west, south, east, north = self.geometry.bounds
        return (east - west) + (north - south) <= 4.0

    @property
    def stands_for_its_airport(self) -> bool:
        """An island or a small country named as a route's end is its likeliest airport ("bound for Maui")."""
        return self.is_island or self.is_small_country

    def km_to(self, other: Place) -> float:
        return great_circle_km(self.lat, self.lon, other.lat, other.lon)


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name found in a source, with exact offsets and its resolved place."""

    source: str
    start: int
    end: int
    text: str  # == source.text[start:end]
    place: Place
    sentence: Sentence
    score: float = 1.0  # resolution confidence in [0, 1]
    candidates: int = 1  # how many gazetteer entries the name matched
    # "place": a location; "demonym": an adjective or people ("Russian"), context only;
    # "organisation": part of an organisation name; never a route point.
    usage: str = "place"


@dataclass(frozen=True, slots=True)
class Statement:
    """A route claim of one sentence: "diverted to Aktau", "3 km from Aktau"."""

    role: str  # one of StatementRole
    place: Place  # the anchor place named in the text
    mention: Mention
    evidence: Evidence
    cue: str  # the words that carry the role ("diverted to", "from ... to")
    distance_km: float | None = None  # "3 km from X"
    distance_text: str = ""
    bearing_deg: float | None = None  # "west of X": 270
    bearing_text: str = ""
    at_airport: bool = False  # the text places it at / near X's airport
    confidence: float = 1.0
    offshore: bool = False  # "off X": in the water by X
    off_airport: bool = False  # "landed in a field near X", "to the hospital in X": not at X's airport


@dataclass(frozen=True, slots=True)
class Alternative:
    """Another place that some source gives for the same role."""

    place: Place
    evidence: tuple[Evidence, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class StoryElement:
    """One role of the incident after merging every source."""

    role: str
    place: Place  # anchor place
    evidence: tuple[Evidence, ...]
    sources: tuple[str, ...]  # distinct sources that state it
    distance_km: float | None = None
    bearing_deg: float | None = None
    at_airport: bool = False
    cue: str = ""
    alternatives: tuple[Alternative, ...] = ()
    offshore: bool = False  # "crashed into the sea off X": in the water nearest X
    off_airport: bool = False  # a source puts it elsewhere than at an airport ("in a field near X"), none at one

    @property
    def support(self) -> int:
        return len(self.sources)


@dataclass(frozen=True, slots=True)
class Claim:
    """A value one source gives for a disputed topic ("cause": "bird strike")."""

    topic: str
    value: str
    evidence: tuple[Evidence, ...]
    sources: tuple[str, ...]
    attributed_to: str = ""  # who says it, as the text names them


@dataclass(frozen=True, slots=True)
class Conflict:
    topic: str
    claims: tuple[Claim, ...]


@dataclass(frozen=True, slots=True)
class SourceInfo:
    name: str
    title: str
    path: str


@dataclass(frozen=True, slots=True)
class Story:
    """One incident merged across all sources."""

    title: str
    summary: str
    sources: tuple[SourceInfo, ...]
    elements: tuple[StoryElement, ...]  # route roles, events, overflown areas
    places: tuple[StoryElement, ...]  # other places mentioned (role "place")
    conflicts: tuple[Conflict, ...] = ()

    def element(self, role: str) -> StoryElement | None:
        return next((e for e in self.elements if e.role == role), None)


@dataclass(frozen=True, slots=True)
class MapFeature:
    """A drawn element: shapely geometry (lon, lat) plus everything a popup needs."""

    role: str  # one of FEATURE_ROLES
    name: str
    geometry: Any  # shapely Point / LineString / Polygon / MultiPolygon
    evidence: tuple[Evidence, ...]
    sources: tuple[str, ...] = ()
    label: str = ""  # one line for popups and the timeline: "Crash site, ~3 km from Aktau"
    kind: str = ""  # the anchor place's kind
    uncertainty_km: float | None = None  # halo radius for vague positions
    inferred: bool = False  # drawn by geoviz, not stated (e.g. a leg between stated points)
    order: int | None = None  # position in the flight's timeline
    alternatives: tuple[str, ...] = ()  # other places some sources give for this role
    segments: tuple[tuple[Any, bool], ...] = ()  # route parts: (LineString, inferred)


@dataclass(frozen=True, slots=True)
class IncidentMap:
    """Everything render and export draw: the geometry stage's output."""

    title: str
    summary: str
    features: tuple[MapFeature, ...]
    bounds: tuple[float, float, float, float]  # (south, west, north, east)
    sources: tuple[SourceInfo, ...]
    conflicts: tuple[Conflict, ...] = ()


@dataclass(frozen=True, slots=True)
class Document:
    """What ``geoviz extract`` reports for one source."""

    source: Source
    mentions: tuple[Mention, ...]
    statements: tuple[Statement, ...]
    claims: tuple[Claim, ...] = ()
