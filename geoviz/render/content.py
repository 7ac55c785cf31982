"""The words of the page: feature popups, the side panel (summary, timeline, sources, conflicts).

Every string taken from the IncidentMap came from news reports or file names and goes through
:func:`~geoviz.render.escape.esc`; nothing here builds a link or attribute from source text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from geoviz.model import Claim, Conflict, Evidence, IncidentMap, MapFeature
from geoviz.render.escape import esc
from geoviz.render.style import ROLE_NAMES

# Quotes shown before "N more quotes": popups stay short, claims side by side stay comparable.
POPUP_QUOTES = 3
CLAIM_QUOTES = 1
_KIND_ROLES = frozenset({"origin", "destination", "diversion", "place", "area"})


@dataclass(frozen=True, slots=True)
class Entry:
    """A feature as the page lists it: its key (``f<index>``), timeline number, drawn or not."""

    key: str
    feature: MapFeature
    number: int | None
    drawn: bool


class Citations:
    """Numbers sources in the order the incident lists them; quotes cite ``[n] file name``."""

    def __init__(self, incident: IncidentMap) -> None:
        self.number = {s.name: i for i, s in enumerate(incident.sources, 1)}
        self.title = {s.name: s.title for s in incident.sources}

    def cite(self, source: str) -> str:
        number = self.number.get(source)
        ref = f'<span class="gv-ref">[{number}]</span> ' if number else ""
        title = self.title.get(source)
        title_attr = f' title="{esc(title)}"' if title else ""
        return f"<cite{title_attr}>{ref}{esc(source)}</cite>"


def _unique(evidence: Iterable[Evidence]) -> list[Evidence]:
    seen: set[tuple[str, int, int, str]] = set()
    out = []
    for ev in evidence:
        key = (ev.source, ev.start, ev.end, ev.text)
        if key not in seen:
            seen.add(key)
            out.append(ev)
    return out


def quotes(evidence: Iterable[Evidence], citations: Citations, visible: int | None = None) -> str:
    """Each sentence in a blockquote citing its source; past ``visible``, folded in a <details>."""
    blocks = [
        f'<blockquote class="gv-quote"><p>{esc(ev.text.strip())}</p><footer>{citations.cite(ev.source)}'
        "</footer></blockquote>"
        for ev in _unique(evidence)
    ]
    if visible is None or len(blocks) <= visible + 1:
        return "".join(blocks)
    rest = len(blocks) - visible
    return (
        "".join(blocks[:visible])
        + f'<details class="gv-more"><summary>{rest} more quote{"s" if rest != 1 else ""}</summary>'
        + "".join(blocks[visible:])
        + "</details>"
    )


def source_count(n: int) -> str:
    return f"{n} source" if n == 1 else f"{n} sources"


def support_text(feature: MapFeature) -> str:
    n = len(feature.sources)
    if n == 0:
        return "Inferred by geoviz, not stated by a source" if feature.inferred else "No source cited"
    return f"Stated by {source_count(n)}"


def _has_inferred_parts(feature: MapFeature) -> bool:
    return feature.inferred or any(inferred for _line, inferred in feature.segments)


def popup_html(entry: Entry, citations: Citations) -> str:
    f = entry.feature
    badge = f'<span class="gv-badge">{entry.number}</span>' if entry.number is not None else ""
    # The anchor's kind says what a stop or place is ("airport"); for a crash site or an event
    # it would only describe the town it is measured from.
    kind = f" · {esc(f.kind)}" if f.kind and f.role in _KIND_ROLES else ""
    inferred = ' <span class="gv-tag">inferred</span>' if f.inferred else ""
    parts = [
        f'<div class="gv-pop gv-pop-{esc(f.role)}">',
        f'<p class="gv-pop-role">{badge}{esc(ROLE_NAMES.get(f.role, f.role))}{kind}{inferred}</p>',
        f"<h3>{esc(f.name)}</h3>",
    ]
    if f.label and f.label != f.name:
        parts.append(f'<p class="gv-pop-label">{esc(f.label)}</p>')
    if f.uncertainty_km:
        parts.append(
            f'<p class="gv-pop-note">Approximate position: the halo shows about '
            f"{f.uncertainty_km:.3g} km of uncertainty.</p>"
        )
    if f.role in {"planned_route", "flown_route"} and _has_inferred_parts(f) and not f.inferred:
        parts.append('<p class="gv-pop-note">Dotted parts are inferred: drawn by geoviz between '
                     "reported points, not stated by a source.</p>")
    parts.append(f'<p class="gv-support">{esc(support_text(f))}</p>')
    parts.append(quotes(f.evidence, citations, visible=POPUP_QUOTES))
    if f.alternatives:
        others = "; ".join(esc(a) for a in f.alternatives)
        parts.append(f'<p class="gv-alt"><strong>Other sources say:</strong> {others}</p>')
    parts.append("</div>")
    return "".join(parts)


def _element_item(entry: Entry, numbered: bool) -> str:
    f = entry.feature
    text = f.label or f.name
    badge = f'<span class="gv-badge">{entry.number}</span>' if numbered else ""
    count = source_count(len(f.sources)) if f.sources else ("inferred" if f.inferred else "no source")
    disabled = "" if entry.drawn else " disabled"
    return (
        f'<li><button type="button" class="gv-item" data-gv-feature="{esc(entry.key)}"{disabled}>'
        f"{badge}<span class=\"gv-item-text\"><span class=\"gv-item-role\">"
        f"{esc(ROLE_NAMES.get(f.role, f.role))}</span> {esc(text)}</span>"
        f'<span class="gv-count" title="sources stating it">{esc(count)}</span></button></li>'
    )


def _claim_html(claim: Claim, citations: Citations) -> str:
    who = ""
    if claim.attributed_to:
        who = f'<p class="gv-claim-who">according to {esc(claim.attributed_to)}</p>'
    count = f'<p class="gv-count">{source_count(len(claim.sources))}</p>' if claim.sources else ""
    return (
        f'<div class="gv-claim"><p class="gv-claim-value">{esc(claim.value)}</p>{who}{count}'
        f"{quotes(claim.evidence, citations, visible=CLAIM_QUOTES)}</div>"
    )


def conflicts_html(conflicts: Sequence[Conflict], citations: Citations) -> str:
    if not conflicts:
        return ""
    blocks = "".join(
        f'<div class="gv-conflict"><h3>{esc(c.topic)}</h3><div class="gv-claims">'
        + "".join(_claim_html(claim, citations) for claim in c.claims)
        + "</div></div>"
        for c in conflicts
    )
    return f'<section class="gv-section" id="gv-conflicts"><h2>Where sources disagree</h2>{blocks}</section>'


def panel_html(incident: IncidentMap, entries: Sequence[Entry], citations: Citations) -> str:
    """The side panel's inner HTML."""
    timeline = sorted((e for e in entries if e.number is not None), key=lambda e: e.number or 0)
    others = [e for e in entries if e.number is None]
    summary = f'<p class="gv-summary">{esc(incident.summary)}</p>' if incident.summary else ""
    stats = (
        f'<p class="gv-stats">Built from {source_count(len(incident.sources))}; '
        f"{len(entries)} mapped element{'s' if len(entries) != 1 else ''}.</p>"
    )
    sections = [f'<section class="gv-section gv-intro">{summary}{stats}</section>']
    if timeline:
        items = "".join(_element_item(e, True) for e in timeline)
        sections.append(
            '<section class="gv-section" id="gv-timeline"><h2>Timeline of the flight</h2>'
            f'<ol class="gv-list gv-timeline">{items}</ol></section>'
        )
    if others:
        items = "".join(_element_item(e, False) for e in others)
        sections.append(
            '<section class="gv-section" id="gv-elements"><h2>Also on the map</h2>'
            f'<ul class="gv-list">{items}</ul></section>'
        )
    sections.append(conflicts_html(incident.conflicts, citations))
    if incident.sources:
        items = "".join(
            f'<li><span class="gv-src-title">{esc(s.title or s.name)}</span>'
            f'<span class="gv-src-file">{esc(s.name)}</span></li>'
            for s in incident.sources
        )
        sections.append(
            f'<section class="gv-section" id="gv-sources"><h2>Sources</h2><ol class="gv-sources">{items}</ol>'
            "</section>"
        )
    sections.append(
        '<section class="gv-section gv-method"><h2>How to read this map</h2><p>Places are located from '
        "the names the reports give. Each element quotes the sentences it rests on and counts the "
        "sources that state it. Dotted lines and elements marked <em>inferred</em> are drawn by "
        "geoviz to connect reported points; they are not stated by any source.</p></section>"
    )
    return "".join(sections)
