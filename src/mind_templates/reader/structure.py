"""Check that a package hangs together the way python-docx and python-pptx assume, before they walk it.

The libraries trust the package: a `.rels` part whose root is not `Relationships`, a slide whose content
type says it is something else, a notes slide that is `<x/>`, a slide id naming no relationship, or a
Word main part declared as a presentation each end in an AttributeError or KeyError deep inside them.
Here each is found up front, from the zip and the XML alone, and gets a documented error code:

- the zip directory is the package's own (not that of a workbook embedded in a truncated file);
- every relationships part the libraries read has a `Relationships` root;
- the parts the libraries turn into objects (main document, slides, layouts, masters, notes, headers,
  footers, styles...) are internal, present, declared with their own content type, and have the root
  element of that type and the children the libraries take as given (w:body, p:cSld/p:spTree);
- every slide, master and notes-master id of a presentation names one of its relationships.

A file whose extension says the other kind (a Word document named .pptx) is read for what it holds;
`wrong_extension` tells the caller, which warns.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any, Iterator

from lxml import etree

from .. import ooxml
from ..errors import Phrase, UnreadableDocumentError
from ..i18n import N_
from ..ooxml import rels_member, resolve
from .errors import damaged, exception_detail, fail, malformed, shown
from .opc_walk import ContentTypes, Kind, read_rels
from .xml_prolog import parse_small
from .zip_limits import read_member

__all__ = [
    "check_container",
    "check_main_declared",
    "check_relationship_part",
    "check_structure",
    "invalid_xml",
    "library_xml_errors",
    "wrong_extension",
]

_P, _W, _R, _PML, _WML = ooxml.P, ooxml.W, ooxml.R, ooxml.PML, ooxml.WML
_CSLD = f"{{{_P}}}cSld"
_SPTREE = f"{{{_P}}}spTree"
_BODY = f"{{{_W}}}body"
_RT = ooxml.R + "/"

# Parts the libraries turn into objects, one row each: the name of its relationship type and content type,
# its markup, the namespace and local name of its root element, and what it is for people.
_PARTS = (
    ("slide", _PML, _P, "sld", N_("a slide")),
    ("slideLayout", _PML, _P, "sldLayout", N_("a slide layout")),
    ("slideMaster", _PML, _P, "sldMaster", N_("a slide master")),
    ("notesSlide", _PML, _P, "notes", N_("a notes page")),
    ("notesMaster", _PML, _P, "notesMaster", N_("a notes master")),
    ("handoutMaster", _PML, _P, "handoutMaster", N_("a handout master")),
    ("styles", _WML, _W, "styles", N_("the styles")),
    ("numbering", _WML, _W, "numbering", N_("the list numbering")),
    ("header", _WML, _W, "hdr", N_("a page header")),
    ("footer", _WML, _W, "ftr", N_("a page footer")),
    ("settings", _WML, _W, "settings", N_("the settings")),
    ("comments", _WML, _W, "comments", N_("the comments")),
    ("footnotes", _WML, _W, "footnotes", N_("the footnotes")),
    ("endnotes", _WML, _W, "endnotes", N_("the endnotes")),
)
# content type (lower case) -> (root element, what it is)
_PART_ROOTS: dict[str, tuple[str, str]] = {
    f"{markup}.{part}+xml".lower(): (f"{{{ns}}}{root}", what) for part, markup, ns, root, what in _PARTS
}
# (kind, relationship type) whose target the libraries load as one of the parts above -> the content type it
# must have. By kind: Word and PowerPoint share some relationship types (comments) but not the content types.
_REL_TARGETS: dict[tuple[str, str], str] = {
    ("docx" if markup == _WML else "pptx", _RT + part): f"{markup}.{part}+xml".lower() for part, markup, *_ in _PARTS
}
# The main part's root element and what it is, by kind (whatever its flavour: template, macro-enabled...).
_MAIN_ROOTS: dict[str, tuple[str, str]] = {
    "docx": (f"{{{_W}}}document", N_("a Word document")),
    "pptx": (f"{{{_P}}}presentation", N_("a PowerPoint presentation")),
}
# A presentation's id lists: python-pptx looks each r:id up among the presentation's relationships.
_PRESENTATION_IDS = {
    f"{{{_P}}}sldId": _RT + "slide",
    f"{{{_P}}}sldMasterId": _RT + "slideMaster",
    f"{{{_P}}}notesMasterId": _RT + "notesMaster",
    f"{{{_P}}}handoutMasterId": _RT + "handoutMaster",
}
# Slides, layouts, masters and notes: python-pptx requires their <p:cSld><p:spTree> (InvalidXmlError without);
# python-docx and our outline, a Word document's <w:body>.
_SHAPE_TREE_TYPES = frozenset(
    f"{_PML}.{name}+xml".lower() for name in ("slide", "slideLayout", "slideMaster", "notesSlide", "notesMaster")
)
_START_CHUNK = 4096  # the elements checked here come within the first kilobytes of a part
_EXTENSION_KINDS: dict[str, Kind] = {
    **dict.fromkeys((".docx", ".docm", ".dotx", ".dotm"), "docx"),
    **dict.fromkeys((".pptx", ".pptm", ".potx", ".potm", ".ppsx", ".ppsm"), "pptx"),
}


def check_container(zf: zipfile.ZipFile, name: str) -> None:
    """The zip directory must be the package's own: a package starts with its first entry.

    A truncated file has lost its directory at the end; zipfile then finds the last directory left in the
    file, which may be that of a workbook stored inside it (charts and OLE objects embed .xlsx files
    uncompressed), and would read that workbook as if it were the file.
    """
    offsets = [info.header_offset for info in zf.infolist()]
    if offsets and min(offsets) != 0:
        raise fail(
            "corrupt-zip",
            N_("{name} is damaged: it was cut short (its zip directory is missing, and the one found belongs to a"
               " file embedded in it), for example by an interrupted copy or download; open the original in Word"
               " or PowerPoint, save it again and run check again"),
            name=name,
        )


def check_relationship_part(
    zf: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], partname: str, name: str
) -> None:
    """The relationships of `partname` ("/" for the package), if it has any, are a `Relationships` element."""
    member = rels_member(partname)
    info = members.get(member)
    if info is None:
        return
    root = parse_small(read_member(zf, info, name), name, member)
    if root.tag != f"{{{ooxml.RELATIONSHIPS}}}Relationships":
        raise damaged("broken-relationships", name, N_("{part} should list relationships but holds a <{root}> element"),
                      repair=True, part=member, root=etree.QName(root).localname)


def check_structure(
    zf: zipfile.ZipFile,
    members: dict[str, zipfile.ZipInfo],
    content_types: ContentTypes,
    name: str,
    kind: Kind,
    main_part: str,
    reachable: dict[str, str],
) -> None:
    """Every check of the module docstring after the container's; raise UnreadableDocumentError on the first problem."""
    for source in ("/", *reachable):
        check_relationship_part(zf, members, source, name)
        _check_typed_relationships(zf, members, content_types, kind, source, name)
    _check_part(zf, members, main_part, _MAIN_ROOTS[kind], (_BODY,) if kind == "docx" else (), name)
    for partname, content_type in reachable.items():
        expected = _PART_ROOTS.get(content_type.lower())
        if expected is not None:
            required = (_CSLD, _SPTREE) if content_type.lower() in _SHAPE_TREE_TYPES else ()
            _check_part(zf, members, partname, expected, required, name)
    if kind == "pptx":
        _check_presentation_ids(zf, members, main_part, name)


def check_main_declared(zf: zipfile.ZipFile, info: zipfile.ZipInfo, content_type: str, name: str) -> None:
    """A main part declared with no Word or PowerPoint main type, though it holds a document: damaged, not
    another kind of Office file (the caller says unsupported-type when this returns)."""
    try:
        root = _root_of(zf, info, name)
    except UnreadableDocumentError:
        return
    found = next((what for tag, what in _MAIN_ROOTS.values() if tag == root), None)
    if found is not None:
        raise damaged("wrong-content-type", name, N_("its main part {part} holds {found} but is declared as {declared}"
                                                     " in [Content_Types].xml"),
                      repair=True, part=info.filename, found=Phrase(found), declared=content_type)


def wrong_extension(path: Path, kind: Kind) -> bool:
    """A Word document named .pptx (or the reverse): readable, but Office opens it in the wrong program, which fails."""
    expected = _EXTENSION_KINDS.get(path.suffix.lower())
    return expected is not None and expected != kind


def _events(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> Iterator[tuple[str, Any]]:
    """('start'|'end', element) of a part, parsed a few kilobytes at a time: a caller that stops early (the
    elements it wants come near the top) leaves the rest undecompressed and unparsed."""
    parser = etree.XMLPullParser(events=("start", "end"), resolve_entities=False, no_network=True, load_dtd=False,
                                 huge_tree=False)
    try:
        with zf.open(info) as stream:
            while chunk := stream.read(_START_CHUNK):
                parser.feed(chunk)
                yield from parser.read_events()
            parser.close()
            yield from parser.read_events()
    except etree.XMLSyntaxError as exc:
        raise malformed(name, info.filename, exc) from exc


def _root_of(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> str:
    """The tag of a part's root element ("" if it has none)."""
    return next((element.tag for _, element in _events(zf, info, name)), "")


def _check_part(zf: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], partname: str, expected: tuple[str, str],
                required: tuple[str, ...], name: str) -> None:
    """The part has the `expected` (root tag, what it is) and, under its root, the `required` path of children
    (root > required[0] > required[1]...) that the libraries take as given. One pass, stopped once decided."""
    info = members.get(partname[1:])
    if info is None:
        return  # a dangling relationship: the walk reports it
    tag, what = expected
    depth = matched = 0  # matched: how many of `required` are open, as ancestors of where the parser is
    for event, element in _events(zf, info, name):
        if event == "end":
            depth -= 1
            if depth == matched:  # the deepest matched element (or the root) closed without the next one
                break
            continue
        depth += 1
        if depth == 1:
            if element.tag != tag:
                raise _wrong_root(partname, info, element.tag, what, name)
            if not required:
                return
        elif depth == matched + 2 and element.tag == required[matched]:
            matched += 1
            if matched == len(required):
                return
    else:
        if depth == 0:  # no root element at all
            raise _wrong_root(partname, info, "", what, name)
    raise malformed(name, info.filename, Phrase(N_("it has no {element} element, which {what} always has"),
                                                 element=f"<{etree.QName(required[matched]).localname}>",
                                                 what=Phrase(what)))


def _wrong_root(partname: str, info: zipfile.ZipInfo, root: str, what: str, name: str) -> UnreadableDocumentError:
    found = next((w for t, w in (*_PART_ROOTS.values(), *_MAIN_ROOTS.values()) if t == root), None)
    if found is not None:
        return damaged("wrong-content-type", name, N_("part {part} holds {found} but is declared as {expected}"),
                       repair=True, part=partname, found=Phrase(found), expected=Phrase(what))
    return malformed(name, info.filename, Phrase(N_("it should be {what}, but its root element is <{root}>"),
                                                  what=Phrase(what),
                                                  root=etree.QName(root).localname if root else "?"))


def _check_typed_relationships(
    zf: zipfile.ZipFile,
    members: dict[str, zipfile.ZipInfo],
    content_types: ContentTypes,
    kind: Kind,
    source: str,
    name: str,
) -> None:
    for rel_type, target_ref, external in read_rels(zf, members, source, name) or []:
        expected = _REL_TARGETS.get((kind, rel_type))
        if expected is None:
            continue
        if external:
            raise damaged("broken-relationships", name, N_("{source} refers to {target} as an external link, but it must"
                                                           " be a part of the file"),
                          repair=True, source=shown(source), target=target_ref)
        target = resolve(source, target_ref)
        if target[1:] not in members:
            raise damaged("broken-relationships", name, N_("{source} refers to {target}, which is missing from the file"),
                          repair=True, source=shown(source), target=target)
        declared = content_types.lookup(target) or ""
        if declared.lower() != expected:
            raise damaged("wrong-content-type", name, N_("part {part} should be {expected} but is declared as {declared} in"
                                                         " [Content_Types].xml"),
                          repair=True, part=target, expected=Phrase(_PART_ROOTS[expected][1]), declared=declared or "?")


def _check_presentation_ids(zf: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], main_part: str,
                            name: str) -> None:
    """Each slide, master and notes master listed in presentation.xml names a relationship of its type."""
    member = rels_member(main_part)
    rel_types: dict[str, str] = {}  # id -> type (external and dangling targets were refused before)
    info = members.get(member)
    if info is not None:
        root = parse_small(read_member(zf, info, name), name, member)
        for element in root.iterchildren(f"{{{ooxml.RELATIONSHIPS}}}Relationship"):
            rel_types[element.get("Id") or ""] = element.get("Type") or ""
    presentation = parse_small(read_member(zf, members[main_part[1:]], name), name, main_part[1:])
    for tag, rel_type in _PRESENTATION_IDS.items():
        for element in presentation.iter(tag):
            rel_id = element.get(f"{{{_R}}}id") or ""
            if rel_types.get(rel_id) != rel_type:
                raise damaged("broken-relationships", name, N_("{part} lists {listed} whose relationship {id} is missing"),
                              repair=True, part=main_part, listed=Phrase(_PART_ROOTS[_REL_TARGETS["pptx", rel_type]][1]),
                              id=rel_id or "?")


# --- defence in depth -------------------------------------------------------------------------------------

def library_xml_errors(kind: Kind) -> tuple[type[Exception], ...]:
    """What the library reading a package of this kind (python-docx, python-pptx) raises, while the document is
    being read, for XML that lacks an element the schema requires: a property of the file, never of our code.
    Everything else it raises stays a bug. Imported here, not above: reading a Word document never loads
    python-pptx (about 50 ms of a worker's start)."""
    if kind == "docx":
        import docx.exceptions

        return (docx.exceptions.InvalidXmlError,)
    import pptx.exc

    return (pptx.exc.InvalidXmlError,)


def invalid_xml(exc: Exception, path: Path) -> UnreadableDocumentError:
    """The documented error for one of `library_xml_errors` raised while reading `path`."""
    return damaged("malformed-xml", path.name or str(path), N_("it holds invalid XML ({detail})"),
                   detail=exception_detail(exc))  # as reader.errors.map_error says it when opening
