"""What a build publishes besides each page's files: the site's title, the
address it is published at, where each page came from, whether the corpus
index lists the names teiencode proposed, and whether it has a search. Turned
into the stylesheet parameters of each page (:meth:`SiteOptions.page_params`)
and of the corpus index (:meth:`SiteOptions.index_params`).

The source addresses come from a sidecar file, CSV or JSON, mapping page names
(the file names without ``.txt``, as the build names the outputs) to the web
page of the archive each was taken from::

    page,url
    1979-12-04_batmunkh-heng-samrin,https://digitalarchive.wilsoncenter.org/document/111234

    {"1979-12-04_batmunkh-heng-samrin": "https://digitalarchive.wilsoncenter.org/document/111234"}
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from ..errors import InputError

CSS_NAME = "teiencode.css"
SEARCH_NAME = "search.html"
INDEX_NAME = "index.html"


@dataclass(frozen=True)
class SiteOptions:
    """The site around the pages. ``base_url`` is the address of the output
    folder once published (``https://example.org/edition/``): each page's
    citations then carry its own address. ``accessed`` (ISO date) is given in
    the citations as the date accessed. ``source_urls`` maps page names to the
    archive's page of each. ``index_proposals``: the corpus index of names
    lists the names teiencode proposed too; ``registers``: the build links the
    names to registers (without, no name is confirmed, and the index lists
    none but with ``index_proposals``). ``search``: the build writes a
    full-text search (:mod:`.search`)."""

    title: str = ""
    base_url: str = ""
    accessed: str = ""
    source_urls: Mapping[str, str] = field(default_factory=dict, hash=False)
    index_proposals: bool = False
    search: bool = True
    registers: bool = True

    def page_params(self, name: str) -> dict[str, str | bool]:
        """The stylesheet parameters of the edition of page ``name``."""
        up = "../" * name.count("/")
        params: dict[str, str | bool] = {"index-href": up + INDEX_NAME, "css-href": up + CSS_NAME,
                                         "file-stem": name.rsplit("/", 1)[-1]}
        if self.search:
            params["search-href"] = up + SEARCH_NAME
        if self.title:
            params["site-title"] = self.title
        if self.base_url:
            params["base-url"] = self.base_url.rstrip("/") + "/" + quote(name) + ".html"
        if self.accessed:
            params["accessed"] = self.accessed
        if name in self.source_urls:
            params["source-url"] = self.source_urls[name]
        return params

    def entry_params(self) -> dict[str, str | bool]:
        """The stylesheet parameters of a page's entry in the corpus index."""
        if self.index_proposals:
            return {"index-names": "all"}
        return {} if self.registers else {"index-names": "none"}

    def index_params(self) -> dict[str, str | bool]:
        """The stylesheet parameters of the pages of the corpus index."""
        params: dict[str, str | bool] = {"css-href": CSS_NAME}
        if self.search:
            params["search-href"] = SEARCH_NAME
        if self.title:
            params["site-title"] = self.title
        return params

    def fingerprint(self) -> str:
        """What of these options the pages' outputs depend on (a change rebuilds them)."""
        return json.dumps([self.title, self.base_url, self.accessed, sorted(self.source_urls.items()),
                           self.index_proposals, self.search, self.registers])


def load_source_urls(path: str | Path) -> dict[str, str]:
    """The page → source address mapping of a CSV (columns ``page`` and
    ``url``) or JSON (an object) file; a ``.txt`` ending on a page name is
    dropped. Raises :class:`~teiencode.errors.InputError` for a file that
    cannot be read, is malformed or gives an address that is not http(s)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read the source addresses: {error}", file=str(path)) from error
    try:
        if path.suffix.lower() == ".json":
            data = json.loads(text)
            if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
                raise ValueError("a JSON object of page names to addresses is expected")
            pairs = list(data.items())
        else:
            rows = list(csv.DictReader(io.StringIO(text)))
            if rows and not {"page", "url"} <= set(rows[0]):
                raise ValueError("the CSV needs the columns page and url")
            pairs = [(row["page"] or "", row["url"] or "") for row in rows]
    except (ValueError, csv.Error) as error:
        raise InputError(f"malformed source addresses: {error}", file=str(path)) from error
    urls = {}
    for page, url in pairs:
        page, url = page.strip().removesuffix(".txt"), url.strip()
        if not url.lower().startswith(("http://", "https://")):
            raise InputError(f"the source address of {page!r} is not an http(s) URL: {url!r}",
                             file=str(path))
        urls[page] = url
    return urls
