"""Claims on cause and figures, and the conflicts between sources."""

from geoviz.claims import extract_claims
from geoviz.model import Document, Source
from geoviz.story import conflicts
from geoviz.text import split_sentences


def doc(name: str, text: str) -> Document:
    source = Source(name, name, text)
    return Document(source, (), (), extract_claims(split_sentences(source)))


def test_each_clause_claims_its_own_cause_and_speaker():
    d = doc("a.txt", "The carrier blamed a bird strike, while analysts believe a missile hit the jet.")
    got = {(c.value, c.attributed_to) for c in d.claims if c.topic == "cause"}
    assert ("bird strike", "The carrier") in got or ("bird strike", "carrier") in {
        (v, w.split()[-1]) for v, w in got}
    assert any(v == "air-defence fire" and "analysts" in w for v, w in got)


def test_denials_are_not_claims():
    d = doc("a.txt", "Investigators said the damage does not match a bird strike.")
    assert [c for c in d.claims if c.value == "bird strike"] == []


def test_figures_that_differ_between_sources_are_a_conflict():
    a = doc("a.txt", "The jet carried 70 passengers. Twelve survivors were found.")
    b = doc("b.txt", "There were 66 passengers and four crew on board. 12 passengers were rescued.")
    c = doc("c.txt", "According to the airline, 70 passengers were on the flight.")
    (passengers,) = [x for x in conflicts([a, b, c]) if x.topic == "passengers"]
    assert [(cl.value, cl.sources) for cl in passengers.claims] == [("70", ("a.txt", "c.txt")),
                                                                     ("66", ("b.txt",))]
    assert passengers.claims[0].attributed_to == "airline"


def test_agreeing_sources_raise_no_conflict():
    a = doc("a.txt", "The crash killed 12 people.")
    b = doc("b.txt", "Officials said the crash killed 12.")
    assert conflicts([a, b]) == ()
