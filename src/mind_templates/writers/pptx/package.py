"""Writes the deck's .pptx: the prepared template's files plus slides, notes, properties and markers."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Mapping, Sequence

from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT

from ... import ooxml
from ...ooxml import add_relationships, relative, rels_member, rels_xml, set_content_types
from ...skeleton import markers
from ..common import RenderRequest
from .drawingml import esc
from .parts import add_slide_ids
from .slides import SlideXml
from .template import Template


_STORED = (".png", ".jpg", ".jpeg", ".gif", ".tif", ".tiff", ".wdp", ".mp3", ".mp4", ".m4a", ".mov", ".wav", ".zip")
FIRST_SLIDE_ID = 256


def core_xml(request: RenderRequest) -> bytes:
    stamp = f"{request.today.isoformat()}T00:00:00Z"
    values = (("dc:title", request.text(request.deliverable.title)),
              ("dc:subject", request.text(request.referential.certification.title)),
              ("dc:creator", "mind-templates"), ("cp:lastModifiedBy", "mind-templates"), ("cp:revision", "1"),
              ("dc:language", request.language_tag))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties '
            f'xmlns:cp="{ooxml.CORE_PROPERTIES}" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            + "".join(f"<{tag}>{esc(value)}</{tag}>" for tag, value in values)
            + f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
            + f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified></cp:coreProperties>').encode("utf-8")


def deck_properties(request: RenderRequest, slide_map: list[tuple[int, str]]) -> dict[str, str]:
    """The custom document properties that `check` reads back."""
    return {**request.marker_properties(), markers.SLIDES_PROPERTY: markers.encode_slide_map(slide_map)}


def write_package(path: Path, template: Template, slides: Sequence[SlideXml], request: RenderRequest) -> None:
    """The prepared template's files plus the slides, their notes and the markers, written as one .pptx."""
    members = dict(template.entries)
    overrides, presentation_rels, slide_ids = [], [], []
    for n, slide in enumerate(slides, start=1):
        slide_name, notes_name = f"ppt/slides/slide{n}.xml", f"ppt/notesSlides/notesSlide{n}.xml"
        members[slide_name] = slide.xml()
        members[rels_member(slide_name)] = rels_xml([
            ("rId1", RT.SLIDE_LAYOUT, relative(slide_name, template.design.layouts[slide.role].part)),
            ("rId2", RT.NOTES_SLIDE, relative(slide_name, notes_name)),
        ])
        members[notes_name] = slide.notes
        members[rels_member(notes_name)] = rels_xml([
            ("rId1", RT.NOTES_MASTER, relative(notes_name, template.notes_master)),
            ("rId2", RT.SLIDE, relative(notes_name, slide_name)),
        ])
        rid = f"rId{template.next_rid + n - 1}"
        presentation_rels.append((rid, RT.SLIDE, relative(template.presentation, slide_name)))
        slide_ids.append((FIRST_SLIDE_ID + n - 1, rid))
        overrides += [(slide_name, CT.PML_SLIDE), (notes_name, CT.PML_NOTES_SLIDE)]
    slide_map = [(slide_id, slide.section_id) for (slide_id, _), slide in zip(slide_ids, slides) if slide.section_id]
    properties = deck_properties(request, slide_map)
    custom = template.custom or "docProps/custom.xml"
    if template.custom:
        properties = {**markers.read_custom_properties(members[custom]), **properties}
    else:
        overrides.append((custom, ooxml.CT_CUSTOM_PROPERTIES))
        members["_rels/.rels"] = add_relationships(members["_rels/.rels"], [("rIdMindTemplates", ooxml.RT_CUSTOM_PROPERTIES, custom)])
    members[custom] = markers.custom_properties_xml(properties)
    members[template.core] = core_xml(request)
    members[template.presentation] = add_slide_ids(members[template.presentation], slide_ids)
    rels = rels_member(template.presentation)
    members[rels] = add_relationships(members[rels], presentation_rels)
    members["[Content_Types].xml"] = set_content_types(members["[Content_Types].xml"], overrides)
    save_zip(path, members, request.today.timetuple()[:6])


def save_zip(path: Path, members: Mapping[str, bytes], date_time: tuple[int, ...]) -> None:
    """Content types first, as Office expects; media stored as they are (they do not deflate)."""
    order = ["[Content_Types].xml", "_rels/.rels", *(n for n in members if n not in ("[Content_Types].xml", "_rels/.rels"))]
    with zipfile.ZipFile(path, "w") as archive:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.compress_type = zipfile.ZIP_STORED if name.lower().endswith(_STORED) else zipfile.ZIP_DEFLATED
            archive.writestr(info, members[name])
