<?xml version="1.0" encoding="UTF-8"?>
<!--
  The CSS of the edition and of the corpus index: inlined into a page rendered
  alone, so that the file works alone and offline; written once as the site's
  teiencode.css by the build (publish.site_css), which the pages link to.
  Responsive (the description beside the text from 64rem, folded under it;
  one column under 48rem) and printable (no navigation, no link colours).
  Colours keep a contrast of at least 4.5:1 (WCAG AA).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:te="urn:teiencode"
    exclude-result-prefixes="#all">

  <xsl:variable name="te:base-css" as="xs:string" expand-text="no"><![CDATA[
:root { --ink: #1f1f1f; --muted: #555; --accent: #1a4f8b; --paper: #fff; --rule: #d5d5d5;
        --tint: #f4f1ea; --sans: system-ui, sans-serif; }
* { box-sizing: border-box; }
html { font-size: 100%; }
body { margin: 0; color: var(--ink); background: var(--paper);
       font: 1.0625rem/1.6 Georgia, "Times New Roman", serif; overflow-wrap: break-word; }
a { color: var(--accent); }
a:focus-visible, summary:focus-visible, input:focus-visible + label { outline: 3px solid var(--accent); outline-offset: 2px; }
.skip-link { position: absolute; left: -100vw; top: 0; background: var(--paper); padding: .5rem 1rem; }
.skip-link:focus { left: 0; z-index: 2; }
.sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
           clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
header.masthead, main, footer.colophon { max-width: 52rem; margin: 0 auto; padding: 0 1.25rem; }
header.masthead { padding-top: 1rem; }
h1 { font-size: 1.9rem; line-height: 1.25; margin: .25rem 0 .35rem; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 1rem; border-bottom: 1px solid var(--rule); padding-bottom: .25rem; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
.doc-type, .site-nav, .date-place { margin: 0; color: var(--muted); font-family: var(--sans); font-size: .95rem; }
.doc-type { text-transform: uppercase; letter-spacing: .06em; font-size: .8rem; }
.site-nav { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; margin-bottom: .75rem; }
dl { display: grid; grid-template-columns: minmax(8rem, 12rem) 1fr; gap: .35rem 1rem; margin: 0; }
dt { font-family: var(--sans); font-size: .9rem; color: var(--muted); }
dd { margin: 0; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--tint); padding: .75rem; font-size: .85rem; }
summary { cursor: pointer; font-family: var(--sans); }
footer.colophon { margin-top: 3rem; padding-bottom: 2rem; color: var(--muted); font-size: .9rem;
                  border-top: 1px solid var(--rule); }
.badge { font: .75rem var(--sans); border: 1px dashed #8a4b00; color: #7a4200; padding: 0 .35rem; border-radius: .25rem; }
@media (max-width: 48rem) {
  dl { grid-template-columns: 1fr; }
  dd { margin-bottom: .5rem; }
  h1 { font-size: 1.5rem; }
}
@media print {
  body { font-size: 11pt; }
  .skip-link, .site-nav, .mark-names, .mark-names + label, .legend { display: none; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; }
}
]]></xsl:variable>

  <xsl:variable name="te:edition-css" as="xs:string" expand-text="no"><![CDATA[
.page { max-width: 52rem; margin: 0 auto; }
.page main { padding: 0 1.25rem; }
.panel { padding: 0 1.25rem; font: .9rem/1.45 var(--sans); overflow-wrap: anywhere; }
.about { border-top: 1px solid var(--rule); border-bottom: 1px solid var(--rule); padding: .35rem 0; margin: .75rem 0 0; }
.about > summary h2 { display: inline; font: 600 .95rem var(--sans); border: 0; margin: 0; padding: 0; }
.panel dl { grid-template-columns: 1fr; gap: 0; margin: .5rem 0; }
.panel dt { margin-top: .5rem; font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; }
.panel dd { margin: 0; }
.panel .more { margin: .5rem 0; }
.panel .more > summary { font-size: .9rem; }
.actions { list-style: none; padding: 0; margin: .5rem 0 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
@media (min-width: 64rem) {
  .page { max-width: 76rem; display: grid; grid-template-columns: minmax(0, 1fr) 19rem; gap: 0 2rem;
          padding-left: 3rem; }
  .page main { grid-column: 1; grid-row: 1; padding: 0; margin: 0; max-width: 46rem; }
  .panel { grid-column: 2; grid-row: 1; padding: 0; }
  .about { position: sticky; top: 1rem; max-height: calc(100vh - 2rem); overflow-y: auto; margin-top: 2.2rem;
           border: 0; border-left: 1px solid var(--rule); padding: 0 0 0 1rem; }
  .about > summary { pointer-events: none; list-style: none; }
  .about > summary::-webkit-details-marker { display: none; }
  .about::details-content { content-visibility: visible; height: auto; }
  .edition header.masthead, .edition footer.colophon { max-width: 76rem; padding-left: 3rem; }
}
.text { position: relative; }
.text-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: .25rem .75rem; margin: 1.25rem 0 .75rem;
             border-bottom: 1px solid var(--rule); font: .85rem var(--sans); color: var(--muted); }
.text-head h2 { margin: 0 auto 0 0; font: 600 .85rem var(--sans); border: 0; padding: 0; text-transform: uppercase; letter-spacing: .06em; }
.legend { display: none; gap: .75rem; }
.mark-names:checked ~ .legend { display: inline-flex; }
.text p, .text .field { margin: 0 0 .9rem; }
.text h3 { text-align: center; font-weight: normal; letter-spacing: .04em; }
.dateline { text-align: right; font-style: italic; }
.signature { text-align: right; }
.classification { text-transform: uppercase; font-family: var(--sans); font-size: .9rem; }
.num { position: absolute; left: -3rem; width: 2.5rem; text-align: right; font: .75rem/2.2 var(--sans);
       color: var(--muted); text-decoration: none; }
.num:hover, .num:focus { color: var(--accent); text-decoration: underline; }
.sp { display: grid; grid-template-columns: 10rem 1fr; gap: 0 1.25rem; margin: 0 0 .9rem; }
.speaker { margin: 0; font-family: var(--sans); font-weight: 600; font-size: .95rem; line-height: 1.7; }
.speaker .who { color: var(--ink); text-decoration: none; }
.speaker .turn-num { position: static; display: block; width: auto; text-align: left; font-weight: normal; line-height: 1.2; }
.speech { border-left: 2px solid var(--rule); padding-left: 1rem; }
.speech p:last-child { margin-bottom: 0; }
.gap { color: var(--muted); white-space: nowrap; cursor: help; }
.supplied { font-style: italic; }
.supplied .delim, .gap { font-style: normal; }
[class^="note-"], [class*=" note-"] { color: #4a4a4a; font-family: var(--sans); font-size: .92em; }
.note-translator, .note-gloss, .note-editorial { background: var(--tint); }
.explain { font: 600 .7rem/1 var(--sans); vertical-align: super; margin-left: .1rem;
             padding: .05rem .3rem; border: 1px solid var(--muted); border-radius: 1rem; background: var(--paper);
             color: var(--muted); cursor: pointer; }
.explain:hover, .explain:focus { color: var(--accent); border-color: var(--accent); }
.explanation { max-width: 20rem; padding: .5rem .75rem; border: 1px solid var(--rule); border-radius: .25rem;
            font: .9rem/1.4 var(--sans); color: var(--ink); background: var(--paper);
            box-shadow: 0 .25rem 1rem rgba(0, 0, 0, .15); }
.note-ref { font-size: .75em; vertical-align: super; line-height: 0; }
.pb { color: var(--muted); font: .75rem var(--sans); border-left: 1px solid var(--rule); padding-left: .25rem; }
p.pb { border-left: 0; border-top: 1px dashed var(--rule); text-align: right; margin: 0 0 .9rem; }
.mention { color: inherit; text-decoration: none; text-underline-offset: .2em; text-decoration-thickness: 1px; }
a.mention:hover, a.mention:focus-visible { color: var(--accent); text-decoration-line: underline; }
.text:has(.mark-names:checked) .mention { text-decoration-line: underline; }
.mention.place { text-decoration-style: dotted; text-decoration-thickness: 2px; }
.mention.org { text-decoration-style: double; }
.text:has(.mark-names:checked) .mention.proposed::after, .legend .proposed::after { content: "?"; font: .7em var(--sans); vertical-align: super; }
:target { background: #fff3c4; scroll-margin-top: 1rem; }
.field-label { font-family: var(--sans); font-weight: 600; }
.field-items { margin: .25rem 0 0; }
.footnotes ol { list-style: none; padding: 0; }
.footnotes li { margin-bottom: .5rem; }
.fn-mark { font-family: var(--sans); }
.backlink { padding: 0 .25rem; }
.entities { list-style: none; padding: 0; }
.entities li { margin: 0 0 .75rem; }
.entity-name { font-weight: 600; }
.forms, .occurrences, .authority, .entity-note { font-size: .95rem; }
.entity-note { display: block; }
.occurrences { display: block; font-family: var(--sans); font-size: .85rem; color: var(--muted); }
.proposals > summary { margin: 1.5rem 0 .5rem; }
.index-note { font: .9rem var(--sans); color: var(--muted); }
.citation { background: var(--tint); padding: .75rem; overflow-wrap: anywhere; }
.participants { margin: 0; padding-left: 1.1rem; }
@media (max-width: 48rem) {
  .num { position: static; display: inline-block; width: auto; margin-right: .4rem; line-height: 1; }
  .sp { grid-template-columns: 1fr; }
  .speaker .turn-num { display: inline; margin-left: .5rem; }
  .speech { padding-left: .75rem; }
}
@media print {
  .page { display: block; max-width: none; padding: 0; }
  .about::details-content { content-visibility: visible; height: auto; }
  .num { color: var(--muted); }
  .cite details, .index-note, .explain, .actions { display: none; }
}
]]></xsl:variable>
</xsl:stylesheet>
