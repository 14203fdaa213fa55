"""Organisation or person? The words around a guessed name that make it an
organisation, weighed over the whole document.

A name the recogniser guessed from its capitals alone ("Velmora", "Ostrand
Petrol") is taken for a person; a reader sees an organisation by the nouns
next to it: a noun of an organisation's members, offices, works or means
after it ("Velmora flights", "Ostrand Petrol depots"; "Velmora was founded") or before it and "of"
("the workers of Karvesta", "the members of Tarmo Vesk"). People are named
so too ("the Oskar Velde clique", "the group of Amadou Terkel", "the
followers of Okello"), so armed men's nouns are left out, a name that
qualifies a noun after it is not made an organisation by the noun before
it, and a name is made one only where none of its mentions is a person's
by a verb of speech, by a sure mention, or by the nouns of
:data:`.evidence._PERSON_BEFORE`; every mention of it is then an
organisation, with low certainty.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import gazetteer
from .evidence import ENDS_PHRASE, WINDOW, context_weight, guessed, guessed_person, person_context
from .guesses import IRREGULAR_PASTS, singular_verb_after
from .leaders import STATESMEN
from .names import fold, key as _key
from .patterns import LED_HEADS, Candidate, Taken
from ..english import is_english

#: Nouns of an organisation's members, parts, offices, means and meetings (not
#: of armed men, which a leader's name qualifies too: "Savimbi troops", "the X group").
_ORG_NOUNS = (r"members?|cadres?|activists?|militants?|branch(?:es)?"
              r"|offices?|headquarters|depots?|plants?|mines?|refinery|refineries|installations?|concessions?"
              r"|flights?|airliners?|tankers?|employees?|workers?|staff|management|shareholders?|shares"
              r"|meetings?|congress|plenum|leadership|officials?|representatives?|spokesman|statutes")
#: Verbs of trade, production and payment, whose subject is a firm ("X exports", "X pays both sides").
_TRADE_VERBS = (r"buys?|bought|sells?|sold|ships?|shipped|exports?|exported|imports?|imported|supplies|supplied"
                r"|deliver(?:s|ed)?|produces?|produced|manufactures?|manufactured|mines|invests?|invested"
                r"|finances|financed|carr(?:y|ies|ied)[ \t]+(?:fuel|oil|goods|cargo|freight|passengers)"
                # what a paper or a broadcaster does ("X printed the photographs", "X broadcasts marches")
                r"|prints|printed|reprinted|broadcasts")
_ORG_NOUN_AFTER = re.compile(rf"[ \t]+(?:{_ORG_NOUNS})\b"
                             # what is done to a body, not to a person: "X was founded"
                             r"|[ \t]+(?:was|were|has[ \t]+been|had[ \t]+been)[ \t]+(?:founded|established|set[ \t]+up"
                             r"|nationali[sz]ed|dissolved|outlawed|legali[sz]ed|registered)\b"
                             # a paper, a party or a firm shut ("X was closed", "X and Y were banned")
                             r"|[ \t]+(?:was|were|is|are|has[ \t]+been|have[ \t]+been)[ \t]+(?:closed|banned"
                             r"|shut[ \t]+down)\b"
                             r"|[ \t]+(?:and|or)[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w’'-]*){0,3}"
                             r"[ \t]+(?:were|are|have[ \t]+been)"
                             r"[ \t]+(?:closed|banned|shut[ \t]+down|dissolved|outlawed|nationali[sz]ed)\b"
                             # what a firm does: trade, make, ship and pay ("X ships copper", "X will deliver
                             # the radar", "X buys your oil"; not "delivered a speech")
                             rf"|[ \t]+(?:(?:will|would|can|could|must|still|also|now)[ \t]+)?(?:{_TRADE_VERBS})\b"
                             r"(?![ \t]+(?:a|an|the|his|her|their)[ \t]+(?:speech|lecture|report|message|letter|address)\b)"
                             # a paper's or an agency's people and pages ("X's correspondent", "X's front page")
                             r"|(?:’s|'s)[ \t]+(?:correspondents?|reporters?|editors?|editorials?|commentators?"
                             r"|front[ \t]+pages?|columns)\b"
                             # one of a kind of bodies named after it ("X and the other papers of the party")
                             r"|,?[ \t]+(?:and|or)[ \t]+(?:the[ \t]+)?other[ \t]+(?:papers|newspapers|parties|firms"
                             r"|companies|agencies|unions|organi[sz]ations|movements|services|banks|broadcasters)\b")
#: A clause whose subject "its" takes up: a body, not a person ("X has withdrawn its people", "X
#: stopped its flights"; the name its subject, not after "of": "the Hezb of X has its offices").
_ITS_AFTER = re.compile(r"(?:[ \t]+(?:has|had|have|will|would|did|does|also|now|not|then|already|again))*"
                        r"[ \t]+(?P<verb>[a-z]+)[ \t]+its\b")
#: The verbs before "its" (besides those in "-ed", "-s", "-n"): the irregular pasts and a few
#: more that bodies lose, hold, set, shut, put and cut ("X has lost its ministers").
_ITS_PASTS = IRREGULAR_PASTS | {"lost", "held", "set", "shut", "put", "cut"}
#: Linking verbs: "X was its chairman", "X has been its leader", "X became its president" make X
#: the body's member, a person, not the body.
_LINKING_VERBS = frozenset({"is", "was", "been", "becomes", "became", "remains", "remained", "seems",
                            "seemed", "has", "does"})


def _its_after(text: str, end: int) -> bool:
    """Does a verb and "its" follow ``text[:end]`` (see :data:`_ITS_AFTER`)?"""
    match = _ITS_AFTER.match(text, end, end + WINDOW)
    return match is not None and match["verb"] not in _LINKING_VERBS \
        and (match["verb"].endswith(("ed", "s", "n")) or match["verb"] in _ITS_PASTS)
#: Nouns before "of" and a name that make it an organisation's ("the workers of X"; not "the
#: group of X", "the units of X": a leader's, often).
_ORG_NOUN_OF_BEFORE = re.compile(
    r"\b(?:members?|cadres|activists|militants|youth|branch(?:es)?|offices|headquarters|employees|workers|staff"
    r"|management|shareholders|shares|leadership|leaders|director|directors|chairman|commander|commanders"
    r"|statutes|congress|plenum|owners?|publishers?"
    # a firm's trades, ships and works ("the railwaymen of X", "the engineers of X", "the ships of X")
    r"|railwaymen|dockers|miners|engineers|technicians|ships|tankers|aircraft|plants|refineries|depots"
    r"|subsidiaries|installations"
    # a paper's or an agency's people and pages ("the correspondent of X", "the columns of X")
    r"|correspondents?|reporters|editors|editorials?|columns|front[ \t]+page)"
    r"[ \t]+of[ \t]+(?:the[ \t]+)?$")


#: Nouns of a paper, an agency or a firm just before a name, in apposition ("its paper X", "the
#: press agency X", "the firm X").
_BODY_NOUNS = frozenset({"paper", "Paper", "newspaper", "Newspaper", "daily", "weekly", "organ", "agency", "Agency",
                         "broadcaster", "station", "firm", "company", "concern", "bank"})


_LONGEST_BODY_NOUN = max(map(len, _BODY_NOUNS))


def named_body(text: str, start: int) -> bool:
    """Is the word before ``text[start:]``, after one space, a noun of :data:`_BODY_NOUNS`?"""
    if start < 2 or text[start - 1] != " ":
        return False
    begin = start - 1
    while begin > 0 and text[begin - 1].isalpha() and start - 1 - begin < _LONGEST_BODY_NOUN:
        begin -= 1
    return (begin == 0 or not text[begin - 1].isalpha()) and text[begin:start - 1] in _BODY_NOUNS


def org_context(text: str, start: int, end: int) -> bool:
    """Do the nouns next to ``text[start:end]`` make it an organisation's name?"""
    return _ORG_NOUN_AFTER.match(text, end, end + WINDOW) is not None or named_body(text, start) \
        or _its_after(text, end) and not text.endswith(("of ", "of the "), 0, start) \
        or text.endswith(("of ", "of the "), 0, start) \
        and _ORG_NOUN_OF_BEFORE.search(text, max(0, start - WINDOW), start) is not None \
        and ENDS_PHRASE.match(text, end) is not None


#: A capitalised word, not a chosen mention, before "of" and a name ("Lonrho of Rowland": the
#: body's name, which the recogniser did not take, and its head's).
_NAME_OF = re.compile(r"(?:^|[.;:]\s+|\n)[A-Z][\w’'-]+[ \t]+of[ \t]+$")


def settle_orgs(text: str, chosen: list[Candidate], form_of: Callable[[str], str]) -> list[Candidate]:
    """``chosen`` (mentions in order) with the guessed persons whose context
    makes them organisations (see the module's docstring) made organisations;
    so are those that name an organisation of the page without its head noun
    ("Tarvo" where "the Tarvo Front" is named), whatever verb follows them."""
    guessed_at = [n for n, c in enumerate(chosen) if guessed_person(c)]
    if not guessed_at:
        return chosen
    persons = [chosen[n] for n in guessed_at]
    # the words after "the TUC of Tettegah" are the body's, not its leader's
    led = {n for n in guessed_at if text.endswith(" of ", 0, chosen[n].start)
           and (n and chosen[n - 1].kind == "org" and chosen[n - 1].end == chosen[n].start - 4
                or _NAME_OF.search(text, max(0, chosen[n].start - 40), chosen[n].start) is not None
                and not (n and chosen[n - 1].end == chosen[n].start - 4))}
    orgish = set()
    for n in guessed_at:
        if n not in led and org_context(text, chosen[n].start, chosen[n].end):
            if n and guessed_person(chosen[n - 1]) and text[chosen[n - 1].end:chosen[n].start] == " of " \
                    and not named_body(text, chosen[n].start):
                # "Lonrho of Rowland finances …": the verb is the body's, the name after "of" its head's
                orgish.add(form_of(text[chosen[n - 1].start:chosen[n - 1].end]))
            else:
                orgish.add(form_of(text[chosen[n].start:chosen[n].end]))
    seeds = {n for n in guessed_at if form_of(text[chosen[n].start:chosen[n].end]) in orgish}
    orgish |= {form_of(text[c.start:c.end]) for c in _coordinated(text, chosen, guessed_at, seeds)}
    short = _short_forms(text, chosen) & {text[c.start:c.end] for c in persons}
    if not orgish and not short:
        return chosen
    personal: set[str] = set()
    for cand in chosen:
        if cand.kind == "person" and (form := form_of(text[cand.start:cand.end])) in orgish \
                and (not guessed(cand) or person_context(text, cand.start, cand.end)):
            personal.add(form)
    # a body's noun before the name outweighs a verb of speech after it ("its paper X wrote")
    orgish -= personal - {form_of(text[c.start:c.end]) for c in persons if named_body(text, c.start)}
    orgish |= {form_of(f) for f in short} - {form_of(text[c.start:c.end]) for c in chosen
                                            if c.kind == "person" and c.cert is None}
    return [c._replace(kind="org", cert="low") if guessed_person(c) and form_of(text[c.start:c.end]) in orgish
            and text[c.start:c.end] not in STATESMEN else c for c in chosen]


#: The words that join the names of one list: a comma, "and", "or" (no article: "X and the Y"
#: joins a person to a body as often as not: "Altamirano and the MIR are against it").
_AND = re.compile(r"[ \t]*(?:,|,?[ \t]+(?:and|or|&))[ \t]+")
_COMMA = re.compile(r"[ \t]*,[ \t]+")


def _coordinated(text: str, chosen: list[Candidate], guessed_at: list[int],
                 seeds: set[int]) -> list[Candidate]:
    """The guessed persons of ``chosen`` (at ``guessed_at``) listed with a sure
    organisation ("Hestor, Valdane Steel and the Orvik Company" → "Hestor",
    "Valdane Steel"): "and" or "or" between them, or a comma and the list going
    on with another organisation or guessed name (not "Thuyen, DRV ambassador,
    and Quang, PRG ambassador"), no article between; a list is followed through
    the guessed names it makes organisations ("X, Y and Z", Z sure).
    ``seeds``: indices of guessed names already known to be organisations (their
    context shows a body: "Ostrakon printed the first announcements"), which
    start a list as a sure organisation does ("Velmarco and Ostrakon printed …")."""
    # the sure organisations next to a guessed name, and the names made organisations
    size = len(chosen)
    sure = {k for n in guessed_at for k in (n - 1, n + 1) if 0 <= k < size and (
        chosen[k].kind == "org" and not guessed(chosen[k]) or k in seeds)}
    if not sure:
        return []
    guessed_names = set(guessed_at)
    made: set[int] = set()
    changed = True
    while changed:
        changed = False
        for n in guessed_at:
            if n in made or n - 1 not in sure and n + 1 not in sure:
                continue  # most guessed names have no organisation next to them
            cand = chosen[n]
            joined = {k: _AND.fullmatch(text, min(cand.end, chosen[k].end), max(cand.start, chosen[k].start))
                      for k in (n - 1, n + 1) if 0 <= k < size and chosen[k].kind != "date"}
            by_sure = [m for k, m in joined.items() if m is not None and k in sure]
            if not by_sure or n - 1 in sure and joined.get(n + 1) is None and _opens_clause(text, cand.end):
                continue  # "… the StB, and Kriegel speaks like …": a clause of its own, no list
            listed = [k for k, m in joined.items() if m is not None and (k in guessed_names or k in sure)]
            if any(_COMMA.fullmatch(m.group()) is None for m in by_sure) or len(listed) == 2:
                made.add(n)
                sure.add(n)
                changed = True
    return [chosen[n] for n in sorted(made)]


#: Words after a name that make it a clause's subject or leave out its verb ("and X speaks …",
#: "and X the social democrats"), not the last of a list.
_CLAUSE_AFTER = re.compile(r"[ \t]+(?:the|a|an|his|her|their|its|will|would|must|can|could|should|may|might)\b")


def _opens_clause(text: str, end: int) -> bool:
    """Does a verb or an object follow the name ending at ``end`` (see :data:`_CLAUSE_AFTER`)?"""
    match = _VERB_AFTER.match(text, end)
    return _CLAUSE_AFTER.match(text, end) is not None or match is not None and (
        singular_verb_after(text, end) or is_english(match["verb"]))


_VERB_AFTER = re.compile(r"[ \t]+(?P<verb>[a-z]+s)\b")


#: A sentence's, a clause's or a line's first word and "and" before a mention ("Granma and Prensa
#: Latina should not …", "…; Belga and AFP spread …"); not a possessive ("X’s and AFP’s reports").
_OPENING_PAIR = re.compile(r"(?:^|(?<=[.!?;:])[ \t]+|\n[ \t]*)"
                           r"(?P<name>[^\W\d_][\w-]*(?:[’'](?![sS]\b)[^\W\d_]+)*)[ \t]+and[ \t]+$")


def paired_openers(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` (mentions in order, disjoint) with the first word of a sentence or a clause
    that "and" joins to an organisation ("Granma and Prensa Latina should not name our units",
    "Belga and AFP spread reports"), an organisation too, with low certainty: a capitalised word
    no mention takes, that is no English word and no place of the gazetteer. (A sentence's
    first word is no guess of the recogniser's: its capital says nothing.) Not after "the"
    ("X and the Y" joins a person to a body as often as not)."""
    found = []
    for n, cand in enumerate(chosen):
        if cand.kind != "org" or cand.start < 5:
            continue
        match = _OPENING_PAIR.search(text, max(0, cand.start - 60), cand.start)
        if match is None or n and chosen[n - 1].end > match.start("name"):
            continue
        word = match["name"]
        if word[0].isupper() and len(word) > 2 and not is_english(word) and gazetteer.lookup(word) is None:
            found.append(Candidate(match.start("name"), match.end("name"), "org", 0, -1, "low", source="lone"))
    return sorted(chosen + found, key=lambda c: c.start) if found else chosen


#: The heads of the organisations that a short form names alone, the name before them being
#: their own ("Tarvo Front" → "Tarvo"; not "Kestel Group", "Kestel Pact", named after a place).
_MOVEMENT_HEADS = frozenset({"front", "party", "movement", "league", "union", "alliance", "organisation",
                             "organization", "army", "company", "corporation", "airways", "airlines"})


def _short_forms(text: str, chosen: list[Candidate]) -> set[str]:
    """The organisations' names of ``chosen`` without their head noun of
    :data:`_MOVEMENT_HEADS`, last after the name ("Tarvo" of "Tarvo Front",
    "Okoro Workers" of "Okoro Workers Union")."""
    out = set()
    for cand in chosen:
        if cand.kind == "org":
            name, _, head = text[cand.start:cand.end].rpartition(" ")
            if name and fold(head) in _MOVEMENT_HEADS and name[:1].isupper():
                out.add(name)
    return out


#: The definite articles of Spanish, Italian and French that open the title of a paper,
#: a firm or a place ("El Siglo", "La Prensa", "Il Giorno", "Los Andes", "Les Échos"), never a
#: person's name ("Le" is left out: a Vietnamese surname, "Le Duan").
_ROMANCE_ARTICLES = ("El ", "La ", "Los ", "Las ", "Il ", "Les ")
#: The elided article of French and Italian before a vowel ("L'Humanité", "L'Unità", "L'Orient").
_ELIDED_ARTICLES = ("L'", "L’")


def settle_articled(text: str, chosen: list[Candidate], form_of: Callable[[str], str]) -> list[Candidate]:
    """The guessed persons of ``chosen`` whose name opens with a Romance article and a
    capitalised word ("El Siglo", "La Libre Belgique", "L'Orient"): a place where the words around its
    mentions, added up over the document, say so ("in La Legua"), else an organisation (the
    title of a paper, a firm or a party), with low certainty."""
    articled = [n for n, c in enumerate(chosen) if guessed_person(c) and (
                text.startswith(_ROMANCE_ARTICLES, c.start) and text[c.start:c.end].count(" ")
                and text[c.start + text[c.start:c.end].index(" ") + 1:c.end][:1].isupper()
                or text.startswith(_ELIDED_ARTICLES, c.start) and text[c.start + 2:c.start + 3].isupper())]
    if not articled:
        return chosen
    weights: dict[str, int] = {}
    for n in articled:
        form = form_of(text[chosen[n].start:chosen[n].end])
        weights[form] = weights.get(form, 0) + context_weight(text, chosen[n].start, chosen[n].end)
    out = list(chosen)
    for n in articled:
        cand = chosen[n]
        kind = "place" if weights[form_of(text[cand.start:cand.end])] > 0 else "org"
        out[n] = cand._replace(kind=kind, cert="low")
    return out


#: Heads of bodies that a page names alone after "the", capitalised: the body it has named in
#: full before ("the Patriotic Front … the Front", "the Awami League … The League", "the National
#: Security Council … The Council"), or, none named, a body of their own ("the Party has …").
ANAPHORIC_HEADS = frozenset({"front", "league", "junta", "council", "movement", "alliance", "party", "union"})
#: A head that makes a body alone only after its name: "the Union" is the Soviet Union as often.
_NAMED_FIRST = frozenset({"Union"})
#: Where "the Front" with no front named is a war's ("fought at the Front", "From the Front came …").
_AT_THE_FRONT = re.compile(r"\b(?:at|to|from|near|on)[ \t]+the[ \t]+$", re.IGNORECASE)
#: After a head alone with no body named, a noun it qualifies ("the Party line", "the Party
#: leadership", "the Junta members"): no body of its own.
_QUALIFIED = re.compile(r"[ \t]+(?:lines?|leadership|leaders?|members?|membership|organi[sz]ations?|committees?"
                        r"|cells?|cards?|apparatus|schools?|press|programmes?|programs?|polic(?:y|ies)|officials"
                        r"|activists"
                        r"|cadres|congress|conference|meetings?|unity|discipline|secretar(?:y|ies)|chairman"
                        r"|headquarters|newspapers?|organs?|offices?|branch(?:es)?|structures?|history|statutes)\b")
#: A word after the head that makes it part of another name ("the Front Line States", "the
#: Council of Ministers", "the Party Congress", "the Union's").
_HEAD_GOES_ON = re.compile(r"(?:[ \t]+(?:of|for|on)\b|[ \t]*[-’']|[ \t]+[A-Z])")
#: A ministry named by its subject alone ("Foreign Affairs called in our chargé"; not "Minister of
#: Foreign Affairs", "Ministry for …", "Trade and Foreign Affairs", "the Foreign Affairs Committee",
#: an archive's "…, External Affairs, 4/59", a stamp's "Foreign Affairs 5th Department").
_MINISTRY_SUBJECT = re.compile(r"\b(?:Foreign|External|Internal|Home)[ \t]+Affairs\b(?![ \t]+[A-Z\d]|-)")
_NOT_BEFORE_MINISTRY = (", ", "of ", "Of ", "for ", "For ", "and ", "And ", "on ", "On ", "to ", "To ")
#: The heads of :data:`ANAPHORIC_HEADS` as a page writes them ("Front").
_CAPITALISED_HEADS = frozenset(head.capitalize() for head in ANAPHORIC_HEADS)


def settle_heads(text: str, chosen: list[Candidate], title_words: frozenset[str]) -> list[Candidate]:
    """``chosen`` (mentions in order, disjoint) with the bodies named again by their head alone
    (:data:`ANAPHORIC_HEADS`, after "the", capitalised) as mentions of the last body named
    before with that word in its name, or, none named, of a body of their own ("the Party has
    no arms": in the archive's papers, the writer's or the host's party; not "the Union"), and
    the ministries named by their subject alone
    (:data:`_MINISTRY_SUBJECT`), both with low certainty; first :func:`_split_leaders`.
    ``title_words``: the words the page writes capitalised (not in capitals), where the heads
    and "Affairs" are looked for first."""
    chosen = _split_leaders(text, chosen)
    heads = _CAPITALISED_HEADS & title_words
    ministries = "Affairs" in title_words
    if not heads and not ministries:
        return chosen
    bodies: list[tuple[int, str, Candidate]] = []  # where named, its head, the mention
    if heads:
        for cand in chosen:
            if cand.kind == "org" and " " in (name := text[cand.start:cand.end]):
                # its head anywhere: "the Patriotic Front", "Front for …", "Communist Party of Greece"
                bodies += [(cand.end, word, cand) for word in dict.fromkeys(name.split()) if word in heads]
    taken = Taken(chosen)
    added: list[Candidate] = []
    named_heads = {word for _, word, _ in bodies}
    for head in heads:
        for article in ("the ", "The "):
            at = text.find(article + head)
            while at >= 0:
                start, end = at + 4, at + 4 + len(head)
                named = [c for where, word, c in bodies if word == head and where <= start]
                if (named or head not in _NAMED_FIRST and head not in named_heads
                        and _QUALIFIED.match(text, end) is None
                        and not (head == "Front" and _AT_THE_FRONT.search(text, max(0, start - 10), start))) \
                        and (at == 0 or not text[at - 1].isalnum()) \
                        and (end == len(text) or not text[end].isalnum()) \
                        and _HEAD_GOES_ON.match(text, end) is None and not taken(start, end):
                    canonical = (named[-1].canonical or _key(text[named[-1].start:named[-1].end])) if named else None
                    added.append(Candidate(start, end, "org", 1, 0, "low", canonical, source="context"))
                at = text.find(article + head, end)
    if ministries:
        for m in _MINISTRY_SUBJECT.finditer(text):
            if not text.endswith(_NOT_BEFORE_MINISTRY, 0, m.start()) and not taken(m.start(), m.end()):
                added.append(Candidate(m.start(), m.end(), "org", 1, 0, "low", source="context"))
    if not added:
        return chosen
    return sorted(chosen + added, key=lambda c: c.start)


def _split_leaders(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A body's name built on a head of :data:`.patterns.LED_HEADS` and ending in "of" and one
    word the page names elsewhere as a person ("the Patriotic Front of Nkomo", where "Joshua
    Nkomo" or "Nkomo said" is named) is the body's name and its leader's."""
    persons = None
    out = chosen
    for n, cand in enumerate(chosen):
        if cand.source != "org-head":
            continue
        body, of, name = text[cand.start:cand.end].rpartition(" of ")
        if not of or " " in name or not name[:1].isupper() or fold(body.rpartition(" ")[2]) not in LED_HEADS:
            continue
        if persons is None:
            persons = {w for c in chosen if c.kind == "person" for w in text[c.start:c.end].split()}
        if name in persons:
            if out is chosen:
                out = list(chosen)
            out[n] = cand._replace(end=cand.start + len(body))
            out.append(Candidate(cand.end - len(name), cand.end, "person", 0, 1, "low", source="lexicon"))
    return out if out is chosen else sorted(out, key=lambda c: c.start)


#: What a paper, an agency or a broadcaster does with what it prints (:data:`_BODY_PREDICATES`):
#: the verb and its object ("printed the first announcements", "print his portraits daily",
#: "broadcast the text in full", "published a joint editorial"; a leader publishes decrees, texts,
#: lists and communiqués too, so after "publish" only a paper's own: editorials, photographs,
#: testimony); or, after the subject's verb, a paper's own pages ("report the case on their front
#: pages") or readers, a firm's investments and concessions ("remind their readers", "fear for
#: their concessions", "are worried about their investments"; not "assured the Belgians that
#: their investments …", "warned the settlers about their investments": the settlers').
_OBJECT = r"[ \t]+(?:(?:a|an|the|its|their|his|her)[ \t]+)?(?:(?:joint|first|full|whole|same|official)[ \t]+)?"
_PAPERS_OWN = r"editorials?|photographs?|pictures?|portraits?|testimon(?:y|ies)|headlines?"
_PRINTED = rf"{_OBJECT}(?:{_PAPERS_OWN}|communiqués?|communiques?|texts?|lists?|announcements?|attacks?|decrees?)\b"
_PUBLISHED = rf"{_OBJECT}(?:{_PAPERS_OWN})\b"
_OWN_PAGES = r"[ \t]+(?:front[ \t]+pages?|editorials?|columns|headlines?)\b"
_OWN = r"[ \t]+(?:readers|subscribers|investments|concessions|shareholders)\b"
#: Between the subjects' verb's first letter and "its"/"their" before a paper's pages: the verb's
#: other letters, perhaps its object, and "on" or "in" ("report the case on their front pages").
_VERB_TO_PAGES = re.compile(r"[a-z]*(?:[ \t]+(?:the|a|an)[ \t]+[a-z]+)?[ \t]+(?:on|in)[ \t]+")
#: … before the other nouns of :data:`_OWN`: the verb's other letters, perhaps a participle or
#: "afraid", and a preposition ("fear for their …", "are worried about their …", "remind their …").
_VERB_TO_OWN = re.compile(r"[a-z]*(?:[ \t]+(?:[a-z]+ed|afraid))?(?:[ \t]+(?:for|on|in|to|of|with|about))?[ \t]+")
#: Each predicate and what stands between its subjects' verb's first letter and it: None for a
#: verb that is the predicate's own first word. (One expression for each first word, each
#: opening with its letters, the word's start looked at apart: the regex engine finds a literal
#: prefix at once, where an alternation of words, or a "\b" before them, is tried at every
#: character.)
_BODY_PREDICATES: tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...] = (
    (re.compile(rf"publish(?:ed|es)?{_PUBLISHED}"), None), (re.compile(rf"print(?:ed|s)?{_PRINTED}"), None),
    (re.compile(rf"reprint(?:ed|s)?{_PRINTED}"), None), (re.compile(rf"broadcasts?{_PRINTED}"), None),
    (re.compile(rf"its{_OWN_PAGES}"), _VERB_TO_PAGES), (re.compile(rf"their{_OWN_PAGES}"), _VERB_TO_PAGES),
    (re.compile(rf"its{_OWN}"), _VERB_TO_OWN), (re.compile(rf"their{_OWN}"), _VERB_TO_OWN))
#: Adverbs and determiners around a clause's subjects, in lower case: before its verb ("X and Y
#: both printed", "X then printed") or, capitalised, before its first subject ("Both X and Y", "Then X").
_CLAUSE_ADVERBS = ("both", "all", "then", "now", "later", "today", "yesterday", "meanwhile", "however", "also",
                   "only", "even", "still", "yet", "thus")
#: One name of a list of a clause's subjects: capitalised words, a number ("Cambio 16") or an
#: Arabic article's word ("Tariq al-Shaab") after the first, an exclamation ("Siempre!").
_SUBJECT_NAME = re.compile(
    r"[A-Z][\w’'-]*!?(?:[ \t]+(?:[A-Z][\w’'-]*!?|\d{1,3}|(?:al|el|an|ad|as|ash|ar)-[\w’'-]+)){0,3}")
#: A clause's subject, one name or a list of them, and its verb ("Asahi, Mainichi and Yomiuri
#: published", "Anis and Kabul New Times print"); adverbs and auxiliaries between.
_BODY_SUBJECTS = re.compile(
    rf"(?P<names>{_SUBJECT_NAME.pattern}(?:,[ \t]+{_SUBJECT_NAME.pattern})*"
    rf"(?:,?[ \t]+and[ \t]+{_SUBJECT_NAME.pattern})?)"
    rf"(?:[ \t]+(?:{'|'.join(_CLAUSE_ADVERBS)}|again|already|have|has|had|will|would|did))*"
    r"[ \t]+[a-z]")
#: The last words of papers' titles, which take "The" ("The New York Times", "The Ethiopian
#: Herald", "The Nation").
_PAPER_TITLE_ENDS = frozenset({"Times", "Herald", "Nation", "Standard", "Post", "Mirror", "Tribune", "Chronicle",
                               "Gazette", "News", "Telegraph", "Express", "Observer", "Guardian", "Journal", "Star",
                               "Mail", "Economist", "Statesman", "Worker", "Globe", "Sun"})


def titled_bodies(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with the papers named after "The" inside a sentence given their article
    ("named in The New York Times", "write in The Nation"; not "the Politburo", nor a speaker's
    run-in label "Hermann Axen The Central Committee …")."""
    out = chosen
    for n, cand in enumerate(chosen):
        if cand.kind == "org" and cand.start >= 4 and text.startswith("The ", cand.start - 4) \
                and text[cand.start:cand.end].rpartition(" ")[2] in _PAPER_TITLE_ENDS \
                and _LOWER_WORD_BEFORE.search(text, max(0, cand.start - 30), cand.start - 4) is not None \
                and not (n and chosen[n - 1].end > cand.start - 4):
            if out is chosen:
                out = list(chosen)
            out[n] = cand._replace(start=cand.start - 4)
    return out


#: A word in lower case, or a comma, before the "The" of :func:`titled_bodies`.
_LOWER_WORD_BEFORE = re.compile(r"(?:\b[a-z]+|,)[ \t]$")


#: Where a clause opens: after a sentence's end before a word not in lower case, a semicolon
#: or a colon, or at a line's start (not after "Siempre!" in "Siempre! published …").
_CLAUSE_OPENS = re.compile(r"[.!?](?=[ \t]+[^a-z\s])|[;:](?=\s)|\n")


def body_subjects(text: str, chosen: list[Candidate], form_of: Callable[[str], str]) -> list[Candidate]:
    """``chosen`` (mentions in order, disjoint) with the subjects of a clause whose verb is a
    paper's or a firm's (:data:`_BODY_PREDICATES`: "Asahi, Mainichi and Yomiuri published a
    joint editorial", "Botahtaung and Mirror printed the first announcements", "Shell-BP and
    Safrap fear for their concessions") made organisations, with low certainty: names no
    mention took, towns of the gazetteer ("Asahi", "Toyota": a town prints no editorial) and
    guessed persons; a sure person, a statesman, a country or a capital is kept. A subject opening
    with an English word ("In Moscow, …", "Then Sadat", "The Shah", "Newspapers printed …"; but
    "Botahtaung and Mirror") leaves the clause alone. Every other mention of such a name on the
    page follows it."""
    spans: list[tuple[int, int]] = []
    for pattern, between in _BODY_PREDICATES:
        for predicate in pattern.finditer(text):
            if not predicate.start() or not text[predicate.start() - 1].isalnum():
                spans += _clause_subjects(text, predicate, between)
    return _as_bodies(text, chosen, spans, form_of) if spans else chosen


def _clause_subjects(text: str, predicate: re.Match[str], between: re.Pattern[str] | None) -> list[tuple[int, int]]:
    """The spans of the subjects of ``predicate``'s clause that may name bodies (see
    :func:`body_subjects`); ``between``: what stands between their verb's first letter and the
    predicate (None: the predicate is the verb)."""
    opens = 0 if predicate.start() < 200 else -1
    for opens_at in _CLAUSE_OPENS.finditer(text, max(predicate.start() - 200, 0), predicate.start()):
        opens = opens_at.end()
    if opens < 0:
        return []  # no clause's subject is that far from its verb
    while opens < predicate.start() and text[opens] in " \t\r\n\ufeff":
        opens += 1
    subjects = _BODY_SUBJECTS.match(text, opens, predicate.start() + 1)
    if subjects is None:
        return []
    verb = subjects.end() - 1  # the first letter of the subjects' verb
    if between is None:
        own = verb == predicate.start()
    else:
        own = between.fullmatch(text, verb + 1, predicate.start()) is not None
    if not own:
        return []  # the verb is not the subjects' ("Sadat said the papers printed …")
    parts = [m.span() for m in _SUBJECT_NAME.finditer(text, subjects.start("names"), subjects.end("names"))]
    first = _SKIPPED_FIRST.match(text, parts[0][0], parts[0][1])
    if first is not None:  # "Both Botahtaung and Mirror printed …", "Then X"
        parts[0] = (first.end(), parts[0][1])
    if parts[0][0] < parts[0][1] and all(_may_name_a_body(text[a:b], a == parts[0][0]) for a, b in parts):
        return parts
    return []


def _may_name_a_body(name: str, opening: bool) -> bool:
    """May ``name``, a subject of :func:`body_subjects`, be a body's: no preposition, pronoun or
    article first ("In Moscow, …", "The Shah", "His paper"; but "Royal Dutch", "Daily Times"), no
    English word alone opening the clause ("Newspapers printed …"; but "… and Mirror printed"),
    and no statesman's name ("Nasser")?"""
    first = name.split()[0]
    return name not in STATESMEN and first not in _OPENING_WORDS \
        and (" " in name or not opening or not is_english(name))


#: Words that open a clause before its subject, or open a subject that names no body: articles,
#: prepositions, pronouns and determiners.
_OPENING_WORDS = frozenset("""The A An In On At By As If Of To So No Or Up For From With After Before Since When While
Here There Some Many Most Each Every This That These Those His Her Its Their Our Your My We They He She It
You""".split())
#: Adverbs and determiners before a clause's first subject, left out of its name ("Both X and Y
#: printed", "Then X printed", "Today X printed").
_SKIPPED_FIRST = re.compile(rf"(?:(?:{'|'.join(word.capitalize() for word in _CLAUSE_ADVERBS)}|And|But)[ \t]+)+")


def _as_bodies(text: str, chosen: list[Candidate], spans: list[tuple[int, int]],
               form_of: Callable[[str], str]) -> list[Candidate]:
    """``chosen`` with each of ``spans`` an organisation (see :func:`body_subjects`), and the
    other mentions and occurrences of its name too; not a name the page shows elsewhere to be a
    person's by a sure mention ("Comrade Kadar … Kadar printed the list"; a verb of speech is a
    paper's too: "Trud said …")."""
    personal = {form_of(text[c.start:c.end]) for c in chosen if c.kind == "person" and not guessed(c)}
    out = list(chosen)
    made: dict[str, str] = {}  # the lookup form of each name made a body: the name as written
    for start, end in spans:
        inside = [n for n, c in enumerate(out) if c.start < end and c.end > start]
        if form_of(text[start:end]) in personal or any(
                out[n].start < start or out[n].end > end or not _yields_to_body(text, out[n])
                and not (out[n].kind == "place" and out[n].end - out[n].start < end - start) for n in inside):
            continue  # a person's name, or a mention the body may not take (a place within the
            # name is the paper's: "Kabul New Times")
        for n in reversed(inside):
            del out[n]
        out.append(Candidate(start, end, "org", 0, -1, "low", source="context"))
        made[form_of(text[start:end])] = text[start:end]
    if not made:
        return chosen
    out = [c._replace(kind="org", cert="low", canonical=None, geonames=None)
           if c.kind != "org" and _yields_to_body(text, c) and form_of(text[c.start:c.end]) in made else c
           for c in out]
    out.sort(key=lambda c: c.start)
    taken = Taken(out)
    added = []
    for name in made.values():
        if " " not in name and is_english(name):
            continue  # "Mirror" elsewhere on the page is as often the word
        for hit in re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])", text):
            if not taken(hit.start(), hit.end()):
                added.append(Candidate(hit.start(), hit.end(), "org", 0, -1, "low", source="context"))
    return sorted(out + added, key=lambda c: c.start) if added else out


#: Towns above this population are kept as places before a paper's verb: a seat of government
#: ("Bonn published the text of the note") is named for it.
_TOWN_POPULATION = 250_000


def _yields_to_body(text: str, cand: Candidate) -> bool:
    """May ``cand`` give way to an organisation of the same words: a guessed name, or a town
    of the gazetteer (not a country, a capital, a region or a city where a government may sit,
    which a page names for it)?"""
    if cand.kind == "org":
        return False
    if guessed(cand):
        return True
    place = gazetteer.lookup(text[cand.start:cand.end]) if cand.kind == "place" else None
    return place is not None and place.feature == "city" and place.population < _TOWN_POPULATION
