"""Name forms: normalisation, titles and honorifics, variants of a person's name.

Every lookup in this package goes through :func:`key`, so that a register
form, a gazetteer form and a form in the text meet whatever apostrophe,
dash or spacing each was written with.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..letters import plain_letters
from .romanisation import korean_key

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'", "–": "-", "—": "-", "‐": "-"})
_SPACE_AROUND_DASH = re.compile(r"\s*-\s*")

#: Titles, ranks and forms of address that stand before a person's name and
#: stay outside the name's span ("Chairman Batmunkh" → "Batmunkh").
TITLES = (
    "Comrade", "Comrades", "Cde", "Cde.", "Com.", "Com[rade]", "Tov.", "Mr.", "Mr", "Mrs.", "Mrs",
    "Ms.", "Miss", "Dr.", "Dr", "Prof.", "Professor", "Sir", "Lord", "Lady", "Madame", "Mme.",
    "Monsieur", "Herr", "Frau", "Senor", "Señor", "Senhor", "Comandante", "Compañero", "Compañera",
    "Camarada", "Companheiro", "Genosse", "Genossin", "Tovarishch", "Presidente", "Chairman", "Chair", "Co-chairman", "Co-Chairman", "Tengku", "Tunku", "Dato'", "Premier",
    "Vice Premier", "Vice-Premier", "President", "Vice President", "Vice-President",
    "Prime Minister", "Deputy Prime Minister", "Minister", "Foreign Minister", "Deputy Minister",
    "Vice Minister", "Vice-Minister", "VM", "Secretary", "General Secretary", "First Secretary",
    "Second Secretary", "Third Secretary", "Secretary General", "Secretary-General",
    "Secretary of State", "Under Secretary", "Assistant Secretary", "Ambassador", "Envoy",
    "Chargé", "Counsellor", "Counselor", "Attaché", "Consul", "Consul General", "Governor",
    "Senator", "Congressman", "Representative", "General", "Lt. Gen.", "Lieutenant General",
    "Major General", "Maj. Gen.", "Brigadier General", "Gen.", "Marshal", "Marshall", "Admiral",
    "Adm.", "Colonel", "Col.", "Lt. Col.", "Major", "Maj.", "Captain", "Capt.", "Lieutenant",
    "Lt.", "Commander", "Lieutenant Commander", "Sergeant", "Prince", "Princess", "King",
    "Queen", "Emperor", "Shah", "Sultan", "Sheikh", "Emir", "Tan Sri", "Datuk", "Dato",
    "Tunku", "Tun", "Samdech", "Father", "Bishop", "Cardinal", "Pope", "Chancellor",
    "Deputy", "Director", "Head", "Chief", "Leader", "Marshal of the Soviet Union",
    "Field Marshal", "Air Marshal", "Air Chief Marshal", "Air Vice Marshal", "Rear Admiral", "Vice Admiral",
    "Brigadier", "Lieutenant Colonel", "Generalissimo",
    # the clergy's titles and forms of address ("Primate Glemp", "Pastor Eppelmann", "Ayatollah
    # Khomeini"), and Indonesian "Bung" ("brother": "Bung Karno", "Bung Tomo")
    "Archbishop", "Primate", "Patriarch", "Pastor", "Reverend", "Rev.", "Superintendent", "Monsignor",
    "Abbot", "Rabbi", "Ayatollah", "Mullah", "Bung",
    # the plural of a rank before two names ("Colonels Papadopoulos and Makarezos"), a diplomat's
    # full rank in a signature ("Minister Plenipotentiary"), a commissioner of police or of a state
    "Colonels", "Generals", "Messrs", "Messrs.", "Minister Plenipotentiary", "Envoy Extraordinary",
    "Commissioner", "Police Commissioner", "High Commissioner",
)

#: Words of a post held in a body ("Senior Staff Member", "Special Agent", "Delegate").
POSTS = frozenset({"staff", "member", "analyst", "agent", "delegate", "representative", "officer", "official",
                   "correspondent", "chairman", "secretary", "director", "chief", "adviser", "advisor",
                   "spokesman", "envoy", "ambassador", "minister", "head", "deputy", "counsellor", "attache"})
#: Nouns that name a person by post, trade or standing, in apposition after a name ("X, a
#: prosecutor of the court"): the titles of one word, the posts (not "member", "staff": "Poland, a
#: member of the Pact"; nor "agent", "representative": "Renamo, the Rhodesian agent"), and the
#: trades and standings of the people a political report names (no
#: noun a state, a town or a body is called by: not "ally", "rival", "partner", "neighbour",
#: "successor", "heir", "founder", "friend").
PERSON_NOUNS = frozenset(title.lower() for title in TITLES if title.isalpha()) | \
    (POSTS - {"staff", "member", "agent", "representative"}) | \
    frozenset("""prosecutor lawyer attorney judge magistrate jurist journalist editor writer poet novelist
    historian economist scientist physicist engineer doctor physician surgeon teacher student priest monk imam
    businessman industrialist banker merchant landowner planter politician diplomat statesman mayor premier
    dictator king queen monarch prince commander officer soldier pilot sergeant lieutenant veteran hero
    chairwoman spokeswoman activist dissident unionist organiser organizer candidate nominee
    protégé protege nephew niece cousin son daughter brother sister wife husband widow father mother uncle aunt
    grandson confidant aide bodyguard assistant interpreter translator""".split())

#: The units of archives' call numbers in their languages ("fond 5, opis 30, delo 27"; "teczka",
#: "sygnatura", "Bestand"; "PA, fascikla 3, dosije 11"): common words, and a word before a
#: number that is no name.
CALL_WORDS = frozenset("""fond fonds fondo fundo opis delo dosar dosja dosije fascikla karton caixa pasta teczka
sygnatura bestand signatur folder file box reel microfilm papka doboz""".split()) | {"ho so", "hồ sơ"}

#: Capitalised words that are not names: function words, months, days,
#: offices and the nouns of a diplomatic text. Folded (see :func:`fold`).
COMMON_WORDS = frozenset("""
a an the and or but nor of in on at to for from by with without about above after again against
all also although among any are as be because been before being below between both can could did
do does down during each even ever every few first further had has have having he her here hers
him his how however i if into is it its just last least less let like many may me might more most
much must my near neither never next no not now of off often on once one only other our ours out
over own per perhaps please quite rather really same second several shall she should since so some
still such than that their theirs them then there therefore these they this those though through
thus till too towards under unless until up upon us very via was we well were what whatever when
where whether which while who whom whose why will with within would yes yet you your yours today
hi hello goodbye bye welcome congratulations sorry
tomorrow yesterday dear esteemed thank thanks mr mrs ms dr yes okay ok oh well now later meanwhile
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
comrade comrades chairman premier president minister secretary ambassador general marshal
coordinator editor commissioner spokesman correspondent negotiator observer rapporteur
prince king queen emperor government party committee council ministry embassy state states
republic people people's peoples national central political bureau politburo presidium
front army force forces union united soviet socialist democratic federal foreign affairs affair
international department office program programme project foundation archive archives history
public policy document documents information source rights type language record summary contents
original memorandum conversation conversations transcript telegram report letter note notes
translated translation translator obtained uploaded date place time subject participants present
copy secret top confidential strictly classified urgent immediate personal eyes only draft
north south east west northern southern eastern western northeast southeast southwest northwest
delegation delegations side leader leaders leadership head deputy vice director chief member
members staff assistant adviser advisor counselor counsellor attaché consul envoy interpreter
excellency excellencies highness majesty god sir madam heaven christmas easter new year years day week month
i ii iii iv v vi vii viii ix x xi xii id html pdf url www
behind beyond despite inside outside across along toward towards concerning regarding\nfollowing according digital venue location citation ciphered cipher telegram\nthird fourth fifth sixth seventh eighth ninth tenth twentieth
english french german russian chinese vietnamese korean japanese mongolian lao khmer cambodian
kampuchean thai american british soviet cuban hungarian czech czechoslovak polish bulgarian
romanian yugoslav albanian ethiopian somali angolan malaysian indonesian indian italian spanish
european asian african arab israeli egyptian portuguese dutch swedish finnish austrian swiss
marxism leninism marxist leninist communism communist communists socialism capitalism imperialism
imperialist imperialists revisionism revisionist maoism maoist
mission conference congress plenum session meeting meetings treaty agreement communique
declaration resolution question problem problems point issue issues situation relations
prime i'll i'm i've i'd feb apr jul aug sep sept oct nov dec cdes
republican republicans democrat democrats congressional presidential ministerial parliamentary
oriental occidental treasury commerce defense defence finance agriculture interior
papers listy problema
muslim muslims moslem moslems islamic catholic catholics buddhist buddhists hindu hindus jewish
protestant protestants sunni sunnis shia shiite shiites
""".split()) | CALL_WORDS

#: Abbreviated titles ("Cde", "Dr", "Gen") are never part of a name.
TITLE_ABBREVIATIONS = frozenset(t.rstrip(".").lower() for t in TITLES if " " not in t and t.endswith(".")) | {
    "cde", "cdes", "vm", "mr", "mrs", "ms", "dr", "tov"}

#: Particles written in lower case inside names ("de Gaulle", "van der Stoel").
LOWER_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "van", "von", "der", "den", "del",
                              "della", "di", "du", "la", "le", "bin", "ibn", "al", "el", "ben", "y"})


@lru_cache(maxsize=1 << 15)
def fold(text: str) -> str:
    """Case- and accent-insensitive form (:func:`~teiencode.letters.plain_letters`):
    ``"Dorticós"`` → ``"dorticos"``, ``"Gomułka"`` → ``"gomulka"``."""
    return plain_letters(key(text)).casefold()


def key(text: str) -> str:
    """The lookup form of a name as written: typographic apostrophes and
    dashes made plain, whitespace collapsed; case kept."""
    if not text.isascii():
        text = text.translate(_APOSTROPHES)
    if " - " in text:
        text = _SPACE_AROUND_DASH.sub("-", text)
    return " ".join(text.split())


def strip_brackets(text: str) -> str:
    """``"Zhou [Enlai]"`` → ``"Zhou Enlai"``; ``"J[ambyn]."`` → ``"Jambyn"``."""
    if "[" not in text and "]" not in text:
        return text
    text = re.sub(r"(\w)\[(\w+)\]\.?", r"\1\2", text)
    return " ".join(text.replace("[", "").replace("]", "").split())


@lru_cache(maxsize=1 << 14)
def slug(text: str) -> str:
    """An ASCII slug for ids: ``"Ieng Sary"`` → ``"ieng-sary"``, ``"Gomułka"`` → ``"gomulka"``."""
    ascii_ = fold(strip_brackets(text)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_).strip("-") or "x"


def unique_id(base: str, used: set[str]) -> str:
    """``base``, or the first of ``base-2``, ``base-3`` … not in ``used``; added to ``used``."""
    entity_id, n = base, 2
    while entity_id in used:
        entity_id, n = f"{base}-{n}", n + 1
    used.add(entity_id)
    return entity_id


@lru_cache(maxsize=1 << 15)
def loose(form: str) -> str:
    """The key on which spellings of one name meet when :func:`key` forms
    differ: case, accents and apostrophes out, hyphens as spaces ("Lefèvre
    d’Aubigny" = "Lefevre dAubigny", "Günaydın" = "Gunaydin"), and Korean
    names in any romanisation on one key (:mod:`.romanisation`: "Jeong
    Il-gwon" = "Chung Il Kwon")."""
    words = fold(form).replace("-", " ").split()
    return korean_key(words) or " ".join(words).replace("'", "")


def uninvert(name: str) -> str:
    """``"Kissinger, Henry A."`` → ``"Henry A. Kissinger"``; ``"Howe, Lieutenant
    Commander Jonathan"`` → ``"Jonathan Howe"`` (titles dropped); a suffix
    such as "Jr." stays at the end."""
    if "," not in name:
        return name
    surname, _, rest = name.partition(",")
    rest, _, suffix = rest.partition(",")
    given = strip_title(rest.strip())
    full = f"{given} {surname.strip()}".strip()
    return f"{full} {suffix.strip()}".strip() if suffix.strip() else full


_TITLE_PREFIX = re.compile(
    r"^(?:(?:" + "|".join(re.escape(t.rstrip(".")) for t in sorted(TITLES, key=len, reverse=True))
    + r")\.?\s+)+(?=[^\W\d_])",
    re.IGNORECASE,
)


_TITLE_FIRST_WORDS = frozenset(t.split()[0].rstrip(".").lower() for t in TITLES)


def strip_title(name: str) -> str:
    """The name without leading titles: ``"Chairman Batmunkh"`` → ``"Batmunkh"``."""
    if name.partition(" ")[0].rstrip(".").lower() not in _TITLE_FIRST_WORDS:
        return name
    stripped = _TITLE_PREFIX.sub("", name, count=1)
    return stripped if stripped and stripped[0].isupper() else name


def is_initial(token: str) -> bool:
    """``"J."``, ``"Ts."``, ``"Yu."``, ``"A.I."`` — an abbreviated given name."""
    token = token.strip()
    if not token.endswith(".") or not token[:1].isupper():
        return False
    return len(token) <= 3 or bool(re.fullmatch(r"(?:[A-Z][a-z]?\.\s?)+", token))


def person_variants(full: str, surname: str | None = None, forenames: tuple[str, ...] = ()) -> set[str]:
    """The forms a person may be named by, given one full form.

    ``"Jambyn Batmunkh"`` → Jambyn Batmunkh, J. Batmunkh, Batmunkh.  Family
    name first or last is not known, so both ends count as a short form for
    two-part names ("Zhou Enlai" → "Zhou"), the surname for longer Western
    forms with initials ("Henry A. Kissinger" → "Kissinger", "H. Kissinger").
    With ``surname`` and ``forenames`` known, the forms are built from them.
    """
    return name_variants(strip_title(uninvert(strip_brackets(full))), surname, forenames)


def _particle(word: str) -> bool:
    """A particle inside a compound surname: "de", "van", "y", the "d'" of "d'Estaing"."""
    return word in LOWER_PARTICLES or word in {"y", "e", "i"} or word[:2] in {"d'", "l'"}


def _common(word: str) -> bool:
    return (word.lower() if word.isascii() else fold(word)) in COMMON_WORDS


def name_variants(full: str, surname: str | None = None, forenames: tuple[str, ...] = ()) -> set[str]:
    """:func:`person_variants` of a form already without titles and brackets."""
    words = full.split()
    if not words:
        return set()
    forms = {full}
    if surname:
        forms.add(surname)
        parts = surname.split()
        if len(parts) > 1 and parts[0][:1].isupper() and _particle(parts[1]):
            forms.add(parts[0])  # "Giscard d’Estaing" → "Giscard", "Obando y Bravo" → "Obando"
        if forenames:
            first = forenames[0]
            forms.add(" ".join((*forenames, surname)))
            forms.add(" ".join(g[0] + "." for g in forenames) + " " + surname)
            forms.add(first[0] + ". " + surname)
            forms.add(first + " " + surname)
            forms.add(" ".join((first, *(g[0] + "." for g in forenames[1:]), surname)))
        return forms
    if len(words) == 1:
        return forms
    last = words[-1]
    if last.rstrip(".") in {"Jr", "Sr", "II", "III"} and len(words) > 2:
        words = words[:-1]
        last = words[-1]
        forms.add(" ".join(words))
    first = words[0]
    names = sum(1 for w in words if not is_initial(w) and w.lower() not in LOWER_PARTICLES)
    if not _common(last):
        forms.add(last)
    if names >= 2 and not is_initial(first):
        forms.add(f"{first} {last}")
        forms.add(f"{first[0]}. {last}")
        initials = " ".join(w[0] + "." for w in words[:-1])
        forms.add(f"{initials} {last}")
        forms.add(initials.replace(" ", "") + " " + last)
    if names == len(words) and not _common(first) and (
            len(words) == 2 or len(words) == 3 and all(len(w) <= 5 for w in words)):
        forms.add(first)  # "Zhou Enlai" → "Zhou", "Kaysone Phomvihane" → "Kaysone", "Park Chung Hee" → "Park"
    if "-" in full:
        forms.add(full.replace("-", " "))
    particle = next((k for k in range(1, len(words) - 1) if words[k] in _SURNAME_PARTICLES), None)
    if particle is not None:  # "H. J. van den Bergh" → "van den Bergh", "Van den Bergh" (opening the name)
        compound = " ".join(words[particle:])
        forms.update((compound, compound[0].upper() + compound[1:]))
    return {f for f in forms if len(f) > 1}


#: Particles that open a compound surname in Dutch, Afrikaans, German, French and Portuguese,
#: written in lower case after the given names and capitalised where the name opens ("van den
#: Bergh" → "Van den Bergh"); not the Arabic "bin", "al", the Spanish "y".
_SURNAME_PARTICLES = frozenset({"van", "von", "de", "du", "da", "dos", "der", "den", "della", "di", "le", "la"})
