"""One sentence's reading under way: its template, its place slots and the statements found so far;
the readers of ``routes`` and ``crashes`` add to it, each slot taking each role once, first come."""

from __future__ import annotations

import re
from dataclasses import dataclass

from geoviz.model import Evidence, Mention, Sentence, Statement
from geoviz.statements import english as en
from geoviz.statements.languages import LANGUAGES, speaks

# The part of a country or division a crash is put in: "in eastern Ukraine", "in the north of Mali",
# "dans le nord du Mali", "en el sur de", "no norte do", "im Osten der", "in het oosten van", "на востоке"
PARTS = {w: b for b, words in ((0.0, "north northern nord norte noorden norden севере"),
                                (90.0, "east eastern est este leste oosten osten востоке"),
                                (180.0, "south southern sud sur sul zuiden süden юге"),
                                (270.0, "west western ouest oeste westen западе"),
                                (45.0, "northeast north-east northeastern north-eastern nord-est noreste nordeste"),
                                (135.0, "southeast south-east southeastern south-eastern sud-est sureste sudeste"),
                                (225.0, "southwest south-west southwestern south-western sud-ouest suroeste sudoeste"),
                                (315.0, "northwest north-west northwestern north-western nord-ouest noroeste"),
                                # Italian, and German adverbs ("nördlich von X")
                                (0.0, "nördlich"), (90.0, "östlich"), (180.0, "südlich"),
                                (270.0, "ovest westlich"), (45.0, "nordest nordöstlich"),
                                (135.0, "sudest südöstlich"), (225.0, "sud-ovest südwestlich"),
                                (315.0, "nord-ovest nordovest nordwestlich"))
          for w in words.split()}
_PART_OF = re.compile(r"(?:\b(?P<dir>(?:north|south)(?:-?(?:east|west))?ern|eastern|western)\s+|"
                      r"\b(?:the|le|el|o|het|dem|im)\s+(?P<dir2>[\w-]+)\s+(?:part\s+)?(?:of|du|de|del|do|da|van|der|des)"
                      r"\s+(?:la\s+|l['’]|the\s+)?|\bна\s+(?P<dir3>севере|востоке|юге|западе)\s+)$", re.IGNORECASE)

# "ditched off X", "au large de X", "al largo di X": in the water by X (not "took off X")
_OFFSHORE_BEFORE = re.compile(r"(?:(?<!took\s)(?<!taking\s)(?<!taken\s)(?<!take\s)(?<!lifted\s)\boff|"
                              r"\boff\s+the\s+(?:\w+\s+)?coast\s+of|\bau\s+large\s+(?:de|d['’]|du)|\bal\s+largo\s+"
                              r"(?:di|de|del|della)|\bfrente\s+(?:a|al)|\bao\s+largo\s+(?:de|do|da)|"
                              r"\bvor\s+der\s+Küste\s+von|\blepas\s+pantai)\s+(?:the\s+|l['’]|la\s+|le\s+)?"
                              r"(?:(?:Tanjung|Cape|Cap|Capo|Cabo|Point|Pointe|Punta)\s+)?$", re.IGNORECASE)

_AIRPORT_WORD_BEFORE = re.compile(r"\b(?:aeropuerto|aéroport|aeroporto|aeródromo|aérodrome|lotnisk\w*|Flughafen|"
                                  r"luchthaven|bandara|lapangan\s+terbang|аэропорт\w*|аэродром\w*)\b[^⟦.,;]{0,30}$",
                                  re.IGNORECASE)

# … or after it: "⟦i⟧ Havalimanı'ndan" (Turkish)
_AIRPORT_WORD_AFTER = re.compile(r"\s+(?:Uluslararası\s+)?(?:Havalimanı|Havaalanı)\b", re.IGNORECASE)

# "landed in a farmer's field near X": by X, not at its airport; so, in a helicopter's flight, "to the
# medical centre in X"
_NEAR = (r"s?\b(?:\s+(?:[\w'’-]+\s+){0,3}?)?\s*,?\s*(?:in|at|near|outside|of|by|close\s+to|di|del|della|dell['’]|de|"
         r"du|do|da|a|à|en|em|bei|von|nahe|vicino\s+a|presso|cerca\s+de|près\s+de|perto\s+de)\s*(?:the\s+|la\s+|l['’])?$")
_OWNER_OF_NAME = re.compile(r"['’]s?\s+(?:[\w-]+\s+)?[A-Z]")
_GROUND_BEFORE = re.compile(r"\b(?:" + en.OFF_GROUND + r"|park|pitch|playing\s+fields?|car\s+park|parking\s+lot|"
                            # (in the other languages read: "sulla spiaggia di X", "en un campo cerca de X")
                            r"spiaggia|prato|campo\s+(?:agricolo|sportivo|coltivato)|autostrada|playa|carretera|"
                            r"plage|champ|praia|estrada|Feld|Acker|Wiese|Autobahn)"
                            + _NEAR, re.IGNORECASE)

# "departed the GSDF's ⟦Obihiro⟧ garrison": a camp by the town, not its airport
_GROUND_AFTER = re.compile(r"\s+(?:garrison|barracks|army\s+camp|military\s+camp|hospital|medical\s+cent(?:er|re))\b",
                           re.IGNORECASE)
_CARE_BEFORE = re.compile(r"\b(?:hospital|medical\s+cent(?:er|re)|clinic|helipad|infirmary)" + _NEAR + r"|"
                          # ("to University Hospital Galway", "vom Klinikum Kassel")
                          r"\b(?-i:Hospital|Infirmary|Klinikum|Universitätsklinikum|Universitätsmedizin|Krankenhaus)\s+$|"
                          # (in the other languages read: "dall'ospedale Annunziata di X", "dall'eliporto di X")
                          r"\b(?:ospedale|eliporto|elisuperficie|hôpital|héliport|helipuerto|heliporto|Krankenhaus|"
                          r"Klinik|Heliport)(?:\s+(?-i:[A-Z])[\w’'-]+){0,3}\s+(?:di|del|della|dell['’]|de|du|do|da|in|"
                          r"von|à|a|en|em)\s*(?:la\s+|l['’])?$", re.IGNORECASE)


@dataclass(frozen=True)
class Report:
    """What the whole report tells that a sentence's reading needs."""

    spoken: frozenset[str] = frozenset()  # the languages a third of it speaks
    unharmed: bool = False  # the aircraft and its people came to no harm: a forced landing in a field was no crash
    rotary: bool = False  # a helicopter's flight, which lands at hospitals
    lead: bool = False  # the sentence is the headline or the lead, which introduce the report's own aircraft


class SentenceReading:
    """One sentence's reading under way: its template ``t``, its slots, and the statements found so
    far. Each reader (of routes, of crashes) adds what its patterns say; a slot takes each role once, first come."""

    def __init__(self, sentence: Sentence, t: str, slots: list[Mention], report: Report) -> None:
        self.t, self.slots, self.report = t, slots, report
        self.evidence = Evidence.of(sentence)
        self.found: list[Statement] = []
        self.used: dict[str, set[int]] = {}  # the slots each role has taken
        self.from_to: set[int] = set()  # the slots a route's ends have taken
        self.diverted_from: set[int] = set()  # ("divert from X to Y": X, where it was bound, is no origin)
        self.low = t.lower()  # the quick filters are written in lower case: much faster than IGNORECASE
        self.flighty = bool(en.FLIGHTY.search(self.low))
        # (an accident database's "Location: 12 km SW of X" line is a crash's place)
        self.crashy = bool(en.CRASHY.search(self.low)) or self.low.startswith("location:")
        self.languages = [lang for lang in LANGUAGES if lang.name in report.spoken or speaks(lang, self.low)]

    def add(self, role: str, i: int, cue: str, conf: float, **kw) -> None:
        t, slots, used = self.t, self.slots, self.used
        if i >= len(slots) or i in used.setdefault(role, set()) or (role == "approach" and i in used.get(
                "destination", ())):
            return  # (an approach to where the sentence says it was bound adds nothing)
        m = slots[i]
        if kw.get("distance_km") is not None and m.place.kind in ("country", "admin1") \
                and _OWNER_OF_NAME.match(t, t.find(f"⟦{i}⟧") + len(f"⟦{i}⟧")):
            return  # ("30 km south of Italy's Zucchelli Station": from a station the gazetteer lacks, not Italy)
        used[role].add(i)
        if role in ("origin", "destination", "diversion") and m.place.kind in ("sea", "river", "lake", "region") \
                and not m.place.is_island:
            return  # (but "bound for Maui": the island's airport)
        at_airport = kw.pop("at_airport", False) or m.place.kind == "airport" or airport_after(t, i) \
            or airport_before(t, i)
        if role == "crash_site" and m.place.is_area and not m.place.is_island:
            at_airport = False  # ("crash-landed in the Chukotka tundra": no airport of a region's)
        if role in ("origin", "destination", "diversion") and not at_airport:
            at = t.find(f"⟦{i}⟧")
            kw["off_airport"] = kw.get("off_airport") or bool(_GROUND_BEFORE.search(t, max(0, at - 60), at)
                                     or _GROUND_AFTER.match(t, at + len(f"⟦{i}⟧"))
                                     or (self.report.rotary and _CARE_BEFORE.search(t, max(0, at - 60), at)))
        if role == "crash_site" and not m.place.is_area and "distance_km" not in kw:
            at = t.find(f"⟦{i}⟧")
            kw["offshore"] = bool(_OFFSHORE_BEFORE.search(t, max(0, at - 45), at))
        if role == "crash_site" and m.place.kind in ("country", "admin1") and "distance_km" not in kw:
            part = _PART_OF.search(t, 0, t.find(f"⟦{i}⟧"))  # "in eastern Ukraine", "dans le nord du Mali"
            word = (part["dir"] or part["dir2"] or part["dir3"]).lower() if part else ""
            if word in PARTS:
                kw.update(bearing_deg=PARTS[word], bearing_text=word)
        self.found.append(Statement(role, m.place, m, self.evidence, cue.strip().lower(), at_airport=at_airport,
                                    confidence=conf, **kw))

    def crashed_landing(self, i: int, cue: str, conf: float, at_airport: bool = True) -> None:
        self.add("crash_site", i, cue, conf, at_airport=at_airport)  # a crash where it was landing
        self.add("approach", i, "landing", 0.6)

    def reject_crash(self, i: int) -> None:
        """Slot ``i`` is no crash site of this sentence: drop what was read of it, read no more."""
        self.found[:] = [st for st in self.found if not (st.role == "crash_site" and st.mention is self.slots[i])]
        self.used.setdefault("crash_site", set()).add(i)


def airport_before(t: str, i: int) -> bool:
    """The slot follows the word airport in any language: "del Aeropuerto Internacional de ⟦i⟧"."""
    at = t.find(f"⟦{i}⟧")
    return bool(_AIRPORT_WORD_BEFORE.search(t, max(0, at - 45), at))


def airport_after(t: str, i: int) -> bool:
    end = t.find(f"⟦{i}⟧") + len(f"⟦{i}⟧")
    return bool(en.AT_AIRPORT.match(t[end : end + 30]) or _AIRPORT_WORD_AFTER.match(t, end, end + 40))
