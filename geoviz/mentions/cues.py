"""What the words around a name say about it: airports, airlines, articles, routes, flights."""

from __future__ import annotations

import re

# The second end of a route: "between Campinas and X", "entre Québec et X"
SECOND_END = (r"\b(?:between|entre|zwischen|tussen)\s+(?:(?-i:[A-Z])[\w'’.-]*\s+){1,3}(?:and|e|y|et|und|en)\s+|"
              # ("da Palermo a Pantelleria", "de Lisboa a Faro": a route's second end after "a")
              r"\b(?:da|de|desde|dal|dalla|dall['’])\s+(?:(?-i:[A-Z])[\w'’.-]*\s+){1,3}a\s+")
LOCATIVE = re.compile(
    r"(?:\b(?:in|near|at|from|to|into|over|outside|towards?|across|around|via|off|out\s+of|en|em|no|na|desde|hacia|para|"
    r"à|au|aux|vers|cerca\s+de|près\s+de|perto\s+de|pr[oó]ximo\s+(?:a|de)|junto\s+a|non\s+loin\s+de|"
    r"(?:nos|nas)\s+arredores\s+de|(?:en\s+)?(?:los\s+)?alrededores\s+de|(?:aux\s+)?environs\s+de|"
    # ("au large de Beaulieu-sur-Mer", "sur les hauteurs de Cilaos", "au-dessus de Saint-Lary-Soulan")
    r"au\s+large\s+(?:de|d['’])|al\s+largo\s+de|ao\s+largo\s+de|sur\s+les\s+hauteurs\s+(?:de|d['’])|"
    r"au-dessus\s+(?:de|d['’])|sur\s+le\s+territoire\s+(?:de|d['’])|"
    r"(?:nas\s+)?(?:imediações|proximidades)\s+de|(?:en\s+las\s+)?inmediaciones\s+de|"
    r"vicino\s+a|nei\s+pressi\s+di|presso|nach|bei|im|vom|von|aus|nahe|bij|nabij|in\s+de\s+buurt\s+van|naar|vanuit|vanaf|"
    r"w\s+pobliżu|pod|koło|niedaleko|w|we|z|ze|od|nad|przy|obok|(?:w\s+)?okolicach|w\s+rejonie|do|"
    # Norwegian, Swedish, Danish: "fra Bodø", "till Luleå", "ved Voss", "utanför Sala", "vest for Rønne"
    r"fra|från|frå|til|till|på|ved|vid|nær|nära|utenfor|utanför|udenfor|ud\s+for|mot|mod|i|"
    r"(?:nord|norr|nordøst|nordost|øst|öst|öster|sørøst|sydøst|sydost|sør|syd|söder|sørvest|sydvest|sydväst|vest|väst|"
    r"väster|nordvest|nordväst)\s+(?:for|om)|"
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
    # Indonesian and Malay: "sekitar 10 kilometer timur Bulukumba", "kira-kira 12 km ke timur bandar Muar"
    r"\b\d+(?:[.,]\d+)?\s*(?:km|kilometer|kilometre)\s+(?:ke\s+|arah\s+|di\s+sebelah\s+|sebelah\s+)?"
    r"(?:timur\s+laut|barat\s+daya|barat\s+laut|utara|timur|tenggara|selatan|barat)\s+(?:dari\s+)?"
    r"(?:kota\s+|bandar\s+|desa\s+|kampung\s+)?$|"
    # Turkish: a town's district after the town in the genitive, "Malatya'nın Akçadağ ilçesi"
    r"\b[A-ZÇĞİÖŞÜ][\wçğıöşü]*['’]n?[ıiuü]n\s+$|"
    # where a flight left or reached: "had left Albury", "reaching Lukla"
    r"\b(?:left|leaving|departed|departing|reached|reaching|approached|approaching|overflew|"
    r"reli(?:ait|ant|e|era)|un[ií]a|ligava)\s+(?:the\s+)?$|"  # ("reliait Kuujjuaq à Salluit")
    # where a flight set off for: "departed for", "bound for"
    r"\b(?:bound|depart\w*|left|leav\w*|head\w*|destined|flights?|set\s+off|took\s+off|taking\s+off)\s+for\s+"
    r"(?:the\s+)?$|" + SECOND_END + r"$|"
    # "took off from Pokhara at 9:55am for Jomsom", "departed Goose Bay, Labrador, for Iqaluit"
    # ("departed Jacksons International Airport in Port Moresby for Kokoda", "left X on Sunday morning for")
    r"\b(?:from|departed|left|leaving)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,5}"
    r"(?:,\s+(?-i:[A-Z])[\w'’-]+,|\s+(?:in|on|at)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)?"
    r"(?:\s+at\s+[\w:.]+(?:\s*[ap]\.?m\.?)?|\s+on\s+\w+day(?:\s+(?:morning|afternoon|evening|night))?)?\s+for\s+$|"
    # Indonesian: "20 kilometer arah barat laut X"
    r"\b(?:km|kilometer)\s+(?:di\s+|arah\s+)?(?:sebelah\s+)?(?:timur\s+laut|barat\s+daya|barat\s+laut|utara|timur|"
    r"tenggara|selatan|barat)\s+(?:dari\s+)?$|"
    # a distance from it: "12 km west of", "à une dizaine de kilomètres de", "a 5 km de", "в 3 км от"
    r"(?:\b|(?<=\d))(?:km|kms|kilomet\w*|kilomèt\w*|kilómet\w*|quil[ôó]met\w*|miles?|milles|millas|milhas|км|"
    r"километр\w*)\s+"
    r"(?:(?:to\s+the\s+)?[\w-]+\s+)?(?:(?:au|al|ao|a|à|ten)\s+(?:l['’])?[\w-]+\s+)?(?:of|from|de|du|del|do|da|von|van|от|"
    r"for|om|fra|från)\s+"
    r"(?:the\s+|l['’])?$)",
    re.IGNORECASE,
)
# ("Northern Iraq", "Eastern China" describe a part of the country; "East", "West" name provinces)
COMPASS_BEFORE = re.compile(r"\b(?:East|West|North|South)[ \t]+$")
AIRPORT_AFTER = re.compile(r"[ \t]+(?:international[ \t]+)?(?:airport|air[ \t]?base|air[ \t]+force[ \t]+base|"
                            r"air[ \t]+station|airfield|aerodrome|airstrip|"
                            r"havalimanı|havaalanı|lufthavn|lufthamn|flyplass|flygplats|flyveplads)(?![^\W'’])",
                            re.IGNORECASE)
AIRPORT_BEFORE = re.compile(r"\b(?:airport|aeroporto|aeropuerto|aéroport|aeroport|a[ée]r[oó]drome?|aeródromo|"
                             # (a mountain airfield, a helicopter's or a seaplane's: "l'altiport de Courchevel")
                             r"altiport|altisurface|h[ée]liport|h[ée]listation|hydrobase|helipuerto|heliporto|"
                             r"base\s+a[ée]r(?:ienne|ea)|aeroparque|"
                             r"Flughafen|Flugplatz|Verkehrslandeplatz|Sonderlandeplatz|luchthaven|"
                             r"vliegveld|vliegbasis|zweefvliegveld|Fliegerhorst|Militärflugplatz|Bandara|"
                             r"Bandar\s+Udara|Lapangan\s+Terbang|аэропорт(?:а|у|ом)?|аэродром(?:а|у|е|ом)?|lotnisk(?:o|a|u|iem))\s+(?:internacional|international|internazionale|internasional|antarabangsa)?\s*"
                             r"(?:(?:of|de|di|do|da|dos|das|du|des|del|della|dello|d['’]|w|we)\s*)?$|"
                             # ("the aerodrome on Inis Mór", "the airstrip at Kokoda"; not "Perth Airport at Scone")
                             r"\b(?:aerodrome|airstrip|airfield)\s+(?:on|at)\s+$", re.IGNORECASE)
# (searched in the lower-cased text: much faster than IGNORECASE)
# The airport's own name, then its town's: "dall'aeroporto "Gianni Caproni" di X", "del aeropuerto Jorge
# Chávez de X" (the town stands where it is: its airport is found from it)
NAMED_AIRPORT_BEFORE = re.compile(r"\b(?:aeroporto|aeropuerto|aéroport)\s+(?:[\"«“]?[A-Z][\w’'-]+[\"»”]?\s+){1,3}"
                                  r"(?:de|di|do|da|del|della|d['’])\s*$")
AIRPORT_QUICK = re.compile(r"airport|aeropuerto|aeroporto|a[ée]roport|a[ée]r[oó]drom|air\s?base|air\s+force|"
                            r"altiport|altisurface|h[ée]li(?:port|station|puerto)|hydrobase|"
                            r"base\s+a[ée]r|"
                            r"aeroparque|havaliman|havaalan|"
                            r"flughafen|flugplatz|luchthaven|vliegveld|bandara|lapangan\s+terbang|lotnisk|"
                            r"lufthavn|lufthamn|flyplass|flygplats|flyveplads")
AIRPORT_SUFFIX = re.compile(r"\s+(?:International\s+)?(?:Airport|Airfield|Havalimanı|Havaalanı)$")
AIRLINE_AFTER = re.compile(r"[ \t]+(?:flights?|jets?|airliners?|pilots?|crew|Boeing|Airbus|Embraer|Bombardier|"
                            r"Connection|Shuttle)\b")
# "a Black Hawk helicopter", "an Apache gunship": an aircraft type named like a town
AIRCRAFT_AFTER = re.compile(r"[ \t]+(?:helicopters?|gunships?|choppers?|aircraft|airplanes?|planes?|jets?|"
                             r"fighters?|bombers?|drones?)\b", re.IGNORECASE)
MODEL_NUMBER_AFTER = re.compile(r"[ \t-]+\d{1,4}[A-Z]{0,2}\b(?![ \t]*(?:%|km|mi\b|miles|kilomet|nautical|feet|ft\b|"
                                 r"met(?:er|re)s|people|dead|passengers|minutes|min\b|hours|seconds|days|weeks|"
                                 r"months|years|times|knots))")
ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|its|le|la|un|une|el|o|um|uma|il|der|die|das|ein|eine)[ \t]+$",
                             re.IGNORECASE)
COUNTY_AFTER = re.compile(r"[ \t]+County\b")
# A German or Dutch article before a capitalised word: a noun ("der Stadt", "dem Flughafen"), not a first name
# (and a contracted one: "am Verkehrslandeplatz Speyer")
NOUN_ARTICLE_BEFORE = re.compile(r"\b(?:der|die|das|dem|den|des|het|am|im|vom|zum|zur|beim)[ \t]+$")
# Words that take a town, not a division: "near X", "north-east of X"
POINT_BEFORE = re.compile(r"\b(?:near|outside|close\s+to|(?:north|south)(?:-?(?:east|west))?\s+of|(?:east|west)\s+of|"
                           r"nahe|bei|près\s+de|cerca\s+de|perto\s+de|vicino\s+a)[ \t]+$", re.IGNORECASE)
GERMAN_ARTICLE_BEFORE = re.compile(r"\b(?:ein|eine|einen|einem|einer|eines|kein|keine|keinen|keinem)[ \t]+$")
OWNER_BEFORE = re.compile(r"\b([A-ZÀ-ÞŁŚŻ][^\W\d_A-Z]+)['’]s[ \t]+$")  # ("Medellín's", "Kraków's")
AIRPORT_WORD = re.compile(r"\b(?:airport|international|airfield|aerodrome|field|bandara|lapangan\s+terbang|havalimanı|"
                          r"havaalanı|aeropuerto|aeroporto|aéroport|flughafen|luchthaven)\b", re.I)
INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")
WORD_BEFORE_DOT = re.compile(r"([A-Z][a-z]+)\.?[ \t]+$")
WORD_AFTER = re.compile(r"[ \t]+([A-Za-zА-Яа-яЁё][\w'’]*)")
CAP_BEFORE = re.compile(r"([A-Z][\w]*)[ \t]+$")
NO_WORDS = re.compile(r"[\W\d]*")
DATELINE_AFTER = re.compile(r"\s*(?:,|\(|[-–—])")
CAP_AFTER = re.compile(r"[ \t]+[A-ZА-ЯЁ][a-zа-яё]")
NAME_BEFORE = re.compile(r"([A-ZА-ЯЁ][a-zа-яё]+)[ \t]+$")
COMMA_AFTER = re.compile(r"\s*,")
# "the village of X", "la localidad de X": the text says a settlement is called so
SETTLEMENT_BEFORE = re.compile(r"\b(?:village|town|settlement|hamlet|township|city|aldeia|vila|localidad|pueblo|"
                               r"municipio|commune|localité|località|paese|comune|frazione|Ortschaft|Dorf|"
                               r"Gemeinde|dorp|gemeente|plaats|desa|kampung)\s+(?:of|de|d['’]|di|do|da|von|van)\s+$",
                               re.IGNORECASE)
QUALIFIED = re.compile(r"\s*(?:,|\()\s*[A-Z]")
# Words that make the place after them a flight's far end, not a place "of" something
FLIGHT_END_BEFORE = re.compile(r"(?:\b(?:from|to|for|nach|vers|hacia|para|desde|naar|menuju|ke)\s+(?:the\s+)?|"
                                r"\bиз\s+[\w-]+\s+(?:в|во)\s+)$", re.IGNORECASE)
# A flight's end: "from X", "bound for X", "to X", "via X", "de X", "nach X"
BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
ROUTE_BEFORE = re.compile(r"(?:\b(?:from|to|for|via|between|de|desde|à|para|nach|von|naar|van|из|do|da|del|du|dal|"
                           r"dalla|ao|al|"
                           r"au|vers|hacia|verso|(?:destino|rumbo|diretto|diretta)\s+a|destination\s+de|"
                           r"ke|menuju|dari|tujuan)\s+(?:the\s+|o\s+|el\s+|la\s+|le\s+|il\s+)?|"
                           r"\bdall['’]|\bиз\s+[\w-]+\s+(?:в|во)\s+|"  # ("из Москвы в X")
                           + SECOND_END + r")$", re.IGNORECASE)
# A sentence about flying, where a code after "to" is an airport's ("reported to USDA" is not).
FLIGHT_CONTEXT = re.compile(r"\b(?:flights?|flew|fly|flying|flown|depart\w*|divert\w*|bound|land\w*|took\s+off|"
                             r"aircraft|plane|jet|airliner|route|runway|arriv\w*|crash\w*|helicopter|"
                             r"Airbus|Boeing|Embraer|Antonov|Tupolev|Ilyushin|Sukhoi|Bombardier|Fokker|Cessna|ATR|"
                             # (in the other languages read: aircraft, flight, route, take-off, landing)
                             r"avi[ãaó]o|avión|avion|aereo|aeronave|vuelo|voo|vol|volo|rota|ruta|liaison|Flug\w*|"
                             r"Maschine|vlucht|toestel|pesawat|penerbangan|decol\w*|despeg\w*|décoll\w*|decoll\w*|"
                             r"aterr\w*|atterr\w*|pous\w*|gelandet|landete|самол[её]т\w*|рейс\w*|hélicoptère|"
                             r"helicóptero|elicottero|Hubschrauber|écras\w*|estrell\w*|schiant\w*|abgestürzt)\b",
                             re.IGNORECASE)
