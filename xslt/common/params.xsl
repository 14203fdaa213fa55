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

  <te:doc param="site-title" type="xs:string" output="site">
    The heading of the corpus index page (default "Documents").
  </te:doc>
  <xsl:param name="site-title" as="xs:string" select="'Documents'"/>

  <te:doc param="index-href" type="xs:string" output="html">
    Address of the corpus index page, relative to the edition (e.g. "index.html");
    when set, the edition links back to it. Empty (default): no link.
  </te:doc>
  <xsl:param name="index-href" as="xs:string" select="''"/>
</xsl:stylesheet>
