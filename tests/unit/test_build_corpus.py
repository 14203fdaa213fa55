"""The real stages over the shared pages: every page valid, the report's
counts agree with the TEI, and the outputs do not depend on the job count."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from build_fakes import output_bytes
from lxml import etree

from teiencode.build import DocResult, build, collect_sources

pytestmark = pytest.mark.shared

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
TEI = "{http://www.tei-c.org/ns/1.0}"


@pytest.fixture(scope="module")
def pages() -> list[Path]:
    found = sorted((SHARED / "corpus").rglob("*.txt"))
    if not found:
        if os.environ.get("CI"):
            pytest.fail(f"the shared corpus is missing: {SHARED}")
        pytest.skip("the shared corpus (../shared) is absent")
    return found


@pytest.fixture(scope="module")
def built(pages: list[Path], tmp_path_factory: pytest.TempPathFactory
          ) -> tuple[dict[str, DocResult], Path]:
    out = tmp_path_factory.mktemp("corpus") / "out"
    seen: dict[str, DocResult] = {}
    build(collect_sources(pages), out, jobs=2, on_progress=lambda r: seen.__setitem__(r.name, r))
    return seen, out


def test_every_shared_page_is_built_valid(built: tuple[dict[str, DocResult], Path],
                                          pages: list[Path]) -> None:
    results, out = built
    assert sorted(results) == sorted(p.stem for p in pages)
    bad = {n: r.problems for n, r in results.items() if r.status != "ok"}
    assert not bad
    for result in results.values():
        for relative in result.outputs.values():
            assert (out / relative).stat().st_size > 0
    assert (out / "index.html").is_file()


def test_the_report_counts_what_the_tei_holds(built: tuple[dict[str, DocResult], Path]) -> None:
    results, out = built
    for result in results.values():
        body = etree.parse(str(out / result.outputs["xml"])).find(f"{TEI}text/{TEI}body")
        counts = result.counts
        assert counts["turns"] == len(body.findall(f".//{TEI}sp")), result.name
        assert counts["gaps"] == len(body.findall(f".//{TEI}gap")), result.name
        assert counts["mentions"]["person"] == len(body.findall(f".//{TEI}persName")), result.name


def test_one_job_gives_the_same_bytes_as_two(built: tuple[dict[str, DocResult], Path],
                                             pages: list[Path], tmp_path: Path) -> None:
    _, out = built
    build(collect_sources(pages), tmp_path / "serial", jobs=1)
    assert output_bytes(tmp_path / "serial") == output_bytes(out)


def test_the_tei_built_as_sources_gives_the_same_edition(built: tuple[dict[str, DocResult], Path],
                                                          tmp_path: Path) -> None:
    results, out = built
    seen: dict[str, DocResult] = {}
    build(collect_sources([out]), tmp_path / "again", jobs=1,  # a build's folder: its TEI files
          on_progress=lambda r: seen.__setitem__(r.name, r))
    assert sorted(seen) == sorted(results)
    for name, result in results.items():
        again = seen[name]
        assert (again.status, again.source) == ("ok", str(out / result.outputs["xml"]))
        assert again.counts == result.counts, name
        assert result.metadata.items() <= again.metadata.items(), name  # + a title the TEI gives
    assert output_bytes(tmp_path / "again") == output_bytes(out)
