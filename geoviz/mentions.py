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

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from typing import Protocol

from geoviz.model import Mention, Place, Sentence


class PlaceIndex(Protocol):
    """What this stage needs of a gazetteer (any ``geoviz.gazetteer.Gazetteer`` has it)."""

    def lookup_many(self, names: Iterable[str]) -> dict[str, tuple[Place, ...]]: ...

    def demonym(self, word: str) -> Place | None: ...

CONNECTORS = frozenset(
    """of de del della di da do dos das la las los le les du des el al es upon on am sur en y and the i""".split()
)
# The tokens a name can be made of: words not starting with a lower-case Latin letter, numbers
# and connectors. Other words are left to the regex engine; they break a run through its gap.
_TOKEN = re.compile(
    r"(?<![\w.-])(?<![^\W_]{2}['’])(?:(?:(?![a-zß-öø-ÿ])[^\W_])(?:\w|[-.](?=\w)|['’](?=[A-ZÀ-Þ]))*|(?:"
    + "|".join(sorted(CONNECTORS))
    + r")(?![\w'’-])|(?:al|el|ad|an|ar|as|ash|at|az|ed|en|es|de|du|la|le)-(?![a-zß-öø-ÿ])\w+(?:-\w+)*)"
)  # after an elided article ("d'El-Arich", "l'Ukraine") a name may start, and an apostrophe before a
# capital stays inside one ("O'Hare", "N'Djamena"); the last branch takes
# Arabic and French articles joined to a name ("el-Cheikh", "al-Arish")
# Words after a place name that make it part of an organisation's or a publication's name.
ORG_AFTER = frozenset(
    """airlines airline airways air aviation express times post news journal herald tribune telegraph
    gazette guardian star globe chronicle mail press club fc united stock exchange bank company
    corporation group league party federation association""".split()
)
# Words before a place that name a facility there: "Marine Corps Air Station Iwakuni".
FACILITIES = frozenset("""station base airbase airfield airport aerodrome camp fort heliport fliegerhorst flughafen
    flugplatz""".split())
# Lower-case words after a minor place's name that make it a company's: "the Tata group".
ORG_NOUNS = frozenset("""group conglomerate corporation company holding empire""".split())
# Words after a name that make it something other than a place: "Ebola virus", "Marburg fever".
NOT_PLACE_AFTER = frozenset(
    """virus viruses fever disease flu influenza ebolavirus strain syndrome encephalitis vaccine""".split()
)
TITLES = frozenset(
    """president mr mrs ms dr prof professor senator sen rep representative gov governor minister secretary
    judge chairman chairwoman director officer chief captain capt lt general sir lord king queen prince
    princess pope bishop rev reverend father sister brother mayor premier chancellor ambassador
    spokesman spokeswoman spokesperson commissioner inspector sergeant detective agent coach""".split()
)
# Words before a place name that make it part of an organisation's name ("Air France").
ORG_BEFORE = frozenset(["air", "bank", "university", "college"])
# Capitalised words that are far more often something else than the small places they name.
COMMON = frozenset(
    """a an the this that these those it its he she they we you i my our their his her some many most
    more much other another such same all any each every no not but and or if when where while why
    how what who whom which there here then now so also just only even still yet after before during
    since until about above below over under into onto from with without within near by at on in of
    to for as per via january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday
    police mobile reading nice split bar best hope justice liberty union independence president
    prime minister general mount lake river sea ocean city town village county state province region
    north south east west central northern southern eastern western new old great little upper lower
    saint san santa flight plane airliner jet crash people passengers crew officials experts
    authorities video footage according meanwhile however although though because therefore thus
    later earlier early late last first second third next previous former friday's live update
    breaking photo image cover related most commented read share due given despite amid among between
    both either neither officer chief director spokesman spokeswoman spokesperson said says told added
    noted university king drug market national international federal red cross natural greater health
    public world centre center centro zentrum council agency department ministry government hospital airport
    un una unos unas el la los las le les des du une o os um uma en et ou y e brand start flughafen flugplatz
    luchthaven vliegveld bandara fliegerhorst nähe nahe gegend umgebung höhe mitte luft nacht""".split()
)
_LOCATIVE = re.compile(
    r"(?:\b(?:in|near|at|from|to|into|over|outside|towards?|across|around|via|off|out\s+of|en|em|no|na|desde|hacia|para|"
    r"à|au|aux|vers|cerca\s+de|près\s+de|perto\s+de|pr[oó]ximo\s+(?:a|de)|junto\s+a|non\s+loin\s+de|"
    r"vicino\s+a|nei\s+pressi\s+di|presso|nach|bei|im|vom|von|aus|nahe|bij|nabij|in\s+de\s+buurt\s+van|"
    r"di|dekat|ke|menuju|dari|(?:destino|rumbo|diretto|diretta|direção|dirección)\s+(?:a|al|ao|à)|"
    r"destination\s+(?:de|d['’]|du))\s*(?:the\s+|den\s+|dem\s+|der\s+)?"
    # ("im kanadischen Gander", "in den französischen Alpen", "vom Flugplatz X", "to RAAF Base X")
    r"(?:[a-zäöüß]+(?:en|em)\s+)?(?:Flughafen\s+|Flugplatz\s+|Fliegerhorst\s+|"
    r"(?:[A-Z][\w]*\s+){0,3}?(?:Base|Station|Airfield|Field)\s+)?"
    r"(?:(?:[\w-]+\s+){0,2}?(?:city|town|village|port|region|province|state|county|republic|island|coast|area|"
    r"vicinity|outskirts|suburbs|district|municipality)\s+of\s+)?$|"
    # Russian: "в Палану", "от аэропорта Паланы", "под Актау"
    r"\b(?:в|во|из|от|до|под|около|у|близ|возле|над|на|недалеко\s+от|в\s+районе)\s+(?:(?:аэропорта|аэропорт|"
    r"аэропорту|города|город|села|посёлка|поселка|деревни)\s+)?$|"
    # German: "in der Nähe von Sölden", "unweit von", "nördlich von"
    r"\b(?:Nähe|nahe|unweit|nördlich|südlich|östlich|westlich)\s+von\s+$|"
    # the kind of place before its name: "el municipio de Tancítaro", "la commune de", "a cidade de"
    r"\b(?:municipio|município|localidad|localidade|localité|comuna|commune|ville|village|cidade|ciudad|pueblo|"
    r"aldeia|città|comune|paese|località|distrito|district|île|isla|ilha|isola)\s+(?:de|d['’]|do|da|del|di)\s+$|"
    # where a flight left or reached: "had left Albury", "reaching Lukla"
    r"\b(?:left|leaving|departed|departing|reached|reaching|approached|approaching|overflew)\s+(?:the\s+)?$|"
    # where a flight set off for: "departed for", "bound for"
    r"\b(?:bound|depart\w*|left|leav\w*|head\w*|destined|flights?|set\s+off|took\s+off|taking\s+off)\s+for\s+"
    r"(?:the\s+)?$|"
    # a distance from it: "12 km west of", "à une dizaine de kilomètres de", "a 5 km de", "в 3 км от"
    r"\b(?:km|kms|kilomet\w*|kilomèt\w*|kilómet\w*|quil[ôó]met\w*|miles?|milles|millas|milhas|км|километр\w*)\s+"
    r"(?:(?:to\s+the\s+)?[\w-]+\s+)?(?:(?:au|al|a)\s+[\w-]+\s+)?(?:of|from|de|du|del|do|da|von|от)\s+(?:the\s+|l['’])?$)",
    re.IGNORECASE,
)
# ("Northern Iraq", "Eastern China" describe a part of the country; "East", "West" name provinces)
_COMPASS_BEFORE = re.compile(r"\b(?:East|West|North|South)[ \t]+$")
_AIRPORT_AFTER = re.compile(r"[ \t]+(?:international[ \t]+)?(?:airport|air[ \t]?base|air[ \t]+force[ \t]+base|"
                            r"havalimanı|havaalanı)(?![^\W'’])",
                            re.IGNORECASE)
_AIRPORT_BEFORE = re.compile(r"\b(?:airport|aeroporto|aeropuerto|aéroport|aeroport|a[ée]r[oó]drome?|aeródromo|"
                             r"base\s+a[ée]r(?:ienne|ea)|aeroparque|"
                             r"Flughafen|Flugplatz|luchthaven|"
                             r"vliegveld|Bandara|Bandar\s+Udara)\s+(?:internacional|international|internazionale)?\s*"
                             r"(?:(?:of|de|di|do|da|del|d['’])\s*)?$", re.IGNORECASE)
# (searched in the lower-cased text: much faster than IGNORECASE)
_AIRPORT_QUICK = re.compile(r"airport|aeropuerto|aeroporto|a[ée]roport|a[ée]r[oó]drom|air\s?base|air\s+force|"
                            r"base\s+a[ée]r|"
                            r"aeroparque|havaliman|havaalan|"
                            r"flughafen|flugplatz|luchthaven|vliegveld|bandara")
_AIRPORT_SUFFIX = re.compile(r"\s+(?:International\s+)?(?:Airport|Airfield)$")
_AIRLINE_AFTER = re.compile(r"[ \t]+(?:flights?|jets?|airliners?|pilots?|crew|Boeing|Airbus|Embraer|Bombardier|"
                            r"Connection|Shuttle)\b")
# "a Black Hawk helicopter", "an Apache gunship": an aircraft type named like a town
_AIRCRAFT_AFTER = re.compile(r"[ \t]+(?:helicopters?|gunships?|choppers?|aircraft|airplanes?|planes?|jets?|"
                             r"fighters?|bombers?|drones?)\b", re.IGNORECASE)
_MODEL_NUMBER_AFTER = re.compile(r"[ \t-]+\d{1,4}[A-Z]{0,2}\b(?![ \t]*(?:%|km|mi\b|miles|kilomet|nautical|feet|ft\b|"
                                 r"met(?:er|re)s|people|dead|passengers|minutes|min\b|hours|seconds|days|weeks|"
                                 r"months|years|times|knots))")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|its|le|la|un|une|el|o|um|uma|il|der|die|das|ein|eine)[ \t]+$",
                             re.IGNORECASE)
_COUNTY_AFTER = re.compile(r"[ \t]+County\b")
# A German or Dutch article before a capitalised word: a noun ("der Stadt", "dem Flughafen"), not a first name
_NOUN_ARTICLE_BEFORE = re.compile(r"\b(?:der|die|das|dem|den|des|het)[ \t]+$")
# Words that take a town, not a division: "near X", "north-east of X"
_POINT_BEFORE = re.compile(r"\b(?:near|outside|close\s+to|(?:north|south)(?:-?(?:east|west))?\s+of|(?:east|west)\s+of|"
                           r"nahe|bei|près\s+de|cerca\s+de|perto\s+de|vicino\s+a)[ \t]+$", re.IGNORECASE)
_GERMAN_ARTICLE_BEFORE = re.compile(r"\b(?:ein|eine|einen|einem|einer|eines|kein|keine|keinen|keinem)[ \t]+$")
_OWNER_BEFORE = re.compile(r"\b([A-Z][a-z]+)['’]s[ \t]+$")
_AIRPORT_WORD = re.compile(r"\b(?:airport|international|airfield|aerodrome|field)\b", re.I)
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")
_WORD_BEFORE_DOT = re.compile(r"([A-Z][a-z]+)\.?[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+([A-Za-zА-Яа-яЁё][\w'’]*)")
_CAP_BEFORE = re.compile(r"([A-Z][\w]*)[ \t]+$")
_NO_WORDS = re.compile(r"[\W\d]*")
_DATELINE_AFTER = re.compile(r"\s*(?:,|\(|[-–—])")
_CAP_AFTER = re.compile(r"[ \t]+[A-ZА-ЯЁ][a-zа-яё]")
_NAME_BEFORE = re.compile(r"([A-ZА-ЯЁ][a-zа-яё]+)[ \t]+$")
_COMMA_AFTER = re.compile(r"\s*,")
_QUALIFIED = re.compile(r"\s*(?:,|\()\s*[A-Z]")
# Words that make the place after them a flight's far end, not a place "of" something
_FLIGHT_END_BEFORE = re.compile(r"(?:\b(?:from|to|for|nach|vers|hacia|para|desde|naar|menuju|ke)\s+(?:the\s+)?|"
                                r"\bиз\s+[\w-]+\s+(?:в|во)\s+)$", re.IGNORECASE)
# A flight's end: "from X", "bound for X", "to X", "via X", "de X", "nach X"
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
_ROUTE_BEFORE = re.compile(r"(?:\b(?:from|to|for|via|between|de|desde|à|para|nach|von|naar|van|из|do|da|del|du|dal|"
                           r"dalla|ao|al|"
                           r"au|vers|hacia|verso|(?:destino|rumbo|diretto|diretta)\s+a|destination\s+de|"
                           r"ke|menuju|dari|tujuan)\s+(?:the\s+|o\s+|el\s+|la\s+|le\s+|il\s+)?|"
                           r"\bdall['’]|\bиз\s+[\w-]+\s+(?:в|во)\s+)$", re.IGNORECASE)  # ("из Москвы в X")


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int
    sentence: Sentence


def candidate_spans(sentence: Sentence, offset_limit: int = 6) -> list[_Span]:
    """Runs of capitalised tokens (with inner connectors) that may be place names."""
    text = sentence.text
    tokens = []
    for m in _TOKEN.finditer(text):
        tok = m.group()
        end = m.end()
        if "." in tok and _INITIALS.fullmatch(tok) and text[end : end + 1] == ".":
            end += 1  # "U.S." with its last dot: the gazetteer knows "U.S." and "US", not "U.S"
            tok += "."
        tokens.extend(_hyphen_parts(m.start(), end, tok))
    spans = [_Span(sentence.start + m.start(), sentence.start + end, sentence)
             for m in _WATER_NAME.finditer(text) for end in {m.end(1), m.end()}]
    spans.extend(_Span(sentence.start + m.start(), sentence.start + m.end(), sentence)
                 for rx in (_RUSSIAN_WATER, _RUSSIAN_REGION, _NAME_WITH_S) for m in rx.finditer(text))
    # names with a possessive inside ("People's Republic of China", "King's Lynn"): kept only where
    # the gazetteer knows the whole (else "Moscow's Sheremetyevo" is two names)
    spans.extend(_Span(sentence.start + m.start(), sentence.start + m.end(k), sentence)
                 for m in _POSSESSIVE_NAME.finditer(text) for k in (1, 2, 3) if m.group(k))
    for i, (s, _e, tok) in enumerate(tokens):
        if not tok[0].isupper() or tok in ("The", "THE"):
            continue
        if "-" in tok:
            # "Dallas-bound", "Moscow-based": the name before a hyphen and a lower-case word
            # ("Vallon-Sainte-Claire" is one name, not Vallon).
            for hyphen in (k for k, ch in enumerate(tok) if ch == "-"):
                if tok[:hyphen][-1:].isalpha() and tok[hyphen + 1 : hyphen + 2].islower():
                    spans.append(_Span(sentence.start + s, sentence.start + s + hyphen, sentence))
        prev_end = s
        for j in range(i, min(i + offset_limit, len(tokens))):
            ts, te, tj = tokens[j]
            gap = text[prev_end:ts]
            if j > i and not _joins(gap, tokens[j - 1][2]):
                break
            if j > i and not tj[0].isupper() and not tj[0].isdigit() and tj.lower() not in CONNECTORS \
                    and "-" not in tj:
                break
            if tj[0].isupper() or (j > i and "-" in tj):
                spans.append(_Span(sentence.start + s, sentence.start + te, sentence))
            prev_end = te
    return spans


# A name ending in 's, kept where the gazetteer knows it whole ("St. John's", Newfoundland)
_NAME_WITH_S = re.compile(r"\b(?:St\.?|Saint|Mount|Port|King|Queen|Bishop|Lord)\s+[A-Z][a-z]+['’]s\b")
_POSSESSIVE_NAME = re.compile(r"\b[A-Z]\w+['’]s(\s+[A-Z][\w-]+)((?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w-]+)?)"
                             r"((?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w-]+)?)")
# "en mer Rouge", "no mar Vermelho", "nel mare Adriatico", "dans l'océan Indien": the generic word
# is written in lower case in these languages, and belongs to the name.
_WATER_NAME = re.compile(r"(?<![\w’'])(?:mer|mar|mare|océan|océano|oceano|golfe|golfo)\s+"
                         r"(?:(?:de|del|du|do|da|dei|des)\s+(?:la\s+)?)?([A-ZÀ-Ý][\w-]+)(?:\s+[A-ZÀ-Ý][\w-]+)?")


# "у побережья Охотского моря", "в Чёрном море": the generic word, lower case, belongs to the name
_RUSSIAN_WATER = re.compile(r"\b[А-ЯЁ][а-яё-]+\s+(?:мор[еяюь]м?|океан[аеу]?|озер[аеоу]|залив[аеу]?|пролив[аеу]?)\b")
_TITLED = re.compile(r"(?:Sultan|King|Queen|Prince|Princess|President|Presidente|Président|General|Général|"
                     r"Sheikh|Shaikh|Emir|Raja|Maharaja|Mahatma|Pandit|Saint|Sir|Dr\.?)\s+([A-Z][\w'’-]{3,}(?:\s+[A-Z][\w'’-]+)*)$")
_RUSSIAN_REGION = re.compile(r"([А-ЯЁ][а-яё]+?(?:ск|цк)(?:ая|ой|ую|ом))\s+(?:област[ьи]|областью|обл\.|кра[еяю]|край)")


def _region_centres(adjective: str) -> list[str]:
    """The names a region's adjective may come from: "Ивановской" -> Иваново, "Курской" -> Курск,
    "Тверской" -> Тверь, "Московской" -> Москва."""
    stem = adjective[:-2]  # "Ивановск"
    base = stem[:-2]  # "Иванов"
    return [stem, base + "о", base + "а", base + "ь", base, base + "ск"]


_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
# (where a Cyrillic name is the place's own, not an alternate: "в Палану" is Palana)
_CYRILLIC_COUNTRIES = frozenset("RU UA BY KZ KG TJ BG RS MK MN".split())
# Russian case endings -> nominative endings, longest first ("Грозного" -> "Грозный", "Москвы" ->
# "Москва", "Краснодаре" -> "Краснодар", "России" -> "Россия").
_RUSSIAN_ENDINGS = (
    ("ого", ("ый", "ий", "ой", "ое")), ("его", ("ий", "ее")), ("ому", ("ый", "ий", "ой")),
    ("ему", ("ий",)), ("ией", ("ия",)), ("ии", ("ия",)), ("ию", ("ия",)), ("ой", ("а", "ая", "ый", "ой")),
    ("ей", ("я", "ь")), ("ом", ("", "ый", "ий", "ое")), ("ем", ("ь", "ий", "")), ("ым", ("ый",)),
    ("ы", ("а", "")), ("и", ("а", "я", "ь", "")), ("е", ("а", "я", "", "ь")), ("у", ("а", "")), ("ю", ("я", "ь")),
    ("а", ("", "ь")), ("я", ("ь", "й", "", "е")),
)


def polish_nominatives(name: str) -> list[str]:
    """Nominative forms a Polish place name in another case may stand for ("z Warszawy" ->
    Warszawa, "do Krakowa" -> Kraków, "w Katowicach" -> Katowice, "w Berlinie" -> Berlin)."""
    out = []
    for ending, noms in _POLISH_ENDINGS:
        if name.endswith(ending) and len(name) - len(ending) >= 3:
            out.extend(name[: len(name) - len(ending)] + n for n in noms)
    return out


# Polish case endings -> nominative endings, longest first
_POLISH_ENDINGS = (
    ("owie", ("ów",)), ("owem", ("ów",)), ("owa", ("ów",)), ("niem", ("ń",)), ("ach", ("e", "y")), ("ami", ("e",)),
    ("niu", ("ń",)), ("nia", ("ń", "nia")), ("nie", ("n", "na", "ń")), ("cie", ("ta", "t")), ("dzie", ("d", "da")),
    ("rze", ("r", "ra")), ("iem", ("",)), ("ie", ("", "a")), ("ią", ("ia",)), ("ia", ("", "ia")), ("ą", ("a",)),
    ("ic", ("ice",)), ("ii", ("ia",)), ("em", ("",)), ("iu", ("",)), ("y", ("a", "")), ("i", ("ia", "a", "")),
    ("u", ("", "e")), ("a", ("", "e")), ("e", ("a",)),
)
# Letters only Polish writes, and its commonest words: a text with both declines its place names (not
# an English report naming Gdańsk's Lech Wałęsa Airport)
_POLISH = re.compile(r"[ąęłńśźżĄĘŁŃŚŹŻ]")
_POLISH_WORDS = re.compile(r"\b(?:się|został[aoy]?|oraz|przez|który|która|jest|był[aoy]?|samolot\w*|z|w|ze|we)\s")


#: BGN/PCGN romanisation of Russian (е and ё as "ye"/"yë" after a vowel, ь or ъ, and first in a word)
_BGN = dict(zip("абвгдзийклмнопрстуфхцчшщыэюя", ["a", "b", "v", "g", "d", "z", "i", "y", "k", "l", "m", "n", "o",
                                                "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "y",
                                                "e", "yu", "ya"], strict=True))
_BGN.update({"ж": "zh", "ь": "", "ъ": ""})


def romanised(name: str) -> str:
    """A Russian name in Latin letters as gazetteers spell it ("Шереметьево" -> "Sheremetyevo")."""
    out = []
    for i, ch in enumerate(name):
        low = ch.lower()
        if low in "её":
            prev = name[i - 1].lower() if i else " "
            latin = ("y" if prev in "аеёиоуыэюяьъй -" else "") + "e"
        else:
            latin = _BGN.get(low, ch)
        out.append(latin.capitalize() if ch.isupper() else latin)
    return "".join(out)


def nominatives(name: str) -> list[str]:
    """Nominative forms a Russian place name in another case may stand for, likeliest first; each
    word of a name of two is changed alike ("Нижнем Новгороде" -> "Нижний Новгород")."""
    def forms(word: str) -> list[str]:
        out = []
        for ending, noms in _RUSSIAN_ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                out.extend(word[: len(word) - len(ending)] + n for n in noms)
        return out
    for sep in (" ", "-"):  # ("Петропавловска-Камчатского" -> "Петропавловск-Камчатский")
        words = name.split(sep)
        if len(words) == 2:
            return [f"{a}{sep}{b}" for a in [words[0], *forms(words[0])] for b in [words[1], *forms(words[1])]][1:]
    return forms(name) if " " not in name else []


_ARTICLES = frozenset(["La", "Le", "El", "Il", "Lo"])


def _hyphen_parts(start: int, end: int, tok: str) -> list[tuple[int, int, str]]:
    """"Madrid-Las Palmas", "Baku-Grozny": two names joined by a hyphen are also read apart (the
    whole, "Guinea-Bissau", is still read first). Short parts stay joined: "Al-Arish"."""
    cuts = [k for k, ch in enumerate(tok) if ch == "-" and tok[k + 1 : k + 2].isupper()]
    parts, last = [], 0
    for k in (k for k in cuts if tok[k - 3 : k] == "-to" and k - 3 >= 3):  # "Lagos-to-Abuja"
        parts.append((start + last, start + k - 3, tok[last : k - 3]))
        last = k + 1
    for k in (k for k in cuts if k > last):
        # (an article may start the second name: "Santiago de Cuba-La Habana")
        if k - last >= 3 and (len(tok) - k - 1 >= 3 or tok[k + 1 :] in _ARTICLES):
            parts.append((start + last, start + k, tok[last:k]))
            last = k + 1
    parts.append((start + last, end, tok[last:]))
    return parts


def _loose_hyphen_parts(text: str, chosen: list[_Span]) -> set[_Span]:
    """Parts of a hyphenated name read apart that stand alone: only a pair of places is a pair
    ("Baku-Grozny", "India-Pakistan"); "Agence France-Presse", "Kerry-Ann Hamilton" and
    "Navarro-Valls" are not places."""
    by_start = {sp.start: sp for sp in chosen}
    ends = {sp.end for sp in chosen}
    loose = set()
    for sp in chosen:
        left = text[sp.end : sp.end + 1] == "-" and text[sp.end + 1 : sp.end + 2].isupper()
        right = sp.start > 1 and text[sp.start - 1] == "-" and text[sp.start - 2].isalpha()
        if not (left or right):
            continue
        # ("Lagos-to-Abuja": a pair joined by "-to-")
        partner = by_start.get(sp.end + 1) or by_start.get(sp.end + 4) if left or text[sp.end : sp.end + 4] == "-to-" \
            else None
        paired = partner is not None or (right and (sp.start - 1 in ends or (
            text[sp.start - 4 : sp.start] == "-to-" and sp.start - 4 in ends)))
        # a surname after the compound: a person ("Kerry-Ann Hamilton")
        end = partner.end if partner is not None else sp.end
        tail = _NAME_AFTER.match(text, end)
        # (a place first in an airport's hyphenated name names it: "Lukla-Tenzing-Hillary Airport")
        airport = left and _AIRPORT_AFTER.match(text, _COMPOUND.match(text, sp.end).end())
        if (not paired or (tail and tail.group(1).lower() not in COMMON)) and not airport:
            loose.add(sp)
    return loose


_COMPOUND = re.compile(r"(?:-[A-Z][\w'’]*)*")


_NAME_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)")


def _joins(gap: str, previous: str) -> bool:
    if gap in (" ", "-", "\n", " \n", "\n ", "  ", " d'", " d’"):  # "Côte d'Ivoire", "Cortina d'Ampezzo"
        return True
    # (and a middle initial: "Daniel K. Inouye International Airport", "John F. Kennedy")
    return gap == ". " and (previous.lower() in {"st", "mt", "ft", "pt"} or (len(previous) == 1 and previous.isupper()))


class MentionFinder:
    """Finds and resolves place mentions with one gazetteer (kept for many documents)."""

    def __init__(self, gazetteer: PlaceIndex) -> None:
        self.gazetteer = gazetteer
        self._demonyms: dict[str, Place | None] = {}

    def _served(self, place: Place) -> bool:
        """The town has an airport of its own, within 25 km (a gazetteer without airports: no)."""
        airports_for = getattr(self.gazetteer, "airports_for", None)
        return bool(airports_for) and any(a.iata and a.km_to(place) <= 25 for a in airports_for(place, 25.0))

    def _demonym(self, word: str) -> Place | None:
        key = word.lower()
        if key not in self._demonyms:
            self._demonyms[key] = self.gazetteer.demonym(word)
        return self._demonyms[key]

    def find(self, text: str, sentences: Sequence[Sentence]) -> tuple[Mention, ...]:
        spans = [sp for sent in sentences for sp in candidate_spans(sent)]
        names = {text[sp.start : sp.end] for sp in spans}
        found = self.gazetteer.lookup_many(names)
        found.update(self._run_together(names, found))
        found.update(self._untitled(names, found))
        found.update(self._russian_regions(names, found))
        found.update(self._inflected(names, found, bool(_POLISH.search(text) and _POLISH_WORDS.search(text))))
        found.update(_city_airports(names, found))
        # "Bishkek's Manas airport": the name before the word is the airport's, even where the
        # gazetteer keeps the bare name for towns far from it. ("Toronto airport" is the city's
        # main airport: found later from the city.)
        airport_named = {sp: text[sp.start : sp.end] + " Airport" for sp in spans
                         if _AIRPORT_AFTER.match(text, sp.end, sp.end + 30) or _airport_before(text, sp)} \
            if _AIRPORT_QUICK.search(text.lower()) else {}
        airports = self.gazetteer.lookup_many(set(airport_named.values())) if airport_named else {}
        named_airports: dict[str, tuple[Place, ...]] = {}  # surface -> the airports it names
        for sp, name in airport_named.items():
            own = self._airport_named(text, sp, airports.get(name, ()), found)
            if own:
                named_airports[text[sp.start : sp.end]] = own
                found.setdefault(text[sp.start : sp.end], own)  # ("aeroporto da Pampulha")
                after = _AIRPORT_AFTER.match(text, sp.end, sp.end + 30)
                whole = text[sp.start : after.end()] if after else ""
                if whole in names:  # ("Nairobi's Wilson Airport": not the Wilson Airports elsewhere)
                    named_airports[whole] = found[whole] = own
        # Once named as an airport, the bare name is the airport where nothing else of note is so
        # called ("Teterboro Airport ... had departed from Teterboro").
        for name, places in list(found.items()):
            bare = _AIRPORT_SUFFIX.sub("", name)
            if bare != name and bare in names and places and places[0].kind == "airport" \
                    and not any(p.rank >= 0.5 for p in found.get(bare, ())[:3]):
                found[bare] = places[:1]
        if getattr(self.gazetteer, "finds_unknown_names", False):
            found.update(self._unknown_places(text, spans, found))
        chosen = _longest_first(spans, text, found)
        raw: list[tuple[_Span, tuple[Place, ...]]] = []
        demonyms: list[Mention] = []
        lowered = _lowercase_words(text)
        # One sense per discourse: a name that is an organisation's once ("Delta Air Lines") is
        # the organisation's throughout ("Delta said").
        # A country or a major place keeps its sense elsewhere: "Singapore Airlines flew to Singapore".
        org_spans = {sp for sp in chosen if _is_organisation(text, sp)}
        organisations = {name for name in (text[sp.start : sp.end] for sp in org_spans)
                         if _minor(found[name], ("country", "continent"))}
        surnames = _surnames(text, chosen, found)
        loose = _loose_hyphen_parts(text, chosen)
        for sp in chosen:
            surface = text[sp.start : sp.end]
            if sp in loose:
                continue
            places = _by_name_match(surface, found.get(surface, ()))
            part = self._national_part(text, sp, places)
            if part is not None:
                raw.append(part)
                continue
            if sp in org_spans or surface in organisations:
                continue
            if surface in named_airports and (_AIRPORT_AFTER.match(text, sp.end, sp.end + 30)
                                              or _airport_before(text, sp) or _AIRPORT_SUFFIX.search(surface)):
                raw.append((sp, named_airports[surface]))  # named as an airport: plausible, even
                continue  # when a person has the name ("Wilson Airport")
            if surface in surnames:
                continue
            people = self._demonym(surface) if " " not in surface else None
            if people is not None and _fold(people.name) != _fold(surface):
                continue  # "Kazakh" is the people, not the town of Gazakh: found below
            if not _plausible(text, sp, surface, places, lowered, found):
                continue
            raw.append((sp, places))
        for sp in _demonym_spans(text, sentences, {(s.start, s.end) for s, _ in raw}):
            country = self._demonym(text[sp.start : sp.end])
            if country is not None:
                demonyms.append(
                    Mention(sp.sentence.source, sp.start, sp.end, text[sp.start : sp.end], country,
                            sp.sentence, 1.0, 1, "demonym")
                )
        if _CODE_QUICK.search(text):
            raw = self._airport_codes(text, sentences, raw)
        mentions = _short_features(text, resolve(text, raw, demonyms, self._served))
        indirect = self._indirect(text, sentences, [*mentions, *demonyms])
        if indirect:
            covered = [(m.start, m.end) for m in indirect]
            mentions = [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in covered)]
            demonyms = [m for m in demonyms if not any(s <= m.start and m.end <= e for s, e in covered)]
        return tuple(sorted([*mentions, *demonyms, *indirect], key=lambda m: (m.start, m.end)))

    def _airport_codes(self, text: str, sentences: Sequence[Sentence],
                       raw: list[tuple[_Span, tuple[Place, ...]]]) -> list[tuple[_Span, tuple[Place, ...]]]:
        """IATA and ICAO codes: "Sydney (SYD)" is Sydney's airport, and "SYD" alone later in the
        text is too; a code alone is an airport's only where the route puts it ("diverted to
        EINN", "flew into LAX"), since capitals in prose are mostly other acronyms."""
        lookup = getattr(self.gazetteer, "lookup_code", None)
        if lookup is None:
            return raw
        ends = {sp.end: i for i, (sp, _) in enumerate(raw)}
        taken = [(sp.start, sp.end) for sp, _ in raw]
        out = list(raw)
        known: dict[str, Place] = {}
        added: list[tuple[_Span, tuple[Place, ...]]] = []
        for sent in sentences:
            for m in _CODE.finditer(sent.text):
                code, start, end = m.group(1), sent.start + m.start(1), sent.start + m.end(1)
                if any(s < end and start < e for s, e in taken):
                    continue
                i = ends.get(sent.start + m.start()) if m.group().startswith(" (") else None
                bracketed = i is not None and m.group().endswith(")")
                if code in known and not bracketed:
                    added.append((_Span(start, end, sent), (known[code],)))
                    continue
                if not bracketed and not (_CODE_BEFORE.search(sent.text, max(0, m.start(1) - 30), m.start(1))
                                          or _CODE_PAIR.search(sent.text, max(0, m.start(1) - 4), m.end(1) + 4)):
                    continue  # (asked of the gazetteer only where a code could be an airport's)
                airports = [p for p in lookup(code) if p.kind == "airport"]
                if bracketed:
                    sp, places = out[i]
                    near = [a for a in airports if code in (a.iata, a.ref)
                            if any(a.km_to(p) < 80 for p in places[:10])]
                    if near:  # "Singapore Changi (SIN)": the name is the airport the code is
                        out[i] = (_Span(sp.start, end + 1, sp.sentence), (near[0],))
                        known[code] = near[0]
                    continue
                if _FLIGHT_CONTEXT.search(sent.text) and _code_pair(sent.text, m.start(1), lookup):
                    # "LO16 (EWR-WAW)", "the JFK/LHR route": a route written as two codes
                    added.append((_Span(start, end, sent), (next(a for a in airports if a.iata == code),)))
                elif airports and code.lower() not in COMMON and _CODE_BEFORE.search(
                        sent.text, max(0, m.start(1) - 30), m.start(1)) and _FLIGHT_CONTEXT.search(sent.text):
                    best = airports[0]
                    if best.ref == code or (best.iata == code and best.rank >= 0.5):
                        added.append((_Span(start, end, sent), (best,)))
        return sorted([*out, *added], key=lambda r: r[0].start)

    def _airport_named(self, text: str, sp: _Span, candidates: tuple[Place, ...],
                       found: dict[str, tuple[Place, ...]]) -> tuple[Place, ...]:
        """The airport a name said with the word airport stands for (``candidates``: the places
        called "<name> Airport"), or ()."""
        surface = _fold(text[sp.start : sp.end])
        airports = [p for p in candidates if p.kind == "airport"]
        towns = [p for p in found.get(text[sp.start : sp.end], ())[:10] if p.kind == "city"]
        own = tuple(p for p in airports if p.iata and p.rank >= 0.4 and not any(p.km_to(t) < 60 for t in towns))
        if not own and not any(t.rank >= 0.55 and _fold(t.name) == surface for t in towns):
            # "Lajes air base" for Lajes Field, though small towns are called Lajes too (not
            # "Cairo airport": a city of note's airport is found from the city)
            own = tuple(p for p in airports if p.iata and _fold(p.name).startswith(surface + " "))[:1]
        if not own and _airport_before(text, sp):  # "l'aérodrome de Toussus-le-Noble": the airfield
            # called so, however small, where the text names it as one
            own = tuple(p for p in airports if surface in _fold(p.name))[:1]
        # "Jakarta's Halim airport": the first word of an airport of that city
        return own or self._city_airport_named(text, sp, found)

    def _city_airport_named(self, text: str, sp: _Span, found: dict[str, tuple[Place, ...]]) -> tuple[Place, ...]:
        """The airport of the city named before ("Jakarta's Halim airport") whose full name begins
        with the name (Halim Perdanakusuma International Airport)."""
        owner = _OWNER_BEFORE.search(text, max(0, sp.start - 25), sp.start)
        airports_for = getattr(self.gazetteer, "airports_for", None)
        if owner is None or airports_for is None:
            return ()
        head = _fold(text[sp.start : sp.end]) + " "
        for city in (p for p in found.get(owner.group(1), ())[:3] if p.kind == "city"):
            # (or after the city's own name: "Nairobi's Wilson Airport" is Nairobi Wilson Airport)
            named = tuple(a for a in airports_for(city) if _fold(a.name).startswith(head)
                          or _fold(a.name).startswith(_fold(city.name) + " " + head))
            if named:
                return named[:1]
        return ()

    def _inflected(self, names: set[str], found: dict[str, tuple[Place, ...]],
                   polish: bool = False) -> dict[str, tuple[Place, ...]]:
        """Russian names in another case than the nominative the gazetteer holds ("из Москвы",
        "в Грозном", "под Актау"), and Polish ones in a Polish text ("z Warszawy do Krakowa"): the
        likeliest nominative the gazetteer knows."""
        options = {n: nominatives(n) for n in names if not found.get(n) and _CYRILLIC.search(n)}
        # Airports have no Cyrillic names here: "в Шереметьево" is Sheremetyevo by its BGN/PCGN spelling
        roman = {n: [romanised(c) for c in (n, *options[n])] for n in options}
        if polish:
            options.update({n: polish_nominatives(n) for n in names if not found.get(n) and not _CYRILLIC.search(n)})
        if not options:
            return {}
        hits = self.gazetteer.lookup_many({c for cs in (*options.values(), *roman.values()) for c in cs})
        out = {}
        for name, cands in options.items():
            airports = [tuple(p for p in hits.get(c, ()) if p.kind == "airport") for c in roman.get(name, ())]
            known = [hits[c] for c in cands if hits.get(c)] or [a for a in airports if a]
            if known:
                out[name] = max(known, key=lambda ps: ps[0].rank)
        return out

    def _russian_regions(self, names: set[str], found: dict[str, tuple[Place, ...]]) -> dict[str, tuple[Place, ...]]:
        """"в Ивановской области": a Russian region by the adjective of its centre's name (Иваново),
        the province so called (Ivanovo), else the town (not the stanitsa Ivanovskaya, 800 km off)."""
        towns = {n: _region_centres(m.group(1)) for n in names if (m := _RUSSIAN_REGION.fullmatch(n))}
        hits = self.gazetteer.lookup_many({c for cs in towns.values() for c in cs}) if towns else {}
        centres = {n: next((p for c in cs for p in hits.get(c, ())[:3] if p.kind == "city"), None)
                   for n, cs in towns.items()}
        regions = self.gazetteer.lookup_many({f"{p.name}{s}" for p in centres.values() if p for s in ("", " Oblast")}) \
            if towns else {}
        out = {}
        for n, centre in centres.items():
            if centre is not None:  # ("Moscow Oblast" before "Moskva", the city's own)
                out[n] = tuple(p for s in (" Oblast", "") for p in regions.get(f"{centre.name}{s}", ())
                               if p.kind == "admin1" and p.country == centre.country)[:1] or (centre,)
        return out

    def _untitled(self, names: set[str], found: dict[str, tuple[Place, ...]]) -> dict[str, tuple[Place, ...]]:
        """"Bandara Sultan Hasanuddin" for Hasanuddin International Airport: an airport named after
        someone, called with a title the gazetteer leaves out."""
        rest = {n: m.group(1) for n in names if n not in found and (m := _TITLED.match(n))}
        hits = self.gazetteer.lookup_many(set(rest.values())) if rest else {}
        return {n: airports for n, r in rest.items()
                if (airports := tuple(p for p in hits.get(r, ()) if p.kind == "airport"))}

    def _run_together(self, names: set[str], found: dict[str, tuple[Place, ...]]) -> dict[str, tuple[Place, ...]]:
        """"Pangkal Pinang" for Pangkalpinang: a name of two or three words the gazetteer lacks, when
        a place is called by the words run together."""
        joined = {n: n.replace(" ", "") for n in names if n not in found and 0 < n.count(" ") <= 2
                  and all(w[:1].isupper() and len(w) >= 3 and w.lower() not in COMMON for w in n.split(" "))}
        hits = self.gazetteer.lookup_many(set(joined.values())) if joined else {}
        out = {}
        for name, one in joined.items():
            called = tuple(p for p in hits.get(one, ()) if _fold(p.name) == _fold(one))
            if called:
                out[name] = called
        return out

    def _national_part(self, text: str, sp: _Span, places: tuple[Place, ...]) -> tuple[_Span, tuple[Place, ...]] | None:
        """"the French Alps", "the Peruvian Andes": the part of a mountain range, desert or region
        within the country the adjective names, found as one mention."""
        if not places or places[0].kind not in _PARTED or places[0].geometry is None:
            return None
        before = _NAME_BEFORE.search(text, max(sp.sentence.start, sp.start - 20), sp.start)
        country = self._demonym(before.group(1)) if before else None
        if country is None or country.geometry is None:
            return None
        area = places[0]
        within = area.geometry.intersection(country.geometry.buffer(0.1))
        if within.is_empty or within.area < 0.02 * area.geometry.area:
            return None  # the adjective is not about this area's place ("a Russian Black Sea port" is)
        point = within.centroid if within.contains(within.centroid) else within.representative_point()
        start = before.start(1)
        part = replace(area, name=f"{before.group(1)} {area.name}", lat=round(point.y, 5), lon=round(point.x, 5),
                       country=country.country, geometry=within, ref=f"{area.ref or area.name}/{country.country}")
        return _Span(start, sp.end, sp.sentence), (part,)

    def _unknown_places(self, text: str, spans: list[_Span], found: dict) -> dict[str, tuple[Place, ...]]:
        """Names the offline gazetteer lacks ("near Prads-Haute-Bléone", "the village of Akiak"),
        asked of an online geocoder: only the longest name right after words that place
        something at a place, so a text costs a few requests, not hundreds."""
        longest: dict[int, _Span] = {}
        for sp in spans:
            if sp.start not in longest or sp.end > longest[sp.start].end:
                longest[sp.start] = sp
        out: dict[str, tuple[Place, ...]] = {}
        for sp in longest.values():
            surface = text[sp.start : sp.end]
            if surface in found or surface in out or len(surface) < 3 or surface.lower() in COMMON:
                continue
            if not _PLACING.search(text, max(0, sp.start - 40), sp.start):
                continue
            places = tuple(p for p in self.gazetteer.lookup(surface) if not p.is_area or p.kind == "admin1")
            if places:
                out[surface] = places
        return out

    def _indirect(self, text: str, sentences: Sequence[Sentence], found: Sequence[Mention]) -> list[Mention]:
        """"Canada's biggest city", "the Lithuanian capital", "the capital of Belarus": the city
        they stand for, found through the country they name."""
        if not _INDIRECT_QUICK.search(text):
            return []
        countries = {(m.start, m.end): m for m in found if m.place.kind == "country"}
        out: list[Mention] = self._bare_capital(text, sentences, found)
        for sent in sentences:
            for rx in _INDIRECT if countries else ():
                for m in rx.finditer(sent.text):
                    start, end = sent.start + m.start("c"), sent.start + m.end("c")
                    country = countries.get((start, end))
                    if country is None or sent.text[max(0, m.start() - 2) : m.start()] == ", ":
                        continue  # "Luanda, Angola's capital": the capital is named already
                    pick = getattr(self.gazetteer, "capital" if m.group("what") else "largest_city", None)
                    city = pick(country.place.country) if pick else None
                    if city is not None:
                        s, e = sent.start + m.start(), sent.start + m.end()
                        out.append(Mention(sent.source, s, e, text[s:e], city, sent, 0.8, 1, "place"))
            for m in _INDIRECT_ROMANCE.finditer(sent.text):
                country = self._demonym(m["adj"]) if m["adj"] else None
                if m["c"]:  # ("dell'Albania": a name the finder did not split from its article)
                    named = self.gazetteer.lookup_many({m["c"]}).get(m["c"], ())[:1]
                    country = named[0] if named and named[0].kind == "country" else None
                capital = getattr(self.gazetteer, "capital", None)
                city = capital(country.country) if capital and country is not None and country.country else None
                if city is not None:  # (from the article, or the word capital after a contraction: "da")
                    s = sent.start + (m.start() if m["art"] else m.start("cap"))
                    e = sent.start + m.end()
                    out.append(Mention(sent.source, s, e, text[s:e], city, sent, 0.8, 1, "place"))
        return out


    def _bare_capital(self, text: str, sentences: Sequence[Sentence], found: Sequence[Mention]) -> list[Mention]:
        """"80 km southeast of the capital": the last national capital named before it."""
        out: list[Mention] = []
        cities = sorted((m for m in found if m.place.kind == "city"), key=lambda m: m.start)
        for sent in sentences:
            for m in _BARE_CAPITAL.finditer(sent.text):
                s, e = sent.start + m.end() - len("the capital"), sent.start + m.end()
                capital = next((c.place for c in reversed(cities) if c.end <= s and self._is_capital(c.place)), None)
                if capital is not None:
                    out.append(Mention(sent.source, s, e, text[s:e], capital, sent, 0.7, 1, "place"))
        return out

    def _is_capital(self, place: Place) -> bool:
        capital = getattr(self.gazetteer, "capital", None)
        found = capital(place.country) if capital and place.country else None
        return found is not None and found.key == place.key


# An airport code: three or four capitals, alone or in brackets after a name ("Sydney (SYD)").
_CODE_QUICK = re.compile(r"\b[A-Z]{3,4}\b")
_CODE = re.compile(r"(?: \(|(?<![\w(]))([A-Z]{3,4})(?:\)|(?![\w)]))")
# Two three-letter codes joined by a dash or slash: a route ("EWR-WAW", "JFK/LHR").
_CODE_PAIR = re.compile(r"(?<![\w-])[A-Z]{3}\s?[-–—/]\s?[A-Z]{3}(?![\w-])")


def _code_pair(text: str, at: int, lookup: Callable[[str], tuple[Place, ...]]) -> bool:
    """The code at ``at`` is one of two joined by a dash or slash, both airports' IATA codes."""
    pair = _CODE_PAIR.search(text, max(0, at - 4), min(len(text), at + 7))
    return pair is not None and pair.start() <= at < pair.end() and all(
        any(a.iata == c and a.kind == "airport" for a in lookup(c)) for c in re.findall(r"[A-Z]{3}", pair.group()))


# Route words before a code that make it an airport ("from JFK", "diverted to EINN", "departed EGLL").
_CODE_BEFORE = re.compile(r"\b(?:from|to|for|into|at|via|departed|departing|left|leaving|reached|toward|towards)"
                          r"\s+$")
# A sentence about flying, where a code after "to" is an airport's ("reported to USDA" is not).
_FLIGHT_CONTEXT = re.compile(r"\b(?:flights?|flew|fly|flying|flown|depart\w*|divert\w*|bound|land\w*|took\s+off|"
                             r"aircraft|plane|jet|airliner|route|runway|arriv\w*|crash\w*|helicopter|"
                             r"Airbus|Boeing|Embraer|Antonov|Tupolev|Ilyushin|Sukhoi|Bombardier|Fokker|Cessna|ATR|"
                             # (in the other languages read: aircraft, flight, route, take-off, landing)
                             r"avi[ãaó]o|avión|avion|aereo|aeronave|vuelo|voo|vol|volo|rota|ruta|liaison|Flug\w*|"
                             r"Maschine|vlucht|toestel|pesawat|penerbangan|decol\w*|despeg\w*|décoll\w*|decoll\w*|"
                             r"aterr\w*|atterr\w*|pous\w*|gelandet|landete|самол[её]т\w*|рейс\w*|hélicoptère|"
                             r"helicóptero|elicottero|Hubschrauber|écras\w*|estrell\w*|schiant\w*|abgestürzt)\b",
                             re.IGNORECASE)
# Areas an adjective of nationality can take a part of ("the French Alps").
_PARTED = frozenset(["region"])
# Words that place something at the name after them: worth asking an online geocoder about.
_PLACING = re.compile(
    r"\b(?:near|outside|(?:village|town|hamlet|commune|municipality|city|settlement|locality)\s+of|"
    r"cerca\s+de|près\s+de|perto\s+de|(?:crashed|came\s+down|went\s+down|landed|ditched)\s+(?:in|at|on))"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_INDIRECT_QUICK = re.compile(r"capital|biggest|largest|most populous")
# "the capital" alone, not "the capital of X", "the capital, X", "the capital city X" or "the capital's"
# (where the text places something by it: "80 km southeast of the capital", "near the capital")
_BARE_CAPITAL = re.compile(r"\b(?:of|from|outside|near|off)\s+the capital\b(?! of\b)(?!['’]s\b)(?!,? (?:city )?[A-Z])"
                           r"(?! city\b)")
_INDIRECT = (
    re.compile(r"(?P<c>\b[A-Z][\w.]*(?: [A-Z][\w.]*)*)['’]s (?:(?P<what>capital)(?: city)?|"
               r"(?P<big>biggest|largest|most populous) city)\b(?!,? (?:of |city )?[A-Z])"),
    re.compile(r"\bthe (?P<c>[A-Z][a-z]+) (?P<what>capital)\b(?!,? (?:city )?[A-Z])"),
    re.compile(r"\bthe (?:(?P<what>capital)|(?P<big>biggest city|largest city)) of (?:the )?"
               r"(?P<c>[A-Z][\w.]*(?: [A-Z][\w.]*)*)(?!['’]s\b)(?!,? [A-Z])"),
    # not "the capital of Russia's Chechnya region"; a name right after ("Kenya's capital
    # Nairobi", "the capital of Angola, Luanda") is found as itself
)

# "la capital rusa", "la capitale russe", "a capital russa"; "la capital de Rusia", "la capitale de la
# Russie", "a capital da Rússia", "la capitale della Russia" (not "la capitale de la région")
_INDIRECT_ROMANCE = re.compile(
    r"\b(?:(?P<art>la|a)|da|na|della|dalla|nella|alla)\s+(?P<cap>capital[e]?)\s+(?:(?!(?:dell[aoe]?|degli|des|del|dos|das)\b)"
    r"(?P<adj>[a-zà-ÿ]{4,})\b(?!\s+(?:de|del|da|do|della|du)\b)|"
    r"(?:de|del|da|do|della|dell['’]|du|des)\s*(?:la\s+|l['’]|los\s+|las\s+|les\s+)?"
    r"(?P<c>[A-ZÀ-Ý]\w*(?: [A-ZÀ-Ý]\w*)*))")


@lru_cache(maxsize=65536)
def _fold(name: str) -> str:
    name = unicodedata.normalize("NFKD", name.casefold())
    folded = re.sub(r"[\W_]+", " ", "".join(c for c in name if not unicodedata.combining(c))).strip()
    # "St Petersburg" is Saint Petersburg by its own name, as the gazetteer's keys spell it
    return _ABBREVIATED.sub(lambda m: _SPELLED[m.group()], folded) if _ABBREVIATED.search(folded) else folded


_SPELLED = {"st": "saint", "mt": "mount", "ft": "fort"}
_ABBREVIATED = re.compile(r"\b(?:st|mt|ft)\b")


def _called(place: Place, key: str) -> bool:
    """The place is called so (``key`` folded): by its name, the start of it ("New York" for New
    York City), the end of a city's ("... de Durango") or, for an airport, words of it ("Heathrow"
    for London Heathrow Airport)."""
    own = _fold(place.name)
    return own == key or own.startswith(key + " ") or (place.kind == "airport" and f" {key} " in f" {own} ") or (
        place.kind == "city" and own.endswith(" de " + key))  # "Durango" for Victoria de Durango


def _by_name_match(surface: str, places: tuple[Place, ...]) -> tuple[Place, ...]:
    """Entries whose own name is the surface first: an alternate name ("Turan" for Da Nang,
    "Victoria" for Hong Kong) yields to a place that is called so today."""
    key = _fold(surface)
    primary = tuple(p for p in places if _called(p, key))
    if not primary or primary[0].rank < places[0].rank - 0.3:
        return places  # an exonym of a major place ("Moscú", "Londres") beats a village so named
    ids = {id(p) for p in primary}
    # Other readings more prominent than any so named stay among the first ten that resolution
    # weighs: "Medina" names many towns, and Madinah too.
    promoted = tuple(p for p in places[:3] if id(p) not in ids and p.rank > primary[0].rank)
    ids |= {id(p) for p in promoted}
    cut = 10 - len(promoted)
    return primary[:cut] + promoted + primary[cut:] + tuple(p for p in places if id(p) not in ids)


def _airport_before(text: str, sp: _Span) -> bool:
    """The name follows the word airport: "aeroporto da Pampulha", "Flughafen Tegel"."""
    return bool(_AIRPORT_BEFORE.search(text, max(0, sp.start - 30), sp.start))


def _city_airports(names: set[str], found: dict[str, tuple[Place, ...]]) -> dict[str, tuple[Place, ...]]:
    """"Moscow Sheremetyevo", "Kyiv Boryspil", "İstanbul Atatürk International Airport": a city
    and the name of one of its airports are one place, the airport (not a town and a stray word
    glued to it)."""
    out = {}
    for name in names:
        if " " not in name or name in found or name.partition(" ")[0] not in found:
            continue
        for cut in (i for i, ch in enumerate(name) if ch == " "):
            rest = found.get(name[cut + 1 :], ())
            if not any(p.kind == "airport" for p in rest):
                continue
            cities = [p for p in found.get(name[:cut], ())[:5] if p.kind == "city"]
            airports = tuple(p for p in rest if p.kind == "airport" and any(p.km_to(c) < 60 for c in cities))
            if airports:
                out[name] = airports[:1]
                break
    return out


def _longest_first(spans: list[_Span], text: str, found: dict) -> list[_Span]:
    hits = [sp for sp in spans if text[sp.start : sp.end] in found]
    hits.sort(key=lambda sp: (sp.start, -(sp.end - sp.start)))
    chosen: list[_Span] = []
    taken_until = -1
    for sp in hits:
        if sp.start >= taken_until:
            chosen.append(sp)
            taken_until = sp.end
    return chosen


def _surnames(text: str, chosen: list[_Span], found: dict) -> set[str]:
    """Single names that follow a first name or a title somewhere in the text ("Barack Obama",
    "President Obama", "Dr. Campbell"): a person's name throughout (one sense per discourse),
    unless the name is a country or a major place."""
    out: set[str] = set()
    for sp in chosen:
        surface = text[sp.start : sp.end]
        if " " in surface or surface in out:
            continue
        if not _minor(found[surface]):
            continue
        if _SPEAKS.match(text, sp.end):
            out.add(surface)  # "Franklin said": towns do not speak
            continue
        before = _WORD_BEFORE_DOT.search(text[max(0, sp.start - 25) : sp.start])
        if not before:
            continue
        word = before.group(1)
        title = word.lower() in TITLES
        at = before.start(1) + max(0, sp.start - 25)
        first_name = (word.lower() not in COMMON and word not in found and at > sp.sentence.start
                      and not _NOUN_ARTICLE_BEFORE.search(text, max(0, at - 8), at))  # ("der Stadt Aktau")
        if title or first_name:
            out.add(surface)
    return out


def _minor(places: tuple[Place, ...], areas: tuple[str, ...] = ("country", "admin1", "continent")) -> bool:
    """No major place and none of ``areas`` among the readings: a name that is a person's or an
    organisation's once may well be so throughout."""
    return max(p.rank for p in places) < 0.75 and not any(p.kind in areas for p in places)


_SPEAKS = re.compile(r"[ \t]+(?:said|says|told|added|noted|explained|stated|wrote|argued|warned|insisted|"
                     r"recalled|acknowledged|admitted|declared|asked)\b")


def _lowercase_words(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"\b[a-zа-яё][a-zа-яё'-]+\b", text))


# Capitalised words after a name that make the whole a smaller feature elsewhere ("St. Peter's
# Square", "Islington Bay"); when the gazetteer knows the whole, it matched first.
FEATURE_AFTER = frozenset(
    """square street road avenue boulevard lane parish bay bridge station park plaza hotel mall
    stadium cathedral church palace tower hall market gardens northwest northeast southwest southeast
    river creek canal gorge strait peninsula""".split()
)
_FEATURE_AFTER = re.compile(r"(?:['’]s)?[ \t]+([A-Z][A-Za-z]+)\b")
_LANDFORM_AFTER = re.compile(r"[ \t]+(?:peninsula|mountains|hills|range|valley|plateau|desert|forest|glacier|"
                             r"volcano|archipelago|lagoon|delta)\b")
_FEATURE_RUN = re.compile(r"(?:[ \t]+[A-Z][a-z]+){1,2}[ \t]+([A-Z][a-z]+)\b")


def _called_place(word: str, places: tuple[Place, ...]) -> bool:
    """The word names a place of some size by its own name (not "Shultz", an old name of Mammoth)."""
    key = _fold(word)
    return any(p.rank >= 0.5 or _fold(p.name) == key for p in places[:10])


# Capitalised words after a city that make it part of a longer place's name or say what it is.
PLACE_WORDS = frozenset(
    """airport international intercontinental national regional municipal field airfield airbase base
    city county province region oblast district state prefecture governorate island islands bay port
    harbour harbor river lake sea coast valley mountains hills peninsula strait gulf canal station
    bridge centre center area metropolitan metro downtown old new upper lower greater north south east
    west northern southern eastern western central oblast krai""".split()
)


def _own_name(place: Place, surface: str, hyphen_after: bool) -> bool:
    """The place is called so, not only by an alternate name: its name, its name less "Airport"
    ("Campo de Marte"), or the first part of a hyphenated one ("Chamonix" for Chamonix-Mont-Blanc,
    but not "Vallon" of "Vallon-Sainte-Claire" for Vallon-Pont-d'Arc)."""
    key = _fold(surface)
    return key in (_fold(place.name), _fold(_AIRPORT_SUFFIX.sub("", place.name))) or (
        not hyphen_after and "-" in place.name and _fold(place.name.split("-")[0]) == key)


def _is_organisation(text: str, sp: _Span) -> bool:
    if text[max(0, sp.start - 2) : sp.start] == "& " or text[sp.end : sp.end + 2] == " &":
        return True  # "Pratt & Whitney", "Johnson & Johnson"
    after = _WORD_AFTER.match(text[sp.end : sp.end + 30])
    if after and (after.group(1).lower() in NOT_PLACE_AFTER
                  or (after.group(1)[0].isupper() and after.group(1).lower() in ORG_AFTER)):
        return True
    before = _CAP_BEFORE.search(text[max(0, sp.start - 20) : sp.start])
    return bool(before and before.group(1).lower() in ORG_BEFORE)


def _province_named(places: tuple[Place, ...], known: Mapping[str, tuple[Place, ...]] | None) -> bool:
    """The text names the province of one of the places (a country is too wide: "in the Summer"
    is an alternate name of a hamlet in New Jersey)."""
    towns = {(p.country, _fold(p.admin1)) for p in places[:10] if p.admin1}
    return any(q.kind == "admin1" and ((q.country, _fold(q.name)) in towns or (q.country, _fold(name)) in towns)
               for name, found in (known or {}).items() for q in found[:1])  # (GeoNames spells some two ways)


def _plausible(text: str, sp: _Span, surface: str, places: tuple[Place, ...], lowered,
               known: Mapping[str, tuple[Place, ...]] | None = None) -> bool:
    if not places:
        return False
    feature = _FEATURE_AFTER.match(text, sp.end, sp.end + 30)
    if (feature and feature.group(1).lower() in FEATURE_AFTER) or surface.lower() in FEATURE_AFTER:
        return False
    land = _LANDFORM_AFTER.match(text, sp.end, sp.end + 20)
    if land and places[0].kind == "city" and places[0].rank < 0.6:
        return False  # "the Noto peninsula" (a landform the gazetteer lacks) is no small town called Noto
    run = _FEATURE_RUN.match(text, sp.end, sp.end + 40)
    if run and run.group(1).lower() in FEATURE_AFTER and places[0].rank < 0.7:
        return False  # "the George Washington Bridge": a feature named after someone, not George (South Africa)
    words = surface.split()
    best = places[0].rank
    if _COUNTY_AFTER.match(text, sp.end, sp.end + 12) and not (places[0].kind == "city" and best >= 0.6):
        return False  # "El Dorado County" (no counties here): only a city of note it is named after
    if (len(surface) <= 3 and surface.isupper()) or _INITIALS.fullmatch(surface.rstrip(".")):
        # "US", "UK", "NSW": only as written in capitals, and never a town's code.
        return any(p.kind in ("country", "admin1", "continent") for p in places)
    if places[0].kind == "airport" and not places[0].iata and not _AIRPORT_WORD.search(surface) and not (
            _ROUTE_BEFORE.search(text, max(0, sp.start - 30), sp.start) and " " in surface):
        return False  # "Natural Selection" is a minor airstrip's name and a phrase (not "para Campo de Marte")
    hyphen_after = text[sp.end : sp.end + 1] == "-"
    if places[0].kind == "city" and max(p.rank for p in places[:10]) < 0.45 and not any(
            _own_name(p, surface, hyphen_after) for p in places[:10]) and not _QUALIFIED.match(text, sp.end) \
            and not (_CYRILLIC.search(surface) and places[0].country in _CYRILLIC_COUNTRIES) \
            and not (_LOCATIVE.search(text, max(0, sp.start - 40), sp.start) and _province_named(places, known)):
        # only a small town's alternate name ("Black Hawk" for Janesville), unqualified; but "near
        # Varzaqan" (GeoNames: Varazqān) where the text names the town's province
        return False
    if best < 0.6 and _AIRCRAFT_AFTER.match(text, sp.end, sp.end + 30):
        return False  # "an Army Black Hawk helicopter": the aircraft, not a town's other name
    if places[0].kind in ("city", "airport", "admin1") and _MODEL_NUMBER_AFTER.match(text, sp.end, sp.end + 12) \
            and _ARTICLE_BEFORE.search(text, max(0, sp.start - 8), sp.start):
        return False  # "le Falcon 50", "a Citation 500": an aircraft type with its model number
    after = _WORD_AFTER.match(text, sp.end, sp.end + 30)
    if after and after.group(1) in ORG_NOUNS and best < 0.6:
        return False  # "owned by the Tata group": a company, not Tata in Hungary
    if places[0].kind in ("admin1", "region") and _AIRLINE_AFTER.match(text, sp.end, sp.end + 30):
        return False  # "a Delta flight", "an Alaska jet": the airline, not a state or a river delta
    owner = _OWNER_BEFORE.search(text, max(0, sp.start - 25), sp.start)
    if owner and not (known or {}).get(owner.group(1)) and " " not in surface and best < 0.6:
        return False  # "Peggy's Cove", "Martha's Vineyard": part of a name the gazetteer lacks
    if places[0].kind == "country" and _COMPASS_BEFORE.search(text, max(0, sp.start - 12), sp.start):
        return False  # "East Azerbaijan" (a province of Iran) is not Azerbaijan; known names are longer
    if _AIRPORT_BEFORE.search(text, max(0, sp.start - 25), sp.start) and any(p.kind == "airport" for p in places[:10]):
        return True  # "l'aeroporto di Linate", "Flughafen Tegel": named as an airport
    key = _fold(surface)
    if len(surface) <= 3 and not surface.isupper() and not any(_fold(p.name) == key for p in places[:10]):
        return False  # "Er" (German: he) is an alternate name of Hyères, "Hang" a noun, not Hangzhou
    if _GERMAN_ARTICLE_BEFORE.search(text, max(0, sp.start - 8), sp.start) \
            and not any(_fold(p.name) == key for p in places[:3]):
        return False  # "gegen einen Hang", "in einem Wald": a German noun after its article
    if places[0].kind == "airport" and places[0].iata and best >= 0.4 and surface.lower() not in COMMON \
            and not _glued(text, sp) and _FLIGHT_CONTEXT.search(sp.sentence.text):
        return True  # an airport called by its own name where the sentence is about flying ("retornar a Viracopos")
    if len(words) > 1 and best < 0.6 and _CAP_AFTER.match(text[sp.end : sp.end + 3]) \
            and not _QUALIFIED.match(text, sp.end) and not _AIRPORT_AFTER.match(text, sp.end, sp.end + 30):
        return False  # "South West England": part of a longer name, not Singapore's South West district
    if len(words) > 1:
        # "Red Cross", "White House": hamlets' names that are far more often something else.
        return best >= 0.35 or bool(_LOCATIVE.search(text[max(0, sp.start - 40) : sp.start])) or (
            places[0].kind == "airport" and bool(_ROUTE_BEFORE.search(text, max(0, sp.start - 30), sp.start)))
    word = surface.lower()
    sentence_start = sp.start == sp.sentence.start or bool(
        _NO_WORDS.fullmatch(text[sp.sentence.start : sp.start])
    )
    if word in COMMON and not (best >= 0.6 and places[0].kind == "city"
                               and _LOCATIVE.search(text, max(0, sp.start - 40), sp.start)):
        return False  # (but "à Nice", "from Split", "in Reading": a city where the text puts something)
    if surface.isupper() and len(surface) > 3:
        # Datelines: "VILNIUS, May 23", "RIO DE JANEIRO (Reuters)", where a line or sentence
        # begins; other capitals are acronyms ("El avión de LAMIA, que …").
        line_start = _NO_WORDS.fullmatch(text[text.rfind("\n", 0, sp.start) + 1 : sp.start])
        return bool(_DATELINE_AFTER.match(text[sp.end : sp.end + 3])) and best >= 0.4 and bool(
            sentence_start or line_start)
    if word in lowered and best < 0.6:
        return False  # "the police", "a mobile phone": the word is common in this very text
    # A minor name glued to another capitalised word is usually part of a person's name
    # ("Gary Kelly", "Anita Anand"); titles before a place ("Ontario Premier") do not count.
    followed = _CAP_AFTER.match(text[sp.end : sp.end + 3])
    before = _NAME_BEFORE.search(text[max(0, sp.start - 25) : sp.start])
    at = max(0, sp.start - 25) + before.start(1) if before else 0
    preceded = before is not None and before.group(1).lower() not in COMMON \
        and before.group(1).lower() not in FACILITIES \
        and not _NOUN_ARTICLE_BEFORE.search(text, max(0, at - 8), at)  # ("der Stadt Aktau": a noun)
    if preceded and not sentence_start and best < 0.75 and not _COMMA_AFTER.match(text[sp.end : sp.end + 2]):
        return False
    # Ranks grow by about 0.11 per tenfold population: 0.45 is a town of ~10,000 people.
    if followed and best < 0.6:
        return False
    if followed and best < 0.75 and not any(p.kind in ("country", "continent") for p in places[:3]):
        # "George Shultz", "Vladimir Putin": a first name before a surname, not a city before a
        # place or the kind of place it is ("Houston Intercontinental", "Anchorage Bay")
        after = _WORD_AFTER.match(text, sp.end, sp.end + 30)
        word = after.group(1) if after else ""
        low = word.lower()
        if word and not _called_place(word, (known or {}).get(word, ())) and low not in COMMON \
                and low not in PLACE_WORDS and low not in TITLES:
            return False
    if sentence_start and best < 0.5:
        return False
    return best >= 0.48 or bool(_LOCATIVE.search(text[max(0, sp.start - 40) : sp.start]))


_DEMONYM_TOKEN = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")


def _demonym_spans(text: str, sentences: Sequence[Sentence], taken: set[tuple[int, int]]):
    starts = {s for s, _ in taken}
    for sent in sentences:
        for m in _DEMONYM_TOKEN.finditer(sent.text):
            s = sent.start + m.start()
            if s in starts:
                continue
            yield _Span(s, sent.start + m.end(), sent)


# --- resolution -----------------------------------------------------------------------------

_QUALIFIER = re.compile(r"^\s*(?:,|\()\s*")


def resolve(text: str, raw: list[tuple[_Span, tuple[Place, ...]]], demonyms: list[Mention],
            served: Callable[[Place], bool] = lambda place: False) -> list[Mention]:
    """Choose one entry per mention: prominence, qualifiers, the document's countries, proximity;
    ``served`` tells a town with an airport of its own (a flight's far end is no stray)."""
    # Countries the document names for sure (names with one country reading, and demonyms).
    countries: Counter[str] = Counter(m.place.country for m in demonyms)
    by_name: dict[str, Counter[str]] = defaultdict(Counter)
    for sp, places in raw:
        if places[0].kind == "country":
            countries[places[0].country] += 2
            by_name[_fold(text[sp.start : sp.end])][places[0].country] += 2
        elif places[0].kind == "city" and places[0].rank >= 0.8 and (
                len(places) == 1 or places[1].rank < places[0].rank - 0.25):
            # a great city no other place so named rivals ("Mexico City", "Chicago") tells its country
            countries[places[0].country] += 1
            by_name[_fold(text[sp.start : sp.end])][places[0].country] += 1
    # A name is not its own evidence: "Georgia" twice in a US story does not name the country.
    countries_for = {name: countries - own for name, own in by_name.items()}
    prefer = {**_peer_divisions(text, raw), **_list_kinds(text, raw)}
    # In a list ("Virginia, Washington, West Virginia and Wyoming") the next item is a peer.
    qualifiers = {i: q for i, q in _qualifiers(text, raw).items()
                  if i not in prefer or raw[i + 1][1][0].kind != prefer[i][0]}
    # "Atlanta, Georgia": the qualifier is the reading that holds the place it qualifies.
    inner = {i + 1: raw[i][1][:10] for i in qualifiers}
    dropped = _unqualified(text, raw, qualifiers)
    names = [_fold(text[sp.start : sp.end]) for sp, _ in raw]
    named = [countries_for.get(name, countries) for name in names]
    nearby = _nearby_countries(raw, demonyms, names)
    context = [(qualifiers.get(i), inner.get(i), prefer.get(i), nearby[i]) for i in range(len(raw))]
    # "near the village of Le Vernet, close to Seyne-les-Alpes": the reading within reach of the town
    # named as its neighbour
    neighbours = {i: tuple(p for p in raw[i + 1][1][:10] if not p.is_area) for i in range(len(raw) - 1)
                  if _NEIGHBOUR_GAP.fullmatch(text, raw[i][0].end, raw[i + 1][0].start)}
    # The ten most prominent readings suffice, with those a qualifier points at: the rest never
    # win on context alone.
    readings = [_readings(places, qualifiers.get(i), named[i]) for i, (_sp, places) in enumerate(raw)]
    first: list[Place] = []
    for i, options in enumerate(readings):
        first.append(max(options, key=lambda p, i=i: _score(p, context[i], named[i], (), names[i])))
    divisions = frozenset((p.country, p.name) for p in first if p.kind == "admin1")
    # Every other name's first reading anchors proximity: the places of one story cluster.
    anchors: dict[str, Place] = {}
    for name, p in zip(names, first, strict=True):
        if not p.is_area or p.kind == "country":
            anchors.setdefault(name, p)
    # The places named in a mention's own sentence: "near La Unión, a few kilometres from the
    # airport" names two places close together.
    by_sentence: dict[int, list[tuple[str, Place]]] = defaultdict(list)
    for (sp, _), name, p in zip(raw, names, first, strict=True):
        if not p.is_area:
            by_sentence[sp.sentence.start].append((name, p))
    choices = []
    cache: dict[tuple, list[tuple[float, Place]]] = {}
    for i, (sp, places) in enumerate(raw):
        if len(places) == 1:
            choices.append((places[0].rank, places[0], 1.0))
            continue
        quals, held, kind, local = context[i]
        # named as a division, or listed among divisions ("New Jersey and New York")
        stated = _names_division(text, sp) or bool(kind and kind[0] == "admin1")
        beside = tuple(p for n, p in by_sentence[sp.sentence.start] if n != names[i])
        # (a flight's ends lie far apart: "from X", "to X" gain nothing from the story's division)
        route_end = bool(_ROUTE_BEFORE.search(text, max(0, sp.start - 30), sp.start))
        hop = route_end and bool(_FLIGHT_END_BEFORE.search(text, max(0, sp.start - 30), sp.start))
        close = neighbours.get(i, ())
        key = (names[i], tuple(id(q) for q in quals) if quals else (), tuple(id(q) for q in held or ()),
               kind, local, stated, tuple(id(p) for p in beside), route_end, hop, tuple(id(p) for p in close))
        if key not in cache:  # repeated names score alike: same anchors, same context
            others = [a for n, a in anchors.items() if n != names[i]]
            top = max((p.rank for p in readings[i] if not p.is_area), default=0.0)
            cache[key] = sorted(((_score(p, context[i], named[i], others, names[i], divisions, beside, top,
                                         route_end, hop)
                                  - (0.0 if stated else _eponym_penalty(p, places, divisions))
                                  + (0.5 if not p.is_area and any(p.km_to(q) < 60 for q in close) else 0.0), p)
                                 for p in readings[i]), key=lambda sp_: -sp_[0])
        scored = cache[key]
        margin = scored[0][0] - scored[1][0] if len(scored) > 1 else 1.0
        best = scored[0][1]
        if best.kind == "country":
            # A city-state ("Hong Kong", "Singapore"): the city is the same place, drawn precisely.
            city = next((p for _s, p in scored if p.kind == "city" and p.country == best.country
                         and p.rank >= 0.6 and _fold(p.name) == _fold(best.name)), None)
            best = city or best
        elif route_end and best.kind in ("region", "lake"):
            # An island or a lake a flight left or flew to: its airport, town or province of that
            # name ("from Pohnpei to Chuuk", "departing from Lake Tahoe")
            for kind_ in ("airport", "city", "admin1"):
                here = next((p for _s, p in scored if p.kind == kind_ and p.km_to(best) < 100), None)
                if here is not None:
                    best = here
                    break
        choices.append((scored[0][0], best, margin))
    # One sense per discourse: a name means one place throughout a document, the one its most
    # telling mention ("GRABOVO, Ukraine") resolves to.
    best_by_name: dict[str, tuple[float, Place, float]] = {}
    for (sp, _places), choice in zip(raw, choices, strict=True):
        key = _fold(text[sp.start : sp.end])
        if key not in best_by_name or choice[0] > best_by_name[key][0]:
            best_by_name[key] = choice
    out: list[Mention] = []
    points = [(n, p) for n, p in zip(names, first, strict=True) if not p.is_area]
    for i, ((sp, places), (_, place, margin)) in enumerate(zip(raw, choices, strict=True)):
        if i in dropped:
            continue
        _s, shared, shared_margin = best_by_name[_fold(text[sp.start : sp.end])]
        if shared in places and not (context[i][0] or context[i][1]) and not (
                shared.kind == "admin1" and place.kind == "city" and _POINT_BEFORE.search(text, max(0, sp.start - 20),
                                                                                           sp.start)):
            # (a qualifier is local evidence; so is a word that takes a town: "north-east of Belgorod"
            # after "the Belgorod region")
            place, margin = shared, shared_margin
        if _stray(place, names[i], context[i], named[i], points, partial(_glued, text, sp)) and not (
                _routed(text, sp) and served(place)):
            continue  # (but a flight's far end is no stray: "parti de Charm el-Cheikh" for Saint Petersburg)
        out.append(Mention(sp.sentence.source, sp.start, sp.end, text[sp.start : sp.end], place,
                           sp.sentence, round(min(1.0, 0.5 + margin), 3), len(places), "place"))
    return out


_WATER_WORD = re.compile(r"^(?:(?:river|lake|sea|ocean|bay|gulf)\s+(?:of\s+)?)?(.+?)(?:\s+(?:river|lake|sea|ocean|bay|"
                         r"gulf))?$")


def _short_features(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Helicopter crashes into Hudson … plunged into the Hudson River": a name the document also
    gives a river, lake or sea by its full name is that water (not Jersey City, once "Hudson"),
    unless a qualifier says otherwise ("Hudson, New York")."""
    waters = {}
    for m in mentions:
        if m.place.kind in ("river", "lake", "sea") and " " in m.text.strip():
            stem = _WATER_WORD.match(_fold(m.text))
            if stem and stem.group(1) != _fold(m.text):
                waters.setdefault(stem.group(1), m.place)
    if not waters:
        return mentions
    return [replace(m, place=waters[_fold(m.text)]) if _fold(m.text) in waters and m.place.kind not in (
        "river", "lake", "sea") and not _QUALIFIED.match(text, m.end) else m for m in mentions]


def _nearby_countries(raw: list[tuple[_Span, tuple[Place, ...]]], demonyms: list[Mention],
                      names: list[str], reach: int = 300) -> list[frozenset[str]]:
    """Mention i -> the countries its own sentence names (by name or demonym) or, failing that,
    the last sentence before it that names one, within ``reach`` characters: the country the
    story is about there ("... in Chile. The institute in Santiago ..." is Chile's Santiago). A
    name is not its own evidence ("Georgia" among US states)."""
    named = sorted([(sp.sentence.start, places[0].country, names[i]) for i, (sp, places) in enumerate(raw)
                    if places[0].kind == "country"] + [(m.sentence.start, m.place.country, "") for m in demonyms])
    starts = [s for s, _, _ in named]
    out = []
    for i, (sp, _) in enumerate(raw):
        here = sp.sentence.start
        own = {cc for _, cc, name in named[bisect.bisect_left(starts, here) : bisect.bisect_right(starts, here)]
               if cc and name != names[i]}
        if not own:
            before = [(s, cc) for s, cc, name in named[bisect.bisect_left(starts, here - reach)
                                                        : bisect.bisect_left(starts, here)] if cc]
            own = {cc for s, cc in before if s == before[-1][0]} if before else set()
        out.append(frozenset(own))
    return out


def _glued(text: str, sp: _Span) -> bool:
    """The name is part of a longer capitalised one the gazetteer lacks ("Central Plateau",
    "South West England")."""
    before = _NAME_BEFORE.search(text, max(0, sp.start - 25), sp.start)
    return bool(before and before.group(1).lower() not in _FUNCTION_WORDS) or bool(
        _CAP_AFTER.match(text, sp.end, sp.end + 3))


_FUNCTION_WORDS = frozenset("""a an the this that these those in on at of to for from by with and or but
    into onto near over under across after before during since as when where while its their his her
    our is was are were""".split())


def _routed(text: str, sp: _Span) -> bool:
    """Named as where a flight went or came from ("from X", "parti de X") in a sentence about flying."""
    return bool(_ROUTE_BEFORE.search(text, max(0, sp.start - 30), sp.start)
                and _FLIGHT_CONTEXT.search(sp.sentence.text))


def _stray(place: Place, key: str, context, countries: Counter[str], points: Sequence[tuple[str, Place]],
           glued: Callable[[], bool]) -> bool:
    """A minor town far from every other place the story names (``points``: name and first
    reading of each mention), and either in a country the story never names or found only by
    another spelling: more likely a namesake the gazetteer lacks ("Piccadilly" in a London story
    is not the Australian hamlet) than a stray. A division counts as minor only as part of a
    longer name (see ``_glued``, asked only then)."""
    if (place.is_area and place.kind != "admin1") or place.kind == "airport" \
            or any(q.country == place.country for q in context[0] or ()):
        return False
    # (a story that names no country says nothing against a town's country)
    alias, foreign = _fold(place.name) != key, bool(countries) and not countries.get(place.country)
    if place.kind == "admin1":  # "Central Plateau" in a story of Haiti is not Nigeria's Plateau
        alias, limit = False, 0.75 if foreign and glued() else 0.0
    else:
        limit = 0.6 if alias and foreign else 0.55
    if not (alias or foreign) or place.rank >= limit:
        return False
    others = [p for n, p in points if n != key]
    if others:
        return min(place.km_to(a) for a in others) > 1500
    return alias and foreign and bool(countries)  # ("Kalam" in a story of Pakistan is not Kallam)


_STATE_WORD = re.compile(r"^\s+(?:state|province|region|oblast|prefecture)\b", re.IGNORECASE)
_STATE_OF = re.compile(r"\b(?:state|province)\s+of\s+$", re.IGNORECASE)


def _names_division(text: str, sp: _Span) -> bool:
    """"New York state", "the state of Rio de Janeiro": the division, not its city."""
    return bool(_STATE_WORD.match(text[sp.end : sp.end + 12]) or _STATE_OF.search(
        text[max(0, sp.start - 20) : sp.start]))


def _eponym_penalty(place: Place, places: tuple[Place, ...],
                    divisions: frozenset[tuple[str, str]] = frozenset()) -> float:
    """A division named after its city ("New York", "Rio de Janeiro", "Milano", "Durango") yields to
    the city unless the text names the division (see ``_names_division``): the name alone, read
    as the division first, is no evidence of the division either."""
    if place.kind != "admin1" or not any(_eponym(p, place) for p in places[:10]):
        return 0.0
    return 0.6 if (place.country, place.admin1) in divisions else 0.3


def _eponym(city: Place, division: Place) -> bool:
    """The city the division is named after, or a major city so called: a city of the country
    called so (Bari, New York City, Victoria de Durango, Las Palmas de Gran Canaria, Washington the
    capital) and about as well known, or a major city by another name at the division's heart
    (Milano). Belém, once called Pará, is neither: "Pará" is the state."""
    if city.kind != "city" or city.country != division.country:
        return False
    key, own = _fold(division.name), _fold(city.name)
    called = own == key or own.startswith(key + " ") or own.endswith(" de " + key)
    inside = city.admin1 == division.name or city.km_to(division) < 150
    if called:
        return city.rank >= division.rank - 0.2 and (inside or city.rank >= 0.65)
    return city.rank >= 0.65 and city.rank >= division.rank and city.km_to(division) < 60


def _readings(places: tuple[Place, ...], quals: tuple[Place, ...] | None, named: Iterable[str]) -> tuple[Place, ...]:
    """The ten most prominent readings, and up to ten more in the countries the qualifier or,
    failing one, the story names (the story's La Unión among a dozen more prominent ones)."""
    countries = {q.country for q in quals} if quals else set(named)
    return places[:10] + tuple(p for p in places[10:] if p.country in countries)[:10]


def _qualifiers(text: str, raw: list[tuple[_Span, tuple[Place, ...]]]) -> dict[int, tuple[Place, ...]]:
    """Mention i -> the places of the qualifier right after it ("Grozny, Russia")."""
    out: dict[int, tuple[Place, ...]] = {}
    for i in range(len(raw) - 1):
        sp, nxt = raw[i][0], raw[i + 1][0]
        if _QUALIFIER.fullmatch(text[sp.end : nxt.start]):
            quals = tuple(p for p in raw[i + 1][1] if p.kind in ("country", "admin1"))
            if not quals or (raw[i][1][0].kind == "country" and quals[0].kind == "country"):
                continue  # "Armenia, Georgia, Iraq": a list of countries, not "Grozny, Russia"
            out[i] = quals
    return out


_NEIGHBOUR_GAP = re.compile(r"\s*,\s*(?:close\s+to|near|not\s+far\s+from|(?:just\s+)?outside|next\s+to|in|no|na|en|"
                            r"em|à)\s+"
                            r"(?:the\s+(?:\w+\s+)?(?:town|city|village|resort)\s+of\s+)?", re.IGNORECASE)
_LIST_GAP = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
_LIST_END = re.compile(r"\s*(?:and|or)\b|\s*,\s*(?:and|or)\b")


def _peer_divisions(text: str, raw: list[tuple[_Span, tuple[Place, ...]]]) -> dict[int, tuple[str, str]]:
    """A name that may be a division or a city, in a sentence that names two or more divisions of one
    country and no city ("… in Ontario, eight in Alberta, one in Quebec"), or before a governor
    ("New York Governor Andrew Cuomo"): the division."""
    out: dict[int, tuple[str, str]] = {}
    by_sentence: dict[int, list[int]] = defaultdict(list)
    for i, (sp, _) in enumerate(raw):
        by_sentence[sp.sentence.start].append(i)
    for idx in by_sentence.values():
        for i in idx:
            sp, places = raw[i]
            kinds = {p.kind for p in places[:5]}
            if not {"admin1", "city"} <= kinds:
                continue
            division = next(p for p in places[:5] if p.kind == "admin1")
            if _GOVERNOR_AFTER.match(text, sp.end, sp.end + 20):
                out[i] = ("admin1", division.country)
                continue
            readings = [raw[j][1] for j in idx if j != i]
            # (a peer named after its own city is no evidence: "Roma, Palermo e Napoli" are cities)
            peers = [ps[0] for ps in readings if ps[0].kind == "admin1" and ps[0].country == division.country
                     and not any(_eponym(q, ps[0]) for q in ps[:10])]
            if len(peers) >= 2 and not any(ps[0].kind == "city" for ps in readings):
                out[i] = ("admin1", division.country)
    return out


_GOVERNOR_AFTER = re.compile(r"[ \t]+(?:Governor|Gov\.|governor|State\s+(?:Senate|Assembly|Legislature)|"
                             r"state\s+(?:officials|health|legislature))\b")


def _list_kinds(text: str, raw: list[tuple[_Span, tuple[Place, ...]]]) -> dict[int, tuple[str, str]]:
    """Mention i -> (kind, country) its list's other items mostly are: in "Georgia, Oklahoma and
    Wisconsin" Georgia is a state, in "Armenia, Georgia and Iraq" a country."""
    runs: list[list[int]] = []
    joined_by_and: list[bool] = []
    for i in range(len(raw)):
        gap = text[raw[i - 1][0].end : raw[i][0].start] if i else ""
        if i and _LIST_GAP.fullmatch(gap):
            runs[-1].append(i)
            joined_by_and[-1] = joined_by_and[-1] or "and" in gap or "or" in gap
        else:
            runs.append([i])
            joined_by_and.append(False)
    out: dict[int, tuple[str, str]] = {}
    for run, anded in zip(runs, joined_by_and, strict=True):
        if len(run) < 2 or not (anded or len(run) > 2):
            continue  # "Stroud, Ontario, Canada" is a chain of qualifiers, not a list
        if len(run) == 2 and _BETWEEN_BEFORE.search(text, max(0, raw[run[0]][0].start - 12), raw[run[0]][0].start):
            continue  # "a flight between Dhaka and Chittagong": a route's two ends, each read alone
        for i in run:
            kinds = Counter((raw[j][1][0].kind, raw[j][1][0].country if raw[j][1][0].kind == "admin1" else "")
                            for j in run if j != i)
            (kind, country), votes = kinds.most_common(1)[0]
            # Two items say little, unless the other is a division or a country ("Texas and Georgia").
            if votes * 2 > len(run) - 1 and kind in ("country", "admin1", "city") and (votes > 1 or kind != "city"):
                out[i] = (kind, country)
    return out


def _unqualified(text: str, raw: list[tuple[_Span, tuple[Place, ...]]], qualifiers) -> set[int]:
    """Towns the gazetteer lacks, named with their state ("Stroud, Ontario"): none of the
    readings lies in the division, so every reading is another town of that name."""
    out: set[int] = set()
    for i, quals in qualifiers.items():
        places = raw[i][1]
        if any(q.kind == "country" for q in quals) or places[0].kind in ("country", "continent") \
                or any(p.is_area and p.country in {q.country for q in quals} for p in places) \
                or raw[i + 1][1][0].kind != "admin1":
            continue
        q_span, after = raw[i + 1][0], raw[i + 2][1] if i + 2 < len(raw) else ()
        chained = _QUALIFIER.fullmatch(text[q_span.end : raw[i + 2][0].start]) if after else False
        if _LIST_END.match(text, q_span.end) or (chained and after[0].kind != "country") \
                or (i and _LIST_GAP.fullmatch(text[raw[i - 1][0].end : raw[i][0].start])):
            continue  # "Mariupol, Kharkiv and Kyiv", "New York City, Long Island, New York": a list
        if not any(p.country == q.country for p in places for q in quals):
            out.add(i)  # (the division test itself is left to scoring: admin-1 names are approximate)
    return out


def _score(place: Place, context, countries: Counter[str], anchors: Sequence[Place], key: str = "",
           divisions: frozenset[tuple[str, str]] = frozenset(), beside: Sequence[Place] = (),
           top: float = 0.0, route_end: bool = False, hop: bool = False) -> float:
    quals, held, prefer, local = context
    score = place.rank
    # how far short of the name's best-known point reading this one falls: a gap of 0.2 (ranks
    # grow ~0.11 per tenfold population) is a ~60-fold smaller namesake
    unknown = min(1.0, max(0.0, (0.2 - (top - place.rank)) / 0.15)) if top else 1.0
    # (a flight's end far less known than the name's best reading gains little from lying in the
    # story's country: a flight from Bogotá "con destino a Madrid" is bound for Spain)
    far_end = unknown if route_end else 1.0
    if place.country in local:  # a country named in the same or the neighbouring sentence, for
        score += 0.2 * min(1.0, max(0.0, (place.rank - 0.4) / 0.2)) * far_end  # its towns of some size
    if prefer and place.kind == prefer[0] and (not prefer[1] or prefer[1] == place.country) \
            and _fold(place.name) == key:
        score += 0.5
    if held and any(h.country == place.country and not h.is_area and h.rank >= 0.3 and (
            place.kind == "country" or (place.kind == "admin1" and h.admin1 == place.name)
            or (place.kind == "city" and place.rank >= 0.75 and h is not place and place.km_to(h) < 40))
            for h in held):
        score += 1.0  # a major city holds its boroughs too ("Queens, New York")
    if key:
        own = _fold(place.name)
        # Called so today, not by an alternate name ("Mexico" is not Mexico City); "New York"
        # as the start of "New York City" counts nearly as much.
        score += 0.15 if own == key else 0.1 if _called(place, key) else 0.0
    if quals and any(q.country == place.country and (q.kind == "country" or q.name == place.admin1
                                                     or q.name in place.admin1) for q in quals):
        score += 1.5 if any(q.kind == "admin1" for q in quals) else 1.0
    if place.country and countries.get(place.country):
        score += 0.15 * min(1.0, countries[place.country] / 2) * far_end
    # (a division counts itself only in a country the story names: not Gaza in Mozambique)
    if divisions and (place.country, place.admin1) in divisions and _fold(place.name) == key and (
            _fold(place.admin1) != key or countries.get(place.country)):
        # "Bangor ... in the state of Maine": a division the text names, for its towns of some size
        # (not a hamlet called Miami in a story that names Texas and Miami, Florida; nor, for a
        # flight "from Sydney", a namesake far less known than Sydney, Australia)
        score += 0.3 * min(1.0, max(0.0, (place.rank - 0.3) / 0.15)) * (unknown if route_end else 1.0)
    if anchors:
        if place.kind in ("country", "admin1"):
            # An area is close to the story when the story's other places lie in it.
            inside = [a for a in anchors if a.country == place.country
                      and (place.kind == "country" or a.admin1 == place.name)]
            score += 0.4 * min(1.0, len(inside) / 2)
            if place.kind == "admin1" and not inside and any(a.country == place.country for a in anchors):
                score += 0.15  # a division of the story's country (Georgia the state, in a US story)
        elif not place.is_area or place.kind == "lake":  # (a lake is small: its point is near its shores,
            # "near Lake Tahoe" is the lake, not the airport named after it)
            closeness = sorted(math.exp(-place.km_to(a) / 600.0) for a in anchors)[-3:]
            # A namesake far less known than the name's best reading gains little from lying near
            # the story's places: a flight to Toronto "arriving from Paris" left France, not Paris,
            # Ontario. Unless it lies in a division the text names ("Austin, in Scott County, Indiana").
            near = 1.0 if (place.country, place.admin1) in divisions and not route_end else unknown
            score += 0.4 * near * sum(closeness) / len(closeness)
    if hop and place.kind == "city" and any(b.kind == "city" and place.km_to(b) < 60 for b in beside):
        score -= 0.2  # a flight's end beside a town its sentence names: "из Москвы в Калининград" is no
        # hop to Korolev (once Kaliningrad), 25 km out of Moscow
    if beside and not place.is_area and _fold(place.name) == key:  # a town within reach of a
        # place its own sentence names (called as written: not Aguaí, once "Cascavel", for Cascavel)
        score += 0.1 * far_end * max(math.exp(-place.km_to(b) / 150.0) for b in beside)  # (a tie-breaker:
        # a route sentence names places far apart too)
    return score
