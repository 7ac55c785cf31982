"""Machine-readable outputs: GeoJSON and KML of an :class:`IncidentMap`, JSON of extracted documents.

Everything here is deterministic (same input, same bytes) so outputs can be diffed and cached.
"""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from shapely.geometry import mapping

from geoviz.model import Document, Evidence, IncidentMap, MapFeature, Mention, Statement

PRECISION = 6  # decimals: ~0.1 m, well below what any news report states

# KML colours are aabbggrr. One style per feature role, the same hues as the HTML map's legend.
_KML_COLOURS: dict[str, str] = {
    "origin": "ff2ca02c",
    "destination": "ffb4771f",
    "diversion": "ff0e7fff",
    "crash_site": "ff2827d6",
    "event": "ffbd6794",
    "place": "ff7f7f7f",
    "planned_route": "ffb4771f",
    "flown_route": "ff2827d6",
    "area": "80c2a38d",
}
_KML_NS = "http://www.opengis.net/kml/2.2"


# ---------------------------------------------------------------------------- GeoJSON

def to_geojson(incident: IncidentMap) -> dict[str, Any]:
    """An RFC 7946 FeatureCollection; incident metadata goes in the foreign member ``geoviz``."""
    collection: dict[str, Any] = {
        "type": "FeatureCollection",
        "geoviz": {
            "title": incident.title,
            "summary": incident.summary,
            "sources": [{"name": s.name, "title": s.title, "path": s.path} for s in incident.sources],
            "conflicts": [_conflict_json(c) for c in incident.conflicts],
        },
        "features": [_feature_json(f) for f in incident.features],
    }
    if incident.features:
        south, west, north, east = incident.bounds
        collection["bbox"] = [_round(west), _round(south), _round(east), _round(north)]
    return collection


def _feature_json(feature: MapFeature) -> dict[str, Any]:
    properties: dict[str, Any] = {
        "role": feature.role,
        "name": feature.name,
        "label": feature.label,
        "kind": feature.kind,
        "evidence": [evidence_json(e) for e in feature.evidence],
        "sources": list(feature.sources),
        "support": len(feature.sources),
        "uncertainty_km": feature.uncertainty_km,
        "inferred": feature.inferred,
        "order": feature.order,
        "alternatives": list(feature.alternatives),
    }
    if feature.segments:
        # Which parts of a route the sources state and which geoviz drew between stated points.
        properties["segments"] = [
            {"inferred": inferred, "coordinates": _geometry_json(line)["coordinates"]}
            for line, inferred in feature.segments
        ]
    return {"type": "Feature", "geometry": _geometry_json(feature.geometry), "properties": properties}


def _geometry_json(geometry: Any) -> dict[str, Any] | None:
    if geometry is None or geometry.is_empty:
        return None
    return _round_coords(mapping(geometry))


def _round_coords(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _round_coords(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_round_coords(v) for v in value]
    if isinstance(value, float):
        return _round(value)
    return value


def _round(x: float) -> float:
    return round(float(x), PRECISION) + 0.0  # + 0.0 turns -0.0 into 0.0


def evidence_json(evidence: Evidence) -> dict[str, Any]:
    return {"source": evidence.source, "start": evidence.start, "end": evidence.end, "text": evidence.text}


def _conflict_json(conflict: Any) -> dict[str, Any]:
    return {
        "topic": conflict.topic,
        "claims": [
            {"value": c.value, "sources": list(c.sources), "attributed_to": c.attributed_to,
             "evidence": [evidence_json(e) for e in c.evidence]}
            for c in conflict.claims
        ],
    }


# ---------------------------------------------------------------------------- KML

def to_kml(incident: IncidentMap) -> str:
    """KML 2.2: one Placemark per feature, styled by role, evidence in the description balloon."""
    kml = ET.Element("kml", xmlns=_KML_NS)
    doc = ET.SubElement(kml, "Document")
    ET.SubElement(doc, "name").text = incident.title or "geoviz incident map"
    ET.SubElement(doc, "description").text = incident.summary
    for role in sorted({f.role for f in incident.features}):
        doc.append(_kml_style(role))
    for feature in incident.features:
        doc.append(_placemark(feature))
    ET.indent(kml)
    # Sources may hold characters XML 1.0 forbids even as references (a form feed, a stray \x01):
    # one U+FFFD each keeps the file well-formed and the evidence offsets countable.
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            + _NOT_XML.sub("\ufffd", ET.tostring(kml, encoding="unicode")) + "\n")


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _kml_style(role: str) -> ET.Element:
    colour = _KML_COLOURS.get(role, _KML_COLOURS["place"])
    style = ET.Element("Style", id=f"role-{role}")
    ET.SubElement(ET.SubElement(style, "IconStyle"), "color").text = colour
    line = ET.SubElement(style, "LineStyle")
    ET.SubElement(line, "color").text = colour
    ET.SubElement(line, "width").text = "3"
    poly = ET.SubElement(style, "PolyStyle")
    ET.SubElement(poly, "color").text = "40" + colour[2:]  # translucent fill, opaque outline
    return style


def _placemark(feature: MapFeature) -> ET.Element:
    placemark = ET.Element("Placemark")
    ET.SubElement(placemark, "name").text = feature.name
    # Balloons render the description as HTML: escape every source string into that HTML, and
    # ElementTree then escapes the HTML itself as XML text.
    ET.SubElement(placemark, "description").text = _kml_description(feature)
    ET.SubElement(placemark, "styleUrl").text = f"#role-{feature.role}"
    data = ET.SubElement(placemark, "ExtendedData")
    for key, value in (("role", feature.role), ("kind", feature.kind), ("support", len(feature.sources)),
                       ("sources", ", ".join(feature.sources)), ("inferred", feature.inferred),
                       ("order", feature.order), ("uncertainty_km", feature.uncertainty_km)):
        if value is None or value == "":
            continue
        item = ET.SubElement(data, "Data", name=key)
        ET.SubElement(item, "value").text = str(value).lower() if isinstance(value, bool) else str(value)
    geometry = _kml_geometry(feature.geometry)
    if geometry is not None:
        placemark.append(geometry)
    return placemark


def _kml_description(feature: MapFeature) -> str:
    parts = [f"<p>{html.escape(feature.label or feature.name)}</p>"]
    if feature.evidence:
        items = "".join(
            f"<li><b>{html.escape(e.source)}</b> [{e.start}–{e.end}]: {html.escape(e.text)}</li>"
            for e in feature.evidence
        )
        parts.append(f"<ul>{items}</ul>")
    if feature.alternatives:
        parts.append(f"<p>Other sources say: {html.escape(', '.join(feature.alternatives))}</p>")
    return "".join(parts)


def _kml_geometry(geometry: Any) -> ET.Element | None:
    if geometry is None or geometry.is_empty:
        return None
    kind = geometry.geom_type
    if kind == "Point":
        element = ET.Element("Point")
        ET.SubElement(element, "coordinates").text = _kml_coords(geometry.coords)
    elif kind == "LineString":
        element = ET.Element("LineString")
        ET.SubElement(element, "tessellate").text = "1"  # follow the Earth's surface, not a chord
        ET.SubElement(element, "coordinates").text = _kml_coords(geometry.coords)
    elif kind == "Polygon":
        element = ET.Element("Polygon")
        for tag, rings in (("outerBoundaryIs", [geometry.exterior]), ("innerBoundaryIs", geometry.interiors)):
            for ring in rings:
                linear = ET.SubElement(ET.SubElement(element, tag), "LinearRing")
                ET.SubElement(linear, "coordinates").text = _kml_coords(ring.coords)
    elif hasattr(geometry, "geoms"):  # Multi* and GeometryCollection
        element = ET.Element("MultiGeometry")
        for part in geometry.geoms:
            child = _kml_geometry(part)
            if child is not None:
                element.append(child)
    else:  # pragma: no cover - shapely has no other geometry types
        raise ValueError(f"cannot write {kind} as KML")
    return element


def _kml_coords(coords: Iterable[Sequence[float]]) -> str:
    return " ".join(f"{_round(c[0])},{_round(c[1])}" for c in coords)


# ---------------------------------------------------------------------------- extract JSON

def documents_json(docs: Sequence[Document], skipped: Sequence[tuple[str, str]] = ()) -> dict[str, Any]:
    """``geoviz extract --json``: mentions and statements of each document, and skipped inputs."""
    return {"documents": [document_json(d) for d in docs], "skipped": skipped_json(skipped)}


def iter_documents_json(docs: Iterable[Document | dict[str, Any] | str],
                        skipped: Sequence[tuple[str, str]] = ()) -> Iterator[str]:
    """The text of ``json.dumps(documents_json(docs, skipped))`` in pieces, one per document, so a
    large corpus streams out without holding every document in memory. A ``str`` item is a
    document already encoded (``dumps(document_json(doc))``, as extract's workers send them)."""
    yield '{"documents": ['
    for i, doc in enumerate(docs):
        item = doc if isinstance(doc, str | dict) else document_json(doc)
        yield ("," if i else "") + "\n" + (item if isinstance(item, str) else dumps(item))
    yield '\n], "skipped": ' + dumps(skipped_json(skipped)) + "}\n"


def dumps(value: Any) -> str:
    """The JSON spelling geoviz uses everywhere: UTF-8 text as is, keys in insertion order."""
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def skipped_json(skipped: Sequence[tuple[str, str]]) -> list[dict[str, str]]:
    return [{"path": path, "reason": reason} for path, reason in skipped]


def document_json(doc: Document) -> dict[str, Any]:
    return {
        "source": doc.source.name,
        "path": doc.source.path,
        "mentions": [_mention_json(m) for m in doc.mentions if m.usage == "place"],
        "statements": [_statement_json(s) for s in doc.statements],
        # Adjectives and peoples ("Russian", "Kazakhs"): the country they name, context for
        # resolution, not places the text mentions.
        "demonyms": [{"text": m.text, "start": m.start, "end": m.end, "country": m.place.country,
                      "name": m.place.name} for m in doc.mentions if m.usage == "demonym"],
    }


def _mention_json(m: Mention) -> dict[str, Any]:
    return {
        "text": m.text, "start": m.start, "end": m.end,
        "name": m.place.name, "lat": _round(m.place.lat), "lon": _round(m.place.lon),
        "kind": m.place.kind, "country": m.place.country, "score": round(m.score, 4), "usage": m.usage,
    }


def _statement_json(s: Statement) -> dict[str, Any]:
    return {
        "role": s.role, "name": s.place.name, "lat": _round(s.place.lat), "lon": _round(s.place.lon),
        "kind": s.place.kind, "cue": s.cue, "distance_km": s.distance_km, "bearing_deg": s.bearing_deg,
        "at_airport": s.at_airport, "off_airport": s.off_airport, "evidence": evidence_json(s.evidence),
        "mention": {"text": s.mention.text, "start": s.mention.start, "end": s.mention.end},
    }
