"""Reads an opened document into an Outline: the custom properties, then the Word or deck reader."""

from __future__ import annotations

from typing import Any

from lxml import etree

from .. import ooxml
from ..skeleton import markers
from .docx_outline import read_docx
from .outline import Outline, TextRecogniser
from .pptx_outline import read_deck


def read_outline(document: Any, recogniser: TextRecogniser | None = None) -> Outline:
    """The outline of a python-docx Document or python-pptx Presentation (as `load_document` returns them)."""
    properties = read_properties(document)
    if hasattr(document, "slides"):
        outline = read_deck(document, recogniser, properties)
    else:
        outline = read_docx(document, recogniser)
    outline.properties = properties
    outline.core = read_core(document)
    return outline


def read_core(document: Any) -> dict[str, str]:
    """Title and author from the core properties; a broken part counts as none."""
    try:
        core = document.core_properties
        return {"title": core.title or "", "author": core.author or ""}
    except Exception:  # noqa: BLE001 - python-docx/pptx raise anything on a malformed core.xml; it is only a help
        return {}


def read_properties(document: Any) -> dict[str, str]:
    """Custom document properties (docProps/custom.xml); an unreadable part counts as none."""
    try:
        package = document.part.package
        rels = getattr(package, "rels", None)
        if rels is None:  # python-pptx keeps the package relationships private
            rels = package._rels
        for rel in rels.values():
            if rel.reltype == ooxml.RT_CUSTOM_PROPERTIES and not rel.is_external:
                return markers.read_custom_properties(rel.target_part.blob)
    except (etree.LxmlError, ValueError, KeyError, AttributeError, TypeError):
        pass  # the markers are a help, never a requirement: fall back to headings
    return {}
