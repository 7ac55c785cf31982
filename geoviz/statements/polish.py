"""Polish: the clear patterns only ("z X do Y", "awaryjnie lądował w X", "rozbił się pod X"). The
place names come declined ("z Warszawy", "w Katowicach"); the mention finder reads them back to the
nominative the gazetteer holds."""

from __future__ import annotations

import re

from geoviz.statements.language import PLACE, SLOT, Language, lazy

# "lotnisko w X", "miasto X": a kind of place before the name
# ("z lotniska Aleksandrowice w Bielsku-Białej": an airfield's own name before its town's)
# ("z lotniska Aeroklubu Płockiego w Płocku", "z bazy w Sanoku", "na lotnisku we Wrocławiu")
# ("na rzymskie lotnisko Fiumicino", "z londyńskiego lotniska Luton": the town's adjective before the word)
PREFIX = (r"(?:(?:[a-ząćęłńóśźż]+(?:sk|ck)(?:ie|im|iego|iej|ą|i)\s+)?"
          r"(?:lotnisk\w*|miast\w*|miejscowoś\w*|wsi|okolic\w*|baz\w*|lądowisk\w*|pol[eua]|łąc[eę])\s+"
          r"(?:(?:(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])\w+|⟦\d+⟧)\s+){0,3}?(?:w\s+|we\s+|na\s+|pod\s+|koło\s+|niedaleko\s+)?)?")
FROM_TO = lazy(r"\bz(?:e)?\s+" + PREFIX + SLOT.format("a") + r"(?:-\w+)?\s+(?:do|na\s+(?=(?:\w+\s+)?lotnisk))\s*"
               + PREFIX
               + SLOT.format("b"),
                     re.IGNORECASE)
_NEAR = r"(?:w\s+pobliżu|pod|koło|niedaleko|w|na|nad|w\s+okolicach)"
ROLES = (
    # ("lecący z Berlina": a flight from Berlin)
    ("origin", lazy(r"\b(?P<cue>wystartował\w*\s+z|startując\w*\s+z|wyleciał\w*\s+z|po\s+starcie\s+z|"
                          r"(?:lecąc\w*|leciał\w*)\s+(?:w\s+\w+\s+(?:rano\s+|wieczorem\s+)?)?z)\s+"
                          + PREFIX + PLACE, re.IGNORECASE)),
    ("destination", lazy(r"\b(?P<cue>lecąc\w*\s+do|leciał\w*\s+(?:do|na)|w\s+drodze\s+do|zmierzając\w*\s+do|"
                               r"lot\s+do)\s+" + PREFIX + PLACE, re.IGNORECASE)),
    # ("został skierowany do Bydgoszczy", "musiał nieplanowo lądować w Monachium")
    ("diversion", lazy(r"\b(?P<cue>awaryjnie\s+lądował\w*|lądował\w*\s+awaryjnie|musiał\w*\s+(?:\w+\s+)?lądować|"
                             r"przekierowan\w*|zawrócił\w*|wylądował\w*\s+awaryjnie|awaryjne\s+lądowanie|"
                             r"(?:został\w*|zostaną|zostały)\s+(?:\w+\s+){0,3}?skierowan\w*)"
                             r"\b[^.⟦]{0,40}?\b(?:w|we|na|do)\s+" + PREFIX + PLACE, re.IGNORECASE)),
    # ("wodowała na Zalewie Szczecińskim": ditched)
    ("crash_site", lazy(r"\b(?P<cue>rozbił\w*\s+się|spadł\w*|runął|katastrof\w*|wodował\w*)\b[^.⟦]{0,60}?\b" + _NEAR
                              + r"\s+" + PREFIX + PLACE, re.IGNORECASE)),
)

# "wypadł z pasa startowego podczas lądowania na poznańskim lotnisku Ławica": ran off the runway landing there
RUNWAY_EXCURSION = lazy(r"\b(?:wypadł\w*|zjechał\w*|wyjechał\w*)\b[^.⟦]{0,60}?\bz\s+pasa\b[^.⟦]{0,40}?"
                        r"(?P<cue>podczas\s+lądowania|przy\s+lądowaniu|lądując\w*)\s+(?:w|we|na)\s+" + PREFIX + PLACE,
                        re.IGNORECASE)
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
    cues=r"\bz\s|\bze\s|km|kilometr|wystartow|startując|wyleciał|lecąc|leciał|drodze|lądow|przekierow|zawróc|rozbił|spadł|skierow|wodow|wypadł|lot\s+do|"
         r"runął|katastrof",
    route_ends=(FROM_TO,),
    route_cue="z … do",
    roles=ROLES,
    crashy=lazy(r"rozbił|spadł|runął|katastrof|wypadek|wodow|wypadł"),
    distance=DISTANCE,
    runway_excursion=RUNWAY_EXCURSION,
    bearings=BEARINGS,
    returns=r"zawróc|wrócił",
    turn_back=lazy(r"\b(?:zawrócił\w*|musiał\w*\s+zawrócić)\b(?!\s+do\s+(?-i:[A-Z]))", re.IGNORECASE),
    airports=r"lotnisk|port\w*\s+lotnicz",
    takeoffs=r"wystartow|start",
)
