from geoviz.model import Source
from geoviz.text import split_sentences


def sentences(text: str) -> list[str]:
    source = Source("t.txt", "t.txt", text)
    out = split_sentences(source)
    for s in out:
        assert text[s.start : s.end] == s.text
    return [s.text for s in out]


def test_splits_on_terminal_punctuation_and_keeps_offsets():
    assert sentences("The jet left Lyon. It landed in Oslo!  Was it late?") == [
        "The jet left Lyon.", "It landed in Oslo!", "Was it late?"]


def test_headline_without_full_stop_is_its_own_sentence():
    text = "Jet diverted to Hamburg\n\nThe jet was bound for Oslo.\nNext steps\n- Investigators arrive."
    assert sentences(text) == ["Jet diverted to Hamburg", "The jet was bound for Oslo.", "Next steps",
                               "- Investigators arrive."]


def test_abbreviations_do_not_end_sentences():
    assert sentences("Capt. Smith flew to St. Louis at 3 p.m. on Monday. Then he rested.") == [
        "Capt. Smith flew to St. Louis at 3 p.m. on Monday.", "Then he rested."]


def test_hard_wrapped_wire_copy_joins_lines():
    body = ("The airliner operated by a regional carrier was flying from\n"
            "Lyon to Oslo when the crew reported a fault with the left\n"
            "engine and asked to divert towards the nearest large airport.\n")
    text = "LYON, May 4\n" + body * 3
    got = sentences(text)
    assert any("flying from\nLyon to Oslo" in s for s in got)
    assert got[0] == "LYON, May 4"


def test_quotes_after_full_stop_stay_with_the_sentence():
    assert sentences('He said "we turned back." The crew agreed.') == [
        'He said "we turned back."', "The crew agreed."]


def test_an_abbreviation_before_a_number_does_not_end_a_sentence():
    assert sentences("Rozbiła się w lesie ok. 10 km na południe od Słupska. Pilot zginął.") == [
        "Rozbiła się w lesie ok. 10 km na południe od Słupska.", "Pilot zginął."]
    assert sentences("The pilot said: we are ok. Then the plane landed.") == [
        "The pilot said: we are ok.", "Then the plane landed."]
