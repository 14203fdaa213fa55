"""Names in the parts of a page that cite its sources: titles, publishers,
the units of an archival reference.

An archive page ends with where its document comes from: "Reprinted in
Andrei Ledovskii, …, Sovetsko-Kitaiskie Otnosheniia, Vol. 5 (Moscow:
Pamiatniki Istoricheskoi Mysli, 2005)", "Fond 059a, Opis 5a, Listy 96-97".
The capitals of such a reference look like names to the recogniser's rules
of shape; what stands around them says what they are (the order of a
bibliographic reference: author, title, volume, place of publication and
publisher, year):

- a guessed name before ", Vol." or before "(City:" is a title, no mention;
  these two rules spare a name the document names elsewhere ("Mao
  Zedong" in "Jianguo yilai Mao Zedong wengao");
- a guessed name inside a phrase of another language (a lower-case word
  that is no English word between it and another capitalised word:
  "Jianguo yilai Mao …", "Otvechaya na Vyzov …") is a word of a title, no
  mention;
- a guessed name between "(City:" and ", 2005)" is the publisher, an
  organisation;
- a guessed word of one capitalised word between commas and before a
  number ("Listy 96-97", "Vol. 5") is a unit of the reference, no mention;
- a guessed person that fills a field of the reference, after a comma or a
  series' code and before the file's unit and number ("…, Hanoi, Phong Phu
  Thu Tuong, ho so 9382", "…, Cancelarie, dosar 134/1968", "XIX-J-1-j
  Mozambik, 1977, 5. doboz"), names a fonds, a series or an office, no
  person (a place there, "Hanoi", stays a place);
- the names after "Contributed by", "Obtained by", "translated by" are the
  persons who did the work, even a name that reads as a place or an English
  word ("Contributed by Jordan Baev", "Obtained by You Lan").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from .evidence import GUESSED
from .names import CALL_WORDS, COMMON_WORDS, LOWER_PARTICLES, fold
from .patterns import ORG_HEADS, Candidate
from .. import english

#: The sources of person names a reference's capitals may be taken for.
_TAKEN_FOR_NAMES = GUESSED | {"label"}
_NAME_KINDS = frozenset({"person", "place"})
#: What :func:`kind_in_reference` says of a title: no mention, unless the
#: document names the same words elsewhere.
TITLE = "title"
#: A volume or a place of publication after a title ("…, Vol. 5", "… (Moscow: …").
_TITLE_AFTER = re.compile(r",[ \t]+[Vv]ol\.|[ \t]+\((?:[A-Z][\w.-]*[ \t]?){1,3}:[ \t]")
#: Before a publisher: "(Moscow: " (one to three capitalised words and a colon).
_PUBLISHER_BEFORE = re.compile(r"\((?:[A-Z][\w.-]*[ \t]?){1,3}:[ \t]+$")
#: After a publisher: ", 2005)", ", n.d.)".
_PUBLISHER_AFTER = re.compile(r",[ \t]+(?:1[5-9]|20)\d\d[a-z]?\)|,[ \t]+n\.[ \t]?d\.\)")
#: A unit of an archival reference: after a comma or a line's start, before a number.
_UNIT_OPENINGS = ("", "\n", ",")
_UNIT_AFTER = re.compile(r"\.?[ \t]+\d")
#: The next field of a reference after a name: a comma, a file's unit (one or two words in lower
#: case) or none, a number ended by a stop, a comma, a slash or a dash (", ho so 9382.",
#: ", dosar 134/1968", ", 1977,", ", 9. doboz"; not ", 12 officers", a count in a sentence).
_FIELD_BEFORE_UNIT = re.compile(r",[ \t]+(?:(?P<unit>[a-z][a-z.]*(?:[ \t]+[a-z][a-z.]*)?)[ \t]+)?\d+[.,/\-–]")
#: A field's opening before a name: a comma, or a series' code of capitals, figures and hyphens
#: ("XIX-J-1-j ", "TO-T "), which alone opens a field followed by a number with no unit.
_FIELD_OPENING = re.compile(r"(?:,|(?P<code>(?:^|[ \t])[A-Z][A-Za-z]*(?:-[A-Za-z0-9]+)+))[ \t]+$")
#: A lower-case word beside a name, and the Latin abbreviations of references
#: (Chicago Manual of Style 10.42), which are no phrase of another language.
_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)[ \t]+[A-Z]")
_WORD_BEFORE = re.compile(r"[A-Z][\w’'-]*[ \t]+([a-z]+)[ \t]+$")
_LATIN = frozenset({"et", "al", "cf", "op", "cit", "ibid", "ca", "eg", "ie", "viz", "vs", "ed", "eds", "pp"})
_WINDOW = 40


#: "Contributed by", "obtained and translated by": the credit of a reference,
#: before the names of the persons who did the work (looked for before each "d by").
_BY = re.compile(r"d by[ \t]+")
_CREDIT_BEFORE = re.compile(r"(?:[Cc]ontribute|[Oo]btaine|[Tt]ranslate|[Tt]ranscribe|[Ee]dite|[Cc]ompile"
                            r"|[Aa]nnotate)$")
#: A name after a credit: two to four capitalised words or initials ("Christian F. Ostermann").
_CREDITED_NAME = re.compile(r"(?:[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*|[A-Z]\.)"
                            r"(?:[ \t]+(?:[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*|[A-Z]\.)){1,3}")
_NAME_SEPARATOR = re.compile(r",?[ \t]+and[ \t]+")


def credits(text: str) -> Iterator[Candidate]:
    """The persons a reference credits ("Contributed by Jordan Baev",
    "Obtained by You Lan and translated by …", "translated by A and B"): a
    run of capitalised words after the credit is a name, whatever its words
    read as alone; not an organisation ("obtained by National Security Archive")."""
    for by in _BY.finditer(text):
        if _CREDIT_BEFORE.search(text, max(0, by.start() - 12), by.start()) is None:
            continue
        at = by.end()
        while (name := _CREDITED_NAME.match(text, at)) is not None and _credited_person(name.group()):
            yield Candidate(name.start(), name.end(), "person", 2, 1, source="credit")
            separator = _NAME_SEPARATOR.match(text, name.end())
            if separator is None:
                break
            at = separator.end()


def _credited_person(words: str) -> bool:
    """Words after a credit that may be a person's name: neither an
    organisation's words, nor an article, nor an acronym, nor a final initial."""
    parts = words.split()
    return fold(parts[0]) not in {"the", "a", "an"} and not parts[-1].endswith(".") \
        and not any(fold(w) in ORG_HEADS or len(w) > 1 and w.isupper() for w in parts)


def settle(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` without the guessed names that are titles or units of a
    reference, and with publishers made organisations."""
    out = []
    named: Counter[str] | None = None  # how often each text is a mention, counted once a title asks
    for cand in chosen:
        if cand.kind in _NAME_KINDS and cand.source in _TAKEN_FOR_NAMES \
                and (cand.cert is not None or cand.source == "label"):
            kind = kind_in_reference(text, cand.start, cand.end, cand.kind)
            if kind == TITLE:
                named = named or Counter(text[c.start:c.end] for c in chosen)
                kind = cand.kind if named[text[cand.start:cand.end]] > 1 else ""
            if not kind:
                continue
            if kind != cand.kind:
                cand = cand._replace(kind=kind, cert="low")
        out.append(cand)
    return out


def kind_in_reference(text: str, start: int, end: int, kind: str) -> str:
    """The kind of the guessed name ``text[start:end]`` (of ``kind``) by the
    reference it may stand in: "org" for a publisher, :data:`TITLE` for a
    title, "" for a unit, else ``kind``. The regular expressions anchored
    after the name are asked first, being the cheaper."""
    after = text[end:end + _WINDOW]
    before = text[max(0, start - _WINDOW):start]
    if _PUBLISHER_AFTER.match(after) and _PUBLISHER_BEFORE.search(before):
        return "org"
    if _TITLE_AFTER.match(after) or _foreign_phrase(before, after):
        return TITLE
    if _UNIT_AFTER.match(after) and " " not in text[start:end] and before.rstrip(" \t")[-1:] in _UNIT_OPENINGS:
        return ""
    if kind == "person" and (field := _FIELD_BEFORE_UNIT.match(after)) is not None \
            and (opening := _FIELD_OPENING.search(before)) is not None \
            and (" ".join(field["unit"].split()) in CALL_WORDS if field["unit"] else opening["code"]):
        return ""  # a fonds or a series between a reference's fields; not "…, Pham Van Dong, aged 59, …"
    return kind


def _foreign_phrase(before: str, after: str) -> bool:
    """A lower-case word between the name and a capitalised word, after it or
    before it, that is neither English, nor a particle of names ("de",
    "van"), nor a Latin abbreviation."""
    match = _WORD_AFTER.match(after)
    if match and _foreign(match.group(1)):
        return True
    match = _WORD_BEFORE.search(before) if before[-2:-1].islower() else None
    return match is not None and _foreign(match.group(1))


def _foreign(word: str) -> bool:
    """A lower-case word of another language ("yilai", "na")."""
    return len(word) > 1 and word not in LOWER_PARTICLES and word not in _LATIN and word not in COMMON_WORDS \
        and word not in english.words() and not english.is_english(word)
