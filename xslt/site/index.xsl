<?xml version="1.0" encoding="UTF-8"?>
<!--
  The corpus index: index.html, and for a large corpus the further pages of
  documents and of names. Each page is rendered from one <site> element of
  index entries (made by site/entry.xsl), each with the address of its
  edition (href), and, when the index has more than one page, the navigation
  between them:
      <site xmlns="urn:teiencode" documents="20000" part="documents|names" label="…">
        <nav part="documents" href="index-2.html" label="2" current="true"/> …
        <entry href="1979-12-04_x.html" …>…</entry> …
      </site>
    Without <nav> the page is the whole index: the documents by date, then the
    combined index of names. A "documents" page lists its entries by date; a
    "names" page gives the combined index of the entities its entries carry.

  Documents are listed in date order, grouped by year (undated ones last),
  with title, type, counts (turns, gaps, names) and summary; the combined
  index lists people (by surname), places and organisations by initial, with
  links to each occurrence in the editions. Entities are the same entity
  across documents when they share an authority id, else an xml:id. No script.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:te="urn:teiencode"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:import href="../common/params.xsl"/>
  <xsl:import href="../common/functions.xsl"/>
  <xsl:include href="../html/html-style.xsl"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>

  <xsl:template match="/">
    <xsl:if test="not(te:site)">
      <xsl:sequence select="te:fail('TE-XSLT-2', 'the document element is ' || name(*)
                            || ', not site in the urn:teiencode namespace', *)"/>
    </xsl:if>
    <xsl:apply-templates select="te:site"/>
  </xsl:template>

  <!-- ============================================================= the pages -->

  <xsl:template match="te:site">
    <!-- A names page keeps the order it is given (the build sorts the whole index). -->
    <xsl:variable name="documents" as="element(te:entry)*">
      <xsl:perform-sort select="te:entry">
        <xsl:sort select="if (../@part = 'names') then () else empty(@date)"/>
        <xsl:sort select="if (../@part = 'names') then () else string(@date)"/>
        <xsl:sort select="if (../@part = 'names') then () else string(@title)"/>
      </xsl:perform-sort>
    </xsl:variable>
    <xsl:variable name="total" select="xs:integer((@documents, count($documents))[1])"/>
    <xsl:variable name="part" select="string((@part, 'all')[1])"/>
    <xsl:variable name="first-names" select="te:nav[@part = 'names'][1]/@href"/>
    <xsl:variable name="title" select="($site-title[.], 'Documents')[1]"/>
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="string-join(($title, @label), ' · ')"/></title>
        <meta name="generator" content="teiencode"/>
        <xsl:choose>
          <xsl:when test="$css-href"><link rel="stylesheet" href="{$css-href}"/></xsl:when>
          <xsl:otherwise><style><xsl:value-of select="$te:base-css || $te:index-css"/></style></xsl:otherwise>
        </xsl:choose>
      </head>
      <body class="corpus-index">
        <xsl:variable name="skip" select="map {'names': 'names', 'search': 'search'}($part)"/>
        <a class="skip-link" href="#{($skip, 'documents')[1]}">Skip to the <xsl:value-of select="($skip, 'documents')[1]"/></a>
        <header class="masthead">
          <h1><xsl:value-of select="$title"/></h1>
          <nav class="site-nav" aria-label="Index">
            <span><xsl:value-of select="$total || (if ($total eq 1) then ' document' else ' documents')"/></span>
            <xsl:choose>
              <xsl:when test="$part = 'all'"><a href="#names">Index of names</a></xsl:when>
              <xsl:when test="$part = 'names'"><a href="{te:nav[@part = 'documents'][1]/@href}">Documents by date</a></xsl:when>
              <xsl:when test="$part = 'search'"><a href="index.html">Documents by date</a> <a href="index.html#names">Index of names</a></xsl:when>
              <xsl:when test="$first-names"><a href="{$first-names}">Index of names</a></xsl:when>
            </xsl:choose>
            <xsl:if test="$search-href and $part ne 'search'"><a href="{$search-href}">Search</a></xsl:if>
          </nav>
        </header>
        <main>
          <xsl:if test="$part = 'search'">
            <xsl:call-template name="te:search"/>
          </xsl:if>
          <xsl:if test="$part = ('all', 'documents')">
            <section id="documents" aria-labelledby="documents-heading">
              <h2 id="documents-heading">Documents by date</h2>
              <xsl:call-template name="te:pager"><xsl:with-param name="part" select="'documents'"/></xsl:call-template>
              <xsl:call-template name="te:by-year"><xsl:with-param name="documents" select="$documents"/></xsl:call-template>
            </section>
          </xsl:if>
          <xsl:if test="$part = ('all', 'names')">
            <xsl:call-template name="te:combined-index">
              <xsl:with-param name="documents" select="$documents"/>
            </xsl:call-template>
          </xsl:if>
        </main>
        <footer class="colophon"><p>Generated by teiencode from the TEI P5 encodings of these documents.</p></footer>
        <xsl:if test="$part = 'search'">
          <script type="module"><xsl:value-of select="$te:search-script"/></script>
        </xsl:if>
      </body>
    </html>
  </xsl:template>

  <!-- The search page: a form (words, and filters by year, type and person
       that the script fills from the index) and the results, each opening its
       document at the passage found. Pagefind's index and API (the bundles
       pagefind/0/, pagefind/1/ … of the site's @bundles, merged), which the
       build writes, answer in the browser; the page needs script and a web
       server (any static one: browsers refuse script modules on file:
       addresses). -->
  <xsl:template name="te:search">
    <section id="search" aria-labelledby="search-heading" data-bundles="{(@bundles[normalize-space()], 'pagefind/0/')[1]}">
      <h2 id="search-heading">Search the documents</h2>
      <form class="search-form" role="search" action="search.html" method="get">
        <p class="search-words">
          <label for="q">Words or a phrase in quotation marks</label>
          <input type="search" id="q" name="q"/>
          <button type="submit">Search</button>
        </p>
        <p class="search-filters">
          <xsl:for-each select="'year', 'type', 'person'">
            <span>
              <label for="filter-{.}"><xsl:value-of select="map {'year': 'Year', 'type': 'Document type', 'person': 'Person'}(.)"/></label>
              <select id="filter-{.}" name="{.}" data-filter="{.}"><option value="">any</option></select>
            </span>
          </xsl:for-each>
        </p>
      </form>
      <p id="search-status" role="status">
        <noscript>The search needs JavaScript; the <a href="index.html">index</a> lists every document.</noscript>
      </p>
      <ol id="results" class="results"></ol>
    </section>
  </xsl:template>

  <!-- The documents in date order, grouped by year, with a line of links to the years. -->
  <xsl:template name="te:by-year">
    <xsl:param name="documents" as="element(te:entry)*"/>
    <xsl:variable name="years" as="element(te:year)*">
      <xsl:for-each-group select="$documents" group-adjacent="(substring(@date, 1, 4)[matches(., '^\d{4}$')], 'undated')[1]">
        <te:year key="{current-grouping-key()}" count="{count(current-group())}">
          <xsl:sequence select="current-group()"/>
        </te:year>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:if test="count($years) gt 1">
      <nav class="jumps" aria-label="Years">
        <ul>
          <xsl:for-each select="$years">
            <li><a href="#year-{@key}"><xsl:value-of select="@key"/></a> <span class="count">(<xsl:value-of select="@count"/>)</span></li>
          </xsl:for-each>
        </ul>
      </nav>
    </xsl:if>
    <xsl:for-each select="$years">
      <h3 id="year-{@key}" class="year"><xsl:value-of select="if (@key = 'undated') then 'Undated' else @key"/></h3>
      <ol class="documents">
        <xsl:apply-templates select="te:entry" mode="te:row"/>
      </ol>
    </xsl:for-each>
  </xsl:template>

  <!-- The links to the pages of one part of the index (none when it has one
       page); the names pages by kind. -->
  <xsl:template name="te:pager">
    <xsl:param name="part" as="xs:string"/>
    <xsl:variable name="pages" select="te:nav[@part = $part]"/>
    <xsl:if test="count($pages) gt 1">
      <nav class="pager" aria-label="{if ($part = 'names') then 'Pages of the index of names' else 'Pages of documents'}">
        <xsl:for-each-group select="$pages" group-adjacent="string(@kind)">
          <ul>
            <xsl:if test="current-grouping-key()">
              <li class="pager-kind"><xsl:value-of select="map {'person': 'People', 'place': 'Places', 'org': 'Organisations'}(current-grouping-key())"/>:</li>
            </xsl:if>
            <xsl:for-each select="current-group()">
              <li>
                <a href="{@href}">
                  <xsl:if test="@current = 'true'"><xsl:attribute name="aria-current" select="'page'"/></xsl:if>
                  <xsl:value-of select="@label"/>
                </a>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:for-each-group>
      </nav>
    </xsl:if>
  </xsl:template>

  <xsl:template match="te:entry" mode="te:row">
    <li data-date="{@date}">
      <span class="date">
        <xsl:choose>
          <xsl:when test="@date"><time datetime="{@date}"><xsl:value-of select="@date-text"/></time></xsl:when>
          <xsl:otherwise><xsl:value-of select="(@date-text, 'undated')[1]"/></xsl:otherwise>
        </xsl:choose>
      </span>
      <a class="doc-title" href="{@href}"><xsl:value-of select="@title"/></a>
      <span class="doc-kind">
        <xsl:value-of select="string-join((@doc-type, te:count(@turns, 'turn'), te:count(@gaps, 'gap'),
                              te:count(@names, 'name')), ' · ')"/>
      </span>
      <xsl:for-each select="@summary"><p class="summary"><xsl:value-of select="."/></p></xsl:for-each>
    </li>
  </xsl:template>

  <!-- "3 turns", "1 gap"; nothing for none. -->
  <xsl:function name="te:count" as="xs:string?">
    <xsl:param name="value" as="attribute()?"/>
    <xsl:param name="noun" as="xs:string"/>
    <xsl:sequence select="$value[. castable as xs:integer and xs:integer(.) gt 0]
                          ! (. || ' ' || $noun || (if (xs:integer(.) ne 1) then 's' else ''))"/>
  </xsl:function>

  <!-- People, places and organisations across the documents: entities of one
       kind and key are one entry, named by their first occurrence, with every
       other form the documents use; filed by initial (of the surname, for
       people), with a line of links to the initials. -->
  <xsl:template name="te:combined-index">
    <xsl:param name="documents" as="element(te:entry)*"/>
    <section id="names" aria-labelledby="names-heading">
      <h2 id="names-heading">Index of people, places and organisations</h2>
      <xsl:call-template name="te:pager"><xsl:with-param name="part" select="'names'"/></xsl:call-template>
      <xsl:if test="empty($documents/te:entity) and not(../@part = 'names')">
        <p class="index-note">No name of these documents is confirmed by a register. The
          names teiencode proposes are listed in each document, and here when the site is
          built with <code>--index-proposals</code>.</p>
      </xsl:if>
      <xsl:variable name="one-page" select="not(@part = 'names')"/>
      <xsl:for-each-group select="$documents/te:entity" group-by="@kind">
        <xsl:sort select="index-of(('person', 'place', 'org'), current-grouping-key())"/>
        <xsl:variable name="kind" select="current-grouping-key()"/>
        <h3 id="names-{$kind}"><xsl:value-of select="map {'person': 'People', 'place': 'Places', 'org': 'Organisations'}($kind)"/></h3>
        <xsl:variable name="entries" as="element(te:entity)*">
          <xsl:for-each-group select="current-group()" group-by="@key">
            <xsl:sort select="if ($one-page) then string(@sort) else ()"/>
            <xsl:sequence select="current-group()[1]"/>
          </xsl:for-each-group>
        </xsl:variable>
        <xsl:variable name="groups" select="current-group()"/>
        <xsl:if test="$one-page">
          <nav class="jumps" aria-label="{map {'person': 'People', 'place': 'Places', 'org': 'Organisations'}($kind)} by initial">
            <ul>
              <xsl:for-each-group select="$entries" group-adjacent="te:initial(@sort)">
                <li><a href="#names-{$kind}-{lower-case(current-grouping-key())}"><xsl:value-of select="current-grouping-key()"/></a></li>
              </xsl:for-each-group>
            </ul>
          </nav>
        </xsl:if>
        <xsl:for-each-group select="$entries" group-adjacent="te:initial(@sort)">
          <xsl:if test="$one-page">
            <h4 id="names-{$kind}-{lower-case(current-grouping-key())}" class="initial"><xsl:value-of select="current-grouping-key()"/></h4>
          </xsl:if>
          <ul class="entities">
            <xsl:for-each select="current-group()">
              <xsl:variable name="all" select="$groups[@key = current()/@key]"/>
              <li>
                <span class="entity-name"><xsl:value-of select="@name"/></span>
                <xsl:if test="every $e in $all satisfies $e/@proposed = 'true'">
                  <xsl:text> </xsl:text><span class="badge">proposed</span>
                </xsl:if>
                <xsl:variable name="forms" select="distinct-values($all/(te:form, @name))[. ne current()/@name]"/>
                <xsl:if test="exists($forms)">
                  <span class="forms"> — also <xsl:value-of select="string-join($forms, '; ')"/></span>
                </xsl:if>
                <xsl:for-each-group select="$all/te:authority" group-by="string(@href)">
                  <xsl:text> </xsl:text><a href="{@href}" rel="external"><xsl:value-of select="@label"/></a>
                </xsl:for-each-group>
                <ul class="occurrences-by-document">
                  <xsl:for-each select="$all">
                    <xsl:variable name="document" select="parent::te:entry"/>
                    <li>
                      <a href="{$document/@href}"><xsl:value-of select="$document/@title"/></a>
                      <xsl:if test="te:at">
                        <xsl:text>: </xsl:text>
                        <xsl:for-each select="te:at">
                          <xsl:if test="position() gt 1">, </xsl:if>
                          <a href="{$document/@href}#{@anchor}"><xsl:value-of select="@label"/></a>
                        </xsl:for-each>
                      </xsl:if>
                    </li>
                  </xsl:for-each>
                </ul>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:for-each-group>
      </xsl:for-each-group>
    </section>
  </xsl:template>

  <!-- The initial an index files a sort key under: A–Z (accents dropped), 0–9, or "Other". -->
  <xsl:function name="te:initial" as="xs:string">
    <xsl:param name="sort" as="xs:string?"/>
    <xsl:variable name="first" select="upper-case(substring(normalize-unicode(normalize-space($sort), 'NFKD'), 1, 1))"/>
    <xsl:sequence select="if (matches($first, '^[A-Z]$')) then $first
                          else if (matches($first, '^\d$')) then '0–9' else 'Other'"/>
  </xsl:function>

  <!-- The search page's script: Pagefind's API, its filters in the form, and
       each result linked to the passage (paragraph, turn, heading or footnote)
       that holds its first match, from the anchors Pagefind records. -->
  <xsl:variable name="te:search-script" as="xs:string" expand-text="no"><![CDATA[
const form = document.querySelector('.search-form');
const status = document.getElementById('search-status');
const list = document.getElementById('results');
const selects = Array.from(document.querySelectorAll('select[data-filter]'));
const PASSAGE = /^(p|div|h[1-6]|li)$/;
const bundles = document.getElementById('search').dataset.bundles.split(' ').filter(Boolean);
const here = new URL('.', location.href).pathname;
let pagefind;
try {
  pagefind = await import('./' + bundles[0] + 'pagefind.js');
  await pagefind.options({ baseUrl: here, excerptLength: 24 });
  for (const bundle of bundles.slice(1)) await pagefind.mergeIndex(here + bundle, { baseUrl: here });
} catch (error) {
  status.textContent = 'The search index cannot be loaded here (open the site through a web server).';
  throw error;
}
const filters = await pagefind.filters();
for (const select of selects) {
  const values = Object.keys(filters[select.dataset.filter] || {}).sort();
  for (const value of values) select.add(new Option(value, value));
}
function passage(data) {
  const first = Math.min(...data.locations);
  let found = '';
  for (const anchor of data.anchors) {
    if (anchor.location > first) break;
    if (PASSAGE.test(anchor.element) && anchor.id) found = anchor.id;
  }
  return found;
}
async function run() {
  const params = new URLSearchParams(location.search);
  const words = (params.get('q') || '').trim();
  document.getElementById('q').value = words;
  const chosen = {};
  for (const select of selects) {
    const value = params.get(select.name) || '';
    select.value = value;
    if (value) chosen[select.dataset.filter] = value;
  }
  if (!words && !Object.keys(chosen).length) { status.textContent = ''; return; }
  status.textContent = 'Searching…';
  const search = await pagefind.search(words || null, { filters: chosen });
  const results = await Promise.all(search.results.slice(0, 50).map((r) => r.data()));
  list.replaceChildren(...results.map((data) => {
    const item = document.createElement('li');
    const link = document.createElement('a');
    const anchor = words ? passage(data) : '';
    link.href = data.url + (anchor ? '#' + anchor : '');
    link.textContent = data.meta.title;
    link.className = 'result-title';
    item.append(link);
    if (data.meta.date) item.append(' · ' + data.meta.date);
    const excerpt = document.createElement('p');
    excerpt.innerHTML = data.excerpt;
    item.append(excerpt);
    return item;
  }));
  const count = search.results.length;
  status.textContent = count === 1 ? '1 document' : count + ' documents' + (count > 50 ? ' (the first 50 shown)' : '');
}
await run();
]]></xsl:variable>

  <xsl:variable name="te:index-css" as="xs:string" expand-text="no"><![CDATA[
.corpus-index main, .corpus-index header.masthead, .corpus-index footer.colophon { max-width: 64rem; }
.documents { list-style: none; padding: 0; margin: 0; }
.documents > li { padding: .5rem 0; border-bottom: 1px solid var(--rule); }
.documents .date { display: inline-block; min-width: 10.5rem; font: .9rem var(--sans); color: var(--muted); }
.doc-title { font-weight: 600; }
.doc-kind { display: block; color: var(--muted); font: .85rem var(--sans); }
.summary { margin: .25rem 0 0; font-size: .95rem; display: -webkit-box; -webkit-line-clamp: 2; line-clamp: 2;
           -webkit-box-orient: vertical; overflow: hidden; }
.jumps ul, .pager ul { list-style: none; padding: 0; margin: .25rem 0 .75rem; display: flex; flex-wrap: wrap;
                       gap: .25rem .75rem; font: .9rem var(--sans); }
.jumps .count { color: var(--muted); }
h3.year { position: sticky; top: 0; background: var(--paper); margin: 1.25rem 0 0; padding: .25rem 0; }
h4.initial { font: 600 1rem var(--sans); margin: 1rem 0 .25rem; }
.entities { list-style: none; padding: 0; }
.entities > li { margin-bottom: .75rem; }
.entity-name { font-weight: 600; }
.forms { font-size: .95rem; }
.occurrences-by-document { margin: .15rem 0 0; font-size: .9rem; }
.pager-kind { color: var(--muted); }
.pager [aria-current] { font-weight: 700; text-decoration: none; }
.index-note { font: .9rem var(--sans); color: var(--muted); }
.search-form p { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; font-family: var(--sans); }
.search-words label { flex-basis: 100%; }
.search-words input { flex: 1 1 16rem; font: inherit; padding: .35rem .5rem; }
.search-form button, .search-form select { font: inherit; padding: .3rem .5rem; }
.search-filters span { display: inline-flex; gap: .4rem; align-items: center; }
.search-filters select { max-width: 16rem; }
.results { padding-left: 1.25rem; }
.results li { margin-bottom: 1rem; font-family: var(--sans); font-size: .9rem; color: var(--muted); }
.result-title { font: 600 1.05rem Georgia, serif; }
.results p { color: var(--ink); margin: .25rem 0 0; }
@media (max-width: 48rem) {
  .documents .date { display: block; }
}
]]></xsl:variable>
</xsl:stylesheet>
