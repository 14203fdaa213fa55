<?xml version="1.0" encoding="UTF-8"?>
<!--
  Entry stylesheet of the plain-text output.

  text-mode "round-trip" (default): the reading text of the body, blocks
  separated by blank lines, then the footnotes as "MARK text"; after
  whitespace normalisation it equals the page's body text, so nothing is lost.
  text-mode "reading": a header block (title, date, place, citation) first and
  every paragraph wrapped at wrap-width.

  What every element says comes from the common layer; the te:make-*
  templates here only lay it out as text.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:te="urn:teiencode"
    exclude-result-prefixes="#all">

  <xsl:import href="../common/core.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <!-- Blocks are separated by this; a paragraph never contains it. -->
  <xsl:variable name="te:block-break" as="xs:string" select="'&#10;&#10;'"/>

  <xsl:template match="/">
    <xsl:if test="not($text-mode = ('round-trip', 'reading'))">
      <xsl:sequence select="te:fail('TE-XSLT-3', 'text-mode ' || $text-mode
                            || ' is neither round-trip nor reading', ())"/>
    </xsl:if>
    <xsl:apply-templates select="*" mode="te:page"/>
  </xsl:template>

  <xsl:template match="*" mode="te:page">
    <xsl:sequence select="te:fail('TE-XSLT-2', 'the document element is ' || name()
                          || ', not TEI in the TEI namespace', .)"/>
  </xsl:template>

  <xsl:template match="tei:TEI" mode="te:page">
    <xsl:variable name="body" as="xs:string">
      <xsl:value-of separator="">
        <xsl:apply-templates select="tei:text/tei:body/node()"/>
      </xsl:value-of>
    </xsl:variable>
    <xsl:variable name="notes" select="te:footnotes(.) ! string-join((te:footnote-mark(.), te:note-text(.))[.], ' ')"/>
    <xsl:variable name="blocks" select="(tokenize($body, $te:block-break)[normalize-space()], $notes)"/>
    <xsl:choose>
      <xsl:when test="$text-mode eq 'reading'">
        <xsl:variable name="header" select="te:title(.),
            string-join((te:date-text(.), te:place(.)), ', ')[.],
            '',
            te:wrap('Cite as: ' || te:cite-chicago(., te:url($base-url, ())), $wrap-width)"/>
        <xsl:value-of select="string-join($header, '&#10;') || $te:block-break || $te:block-break
            || string-join($blocks ! te:wrap(., $wrap-width), $te:block-break) || '&#10;'"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="string-join($blocks ! te:trim-lines(.), $te:block-break) || '&#10;'"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The reading text of a footnote's content. -->
  <xsl:function name="te:note-text" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:variable name="text" as="xs:string">
      <xsl:value-of separator=""><xsl:apply-templates select="$note/node()"/></xsl:value-of>
    </xsl:variable>
    <xsl:sequence select="normalize-space($text)"/>
  </xsl:function>

  <!-- Strip the indentation whitespace the XML layout adds at line starts and ends. -->
  <xsl:function name="te:trim-lines" as="xs:string">
    <xsl:param name="block" as="xs:string"/>
    <xsl:variable name="lines" select="if (contains($block, '&#10;')) then tokenize($block, '&#10;') else $block"/>
    <xsl:sequence select="string-join($lines ! te:trim-end(te:trim-start(.))[.], '&#10;')"/>
  </xsl:function>

  <!-- A line without its leading or trailing whitespace. The regular
       expressions run only on the (few) lines that start or end with
       whitespace: Saxon-HE's cost tens of microseconds a call, and an
       unanchored '\s+$' an attempt at every space of the line. -->
  <xsl:function name="te:trim-start" as="xs:string">
    <xsl:param name="line" as="xs:string"/>
    <xsl:sequence select="if (normalize-space(substring($line, 1, 1)) or not($line)) then $line
                          else replace($line, '^\s+', '')"/>
  </xsl:function>

  <xsl:function name="te:trim-end" as="xs:string">
    <xsl:param name="line" as="xs:string"/>
    <xsl:sequence select="if (normalize-space(substring($line, string-length($line))) or not($line)) then $line
                          else replace($line, '\s+$', '')"/>
  </xsl:function>

  <!-- ======================================================== te:make-* as text -->

  <xsl:template name="te:make-block">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="number" as="xs:integer?"/>
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="content" as="node()*"/>
    <xsl:value-of select="$te:block-break"/>
    <xsl:apply-templates select="$content"/>
    <xsl:value-of select="$te:block-break"/>
  </xsl:template>

  <!-- A turn: the speaker label, a space (none when the label runs on: speaker/@rend="run-on"),
       the paragraphs as blocks of their own. -->
  <xsl:template name="te:make-turn">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="number" as="xs:integer"/>
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="who" as="xs:string?"/>
    <xsl:param name="speaker" as="node()*"/>
    <xsl:param name="speech" as="node()*"/>
    <xsl:variable name="speech-text" as="xs:string">
      <xsl:value-of separator=""><xsl:apply-templates select="$speech"/></xsl:value-of>
    </xsl:variable>
    <xsl:value-of select="$te:block-break"/>
    <xsl:apply-templates select="$speaker"/>
    <xsl:if test="not($speaker/../@rend = 'run-on')"><xsl:text> </xsl:text></xsl:if>
    <xsl:value-of select="te:trim-start($speech-text)"/>
    <xsl:value-of select="$te:block-break"/>
  </xsl:template>

  <xsl:template name="te:make-field">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="label" as="node()*"/>
    <xsl:param name="value" as="node()*"/>
    <xsl:param name="items" as="element(tei:item)*"/>
    <xsl:value-of select="$te:block-break"/>
    <xsl:apply-templates select="$label"/>
    <xsl:text> </xsl:text>
    <xsl:apply-templates select="$value"/>
    <xsl:for-each select="$items">
      <xsl:text>&#10;</xsl:text>
      <xsl:apply-templates/>
    </xsl:for-each>
    <xsl:value-of select="$te:block-break"/>
  </xsl:template>

  <xsl:template name="te:make-gap">
    <xsl:param name="mark" as="xs:string"/>
    <xsl:param name="explanation" as="xs:string"/>
    <xsl:value-of select="$mark"/>
  </xsl:template>

  <xsl:template name="te:make-inline">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="before" as="xs:string"/>
    <xsl:param name="after" as="xs:string"/>
    <xsl:param name="explanation" as="xs:string"/>
    <xsl:param name="content" as="node()*"/>
    <xsl:value-of select="$before"/>
    <xsl:apply-templates select="$content"/>
    <xsl:value-of select="$after"/>
  </xsl:template>

  <xsl:template name="te:make-mention">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="target" as="xs:string?"/>
    <xsl:param name="proposed" as="xs:boolean"/>
    <xsl:param name="content" as="node()*"/>
    <xsl:apply-templates select="$content"/>
  </xsl:template>

  <xsl:template name="te:make-note-ref">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="mark" as="xs:string"/>
    <xsl:param name="number" as="xs:integer"/>
    <xsl:param name="label" as="xs:string"/>
    <xsl:value-of select="$mark"/>
  </xsl:template>

  <!-- A page break between blocks is a block of its own. -->
  <xsl:template name="te:make-pb">
    <xsl:param name="mark" as="xs:string"/>
    <xsl:param name="n" as="xs:string"/>
    <xsl:variable name="between-blocks" select="exists(parent::tei:div | parent::tei:sp | parent::tei:body)"/>
    <xsl:value-of select="$te:block-break[$between-blocks], $mark, $te:block-break[$between-blocks]"
                  separator=""/>
  </xsl:template>

  <xsl:template name="te:make-foreign">
    <xsl:param name="lang" as="xs:string"/>
    <xsl:param name="content" as="node()*"/>
    <xsl:apply-templates select="$content"/>
  </xsl:template>
</xsl:stylesheet>
