"""One slide and its notes page as PresentationML parts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ... import ooxml
from .design import Design, Layout
from .drawingml import Shapes, Style, esc, paragraphs_xml


_NS = f'xmlns:a="{ooxml.A}" xmlns:r="{ooxml.R}" xmlns:p="{ooxml.P}"'


@dataclass
class SlideXml:
    """One slide ready for the package: its layout role, its shapes, its notes."""

    role: str
    layout: Layout
    shapes: Shapes
    section_id: str | None = None
    notes: bytes = b""

    def xml(self) -> bytes:
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:sld {_NS}><p:cSld><p:spTree>'
                '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>'
                f"{self.shapes.xml()}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>").encode("utf-8")


def notes_xml(design: Design, name: str, lines: Sequence[tuple[str, Style]], lang: str) -> bytes:
    """A notes page: the slide picture and the speaker notes."""
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:notes {_NS}><p:cSld><p:spTree>'
            '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>'
            '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/><p:cNvSpPr><a:spLocks noGrp="1" '
            f'noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph {design.notes_image}/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>'
            f'<p:sp><p:nvSpPr><p:cNvPr id="3" name="{esc(name)}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
            f"<p:nvPr><p:ph {design.notes_body}/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>"
            f"{paragraphs_xml(lines, lang, bullets=False)}</p:txBody></p:sp>"
            "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>").encode("utf-8")
