"""Turkish: the clear patterns only. Turkish writes the case ending after an apostrophe
("İstanbul'dan Trabzon'a": from Istanbul to Trabzon), so the place name itself stays whole and
the ending says the role."""

from __future__ import annotations

import re

from geoviz.statements.language import PLACE, SLOT, Language, lazy

FROM = r"['’]n?(?:dan|den|tan|ten)"  # ablative: from ("Havalimanı'ndan")
TO = r"['’](?:a|e|ya|ye|na|ne)"  # dative: to
AT = r"['’]n?(?:da|de|ta|te)"  # locative: in, at
# "X Havalimanı'ndan": from X airport ("Eskişehir Hasan Polatkan Havalimanı'ndan": named after someone too)
AIRPORT = r"(?:(?:\s+[A-ZÇĞİÖŞÜ][\wçğıöşü]+){0,3}\s+(?:Havalimanı|Havaalanı))?"
# "Medine kentinden": a town's word with the case ending ("kentinden", "ilçesine", "şehrine")
TOWN_FROM = r"\s+(?:kenti|şehri|ilçesi|köyü|beldesi)n(?:den|dan)"
TOWN_TO = r"\s+(?:kenti|şehri|ilçesi|köyü|beldesi)ne"
# (what the genitive of a country or division before the place adds: "Hollanda'nın başkenti Amsterdam'a",
# when the gazetteer lacks the first name)
OWNER = r"(?:[^\W\d_]+['’]n?[ıiuü]n\s+(?:başkenti\s+|kuzey\w*\s+|güney\w*\s+|doğu\w*\s+|batı\w*\s+)?)?"
# "İstanbul'dan Trabzon'a giden uçak", "Ankara'dan İzmir'e sefer yapan", "Medine kentinden Ankara'ya gelen"
FROM_TO = lazy(SLOT.format("a") + AIRPORT + r"(?:" + FROM + r"|" + TOWN_FROM + r")\s+" + OWNER + SLOT.format("b")
               + AIRPORT + r"(?:" + TO + r"|" + TOWN_TO + r")(?:\s|$)", re.IGNORECASE)
ROLES = (
    # ("Karaman'daki özel bir pistten havalanan": from an airstrip in X)
    ("origin", lazy(PLACE + r"(?:" + AIRPORT + FROM + r"|" + TOWN_FROM + r"|" + AT + r"ki\s+(?:\w+\s+){0,3}?"
                    r"(?:pist|havaliman|havaalan|üs)\w*(?:ndan|nden|tan|ten|dan|den))"
                          + r"\s+(?:\w+['’]\w+\s+|(?:\w+\s+){1,3}?)?"
                          r"(?P<cue>kalkan|havalanan|gelen|kalkış\w*|havalan\w*|kalktı\w*|"
                          r"giden)",
                          re.IGNORECASE)),
    ("destination", lazy(PLACE + AIRPORT + TO
                               + r"\s+(?P<cue>giden|gitmekte\s+olan|uçan|sefer\w*|gitmek\s+üzere|inişe\s+geç\w*|"
                               r"iniş\s+yap\w*|inmek\s+üzere)",
                               re.IGNORECASE)),
    # "Ankara'ya acil iniş yaptı", "Sofya'da acil iniş yaptı", "İstanbul'a geri döndü"
    ("diversion", lazy(PLACE + AIRPORT + r"(?:" + TO + r"|" + AT + r")\s+(?:\w+\s+){0,2}?(?P<cue>acil\s+iniş|"
                             r"zorunlu\s+iniş|yönlendiril\w*|geri\s+dön\w*)", re.IGNORECASE)),
    # "Van'da düştü", "Isparta yakınlarında düştü"
    # ("Malatya'nın Akçadağ ilçesi kırsalında düştü": in the district of X)
    ("crash_site", lazy(PLACE + r"(?:" + AT + r"|\s+yakınların\w*|\s+yakınında|\s+civarında|\s+açıkların\w*|"
                              r"\s+(?:ilçe|köy|mahalle|bölge)\w*)"
                              r"\s+(?:\w+\s+){0,3}?(?P<cue>düştü|düşen|düşmüş|çakıldı|kaza\s+kırıma\s+uğradı)",
                              re.IGNORECASE)),
)
# "İstanbul'dan Trabzon'a giden uçak, iniş sırasında pistten çıktı": a crash where it was landing
RUNWAY_EXCURSION = lazy(PLACE + AIRPORT + TO + r"[^.]{0,80}?(?P<cue>pistten\s+çık\w*|pisti\s+aştı)",
                              re.IGNORECASE)
BEARINGS = {"kuzey": 0.0, "kuzeydoğu": 45.0, "doğu": 90.0, "güneydoğu": 135.0, "güney": 180.0,
            "güneybatı": 225.0, "batı": 270.0, "kuzeybatı": 315.0}
# The place first: "Aydın kent merkezinin 12 kilometre güneybatısındaki", "Köyceğiz'in yaklaşık 8 kilometre
# kuzeyindeki", "Çumra'ya yaklaşık 5 kilometre uzaklıktaki", "Şarköy ilçesinin 6 kilometre güneyinde"
DISTANCE = lazy(PLACE + AIRPORT + r"(?:['’]n?[ıiuü]n|" + TO + r"|\s+(?:kent\s+|şehir\s+|ilçe\s+)?"
                r"(?:merkez|ilçe|kent|şehr|köy|belde)\w*)\s+(?:yaklaşık\s+|tahminen\s+|yaklaşık\s+olarak\s+)?"
                r"(?P<num>\d{1,4}(?:[.,]\d+)?)\s*(?P<unit>km|kilometre|mil)\s+(?:(?P<dir>kuzeydoğu|kuzeybatı|"
                r"güneydoğu|güneybatı|kuzey|güney|doğu|batı)s?[ıiuü]n?(?:da|de|a|e)?(?:ki)?|"
                r"uzaklı\w*|mesafe\w*|ötede\w*|açığında\w*)\b", re.IGNORECASE)

LANGUAGE = Language(
    name="turkish",
    words=lazy(r"\b(?:ve|bir|bu|ile|için|olan|uçak|uçağı|sırasında|yolcu|giden|düştü|yaptı|sonra)\b"),
    cues=r"['’](?:dan|den|tan|ten|a|e|ya|ye|na|ne|da|de|ta|te)\b|giden|kalk|havalan|iniş|düş|çakıl|pist|dön|"
         r"kilometre|km\b",
    route_ends=(FROM_TO,),
    route_cue="X'dan Y'a",
    roles=ROLES,
    crashy=lazy(r"düş|çakıl|kaza|pistten"),
    runway_excursion=RUNWAY_EXCURSION,
    distance=DISTANCE,
    bearings=BEARINGS,
    units={"mil": 1.609344},
    returns=r"geri\s+dön",
    turn_back=lazy(r"\bgeri\s+dön(?:dü|mek\s+zorunda\s+kaldı)", re.IGNORECASE),
    airports=r"havaliman|havaalan",
    near_airport=r"\b(?:havaliman\w*|havaalan\w*|pist\w*)\s+(?:yakın\w*|(?:yaklaşık\s+)?[\d,.]+\s*(?:km|kilometre|metre)\s+"
                 r"önünde\w*)",
    takeoffs=r"kalk|havalan",
)
