"""German: the clear patterns only ("von X nach Y", "nach X umgeleitet", "stürzte bei X ab")."""

from __future__ import annotations

from geoviz.statements.language import PLACE, SLOT, Language, lazy

# ("im kanadischen Gander", "vom Flugplatz Egelsbach": an article, an adjective, a kind of place)
PREFIX = (r"(?:(?:dem|den|der|die|das)\s+)?(?:[a-zäöüß]+(?:en|em|er|es)\s+)?"
          r"(?:(?:Flughafen|Flugplatz|Flugfeld|Fliegerhorst|Militärflugplatz|Regionalflughafen|Verkehrslandeplatz|"
          r"Sonderlandeplatz|Segelfluggelände|Heliport|Hubschrauberlandeplatz|Landeplatz|Euro-?Airport|"
          r"Stadt|Ort|Dorf|Region|Gemeinde|Klinikum|Universitätsklinikum|Universitätsmedizin|Krankenhaus|Klinik)\s+|"
          r"(?:Gemeindegebiet|Gebiet|Raum)\s+(?:von\s+)?)?")  # ("im Gemeindegebiet von Sölden")
FROM_TO = lazy(r"\b(?:von|vom)\s+" + PREFIX + SLOT.format("a") + r"(?:/⟦\d+⟧)?(?:\s+Flughafen)?(?:\s*,[^;]{0,60}?,)?\s+"
               r"(?:auf\s+dem\s+Weg\s+)?(?:nach|zum|zur)\s+" + PREFIX + SLOT.format("b"))
ROLES = (
    ("origin", lazy(r"\b(?P<cue>aus|ab|von|vom)\s+" + PREFIX + PLACE
                          + r"(?=(?:\s+(?:bei|nahe|in)\s+⟦\d+⟧)?\s+(?:kommend|gestartet|abgeflogen))")),
    ("origin", lazy(r"\b(?P<cue>startete\s+in|gestartet\s+in|gestartet\s+von)\s+" + PREFIX + PLACE)),
    # "war von Innsbruck aus zu einem Einsatz gestartet"
    ("origin", lazy(r"\b(?P<cue>von)\s+" + PREFIX + PLACE + r"\s+aus\b(?=[^.]{0,60}?\b(?:gestartet|startete|"
                          r"abgeflogen|geflogen|unterwegs|abgehoben))")),
    # ("eine Lufthansa-Maschine aus München", "ein Kleinflugzeug aus Egelsbach": compounds end in the noun)
    ("origin", lazy(r"(?:\w*[Mm]aschine|\w*[Ff]lugzeug|Flug|Jet|Airbus|Boeing|\w*[Hh]ubschrauber)\s+"
                          r"(?P<cue>aus|von)\s+" + PREFIX + PLACE)),
    ("origin", lazy(r"\b(?P<cue>in|am|vom|auf\s+dem)\s+" + PREFIX + PLACE
                    + r"(?=(?:-[A-ZÄÖÜ][\wäöüß]+)?(?:\s+(?:[\wäöüß-]+|⟦\d+⟧)){0,5}?\s+(?:gestartet|abgehoben|"
                      r"in\s+die\s+Luft\s+gegangen|abgeflogen)\b)")),
    ("origin", lazy(r"\b(?P<cue>(?:nach|beim)\s+(?:dem\s+)?(?:Start|Abflug|Abheben))\s+(?:in|von|vom|aus|ab)\s+"
                          + PREFIX + PLACE)),
    ("destination", lazy(r"\b(?P<cue>auf\s+dem\s+Weg\s+(?:nach|zum|zur)|mit\s+Ziel|Richtung|unterwegs\s+nach|"
                               r"(?:wollte|sollte|wollten|sollten)\s+(?:[\wäöüß-]+\s+){0,6}?(?:nach|zum|zur)|"
                               r"Flug\s+nach|Landeanflug\s+auf)\s+" + PREFIX + PLACE)),
    ("destination", lazy(r"\b(?P<cue>nach|in|auf)\s+" + PREFIX + PLACE
                               + r"(?=\s+(?:fliegen|unterwegs|weiterfliegen|"
                                 r"landen\s+(?:sollte|wollte|wollen|sollen))\b)")),
    # ("konnte wegen Nebels nicht in Bremen landen": where it was bound)
    ("destination", lazy(r"\b(?P<cue>nicht\s+(?:in|auf|am))\s+" + PREFIX + PLACE + r"\s+landen\b")),
    # (the verb last, and the cue with it: "nach München zurückgekehrt" is a return)
    ("diversion", lazy(r"\b(?P<cue>nach|in|im|auf|bei|zum|zur)\s+" + PREFIX + PLACE
                       + r"(?:-(?:[A-ZÄÖÜ][\wäöüß]+|⟦\d+⟧))?\s+"
                             r"(?:\w+\s+){0,2}?"
                             r"(?P<verb>umgeleitet|notlanden|notgelandet|zwischenlanden|zwischengelandet|ausweichen|"
                             r"ausgewichen|zurückkehren|zurückgekehrt)")),
    # "musste am Nachmittag in Nürnberg landen": the verb last
    ("diversion", lazy(r"\b(?P<cue>musste\w*)\b(?:[^.⟦]|⟦\d+⟧){0,70}?\b(?:in|auf|am|nach|bei)\s+" + PREFIX + PLACE
                       + r"\s+(?:\w+\s+){0,2}?(?P<verb>landen|notlanden|zwischenlanden)\b")),
    ("diversion", lazy(r"\b(?P<cue>Notlandung|Sicherheitslandung|kehrte|außerplanmäßig|ungeplant)\s+"
                             r"(?:\w+\s+){0,3}?(?:in|nach|auf)\s+" + PREFIX + PLACE)),
    ("diversion", lazy(r"\b(?:in|im|auf|am|bei)\s+" + PREFIX + PLACE
                       + r"(?:-[A-ZÄÖÜ][\wäöüß]+)?\s+(?:[\wäöüß]+\s+){0,3}?"
                       r"(?P<cue>Sicherheitslandung|Notlandung|Zwischenlandung|Landung\s+außerplanmäßig)\b")),
    ("landed", lazy(r"\b(?P<cue>in|im|auf)\s+" + PREFIX + PLACE + r"(?:-[A-ZÄÖÜ][\wäöüß]+)?\s+(?:\w+\s+){0,2}?"
                          r"gelandet\b")),
    ("landed", lazy(r"\b(?P<cue>landete)\s+(?:\w+\s+){0,3}?(?:in|im|auf)\s+" + PREFIX + PLACE)),
    # (past "kurz nach dem Start in X": the take-off place, not where it came down)
    # (the participle last: "ist in einem Waldstück bei Langen abgestürzt")
    ("crash_site", lazy(r"\b(?:bei|nahe|in|im|über|nahe\s+von|unweit\s+von|in\s+der\s+Nähe\s+von|"
                        r"(?:ober|unter)halb(?:\s+von)?)\s+"
                              + PREFIX + PLACE
                              + r"(?:\s+(?:[\wäöüß]+|⟦\d+⟧)){0,5}?\s+(?P<cue>abgestürzt|gestürzt|abstürzte|verunglückt|"
                              r"zerschellt|aufgeschlagen|zusammengestoßen|zusammengeprallt|kollidiert|"
                              r"explodiert|zerschellte|verunglückte|aufschlug|nieder|niedergegangen|niederging|abstürzte|"
                              r"überschlagen|überschlug)\b")),
    ("crash_site", lazy(r"\b(?P<cue>stürzte|Absturz|abgestürzt|zerschellte|verunglückte|verunglückt|prallte|"
                        r"Bruchlandung|bruchgelandet)\b"
                              r"(?:[^.⟦]|⟦\d+⟧){0,60}?(?<!Start\s)(?<!Abflug\s)"
                              r"\b(?:bei|nahe|in\s+der\s+Nähe\s+von|in|über|im|am|auf|nördlich\s+von|südlich\s+von|"
                              r"östlich\s+von|westlich\s+von)\s+" + PREFIX + PLACE)),
)

BEARINGS = {"nördlich": 0.0, "nordöstlich": 45.0, "östlich": 90.0, "südöstlich": 135.0, "südlich": 180.0,
            "südwestlich": 225.0, "westlich": 270.0, "nordwestlich": 315.0}
# (numbers said in words: "etwa fünf Kilometer südöstlich von X")
WORDS = {w: n for n, w in ((1, "einen"), (1, "einem"), (2, "zwei"), (3, "drei"), (4, "vier"), (5, "fünf"),
                           (6, "sechs"), (7, "sieben"), (8, "acht"), (9, "neun"), (10, "zehn"), (12, "zwölf"),
                           (15, "fünfzehn"), (20, "zwanzig"), (30, "dreißig"), (40, "vierzig"), (50, "fünfzig"))}
# "etwa 10 Kilometer südlich von X", "rund 5 km nordöstlich des Flughafens X"
DISTANCE = lazy(r"\b(?:etwa|rund|circa|ca\.|knapp|gut|nur)?\s*(?:(?P<num>\d{1,4}(?:[.,]\d+)?)|"
                      r"(?i:(?P<word>" + "|".join(WORDS) + r")))\s*"
                      r"(?P<unit>km|Kilometer\w*)"
                      r"\s+(?:(?P<dir>" + "|".join(BEARINGS) + r")\s+)?(?:von|vom|des|der)\s+" + PREFIX + PLACE)
# "kurz nach dem Start in X": the origin, and where it came down when the sentence tells of a crash
TAKEOFF = lazy(r"\b(?P<cue>(?:kurz|wenige\s+Minuten|unmittelbar|gleich)\s+(?:nach\s+dem|beim)\s+"
                     r"(?:Start|Abflug|Abheben))\s+(?:in|von|vom|aus|ab)\s+" + PREFIX + PLACE)

# "ist bei der Landung auf dem Flughafen Sylt über das Ende der Landebahn hinausgerollt": a crash where it landed
RUNWAY_EXCURSION = lazy(r"\b(?P<cue>bei\s+der\s+Landung)\s+(?:auf\s+dem|in|im|am)\s+" + PREFIX + PLACE
                        + r"(?=[^.]{0,80}?\b(?:hinausgerollt|hinausgeschossen|hinausgeschlittert|von\s+der\s+"
                          r"(?:Lande|Start)?bahn\s+abgekommen|über\s+(?:das\s+Ende\s+der\s+)?(?:Lande|Start)?bahn))")

LANGUAGE = Language(
    name="german",
    words=lazy(r"\b(?:der|die|das|dem|den|und|nach|von|vom|im|ist|wurde|bei|mit|ein|eine|einer|einem|aus|"
                     r"musste|auf|sich|nicht|war|hat|als|auch)\b"),
    cues=(r"nach|zum|zur|wollte|sollte|luft|sicherheitslandung|niederging|kilometer|km|bruch|umgeleitet|außerplanmäßig|ungeplant|notland|notgeland|zwischenland|stürz|überschl|landung|gestürzt|absturz|prall|aufgeschlagen|aufschlug|explodiert|nieder|von\s+⟦\d+⟧\s+aus|abgestürzt|zerschell|verunglück|ziel|"
          r"richtung|startete|gestartet|kommend|landeanflug|kehrte|start|abflug|zusammengesto|kollidiert"),
    route_ends=(FROM_TO,),
    route_cue="von … nach",
    roles=ROLES,
    returns=r"kehrte|zurückgekehrt|zurückkehren",
    airports=r"Flughafen|Flugplatz|Verkehrslandeplatz|Landeplatz",
    near_airport=r"\b(?:kurz\s+vor\s+der\s+(?:Lande|Start)?bahn|in\s+der\s+Nähe\s+des\s+(?:Flughafens|Flugplatzes)|"
                 r"neben\s+der\s+(?:Lande|Start)?bahn)\b",
    takeoffs=r"\bstart|abflug",
    takeoff=TAKEOFF,
    runway_excursion=RUNWAY_EXCURSION,
    crashy=lazy(r"stürz|absturz|niederging|niedergegangen|sturzflug|zerschell|verunglück|aufgeschlagen|aufschlag|prall"),
    distance=DISTANCE,
    numbers=WORDS,
    bearings=BEARINGS,
    # "kehrte kurz nach dem Start um", "musste umkehren" (not "kehrte um 14 Uhr zurück")
    turn_back=lazy(r"\b(?:kehrte\s+(?:[\wäöüß]+\s+){0,5}?um\b(?!\s+\d)|umkehren|umgekehrt|"
                         r"zum\s+(?:Start|Abflug|Ausgangs)flughafen\s+zurück)"),
)
