"""The participants of a conversation: one per person across label forms.

"Prime Minister Pham (hereafter, Pham)", "Pham" and "PHAM VAN DONG" are one
participant: labels are compared by their name words (titles, initials and
particles set aside), short forms defined in a label are remembered, and
names the page gives elsewhere (the title, participant lists) supply the
canonical name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..model import Participant
from .labels import label_kind
from .names import (
    PARTICLES,
    SIDES,
    TITLES,
    UPPER,
    core_tokens,
    display_form,
    fold,
    is_english_word,
    is_initial,
    is_role,
    name_tokens,
    role_key,
    slug,
    strip_titles,
    titled_names,
    uninverted,
    without_roles,
)
from .vocabulary import ANSWERS, COURTESY_TITLES, QUESTIONS, SIDE_HEADS, TRANSLITERATION

_SHORT_FORM = re.compile(
    r"\(\s*(?:hereafter|hereinafter|henceforth|thereafter)[,:]?\s*(?:referred to as|called|abbreviated as|abbreviated)?\s*"
    r"|\(\s*(?:to be )?(?:abbreviated|referred to|called) as\s*", re.IGNORECASE)
_PAREN = re.compile(r"\(([^()]*)\)")
_NAME_BEFORE = re.compile(rf"(?:[{UPPER}][\w’'.-]*\s)*[{UPPER}][\w’'.-]*\s*$")  # "J. Kádár " of "J. Kádár (hereafter K.)"
_NAME_REACH = 80  # how far before "(hereafter …)" its name is looked for
# A short form in capitals without a stop ("PRC", "DRV"), and "of" or "the" just before the name
# ("Republic of China", "the Soviet Union"): a state's or a body's, not a person's ("K.", "Kh.", "Kim").
_ACRONYM = re.compile(rf"[{UPPER}]{{2,}}")
_OF_THE = re.compile(r"\b(?:of|the|The)\s+$")
_NOT_PEOPLE = frozenset((
    "one", "two", "three", "four", "five", "notetaker", "notetakers", "note-taker", "note-takers",
    "interpreter", "interpreters", "others", "staff", "aides"))
_ASIDE = re.compile(r"\s*\[(?:[a-z]|to\s)[^\[\]]*\]")  # "[interjecting]", "[to Kissinger]"
_BRACKET = re.compile(r"\s+\[([^\[\]]*)\]")
_ABBREVIATION = re.compile(r"\s*\[([A-Z]{1,4})\]$")  # the editor's short form: "Cde. Elena Ceausescu [EC]"
_SIDE_WORDS = re.compile(rf"(?:the\s+)?(?:(\w+)\s+)?(?:{'|'.join(SIDE_HEADS)})$", re.IGNORECASE)


@dataclass
class _Person:
    name: str
    tokens: set[str]
    kind: str = "person"
    labels: list[str] = field(default_factory=list)
    forms: set[str] = field(default_factory=set)
    known_name: bool = False


class Participants:
    """The registry of participants met while reading one page."""

    def __init__(self, known_names: list[str] = (),  # type: ignore[assignment]
                 roles: dict[str, str] | None = None) -> None:
        """``known_names``: the names the title and summary give; ``roles``: the
        person they name with a title (:func:`~.names.titled_names`)."""
        self._roles = roles or {}
        self._listed_roles: dict[str, str | None] = {}  # by a participant list (:meth:`add_listed_roles`)
        self._people: list[_Person] = []
        self._by_label: dict[str, str] = {}  # label as written → key
        self._known = list(dict.fromkeys(display_form(strip_titles(n)) for n in known_names if core_tokens(n)))
        self._known_tokens = [set(core_tokens(k)) for k in self._known]
        self._narrated_tokens: list[set[str]] = []
        self._interview: dict[str, _Person] = {}  # who asks and who answers, however written
        self.has_short_forms = False  # a label or a list defined a short form ("(hereafter K.)")

    def add_narrated(self, names: list[str]) -> None:
        """Names the page gives before its first turn (a heading, the opening
        narration): known, but no canonical name (the title's and summary's are)."""
        self._narrated_tokens += [set(core_tokens(name)) for name in names if core_tokens(name)]

    def known_forms(self) -> set[str]:
        """Exact name forms the page has used so far (for unpunctuated labels)."""
        forms: set[str] = set()
        for name in self._known:
            if len(core_tokens(name)) >= 1 and len(name.split()) >= 2:
                forms.add(name)
        for person in self._people:
            forms.update(f for f in person.forms if len(f) > 3)
        return forms

    def is_known(self, name: str) -> bool:
        """Whether a name (any case) names a participant, a known person or a side."""
        if self._interview and _interview_part(name) in self._interview:  # "Q" has asked
            return True
        if _side(name.title() if name.isupper() else name) is not None:
            return True
        tokens = set(core_tokens(strip_titles(without_roles(_without_offices(_ABBREVIATION.sub("", name))))))
        if not tokens:
            return False
        if any(tokens <= p.tokens for p in self._people):
            return True
        return any(tokens <= known for known in self._known_tokens + self._narrated_tokens)

    def fits_several(self, label_name: str) -> bool:
        """Whether a label's name is part of the names of several people of the page and
        the whole of none ("Kim:" beside Kim Il Sung and Kim Yong-nam): who speaks is a guess."""
        if label_name in self._by_label:  # asked at the label's first turn
            return False
        tokens = set(core_tokens(label_name))  # without titles, initials and particles
        if len(tokens) != 1:  # a surname alone is what several people share
            return False
        wider = [known for known in self._known_tokens + [p.tokens for p in self._people if p.kind == "person"]
                 if tokens <= known]
        if any(tokens == known for known in wider):
            return False
        least = {frozenset(w) for w in wider if not any(o < w for o in wider)}  # one person's longer forms: one
        return len(least) > 1

    def add_listed(self, name: str) -> None:
        """A person named in a participant list (may never speak)."""
        name = display_form(strip_titles(name))
        if any(fold(w) in _NOT_PEOPLE for w in name.split()):  # "Three Notetakers"
            return
        if core_tokens(name) and not self._match(set(core_tokens(name)), name):
            self._people.append(_Person(name, set(core_tokens(name)), known_name=True))
        words = name.split()
        if 2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].isalpha() and w[1:].islower() for w in words):
            person = self._match(set(core_tokens(name)), name)  # "Leonid Brezhnev": "L.B.:", "L. B.:"
            if person is not None:
                person.forms |= {"".join(f"{w[0]}." for w in words), " ".join(f"{w[0]}." for w in words)}
                self.has_short_forms = True

    def add_listed_short_form(self, item: str, name: str) -> None:
        """The short form a participant list's item defines for its person ("Henry A. Kissinger
        (hereafter K.)"), that the person's labels take later ("K.: …")."""
        short = _split_short_form(item)[1]
        person = self._match(set(core_tokens(name)), name) if short and core_tokens(name) else None
        if person is not None:
            person.forms.add(short)  # type: ignore[arg-type]
            self.has_short_forms = True

    def add_narrated_short_forms(self, text: str) -> None:
        """The short forms the opening narration defines for the names before them ("The
        conversation between J. Kádár (hereafter K.) and N. S. Khrushchev (hereafter Kh.)"),
        that the people's labels take later ("K.: …"), as a participant list's items do."""
        for match in _SHORT_FORM.finditer(text):
            head = _NAME_BEFORE.search(text, max(0, match.start() - _NAME_REACH), match.start())
            close = text.find(")", match.end())
            short = text[match.end():close].strip(" ,;") if close > 0 else ""
            if head is None or not short or len(short) > 6 or _ACRONYM.fullmatch(short) \
                    or _OF_THE.search(text, max(0, head.start() - 5), head.start()):
                continue  # "the People’s Republic of China (hereafter PRC)": a state, not a person
            if core_tokens(name := head.group().strip()):
                self.add_listed(name)
                self.add_listed_short_form(f"{name} {text[match.start():close + 1]}", name)

    def declared(self, form: str) -> bool:
        """Whether the page defined ``form`` as one person's short form ("(hereafter K.)")."""
        return sum(form in p.forms for p in self._people if p.kind == "person") == 1

    def speaker(self, label_name: str) -> str:
        """The participant key for a speaker label (without separator); the
        final ids come from :meth:`ids` once the page is read."""
        if label_name in self._by_label:
            return self._by_label[label_name]
        if is_initial((label_name.split() or [""])[0]) and self.declared(label_name):  # "K.", a short form defined
            person = next(p for p in self._people if p.kind == "person" and label_name in p.forms)
            return self._labelled(person, label_name, label_name, None)
        asks = _interview_part(label_name)
        if asks is not None:  # "Q.", "Question:", "QUESTION:" ask, one participant; "A", "Answer" answer
            person = self._interview.get(asks) or self._new(label_name, set(), "role")
            self._interview[asks] = person
            return self._labelled(person, label_name, label_name, None)
        name, short = _split_short_form(uninverted(without_roles(_without_offices(_ASIDE.sub("", label_name)))))
        inner = [p for p in _PAREN.findall(name) if core_tokens(p)]
        bare = _PAREN.sub("", name).strip() or name
        if inner and _side(bare) is not None:
            name = inner[-1]  # "North (KIM)": the person named, not the side
            person = self._resolve(name)
        elif _side(bare) is not None or "," in bare:
            group = _side(bare) or bare  # a side, or several speakers at once
            person = self._find_group(group) or self._new(group, set(), "group")
        else:
            name = bare
            person = self._resolve(name)
        return self._labelled(person, label_name, name, short)

    def _labelled(self, person: _Person, label_name: str, name: str, short: str | None) -> str:
        """Record a label of ``person`` and return the person's key."""
        person.labels.append(label_name)
        person.forms.add(name.strip())
        if short:
            person.forms.add(short)
            self.has_short_forms = True
            person.tokens |= set(core_tokens(short))
        key = str(self._people.index(person))
        self._by_label[label_name] = key
        return key

    def spoke_as_person(self, name: str) -> bool:
        """Whether ``name`` (any case) names a person who has opened a turn on the page."""
        tokens = set(core_tokens(name.title() if name.isupper() else name))
        return bool(tokens) and any(p.kind == "person" and p.labels and tokens <= p.tokens for p in self._people)

    def spoke_as(self, label_name: str) -> bool:
        """Whether a role label ("The President", "PREMIER") names a role that has spoken on the page."""
        key = role_key(_PAREN.sub("", label_name))
        return bool(key) and any(p.kind == "role" and role_key(p.name) == key for p in self._people)

    def add_role(self, role: str, name: str) -> None:
        """A header field that names who holds a role ("Chairman: Comrade Ivanov")."""
        self._roles.setdefault(role_key(role), name)

    def add_listed_roles(self, item: str) -> None:
        """A participant list's item that gives a person with a title ("President Gerald R. Ford"):
        the role is that person's, as the title's are, unless the list gives it to two people."""
        bare = _PAREN.sub("", item).strip().rstrip(".;,")
        if not core_tokens(bare) and label_kind(bare) == "role":  # "The President" listed, unnamed
            self._listed_roles[role_key(bare)] = None
        for key, name in titled_names(item).items():
            if key in self._roles or all(word in COURTESY_TITLES for word in key.split()):
                continue  # not "Dr." of "Dr. Huot Sambath"
            if self._listed_roles.setdefault(key, name) != name:
                self._listed_roles[key] = None

    def role_name(self, label_name: str) -> str | None:
        """The person the title or summary names with the title a role label
        gives ("Premier:" of "Premier Zhou’s Reception …" → "Zhou"), or a
        participant list gives with it to one person, or None."""
        key = role_key(_PAREN.sub("", label_name))
        found = self._roles.get(key)
        return found if found is not None else self._listed_roles.get(key)

    def _resolve(self, name: str) -> _Person:
        tokens = set(core_tokens(strip_titles(name)))
        if tokens and "[" not in name and "(" not in name and label_kind(name) == "role":
            tokens = set()  # "The Ambassador of the GDR": a role of a country, no person "GDR"
        if not tokens and (holder := self.role_name(name)):
            return self._resolve(holder)
        if not tokens:  # a role: "The President", "The Secretary", "The Ambassador of the GDR"
            role = " ".join(w for w in name.split() if fold(w) != "the") or name
            return self._role(role) or self._new(role, set(), "role")
        person = self._match(tokens, name)
        if person is None and self._people:  # "Zhou Enlai" after "Chou En-lai"
            alike = _romanised_alike(name, self._people)
            person = alike[0] if len(alike) == 1 else None
        if person is not None:
            if not person.known_name and len(tokens) > len(person.tokens):
                person.name = display_form(strip_titles(name))
            person.tokens |= tokens
            return person
        canonical = self._canonical(tokens, name)
        return self._new(canonical, tokens | set(core_tokens(canonical)), "person",
                         known=canonical != display_form(strip_titles(name)))

    def _role(self, role: str) -> _Person | None:
        """The role of the page a role label names: the same role, forms of address aside
        ("Comrade Minister", "The Minister"), or the one role of the page that the label's one
        title heads ("The Ambassador" after "The Ambassador of the GDR")."""
        key = role_key(role)
        roles = [p for p in self._people if p.kind == "role"]
        same = next((p for p in roles if role_key(p.name) == key), None)
        if same is not None or " " in key:
            return same
        headed = [p for p in roles if role_key(p.name).split(" ", 1)[0] == key]
        return headed[0] if len(headed) == 1 else None

    def _match(self, tokens: set[str], name: str) -> _Person | None:
        if len(tokens) == 1 and len(next(iter(tokens))) == 1:  # "K", "D": an initial
            letter = next(iter(tokens))
            hits = [p for p in self._people if p.kind == "person" and
                    (p.forms & {name} or any(t.startswith(letter) for t in p.tokens))]
            return hits[0] if len(hits) == 1 else None
        exact = [p for p in self._people if p.kind == "person" and name in p.forms]
        if len(exact) == 1:
            return exact[0]
        hits = [p for p in self._people if p.kind == "person" and (tokens <= p.tokens or p.tokens <= tokens)]
        if len(hits) > 1:
            hits = [p for p in hits if p.tokens == tokens] or [p for p in hits if p.labels] or hits
        return hits[0] if len(hits) == 1 else None

    def _canonical(self, tokens: set[str], name: str) -> str:
        if len(tokens) == 1 and len(next(iter(tokens))) == 1:
            letter = next(iter(tokens))
            hits = [k for k in self._known if core_tokens(k)[-1:] and core_tokens(k)[-1].startswith(letter)]
            return _trim_known(hits[0], set(core_tokens(hits[0]))) if len(hits) == 1 else display_form(name)
        hits = [(k, known) for k, known in zip(self._known, self._known_tokens) if tokens <= known]
        if len(hits) > 1:  # "Jambyn Batmunkh" and "Mongolia Jambyn Batmunkh": the shorter
            least = min(hits, key=lambda hit: len(hit[1]))
            hits = [least] if all(least[1] <= known for _, known in hits) else hits
        if len(hits) == 1:
            return _trim_known(hits[0][0], tokens)
        wider = [k for k, known in zip(self._known, self._known_tokens) if len(known) >= 2 and known <= tokens]
        if len(wider) == 1:  # "Minister of Foreign Affairs Chen Yi" → "Chen Yi"
            return wider[0]
        return display_form(strip_titles(name))

    def _find_group(self, name: str) -> _Person | None:
        """The group of that name, or of the same country ("Vietnamese comrades" and "Vietnamese side")."""
        key = _side_key(name)
        return next((p for p in self._people if p.kind == "group" and _side_key(p.name) == key), None)

    def _new(self, name: str, tokens: set[str], kind: str, known: bool = False) -> _Person:
        person = _Person(name, tokens, kind, known_name=known)
        self._people.append(person)
        return person

    def person_name(self, key: str) -> str | None:
        """The name of the person with key ``key`` (None for groups and roles)."""
        person = self._people[int(key)]
        return person.name if person.kind == "person" else None

    def ids(self) -> dict[str, str]:
        """Final participant ids by the keys :meth:`speaker` returned: the slug
        of each canonical name, made unique in order of appearance."""
        ids: dict[str, str] = {}
        used: set[str] = set()
        for key, person in enumerate(self._people):
            base = slug(person.name)
            candidate, n = base, 2
            while candidate in used:
                candidate, n = f"{base}-{n}", n + 1
            used.add(candidate)
            ids[str(key)] = candidate
        return ids

    def build(self, speaking: set[str]) -> tuple[Participant, ...]:
        """The participants as model nodes; ``speaking`` holds the keys of speakers."""
        ids = self.ids()
        out = []
        for key, person in enumerate(self._people):
            kind = "group" if person.kind == "group" else "person"
            role = "speaker" if str(key) in speaking else "listed"
            out.append(Participant(ids[str(key)], person.name, tuple(dict.fromkeys(person.labels)), kind, role))  # type: ignore[arg-type]
        return tuple(out)


@lru_cache(maxsize=1024)
def _skeleton(word: str) -> str:
    """A Chinese name's word as both romanisations write it down (labels.toml [transliteration]):
    "Chou" and "Zhou" → "cou", "Tse-tung" and "Zedong" → "cetoŋ"."""
    word = "".join(c for c in word.casefold() if c.isalpha())
    for written, skeleton in TRANSLITERATION:
        word = word.replace(written, skeleton)
    return word


def _romanised_alike(name: str, people: list[_Person]) -> list[_Person]:
    """The people whose name is ``name`` in the other romanisation of Chinese ("Zhou Enlai" of
    "Chou En-lai"): one of the two with Wade-Giles's hyphen or apostrophe, the label two words or
    more, its last words the person's name's skeleton word by word (a title before it aside)."""
    words = name.split()
    if len(words) < 2:
        return []
    hyphened = "-" in name or "’" in name or "'" in name
    people = [p for p in people if p.kind == "person" and (hyphened or "-" in p.name or "’" in p.name or "'" in p.name)]
    alike = []
    for person in people:
        theirs = person.name.split()
        if len(theirs) <= len(words) and [_skeleton(w) for w in words[-len(theirs):]] == list(map(_skeleton, theirs)):
            alike.append(person)
    return alike


def _interview_part(label: str) -> str | None:
    """"q" for a label that asks ("Q.", "Question", "QUESTION"), "a" for one that answers, else None."""
    word = fold(label)
    return "q" if word in QUESTIONS else "a" if word in ANSWERS else None


def _without_offices(label: str) -> str:
    """A label without an office or a title the editor supplied in brackets, which
    names no one: "Comrade Sidorenko [Ministry of Trade]" → "Comrade Sidorenko",
    "Mao Zedong [Chairman of the CCP CC]" → "Mao Zedong"
    ("Kim [Il Sung]", "Cde. Elena Ceausescu [EC]" keep theirs)."""
    kept = _BRACKET.sub(lambda m: "" if is_role(m.group(1)) or label_kind(m.group(1)) in ("field", "role", "address")
                        else m.group(), label)
    return kept if core_tokens(kept) else label


def _split_short_form(label: str) -> tuple[str, str | None]:
    """A label and the short form it defines: "Pham (hereafter, Pham)", "Elena Ceausescu [EC]"."""
    match = _SHORT_FORM.search(label)
    if match is None:
        abbreviation = _ABBREVIATION.search(label)
        return (label[:abbreviation.start()], abbreviation.group(1)) if abbreviation else (label, None)
    close = label.find(")", match.end())
    short = label[match.end():close if close >= 0 else len(label)].strip(" ,;") or None
    return label[:match.start()].strip(), short


def _side_key(name: str) -> str:
    """What a group is compared by: a side's country ("vietnamese" of "Vietnamese comrades"),
    or its name."""
    return _side_country(name) or name


def _side(name: str) -> str | None:
    bare = _PAREN.sub("", name).strip()
    words = bare.split()
    if not words or len(words) > 3:
        return None
    if len(words) == 1 and fold(words[0]) in SIDES and words[0][:1].isupper() and fold(words[0]) in (
            "north", "south", "east", "west"):
        return words[0]
    if _side_country(bare):
        return re.sub(r"^[Tt]he\s+", "", bare)
    return None


def _side_country(name: str) -> str | None:
    """The country of a side's name ("vietnamese" of "the Vietnamese comrades"), folded."""
    match = _SIDE_WORDS.fullmatch(name)
    country = fold(match.group(1)) if match and match.group(1) else None
    return country if country in SIDES else None


def _trim_known(known: str, tokens: set[str]) -> str:
    """A known name cut to the person the label names: "Yugoslavia N. P. Firyubin"
    → "N. P. Firyubin", "Henry A. Kissinger" and "Mao Zedong" stay whole."""
    words = name_tokens(known)
    folded = [fold(w) for w in words]
    first = min((i for i, f in enumerate(folded) if f in tokens), default=0)
    start = first
    while start > 0 and is_initial(words[start - 1]):
        start -= 1
    given = 0
    while start > 0 and first - start <= 1 and given < 2 and words[start - 1][:1].isupper() \
            and not is_initial(words[start - 1]) and fold(words[start - 1]) not in TITLES:
        start -= 1  # given names: "Jambyn Batmunkh", "Henry A. Kissinger", "Josip Broz Tito"
        given += 1
    return display_form(" ".join(words[start:]))

_CAPITALISED = r"[A-Z][\w’'.-]*"
_PARTICLE = "(?:" + "|".join(sorted(PARTICLES, key=len, reverse=True)) + ")"
# Capitalised words, particles between them ("Marcelino dos Santos", "Charles
# de Gaulle"), joined to the next by a hyphen ("Abd al-Jalil") or elided
# ("Valéry Giscard d’Estaing").
_CAPITALISED_RUN = re.compile(rf"{_CAPITALISED}(?:\s+(?:{_PARTICLE}\s+)*"
                              rf"(?:{_CAPITALISED}|{_PARTICLE}-[A-Z][\w’'.-]*|(?:d|l|dell)[’'][A-Z][\w’'.-]*))*")
# (No "\s*" before the separator: tried at every character, it cost the reader a tenth of its
# time; the space it would take stays at the end of the part before, which no name run takes.)
_TITLE_SPLIT = re.compile(r"(?:[,;()]|\b(?:and|between|with|of|to|from|on|in|by|for|at|about|"
                          r"regarding|concerning)\b|[–—:])\s*")
_NOT_NAMES = frozenset(["record", "conversation", "memorandum", "memo", "telegram", "note", "report", "minutes", "meeting", "transcript", "telephone", "information", "letter", "notes", "talks", "talk", "discussion", "excerpt", "excerpts", "summary", "embassy", "ministry", "affairs", "government", "party", "committee", "council", "delegation", "state", "department", "republic", "people's", "peoples", "union", "federation", "document", "cable", "message", "visit"])


_NOT_IN_NAME = _NOT_NAMES | SIDES  # no word of a name
_NOT_OPENING = _NOT_IN_NAME | TITLES  # no first word of a name


def names_in(text: str, *, single: bool = True, titled: bool = False) -> list[str]:
    """Personal names in a title or summary: runs of capitalised words that
    are not document words ("Conversation between Jambyn Batmunkh and Heng
    Samrin", "Pham Van Dong assures Hussein Onn that …"). A run of one word
    counts only when it stands alone ("… Affairs (Kissinger)") and ``single``,
    or, with ``titled``, after a title ("Mengistu received Ambassador Ratanov")."""
    names = []
    for part in _TITLE_SPLIT.split(text):
        for run in _CAPITALISED_RUN.finditer(part):
            words = run.group().split()
            after_title = False
            while words and fold(words[0]) in _NOT_OPENING:
                after_title = after_title or fold(words[0]) in TITLES and fold(words[0]) != "the"
                words.pop(0)  # "GDR Defense Minister Heinz Hoffmann", "Soviet Ambassador Puzanov"
            if not words or len(words) > 5 or len(words) == 1 and (not single or part.strip() != run.group()) \
                    and not (titled and after_title and not is_english_word(words[0])):
                continue  # after a title, a word of English is none of a name ("First Day")
            if any(fold(w) in _NOT_IN_NAME for w in words):
                continue
            name = " ".join(words)
            if core_tokens(name):
                names.append(name)
    return names
