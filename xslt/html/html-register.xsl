<?xml version="1.0" encoding="UTF-8"?>
<!--
  The index of people, places and organisations (the standOff lists): name,
  other forms, authority links from idno, and every occurrence in the text as
  a back-link. Entries the tool proposed (@cert or @resp) say so. Included by
  html.xsl; context of te:index-section: tei:TEI.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:te="urn:teiencode"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:template name="te:index-section">
    <xsl:variable name="entities" select="te:entities(.)"/>
    <xsl:if test="$entities">
      <section id="index" class="index" aria-labelledby="index-heading">
        <h2 id="index-heading">Index of people, places and organisations</h2>
        <p class="index-note">Each entry lists the names used in the text and links to every
          occurrence. Entries marked <span class="badge">proposed</span> were identified by
          teiencode and are not yet confirmed by an editor’s register.</p>
        <xsl:for-each-group select="$entities" group-by="te:entity-kind(.)">
          <xsl:sort select="index-of(('person', 'place', 'org'), current-grouping-key())"/>
          <h3><xsl:value-of select="map {'person': 'People', 'place': 'Places',
                                         'org': 'Organisations'}(current-grouping-key())"/></h3>
          <ul class="entities">
            <xsl:apply-templates select="current-group()" mode="te:index-entry">
              <xsl:sort select="lower-case(te:entity-name(.))"/>
            </xsl:apply-templates>
          </ul>
        </xsl:for-each-group>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template match="*" mode="te:index-entry">
    <xsl:variable name="name" select="te:entity-name(.)"/>
    <xsl:variable name="mentions" select="te:mentions(string(@xml:id))"/>
    <xsl:variable name="forms" select="distinct-values(((tei:persName, tei:placeName, tei:orgName, tei:name),
                                       $mentions) ! normalize-space()[.])[. ne $name]"/>
    <li id="{@xml:id}" class="entity{' proposed'[te:is-proposed(current())]}">
      <span class="entity-name"><xsl:value-of select="$name"/></span>
      <xsl:if test="te:is-proposed(.)">
        <xsl:text> </xsl:text>
        <span class="badge" title="Identified by teiencode{@cert ! (', certainty ' || .)}; not confirmed by a register">proposed</span>
      </xsl:if>
      <xsl:if test="exists($forms)">
        <span class="forms"> — also <xsl:value-of select="string-join($forms, '; ')"/></span>
      </xsl:if>
      <xsl:variable name="links" select="tei:idno[te:authority-url(.)]"/>
      <xsl:if test="$links">
        <span class="authority">
          <xsl:for-each select="$links">
            <xsl:text> </xsl:text>
            <a href="{te:authority-url(.)}" rel="external"><xsl:value-of select="te:authority-label(.)"/></a>
          </xsl:for-each>
        </span>
      </xsl:if>
      <xsl:for-each select="tei:note[normalize-space()], @role">
        <span class="entity-note">
          <xsl:value-of select="(if (self::attribute(role)) then 'Role: ' else '') || normalize-space()"/>
        </span>
      </xsl:for-each>
      <xsl:variable name="turns" select="te:turns(string(@xml:id))"/>
      <xsl:if test="$turns">
        <span class="occurrences">
          <xsl:text>Speaks in: </xsl:text>
          <xsl:for-each select="$turns">
            <xsl:if test="position() gt 1">, </xsl:if>
            <a class="turn-link" href="#{te:anchor(.)}"><xsl:value-of select="te:passage-label(.)"/></a>
          </xsl:for-each>
        </span>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="$mentions">
          <span class="occurrences">
            <xsl:text>Named in: </xsl:text>
            <xsl:for-each select="$mentions">
              <xsl:if test="position() gt 1">, </xsl:if>
              <a class="occurrence" href="#{te:mention-id(.)}">
                <xsl:value-of select="(te:passage-of(.) ! te:passage-label(.), 'text')[1]"/>
              </a>
            </xsl:for-each>
          </span>
        </xsl:when>
        <xsl:when test="not($turns)"><span class="occurrences">Not named in the text.</span></xsl:when>
      </xsl:choose>
    </li>
  </xsl:template>
</xsl:stylesheet>
