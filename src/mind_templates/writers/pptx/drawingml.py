"""DrawingML text and the shapes of one slide, written straight as PresentationML text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator, Mapping, Sequence

from pptx.util import Inches

from ... import ooxml
from ...skeleton.xmltext import xml_text
from .design import Placeholder
from .geometry import EMU_PER_PT, Box, bounding
from .texts import fit, squash


INSET = Inches(0.08)
MIN_FONT = 12
TABLE_STYLE = "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"  # PowerPoint's built-in "Medium Style 2 - Accent 1"
_SCHEME = frozenset({"tx1", "tx2", "bg1", "bg2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6"})


def esc(text: str) -> str:
    """Text as XML character data: one line, no characters XML cannot hold."""
    return xml_text(squash(str(text)))


@dataclass(frozen=True)
class Style:
    size: int | None = None  # points; None inherits from the layout and theme
    bold: bool = False
    italic: bool = False
    colour: str | None = None  # a theme slot (tx1, tx2, bg1, bg2, accent1..6) or RRGGBB
    align: str | None = None  # l, ctr, r


PLAIN = Style()


def colour_xml(colour: str, alpha: int | None = None) -> str:
    tag = "schemeClr" if colour in _SCHEME else "srgbClr"
    inner = f'<a:alpha val="{alpha * 1000}"/>' if alpha else ""
    return f'<a:{tag} val="{colour}">{inner}</a:{tag}>'


def fill_xml(colour: str | None, alpha: int | None = None) -> str:
    return f"<a:solidFill>{colour_xml(colour, alpha)}</a:solidFill>" if colour else "<a:noFill/>"


def line_xml(colour: str | None, dashed: bool = False) -> str:
    if colour is None:
        return "<a:ln><a:noFill/></a:ln>"
    dash = '<a:prstDash val="dash"/>' if dashed else ""
    return f'<a:ln w="12700">{fill_xml(colour)}{dash}</a:ln>'


def run_props(tag: str, lang: str, style: Style) -> str:
    size = f' sz="{style.size * 100}"' if style.size else ""
    flags = (' b="1"' if style.bold else "") + (' i="1"' if style.italic else "")
    fill = fill_xml(style.colour) if style.colour else ""
    return f'<a:{tag} lang="{lang}"{size}{flags} dirty="0">{fill}</a:{tag}>' if fill else f'<a:{tag} lang="{lang}"{size}{flags} dirty="0"/>'


def paragraph_xml(text: str, lang: str, style: Style = PLAIN, numbering: int | None = None, bullets: bool = True) -> str:
    """One paragraph, its run and its end marked with `lang` so that spell-checking uses the right dictionary."""
    props = f' algn="{style.align}"' if style.align else ""
    if numbering is not None:
        start = f' startAt="{numbering}"' if numbering != 1 else ""
        hanging = Inches(0.55)  # room for "10."
        ppr = (f'<a:pPr marL="{hanging}" indent="{-hanging}"{props}><a:buFont typeface="+mj-lt"/>'
               f'<a:buAutoNum type="arabicPeriod"{start}/></a:pPr>')
    elif not bullets:
        ppr = f'<a:pPr marL="0" indent="0"{props}><a:buNone/></a:pPr>'
    else:
        ppr = f"<a:pPr{props}/>" if props else ""
    run = f'<a:r>{run_props("rPr", lang, style)}<a:t>{esc(text)}</a:t></a:r>' if text else ""
    return f"<a:p>{ppr}{run}{run_props('endParaRPr', lang, Style(size=style.size))}</a:p>"


def paragraphs_xml(lines: Sequence[tuple[str, Style]], lang: str, bullets: bool = True) -> str:
    return "".join(paragraph_xml(text, lang, style, bullets=bullets) for text, style in lines) or paragraph_xml("", lang)


def body_props(anchor: str = "t", inset: int = INSET, vertical: bool = False) -> str:
    vert = ' vert="vert270"' if vertical else ""
    return (f'<a:bodyPr wrap="square" lIns="{inset}" tIns="{inset // 2}" rIns="{inset}" bIns="{inset // 2}" '
            f'rtlCol="0" anchor="{anchor}"{vert}><a:normAutofit/></a:bodyPr>')


def xfrm(box: Box, tag: str = "a:xfrm") -> str:
    return f'<{tag}><a:off x="{box.left}" y="{box.top}"/><a:ext cx="{box.width}" cy="{box.height}"/></{tag}>'


class Shapes:
    """The shapes placed on one slide, or in one group of it, as PresentationML; ids are unique per slide."""

    def __init__(self, ids: Iterator[int], lang: str) -> None:
        self.ids, self.lang = ids, lang
        self.items: list[str | tuple[str, int, Shapes]] = []
        self.boxes: list[Box] = []

    def _add(self, xml: str, box: Box) -> None:
        self.items.append(xml)
        self.boxes.append(box)

    def block(self, box: Box, lines: Sequence[tuple[str, Style]], *, name: str = "", fill: str | None = "bg2",
              alpha: int | None = None, line: str | None = "accent1", dashed: bool = False, anchor: str = "t",
              geometry: str = "rect", inset: int = INSET) -> None:
        """A filled, outlined shape holding text."""
        shape_id = next(self.ids)
        self._add(
            f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name="{esc(name or f"Shape {shape_id}")}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>'
            f'<p:spPr>{xfrm(box)}<a:prstGeom prst="{geometry}"><a:avLst/></a:prstGeom>{fill_xml(fill, alpha)}'
            f"{line_xml(line, dashed)}<a:effectLst/></p:spPr>"
            f"<p:txBody>{body_props(anchor, inset)}<a:lstStyle/>{paragraphs_xml(lines, self.lang, bullets=False)}</p:txBody></p:sp>",
            box,
        )

    def label(self, box: Box, text: str, style: Style, *, anchor: str = "ctr", vertical: bool = False, name: str = "") -> None:
        """A text box without fill or outline."""
        shape_id = next(self.ids)
        self._add(
            f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name="{esc(name or f"Text {shape_id}")}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>'
            f'<p:spPr>{xfrm(box)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>'
            f"<p:txBody>{body_props(anchor, Inches(0.04), vertical)}<a:lstStyle/>"
            f"{paragraph_xml(text, self.lang, style, bullets=False)}</p:txBody></p:sp>",
            box,
        )

    def placeholder(self, placeholder: Placeholder, name: str, body: str, box: Box | None = None) -> None:
        """Text in a layout placeholder: it keeps the layout's position and styles unless `box` moves it."""
        shape_id = next(self.ids)
        self._add(
            f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name="{esc(name)}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
            f"<p:nvPr><p:ph {placeholder.ph}/></p:nvPr></p:nvSpPr><p:spPr>{xfrm(box) if box else ''}</p:spPr>"
            f"<p:txBody><a:bodyPr><a:normAutofit/></a:bodyPr><a:lstStyle/>{body}</p:txBody></p:sp>",
            box or placeholder.box,
        )

    def textbox(self, box: Box, name: str, body: str, anchor: str = "t") -> None:
        """A plain text box standing in for a placeholder the layout lacks."""
        shape_id = next(self.ids)
        self._add(
            f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name="{esc(name)}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>'
            f'<p:spPr>{xfrm(box)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>'
            f"<p:txBody>{body_props(anchor)}<a:lstStyle/>{body}</p:txBody></p:sp>",
            box,
        )

    def table(self, box: Box, rows: Sequence[Sequence[str]], *, name: str, widths: Sequence[float] | None = None,
              size: int = MIN_FONT, row_height: int = Inches(0.42), tints: Mapping[tuple[int, int], str] | None = None,
              bold_rows: Iterable[int] = (), centred_columns: Iterable[int] = ()) -> None:
        """A real PowerPoint table, header row first, restyled by the template's table style; `tints` by (row, column)."""
        tints = tints or {}
        n_cols = len(rows[0])
        column_boxes = box.columns(widths or [1] * n_cols, gap=0)
        height = min(row_height, box.height // len(rows))
        bold, centred = {0, *bold_rows}, set(centred_columns)
        body = "".join(
            f'<a:tr h="{height}">'
            + "".join(self._cell(text, Style(size=size, bold=r in bold, align="ctr" if c in centred else None), tints.get((r, c)))
                      for c, text in enumerate(values))
            + "</a:tr>"
            for r, values in enumerate(rows)
        )
        frame = Box(box.left, box.top, box.width, height * len(rows))
        shape_id = next(self.ids)
        self._add(
            f'<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="{shape_id}" name="{esc(name)}"/><p:cNvGraphicFramePr>'
            f'<a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>{xfrm(frame, "p:xfrm")}'
            f'<a:graphic><a:graphicData uri="{ooxml.TABLE}"><a:tbl>'
            f'<a:tblPr firstRow="1" bandRow="1"><a:tableStyleId>{TABLE_STYLE}</a:tableStyleId></a:tblPr><a:tblGrid>'
            + "".join(f'<a:gridCol w="{b.width}"/>' for b in column_boxes)
            + f"</a:tblGrid>{body}</a:tbl></a:graphicData></a:graphic></p:graphicFrame>",
            frame,
        )

    def _cell(self, text: str, style: Style, tint: str | None) -> str:
        fill = f"<a:solidFill>{colour_xml(tint, 35)}</a:solidFill>" if tint else ""
        margin = Inches(0.06)
        return (f"<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>{paragraph_xml(text, self.lang, style, bullets=False)}</a:txBody>"
                f'<a:tcPr marL="{margin}" marR="{margin}" marT="{margin // 2}" marB="{margin // 2}" anchor="ctr">{fill}</a:tcPr></a:tc>')

    def group(self, name: str) -> Shapes:
        """Shapes drawn as one object (a canvas): they move together and carry the section's marker."""
        child = Shapes(self.ids, self.lang)
        self.items.append((name, next(self.ids), child))
        return child

    def xml(self) -> str:
        parts = []
        for item in self.items:
            if isinstance(item, str):
                parts.append(item)
                continue
            name, shape_id, child = item
            box = bounding(child.boxes)
            transform = (f'<a:xfrm><a:off x="{box.left}" y="{box.top}"/><a:ext cx="{box.width}" cy="{box.height}"/>'
                         f'<a:chOff x="{box.left}" y="{box.top}"/><a:chExt cx="{box.width}" cy="{box.height}"/></a:xfrm>')
            parts.append(f'<p:grpSp><p:nvGrpSpPr><p:cNvPr id="{shape_id}" name="{esc(name)}"/><p:cNvGrpSpPr/><p:nvPr/>'
                         f"</p:nvGrpSpPr><p:grpSpPr>{transform}</p:grpSpPr>{child.xml()}</p:grpSp>")
        return "".join(parts)


def cell_lines(title: str, body: str, box: Box, *, colour: str | None = None, title_size: int = 14,
               body_size: int = MIN_FONT, align: str | None = None) -> list[tuple[str, Style]]:
    """A bold title and a prompt shortened to fit `box`; `colour` for text on dark fills."""
    lines = [(title, Style(size=title_size, bold=True, colour=colour or "tx2", align=align))]
    if body:
        reserved = 1 + len(title) * title_size // max(int(box.width / EMU_PER_PT * 1.9), 1)
        lines.append((fit(body, box, body_size, reserved_lines=reserved), Style(size=body_size, colour=colour or "tx1", align=align)))
    return lines
