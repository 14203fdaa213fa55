"""Languages by their ISO 639 codes and English names, for the header's ``langUsage``.

The table is ``pycountry``'s ISO 639-3 database, whose loading takes a worker
a tenth of a second for the one or two languages of a page: what the two
lookups here can answer is derived from it once and kept in the user's cache
folder (:mod:`teiencode.cache`), like the gazetteer. The answers are
``pycountry``'s own (``languages.lookup`` and ``languages.get``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import Any

import pycountry

from ..cache import cached_lines

#: The version of the cache files' content: change it when :func:`_names` or :func:`_idents` change.
_FORMAT = 1


def language_ident(name: str) -> str:
    """The ISO 639 code of a language named in English ("Mongolian" → "mn"), else "und"."""
    return _table("idents", _idents).get(name.strip().lower(), "und")


def language_name(ident: str) -> str:
    """The English name of a BCP 47 tag's language ("en-GB" → "English"), else the tag."""
    return _table("names", _names).get(ident.split("-")[0].lower(), ident)


@cache
def _table(kind: str, build: Callable[[], Iterable[str]]) -> dict[str, str]:
    """The lookup table ``kind`` (lines "key TAB value"), from the cache folder, else built."""
    rows = cached_lines(f"languages-{kind}-{pycountry.__version__}-{_FORMAT}.tsv", build)
    return dict(row.split("\t", 1) for row in rows if row)


def _names() -> Iterator[str]:
    """Each two- and three-letter code (lower case) and its language's name: a
    two-letter code before the three-letter one, as ``languages.get`` is asked."""
    records = list(pycountry.languages)
    for field in ("alpha_2", "alpha_3"):
        for language in records:
            code = getattr(language, field, None)
            if code is not None:
                yield f"{code.lower()}\t{language.name}"


def _idents() -> Iterator[str]:
    """Each value ``languages.lookup`` finds (lower case) and the code of its
    language: its indexed fields first, in its order, then the others, language by language."""
    languages = pycountry.languages
    records = list(languages)  # loads the database, and so its indices
    found: dict[str, Any] = {}
    for index in languages.indices.values():  # the last language of a value wins in an index
        for value, language in index.items():
            found.setdefault(value, language)
    for language in records:
        for field in languages.no_index:
            value = getattr(language, field, None)
            if value is not None:
                found.setdefault(value.lower(), language)
    for value, language in found.items():
        yield f"{value}\t{getattr(language, 'alpha_2', None) or language.alpha_3}"
