"""The project's schemas beside the TEI files of a build.

Every TEI file declares ``teiencode.rng`` and ``teiencode.isosch``, the
RELAX NG grammar and Schematron rules made from the project's ODD, by a
relative address (its ``xml-model`` instructions, :data:`teiencode.tei.SCHEMAS`),
so that an XML editor opening a published file checks it against them. The
build copies both into each folder that holds a TEI file it wrote, where they
are missing or out of date.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from ..atomic import write_atomic
from ..resources import schema_path
from ..tei import SCHEMAS

#: The schemas the files declare by a relative address (not tei_all's URL).
LOCAL_SCHEMAS = tuple(dict.fromkeys(href for href, _ in SCHEMAS if "://" not in href))


def place_schemas(outdir: Path, names: Iterable[str]) -> None:
    """Write :data:`LOCAL_SCHEMAS` into the folder of each page ``name`` (its
    TEI output is ``OUTDIR/NAME.xml``) where a copy is missing or differs."""
    folders = {PurePosixPath(name).parent for name in names}
    for filename in LOCAL_SCHEMAS:
        data = schema_path(filename).read_bytes()
        for folder in folders:
            target = outdir / folder / filename
            try:
                if target.read_bytes() == data:
                    continue
            except OSError:
                pass
            write_atomic(target, data)
