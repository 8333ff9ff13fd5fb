"""PresentationML package edits the generic OPC helpers (`mind_templates.ooxml`) do not cover: the slide list."""

from __future__ import annotations

from typing import Iterable

from lxml import etree

from ... import ooxml


def add_slide_ids(xml: bytes, items: Iterable[tuple[int, str]]) -> bytes:
    root = etree.fromstring(xml, ooxml.safe_parser())
    id_list = root.find(ooxml.qn(ooxml.P, "sldIdLst"))
    for slide_id, rid in items:
        etree.SubElement(id_list, ooxml.qn(ooxml.P, "sldId"), {"id": str(slide_id), ooxml.qn(ooxml.R, "id"): rid})
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
