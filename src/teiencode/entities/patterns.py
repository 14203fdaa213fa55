"""Candidate mentions found by the shape of the text.

Each function takes the text, its tokens and the text's lower-case vocabulary
and yields :class:`Candidate` spans; :mod:`.recognise` chooses among them.
Tiers: 2 = the shape says what it is (a title before a name, initials, a
speaker label, an organisation's head noun, "Republic of …"); 1 = a known
name (gazetteer, acronym); 0 = a guess from capitals alone.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple, Protocol

from . import gazetteer
from .dates import MONTHS
from .romanisation import syllable_key
from .names import CALL_WORDS, COMMON_WORDS, LOWER_PARTICLES, POSTS, TITLE_ABBREVIATIONS, fold
from .personnames import is_name
from .tokens import Tok, Tokens, first_from, is_roman, is_word, name_chains, sentence_start, title_at, token_at
from ..english import is_english
from ..english import words as english_words

#: Head nouns of organisation names (folded).
ORG_HEADS = frozenset("""
committee committees ministry ministries council bureau politburo presidium secretariat commission
embassy embassies legation consulate party front movement organization organisation association
assembly department office army armies navy corporation company institute academy school
university college center centre league agency fund bank archive archives arkhiv archiv arkib archivo
archivio leveltar foundation program
programme project cc mfa fma union federation alliance court senate parliament cabinet
service services directorate command headquarters forces guard guards police agency library museum
nations group
cominform comintern
fleet fleets division divisions brigade brigades regiment regiments corps battalion battalions squadron
flotilla volunteers militia junta garrison rifles
works plant factory combine kombinat shipyard shipyards enterprise enterprises society cooperative estates
mills airlines airways force
chamber chambers scouts pioneers rangers commandos legion
herald mail times gazette tribune chronicle telegraph zeitung shimbun ilbo
parishad sangh samiti morcha
oil petroleum steel motors chemicals sulphur complex presidency
radio radyo
""".split())
# The last line: council, association, committee and front in the languages of South Asia ("Gorkha
# Parishad", "Jana Sangh"; Hindi, Nepali, Bengali; "Sabha", assembly, comes with the legislatures).
# "radio" last: a broadcaster named after its city, as the monitoring reports name them ("Baghdad
# Radio", "Hanoi Radio"; "Radio X", its head first, is in orgnames.FOREIGN_HEADS); "radyo" is
# Turkish ("Bizim Radyo").
#: Heads that name an organisation on their own when capitalised.
_LONE_HEADS = frozenset({"politburo", "presidium", "secretariat", "cominform", "comintern"})
STATE_HEADS = frozenset({"republic", "kingdom", "federation", "emirates", "jamahiriya",
                          "principality", "sultanate", "commonwealth", "confederation"})
_CONNECTORS = frozenset({"of", "for", "on", "the", "and", "in", "de", "des", "du"})
#: The words of a document's classification line ("TOP SECRET", "Strictly Confidential", "Copy").
_CLASSIFICATION_STOPS = frozenset({"confidential", "secret", "strictly", "top", "urgent", "personal", "copy"})
#: Words that never open an organisation's name ("Digital Archive" is the
#: archive's web site named in page chrome, not an organisation; "Original
#: Archive" a field of its pages).
ORG_LEFT_STOP = frozenset({"digital", "original", "the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "by", "with",
                           "and", "or", "but", "this", "that", "these", "those", "our", "your", "their",
                           "his", "her", "its", "my", "we", "i", "he", "she", "they", "it", "as",
                           "when", "if", "while", "after", "before", "since", "during", "between",
                           "both", "all", "every", "each", "chairman", "secretary", "member",
                           "members", "head", "minister", "ambassador", "director", "deputy", "chief",
                           "president", "premier", "comrade", "cde", "representative", "representatives",
                           "leader", "leaders", "delegation", "also", "then",
                           # a classification line before a heading: "Confidential Party Matter"
                           *_CLASSIFICATION_STOPS})
_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "by", "with",
                             "and", "or", "but", "this", "that", "these", "those", "as", "when", "if"})
#: Words that join with "and" inside organisation names ("Science and Technology").
_DOMAIN_WORDS = frozenset({"affairs", "trade", "economic", "economy", "planning", "science", "sciences",
                           "technology", "culture", "education", "research", "industry", "agriculture",
                           "defence", "defense", "security", "information", "press", "arts", "health",
                           "labour", "labor", "finance", "justice", "history", "policy", "peace"})
#: The portfolios of ministries, which end an office's name and open no
#: person's ("Minister of Economy Nasim Haddad").
_PORTFOLIOS = _DOMAIN_WORDS - {"press", "arts", "history", "peace", "policy"}
_DEMONYM_ENDINGS = ("ese", "ian", "ean", "ish")
_STATE_FEATURES = frozenset({"country", "capital", "region", "state"})
# "in Pailin", "at Hakone", "the outskirts of Phnom Penh": the words before a name that make it a place.
_PLACE_WORDS = ("in", "at", "near", "via", "outside", "inside", "across", "opposite")
_PLACE_NOUNS = ("coast", "port", "region", "regions", "province", "provinces", "city", "cities", "town",
                "towns", "village", "villages", "island", "islands", "area", "areas", "district",
                "districts", "outskirts", "suburbs", "harbour", "harbor", "mouth", "banks", "valley",
                "crossing", "border", "airport", "camp", "mountains", "hills", "peninsula", "plateau",
                "mines", "base", "bases", "people", "peoples", "population", "inhabitants", "plain", "plains",
                "aimag", "aimags", "county", "counties", "prefecture", "prefectures", "oblast", "oblasts",
                "department", "departments", "governorate", "governorates")
_PLACE_NOUN_LINKS = ("of", "at", "near", "on")
_PLACE_PREPOSITIONS = re.compile(
    rf"(?:\b(?:{'|'.join(_PLACE_WORDS)})\s+"
    rf"|\b(?:{'|'.join(_PLACE_NOUNS)})\s+(?:{'|'.join(_PLACE_NOUN_LINKS)})\s+(?:the\s+)?)$")


#: Certainty from the least sure (low) to the surest (none given: certain).
CERT_ORDER = {None: 3, "high": 3, "medium": 2, "low": 1}


class Candidate(NamedTuple):
    """A possible mention: offsets, kind, how sure the shape makes it."""

    start: int
    end: int
    kind: str  # person, place, org, date
    tier: int
    rank: int = 0  # order within a tier
    cert: str | None = None
    canonical: str | None = None  # a gazetteer name, an acronym's expansion …
    geonames: str | None = None
    when: str | None = None
    source: str = ""


class _Located(Protocol):
    """A mention's offsets (a :class:`Candidate`, a recognised span)."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


class Taken:
    """Whether a span overlaps one of the mentions given (disjoint and in order)."""

    def __init__(self, chosen: Sequence[_Located]) -> None:
        self.starts = [c.start for c in chosen]
        self.ends = [c.end for c in chosen]

    def __call__(self, start: int, end: int) -> bool:
        at = bisect.bisect_left(self.starts, end)
        return bool(at) and self.ends[at - 1] > start


def is_demonym(word: str) -> bool:
    """"Kampuchean", "Vietnamese", "Mongolian": adjectives, not places or names."""
    folded = fold(word)
    if folded in COMMON_WORDS or folded.endswith("s") and folded[:-1] in COMMON_WORDS:
        return True
    return demonym_by_ending(word) or demonym_of_a_state(word)


@lru_cache(maxsize=1 << 14)
def demonym_of_a_state(word: str) -> bool:
    """"Croatian", "Kampucheans", "Pakistani", "Mexican": made from the name of a state, so never a name."""
    if word.endswith(("i", "is")) and len(word) > 4:  # "Pakistani", "Iraqis", "Yemeni"
        place = gazetteer.lookup(word.removesuffix("s")[:-1])
        return place is not None and place.feature in _STATE_FEATURES
    if not word.endswith(("an", "ans")):
        return False  # "Samodin" is no "Samoa" + "-din"
    word = word.removesuffix("s")
    for stem in (word[:-1], word[:-2] + "a", word[:-2] + "o", word[:-3], word[:-3] + "a", word[:-4] + "a", word[:-4],
                 word[:-2], word[:-3] + "e", word[:-3] + "y"):  # "Chilean", "Palestinian", "Hungarian"
        place = gazetteer.lookup(stem) if len(stem) > 2 else None
        if place is not None and place.feature in _STATE_FEATURES:
            return True
    return False


@lru_cache(maxsize=1 << 14)
def demonym_by_ending(word: str) -> bool:
    """Only the ending says that this word is an adjective ("Sudanese",
    "Rhodesian" — but also the names "Christian", "Xiannian")."""
    return word.endswith(_DEMONYM_ENDINGS) and not gazetteer.lookup(word)


def _name_by_position(toks: list[Tok], i: int, j: int, lower: frozenset[str], particle_start: bool) -> bool:
    """A word :func:`demonym_by_ending` is a name inside a name ("Comrade Li
    Xiannian"), or before an initial ("Christian F. Ostermann", not "the
    Rhodesian F. Smith") or a surname of the names data (no ending's guess) that is no
    English word or demonym ("Traian Stefanescu"; not "Christian Church", "Palestinian
    Arafat": a state's adjective)."""
    tok = toks[j]
    after = toks[j + 1] if j + 1 < len(toks) else None
    return tok.is_cap and tok.folded not in COMMON_WORDS and demonym_by_ending(tok.bare) \
        and not demonym_of_a_state(tok.bare) and tok.lowered not in lower and (
            j > i or particle_start or tok.joins_name and after is not None
            and (after.is_initial or after.is_cap and not after.is_upper and is_name(after.bare, endings=False)
                 and not is_english(after.bare) and not demonym_by_ending(after.bare))
            and not (j and toks[j - 1].folded in {"the", "a", "an"}))


def name_token(tok: Tok, lower: frozenset[str]) -> bool:
    """A token that may be part of a person's name (Latin script; a letter alone only as an initial)."""
    return tok.is_cap and len(tok.bare) > 1 and tok.lowered not in lower and _name_word(tok.bare)


#: Numbers in words, which count a group and open no name ("Two Notetakers", "Three Interpreters").
_NUMBER_WORDS = frozenset("""two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
hundred hundreds thousand thousands dozen dozens""".split())


@lru_cache(maxsize=1 << 14)
def _name_word(word: str) -> bool:
    """Whatever the page, may this capitalised word be part of a name: not a
    common word, Roman numeral, organisation head, title, demonym or state?"""
    folded = fold(word)
    if ord(word[0]) >= 0x250 or folded in COMMON_WORDS or is_roman(word) or folded in ORG_HEADS \
            or folded in TITLE_ABBREVIATIONS or folded in _PORTFOLIOS or folded in _NUMBER_WORDS:
        return False
    place = gazetteer.lookup(word)
    return not is_demonym(word) and (place is None or place.feature not in _STATE_FEATURES)


def _syllables(toks: list[Tok], i: int, j: int) -> bool:
    """Are tokens ``i`` to ``j`` (included) romanised syllables of Korean or Chinese, none an
    initial but perhaps the last (:func:`~.romanisation.syllable_key`)?"""
    return all(syllable_key(t.folded) and not t.is_initial for t in toks[i:j]) and syllable_key(toks[j].folded) is not None


def _last_syllable(toks: list[Tok], i: int, j: int) -> bool:
    """"Kim Jong Il.", "Chen Yi.": a word of two letters before a full stop that ends a run of
    romanised syllables is the name's last syllable, the stop the sentence's; an initial
    stands before a surname ("Yu. Tsedenbal"), and "Tsedenbal Yu." is no run of syllables."""
    return len(toks[j].bare) == 2 and "[" not in toks[j].text and _syllables(toks, i, j)


def _third_syllable(text: str, toks: list[Tok], i: int, j: int) -> bool:
    """"Ri Jong Ok", "Choe Hyon In": a short capitalised word after a family name and a
    syllable, itself a syllable, is the second syllable of the given name even where it is an
    English word; not before another capitalised word or a figure (a heading in title case:
    "Talks With Chen Yi On Laos", "Meeting With Li Peng On 12 June")."""
    tok = toks[j]  # (a capital and three letters at most: asked by the caller)
    return not tok.is_upper and "[" not in tok.text and toks[j - 1].joins_name and _syllables(toks, i, j) \
        and not (tok.joins_name and j + 1 < len(toks) and toks[j + 1].is_cap) \
        and not text[tok.end:tok.end + 2].lstrip(" \t")[:1].isdigit()


def name_run(text: str, toks: list[Tok], i: int, lower: frozenset[str], limit: int = 5,
         particle_start: bool = False) -> int:
    """The end index (exclusive) of a run of name tokens and initials at ``i``;
    ``particle_start``: the run may open with "de", "van der" (after a title)."""
    size = len(toks)
    j = i
    while j < size and j - i < limit:
        tok = toks[j]
        if j > i:  # may the gap from the token before lie inside a name?
            before = toks[j - 1]
            if not before.joins_name:
                break
            gap = text[before.end:tok.start]
            if gap.strip() == "." and not before.is_initial:
                break
            if before.is_upper and gap.endswith("["):
                break  # "MNR [Mozambican National Resistance]": an acronym's expansion, not a completion
        k = j
        while k < size and toks[k].bare in LOWER_PARTICLES and (k == j or toks[k - 1].joins_name):
            k += 1
        if k > j and (j > i or particle_start) and k < size and toks[k].is_cap and toks[k - 1].joins_name:
            j = k  # "Charles de Gaulle", "Max van der Stoel"
            continue
        if (j > i or tok.is_initial) and _opens_name(toks, j) and not (j > i and tok.folded in NAME_TITLES):
            break  # a title opens the next name ("Dr. Kissinger"); "Winston Lord" keeps its Lord
        if tok.is_initial:
            if j > i and _last_syllable(toks, i, j):
                return j + 1  # "Kim Jong Il.": the name's last syllable, then the sentence's stop
            if j + 1 < size:
                if _opens_name(toks, j + 1):
                    break  # "A. Dr. Kissinger": a list letter, then a title
                j += 1
                continue
        if j > i + 1 and _verb_before_object(toks, j):
            break  # "Raúl Roa García Discusses the Current Situation": a heading's verb
        if not name_token(tok, lower) and not (tok.is_upper and _latin(tok.bare) and tok.folded not in COMMON_WORDS
                                               and not tok.is_roman
                                               and tok.folded not in ORG_HEADS and not is_state(tok.bare)) \
                and not (tok.bare.endswith(_DEMONYM_ENDINGS)
                         and _name_by_position(toks, i, j, lower, particle_start)) \
                and not _hyphenated(text, toks, i, j):
            if j == i + 2 and tok.is_cap and len(tok.bare) <= 3 and _third_syllable(text, toks, i, j):
                return j + 1
            break
        j += 1
    while j > i and toks[j - 1].is_initial:
        if j - 1 == i or not _has_name(toks, i, j - 1):
            return i
        j -= 1  # a name does not end in an initial
    return j


def _verb_before_object(toks: list[Tok], j: int) -> bool:
    """Is ``toks[j]`` an English verb in "-s" before an article ("… García
    Discusses the Situation", "… Meets a Delegation"): a heading in title case
    going on after a name, not the name's last word?"""
    tok = toks[j]
    return tok.folded.endswith("s") and j + 1 < len(toks) and toks[j + 1].folded in {"the", "a", "an"} \
        and tok.joins_name and not tok.is_upper and is_english(tok.bare)


def _hyphenated(text: str, toks: list[Tok], i: int, j: int) -> bool:
    """A capitalised word joined by a hyphen to the name before it is part of
    it, even a state's name ("Pierre Mendès-France"; not "Afro-Asian", "Seven-Year")."""
    tok = toks[j]
    return j > i and tok.start == toks[j - 1].end + 1 and text[tok.start - 1] == "-" and tok.is_cap \
        and not tok.is_upper and tok.folded not in COMMON_WORDS and not is_demonym(tok.bare)


def _latin(word: str) -> bool:
    """A word in Latin letters: a heading in Cyrillic capitals ("ЗАПИСЬ БЕСЕДЫ") names no one."""
    return ord(word[0]) < 0x250


def _opens_name(toks: list[Tok], j: int) -> bool:
    """Is there a title at ``j`` followed by a capitalised word?"""
    n = title_at(toks, j)
    return bool(n) and j + n < len(toks) and toks[j + n].is_cap and toks[j + n - 1].joins_name


@lru_cache(maxsize=1 << 12)
def is_state(word: str) -> bool:
    """A state's name (or a capital's, a region's) the gazetteer knows."""
    place = gazetteer.lookup(word)
    return place is not None and place.feature in _STATE_FEATURES


def _has_name(toks: list[Tok], i: int, j: int) -> bool:
    return any(not toks[k].is_initial for k in range(i, j))


def _acronym_and_post(toks: list[Tok], i: int, j: int, lower: frozenset[str]) -> bool:
    """"NSC Senior (Staff Member)", "CIA Senior Analyst": an acronym before ordinary words
    ending in a post (:data:`.names.POSTS`: their last word, or the word just after them) names a
    body and a post in it, not a person ("KIM Il Sung", "LI Peng": a word no English one
    follows the capitals; "KIM Young Nam, Minister …": the post after a comma is his;
    "VIP Delegate Lounge": no post at its end)."""
    if not (toks[i].is_upper and acronym(toks[i], lower) and not toks[i + 1].is_upper
            and all(is_english(tok.bare) for tok in toks[i + 1:j])):
        return False
    return toks[j - 1].folded in POSTS or j < len(toks) and toks[j].folded in POSTS \
        and toks[j].start == toks[j - 1].end + 1


def _split_pairs(text: str, toks: list[Tok], i: int, j: int) -> list[tuple[int, int]]:
    """"Pol Pot-Ieng Sary" → two names where a hyphen joins two two-word names
    (not after an article in lower case: "Abd al-Karim Qasim" is one)."""
    for k in range(i + 2, j - 1):
        if text[toks[k - 1].end:toks[k].start] == "-" and toks[k].is_cap and toks[k - 1].is_cap:
            return [(i, k), (k, j)]
    return [(i, j)]


#: East Asian family names that are also English words ("He Ying", "An Zhiyuan",
#: "To Huu", "Song Renqiong"): capitalised inside a sentence before a name, a
#: name — not in a title in title case ("Letter From Kim Il Sung To Stalin").
FAMILY_NAME_WORDS = frozenset({"he", "an", "do", "to", "so", "song", "sun", "long", "bo", "fang", "ha", "ye"})


def _in_title_case(text: str, toks: list[Tok], i: int) -> bool:
    """Does a capitalised word without a comma or a bracket before it precede
    token ``i`` ("Letter From Kim Il Sung To Stalin", "Report On An Incident";
    not "Seo Cheon-ju [So Chon Ju]")?"""
    return i > 0 and toks[i - 1].is_cap and not any(c in text[toks[i - 1].end:toks[i].start] for c in ",[(")


def after_family_name(text: str, toks: list[Tok], i: int, lower: frozenset[str]) -> int:
    """The end of a name opened at ``i`` by a family name that is also an
    English word, else ``i``: one of :data:`FAMILY_NAME_WORDS` before one or
    two names ("He Ying"), or any short word that is one romanised syllable
    before exactly two more ("Oh Jin Wu", "So Chon Ju"; not "So Kim Il Sung")."""
    tok = toks[i]
    if not (tok.is_cap and tok.joins_name and not tok.is_upper) or i + 1 >= len(toks) or toks[i + 1].is_initial:
        return i
    if tok.folded in FAMILY_NAME_WORDS:
        j = name_run(text, toks, i + 1, lower, limit=2)
        return j if j > i + 1 else i
    if len(tok.bare) <= 3 and not name_token(tok, lower) and syllable_key(tok.folded) and name_run(text, toks, i + 1, lower, limit=3) == i + 3 \
            and all(syllable_key(t.folded) for t in toks[i + 1:i + 3]):
        return i + 3
    return i


def split_glosses(toks: list[Tok], a: int, b: int) -> list[tuple[int, int]]:
    """"Khovd [Kobdo]": a place and its other name in brackets are two places
    (where a person's name holds a bracket, "Zhou [Enlai]", it is one name)."""
    for m in range(a + 1, b):
        if toks[m].text[0] == "[" and toks[m].text[-1] == "]":
            return [(a, m), (m, m + 1)]
    return [(a, b)]


#: Endings of abstract nouns, capitalised in the names of treaties and
#: programmes ("Treaty of Friendship and Cooperation"), never in a person's name.
_ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ship", "ity", "ism", "ness")
#: Nouns of instruments whose names are capitalised nouns ("Treaty of Peace").
_INSTRUMENTS = frozenset({"treaty", "agreement", "convention", "pact", "charter", "declaration", "protocol",
                          "accord", "accords"})


#: Last words of the names of events, plans, doctrines and collections ("Spring Festival",
#: "Cold War", "Tet Offensive", "Seven-Year Plan", "Juche Idea", "Tanaka Visit", "Paris Talks",
#: "Nixon Materials"), never of a person's name.
_EVENT_HEADS = frozenset({"festival", "war", "wars", "revolution", "uprising", "offensive", "campaign", "plan",
                          "games", "olympics", "holiday", "summit", "doctrine", "crisis", "incident", "massacre",
                          "initiative", "march", "idea", "visit", "visits", "talks", "materials", "affair"})


def _abstract(folded: str) -> bool:
    """An abstract noun, singular or plural ("Cooperation", "Developments"), not "City"."""
    return folded.removesuffix("s").endswith(_ABSTRACT_ENDINGS) and folded not in _PLACE_NOUNS


def in_name_of_thing(toks: list[Tok], a: int, b: int) -> bool:
    """Are tokens ``a`` to ``b`` (exclusive) capitalised nouns in the name of
    a treaty, programme or event: one an abstract noun ("Cooperation"), the
    last or the next an event's ("Spring Festival", "Hostage Affair"), coordinated
    with one ("Trade and Navigation", "Friendship and Mutual Assistance") or
    after "Treaty of", "Agreement on" ("Peace")?"""
    if any(_abstract(toks[k].folded) for k in range(a, b)) or toks[b - 1].folded in _EVENT_HEADS \
            or toks[b - 1].folded in _INSTRUMENTS:  # "Molotov Pact", "Simla Agreement"
        return True
    if b < len(toks) and toks[b].is_cap and toks[b].folded in _EVENT_HEADS and toks[b].start - toks[b - 1].end == 1:
        return True  # "the Moluccan Hostage Affair", "the Tet Lunar Festival": the words qualify the event
    if a >= 2 and toks[a - 1].folded == "and" and toks[a - 2].is_cap and _abstract(toks[a - 2].folded):
        return True
    if b + 1 < len(toks) and toks[b].folded == "and":  # "Economic and Technical Cooperation"
        c = b + 1
        while c < len(toks) and c - b <= 2 and toks[c].is_cap:
            if _abstract(toks[c].folded):
                return True
            c += 1
    return a >= 2 and toks[a - 1].folded in {"of", "on", "for"} and toks[a - 2].folded in _INSTRUMENTS


def persons(text: str, toks: Tokens, capitalised: list[int], lower: frozenset[str],
            heading: Headings) -> Iterator[Candidate]:
    """Names after titles, with initials, given + initial + surname, and
    runs of two or more name-like capitalised words."""
    after = 0  # the index after the last name found
    offices = not _OFFICES.isdisjoint(lower)  # "the ambassador Henderson": once a text
    for i in capitalised:  # a title or a name starts with a capital
        tok = toks[i]
        if i < after:
            continue  # inside a name found
        n_title = title_at(toks, i)
        if n_title == 1 and tok.folded in NAME_TITLES and _given_name_title(text, toks, i, lower):
            n_title = 0  # "Sultan Ali Keshtmand", "minister Shah Wali": a given name
        start = i + n_title
        if n_title and start < len(toks) and toks[start - 1].joins_name \
                and not _title_ends_sentence(text, toks, start):
            j = name_run(text, toks, start, lower, particle_start=True)
            if j == start:
                j = after_family_name(text, toks, start, lower)  # "Comrade He Kang", "General Oh Jin Wu"
            if j == start and _named_like_a_place(toks, start, lower) and not sentence_start(text, toks[start]):
                j = start + 1  # "Comrade Lima", "Sheikh Sabah": a title makes it a person
            if j > start and _has_name(toks, start, j) and not _office_word(toks, start, j):
                for a, b in _split_pairs(text, toks, start, j):
                    yield Candidate(toks[a].start, toks[b - 1].end, "person", 2, 2, source="title")
                after = j
                continue
        if offices and not n_title and i and toks[i - 1].folded in _OFFICES and office_before(toks, i) \
                and _named_like_a_place(toks, i, lower) \
                and not sentence_start(text, tok):
            yield Candidate(tok.start, tok.end, "person", 2, 2, source="title")  # "the ambassador Henderson"
            after = i + 1
            continue
        if (tok.folded in FAMILY_NAME_WORDS or len(tok.bare) <= 3) and i + 1 < len(toks) and toks[i + 1].is_cap \
                and not _in_title_case(text, toks, i) and (not sentence_start(text, tok) or text.endswith("[", 0, tok.start)):
            j = after_family_name(text, toks, i, lower)
            if j > i:  # "Ji Pengfei, He Ying and …", "why Oh Jin Wu, and …", "[So Chon Ju]"
                yield Candidate(tok.start, toks[j - 1].end, "person", 0, 1, "medium", source="capitals")
                after = j
                continue
        j = name_run(text, toks, i, lower)
        if j > i + 1 and tok.folded.endswith(_ADVERB_ENDINGS) and _opening_adverb(text, toks, i):
            continue  # "Afterwards Kiszczak reported": the name begins after the adverb
        if j > i and _has_name(toks, i, j):
            has_initial = any(toks[k].is_initial for k in range(i, j - 1))
            for a, b in _split_pairs(text, toks, i, j):
                words = b - a
                initials = any(toks[k].is_initial for k in range(a, b - 1))
                if initials:
                    a = _initials_start(toks, a, b)
                if initials and not any(is_state(t.bare) for t in toks[a:b]):
                    yield Candidate(toks[a].start, toks[b - 1].end, "person", 2, 1, source="initials")
                elif words >= 2 and not has_initial and not heading(toks[a]) and not in_name_of_thing(toks, a, b) \
                        and not _field_label(text, toks, a, b, lower):
                    if after_place_preposition(text, toks[a]):
                        for c, d in split_glosses(toks, a, b):
                            yield Candidate(toks[c].start, toks[d - 1].end, "place", 0, 1, "medium", source="capitals")
                    elif not _acronym_and_post(toks, a, b, lower):
                        yield Candidate(toks[a].start, toks[b - 1].end, "person", 0, 1, "medium", source="capitals")
                elif words == 1 and text.startswith(("’s", "'s"), toks[a].end) and \
                        not sentence_start(text, toks[a]):
                    yield Candidate(toks[a].start, toks[a].end, "person", 0, 0, "low", source="possessive")
            after = j


def _initials_start(toks: Tokens, a: int, b: int) -> int:
    """Where a name with initials (tokens ``a`` to ``b``) begins: after the words in capitals
    that open the run before an initial, when a word after the initial is written in title case
    ("the CPSU L. I. Brezhnev", "the MPRP Yu. Tsedenbal": a body's name before its leader's); at
    ``a`` for a name in capitals ("BREZHNEV L. I.", "L. I. BREZHNEV")."""
    c = a
    while c < b and toks[c].is_upper and not toks[c].is_initial:
        c += 1
    if c == a or c == b or not toks[c].is_initial:
        return a
    return c if any(t.is_cap and not t.is_upper and not t.is_initial for t in toks[c:b]) else a


#: Endings of the English adverbs that open a sentence before a name ("Afterwards",
#: "Subsequently", "Reportedly"; not given names: the word must be an English one too).
_ADVERB_ENDINGS = ("ly", "wards")


def _opening_adverb(text: str, toks: Tokens, i: int) -> bool:
    """Token ``i``, which a run of capitalised words opens and which ends in
    :data:`_ADVERB_ENDINGS`, is an English adverb opening a sentence
    ("Afterwards Kiszczak reported", "Subsequently Mendoza left")."""
    tok = toks[i]
    return len(tok.bare) > 5 and not tok.is_upper \
        and text[tok.end:toks[i + 1].start] == " " and sentence_start(text, tok) and is_english(tok.bare)


def _title_ends_sentence(text: str, toks: Tokens, start: int) -> bool:
    """"… is now Governor. Reportedly …": a title written in full before a
    point ends a sentence (not "Gen. Kamara")."""
    title = toks[start - 1]
    return text.startswith(".", title.end) and title.folded not in TITLE_ABBREVIATIONS


def _office_word(toks: Tokens, start: int, j: int) -> bool:
    """"Deputy High Commissioner": one English word between a title and a
    capitalised office word is part of the office, not a name."""
    return j == start + 1 and j < len(toks) and toks[j].is_cap and toks[j].folded in COMMON_WORDS \
        and toks[start].joins_name and is_english(toks[start].bare)


#: The initials after a surname in a list ("Pelshe, A.Ia.; Ustinov, D.F.;").
_INITIALS_AFTER = re.compile(r",[ \t]+(?:[A-Z][a-z]?\.){1,3}(?=[;,]|[ \t]*$)", re.MULTILINE)


def inverted_names(text: str, toks: Tokens, lower: frozenset[str]) -> Iterator[Candidate]:
    """Surnames written before their initials, as in lists of those present
    ("Comrades Andropov, Iu.V.; Pelshe, A.Ia.; …"): persons, unless the word
    is a place ("Washington, D.C.;")."""
    for m in _INITIALS_AFTER.finditer(text):
        i = first_from(toks, m.start()) - 1
        tok = toks[i] if i >= 0 else None
        if tok is not None and tok.end == m.start() and tok.text == tok.bare and name_token(tok, lower) \
                and not tok.is_upper and gazetteer.lookup(tok.bare) is None:
            yield Candidate(tok.start, tok.end, "person", 2, 1, source="initials")


#: "c." for comrade in translated Czechoslovak and Mongolian records ("c. Moravec"):
#: lower case, after a space or a line's start, before a capital (not "c. 1950").
# (The character before is tested apart: a lookbehind tried at every character cost 2 % of the stage.)
_COMRADE_C = re.compile(r"c\.[ \t\u00a0]+(?=[A-ZÀ-Þ])")
_BEFORE_COMRADE_C = frozenset(" \t\u00a0(\n")


def comrade_abbreviations(text: str, toks: Tokens, lower: frozenset[str]) -> Iterator[Candidate]:
    """The name after a lower-case "c." (comrade): a person, as after "Cde."."""
    for m in _COMRADE_C.finditer(text):
        if m.start() and text[m.start() - 1] not in _BEFORE_COMRADE_C:
            continue
        i = token_at(toks, m.end())
        if i is None:
            continue
        j = name_run(text, toks, i, lower, particle_start=True)
        if j == i and name_token(toks[i], lower) and gazetteer.lookup(toks[i].bare) is None:
            j = i + 1
        if j > i:
            yield Candidate(toks[i].start, toks[j - 1].end, "person", 2, 2, source="title")


#: Titles that are also given names, inside a name or before two more names
#: ("Ahmad Shah Massoud", "Sultan Ali Keshtmand").
NAME_TITLES = frozenset({"shah", "sultan", "khan", "mir", "amir"})


def _given_name_title(text: str, toks: list[Tok], i: int, lower: frozenset[str]) -> bool:
    """Is the title at ``i`` a given name: two names follow it, or an office
    in lower case stands before it ("the deputy minister Shah Wali")?"""
    if i + 2 < len(toks) and toks[i].joins_name and name_run(text, toks, i + 1, lower) >= i + 3:
        return True
    return i > 0 and not toks[i - 1].is_cap and toks[i - 1].folded in _OFFICES and toks[i - 1].joins_name


_OFFICES = frozenset(t.lower() for t in ("minister", "ambassador", "secretary", "chairman", "president",
                                         "premier", "governor", "commander", "general", "envoy", "consul"))


def office_before(toks: list[Tok], i: int) -> bool:
    """An office in lower case just before ``toks[i]`` ("the American ambassador Henderson", "the
    consul Lima"): the name after it is its holder's, even where a town has it."""
    before = toks[i - 1]
    return not before.is_cap and before.folded in _OFFICES and before.joins_name \
        and toks[i].start - before.end == 1


def _named_like_a_place(toks: list[Tok], i: int, lower: frozenset[str]) -> bool:
    """A surname alone that the gazetteer knows as a place ("Lima", "Sabah"),
    after a title: no common word, acronym or demonym, no name running on."""
    tok = toks[i]
    return tok.is_cap and not tok.is_upper and len(tok.bare) > 2 and tok.lowered not in lower \
        and tok.folded not in COMMON_WORDS and tok.folded not in ORG_HEADS and not is_demonym(tok.bare) \
        and gazetteer.lookup(tok.bare) is not None \
        and not (tok.joins_name and i + 1 < len(toks) and toks[i + 1].is_cap)


_LOWER_ASCII = re.compile("[a-z]")


class Headings:
    """Whether a token is on a line written all in capitals (a heading); each
    line of the text is looked at once, however many tokens and patterns ask."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.breaks: list[int] | None = None  # offsets of the line breaks, found on first use
        self.known: dict[int, bool] = {}  # line number → heading?

    def __call__(self, tok: Tok) -> bool:
        if self.breaks is None:
            self.breaks = [m.start() for m in re.finditer("\n", self.text)]
        n = bisect.bisect_left(self.breaks, tok.start)
        if n not in self.known:
            start = self.breaks[n - 1] + 1 if n else 0
            end = self.breaks[n] if n < len(self.breaks) else len(self.text)
            line = self.text[start:end]
            if ":" in line or _LOWER_ASCII.search(line):
                self.known[n] = False
            else:
                letters = [c for c in line if c.isalpha()]
                self.known[n] = len(letters) > 12 and all(c.isupper() for c in letters)
        return self.known[n]


class LinePattern:
    """A pattern that opens with ``^`` (a line's start, in MULTILINE mode)
    and whose matches hold no newline, found quickly: at the text's start,
    then after every newline by the same pattern opening with the newline
    instead (a character the regex engine looks for directly, where ``^``
    makes it try every position); the same matches as :func:`re.finditer`."""

    def __init__(self, pattern: str) -> None:
        if not pattern.startswith("^"):
            raise ValueError(f"a line pattern opens with ^: {pattern!r}")
        self.first = re.compile(pattern, re.MULTILINE)
        self.after_newline = re.compile("\n" + pattern[1:], re.MULTILINE)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches in ``text``, in order."""
        first = self.first.match(text)
        if first is not None:
            yield first
        yield from self.after_newline.finditer(text)


#: (The lookahead, a colon within the label's reach, spares the lazy repeat on lines without one.)
_LABEL = LinePattern(r"""^[ \t]*(?=[^\n:;]{1,62}+[:;])(?P<label>[^\W\d_][^\n:;]{0,60}?)[ \t]?[:;][ \t]+"""
                     r"""(?=[^\W\d_a-z]|[“"‘'(\[…]|remarked|said|stated|asked|replied)""")
_CAPS_LABEL = LinePattern(r"^[ \t]*(?P<label>[A-Z][A-Z.\-]*(?: [A-Z][A-Z.\-]*){1,3})\.?[ \t]+"
                          r"(?=[A-Z“\"](?:[a-z]|\s))")


def _phrase_goes_on(text: str, toks: list[Tok], j: int, end: int) -> bool:
    """A lower-case word right after the capitalised words of a label
    ("Taking part:", "Also present:"): a phrase, not a speaker's name."""
    return j < len(toks) and toks[j].end <= end and not toks[j].is_cap \
        and text[toks[j - 1].end:toks[j].start] == " " and toks[j].folded not in LOWER_PARTICLES


_NAME_VALUE = re.compile(r"[ \t]*(?:[A-Z][\w’'.-]*[ \t]+)+[A-Z][\w’'.-]*[ \t]*\r?$", re.MULTILINE)
#: The value of a field of names: a list ("Stalin (2), Molotov", "Bulganin,
#: Voroshilov") or a bracket ("[no name given]"); its first word is no English
#: one ("Brown: Yes, Carter …" is a speaker's).
_NAMES_VALUE = re.compile(r"[ \t]*(?:\[|(?P<first>[A-Z][\w’'.-]*)(?:[ \t]+[A-Z][\w’'.-]*)*[ \t]*(?:\(|,[ \t]*[A-Z]))")


def _field_of_a_name(text: str, toks: list[Tok], i: int, j: int, end: int, lower: frozenset[str]) -> bool:
    """"Recorder: Tan Weiming", "Interpreter: Kang Xiaowen": a label of one
    English word whose line holds only a name after it names a field, not a
    speaker (a speaker's line goes on with words in lower case); so does a
    label of ordinary words (also those the word list holds as names too,
    "Part") before a list of names or a bracket ("Copies: Stalin (2),
    Molotov", "Those Taking Part: Bulganin, …", "Recorder: [no name given]")."""
    if j == i + 1 and is_english(toks[i].bare) and _NAME_VALUE.match(text, end + 1) is not None:
        return True
    value = _NAMES_VALUE.match(text, end + 1)
    return value is not None and not (value["first"] and is_english(value["first"])) \
        and all(is_english(t.bare) or t.folded in english_words() or t.folded in lower for t in toks[i:j])


def _common_noun_label(text: str, toks: list[Tok], i: int, j: int) -> bool:
    """"Comments:", "Note-taker:", "Distribution:", "Drafted:": a label of one
    word that is an English plural, a compound of English words, or an English
    word that is no person's name by its look (:func:`.personnames.is_name`:
    "Brown:", "King:" may be speakers), once on the page, names a field, not a
    speaker (who speaks again: "Banks: … Banks: …")."""
    word = toks[i].bare
    return j == i + 1 and (word.endswith("s") and is_english(word) and is_english(word[:-1])
                           or "-" in word and all(is_english(part) for part in word.split("-"))
                           or is_english(word) and not is_name(word)) \
        and text.count(f"\n{word}:") + text.startswith(f"{word}:") < 2


def _field_label(text: str, toks: list[Tok], a: int, b: int, lower: frozenset[str]) -> bool:
    """Are capitalised words ``a`` to ``b`` alone at a line's start before a
    colon the label of a field of names ("Those Taking Part: Bulganin, …")?"""
    end = toks[b - 1].end
    if not text.startswith(":", end):
        return False
    line = text.rfind("\n", 0, toks[a].start) + 1
    first = first_from(toks, line)
    return all(t.is_cap for t in toks[first:a]) and _field_of_a_name(text, toks, a, b, end, lower)


#: A word in lower case in a label, not after a hyphen or a point ("Ambassador-at-large", "Huta
#: im.") and not an elision ("d'Estaing").
_LOWER_WORD = re.compile(r"(?<![\w.\-'\u2019])([a-z]+)\b(?!['\u2019\-])")
#: A remark in brackets after a speaker's name ("(through interpreter)", "(laughs)", "(cont'd)").
_BRACKETED = re.compile(r"\([^()\n]*\)|\[[^\[\]\n]*\]")
#: The words in lower case a speaker's label holds: those of a title's phrase ("Minister of the
#: Interior", "Minister for Foreign Affairs", "Ambassador to the UN", "Minister at the Presidency")
#: and a list's "and"; a name's particles (:data:`.names.LOWER_PARTICLES` and these) too.
_LABEL_LOWER = frozenset({"of", "the", "and", "for", "to", "at", "on", "in", "ter", "ten", "zu", "af", "vom",
                          "zum", "zur", "dei", "degli", "des", "st"}) | LOWER_PARTICLES


def _sentence_before_semicolon(text: str, end: int) -> bool:
    """Is the label ending at ``end`` a clause before a semicolon ("The rebels hold Kuito; General
    Okello said …", "El Mercurio greets the junta; El Siglo …")? A clause has a word in lower case
    that a label has not: a verb or a noun ("hold", "greets", "junta"). A speaker's label written with
    a semicolon for a colon ("Dr. Kissinger; We thought …") holds only capitalised words, the words
    of a title's phrase and a name's particles (:data:`_LABEL_LOWER`: "Minister of the Interior X;",
    "Mr. ter X;"), the parts of a word after a hyphen ("Ambassador-at-large X;") and a remark in
    brackets ("X (through interpreter);"), which are not looked at."""
    if not text.startswith(";", end):
        return False
    line = _BRACKETED.sub(" ", text[text.rfind("\n", 0, end) + 1:end])
    return any(word not in _LABEL_LOWER for word in _LOWER_WORD.findall(line))


def labels(text: str, toks: list[Tok], lower: frozenset[str]) -> Iterator[Candidate]:
    """Names in speaker labels at the start of a line: "Heng Samrin:",
    "Cde Kaysone:", "VM Chiao:", "North (KIM):", "LE DUAN …" — one word is
    enough here. Single capitals ("K:") are left to :mod:`.recognise`."""
    spans = [(m.start("label"), m.end("label")) for m in _LABEL.finditer(text)
             if not _sentence_before_semicolon(text, m.end("label"))]
    spans += [(m.start("label"), m.end("label")) for m in _CAPS_LABEL.finditer(text)
              if len(m.group("label").split()) <= 4]
    for start, end in spans:
        i = token_at(toks, start)
        if i is None:
            continue
        while i < len(toks) and toks[i].end <= end:
            n_title = title_at(toks, i)
            i += n_title
            if i >= len(toks) or toks[i].end > end:
                break
            j = name_run(text, toks, i, lower, limit=4)
            j = min(j, next((k for k in range(i, j) if toks[k].end > end), j))
            if j > i and _has_name(toks, i, j) and not all(
                    gazetteer.lookup(t.bare) for t in toks[i:j]) and not _phrase_goes_on(text, toks, j, end) \
                    and not _field_of_a_name(text, toks, i, j, end, lower) and not _common_noun_label(text, toks, i, j):
                if len(toks[i].bare) > 1 or j - i > 1:
                    yield Candidate(toks[i].start, toks[j - 1].end, "person", 2, 3, source="label")
                i = j
            else:
                i += 1


#: The first words of the directions that may stand before any place ("North Vietnam").
_DIRECTION_WORDS = frozenset(d.split("-")[0] for d in gazetteer.DIRECTIONS)


def places(text: str, toks: Tokens, capitalised: list[int], lower: frozenset[str]) -> Iterator[Candidate]:
    """Gazetteer names (longest first, a direction prefix allowed) and state
    names ("People’s Republic of Angola", "SOCIALIST REPUBLIC OF VIETNAM")."""
    for i, sizes in name_chains(toks, capitalised, 6, gazetteer.prefixes(), heads=_DIRECTION_WORDS):
        tok = toks[i]
        for n in sizes:
            end = toks[i + n - 1].end
            form = text[tok.start:end]
            place = gazetteer.lookup(form)
            if place is None and text[end:end + 1] == "." and "." in form:
                place, end = gazetteer.lookup(form + "."), end + 1
            if place is None:
                continue
            if n == 1 and text.startswith("-", end) and _hyphenated_place(text, toks, i):
                yield Candidate(tok.start, toks[i + 1].end, "place", 1, 1, source="gazetteer")
                break
            if n == 1 and (is_word(tok, lower) and not _state_in_capitals(toks, i, place)
                           or text.startswith(("-", "’", "'"), end)
                           and not text.startswith(("’s", "'s"), end) and not _joined_places(text, toks, i, i + 1)
                           or _after_hyphen(text, toks, i)
                           or i + 1 < len(toks) and toks[i + 1].folded == "day" and _names_a_day(toks, i)):
                break
            strong = n > 1 or place.feature in {"country", "capital", "region", "state"}
            yield Candidate(tok.start, end, "place", 1, 2 if strong else 1, canonical=place.name,
                            geonames=place.geonames, source="gazetteer")
            break
        if tok.folded in STATE_HEADS:
            yield from _state_name(text, toks, i, lower)


def _state_in_capitals(toks: Tokens, i: int, place: gazetteer.Place) -> bool:
    """"US" of "the US, to" or "US-Japan": a state's letters in capitals that
    also spell an English word name the state where no word next to them is in
    capitals ("LET US" is words of a line in capitals)."""
    return toks[i].is_upper and place.feature in _STATE_FEATURES \
        and not any(0 <= k < len(toks) and toks[k].is_upper for k in (i - 1, i + 1))


def _org_word(folded: str) -> bool:
    """A head of organisations or a word of their names, also in the plural ("Unions", "Workers")."""
    return folded in _ORG_WORDS or folded in ORG_HEADS or folded[:-1] in ORG_HEADS or folded[:-1] in _ORG_WORDS


def _hyphenated_place(text: str, toks: Tokens, i: int) -> bool:
    """"Gobi-Altai": a region the gazetteer knows joined by a hyphen to a
    capitalised word it does not know is one place (two places it knows,
    "Hanoi-Haiphong", are a route)."""
    return i + 1 < len(toks) and text[toks[i].end:toks[i + 1].start] == "-" and toks[i + 1].is_cap \
        and not toks[i + 1].is_upper and gazetteer.lookup(toks[i + 1].bare) is None \
        and not is_demonym(toks[i + 1].bare) and toks[i + 1].folded not in COMMON_WORDS


def _names_a_day(toks: Tokens, i: int) -> bool:
    """"Independence Day", "Victory Day": an English word the gazetteer also
    holds as a town, before "Day" (token ``i + 1``), names a holiday."""
    return toks[i + 1].is_cap and is_english(toks[i].bare)


def _after_hyphen(text: str, toks: Tokens, i: int) -> bool:
    """"Mendès-France": a place's name after a hyphen and a capitalised word
    ends a surname (not after a state or a people: "Austria-Hungary", "Soviet-Mongolia")."""
    return i > 0 and toks[i - 1].is_cap and not toks[i - 1].is_upper and text[toks[i - 1].end:toks[i].start] == "-" \
        and not _joined_places(text, toks, i - 1, i)


def _joined_places(text: str, toks: Tokens, a: int, b: int) -> bool:
    """Are tokens ``a`` and ``b`` joined by a hyphen, each a state the
    gazetteer knows or a people ("Japan-Korea relations",
    "Soviet-Mongolia talks", "Austria-Hungary"; not "Mendès-France")?"""
    if not (0 <= a and b < len(toks) and text[toks[a].end:toks[b].start] == "-"):
        return False
    return all(_state_or_people(toks[k].bare) for k in (a, b))


@lru_cache(maxsize=1 << 12)
def _state_or_people(word: str) -> bool:
    """A state's name the gazetteer knows ("Hungary") or a people's adjective ("Cuban", "Soviet")."""
    place = gazetteer.lookup(word)
    return place is not None and place.feature in _STATE_FEATURES or is_demonym(word) and word[:1].isupper()


def _state_name(text: str, toks: list[Tok], i: int, lower: frozenset[str]) -> Iterator[Candidate]:
    a = i
    while a > 0 and toks[a - 1].joins_org and toks[a - 1].is_cap and \
            toks[a - 1].folded not in ORG_LEFT_STOP and toks[a - 1].folded not in ORG_HEADS:
        a -= 1
    b = i + 1
    if b + 1 < len(toks) and toks[b].folded == "of":
        c = b + 1
        if toks[c].folded == "the" and c + 1 < len(toks):
            c += 1
        d = c
        while d < len(toks) and toks[d].is_cap and (d == c or toks[d - 1].joins_org) \
                and toks[d].folded not in ORG_HEADS and not (d > c and _opens_a_name(toks, d)):
            d += 1
        if d > c:
            b = d
        if any(_org_word(t.folded) for t in toks[c:d + 1] if t.is_cap):
            return  # "General Federation of Trade Unions", "… of Dock Workers": an organisation
    if b - a >= 2 and (b > i + 1 or a < i):
        form = text[toks[a].start:toks[b - 1].end]
        place = gazetteer.lookup(form)
        yield Candidate(toks[a].start, toks[b - 1].end, "place", 2, 1,
                        canonical=place.name if place else None, source="state-name")


def orgs(text: str, toks: Tokens, capitalised: list[int], lower: frozenset[str],
         heading: Headings) -> Iterator[Candidate]:
    """Organisation names built around a head noun ("MPRP Central Committee",
    "Embassy of the GDR", "Kampuchean National United Front for National
    Salvation", "Bulgarian Embassy in Phnom Penh")."""
    for i in capitalised:
        tok = toks[i]
        if tok.folded not in _HEAD_WORDS or tok.folded not in ORG_HEADS and not _qualified(toks, i):
            continue
        if tok.is_upper and len(tok.bare) > 3 and not heading(tok) and \
                tok.folded not in {"cc", "mfa", "fma"}:
            continue
        a = i
        while a > 0 and toks[a - 1].joins_org and (
                (toks[a - 1].is_cap and toks[a - 1].folded not in ORG_LEFT_STOP)
                or (toks[a - 1].folded == "and" and a - 2 >= 0 and toks[a - 2].is_cap
                    and toks[a - 2].folded not in ORG_LEFT_STOP
                    and (is_word(toks[a - 2], lower) or toks[a - 2].folded in _ORG_WORDS | _DOMAIN_WORDS))):
            if _possessive_before(text, toks[a]) and toks[a - 1].folded not in _ORG_WORDS:
                break
            a -= 1
        while a < i and toks[a].folded in _CONNECTORS:
            a += 1
        if 0 < a < i and toks[a - 1].bare == "All" and toks[a - 1].joins_org and is_state(toks[a].bare):
            a -= 1  # "All India Radio", "All Burma Federation of Trade Unions"
        start = _ordinal_before(text, toks, a) if a == i or tok.folded in _UNIT_HEADS else toks[a].start
        b = _extend_right(text, toks, i + 1, lower)
        if a < i and b == i + 1 < len(toks) and toks[b].folded == "general" and tok.folded == "consulate" \
                and tok.joins_org:
            b += 1  # "Soviet Consulate General": the head is two words
        if b < len(toks) and toks[b].is_roman and toks[b].is_upper and toks[b - 1].joins_name \
                and (not text.startswith((" ", "-"), toks[b].end)
                     or text.startswith(" ", toks[b].end) and b + 1 < len(toks) and not toks[b + 1].is_cap):
            b += 1  # "National Archives Center III", "Department II", "Main Department XX of the …"
        while b + 1 < len(toks) and toks[b].folded == "and" and toks[b + 1].is_cap \
                and toks[b + 1].folded in ORG_HEADS and toks[b - 1].joins_org and toks[b].joins_org:
            b += 2  # "Nehru Memorial Museum and Library"
        if b - a < 2 and tok.folded not in _LONE_HEADS and start == tok.start:
            continue
        if tok.folded == "group" and i - a > 1 and all(name_token(t, lower) for t in toks[a:i]):
            continue  # "the Lin Biao Group", "the Pol Pot-Ieng Sary Group": persons
        if gazetteer.lookup(text[toks[a].start:toks[b - 1].end]):
            continue  # "Soviet Union" is a state
        yield Candidate(start, toks[b - 1].end, "org", 2, 0, source="org-head")
        if tok.folded in _MISSION_HEADS:
            yield from _seat(text, toks, b)


#: Heads of military units, numbered by an ordinal in figures before the words that qualify
#: them too ("64th Fighter Aviation Corps", "1st Marine Division").
_UNIT_HEADS = frozenset("""army armies fleet fleets division divisions brigade brigades regiment regiments corps
battalion battalions squadron flotilla force forces guards rifles rangers commandos scouts""".split())
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)[ \t]+$")


def _ordinal_before(text: str, toks: list[Tok], i: int) -> int:
    """Where a unit numbered by an ordinal in figures starts ("345th
    Division", "7th Fleet"): at the figures, else at the head ``toks[i]``."""
    m = _ORDINAL.search(text, max(0, toks[i].start - 12), toks[i].start)
    return m.start() if m and (m.start() == 0 or not text[m.start() - 1].isalnum()) else toks[i].start


#: Heads of diplomatic missions: "in (the) X" after their name says where they are.
_MISSION_HEADS = frozenset({"embassy", "embassies", "legation", "consulate"})


def _seat(text: str, toks: list[Tok], b: int) -> Iterator[Candidate]:
    """"Embassy of the GDR in the PDRY", "Soviet Embassy in Hamhung": the name
    after "in" is a place, even an acronym or a city the gazetteer lacks; a
    head of organisations ends it unless the gazetteer knows the name with
    it ("Embassy in the Soviet Union"), and so does a classification
    ("EMBASSY IN THE DPRK TOP SECRET")."""
    c = b + 1 + (b + 1 < len(toks) and toks[b + 1].folded == "the")
    if not (c < len(toks) and toks[b].folded == "in" and toks[b - 1].joins_org and toks[c - 1].joins_org):
        return
    if c > b + 1 and toks[c - 1].is_cap and gazetteer.lookup(text[toks[c - 1].start:toks[c].end]):
        c -= 1  # "Embassy in The Hague": the article is the name's
    d = c
    while d < len(toks) and d - c < 3 and toks[d].is_cap \
            and (toks[d].folded not in ORG_HEADS or d > c and gazetteer.lookup(text[toks[c].start:toks[d].end])) \
            and toks[d].folded not in _CLASSIFICATION_STOPS \
            and (d == c or toks[d - 1].joins_name and toks[d].is_upper == toks[c].is_upper
                 and not _opens_a_name(toks, d)):
        d += 1
    if d > c:
        yield Candidate(toks[c].start, toks[d - 1].end, "place", 2, 0, source="seat")


_ORG_WORDS = frozenset({"people", "peoples", "workers", "central", "national", "foreign", "political",
                        "state", "united", "international", "socialist", "communist", "democratic",
                        "revolutionary", "federal", "supreme", "general", "higher", "royal", "soviet"})


#: Words that head an organisation's name only after a word that says so:
#: "Military Region", "Military District" (a command, not an area); a party
#: or a league after a demonym or an organisation's word ("Nepali Congress",
#: "African National Congress", "Socialist International" — not "the
#: Twentieth Congress", a party's meeting); an alliance after the city where
#: it was signed ("Baghdad Pact", "Manila Pact").
_QUALIFIED_HEADS = {"region": {"military"}, "district": {"military"}, "zone": {"military"},
                    "congress": _ORG_WORDS - {"soviet"}, "international": _ORG_WORDS - {"soviet"},
                    "pact": set()}
_DEMONYM_QUALIFIED = frozenset({"congress"})
_HEAD_WORDS = ORG_HEADS | _QUALIFIED_HEADS.keys()


def _qualified(toks: list[Tok], i: int) -> bool:
    """Whether the word before the head at ``i`` makes it an organisation's (see :data:`_QUALIFIED_HEADS`)."""
    before = toks[i - 1] if i else None
    if before is None or not before.is_cap or not before.joins_org:
        return False
    if toks[i].folded == "pact":  # an alliance named after the city where it was signed
        return gazetteer.lookup(before.bare) is not None
    return before.folded in _QUALIFIED_HEADS[toks[i].folded] or toks[i].folded in _DEMONYM_QUALIFIED \
        and demonym_of_a_state(before.bare)


def _possessive_before(text: str, tok: Tok) -> bool:
    """"PRK’s People’s …": a possessive (not of a plural, "People’s", "Women’s",
    "Children’s") ends the name before ``tok`` (which follows its neighbour
    across a gap of three characters at most)."""
    gap = text[max(0, tok.start - 20):tok.start].rstrip()
    return gap.endswith(("’s", "'s")) and not gap[:-2].lower().endswith(_PLURALS)


#: English plurals not in "-s", whose possessive is in "’s" and goes on in a name.
_PLURALS = ("people", "women", "men", "children")


_RIGHT_HEADS = frozenset({"cc", "politburo", "presidium", "secretariat", "mfa", "fma"})


def _extend_right(text: str, toks: list[Tok], b: int, lower: frozenset[str]) -> int:
    """Extend an organisation name over "of (the) X Y", "for X", a following
    "CC" or "Politburo". "Embassy … in Luanda" stops before "in": the city is
    a place of its own. In a name written in capitals ("POLITICAL BUREAU OF
    THE CC OF THE COMMUNIST PARTY OF CUBA") common words run on too."""
    capitals = toks[b - 1].is_upper
    while b < len(toks):
        c = b
        if not toks[c - 1].joins_org:
            break
        if toks[c].folded in {"of", "for", "on", "al", "ale", "der", "des"}:  # "CC al PCR", "ZK der SED"
            if toks[c].folded == "on" and toks[c - 1].folded not in _ON_HEADS:
                break  # "Ministry of Internal Affairs on the First Day …": a title going on
            c += 1
            if c < len(toks) and toks[c].folded == "the":
                c += 1
            elif c < len(toks) and toks[c - 1].folded == "of" and toks[b - 1].folded in LED_HEADS \
                    and _leader_after_of(toks, c):
                break  # "the Progress Party of Busia", "the Council of General Evren": its leader
        elif toks[c].is_cap and (toks[c].folded in _RIGHT_HEADS or acronym(toks[c], lower)):
            b = c + 1
            continue
        else:
            break
        d = c
        while d < len(toks) and toks[d].is_cap and toks[d - 1].joins_org and not _ends_org(toks, d) and \
                not _place_ends_before(text, toks, c, d) and not _pronoun_i(toks, d) and \
                not (d > c and _opens_a_name(toks, d)) and \
                (capitals or not _after_acronym(toks, c, d)) and \
                toks[d].folded not in _FUNCTION_WORDS and (capitals or not (
                    toks[d].is_upper and toks[d].folded in COMMON_WORDS and toks[d].folded not in _ORG_WORDS)):
            d += 1
            if d + 1 < len(toks) and toks[d].folded == "and" and toks[d + 1].is_cap \
                    and toks[d + 1].folded not in ORG_LEFT_STOP and toks[d - 1].folded in _ORG_WORDS | _DOMAIN_WORDS:
                d += 1
        if d == c or not toks[c - 1].joins_org:
            break
        b = d
    return b


#: Heads of the bodies a leader's name follows after "of" ("the Patriotic Front of Nkomo", "the
#: Progress Party of Busia", "the National Security Council of General Evren"), where a country's
#: or a people's name follows too ("the Communist Party of Bolivia").
LED_HEADS = frozenset({"party", "front", "movement", "league", "union", "alliance", "council", "junta",
                       "committee", "government", "army", "group", "faction", "wing", "guard", "guards"})


def _leader_after_of(toks: list[Tok], c: int) -> bool:
    """Is the name at ``toks[c]``, after a body's head and "of", its leader's, a title before a
    capitalised word ("of General Evren"; a leader named by his name alone, "of Nkomo", is
    told from a country, "of Malaya", by the page: :func:`.orgcontext._split_leaders`)?"""
    n = title_at(toks, c)
    return bool(n) and c + n < len(toks) and toks[c + n].is_cap and toks[c + n - 1].joins_name


#: Words that take their subject after "on" in a name ("Committee on Foreign Relations",
#: "Conference on Security and Co-operation in Europe", an archive's "Department of Documents on
#: the … Party"); after other words "on" ends the name.
_ON_HEADS = frozenset({"committee", "committees", "subcommittee", "commission", "commissions", "conference",
                       "council", "board", "panel", "group", "symposium", "seminar", "talks", "convention",
                       "documents", "records", "papers", "materials", "collection"})
#: Words that end an organisation's name, not continue it: the days and months
#: of a date after it ("the Politburo on Monday", "the Soviet Union on March
#: 5th"), the kinds of document a heading names after it ("Ministry of Foreign
#: Affairs Cable", "… [CFCR] Document"), and "No." of a number ("Cabinet of the
#: Minister CM No. 2114").
_NOT_IN_ORGS = frozenset(MONTHS) | frozenset(
    """monday tuesday wednesday thursday friday saturday sunday cable cables telegram telegrams document documents
    memorandum memorandums report reports letter letters note notes minutes transcript no""".split())


def _ends_org(toks: list[Tok], d: int) -> bool:
    """Whether ``toks[d]`` ends the organisation's name before it: a word of
    :data:`_NOT_IN_ORGS` not followed by a connector ("Department of
    Documents on …" runs on; "the Politburo on Monday, and …" does not)."""
    return toks[d].folded in _NOT_IN_ORGS and not (
        d + 1 < len(toks) and toks[d].joins_org and toks[d + 1].folded in _CONNECTORS)


def _after_acronym(toks: list[Tok], c: int, d: int) -> bool:
    """"Department of the MFA Choe Won-sik": after an acronym in capitals, a
    word in small letters that is no organisation's word starts a name of its
    own (not "of the CPSU Central Committee", "of the USSR Academy")."""
    return d > c and toks[d - 1].is_upper and not toks[d].is_upper and not _org_word(toks[d].folded)


def _opens_a_name(toks: Tokens, d: int) -> bool:
    """Is token ``d`` an initial before a capitalised word, the start of a person's name after a
    body's or a state's ("the CC of the CPSU L. I. Brezhnev", "the Republic of Mali P. Savelyev")?"""
    return toks[d].is_initial and d + 1 < len(toks) and toks[d + 1].is_cap


def _pronoun_i(toks: list[Tok], d: int) -> bool:
    """"I" before a word in lower case is the speaker, not a numeral closing a
    name ("On behalf of the CC of the CPSU I thank you")."""
    return toks[d].bare == "I" and d + 1 < len(toks) and toks[d + 1].text[:1].islower()


def _place_ends_before(text: str, toks: list[Tok], c: int, d: int) -> bool:
    """After "of": "Vietnam" is complete before "Le Duan" (not an org word)."""
    return d > c and toks[d].folded not in _ORG_WORDS and toks[d].folded not in ORG_HEADS and \
        gazetteer.lookup(text[toks[c].start:toks[d - 1].end]) is not None


_ACRONYM = re.compile(r"^(?:[A-ZÀ-ÞČŠŽŘĚŮÚ][A-Za-zÀ-žČŠŽŘĚŮÚčšžřěůú]*)$")
#: A surname whose second capital follows a prefix of families' names ("MacArthur", "McNamara",
#: "FitzGerald", "DeGaulle", "LeMay", "DiMaggio"): a name's shape, not an acronym's.
_PREFIXED_SURNAME = re.compile(r"(?:Ma?c|Fitz|De|Di|Du|La|Le)[A-Z][a-z]{2,}")


def acronym(tok: Tok, lower: frozenset[str]) -> bool:
    """"KNUFNS", "MfAA", "BArch", "ČSSR": two capitals or more, not a word."""
    word = tok.bare
    return tok.is_cap and _acronym_word(word) and word.lower() not in lower \
        and word.capitalize().lower() not in lower


@lru_cache(maxsize=1 << 14)
def _acronym_word(word: str) -> bool:
    """Whatever the page, may this word be an acronym?"""
    return len(word) <= 9 and sum(1 for c in word if c.isupper()) >= 2 and bool(_ACRONYM.match(word)) \
        and not is_roman(word) and fold(word) not in COMMON_WORDS and not _PREFIXED_SURNAME.fullmatch(word)


def acronyms(text: str, toks: Tokens, capitalised: list[int], lower: frozenset[str], title_words: frozenset[str],
             heading: Headings) -> Iterator[Candidate]:
    """Acronyms as organisations ("KNUFNS", "CMEA"); a run of acronyms is one
    name ("USSR MFA", "SAPMO-BArch"). ``title_words``: words the text also
    writes in title case, so capitals in a heading are not taken for acronyms."""
    j = 0  # the end of the last run
    for i in capitalised:
        tok = toks[i]
        if i < j or not acronym(tok, lower) or tok.bare.capitalize() in title_words or heading(tok) \
                and len(tok.bare) > 5:
            continue
        j = i + 1
        while j < len(toks) and acronym(toks[j], lower) and text[toks[j - 1].end:toks[j].start] in {" ", "-"}:
            j += 1
        run = toks[i:j]
        if re.match(r"[ \t]*[\d/]|\.\d", text[run[-1].end:run[-1].end + 3]) or text[tok.start - 1:tok.start] == "/" \
                or len(run[-1].bare) < 3 and j < len(toks) and toks[j].folded in CALL_WORDS \
                and text[run[-1].end:toks[j].start] == ", ":
            continue  # "DY 30/IV", "ZR 1234", "KLN.2/80", "fond 14/AP", "PA, fascikla 3": a call number
        worded = all(len(t.bare) > 3 and is_english(t.bare) for t in run)
        if worded and not _inside_sentence(text, toks, i, j):
            continue  # "LONG LIVE", "PEACE": words in capitals (an acronym defined on the page is found apart)
        end = run[-1].end
        if j < len(toks) and toks[j].start == end + 1 and text[end] == "-" and len(toks[j].bare) == 1 \
                and toks[j].bare.isupper() and not text[toks[j].end:toks[j].end + 1].isalnum():
            end = toks[j].end  # "EOKA-B", "SWAPO-D": a body's letter after a hyphen is part of its name
        if len(run) > 1 or not gazetteer.lookup(tok.bare):
            yield Candidate(tok.start, end, "org", 1, 1, "low" if worded else None, source="acronym")


def _inside_sentence(text: str, toks: Tokens, i: int, j: int) -> bool:
    """Is the one word in capitals ``toks[i]`` (``j == i + 1``) a clause's subject among words in
    lower case, a verb's word in lower case after it ("ETA and the FRAP have not …", "The STEG
    dismissed …", "FIAT is afraid …"): an acronym, even one Webster's lists ("frap", "steg",
    "fiat"; proposed with low certainty), not a slogan's or a heading's words in capitals ("LONG
    LIVE", "PEACE and friendship", "FREEDOM for …") nor an adverb's emphasis ("would ALWAYS
    support")?"""
    return j == i + 1 and j < len(toks) and text[toks[i].end:toks[j].start] == " " \
        and toks[j].text[:1].islower() and toks[j].folded not in _JOINING_WORDS and not toks[i].bare.endswith("LY") \
        and (i == 0 or not toks[i - 1].is_upper and toks[i - 1].folded not in _EMPHASIS_BEFORE)


#: Words after a word in capitals that make it no clause's subject: conjunctions, prepositions, articles.
_JOINING_WORDS = frozenset("""and or but nor for of to than as the a an""".split())
#: Words before a word in capitals that make it an emphasis, no subject ("would ALWAYS", "we NEVER").
_EMPHASIS_BEFORE = frozenset("""would will shall should must can could may might did do does is are was were be been
has have had not i we you he she it they""".split())


# Both forms start at a capital, which the regex takes first (so that the
# engine skips the other characters without trying them; the groups then
# begin after it, and the word boundary before it is looked for behind it);
# the second only where a "(" ends the run of characters its expansion may
# hold (the lookahead, with no backtracking, spares the lazy expansion its
# trials at every other capital: three times faster).
# An acronym is a capital and a word holding another capital ("PRK", "KNUFNS",
# "CPSU's"), matched possessively; the expansion after it is within 121
# characters of its "(": every scan is bounded, so a long line of capitals
# stays linear.
_DEFINED_SHORT = r"[A-ZÀ-Þ](?=\w*?[A-Z])\w*+"
_DEFINITION = re.compile(
    rf"[A-ZÀ-Þ](?:(?<=\b.)(?P<short>(?=\w*?[A-Z])\w*+)\s*[\[(]\s*(?P<long>[A-Z][^\[\]()\n]{{3,120}}?)\s*[\])]"
    rf"|(?<=[A-Z])(?=[^\[\]()\n.;:]{{0,120}}+\s*\()(?P<long2>[^\[\]()\n.;:]{{3,120}}?)\s*\((?P<short2>{_DEFINED_SHORT})\))")


#: An opening bracket before a capital, where a definition's bracket may be;
#: one regex a bracket, each led by its literal, which the engine finds fastest.
_OPENINGS = (re.compile(r"\((?=\s*[A-ZÀ-Þ])"), re.compile(r"\[(?=\s*[A-ZÀ-Þ])"))
#: What the expansion before a "(" never holds (nor the spaces before the "(").
_EXPANSION_STOPS = "[]()\n.;:"
_CAPITAL = re.compile(r"[A-ZÀ-Þ]")


def _definition_starts(text: str) -> list[int]:
    """The offsets where :data:`_DEFINITION` may match, in order, so that it
    is tried there only (a search tries it at every capital). Both forms
    run up to an opening bracket before a capital, over spaces ending at
    ``end``: the first from the start of the word ending there (within the
    last run of non-spaces), the second from a capital at most 121
    characters before ``end`` with none of ``_EXPANSION_STOPS`` after it."""
    starts: set[int] = set()
    for bracket in sorted(m.start() for rx in _OPENINGS for m in rx.finditer(text)):
        end = bracket  # back over the spaces before the bracket, then the word they follow
        while end and text[end - 1].isspace():
            end -= 1
        if not end:
            continue
        word = end
        while word and not text[word - 1].isspace():
            word -= 1
        reach = max(0, end - 121)
        reach = max(reach, *(text.rfind(stop, reach, end) + 1 for stop in _EXPANSION_STOPS))
        starts.update(m.start() for m in _CAPITAL.finditer(text, min(word, reach), end))
    return sorted(starts)


def _definition_matches(text: str) -> Iterator[re.Match[str]]:
    """``_DEFINITION.finditer(text)``, trying the regex only where it may match."""
    end = 0  # where the last match ended: matches never overlap
    for start in _definition_starts(text):
        if start >= end and (m := _DEFINITION.match(text, start)):
            yield m
            end = m.end()


def definitions(text: str) -> Iterator[tuple[tuple[int, int], tuple[int, int]]]:
    """Acronyms and their expansions: "PRK [People’s Republic of Kampuchea]",
    "National United Front … (KNUFNS)". Yields ((short span), (long span))."""
    for m in _definition_matches(text):
        start = m.start()  # the capital that begins the first form
        if m.group("short") is not None:
            short, long_ = text[start:m.end("short")], m.group("long")
            if _initials_match(short, long_):
                yield (start, m.end("short")), (m.start("long"), m.end("long"))
        else:
            short, long_ = m.group("short2"), text[start:m.end("long2")]
            words = long_.split()
            for k in range(len(words)):
                tail = " ".join(words[k:])
                if _initials_match(short, tail) and words[k][0].isupper():
                    offset = start + long_.index(tail)
                    yield (m.start("short2"), m.end("short2")), (offset, offset + len(tail))
                    break


def _initials_match(short: str, long_: str) -> bool:
    letters = [w[0].upper() for w in re.findall(r"[^\W\d_][\w’'-]*", long_)
               if w[0].isupper() or w.lower() not in {"of", "the", "for", "and", "on", "in"}]
    caps = [c for c in short.upper() if c.isalpha()]
    if len(caps) > 2 and sorted(caps) == sorted(letters):
        return True  # a name translated, its words in another order ("… Revolutionary Organizations (ORI)")
    if not caps or not letters or caps[0] != letters[0]:
        return False
    it = iter(letters)
    return all(any(c == x for x in it) for c in caps) and len(caps) >= len(letters) // 2


#: (Possessive repeats: what follows a word, a separator or the comma's text cannot begin with
#: what they would give back, so the engine does not try a line's words letter by letter.)
_SIGNATURE = LinePattern(r"^[ \t]*(?P<name>[^\W\d_][^\W\d_ .\-]*+(?:[ .\-]{1,2}+[^\W\d_][^\W\d_.\-]*+){0,2}+)"
                         r"(?P<stop>\.[\"”]?)?[ \t]*(?:,[^\n\r]{0,60}+)?\r?$")


def signatures(text: str, toks: list[Tok], lower: frozenset[str]) -> Iterator[Candidate]:
    """A name alone on its line ("Moravec", "Laube, Ambassador"; a telegram's "Filippov." in the
    page's second half after a paragraph, a surname by its look, no English word or place): a
    signature."""
    for m in _SIGNATURE.finditer(text):
        i = token_at(toks, m.start("name"))
        if i is None:
            continue
        j = name_run(text, toks, i, lower, limit=3)
        if m["stop"] and not (j == i + 1 and _signed_with_a_stop(text, toks[i], m.start())):
            continue
        if j > i and toks[j - 1].end == m.end("name") and not any(t.is_upper for t in toks[i:j]):
            yield Candidate(toks[i].start, toks[j - 1].end, "person", 0, 2, "low", source="signature")
        elif j == i + 1 and not text[toks[i].end:m.end()].strip() and _signed_in_capitals(text, toks[i]):
            yield Candidate(toks[i].start, toks[i].end, "person", 1, 2, "low", source="signature")


def _signed_with_a_stop(text: str, tok: Tok, line: int) -> bool:
    """Is ``tok``, one word before a stop alone on the line at ``line``, a telegram's signature
    ("Filippov."): in the page's second half, after a paragraph, a surname by its look, no word
    in capitals, no English word, no place?"""
    return line > len(text) // 2 and not tok.is_upper and not is_english(tok.bare) \
        and gazetteer.lookup(tok.bare) is None and is_name(tok.bare) and _after_a_paragraph(text, line)


def _after_a_paragraph(text: str, start: int) -> bool:
    """Does the line at ``start`` follow a blank line or one ending a sentence (not a wrapped
    line's end: "… to the village of\nMukhtara.")?"""
    gap = start
    while gap > 0 and text[gap - 1].isspace():  # a line of a no-break space is blank
        gap -= 1
    return gap == 0 or text[gap - 1] in ".!?:;\"”)]" or text.count("\n", gap, start) > 1


def _signed_in_capitals(text: str, tok: Tok) -> bool:
    """"WENDT" alone on a line in the last third of the page, written nowhere
    else, no English word or place: a signature, not an acronym."""
    return tok.is_upper and len(tok.bare) > 3 and tok.start > 2 * len(text) // 3 \
        and text.count(tok.bare) == 1 and not is_english(tok.bare) and gazetteer.lookup(tok.bare) is None


#: The last words of every match of _PLACE_PREPOSITIONS: a cheap first test.
PLACE_PREPOSITION_ENDS = (*_PLACE_WORDS, *_PLACE_NOUN_LINKS, "the")


#: An "in" before a person, no place: a reference's before its authors ("Reprinted in Andrei
#: Ledovskii, …") and an oath's, active ("swore in Juan Carlos as King"; not the passive's "he
#: was sworn in Dirang", a place).
PERSON_IN = re.compile(r"\b(?:(?:[Rr]e)?[Pp]rinted|[Pp]ublished|[Cc]ited|[Qq]uoted|[Rr]eproduced|[Ee]xcerpted"
                       r"|[Cc]ollected|[Ss]wore|[Ss]wear(?:s|ing)?)[ \t]+in[ \t]+$")


def ends_with_match(before: str, ends: str | tuple[str, ...], pattern: re.Pattern[str]) -> bool:
    """Does ``before`` end in a match of ``pattern``, an expression anchored at the end whose
    matches end in one of the words ``ends``? The words are looked for first: the expression
    alone is tried at every character."""
    return before.rstrip().endswith(ends) and pattern.search(before) is not None


def person_in(before: str) -> bool:
    """Does ``before`` end in an "in" a person follows (:data:`PERSON_IN`)?"""
    return ends_with_match(before, "in", PERSON_IN)


def after_place_preposition(text: str, tok: Tok) -> bool:
    """"in Pailin", "near Poipet": a name after such a word is a place (not
    after "reprinted in", "quoted in": authors follow; nor after "swore in")."""
    before = text[max(0, tok.start - 20):tok.start]
    stripped = before.rstrip()
    # (the words a match ends in, first; it ends in "the" only after a link, "the outskirts of the ")
    if not stripped.endswith(PLACE_PREPOSITION_ENDS) \
            or stripped.endswith("the") and not stripped[:-3].rstrip().endswith(_PLACE_NOUN_LINKS):
        return False
    return bool(_PLACE_PREPOSITIONS.search(before)) and not person_in(before)
