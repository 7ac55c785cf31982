"""Norwegian, Swedish and Danish, read as one: the clear patterns only ("fra X til Y", "från X till Y",
"nødlandet på X", "omdirigeret til X", "styrtet … vest for X", "störtade cirka 5 km norr om X")."""

from __future__ import annotations

import re

from geoviz.statements.language import PLACE, SLOT, Language, lazy

_AIRPORT = r"(?:lufthavn|lufthamn|flyplass|flygplats|flyveplads|flygfält)(?:en)?"
# "Oslo lufthavn Gardermoen": the airport's own name after its town's; "Akademiska sjukhuset i Uppsala",
# "Aarhus Universitetshospital i Skejby": a hospital's town after its name
PREFIX = (r"(?:⟦\d+⟧\s+" + _AIRPORT + r"\s+|(?:(?-i:[A-ZÆØÅÄÖ])\w+\s+){0,2}?(?:sjukhuset|sykehuset|sygehuset|"
          r"universitetshospital|universitetssykehus|universitetssjukehus|hospital|lasarettet)\s+(?:i|på)\s+|"
          r"(?:byen|staden|byn|kommunen|øya|ön|øen)\s+)?")
# (what may follow a route's first end: "fra Mora lasarett till …", "fra Bergen lufthavn Flesland til …")
_AFTER = (r"(?:\s+(?:" + _AIRPORT + r"(?:\s+(?:⟦\d+⟧|(?-i:[A-ZÆØÅÄÖ])[\w-]+))?|"
          r"lasarett|sykehus|sjukhus|sygehus|havn|hamn))?")
FROM_TO = lazy(r"\b(?:fra|från|frå)\s+" + PREFIX + SLOT.format("a") + _AFTER + r"(?:\s*,[^;]{0,60}?,)?"
               r"\s+(?:til|till)\s+" + PREFIX + SLOT.format("b"), re.IGNORECASE)
_AT = r"(?:i|på|ved|vid|nær|nära|utenfor|utanför|udenfor|ud\s+for|til|till)"
ROLES = (
    ("origin", lazy(r"\b(?P<cue>(?:tok|tatt|tog|taget)\s+av\s+fra|(?:tog\s+)?afsted\s+fra|lettet\s+fra|lettede\s+fra|"
                    r"lyft(?:e|et|a)?\s+från|start(?:et|ede|ade)\s+fr(?:a|ån)|(?:etter|efter)\s+(?:start|avgang|afgang)\s+"
                    r"fr(?:a|ån)|avgick\s+från|(?:på\s+)?(?:vei|väg|vej)\s+fr(?:a|ån)|kom\s+fr(?:a|ån))\s+"
                    + PREFIX + PLACE, re.IGNORECASE)),
    # ("skulle til Lillehammer", "var på väg till Gällivare"; not "skulle videre til", onward by bus)
    ("destination", lazy(r"\b(?P<cue>(?:på\s+)?(?:vei|väg|vej)\s+(?:\w+\s+){0,3}?(?:til|till)|"
                         r"skulle\s+(?!videre\b|vidare\b|tilbake\b|tillbaka\b|tilbage\b)(?:\w+\s+){0,2}?(?:til|till)|skulle\s+lande\s+(?:i|på)|"
                         r"med\s+kurs\s+(?:mot|mod)|med\s+destina(?:sjon|tion)|destinasjon|destination)\s+"
                         + PREFIX + PLACE, re.IGNORECASE)),
    ("diversion", lazy(r"\b(?P<cue>nødland\w*|nödland\w*|omdirig\w*|dirigert\s+om|(?:måtte|måste)\s+(?:\w+\s+){0,2}?"
                       r"(?:snu\s+og\s+|vende\s+og\s+)?lande|vend(?:e|te)\s+tilbak[ee]|vände\s+tillbaka|"
                       r"vendte\s+tilbage|returnerte|återvände|snudde\s+og\s+landet|landet\s+i\s+stedet|"
                       r"landade\s+i\s+stället|landede\s+i\s+stedet|mellomland\w*|mellanland\w*|sikkerhetslandet|"
                       r"sikkerhedslandede|säkerhetslandade)\b[^.⟦]{0,40}?\b" + _AT + r"\s+" + PREFIX + PLACE,
                       re.IGNORECASE)),
    ("landed", lazy(r"\b(?P<cue>landet|landade|landede)\s+(?:\w+\s+){0,2}?(?:i|på)\s+" + PREFIX + PLACE,
                    re.IGNORECASE)),
    ("crash_site", lazy(r"\b(?P<cue>styrt(?:et|ede|a)|störtade|störtat|havarert\w*|havarerade|forulykke\w*|krasj\w*|"
                        r"kraschade|kraschlandade|vrak(?:et)?|vraget)\b[^.⟦]{0,60}?\b(?:ved|vid|i|på|nær|nära|utenfor|"
                        r"utanför|udenfor|ud\s+for)\s+" + PREFIX + PLACE, re.IGNORECASE)),
)

BEARINGS = {"nord": 0.0, "norr": 0.0, "nordøst": 45.0, "nordost": 45.0, "øst": 90.0, "öst": 90.0, "öster": 90.0,
            "ost": 90.0, "sørøst": 135.0, "sydøst": 135.0, "sydost": 135.0, "sør": 180.0, "syd": 180.0,
            "söder": 180.0, "sørvest": 225.0, "sydvest": 225.0, "sydväst": 225.0, "vest": 270.0, "väst": 270.0,
            "väster": 270.0, "nordvest": 315.0, "nordväst": 315.0}
WORDS = {w: n for n, w in ((1, "en"), (1, "ett"), (1, "et"), (2, "to"), (2, "två"), (3, "tre"), (4, "fire"),
                           (4, "fyra"), (5, "fem"), (6, "seks"), (6, "sex"), (7, "sju"), (7, "syv"), (8, "åtte"),
                           (8, "åtta"), (8, "otte"), (9, "ni"), (9, "nio"), (10, "ti"), (10, "tio"), (12, "tolv"),
                           (15, "femten"), (15, "femton"), (20, "tjue"), (20, "tjugo"), (20, "tyve"), (30, "tretti"),
                           (30, "trettio"), (30, "tredive"), (40, "førti"), (40, "fyrtio"), (40, "fyrre"),
                           (50, "femti"), (50, "femtio"), (50, "halvtreds"))}
# "omtrent åtte kilometer vest for Voss", "cirka fem kilometer norr om Kiruna", "tre kilometer fra Rønne"
DISTANCE = lazy(r"\b(?:omtrent\s+|omkring\s+|cirka\s+|ca\.\s*|ungefär\s+|rundt\s+|knapt\s+|drygt\s+)?"
                r"(?:(?P<num>\d{1,4}(?:[.,]\d+)?)|(?P<word>" + "|".join(WORDS) + r"))\s*"
                r"(?P<unit>km|kilometer|kilometre|nautiske\s+mil|sjømil|sjömil|mil)\s+"
                r"(?:(?P<dir>" + "|".join(BEARINGS) + r")\s+(?:for|om)|fra|från|frå)\s+" + PREFIX + PLACE,
                re.IGNORECASE)

LANGUAGE = Language(
    name="scandinavian",
    words=lazy(r"\b(?:og|och|ikke|inte|ikkje|från|efter|etter|ble|blev|blir|hadde|havde|hade|också|også|skulle|"
               # (not "der", "planet": German's, English)
               r"flyet|flyget|ombord|på|hvor|där|til|det|som|med|ved|mot|etter|efter|natt)\b"),
    cues=(r"fr(?:a|ån|å)\s|til\s|till\s|styrt|stört|havar|forulykk|krasj|krasch|nødland|nödland|omdirig|dirigert|"
          r"land[ae]|snu|vend|vände|återvänd|returner|lettet|lettede|lyft|tok\s+av|tatt\s+av|start|avgang|afgang|avgick|"
          r"kilomet|km|mil\b|skulle|vrak|vraget|mellomland|mellanland|sikkerhe|säkerhet"),
    route_ends=(FROM_TO,),
    route_cue="fra … til",
    roles=ROLES,
    crashy=lazy(r"styrt|stört|havar|forulykk|krasj|krasch|vrak|ulykke|olycka|olyckan"),
    distance=DISTANCE,
    bearings=BEARINGS,
    units={"mil": 10.0, "nautiske mil": 1.852, "sjømil": 1.852, "sjömil": 1.852},  # (a Scandinavian mile: 10 km)
    numbers=WORDS,
    returns=r"tilbake|tillbaka|tilbage|snu|vend|vände|returner|återvä",
    turn_back=lazy(r"\b(?:måtte\s+snu|snudde|vendte\s+om|vände\s+(?:tillbaka|om)|vendte\s+tilbage|vendte\s+tilbake)\b"
                   r"(?!\s+(?:til|till)\s+(?-i:[A-ZÆØÅÄÖ]))", re.IGNORECASE),
    airports=r"lufthavn|lufthamn|flyplass|flygplats|flyveplads|rullebane|landingsbane|landningsbana",
    near_airport=r"\b(?:nær|nära|ved|vid|like\s+ved)\s+(?:lufthavnen|flyplassen|flygplatsen|rullebanen|landingsbanen|"
                 r"landningsbanan)\b",
    takeoffs=r"tok\s+av|tatt\s+av|lettet|lettede|lyft|start|avgang|afgang|avgick",
)
