<?xml version="1.0" encoding="UTF-8"?>
<!--
  The site's shared style sheet, teiencode.css: the CSS of the editions and of
  the corpus index in one file, which the build writes once and every page
  links to (css-href). Any input document will do.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:te="urn:teiencode"
    exclude-result-prefixes="#all">

  <xsl:import href="index.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:template match="/">
    <xsl:value-of select="$te:base-css || $te:edition-css || $te:index-css"/>
  </xsl:template>
</xsl:stylesheet>
