"""Speaker labels at the start of a paragraph.

A small chain of named rules, tried in order (the first that matches wins):
``colon`` ("Heng Samrin:", "Han Ik-su :", "Pham:" alone on its line, "Honecker:—The …"),
``said`` (a verb of speaking before the colon: "Brezhnev said:", "Honecker replied:"),
``stop-dash`` (a full stop and a dash: "BREZHNEV.—We …", "Kosygin. — Yes"),
``parenthesised`` (a known name in parentheses: "(Nixon): …"), ``bracketed`` (a known name
supplied whole in brackets, no colon: "[Zhou Enlai] Welcome."), ``dialogue-dash`` (a known name after a dash: "– Brezhnev: We …"),
``aside`` (a known name, a comma and an aside: "Petrov, interrupting: No …"),
``tight-colon`` (a known name and a colon without a space: "Kim Il Sung:Yes …"),
``question-answer`` ("Q. Will you …", "A: We will …", "Question: …"),
``caps-period`` ("O. DORTICOS. We …"), ``caps`` ("LE DUAN We …"),
``period`` and ``dash`` (a name the page knows, then "." or a dash: "W.
Ulbricht. Permit us …", "Kadar—it is worth …") and ``known`` (a name the
page already gave, with no punctuation: "J. Batmunkh Could you …"); last
``numbered`` (a known name's label after a number, a time or a list's letter: "1. Kim Il Sung:",
"10:30 Brezhnev:", "(a) Comrade Hoxha:"). Every rule checks that the label is name-like, so
"Present on the Cuban side:" or "In Moscow:" never open a turn.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from functools import lru_cache

from .inlines import PAGE_MARK
from .names import (CONNECTORS, LOWER, OFFICE_WORDS, PARTICLES, SIDES, TITLES, UPPER, core_tokens, fold,
                    is_english_word, is_initial, is_particle_name)
from .vocabulary import (ADDRESS_OPENERS, ANSWERS, DOCUMENT_WORDS, FIELD_WORDS, INTERPRETERS, INTERVIEW_SPEAKERS, INTERVIEW_WORDS,
                         ORGANISATION_WORDS, OWN_SIDES, QUESTIONS, SIDE_HEADS, SPEECH_VERBS, UNNAMED)

# Words a label never starts with: sentence openers and the labels of fields.
_OPENERS = frozenset(["in", "on", "at", "for", "as", "but", "and", "if", "when", "then", "after", "before", "with", "by", "of", "here", "there", "this", "that", "these", "those", "it", "we", "i", "he", "she", "they", "you", "our", "my", "his", "her", "their", "your", "now", "so", "yes", "no", "also", "point", "item", "first", "second", "third", "finally", "note", "conclusion", "summary", "subject", "re", "ps", "p.s.", "to", "from", "date", "time", "place", "venue", "location", "present", "participants", "participant", "copy", "copies", "attachment", "enclosure", "distribution", "cc", "source", "rights", "type", "language", "record", "drafted", "approved", "cleared", "reference", "ref", "number", "no.", "tel", "telegram", "cable", "priority", "agenda", "topic", "topics", "memorandum", "memo", "classification", "addressee", "addressees", "translation", "translator", "interpreter", "interpreters", "note-taker", "notetaker", "recorded", "one", "two", "three", "during", "while", "since", "although", "however", "moreover", "meanwhile", "today", "yesterday", "tomorrow", "answer", "question", "please", "thanks", "thank", "dear", "sincerely", "signed", "signature", "comment", "comments", "remark", "remarks"])
# Words that open a sentence: after a label without punctuation the speech
# must start with one ("J. Batmunkh Could you …"), not with more of a name
# ("Ho Chi Minh City …").
_STARTERS = frozenset(["i", "we", "you", "he", "she", "it", "they", "this", "that", "these", "those", "the", "a", "an", "our", "my", "your", "his", "her", "their", "its", "yes", "no", "well", "now", "so", "but", "and", "then", "thank", "thanks", "please", "let", "could", "can", "would", "will", "shall", "should", "may", "might", "must", "do", "does", "did", "is", "are", "was", "were", "have", "has", "had", "what", "why", "how", "when", "where", "who", "which", "there", "here", "in", "on", "at", "for", "as", "if", "first", "firstly", "second", "secondly", "today", "yesterday", "tomorrow", "indeed", "certainly", "good", "dear", "comrade", "comrades", "after", "before", "since", "all", "not", "only", "concerning", "regarding", "about", "with", "together", "everything", "nothing", "some", "many", "most", "also", "again", "unfortunately", "frankly", "naturally", "perhaps", "maybe", "surely", "right", "agreed", "exactly", "okay", "ok", "allow", "permit", "excuse", "sorry", "once", "last", "next", "every", "each", "one", "both", "such", "even", "however", "therefore", "thus", "besides", "moreover", "still", "already", "just", "very", "generally", "personally", "recently", "currently", "according", "to", "from", "by", "under", "during", "despite", "although", "though", "while", "because", "until"])
# The words that open a person's office, not speech, after a numbered name: a numbered list of
# the people present ("1. Kim Il Sung: Chairman of the Cabinet"); not the words a sentence opens with.
_OFFICE_WORDS = OFFICE_WORDS - _STARTERS
# The colon, or a colon and a dash set close ("Honecker:—The plan", the stenograms' typesetting).
_COLON = re.compile(r"(?P<name>[^:\n]{1,140}?)(?P<sep>\s?:(?=\s|$)|\s?:(?:[—–]|--)(?=\S|$))")
# A name, a verb of speaking and a colon: "Brezhnev said:", "Comrade Honecker replied:" (labels.toml [speech]).
_SAID = re.compile(rf"(?P<name>[^:\n]{{1,100}}?)\s(?P<verb>{'|'.join(SPEECH_VERBS)})(?P<sep>\s?:)(?=\s|$)")
# A name closed by a full stop and a dash, the stenograms' label ("BREZHNEV.—We …", "Kosygin. — Yes",
# "Honecker.- Fine"): the dash says the full stop ends a label, not a sentence.
_STOP_DASH = re.compile(r"\.\s?(?:[—–]|--|-(?=\s))")
# A name in parentheses before a colon, the whole label supplied so: "(Nixon): …".
_PARENTHESISED = re.compile(r"\((?P<name>[^()\n]{1,60})\)(?P<sep>\s?:)(?=\s|$)")
# A speaker's name supplied whole in brackets, no colon, then the speech: "[Zhou Enlai] Welcome.".
_BRACKETED_NAME = re.compile(r"\[[^\[\]\n]{1,60}\](?=\s)")
_COLON_REACH = 142  # no colon before this offset: _COLON cannot match
_SEMICOLON = re.compile(r"(?P<name>[^;:\n]{1,60}?)(?P<sep>;)(?=\s+[A-Z])")
_U = f"[{UPPER}]"  # a capital letter, accented ones included ("Ž", "Ẩ")
_CAPS_NAME = (rf"(?:(?:{_U}[{UPPER}{LOWER}]{{0,3}}\.\s?)+)?{_U}[{UPPER}’'\-]+(?:\s{_U}[{UPPER}’'\-]+){{0,3}}"
              rf"(?:\s\[[^\[\]]{{1,30}}\])?(?:\s\({_U}[^()]{{0,30}}\))?")
_CAPS_PERIOD = re.compile(rf"(?P<name>{_CAPS_NAME})(?P<sep>\.)\s+(?=[{UPPER}“\"‘'])")
_CAPS_BARE = re.compile(rf"(?P<name>{_CAPS_NAME})(?P<sep>)\s+(?={_U}[{LOWER}’']*\b)")
_SUPPLIED_LABEL = re.compile(r"\[([^\[\]]+)\]")
_GROUP = re.compile(r"\s*(\([^()]*\)|\[[^\[\]]*\])")
# Letters supplied inside a word, with the full stop of the initial they
# complete: "E[dward]. Gierek", "J[ambyn]. Batmunkh" read as "E. Gierek".
_SUPPLIED_IN_WORD = re.compile(r"(?<=[^\W\d_])\[[^\W\d_]{1,20}\]\.?")
NEXT_WORD = re.compile(r"[\w’'-]+")  # a word after a label
_SPACE = re.compile(r" +")
# A side who speaks: "The Chinese side", "Vietnamese comrades", "Our side" (labels.toml, [sides]).
_SIDE_LABEL = re.compile(r"(?:The |the )?(?!(?:Our|Their|Your|His|Her|Its|Other|One|Each|Either) )"
                         rf"{_U}[\w.-]+ (?:{'|'.join(SIDE_HEADS)})(?: \([^()]+\))?")
_LOWER = re.compile(r"[a-z]")
_FULL_STOP = re.compile(r"\.\s+")
_DASH = re.compile(r"(?P<name>[^—–\n:;,.!?]{1,60}?(?:\.[^—–\n:;,!?]{0,40}?)?)"
                   r"(?P<sep>\s?(?:[—–]|--)(?=\s*\S)|\s-(?=\s+\S))")
_DASH_REACH = 103  # no dash before this offset: _DASH cannot match
_SPACES = re.compile(r"\s*")
_LIST_MARK = re.compile(r"\((?:[a-zA-Z]|[ivx]{1,4})\)\s")  # "(b) ", "(iv) ": a list's point opens
_DIALOGUE_DASH = re.compile(r"[–—•·▪‣-]\s?")  # a dash or a bullet: "– Brezhnev:", "• Brezhnev:"
_ASIDE = re.compile(r"(?P<name>[^,:\n]{1,60}),\s(?P<aside>[a-z][^,:\n]{0,80}?)(?P<sep>\s?:)(?=\s|$)")
_TIGHT_COLON = re.compile(r"(?P<name>[^:\n]{1,60}?)(?P<sep>:)(?=[A-Z“\"‘'])")
# "Q.", "A:", "Q.:", "Q -", and who asks in parentheses or brackets: "Question (Le Monde):", "Q. [Reuters]:".
_QUESTION_ANSWER = re.compile(rf"(?P<name>(?i:{'|'.join(sorted(QUESTIONS | ANSWERS, key=len, reverse=True))}))"
                              r"(?:\.?\s?(?:\([^()\n]{1,40}\)|\[[^\[\]\n]{1,40}\]))?"
                              r"(?P<sep>\.?:|\.|\s(?:[—–]|--?))\s+(?=[^\W\d_]|[“\"‘'(\[])")
# A turn's number or the time it was spoken, before its label: "1. Kim Il Sung:", "3) Zhou:",
# "10:30 Brezhnev:", "(10.35) Brezhnev:", "[10:35] Brezhnev:", "10.40 a.m. Dubček:"; or its letter or small roman number
# as a list's items take them: "(a) Comrade Hoxha:", "b) Zhou:", "iii. Kosygin:", "(B) Zhou:", "C) Zhou:"
# (not "A. Kosygin:", an initial).
# A page's number before a label, where the original's page turns: "[Page 2] Honecker:", "-4- Kim:".
_OWN_SCRIPT = "[\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]"
# An omission mark without brackets before a label, as an excerpt opens a turn ("… Gorbachev: Do
# you …", "... Kim: No."; a bracketed one, "[…] Kim:", is read through by the colon rule).
# A speaker's name in its own script before the English one, as bilingual records give it ("周恩来
# Zhou Enlai:", "김일성 Kim Il Sung:"): Han characters or Hangul (read through when the English
# name after them is a known speaker's label).
_PAGE_PREFIX = re.compile(rf"(?:{PAGE_MARK}|-\s?\d{{1,4}}\s?-|…|\.{{3}}|{_OWN_SCRIPT}{{1,8}})\s+(?=\S)")
# An edition's reference to a note on the name a label gives: "Brezhnev[1]:", "Honecker¹:",
# "Brezhnev:[3] Go on" (no part of the name: looked through as spaces).
_SUPERSCRIPT = "[¹²³⁴⁵⁶⁷⁸⁹⁰]"
_REFERENCE = re.compile(rf"\[\d{{1,3}}\]|{_SUPERSCRIPT}+")
_SUPERSCRIPT = re.compile(_SUPERSCRIPT)
_REFERENCE_REACH = 64
_NUMBERED = re.compile(r"(?:\(?\d{1,3}[.)]\)?|[(\[]?\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?[)\]]?"
                       r"|\((?:[A-Za-z]|[ivx]{1,4})\)|(?:[a-z]|[ivx]{1,4})[.)]|[A-Z]\))\s+(?=\S)")


@dataclass(frozen=True)
class Label:
    """A speaker label: ``text`` as written with its separator, ``name`` the
    label without separator, ``speech`` the offset in the paragraph where the
    speech starts (the paragraph's length when the label stands alone)."""

    text: str
    name: str
    speech: int
    rule: str


# The words a personal name is not made of, in one set (built once).
# The heads of a field or an office named with what it is of: "Delegation of …", "Embassy in …".
_HEADS = FIELD_WORDS | ORGANISATION_WORDS
# The words in lower case a name-like label may hold (see is_name_like): "Max van der Stoel",
# "Minister of Foreign Affairs Chen Yi", "comrade Honecker", "Unidentified speaker".
_LOWER_IN_NAMES = PARTICLES | CONNECTORS | TITLES | INTERVIEW_SPEAKERS
_NOT_NAME_WORDS = (TITLES | FIELD_WORDS | DOCUMENT_WORDS | ORGANISATION_WORDS | PARTICLES | CONNECTORS
                   | SIDES | _OPENERS)


@lru_cache(maxsize=4096)
def label_kind(name: str) -> str:
    """What a label (without its separator) names, by its words: "person" (a
    name: a word that no list of ``data/labels.toml`` holds), "side" ("Soviet
    side"), "role" (titles alone: "Premier", "The President"), "address" ("[To
    the] … Office", "To Comrade …") or "field" (the words of a header field, a
    document kind or an office, and no name: "Issuing Director", "Recorder",
    "TOP SECRET INFORMATION ABOUT", "Delegation of the USSR")."""
    name = _unbracketed(name)
    spoken = " ".join(name.replace("[", " ").replace("]", " ").split()).casefold()
    if any(spoken == opener or spoken.startswith(opener + " ") for opener in ADDRESS_OPENERS):
        return "address"
    if _is_side(name):
        return "side"
    tokens = _GROUP.sub(" ", _SUPPLIED_IN_WORD.sub(".", name)).replace(",", " ").split()
    words = [fold(t) for t in tokens]
    if any(_is_name_word(t) for t in tokens):
        if len(words) > 2 and words[0] in _HEADS and words[1] in CONNECTORS or words[-1] in ORGANISATION_WORDS:
            return "field"  # "Delegation of the Soviet Union", "Embassy in Moscow", "Foreign Affairs Office"
        return "person"
    if words and all(w in SIDES for w in words):
        return "side"  # "North", "South (LEE)"
    if words and all(w in TITLES or w in SIDES or i and w in CONNECTORS for i, w in enumerate(words)) \
            and any(w in TITLES for w in words):
        return "role"  # "Premier", "The President", "Soviet Ambassador", "Commander in Chief"
    return "field"


def _unbracketed(name: str) -> str:
    """A label supplied whole by the editor, without its brackets: "[Mao Zedong]" → "Mao Zedong"."""
    match = _SUPPLIED_LABEL.fullmatch(name)
    return match.group(1) if match else name


def _is_side(name: str) -> bool:
    """Whether a label names a side who speaks: "The Chinese side", "Vietnamese comrades", "Our side"."""
    return _SIDE_LABEL.fullmatch(name) is not None or name.casefold() in OWN_SIDES


def _is_name_word(token: str) -> bool:
    """A word of a personal name: capitalised, and not a title, a field, a
    document or office word, a particle, an initial, a side or a word that
    opens sentences ("Those", "In")."""
    return token[:1].isupper() and not is_initial(token) and fold(token) not in _NOT_NAME_WORDS


@lru_cache(maxsize=4096)
def is_name_like(name: str) -> bool:
    """Whether ``name`` can be a speaker: capitalised words, initials,
    particles, brackets and parentheses; no digits, no sentence."""
    if not name or len(name) > 140 or re.search(r"[\d!?¹²³⁴⁵⁶⁷⁸⁹⁰]", name):
        return False  # no digit, and no name called or asked for ("Comrade Honecker! We …")
    if name[:1] == "(" and _LIST_MARK.match(name):
        return False  # "(b) Credits", a point of a list
    name = _unbracketed(name)
    if _is_side(name):  # "Soviet side", "The Chinese delegation", "Our side"
        return True
    if label_kind(name) in ("field", "address"):
        return False
    bare = _GROUP.sub(" ", _SUPPLIED_IN_WORD.sub(".", name))
    if "(" in bare or ")" in bare or "[" in bare or "]" in bare:
        return False
    parts = [p.strip() for p in bare.split(",")]
    if len(parts) > 3 or not all(any(c.isupper() for c in p) for p in parts):  # not "Director Lee, the"
        return False
    tokens = bare.replace(",", " ").split()
    # a part that opens with a title may join words: "Minister of Foreign Affairs Chen Yi",
    # "A. N. Kosygin, Chairman of the Council of Ministers"
    titled = any(_titled(part.split()) for part in parts)
    if not tokens or len(tokens) > (20 if titled else 7):  # "Chairman of the Presidium of … L. I. Brezhnev"
        return False
    if fold(tokens[0]) in _OPENERS and not tokens[0].isupper() and not (titled and len(tokens) > 1 and fold(tokens[1]) in TITLES):
        return False  # "In Moscow", but "His Excellency Kenneth Kaunda"
    content = 0
    for token in tokens:
        word = token.strip("’'")
        folded = fold(word)
        if folded in PARTICLES or titled and word in CONNECTORS:  # "Minister of Foreign Affairs Chen Yi"
            continue
        if is_particle_name(word):  # "Abd al-Jalil", "el-Sadat"
            content += 1
            continue
        if not (word[:1].isupper() or is_initial(word) or content and folded in INTERVIEW_SPEAKERS
                or token is tokens[0] and folded in TITLES and folded != "the" and len(tokens) > 1):
            return False  # but "Unidentified speaker", "comrade Honecker", "cde. Brezhnev"
        if word.endswith(".") and not is_initial(word) and folded not in TITLES:
            return False
        content += folded != "the"
    return content > 0


def _titled(words: list[str]) -> bool:
    """Whether words open with a title ("Minister of …", "The Ambassador of the GDR"), not "The" alone."""
    if words and fold(words[0]) == "the":
        words = words[1:]
    return bool(words) and fold(words[0]) in TITLES and fold(words[0]) != "the"


def find_label(text: str, known: Collection[str], is_known: Callable[[str], bool]) -> Label | None:
    """The speaker label that opens paragraph ``text``, or None.

    ``known`` holds the name forms the page has given so far (exact strings);
    ``is_known`` says whether a capitalised name names a known participant.
    """
    for rule in _RULES:
        label = rule(text, known, is_known)
        if label is not None:
            return label
    label = _numbered(text, known, is_known, pages=True) if _may_be_numbered(text) else None
    if label is None and (text.find("[", 1, _REFERENCE_REACH) > 0  # after a name: not "[1] The …"
                          or not text.isascii() and _SUPERSCRIPT.search(text, 1, _REFERENCE_REACH) is not None):
        return _referenced(text, known, is_known)
    return label


def _referenced(text: str, known: Collection[str], is_known: Callable[[str], bool]) -> Label | None:
    """The label of ``text`` read through the references to notes on its name ("Brezhnev[1]:",
    "Honecker¹:", "Brezhnev:[3] Go on."), the references its own (the speech opens after them)."""
    marks = list(_REFERENCE.finditer(text, 1, _REFERENCE_REACH))
    if not marks:
        return None
    plain = text
    for mark in marks:
        plain = plain[:mark.start()] + " " * (mark.end() - mark.start()) + plain[mark.end():]
    label = next((found for rule in _RULES if (found := rule(plain, known, is_known)) is not None), None)
    if label is None or not any(mark.start() < label.speech for mark in marks):
        return None
    return Label(text[:label.speech].rstrip(), " ".join(label.name.split()), label.speech, label.rule)


def _may_be_numbered(text: str) -> bool:
    """Whether a paragraph may open with a turn's number, time, letter or page (one look, most lines)."""
    first = text[:1]
    return first.isdigit() or first in "([ivx-…" or text[1:2] in ".)" or "\u3400" <= first <= "\ud7af"


def unknown_label(text: str) -> Label | None:
    """The label that would open ``text`` if the page knew its name: a name and
    a full stop, a name in capitals, or a dash and a name and a colon, then
    the speech ("Sidorov. We …", "SIDOROV We …", "– Sidorov: We …"); the
    reader takes none for a name it does not know, and asks for a review instead."""
    for rule in (_period, _caps_bare, _dialogue_dash, _bracketed):
        label = rule(text, (), lambda name: True)
        if label is not None:
            return label
    return None


# A tab or a run of two spaces or more after a name and before its speech, as typed transcripts
# and tables made text set a label apart ("BREZHNEV    We …", "Brezhnev⇥Go on."): the gap closes
# the label as a colon does. The view makes a tab one space, so the page's own line is looked at.
_SPACED_REACH = 62


def has_gap(text: str, page: str, start: int) -> bool:
    """Whether a line (``text``, at offset ``start`` of ``page``) may hold a label closed by a tab or a
    run of spaces (one look, most lines)."""
    return text.find("  ", 1, _SPACED_REACH) > 0 or page.find("\t", start + 1, start + min(len(text), _SPACED_REACH)) > 0


def spaced_label(text: str, original: str) -> Label | None:
    """The label closed by a tab or a run of spaces that opens ``text`` (the view of ``original``,
    the line as the page writes it), then speech: "BREZHNEV    We …", "Brezhnev⇥Go on.",
    "The President⇥We …"; not "Rice⇥2.1 million tons" or "KIM IL SUNG    Chairman of …". Whether
    the name is a speaker's is the page's to say (:func:`find_label` does not try it)."""
    gaps = [at for at in (text.find("  ", 1, _SPACED_REACH), original.find("\t", 1, _SPACED_REACH)) if at > 0]
    if not gaps:
        return None
    end = min(gaps)
    name = text[:end].strip()
    if not name or name[-1] in ",:;" or not is_name_like(name) or label_kind(name) not in ("person", "side", "role"):
        return None
    speech = _speech_start(text, end)
    word = NEXT_WORD.match(text, speech)
    if not _starts_speech(text, speech) or word is not None and fold(word.group()) in _OFFICE_WORDS:
        return None
    return Label(name, name, speech, "spaced")


# A speaker named by the part they play, not by a name (labels.toml [interview] speakers and
# interpreters): "A voice from the floor:", "Voices:", "Interpreter (for Mao):", "Translator:".
_PART = re.compile(rf"(?P<name>(?:(?i:{'|'.join(UNNAMED)})\s)?(?P<head>[^\W\d_]+)(?:\s[a-z][a-z ]{{0,30}}?)?"
                   r"(?:\s\((?P<aside>[^()\n]{1,40})\))?)\s?:\s+(?=\S)")
PART_OPENERS = frozenset(UNNAMED) | INTERVIEW_SPEAKERS | frozenset(INTERPRETERS)


def part_label(text: str) -> tuple[Label, str | None] | None:
    """The label of a speaker named by the part they play that opens ``text``, and the aside that
    says whom an interpreter speaks for ("Interpreter (for Mao):" → "for Mao"), or None."""
    match = _PART.match(text)
    if match is None or not text[:1].isupper():
        return None
    head = match.group("head").casefold()
    if head not in INTERVIEW_SPEAKERS and head not in INTERPRETERS or head in ("unknown", "unidentified"):
        return None  # "Unidentified speaker:" is a name-like label already
    name = match.group("name")
    return Label(text[:match.end()].rstrip(), name, match.end(), "part"), \
        match.group("aside") if head in INTERPRETERS else None


def is_interpreter(name: str) -> bool:
    """Whether a label names an interpreter or a translator ("Interpreter (for Mao)", "The
    interpreter"): its first word not of :data:`UNNAMED` ("the", "a" …)."""
    head = next((word for word in map(str.casefold, name.split()) if word not in UNNAMED), "")
    return head in INTERPRETERS


def colon_label(text: str) -> Label | None:
    """The label of rule ``colon`` ("Heng Samrin:") that opens ``text``, or
    None: the first rule :func:`find_label` tries, which needs no known names."""
    if text.find(":", 1, _COLON_REACH) < 0:  # most lines: no regular expression tried
        return None
    match = _COLON.match(text)
    if match is None:
        return None
    name = match.group("name").strip()
    if not is_name_like(name):
        return None
    end = match.end()
    return Label(text[:end].strip(), name, _speech_start(text, end), "colon")


def _colon(text: str, known: Collection[str], is_known: Callable[[str], bool]) -> Label | None:
    return colon_label(text)


def _said(text: str, known: Collection[str], is_known: Callable[[str], bool]) -> Label | None:
    """A name, a verb of speaking and a colon, then the speech: "Brezhnev said: We …",
    "Comrade Honecker replied: …" (labels.toml ``[speech]``); "He said:" is no label, nor one
    before words in lower case, a sentence of narration that reports them."""
    colon = text.find(":", 1, _COLON_REACH)
    if colon < 0 or not text[:colon].rstrip().casefold().endswith(SPEECH_VERBS):  # one look, most lines
        return None
    match = _SAID.match(text)
    if match is None:
        return None
    name = match.group("name").strip()
    if not is_name_like(name) or label_kind(name) not in ("person", "side", "role"):
        return None
    speech = _speech_start(text, match.end())
    if text[speech:speech + 1].islower():
        return None  # "Sudarikov asked: when will …": the narration goes on, reporting the speech
    return Label(text[:match.end()].strip(), name, speech, "said")


def _stop_dash(text: str, known: Collection[str], is_known: Callable[[str], bool]) -> Label | None:
    """A name closed by a full stop and a dash: "BREZHNEV.—We …", "Kosygin. — Yes." (a side's
    acronym is none: "U.S.-Soviet relations …" has no space after its hyphen)."""
    stop = _STOP_DASH.search(text, 1, _DASH_REACH)  # the first full stop before a dash ends the name
    if stop is None:  # most lines
        return None
    name = text[:stop.start()].strip()
    if not is_name_like(name) or label_kind(name) not in ("person", "role") and not _is_side(name):
        return None
    return Label(text[:stop.end()], name, _speech_start(text, stop.end()), "stop-dash")


def _parenthesised(text: str, known: Collection[str], is_known: Callable[[str], bool]) -> Label | None:
    """A known speaker's name in parentheses before a colon: "(Nixon): Then we …"."""
    match = _PARENTHESISED.match(text) if text[:1] == "(" else None
    if match is None or not is_name_like(match.group("name")) or not is_known(match.group("name")):
        return None
    return Label(text[:match.end()], match.group("name"), _speech_start(text, match.end()), "parenthesised")


def _bracketed(text: str, known: Collection[str], is_known: Callable[[str], bool]) -> Label | None:
    """A known speaker's name supplied whole in brackets, then the speech with no mark between:
    "[Zhou Enlai] Welcome." (the bracket closes the label as a colon would; an unknown name is
    reviewed: :func:`unknown_label`)."""
    match = _BRACKETED_NAME.match(text) if text[:1] == "[" else None
    if match is None:
        return None
    name, speech = match.group(), _speech_start(text, match.end())
    word = NEXT_WORD.match(text, speech)
    if word is None or _LOWER.search(text, word.end(), word.end() + 80) is None:
        return None  # "[North] Korea", a word supplied in a name; a word alone after it is no sure speech
    if not is_name_like(name) or label_kind(name) not in ("person", "role") or not is_known(name[1:-1]) \
            or not _starts_speech(text, speech):
        return None
    return Label(name, name, speech, "bracketed")


def _dialogue_dash(text: str, known: Collection[str], is_known: Callable[[str], bool]) -> Label | None:
    """A known name or side, or the question or answer of an interview, after the dash or bullet
    that opens a line of dialogue: "– Brezhnev: We …", "• Q: How …" (an unknown name is more
    often a topic in a list: "– Agriculture: the harvest …")."""
    opening = _DIALOGUE_DASH.match(text)
    if opening is None:
        return None
    rest = text[opening.end():]
    label = colon_label(rest)
    if label is None or not (is_known(label.name) or label_kind(label.name) == "side"):
        label = _question_answer(rest, known, is_known)  # "• Q: How …", "– A: We …"
        if label is None:
            return None
    return Label(text[:opening.end()] + label.text, label.name, opening.end() + label.speech, "dialogue-dash")


def _aside(text: str, known: Collection[str], is_known: Callable[[str], bool]) -> Label | None:
    """A known speaker, then who they are or how they speak after a comma: "Kim Il
    Sung, head of the delegation:", "Petrov, interrupting:", "Kissinger, to Zhou:"."""
    match = _ASIDE.match(text)
    if match is None or not is_name_like(match.group("name")) or not is_known(match.group("name")):
        return None
    return Label(text[:match.end()], match.group("name"), _speech_start(text, match.end()), "aside")


def _tight_colon(text: str, known: Collection[str], is_known: Callable[[str], bool]) -> Label | None:
    """A known name and a colon with no space before the speech: "Kim Il Sung:Yes, we …"."""
    match = _TIGHT_COLON.match(text)
    if match is None or not is_name_like(match.group("name")) or not is_known(match.group("name")):
        return None
    return Label(text[:match.end()], match.group("name"), match.end(), "tight-colon")


def _question_answer(text: str, known: Collection[str], is_known: Callable[[str], bool]) -> Label | None:
    """The question and the answer of an interview or a press conference: "Q. Will you …",
    "A: We will …", "Question: …", "Answer: …" (an answer only after a question, so that "A. The
    economy" in a list is none; neither on a page that names its questioners, "Q. Mr. Donovan:",
    where "Q." is no speaker's)."""
    match = _QUESTION_ANSWER.match(text)
    if match is None or not text[:1].isupper():
        return None
    if match.group("name").casefold() in ANSWERS and not question_asked(is_known) or names_its_questioners(known):
        return None
    return Label(text[:match.end("sep")], match.group("name"), match.end(), "question-answer")


def question_asked(is_known: Callable[[str], bool]) -> bool:
    """Whether a question was asked ("Q", "Question" a speaker): an answer's label needs one."""
    return any(is_known(q.capitalize()) for q in QUESTIONS)


def names_its_questioners(known: Collection[str]) -> bool:
    """Whether the page names its questioners ("Q. Mr. Donovan:"), where "Q." is no speaker's."""
    return any(form.startswith(("Q. ", "Q: ")) for form in known)


def is_interview_word(word: str) -> bool:
    """Whether ``word`` asks, answers or names who does in an interview ("Question",
    "A", "Journalist", "Respondent"): a label of such words is a speaker's, no field."""
    return fold(word) in INTERVIEW_WORDS


def _numbered(text: str, known: Collection[str], is_known: Callable[[str], bool], *, pages: bool = False) -> Label | None:
    """A known speaker's label after the turn's number or the time it was spoken: "1. Kim Il
    Sung:", "10:30 Brezhnev:", "2. SUDARIKOV. Thank …", "3. Kim Il Sung – Good." (an unknown one
    is more often a point of a list: "1. Trade: …"); with ``pages``, after a page's number too
    ("[Page 2] Honecker:", which numbers no turn)."""
    prefix = _NUMBERED.match(text) or (_PAGE_PREFIX.match(text) if pages else None)
    if prefix is None:
        return None
    rest = text[prefix.end():]
    label = next((found for rule in _AFTER_NUMBER if (found := rule(rest, known, is_known)) is not None), None)
    if label is None and rest.find(". ", 0, _NUMBERED_NAME) >= 0:  # "3. Kim Il Sung. Good.": a short name
        label = _period(rest[:_NUMBERED_NAME + 2], known, is_known)
    if label is None or not (is_known(label.name) or label_kind(label.name) == "side"):
        return None
    if label.speech < len(rest) and not _opens_speech(rest, label.speech, lambda token: fold(token) not in _OFFICE_WORDS
                                                      or rest[label.speech + len(token):][:1] == ","):
        return None  # "3. Kosygin: he will go …", a point of a speech; "1. Kim Il Sung: Chairman of …", a list
    return Label(text[:prefix.end()] + label.text, label.name, prefix.end() + label.speech, "numbered")


def numbered_label(text: str) -> Label | None:
    """The label after a turn's number, time or letter that would open ``text`` if the page knew
    its name ("4. Chen Yi: The treaty …"): taken on a page that numbers its turns, reviewed
    elsewhere."""
    return _numbered(text, (), lambda name: True) if _may_be_numbered(text) else None


def _semicolon(text: str, known: Collection[str], is_known: Callable[[str], bool]) -> Label | None:
    """"Dr. Kissinger; We thought …": a typist's semicolon after a known name."""
    match = _SEMICOLON.match(text)
    if match is None or not is_name_like(match.group("name")) or not is_known(match.group("name")):
        return None
    return Label(text[:match.end()], match.group("name"), _speech_start(text, match.end()), "semicolon")


def _caps_period(text: str, known: Collection[str], is_known: Callable[[str], bool]) -> Label | None:
    match = _CAPS_PERIOD.match(text)
    if match is None or not _caps_ok(match.group("name"), is_known):
        return None
    name = match.group("name")
    names = [w for w in name.split() if not is_initial(w)]
    if len(names) < 2 and len(names) == len(name.split()) and not is_known(name):
        return None  # "USSR. Then …" is a sentence; "O. DORTICOS. We …" a label
    return Label(name + ".", name, _speech_start(text, match.end()), "caps-period")


def _caps_bare(text: str, known: Collection[str], is_known: Callable[[str], bool]) -> Label | None:
    match = _CAPS_BARE.match(text)
    if match is None:
        return None
    name = match.group("name")
    words = [w for w in name.split() if not is_initial(w)]
    if not (is_known(name) or len(words) >= 2) or not _caps_ok(name, is_known):
        return None
    if not _starts_speech(text, match.end()):
        return None
    return Label(name, name, match.end(), "caps")


def _known(text: str, known: Collection[str], is_known: Callable[[str], bool]) -> Label | None:
    """A name the page knows, with titles, and no punctuation before the
    speech: "J. Batmunkh Could you …", "Cde Kaysone Thank you …"."""
    best = ""
    if known and text.startswith(tuple(known)):  # one scan in C: most paragraphs open with no known name
        best = max((form for form in known if text.startswith(form) and text[len(form):len(form) + 1] == " "),
                   key=len, default="")
    if best and _starts_sentence(text, _speech_start(text, len(best))):
        return Label(best, best, _speech_start(text, len(best)), "known")
    titled = None  # whether the first word is a title: "Cde. Tsedenbal Tell me …"
    for split in _SPACE.finditer(text, 0, 80):
        prefix = text[:split.start()]
        words = prefix.split()
        if len(words) > 6 or "," in prefix:  # "Director Lee, the Premier, …" is a sentence
            break
        if words[-1][:1].islower() and fold(words[-1]) not in _LOWER_IN_NAMES and not is_particle_name(words[-1]):
            break  # "We think …": no longer prefix is a name either
        if titled is None:
            titled = fold(words[0]) in TITLES
        opens = _starts_speech if titled else _starts_sentence
        if opens(text, split.end()) and is_name_like(prefix) and is_known(prefix):
            word = NEXT_WORD.match(text, split.end())
            if word is not None and core_tokens(word.group()) and is_known(f"{prefix} {word.group()}"):
                continue  # the name goes on: "Comrade Mao Zedong warmly …" is no label "Comrade Mao"
            return Label(prefix, prefix, split.end(), "known")
    return None


def _period(text: str, known: Collection[str], is_known: Callable[[str], bool]) -> Label | None:
    """A known name closed by a full stop, then the speech: "W. Ulbricht. Permit
    us …", "Premier Kim Il Sung [henceforth referred to as Kim]. When we …"."""
    for stop in _FULL_STOP.finditer(text, 0, 160):
        name = text[:stop.start()]
        plain = _GROUP.sub("", name).strip()
        if len(plain) < 2 or is_initial(plain.split()[-1]) or not is_name_like(name) or not is_known(plain):
            continue
        if text[stop.end():stop.end() + 1].isupper() or text[stop.end():stop.end() + 1] in "“\"":
            return Label(name + ".", name, stop.end(), "period")
    return None


def _dash(text: str, known: Collection[str], is_known: Callable[[str], bool]) -> Label | None:
    """A known name and a dash, then the speech: "J. Batmunkh – Yes.",
    "Kadar—it is worth …" (the speech run on without a space)."""
    head = text[:_DASH_REACH]
    if "—" not in head and "–" not in head and "-" not in head:
        return None
    match = _DASH.match(text)
    if match is None or not is_name_like(match.group("name")) \
            or not is_known(_GROUP.sub("", match.group("name")).strip()):  # "Gromyko (USSR) –": who, not where
        return None
    after = colon_label(text[match.end():].lstrip())
    if after is not None and not is_known(after.name) and not any(map(is_english_word, after.name.split())):
        return None  # "Phnom Penh – Beijing: by air.", a route or a pair, the colon closes both names;
        # not "Kosygin – Comrade Zhou: we agree." (a person called), "Kosygin – Regarding Vietnam: …"
    return Label(text[:match.end("sep")].strip(), match.group("name"), _speech_start(text, match.end()), "dash")


def _caps_ok(name: str, is_known: Callable[[str], bool]) -> bool:
    words = [w for w in name.split() if not is_initial(w)]
    if not words or any(len(w) < 2 for w in words):
        return False
    if all(fold(w) in TITLES or fold(w) in _OPENERS for w in words) and not (label_kind(name) == "role" and is_known(name)) \
            or label_kind(name) in ("field", "address"):
        return False  # but a role the page names: "THE PRESIDENT. We …"
    return is_known(name) or len(words) >= 1


def _starts_speech(text: str, start: int) -> bool:
    """After a capitalised label ("LE DUAN We …"), from ``start``: "I", or a
    capitalised word that is not itself in capitals, then ordinary lower-case text."""
    word = NEXT_WORD.match(text, start)
    return (word is not None and word.group() == "I") or \
        _opens_speech(text, start, lambda token: not token.isupper())


def opens_speech(text: str) -> bool:
    """Whether ``text`` opens as speech after a label may ("We …", "Thank you", "“Go on”",
    "I …"): a capitalised word not in capitals, then ordinary lower-case text."""
    return _starts_speech(text, 0)


def opens_sentence(text: str) -> bool:
    """Whether ``text`` opens as a sentence of speech does ("We …", "The Premier means …"),
    not as a name, a list or a heading ("Energy and …", "Comrade Ivanov")."""
    return _starts_sentence(text, 0)


def _starts_sentence(text: str, start: int) -> bool:
    """Whether the speech after an unpunctuated label, from ``start``, starts a
    sentence (not "said that …", not the rest of a name or of a capitalised heading)."""
    return _opens_speech(text, start, lambda token: fold(token) in _STARTERS)


def _opens_speech(text: str, start: int, accept: Callable[[str], bool]) -> bool:
    """Whether a speech opens at ``start``: with a quotation mark, or with a
    capitalised word that ``accept`` takes, then ordinary lower-case text."""
    word = NEXT_WORD.match(text, start)
    if word is None:
        return text[start:start + 1] in "“\"‘'"
    token = word.group()
    return token[:1].isupper() and accept(token) \
        and _LOWER.search(text, start, start + 80) is not None


def _speech_start(text: str, end: int) -> int:
    """Where the speech starts: after the spaces that follow ``end``."""
    return _SPACES.match(text, end).end()  # type: ignore[union-attr]


_RULES: tuple[Callable[[str, Collection[str], Callable[[str], bool]], Label | None], ...] = (
    _colon, _said, _stop_dash, _parenthesised, _bracketed, _dialogue_dash, _aside, _tight_colon, _question_answer, _semicolon,
    _caps_period, _caps_bare, _period, _dash, _known,  # then _numbered, for a paragraph that opens with a number or a time
)
# The labels a turn's number or time may stand before: a mark closes each ("1. Kim Il Sung:", "2. SUDARIKOV.").
_AFTER_NUMBER = (_colon, _said, _stop_dash, _parenthesised, _bracketed, _caps_period, _dash)  # then _period
_NUMBERED_NAME = 50  # the longest name a full stop closes after a number
