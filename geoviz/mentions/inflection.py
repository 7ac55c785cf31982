"""Names as other languages inflect or spell them: Russian and Polish cases, BGN romanisation."""

from __future__ import annotations

import re

# "у побережья Охотского моря", "в Чёрном море": the generic word, lower case, belongs to the name
RUSSIAN_WATER = re.compile(r"\b[А-ЯЁ][а-яё-]+\s+(?:мор[еяюь]м?|океан[аеу]?|озер[аеоу]|залив[аеу]?|пролив[аеу]?)\b")
RUSSIAN_REGION = re.compile(r"([А-ЯЁ][а-яё]+?(?:ск|цк)(?:ая|ой|ую|ом))\s+(?:област[ьи]|областью|обл\.|кра[еяю]|край)")


def region_centres(adjective: str) -> list[str]:
    """The names a region's adjective may come from: "Ивановской" -> Иваново, "Курской" -> Курск,
    "Тверской" -> Тверь, "Московской" -> Москва."""
    stem = adjective[:-2]  # "Ивановск"
    base = stem[:-2]  # "Иванов"
    return [stem, base + "о", base + "а", base + "ь", base, base + "ск"]


# "vom Frankfurter Flughafen", "am Münchner Flughafen": a town's German adjective before its airport
GERMAN_AIRPORT_ADJECTIVE = re.compile(r"\b([A-ZÄÖÜ][a-zäöüß]+?)(n?er)\s+(?:Flughafen|Flugplatz)\b")


def german_towns(adjective: str) -> list[str]:
    """The towns a German adjective may come from: "Frankfurter" -> Frankfurt, "Münchner" -> München,
    "Wiener" -> Wien, "Bremer" -> Bremen, "Kölner" -> Köln."""
    stem = adjective[:-2]
    return [stem, stem + "en", adjective[:-3] + "en"] if adjective.endswith("ner") else [stem, stem + "en"]


CYRILLIC = re.compile(r"[А-Яа-яЁё]")
# (where a Cyrillic name is the place's own, not an alternate: "в Палану" is Palana)
CYRILLIC_COUNTRIES = frozenset("RU UA BY KZ KG TJ BG RS MK MN".split())
# Russian case endings -> nominative endings, longest first ("Грозного" -> "Грозный", "Москвы" ->
# "Москва", "Краснодаре" -> "Краснодар", "России" -> "Россия").
_RUSSIAN_ENDINGS = (
    # (a vowel that drops: "от Ельца", "под Ельцом" are Yelets, Елец)
    ("ьцом", ("ец",)), ("ьца", ("ец",)), ("ьцу", ("ец",)), ("ьце", ("ец",)),
    ("ого", ("ый", "ий", "ой", "ое")), ("его", ("ий", "ее")), ("ому", ("ый", "ий", "ой")),
    ("ему", ("ий",)), ("ией", ("ия",)), ("ии", ("ия",)), ("ию", ("ия",)), ("ой", ("а", "ая", "ый", "ой")),
    ("ей", ("я", "ь")), ("ом", ("", "ый", "ий", "ое")), ("ем", ("ь", "ий", "")), ("ым", ("ый",)),
    ("ы", ("а", "")), ("и", ("а", "я", "ь", "")), ("е", ("а", "я", "", "ь")), ("у", ("а", "")), ("ю", ("я", "ь")),
    ("а", ("", "ь")), ("я", ("ь", "й", "", "е")),
)


def polish_nominatives(name: str) -> list[str]:
    """Nominative forms a Polish place name in another case may stand for ("z Warszawy" ->
    Warszawa, "do Krakowa" -> Kraków, "w Katowicach" -> Katowice, "w Berlinie" -> Berlin)."""
    def forms(word: str) -> list[str]:
        out = []
        for ending, noms in _POLISH_ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= (2 if len(ending) >= 3 else 3):
                out.extend(word[: len(word) - len(ending)] + n for n in noms)
        # (an "ó" the nominative's last syllable has turns "o" in the other cases: "Baligrodu" is Baligród)
        return list(dict.fromkeys(out + [_O_BEFORE_LAST.sub(r"ó\1", f) for f in out if _O_BEFORE_LAST.search(f)]))
    for sep in (" ", "-"):  # ("do Nowego Targu" -> "Nowy Targ", "w Bielsku-Białej" -> "Bielsko-Biała")
        words = name.split(sep)
        if len(words) == 2:
            return [f"{a}{sep}{b}" for a in [words[0], *forms(words[0])] for b in [words[1], *forms(words[1])]][1:]
    return forms(name) if " " not in name else []


_O_BEFORE_LAST = re.compile(r"o([bcdfghjklłmnprstwzżź]{1,2})$")
# Polish case endings -> nominative endings, longest first
_POLISH_ENDINGS = (
    ("ego", ("y", "i")), ("sku", ("sko",)), ("skiem", ("sko",)), ("ej", ("a",)),  # (adjectives: "Nowego Targu")
    ("ym", ("y",)), ("im", ("i",)),  # ("w Nowym Targu", "w Pobiedniku Wielkim")
    ("owie", ("ów",)), ("owem", ("ów",)), ("owa", ("ów",)), ("niem", ("ń",)), ("ach", ("e", "y")), ("ami", ("e",)),
    ("niu", ("ń",)), ("nia", ("ń", "nia")), ("nie", ("n", "na", "ń")), ("cie", ("ta", "t")), ("dzie", ("d", "da")),
    ("cem", ("ec",)), ("ca", ("ec", "ca")), ("cu", ("ec",)),  # (a vowel that drops: "z Mielca" is Mielec)
    ("rze", ("r", "ra")), ("iem", ("",)), ("ie", ("", "a")), ("ią", ("ia",)), ("ia", ("", "ia")), ("ą", ("a",)),
    ("ic", ("ice",)), ("ii", ("ia",)), ("em", ("",)), ("iu", ("",)), ("y", ("a", "")), ("i", ("ia", "a", "")),
    ("u", ("", "e")), ("a", ("", "e", "o")), ("e", ("a",)),  # ("Giżycka" is Giżycko)
    ("k", ("ki",)),  # (a plural name's genitive: "do Suwałk" is Suwałki)
)
# Letters only Polish writes, and its commonest words: a text with both declines its place names (not
# an English report naming Gdańsk's Lech Wałęsa Airport)
POLISH = re.compile(r"[ąęłńśźżĄĘŁŃŚŹŻ]")
POLISH_WORDS = re.compile(r"\b(?:się|został[aoy]?|oraz|przez|który|która|jest|był[aoy]?|samolot\w*|z|w|ze|we)\s")


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
            if word.endswith(ending) and len(word) - len(ending) >= (2 if ending.startswith("ьц") else 3):
                out.extend(word[: len(word) - len(ending)] + n for n in noms)
        return out
    for sep in (" ", "-"):  # ("Петропавловска-Камчатского" -> "Петропавловск-Камчатский")
        words = name.split(sep)
        if len(words) == 2:
            return [f"{a}{sep}{b}" for a in [words[0], *forms(words[0])] for b in [words[1], *forms(words[1])]][1:]
    return forms(name) if " " not in name else []
