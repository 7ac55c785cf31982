"""Find place names in sentences and resolve each to one gazetteer entry.

Recognition: every run of capitalised words (with the lower-case connectors place names use:
"Rio de Janeiro", "Isle of Man") is looked up in the gazetteer in one batch; the longest match at
each position wins. Names that are part of an organisation ("Azerbaijan Airlines") or a person's
name, and capitalised common words at the start of a sentence, are dropped. Adjectives and peoples
("Russian", "Kazakhs") become demonym mentions: context for resolution, never route points.

Resolution scores each candidate by prominence, then by context: a qualifier next to the name
("Grozny, Russia", "Athens (Greece)"), the countries the document names, and closeness to the
document's unambiguous places.
"""

from geoviz.mentions.finder import MentionFinder, PlaceIndex
from geoviz.mentions.inflection import nominatives, polish_nominatives, romanised

__all__ = ["MentionFinder", "PlaceIndex", "nominatives", "polish_nominatives", "romanised"]
