"""Places named without their name: airport codes, 'the capital', 'the Lithuanian capital'."""

from __future__ import annotations

import re
from collections.abc import Callable

from geoviz.model import Place

# An airport code: three or four capitals, alone or in brackets after a name ("Sydney (SYD)").
CODE_QUICK = re.compile(r"\b[A-Z]{3,4}\b")
CODE = re.compile(r"(?: \(|(?<![\w(]))([A-Z]{3,4})(?:\)|(?![\w)]))")
# Two codes joined by a dash or slash: a route ("EWR-WAW", "JFK/LHR", ICAO's "EGKK–LPFR").
CODE_PAIR = re.compile(r"(?<![\w-])(?:[A-Z]{3}\s?[-–—/]\s?[A-Z]{3}|[A-Z]{4}\s?[-–—/]\s?[A-Z]{4})(?![\w-])")


def code_pair(text: str, at: int, lookup: Callable[[str], tuple[Place, ...]]) -> bool:
    """The code at ``at`` is one of two joined by a dash or slash, both airports' codes (IATA, or ICAO)."""
    pair = CODE_PAIR.search(text, max(0, at - 5), min(len(text), at + 9))
    return pair is not None and pair.start() <= at < pair.end() and all(
        any(c in (a.iata, a.ref) and a.kind == "airport" for a in lookup(c))
        for c in re.findall(r"[A-Z]{3,4}", pair.group()))


# Route words before a code that make it an airport ("from JFK", "diverted to EINN", "departed EGLL").
CODE_BEFORE = re.compile(r"\b(?:from|to|for|into|at|via|departed|departing|left|leaving|reached|toward|towards)"
                          r"\s+$")
# Areas an adjective of nationality can take a part of ("the French Alps").
PARTED = frozenset(["region"])
# Words that place something at the name after them: worth asking an online geocoder about.
PLACING = re.compile(
    r"\b(?:near|outside|(?:village|town|hamlet|commune|municipality|city|settlement|locality)\s+of|"
    r"cerca\s+de|près\s+de|perto\s+de|(?:crashed|came\s+down|went\s+down|landed|ditched)\s+(?:in|at|on))"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
INDIRECT_QUICK = re.compile(r"capital|biggest|largest|most populous")
# "the capital" alone, not "the capital of X", "the capital, X", "the capital city X" or "the capital's"
# (where the text places something by it: "80 km southeast of the capital", "near the capital")
BARE_CAPITAL = (
    re.compile(r"\b(?:of|from|outside|near|off|to|into|towards?|over)\s+(?P<cap>the capital)\b(?! of\b)(?!['’]s\b)"
               r"(?!,? (?:city )?[A-Z])(?! city\b)"),
    # "regresar a la capital", "vers la capitale", "retornou à capital" (not "la capital rusa": see below)
    re.compile(r"\b(?:a|à|al|en|de|desde|hacia|para|em|dans|vers|près\s+de|cerca\s+de|perto\s+de)\s+"
               r"(?P<cap>(?:la|a)\s+capitale?)\b(?!\s+(?:de|del|da|do|du|della|dos|das)\b)(?!,?\s+[A-ZÀ-Ý])|"
               r"\b(?P<contracted>(?:na|da|à)\s+capital)\b(?!\s+(?:de|do|da|dos|das)\b)(?!,?\s+[A-ZÀ-Ý])"),
)
INDIRECT = (
    re.compile(r"(?P<c>\b[A-Z][\w.]*(?: [A-Z][\w.]*)*)['’]s (?:(?P<what>capital)(?: city)?|"
               r"(?P<big>biggest|largest|most populous) city)\b(?!,? (?:of |city )?[A-Z])"),
    re.compile(r"\bthe (?P<c>[A-Z][a-z]+) (?P<what>capital)\b(?!,? (?:city )?[A-Z])"),
    re.compile(r"\bthe (?:(?P<what>capital)|(?P<big>biggest city|largest city)) of (?:the )?"
               r"(?P<c>[A-Z][\w.]*(?: [A-Z][\w.]*)*)(?!['’]s\b)(?!,? [A-Z])"),
    # not "the capital of Russia's Chechnya region"; a name right after ("Kenya's capital
    # Nairobi", "the capital of Angola, Luanda") is found as itself
)

# "la capital rusa", "la capitale russe", "a capital russa"; "la capital de Rusia", "la capitale de la
# Russie", "a capital da Rússia", "la capitale della Russia" (not "la capitale de la région")
INDIRECT_ROMANCE = re.compile(
    r"\b(?:(?P<art>la|a)|da|na|della|dalla|nella|alla)\s+(?P<cap>capital[e]?)\s+(?:(?!(?:dell[aoe]?|degli|des|del|dos|das)\b)"
    r"(?P<adj>[a-zà-ÿ]{4,})\b(?!\s+(?:de|del|da|do|della|du)\b)|"
    r"(?:de|del|da|do|della|dell['’]|du|des)\s*(?:la\s+|l['’]|los\s+|las\s+|les\s+)?"
    r"(?P<c>[A-ZÀ-Ý]\w*(?: [A-ZÀ-Ý]\w*)*))")
