"""Claims sources may disagree on: the cause, and the figures (people aboard, dead, survivors).

Each claim keeps its sentence and, where the sentence names one, who makes it ("according to
Rosaviatsia", "experts believe"). The story stage compares claims across sources.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geoviz.model import Claim, Evidence, Sentence

CAUSES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("bird strike", re.compile(r"\bbird(?:[- ]?strike|s\b| incident)|flock of birds|\bgeese\b", re.I)),
    ("weather", re.compile(r"\b(?:weather|fog|thunderstorm|storm|turbulence|icing|wind ?shear)\b", re.I)),
    ("air-defence fire", re.compile(
        r"\bair[- ]defen[cs]es?\b|anti-aircraft|surface-to-air|\bmissile|\bPantsir|\bshot (?:it )?down|"
        r"external interference|\bshrapnel\b", re.I)),
    ("engine failure", re.compile(r"\bengine (?:failure|fire|explo\w+|malfunction)|\bengines? (?:failed|blew)",
                                  re.I)),
    ("GPS jamming / electronic warfare", re.compile(r"\bjamming\b|electronic warfare", re.I)),
    ("landing-gear failure", re.compile(r"landing gear (?:failed|malfunction\w*|failure)", re.I)),
)
# A sentence claims a cause only when it links the incident to it.
_CAUSAL = re.compile(
    r"\b(?:caus\w*|due to|result(?:ed)? (?:of|from)|as a result|blam\w*|attribut\w*|responsible|hit by|"
    r"struck by|shot|down(?:ed|ing)|forced|because|collid\w*|target|fired|damaged by|necessitated|"
    r"brought down|was hit|likely|suggest\w*|indicat\w*|believe\w*|determined|match|similar to)\b",
    re.I,
)
_NOT_CAUSE = re.compile(r"\bdoes not match|did not match|do not confirm|not confirm|ruled out|rather than\b",
                        re.I)
_ATTRIBUTION = (
    re.compile(r"\b[Aa]ccording to (?:the |a |an )?(?P<who>[^,.;“”\"]{3,60}?)(?:,|\.|;| the | that |$)"),
    re.compile(r"(?P<who>(?:[A-Z][\w.’'-]*\s){0,4}[A-Z][\w.’'-]*|(?:some |many |several |other )?"
               r"(?:aviation |international |independent |ukrainian |russian |azerbaijani )?"
               r"(?:experts|analysts|officials|specialists|authorities|investigators|sources|carrier|airline|"
               r"ministry|government|agency|military|police|witnesses|pilots?|crew|regulator|president))"
               r"\s+(?:have |has |had )?(?:also |initially |reportedly )?"
               r"(?:said|says|stated|noted|suggest\w*|believe\w*|claim\w*|told|reported|attributed|"
               r"blamed|point\w*|lean\w*|indicat\w*|announced|expressed|speculated|determined|quoted)\b"),
)
_FIGURES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("passengers", re.compile(r"\b(?P<n>\d{1,4}) passengers\b(?! (?:were |was )?(?:rescued|survived|died|"
                              r"killed|injured|hurt|hospitali[sz]ed))", re.I)),
    ("people aboard", re.compile(
        r"\b(?P<n>\d{1,4}) (?:people|persons|individuals)(?: that were| who were)? (?:on ?board|aboard)\b", re.I)),
    ("crew", re.compile(r"\b(?P<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten) crew\b", re.I)),
    ("dead", re.compile(r"\bkill(?:ing|ed) (?:at least |all )?(?P<n>\d{1,4})\b|\b(?P<m>\d{1,4}) "
                        r"(?:people |passengers )?(?:died|were killed|dead|confirmed dead)\b|"
                        r"lives of (?:at least )?(?P<k>\d{1,4})", re.I)),
    ("survivors", re.compile(r"\b(?P<n>\d{1,4}) (?:survivors|survived|people survived|passengers were rescued)\b|"
                             r"(?:Among them|Of them), (?P<m>\d{1,4}) survived", re.I)),
)
_WORDS = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
          "nine": "9", "ten": "10"}


def who_says(sentence: str) -> str:
    for rx in _ATTRIBUTION:
        m = rx.search(sentence)
        if m:
            who = " ".join(m.group("who").split())
            if who.lower() not in ("it", "he", "she", "they", "this", "the", "there"):
                return who
    return ""


_CLAUSE = re.compile(r";|,?\s+\b(?:while|whereas|but|although|though)\b", re.IGNORECASE)


def extract_claims(sentences: Sequence[Sentence]) -> tuple[Claim, ...]:
    out: list[Claim] = []
    for s in sentences:
        ev = (Evidence.of(s),)
        # "Azerbaijan Airlines suggests birds, while experts lean towards a missile": each clause
        # makes its own claim, said by its own speaker; the evidence stays the whole sentence.
        for clause in _CLAUSE.split(s.text):
            if _CAUSAL.search(clause) and not _NOT_CAUSE.search(clause):
                for value, rx in CAUSES:
                    if rx.search(clause):
                        out.append(Claim("cause", value, ev, (s.source,), who_says(clause)))
        for topic, rx in _FIGURES:
            for m in rx.finditer(s.text):
                n = next(g for g in m.groups() if g)
                out.append(Claim(topic, _WORDS.get(n.lower(), n), ev, (s.source,), who_says(s.text)))
    return tuple(out)
