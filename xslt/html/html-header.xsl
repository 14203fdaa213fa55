<?xml version="1.0" encoding="UTF-8"?>
<!--
  The teiHeader in the edition: <head> (title, description, citation meta tags
  that reference managers read), the masthead, "About this document" and
  "Cite this document". Included by html.xsl.
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
    <head>
      <meta charset="utf-8"/>
      <meta name="viewport" content="width=device-width, initial-scale=1"/>
      <title><xsl:value-of select="te:title(.)"/></title>
      <xsl:for-each select="te:summary(.)">
        <meta name="description" content="{.}"/>
      </xsl:for-each>
      <meta name="generator" content="teiencode"/>
      <!-- Highwire Press tags, read by Zotero and other reference managers -->
      <meta name="citation_title" content="{te:title(.)}"/>
      <xsl:variable name="date-parts" select="te:date-parts(te:date-when(.))"/>
      <xsl:if test="exists($date-parts)">
        <meta name="citation_date" content="{string-join($date-parts ! format-number(., '00'), '/')}"/>
      </xsl:if>
      <xsl:for-each select="te:publisher(.)">
        <meta name="citation_publisher" content="{.}"/>
      </xsl:for-each>
      <xsl:for-each select="te:url($base-url, ())">
        <meta name="citation_public_url" content="{.}"/>
      </xsl:for-each>
      <style><xsl:value-of select="$te:base-css || $te:edition-css"/></style>
    </head>
  </xsl:template>

  <xsl:template name="te:masthead">
    <header class="masthead">
      <xsl:if test="$index-href">
        <p class="breadcrumb"><a href="{$index-href}">All documents</a></p>
      </xsl:if>
      <xsl:for-each select="te:doc-type(.)">
        <p class="doc-type"><xsl:value-of select="."/></p>
      </xsl:for-each>
      <h1><xsl:value-of select="te:title(.)"/></h1>
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
    </header>
  </xsl:template>

  <!-- "About this document": every header value a reader or a scholar needs. -->
  <xsl:template name="te:about">
    <xsl:variable name="tei" select="."/>
    <xsl:variable name="header" select="tei:teiHeader"/>
    <xsl:variable name="text-lang" select="string(@xml:lang)"/>
    <xsl:variable name="languages" select="$header/tei:profileDesc/tei:langUsage/tei:language"/>
    <section id="about" class="about" aria-labelledby="about-heading">
      <h2 id="about-heading">About this document</h2>
      <dl>
        <xsl:sequence select="te:about-row('Date', te:date-text($tei))"/>
        <xsl:sequence select="te:about-row('Place', te:place($tei))"/>
        <xsl:sequence select="te:about-row('Document type', te:doc-type($tei))"/>
        <xsl:sequence select="te:about-row('Archive', te:archive($tei))"/>
        <xsl:for-each select="$header/tei:fileDesc/tei:sourceDesc/tei:bibl[@type = 'credits']">
          <xsl:sequence select="te:about-row('Credits', normalize-space())"/>
        </xsl:for-each>
        <xsl:for-each select="$header/tei:fileDesc/tei:titleStmt/tei:respStmt">
          <xsl:sequence select="te:about-row(normalize-space(tei:resp),
                                string-join((tei:persName, tei:orgName, tei:name) ! normalize-space(), ', '))"/>
        </xsl:for-each>
        <xsl:sequence select="te:about-row('Funding', normalize-space(string-join($header/tei:fileDesc/tei:titleStmt/tei:funder, '; '))[.])"/>
        <xsl:sequence select="te:about-row('Language of this text',
                              normalize-space(($languages[@ident = $text-lang])[1])[.])"/>
        <xsl:sequence select="te:about-row('Original language',
                              string-join($languages[@ident != $text-lang] ! normalize-space(), ', ')[.])"/>
        <xsl:sequence select="te:about-row('Publisher', te:source-publisher($tei))"/>
        <xsl:sequence select="te:about-row('Record ID', te:record-id($tei))"/>
        <xsl:sequence select="te:about-row('Rights', te:rights($tei))"/>
        <xsl:sequence select="te:about-row('Summary', te:summary($tei))"/>
        <!-- What the source page carried besides the document (notesStmt): shown,
             since the reader keeps every line it does not place in the text. -->
        <xsl:variable name="notes" select="$header/tei:fileDesc/tei:notesStmt/tei:note"/>
        <xsl:sequence select="te:about-row('Teaser on the page', normalize-space($notes[@type = 'teaser'][1])[.])"/>
        <xsl:sequence select="te:about-row('Uploaded', normalize-space($notes[@type = 'uploaded'][1])[.])"/>
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
      </dl>
    </section>
  </xsl:template>

  <xsl:function name="te:about-row" as="element()*">
    <xsl:param name="term" as="xs:string"/>
    <xsl:param name="value" as="xs:string?"/>
    <xsl:if test="$value">
      <dt><xsl:value-of select="$term"/></dt>
      <dd><xsl:value-of select="$value"/></dd>
    </xsl:if>
  </xsl:function>

  <!-- "Cite this document": Chicago, CSL-JSON, BibTeX, and how to cite a passage. -->
  <xsl:template name="te:cite-section">
    <xsl:variable name="url" select="te:url($base-url, ())"/>
    <xsl:variable name="first-passage" select="(tei:text/tei:body//(tei:sp, tei:p))[1]"/>
    <section id="cite" class="cite" aria-labelledby="cite-heading">
      <h2 id="cite-heading">Cite this document</h2>
      <p class="citation"><xsl:value-of select="te:cite-chicago(., $url)"/></p>
      <xsl:for-each select="tei:teiHeader/tei:fileDesc/tei:sourceDesc/tei:bibl[@type = 'citation']">
        <p>As the source cites it: <span class="suggested-citation"><xsl:value-of select="normalize-space()"/></span></p>
      </xsl:for-each>
      <details>
        <summary>CSL-JSON (for Zotero, citeproc)</summary>
        <pre class="csl-json"><xsl:value-of select="serialize(array {te:cite-csl(., $url)},
            map {'method': 'json', 'indent': true()})"/></pre>
      </details>
      <details>
        <summary>BibTeX</summary>
        <pre class="bibtex"><xsl:value-of select="te:cite-bibtex(., $url)"/></pre>
      </details>
      <h3>Cite a passage</h3>
      <p>Every paragraph and turn has a number in the margin. The number links to the
        passage’s own address: the address of this page followed by the passage’s
        anchor<xsl:if test="$first-passage">, e.g. <code>#<xsl:value-of select="te:anchor($first-passage)"/></code></xsl:if>;
        pointing at the number shows the passage’s citation, formed like this:</p>
      <xsl:for-each select="$first-passage">
        <p class="citation passage-citation"><xsl:value-of select="te:passage-citation($te:cite-stem,
            te:passage-label(.), te:url($base-url, te:anchor(.)))"/></p>
      </xsl:for-each>
    </section>
  </xsl:template>
</xsl:stylesheet>
