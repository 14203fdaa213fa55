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


LEGACY_PAGES = {
    # Western pages, which statistics on a short page take for cp1250: read as cp1252
    "French": ("M. Dupont : Nous avons discuté très longuement de la question.\n", "latin-1", "cp1252"),
    "Spanish": (("Memorándum de la conversación con el Señor Ministro\n\nEl Ministro: Señor, ¿está "
                 "usted dispuesto a firmar el acuerdo? La situación en Angola es difícil.\n"),
                "cp1252", "cp1252"),
    "German": (("Herr Müller: Wir haben über die Lieferungen gesprochen. Größere Mengen sind möglich, "
                "aber nicht vor März.\n"), "cp1252", "cp1252"),
    "Italian": ("Il Ministro: Abbiamo parlato della città e dell’attività più importante. È così.\n",
                "cp1252", "cp1252"),
    # Central European pages that show it: kept in their code page
    "Polish": (("Pan Kowalski: Rozmawialiśmy o dostawach zboża. Większe ilości będą możliwe w "
                "przyszłym roku.\n"), "cp1250", "cp1250"),
    "Polish Latin-2": ("Pan Kowalski: Rozmawialiśmy o dostawach zboża. Większe ilości będą możliwe.\n",
                       "iso8859_2", "iso8859_2"),
    "Hungarian": ("Kádár elvtárs: A különböző kérdésekről tárgyaltunk. Az együttműködés fontos.\n",
                  "cp1250", "cp1250"),
    "Romanian": ("Tovarăşul Ceauşescu: Am discutat despre relaţiile dintre ţările noastre.\n",
                 "cp1250", "cp1250"),
    # other scripts: as detected
    "Russian": (("Товарищ Иванов: Мы обсудили вопрос о поставках зерна. Большие объемы возможны в "
                 "следующем году.\n"), "cp1251", "cp1251"),
    "Russian KOI8-R": ("Товарищ Иванов: Мы обсудили вопрос о поставках зерна.\n", "koi8_r", "koi8_r"),
    "Greek": ("Ο Υπουργός Εξωτερικών: Συζητήσαμε τις σχέσεις μεταξύ των δύο χωρών και την Κύπρο.\n",
              "cp1253", "cp1253"),
}


@pytest.mark.parametrize("language", sorted(LEGACY_PAGES))
def test_legacy_code_pages_read_as_written(language: str) -> None:
    page, encoding, named = LEGACY_PAGES[language]
    text, warnings = decode_page(page.encode(encoding), "page.txt")
    assert text == page
    assert [w.message for w in warnings] == [f"the page is not UTF-8; decoded as {named}"]


@pytest.mark.parametrize("data", [b"%PDF-1.4\n%...", b"\x89PNG\r\n\x1a\nIHDR", b"PK\x03\x04docx",
                                  bytes(range(256)) * 64, b"Heng Samrin:\x00 Yes."])
def test_files_that_are_not_text_are_refused(data: bytes) -> None:
    with pytest.raises(InputError):
        decode_page(data, "scan.pdf")

@pytest.mark.parametrize("data", [b"\xef\xbb\xbf", b"\xef\xbb\xbf \n", "\u00a0\n".encode()])
def test_page_with_no_text_is_refused(data: bytes) -> None:
    with pytest.raises(InputError, match="no text"):
        decode_page(data, source="blank.txt")


SEED = Path(__file__).resolve().parents[2] / "corpus" / "1979-12-04_batmunkh-heng-samrin.txt"


def _with_stray_bytes(data: bytes, count: int) -> tuple[bytes, list[int]]:
    """``data`` with ``count`` of its ASCII spaces, spread over the page, replaced by stray
    cp1252/mac_roman bytes; the lines they are on."""
    spaces = [i for i, byte in enumerate(data) if byte == 0x20]
    chosen = spaces[:: len(spaces) // count][:count]
    broken = bytearray(data)
    for index, position in enumerate(chosen):
        broken[position] = (0x92, 0xE9, 0xFF, 0xA0, 0x85)[index % 5]
    return bytes(broken), [data.count(b"\n", 0, position) + 1 for position in chosen]


@pytest.mark.parametrize("count", [5, 40])
def test_a_utf8_page_with_stray_bytes_stays_utf8_and_names_their_lines(count: int) -> None:
    data, lines = _with_stray_bytes(SEED.read_bytes(), count)
    text, warnings = decode_page(data, "seed.txt")
    assert text.count("[…]") == 14 and "Pol Pot’s" in text  # nothing re-decoded as mac_roman
    assert text.count("\ufffd") == count
    assert text.replace("\ufffd", " ") == SEED.read_text(encoding="utf-8")
    assert {(w.code, w.file) for w in warnings} == {("TE-READ-2", "seed.txt")}
    assert [w.line for w in warnings] == sorted(set(lines))[:21]  # 20 named, then the rest
    assert all("not UTF-8" in w.message for w in warnings)


def test_stray_bytes_on_many_lines_give_a_bounded_number_of_warnings() -> None:
    page = "".join(f"Line {n}: caf\u00e9 \u201cquoted\u201d and agr\xffee.\n" for n in range(200))
    data = page.encode("utf-8", "surrogateescape").replace("\xff".encode(), b"\xff")
    text, warnings = decode_page(data, "many.txt")
    assert text.count("\ufffd") == 200 and text.count("caf\u00e9") == 200
    assert len(warnings) == 21 and warnings[-1].line == 21
    assert "180 more line" in warnings[-1].message


def test_utf8_bom_with_stray_bytes_is_utf8_with_replacements() -> None:
    text, warnings = decode_page(b"\xef\xbb\xbfNa\xefve caf\xc3\xa9\n", "bom.txt")
    assert text == "Na\ufffdve caf\u00e9\n" and warnings[0].line == 1


ACCIDENTAL = {
    # legacy pages some of whose letters happen to form valid UTF-8 sequences: still legacy
    "Ukrainian capitals": ("ВІЙНА І МИР. Товариш Іванов: Ми обговорили питання про поставки "
                           "зерна. ВІДПОВІДЬ ЄДИНА.\n", "cp1251"),
    "French capitals": ("«CAFÉ» M. Dupont : Nous avons discuté très longuement de la question. "
                        "À bientôt.\n", "cp1252"),
    "Chinese GB18030": ("中华人民共和国外交部长在北京会见了越南代表团，双方就两国关系和国际形势交换了意见。"
                        "会谈在友好的气氛中进行。\n", "gb18030"),
}


@pytest.mark.parametrize("case", sorted(ACCIDENTAL))
def test_legacy_pages_with_accidental_utf8_sequences_are_still_legacy(case: str) -> None:
    page, encoding = ACCIDENTAL[case]
    data = page.encode(encoding)
    assert data.decode("utf-8", "surrogateescape").isascii() is False  # some valid sequences
    text, warnings = decode_page(data, "page.txt")
    assert text == page and "\ufffd" not in text
    assert [w.message for w in warnings] == [f"the page is not UTF-8; decoded as {encoding}"]
