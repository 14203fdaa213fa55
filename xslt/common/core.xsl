<?xml version="1.0" encoding="UTF-8"?>
<!--
  What each TEI element *says* to a reader, for every output.

  This layer decides the words and marks (an omission is its @rend or "[…]",
  supplied text is "[x]", a note is its content between the delimiters its
  @rend names, a footnote is its mark in place and its text at the end); each
  output decides how they look by implementing the te:make-* named templates:

    te:make-block    (kind, id, number, label, content)  a paragraph, heading, dateline, ab
    te:make-turn     (id, number, label, who, speaker, speech)
    te:make-field    (id, label, value, items)
    te:make-gap      (mark, explanation)
    te:make-inline   (kind, before, after, explanation, content)
    te:make-mention  (kind, id, target, proposed, content)
    te:make-note-ref (id, mark, number, label)
    te:make-pb       (mark, n)
    te:make-foreign  (lang, content)

  content, speaker, speech, label, value and items are the *source* nodes
  that go there: the output applies templates to them in place
  (<xsl:apply-templates select="$content"/>), so nothing is built twice.

  Text is never dropped: an element this layer does not know passes its
  content through.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:te="urn:teiencode"
    exclude-result-prefixes="#all">

  <xsl:import href="params.xsl"/>
  <xsl:import href="functions.xsl"/>

  <!-- Whitespace between blocks is layout, not text; inside mixed content it is kept. -->
  <xsl:strip-space elements="tei:TEI tei:teiHeader tei:text tei:body tei:back tei:front tei:div
                             tei:sp tei:list tei:standOff tei:listPerson tei:listPlace tei:listOrg"/>

  <!-- ================================================================ blocks -->

  <xsl:template match="tei:div">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="tei:p | tei:head | tei:dateline | tei:ab">
    <xsl:call-template name="te:make-block">
      <xsl:with-param name="kind" select="te:block-kind(.)"/>
      <xsl:with-param name="id" select="te:anchor(.)"/>
      <xsl:with-param name="number" select="if (self::tei:p) then te:passage-number(.) else ()"/>
      <xsl:with-param name="label" select="te:passage-label(.)"/>
      <xsl:with-param name="content" select="node()"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:ab[@type = 'field']">
    <xsl:call-template name="te:make-field">
      <xsl:with-param name="id" select="te:anchor(.)"/>
      <xsl:with-param name="label" select="tei:label"/>
      <xsl:with-param name="value" select="node() except (tei:label, tei:list)"/>
      <xsl:with-param name="items" select="tei:list/tei:item"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:label | tei:item">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="tei:sp">
    <xsl:call-template name="te:make-turn">
      <xsl:with-param name="id" select="te:anchor(.)"/>
      <xsl:with-param name="number" select="te:passage-number(.)"/>
      <xsl:with-param name="label" select="te:passage-label(.)"/>
      <xsl:with-param name="who" select="te:target-id(@who)"/>
      <xsl:with-param name="speaker" select="tei:speaker/node()"/>
      <xsl:with-param name="speech" select="* except tei:speaker"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:function name="te:block-kind" as="xs:string">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="if ($el/self::tei:ab) then ($el/@type, 'ab')[1] else local-name($el)"/>
  </xsl:function>

  <!-- =============================================================== inlines -->

  <xsl:template match="tei:gap">
    <xsl:call-template name="te:make-gap">
      <xsl:with-param name="mark" select="te:gap-mark(.)"/>
      <xsl:with-param name="explanation" select="te:gap-explanation(.)"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:supplied">
    <xsl:call-template name="te:make-inline">
      <xsl:with-param name="kind" select="'supplied'"/>
      <xsl:with-param name="before" select="'['"/>
      <xsl:with-param name="after" select="']'"/>
      <xsl:with-param name="explanation" select="'Supplied by the translator or editor'"/>
      <xsl:with-param name="content" select="node()"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:note">
    <xsl:variable name="delimiters" select="te:note-delimiters(.)"/>
    <xsl:call-template name="te:make-inline">
      <xsl:with-param name="kind" select="'note-' || (@type, 'note')[1]"/>
      <xsl:with-param name="before" select="$delimiters[1]"/>
      <xsl:with-param name="after" select="$delimiters[2]"/>
      <xsl:with-param name="explanation" select="te:note-label(.)"/>
      <xsl:with-param name="content" select="node()"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A footnote says its mark where it is referenced; its text comes at the end
       (te:footnotes). -->
  <xsl:template match="tei:note[te:is-footnote(.)]" priority="2">
    <xsl:call-template name="te:make-note-ref">
      <xsl:with-param name="id" select="te:footnote-id(.)"/>
      <xsl:with-param name="mark" select="te:footnote-mark(.)"/>
      <xsl:with-param name="number" select="te:footnote-number(.)"/>
      <xsl:with-param name="label" select="'Footnote ' || te:footnote-number(.)"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A note whose delimiters @rend cannot name: the delimiters are in the text. -->
  <xsl:template match="tei:seg[@type = 'note']">
    <xsl:call-template name="te:make-inline">
      <xsl:with-param name="kind" select="'note-' || (@subtype, 'note')[1]"/>
      <xsl:with-param name="before" select="''"/>
      <xsl:with-param name="after" select="''"/>
      <xsl:with-param name="explanation" select="te:note-label(.)"/>
      <xsl:with-param name="content" select="node()"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:persName | tei:placeName | tei:orgName">
    <xsl:call-template name="te:make-mention">
      <xsl:with-param name="kind" select="te:entity-kind(.)"/>
      <xsl:with-param name="id" select="te:mention-id(.)"/>
      <xsl:with-param name="target" select="te:target-id(@ref)[te:entity(.)]"/>
      <xsl:with-param name="proposed" select="te:is-proposed(.)"/>
      <xsl:with-param name="content" select="node()"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:foreign | tei:*[@xml:lang][not(self::tei:TEI)]" priority="-0.1">
    <xsl:call-template name="te:make-foreign">
      <xsl:with-param name="lang" select="string(@xml:lang)"/>
      <xsl:with-param name="content" select="node()"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:pb">
    <xsl:call-template name="te:make-pb">
      <xsl:with-param name="mark" select="string(@rend)"/>
      <xsl:with-param name="n" select="string(@n)"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Dates, speakers and any other element say their content. -->
  <xsl:template match="tei:*" priority="-1">
    <xsl:apply-templates/>
  </xsl:template>

</xsl:stylesheet>
