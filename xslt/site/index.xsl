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

  Documents are listed in date order, undated ones last (a small script adds
  sorting; the page works without it), with title, summary and counts (turns,
  gaps, mentions); the combined index lists people, places and organisations
  with links to each occurrence in the editions. Entities are the same entity
  across documents when they share an authority id, else an xml:id.
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

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="yes" include-content-type="no"/>

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
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="string-join(($site-title, @label), ' · ')"/></title>
        <meta name="generator" content="teiencode"/>
        <style><xsl:value-of select="$te:base-css || $te:index-css"/></style>
      </head>
      <body>
        <a class="skip-link" href="#{if ($part = 'names') then 'names' else 'documents'}">Skip to the <xsl:value-of select="if ($part = 'names') then 'names' else 'documents'"/></a>
        <header class="masthead">
          <h1><xsl:value-of select="$site-title"/></h1>
          <p class="date-place">
            <xsl:value-of select="$total || (if ($total eq 1) then ' document' else ' documents')"/>
            <xsl:text> · </xsl:text>
            <xsl:choose>
              <xsl:when test="$part = 'all'"><a href="#names">Index of names</a></xsl:when>
              <xsl:when test="$part = 'names'"><a href="{te:nav[@part = 'documents'][1]/@href}">Documents by date</a></xsl:when>
              <xsl:when test="$first-names"><a href="{$first-names}">Index of names</a></xsl:when>
            </xsl:choose>
          </p>
        </header>
        <main>
          <xsl:if test="$part = ('all', 'documents')">
            <section aria-labelledby="documents-heading">
              <h2 id="documents-heading">Documents by date</h2>
              <xsl:call-template name="te:pager"><xsl:with-param name="part" select="'documents'"/></xsl:call-template>
              <table id="documents">
                <caption class="sr-only">Documents in date order, with their counts</caption>
                <thead>
                  <tr>
                    <th scope="col" aria-sort="ascending" data-sort="date">Date</th>
                    <th scope="col">Document</th>
                    <th scope="col" class="count">Turns</th>
                    <th scope="col" class="count">Gaps</th>
                    <th scope="col" class="count">Names</th>
                  </tr>
                </thead>
                <tbody>
                  <xsl:apply-templates select="$documents" mode="te:row"/>
                </tbody>
              </table>
            </section>
          </xsl:if>
          <xsl:if test="$part = ('all', 'names')">
            <xsl:call-template name="te:combined-index">
              <xsl:with-param name="documents" select="$documents"/>
            </xsl:call-template>
          </xsl:if>
        </main>
        <footer class="colophon"><p>Generated by teiencode from the TEI P5 encodings of these documents.</p></footer>
        <xsl:if test="$part = ('all', 'documents')">
          <script><xsl:value-of select="$te:sort-script"/></script>
        </xsl:if>
      </body>
    </html>
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
    <tr data-date="{@date}">
      <td class="date">
        <xsl:choose>
          <xsl:when test="@date"><time datetime="{@date}"><xsl:value-of select="@date-text"/></time></xsl:when>
          <xsl:otherwise><xsl:value-of select="(@date-text, 'undated')[1]"/></xsl:otherwise>
        </xsl:choose>
      </td>
      <td>
        <a class="doc-title" href="{@href}"><xsl:value-of select="@title"/></a>
        <xsl:for-each select="@doc-type"><span class="doc-kind"> · <xsl:value-of select="."/></span></xsl:for-each>
        <xsl:for-each select="@summary"><p class="summary"><xsl:value-of select="."/></p></xsl:for-each>
      </td>
      <td class="count" data-label="Turns: "><xsl:value-of select="@turns"/></td>
      <td class="count" data-label=" · Gaps: "><xsl:value-of select="@gaps"/></td>
      <td class="count" data-label=" · Names: "><xsl:value-of select="@names"/></td>
    </tr>
  </xsl:template>

  <!-- People, places and organisations across the documents: entities of one
       kind and key are one entry, named by their first occurrence. -->
  <xsl:template name="te:combined-index">
    <xsl:param name="documents" as="element(te:entry)*"/>
    <section id="names" aria-labelledby="names-heading">
      <h2 id="names-heading">Index of people, places and organisations</h2>
      <xsl:call-template name="te:pager"><xsl:with-param name="part" select="'names'"/></xsl:call-template>
      <xsl:for-each-group select="$documents/te:entity" group-by="@kind">
        <xsl:sort select="index-of(('person', 'place', 'org'), current-grouping-key())"/>
        <h3><xsl:value-of select="map {'person': 'People', 'place': 'Places', 'org': 'Organisations'}(current-grouping-key())"/></h3>
        <ul class="entities">
          <xsl:for-each-group select="current-group()" group-by="@key">
            <xsl:sort select="if (../../@part = 'names') then () else string(@sort)"/>
            <li>
              <span class="entity-name"><xsl:value-of select="@name"/></span>
              <xsl:if test="every $e in current-group() satisfies $e/@proposed = 'true'">
                <xsl:text> </xsl:text><span class="badge">proposed</span>
              </xsl:if>
              <xsl:for-each-group select="current-group()/te:authority" group-by="string(@href)">
                <xsl:text> </xsl:text><a href="{@href}" rel="external"><xsl:value-of select="@label"/></a>
              </xsl:for-each-group>
              <ul class="occurrences-by-document">
                <xsl:for-each select="current-group()">
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
          </xsl:for-each-group>
        </ul>
      </xsl:for-each-group>
    </section>
  </xsl:template>


  <xsl:variable name="te:index-css" as="xs:string" expand-text="no"><![CDATA[
main, header.masthead, footer.colophon { max-width: 64rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .5rem .5rem .5rem 0; border-bottom: 1px solid var(--rule); }
th { font: 600 .9rem system-ui, sans-serif; }
th button { font: inherit; background: none; border: 0; padding: 0; color: var(--accent); cursor: pointer; text-decoration: underline; }
td.date { white-space: nowrap; font-family: system-ui, sans-serif; font-size: .9rem; }
.count { text-align: right; font-family: system-ui, sans-serif; font-variant-numeric: tabular-nums; }
.doc-title { font-weight: 600; }
.doc-kind { color: var(--muted); font-size: .9rem; }
.summary { margin: .25rem 0 0; font-size: .95rem; }
.entities { list-style: none; padding: 0; }
.entities > li { margin-bottom: .75rem; }
.entity-name { font-weight: 600; }
.occurrences-by-document { margin: .15rem 0 0; font-size: .9rem; }
.pager ul { list-style: none; padding: 0; margin: .25rem 0; display: flex; flex-wrap: wrap; gap: .25rem .75rem; font: .9rem system-ui, sans-serif; }
.pager-kind { color: var(--muted); }
.pager [aria-current] { font-weight: 700; text-decoration: none; }
.badge { font: .75rem system-ui, sans-serif; border: 1px dashed #8a4b00; color: #7a4200; padding: 0 .35rem; border-radius: .25rem; }
@media (max-width: 48rem) {
  thead { position: absolute; left: -100vw; }
  tr, td { display: block; border: 0; padding: 0; }
  tr { border-bottom: 1px solid var(--rule); padding: .75rem 0; }
  td.count { display: inline; text-align: left; }
  td.count::before { content: attr(data-label); }
}
]]></xsl:variable>

  <!-- Progressive enhancement: a button in the Date header reverses the order. -->
  <xsl:variable name="te:sort-script" as="xs:string" expand-text="no"><![CDATA[
(function () {
  var th = document.querySelector('th[data-sort="date"]');
  var body = document.querySelector('#documents tbody');
  if (!th || !body) return;
  var button = document.createElement('button');
  button.type = 'button';
  button.textContent = th.textContent;
  th.textContent = '';
  th.appendChild(button);
  button.addEventListener('click', function () {
    var ascending = th.getAttribute('aria-sort') !== 'ascending';
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.dataset.date, y = b.dataset.date;
      if (!x || !y) return (!x) - (!y);
      return ascending ? x.localeCompare(y) : y.localeCompare(x);
    });
    rows.forEach(function (row) { body.appendChild(row); });
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
  });
})();
]]></xsl:variable>
</xsl:stylesheet>
