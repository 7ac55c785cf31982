"""Dutch: the clear patterns only ("van X naar Y", "uitgeweken naar X", "neergestort bij X")."""

from __future__ import annotations

import re

from geoviz.statements.language import PLACE, SLOT, Language, lazy

# "de luchthaven van X", "het dorp X", "het Turkse Istanbul": an article, an adjective, a kind of place
PREFIX = (r"(?:(?:het\s+)?(?:noorden|zuiden|oosten|westen|noordoosten|noordwesten|zuidoosten|zuidwesten)\s+van\s+)?"
          r"(?:(?:de|het)\s+)?(?:[a-z]+(?:se|sche)\s+)?"
          r"(?:(?:luchthaven|vliegveld|vliegbasis|stad|dorp|gemeente|provincie|regio)\s+(?:van\s+)?)?"
          r"(?:(?-i:[A-Z])[\w-]+\s+(?-i:Airport)\s+)?")  # ("vanaf Groningen Airport Eelde")
# (a verb may stand between, as Dutch puts it: "vanaf Eindhoven Airport was vertrokken naar Gran Canaria")
FROM_TO = lazy(r"\b(?:van|vanuit|vanaf)\s+" + PREFIX + SLOT.format("a") + r"(?:\s*,[^;]{0,60}?,)?"
                     r"(?:\s+(?:(?:was|is|waren|zijn)\s+)?(?:vertrokken|vertrok|opgestegen|opsteeg|gevlogen|vloog))?"
                     r"\s+naar\s+"
                     + PREFIX + SLOT.format("b"), re.IGNORECASE)
_NEAR = r"(?:bij|nabij|vlakbij|vlak\s+bij|in\s+de\s+buurt\s+van|in|op|boven|nabij)"
ROLES = (
    # (the verb last, as a Dutch clause puts it: "dat vanaf Eindhoven Airport vertrok")
    ("origin", lazy(r"\b(?P<cue>van(?:af|uit)?)\s+" + PREFIX + PLACE + r"\s+(?:(?:was|is|waren|zijn)\s+)?"
                          r"(?:vertrokken|vertrok|opgestegen|opsteeg|gestart|startte)\b", re.IGNORECASE)),
    ("origin", lazy(r"\b(?P<cue>vertrokken\s+(?:(?:was|is|waren|zijn)\s+)?(?:van(?:af|uit)?|uit)|"
                          r"vertrok\s+(?:van(?:af|uit)?|uit)|(?:na\s+)?(?:het\s+)?vertrek\s+(?:van(?:af|uit)?|uit)|"
                          r"opgestegen\s+(?:van(?:af|uit)?|in|uit|op)|steeg\s+op\s+(?:van(?:af|uit)?|in|uit)|afkomstig\s+uit|"
                          r"komend\s+uit|kwam\s+uit|na\s+het\s+opstijgen\s+(?:van(?:af)?|in|uit)|"
                          r"(?:op\s+weg|onderweg)\s+(?:(?:was|is|waren|zijn)\s+)?van)\s+"
                          + PREFIX + PLACE, re.IGNORECASE)),
    # ("op weg van Istanboel naar X": the destination, though the origin is a name unknown)
    ("destination", lazy(r"\b(?P<cue>(?:op\s+weg|onderweg)\s+(?:(?:was|is|waren|zijn)\s+)?"
                               r"(?:van\s+[^.⟦]{1,30}?\s+)?naar|"
                               r"met\s+bestemming|richting|vlucht\s+naar|moest\s+landen\s+(?:in|op)|"
                               r"(?:vloog|vlogen|vliegt)\s+naar|op\s+weg\s+was\s+naar)\s+"
                               + PREFIX + PLACE, re.IGNORECASE)),
    ("diversion", lazy(r"\b(?P<cue>uitgeweken\s+naar|week\s+uit\s+naar|omgeleid\s+naar|"
                             r"noodlanding\s+(?:\w+\s+){0,2}?(?:in|op|bij)|keerde\s+terug\s+naar|"
                             r"(?:tussen|voorzorgs|nood)landing\s+(?:\w+\s+){0,2}?(?:in|op|bij)|"
                             r"teruggekeerd\s+naar|moest\s+(?:uitwijken|terugkeren)\s+naar)\s+" + PREFIX + PLACE,
                             re.IGNORECASE)),
    ("crash_site", lazy(r"\b(?P<cue>neergestort|stortte\s+neer|verongelukt|verongelukte|crashte|neergekomen|"
                              r"neerstortte|brokstukken|wrakstukken|wrak)\b[^.⟦]{0,60}?\b" + _NEAR + r"\s+"
                              + PREFIX + PLACE, re.IGNORECASE)),
    # (the participle last: "is bij X neergestort")
    ("crash_site", lazy(r"\b" + _NEAR + r"\s+" + PREFIX + PLACE + r"(?:\s+(?:\w+|⟦\d+⟧)){0,4}?\s+"
                              r"(?P<cue>neergestort|verongelukt|neergekomen|gecrasht)\b", re.IGNORECASE)),
)
# a crash on landing: where it was landing ("is bij de landing op X neergestort")
LANDING_CRASH = lazy(r"\b(?P<cue>(?:bij|tijdens)\s+de\s+landing)\s+(?:op|in)\s+" + PREFIX + PLACE
                           + r"(?=[^.]{0,40}?\b(?:neergestort|verongelukt|gecrasht|neer)\b)", re.IGNORECASE)
BEARINGS = {"noorden": 0.0, "noordoosten": 45.0, "oosten": 90.0, "zuidoosten": 135.0, "zuiden": 180.0,
            "zuidwesten": 225.0, "westen": 270.0, "noordwesten": 315.0}
WORDS = {w: n for n, w in ((1, "een"), (1, "één"), (2, "twee"), (3, "drie"), (4, "vier"), (5, "vijf"), (6, "zes"),
                            (7, "zeven"), (8, "acht"), (9, "negen"), (10, "tien"), (11, "elf"), (12, "twaalf"),
                            (15, "vijftien"), (20, "twintig"), (25, "vijfentwintig"), (30, "dertig"),
                            (40, "veertig"), (50, "vijftig"), (100, "honderd"))}
# "zo'n 20 kilometer ten noorden van X", "zo'n vier kilometer uit de kust van X"
DISTANCE = lazy(r"\b(?:zo['’]n\s+|ongeveer\s+|circa\s+|op\s+)?(?:(?P<num>\d{1,4}(?:[.,]\d+)?)|"
                      r"(?P<word>" + "|".join(WORDS) + r"))\s*"
                      r"(?P<unit>km|kilometer|mijl)\s+(?:ten\s+(?P<dir>" + "|".join(BEARINGS) + r")\s+)?"
                      r"(?:uit\s+de\s+kust\s+)?van\s+" + PREFIX + PLACE, re.IGNORECASE)

LANGUAGE = Language(
    name="dutch",
    words=lazy(r"\b(?:het|een|van|naar|zijn|werd|wordt|bij|met|niet|ook|dat|uit|aan|heeft)\b"),
    cues=(r"naar|vertrok|vertrek|opgeste|steeg|afkomstig|komend|kwam\s+uit|uitgewe|omgeleid|noodland|landing|terug|"
          r"neergest|stortte|neerstort|"
          r"verongeluk|wrak|landing"),
    route_ends=(FROM_TO,),
    route_cue="van … naar",
    roles=ROLES,
    crashy=lazy(r"neergest|stortte|verongeluk|crasht|wrak|ongeluk|brokstuk"),
    distance=DISTANCE,
    bearings=BEARINGS,
    units={"mijl": 1.609344},
    numbers=WORDS,
    returns=r"terug",
    turn_back=lazy(r"\b(?:(?:keerde|keerden)\s+(?:\w+\s+){0,4}?(?:om|terug)\b(?!\s+naar\s+(?-i:[A-Z]))|"
                         r"(?:moest|moesten)\s+(?:\w+\s+){0,4}?(?:omkeren|terugkeren|terugvliegen)\b|rechtsomkeert)",
                         re.IGNORECASE),
    runway_excursion=LANDING_CRASH,
    airports=r"luchthaven|vliegveld|vliegbasis|landingsbaan",
    near_airport=r"\b(?:vlak\s+)?(?:voor|naast|bij|nabij)\s+de\s+(?:landingsbaan|luchthaven|baan)\b",
    takeoffs=r"opgeste|opstijgen|steeg\s+op",
)
