"""Personal names as speaker labels and title lines write them: titles and
forms of address, initials, particles, and the normalised tokens used to tell
whether two forms name the same person."""

from __future__ import annotations

import re
from functools import lru_cache

from ..letters import plain_letters
from .vocabulary import COMRADE_WORDS, FIELD_WORDS, ORGANISATION_WORDS, TITLE_WORDS

CONNECTORS = frozenset(["of", "the", "for", "and", "to", "at", "in"])
PARTICLES = frozenset(["van", "von", "de", "da", "di", "du", "la", "le", "bin", "binti", "bint", "al", "el", "ibn", "y", "del", "der", "den", "ter", "dos", "das"])
SIDES = frozenset(["north", "south", "east", "west", "soviet", "american", "chinese", "vietnamese", "korean", "japanese", "british", "french", "german", "mongolian", "cuban", "indian", "hungarian", "polish", "czechoslovak", "bulgarian", "romanian", "yugoslav", "laotian", "cambodian", "kampuchean", "lao", "afghan", "ethiopian", "angolan", "us", "u.s", "gdr", "frg"])


def _letters(test: str) -> str:
    """The body of a character class of the Latin, Greek and Cyrillic letters that
    ``str.<test>`` holds for, accented ones included ("Ž", "Ł", "Ẩ"): what ``[A-Z]``
    misses in "ŽIVKOV", "Ł. Wałęsa", "LÊ DUẨN"."""
    spans = (range(0x41, 0x250), range(0x370, 0x530), range(0x1E00, 0x1F00))
    return "".join(re.escape(chr(c)) for span in spans for c in span if getattr(chr(c), test)())


UPPER = _letters("isupper")  # inside brackets: f"[{UPPER}]"
LOWER = _letters("islower")
_INITIAL = re.compile(rf"(?:[{UPPER}][{LOWER}]?\.-?){{1,3}}")
_ASCII_INITIAL = re.compile(r"(?:[A-Z][a-z]?\.-?){1,3}")  # the same, faster, for most names
_WORD = re.compile(r"[^\W\d_][\w’'\-.]*")
_GLUED_INITIAL = re.compile(rf"(?<=[{UPPER}]\.)(?=[{UPPER}][{UPPER}{LOWER}])")  # "L.I.Brezhnev", "A.A.GROMYKO"
_ASCII_GLUED_INITIAL = re.compile(r"(?<=[A-Z]\.)(?=[A-Z][A-Za-z])")
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))  # soft hyphen, zero-width
_COMPLETED_INITIAL = re.compile(r"(?<![’'-][A-Z])(?<=\b[A-Z])\[[^\W\d_]{1,20}\]\.?")  # "W[ojciech]", "J[ambyn]."


@lru_cache(maxsize=8192)
def fold(word: str) -> str:
    """A word without case, accents, strokes, apostrophes or a trailing full stop."""
    return plain_letters(word.casefold()).replace("’", "").replace("'", "").strip(".")


# Titles and forms of address, as :func:`fold` leaves them ("Gen." → "gen", "Chargé" → "charge").
TITLES = frozenset(fold(w) for w in TITLE_WORDS + COMRADE_WORDS)  # labels.toml [titles], [address]
# Words that open a title or an office after a name in a list of people, not speech ("Kim Il Sung –
# Chairman of the Cabinet", "1. Pak: Head of the Department").
OFFICE_WORDS = TITLES | FIELD_WORDS | ORGANISATION_WORDS


def without_roles(name: str) -> str:
    """A label or name without the parts after or before a comma that name an
    office, not the person: "A. N. Kosygin, Chairman of the Council of
    Ministers" → "A. N. Kosygin", "General Secretary, Le Duan" → "Le Duan".
    "Kim, Pak" (two speakers) stays as it is."""
    if "," not in name:
        return name
    parts = [part.strip() for part in name.split(",")]
    kept = [part for part in parts if not is_role(part)]
    return ", ".join(kept) if kept and len(kept) < len(parts) else name


def is_role(part: str) -> bool:
    """A phrase that opens with a title and names an office: "Prime Minister of
    the DRV", "General Secretary" (not "Comrade Kim Il Sung")."""
    words = [fold(w) for w in part.split()]
    if not words or words[0] not in TITLES or words[0] == "the":
        return False
    return any(w in CONNECTORS for w in words) or all(w in TITLES or w in SIDES or w in CONNECTORS for w in words)


def is_initial(token: str) -> bool:
    """"J.", "A.I.", "Yu.", "Ł." — an abbreviated given name."""
    return bool((_ASCII_INITIAL if token.isascii() else _INITIAL).fullmatch(token))


_ELIDED = re.compile(r"(?:d|l|dell|dall|sull)[’'][A-Z]", re.IGNORECASE)


def is_particle_name(token: str) -> bool:
    """"al-Jalil", "el-Sadat": a particle joined to a name by a hyphen;
    "d’Estaing", "d'Alema": an elided particle before an apostrophe."""
    head, _, rest = token.partition("-")
    return bool(rest[:1].isupper()) and fold(head) in PARTICLES or bool(_ELIDED.match(token))


def name_tokens(name: str) -> list[str]:
    """The words of a name, bracket marks removed ("Zhou [Enlai]" → Zhou, Enlai); an
    initial the editor completed is an initial ("W[ojciech] Jaruzelski" → W., Jaruzelski),
    and one set close to the name is a word of its own ("L.I.Brezhnev" → L.I., Brezhnev).
    Soft hyphens and zero-width characters that copied web text leaves inside a word do not
    split it ("Brezh\u00adnev")."""
    ascii_only = name.isascii()
    if not ascii_only:
        name = name.translate(_INVISIBLE)
    if "[" in name:
        name = _COMPLETED_INITIAL.sub(".", name)
    if "." in name:
        name = (_ASCII_GLUED_INITIAL if ascii_only else _GLUED_INITIAL).sub(" ", name)
    return _WORD.findall(name.replace("[", " ").replace("]", " "))


def uninverted(name: str) -> str:
    """A name written surname first with its initials after a comma, in the usual order:
    "Brezhnev, L. I." → "L. I. Brezhnev" (other names with a comma stay as they are)."""
    if "," not in name:
        return name
    head, _, tail = name.rpartition(",")
    initials = tail.replace(".", ". ").split()
    if not initials or not all(map(is_initial, initials)) or "," in head or not head.strip():
        return name
    return f"{' '.join(initials)} {head.strip()}"


@lru_cache(maxsize=1 << 14)  # asked again and again of the same labels and names of a page
def core_tokens(name: str) -> tuple[str, ...]:
    """Folded words of a name without titles, initials and particles; the
    parts of a hyphenated name are words of their own, so that transliterations
    that join syllables or not name one person ("Kim Il-sung", "Kim Il Sung")."""
    out: list[str] = []
    for token in name_tokens(name):
        folded = fold(token)
        if not folded or folded in TITLES or folded in PARTICLES or is_initial(token) \
                or token[0].islower() and not is_particle_name(token):
            continue
        out += [part for part in folded.split("-") if part and part not in PARTICLES]
    return tuple(out)


def strip_titles(name: str) -> str:
    """The name without leading titles and forms of address ("Premier Zhou Enlai" → "Zhou Enlai"),
    nor the country or party an office is of ("… of the SED of Germany W. Ulbricht" → "W. Ulbricht")."""
    tokens = name.split()
    start = 0
    for i, token in enumerate(tokens[:-1]):
        folded = fold(token)
        after_connector = i > 0 and tokens[i - 1] in CONNECTORS and token.isupper()  # "of the PRC"
        compound = "-" in folded and all(part in TITLES for part in folded.split("-"))  # "Secretary-General"
        if folded in TITLES or compound or token in CONNECTORS or after_connector:
            start = i + 1
    if start and tokens[start - 1] in CONNECTORS:  # "of Germany W. Ulbricht": the name opens at its initial
        start = next((i for i in range(start, len(tokens) - 1) if is_initial(tokens[i])), start)
    return " ".join(tokens[start:])


def display_form(name: str) -> str:
    """A name for a participant list: brackets dropped, capitals made title case."""
    plain = re.sub(r"\s+", " ", name.replace("[", "").replace("]", "")).strip(" ,;:")
    return " ".join(_title_case(word) for word in plain.split())


def _title_case(word: str) -> str:
    if word.isupper() and len(word.strip(".")) > 1 and not _INITIAL.fullmatch(word):
        return "-".join(part.capitalize() for part in word.split("-"))
    return word


def slug(name: str) -> str:
    """An XML NCName for a name: ASCII, lower case, hyphens ("Heng Samrin" → heng-samrin)."""
    text = re.sub(r"[^a-z0-9]+", "-", plain_letters(name.casefold())).strip("-")
    if not text or not text[0].isalpha():
        text = "p-" + text if text else "participant"
    return text


# A document of one author to one addressee: "Telegram, Mao Zedong to Liu Shaoqi
# and Zhou Enlai", "Ciphered telegram, Shtykov to Ministry of Foreign Affairs, Moscow".
_ADDRESSED_DOCUMENT = re.compile(
    r"(?:(?:ciphered|coded|secret|urgent)\s+)?(?:telegram|cable|letter|message|note|ciphergram|report|"
    r"instruction|directive|memorandum|dispatch)s?\b.*?(?<!ambassador)(?<!envoy)(?<!minister)"
    r"(?<!representative)(?<!delegation)(?<!visit)(?<!trip)\s+to\s+(?P<to>.+)$", re.IGNORECASE)
# Where the addressee ends: the subject, a date, a note in brackets or quotes.
_ADDRESSEE_END = re.compile(r"\s+(?:on|about|regarding|concerning|with|re)\s|,\s*\d|\s*[(\['‘“\"]", re.IGNORECASE)
# A record of speech names its speakers in its title: they are no addressees.
_SPEECH_RECORD = re.compile(r"\b(?:conversation|talks?|meeting|discussion|interview|dialogue|exchange)\b",
                            re.IGNORECASE)


_LETTER = re.compile(r"\b(?:telegram|cable|letter|message|ciphergram|dispatch|instruction|directive)s?\b",
                     re.IGNORECASE)


def is_letter(title: str) -> bool:
    """Whether a title names a telegram, cable or letter, not the record of a
    conversation ("Ciphered Telegram from Beijing", not "Telegram on a Conversation …")."""
    return bool(_LETTER.search(title)) and not _SPEECH_RECORD.search(title)


def addressee_tokens(title: str) -> frozenset[str]:
    """The name words of the addressee of a telegram, cable or letter, as its
    title gives them ("Telegram, Mao Zedong to Liu Shaoqi and Zhou Enlai" →
    liu, shaoqi, zhou, enlai); empty for other titles, and for the record
    of a conversation, whose labels are its speakers."""
    match = _ADDRESSED_DOCUMENT.match(title.strip())
    if match is None or _SPEECH_RECORD.search(title):
        return frozenset()
    to = match.group("to")
    end = _ADDRESSEE_END.search(to)
    return frozenset(core_tokens(to[:end.start()] if end else to))


# Forms of address that a role label and a title line may or may not write ("Comrade Premier").
_ADDRESS_FORMS = frozenset(["the", "comrade", "cde", "com", "tov", "mr", "mrs", "his", "her", "excellency"])
_NAME_END = re.compile(r"(?:[’']s)?[^\w.]*$")  # "Zhou’s" → "Zhou", "Enlai," → "Enlai"


def role_key(label: str) -> str:
    """A role as labels and titles write it, forms of address aside ("The Premier" → "premier")."""
    return " ".join(f for f in (fold(w) for w in label.split()) if f not in _ADDRESS_FORMS)


def titled_names(text: str) -> dict[str, str]:
    """The person a title or summary names with each of its titles, when it names one:
    "Record of Conversation from Premier Zhou’s Reception …" → {"premier": "Zhou"};
    "President Nixon and President Pompidou" name two, and no one for "president"."""
    words = text.split()
    found: dict[str, set[str]] = {}
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and _is_title_word(words[j]):
            j += 1
        name, k = [], _after_post(words, j) if i < j else j
        while i < j and k < len(words) and len(name) < 3 and words[k][:1].isupper() and not _is_title_word(words[k]):
            bare = _NAME_END.sub("", words[k])
            name.append(bare)
            k += 1
            if bare != words[k - 1]:
                break  # a possessive or a comma ends the name
        key = role_key(" ".join(words[i:j]))
        if key and core_tokens(" ".join(name)):
            found.setdefault(key, set()).add(" ".join(name))
        i = max(k, i + 1)
    return {key: names.pop() for key, names in found.items() if len(names) == 1}


def _after_post(words: list[str], j: int) -> int:
    """Where the name begins after a title and the post it holds in a country written as an
    acronym or before an initial ("Ambassador in the DPRK A. M. Puzanov" → "A."), or ``j``."""
    if j + 2 >= len(words) or words[j] not in ("in", "to", "at"):
        return j
    m = j + 1 + (words[j + 1] == "the")
    if m + 1 < len(words) and words[m][-1:].isalpha() and (
            words[m].isupper() and 2 <= len(words[m]) <= 6 or words[m][:1].isupper() and is_initial(words[m + 1])):
        return m + 1
    return j


def _is_title_word(word: str) -> bool:
    return word[:1].isupper() and fold(word) in TITLES


def is_english_word(word: str) -> bool:
    """Whether ``word`` is a word of the English dictionary and no proper name of it
    (:mod:`teiencode.english`, loaded on first use: few labels and names need it)."""
    from ..english import is_english

    return is_english(word)
