"""The ``teiencode`` command line: a thin skin over the library.

Each command parses its options and calls one library function with the same
verb. Library errors become messages and exit codes in one place
(:func:`_errors_to_exit`); exit codes follow :mod:`teiencode.errors`.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click

from . import __version__
from .atomic import write_atomic
from .errors import (EXIT_INVALID, EXIT_OK, EXIT_USAGE, EXIT_WARNINGS, InputError,
                     OutputError, PublishError, RegisterError, TeiencodeError)
from .model import REVIEW_CODES, Diagnostic

F = TypeVar("F", bound=Callable[..., Any])


class _Group(click.Group):
    """Turns every :class:`TeiencodeError` into a one-line message and its exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except TeiencodeError as error:
            click.echo(f"teiencode: error: {error}", err=True)
            ctx.exit(error.exit_code)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="teiencode")
def main() -> None:
    """Encode translated archival pages as TEI P5, validate them, publish them.

    \b
    Example:
      teiencode build corpus/ -o site/ --register corpus/register.xml
    """


#: How several --register files merge (the library's rule, :func:`~.entities.load_register`).
PRECEDENCE = ("Later files win field by field, an empty cell never erases, name forms add up, "
              "and a field two files give differently is a warning naming both.")


def _register_option(func: F) -> F:
    return click.option(
        "--register",
        "registers",
        multiple=True,
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help="Register of people, places, organisations (TEI or CSV, e.g. the CSV of "
             "'teiencode entities'). Repeatable. " + PRECEDENCE,
    )(func)


def _edition_options(func: F) -> F:
    """--publisher, --licence and --date: what the page does not say about the encoded file."""
    for option in reversed((
        click.option("--publisher", metavar="NAME",
                     help="Publisher of the TEI files (default: the repository the page names)."),
        click.option("--licence", metavar="URL|TEXT",
                     help="Licence of the TEI files: availability/licence, before the page's "
                          "rights statement (default: none; target= when it is a URL)."),
        click.option("--date", "edition_date", metavar="DATE",
                     help="Date of the encoding for revisionDesc/change/@when, e.g. 2026-12-05 "
                          "(default: none, so that the same page gives the same bytes)."),
    )):
        func = option(func)
    return func


def _edition(publisher: str | None, licence: str | None, date: str | None) -> Any:
    """The :class:`~teiencode.tei.Edition` of the options (a usage error for a bad date)."""
    from .tei import Edition

    try:
        return Edition(publisher=publisher or None, licence=licence or None, date=date or None)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="'--date'") from error


def _site(title: str, base_url: str, source_urls: Path | None, index_proposals: bool,
          search: bool, edition: Any) -> Any:
    """The :class:`~teiencode.build.SiteOptions` of the build's options (a
    usage error for a base URL that is not http(s) or a bad source file)."""
    from .build.siteoptions import SiteOptions, load_source_urls

    if base_url and not base_url.lower().startswith(("http://", "https://")):
        raise click.BadParameter(f"an http(s) address, not {base_url!r}",
                                 param_hint="'--base-url'")
    try:
        urls = load_source_urls(source_urls) if source_urls is not None else {}
    except InputError as error:
        raise click.BadParameter(str(error), param_hint="'--source-urls'") from error
    return SiteOptions(title=title, base_url=base_url, source_urls=urls,
                       accessed=(edition.date or "") if edition is not None else "",
                       index_proposals=index_proposals, search=search)


def _load_registers(paths: Sequence[Path]) -> Any:
    """The merged register of ``paths`` (``None`` for none), its warnings on standard error."""
    if not paths:
        return None
    from .entities import load_register

    register = load_register(list(paths))
    _print_warnings(register.warnings)
    return register


def _output_option(func: F) -> F:
    return click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True,
                                                          path_type=Path),
                        help="File to write ('-' or none: standard output).")(func)


def _emit(data: bytes | str, output: Path | None) -> None:
    """Write a command's result to standard output or, atomically, to ``output``
    (its folder created if need be); :class:`OutputError` when it cannot be."""
    binary = data if isinstance(data, bytes) else data.encode("utf-8")
    if output is None or str(output) == "-":
        sys.stdout.buffer.write(binary)
        sys.stdout.flush()
        return
    try:
        write_atomic(output, binary)
    except OSError as error:
        raise OutputError(f"cannot write the output: {error.strerror or error}",
                          file=str(output), hint="write to a folder that exists or can be "
                          "created, that you may write to and that has space left") from error


#: The default of --max-size (MB) for validate and render.
MAX_XML_MB = 50.0


def _max_size_option(func: F) -> F:
    return click.option("--max-size", "max_mb", type=click.FloatRange(min=0), default=MAX_XML_MB,
                        show_default=True, metavar="MB",
                        help="Refuse larger files unread (0: no limit); a TEI file takes 10 to "
                             "30 times its size in memory.")(func)


def _max_bytes(max_mb: float) -> int | None:
    return int(max_mb * 1e6) or None


def _print_warnings(warnings: Sequence[Any]) -> None:
    for warning in warnings:
        click.echo(str(warning), err=True)


# --------------------------------------------------------------------------- encode


@main.command()
@click.argument("page", type=click.Path(exists=True, dir_okay=False, allow_dash=True,
                                        path_type=Path))
@_output_option
@_register_option
@click.option("--strict", is_flag=True, help="Exit 3 when the reader had warnings (doubts to review do not count).")
@_edition_options
def encode(page: Path, output: Path | None, registers: tuple[Path, ...], strict: bool,
           publisher: str | None, licence: str | None, edition_date: str | None) -> None:
    """Encode one page of text (PAGE, or '-' for standard input) as TEI P5.

    Warnings about the page (lines it could not structure) and doubts for an
    editor to review go to standard error as FILE:LINE: SEVERITY CODE message.
    Exit status 1, and no output, if the TEI would not hold every word of the page.

    \b
    Example:
      teiencode encode corpus/1979-12-04_batmunkh-heng-samrin.txt \\
          --register corpus/register.xml -o memo.xml
      curl -s https://example.org/page.txt | teiencode encode - > memo.xml
    """
    from .pipeline import encode_bytes
    from .tei import to_bytes
    from .xmlinput import STDIN_NAME, read_bytes

    source = STDIN_NAME if str(page) == "-" else str(page)
    edition = _edition(publisher, licence, edition_date)
    result = encode_bytes(read_bytes(page, stdin=sys.stdin.buffer), source=source,
                          register=_load_registers(registers), edition=edition)
    _print_warnings(result.warnings)
    if result.errors:  # the TEI lost words of the page: write nothing
        sys.exit(EXIT_INVALID)
    _emit(to_bytes(result.tree), output)
    if strict and any(w.severity == "warning" for w in result.warnings):
        sys.exit(EXIT_WARNINGS)


# --------------------------------------------------------------------------- validate


@main.command()
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, allow_dash=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Report for people (text) or scripts (json).")
@click.option("--tei-schema", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Also validate against this RELAX NG schema (e.g. the official tei_all.rng) "
                   "and the Schematron rules embedded in it.")
@_max_size_option
def validate(files: tuple[Path, ...], fmt: str, tei_schema: Path | None, max_mb: float) -> None:
    """Validate TEI files ('-': standard input): the project's XML Schema, the
    RELAX NG and Schematron compiled from its ODD (TEI's own rules included),
    and --tei-schema with the Schematron rules embedded in it.

    Exit status: 0 when every file is valid, 1 when any is invalid,
    2 on usage or I/O errors (a file over --max-size among them).

    \b
    Example:
      teiencode validate memo.xml --tei-schema tei_all.rng --format json
      teiencode encode page.txt | teiencode validate -
    """
    from .validate import format_report, validate_files

    try:
        results = validate_files(list(files), tei_schema=tei_schema, max_bytes=_max_bytes(max_mb),
                                 stdin=sys.stdin.buffer)
    except InputError as error:  # an unusable schema or unreadable file is a usage error here
        raise click.UsageError(str(error)) from error
    click.echo(format_report(results, fmt=fmt))
    sys.exit(EXIT_OK if all(r.valid for r in results) else EXIT_INVALID)


# --------------------------------------------------------------------------- render


_BOOLEANS = {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}


def _parse_params(values: Sequence[str]) -> dict[str, str | int | bool]:
    """``NAME=VALUE`` settings as the stylesheets declare them (string,
    integer or boolean); a usage error names what is wrong."""
    from .publish import check_param, declared_params

    declared = declared_params()
    params: dict[str, str | int | bool] = {}
    for value in values:
        name, sep, setting = value.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{value!r} is not NAME=VALUE", param_hint="--param")
        if name not in declared:
            raise click.BadParameter(f"unknown parameter {name!r}; known: "
                                     + ", ".join(sorted(declared)), param_hint="--param")
        if declared[name] == "xs:boolean":
            if setting.lower() not in _BOOLEANS:
                raise click.BadParameter(f"{name} takes true or false, not {setting!r}",
                                         param_hint="--param")
            params[name] = _BOOLEANS[setting.lower()]
        elif declared[name] == "xs:integer":
            try:
                params[name] = int(setting)
            except ValueError:
                raise click.BadParameter(f"{name} takes a whole number, not {setting!r}",
                                         param_hint="--param") from None
        else:
            params[name] = setting
        try:
            check_param(name, params[name])
        except PublishError as error:
            raise click.BadParameter(error.message, param_hint="--param") from None
    return params


@main.command()
@click.argument("report", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "register"]), default="text",
              show_default=True, help="Lines for people (text), a list for scripts (json), or the names "
                                      "left untagged as a CSV register to complete (register).")
@click.option("--code", "codes", multiple=True,
              type=click.Choice(REVIEW_CODES),
              help="Only doubts of this kind. Repeatable.")
def review(report: Path, fmt: str, codes: tuple[str, ...]) -> None:
    """List the doubts of a built corpus from its report.json.

    Each line is FILE:LINE: CODE message: a speaker label, title or date the
    reader took on weak evidence or could not find, a header or footer line no
    field holds, a name linked to no one of several register entries, or a
    word read as a name but left untagged (TE-REVIEW-NAME: tag it, or give it
    a row of the register, with the status rejected if it is no name). Fix the
    TEI where it was wrong. Exit status 0 (also when there are doubts), 2 for an unreadable report.

    \b
    Example:
      teiencode build corpus/ -o site/ --register corpus/register.xml
      teiencode review site/report.json --code TE-REVIEW-TURN
      teiencode review site/report.json --format register > names.csv
      (write each row's type, and the status rejected for no name, then)
      teiencode build corpus/ -o site/ --register corpus/register.xml --register names.csv
    """
    from .build.doubts import format_doubts, read_doubts

    try:
        doubts = read_doubts(report)
    except InputError as error:
        raise click.UsageError(str(error)) from error
    click.echo(format_doubts([d for d in doubts if not codes or d.code in codes], fmt))


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, allow_dash=True,
                                        path_type=Path))
@click.option("--to", "target", type=click.Choice(["html", "text"]), required=True,
              help="Reading edition (html) or reading text (text).")
@_output_option
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Stylesheet parameter (see xslt/common/params.xsl), e.g. "
                   "--param show-index=false. Repeatable.")
@_max_size_option
def render(file: Path, target: str, output: Path | None, params: tuple[str, ...],
           max_mb: float) -> None:
    """Render a TEI file ('-': standard input) with the XSLT 3.0 stylesheets.

    \b
    Example:
      teiencode render memo.xml --to html -o memo.html
      teiencode render memo.xml --to text --param text-mode=reading --param wrap-width=60
    """
    from .publish import render_html, render_text
    from .xmlinput import STDIN_NAME, parse_xml, read_bytes

    settings = _parse_params(params)
    data = read_bytes(file, max_bytes=_max_bytes(max_mb), stdin=sys.stdin.buffer)
    tree = parse_xml(data, name=STDIN_NAME if str(file) == "-" else str(file))
    renderer = render_html if target == "html" else render_text
    _emit(renderer(tree, params=settings), output)


# --------------------------------------------------------------------------- entities


@main.command()
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True, help="Table for people, JSON for scripts, CSV to edit and "
              "pass back with --register.")
@_output_option
def entities(files: tuple[Path, ...], fmt: str, output: Path | None) -> None:
    """List the people, places and organisations of encoded TEI files.

    Each row: id, type, mentions, status (registered: linked to a register;
    proposed: found by teiencode), confidence, and the first mention (TEI
    file:line, a few words either side). Proposals come first, the most
    mentioned first. The CSV is a register: in the status column write
    accepted (tag and link it as a registered entry) or rejected (never
    propose these names as this type again), add a note or a Wikidata, VIAF or
    GeoNames id, and pass it back with --register after your other registers.

    \b
    Example:
      teiencode entities site/*.xml --format csv -o review.csv
      teiencode encode page.txt --register corpus/register.xml --register review.csv
    """
    from .entities import format_entities, list_entities

    _emit(format_entities(list_entities(list(files)), fmt=fmt), output)


# --------------------------------------------------------------------------- register


@main.group()
def register() -> None:
    """Registers of people, places and organisations (TEI or CSV).

    \b
    Example:
      teiencode register convert corpus/register.xml review.csv -o reviewed.xml
    """


@register.command(help=f"""Merge REGISTERS and write them out as one CSV or TEI register.

    Nothing is lost: every entry with its status (registered, accepted,
    proposed, rejected), name forms, forename and surname, note and
    authority ids (written as URIs) comes back the same when the file is
    read again. The registers merge as --register does. {PRECEDENCE}

    \b
    Example:
      teiencode register convert corpus/register.xml -o register.csv
      teiencode register convert corpus/register.xml review.csv -o reviewed.xml
    """)
@click.argument("registers", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Register to write, .csv or .xml (default: standard output).")
@click.option("--format", "fmt", type=click.Choice(["csv", "tei"]), default=None,
              help="Format to write [default: from the suffix of -o; csv on standard output].")
def convert(registers: tuple[Path, ...], output: Path | None, fmt: str | None) -> None:
    from .entities import register_csv, register_tei

    if output is not None and any(output.resolve() == path.resolve() for path in registers):
        raise click.UsageError(f"-o {output} is one of the registers read; write to another file "
                               "(its comments and header would not be kept)")
    fmt = fmt or ("tei" if output is not None and output.suffix.lower() == ".xml" else "csv")
    merged = _load_registers(registers).records.values()
    _emit(register_tei(merged, [str(p) for p in registers]) if fmt == "tei" else register_csv(merged),
          output)


# --------------------------------------------------------------------------- build


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("-o", "--output", "outdir", required=True,
              type=click.Path(file_okay=False, path_type=Path), help="Output folder.")
@_register_option
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: all cores).")
@click.option("--force", is_flag=True,
              help="Rebuild every document, changed or not, and replace the TEI outputs "
                   "edited since the build wrote them (TE-BUILD-EDITED).")
@click.option("--fail-fast", is_flag=True, help="Stop at the first failed document.")
@click.option("--json", "json_lines", is_flag=True,
              help="One JSON line per document on standard output (default when it is not a "
                   "terminal).")
@click.option("--executor", type=click.Choice(["process", "dask"]), default="process",
              show_default=True, help="Run on local processes or a Dask cluster.")
@click.option("--scheduler", metavar="ADDRESS", help="Dask scheduler address (with --executor dask).")
@click.option("--cluster-timeout", type=click.FloatRange(min=0, min_open=True), default=10,
              show_default=True, metavar="SECONDS",
              help="Stop the build (exit 2, TE-BUILD-CLUSTER) when the Dask scheduler does not "
                   "answer or has no worker for this long.")
@click.option("--max-page-size", "max_page_mb", type=click.FloatRange(min=0), default=16,
              show_default=True, metavar="MB",
              help="Refuse larger pages unread (0: no limit).")
@click.option("--page-timeout", type=click.FloatRange(min=0), default=300, show_default=True,
              metavar="SECONDS", help="Fail a page that takes longer (0: no limit).")
@click.option("--follow-symlinks", is_flag=True,
              help="Follow symbolic links in source folders that lead out of them (by default "
                   "each such link fails as its page, TE-BUILD-SYMLINK).")
@click.option("--wait", is_flag=True,
              help="Wait for another build writing to OUTDIR to finish (by default: exit 2, "
                   "TE-BUILD-LOCKED).")
@click.option("--tei-schema", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Also check every page against this RELAX NG schema (e.g. tei_all.rng) and "
                   "the Schematron rules embedded in it; the findings go to report.json.")
@_edition_options
@click.option("--site-title", metavar="TEXT", default="",
              help="Name of the site: heading of index.html and the website in the citations "
                   "(default heading: Documents).")
@click.option("--base-url", metavar="URL", default="",
              help="Address OUTDIR is published at (https://example.org/edition/): each page's "
                   "citations and meta tags carry its own address.")
@click.option("--source-urls", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              metavar="FILE", help="CSV (columns page,url) or JSON object mapping page names to "
                                   "the archive's web page of each: shown and cited as the source.")
@click.option("--index-proposals", is_flag=True,
              help="List the names teiencode proposed (not in a register) in the corpus index "
                   "of names too (by default only the register's).")
@click.option("--no-search", "search", is_flag=True, flag_value=False, default=True,
              help="Write no search page and index (OUTDIR/search.html, OUTDIR/pagefind/).")
@click.option("--search-bundle-pages", type=click.IntRange(min=1), metavar="N",
              help="Editions per bundle of the search index, about (default 1,000, and two "
                   "bundles at least from 256 editions, indexed at once; a size given turns that "
                   "split off): smaller bundles take Pagefind less memory and time to index "
                   "again, and a search more of them to load (16 bundles at most).")
def build(sources: tuple[str, ...], outdir: Path, registers: tuple[Path, ...], jobs: int | None,
          force: bool, fail_fast: bool, json_lines: bool, executor: str,
          scheduler: str | None, cluster_timeout: float, max_page_mb: float, page_timeout: float,
          follow_symlinks: bool, wait: bool, tei_schema: Path | None, publisher: str | None,
          licence: str | None, edition_date: str | None, site_title: str, base_url: str,
          source_urls: Path | None, index_proposals: bool, search: bool,
          search_bundle_pages: int | None) -> None:
    """Build a corpus: TEI, HTML and text for every page, report.json, index.html.

    SOURCES are pages (*.txt), TEI files (*.xml), folders (searched
    recursively for both) or '-' to read paths from standard input. A TEI
    source is validated and published as it is, never re-encoded; it takes
    the place of the page of the same name (the editor's version of it).
    Unchanged documents are skipped. A TEI output edited since the build
    wrote it is never replaced: its page fails with TE-BUILD-EDITED (move
    the file into a folder of TEI sources, or pass --force).
    The site has index.html (documents by year, names by initial),
    search.html (full text, filters by year, type and person) and
    teiencode.css; each edition links to the documents before and after it.
    Exit status: 0 all built and valid, 1 any failed or invalid, 2 usage.

    \b
    Example:
      teiencode build corpus/ -o site/ --register corpus/register.xml -j 2
      teiencode build corpus/ -o site/ --site-title "Cold War Conversations" \\
        --base-url https://example.org/edition/ --source-urls sources.csv
      mkdir tei && mv site/1979-12-04_batmunkh-heng-samrin.xml tei/   # correct it there
      teiencode build corpus/ tei/ -o site/ --register corpus/register.xml
      find pages -name '*.txt' | teiencode build - -o site/ --json
      teiencode build corpus/ -o site/ --tei-schema tei_all.rng   # the TEI's, from tei-c.org
    """
    from .build import build as run_build
    from .build import collect_sources

    if executor == "dask" and not scheduler:
        raise click.UsageError("--executor dask needs --scheduler ADDRESS")
    edition = _edition(publisher, licence, edition_date) \
        if publisher or licence or edition_date else None
    site = _site(site_title, base_url, source_urls, index_proposals, search, edition)
    try:
        paths = collect_sources(sources, stdin=sys.stdin, follow_symlinks=follow_symlinks,
                                registers=registers)
    except InputError as error:  # a source that does not exist is a usage error
        raise click.UsageError(str(error)) from error
    if not paths:
        raise click.UsageError(f"no pages (*.txt) or TEI files (*.xml) in {', '.join(sources)}; "
                               "nothing to build")
    as_json = json_lines or not sys.stdout.isatty()
    try:
        with _progress(len(paths), as_json) as on_progress:
            summary = run_build(paths, outdir, registers=registers, jobs=jobs, force=force,
                                fail_fast=fail_fast, executor=executor, scheduler=scheduler,
                                on_progress=on_progress, page_timeout=page_timeout or None,
                                max_page_bytes=int(max_page_mb * 1e6) or None,
                                follow_symlinks=follow_symlinks, wait=wait,
                                cluster_timeout=cluster_timeout, edition=edition,
                                tei_schema=tei_schema, site=site,
                                search_bundle_pages=search_bundle_pages)
    except (InputError, RegisterError) as error:  # registers, output folder: the build's setup
        raise click.UsageError(str(error)) from error
    _print_warnings(summary.register_warnings)
    _print_warnings(summary.site_warnings)
    click.echo(summary.describe(), err=True)
    sys.exit(EXIT_USAGE if summary.error else EXIT_OK if summary.ok else EXIT_INVALID)


#: How many failed pages the build names on standard error (report.json has them all).
FAILURES_SHOWN = 10


@contextmanager
def _progress(total: int, as_json: bool) -> Iterator[Callable[[Any], None]]:
    """A progress callback: JSON lines on stdout, or a bar with rate and ETA;
    once the build is over, why its first failed pages failed, on stderr."""
    failures: list[str] = []
    failed = [0]

    def note(result: Any) -> None:
        if result.status == "failed":
            failed[0] += 1
            errors = [p for p in result.problems if p.get("severity") == "error"]
            if errors and len(failures) < FAILURES_SHOWN:
                failures.append(str(Diagnostic(**errors[0])))

    if as_json:
        def report(result: Any) -> None:
            note(result)
            click.echo(json.dumps(result.to_dict(), ensure_ascii=False))

        yield report
    else:
        started, done = time.perf_counter(), [0]

        def rate(_: object) -> str:
            seconds = time.perf_counter() - started
            return f"{done[0] / seconds:.1f} pages/s" if done[0] and seconds > 0 else ""

        def advance(result: Any) -> None:
            note(result)
            done[0] += 1
            bar.update(1, result)

        with click.progressbar(length=total, label="building", show_eta=True, show_pos=True,
                               item_show_func=rate, file=sys.stderr) as bar:
            yield advance
    for failure in failures:
        click.echo(failure, err=True)
    if failed[0] > len(failures):
        click.echo(f"… and {failed[0] - len(failures)} more failed page(s): see report.json",
                   err=True)


if __name__ == "__main__":  # pragma: no cover
    main(prog_name="teiencode")
