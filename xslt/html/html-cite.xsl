<?xml version="1.0" encoding="UTF-8"?>
<!--
  "Cite this document": the citation in Chicago style, as CSL-JSON (Zotero,
  citeproc) and as biblatex, and how to cite a passage by its anchor.
  Included by html.xsl; context of te:cite-section: tei:TEI.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:te="urn:teiencode"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <!-- "Cite this document": Chicago, CSL-JSON, biblatex, and how to cite a passage. -->
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
        <summary>biblatex (BibTeX syntax, for Zotero, JabRef, Biber)</summary>
        <pre class="bibtex"><xsl:value-of select="te:cite-bibtex(., $url)"/></pre>
      </details>
      <h3>Cite a passage</h3>
      <p>Every paragraph and turn has a number in the margin. The number links to the
        passage’s own address: the address of this page followed by the passage’s
        anchor<xsl:if test="$first-passage">, e.g. <code>#<xsl:value-of select="te:anchor($first-passage)"/></code></xsl:if>.
        A passage is cited like this:</p>
      <xsl:for-each select="$first-passage">
        <p class="citation passage-citation"><xsl:value-of select="te:passage-citation($te:cite-stem,
            te:passage-label(.), te:url($base-url, te:anchor(.)))"/></p>
      </xsl:for-each>
    </section>
  </xsl:template>
</xsl:stylesheet>
