"""Candidate names: runs of capitalised words (with connectors) in a sentence, and their parts."""

from __future__ import annotations

import re
from dataclasses import dataclass

from geoviz.mentions.cues import AIRPORT_AFTER, AIRPORT_BEFORE, INITIALS
from geoviz.mentions.inflection import RUSSIAN_REGION, RUSSIAN_WATER
from geoviz.mentions.vocabulary import COMMON, CONNECTORS
from geoviz.model import Sentence

# The tokens a name can be made of: words not starting with a lower-case Latin letter, numbers
# and connectors. Other words are left to the regex engine; they break a run through its gap.
_TOKEN = re.compile(
    r"(?<![\w.-])(?<![^\W_]{2}['’])(?:(?:(?![a-zß-öø-ÿ])[^\W_])(?:\w|[-.](?=\w)|['’](?=[A-ZÀ-Þ]))*|(?:"
    + "|".join(sorted(CONNECTORS))
    + r")(?![\w'’-])|(?:al|el|ad|an|ar|as|ash|at|az|ed|en|es|de|du|la|le)-(?![a-zß-öø-ÿ])\w+(?:-\w+)*)"
)  # after an elided article ("d'El-Arich", "l'Ukraine") a name may start, and an apostrophe before a


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    sentence: Sentence


def candidate_spans(sentence: Sentence, offset_limit: int = 6) -> list[Span]:
    """Runs of capitalised tokens (with inner connectors) that may be place names."""
    text = sentence.text
    tokens = []
    for m in _TOKEN.finditer(text):
        tok = m.group()
        end = m.end()
        if "." in tok and INITIALS.fullmatch(tok) and text[end : end + 1] == ".":
            end += 1  # "U.S." with its last dot: the gazetteer knows "U.S." and "US", not "U.S"
            tok += "."
        tokens.extend(_hyphen_parts(m.start(), end, tok))
    spans = [Span(sentence.start + m.start(), sentence.start + end, sentence)
             for m in _WATER_NAME.finditer(text) for end in {m.end(1), m.end()}]
    spans.extend(Span(sentence.start + m.start(), sentence.start + m.end(), sentence)
                 for rx in (RUSSIAN_WATER, RUSSIAN_REGION, _NAME_WITH_S, _QUALIFIED_NAME) for m in rx.finditer(text))
    # names with a possessive inside ("People's Republic of China", "King's Lynn"): kept only where
    # the gazetteer knows the whole (else "Moscow's Sheremetyevo" is two names)
    spans.extend(Span(sentence.start + m.start(), sentence.start + m.end(k), sentence)
                 for m in _POSSESSIVE_NAME.finditer(text) for k in (1, 2, 3) if m.group(k))
    spans.extend(Span(sentence.start + m.start(), sentence.start + end, sentence)
                 for m in _GLOTTAL_NAME.finditer(text) for end in {m.start(1), m.end(1), m.end(2), m.end(3)})
    for i, (s, _e, tok) in enumerate(tokens):
        if tok == "The" and i + 1 < len(tokens) and tokens[i + 1][2][0].isupper() \
                and text[_e : tokens[i + 1][0]] == " ":
            # ("The Pas", "The Dalles", "The Gambia": kept only where the gazetteer knows the whole)
            spans.append(Span(sentence.start + s, sentence.start + tokens[i + 1][1], sentence))
        if not tok[0].isupper() or tok in ("The", "THE"):
            continue
        if "-" in tok:
            # "Dallas-bound", "Moscow-based": the name before a hyphen and a lower-case word
            # ("Vallon-Sainte-Claire" is one name, not Vallon).
            for hyphen in (k for k, ch in enumerate(tok) if ch == "-"):
                if tok[:hyphen][-1:].isalpha() and tok[hyphen + 1 : hyphen + 2].islower():
                    spans.append(Span(sentence.start + s, sentence.start + s + hyphen, sentence))
        prev_end = s
        for j in range(i, min(i + offset_limit, len(tokens))):
            ts, te, tj = tokens[j]
            gap = text[prev_end:ts]
            if j > i and not _joins(gap, tokens[j - 1][2]):
                break
            if j > i and not tj[0].isupper() and not tj[0].isdigit() and tj.lower() not in CONNECTORS \
                    and "-" not in tj:
                break
            if tj[0].isupper() or (j > i and "-" in tj):
                spans.append(Span(sentence.start + s, sentence.start + te, sentence))
            prev_end = te
    return spans


# A name ending in 's, kept where the gazetteer knows it whole ("St. John's", Newfoundland)
_NAME_WITH_S = re.compile(r"\b(?:St\.?|Saint|Mount|Port|King|Queen|Bishop|Lord)\s+[A-Z][a-z]+['’]s\b")
# A town with its river or region in brackets, kept where the gazetteer knows the whole ("Frankfurt (Oder)",
# "Halle (Saale)", "Neustadt (Hessen)": else "Frankfurt", and a later "Frankfurt am Main" takes it)
_QUALIFIED_NAME = re.compile(r"\b[A-ZÀ-Þ][\w-]+ ?\([A-ZÀ-Þ][\w.-]+\)")
# (a hyphen joins capitalised parts only: "Cox's Bazar-bound" is Cox's Bazar)
_PART = r"[A-Z]\w*(?:-[A-Z]\w*)*"
_POSSESSIVE_NAME = re.compile(r"\b[A-Z]\w+['’]s(\s+" + _PART + r")((?:\s+(?:of\s+(?:the\s+)?)?" + _PART + r")?)"
                              r"((?:\s+(?:of\s+(?:the\s+)?)?" + _PART + r")?)")
# Polynesian names with a glottal stop written as an apostrophe ("Vava'u", "Ha'apai", "Fua'amotu
# International Airport", "O'ahu"), kept where the gazetteer knows them: between two vowels (a Turkish
# ending after an apostrophe follows a consonant, or begins with one: "Trabzon'a", "Antalya'dan")
_GLOTTAL_NAME = re.compile(r"\b(?:[A-Z][a-z]*[aeiou]|[AEIOU])['’ʻ][aeiou][a-z]*(?:['’ʻ][a-z]+)*"
                           r"((?:\s+[A-Z]\w+)?)((?:\s+[A-Z]\w+)?)((?:\s+[A-Z]\w+)?)")
# "en mer Rouge", "no mar Vermelho", "nel mare Adriatico", "dans l'océan Indien": the generic word
# is written in lower case in these languages, and belongs to the name.
_WATER_NAME = re.compile(r"(?<![\w’'])(?:mer|mar|mare|océan|océano|oceano|golfe|golfo)\s+"
                         r"(?:(?:de|del|du|do|da|dei|des)\s+(?:la\s+)?)?([A-ZÀ-Ý][\w-]+)(?:\s+[A-ZÀ-Ý][\w-]+)?")


_ARTICLES = frozenset(["La", "Le", "El", "Il", "Lo"])


def _hyphen_parts(start: int, end: int, tok: str) -> list[tuple[int, int, str]]:
    """"Madrid-Las Palmas", "Baku-Grozny": two names joined by a hyphen are also read apart (the
    whole, "Guinea-Bissau", is still read first). Short parts stay joined: "Al-Arish"."""
    cuts = [k for k, ch in enumerate(tok) if ch == "-" and tok[k + 1 : k + 2].isupper()]
    parts, last = [], 0
    for k in (k for k in cuts if tok[k - 3 : k] == "-to" and k - 3 >= 3):  # "Lagos-to-Abuja"
        parts.append((start + last, start + k - 3, tok[last : k - 3]))
        last = k + 1
    for k in (k for k in cuts if k > last):
        # (an article may start the second name: "Santiago de Cuba-La Habana")
        if k - last >= 3 and (len(tok) - k - 1 >= 3 or tok[k + 1 :] in _ARTICLES):
            parts.append((start + last, start + k, tok[last:k]))
            last = k + 1
    parts.append((start + last, end, tok[last:]))
    return parts


def loose_hyphen_parts(text: str, chosen: list[Span], found: dict | None = None) -> set[Span]:
    """Parts of a hyphenated name read apart that stand alone: only a pair of places is a pair
    ("Baku-Grozny", "India-Pakistan"); "Agence France-Presse", "Kerry-Ann Hamilton" and
    "Navarro-Valls" are not places."""
    by_start = {sp.start: sp for sp in chosen}
    ends = {sp.end for sp in chosen}
    loose = set()
    for sp in chosen:
        left = text[sp.end : sp.end + 1] == "-" and text[sp.end + 1 : sp.end + 2].isupper()
        right = sp.start > 1 and text[sp.start - 1] == "-" and text[sp.start - 2].isalpha()
        if not (left or right):
            continue
        # ("Lagos-to-Abuja": a pair joined by "-to-")
        partner = by_start.get(sp.end + 1) or by_start.get(sp.end + 4) if left or text[sp.end : sp.end + 4] == "-to-" \
            else None
        paired = partner is not None or (right and (sp.start - 1 in ends or (
            text[sp.start - 4 : sp.start] == "-to-" and sp.start - 4 in ends)))
        # a surname after the compound: a person ("Kerry-Ann Hamilton")
        end = partner.end if partner is not None else sp.end
        tail = _NAME_AFTER.match(text, end)
        # (a place first in an airport's hyphenated name names it: "Lukla-Tenzing-Hillary Airport")
        # (nor a town's name after an airport's word: "l'aérodrome de Chartres-Métropole", "l'aéroport de
        # Nantes-Atlantique"; not "l'aéroport Félix-Houphouët-Boigny", a person's)
        airport = left and (AIRPORT_AFTER.match(text, _COMPOUND.match(text, sp.end).end()) or (
            AIRPORT_BEFORE.search(text, max(0, sp.start - 25), sp.start)
            and any(p.kind == "city" and p.rank >= 0.45 for p in (found or {}).get(text[sp.start : sp.end], ())[:3])))
        if (not paired or (tail and tail.group(1).lower() not in COMMON)) and not airport:
            loose.add(sp)
    return loose


_COMPOUND = re.compile(r"(?:-[A-Z][\w'’]*)*")


_NAME_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)")


def _joins(gap: str, previous: str) -> bool:
    if gap in (" ", "-", "/", "\n", " \n", "\n ", "  ", " d'", " d’"):  # "Côte d'Ivoire", "Cortina d'Ampezzo",
        # "Aspen/Pitkin County Airport"
        return True
    # (and a middle initial: "Daniel K. Inouye International Airport", "John F. Kennedy")
    last = previous.rsplit("-", 1)[-1]  # ("Minneapolis-St. Paul")
    return gap == ". " and (last.lower() in {"st", "ste", "mt", "ft", "pt"}
                            or (len(previous) == 1 and previous.isupper()))
