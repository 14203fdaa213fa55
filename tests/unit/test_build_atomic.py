"""Atomic writes: a crash mid-write leaves no partial file, and the next
build resumes where the killed one stopped."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from build_fakes import FAKE_STAGES, output_bytes, write_pages

import teiencode
from teiencode import atomic
from teiencode.build import build, collect_sources


def test_a_crash_before_the_rename_keeps_the_old_file(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "page.xml"
    target.write_bytes(b"<old/>")

    def killed(src: str, dst: str) -> None:
        raise KeyboardInterrupt  # the process dies between writing and renaming

    monkeypatch.setattr(atomic.os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        atomic.write_atomic(target, b"<new>" * 1000)
    assert target.read_bytes() == b"<old/>"
    assert [p.name for p in tmp_path.iterdir()] == ["page.xml"]


def test_a_crash_in_the_middle_of_writing_leaves_no_partial_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_fdopen = os.fdopen

    class Dying:
        def __init__(self, handle):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def write(self, data: bytes) -> None:
            self.handle.write(data[: len(data) // 2])
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fdopen", lambda fd, mode: Dying(real_fdopen(fd, mode)))
    with pytest.raises(OSError):
        atomic.write_atomic(tmp_path / "page.html", b"x" * 10_000)
    assert list(tmp_path.iterdir()) == []


def test_outputs_get_the_permissions_of_an_ordinary_new_file(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    os.umask(umask)
    atomic.write_atomic(tmp_path / "page.html", b"<html/>")
    assert (tmp_path / "page.html").stat().st_mode & 0o777 == 0o666 & ~umask


def test_leftovers_of_a_killed_run_are_removed(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    leftover = tmp_path / "sub" / ".page.xml.abc123.teiencode-part"
    leftover.write_bytes(b"<half")
    keep = tmp_path / "sub" / "page.xml"
    keep.write_bytes(b"<TEI/>")
    assert atomic.remove_leftovers(tmp_path) == 1
    assert not leftover.exists() and keep.exists()


KILLED_BUILD = """
import sys
sys.path[:0] = {paths!r}
from build_fakes import FAKE_STAGES
from teiencode.build import build, collect_sources
build(collect_sources([{src!r}]), {out!r}, jobs=1, stages=FAKE_STAGES,
      on_progress=lambda r: print(r.name, flush=True))
"""


def test_a_killed_build_resumes_where_it_stopped(tmp_path: Path) -> None:
    pages = write_pages(tmp_path / "in", 6)
    pages[3].write_text("Title\nSLEEP\n", encoding="utf-8")  # the build hangs on page 3
    out = tmp_path / "out"
    # The killed run must import the very teiencode this test uses (installed or checkout):
    # the manifest's tool fingerprint differs between the two.
    paths = [str(Path(__file__).parent), str(Path(teiencode.__file__).resolve().parents[1])]
    script = KILLED_BUILD.format(paths=paths, src=str(tmp_path / "in"), out=str(out))
    with subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                          text=True) as process:
        finished = [process.stdout.readline().strip() for _ in range(3)]
        time.sleep(0.2)
        process.send_signal(signal.SIGKILL)
    assert finished == ["page-000", "page-001", "page-002"]
    assert sorted(p.name for p in out.glob("page-*")) == sorted(
        f"page-00{i}.{ext}" for i in range(3) for ext in ("html", "txt", "xml"))

    pages[3].write_text("Title 3\n\nFirst paragraph of page 3.\n\nSecond.\n", encoding="utf-8")
    seen = {}
    summary = build(collect_sources([tmp_path / "in"]), out, jobs=1, stages=FAKE_STAGES,
                    on_progress=lambda r: seen.__setitem__(r.name, r.status))
    assert (summary.skipped, summary.built) == (3, 3)
    assert [n for n, s in sorted(seen.items()) if s == "skipped"] == [
        "page-000", "page-001", "page-002"]
    assert not list(out.rglob("*.teiencode-part"))
    build(collect_sources([tmp_path / "in"]), tmp_path / "clean", jobs=1, stages=FAKE_STAGES)
    assert output_bytes(out) == output_bytes(tmp_path / "clean")


KILLED_POOL_BUILD = """
import sys
sys.path[:0] = {paths!r}
from build_fakes import FAKE_STAGES
from teiencode.build import build, collect_sources
if __name__ == "__main__":
    build(collect_sources([{src!r}]), {out!r}, jobs=2, stages=FAKE_STAGES,
          on_progress=lambda r: print(r.name, flush=True))
"""


def _descendants(root: int) -> set[int]:
    parents = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parents[int(stat.parent.name)] = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
    found, frontier = set(), {root}
    while frontier:
        frontier = {pid for pid, ppid in parents.items() if ppid in frontier} - found
        found |= frontier
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_workers_do_not_outlive_a_build_killed_outright(tmp_path: Path) -> None:
    pages = write_pages(tmp_path / "in", 4)
    for page in pages[1:]:
        page.write_text("Title\nSLEEP\n", encoding="utf-8")  # workers busy when the build dies
    paths = [str(Path(__file__).parent), str(Path(teiencode.__file__).resolve().parents[1])]
    script = tmp_path / "killed.py"
    script.write_text(KILLED_POOL_BUILD.format(paths=paths, src=str(tmp_path / "in"),
                                               out=str(tmp_path / "out")), encoding="utf-8")
    with subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE,
                          text=True) as process:
        assert process.stdout.readline().strip() == "page-000"
        workers = _descendants(process.pid)
        assert workers
        process.send_signal(signal.SIGKILL)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(Path(f"/proc/{pid}").exists() for pid in workers):
        time.sleep(0.2)
    alive = [pid for pid in workers if Path(f"/proc/{pid}").exists()
             and " Z " not in Path(f"/proc/{pid}/stat").read_text()]
    for pid in alive:
        os.kill(pid, signal.SIGKILL)
    assert not alive


def test_a_fifo_is_written_to_not_replaced(tmp_path: Path) -> None:
    """As /dev/null or /dev/stdout would be (not tested on them: a failure
    would replace the machine's device with a file)."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE) as reader:
        atomic.write_atomic(fifo, iter(["<a/>", "<b/>"]))
        assert reader.communicate(timeout=10)[0] == b"<a/><b/>"
    assert fifo.exists() and not fifo.is_file()
