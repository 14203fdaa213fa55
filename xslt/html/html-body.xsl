<?xml version="1.0" encoding="UTF-8"?>
<!--
  The text of the edition and its footnotes. The blocks themselves come from
  the common layer (core.xsl) through the te:make-* templates of html.xsl.
  Included by html.xsl; context of the named templates: tei:TEI.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:te="urn:teiencode"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:template name="te:text-section">
    <xsl:variable name="body" select="tei:text/tei:body"/>
    <!-- data-pagefind-body: what the site's search indexes (the text and its notes) -->
    <section id="text" class="text" aria-labelledby="text-heading" data-pagefind-body="">
      <xsl:if test="$body/@xml:lang and $body/@xml:lang != @xml:lang">
        <xsl:attribute name="lang" select="$body/@xml:lang"/>
      </xsl:if>
      <div class="text-head">
        <h2 id="text-heading">Text</h2>
        <!-- Names are marked only on demand: a checkbox the style sheet reads
             (no script); people, places and organisations differ by the line
             under them, not by colour alone. -->
        <xsl:if test="$body//(tei:persName | tei:placeName | tei:orgName)">
          <input type="checkbox" id="mark-names" class="mark-names"/>
          <label for="mark-names">Mark names</label>
          <span class="legend" aria-hidden="true">
            <span class="mention person">person</span>
            <span class="mention place">place</span>
            <span class="mention org">organisation</span>
            <span class="mention person proposed">proposed</span>
          </span>
        </xsl:if>
      </div>
      <xsl:apply-templates select="$body/node()"/>
    </section>
  </xsl:template>

  <!-- The footnotes at the end, each with a link back to its reference. -->
  <xsl:template name="te:footnote-section">
    <xsl:variable name="notes" select="te:footnotes(.)"/>
    <xsl:if test="$notes">
      <section id="notes" class="footnotes" aria-labelledby="notes-heading" data-pagefind-body="">
        <h2 id="notes-heading">Notes</h2>
        <ol>
          <xsl:for-each select="$notes">
            <xsl:variable name="id" select="te:footnote-id(.)"/>
            <li id="{$id}">
              <span class="fn-mark"><xsl:value-of select="(te:footnote-mark(.)[.], te:footnote-number(.))[1]"/></span>
              <xsl:text> </xsl:text>
              <xsl:apply-templates/>
              <xsl:text> </xsl:text>
              <a class="backlink" href="#ref-{$id}" role="doc-backlink"
                 aria-label="Back to the reference of footnote {te:footnote-number(.)}">↩</a>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
