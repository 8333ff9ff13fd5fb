"""OOXML plumbing shared by the readers and the writers: namespaces, content and relationship types, OPC helpers.

Only lxml and the standard library: no python-docx, no python-pptx, nothing of the readers or writers.
Part names follow OPC: "/word/document.xml", "/" for the package itself; zip members are the same without
the leading slash.
"""

from __future__ import annotations

import posixpath
from typing import Iterable

from lxml import etree

from .skeleton.xmltext import xml_text

# --- namespaces -----------------------------------------------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart"
DIAGRAM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
TABLE = "http://schemas.openxmlformats.org/drawingml/2006/table"
VML = "urn:schemas-microsoft-com:vml"
CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
CORE_PROPERTIES = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
CUSTOM_PROPERTIES = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"


def qn(namespace: str, tag: str) -> str:
    """Clark notation, as lxml spells element and attribute names: '{namespace}tag'."""
    return f"{{{namespace}}}{tag}"


# --- relationship and content types ---------------------------------------------------------------

RT_OFFICE_DOCUMENT = f"{R}/officeDocument"
RT_STRICT_OFFICE_DOCUMENT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"
RT_CUSTOM_PROPERTIES = f"{R}/custom-properties"
RT_VBA_PROJECT = "http://schemas.microsoft.com/office/2006/relationships/vbaProject"

WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
PML = "application/vnd.openxmlformats-officedocument.presentationml"
CT_CUSTOM_PROPERTIES = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
CT_VBA_PROJECT = "application/vnd.ms-office.vbaproject"

# Pictures, charts and diagrams, wherever they are drawn: counted by the readers, never decoded.
FIGURE_TAGS = (qn(A, "blip"), qn(VML, "imagedata"), qn(CHART, "chart"), qn(DIAGRAM, "relIds"))


# --- parsing --------------------------------------------------------------------------------------


def safe_parser(**kwargs) -> etree.XMLParser:
    """A parser that never resolves entities, loads a DTD or reaches the network."""
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, dtd_validation=False, **kwargs
    )


def _serialise(root) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


# --- OPC part names and relationships -------------------------------------------------------------


def rels_member(partname: str) -> str:
    """Zip member holding the relationships of `partname` ("/" or "" for the package), as both libraries compute it."""
    base, filename = posixpath.split(partname.lstrip("/"))
    return posixpath.join(base, "_rels", f"{filename}.rels")


def resolve(source: str, target: str) -> str:
    """The part name a relationship of part `source` ("/" for the package) points to."""
    base = "/" if source == "/" else posixpath.dirname(source)
    return posixpath.normpath(posixpath.join(base, target))


def relative(source: str, target: str) -> str:
    """The Target a relationship of member `source` writes to reach member `target`."""
    return posixpath.relpath(target, posixpath.dirname(source))


def relationships(xml: bytes) -> list[tuple[str, str, str]]:
    """(Id, Type, Target) of every relationship in a .rels part."""
    root = etree.fromstring(xml, safe_parser())
    return [(r.get("Id"), r.get("Type"), r.get("Target")) for r in root.iter(qn(RELATIONSHIPS, "Relationship"))]


def rels_xml(items: Iterable[tuple[str, str, str]]) -> bytes:
    body = "".join(f'<Relationship Id="{rid}" Type="{kind}" Target="{xml_text(target)}"/>'
                   for rid, kind, target in items)
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{RELATIONSHIPS}">{body}'
            "</Relationships>").encode("utf-8")


def add_relationships(xml: bytes, items: Iterable[tuple[str, str, str]]) -> bytes:
    root = etree.fromstring(xml, safe_parser())
    for rid, kind, target in items:
        etree.SubElement(root, qn(RELATIONSHIPS, "Relationship"), Id=rid, Type=kind, Target=target)
    return _serialise(root)


def set_content_types(xml: bytes, items: Iterable[tuple[str, str]]) -> bytes:
    """[Content_Types].xml with an Override giving each part name its content type (replaced if already there)."""
    root = etree.fromstring(xml, safe_parser())
    for partname, content_type in items:
        partname = "/" + partname.lstrip("/")
        for element in root.iterchildren(qn(CONTENT_TYPES, "Override")):
            if (element.get("PartName") or "").lower() == partname.lower():
                element.set("ContentType", content_type)
                break
        else:
            etree.SubElement(root, qn(CONTENT_TYPES, "Override"), PartName=partname, ContentType=content_type)
    return _serialise(root)
