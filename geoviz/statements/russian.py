"""Russian: the clear patterns only ("из X в Y", "направлялся в X", "совершил аварийную посадку в
районе X", "разбился близ X", "в трёх километрах от X"). Place names come in any case; the
mentions stage finds their nominative."""

from __future__ import annotations

import re

from geoviz.statements.language import PLACE, SLOT, Language

PREFIX = (r"(?:(?:города|город|г\.|аэропорта|аэропорт|аэропорту|аэропорту\s+города|села|посёлка|поселка|"
          r"районе|района|столицы|столице|республики|области|побережья|побережье|берега)\s+)?")
FROM_TO = re.compile(r"\bиз\s+" + PREFIX + SLOT.format("a") + r"(?:\s*,[^;]{0,60}?,)?\s+(?:в|во|до)\s+"
                     + PREFIX + SLOT.format("b"), re.IGNORECASE)
NEAR = r"(?:в\s+районе|недалеко\s+от|неподал[её]ку\s+от|вблизи|близ|около|возле|под|у|в|во|на)"
ROLES = (
    ("origin", re.compile(r"\b(?P<cue>вылетел[аио]?|вылетевш\w+|вылетавш\w+|следовавш\w+|взлетел[аио]?|"
                          r"взлетевш\w+|после\s+взл[её]та|вскоре\s+после\s+взл[её]та)\s+(?:\S+\s+){0,3}?(?:из|с|со)\s+"
                          + PREFIX + PLACE, re.IGNORECASE)),
    ("destination", re.compile(r"\b(?P<cue>направлял(?:ся|ась|ось)|направлявш\w+|следовал[аио]?|летел[аио]?|"
                               r"летевш\w+|должен\s+был\s+(?:приземлиться|сесть)|при\s+посадке)\s+(?:\S+\s+){0,3}?"
                               r"(?:в|во|до)\s+"
                               + PREFIX + PLACE, re.IGNORECASE)),
    ("diversion", re.compile(r"\b(?P<cue>(?:совершил[аио]?|совершить|совершивш\w+|совершает)\s+(?:вынужденную|"
                             r"аварийную|экстренную)\s+посадку|уш[её]л\s+на\s+запасной\s+аэродром|перенаправ\w+|"
                             r"развернул\w*|запасной\s+аэродром|вернул(?:ся|ась|ось))\s+"
                             + NEAR + r"\s+" + PREFIX + PLACE, re.IGNORECASE)),
    ("crash_site", re.compile(r"\b(?P<cue>разбил(?:ся|ась|ось)|потерпел[аио]?\s+крушение|рухнул[аио]?|упал[аио]?|"
                              r"крушени[еяю]|катастроф\w+|обломки)\b[^.⟦]{0,60}?\s" + NEAR + r"\s+" + PREFIX + PLACE,
                              re.IGNORECASE)),
    # "вернулся в X и загорелся при посадке": on fire where it landed
    ("crash_site", re.compile(r"\b(?:вернул(?:ся|ась|ось)|сел[аио]?|приземлил(?:ся|ась|ось)|посадк[уеи])\s+"
                              r"(?:в|во|на)\s+"
                              + PREFIX + PLACE + r"(?=[^.⟦]{0,50}?(?P<cue>загорел\w*|разбил\w*|сгорел\w*|"
                              r"выкатил\w*\s+за\s+пределы))", re.IGNORECASE)),
    ("event", re.compile(r"\b(?P<cue>беспилотник\w*|БПЛА|дрон\w*|ракет\w*)\b[^.⟦]{0,60}?\s(?:над|в\s+районе|близ|"
                         r"около|у)\s+" + PREFIX + PLACE, re.IGNORECASE)),
    ("event", re.compile(r"\b(?:над|в\s+районе|близ|около)\s+" + PREFIX + PLACE + r"[^.⟦]{0,60}?\b"
                         r"(?P<cue>беспилотник\w*|БПЛА|дрон\w*|ракет\w*)", re.IGNORECASE)),
)
NUMBERS = {"одном": 1, "двух": 2, "трёх": 3, "трех": 3, "четырёх": 4, "четырех": 4, "пяти": 5, "шести": 6,
           "семи": 7, "восьми": 8, "девяти": 9, "десяти": 10, "нескольких": 3, "полутора": 1.5}
BEARINGS = {"северу": 0.0, "северо-востоку": 45.0, "востоку": 90.0, "юго-востоку": 135.0, "югу": 180.0,
            "юго-западу": 225.0, "западу": 270.0, "северо-западу": 315.0}
DISTANCE = re.compile(
    r"\bв\s+(?:(?P<num>\d{1,4}(?:[.,]\d+)?)|(?P<word>" + "|".join(NUMBERS) + r"))\s*"
    r"(?P<unit>километрах|километре|км|милях)\s+(?:к\s+(?P<dir>" + "|".join(BEARINGS) + r")\s+)?от\s+"
    + PREFIX + PLACE, re.IGNORECASE)
CRASHY = re.compile(r"разбил|крушени|рухнул|упал|катастроф|обломк|аварийн|вынужденн|загорел|сгорел")
# "в трёх километрах от города", "в 5 км от аэропорта"
ANAPHOR = re.compile(
    r"\bв\s+(?:(?P<num>\d{1,4}(?:[.,]\d+)?)|(?P<word>" + "|".join(NUMBERS) + r"))\s*"
    r"(?P<unit>километрах|километре|км)\s+(?:к\s+(?P<dir>" + "|".join(BEARINGS) + r")\s+)?от\s+"
    r"(?P<what>аэропорта|взлётно-посадочной|взлетно-посадочной|полосы|города)\b", re.IGNORECASE)

# "вскоре после вылета из аэропорта X": the origin, and the crash site in a crash
TAKEOFF = re.compile(r"\b(?P<cue>(?:вскоре|сразу|через\s+\S+\s+минут\w*|спустя\s+\S+\s+минут\w*)\s+после\s+"
                     r"(?:вылета|взл[её]та))\s+(?:из|с|со)\s+" + PREFIX + PLACE, re.IGNORECASE)

LANGUAGE = Language(
    name="russian",
    words=re.compile(r"[а-яё]"),
    cues=(r"из|вылет|взлет|взлёт|направл|следов|летел|посадк|запасн|разбил|крушени|рухнул|упал|катастроф|обломк|"
          r"километр|км|беспилот|бпла|дрон|ракет|рейс|маршрут|вернул|загорел"),
    route_ends=(FROM_TO,),
    route_cue="из … в",
    roles=ROLES,
    crashy=CRASHY,
    distance=DISTANCE,
    distance_confidence=0.75,
    anaphor=ANAPHOR,
    anaphor_quick=re.compile(r"от "),
    numbers=NUMBERS,
    bearings=BEARINGS,
    units={"милях": 1.609344},
    returns=r"вернул|развернул",
    turn_back=re.compile(r"(?:вернул\w*\s+в\s+аэропорт\s+вылета|развернул\w*|вернул\w*\s+обратно)",
                         re.IGNORECASE),
    airports=r"аэропорт|взл[её]тно-посадочн|полос",
    near_airport=r"при\s+заходе\s+на\s+посадку|при\s+посадке",
    takeoffs=r"взл[её]т|вылет",
    takeoff=TAKEOFF,
)
