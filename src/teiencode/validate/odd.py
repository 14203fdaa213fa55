"""Compile ``schemas/teiencode.odd`` into the schemas validation uses.

    python -m teiencode.validate.odd [--stylesheets DIR] [--odd FILE] [--out DIR]
    scripts/build-schemas                    # the same, from a checkout

The TEI Stylesheets' ODD processors (not part of teiencode: a folder holding
``odds/odd2odd.xsl``, ``odds/odd2relax.xsl``, ``odds/extract-isosch.xsl``,
``source/p5subset.xml`` and SchXslt, as ``../shared/tools/tei-stylesheets``
does) are run by saxonche, offline:

1. ``odd2odd.xsl``: the ODD merged with ``p5subset.xml`` (the compiled ODD);
2. ``odd2relax.xsl``: the compiled ODD → ``teiencode.rng`` (RELAX NG);
3. ``extract-isosch.xsl``: the compiled ODD → ``teiencode.isosch`` (ISO
   Schematron: the project's ``constraintSpec``s and TEI's own rules for the
   elements kept);
4. SchXslt: ``teiencode.isosch`` → ``teiencode.isosch.xsl``, the validator
   that :mod:`.isoschematron` runs (:func:`~.isoschematron.compile_schematron`);
5. SchXslt: the rules embedded in tei_all.rng (``--tei-all``) →
   ``embedded/DIGEST.xsl``, so that ``--tei-schema tei_all.rng`` runs them
   without the Stylesheets.

The stylesheets folder is ``--stylesheets``, else ``$TEIENCODE_TEI_STYLESHEETS``,
else ``../shared/tools/tei-stylesheets`` beside the checkout. Outputs are
deterministic (the Stylesheets' fixed date), so a test can compile again and
compare them with the committed files.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from ..errors import InputError
from ..namespaces import TEI_NS
from ..resources import schema_path
from .isoschematron import BUNDLED_FOLDER, compile_schematron, embedded_schematron, rules_digest

ENV_STYLESHEETS = "TEIENCODE_TEI_STYLESHEETS"
SCHXSLT = "schxslt-1.10.1/core/src/main/resources/xslt/2.0/pipeline-for-svrl.xsl"
ODD_FILE = "teiencode.odd"
OUTPUTS = ("teiencode.rng", "teiencode.isosch", "teiencode.isosch.xsl")


def _shared(*parts: str) -> Path:
    """A path of ../shared beside the checkout: seen from the current folder (the
    repository's root, where scripts/build-schemas runs), else from this source
    file when it is not an installed copy; the first that exists."""
    tried = [Path.cwd().parent.joinpath("shared", *parts),
             Path(__file__).resolve().parents[3].parent.joinpath("shared", *parts)]
    return next((path for path in tried if path.exists()), tried[0])


TEI_ALL = _shared("schemas", "tei_all.rng")
_REMOTE = ("http:", "https:", "ftp:", "tei:")
_STEPS = ("odds/odd2odd.xsl", "odds/odd2relax.xsl", "odds/extract-isosch.xsl", SCHXSLT)


@dataclass(frozen=True)
class Stylesheets:
    """A folder of the TEI Stylesheets' ODD processors with P5's compiled source."""

    root: Path

    @classmethod
    def locate(cls, given: Path | None = None) -> Stylesheets:
        """``given``, else ``$TEIENCODE_TEI_STYLESHEETS``, else the shared copy
        beside the checkout. Raises :class:`InputError` naming what is missing."""
        candidates = [given] if given else (
            [Path(os.environ[ENV_STYLESHEETS])] if os.environ.get(ENV_STYLESHEETS)
            else [_shared("tools", "tei-stylesheets")])
        root = candidates[0]
        missing = [step for step in (*_STEPS, "source/p5subset.xml") if not (root / step).is_file()]
        if missing:
            raise InputError(
                f"{root} is not a TEI Stylesheets folder: {', '.join(missing)} missing",
                file=str(root),
                hint=f"give the folder with --stylesheets or ${ENV_STYLESHEETS} "
                     "(it needs odds/, common/, source/p5subset.xml and schxslt-1.10.1/)")
        return cls(root.resolve())

    @property
    def schxslt(self) -> Path:
        """SchXslt's ``pipeline-for-svrl.xsl``: ISO Schematron → XSLT validator."""
        return self.root / SCHXSLT


def compile_odd(odd: Path, out: Path, stylesheets: Stylesheets) -> list[Path]:
    """Write ``teiencode.rng``, ``teiencode.isosch`` and ``teiencode.isosch.xsl``
    compiled from ``odd`` into ``out``; return their paths."""
    from saxonche import PySaxonProcessor

    refuse_remote_sources(odd)
    out.mkdir(parents=True, exist_ok=True)
    rng, isosch, validator = (out / name for name in OUTPUTS)
    with tempfile.TemporaryDirectory(prefix="teiencode-odd-") as tmp, \
            PySaxonProcessor(license=False) as processor:
        compiled = Path(tmp) / "teiencode.compiled.odd"
        xslt = processor.new_xslt30_processor()

        def run(step: str, source: Path, target: Path, **params: str) -> None:
            executable = xslt.compile_stylesheet(stylesheet_file=str(stylesheets.root / step))
            if executable is None:
                raise InputError(f"cannot compile {stylesheets.root / step}: "
                                 f"{xslt.error_message}", file=str(stylesheets.root / step))
            for name, value in params.items():
                executable.set_parameter(name, processor.make_string_value(value))
            executable.transform_to_file(source_file=str(source), output_file=str(target))
            if not target.is_file():
                raise InputError(f"{step} wrote nothing for {source}: "
                                 f"{executable.error_message}", file=str(source))

        source = (stylesheets.root / "source" / "p5subset.xml").as_uri()
        run("odds/odd2odd.xsl", odd, compiled, defaultSource=source, useFixedDate="true")
        run("odds/odd2relax.xsl", compiled, rng, useFixedDate="true")
        run("odds/extract-isosch.xsl", compiled, isosch, useFixedDate="true")
    validator.write_text(compile_schematron(isosch.read_bytes(), stylesheets.schxslt),
                         encoding="utf-8")
    return [rng, isosch, validator]


def compile_embedded_rules(schema: Path, out: Path, stylesheets: Stylesheets) -> Path:
    """Write the validator of the Schematron rules embedded in the RELAX NG
    ``schema`` (tei_all.rng) as ``out/embedded/DIGEST.xsl``, the only file
    there, so that ``--tei-schema`` with that schema needs no Stylesheets."""
    rules = embedded_schematron(schema)
    if rules is None:
        raise InputError(f"{schema} embeds no Schematron rules", file=str(schema))
    folder = out / BUNDLED_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("*.xsl"):
        stale.unlink()
    target = folder / f"{rules_digest(rules)}.xsl"
    target.write_text(compile_schematron(rules, stylesheets.schxslt), encoding="utf-8")
    return target


def refuse_remote_sources(odd: Path) -> None:
    """Raise :class:`InputError` when the ODD names a remote source, which
    the Stylesheets would fetch: this compile is offline."""
    tree = etree.parse(str(odd))
    for element in tree.iter(*(f"{{{TEI_NS}}}{name}" for name in (
            "schemaSpec", "moduleRef", "elementRef", "classRef", "macroRef", "dataRef"))):
        for attribute in ("source", "url"):
            value = (element.get(attribute) or "").strip()
            if value.startswith(_REMOTE):
                raise InputError(
                    f"<{etree.QName(element).localname} {attribute}=\"{value}\"> names a remote "
                    "source; the compile uses the local p5subset.xml only",
                    file=str(odd), line=element.sourceline)


def main(argv: Sequence[str] | None = None) -> int:
    """Compile the ODD into the schemas folder (or ``--out``)."""
    parser = argparse.ArgumentParser(prog="python -m teiencode.validate.odd",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--stylesheets", type=Path, default=None,
                        help=f"the TEI Stylesheets folder (default: ${ENV_STYLESHEETS}, else "
                             "../shared/tools/tei-stylesheets beside the checkout)")
    parser.add_argument("--odd", type=Path, default=None, help="default: schemas/teiencode.odd")
    parser.add_argument("--out", type=Path, default=None, help="default: the ODD's folder")
    parser.add_argument("--tei-all", type=Path, default=None,
                        help="also compile the Schematron rules embedded in this RELAX NG "
                             "schema, into OUT/embedded/ (default: ../shared/schemas/"
                             "tei_all.rng beside the checkout, when it is there)")
    args = parser.parse_args(argv)
    odd = args.odd or schema_path(ODD_FILE)
    out = (args.out or odd.parent).resolve()
    try:
        stylesheets = Stylesheets.locate(args.stylesheets)
        written = compile_odd(odd.resolve(), out, stylesheets)
        tei_all = args.tei_all or (TEI_ALL if TEI_ALL.is_file() else None)
        if tei_all is not None:
            written.append(compile_embedded_rules(tei_all, out, stylesheets))
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for path in written:
        print(f"wrote {path} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
