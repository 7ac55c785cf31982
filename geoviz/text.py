"""Sentences with exact offsets into the source text.

A small rule-based splitter rather than a library: the offsets must index the text exactly as
decoded (no normalisation), it must run at thousands of documents per second, and news text needs
two things general splitters get wrong: hard-wrapped wire copy (newlines inside sentences) and
headlines without final punctuation (newlines that end a sentence).
"""

from __future__ import annotations

import re
from statistics import median

from geoviz.model import Sentence, Source

# Words whose trailing period does not end a sentence.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st mt ft gen col lt sgt capt cpt cmdr adm gov sen rep pres jr sr inc ltd co corp
    no nos vs etc approx est dept univ ave blvd rd jan feb mar apr jun jul aug sep sept oct nov dec
    e.g i.e a.m p.m u.s u.k u.n u.s.a d.c n.c n.y s.c n.j fig op al
    bzw usw vgl sra sres av avda dra gral cnel sto sta mme mlle mgr ul pl ste""".split()
)
# Abbreviations only before a number ("ok. 10 km", "ca. 5 km", "env. 20 km"): "We're ok." ends one.
NUMBER_ABBREVIATIONS = frozenset("ok ca env nr aprox approx".split())

_BREAK = re.compile(r"""[.!?…]+["'”’)\]]*(?=\s)|\n[ \t]*\n|\n""")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


def _wrap_width(text: str) -> float:
    """Median line length of wire copy hard-wrapped at a fixed width (most lines long and ending
    mid-sentence), else 0."""
    lines = [ln.rstrip() for ln in text.splitlines() if ln.strip()]
    if len(lines) < 6:
        return 0.0
    lengths = [len(ln) for ln in lines]
    open_ended = sum(1 for ln in lines if ln[-1] not in ".!?:\"'”’)")
    width = median(lengths)
    wrapped = 45 <= width <= 90 and open_ended / len(lines) > 0.5
    return width if wrapped else 0.0


def _line_before(text: str, newline: int) -> str:
    return text[text.rfind("\n", 0, newline) + 1 : newline]


def _word_before(text: str, dot: int) -> str:
    match = _WORD_BEFORE.search(text, max(0, dot - 20), dot)
    return match.group(1).lower().rstrip(".") if match else ""


def _is_abbreviation(text: str, dot: int) -> bool:
    match = _WORD_BEFORE.search(text, max(0, dot - 20), dot)
    if not match:
        return False
    word = match.group(1).lower().rstrip(".")
    if word in ABBREVIATIONS:
        return True
    # Initials and dotted acronyms: "J.", "U.S.", "N.C." (a lone capital letter before the dot).
    return len(word) == 1 or bool(re.fullmatch(r"(?:\w\.)+\w", word))


def split_sentences(source: Source) -> tuple[Sentence, ...]:
    """Sentences of a source; each one's ``text`` equals ``source.text[start:end]`` and has no
    surrounding whitespace."""
    text = source.text
    width = _wrap_width(text)
    cuts: list[int] = []
    for match in _BREAK.finditer(text):
        token = match.group()
        if token == "\n":
            if width:
                # In wrapped copy a newline ends a sentence only after a short line (a paragraph
                # end, a dateline, a headline) or a line holding a URL.
                line = _line_before(text, match.start())
                if len(line.strip()) >= 0.7 * width and "://" not in line:
                    continue
            cuts.append(match.start())
        elif token.startswith("\n"):
            cuts.append(match.start())
        else:
            end = match.end()
            nxt = text[end : end + 40].lstrip()
            if token[0] == "." and len(token.rstrip("\"'”’)]")) == 1 and (
                    _is_abbreviation(text, match.start())
                    or (nxt[:1].isdigit() and _word_before(text, match.start()) in NUMBER_ABBREVIATIONS)):
                # "Charlotte, N.C. Less than..." stays one sentence: a safe error for evidence.
                continue
            if nxt and (nxt[0].islower() or nxt[0] in ",;"):
                continue
            cuts.append(end)
    return tuple(_spans(source.name, text, cuts))


def _spans(name: str, text: str, cuts: list[int]):
    start = 0
    for cut in [*cuts, len(text)]:
        if cut <= start:
            continue
        chunk = text[start:cut]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk.rstrip())
        if trail > lead:
            s, e = start + lead, start + trail
            yield Sentence(name, s, e, text[s:e])
        start = cut
