"""Name forms: normalisation, titles and honorifics, variants of a person's name.

Every lookup in this package goes through :func:`key`, so that a register
form, a gazetteer form and a form in the text meet whatever apostrophe,
dash or spacing each was written with.
"""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'", "–": "-", "—": "-", "‐": "-"})
_SPACE = re.compile(r"\s+")
_SPACE_AROUND_DASH = re.compile(r"\s*-\s*")

#: Titles, ranks and forms of address that stand before a person's name and
#: stay outside the name's span ("Chairman Batmunkh" → "Batmunkh").
TITLES = (
    "Comrade", "Comrades", "Cde", "Cde.", "Com.", "Com[rade]", "Tov.", "Mr.", "Mr", "Mrs.", "Mrs",
    "Ms.", "Miss", "Dr.", "Dr", "Prof.", "Professor", "Sir", "Lord", "Lady", "Madame", "Mme.",
    "Monsieur", "M.", "Herr", "Frau", "Senor", "Señor", "Chairman", "Chair", "Co-chairman", "Co-Chairman", "Tengku", "Tunku", "Dato'", "Premier",
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
)

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
tomorrow yesterday dear esteemed thank thanks mr mrs ms dr yes okay ok oh well now later meanwhile
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
comrade comrades chairman premier president minister secretary ambassador general marshal
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
god lord sir madam heaven christmas easter new year years day week month
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
""".split())

_LOWER_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "van", "von", "der", "den", "del",
                              "della", "di", "du", "la", "le", "bin", "ibn", "al", "el", "ben"})


def fold(text: str) -> str:
    """Case- and accent-insensitive form: ``"Dorticós"`` → ``"dorticos"``."""
    decomposed = unicodedata.normalize("NFKD", key(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def key(text: str) -> str:
    """The lookup form of a name as written: typographic apostrophes and
    dashes made plain, whitespace collapsed; case kept."""
    text = text.translate(_APOSTROPHES)
    text = _SPACE_AROUND_DASH.sub("-", text) if " - " in text else text
    return _SPACE.sub(" ", text).strip()


def strip_brackets(text: str) -> str:
    """``"Zhou [Enlai]"`` → ``"Zhou Enlai"``; ``"J[ambyn]."`` → ``"Jambyn"``."""
    text = re.sub(r"(\w)\[(\w+)\]\.?", r"\1\2", text)
    return _SPACE.sub(" ", text.replace("[", "").replace("]", "")).strip()


def slug(text: str) -> str:
    """An ASCII slug for ids: ``"Ieng Sary"`` → ``"ieng-sary"``."""
    ascii_ = fold(strip_brackets(text)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_).strip("-") or "x"


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


_TITLE_KEYS = sorted({fold(t).rstrip(".") for t in TITLES}, key=len, reverse=True)


def strip_title(name: str) -> str:
    """The name without leading titles: ``"Chairman Batmunkh"`` → ``"Batmunkh"``."""
    changed = True
    while changed:
        changed = False
        folded = fold(name)
        for title in _TITLE_KEYS:
            if folded.startswith(title) and len(name) > len(title) and not folded[len(title)].isalnum():
                rest = name[len(title):].lstrip(". ")
                if rest and rest[0].isupper():
                    name, changed = rest, True
                    break
    return name


def is_initial(token: str) -> bool:
    """``"J."``, ``"Ts."``, ``"Yu."``, ``"A.I."`` — an abbreviated given name."""
    return bool(re.fullmatch(r"(?:[A-Z][a-z]?\.\s?)+", token.strip()))


def person_variants(full: str, surname: str | None = None, forenames: tuple[str, ...] = ()) -> set[str]:
    """The forms a person may be named by, given one full form.

    ``"Jambyn Batmunkh"`` → Jambyn Batmunkh, J. Batmunkh, Batmunkh.  Family
    name first or last is not known, so both ends count as a short form for
    two-part names ("Zhou Enlai" → "Zhou"), the surname for longer Western
    forms with initials ("Henry A. Kissinger" → "Kissinger", "H. Kissinger").
    """
    full = strip_title(uninvert(strip_brackets(full)))
    words = [w for w in re.split(r"\s+", full) if w]
    forms = {full}
    if not words:
        return set()
    if surname:
        given = list(forenames)
        forms.add(surname)
        if given:
            forms.add(" ".join(given + [surname]))
            forms.add(" ".join(g[0] + "." for g in given) + " " + surname)
            forms.add(given[0][0] + ". " + surname)
            forms.add(given[0] + " " + surname)
        return {f for f in forms if f}
    names = [w for w in words if not is_initial(w) and w.lower() not in _LOWER_PARTICLES]
    if len(words) == 1:
        return forms
    last = words[-1]
    if last.rstrip(".") in {"Jr", "Sr", "II", "III"} and len(words) > 2:
        words = words[:-1]
        last = words[-1]
        forms.add(" ".join(words))
    first = words[0]
    if fold(last) not in COMMON_WORDS:
        forms.add(last)
    if len(names) >= 2 and not is_initial(first):
        forms.add(f"{first} {last}")
        forms.add(f"{first[0]}. {last}")
        initials = " ".join(w[0] + "." for w in words[:-1])
        forms.add(f"{initials} {last}")
        forms.add(initials.replace(" ", "") + " " + last)
    if len(names) == 2 and len(words) == 2 and fold(first) not in COMMON_WORDS:
        forms.add(first)  # "Zhou Enlai" → "Zhou"; "Kaysone Phomvihane" → "Kaysone"
    if "-" in full:
        forms.add(full.replace("-", " "))
    return {f for f in forms if f and len(f) > 1}
