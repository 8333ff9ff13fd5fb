"""Reads back what the Word writer produced: headings, bookmarks, header rows, properties."""

from __future__ import annotations

import zipfile
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn

from mind_templates.skeleton import markers


def headings(document) -> list[tuple[int, str, list[str]]]:
    """(level, text, bookmark names) of every paragraph in a Heading N style, in order."""
    found = []
    for paragraph in document.paragraphs:
        name = paragraph.style.name if paragraph.style is not None else ""
        if name.startswith("Heading "):
            names = [b.get(qn("w:name")) for b in paragraph._p.iter(qn("w:bookmarkStart"))]
            found.append((int(name.split()[-1]), paragraph.text, names))
    return found


def tables_have_header_rows(document) -> bool:
    for table in document.tables:
        tr_pr = table.rows[0]._tr.trPr
        if tr_pr is None or tr_pr.find(qn("w:tblHeader")) is None:
            return False
    return True


def custom_properties(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return markers.read_custom_properties(archive.read("docProps/custom.xml"))


def default_language(document) -> str:
    defaults = document.styles.element.find(qn("w:docDefaults"))
    return defaults.find(".//" + qn("w:lang")).get(qn("w:val"))


def open_docx(path: Path):
    return Document(str(path))
