"""The XML namespaces teiencode reads and writes, named once for every stage."""

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
XML_ID = f"{{{XML_NS}}}id"  # the xml:id attribute, as lxml names it
#: teiencode's own small formats: the corpus index's ``<site>`` and ``<entry>``
#: documents (``xslt/site/``) and the functions of its stylesheets.
SITE_NS = "urn:teiencode"
