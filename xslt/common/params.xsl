<?xml version="1.0" encoding="UTF-8"?>
<!--
  Every parameter the teiencode stylesheets share, each with its documentation.

  Parameters are declared here and nowhere else (tests/unit/test_publish_xslt.py
  checks it). A profile or a caller changes behaviour by setting them, never by
  copying a template. Each te:doc names its parameter, type and the output it
  affects ("all", "html", "text", "site").
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:te="urn:teiencode"
    exclude-result-prefixes="#all">

  <te:doc param="base-url" type="xs:string" output="all">
    The address where the HTML edition is (or will be) published, e.g.
    "https://example.org/editions/1979-12-04.html". Used in citations (Chicago,
    CSL-JSON, BibTeX) and in passage links; empty means the citations carry no URL.
  </te:doc>
  <xsl:param name="base-url" as="xs:string" select="''"/>

  <te:doc param="text-mode" type="xs:string" output="text">
    "round-trip" (default): exactly the reading text of the body, then the
    footnotes, so that nothing of the page is lost; lines are not wrapped.
    "reading": a header block (title, date, citation) first and the lines wrapped
    at wrap-width for reading on screen or paper.
  </te:doc>
  <xsl:param name="text-mode" as="xs:string" select="'round-trip'"/>

  <te:doc param="wrap-width" type="xs:integer" output="text">
    Line length in characters of the "reading" text mode (default 72). Words
    longer than a line are not broken.
  </te:doc>
  <xsl:param name="wrap-width" as="xs:integer" select="72"/>

  <te:doc param="show-index" type="xs:boolean" output="html">
    Whether the edition ends with the index of people, places and organisations
    (default true).
  </te:doc>
  <xsl:param name="show-index" as="xs:boolean" select="true()"/>

  <te:doc param="show-citation" type="xs:boolean" output="html">
    Whether the edition has the "Cite this document" block (default true).
  </te:doc>
  <xsl:param name="show-citation" as="xs:boolean" select="true()"/>

  <te:doc param="site-title" type="xs:string" output="all">
    The name of the site or edition the documents are published in: the heading
    of the corpus index (default "Documents") and, when set, the website of the
    citations (CSL container-title, biblatex organization, citation_journal_title).
  </te:doc>
  <xsl:param name="site-title" as="xs:string" select="''"/>

  <te:doc param="css-href" type="xs:string" output="html">
    Address of the shared style sheet (the build writes "teiencode.css" beside
    the pages); empty (default): the CSS is inlined, so that one file works alone.
  </te:doc>
  <xsl:param name="css-href" as="xs:string" select="''"/>

  <te:doc param="file-stem" type="xs:string" output="html">
    The name the build gives the document's files (STEM.xml, STEM.txt beside
    STEM.html): when set, the edition links to its TEI and text for download.
  </te:doc>
  <xsl:param name="file-stem" as="xs:string" select="''"/>

  <te:doc param="source-url" type="xs:string" output="html">
    Address of the page the document was taken from (the archive's web page):
    shown and cited as the source. Empty (default): the TEI's own, if it has one.
  </te:doc>
  <xsl:param name="source-url" as="xs:string" select="''"/>

  <te:doc param="search-href" type="xs:string" output="html">
    Address of the site's search page, relative to the page; empty (default):
    no search link, and no search filters in the page.
  </te:doc>
  <xsl:param name="search-href" as="xs:string" select="''"/>

  <te:doc param="accessed" type="xs:string" output="html">
    The date the citations give as accessed (ISO, e.g. 2026-12-05); empty: none.
  </te:doc>
  <xsl:param name="accessed" as="xs:string" select="''"/>

  <te:doc param="index-href" type="xs:string" output="html">
    Address of the corpus index page, relative to the edition (e.g. "index.html");
    when set, the edition links back to it. Empty (default): no link.
  </te:doc>
  <xsl:param name="index-href" as="xs:string" select="''"/>

  <te:doc param="index-names" type="xs:string" output="site">
    Which names the corpus index lists: "register" (default) those not
    proposed by teiencode (taken from a register or an editor's TEI); "all"
    the proposals too; "none" no name (a build without a register, where no
    name is confirmed).
  </te:doc>
  <xsl:param name="index-names" as="xs:string" select="'register'"/>
</xsl:stylesheet>
