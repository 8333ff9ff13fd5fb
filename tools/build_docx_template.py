"""Builds templates/docx/base.docx: the styles every generated Word skeleton uses.

The binary template is committed; this script is its source. Change a style here, run
`python tools/build_docx_template.py`, and commit both.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from mind_templates.writers.docx.wordml import PPR_ORDER, RPR_ORDER, insert_in_order

OUT = Path(__file__).resolve().parent.parent / "templates" / "docx" / "base.docx"

NAVY = RGBColor(0x1B, 0x2A, 0x49)
TEAL = RGBColor(0x0F, 0x76, 0x6E)
INK = RGBColor(0x26, 0x32, 0x38)
GUIDANCE_INK = RGBColor(0x3A, 0x4A, 0x5C)
PLACEHOLDER_INK = RGBColor(0x7A, 0x55, 0x00)
BODY_FONT = "Calibri"  # LibreOffice substitutes the metric-compatible Carlito


def _shade(element, fill: str) -> None:
    """Shading on a style's paragraph (pPr) or run (rPr) properties, at its place in their schema sequence."""
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    insert_in_order(element, shd, PPR_ORDER if element.tag == qn("w:pPr") else RPR_ORDER)


def _border(p_pr, sides: dict[str, tuple[str, int, str]]) -> None:
    borders = OxmlElement("w:pBdr")
    for side, (kind, size, colour) in sides.items():
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), kind)
        edge.set(qn("w:sz"), str(size))
        edge.set(qn("w:space"), "6")
        edge.set(qn("w:color"), colour)
        borders.append(edge)
    insert_in_order(p_pr, borders, PPR_ORDER)


def _font(style, size: float, colour: RGBColor | None = None, bold: bool | None = None, italic: bool | None = None):
    style.font.name = BODY_FONT
    style.font.size = Pt(size)
    if colour is not None:
        style.font.color.rgb = colour
    if bold is not None:
        style.font.bold = bold
    if italic is not None:
        style.font.italic = italic
    # East-Asian and complex-script font slots too, so no slot falls back to the theme font.
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(slot), BODY_FONT)


def _paragraph_style(styles, name: str, base: str = "Normal"):
    try:
        style = styles[name]
    except KeyError:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles[base]
    style.quick_style = True
    return style


# Styles kept from python-docx's default template: ours, the ones the writer uses, and common
# writing styles a student may reach for. Word still offers every other built-in style.
KEEP_STYLES = {
    "Normal", "Default Paragraph Font", "Normal Table", "No List", "Table Grid", "Title", "Subtitle",
    "Heading 1", "Heading 2", "Heading 3", "Caption", "Header", "Footer", "TOC Heading", "TOC 1", "TOC 2",
    "List Bullet", "List Number", "List Paragraph", "Quote", "Intense Quote", "Body Text", "Hyperlink",
    "Strong", "Emphasis", "Title Char", "Subtitle Char", "Heading 1 Char", "Heading 2 Char", "Heading 3 Char",
    "Header Char", "Footer Char", "Quote Char", "Intense Quote Char", "Body Text Char",
}
# Parts of the default template that every generated file would otherwise carry for nothing
# (stylesWithEffects alone is 438 KB): Word 2010 effects, a sample custom XML item, a thumbnail.
DROP_RELATIONSHIPS = ("stylesWithEffects", "customXml", "thumbnail")


def _slim(doc) -> None:
    from docx.styles import BabelFish

    styles = doc.styles.element
    latent = styles.find(qn("w:latentStyles"))
    if latent is not None:
        styles.remove(latent)
    keep = {BabelFish.ui2internal(name).lower() for name in KEEP_STYLES} | {n.lower() for n in KEEP_STYLES}
    for style in styles.findall(qn("w:style")):
        name = style.find(qn("w:name")).get(qn("w:val")).lower()
        if name not in keep and not name.startswith("mt "):
            styles.remove(style)
    for owner in (doc.part, doc.part.package):
        for r_id, rel in list(owner.rels.items()):
            if rel.reltype.rsplit("/", 1)[-1] in DROP_RELATIONSHIPS:
                del owner.rels[r_id]


def build() -> Path:
    doc = Document()
    styles = doc.styles

    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)  # A4: a French school's paper
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.0)

    normal = styles["Normal"]
    _font(normal, 11, INK)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15

    title = _paragraph_style(styles, "Title")
    _font(title, 30, NAVY, bold=True)
    title.paragraph_format.space_after = Pt(12)
    t_pr = title.element.get_or_add_pPr()
    for b in t_pr.findall(qn("w:pBdr")):
        t_pr.remove(b)
    _border(t_pr, {"bottom": ("single", 12, "0F766E")})

    subtitle = _paragraph_style(styles, "Subtitle")
    _font(subtitle, 14, TEAL, italic=False)
    subtitle.paragraph_format.space_after = Pt(18)

    for name, size, colour, before in (("Heading 1", 16, NAVY, 18), ("Heading 2", 13, TEAL, 12), ("Heading 3", 11.5, NAVY, 10)):
        heading = styles[name]
        _font(heading, size, colour, bold=True, italic=False)
        heading.paragraph_format.space_before = Pt(before)
        heading.paragraph_format.space_after = Pt(6)
        heading.paragraph_format.keep_with_next = True

    guidance = _paragraph_style(styles, "MT Guidance")
    _font(guidance, 9.5, GUIDANCE_INK, italic=False)
    guidance.paragraph_format.left_indent = Cm(0.3)
    guidance.paragraph_format.right_indent = Cm(0.3)
    guidance.paragraph_format.space_after = Pt(0)
    guidance.paragraph_format.line_spacing = 1.1
    g_pr = guidance.element.get_or_add_pPr()
    _border(g_pr, {"left": ("single", 18, "0F766E")})
    _shade(g_pr, "EEF4F6")

    guidance_item = _paragraph_style(styles, "MT Guidance Item", base="MT Guidance")
    guidance_item.paragraph_format.left_indent = Cm(0.8)
    guidance_item.paragraph_format.first_line_indent = Cm(-0.4)

    placeholder = styles.add_style("MT Placeholder", WD_STYLE_TYPE.CHARACTER)
    placeholder.quick_style = True
    placeholder.font.italic = True
    placeholder.font.color.rgb = PLACEHOLDER_INK
    _shade(placeholder.element.get_or_add_rPr(), "FFF4D6")

    figure = _paragraph_style(styles, "MT Figure")
    figure.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    figure.paragraph_format.space_before = Pt(12)
    figure.paragraph_format.space_after = Pt(6)
    figure.paragraph_format.keep_with_next = True
    f_pr = figure.element.get_or_add_pPr()
    _border(f_pr, {side: ("dashed", 8, "8FA3B8") for side in ("top", "left", "bottom", "right")})
    _shade(f_pr, "F6F8FA")

    caption = _paragraph_style(styles, "Caption")
    _font(caption, 9, GUIDANCE_INK, bold=False, italic=True)

    toc_heading = _paragraph_style(styles, "TOC Heading")
    _font(toc_heading, 16, NAVY, bold=True)
    toc_heading.paragraph_format.space_after = Pt(12)
    for level, indent in ((1, 0.0), (2, 0.6)):
        toc = _paragraph_style(styles, f"TOC {level}")
        toc.paragraph_format.left_indent = Cm(indent)
        toc.paragraph_format.space_after = Pt(3)

    cover_label = _paragraph_style(styles, "MT Cover Field")
    _font(cover_label, 11.5, INK)
    cover_label.paragraph_format.space_after = Pt(4)

    table_text = _paragraph_style(styles, "MT Table Text")
    _font(table_text, 9.5, INK)
    table_text.paragraph_format.space_after = Pt(0)
    table_text.paragraph_format.line_spacing = 1.0

    for name in ("Header", "Footer"):
        _font(_paragraph_style(styles, name), 8.5, GUIDANCE_INK)

    _slim(doc)
    # An empty body: the writer adds everything; only the page setup (sectPr) remains.
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    doc.core_properties.title = "mind-templates base"
    doc.core_properties.author = "mind-templates"
    OUT.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(OUT))
    return OUT


if __name__ == "__main__":
    print(build())
