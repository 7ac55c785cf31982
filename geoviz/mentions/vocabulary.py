"""Word lists: what may join, follow or precede a place name, and what is no place."""

from __future__ import annotations

CONNECTORS = frozenset(
    """of de del della di da do dos das la las los le les du des el al es upon on am sur en y and the i""".split()
)
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
    luchthaven vliegveld bandara lapangan terbang antarabangsa fliegerhorst nähe nahe gegend umgebung höhe mitte
    luft nacht""".split()
)


# Capitalised words after a name that make the whole a smaller feature elsewhere ("St. Peter's
# Square", "Islington Bay"); when the gazetteer knows the whole, it matched first.
FEATURE_AFTER = frozenset(
    """square street road avenue boulevard lane parish bay bridge station park plaza hotel mall
    stadium cathedral church palace tower hall market gardens northwest northeast southwest southeast
    river creek canal gorge strait peninsula""".split()
)


# Capitalised words after a city that make it part of a longer place's name or say what it is.
PLACE_WORDS = frozenset(
    """airport international intercontinental national regional municipal field airfield airbase base
    city county province region oblast district state prefecture governorate island islands bay port
    harbour harbor river lake sea coast valley mountains hills peninsula strait gulf canal station
    bridge centre center area metropolitan metro downtown old new upper lower greater north south east
    west northern southern eastern western central oblast krai kray okrug territory first nation reserve township
    havalimanı havaalanı flughafen flugplatz aeropuerto aeroporto aéroport luchthaven bandara
    antarabangsa""".split()
)


# The kind of place before its name, capitalised in a headline or a title ("Jatuh di Perairan Bulukumba",
# "Polis Daerah Muar"): no first name before a surname
PLACE_KINDS_BEFORE = frozenset("""perairan kota kabupaten desa kampung pulau kepulauan bandara daerah kecamatan
    distrik provinsi teluk selat gunung bandar negeri wilayah kawasan""".split())


FUNCTION_WORDS = frozenset("""a an the this that these those in on at of to for from by with and or but
    into onto near over under across after before during since as when where while its their his her
    our is was are were""".split())


# The abbreviations news agencies write after a town for US states and Canadian provinces ("Salem,
# Ore.", "Kingston, Ont."): abbreviation (without its last dot) -> the division's name and country.
STATE_ABBREVIATIONS = {
    **{a: (n, "US") for a, n in (
        ("Ala", "Alabama"), ("Ariz", "Arizona"), ("Ark", "Arkansas"), ("Calif", "California"),
        ("Colo", "Colorado"), ("Conn", "Connecticut"), ("Del", "Delaware"), ("Fla", "Florida"),
        ("Ga", "Georgia"), ("Ill", "Illinois"), ("Ind", "Indiana"), ("Kan", "Kansas"), ("Kans", "Kansas"),
        ("Ky", "Kentucky"), ("La", "Louisiana"), ("Md", "Maryland"), ("Mass", "Massachusetts"),
        ("Mich", "Michigan"), ("Minn", "Minnesota"), ("Miss", "Mississippi"), ("Mo", "Missouri"),
        ("Mont", "Montana"), ("Neb", "Nebraska"), ("Nebr", "Nebraska"), ("Nev", "Nevada"),
        ("N.H", "New Hampshire"), ("N.J", "New Jersey"), ("N.M", "New Mexico"), ("N.Y", "New York"),
        ("N.C", "North Carolina"), ("N.D", "North Dakota"), ("Okla", "Oklahoma"), ("Ore", "Oregon"),
        ("Pa", "Pennsylvania"), ("R.I", "Rhode Island"), ("S.C", "South Carolina"), ("S.D", "South Dakota"),
        ("Tenn", "Tennessee"), ("Tex", "Texas"), ("Vt", "Vermont"), ("Va", "Virginia"), ("Wash", "Washington"),
        ("W.Va", "West Virginia"), ("Wis", "Wisconsin"), ("Wyo", "Wyoming"))},
    **{a: (n, "CA") for a, n in (
        ("Ont", "Ontario"), ("Que", "Quebec"), ("Man", "Manitoba"), ("Sask", "Saskatchewan"), ("Alta", "Alberta"),
        ("B.C", "British Columbia"), ("N.S", "Nova Scotia"), ("N.B", "New Brunswick"),
        ("Nfld", "Newfoundland and Labrador"), ("P.E.I", "Prince Edward Island"))},
}
