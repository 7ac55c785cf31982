"""Route statements: what each sentence says about the flight's places.

Each sentence becomes a template in which every place mention is a numbered slot ("from ⟦0⟧ to
⟦1⟧"); qualifiers ("Baku, Azerbaijan") fold into the slot before them. Cue patterns over the
template then give the role of a slot: origin, destination, diversion, crash site, overflown area,
approach, or a related event (a drone intercepted near a place). Distances ("about three kilometres
from", "1,200 km (745 miles) northeast of") and bearings are parsed from the same template.
Sentences about another incident ("its only other accident, in 2007") state nothing of this route.

English patterns live in `english`; every other language is one module holding a `Language`
(`romance` for Spanish, French and Portuguese, `german`, `italian`, `russian`, …), and `languages`
joins them; `reading` applies them, and `anaphora` reads references to places named before ("the
airport", "30 km west of the city", "turned back").
"""

from geoviz.statements.english import parse_bearing, parse_number
from geoviz.statements.reading import extract_statements

__all__ = ["extract_statements", "parse_bearing", "parse_number"]
