"""The site around the pages: its options, the previous/next links, the
shared style sheet and the search."""

from __future__ import annotations

import dataclasses
import json
import re
import shutil
from pathlib import Path

import pytest
from build_fakes import FAKE_STAGES, build_sources, write_pages
from click.testing import CliRunner
from lxml import html as lxml_html

from teiencode.build import SiteOptions
from teiencode.build import neighbours, search
from teiencode.build.neighbours import END, START
from teiencode.build.siteoptions import load_source_urls
from teiencode.build.store import BuildStore
from teiencode.cli import main
from teiencode.errors import InputError
from teiencode.publish import render_html


def render_html_with_slot(xml: bytes, params: object = None) -> str:
    """The fake edition as a whole HTML page (Pagefind indexes no less), with
    the navigation slot the real one has."""
    return ("<html><body>" + START.decode() + END.decode()
            + FAKE_STAGES.render_html(xml).removeprefix("<!DOCTYPE html>") + "</body></html>\n")


SLOTTED = dataclasses.replace(FAKE_STAGES, render_html=render_html_with_slot)


def links(path: Path) -> str:
    data = path.read_text(encoding="utf-8")
    return data[data.index(START.decode()) + len(START):data.index(END.decode())]


def test_source_addresses_come_from_a_csv_or_a_json_file(tmp_path: Path) -> None:
    (tmp_path / "urls.csv").write_text("page,url\nmemo.txt,https://example.org/1\n"
                                       "wilson/b, https://example.org/2 \n", encoding="utf-8")
    assert load_source_urls(tmp_path / "urls.csv") == {"memo": "https://example.org/1",
                                                       "wilson/b": "https://example.org/2"}
    (tmp_path / "urls.json").write_text(json.dumps({"memo": "http://example.org/1"}))
    assert load_source_urls(tmp_path / "urls.json") == {"memo": "http://example.org/1"}


@pytest.mark.parametrize("name, text", [("a.csv", "name,address\nm,https://x.org\n"),
                                        ("b.csv", "page,url\nm,javascript:alert(1)\n"),
                                        ("c.json", "[1, 2]"), ("d.json", "{")])
def test_a_bad_file_of_source_addresses_is_refused(tmp_path: Path, name: str, text: str) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(InputError):
        load_source_urls(tmp_path / name)


def test_a_page_in_a_subfolder_links_up_to_the_site_s_files() -> None:
    params = SiteOptions(title="T", base_url="https://example.org/ed/",
                         source_urls={"wilson/a b": "https://example.org/src"}
                         ).page_params("wilson/a b")
    assert params == {"index-href": "../index.html", "css-href": "../teiencode.css",
                      "search-href": "../search.html", "file-stem": "a b", "site-title": "T",
                      "base-url": "https://example.org/ed/wilson/a%20b.html",
                      "source-url": "https://example.org/src"}


def test_previous_and_next_follow_the_index_and_change_only_where_they_must(
        tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    write_pages(pages, 3)
    out = tmp_path / "out"
    build_sources([pages], out, stages=SLOTTED)
    assert links(out / "page-000.html") == '<a rel="next" href="page-001.html">Next: Title 1 →</a>'
    assert links(out / "page-001.html") == (
        '<a rel="prev" href="page-000.html">← Previous: Title 0</a>'
        '<a rel="next" href="page-002.html">Next: Title 2 →</a>')
    first = (out / "page-000.html").stat().st_mtime_ns
    (pages / "page-000b.txt").write_text("Title 0b\n\nBetween.\n", encoding="utf-8")
    build_sources([pages], out, stages=SLOTTED)
    assert "page-000b.html" in links(out / "page-000.html")
    assert "page-000b.html" in links(out / "page-001.html")
    untouched = (out / "page-002.html").stat().st_mtime_ns
    build_sources([pages], out, stages=SLOTTED)  # nothing changed: nothing rewritten
    assert (out / "page-002.html").stat().st_mtime_ns == untouched
    assert (out / "page-000.html").stat().st_mtime_ns != first


def test_previous_and_next_are_filled_in_batches_and_recorded_once_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(neighbours, "BATCH", 2)  # five pages: three batches, the last short
    pages = tmp_path / "pages"
    write_pages(pages, 5)
    out = tmp_path / "out"
    build_sources([pages], out, stages=SLOTTED)
    for n in range(5):
        expected = "".join(
            ([f'<a rel="prev" href="page-{n - 1:03}.html">← Previous: Title {n - 1}</a>'] if n else [])
            + ([f'<a rel="next" href="page-{n + 1:03}.html">Next: Title {n + 1} →</a>'] if n < 4 else []))
        assert links(out / f"page-{n:03}.html") == expected
    written = {n: (out / f"page-{n:03}.html").stat().st_mtime_ns for n in range(5)}
    build_sources([pages], out, stages=SLOTTED)  # every batch was recorded: nothing to rewrite
    assert {n: (out / f"page-{n:03}.html").stat().st_mtime_ns for n in range(5)} == written


def test_the_site_has_its_style_sheet_and_a_search_unless_switched_off(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    write_pages(pages, 2)
    out = tmp_path / "out"
    summary, _ = build_sources([pages], out, stages=SLOTTED)
    assert not summary.site_warnings
    assert (out / "teiencode.css").read_text() == FAKE_STAGES.render_css()
    assert (out / "search.html").is_file() and (out / "pagefind" / "0" / "pagefind.js").is_file()
    build_sources([pages], out, stages=SLOTTED, site=SiteOptions(search=False))
    assert not (out / "search.html").exists() and not (out / "pagefind").exists()
    assert (out / "teiencode.css").is_file()


def bundle_pages(out: Path) -> dict[str, int]:
    """How many pages each bundle of the search index under ``out`` holds."""
    return {entry.parent.name: sum(language["page_count"] for language
                                   in json.loads(entry.read_text())["languages"].values())
            for entry in sorted((out / "pagefind").glob("*/pagefind-entry.json"))}


def entry_times(out: Path) -> dict[str, int]:
    return {p.parent.name: p.stat().st_mtime_ns
            for p in (out / "pagefind").glob("*/pagefind-entry.json")}


def test_bundle_counts_are_powers_of_two_bounded_and_pages_stay_in_their_bundle() -> None:
    assert [search.bundle_count(n, 1000) for n in (0, 1, 1000, 1001, 4000, 4001, 10**6)] == [
        1, 1, 1, 2, 4, 8, search.MAX_BUNDLES]
    listed = [(f"page-{n}", "hash") for n in range(40)]
    bundles = search.plan_bundles(listed, ".html", "tool", 10)
    assert [b.folder for b in bundles] == ["pagefind/0", "pagefind/1", "pagefind/2", "pagefind/3"]
    assert sorted(p for b in bundles for p in b.pages) == sorted(f"{n}.html" for n, _ in listed)
    again = search.plan_bundles([*listed[:5], ("page-5", "changed"), *listed[6:]], ".html",
                                "tool", 10)
    assert [b.pages for b in again] == [b.pages for b in bundles]  # a page keeps its bundle
    assert sum(a.key != b.key for a, b in zip(again, bundles, strict=True)) == 1


def test_a_large_index_is_split_into_bundles_the_search_page_merges_written_when_they_change(
        tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    write_pages(pages, 7)
    out = tmp_path / "out"
    (out / "pagefind").mkdir(parents=True)  # an earlier version's single index, to be replaced
    (out / "pagefind" / "pagefind.js").write_text("old", encoding="utf-8")
    summary, _ = build_sources([pages], out, stages=None, search_bundle_pages=2)
    assert not summary.site_warnings
    counts = bundle_pages(out)
    assert sorted(counts) == ["0", "1", "2", "3"] and sum(counts.values()) == 7
    assert sorted(p.name for p in (out / "pagefind").iterdir()) == ["0", "1", "2", "3"]
    assert ('data-bundles="pagefind/0/ pagefind/1/ pagefind/2/ pagefind/3/"'
            in (out / "search.html").read_text(encoding="utf-8"))
    written = entry_times(out)
    build_sources([pages], out, stages=None, search_bundle_pages=2)
    assert entry_times(out) == written  # nothing changed: no bundle written again
    (pages / "page-003.txt").write_text("Title 3\n\nChanged.\n", encoding="utf-8")
    build_sources([pages], out, stages=None, search_bundle_pages=2)
    changed = {name for name, time in entry_times(out).items() if written[name] != time}
    assert len(changed) == 1  # only the bundle of the changed page
    for path in sorted(pages.glob("*.txt"))[1:]:
        path.unlink()
    build_sources([pages], out, stages=None, search_bundle_pages=2)
    assert bundle_pages(out) == {"0": 1}
    assert 'data-bundles="pagefind/0/"' in (out / "search.html").read_text(encoding="utf-8")


def test_the_command_line_sets_the_size_of_the_search_bundles(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    write_pages(pages, 3)
    out = tmp_path / "out"
    run = CliRunner().invoke(main, ["build", str(pages), "-o", str(out), "-j", "1",
                                    "--search-bundle-pages", "1"])
    assert run.exit_code == 0, run.output
    counts = bundle_pages(out)  # four bundles planned, for three pages: no empty one written
    assert sum(counts.values()) == 3 and all(counts.values()) and set(counts) < {"0", "1", "2", "3"}
    listed = " ".join(f"pagefind/{n}/" for n in sorted(counts))
    assert f'data-bundles="{listed}"' in (out / "search.html").read_text(encoding="utf-8")


def test_a_changed_register_indexes_the_bundles_again(tmp_path: Path) -> None:
    pages, out, register = tmp_path / "pages", tmp_path / "out", tmp_path / "register.csv"
    write_pages(pages, 3)
    register.write_text("id,name\nx,Y\n", encoding="utf-8")
    build_sources([pages], out, stages=SLOTTED, registers=[register])
    indexed = bundle_keys(out)
    register.write_text("id,name\nx,Y\nz,W\n", encoding="utf-8")  # the editions' names may change
    build_sources([pages], out, stages=SLOTTED, registers=[register])
    assert bundle_keys(out).keys() == indexed.keys()
    assert all(bundle_keys(out)[folder] != key for folder, key in indexed.items())


def bundle_keys(out: Path) -> dict[str, str]:
    """What the build remembers of each bundle it indexed: its folder and key."""
    with BuildStore.open(out) as store:
        return json.loads(store.meta(search.STATE_KEY) or "{}")


def test_a_link_in_a_bundle_s_folder_is_replaced_not_followed(tmp_path: Path) -> None:
    pages, out, elsewhere = tmp_path / "pages", tmp_path / "out", tmp_path / "elsewhere"
    write_pages(pages, 2)
    build_sources([pages], out, stages=SLOTTED)
    (elsewhere / "sub").mkdir(parents=True)
    (elsewhere / "keep.txt").write_text("keep", encoding="utf-8")
    shutil.rmtree(out / "pagefind" / "0")
    (out / "pagefind" / "0").symlink_to(elsewhere, target_is_directory=True)
    (pages / "page-000.txt").write_text("Title 0\n\nChanged.\n", encoding="utf-8")
    build_sources([pages], out, stages=SLOTTED)
    assert (elsewhere / "keep.txt").is_file() and (elsewhere / "sub").is_dir()
    assert not (out / "pagefind" / "0").is_symlink() and bundle_pages(out) == {"0": 2}


def test_a_failing_pagefind_is_a_warning_and_its_bundle_is_written_next_time(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pagefind_bin
    broken = tmp_path / "pagefind"
    broken.write_text("#!/bin/sh\necho 'pagefind: out of memory' >&2\nexit 3\n")
    broken.chmod(0o755)
    real = pagefind_bin.get_executable
    monkeypatch.setattr(pagefind_bin, "get_executable", lambda: broken)
    pages = tmp_path / "pages"
    write_pages(pages, 2)
    out = tmp_path / "out"
    summary, results = build_sources([pages], out, stages=SLOTTED)
    assert [w.code for w in summary.site_warnings] == ["TE-BUILD-SEARCH"]
    assert "out of memory" in summary.site_warnings[0].message
    assert {r.status for r in results.values()} == {"ok"}
    monkeypatch.setattr(pagefind_bin, "get_executable", real)
    summary, _ = build_sources([pages], out, stages=SLOTTED)
    assert not summary.site_warnings and bundle_pages(out) == {"0": 2}


def test_a_page_cannot_take_the_name_of_the_search_or_its_index(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    (pages / "pagefind").mkdir(parents=True)
    for path in (pages / "search.txt", pages / "pagefind" / "memo.txt"):
        path.write_text("Title\n\nText.\n", encoding="utf-8")
    _, results = build_sources([pages], tmp_path / "out")
    assert {name: r.status for name, r in results.items()} == {"search": "failed",
                                                                "pagefind/memo": "failed"}
    assert "search.html" in results["search"].problems[0]["message"]


def test_the_command_line_refuses_a_base_url_that_is_not_http(tmp_path: Path) -> None:
    page = tmp_path / "memo.txt"
    page.write_text("Title\n\nText.\n", encoding="utf-8")
    run = CliRunner().invoke(main, ["build", str(page), "-o", str(tmp_path / "out"),
                                    "--base-url", "javascript:alert(1)"])
    assert run.exit_code == 2 and "--base-url" in run.output


def test_the_schemas_a_tei_file_declares_are_beside_it(tmp_path: Path) -> None:
    from lxml import etree

    from teiencode.resources import schema_path

    pages = tmp_path / "pages"
    write_pages(pages, 1)
    write_pages(pages / "sub", 1, prefix="other")
    out = tmp_path / "out"
    build_sources([pages], out)
    golden = etree.parse(str(Path(__file__).parents[1] / "golden" / "1979-12-04_batmunkh-heng-samrin.xml"))
    declared = [etree.XML(f"<pi {pi.text}/>").get("href")
                for pi in golden.xpath("/processing-instruction('xml-model')")]
    local = [href for href in declared if "://" not in href]
    assert local == ["teiencode.rng", "teiencode.isosch"]
    for folder in (out, out / "sub"):
        for href in local:
            assert (folder / href).read_bytes() == schema_path(href).read_bytes()
    (out / "sub" / "teiencode.rng").write_text("stale")
    build_sources([pages], out)  # a copy out of date is replaced
    assert (out / "sub" / "teiencode.rng").read_bytes() == schema_path("teiencode.rng").read_bytes()


def test_the_help_of_the_bundle_option_states_the_sizes_the_build_uses() -> None:
    # the CLI writes them out so that `teiencode --help` need not import the build
    result = CliRunner().invoke(main, ["build", "--help"], terminal_width=400)
    text = " ".join(result.output.split())
    assert f"(default {search.BUNDLE_PAGES:,}, and two bundles at least from {search.SPLIT_PAGES} " \
        "editions, indexed at once; a size given turns that split off)" in text
    assert f"({search.MAX_BUNDLES} bundles at most)" in text


def test_by_default_a_corpus_of_some_hundred_pages_is_indexed_in_two_bundles_at_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    split = search.SPLIT_PAGES
    assert [search.bundle_count(n) for n in (0, split - 1, split, 2000, 2001, 10**6)] == [
        1, 1, 2, 2, 4, search.MAX_BUNDLES]
    assert search.bundle_count(split, 1000) == 1  # a size asked for is kept
    with pytest.raises(ValueError):
        search.bundle_count(split, 0)
    monkeypatch.setattr(search, "SPLIT_PAGES", 4)  # the default, through build() and the CLI
    pages, out = tmp_path / "pages", tmp_path / "out"
    write_pages(pages, 4)
    run = CliRunner().invoke(main, ["build", str(pages), "-o", str(out), "-j", "1"])
    assert run.exit_code == 0, run.output
    assert sorted(bundle_pages(out)) == ["0", "1"]
    sorted(pages.glob("*.txt"))[0].unlink()
    build_sources([pages], out, stages=None)
    assert bundle_pages(out) == {"0": 3}  # below the split again: one bundle, the other removed
    assert 'data-bundles="pagefind/0/"' in (out / "search.html").read_text(encoding="utf-8")


GOLDEN_TEI = Path(__file__).parents[1] / "golden" / "1979-12-04_batmunkh-heng-samrin.xml"


def test_pagefind_reads_an_edition_with_its_passages_anchors_and_all_its_indexed_text() -> None:
    script = (Path(__file__).parents[2] / "xslt" / "site" / "index.xsl").read_text(encoding="utf-8")
    passage = re.compile(re.search(r"const PASSAGE = /(.*?)/;", script).group(1))  # what a result opens
    # Lon Nol as a name teiencode proposed: no filter of the register's people
    tei = GOLDEN_TEI.read_bytes().replace(b'<person xml:id="lon-nol">',
                                          b'<person xml:id="lon-nol" cert="low" resp="#teiencode">')
    edition = render_html(tei, params={"search-href": "search.html", "index-href": "index.html"})
    seen = search.for_search(edition)
    before, after = lxml_html.fromstring(edition), lxml_html.fromstring(seen)
    # what Pagefind indexes, and the title, type, date and filters it reads, all unchanged
    indexed = "//*[@data-pagefind-body]"
    assert before.xpath(indexed)
    assert [el.text_content() for el in after.xpath(indexed)] == [
        el.text_content() for el in before.xpath(indexed)]
    assert [[d.tag for d in el.iter()] for el in after.xpath(indexed)] == [
        [d.tag for d in el.iter()] for el in before.xpath(indexed)]
    people = {el.text_content() for el in before.xpath("//*[@data-pagefind-filter = 'person']")}
    assert people == {"Jambyn Batmunkh", "Heng Samrin", "S. Luvsangombo", "Ts. Chuluun",
                      "Pol Pot", "Ieng Sary", "Norodom Sihanouk"}  # the register's, not proposals
    fields = "//*[@data-pagefind-filter or @data-pagefind-meta]"
    assert [(dict(el.attrib), el.text_content()) for el in after.xpath(fields)] == [
        (dict(el.attrib), el.text_content()) for el in before.xpath(fields)]
    assert after.findtext(".//title") == before.findtext(".//title")
    assert after.get("lang") == before.get("lang") == "en"
    # and not what it would parse for nothing: the panel, the name index, the citations
    for part in ("//aside", "//section[@id='index']", "//section[@id='cite']",
                 "//meta[@name != 'viewport']"):
        assert before.xpath(part) and not after.xpath(part), part
    assert len(seen) < 0.75 * len(edition)
    opened = [(el.tag, el.get("id")) for el in before.xpath(indexed + "//*[@id]")
              if passage.match(el.tag)]
    assert opened and [(el.tag, el.get("id")) for el in after.iter()
                       if el.get("id") and passage.match(el.tag)] == opened
    mentions = before.xpath("//section[@id='text']//*[contains(concat(' ', @class, ' '), ' mention ')]"
                            "[not(ancestor::*[@class = 'legend'])]")
    assert mentions and all(m.get("id", "").startswith("mention-") for m in mentions)
    assert not any(passage.match(m.tag) for m in mentions)  # the search never opened them
    assert not after.xpath("//*[starts-with(@id, 'mention-')]")


def test_a_part_pagefind_is_not_given_is_cut_only_when_found_whole() -> None:
    page = ('<html><head><title>T</title><meta name="description" content="d"></head><body>'
            '<section id="text" data-pagefind-body="">A <a class="mention person" id="mention-1"'
            ' href="#x">B</a></section><section id="index">no end</section></body></html>')
    # the head's metadata goes; the index, not followed by the end of <main>, stays
    assert search.for_search(page) == page.replace(
        '<meta name="description" content="d">', "").replace('" id="mention-1"', '" data-mention="1"')
    # an end before its start cuts nothing
    backwards = '<main><section id="text" data-pagefind-body="">A</section></main><aside class="panel">B</aside>'
    assert search.for_search(backwards) == backwards
