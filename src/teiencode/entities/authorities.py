"""Authority ids as the URIs a TEI consumer can follow.

Registers may give an id bare ("Q1858", "1581130") or as a URI (the entity or
wiki page of Wikidata, a VIAF cluster, a GeoNames feature); teiencode keeps
and writes the one URI form of each authority, so that ``idno`` values link.
"""

from __future__ import annotations

import re

AUTHORITIES = ("wikidata", "viaf", "geonames")

_FORMS: dict[str, tuple[re.Pattern[str], str, str]] = {
    "wikidata": (re.compile(r"(?:https?://(?:www\.|m\.)?wikidata\.org/(?:wiki|entity)/)?([Qq][1-9]\d*)/?"),
                 "http://www.wikidata.org/entity/{}", "Q123 or http://www.wikidata.org/entity/Q123"),
    "viaf": (re.compile(r"(?:https?://(?:www\.)?viaf\.org/viaf/)?([1-9]\d*)/?"),
             "https://viaf.org/viaf/{}", "12345678 or https://viaf.org/viaf/12345678"),
    "geonames": (re.compile(r"(?:https?://(?:sws\.|www\.)?geonames\.org/)?([1-9]\d*)(?:/[^\s]*)?"),
                 "https://sws.geonames.org/{}/", "1581130 or https://sws.geonames.org/1581130/"),
}


def authority_uri(kind: str, value: str) -> str:
    """The URI of an authority id of ``kind`` given bare or as a URI; the value
    itself, whitespace trimmed, for a kind other than Wikidata, VIAF, GeoNames.

    Raises ``ValueError`` (saying which forms are expected) for a value that
    is no id of a known authority.
    """
    value = value.strip()
    form = _FORMS.get(kind)
    if form is None:
        return value
    pattern, uri, expected = form
    match = pattern.fullmatch(value)
    if match is None:
        raise ValueError(f"{value!r} is not a {kind} id; write {expected}")
    return uri.format(match.group(1).upper())
