"""Bytes to page text: BOMs, CRLF, legacy encodings, refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from teiencode.errors import InputError
from teiencode.read import decode_page, read_page, read_path


def test_bom_removed_and_crlf_kept() -> None:
    text, warnings = decode_page("\ufeffMay 1972\r\n\r\nText\r\n".encode("utf-8"))
    assert text == "May 1972\r\n\r\nText\r\n" and warnings == []


def test_utf16_with_bom() -> None:
    text, _ = decode_page("Heng Samrin: Yes.".encode("utf-16"))
    assert text == "Heng Samrin: Yes."


def test_cp1252_page_is_decoded_with_a_warning() -> None:
    data = "Comrade Dorticós said “yes” – twice.\n".encode("cp1252")
    text, warnings = decode_page(data, "page.txt")
    assert "Dorticós" in text and "“yes”" in text
    assert [w.code for w in warnings] == ["TE-READ-2"] and warnings[0].file == "page.txt"


@pytest.mark.parametrize("data", [b"", b"  \n\r\n", b"\x00\x01\x02binary\x00\x00\x00" * 20])
def test_empty_or_binary_input_is_refused(data: bytes) -> None:
    with pytest.raises(InputError) as info:
        decode_page(data, "bad.txt")
    assert info.value.file == "bad.txt" and info.value.hint


def test_control_characters_removed_with_a_warning() -> None:
    text, warnings = decode_page(b"Heng Samrin: Yes.\x07\nMore\x1b.")
    assert text == "Heng Samrin: Yes.\nMore."
    assert warnings[0].code == "TE-READ-5" and warnings[0].line == 1


def test_read_path_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        read_path(tmp_path / "missing.txt")


def test_offsets_index_the_text_with_crlf(tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_bytes("\ufeffMay 1972\r\nTitle of a Record\r\nLE DUAN: We […] agree.\r\n".encode("utf-8"))
    doc = read_path(page)
    text = page.read_bytes().decode("utf-8-sig")
    turn = doc.blocks[0]
    gap = turn.paragraphs[0].inlines[1]  # type: ignore[union-attr]
    assert text[gap.span.start:gap.span.end] == "[…]" and gap.span.line == 3


def test_unstructured_text_gets_a_warning() -> None:
    doc = read_page("just some words\nwithout any layout at all\n")
    assert doc.warnings[0].code == "TE-READ-1" and doc.warnings[0].line == 1


def test_utf8_with_a_broken_byte_keeps_the_rest() -> None:
    text, warnings = decode_page("naïve\nagr\xffee déjà vu".encode().replace(b"\xc3\xbf", b"\xff"))
    assert text == "naïve\nagr\ufffdee déjà vu"
    assert warnings[0].code == "TE-READ-2" and warnings[0].line == 2


def test_central_european_code_page() -> None:
    text, _ = decode_page("Velvyslanectví ČSSR v Luandě oznámilo, že přijetí je úspěch.".encode("cp1250"))
    assert "Luandě" in text and "přijetí" in text


@pytest.mark.parametrize("data", [b"%PDF-1.4\n%...", b"\x89PNG\r\n\x1a\nIHDR", b"PK\x03\x04docx",
                                  bytes(range(256)) * 64, b"Heng Samrin:\x00 Yes."])
def test_files_that_are_not_text_are_refused(data: bytes) -> None:
    with pytest.raises(InputError):
        decode_page(data, "scan.pdf")

@pytest.mark.parametrize("data", [b"\xef\xbb\xbf", b"\xef\xbb\xbf \n", "\u00a0\n".encode()])
def test_page_with_no_text_is_refused(data: bytes) -> None:
    with pytest.raises(InputError, match="no text"):
        decode_page(data, source="blank.txt")
