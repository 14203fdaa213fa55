"""Named squares, palaces, halls, islands and plains: places by a head noun.

"Ba Dinh Square", "Government House", "Great Hall of the People", "Sandy
Island": whatever the words before it, a capitalised name that ends in such
a head noun is a place, not a person ("Ba Dinh" alone could be either). Some
heads come first: "Hôtel Lambert", "Palais Rose", "Lake Kariba", "Plain of
Reeds", "Valley of the Roses".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .names import TITLES
from .patterns import Candidate, after_place_preposition
from .tokens import Tok, Tokens, is_word
from ..english import is_english

#: Head nouns that end the name of a place whatever stands before them (folded).
HEADS = frozenset("""square street avenue boulevard prospekt palace monument mausoleum bridge
airport stadium cathedral pagoda gate island islands isle hotel castle fortress citadel dam canal city
strait straits coast buildings barracks station lake reservoir town road quay embankment peninsula""".split()) | frozenset(
    # the generic words that end a place's name in Mongolian (river, lake, mountain, pass:
    # "Khalkhin Gol", "Khövsgöl Nuur"), after GeoNames' feature names
    """gol nuur uul davaa""".split())
#: Head nouns that open the name of a place, in English and the languages of
#: the period's capitals ("Hôtel Matignon", "Casa Rosada", "Mount Kenya").
FIRST_HEADS = frozenset("""hotel palais palacio palazzo villa chateau schloss casa quinta lake mount cape fort
isla islas ile iles""".split()) | frozenset(
    # the camps, stadiums, ports and mountains of the French, Spanish, Portuguese and Italian names
    # ("Camp Léopold", "Estadio Nacional", "Puerto Sandino", "Porto Amboim", "Mont Stanley",
    # "Monte Cassino"), after GeoNames' feature names
    """camp estadio puerto porto mont monte""".split()) | frozenset(
    # the streets and squares of the Romance languages, named with their generic word first ("Piazza
    # Venezia", "Corso Vittorio Emanuele", "Rua Augusta", "Largo do Rato", "Praça do Comércio", "Plaza de
    # Mayo"; "Via" only before a connector, "Via del
    # Corso", for "via Moscow" is a route)
    """via piazza viale corso rua avenida calle rue largo praca plaza place""".split()) | frozenset(  # folded:
    # "Hôtel", "Château", "Île", "Îles"; a market, a fort and a cemetery in Arabic and Spanish
    # ("Souk el-Tawil", "Fuerte Tiuna", "Cementerio General del Sur")
    """souk suq fuerte cementerio""".split()) | frozenset(
    # the generic words that open a place's name in Arabic, Malay and Indonesian, Spanish and
    # Portuguese (valley, mountain, well, island, river, bay, hill, cape, lake: "Wadi Halfa",
    # "Jebel Akhdar", "Bir Lahlou", "Pulau Batam"), after GeoNames' feature names
    """wadi oued jebel djebel jabal bir pulau gunung sungai teluk bukit tanjung lago laguna cerro ilha""".split())
#: Heads of a region's or an archipelago's name that texts often write in
#: lower case after the name ("the Korean peninsula", "the Paracel islands").
_LOWER_HEADS = frozenset({"islands", "peninsula", "archipelago"})
#: Lower-case words between such a head and the name ("Palais du Peuple").
_CONNECTORS = frozenset({"de", "du", "des", "del", "della", "delle", "dei", "degli", "dello", "di", "la", "le", "das",
                         "do", "da", "dos", "las", "los"})
#: Generic words written in lower case after the name of a street or a square in Hungarian and
#: Czech ("Köztársaság tér", "Váci utca", "Andrássy út", "Corvin köz", "Karlovo náměstí"), after
#: the languages' own street names (as written, not folded: "út" is no "ut").
_LOWER_FOREIGN_HEADS = frozenset({"tér", "utca", "út", "körút", "köz", "rakpart", "náměstí", "ulice", "třída",
                                  "nábřeží", "námestie", "ulica"})
#: Lower-case words joining a town's name to its river's or region's ("Čierna nad Tisou",
#: "Frankfurt am Main", "Newcastle upon Tyne", "Boulogne-sur-Mer" written apart).
_TOWN_RIVER_LINKS = frozenset({"nad", "pod", "am", "upon", "sur"})
_AFTER_NAME = _LOWER_FOREIGN_HEADS | _TOWN_RIVER_LINKS
_AFTER_NAME_ASCII = frozenset(word for word in _AFTER_NAME if word.isascii())
_AFTER_NAME_OTHER = tuple(word for word in _AFTER_NAME if not word.isascii())
#: The words a hyphen joins after a Korean place's name for its unit: village, township, quarter,
#: county, province ("Hagaru-ri", "Yudam-ni", "Taeyu-dong", "Kaesong-si"; McCune–Reischauer and
#: Revised Romanisation).
_KOREAN_UNITS = ("-ri", "-ni", "-dong", "-gun", "-myon", "-myeon", "-eup")

#: Head nouns that take an "of (the) X" to name a place ("Plain of Reeds").
_OF_PLACE_HEADS = frozenset("""plain plains valley gulf bay isle strait straits sea lake cape palace""".split())
#: Heads that are also surnames ("Gus Hall"): a place only after a common word
#: ("Government House", "Great Hall", "City Hall").
_WORD_HEADS = frozenset({"hall", "house"})
#: Heads that make a place only after a name, not after an ordinary word, which makes it a works
#: ("Kagnew Station", "Victoria Station"; not "Supung Hydroelectric Station", "Power Station").
_NAMED_HEADS = frozenset({"station"})
#: Heads that are also surnames, a place's only after no title ("Stone Town"; not "Mr Town").
_SURNAME_HEADS = frozenset({"town"})
_PLACE_ADJECTIVES = frozenset({"great", "white", "city", "town", "guest", "state", "opera", "assembly"})
#: Heads that take an "of the X" ("Great Hall of the People", "Palace of the Republic").
_OF_HEADS = frozenset({"hall", "palace", "house"})
#: Arabic articles joined to the name by a hyphen ("Al-Muhajirin Palace", "El-Tahra Palace").
_ARTICLES = frozenset({"al", "el", "ad", "an", "ar", "as", "ash", "az"})
#: Words that never open such a name.
_LEFT_STOP = frozenset("""the a an of in on at to for from by with and or but this that these those
our your their his her its my we i he she they it as when if while after before since during
between near via outside inside across along""".split())


def landmarks(text: str, toks: Tokens, capitalised: list[int], lower: frozenset[str]) -> Iterator[Candidate]:
    """Each capitalised name ending in a head noun of :data:`HEADS` (or
    "Hall"/"House" after a common word, "the" or "in"/"at"), with an "of
    (the) X" after "Hall"/"Palace"/"House" ("Palace of the Republic"), and
    the names opening with a head noun (:data:`FIRST_HEADS`, "Plain of …")."""
    # once a text (most have none of these words): the text's words in lower case, and the others
    after_name = not _AFTER_NAME_ASCII.isdisjoint(lower) or not text.isascii() and any(
        word in text for word in _AFTER_NAME_OTHER)
    korean = "-" in text
    for i in capitalised:
        tok = toks[i]
        if tok.is_upper:
            continue
        if _lower_head_after(text, toks, i):
            yield Candidate(tok.start, toks[i + 1].end, "place", 2, 1, source="landmark")
        if after_name and i + 1 < len(toks) and toks[i + 1].text in _AFTER_NAME and tok.joins_name:
            following = toks[i + 1].text
            if following in _LOWER_FOREIGN_HEADS and text[tok.end:toks[i + 1].start] == " ":
                a = _run_back(toks, i)  # "Kossuth Lajos tér"
                yield Candidate(toks[a].start, toks[i + 1].end, "place", 2, 1, source="landmark")
            elif following in _TOWN_RIVER_LINKS and i + 2 < len(toks) and toks[i + 2].is_cap \
                    and not toks[i + 2].is_upper and toks[i + 1].joins_name and len(tok.bare) > 1:
                yield Candidate(toks[_run_back(toks, i)].start, toks[i + 2].end, "place", 2, 1, source="landmark")
        if korean and tok.text.endswith(_KOREAN_UNITS) and (i == 0 or not toks[i - 1].is_cap) \
                and not (i + 1 < len(toks) and toks[i + 1].is_cap and text[tok.end:toks[i + 1].start] == " "):
            yield Candidate(tok.start, tok.end, "place", 2, 1, source="landmark")  # "Hagaru-ri", not "Kim Il-dong"
        if tok.folded in FIRST_HEADS or tok.folded in _OF_PLACE_HEADS:
            yield from _head_first(toks, i)
        if tok.folded not in HEADS and tok.folded not in _WORD_HEADS or i == 0:
            continue
        a = i
        while a > 0 and toks[a - 1].is_cap and toks[a - 1].joins_name and toks[a - 1].folded not in _LEFT_STOP \
                and (text[toks[a - 1].end:toks[a].start].strip() not in {".", "-"} or toks[a - 1].folded in _ARTICLES):
            a -= 1
        if a == i or tok.folded in _NAMED_HEADS and is_english(toks[i - 1].bare) \
                or tok.folded in _SURNAME_HEADS and (f"{toks[a].bare}." in TITLES or toks[a].bare in TITLES) \
                or tok.folded in _WORD_HEADS and not (
                is_word(toks[i - 1], lower) or toks[i - 1].folded in _PLACE_ADJECTIVES
                or _placed(text, toks, a)):
            continue
        b = i + 1
        if b + 1 < len(toks) and toks[b].folded == "of" and tok.joins_name and tok.folded in _OF_HEADS:
            c = b + 1 + (toks[b + 1].folded == "the" and b + 2 < len(toks))
            d = c
            while d < len(toks) and toks[d].is_cap and toks[d - 1].joins_name and d - c < 3:
                d += 1
            b = d if d > c else b
        yield Candidate(toks[a].start, toks[b - 1].end, "place", 2, 1, source="landmark")


def _run_back(toks: Tokens, i: int, limit: int = 2) -> int:
    """The first of the capitalised words (at most ``limit`` more) joined as in a name before ``toks[i]``."""
    a = i
    while a > 0 and i - a < limit and toks[a - 1].is_cap and toks[a - 1].joins_name \
            and toks[a - 1].folded not in _LEFT_STOP and toks[a].start - toks[a - 1].end == 1:
        a -= 1
    return a


def _lower_head_after(text: str, toks: Tokens, i: int) -> bool:
    """"the Paracel islands", "the Korean peninsula": after "the", one
    capitalised word and a lower-case head of :data:`_LOWER_HEADS` name a place."""
    return 0 < i < len(toks) - 1 and toks[i + 1].text in _LOWER_HEADS and toks[i - 1].folded == "the" \
        and text[toks[i].end:toks[i + 1].start] == " "


def _placed(text: str, toks: Tokens, a: int) -> bool:
    """"the Xihua Hall", "at Xihua Hall", "Location: Xihua Hall": a name
    after "the", a place preposition or in a field giving a place is no
    person's ("Gus Hall")."""
    return a > 0 and toks[a - 1].folded == "the" or after_place_preposition(text, toks[a]) \
        or in_place_field(text, toks[a].start)


#: Labels of the fields that give a meeting's place ("Location: Xihua Hall").
_PLACE_FIELD_LABELS = ("Place", "Location", "Venue", "Site")
_PLACE_FIELD_VALUE = re.compile(rf"^[ \t]*(?:{'|'.join(_PLACE_FIELD_LABELS)})[ \t]*:[ \t]*", re.MULTILINE)


def place_field_values(text: str) -> frozenset[int]:
    """Where the value of each "Place:" or "Location:" field begins ("Place: Tirvala, …")."""
    if not any(label in text for label in _PLACE_FIELD_LABELS):
        return frozenset()
    return frozenset(m.end() for m in _PLACE_FIELD_VALUE.finditer(text))


def in_place_field(text: str, start: int) -> bool:
    """Whether ``start`` is in the value of a "Place:" or "Location:" field
    ("Location: Xihua Hall, Zhongnanhai")."""
    colon = text.rfind(":", max(0, start - 80), start)
    if colon < 0 or text.find("\n", colon, start) >= 0:
        return False
    return text[text.rfind("\n", 0, colon) + 1:colon].strip() in _PLACE_FIELD_LABELS


def _head_first(toks: Tokens, i: int) -> Iterator[Candidate]:
    """"Hôtel Matignon", "Lake Kariba", "Cementerio General del Sur" (a head of
    :data:`FIRST_HEADS` and one to three capitalised words, going on over a connector and
    more), "Plain of (the) Reeds" (a head of :data:`_OF_PLACE_HEADS`, "of", capitalised words)."""
    tok = toks[i]
    c = i + 1
    if not tok.joins_name or c >= len(toks):
        return
    if tok.folded in _OF_PLACE_HEADS and toks[c].folded == "of":  # "Plain of Reeds", "Lake of the Woods"
        if c + 1 >= len(toks) or not toks[c].joins_name:
            return
        c += 1 + (toks[c + 1].folded == "the" and c + 2 < len(toks) and toks[c + 1].joins_name)
    elif tok.folded not in FIRST_HEADS:
        return
    else:  # "Palais du Peuple", "Palacio de la Moneda"
        while c < len(toks) and c - i <= 2 and toks[c].folded in _CONNECTORS and toks[c].joins_name \
                and not toks[c].is_cap:
            c += 1
        if c == i + 1 and tok.folded == "via":
            return  # "Via Moscow": a route, not "Via del Corso"
    d = _capitalised_run(toks, c)
    # and a connector's name after it ("Cementerio General del Sur", "Palacio Nacional de Cultura")
    while d > c and d + 1 < len(toks) and toks[d].folded in _CONNECTORS and not toks[d].is_cap \
            and toks[d - 1].joins_name and toks[d].joins_name and (e := _capitalised_run(toks, d + 1)) > d + 1:
        d = e
    if d > c:
        yield Candidate(tok.start, toks[d - 1].end, "place", 2, 1, source="landmark")


def _capitalised_run(toks: Tokens, c: int, limit: int = 3) -> int:
    """The end of the run of (at most ``limit``) capitalised words joined as in a name from ``c``."""
    d = c
    while d < len(toks) and d - c < limit and _name_like(toks[d]) and (
            d == c or toks[d - 1].joins_name and toks[d].start - toks[d - 1].end == 1):  # not "Thailand. Prime"
        d += 1
    return d


def _name_like(tok: Tok) -> bool:
    return tok.is_cap and not tok.is_upper and tok.folded not in _LEFT_STOP
