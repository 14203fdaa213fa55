"""build --tei-schema: every page checked against a RELAX NG schema and the
Schematron rules embedded in it, the findings in report.json."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from teiencode.build import build
from teiencode.cache import ENV_CACHE
from teiencode.cli import main
from teiencode.errors import InputError
from teiencode.validate import isoschematron, odd

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "corpus" / "1979-12-04_batmunkh-heng-samrin.txt"
REGISTER = ROOT / "corpus" / "register.xml"

# Any element, any attribute, and one embedded rule the seed breaks (its turns
# have several paragraphs), as TEI schemas embed theirs.
SCHEMA = """<grammar xmlns="http://relaxng.org/ns/structure/1.0"
    xmlns:sch="http://purl.oclc.org/dsdl/schematron">
  <start><ref name="any"/></start>
  <define name="any"><element><anyName/><zeroOrMore><choice>
    <attribute><anyName/></attribute><text/><ref name="any"/></choice></zeroOrMore></element>
  </define>
  <sch:ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>
  <sch:pattern id="one-paragraph-turns">
    <sch:rule context="tei:sp"><sch:assert test="count(tei:p) lt 2">a turn has one paragraph, \
this one <sch:value-of select="count(tei:p)"/></sch:assert></sch:rule>
  </sch:pattern>
</grammar>"""


@pytest.fixture
def schema(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    try:
        odd.Stylesheets.locate()
    except InputError as error:
        if os.environ.get("CI"):
            pytest.fail(f"the TEI Stylesheets are missing (CI is set): {error}")
        pytest.skip(f"the TEI Stylesheets are absent: {error}")
    monkeypatch.setenv(ENV_CACHE, str(tmp_path / "cache"))
    path = tmp_path / "one-paragraph.rng"
    path.write_text(SCHEMA, encoding="utf-8")
    return path


def rows(outdir: Path) -> dict[str, dict]:
    report = json.loads((outdir / "report.json").read_text(encoding="utf-8"))
    return {row["name"]: row for row in report["documents"]}


@pytest.mark.shared
def test_embedded_rules_of_the_schema_go_to_the_report(tmp_path: Path, schema: Path) -> None:
    outdir = tmp_path / "site"
    plain = build([SEED], outdir, registers=[REGISTER], jobs=1)
    assert plain.ok
    assert not [p for p in rows(outdir)[SEED.stem]["problems"] if p["code"] == "TEI-SCH"]

    summary = build([SEED], outdir, registers=[REGISTER], jobs=1, tei_schema=schema)
    assert summary.built == 1 and not summary.ok  # the schema is new: the page is checked again
    found = [p for p in rows(outdir)[SEED.stem]["problems"] if p["code"] == "TEI-SCH"]
    assert found and all(p["severity"] == "error" and p["file"] == f"{SEED.stem}.xml"
                         and p["line"] and p["message"].startswith("a turn has one paragraph")
                         for p in found)


@pytest.mark.shared
def test_build_command_takes_tei_schema(tmp_path: Path, schema: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(SEED), "-o", str(tmp_path / "site"),
                                       "--register", str(REGISTER), "-j", "1",
                                       "--tei-schema", str(schema)])
    assert result.exit_code == 1, result.output
    assert any(p["code"] == "TEI-SCH" for p in rows(tmp_path / "site")[SEED.stem]["problems"])
