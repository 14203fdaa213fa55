"""The batch: sources, bad pages among good ones, parallel runs, determinism."""

from __future__ import annotations

import dataclasses
import io
import json
import os
from pathlib import Path

import pytest
from build_fakes import FAKE_STAGES, output_bytes, render_index_naming_its_process, write_pages

from teiencode.build import build, collect_sources
from teiencode.errors import InputError


def test_sources_from_folders_files_and_stdin(tmp_path: Path) -> None:
    write_pages(tmp_path / "a" / "deep", 2)
    (tmp_path / "a" / "notes.md").write_text("not a page", encoding="utf-8")
    (tmp_path / "a" / ".hidden.txt").write_text("hidden", encoding="utf-8")
    single = tmp_path / "single.txt"
    single.write_text("One\n", encoding="utf-8")
    listed = write_pages(tmp_path / "listed", 1, prefix="listed")
    stdin = io.StringIO(f"{listed[0]}\n\n")
    sources = collect_sources([tmp_path / "a", str(single), "-"], stdin=stdin)
    assert [s.name for s in sources] == ["deep/page-000", "deep/page-001", "listed-000", "single"]


def test_missing_source_and_clashing_names_are_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such page"):
        collect_sources([tmp_path / "nope"])
    one = write_pages(tmp_path / "x", 1)[0]
    two = write_pages(tmp_path / "y", 1)[0]
    with pytest.raises(InputError, match="page-000"):
        collect_sources([one, two])


def test_a_build_never_writes_over_its_own_pages(tmp_path: Path) -> None:
    pages = write_pages(tmp_path / "in", 2)
    before = [page.read_bytes() for page in pages]
    for outdir in (tmp_path / "in", tmp_path):  # the pages' folder, or a folder above it
        sources = collect_sources([tmp_path / "in"]) if outdir != tmp_path else \
            collect_sources([tmp_path])
        with pytest.raises(InputError, match="would overwrite the page"):
            build(sources, outdir, stages=FAKE_STAGES, jobs=1)
    assert [page.read_bytes() for page in pages] == before
    assert not (tmp_path / "in" / "manifest.json").exists()


def test_pages_listed_on_stdin_that_are_missing_fail_alone(tmp_path: Path) -> None:
    good = write_pages(tmp_path / "in", 1)[0]
    stdin = io.StringIO(f"{good}\n{tmp_path / 'gone.txt'}\n  \n")
    sources = collect_sources(["-"], stdin=stdin)
    summary = build(sources, tmp_path / "out", stages=FAKE_STAGES, jobs=1)
    assert (summary.built, summary.failed) == (1, 1)
    rows = {row["name"]: row for row in json.loads((tmp_path / "out" / "report.json").read_text(
        encoding="utf-8"))["documents"]}
    assert rows["gone"]["problems"][0]["code"] == "TE-BUILD-DECODE"
    assert "No such file" in rows["gone"]["problems"][0]["message"]


def test_unusable_names_and_unwritable_outputs_fail_their_page_only(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_pages(folder, 1)
    (folder / "ctl\x01x.txt").write_text("Title\n\nText.\n", encoding="utf-8")
    (folder / ("x" * 250 + ".txt")).write_text("Title\n\nText.\n", encoding="utf-8")
    (folder / "blocked.txt").write_text("Title\n\nText.\n", encoding="utf-8")
    os.mkfifo(folder / "fifo.txt")
    (tmp_path / "out" / "blocked.html").mkdir(parents=True)  # a folder where an output goes
    for jobs in (1, 2):
        summary = build(collect_sources([folder]), tmp_path / "out", stages=FAKE_STAGES,
                        jobs=jobs, force=True)
        assert (summary.built, summary.failed) == (1, 4)
        rows = {row["name"]: row for row in json.loads((tmp_path / "out" / "report.json")
                                                        .read_text(encoding="utf-8"))["documents"]}
        codes = {name: row["problems"][0]["code"] for name, row in rows.items()
                 if row["status"] == "failed"}
        assert codes == {"ctl\\x01x": "TE-BUILD-NAME", "x" * 250: "TE-BUILD-WRITE",
                         "blocked": "TE-BUILD-WRITE", "fifo": "TE-BUILD-DECODE"}
        assert not (tmp_path / "out" / "blocked.xml").exists()  # no half set of outputs
        assert (tmp_path / "out" / "index.html").is_file()


def test_a_bad_page_among_good_ones(tmp_path: Path) -> None:
    write_pages(tmp_path / "in", 3)
    (tmp_path / "in" / "bad.txt").write_text("Title\n\nfine\nFAIL\n", encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    summary = build(collect_sources([tmp_path / "in"]), tmp_path / "out", jobs=2,
                    stages=FAKE_STAGES)
    assert (summary.built, summary.failed, summary.ok) == (3, 2, False)
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    by_name = {d["name"]: d for d in report["documents"]}
    problem = by_name["bad"]["problems"][0]
    assert (problem["file"], problem["line"]) == (str(tmp_path / "in" / "bad.txt"), 4)
    assert by_name["empty"]["problems"][0]["message"] == "the page is empty"
    assert not list((tmp_path / "out").glob("bad.*"))
    assert not list((tmp_path / "out").glob("empty.*"))
    assert report["summary"]["failed"] == 2


def test_a_page_that_starts_failing_loses_its_old_outputs(tmp_path: Path) -> None:
    page = write_pages(tmp_path / "in", 1)[0]
    build([page], tmp_path / "out", jobs=1, stages=FAKE_STAGES)
    page.write_text("Title\nFAIL\n", encoding="utf-8")
    build([page], tmp_path / "out", jobs=1, stages=FAKE_STAGES)
    assert not list((tmp_path / "out").glob("page-000.*"))


def test_fail_fast_stops_at_the_first_failure(tmp_path: Path) -> None:
    write_pages(tmp_path / "in", 5)
    (tmp_path / "in" / "a-bad.txt").write_text("FAIL\n", encoding="utf-8")
    summary = build(collect_sources([tmp_path / "in"]), tmp_path / "out", jobs=1,
                    fail_fast=True, stages=FAKE_STAGES)
    assert summary.stopped and not summary.ok
    assert (summary.failed, summary.built) == (1, 0)


@pytest.mark.parametrize("jobs", [1, 2])
def test_fail_fast_stops_at_a_page_refused_unread_and_reports_every_page_written(
        tmp_path: Path, jobs: int) -> None:
    write_pages(tmp_path / "in", 6)
    (tmp_path / "in" / "page-002.txt").write_text("Title\n\n" + "long " * 400, encoding="utf-8")
    summary = build(collect_sources([tmp_path / "in"]), tmp_path / "out", jobs=jobs,
                    fail_fast=True, stages=FAKE_STAGES, max_page_bytes=1000)
    assert summary.stopped and summary.failed == 1 and summary.built < 5
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    reported = {row["name"] for row in report["documents"] if row["status"] == "ok"}
    written = {path.stem for path in (tmp_path / "out").glob("page-*.xml")}
    assert written == reported  # pages in flight when it stopped are written and reported


def test_index_links_are_escaped_urls(tmp_path: Path) -> None:
    for name in ("a#b", "q?x", "100%", "two words"):
        (tmp_path / "in").mkdir(exist_ok=True)
        (tmp_path / "in" / f"{name}.txt").write_text(f"{name}\n\nText.\n", encoding="utf-8")
    build(collect_sources([tmp_path / "in"]), tmp_path / "out", jobs=1, stages=FAKE_STAGES)
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    for href in ("a%23b.html", "q%3Fx.html", "100%25.html", "two%20words.html"):
        assert f'href="{href}"' in index


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    write_pages(tmp_path / "in", 6)
    build(collect_sources([tmp_path / "in"]), tmp_path / "one", jobs=1, stages=FAKE_STAGES)
    build(collect_sources([tmp_path / "in"]), tmp_path / "two", jobs=1, stages=FAKE_STAGES)
    assert output_bytes(tmp_path / "one") == output_bytes(tmp_path / "two")


def test_one_job_and_two_jobs_give_identical_outputs(tmp_path: Path) -> None:
    write_pages(tmp_path / "in", 12)
    serial = build(collect_sources([tmp_path / "in"]), tmp_path / "j1", jobs=1,
                   stages=FAKE_STAGES)
    parallel = build(collect_sources([tmp_path / "in"]), tmp_path / "j2", jobs=2,
                     stages=FAKE_STAGES)
    assert serial.built == parallel.built == 12
    assert output_bytes(tmp_path / "j1") == output_bytes(tmp_path / "j2")


def test_the_workers_render_the_index_pages_too(tmp_path: Path) -> None:
    write_pages(tmp_path / "in", 9)
    stages = dataclasses.replace(FAKE_STAGES, render_index=render_index_naming_its_process)
    build(collect_sources([tmp_path / "in"]), tmp_path / "out", jobs=2, stages=stages,
          index_page_size=2)
    index_pages = [p.read_text(encoding="utf-8") for p in (tmp_path / "out").glob("index*.html")]
    assert len(index_pages) >= 5
    renderers = {page.split("\n", 1)[0] for page in index_pages}
    assert f"pid {os.getpid()}" not in renderers  # the build's own process stays small
    linked = sorted(line for page in index_pages for line in page.splitlines()[1:])
    assert linked == sorted(f'<a href="page-{i:03d}.html">Title {i}</a>' for i in range(9))


def test_a_page_that_kills_its_worker_fails_alone(tmp_path: Path) -> None:
    write_pages(tmp_path / "in", 6)
    (tmp_path / "in" / "killer.txt").write_text("Title\nCRASH\n", encoding="utf-8")
    seen = {}
    summary = build(collect_sources([tmp_path / "in"]), tmp_path / "out", jobs=2,
                    stages=FAKE_STAGES, on_progress=lambda r: seen.__setitem__(r.name, r))
    assert (summary.built, summary.failed) == (6, 1)
    assert seen["killer"].problems[0]["code"] == "TE-BUILD-WORKER"


def test_a_page_that_hangs_times_out(tmp_path: Path) -> None:
    write_pages(tmp_path / "in", 2)
    (tmp_path / "in" / "slow.txt").write_text("Title\nSLEEP\n", encoding="utf-8")
    seen = {}
    summary = build(collect_sources([tmp_path / "in"]), tmp_path / "out", jobs=2,
                    page_timeout=0.5, stages=FAKE_STAGES,
                    on_progress=lambda r: seen.__setitem__(r.name, r))
    assert (summary.built, summary.failed) == (2, 1)
    assert seen["slow"].problems[0]["code"] == "TE-BUILD-TIMEOUT"
    assert "read stage" in seen["slow"].problems[0]["message"]


def test_progress_reports_every_page_as_json(tmp_path: Path) -> None:
    write_pages(tmp_path / "in", 3)
    lines: list[str] = []
    build(collect_sources([tmp_path / "in"]), tmp_path / "out", jobs=1, stages=FAKE_STAGES,
          on_progress=lambda r: lines.append(json.dumps(r.to_dict())))
    records = [json.loads(line) for line in lines]
    assert sorted(r["name"] for r in records) == ["page-000", "page-001", "page-002"]
    assert all(r["outputs"]["xml"].endswith(".xml") for r in records)


def _losing_a_word(document, tree):  # type: ignore[no-untyped-def]
    """The real check, on a TEI whose first paragraph lost its first word."""
    from teiencode.tei.integrity import check_text

    para = tree.find(".//{http://www.tei-c.org/ns/1.0}body//{http://www.tei-c.org/ns/1.0}p")
    para.text = (para.text or "").split(" ", 1)[-1]
    return check_text(document, tree)


def test_a_page_whose_tei_lost_a_word_is_invalid_and_says_which(tmp_path: Path) -> None:
    from teiencode.build import Stages

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "memo.txt").write_text("Skip to content\n\nMay 2, 1975\n\nA Memo\n\nGrain will come in June.\n",
                                    encoding="utf-8")
    summary = build([pages], tmp_path / "out", jobs=1,
                    stages=dataclasses.replace(Stages.default(), check_text=_losing_a_word))
    assert summary.invalid == 1 and not summary.ok
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    problems = report["documents"][0]["problems"]
    assert [(p["code"], p["message"]) for p in problems if p["severity"] == "error"] == [
        ("TE-TEI-TEXT", "the TEI text differs from the page, words missing: 'Grain'")]
