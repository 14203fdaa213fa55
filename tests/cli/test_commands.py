"""The command line: exit codes, messages naming file and line, no partial outputs, help examples."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from teiencode.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "corpus" / "1979-12-04_batmunkh-heng-samrin.txt"
REGISTER = ROOT / "corpus" / "register.xml"
INVALID = ROOT / "tests" / "invalid"


@pytest.fixture(scope="module")
def seed_tei(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("cli") / "seed.xml"
    result = CliRunner().invoke(main, ["encode", str(SEED), "--register", str(REGISTER),
                                       "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output


def test_encode_writes_tei_with_the_seven_turns(seed_tei: Path) -> None:
    xml = seed_tei.read_text(encoding="utf-8")
    assert xml.count("<sp ") == 7
    assert xml.count("<gap ") == 14


def test_validate_valid_file_exits_0_and_json_is_machine_readable(seed_tei: Path) -> None:
    result = CliRunner().invoke(main, ["validate", str(seed_tei), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report[0]["valid"] is True


def test_validate_invalid_file_exits_1_and_names_line_and_rule() -> None:
    broken = sorted(p for p in INVALID.glob("*.xml") if p.name != "valid.xml")[0]
    result = CliRunner().invoke(main, ["validate", str(broken)])
    assert result.exit_code == 1
    assert f"{broken}:" in result.output


def test_validate_missing_file_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["validate", "no-such-file.xml"])
    assert result.exit_code == 2


def test_render_text_gives_back_the_reading_text(seed_tei: Path) -> None:
    result = CliRunner().invoke(main, ["render", str(seed_tei), "--to", "text"])
    assert result.exit_code == 0
    assert "J. Batmunkh Could you make a clarification" in result.output
    assert "Skip to content" not in result.output


def test_render_takes_typed_parameters_and_refuses_unknown_ones(seed_tei: Path) -> None:
    def render(*params: str) -> Any:
        args = ["render", str(seed_tei), "--to", "text"]
        for param in params:
            args += ["--param", param]
        return CliRunner().invoke(main, args)

    wrapped = render("text-mode=reading", "wrap-width=30")
    assert wrapped.exit_code == 0, wrapped.output
    body = wrapped.output.split("\n\n", 3)[-1]
    assert max(len(line) for line in body.splitlines() if " " in line.strip()) <= 30
    assert render("show-index=no").exit_code == 0
    for bad in ("wrap-width=wide", "show-index=maybe", "text-header=true", "oops"):
        result = render(bad)
        assert result.exit_code == 2 and "--param" in result.output, bad


def test_encode_of_a_binary_page_fails_clearly_without_output(tmp_path: Path) -> None:
    page = tmp_path / "scan.txt"
    page.write_bytes(b"%PDF-1.4\x00\x01\x02" * 100)
    out = tmp_path / "scan.xml"
    result = CliRunner().invoke(main, ["encode", str(page), "-o", str(out)])
    assert result.exit_code == 4
    assert "scan.txt" in result.output
    assert not out.exists() and not list(tmp_path.glob(".scan.xml*"))


def test_build_of_a_missing_source_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(tmp_path / "nowhere"), "-o", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "nowhere" in result.output


def test_build_of_a_folder_without_pages_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(main, ["build", str(tmp_path / "empty"), "-o", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "no pages" in result.output and not (tmp_path / "o").exists()


def test_build_setup_errors_are_usage_errors(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "memo.txt").write_text("Memo\n\nA. Smith: Hello.\n", encoding="utf-8")
    bad_register = tmp_path / "register.xml"
    bad_register.write_text("<listPerson><person>", encoding="utf-8")
    for extra in (["--register", str(bad_register)], ["-o", str(pages / "memo.txt" / "site")],
                  ["-o", str(pages)]):
        args = ["build", str(pages), "-o", str(tmp_path / "o"), "-j", "1", *extra]
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 2, (extra, result.output)
        assert "Traceback" not in result.output
        assert not (tmp_path / "o").exists()  # refused before anything was written
    assert (pages / "memo.txt").read_text(encoding="utf-8") == "Memo\n\nA. Smith: Hello.\n"


def test_build_refuses_a_page_over_max_page_size_and_exits_1(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "big.txt").write_bytes(SEED.read_bytes() * 3)
    result = CliRunner().invoke(main, ["build", str(pages), "-o", str(tmp_path / "o"), "-j", "1",
                                       "--json", "--max-page-size", "0.01"])
    assert result.exit_code == 1
    line = json.loads(result.stdout.splitlines()[0])
    assert line["status"] == "failed" and line["problems"][0]["code"] == "TE-BUILD-TOO-LARGE"


def test_build_names_why_its_first_failed_pages_failed_on_stderr(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for number in range(12):
        (pages / f"big-{number:02d}.txt").write_bytes(SEED.read_bytes() * 3)
    result = CliRunner().invoke(main, ["build", str(pages), "-o", str(tmp_path / "o"), "-j", "1",
                                       "--max-page-size", "0.01"])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    named = [line for line in lines if ": error TE-BUILD-TOO-LARGE " in line]
    assert named[0].startswith(str(pages / "big-00.txt")) and len(named) == 10
    assert "… and 2 more failed page(s): see report.json" in lines


def test_build_on_a_terminal_shows_a_progress_bar_with_its_rate(tmp_path: Path) -> None:
    import os
    import pty
    import subprocess
    import sys

    pages = tmp_path / "pages"
    pages.mkdir()
    for n in range(3):
        (pages / f"memo-{n}.txt").write_text(f"Memo {n}\n\nA. Smith: Hello {n}.\n", encoding="utf-8")
    leader, follower = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "teiencode.cli", "build", str(pages),
                                "-o", str(tmp_path / "out"), "-j", "1"],
                               stdout=follower, stderr=follower, close_fds=True)
    os.close(follower)
    shown = b""
    while chunk := _read(leader):
        shown += chunk
    assert process.wait() == 0
    screen = shown.decode("utf-8", "replace")
    assert "building" in screen and "3/3" in screen and "pages/s" in screen
    assert "built 3" in screen


def _read(fd: int) -> bytes:
    import os

    try:
        return os.read(fd, 4096)
    except OSError:  # the terminal closed with the process
        return b""


def test_encode_output_gets_the_usual_file_mode(tmp_path: Path) -> None:
    import os

    out = tmp_path / "memo.xml"
    result = CliRunner().invoke(main, ["encode", str(SEED), "-o", str(out)])
    assert result.exit_code == 0, result.output
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask


def test_encode_shows_doubts_and_review_lists_them_from_the_report(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "memo.txt").write_text(
        "Skip to content\n\nMay 2, 1975\n\nRecord of Conversation between A. Ivanov and B. Petrov\n\n"
        "Ivanov: We will send the machines.\n\nSidorov: The trains are ready.\n\n"
        "The talks went on after a pause.\n\nIvanov: Fine.\n\nPetrov: Yes.\n", encoding="utf-8")
    encoded = CliRunner().invoke(main, ["encode", str(pages / "memo.txt"), "-o", str(tmp_path / "m.xml")])
    assert encoded.exit_code == 0
    assert f"{pages / 'memo.txt'}:9: review TE-REVIEW-TURN" in encoded.output
    built = CliRunner().invoke(main, ["build", str(pages), "-o", str(tmp_path / "site"), "-j", "1", "--json"])
    assert built.exit_code == 0, built.output
    report = json.loads((tmp_path / "site" / "report.json").read_text(encoding="utf-8"))
    assert report["summary"]["reviews"] == 1
    listed = CliRunner().invoke(main, ["review", str(tmp_path / "site" / "report.json")])
    assert listed.exit_code == 0
    assert listed.output.splitlines()[0].startswith(f"{pages / 'memo.txt'}:9: TE-REVIEW-TURN turn opened by")
    assert listed.output.splitlines()[-1] == "1 doubt(s) on 1 page(s); TE-REVIEW-TURN 1"
    as_json = CliRunner().invoke(main, ["review", str(tmp_path / "site" / "report.json"), "--format", "json",
                                        "--code", "TE-REVIEW-DATE"])
    assert json.loads(as_json.output) == []
    misspelt = CliRunner().invoke(main, ["review", str(tmp_path / "site" / "report.json"), "--code", "TE-REVIEW-TRUN"])
    assert misspelt.exit_code == 2 and "TE-REVIEW-FIELD" in misspelt.output  # a typo is no clean corpus
    not_a_report = CliRunner().invoke(main, ["review", str(pages / "memo.txt")])
    assert not_a_report.exit_code == 2 and "not a teiencode build report" in not_a_report.output


def test_encode_refuses_a_tei_that_lost_a_word_of_the_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import teiencode.pipeline
    from teiencode.tei import encode as real_encode

    def lossy(doc, edition):  # type: ignore[no-untyped-def]
        tree = real_encode(doc, edition)
        speaker = tree.find(".//{http://www.tei-c.org/ns/1.0}body//{http://www.tei-c.org/ns/1.0}persName")
        speaker.text = speaker.text[:-1]  # "J. Batmunkh" → "J. Batmunk"
        return tree

    monkeypatch.setattr(teiencode.pipeline, "encode", lossy)
    out = tmp_path / "memo.xml"
    result = CliRunner().invoke(main, ["encode", str(SEED), "-o", str(out)])
    assert result.exit_code == 1
    assert "error TE-TEI-TEXT the TEI text differs from the page, words missing: 'Batmunkh'" in result.output
    assert not out.exists()


def test_register_convert_has_help_with_an_example_and_the_precedence_rule() -> None:
    result = CliRunner().invoke(main, ["register", "convert", "--help"])
    assert result.exit_code == 0 and "Example:" in result.output
    assert "Later files win field by field, an empty cell never erases" in " ".join(result.output.split())
    encode_help = " ".join(CliRunner().invoke(main, ["encode", "--help"]).output.split())
    assert "Later files win field by field, an empty cell never erases" in encode_help


def test_register_convert_writes_csv_and_tei_that_load_back_the_same(tmp_path: Path) -> None:
    from teiencode.entities import load_register

    out_csv, out_tei = tmp_path / "register.csv", tmp_path / "register.xml"
    for out in (out_csv, out_tei):
        result = CliRunner().invoke(main, ["register", "convert", str(REGISTER), "-o", str(out)])
        assert result.exit_code == 0, result.output
    assert out_csv.read_text(encoding="utf-8").startswith("id,type,status,name,variants,note,")
    assert out_tei.read_bytes().startswith(b"<?xml")
    records = [list(load_register([p]).records.values()) for p in (REGISTER, out_csv, out_tei)]
    assert records[0] == records[1] == records[2]


def test_register_convert_refuses_to_write_over_a_register_it_reads(tmp_path: Path) -> None:
    copy = tmp_path / "register.xml"
    copy.write_bytes(REGISTER.read_bytes())
    result = CliRunner().invoke(main, ["register", "convert", str(copy), "-o", str(copy)])
    assert result.exit_code == 2 and "one of the registers read" in result.output
    assert copy.read_bytes() == REGISTER.read_bytes()


def test_a_conflict_between_registers_is_a_warning_on_standard_error(tmp_path: Path) -> None:
    review = tmp_path / "review.csv"
    review.write_text("id,type,name,note\nkora,place,Kora,A village.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["encode", str(SEED), "--register", str(REGISTER),
                                       "--register", str(review), "-o", str(tmp_path / "m.xml")])
    assert result.exit_code == 0
    assert f"{review}:2: warning TE-REGISTER-CONFLICT kora: note 'A village.' here replaces" in result.stderr
    assert f"of {REGISTER}:" in result.stderr


def test_build_reports_register_conflicts_in_report_json_and_on_stderr(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / SEED.name).write_bytes(SEED.read_bytes())
    review = tmp_path / "review.csv"
    review.write_text("id,type,name,note\nkora,place,Kora,A village.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(pages), "-o", str(tmp_path / "site"), "-j", "1",
                                       "--register", str(REGISTER), "--register", str(review)])
    assert result.exit_code == 0, result.output
    assert "TE-REGISTER-CONFLICT" in result.stderr
    report = json.loads((tmp_path / "site" / "report.json").read_text(encoding="utf-8"))
    [warning] = report["summary"]["register_warnings"]
    assert (warning["code"], warning["file"], warning["line"]) == ("TE-REGISTER-CONFLICT", str(review), 2)


def test_encode_and_build_take_publisher_licence_and_date(tmp_path: Path) -> None:
    licence = "https://creativecommons.org/licenses/by/4.0/"
    options = ["--publisher", "Example Project", "--licence", licence, "--date", "2026-12-05"]
    out = tmp_path / "memo.xml"
    assert CliRunner().invoke(main, ["encode", str(SEED), "-o", str(out), *options]).exit_code == 0
    tei = out.read_text(encoding="utf-8")
    assert "<publisher>Example Project</publisher>" in tei
    assert f'<licence target="{licence}">{licence}</licence>' in tei
    assert '<change when="2026-12-05" who="#teiencode">' in tei
    bad = CliRunner().invoke(main, ["encode", str(SEED), "--date", "5 December 2026"])
    assert bad.exit_code == 2 and "not a TEI date" in bad.output
    site = tmp_path / "site"
    for publisher, built in (("A", "built 1"), ("A", "built 0"), ("B", "built 1")):
        result = CliRunner().invoke(main, ["build", str(SEED), "-o", str(site), "-j", "1",
                                           "--publisher", publisher])
        assert result.exit_code == 0 and built in result.output, result.output  # B: rebuilt
        xml = (site / f"{SEED.stem}.xml").read_text(encoding="utf-8")
        assert f"<publisher>{publisher}</publisher>" in xml


def test_the_names_left_untagged_become_a_register_to_complete_and_then_are_tagged(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "memo.txt").write_text(
        "Skip to content\n\nMay 3, 1965\n\nRecord of Conversation between A. Ivanov and O. Odinga\n\n"
        "The dockers invited me. Murumbi will be made vice-president; the union knows it.\n\n"
        "Sohyo called a second general strike, and Ostpolitik may help.\n\nLater Murumbi came again.\n",
        encoding="utf-8")
    site = tmp_path / "site"
    assert CliRunner().invoke(main, ["build", str(pages), "-o", str(site), "-j", "1"]).exit_code == 0
    listed = CliRunner().invoke(main, ["review", str(site / "report.json"), "--format", "register"])
    assert listed.exit_code == 0
    assert listed.output.splitlines() == [
        "id,type,status,name,where", f"name-murumbi,,,Murumbi,{pages / 'memo.txt'}:7",
        f"name-sohyo,,,Sohyo,{pages / 'memo.txt'}:9", f"name-ostpolitik,,,Ostpolitik,{pages / 'memo.txt'}:9"]
    names = tmp_path / "names.csv"
    names.write_text(listed.output, encoding="utf-8")
    untyped = CliRunner().invoke(main, ["build", str(pages), "-o", str(site), "-j", "1", "--register", str(names)])
    assert untyped.exit_code != 0 and "names.csv:2: entry 'name-murumbi' has no type" in untyped.output
    completed = listed.output.replace("name-murumbi,,,", "name-murumbi,person,,").replace(
        "name-sohyo,,,", "name-sohyo,org,,").replace("name-ostpolitik,,,", "name-ostpolitik,org,rejected,")
    names.write_text(completed, encoding="utf-8")
    rebuilt = CliRunner().invoke(main, ["build", str(pages), "-o", str(site), "-j", "1", "--register", str(names)])
    assert rebuilt.exit_code == 0, rebuilt.output
    tei = (site / "memo.xml").read_text(encoding="utf-8")
    assert tei.count('<persName ref="#name-murumbi">Murumbi</persName>') == 2
    assert '<orgName ref="#name-sohyo">Sohyo</orgName>' in tei and "memo.txt:7" not in tei  # "where" unread
    assert CliRunner().invoke(main, ["review", str(site / "report.json")]).output.splitlines() == [
        "0 doubt(s) on 0 page(s)"]
