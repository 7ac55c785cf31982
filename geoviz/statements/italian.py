"""Italian: the clear patterns only ("da X a Y", "diretto a X", "dirottato su X", "precipitato
vicino a X")."""

from __future__ import annotations

import re

from geoviz.statements.language import PLACE, SLOT, Language, lazy

PREFIX = (r"(?:(?:la\s+|il\s+|l['’])?(?:città|paese|aeroporto|scalo|località|costa|base|eliporto|elisuperficie|"
          r"idroscalo|aviosuperficie|campo\s+di\s+volo|ospedale)"
          # ("dall'aeroporto Gianni Caproni di Trento", "all'ospedale Annunziata di Cosenza", a name in quotes:
          # "dall'aeroporto "Corrado Gex" di Aosta"; "dell'aeroporto dei Parchi di Preturo", "dell'Aero Club di Como")
          r"(?:\s+(?:internazionale|civile|militare))?(?:\s+[\"«“]?(?-i:[A-Z])[\w’'-]+[\"»”]?){0,3}"
          r"(?:\s+(?:dei|degli|delle|del|della|dell['’])\s*(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?)?"
          r"\s+(?:di\s+|del\s+|della\s+|dell['’])?){0,2}")
FROM_TO = lazy(r"\b(?:da|dall['’]|dallo|dalla)\s*" + PREFIX + SLOT.format("a")
                     + r"(?:\s*,[^;]{0,60}?,)?\s+(?:a|per|verso|diretto\s+a|in\s+direzione\s+di)\s+"
                     + PREFIX + SLOT.format("b"), re.IGNORECASE)
ROLES = (
    # ("era decollato poco prima dall'aeroporto di X": a word or two may come between)
    ("origin", lazy(r"\b(?P<cue>partit[oa](?:\s+\w+){0,2}?\s+da(?:ll['’]|lla|llo|l)?|"
                    r"(?:il|un)\s+volo\s+(?:[\w-]+\s+){0,2}?da(?:ll['’]|lla|llo|l)?|"
                    r"decollat[oa](?:\s+[\w.:]+){0,5}?\s+da(?:ll['’]|lla|llo|l)?|in\s+arrivo\s+da|"
                          r"in\s+partenza\s+da|provenient[ei]\s+da|"
                          r"dopo\s+il\s+decollo\s+da)\s*" + PREFIX + PLACE, re.IGNORECASE)),
    ("destination", lazy(r"\b(?P<cue>dirett[oa]\s+(?:a|all['’]|al|alla|allo)|"
                         r"(?:doveva|avrebbe\s+dovuto)\s+atterrare\s+(?:a|all['’]|al|alla|allo|in)|in\s+volo\s+verso|con\s+destinazione|"
                               r"in\s+rotta\s+verso|diretto\s+verso)\s*" + PREFIX + PLACE, re.IGNORECASE)),
    ("diversion", lazy(r"\b(?P<cue>dirott(?:at[oa]|are)|atterraggio\s+(?:di\s+|d['’])emergenza|"
                       r"atterraggio\s+precauzionale|"
                       r"atterraggio\s+(?:non\s+(?:programmato|previsto|pianificato)|imprevisto)|"
                       r"atterraggio\s+(?:di\s+fortuna|forzato)|"
                             r"costrett[oa]\s+(?:ad?\s+)?(?:atterrare|un\s+atterraggio)|"
                             r"atterrat[oa]\s+d['’]emergenza|"
                             r"rientrat[oa]|tornat[oa]\s+indietro)\b[^.⟦]{0,60}?\b(?:a|su|verso|in|all['’]|nel|nella|sulla|"
                             r"di|del|della)\s*"
                             + PREFIX + PLACE, re.IGNORECASE)),
    ("landed", lazy(r"\b(?P<cue>(?:è\s+)?atterrat[oa])\s+(?:\w+\s+){0,2}?(?:a|in|su)\s+" + PREFIX + PLACE,
                          re.IGNORECASE)),
    ("crash_site", lazy(r"\b(?P<cue>precipitat[oa]|si\s+è\s+schiantat[oa]|schiantat[oa]|scontrat[oa]|"
                              r"ammarat[oa]|ammaraggio|inabissat[oa]|rottami|relitto)\b[^.⟦]{0,60}?\b(?:vicino\s+a|"
                              r"nei\s+pressi\s+di|al\s+largo\s+di|a|in|su|sulla\s+"
                              r"pista\s+(?:di|del|della|dell['’])|presso)\s*" + PREFIX + PLACE, re.IGNORECASE)),
)
# "in fase di decollo ... sulla pista dell'aeroporto di X": the origin (and the crash site, in a crash)
TAKEOFF = lazy(r"\b(?P<cue>in\s+fase\s+di\s+decollo|durante\s+il\s+decollo|al\s+decollo|"
                     r"(?:poco|subito|pochi\s+minuti)\s+dopo\s+(?:il\s+)?decoll\w*)\b[^.⟦]{0,60}?"
                     r"\b(?:da|dall['’]|di|dell['’]|a)\s*" + PREFIX + PLACE, re.IGNORECASE)
# "è uscito di pista all'aeroporto di X", "si è schiantato in fase di atterraggio a X": a crash at X's
# airport, where it was landing
RUNWAY_EXCURSION = lazy(r"\b(?P<cue>è\s+uscit[oa]\s+di\s+pista|(?:si\s+è\s+)?(?:schiantat[oa]|precipitat[oa])\s+"
                              r"(?:\w+\s+){0,2}?(?:in\s+fase\s+di|durante\s+l['’])\s*atterraggio)\b[^.⟦]{0,40}?\b(?:a|in|di|del|dell['’]|"
                              r"all['’]|sulla\s+pista\s+di)\s*" + PREFIX + PLACE, re.IGNORECASE)

BEARINGS = {"nord": 0.0, "nord-est": 45.0, "nordest": 45.0, "est": 90.0, "sud-est": 135.0, "sudest": 135.0,
            "sud": 180.0, "sud-ovest": 225.0, "sudovest": 225.0, "ovest": 270.0, "nord-ovest": 315.0,
            "nordovest": 315.0}
# (numbers said in words: "a cinque chilometri a nord di X")
WORDS = {w: n for n, w in ((2, "due"), (3, "tre"), (4, "quattro"), (5, "cinque"), (6, "sei"), (7, "sette"),
                           (8, "otto"), (9, "nove"), (10, "dieci"), (12, "dodici"), (15, "quindici"), (20, "venti"),
                           (30, "trenta"), (40, "quaranta"), (50, "cinquanta"), (100, "cento"))}
ABOUT = {"decina": 10, "ventina": 20, "trentina": 30, "quarantina": 40, "cinquantina": 50, "sessantina": 60,
         "settantina": 70, "ottantina": 80, "novantina": 90, "centinaio": 100, "pochi": 3, "qualche": 3, "alcuni": 3}
# "a circa 5 chilometri a nord di X", "a una ventina di chilometri da X"
DISTANCE = lazy(r"\ba\s+(?:circa\s+|poco\s+più\s+di\s+|meno\s+di\s+)?(?:(?P<num>\d{1,4}(?:[.,]\d+)?)|"
                      r"una\s+(?P<about>" + "|".join(k for k in ABOUT if k.endswith(("ina", "aio"))) + r")\s+di|"
                      r"(?P<word>pochi|qualche|alcuni|" + "|".join(WORDS) + r"))\s*(?P<unit>km|chilometri|miglia)\s+"
                      r"(?:(?:a|in\s+direzione)\s+(?P<dir>" + "|".join(BEARINGS) + r")\s+)?"
                      r"(?:da|di|dal|dalla|dall['’]|del|della|dell['’])\s*" + PREFIX + PLACE, re.IGNORECASE)

LANGUAGE = Language(
    name="italian",
    words=lazy(r"\b(?:il|della|dell|è|di|del|dalla|dal|sul|nel|per|ha|da|una|sono|era|che|gli|nella|alla|dopo)\b"),
    cues=(r"partit|decoll|arrivo|dirett|dirott|costrett|chilometr|km|precipit|schiant|scontr|ammar|inabiss|atterr|rientr|rottami|relitto|"
          r"(?:da|dall['’])\s*(?:\w+\s+){0,2}⟦"),
    route_ends=(FROM_TO,),
    route_cue="da … a",
    roles=ROLES,
    crashy=lazy(r"precipit|schiant|scontr|ammar|inabiss|rottami|relitto|incidente|caduto"),
    distance=DISTANCE,
    numbers={**ABOUT, **WORDS},
    bearings=BEARINGS,
    units={"miglia": 1.609344},
    takeoff=TAKEOFF,
    runway_excursion=RUNWAY_EXCURSION,
    returns=r"rientrat|tornat",
    turn_back=lazy(r"\b(?:(?:tornat[oa]|rientrat[oa]|tornare|rientrare)\s+(?:indietro|all['’]aeroporto\s+di\s+"
                         r"partenza|allo\s+scalo\s+di\s+partenza|alla\s+base)|(?:fatto|fare)\s+(?:marcia\s+indietro|dietrofront|inversione\s+di\s+rotta)|"
                         r"invertito\s+la\s+rotta)", re.IGNORECASE),
    airports=r"aeroporto|scalo|pista",
    near_airport=r"\b(?:vicino|accanto|nei\s+pressi)\s+(?:all['’]|dell['’]|alla|della)\s*(?:aeroporto|pista|scalo)\b",
    takeoffs=r"decoll",
)
