"""English: the cue patterns of every route role, and distances with their numbers, units and
bearings ("about three kilometres from", "1,200 km (745 miles) northeast of")."""

from __future__ import annotations

import math
import re

from geoviz.statements.language import PLACE, SLOT

# "the city of X", "the Aegean coastal city of X", "the Red Sea resort of X": up to three words
# (a place name among them) may describe the kind of place.
# An airport may come first: "the newly opened airport in the resort town of X"; or where a
# flight was going in a place: "a hospital in X", "a fishing lodge near X".
PREFIX = (r"(?:the\s+)?(?:[\w-]+['’]s\s+(?=⟦))?(?:downtown\s+)?"  # ("departed the GSDF's ⟦Obihiro⟧ garrison")
          r"(?:(?:an?\s+)?(?:[\w’'-]+\s+){0,3}?(?:airport|airfield|aerodrome|airstrip|"
           r"(?:private|grass|dirt|farm|landing)\s+strip|hospital|clinic|lodge|camp|air\s+station|air\s+base|"
           # ("lifted off from the STARS base at X", "from the operator's helipad in X")
           r"base|helipad|helibase|heliport|hangar|medical\s+cent(?:er|re))"
           r"(?:\s+(?:of|in|at|near|outside|serving)|\s*,)\s+(?:the\s+)?|(?:[\w-]+\s+){0,2}?air\s+(?:station|base)\s+|"
           r"[A-Z]{2,5}\s+base\s+|"
           # ("to University Hospital Galway": a hospital named before its town)
           r"(?-i:(?:[A-Z][\w’'-]+\s+){1,3}(?:Hospital|Infirmary))\s+|"
           # ("after taking off from RAF Valley", "15 Wing Moose Jaw", "Air Force Station Bidar", "Naval Air Station X")
           r"(?-i:(?:RAF|RAAF|RNZAF|RCAF|CFB|NAS|NAF|MCAS|\d{1,2}\s+Wing|(?:Air\s+Force|Naval|Army|Marine\s+Corps|"
           r"Coast\s+Guard)(?:\s+Air)?\s+(?:Base|Station|Field|Airfield))\s+))?"
           # ("the Black Sea port of Sochi" is Sochi, but "the Ikeja area of Lagos" Ikeja: the part named)
           r"(?:(?:(?:[\w’'-]+|⟦\d+⟧)\s+){0,3}?(?:city|town|village|port|capital|resort|island|islands|hub)\s+"
           r"(?:of|over|near)\s+|(?:[\w’'-]+\s+){0,3}?(?:outskirts|coast|shores?|region|area|vicinity|skies|airspace|"
           r"province|state|district)\s+(?:of|over|near)\s+|(?:[\w-]+\s+){0,2}?capital\s*,?\s+)?(?:the\s+)?")

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
POINTS = ["north", "north-northeast", "northeast", "east-northeast", "east", "east-southeast", "southeast",
           "south-southeast", "south", "south-southwest", "southwest", "west-southwest", "west",
           "west-northwest", "northwest", "north-northwest"]
BEARINGS = {name: i * 22.5 for i, name in enumerate(POINTS)}
BEARINGS.update({"n": 0.0, "ne": 45.0, "e": 90.0, "se": 135.0, "s": 180.0, "sw": 225.0, "w": 270.0, "nw": 315.0})

NUM = (r"(?<![\w.,])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:a\s+)?(?:few|dozen|hundred)|"
        r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
        r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
        r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
        r"seventeen|eighteen|nineteen|several|an?)")
UNIT = r"(?P<unit>nautical\s+miles?|kilomet(?:er|re)s?|kms?|miles?|mi|nmi|nm|met(?:er|re)s)"
DIR = (r"(?P<dir>(?:north|south)(?:[- ]?(?:north|south)?[- ]?(?:east|west))?|east|west|"
        r"(?:east|west)[- ](?:north|south)[- ]?(?:east|west)|NE|NW|SE|SW|N|S|E|W)")
DISTANCE = re.compile(
    r"(?P<approx>about|approximately|approx\.|some|around|nearly|roughly|almost|just|barely|only|over|"
    r"more\s+than|less\s+than|under|within)?\s*" + NUM + r"\s*(?:-\s*)?" + UNIT + r"\b"
    r"(?:\s*\([^)]{0,40}\))?\s*(?:away\s+)?(?:to\s+the\s+)?(?:" + DIR + r"\s+)?"
    r"(?P<rel>of|from|outside|off|short\s+of|away\s+from|before)\s+"
    r"(?:the\s+)?(?:[A-Za-z’'-]+\s+){0,3}?(?:(?:coast|city|town|village|airport|centre|center|capital|port|shores?)"
    r"\s+(?:of\s+)?)?(?:the\s+)?" + PLACE,
    re.IGNORECASE,
)
UNIT_QUICK = re.compile(r"(?:\b|(?<=\d))(?:km|kms|kilomet\w*|miles?|mi|nm|nmi|met(?:er|re)s)\b")  # ("14km")

FROM_TO = re.compile(
    # ("from Mataram's Selaparang airport on Lombok to X": an airport the gazetteer lacks, after its city)
    r"\bfrom\s+" + PREFIX + SLOT.format("a") + r"(?:(?:['’]s?(?:\s+(?-i:[A-Z])[\w-]+){1,3})?\s+(?:international\s+)?"
    # ("from Letterkenny University Hospital to X", "from Attawapiskat First Nation to X": the town's)
    r"airport|(?-i:(?:\s+(?:University|General|Regional|District|County|Royal|Community|Base|Public|Teaching))+"
    r"\s+(?:Hospital|Infirmary)|\s+First\s+Nations?))?"
    r"(?:\s+(?:on|in|near|outside|serving)\s+(?:(?:north|south|east|west|central)\w*\s+)?⟦\d+⟧"
    r"(?:\s+(?:state|province|region|county|district|oblast|prefecture))?"
    # ("from Isle of Man Airport at Ronaldsway to X": where the airport is, a name the gazetteer may lack)
    r"|\s+at\s+(?:⟦\d+⟧|(?-i:[A-Z])[\w'’-]+(?=\s+to\s)))?"
    # (the Aviation Herald's "from Atlanta,GA (USA) to", "from Bethel, AK (PABE) to")
    r"(?:,\s*[A-Z]{2}\b)?(?:\s*\(\s*(?:⟦\d+⟧|(?-i:[A-Z]{3,4}))\s*\))?"
    r"(?:\s*,[^;]{0,60}?,|\s*,)?(?:\s*(?:via|through|with\s+a\s+stop(?:over)?\s+in)\s+⟦\d+⟧(?:\s+and\s+⟦\d+⟧)?,?)?"
    r"\s*(?:to|for|towards?)\s+" + PREFIX
    + SLOT.format("b"),
    re.IGNORECASE,
)
# "carrying a patient from Arranmore Island, Co Donegal, to X": an origin the gazetteer lacks (not "from
# Monday to Friday"), a destination it knows
FROM_UNKNOWN_TO = re.compile(
    r"\bfrom\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
    r"June|July|August|September|October|November|December)\b)(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
    r"(?:\s*,\s*(?:Co\.?\s+|County\s+)?⟦\d+⟧\s*,)?\s+to\s+" + PREFIX + SLOT.format("b"), re.IGNORECASE)
FLIGHT_WORDS = (r"flights?|hop|flying|flew|flown|fly|travel(?:l)?(?:ing|ed)|departed|departing|departure|took\s+off|"
                 r"taken\s+off|"
                 r"(?:plane|jet|airliner|aircraft|airplane|helicopter|chopper|turboprop|seaplane|floatplane|"
                 r"Dash[- ]?8|[A-Z]{0,3}-?\d{2,4}(?:-\d{1,3})?(?:MAX)?|Otter|Cessna|Embraer|ATR(?:[- ]?\d+)?|Airbus|"
                 r"Boeing|Antonov|Tupolev|Ilyushin|Superjet|Dornier|Fokker|Bombardier|Learjet|Gulfstream|Beechcraft|"
                 r"Piper|Pilatus|Caravan|King\s+Air|Q400|landed)(?=\s+from\b)|"  # ("had just landed from X")
                 r"taking\s+off|take-?off|lift(?:ing|ed)\s+off|lift-?off|left|leaving|arriving|arrived|originat\w*|route|service|"
                 r"(?:winch-|balloon\s+)?launched|"
                 r"returning")
ORIGIN = [
    re.compile(r"\b(?P<cue>" + FLIGHT_WORDS + r"|carrying|conveying|ferrying|transporting|on\s+(?:its|the|a)\s+way)\b"
               r"[^⟦]{0,40}?\bfrom\s+" + PREFIX + PLACE, re.IGNORECASE),
    # (not "a power cut left X airport without runway lights")
    re.compile(r"\b(?P<cue>depart(?:ed|ing|s)?|left|leaving|leaves)\s+(?:from\s+)?"
               r"(?:runway\s+\d{1,2}[LRC]?\s+(?:at|of)\s+)?" + PREFIX + PLACE  # ("departed runway 35R at X")
               + r"(?!(?:\s+(?:international\s+)?airport)?\s+(?:without|stranded|unable|in\s+(?:the\s+)?dark))",
               re.IGNORECASE),
    re.compile(r"\b(?P<cue>originat\w*)\s+(?:in|at|from)\s+" + PREFIX + PLACE, re.IGNORECASE),
    re.compile(r"\b(?P<cue>(?:flight|flying|flew|took\s+off|departing|departed)\s+out\s+of)\s+" + PREFIX + PLACE,
               re.IGNORECASE),
    re.compile(r"\b(?P<cue>bound\s+for|(?:departed|departing|left|leaving|took\s+off|taking\s+off|set\s+off)\s+for|"
               r"en\s+route\s+to|head(?:ing|ed)\s+(?:to|for)|flying\s+to|flight\s+to|"
               r"travell?ing\s+to|on\s+(?:its|a|the)\s+way\s+to)\s+" + PREFIX + r"⟦\d+⟧,?\s+from\s+" + PREFIX + PLACE,
               re.IGNORECASE),
    re.compile(PLACE + r"[^.⟦]{0,10},?\s+(?P<cue>from\s+(?:where|which)\s+[^.⟦]{0,20}?(?:took\s+off|taken\s+off|"
               r"departed|left|lifted\s+off))", re.IGNORECASE),
]
# An accident database's record: "Departure airport: X", "Destination airport: Y", "Location: Z"
RECORD = re.compile(r"\b(?P<cue>Departure|Destination|Location)(?:\s+(?:airport|aerodrome))?:\s*" + PLACE)
# "left Taipei's Songshan airport for the island of Kinmen": from X, for Y.
# ("had taken off from Pokhara at 9:55am for Jomsom": a time or day may come between: "at 8:12 a.m.
# Saturday", "on the morning of 11 June", "around noon")
_AT_TIME = (r"\s+(?:(?:that|this|early\s+that|early\s+this)\s+(?:morning|afternoon|evening)|earlier|"
            r"(?:late|early)\s+(?:on\s+)?\w+day(?:\s+(?:morning|afternoon|evening|night))?|"
            r"(?:at|around|about|on|shortly\s+after|just\s+after|just\s+before)\s+(?:about\s+)?"
            r"(?:the\s+(?:morning|afternoon|evening)\s+of\s+)?[\w:.]+(?:\s*[ap]\.?m\b\.?)?"
            r"(?:\s+(?:on\s+)?\w+day|\s+on\s+\w+|\s+\d{1,2}\s+\w+)?(?:\s+(?:morning|afternoon|evening|night))?)")
LEFT_FOR = re.compile(r"\b(?:left|leaving|leaves|depart(?:ed|ing|s)?|t(?:ook|aken|aking|akes)\s+off\s+from)\s+"
                      r"(?:from\s+)?" + PREFIX
                      + SLOT.format("a") + r"(?:\s+(?:international\s+)?(?:airport|aerodrome|airfield|air\s+base))?"
                      # ("left Salisbury, Southern Rhodesia, for X": a country's or province's name of two words)
                      r"(?:\s*,\s*(?:⟦\d+⟧|(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?)\s*,)?"
                      # ("departed Goose Bay, Labrador, for X"; "departed Victoria International Airport on
                      # Vancouver Island's southern tip for X")
                      r"(?:\s+(?:on|in|at|near|outside)\s+(?:the\s+)?⟦\d+⟧(?:['’]s(?:\s+[a-z]+){1,2})?)?"
                      r"(?:" + _AT_TIME + r")?,?\s+(?:bound\s+)?for\s+" + PREFIX + SLOT.format("b"), re.IGNORECASE)
# A stop on the way, the flight going on after it: where the leg it flew last set out ("took off again
# after refuelling at X, bound for Y", "stopped at X to refuel before flying on to Y", "made a technical
# stop at X before the final leg to Y")
STOPOVER = re.compile(
    r"\b(?P<cue>(?:after|following)\s+(?:a\s+)?refuell?ing(?:\s+stop)?\s+(?:at|in)|refuell?ed\s+(?:at|in)|"
    r"(?:made|making|a)\s+(?:an?\s+)?(?:technical|refuell?ing|fuel|brief)\s+stop(?:over)?\s+(?:at|in)|"
    r"stopped\s+(?:over\s+)?(?:at|in)|a\s+stopover\s+(?:at|in))\s+" + PREFIX + PLACE
    + r"(?=[^.]{0,60}?\b(?:before|then|bound\s+for|flying\s+on|took\s+off\s+again|continu\w+|(?:final|next|last)\s+leg|"
    r"onward))", re.IGNORECASE)
# "travelling between X and Y", "a service between X and Y": a flight's two ends, in that order
# (a flight word close before: not "the border between X and Y")
BETWEEN = re.compile(r"\b(?:flight|service|route|flying|flew|travell?(?:ing|ed)|operating|shuttl\w*|plying|"
                     r"connecting|linking|en\s+route)\s+(?:[\w-]+\s+){0,3}?between\s+" + PREFIX + SLOT.format("a")
                     + r",?\s+and\s+" + PREFIX + SLOT.format("b"), re.IGNORECASE)
# "the Baku-Grozny flight", "la ruta Madrid-Las Palmas", "la liaison Sanaa-Moroni": a route
# named by its ends, with a word saying it is one.
ROUTE_WORD = (r"route|flight|service|leg|connection|flying|operating|operated|"
              r"ruta|rota|liaison|vol|vuelo|voo|trecho|línea|linha|rute|"
              r"penerbangan|vlucht|"
               r"Strecke|Flug|Verbindung|tratta|volo|rotta|collegamento|рейс\w*|маршрут\w*|направлени\w*")
# (an airport in brackets after a city is where the flight left: "рейс Москва (Внуково) — Сочи")
HYPHEN_ROUTE = re.compile(r"(?:\b(?:" + ROUTE_WORD + r")\s+(?:\w+\s+){0,2}?\(?" + SLOT.format("a")
                          + r"(?:\s*\(\s*" + SLOT.format("a2") + r"\s*\))?\s*[-–—]\s*"
                          + SLOT.format("b") + r"|" + SLOT.format("c") + r"\s*[-–—]\s*" + SLOT.format("d")
                          + r"\s+(?:" + ROUTE_WORD + r")\b|"
                          # "the Lagos-to-Abuja flight", "a Paris-bound-from ..." (the words say it is a route)
                          + SLOT.format("e") + r"\s*-\s*to\s*-\s*" + SLOT.format("f") + r")", re.IGNORECASE)
DESTINATION = [
    re.compile(r"\b(?P<cue>bound\s+for|en\s+route\s+to|(?:flying|heading|headed|travell?ing)\s+back\s+to|"
               r"on\s+(?:its|the|a)\s+(?:way|flight)\s+back\s+to|on\s+(?:its|a|the)\s+way\s+to|destined\s+for|"
               r"heading\s+(?:to|for|towards?)|headed\s+(?:to|for|towards?)|flying\s+to|flight\s+to|service\s+to|"
               r"(?:coming\s+in|about|preparing|cleared)\s+to\s+land\s+(?:in|at|on)|"
               r"(?:hop|trip|journey|leg|shuttle|lesson|exercise|charter|sortie|"
               r"(?:[\w-]+\s+)?run)\s+to|"  # ("on a scheduled run to X", "the mail run to X")
               # ("was flying to the heliport at X", "failed to arrive in X", "flying the patient to a hospital in X")
               r"(?:flying|flew|headed|heading|bound)\s+(?:[\w-]+\s+){0,3}?to\s+(?:the|a)\s+(?:[\w-]+\s+)?"
               r"(?:heliport|helipad|airstrip|base|hospital|camp)\s+(?:at|in|on|near)|"
               r"failed\s+to\s+(?:arrive|land)\s+(?:in|at)|"
               # (an air ambulance "on its way to a road collision near X": the scene it was flying to)
               r"(?:on\s+(?:its|their|the)\s+way|flying|heading|headed)\s+to\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
               r"(?:collision|accident|incident|emergency|call-?out|casualty|patient)\s+(?:in|at|near|on|outside)|"
               # ("carrying four pilgrims to X", "flying wounded troops to X")
               r"(?:carrying|ferrying|transporting)\s+(?:[\w-]+\s+){1,3}?to|flying\s+(?:[\w-]+\s+){0,2}?(?:troops|"
               r"soldiers|tourists|pilgrims|passengers|workers|supplies|cargo|mail|aid|freight|medics|officials)\s+to|"
               # (an air ambulance sent "to pick up a patient in X")
               r"to\s+(?:pick\s+up|collect|fetch|evacuate)\s+(?:an?|the|two|three|four|\d+)\s+(?:[\w-]+\s+)?"
               r"(?:patients?|passengers?|people|workers|crew|casualt(?:y|ies))\s+(?:in|at|from)|"
               r"flight\s+plan\s+(?:to|for)|(?:planned|intended|scheduled|filed|final)\s+destination,?(?:\s+of)?|"
               # ("bound for the aerodrome on Inis Mór", "left for the airstrip at X")
               r"for\s+the\s+(?:[\w-]+\s+)?(?:aerodrome|airstrip|airfield|airport|air\s+base)\s+(?:on|at|in|of)|"
               r"(?:due|scheduled|set|expected|planned|meant|chartered|hired|contracted)\s+to\s+fly\s+(?:on\s+)?to|"
               r"(?:shortly|just|moments|minutes)\s+before\s+landing\s+(?:in|at)|"
               r"travel(?:l)?ing\s+to|planned\s+route\s+to|scheduled\s+to\s+(?:land|arrive)\s+(?:in|at)|"
               r"(?:flying|flew|continuing|continued)\s+on\s+to|"  # ("stopped at X to refuel before flying on to Y")
               r"(?:scheduled|due|planned|expected|set)\s+to\s+end\s+(?:the|its)\s+(?:flight|patrol|trip)\s+(?:in|at)|"
               r"due\s+to\s+(?:arrive|land)\s+(?:in|at)|expected\s+to\s+(?:arrive|land)\s+(?:in|at)|"
               r"(?:was|is|were)\s+due\s+(?:at|in)|"  # ("was due at Nairobi's Wilson Airport")
               r"approach\s+(?:to|into)|approaching|approached|scheduled\s+landing\s+(?:in|at)|"
               r"was\s+landing\s+(?:in|at)|(?:while|when|as)\s+landing\s+(?:in|at|on(?=\s+⟦\d+⟧['’]s?\s+runway))|"
               r"(?:(?:taking|took|taken|takes)\s+off|departed|departing|departs|departure|left)(?:" + _AT_TIME
               + r")?,?\s+(?:bound\s+)?for)\s+" + PREFIX + PLACE,
               re.IGNORECASE),
    re.compile(PLACE + r"(?P<cue>-bound)\b", re.IGNORECASE),
    # "hit by shell fragments at the airport of X as it landed": where it was landing
    re.compile(PLACE + r"(?:\s+(?:international\s+)?airport)?\s+(?P<cue>as\s+it\s+(?:landed|was\s+landing|"
               r"touched\s+down))\b", re.IGNORECASE),
    # "… Houston's George Bush Intercontinental Airport, where it was due to land"
    re.compile(PLACE + r"(?:\s+(?:international\s+)?airport)?\s*,?\s+(?P<cue>where\s+it\s+(?:was\s+)?(?:due|scheduled|"
               r"expected|set|about|cleared)\s+to\s+(?:land|arrive))", re.IGNORECASE),
    # "after fog closed Kangerlussuaq Airport, its planned destination"
    re.compile(PLACE + r"(?:\s+(?:international\s+)?airport)?\s*,\s+(?P<cue>(?:its|their|the\s+(?:flight|plane|"
               r"aircraft|jet)['’]s)\s+(?:(?:planned|intended|scheduled|original|final)\s+)?destination)\b",
               re.IGNORECASE),
]
DIVERSION = [
    re.compile(r"\b(?P<cue>divert\w*|re-?rout\w*|redirect\w*|forced\s+(?:it\s+|the\s+plane\s+)?to\s+land|"
               r"forced\s+landing|emergency\s+(?:landing|stop)|unscheduled\s+(?:landing|stop)|precautionary\s+landing|"
               r"unplanned\s+(?:landing|stop)|"
               r"turn(?:ed|ing|s)?\s+back|turn(?:ed|ing|s)?\s+around|turned\s+(?:the\s+plane\s+)?towards|changed\s+course|"
               r"turn(?:ed|ing)?\s+(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?)?|"
               r"returned|return(?:ing)?|"
               r"altered\s+course|directed\s+to|alternate\s+airport|glided|made\s+an?\s+(?:emergency|unscheduled)"
               r"\s+landing)\b(?:(?!\bto\s+(?-i:[A-Z]))[^.]){0,70}?\b(?:to|towards?|in|at|for|into|near|outside)\s+"
               + PREFIX + PLACE,
               re.IGNORECASE),  # (not past "to" an unknown name: "returning to Pangkal Pinang after a weekend in X")
    re.compile(r"\b(?P<cue>alternate\s+airport)\s*\(\s*" + PLACE, re.IGNORECASE),
    # "forced a domestic flight from X to Y to land in Z"
    re.compile(r"\b(?P<cue>forced|ordered|compelled)\s+(?:(?:[\w'’-]+|⟦\d+⟧)\s+){1,8}?to\s+land\s+"
               r"(?:[^.⟦]{0,30}?\s)??(?:in|at|on|near)\s+" + PREFIX + PLACE, re.IGNORECASE),
    # hijackers "forced it to fly to Malta", "forced the pilots to head for X"
    re.compile(r"\b(?P<cue>forced|ordered|compelled)\s+(?:it|the\s+(?:plane|aircraft|jet|airliner|crew|pilots?|"
               r"captain))\s+to\s+(?:fly|head|divert|go|turn)\s+(?:back\s+)?(?:to|for|towards?)\s+" + PREFIX + PLACE,
               re.IGNORECASE),
]
# "an emergency landing in a cornfield near X", "on a highway outside X": the aircraft lost where
# it came down, a crash site (not a diversion to X's airport)
OFF_GROUND = (r"field|cornfield|farmland|farm|paddock|pasture|meadow|swamp|marsh|bog|bogland|moor|moorland|scrub|"
              r"river|lake|forest|woods|jungle|hillside|mountainside|highway|road|motorway|freeway|interstate|"
              r"street|beach|desert|golf\s+course")
OFF_AIRPORT = re.compile(r"\b(?:in|on|into|onto|at)\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:" + OFF_GROUND + r"|pitch)\b|"
                         r"\b(?:on|onto)\s+(?:Interstate|I-|Highway|Route|State\s+Road|US)\s*\d+", re.IGNORECASE)
# "a forced landing in Offaly bog": the ground after the place's name
OFF_AIRPORT_AFTER = re.compile(r"\s+(?:" + OFF_GROUND + r")\b", re.IGNORECASE)
# "diverted back to X", "flew back to X": where it came from
BACK_TO = re.compile(r"\bback\s+(?:to|towards?|into|at|in)\s+(?:the\s+)?⟦", re.IGNORECASE)
# "the fuselage was built by X in Y": where the aircraft was made, not where it came down
MADE_IN = re.compile(r"\b(?:built|made|manufactured|assembled|produced|designed|registered|delivered|leased)\b",
                     re.IGNORECASE)
# "landed safely in X": a diversion where the sentence names another destination
# ("put down at X", "landed without incident at X")
LANDED = re.compile(r"\b(?P<cue>landed|touched\s+down|put\s+down)\s+(?:safely\s+|instead\s+|later\s+|"
                    r"without\s+(?:further\s+)?(?:incident|injury|injuries|problems?)\s+|"
                    r"(?P<due>normally|on\s+schedule|as\s+scheduled|as\s+planned|on\s+time)\s+)?"
                    r"(?:(?:in|at|on)\s+(?:a|an|the)\s+[\w\s-]{0,40}?\s+)?(?:(?:in|at)\s+" + PREFIX
                    + r"|on\s+(?=⟦\d+⟧['’]s?\s+runway))" + PLACE, re.IGNORECASE)  # ("landed on Trabzon's runway 11")
# "A tyre burst as it landed in X": the landing the flight was making, where it was bound
ARRIVING = re.compile(r"\b(?:as|when|while|moments\s+after|just\s+after|shortly\s+after)\s+"
                      r"(?:it|the\s+(?:[\w-]+\s+){0,2}?(?:plane|aircraft|jet|airliner|flight|helicopter|airbus|boeing))"
                      r"\s+$", re.IGNORECASE)
# "trying to land in bad weather at X": a few words may come before the place.
LAND_GAP = r"(?:[^.⟦]{0,30}?\s)??"
CRASH_CUE = (r"crash(?:ed|es|ing|-landed|-landing)?|involved\s+in\s+an\s+accident|engulfed\s+in\s+flames|"
             r"impacted\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:terrain|ground|trees|water|field|tundra|hillside|"
             r"mountainside|ridge|slopes?|sea|ocean|lake|river|mountain)|substantially\s+damaged|"
             r"belly[- ]?land\w*|nose-?div\w*|came\s+to\s+rest|cartwheel\w*|hard[\s-]+land(?:ing|ed)|"
             # (bush flying: "was forced down on the tundra", "broke through the ice", "flipped while landing")
             r"(?:aircraft|plane|helicopter|wreck)(?:,[^,]{1,40},)?\s+(?:was|were|has\s+been|had\s+been)\s+"
             r"(?:found|located|spotted)|"
             r"went\s+into\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:sea|ocean|lake|river|bay|water|gulf|lagoon|reservoir)|⟦)|"
             r"forced\s+down|broke\s+through\s+(?:the\s+)?(?:[\w-]+\s+)?ice|flipped(?:\s+over)?|nosed\s+over|"
              r"(?:landing\s+)?gear\s+up|wheels[- ]up|"
              r"went\s+down|came\s+down|goes\s+down|comes\s+down|coming\s+down|going\s+down|ditch(?:ed|ing)?|plunged|plunging(?=\s+(?:[\w-]+\s+){0,3}?into)|"
              r"(?:hit|struck|slammed\s+into)\s+the\s+(?:ground|surface|water|sea)|"
              r"(?:hit|struck|flew\s+into)\s+(?:(?:a|the)\s+)?(?:[\w-]+\s+){0,2}?(?:ridge|mountain\w*|hill\w*|slopes?|peak|"
              r"cliff|terrain|glacier|field|trees|power\s+lines|ground|ranges?)|"
              r"slammed|plummeted|wreckage|debris|fuselage|remains|shot\s+down|skidded|veered|overran|overshot|"
              r"crash\s+site|(?:found|located|spotted|reached)\s+(?:it|the\s+(?:aircraft|plane|helicopter|wreck))\b|"
              # (a collision on the ground: "struck the tail of a parked 787 while taxiing to its gate at X")
              r"(?:struck|clipped|hit)\s+(?:the\s+[\w-]+\s+of\s+)?(?:an?|another)\s+parked(?:\s+[^.;⟦\s]+){0,5}|"
              r"collided|colliding|collision|fell(?=\s+into)|sending\s+(?:\w+\s+){0,3}?(?=into)|"
              r"sent\s+(?:\w+\s+){0,3}?(?=into)")
# "crashed near the small town of X", "into the icy X": a word or two may describe the place.
# (and a town the gazetteer lacks before its state: "crashed into a house in Brookfield, Connecticut")
CRASH_PREFIX = (r"(?:the\s+|an?\s+)?(?:[a-z]+\s+){0,2}?" + PREFIX
                + r"(?:(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?,\s+(?=⟦))?")
CRASH = [
    re.compile(r"\b(?P<cue>crash\w*|went\s+down|came\s+down|plunged|plummeted|ditched|collid\w*|collision|"
               r"burst\s+into\s+flames|caught\s+fire|flipped(?:\s+over|\s+upside\s+down)?|overturned)\b(?:(?:[^.⟦]|⟦\d+⟧){0,90}?\s)??(?:(?:while|when|as)\s+"
               r"(?:it\s+)?(?:was\s+)?(?:(?:attempting|trying|about|attempted|tried|coming\s+in|preparing)\s+to\s+land|"
               r"landing|landed|touched\s+down|approaching|"
               r"approached|(?:attempting|making|on)\s+(?:a|an|its)\s+(?:\w+\s+){0,2}?(?:landing|approach)"
               r"(?:\s+(?:to|into))?)|on\s+(?:its|the|a|an)\s+(?:final\s+|landing\s+)?approach\s+(?:to|into)|"
               r"(?:on|upon|during)\s+(?:its\s+|the\s+)?(?:landing|touchdown|arrival))\s+"
               + LAND_GAP
               + r"(?:(?:in|at|on)\s+)?" + PREFIX + PLACE, re.IGNORECASE),
    re.compile(r"\b(?P<cue>crash\w*|went\s+down|came\s+down|plunged)\s+(?:(?:[\w,-]+|⟦\d+⟧)\s+){0,10}?"
               r"(?:(?:shortly|minutes|moments|seconds|soon|just)\s+after|(?:while|when|as)(?:\s+it\s+was)?|"
               r"on|during|upon)\s+"  # ("crashed on takeoff at Almaty")
               r"(?:takeoff|take-off|taking\s+off|departing|departure|leaving|"
               r"lifting\s+off)\s+(?:from\s+|at\s+)?" + PREFIX + PLACE, re.IGNORECASE),
    re.compile(r"\b(?P<cue>" + CRASH_CUE + r")(?:\b[^.;⟦]{0,60}?\b|\s*)(?:near|in|at|into|outside|on|"
               r"(?<!took\s)(?<!taking\s)(?<!taken\s)(?<!take\s)(?<!lifted\s)(?<!lifting\s)off|close\s+to|"
               r"over|by)\s+" + CRASH_PREFIX + PLACE, re.IGNORECASE),  # (not "shot down after it took off from X")
]
# "wreckage of the Twin Otter, which vanished on a flight out of X, was found near Y": where it came down
FOUND_AT = re.compile(r"\b(?P<cue>wreckage|debris|remains)\b[^.;]{0,120}?\b(?:was|were|had\s+been|has\s+been)\s+"
                      r"(?:later\s+)?(?:found|located|spotted|discovered)\s+(?:\w+\s+){0,3}?(?:near|in|at|on|outside|"
                      r"close\s+to)\s+" + CRASH_PREFIX + PLACE, re.IGNORECASE)
# "Divers recovered the flight data recorder off X", "rescuers reached the wreckage near X"
FOUND_ACTIVE = re.compile(r"\b(?:recovered|retrieved|found|located|spotted|reached|pulled)\s+(?:the\s+|its\s+)?"
                          r"(?:[\w-]+\s+){0,3}?(?P<cue>wreckage|debris|fuselage|recorders?|black\s+box(?:es)?|"
                          r"cockpit\s+voice\s+recorder|bodies|remains)\s+(?:of\s+(?:the\s+)?[\w-]+\s+)?"
                          r"(?:\w+\s+){0,2}?(?:off|near|in|at|outside|close\s+to)\s+" + CRASH_PREFIX + PLACE,
                          re.IGNORECASE)
NEAR_AFTER = re.compile(r"(?:['’]s\s+(?:\w+\s+){0,2}?(?:airport|airfield)|"
                         r"\s+(?:international\s+)?(?:airport|airfield))?\s*,?\s*(?:near|close\s+to|outside|by)\s+"
                         + CRASH_PREFIX + PLACE, re.IGNORECASE)
# A break-up in the air over a place: "destroyed by a bomb over the town of X", "broke up over X"
# (not an engine that "exploded ... forcing an emergency landing in X")
BREAKUP = re.compile(r"\b(?P<cue>exploded|blew\s+up|broke\s+up|disintegrated|destroyed)\b[^.⟦]{0,40}?"
                     r"\b(?:over|above)\s+" + CRASH_PREFIX + PLACE, re.IGNORECASE)
PART = re.compile(r"\b(?:engines?|tyres?|tires?|batter(?:y|ies)|fan\s+blades?|cowling|turbines?)\b[^.]{0,40}$", re.I)
# "crashed in ⟦the Zagros⟧ mountains near the town of X", "into ⟦the Atlantic⟧ off X": the place in the area
WITHIN_AREA = re.compile(r"(?:\s+(?:mountains?|hills|range|waters?|" + OFF_GROUND + r"))?\s*,?\s*"
                         r"(?:near|close\s+to|outside|by|off|just\s+off|off\s+the\s+coast\s+of)\s+"
                         + CRASH_PREFIX + PLACE, re.IGNORECASE)
# "crash-landed at X", "hit the ground 335 metres short of the runway at X": where it was landing
LANDING_CRASH = re.compile(r"\b(?P<cue>crash-?land\w*|belly[- ]?land\w*|short\s+of\s+the\s+runway|"
                           # ("a collapsed nose landing gear as it landed back at X", "a gear-up landing at X")
                           r"collapsed\s+(?:nose\s+|main\s+)?(?:landing\s+)?(?:gear|wheel|leg)|"
                           r"(?:nose|main|landing)[- ]?(?:wheel|gear|leg)\s+(?:collapsed|folded)|"
                           r"(?:gear|wheels)[- ]up\s+landing|"
                           r"undershoot\w*\s+the\s+(?:[\w-]+\s+)?runway|undershot\s+the\s+(?:[\w-]+\s+)?runway|"
                           r"(?:overran|overshot)\s+(?:(?:the|a)\s+)?(?:end\s+of\s+(?:the\s+)?)?(?:[\w-]+\s+)?runway|"
                           r"(?:runway\s+)?(?:overrun|excursion)(?=\s+(?:at|in)\s)|"  # ("Sunday's overrun at X")
                           # ("slid off runway 24L at X")
                           r"(?:skidded|slid|veered|ran|rolled)\s+(?:(?:left|right)\s+)?off\s+(?:(?:the|a)\s+)?"
                           r"(?:end\s+of\s+(?:the\s+)?)?(?:[\w-]+\s+)?runway)\s+(?:[^.⟦]{0,45}?\s)??(?:at|of|in)\s+"
                           + PREFIX + PLACE, re.IGNORECASE)
# "during a go-around at X", "a missed approach to X": where it was landing
GO_AROUND = re.compile(r"\b(?P<cue>go-?around|missed\s+approach|aborted\s+landing|rejected\s+landing)\s+"
                       r"(?:at|to|into|on)\s+" + PREFIX + PLACE, re.IGNORECASE)
# "crashed ... just short of X airport": where it was landing (in a sentence that tells of a crash)
SHORT_OF = re.compile(r"\b(?P<cue>short\s+of)\s+(?:the\s+runway\s+(?:at|of)\s+)?" + PREFIX + PLACE, re.IGNORECASE)
# a take-off the sentence does not place ("shortly after takeoff"): from the airport it names
AFTER_TAKEOFF = re.compile(r"\bafter\s+(?:takeoff|take-off|taking\s+off|departure|departing)\b(?!\s+from)", re.I)
DEPARTING = re.compile(r"take-?off|taking\s+off|took\s+off|departure|departing|leaving", re.IGNORECASE)
# "… as it tried to land in thick fog": a landing at the place named before
LANDING_TRY = re.compile(r"\b(?:(?:moments|minutes|seconds|shortly)\s+before\s+it\s+was\s+(?:due|scheduled|set)\s+to\s+"
                         r"land|"
                         r"(?:as|while|when)\s+(?:it\s+|the\s+\w+\s+)?(?:tried|was\s+trying|attempted|"
                         r"was\s+attempting|was\s+coming\s+in|came\s+in|prepared|was\s+preparing|was\s+about)"
                         r"\s+to\s+land)\b"
                         r"(?!\s+(?:in|at|on)\s+⟦)", re.IGNORECASE)
LANDING_ATTEMPT = re.compile(r"\b(?:attempt\w*|trying|try|tried)\s+to\s+land\s+" + LAND_GAP + r"(?:in|at|on)\s+"
                             + PREFIX + PLACE, re.IGNORECASE)
# "was coming in to land in X when it crashed": where it was landing
LANDING_WHEN = re.compile(r"\b(?:coming\s+in|about|preparing|trying|attempting)\s+to\s+land\s+(?:in|at|on)\s+" + PREFIX
                          + PLACE + r"[^.⟦]{0,40}?\b(?:when|as|before)\s+(?:it\s+|the\s+\w+\s+)?(?P<cue>crashed|went\s+"
                          r"down|came\s+down|plunged|slammed|hit|struck|burst\s+into\s+flames)", re.IGNORECASE)
EVENT = re.compile(
    r"\b(?P<cue>drones?|UAVs?|missiles?|intercept\w*|downing|shot\s+down|fired\s+(?:up)?on|attacks?|strikes?|"
    r"explosions?|air\s+raid)\b[^.⟦]{0,60}?\b(?:near|over|in|at|above|outside)\s+" + PREFIX + PLACE,
    re.IGNORECASE,
)
OVERFLOWN = re.compile(
    r"\b(?P<cue>across|over|crossing|crossed|above|through)\s+(?:(?:a\s+part|part|parts)\s+of\s+)?" + PREFIX + PLACE,
    re.IGNORECASE,
)
AT_AIRPORT = re.compile(r"^(?:['’]s)?\s+(?:international\s+)?airport\b|^\s*\(?\s*airport", re.IGNORECASE)
OTHER_INCIDENT = re.compile(
    r"\b(?:another|previous|prior|earlier|last)\s+(?:\w+\s+){0,3}(?:crash|accident|disaster|incident|tragedy)|"
    r"\bonly\s+other\b|\b(?:in|since|of|recall(?:ed|s|ing)|echo(?:ed|es|ing))\s+(?:(?:early|late|mid-?)\s*)?"
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+)?(?:19|20)\d\d,?\s+when\b|"
    # ("another Air India Express flight from Dubai overshot the runway at X": another flight's accident)
    r"\banother\s+(?-i:(?:[A-Z][\w-]*\s+){1,4})(?:flight|jet|plane|aircraft|airliner)\b|"
    r"\breminiscent\s+of\b|"
    # ("The incident recalled the 2009 \"Miracle on the Hudson\", when …")
    r"\brecall(?:ed|s|ing)\s+the\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+)?(?:19|20)\d\d\b|"
    # (the same in the other languages read: "après un incident similaire", "ein ähnlicher Zwischenfall")
    # ("un appareil du même type avait connu une sortie de piste à X": another aircraft)
    r"\b(?:du\s+même\s+type|del\s+mismo\s+(?:tipo|modelo)|do\s+mesmo\s+(?:tipo|modelo)|dello\s+stesso\s+(?:tipo|"
    r"modello)|of\s+the\s+same\s+(?:type|model))\b|"
    r"\b(?:incident|accident|incidente|acidente|incidente)\s+(?:similaire|similar|semblable|parecido|semelhante|"
    r"analogo|simile)\b|\bähnliche[nmr]?\s+(?:Vorfall|Vorfalls|Zwischenfall|Zwischenfalls|Unfall|Unfalls)\b|"
    r"\b(?:second|third|fourth|fifth)\s+(?:\w+\s+){0,3}?(?:crash|accident|incident|disaster|landing|ditching)\s+(?:in|this|since|"
    r"after)\b|"
    r"\b(?:days|weeks|months|years|a\s+(?:day|week|month|year))\s+(?:after|before)\s+"
    r"(?:another|a\s+similar)|"
    # ("The incident comes nearly two years after a coast guard Dash 8 was destroyed …"; not an anniversary's
    # "twenty years after the disaster", the report's own)
    r"\b(?:incident|crash|accident|diversion|landing|emergency)\s+(?:comes|came)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:days|weeks|months|years)\s+after\b|"
    r"\banother\s+of\s+(?:its|the\s+airline's)\b|"
    # ("otra avioneta se accidentó en …", "outro avião caiu", "un autre avion s'est écrasé": another's crash)
    r"\b(?:otr[ao]|outr[ao])\s+(?:avioneta|aeronave|avión|avião|helicóptero|aparelho)\s+(?:que\s+)?(?:se\s+)?"
    r"(?:accident|acident|estrell|desplom|despenh|cay|caiu|precipit)|"
    r"\bun\s+autre\s+(?:avion|appareil|hélicoptère)\s+(?:qui\s+)?(?:avait\s+|a\s+)?(?:s['’](?:est|était)\s+)?"
    r"(?:écras|abîm|connu)|\bin\s+a\s+separate\s+incident\b|\b(?:every|each)\s+year\b|"
    # ("Schon im Mai war ein Gyrocopter bei Straubing notgelandet": earlier in the year, another)
    r"\b(?i:schon|bereits)\s+(?:im|am|vor)\s+(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|"
    r"November|Dezember|vergangenen|letzten|Vorjahr)\b|"
    r"\b(?:has|have|had)\s+been\s+(?:\w+\s+){0,4}?since\s+(?:a|an|the)\b|"  # "It has been more than a year since a …"
    r"\b(?:two|three|four|five|several|multiple|both)\s+(?:[\w-]+\s+){0,2}?(?:crashes|accidents|disasters)\b|"
    # ("has faced several incidents on its London routes this year, including …", "drones have repeatedly crashed")
    r"\b(?:faced|suffered|had|has\s+seen|reported)\s+(?:several|multiple|numerous|a\s+(?:string|series|number)\s+of)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:incidents|diversions|emergencies)\b|"
    r"\b(?:have|has)\s+repeatedly\s+(?:crashed|fallen|come\s+down|landed|strayed)\b|"
    # ("Это уже второй случай … за лето", "не первый инцидент": a second incident, Russian)
    r"\b(?:второй|третий|не\s+первый)\s+(?:[\w-]+\s+){0,2}?(?:случай|инцидент|раз)\b|"
    # ("To drugi taki wypadek w tym roku", "inna awionetka lądowała": Polish)
    r"\b(?:drugi|trzeci|kolejny)\s+(?:[\w-]+\s+){0,2}?(?:wypadek|przypadek|incydent)\b|"
    r"\binn[yaą]\s+(?:samolot|awionetk|maszyn|śmigłow)\w*|"
    # ("et andet sportsfly", "ett annat plan", "et annet helikopter": Danish, Swedish, Norwegian)
    r"\b(?:et\s+andet|en\s+anden|et\s+annet|en\s+annen|ett\s+annat|en\s+annan)\s+\w*(?:fly|plan|helikopter)\w*|"
    r"\b(?:its|the)\s+(?:previous|earlier|prior)\s+(?:\w+\s+)?flight\b|"
    r"\bsince\s+(?:a|an|the)\s+(?:(?:19|20)\d\d\s+)?(?:[\w-]+\s+){0,3}?(?:crash\w*|went\s+down|came\s+down|accident|"
    r"disaster)\b",
    re.IGNORECASE,
)
# A report that turns to other incidents of the same days: "The incident capped a difficult week", "The diversion
# came in a week of incidents across the country"; after it, an aircraft told of anew ("On Monday a Cessna
# trainer crashed …") is another's
ROUNDUP = re.compile(r"\b(?:capped|rounded\s+off|came\s+(?:in|amid|during|after))\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?"
                     r"(?:week|month|year|spate|string|series|run)\b|\b(?:spate|string|series)\s+of\s+(?:[\w-]+\s+)?"
                     r"(?:incidents|accidents|crashes|mishaps)\b", re.IGNORECASE)
ANOTHER_AIRCRAFT = re.compile(r"\b(?:a|an|another)\s+(?:[\w-]+\s+){0,3}?(?:plane|aircraft|airliner|jet|helicopter|"
                              r"trainer|turboprop|Cessna|Piper|Beechcraft|glider|microlight|drone)\b", re.IGNORECASE)
# A time before the report's ("last year", "two months ago"): another incident, but in the lead of a
# report told after the event, the incident itself ("crashed after takeoff from X in January of last year")
EARLIER_TIME = re.compile(
    r"\b(?:last|earlier\s+this|the\s+previous)\s+(?:week|weekend|month|year)\b|"
    r"\b(?:two|three|four|five|six|several|a\s+few)\s+(?:days|weeks|months|years)\s+(?:ago|earlier)\b|"
    # ("had departed Wichita a week earlier", "on to Reykjavík earlier in the week")
    r"\ba\s+(?:week|fortnight|month|year|decade)\s+(?:ago|earlier)\b|\bdecades?\s+(?:ago|earlier)\b|\bearlier\s+in\s+the\s+(?:week|month|year)\b|"
    # ("had flown in from Miami on a commercial flight the day before": a passenger's earlier trip)
    r"\bthe\s+(?:day|night|week|month)\s+before\b(?!\s+(?:the|its|a|an|his|her|their)\b)|"
    r"\byears\s+ago\b|"
    # (in the other languages read: "há dois anos", "hace tres años", "il y a deux ans", "vor zwei Jahren")
    r"\bh[áa]\s+(?:[\w-]+\s+)?(?:semanas|meses|anos)\b|\bno\s+ano\s+passado\b|"
    r"\bhace\s+(?:[\w-]+\s+)?(?:semanas|meses|años)\b|\b(?:año|mes|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    r"septiembre|octubre|noviembre|diciembre)\s+pasado\b|"
    r"\bil\s+y\s+a\s+(?:[\w-]+\s+)?(?:semaines|mois|ans)\b|\bl['’]an(?:née)?\s+derni[eè]re?\b|"
    r"\bvor\s+(?:[\w-]+\s+)?(?:Wochen|Monaten|Jahren)\b|\b(?:letztes|im\s+vergangenen)\s+Jahr\b|"
    r"\b(?:[\w-]+\s+)?(?:settimane|mesi|anni)\s+fa\b|\bl['’]anno\s+scorso\b|"
    # ("в прошлом году", "три года назад"; "Напомним, …", "let us recall", which turns to earlier events)
    r"\bв\s+прошлом\s+(?:году|месяце)|\b(?:год|года|лет|месяц|месяца|месяцев|недели|недель)\s+назад\b|"
    r"^\W*Напомним\b|"
    # ("Pekan lalu, penerbangan dari X ke Y juga …", "Pada tahun lalu", "Sebelumnya, pada 2015, …")
    r"\b(?:pekan|minggu|bulan|tahun)\s+lalu\b|^\W*Sebelumnya\b|"
    # ("w ubiegłym roku", "dwa lata temu", "Przypomnijmy, że …": Polish)
    r"\bw\s+(?:ubiegłym|zeszłym|poprzednim)\s+roku\b|\b(?:rok|lata|lat|miesiące|miesięcy|tygodnie|tygodni)\s+temu\b|"
    r"^\W*Przypomnijmy\b|"
    # ("sidste år", "i fjor", "förra året": Danish, Norwegian, Swedish)
    r"\bsidste\s+år\b|\bi\s+fjor\b|\bi\s+fjol\b|\bförra\s+året\b|\bforrige\s+år\b|"
    r"\bfor\s+(?:[\w-]+\s+)?(?:år|måneder|uker|uger)\s+siden\b|\b(?:år|månader|veckor)\s+sedan\b", re.IGNORECASE)
# A sentence dated by its year ("In 2011, a 737 crashed near X", "crashed near X in March 2011,", "que
# en 1990 se estrelló"), not
# an aircraft's age ("delivered in 2013", "in service since 2010")
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# (the months in the other languages read that English spelling does not cover: "en juillet 2021", "im März")
_LOCAL_MONTHS = (r"(?:février|fevereiro|março|märz|avril|abril|aprile|mai|mayo|maio|maggio|juin|giugno|juillet|luglio|"
                 r"août|agosto|setembro|settembre|outubro|ottobre|oktober|décembre|diciembre|dezembro|dicembre|"
                 r"dezember|gennaio|febbraio|marzo|mars|enero|febrero|janvier|janeiro|junho|julho|"
                 # (Russian: "в сентябре 2008 года", "12 сентября 2008 года")
                 r"январ[ея]|феврал[ея]|март[еа]|апрел[ея]|ма[ея]|июн[ея]|июл[ея]|август[еа]|сентябр[ея]|октябр[ея]|"
                 r"ноябр[ея]|декабр[ея])")
# "moved its headquarters from Chicago to Arlington": a firm's move, no flight
MOVED = re.compile(r"\b(?:mov\w+|relocat\w+|transferr?\w*)\s+(?:\w+\s+){0,3}?(?:headquarters|head\s+office|offices?|"
                   r"base|operations|production|plant|factory|hub|strength|fleet|forces|ships|units?)\s+$",
                   re.IGNORECASE)
# A sentence opening on a month or a year, without a day ("In March, a flight instructor …", "In
# October 2008 a Qantas A330 …"): told after the route, an earlier event
MONTH_OPENER = re.compile(r"^\W*(?:(?:In|Last|Back\s+in|Earlier\s+in)\s+(?:early\s+|late\s+|mid-)?" + _MONTHS
                          + r"(?=[\s,])(?!\s+\d{1,2}\b)|In\s+(?:19|20)\d\d\b|"
                          # ("En juillet 2021, un planeur …", "En 2020, …", "Im Mai 2019 …")
                          r"(?:En|Em|Nel|Im|В)\s+(?:(?i:" + _LOCAL_MONTHS + r"|" + _MONTHS + r")\s+(?:de\s+)?)?"
                          r"(?:19|20)\d\d\b|"
                          # ("В июле самолёт …": in a month, not in the report's days)
                          r"В\s+(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)"
                          r"(?!\s+(?:этого|текущего|нынешнего)))")
# ("the 2016 Tu-154 crash", "US-Bangla's 2018 crash in Kathmandu", "after a 2019 crash near Bishoftu")
YEAR_NAMED = re.compile(r"(?:\bthe|\ban?|[\w-]['’]s)\s+"
                        r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+)?"  # ("the May 2020 …")
                        r"(?P<year>(?:19|20)\d\d)\s+(?:[\w-]+\s+){0,3}?(?:crash|accident|"
                        r"disaster|tragedy|downing|shoot-?down|incident)\b", re.IGNORECASE)
DATED_YEAR = re.compile(
    r"(?<!delivered )(?<!built )(?<!manufactured )(?<!registered )(?<!founded )(?<!established )"
    r"(?<!introduced )(?<!acquired )(?<!leased )(?<!service )(?<!since )(?<!made )"
    r"\b(?:in|on|of|en|em|im|nel|au|le|в|pada)\s+(?P<date>(?:\d{1,2}\s+)?(?:de\s+)?(?:" + _MONTHS + "|" + _LOCAL_MONTHS
    + r")\s+(?:de\s+)?(?:\d{1,2},?\s+)?)?"
    r"(?P<year>(?:19|20)\d\d)\b"
    r"(?!\s*(?:km|kilomet|mi\b|miles|feet|ft\b|metres|meters|m\b|people|passengers|hours|flights))",
    re.IGNORECASE,
)
# "routes from X to Y", "dozens of flights were diverted from X to Y", "planes bound for X": an
# airline's network or other flights, not the flight of the report
NETWORK = re.compile(r"\b(?:routes|services|connections|flights|planes|airliners|jets)\s+(?:\w+\s+){0,3}?$|"
                     # ("dropped its seasonal route from X to Y": an airline's network)
                     # (not "a 737 on its scheduled service from X to Y": the flight's)
                     r"(?<!\bon\s)\b(?:its|their|a\s+new|the\s+airline['’]s)\s+(?:[\w-]+\s+){0,2}?(?:route|service)\s+$",
                     re.IGNORECASE)
# "… flying to X since 2016", "… from X twice a week": a service, not one flight
SERVICE_AFTER = re.compile(r"\s*(?:,\s*)?(?:since\s+(?:19|20)\d\d|every\s+(?:day|week)|daily|weekly|twice\s+a|"
                           r"three\s+times\s+a|several\s+times\s+a)\b", re.IGNORECASE)
NEGATED = re.compile(r"(?:instead\s+of|rather\s+than|permission\s+for|sought|denied|not)\s+(?:\w+\s+){0,3}$",
                     re.IGNORECASE)
# "asked to return to X", "wanted to divert to X": asked for, not done.
INTENDED = re.compile(r"\b(?:asked|requested|wanted|sought|planned|intended|permission|clearance|tried|"
                      r"attempted|attempting|trying)\s+(?:\w+\s+){0,2}?to\s+$|"
                      # ("had briefly considered diverting to X": weighed, not done)
                      r"\b(?:considered|considering|contemplated|weighed|discussed|debated|mulled)\s+$|"
                      # ("a sightseeing flight with a planned return to X": a round trip's end, no turn back)
                      r"\b(?:a|its|the)\s+(?:planned|scheduled|intended)\s+$", re.IGNORECASE)
DEBRIS_FOUND = re.compile(r"\b(?:found|spotted|located|discovered|recovered|seen|field|lies|lay|strewn)\b",
                           re.IGNORECASE)
OTHER_FLIGHTS = re.compile(r"\b(?:flights|planes|airliners|aircraft|traffic)\s+(?:[\w⟦⟧-]+\s+){0,5}?"
                           r"(?:were|are|have\s+been|had\s+been)\s+(?:being\s+)?(?:\w+\s+)?$|"
                           # ("A second aircraft in the formation returned safely to X")
                           r"\b(?:second|another|other|rescue|search|replacement|chase)\s+(?:aircraft|plane|jet|"
                           r"helicopter|flight|airliner)s?\b[^⟦.]{0,40}$", re.IGNORECASE)
# (debris "later found on" an island or a beach drifted there: "debris later found on Reunion Island")
WASHED = re.compile(r"\b(?:washed|drifted|floated|carried|later\s+(?:found|discovered|recovered)\s+on)\b",
                    re.IGNORECASE)
PARTS_FELL = re.compile(r"\b(?:debris|pieces|parts|fragments|chunks|panels?|cowling|cover|engine\s+parts)\s+"
                         r"(?:\w+\s+){0,2}$", re.IGNORECASE)
# "students returning home from X": people on their way, not the flight
PEOPLE_GOING = re.compile(r"\b(?:(?i:passengers|people|students|tourists|pilgrims|workers|families|residents|fans|"
                          r"players|travell?ers|nationals|citizens|migrants|soldiers|troops|children|members|holidaymakers|"
                          r"employees|staff|officials|team|teams|investigators|experts|delegation|rescuers|"
                          r"specialists|some|many|others|relatives|mourners|engineers|technicians|mechanics|crews|"
                          r"doctors|medics|paramedics|patients|survivors|bodies|victims|injured|contractors|miners|"
                          r"labou?rers|firefighters|fire\s+crews|firemen|police|policemen|officers|ambulances|volunteers)|"
                          r"[A-Z]\w+(?:ans|ese|is|ers|ites))(?:,(?=\s+who\b))?\s+"  # ("relatives, who had travelled")
                          r"(?:[\w-]+\s+){0,4}?$")
# "took the 55-year-old pilot, from Morayfield, to hospital": where a person is from, not a flight's start
PERSON_FROM = re.compile(r"\b(?:\d+-year-old|pilot|passenger|man|woman|boy|girl|resident|native|instructor|student|"
                         r"victim|survivor|owner|farmer)s?\b[^⟦,.]{0,30},\s*(?:from\s+⟦)?$|"
                         # ("took the passenger, a 72-year-old man from X, to hospital in Y")
                         r"\b(?:man|woman|boy|girl|mother|father|son|daughter|grandmother|grandfather|resident|native|"
                         r"businessman|businesswoman|teacher|nurse|tourist)\s+(?:from\s+⟦)?$", re.IGNORECASE)
# "a rescue helicopter from X", "would send a replacement aircraft from X": another aircraft than the
# report's; so is one that searches ("A helicopter from Hobart and a jet from Melbourne searched …")
OTHER_AIRCRAFT = re.compile(r"\b(?:rescue|search|replacement|relief|second|another|other|backup|spare|chase|"
                            r"coastguard|coast\s+guard|lifeboat)\s+"
                            r"(?:[\w-]+\s+){0,2}$|"
                            # ("a sonic boom from the jets, which took off from RAF Coningsby": the escorts')
                            r"\b(?:fighters|fighter\s+jets|jets|interceptors|escorts|Typhoons|Eurofighters|F-\d+s|Rafales|"
                            r"Gripens|warplanes)\s*,?\s+(?:which|that)\s+(?:had\s+)?$", re.IGNORECASE)
SEARCHING = re.compile(r"\b(?:search(?:ed|es|ing)?|winch(?:ed|ing)|hoist(?:ed|ing)|rescued|scrambled|dispatched|"
                       r"took\s+part\s+in\s+the\s+(?:rescue|search|recovery)|joined\s+the\s+(?:rescue|search))\b",
                       re.IGNORECASE)
# "a flight with 154 passengers returned to X": the people carried, not the subject
CARRYING = re.compile(r"\b(?:with|carrying|conveying|ferrying|transporting)\s+(?:[\w,-]+\s+){0,2}$", re.IGNORECASE)
# "passengers ... were returning to X", "on board, returning to X": people going home, not a turn-back
PEOPLE_RETURNING = re.compile(r"(?:\b(?:passengers|people|employees|workers|tourists|pilgrims|students|families|"
                               r"residents|officials|travell?ers|fans|players|who)\b(?:\s+\w+){0,3}\s+(?:were|are)\s+|"
                               r"\bon\s+board\s*,\s*|\bwere\s+)$", re.IGNORECASE)
# An emergency landing in which the aircraft struck something: a crash where it landed (not one in
# which "a passenger was killed" by an engine failure in flight)
IMPACT = re.compile(r"\b(?:struck|hit|clipped|slammed\s+into|crashed\s+into|ploughed\s+into|plowed\s+into)\s+"
                    r"(?:an?|the|several|two|three)\s+(?:\w+\s+)?(?:cars?|vehicles?|trucks?|buildings?|houses?|"
                    r"homes?|trees?|power\s+lines?|poles?|walls?|fences?)\b|\b(?:burst\s+into\s+flames|"
                    r"caught\s+fire|was\s+destroyed)", re.IGNORECASE)
# "burst into flames after an emergency landing at X": destroyed where it landed (not "an engine
# caught fire, forcing an emergency landing": a fire in flight)
DESTROYED_ON_LANDING = re.compile(r"\b(?:burst\s+into\s+flames|caught\s+fire|was\s+destroyed|broke\s+(?:apart|up|"
                                  r"in\s+(?:two|half))|exploded)\s+(?:shortly\s+)?(?:after|upon|on|during|in)\s+"
                                  r"(?:an?|its|the)\s+$", re.IGNORECASE)
FORCED_LANDING = re.compile(r"emergency|forced|crash", re.IGNORECASE)
# An aircraft or its people unharmed by a landing: "the aircraft was undamaged", "walked away unhurt"
UNHARMED = re.compile(r"\b(?:undamaged|without\s+damage|no\s+damage|unhurt|uninjured|unscathed|walked\s+away|"
                      r"(?:no\s+one|nobody|neither)\s+(?:\w+\s+)?(?:was\s+|were\s+)?(?:hurt|injured)|no\s+injuries|"
                      r"(?:was|were)\s+not\s+(?:hurt|injured)|neither\s+[^.]{0,60}?\b(?:was|were)\s+(?:hurt|injured)|"
                      # (the same in the other languages read: "personne n'a été blessé", "sin heridos", "ilesos")
                      r"personne\s+n['’]a\s+été\s+blessée?|aucun\s+(?:blessé|dommage)|indemnes?|sains?\s+et\s+saufs?|"
                      r"(?:nadie|ninguno)\s+(?:resultó|sufrió)\s+herido|sin\s+(?:heridos|daños)|ilesos?|ilesas?|"
                      r"ningu[ée]m\s+(?:ficou\s+)?ferido|sem\s+(?:feridos|danos)|nessun\s+ferito|illes[oi]|"
                      r"unverletzt|niemand\s+wurde\s+verletzt|keine\s+verletzten)\b",
                      re.IGNORECASE)
# ... and harmed: no forced landing in a field is a mere landing where the report tells of damage
DAMAGED = re.compile(r"\b(?:damaged|destroyed|written\s+off|wreck\w*|flipped|overturned|burn\w*|killed|dead|"
                     r"fire(?!\s+(?:department|crews?|fighters?|service|district|rescue|station|chief|marshal|trucks?))|"
                     r"died|seriously)\b", re.IGNORECASE)
# "touched down on the freeway about 3 miles south of X", "an emergency landing in a cattle pasture 4 miles east
# of X", "landed on eastbound Interstate 84 near X": a landing by X off any airport (a diversion when no one and
# nothing came to harm; a crash else)
FIELD_LANDING = re.compile(
    r"\b(?P<cue>(?:made|makes|making)\s+an?\s+(?:emergency|forced|precautionary|unplanned)\s+landing|landed|lands|"
    r"touched\s+down|set\s+(?:it|the\s+(?:plane|aircraft)|(?:his|her|their)\s+(?:plane|aircraft))\s+down|"
    r"put\s+(?:it|the\s+(?:plane|aircraft))\s+down)\s+(?:safely\s+)?(?:in|on|onto)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:" + OFF_GROUND + r"|pasture|fairway|Interstate|I-\d+|State\s+Route|Highway|Route|US-\d+|"
    r"surface)\b[^.⟦]{0,50}?\b(?:near|outside|of|in|by|off)\s+" + PREFIX + PLACE, re.IGNORECASE)
# "Passengers returned to the airport", "the families headed back": people, not the aircraft
PEOPLE_DID = re.compile(r"\b(?:passengers|people|travell?ers|families|relatives|tourists|residents|officials|"
                        r"investigators|rescuers|workers|survivors|crowds?|fans)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
TIME_REFERENCE = re.compile(r"\b(?:before|after|since|prior\s+to|ahead\s+of|following)\s+the\s+$", re.I)
APPOSITION_DISTANCE = re.compile(r"(?:located|situated|which\s+is|which\s+lies|lies|sits)\s+$", re.IGNORECASE)
FLIGHTY = re.compile(r"\b(?:" + FLIGHT_WORDS + r"|jet|plane|airliner|aircraft|crash\w*|divert\w*|re-?rout\w*)\b")
COURSE_CHANGE = re.compile(r"\b(?:chang\w+\s+course|altered\s+course|(?<!-)turned|instead|divert\w*|returned|"
                           r"abandon\w*\s+(?:the|its)\s+(?:approach|landing)|broke\s+off)\b",
                            re.IGNORECASE)
CRASHY = re.compile(r"\b(?:" + CRASH_CUE + r")\b")


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
    key = re.sub(r"(north|south)-(east|west)$", r"\1\2", re.sub(r"[\s]+", "-", text.lower()))  # ("north-north-east")
    return BEARINGS.get(key, BEARINGS.get(key.replace("-", "")))


ANAPHOR_QUICK = re.compile(r"\b(?:the\s+(?:airport|airfield|aerodrome|airstrip|field|runway|city|town|capital)|"
                           r"its\s+destination)\b")
ANAPHOR = re.compile(
    r"(?P<approx>about|approximately|some|around|nearly|roughly|almost|just)?\s*" + NUM + r"\s*(?:-\s*)?" + UNIT
    + r"\b(?:\s*\([^)]{0,40}\))?\s*(?:away\s+)?(?:to\s+the\s+)?(?:" + DIR + r"\s+)?(?:of|from|short\s+of|off)\s+"
    r"(?:the|its)\s+(?P<what>airport|airfield|aerodrome|airstrip|field|runway|city|town|capital|destination)\b",
    re.IGNORECASE,
)

# A run off the runway's side or end: "skidded off the runway", "veered left off the wet runway", "off
# runway 09", "off the steeply sloping runway"
OFF_RUNWAY = (r"(?:skidded|slid|veered|ran|rolled|careered|went)\s+(?:(?:left|right)\s+)?off\s+(?:the\s+)?"
              r"(?:end\s+of\s+(?:the\s+)?)?(?:[\w-]+\s+){0,2}?runway")
AIRPORT_REF = re.compile(r"\b(?:(?:near|at|outside|close\s+to|by|beside)\s+the\s+(?:airport|airfield)|"
                         r"(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+the\s+"
                         r"(?:airport|airfield|runway)|(?:ran|rolled|went)\s+off\s+the\s+end\b|overran\s+the\s+end\b|"
                         r"(?:beside|near|at|past|beyond)\s+the\s+end\s+of\s+the\s+runway|"
                         r"(?:on|along|across)\s+the\s+runway(?=[^.]{0,30}\b(?:as|while|when)\s+"
                         r"it\s+(?:was\s+)?land)|(?:just\s+|shortly\s+)?"
                         r"short\s+of\s+the\s+runway|off\s+the\s+end\s+of\s+the\s+runway|"
                         + OFF_RUNWAY + r"|(?:departed|left|exited)\s+the\s+(?:side\s+of\s+the\s+)?runway\s+surface|"
                         r"(?:departed|left|exited)\s+the\s+(?:side\s+of\s+the\s+)?runway"
                         r"(?:\s+surface)?(?=[^.]{0,60}"
                         r"\b(?:came\s+to\s+(?:a\s+stop|rest)|stopped|soft\s+ground|grass|embankment|"
                         r"after\s+(?:landing|touchdown|touching\s+down)|on\s+landing))|"
                         r"(?:overran|overshot)\s+the\s+(?:[\w-]+\s+)?runway)\b", re.IGNORECASE)
# Every English cue word of the patterns above, for the quick filter that skips sentences stating no route.
CUES = (r"from|bound|put\s+down|route|way|destin|head|fl[yi]|flew|travel|planned|scheduled|due|expected|approach|land|"
        r"left|depart|leaving|took|taking|takeoff|arriv|originat|return|divert|re-?rout|redirect|forced|"
        r"emergency|unscheduled|precautionary|turned|chang|altered|directed|alternate|crash|went|came|ditch|"
        r"plung|slam|plummet|wreck|debris|fuselage|remains|shot|skid|veer|overran|overshot|drone|uav|missile|"
        r"nose|rest|cartwheel|undershoot|undershot|belly|gear|wheels|short|between|service|cleared|go-?around|missed|"
        r"aborted|rejected|recorder|black\s+box|bodies|hop|trip|journey|involved|impacted|damaged|engulf|"
        r"(?:leg|shuttle|lesson|exercise|charter|sortie|run)\s+to|"
        r"location|"
        r"collid|collision|burst|caught\s+fire|flipped|overturned|struck|hit\s|"
        r"intercept|downing|fired|attack|strike|explosion|air\s+raid|across|over|cross|above|through|airport|"
        r"km|kms|kilom|mil|nautical|nm|met(?:er|re)s|⟧\s*[-–—]\s*⟦")
# A turn back that names no place: the flight went back to where it took off.
TURN_BACK = re.compile(r"\b(?:turned\s+(?:back|around)|turn\s+(?:back|around)|(?:made|making)\s+an?\s+U-turn|"
                       r"U-turned|(?:flew|headed|was\s+flying)\s+back|air\s+turn-?back|"
                       r"(?:forced|had|obliged|ordered)\s+to\s+return|"
                       r"return(?:ed|ing)?\s+to\s+(?:the\s+)?(?:airport|gate|stand|(?:its|the)\s+(?:origin|departure\s+"
                       r"(?:airport|point|aerodrome|airfield)|point\s+of\s+departure|airport\s+of\s+departure|base))|"
                       r"returned\s+(?:safely|shortly|soon|minutes|about|an\s+hour|half\s+an\s+hour))\b",
                       re.IGNORECASE)
# A flight returns to where it took off; these cues state a take-off.
RETURNS = r"return|turn(?:ed|ing)?\s+back"
TAKEOFFS = (r"tak(?:e|ing|en)[- ]?off|took\s+off|takeoff|lift(?:ing|ed)[- ]off|lift-?off"
            r"|after\s+(?:leaving|departing|departure)")
