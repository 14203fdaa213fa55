<?xml version="1.0" encoding="UTF-8"?>
<!--
  A TEI document's entry in the corpus index: a small XML element holding all
  the index (site/index.xsl) needs of the document, so that the index is
  rendered without reading the TEI again. The build makes one per page, in
  the worker that has the TEI at hand:

    <entry xmlns="urn:teiencode" title="…" date="1979-12-04" date-text="December 4, 1979"
           doc-type="…" summary="…" turns="3" gaps="1" names="12">
      <entity kind="person" key="#carter" name="Jimmy Carter" sort="carter jimmy carter">
        <authority href="https://www.wikidata.org/wiki/Q23685" label="Wikidata Q23685"/>
        <form>Carter</form>
        <at anchor="d1-sp2" label="speaks in Turn 2"/> <at anchor="mention-4" label="¶ 3"/>
      </entity>
    </entry>

  Anchors and passage labels are those of the HTML edition (common/functions.xsl);
  an entity's passages are listed once each. People sort by surname
  (te:sort-key). Which entities are listed is index-names' choice: by default
  not those teiencode proposed (not in a register); when they are, they carry
  proposed="true".
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:te="urn:teiencode"
    exclude-result-prefixes="#all">

  <xsl:import href="../common/params.xsl"/>
  <xsl:import href="../common/functions.xsl"/>

  <xsl:output method="xml" omit-xml-declaration="yes" indent="no"/>

  <xsl:template match="/">
    <xsl:apply-templates select="*"/>
  </xsl:template>

  <xsl:template match="*">
    <xsl:sequence select="te:fail('TE-XSLT-2', 'the document element is ' || name()
                          || ', not TEI in the TEI namespace', .)"/>
  </xsl:template>

  <xsl:template match="tei:TEI">
    <xsl:variable name="body" select="tei:text/tei:body"/>
    <te:entry title="{te:title(.)}">
      <xsl:for-each select="te:date-when(.)"><xsl:attribute name="date" select="."/></xsl:for-each>
      <xsl:for-each select="te:date-text(.)"><xsl:attribute name="date-text" select="."/></xsl:for-each>
      <xsl:for-each select="te:doc-type(.)"><xsl:attribute name="doc-type" select="."/></xsl:for-each>
      <xsl:for-each select="te:summary(.)"><xsl:attribute name="summary" select="."/></xsl:for-each>
      <xsl:attribute name="turns" select="count($body//tei:sp)"/>
      <xsl:attribute name="gaps" select="count($body//tei:gap)"/>
      <xsl:attribute name="names" select="count($body//(tei:persName | tei:placeName | tei:orgName))"/>
      <xsl:for-each select="te:entities(.)[$index-names = 'all'
                            or $index-names = 'register' and not(te:is-proposed(.))]">
        <xsl:variable name="name" select="te:entity-name(.)"/>
        <xsl:variable name="authorities" select="tei:idno[te:authority-url(.)]"/>
        <xsl:variable name="mentions" select="te:mentions(string(@xml:id))"/>
        <!-- Entities are one across documents when they share an authority id, else an
             xml:id (a register's); proposals, whose ids are made per document, when their
             names are the same but for case, spaces and punctuation ("A.I. MIKOYAN"). -->
        <te:entity kind="{te:entity-kind(.)}"
                   key="{($authorities[1] ! te:authority-url(.),
                          if (te:is-proposed(.)) then '~' || lower-case(replace($name, '\W+', ''))
                          else '#' || @xml:id)[1]}"
                   name="{$name}" sort="{te:sort-key(.)}">
          <xsl:if test="te:is-proposed(.)"><xsl:attribute name="proposed" select="'true'"/></xsl:if>
          <xsl:for-each select="$authorities">
            <te:authority href="{te:authority-url(.)}" label="{te:authority-label(.)}"/>
          </xsl:for-each>
          <xsl:for-each select="distinct-values(((tei:persName, tei:placeName, tei:orgName, tei:name),
                                $mentions) ! normalize-space()[.])[. ne $name]">
            <te:form><xsl:value-of select="."/></te:form>
          </xsl:for-each>
          <xsl:for-each select="te:turns(string(@xml:id))">
            <te:at anchor="{te:anchor(.)}" label="speaks in {te:passage-label(.)}"/>
          </xsl:for-each>
          <!-- each passage once, at the first mention in it -->
          <xsl:for-each-group select="$mentions" group-adjacent="(te:passage-of(.) ! te:passage-label(.), 'text')[1]">
            <te:at anchor="{te:mention-id(.)}" label="{current-grouping-key()}"/>
          </xsl:for-each-group>
        </te:entity>
      </xsl:for-each>
    </te:entry>
  </xsl:template>

</xsl:stylesheet>
