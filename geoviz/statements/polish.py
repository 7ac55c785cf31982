"""Polish: the clear patterns only ("z X do Y", "awaryjnie lądował w X", "rozbił się pod X"). The
place names come declined ("z Warszawy", "w Katowicach"); the mention finder reads them back to the
nominative the gazetteer holds."""

from __future__ import annotations

import re

from geoviz.statements.language import PLACE, SLOT, Language, lazy

# "lotnisko w X", "miasto X": a kind of place before the name
# ("z lotniska Aleksandrowice w Bielsku-Białej": an airfield's own name before its town's)
# ("z lotniska Aeroklubu Płockiego w Płocku", "z bazy w Sanoku", "na lotnisku we Wrocławiu")
PREFIX = (r"(?:(?:lotnisk\w*|miast\w*|miejscowoś\w*|wsi|okolic\w*|baz\w*|lądowisk\w*)\s+"
          r"(?:(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])\w+\s+){0,3}?(?:w\s+|we\s+|na\s+|pod\s+)?)?")
FROM_TO = lazy(r"\bz(?:e)?\s+" + PREFIX + SLOT.format("a") + r"(?:-\w+)?\s+(?:do|na\s+(?=lotnisk))\s*" + PREFIX
               + SLOT.format("b"),
                     re.IGNORECASE)
_NEAR = r"(?:w\s+pobliżu|pod|koło|niedaleko|w|na|nad|w\s+okolicach)"
ROLES = (
    ("origin", lazy(r"\b(?P<cue>wystartował\w*\s+z|startując\w*\s+z|wyleciał\w*\s+z|po\s+starcie\s+z)\s+"
                          + PREFIX + PLACE, re.IGNORECASE)),
    ("destination", lazy(r"\b(?P<cue>lecąc\w*\s+do|leciał\w*\s+(?:do|na)|w\s+drodze\s+do|zmierzając\w*\s+do|"
                               r"lot\s+do)\s+" + PREFIX + PLACE, re.IGNORECASE)),
    ("diversion", lazy(r"\b(?P<cue>awaryjnie\s+lądował\w*|lądował\w*\s+awaryjnie|musiał\w*\s+lądować|"
                             r"przekierowan\w*|zawrócił\w*|wylądował\w*\s+awaryjnie|awaryjne\s+lądowanie)"
                             r"\b[^.⟦]{0,40}?\b(?:w|we|na|do)\s+" + PREFIX + PLACE, re.IGNORECASE)),
    ("crash_site", lazy(r"\b(?P<cue>rozbił\w*\s+się|spadł\w*|runął|katastrof\w*)\b[^.⟦]{0,60}?\b" + _NEAR
                              + r"\s+" + PREFIX + PLACE, re.IGNORECASE)),
)

BEARINGS = {"północ": 0.0, "północny wschód": 45.0, "wschód": 90.0, "południowy wschód": 135.0, "południe": 180.0,
            "południowy zachód": 225.0, "zachód": 270.0, "północny zachód": 315.0}
# "ok. 10 km na południe od X", "około 20 kilometrów na północny wschód od X"
DISTANCE = lazy(r"\b(?:ok\.\s*|około\s+|niespełna\s+|kilka\s+)?(?P<num>\d{1,4}(?:[.,]\d+)?)\s*"
                      r"(?P<unit>km|kilometr\w*)\s+(?:na\s+(?P<dir>" + "|".join(BEARINGS).replace(" ", r"\s+")
                      + r")\s+)?od\s+" + PREFIX + PLACE, re.IGNORECASE)

LANGUAGE = Language(
    name="polish",
    words=lazy(r"\b(?:się|został|została|samolot\w*|awionetk\w*|śmigłow\w*|lot|który|która|przez|oraz|jest|"
                     r"był|była|po|nie|ze|we|w|z)\b"),
    cues=r"\bz\s|\bze\s|km|kilometr|wystartow|startując|wyleciał|lecąc|leciał|drodze|lądow|przekierow|zawróc|rozbił|spadł|"
         r"runął|katastrof",
    route_ends=(FROM_TO,),
    route_cue="z … do",
    roles=ROLES,
    crashy=lazy(r"rozbił|spadł|runął|katastrof|wypadek"),
    distance=DISTANCE,
    bearings=BEARINGS,
    returns=r"zawróc|wrócił",
    turn_back=lazy(r"\b(?:zawrócił\w*|musiał\w*\s+zawrócić)\b(?!\s+do\s+(?-i:[A-Z]))", re.IGNORECASE),
    airports=r"lotnisk|port\w*\s+lotnicz",
    takeoffs=r"wystartow|start",
)
