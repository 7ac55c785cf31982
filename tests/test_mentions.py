"""Place mentions against the real offline gazetteer, on text the project writes."""

import pytest
import shapely

from geoviz.gazetteer import default_gazetteer
from geoviz.mentions import MentionFinder
from geoviz.model import Source
from geoviz.text import split_sentences


def find(text: str):
    sentences = split_sentences(Source("t.txt", "t.txt", text))
    mentions = MentionFinder(default_gazetteer()).find(text, sentences)
    for m in mentions:
        assert text[m.start : m.end] == m.text
    return mentions


def places(text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.place.name, m.place.country) for m in find(text) if m.usage == "place"}


def test_offsets_and_resolution_of_cities_airports_and_seas():
    got = places("The jet left Heydar Aliyev International Airport for Aqtau across the Caspian Sea.")
    assert got["Heydar Aliyev International Airport"][1] == "AZ"
    assert got["Aqtau"] == ("Aktau", "KZ")
    assert got["Caspian Sea"][0] == "Caspian Sea"


def test_airline_names_and_adjectives_are_not_places():
    found = find("Azerbaijan Airlines said Russian air defence was not involved, Kazakh officials said.")
    assert [(m.text, m.usage) for m in found] == [("Russian", "demonym"), ("Kazakh", "demonym")]


@pytest.mark.parametrize("text, name", [
    ("The flight was landing in Canada's biggest city when it crashed.", "Toronto"),
    ("It landed at the Lithuanian capital's airport.", "Vilnius"),
    ("Officials in the capital of Belarus confirmed it.", "Minsk"),
    ("El avión se estrelló a 80 kilómetros de la capital rusa.", "Moscow"),
    ("L'avion venait de la capitale de la Pologne.", "Warsaw"),
    ("O avião caiu a 80 km da capital da Rússia.", "Moscow"),
    ("Il volo è partito dalla capitale dell'Albania.", "Tirana"),
])
def test_indirect_references(text, name):
    assert name in {p[0] for p in places(text).values()}


def test_qualifier_and_context_resolve_ambiguous_names():
    assert places("Athens, Georgia, is a college town.")["Athens"][1] == "US"
    assert places("The flight from Athens landed in Vilnius.")["Athens"][1] == "GR"


def test_one_sense_per_discourse_and_surnames():
    got = find("Officials met President Jane Lincoln in Boston. Lincoln said Boston was calm.")
    assert "Lincoln" not in {m.text for m in got}
    assert {m.place.country for m in got if m.text == "Boston"} == {"US"}


def test_dotted_initials_and_datelines():
    got = places("WASHINGTON (Reuters) - The U.S. agency said the jet was bound for Dallas.")
    assert got["U.S."] == ("United States", "US")
    assert got["WASHINGTON"][1] == "US"
    assert got["Dallas"][1] == "US"


def test_spanish_exonyms():
    got = places("El vuelo de Moscú a Londres aterrizó en Pekín.")
    assert {v[1] for v in got.values()} == {"RU", "GB", "CN"}


def test_capital_of_a_possessed_region_is_not_the_country_capital():
    assert "Moscow" not in {p[0] for p in places("Grozny, the capital of Russia's Chechnya region.").values()}


def test_city_states_and_main_airports_named_after_their_city():
    got = places("The freighter landed at Hong Kong International Airport, Hong Kong.")
    assert got["Hong Kong International Airport"][1] == "HK"
    assert got["Hong Kong"] == ("Hong Kong", "HK")
    assert next(m for m in find("It flew to Singapore.") if m.text == "Singapore").place.kind == "city"


def test_a_division_named_elsewhere_in_the_text_resolves_a_town():
    got = places("The jet diverted to Bangor. Bangor lies in the state of Maine.")
    assert got["Bangor"][1] == "US"


def test_speakers_and_hamlet_named_institutions_are_not_places():
    got = places("Franklin said the Red Cross had sent teams to Nairobi.")
    assert set(got) == {"Nairobi"}


def test_french_elisions_and_joined_articles():
    got = places("L'avion reliait Charm el-Cheikh à Saint-Pétersbourg, au sud d'El-Arich.")
    assert got["Charm el-Cheikh"] == ("Sharm el-Sheikh", "EG")
    assert got["El-Arich"][1] == "EG"
    assert got["Saint-Pétersbourg"][1] == "RU"


def test_a_qualifier_takes_the_reading_that_holds_the_place_it_qualifies():
    got = find("The jet left Savannah, Georgia, and later Tbilisi, Georgia, for a charter.")
    georgias = [m.place for m in got if m.text == "Georgia"]
    assert georgias[0].kind == "admin1" and georgias[0].country == "US"
    assert georgias[1].kind == "country" and georgias[1].country == "GE"
    assert places("Crews flew to Washington, D.C., overnight.")["Washington"][1] == "US"
    assert find("Crews flew to Washington, D.C., overnight.")[0].place.kind == "city"


def test_lists_resolve_their_items_alike():
    states = find("Crews were sent from Texas, Oklahoma, Georgia and Washington to help.")
    assert {m.place.kind for m in states} == {"admin1"}
    countries = find("Airlines in Armenia, Georgia, Iraq and Niger cancelled flights.")
    assert {(m.text, m.place.kind) for m in countries} == {
        ("Armenia", "country"), ("Georgia", "country"), ("Iraq", "country"), ("Niger", "country")}


def test_a_town_missing_from_its_stated_division_is_left_unplaced():
    # Not a town of that name on another continent.
    assert "Stroud" not in places("The pilot lived in Stroud, Ontario, with his family.")
    assert places("The pilot lived in Guelph, Ontario, with his family.")["Guelph"][1] == "CA"


@pytest.mark.parametrize("text, absent, present", [
    ("Kenya's capital Nairobi reopened its airport.", "", "Kenya"),
    ("The airline is China's largest carrier.", "Shanghai", "China"),
])
def test_indirect_references_give_way_to_the_name_itself(text, absent, present):
    got = {m.text: m.place.name for m in find(text) if m.usage == "place"}
    assert present in got and got[present] == present
    assert absent not in got.values()


def test_divisions_take_the_name_their_airports_use():
    # Toronto's division is Ontario (Natural Earth's nearest label point was Quebec's).
    got = find("Investigators from Toronto, Ontario arrived.")
    assert got[0].place.admin1 == "Ontario"
    assert got[1].place.kind == "admin1" and got[1].place.name == "Ontario"


def test_news_territories_and_county_names():
    assert places("Aid flights to the Gaza Strip resumed.")["Gaza Strip"][1] == "PS"
    assert "Monroe County" not in places("The plane came down in Monroe County on Friday.")


def test_names_of_smaller_features_and_connector_names():
    got = places("Crowds filled St. Peter's Square before flights left Dar es Salaam, Tanzania.")
    assert "St. Peter" not in got and "Saint Peter" not in {v[0] for v in got.values()}
    assert got["Dar es Salaam"][1] == "TZ"
    # the capital named just before: "Angola" is the country, not a second Luanda
    got = find("The jet landed in Luanda, Angola's capital, at noon.")
    assert [(m.text, m.place.kind) for m in got] == [("Luanda", "city"), ("Angola", "country")]


def test_context_countries_draw_ambiguous_names_near_them():
    got = find("Israel closed its crossings with Gaza, and Egypt shut the Rafah gate.")
    gaza = next(m.place for m in got if m.text == "Gaza")
    assert (gaza.kind, gaza.country) == ("city", "PS")  # not Mozambique's Gaza province
    got = places("Passengers arriving at Cairo airport from Mexico and Canada were checked.")
    assert got["Cairo"][1] == "EG"


def test_a_minor_namesake_far_from_the_story_is_left_unplaced():
    # Only an Australian hamlet is called Piccadilly in the gazetteer; the story is in Britain.
    got = places("British detectives met him at a cafe in Piccadilly, close to London's theatres.")
    assert got["London"][1] == "GB" and got.get("Piccadilly", ("", "GB"))[1] == "GB"
    # "Kalam" is only another spelling of an Indian town, and the story is in Pakistan.
    got = places("Helicopters flew from Islamabad to Kalam in the Swat Valley of Pakistan.")
    assert got["Islamabad"][1] == "PK" and got.get("Kalam", ("", "PK"))[1] == "PK"
    # A town without a country named in the story keeps its place, however far the others are.
    assert places("The jet left Omaha for Kingman, a small town.").get("Kingman", ("", ""))[1] == "US"


def test_the_name_as_written_beats_a_variant_spelling_near_a_named_division():
    got = places("Doctors in San Diego, California, and in Pittsburgh tested the drug.")
    assert got["Pittsburgh"] == ("Pittsburgh", "US")


def test_a_country_named_in_the_next_sentence_decides_a_city():
    # Brazil's Santiago lies in a state the text names, but the story has moved on to Chile.
    got = places("Brazil has 40 cases: most in São Paulo and Rio de Janeiro, a few in Santa Catarina, "
                 "and one each in Rio Grande do Sul, Tocantins and Minas Gerais. Canada has 12. Chile "
                 "has 300. The public health institute in Santiago confirmed them on Friday.")
    assert got["Santiago"][1] == "CL"


def test_a_town_qualified_by_a_division_that_lacks_it_is_left_unplaced():
    assert "Bradford" not in places("He must appear before a Bradford, Ontario court next month.")


def test_a_division_read_out_of_a_longer_name_is_not_a_foreign_one():
    got = places("Cases were reported in the Central Plateau and near Port-au-Prince, Haiti's capital.")
    assert got.get("Plateau", ("", "HT"))[1] == "HT" and got.get("Central Plateau", ("", "HT"))[1] == "HT"


def test_three_items_in_a_row_are_a_list_even_without_and():
    got = find("Teams flew to Benin, Togo, Gabon; others went to Nigeria.")
    assert [(m.text, m.place.kind) for m in got if m.usage == "place"][:3] == [
        ("Benin", "country"), ("Togo", "country"), ("Gabon", "country")]


def test_a_town_beside_a_place_of_its_own_sentence_wins_among_namesakes():
    # A dozen towns are called La Unión; the one in Antioquia lies by Medellín's airport.
    got = find("Colombia mourned. The jet came down near La Unión, a few kilometres from "
               "José María Córdova airport outside Medellín.")
    union = next(m.place for m in got if m.text == "La Unión")
    assert (union.country, union.admin1) == ("CO", "Antioquia")


@pytest.mark.parametrize("text, name, country", [
    ("The Airbus crashed in the French Alps on Tuesday.", "French Alps", "FR"),
    ("Rescuers searched the Swiss Alps.", "Swiss Alps", "CH"),
    ("Wreckage was found in the Peruvian Andes.", "Peruvian Andes", "PE"),
])
def test_a_nationality_adjective_takes_its_countrys_part_of_a_range(text, name, country):
    got = [m for m in find(text) if m.usage == "place"]
    assert [(m.text, m.place.country) for m in got] == [(name, country)]
    place = got[0].place
    assert place.geometry.buffer(0.01).contains(shapely.Point(place.lon, place.lat))
    assert default_gazetteer().demonym(name.split()[0]).geometry.buffer(0.2).contains(
        shapely.Point(place.lon, place.lat))


def test_two_places_joined_by_a_hyphen_are_read_apart_but_not_a_persons_or_an_agencys_name():
    got = places("The Baku-Grozny flight and the Madrid-Las Palmas route were cancelled.")
    assert got["Baku"][1] == "AZ" and got["Grozny"][1] == "RU"
    assert got["Madrid"][1] == "ES" and got["Las Palmas"][1] == "ES"
    got = places("Spokeswoman Kerry-Ann Hamilton told Agence France-Presse that Guinea-Bissau had cases.")
    assert set(got) == {"Guinea-Bissau"}


def test_a_country_in_an_organisations_name_is_still_the_country_elsewhere():
    got = places("Azerbaijan Airlines said the jet had left Azerbaijan. Delta Air Lines said Delta would pay.")
    assert got == {"Azerbaijan": ("Azerbaijan", "AZ")}  # (a minor name stays the organisation's)


def test_a_name_gazetteers_write_as_one_word():
    assert places("The jet was on its way to Pangkal Pinang.")["Pangkal Pinang"] == ("Pangkalpinang", "ID")
    assert "A New" not in places("A New Jersey company said so.")


def test_the_capital_where_the_text_places_something_by_it_is_the_capital_named_before():
    found = [(m.text, m.place.name) for m in find(
        "The jet left Moscow for Orsk. It came down 80 km southeast of the capital. Panic spread in the capital.")]
    assert found.count(("the capital", "Moscow")) == 1  # ("in the capital" is not resolved: no need)
    assert not [m for m in find("It came down 80 km southeast of the capital.") if m.text == "the capital"]


def test_country_names_in_other_languages_and_names_that_are_not_places():
    got = places("Pratt & Whitney said Maurice Dubois had flown to Mexiko and on to Messico.")
    assert got == {"Mexiko": ("Mexico", "MX"), "Messico": ("Mexico", "MX")}
    assert places("Voos de Salvador para a Granada.")["Salvador"][1] == "BR"  # (not El Salvador)


def test_a_state_is_not_a_town_once_called_by_its_name():
    assert places("O Legacy pousou no sul do Pará.")["Pará"] == ("Pará", "BR")  # (not Belém, nor Pará de Minas)
    assert places("Voos de Bari e de Durango.") == {"Bari": ("Bari", "IT"), "Durango": ("Victoria de Durango", "MX")}


def test_a_first_name_before_a_surname_is_not_a_town():
    got = places("Secretary of State George Shultz met Vladimir Putin in Moscow. Victoria Beckham flew to Nice.")
    assert set(got) == {"Moscow", "Nice"}
    assert places("Flights to Houston Intercontinental resumed.")["Houston"][1] == "US"


def test_russian_names_in_any_case():
    got = places("Самолёт следовал из Москвы в Грозный и сел в Краснодаре; президент Владимир Путин в России.")
    assert got == {"Москвы": ("Moscow", "RU"), "Грозный": ("Grozny", "RU"), "Краснодаре": ("Krasnodar", "RU"),
                   "России": ("Russia", "RU")}


@pytest.mark.parametrize("text, name, country", [
    ("The jet arriving from Paris overshot the runway at Toronto's Pearson airport.", "Paris", "FR"),
    ("An Air Canada jet arriving from London landed at Toronto's Pearson airport.", "London", "GB"),
    ("The Qantas flight from Sydney to Halifax, Nova Scotia, was delayed.", "Sydney", "AU"),
])
def test_a_flights_far_end_is_the_famous_place_not_a_namesake_near_the_other(text, name, country):
    assert places(text)[name][1] == country


def test_a_town_near_the_story_still_wins_inside_a_division_the_text_names():
    text = ("The outbreak began in southern Indiana. Austin, in Scott County, Indiana, was its centre; "
            "Louisville lies across the river.")
    assert places(text)["Austin"] == ("Austin", "US")
    austin = next(m for m in find(text) if m.text == "Austin")
    assert austin.place.lat > 38  # Austin, Indiana, not Austin, Texas (30.3 N)


def test_an_airline_named_like_a_state_and_a_possessed_feature_are_not_places():
    got = places("A Delta flight from Boston crashed into the sea off Peggy's Cove. An Alaska jet landed in Seattle.")
    assert "Delta" not in got and "Alaska" not in got
    assert "Cove" not in got  # not Cové, Benin
    assert got["Boston"][1] == "US" and got["Seattle"][1] == "US"


def test_a_small_town_described_by_a_capitalised_adjective_is_found():
    got = places("The jet was destroyed over the Scottish town of Lockerbie.")
    assert got["Lockerbie"] == ("Lockerbie", "GB")


def test_names_with_an_apostrophe_inside_are_one_name():
    got = places("The jet left N'Djamena for Abidjan in Côte d'Ivoire, then flew on to Chicago O'Hare.")
    assert got["N'Djamena"] == ("N'Djamena", "TD")
    assert got["Côte d'Ivoire"][1] == "CI"
    assert got["Chicago O'Hare"][0] == "Chicago O'Hare International Airport"


def test_airport_codes_in_brackets_alone_and_where_the_route_puts_them():
    found = find("The A380 flew from Sydney (SYD) to Dubai (DXB). It later returned to SYD. "
                 "A sister jet departed EGLL bound for KJFK at 14:00 UTC.")
    by_text = {m.text: m.place for m in found}
    assert by_text["Sydney (SYD)"].iata == "SYD" and by_text["Dubai (DXB)"].iata == "DXB"
    assert by_text["SYD"].iata == "SYD"
    assert by_text["EGLL"].ref == "EGLL" and by_text["KJFK"].ref == "KJFK"
    assert "UTC" not in by_text


def test_capitals_that_are_not_airport_codes_are_left_alone():
    # "FAA" is Faranah's code and "USDA" an ICAO code in Russia: neither is meant here
    got = places("The pilot reported to FAA inspectors. Samples were sent to USDA for testing.")
    assert "FAA" not in got and "USDA" not in got


def test_an_aircraft_type_named_like_a_town_and_a_town_measured_from():
    got = places("A jet collided with an Army Black Hawk helicopter. Debris fell 10 km from Chamonix.")
    assert "Black Hawk" not in got
    assert got["Chamonix"] == ("Chamonix-Mont-Blanc", "FR")


def test_an_aircraft_model_number_and_codes_that_are_no_route():
    assert "Falcon" not in places("Le Falcon 50 transportait le président.")
    assert places("The NBA/NFL deal was discussed on the flight.") == {}
    got = places("Flight LO16 (EWR-WAW) landed safely.")
    assert got["EWR"][1] == "US" and got["WAW"][1] == "PL"


def test_a_city_with_its_airport_name_is_the_airport():
    got = find("A flight from Moscow Sheremetyevo to Murmansk left Jakarta's Halim airport.")
    assert [(m.text, m.place.kind) for m in got if m.text.startswith(("Moscow", "Halim"))] == [
        ("Moscow Sheremetyevo", "airport"), ("Halim", "airport")]


def test_german_pronouns_and_nouns_are_no_places():
    got = places("Er sagte, der Hubschrauber sei gegen einen Hang bei Zell am See geprallt.")
    assert list(got) == ["Zell am See"]


def test_a_name_with_a_possessive_inside_is_one_name_where_known():
    got = places("The People's Republic of China closed Moscow's Vnukovo airport to its flights.")
    assert got["People's Republic of China"] == ("China", "CN")
    assert got["Moscow"][0] == "Moscow" and got["Vnukovo"][1] == "RU"


def test_english_names_of_indonesian_provinces_and_longer_names_the_gazetteer_lacks():
    got = places("Floods hit West Java and East Kalimantan. Cases rose in South West England.")
    assert got["West Java"] == ("Jawa Barat", "ID") and got["East Kalimantan"] == ("Kalimantan Timur", "ID")
    assert "South West" not in got


def test_a_division_among_divisions_or_before_its_governor():
    got = find("Cases: twelve in Ontario, eight in Alberta and one in Quebec. New York Governor Kathy Hochul spoke.")
    kinds = {m.text: m.place.kind for m in got}
    assert kinds["Quebec"] == "admin1" and kinds["New York"] == "admin1"


def test_polish_names_in_another_case_only_in_polish_text():
    got = places("Samolot lecący z Warszawy do Krakowa lądował w Katowicach.")
    assert got == {"Warszawy": ("Warsaw", "PL"), "Krakowa": ("Kraków", "PL"), "Katowicach": ("Katowice", "PL")}
    assert "Krakowa" not in places("The Krakowa brand sold well in Texas.")


def test_parts_of_continents_are_placed_in_that_part():
    found = {m.text: m.place for m in find(
        "Cases were reported in West Africa, Eastern Europe and South Asia, then in Australia and New Zealand.")}
    west, east, south = found["West Africa"], found["Eastern Europe"], found["South Asia"]
    assert (west.kind, east.kind, south.kind) == ("region", "region", "region")
    assert 5 < west.lat < 20 and -15 < west.lon < 10
    assert 45 < east.lat < 60 and 20 < east.lon < 50  # the European part of Russia, not Siberia
    assert 15 < south.lat < 30 and 70 < south.lon < 85
    assert found["Australia"].kind == found["New Zealand"].kind == "country"


def test_russian_names_in_latin_letters_as_gazetteers_spell_them():
    from geoviz.mentions import romanised

    assert [romanised(n) for n in ("Шереметьево", "Емельяново", "Кольцово", "Жуковский")] == [
        "Sheremetyevo", "Yemelyanovo", "Koltsovo", "Zhukovskiy"]


def test_polish_cases_read_back_to_the_nominative():
    from geoviz.mentions import polish_nominatives

    # (an "ó" that turns "o", a neuter's "-a", a plural name's bare genitive, a locative adjective)
    for declined, nominative in (("Baligrodu", "Baligród"), ("Giżycka", "Giżycko"), ("Suwałk", "Suwałki"),
                                 ("Nowym Targu", "Nowy Targ"), ("Jeleniej Górze", "Jelenia Góra"),
                                 ("Krakowa", "Kraków"), ("Działoszycami", "Działoszyce")):
        assert nominative in polish_nominatives(declined), declined


def test_a_declined_small_town_is_judged_by_its_own_name():
    # (Baligród, Działoszyce: towns of some 1,000 people, found only declined)
    text = "Samolot z Krakowa spadł w okolicach Baligrodu, a drugi lądował pod Działoszycami."
    assert {"Baligród", "Działoszyce"} <= {name for name, _country in places(text).values()}


def test_a_danish_towns_genitive_before_its_airport_or_harbour():
    text = "Flyet lettede fra Bornholms Lufthavn og nødlandede ud for Københavns Havn."
    got = places(text)
    assert got["Bornholms"] == ("Bornholm Airport", "DK") and got["Københavns"] == ("Copenhagen", "DK")


def test_a_word_in_capitals_is_a_dateline_only_where_a_line_begins():
    assert "KATHMANDU" in places("KATHMANDU, Nepal (AP) — A plane crashed on Sunday.")
    assert "LAMIA" not in places("El avión de LAMIA, que había partido de Santa Cruz, se estrelló.")


def test_a_small_towns_other_spelling_after_near_where_its_province_is_named():
    text = "It came down near Varzaqan in East Azerbaijan province, Iran."
    assert places(text)["Varzaqan"][1] == "IR"
    assert "Varzaqan" not in places("It came down near Varzaqan.")  # (nothing says where: too small)


def test_a_citys_airport_named_after_the_city_is_not_a_namesake_elsewhere():
    assert places("It left Nairobi's Wilson Airport.")["Wilson Airport"] == ("Nairobi Wilson Airport", "KE")


def test_a_name_the_document_also_gives_a_river_is_the_river():
    got = places("Helicopter crashes into Hudson\nIt plunged into the Hudson River near Hoboken.")
    assert got["Hudson"] == got["Hudson River"] == ("Hudson River", "")
    assert places("He grew up in Hudson, New York, near the Hudson River.")["Hudson"][0] != "Hudson River"


def test_a_feature_named_after_someone_is_no_town():
    assert "George" not in places("It flew north toward the George Washington Bridge.")
    assert "Sydney" in places("Crowds gathered near the Sydney Harbour Bridge.")  # (a city of note stays)


def test_an_airport_called_without_its_citys_name():
    assert places("The trainer had taken off from Wilson Airport in Kenya.")["Wilson Airport"][1] == "KE"


def test_a_small_place_before_a_companys_word_is_the_company():
    assert "Tata" not in places("Air India has been owned by the Tata group since 2022.")


def test_a_landform_the_gazetteer_lacks_is_no_small_town_so_called():
    assert "Noto" not in places("Relief flights went to Niigata after the earthquake on the Noto peninsula.")
    assert places("The plane crashed in the Zagros mountains.")["Zagros"][0] == "Zagros Mountains"


def test_russian_seas_with_their_lower_case_word():
    assert places("Самолёт упал в Чёрном море.")["Чёрном море"][0] == "Black Sea"


def test_mountain_ranges_by_their_names_in_other_languages():
    assert places("Un avion s'est écrasé dans les Alpes.")["Alpes"][0] == "Alps"
    assert places("Die Maschine zerschellte in den Pyrenäen.")["Pyrenäen"][0] == "Pyrenees"
    assert "Nähe" not in places("Das Flugzeug stürzte in der Nähe von Bremen ab.")  # (no river Nahe)


def test_islands_and_great_cities_by_their_names_in_other_languages():
    assert places("The plane came down off Sicily.")["Sicily"][0] == "Sicilia"
    assert places("The plane came down off Sardinia.")["Sardinia"][0] == "Sardinia"
    assert places("Un avion s'est abîmé au large de la Corse.")["Corse"][0] in ("Corse", "Corsica")
    assert places("O avião partiu de Madri.")["Madri"] == ("Madrid", "ES")


@pytest.mark.parametrize("text, name", [
    ("The helicopter came down in Bavaria.", "Bayern"),
    ("A plane crashed in North Rhine-Westphalia.", "Nordrhein-Westfalen"),
    ("Un avión cayó en Cataluña.", "Catalonia"),
    ("An Antonov crashed in Darfur.", "Darfur"),
    ("A small plane crashed near Goulburn, NSW.", "New South Wales"),
    ("The aircraft went down in Kashmir.", "Kashmir"),
])
def test_regions_of_the_news_by_their_usual_names(text, name):
    assert name in {n for n, _ in places(text).values()}


def test_a_small_town_after_the_area_of():
    assert places("Dead birds were found in the area of Esperance - on the south coast.")["Esperance"][1] == "AU"


def each(text: str, name: str) -> list[tuple[str, str, str]]:
    return [(m.place.name, m.place.country, m.place.kind) for m in find(text) if m.text == name and m.usage == "place"]


def test_a_name_qualified_only_later_is_another_place_of_that_name():
    text = ("Plane crashes after leaving Athens airport\nA Piper that had taken off from Athens-Ben Epps Airport "
            "in north-east Georgia crashed. He had filed a flight plan to Savannah. The NTSB office in Atlanta was "
            "told. The pilot had grown up in Athens, Greece.")
    assert [c for _n, c, _k in each(text, "Athens")] == ["US", "GR"]


def test_a_name_read_as_an_area_stays_one_after_an_airport_called_so():
    text = "The hijackers forced it to fly to Malta. It landed at Malta International Airport."
    assert each(text, "Malta") == [("Malta", "MT", "country")]
    assert places(text)["Malta International Airport"][1] == "MT"


def test_the_region_stays_a_region_though_the_flight_was_bound_for_its_city():
    text = "The Il-76 crashed in the Belgorod region. It had been bound for Belgorod."
    assert [k for _n, _c, k in each(text, "Belgorod")] == ["admin1", "city"]


@pytest.mark.parametrize("text, name, country", [
    ("A 737 took off from London, in southwestern Ontario, on a service to Calgary.", "London", "CA"),
    ("La avioneta cayó cerca de Dolores, en la provincia de Buenos Aires.", "Dolores", "AR"),
])
def test_a_division_after_in_qualifies_a_town(text, name, country):
    assert places(text)[name][1] == country


def test_a_city_after_a_radio_station_is_still_the_city():
    text = "A passenger told ABC Radio Adelaide it was terrifying. The flight diverted to Adelaide."
    assert [c for _n, c, _k in each(text, "Adelaide")] == ["AU"]  # (not a surname throughout)
