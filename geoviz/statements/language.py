"""What one language contributes to reading route statements: its patterns over the sentence
template ("from ⟦0⟧ to ⟦1⟧"), its number and direction words, and the words that tell it apart.

Each language is a module of this package holding one `Language` value, as geopy holds one
module per geocoding service; `reading` applies every language a sentence speaks.
"""

from __future__ import annotations

import math
import re
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

#: A numbered place slot of the template; `SLOT.format("a")` names the group.
SLOT = "⟦(?P<{0}>\\d+)⟧"
PLACE = SLOT.format("p")


class LazyPattern:
    """A regular expression compiled on first use, as ``re.compile`` would compile it: a report in
    one language does not pay, at import, for every other language's patterns."""

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self.flags = pattern, flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    @property
    def groupindex(self) -> Mapping[str, int]:
        return self.compiled.groupindex

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, pos, endpos)


lazy = LazyPattern
Pattern = re.Pattern[str] | LazyPattern


@dataclass(frozen=True, eq=False)
class Language:
    """Every role pattern names its place slot `p` and its cue `cue`; route patterns name both ends
    `a` and `b`; distance patterns give `num` or `word`, `unit`, `dir` and `p` (or `what`, for an
    anaphor: "à 15 km au sud de l'aéroport")."""

    name: str
    #: common words: a sentence with none of them is not in this language (lower case)
    words: Pattern
    #: cue stems for the quick filter that skips sentences stating no route (lower case)
    cues: str
    route_ends: tuple[Pattern, ...] = ()
    route_cue: str = ""
    #: (role, pattern): origin, destination, diversion, crash_site or event
    roles: tuple[tuple[str, Pattern], ...] = ()
    #: words of a crash: distances and take-offs only place a crash in a sentence that has one
    crashy: Pattern | None = None
    distance: Pattern | None = None
    #: how sure a distance of this language's patterns places the crash
    distance_confidence: float = 0.7
    anaphor: Pattern | None = None
    #: a cheap test (lower case) before the anaphor pattern is tried
    anaphor_quick: Pattern | None = None
    #: number words ("trois", "трёх", "centaine") and direction words (bearing in degrees)
    numbers: Mapping[str, float] = field(default_factory=dict)
    bearings: Mapping[str, float] = field(default_factory=dict)
    #: units other than kilometres, in kilometres
    units: Mapping[str, float] = field(default_factory=dict)
    #: "poco después de despegar de X": the origin, and the crash site when the sentence has one
    takeoff: Pattern | None = None
    #: "não conseguiu parar na pista do Aeroporto de X": a crash at X's airport, X the destination
    runway_excursion: Pattern | None = None
    #: cue stems saying the flight went back (to where it took off)
    returns: str = ""
    #: words for an airport (or its runway)
    airports: str = ""
    #: "cerca del aeropuerto": near the airport the sentence's flight was at (naming no place)
    near_airport: str = ""
    #: cue stems of a take-off
    takeoffs: str = ""
    #: a turn back that names no place ("a fait demi-tour peu après son décollage"): a diversion
    #: to where the flight took off
    turn_back: Pattern | None = None
    #: words before a landing or a return only tried or asked for ("intentó regresar"), ending the text
    intended: Pattern | None = None

    def number(self, match: re.Match[str]) -> float | None:
        """The distance a match states, in kilometres."""
        groups = match.groupdict()
        word = groups.get("word") or groups.get("about")
        value = self.numbers.get(re.sub(r"\s+", " ", word.lower())) if word else local_number(groups["num"])
        if value is None:
            return None
        return float(value) * self.units.get(match["unit"].lower(), 1.0)

    def bearing(self, match: re.Match[str]) -> float | None:
        return self.bearings.get((match.groupdict().get("dir") or "").lower())


def local_number(text: str) -> float | None:
    """"1.200", "1 200" and "1,200" are twelve hundred; "2,5" and "2.5" two and a half."""
    t = re.sub(r"[.,\s](?=\d{3}\b)", "", text.strip()).replace(",", ".")
    try:
        value = float(t)
    except ValueError:
        return None
    return value if math.isfinite(value) and value <= 20_100 else None
