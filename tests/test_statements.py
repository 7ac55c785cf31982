"""Route statements and their merge into a story, on text the project writes."""

import pytest
from fakes import FakeGazetteer

from geoviz.mentions import MentionFinder
from geoviz.model import Document, Source
from geoviz.statements import extract_statements, parse_bearing, parse_number
from geoviz.story import merge
from geoviz.text import split_sentences


def doc(text: str, name: str = "a.txt") -> Document:
    source = Source(name, name, text, title=text.splitlines()[0])
    sentences = split_sentences(source)
    mentions = MentionFinder(FakeGazetteer()).find(text, sentences)
    return Document(source, mentions, extract_statements(sentences, mentions))


def roles(d: Document) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for s in d.statements:
        out.setdefault(s.role, []).append(s.place.name)
    return out


def test_from_to_with_country_qualifiers():
    d = doc("The airliner, flying from Lyon, France to Oslo, was diverted to Hamburg, Germany.")
    assert roles(d) == {"origin": ["Lyon"], "destination": ["Oslo"], "diversion": ["Hamburg"]}
    for s in d.statements:
        assert d.source.text[s.evidence.start : s.evidence.end] == s.evidence.text


@pytest.mark.parametrize("sentence", [
    "The jet crashed about five kilometres north of Hamburg.",
    "Wreckage was found 5 km (3 miles) north of the city of Hamburg after the jet crashed.",
])
def test_crash_distance_and_bearing(sentence):
    (crash,) = [s for s in doc(sentence).statements if s.role == "crash_site"]
    assert crash.place.name == "Hamburg"
    assert crash.distance_km == pytest.approx(5.0)
    assert crash.bearing_deg == 0.0


def test_crash_while_landing_is_at_the_airport():
    crash, approach = doc("The plane crashed while attempting to land in Hamburg.").statements
    assert (crash.role, crash.place.name, crash.at_airport) == ("crash_site", "Hamburg", True)
    # where it was landing: the destination when no other is stated
    assert (approach.role, approach.place.name) == ("approach", "Hamburg")


def test_other_incident_sentences_state_nothing():
    d = doc("Its only other accident happened in 2007 when a jet crashed near Bremen.")
    assert d.statements == ()


def test_related_event_and_overflown_sea():
    d = doc("A drone was intercepted near Bremen. The jet flew across the North Sea towards Oslo.")
    r = roles(d)
    assert r["event"] == ["Bremen"]
    assert r["overflown"] == ["North Sea"]


def test_negated_landing_is_not_a_diversion():
    d = doc("The crew was denied an emergency landing in Hamburg and was bound for Oslo.")
    assert "diversion" not in roles(d)
    assert roles(d)["destination"] == ["Oslo"]


def test_organisation_and_demonym_are_not_places():
    d = doc("Hamburg Airlines said German investigators were flying from Lyon to Oslo.")
    places = [(m.text, m.usage) for m in d.mentions]
    assert ("Hamburg", "place") not in places
    assert ("German", "demonym") in places


def test_qualifier_resolves_ambiguous_name():
    d = doc("The jet left Paris, Texas, for Oslo.")
    paris = next(m for m in d.mentions if m.text == "Paris")
    assert paris.place.country == "US"
    d = doc("The jet left Paris for Oslo.")
    assert next(m for m in d.mentions if m.text == "Paris").place.country == "FR"


def test_story_keeps_best_supported_place_and_lists_others():
    a = doc("The jet was diverted to Hamburg and crashed near Hamburg.", "a.txt")
    b = doc("The jet was diverted to Hamburg.", "b.txt")
    c = doc("The jet was diverted to Bremen.", "c.txt")
    story = merge([a, b, c])
    diversion = story.element("diversion")
    assert diversion.place.name == "Hamburg"
    assert diversion.sources == ("a.txt", "b.txt")
    assert [alt.place.name for alt in diversion.alternatives] == ["Bremen"]
    assert story.element("origin") is None  # nothing stated: nothing guessed


def test_numbers_and_bearings():
    assert parse_number("1,200") == 1200
    assert parse_number("three") == 3
    assert parse_number("twenty-five") == 25
    assert parse_bearing("north-east") == 45.0
    assert parse_bearing("northeast") == 45.0
    assert parse_bearing("west") == 270.0


@pytest.mark.parametrize("text, expected", [
    ("El avión, que volaba de Lyon a Oslo, fue desviado a Hamburgo.", {"origin": "Lyon", "destination": "Oslo"}),
    ("L'avion reliait Lyon à Oslo et s'est écrasé près de Brême.", {"origin": "Lyon", "destination": "Oslo"}),
    ("O avião, com destino a Oslo, caiu perto de Bremen.", {"destination": "Oslo", "crash_site": "Bremen"}),
    ("L'avion s'est écrasé à une centaine de kilomètres au nord de Hamburg.", {"crash_site": "Hamburg"}),
])
def test_romance_language_patterns(text, expected):
    got = {s.role: s.place.name for s in doc(text).statements}
    for role, name in expected.items():
        assert got.get(role) == name


def test_distance_from_the_airport_refers_to_the_landing_place():
    d = doc("The jet was diverted to Hamburg. It crashed 12 nautical miles south of the airport.")
    (crash,) = [s for s in d.statements if s.role == "crash_site"]
    assert crash.place.name == "Hamburg" and crash.at_airport
    assert crash.distance_km == pytest.approx(12 * 1.852)
    assert crash.bearing_deg == 180.0
    assert crash.evidence.text == "It crashed 12 nautical miles south of the airport."


def test_turning_back_to_the_origin_is_a_diversion_there():
    story = merge([doc("The jet flying from Lyon to Oslo turned back to Lyon after an engine failed.")])
    assert story.element("diversion").place.name == "Lyon"
    assert story.element("destination").place.name == "Oslo"


def test_distance_from_the_capital_named_earlier_in_the_sentence():
    d = doc("The jet took off from Oslo and crashed into the North Sea about 30 km west of the capital.")
    crash = [s for s in d.statements if s.role == "crash_site" and s.distance_km]
    assert [(s.place.name, s.distance_km, s.bearing_deg) for s in crash] == [("Oslo", 30.0, 270.0)]


def test_crash_shortly_after_takeoff_is_at_the_departure_airport():
    d = doc("The jet crashed minutes after takeoff from Bremen, officials said.")
    crash = [s for s in d.statements if s.role == "crash_site"]
    assert [(s.place.name, s.at_airport) for s in crash] == [("Bremen", True)]


def test_round_numbers_in_french_words_are_distances():
    (crash,) = doc("L'avion s'est écrasé à une centaine de kilomètres au nord de Hamburg.").statements
    assert (crash.role, crash.distance_km, crash.bearing_deg) == ("crash_site", 100.0, 0.0)


@pytest.mark.parametrize("text, roles_", [
    # (a flight returns to where it took off: Lyon is also its origin)
    ("The jet headed to Oslo returned to Lyon after an engine fire.",
     {"destination": "Oslo", "diversion": "Lyon", "origin": "Lyon"}),
    ("The crew changed course and headed for Hamburg.", {"diversion": "Hamburg"}),
])
def test_headed_for_is_a_diversion_only_after_a_course_change(text, roles_):
    assert {s.role: s.place.name for s in doc(text).statements} == roles_


def test_near_a_village_with_its_distance_from_a_city_places_the_village():
    d = doc("The jet came down near Bremen, 95 km south-west of Hamburg.")
    assert [(s.place.name, s.distance_km) for s in d.statements if s.role == "crash_site"] == [("Bremen", None)]


def test_scattered_debris_is_not_a_crash_site():
    assert doc("The engine failed, scattering debris over Bremen, and the jet landed safely.").statements == ()


@pytest.mark.parametrize("text, roles_", [
    ("The flight had originated in Lyon.", {"origin": "Lyon"}),
    # (landing there is an approach: the story makes it the destination only where nothing else is)
    ("A jet skidded off the runway while landing at Hamburg.", {"approach": "Hamburg", "crash_site": "Hamburg"}),
    ("A flight to Oslo was forced to return to Lyon.", {"destination": "Oslo", "diversion": "Lyon", "origin": "Lyon"}),
])
def test_more_ways_of_stating_a_route(text, roles_):
    assert {s.role: s.place.name for s in doc(text).statements} == roles_


def test_distances_are_labelled_as_people_write_them():
    from geoviz.model import format_km
    assert [format_km(x) for x in (3.0, 8.047, 1200.0, 2.5)] == ["3 km", "8 km", "1,200 km", "2.5 km"]


def test_other_flights_diverted_are_not_this_flights_diversion():
    d = doc("The jet crashed near Bremen. Incoming flights were diverted to Hamburg.")
    assert "diversion" not in roles(d)


def test_fighters_forcing_the_plane_down_is_still_a_diversion():
    d = doc("Fighter jets forced the plane to land in Hamburg.")
    assert roles(d)["diversion"] == ["Hamburg"]


@pytest.mark.parametrize("sentence", [
    "Last year another of its jets made an emergency landing in Hamburg.",
    "In a separate incident, a jet was diverted to Hamburg.",
])
def test_earlier_or_separate_incidents_state_nothing(sentence):
    assert doc(sentence).statements == ()



def test_a_crash_dated_by_its_take_off_yields_to_a_place_but_not_to_another_date():
    placed = merge([doc("The jet crashed minutes after taking off from Hamburg. It came down near Bremen.")])
    assert placed.element("crash_site").place.name == "Bremen"
    # two sources that only date the crash by different take-offs still give a crash site
    dated = merge([doc("The jet crashed minutes after taking off from Hamburg.", "a.txt"),
                   doc("The jet crashed shortly after takeoff from Bremen.", "b.txt")])
    assert dated.element("crash_site") is not None


def test_a_language_is_spoken_by_two_of_its_words_or_one_in_a_sentence_with_no_english():
    from geoviz.statements import german, romance
    from geoviz.statements.languages import speaks
    assert not speaks(german.LANGUAGE, "two people die after the plane crashed near the town.")
    assert not speaks(romance.LANGUAGE, "what do investigators know about the flight?")
    assert speaks(romance.LANGUAGE, "l'airbus, parti de ouagadougou, a disparu des radars.")
    assert speaks(german.LANGUAGE, "die maschine ist bei celle abgestürzt.")


def test_another_languages_patterns_compile_only_when_used():
    import re

    from geoviz.statements.language import LazyPattern
    lazy = LazyPattern(r"\bvon\s+(?P<a>\w+)", re.IGNORECASE)
    assert lazy._compiled is None
    assert lazy.search("Flug VON Frankfurt")["a"] == "Frankfurt"
    assert [m["a"] for m in lazy.finditer("von A und von B")] == ["A", "B"]
    assert lazy._compiled is not None and lazy.groupindex == {"a": 1}
