"""Where the commands read and write: '-' for standard input and output, outputs that cannot be
written (a usage error, never a traceback or a partial file), the size limit of validate and
render, stylesheet parameters out of range or unsafe, ``python -m teiencode``."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import teiencode
from teiencode.cli import main
from teiencode.errors import PublishError
from teiencode.publish import render_html

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tests" / "fixtures" / "publish" / "sample.xml"
PAGE = "Memorandum of Conversation\n\nA. Smith: We agree. […]\n\nB. Jones: So do we.\n"


def _invoke(*args: str, stdin: bytes | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), input=stdin)


def _commands(page: Path, out: Path) -> dict[str, list[str]]:
    return {"encode": ["encode", str(page), "-o", str(out)],
            "render": ["render", str(SAMPLE), "--to", "text", "-o", str(out)],
            "entities": ["entities", str(SAMPLE), "--format", "csv", "-o", str(out)]}


@pytest.mark.parametrize("command", ["encode", "render", "entities"])
def test_an_output_under_a_file_is_a_usage_error(tmp_path: Path, command: str) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    (tmp_path / "afile").write_text("in the way", encoding="utf-8")
    for out in (tmp_path / "afile" / "out.xml", tmp_path / "afile" / "missing" / "out.xml"):
        result = _invoke(*_commands(page, out)[command])
        assert result.exit_code == 2, result.output
        assert "cannot write the output" in result.output and str(out) in result.output
        assert isinstance(result.exception, SystemExit)  # a message, not a traceback
    assert sorted(p.name for p in tmp_path.iterdir()) == ["afile", "page.txt"]


@pytest.mark.parametrize("code", [errno.EACCES, errno.ENOSPC, errno.EROFS])
def test_an_unwritable_or_full_output_folder_is_a_usage_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    import teiencode.atomic as atomic

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    for command, args in _commands(page, tmp_path / "out" / "result").items():
        result = _invoke(*args)
        assert result.exit_code == 2, (command, result.output)
        assert os.strerror(code) in result.output and isinstance(result.exception, SystemExit)
    assert not any((tmp_path / "out").iterdir())  # the folder was made; nothing written in it


def test_a_missing_output_folder_is_created(tmp_path: Path) -> None:
    out = tmp_path / "new" / "deeper" / "sample.txt"
    assert _invoke("render", str(SAMPLE), "--to", "text", "-o", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8").strip()


def test_dash_reads_standard_input_and_writes_standard_output(tmp_path: Path) -> None:
    encoded = _invoke("encode", "-", "-o", "-", stdin=PAGE.encode("utf-8"))
    assert encoded.exit_code == 0, encoded.output
    assert encoded.stdout.startswith("<?xml") and "<gap " in encoded.stdout
    tei = SAMPLE.read_bytes()
    validated = _invoke("validate", "-", "--format", "json", stdin=tei)
    assert validated.exit_code == 0 and '"file": "<stdin>"' in validated.stdout
    rendered = _invoke("render", "-", "--to", "text", stdin=tei)
    from_file = _invoke("render", str(SAMPLE), "--to", "text")
    assert rendered.exit_code == 0 and rendered.stdout == from_file.stdout
    broken = _invoke("validate", "-", stdin=b"<TEI>")
    assert broken.exit_code == 1 and "<stdin>:1:" in broken.stdout


def test_validate_and_render_refuse_a_file_over_max_size(tmp_path: Path) -> None:
    size_mb = SAMPLE.stat().st_size / 1e6
    limit = f"{size_mb / 2:.6f}"
    out = tmp_path / "sample.html"
    for args, code in ((["validate", str(SAMPLE)], 2), (["validate", "-"], 2),
                       (["render", str(SAMPLE), "--to", "html", "-o", str(out)], 4),
                       (["render", "-", "--to", "html", "-o", str(out)], 4)):
        result = _invoke(*args, "--max-size", limit, stdin=SAMPLE.read_bytes())
        assert result.exit_code == code, (args, result.output)
        assert "more than the limit" in result.output and "--max-size" in result.output
        assert not out.exists()
    assert _invoke("validate", str(SAMPLE), "--max-size", "0").exit_code == 0  # no limit
    assert _invoke("render", str(SAMPLE), "--to", "text", "--max-size", "0").exit_code == 0


@pytest.mark.parametrize("setting", ["wrap-width=99999999999999999999999999", "wrap-width=0",
                                     "wrap-width=-5"])
def test_an_integer_parameter_out_of_range_is_a_usage_error_naming_the_range(setting: str) -> None:
    result = _invoke("render", str(SAMPLE), "--to", "text", "--param", "text-mode=reading",
                     "--param", setting)
    assert result.exit_code == 2, result.output
    assert "wrap-width" in result.output and "from 1 to 1,000,000" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("href", ["javascript:alert(1)", " JavaScript:alert(1)",
                                  "java\tscript:alert(1)", "data:text/html,<script>x</script>",
                                  "vbscript:msgbox"])
def test_index_href_refuses_scripts_and_other_schemes(href: str) -> None:
    result = _invoke("render", str(SAMPLE), "--to", "html", "--param", f"index-href={href}")
    assert result.exit_code == 2 and "http(s) or relative URL" in result.output
    with pytest.raises(PublishError, match="index-href"):
        render_html(SAMPLE, params={"index-href": href})


@pytest.mark.parametrize("href", ["index.html", "../site/index.html#top", "https://example.org/",
                                  "//example.org/index.html"])
def test_index_href_takes_http_and_relative_urls(href: str) -> None:
    result = _invoke("render", str(SAMPLE), "--to", "html", "--param", f"index-href={href}")
    assert result.exit_code == 0, result.output
    assert f'href="{href.replace("&", "&amp;")}"' in result.stdout


def test_python_m_teiencode_runs_the_command_line() -> None:
    run = subprocess.run([sys.executable, "-m", "teiencode", "--help"], capture_output=True,
                         text=True, timeout=60, check=False)
    assert run.returncode == 0 and run.stdout.startswith("Usage: teiencode ")


def test_the_package_is_typed_and_licensed() -> None:
    assert (Path(teiencode.__file__).parent / "py.typed").is_file()
    license_text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert license_text.startswith("MIT License") and 'license = "MIT"' in (
        ROOT / "pyproject.toml").read_text(encoding="utf-8")
