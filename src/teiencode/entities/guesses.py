"""Second guesses, made once the mentions the shape of the text shows are
chosen: unknown capitalised words listed after "in", "near", "the
districts of" or in a "Place:" field are places; a capitalised word alone
inside a sentence, no common word, adjective, place, acronym or people's
name before a noun of a group ("Hmong refugees"), is a person. Both are
proposed with low certainty, only where nothing was chosen.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import gazetteer
from .dates import MONTHS
from .evidence import SPEECH_VERBS, context_weight, person_context
from .landmarks import place_field_values
from .names import TITLES, fold
from .patterns import (
    PLACE_PREPOSITION_ENDS,
    Candidate,
    after_place_preposition,
    in_name_of_thing,
    is_demonym,
    name_run,
    name_token,
    office_before,
    split_glosses,
)
from .tokens import Tok, Tokens, sentence_start
from ..english import is_english


def context_places(text: str, toks: Tokens, capitalised: list[int], lower: frozenset[str],
                   taken) -> Iterator[Candidate]:
    """Unknown capitalised words listed after "in"/"near" ("in Enlam, Posan,
    Pailin, Kora, Kungevai"): places the context marks, proposed with low
    certainty. ``taken(start, end)`` says whether a span is already claimed."""
    fields = place_field_values(text)
    for i in capitalised:
        tok = toks[i]
        if not (i and toks[i - 1].folded in _PREPOSITION_ENDS and after_place_preposition(text, tok)) \
                and not (fields and tok.start in fields):
            continue
        j = i
        pair = False  # the name at ``j`` follows the first and "and" alone
        while j < len(toks):
            k = name_run(text, toks, j, lower, limit=3)
            known = k == j and toks[j].is_cap and taken(toks[j].start, toks[j].end)
            if known:
                k = j + 1  # a place already known, in the list: "in Seoul, Pusan and Taegu"
            elif k == j or any(toks[m].is_initial for m in range(j, k)):
                break
            if not known and not taken(toks[j].start, toks[k - 1].end):
                if text.startswith(("’s", "'s"), toks[k - 1].end):
                    break
                if pair and singular_verb_after(text, toks[k - 1].end):
                    break  # "in Maputo and Tongogara takes his men": a clause of its own (not
                    # "at Nonsan, Masan and Yongchon endangers …", a list's end)
                spans = split_glosses(toks, j, k)
                for a, b in spans:
                    yield Candidate(toks[a].start, toks[b - 1].end, "place", 0, 0, "low", source="context")
                k = spans[-1][1]
            pair = j == i and k < len(toks) and toks[k].folded == "and"
            if k < len(toks) and toks[k].folded == "and" and k + 1 < len(toks):
                k += 1  # "Pailin and Kungevai"
            if k >= len(toks) or not re.fullmatch(r",\s*|\s+and\s+|,\s+and\s+|\s+|,",
                                                  text[toks[k - 1].end:toks[k].start]) or \
                    (toks[k - 1].folded != "and" and text[toks[k - 1].end:toks[k].start].strip() != ","):
                break
            j = k


def lone_names(text: str, toks: Tokens, capitalised: list[int], lower: frozenset[str],
               taken) -> Iterator[Candidate]:
    """A capitalised word alone inside a sentence that is no common word,
    adjective, place or acronym ("Nixon has mined our ports"), or opening one
    before a verb of speech or a verb in the singular ("Okello speaks of war",
    "Okello takes his men north"), a person's words (:func:`.evidence.person_context`:
    "Okello, a prosecutor of …", "Okello is still in prison") or a list of names
    ("Okello, Temboga and Kamau form …"): proposed as a person with low certainty."""
    for i in capitalised:
        tok = toks[i]
        if not name_token(tok, lower) or tok.is_upper or len(tok.bare) < 3 or "[" in tok.text:
            continue
        if taken(tok.start, tok.end) or gazetteer.lookup(tok.bare) or in_name_of_thing(toks, i, i + 1):
            continue
        before = toks[i - 1] if i else None
        after = toks[i + 1] if i + 1 < len(toks) else None
        named_alone = before is not None and before.folded == "the" and not is_english(tok.bare) \
            and not is_demonym(tok.bare)  # "the Mukhabarat", "the Chari": no English word or people
        if named_alone and _subject_of_verb(text, toks, i) and context_weight(text, tok.start, tok.end) <= 0 \
                and _IN_THE.search(text, max(0, tok.start - 16), tok.start) is None:
            # "the Mukhabarat tried …", "the Sûreté has …": a body the page names alone
            yield Candidate(tok.start, tok.end, "org", 0, -1, "low", source="lone")
            continue
        if named_alone and _TO_THE_PLACE.search(text, max(0, tok.start - 20), tok.start) is not None \
                and (after is None or not (after.is_cap and text[tok.end:after.start] == " ")) \
                and _QUALIFIES_PLURAL.match(text, tok.end) is None:
            # "crossed the Chari", "north of the Shouf": a river, a region the page names alone
            # (not "across the Wujek and Manifest mines")
            yield Candidate(tok.start, tok.end, "place", 0, -1, "low", source="lone")
            continue
        if before is not None and (before.folded in _ARTICLES or before.is_cap and before.joins_name
                                   and before.folded not in MONTHS and before.folded not in _OPENING_PREPOSITIONS
                                   and not _opening_word(text, before)
                                   and not (_ends_sentence(text, before) and not is_english(tok.bare))):
            continue
        if after is not None and after.is_cap and tok.joins_name and not (_ends_sentence(text, tok) and _ends_list(toks, i)):
            if text.startswith(". ", tok.end) and context_weight(text, tok.start, tok.end) > 0:
                yield Candidate(tok.start, tok.end, "place", 0, -1, "low", source="lone")
            elif _ends_sentence(text, tok) and office_before(toks, i) and tok.folded not in _TITLE_PARTS:
                yield Candidate(tok.start, tok.end, "person", 0, -1, "low", source="lone")
            continue  # "Ba Dinh"; but "… from Munsan. In …" ends a sentence, after words that make a
            # place, and "… the Belgian ambassador Dupret. The …" after an office in lower case
        if sentence_start(text, tok) and (after is None or text[tok.end:after.start] != " "
                                          or after.folded not in _PERSON_VERBS and after.folded not in _MODALS
                                          and not singular_verb_after(text, tok.end)
                                          and not _past_verb(text, after) and not _pair_subject(text, toks, i)
                                          and after.folded not in IRREGULAR_PASTS
                                          and not _verb_before_preposition(text, after)) \
                and not person_context(text, tok.start, tok.end) and _HEADS_LIST.match(text, tok.end) is None:
            continue  # a sentence's first word is a name before a verb of speech or in the singular, a
            # person's words ("Kollias, a prosecutor of …", "Nguza is still in prison") or a list of
            # names ("Pinochet, Merino and Leigh form …": their kind is settled together)
        if text.startswith(("-", "’", "'"), tok.end) and not text.startswith(("’s", "'s"), tok.end):
            continue
        if _bulleted_alone(text, tok.start, tok.end):
            continue  # "- Share", "- Download": a page's button or a list's heading, not a person
        if tok.folded in _RANKS or _NUMBERED.match(text, tok.end):
            continue  # "is a Colonel", "Villa 2", "Room 5": an office or a numbered thing
        if tok.folded.endswith("s") and _COUNTED.search(text, max(0, tok.start - 30), tok.start):
            continue  # "nine young Moluccans", "many Druzes": a people counted, not a person
        if after is not None and after.folded in GROUP_NOUNS and text[tok.end:after.start] == " ":
            continue  # "Hmong refugees", "Naga rebels": a people's name, not a person's
        kind = "place" if after_place_preposition(text, tok) else "person"
        yield Candidate(tok.start, tok.end, kind, 0, -1, "low", source="lone")


def _ends_sentence(text: str, tok: Tok) -> bool:
    """"… with Zhivkov and Kádár. Yuri …": a name of four letters or more before a full
    stop ends its sentence (not an abbreviation, "Gen. Kamara", nor an initial)."""
    return text.startswith(". ", tok.end) and len(tok.bare) > 3 and not tok.is_upper \
        and f"{tok.bare}." not in TITLES


#: The rest of a list of names after its first ("…, Merino, Leigh and Mendoza form"): names of one
#: or two capitalised words after commas, the last after "and", and no noun in the plural after it,
#: which the list would qualify ("Tory, Labour and Liberal members", "Ovambo, Herero and Nama
#: leaders"; a verb in the plural has no "-s": "… and Mendoza form").
_NAME = r"[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)?"
_HEADS_LIST = re.compile(rf",[ \t]+{_NAME}(?:,[ \t]+{_NAME})*,?[ \t]+and[ \t]+{_NAME}\b"
                         r"(?![ \t]+[a-z]*[a-rt-z]s\b)")
#: The modal verbs: a sentence's first word before one is its subject, a name ("Tildy will …").
_MODALS = frozenset("""will would shall should must can could may might""".split())
#: Verbs in the plural or without person after a pair of names opening a sentence ("X and Y agree").
_PLURAL_VERBS = frozenset("""are were have had do did say think agree want know believe insist speak hold
demand refuse""".split()) | _MODALS


def _past_verb(text: str, word: Tok) -> bool:
    """Is ``word``, after a sentence's first word, an English verb in the past ("Okello
    called at four"), not a passive's participle ("… surrounded by")?"""
    return word.folded.endswith("ed") and len(word.bare) > 4 and not word.is_cap and is_english(word.bare) \
        and not text.startswith(" by ", word.end)


#: The past of English irregular verbs of doing, giving and moving (after the irregular verbs
#: of an English grammar, those whose subject is a person's act), which a sentence's first
#: word is the subject of ("Gizenga left for …", "Habash gave …"); not "fell", "lay", "stood",
#: "held", of which a town is the subject as often ("Jijiga fell").
IRREGULAR_PASTS = frozenset("""gave took left sent made kept brought met went came saw got led won began sought
bought sold paid fought flew fled ran struck chose drew drove threw knew felt became broke forgot forgave
hid rode rose shook sang swore taught tore understood wore""".split())
#: Prepositions after a verb in "-s" that show it is one ("Kasavubu stays at …", "X lives in …").
_VERB_PREPOSITIONS = frozenset("""at in on to from with for against into through over about under behind""".split())
_S_VERB_BEFORE_PREPOSITION = re.compile(rf"[ \t]+(?:{'|'.join(sorted(_VERB_PREPOSITIONS))})\b")


def _verb_before_preposition(text: str, word: Tok) -> bool:
    """Is ``word``, after a sentence's first word, an English verb in "-s" before a
    preposition ("Kasavubu stays at the camp", "Okello lives in exile"), not a noun of a
    group ("Naga rebels in …")?"""
    return word.folded.endswith("s") and not word.is_cap and word.folded not in GROUP_NOUNS \
        and _S_VERB_BEFORE_PREPOSITION.match(text, word.end) is not None and is_english(word.bare)


#: A place preposition and "the" before a name ("in the Šumava ended …"): a region, not a body.
_IN_THE = re.compile(r"\b(?:[Ii]n|[Aa]t|near|across|inside|outside|throughout)[ \t]+the[ \t]+$")
#: After a name, perhaps a list's other names, and a noun in the plural the list qualifies
#: ("the Wujek and Manifest Lipcowy mines").
_QUALIFIES_PLURAL = re.compile(r"(?:[ \t]+(?:and|or)[ \t]+[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)*)?[ \t]+"
                               r"(?!(?:this|was|has|its|his|thus|does|is|as|us)\b)[a-z]{2,}s\b")
#: A preposition of a way or a direction and "the" before a name alone: a place's ("crossed the
#: Chari", "across the Ogaden", "north of the Shouf"; not "in the", "from the", "into the", where
#: bodies stand as often: "served in the Wehrmacht", "came from the Tudeh").
_TO_THE_PLACE = re.compile(r"\b(?:across|along|towards?|beyond|crossed|(?:north|south|east|west)[ \t]+of)"
                           r"[ \t]+the[ \t]+$", re.IGNORECASE)


#: The words of the titles (folded), which an office in lower case may be followed by ("ambassador
#: Plenipotentiary"), no name.
_TITLE_PARTS = frozenset(fold(word) for title in TITLES for word in title.rstrip(".").split())
#: A number (not a year: "In 1976 Karamanlis …") or a quantifier, perhaps with an adjective of
#: age, arms or number, before a word in the plural: the word is a people's or a group's ("nine
#: young Moluccans", "some Kurds", "thousands of Ibos").
_COUNTED = re.compile(r"(?<![\w.,])(?:\d{1,3}|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)"
                      r"|dozens|hundreds|thousands|many|some|several|few|numerous)(?:[ \t]+of)?"
                      r"(?:[ \t]+(?:young|old|armed|more|other|wounded|dead))?[ \t]+$")
#: Auxiliaries after a clause's subject in the singular ("the Tudeh did not call …", "the
#: Falange has …").
_AUXILIARIES = frozenset({"did", "does", "has"})


def _subject_of_verb(text: str, toks: Tokens, i: int) -> bool:
    """Is the word at ``i`` the subject of the verb after it: a verb of speech or thought,
    a modal, an auxiliary in the singular, a verb in the singular, in the past or in "-s"
    before a preposition (not a people's: "the Greeks have …")?"""
    after = toks[i + 1] if i + 1 < len(toks) else None
    return after is not None and text[toks[i].end:after.start] == " " and (
        after.folded in _PERSON_VERBS or after.folded in _MODALS or after.folded in _AUXILIARIES
        or after.folded in IRREGULAR_PASTS
        or singular_verb_after(text, toks[i].end) or _past_verb(text, after) or _verb_before_preposition(text, after))


def _pair_subject(text: str, toks: Tokens, i: int) -> bool:
    """"Okello and Temboga agree …": a sentence opening with two single names joined by
    "and" before a verb in the plural, a modal or the past is their clause."""
    if i + 3 >= len(toks) or toks[i + 1].folded != "and":
        return False
    other, verb = toks[i + 2], toks[i + 3]
    return other.is_cap and not other.is_upper and not verb.is_cap and text[other.end:verb.start] == " " \
        and gazetteer.lookup(other.bare) is None and (verb.folded in _PLURAL_VERBS or _past_verb(text, verb)
                                                      or _plural_verb_before_preposition(text, verb))


def _plural_verb_before_preposition(text: str, word: Tok) -> bool:
    """Is ``word`` an English verb in the plural before a preposition ("X and Y act against
    …", "X and Y sit in …"), not a noun in the plural ("… districts in")?"""
    return not word.folded.endswith("s") and len(word.bare) > 2 and is_english(word.bare) \
        and _S_VERB_BEFORE_PREPOSITION.match(text, word.end) is not None


def _ends_list(toks: Tokens, i: int) -> bool:
    """Is the name at ``i`` the last of a list of names ("… Zhivkov and Kádár.")?"""
    return i > 1 and toks[i - 1].folded in {"and", "or"} and toks[i - 2].is_cap and not toks[i - 1].is_cap


def _opening_word(text: str, tok: Tok) -> bool:
    """"Yesterday Fidel spoke": an ordinary word capitalised because it opens
    the sentence, not the first word of a name."""
    return text[tok.end:tok.end + 1] == " " and sentence_start(text, tok) and is_english(tok.bare)


_BULLET_BEFORE = re.compile(r"(?:^|[ \t])[-–•·][ \t]+$", re.MULTILINE)
_LINE_END = re.compile(r"[ \t]*(?:\r?\n|$)")


def _bulleted_alone(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a word alone after a dash or a bullet up to the
    line's end (the archive's "- Share", "- Download" buttons)?"""
    return _BULLET_BEFORE.search(text, max(0, start - 3), start) is not None \
        and _LINE_END.match(text, end) is not None


#: The words a place preposition ends in (:func:`~.patterns.after_place_preposition`
#: is only asked after one of them).
_PREPOSITION_ENDS = frozenset(PLACE_PREPOSITION_ENDS)
#: Nouns of groups of people that a people's or a region's name qualifies
#: ("the Karen guerrillas", "Khampa refugees"), never a person's.
GROUP_NOUNS = frozenset("""refugees rebels insurgents guerrillas partisans tribesmen tribes nomads herdsmen
herders villagers peasants settlers pilgrims minority minorities emigrants exiles""".split())
#: Prepositions that open a sentence before a place ("In Panjshir the fighting …").
_OPENING_PREPOSITIONS = frozenset({"in", "at", "near"})
_NUMBERED = re.compile(r" \d+[A-Za-z]?(?:[,.;:)]|$)", re.MULTILINE)
#: Titles of one word, which alone name an office or a rank, not a person.
_RANKS = frozenset(fold(t) for t in TITLES if " " not in t and not t.endswith(".") and "[" not in t)

_PERSON_VERBS = frozenset([*SPEECH_VERBS,
                           # speech and thought in the present and the past ("Eshkol speaks of war")
                           "speaks", "spoke", "tells", "insists", "insisted", "believes", "believed", "thinks",
                           "thought", "wants", "wanted", "knows", "knew", "warned", "warns", "promised",
                           "promises", "repeats", "repeated"])


#: Articles before a capitalised word alone: "the Ogaden", "a Zionist", "an Afrikaner" — a
#: place, a member of a group or a thing, never a person's name.
_ARTICLES = frozenset({"the", "a", "an"})


#: Words after a verb in "-s" that show it is one (a determiner or a pronoun opening its object;
#: a capitalised word does too).
_OBJECT_OPENERS = frozenset("""his her its their the a an them him it that our your this these those
                                no more some any all every each much many several""".split())


_SINGULAR_AFTER = re.compile(
    rf"[ \t]+(?:is|was|has|(?P<verb>[a-z]{{2,}}s)(?=[ \t]+(?:(?:{'|'.join(sorted(_OBJECT_OPENERS))})\b|[A-Z][a-z])))\b")


def singular_verb_after(text: str, end: int) -> bool:
    """Does a verb in the third person singular follow ``text[:end]``: "is", "was",
    "has", or an English word in "-s" before its object, opened by a determiner,
    a pronoun or a name ("takes his men", "helps the regime", "helps Okello"; not
    a plural noun, "Lhasa districts were")?"""
    match = _SINGULAR_AFTER.match(text, end)
    return match is not None and (match["verb"] is None or is_english(match["verb"]))

