"""The corpus index of a build: one page for a small corpus, bounded pieces for
a large one, every document and every occurrence listed exactly once."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from build_fakes import FAKE_STAGES, write_pages
from lxml import etree, html

from teiencode.build import build, collect_sources
from teiencode.build.manifest import Manifest
from teiencode.build.site import NAME_ROWS_PER_DOCUMENT, write_index
from teiencode.build.store import BuildStore, IndexEntry
from teiencode.build.worker import SitePage
from teiencode.publish import index_entry, render_index, render_index_page

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "publish" / "sample.xml"
TE = "urn:teiencode"
SURNAMES = ["Adams", "Brandt", "Castro", "Dubček", "Élysée", "Ford", "Gromyko", "'t Hooft"]


def entry(number: int, people: list[str]) -> bytes:
    """A small index entry: dated unless ``number`` is a multiple of 7."""
    root = etree.Element(f"{{{TE}}}entry", nsmap={None: TE}, title=f"Memo {number:04d}",
                         turns="1", gaps="0", names=str(len(people)))
    if number % 7:
        root.set("date", f"19{50 + number % 40}-0{1 + number % 9}-1{number % 10}")
        root.set("date-text", root.get("date"))
    for person in people:
        entity = etree.SubElement(root, f"{{{TE}}}entity", kind="person", key=f"#{person}",
                                  name=person, sort=person.lower())
        etree.SubElement(entity, f"{{{TE}}}at", anchor=f"m-{number}", label="¶ 1")
    place = etree.SubElement(root, f"{{{TE}}}entity", kind="place", key="#hanoi", name="Hanoi",
                             sort="hanoi")
    etree.SubElement(place, f"{{{TE}}}at", anchor="m-0", label="dateline")
    return etree.tostring(root)


def here(render: Callable[[bytes], str]) -> Callable[[Iterator[SitePage]], Iterator[dict[str, bytes]]]:
    """Site pages rendered in this process, one after another (a build uses its workers)."""
    return lambda pages: ({page.path: (render(page.xml) if isinstance(page, SitePage)
                                       else "/* css */").encode("utf-8")} for page in pages)


class Recorder:
    """The real page renderer, remembering the size of every input it was given."""

    def __init__(self) -> None:
        self.inputs: list[tuple[int, int]] = []  # (entries, entities) per page

    def __call__(self, page: bytes) -> str:
        root = etree.fromstring(page)
        self.inputs.append((len(root.findall(f"{{{TE}}}entry")),
                            len(root.findall(f"{{{TE}}}entry/{{{TE}}}entity"))))
        return render_index_page(page)


def site(tmp_path: Path, count: int, page_size: int) -> tuple[Path, Recorder]:
    """A store of ``count`` entries, the index written over them."""
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    recorder = Recorder()
    with BuildStore.open(out) as store:
        store.begin()
        for number in range(count):
            people = [SURNAMES[(number + k) % len(SURNAMES)] for k in range(number % 3 + 1)]
            store.put_entry(f"memo-{number:04d}", f"hash{number}", f"memo-{number:04d}.html",
                            IndexEntry.parse(entry(number, people)))
            store.add_report_row(f"memo-{number:04d}", {})  # reported, so listed
        assert write_index(out, store, Manifest(store, "tool", ""), here(recorder),
                           page_size=page_size)
    return out, recorder


def pages(out: Path) -> dict[str, html.HtmlElement]:
    return {p.name: html.parse(str(p)).getroot() for p in sorted(out.glob("index*.html"))}


def test_a_small_corpus_gets_the_one_page_publish_renders(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with BuildStore.open(out) as store:
        store.begin()
        store.put_entry("sample", "h", "sample.html", IndexEntry.parse(index_entry(SAMPLE)))
        store.add_report_row("sample", {})
        write_index(out, store, Manifest(store, "tool", ""), here(render_index_page))
    assert [p.name for p in out.glob("index*.html")] == ["index.html"]
    assert (out / "index.html").read_text(encoding="utf-8") == render_index([(SAMPLE,
                                                                              "sample.html")])


def test_a_large_corpus_is_rendered_in_pieces_of_bounded_size(tmp_path: Path) -> None:
    out, recorder = site(tmp_path, 60, page_size=8)
    assert len(recorder.inputs) == len(pages(out)) + 1 > 9  # and search.html
    assert max(entries for entries, entities in recorder.inputs if not entities) <= 8
    assert max(entities for _, entities in recorder.inputs) <= 8 * NAME_ROWS_PER_DOCUMENT


def test_every_document_is_listed_once_in_date_order_undated_last(tmp_path: Path) -> None:
    out, _ = site(tmp_path, 60, page_size=8)
    rows = []
    for number in range(1, 9):
        page = pages(out)["index.html" if number == 1 else f"index-{number}.html"]
        rows += [(tr.get("data-date"), tr.xpath("string(.//a[@class='doc-title'])"))
                 for tr in page.xpath("//ol[@class='documents']/li")]
    assert sorted(title for _, title in rows) == [f"Memo {n:04d}" for n in range(60)]
    dates = [date for date, _ in rows]
    dated = [d for d in dates if d]
    assert dates == dated + [""] * (60 - len(dated)) and dated == sorted(dated)


def test_every_occurrence_is_listed_once_under_its_kind_and_initial(tmp_path: Path) -> None:
    out, _ = site(tmp_path, 60, page_size=4)  # 8 entity rows a page: Hanoi's 60 take eight
    seen: Counter[tuple[str, str]] = Counter()
    for name, page in pages(out).items():
        listed = page.xpath("//ul[@class='entities']/li/span[@class='entity-name']/text()")
        assert listed == sorted(listed, key=str.lower)
        for li in page.xpath("//ul[@class='entities']/li"):
            entity = li.findtext("span")
            if entity == "Hanoi":
                assert name.startswith("index-places-h")
            else:
                initial = {"É": "e", "'": "other"}.get(entity[0], entity[0].lower())
                assert name.startswith(f"index-people-{initial}")
            for link in li.xpath("ul/li/a[1]"):
                seen[entity, link.text] += 1
    assert set(seen.values()) == {1}
    assert sum(1 for entity, _ in seen if entity == "Hanoi") == 60
    assert (out / "index-places-h-8.html").is_file()
    assert sum(1 for entity, _ in seen if entity != "Hanoi") == sum(n % 3 + 1 for n in range(60))


def test_every_page_is_reached_from_index_html_and_no_link_dangles(tmp_path: Path) -> None:
    out, _ = site(tmp_path, 60, page_size=8)
    written = pages(out)
    links = {name: {href.split("#")[0] for href in page.xpath("//a/@href")} - {""}
             for name, page in written.items()}
    for name, targets in links.items():
        assert all(t in written or t.startswith("memo-") for t in targets), name
    reached, frontier = {"index.html"}, {"index.html"}
    while frontier:
        frontier = {t for page in frontier for t in links[page] if t in written} - reached
        reached |= frontier
    assert reached == set(written)
    names = [name for name in written if name.startswith("index-people")]
    assert all(set(names) <= links[name] for name in names)  # the names pages link each other
    assert written["index-people-a.html"].xpath("//a[@aria-current='page']/text()") == ["A"]


def test_a_smaller_index_removes_the_pages_it_no_longer_has(tmp_path: Path) -> None:
    out, _ = site(tmp_path, 60, page_size=8)
    assert (out / "index-8.html").is_file()
    with BuildStore.open(out) as store:
        store.begin()
        store.add_report_row("memo-0001", {})
        assert write_index(out, store, Manifest(store, "tool", ""), here(render_index_page),
                           page_size=8)
    assert [p.name for p in out.glob("index*.html")] == ["index.html"]


def test_a_build_lists_pages_across_index_pages_and_renders_them_again_only_on_change(
        tmp_path: Path) -> None:
    write_pages(tmp_path / "in", 5)
    out = tmp_path / "out"
    build(collect_sources([tmp_path / "in"]), out, jobs=1, stages=FAKE_STAGES, index_page_size=2)
    listed = [(out / name).read_text(encoding="utf-8")
              for name in ("index.html", "index-2.html", "index-3.html")]
    assert "".join(listed).count("<a href=") == 5
    mtimes = {p: p.stat().st_mtime_ns for p in out.glob("index*.html")}
    summary = build(collect_sources([tmp_path / "in"]), out, jobs=1, stages=FAKE_STAGES,
                    index_page_size=2)
    assert summary.skipped == 5
    assert {p: p.stat().st_mtime_ns for p in out.glob("index*.html")} == mtimes


def test_a_lost_store_rebuilds_every_page_and_the_index_lists_them_all(tmp_path: Path) -> None:
    write_pages(tmp_path / "in", 3)
    out = tmp_path / "out"
    build(collect_sources([tmp_path / "in"]), out, jobs=1, stages=FAKE_STAGES)
    for path in (out / ".teiencode").iterdir():
        path.unlink()
    summary = build(collect_sources([tmp_path / "in"]), out, jobs=1, stages=FAKE_STAGES)
    assert summary.built == 3
    assert (out / "index.html").read_text(encoding="utf-8").count("<a href=") == 3


@pytest.mark.parametrize("name", ["index", "index-2", "index-people-a"])
def test_a_page_named_like_an_index_page_fails_alone(tmp_path: Path, name: str) -> None:
    (tmp_path / "in" / "index-2").mkdir(parents=True)
    (tmp_path / "in" / f"{name}.txt").write_text("Title\n\nText.\n", encoding="utf-8")
    (tmp_path / "in" / "memo.txt").write_text("Memo\n\nText.\n", encoding="utf-8")
    (tmp_path / "in" / "index-2" / "memo.txt").write_text("Memo\n\nText.\n", encoding="utf-8")
    seen = {}
    summary = build(collect_sources([tmp_path / "in"]), tmp_path / "out", jobs=1,
                    stages=FAKE_STAGES, on_progress=lambda r: seen.__setitem__(r.name, r))
    assert (summary.built, summary.failed) == (2, 1)
    assert seen[name].problems[0]["code"] == "TE-BUILD-NAME"
    assert seen["index-2/memo"].status == "ok"  # only the index's own names are taken
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert 'href="memo.html"' in index and 'href="index-2/memo.html"' in index
