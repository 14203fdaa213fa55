"""The user's cache folder: derived data built once, then read by every later process."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from teiencode.cache import ENV_CACHE, cache_dir, cached_lines


def test_lines_are_built_once_then_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_CACHE, str(tmp_path))
    calls: list[int] = []

    def build() -> list[str]:
        calls.append(1)
        return ["Abbot", "apple", "zebra"]

    assert cached_lines("words-1.txt", build) == ["Abbot", "apple", "zebra"]
    assert cached_lines("words-1.txt", build) == ["Abbot", "apple", "zebra"]
    assert len(calls) == 1 and (tmp_path / "words-1.txt").is_file()
    assert list(tmp_path.iterdir()) == [tmp_path / "words-1.txt"]  # no partial file left


def test_writing_a_new_version_removes_all_but_the_newest_of_its_family(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_CACHE, str(tmp_path))
    for age, name in enumerate(["words-1.txt", "words-2.txt", "words-3.txt", "words-4.txt",
                                "words-long-1.txt", "words-1.tsv", "other-1.txt"]):
        (tmp_path / name).write_text("old")
        os.utime(tmp_path / name, (1000 + age, 1000 + age))
    assert cached_lines("words-5.txt", lambda: ["new"]) == ["new"]
    kept = sorted(p.name for p in tmp_path.iterdir())
    # the two newest other versions stay (two installs may share the folder); other
    # families ("words-long"), kinds (".tsv") and files are left alone
    assert set(kept) == {"other-1.txt", "words-1.tsv", "words-3.txt", "words-4.txt", "words-5.txt",
                         "words-long-1.txt"}


def test_a_folder_that_cannot_be_written_only_means_building_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv(ENV_CACHE, str(blocked / "teiencode"))
    assert cached_lines("words-1.txt", lambda: ["a", "b"]) == ["a", "b"]
    assert cached_lines("words-1.txt", lambda: ["a", "b", "c"]) == ["a", "b", "c"]


def test_the_folder_follows_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_CACHE, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "teiencode"
    monkeypatch.setenv(ENV_CACHE, str(tmp_path / "mine"))
    assert cache_dir() == tmp_path / "mine"


def test_the_gazetteer_read_from_the_cache_is_the_one_built(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from teiencode.entities import gazetteer

    monkeypatch.setenv(ENV_CACHE, str(tmp_path))
    cached = (gazetteer.places, gazetteer.prefixes, gazetteer.lookup)
    for function in cached:
        function.cache_clear()
    try:
        built, built_prefixes = dict(gazetteer.places()), gazetteer.prefixes()
        assert sorted(p.name.split("-")[0] for p in tmp_path.iterdir()) == ["gazetteer", "gazetteer"]
        for function in cached:
            function.cache_clear()
        monkeypatch.setattr(gazetteer, "_build", lambda: pytest.fail("built again"))
        assert gazetteer.places() == built and gazetteer.prefixes() == built_prefixes
        assert gazetteer.lookup("USSR").name == "Soviet Union"
    finally:
        for function in cached:
            function.cache_clear()
