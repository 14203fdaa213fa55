"""The entities stage: persons, places, organisations and dates, found in a
document and linked to an editor's register.

- :func:`load_register` reads TEI and CSV registers (:mod:`.register`);
  :func:`register_tei` and :func:`register_csv` write one out again;
- :func:`find_mentions` wraps the mentions of a document (:mod:`.mentions`);
- :func:`recognise` does the same on a plain string, with offsets (:mod:`.recognise`);
  :func:`recognition` also gives the words it read as names but could not type;
- :func:`list_entities` and :func:`format_entities` list the entities of
  encoded TEI files for review (:mod:`.review`).
"""

from .mentions import find_mentions
from .recognise import Recognition, Span, recognise, recognition
from .register import Register, load_register
from .register_csv import register_csv
from .register_tei import register_tei
from .review import EntityRow, entities_csv, entities_json, entities_table, format_entities, list_entities

__all__ = [
    "EntityRow", "Recognition", "Register", "Span", "entities_csv", "entities_json", "entities_table",
    "find_mentions", "format_entities", "list_entities", "load_register", "recognise", "recognition",
    "register_csv", "register_tei",
]
