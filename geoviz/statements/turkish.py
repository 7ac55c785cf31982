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
# "İstanbul'dan Trabzon'a giden uçak", "Ankara'dan İzmir'e sefer yapan"
FROM_TO = lazy(SLOT.format("a") + AIRPORT + FROM + r"\s+" + SLOT.format("b") + AIRPORT + TO + r"\b",
                     re.IGNORECASE)
ROLES = (
    ("origin", lazy(PLACE + AIRPORT + FROM
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
RUNWAY_EXCURSION = lazy(PLACE + TO + r"[^.]{0,80}?(?P<cue>pistten\s+çık\w*|pisti\s+aştı)",
                              re.IGNORECASE)

LANGUAGE = Language(
    name="turkish",
    words=lazy(r"\b(?:ve|bir|bu|ile|için|olan|uçak|uçağı|sırasında|yolcu|giden|düştü|yaptı|sonra)\b"),
    cues=r"['’](?:dan|den|tan|ten|a|e|ya|ye|na|ne|da|de|ta|te)\b|giden|kalk|havalan|iniş|düş|çakıl|pist|dön",
    route_ends=(FROM_TO,),
    route_cue="X'dan Y'a",
    roles=ROLES,
    crashy=lazy(r"düş|çakıl|kaza|pistten"),
    runway_excursion=RUNWAY_EXCURSION,
    returns=r"geri\s+dön",
    turn_back=lazy(r"\bgeri\s+dön(?:dü|mek\s+zorunda\s+kaldı)", re.IGNORECASE),
    airports=r"havaliman|havaalan",
    near_airport=r"\b(?:havaliman\w*|havaalan\w*|pist\w*)\s+(?:yakın\w*|(?:yaklaşık\s+)?[\d,.]+\s*(?:km|kilometre|metre)\s+"
                 r"önünde\w*)",
    takeoffs=r"kalk|havalan",
)
