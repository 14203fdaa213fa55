"""Person or place? The evidence a reader uses, weighed over the whole document.

A capitalised name the shape of the text only guessed ("Kuito", "Khe Sanh")
is a person or a place by what stands around it: "at", "near", "flew to"
before it or "province" after it make a place; "said", ", who", "was arrested"
or a person's noun in apposition (", a prosecutor of …") after it, "met",
"arrested" or a reference's "reprinted in" before it, a person; a mention of the same name the recogniser is sure
of (a title before it, a gazetteer entry) settles it. The evidence of every
mention of one name is added up, so that "Kuito had fallen" is a place when
the same page says "the garrison at Kuito". Where nothing weighs either way,
a name of several words in the towns table (:mod:`.towns`) is a place ("Khe
Sanh"); one word is not enough, many surnames being towns too ("Allende"),
unless a preposition that takes persons and places alike stands before it
("open to Dehli", "cement for Hama": a place, low, unless the page says person).
Routes ("from Hanoi to X"), lists ("Lahej, X and …"), datelines ("X, 23
July 1988") and the value of a "Place:" or "Location:" field weigh too. A
name whose kind changes is proposed with low certainty; a guessed person
made of ordinary
English words alone (:mod:`teiencode.english`: "Pause", "Speaking"), with
nothing to say it is a person, is no mention where ordinary words are
capitalised too (a sentence's start, a title in title case) or where its
words are all long ones ("Documentary Evidence"). Two persons read as one
("with Tsedenbal Ulanfu announced") are split where the document names each
part apart (:func:`split_joined`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable

from .gazetteer import places
from .landmarks import in_place_field
from .leaders import STATESMEN
from .names import PERSON_NOUNS, TITLES, fold
from .patterns import LED_HEADS, Candidate, ends_with_match, person_in
from .personnames import is_name
from .towns import is_town
from ..english import is_english

#: Sources of mentions guessed from capitals and context alone (their kind may change).
GUESSED = frozenset({"capitals", "lone", "lexicon", "context", "possessive", "signature"})


def guessed(cand: Candidate) -> bool:
    """Whether ``cand`` was guessed from its form and context alone (not a sure mention)."""
    return cand.cert is not None and cand.source in GUESSED


def guessed_person(cand: Candidate) -> bool:
    """Whether ``cand`` is a person guessed from its form alone (not a sure mention)."""
    return cand.kind == "person" and guessed(cand)

#: Words after which a name is a place ("in Kuito", "near the Ogaden", "around Kuito", "north of
#: Kuito"; not "the people around X").
_PLACE_BEFORE = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Nn]ear|into|outside|inside|across|opposite|throughout|beyond|around(?<!people around)"
    r"(?<!those around)(?<!men around)(?<!circle around)(?<!group around)(?<!clique around)(?<!friends around)"
    r"|(?:north|south|east|west|north-east|north-west|south-east|south-west)[ \t]+of"
    # verbs whose object is a place, left, taken or struck ("who left X", "occupied X", "bombed X")
    r"|(?:peasants|villagers|herdsmen|inhabitants|population|residents|people)[ \t]+of"
    # the nouns of a settlement, a district or a place of detention before "of" ("the town of X",
    # "the prison of X"; not "the camp of X", a leader's as often)
    r"|(?:town|village|city|port|island|oasis|suburbs?|outskirts|district|province|prison|jail|fortress)[ \t]+of"
    # the edge of a town or a front ("at the edge of X")
    r"|edge[ \t]+of"
    # the officers who govern a town or a province ("the governor of X", "the mayor of X")
    r"|(?:[Gg]overnors?|[Mm]ayors?|[Pp]refects?|[Bb]urgomasters?)[ \t]+of"
    r"|left|entered|reached|crossed|occupied|captured|shelled|bombed|liberated|besieged|overran|encircled|evacuated|reoccupied|recaptured"
    # the same verbs in the present ("besieges X", "shells X"; not "leaves": "leaves X in charge")
    r"|enters|reaches|occupies|captures|shells|bombs|liberates|besieges|overruns|encircles|evacuates"
    # "lies off X", "anchored off X": a coast's town or island
    r"|(?:lies|lay|lying|anchored|cruising|sank|sunk)[ \t]+off)"
    r"[ \t]+$")
#: The last words of every match of :data:`_PLACE_BEFORE` (keep with it), looked for first.
_PLACE_BEFORE_ENDS = ("of", "in", "at", "In", "At", "near", "Near", "into", "outside", "inside",
                      "across", "opposite", "throughout", "beyond", "around", "off", "left", "entered",
                      "reached", "crossed", "occupied", "captured", "shelled", "bombed", "liberated",
                      "besieged", "overran", "encircled", "evacuated", "reoccupied", "recaptured", "enters",
                      "reaches", "occupies", "captures", "shells", "bombs", "liberates", "besieges",
                      "overruns", "encircles", "evacuates")
#: Verbs and nouns of movement and goods: a name after them and "to"/"from" is
#: a place ("flew to Nyingchi", "the road from Bayi", "withdrew from Kuito", "oil from Kirkuk").
_MOTION = (r"fl(?:y|ies|ew|own|ying)|dr(?:ive|ives|ove|iven|iving)|go(?:es|ing|ne)?|went|travell?(?:ed|ing|s)?"
           r"|return(?:s|ed|ing)?|mov(?:e|es|ed|ing)|c(?:a|o)me|coming|arriv(?:e|es|ed|ing)|withdr(?:aw|ew|awn)"
           r"|fled|flee(?:ing)?|spread(?:s|ing)?|march(?:ed|ing)?|walk(?:s|ed|ing)?|sail(?:s|ed|ing)?|advanc(?:e|ed|ing)|retreat(?:ed|ing)?|evacuated|transferred"
           r"|road|roads|railway|line|route|way|trip|journey|flight|flights|visit|visits|distance|kilometres|kilometers"
           r"|miles|km|back|transport(?:ed)?|shipped|ships|trains|deliver(?:ed|y|ies)?|supplies|evacuation"
           r"|taken|refugees|claims?"  # "taken to X", "refugees from X", "a claim to X" (a territory)
           # the means of moving ("by ship to X", "the convoy from X")
           r"|ship|sea|air|rail|boat|plane|planes|aircraft|helicopters?|trucks?|convoys?|enter"
           # goods, whose origin or destination is a place ("crude oil from X", "rice to X")
           r"|oil|gas|coal|rice|grain|wheat|ore|copper|cotton|timber|crude|cargo|goods|exports|imports")
#: The words that end the words of movement before a place.
_MOTION_LINKS = ("to", "from", "toward", "towards", "into", "through", "up", "down", "along")
_MOTION_BEFORE = re.compile(rf"\b(?:{_MOTION})(?:[ \t]+[a-z]+){{0,2}}?[ \t]+(?:{'|'.join(_MOTION_LINKS)})[ \t]+$")
#: The units moved, before "from" only ("the battalion from X", "policemen from X"; not "troops
#: loyal to X", a leader).
_UNITS_FROM = re.compile(r"\b(?:troops|battalions?|brigades?|regiments?|units|soldiers|policemen|reinforcements)"
                         r"(?:[ \t]+[a-z]+){0,2}?[ \t]+from[ \t]+$")
#: Nouns after a name that make it a place ("Ha Tuyen province", "Kuito airport").
_PLACE_AFTER = re.compile(
    r"[ \t]+(?:province|provinces|district|districts|region|county|prefecture|aimag|oblast|area|airport|"
    # the units of other states' administrations, as translations keep them ("Dariganga sum")
    r"sum|soum|somon|raion|rayon|okrug|krai|voivodeship|wilaya|kabupaten|governorate|canton|township|"
    r"airfield|harbour|harbor|valley|river|plateau|sector|highway|railway|garrison|crossing|pass|island|islands|"
    # the places where people are held, stationed or landed ("Evin prison", "Tan Son Nhut air base")
    r"prison|jail|gaol|camp|camps|barracks|base|port|reservoir)\b"
    r"|,[ \t]+where\b")
#: A dateline: a name opening a line before a comma and a date ("Neptun, 23 July 1988").
_DATELINE_AFTER = re.compile(r"[ \t]*,[ \t]*(?:\d{1,2}[ .]+[A-Z][a-z]+|[A-Z][a-z]+\.?[ \t]+\d{1,2}\b"
                             # a date in figures ("Ndjamena, 26.3.80", "Rabat, 14/7/1971", "Sofia, 30.IV.1969")
                             r"|\d{1,2}(?:\.[ ]?|/)(?:\d{1,2}|[IVX]{1,4})(?:\.[ ]?|/)\d{2,4}\b)")
_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
#: Verbs of speech after a name that make it a person ("Okonkwo said").
SPEECH_VERBS = ("said", "says", "stated", "asked", "replied", "noted", "remarked", "declared", "added", "answered",
                "emphasized", "emphasised", "stressed", "agreed", "thanked", "wrote", "told", "informed",
                "explained", "expressed", "proposed", "suggested")
#: What is done to a person and to no place or body, after his name ("X was arrested"; "shot" and
#: "buried" not before "at", "under": :data:`_PERSON_AFTER`) or before it ("arrested X"); and what
#: is done to a person as to a body or a venue, before his name only ("appointed X", "elected X";
#: not "Entebbe was elected as the venue", "Fretilin was dismissed").
_DONE_TO_PERSON = ("arrested", "detained", "imprisoned", "jailed", "hanged", "kidnapped", "abducted",
                   "assassinated", "murdered", "pardoned", "exiled", "deported", "sentenced", "wounded", "married",
                   "shot", "buried")
_DONE_BEFORE_PERSON = (*_DONE_TO_PERSON, "appointed", "dismissed", "sacked", "elected", "executed")
#: Verbs of speech in "-ing", after "is" or "was" and a name and before their object: a person's
#: ("X is describing a speech"; not what bodies do as often, "Unita is claiming the town", nor an
#: adjective, "the silence from X is telling.").
_SPEAKING = ("saying", "describing", "explaining", "proposing", "suggesting", "stressing")
#: The places a person is held or hides in ("X is still in prison", "X remains in exile").
_HELD_IN = r"in[ \t]+(?:prison|jail|exile|hiding|custody|detention)\b"
_PERSON_NOUN = rf"(?i:{'|'.join(sorted(PERSON_NOUNS))})s?"
#: After the noun of an apposition, no other noun it qualifies ("X, a prosecutor of …", not
#: "X, a minister's car") nor a list ("X, the mayor and the citizens"): a stop, a comma or a
#: preposition.
_NOUN_ENDS = r"(?=[ \t]*(?:[,.;:)\r\n]|$)|[ \t]+(?:of|in|at|to|for|from|who|with|on|since|under)\b)"
#: Words after a name that make it a person ("Okonkwo said", "Okonkwo, who", "Okonkwo resigned",
#: "Okonkwo is describing …"), and what is done to him (:data:`_DONE_TO_PERSON`: "Okonkwo was
#: arrested", "Okonkwo is still in prison").
_PERSON_AFTER = re.compile(
    rf"(?:[ \t]+(?:{'|'.join(SPEECH_VERBS)}|himself|herself|personally|resigned|resigns|abdicated|died"
    # what a person alone does or suffers (not a body's "hesitated", "was born in 1962", a village's
    # "escaped the fighting", nor "ill-prepared")
    r"|smiled|laughed|(?:is|was|fell)[ \t]+ill(?!-))|,[ \t]+who)\b"
    # speech in its course ("Winkelman is describing a recent speech")
    rf"|[ \t]+(?:is|was)[ \t]+(?:{'|'.join(_SPEAKING)})[ \t]+[a-z]"
    rf"|[ \t]+(?:was|is|has[ \t]+been|had[ \t]+been)[ \t]+(?:(?:still|now|later|then|also)[ \t]+)?"
    # (not what is done to a place: "X was shot at", "was buried under snow")
    rf"(?:(?:{'|'.join(_DONE_TO_PERSON)})\b(?![ \t]+(?:at|up|down|under)\b)|{_HELD_IN})"
    rf"|[ \t]+(?:remains|remained|stays|stayed)[ \t]+(?:(?:still|now)[ \t]+)?{_HELD_IN}")
#: A noun of a person (:data:`.names.PERSON_NOUNS`) in apposition after a name, with an article or
#: "his"/"her" and up to two words before it that are no prepositions ("Okonkwo, a prosecutor of
#: the court", "Okonkwo, the party's general secretary", "Okonkwo, the Kenyan ambassador"; not
#: "Weimar, the city of poets"), or first, perhaps after "former", "then", "now", "later" or
#: "acting", and before a preposition ("Okonkwo, Ambassador of …", "Okonkwo, former minister of
#: finance"; not "Kuito, Mr. Silva said"); not after a place's preposition
#: (:func:`context_weight`: "in Kuito, the commander … said").
_ROLE_AFTER = re.compile(rf",[ \t]+(?:a|an|the|his|her)[ \t]+"
                         rf"(?:(?!(?i:of|in|at|to|for|from|and|or|with|on)\b)[A-Za-z][a-z’'-]*[ \t]+){{0,2}}?"
                         rf"{_PERSON_NOUN}{_NOUN_ENDS}"
                         rf"|,[ \t]+(?:(?:former|then|now|later|acting)[ \t]+)?{_PERSON_NOUN}"
                         r"(?=[ \t]+(?:of|in|at|to|for|from)\b)")
#: Words before a name that make it a person ("met Okonkwo", "the death of Okonkwo", "arrested Okonkwo").
_MEETING_VERBS = ("met", "meet", "meets", "told", "thanked", "informed", "congratulated", "accompanied")
_PERSON_BEFORE = re.compile(rf"\b(?:(?:{'|'.join(_MEETING_VERBS)})(?:[ \t]+with)?|{'|'.join(_DONE_BEFORE_PERSON)}"
                            r"|(?:death|murder|assassination|widow|wife|son|daughter|letter|message|speech|views"
                            r"|attitude|friends|supporters|followers|clique|regime"
                            # a party named after its leader, lower case ("the party of X"; a body's
                            # name is capitalised: "the Party of Labour"; not "the communists of X" nor
                            # "the left faction of X", as often a town's or a province's)
                            r"|party)[ \t]+of)[ \t]+$")
#: The last words of every match of :data:`_PERSON_BEFORE`, looked for first.
_PERSON_BEFORE_ENDS = (*_MEETING_VERBS, *_DONE_BEFORE_PERSON, "with", "of")
#: How far around a name its context words are looked for (characters).
WINDOW = 40


def context_weight(text: str, start: int, end: int) -> int:
    """What the words around ``text[start:end]`` say: above 0 a place, below 0
    a person, 0 nothing."""
    before = text[max(0, start - WINDOW):start]
    after = text[end:end + WINDOW]
    if after.startswith(("’s", "'s")):
        return -1  # "Okonkwo's request" (and "Kuito's hospital", less often)
    weight = 0
    placed = False
    if person_in(before):
        weight -= 1
    elif _after_place_word(before) or _after_motion(before.lower()):  # also "Refugees from X"
        weight += 2
        placed = True
    if _PLACE_AFTER.match(after):
        weight += 1
    if _DATELINE_AFTER.match(after) and _LINE_START.search(before) or in_place_field(text, start):
        weight += 2
    if _PERSON_AFTER.match(after) or not placed and _ROLE_AFTER.match(after):
        weight -= 2
    if _after_person_word(before):
        weight -= 1
    return weight


def _after_place_word(before: str) -> bool:
    """Does ``before`` end in words that make a place of the name after them (:data:`_PLACE_BEFORE`)?"""
    return ends_with_match(before, _PLACE_BEFORE_ENDS, _PLACE_BEFORE)


def _after_person_word(before: str) -> bool:
    """Does ``before`` end in words that make a person of the name after them (:data:`_PERSON_BEFORE`)?"""
    return ends_with_match(before, _PERSON_BEFORE_ENDS, _PERSON_BEFORE)


def _after_motion(before: str) -> bool:
    """Does ``before`` (in lower case) end in words of movement and a link (:data:`_MOTION_BEFORE`),
    or in units moved and "from" (:data:`_UNITS_FROM`)?"""
    return ends_with_match(before, _MOTION_LINKS, _MOTION_BEFORE) or ends_with_match(before, "from", _UNITS_FROM)


def person_context(text: str, start: int, end: int) -> bool:
    """Do the words next to ``text[start:end]`` make it a person's name ("X
    said", "X, who", "X was arrested", "X, a prosecutor", "met X", "the death of X")?"""
    return _PERSON_AFTER.match(text, end, end + WINDOW) is not None \
        or _ROLE_AFTER.match(text, end, end + WINDOW) is not None \
        or _after_person_word(text[max(0, start - WINDOW):start])


_ROUTE_OPENING = re.compile(r"\b(?:from|between|to)[ \t]+(?:the[ \t]+)?$")
_ROUTE_GAP = re.compile(r"[ \t]+(?:to|and|through|via)[ \t]+(?:the[ \t]+)?")


_LIST_GAP = re.compile(r",[ \t]+")
#: The second of a pair of guessed names ("from Lobatse and Kanye towards …"): "and" or "or"
#: before it, a stop or a preposition after it (not "in Kuito and Okello said", a clause of its
#: own, nor "… ambassador to China, and Nguyen Van Quang, …", an apposition after a sure place).
_PAIR_GAP = re.compile(r"[ \t]+(?:and|or)[ \t]+")
_PAIR_END = re.compile(r"[ \t]*(?:[,.;:)\]\r\n]|$|(?:in|at|on|to|from|towards?|into|near|through|and|or)\b)")


def _listed(text: str, before: Candidate, cand: Candidate) -> bool:
    """"Lahej, Dhala and …": a name after another and a comma, before "and",
    is the middle of a list (an apposition, "in Phnom Penh, Stoyan Dimitrov,
    was …", goes on with a comma); or the second of a pair of guessed names
    (see :data:`_PAIR_GAP`)."""
    return _LIST_GAP.fullmatch(text, before.end, cand.start) is not None and text.startswith(" and ", cand.end) \
        or guessed(before) and _PAIR_GAP.fullmatch(text, before.end, cand.start) is not None \
        and _PAIR_END.match(text, cand.end) is not None


def _placed(cand: Candidate, weights: dict[str, int], form_of: Callable[[str], str], text: str) -> bool:
    """A place: sure, or guessed with the evidence for a place."""
    if not guessed(cand):
        return cand.kind == "place"
    weight = weights[form_of(text[cand.start:cand.end])]
    return weight > 0 or weight == 0 and cand.kind == "place"


def _route_weight(text: str, chosen: list[Candidate], n: int) -> int:
    """"from Seisin to Vladivostok", "between Bayi and Lhasa", "from Hanoi
    through Vinh": a route whose other end is a place the recogniser is sure
    of makes a place (2)."""
    cand = chosen[n]
    for first, second in ((n - 1, n), (n, n + 1)):
        if first < 0 or second >= len(chosen):
            continue
        a, b = chosen[first], chosen[second]
        other = a if second == n else b
        if other.kind == "place" and other.cert is None and _ROUTE_GAP.fullmatch(text, a.end, b.start) \
                and _ROUTE_OPENING.search(text, max(0, a.start - 10), a.start) and cand is not other:
            return 2
    return 0


def _leader_weight(text: str, chosen: list[Candidate], n: int) -> int:
    """"the SDP of Tanner", "the Progress Party of Busia": one word after a sure body's acronym
    or a name ending in a head that a leader leads (:data:`.patterns.LED_HEADS`) and "of" is its
    leader's, a person (-1), even an English word ("Tanner", "Flower"), which the evidence of
    ordinary words would otherwise drop."""
    if not n:
        return 0
    body = chosen[n - 1]
    if body.kind != "org" or body.cert is not None or text[body.end:chosen[n].start] != " of " \
            or not text[chosen[n].start:chosen[n].end].isalpha():
        return 0  # one word, a surname's ("the SPD of Schleswig-Holstein", "the PCI of Reggio Emilia": regions)
    name = text[body.start:body.end]
    return -1 if (name.isupper() and len(name) > 1) or fold(name.rpartition(" ")[2]) in LED_HEADS else 0


def settle_kinds(text: str, chosen: list[Candidate], form_of: Callable[[str], str],
                 variants: Callable[[str], Iterable[str]]) -> list[Candidate]:
    """The guessed persons and places of ``chosen`` (mentions in order), each
    name given the kind its mentions' evidence, added up, points to.
    ``form_of`` gives the lookup form of a mention's text; ``variants`` the
    short forms of a person's full name ("Castro" of "Fidel Castro")."""
    weights, members, unnamed, articled = _weigh(text, chosen, form_of, variants)
    out = list(chosen)
    for form, indices in members.items():
        kind = _decide(form, weights[form], {chosen[n].kind for n in indices}, unnamed[form], articled[form])
        for n in indices if kind is not None else ():
            if chosen[n].kind != kind:
                out[n] = chosen[n]._replace(kind=kind, cert="low")
    return [c for c in out if c.kind]


def _weigh(text: str, chosen: list[Candidate], form_of: Callable[[str], str],
           variants: Callable[[str], Iterable[str]]
           ) -> tuple[dict[str, int], dict[str, list[int]], dict[str, bool], dict[str, bool]]:
    """The evidence for each name (above 0 a place), the indices of its
    guessed mentions, whether all of them stand where ordinary words are
    capitalised too, and whether all of them follow "the"."""
    weights: dict[str, int] = defaultdict(int)
    members: dict[str, list[int]] = defaultdict(list)
    unnamed: dict[str, bool] = defaultdict(lambda: True)
    articled: dict[str, bool] = defaultdict(lambda: True)
    for n, cand in enumerate(chosen):
        if cand.kind not in {"person", "place"}:
            continue
        form = form_of(text[cand.start:cand.end])
        if guessed(cand):
            members[form].append(n)
            weights[form] += context_weight(text, cand.start, cand.end) + _route_weight(text, chosen, n) \
                + _leader_weight(text, chosen, n)
            if cand.kind == "person" and _town_after_either(text, cand, form):
                weights[form] += 1
            unnamed[form] = unnamed[form] and _where_words_are_capitalised(text, cand.start)
            articled[form] = articled[form] and text.endswith(("the ", "The "), 0, cand.start) \
                and ENDS_PHRASE.match(text, cand.end) is not None
            if cand.kind == "person" and " " in form:  # "Young" where "Andrew Young" is guessed
                for variant in variants(form):
                    if variant != form:
                        weights[variant] -= 1
            continue
        sure = 3 if cand.kind == "place" else -3
        weights[form] += sure
        if cand.kind == "person" and " " in form:
            for variant in variants(form):
                weights[variant] += sure
    for form, indices in members.items():  # lists, once the places among the guesses are weighed
        for n in indices:
            if n and _listed(text, chosen[n - 1], chosen[n]) and _placed(chosen[n - 1], weights, form_of, text):
                weights[form] += 2
    return weights, members, unnamed, articled


#: What may follow a name that ends its noun phrase: a stop, a small word that opens no
#: noun phrase (or opens the next) or a verb in the past (not "the X clique", where X qualifies the noun after it).
ENDS_PHRASE = re.compile(r"[ \t]*(?:[,.;:)\]\r\n]|$|(?:the|a|an|and|or|in|at|on|to|from|for|with"
                         r"|has|have|had|is|are|was|were|[a-z]+ed)\b)")


#: Prepositions of motion that persons follow too ("a letter from X", "flew via X"): no evidence
#: alone, but with a town's name after them. Not "to", "for", "before": persons follow them far
#: more often ("forwarded the letter to Sadat", "reported to Lenin"; Sadat and Lenin are towns).
_EITHER_BEFORE = re.compile(r"\b(?:[Ff]rom|via|towards?)[ \t]+$")


def _town_after_either(text: str, cand: Candidate, form: str) -> bool:
    """Is the guessed person ``cand`` one word, a town of the table (:mod:`.towns`), after a
    preposition of :data:`_EITHER_BEFORE` ("the road from Dehli", "via Hama")? Two weak
    pieces of evidence, together a place's (1), which any sign of a person outweighs."""
    return " " not in form and _EITHER_BEFORE.search(text, max(0, cand.start - 9), cand.start) is not None \
        and is_town(form)


def _decide(form: str, weight: int, kinds: set[str], unnamed: bool, articled: bool) -> str | None:
    """The kind of a guessed name ("" for none), or None to leave it as guessed.
    A name of several words that only ever follows "the" and that nothing
    says is a person's ("the Tarvel Ridge", "the Osmo Works") is none."""
    if weight > 0 or weight == 0 and kinds != {"place"} and _several_words(form) and is_town(form):
        return "place"
    if weight < 0:
        return "person"
    if kinds == {"person"} and (unnamed or _long_words(form)) and ordinary(form) \
            or kinds == {"person"} and articled and " " in form:
        return ""
    return None


#: (Matched after "(?s:.*)", which makes the regex engine try the last characters first, where
#: such a match begins, instead of every one from the start as ``search`` does.)
_CAPITALISING = re.compile(r"(?s:.*)(?:^|[.!?:;\n\[\]—–…“\"‘(&]|\d|[A-Z][\w’'-]*,?[ \t]+(?:(?:of|for|and|the|in|on|to|a|an)[ \t]+)?)"
                           r"[ \t\u00a0]*$")


def _where_words_are_capitalised(text: str, start: int) -> bool:
    """At the start of a sentence, a line or a bracket, after a number, or
    after a capitalised word and perhaps a small word (a title in title case:
    "New Documentary Evidence", "Documents for Use"):
    where ordinary words are capitalised ("Pause.", "Smiling, he …")."""
    return _CAPITALISING.match(text, max(0, start - 24), start) is not None


def ordinary(form: str) -> bool:
    """A name made of ordinary English words only ("Pause", "Harvest
    Festival", "Red Cross"): no person, unless something says so."""
    return all(is_english(word) for word in form.split())


def _several_words(form: str) -> bool:
    """"Khe Sanh", "Zamyn-Uud": a name of several words."""
    return " " in form or "-" in form


def _long_words(form: str) -> bool:
    """Several words of four letters or more ("Documentary Evidence"), not
    the short syllables of East Asian names ("Pol Pot", "Long Bao")."""
    words = form.split()
    return len(words) > 1 and all(len(w) > 3 for w in words)


_JOIN_GAP = " "


def split_joined(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Two persons read as one name ("with Tsedenbal Ulanfu announced", "to
    Mengistu Erich Honecker's willingness"): a guessed name the document
    writes once, whose first words and whose last words it names as persons
    on their own elsewhere, is the two persons."""
    if not any(guessed_person(c) and " " in text[c.start:c.end] for c in chosen):
        return chosen
    persons: dict[str, int] = defaultdict(int)
    for cand in chosen:
        if cand.kind == "person":
            persons[text[cand.start:cand.end]] += 1
    out = []
    for cand in chosen:
        form = text[cand.start:cand.end]
        cut = _joint(form, persons) if guessed_person(cand) and persons[form] == 1 else None
        if cut is None:
            out.append(cand)
            continue
        out += [cand._replace(end=cand.start + cut, canonical=None),
                cand._replace(start=cand.start + cut + len(_JOIN_GAP), canonical=None)]
    return out


def _joint(form: str, persons: dict[str, int]) -> int | None:
    """Where ``form`` splits into two names each a person mention elsewhere
    (the offset of the space between them), or None."""
    at = form.find(_JOIN_GAP)
    while at > 0:
        if persons.get(form[:at], 0) and persons.get(form[at + 1:], 0):
            return at
        at = form.find(_JOIN_GAP, at + 1)
    return None


#: (The patterns of :func:`unsupported` take a line break where they take a space: a page's lines
#: are broken where its typist's were, "the ambassador" at a line's end and "X" on the next.)
#: A possessive and up to two words before a name: a role in apposition ("his secretary X",
#: "its general secretary X"), a person's (not "its paper X": :func:`.orgcontext.named_body`).
_ROLE_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)(?:\s+[a-z]+){1,2}\s+$")
#: A title or rank in lower case before a name ("ambassador X", "general X").
_TITLE_WORDS = frozenset(word.lower() for title in TITLES for word in [title.rstrip(".")] if word.isalpha())
#: A personal pronoun after a name, in its clause ("X was trapped in his car", "X said he").
_PRONOUN_AFTER = re.compile(r"[^.;:!?\n]{0,60}?\b(?:his|he|him|her|she|himself|herself)\b")
#: Nouns before "of" and a name that make it a person's: his men, rule and home ("the forces of
#: X", "the government of X", "the residence of X").
_LEADER_OF = re.compile(r"\b(?:forces|troops|units|men|army|guerrillas|partisans|government|cabinet|regime"
                        r"|residence|house|home|family|son|daughter|wife|widow|brother|sister)\s+of\s+$")
#: A name addressed in speech, between commas after a word in lower case ("What we need, X, on
#: that …", "Thank you, X.").
_VOCATIVE_BEFORE = re.compile(r"[a-z],\s+$")
_VOCATIVE_AFTER = re.compile(r",\s+[a-z]|[.?!]")
#: Initials after a surname and a comma, as lists of names write them ("X, A. Ia.", "X, M.A.").
_INITIALS_AFTER = re.compile(r",\s+[A-Z][a-z]?\.[ \t]?[A-Z]")
#: A call, a letter or a visit from or to a name ("a call from X", "my letter to X"), a report,
#: an appeal or words to it ("reported to X", "wrote to X").
_MESSAGE_FROM = re.compile(r"\b(?:(?:call|calls|letter|letters|message|messages|telegram|cable|visit|visits|envoy)"
                           r"\s+(?:from|to)|(?:reported|reports|wrote|writes|spoke|speaks|talked|talks|appealed"
                           r"|appeals|complained|complains|explained|explains|replied|replies)\s+to)\s+$")
#: A verb of writing and "by" before a name ("Typed by X", "signed by X").
_WRITTEN_BY = re.compile(r"\b(?:[Tt]yped|[Ss]igned|[Rr]ecorded|[Dd]rafted|[Tt]ranslated|[Nn]oted|[Cc]opied"
                         r"|[Cc]ompiled|[Ww]ritten)\s+by\s+$")
#: Between the sender and the addressee of a telegram's heading, a title perhaps before the second
#: ("X to Filippov", "X to Comrade Filippov").
_TO_PERSON = re.compile(r"\s+to\s+(?:[A-Z][a-z]+\.?\s+)?")
#: Between the names of a list or a pair: a comma, "and", "or", and perhaps the title of the
#: second ("X and Comrade Y"; :func:`_joined`).
_JOINED = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s+(?:(\S+)\s+)?")


def _joined(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]``, between two names, the gap of a list or a pair (:data:`_JOINED`):
    a comma, "and" or "or", and perhaps a title ("Okonkwa and Comrade Ulbricht")?"""
    match = _JOINED.fullmatch(text, start, end)
    return match is not None and (match.group(1) is None or match.group(1).rstrip(".").lower() in _TITLE_WORDS)


def _supported_alone(text: str, chosen: list[Candidate], n: int, is_org_body: Callable[[str, int], bool]) -> bool:
    """Does the look of the guessed person ``chosen[n]`` or a word next to it show a person's name
    (see :func:`unsupported`)?"""
    cand = chosen[n]
    word = text[cand.start:cand.end]
    before = text[max(0, cand.start - WINDOW):cand.start]
    last_word = before.split()[-1:]
    previous = chosen[n - 1] if n else None
    return word in STATESMEN or is_name(word) or person_context(text, cand.start, cand.end) \
        or text.startswith(("’s", "'s"), cand.end) \
        or before[-1:].isspace() and last_word != [] and last_word[0].lower() in _TITLE_WORDS \
        or _ROLE_BEFORE.search(before) is not None and not is_org_body(text, cand.start) \
        or _PRONOUN_AFTER.match(text, cand.end) is not None \
        or _LEADER_OF.search(before) is not None \
        or _INITIALS_AFTER.match(text, cand.end) is not None or _WRITTEN_BY.search(before) is not None \
        or _MESSAGE_FROM.search(before) is not None \
        or _VOCATIVE_BEFORE.search(before) is not None and _VOCATIVE_AFTER.match(text, cand.end) is not None \
        or previous is not None and previous.kind == "org" and text[previous.end:cand.start] == " of " \
        or _signed_with_post(text, cand)


#: After a name alone at a line's start, a signature's post: a comma, then a title and at most four
#: words more, ending the line ("Kurbis, Ambassador", "Kürbis, Chargé d'Affaires a.i."; not a title
#: on the next line, an addressee's block as often: "Sovinformburo / Comrade Lozovsky").
_POST_AFTER = re.compile(r"[ \t]*,[ \t]*(?P<title>[^\W\d_][\w’'-]*)(?:[ \t]+[\w’'.-]+){0,4}[ \t]*(?:\r?\n|$)")


def _signed_with_post(text: str, cand: Candidate) -> bool:
    """Is ``cand`` a signature: a name alone at its line's start, its post after it (:data:`_POST_AFTER`)?"""
    match = _POST_AFTER.match(text, cand.end)
    return match is not None and match["title"].lower() in _TITLE_WORDS \
        and _LINE_START.search(text, max(0, cand.start - 10), cand.start) is not None


def unsupported(text: str, chosen: list[Candidate], form_of: Callable[[str], str],
                is_org_body: Callable[[str, int], bool]) -> list[Candidate]:
    """``chosen`` (mentions in order) without the guessed persons of one word
    that nothing supports: a name the recogniser took for a person by its
    capitals alone ("Keidanren has asked the factions", "Pemex and Telmex are
    guarded"), which no mention of it on the page shows to be a person's and
    which does not look like one. A person's name is shown by a sure mention of
    it or a longer name ending in it, a title, a role or a verb of speech next
    to it, a possessive after it, a personal pronoun in its clause ("X was
    trapped in his car"), a body before "of" ("the PCB of X"), his men, rule or
    home before "of" ("the forces of X"), initials after it and a comma ("X,
    A. Ia."), a verb of writing and "by" before it ("Typed by X"), a message from or to it ("a call
    from X", "reported to X"), an address in speech ("What we need, X,
    on that"), a post after it on a signature's line ("X, Ambassador"), a full name with a
    particle and a hyphen before it ("al-X" shows "X"), a list with a person so shown ("Longo
    and X", "X and Comrade Y"), or a sure person after "to" or before it (a telegram's "X to Filippov"); its look is a surname's or a first name's
    (:func:`.personnames.is_name`) or a statesman's of the period
    (:data:`.leaders.STATESMEN`). Names in capitals (a signature: "BASOV")
    are kept. An unsupported name that is a town in the object of a verb or a preposition ("the
    rebels hold X") is a place with low certainty instead (:func:`_towns_placed`).
    ``is_org_body(text, start)``: a body's noun stands just before ``start`` ("its paper X")."""
    weak = [n for n, c in enumerate(chosen) if c.cert == "low" and guessed_person(c)
            and " " not in (form := text[c.start:c.end]) and not form.isupper()]
    if not weak:
        return chosen
    shown: set[str] = set()
    for cand in chosen:
        if cand.kind == "person" and (cand.cert != "low" or not guessed(cand)
                                      or " " in text[cand.start:cand.end]):
            for word in text[cand.start:cand.end].split():
                shown.add(form_of(word))
                particle, hyphen, rest = word.partition("-")  # "al-Shalhi": "Shalhi" is shown too
                if hyphen and particle.islower() and len(particle) <= 3 and rest[:1].isupper():
                    shown.add(form_of(rest))
    forms = {n: form_of(text[chosen[n].start:chosen[n].end]) for n in weak}
    at: dict[str, list[int]] = defaultdict(list)
    for n in weak:
        at[forms[n]].append(n)
    for n in weak:
        if forms[n] not in shown and _supported_alone(text, chosen, n, is_org_body):
            shown.add(forms[n])
    # lists: "Longo and X", "Ulbricht, X, Zhivkov"; a telegram's "X to Filippov". A worklist: a name
    # newly shown makes only the names next to its mentions worth looking at again.
    work = list(weak)
    while work:
        n = work.pop()
        if forms[n] in shown:
            continue
        cand = chosen[n]
        for k in (n - 1, n + 1):
            if not 0 <= k < len(chosen) or chosen[k].kind != "person":
                continue
            start, end = min(cand.end, chosen[k].end), max(cand.start, chosen[k].start)
            if (k not in forms or forms[k] in shown) and _joined(text, start, end) \
                    or k not in forms and _TO_PERSON.fullmatch(text, start, end) is not None:
                shown.add(forms[n])
                work += [m for i in at[forms[n]] for m in (i - 1, i + 1) if m in forms and forms[m] not in shown]
                break
    gone = {n for n in weak if forms[n] not in shown}
    if not gone:
        return chosen
    placed = _towns_placed(text, chosen, gone, forms)
    return [c._replace(kind="place", cert="low") if n in gone else c
            for n, c in enumerate(chosen) if n not in gone or forms[n] in placed]


#: A word in lower case just before a name (not after a point or a hyphen: "Huta im. Lenina",
#: "ex-president X"), and the word before that.
_WORD_BEFORE = re.compile(r"(?<![\w.\-])(?:([a-z]+)[ \t]+)?(?<![\w.\-])([a-z]+)[ \t]+$")
#: The words before a name that put it where a place stands: the prepositions of a place ("escaped
#: to X", "fighting near X") and the verbs of taking, holding, leaving or reaching a place ("the
#: rebels hold X", "the garrison abandoned X"). A list of the words allowed, not of the words
#: refused: a verb that takes a person ("arrested X", "supported X", "phoned X") or a preposition
#: that takes one as often ("under X", "against X", "between X", "for X") leaves the name out.
#: "attacked" and "visited" take a person as often as a town ("the press attacked X") and are no
#: such verbs.
_PLACE_PREPOSITIONS = frozenset({"to", "in", "at", "from", "into", "near", "towards", "toward", "through",
                                 "via", "outside", "around", "across", "inside", "onto"})
_PLACE_VERBS = frozenset({"hold", "holds", "held", "holding", "seize", "seized", "seizes", "capture", "captured",
                          "captures", "take", "takes", "took", "taken", "abandon", "abandoned", "abandons",
                          "occupy", "occupies", "occupied", "enter", "enters", "entered", "leave", "leaves", "left",
                          "evacuate", "evacuated", "evacuates", "shell", "shelled", "shelling", "bomb", "bombed",
                          "bombing", "surround", "surrounded", "besiege", "besieged", "reach", "reaches",
                          "reached", "liberate", "liberated", "recapture", "recaptured", "retook", "retake",
                          "overran", "overrun", "encircled", "stormed", "fell"})
_PLACE_WORDS = _PLACE_PREPOSITIONS | _PLACE_VERBS
#: The words before "in" that make it a paper's, not a place's ("published in X", "an article in X").
_PAPER_IN = frozenset({"published", "printed", "appeared", "appears", "article", "articles", "editorial",
                       "wrote", "writes", "written", "quoted", "cited", "reported", "commentary", "report"})
#: The words before "to" that make it a person's ("loyal to X", "wrote to X", "a letter to X").
_PERSON_TO = frozenset({"loyal", "faithful", "devoted", "close", "closer", "opposed", "hostile", "friendly",
                        "grateful", "married", "related", "sympathetic", "wrote", "written", "writes", "spoke",
                        "speaks", "talked", "talks", "said", "says", "replied", "reported", "letter", "message",
                        "cable", "telegram", "note", "appeal", "appealed", "answer", "answered", "successor",
                        "heir", "adviser", "advisor", "aide", "deputy", "secretary", "assistant", "lost"})
#: A name's possessive ("to X's rescue"): a person's or a body's as often as a town's.
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
#: The words in lower case after the second name of a pair that leave its clause open ("seized X and Y
#: on Tuesday"); any other ("seized X and Y fled") is a verb whose subject the second name is.
_AFTER_PAIR = frozenset({"on", "in", "at", "by", "to", "from", "near", "with", "without", "for", "after", "before",
                         "during", "and", "or", "but", "as", "while", "when", "which", "where", "since", "until",
                         "yesterday", "today", "again", "too", "also", "early", "late", "last", "this", "that",
                         "the", "a", "an", "within", "into", "towards", "toward", "through", "under", "over"})
_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)\b")


def _in_place_position(text: str, cand: Candidate) -> bool:
    """Does a word of :data:`_PLACE_WORDS` stand just before ``cand`` ("hold X", "escaped to X"), not
    "in" after a word of papers ("published in X") nor "to" after a word that takes a person ("loyal
    to X"), and no possessive after it ("to X's")?"""
    match = _WORD_BEFORE.search(text, max(0, cand.start - 40), cand.start)
    if match is None or match.group(2) not in _PLACE_WORDS:
        return False
    if match.group(2) == "in" and match.group(1) in _PAPER_IN \
            or match.group(2) == "to" and match.group(1) in _PERSON_TO:
        return False
    return _POSSESSIVE_AFTER.match(text, cand.end) is None


def _towns_placed(text: str, chosen: list[Candidate], gone: set[int], forms: dict[int, str]) -> set[str]:
    """The forms of the unsupported names ``gone`` (indices of ``chosen``) that are places, with
    low certainty: a town of the table (:mod:`.towns`) that a mention puts after a preposition of
    a place or a verb of taking or reaching one (:func:`_in_place_position`: "the rebels hold X",
    "escaped to X", "open to X"), or after a place so put and "and" or "or" ("holds
    Elisabethville and X"), unless a verb follows ("seized X and Y fled": a new clause). Not a
    town after any other word ("arrested X", "the campaign against X", "the students of X"), nor
    one that opens a sentence or a clause, a body or a paper as often ("X has gone underground")."""
    towns = [n for n in sorted(gone) if is_town(text[chosen[n].start:chosen[n].end])]
    placed: set[str] = set()
    by_position: set[int] = set()
    for n in towns:
        if _in_place_position(text, chosen[n]):
            placed.add(forms[n])
            by_position.add(n)
    for n in towns:  # in order: a pair's first is settled before its second
        if not n or forms[n] in placed or not _PAIR_GAP.fullmatch(text, chosen[n - 1].end, chosen[n].start):
            continue
        first = chosen[n - 1]
        if not (n - 1 in by_position or first.kind == "place" and n - 1 not in gone
                and _in_place_position(text, first)):
            continue
        after = _WORD_AFTER.match(text, chosen[n].end)
        if after is not None and after.group(1) not in _AFTER_PAIR:
            continue
        placed.add(forms[n])
        by_position.add(n)
    return placed


#: A town this large is named for its government or its people as often as a person is ("Kishi
#: and Paris agreed"): only smaller ones are read as a surname in a list of persons.
_LISTED_TOWN_LIMIT = 500_000


def listed_persons(text: str, chosen: list[Candidate], form_of: Callable[[str], str]) -> list[Candidate]:
    """``chosen`` (mentions in order) with the places of one word that are a surname or first
    name of the names data (:func:`.personnames.is_name`, its entries only: a surname's ending,
    as in "Geneva" or "Kiev", does not make a town a person) and stand in a list with two
    persons at least ("Pinochet, Merino, Leigh and Mendoza form the junta"), made persons, every
    mention of the name, with low certainty: a town (not a capital, a country, a region or a
    town of half a million people or more) or a place guessed from its neighbours, which no
    mention on the page puts where a place stands ("in Mendoza"). One person is not enough
    ("met Mr. Ikeda and Nancy": a visitor and the town he came from), nor a town after a
    person with a title and a comma, a post or a dateline ("Ambassador Ivanov, Bonn"), nor a
    town after a body and "of" ("the PCI of Florence", its branch there)."""
    table = places()
    maybe: dict[str, list[int]] = {}
    for n, cand in enumerate(chosen):
        word = text[cand.start:cand.end]
        if cand.kind != "place" or not word.isalpha() or not word[:1].isupper() or word.isupper():
            continue
        place = table.get(word)
        if not guessed(cand) and (place is None or place.feature != "city"
                                  or place.population >= _LISTED_TOWN_LIMIT):
            continue
        if place is not None and place.feature == "capital":
            continue
        if is_name(word, endings=False):
            maybe.setdefault(form_of(word), []).append(n)
    if not maybe:
        return chosen
    for form in [f for f, indices in maybe.items()
                 if any(context_weight(text, chosen[n].start, chosen[n].end) > 0 for n in indices)]:
        del maybe[form]
    at = {n: form for form, indices in maybe.items() for n in indices if not _posted(text, chosen, n)}
    if not at:
        return chosen
    # the lists: runs of mentions joined by commas, "and" or "or", each with its towns
    runs: list[list[int]] = []
    for n in range(len(chosen)):
        if n and runs and runs[-1][-1] == n - 1 and _joined(text, chosen[n - 1].end, chosen[n].start):
            runs[-1].append(n)
        else:
            runs.append([n])
    runs = [run for run in runs if len(run) > 2 and any(n in at for n in run)]
    runs_of: dict[str, list[int]] = defaultdict(list)
    for r, run in enumerate(runs):
        for n in run:
            if n in at:
                runs_of[at[n]].append(r)
    persons: set[str] = set()
    # a worklist: a name made a person makes its other lists (only) worth a new look
    work = list(range(len(runs)))
    queued = set(work)
    while work:
        r = work.pop()
        queued.discard(r)
        run = runs[r]
        members = sum(1 for n in run if chosen[n].kind == "person" or at.get(n) in persons)
        for n in run if members >= 2 else ():
            form = at.get(n)
            if form is not None and form not in persons:
                persons.add(form)
                fresh = [other for other in runs_of[form] if other != r and other not in queued]
                work += fresh
                queued.update(fresh)
    if not persons:
        return chosen
    return [c._replace(kind="person", cert="low", canonical=None, geonames=None) if at.get(n) in persons else c
            for n, c in enumerate(chosen)]


def _posted(text: str, chosen: list[Candidate], n: int) -> bool:
    """Is ``chosen[n]`` after a person with a title and a comma ("Ambassador Ivanov, Bonn",
    "Comrade Zorin, Geneva"): his post or a dateline, a place?"""
    if n == 0 or chosen[n - 1].kind != "person" or not _LIST_GAP.fullmatch(text, chosen[n - 1].end, chosen[n].start):
        return False
    words = text[max(0, chosen[n - 1].start - 30):chosen[n - 1].start].split()
    return words[-1:] != [] and (words[-1] in TITLES or words[-1].rstrip(".").lower() in _TITLE_WORDS)
