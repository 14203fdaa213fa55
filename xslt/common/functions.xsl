<?xml version="1.0" encoding="UTF-8"?>
<!--
  te:* functions shared by every output: anchors and numbers, the strings a
  reader sees for editorial marks, header values, dates, and the citation
  strings (Chicago, CSL-JSON, biblatex). No output markup here: only values.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:array="http://www.w3.org/2005/xpath-functions/array"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:te="urn:teiencode"
    exclude-result-prefixes="#all">

  <!-- ================================================================ errors -->

  <!-- Stop with a coded error: "TE-XSLT-n message [path]". publish/xslt.py
       turns it into a PublishError carrying the code and the node's path.
       Declared item()* so that it may stand wherever a value is expected. -->
  <xsl:function name="te:fail" as="item()*">
    <xsl:param name="code" as="xs:string"/>
    <xsl:param name="message" as="xs:string"/>
    <xsl:param name="node" as="node()?"/>
    <xsl:sequence select="error(QName('urn:teiencode', $code),
        $code || ' ' || $message || (if ($node) then ' [' || te:path($node) || ']' else ''))"/>
  </xsl:function>

  <!-- A readable XPath of a node: /TEI/text[1]/body[1]/div[1]/p[3] -->
  <xsl:function name="te:path" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="string-join(
        for $n in $node/ancestor-or-self::* return
          '/' || local-name($n) || '[' || (count($n/preceding-sibling::*[node-name() eq node-name($n)]) + 1) || ']',
        '')"/>
  </xsl:function>

  <!-- ============================================================ body marks -->

  <!-- What an omission says: the mark as the source shows it, else "[…]". -->
  <xsl:function name="te:gap-mark" as="xs:string">
    <xsl:param name="gap" as="element(tei:gap)"/>
    <xsl:sequence select="if (string($gap/@rend)) then string($gap/@rend) else '[…]'"/>
  </xsl:function>

  <!-- Why an omission is there, in words, for hover text and screen readers. -->
  <xsl:function name="te:gap-explanation" as="xs:string">
    <xsl:param name="gap" as="element(tei:gap)"/>
    <xsl:variable name="reasons" select="map {
        'withheld': 'Passage withheld (not declassified) in the source',
        'illegible': 'Illegible in the source'}"/>
    <xsl:sequence select="($reasons(string($gap/@reason)), 'Passage omitted by the editors of the source')[1]"/>
  </xsl:function>

  <!-- Opening and closing delimiter of an inline note, from its @rend. -->
  <xsl:function name="te:note-delimiters" as="xs:string+">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:variable name="rend" select="string($note/@rend)"/>
    <xsl:sequence select="
        if ($rend = ('brackets', '')) then ('[', ']')
        else if ($rend eq 'parentheses') then ('(', ')')
        else if ($rend eq 'slashes') then ('/', '/')
        else if ($rend eq 'double-brackets') then ('[[', ']]')
        else te:fail('TE-XSLT-1', 'note/@rend ' || $rend || ' is none of brackets, parentheses, slashes, double-brackets', $note)"/>
  </xsl:function>

  <!-- What a note is, in words: "Translator's note", "Gloss" … -->
  <xsl:function name="te:note-label" as="xs:string">
    <xsl:param name="note" as="element()"/>
    <xsl:variable name="labels" select="map {
        'gloss': 'Gloss (expansion or translation)',
        'translator': 'Translator’s note',
        'remark': 'Remark of the note-taker',
        'stage': 'Description of an action',
        'stamp': 'Stamp on the original',
        'handwritten': 'Handwritten on the original',
        'emphasis': 'Note on emphasis',
        'sic': 'Thus in the original (sic)',
        'uncertain': 'Uncertain reading',
        'source-ellipsis': 'Ellipsis of the original',
        'editorial': 'Editorial note',
        'footnote': 'Footnote'}"/>
    <xsl:sequence select="($labels(string(($note/self::tei:seg/@subtype, $note/@type)[1])), 'Note')[1]"/>
  </xsl:function>

  <xsl:function name="te:is-footnote" as="xs:boolean">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="$note/@place = ('foot', 'end') or $note/@type eq 'footnote'"/>
  </xsl:function>

  <!-- The reference mark of a footnote as written ("[1]", "¹"); empty when the
       source has none (an output may then show its number, but never as text of the page). -->
  <xsl:function name="te:footnote-mark" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="string($note/@rend)"/>
  </xsl:function>

  <xsl:function name="te:footnote-number" as="xs:integer">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="te:number-of($note, $te:footnote-numbers)"/>
  </xsl:function>

  <xsl:function name="te:footnote-id" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="'fn-' || te:footnote-number($note)"/>
  </xsl:function>

  <!-- ============================================== passages, anchors, numbers -->

  <!-- Running numbers in document order through the body (an embedded text,
       as in floatingText, included, so that every anchor made from a number
       is unique): paragraphs and turns (the visible passage numbers),
       footnotes and mentions. Maps from generate-id(), built once per
       document (a map lookup is several times cheaper than Saxon-HE's
       accumulator-before). These global variables, like the lookup maps
       below, read the document being transformed: the global context item,
       which publish/xslt.py sets to the document it renders. -->
  <xsl:variable name="te:bodies" as="element(tei:body)*" select="//tei:body"/>
  <xsl:variable name="te:paragraph-numbers" as="map(xs:string, xs:integer)"
                select="te:positions($te:bodies//tei:p[not(ancestor::tei:note)])"/>
  <xsl:variable name="te:turn-numbers" as="map(xs:string, xs:integer)"
                select="te:positions($te:bodies//tei:sp)"/>
  <xsl:variable name="te:footnote-numbers" as="map(xs:string, xs:integer)"
                select="te:positions($te:bodies//tei:note[@place = ('foot', 'end') or @type = 'footnote'])"/>
  <xsl:variable name="te:mention-numbers" as="map(xs:string, xs:integer)"
                select="te:positions($te:bodies//(tei:persName | tei:placeName | tei:orgName))"/>

  <!-- generate-id() → position of each node of a sequence. -->
  <xsl:function name="te:positions" as="map(xs:string, xs:integer)">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:sequence select="map:merge($nodes ! map {generate-id(): position()})"/>
  </xsl:function>

  <!-- A node's running number (0 outside every body). -->
  <xsl:function name="te:number-of" as="xs:integer">
    <xsl:param name="node" as="node()"/>
    <xsl:param name="numbers" as="map(xs:string, xs:integer)"/>
    <xsl:sequence select="($numbers(generate-id($node)), 0)[1]"/>
  </xsl:function>

  <!-- The visible number of a passage: paragraphs and turns are counted apart,
       in document order, within the body. -->
  <xsl:function name="te:passage-number" as="xs:integer">
    <xsl:param name="passage" as="element()"/>
    <xsl:sequence select="if ($passage/self::tei:sp)
                          then te:number-of($passage, $te:turn-numbers)
                          else te:number-of($passage, $te:paragraph-numbers)"/>
  </xsl:function>

  <!-- "¶ 3" for a paragraph, "Turn 2" for a turn. -->
  <xsl:function name="te:passage-label" as="xs:string">
    <xsl:param name="passage" as="element()"/>
    <xsl:sequence select="
        if ($passage/self::tei:sp) then 'Turn ' || te:passage-number($passage)
        else if ($passage/self::tei:p) then '¶ ' || te:passage-number($passage)
        else if ($passage/self::tei:speaker) then te:passage-label($passage/..)
        else if ($passage/self::tei:head) then 'heading'
        else if ($passage/self::tei:dateline) then 'dateline'
        else string(($passage/@type, local-name($passage))[1])"/>
  </xsl:function>

  <!-- The anchor of an element: its xml:id, else a name made of its steps below
       the body ("te-div1-head2": the second head of the first div), unique and
       the same on every run. -->
  <xsl:function name="te:anchor" as="xs:string">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="if ($el/@xml:id) then string($el/@xml:id)
        else 'te-' || $te:anchor-paths(generate-id($el))"/>
  </xsl:function>

  <!-- The steps below the (outermost) body of every element, generate-id() →
       "div1-head2", made in one walk down each body when first needed, for the
       same reason as the numbers above. -->
  <xsl:variable name="te:anchor-paths" as="map(xs:string, xs:string)"
                select="map:merge($te:bodies[not(ancestor::tei:body)] ! te:child-paths(., ''))"/>

  <xsl:function name="te:child-paths" as="map(xs:string, xs:string)*">
    <xsl:param name="parent" as="element()"/>
    <xsl:param name="prefix" as="xs:string"/>
    <xsl:sequence select="
        for $name in distinct-values($parent/*/local-name())
        return $parent/*[local-name() eq $name] ! (
          let $path := $prefix || $name || position()
          return (map {generate-id(): $path}, te:child-paths(., $path || '-')))"/>
  </xsl:function>

  <!-- The passage a node of the body belongs to: the nearest paragraph, head, dateline, ab or
       speaker label: inside a body, as the node is (no element above the outermost body is one). -->
  <xsl:function name="te:passage-of" as="element()?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="$node/ancestor::*[self::tei:p or self::tei:head or self::tei:dateline
                          or self::tei:ab or self::tei:speaker][1]"/>
  </xsl:function>

  <!-- ================================================================ mentions -->

  <xsl:function name="te:is-mention" as="xs:boolean">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="exists($el[self::tei:persName or self::tei:placeName or self::tei:orgName]
                          [ancestor::tei:body])"/>
  </xsl:function>

  <!-- The stable anchor of a mention in the body: "mention-" and its number. -->
  <xsl:function name="te:mention-id" as="xs:string">
    <xsl:param name="mention" as="element()"/>
    <xsl:sequence select="'mention-' || te:number-of($mention, $te:mention-numbers)"/>
  </xsl:function>

  <!-- The entity id a pointer names: "#hanoi" → "hanoi" (first pointer only). -->
  <xsl:function name="te:target-id" as="xs:string?">
    <xsl:param name="pointer" as="attribute()?"/>
    <xsl:variable name="first" select="tokenize(normalize-space($pointer), ' ')[1]"/>
    <xsl:sequence select="if (starts-with($first, '#')) then substring($first, 2) else ()"/>
  </xsl:function>

  <xsl:function name="te:entity-kind" as="xs:string">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="
        if ($el/self::tei:person or $el/self::tei:persName or $el/self::tei:personGrp) then 'person'
        else if ($el/self::tei:place or $el/self::tei:placeName) then 'place'
        else 'org'"/>
  </xsl:function>

  <!-- The entity's name: its first name form. -->
  <xsl:function name="te:entity-name" as="xs:string">
    <xsl:param name="entity" as="element()"/>
    <xsl:sequence select="normalize-space(($entity/(tei:persName, tei:placeName, tei:orgName, tei:name))[1])"/>
  </xsl:function>

  <!-- How an entity is sorted in an index: a person by surname (the
       persName's surname, the part before a comma, else the last word), then
       by the whole name; other entities by name. Lower case. -->
  <xsl:function name="te:sort-key" as="xs:string">
    <xsl:param name="entity" as="element()"/>
    <xsl:variable name="name" select="te:entity-name($entity)"/>
    <!-- without a suffix or a description in brackets; the regular expression
         only where one may end the name (Saxon-HE's cost tens of microseconds) -->
    <xsl:variable name="bare" select="
        if (some $end in (')', 'Jr', 'Sr', 'Jr.', 'Sr.') satisfies ends-with($name, $end))
        then replace($name, '\s*(\(.*\)|,?\s+(Jr|Sr)\.?)$', '') else $name"/>
    <xsl:variable name="surname" select="
        if (not($entity/self::tei:person)) then ()
        else if ($entity/tei:persName[1]/tei:surname) then normalize-space($entity/tei:persName[1]/tei:surname[1])
        else if (contains($bare, ',')) then substring-before($bare, ',')
        else tokenize($bare)[last()]"/>
    <xsl:sequence select="lower-case(normalize-space(string-join(($surname, $name), ' ')))"/>
  </xsl:function>

  <!-- Proposed by the tool rather than taken from an editor's register. -->
  <xsl:function name="te:is-proposed" as="xs:boolean">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="exists($el/@cert) or exists($el/@resp)"/>
  </xsl:function>

  <!-- The web address of an authority identifier, or () for an unknown type. -->
  <xsl:function name="te:authority-url" as="xs:string?">
    <xsl:param name="idno" as="element(tei:idno)"/>
    <xsl:variable name="v" select="normalize-space($idno)"/>
    <xsl:variable name="bases" select="map {
        'wikidata': 'https://www.wikidata.org/wiki/',
        'viaf': 'https://viaf.org/viaf/',
        'geonames': 'https://www.geonames.org/',
        'gnd': 'https://d-nb.info/gnd/',
        'lcnaf': 'https://id.loc.gov/authorities/names/'}"/>
    <xsl:sequence select="if (te:is-web-address($v)) then $v
                          else $bases(lower-case($idno/@type)) ! (. || encode-for-uri($v))"/>
  </xsl:function>

  <!-- Whether a string is an http(s) address (without a regular expression:
       Saxon-HE's cost tens of microseconds a call). -->
  <xsl:function name="te:is-web-address" as="xs:boolean">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="starts-with($text, 'https://') or starts-with($text, 'http://')"/>
  </xsl:function>

  <!-- "Wikidata Q1858": the authority's name and the id, the last step of a URI
       ("http://www.wikidata.org/entity/Q1858", "https://sws.geonames.org/1581130/"). -->
  <xsl:function name="te:authority-label" as="xs:string">
    <xsl:param name="idno" as="element(tei:idno)"/>
    <xsl:variable name="names" select="map {'wikidata': 'Wikidata', 'viaf': 'VIAF',
        'geonames': 'GeoNames', 'gnd': 'GND', 'lcnaf': 'LC Name Authority'}"/>
    <xsl:variable name="v" select="normalize-space($idno)"/>
    <!-- the address's last step, if it has a path (without a regular expression: see above) -->
    <xsl:variable name="steps" select="if (te:is-web-address($v)) then tokenize($v, '/')[position() gt 3][.] else ()"/>
    <xsl:variable name="id" select="($steps[last()], $v)[1]"/>
    <xsl:sequence select="($names(lower-case($idno/@type)), string($idno/@type), 'Authority')[.][1]
                          || ' ' || $id"/>
  </xsl:function>

  <!-- ================================================================== header -->

  <!-- Header values depend on the document alone. cache="yes" lets Saxon-PE/EE
       compute each once per document; Saxon-HE, which teiencode runs, ignores it,
       so a value needed for every passage is computed once by its caller
       (e.g. te:cite-passage-stem). -->

  <xsl:function name="te:title" as="xs:string" cache="yes">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="titles" select="$tei/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title"/>
    <xsl:sequence select="normalize-space(($titles[@type = 'main'], $titles, 'Untitled document')[1])"/>
  </xsl:function>

  <xsl:function name="te:date-when" as="xs:string?" cache="yes">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="($tei/tei:teiHeader/tei:profileDesc/tei:creation/tei:date/(@when, @from, @notBefore))[1]
                          ! string()"/>
  </xsl:function>

  <!-- The document date for a reader: from @when ("December 4, 1979"), else as written. -->
  <xsl:function name="te:date-text" as="xs:string?" cache="yes">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="date" select="$tei/tei:teiHeader/tei:profileDesc/tei:creation/tei:date[1]"/>
    <xsl:variable name="when" select="te:date-when($tei)"/>
    <xsl:sequence select="if ($when) then te:format-date($when) else normalize-space($date)[.]"/>
  </xsl:function>

  <!-- An ISO date at its precision in words: 1979-12-04 → "December 4, 1979",
       1979-12 → "December 1979", 1979 → "1979"; anything else as it is. -->
  <xsl:variable name="te:months" as="xs:string+" select="('January', 'February', 'March',
      'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December')"/>

  <xsl:function name="te:format-date" as="xs:string" cache="yes">
    <xsl:param name="when" as="xs:string"/>
    <xsl:sequence select="
        if ($when castable as xs:date) then
          let $date := xs:date($when)
          return $te:months[month-from-date($date)] || ' ' || day-from-date($date) || ', '
                 || format-number(year-from-date($date), '0')
        else if ($when castable as xs:gYearMonth) then
          let $date := xs:date(replace($when, '^(-?\d+-\d+).*$', '$1-01'))
          return $te:months[month-from-date($date)] || ' ' || format-number(year-from-date($date), '0')
        else $when"/>
  </xsl:function>

  <!-- The year, month and day of an ISO date as integers (CSL "date-parts"). -->
  <xsl:function name="te:date-parts" as="xs:integer*">
    <xsl:param name="when" as="xs:string?"/>
    <xsl:variable name="year" select="substring($when, 1, 4)"/>
    <xsl:variable name="month" select="substring($when, 6, 2)[substring($when, 5, 1) eq '-' and te:is-digits(., 2)]"/>
    <xsl:variable name="day" select="substring($when, 9, 2)[exists($month) and substring($when, 8, 1) eq '-'
                                     and te:is-digits(., 2)]"/>
    <xsl:sequence select="if (te:is-digits($year, 4)) then ($year, $month, $day) ! xs:integer(.) else ()"/>
  </xsl:function>

  <!-- Whether a string is $length ASCII digits (a string test: Saxon-HE's regular
       expressions cost tens of microseconds a call). -->
  <xsl:function name="te:is-digits" as="xs:boolean">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="length" as="xs:integer"/>
    <xsl:sequence select="string-length($text) eq $length and translate($text, '0123456789', '') eq ''"/>
  </xsl:function>

  <xsl:function name="te:place" as="xs:string?" cache="yes">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="normalize-space($tei/tei:teiHeader/tei:profileDesc/tei:creation/tei:placeName[1])[.]"/>
  </xsl:function>

  <xsl:function name="te:archive" as="xs:string?" cache="yes">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="source" select="$tei/tei:teiHeader/tei:fileDesc/tei:sourceDesc"/>
    <xsl:sequence select="normalize-space(($source/tei:bibl[@type = 'archive'], $source/tei:bibl,
                          $source/tei:msDesc/tei:msIdentifier)[1])[.]"/>
  </xsl:function>

  <xsl:function name="te:record-id" as="xs:string?" cache="yes">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="normalize-space($tei/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:idno[@type = 'record'][1])[.]"/>
  </xsl:function>

  <xsl:function name="te:publisher" as="xs:string?" cache="yes">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="normalize-space($tei/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:publisher[1])[.]"/>
  </xsl:function>

  <!-- The publisher of the source (for citations): not the application that
       encoded the file, which the header may name as the file's publisher. -->
  <xsl:function name="te:source-publisher" as="xs:string?" cache="yes">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="applications" select="$tei/tei:teiHeader/tei:encodingDesc/tei:appInfo/tei:application
                                              /(@ident, tei:label) ! normalize-space()"/>
    <xsl:sequence select="te:publisher($tei)[not(. = $applications)]"/>
  </xsl:function>

  <!-- Credits as one sentence: "Obtained and translated by A with the assistance of B". -->
  <xsl:function name="te:credits" as="xs:string?" cache="yes">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="string-join($tei/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:respStmt
                          ! normalize-space(string-join((tei:resp, tei:persName, tei:orgName, tei:name), ' ')), ' ')[.]"/>
  </xsl:function>

  <!-- The people the header credits with the translation. -->
  <xsl:function name="te:translators" as="xs:string*" cache="yes">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="$tei/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:respStmt
                          [contains(lower-case(tei:resp), 'translat')]/(tei:persName, tei:name) ! normalize-space()"/>
  </xsl:function>

  <!-- The document type: the category of the "genre" taxonomy that textClass/catRef names. -->
  <xsl:function name="te:doc-type" as="xs:string?" cache="yes">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="category" select="$tei/tei:teiHeader/tei:profileDesc/tei:textClass
                                          /tei:catRef[@scheme = '#genre'][1]/substring-after(@target, '#')"/>
    <xsl:sequence select="normalize-space($tei/tei:teiHeader/tei:encodingDesc/tei:classDecl
                          /tei:taxonomy/tei:category[@xml:id = $category][1]/tei:catDesc)[.]"/>
  </xsl:function>

  <xsl:function name="te:summary" as="xs:string?" cache="yes">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="normalize-space(string-join($tei/tei:teiHeader/tei:profileDesc/tei:abstract, ' '))[.]"/>
  </xsl:function>

  <xsl:function name="te:rights" as="xs:string?" cache="yes">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="normalize-space(string-join($tei/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:availability, ' '))[.]"/>
  </xsl:function>

  <!-- ============================================================== citations -->

  <!-- A sentence ends with a full stop unless it already ends in punctuation. -->
  <xsl:function name="te:sentence" as="xs:string?">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:sequence select="if (not($text)) then () else if (matches($text, '[.!?]$')) then $text else $text || '.'"/>
  </xsl:function>

  <!-- The document's URL: base-url, else none. -->
  <xsl:function name="te:url" as="xs:string?">
    <xsl:param name="base-url" as="xs:string"/>
    <xsl:param name="anchor" as="xs:string?"/>
    <xsl:sequence select="if ($base-url) then $base-url || (if ($anchor) then '#' || $anchor else '') else ()"/>
  </xsl:function>

  <!-- The address of the archive's page of the document: the source-url
       parameter, else a web address the TEI's sourceDesc gives. -->
  <xsl:function name="te:source-url" as="xs:string?">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="($source-url[.], $tei/tei:teiHeader/tei:fileDesc/tei:sourceDesc
                          //(tei:ref/@target, tei:idno[@type = ('URI', 'URL')])
                          ! normalize-space()[te:is-web-address(.)])[1]"/>
  </xsl:function>

  <!-- The licence of the edition (availability/licence): its URL, else its text. -->
  <xsl:function name="te:licence" as="xs:string?">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="($tei/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:availability
                          /tei:licence/(@target, .) ! normalize-space())[.][1]"/>
  </xsl:function>

  <!-- The archive holding the original (its repository) and the place of the
       document in it (fonds, file …): as msIdentifier gives them, else the
       archive's bibl split at its first colon or comma ("State Archive, fond 5"). -->
  <xsl:function name="te:repository" as="xs:string?">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="(te:ms-identifier($tei)/tei:repository ! normalize-space(), te:archive-parts($tei)[1])[.][1]"/>
  </xsl:function>

  <xsl:function name="te:archive-location" as="xs:string?">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="(te:ms-identifier($tei)/tei:idno ! normalize-space(), te:archive-parts($tei)[2])[.][1]"/>
  </xsl:function>

  <xsl:function name="te:ms-identifier" as="element(tei:msIdentifier)?">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="$tei/tei:teiHeader/tei:fileDesc/tei:sourceDesc/tei:msDesc/tei:msIdentifier[1]"/>
  </xsl:function>

  <xsl:function name="te:archive-parts" as="xs:string*">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="archive" select="string(te:archive($tei))"/>
    <xsl:analyze-string select="$archive" regex="^([^:,]+)[:,]\s*(.+)$">
      <xsl:matching-substring><xsl:sequence select="regex-group(1), regex-group(2)"/></xsl:matching-substring>
      <xsl:non-matching-substring><xsl:sequence select="."/></xsl:non-matching-substring>
    </xsl:analyze-string>
  </xsl:function>

  <!-- The citation in Chicago style (notes-bibliography, an archival document
       consulted online): "Title." Date, Place. Archive. Credits. Publisher,
       record N. Source page. Site title. URL. Accessed date. -->
  <xsl:function name="te:cite-chicago" as="xs:string" cache="yes">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:param name="url" as="xs:string?"/>
    <!-- the publisher, unless the archive already names it (the default publisher is the repository) -->
    <xsl:variable name="source-publisher" select="te:source-publisher($tei)[not(contains(te:archive($tei), .))]"/>
    <xsl:variable name="publisher" select="string-join(($source-publisher,
        te:record-id($tei) ! ((if ($source-publisher) then 'record ' else 'Record ') || .)), ', ')"/>
    <xsl:sequence select="string-join((
        '“' || te:title($tei) || '.”',
        te:sentence(string-join((te:date-text($tei), te:place($tei)), ', ')[.]),
        te:sentence(te:archive($tei)),
        te:sentence(te:credits($tei)),
        te:sentence($publisher[.]),
        te:source-url($tei)[. ne $url] ! te:sentence('Source: ' || .),
        te:sentence($site-title[.]),
        te:sentence($url),
        $accessed[.] ! te:sentence('Accessed ' || te:format-date(.))), ' ')"/>
  </xsl:function>

  <!-- What every passage citation of a document starts with: "“Title,” Date, ".
       An output citing many passages computes it once (Saxon-HE ignores cache="yes"). -->
  <xsl:function name="te:cite-passage-stem" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="'“' || te:title($tei) || ',” ' || te:date-text($tei) ! (. || ', ')"/>
  </xsl:function>

  <!-- A passage citation from its parts: the document's stem, the passage's label and URL. -->
  <xsl:function name="te:passage-citation" as="xs:string">
    <xsl:param name="stem" as="xs:string"/>
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="url" as="xs:string?"/>
    <xsl:sequence select="$stem || string-join(($label, $url), ', ') || '.'"/>
  </xsl:function>

  <!-- The same metadata as a CSL-JSON item (a map; serialize with method json):
       an archival document ("manuscript") with its archive and place in it,
       the edition's site and publisher, its URL and the date accessed. -->
  <xsl:function name="te:cite-csl" as="map(*)">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:param name="url" as="xs:string?"/>
    <xsl:variable name="parts" select="te:date-parts(te:date-when($tei))"/>
    <xsl:variable name="accessed-parts" select="te:date-parts($accessed)"/>
    <xsl:sequence select="map:merge((
        map {'id': te:cite-key($tei), 'type': 'manuscript', 'title': te:title($tei)},
        if (exists($parts)) then map {'issued': map {'date-parts': [array {$parts}]}} else (),
        te:doc-type($tei) ! map {'genre': .},
        (te:repository($tei), te:archive($tei))[1] ! map {'archive': .},
        te:archive-location($tei) ! map {'archive_location': .},
        te:place($tei) ! map {'event-place': .},
        if (exists(te:translators($tei))) then
          map {'translator': array {te:translators($tei) ! map {'literal': .}}} else (),
        te:credits($tei) ! map {'note': .},
        te:summary($tei) ! map {'abstract': .},
        te:record-id($tei) ! map {'number': .},
        te:source-publisher($tei) ! map {'publisher': .},
        $site-title[.] ! map {'container-title': .},
        te:source-url($tei) ! map {'source': .},
        ($tei/@xml:lang)[1] ! map {'language': string(.)},
        $url ! map {'URL': .},
        if (exists($accessed-parts)) then map {'accessed': map {'date-parts': [array {$accessed-parts}]}} else ()))"/>
  </xsl:function>

  <!-- A citation key unique in a corpus and stable across builds: the
       edition's id (the page's file name, publicationStmt/idno[@type='edition']),
       else "record-" and the archive's record id, else "doc-", the date and
       the title's first words. -->
  <xsl:function name="te:cite-key" as="xs:string" cache="yes">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="edition" select="normalize-space($tei/tei:teiHeader/tei:fileDesc
                                         /tei:publicationStmt/tei:idno[@type = 'edition'][1])"/>
    <xsl:sequence select="replace(
        if ($edition) then $edition
        else if (te:record-id($tei)) then 'record-' || te:record-id($tei)
        else 'doc-' || (te:date-when($tei), 'undated')[1] || '-'
             || string-join(tokenize(lower-case(te:title($tei)), '\W+')[.][position() le 4], '-'),
        '[^A-Za-z0-9_:-]', '-')"/>
  </xsl:function>

  <!-- Escape TeX's special characters in a BibTeX value (the regular
       expressions only where there is one: Saxon-HE's are slow). -->
  <xsl:function name="te:bibtex-escape" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="if (translate($text, '\{}%&amp;$#_~^', '') eq $text) then $text
                          else replace(replace(replace($text, '\\', '\\textbackslash '),
                          '([{}%&amp;$#_])', '\\$1'), '([~^])', '\\$1{}')"/>
  </xsl:function>

  <!-- The same metadata as a biblatex @misc entry (biblatex's fields only:
       date, urldate, langid, translator, organization, howpublished, …). -->
  <xsl:function name="te:cite-bibtex" as="xs:string" cache="yes">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:param name="url" as="xs:string?"/>
    <xsl:variable name="fields" as="xs:string*" select="
        ('title', '{' || te:bibtex-escape(te:title($tei)) || '}'),
        te:date-when($tei) ! ('date', .),
        if (exists(te:translators($tei))) then
          ('translator', string-join(te:translators($tei) ! ('{' || te:bibtex-escape(.) || '}'), ' and ')) else (),
        te:doc-type($tei) ! ('type', te:bibtex-escape(.)),
        te:place($tei) ! ('location', te:bibtex-escape(.)),
        te:archive($tei) ! ('howpublished', te:bibtex-escape(.)),
        te:source-publisher($tei) ! ('organization', te:bibtex-escape(.)),
        te:record-id($tei) ! ('number', te:bibtex-escape(.)),
        $site-title[.] ! ('titleaddon', te:bibtex-escape(.)),
        te:credits($tei) ! ('note', te:bibtex-escape(.)),
        te:source-url($tei) ! ('addendum', te:bibtex-escape('Source: ' || .)),
        ($tei/@xml:lang)[1] ! ('langid', string(.)),
        $url ! ('url', .),
        $accessed[.] ! ('urldate', .)"/>
    <xsl:sequence select="'@misc{' || te:cite-key($tei) || ',&#10;'
        || string-join(for $i in 1 to count($fields) idiv 2
             return '  ' || $fields[2 * $i - 1] || ' = {' || $fields[2 * $i] || '}', ',&#10;')
        || '&#10;}'"/>
  </xsl:function>

  <!-- =========================================================== lookups -->

  <!-- The entities of standOff and particDesc by xml:id (the first of an id),
       built once per document for the lookups of every mention (see below). -->
  <xsl:variable name="te:entities-by-id" as="map(xs:string, element())"
                select="map:merge((//tei:standOff//*[@xml:id] | //tei:particDesc//*[@xml:id])
                                  ! map {string(@xml:id): .})"/>

  <!-- An entity of standOff or particDesc by its xml:id. -->
  <xsl:function name="te:entity" as="element()?">
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="$te:entities-by-id($id)"/>
  </xsl:function>

  <!-- The turns each participant speaks and the mentions in the body that point
       at each entity (entity id → elements, in document order), built once per
       document from the body: an xsl:key would test its pattern on every node
       of the document, header and register included, which costs more than the
       lookups it serves. -->
  <xsl:variable name="te:turns-by-id" as="map(xs:string, element()*)"
                select="te:by-pointer(//tei:body//tei:sp/@who)"/>
  <xsl:variable name="te:mentions-by-id" as="map(xs:string, element()*)"
                select="te:by-pointer(//tei:body//(tei:persName | tei:placeName | tei:orgName)/@ref)"/>

  <!-- Elements by the ids their pointers name (who="#a #b" → a, b), in document
       order. Grouped, not merged with duplicates combined: combining appends to
       the key's sequence once per element, which is quadratic when thousands of
       mentions name one entity. -->
  <xsl:function name="te:by-pointer" as="map(xs:string, element()*)">
    <xsl:param name="pointers" as="attribute()*"/>
    <xsl:map>
      <xsl:for-each-group select="$pointers"
                          group-by="tokenize(normalize-space(.), ' ')[starts-with(., '#')] ! substring(., 2)">
        <xsl:map-entry key="current-grouping-key()" select="current-group() ! .."/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:function>

  <!-- The turns a participant speaks. -->
  <xsl:function name="te:turns" as="element()*">
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="$te:turns-by-id($id)"/>
  </xsl:function>

  <!-- The mentions in the body that point at an entity. -->
  <xsl:function name="te:mentions" as="element()*">
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="$te:mentions-by-id($id)"/>
  </xsl:function>

  <!-- The participants of the conversation (particDesc). -->
  <xsl:function name="te:participants" as="element()*">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="$tei/tei:teiHeader/tei:profileDesc/tei:particDesc//(tei:person, tei:personGrp)[@xml:id]"/>
  </xsl:function>

  <!-- Every entry of the document's register: participants, then the standOff lists. -->
  <xsl:function name="te:entities" as="element()*">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="te:participants($tei),
                          $tei/tei:standOff//(tei:person, tei:personGrp, tei:place, tei:org)[@xml:id]"/>
  </xsl:function>

  <!-- The footnotes of a document, in order. -->
  <xsl:function name="te:footnotes" as="element(tei:note)*">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="$tei/tei:text//tei:note[ancestor::tei:body][te:is-footnote(.)]"/>
  </xsl:function>

  <!-- ================================================================ text -->

  <!-- Wrap one paragraph of text into lines of at most $width characters
       (a longer word stands on its own line). Whitespace is normalised.
       Each word is emitted with what goes before it (nothing, a space or a
       line break), the column carried from word to word: linear in the words. -->
  <xsl:function name="te:wrap" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="width" as="xs:integer"/>
    <xsl:variable name="pieces" as="xs:string*">
      <xsl:iterate select="tokenize($text)">
        <xsl:param name="column" as="xs:integer?" select="()"/>
        <xsl:variable name="length" select="string-length(.)"/>
        <xsl:variable name="joins" select="exists($column) and $column + 1 + $length le $width"/>
        <xsl:sequence select="(if (empty($column)) then '' else if ($joins) then ' ' else '&#10;') || ."/>
        <xsl:next-iteration>
          <xsl:with-param name="column" select="if ($joins) then $column + 1 + $length else $length"/>
        </xsl:next-iteration>
      </xsl:iterate>
    </xsl:variable>
    <xsl:sequence select="string-join($pieces)"/>
  </xsl:function>
</xsl:stylesheet>
