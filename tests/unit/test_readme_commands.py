"""The README's test command is the script CI runs, and says what that script runs."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _section(title: str) -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return readme.split(f"## {title}\n", 1)[1].split("\n## ", 1)[0]


def _found(pattern: str, text: str) -> str:
    match = re.search(pattern, text)
    assert match is not None, pattern
    return match.group(1)


def test_the_readme_test_command_is_the_script_ci_runs() -> None:
    blocks = re.findall(r"```sh\n(.*?)```", _section("Two commands"), re.DOTALL)
    assert blocks[-1].strip() == "scripts/test"
    ci = [line.strip() for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
          if not line.lstrip().startswith("#")]
    assert "scripts/test" in ci
    assert any("-m slow tests/browser" in line for line in ci)  # CI's slow step: Nu, axe on every page


def test_the_readme_says_what_the_script_installs_and_runs() -> None:
    script = (ROOT / "scripts" / "test").read_text(encoding="utf-8")
    section = _section("Two commands")
    default = _found(r"then set -- (.*?); fi", script)
    assert shlex.split(_found(r"`python -m pytest ([^`]*)`", section)) == shlex.split(default)
    extras = _found(r'pip install -q ("\S+")', script)
    assert f"pip install {extras}" in section
    for package in re.findall(r"need\+=\((\S+)\)", script):
        assert f"`{package}`" in section, package


def test_the_readme_documents_every_exit_status_and_a_completion_that_works() -> None:
    from click.testing import CliRunner

    from teiencode import errors
    from teiencode.cli import main

    section = _section("Command line")
    statuses = sorted(value for name, value in vars(errors).items() if name.startswith("EXIT_"))
    listed = _found(r"(?s)Exit status of every command: (.*?)\n\n", section)
    assert [int(n) for n in re.findall(r"(?:^|, )(\d)\s", listed)] == statuses
    command = _found(r'eval "\$\((\S+) teiencode\)"', section)
    variable, shell = command.split("=")
    result = CliRunner().invoke(main, [], prog_name="teiencode", env={variable: shell})
    assert result.exit_code == 0 and "_teiencode_completion" in result.output
