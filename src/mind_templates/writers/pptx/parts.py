"""Package parts as raw XML: relationship, content-type and slide-list entries, read and amended with lxml."""

from __future__ import annotations

import posixpath
from typing import Iterable

from lxml import etree

from .drawingml import esc


_SAFE = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_P_NS = "http://schemas.openxmlformats.org/presentationml/2006/main"
_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def rels_member(name: str) -> str:
    folder, base = posixpath.split(name)
    return posixpath.join(folder, "_rels", base + ".rels")


def relative(source: str, target: str) -> str:
    return posixpath.relpath(target, posixpath.dirname(source))


def relationships(xml: bytes) -> list[tuple[str, str, str]]:
    root = etree.fromstring(xml, _SAFE)
    return [(r.get("Id"), r.get("Type"), r.get("Target")) for r in root.iter(f"{{{_RELS_NS}}}Relationship")]


def rels_xml(items: Iterable[tuple[str, str, str]]) -> bytes:
    body = "".join(f'<Relationship Id="{rid}" Type="{kind}" Target="{esc(target)}"/>' for rid, kind, target in items)
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{_RELS_NS}">{body}'
            "</Relationships>").encode("utf-8")


def add_relationships(xml: bytes, items: Iterable[tuple[str, str, str]]) -> bytes:
    root = etree.fromstring(xml, _SAFE)
    for rid, kind, target in items:
        etree.SubElement(root, f"{{{_RELS_NS}}}Relationship", Id=rid, Type=kind, Target=target)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def add_overrides(xml: bytes, items: Iterable[tuple[str, str]]) -> bytes:
    root = etree.fromstring(xml, _SAFE)
    for name, content_type in items:
        etree.SubElement(root, f"{{{_TYPES_NS}}}Override", PartName="/" + name, ContentType=content_type)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def add_slide_ids(xml: bytes, items: Iterable[tuple[int, str]]) -> bytes:
    root = etree.fromstring(xml, _SAFE)
    id_list = root.find(f"{{{_P_NS}}}sldIdLst")
    for slide_id, rid in items:
        etree.SubElement(id_list, f"{{{_P_NS}}}sldId", {"id": str(slide_id), f"{{{_R_NS}}}id": rid})
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
