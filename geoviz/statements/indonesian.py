"""Indonesian and Malay: the clear patterns only ("dari X ke Y", "rute X-Y", "jatuh di X",
"mendarat darurat di X", "sesaat setelah lepas landas dari X"; Malay "berlepas dari X", "terhempas di
X", "dilencongkan ke X", "berpatah balik ke X")."""

from __future__ import annotations

import re

from geoviz.statements.language import PLACE, SLOT, Language, lazy

# "Bandara X", "Bandar Udara X", "kota X", "perairan X", "Kabupaten X": the kind of place first
# (and an airport the gazetteer lacks, then its town: "Bandara Aminggaru di Ilaga", "Bandara Nop Goliat Dekai,
# Kabupaten Yahukimo")
_UNKNOWN_AIRPORT = (r"(?:(?:Bandara|Bandar\s+Udara|Lapangan\s+Terbang)\s+(?:Internasional\s+|Antarabangsa\s+)?"
                    r"(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*)){0,5}\s*(?:,\s*|\s+di\s+))?")
PREFIX = _UNKNOWN_AIRPORT + (r"(?:(?:Bandara|Bandar\s+Udara|Lapangan\s+Terbang|Lanud|kota|Kabupaten|desa|kampung|"
                             r"Pulau|perairan|Kepulauan|wilayah|kawasan|daerah|sekitar|Gunung|Selat|Laut|Teluk|bandar)"
                             r"\s+(?:Internasional\s+|Antarabangsa\s+)?)*")
_CODE = r"(?:\s*\([^)]{1,20}\))?"  # ("Kuala Lumpur (KLIA)")
FROM_TO = lazy(r"\bdari\s+" + PREFIX + SLOT.format("a") + _CODE + r"(?:\s*,[^;]{0,60}?,)?\s+(?:ke|menuju|tujuan)\s+"
                     + PREFIX + SLOT.format("b"), re.IGNORECASE)
_AT = r"(?:di|dekat|sekitar|ke|di\s+sekitar|di\s+dekat|di\s+atas)"
ROLES = (
    ("origin", lazy(r"\b(?P<cue>lepas\s+landas\s+dari|terbang\s+dari|berangkat\s+dari|bertolak\s+dari|berlepas\s+dari|"
                          r"take\s+off\s+dari)\s+" + PREFIX + PLACE, re.IGNORECASE)),
    ("destination", lazy(r"\b(?P<cue>dengan\s+tujuan|tujuan|menuju|hendak\s+ke|hendak\s+mendarat\s+di|"
                               r"akan\s+mendarat\s+di|seharusnya\s+(?:mendarat|tiba)\s+di|"
                               # ("semula dijadwalkan mendarat di X", Malay "sepatutnya mendarat di X", "penerbangan
                               # persendirian ke X": a private flight to X)
                               r"dijadwalkan\s+(?:mendarat|tiba)\s+di|sepatutnya\s+(?:mendarat|tiba)\s+di|"
                               r"penerbangan\s+(?:persendirian|carter|sewa|latihan|perintis)\s+ke)\s+" + PREFIX + PLACE,
                               re.IGNORECASE)),
    ("diversion", lazy(r"\b(?P<cue>mendarat\s+darurat|pendaratan\s+darurat|dialihkan|divert|kembali|"
                             r"berbalik|putar\s+balik|dilencongkan|melencong|(?:ber)?patah\s+balik|pendaratan\s+cemas|"
                             r"mendarat\s+cemas)\s+(?:\w+\s+){0,2}?(?:di|ke)\s+" + PREFIX + PLACE,
                             re.IGNORECASE)),
    ("crash_site", lazy(r"\b(?P<cue>jatuh|terjatuh|menabrak|kecelakaan|puing|serpihan|hilang\s+kontak|terhempas|"
                              r"terjunam|bangkai|hilang\s+hubungan)\b"
                              r"[^.⟦]{0,60}?\b" + _AT + r"\s+" + PREFIX + PLACE, re.IGNORECASE)),
)
BEARINGS = {"utara": 0.0, "timur laut": 45.0, "timur": 90.0, "tenggara": 135.0, "selatan": 180.0,
            "barat daya": 225.0, "barat": 270.0, "barat laut": 315.0}
# "sekitar 10 kilometer (di sebelah) barat laut dari X", "20 kilometer arah barat laut X"
DISTANCE = lazy(r"\b(?:sekitar\s+|kurang\s+lebih\s+|kira-kira\s+)?(?P<num>\d{1,4}(?:[.,]\d+)?)\s*"
                      r"(?P<unit>km|kilometer|kilometre|mil|batu)\s+"
                      r"(?:(?:di\s+|arah\s+|ke\s+)?(?:sebelah\s+)?(?P<dir>timur\s+laut|barat\s+daya|barat\s+laut|utara|timur|"
                      r"tenggara|selatan|barat)\s+)?(?:dari\s+)?" + PREFIX + PLACE, re.IGNORECASE)
# "tergelincir saat mendarat di Bandara X", "tergelincir keluar dari landasan ketika mendarat di X": ran off
# the runway where it was landing
RUNWAY_EXCURSION = lazy(r"\b(?P<cue>tergelincir)\b[^.⟦]{0,60}?\b(?:di|ke)\s+" + PREFIX + PLACE, re.IGNORECASE)
# "sesaat setelah lepas landas dari Bandara X": the origin, and the crash site in a crash
TAKEOFF = lazy(r"\b(?P<cue>(?:tak\s+lama|sesaat|beberapa\s+menit|tidak\s+lama)\s+setelah\s+(?:lepas\s+landas|"
                     r"take\s+off|terbang|mengudara))\s+dari\s+" + PREFIX + PLACE, re.IGNORECASE)

LANGUAGE = Language(
    name="indonesian",
    words=lazy(r"\b(?:yang|dan|dari|ke|dengan|pesawat|untuk|itu|ini|pada|tersebut|setelah|di)\b"),
    cues=r"dari|lepas|terbang|berangkat|tujuan|menuju|mendarat|darurat|dialihkan|kembali|jatuh|menabrak|puing|rute|"
         r"berlepas|lencong|patah\s+balik|cemas|terhempas|terjunam|tergelincir|kilomet|km\b|penerbangan",
    route_ends=(FROM_TO,),
    route_cue="dari … ke",
    roles=ROLES,
    crashy=lazy(r"jatuh|kecelakaan|menabrak|puing|serpihan|hilang\s+kontak|terhempas|terjunam|bangkai|tergelincir"),
    distance=DISTANCE,
    numbers={},
    bearings=BEARINGS,
    units={"mil": 1.609344, "batu": 1.609344},
    takeoff=TAKEOFF,
    runway_excursion=RUNWAY_EXCURSION,
    returns=r"kembali|berbalik|putar\s+balik|patah\s+balik",
    turn_back=lazy(r"\b(?:(?:kembali|putar\s+balik|berbalik)\s+ke\s+(?:bandara|bandar\s+udara)\s+"
                         r"(?:asal|keberangkatan)|putar\s+balik|return\s+to\s+base|RTB)\b", re.IGNORECASE),
    airports=r"bandara|bandar\s+udara|landasan|lapangan\s+terbang",
    near_airport=r"\b(?:dekat|sekitar|di\s+ujung)\s+(?:bandara|landasan)\b",
    takeoffs=r"lepas\s+landas|mengudara|berlepas",
)
