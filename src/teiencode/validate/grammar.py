"""RELAX NG grammars rewritten so that libxml2 compiles them, meaning unchanged.

libxml2 (``lxml.etree.RelaxNG``) runs for minutes, or never finishes,
compiling the grammar the TEI Stylesheets generate from a customisation that
keeps some elements of a module: every element left out becomes a
``<define>`` of ``<notAllowed/>``, every class left empty an ``<empty/>``,
and content models end up with ``<zeroOrMore><empty/></zeroOrMore>`` and
one-child ``<choice>``/``<group>`` wrappers, which its automata loop on.
:func:`simplify` applies RELAX NG's own simplification rules to them
(ISO/IEC 19757-2, 4.19 and 4.20) until none applies:

- a reference to a ``define`` that is only ``notAllowed`` is ``notAllowed``;
  ``notAllowed`` is dropped from a choice, makes an ``optional`` or
  ``zeroOrMore`` ``empty``, and makes any group-like parent (group,
  interleave, oneOrMore, element, attribute, list, mixed, a define's
  content) ``notAllowed``;
- ``empty`` is dropped beside other patterns of a group-like parent; a
  repetition or ``optional`` of ``empty`` is ``empty``; a choice keeps one;
- a repetition of a repetition is one repetition;
- a ``choice`` or ``group`` with one child is that child, one inside another
  of its kind is merged into it, and an alternative given twice is kept once.

jing with the original grammar and lxml with the rewritten one give the same
verdicts (tests/unit/test_validate_grammar.py; also checked by hand on 80
encoded shared pages, for teiencode.rng and tei_all.rng).
"""

from __future__ import annotations

from lxml import etree

RNG_NS = "http://relaxng.org/ns/structure/1.0"
_R = f"{{{RNG_NS}}}"
_NOT_ALLOWED, _EMPTY, _REF, _DEFINE = (_R + n for n in ("notAllowed", "empty", "ref", "define"))
_CHOICE, _GROUP = _R + "choice", _R + "group"
_REPEATS = {_R + "oneOrMore", _R + "zeroOrMore"}
_OPTIONAL = {_R + "optional", _R + "zeroOrMore"}
_GROUP_LIKE = {_GROUP, _R + "interleave", _R + "oneOrMore", _R + "element", _R + "attribute",
               _R + "list", _R + "mixed", _DEFINE}
_SEQUENCES = {_GROUP, _R + "oneOrMore", _R + "zeroOrMore", _R + "optional", _DEFINE,
              _R + "element"}
_NAME_CLASSES = {_R + n for n in ("name", "anyName", "nsName", "choice")}


def simplify(tree: etree._ElementTree) -> etree._ElementTree:
    """``tree`` rewritten in place as the module docstring says; returned."""
    root = tree.getroot()
    while _not_allowed(root) | _empty(root) | _wrappers(root):
        pass
    return tree


def _patterns(element: etree._Element) -> list[etree._Element]:
    """The RELAX NG children of ``element`` (no annotations or comments)."""
    return [c for c in element if isinstance(c.tag, str) and c.tag.startswith(_R)]


def _content(element: etree._Element) -> list[etree._Element]:
    """The patterns of ``element``, without the name class of an element or attribute."""
    patterns = _patterns(element)
    if element.tag in (_R + "element", _R + "attribute") and element.get("name") is None:
        return patterns[1:]
    return patterns


def _replace(old: etree._Element, tag: str) -> None:
    parent = old.getparent()
    if parent is not None:
        new = etree.Element(tag)
        new.tail = old.tail
        parent.replace(old, new)


def _not_allowed(root: etree._Element) -> bool:
    changed = False
    defines: dict[str, list[etree._Element]] = {}
    for define in root.iter(_DEFINE):
        defines.setdefault(define.get("name", ""), []).append(define)
    dead = {name for name, found in defines.items()
            if len(found) == 1 and [p.tag for p in _patterns(found[0])] == [_NOT_ALLOWED]}
    for ref in list(root.iter(_REF)):
        if ref.get("name") in dead:
            _replace(ref, _NOT_ALLOWED)
            changed = True
    for pattern in list(root.iter(_NOT_ALLOWED)):
        parent = pattern.getparent()
        if parent is None or pattern not in _content(parent):
            continue
        if parent.tag == _CHOICE:
            parent.remove(pattern)
            if not _patterns(parent):
                _replace(parent, _NOT_ALLOWED)
        elif parent.tag in _OPTIONAL:
            _replace(parent, _EMPTY)
        elif parent.tag == _DEFINE and len(_patterns(parent)) > 1:
            for child in _patterns(parent):
                if child is not pattern:
                    parent.remove(child)
        elif parent.tag in _GROUP_LIKE and parent.tag != _DEFINE:
            _replace(parent, _NOT_ALLOWED)
        else:
            continue
        changed = True
    return changed


def _empty(root: etree._Element) -> bool:
    changed = False
    for pattern in list(root.iter(_EMPTY)):
        parent = pattern.getparent()
        if parent is None:
            continue
        content = _content(parent)
        if parent.tag in _REPEATS | {_R + "optional"} and len(content) == 1:
            _replace(parent, _EMPTY)
        elif (parent.tag in _SEQUENCES and len(content) > 1
              or parent.tag == _CHOICE and sum(c.tag == _EMPTY for c in content) > 1):
            parent.remove(pattern)
        else:
            continue
        changed = True
    return changed


def _wrappers(root: etree._Element) -> bool:
    changed = False
    for repeat in list(root.iter(*_REPEATS)):
        content = _patterns(repeat)
        if len(content) == 1 and content[0].tag in _REPEATS:
            inner = content[0]
            if inner.tag != repeat.tag:
                repeat.tag = _R + "zeroOrMore"
            _splice(repeat, inner)
            changed = True
    for wrapper in list(root.iter(_CHOICE, _GROUP)):
        parent = wrapper.getparent()
        if parent is None or parent.tag in _NAME_CLASSES - {_CHOICE} or _is_name_class(wrapper):
            continue
        if len(_patterns(wrapper)) == 1 or parent.tag == wrapper.tag:
            _splice(parent, wrapper)
            changed = True
        elif wrapper.tag == _CHOICE:
            seen: set[bytes] = set()
            for alternative in _patterns(wrapper):
                key = etree.tostring(alternative, with_tail=False)
                if key in seen:
                    wrapper.remove(alternative)
                    changed = True
                seen.add(key)
    return changed


def _is_name_class(choice: etree._Element) -> bool:
    """Whether a ``choice`` chooses names (of an element or attribute), not patterns."""
    parent = choice.getparent()
    return (choice.tag == _CHOICE and parent is not None
            and (parent.tag in (_R + "element", _R + "attribute", _R + "except")
                 and parent.get("name") is None and _patterns(parent)[:1] == [choice]
                 or parent.tag == _CHOICE and _is_name_class(parent)))


def _splice(parent: etree._Element, child: etree._Element) -> None:
    """Put ``child``'s children in its place in ``parent``."""
    at = parent.index(child)
    for offset, grandchild in enumerate(list(child)):
        parent.insert(at + offset, grandchild)
    parent.remove(child)
