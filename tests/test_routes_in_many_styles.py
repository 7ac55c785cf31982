"""Whole route readings on short reports the project writes, in several styles and languages,
against the real offline gazetteer: each role where the text puts it, and nothing it does not state."""

import math

import pytest

from geoviz.model import Source
from geoviz.pipeline import build_map


def km(a, b):
    (lat1, lon1), (lat2, lon2) = a, b
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def points(text: str) -> dict[str, tuple[float, float]]:
    incident = build_map([Source("r.txt", "r.txt", text)])
    return {f.role: (f.geometry.y, f.geometry.x) for f in incident.features
            if f.role in ("origin", "destination", "diversion", "crash_site")}


CASES = [
    # a collision on approach, ending in a river by the destination airport
    ("A regional jet carrying 40 people from Omaha, Nebraska, collided with a small plane as it approached "
     "Ronald Reagan Washington National Airport, sending both aircraft into the Potomac River.",
     {"origin": (41.26, -95.94), "destination": (38.85, -77.04), "crash_site": (38.86, -77.04)}),
    # a turn-back that was only asked for is not a diversion
    ("The airliner bound for Nairobi crashed near Bishoftu minutes after leaving Addis Ababa. The captain had "
     "asked to return to Addis Ababa.",
     {"origin": (8.98, 38.80), "destination": (-1.32, 36.93), "crash_site": (8.75, 38.98)}),
    # a ground collision while landing: the crash site is the airport
    ("The jet burst into flames after colliding with a fuel truck while landing at Narita International "
     "Airport, after a flight from Manila.",
     {"origin": (14.51, 121.02), "destination": (35.76, 140.39), "crash_site": (35.76, 140.39)}),
    # Spanish: the named town, not the city the distance is measured from
    ("Un avión que volaba de Cascavel a Guarulhos se estrelló en Vinhedo, a unos 80 kilómetros de São Paulo.",
     {"origin": (-25.0, -53.5), "destination": (-23.44, -46.47), "crash_site": (-23.03, -46.98)}),
    # French: a few kilometres from an airport
    ("L'avion, qui reliait Katmandou à Pokhara, s'est écrasé dimanche à quelques kilomètres de l'aéroport "
     "de Pokhara.",
     {"origin": (27.70, 85.36), "destination": (28.20, 83.98), "crash_site": (28.20, 83.98)}),
    # German
    ("Die Maschine auf dem Weg von Frankfurt nach Singapur wurde wegen eines Notfalls nach Istanbul umgeleitet.",
     {"origin": (50.03, 8.54), "destination": (1.35, 103.99), "diversion": (40.9, 29.3)}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_routes_in_many_styles(text, expected):
    got = points(text)
    assert set(got) == set(expected)
    for role, where in expected.items():
        assert km(got[role], where) < 15, (role, got[role])
