"""Spanish, French and Portuguese: the clear patterns only ("de X a Y", "desviado a X", "s'est
écrasé près de X", "à 15 km au sud de l'aéroport")."""

from __future__ import annotations

import re

from geoviz.statements.language import PLACE, SLOT, Language, lazy

# "la ciudad de X", "l'aéroport de X", "el aeropuerto Guadalupe Victoria de X" (X's airport named
# after someone), "la Grande Comore": words before the name of the place.
PREFIX = (r"(?:(?:la\s+|le\s+|a\s+|o\s+|l['’]|el\s+)?(?:"
          # (a hospital's name, then its town: "ao Hospital de São João, no Porto")
          r"(?:hôpital|hospital|centre\s+hospitalier|clinique|clínica|ospedale)\s+(?:(?:de|do|da|del|d['’])\s*)?"
          r"(?:⟦\d+⟧|(?-i:[A-ZÀ-Ý])[\w’'-]*)(?:\s+(?-i:[A-ZÀ-Ý])[\w’'-]*){0,3},\s+(?:en|em|no|na|à|a)\s+|"
          r"(?:ciudad|ville|cidade|localidad|localité|pueblo|village|"
          r"aldeia|municipio|município|commune|costa|côte|île|isla|ilha|base(?:\s+a[ée]r(?:ienne|ea))?|"
          # ("na zona rural de Itu", "en la zona rural de X")
          r"zona\s+rural|área\s+rural|zone\s+rurale|zona|região|región|région|periferia|"
          # (a helicopter bound for a hospital: "à destination de l'hôpital de Saint-Malo")
          r"hôpital|hospital|centre\s+hospitalier|clinique|clínica|ospedale)\s+"
          r"(?:de\s+|d['’]|do\s+|da\s+|dos\s+|das\s+|del\s+)|"
          # ("com destino a uma fazenda em Nova Mutum", "en una finca de X")
          r"(?:um|uma|un|una|une)\s+(?:fazenda|finca|estancia|hacienda|propriedade|propiedad|ferme|pista|piste)\s+"
          r"(?:em|en|no|na|à|de|do|da|près\s+de|perto\s+de|cerca\s+de)\s+|"
          r"(?:aeropuerto|aéroport|aeroporto|aeródromo|aérodrome|helipuerto|héliport|heliporto|aeroparque|altiport|"
          r"altisurface|hélistation|hydrobase)"
          r"(?:\s+(?:internacional|international|municipal|regional|militar|militaire|civil)\b)?"
          r"(?:(?:\s+(?:(?-i:[A-ZÀ-Ý])[\w’'-]+|⟦\d+⟧)){0,4}?\s+(?:de\s+|d['’]|do\s+|da\s+|dos\s+|das\s+|del\s+)|"
          # (an airport the gazetteer lacks, then its city: "el Aeroparque Jorge Newbery, en Buenos Aires", "do
          # Aeroporto 4 de Fevereiro, em Luanda", "do Aeroporto Albano Machado, no Huambo", Machado read alone)
          r"(?:\s+(?:de|do|da|del))?(?:\s+(?:(?-i:[A-ZÀ-Ý0-9])[\w’'-]*|de|do|da|del|du|la|le)){1,5}(?:\s+⟦\d+⟧)?,\s+(?:en|em|no|na|à|a)\s+|"
          r"\s+(?=⟦))))?"
          r"(?:(?:la|le|les|el|o|a)\s+|l['’])?")
FROM_TO = lazy(
    r"\b(?:(?:de|desde|depuis|d['’])|(?P<link>reli\w+|entre|un(?:ir|ía|e|ió)|lig(?:ar|ava|aba)))\s*" + PREFIX
    + SLOT.format("a") + r"(?:\s*,[^;]{0,60}?,)?,?\s+(?:a|à|al|para|pour|hacia|vers|(?(link)(?:et|y|e|con|com|aux|au))|"
    r"rumbo\s+al?|con\s+destino\s+al?|com\s+destino\s+(?:a|à|ao)|"
    r"à\s+destination\s+de)\s+" + PREFIX
    + SLOT.format("b"),
    re.IGNORECASE,
)
# "en la pista del aeropuerto de X al salirse de la calzada": the runway named first
RUNWAY_FIRST = lazy(r"\b(?:en|sobre|na|sur)\s+(?:la\s+|a\s+)?(?:pista|piste)\s+(?:del?|do|da|de\s+l['’])\s*"
                          + PREFIX + PLACE + r"(?=[^.⟦]{0,40}?\b(?P<cue>al\s+salirse|se\s+sali[óo]|saiu|ao\s+sair|"
                          r"en\s+sortant|est\s+sortie?|derrap\w+|despist\w+))", re.IGNORECASE)

ROLES = (
    ("origin", lazy(r"\b(?P<cue>procedente\s+de|proveniente\s+de|proced[íi]a\s+de|proven[íi]a\s+de|"
                          r"en\s+provenance\s+d['’e]|vindo\s+de|"
                          r"vinha\s+d[eoa]|venía\s+de|venant\s+d['’e]|venait\s+d['’e]|partie?s?\s+d['’e]|"
                          # (not "saiu de pista", "se salió de la pista": off the runway)
                          r"(?:que\s+)?(?:partió|despegó|salió(?!\s+de\s+la\s+pista)|décollé|a\s+décollé|"
                          r"saiu(?!\s+d[ae]\s+pista)|decolou|descolou|partiu|"
                          r"(?:venait|vient)\s+de\s+décoller|acababa\s+de\s+despegar|acabara\s+de\s+decolar|"
                          r"tinha\s+acabado\s+de\s+decolar|(?:había|habia|havia|tinha|avait|ter|haber|avoir)\s+(?:despegado|decolado|descolado|"
                          r"décollé|partido|salido|saído|quitté))(?:\s+[^.⟦,;]{0,40}?)??\s+"
                          r"(?:de|desde|d['’]|do|da|del)|au\s+départ\s+(?:de|d['’]|du)|en\s+partance\s+(?:de|d['’]|du))\s*"
                          + PREFIX + PLACE, re.IGNORECASE)),
    # ("que transportaba a 62 turistas desde X", "qui ramenait des blessés depuis X": where it flew from)
    ("origin", lazy(r"\b(?P<cue>(?:transportaba|trasladaba|llevaba|transportava|levava|transportait|ramenait|"
                    r"évacuait|evacuaba|evacuava)(?:\s+[^.⟦,;]{0,40}?)?\s+(?:desde|depuis))\s+" + PREFIX + PLACE,
                    re.IGNORECASE)),
    # ("que seguia da Praia com destino a São Vicente", "que volaba desde X hacia Y": where it came from)
    ("origin", lazy(r"\b(?P<cue>(?:seguia|seguía|voava|volaba|vinha|venía)\s+(?:de|da|do|desde|del))\s+"
                    + PREFIX + PLACE + r"(?=\s+(?:com\s+destino|con\s+destino|para|rumo|rumbo|hacia|hasta))",
                    re.IGNORECASE)),
    ("destination", lazy(r"\b(?P<cue>con\s+destino\s+(?:al|a)|rumbo\s+(?:al|a)|à\s+destination\s+(?:d['’]|de|du|des)|"
                               r"com\s+destino\s+(?:à|ao|a)|en\s+route\s+vers|con\s+rumbo\s+a|"
                               r"(?:tenía|tenia|tinha|tiene|tem)\s+como\s+destino|avait\s+pour\s+destination|"
                               r"(?:que\s+)?se\s+dirig[íi]a\s+(?:a|para|hacia)|que\s+iba\s+a|(?:que\s+)?seguia\s+para|"
                               r"(?:que\s+)?seguía\s+(?:hacia|para)|que\s+ia\s+para|(?:que\s+)?voava\s+para|"
                               r"(?:que\s+)?volaba\s+(?:a|hacia)|(?:qui\s+)?(?:se\s+)?dirigeait\s+vers|"
                               r"(?:e\s+|y\s+|et\s+|que\s+|qui\s+)?(?:regressava|regresaba|voltava|volvía|retornava|"
                               r"retornaba|rentrait)\s+(?:à|a|ao|al|para|vers|en)|"
                               r"(?:pour|afin\s+de)\s+(?:rejoindre|se\s+rendre\s+à)|se\s+rendait\s+(?:à|au|en)|"
                               r"se\s+dirigeait\s+vers|faisait\s+route\s+vers|en\s+partance\s+pour|"
                               r"en\s+direction\s+(?:de|d['’]|du)|(?:qui\s+)?devait\s+(?:rejoindre|(?:atterrir|se\s+poser|arriver|se\s+rendre)\s+(?:à|a|en))|"
                               r"deb[íi]a\s+(?:llegar|aterrizar)\s+(?:a|en)|"
                               r"(?:tenía|tenia|tinha)\s+previsto\s+(?:aterrizar|llegar|aterrar|pousar|chegar)\s+"
                               r"(?:en|a|em|no|na)|deveria\s+(?:pousar|chegar)\s+(?:a|em|no|na)|"
                               r"(?:fazia|cumpria|realizaba|cubría|hacía)\s+(?:o\s+|el\s+)?(?:trajeto|trayecto|voo|vuelo)\s+"
                               r"(?:até\s+(?:ao|à|a)|hasta|hacia|para))\s*"
                               + PREFIX + PLACE,
                               re.IGNORECASE)),
    ("diversion", lazy(r"\b(?P<cue>desvi\w+|déroutée?s?|dérout\w+|détourné\w*|redirig\w+|diverg\w+|"
                             r"altern(?:ou|ando|ar)|"
                             r"(?:le|la|l['’])\s*poser|"
                             r"aterrizaje\s+de\s+(?:emergencia|urgencia)|aterrizaje\s+forzoso|"
                             r"aterriz\w+\s+de\s+(?:emergencia|urgencia)|pous\w+\s+(?:de|em)\s+emergência|"
                             r"atterrissage\s+d['’]urgence|atterri\w*\s+en\s+urgence|pouso\s+de\s+emergência|"
                             r"atterrissage\s+forcé|"
                             r"s['’]est\s+posée?\s+en\s+urgence|posée?\s+en\s+urgence|(?:se\s+)?poser\s+en\s+urgence|"
                             r"atterrir\s+en\s+urgence|pousou\s+em\s+emergência|(?:atterri|posée?)\s+en\s+catastrophe|"
                             r"regresó|volvió|retornó|regressou|retornou|regressa|voltou|est\s+revenue?|a\s+fait\s+demi-tour|"
                             r"(?:tuvo\s+que|debió|precisou|teve\s+de|teve\s+que|a\s+dû|dut|contraint\w*\s+d['’e]|"
                             r"obligée?s?\s+d['’e]|obrigad[oa]\s+a|forzad[oa]\s+a|obligad[oa]\s+a)\s*(?:regresar|volver|"
                             r"retornar|voltar|regressar|revenir|retourner|pousar|aterrizar|atterrir|se\s+poser)|"
                             # ("obligó al piloto a aterrizar en X": a hijacking)
                             r"(?:oblig|obrig|forz|forç|contraign)\w*\s+(?:al|a\s+la|a\s+los|o|a|le|la|les)\s+[\w-]+\s+"
                             r"(?:a|à)\s+(?:aterrizar|pousar|aterrar|atterrir|se\s+poser)|tom[óo]\s+tierra|"
                             r"pouso\s+forçado|aterrissagem\s+de\s+emergência|"
                             # (European Portuguese: "fez uma aterragem de emergência no aeroporto de X")
                             r"aterragem\s+(?:de\s+emergência|forçada|de\s+precaução|imprevista|não\s+programada)|"
                             r"aterrou\s+de\s+emergência|aterrizaje\s+(?:imprevisto|no\s+programado))"
                             r"\b[^.⟦]{0,60}?"
                             r"\b(?:a|al|ao|au|hacia|en|à|vers|para|em|no|na|sur|près\s+de|cerca\s+de|perto\s+de|"
                             # ("aterrizó de emergencia en la ruta CA-13, a unos cinco kilómetros al norte de X": by X)
                             r"(?:km|kilómetros|kilomètres|quilómetros|quilômetros)\s+(?:(?:al|au|ao|a)\s+[a-zé-]+\s+)?"
                             r"(?:de|d['’]|do|da|del))\s+" + PREFIX + PLACE, re.IGNORECASE)),
    # "à l'approche de l'aéroport de X", "en aproximación a X": where it was landing
    ("approach", lazy(r"\b(?P<cue>à\s+l['’]approche\s+(?:de|d['’]|du)|en\s+approche\s+(?:de|d['’]|du|vers|sur)|"
                            r"al\s+aproximarse\s+a|en\s+(?:plena\s+)?aproximación\s+a|durante\s+la\s+aproximación\s+a|"
                            r"(?:cuando\s+|quando\s+|alors\s+qu['’]il\s+|lorsqu['’]il\s+)?(?:se\s+aproximaba\s+(?:a|al)|"
                            r"se\s+aproximava\s+(?:de|do|da|ao)|s['’]approchait\s+(?:de|d['’]|du))|"
                            r"na\s+aproximação\s+(?:a|ao|de|do|para)|durante\s+a\s+aproximação\s+(?:a|ao|de|do|para))"
                            r"(?:\s+(?:pouso|aterrissagem|aterrizaje|atterrissage)\s+(?:em|no|na|en|à|a|al))?\s*"
                            + PREFIX + PLACE, re.IGNORECASE)),
    ("landed", lazy(r"\b(?P<cue>aterrizó|aterrizaron|atterri|s['’]est\s+posée?|pousou|aterrissou|aterrou)\s+"
                          r"(?:\w+\s+){0,2}?(?:en|à|em|no|na)\s+" + PREFIX + PLACE, re.IGNORECASE)),
    ("crash_site", RUNWAY_FIRST),
    ("crash_site", lazy(r"\b(?P<cue>se\s+estrelló|estrelló|despenhou-se|se\s+despenhou|despenhou|"
                              r"se\s+despeñó|despeñó|se\s+precipitó|cayó|s['’]est\s+écrasée?|"
                              r"écras\w+|abîmée?|caiu|se\s+chocó|restos|épave|débris|destroços|se\s+desplomó|"
                              r"desplomó|despencou|se\s+(?:desplomara|estrellara|precipitara|accidentara)|cayera|s['’]est\s+abîmée?|abattue?|derribad[oa]|abatid[oa]|"
                              r"se\s+partió|partiu-se|se\s+partiu|s['’]est\s+brisée?|se\s+accident[óo]|"
                              r"accidentad[oa]|sufrió\s+un\s+accidente|"
                              r"(?:a\s+percuté|a\s+heurté)(?![^.⟦]{0,40}?oiseau)|"  # (not a bird strike)
                              r"queda\s+d[eoa]\s+(?:um|uma|o|a)\s+(?:avião|avioneta|aeronave|ultraleve|helicóptero|"
                              r"aparelho|monomotor|bimotor|planador)|"
                              r"caída\s+de\s+(?:una?|la|el)\s+(?:avioneta|aeronave|avión|helicóptero|ultraligero|"
                              r"planeador))\b[^.⟦]{0,90}?"
                              r"\b(?:cerca\s+de|en|près\s+de|à|dans|perto\s+de|em|no|na|junto\s+a|non\s+loin\s+de|"
                              r"próximo\s+(?:a|de|do|da|al|del)|proche\s+de|au\s+large\s+de|al\s+largo\s+de|"
                              r"nas\s+proximidades\s+de|en\s+las\s+inmediaciones\s+de|aux\s+abords\s+de|"
                              r"(?:nos|nas)\s+arredores\s+de|en\s+los\s+alrededores\s+de|aux\s+environs\s+de|"
                              r"a\s+las\s+afueras\s+de|sur\s+les\s+hauteurs\s+(?:de|d['’])|au-dessus\s+(?:de|d['’])|"
                              r"sur|de|du|da|do|del)\s+" + PREFIX + PLACE, re.IGNORECASE)),
)
# "poco después de despegar del aeropuerto de X", "peu après avoir décollé de X": the origin, and
# where it came down when the sentence says it crashed.
TAKEOFF = lazy(
    r"\b(?P<cue>(?:poco|minutos|instantes|momentos|segundos|justo)\s+(?:después\s+de|tras)\s+(?:despegar|su\s+despegue|"
    r"haber\s+despegado)|tras\s+despegar|al\s+despegar|(?:pouco|logo|minutos|instantes)\s+(?:depois\s+de|após)\s+"
    r"(?:decolar|a\s+decolagem)|ao\s+decolar|(?:peu|juste|quelques\s+minutes)\s+après\s+(?:avoir\s+)?(?:décollé|"
    r"son\s+décollage|le\s+décollage)|mientras\s+despegaba|durante\s+el\s+despegue|enquanto\s+decolava|"
    r"durante\s+a\s+decolagem|pendant\s+le\s+décollage|lors\s+du\s+décollage)\s+(?:de|del|desde|do|da|d['’])\s*"
    + PREFIX + PLACE, re.IGNORECASE)
BEARINGS = {"norte": 0.0, "nord": 0.0, "noreste": 45.0, "nordeste": 45.0, "nord-est": 45.0, "este": 90.0,
            "est": 90.0, "leste": 90.0, "sureste": 135.0, "sudeste": 135.0, "sud-est": 135.0, "sur": 180.0,
            "sud": 180.0, "sul": 180.0, "suroeste": 225.0, "sudoeste": 225.0, "sud-ouest": 225.0,
            "oeste": 270.0, "ouest": 270.0, "noroeste": 315.0, "nord-ouest": 315.0,
            "oriente": 90.0, "occidente": 270.0, "poniente": 270.0}
# "une centaine de kilomètres", "unas decenas de": round numbers said in words; "quelques": a few.
ABOUT = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "quincena": 15, "quinzena": 15,
         "vingtaine": 20, "trentaine": 30, "quarantaine": 40, "cinquantaine": 50,
         "centaine": 100, "decena": 10, "veintena": 20, "treintena": 30, "cincuentena": 50,
         "centenar": 100, "dezena": 10, "vintena": 20, "trintena": 30, "cinquentena": 50, "centena": 100}
FEW = {"quelques": 3, "algunos": 3, "unos pocos": 3, "alguns": 3, "poucos": 3}
# (numbers said in words: "a ocho kilómetros al sur de X", "à cinq kilomètres", "a dez quilômetros")
WORDS = {w: n for n, words in ((1, "un una uno um uma une"), (2, "dos dois duas deux"), (3, "tres três trois"),
                               (4, "cuatro quatro quatre"), (5, "cinco cinq"), (6, "seis six"),
                               (7, "siete sete sept"), (8, "ocho oito huit"), (9, "nueve nove neuf"),
                               (10, "diez dez dix"), (12, "doce doze douze"), (15, "quince quinze"),
                               (20, "veinte vinte vingt"), (30, "treinta trinta trente"),
                               (40, "cuarenta quarenta quarante"), (50, "cincuenta cinquenta cinquante"),
                               (100, "cien cem cent")) for w in words.split()}
# An amount in figures or words: "15", "1.200", "une quinzaine de", "ocho"
_AMOUNT = (r"(?:(?P<num>\d+(?:[.,\s]\d{3})*(?:[.,]\d+)?)|(?:(?:une|unos|unas|uma|um|una)\s+(?P<about>"
           + "|".join(ABOUT) + r")\s+de|(?P<word>" + "|".join([*FEW, *WORDS]).replace(" ", r"\s+") + r")))")
DISTANCE = lazy(
    r"\b(?:a|à)\s+(?:unos\s+|unas\s+|environ\s+|cerca\s+de\s+|quelque\s+)?" + _AMOUNT + r"\s*"
    r"(?P<unit>km|kilómetros|kilomètres|quilômetros|quilómetros|"
    r"millas|milles|milhas)\s+(?:(?:al|ao|au|a|à\s+l['’])\s*(?P<dir>[a-zé-]+)\s+)?(?:de|d['’]|do|da|del)\s*"
    + PREFIX + PLACE,
    re.IGNORECASE,
)
# "à environ 15 km au sud de l'aéroport", "a unos 10 kilómetros de la pista"
ANAPHOR = lazy(
    r"\b(?:a|à)\s+(?:unos\s+|unas\s+|environ\s+|cerca\s+de\s+|quelque\s+|apenas\s+|seulement\s+)?"
    + _AMOUNT + r"\s*(?P<unit>km|kilómetros|kilomètres|quilômetros|quilómetros)\s+"
    r"(?:(?:al|au|a|à\s+l['’])\s*(?P<dir>[a-zé-]+)\s+)?(?:de|d['’]|do|da|del)\s*(?:l['’]|la\s+|el\s+|o\s+|a\s+)?"
    r"(?P<what>aéroport|aeropuerto|aeroporto|pista|piste|terminal|ville|ciudad|cidade)\b", re.IGNORECASE)
# A runway excursion or a crash on landing at the airport landed at: a crash site there ("não
# conseguiu parar na pista do Aeroporto de X", "se salió de la pista en X", "sortie de piste à X").
RUNWAY_EXCURSION = lazy(
    r"\b(?P<cue>não\s+conseguiu\s+parar|saiu\s+d[ae]\s+pista|sai\s+de\s+pista|"
    r"no\s+pudo\s+(?:frenar|detenerse)|sortie\s+de\s+piste|n['’]a\s+pas\s+pu\s+s['’]arrêter|"
    r"è\s+uscit[oa]\s+di\s+pista|a\s+dépassé\s+la\s+piste|est\s+sortie?\s+de\s+(?:la\s+)?piste|"
    r"a\s+fait\s+une\s+sortie\s+de\s+piste|derrapou\s+na\s+pista|se\s+sali[óo]\s+de\s+la\s+pista|"
    # a crash on landing: "s'est écrasé samedi à l'atterrissage à X", "se estrelló al aterrizar en X"
    r"(?:s['’]est\s+écrasée?|se\s+estrelló|se\s+accidentó|caiu|se\s+acidentou)\s+(?:\w+\s+){0,2}?"
    r"(?:à\s+l['’]atterrissage|lors\s+de\s+(?:son\s+|l['’])atterrissage|en\s+atterrissant|al\s+aterrizar|"
    r"durante\s+el\s+aterrizaje|ao\s+pousar|durante\s+o\s+pouso|no\s+pouso|na\s+aterrissagem))"
    r"\b[^.⟦]{0,40}?\b(?:na\s+pista\s+d[oa]|en\s+la\s+pista\s+de|en|em|no|na|"
    r"à|de|do|da|a)\s*" + PREFIX + PLACE, re.IGNORECASE)

TURN_BACK = lazy(
    r"\b(?:(?:fait|faire|faisant)\s+demi-tour|rebrouss\w+\s+chemin|revenue?\s+(?:à|vers)\s+(?:son\s+point\s+de\s+"
    r"départ|l['’]aéroport\s+de\s+départ)|(?:dio|dar|dieron|dando)\s+(?:la\s+)?(?:media\s+)?vuelta|"
    r"(?:regresó|volvió|retornó|regresar|volver|retornar|retornou|voltou|voltar|regressou|regressar)\s+(?:al\s+aeropuerto|"
    r"ao\s+aeroporto|a\s+su\s+(?:origen|punto\s+de\s+partida)|à\s+origem|a\s+la\s+terminal|al\s+aeródromo|"
    r"a\s+la\s+base)(?!\s+(?:de|do|da)\s+(?-i:[A-Z]))|"
    r"(?:fez|fazer|fazendo)\s+meia-volta)",
    re.IGNORECASE)

# "intentó regresar al aeropuerto", "tentou retornar", "a tenté de se poser": tried, not done
INTENDED = lazy(r"\b(?:intent(?:ó|aba|aron)|trat(?:ó|aba|ou)\s+de|tent(?:ou|ava|aram)|tentait\s+de|"
                      r"a\s+tenté\s+de|essay(?:ait|é|a)\s+de|quer[íi]a|voulait|pidi[óo]|pediu|a\s+demandé\s+(?:à|de)|"
                      r"solicit(?:ó|ou)|planeaba|planejava|prévoyait\s+de)\s+(?:\w+\s+){0,2}?$", re.IGNORECASE)

LANGUAGE = Language(
    name="romance",
    words=lazy(r"\b(?:de|del|desde|en|à|au|para|com|con|que|qui|est|el|la|le|los|les|do|da|um|una?|"
                     r"une)\b"),
    cues=(r"desde|depuis|reli|entre|procedente|proveniente|proced[íi]a|proven[íi]a|poser|partió|partiu-se|brisé|provenance|vindo|partió|despegó|salió|décoll|saiu|"
          r"decolou|partiu|rumbo|desvi|dérout|détourn|redirig|aterriz|atterri|pouso|aterrissa|estrell|precipit|"
          r"cayó|écras|abîm|caiu|restos|épave|débris|destroços|parar|pista|piste|frenar|detener|salir|despist|derrap|ruta|rota|"
          r"liaison|vuelo|voo|previsto|rendait|route\s+vers|départ|partance|direction|choc|despega|decola|descol|despenh|despeñ|regressava|regresaba|voltava|volvía|rentrait|posé|desplom|diverg|quil[oô]m|segu[ií]a|dirig|voava|volaba|devait|rejoindre|deb[ií]a|deveria|aterrizó|"
          r"pousou|aterrissou|aterrag|aterrou|queda|caída|arredores|abatt|derriba|abatid|approche|aproxima|(?:de|d['’])\s*(?:\w+\s+){0,2}⟦"),
    route_ends=(FROM_TO,),
    route_cue="de … a",
    roles=ROLES,
    crashy=lazy(r"estrell|caída\s+de|sali[óo]\s+de\s+la\s+pista|saiu\s+d[ae]\s+pista|sai\s+de\s+pista|sortie?\s+de\s+(?:la\s+)?piste|despenh|"
                      r"despeñ|precipit|abatt|derrib|abatid|se\s+partió|partiu-se|se\s+partiu|brisé|cayó|cay[oó]\s|écras|abîm|caiu|cair\b|caído|queda|chut|accident|siniestr|choc|"
                      r"tras\s+caer\b|al\s+caer\b|"  # ("tras caer la avioneta … a 30 km al sur de X")
                      r"colisi|colid|percut|desplom|schiant|incidente|restos|épave|débris|destroços|crash"),
    distance=DISTANCE,
    anaphor=ANAPHOR,
    anaphor_quick=lazy(r"a[ée]ro?port|aeropuerto|pista|piste|terminal|ville|ciudad|cidade"),
    numbers={**ABOUT, **FEW, **WORDS},
    bearings=BEARINGS,
    units={"millas": 1.609344, "milles": 1.609344, "milhas": 1.609344},
    takeoff=TAKEOFF,
    runway_excursion=RUNWAY_EXCURSION,
    returns=r"regres|volvi|retorn|voltou|est\s+revenu|a\s+fait\s+demi",
    airports=r"a[ée]ro?port|aeropuerto|a[ée]r[oó]drom|pista|piste|terminal|altiport|altisurface|hydrobase",
    # ("se salió de la pista", "cerca del aeropuerto": at the airport the sentence's flight was leaving or
    # landing at)
    near_airport=(r"\b(?:se\s+sali[óo]\s+de\s+la\s+pista|saiu\s+da\s+pista|sortie?\s+de\s+(?:la\s+)?piste|"
                  r"(?:cerca|cercan[oa]|pr[oó]xim[oa]|perto|près|proche|non\s+loin|aux\s+abords|junto)\s+"
                  r"(?:del?|al|do|da|ao|à|a|du|de\s+l['’])\s*(?:l['’])?(?:aeropuerto|aeroporto|aéroport|pista|piste))\b"),
    takeoffs=r"décoll|despeg|decol",
    turn_back=TURN_BACK,
    intended=INTENDED,
)
