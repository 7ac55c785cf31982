"""Property tests of the text pipeline on generated documents (hypothesis).

Documents mix real place names and route cue words with hostile text: astral characters,
combining marks, right-to-left script, NUL and control characters, CR/CRLF line ends, a BOM, long
lines, stray quotes and brackets, and numbers in odd formats. Properties: nothing raises; every
sentence, mention and evidence offset indexes the text it came from; a map can always be built
and every coordinate on it is finite.
"""

from __future__ import annotations

import json
import math
import os
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geoviz import claims, pipeline, statements, text
from geoviz.errors import SourceError
from geoviz.export import dumps, to_geojson, to_kml
from geoviz.gazetteer import default_gazetteer
from geoviz.mentions import MentionFinder
from geoviz.model import Evidence, IncidentMap, Source
from geoviz.render import render_html
from geoviz.sources import read_source

PLACES = ("Lyon", "Oslo", "Hamburg", "Baku", "Grozny", "Aktau", "Paris", "Caspian Sea", "Kazakhstan",
          "Texas", "São Paulo", "Zürich", "Reykjavík", "Chechnya", "New York", "Heydar Aliyev Airport")
CUES = ("flew from", "left", "took off from", "bound for", "en route to", "heading to", "diverted to",
        "was rerouted to", "made an emergency landing in", "crashed near", "came down", "went down",
        "crashed while landing at", "over", "flying over", "north-east of", "west of", "from", "to",
        "according to officials,", "experts believe a missile", "bird strike caused", "killing",
        "passengers", "crew", "aboard", "approach to", "de", "a", "desvió a", "s'est écrasé près de")
NUMBERS = ("3", "1,2,3", "1e309", "٣", "−5", "-5", "0", "00", "9" * 400, "1.000.000", "3,5", "½",
           "twenty-five", "a few", "NaN", "inf", "1,000,000,000,000,000,000", "٣٫٥", "５")
UNITS = ("km", "kilometres", "miles", "nautical miles", "m", "nm", "kms")
DIRECTIONS = ("", "north", "south-west", "NE", "east-north-east")
ODD = ("\x00", "\x01", "\x1b", "\x7f", "\u200b", "\u200f", "\u202e", "\ufeff", "\ufffd", "\u0301",
       "\u0308\u0308", "\U0001f6eb", "\U0001d54f", "𝒪slo", "שלום", "مرحبا", "«", "»", "“", "”", "\"", "'",
       "(", ")", "[", "]", "{", "}", "<", ">", "&", "⟦0⟧", "...", "?!", "…", "\t", "\u2028", "\u2029",
       "\x85", "\x0c", "\x0b", "Mr.", "U.S.", "St.", "-", "—", "•", "1.", "http://x.y/z")
NEWLINES = ("\n", "\r\n", "\r", "\n\n", "\r\n\r\n", " ")

# GEOVIZ_FUZZ_EXAMPLES=5000 for a longer hunt; the default keeps the suite fast.
_EXAMPLES = int(os.environ.get("GEOVIZ_FUZZ_EXAMPLES", "150"))
FUZZ = settings(max_examples=_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Rendering and writing files cost more per example.
FUZZ_OUTPUTS = settings(FUZZ, max_examples=max(1, _EXAMPLES // 4),
                        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@st.composite
def distance(draw: st.DrawFn) -> str:
    direction = draw(st.sampled_from(DIRECTIONS))
    return (f"{draw(st.sampled_from(('about ', 'some ', '')))}{draw(st.sampled_from(NUMBERS))}"
            f"{draw(st.sampled_from((' ', '', '-')))}{draw(st.sampled_from(UNITS))} "
            f"{direction + ' ' if direction else ''}{draw(st.sampled_from(('of', 'from', 'de')))}")


WORD = st.one_of(
    st.sampled_from(PLACES), st.sampled_from(CUES), st.sampled_from(ODD), distance(),
    st.sampled_from(("The", "jet", "plane", "flight", "and", "the", "it", "said", ".", ",", ";")),
    st.text(max_size=12),  # arbitrary Unicode, surrogates excluded by hypothesis' default
)


@st.composite
def document(draw: st.DrawFn) -> str:
    """Sentences of words, some made very long, joined by assorted line ends; maybe a BOM."""
    sentences = []
    for _ in range(draw(st.integers(0, 8))):
        words = draw(st.lists(WORD, max_size=25))
        if draw(st.integers(0, 20)) == 0:
            words = words * 60  # a very long line
        sentences.append(" ".join(words) + draw(st.sampled_from((".", "!", "?", "", ".\"", ")."))))
    body = "".join(s + draw(st.sampled_from(NEWLINES)) for s in sentences)
    return ("\ufeff" if draw(st.booleans()) else "") + body


@pytest.fixture(scope="module")
def finder() -> MentionFinder:
    return MentionFinder(default_gazetteer())


def _source(body: str, name: str = "doc.txt") -> Source:
    return Source(name=name, path=name, text=body)


def _assert_evidence(evidence: Evidence, texts: dict[str, str]) -> None:
    assert evidence.source in texts
    body = texts[evidence.source]
    assert 0 <= evidence.start <= evidence.end <= len(body)
    assert body[evidence.start:evidence.end] == evidence.text


def _coordinates(geometry: Any) -> Iterator[tuple[float, ...]]:
    if hasattr(geometry, "geoms"):
        for part in geometry.geoms:
            yield from _coordinates(part)
    elif hasattr(geometry, "exterior"):
        yield from geometry.exterior.coords
        for ring in geometry.interiors:
            yield from ring.coords
    else:
        yield from geometry.coords


def _assert_map(incident: IncidentMap, texts: dict[str, str]) -> None:
    assert all(math.isfinite(v) for v in incident.bounds), incident.bounds
    for feature in incident.features:
        for x, y, *_ in _coordinates(feature.geometry):
            assert math.isfinite(x) and math.isfinite(y), (feature.role, feature.label)
        for part, _inferred in feature.segments:
            assert all(math.isfinite(c) for xy in part.coords for c in xy), feature.role
        assert feature.uncertainty_km is None or math.isfinite(feature.uncertainty_km), feature.label
        for ev in feature.evidence:
            _assert_evidence(ev, texts)
    for conflict in incident.conflicts:
        for claim in conflict.claims:
            for ev in claim.evidence:
                _assert_evidence(ev, texts)


# ---------------------------------------------------------------------------- stages


@FUZZ
@given(document())
def test_sentences_index_the_text(body: str) -> None:
    source = _source(body)
    previous_end = 0
    for s in text.split_sentences(source):
        assert body[s.start:s.end] == s.text and s.text == s.text.strip() and s.text
        assert s.start >= previous_end  # in order, never overlapping
        previous_end = s.end


@FUZZ
@given(st.text())  # fully arbitrary Unicode, not only the document grammar
def test_sentences_of_arbitrary_text(body: str) -> None:
    for s in text.split_sentences(_source(body)):
        assert body[s.start:s.end] == s.text


@FUZZ
@given(body=document())
def test_mentions_statements_and_claims_index_the_text(finder: MentionFinder, body: str) -> None:
    source = _source(body)
    sentences = text.split_sentences(source)
    mentions = finder.find(body, sentences)
    for m in mentions:
        assert body[m.start:m.end] == m.text and m.text
        assert m.sentence.start <= m.start and m.end <= m.sentence.end
        assert body[m.sentence.start:m.sentence.end] == m.sentence.text
    texts = {source.name: body}
    for st_ in statements.extract_statements(sentences, mentions):
        _assert_evidence(st_.evidence, texts)
        assert body[st_.mention.start:st_.mention.end] == st_.mention.text
        assert st_.distance_km is None or (math.isfinite(st_.distance_km) and st_.distance_km >= 0), (
            st_.distance_text)
        assert st_.bearing_deg is None or 0 <= st_.bearing_deg < 360
    for claim in claims.extract_claims(sentences):
        for ev in claim.evidence:
            _assert_evidence(ev, texts)


# ---------------------------------------------------------------------------- whole pipeline


@FUZZ
@given(st.lists(document(), min_size=1, max_size=3))
def test_extract_and_build_map_never_raise(bodies: Sequence[str]) -> None:
    sources = [_source(body, f"d{i}.txt") for i, body in enumerate(bodies)]
    texts = {s.name: s.text for s in sources}
    gazetteer = default_gazetteer()
    for doc in pipeline.extract(sources, gazetteer, with_claims=True):
        for m in doc.mentions:
            assert texts[doc.source.name][m.start:m.end] == m.text
        for s in doc.statements:
            _assert_evidence(s.evidence, texts)
    _assert_map(pipeline.build_map(sources, gazetteer), texts)


@pytest.mark.parametrize("number", NUMBERS, ids=range(len(NUMBERS)))
def test_odd_numbers_in_crash_distances(number: str) -> None:
    """Each odd number format in the sentence the pipeline draws a crash site from."""
    body = (f"The jet left Lyon for Oslo.\nIt crashed about {number} km north of Oslo.\r\n"
            f"El avión se estrelló a {number} km de Oslo.")
    _assert_map(pipeline.build_map([_source(body)], default_gazetteer()), {"doc.txt": body})


@FUZZ
@given(st.lists(st.text(), min_size=1, max_size=3))
def test_build_map_on_arbitrary_text(bodies: Sequence[str]) -> None:
    sources = [_source(body, f"t{i}.txt") for i, body in enumerate(bodies)]
    _assert_map(pipeline.build_map(sources, default_gazetteer()), {s.name: s.text for s in sources})


@FUZZ_OUTPUTS
@given(body=document(), encoding=st.sampled_from(("utf-8", "utf-8-sig", "utf-16", "cp1252")))
def test_files_to_outputs(tmp_path: Path, body: str, encoding: str) -> None:
    """From a file's bytes (BOMs, legacy encodings) to the three outputs: evidence offsets index
    the text as read, and the HTML, GeoJSON and KML are produced and well-formed."""
    path = tmp_path / "doc.txt"
    path.write_bytes(body.encode(encoding, errors="replace"))
    try:
        source = read_source(path)
    except SourceError:
        return  # empty or binary: refused with a reason, which is the contract
    incident = pipeline.build_map([source], default_gazetteer())
    _assert_map(incident, {source.name: source.text})
    assert render_html(incident).startswith("<!DOCTYPE html>")
    assert json.loads(dumps(to_geojson(incident)))["type"] == "FeatureCollection"
    ET.fromstring(to_kml(incident).encode("utf-8"))
