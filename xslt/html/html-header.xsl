<?xml version="1.0" encoding="UTF-8"?>
<!--
  The teiHeader in the edition: <head> (title, description, the Highwire and
  Dublin Core meta tags that reference managers read, the style sheet), the
  masthead (the site's navigation with its slot for the previous and next
  documents, type, title, date and place) and "About this document", the
  panel beside the text. Included by html.xsl.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:te="urn:teiencode"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:include href="html-style.xsl"/>

  <!-- Context: tei:TEI. -->
  <xsl:template name="te:html-head">
    <xsl:variable name="tei" select="."/>
    <xsl:variable name="url" select="te:url($base-url, ())"/>
    <head>
      <meta charset="utf-8"/>
      <meta name="viewport" content="width=device-width, initial-scale=1"/>
      <title><xsl:value-of select="string-join((te:title(.), $site-title[.]), ' · ')"/></title>
      <xsl:for-each select="te:summary(.)">
        <meta name="description" content="{.}"/>
      </xsl:for-each>
      <meta name="generator" content="teiencode"/>
      <!-- Highwire Press and Dublin Core tags, read by Zotero and other reference managers -->
      <xsl:variable name="date-parts" select="te:date-parts(te:date-when(.))"/>
      <xsl:variable name="publisher" select="te:source-publisher(.)"/>
      <xsl:sequence select="te:meta('citation_title', te:title(.)),
          te:meta('citation_date', string-join($date-parts ! format-number(., '00'), '/')[.]),
          te:meta('citation_publisher', $publisher),
          te:meta('citation_journal_title', $site-title[.]),
          te:meta('citation_public_url', $url),
          te:meta('citation_language', string(@xml:lang)[.]),
          te:meta('DC.title', te:title(.)),
          te:meta('DC.date', te:date-when(.)),
          te:meta('DC.type', te:doc-type(.)),
          te:meta('DC.publisher', $publisher),
          te:translators(.) ! te:meta('DC.contributor', .),
          te:meta('DC.source', string-join((te:archive(.), te:source-url(.)), ', ')[.]),
          te:meta('DC.identifier', $url),
          te:meta('DC.rights', (te:licence(.), te:rights(.))[1]),
          te:meta('DC.language', string(@xml:lang)[.])"/>
      <xsl:choose>
        <xsl:when test="$css-href"><link rel="stylesheet" href="{$css-href}"/></xsl:when>
        <xsl:otherwise><style><xsl:value-of select="$te:base-css || $te:edition-css"/></style></xsl:otherwise>
      </xsl:choose>
    </head>
  </xsl:template>

  <xsl:function name="te:meta" as="element()?">
    <xsl:param name="name" as="xs:string"/>
    <xsl:param name="content" as="xs:string?"/>
    <xsl:for-each select="$content[.]">
      <meta name="{$name}" content="{.}"/>
    </xsl:for-each>
  </xsl:function>

  <!-- The title, the date and the place; above them the way around the corpus
       (the build fills in the previous and next documents, in date order). -->
  <xsl:template name="te:masthead">
    <header class="masthead">
      <xsl:if test="$index-href or $search-href">
        <nav class="site-nav" aria-label="Documents">
          <xsl:if test="$index-href"><a href="{$index-href}">All documents</a></xsl:if>
          <xsl:if test="$search-href"><a href="{$search-href}">Search</a></xsl:if>
          <xsl:comment>te:neighbours</xsl:comment>
          <xsl:comment>/te:neighbours</xsl:comment>
        </nav>
      </xsl:if>
      <xsl:for-each select="te:doc-type(.)">
        <p class="doc-type" data-pagefind-filter="type"><xsl:value-of select="."/></p>
      </xsl:for-each>
      <h1 data-pagefind-meta="title"><xsl:value-of select="te:title(.)"/></h1>
      <xsl:if test="te:date-text(.) or te:place(.)">
        <p class="date-place">
          <xsl:variable name="when" select="te:date-when(.)"/>
          <xsl:for-each select="te:date-text(.)">
            <time>
              <xsl:if test="$when castable as xs:date or $when castable as xs:gYearMonth
                            or $when castable as xs:gYear">
                <xsl:attribute name="datetime" select="$when"/>
              </xsl:if>
              <xsl:value-of select="."/>
            </time>
          </xsl:for-each>
          <xsl:if test="te:date-text(.) and te:place(.)"> · </xsl:if>
          <xsl:value-of select="te:place(.)"/>
        </p>
      </xsl:if>
      <xsl:if test="$search-href">
        <p hidden="">
          <span data-pagefind-filter="year"><xsl:value-of select="(te:date-parts(te:date-when(.))[1], 'undated')[1]"/></span>
          <span data-pagefind-meta="date"><xsl:value-of select="te:date-text(.)"/></span>
          <!-- the register's people the document names (not the names proposed) -->
          <xsl:for-each select="te:entities(.)[not(te:is-proposed(.))][te:entity-kind(.) eq 'person']">
            <span data-pagefind-filter="person"><xsl:value-of select="te:entity-name(.)"/></span>
          </xsl:for-each>
        </p>
      </xsl:if>
    </header>
  </xsl:template>

  <!-- "About this document": a compact panel beside the text (folded on a
       narrow screen): what the document is and where it comes from first, the
       rest of the header's values folded inside it. -->
  <xsl:template name="te:about">
    <xsl:variable name="tei" select="."/>
    <xsl:variable name="header" select="tei:teiHeader"/>
    <xsl:variable name="text-lang" select="string(@xml:lang)"/>
    <xsl:variable name="languages" select="$header/tei:profileDesc/tei:langUsage/tei:language"/>
    <xsl:variable name="notes" select="$header/tei:fileDesc/tei:notesStmt/tei:note"/>
    <aside class="panel" aria-labelledby="about-heading">
      <details id="about" class="about">
        <summary><h2 id="about-heading">About this document</h2></summary>
        <dl>
          <xsl:sequence select="te:about-row('Summary', te:summary($tei)),
                                te:about-row('Archive', te:archive($tei)),
                                te:about-row('Record ID', te:record-id($tei))"/>
          <xsl:for-each select="te:source-url($tei)">
            <dt>Source</dt>
            <dd><a href="{.}" rel="external"><xsl:value-of select="."/></a></dd>
          </xsl:for-each>
          <xsl:for-each select="$header/tei:fileDesc/tei:titleStmt/tei:respStmt">
            <xsl:sequence select="te:about-row(normalize-space(tei:resp),
                                  string-join((tei:persName, tei:orgName, tei:name) ! normalize-space(), ', '))"/>
          </xsl:for-each>
          <xsl:variable name="participants" select="te:participants($tei)"/>
          <xsl:if test="$participants">
            <dt>Participants</dt>
            <dd>
              <ul class="participants">
                <xsl:for-each select="$participants">
                  <xsl:choose>
                    <xsl:when test="$show-index">
                      <li><a href="#{@xml:id}"><xsl:value-of select="te:entity-name(.)"/></a></li>
                    </xsl:when>
                    <xsl:otherwise>
                      <li id="{@xml:id}"><xsl:value-of select="te:entity-name(.)"/></li>
                    </xsl:otherwise>
                  </xsl:choose>
                </xsl:for-each>
              </ul>
            </dd>
          </xsl:if>
          <xsl:sequence select="te:about-row('Language of this text',
                                normalize-space(($languages[@ident = $text-lang])[1])[.]),
                                te:about-row('Original language',
                                string-join($languages[@ident != $text-lang] ! normalize-space(), ', ')[.])"/>
        </dl>
        <details class="more">
          <summary>Rights and the source page</summary>
          <dl>
            <xsl:sequence select="te:about-row('Licence of this edition', te:licence($tei)),
                                  te:about-row('Rights', te:rights($tei)),
                                  te:about-row('Publisher', te:source-publisher($tei))"/>
            <xsl:for-each select="$header/tei:fileDesc/tei:sourceDesc/tei:bibl[@type = 'credits']">
              <xsl:sequence select="te:about-row('Credits', normalize-space())"/>
            </xsl:for-each>
            <xsl:sequence select="te:about-row('Funding', normalize-space(string-join($header/tei:fileDesc/tei:titleStmt/tei:funder, '; '))[.]),
                                  te:about-row('Teaser on the page', normalize-space($notes[@type = 'teaser'][1])[.]),
                                  te:about-row('Uploaded', normalize-space($notes[@type = 'uploaded'][1])[.])"/>
            <!-- What the source page carried besides the document (notesStmt): shown,
                 since the reader keeps every line it does not place in the text. -->
            <xsl:if test="$notes[@type = 'unassigned']">
              <dt>Other lines of the page</dt>
              <dd>
                <ul class="page-lines">
                  <xsl:for-each select="$notes[@type = 'unassigned']">
                    <li><xsl:value-of select="normalize-space()"/></li>
                  </xsl:for-each>
                </ul>
              </dd>
            </xsl:if>
            <xsl:sequence select="te:about-row('Encoded with', string-join(
                $header/tei:encodingDesc/tei:appInfo/tei:application ! normalize-space(string-join(
                  ((tei:label, @ident)[1], @version ! ('version ' || .)), ' ')), '; ')[.])"/>
          </dl>
        </details>
        <ul class="actions">
          <xsl:if test="$show-citation"><li><a href="#cite">Cite this document</a></li></xsl:if>
          <xsl:if test="$file-stem">
            <li><a href="{encode-for-uri($file-stem)}.xml" download="" type="application/tei+xml">TEI P5 (XML)</a></li>
            <li><a href="{encode-for-uri($file-stem)}.txt" download="" type="text/plain">Plain text</a></li>
          </xsl:if>
        </ul>
      </details>
    </aside>
  </xsl:template>

  <xsl:function name="te:about-row" as="element()*">
    <xsl:param name="term" as="xs:string"/>
    <xsl:param name="value" as="xs:string?"/>
    <xsl:if test="$value">
      <dt><xsl:value-of select="$term"/></dt>
      <dd><xsl:value-of select="$value"/></dd>
    </xsl:if>
  </xsl:function>

</xsl:stylesheet>
