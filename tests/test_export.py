from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from shapely.geometry import MultiPolygon, Point, Polygon, shape

from geoviz.export import documents_json, dumps, iter_documents_json, to_geojson, to_kml
from geoviz.model import (
    Document,
    Evidence,
    IncidentMap,
    MapFeature,
    Mention,
    Place,
    Sentence,
    Source,
    Statement,
)

KML = "{http://www.opengis.net/kml/2.2}"


def test_geojson_is_a_feature_collection(incident: IncidentMap) -> None:
    fc = to_geojson(incident)
    assert fc["type"] == "FeatureCollection"
    roles = [f["properties"]["role"] for f in fc["features"]]
    assert roles == ["origin", "crash_site", "flown_route", "area"]
    assert fc["bbox"] == [47.0, 40.4093, 54.0, 47.0]  # west, south, east, north
    assert fc["geoviz"]["title"] == "Test incident"
    assert [s["name"] for s in fc["geoviz"]["sources"]] == ["a.txt", "b.txt"]
    for feature in fc["features"]:
        assert feature["type"] == "Feature"
        assert shape(feature["geometry"]).is_valid


def test_geojson_properties(incident: IncidentMap) -> None:
    crash = to_geojson(incident)["features"][1]
    assert crash["geometry"] == {"type": "Point", "coordinates": [51.123457, 43.651234]}
    p = crash["properties"]
    assert p == {
        "role": "crash_site", "name": "near Aktau", "label": "Crash site, ~3 km from Aktau",
        "kind": "airport",
        "evidence": [{"source": "b.txt", "start": 0, "end": 40, "text": "It came down 3 km from Aktau."}],
        "sources": ["a.txt", "b.txt"], "support": 2, "uncertainty_km": 3.0, "inferred": False,
        "order": 2, "alternatives": ["Grozny"],
    }


def test_geojson_segments_and_polygons(incident: IncidentMap) -> None:
    route, area = to_geojson(incident)["features"][2:]
    assert route["geometry"]["type"] == "LineString"
    assert route["properties"]["segments"] == [
        {"inferred": True, "coordinates": [[49.8671, 40.4093], [51.1234, 43.6512]]}]
    assert area["geometry"]["type"] == "Polygon"


def test_geojson_is_deterministic_json(incident: IncidentMap) -> None:
    first = dumps(to_geojson(incident))
    assert first == dumps(to_geojson(incident))
    assert json.loads(first)["features"][0]["properties"]["evidence"][0]["text"].endswith("& late.")


def test_geojson_empty_and_null_geometry() -> None:
    empty = IncidentMap("t", "s", (), (0, 0, 0, 0), ())
    assert to_geojson(empty)["features"] == [] and "bbox" not in to_geojson(empty)
    odd = IncidentMap("t", "s", (MapFeature("place", "x", None, ()),), (0, 0, 0, 0), ())
    assert to_geojson(odd)["features"][0]["geometry"] is None


def test_kml_is_valid_and_escaped(incident: IncidentMap) -> None:
    text = to_kml(incident)
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == f"{KML}kml"
    placemarks = root.findall(f"{KML}Document/{KML}Placemark")
    names = [p.findtext(f"{KML}name") for p in placemarks]
    assert names == ["Baku", "near Aktau", "Baku to Aktau", "Caspian Sea"]
    # The balloon is HTML: source text is escaped inside it, so "<early>" shows as text.
    description = placemarks[0].findtext(f"{KML}description")
    assert "&lt;early&gt; &amp; late." in description and "<early>" not in description
    assert placemarks[1].find(f"{KML}Point/{KML}coordinates").text == "51.123457,43.651234"
    assert placemarks[2].find(f"{KML}LineString/{KML}tessellate").text == "1"
    assert placemarks[3].find(f".//{KML}outerBoundaryIs/{KML}LinearRing") is not None
    styles = {s.get("id") for s in root.findall(f"{KML}Document/{KML}Style")}
    assert {p.findtext(f"{KML}styleUrl") for p in placemarks} <= {f"#{s}" for s in styles}
    assert text == to_kml(incident)


def test_kml_multipolygon() -> None:
    square = Polygon([(0, 0), (1, 0), (1, 1), (0, 1)], holes=[[(0.2, 0.2), (0.4, 0.2), (0.4, 0.4)]])
    feature = MapFeature("area", "islands", MultiPolygon([square, Polygon([(2, 2), (3, 2), (3, 3)])]), ())
    root = ET.fromstring(to_kml(IncidentMap("t", "", (feature,), (0, 0, 3, 3), ())))
    multi = root.find(f".//{KML}MultiGeometry")
    assert len(multi.findall(f"{KML}Polygon")) == 2
    assert multi.find(f".//{KML}innerBoundaryIs") is not None


def test_kml_stays_well_formed_with_control_characters() -> None:
    # Text files may hold a form feed or a stray control byte; XML 1.0 allows none of them.
    said = "Page one\x0c The jet \x01left\x0b Baku\x1b.\ufffe"
    feature = MapFeature("origin", "Baku\x08", Point(49.87, 40.41), (Evidence("a\x02.txt", 0, len(said), said),),
                         ("a\x02.txt",), "Departed \x00Baku")
    text = to_kml(IncidentMap("t\x07", "", (feature,), (40, 49, 41, 50), ()))
    root = ET.fromstring(text.encode("utf-8"))
    assert root.find(f".//{KML}name").text == "t\ufffd"
    assert "The jet \ufffdleft\ufffd Baku\ufffd." in root.find(f".//{KML}Placemark/{KML}description").text


def _document() -> Document:
    text = "Flight left Baku for Grozny.\nIt crashed near Aktau."
    source = Source("a.txt", "in/a.txt", text, "Flight left Baku for Grozny.")
    sentence = Sentence("a.txt", 0, 28, text[:28])
    baku = Place("Baku", 40.37767, 49.89201, "city", "AZ", population=1_116_513, source="geonames")
    mention = Mention("a.txt", 12, 16, "Baku", baku, sentence, score=0.912345)
    statement = Statement("origin", baku, mention, Evidence.of(sentence), "left", distance_km=None)
    return Document(source, (mention,), (statement,))


def test_documents_json_shape() -> None:
    out = documents_json([_document()], [("x.bin", "binary file")])
    assert out["skipped"] == [{"path": "x.bin", "reason": "binary file"}]
    doc = out["documents"][0]
    assert (doc["source"], doc["path"]) == ("a.txt", "in/a.txt")
    assert doc["mentions"] == [{"text": "Baku", "start": 12, "end": 16, "name": "Baku", "lat": 40.37767,
                                "lon": 49.89201, "kind": "city", "country": "AZ", "score": 0.9123,
                                "usage": "place"}]
    statement = doc["statements"][0]
    assert statement["role"] == "origin" and statement["cue"] == "left"
    assert statement["evidence"] == {"source": "a.txt", "start": 0, "end": 28,
                                     "text": "Flight left Baku for Grozny."}
    assert statement["mention"] == {"text": "Baku", "start": 12, "end": 16}
    assert set(statement) == {"role", "name", "lat", "lon", "kind", "cue", "distance_km", "bearing_deg",
                              "at_airport", "off_airport", "evidence", "mention"}


def test_streamed_json_equals_whole() -> None:
    docs = [_document(), _document()]
    streamed = "".join(iter_documents_json(docs, [("a", "b")]))
    assert json.loads(streamed) == documents_json(docs, [("a", "b")])
    assert json.loads("".join(iter_documents_json([]))) == {"documents": [], "skipped": []}


def test_non_ascii_kept() -> None:
    assert dumps({"name": "Aqtaū"}) == '{"name": "Aqtaū"}'
    assert Point(0, 0)  # shapely imported for the fixtures


def test_demonyms_are_listed_apart_from_place_mentions() -> None:
    base = _document()
    azerbaijan = Place("Azerbaijan", 40.5, 47.5, "country", "AZ", source="geonames")
    sentence = base.mentions[0].sentence
    demonym = Mention("a.txt", 0, 6, "Flight", azerbaijan, sentence, usage="demonym")
    doc = documents_json([Document(base.source, (demonym, *base.mentions), base.statements)], [])["documents"][0]
    assert [m["text"] for m in doc["mentions"]] == ["Baku"]
    assert doc["demonyms"] == [{"text": "Flight", "start": 0, "end": 6, "country": "AZ", "name": "Azerbaijan"}]
