<?xml version="1.0" encoding="UTF-8"?>
<!--
  The index of people, places and organisations (the standOff lists): name,
  other forms, authority links from idno, and the passages that name it, each
  once. People are sorted by surname. The entries of the register come first;
  those teiencode proposed (@cert or @resp) are listed apart, folded, as
  proposals. Included by html.xsl; context of te:index-section: tei:TEI.
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
        <xsl:call-template name="te:index-lists">
          <xsl:with-param name="entities" select="$entities[not(te:is-proposed(.))]"/>
        </xsl:call-template>
        <xsl:variable name="proposed" select="$entities[te:is-proposed(.)]"/>
        <xsl:if test="$proposed">
          <details class="proposals">
            <summary>Names teiencode proposed (<xsl:value-of select="count($proposed)"/>), not in the register</summary>
            <p class="index-note">Found in the text and identified by teiencode; an editor
              has not confirmed them (add them to a register to do so).</p>
            <xsl:call-template name="te:index-lists">
              <xsl:with-param name="entities" select="$proposed"/>
            </xsl:call-template>
          </details>
        </xsl:if>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="te:index-lists">
    <xsl:param name="entities" as="element()*"/>
    <xsl:for-each-group select="$entities" group-by="te:entity-kind(.)">
      <xsl:sort select="index-of(('person', 'place', 'org'), current-grouping-key())"/>
      <h3><xsl:value-of select="map {'person': 'People', 'place': 'Places',
                                     'org': 'Organisations'}(current-grouping-key())"/></h3>
      <ul class="entities">
        <xsl:apply-templates select="current-group()" mode="te:index-entry">
          <xsl:sort select="te:sort-key(.)"/>
        </xsl:apply-templates>
      </ul>
    </xsl:for-each-group>
  </xsl:template>

  <xsl:template match="*" mode="te:index-entry">
    <xsl:variable name="name" select="te:entity-name(.)"/>
    <xsl:variable name="mentions" select="te:mentions(string(@xml:id))"/>
    <xsl:variable name="forms" select="distinct-values(((tei:persName, tei:placeName, tei:orgName, tei:name),
                                       $mentions) ! normalize-space()[.])[. ne $name]"/>
    <li id="{@xml:id}" class="entity {te:entity-kind(.)}">
      <span class="entity-name"><xsl:value-of select="$name"/></span>
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
            <!-- each passage once, linking to the first mention in it -->
            <xsl:for-each-group select="$mentions" group-adjacent="(te:passage-of(.) ! te:passage-label(.), 'text')[1]">
              <xsl:if test="position() gt 1">, </xsl:if>
              <a class="occurrence" href="#{te:mention-id(.)}"><xsl:value-of select="current-grouping-key()"/></a>
            </xsl:for-each-group>
          </span>
        </xsl:when>
        <xsl:when test="not($turns)">
          <!-- a name only the title or the summary gives (the header's marks link it too) -->
          <xsl:variable name="pointer" select="'#' || @xml:id"/>
          <xsl:variable name="places" select="(if (/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title//*[@ref eq $pointer])
                                               then 'the title' else (),
                                               if (/tei:TEI/tei:teiHeader/tei:profileDesc/tei:abstract//*[@ref eq $pointer])
                                               then 'the summary' else ())"/>
          <span class="occurrences">
            <xsl:value-of select="if (exists($places)) then 'Named in ' || string-join($places, ' and ') || ' only.'
                                  else 'Not named in the text.'"/>
          </span>
        </xsl:when>
      </xsl:choose>
    </li>
  </xsl:template>
</xsl:stylesheet>
