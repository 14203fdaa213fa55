"""Validate TEI documents: the project's schemas, and any TEI RELAX NG schema.

Works on any TEI file, not only teiencode's. The checks, in order:

- ``XML``: the file is well-formed and safe (:mod:`teiencode.xmlinput`); a file
  that is not is invalid with this one diagnostic, and no other check runs.
- ``XSD``: the project's TEI profile, ``schemas/teiencode.xsd`` (:mod:`.xsd`).
- ``TE-RNG``: the RELAX NG grammar compiled from the project's ODD,
  ``schemas/teiencode.rng`` (:mod:`.relaxng`).
- ``TE-SCH-…`` and ``TEI-SCH``: the ODD's Schematron, the project's rules and
  TEI's own rules for the elements it keeps (:mod:`.isoschematron`).
- ``RNG`` and ``TEI-SCH``: a RELAX NG schema such as tei_all.rng, when one is
  given, and the Schematron rules embedded in it.

A build checks each page with the fast profile instead (``odd=False``,
:func:`iter_build_diagnostics`): the XML Schema and ``schemas/teiencode.sch``,
the XSLT 1.0 twin of the ODD's project rules that libxslt runs in a fraction
of the time (:mod:`.schematron`); the tests hold the two to the same verdicts.

Validators yield :class:`~teiencode.model.Diagnostic` objects and never print;
:func:`format_report` turns :class:`FileReport` results into text or JSON.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, NamedTuple

from lxml import etree

from ..errors import ValidationFailed, XMLInputError
from ..model import Diagnostic
from ..xmlinput import STDIN_NAME, XMLSource, parse_bytes, read_bytes
from . import isoschematron, relaxng, schematron, xsd
from .report import FileReport, ReportFormat, format_report

__all__ = ["BuildChecks", "FileReport", "ReportFormat", "format_report", "is_valid",
           "iter_build_diagnostics", "iter_diagnostics", "validate", "validate_files"]

XML_CODE = "XML"


def iter_diagnostics(source: XMLSource, *, tei_schema: Path | None = None,
                     name: str | None = None, odd: bool = True) -> Iterator[Diagnostic]:
    """Every problem found in ``source`` (a path, bytes or lxml tree).

    ``tei_schema`` adds a RELAX NG schema and the Schematron rules embedded in
    it (each call starts jing once: for many files use :func:`validate_files`).
    ``name`` names the document in the diagnostics (default: its path).
    ``odd=False`` checks the fast profile a build uses instead of the schemas
    compiled from the ODD (see the module docstring). Raises
    :class:`InputError` when a path cannot be read, and when ``tei_schema``
    cannot be used.
    """
    document = _load(source, name)
    if isinstance(document, Diagnostic):
        yield document
        return
    yield from _project_checks(document, odd=odd)
    if tei_schema is not None:
        with relaxng.Batch(Path(tei_schema)) as batch:
            batch.add(document.name, document.tree, document.data)
            yield from batch.results()[0]
        yield from _embedded_checks(Path(tei_schema), document)


def iter_build_diagnostics(source: XMLSource) -> Iterator[Diagnostic]:
    """The checks a build runs on every page: :func:`iter_diagnostics` with ``odd=False``."""
    return iter_diagnostics(source, odd=False)


@dataclass(frozen=True)
class BuildChecks:
    """A build's checks of each page with a TEI schema added (``build
    --tei-schema``): the fast profile, the schema (lxml) and the Schematron
    rules embedded in it. Picklable, for the build's worker processes."""

    tei_schema: str

    def __call__(self, source: XMLSource) -> Iterator[Diagnostic]:
        schema = Path(self.tei_schema)
        document = _load(source, None)
        if isinstance(document, Diagnostic):
            yield document
            return
        yield from _project_checks(document, odd=False)
        with relaxng.Batch(schema, engine="lxml") as batch:
            batch.add(document.name, document.tree, document.data)
            yield from batch.results()[0]
        yield from _embedded_checks(schema, document)


def is_valid(source: XMLSource, *, tei_schema: Path | None = None, name: str | None = None,
             odd: bool = True) -> bool:
    """True when ``source`` has no error (warnings allowed)."""
    return not any(d.severity == "error"
                   for d in iter_diagnostics(source, tei_schema=tei_schema, name=name, odd=odd))


def validate(source: XMLSource, *, tei_schema: Path | None = None, name: str | None = None) -> None:
    """Return when ``source`` is valid; else raise :class:`ValidationFailed`
    carrying every diagnostic (``.diagnostics``) and the first error's place."""
    diagnostics = list(iter_diagnostics(source, tei_schema=tei_schema, name=name))
    errors = [d for d in diagnostics if d.severity == "error"]
    if errors:
        first = errors[0]
        raise ValidationFailed(
            f"not valid: {len(errors)} error{'s' if len(errors) != 1 else ''}; first: "
            f"{first.code} {first.message}",
            diagnostics, file=first.file, line=first.line, column=first.column, hint=first.hint)


def validate_files(paths: Sequence[str | os.PathLike[str]], *,
                   tei_schema: Path | None = None, max_bytes: int | None = None,
                   stdin: BinaryIO | None = None) -> list[FileReport]:
    """One :class:`FileReport` per path, in order, each checked as
    :func:`iter_diagnostics` does; the files share jing runs and compiled
    validators. The path ``-`` reads ``stdin`` (when given).

    Raises :class:`InputError` when a file cannot be read, is larger than
    ``max_bytes`` or ``tei_schema`` cannot be used (usage and I/O errors, not
    invalid documents).
    """
    found: list[list[Diagnostic]] = []
    checked: list[int] = []  # the files handed to the RELAX NG batch, in its order
    with ExitStack() as stack:
        batch = (stack.enter_context(relaxng.Batch(Path(tei_schema)))
                 if tei_schema is not None else None)
        names = [STDIN_NAME if stdin is not None and str(p) == "-" else str(p) for p in paths]
        for path, name in zip(paths, names, strict=True):  # one document in memory at a time
            document = _load(read_bytes(path, max_bytes=max_bytes, stdin=stdin), name)
            if isinstance(document, Diagnostic):
                found.append([document])
                continue
            found.append(list(_project_checks(document)))
            if tei_schema is not None:
                found[-1].extend(_embedded_checks(Path(tei_schema), document))
            if batch is not None:
                batch.add(document.name, document.tree, document.data)
                checked.append(len(found) - 1)
        if batch is not None:
            for number, diagnostics in zip(checked, batch.results(), strict=True):
                found[number].extend(diagnostics)
    return [FileReport(name, tuple(sorted(diagnostics, key=_reading_order)))
            for name, diagnostics in zip(names, found, strict=True)]


class _Document(NamedTuple):
    """A parsed document: its name in reports, its tree, and the bytes it was
    parsed from (``None`` for a tree given as such)."""

    name: str | None
    tree: etree._ElementTree
    data: bytes | None


def _load(source: XMLSource, name: str | None) -> _Document | Diagnostic:
    """The parsed document, or the ``XML`` diagnostic saying why it is none."""
    if isinstance(source, (etree._ElementTree, etree._Element)):
        tree = source if isinstance(source, etree._ElementTree) else source.getroottree()
        return _Document(name or tree.docinfo.URL, tree, None)
    if isinstance(source, (bytes, bytearray)):
        data = bytes(source)
    else:
        data = read_bytes(source)
        name = name or str(source)
    try:
        return _Document(name, parse_bytes(data, name=name), data)
    except XMLInputError as error:
        return Diagnostic("error", XML_CODE, error.message, file=name, line=error.line,
                          column=error.column, hint=error.hint)


def _project_checks(document: _Document, *, odd: bool = True) -> Iterator[Diagnostic]:
    """The XML Schema, then the ODD's grammar and rules (or their fast twin)."""
    yield from xsd.iter_diagnostics(document.tree, name=document.name)
    if odd:
        yield from relaxng.project_diagnostics(document.tree, document.name)
        yield from isoschematron.project_validator().check(document.tree, document.data,
                                                            document.name)
    else:
        yield from schematron.iter_diagnostics(document.tree, name=document.name)


def _embedded_checks(schema: Path, document: _Document) -> list[Diagnostic]:
    """The Schematron rules embedded in the RELAX NG ``schema`` (none: nothing)."""
    validator = isoschematron.embedded_validator(schema)
    return [] if validator is None else validator.check(document.tree, document.data,
                                                        document.name)


def _reading_order(diagnostic: Diagnostic) -> tuple[int, int]:
    return (diagnostic.line or 0, diagnostic.column or 0)
