"""Whole route readings on short reports the project writes, in several styles and languages,
against the real offline gazetteer: each role where the text puts it, and nothing it does not state."""

import math

import pytest

from geoviz.model import Source
from geoviz.pipeline import build_map


def km(a, b):
    (lat1, lon1), (lat2, lon2) = a, b
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def points(text: str) -> dict[str, tuple[float, float]]:
    incident = build_map([Source("r.txt", "r.txt", text)])
    return {f.role: (f.geometry.y, f.geometry.x) for f in incident.features
            if f.role in ("origin", "destination", "diversion", "crash_site")}


CASES = [
    # a collision on approach, ending in a river by the destination airport
    ("A regional jet carrying 40 people from Omaha, Nebraska, collided with a small plane as it approached "
     "Ronald Reagan Washington National Airport, sending both aircraft into the Potomac River.",
     {"origin": (41.26, -95.94), "destination": (38.85, -77.04), "crash_site": (38.86, -77.04)}),
    # a turn-back that was only asked for is not a diversion
    ("The airliner bound for Nairobi crashed near Bishoftu minutes after leaving Addis Ababa. The captain had "
     "asked to return to Addis Ababa.",
     {"origin": (8.98, 38.80), "destination": (-1.32, 36.93), "crash_site": (8.75, 38.98)}),
    # a ground collision while landing: the crash site is the airport
    ("The jet burst into flames after colliding with a fuel truck while landing at Narita International "
     "Airport, after a flight from Manila.",
     {"origin": (14.51, 121.02), "destination": (35.76, 140.39), "crash_site": (35.76, 140.39)}),
    # Spanish: the named town, not the city the distance is measured from
    ("Un avión que volaba de Cascavel a Guarulhos se estrelló en Vinhedo, a unos 80 kilómetros de São Paulo.",
     {"origin": (-25.0, -53.5), "destination": (-23.44, -46.47), "crash_site": (-23.03, -46.98)}),
    # French: a few kilometres from an airport
    ("L'avion, qui reliait Katmandou à Pokhara, s'est écrasé dimanche à quelques kilomètres de l'aéroport "
     "de Pokhara.",
     {"origin": (27.70, 85.36), "destination": (28.20, 83.98), "crash_site": (28.20, 83.98)}),
    # German
    ("Die Maschine auf dem Weg von Frankfurt nach Singapur wurde wegen eines Notfalls nach Istanbul umgeleitet.",
     {"origin": (50.03, 8.54), "destination": (1.35, 103.99), "diversion": (41.1, 28.9, 45)}),  # (any of
    # Istanbul's three airports: the text does not say which)
    # German: the take-off place
    ("Die Maschine stürzte kurz nach dem Start in Hannover bei Celle ab.",
     {"origin": (52.46, 9.69), "crash_site": (52.62, 10.08)}),
    # Italian
    ("Il volo partito da Torino e diretto a Monaco di Baviera è precipitato vicino a Bolzano.",
     {"origin": (45.2, 7.65), "destination": (48.35, 11.79), "crash_site": (46.5, 11.35)}),
    ("L'aereo in volo da Roma a Palermo è stato dirottato su Napoli.",
     {"origin": (41.8, 12.25), "destination": (38.18, 13.1), "diversion": (40.88, 14.29)}),
    # Portuguese: a runway overrun at the airport landed at
    ("O avião vindo de Recife não conseguiu parar na pista do Aeroporto de Fortaleza.",
     {"origin": (-8.13, -34.92), "destination": (-3.78, -38.53), "crash_site": (-3.78, -38.53)}),
    # a shoot-down over a strait
    ("An Airbus flying from Bandar Abbas to Dubai was shot down over the Strait of Hormuz.",
     {"origin": (27.22, 56.38), "destination": (25.25, 55.36), "crash_site": (26.57, 56.25)}),
    # an overshoot at the airport landed at; an aircraft type "from X"; where it was landing is where
    # it was bound (as the evaluation's ground truth has it)
    ("An Air India Express jet arriving from Dubai overshot the runway at Kozhikode airport and plunged "
     "into a valley.", {"origin": (25.25, 55.36), "destination": (11.14, 75.96), "crash_site": (11.14, 75.96)}),
    ("A Dash 8 from Dhaka crash-landed at Kathmandu's Tribhuvan International Airport.",
     {"origin": (23.84, 90.40), "destination": (27.70, 85.36), "crash_site": (27.70, 85.36)}),
    # a province named after a country is not the country
    ("The helicopter heading to Tabriz crashed in mountains in East Azerbaijan province.",
     {"destination": (38.13, 46.23), "crash_site": (37.85, 46.77)}),
    # a crash soon after take-off, placed by the town named after the airport
    ("An airliner bound for Kyiv crashed minutes after takeoff from Tehran's Imam Khomeini airport, near "
     "the town of Parand.", {"origin": (35.42, 51.15), "destination": (50.34, 30.89), "crash_site": (35.47, 50.98)}),
    # an airport named before the word "airport", whose bare name is a town far away
    ("A cargo jet flying from Hong Kong to Istanbul crashed near Bishkek's Manas airport while trying to "
     "land in fog.", {"origin": (22.31, 113.92), "destination": (41.1, 28.9, 45), "crash_site": (43.06, 74.48)}),
    # an emergency landing back at the origin is a return; "from X airport for Y"
    ("An A380 bound for Sydney made an emergency landing back in Singapore after an engine exploded "
     "shortly after departure from Changi.",
     {"origin": (1.35, 103.99), "destination": (-33.95, 151.18), "diversion": (1.35, 103.99)}),
    ("A Superjet that had just taken off from Moscow's Sheremetyevo airport for Murmansk was struck by "
     "lightning.", {"origin": (55.97, 37.41), "destination": (68.78, 32.75)}),
    # a return is to where the flight took off
    ("An airliner bound for Ontario, California, returned to Portland International Airport when a door "
     "plug blew out.",
     {"origin": (45.59, -122.6), "destination": (34.06, -117.6), "diversion": (45.59, -122.6)}),
    # a country in an airline's name still names the country elsewhere
    ("A Singapore Airlines flight from London to Singapore was diverted to Bangkok after severe turbulence.",
     {"origin": (51.47, -0.46), "destination": (1.35, 103.99), "diversion": (13.69, 100.75)}),
    # an airport by a word of its name; "left X for Y"
    ("Flight 321 left Heathrow for Singapore on Monday.", {"origin": (51.47, -0.46), "destination": (1.35, 103.99)}),
    ("The turboprop had just left Taipei's Songshan airport for the outlying island of Kinmen.",
     {"origin": (25.07, 121.55), "destination": (24.43, 118.36)}),
    # "X's Y airport" is Y's airport; "the capital" is the capital named before
    ("An An-148 crashed minutes after taking off from Moscow's Domodedovo airport. It was bound for Orsk and "
     "came down about 80 km southeast of the capital.",
     {"origin": (55.41, 37.91), "destination": (51.07, 58.6), "crash_site": (55.33, 38.64)}),
    # places described by words before them; a landing attempt names the destination
    ("The Boeing had been flying from the Aegean coastal city of Izmir when it crashed while trying to land "
     "in bad weather at Ankara's Esenboga airport.",
     {"origin": (38.29, 27.16), "destination": (40.13, 32.99), "crash_site": (40.13, 32.99)}),
    ("A Boeing 737 left the Red Sea resort of Sharm el-Sheikh for St Petersburg.",
     {"origin": (27.98, 34.39), "destination": (59.8, 30.26)}),
    # a route named by its ends, in Spanish and French; "Las Palmas" is the city, not the province
    ("El avión que cubría la ruta Madrid-Las Palmas se estrelló al despegar del aeropuerto de Barajas.",
     {"origin": (40.49, -3.57), "destination": (27.93, -15.39), "crash_site": (40.49, -3.57)}),
    ("Un Airbus qui assurait la liaison Sanaa-Moroni s'est abîmé en mer au large de la Grande Comore.",
     {"origin": (15.48, 44.22), "destination": (-11.53, 43.27), "crash_site": (-11.36, 43.36)}),
    # "Durango" is Victoria de Durango, not the state; an airport named after someone, "de X"
    ("Un Embraer de Aeroméxico que tenía como destino la Ciudad de México se desplomó poco después de "
     "despegar del aeropuerto Guadalupe Victoria de Durango.",
     {"origin": (24.12, -104.53), "destination": (19.44, -99.07), "crash_site": (24.12, -104.53)}),
    # a crash verb far from its place
    ("O avião que fazia o voo entre Cascavel e Guarulhos caiu na tarde desta sexta-feira (9) em um "
     "condomínio residencial do município de Vinhedo.",
     {"origin": (-25.0, -53.5), "destination": (-23.44, -46.47), "crash_site": (-23.03, -46.98)}),
    # a name GeoNames writes as one word; people going home are not a turn-back
    ("The jet was on its way to Pangkal Pinang when it crashed into the Java Sea. Twenty passengers were on "
     "board, returning to Pangkal Pinang after a weekend in the capital.",
     {"destination": (-2.16, 106.14), "crash_site": (-5.13, 111.94)}),
    # German word order: an adjective before the place, the participle last; an airfield named as such
    ("Ein Airbus der Condor auf dem Weg von Frankfurt nach Cancún musste im kanadischen Gander zwischenlanden.",
     {"origin": (50.03, 8.54), "destination": (21.04, -86.88), "diversion": (48.94, -54.57)}),
    ("Die Cessna war kurz nach dem Start vom Flugplatz Egelsbach in einem Waldstück bei Langen abgestürzt und "
     "in Brand geraten. Sie sollte nach Speyer fliegen.",
     {"origin": (49.96, 8.65), "destination": (49.3, 8.45), "crash_site": (49.99, 8.67)}),
    # French: "à destination du", a sea named in French, "the airport" it had just left
    ("Un Boeing 737, qui venait de décoller de Charm el-Cheikh à destination du Caire, s'est abîmé en mer "
     "Rouge. Des débris ont été repérés à environ 15 km au sud de l'aéroport.",
     {"origin": (27.98, 34.4), "destination": (30.12, 31.41), "crash_site": (27.84, 34.4)}),
    # "Bari" is the city, not its province; debris falling on a town is not a crash site there
    ("PALERMO, Italy - A Tuninter ATR 72 flying from Bari to the Tunisian island of Djerba ditched in the sea. "
     "The crew diverted towards Palermo but ditched about 23 nautical miles northeast of Palermo.",
     {"origin": (41.14, 16.76), "destination": (33.88, 10.78), "diversion": (38.18, 13.1),
      "crash_site": (38.39, 13.71)}),
    ("A Boeing 777 bound for Honolulu returned to Denver. The jet landed safely. Pieces of the engine cowling "
     "crashed through the roof of a house in Broomfield.",
     {"origin": (39.86, -104.67), "destination": (21.32, -157.92), "diversion": (39.86, -104.67)}),
    # an airport with two names ("John Wayne/Orange County Airport")
    ("The helicopter had taken off from John Wayne Airport and was heading to Camarillo when it crashed in "
     "Calabasas.", {"origin": (33.68, -117.87), "destination": (34.21, -119.09), "crash_site": (34.16, -118.64)}),
    # a hamlet called Miami in a story naming Texas is not the Miami a flight leaves; "George Bush" is an
    # airport's name, not a town called George
    ("A Boeing 767 flying from Miami to Houston crashed into Trinity Bay near the town of Anahuac, about 30 "
     "miles east of George Bush Intercontinental Airport. Chambers County officials and Texas police said the "
     "FBI would help.",
     {"origin": (25.8, -80.29), "destination": (29.98, -95.34), "crash_site": (29.77, -94.68)}),
    # a village the distance describes, not the city it lies near
    ("Commuter plane crashes into house near Buffalo.\n\n"
     "A Continental Connection plane flying from Newark, New Jersey, crashed into a house in Clarence Center on "
     "Thursday night, about five miles from Buffalo Niagara International Airport. It had been headed for "
     "Buffalo.", {"origin": (40.69, -74.17), "destination": (42.94, -78.73), "crash_site": (43.01, -78.64, 3)}),
    # "Nice" is a word, and a city where the text puts a flight; "s'est posé en urgence"
    ("Un Airbus A320 d'Air France reliant Paris à Nice s'est posé en urgence dimanche à l'aéroport de "
     "Lyon-Saint-Exupéry.", {"origin": (49.01, 2.55), "destination": (43.66, 7.22), "diversion": (45.73, 5.09)}),
    ("Un Airbus de LATAM que cubría la ruta Lima-Juliaca chocó contra un camión de bomberos mientras despegaba "
     "del aeropuerto internacional Jorge Chávez.",
     {"origin": (-12.02, -77.11), "destination": (-15.47, -70.16), "crash_site": (-12.02, -77.11)}),
    # the airport a source names is the city's ("landed at Washington-Dulles")
    ("Der Lufthansa-Flug von Austin nach Frankfurt musste in Washington zwischenlanden. Die Maschine landete "
     "sicher auf dem Flughafen Washington-Dulles.",
     {"origin": (30.19, -97.67), "destination": (50.03, 8.54), "diversion": (38.95, -77.46)}),
    # a crash dated by its take-off is placed by the town the text names; a previous crash names nothing
    ("An airliner bound for Nairobi crashed six minutes after taking off from Addis Ababa. It came down near the "
     "town of Bishoftu, about 62 km southeast of the capital. In October, a Lion Air jet crashed into the Java "
     "Sea shortly after taking off from Jakarta.",
     {"origin": (8.98, 38.8), "destination": (-1.32, 36.93), "crash_site": (8.75, 38.98)}),
    ("An Air Canada Airbus arriving from Toronto struck power lines and hit the ground about 335 metres short of "
     "the runway at Halifax Stanfield International Airport.",
     {"origin": (43.68, -79.63), "destination": (44.88, -63.51), "crash_site": (44.88, -63.51)}),
    ("A Garuda Boeing 737 flying from Mataram on Lombok to Yogyakarta ditched in a river near Surakarta.",
     {"origin": (-8.76, 116.28), "destination": (-7.79, 110.43), "crash_site": (-7.57, 110.82)}),
    ("Twelve people were hurt when a Qatar Airways flight from Doha to Dublin hit turbulence. Last week a "
     "Singapore Airlines flight from London hit severe turbulence and diverted to Bangkok.",
     {"origin": (25.27, 51.61), "destination": (53.42, -6.27)}),
    # a distance places a crash within the sea it names
    ("A Tu-154 flying from Tel Aviv to Novosibirsk plunged into the Black Sea on Thursday, about 200 km west "
     "of the Russian resort of Sochi.",
     {"origin": (32.01, 34.89), "destination": (55.01, 82.65), "crash_site": (43.57, 37.27, 30)}),
    # Russian: names in any case ("из Москвы", "в Грозном"), "рейс X — Y", "совершил аварийную посадку в
    # районе X", distances "в трёх километрах от X"; a drone attack is a related event, not the crash
    ("Самолёт, выполнявший рейс Баку — Грозный, совершил аварийную посадку в районе Актау и потерпел "
     "крушение в трёх километрах от города. Ранее он ушёл на запасной аэродром из-за тумана в Грозном.",
     {"origin": (40.47, 50.05), "destination": (43.39, 45.7), "diversion": (43.86, 51.09),
      "crash_site": (43.66, 51.17)}),  # (3 km from the city, as said: its centre, with a 3 km halo)
    ("Самолёт Ан-148, следовавший из Москвы в Орск, разбился в 80 километрах к юго-востоку от Москвы.",
     {"origin": (55.97, 37.41), "destination": (51.07, 58.6), "crash_site": (55.33, 38.64)}),
    ("Самолёт вылетел из Екатеринбурга и направлялся в Симферополь, но вернулся в Екатеринбург.",
     {"origin": (56.74, 60.8), "destination": (45.05, 33.98), "diversion": (56.74, 60.8)}),
    # a landing in more words: "while landing in heavy rain at", "as it tried to land at", "crash-landed and
    # burst into flames at"; the far end of the flight is the famous place, not a namesake near the other
    ("The Air France jet, arriving from Paris, overshot the runway while landing in heavy rain at Toronto's "
     "Pearson airport.", {"origin": (49.01, 2.55), "destination": (43.68, -79.63), "crash_site": (43.68, -79.63)}),
    ("The Tupolev crashed in thick fog as it tried to land at an airfield near Smolensk. It had left Warsaw "
     "an hour earlier.", {"origin": (52.17, 20.97), "destination": (54.78, 32.05, 30),
                          "crash_site": (54.78, 32.05, 30)}),
    ("An Emirates jet arriving from Kochi crash-landed and burst into flames at Dubai International Airport.",
     {"origin": (10.15, 76.4), "destination": (25.25, 55.36), "crash_site": (25.25, 55.36)}),
    # the place within the area a crash is put in: "into the Atlantic off X", "in the mountains near X"
    ("A Boeing 747 bound for Paris from New York exploded and plunged into the Atlantic off East Moriches.",
     {"origin": (40.64, -73.78), "destination": (49.01, 2.55), "crash_site": (40.81, -72.76, 25)}),
    ("An ATR flying from Tehran to Yasuj crashed in the Zagros mountains near the town of Semirom.",
     {"origin": (35.69, 51.31, 30), "destination": (30.7, 51.55, 30), "crash_site": (31.41, 51.57)}),
    # a break-up in the air over a town; a glide to an unplanned landing
    ("A jumbo jet from Frankfurt to Detroit was destroyed by a bomb over the town of Lockerbie.",
     {"origin": (50.03, 8.54), "destination": (42.21, -83.35), "crash_site": (55.12, -3.35)}),
    ("The Boeing 767 had left Ottawa for Edmonton. Out of fuel, it glided to a landing at a former air base "
     "in Gimli, Manitoba.", {"origin": (45.32, -75.67), "destination": (53.31, -113.58), "diversion": (50.63, -97.0)}),
    # German collision, Portuguese "vinha de", Spanish "tuvo que aterrizar de emergencia", Italian take-off,
    # French "parti de X pour Y"
    ("Eine Maschine auf dem Weg von Moskau nach Barcelona ist über Überlingen mit einem Frachtflugzeug "
     "zusammengestoßen.", {"origin": (55.75, 37.62, 50), "destination": (41.3, 2.08), "crash_site": (47.77, 9.16)}),
    ("O jato que vinha de Porto Alegre não conseguiu parar na pista do Aeroporto de Congonhas.",
     {"origin": (-29.99, -51.17), "destination": (-23.63, -46.66), "crash_site": (-23.63, -46.66)}),
    ("El avión que volaba de Buenos Aires a Córdoba tuvo que aterrizar de emergencia en Rosario.",
     {"origin": (-34.6, -58.4, 30), "destination": (-31.32, -64.21), "diversion": (-32.9, -60.78)}),
    ("Un jet diretto a Copenaghen si è scontrato in fase di decollo con un piccolo aereo sulla pista "
     "dell'aeroporto di Linate.", {"origin": (45.45, 9.28), "destination": (55.62, 12.65),
                                   "crash_site": (45.45, 9.28)}),
    ("L'Airbus, parti de Ouagadougou pour Alger, a disparu des radars.",
     {"origin": (12.35, -1.51), "destination": (36.69, 3.21)}),
    # a crash in a city's neighbourhood seconds after take-off or on approach: at the airport in that city
    ("A Learjet crashed into a crowded Philadelphia neighbourhood on Friday, about 30 seconds after taking off "
     "from Northeast Philadelphia Airport.", {"origin": (40.08, -75.01), "crash_site": (40.08, -75.01, 8)}),
    ("A business jet crashed into a San Diego neighbourhood on Thursday as it approached Montgomery-Gibbs "
     "Executive Airport after a flight from Wichita.",
     {"origin": (37.65, -97.43, 30), "destination": (32.82, -117.14), "crash_site": (32.82, -117.14, 8)}),
    # an emergency landing shortly after take-off is a return to the origin; "taking off for X"
    ("The Superjet burst into flames while making an emergency landing at Moscow's Sheremetyevo Airport, shortly "
     "after taking off for Murmansk.", {"origin": (55.97, 37.41), "destination": (68.78, 32.75),
                                        "diversion": (55.97, 37.41), "crash_site": (55.97, 37.41)}),
    ("A JetBlue flight from Boston to Orlando made an unscheduled stop in Charleston, South Carolina.",
     {"origin": (42.36, -71.01), "destination": (28.43, -81.31), "diversion": (32.9, -80.04)}),
    ("A CRJ900 flipped over while landing at Toronto Pearson International Airport after a flight from "
     "Minneapolis.", {"origin": (44.88, -93.22), "destination": (43.68, -79.63), "crash_site": (43.68, -79.63)}),
    # a bare name once written as an airport's; "just short of the runway" of the airport landed at
    ("A small plane crashed two miles north of Teterboro Airport. It had departed from Teterboro for Pittsburgh.",
     {"origin": (40.85, -74.06), "destination": (40.49, -80.23), "crash_site": (40.88, -74.06, 5)}),
    ("The Airbus was flying from Lahore to Karachi when both engines failed. It came down in a housing colony, "
     "just short of the runway.", {"origin": (31.52, 74.4), "destination": (24.91, 67.16),
                                   "crash_site": (24.91, 67.16, 8)}),
    # a bearing alone puts a crash in a part of the country named
    ("An airliner flying from Amsterdam to Kuala Lumpur crashed in eastern Ukraine.",
     {"origin": (52.31, 4.76), "destination": (3.14, 101.69), "crash_site": (48.5, 38.0, 250)}),
    ("Het toestel, onderweg van Amsterdam naar Kuala Lumpur, stortte neer in het oosten van Oekraïne.",
     {"origin": (52.31, 4.76), "destination": (3.14, 101.69), "crash_site": (48.5, 38.0, 250)}),
    # Spanish "había despegado de", Portuguese "havia decolado de", German "Maschine aus X", a route whose
    # second end starts with an article
    ("Un helicóptero que había despegado del aeropuerto de Ciudad de México se desplomó en Xochimilco.",
     {"origin": (19.44, -99.07), "crash_site": (19.26, -99.10, 8)}),
    ("Eine Lufthansa-Maschine aus München musste in Frankfurt notlanden.",
     {"origin": (48.35, 11.79), "diversion": (50.03, 8.54)}),
    ("Un avión que cubría la ruta Santiago de Cuba-La Habana se estrelló en Sancti Spíritus.",
     {"origin": (19.97, -75.84), "destination": (22.99, -82.41), "crash_site": (21.93, -79.44)}),
    # Dutch
    ("Een Boeing op weg van Amsterdam naar Paramaribo is uitgeweken naar Lissabon.",
     {"origin": (52.31, 4.76), "destination": (5.85, -55.2), "diversion": (38.77, -9.13)}),
    ("Een Fokker is kort na het opstijgen van Schiphol bij Zaandam neergestort.",
     {"origin": (52.31, 4.76), "crash_site": (52.44, 4.83)}),
    # Indonesian
    ("Pesawat rute Jakarta-Pontianak itu jatuh ke laut tak lama setelah lepas landas dari Bandara Soekarno-Hatta.",
     {"origin": (-6.13, 106.66), "destination": (-0.15, 109.4), "crash_site": (-6.13, 106.66)}),
    ("Pesawat dari Surabaya menuju Manado mendarat darurat di Makassar.",
     {"origin": (-7.38, 112.79), "destination": (1.55, 124.93), "diversion": (-5.06, 119.55)}),
    # airport codes: in brackets after a name, then alone; ICAO codes where the route puts them
    ("Flight 77, an A330 from Hong Kong (HKG) to Perth (PER), returned to HKG after a hydraulic failure.",
     {"origin": (22.31, 113.92, 5), "destination": (-31.94, 115.97, 5), "diversion": (22.31, 113.92, 5)}),
    ("The Dash 8 departed CYYZ bound for KBOS and diverted to CYUL with a fuel leak.",
     {"origin": (43.68, -79.63, 5), "destination": (42.36, -71.01, 5), "diversion": (45.47, -73.74, 5)}),
    # names with an apostrophe inside
    ("The Boeing left N'Djamena for Paris on Friday and diverted to Niamey.",
     {"origin": (12.13, 15.03), "destination": (49.01, 2.55, 30), "diversion": (13.48, 2.18)}),
    ("Moments after lifting off from Midway, the crew declared an emergency and diverted to O'Hare.",
     {"origin": (41.79, -87.75, 5), "diversion": (41.98, -87.90, 5)}),
    # a town GeoNames lacks, known by its airport; a flight "to X from Y"
    ("The Twin Otter had been flying to Lukla from Kathmandu when it hit a ridge about 12 kilometres east of Lukla.",
     {"origin": (27.70, 85.36), "destination": (27.69, 86.73, 5), "crash_site": (27.69, 86.85, 5)}),
    # a turn back that names no place: back to the origin
    ("A Pegasus flight from Ankara to Berlin turned back soon after takeoff because of a cracked windscreen.",
     {"origin": (40.13, 32.99, 35), "destination": (52.36, 13.5, 25), "diversion": (40.13, 32.99, 35)}),
    ("Un vol reliant Oran à Lyon a fait demi-tour peu après le décollage.",
     {"origin": (35.62, -0.62), "destination": (45.72, 5.08, 25), "diversion": (35.62, -0.62)}),
    ("Passengers returned to the airport on Tuesday to board a rescheduled flight from Kabul to Herat.",
     {"origin": (34.56, 69.21), "destination": (34.21, 62.23)}),
    # landed somewhere other than the destination the sentence names
    ("Ein Condor-Flug von Düsseldorf nach Antalya ist wegen eines Notfalls an Bord in Sofia gelandet.",
     {"origin": (51.29, 6.77), "destination": (36.9, 30.8, 20), "diversion": (42.70, 23.41)}),
    ("A Qantas flight from Perth to London landed in Singapore after a passenger fell ill.",
     {"origin": (-31.94, 115.97, 20), "destination": (51.47, -0.45, 30), "diversion": (1.36, 103.99, 20)}),
    ("A Qantas flight from Perth to London landed safely in London after a passenger fell ill.",
     {"origin": (-31.94, 115.97, 20), "destination": (51.47, -0.45, 30)}),
    # crashes on a final approach, and a collision over a river by the airport approached
    ("A Twin Otter from Pokhara crashed into a hillside on its final approach to Jomsom.",
     {"origin": (28.2, 83.98), "destination": (28.78, 83.72), "crash_site": (28.78, 83.72, 8)}),
    ("A commuter jet from Charlotte collided with an Army Black Hawk helicopter over the Potomac River late on "
     "Wednesday while approaching Ronald Reagan Washington National Airport.",
     {"origin": (35.21, -80.94), "destination": (38.85, -77.04, 5), "crash_site": (38.85, -77.04, 5)}),
    # a small country is a place to land in
    ("Hijackers forced a domestic flight from Sabha to Tripoli to land in Malta.",
     {"origin": (27.03, 14.47), "destination": (32.89, 13.19, 30), "diversion": (35.86, 14.48)}),
    # "departure for", "had flown in from"
    ("A Boeing 737 returned to Portland, Oregon, shortly after departure for Ontario, California, when a cabin "
     "panel blew out.", {"origin": (45.59, -122.6), "destination": (34.06, -117.6), "diversion": (45.59, -122.6)}),
    ("The Dash 8 had flown in from Dhaka and crashed while landing at Kathmandu's Tribhuvan airport.",
     {"origin": (23.84, 90.40), "destination": (27.70, 85.36, 5), "crash_site": (27.70, 85.36, 5)}),
    # "took off from X" is no crash "off X"
    ("The airliner was shot down minutes after it took off from Tehran's Imam Khomeini airport bound for Kyiv. "
     "It crashed near Shahedshahr.", {"origin": (35.42, 51.15, 5), "destination": (50.35, 30.89, 35),
                                      "crash_site": (35.57, 51.09, 8)}),
    # an emergency landing in which the aircraft struck a car is a crash where it landed
    ("A business jet flying from Fort Lauderdale to Naples, Florida, made an emergency landing on Interstate 75 "
     "near Naples and struck a car.", {"origin": (26.07, -80.15), "destination": (26.15, -81.78),
                                  "crash_site": (26.15, -81.78)}),
    # French distance in words from a town; Portuguese "seguia para" an airport without an IATA code
    ("Un hélicoptère s'est écrasé dans le massif du Mont-Blanc, à une dizaine de kilomètres de Chamonix.",
     {"crash_site": (45.92, 6.87)}),
    ("Um avião caiu logo após decolar do aeroporto de Jundiaí. O piloto seguia para Campo de Marte.",
     {"origin": (-23.18, -46.94, 8), "destination": (-23.51, -46.64, 5), "crash_site": (-23.18, -46.94, 8)}),
    # a sentence dated to an earlier year, once the route is told, is another incident; a report that
    # opens with the year dates this one
    ("A Dash 8 from Winnipeg to Thompson skidded off the runway on Sunday. In 2008, a Jetstream crashed near "
     "Norway House, killing two.", {"origin": (49.91, -97.24), "destination": (55.74, -97.86)}),
    ("In December 2021, a Cessna from Tampa to Key West crashed near Marathon. In 2022, investigators blamed ice.",
     {"origin": (27.98, -82.53), "destination": (24.56, -81.76), "crash_site": (24.71, -81.09)}),
    # a city and its airport's name as one place; destroyed on the emergency landing it made there
    ("An Aeroflot Superjet from Moscow Sheremetyevo to Murmansk caught fire after an emergency landing back at "
     "Sheremetyevo.", {"origin": (55.97, 37.41, 5), "destination": (68.78, 32.75, 25),
                       "diversion": (55.97, 37.41, 5), "crash_site": (55.97, 37.41, 5)}),
    # Spanish, French and Italian capitals named by their country
    ("El helicóptero despegó de la capital rusa con rumbo a Kazán.",
     {"origin": (55.75, 37.62, 40), "destination": (55.6, 49.3, 30)}),
    ("Le Falcon 50 a été abattu à l'approche de l'aéroport de Bujumbura, en provenance de la capitale ukrainienne.",
     {"origin": (50.45, 30.52, 40), "destination": (-3.32, 29.32, 10), "crash_site": (-3.32, 29.32, 10)}),
    # Italian ditching; German crash right after take-off
    ("Un ATR partito dalla capitale dell'Albania è ammarato al largo di Bari.",
     {"origin": (41.41, 19.72, 25), "crash_site": (41.12, 16.87, 20)}),
    ("Ein Segelflugzeug ist kurz nach dem Start in Oerlinghausen auf ein Feld gestürzt.",
     {"origin": (51.96, 8.66, 8), "crash_site": (51.96, 8.66, 8)}),
    # an airport by the first word of its name; an air base known by its town
    ("The King Air took off from Jakarta's Halim airport and crashed into a hillside near Bogor.",
     {"origin": (-6.27, 106.89, 5), "crash_site": (-6.6, 106.8, 15)}),
    ("The transport plane had taken off from Bagram and crashed near Charikar.",
     {"origin": (34.95, 69.27, 5), "crash_site": (35.01, 69.17, 10)}),
    # crashes short of an airport and off the end of its runway
    ("A Dash 8 from Dhaka crashed just short of Tribhuvan International Airport.",
     {"origin": (23.8, 90.4, 25), "destination": (27.70, 85.36, 5), "crash_site": (27.70, 85.36, 5)}),
    ("The jet overshot the wet runway at Mangalore and plunged down a hillside.",
     {"destination": (12.96, 74.89, 10), "crash_site": (12.96, 74.89, 10)}),
    # "departed for", a route written as two airport codes
    ("A Cessna 208 that had departed for Nome went down about 12 nautical miles southeast of Unalakleet.",
     {"destination": (64.51, -165.44, 10), "crash_site": (63.73, -160.48, 10)}),
    ("Flight BT651 (RIX-VNO) landed safely after a bird strike.",
     {"origin": (56.92, 23.97, 5), "destination": (54.63, 25.29, 5)}),
    # near a place and a distance from the same place
    ("The cargo plane crashed in the mountains near Kabul, about 30 kilometres south-east of the Afghan capital.",
     {"crash_site": (34.34, 69.41, 10)}),
    # an emergency landing off any airport is where the aircraft came down, not a diversion
    ("A Pobeda Boeing made an emergency landing in a wheat field near Novosibirsk after both engines failed.",
     {"crash_site": (55.03, 82.92, 10)}),
    # "the airport" after a destination and an origin named as an airport: the origin's
    ("The Airbus, bound for Sochi, had just left Vnukovo airport when birds struck it. It landed with its gear up "
     "about four kilometres from the airport.",
     {"origin": (55.6, 37.27, 5), "destination": (43.45, 39.96, 5), "crash_site": (55.6, 37.27, 8)}),
    ("A Jet2 Boeing from Manchester belly-landed at Palma airport.",
     {"origin": (53.35, -2.27, 5), "destination": (39.55, 2.73, 5), "crash_site": (39.55, 2.73, 5)}),
    # Spanish, French, German and Portuguese: came from, broke apart, set down, tried to return
    ("Un avión de Avianca procedía de Cali y se partió en dos al aterrizar en Pasto.",
     {"origin": (3.54, -76.38, 25), "crash_site": (1.21, -77.28, 10)}),
    ("Un A320 reliant Lyon à Porto a dû se poser en urgence à Bordeaux.",
     {"origin": (45.73, 5.09, 5), "destination": (41.25, -8.68, 5), "diversion": (44.83, -0.72, 5)}),
    ("Ein Airbus von München nach Hamburg ist in Frankfurt notgelandet.",
     {"origin": (48.35, 11.79, 5), "destination": (53.63, 9.99, 5), "diversion": (50.03, 8.54, 5)}),
    ("O avião decolou do aeroporto de Congonhas e o piloto tentou retornar ao aeroporto.",
     {"origin": (-23.63, -46.66, 5)}),
    ("Um avião que partiu do aeroporto da Pampulha caiu em Belo Horizonte.",
     {"origin": (-19.85, -43.95, 5), "crash_site": (-19.92, -43.94, 10)}),
    # "en 1998": a sentence dated to an earlier year, in Spanish
    ("Un avión que volaba de Quito a Cuenca aterrizó sin problemas. En 1998 un avión de TAME se estrelló cerca de "
     "Cuenca.", {"origin": (-0.13, -78.36, 5), "destination": (-2.89, -78.98, 5)}),
    # a route with a stop: its two ends
    ("An Emirates flight from Dubai via Colombo to Male diverted to Chennai.",
     {"origin": (25.25, 55.36, 30), "destination": (4.19, 73.53, 10), "diversion": (13.0, 80.2, 25)}),
    # an island a flight leaves is its airport
    ("An island hopper flying from Pohnpei to Guam diverted to Chuuk.",
     {"origin": (6.98, 158.21, 5), "destination": (13.48, 144.8, 30), "diversion": (7.46, 151.84, 20)}),
    # "between X and Y": a route's two ends, each read alone (not a list of divisions); other flights'
    # suspension states no route; "cleared to land at"; "a flight out of X", wreckage found later
    ("The ATR, travelling between Dhaka and Chittagong, made an emergency landing in Comilla.",
     {"origin": (23.8, 90.4, 25), "destination": (22.25, 91.81, 15), "diversion": (23.46, 91.19, 10)}),
    ("Flights between Moscow and Sochi were suspended after the crash.", {}),
    ("The Cessna had been cleared to land at Goma when it crashed into a market.",
     {"destination": (-1.67, 29.24, 5)}),
    ("Wreckage of the Cessna, which disappeared on a flight out of Juneau, was found near Haines.",
     {"origin": (58.36, -134.58, 10), "crash_site": (59.24, -135.44, 10)}),
    # a distance with no direction from an end of the route: on the route
    ("An Antonov flying from Khartoum to Juba crashed 20 km short of Juba.",
     {"origin": (15.59, 32.55, 10), "destination": (4.87, 31.6, 5), "crash_site": (5.05, 31.58, 8)}),
    ("The Antonov took off from Khartoum bound for Juba. It crashed 20 km short of its destination.",
     {"origin": (15.59, 32.55, 10), "destination": (4.87, 31.6, 5), "crash_site": (5.05, 31.6, 8)}),
    # "departed the capital, X"; "coming in to land in X when it crashed"
    ("The ATR had departed the capital, Lima, and was coming in to land in Cusco when it crashed.",
     {"origin": (-12.02, -77.11, 15), "destination": (-13.54, -71.94, 5), "crash_site": (-13.54, -71.94, 5)}),
    # a small town left, on a service to where it then landed: no diversion
    ("A Dash 8 that had left Wagga Wagga on a scheduled service to Sydney made an emergency landing in Sydney.",
     {"origin": (-35.16, 147.47, 5), "destination": (-33.95, 151.18, 5)}),
    # Portuguese "precisou retornar a" an airport by its own name; Italian "atterraggio d'emergenza a"
    ("Um avião que fazia a rota entre Recife e Natal precisou retornar a Recife logo após a decolagem.",
     {"origin": (-8.13, -34.92, 5), "destination": (-5.77, -35.37, 10), "diversion": (-8.13, -34.92, 5)}),
    ("Um avião da Gol que fazia a rota entre Brasília e Manaus precisou retornar a Viracopos.",
     {"origin": (-15.87, -47.92, 10), "destination": (-3.04, -60.05, 10), "diversion": (-23.0, -47.13, 5)}),
    ("Il volo partito da Milano con destinazione Parigi ha effettuato un atterraggio d'emergenza a Lione.",
     {"origin": (45.46, 9.19, 40), "destination": (49.01, 2.55, 30), "diversion": (45.73, 5.09, 10)}),
    # German "von X aus gestartet", "in der Nähe von"; a noun after its article is no place
    ("Der Hubschrauber war von Salzburg aus gestartet und prallte in der Nähe von Zell am See gegen einen Hang.",
     {"origin": (47.79, 13.0, 10), "crash_site": (47.32, 12.8, 5)}),
    # a small airfield named after the word aérodrome; an airport called "Oxford (Kidlington)"
    ("Le petit avion, parti de l'aérodrome de Lognes, s'est écrasé près de Meaux.",
     {"origin": (48.82, 2.62, 5), "crash_site": (48.96, 2.88, 5)}),
    ("The Cessna had taken off from Oxford Airport and crashed near Banbury.",
     {"origin": (51.84, -1.32, 5), "crash_site": (52.06, -1.34, 5)}),
    # French runway overrun on landing; Italian "proveniente da"; an airport named without its
    # namesake's title; "la base de X"; Portuguese "próximo a"
    ("Le vol, en provenance de Lyon, a dépassé la piste lors de son atterrissage à l'aéroport de Nantes.",
     {"origin": (45.73, 5.09, 5), "destination": (47.15, -1.61, 5), "crash_site": (47.15, -1.61, 5)}),
    ("Un aereo proveniente da Londra Gatwick è atterrato d'emergenza a Pisa.",
     {"origin": (51.15, -0.19, 5), "diversion": (43.68, 10.39, 5)}),
    ("Avión de Aeroméxico se desplomó tras despegar de Durango. Cayó a unos 10 kilómetros del aeropuerto "
     "Guadalupe Victoria.", {"origin": (24.12, -104.53, 5), "crash_site": (24.12, -104.53, 12)}),
    ("L'hélicoptère avait décollé de la base de Gap et s'est écrasé près de Briançon.",
     {"origin": (44.46, 6.04, 15), "crash_site": (44.9, 6.64, 5)}),
    ("O helicóptero saiu de Santos e caiu no mar próximo a Ubatuba.",
     {"origin": (-23.93, -46.3, 15), "crash_site": (-23.43, -45.07, 5)}),
    # "X-to-Y flight"; "diverted back to X" is where it came from; "nose-dived"; "undershooting the runway"
    ("The Kano-to-Lagos flight made an emergency landing in Ilorin.",
     {"origin": (12.0, 8.52, 15), "destination": (6.58, 3.32, 20), "diversion": (8.49, 4.55, 15)}),
    ("The aircraft diverted back to Auckland after a bird strike.",
     {"origin": (-37.01, 174.79, 15), "diversion": (-37.01, 174.79, 15)}),
    ("The plane nose-dived into a field near Kursk.", {"crash_site": (51.73, 36.19, 5)}),
    ("The 737 came to rest in the sea after undershooting the runway at Denpasar.",
     {"destination": (-8.75, 115.17, 5), "crash_site": (-8.75, 115.17, 5)}),
    # "St Petersburg" is Saint Petersburg by its own name: the Russian city, not Florida's; the
    # Sinai is the peninsula
    ("A flight from Sharm el-Sheikh to St Petersburg broke up over the Sinai.",
     {"origin": (27.98, 34.39, 15), "destination": (59.8, 30.26, 25), "crash_site": (30.17, 34.17, 120)}),
    # Turkish: the case ending after an apostrophe says the role
    ("İzmir'den Trabzon'a giden yolcu uçağı, iniş sırasında pistten çıktı.",
     {"origin": (38.29, 27.16, 25), "destination": (41.0, 39.78, 5), "crash_site": (41.0, 39.78, 5)}),
    ("Ankara'dan Berlin'e giden uçak Sofya'da acil iniş yaptı.",
     {"origin": (40.13, 32.99, 35), "destination": (52.36, 13.5, 25), "diversion": (42.7, 23.41, 10)}),
    # Polish: declined names read back to the nominative ("z Gdańska", "pod Poznaniem")
    ("Samolot z Gdańska do Londynu rozbił się pod Poznaniem.",
     {"origin": (54.38, 18.47, 15), "destination": (51.47, -0.45, 30), "crash_site": (52.41, 16.93, 5)}),
    ("Awionetka wystartowała z Wrocławia i spadła w pobliżu Opola.",
     {"origin": (51.1, 16.89, 15), "crash_site": (50.67, 17.93, 5)}),
    # an air base named like small towns far off: the air base
    ("An Airbus flying from Boston to Lisbon glided to a landing at Lajes air base after a fuel leak.",
     {"origin": (42.36, -71.01, 15), "destination": (38.77, -9.13, 10), "diversion": (38.76, -27.09, 5)}),
    # a direction with no distance from a town: some way off that way (not the town itself), in
    # any language; the direction of an apposition describes the place before it
    ("A turboprop from Bari to Djerba ditched off a cape north of Palermo after running out of fuel.",
     {"origin": (41.14, 16.76), "destination": (33.87, 10.78), "crash_site": (38.25, 13.36, 8)}),
    ("Il volo da Bari a Djerba è ammarato al largo di un capo, a nord di Palermo.",
     {"origin": (41.14, 16.76), "destination": (33.87, 10.78), "crash_site": (38.25, 13.36, 8)}),
    ("Un avion parti de Lyon s'est écrasé au sud-est de Grenoble.",
     {"origin": (45.73, 5.08), "crash_site": (45.09, 5.86, 8)}),
    ("A flight from Kano to Lagos crashed near Ibadan, west of Ife.",
     {"origin": (12.05, 8.52), "destination": (6.58, 3.32), "crash_site": (7.39, 3.9, 10)}),
    # an earlier crash told as "since <year>, when ..." is another incident; "coming in to land"
    ("A turboprop from Kathmandu crashed into a river gorge while coming in to land at Pokhara. It was the "
     "worst disaster since 1992, when an airliner crashed on approach to Kathmandu.",
     {"origin": (27.7, 85.36), "destination": (28.2, 83.98), "crash_site": (28.2, 83.98)}),
    # a crash on landing, in French: where it was landing; sliding off the runway, in English
    ("Un Boeing en provenance de Dubaï s'est écrasé samedi à l'atterrissage à Rostov-sur-le-Don.",
     {"origin": (25.25, 55.36), "destination": (47.26, 39.8, 20), "crash_site": (47.26, 39.8, 20)}),
    ("A Boeing 737 arriving from Baltimore slid off a runway at Chicago Midway International Airport in snow.",
     {"origin": (39.18, -76.67, 20), "destination": (41.79, -87.75, 5), "crash_site": (41.79, -87.75, 5)}),
    # a far end of a flight by another spelling is no stray namesake (a town with its own airport)
    ("Un Airbus parti de Charm el-Cheikh à destination de Saint-Pétersbourg s'est écrasé dans le Sinaï.",
     {"origin": (27.98, 34.39), "destination": (59.8, 30.26, 25), "crash_site": (30.17, 34.17, 120)}),
    # a sea followed by a time is no aircraft model ("the Java Sea 13 minutes after"); debris
    # recovered off a town says where: in the water off it (Karawang's centre lies 30 km inland)
    ("A jet plunged into the Java Sea 13 minutes after taking off from Jakarta for Pangkal Pinang. Divers "
     "recovered debris off the coast of Karawang.",
     {"origin": (-6.13, 106.66, 30), "destination": (-2.16, 106.14, 20), "crash_site": (-6.0, 107.4, 20)}),
    # German nouns before a name are no first names ("nahe der Stadt Aktau")
    ("Die Maschine war auf dem Weg von Baku nach Grosny. Sie stürzte nahe der Stadt Aktau ab.",
     {"origin": (40.47, 50.05, 25), "destination": (43.39, 45.7, 25), "crash_site": (43.65, 51.17, 20)}),
    # a distance from a town after a department: the distance says where ("dans le Var, à 20 km à l'est de X")
    ("Un hélicoptère s'est écrasé dans le Var, à une vingtaine de kilomètres à l'est de Toulon.",
     {"crash_site": (43.12, 6.18, 10)}),
    # crashed as it landed; a go-around at X, then a crash-landing: where it was landing
    ("The Dash 8, flying from Dhaka, burst into flames as it landed at Kathmandu's Tribhuvan airport.",
     {"origin": (23.84, 90.40), "destination": (27.70, 85.36, 5), "crash_site": (27.70, 85.36, 5)}),
    ("A Boeing 777 from Chennai failed to climb during a go-around at Dubai International Airport and crash-"
     "landed on the runway.", {"origin": (12.99, 80.17), "destination": (25.25, 55.36, 5),
                               "crash_site": (25.25, 55.36, 5)}),
    # "venait de", Dutch "kwam uit" and a crash "bij de landing op X"
    ("Un Antonov s'est écrasé à l'atterrissage à Gao. L'appareil venait de Bamako.",
     {"origin": (12.54, -7.95, 30), "destination": (16.25, -0.0, 10), "crash_site": (16.25, -0.0, 10)}),
    ("Een Boeing is bij de landing op Schiphol neergestort. Het toestel kwam uit Istanbul.",
     {"origin": (41.01, 28.95, 50), "destination": (52.31, 4.76, 5), "crash_site": (52.31, 4.76, 8)}),
    # a village said to lie north-east of a town yet found 5,000 km away is a namesake; the town,
    # not the region named earlier, after "north-east of"
    ("An Il-76 crashed in the Belgorod region on Wednesday. It came down near the village of Yablonovo, "
     "north-east of Belgorod.", {"crash_site": (50.7, 36.73, 10)}),
    # "X County" is no airport or town elsewhere called X
    ("A Cessna that had left Reno for Sacramento crashed in the mountains, officials in El Dorado County said.",
     {"origin": (39.5, -119.77), "destination": (38.7, -121.59, 40)}),
    # "a belly landing at X" (two words); an airfield named after "do" ("tinha saído do Campo de Marte")
    ("A Saab 340 made a belly landing at Sydney Airport after a flight from Albury.",
     {"origin": (-36.07, 146.96), "destination": (-33.95, 151.18, 5), "crash_site": (-33.95, 151.18, 5)}),
    ("Um helicóptero caiu em Caieiras. A aeronave tinha saído do Campo de Marte com destino a Ribeirão Preto.",
     {"origin": (-23.51, -46.64, 5), "destination": (-21.18, -47.81, 25), "crash_site": (-23.36, -46.74)}),
    # an airline's routes are no flight of an incident
    ("The airline reported record profit on routes from Dubai to London and New York.", {}),
    # the kind of place before its name in Spanish ("cerca del municipio de X")
    ("Un helicóptero que volaba entre Morelia y Uruapan cayó cerca del municipio de Tancítaro.",
     {"origin": (19.7, -101.18, 25), "destination": (19.42, -102.06), "crash_site": (19.34, -102.36, 10)}),
    # Russian: an airport by its Latin name ("в Шереметьево"), on fire where it landed
    ("Самолёт, выполнявший рейс Москва — Мурманск, вернулся в Шереметьево и загорелся при посадке.",
     {"origin": (55.97, 37.41, 30), "destination": (68.78, 32.75, 25), "diversion": (55.97, 37.41, 5),
      "crash_site": (55.97, 37.41, 5)}),
    # other flights are not the flight of a report
    ("Dozens of flights were diverted from Amsterdam Schiphol to Brussels. Several planes bound for London "
     "Heathrow were held.", {}),
    # wreckage carried ashore does not say where the plane came down
    ("A Boeing 747 flying from New York to Seoul was shot down over the sea. Wreckage later washed ashore on "
     "Hokkaido.", {"origin": (40.64, -73.78), "destination": (37.57, 126.98)}),
    # an airport before the kind of place ("the new airport in the tourist town of X"); "plunged"
    # while approaching it: the destination and the crash site
    ("The ATR plunged into a gorge while approaching the new airport in the tourist town of Pokhara. It had "
     "left Kathmandu twenty minutes earlier.",
     {"origin": (27.70, 85.36), "destination": (28.20, 83.98), "crash_site": (28.20, 83.98)}),
    # "on landing in X"; "flipped upside down"
    ("A CRJ900 from Minneapolis flipped upside down on landing in Toronto.",
     {"origin": (44.88, -93.22, 20), "destination": (43.68, -79.63), "crash_site": (43.68, -79.63)}),
    # a town named after the area the crash is put in ("en la sierra de X, cerca de Y")
    ("Un helicóptero militar se estrelló en la sierra de Guerrero, cerca de Chilpancingo.",
     {"crash_site": (17.55, -99.5, 10)}),
    # French "devait rejoindre"; Portuguese "quando se aproximava do aeroporto de"
    ("L'avion parti de Cascavel, qui devait rejoindre l'aéroport de Guarulhos, s'est écrasé à Vinhedo.",
     {"origin": (-25.0, -53.5), "destination": (-23.44, -46.47), "crash_site": (-23.03, -46.98, 5)}),
    ("O avião decolou de Santa Cruz de la Sierra e caiu quando se aproximava do aeroporto de Rionegro.",
     {"origin": (-17.64, -63.14, 25), "destination": (6.16, -75.42, 10), "crash_site": (6.16, -75.42, 10)}),
    # Italian "vicino a" before a small town; German "in der Nähe von"
    ("Un aereo da turismo partito da Aosta è precipitato vicino a Macugnaga.",
     {"origin": (45.74, 7.32, 10), "crash_site": (45.97, 7.97, 5)}),
    ("Ein Kleinflugzeug aus Egelsbach ist in der Nähe von Bremen auf ein Feld gestürzt.",
     {"origin": (49.96, 8.65, 10), "crash_site": (53.08, 8.8, 10)}),
    # a runway excursion naming no place: where this sentence says it was landing
    ("A Boeing 737 flying from Ankara to Trabzon skidded off the runway on landing.",
     {"origin": (39.92, 32.85, 35), "destination": (41.0, 39.72, 10), "crash_site": (41.0, 39.72, 10)}),
    ("Ankara'dan Trabzon'a giden uçak iniş sırasında pistten çıkarak denize doğru kaydı.",
     {"origin": (39.92, 32.85, 35), "destination": (41.0, 39.72, 10), "crash_site": (41.0, 39.72, 10)}),
    # "bound for X, Country, from Y"
    ("A jet bound for Tbilisi, Georgia, from Amsterdam was diverted to Kutaisi because of fog.",
     {"origin": (52.31, 4.76, 20), "destination": (41.67, 44.95, 20), "diversion": (42.2, 42.6, 25)}),
    # "Nairobi's Wilson Airport": the city's airport so called, though airports elsewhere share the name
    ("A light aircraft flying from Nairobi's Wilson Airport to Kisumu went missing.",
     {"origin": (-1.32, 36.81, 5), "destination": (-0.09, 34.77, 15)}),
    # "the capital X" without a comma
    ("The ATR 72 was flying from the capital Kathmandu to Pokhara when it went down.",
     {"origin": (27.70, 85.36), "destination": (28.20, 83.98)}),
    # an emergency landing on an interstate is where it came down, not a diversion
    ("A Cessna made an emergency landing on Interstate 75 near Naples, Florida, after a flight from Fort "
     "Lauderdale.", {"origin": (26.07, -80.15, 20), "crash_site": (26.14, -81.8)}),
    # French "pour rejoindre"; an authority's seat is not where the plane came down
    ("Un petit avion qui avait décollé d'Annecy pour rejoindre Lyon s'est écrasé dans le massif des Bauges, "
     "a indiqué la préfecture de Savoie.", {"origin": (45.93, 6.1), "destination": (45.73, 5.08, 25)}),
    # a crash near an airport "as it tried to land": bound there
    ("A cargo jet from Hong Kong crashed near Manas airport outside Bishkek as it tried to land in fog.",
     {"origin": (22.31, 113.92, 20), "destination": (43.06, 74.48, 5), "crash_site": (43.06, 74.48, 5)}),
    # "returning to X from a platform" is the way home, not a return after trouble
    ("A helicopter returning to Aberdeen from a platform crashed into the sea off Sumburgh, Shetland.",
     {"destination": (57.15, -2.1, 20), "crash_site": (59.88, -1.3, 15)}),
    # "flying back to X"; "headed to a hospital in X"
    ("The helicopter had been flying back to Tabriz when it came down in fog.", {"destination": (38.08, 46.29)}),
    ("The air ambulance headed to a hospital in Houston crashed near Eagle Lake, Texas.",
     {"destination": (29.76, -95.37, 35), "crash_site": (29.59, -96.33, 10)}),
    # Spanish: a take-off, then "cerca del aeropuerto": the airport it left
    ("Un avión que despegaba de Durango con destino a Ciudad de México se desplomó segundos después del "
     "despegue en un terreno cercano al aeropuerto.",
     {"origin": (24.12, -104.53), "destination": (19.44, -99.07, 30), "crash_site": (24.12, -104.53)}),
    # a flight's far end: the capital abroad, not a town of that name near the story's places
    ("Un avión de Iberia con destino a Madrid que había despegado de Bogotá aterrizó de emergencia en Cali.",
     {"origin": (4.70, -74.15), "destination": (40.47, -3.56, 30), "diversion": (3.54, -76.38, 25)}),
    # a short distance from an airport places a crash better than the centre of the city it was in;
    # "from which it had taken off"
    ("The plane crashed into a house in Dallas, two miles from Addison Airport, from which it had taken off "
     "minutes earlier.", {"origin": (32.97, -96.84, 5), "crash_site": (32.96, -96.84, 6)}),
    # "a short hop to X"; divers recovered the recorder off a town: in the water by it
    ("The jet plunged into the sea 13 minutes after taking off from Jakarta on a short hop to Pangkal Pinang. "
     "Divers recovered the flight data recorder off Karawang.",
     {"origin": (-6.13, 106.66, 30), "destination": (-2.16, 106.14, 20), "crash_site": (-6.0, 107.4, 20)}),
    # a crash "just after take-off" put only in the state the origin lies in: by the origin's airport
    ("A Pilatus PC-12 en route from Chamberlain to Idaho Falls crashed just after take-off in South Dakota.",
     {"origin": (43.81, -99.33, 10), "destination": (43.5, -112.05, 15), "crash_site": (43.81, -99.33, 10)}),
    # a small town's airfield is its own, not the city's airport 30 km away
    ("A Cessna Caravan carrying skydivers crashed shortly after taking off from the airfield at Gundaroo.",
     {"origin": (-35.03, 149.26, 5), "crash_site": (-35.03, 149.26, 5)}),
    # Indonesian: a small town named as a flight's end ("menuju X")
    ("Pesawat yang terbang dari Jayapura menuju Oksibil hilang kontak.",
     {"origin": (-2.58, 140.52, 15), "destination": (-5.0, 140.62, 25)}),
    # Russian: "вскоре после вылета из аэропорта X" in a crash
    ("Самолёт, выполнявший рейс из Москвы в Орск, разбился вскоре после вылета из аэропорта Домодедово.",
     {"origin": (55.41, 37.9, 10), "destination": (51.07, 58.6, 20), "crash_site": (55.41, 37.9, 10)}),
    # "from X in Y state to Z's W international airport"; an airport named for an earlier crash in a
    # nearby city (Congonhas) is not the destination's
    ("The ATR 72 was flying from Cascavel in Parana state to Sao Paulo's Guarulhos international airport "
     "when it crashed in Vinhedo. It was the worst crash since 2007, when a jet overran the runway at "
     "Congonhas airport.",
     {"origin": (-24.96, -53.46, 10), "destination": (-23.43, -46.47, 8), "crash_site": (-23.03, -46.98, 5)}),
    # "returning from X … when it crash-landed at Y": a trip home, not a return
    ("The Boeing 737-800 was returning from Bangkok when it crash-landed at Muan International Airport. Most "
     "passengers were Koreans returning from holidays in Thailand.",
     {"origin": (13.69, 100.75, 30), "destination": (34.99, 126.38, 5), "crash_site": (34.99, 126.38, 5)}),
    # a hyphenated word between the crash and "shortly after takeoff from X"
    ("A Fokker 100 crashed into a two-story building shortly after takeoff from Almaty.",
     {"origin": (43.35, 77.04, 10), "crash_site": (43.35, 77.04, 10)}),
    # the Aviation Herald's style: "from X,GA to Y,WA (USA)", "from X (France) to Y,SP (Spain)"
    ("A Delta Boeing 737-900 performing flight DL-1437 from Atlanta,GA to Seattle,WA (USA), was climbing out "
     "of Atlanta when the crew reported a bird strike and returned to Atlanta for a safe landing.",
     {"origin": (33.64, -84.43, 10), "destination": (47.45, -122.31, 15), "diversion": (33.64, -84.43, 10)}),
    ("An Airbus A320 performing flight AF-1230 from Paris Charles de Gaulle (France) to Madrid,SP (Spain), was "
     "enroute when the crew decided to divert to Bordeaux (France).",
     {"origin": (49.01, 2.55, 5), "destination": (40.47, -3.56, 15), "diversion": (44.83, -0.72, 15)}),
    # an accident report's "was substantially damaged when it was involved in an accident near X"
    ("A Cessna 172N was substantially damaged when it was involved in an accident near Jarrell, Texas. The "
     "airplane departed San Marcos Regional Airport and was destined for Georgetown Municipal Airport.",
     {"origin": (29.89, -97.86, 5), "destination": (30.68, -97.68, 10), "crash_site": (30.82, -97.6, 5)}),
    # a town first in an airport's hyphenated name
    ("The Dornier 228 had departed Kathmandu on a domestic flight to Lukla-Tenzing-Hillary Airport.",
     {"origin": (27.70, 85.36), "destination": (27.69, 86.73, 5)}),
    # Spanish: the runway named before the excursion; Italian "costretto ad atterrare a X"
    ("Un avión que cubría la ruta entre Bogotá y Medellín sufrió un incidente en la pista del aeropuerto de "
     "Rionegro al salirse de la calzada durante el aterrizaje.",
     {"origin": (4.70, -74.15), "destination": (6.25, -75.56, 25), "crash_site": (6.16, -75.42, 10)}),
    ("Un Boeing 737 in volo da Bergamo a Bari è stato costretto ad atterrare a Pescara per un guasto.",
     {"origin": (45.67, 9.7), "destination": (41.14, 16.76), "diversion": (42.43, 14.18)}),
    # Russian: a flight's end is no town beside its origin ("Калининград" was Korolev's name too)
    ("Самолёт, выполнявший рейс из Москвы в Калининград, совершил вынужденную посадку в Минске.",
     {"origin": (55.97, 37.41, 40), "destination": (54.89, 20.59, 20), "diversion": (53.88, 28.03, 30)}),
    # "near the airport" after a crash put in a town: that town's airport, not the destination's
    ("The London-bound jet came down in Ahmedabad less than a minute after take-off. It crashed into a hostel "
     "near the airport.", {"destination": (51.47, -0.45, 30), "crash_site": (23.07, 72.63, 5)}),
    # "to the east of the airfield" it was approaching; an airline's service "since 2016" and people
    # "returning home from X" are not the flight's
    ("The Q400 flight to Kathmandu left Dhaka at noon. As it approached Tribhuvan International Airport the "
     "crew became confused. The plane crashed into a football field to the east of the airfield. Many "
     "passengers were students returning home from Bangladesh. The airline has been flying to Pokhara "
     "since 2016.",
     {"origin": (23.84, 90.4, 20), "destination": (27.7, 85.36, 5), "crash_site": (27.7, 85.36, 5)}),
    # a lake near the story's places is the lake, not the airport named after it; "a flight plan to X";
    # "a year after a similar accident near Y" is another accident
    ("Small plane crash kills four near Lake Tahoe\nThe plane that took off from Truckee Tahoe Airport "
     "crashed in a forest near Incline Village, Nevada. The pilot had filed a flight plan to Santa Monica. "
     "It comes a year after a similar accident near South Lake Tahoe.",
     {"origin": (39.32, -120.14, 5), "destination": (34.02, -118.45, 15), "crash_site": (39.25, -119.97, 5)}),
    # "crashed while taking off from X's airport"
    ("A CRJ200 crashed while taking off from Kathmandu's airport. It was headed for Pokhara.",
     {"origin": (27.7, 85.36, 5), "destination": (28.2, 83.98), "crash_site": (27.7, 85.36, 5)}),
    # a live blog: the airport of the first entry is where it landed and collided
    ("18:05 - A jet is engulfed in flames on a runway at Haneda airport in Tokyo.\n18:12 - The aircraft had "
     "flown in from Sapporo's New Chitose airport.\n18:30 - The jet collided with a Japan Coast Guard plane on "
     "the runway as it landed.",
     {"origin": (42.78, 141.69, 5), "destination": (35.55, 139.78, 5), "crash_site": (35.55, 139.78, 5)}),
    # "on its way from X"; "…, where it was due to land"
    ("The freighter was on its way from Miami when it plunged into Trinity Bay near Anahuac, about 40 miles "
     "east of Houston's George Bush Intercontinental Airport, where it was due to land.",
     {"origin": (25.79, -80.29, 15), "destination": (29.98, -95.34, 5), "crash_site": (29.77, -94.68, 5)}),
    # a middle initial inside an airport's name; an air station's town
    ("The cargo jet had taken off from Daniel K. Inouye International Airport bound for Kahului.",
     {"origin": (21.32, -157.92, 5), "destination": (20.89, -156.43, 10)}),
    ("The Osprey had left Marine Corps Air Station Iwakuni and was headed for Kadena Air Base. It was the "
     "second fatal crash in four months, after an MV-22 went down near Darwin.",
     {"origin": (34.15, 132.24, 10), "destination": (26.36, 127.77, 5)}),
    # Portuguese: other flights diverted; "divergir para o X"; "durante a aproximação para pouso no aeroporto de X"
    ("Vários voos com destino ao Funchal foram desviados. Um avião proveniente de Lisboa acabou por divergir "
     "para o Porto Santo.",
     {"origin": (38.77, -9.13, 15), "destination": (32.69, -16.77, 15), "diversion": (33.07, -16.35, 5)}),
    ("Um avião caiu durante a aproximação para pouso no aeroporto de Barcelos. A aeronave havia decolado de "
     "Manaus.", {"origin": (-3.04, -60.05, 15), "destination": (-0.98, -62.92, 5), "crash_site": (-0.98, -62.92, 5)}),
    # German: "vom Fliegerhorst X bei Y gestartet", "gingen … nieder"; Dutch "tussenlanding in X"
    ("Die Maschinen waren vom Fliegerhorst Laage bei Rostock gestartet. Die Trümmer gingen in der Nähe von "
     "Malchow nieder.", {"origin": (53.92, 12.28, 10), "crash_site": (53.47, 12.42, 5)}),
    ("Een toestel onderweg van Eindhoven naar Gran Canaria maakte een tussenlanding in Faro.",
     {"origin": (51.45, 5.37, 10), "destination": (27.93, -15.39, 10), "diversion": (37.01, -7.97, 10)}),
    # Russian: a hyphenated name in the genitive, a small town's own Cyrillic name, a crash on approach
    ("Самолёт, выполнявший рейс из Петропавловска-Камчатского в Палану, разбился при заходе на посадку.",
     {"origin": (53.17, 158.45, 30), "destination": (59.08, 159.9, 10), "crash_site": (59.08, 159.9, 10)}),
    # Indonesian: an airport called with a title its name lacks; "kembali" is a return
    ("Pesawat rute Makassar-Madinah terpaksa kembali ke Bandara Sultan Hasanuddin, Makassar.",
     {"origin": (-5.06, 119.55, 20), "destination": (24.55, 39.7, 20), "diversion": (-5.06, 119.55, 5)}),
    # Dutch: "vlak voor de landingsbaan" is at the airport it was landing at
    ("Een Boeing 737 op weg naar Schiphol is neergestort in een akker vlak voor de landingsbaan.",
     {"destination": (52.31, 4.76, 5), "crash_site": (52.31, 4.76, 8)}),
    # Russian: a region named by its centre's adjective ("в Ивановской области")
    ("Самолёт Ил-76, летевший из Москвы в Оренбург, разбился в Ивановской области.",
     {"origin": (55.97, 37.41, 40), "destination": (51.8, 55.46, 30), "crash_site": (57.1, 41.6, 60)}),
    # a name ending in 's ("St. John's")
    ("A WestJet flight from Calgary to St. John's, N.L., diverted to Halifax.",
     {"origin": (51.13, -114.01, 20), "destination": (47.62, -52.75, 10), "diversion": (44.88, -63.51, 10)}),
    # an accident database's record
    ("Location: Toronto-Pearson International Airport\nDeparture airport: Minneapolis/St. Paul International "
     "Airport (MSP)\nDestination airport: Toronto-Pearson International Airport (YYZ)\nNarrative: The aircraft "
     "touched down hard and rolled inverted.",
     {"origin": (44.88, -93.22, 20), "destination": (43.68, -79.63, 5), "crash_site": (43.68, -79.63, 5)}),
    # "an emergency stop in X"
    ("A Jet2 flight to Antalya had to make an emergency stop in Vienna.",
     {"destination": (36.9, 30.8, 20), "diversion": (48.11, 16.57, 15)}),
    # "departed X Airport, City"; "struck the surface of a lake … short of the runway" on approach
    ("The ATR departed Julius Nyerere International Airport, Dar es Salaam, on a flight to Bukoba Airport. "
     "During the second approach it struck the surface of Lake Victoria about 500 metres short of the runway.",
     {"origin": (-6.88, 39.2, 10), "destination": (-1.33, 31.82, 5), "crash_site": (-1.33, 31.82, 5)}),
    # two flights: the first named is the report's
    ("A Tupolev flying from Moscow to Barcelona collided with a cargo jet on its way from Bergamo to Brussels. "
     "The wreckage fell near Überlingen.",
     {"origin": (55.97, 37.41, 40), "destination": (41.3, 2.08, 15), "crash_site": (47.77, 9.17, 5)}),
    # "RAAF Base X, the military airfield near Y"
    ("On a flight from Singapore to Perth the captain diverted to RAAF Base Learmonth, the military airfield "
     "near Exmouth.", {"origin": (1.35, 103.99, 20), "destination": (-31.94, 115.97, 20),
                       "diversion": (-22.24, 114.09, 5)}),
    # "moments before it was due to land"; passengers travelling home and a team arriving are not the flight
    ("An Airbus A320 flying from Lahore crashed near Jinnah International Airport moments before it was due to "
     "land. Its passengers were travelling home to Karachi. A team from Airbus arrived from Toulouse.",
     {"origin": (31.52, 74.4, 20), "destination": (24.9, 67.16, 5), "crash_site": (24.9, 67.16, 5)}),
    # "landing back at X" is a return to where it left; where its fuselage was built is no crash site
    ("An Alaska Airlines jet bound for Ontario, California, made an emergency landing back at Portland "
     "International Airport. The fuselage was built by Spirit AeroSystems in Wichita.",
     {"origin": (45.59, -122.6, 5), "destination": (34.06, -117.6, 15), "diversion": (45.59, -122.6, 5)}),
    ("The Caravan had taken off from Bethel Airport on a mail and passenger run to Quinhagak.",
     {"origin": (60.78, -161.84, 5), "destination": (59.75, -161.9, 10)}),
    # a village "close to" a town, found only far away, is a namesake: the town places the crash
    ("The A320 slammed into a mountainside near the village of Le Vernet, close to Seyne-les-Alpes.",
     {"crash_site": (44.35, 6.36, 15)}),
    # employees returning to their posts are no return of the flight
    ("Employees of the ministry returning to their posts in Bangka-Belitung were among the passengers of the "
     "jet from Jakarta to Pangkal Pinang.", {"origin": (-6.13, 106.66, 30), "destination": (-2.16, 106.14, 20)}),
    # Spanish: "debía unir X, en Ciudad, con Y"; a runway excursion on take-off naming no place
    ("El Boeing, que debía unir el Aeroparque Jorge Newbery, en Buenos Aires, con la ciudad de Córdoba, no "
     "logró despegar: se salió de la pista.",
     {"origin": (-34.6, -58.4, 15), "destination": (-31.32, -64.21, 20), "crash_site": (-34.6, -58.4, 15)}),
    # an airline's new routes are no flight
    ("Iberia estrenará vuelos directos entre Madrid y Tokio y reforzará sus frecuencias a Bogotá.", {}),
    # French: "le poser sur la base aérienne de X"
    ("L'Airbus qui reliait Toronto à Lisbonne a plané avant que le pilote ne puisse le poser sur la base "
     "aérienne de Lajes, aux Açores.",
     {"origin": (43.68, -79.63, 25), "destination": (38.77, -9.13, 15), "diversion": (38.76, -27.09, 10)}),
    # Portuguese: "descolou do Porto e regressava à base de X despenhou-se em Y"
    ("O helicóptero que descolou do Porto e regressava à base de Macedo de Cavaleiros despenhou-se em Valongo.",
     {"origin": (41.15, -8.61, 25), "destination": (41.54, -6.96, 10), "crash_site": (41.19, -8.5, 5)}),
    # German: "von X/Y nach Z außerplanmäßig in W-Schwechat gelandet"
    ("Ein Ferienflieger ist auf dem Weg von Leipzig/Halle nach Antalya außerplanmäßig in Wien-Schwechat gelandet.",
     {"origin": (51.42, 12.24, 25), "destination": (36.9, 30.8, 20), "diversion": (48.11, 16.57, 15)}),
    # Polish: "ok. 10 km na południe od X" (an abbreviation, not a sentence's end)
    ("Awionetka rozbiła się w lesie ok. 10 km na południe od Słupska. Wystartowała z lotniska w Gdańsku.",
     {"origin": (54.38, 18.47, 15), "crash_site": (54.37, 17.03, 5)}),
    # Russian: "при посадке в аэропорту X выкатился за пределы полосы"
    ("Ан-24, вылетевший из Улан-Удэ, при посадке в аэропорту Нижнеангарска выкатился за пределы полосы.",
     {"origin": (51.81, 107.44, 20), "destination": (55.8, 109.6, 10), "crash_site": (55.8, 109.6, 10)}),
    # Turkish: "X Havalimanı'ndan Y'a giden", "Z Havalimanı'na inişe geçtiği sırada pistin 1,5 km önünde"
    ("İstanbul Atatürk Havalimanı'ndan Amsterdam'a giden uçak, Schiphol Havalimanı'na inişe geçtiği sırada "
     "pistin yaklaşık 1,5 kilometre önündeki bir tarlaya düştü.",
     {"origin": (40.98, 28.81, 10), "destination": (52.31, 4.76, 10), "crash_site": (52.31, 4.76, 10)}),
    # a small town after "con destino a"; a distance and direction from it
    ("Una avioneta que había despegado de Puerto Montt con destino a Chaitén se precipitó a tierra a unos 15 "
     "kilómetros al norte de Chaitén.",
     {"origin": (-41.44, -73.09, 10), "destination": (-42.92, -72.71, 10), "crash_site": (-42.79, -72.71, 5)}),
    # French: an airport named after someone, "l'aéroport international X"
    ("Un bimoteur, parti de l'aéroport international Blaise-Diagne à destination de Ziguinchor, s'est abîmé en "
     "mer au large de Joal.", {"origin": (14.67, -17.07, 10), "destination": (12.57, -16.27, 10),
                               "crash_site": (14.17, -16.85, 12)}),
    # Portuguese: "no aeroporto X, no Centro do Rio" (the city centre is no town called Centro)
    ("Um Boeing procedente de Brasília saiu da pista ao pousar no aeroporto Santos Dumont, no Centro do Rio.",
     {"origin": (-15.87, -47.92, 20), "destination": (-22.91, -43.16, 5), "crash_site": (-22.91, -43.16, 5)}),
    # Portuguese: "retornou ao aeroporto de X"
    ("Um Boeing que seguia para Joanesburgo retornou ao aeroporto de Maputo depois da descolagem.",
     {"origin": (-25.92, 32.57, 10), "destination": (-26.13, 28.24, 25), "diversion": (-25.92, 32.57, 10)}),
    # German: "von X nach Y … etwa 10 Kilometer südlich von Z abgestürzt"
    ("Eine Piper auf dem Flug von Egelsbach nach Sylt ist etwa 10 Kilometer südlich von Soltau abgestürzt.",
     {"origin": (49.96, 8.65, 10), "destination": (54.91, 8.34, 10), "crash_site": (52.9, 9.84, 5)}),
    # Italian: "a circa 5 chilometri a nord di X"
    ("Un Piper decollato da Treviso e diretto a Rimini è precipitato a circa 5 chilometri a nord di Ravenna.",
     {"origin": (45.65, 12.19, 10), "destination": (44.02, 12.61, 15), "crash_site": (44.46, 12.2, 5)}),
    # French: an earlier, similar incident of another aircraft is no turn-back of this one
    ("Un Airbus en provenance de Lisbonne a percuté des oiseaux à l'approche de Zaventem. En janvier, un appareil "
     "avait dû "
     "faire demi-tour vers Ostende après un incident similaire.",
     {"origin": (38.77, -9.13, 15), "destination": (50.9, 4.48, 10)}),
    # "turning back and landing at X"
    ("The A380 had departed Singapore Changi for Sydney when an engine burst. The crew spent two hours on the "
     "alerts before turning back and landing at Changi.",
     {"origin": (1.36, 103.99, 5), "destination": (-33.95, 151.18, 15), "diversion": (1.36, 103.99, 5)}),
    # a crash at an airport "before it could get airborne": the airport it was leaving; people
    # travelling to a memorial are no flight
    ("Comair Flight 5191 crashed just outside Blue Grass Airport. The regional jet was headed to Atlanta. It "
     "ran off the end before it could get airborne. Some relatives travelled from Cincinnati.",
     {"origin": (38.04, -84.61, 5), "destination": (33.64, -84.43, 15), "crash_site": (38.04, -84.61, 5)}),
    # "short of the runway" after the report told of the approach: the destination's runway
    ("The jet flew from Istanbul's Ataturk airport to Amsterdam Schiphol. During the approach the autothrottle "
     "pulled the engines to idle. The aircraft came down in a field about 1.5 km short of the runway.",
     {"origin": (40.98, 28.81, 10), "destination": (52.31, 4.76, 5), "crash_site": (52.31, 4.76, 10)}),
    # "crashed beside the end of the runway" while taking off from X
    ("The MD-82 was taking off from Madrid's Barajas airport for Gran Canaria when it rolled to the right and "
     "crashed beside the end of the runway.",
     {"origin": (40.47, -3.56, 5), "destination": (27.93, -15.39, 10), "crash_site": (40.47, -3.56, 5)}),
    # a full date after a lead sentence is the incident's own, not an earlier one
    ("Relatives of those killed when flight 604 crashed into the Red Sea gathered in Paris. The Boeing 737 was "
     "carrying tourists home from Sharm el-Sheikh to Paris on 3 January 2004.",
     {"origin": (27.98, 34.39, 15), "destination": (49.01, 2.55, 30), "crash_site": (27.9, 34.5, 400)}),
    # "the Marine Corps air station in X"; "had just landed in a thunderstorm at X", "overran the end"
    ("The Osprey had taken off from the Marine Corps air station in Iwakuni and was flying to Kadena Air Base.",
     {"origin": (34.15, 132.24, 10), "destination": (26.36, 127.77, 5)}),
    ("An Airbus A340 from Paris Charles de Gaulle had just landed in a violent thunderstorm at Toronto Pearson. "
     "The jet touched down too far along the runway, overran the end and slid into a ravine.",
     {"origin": (49.01, 2.55, 5), "destination": (43.68, -79.63, 5), "crash_site": (43.68, -79.63, 5)}),
    # a dated lead, then an undated sentence (the incident's year is kept, not compared with nothing)
    ("On 3 January 2004 a Boeing flying from Sharm el-Sheikh to Paris crashed into the Red Sea. Investigators "
     "later met in Cairo.", {"origin": (27.98, 34.39, 15), "destination": (49.01, 2.55, 30),
                            "crash_site": (27.9, 34.5, 400)}),
    # debris "later found on" an island drifted there: no crash site
    ("The Boeing vanished over the South China Sea after leaving Kuala Lumpur for Beijing. Debris later found "
     "on Reunion Island was confirmed to come from the plane.",
     {"origin": (3.14, 101.69, 50), "destination": (40.07, 116.6, 30)}),
    # a take-off named earlier in the sentence does not make "short of the runway at Y" a take-off
    ("An Airbus that took off from Toronto Pearson struck an antenna array and the ground short of the runway "
     "at Halifax Stanfield International Airport.",
     {"origin": (43.68, -79.63, 5), "destination": (44.88, -63.51, 5), "crash_site": (44.88, -63.51, 5)}),
    ("The jet from Phoenix hit severe turbulence shortly before landing in Honolulu.",
     {"origin": (33.43, -112.01, 20), "destination": (21.32, -157.92, 15)}),
    # "no bairro de X, no Recife": a namesake of the district far from the city it is said to be in
    ("O avião que decolou do Recife com destino a Natal caiu no bairro de Boa Viagem, no Recife.",
     {"origin": (-8.13, -34.92, 15), "destination": (-5.77, -35.37, 25), "crash_site": (-8.06, -34.9, 15)}),
    # German: "in X landen sollte"
    ("Ein Businessjet, der in Saarbrücken gestartet war und in Egelsbach landen sollte, stürzte bei Erzhausen ab.",
     {"origin": (49.21, 7.11, 10), "destination": (49.96, 8.65, 10), "crash_site": (49.95, 8.65, 5)}),

    # Dutch: "opgestegen op de luchthaven van X", "op weg was naar Y"; a small town after "naar"
    ("Een sportvliegtuig dat was opgestegen op de luchthaven van Kortrijk en op weg was naar Rotterdam, is "
     "neergestort bij Torhout.",
     {"origin": (50.82, 3.2, 15), "destination": (51.95, 4.44, 15), "crash_site": (51.07, 3.1, 10)}),
    ("Een Embraer, onderweg van Schiphol naar Billund, heeft een voorzorgslanding gemaakt in Bremen.",
     {"origin": (52.31, 4.76, 10), "destination": (55.74, 9.15, 15), "diversion": (53.05, 8.79, 15)}),
    # Portuguese: "com destino à Horta", "o aeroporto das Lajes"
    ("Um avião que partiu de Ponta Delgada com destino à Horta foi desviado para o aeroporto das Lajes.",
     {"origin": (37.74, -25.7, 15), "destination": (38.52, -28.72, 15), "diversion": (38.76, -27.09, 10)}),
    # an airfield the gazetteer lacks, then its town: "do aeródromo de Tires, em Cascais"
    ("Uma avioneta que tinha descolado do aeródromo de Tires, em Cascais, com destino a Portimão caiu perto "
     "de Odemira.",
     {"origin": (38.72, -9.36, 15), "destination": (37.15, -8.58, 15), "crash_site": (37.6, -8.64, 10)}),
    # Spanish: "regresar a la capital" is a return to the country's capital
    ("Un avión que había despegado del aeropuerto El Dorado con destino a Mitú tuvo que regresar a la capital "
     "por una falla.",
     {"origin": (4.7, -74.15, 15), "destination": (1.25, -70.23, 15), "diversion": (4.7, -74.15, 15)}),
    # English: "the capital" after a route's other end is that country's capital
    ("The Antonov was flying from Herat to the capital when it crashed in the mountains.",
     {"origin": (34.21, 62.23, 20), "destination": (34.57, 69.21, 20)}),
    # a short name for a town the text also names in full
    ("Vuelo entre Barcelona y Santiago desviado a Vigo. El avión cubría la ruta entre Barcelona y Santiago de "
     "Compostela.",
     {"origin": (41.3, 2.08, 15), "destination": (42.88, -8.5, 15), "diversion": (42.23, -8.63, 15)}),
    # a time between the origin and "for"
    ("The Twin Otter had taken off from Pokhara at 9:55am for Jomsom and crashed in Mustang.",
     {"origin": (28.2, 83.98, 10), "destination": (28.78, 83.72, 10), "crash_site": (28.9, 83.85, 60)}),
    # the passengers a flight carries are not the subject of its return
    ("A Sharjah-bound flight with 154 passengers returned to Thiruvananthapuram owing to a hydraulic snag.",
     {"origin": (8.48, 76.92, 15), "destination": (25.33, 55.52, 15), "diversion": (8.48, 76.92, 15)}),
    ("A Dana Air aircraft conveying passengers from Abuja skidded off the runway at the Murtala Muhammed "
     "Airport, Lagos.",
     {"origin": (9.07, 7.4, 25), "destination": (6.58, 3.32, 10), "crash_site": (6.58, 3.32, 10)}),
    # a name with a possessive, then "-bound"
    ("A Cox's Bazar-bound flight made an emergency landing in Chattogram after leaving Dhaka.",
     {"origin": (23.8, 90.4, 20), "destination": (21.45, 91.97, 15), "diversion": (22.25, 91.81, 15)}),
    # an airport named in full, then by its first word
    ("The Dash 8 took off from Wilson Airport in Nairobi for Diani, then returned to Wilson and landed safely.",
     {"origin": (-1.32, 36.81, 10), "diversion": (-1.32, 36.81, 10)}),
    # "the Ikeja area of Lagos": the part named
    ("A helicopter crashed into a building in the Ikeja area of Lagos State.",
     {"crash_site": (6.6, 3.35, 8)}),
    # a diversion only weighed is none
    ("The jet flying from Herat to Kabul had briefly considered diverting to Peshawar before it crashed near "
     "Kabul.",
     {"origin": (34.21, 62.23, 20), "destination": (34.57, 69.21, 20), "crash_site": (34.5, 69.2, 30)}),
    # a forced landing in a county's bog: where it came down, no diversion
    ("The skydiving plane made a forced landing in Offaly bog near Edenderry.",
     {"crash_site": (53.34, -7.05, 10)}),
    # "a private strip near X"
    ("The Cessna had taken off from a private strip near Hondo and was headed to Kerrville.",
     {"origin": (29.35, -99.14, 10), "destination": (30.05, -99.14, 10)}),
    # "Perth Airport at Scone" is Scotland's
    ("The light aircraft took off from Inverness Airport and was flying to Perth Airport at Scone.",
     {"origin": (57.54, -4.05, 5), "destination": (56.44, -3.37, 5)}),
    # a gear collapse on landing is a crash site at the airport landed at
    ("The Cessna returned to Shobdon after the pilot abandoned a flight to Caernarfon, and suffered a collapsed "
     "nose landing gear as it landed back at Shobdon Aerodrome.",
     {"origin": (52.24, -2.88, 5), "destination": (53.1, -4.34, 15), "diversion": (52.24, -2.88, 5),
      "crash_site": (52.24, -2.88, 5)}),
    # an air ambulance sent to pick up a patient, turning south for another town
    ("The King Air had left Saskatoon to pick up a patient in La Ronge, but the weather led the crew to turn "
     "south for Prince Albert, where it slid off the runway while landing.",
     {"origin": (52.17, -106.7, 15), "destination": (55.15, -105.26, 15), "diversion": (53.21, -105.67, 15),
      "crash_site": (53.21, -105.67, 15)}),
    # a town in a story of another country, far from all its places: a namesake
    ("A helicopter crashed near Glenorchy after leaving Queenstown for Milford Sound. The pilot was from Wanaka.",
     {"origin": (-45.02, 168.74, 10), "destination": (-44.67, 167.92, 10)}),

    # hijackers "forced it to fly to X"
    ("A domestic flight from Sabha to Tripoli was hijacked, and the two hijackers forced it to fly to Malta.",
     {"origin": (27.03, 14.43, 20), "destination": (32.8, 13.1, 30), "diversion": (35.86, 14.48, 10)}),
    # a Russian adjective spelled -y or -iy; a village found only far away, "in the X district"
    ("The Il-76 had taken off from the Chkalovsky airfield outside Moscow bound for Belgorod. Video showed the plane "
     "plunging into a field near the village of Yablonovo in the Korocha district.",
     {"origin": (55.88, 38.06, 5), "destination": (50.64, 36.59, 15), "crash_site": (50.81, 37.2, 15)}),
    # drones destroyed over a region: no crash of the flight
    ("A Pobeda flight from Kaliningrad to Moscow was diverted to Nizhny Novgorod during a drone attack. Officials "
     "said other drones were destroyed over the Kaluga region.",
     {"origin": (54.89, 20.59, 10), "destination": (55.75, 37.6, 45), "diversion": (56.23, 43.78, 20)}),
    # an airport the gazetteer lacks, after its city and before its island
    ("A Boeing flying from Mataram's Selaparang airport on Lombok to Yogyakarta ditched in a river.",
     {"origin": (-8.6, 116.1, 40), "destination": (-7.8, 110.4, 30)}),
    # an earlier incident told after the route, opening on a month and a year; a radio station's name
    ("A Qantas flight from Perth to Sydney diverted to Adelaide. A passenger told ABC Radio Adelaide it was "
     "terrifying. In October 2008 a Qantas A330 flying from Singapore to Perth made an emergency landing at "
     "Learmonth.",
     {"origin": (-31.94, 115.97, 15), "destination": (-33.94, 151.18, 15), "diversion": (-34.93, 138.6, 15)}),
    ("A Cessna crashed into a house in Danbury, Connecticut. In March, a flight instructor and a student died "
     "when their Cessna went down in a field near Groton.",
     {"crash_site": (41.39, -73.45, 10)}),
    # an industry story: a past blow-out, a firm's move
    ("It has been more than a year since a panel blew out of a 737 Max shortly after take-off from Portland, "
     "Oregon. Boeing moved its headquarters from Chicago to Arlington, Virginia.", {}),
    # "14km south of X"
    ("The Twin Otter took off from Pokhara for Jomsom. Debris was found roughly 14km south of Jomsom.",
     {"origin": (28.2, 83.98, 10), "destination": (28.78, 83.72, 10), "crash_site": (28.66, 83.73, 8)}),
    # a name qualified only later is another place of that name
    ("A jet that had taken off from Cambridge City Airport for Amsterdam Schiphol crashed on the edge of "
     "Newmarket, about 20 kilometres east of Cambridge. Its owner lives in Cambridge, Massachusetts.",
     {"origin": (52.2, 0.18, 5), "destination": (52.31, 4.76, 5), "crash_site": (52.24, 0.4, 12)}),
    # "X, in southwestern Y"; an airline's seasonal route is no route of this flight
    ("A WestJet 737 that took off from London, in southwestern Ontario, on a service to Calgary diverted to "
     "Toronto's Pearson airport. WestJet recently dropped its seasonal route from London International Airport "
     "to Orlando.",
     {"origin": (43.03, -81.15, 15), "destination": (51.13, -114.01, 15), "diversion": (43.68, -79.63, 5)}),
    ("A Cessna that disappeared on a flight from San José to Liberia, in Costa Rica's Guanacaste province, was "
     "found. A relative lives in San Jose, California.",
     {"origin": (9.99, -84.2, 20), "destination": (10.59, -85.54, 15)}),
    ("La avioneta cayó a 15 kilómetros al sudoeste de Dolores, en la provincia de Buenos Aires.",
     {"crash_site": (-36.41, -57.8, 8)}),
    # numbers in words, "ao sul", "al oriente"
    ("La avioneta se desplomó en un campo a ocho kilómetros al sur de Los Mochis.",
     {"crash_site": (25.72, -108.99, 6)}),
    ("O avião caiu a cerca de 25 quilômetros ao sul de Porto Nacional.", {"crash_site": (-10.93, -48.42, 10)}),
    ("El avión se estrelló a 40 kilómetros al oriente de Puerto Gaitán.", {"crash_site": (4.31, -71.72, 10)}),
    # made to land, had to land
    ("Un avion qui reliait Paris à Ajaccio a été contraint de se poser à Nice.",
     {"origin": (49.0, 2.5, 30), "destination": (41.92, 8.8, 10), "diversion": (43.66, 7.22, 10)}),
    ("O avião que fazia o trajeto entre Campinas e Porto Alegre precisou pousar em Florianópolis.",
     {"origin": (-23.0, -47.13, 20), "destination": (-29.99, -51.17, 15), "diversion": (-27.67, -48.55, 15)}),
    # a return to a terminal the text does not name; an "Aeroparque"
    ("Un avión que había despegado de Aeroparque Jorge Newbery con destino a Córdoba debió regresar a la terminal "
     "porteña.",
     {"origin": (-34.56, -58.42, 5), "destination": (-31.32, -64.21, 15), "diversion": (-34.56, -58.42, 5)}),
    ("Die Piper war am Flugplatz Augsburg gestartet. Etwa fünf Kilometer südöstlich von Bad Tölz stürzte die "
     "Maschine ab.",
     {"origin": (48.43, 10.93, 5), "crash_site": (47.73, 11.61, 6)}),
    ("Il velivolo, decollato da Bologna e diretto a Catania, è stato costretto a rientrare allo scalo di partenza.",
     {"origin": (44.53, 11.29, 10), "destination": (37.47, 15.07, 10), "diversion": (44.53, 11.29, 10)}),
    ("The King Air had departed Essendon Airport on a charter flight to King Island.",
     {"origin": (-37.73, 144.9, 5), "destination": (-39.88, 143.88, 10)}),

    # an airport in brackets after its city in a route
    ("Самолёт выполнял рейс Москва (Внуково) — Сочи и совершил вынужденную посадку в Краснодаре.",
     {"origin": (55.59, 37.26, 8), "destination": (43.45, 39.96, 15), "diversion": (45.03, 39.17, 15)}),
    # Polish: a vowel that drops ("z Mielca": Mielec)
    ("Mały samolot lecący z Mielca do Krakowa rozbił się w pobliżu Tarnowa.",
     {"origin": (50.29, 21.46, 10), "destination": (50.08, 19.78, 15), "crash_site": (50.01, 20.99, 10)}),
    # Dutch: the origin of "onderweg van X naar Y" where Y is a name the gazetteer lacks
    ("Het toestel was onderweg van Lelystad naar Texel en stortte neer bij Den Oever.",
     {"origin": (52.46, 5.53, 12), "crash_site": (52.93, 5.03, 8)}),
    # Dutch: "ten zuidwesten van X" makes X a place however small
    ("Het toestel was onderweg van Pokhara naar Jomsom en stortte neer op een berghelling ongeveer 15 kilometer "
     "ten zuidwesten van Jomsom.",
     {"origin": (28.2, 83.98, 10), "destination": (28.78, 83.72, 10), "crash_site": (28.68, 83.61, 8)}),
    # Turkish: an airport word after a town; a district after its town in the genitive; "İstanbul Havalimanı"
    ("Çorlu Havalimanı'ndan kalkan eğitim uçağı bir tarlaya düştü.", {"origin": (41.14, 27.92, 15)}),
    ("Kayseri'den Malatya'ya giden kargo uçağı, Malatya'nın Akçadağ ilçesi kırsalında düştü.",
     {"origin": (38.77, 35.5, 15), "destination": (38.44, 38.09, 15), "crash_site": (38.34, 37.97, 8)}),
    ("İstanbul Havalimanı'ndan New York'a giden uçak İstanbul Havalimanı'na geri döndü.",
     {"origin": (41.27, 28.75, 8), "destination": (40.64, -73.78, 30), "diversion": (41.27, 28.75, 8)}),
    # where it was diverted to is no destination while another is named
    ("Fog sends Istanbul flight to Kutaisi\nA Boeing that left Istanbul bound for the Georgian capital was diverted "
     "to Kutaisi.",
     {"origin": (41.1, 28.9, 45), "destination": (41.67, 44.95, 15), "diversion": (42.18, 42.48, 15)}),
    # "a power cut left X airport without lights" is no departure; a great city's hub
    ("A Copa jet flying from Panama City to Valencia was diverted to Maiquetía after a power cut left Arturo "
     "Michelena airport without runway lights.",
     {"origin": (9.07, -79.38, 10), "destination": (10.15, -67.93, 15), "diversion": (10.6, -66.99, 15)}),
    # "north-north-east"
    ("The jet came down in the ocean about 800 km north-north-east of the island of Fernando de Noronha.",
     {"crash_site": (3.04, -30.57, 120)}),
    # "east of the field": the airfield this sentence names
    ("A Piper that had just taken off from Athens-Ben Epps Airport crashed into woodland roughly 8 kilometres east "
     "of the field.",
     {"origin": (33.95, -83.33, 5), "crash_site": (33.95, -83.24, 4)}),
    # a place between the origin and "for"
    ("A Beech 1900 that departed Victoria International Airport on Vancouver Island's southern tip for Port Hardy "
     "diverted to Comox.",
     {"origin": (48.65, -123.43, 5), "destination": (50.68, -127.37, 15), "diversion": (49.71, -124.89, 15)}),
    # an airport called after a town beside it, not one called after a longer name far off
    ("An Airlink jet overran the runway at George Airport after a flight from Johannesburg.",
     {"origin": (-26.14, 28.25, 25), "destination": (-34.0, 22.38, 5), "crash_site": (-34.0, 22.38, 5)}),

    # a state as news agencies abbreviate it after a town
    ("A Piper crashed near Columbia, Tenn., on Sunday, killing the pilot.", {"crash_site": (35.62, -87.04, 10)}),
    # a headline's name is the dateline's, qualified
    ("Crop duster crashes south of Clinton\nCLINTON, Ill. - A crop-spraying plane crashed in a field about 6 miles "
     "south of Clinton, the DeWitt County sheriff said.",
     {"crash_site": (40.06, -88.96, 6)}),
    # an accident database's record with a distance on its Location line
    ("Type: de Havilland Canada DHC-6\nDeparture airport: Wilson Airport, Nairobi\nDestination airport: "
     "Lokichoggio Airport\nLocation: 12 km SW of Lodwar - Kenya",
     {"origin": (-1.32, 36.81, 5), "destination": (4.2, 34.35, 10), "crash_site": (3.04, 35.52, 6)}),
    # "landed on X's runway … veered left off the runway"
    ("A Boeing 737 from Ankara to Trabzon landed on Trabzon's runway 11 but veered left off the runway and went down "
     "the embankment.",
     {"origin": (40.13, 32.99, 30), "destination": (40.99, 39.79, 10), "crash_site": (40.99, 39.79, 10)}),
    ("While landing on Inverness' runway 23 the Saab departed the runway surface and came to a stop on soft ground.",
     {"destination": (57.54, -4.05, 5), "crash_site": (57.54, -4.05, 5)}),
    # a route as two ICAO codes
    ("An A320 flying EGKK–LPFR (London Gatwick to Faro) diverted to Bordeaux.",
     {"origin": (51.15, -0.19, 5), "destination": (37.01, -7.97, 5), "diversion": (44.83, -0.72, 15)}),
    # "une quinzaine de kilomètres"
    ("Un avion parti de Baie-Comeau s'est écrasé à une quinzaine de kilomètres au nord de Forestville, au Québec.",
     {"origin": (49.13, -68.2, 15), "crash_site": (48.87, -69.08, 6)}),

    # "crashed on takeoff at X": where it took off
    ("The Fokker 100 crashed on takeoff at Almaty, killing 12 people.",
     {"origin": (43.35, 77.04, 5), "crash_site": (43.35, 77.04, 5)}),
    ("A Cessna Caravan that was due at Nairobi's Wilson Airport crashed shortly after leaving Kitale.",
     {"origin": (0.97, 34.96, 15), "destination": (-1.32, 36.81, 5), "crash_site": (0.97, 34.96, 15)}),
    # a town and its region between the place left and "for"
    ("The Twin Otter departed Goose Bay, Labrador, for Iqaluit, Nunavut.",
     {"origin": (53.32, -60.43, 5), "destination": (63.76, -68.56, 10)}),
    # "el aeropuerto de Santiago" is the great city's, not a field called Santiago Airport
    ("Un avión que volaba con destino a Puerto Montt debió regresar al aeropuerto de Santiago.",
     {"destination": (-41.44, -73.09, 15), "diversion": (-33.39, -70.79, 25)}),

    # an incident named by its year, earlier than the report's: no point of this route
    ("The An-148 had taken off from Domodedovo for Orsk and came down in February 2018 in snowy fields. Weeks "
     "earlier relatives of those killed in the 2016 Tu-154 crash off Sochi had held their own service.",
     {"origin": (55.41, 37.9, 5), "destination": (51.07, 58.6, 20)}),

    # "el aeródromo de X" among the text's places in one country: the field there, though a city of note
    # elsewhere has the name
    ("La avioneta había despegado del aeródromo de San Fernando con destino a Villa Gesell y cayó cerca de Dolores.",
     {"origin": (-34.45, -58.59, 5), "destination": (-37.26, -56.97, 15), "crash_site": (-36.31, -57.68, 10)}),

    # a report told after the event: its lead dates the incident "last year", and it is this one
    ("Board blames icing for King Air crash\nThe King Air crashed shortly after takeoff from Aspen-Pitkin County "
     "Airport in March of last year, killing both pilots, the board said on Tuesday.",
     {"origin": (39.22, -106.87, 5), "crash_site": (39.22, -106.87, 5)}),
    # a timeline told in the present tense
    ("09:05 - The Dash 8 departs Thunder Bay at 9:05 a.m., bound for Sioux Lookout.\n"
     "09:40 - The aircraft comes down in a forest about 20 kilometres south of Sioux Lookout.",
     {"origin": (48.37, -89.32, 10), "destination": (50.1, -91.9, 10), "crash_site": (49.92, -91.92, 8)}),
    # a lesson or an exercise to a place; a ridge "snow-covered"
    ("The Diamond DA40 left Bournemouth Airport on Monday for a navigation exercise to Exeter Airport but "
     "struck a fog-covered hillside near Honiton.",
     {"origin": (50.78, -1.84, 5), "destination": (50.73, -3.41, 5), "crash_site": (50.8, -3.19, 8)}),
    # departed at a time on a day, for a place
    ("The air ambulance departed Rapid City Regional Airport at 6:40 p.m. Friday for Sioux Falls.",
     {"origin": (44.04, -103.06, 5), "destination": (43.55, -96.73, 12)}),
    # a town some thirty times smaller than a namesake abroad, amid the story's places
    ("A student pilot flying from Jandakot to Northam made a forced landing in a paddock near York.",
     {"origin": (-32.1, 115.88, 5), "destination": (-31.65, 116.67, 15), "crash_site": (-31.89, 116.77, 8)}),
    # but a route's far end is the city of note, though a namesake lies by its start
    ("Um avião que fazia a rota entre Guarulhos e Belém precisou pousar em Campinas.",
     {"origin": (-23.43, -46.47, 10), "destination": (-1.38, -48.48, 15), "diversion": (-23.0, -47.13, 20)}),

    # a rescue helicopter's base is no origin of the flight
    ("A Piper Seneca bound for Stornoway crashed near Ullapool on Sunday. A rescue helicopter from Inverness "
     "winched the two men to safety.",
     {"destination": (58.21, -6.33, 10), "crash_site": (57.9, -5.16, 10)}),
    # other flights sent elsewhere are no diversion of this one
    ("A regional jet from Bristol to Newquay skidded off the runway on landing. Flights from Exeter and Plymouth "
     "are being diverted to Cardiff.",
     {"origin": (51.38, -2.72, 10), "destination": (50.44, -5.0, 10), "crash_site": (50.44, -5.0, 5)}),
    # "left the runway after landing"
    ("The turboprop flying from Aberdeen to Sumburgh left the runway after landing in strong winds.",
     {"origin": (57.2, -2.2, 10), "destination": (59.88, -1.3, 10), "crash_site": (59.88, -1.3, 5)}),
    # a runway overrun named as such
    ("Friday's runway overrun at Lukla, in which a Twin Otter arriving from Kathmandu skidded past the end of the "
     "runway, injured two.",
     {"origin": (27.7, 85.36, 10), "destination": (27.69, 86.73, 5), "crash_site": (27.69, 86.73, 5)}),
    # where a person is from
    ("The Cessna 172 flying to Gympie crashed near Kilkivan. Paramedics flew the 61-year-old pilot, from "
     "Maryborough, to Brisbane.",
     {"destination": (-26.19, 152.67, 12), "crash_site": (-26.08, 152.24, 10)}),
    # a balloon launched from a town
    ("The hot-air balloon launched from Methven on Sunday morning and came down hard near Rakaia.",
     {"origin": (-43.63, 171.65, 10), "crash_site": (-43.75, 172.02, 10)}),
    # a second aircraft of a pair returned
    ("A Pilatus PC-7 on a training flight from Payerne crashed near Romont. A second aircraft in the pair returned "
     "safely to Payerne.",
     {"origin": (46.84, 6.91, 10), "crash_site": (46.69, 6.92, 10)}),
    # a club called after a city is no place of the flight
    ("The glider took off from the London Gliding Club and crashed near Luton.",
     {"crash_site": (51.88, -0.42, 10)}),

    # a town's air base, named with words that would otherwise make the town's name a person's
    ("A navy helicopter that took off from Tateyama Air Base ditched in the sea off Miyakejima.",
     {"origin": (34.99, 139.87, 10), "crash_site": (34.08, 139.53, 30)}),
    # an airport's full name, longer than the gazetteer's: by the end it shares
    ("The Boeing 737 departed Sultan Aji Muhammad Sulaiman Sepinggan Airport for Jakarta.",
     {"origin": (-1.27, 116.89, 5), "destination": (-6.13, 106.66, 30)}),
    # … or by the town it begins with
    ("The Piper was bound for Carlisle Lake District Airport when it came down near Brampton, Cumbria.",
     {"destination": (54.94, -2.81, 5), "crash_site": (54.94, -2.73, 10)}),

    # German: "umkehren" is a return to where it took off
    ("Ein Airbus auf dem Weg von Hamburg nach Faro musste kurz nach dem Start umkehren.",
     {"origin": (53.63, 9.99, 10), "destination": (37.01, -7.97, 10), "diversion": (53.63, 9.99, 10)}),
    # "an air turnback", as South Asian English has it
    ("An ATR 72 flying from Pokhara to Kathmandu made an air turnback shortly after take-off.",
     {"origin": (28.2, 83.98, 10), "destination": (27.7, 85.36, 10), "diversion": (28.2, 83.98, 10)}),
    # "la ciudad" right after the take-off from it: the town it had just left, not the one it was bound for
    ("Una avioneta que había despegado de Cochabamba con destino a Trinidad se estrelló minutos después a diez "
     "kilómetros al norte de la ciudad.",
     {"origin": (-17.39, -66.16, 12), "destination": (-14.83, -64.9, 12), "crash_site": (-17.3, -66.16, 8)}),

    # French airport names after a city and a hyphen, or a person's name alone
    ("Un Dash 8 qui reliait Montréal-Trudeau à Gaspé a dû se dérouter vers l'aéroport Jean-Lesage.",
     {"origin": (45.47, -73.74, 5), "destination": (48.78, -64.48, 12), "diversion": (46.79, -71.39, 5)}),
    # "rebrousser chemin" back to the airport it left
    ("Un vol entre Québec et Gaspé a dû rebrousser chemin peu après son décollage de l'aéroport Jean-Lesage.",
     {"origin": (46.79, -71.39, 5), "destination": (48.78, -64.48, 12), "diversion": (46.79, -71.39, 5)}),

    # a search finds the aircraft some way from a town: where it came down
    ("A Pilatus Porter went missing after leaving Timika. Rescuers located the aircraft on a slope about 15 "
     "kilometres east of Wamena.",
     {"origin": (-4.53, 136.89, 12), "crash_site": (-4.1, 139.08, 8)}),
    # "for the aerodrome on X"
    ("The Islander left Galway for the aerodrome on Inis Meáin.",
     {"origin": (53.27, -9.05, 12), "destination": (53.09, -9.57, 5)}),
    # an airport called a jetport
    ("The Cessna had departed Portland International Jetport for Bangor.",
     {"origin": (43.65, -70.31, 5), "destination": (44.8, -68.8, 10)}),

    # a city's newspaper leaves the city a place
    ("A Pilatus PC-12 crashed near Denver on Sunday, the Denver Post reported.",
     {"crash_site": (39.74, -104.98, 15)}),
    # a person's trip is no flight's destination
    ("A crop duster crashed north of Paris, Texas. The pilot had just come back from a trip to Rome.",
     {"crash_site": (33.66, -95.56, 20)}),
    # an airport's short name does not vote for its namesake's airport
    ("An Air New Zealand flight from Auckland to Queenstown diverted to Christchurch. Queenstown Airport was "
     "closed by snow.",
     {"origin": (-37.0, 174.79, 15), "destination": (-45.02, 168.74, 10), "diversion": (-43.49, 172.53, 15)}),

    # an accident database's "Location:" for an incident is no crash site
    ("Incident Boeing 737-800, Fiji\nAircraft damage: Minor\nLocation: Nadi International Airport - Fiji\n"
     "Narrative: The crew diverted to Nadi after a pressurisation warning.",
     {"diversion": (-17.76, 177.44, 10)}),
    # a round trip's planned end is no turn back
    ("The tour helicopter departed Hilo International Airport on a flight over Kilauea with a planned return to "
     "Hilo. It crashed near Pahoa.",
     {"origin": (19.72, -155.05, 5), "crash_site": (19.49, -154.95, 8)}),
    # the runway it departed, at the airport; the destination a record calls planned
    ("The Bonanza departed runway 26 at Boulder Municipal Airport for its planned destination, Eagle County "
     "Regional Airport, and crashed near Estes Park.",
     {"origin": (40.04, -105.23, 5), "destination": (39.64, -106.92, 5), "crash_site": (40.38, -105.52, 8)}),
    # airports called after a town and a hyphen, or a slash
    ("The Cessna left Durango-La Plata County Airport for Telluride.",
     {"origin": (37.15, -107.75, 3), "destination": (37.94, -107.81, 12)}),
    # "On landing … departed the runway surface": at the airport it was bound for
    ("The Metro flew from Perth to Kalgoorlie. On landing in a gusty crosswind it departed the runway surface.",
     {"origin": (-31.94, 115.97, 5), "destination": (-30.79, 121.46, 5), "crash_site": (-30.79, 121.46, 5)}),
    # a city's airport named after a person, said with the city
    ("A JetBlue flight from Orlando diverted to Boston's Logan International Airport.",
     {"origin": (28.43, -81.31, 15), "diversion": (42.36, -71.01, 5)}),

    # Italian: a word or two between the verb and where from; "diretto all'aeroporto di X"
    ("Il Piper era decollato da poco dall'aeroporto di Bologna ed era diretto all'aeroporto di Ancona.",
     {"origin": (44.53, 11.29, 5), "destination": (43.62, 13.36, 5)}),
    # Dutch: the verb between the two ends
    ("Een Boeing die vanaf Schiphol was vertrokken naar Malaga is uitgeweken naar Bordeaux.",
     {"origin": (52.31, 4.76, 5), "destination": (36.67, -4.5, 12), "diversion": (44.83, -0.72, 15)}),
    # Turkish: an emergency landing at a city's airport, named as such
    ("Antalya'dan Trabzon'a giden uçak, Samsun Havalimanı'na acil iniş yaptı.",
     {"origin": (36.9, 30.8, 15), "destination": (41.0, 39.72, 15), "diversion": (41.26, 36.57, 30)}),
    # Indonesian: "20 kilometer arah barat laut X"
    ("Pesawat itu jatuh sekitar 15 kilometer arah timur laut Wamena.",
     {"crash_site": (-4.0, 139.05, 6)}),
    # Russian: a name whose vowel drops in its other cases ("от Ельца": Yelets); "с аэродрома X"
    ("Самолёт взлетел с аэродрома Липецк и разбился в 10 километрах к югу от Ельца.",
     {"origin": (52.6, 39.57, 15), "crash_site": (52.52, 38.51, 6)}),
    # Polish: names of two words, each declined ("do Nowego Targu", "w Bielsku-Białej")
    ("Awionetka wystartowała z lotniska Kaniów w Bielsku-Białej i leciała do Nowego Targu.",
     {"origin": (49.82, 19.05, 12), "destination": (49.48, 20.03, 12)}),

    # a city's possessive with letters beyond ASCII, and an airport named after a person's first names
    ("The Twin Otter took off from Medellín's Olaya Herrera Airport for Quibdó.",
     {"origin": (6.22, -75.59, 5), "destination": (5.69, -76.64, 15)}),
    # an airport the gazetteer lacks is none of the airfields called by the end of its name
    ("The helicopter took off from Jolly Grant Airport in Dehradun and crashed near Rishikesh.",
     {"origin": (30.3, 78.1, 25), "crash_site": (30.11, 78.29, 10)}),

    # Spanish: "con destino al aeropuerto X, de Y"
    ("La avioneta despegó de Neiva con destino al aeropuerto Matecaña, de Pereira.",
     {"origin": (2.95, -75.29, 12), "destination": (4.81, -75.74, 5)}),
    # Polish: "z X na lotnisko Y pod Z": a town named as an airport is its airport, over a headline's city
    ("Samolot z Krakowa do Londynu lądował w Kolonii\nSamolot lecący z Krakowa na lotnisko Luton pod Londynem "
     "awaryjnie lądował w Kolonii.",
     {"origin": (50.08, 19.78, 15), "destination": (51.87, -0.37, 8), "diversion": (50.87, 7.14, 15)}),

    # an airport named in its own language in an English report
    ("A flight from Aeroparque Jorge Newbery to Mendoza returned to Buenos Aires.",
     {"origin": (-34.56, -58.42, 5), "destination": (-32.83, -68.79, 12), "diversion": (-34.6, -58.4, 20)}),
    # a turn back that ended in a crash far from the airport is no diversion
    ("The Metro departed Alice Springs for Yulara. After an engine failure the crew began a turn back towards the "
     "airport but the aircraft crashed 30 km west of Alice Springs.",
     {"origin": (-23.81, 133.9, 5), "destination": (-25.19, 130.98, 10), "crash_site": (-23.7, 133.59, 10)}),
    # twin cities joined by a hyphen are their airport
    ("A SkyWest flight from Minneapolis-St. Paul to Aberdeen, South Dakota, diverted to Watertown.",
     {"origin": (44.88, -93.22, 5), "destination": (45.45, -98.42, 10), "diversion": (44.91, -97.15, 10)}),
    # an airport airportsdata abbreviates ("Colombo Int Arpt Ratmalana")
    ("The Dash 8 flew from Ratmalana to Jaffna.",
     {"origin": (6.82, 79.89, 5), "destination": (9.66, 80.03, 20)}),

    # "coming down" in a live blog's line
    ("14:05 - Reports of a light aircraft coming down on the fells about 5 km south of Keswick, Cumbria.",
     {"crash_site": (54.555, -3.13, 6)}),
    # where a missing aircraft never arrived; a heliport at a town
    ("The floatplane left Sitka on Tuesday and failed to arrive in Juneau.",
     {"origin": (57.05, -135.33, 12), "destination": (58.36, -134.58, 12)}),
    ("The helicopter was flying to the heliport at Zermatt when it crashed near Täsch.",
     {"destination": (46.02, 7.75, 6), "crash_site": (46.07, 7.78, 6)}),
    # a charter's destination; a scheduled run
    ("The An-26 had been chartered to fly to Kufra when it crashed near Benghazi.",
     {"destination": (24.18, 23.31, 15), "crash_site": (32.1, 20.1, 20)}),
    ("The Caravan was on a scheduled run to Bethel when it went down near Aniak.",
     {"destination": (60.79, -161.76, 10), "crash_site": (61.58, -159.54, 10)}),
    # a fleet's move is no flight's route
    ("The Su-24 crashed near Novorossiysk. The fleet has moved much of its strength from Sevastopol to "
     "Novorossiysk.",
     {"crash_site": (44.72, 37.77, 12)}),
    # "Ste." inside a name does not end the sentence
    ("The Beech 1900 from Winnipeg diverted to Sault Ste. Marie after a bird strike.",
     {"origin": (49.91, -97.24, 12), "diversion": (46.49, -84.51, 15)}),

    # German: "musste … in X landen", the verb last
    ("Ein Eurowings-Flug von Hamburg nach Wien musste am Abend in Hannover landen.",
     {"origin": (53.63, 9.99, 10), "destination": (48.11, 16.57, 20), "diversion": (52.46, 9.69, 10)}),
    # German: "nach X zurückgekehrt" is a return to where it left
    ("Ein Airbus auf dem Weg nach Kairo ist am Mittwoch nach Frankfurt zurückgekehrt. Die Maschine war vom "
     "Flughafen Frankfurt gestartet.",
     {"origin": (50.03, 8.56, 5), "destination": (30.12, 31.41, 25), "diversion": (50.03, 8.56, 5)}),
    # German: a crash landing at an airfield; "im Gemeindegebiet von X"
    ("Bei einer Bruchlandung auf dem Flugplatz Speyer wurde der Pilot verletzt.",
     {"crash_site": (49.3, 8.45, 5)}),
    ("Der Hubschrauber zerschellte im Gemeindegebiet von Galtür.", {"crash_site": (46.97, 10.19, 8)}),
    # German nouns are capitalised: "die Kriminalpolizei Füssen" makes no surname of Füssen
    ("Das Kleinflugzeug ist bei Füssen abgestürzt. Die Kriminalpolizei Füssen ermittelt.",
     {"crash_site": (47.57, 10.7, 8)}),
    # Spanish: "se accidentó cerca de X"
    ("La avioneta que volaba de Rosario a Córdoba se accidentó cerca de Marcos Juárez.",
     {"origin": (-32.9, -60.78, 15), "destination": (-31.32, -64.21, 20), "crash_site": (-32.7, -62.1, 8)}),

    # a landing far from where the report said it was bound is a diversion
    ("A WestJet Boeing 737 from Calgary to Vancouver declared an emergency. The jet squawked 7700 over "
     "Revelstoke and landed at Kelowna International Airport.",
     {"origin": (51.11, -114.02, 10), "destination": (49.19, -123.18, 12), "diversion": (49.96, -119.38, 8)}),
    # "landed safely … looked after at the airport" is no crash
    ("The Saab 340 from Sumburgh to Aberdeen was diverted to Kirkwall. It landed safely at 10:17 and passengers "
     "were looked after by our team at the airport.",
     {"origin": (59.88, -1.3, 8), "destination": (57.2, -2.2, 12), "diversion": (58.96, -2.9, 10)}),
    # an airport named after a short word, with its city ("Moi International Airport in Mombasa")
    ("The Boeing 737 overran the runway at Moi International Airport in Mombasa.",
     {"destination": (-4.03, 39.59, 5), "crash_site": (-4.03, 39.59, 5)}),

    # a forced landing in a field that harmed no one and nothing is a landing there, not a crash; and a town
    # near the destination's airport is another place
    ("A Cessna from Waterloo to Brantford made a forced landing in a farm field near Paris, Ontario. Neither "
     "occupant was injured.",
     {"origin": (43.46, -80.38, 12), "destination": (43.13, -80.34, 10), "diversion": (43.2, -80.38, 8)}),
    ("A student flying from Jandakot to Northam made a forced landing in a paddock near York. He was unhurt "
     "and the aircraft undamaged.",
     {"origin": (-32.1, 115.88, 5), "destination": (-31.65, 116.67, 15), "diversion": (-31.89, 116.77, 8)}),

    # an incident named by its year after an airline's possessive: another incident
    ("A Dash 8 from Dhaka to Sylhet diverted to Chittagong after a warning light. The airline's 2018 crash in "
     "Kathmandu killed 51 people.",
     {"origin": (23.84, 90.4, 15), "destination": (24.96, 91.87, 15), "diversion": (22.25, 91.81, 20)}),

    # a report that turns to other incidents of the same week
    ("An ATR 72 flying from Manila to Tacloban diverted to Legazpi after a hydraulic warning. The incident capped a "
     "difficult week: on Monday a Cessna trainer crashed in a rice field near Cabanatuan.",
     {"origin": (14.51, 121.02, 15), "destination": (11.23, 125.03, 15), "diversion": (13.16, 123.73, 15)}),
    # what happens every year is no event of the flight's
    ("A Boeing 787 from Haneda to Osaka returned to Haneda after a pressurisation warning. Every year relatives "
     "climb to the crash site near Ueno.",
     {"origin": (35.55, 139.78, 5), "destination": (34.69, 135.5, 40), "diversion": (35.55, 139.78, 5)}),

    # "struck rising ground", "struck ranges" without an article
    ("The Piper struck rising ground about 5 km north of Moffat.", {"crash_site": (55.38, -3.44, 6)}),
    # "left X that morning for Y"
    ("The Cherokee had left Pullman-Moscow Regional Airport that morning for Boise Airport.",
     {"origin": (46.74, -117.11, 5), "destination": (43.56, -116.22, 5)}),

    # a town whose name begins with its article
    ("A Dash 8 from The Pas to Thompson turned back to The Pas after a warning light.",
     {"origin": (53.9, -101.17, 25), "destination": (55.74, -97.86, 15), "diversion": (53.9, -101.17, 25)}),

    # a city, then the town its airport is called after
    ("The Ryanair jet was bound for Rome Ciampino when it diverted to Pisa.",
     {"destination": (41.8, 12.59, 4), "diversion": (43.68, 10.39, 10)}),

    # "on its final approach to X Airport when it came down 8 km south of the airport": X's airport
    ("The Beechcraft from Flin Flon was on its final approach to Thompson Airport when it came down in muskeg "
     "about 8 kilometres south of the airport.",
     {"origin": (54.68, -101.68, 12), "destination": (55.8, -97.86, 5), "crash_site": (55.73, -97.86, 4)}),

    # "<airline> Air <city> flight": where the airline flew, and the city stays a city throughout
    ("Summit Air Lukla flight returns to Kathmandu after bird strike\n"
     "A Summit Air flight bound for Lukla turned back to Kathmandu on Monday after a bird struck its windscreen.",
     {"destination": (27.687, 86.73, 10), "diversion": (27.697, 85.359, 10), "origin": (27.697, 85.359, 10)}),
    # "The incident recalled March 2016, when …", "after a 2018 crash near X": other incidents
    ("A Royal Jordanian flight bound for Beirut returned to Amman on Sunday after smoke filled the cabin. The "
     "incident recalled March 2016, when a Turkish Airlines jet flying from Ankara to Izmir made an emergency landing "
     "in Antalya. The type has been under scrutiny since a 2018 crash near Aqaba.",
     {"destination": (33.821, 35.488, 15), "origin": (31.72, 35.99, 10), "diversion": (31.72, 35.99, 10)}),
    # "landed on schedule at X", "as it landed in X": where it arrived, as it was bound
    ("Police arrested a passenger after a disturbance on a flight from Lagos. The Boeing 737 landed on schedule at "
     "Nnamdi Azikiwe International Airport, where officers boarded it.",
     {"origin": (6.577, 3.321, 15), "destination": (9.007, 7.263, 5)}),
    ("A tyre burst on the Airbus as it landed in Madurai on Thursday, closing the runway for two hours. The flight, "
     "from Chennai, carried 170 passengers.",
     {"origin": (12.99, 80.17, 15), "destination": (9.834, 78.093, 15)}),

    # "a coastguard helicopter from X … took part in the rescue": another aircraft's base
    ("A helicopter carrying oil workers ditched 30 km east of Montrose on Monday. It had taken off from Dundee "
     "an hour earlier. A coastguard helicopter from Sumburgh and a lifeboat took part in the rescue.",
     {"origin": (56.452, -3.026, 8), "crash_site": (56.708, -1.98, 15)}),
    # "had left its base at X to search for …": the flight's own departure; "engineers were flown from X": people
    ("A search and rescue helicopter made a precautionary landing at Wick John O'Groats Airport on Sunday. The "
     "Sikorsky had left its base at Inverness Airport to search for a missing walker. Engineers were flown from "
     "Aberdeen to inspect it.",
     {"origin": (57.542, -4.048, 8), "diversion": (58.459, -3.093, 8)}),
    # "lifted off from the STARS base at X"; "a precautionary landing in a farmer's field near Y": by Y, not
    # at the airport the text named for X
    ("An air ambulance helicopter made a precautionary landing in a farmer's field near Okotoks on Tuesday. The "
     "helicopter had lifted off from its base at Calgary International Airport 20 minutes earlier.",
     {"origin": (51.114, -114.02, 5), "diversion": (50.725, -113.975, 5)}),
    # a helicopter's flight to a hospital in X: the town, not its airport; a man "from X" is no route end
    ("The medical helicopter lifted off from the regional hospital in Kamloops and was on its way to the medical "
     "centre in Salmon Arm when it crashed 10 km west of Chase. Paramedics took the patient, a 60-year-old man "
     "from Vernon, to hospital in Kelowna.",
     {"origin": (50.676, -120.34, 5), "destination": (50.70, -119.283, 5), "crash_site": (50.82, -119.83, 8)}),

    # European Portuguese: "fez uma aterragem de emergência no aeroporto de X", "tinha descolado do aeródromo de Y"
    ("Uma avioneta fez esta quinta-feira uma aterragem de emergência no aeroporto de Faro depois de uma falha "
     "elétrica. O aparelho tinha descolado do aeródromo de Évora com destino a Huelva, em Espanha.",
     {"origin": (38.533, -7.889, 12), "destination": (37.26, -6.95, 15), "diversion": (37.014, -7.966, 5)}),
    # "despenhou-se … nos arredores de X" (a small town named after "arredores de"); "Há três anos …": another's
    ("Um ultraleve despenhou-se esta manhã numa herdade nos arredores de Montemor-o-Novo. Há três anos, outro "
     "ultraleve despenhou-se perto de Alcácer do Sal.",
     {"crash_site": (38.648, -8.216, 8)}),
    # "a queda de um ultraleve num campo … em X"
    ("Dois homens ficaram feridos na sequência da queda de um ultraleve num campo agrícola em Vila Verde, pouco "
     "depois de o aparelho ter descolado do aeródromo de Braga.",
     {"origin": (41.587, -8.445, 12), "crash_site": (41.648, -8.436, 10)}),
    # "partiu do Aeroporto 4 de Fevereiro, em Luanda": an airport named after a date, then its city
    ("Um avião de táxi aéreo que partiu do Aeroporto 4 de Fevereiro, em Luanda, com destino ao Lubango, fez uma "
     "aterragem de emergência no aeroporto de Benguela.",
     {"origin": (-8.858, 13.231, 15), "destination": (-14.925, 13.575, 15), "diversion": (-12.609, 13.404, 30)}),
    # "fazia a ligação entre X e a Y", though the report also names a far town elsewhere (a stray reading
    # of X's other mentions no longer drops them)
    ("Um avião que fazia a ligação entre Ponta Delgada e a Horta regressou ao aeroporto de Ponta Delgada. A "
     "companhia tem sede em Ponta Delgada. Entre os passageiros estava um grupo de emigrantes de Fall River, nos "
     "Estados Unidos.",
     {"origin": (37.741, -25.698, 12), "destination": (38.52, -28.716, 12), "diversion": (37.741, -25.698, 12)}),
    # Spanish subjunctive "se desplomara en la zona serrana del municipio de X"; "En enero pasado otra avioneta
    # se accidentó en …": another's
    ("Dos personas murieron luego de que una avioneta se desplomara en la zona serrana del municipio de Tamazula, "
     "Durango. En enero pasado otra avioneta se accidentó en las inmediaciones de Cosalá, Sinaloa.",
     {"crash_site": (24.97, -106.96, 30)}),

    # an island as a route's end: its airport ("bound for Maui": Kahului; "returned to Tahiti": Faa'a)
    ("A Cessna Caravan bound for Maui turned back to Honolulu on Tuesday after the pilot reported a rough-running "
     "engine.",
     {"destination": (20.899, -156.43, 8), "origin": (21.32, -157.92, 8), "diversion": (21.32, -157.92, 8)}),
    ("The seaplane bound for Bora Bora returned to Tahiti after a bird strike.",
     {"destination": (-16.444, -151.751, 8), "origin": (-17.553, -149.607, 8), "diversion": (-17.553, -149.607, 8)}),
    # a small country as a route's end: its airport ("from Barbados": Grantley Adams)
    ("A Twin Otter flying from Barbados to Mustique crashed on landing at Mustique Airport.",
     {"origin": (13.075, -59.492, 5), "destination": (12.888, -61.18, 5), "crash_site": (12.888, -61.18, 5)}),

    # "touched down on the freeway about 3 miles south of X", no one hurt: a landing there, off any airport
    ("A single-engine plane touched down on the freeway about 3 miles south of Fillmore on Tuesday after losing oil "
     "pressure. The Piper had left Provo Municipal Airport and was headed to Cedar City Regional Airport. The pilot "
     "was not injured. It is the second freeway landing in Utah this year; in March a Cessna landed on I-80 near "
     "Wendover.",
     {"origin": (40.219, -111.723, 5), "destination": (37.701, -113.099, 5), "diversion": (38.97, -112.32, 10)}),
    # "made an emergency landing in a cattle pasture … east of X", neither was hurt; a fire department is no fire
    ("A pilot flying from Meadow Lake Airport to Pueblo Memorial Airport made an emergency landing in a cattle "
     "pasture about 4 miles east of Fountain on Thursday. Neither the pilot nor his passenger was hurt. Crews from "
     "the Fountain Fire Department checked for fuel leaks.",
     {"origin": (38.946, -104.57, 5), "destination": (38.289, -104.497, 5), "diversion": (38.68, -104.70, 10)}),

    # "avait décollé une demi-heure plus tôt de l'aérodrome de X … faisait route vers l'aérodrome de Y"
    ("Un Robin DR400 s'est écrasé dimanche à 4 km au sud de Nemours. L'appareil avait décollé une demi-heure plus "
     "tôt de l'aérodrome de Toussus-le-Noble et faisait route vers l'aérodrome de Reims-Prunay.",
     {"origin": (48.751, 2.106, 5), "destination": (49.209, 4.156, 5), "crash_site": (48.23, 2.70, 8)}),
    # "au départ de l'aérodrome de X"; "se rendait à l'aéroport de Y"; "a dû se poser à l'aéroport de Charleroi
    # Brussels South" (Charleroi's airport, not Brussels Airport)
    ("Un monomoteur parti de l'aérodrome de Saint-Hubert se rendait à l'aéroport d'Ostende-Bruges lorsqu'il a dû "
     "se poser à l'aéroport de Charleroi Brussels South.",
     {"origin": (50.036, 5.404, 10), "destination": (51.199, 2.862, 10), "diversion": (50.459, 4.454, 15)}),
    # "reliant X aux Îles-de-la-Madeleine"; "l'aérodrome de la Blécherette, à Lausanne"
    ("Un Dash 8 reliant Québec aux Îles-de-la-Madeleine a été dérouté vers Gaspé.",
     {"origin": (46.79, -71.39, 15), "destination": (47.42, -61.78, 15), "diversion": (48.775, -64.479, 15)}),
    ("L'avion avait décollé de l'aérodrome de la Blécherette, à Lausanne, et se dirigeait vers Sion.",
     {"origin": (46.545, 6.617, 8), "destination": (46.219, 7.327, 10)}),

    # "vom Frankfurter Flughafen nach Wien gestartet": a town's adjective before its airport
    ("Ein Airbus, der am Morgen vom Münchner Flughafen nach Hamburg gestartet war, ist außerplanmäßig in Hannover "
     "gelandet.",
     {"origin": (48.354, 11.786, 8), "destination": (53.63, 9.99, 12), "diversion": (52.46, 9.68, 12)}),
    # "vom Flugplatz X zum Flugplatz Y unterwegs, als er … südöstlich von Z … niederging"
    ("Der Hubschrauber war vom Flugplatz Egelsbach zum Flugplatz Walldürn unterwegs, als er rund sechs Kilometer "
     "südöstlich von Michelstadt in einem Waldstück niederging.",
     {"origin": (49.961, 8.644, 8), "destination": (49.582, 9.402, 8), "crash_site": (49.64, 9.04, 8)}),
    # "sollte … zum Flughafen X fliegen"; "Horror-Absturz in Brandenburg!" is the state, not Berlin's airport
    ("Horror-Absturz in Brandenburg!\nDie Maschine war vom Flugplatz Strausberg gestartet und sollte nach "
     "Polizeiangaben zum Flughafen Heringsdorf fliegen. Rund zwei Kilometer westlich von Eberswalde ging sie in den "
     "Sturzflug.",
     {"origin": (52.581, 13.917, 8), "destination": (53.879, 14.152, 8), "crash_site": (52.83, 13.79, 8)}),
    # "auf dem Flughafen Bern-Belp eine Sicherheitslandung durchgeführt"; "in Wien-Schwechat gestartet"
    ("Die Maschine war in Wien-Schwechat gestartet und auf dem Weg nach Zürich, als die Crew auf dem Flughafen "
     "Innsbruck eine Sicherheitslandung durchführte.",
     {"origin": (48.11, 16.57, 15), "destination": (47.46, 8.55, 15), "diversion": (47.26, 11.34, 8)}),

    # military bases before the place's name
    ("A Hawk jet trainer crashed into the sea about 10 km west of Holyhead on Tuesday after taking off from RAF "
     "Valley.", {"origin": (53.248, -4.535, 8), "crash_site": (53.31, -4.78, 8)}),
    ("The Harvard trainer had taken off from 15 Wing Moose Jaw before it came down in farmland 25 kilometres "
     "southwest of the city.", {"origin": (50.33, -105.56, 10), "crash_site": (50.24, -105.80, 12)}),
    ("The Kiran trainer had taken off from Air Force Station Bidar and crashed in a field 20 km north of Gulbarga.",
     {"origin": (17.91, 77.49, 10), "crash_site": (17.51, 76.83, 10)}),
    # "was scheduled to end the flight at X"; "The incident comes two years after a … was destroyed at Y": another's
    ("A coast guard patrol plane returned to Kagoshima Airport after its windshield cracked. It had left Kagoshima "
     "in the morning and was scheduled to end the flight at Naha Airport. The incident comes nearly two years after "
     "a coast guard aircraft was destroyed in a runway collision at Tokyo's Haneda Airport.",
     {"origin": (31.803, 130.719, 8), "destination": (26.196, 127.646, 8), "diversion": (31.803, 130.719, 8)}),

    # a small namesake among the story's places farther apart, in a country the report names
    ("The Australian Transport Safety Bureau says the Cessna departed Broome for Kununurra but came down about 60 "
     "kilometres north-east of Derby. Searchers flew from Fitzroy Crossing. Mining contractors returning to the "
     "Argyle region were on board.",
     {"origin": (-17.949, 122.228, 12), "destination": (-15.778, 128.708, 12), "crash_site": (-16.92, 124.03, 15)}),

    # "el aeropuerto Francisco Secada Vignetta": the first word of a longer name is no "Francisco Airport"
    # (San Francisco's); "aterrizaje de emergencia en la pista de X"
    ("Una avioneta que había despegado del aeropuerto Francisco Secada Vignetta, en Iquitos, con destino a "
     "Yurimaguas, realizó un aterrizaje de emergencia en Nauta.",
     {"origin": (-3.785, -73.309, 12), "destination": (-5.90, -76.12, 15), "diversion": (-4.51, -73.58, 15)}),
    # "con destino al aeropuerto de Laguna del Sauce, en Punta del Este"; "tenía previsto aterrizar en X"
    ("La avioneta despegó de Montevideo con destino al aeropuerto de Laguna del Sauce, en Punta del Este.",
     {"origin": (-34.84, -56.1, 20), "destination": (-34.9, -54.95, 15)}),
    ("El Cessna salió de Cuatro Vientos y tenía previsto aterrizar en el aeropuerto de Castellón.",
     {"origin": (40.371, -3.785, 10), "destination": (40.213, 0.073, 10)}),

    # "a hard landing" that damaged the aircraft is an accident: where it happened
    ("A mountain rescue helicopter made a hard landing on a glacier about 8 km north of Macugnaga on Sunday; the "
     "crew escaped unhurt but the tail rotor was damaged. It had taken off from its base at Aosta airport.",
     {"origin": (45.738, 7.369, 8), "crash_site": (46.04, 7.97, 8)}),

    # "returned to I Gusti Ngurah Rai International Airport": a longer name ending as a known airport's
    ("A Batik Air flight bound for Jakarta returned to I Gusti Ngurah Rai International Airport after a crack "
     "appeared in the windshield.",
     {"destination": (-6.126, 106.656, 30), "origin": (-8.748, 115.167, 5), "diversion": (-8.748, 115.167, 5)}),

    # a town's point is not a far airport the text names as another city's ("bound for an airstrip in X" is not
    # Culiacán's airport, 56 km off)
    ("The Cessna took off from Culiacán International Airport bound for an airstrip in Tamazula, Durango, and made an "
     "emergency landing in a field near the town; no one was hurt. The pilot was from Culiacán.",
     {"origin": (24.764, -107.475, 5), "destination": (24.97, -106.965, 8)}),

    # Italian: "in volo da X a Y" (a small town as the second end), "decollato poco dopo le 15 dall'aeroporto di X",
    # "dall'aeroporto internazionale di Malta" (Malta's, not Malta Airport, Montana)
    ("L'ATR, in volo da Palermo a Pantelleria, è stato dirottato su Trapani Birgi.",
     {"origin": (38.176, 13.091, 30), "destination": (36.817, 11.969, 10), "diversion": (37.911, 12.488, 8)}),
    ("Il Cessna era decollato poco dopo le 15 dall'aeroporto internazionale di Malta ed era diretto a Catania.",
     {"origin": (35.857, 14.477, 8), "destination": (37.47, 15.07, 15)}),
    # "atterraggio di emergenza sulla spiaggia di X": on the beach by the town, not at the airport it left
    ("Un Cessna decollato dall'aeroporto di Olbia ha effettuato un atterraggio di emergenza sulla spiaggia di Budoni. "
     "Illesi il pilota e i passeggeri.",
     {"origin": (40.899, 9.518, 8), "diversion": (40.706, 9.705, 8)}),
    # an air ambulance "decollato dall'ospedale … di X" and "diretto all'ospedale … di Y": the towns, not airports
    ("L'elisoccorso, decollato dall'ospedale Pugliese-Ciaccio di Catanzaro e diretto all'ospedale Annunziata di "
     "Cosenza, ha effettuato un atterraggio precauzionale nel campo sportivo di Rogliano.",
     {"origin": (38.91, 16.59, 8), "destination": (39.3, 16.25, 10), "diversion": (39.18, 16.32, 8)}),

    # the Aviation Herald's "from X, AK (PABE) to Y, AK (PANI)"; "impacted snow-covered tundra … of X"
    ("A Cessna 208 from Bethel, AK (PABE) to Aniak, AK (PANI) impacted snow-covered tundra about 20 km northeast of "
     "Bethel.", {"origin": (60.78, -161.84, 8), "destination": (61.58, -159.54, 8), "crash_site": (60.92, -161.52, 8)}),
    ("Qantas flight QF583 from Sydney,NS (YSSY) to Perth,WA (YPPH) diverted to Adelaide,SA (YPAD) after an engine "
     "shutdown.", {"origin": (-33.946, 151.177, 12), "destination": (-31.94, 115.967, 12),
                   "diversion": (-34.945, 138.531, 12)}),

    # "crash-landed … N km <direction> of X": the distance places it, not X itself
    ("A Bell 407 carrying sightseers crash-landed on a gravel bar about 12 km north of Talkeetna on Sunday. The "
     "helicopter had lifted off from Talkeetna Airport.",
     {"crash_site": (62.43, -150.11, 6), "origin": (62.32, -150.094, 10)}),
    # "a hard landing in the taiga 15 km south of the village of X": an alternate spelling, named as a village
    ("An Mi-8 made a hard landing in the taiga 25 km east of the village of Tura in Krasnoyarsk Territory on "
     "Monday, the regional emergencies ministry said.",
     {"crash_site": (64.27, 100.69, 8)}),
    # "returned to the departure airport": a return to where it took off
    ("A Pobeda Boeing 737 flying from Kazan to Sochi returned to the departure airport shortly after take-off on "
     "Friday after a cabin pressure warning.",
     {"origin": (55.79, 49.12, 30), "destination": (43.6, 39.73, 30), "diversion": (55.79, 49.12, 30)}),
    # "the Valley of X": the first word of a longer name, no town called Valley
    ("A Robinson R44 crashed in the Valley of Flowers on Saturday after taking off from Joshimath.",
     {"origin": (30.56, 79.56, 15)}),
    # "the May 2020 crash of … in X": another incident
    ("An Air Arabia flight from Sharjah to Muscat made an emergency landing at Sohar on Monday. The scare revived "
     "memories of the March 2019 crash of a cargo jet in Salalah.",
     {"origin": (25.33, 55.52, 15), "destination": (23.59, 58.28, 15), "diversion": (24.39, 56.63, 25)}),
    # "carrying four pilgrims to X", "flying wounded soldiers to X": where it was bound
    ("A helicopter carrying four pilgrims to Kedarnath crashed in bad weather on Sunday.",
     {"destination": (30.73, 79.07, 10)}),
    ("The Mi-17 was flying wounded soldiers to Kidal when it came down 20 km north of Gao.",
     {"destination": (18.44, 1.41, 15), "crash_site": (16.45, -0.0, 15)}),
    # "from X International Airport in western Y to Z": the route, with a compass word before the city
    ("An Asiana flight from Incheon International Airport in western Seoul to Jeju was diverted to Gwangju on Friday.",
     {"origin": (37.46, 126.44, 10), "destination": (33.51, 126.49, 15), "diversion": (35.14, 126.81, 15)}),
    # a headline's "sends … flight from A to B": B is where it went instead
    ("Fog sends Jet2 flight from Tenerife to Bournemouth\n"
     "A Jet2 flight from Tenerife bound for Bristol was diverted to Bournemouth on Sunday as fog covered the Severn.",
     {"origin": (28.05, -16.57, 60), "destination": (51.38, -2.72, 15), "diversion": (50.78, -1.84, 15)}),
    # "abandoned the approach and headed for X": a diversion, not where it was bound
    ("A Qantas flight bound for Canberra abandoned the approach in strong winds and headed for Sydney, where it "
     "landed safely.",
     {"destination": (-35.31, 149.19, 10), "diversion": (-33.94, 151.18, 15)}),
    # "departed the GSDF's X garrison": the camp by the town, not the town's airport
    ("A GSDF helicopter crashed 10 km west of Asahikawa on Monday. It had departed the GSDF's Asahikawa garrison "
     "an hour earlier.",
     {"crash_site": (43.77, 142.24, 8), "origin": (43.77, 142.36, 8)}),
    # "firefighters arrived from X": people, not the flight
    ("A glider crashed near Gersfeld on Sunday, and firefighters arrived from Fulda within half an hour.",
     {"crash_site": (50.45, 9.91, 10)}),
    # "as it landed" at X: where it was bound
    ("An Ethiopian Airlines jet from Addis Ababa was struck by a vehicle at the airport of Goma as it landed on "
     "Tuesday.",
     {"origin": (8.98, 38.8, 15), "destination": (-1.67, 29.24, 10)}),
    # "diverted to Kuwait": a small country's main airport
    ("A Gulf Air flight from Bahrain to Basra was diverted to Kuwait on Thursday after a bomb threat.",
     {"origin": (26.27, 50.63, 20), "destination": (30.55, 47.66, 25), "diversion": (29.23, 47.98, 20)}),
    # "was returning to its base at X after a patrol": the way home, where it was bound
    ("A Navy P-8 crashed into the sea 30 km south of Sigonella on Friday. The aircraft was returning to its base at "
     "Sigonella after a patrol.",
     {"destination": (37.4, 14.92, 20), "crash_site": (37.13, 14.92, 20)}),
    # "X Airfield": the airfield the gazetteer calls X Airport
    ("A Piper crashed 6 km north of Chofu on Sunday. It had taken off from Chofu Airfield minutes earlier.",
     {"origin": (35.67, 139.53, 3), "crash_site": (35.72, 139.54, 8)}),
    # Dutch: the verb last, "vanuit", number words, "uit de kust van", "vloog naar", "neerstortte … bij"
    ("Een Cessna die vanaf Groningen Airport Eelde vertrok, moest uitwijken naar Leeuwarden.",
     {"origin": (53.12, 6.58, 10), "diversion": (53.23, 5.76, 15)}),
    ("De ballon was vertrokken vanuit Zwolle en stortte neer in een weiland bij Dalfsen.",
     {"origin": (52.51, 6.09, 10), "crash_site": (52.51, 6.26, 10)}),
    ("Een sportvliegtuig stortte zaterdag neer op zo'n drie kilometer ten oosten van Hoorn.",
     {"crash_site": (52.64, 5.1, 3)}),
    ("Het toestel stortte neer op zo'n vijf kilometer uit de kust van Zandvoort.",
     {"crash_site": (52.37, 4.53, 8)}),
    ("Het vliegtuig was vertrokken van Maastricht Aachen Airport en vloog naar Florence toen het neerstortte.",
     {"origin": (50.91, 5.77, 10), "destination": (43.81, 11.2, 15)}),
    # "Rome-Ciampino", "Antwerpen-Deurne": a city and its airport's town, one place
    ("Het toestel van Ryanair vloog naar Rome-Ciampino.",
     {"destination": (41.8, 12.59, 5)}),

    # "vanaf vliegbasis X": named as an air base
    ("De traumahelikopter was opgestegen vanaf vliegbasis Gilze-Rijen en stortte neer bij Breda.",
     {"origin": (51.57, 4.93, 10), "crash_site": (51.59, 4.78, 10)}),
    # the one airport a sentence names, where a jet "skidded off the runway on landing"
    ("Operations at Kotoka International Airport were suspended for hours on Monday after a cargo jet skidded off "
     "the runway on landing. The Boeing 737, which arrived from Lagos, came to rest in the grass.",
     {"crash_site": (5.605, -0.167, 3), "destination": (5.605, -0.167, 3), "origin": (6.58, 3.32, 15)}),
    # "forced to turn back to X": where it took off
    ("A Skytrans Dash 8 was forced to turn back to Cairns on Friday, 30 minutes into a flight to Weipa.",
     {"origin": (-16.88, 145.75, 10), "destination": (-12.68, 141.93, 10), "diversion": (-16.88, 145.75, 10)}),
    # bush flying: "forced down on the tundra", "broke through the ice": crashes placed by their distance
    ("A Cessna 207 was forced down on the tundra about 20 kilometres west of Arviat on Tuesday.",
     {"crash_site": (61.11, -94.43, 8)}),
    ("A ski plane broke through soft ice on Lake Athabasca about 15 kilometres east of Fort Chipewyan.",
     {"crash_site": (58.71, -110.85, 8)}),
    # "Jayapura-Sentani Airport": a city and its airport's town, the airport
    ("The Twin Otter took off from Jayapura-Sentani Airport bound for Wamena.",
     {"origin": (-2.577, 140.516, 3), "destination": (-4.1, 138.95, 15)}),

    # "despegó del aeródromo de X": a town named as its airfield's
    ("La avioneta despegó del aeródromo de Rurrenabaque y se estrelló minutos después.",
     {"origin": (-14.43, -67.5, 10)}),
    # "el aeropuerto Olaya Herrera": Enrique Olaya Herrera Airport, not the town of Olaya Herrera
    ("El avión había despegado del aeropuerto Olaya Herrera con destino a Quibdó.",
     {"origin": (6.22, -75.59, 3), "destination": (5.69, -76.66, 15)}),

    # "Denali National Park": a park the gazetteer lacks, not National Park, New Jersey
    ("A Cessna 185 crashed in Denali National Park on Monday after taking off from Fairbanks.",
     {"origin": (64.82, -147.86, 15)}),
    # "X Airport in Y": an airfield the gazetteer knows by another name, by the town it is in
    ("The Robin DR400 took off from Kempen Airport in Budel and crashed near Weert.",
     {"origin": (51.255, 5.601, 3), "crash_site": (51.25, 5.71, 10)}),
    # "the aircraft was found … N km north of X": where it came down
    ("The Cessna was reported missing on Monday. The aircraft was found in dense forest about 40 kilometres north "
     "of Pucallpa.",
     {"crash_site": (-8.02, -74.55, 8)}),
    # "X State Airport": no Martin State Airport for a town's airport called so
    ("The Beaver had flown in from Talkeetna State Airport and was bound for Skwentna.",
     {"origin": (62.32, -150.09, 3), "destination": (61.97, -151.19, 15)}),

    # French: "à l'est de X" as a distance's bearing; a town after "avait décollé de"; "reliait X à Y"
    ("Le Cessna avait décollé de Chibougamau. Il s'est écrasé à une trentaine de kilomètres à l'est de "
     "Chibougamau.",
     {"origin": (49.92, -74.37, 25), "crash_site": (49.92, -73.95, 8)}),
    ("Le Dash 8 d'Air Inuit qui reliait Kuujjuaq à Kangiqsualujjuaq a fait demi-tour.",
     {"origin": (58.1, -68.42, 10), "destination": (58.69, -65.95, 15), "diversion": (58.1, -68.42, 10)}),
    # German: "bei X notlanden", "oberhalb von X abgestürzt", "nach X ausgewichen"
    ("Ein Segelflugzeug musste am Samstag in einem Feld bei Kufstein notlanden.",
     {"diversion": (47.58, 12.17, 8)}),
    ("Ein Kleinflugzeug ist oberhalb von Ischgl im Paznaun abgestürzt.",
     {"crash_site": (47.01, 10.29, 10)}),
    ("Wegen Nebels ist der Pilot nach Friedrichshafen ausgewichen.",
     {"diversion": (47.67, 9.51, 10)}),
    # Portuguese: "na zona rural de X", "com destino a uma fazenda em X", "alternando para", "após cair … de X"
    ("O avião agrícola fez um pouso de emergência em uma estrada vicinal na zona rural de Sorriso.",
     {"diversion": (-12.55, -55.71, 15)}),
    ("O monomotor decolou de Cuiabá com destino a uma fazenda em Diamantino.",
     {"origin": (-15.6, -56.1, 15), "destination": (-14.41, -56.45, 15)}),
    ("O piloto morreu após a aeronave cair em uma fazenda a cerca de 30 km a leste de Barreiras.",
     {"crash_site": (-12.15, -44.72, 8)}),
    # "divert from X to Y" in a headline: where it was bound, then where it went
    ("Storms force Qatar Airways flight to divert from Doha to Muscat",
     {"destination": (25.27, 51.61, 25), "diversion": (23.59, 58.28, 15)}),
    # "The aircraft, registered X, was located … N km <bearing> of Y": where it came down
    ("Search teams reached the wreck on Tuesday. The aircraft, registered PK-HVQ, was located on a ridge about 15 "
     "kilometres south of Wamena.",
     {"crash_site": (-4.23, 138.95, 8)}),

    # "X Airport in <city>": the city's likeliest airport where the gazetteer lacks X's name (not an air base)
    ("A flight from Cordoba to Puerto Iguazu was diverted on Sunday and landed at Libertador General San Martin "
     "Airport in Posadas.",
     {"origin": (-31.32, -64.21, 15), "destination": (-25.74, -54.47, 30), "diversion": (-27.386, -55.97, 5)}),
    # another aircraft's incident earlier in the year, told in German and French
    ("Ein Ultraleichtflugzeug musste am Sonntag bei Landshut notlanden. Schon im Mai war ein Gyrocopter bei "
     "Dingolfing notgelandet.",
     {"diversion": (48.54, 12.15, 10)}),
    ("L'appareil s'est écrasé près de Bunia. En mars, un autre appareil avait connu une sortie de piste à Beni.",
     {"crash_site": (1.56, 30.25, 15)}),

    # "went into Lake X about N miles east of downtown Y": a crash placed by its distance
    ("A Cessna 172 went into Lake Erie about 4 miles north of downtown Cleveland on Sunday; the pilot was rescued.",
     {"crash_site": (41.56, -81.69, 5)}),
    # "from Algiers' Houari Boumediene Airport to X": a bare possessive after a name ending in s
    ("The cargo jet was flying from Algiers' Houari Boumediene Airport to Bamako when it turned back.",
     {"origin": (36.69, 3.22, 5), "destination": (12.53, -7.95, 15), "diversion": (36.69, 3.22, 5)}),
    # "flying from X Airport near Y to Z": the route with the airport's town between
    ("The Twin Otter was flying from Sentani Airport near Jayapura to Wamena when contact was lost.",
     {"origin": (-2.577, 140.516, 5), "destination": (-4.1, 138.95, 15)}),
    # German: "am Salzburger Flughafen gestartet": the town's adjective before its airport
    ("Die Cessna war am Salzburger Flughafen gestartet und stürzte bei Golling ab.",
     {"origin": (47.79, 13.0, 10), "crash_site": (47.6, 13.17, 10)}),
    # Polish: "z bazy w X", "na lotnisku we X", "leciała na lotnisko X"
    ("Śmigłowiec wystartował z bazy w Krośnie i awaryjnie lądował na lotnisku we Wrocławiu.",
     {"origin": (49.69, 21.77, 15), "diversion": (51.1, 16.88, 15)}),

    # "the charity's base at X Airfield": the airfield the gazetteer calls X Airport
    ("The air ambulance had lifted off from the charity's base at North Weald Airfield and made an emergency "
     "landing in a field near Harlow; nobody was hurt.",
     {"origin": (51.72, 0.154, 5), "diversion": (51.77, 0.10, 10)}),
    # a road collision the helicopter flew to is no crash of its own
    ("The air ambulance took off from Stansted Airport on its way to a road collision near Bishop's Stortford.",
     {"origin": (51.885, 0.235, 5)}),
    # survivors "hoisted … and flown to a hospital in X": the rescue's flight, not the report's
    ("A Cessna crashed on a gravel bar about 10 miles south of Talkeetna. A Guard helicopter hoisted the two men "
     "and flew them to a hospital in Palmer.",
     {"crash_site": (62.18, -150.09, 8)}),
    # "a floatplane-turned-wheel plane": no course change before "headed to X"
    ("The floatplane-turned-wheel plane had departed Bethel and was headed to Aniak when the engine failed.",
     {"origin": (60.78, -161.84, 10), "destination": (61.58, -159.54, 10)}),
    # "slid off the end of the runway at X": a crash where it was landing
    ("A business jet arriving from Denver slid off the end of the runway at Telluride Regional Airport on Sunday.",
     {"origin": (39.75, -104.99, 30), "destination": (37.95, -107.91, 5), "crash_site": (37.95, -107.91, 5)}),
    # US state abbreviations with their stop inside a route
    ("The Beechcraft departed Bend, Ore., for Boise and crashed in a field near Mountain Home.",
     {"origin": (44.06, -121.32, 12), "destination": (43.56, -116.22, 12), "crash_site": (43.13, -115.69, 10)}),
    ("The Piper was flying between Ocala, Fla., and Macon, Ga., when it crashed near Valdosta.",
     {"origin": (29.19, -82.14, 12), "destination": (32.84, -83.63, 15), "crash_site": (30.83, -83.28, 10)}),
    ("A Citation flying from Republic Airport in Farmingdale, N.Y., to Martha's Vineyard diverted to Hyannis "
     "because of fog.",
     {"origin": (40.73, -73.41, 5), "destination": (41.39, -70.61, 15), "diversion": (41.67, -70.28, 8)}),
    # a helicopter bound for a town lands there, not at the airport it took off from, 43 km off
    ("L'elicottero era decollato dall'aeroporto di Sondrio-Caiolo ed era diretto a Livigno quando è precipitato "
     "a circa 5 chilometri a sud di Bormio.",
     {"origin": (46.154, 9.798, 5), "destination": (46.54, 10.13, 10), "crash_site": (46.42, 10.37, 8)}),
    # the town by its own name, though the text names the river called after it
    ("An Air Chathams flight from Auckland to Whanganui turned back because of fog over the Whanganui River.",
     {"origin": (-37.0, 174.79, 15), "destination": (-39.96, 175.02, 10), "diversion": (-37.0, 174.79, 15)}),
    # Polynesian names with a glottal stop
    ("A Twin Otter flying from Nuku'alofa to Vava'u returned to Fua'amotu International Airport after a warning "
     "light came on.",
     {"origin": (-21.24, -175.15, 5), "destination": (-18.59, -173.96, 10), "diversion": (-21.24, -175.15, 5)}),
    # "X International Airport in Y": the airports called X lie far off, Y's is the one
    ("The Dash 8 flew from Henderson International Airport in Honiara to Munda but diverted to Nusatupe Airport "
     "at Gizo.",
     {"origin": (-9.428, 160.055, 5), "destination": (-8.33, 157.26, 10), "diversion": (-8.1, 156.85, 8)}),
    # Italian: a quoted airport name before its town; "doveva atterrare a", "dirottare su",
    # "atterraggio non programmato"; a province named as its city is the city
    ('Il Piper era decollato dall\'aeroporto "Luigi Ridolfi" di Forlì ed è precipitato nei pressi di Cesena.',
     {"origin": (44.19, 12.07, 5), "crash_site": (44.14, 12.24, 8)}),
    ("Il volo da Palermo doveva atterrare a Torino, ma la nebbia lo ha costretto a dirottare su Milano Malpensa.",
     {"origin": (38.18, 13.1, 15), "destination": (45.2, 7.65, 10), "diversion": (45.63, 8.72, 5)}),
    ("L'aereo, partito da Catania e diretto a Bologna, ha effettuato un atterraggio non programmato a Pescara.",
     {"origin": (37.47, 15.07, 15), "destination": (44.53, 11.29, 12), "diversion": (42.43, 14.18, 10)}),
    ("Il volo partito da Cagliari è stato dirottato su Genova per il maltempo.",
     {"origin": (39.25, 9.06, 15), "diversion": (44.41, 8.84, 10)}),
    ("Il volo partito da Atene e diretto a Venezia Marco Polo è atterrato a Trieste per la nebbia.",
     {"origin": (37.94, 23.94, 30), "destination": (45.505, 12.35, 5), "diversion": (45.83, 13.47, 30)}),
    # helicopters put down on a beach unharmed: a landing there, no crash
    ("An air ambulance helicopter made an emergency landing on the beach at Barmouth after a warning light came "
     "on. It had taken off from Caernarfon Airport.",
     {"diversion": (52.72, -4.05, 8), "origin": (53.10, -4.34, 5)}),
    # "from X Airport at Ronaldsway to Y": the airport's place between
    ("The Piper was flying from Isle of Man Airport at Ronaldsway to Liverpool when it ditched about 10 miles "
     "west of Formby.",
     {"origin": (54.08, -4.62, 5), "destination": (53.33, -2.85, 12), "crash_site": (53.56, -3.31, 10)}),
    # airports by their other names: Aldergrove, Reykjavík Airport (not Keflavik), "Cornwall Airport Newquay"
    ("The PSNI helicopter took off from Aldergrove to search the Mournes and was heading back to Aldergrove when "
     "it made a precautionary landing at Newtownards.",
     {"origin": (54.66, -6.22, 5), "destination": (54.66, -6.22, 5), "diversion": (54.58, -5.69, 8)}),
    ("Domestic flight returns to Reykjavík\nA Dash 8 bound for Akureyri turned back to Reykjavík Airport after an "
     "engine was shut down. The airline's international flights at Keflavik were not affected.",
     {"destination": (65.66, -18.07, 10), "diversion": (64.13, -21.94, 5), "origin": (64.13, -21.94, 5)}),
    ("The Hawk diverted to Cornwall Airport Newquay after a bird strike over Falmouth Bay.",
     {"diversion": (50.44, -4.995, 5)}),
    ("Fog forced the coastguard helicopter to divert to Ireland West Airport Knock; it landed at the Co Mayo "
     "airport at 11pm.",
     {"diversion": (53.91, -8.82, 5)}),
    # hospitals named before or after their town, in an air ambulance's route
    ("The coastguard helicopter was carrying a patient from Tory Island, Co Donegal, to University Hospital Galway "
     "when fog forced it to divert to Sligo.",
     {"destination": (53.277, -9.066, 5), "diversion": (54.27, -8.5, 10)}),
    ("The air ambulance was transferring a patient from Letterkenny University Hospital to Beaumont Hospital in "
     "Dublin when it landed at a GAA pitch in Monaghan.",
     {"origin": (54.95, -7.73, 8), "destination": (53.35, -6.26, 10), "diversion": (54.25, -6.97, 8)}),

    # a landmark after a town's name is the town's: "a mile south of Eastbourne Pier"
    ("A vintage fighter crashed into the sea about a mile south of Brighton Pier during the air show.",
     {"crash_site": (50.805, -0.137, 6)}),
    # a landing far from the town the sentence measures it from is not at that town
    ("A Cessna flying from Port Augusta to Perth made an emergency landing on a highway near Yalata, about 200 "
     "kilometres west of Ceduna; the pilot was unhurt.",
     {"origin": (-32.49, 137.77, 15), "destination": (-31.95, 115.86, 25)}),
    # "on approach to the town's aerodrome": the town the report named before
    ("A Cessna crashed about 15 kilometres east of Longreach on Friday. It had left Barcaldine earlier that "
     "morning and was on approach to the town's aerodrome.",
     {"crash_site": (-23.44, 144.40, 10), "origin": (-23.55, 145.29, 15), "destination": (-23.43, 144.28, 8)}),
    # an air ambulance on its way to a road collision: the scene, no crash of its own
    ("The air ambulance had taken off from Cambridge on its way to a serious road collision near Peterborough when "
     "the crew made a precautionary landing in a field at St Ives; no one was hurt.",
     {"origin": (52.2, 0.18, 10), "destination": (52.57, -0.24, 10), "diversion": (52.33, -0.07, 8)}),
    # a distance from a town, a few minutes after takeoff from an airport a few kilometres off: from the town
    ("La avioneta se estrelló a unos 5 kilómetros al norte de Alaior, pocos minutos después de despegar del "
     "aeropuerto de Menorca con destino a Valencia.",
     {"origin": (39.86, 4.22, 5), "destination": (39.49, -0.48, 15), "crash_site": (39.975, 4.14, 5)}),
    # German: "am Verkehrslandeplatz X gestartet" (a contracted article before the noun), "zum Flughafen X
    # zurückkehren", "nicht in X landen", "bei einer Notlandung … überschlagen", a runway overrun,
    # a hospital's town, "von X auf dem Weg nach Y"
    ("Die Maschine war am Verkehrslandeplatz Speyer gestartet und wollte zum Flughafen Saarbrücken fliegen.",
     {"origin": (49.32, 8.43, 10), "destination": (49.21, 7.11, 5)}),
    ("Eine Maschine auf dem Weg nach Lissabon hat nach einem Triebwerksproblem zum Flughafen München zurückkehren "
     "müssen.",
     {"destination": (38.77, -9.13, 15), "diversion": (48.35, 11.79, 10), "origin": (48.35, 11.79, 10)}),
    ("Wegen dichten Nebels konnte eine Maschine aus Danzig nicht in Bremen landen und wurde nach Hannover umgeleitet.",
     {"origin": (54.35, 18.65, 20), "destination": (53.05, 8.79, 10), "diversion": (52.46, 9.69, 10)}),
    ("Ein Ultraleichtflugzeug hat sich am Samstag bei einer Notlandung auf einem Feld bei Bautzen überschlagen.",
     {"crash_site": (51.18, 14.42, 8)}),
    ("Ein Geschäftsflugzeug ist bei der Landung auf dem Flughafen Paderborn über das Ende der Landebahn "
     "hinausgerollt.",
     {"destination": (51.61, 8.62, 5), "crash_site": (51.61, 8.62, 5)}),
    ("Der Rettungshubschrauber war mit einem Patienten vom Klinikum Fulda auf dem Weg nach Würzburg.",
     {"origin": (50.55, 9.68, 5), "destination": (49.79, 9.95, 10)}),
    # Portuguese: "saiu de pista" (off the runway, not where it left), "aterragem imprevista", "seguia da X"
    ("O avião que fazia a ligação entre Luanda e Saurimo saiu de pista durante a aterragem no aeroporto de Saurimo.",
     {"origin": (-8.84, 13.23, 25), "destination": (-9.69, 20.43, 10), "crash_site": (-9.69, 20.43, 10)}),
    ("Um voo que seguia de Luanda para Joanesburgo fez uma aterragem imprevista em Windhoek.",
     {"origin": (-8.84, 13.23, 25), "destination": (-26.13, 28.24, 25), "diversion": (-22.48, 17.47, 45)}),
    ("Um ATR que seguia da Praia com destino ao Sal regressou ao aeroporto de partida.",
     {"origin": (14.92, -23.49, 10), "destination": (16.74, -22.95, 15), "diversion": (14.92, -23.49, 10)}),
    # "60 miles east of Bermuda": measured from the island
    ("A ferry pilot ditched in the Atlantic about 60 miles east of Bermuda; a tanker diverted from its route to "
     "Halifax joined the search.",
     {"crash_site": (32.3, -63.6, 15)}),
    # "X International Airport in Y": an airport called after a person, not the town X of another country
    ("The ATR departed Nelson Mandela International Airport in Praia for Mindelo but turned back.",
     {"origin": (14.92, -23.49, 5), "destination": (16.88, -25.0, 15), "diversion": (14.92, -23.49, 5)}),

    # French: "l'altiport de X" is X's airfield; "a percuté un talus" is a crash
    ("Un avion de tourisme a percuté un talus en bout de piste à l'altiport de Megève (Haute-Savoie) samedi.",
     {"crash_site": (45.82, 6.65, 5)}),
    # a small town with its département in brackets; "au large de", "sur les hauteurs de"
    ("Un ULM s'est abîmé en mer dimanche au large de Carry-le-Rouet (Bouches-du-Rhône).",
     {"crash_site": (43.33, 5.15, 10)}),
    ("Un hélicoptère s'est écrasé mardi sur les hauteurs de Cilaos, à La Réunion.",
     {"crash_site": (-21.13, 55.47, 10)}),
    # a forced landing in a field, people hurt: where it came down; unharmed, a helicopter's diversion
    ("Un avion de l'aéroclub a effectué un atterrissage forcé dans un champ près de Nogent-le-Rotrou ; le pilote a "
     "été légèrement blessé.",
     {"crash_site": (48.32, 0.82, 8)}),
    ("L'hélicoptère du SAMU, parti de Rennes, a dû se poser en urgence dans un champ à Vitré. Personne n'a été "
     "blessé.",
     {"origin": (48.11, -1.68, 10), "diversion": (48.12, -1.21, 8)}),
    # a helicopter bound for a hospital: the hospital's town, named after it or after its name
    ("L'hélicoptère avait décollé de Quimper à destination de l'hôpital de Brest.",
     {"origin": (47.99, -4.1, 10), "destination": (48.39, -4.49, 10)}),
    ("O helicóptero descolou de Viseu e seguia com destino ao Hospital de Santa Maria, em Lisboa.",
     {"origin": (40.66, -7.91, 10), "destination": (38.72, -9.14, 10)}),
    # an earlier incident told by its year in French, "un appareil du même type": another aircraft's
    ("Un planeur parti de Vinon-sur-Verdon s'est écrasé près de Manosque. En 2020, un appareil du même type avait "
     "connu une sortie de piste à Sisteron.",
     {"origin": (43.74, 5.78, 10), "crash_site": (43.83, 5.79, 10)}),
    ("Un planeur parti de Vinon-sur-Verdon s'est écrasé près de Manosque. En juillet 2021, un planeur s'était posé "
     "en catastrophe à Sisteron.",
     {"origin": (43.74, 5.78, 10), "crash_site": (43.83, 5.79, 10)}),
    # a city whose name is a common word, at a route's end
    ("An easyJet flight from Geneva to Split was diverted to Zadar because of a storm.",
     {"origin": (46.24, 6.11, 15), "destination": (43.54, 16.3, 15), "diversion": (44.11, 15.35, 15)}),
    # "<name> International Airport" named after its city's name: the airport, not a village of the name
    ("A Ryanair jet bound for Dublin turned back and landed at Traian Vuia International Airport shortly after "
     "takeoff.",
     {"destination": (53.42, -6.27, 15), "diversion": (45.81, 21.34, 8), "origin": (45.81, 21.34, 8)}),
    # "X airport in Y": the airport by the town, not a town of the name far off
    ("The Cessna took off from Olaya Herrera airport in Medellín bound for Montería.",
     {"origin": (6.22, -75.59, 5), "destination": (8.82, -75.83, 15)}),
    # "departed X in Y for Z", "left X in Y on Sunday morning for Z", "departed X late Thursday for Z"
    ("The Twin Otter departed Jacksons International Airport in Port Moresby for Kokoda with nine passengers.",
     {"origin": (-9.44, 147.22, 5), "destination": (-8.88, 147.74, 10)}),
    ("The Cessna left Merrill Field in Anchorage on Saturday afternoon for Homer.",
     {"origin": (61.21, -149.84, 5), "destination": (59.64, -151.5, 10)}),
    ("The pilot departed Hilo late Thursday for Honolulu.",
     {"origin": (19.72, -155.05, 10), "destination": (21.32, -157.92, 15)}),
    # "X, its planned destination"
    ("The jet landed in Hakodate after snow closed Asahikawa Airport, its planned destination.",
     {"diversion": (41.77, 140.82, 15), "destination": (43.67, 142.45, 5)}),
    # "a week earlier": an earlier leg, not the flight of the report
    ("A Pilatus PC-12 on a delivery flight diverted to Ponta Delgada on Monday. The aircraft had departed "
     "Wichita a week earlier.",
     {"diversion": (37.74, -25.67, 15)}),
    # a stop on the way: the last leg set out from it
    ("The Beechcraft had left Darwin at dawn and stopped at Kununurra to refuel before flying on to Broome; an hour "
     "later it turned back to Kununurra with an oil leak.",
     {"origin": (-15.78, 128.71, 10), "destination": (-17.95, 122.23, 10), "diversion": (-15.78, 128.71, 10)}),
    # a distance along the route from a town passed near the airport the flight left
    ("The cargo plane took off from Mandalay International Airport bound for Myitkyina and crashed about 20 "
     "kilometres north of Mandalay.",
     {"origin": (21.7, 95.98, 5), "destination": (25.38, 97.35, 10), "crash_site": (22.155, 96.083, 6)}),
    # a town with its river in brackets
    ("Ein Kleinflugzeug aus Frankfurt (Oder) ist bei Cottbus abgestürzt. Es sollte nach Frankfurt am Main fliegen.",
     {"origin": (52.35, 14.55, 10), "crash_site": (51.76, 14.33, 10), "destination": (50.05, 8.57, 20)}),

    # an island by its name for its airfield
    ("L'Islander qui assurait la liaison entre Pointe-à-Pitre et Marie-Galante a fait demi-tour.",
     {"origin": (16.27, -61.53, 10), "destination": (15.87, -61.27, 10), "diversion": (16.27, -61.53, 10)}),
    # other incidents: "several incidents … including a flight from X to Y that returned to X"
    ("A Wizz Air flight from Luton to Bucharest diverted to Budapest after a fight. The airline has faced several "
     "incidents this year, including a flight from Gatwick to Kraków that returned to Gatwick.",
     {"origin": (51.87, -0.37, 12), "destination": (44.57, 26.09, 15), "diversion": (47.44, 19.26, 15)}),
    ("A Cessna from Bacău to Iași diverted to Suceava. Russian drones have repeatedly crashed on Romanian "
     "territory, including near Galați.",
     {"origin": (46.57, 26.91, 15), "destination": (47.16, 27.59, 15), "diversion": (47.65, 26.26, 15)}),
    # "took off again" after a landing told before: the last leg set out from there
    ("The Piper had landed at Kirkwall the previous evening after a leg from Vágar. He took off again at 9am, "
     "bound for Bergen, and ditched about 10 km east of Kirkwall.",
     {"origin": (58.96, -2.9, 10), "destination": (60.29, 5.22, 15), "crash_site": (58.98, -2.78, 10)}),

    # a diverted flight that takes off again resumes its trip: its origin stays where it set out
    ("The Jet2 flight left Leeds Bradford Airport for Palma. It diverted to Nantes after a passenger fell ill. The "
     "aircraft has taken off again for Palma.",
     {"origin": (53.87, -1.66, 10), "destination": (39.55, 2.74, 15), "diversion": (47.15, -1.61, 15)}),
    # a landing in words a few kilometres from a town is by the town
    ("La avioneta procedente de Flores aterrizó de emergencia en una carretera, a unos cinco kilómetros al norte "
     "de Poptún, Petén.",
     {"origin": (16.91, -89.87, 15), "diversion": (16.33, -89.42, 10)}),

    # a runway excursion by a flight arriving from elsewhere: where it was landing, its destination
    ("A Buddha Air ATR 72 arriving from Biratnagar overran runway 20 at Tribhuvan International Airport on "
     "Tuesday and stopped in soft ground.",
     {"origin": (26.48, 87.26, 12), "destination": (27.7, 85.36, 10), "crash_site": (27.7, 85.36, 10)}),
    ("An Air Canada A220 from Winnipeg slid off runway 06L at Toronto Pearson in freezing rain.",
     {"origin": (49.91, -97.24, 15), "destination": (43.68, -79.63, 10), "crash_site": (43.68, -79.63, 10)}),
    # a city's own airport with airline service, not the hub 30 km off
    ("The Skymark flight from Kobe to Sendai returned to Kobe after a bird strike.",
     {"origin": (34.63, 135.22, 8), "destination": (38.14, 140.92, 15), "diversion": (34.63, 135.22, 8)}),
    # Russian: an airport by its own name; "рейс X — Y"; a hard landing is a crash
    ("Самолёт вылетел из аэропорта Кольцово в Сургут.",
     {"origin": (56.74, 60.8, 8), "destination": (61.34, 73.4, 15)}),
    ("Самолёт Ан-2, выполнявший рейс Анадырь — Певек, совершил жёсткую посадку в аэропорту Певека.",
     {"origin": (64.73, 177.74, 15), "destination": (69.78, 170.6, 15), "crash_site": (69.78, 170.6, 15)}),
    ("Вертолёт Ми-8 совершил жёсткую посадку в 20 километрах к северу от Стрежевого.",
     {"crash_site": (60.91, 77.6, 8)}),
    # Russian: "Напомним, в прошлом году …" turns to an earlier incident
    ("Ан-24, выполнявший рейс из Иркутска в Бодайбо, совершил вынужденную посадку в Усть-Куте. Напомним, в "
     "прошлом году самолёт той же авиакомпании выкатился за пределы полосы в Нижнеангарске.",
     {"origin": (52.27, 104.39, 15), "destination": (57.87, 114.24, 15), "diversion": (56.85, 105.73, 15)}),
    # an accident database's Location that is the diversion's airport, in a narrative of no crash
    ("Departure airport: Manchester Airport (EGCC)\nDestination airport: Dalaman Airport (LTBS)\n"
     "Location: Vienna International Airport (LOWW)\nNarrative: The flight diverted to Vienna after a "
     "pressurisation warning and landed without further incident.",
     {"origin": (53.35, -2.27, 10), "destination": (36.71, 28.79, 10), "diversion": (48.11, 16.57, 10)}),
    # "City - Airport", as databases write an airport: one place, not a route
    ("Departure airport: Santiago (SCEL)\nDestination airport: Punta Arenas (SCCI)\nNarrative: The flight "
     "diverted to Puerto Montt - El Tepual Airport (SCTE) after a pressurisation fault.",
     {"origin": (-33.39, -70.79, 10), "destination": (-53.0, -70.85, 20), "diversion": (-41.44, -73.09, 10)}),
    # "put down at" another airport 47 km from the one it was bound for
    ("The Challenger left Denver for Aspen-Pitkin County Airport but, unable to land in the wind, put down at "
     "Eagle County Regional Airport.",
     {"origin": (39.86, -104.67, 40), "destination": (39.22, -106.87, 8), "diversion": (39.64, -106.92, 8)}),
    # an airport's name with an en dash, as Wikipedia writes it
    ("The flight from Montréal–Trudeau to Cancún diverted to Montréal–Mirabel International Airport.",
     {"origin": (45.47, -73.74, 8), "destination": (21.04, -86.87, 15), "diversion": (45.68, -74.04, 8)}),
    # "recalled the 2009 …": another incident
    ("A Gulfstream returned to Teterboro minutes after takeoff when it struck geese. The incident recalled the "
     "2009 ditching, when a jet hit geese after leaving LaGuardia.",
     {"origin": (40.85, -74.06, 8), "diversion": (40.85, -74.06, 8)}),
    # some of those aboard bound elsewhere: not the flight's destination
    ("Departure airport: Santiago (SCEL)\nDestination airport: Punta Arenas (SCCI)\nNarrative: The A320 diverted "
     "to Puerto Montt. Several passengers were bound for Puerto Natales.",
     {"origin": (-33.39, -70.79, 15), "destination": (-53.0, -70.85, 20), "diversion": (-41.44, -73.09, 15)}),
    # "on its scheduled service from X to Y" is the flight's, not the airline's network
    ("A Boeing 737 on its scheduled service from Córdoba to Ushuaia was diverted to Río Gallegos.",
     {"origin": (-31.32, -64.21, 15), "destination": (-54.84, -68.3, 15), "diversion": (-51.61, -69.31, 15)}),
    # a passenger's trip the day before is not the flight's
    ("A Twin Otter overran the runway at Gustaf III Airport after the hop from Princess Juliana International "
     "Airport. The singer had flown in from Miami the day before.",
     {"origin": (18.04, -63.11, 8), "destination": (17.9, -62.84, 8), "crash_site": (17.9, -62.84, 8)}),
    # Spanish: "tras caer … a 30 kilómetros al sur de X"; "transportaba … desde X"
    ("Un piloto resultó herido tras caer la avioneta que tripulaba a unos 30 kilómetros al sur de Puerto Natales.",
     {"crash_site": (-52.0, -72.5, 8)}),
    ("El avión, que transportaba a 40 turistas desde Punta Arenas, se salió de la pista al aterrizar en Puerto "
     "Williams.",
     {"origin": (-53.0, -70.85, 20), "destination": (-54.93, -67.63, 10), "crash_site": (-54.93, -67.63, 10)}),
    # a distance from a country's possessive before a name the gazetteer lacks is no distance from the country
    ("The Basler left Christchurch and crashed about 30 km south of Italy's Zucchelli Station.",
     {"origin": (-43.49, 172.53, 15)}),

    # Russian: the city's adjective before the airport's own name
    ("Грузовой Ил-76, следовавший из новосибирского аэропорта Толмачёво в Мирный, ушёл на запасной аэродром в "
     "Якутск.",
     {"origin": (55.01, 82.65, 8), "destination": (62.53, 114.04, 15), "diversion": (62.09, 129.77, 15)}),
    ("Самолёт вылетел из Магнитогорска и направлялся в челябинский аэропорт Баландино.",
     {"origin": (53.39, 58.76, 25), "destination": (55.31, 61.5, 8)}),
    # Russian: "уже второй случай … : в июле …" is another incident
    ("Самолёт Ан-2 разбился в восьми километрах к западу от села Ребриха. Это уже второй случай с Ан-2 в регионе "
     "за лето: в июле самолёт совершил вынужденную посадку под Бийском.",
     {"crash_site": (53.07, 82.22, 8)}),

    # A runway excursion, the flight having come in from elsewhere (said in the next sentence)
    ("A Twin Otter skidded off the steeply sloping runway at Lukla's Tenzing-Hillary Airport on Sunday and hit a "
     "parked helicopter. The aircraft had flown in from Manthali airport in Ramechhap.",
     {"origin": (27.394, 86.061, 8), "destination": (27.687, 86.73, 8), "crash_site": (27.687, 86.73, 8)}),
    # A collision on the ground, by a flight that had just arrived
    ("The wingtip of a Boeing 737 that had just arrived from Kobe struck the tail of a parked 787 while taxiing "
     "to its gate at Tokyo's Haneda Airport on Monday.",
     {"origin": (34.66, 135.2, 15), "destination": (35.549, 139.78, 8), "crash_site": (35.549, 139.78, 8)}),
    # "on a cargo run to X"
    ("A Cessna Caravan crashed shortly after taking off from Nairobi's Wilson Airport on Tuesday. The aircraft was "
     "on a cargo run to Malindi.",
     {"origin": (-1.322, 36.815, 8), "destination": (-3.22, 40.12, 15), "crash_site": (-1.322, 36.815, 8)}),
    # Turkish: a distance and bearing after the place ("X'in 12 kilometre güneybatısında")
    ("Aydın Çıldır Havalimanı'ndan havalanan eğitim uçağı, Aydın kent merkezinin 12 kilometre güneybatısındaki "
     "zeytinlik alana düştü.",
     {"origin": (37.815, 27.887, 8), "crash_site": (37.77, 27.75, 6)}),
    # Turkish: a district in its province ("Konya'nın Çumra ilçesi"), an airstrip in a town ("Karaman'daki pistten")
    ("Konya'nın Çumra ilçesinde ilaçlama yapan uçak düştü. Karaman'daki özel bir pistten havalanan uçak, Çumra'ya "
     "yaklaşık 5 kilometre uzaklıktaki bir tarlaya çakıldı.",
     {"origin": (37.18, 33.22, 15), "crash_site": (37.573, 32.775, 12)}),
    # Turkish: "İstanbul Havalimanı" is Istanbul Airport; a country and its capital between the ends
    ("İstanbul Havalimanı'ndan Hollanda'nın başkenti Amsterdam'a giden uçak Viyana'ya yönlendirildi.",
     {"origin": (41.275, 28.752, 8), "destination": (52.31, 4.768, 15), "diversion": (48.11, 16.57, 15)}),
    # Turkish: "X kentinden Y'ye gelen"
    ("Suudi Arabistan'ın Medine kentinden Ankara'ya gelen uçak Adana Şakirpaşa Havalimanı'na acil iniş yaptı.",
     {"origin": (24.553, 39.705, 20), "destination": (40.128, 32.995, 15), "diversion": (36.982, 35.28, 8)}),
    # Turkish: an airfield by its name alone; a district's namesake elsewhere ruled out by its province
    ("İstanbul'daki Hezarfen Havaalanı'ndan Çanakkale'ye gitmek üzere havalanan özel uçak, Tekirdağ'ın Şarköy "
     "ilçesinin yaklaşık 6 kilometre güneyinde denize düştü.",
     {"origin": (41.104, 28.548, 5), "destination": (40.14, 26.42, 10), "crash_site": (40.56, 27.115, 6)}),
    # Indonesian: a runway excursion on landing; another flight, counted, diverted
    ("Pesawat yang terbang dari Bandara Sultan Aji Muhammad Sulaiman Sepinggan, Balikpapan, tergelincir saat "
     "mendarat di Bandara Internasional Juanda, Sidoarjo. Satu penerbangan dari Makassar terpaksa dialihkan ke "
     "Bandara Ngurah Rai, Bali.",
     {"origin": (-1.268, 116.894, 8), "destination": (-7.38, 112.787, 8), "crash_site": (-7.38, 112.787, 8)}),
    # Indonesian: an airport the gazetteer lacks, then its town
    ("Pesawat yang lepas landas dari Bandara Tjilik Riwut, Palangkaraya, dengan tujuan Bandara Beringin di "
     "Muara Teweh, jatuh di hutan.",
     {"origin": (-2.225, 113.943, 12), "destination": (-0.957, 114.894, 15)}),
    # Malay: "berpatah balik ke KLIA"
    ("Sebuah pesawat dalam penerbangan dari Lapangan Terbang Antarabangsa Kuala Lumpur (KLIA) ke Kota Kinabalu "
     "terpaksa berpatah balik ke KLIA semalam.",
     {"origin": (2.746, 101.71, 8), "destination": (5.937, 116.051, 15), "diversion": (2.746, 101.71, 8)}),
    # Malay: "kira-kira 12 kilometer ke timur bandar X"; "Polis Daerah Muar" is no person called Muar
    ("Pesawat ringan terhempas di ladang sawit dekat Muar\nMUAR - Sebuah pesawat ringan terhempas di sebuah ladang "
     "kelapa sawit kira-kira 12 kilometer ke timur bandar Muar, Johor. Ketua Polis Daerah Muar berkata pesawat "
     "itu berlepas dari Lapangan Terbang Antarabangsa Senai menuju Lapangan Terbang Melaka.",
     {"origin": (1.641, 103.67, 8), "destination": (2.263, 102.252, 10), "crash_site": (2.044, 102.676, 6)}),
    # Malay: Bario is Bario Airport, not Bari by an alternate name
    ("Pesawat Twin Otter yang membawa 14 penumpang dari Miri ke Bario dilencongkan ke Lapangan Terbang Marudi "
     "akibat kabus tebal.",
     {"origin": (4.322, 113.987, 8), "destination": (3.734, 115.479, 8), "diversion": (4.179, 114.329, 8)}),
    # Indonesian: a town of no known population, from its distance; "Perairan" in a headline is no first name
    ("Pesawat Carter Jatuh di Perairan Bulukumba\nPesawat carter jatuh di perairan sekitar 10 kilometer timur "
     "Bulukumba, Sulawesi Selatan, Rabu petang.",
     {"crash_site": (-5.55, 120.27, 8)}),
    # Indonesian: "Pekan lalu, …" tells another flight
    ("Pesawat ATR 72 rute Denpasar-Labuan Bajo dialihkan ke Bandara Internasional Lombok karena hujan lebat. "
     "Pekan lalu, penerbangan dari Kupang ke Ende juga sempat tertunda.",
     {"origin": (-8.748, 115.167, 8), "destination": (-8.487, 119.889, 10), "diversion": (-8.757, 116.277, 8)}),
    # A lead dated by its weekday: a full date with a year later tells another accident
    ("A Boeing 737 MAX on a flight from Nairobi to Mombasa returned to Jomo Kenyatta International Airport about "
     "25 minutes after take-off on Friday. On 10 March 2019, Ethiopian Airlines Flight 302 crashed near Bishoftu "
     "minutes after departing for Nairobi.",
     {"origin": (-1.319, 36.928, 8), "destination": (-4.035, 39.594, 8), "diversion": (-1.319, 36.928, 8)}),
    # "another <airline> flight", "a decade earlier": other accidents
    ("An Airbus A320 flying from Mumbai to Bengaluru diverted to Hyderabad on Sunday. A decade earlier, another "
     "Air India Express flight from Dubai overshot the runway at Mangalore.",
     {"origin": (19.09, 72.866, 8), "destination": (13.199, 77.707, 8), "diversion": (17.24, 78.429, 8)}),
    # "the disaster of 29 December 2024, when …"
    ("A domestic flight from Seoul's Gimpo airport to Jeju made an emergency landing at Gwangju airport on "
     "Saturday. It unsettled a country still coming to terms with the Jeju Air disaster of 29 December 2024, when "
     "a Boeing 737-800 flying from Bangkok belly-landed at Muan International Airport.",
     {"origin": (37.559, 126.794, 8), "destination": (33.511, 126.493, 8), "diversion": (35.126, 126.809, 8)}),
    # Back to the gate before take-off: no return
    ("A Norse Atlantic Airways flight from Gatwick to Orlando returned to the gate before take-off on Tuesday "
     "after a passenger refused to sit down.",
     {"origin": (51.148, -0.19, 8), "destination": (28.429, -81.309, 15)}),
    # A landing, nothing else said of where it was bound: its destination
    ("Twelve passengers were treated by paramedics on Sunday after their Emirates flight from Dubai hit severe "
     "turbulence over eastern Turkey. The Boeing 777 continued its journey and landed in Glasgow on schedule.",
     {"origin": (25.253, 55.365, 8), "destination": (55.872, -4.433, 15)}),

    # A town's airport is in its own country: Kapan's is not Zangilan's, 31 km off across the border
    ("A helicopter flying from Yerevan's Erebuni airport to Kapan crashed near Sisian on Tuesday.",
     {"origin": (40.122, 44.465, 8), "destination": (39.207, 46.405, 8), "crash_site": (39.52, 46.03, 12)}),
    # Investigators sent to the scene are no flight leaving from where they set out
    ("An An-2 crop sprayer crashed near Sabirabad on Monday. A commission from the State Civil Aviation "
     "Administration has left Baku for the scene.",
     {"crash_site": (40.0, 48.48, 12)}),
    # Once diverted, going back where it set out is the trip home
    ("A Boeing 737 flying from Ashgabat to Turkmenabat landed at Mary International Airport on Sunday because of "
     "fog. The airline said the aircraft returned to Ashgabat International Airport in the afternoon after the fog "
     "cleared.",
     {"origin": (37.987, 58.361, 8), "destination": (39.083, 63.613, 15), "diversion": (37.619, 61.897, 8)}),

    # A stop on the way, dated: the crash of this flight, not another's
    ("Flight 208 was a scheduled flight from Medellín's Olaya Herrera Airport to Bogotá with a stopover in "
     "Manizales. On 9 August 1974 the Viscount crashed about 20 km south-east of Manizales, ten minutes after "
     "departing La Nubia Airport.",
     {"origin": (6.22, -75.591, 8), "destination": (4.702, -74.147, 15), "crash_site": (4.943, -75.386, 20)}),

    # Polish: a small town declined ("w okolicach Baligrodu") is the town its nominative names
    ("Awionetka, która wystartowała z Krakowa, spadła w okolicach Baligrodu. Nikomu nic się nie stało.",
     {"origin": (50.06, 19.94, 15), "crash_site": (49.33, 22.28, 15)}),
    # Polish: a plural name's genitive ("do Suwałk"), a neuter's ("od Giżycka"); another incident's landing
    ("Samolot lecący z Kętrzyna do Suwałk rozbił się około 6 km na wschód od Giżycka. To drugi taki wypadek "
     "w tym roku - w maju awionetka awaryjnie lądowała na łące pod Pułtuskiem.",
     {"origin": (54.08, 21.38, 15), "destination": (54.11, 22.93, 15), "crash_site": (54.038, 21.856, 6)}),
    # Polish: "został skierowany do X" is a diversion
    ("Airbus lecący z Londynu do Gdańska został we wtorek skierowany do Bydgoszczy z powodu gęstej mgły.",
     {"origin": (51.51, -0.13, 40), "destination": (54.35, 18.65, 15), "diversion": (53.12, 18.0, 15)}),
    # Polish: a runway excursion on landing at the airport the town's adjective names
    ("Prywatny odrzutowiec lecący z Berlina wypadł z pasa startowego podczas lądowania na poznańskim "
     "lotnisku Ławica. Nikt nie został ranny.",
     {"origin": (52.52, 13.40, 30), "destination": (52.421, 16.826, 8), "crash_site": (52.421, 16.826, 8)}),
    # Norwegian: "fra X lufthavn Y til Z … omdirigert til W lufthavn"
    ("Flyet fra Trondheim lufthavn Værnes til Kristiansund ble mandag omdirigert til Molde lufthavn på grunn "
     "av tett tåke.",
     {"origin": (63.458, 10.924, 8), "destination": (63.11, 7.73, 15), "diversion": (62.745, 7.263, 10)}),
    # Swedish: a return to the airport it left
    ("Ett plan på väg från Stockholm till Luleå vände tillbaka till Arlanda på söndagskvällen efter ett "
     "hydraulikfel.",
     {"origin": (59.65, 17.92, 40), "destination": (65.58, 22.15, 15), "diversion": (59.652, 17.919, 10)}),
    # Norwegian: a distance in words with a bearing ("åtte kilometer vest for X")
    ("Et ambulansehelikopter styrtet i et skogsområde omtrent åtte kilometer vest for Voss sentrum natt til "
     "lørdag. Helikopteret hadde lettet fra Bergen og var på vei til Voss.",
     {"origin": (60.39, 5.32, 15), "destination": (60.63, 6.42, 10), "crash_site": (60.628, 6.268, 6)}),
    # Danish: a town's genitive before its airport ("Bornholms Lufthavn"); last year's landing is another's
    ("Et sportsfly styrtede i havet omkring tre kilometer vest for Rønne kort efter start fra Bornholms "
     "Lufthavn. Flyet var på vej til Roskilde Lufthavn. Sidste år nødlandede et andet sportsfly ved Christiansø.",
     {"origin": (55.063, 14.760, 8), "destination": (55.586, 12.131, 15), "crash_site": (55.10, 14.653, 6)}),
    # Swedish: "cirka fem kilometer norr om X"
    ("Ett mindre flygplan störtade cirka fem kilometer norr om Kiruna på lördagen. Planet hade lyft från "
     "Kiruna flygplats och var på väg till Gällivare.",
     {"origin": (67.822, 20.337, 8), "destination": (67.13, 20.66, 15), "crash_site": (67.901, 20.225, 6)}),
    # A flight's end with an airport of its own: Shannon in Ireland, not the Quebec town beside Québec City
    ("The Delta flight from New York to Rome diverted to Shannon after a passenger fell ill.",
     {"origin": (40.71, -74.0, 30), "destination": (41.9, 12.5, 30), "diversion": (52.70, -8.92, 15)}),
    # Spanish: a hijacker "obligó al piloto a aterrizar en X"
    ("Un hombre armado secuestró una avioneta que volaba de Bucaramanga a Bogotá y obligó al piloto a "
     "aterrizar en Maracaibo.",
     {"origin": (7.12, -73.12, 15), "destination": (4.71, -74.07, 20), "diversion": (10.65, -71.64, 20)}),
    # The escorting fighters' base is no origin of the airliner
    ("Flight PK787 from Islamabad to Birmingham was diverted to Stansted. A sonic boom from the jets, which "
     "took off from RAF Coningsby, was heard across several counties.",
     {"origin": (33.6, 73.0, 30), "destination": (52.48, -1.9, 20), "diversion": (51.885, 0.235, 8)}),
    # "left X, <two-word province>, for Y"
    ("The Dakota that left Salisbury, Southern Rhodesia, for Fort Victoria one evening in November 1959 "
     "never arrived.",
     {"origin": (-17.83, 31.05, 20), "destination": (-20.07, 30.83, 20)}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_routes_in_many_styles(text, expected):
    got = points(text)
    assert set(got) == set(expected)
    for role, where in expected.items():
        tolerance = where[2] if len(where) > 2 else 15  # (a third number: a tighter tolerance, km)
        assert km(got[role], where[:2]) < tolerance, (role, got[role])
