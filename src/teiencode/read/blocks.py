"""Body lines to blocks: headings, datelines, fields, paragraphs and turns.

Each non-blank body line is one unit. A unit is, by the first rule that
holds: an omission line, a page-marker line, a field ("To:", "PARTICIPANTS"),
a heading (classification line, capitals, a short line before the text or a
signature after it), a dateline, or a paragraph. A paragraph that opens with a
speaker label starts a turn; unlabelled paragraphs continue the current
speaker unless they are narration ("At this the conversation ended.").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import NamedTuple, get_args

from ..model import (
    Block,
    Dateline,
    Diagnostic,
    Field,
    Gap,
    Heading,
    Inline,
    Note,
    NoteKind,
    PageBreak,
    Paragraph,
    SourceSpan,
    Text,
    Turn,
)
from ..walk import inlines_text
from . import cable
from .dates import DATE_RE
from .inlines import bracket_kind, parse_inlines, unbalanced
from .labels import (
    NEXT_WORD,
    PART_OPENERS,
    Label,
    find_label,
    has_gap,
    is_interpreter,
    is_interview_word,
    is_name_like,
    label_kind,
    names_its_questioners,
    numbered_label,
    opens_sentence,
    opens_speech,
    part_label,
    question_asked,
    spaced_label,
    unknown_label,
)
from .lines import Line, outside_brackets
from .metadata import dateline_parts
from .names import OFFICE_WORDS, PARTICLES, SIDES, TITLES, UPPER, core_tokens, fold, is_initial
from .names import is_english_word as _is_english
from .participants import Participants, names_in
from .reviews import review
from .vocabulary import (
    ANSWERS,
    FIELD_WORDS,
    INTERVIEW_WORDS,
    NOTE_HEADS,
    OWN_SIDES,
    SALUTATIONS,
    SPEECH_OPENERS,
    SPEECH_VERBS,
)

_FIELD = re.compile(r"(?P<label>[A-Za-z][A-Za-z &/.'’-]{0,40}?\s?:)(?=\s|$)\s*(?P<value>.*)")
_FIELD_NAMES = FIELD_WORDS | {"taking part"}  # labels.toml: the words of header fields
# Fields whose value lists the people present: "Those Taking Part:", "Our side:", "Foreign Guests:".
_PEOPLE_FIELD = re.compile(r"participants|present|taking part|attend|guests|\bside\b|members|accompan|invited|delegation",
                           re.IGNORECASE)
_LIST_FIELD = re.compile(r"(?:PARTICIPANTS|Participants|PRESENT|Present|ATTENDEES|Attendees)\s?:?")
_CLASSIFICATION = re.compile(
    r"(?:(?:top|strictly|most|highly)\s+)?(?:secret|confidential|restricted|unclassified|priority|"
    r"urgent|personal|immediate|flash|eyes only|for official use only|sensitive)\b[^.]{0,40}\.?"
    r"|copy\s+(?:no\.?\s*)?\d+\.?|(?:ciphered\s+)?(?:telegram|cable|ciphergram|dispatch)(?:\s+no\.?\s*\d+)?",
    re.IGNORECASE)
_OMISSION_LINE = re.compile(r"[\[(]?\s?(?:…\.?|\.{3,4}|\.(?: \.){2})\s?[\])]?")
_MARKER_LINE = re.compile(r"\[page break\]|\[(?:p|pp|page)\.?\s*\d+\]|\((?:p|pp|page)\.\s*\d+\)|[-–]\s*\d{1,4}\s*[-–]", re.IGNORECASE)
_ENDS_WITH_GAP = re.compile(r"(?:\[\s?(?:…\.?|\.{3,4})\s?\]|\.{4}|…)$")
_NARRATION = re.compile(
    r"(?:At (?:this|that|the end|the close|the conclusion)|After (?:this|that|the)|Here the|Then the|"
    r"Thereupon|The (?:conversation|meeting|talk|talks|discussion|interview|reception|session|"
    r"audience|visit|delegation|delegations)\b|The two (?:sides|delegations|leaders)|Both sides|In conclusion,? the|"
    r"During the (?:conversation|meeting|talk)|Present (?:were|at|on|was)|End of (?:the )?"
    r"(?:conversation|record|memorandum))")
# The document's own title line before the text, however long: "Note on the
# conversation of Comrade … with the President of …, on 26 May 1986 in Berlin".
_DOCUMENT_WORDS = r"(?:Note|Notes|Record|Memorandum|Minutes|Report|Information|Conversation|Transcript|Stenogram)"
_DOCUMENT_TITLE = re.compile(rf"{_DOCUMENT_WORDS}\s+(?:on|of|about|from|concerning)\s", re.IGNORECASE)
# The rest of such a title under a heading of its first word alone: "RECORD" /
# "of the talks of the General Secretary … with …".
_TITLE_REST = re.compile(r"(?:on|of|about|from|concerning)\s")
_DOCUMENT_WORD = re.compile(_DOCUMENT_WORDS, re.IGNORECASE)
_BRACKETED = re.compile(r"\[[^\[\]]*\]\.?")
_REPORTED = re.compile(
    r"(?:He|She|They|[A-Z][\w.’'\- ]{0,40}?)\s(?:said|stated|replied|answered|asked|remarked|noted|"
    r"explained|emphasi[sz]ed|stressed|informed|thanked|declared|agreed|pointed out|expressed|"
    r"responded|objected|confirmed)\b")
_REPORTED_SPEECH = re.compile(
    r"(?:[Ss]aid|[Ss]tated|[Rr]eplied|[Aa]nswered|[Aa]sked|[Rr]emarked|[Nn]oted|[Ee]xplained|"
    r"[Ee]mphasi[sz]ed|[Ss]tressed|[Ii]nformed|[Tt]hanked|[Dd]eclared|[Aa]greed|[Pp]ointed|"
    r"[Ee]xpressed|[Ww]elcomed|[Rr]esponded|[Cc]onfirmed|[Pp]roposed|[Ss]uggested|[Aa]dded)\b")
# How many lines an editor's bracket may span (a stamp, a handwritten note of a few lines).
_BRACKET_LINES = 8
_NOTE_KINDS = frozenset(get_args(NoteKind)) - {"footnote"}
_SIDE_LABEL = re.compile(r"^[\w’'-]+(?: [\w’'-]+)? side:\s*", re.IGNORECASE)  # "Korean side: …"
# A bracket after a word (a remark "[sic]", another form "[Kim Cheol]"; not "W[ojciech]"), "et al.".
_LISTED_NOISE = re.compile(r"\s+\[[^\]]*\]|\s+et al\.?")
_WORD_RUN = re.compile(r"[^\W_]+")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_HEADING_CONNECTORS = frozenset(["of", "with", "on", "between", "for", "from", "to", "about", "concerning"])
_PRONOUNS = frozenset(["I", "We", "He", "She", "They", "You", "It"])
# A sentence ends inside the line and the next one runs on ("… initiative. If our c"; not "Cde. I. I. Ivanov").
_INNER_STOP = re.compile(r"[a-z\]][.!?]\s+[A-Z][a-z]*\s+[a-z]")
_TERMINAL = ".!?…”\"’)"
# A paragraph that opens like a label the reader did not take: a name and a dash or colon, the
# speech run on without a space ("Kadar—it is …"), or a dash after a name the page never gave.
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z’'-]*(?![\w’'-])")
# The capitalised words and initials a label-like line opens with ("Kim Il Sung" of "Kim Il Sung
# and Pak:", "A. Kosygin" of "A. Kosygin, head of the delegation:").
_NAME_HEAD = re.compile(rf"(?:[{UPPER}][\w’'.-]*\s?)+")
_PLAIN_WORD = re.compile(r"[^\W\d_][^\W\d_’'-]*")  # a word of letters, an apostrophe or hyphen inside
_LABEL_LIKE = re.compile(rf"(?P<name>[{UPPER}][^—–:\n]{{0,60}}?)(?P<sep>\s?(?:[—–]|--)|:)(?P<space>\s?)(?=[^\s\d])")
# The label of a name the reader takes only if it knows the name: capitalised words, then a
# full stop or a dash before the speech ("Kuznetsov – …", "W. Ulbricht. …"), or in capitals
# ("KUZNETSOV The train …").
_KNOWN_FORM = re.compile(rf"(?P<name>(?:[{UPPER}][a-z]?\.\s?){{0,3}}[{UPPER}][\w’'-]*(?: [{UPPER}][\w’'-]*){{0,4}})"
                         rf"(?:\.\s+(?=[{UPPER}“\"])|\s?(?:[—–]|--)\s*(?=\S)|\s-\s+(?=\S)|(?P<bare>\s+)(?=[{UPPER}][a-z]))")
# The rules that take a label only for a name the page knows (labels.py).
_KNOWN_NAME_RULES = frozenset(["period", "caps", "caps-period", "dash", "dialogue-dash", "bracketed", "spaced"])
# A name alone on its line, bare or closed by a full stop or a dash ("HONECKER", "Brezhnev.",
# "Honecker –"): a known speaker's label when the speech follows on the next line.
_DASH_WORDS = frozenset(["—", "–", "-", "--"])
_ALONE_WHY = "a name alone on its line"
_ALONE = re.compile(r"(?P<name>[^:\n]{2,80}?)(?P<sep>\s?(?:[—–.]|--| -))?")
# A mark that may close a label ("any punctuation" but the comma, the apostrophe, "!" and "?" of
# a name addressed or asked for, and brackets, which hold asides): see _review_opening.
_OPENING_MARK = re.compile(r"\s?(?:[:;/|>=·•*~]+|\.?\s?(?:[—–]|--)|\.?\s-(?=\s)|\.-|\.(?=\s|[^\W\d_]))")
_OPENING_REACH = 90
_SECOND_WORD = re.compile(r"[^\s:;/|>=·•*~.—–-]+\s+([a-z][\w’'-]*)")
_ASIDE_AT_END = re.compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])\s*$")
_GROUP_IN_NAME = re.compile(r"\([^()]*\)|\[(?=[a-z])[^\[\]]*\]")  # asides, not a supplied name part
_LOWER_IN_LABELS = PARTICLES | TITLES | frozenset(["and", "of", "the"])
_PARENTHESES = re.compile(r"\s*\([^)]*\)")
_DIGIT = re.compile(r"\d")
# A name set off by marks before speech (see _review_marked_speaker): "(Brezhnev) We …", "*Honecker: Yes.".
_QUOTES = "“‘«„\"'"
_MARKED_NAME = re.compile(r"[^\w\s“‘«„\"']{0,3}(?P<name>[^\W\d_][\w’'.-]*(?:\s[^\W\d_][\w’'.-]*){0,3}?)(?P<mark>[^\w\s]{1,4})\s?(?=\S)")
# A few Han characters and a colon (the view's, of the page's full-width one) that open a line: "周恩来：…".
_HAN_LABEL = re.compile(r"([\u3400-\u9fff\uf900-\ufaff]{2,6}):")
# Someone spoken of in the third person: a sentence under a name alone that tells of that person
# ("Liu Shaoqi" / "I met him on 3 March."), a report's section, not the person's talk.
_THIRD_PERSON = re.compile(r"\b(?:[Hh]e|him|his|[Ss]he|her)\b")
_INITIALS_LABEL = re.compile(rf"(?P<name>(?:[{UPPER}][a-z]?\.\s?){{1,3}}?)\s?:\s+")  # "K.: …", "Gr.: …", "H. K.: …"
_SPEAKING = frozenset(SPEECH_VERBS)  # labels.toml [speech] verbs, for one look per word
# A label run into a line after the end of a sentence (a page whose line breaks were lost:
# "… we agree. ZHOU: Yes, and …", "… [...] Gorbachev: Then …"): a capitalised name of up to four
# words, a colon, then a sentence.
_MIDLINE_LABEL = re.compile(r"(?<=[.?!…\]])\s+(?P<name>[^\W\d_][\w’'.-]*(?:\s[^\W\d_][\w’'.-]*){0,3})\s?:\s+"
                            r"(?=[^\W\d_“\"‘])")  # capitals checked in code: no large class to compile
_OPENING_QUOTES = "“‘«„"


class BodyRead(NamedTuple):
    """What :func:`read_blocks` read; ``recurring``: names the page gives only as labels
    of a form taken for known names, to read the body again with (see :func:`_recurring`)."""

    blocks: list[Block]
    warnings: list[Diagnostic]
    recurring: tuple[str, ...]


@dataclass
class _OpenTurn:
    """The turn being read: its paragraphs so far; ``reported`` when the
    speech is reported ("Said that …"), so that "He added that …" continues it."""

    label: tuple[Inline, ...]
    speaker: str
    span: SourceSpan
    paragraphs: list[Paragraph] = field(default_factory=list)
    reported: bool = False
    doubt: str | None = None  # why the label may not be a speaker's (see _review_turns)
    run_on: bool = False  # the speech follows the label without a space
    form: str = ""  # the rule that read the label (labels.py: "colon", "dash", "caps" …)


class _Refusal(NamedTuple):
    """A label-like line refused before the first turn, on evidence that turns later on the
    page weaken (see :func:`_review_refusals`): ``as_what`` it was read, and ``why``;
    ``if_it_speaks``: reviewed only if its name opens a turn later."""

    line: int
    label: str
    name: str
    as_what: str
    why: str
    if_it_speaks: bool = False
    told: bool = False  # a name alone above a sentence that tells of someone ("I met him …")


@dataclass
class _State:
    page: str
    people: Participants
    known: set[str]
    footnotes: dict[str, Note]
    frus: bool
    blocks: list[Block] = field(default_factory=list)
    warnings: list[Diagnostic] = field(default_factory=list)
    turn: _OpenTurn | None = None
    started: bool = False  # a paragraph or turn has been seen
    spoken: bool = False  # a turn has been seen
    caps_labels: bool = False  # the page writes speaker names in capitals
    source: str | None = None
    addressees: frozenset[str] = frozenset()  # name words of the addressee the title gives
    letter: bool = False  # the title names a telegram, cable or letter
    title: str = ""  # the document's title, as :func:`_title_key` gives it
    doubts: list[tuple[int, str]] = field(default_factory=list)  # (index of a Turn in blocks, why)
    forms: dict[int, str] = field(default_factory=dict)  # the form of each Turn's label, by its index in blocks
    bracketed: set[int] = field(default_factory=set)  # numbers of lines an editor's bracket spans
    gapped: bool = False  # the page sets its paragraphs apart by blank lines
    dash_labels: bool = False  # a label taken has the form "Name – …"
    label_like: Counter[str] = field(default_factory=Counter)  # names of label-like paragraphs (_recurring)
    known_form_turns: Counter[str] = field(default_factory=Counter)  # names of turns of _KNOWN_NAME_RULES
    refusals: list[_Refusal] = field(default_factory=list)  # labels refused before the first turn
    numbered: bool = False  # the page numbers its turns (see :func:`_numbers_its_turns`)
    numbered_labels: dict[int, Label] = field(default_factory=dict)  # by line: labels after a number, any name
    alone_turns: frozenset[int] | None = None  # lines of names alone that open turns (:func:`_names_alone_turns`)
    han_labels: frozenset[int] = frozenset()  # lines of labels in Han characters (:func:`_han_labels`)
    spaced_labels: bool = False  # a label taken is closed by a tab or a run of spaces (:func:`_spaced_turn`)
    # before the first turn, a label-like paragraph (_review_missed_label) and the number of blocks before it
    net_held: tuple[Line, str, int] | None = None
    _lower_words: frozenset[str] | None = None

    def writes_lower(self, word: str) -> bool:
        """Whether the page writes ``word`` in lower case as a word of its own
        ("level", "contents"): an ordinary word, not a name."""
        if self._lower_words is None:
            self._lower_words = frozenset(_LOWER_WORD.findall(self.page))
        return word.casefold() in self._lower_words


def read_blocks(page: str, body: list[Line], footnote_lines: list[Line], people: Participants,
                known: set[str], *, frus: bool = False, source: str | None = None,
                addressees: frozenset[str] = frozenset(), letter: bool = False,
                title: str | None = None, speakers: tuple[str, ...] = ()) -> BodyRead:
    """The blocks of the body lines, with footnotes attached at their references.

    ``page`` is the page as given; the lines may come from a view of it of the
    same length (spaces unified): every text node is sliced from ``page``.
    ``addressees`` holds the name words of the addressee the title names: a
    label of theirs before any turn is the address of a cable, not a speaker; so
    is a salutation atop a ``letter`` (the title names a telegram, cable or letter);
    the ``title`` written again atop the body is a heading. ``speakers`` are names
    the page gives only as labels, found by a first reading (``BodyRead.recurring``):
    read again with them known, their labels open turns."""
    state = _State(page, people, known, _footnotes(page, footnote_lines), frus, source=source,
                   addressees=addressees, letter=letter, title=_title_key(title or ""))
    state.gapped = any(b.no - a.no > 1 for a, b in pairwise(body))
    state.numbered = _numbers_its_turns(state, body)
    if "\uff1a" in page:  # the full-width colon: "周恩来：…"
        state.han_labels = _han_labels(state, body)
    if speakers:
        people.add_narrated(list(speakers))
    signature_from = _signature_start(body)
    i = 0
    while i < len(body):
        i = _unit(state, body, i, signature_from)
    _close_turn(state)
    _review_turns(state)
    _review_refusals(state)
    for line in body + footnote_lines:
        if unbalanced(line.text) and line.no not in state.bracketed and len(state.warnings) < 20:
            state.warnings.append(Diagnostic(
                "warning", "TE-READ-3", "unbalanced brackets; the rest of the line is read as text",
                file=source, line=line.no, hint="check the bracket in the source page"))
    return BodyRead(state.blocks, state.warnings, () if speakers else _recurring(state))


def _numbers_its_turns(state: _State, body: list[Line]) -> bool:
    """Whether the page numbers its turns as a list numbers its items ("1. Chen Yi: …", "2)
    KOSYGIN: …", "(a) Comrade Hoxha: …"): two paragraphs or more open with a number or a letter,
    a name's label and speech, of a name the page gives or that opens two such paragraphs and is
    no word of English ("1. Trade: …" twice is a list's point). On such a page a numbered label is
    a turn, a doubt if its name is given nowhere else and speaks once (:func:`_numbered_turn`)."""
    names: Counter[tuple[str, ...]] = Counter()
    written: dict[tuple[str, ...], str] = {}
    for line in body:
        label = numbered_label(line.text)
        if label is not None:
            state.numbered_labels[line.no] = label
        if label is not None and label_kind(label.name) in ("person", "side", "role"):
            key = core_tokens(label.name) or (label.name.casefold(),)
            names[key] += 1
            written.setdefault(key, label.name)
    if sum(names.values()) < 2:  # most pages: no numbered label, or one
        return False
    return sum(count for key, count in names.items() if state.people.is_known(written[key])
               or count > 1 and _not_a_word(written[key])) >= 2


def _numbered_turn(state: _State, line: Line) -> Label | None:
    """On a page that numbers its turns, a numbered label of a name the page gives nowhere
    else ("4. Peng Zhen: The city …"): a turn, no word of English ("3. Trade: …")."""
    label = state.numbered_labels.get(line.no)
    if label is None or label_kind(label.name) not in ("person", "side", "role") \
            or not (_is_known(state, label.name) or _not_a_word(label.name)):
        return None
    return label


def _name_alone(body: list[Line], i: int, opens: Callable[[str], bool] = opens_sentence) -> str | None:
    """The name of line ``i`` if it is a person's name alone (or a title: "THE PRESIDENT"), bare or
    closed by a full stop or a dash, above a line that ``opens`` as a sentence and is no narration
    or dateline ("MAO ZEDONG" / "We welcome …"; not "KIM IL SUNG" / "Kim Il Sung was born …")."""
    text = body[i].text
    if len(text) > 60 or i + 1 == len(body) or text[-1] in ":,;!?" \
            or not (body[i + 1].text[:1].isupper() or body[i + 1].text[:1] in "“\""):
        return None  # most lines: no regular expression tried
    match = _ALONE.fullmatch(text)
    name = match.group("name").strip() if match is not None else ""
    if not name or is_initial(name.split()[-1]) or not is_name_like(name) \
            or label_kind(name) not in ("person", "role"):
        return None
    below = body[i + 1].text
    if not opens(below) or _NARRATION.match(below) or _DIGIT.search(below) and _is_dateline(below):
        return None  # not "Mao Zedong" / "Beijing, 5 May 1950" atop a letter
    word = _WORD.match(below)  # "KIM IL SUNG" / "Kim Il Sung was born …" tells of him
    return None if word is not None and fold(word.group()) in core_tokens(name) else name


def _names_alone_turns(state: _State, body: list[Line], first: int) -> frozenset[int]:
    """The lines, from ``first`` on, of names alone that open turns on a page written in them
    (the speaker's name on its line, the speech below, no colon): of the names given by the page
    (the title, summary, participants, narration; a title alone the title gives with a name: "THE
    PRESIDENT") or heading two paragraphs or more, two names or more over three lines or more,
    changing at least twice from one to the next (A, B, A). Then a name alone heading one
    paragraph and given nowhere else opens a turn too, a doubt (:func:`_review_turns`). Weaker
    evidence reads no turn (a page of names heading paragraphs is reviewed:
    :func:`_review_refusals`), and so does a page where the first sentence below every name
    tells of someone in the third person (a report's sections: "KIM IL SUNG" / "We were told
    that he …"). Asked once, at the first name alone above a sentence
    (:func:`_name_alone`); the names after it need only speech below ("BREZHNEV" / "Go on.")."""
    lines: list[tuple[int, tuple[str, ...], str]] = []
    told = True  # every first sentence below a name tells of someone in the third person
    for i in range(first, len(body)):
        name = _name_alone(body, i, opens_speech)
        if name is not None:
            lines.append((body[i].no, core_tokens(name) or (name.casefold(),), name))
            told = told and _tells_of_someone(body[i + 1].text)
    keys = Counter(key for _, key, _ in lines)
    given = [(no, key) for no, key, name in lines
             if keys[key] > 1 or state.people.is_known(name) or state.people.role_name(name)]
    strong = len({key for _, key in given}) >= 2 and len(given) >= 3 \
        and sum(a[1] != b[1] for a, b in pairwise(given)) >= 2 and not told  # not a report's sections
    state.alone_turns = frozenset(no for no, _, _ in lines) if strong else frozenset()
    return state.alone_turns


def _tells_of_someone(text: str) -> bool:
    """Whether a paragraph's first sentence tells of someone in the third person ("I met him on 3
    March.", "We were told that he …"): under a name alone, a report's section on that person."""
    stop = text.find(". ")
    return _THIRD_PERSON.search(text, 0, stop if stop > 0 else 200) is not None


def _interview_label(name: str) -> bool:
    """Whether a label names who speaks in an interview ("Interviewer", "Unidentified speaker")."""
    return name.split(" ", 1)[0].casefold() in INTERVIEW_WORDS and all(map(is_interview_word, name.split()))


def _recurring(state: _State) -> tuple[str, ...]:
    """Names that open a paragraph before the first turn, in a form the reader takes
    only for a name it knows ("Kuznetsov – …", "Kuznetsov. …", "KUZNETSOV …"), and
    another paragraph or turn: speakers the page names by their labels alone, whose
    first labels were missed (a word of English or a short acronym is no such name:
    "Yes. …", "USSR – …"). Labels missed later in the conversation are reviewed."""
    return tuple(name for name, count in state.label_like.items()
                 if count + state.known_form_turns[name] > 1 and _not_a_word(name))


def _count_label_like(state: _State, text: str) -> None:
    """Count the name of a paragraph that opens like a label of a name the page does not know."""
    if text[:1] == "[":  # "[Kuznetsov] The train …"
        label = unknown_label(text)
        if label is not None and label.rule == "bracketed":
            state.label_like[label.name[1:-1]] += 1
        return
    match = _KNOWN_FORM.match(text)
    if match is not None and (not match.group("bare") or outside_brackets(match.group("name")).isupper()) \
            and is_name_like(match.group("name")):
        name = match.group("name")
        state.label_like[name] += 1


def _footnotes(page: str, lines: list[Line]) -> dict[str, Note]:
    notes: dict[str, Note] = {}
    for line in lines:
        mark, _, _ = line.text.partition("]")
        mark += "]"
        rest = line.text[len(mark):]
        offset = len(mark) + len(rest) - len(rest.lstrip())
        children = parse_inlines(page[line.start + offset:line.end], line.start + offset, line.no)
        notes[mark[1:-1]] = Note(children, "footnote", "", "", mark[1:-1], mark,
                                 SourceSpan(line.start, line.end, line.no))
    return notes


def _signature_start(body: list[Line]) -> int:
    """Index of the first of the trailing short lines that close a document
    (signatures, "Moravec", "19.VII.56 FIRYUBIN")."""
    i = len(body)
    while i > 1:
        text = body[i - 1].text
        if len(text) > 90 or text[-1] in _TERMINAL or _ENDS_WITH_GAP.search(text) or ": " in text \
                or _prose(text):
            break
        i -= 1
    return i if i > 1 else len(body)


def _prose(text: str) -> bool:
    """Whether a line without a closing stop is running text cut short, not a
    signature (which names, dates, places): it opens with a personal pronoun
    ("We ha"), a sentence ends inside it ("… initiative. If our c") or it has
    three words in lower case or more ("Have you anything to say, comrade D")."""
    words = _WORD.findall(text)
    return (bool(words) and words[0] in _PRONOUNS or _INNER_STOP.search(text) is not None
            or sum(w[0].islower() for w in words) >= 3)


def _inl(state: _State, text: str, start: int, line: int) -> tuple[Inline, ...]:
    """The inlines of the stretch of the page that ``text`` (a piece of the
    space-unified view, found at ``start``) covers: parsed from the page as
    written, so every space comes out as the page has it."""
    fn = state.footnotes
    original = state.page[start:start + len(text)]
    return parse_inlines(original, start, line, (lambda n, mark: fn.pop(n, None)) if fn else None)


def _unit(state: _State, body: list[Line], i: int, signature_from: int) -> int:
    line = body[i]
    text = line.text
    span = SourceSpan(line.start, line.end, line.no)
    if _OMISSION_LINE.fullmatch(text):
        _add_paragraph(state, Paragraph((Gap(_original(state, line), "editorial", span),), span), narration=False)
        return i + 1
    if _MARKER_LINE.fullmatch(text):
        node = PageBreak(_original(state, line), _digits(text), span)
        if state.turn is not None:
            state.turn.paragraphs.append(Paragraph((node,), span))
        else:
            state.blocks.append(node)
        return i + 1
    end = _bracket_end(state, body, i) if text[0] == "[" else None
    if end is not None:
        return _bracketed(state, body, i, end)
    if len(text) <= 60 and (state.alone_turns is None and _name_alone(body, i) is not None
                            and _names_alone_turns(state, body, i) or state.alone_turns and line.no in state.alone_turns):
        return _paragraph(state, body, i)
    if state.han_labels and line.no in state.han_labels:
        return _paragraph(state, body, i)  # "周恩来：…" as other paragraphs open: reviewed (_han_labels)
    fld = _field(state, body, i)
    if fld is not None:
        return fld
    if text[-1] not in _TERMINAL and _label_lead(state, body, i):
        return _paragraph(state, body, i + 1, lead=line)
    if i == 0 and state.frus or _is_heading(state, text, i >= signature_from):
        _close_turn(state)
        kind = ("title" if i == 0 and state.frus else "signature" if i >= signature_from and state.started
                else "classification" if _CLASSIFICATION.fullmatch(text) else "heading")
        if kind == "heading" and state.spoken:  # "PHAM VAN DONG –" above the speech
            _review_missed_label(state, line, body[i + 1].text if i + 1 < len(body) else "", "a heading")
        elif kind == "heading":
            _note_name_alone(state, body, i, "a heading")
        _learn_names(state, text)
        state.blocks.append(Heading(_inl(state, text, line.start, line.no), kind, span))  # type: ignore[arg-type]
        return i + 1
    if not state.started and _is_dateline(text):
        _close_turn(state)
        state.blocks.append(Dateline(_inl(state, text, line.start, line.no), span))
        return i + 1
    return _paragraph(state, body, i)


def _bracket_end(state: _State, body: list[Line], i: int) -> int | None:
    """Index of the line that closes an editor's bracket opened at the start
    of line ``i`` (which starts with "[") and left open there ("[faded image of
    a stamp:" … "10 August 1957]"), when it closes at the end of a line within
    a few lines."""
    if not unbalanced(body[i].text):
        return None
    last = min(len(body), i + _BRACKET_LINES) - 1
    depth = 0
    for at, char in enumerate(state.page[body[i].start:body[last].end], body[i].start):
        depth += (char == "[") - (char == "]")
        if depth == 0:
            return next((j for j in range(i + 1, last + 1) if body[j].end == at + 1), None)
    return None


def _bracketed(state: _State, body: list[Line], i: int, end: int) -> int:
    """The lines of an editor's bracket over several lines as one note: a
    heading atop the document, a paragraph of narration further on."""
    first, last = body[i], body[end]
    span = SourceSpan(first.start, last.end, first.no)
    content = state.page[first.start + 1:last.end - 1]
    kind = bracket_kind(content, f"[{content}]", 0, len(content) + 2)
    note = Note(_inl(state, content, first.start + 1, first.no),
                kind if kind in _NOTE_KINDS else "editorial", "[", "]", span=span)  # type: ignore[arg-type]
    state.bracketed.update(line.no for line in body[i:end + 1])
    if state.started:
        _add_paragraph(state, Paragraph((note,), span), narration=True)
    else:
        _close_turn(state)
        state.blocks.append(Heading((note,), "heading", span))
    return end + 1


def _original(state: _State, line: Line) -> str:
    """A line as the page writes it (the lines are read from a view of the
    page with every kind of space made a plain space)."""
    return state.page[line.start:line.end]


def _digits(text: str) -> str | None:
    match = re.search(r"\d+", text)
    return match.group() if match else None


def _field(state: _State, body: list[Line], i: int) -> int | None:
    line = body[i]
    match = _FIELD.fullmatch(line.text)
    list_field = _LIST_FIELD.fullmatch(line.text) is not None
    role_field = False  # "Chairman: Comrade Ivanov" atop a protocol: who chaired, not a speech
    if not list_field:
        if match is None:
            return None
        written = match.group("label").rstrip(": ")
        name = written.lower()
        words = name.split()
        if all(w in INTERVIEW_WORDS for w in words) or state.spoken and (
                name in OWN_SIDES or name[-1] == "." and _abbreviates_speaker(state, written)) \
                or state.people.has_short_forms and state.people.declared(written) \
                or state.spoken and words[0] in PART_OPENERS and _part_turn(state, line.text) is not None:
            return None  # "Question:", "Respondent:"; "Our side:", "Gr.:" once the talks have begun; "K.:" defined
        role_field = not state.spoken and label_kind(written) == "role" and _names_someone(state, match.group("value"))
        if not (name in _FIELD_NAMES  # "Foreign Guests:", not "Foreign Minister Gromyko:" or "Foreign Minister:"
                or words[0] in _FIELD_NAMES and len(words) <= 3 and label_kind(written) not in ("person", "role")
                or words[-1] in ("participants", "participant", "present") or role_field
                or (len(words) <= 4 or not match.group("value")) and len(written) > 1  # not "A:", an answer
                and label_kind(written) == "field"):
            return None
        if not state.spoken and (written[1:2] in ". " or written[2:3] == ".") and len(written) <= 6:
            _review_initials(state, line, "a field")  # "N.: We are glad …" before the first turn
    _close_turn(state)
    label = line.text if list_field else match.group("label")  # type: ignore[union-attr]
    label = state.page[line.start:line.start + len(label)]
    value = "" if list_field else match.group("value")  # type: ignore[union-attr]
    if state.spoken and value.rstrip()[-1:] in _TERMINAL and len(_LOWER_WORD.findall(value)) >= 3 \
            and opens_sentence(value) and " ".join(label.rstrip(": ").replace("’", "'").casefold().split()) not in NOTE_HEADS:
        state.warnings.append(review(  # "Interpreter: The Premier means …" amid the talks
            "TE-REVIEW-TURN", f"the field “{label.strip()}” amid the conversation holds a sentence: kept as a "
            "field; if someone speaks, encode it as a turn", state.source, line.no))
    voffset = len(line.text) - len(value)
    inlines = _inl(state, value, line.start + voffset, line.no) if value else ()
    items: list[tuple[Inline, ...]] = []
    j = i + 1
    if value.endswith(",") and _goes_on(body, j):  # "Copies: Stalin (2), Molotov," / "Mikoyan, Kaganovich"
        following = body[j]
        inlines += (Text(state.page[line.end:following.start]),
                    *_inl(state, following.text, following.start, following.no))
        j += 1
    if not value:
        people = list_field or _PEOPLE_FIELD.search(label) is not None  # not "Date and Time:", "Place:"
        while j < len(body) and _is_list_item(state, body[j], body[j - 1]):
            items.append(_inl(state, body[j].text, body[j].start, body[j].no))
            if people:
                _add_listed(state, body[j].text)
            j += 1
        if people:  # the roles the list gives with one person each, once it is read whole
            for item in body[i + 1:j]:
                state.people.add_listed_roles(item.text)
    elif role_field:
        state.people.add_role(label.rstrip(": "), value.strip().rstrip(".;"))
        state.people.add_listed(value.strip().rstrip(".;"))
    elif _PEOPLE_FIELD.search(label):
        for part in re.split(r"[;,]\s*", value):
            _add_listed(state, part)
            state.people.add_listed_roles(part)
    end = body[j - 1]
    state.blocks.append(Field(label, inlines, tuple(items), SourceSpan(line.start, end.end, line.no)))
    return j


def _goes_on(body: list[Line], j: int) -> bool:
    """Whether line ``j`` continues the line before it, whose value ends with a
    comma: the very next line, no field of its own."""
    return (j < len(body) and body[j].no == body[j - 1].no + 1 and _FIELD.fullmatch(body[j].text) is None
            and not body[j].text.startswith("["))


def _names_someone(state: _State, value: str) -> bool:
    """Whether a field's value is a person's name and nothing more: with a title or
    an initial ("Comrade Ivanov", "I. Ivanov"), or a name the page gives."""
    value = value.strip().rstrip(".;")
    first = value.split()[0] if value else ""
    return bool(first) and is_name_like(value) and (fold(first) in TITLES or is_initial(first)
                                                    or state.people.is_known(value))


def _is_list_item(state: _State, line: Line, previous: Line) -> bool:
    """Whether a line continues a participant list: the next line of the list
    block, or (lines apart) a short line that is not a sentence, field or turn."""
    text = line.text
    short = len(text) <= 120 and text[-1] not in ".!?…" and _FIELD.fullmatch(text) is None
    if line.no == previous.no + 1:
        return (state.gapped or short) and not _field_like(text)
    own = outside_brackets(text)  # an editor's sentence alone after a blank ends the list
    editors_sentence = not own.strip() and text.rstrip("] \t")[-1:] in ".!?…"
    return (short and _label(state, text) is None and _CLASSIFICATION.fullmatch(text) is None
            and not editors_sentence and not own.isupper())


def _add_listed(state: _State, item: str) -> None:
    """A participant list's item: its person, and the short form it defines ("(hereafter K.)");
    none for an item wholly in an editor's brackets ("[name not declassified]")."""
    if not outside_brackets(item).strip():
        return
    name = _listed_name(item)
    state.people.add_listed(name)
    if "(" in item:
        state.people.add_listed_short_form(item, name)


def _listed_name(item: str) -> str:
    """The name a participant list's item opens with, without the side it is
    listed under ("Korean side: Jeong [Jong] [sic], deputy …" → "Jeong"), the
    editor's brackets after it or "et al."."""
    item = _LISTED_NOISE.sub("", _SIDE_LABEL.sub("", item, count=1))
    name = re.split(r",|\s+of\s+|\s+\(", item, maxsplit=1)[0].strip()
    if not core_tokens(name) and " of " in item:  # "Secretary of State Henry A. Kissinger": titles before "of"
        found = names_in(re.split(r",|\s+\(", item, maxsplit=1)[0], single=False)
        name = found[0] if found else name
    return name if len(name.split()) <= 6 else ""


def _is_heading(state: _State, text: str, trailing: bool) -> bool:
    if _CLASSIFICATION.fullmatch(text):
        return True
    if not state.started and (_is_title(state, text) or _cable_header(state, text)):
        return True
    if (text[-1] == ":" or text[-1] in "—–" and text[-2:-1] == ":") and _label(state, text) is not None:
        return False  # "SHCHERBAKOV:" alone on its line, "BREZHNEV:—"
    outside = outside_brackets(text)
    if outside.isupper() and len(outside.strip()) >= 3 and len(text) < 200:
        return trailing or _alone_label(state, text) is None  # a speaker's "HONECKER" before the speech
    if _BRACKETED.fullmatch(text) and not state.started:
        return True
    if not state.started and len(text) <= 320 and ": " not in text and text[-1] not in _TERMINAL and (
            _DOCUMENT_TITLE.match(text) or _TITLE_REST.match(text) and _after_document_word(state)):
        return True
    short = len(text) <= 160 and text[-1] not in _TERMINAL and not _ENDS_WITH_GAP.search(text)
    if not short or ": " in text:
        return False
    if _continues_heading(state, text):
        return True
    if trailing and state.started:
        return True
    return not state.started and not _is_dateline(text) and _label(state, text) is None and not _introduces(text)


def _introduces(text: str) -> bool:
    """Whether a line is a sentence that introduces what follows ("On the
    evening of the 21st, … had the following discussion with …:"): a colon
    after three words in lower case or more."""
    return text[-1] == ":" and sum(w[0].islower() for w in _WORD.findall(text)) >= 3


def _is_title(state: _State, text: str) -> bool:
    """Whether a line is the document's title written again (a line much
    shorter or longer than the title is not compared)."""
    size = len(state.title)
    return size > 0 and size - 4 <= len(text) <= 2 * size + 8 and _title_key(text) == state.title


def _cable_header(state: _State, text: str) -> bool:
    """Whether a line before the text is a header line of a cable (:mod:`.cable`):
    its kind ("Ciphered Telegram.", which makes the page a cable) or, on a page
    whose title or first lines name a telegram, cable or letter, its handling,
    routing or transmission ("Extremely urgent.", "From Pyongyang.")."""
    if cable.is_kind(text):
        state.letter = True
        return True
    after_heading = bool(state.blocks) and isinstance(state.blocks[-1], Heading)
    return state.letter and cable.is_header_line(text, after_heading)


def _title_key(text: str) -> str:
    """A title as compared with a line: letters and digits in lower case, one space between words."""
    return " ".join(_WORD_RUN.findall(text.casefold()))


def _continues_heading(state: _State, text: str) -> bool:
    """Whether a short line goes on with the heading just before it: it opens
    with a connector in lower case ("JOURNAL" / "of Soviet Ambassador …",
    "STENOGRAPHIC TRANSCRIPT" / "of the meeting …")."""
    if not text[0].islower() or not state.blocks:
        return False
    last = state.blocks[-1]
    return isinstance(last, Heading) and last.kind == "heading" and text.split(maxsplit=1)[0] in _HEADING_CONNECTORS


def _after_document_word(state: _State) -> bool:
    """Whether the last block is a heading of a document word alone ("RECORD")."""
    last = state.blocks[-1] if state.blocks else None
    return isinstance(last, Heading) and bool(_DOCUMENT_WORD.fullmatch(inlines_text(last.inlines).strip()))


def _is_dateline(text: str) -> bool:
    if len(text) > 90:
        return False
    match = DATE_RE.search(text)
    if match is None or match.group("y4") and not re.search(r"[A-Z][a-z]+\s*\d|\d\s*[A-Z][a-z]+", text):
        return False
    rest = (text[:match.start()] + " " + text[match.end():]).replace("a.m.", "").replace("p.m.", "")
    return len(rest.split()) <= 6 and not re.search(r"[.!?]\s+[A-Z]", rest) and dateline_parts(text)[0] is not None


def _label(state: _State, text: str) -> Label | None:
    return find_label(text, state.known, lambda name: _is_known(state, name))


def _is_known(state: _State, name: str) -> bool:
    """Whether a label's name is a speaker's the page knows (on a page that writes its
    speakers' names in capitals, any name in capitals; a role the title gives with a name, in
    capitals or not: "THE PRESIDENT", "The President" under "… President Nixon …")."""
    return state.people.is_known(name) or state.caps_labels and name.isupper() \
        or label_kind(name) == "role" and state.people.role_name(name) is not None


def _alone_label(state: _State, text: str) -> Label | None:
    """A speaker's label alone on its line, the speech on the next: with a colon
    ("SHCHERBAKOV:"), or, once the talks have begun, a known speaker's name bare, or
    closed by a full stop or a dash ("HONECKER", "Brezhnev.", "Honecker –")."""
    if text[-1] == ":":
        return _label(state, text)
    if not state.spoken or len(text) > 80 or not all(w[:1].isupper() or w in PARTICLES or w in _DASH_WORDS for w in text.split()):
        return None  # not "Thank you."
    match = _ALONE.fullmatch(text)
    name = match.group("name") if match is not None else ""
    if not name or is_initial(name.split()[-1]) or not is_name_like(name) or not _is_known(state, name):
        return None
    return Label(text, name, len(text), "alone")


def _signs_off(body: list[Line], i: int) -> bool:
    """Whether line ``i`` and the last line of the body below it sign the record: a name above
    an office that opens with a title and ends with no stop ("V. Petrov" / "Ambassador of the
    USSR in the DPRK"), no speech."""
    below = body[i + 1].text if i + 2 == len(body) else ""
    word = _WORD.match(below)
    return word is not None and fold(word.group()) in TITLES and below[-1] not in _TERMINAL


def _label_lead(state: _State, body: list[Line], i: int) -> bool:
    """Whether line ``i`` is the first line of a label set over two lines: titles alone, no stop
    ("First Secretary of the Central Committee"), and on the very next line a person's label
    ("Gierek: Thank you."), as a page broken from a typeset record's column writes it."""
    text = body[i].text
    if len(text) > 80 or text[-1] in _TERMINAL or text[-1] == ":" or i + 1 == len(body) \
            or body[i + 1].no != body[i].no + 1 or label_kind(text) != "role" or not is_name_like(text):
        return False
    label = _label(state, body[i + 1].text)
    return label is not None and label.speech < len(body[i + 1].text) and label_kind(label.name) == "person"


def _paragraph(state: _State, body: list[Line], i: int, lead: Line | None = None) -> int:
    """A paragraph or a turn from line ``i``; ``lead``: the line above, the first of its label."""
    line = body[i]
    text = line.text
    label = (_declared_label(state, text) if state.people.has_short_forms
             and (text[1:2] in ". " or text[2:3] == ".") else None)
    if label is None:
        label = _label(state, text)
    if label is None and text[-1] != ":":
        label = _alone_label(state, text)
    if label is None and state.numbered:
        label = _numbered_turn(state, line)
    if label is None and state.alone_turns and line.no in state.alone_turns:
        label = Label(text, _ALONE.fullmatch(text).group("name").strip(), len(text), "alone")  # type: ignore[union-attr]
    if label is None and state.spoken and (word := _WORD.match(text)) is not None \
            and word.group().casefold() in PART_OPENERS:
        label = _part_turn(state, text)
    if label is not None and label.rule == "alone" and _signs_off(body, i):
        label = None  # "V. Petrov" / "Ambassador of the USSR in the DPRK": a signature
    gap_doubt, counted = None, False
    if label is None and has_gap(text, state.page, line.start):
        label, gap_doubt, counted = _spaced_turn(state, line, _original(state, line))
    refused = label is not None  # a label the rules found and then refused, with reason
    address = _address(state, label) if label is not None and not state.spoken else None
    if label is not None and address is not None:
        state.refusals.append(_Refusal(line.no, label.text, label.name, "the document's address", address))
        label = None
    ordinary = _ordinary_words(state, label) if label is not None else None
    if label is not None and ordinary is not None:
        state.warnings.append(review(
            "TE-REVIEW-TURN", f"“{label.text}” opens like a speaker label, but {ordinary}, and no "
            "other paragraph opens with it: kept as text; if it names a speaker, encode the turn",
            state.source, line.no))
        label = None
    if label is not None and label.speech >= len(text) and _without_speech(state, label, body, i):
        label = None
    if label is None:
        reviews = len(state.warnings)
        if state.spoken:
            _review_label_like(state, line)
        else:  # a conversation the reader has not seen begin?
            if not counted:
                _count_label_like(state, text)
            _note_name_alone(state, body, i, "narration")
            _note_numbered(state, line)
        if gap_doubt is not None and len(state.warnings) == reviews:
            _review_as_label(state, line, gap_doubt, "a name the page gives nowhere else, then a tab or spaces")
        if len(state.warnings) == reviews and not refused:
            _review_opening(state, line)
        if len(state.warnings) == reviews and state.spoken:
            _review_marked_speaker(state, line)
        if len(state.warnings) == reviews and line.no in state.han_labels:
            _review_as_label(state, line, state.page[line.start:line.start + text.find(":") + 1],
                             "Han characters and a colon, as other paragraphs "
                             "open: a speaker's name in a language the reader does not read?")
        if len(state.warnings) == reviews and (text[1:2] in ".: " or text[2:3] == ".") and not state.spoken:
            _review_initials(state, line)
        if len(state.warnings) == reviews:
            _review_midline_label(state, line, text)
        if len(state.warnings) == reviews and not refused:
            _review_missed_label(state, line, body[i + 1].text if i + 1 < len(body) and not _signs_off(body, i) else "")
        elif not state.spoken:
            state.net_held = None
        _learn_names(state, text)
        inlines, j = _merged(state, body, i)
        _add_paragraph(state, Paragraph(inlines, SourceSpan(line.start, body[j - 1].end, line.no)),
                       narration=_is_narration(state, text))
        return j
    _close_turn(state)
    if state.net_held is not None and not state.spoken and len(state.blocks) == state.net_held[2] + 1:
        _review_as_label(state, *state.net_held[:2], _NET_WHY)  # the paragraph right above the first turn
    doubt = _label_doubt(state, label)
    state.dash_labels = state.dash_labels or label.rule == "dash"
    if label.rule == "spaced" or label.rule == "known" and _gap_after(state, line, label):
        state.spaced_labels = True  # "Kuznetsov    Then hurry.": a known name, set apart as the others
        if label.rule == "known":
            state.known_form_turns[label.name] += 1
    if label.rule in _KNOWN_NAME_RULES:
        state.known_form_turns[label.name[1:-1] if label.rule == "bracketed" else label.name] += 1
    speaker = state.people.speaker(label.name)
    state.caps_labels = state.caps_labels or outside_brackets(label.name).isupper()
    state.known.add(_PARENTHESES.sub("", label.name).strip())
    label_inlines = _inl(state, text[:len(label.text)], line.start, line.no)
    start = line
    if lead is not None:  # "First Secretary of the Central Committee" / "Gierek: …"
        label_inlines = (*_inl(state, lead.text, lead.start, lead.no), Text(state.page[lead.end:line.start]),
                         *label_inlines)
        start = lead
    state.started = state.spoken = True
    state.turn = _OpenTurn(label_inlines, speaker, SourceSpan(start.start, line.end, start.no), doubt=doubt,
                           run_on=label.speech == len(label.text) < len(text), form=label.rule)
    if label.speech >= len(text):
        i += 1
        line = body[i]
        speech, offset = line.text, 0
    else:
        speech, offset = text[label.speech:], label.speech
    if state.turn.doubt is None or state.turn.doubt == "unknown":
        state.turn.doubt = _speech_doubt(label, speech, state.turn.doubt)
    _review_midline_label(state, line, speech)
    state.turn.reported = bool(_REPORTED_SPEECH.match(speech))
    inlines, j = _merged(state, body, i, offset)
    state.turn.paragraphs.append(Paragraph(inlines, SourceSpan(line.start + offset, body[j - 1].end, line.no)))
    return j


def _part_turn(state: _State, text: str) -> Label | None:
    """Once the talks have begun, the label of a speaker named by the part they play
    (:func:`~.labels.part_label`): unnamed voices ("A voice from the floor:"), and an interpreter
    who speaks for a speaker of the page ("Interpreter (for Mao):") or has spoken before; not an
    interpreter named atop the record (a field, reviewed amid the talks: :func:`_field`)."""
    found = part_label(text)
    if found is None:
        return None
    label, aside = found
    if is_interpreter(label.name) and not (
            aside is not None and aside.split(" ", 1)[0] in ("for", "to") and _is_known(state, aside.split(" ", 1)[-1])
            or state.people.is_known(label.name.split(" ", 1)[0])):
        return None
    return label


def _declared_label(state: _State, text: str) -> Label | None:
    """A label of initials the page defined as a person's short form ("(hereafter K.)", then
    "K.: Thank you."): the labels of initials alone are fields or doubts elsewhere."""
    match = _INITIALS_LABEL.match(text)
    if match is None or not state.people.declared(name := match.group("name").strip()):
        return None
    return Label(match.group().rstrip(), name, match.end(), "declared")


def _gap_after(state: _State, line: Line, label: Label) -> bool:
    """Whether a tab or a run of spaces sets a label without a mark apart from its speech."""
    gap = state.page[line.start + len(label.text):line.start + label.speech]
    return len(gap) > 1 or gap == "\t"


def _spaced_turn(state: _State, line: Line, original: str) -> tuple[Label | None, str | None, bool]:
    """A label closed by a tab or a run of spaces (:func:`~.labels.spaced_label`), the name of
    one kept as text for review, and whether one was counted. Its turn opens when the page gives
    its name (or heads two such paragraphs or more with it: :func:`_recurring`), when it names a
    side, or on a page that sets its labels so, where a name given nowhere else that speaks once
    is a doubt (:func:`_review_turns`). Before the first turn another is counted (once: not again
    by :func:`_count_label_like`); after it, reviewed."""
    label = spaced_label(line.text, original)
    if label is None:
        return None, None, False
    name = label.name
    if _is_known(state, name) or label_kind(name) == "side" or state.spaced_labels:
        word = NEXT_WORD.match(line.text, label.speech)
        if word is None or not (core_tokens(word.group()) and state.people.is_known(f"{name} {word.group()}")):
            return label, None, False  # not "Comrade Kim  Il Sung said …": the name goes on
        return None, None, False
    if not state.spoken:
        state.label_like[name] += 1
        return None, None, True
    return None, name if _names_unknown(state, name) else None, False


def _without_speech(state: _State, label: Label, body: list[Line], i: int) -> bool:
    """Whether a label alone on line ``i`` has no speech after it (TEI wants one):
    the page ends (cut short?), or a label, a field or a heading follows. In a
    conversation the first is reviewed, and the second when it names a known speaker."""
    line = body[i]
    nxt = body[i + 1] if i + 1 < len(body) else None
    if nxt is None:
        if state.spoken and label.rule != "alone":  # not a name closing the page: "… Ambassador I. Ivanov"
            state.warnings.append(review(
                "TE-REVIEW-TURN", f"the page ends on the label “{label.text}” with no speech after it "
                "(a page cut short?): kept as text", state.source, line.no))
        return True
    if not (_label(state, nxt.text) is not None or _FIELD.fullmatch(nxt.text) and _field_like(nxt.text)
            or _is_heading(state, nxt.text, False)):
        return False
    if state.spoken and state.people.is_known(label.name):
        state.warnings.append(review(
            "TE-REVIEW-TURN", f"the label “{label.text}” of a speaker of this page stands alone, with no "
            "speech before the next label, field or heading: kept as text", state.source, line.no))
    elif not state.spoken:  # reviewed if the name opens a turn later (_review_refusals)
        state.refusals.append(_Refusal(line.no, label.text, label.name, "text",
                                       "a label alone, with no speech before the next label, field or heading",
                                       if_it_speaks=True))
    return True


def _ordinary_words(state: _State, label: Label) -> str | None:
    """Why a label names no one, or None: one to three capitalised words that
    are no name the page gives, each an ordinary word (one the page writes in
    lower case, or a word of the English dictionary), besides titles and sides,
    and no other paragraph of the page opens with it ("Level: …", "Contents:
    …", "Economic Questions: …", "Soviet Proposal: …"). A speaker's label
    recurs; a field's or a heading's is written once."""
    name = label.name
    words = name.split()
    if label.rule != "colon" or len(words) > 3 or name.isupper() or label_kind(name) != "person" \
            or not all(map(_PLAIN_WORD.fullmatch, words)) or state.people.is_known(name):
        return None
    lower = [w for w in words if fold(w) not in TITLES and fold(w) not in SIDES and not is_interview_word(w)]
    if not lower:
        return None  # "Journalist:", who speaks in an interview
    kind = "an ordinary word" if len(lower) == 1 else "ordinary words"
    if all(state.writes_lower(w) for w in lower):
        why = f"the page writes “{' '.join(lower).casefold()}” as {kind}"
    elif all(state.writes_lower(w) or _is_english(w) for w in lower):
        why = f"“{' '.join(lower)}” {'is' if len(lower) == 1 else 'are'} {kind} of English"
    else:
        return None
    return why if _paragraphs_opened(state, name) < 2 else None


def _label_doubt(state: _State, label: Label) -> str | None:
    """Why a label just found may not open a speaker's turn: a title without a
    name ("Premier:"), or a name the page has not given before (kept only if
    the name speaks once: see :func:`_review_turns`)."""
    kind = label_kind(label.name)
    if label.rule in ("question-answer", "declared", "part") or kind == "person" and _interview_label(label.name):
        return None  # the form says what it is: "Q.", "Interviewer:", "K." defined as Kissinger's
    if kind == "person" and state.people.fits_several(label.name):
        return "several"
    if kind == "role" and core_tokens(label.name):  # "The Chairman [Mao Zedong]": the editor names him
        kind = "person"
    elif kind == "role":
        return None if state.people.role_name(label.name) else "role"  # not "Premier:" under "Premier Zhou’s …"
    if kind == "side" or state.people.is_known(label.name) \
            or "(" in label.name and state.people.is_known(_PARENTHESES.sub("", label.name).strip()):
        return None  # "Vance (USA) –": an aside does not change who speaks
    return "unknown"


def _review_turns(state: _State) -> None:
    """Mark the turns taken on weak evidence: a speaker whose name the page
    gives nowhere before the label and who speaks only once (``cert="medium"``),
    the first turn of each role label, and the first of a name that is part of
    the names of several people ("Kim:", ``cert="medium"``). Each gets a review entry."""
    turns = Counter(b.speaker for b in state.blocks if isinstance(b, Turn))
    forms: dict[str, Counter[str]] = {}  # the speakers of each label form, by turns
    for i, form in state.forms.items():
        forms.setdefault(form, Counter())[state.blocks[i].speaker] += 1  # type: ignore[union-attr]
    unsure = {state.blocks[i].speaker for i, doubt in state.doubts if doubt in _UNKNOWN}  # type: ignore[union-attr]
    roles: set[str] = set()
    for index, doubt in state.doubts:
        turn = state.blocks[index]
        assert isinstance(turn, Turn)
        label = inlines_text(turn.label)
        if doubt in _UNKNOWN and turns[turn.speaker] > 1:
            continue  # a name the page gives nowhere else, but a speaker's: it speaks again
        if doubt == "unknown" and not _amid_its_form(state, index, turns, forms, unsure) \
                and not _named_elsewhere(state, label, turn.span):
            state.blocks[index] = replace(turn, cert="medium")
            message = (f"turn opened by the label “{label}”, a name the page gives nowhere else: "
                       "check that it names a speaker and not a field, a heading or an addressee")
        elif doubt in _SPEECH_DOUBTS:
            state.blocks[index] = replace(turn, cert="medium")
            message = f"turn opened by the label “{label}”, but {_SPEECH_DOUBTS[doubt]}: check that it is a turn"
        elif doubt == "role" and label not in roles:
            roles.add(label)
            message = f"turns of “{label}”: a title without a name; check who speaks"
        elif doubt == "several" and label not in roles:
            roles.add(label)
            state.blocks[index] = replace(turn, cert="medium")
            message = (f"turns of “{label}”: a name that is part of the names of several people of this "
                       "page; check who speaks")
        else:
            continue
        state.warnings.append(review("TE-REVIEW-TURN", message, state.source, turn.span.line if turn.span else None))


def _named_elsewhere(state: _State, label: str, span: SourceSpan | None) -> bool:
    """Whether the page gives the surname of a label's name outside the label, after the talks
    began too ("I met Nam Il." between two entries of a journal, "Signed: A. Alekseev" under a
    telegram): the name is the page's, not a field's or a heading's words read as a label."""
    words = [w for w in _PARENTHESES.sub("", _LABEL_END.sub("", label)).split() if not is_initial(w)]
    if span is None or not words or fold(words[-1]) in TITLES:
        return False
    page, surname = state.page, words[-1]
    for form in {surname, surname.title(), surname.upper()}:  # "KOSYGIN." and "Kosygin"
        at = page.find(form)
        while at >= 0:
            end = at + len(form)
            if not span.start <= at < span.end and not (at and (page[at - 1].isalnum() or page[at - 1] in "’'-")) \
                    and not (end < len(page) and (page[end].isalnum() or page[end] in "’'-")):
                return _not_a_word(surname.title())  # a name, not "Contents" given elsewhere
            at = page.find(form, end)
    return False


def _amid_its_form(state: _State, index: int, turns: Counter[str], forms: dict[str, Counter[str]],
                   unsure: set[str]) -> bool:
    """Whether the page's own structure confirms the turn at ``index`` of a name it gives
    nowhere else: the turns just before and after it are turns, no paragraph between, and its
    label's form (colon, dash, capitals …) opens two other turns or more, of two other speakers
    or more, one of them sure (who speaks twice or more, or whose name the page gives); its name
    is no word of English ("Huang Hua:" between "Zhou:" and "Kissinger:", not
    "Contents:"). A field, a heading or an addressee stands at the edge of the talk or alone,
    and the sections of a report ("Laos: …", "Cambodia: …", "Vietnam: …") confirm no one."""
    blocks = state.blocks
    if not 0 < index < len(blocks) - 1 or not isinstance(blocks[index - 1], Turn) \
            or not isinstance(blocks[index + 1], Turn):
        return False
    turn = blocks[index]
    assert isinstance(turn, Turn)
    speakers = forms.get(state.forms.get(index, ""), Counter())  # ``forms``: the speakers of each form
    others = set(speakers) - {turn.speaker}  # ``unsure``: the speakers of names the page gives nowhere else
    if len(others) < 2 or speakers[turn.speaker] > 1 or not _not_a_word(_LABEL_END.sub("", inlines_text(turn.label))):
        return False
    return any(turns[other] > 1 or other not in unsure for other in others)


# The doubts of a name the page gives nowhere else: no more (``unknown``), or what follows it is
# no speaker's sentence either (:func:`_speech_doubt`): reviewed when the name speaks once.
_UNKNOWN = frozenset(("unknown", "lower", "quotation"))
# Why what follows a label may not be speech (see :func:`_speech_doubt`).
_SPEECH_DOUBTS = {
    "reference": "what follows it reads as the reference to a work (a place and a year, pages), not speech",
    "aside": "the dash after the name may open an aside that a second dash closes, in narration",
    "quotation": "what follows it is a quotation alone, and the page has not given the name before "
                 "(a paper or a person quoted, not a speaker?)",
    "names": "what follows it is a list of names, not speech (those present?)",
    "lower": "the page has not given the name before and what follows it opens in lower case, as the "
             "words after a heading or a field do, not a speaker's sentence",
}
# A speech that is a quotation and nothing else: "“The Chinese leaders betray the revolution.”".
_WHOLE_QUOTATION = re.compile(r"[“\"«„][^“”\"«»„]+[”\"»][.,]?\s*")
# A speech that is a list of names: "Zhou Enlai, Li Xiannian, Qiao Guanhua." (two items or more,
# each two to four capitalised words or initials: not "Hello, Sasha.").
_NAME_ITEM = r"(?:[A-Z][\w’'.-]*\s){1,3}[A-Z][\w’'-]*"
_LIST_SEPARATOR = re.compile(r",?\sand\s|,\s")
_NAME_LIST = re.compile(rf"{_NAME_ITEM}(?:,\s{_NAME_ITEM})*(?:,?\sand\s|,\s){_NAME_ITEM}\.?\s*")
_LABEL_END = re.compile(r"\s*(?::|[—–]|--|\.)?\s*$")
# A work's reference: a place and a year in parentheses, or pages ("(Pyongyang, 1975), pp. 12-40").
_REFERENCE = re.compile(r"\([A-Z][\w .’'-]{1,40},\s?(?:1[6-9]|20)\d\d\)|\bpp?\.\s?\d")
# An aside set off by dashes after a name: "Kim Il Sung – as we were told later – spoke …".
_DASH_ASIDE = re.compile(r"[a-z][^—–.!?:;]{0,60}?\s(?:[—–]|--)\s[a-z]")


def _speech_doubt(label: Label, speech: str, doubt: str | None) -> str | None:
    """Why what follows a label may be no speech: the reference to a work by the person
    the label names (a place and a year, pages; short), or, after a dash, words in lower case
    closed by a second dash and going on in lower case (an aside in narration); a list of names
    (those present, "The Chinese side: Zhou Enlai, Li Xiannian."); after a name the page gives
    nowhere else (``doubt``, "unknown"), a quotation and nothing else ("Pravda: “…”") or words
    in lower case ("Laos: the situation is grave.", a section's heading amid the talks). Else
    ``doubt`` as it was."""
    if doubt == "unknown":
        if speech[:1].islower():
            return "lower"
        return "quotation" if speech[:1] in "“\"«„" and _WHOLE_QUOTATION.fullmatch(speech) else doubt
    if label.rule == "dash" and _DASH_ASIDE.match(speech):
        return "aside"
    if ("(" in speech or "p." in speech) and len(speech) < 200 and _REFERENCE.search(speech):
        return "reference"
    if "," in speech[:40] and len(speech) < 200 and speech[:1].isupper() and _NAME_LIST.fullmatch(speech):
        items = _LIST_SEPARATOR.split(speech.strip().rstrip("."))
        if all(core_tokens(item) and fold(item.split()[0]) not in TITLES for item in items):
            return "names"  # but not people called: "Mr. Chairman, Mr. Prime Minister.", "Comrade Kim, Comrade Pak."
    return None


def _review_label_like(state: _State, line: Line) -> None:
    """A paragraph of a conversation that opens like a speaker label the
    reader did not take: a known speaker's run on without a space ("Kadar—it
    is …"), or a name the page gives nowhere else before a dash, an aside
    and a colon, a full stop, or in capitals ("Sidorov – We …", "Sidorov,
    head of the section: …", "Sidorov. We …", "SIDOROV We …"). It is kept as
    text, for review. So is a name the page gives nowhere else after a number or a
    time ("4. Chen Yi: …"), or alone on its line ("Sidorov")."""
    numbered = state.numbered_labels.get(line.no)
    if numbered is not None and _names_unknown(state, numbered.name):
        _review_as_label(state, line, numbered.text, "a name the page gives nowhere else, after a number or a time")
        return
    match = _LABEL_LIKE.match(line.text)
    if match is None:
        _review_unknown_label(state, line)
        return
    if _abbreviates_speaker(state, match.group("name")):
        _review_as_label(state, line, match.group().strip(), "the initials of a speaker of this page?")
        return
    if not is_name_like(match.group("name")):
        _review_unusual_label(state, line, match.group("name"), match.group().strip(), ":" in match.group("sep"))
        return
    known = state.people.is_known(match.group("name"))
    if match.group("space") and (known or ":" in match.group("sep")):
        return  # a label the rules refused with reason (a field, an address), not a doubt
    if not known and not (_names_unknown(state, match.group("name")) or _titled(match.group("name").split())):
        return  # "Mr. General Secretary – I must say …": a role called, no name
    if _DASH_ASIDE.match(line.text, match.end()):
        return  # "Pak Song-chol (Minister …) – who had arrived late – took …": an aside in narration
    if not match.group("space") and not known and ":" not in match.group("sep") \
            and not (state.dash_labels and _not_a_word(match.group("name"))):
        return  # "Moscow—the capital …"; but "Sidorov:We …", and "Sidorov—we …" where labels take dashes
    why = "run on without a space" if known else "a name the page gives nowhere else"
    _review_as_label(state, line, match.group().strip(), why)


def _review_opening(state: _State, line: Line) -> None:
    """A paragraph that opens with the name of a person the page gives (a participant, a name
    of the title, summary or narration, a speaker's surname), a role that has spoken ("The
    President; We …"), once the talks have begun a name the page gives nowhere else before a
    mark no other review reads ("Sidorov; We …"), or who asks in an interview,
    then a mark that may close a label, then what reads as speech ("Ch’iao Kuan-hua; We …",
    "KOSYGIN / We …", "Q - How …", "Brezhnev said firmly: We …"), in a form no rule takes and
    no other review names: kept as text, for review, so that a label of a form the reader
    cannot read is not lost silently. Before the first turn the speech must open as a sentence
    or with a word of English that is no title ("Kim Il Sung – Chairman of …" lists a person)."""
    text = line.text
    if not text[:1].isupper() and text[:1] not in "[(":
        return
    second = _SECOND_WORD.match(text)  # most paragraphs: "We think …", "In our view …"
    if second is not None and fold(second.group(1)) not in _LOWER_IN_LABELS and second.group(1) not in _SPEAKING:
        return
    reach = _OPENING_REACH  # marks are looked for before the first word in lower case of no label
    for word in _LOWER_WORD.finditer(text, 0, reach):
        if fold(word.group()) not in _LOWER_IN_LABELS and word.group() not in _SPEAKING \
                and not word.group().endswith("ly"):
            reach = word.start()
            break
    for mark in _OPENING_MARK.finditer(text, 1, reach):
        head = text[:mark.start()]
        name = _ASIDE_AT_END.sub("", head).strip() or head.strip(" ()[]")
        words = name.split()
        sign = mark.group().strip()
        lower = [word for word in words if word[:1].islower() and fold(word) not in _LOWER_IN_LABELS]
        if len(words) > 8 or lower and not (lower == words[-len(lower):] and len(lower) <= 2 and lower[0] in _SPEAKING
                                             and all(w in _SPEAKING or w.endswith("ly") for w in lower[1:])):
            return  # "Brezhnev is right: …" is a sentence; "Brezhnev said firmly: …" may be a label
        name = " ".join(words[:len(words) - len(lower)])
        if not name or is_initial(name.split()[-1]) and sign == ".":
            continue  # "L. I. Brezhnev …": the full stop of an initial
        if not is_name_like(name) and not _asks(state, name):
            return  # "On the Cuban …": no name opens the paragraph
        if sign[:1] == ":" and not lower and label_kind(name) in ("field", "address"):
            return  # refused with reason: a field, an address
        rest = text[mark.end():].lstrip(" —–-")
        if _opens_speech_here(state, rest) and (
                _names_person(state, name) or _asks(state, name) or state.spoken and (
                    state.people.spoke_as(name) or sign[:1] not in ".:" and _names_unknown(state, name))):
            _review_as_label(state, line, text[:mark.end()].strip(),
                             "a person or a speaker of this page, then a mark no label rule takes")
        return


def _review_marked_speaker(state: _State, line: Line) -> None:
    """Once the talks have begun, a paragraph that opens with the name of a person who has spoken
    on the page set off by marks no label rule reads, then speech: "(Brezhnev) We …", "Brezhnev,
    We …", "*Honecker: Yes." (not a name called or asked for: "Comrade Honecker! We …"; not a
    label in quotation marks, "“Dr. Kissinger: …", the talk a speaker quotes, as the FRUS
    editions encode it). Kept as text, for review: no rule read it."""
    text = line.text
    if text[:1] in _QUOTES:
        return
    match = _MARKED_NAME.match(text)
    if match is not None and match.group("mark")[-1] not in "!?’'" and _capitalised(name := match.group("name")) \
            and opens_speech(text[match.end():]):
        if _names_person(state, name) and state.people.spoke_as_person(name):
            _review_as_label(state, line, match.group().strip(), "a speaker of this page, set off by marks no label rule takes")
            return
    colon = text.find(": ", 1, _OPENING_REACH)  # "Thủ tướng Phạm Văn Đồng: Yes.": titles no rule reads
    words = text[:colon].split() if colon > 0 else []
    if not 1 < len(words) <= 6 or not opens_speech(text[colon + 2:]):
        return
    for k in (3, 2, 1):
        name = " ".join(words[-k:])
        if k < len(words) and _names_person(state, name) and state.people.spoke_as_person(name):
            _review_as_label(state, line, text[:colon + 1], "a speaker of this page after words no label rule reads")
            return


def _review_midline_label(state: _State, line: Line, text: str) -> None:
    """A speaker's label run into the middle of a paragraph's line after the end of a sentence,
    as on pages whose line breaks were lost ("… the South is good. Zhou Enlai: Then we …"): a
    person the page gives or a role that has spoken, a colon, then a sentence; not inside a
    quotation ("The headline ran “Zhou Enlai: China is with you”"). The reader keeps the words
    in the paragraph (a turn begins at a line); reviewed, so that the turn is not lost silently."""
    if text.find(": ", 2) < 0:
        return  # most lines: one look
    for match in _MIDLINE_LABEL.finditer(text, 1):
        before = text[:match.start()]
        if fold(before.rpartition(" ")[2]) in TITLES:
            continue  # "… with Mr. Zhou Enlai: …": a title's stop, no sentence's end
        if sum(map(before.count, _OPENING_QUOTES)) > before.count("”") + before.count("’") - before.count("’s") \
                or before.count('"') % 2:
            continue  # inside a quotation
        name = match.group("name")
        if not _capitalised(name) or not (text[match.end()].isupper() or text[match.end()] in "“\"‘") \
                or label_kind(name) in ("field", "address") or not (
                _names_person(state, name) or state.people.spoke_as(name) or state.people.is_known(name)):
            continue
        state.warnings.append(review(
            "TE-REVIEW-TURN", f"“{name}:” after the end of a sentence, inside the paragraph, names a "
            "speaker of this page: a turn whose line break was lost? Kept in "
            f"{_holder(state)}; if it is a turn, "
            "encode it as one", state.source, line.no))
        return


_BARE_INITIAL = re.compile(r"(?P<name>[^\W\d_])\s?:\s+")  # "N: We …" (a capital: checked in code)


def _review_initials(state: _State, line: Line, kept: str = "narration") -> None:
    """Before the first turn, a paragraph that opens with a label of initials ("N.: We …", "N:
    We …") whose first letter opens the surname or given name of a person the page gives (its
    title, summary, participants): a short form of that person's name no line defines. Kept as
    text, for review (an undefined initial is a field or a list's letter as often)."""
    match = _INITIALS_LABEL.match(line.text) or _BARE_INITIAL.match(line.text)
    if match is None or not line.text[:1].isupper() or not line.text[match.end():match.end() + 1].isupper():
        return
    letter = fold(match.group("name")[:1])
    if any(token.startswith(letter) for form in state.people.known_forms() for token in core_tokens(form)):
        state.warnings.append(review(
            "TE-REVIEW-TURN", f"the paragraph opens like a speaker label, “{match.group().strip()}” (the initial "
            f"of a person of this page?): kept as {kept}; if it is a turn, encode it as one", state.source, line.no))


def _capitalised(name: str) -> bool:
    """Whether every word of a name-like run opens with a capital ("Kim Il Sung", not "We think that")."""
    return all(word[:1].isupper() or word in PARTICLES for word in name.split())


def _han_labels(state: _State, body: list[Line]) -> frozenset[int]:
    """The lines that open with a few Han characters and a full-width colon, as two paragraphs
    or more of the page do with the same ones ("周恩来：…"): a speaker label in a language the reader
    does not read (it takes none; each is reviewed). Looked for only on a page with such a colon."""
    heads = {line.no: match.group(1) for line in body if (match := _HAN_LABEL.match(line.text))}
    count = Counter(heads.values())
    return frozenset(no for no, head in heads.items() if count[head] > 1)


def _opens_speech_here(state: _State, rest: str) -> bool:
    """Whether what follows a label-like opening reads as speech (see :func:`_review_opening`)."""
    if opens_sentence(rest) or state.spoken and opens_speech(rest):
        return True
    word = _WORD.match(rest)  # before the first turn: "Fine.", "Good." but not "Chairman of …"
    return word is not None and fold(word.group()) not in OFFICE_WORDS and opens_speech(rest) \
        and _is_english(word.group())


def _names_person(state: _State, name: str) -> bool:
    """Whether a label-like opening names a person the page gives (any case), by
    its name words: "Ch’iao", "KOSYGIN", "Comrade Kim Il Sung (in Korean)"."""
    name = _GROUP_IN_NAME.sub(" ", name).strip()
    return bool(name) and bool(core_tokens(name)) and _is_known(state, name)


def _asks(state: _State, name: str) -> bool:
    """Whether a label-like opening names who asks or speaks in an interview ("Q", "Question",
    "Interviewer"); one that answers ("A", "Answer") only once a question was asked."""
    if not _interview_label(name.rstrip(".")) or names_its_questioners(state.known):
        return False  # not on a page that names its questioners, as labels.py reads it
    return fold(name) not in ANSWERS or question_asked(state.people.is_known)


def _review_unusual_label(state: _State, line: Line, name: str, label: str, colon: bool) -> None:
    """A name and more before a colon, in a form no rule takes: a known
    speaker's ("Kosygin and Kim Il Sung:"), or a name the page gives nowhere
    else with an aside ("Sidorov, head of the section:")."""
    head = _NAME_HEAD.match(name)
    if not colon or head is None:
        return
    if state.people.is_known(head.group().strip()) or len(name.split()) <= 6 and is_name_like(name.split()[0]) \
            and any(state.people.is_known(run.group().strip()) for run in _NAME_HEAD.finditer(name, head.end())):
        state.warnings.append(review(
            "TE-REVIEW-TURN", f"the paragraph opens with the name of a speaker of this page and a "
            f"colon, “{label}”, in a form the reader does not take for a label: kept "
            "as text; if it is a turn, encode it as one", state.source, line.no))
    elif name[head.end():].lstrip().startswith(",") and is_name_like(head.group().strip()):
        _review_as_label(state, line, label, "a name the page gives nowhere else, with an aside")


_NO_BRACKETS = str.maketrans("", "", "[]()")


def _review_unknown_label(state: _State, line: Line) -> None:
    """A name the page gives nowhere else, then a full stop or in capitals,
    then a sentence ("Sidorov. We …", "SIDOROV We …"); not an ordinary word
    ("Good. We …") nor an acronym ("USSR. The …")."""
    label = unknown_label(line.text)
    if label is not None and _names_unknown(state, label.name):
        _review_as_label(state, line, label.text, "a name the page gives nowhere else")
        return
    alone = _ALONE.fullmatch(line.text) if len(line.text) <= 60 else None
    if alone is not None and is_name_like(name := alone.group("name")) and _capitalised(name.translate(_NO_BRACKETS)) \
            and _names_unknown(state, name):
        _review_as_label(state, line, line.text, "a name the page gives nowhere else, alone on its line")


def _opens_talk(speech: str) -> bool:
    """Whether speech opens with a word of talk (labels.toml [speech] openers: "We …", "I …",
    "Thank you"): after a name the page gives nowhere else and a full stop, the safety net's
    evidence of a label ("Cde. Sidorov. We …", not "Second Day. The talks …")."""
    word = _WORD.match(speech.lstrip(" “\"‘"))
    return word is not None and word.group().casefold() in SPEECH_OPENERS


def _abbreviates_speaker(state: _State, name: str) -> bool:
    """Whether a label of initials alone may shorten the name of a speaker the page
    knows ("G." or "Gr." after "Gromyko:"), as stenograms of long sessions do."""
    words = name.split()
    if not words or name[-1] != "." or not all(map(is_initial, words)):
        return False
    letters = fold(words[0]).replace(".", "")
    return any(tokens[-1].startswith(letters) for form in state.known if (tokens := core_tokens(form)))


def _names_unknown(state: _State, name: str) -> bool:
    """Whether a label-like name names someone the page gives nowhere else: a word
    that is no title, initial, English word or short acronym ("Sidorov", not
    "Good", "USSR" or "Economic Questions")."""
    return not state.people.is_known(name) and _not_a_word(name)


def _not_a_word(name: str) -> bool:
    """Whether a name has a word that is no title, initial, English word or short acronym."""
    words = [w for w in name.split() if not is_initial(w) and fold(w) not in TITLES]
    return bool(words) and not all(_is_english(w) or w.isupper() and len(w) < 5 for w in words)


# The safety net under the label rules (_review_missed_label): a short run of name words (capitalised
# words, initials run together or not, particles, an elided particle "d’Estaing", an editor's
# bracket "[Zhou]"), an aside in parentheses, then a separator some label form closes a name with,
# or the end of the line (the speech on the next).
# Each word's letters atomic (a stop after them aside, which may close the name instead): a run of
# capitals without spaces is one word, never split again and again ("TELEGRAMFROM…" in OCR text).
_NET_WORD = (rf"(?:\[[{UPPER}][^\[\]\n]{{0,30}}\]|(?>[{UPPER}][\w’'-]*(?:\.[\w’'-]+)*)\.?"
             rf"|(?:{'|'.join(sorted(PARTICLES))})(?=\s)|(?>[dl][’'][{UPPER}][\w’'-]*))")
_NET_OPENING = re.compile(rf"(?P<name>{_NET_WORD}(?:\s?{_NET_WORD}){{0,5}})(?P<aside>\s?\([^()\n]{{1,30}}\))?"
                          rf"(?P<sep>\s?[:：]|\s[–—-]|[–—]|--|\.|\t|$)\s*")
_APOSTROPHES = frozenset("’'")  # (a set: "" is in every string, in no set)
_NET_STOPS = frozenset(".:：–—-")  # a first word closed by a separator ("Sidorov.", "Sidorov:")
_SECTION_NUMBER = re.compile(r"[IVXLC]+\.\s")  # "II. On India"
_NET_WHY = "a name and a mark a label may close with, in a form no rule took"


def _titled(words: list[str]) -> bool:
    """Whether the words of a label-like name are titles, then a word that is none ("Chairman
    Mao", "Tov. Gromyko"): a person named by a title, whatever the name's last word is."""
    return len(words) > 1 and fold(words[-1]) not in TITLES \
        and any(fold(word) in TITLES and fold(word) != "the" for word in words[:-1])


def _review_missed_label(state: _State, line: Line, below: str, kept: str | None = None) -> None:
    """The safety net under the label rules: a paragraph that opens with a short name-like phrase
    (one to six words of a name: capitalised words, initials, particles, an editor's bracket, an
    aside in parentheses) and a separator any label form closes a name with (a colon, a dash, a
    hyphen between spaces, a full stop, a tab; or the end of its line, ``below`` the next line),
    then speech, which no rule took and no other review named: a person of the page, a title
    before a name ("Chairman Mao - We …"), or a word that is no English word, title or acronym
    ("Cde. Sidorov. We …", "de Gaulle – We …", "PHAM VAN DONG - We …"). Kept as text, for review:
    a label missed is not lost silently. Before the first turn, a sentence must follow, and the
    review waits for a turn to open right below it (``state.net_held``)."""
    state.net_held = None
    text = line.text
    head, _, rest = text.partition(" ")
    if not (head[:1].isupper() or head[:1] == "[" or head in PARTICLES or head[1:2] in _APOSTROPHES) \
            or head[-1:] not in _NET_STOPS and rest[:1].islower() and rest[1:2] not in _APOSTROPHES \
            and rest.partition(" ")[0] not in PARTICLES:
        return  # most paragraphs: "We think …", "The talks …" (one look before the expression)
    original = _original(state, line)  # a tab as the page writes it
    match = _NET_OPENING.match(original)
    if match is None:
        return
    name = match.group("name").strip()
    words = name.replace("[", " ").replace("]", " ").split()
    if match.group("sep") == "." and (is_initial(words[-1] + ".") or fold(words[-1]) in TITLES) \
            or words[-1].endswith(("’s", "'s")):
        return  # "L. I. Brezhnev …", "Mr. …": the full stop of an initial or a title; "Kissinger’s …"
    if _SECTION_NUMBER.match(name):
        return  # "II. On India": a section's heading
    speech = original[match.end():] if match.end() < len(original) else below
    if not (opens_speech(speech) if state.spoken else opens_sentence(speech)) \
            or label_kind(name) in ("field", "address") or speech is below and _label(state, below) is not None:
        return  # not a heading above a turn
    plain = name.title() if name.isupper() and len(words) > 1 else name  # "PHAM VAN DONG", not "USSR"
    known = _names_person(state, name)
    if not known and match.group("sep") == "." and not _opens_talk(speech):
        return  # "Second Day. The talks …", "Ogaden. The front …": a heading's full stop
    if known or _titled(words) or _not_a_word(" ".join(words) if plain is name else plain):
        if state.spoken:
            _review_as_label(state, line, original[:match.end()].strip(), _NET_WHY, kept)
        else:
            state.net_held = (line, original[:match.end()].strip(), len(state.blocks))


def _review_as_label(state: _State, line: Line, label: str, why: str, kept: str | None = None) -> None:
    """A review of a line that opens like a speaker label, kept as ``kept`` (default: the turn
    before it, or narration)."""
    state.warnings.append(review(
        "TE-REVIEW-TURN", f"the {'line' if kept else 'paragraph'} opens like a speaker label, “{label}” "
        f"({why}): kept as {kept or _holder(state)}; if it is a turn, encode it as one", state.source, line.no))


def _holder(state: _State) -> str:
    """What keeps a paragraph the reader did not take as a turn: the turn it is in, or narration."""
    return "the turn before it" if state.turn is not None else "narration"


def _address(state: _State, label: Label) -> str | None:
    """Why a label before the first turn addresses the document's reader, or None: the
    addressee the title names ("Comrade [Liu] Shaoqi:" atop a telegram to Liu Shaoqi,
    "Moscow—" atop one to the ministry in Moscow), or atop a telegram or letter a
    salutation that opens no other paragraph ("Comrade Filippov:")."""
    tokens = set(core_tokens(label.name))
    if tokens and tokens <= state.addressees:
        return "the title names its addressee"
    if state.letter and fold(label.name.split()[0]) in SALUTATIONS and _paragraphs_opened(state, label.name) < 2:
        return "a salutation atop a telegram or letter"
    return None


def _note_name_alone(state: _State, body: list[Line], i: int, as_what: str) -> None:
    """Remember a line before the first turn that is a person's name alone, bare or closed by a
    full stop or a dash ("KIM IL SUNG", "Kim Il Sung", "Sidorov."), with a sentence below that
    is no narration: read as ``as_what`` (a heading, narration), it may be the first speaker's
    label (reviewed if turns follow: :func:`_review_refusals`)."""
    text = body[i].text
    match = _ALONE.fullmatch(text) if len(text) <= 60 and i + 1 < len(body) else None
    name = match.group("name").strip() if match is not None else ""
    below = body[i + 1].text if match is not None else ""
    if not name or is_initial(name.split()[-1]) or not is_name_like(name) or label_kind(name) != "person" \
            or not opens_sentence(below) or _NARRATION.match(below):
        return
    if _names_person(state, name) or _names_unknown(state, name):
        told = _tells_of_someone(below)  # "We thank …" opens talk; "On 5 May I …" under "PYONGYANG" does not
        talk = _opens_talk(below) and not told
        state.refusals.append(_Refusal(body[i].no, text, name, as_what, _ALONE_WHY, if_it_speaks=not talk, told=told))


def _note_numbered(state: _State, line: Line) -> None:
    """Remember a numbered label before the first turn of a name the page gives nowhere else ("4.
    Chen Yi: The treaty …"), read as text: reviewed if turns follow (:func:`_review_refusals`)."""
    label = state.numbered_labels.get(line.no)
    if label is not None and label_kind(label.name) == "person" and _names_unknown(state, label.name):
        state.refusals.append(_Refusal(line.no, label.text, label.name, "text",
                                       "a name the page gives nowhere else, after a number or a time"))


def _review_refusals(state: _State) -> None:
    """Review the labels refused before the first turn once the page shows a conversation:
    turns follow, or names alone on their lines head its paragraphs, one of them twice or more,
    or two of them or more above words that open talk ("Kuznetsov" / "We leave …", "Sidorov" / "I …"),
    not above sentences that tell of someone (a report's sections: "KIM IL SUNG" / "We saw him …").
    A refusal ``if_it_speaks`` (a label alone; a name alone above words that open no talk) is
    reviewed when turns follow only if its name opens one of them."""
    alone = [refusal for refusal in state.refusals if refusal.why == _ALONE_WHY and not refusal.told]
    if state.spoken:
        refusals, because = state.refusals, "speaker turns follow on the page"
    elif max(Counter(refusal.name for refusal in alone).values(), default=0) > 1:
        refusals, because = alone, "names alone on their lines head its paragraphs, one of them twice or more"
    elif len({refusal.name for refusal in alone if not refusal.if_it_speaks}) > 1:
        refusals = [refusal for refusal in alone if not refusal.if_it_speaks]
        because = "names alone on their lines head paragraphs that open as talk does, two names or more"
    else:
        return
    speaking = {token for block in state.blocks if isinstance(block, Turn)
                for token in core_tokens(inlines_text(block.label))}
    for refusal in refusals:
        if not refusal.if_it_speaks or speaking.intersection(core_tokens(refusal.name)) or not state.spoken:
            state.warnings.append(review(
                "TE-REVIEW-TURN", f"“{refusal.label}” was read as {refusal.as_what} ({refusal.why}), not as "
                f"a speaker label, but {because}: if it opens a turn, encode it as one", state.source, refusal.line))


def _paragraphs_opened(state: _State, name: str) -> int:
    """How many paragraphs of the page open with ``name`` and a colon."""
    return len(re.findall(rf"^[^\S\n]*{re.escape(name)}\s?:", state.page, re.MULTILINE))


def _learn_names(state: _State, text: str) -> None:
    """Before the first turn, the names of a heading or of the opening narration
    ("… of Comrade Hermann Axen with … Comrade Daniel Ortega", "Today Kim Il Sung
    and Pak Hon-yong visited me", "Present on the Mongolian side: Cde. M.
    Dugersuren") become known forms, so that unpunctuated labels ("Daniel
    Ortega The situation …") are found without a title, and their labels
    are no doubt."""
    if not state.spoken:
        names = names_in(text, single=False, titled=True)
        state.known.update(names)
        state.people.add_narrated(names)
        if "(" in text:
            state.people.add_narrated_short_forms(text)


def _field_like(text: str) -> bool:
    """Whether a line is a labelled field ("To: …", "Recorder: Zhang")."""
    match = _FIELD.fullmatch(text)
    if match is None:
        return False
    label = match.group("label").rstrip(": ")
    return label.lower().split()[0] in _FIELD_NAMES or label_kind(label) == "field"


def _merged(state: _State, body: list[Line], i: int, offset: int = 0) -> tuple[tuple[Inline, ...], int]:
    """A paragraph's inlines and the index of the line after it; a page marker
    line inside a sentence joins the paragraph with its continuation ("… if" /
    "(p. 2)" / "the Soviet …"), and so does a line the page broke (:func:`_wrapped`)."""
    line = body[i]
    out = list(_inl(state, line.text[offset:], line.start + offset, line.no))
    j = i + 1
    while True:
        if (j + 1 < len(body) and _MARKER_LINE.fullmatch(body[j].text)
                and body[j - 1].text[-1] not in _TERMINAL and body[j + 1].text[:1].islower()):
            marker, cont = body[j], body[j + 1]
            out.append(Text(state.page[body[j - 1].end:marker.start]))
            out.append(PageBreak(_original(state, marker), _digits(marker.text),
                                 SourceSpan(marker.start, marker.end, marker.no)))
            out.append(Text(state.page[marker.end:cont.start]))
            j += 2
        elif j < len(body) and state.gapped and _wrapped(body[j - 1], body[j]):
            cont = body[j]
            out.append(Text(state.page[body[j - 1].end:cont.start]))
            j += 1
        else:
            return tuple(out), j
        out.extend(_inl(state, cont.text, cont.start, cont.no))


def _wrapped(line: Line, following: Line) -> bool:
    """Whether the very next line goes on with a sentence the page broke (on a
    page that sets paragraphs apart by blank lines): the line ends with no stop
    and the next opens in lower case ("They want" / "to weaken internationalist
    ties; …")."""
    return following.no == line.no + 1 and line.text[-1] not in _TERMINAL and following.text[0].islower()


def _is_narration(state: _State, text: str) -> bool:
    if _NARRATION.match(text) or _BRACKETED.fullmatch(text):
        return True
    turn = state.turn
    if turn is None:
        return False
    if not turn.reported and _REPORTED.match(text) and not text.startswith(("I ", "We ")):
        return True
    name = state.people.person_name(turn.speaker)
    if name is None:
        return False
    words = set(re.findall(r"\b[A-Z][\w’'-]{2,}", name))
    return any(re.search(rf"\b{re.escape(w)}\b", text) for w in words)


def _add_paragraph(state: _State, para: Paragraph, *, narration: bool) -> None:
    if state.turn is not None and not narration:
        state.turn.paragraphs.append(para)
        return
    _close_turn(state)
    state.started = True
    state.blocks.append(para)


def _close_turn(state: _State) -> None:
    turn = state.turn
    if turn is None:
        return
    state.turn = None
    paragraphs = tuple(turn.paragraphs)
    last = paragraphs[-1].span if paragraphs and paragraphs[-1].span else turn.span
    span = SourceSpan(turn.span.start, last.end, turn.span.line)
    state.blocks.append(Turn(turn.label, turn.speaker, paragraphs, span, run_on=turn.run_on))
    state.forms[len(state.blocks) - 1] = turn.form
    if turn.doubt is not None:
        state.doubts.append((len(state.blocks) - 1, turn.doubt))
