"""Whether a name found in the gazetteer stands for a place here, not a person, firm or common word."""

from __future__ import annotations

import re
from collections.abc import Mapping

from geoviz.mentions.cues import (
    AIRCRAFT_AFTER,
    AIRLINE_AFTER,
    AIRPORT_AFTER,
    AIRPORT_BEFORE,
    AIRPORT_WORD,
    ARTICLE_BEFORE,
    CAP_AFTER,
    CAP_BEFORE,
    COMMA_AFTER,
    COMPASS_BEFORE,
    COUNTY_AFTER,
    DATELINE_AFTER,
    FLIGHT_CONTEXT,
    GERMAN_ARTICLE_BEFORE,
    INITIALS,
    LOCATIVE,
    MODEL_NUMBER_AFTER,
    NAME_BEFORE,
    NAMED_AIRPORT_BEFORE,
    NO_WORDS,
    NOUN_ARTICLE_BEFORE,
    OWNER_BEFORE,
    QUALIFIED,
    ROUTE_BEFORE,
    SECOND_END,
    SETTLEMENT_BEFORE,
    WORD_AFTER,
    WORD_BEFORE_DOT,
)
from geoviz.mentions.inflection import CYRILLIC, CYRILLIC_COUNTRIES
from geoviz.mentions.names import called_place, fold, own_name, province_named
from geoviz.mentions.spans import Span
from geoviz.mentions.vocabulary import (
    COMMON,
    FACILITIES,
    FEATURE_AFTER,
    FUNCTION_WORDS,
    NOT_PLACE_AFTER,
    ORG_AFTER,
    ORG_BEFORE,
    ORG_NOUNS,
    PLACE_KINDS_BEFORE,
    PLACE_WORDS,
    TITLES,
)
from geoviz.model import Place


def surnames_in(text: str, chosen: list[Span], found: dict) -> set[str]:
    """Single names that follow a first name or a title somewhere in the text ("Barack Obama",
    "President Obama", "Dr. Campbell"): a person's name throughout (one sense per discourse),
    unless the name is a country or a major place."""
    out: set[str] = set()
    for sp in chosen:
        surface = text[sp.start : sp.end]
        if " " in surface or surface in out:
            continue
        if not minor(found[surface]):
            continue
        if _SPEAKS.match(text, sp.end):
            out.add(surface)  # "Franklin said": towns do not speak
            continue
        before = WORD_BEFORE_DOT.search(text[max(0, sp.start - 25) : sp.start])
        if not before:
            continue
        word = before.group(1)
        title = word.lower() in TITLES
        at = before.start(1) + max(0, sp.start - 25)
        first_name = (word.lower() not in COMMON and word.lower() not in ORG_AFTER and word not in found
                      and word.lower() not in PLACE_KINDS_BEFORE
                      and at > sp.sentence.start
                      and not NOUN_ARTICLE_BEFORE.search(text, max(0, at - 8), at))  # ("der Stadt Aktau")
        if title or first_name:
            out.add(surface)
    # (not a name the text also puts a flight or a thing at: "ABC Radio Adelaide" and "diverted to
    # Adelaide")
    return {name for name in out if not any(text[sp.start : sp.end] == name and _AT_PLACE.search(
        text, max(0, sp.start - 12), sp.start) for sp in chosen)}


_AT_PLACE = re.compile(r"\b(?:in|(?<!according\s)to|into|from|near|at|outside|bei|nahe|von|nach|vom|à|près\s+de|"
                       r"cerca\s+de|perto\s+de|en|em|w|z|ze|do|pod|koło|в|из|под|у|di|ke|dari|dekat|menuju)\s+$",
                       re.IGNORECASE)


def minor(places: tuple[Place, ...], areas: tuple[str, ...] = ("country", "admin1", "continent")) -> bool:
    """No major place and none of ``areas`` among the readings: a name that is a person's or an
    organisation's once may well be so throughout."""
    return max(p.rank for p in places) < 0.75 and not any(p.kind in areas for p in places)


_SPEAKS = re.compile(r"[ \t]+(?:said|says|told|added|noted|explained|stated|wrote|argued|warned|insisted|"
                     r"recalled|acknowledged|admitted|declared|asked)\b")


def lowercase_words(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"\b[a-zа-яё][a-zа-яё'-]+\b", text))


_LONGER_SPANISH_NAME = re.compile(r"\s+(?:del|de\s+la|de\s+las|de\s+los|di)\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+")
# Words that make a place's name only after another name ("Denali National Park", "Lake District")
_GENERIC_WORDS = frozenset("""national park parks lake lakes river forest reserve valley mountain mountains hills
    island islands bay beach falls springs creek port station junction heights village city airport field""".split())
# "avait décollé de Kuujjuaq", "despegó desde X": where a flight set out (not "un avión de Iberia")
_TOOK_OFF_FROM = re.compile(r"\b(?:décoll\w*|decol\w*|descol\w*|despeg\w*|took\s+off|taken\s+off|taking\s+off|"
                            r"parti[es]{0,2}|lifted\s+off|vertrok\w*|opgestegen|gestartet|startete)\s+(?:from|de|d['’]|du|desde|do|da|"
                            r"del|von|vom|van|vanaf|vanuit|in)\s+$", re.IGNORECASE)
# ("am Salzburger Flughafen": a town's adjective before its airport, not a noun after its article)
# ("Bornholms Lufthavn", "Københavns Havn": a Danish town's airport or harbour, the town in the genitive)
_AIRPORT_NOUN_AFTER = re.compile(r"\s+(?:Flughafen|Flugplatz|Lufthavn|Havn|Hamn|Flygplats)\b")
# "a mile south of Eastbourne Pier", "below Harlech Castle": a town's landmark, by the town
_LANDMARK_AFTER = re.compile(r"\s+(?:Pier|Castle|Lighthouse|Marina|Quay|Promenade|Seafront)\b")
# "Letterkenny University Hospital", "Cavan General Hospital": a town's hospital, in the town
_HOSPITAL_AFTER = re.compile(r"\s+(?:(?:University|General|Regional|District|County|Royal|Community|"
                             r"Base|Public|Teaching)\s+)+(?:Hospital|Infirmary)\b")
_ROUTE_PAIR_BEFORE = re.compile(r"\bfrom\s+(?:[A-Z][\w'’.-]*\s+){1,3}to\s+$|" + SECOND_END + "$")
_AREA_AFTER = re.compile(r"\s*(?:,|\()\s*([A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+){0,2})")
_TWO_NAMES = re.compile(r"[A-Z][\w]+-[A-Z][\w]+")
# "the Valley of Geysers", "the Bay of Pigs": the first word of a longer name the gazetteer lacks
_OF_NAME_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_FEATURE_AFTER = re.compile(r"(?:['’]s)?[ \t]+([A-Z][A-Za-z]+)\b")
_LANDFORM_AFTER = re.compile(r"[ \t]+(?:peninsula|mountains|hills|range|valley|plateau|desert|forest|glacier|"
                             r"volcano|archipelago|lagoon|delta)\b")
_INITIAL_AFTER = re.compile(r"[ \t]+[A-Z]\.[ \t]+[A-Z]")
_ORG_RUN = re.compile(r"(?:[ \t]+[A-Z][a-z]+){1,2}[ \t]+(?:Club|Society|School|College|University|Academy|"
                      r"Association|Institute)\b(?![ \t]+[A-Z])")  # (not "Santa Ana Unified School District")
_FEATURE_RUN = re.compile(r"(?:[ \t]+[A-Z][a-z]+){1,2}[ \t]+([A-Z][a-z]+)\b")


def in_institution_name(text: str, sp: Span) -> bool:
    """The name begins an institution's: "the London Gliding Club", "the Moscow Aviation Institute"
    (elsewhere the name may well be the place: "Michigan State University" and Michigan)."""
    return bool(_ORG_RUN.match(text, sp.end, sp.end + 40))


_PAPER_AFTER = re.compile(r"[ \t]+(?:Daily[ \t]+)?(?:News|Times|Post|Journal|Herald|Tribune|Telegraph|Gazette|Guardian|"
                          r"Star|Globe|Chronicle|Mail|Press|Courier|Observer|Examiner|Register|Record|Sun|Bee|"
                          r"Inquirer|Dispatch|Advertiser|Standard|Independent|Enquirer)\b")


def names_a_paper(text: str, sp: Span) -> bool:
    """The name begins a newspaper's ("the Denver Post", "the Anchorage Daily News")."""
    return bool(_PAPER_AFTER.match(text, sp.end, sp.end + 30))


def is_organisation(text: str, sp: Span) -> bool:
    if text[max(0, sp.start - 2) : sp.start] == "& " or text[sp.end : sp.end + 2] == " &":
        return True  # "Pratt & Whitney", "Johnson & Johnson"
    after = WORD_AFTER.match(text[sp.end : sp.end + 30])
    if after and AIRPORT_AFTER.match(text, sp.end, sp.end + 30):
        return False  # ("Tateyama Air Base" is no airline "Tateyama Air")
    if after and (after.group(1).lower() in NOT_PLACE_AFTER
                  or (after.group(1)[0].isupper() and after.group(1).lower() in ORG_AFTER)):
        return True
    before = CAP_BEFORE.search(text[max(0, sp.start - 20) : sp.start])
    if before and before.group(1) == "Air" and after and after.group(1).lower() in ("flight", "flights") \
            and _NAMED_BEFORE_AIR.search(text, max(0, sp.start - 40), sp.start):
        # ("Korean Air Tashkent flight", "Summit Air Lukla flight": where the airline flew; not "Air Astana")
        return False
    return bool(before and before.group(1).lower() in ORG_BEFORE)


_NAMED_BEFORE_AIR = re.compile(r"[A-Z][\w-]+[ \t]+Air[ \t]+$")


def plausible(text: str, sp: Span, surface: str, places: tuple[Place, ...], lowered,
               known: Mapping[str, tuple[Place, ...]] | None = None) -> bool:
    if not places:
        return False
    feature = _FEATURE_AFTER.match(text, sp.end, sp.end + 30)
    if (feature and feature.group(1).lower() in FEATURE_AFTER) or surface.lower() in FEATURE_AFTER:
        return False
    land = _LANDFORM_AFTER.match(text, sp.end, sp.end + 20)
    if land and places[0].kind == "city" and places[0].rank < 0.6:
        return False  # "the Noto peninsula" (a landform the gazetteer lacks) is no small town called Noto
    run = _FEATURE_RUN.match(text, sp.end, sp.end + 40)
    if run and run.group(1).lower() in FEATURE_AFTER and places[0].rank < 0.7:
        return False  # "the George Washington Bridge": a feature named after someone, not George (South Africa)
    words = surface.split()
    best = places[0].rank
    if COUNTY_AFTER.match(text, sp.end, sp.end + 12) and not (places[0].kind == "city" and best >= 0.6):
        return False  # "El Dorado County" (no counties here): only a city of note it is named after
    if (len(surface) <= 3 and surface.isupper()) or INITIALS.fullmatch(surface.rstrip(".")):
        # "US", "UK", "NSW": only as written in capitals, and never a town's code.
        return any(p.kind in ("country", "admin1", "continent") for p in places)
    if places[0].kind == "airport" and AIRPORT_WORD.search(surface) and sum(p.kind == "airport" for p in places) > 1:
        before = NAME_BEFORE.search(text, max(0, sp.start - 25), sp.start)
        if before and before.group(1).lower() not in FUNCTION_WORDS and not (known or {}).get(before.group(1)):
            return False  # "Jolly Grant Airport" (Dehradun's) is none of the airfields called Grant Airport
    if places[0].kind == "airport" and not places[0].iata and not AIRPORT_WORD.search(surface) and not (
            ROUTE_BEFORE.search(text, max(0, sp.start - 30), sp.start) and (" " in surface or "-" in surface)) \
            and not (" " in surface and AIRPORT_AFTER.match(text, sp.end, sp.end + 30)) \
            and not NAMED_AIRPORT_BEFORE.search(text, max(0, sp.start - 50), sp.start):
        return False  # "Natural Selection" is a minor airstrip's name and a phrase (not "para Campo de Marte",
        # nor "the base at North Weald Airfield")
    hyphen_after = text[sp.end : sp.end + 1] == "-"
    if places[0].kind == "city" and max(p.rank for p in places[:10]) < 0.45 and not any(
            own_name(p, surface, hyphen_after) for p in places[:10]) and not QUALIFIED.match(text, sp.end) \
            and not (CYRILLIC.search(surface) and places[0].country in CYRILLIC_COUNTRIES) \
            and not (LOCATIVE.search(text, max(0, sp.start - 40), sp.start) and province_named(places, known)) \
            and not SETTLEMENT_BEFORE.search(text, max(0, sp.start - 20), sp.start):
        # only a small town's alternate name ("Black Hawk" for Janesville), unqualified; but "near
        # Varzaqan" (GeoNames: Varazqān) where the text names the town's province, and "the village of
        # Baikit" (GeoNames: Baykit)
        return False
    if best < 0.6 and " " not in surface and _OF_NAME_AFTER.match(text, sp.end, sp.end + 12) \
            and _THE_BEFORE.search(text, max(0, sp.start - 5), sp.start):
        return False  # "the Valley of Geysers" is no town called Valley
    if best < 0.6 and _LONGER_SPANISH_NAME.match(text, sp.end, sp.end + 30):
        return False  # "Laguna del Sauce", "Pampa de la Isla": the first word of a longer name the gazetteer lacks
    if best < 0.75 and _INITIAL_AFTER.match(text, sp.end, sp.end + 8):
        return False  # "Eugene F. Correia International Airport", "John F. Kennedy": a person's first name
    if best < 0.6 and AIRCRAFT_AFTER.match(text, sp.end, sp.end + 30):
        return False  # "an Army Black Hawk helicopter": the aircraft, not a town's other name
    if places[0].kind in ("city", "airport", "admin1") and MODEL_NUMBER_AFTER.match(text, sp.end, sp.end + 12) \
            and ARTICLE_BEFORE.search(text, max(0, sp.start - 8), sp.start):
        return False  # "le Falcon 50", "a Citation 500": an aircraft type with its model number
    after = WORD_AFTER.match(text, sp.end, sp.end + 30)
    if after and after.group(1) in ORG_NOUNS and best < 0.6:
        return False  # "owned by the Tata group": a company, not Tata in Hungary
    if places[0].kind in ("admin1", "region") and AIRLINE_AFTER.match(text, sp.end, sp.end + 30):
        return False  # "a Delta flight", "an Alaska jet": the airline, not a state or a river delta
    owner = OWNER_BEFORE.search(text, max(0, sp.start - 25), sp.start)
    if owner and not (known or {}).get(owner.group(1)) and " " not in surface and best < 0.6:
        return False  # "Peggy's Cove", "Martha's Vineyard": part of a name the gazetteer lacks
    if places[0].kind == "country" and COMPASS_BEFORE.search(text, max(0, sp.start - 12), sp.start):
        return False  # "East Azerbaijan" (a province of Iran) is not Azerbaijan; known names are longer
    if (AIRPORT_BEFORE.search(text, max(0, sp.start - 25), sp.start)
            or NAMED_AIRPORT_BEFORE.search(text, max(0, sp.start - 50), sp.start)) \
            and any(p.kind == "airport" for p in places[:10]):
        return True  # "l'aeroporto di Linate", "Flughafen Tegel": named as an airport
    key = fold(surface)
    if len(surface) <= 3 and not surface.isupper() and not any(fold(p.name) == key for p in places[:10]):
        return False  # "Er" (German: he) is an alternate name of Hyères, "Hang" a noun, not Hangzhou
    if GERMAN_ARTICLE_BEFORE.search(text, max(0, sp.start - 8), sp.start) \
            and not any(fold(p.name) == key for p in places[:3]) and not _AIRPORT_NOUN_AFTER.match(text, sp.end):
        return False  # "gegen einen Hang", "in einem Wald": a German noun after its article
    if places[0].kind == "airport" and places[0].iata and best >= 0.4 and surface.lower() not in COMMON \
            and not in_longer_name(text, sp) and FLIGHT_CONTEXT.search(sp.sentence.text):
        return True  # an airport called by its own name where the sentence is about flying ("retornar a Viracopos")
    if len(words) > 1 and best < 0.6 and CAP_AFTER.match(text[sp.end : sp.end + 3]) \
            and not QUALIFIED.match(text, sp.end) and not AIRPORT_AFTER.match(text, sp.end, sp.end + 30):
        return False  # "South West England": part of a longer name, not Singapore's South West district
    if len(words) > 1 and best < 0.6:
        before = NAME_BEFORE.search(text, max(0, sp.start - 25), sp.start)
        owner = (known or {}).get(before.group(1), ()) if before else ()
        if owner and owner[0].rank >= 0.5 and before.group(1).lower() not in COMMON \
                and text[before.end(1) : sp.start] == " ":
            return False  # "the Nairobi National Park": a longer name after a place's, not National Park, NJ
    if len(words) > 1 and best < 0.6 and all(w.lower() in _GENERIC_WORDS for w in words):
        before = NAME_BEFORE.search(text, max(0, sp.start - 25), sp.start)
        if before and before.group(1).lower() not in COMMON and text[before.end(1) : sp.start] == " ":
            return False  # "Denali National Park", "Kruger National Park": not National Park, New Jersey
    if len(words) > 1:
        # "Red Cross", "White House": hamlets' names that are far more often something else.
        return best >= 0.35 or bool(LOCATIVE.search(text[max(0, sp.start - 40) : sp.start])) or (
            places[0].kind == "airport" and bool(ROUTE_BEFORE.search(text, max(0, sp.start - 30), sp.start)))
    word = surface.lower()
    sentence_start = sp.start == sp.sentence.start or bool(
        NO_WORDS.fullmatch(text[sp.sentence.start : sp.start])
    )
    if word in COMMON and not (best >= 0.6 and places[0].kind == "city"
                               and LOCATIVE.search(text, max(0, sp.start - 40), sp.start)) \
            and not (best >= 0.5 and places[0].kind == "city"
                     and _ROUTE_PAIR_BEFORE.search(text, max(0, sp.start - 60), sp.start)):
        return False  # (but "à Nice", "in Reading": a city where the text puts something; "from Munich to
        # Split", a smaller one at a route's end)
    if surface.isupper() and len(surface) > 3:
        # Datelines: "VILNIUS, May 23", "RIO DE JANEIRO (Reuters)", where a line or sentence
        # begins; other capitals are acronyms ("El avión de LAMIA, que …").
        line_start = NO_WORDS.fullmatch(text[text.rfind("\n", 0, sp.start) + 1 : sp.start])
        return bool(DATELINE_AFTER.match(text[sp.end : sp.end + 3])) and best >= 0.4 and bool(
            sentence_start or line_start)
    if word in lowered and best < 0.6:
        return False  # "the police", "a mobile phone": the word is common in this very text
    # A minor name glued to another capitalised word is usually part of a person's name
    # ("Gary Kelly", "Anita Anand"); titles before a place ("Ontario Premier") do not count.
    # (not "Tateyama Air Base": the town's)
    followed = CAP_AFTER.match(text[sp.end : sp.end + 3]) and not (
        places[0].kind in ("city", "airport") and (AIRPORT_AFTER.match(text, sp.end, sp.end + 30)
                                                    or _AIRPORT_NOUN_AFTER.match(text, sp.end))) \
        and not _RUSSIAN_DISTRICT_AFTER.match(text, sp.end, sp.end + 40) \
        and not (places[0].kind == "city" and (_HOSPITAL_AFTER.match(text, sp.end, sp.end + 40)
                                               or _LANDMARK_AFTER.match(text, sp.end, sp.end + 12)))
    before = NAME_BEFORE.search(text[max(0, sp.start - 25) : sp.start])
    at = max(0, sp.start - 25) + before.start(1) if before else 0
    preceded = before is not None and before.group(1).lower() not in COMMON \
        and before.group(1).lower() not in FACILITIES \
        and not NOUN_ARTICLE_BEFORE.search(text, max(0, at - 8), at)  # ("der Stadt Aktau": a noun)
    if preceded and not sentence_start and best < 0.75 and not COMMA_AFTER.match(text[sp.end : sp.end + 2]):
        return False
    # Ranks grow by about 0.11 per tenfold population: 0.45 is a town of ~10,000 people.
    if followed and best < 0.6:
        return False
    if followed and best < 0.75 and not any(p.kind in ("country", "continent") for p in places[:3]):
        # "George Shultz", "Vladimir Putin": a first name before a surname, not a city before a
        # place or the kind of place it is ("Houston Intercontinental", "Anchorage Bay")
        after = WORD_AFTER.match(text, sp.end, sp.end + 30)
        word = after.group(1) if after else ""
        low = re.split(r"['’]", word.lower())[0]  # ("Havalimanı'ndan": Turkish ends follow an apostrophe)
        if word and not called_place(word, (known or {}).get(word, ())) and low not in COMMON \
                and low not in PLACE_WORDS and low not in TITLES:
            return False
    if sentence_start and best < 0.5:
        return False
    # ("Jayapura-Sentani Airport": a city and its airport's town, as airports are called, is the airport;
    # "despegó del aeródromo de Rurrenabaque": a town of some size named as its airfield's, not a hamlet
    # in Italy for "o aeródromo de Tires, em Cascais"; "avait décollé de Kuujjuaq": where a flight went)
    return best >= 0.48 or bool(LOCATIVE.search(text[max(0, sp.start - 60) : sp.start])) \
        or bool(SETTLEMENT_BEFORE.search(text, max(0, sp.start - 20), sp.start)) \
        or (best >= 0.4 and bool(AIRPORT_BEFORE.search(text, max(0, sp.start - 25), sp.start))) \
        or (best >= 0.35 and bool(_TOOK_OFF_FROM.search(text, max(0, sp.start - 30), sp.start))) \
        or (places[0].kind == "airport" and bool(places[0].iata) and bool(_TWO_NAMES.fullmatch(surface))) \
        or _in_named_area(text, sp, places, known or {}) \
        or (best >= 0.3 and _route_pair_end(text, sp)) \
        or (best >= 0.3 and bool(_TURKISH_TOWN_AFTER.match(text, sp.end)))


# "İncesu ilçesine", "Medine kentinden": a town, then the Turkish word for what it is, with its ending
_TURKISH_TOWN_AFTER = re.compile(r"\s+(?:ilçe|kent|şehr|köy|belde|kasaba)(?:si|i|ü)n?\w*")


# "в Чумикан Тугуро-Чумиканского района": a village, then its district
_RUSSIAN_DISTRICT_AFTER = re.compile(r"\s+[А-ЯЁ][а-яё-]+(?:ого|ей|ом)\s+(?:района|области|края|округа|улуса)\b")
# "рейс Анадырь — Певек", "the Nuuk-Kulusuk flight": two towns joined by a dash as a flight's route
_ROUTE_NAMED_BEFORE = re.compile(r"\b(?:рейс\w*|маршрут\w*|flight|route|service|vuelo|voo|vol|volo|Flug|ruta|rota)"
                                 r"\s+(?:\w+\s+){0,2}?$", re.IGNORECASE)
_DASHED_NAME_BEFORE = re.compile(r"[A-ZА-ЯЁ][\w'’.-]*(?:\s+[A-ZА-ЯЁ][\w'’.-]*){0,2}\s*[-–—]\s*$")
_DASHED_NAME_AFTER = re.compile(r"\s*[-–—]\s*[A-ZА-ЯЁ]")
_ROUTE_WORD_AFTER = re.compile(r"\s+(?:flights?|route|service|leg)\b")
_ROUTE_NAMED_AFTER = re.compile(r"\s*[-–—]\s*[A-ZА-ЯЁ][\w'’.-]*(?:\s+[A-ZА-ЯЁ][\w'’.-]*){0,2}"
                                + _ROUTE_WORD_AFTER.pattern)


def _route_pair_end(text: str, sp: Span) -> bool:
    """The name is one end of a route written "X — Y" after a flight's word, or before one."""
    first = _DASHED_NAME_AFTER.match(text, sp.end) is not None
    if first:
        return bool(_ROUTE_NAMED_BEFORE.search(text, max(0, sp.start - 40), sp.start)
                    or _ROUTE_NAMED_AFTER.match(text, sp.end, sp.end + 60))
    dashed = _DASHED_NAME_BEFORE.search(text, max(0, sp.start - 50), sp.start)
    return dashed is not None and bool(_ROUTE_NAMED_BEFORE.search(text, max(0, dashed.start() - 40), dashed.start())
                                       or _ROUTE_WORD_AFTER.match(text, sp.end, sp.end + 12))


def _in_named_area(text: str, sp: Span, places: tuple[Place, ...], known: Mapping[str, tuple[Place, ...]]) -> bool:
    """A town with its province or country after it: "Beaulieu-sur-Mer (Alpes-Maritimes)", "Cilaos,
    La Réunion" (the province one of the text's places, in the town's country)."""
    after = _AREA_AFTER.match(text, sp.end, sp.end + 60)
    return after is not None and any(a.kind in ("admin1", "country") and a.country == places[0].country
                                     for a in known.get(after.group(1), ())[:3])


def in_longer_name(text: str, sp: Span) -> bool:
    """The name is part of a longer capitalised one the gazetteer lacks ("Central Plateau",
    "South West England")."""
    before = NAME_BEFORE.search(text, max(0, sp.start - 25), sp.start)
    return bool(before and before.group(1).lower() not in FUNCTION_WORDS) or bool(
        CAP_AFTER.match(text, sp.end, sp.end + 3))
