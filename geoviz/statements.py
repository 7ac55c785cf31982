"""Route statements: what each sentence says about the flight's places.

Each sentence becomes a template in which every place mention is a numbered slot ("from ⟦0⟧ to
⟦1⟧"); qualifiers ("Baku, Azerbaijan") fold into the slot before them. Cue patterns over the
template then give the role of a slot: origin, destination, diversion, crash site, overflown area,
approach, or a related event (a drone intercepted near a place). Distances ("about three kilometres
from", "1,200 km (745 miles) northeast of") and bearings are parsed from the same template.
Sentences about another incident ("its only other accident, in 2007") state nothing of this route.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from geoviz.model import Evidence, Mention, Sentence, Statement

SLOT = "⟦(?P<{0}>\\d+)⟧"
_S = SLOT.format("p")
# "the city of X", "the Aegean coastal city of X", "the Red Sea resort of X": up to three words
# (a place name among them) may describe the kind of place.
_PREFIX = (r"(?:the\s+)?(?:(?:(?:[\w’'-]+|⟦\d+⟧)\s+){0,3}?(?:city|town|village|port|outskirts|coast|shores?|"
           r"capital|region|area|vicinity|skies|airspace|resort|island|islands|province|state|district|"
           r"hub)\s+(?:of|over|near)\s+)?(?:the\s+)?")

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "a few": 3, "several": 5, "dozen": 12, "a dozen": 12,
}
UNITS_KM = {"km": 1.0, "kms": 1.0, "kilometer": 1.0, "kilometers": 1.0, "kilometre": 1.0, "kilometres": 1.0,
            "mile": 1.609344, "miles": 1.609344, "mi": 1.609344, "nautical mile": 1.852,
            "nautical miles": 1.852, "nm": 1.852, "nmi": 1.852, "metres": 0.001, "meters": 0.001, "m": 0.001}
_POINTS = ["north", "north-northeast", "northeast", "east-northeast", "east", "east-southeast", "southeast",
           "south-southeast", "south", "south-southwest", "southwest", "west-southwest", "west",
           "west-northwest", "northwest", "north-northwest"]
BEARINGS = {name: i * 22.5 for i, name in enumerate(_POINTS)}
BEARINGS.update({"n": 0.0, "ne": 45.0, "e": 90.0, "se": 135.0, "s": 180.0, "sw": 225.0, "w": 270.0, "nw": 315.0})

_NUM = (r"(?<![\w.,])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:a\s+)?(?:few|dozen|hundred)|"
        r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
        r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
        r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
        r"seventeen|eighteen|nineteen|several|an?)")
_UNIT = r"(?P<unit>nautical\s+miles?|kilomet(?:er|re)s?|kms?|miles?|mi|nmi|nm|met(?:er|re)s)"
_DIR = (r"(?P<dir>(?:north|south)(?:[- ]?(?:north|south)?[- ]?(?:east|west))?|east|west|"
        r"(?:east|west)[- ](?:north|south)[- ]?(?:east|west)|NE|NW|SE|SW|N|S|E|W)")
DISTANCE = re.compile(
    r"(?P<approx>about|approximately|approx\.|some|around|nearly|roughly|almost|just|barely|only|over|"
    r"more\s+than|less\s+than|under|within)?\s*" + _NUM + r"\s*(?:-\s*)?" + _UNIT + r"\b"
    r"(?:\s*\([^)]{0,40}\))?\s*(?:away\s+)?(?:to\s+the\s+)?(?:" + _DIR + r"\s+)?"
    r"(?P<rel>of|from|outside|off|short\s+of|away\s+from|before)\s+"
    r"(?:the\s+)?(?:[A-Za-z’'-]+\s+){0,3}?(?:(?:coast|city|town|village|airport|centre|center|capital|port|shores?)"
    r"\s+(?:of\s+)?)?(?:the\s+)?" + _S,
    re.IGNORECASE,
)
# Every cue word of the patterns below, to skip the many sentences that state no route at once.
_ANY_CUE = re.compile(
    r"\b(?:from|bound|route|way|destin|head|fl[yi]|flew|travel|planned|scheduled|due|expected|approach|land|"
    r"left|depart|leaving|took|taking|takeoff|arriv|originat|return|divert|re-?rout|redirect|forced|"
    r"emergency|unscheduled|precautionary|turned|chang|altered|directed|alternate|crash|went|came|ditch|"
    r"plung|slam|plummet|wreck|debris|fuselage|remains|shot|skid|veer|overran|overshot|drone|uav|missile|intercept|"
    r"downing|fired|attack|strike|explosion|air\s+raid|across|over|cross|above|through|airport|km|kms|"
    r"kilom|quil[oô]m|mil|nautical|nm|met(?:er|re)s|desde|depuis|reli|entre|procedente|proveniente|"
    r"provenance|vindo|partió|despegó|salió|décoll|saiu|decolou|partiu|rumbo|desvi|dérout|détourn|redirig|"
    r"aterriz|atterri|pouso|aterrissa|estrell|precipit|cayó|écras|abîm|caiu|restos|épave|débris|destroços|"
    r"nach|umgeleitet|notland|notgeland|zwischenland|stürz|absturz|abgestürzt|zerschell|verunglück|ziel|"
    r"richtung|startete|gestartet|kommend|landeanflug|kehrte|start|abflug|partit|decoll|dirett|dirott|"
    r"precipit|schiant|scontr|atterr|rientr|rottami|relitto|parar|pista|piste|frenar|detener|ruta|rota|liaison|"
    r"vuelo|voo|choc|despega|decola|posé|desplom|"
    r"из|вылет|взлет|взлёт|направл|следов|летел|посадк|запасн|разбил|крушени|рухнул|упал|катастроф|обломк|"
    r"километр|км|беспилот|бпла|дрон|ракет|рейс|маршрут)"
    r"|-bound|\b(?:de|d['’]|da|dall['’])\s*(?:\w+\s+){0,2}⟦",
)
_UNIT_QUICK = re.compile(r"\b(?:km|kms|kilomet\w*|miles?|mi|nm|nmi|met(?:er|re)s)\b")

FROM_TO = re.compile(
    r"\bfrom\s+" + _PREFIX + SLOT.format("a") + r"(?:\s+(?:international\s+)?airport)?(?:\s+(?:on|in)\s+⟦\d+⟧)?"
    r"(?:\s*,[^;]{0,60}?,|\s*,)?"
    r"\s*(?:to|for|towards?)\s+" + _PREFIX
    + SLOT.format("b"),
    re.IGNORECASE,
)
_FLIGHT_WORDS = (r"flights?|flying|flew|fly|travel(?:l)?(?:ing|ed)|departed|departing|departure|took\s+off|taken\s+off|"
                 r"(?:plane|jet|airliner|aircraft|airplane|helicopter|Dash[- ]?8|[A-Z]?\d{3}(?:-\d{1,3})?(?:MAX)?)"
                 r"(?=\s+from\b)|"
                 r"taking\s+off|takeoff|left|leaving|arriving|arrived|originat\w*|route|service|returning")
ORIGIN = [
    re.compile(r"\b(?P<cue>" + _FLIGHT_WORDS + r"|carrying)\b[^⟦]{0,40}?\bfrom\s+" + _PREFIX + _S,
               re.IGNORECASE),
    re.compile(r"\b(?P<cue>departed|left|leaving|departing)\s+(?:from\s+)?" + _PREFIX + _S, re.IGNORECASE),
    re.compile(r"\b(?P<cue>originat\w*)\s+(?:in|at|from)\s+" + _PREFIX + _S, re.IGNORECASE),
    re.compile(r"\b(?P<cue>bound\s+for|en\s+route\s+to|heading\s+(?:to|for))\s+⟦\d+⟧\s+from\s+" + _PREFIX + _S,
               re.IGNORECASE),
    re.compile(_S + r"[^.⟦]{0,10},?\s+(?P<cue>from\s+where\s+[^.⟦]{0,20}?(?:took\s+off|departed|left))",
               re.IGNORECASE),
]
# "left Taipei's Songshan airport for the island of Kinmen": from X, for Y.
LEFT_FOR = re.compile(r"\b(?:left|leaving|departed|departing)\s+(?:from\s+)?" + _PREFIX + SLOT.format("a")
                      + r"(?:\s+(?:international\s+)?airport)?\s+(?:bound\s+)?for\s+" + _PREFIX + SLOT.format("b"),
                      re.IGNORECASE)
# "the Baku-Grozny flight", "la ruta Madrid-Las Palmas", "la liaison Sanaa-Moroni": a route
# named by its ends, with a word saying it is one.
_ROUTE_WORD = (r"route|flight|service|leg|connection|ruta|rota|liaison|vol|vuelo|voo|trecho|línea|linha|"
               r"Strecke|Flug|Verbindung|tratta|volo|rotta|collegamento|рейс\w*|маршрут\w*|направлени\w*")
HYPHEN_ROUTE = re.compile(r"(?:\b(?:" + _ROUTE_WORD + r")\s+(?:\w+\s+){0,2}?" + SLOT.format("a") + r"\s*[-–—]\s*"
                          + SLOT.format("b") + r"|" + SLOT.format("c") + r"\s*[-–—]\s*" + SLOT.format("d")
                          + r"\s+(?:" + _ROUTE_WORD + r")\b)", re.IGNORECASE)
DESTINATION = [
    re.compile(r"\b(?P<cue>bound\s+for|en\s+route\s+to|on\s+(?:its|a|the)\s+way\s+to|destined\s+for|"
               r"heading\s+(?:to|for|towards?)|headed\s+(?:to|for|towards?)|flying\s+to|flight\s+to|"
               r"travel(?:l)?ing\s+to|planned\s+route\s+to|scheduled\s+to\s+(?:land|arrive)\s+(?:in|at)|"
               r"due\s+to\s+(?:arrive|land)\s+(?:in|at)|expected\s+to\s+(?:arrive|land)\s+(?:in|at)|"
               r"approach\s+(?:to|into)|approaching|approached|scheduled\s+landing\s+(?:in|at)|"
               r"was\s+landing\s+(?:in|at)|(?:while|when|as)\s+landing\s+(?:in|at))\s+" + _PREFIX + _S,
               re.IGNORECASE),
    re.compile(_S + r"(?P<cue>-bound)\b", re.IGNORECASE),
]
DIVERSION = [
    re.compile(r"\b(?P<cue>divert\w*|re-?rout\w*|redirect\w*|forced\s+(?:it\s+|the\s+plane\s+)?to\s+land|"
               r"forced\s+landing|emergency\s+landing|unscheduled\s+landing|precautionary\s+landing|"
               r"turned\s+back|turned\s+around|turned\s+(?:the\s+plane\s+)?towards|changed\s+course|"
               r"returned|return(?:ing)?|"
               r"altered\s+course|directed\s+to|alternate\s+airport|made\s+an?\s+(?:emergency|unscheduled)"
               r"\s+landing)\b(?:(?!\bto\s+(?-i:[A-Z]))[^.]){0,70}?\b(?:to|towards?|in|at|for|into)\s+" + _PREFIX + _S,
               re.IGNORECASE),  # (not past "to" an unknown name: "returning to Pangkal Pinang after a weekend in X")
    re.compile(r"\b(?P<cue>alternate\s+airport)\s*\(\s*" + _S, re.IGNORECASE),
]
# "trying to land in bad weather at X": a few words may come before the place.
_LAND_GAP = r"(?:[^.⟦]{0,30}?\s)??"
_CRASH_CUE = (r"crash(?:ed|es|ing|-landed|-landing)?|went\s+down|came\s+down|ditch(?:ed|ing)?|plunged|"
              r"(?:hit|struck|slammed\s+into)\s+the\s+ground|"
              r"slammed|plummeted|wreckage|debris|fuselage|remains|shot\s+down|skidded|veered|overran|overshot|"
              r"crash\s+site|"
              r"collided|colliding|collision|fell(?=\s+into)|sending\s+(?:\w+\s+){0,3}?(?=into)|"
              r"sent\s+(?:\w+\s+){0,3}?(?=into)")
# "crashed near the small town of X", "into the icy X": a word or two may describe the place.
_CRASH_PREFIX = r"(?:the\s+|an?\s+)?(?:[a-z]+\s+){0,2}?" + _PREFIX
CRASH = [
    re.compile(r"\b(?P<cue>crash\w*|went\s+down|collid\w*|collision)\b(?:[^.⟦]{0,60}?\s)??(?:while|when|as)\s+"
               r"(?:it\s+was\s+)?(?:(?:attempting|trying|about)\s+to\s+land|landing|approaching)\s+" + _LAND_GAP
               + r"(?:(?:in|at|on)\s+)?" + _PREFIX + _S, re.IGNORECASE),
    re.compile(r"\b(?P<cue>crash\w*|went\s+down|came\s+down|plunged)\s+(?:\w+\s+){0,2}(?:shortly|minutes|moments|"
               r"seconds|soon|just)\s+after\s+(?:takeoff|take-off|taking\s+off|departing|departure|leaving|"
               r"lifting\s+off)\s+(?:from\s+)?" + _PREFIX + _S, re.IGNORECASE),
    re.compile(r"\b(?P<cue>" + _CRASH_CUE + r")(?:\b[^.⟦]{0,60}?\b|\s*)(?:near|in|at|into|outside|on|off|close\s+to|"
               r"over|by)\s+" + _CRASH_PREFIX + _S, re.IGNORECASE),
]
_NEAR_AFTER = re.compile(r"(?:['’]s\s+(?:\w+\s+){0,2}?(?:airport|airfield)|"
                         r"\s+(?:international\s+)?(?:airport|airfield))?\s*,?\s*(?:near|close\s+to|outside|by)\s+"
                         + _CRASH_PREFIX + _S, re.IGNORECASE)
# "crash-landed at X", "hit the ground 335 metres short of the runway at X": where it was landing
LANDING_CRASH = re.compile(r"\b(?P<cue>crash-?land\w*|short\s+of\s+the\s+runway|overran\s+the\s+runway|"
                           r"overshot\s+the\s+runway|skidded\s+off\s+the\s+runway)\s+(?:\w+\s+){0,3}?(?:at|of|in)\s+"
                           + _PREFIX + _S, re.IGNORECASE)
_DEPARTING = re.compile(r"take-?off|taking\s+off|took\s+off|departure|departing|leaving", re.IGNORECASE)
LANDING_ATTEMPT = re.compile(r"\b(?:attempt\w*|trying|try|tried)\s+to\s+land\s+" + _LAND_GAP + r"(?:in|at|on)\s+"
                             + _PREFIX + _S, re.IGNORECASE)
EVENT = re.compile(
    r"\b(?P<cue>drones?|UAVs?|missiles?|intercept\w*|downing|shot\s+down|fired\s+(?:up)?on|attacks?|strikes?|"
    r"explosions?|air\s+raid)\b[^.⟦]{0,60}?\b(?:near|over|in|at|above|outside)\s+" + _PREFIX + _S,
    re.IGNORECASE,
)
OVERFLOWN = re.compile(
    r"\b(?P<cue>across|over|crossing|crossed|above|through)\s+(?:(?:a\s+part|part|parts)\s+of\s+)?" + _PREFIX + _S,
    re.IGNORECASE,
)
AT_AIRPORT = re.compile(r"^(?:['’]s)?\s+(?:international\s+)?airport\b|^\s*\(?\s*airport", re.IGNORECASE)
OTHER_INCIDENT = re.compile(
    r"\b(?:another|previous|prior|earlier|last)\s+(?:\w+\s+){0,3}(?:crash|accident|disaster|incident|tragedy)|"
    r"\bonly\s+other\b|\bin\s+(?:19|20)\d\d\s+when\b|\b(?:days|weeks|months|years)\s+(?:after|before)\s+"
    r"(?:another|a\s+similar)|\b(?:last|earlier\s+this|the\s+previous)\s+(?:week|weekend|month|year)\b|"
    r"\b(?:two|three|four|five|six|several|a\s+few)\s+(?:days|weeks|months|years)\s+(?:ago|earlier)\b|"
    r"\b(?:days|weeks|months|years)\s+(?:after|before)\s+"
    r"(?:another|a\s+similar)|\byears\s+ago\b|\b(?:last|the\s+previous)\s+(?:year|month)\b|"
    r"\banother\s+of\s+(?:its|the\s+airline's)\b|\bin\s+a\s+separate\s+incident\b|"
    r"\b(?:its|the)\s+(?:previous|earlier|prior)\s+(?:\w+\s+)?flight\b",
    re.IGNORECASE,
)
NEGATED = re.compile(r"(?:instead\s+of|rather\s+than|permission\s+for|sought|denied|not)\s+(?:\w+\s+){0,3}$",
                     re.IGNORECASE)
# "asked to return to X", "wanted to divert to X": asked for, not done.
INTENDED = re.compile(r"\b(?:asked|requested|wanted|sought|planned|intended|permission|clearance|tried|"
                      r"attempted|attempting|trying)\s+(?:\w+\s+){0,2}?to\s+$", re.IGNORECASE)
_DEBRIS_FOUND = re.compile(r"\b(?:found|spotted|located|discovered|recovered|seen|field|lies|lay|strewn)\b",
                           re.IGNORECASE)
_OTHER_FLIGHTS = re.compile(r"\b(?:flights|planes|airliners|aircraft|traffic)\s+(?:\w+\s+){0,3}?"
                            r"(?:were|are|have\s+been|had\s+been)\s+(?:\w+\s+)?$", re.IGNORECASE)
_WASHED = re.compile(r"\b(?:washed|drifted|floated|carried)\b", re.IGNORECASE)
_PARTS_FELL = re.compile(r"\b(?:debris|pieces|parts|fragments|chunks|panels?|cowling|cover|engine\s+parts)\s+"
                         r"(?:\w+\s+){0,2}$", re.IGNORECASE)
# "passengers ... were returning to X", "on board, returning to X": people going home, not a turn-back
_PEOPLE_RETURNING = re.compile(r"(?:\b(?:passengers|people|employees|workers|tourists|pilgrims|students|families|"
                               r"residents|officials|travell?ers|fans|players|who)\b(?:\s+\w+){0,3}\s+(?:were|are)\s+|"
                               r"\bon\s+board\s*,\s*|\bwere\s+)$", re.IGNORECASE)
_TIME_REFERENCE = re.compile(r"\b(?:before|after|since|prior\s+to|ahead\s+of|following)\s+the\s+$", re.I)
APPOSITION_DISTANCE = re.compile(r"(?:located|situated|which\s+is|which\s+lies|lies|sits)\s+$", re.IGNORECASE)


# Spanish, French and Portuguese: the clear patterns only.
# "la ciudad de X", "l'aéroport de X", "el aeropuerto Guadalupe Victoria de X" (X's airport named
# after someone), "la Grande Comore": words before the name of the place.
_RPREFIX = (r"(?:(?:la\s+|le\s+|a\s+|o\s+|l['’]|el\s+)?(?:(?:ciudad|ville|cidade|localidad|localité|pueblo|village|"
            r"aldeia|municipio|município|commune|costa|côte|île|isla|ilha)\s+(?:de\s+|d['’]|do\s+|da\s+|del\s+)|"
            r"(?:aeropuerto|aéroport|aeroporto)(?:\s+(?:internacional|international|internacional)\b)?"
            r"(?:(?:\s+(?:(?-i:[A-ZÀ-Ý])[\w’'-]+|⟦\d+⟧)){0,4}?\s+(?:de\s+|d['’]|do\s+|da\s+|del\s+)|\s+(?=⟦))))?"
            r"(?:(?:la|le|les|el)\s+|l['’])?")
ROMANCE_FROM_TO = re.compile(
    r"\b(?:(?:de|desde|depuis|d['’])|(?P<link>reli\w+|entre))\s*" + _RPREFIX + SLOT.format("a")
    + r"(?:\s*,[^;]{0,60}?,)?\s+(?:a|à|al|para|hacia|vers|(?(link)(?:et|y|e))|rumbo\s+a|con\s+destino\s+a|"
    r"à\s+destination\s+de)\s+" + _RPREFIX
    + SLOT.format("b"),
    re.IGNORECASE,
)
ROMANCE = {
    "origin": re.compile(r"\b(?P<cue>procedente\s+de|proveniente\s+de|en\s+provenance\s+d['’e]|vindo\s+de|"
                         r"(?:que\s+)?(?:partió|despegó|salió|décollé|a\s+décollé|saiu|decolou|partiu|"
                         r"(?:venait|vient)\s+de\s+décoller|acababa\s+de\s+despegar|acabara\s+de\s+decolar|"
                         r"tinha\s+acabado\s+de\s+decolar)\s+"
                         r"(?:de|desde|d['’]|do|da|del))\s*" + _RPREFIX + _S, re.IGNORECASE),
    "destination": re.compile(r"\b(?P<cue>con\s+destino\s+a|rumbo\s+a|à\s+destination\s+(?:d['’]|de|du|des)|"
                              r"com\s+destino\s+a|en\s+route\s+vers|con\s+rumbo\s+a|"
                              r"(?:tenía|tenia|tinha|tiene|tem)\s+como\s+destino|avait\s+pour\s+destination|"
                              r"que\s+se\s+dirigía\s+a|que\s+iba\s+a|que\s+seguia\s+para|que\s+ia\s+para)\s*"
                              + _RPREFIX + _S,
                              re.IGNORECASE),
    "diversion": re.compile(r"\b(?P<cue>desvi\w+|déroutée?s?|dérout\w+|détourné\w*|redirig\w+|"
                            r"aterrizaje\s+de\s+emergencia|aterrizaje\s+forzoso|aterrizó\s+de\s+emergencia|"
                            r"atterrissage\s+d['’]urgence|atterri\w*\s+en\s+urgence|pouso\s+de\s+emergência|"
                            r"s['’]est\s+posée?\s+en\s+urgence|posée?\s+en\s+urgence|pousou\s+em\s+emergência|"
                            r"regresó|volvió|retornó|regressou|voltou|est\s+revenue?|a\s+fait\s+demi-tour|"
                            r"pouso\s+forçado|aterrissagem\s+de\s+emergência)\b[^.⟦]{0,60}?"
                            r"\b(?:a|al|hacia|en|à|vers|para|em|no|na|sur)\s+" + _RPREFIX + _S, re.IGNORECASE),
    "crash_site": re.compile(r"\b(?P<cue>se\s+estrelló|estrelló|se\s+precipitó|cayó|s['’]est\s+écrasée?|"
                             r"écras\w+|abîmée?|caiu|se\s+chocó|restos|épave|débris|destroços|se\s+desplomó|"
                             r"desplomó|despencou|s['’]est\s+abîmée?)\b[^.⟦]{0,90}?"
                             r"\b(?:cerca\s+de|en|près\s+de|à|dans|perto\s+de|em|no|na|junto\s+a|non\s+loin\s+de|"
                             r"a\s+las\s+afueras\s+de|de|du|da|do|del)\s+" + _RPREFIX + _S, re.IGNORECASE),
}
# "poco después de despegar del aeropuerto de X", "peu après avoir décollé de X": the origin, and
# where it came down when the sentence says it crashed.
ROMANCE_TAKEOFF = re.compile(
    r"\b(?P<cue>(?:poco|minutos|instantes|momentos|segundos|justo)\s+(?:después\s+de|tras)\s+(?:despegar|su\s+despegue|"
    r"haber\s+despegado)|tras\s+despegar|al\s+despegar|(?:pouco|logo|minutos|instantes)\s+(?:depois\s+de|após)\s+"
    r"(?:decolar|a\s+decolagem)|ao\s+decolar|(?:peu|juste|quelques\s+minutes)\s+après\s+(?:avoir\s+)?(?:décollé|"
    r"son\s+décollage|le\s+décollage)|mientras\s+despegaba|durante\s+el\s+despegue|enquanto\s+decolava|"
    r"durante\s+a\s+decolagem|pendant\s+le\s+décollage|lors\s+du\s+décollage)\s+(?:de|del|desde|do|da|d['’])\s*"
    + _RPREFIX + _S, re.IGNORECASE)
_RDIR = {"norte": 0.0, "nord": 0.0, "noreste": 45.0, "nordeste": 45.0, "nord-est": 45.0, "este": 90.0,
         "est": 90.0, "leste": 90.0, "sureste": 135.0, "sudeste": 135.0, "sud-est": 135.0, "sur": 180.0,
         "sud": 180.0, "sul": 180.0, "suroeste": 225.0, "sudoeste": 225.0, "sud-ouest": 225.0,
         "oeste": 270.0, "ouest": 270.0, "noroeste": 315.0, "nord-ouest": 315.0}
# "une centaine de kilomètres", "unas decenas de": round numbers said in words.
ROMANCE_ABOUT = {"dizaine": 10, "vingtaine": 20, "trentaine": 30, "quarantaine": 40, "cinquantaine": 50,
                 "centaine": 100, "decena": 10, "veintena": 20, "treintena": 30, "cincuentena": 50,
                 "centenar": 100, "dezena": 10, "vintena": 20, "trintena": 30, "cinquentena": 50, "centena": 100}
ROMANCE_DISTANCE = re.compile(
    r"\b(?:a|à)\s+(?:unos\s+|unas\s+|environ\s+|cerca\s+de\s+|cerca\s+de\s+|quelque\s+)?"
    r"(?:(?P<num>\d{1,3}(?:[.,\s]\d{3})*(?:,\d+)?)|(?:une|unos|unas|uma|um|una)\s+(?P<about>"
    + "|".join(ROMANCE_ABOUT) + r")\s+de|(?P<few>quelques|algunos|unos\s+pocos|alguns|poucos))\s*"
    r"(?P<unit>km|kilómetros|kilomètres|quilômetros|quilómetros|"
    r"millas|milles|milhas)\s+(?:(?:al|au|a|à\s+l['’])\s*(?P<dir>[a-zé-]+)\s+)?(?:de|d['’]|do|da|del)\s*"
    + _RPREFIX + _S,
    re.IGNORECASE,
)
# German: the clear patterns only ("von X nach Y", "nach X umgeleitet", "stürzte bei X ab").
# ("im kanadischen Gander", "vom Flugplatz Egelsbach": an article, an adjective, a kind of place)
_GPREFIX = (r"(?:(?:dem|den|der|die|das)\s+)?(?:[a-zäöüß]+(?:en|em|er|es)\s+)?"
            r"(?:(?:Flughafen|Flugplatz|Flugfeld|Stadt|Ort|Dorf|Region|Gemeinde)\s+)?")
GERMAN_FROM_TO = re.compile(r"\bvon\s+" + _GPREFIX + SLOT.format("a") + r"(?:\s*,[^;]{0,60}?,)?\s+nach\s+"
                            + _GPREFIX + SLOT.format("b"))
GERMAN = [
    ("origin", re.compile(r"\b(?P<cue>aus|ab|von)\s+" + _GPREFIX + _S + r"(?=\s+(?:kommend|gestartet|abgeflogen))")),
    ("origin", re.compile(r"\b(?P<cue>startete\s+in|gestartet\s+in|gestartet\s+von)\s+" + _GPREFIX + _S)),
    ("origin", re.compile(r"\b(?P<cue>in)\s+" + _GPREFIX + _S + r"(?=\s+(?:gestartet|abgehoben))")),
    ("origin", re.compile(r"\b(?P<cue>(?:nach|beim)\s+(?:dem\s+)?(?:Start|Abflug|Abheben))\s+(?:in|von|vom|aus|ab)\s+"
                          + _GPREFIX + _S)),
    ("destination", re.compile(r"\b(?P<cue>auf\s+dem\s+Weg\s+nach|mit\s+Ziel|Richtung|unterwegs\s+nach|"
                               r"Flug\s+nach|Landeanflug\s+auf)\s+" + _GPREFIX + _S)),
    ("destination", re.compile(r"\b(?P<cue>nach)\s+" + _GPREFIX + _S
                               + r"(?=\s+(?:fliegen|unterwegs|weiterfliegen)\b)")),
    ("diversion", re.compile(r"\b(?P<cue>nach|in|im|auf)\s+" + _GPREFIX + _S + r"\s+(?:\w+\s+){0,2}?"
                             r"(?:umgeleitet|notlanden|notgelandet|zwischenlanden|zwischengelandet|ausweichen|"
                             r"zurückkehren|zurückgekehrt)")),
    ("diversion", re.compile(r"\b(?P<cue>Notlandung|Sicherheitslandung|kehrte)\s+(?:\w+\s+){0,3}?(?:in|nach|auf)\s+"
                             + _GPREFIX + _S)),
    # (past "kurz nach dem Start in X": the take-off place, not where it came down)
    # (the participle last: "ist in einem Waldstück bei Langen abgestürzt")
    ("crash_site", re.compile(r"\b(?:bei|nahe|in|im|nahe\s+von|unweit\s+von)\s+" + _GPREFIX + _S
                              + r"(?:\s+[\wäöüß]+){0,3}?\s+(?P<cue>abgestürzt|abstürzte|verunglückt|zerschellt|"
                              r"aufgeschlagen|notgelandet)\b")),
    ("crash_site", re.compile(r"\b(?P<cue>stürzte|Absturz|abgestürzt|zerschellte|verunglückte|verunglückt)\b"
                              r"(?:[^.⟦]|⟦\d+⟧){0,60}?(?<!Start\s)(?<!Abflug\s)"
                              r"\b(?:bei|nahe|in|über|im|am|nördlich\s+von|südlich\s+von|"
                              r"östlich\s+von|westlich\s+von)\s+" + _GPREFIX + _S)),
]
# Italian: the clear patterns only ("da X a Y", "diretto a X", "dirottato su X", "precipitato vicino a X").
_IPREFIX = (r"(?:(?:la\s+|il\s+|l['’])?(?:città|paese|aeroporto|scalo|località|costa)\s+(?:di\s+|del\s+|della\s+|"
            r"dell['’])?)?")
ITALIAN_FROM_TO = re.compile(r"\b(?:da|dall['’]|dallo|dalla)\s*" + _IPREFIX + SLOT.format("a")
                             + r"(?:\s*,[^;]{0,60}?,)?\s+(?:a|per|verso|diretto\s+a|in\s+direzione\s+di)\s+"
                             + _IPREFIX + SLOT.format("b"), re.IGNORECASE)
ITALIAN = [
    ("origin", re.compile(r"\b(?P<cue>partit[oa]\s+da|decollat[oa]\s+da|in\s+partenza\s+da|provenienti?\s+da|"
                          r"dopo\s+il\s+decollo\s+da)\s*" + _IPREFIX + _S, re.IGNORECASE)),
    ("destination", re.compile(r"\b(?P<cue>dirett[oa]\s+a|in\s+volo\s+verso|con\s+destinazione|"
                               r"in\s+rotta\s+verso|diretto\s+verso)\s*" + _IPREFIX + _S, re.IGNORECASE)),
    ("diversion", re.compile(r"\b(?P<cue>dirottat[oa]|atterraggio\s+di\s+emergenza|atterrat[oa]\s+d['’]emergenza|"
                             r"rientrat[oa]|tornat[oa]\s+indietro)\b[^.⟦]{0,60}?\b(?:a|su|verso|in|all['’])\s*"
                             + _IPREFIX + _S, re.IGNORECASE)),
    ("crash_site", re.compile(r"\b(?P<cue>precipitat[oa]|si\s+è\s+schiantat[oa]|schiantat[oa]|scontrat[oa]|"
                              r"rottami|relitto)\b[^.⟦]{0,60}?\b(?:vicino\s+a|nei\s+pressi\s+di|a|in|su|sulla\s+"
                              r"pista\s+(?:di|del|della|dell['’])|presso)\s*" + _IPREFIX + _S, re.IGNORECASE)),
]
# A runway excursion at the airport landed at: a crash site there ("não conseguiu parar na pista do
# Aeroporto de X", "se salió de la pista en X", "sortie de piste à X").
RUNWAY_EXCURSION = re.compile(
    r"\b(?P<cue>não\s+conseguiu\s+parar|saiu\s+da\s+pista|se\s+salió\s+de\s+la\s+pista|"
    r"no\s+pudo\s+(?:frenar|detenerse)|sortie\s+de\s+piste|n['’]a\s+pas\s+pu\s+s['’]arrêter|"
    r"è\s+uscit[oa]\s+di\s+pista)\b[^.⟦]{0,40}?\b(?:na\s+pista\s+d[oa]|en\s+la\s+pista\s+de|en|em|no|na|"
    r"à|de|do|da|a)\s*" + _RPREFIX + _S, re.IGNORECASE)
# Russian: the clear patterns only ("из X в Y", "направлялся в X", "совершил аварийную посадку в
# районе X", "разбился близ X", "в трёх километрах от X"). Place names come in any case; the
# mentions stage finds their nominative.
_RU_PREFIX = (r"(?:(?:города|город|г\.|аэропорта|аэропорт|аэропорту|аэропорту\s+города|села|посёлка|поселка|"
              r"районе|района|столицы|столице|республики|области)\s+)?")
RUSSIAN_FROM_TO = re.compile(r"\bиз\s+" + _RU_PREFIX + SLOT.format("a") + r"(?:\s*,[^;]{0,60}?,)?\s+(?:в|во|до)\s+"
                             + _RU_PREFIX + SLOT.format("b"), re.IGNORECASE)
_RU_IN = r"(?:в\s+районе|недалеко\s+от|неподал[её]ку\s+от|вблизи|близ|около|возле|под|у|в|во|на)"
RUSSIAN = [
    ("origin", re.compile(r"\b(?P<cue>вылетел[аио]?|вылетевш\w+|вылетавш\w+|следовавш\w+|взлетел[аио]?|"
                          r"взлетевш\w+|после\s+взл[её]та|вскоре\s+после\s+взл[её]та)\s+(?:\S+\s+){0,3}?(?:из|с|со)\s+"
                          + _RU_PREFIX + _S, re.IGNORECASE)),
    ("destination", re.compile(r"\b(?P<cue>направлял(?:ся|ась|ось)|направлявш\w+|следовал[аио]?|летел[аио]?|"
                               r"летевш\w+|должен\s+был\s+(?:приземлиться|сесть))\s+(?:\S+\s+){0,3}?(?:в|во|до)\s+"
                               + _RU_PREFIX + _S, re.IGNORECASE)),
    ("diversion", re.compile(r"\b(?P<cue>(?:совершил[аио]?|совершить|совершивш\w+|совершает)\s+(?:вынужденную|"
                             r"аварийную|экстренную)\s+посадку|уш[её]л\s+на\s+запасной\s+аэродром|перенаправ\w+|"
                             r"развернул\w*|запасной\s+аэродром|вернул(?:ся|ась|ось))\s+"
                             + _RU_IN + r"\s+" + _RU_PREFIX + _S, re.IGNORECASE)),
    ("crash_site", re.compile(r"\b(?P<cue>разбил(?:ся|ась|ось)|потерпел[аио]?\s+крушение|рухнул[аио]?|упал[аио]?|"
                              r"крушени[еяю]|катастроф\w+|обломки)\b[^.⟦]{0,60}?\s" + _RU_IN + r"\s+" + _RU_PREFIX + _S,
                              re.IGNORECASE)),
    ("event", re.compile(r"\b(?P<cue>беспилотник\w*|БПЛА|дрон\w*|ракет\w*)\b[^.⟦]{0,60}?\s(?:над|в\s+районе|близ|"
                         r"около|у)\s+" + _RU_PREFIX + _S, re.IGNORECASE)),
    ("event", re.compile(r"\b(?:над|в\s+районе|близ|около)\s+" + _RU_PREFIX + _S + r"[^.⟦]{0,60}?\b"
                         r"(?P<cue>беспилотник\w*|БПЛА|дрон\w*|ракет\w*)", re.IGNORECASE)),
]
_RU_NUMBERS = {"одном": 1, "двух": 2, "трёх": 3, "трех": 3, "четырёх": 4, "четырех": 4, "пяти": 5, "шести": 6,
               "семи": 7, "восьми": 8, "девяти": 9, "десяти": 10, "нескольких": 3, "полутора": 1.5}
_RU_DIR = {"северу": 0.0, "северо-востоку": 45.0, "востоку": 90.0, "юго-востоку": 135.0, "югу": 180.0,
           "юго-западу": 225.0, "западу": 270.0, "северо-западу": 315.0}
RUSSIAN_DISTANCE = re.compile(
    r"\bв\s+(?:(?P<num>\d{1,4}(?:[.,]\d+)?)|(?P<word>" + "|".join(_RU_NUMBERS) + r"))\s*"
    r"(?P<unit>километрах|километре|км|милях)\s+(?:к\s+(?P<dir>" + "|".join(_RU_DIR) + r")\s+)?от\s+"
    + _RU_PREFIX + _S, re.IGNORECASE)
_RU_CRASHY = re.compile(r"разбил|крушени|рухнул|упал|катастроф|обломк|аварийн|вынужденн")

# Every language's "from X to Y" and role patterns beyond English, German first (as before).
# Words that every sentence of a language has one of, to skip the patterns of the others (and
# most of them on English text) at once.
_LANGUAGE_WORDS = {
    "romance": re.compile(r"\b(?:de|del|desde|en|à|au|para|com|con|que|qui|est|el|la|le|los|les|do|da|um|una?|"
                          r"une)\b"),
    "german": re.compile(r"\b(?:der|die|das|dem|den|und|nach|von|vom|im|ist|wurde|bei|mit)\b"),
    "italian": re.compile(r"\b(?:il|della|dell|è|di|del|dalla|dal|sul|nel|per|ha|da)\b"),
    "russian": re.compile(r"[а-яё]"),
}
# Patterns naming both ends of the route beyond English "from X to Y": language (None: any),
# pattern, cue, confidence.
_ROUTE_ENDS = ((None, LEFT_FOR, "left … for", 0.85), (None, HYPHEN_ROUTE, "X-Y route", 0.8),
               ("romance", ROMANCE_FROM_TO, "de … a", 0.8), ("german", GERMAN_FROM_TO, "von … nach", 0.8),
               ("italian", ITALIAN_FROM_TO, "da … a", 0.8), ("russian", RUSSIAN_FROM_TO, "из … в", 0.8))
_OTHER_LANGUAGES = (*(("german", role, rx) for role, rx in GERMAN),
                    *(("romance", role, rx) for role, rx in ROMANCE.items()),
                    *(("italian", role, rx) for role, rx in ITALIAN), *(("russian", role, rx) for role, rx in RUSSIAN))
_ROMANCE_CRASHY = re.compile(r"estrell|precipit|cayó|cay[oó]\s|écras|abîm|caiu|queda|chut|accident|siniestr|choc|"
                             r"colisi|colid|percut|desplom|"
                             r"schiant|incidente|"
                             r"restos|épave|débris|destroços|crash")
_AIRPORT_WORDS = re.compile(r"a[ée]ro?port|aeropuerto|Flughafen|аэропорт", re.IGNORECASE)
# A flight returns to where it took off: these cues state the origin too.
_RETURNED = re.compile(r"return|turned\s+back|regres|volvi|retorn|voltou|est\s+revenu|a\s+fait\s+demi|rientrat|"
                       r"tornat|kehrte|zurückgekehrt|zurückkehren|вернул|развернул", re.IGNORECASE)
_RUNITS = {"millas": 1.609344, "milles": 1.609344, "milhas": 1.609344}


_FLIGHTY = re.compile(r"\b(?:" + _FLIGHT_WORDS + r"|jet|plane|airliner|aircraft|crash\w*|divert\w*|re-?rout\w*)\b")
_COURSE_CHANGE = re.compile(r"\b(?:chang\w+\s+course|altered\s+course|turned|instead|divert\w*|returned)\b",
                            re.IGNORECASE)
_CRASHY = re.compile(r"\b(?:" + _CRASH_CUE + r")\b")
_COMMA_GAP = re.compile(r"\s*,\s*")
_POSSESSIVE_GAP = re.compile(r"['’]s\s+")
# "in ⟦1⟧, about 5 miles from", "in ⟦1⟧ on Thursday night, about 5 miles from": the place the distance describes
_SLOT_BEFORE = re.compile(r"⟦(\d+)⟧(?:\s*,?|[^⟦.;,]{1,30},)$")


def parse_number(text: str) -> float | None:
    t = text.lower().replace(",", "").strip()
    try:
        value = float(t)
    except ValueError:
        pass
    else:
        # No distance on Earth exceeds half its circumference (~20,000 km): "1e309 km" is noise.
        return value if math.isfinite(value) and value <= 20_100 else None
    if t in NUMBER_WORDS:
        return float(NUMBER_WORDS[t])
    parts = re.split(r"[- ]", t)
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return float(NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]])
    return None


def parse_bearing(text: str | None) -> float | None:
    if not text:
        return None
    key = re.sub(r"[\s]+", "-", text.lower())
    return BEARINGS.get(key, BEARINGS.get(key.replace("-", "")))


def _template(sentence: Sentence, mentions: Sequence[Mention]) -> tuple[str, list[Mention]]:
    """The sentence with every place mention replaced by ⟦i⟧, qualifiers folded into the slot
    before them ("⟦0⟧, Azerbaijan" -> "⟦0⟧")."""
    parts: list[str] = []
    slots: list[Mention] = []
    pos = sentence.start
    text = sentence.text
    for m in mentions:
        gap = text[pos - sentence.start : m.start - sentence.start]
        if slots and m.place.kind in ("country", "admin1") and _COMMA_GAP.fullmatch(gap) \
                and slots[-1].place.kind not in ("country", "admin1") \
                and slots[-1].place.country == m.place.country:
            parts.append("")  # qualifier: folded
        elif slots and _POSSESSIVE_GAP.fullmatch(gap) and m.place.country == slots[-1].place.country and (
                slots[-1].place.kind in ("country", "admin1")
                or (slots[-1].place.kind == "city" and (m.place.kind == "airport" or AT_AIRPORT.match(
                    text[m.end - sentence.start : m.end - sentence.start + 30])))):
            # ("Moscow's Domodedovo airport": the slot is Domodedovo, at its airport)
            slots[-1] = m  # "Russia's North Caucasus": the slot is the North Caucasus
        else:
            parts.append(gap)
            parts.append(f"⟦{len(slots)}⟧")
            slots.append(m)
        pos = m.end
    parts.append(text[pos - sentence.start :])
    return re.sub(r"\s+", " ", "".join(parts)), slots


def extract_statements(sentences: Sequence[Sentence], mentions: Sequence[Mention]) -> tuple[Statement, ...]:
    """Route statements of one document, in text order."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.usage == "place":
            by_sentence.setdefault(m.sentence.start, []).append(m)
    out: list[Statement] = []
    last_landing: Mention | None = None
    landed = False  # last_landing is where the flight went (diverted, approached), not only bound
    last_city: Mention | None = None
    for sentence in sentences:
        ms = by_sentence.get(sentence.start, [])
        if OTHER_INCIDENT.search(sentence.text):
            continue
        found: list[Statement] = []
        if ms:
            template, slots = _template(sentence, ms)
            found = _statements(sentence, template, slots) if _ANY_CUE.search(template.lower()) else []
        if not any(st.role == "crash_site" and not st.place.is_area for st in found):
            st = _anaphoric_distance(sentence, last_landing, last_city, ms) or (
                None if ms else _airport_reference(sentence, last_landing))
            if st:
                found.append(st)
        out.extend(found)
        for st in found:
            if st.role in ("diversion", "destination", "approach") and st.place.kind in ("city", "airport"):
                last_landing, landed = st.mention, st.role != "destination"
        for st in found:
            # "…had just taken off from X. Debris lies 15 km south of the airport": X's, unless the
            # flight had already diverted or approached somewhere (a destination is only intent)
            if st.role == "origin" and not landed and _TAKEOFF_CUE.search(st.cue) \
                    and st.place.kind in ("city", "airport"):
                last_landing = st.mention
        last_city = next((m for m in reversed(ms) if m.place.kind == "city"), last_city)
    return tuple(out)


_TAKEOFF_CUE = re.compile(r"tak(?:e|ing|en)[- ]?off|took\s+off|takeoff|décoll|despeg|decol|\bstart|abflug|"
                          r"after\s+(?:leaving|departing|departure)", re.IGNORECASE)
_ANAPHOR_QUICK = re.compile(r"\bthe\s+(?:airport|runway|city|town|capital)\b")
_ANAPHOR = re.compile(
    r"(?P<approx>about|approximately|some|around|nearly|roughly|almost|just)?\s*" + _NUM + r"\s*(?:-\s*)?" + _UNIT
    + r"\b(?:\s*\([^)]{0,40}\))?\s*(?:away\s+)?(?:to\s+the\s+)?(?:" + _DIR + r"\s+)?(?:of|from|short\s+of|off)\s+"
    r"the\s+(?P<what>airport|runway|city|town|capital)\b",
    re.IGNORECASE,
)


# "à environ 15 km au sud de l'aéroport", "a unos 10 kilómetros de la pista"
ROMANCE_ANAPHOR = re.compile(
    r"\b(?:a|à)\s+(?:unos\s+|unas\s+|environ\s+|cerca\s+de\s+|quelque\s+|apenas\s+|seulement\s+)?"
    r"(?P<num>\d{1,4}(?:[.,]\d+)?)\s*(?P<unit>km|kilómetros|kilomètres|quilômetros|quilómetros)\s+"
    r"(?:(?:al|au|a|à\s+l['’])\s*(?P<dir>[a-zé-]+)\s+)?(?:de|d['’]|do|da|del)\s*(?:l['’]|la\s+|el\s+|o\s+|a\s+)?"
    r"(?P<what>aéroport|aeropuerto|aeroporto|pista|piste|terminal|ville|ciudad|cidade)\b", re.IGNORECASE)
# "в трёх километрах от города", "в 5 км от аэропорта"
RUSSIAN_ANAPHOR = re.compile(
    r"\bв\s+(?:(?P<num>\d{1,4}(?:[.,]\d+)?)|(?P<word>" + "|".join(_RU_NUMBERS) + r"))\s*"
    r"(?P<unit>километрах|километре|км)\s+(?:к\s+(?P<dir>" + "|".join(_RU_DIR) + r")\s+)?от\s+"
    r"(?P<what>аэропорта|взлётно-посадочной|взлетно-посадочной|полосы|города)\b", re.IGNORECASE)
_ROMANCE_ANAPHOR_QUICK = re.compile(r"a[ée]ro?port|aeropuerto|pista|piste|terminal|ville|ciudad|cidade")


def _anaphoric_distance(sentence: Sentence, last_landing: Mention | None, last_city: Mention | None,
                        mentions: Sequence[Mention] = ()) -> Statement | None:
    """"Crashed 12 nautical miles south of the airport", "30 km west of the city", "à 15 km au
    sud de l'aéroport": measured from the airport the flight was landing at, or the city last
    named (in this sentence or before)."""
    low = sentence.text.lower()  # the quick filters are written in lower case: much faster
    m = None
    if _ANAPHOR_QUICK.search(low) and _CRASHY.search(low):
        m = _ANAPHOR.search(sentence.text)
    if m is None and _ROMANCE_ANAPHOR_QUICK.search(low) and _ROMANCE_CRASHY.search(low):
        m = ROMANCE_ANAPHOR.search(sentence.text)
    if m is None and "от " in low and _RU_CRASHY.search(low):
        m = RUSSIAN_ANAPHOR.search(sentence.text)
    if m is None:
        return None
    airport = m["what"].lower() in ("airport", "runway", "aéroport", "aeropuerto", "aeroporto", "pista", "piste",
                                    "terminal", "аэропорта", "взлётно-посадочной", "взлетно-посадочной", "полосы")
    before = [x for x in mentions if x.place.kind == "city" and x.end <= sentence.start + m.start()]
    anchor = last_landing if airport else (before[-1] if before else last_city)
    if m.re is RUSSIAN_ANAPHOR:
        km = float(_RU_NUMBERS[m["word"].lower()]) if m["word"] else parse_number(m["num"].replace(",", "."))
        bearing = _RU_DIR.get((m["dir"] or "").lower())
    else:
        km = parse_number(m["num"].replace(",", ".") if m.re is ROMANCE_ANAPHOR else m["num"])
        bearing = _RDIR.get((m["dir"] or "").lower()) if m.re is ROMANCE_ANAPHOR else parse_bearing(m["dir"])
    if anchor is None or km is None:
        return None
    km *= UNITS_KM.get(re.sub(r"\s+", " ", m["unit"].lower()), 1.0)
    return Statement("crash_site", anchor.place, anchor, Evidence.of(sentence), "distance", distance_km=round(km, 3),
                     distance_text=m.group(0).strip(), bearing_deg=bearing, bearing_text=m["dir"] or "",
                     at_airport=airport, confidence=0.7)


def _statements(sentence: Sentence, t: str, slots: list[Mention]) -> list[Statement]:
    ev = Evidence.of(sentence)
    found: list[Statement] = []
    used: dict[str, set[int]] = {}

    def add(role: str, i: int, cue: str, conf: float, **kw) -> None:
        if i >= len(slots) or i in used.setdefault(role, set()) or (role == "approach" and i in used.get(
                "destination", ())):
            return  # (an approach to where the sentence says it was bound adds nothing)
        used[role].add(i)
        m = slots[i]
        if role in ("origin", "destination", "diversion") and m.place.kind in ("sea", "river", "lake", "region"):
            return
        at_airport = kw.pop("at_airport", False) or m.place.kind == "airport" or _airport_after(t, i)
        found.append(Statement(role, m.place, m, ev, cue.strip().lower(), at_airport=at_airport,
                               confidence=conf, **kw))

    low = t.lower()  # the quick filters are written in lower case: much faster than IGNORECASE
    flighty = bool(_FLIGHTY.search(low))
    from_to: set[int] = set()
    for m in FROM_TO.finditer(t):
        if NEGATED.search(t[: m.start()]):
            continue
        a, b = int(m["a"]), int(m["b"])
        conf = 0.9 if flighty else 0.5
        add("origin", a, "from … to", conf)
        add("destination", b, "from … to", conf)
        from_to.update((a, b))
    speaks = {lang for lang, words in _LANGUAGE_WORDS.items() if words.search(low)}
    for lang, rx, cue, conf in _ROUTE_ENDS:
        for m in rx.finditer(t) if lang is None or lang in speaks else ():
            # (HYPHEN_ROUTE names its ends c, d when the route word comes after them)
            a, b = (int(m["a"]), int(m["b"])) if m["a"] is not None else (int(m["c"]), int(m["d"]))
            add("origin", a, cue, conf)
            add("destination", b, cue, conf)
            from_to.update((a, b))
    distances = list(ROMANCE_DISTANCE.finditer(t)) if "romance" in speaks and _ROMANCE_CRASHY.search(low) else []
    romance_crash = {int(m["p"]) for m in ROMANCE["crash_site"].finditer(t)} if distances else set()
    for m in distances:
        anchor_before = _SLOT_BEFORE.search(t[: m.start()].rstrip())
        if anchor_before and int(anchor_before.group(1)) in romance_crash:
            continue  # "se estrelló en X, a unos 80 km de Y": the distance describes X
        km = (float(ROMANCE_ABOUT[m["about"].lower()]) if m["about"] else 3.0 if m["few"]
              else parse_number(re.sub(r"[.\s](?=\d{3})", "", m["num"]).replace(",", ".")))
        if km is not None:
            km *= _RUNITS.get(m["unit"].lower(), 1.0)
            direction = (m["dir"] or "").lower()
            add("crash_site", int(m["p"]), "distance", 0.7, distance_km=round(km, 3),
                distance_text=m.group(0).split("⟦")[0].strip(), bearing_deg=_RDIR.get(direction),
                bearing_text=direction, at_airport=bool(re.search(r"a[ée]ro?port|aeropuerto", m.group(0), re.I)))
    for m in RUSSIAN_DISTANCE.finditer(t) if "russian" in speaks and _RU_CRASHY.search(low) else ():
        km = _RU_NUMBERS[m["word"].lower()] if m["word"] else parse_number(m["num"].replace(",", "."))
        if km is not None:
            km *= 1.609344 if m["unit"].lower() == "милях" else 1.0
            direction = (m["dir"] or "").lower()
            add("crash_site", int(m["p"]), "distance", 0.75, distance_km=round(float(km), 3),
                distance_text=m.group(0).split("⟦")[0].strip(), bearing_deg=_RU_DIR.get(direction),
                bearing_text=direction, at_airport=bool(re.search(r"аэропорт", m.group(0), re.I)))
    for lang, role, rx in _OTHER_LANGUAGES:
        for m in rx.finditer(t) if lang in speaks else ():
            if role == "diversion" and int(m["p"]) in from_to:
                continue
            add(role, int(m["p"]), m["cue"], 0.8,
                at_airport=bool(_AIRPORT_WORDS.search(m.group(0), max(0, len(m.group(0)) - 80))))
            if role == "diversion" and _RETURNED.match(m["cue"]) and "origin" not in used:
                add("origin", int(m["p"]), m["cue"], 0.6)  # a flight returns to where it took off
    for m in ROMANCE_TAKEOFF.finditer(t) if "romance" in speaks else ():
        airport = bool(re.search(r"a[ée]ro?port|aeropuerto", m.group(0), re.IGNORECASE))
        add("origin", int(m["p"]), m["cue"], 0.8, at_airport=airport)
        if _ROMANCE_CRASHY.search(low, 0, m.start()):
            add("crash_site", int(m["p"]), m["cue"] + " after takeoff", 0.7, at_airport=True)
    for m in RUNWAY_EXCURSION.finditer(t) if speaks & {"romance", "italian"} else ():
        add("crash_site", int(m["p"]), m["cue"], 0.8, at_airport=True)
        add("destination", int(m["p"]), m["cue"], 0.6)
    for rx in ORIGIN:
        for m in rx.finditer(t):
            add("origin", int(m["p"]), m["cue"], 0.8)
    for rx in DESTINATION:
        for m in rx.finditer(t):
            cue = m["cue"].lower()
            if NEGATED.search(t[: m.start()]):
                continue
            # "changed course ... and headed for X": X is where it diverted; "a flight headed
            # to X returned to Y": X is its destination.
            if cue.startswith("head") and _COURSE_CHANGE.search(t, 0, m.start()):
                add("diversion", int(m["p"]), cue, 0.7)
            elif cue.startswith(("approach", "was landing", "scheduled landing", "while landing", "when landing",
                                 "as landing")):
                add("approach" if "approach" in cue else "destination", int(m["p"]), cue, 0.6)
            else:
                add("destination", int(m["p"]), cue, 0.85)
    for rx in DIVERSION:
        for m in rx.finditer(t):
            i = int(m["p"])
            if i in from_to or NEGATED.search(t[: m.start()]) or INTENDED.search(t, max(0, m.start() - 40), m.start()) \
                    or _OTHER_FLIGHTS.search(t, max(0, m.start() - 50), m.start()) \
                    or (m["cue"].lower().startswith("return") and _PEOPLE_RETURNING.search(t, max(0, m.start() - 60),
                                                                                            m.start())):
                continue  # "other flights were diverted to X", "passengers returning home to X": not this flight
            add("diversion", i, m["cue"], 0.85)
            if _RETURNED.match(m["cue"]) and "origin" not in used:
                add("origin", i, m["cue"], 0.6)  # a flight returns to where it took off
    crashy = bool(_CRASHY.search(low))
    for rx in CRASH[:2]:  # while landing at X, shortly after takeoff from X: at X's airport
        for m in rx.finditer(t):
            nearby = _NEAR_AFTER.match(t, m.end())
            if nearby:  # "... after takeoff from X, near the town of Y": Y says where
                add("crash_site", int(nearby["p"]), m["cue"], 0.85)
            else:  # (said as a time: another place the text gives for the crash says where)
                add("crash_site", int(m["p"]), m["cue"] + (" after takeoff" if rx is CRASH[1] else ""), 0.8,
                    at_airport=True)
            if rx is CRASH[0]:  # where it was landing: the destination, unless it had diverted there
                add("approach", int(m["p"]), "landing", 0.6)
    for m in LANDING_CRASH.finditer(t):
        if not _DEPARTING.search(t):  # (not a runway overrun on take-off)
            add("crash_site", int(m["p"]), m["cue"], 0.75, at_airport=True)
            add("approach", int(m["p"]), "landing", 0.6)
    for m in LANDING_ATTEMPT.finditer(t):
        if crashy:
            add("crash_site", int(m["p"]), "crashed while landing", 0.7, at_airport=True)
            add("approach", int(m["p"]), "landing", 0.6)
    distances = list(DISTANCE.finditer(t)) if crashy and _UNIT_QUICK.search(low) else []
    near = {int(m["p"]) for m in CRASH[2].finditer(t)} if distances else set()
    for m in distances:
        if APPOSITION_DISTANCE.search(t[: m.start()]) or not crashy:
            continue
        before = t[: m.start()].rstrip()
        anchor_before = _SLOT_BEFORE.search(before)
        if anchor_before and not slots[int(anchor_before.group(1))].place.is_area and (
                int(anchor_before.group(1)) in near or any(s.mention is slots[int(anchor_before.group(1))]
                                                           for s in found)):
            continue  # "near X, 150 km north-east of Y": the distance describes X (a sea it places within)
        km = parse_number(m["num"])
        if km is None:
            continue
        km *= UNITS_KM.get(re.sub(r"\s+", " ", m["unit"].lower()), 1.0)
        add("crash_site", int(m["p"]), "distance", 0.8, distance_km=round(km, 3),
            distance_text=m.group(0).split("⟦")[0].strip(), bearing_deg=parse_bearing(m["dir"]),
            bearing_text=m["dir"] or "")
    for m in CRASH[2].finditer(t):
        i = int(m["p"])
        if "crash_site" in used and i in used["crash_site"]:
            continue
        conf = 0.75 if slots[i].place.kind in ("city", "airport") else 0.5
        cue = m["cue"].lower()
        if cue in ("shot down",) and re.search(r"drone|uav", t, re.I):
            continue
        if cue == "debris" and not _DEBRIS_FOUND.search(m.group(0)):
            continue  # "scattering debris over X" is not where a plane came down
        if _WASHED.search(m.group(0)):
            continue  # "wreckage later washed ashore on X": carried there by the sea
        if _TIME_REFERENCE.search(t[: m.start()]) or re.search(r"drone|uav|intercept", m.group(0), re.I):
            continue  # "three hours before the crash, a drone was intercepted near X"
        if cue != "debris" and _PARTS_FELL.search(t, max(0, m.start() - 40), m.start()):
            continue  # "debris crashed through a roof in X": parts that fell, not the plane
        add("crash_site", i, cue, conf)
    for m in EVENT.finditer(t):
        i = int(m["p"])
        if slots[i].place.kind in ("country", "continent", "sea"):
            continue  # "drones over Russia": no point to draw
        if re.search(r"drone|uav|missile|intercept|fired", m.group(0), re.I) and i not in used.get("crash_site", ()):
            add("event", i, m["cue"], 0.7)
    for m in OVERFLOWN.finditer(t):
        i = int(m["p"])
        if slots[i].place.kind in ("sea", "lake", "region", "admin1", "country", "river"):
            add("overflown", i, m["cue"], 0.7)
    return found


def _airport_after(t: str, i: int) -> bool:
    end = t.find(f"⟦{i}⟧") + len(f"⟦{i}⟧")
    return bool(AT_AIRPORT.match(t[end : end + 30]))


_AIRPORT_REF = re.compile(r"\b(?:near|at|outside|close\s+to|by)\s+the\s+airport\b", re.IGNORECASE)


def _airport_reference(sentence: Sentence, last_landing: Mention | None) -> Statement | None:
    """"…landed in a field near the airport": the airport of the last place the flight was
    landing at, when the sentence says it came down there."""
    if last_landing is None or not _AIRPORT_REF.search(sentence.text):
        return None
    if not re.search(r"\b(?:" + _CRASH_CUE + r"|emergency\s+landing|landed|landing)\b", sentence.text, re.I):
        return None
    return Statement("crash_site", last_landing.place, last_landing, Evidence.of(sentence),
                     "near the airport", at_airport=True, confidence=0.6)
