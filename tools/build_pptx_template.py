"""Build templates/pptx/base.pptx, the deck design every generated presentation starts from.

Run after changing a style below: python tools/build_pptx_template.py

The design is code so it can be read, reviewed and changed like code:
- 16:9 slides (13.333 in x 7.5 in), a navy / teal theme, Calibri (Carlito in LibreOffice is metric-compatible);
- six layouts named for their use: Title, Section, Content, Two Content, Canvas (title only, room for drawn
  shapes) and Blank; the writer finds them by these names (see FALLBACKS in writers/pptx/design.py);
- no slides: the writer adds them.
It starts from python-pptx's own default template, keeps its master, theme and the six layouts it needs, and
rewrites their geometry and text styles.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls, qn
from pptx.util import Inches, Pt

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "templates" / "pptx" / "base.pptx"

SLIDE_WIDTH, SLIDE_HEIGHT = Inches(13.333), Inches(7.5)
MARGIN = Inches(0.6)
CONTENT_WIDTH = SLIDE_WIDTH - 2 * MARGIN
GUTTER = Inches(0.333)

# --------------------------------------------------------------------------- theme

THEME_NAME = "mind-templates"
COLOURS = {  # theme slot -> RGB
    "dk1": "1F2933",  # body text: a soft near-black slate
    "lt1": "FFFFFF",
    "dk2": "1B2A4A",  # navy: titles and dark backgrounds
    "lt2": "EEF2F6",  # pale grey-blue: panels
    "accent1": "0E9594",  # teal: the accent (bullets, rules, table headers)
    "accent2": "2E6FAC",  # blue
    "accent3": "F2A541",  # amber
    "accent4": "E4572E",  # coral
    "accent5": "5BA66E",  # green
    "accent6": "7A6C9D",  # violet
    "hlink": "0E7C86",
    "folHlink": "7A6C9D",
}
HEADING_FONT = BODY_FONT = "Calibri"

# --------------------------------------------------------------------------- text styles (points)

TITLE_SIZE = 30
BODY_LEVELS = (  # (size, bullet, left margin in inches) for outline levels 1-5
    (24, "•", 0.35),
    (20, "–", 0.7),
    (18, "•", 1.05),
    (16, "–", 1.35),
    (16, "•", 1.65),
)
PARAGRAPH_SPACE = 10  # points before each paragraph
FOOTER_SIZE = 10

# --------------------------------------------------------------------------- layouts

# Box = (left, top, width, height) in EMU.
TITLE_BOX = (MARGIN, Inches(0.35), CONTENT_WIDTH, Inches(0.95))
TEXT_INSET = Inches(0.1)  # PowerPoint's default left inset: rules line up with the text, not the box
RULE_BOX = (MARGIN + TEXT_INSET, Inches(1.36), Inches(1.2), Inches(0.06))  # teal rule under every title
BODY_BOX = (MARGIN, Inches(1.65), CONTENT_WIDTH, Inches(5.15))
HALF_WIDTH = (CONTENT_WIDTH - GUTTER) // 2
LEFT_BOX = (MARGIN, BODY_BOX[1], HALF_WIDTH, BODY_BOX[3])
RIGHT_BOX = (MARGIN + HALF_WIDTH + GUTTER, BODY_BOX[1], HALF_WIDTH, BODY_BOX[3])
FOOTER_TOP, FOOTER_HEIGHT = Inches(6.98), Inches(0.32)

COVER_TITLE_BOX = (Inches(0.9), Inches(1.5), Inches(11.5), Inches(2.3))
COVER_RULE_BOX = (Inches(0.9) + TEXT_INSET, Inches(3.98), Inches(1.6), Inches(0.08))
COVER_SUBTITLE_BOX = (Inches(0.9), Inches(4.3), Inches(11.5), Inches(2.5))
SECTION_TITLE_BOX = (Inches(0.9), Inches(2.0), Inches(11.5), Inches(1.8))
SECTION_BODY_BOX = (Inches(0.9), Inches(4.3), Inches(11.5), Inches(1.6))

# Default-template layout name -> our name; every other layout is deleted.
KEEP_LAYOUTS = {
    "Title Slide": "Title",
    "Section Header": "Section",
    "Title and Content": "Content",
    "Two Content": "Two Content",
    "Title Only": "Canvas",
    "Blank": "Blank",
}
LAYOUT_ORDER = ("Title", "Section", "Content", "Two Content", "Canvas", "Blank")


def box_xml(box: tuple[int, int, int, int]) -> str:
    left, top, width, height = (int(v) for v in box)
    return f'<a:xfrm><a:off x="{left}" y="{top}"/><a:ext cx="{width}" cy="{height}"/></a:xfrm>'


def solid(colour: str) -> str:
    """A fill in a theme colour (tx1, tx2, bg1, accent1...) or an RGB hex value."""
    if len(colour) == 6 and all(c in "0123456789ABCDEF" for c in colour):
        return f'<a:solidFill><a:srgbClr val="{colour}"/></a:solidFill>'
    return f'<a:solidFill><a:schemeClr val="{colour}"/></a:solidFill>'


def run_props(size: int | None = None, colour: str | None = None, bold: bool = False, font: str = "+mn-lt") -> str:
    attrs = (f' sz="{size * 100}"' if size else "") + (' b="1"' if bold else "") + ' kern="1200"'
    fill = solid(colour) if colour else ""
    return f'<a:defRPr{attrs}>{fill}<a:latin typeface="{font}"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr>'


def placeholder(shape_id: int, name: str, ph: str, box, *, body: str = "", lst_style: str = "", text: str = "",
                autofit: bool = True) -> str:
    """One layout or master placeholder; `ph` is the inside of <p:ph .../>; text shrinks to fit when `autofit`."""
    fit = "<a:normAutofit/>" if autofit else ""
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name="{name}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
        f"<p:nvPr><p:ph {ph}/></p:nvPr></p:nvSpPr>"
        f'<p:spPr>{box_xml(box)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>'
        f"<p:txBody><a:bodyPr{body}>{fit}</a:bodyPr><a:lstStyle>{lst_style}</a:lstStyle>"
        f'<a:p><a:r><a:rPr lang="en-GB"/><a:t>{text or name}</a:t></a:r></a:p></p:txBody></p:sp>'
    )


def rule(shape_id: int, box, colour: str = "accent1") -> str:
    """A thin decorative bar; it lives on the master or a layout, never on a slide."""
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name="Accent rule"/><p:cNvSpPr/><p:nvPr userDrawn="1"/></p:nvSpPr>'
        f'<p:spPr>{box_xml(box)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>{solid(colour)}<a:ln><a:noFill/></a:ln></p:spPr>'
        f'<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-GB"/></a:p></p:txBody></p:sp>'
    )


def sp_tree(*shapes: str) -> str:
    return (
        f"<p:spTree {nsdecls('p', 'a')}><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>"
        '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>'
        + "".join(shapes)
        + "</p:spTree>"
    )


def no_bullet_style(size: int, colour: str, bold: bool = False) -> str:
    return f'<a:lvl1pPr marL="0" indent="0"><a:buNone/>{run_props(size, colour, bold)}</a:lvl1pPr>'


# --------------------------------------------------------------------------- master


def master_shapes() -> str:
    footer_style = lambda align: f'<a:lvl1pPr algn="{align}">{run_props(FOOTER_SIZE, "tx1")}</a:lvl1pPr>'  # noqa: E731
    third = CONTENT_WIDTH // 3
    return sp_tree(
        placeholder(2, "Title Placeholder 1", 'type="title"', TITLE_BOX, body=' anchor="b"', text="Click to edit the title style"),
        placeholder(3, "Text Placeholder 2", 'type="body" idx="1"', BODY_BOX, text="Click to edit the text styles"),
        placeholder(4, "Date Placeholder 3", 'type="dt" sz="half" idx="2"', (MARGIN, FOOTER_TOP, third, FOOTER_HEIGHT),
                    body=' anchor="ctr"', lst_style=footer_style("l"), text=" ", autofit=False),
        placeholder(5, "Footer Placeholder 4", 'type="ftr" sz="quarter" idx="3"', (MARGIN + third, FOOTER_TOP, third, FOOTER_HEIGHT),
                    body=' anchor="ctr"', lst_style=footer_style("ctr"), text=" ", autofit=False),
        placeholder(6, "Slide Number Placeholder 5", 'type="sldNum" sz="quarter" idx="4"',
                    (MARGIN + 2 * third, FOOTER_TOP, third, FOOTER_HEIGHT), body=' anchor="ctr"', lst_style=footer_style("r"), text=" ", autofit=False),
        rule(7, RULE_BOX),
    )


def text_styles() -> str:
    title = (
        f'<p:titleStyle><a:lvl1pPr algn="l" rtl="0"><a:lnSpc><a:spcPct val="90000"/></a:lnSpc><a:spcBef><a:spcPct val="0"/></a:spcBef><a:buNone/>'
        f'<a:defRPr sz="{TITLE_SIZE * 100}" b="1" kern="1200">{solid("tx2")}<a:latin typeface="+mj-lt"/><a:ea typeface="+mj-ea"/><a:cs typeface="+mj-cs"/></a:defRPr>'
        "</a:lvl1pPr></p:titleStyle>"
    )
    levels = []
    for number in range(1, 10):
        size, bullet, margin = BODY_LEVELS[min(number, len(BODY_LEVELS)) - 1]
        levels.append(
            f'<a:lvl{number}pPr marL="{Inches(margin)}" indent="{-Inches(0.3)}" algn="l" rtl="0">'
            f'<a:lnSpc><a:spcPct val="100000"/></a:lnSpc><a:spcBef><a:spcPts val="{PARAGRAPH_SPACE * 100}"/></a:spcBef>'
            f'<a:buClr><a:schemeClr val="accent1"/></a:buClr><a:buFont typeface="Arial"/><a:buChar char="{bullet}"/>'
            f'{run_props(size, "tx1")}</a:lvl{number}pPr>'
        )
    other = (
        '<p:otherStyle><a:defPPr><a:defRPr lang="en-GB"/></a:defPPr>'
        + "".join(f'<a:lvl{n}pPr marL="{Inches(0.5) * (n - 1)}" algn="l">{run_props(18, "tx1")}</a:lvl{n}pPr>' for n in range(1, 10))
        + "</p:otherStyle>"
    )
    return f"<p:txStyles {nsdecls('p', 'a')}>{title}<p:bodyStyle>{''.join(levels)}</p:bodyStyle>{other}</p:txStyles>"


def style_master(master) -> None:
    element = master._element
    c_sld = element.find(qn("p:cSld"))
    c_sld.replace(c_sld.find(qn("p:spTree")), parse_xml(master_shapes()))
    element.replace(element.find(qn("p:txStyles")), parse_xml(text_styles()))


# --------------------------------------------------------------------------- layouts


def background(colour: str) -> str:
    return f"<p:bg {nsdecls('p', 'a')}><p:bgPr>{solid(colour)}<a:effectLst/></p:bgPr></p:bg>"


def layout_shapes(name: str) -> tuple[str, str | None, bool]:
    """(shape tree, background colour or None, whether master shapes show) of one layout."""
    title = lambda box=TITLE_BOX, **kw: placeholder(2, "Title 1", 'type="title"', box, **kw)  # noqa: E731
    if name == "Title":
        return sp_tree(
            placeholder(2, "Title 1", 'type="ctrTitle"', COVER_TITLE_BOX, body=' anchor="b"',
                        lst_style=f'<a:lvl1pPr>{run_props(40, "bg1", True, "+mj-lt")}</a:lvl1pPr>'),
            placeholder(3, "Subtitle 2", 'type="subTitle" idx="1"', COVER_SUBTITLE_BOX,
                        lst_style=no_bullet_style(20, "bg2")),
            rule(4, COVER_RULE_BOX),
        ), "tx2", False
    if name == "Section":
        return sp_tree(
            placeholder(2, "Title 1", 'type="title"', SECTION_TITLE_BOX, body=' anchor="b"',
                        lst_style=f'<a:lvl1pPr>{run_props(36, "bg1", True, "+mj-lt")}</a:lvl1pPr>'),
            placeholder(3, "Text Placeholder 2", 'type="body" idx="1"', SECTION_BODY_BOX,
                        lst_style=no_bullet_style(20, "bg2")),
            rule(4, COVER_RULE_BOX[:1] + (Inches(4.0),) + COVER_RULE_BOX[2:], "bg1"),
        ), "accent1", False
    if name == "Content":
        return sp_tree(title(), placeholder(3, "Content Placeholder 2", 'idx="1"', BODY_BOX)), None, True
    if name == "Two Content":
        return sp_tree(
            title(),
            placeholder(3, "Content Placeholder 2", 'sz="half" idx="1"', LEFT_BOX),
            placeholder(4, "Content Placeholder 3", 'sz="half" idx="2"', RIGHT_BOX),
        ), None, True
    if name == "Canvas":
        return sp_tree(title()), None, True
    return sp_tree(), None, False  # Blank


def style_layout(layout, name: str) -> None:
    element = layout._element
    c_sld = element.find(qn("p:cSld"))
    c_sld.set("name", name)
    tree, fill, show_master = layout_shapes(name)
    old_bg = c_sld.find(qn("p:bg"))
    if old_bg is not None:
        c_sld.remove(old_bg)
    if fill:
        c_sld.insert(0, parse_xml(background(fill)))
    c_sld.replace(c_sld.find(qn("p:spTree")), parse_xml(tree))
    element.set("showMasterSp", "1" if show_master else "0")


def keep_layouts(prs) -> None:
    """Delete the layouts the writer does not use, rename the others and put them in a stable order."""
    master = prs.slide_master
    id_list = master._element.find(qn("p:sldLayoutIdLst"))
    kept = {}
    for layout in list(master.slide_layouts):
        new_name = KEEP_LAYOUTS.get(layout.name)
        if new_name is None:
            master.slide_layouts.remove(layout)
        else:
            kept[new_name] = layout
    entries = {layout_id.rId: layout_id for layout_id in id_list}
    for layout_id in entries.values():
        id_list.remove(layout_id)
    for name in LAYOUT_ORDER:
        layout = kept[name]
        rid = next(r for r, e in entries.items() if master.part.related_part(r) is layout.part)
        id_list.append(entries[rid])
        style_layout(layout, name)


# --------------------------------------------------------------------------- theme, size, package


def style_theme(prs) -> None:
    part = prs.slide_master.part.part_related_by(RT.THEME)
    theme = etree.fromstring(part.blob)
    ns = {"a": "http://schemas.openxmlformats.org/drawingml/2006/main"}
    theme.set("name", THEME_NAME)
    scheme = theme.find(".//a:clrScheme", ns)
    scheme.set("name", THEME_NAME)
    for slot, rgb in COLOURS.items():
        holder = scheme.find(f"a:{slot}", ns)
        for child in list(holder):
            holder.remove(child)
        etree.SubElement(holder, qn("a:srgbClr")).set("val", rgb)
    fonts = theme.find(".//a:fontScheme", ns)
    fonts.set("name", THEME_NAME)
    fonts.find("a:majorFont/a:latin", ns).set("typeface", HEADING_FONT)
    fonts.find("a:minorFont/a:latin", ns).set("typeface", BODY_FONT)
    part._blob = etree.tostring(theme, xml_declaration=True, encoding="UTF-8", standalone=True)


def set_size(prs) -> None:
    prs.slide_width, prs.slide_height = SLIDE_WIDTH, SLIDE_HEIGHT
    prs.part._element.find(qn("p:sldSz")).set("type", "custom")


def style_notes(prs) -> None:
    """Create the notes master now, so speaker notes look the same in every generated deck."""
    notes_master = prs.notes_master
    for shape in notes_master.placeholders:
        if shape.placeholder_format.type is not None and shape.has_text_frame and shape.name.startswith("Notes"):
            for paragraph in shape.text_frame.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(12)
    body_style = notes_master._element.find(qn("p:notesStyle"))
    if body_style is not None:
        for level in body_style:
            for rpr in level.iter(qn("a:defRPr")):
                rpr.set("sz", "1200")


def drop_thumbnail(prs) -> None:
    """The default template's thumbnail shows an old 4:3 Office slide; no thumbnail is better than a wrong one."""
    package = prs.part.package
    for rid, rel in list(package._rels.items()):  # the package's own relationships, not its parts'
        if rel.reltype == RT.THUMBNAIL:
            package.drop_rel(rid)


def build(output: Path = OUTPUT) -> Path:
    prs = Presentation()
    set_size(prs)
    style_theme(prs)
    style_master(prs.slide_master)
    keep_layouts(prs)
    style_notes(prs)
    drop_thumbnail(prs)
    prs.core_properties.title = "mind-templates base deck"
    prs.core_properties.author = "mind-templates"
    prs.core_properties.last_modified_by = "mind-templates"
    prs.core_properties.revision = 1
    output.parent.mkdir(parents=True, exist_ok=True)
    prs.save(output)
    return output


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT, help=f"where to write (default: {OUTPUT.relative_to(ROOT)})")
    args = parser.parse_args()
    print(build(args.output))


if __name__ == "__main__":
    main()
