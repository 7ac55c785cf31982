"""Composes the stages: sources -> text -> mentions -> statements -> story -> geometry.

The only module that imports more than one stage. Render and export take the IncidentMap.
"""

from __future__ import annotations

from collections.abc import Sequence

from geoviz import claims, geometry, statements, story, text
from geoviz.gazetteer import Gazetteer, default_gazetteer
from geoviz.mentions import MentionFinder
from geoviz.model import Document, IncidentMap, Place, Source


def extract(sources: Sequence[Source], gazetteer: Gazetteer | None = None, *,
            with_claims: bool = False) -> tuple[Document, ...]:
    """Mentions and route statements of each source (``geoviz extract``); with their claims
    (cause, figures) when ``with_claims``, as the story needs them."""
    finder = MentionFinder(gazetteer or default_gazetteer())
    return tuple(extract_one(s, finder, with_claims=with_claims) for s in sources)


def extract_one(source: Source, finder: MentionFinder, *, with_claims: bool = False) -> Document:
    sentences = text.split_sentences(source)
    mentions = finder.find(source.text, sentences)
    return Document(source, mentions, statements.extract_statements(sentences, mentions),
                    claims.extract_claims(sentences) if with_claims else ())


def build_map(sources: Sequence[Source], gazetteer: Gazetteer | None = None) -> IncidentMap:
    """The whole pipeline: one incident map from all sources (``geoviz build``)."""
    gazetteer = gazetteer or default_gazetteer()
    documents = extract(sources, gazetteer, with_claims=True)
    incident = story.merge(documents)
    airports: dict[str, Place] = {}
    for e in incident.elements:
        if e.place.kind == "city":
            found = gazetteer.airports_for(e.place)
            if found:
                airports[e.place.key] = found[0]
    return geometry.build_map(incident, airports)
