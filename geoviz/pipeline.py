"""Composes the stages: sources -> text -> mentions -> statements -> story -> geometry.

The only module that imports more than one stage. Render and export take the IncidentMap.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from shapely import Point

from geoviz import claims, geometry, statements, story, text
from geoviz.gazetteer import Gazetteer, default_gazetteer
from geoviz.mentions import MentionFinder
from geoviz.model import Document, IncidentMap, Place, Source, Story, great_circle_km

# How near an online geocoder's answer must lie to the offline reading of a route place to be
# taken as the same place. It refines coordinates only: which "Paris" the text means was decided
# from context, which the geocoder, asked a bare name, cannot know.
ONLINE_AGREES_KM = {"city": 30.0, "airport": 10.0}


def extract(sources: Sequence[Source], gazetteer: Gazetteer | None = None, *,
            with_claims: bool = False) -> tuple[Document, ...]:
    """Mentions and route statements of each source (``geoviz extract``); with their claims
    (cause, figures) when ``with_claims``, as the story needs them."""
    finder = MentionFinder(gazetteer or default_gazetteer())
    return tuple(extract_one(s, finder, with_claims=with_claims) for s in sources)


def extract_one(source: Source, finder: MentionFinder, *, with_claims: bool = False) -> Document:
    sentences = text.split_sentences(source)
    mentions = finder.find(source.text, sentences)
    return Document(source, mentions, statements.extract_statements(sentences, mentions),
                    claims.extract_claims(sentences) if with_claims else ())


def build_map(sources: Sequence[Source], gazetteer: Gazetteer | None = None) -> IncidentMap:
    """The whole pipeline: one incident map from all sources (``geoviz build``)."""
    gazetteer = gazetteer or default_gazetteer()
    documents = extract(sources, gazetteer, with_claims=True)
    incident = refine_online(story.merge(documents), gazetteer)
    named = {m.place.key for d in documents for m in d.mentions if m.place.kind == "airport"}
    airports = city_airports(documents, incident, gazetteer)
    # "crashed into the sea off X": the water nearest X (X's centre may lie inland)
    waters = {e.place.key: water for e in incident.elements if e.role == "crash_site" and e.offshore
              and (water := gazetteer.water_near(e.place.lat, e.place.lon)) is not None}
    return geometry.build_map(incident, airports, named, waters)


def city_airports(documents: Sequence[Document], incident: Story, gazetteer: Gazetteer) -> dict[str, Place]:
    """Each route city's airport (by ``Place.key``): one the sources name where they state the
    element ("landed at Washington Dulles"), that serves the city or lies nearer it than the
    likeliest; else the likeliest. Not one that is a route place of its own ("took off from Jundiaí
    ... bound for Campo de Marte"), nor one named for another event (Congonhas, for an earlier
    crash in São Paulo, is not Guarulhos's)."""
    named_at: dict[tuple[str, int], set[str]] = {}
    for d in documents:
        for m in d.mentions:
            if m.place.kind == "airport":
                named_at.setdefault((m.source, m.sentence.start), set()).add(m.place.key)
    free = set().union(*named_at.values()) - {e.place.key for e in incident.elements}
    cities = {_folded(m.place.name) for d in documents for m in d.mentions if m.place.kind == "city"}
    airports: dict[str, Place] = {}
    for e in incident.elements:
        if e.place.stands_for_its_airport:
            # ("bound for Maui", "from Barbados"): the island's or country's likeliest airport, on it
            airport = _airport_on(e.place, gazetteer)
            if airport is not None:
                airports[e.place.key] = airport
            continue
        # (nor, farther than a town's own airport lies, another city's the sources name: a landing "near
        # Strathmore" is not at Calgary International, 45 km off, where the flight had set out)
        # (nor the other end's airport: a helicopter "took off from Sondrio-Caiolo airport bound for
        # Livigno", 43 km off, lands at the town)
        ends = {x.place.key for x in incident.elements if {x.role, e.role} == {"origin", "destination"}}
        found = tuple(a for a in gazetteer.airports_for(e.place) if a.key not in ends and not (
            _folded(a.city) in cities and _folded(a.city) != _folded(e.place.name)
            and a.km_to(e.place) > geometry.SAME_AIRPORT_KM)) if e.place.kind == "city" else ()
        if found:
            stated = {k for ev in e.evidence for k in named_at.get((ev.source, ev.start), ())}
            airports[e.place.key] = next((a for a in found if a.key in free and (
                a.city == e.place.name or a.km_to(e.place) < found[0].km_to(e.place) or a.key in stated)),
                found[0])
    return airports


def _folded(name: str) -> str:  # ("Culiacan", as airportsdata spells the city of Culiacán)
    return "".join(c for c in unicodedata.normalize("NFKD", name.casefold()) if not unicodedata.combining(c))


def _airport_on(area: Place, gazetteer: Gazetteer) -> Place | None:
    west, south, east, north = area.geometry.bounds
    reach = great_circle_km(south, west, north, east) / 2 + 10
    # (an airport on the shore: Kahului, Malta's Luqa; Bahrain's, on Muharraq, 6 km off its outline here)
    shape = area.geometry.buffer(0.1)
    return next((a for a in gazetteer.airports_for(area, reach) if a.iata and shape.contains(Point(a.lon, a.lat))
                 and (a.country == area.country or not area.country)), None)


def refine_online(incident: Story, gazetteer: Any) -> Story:
    """With an online geocoder in front (``--geocoder nominatim``), route places (cities and
    airports) take its coordinates where it agrees with the offline reading. One request per
    distinct name; the geocoder caches, rate-limits, and falls back (``None``) on its own."""
    geocode = getattr(gazetteer, "geocode", None)
    if geocode is None:
        return incident
    answers: dict[str, tuple[Place, ...]] = {}
    elements = []
    for e in incident.elements:
        limit = ONLINE_AGREES_KM.get(e.place.kind)
        if limit is not None:
            if e.place.name not in answers:
                answers[e.place.name] = geocode(e.place.name) or ()
            online = next((p for p in answers[e.place.name]
                           if p.kind == e.place.kind and p.km_to(e.place) <= limit), None)
            if online is not None:
                e = replace(e, place=replace(e.place, lat=online.lat, lon=online.lon))
        elements.append(e)
    return replace(incident, elements=tuple(elements))
