"""Bad and hostile pages through the whole build: each gets a clear error or a
flagged best-effort encoding — never a crash, never invalid TEI, never a hang —
and the good pages beside them are built as usual."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree

from teiencode.build import DocResult, build, collect_sources

GOOD = (
    "Skip to content\n\nDecember 4, 1979\n\nConversation between A. Smith and B. Jones\n\n"
    "A. Smith: We met in Phnom Penh on 4 December 1979. […]\n\n"
    "B. Jones: I agree, “café” and naïve déjà vu [called] aside.\n\n"
    "The conversation ended at noon.\n"
)
BINARY = bytes(range(256)) * 64 + b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"


def pages() -> dict[str, bytes]:
    """Every hostile case: name → bytes."""
    return {
        "empty": b"",
        "whitespace-only": b"  \n\n\t \n",
        "binary": BINARY,
        "nul-bytes": GOOD.encode("utf-8").replace(b" ", b"\x00"),
        "cp1252": GOOD.encode("cp1252"),
        "latin1": GOOD.replace("“", '"').replace("”", '"').replace("…", "...").encode("latin-1"),
        "bad-utf8-byte": GOOD.encode("utf-8").replace(b"agree", b"agr\xffee"),
        "utf16": GOOD.encode("utf-16"),
        "bom": b"\xef\xbb\xbf" + GOOD.encode("utf-8"),
        "crlf": GOOD.replace("\n", "\r\n").encode("utf-8"),
        "lone-cr": GOOD.replace("\n", "\r").encode("utf-8"),
        "controls": GOOD.replace("agree", "ag\x07re\x1be\x0b\x0c\x7f\u0085\u2028\ufffe").encode(
            "utf-8", "surrogatepass"),
        "one-long-line": ("word " * 200_000 + "end.").encode("utf-8"),
        "deep-brackets": ("A. Smith: " + "[" * 5000 + "x" + "]" * 5000 + "\n").encode("utf-8"),
        "many-colons": ("Label: " * 50_000 + "\n").encode("utf-8"),
        "capitals-telegram": ("GRAIN DELIVERIES TO MOSCOW WILL CONTINUE STOP " * 4_500).encode(),
        # a line of capitals whose spaces were lost (OCR) amid the talks, and a telegram in
        # capitals defining short forms: each read in time linear in its length
        "capitals-run-together": (GOOD + "\n" + "TELEGRAMFROMTHEEMBASSY" * 40 + " NO 12\n").encode(),
        "capitals-short-forms": (("THE COMRADES DISCUSSED THE HARVEST " * 3_000)
                                 + "KIM IL SUNG (HEREAFTER KIM) AND PAK (HEREAFTER P.) MET.\n").encode(),
    }


def build_all(tmp_path: Path, cases: dict[str, bytes], timeout: float = 30,
              **options: int) -> dict[str, DocResult]:
    """Build the cases beside a good page; a stage taking ``timeout`` seconds on
    one page counts as a hang."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name, data in cases.items():
        (folder / f"{name}.txt").write_bytes(data)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    seen: dict[str, DocResult] = {}
    build(collect_sources([folder]), tmp_path / "out", jobs=2, page_timeout=timeout,
          on_progress=lambda r: seen.__setitem__(r.name, r), **options)
    return seen


def check(result: DocResult, outdir: Path) -> None:
    """A clear error with no outputs, or valid outputs; never invalid TEI."""
    assert result.status in ("ok", "failed"), (result.name, result.problems)
    if result.status == "failed":
        problem = result.problems[0]
        assert problem["file"].endswith(f"{result.name}.txt")
        assert problem["message"] and "crashed" not in problem["message"], problem
        assert problem["code"] not in ("TE-BUILD-TIMEOUT", "TE-BUILD-WORKER"), problem
        assert not list(outdir.glob(f"{result.name}.*"))
    else:
        xml = (outdir / result.outputs["xml"]).read_bytes()
        etree.fromstring(xml)  # well-formed (validity: status "ok")
        text = (outdir / result.outputs["text"]).read_text(encoding="utf-8")
        assert "\ufeff" not in text and "\x00" not in text


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, DocResult], Path]:
    tmp = tmp_path_factory.mktemp("hostile")
    return build_all(tmp, pages()), tmp / "out"


@pytest.mark.parametrize("case", sorted(pages()))
def test_hostile_page(hostile: tuple[dict[str, DocResult], Path], case: str) -> None:
    results, outdir = hostile
    check(results[case], outdir)


def test_the_good_page_beside_them_is_built(hostile: tuple[dict[str, DocResult], Path]) -> None:
    results, outdir = hostile
    assert results["good"].status == "ok", results["good"].problems
    assert "déjà vu" in (outdir / "good.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("case", ["empty", "binary", "whitespace-only"])
def test_unreadable_pages_fail_clearly(hostile: tuple[dict[str, DocResult], Path],
                                       case: str) -> None:
    results, _ = hostile
    assert results[case].status == "failed"


@pytest.mark.parametrize("case", ["cp1252", "latin1", "bad-utf8-byte"])
def test_other_encodings_are_decoded_with_a_warning_or_refused(
        hostile: tuple[dict[str, DocResult], Path], case: str) -> None:
    results, outdir = hostile
    result = results[case]
    if result.status == "ok":
        assert result.warnings >= 1, f"{case}: best-effort decoding must be flagged"
        text = (outdir / result.outputs["text"]).read_text(encoding="utf-8")
        if case != "bad-utf8-byte":
            assert "naïve déjà vu" in text, "a Western page decoded with the wrong code page"
    else:
        assert "encod" in json.dumps(result.problems).lower() or "UTF" in json.dumps(
            result.problems), result.problems


def test_a_utf16_page_with_its_bom_is_read_exactly(
        hostile: tuple[dict[str, DocResult], Path]) -> None:
    results, outdir = hostile
    if results["utf16"].status == "ok":
        assert (outdir / "utf16.txt").read_bytes() == (outdir / "good.txt").read_bytes()


def test_bom_and_crlf_give_the_text_of_the_plain_page(
        hostile: tuple[dict[str, DocResult], Path]) -> None:
    results, outdir = hostile
    plain = (outdir / "good.txt").read_bytes()
    for case in ("bom", "crlf"):
        assert results[case].status == "ok", results[case].problems
        assert (outdir / f"{case}.txt").read_bytes() == plain, case


def test_a_page_over_the_size_limit_fails_unread_and_the_others_are_built(tmp_path: Path) -> None:
    limit = 10 * len(GOOD.encode("utf-8"))
    results = build_all(tmp_path, {"big": (GOOD * 11).encode("utf-8")}, max_page_bytes=limit)
    problem = results["big"].problems[0]
    assert results["big"].status == "failed" and problem["code"] == "TE-BUILD-TOO-LARGE"
    assert "over the limit" in problem["message"] and "--max-page-size" in problem["hint"]
    check(results["big"], tmp_path / "out")
    assert results["good"].status == "ok"


@pytest.mark.slow
def test_a_50_mb_page_is_refused_clearly_and_a_5_mb_page_is_built(tmp_path: Path) -> None:
    body = "".join(f"A. Smith: Paragraph {i} about Phnom Penh and Hanoi. […]\n\n"
                   for i in range(800_000))
    data = (GOOD + body).encode("utf-8")[:50_000_000].decode("utf-8", "ignore").encode("utf-8")
    results = build_all(tmp_path, {"huge": data, "large": data[:5_000_000]}, timeout=300)
    assert results["huge"].problems[0]["code"] == "TE-BUILD-TOO-LARGE"
    check(results["huge"], tmp_path / "out")
    assert results["large"].status == "ok", results["large"].problems
    check(results["large"], tmp_path / "out")
    assert results["good"].status == "ok"
