"""Safe XML input: well-formed TEI parses with its line numbers; DTDs,
entities, XInclude and the network are refused, and nothing is read."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Self

import pytest
from lxml import etree

from teiencode.errors import InputError, XMLInputError
from teiencode.xmlinput import parse_xml

VALID = Path(__file__).resolve().parents[1] / "invalid" / "valid.xml"
TEI = '<TEI xmlns="http://www.tei-c.org/ns/1.0">'


# --------------------------------------------------------------------------- probes


class FifoProbe:
    """A named pipe that records whether anyone opened it for reading.

    Opening a FIFO for reading blocks until a writer appears; a thread keeps
    trying to open it for writing (which only succeeds while a reader waits),
    writes a secret and notes that the file was read."""

    SECRET = b"TOP-SECRET-CONTENT"

    def __init__(self, path: Path) -> None:
        self.path = path
        os.mkfifo(path)
        self.opened = False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_NONBLOCK)
            except OSError:  # ENXIO: nobody is reading
                time.sleep(0.002)
                continue
            self.opened = True
            try:
                os.write(fd, self.SECRET)
            except BrokenPipeError:  # the reader was gone again before the write
                pass
            finally:
                os.close(fd)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=2)


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[FifoProbe]:
    if not hasattr(os, "mkfifo"):
        pytest.skip("named pipes need a POSIX system")
    with FifoProbe(tmp_path / "secret.txt") as probe:
        yield probe


@pytest.fixture
def server() -> Iterator[tuple[str, list[str]]]:
    """A local HTTP server: its base URL and the paths requested from it."""
    requests: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requests.append(self.path)
            body = b'<!ENTITY leak "LEAKED">'
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.01},
                              daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", requests
    finally:
        httpd.shutdown()
        httpd.server_close()


def refused(data: bytes, name: str = "hostile.xml") -> XMLInputError:
    with pytest.raises(XMLInputError) as caught:
        parse_xml(data, name=name)
    return caught.value


# --------------------------------------------------------------------------- accepted


def test_valid_file_parses_with_line_numbers() -> None:
    tree = parse_xml(VALID)
    speaker = tree.find(".//{http://www.tei-c.org/ns/1.0}speaker")
    assert speaker is not None and speaker.text == "Tomas Lind:"
    expected_line = next(number for number, line in enumerate(VALID.read_text().splitlines(), 1)
                         if "<speaker>Tomas Lind:</speaker>" in line)
    assert speaker.sourceline == expected_line


@pytest.mark.parametrize("kind", ["str", "path", "bytes", "bytearray"])
def test_every_source_kind_gives_the_same_document(kind: str) -> None:
    source = {"str": str(VALID), "path": VALID, "bytes": VALID.read_bytes(),
              "bytearray": bytearray(VALID.read_bytes())}[kind]
    tree = parse_xml(source)
    assert etree.tostring(tree) == etree.tostring(etree.parse(str(VALID)))


def test_trees_and_elements_are_taken_as_they_are() -> None:
    tree = etree.parse(str(VALID))
    assert parse_xml(tree) is tree
    assert parse_xml(tree.getroot()).getroot() is tree.getroot()


def test_utf16_document_is_read() -> None:
    text = f'<?xml version="1.0" encoding="UTF-16"?>\n{TEI}<p>Ölfeld, 1979</p></TEI>'
    assert parse_xml(text.encode("utf-16")).getroot()[0].text == "Ölfeld, 1979"


def test_doctype_only_mentioned_in_a_comment_is_no_doctype() -> None:
    data = f"<!-- a TEI file needs no <!DOCTYPE …> -->\n{TEI}<p>x</p></TEI>".encode()
    assert parse_xml(data).getroot()[0].text == "x"


def test_duplicate_ids_are_left_to_the_validators() -> None:
    data = f'{TEI}<p xml:id="a">x</p><p xml:id="a">y</p></TEI>'.encode()
    assert len(parse_xml(data).getroot()) == 2


# --------------------------------------------------------------------------- malformed


def test_malformed_xml_names_file_line_and_column() -> None:
    error = refused(f"{TEI}\n  <p>text\n</TEI>".encode(), name="memo.xml")
    assert (error.file, error.line) == ("memo.xml", 3)
    assert isinstance(error.column, int) and error.column >= 1
    assert "not well-formed" in error.message and "mismatch" in error.message
    assert str(error).startswith("memo.xml:3:")


def test_html_entity_gets_a_hint_about_numeric_references() -> None:
    error = refused(f"{TEI}\n<p>a&nbsp;b</p></TEI>".encode())
    assert error.line == 2 and "nbsp" in error.message
    assert error.hint is not None and "&#160;" in error.hint


def test_empty_input_is_malformed() -> None:
    assert "not well-formed" in refused(b"").message


def test_unreadable_path_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        parse_xml(tmp_path / "missing.xml")
    assert caught.value.file == str(tmp_path / "missing.xml")


# --------------------------------------------------------------------------- hostile


def test_xxe_reaching_for_etc_passwd_is_refused() -> None:
    data = (b'<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY p SYSTEM "file:///etc/passwd">]>\n'
            + TEI.encode() + b"<p>&p;</p></TEI>")
    error = refused(data)
    assert (error.line, error.column) == (2, 1)
    assert "DOCTYPE" in error.message and "root:" not in str(error)
    assert error.hint and "delete" in error.hint


def test_xxe_reads_nothing(fifo: FifoProbe) -> None:
    data = (f'<!DOCTYPE TEI [<!ENTITY s SYSTEM "file://{fifo.path}">]>'
            f"{TEI}<p>&s;</p></TEI>").encode()
    error = refused(data)
    time.sleep(0.05)
    assert not fifo.opened
    assert FifoProbe.SECRET.decode() not in str(error)


def test_parameter_entity_reads_nothing(fifo: FifoProbe) -> None:
    data = f'<!DOCTYPE TEI [<!ENTITY % p SYSTEM "file://{fifo.path}"> %p;]>{TEI}</TEI>'.encode()
    refused(data)
    time.sleep(0.05)
    assert not fifo.opened


@pytest.mark.parametrize("doctype", [
    '<!DOCTYPE TEI SYSTEM "{base}/tei.dtd">',
    '<!DOCTYPE TEI PUBLIC "-//TEI//DTD TEI P5//EN" "{base}/tei.dtd">',
    '<!DOCTYPE TEI [<!ENTITY x SYSTEM "{base}/x.xml">]>',
    '<!DOCTYPE TEI [<!ENTITY % p SYSTEM "{base}/p.ent"> %p;]>',
])
def test_external_dtd_and_entities_fetch_nothing(server: tuple[str, list[str]],
                                                 doctype: str) -> None:
    base, requests = server
    data = f'<?xml version="1.0"?>\n{doctype.format(base=base)}\n{TEI}<p>&amp;</p></TEI>'.encode()
    assert "DOCTYPE" in refused(data).message
    assert requests == []


def test_billion_laughs_is_refused_at_once() -> None:
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10)]
    data = f'<!DOCTYPE TEI [{"".join(entities)}]>{TEI}<p>&lol9;</p></TEI>'.encode()
    started = time.perf_counter()
    error = refused(data)
    assert time.perf_counter() - started < 1.0
    assert "DOCTYPE" in error.message


def test_doctype_in_utf16_is_refused() -> None:
    data = f'<?xml version="1.0" encoding="UTF-16"?>\n<!DOCTYPE TEI SYSTEM "x.dtd">\n{TEI}</TEI>'
    assert refused(data.encode("utf-16")).line == 2


def test_doctype_after_comments_and_instructions_is_refused() -> None:
    data = (b'<?xml version="1.0"?>\n<!-- one -->\n<?xml-model href="tei_all.rng"?>\n'
            b"  <!DOCTYPE TEI>\n" + TEI.encode() + b"</TEI>")
    error = refused(data)
    assert (error.line, error.column) == (4, 3)


@pytest.mark.parametrize("namespace", ["http://www.w3.org/2001/XInclude",
                                       "http://www.w3.org/2003/XInclude"])
def test_xinclude_is_refused_and_reads_nothing(fifo: FifoProbe, server: tuple[str, list[str]],
                                               namespace: str) -> None:
    base, requests = server
    data = (f'{TEI}\n<p xmlns:xi="{namespace}">\n'
            f'<xi:include href="file://{fifo.path}" parse="text"/>\n'
            f'<xi:include href="{base}/part.xml"/></p></TEI>').encode()
    error = refused(data)
    assert error.line == 3 and "XInclude" in error.message
    time.sleep(0.05)
    assert not fifo.opened and requests == []


# --------------------------------------------------------------------------- the probes work


def test_the_pipe_probe_catches_a_parser_that_reads(fifo: FifoProbe) -> None:
    """Control: an unsafe parser does open the pipe, so the tests above would
    fail if parse_xml did the same. (The HTTP tests guard libxml2 builds with
    a network client; the 2.14 series has none, so they have no control.)"""
    unsafe = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    data = f'<!DOCTYPE TEI [<!ENTITY s SYSTEM "file://{fifo.path}">]><TEI>&s;</TEI>'.encode()
    assert FifoProbe.SECRET.decode() in etree.fromstring(data, unsafe).text
    assert fifo.opened


@pytest.mark.parametrize("data", [b"<a>" + b"x" * 10_000_001 + b"</a>",
                                  b"<a>" * 300 + b"</a>" * 300],
                         ids=["text-over-10-mb", "nesting-over-256"])
def test_documents_over_the_parser_limits_are_refused_saying_so(data: bytes) -> None:
    with pytest.raises(XMLInputError) as caught:
        parse_xml(data, name="big.xml")
    assert caught.value.message.startswith("too large to read safely")
    assert caught.value.file == "big.xml" and caught.value.line == 1
    assert "split" in (caught.value.hint or "")
