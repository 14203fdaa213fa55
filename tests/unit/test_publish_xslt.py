"""The stylesheets and their runner: layering, parameters, compile-once, no external access."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from lxml import etree
from saxonche import PySaxonApiError

from teiencode.errors import XMLInputError
from teiencode.publish import declared_params, render_html, render_text, xslt
from teiencode.resources import xslt_path

XSLT = Path(xslt_path("."))
XSL = "http://www.w3.org/1999/XSL/Transform"
TE = "urn:teiencode"
SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "publish" / "sample.xml"
STYLESHEETS = sorted(XSLT.rglob("*.xsl"))


def parse(path: Path) -> etree._ElementTree:
    return etree.parse(str(path))


def test_every_parameter_is_declared_in_a_params_file_and_documented() -> None:
    for path in STYLESHEETS:
        params = parse(path).getroot().findall(f"{{{XSL}}}param")
        if path.name != "params.xsl":
            assert not params, f"{path}: declare parameters in common/params.xsl"
            continue
        documented = {d.get("param") for d in parse(path).getroot().iter(f"{{{TE}}}doc")}
        for param in params:
            assert param.get("name") in documented, param.get("name")
            assert param.get("as"), f"{param.get('name')} has no declared type"
    assert {"base-url", "text-mode", "wrap-width"} <= set(declared_params())


def test_every_make_template_common_calls_is_implemented_by_each_output() -> None:
    core = parse(XSLT / "common" / "core.xsl")
    called = {c.get("name") for c in core.iter(f"{{{XSL}}}call-template")}
    assert {"te:make-block", "te:make-turn", "te:make-gap", "te:make-inline"} <= called
    for entry in ("html/html.xsl", "text/text.xsl"):
        defined = {t.get("name") for t in parse(XSLT / entry).iter(f"{{{XSL}}}template")}
        assert called <= defined, f"{entry} lacks {called - defined}"


def test_names_are_kebab_case_in_the_project_namespace_and_errors_are_coded() -> None:
    for path in STYLESHEETS:
        root = parse(path).getroot()
        for el in root.iter(f"{{{XSL}}}function", f"{{{XSL}}}template", f"{{{XSL}}}param",
                            f"{{{XSL}}}variable", f"{{{XSL}}}key"):
            name = el.get("name")
            if name and el.getparent() is root:
                assert re.fullmatch(r"(te:)?[a-z][a-z0-9]*(-[a-z0-9]+)*", name), f"{path}: {name}"
            if el.tag in (f"{{{XSL}}}function", f"{{{XSL}}}key") or (
                    el.tag == f"{{{XSL}}}template" and name):
                assert name.startswith("te:"), f"{path}: {name} is not in the te: namespace"
        assert not root.xpath("//xsl:message[@terminate='yes']", namespaces={"xsl": XSL}), path
        assert "tei:" not in " ".join(root.xpath("//xsl:function/@name", namespaces={"xsl": XSL}))


def test_each_stylesheet_is_compiled_once_per_process() -> None:
    render_text(SAMPLE)
    first = xslt._current()
    executables = dict(first.executables)
    render_html(SAMPLE)
    render_text(SAMPLE)
    assert xslt._current() is first
    assert first.executables == executables
    assert set(executables) == set(xslt.ENTRY_STYLESHEETS)


@pytest.mark.parametrize("call", [
    "doc('{uri}')",
    "document('{uri}')",
    "unparsed-text('{uri}')",
    "collection('{dir}')",
    "doc('http://127.0.0.1:9/x.xml')",
])
def test_stylesheets_cannot_reach_files_or_the_network(call: str) -> None:
    processor = xslt.processor()
    uri, folder = SAMPLE.as_uri(), SAMPLE.parent.as_uri()
    stylesheet = (f'<xsl:stylesheet version="3.0" xmlns:xsl="{XSL}"><xsl:template match="/">'
                  f'<r><xsl:value-of select="count({call.format(uri=uri, dir=folder)})"/></r>'
                  f"</xsl:template></xsl:stylesheet>")
    executable = processor.new_xslt30_processor().compile_stylesheet(stylesheet_text=stylesheet)
    with pytest.raises(PySaxonApiError):
        executable.transform_to_string(xdm_node=processor.parse_xml(xml_text="<x/>"))


def test_input_with_a_doctype_or_entities_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET")
    xxe = (f'<!DOCTYPE TEI [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'
           '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>&x;</p></body></text></TEI>')
    with pytest.raises(XMLInputError):
        render_text(xxe.encode())


def test_malformed_input_names_the_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "broken.xml"
    bad.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<text>\n</TEI>')
    with pytest.raises(XMLInputError) as caught:
        render_html(bad)
    assert caught.value.file == str(bad) and caught.value.line == 3


def _text_length(_: int) -> int:
    return len(render_text(SAMPLE))


def test_rendering_works_in_forked_worker_processes() -> None:
    import multiprocessing

    expected = _text_length(0)  # the parent has its processor before the fork
    with multiprocessing.get_context("fork").Pool(2) as pool:
        assert pool.map(_text_length, range(4)) == [expected] * 4


def test_threads_do_not_mix_their_parameters() -> None:
    from concurrent.futures import ThreadPoolExecutor

    def render(width: int) -> int:
        text = render_text(SAMPLE, params={"text-mode": "reading", "wrap-width": width})
        return max(len(line) for line in text.splitlines()[4:])

    widths = [30, 50, 70, 90] * 3
    with ThreadPoolExecutor(4) as pool:
        longest = list(pool.map(render, widths))
    assert all(n <= w for n, w in zip(longest, widths)) and longest[0] < longest[3]


def test_a_document_parsed_once_renders_like_its_file() -> None:
    from teiencode.publish import parse_tei

    parsed = parse_tei(SAMPLE)
    assert render_html(parsed) == render_html(SAMPLE)
    assert render_text(parsed) == render_text(SAMPLE)


def _parsed_text_length(parsed: xslt.ParsedXML) -> int:
    return len(render_text(parsed))


def test_a_parsed_document_crosses_to_another_process() -> None:
    import dataclasses
    import multiprocessing

    from teiencode.publish import parse_tei

    parsed = parse_tei(SAMPLE)  # a Saxon node of this process's processor
    expected = len(render_text(SAMPLE))
    with multiprocessing.get_context("spawn").Pool(1) as pool:  # pickled
        assert pool.map(_parsed_text_length, [parsed]) == [expected]
    inherited = dataclasses.replace(parsed, pid=-1)  # as a forked child sees it
    assert _parsed_text_length(inherited) == expected


def _nested_tei(blocks: int) -> bytes:
    paragraphs = "".join(f"<p>Paragraph {n}.</p><head>Heading {n}</head>" for n in range(blocks))
    return (f'<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T'
            f'</title></titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/>'
            f'</sourceDesc></fileDesc></teiHeader><text><body><div>{paragraphs}</div>'
            f'<div><p>Last <note place="inline">inline</note> one.</p></div></body></text></TEI>'
            ).encode()


def test_anchors_name_each_step_below_the_body_by_its_position_among_its_kind() -> None:
    page = render_html(_nested_tei(3))
    ids = re.findall(r'id="(te-[^"]+)"', page)
    assert ids[:6] == ["te-div1-p1", "te-div1-head1", "te-div1-p2", "te-div1-head2",
                       "te-div1-p3", "te-div1-head3"]
    assert "te-div2-p1" in ids and "te-div2-p1-note1-about" in ids


def test_an_error_reaches_the_caller_once_without_saxons_own_trace(
        capfd: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(xslt.XSLTError, match="TE-XSLT-2 the document element is root"):
        render_html(b'<root xmlns="urn:x"/>')
    assert capfd.readouterr().err == ""
    render_text(b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>a</p></body></text></TEI>')
    print("still written", file=sys.stderr)  # standard error works again afterwards
    assert capfd.readouterr().err == "still written\n"
