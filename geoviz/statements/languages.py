"""Every language geoviz reads, and their patterns joined: which languages a sentence speaks, and
the cues any of them gives for a return, a take-off, a crash or the airport."""

from __future__ import annotations

import re
from itertools import islice

from geoviz.statements import dutch, german, indonesian, italian, polish, romance, russian, scandinavian, turkish
from geoviz.statements import english as en
from geoviz.statements.language import Language

#: German first, then Spanish/French/Portuguese, Italian, Russian, Dutch, Indonesian, Turkish, Polish and
#: Norwegian/Swedish/Danish: where two
#: languages' patterns give one slot a role, the first cue is kept.
LANGUAGES: tuple[Language, ...] = (german.LANGUAGE, romance.LANGUAGE, italian.LANGUAGE, russian.LANGUAGE,
                                   dutch.LANGUAGE, indonesian.LANGUAGE, turkish.LANGUAGE, polish.LANGUAGE,
                                   scandinavian.LANGUAGE)

# Every cue word of every language, to skip the many sentences that state no route at once.
ANY_CUE = re.compile(r"\b(?:" + "|".join([en.CUES, *(lang.cues for lang in LANGUAGES)]) + r")|-bound")
# An airport in any language but English ("aeropuerto", "Flughafen")
AIRPORTS = re.compile("|".join(lang.airports for lang in LANGUAGES if lang.airports), re.IGNORECASE)

# A flight returns to where it took off: these cues state the origin too.
RETURNED = re.compile("|".join([en.RETURNS, *(lang.returns for lang in LANGUAGES if lang.returns)]), re.IGNORECASE)
TAKEOFF_CUE = re.compile("|".join([en.TAKEOFFS, *(lang.takeoffs for lang in LANGUAGES if lang.takeoffs)]),
                         re.IGNORECASE)

# A turn back that names no place, in any language: back to where the flight took off.
TURN_BACK = re.compile("|".join([en.TURN_BACK.pattern, *(lang.turn_back.pattern for lang in LANGUAGES
                                                          if lang.turn_back)]), re.IGNORECASE)
# A landing or return only tried or asked for, in any language ("asked to return to", "intentó regresar")
INTENDED = re.compile("|".join([en.INTENDED.pattern, *(lang.intended.pattern for lang in LANGUAGES
                                                       if lang.intended)]), re.IGNORECASE)
# A crash told in any language (the quick test of each)
CRASH_WORDS = re.compile("|".join([en.CRASHY.pattern, *(lang.crashy.pattern for lang in LANGUAGES if lang.crashy)]))
# "near the airport", "cerca del aeropuerto": the airport of a place named before
NEAR_AIRPORT = re.compile("|".join([en.AIRPORT_REF.pattern, *(lang.near_airport for lang in LANGUAGES
                                                                  if lang.near_airport)]), re.IGNORECASE)

# Words only English, of those common in reports ("in", "is", "was", "on" are other languages' too)
_ENGLISH = re.compile(r"\b(?:the|and|of|to|at|for|with|from|has|had|were|are|it|by|after|said)\b")


def speaks(lang: Language, low: str) -> bool:
    """The sentence (lower case) is in the language: one of its common words in a sentence with no
    English ones, else two ("die" and "do" are English words too); a letter of its script (Cyrillic)."""
    hits = [m.group() for m in islice(lang.words.finditer(low), 2)]  # (two tell: stop there)
    return len(hits) >= 2 or (len(hits) == 1 and (len(hits[0]) == 1 or not _ENGLISH.search(low)))
