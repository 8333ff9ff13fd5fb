"""The marks a generated file carries so that `check` can match it to its deliverable and sections.

Writers stamp them; the reader looks for them. Titles are only the fallback for finding a section.
"""

from __future__ import annotations

import re
from lxml import etree

from .. import ooxml
from .xmltext import xml_text

# Custom document properties (docProps/custom.xml), kept by Word, PowerPoint and LibreOffice round trips.
DELIVERABLE_PROPERTY = "MindTemplatesDeliverable"
VERSION_PROPERTY = "MindTemplatesReferentialVersion"
DOCUMENT_LANGUAGE_PROPERTY = "MindTemplatesDocumentLanguage"
ORAL_LANGUAGE_PROPERTY = "MindTemplatesOralLanguage"
PARTS_PROPERTY = "MindTemplatesParts"  # dossiers: "specification-backlog;sequenced-planning" (part N = Nth id)
SLIDES_PROPERTY = "MindTemplatesSlides"  # decks: "256=executive-summary;257=market" (slide id = section id)
# The cover fields, so that `check` can say who handed a file in (cover field -> property).
COVER_PROPERTIES = {
    name: f"MindTemplates{name.capitalize()}" for name in ("project", "team", "candidate", "client", "date")
}

# `check --annotate` signs its Word comments and deck feedback with this name. In a deck's notes, the
# feedback lies between two paragraphs holding FEEDBACK_SIGNATURE (its heading and its end mark), so that
# the reader can leave it out of the speaker's own notes whatever the language it was written in.
ANNOTATION_AUTHOR = "mind-templates check"
FEEDBACK_SIGNATURE = f"({ANNOTATION_AUTHOR})"


def without_feedback(paragraphs: list[str]) -> list[str]:
    """The notes' paragraphs with our feedback blocks (signature line to signature line, inclusive) left out."""
    kept, inside = [], False
    for text in paragraphs:
        if FEEDBACK_SIGNATURE in text:
            inside = not inside
            continue
        if not inside:
            kept.append(text)
    return kept


# Word: each section heading is wrapped in a bookmark named after the section id.
BOOKMARK_PREFIX = "mt_"
_BOOKMARK_MAX = 40  # Word's limit on bookmark names

# PowerPoint: shapes carry their section id in their name.
SHAPE_PREFIX = "mt:"

_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"


def section_bookmark(section_id: str) -> str:
    """Word bookmark names allow letters, digits and underscores, 40 at most."""
    return (BOOKMARK_PREFIX + section_id.replace("-", "_"))[:_BOOKMARK_MAX]


def section_from_bookmark(name: str, section_ids: tuple[str, ...] | list[str]) -> str | None:
    if not name.startswith(BOOKMARK_PREFIX):
        return None
    for section_id in section_ids:
        if section_bookmark(section_id) == name:
            return section_id
    return None


def marker_from_bookmark(name: str) -> str | None:
    """'mt_market_size' -> 'market-size' (possibly truncated at Word's 40 characters; the analysis resolves it)."""
    if not name.startswith(BOOKMARK_PREFIX):
        return None
    return name[len(BOOKMARK_PREFIX) :].replace("_", "-") or None


TITLE_ROLE = "title"


def section_shape_name(section_id: str, role: str = TITLE_ROLE) -> str:
    return f"{SHAPE_PREFIX}{role}:{section_id}"


def is_title_shape(name: str) -> bool:
    """A shape the deck writer named as a section's slide title."""
    return name.startswith(f"{SHAPE_PREFIX}{TITLE_ROLE}:")


def section_from_shape_name(name: str) -> str | None:
    match = re.match(rf"^{re.escape(SHAPE_PREFIX)}[a-z-]+:([a-z0-9-]+)$", name or "")
    return match.group(1) if match else None


def custom_properties_xml(properties: dict[str, str]) -> bytes:
    items = "".join(
        f'<property fmtid="{_FMTID}" pid="{pid}" name="{xml_text(name)}">'
        f"<vt:lpwstr>{xml_text(value)}</vt:lpwstr></property>"
        for pid, (name, value) in enumerate(properties.items(), start=2)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Properties xmlns="{ooxml.CUSTOM_PROPERTIES}" xmlns:vt="{ooxml.VT}">{items}</Properties>'
    ).encode("utf-8")


def read_custom_properties(xml: bytes) -> dict[str, str]:
    """Parse docProps/custom.xml without resolving entities or reaching the network."""
    root = etree.fromstring(xml, ooxml.safe_parser())
    found: dict[str, str] = {}
    for prop in root.findall(ooxml.qn(ooxml.CUSTOM_PROPERTIES, "property")):
        name = prop.get("name")
        if name and len(prop):
            found[name] = prop[0].text or ""
    return found


def encode_parts(part_ids: list[str]) -> str:
    return ";".join(part_ids)


def decode_parts(value: str) -> list[str]:
    return [part for part in (item.strip() for item in value.split(";")) if part]


def encode_slide_map(pairs: list[tuple[int, str]]) -> str:
    return ";".join(f"{slide_id}={section_id}" for slide_id, section_id in pairs)


def decode_slide_map(value: str) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for item in value.split(";"):
        key, _, section_id = item.partition("=")
        if key.strip().isdigit() and section_id:
            mapping[int(key)] = section_id.strip()
    return mapping
