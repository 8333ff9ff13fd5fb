"""Writes a deliverable's Word skeleton: cover, contents, one real heading per section, guidance, tables and canvases."""

from __future__ import annotations

import copy
import io
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from .. import markers, resources
from ..errors import TemplateError
from ..model import Section, Text
from .common import RenderRequest

# Styles the writer relies on. A school template lacking one gets ours copied in (documented fallback).
REQUIRED_STYLES = (
    "Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Caption", "Header", "Footer", "Table Grid",
    "TOC Heading", "TOC 1", "TOC 2", markers.GUIDANCE_STYLE, "MT Guidance Item", markers.PLACEHOLDER_STYLE,
    markers.FIGURE_STYLE, "MT Cover Field", "MT Table Text",
)
HEADER_FILL = "1B2A49"
HEADER_INK = RGBColor(0xFF, 0xFF, 0xFF)
LABEL_FILL = "EEF4F6"
# Risk matrix colours by score (probability × impact): low, moderate, high, critical.
RISK_FILLS = ((4, "C6EFCE"), (9, "FFEB9C"), (14, "F8CBAD"), (25, "F4A3A3"))
# The Business Model Canvas in its usual order, with words that identify each block's id.
BMC_ORDER = ("partner", "activit", "resource", "value", "relationship", "channel", "segment", "cost", "revenue")


# ---------------------------------------------------------------- templates


def _base_template_path() -> Path:
    return resources.templates_dir() / "docx" / "base.docx"


@lru_cache(maxsize=8)
def _template_bytes(path: str, mtime_ns: int) -> bytes:
    return Path(path).read_bytes()


def _open(path: Path) -> DocxDocument:
    try:
        return Document(io.BytesIO(_template_bytes(str(path), path.stat().st_mtime_ns)))
    except Exception as error:  # python-docx raises many types on a bad file; one message serves them all
        raise TemplateError(
            f"{path} is not a usable Word template ({type(error).__name__}); give a .docx or .dotx saved by Word or LibreOffice"
        ) from None


def open_template(template: Path | None) -> DocxDocument:
    """Our base template, or a school's with any missing style copied from ours."""
    document = _open(_base_template_path())
    if template is None:
        return document
    if not Path(template).is_file():
        raise TemplateError(f"template {template} does not exist; give the path of a .docx file")
    school = _open(Path(template))
    _adopt_missing_styles(school, document)
    _accept_template_content_type(school)
    return school


def _accept_template_content_type(document: DocxDocument) -> None:
    """A .dotx opens as a template; what we write is a document."""
    part = document.part
    if "template" in part.content_type:
        part._content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def _adopt_missing_styles(target: DocxDocument, source: DocxDocument) -> None:
    names = {s.name for s in target.styles}
    target_styles = target.styles.element
    for name in REQUIRED_STYLES:
        if name not in names:
            element = source.styles[name].element
            target_styles.append(copy.deepcopy(element))


# ---------------------------------------------------------------- low-level OOXML helpers


def _set_cell_fill(cell: _Cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    for old in tc_pr.findall(qn("w:shd")):
        tc_pr.remove(old)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _mark_header_row(table: Table) -> None:
    """A real header row: repeated on every page, read as headers by screen readers."""
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)
    for row in table.rows:
        cant_split = OxmlElement("w:cantSplit")
        row._tr.get_or_add_trPr().insert(0, cant_split)


def _field(paragraph: Paragraph, instruction: str, result: str = "") -> None:
    """A complex field (PAGE, NUMPAGES, SEQ…) that Word and LibreOffice compute."""
    def fld_char(kind: str):
        run = paragraph.add_run()
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        if kind == "begin":
            element.set(qn("w:dirty"), "true")
        run._r.append(element)

    fld_char("begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    paragraph.add_run()._r.append(instr)
    fld_char("separate")
    paragraph.add_run(result)
    fld_char("end")


class _Bookmarks:
    def __init__(self) -> None:
        self.next_id = 1

    def wrap(self, paragraph: Paragraph, name: str) -> None:
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), str(self.next_id))
        start.set(qn("w:name"), name)
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), str(self.next_id))
        self.next_id += 1
        p = paragraph._p
        p_pr = p.find(qn("w:pPr"))
        p.insert(p.index(p_pr) + 1 if p_pr is not None else 0, start)
        p.append(end)


# ---------------------------------------------------------------- the writer


class _StyleIds(dict):
    def __missing__(self, name: str) -> str:
        folded = name.casefold()
        if folded in self:
            return self[folded]
        raise TemplateError(f"the template has no style named {name!r}; add it, or use the base template")


class _DocxBuilder:
    def __init__(self, document: DocxDocument, request: RenderRequest) -> None:
        self.doc = document
        self.req = request
        self.ui = request.ui
        self.bookmarks = _Bookmarks()
        self.landscape = False
        self.figures = 0
        # python-docx resolves a style name by scanning every style on each use; resolve each name once.
        # Word stores built-in names in lower case ("heading 1"), so names are compared case-folded.
        self.style_ids = _StyleIds()
        for style in document.styles.element.iter(qn("w:style")):
            name = style.find(qn("w:name"))
            if name is not None:
                self.style_ids[name.get(qn("w:val")).casefold()] = style.get(qn("w:styleId"))

    def _para(self, style: str | None = None, text: str = "", container=None) -> Paragraph:
        """A new paragraph at the end of the body (or of `container`), its style set by id."""
        paragraph = (container or self.doc).add_paragraph(text)
        if style is not None:
            paragraph._p.style = self.style_ids[style]
        return paragraph

    def _run(self, paragraph: Paragraph, text: str, style: str | None = None):
        run = paragraph.add_run(text)
        if style is not None:
            run._r.style = self.style_ids[style]
        return run

    # -- whole document

    def build(self) -> None:
        self._clear_body()
        self._set_language()
        self._set_properties()
        self._set_update_fields_on_open()
        self._cover()
        self._contents()
        for section in self.req.deliverable.sections:
            self._section(section)
        self._headers_and_footers()

    def _clear_body(self) -> None:
        body = self.doc.element.body
        for child in list(body):
            if child.tag != qn("w:sectPr"):
                body.remove(child)

    def _set_language(self) -> None:
        """Proofing language on the document defaults and on every style that names one."""
        tag = self.req.language_tag
        styles = self.doc.styles.element
        r_pr_default = styles.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr"))
        if r_pr_default is not None and r_pr_default.find(qn("w:lang")) is None:
            r_pr_default.append(OxmlElement("w:lang"))
        for lang in styles.iter(qn("w:lang")):
            lang.set(qn("w:val"), tag)
        settings = self.doc.settings.element
        theme_lang = settings.find(qn("w:themeFontLang"))
        if theme_lang is not None:
            theme_lang.set(qn("w:val"), tag)

    def _set_properties(self) -> None:
        req, d = self.req, self.req.deliverable
        props = self.doc.core_properties
        props.title = d.title[req.doc_lang]
        props.subject = req.referential.assessment(d.assessment).title[req.doc_lang]
        props.author = req.field("team") or req.field("candidate") or ""
        props.language = req.language_tag
        props.keywords = ", ".join((d.id, *d.competences))
        props.category = d.assessment
        props.identifier = f"mind-templates:{d.id}"
        props.version = req.referential.version
        props.comments = self.ui.gettext("Skeleton generated by mind-templates from the certification referential.")
        props.last_modified_by = "mind-templates"
        self._set_custom_properties({
            markers.DELIVERABLE_PROPERTY: d.id,
            markers.VERSION_PROPERTY: req.referential.version,
            markers.DOCUMENT_LANGUAGE_PROPERTY: req.doc_lang,
            markers.ORAL_LANGUAGE_PROPERTY: req.oral_lang,
        })

    def _set_custom_properties(self, values: dict[str, str]) -> None:
        package = self.doc.part.package
        blob = markers.custom_properties_xml(values)
        for rel in package.rels.values():
            if rel.reltype == markers.CUSTOM_PROPERTIES_RELTYPE:
                rel.target_part._blob = blob  # a school template may already carry custom properties
                return
        part = Part(PackURI("/docProps/custom.xml"), markers.CUSTOM_PROPERTIES_CONTENT_TYPE, blob, package)
        package.relate_to(part, markers.CUSTOM_PROPERTIES_RELTYPE)

    def _set_update_fields_on_open(self) -> None:
        settings = self.doc.settings.element
        if settings.find(qn("w:updateFields")) is None:
            update = OxmlElement("w:updateFields")
            update.set(qn("w:val"), "true")
            settings.append(update)

    # -- cover and contents

    def _cover(self) -> None:
        req, d, lang = self.req, self.req.deliverable, self.req.doc_lang
        cert = req.referential.certification
        top = self._para("MT Cover Field")
        top.add_run(f"{cert.title[lang]} · {cert.rncp_label[lang]} · {cert.awarding_body}").font.color.rgb = RGBColor(0x0F, 0x76, 0x6E)
        top.paragraph_format.space_after = Pt(60)
        self._para("Title", d.title[lang])
        assessment = req.referential.assessment(d.assessment).title[lang]
        blocks = " · ".join(f"{b.id} {b.title[lang]}" for b in req.referential.blocks_of(d))
        self._para("Subtitle", f"{assessment} — {blocks}")

        competences = self._para("MT Cover Field")
        competences.add_run(self.ui.gettext("Competences assessed") + ": ").bold = True
        for comp_id in d.competences:
            item = self._para("MT Cover Field")
            item.paragraph_format.left_indent = Cm(0.5)
            item.add_run(f"{comp_id}  ").bold = True
            item.add_run(req.referential.competence(comp_id).statement[lang]).font.size = Pt(10)
        spacer = self._para("MT Cover Field")
        spacer.paragraph_format.space_after = Pt(24)

        people = "team" if d.team else "candidate"
        for key in ("project", "client", people, "school", "date"):
            line = self._para("MT Cover Field")
            line.add_run(req.label(key) + ": ").bold = True
            value = req.field(key)
            if value:
                line.add_run(value)
            else:
                self._run(line, req.placeholder(key), markers.PLACEHOLDER_STYLE)
        self._page_break()

    def _page_break(self) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def _contents(self) -> None:
        """A TOC field, pre-filled with the outline so it reads well even before it is updated."""
        self._para("TOC Heading", self.ui.gettext("Contents"))
        sections = self.req.deliverable.sections
        number = [0, 0]
        first = last = None
        for section in sections:
            number = [number[0] + 1, 0] if section.level == 1 else [number[0], number[1] + 1]
            label = f"{number[0]}." if section.level == 1 else f"{number[0]}.{number[1]}"
            paragraph = self._para(f"TOC {section.level}")
            if first is None:
                first = paragraph
                self._toc_field_start(paragraph)
            paragraph.add_run(f"{label} {self.req.text(section.title)}")
            last = paragraph
        end = OxmlElement("w:fldChar")
        end.set(qn("w:fldCharType"), "end")
        last.add_run()._r.append(end)
        self._page_break()

    @staticmethod
    def _toc_field_start(paragraph: Paragraph) -> None:
        begin = OxmlElement("w:fldChar")
        begin.set(qn("w:fldCharType"), "begin")
        begin.set(qn("w:dirty"), "true")
        paragraph.add_run()._r.append(begin)
        instr = OxmlElement("w:instrText")
        instr.set(qn("xml:space"), "preserve")
        instr.text = ' TOC \\o "1-2" \\h \\z \\u '
        paragraph.add_run()._r.append(instr)
        separate = OxmlElement("w:fldChar")
        separate.set(qn("w:fldCharType"), "separate")
        paragraph.add_run()._r.append(separate)

    # -- page orientation

    def _orientation(self, landscape: bool) -> None:
        if landscape == self.landscape:
            return
        new = self.doc.add_section(WD_SECTION.NEW_PAGE)
        new.different_first_page_header_footer = False
        width, height = new.page_width, new.page_height
        if (width > height) != landscape:
            new.page_width, new.page_height = height, width
        new.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        self.landscape = landscape

    def _text_width(self) -> Emu:
        section = self.doc.sections[-1]
        return Emu(section.page_width - section.left_margin - section.right_margin)

    # -- one section

    def _section(self, section: Section) -> None:
        wide = section.landscape or section.canvas == "business-model-canvas"
        self._orientation(wide)
        heading = self._para(f"Heading {section.level}", self.req.text(section.title))
        self.bookmarks.wrap(heading, markers.section_bookmark(section.id))
        self._guidance(section)
        if section.kind == "prose" or section.min_words:
            self._prompt_paragraph(section)
        if section.kind in ("table", "interview-grid"):
            self._table(section)
        elif section.kind == "canvas":
            self._canvas(section)
        elif section.kind == "figure":
            self._figure(section)

    def _guidance(self, section: Section) -> None:
        req = self.req
        intro = self._para(markers.GUIDANCE_STYLE)
        intro.paragraph_format.space_before = Pt(4)
        intro.add_run(self.ui.gettext("What the jury looks for")).bold = True
        for criterion_id in section.criteria:
            criterion = req.referential.criterion(criterion_id)
            item = self._para("MT Guidance Item")
            item.add_run(f"•\t{criterion_id}  ").bold = True
            item.add_run(req.text(criterion.text))
        hints = self._para(markers.GUIDANCE_STYLE)
        hints.add_run(self.ui.gettext("Tips") + ": ").bold = True
        hints.add_run(req.text(section.guidance))
        if section.min_words:
            hints.add_run(" " + self.ui.gettext("Aim for at least {n} words.", n=section.min_words))
        if not section.required:
            hints.add_run(" " + self.ui.gettext("This section is optional."))
        note = self._para(markers.GUIDANCE_STYLE)
        note.add_run(self.ui.gettext("Delete this guidance box once your section is written.")).italic = True
        note.paragraph_format.space_after = Pt(10)

    def _prompt_text(self, section: Section) -> str:
        if section.prompt is not None:
            return self.req.text(section.prompt)
        return "[" + self.ui.gettext("Write the “{title}” section here.", title=self.req.text(section.title)) + "]"

    def _prompt_paragraph(self, section: Section) -> None:
        paragraph = self.doc.add_paragraph()
        self._run(paragraph, self._prompt_text(section), markers.PLACEHOLDER_STYLE)

    # -- tables

    def _new_table(self, rows: int, cols: int, widths: Iterable[float]) -> Table:
        table = self.doc.add_table(rows=rows, cols=cols)
        table._tbl.tblStyle_val = self.style_ids["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        total = self._text_width()
        fractions = list(widths)
        scale = sum(fractions)
        for i, fraction in enumerate(fractions):
            width = Emu(int(total * fraction / scale))
            table.columns[i].width = width
            for cell in table.columns[i].cells:
                cell.width = width
        return table

    def _cell_text(self, cell: _Cell, text: str, *, bold: bool = False, placeholder: bool = False,
                   header: bool = False) -> Paragraph:
        paragraph = cell.paragraphs[0]
        paragraph._p.style = self.style_ids["MT Table Text"]
        if text:
            run = self._run(paragraph, text, markers.PLACEHOLDER_STYLE if placeholder else None)
            run.bold = bold or header or None
            if header:
                run.font.color.rgb = HEADER_INK
        if header:
            _set_cell_fill(cell, HEADER_FILL)
        return paragraph

    def _table(self, section: Section) -> None:
        columns = [self.req.text(c) for c in section.columns]
        row_labels = [self.req.text(r) for r in section.rows]
        body_rows = len(row_labels) or 3
        widths = [1.0] * len(columns)
        if row_labels and len(columns) > 1:
            widths[0] = 1.6 if len(columns) > 2 else 1.0
        table = self._new_table(1 + body_rows, len(columns), widths)
        for cell, title in zip(table.rows[0].cells, columns):
            self._cell_text(cell, title, header=True)
        amount = self.req.money(0) if section.money else ""
        for r in range(body_rows):
            cells = table.rows[r + 1].cells
            for c, cell in enumerate(cells):
                if row_labels and c == 0:
                    self._cell_text(cell, row_labels[r], bold=True)
                    _set_cell_fill(cell, LABEL_FILL)
                elif amount and (row_labels or c > 0):
                    self._cell_text(cell, amount, placeholder=True)
                else:
                    self._cell_text(cell, "")
        _mark_header_row(table)
        self.doc.add_paragraph()

    # -- canvases

    def _canvas(self, section: Section) -> None:
        layout = {
            "business-model-canvas": self._business_model_canvas,
            "risk-matrix": self._risk_matrix,
            "technology-radar": self._radar,
        }.get(section.canvas or "grid", self._grid)
        layout(section)
        self.doc.add_paragraph()

    def _canvas_cell(self, cell: _Cell, title: str, prompt: str) -> None:
        self._cell_text(cell, title, bold=True)
        paragraph = self._para("MT Table Text", container=cell)
        self._run(paragraph, prompt, markers.PLACEHOLDER_STYLE)

    def _canvas_header(self, table: Table, title: str) -> None:
        header = table.rows[0].cells[0].merge(table.rows[0].cells[-1])
        self._cell_text(header, title, header=True)
        _mark_header_row(table)

    def _business_model_canvas(self, section: Section) -> None:
        cells = _order_bmc(section.cells)
        table = self._new_table(4, 10, [1.0] * 10)
        self._canvas_header(table, self.req.text(section.title))
        grid = table.rows
        # (first row, first col, last row, last col) of each block in the canvas, rows 1–3.
        spans = ((1, 0, 2, 1), (1, 2, 1, 3), (2, 2, 2, 3), (1, 4, 2, 5), (1, 6, 1, 7), (2, 6, 2, 7),
                 (1, 8, 2, 9), (3, 0, 3, 4), (3, 5, 3, 9))
        for cell, (r0, c0, r1, c1) in zip(cells, spans):
            merged = grid[r0].cells[c0].merge(grid[r1].cells[c1])
            self._canvas_cell(merged, self.req.text(cell.title), self.req.text(cell.prompt))
        for r, height in ((1, 3.4), (2, 3.4), (3, 2.4)):
            grid[r].height = Cm(height)
            grid[r].height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST

    def _grid(self, section: Section) -> None:
        """Two cells a row (empathy map quadrants, persona card, any other canvas)."""
        cells = section.cells
        per_row = 1 if section.canvas == "persona" else 2
        rows = -(-len(cells) // per_row)
        widths = [1.0, 2.6] if per_row == 1 else [1.0, 1.0]
        table = self._new_table(1 + rows, 2, widths)
        self._canvas_header(table, self.req.text(section.title))
        for i, cell in enumerate(cells):
            row = table.rows[1 + i // per_row]
            if per_row == 1:
                self._cell_text(row.cells[0], self.req.text(cell.title), bold=True)
                _set_cell_fill(row.cells[0], LABEL_FILL)
                self._cell_text(row.cells[1], self.req.text(cell.prompt), placeholder=True)
            else:
                self._canvas_cell(row.cells[i % 2], self.req.text(cell.title), self.req.text(cell.prompt))
                row.height = Cm(3.5)
                row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST

    def _risk_matrix(self, section: Section) -> None:
        table = self._new_table(6, 6, [1.6, 1, 1, 1, 1, 1])
        corner = self.ui.gettext("Probability ↓ / Impact →")
        self._cell_text(table.rows[0].cells[0], corner, header=True)
        for impact in range(1, 6):
            self._cell_text(table.rows[0].cells[impact], str(impact), header=True)
        for r, probability in enumerate(range(5, 0, -1), start=1):
            row = table.rows[r]
            row.height = Cm(1.3)
            row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
            self._cell_text(row.cells[0], str(probability), bold=True)
            _set_cell_fill(row.cells[0], LABEL_FILL)
            for impact in range(1, 6):
                score = probability * impact
                fill = next(f for limit, f in RISK_FILLS if score <= limit)
                cell = row.cells[impact]
                _set_cell_fill(cell, fill)
                paragraph = self._cell_text(cell, str(score))
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                paragraph.runs[0].font.size = Pt(8)
        _mark_header_row(table)
        for cell in section.cells:
            paragraph = self.doc.add_paragraph()
            paragraph.add_run(self.req.text(cell.title) + ": ").bold = True
            self._run(paragraph, self.req.text(cell.prompt), markers.PLACEHOLDER_STYLE)

    def _radar(self, section: Section) -> None:
        rings = section.cells
        table = self._new_table(2, len(rings), [1.0] * len(rings))
        for cell, ring in zip(table.rows[0].cells, rings):
            self._cell_text(cell, self.req.text(ring.title), header=True)
        for cell, ring in zip(table.rows[1].cells, rings):
            self._cell_text(cell, self.req.text(ring.prompt), placeholder=True)
        table.rows[1].height = Cm(4.5)
        table.rows[1].height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        _mark_header_row(table)

    # -- figures

    def _figure(self, section: Section) -> None:
        caption_text = self.req.text(section.figure)
        box = self._para(markers.FIGURE_STYLE)
        run = self._run(box, "[" + self.ui.gettext("Insert figure: {what}", what=caption_text) + "]",
                        markers.PLACEHOLDER_STYLE)
        run.add_break()
        box.paragraph_format.space_before = Pt(12)
        box.paragraph_format.space_after = Pt(6)
        box.paragraph_format.line_spacing = Pt(60)
        self.figures += 1
        caption = self._para("Caption")
        caption.add_run(self.ui.gettext("Figure") + " ")
        _field(caption, "SEQ Figure \\* ARABIC", str(self.figures))
        caption.add_run(f": {caption_text}")

    # -- page furniture

    def _headers_and_footers(self) -> None:
        title = self.req.deliverable.title[self.req.doc_lang]
        first = self.doc.sections[0]
        first.different_first_page_header_footer = True  # the cover page stays clean
        header = first.header.paragraphs[0]
        header.text = ""
        header.add_run(title)
        project = self.req.field("project")
        if project:
            header.add_run(f" · {project}")
        header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        footer = first.footer.paragraphs[0]
        footer.text = ""
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        footer.add_run(self.ui.gettext("Page") + " ")
        _field(footer, "PAGE", "1")
        footer.add_run(" / ")
        _field(footer, "NUMPAGES", "1")


def _order_bmc(cells) -> list:
    """Canvas blocks in canvas order, matched by the words in their ids; the given order otherwise."""
    by_keyword = {}
    for keyword in BMC_ORDER:
        match = next((c for c in cells if keyword in c.id and c not in by_keyword.values()), None)
        if match is not None:
            by_keyword[keyword] = match
    if len(by_keyword) == len(BMC_ORDER):
        return [by_keyword[k] for k in BMC_ORDER]
    return list(cells)


def build_docx(request: RenderRequest) -> DocxDocument:
    document = open_template(request.template)
    _DocxBuilder(document, request).build()
    return document


def write_docx(request: RenderRequest, path: Path) -> None:
    """Build the skeleton and save it to `path` (the caller makes the write atomic)."""
    build_docx(request).save(str(path))
