"""Writes a deliverable's Word skeleton: cover, contents, one real heading per section, guidance, tables and canvases."""

from __future__ import annotations

import copy
import io
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from lxml import etree

from ... import ooxml, resources
from ...skeleton import canvas, markers, risk, styles, texts
from ...skeleton.placeholders import bracketed
from ...errors import MindTemplatesError, TemplateError, UnreadableDocumentError
from ...i18n import _
from ...model import Section
from . import wordml
from ..common import RenderRequest

# Styles the writer relies on. A school template lacking one gets ours copied in (documented fallback).
REQUIRED_STYLES = (
    "Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "Caption", "Header", "Footer", "Table Grid",
    "TOC Heading", "TOC 1", "TOC 2", styles.GUIDANCE, styles.GUIDANCE_ITEM, styles.PLACEHOLDER,
    styles.FIGURE, styles.COVER_FIELD, styles.TABLE_TEXT,
)
HEADER_FILL = "1B2A49"
HEADER_INK = "FFFFFF"
ACCENT = "0F766E"
LABEL_FILL = "EEF4F6"
# Risk matrix fills, one per zone of skeleton.risk.ZONES (low to critical).
RISK_FILLS = ("C6EFCE", "FFEB9C", "F8CBAD", "F4A3A3")


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
    if not Path(template).exists():  # anything else that is not a regular file, the reader refuses in its words
        raise TemplateError(f"template {template} does not exist; give the path of a .docx file")
    school = _open_school(Path(template))
    _adopt_missing_styles(school, document)
    return school


def _open_school(path: Path) -> DocxDocument:
    """A school's file, read as safely as a submitted one: a .dotx (Word or LibreOffice) or a .docm/.dotm comes
    back retyped as a document, its macros dropped, since what we write is a .docx."""
    from ...reader import load_document, open_package

    try:
        package = open_package(path)
        document = load_document(package) if package.kind == "docx" else None
    except UnreadableDocumentError as error:
        raise TemplateError(_("{path} is not a usable Word template ({code}); give a .docx or .dotx saved by Word "
                              "or LibreOffice", path=path, code=error.code)) from None
    if document is None:
        raise TemplateError(_("{path} is a PowerPoint file, not a Word template; give a .docx or .dotx, or use it "
                              "with --format pptx", path=path))
    drop_macros(document)
    drop_styles_with_effects(document)
    return document


# Macro-only parts a .docx must not keep (Word refuses a .docx that holds them).
_MACRO_RELTYPES = ("/vbaProject", "/keyMapCustomizations", "/attachedToolbars", "/wordVbaData")


def drop_macros(document: DocxDocument) -> None:
    _drop_parts(document, _MACRO_RELTYPES)


def drop_styles_with_effects(document: DocxDocument) -> None:
    """Drop Word 2010's copy of the styles before adding styles: it would disagree with styles.xml (the Open XML
    SDK's semantic rules require they match), and Word 2013 and later neither need nor write it."""
    _drop_parts(document, ("/stylesWithEffects",))


def _drop_parts(document: DocxDocument, reltype_endings: tuple[str, ...]) -> None:
    rels = document.part.rels
    for r_id in [r for r, rel in rels.items() if rel.reltype.endswith(reltype_endings)]:
        del rels[r_id]


def _adopt_missing_styles(target: DocxDocument, source: DocxDocument) -> None:
    """Copy the required styles the target lacks (by name), with the styles they are based on, link to or are
    followed by: a reference resolves to the target's style of the same name when it has one, else that style
    is copied too. A dangling basedOn/link/next is a schema error in Word's eyes."""
    target_ids = _StyleIds.of(target)
    present = set(target_ids.values())
    source_by_id = {s.get(qn("w:styleId")): s for s in source.styles.element.iter(qn("w:style"))}
    target_styles = target.styles.element
    wanted = [source.styles[name].element for name in REQUIRED_STYLES if name.casefold() not in target_ids]
    while wanted:
        element = copy.deepcopy(wanted.pop(0))
        if element.get(qn("w:styleId")) in present:
            continue
        for tag in ("w:basedOn", "w:next", "w:link"):
            ref = element.find(qn(tag))
            style_id = ref.get(qn("w:val")) if ref is not None else None
            if ref is None or style_id in present:
                continue
            referenced = source_by_id.get(style_id)
            name = referenced.find(qn("w:name")) if referenced is not None else None
            same_name = target_ids.get(name.get(qn("w:val")).casefold()) if name is not None else None
            if same_name is not None:
                ref.set(qn("w:val"), same_name)
            elif referenced is not None:
                wanted.append(referenced)
            else:
                element.remove(ref)
        target_styles.append(element)
        present.add(element.get(qn("w:styleId")))


def set_language(document: DocxDocument, tag: str) -> None:
    """Proofing language on the document defaults and on every style that names one."""
    styles = document.styles.element
    r_pr_default = styles.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr"))
    if r_pr_default is not None and r_pr_default.find(qn("w:lang")) is None:
        wordml.insert_in_order(r_pr_default, OxmlElement("w:lang"), wordml.RPR_ORDER)
    for lang in styles.iter(qn("w:lang")):
        lang.set(qn("w:val"), tag)
    theme_lang = document.settings.element.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), tag)


def fill_body(document: DocxDocument, body_xml: str, sect_pr) -> None:
    """Parse the body XML once and put it in place of the template's content, ending with `sect_pr`."""
    body = document.element.body
    fragment = parse_xml(f'<w:body xmlns:w="{ooxml.W}">{body_xml}</w:body>')
    fragment.append(sect_pr)  # the template's last section properties (page size, margins), moved
    body.getparent().replace(body, fragment)


# ---------------------------------------------------------------- the writer


class _StyleIds(dict):
    """Style name -> style id; Word stores built-in names in lower case ("heading 1"), so names are case-folded."""

    @classmethod
    def of(cls, document: DocxDocument) -> "_StyleIds":
        ids = cls()
        for style in document.styles.element.iter(qn("w:style")):
            name = style.find(qn("w:name"))
            if name is not None:
                ids[name.get(qn("w:val")).casefold()] = style.get(qn("w:styleId"))
        return ids

    def __missing__(self, name: str) -> str:
        folded = name.casefold()
        if folded != name and folded in self:
            return self[folded]
        raise TemplateError(f"the template has no style named {name!r}; add it, or use the base template")


def _page_of(body) -> etree._Element:
    """The body's final sectPr, completed from our base template where a template (often not from Word) has
    none, or no page size or margins."""
    base = _open(_base_template_path()).element.body.find(qn("w:sectPr"))
    sect_pr = body.find(qn("w:sectPr"))
    if sect_pr is None:
        sect_pr = copy.deepcopy(base)
        body.append(sect_pr)
        return sect_pr
    for tag, needed in (("w:pgSz", ("w:w", "w:h")), ("w:pgMar", ())):
        own = sect_pr.find(qn(tag))
        if own is not None and all(_twips(own.get(qn(a))) for a in needed):
            continue
        if own is not None:
            sect_pr.remove(own)
        wordml.insert_in_order(sect_pr, copy.deepcopy(base.find(qn(tag))), wordml.SECTPR_ORDER)
    grid = sect_pr.find(qn("w:docGrid"))
    space = _twips(grid.get(qn("w:charSpace"))) if grid is not None else None
    if space is not None and space >= 2**31:  # an unsigned rendering of a negative value (ST_DecimalNumber is signed)
        grid.set(qn("w:charSpace"), str(space - 2**32 if space < 2**32 else 0))
    return sect_pr


def _twips(value: str | None, default: int | None = None) -> int | None:
    """A measure attribute as an int; `default` when it is absent or not a whole number."""
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


class _PageSetup:
    """The template's page, in portrait and landscape, as sectPr XML that ends a document section."""

    def __init__(self, body_sect_pr) -> None:
        self.element = body_sect_pr
        for tag in ("w:headerReference", "w:footerReference", "w:titlePg"):
            for child in body_sect_pr.findall(qn(tag)):
                body_sect_pr.remove(child)
        size = body_sect_pr.find(qn("w:pgSz"))
        margins = body_sect_pr.find(qn("w:pgMar"))
        width, height = _twips(size.get(qn("w:w"))), _twips(size.get(qn("w:h")))
        self.portrait_size = (min(width, height), max(width, height))
        side_margins = _twips(margins.get(qn("w:left")), 1247) + _twips(margins.get(qn("w:right")), 1247)
        self.text_width = {False: self.portrait_size[0] - side_margins, True: self.portrait_size[1] - side_margins}

    def orient(self, element, landscape: bool) -> None:
        short, long = self.portrait_size
        size = element.find(qn("w:pgSz"))
        size.set(qn("w:w"), str(long if landscape else short))
        size.set(qn("w:h"), str(short if landscape else long))
        if landscape:
            size.set(qn("w:orient"), "landscape")
        elif size.get(qn("w:orient")) is not None:
            del size.attrib[qn("w:orient")]

    def section_end(self, landscape: bool) -> str:
        element = copy.deepcopy(self.element)
        self.orient(element, landscape)
        return etree.tostring(element, encoding="unicode")


class _DocxBuilder:
    def __init__(self, document: DocxDocument, request: RenderRequest) -> None:
        self.doc = document
        self.req = request
        self.ui = request.ui
        self.styles = _StyleIds.of(document)
        self.page = _PageSetup(_page_of(document.element.body))
        self.parts: list[str] = []  # body XML, in order
        self.landscape = False
        self.figures = 0
        self.bookmarks = 0
        self.pending = ""  # markup that opens the next paragraph (a bookmark's end)

    # -- whole document

    def build(self) -> None:
        self._set_language()
        self._set_properties()
        self._set_update_fields_on_open()
        self._cover()
        self._contents()
        parts = self.req.deliverable.parts
        if parts:  # a dossier: a heading per part, its sections one level below
            for number, part in enumerate(parts, 1):
                self._part_heading(number, part)
                for section in part.sections:
                    self._section(section, depth=1)
        else:
            for section in self.req.deliverable.sections:
                self._section(section)
        self._fill_body()
        self._headers_and_footers()

    def _fill_body(self) -> None:
        self.page.orient(self.page.element, self.landscape)
        fill_body(self.doc, "".join(self.parts), self.page.element)

    def _set_language(self) -> None:
        set_language(self.doc, self.req.language_tag)

    def _set_properties(self) -> None:
        req, d = self.req, self.req.deliverable
        props = self.doc.core_properties
        props.title = d.title[req.doc_lang]
        props.subject = req.referential.assessment(d.assessment).title[req.doc_lang]
        props.author = (req.field("team") or req.field("candidate") or "")[:255]  # Word's limit on core properties
        props.language = req.language_tag
        props.keywords = ", ".join((d.id, *d.competences))
        props.category = d.assessment
        props.identifier = f"mind-templates:{d.id}"
        props.version = req.referential.version
        props.comments = self.ui.gettext("Skeleton generated by mind-templates from the certification referential.")
        props.last_modified_by = "mind-templates"
        self._set_custom_properties(req.marker_properties())

    def _set_custom_properties(self, values: dict[str, str]) -> None:
        package = self.doc.part.package
        blob = markers.custom_properties_xml(values)
        for rel in package.rels.values():
            if rel.reltype == ooxml.RT_CUSTOM_PROPERTIES:
                rel.target_part._blob = blob  # a school template may already carry custom properties
                return
        part = Part(PackURI("/docProps/custom.xml"), ooxml.CT_CUSTOM_PROPERTIES, blob, package)
        package.relate_to(part, ooxml.RT_CUSTOM_PROPERTIES)

    def _set_update_fields_on_open(self) -> None:
        settings = self.doc.settings.element
        if settings.find(qn("w:updateFields")) is None:
            update = OxmlElement("w:updateFields")
            update.set(qn("w:val"), "true")
            wordml.insert_in_order(settings, update, wordml.SETTINGS_ORDER)

    # -- writing helpers

    def _p(self, content: str = "", style: str | None = None, **layout) -> None:
        content, self.pending = self.pending + content, ""
        self.parts.append(wordml.paragraph(content, style=self.styles[style] if style else None, **layout))

    def _label(self, label: str) -> str:
        """'Client: ' / 'Donneur d'ordre : ': the colon's spacing is the language's (a catalog entry)."""
        return self.ui.gettext("{label}: ", label=label)

    def _placeholder(self, text: str) -> str:
        return wordml.run(text, style=self.styles[styles.PLACEHOLDER])

    # -- cover and contents

    def _cover(self) -> None:
        req, d, lang = self.req, self.req.deliverable, self.req.doc_lang
        cert = req.referential.certification
        self._p(wordml.run(f"{cert.title[lang]} · {cert.rncp_label[lang]} · {cert.awarding_body}", color=ACCENT),
                styles.COVER_FIELD, after=60)
        self._p(wordml.run(d.title[lang]), "Title")
        assessment = req.referential.assessment(d.assessment).title[lang]
        blocks = " · ".join(f"{b.id} {b.display_title[lang]}" for b in req.referential.blocks_of(d))
        self._p(wordml.run(blocks if d.parts else f"{assessment} — {blocks}"), "Subtitle")  # a dossier's title is its assessment
        self._p(wordml.run(self._label(self.ui.gettext("Competences assessed")), bold=True), styles.COVER_FIELD)
        for comp_id in d.competences:
            statement = req.referential.competence(comp_id).statement[lang]
            self._p(wordml.run(f"{comp_id}  ", bold=True) + wordml.run(statement, size=10), styles.COVER_FIELD,
                    indent_left_cm=0.5)
        self._p(style=styles.COVER_FIELD, after=24)
        for key, value in req.cover_entries():
            shown = wordml.run(value) if value else self._placeholder(req.placeholder(key))
            self._p(wordml.run(self._label(req.label(key)), bold=True) + shown, styles.COVER_FIELD)
        self.parts.append(wordml.page_break())

    def _contents(self) -> None:
        """A TOC field, pre-filled with the outline so it reads well even before it is updated.

        A dossier's contents list its parts and their first-level sections: the two levels the field shows."""
        self._p(wordml.run(self.ui.gettext("Contents")), "TOC Heading")
        entries = self._outline()
        for i, (label, title, level) in enumerate(entries):
            content = wordml.run(f"{label} {title}".strip())
            if i == 0:
                content = wordml.field_begin('TOC \\o "1-2" \\h \\z \\u') + content
            if i == len(entries) - 1:
                content += wordml.field_end()
            self._p(content, f"TOC {level}")
        self.parts.append(wordml.page_break())

    def _outline(self) -> list[tuple[str, str, int]]:
        """(number, title, TOC level) of what the contents list."""
        d = self.req.deliverable
        if not d.parts:
            return [(label, self.req.text(s.title), s.level) for label, s in zip(d.outline_numbers(), d.sections)]
        entries = []
        for number, part in enumerate(d.parts, 1):
            entries.append(("", self._part_title(number, part), 1))  # the title says its number
            entries += [(f"{number}.{label.rstrip('.')}", self.req.text(s.title), 2)
                        for label, s in zip(part.outline_numbers(), part.sections) if s.level == 1]
        return entries

    def _part_title(self, number: int, part) -> str:
        return self.ui.gettext("Part {n}: {title}", n=number, title=self.req.text(part.title))

    def _part_heading(self, number: int, part) -> None:
        """A dossier part starts on a new page, with its competences under its heading."""
        self._orientation(False)
        self.bookmarks += 1
        title = wordml.bookmark_start(self.bookmarks, markers.section_bookmark(part.id))
        self._p(title + wordml.run(self._part_title(number, part)), styles.heading(1),
                page_break_before=number > 1)  # the contents end with a page break
        self.pending = wordml.bookmark_end(self.bookmarks)
        competences = ", ".join(part.competences)
        self._p(wordml.run(self._label(self.ui.gettext("Competences assessed")), bold=True)
                + wordml.run(competences), styles.GUIDANCE, after=10)

    # -- page orientation

    def _orientation(self, landscape: bool) -> None:
        """Wide content gets landscape pages: end the current section and start one turned the other way."""
        if landscape != self.landscape:
            self._p(section=self.page.section_end(self.landscape))
            self.landscape = landscape

    def _widths(self, fractions: list[float]) -> list[int]:
        total = self.page.text_width[self.landscape]
        scale = sum(fractions)
        return [int(total * f / scale) for f in fractions]

    # -- one section

    def _section(self, section: Section, depth: int = 0) -> None:
        """One section; `depth` 1 puts it one heading level down, under a dossier's part heading."""
        self._orientation(section.landscape or section.canvas == canvas.BUSINESS_MODEL_CANVAS)
        # The section's bookmark runs from the heading into the next paragraph: it holds the heading's paragraph
        # mark, so a student who selects the heading's text and types a new one (Word, LibreOffice) keeps it.
        self.bookmarks += 1
        title = wordml.bookmark_start(self.bookmarks, markers.section_bookmark(section.id))
        self._p(title + wordml.run(self.req.text(section.title)), styles.heading(section.level + depth))
        self.pending = wordml.bookmark_end(self.bookmarks)
        self._guidance(section)
        if section.kind == "prose" or section.min_words:
            self._p(self._placeholder(self._prompt_text(section)))
        if section.kind in ("table", "interview-grid"):
            self._table(section)
        elif section.kind == "canvas":
            self._canvas(section)
        elif section.kind == "figure":
            self._figure(section)

    def _guidance(self, section: Section) -> None:
        req, ui = self.req, self.ui
        self._p(wordml.run(ui.gettext(texts.JURY_LOOKS_FOR), bold=True), styles.GUIDANCE, before=4)
        for criterion_id in section.criteria:
            text = req.text(req.referential.criterion(criterion_id).text)
            self._p(wordml.run(f"•\t{criterion_id}  ", bold=True) + wordml.run(text), styles.GUIDANCE_ITEM)
        hints = wordml.run(self._label(ui.gettext(texts.TIPS)), bold=True) + wordml.run(req.text(section.guidance))
        if section.min_words:
            hints += wordml.run(" " + ui.gettext(texts.AIM_FOR_WORDS, n=section.min_words))
        if not section.required:
            hints += wordml.run(" " + ui.gettext(texts.SECTION_OPTIONAL))
        self._p(hints, styles.GUIDANCE)
        self._p(wordml.run(ui.gettext(texts.DELETE_GUIDANCE), italic=True), styles.GUIDANCE, after=10)

    def _prompt_text(self, section: Section) -> str:
        if section.prompt is not None:
            return self.req.text(section.prompt)
        return bracketed(self.ui.gettext(texts.WRITE_SECTION, title=self.req.text(section.title)))

    # -- tables

    def _cell(self, text: str = "", *, bold: bool = False, placeholder: bool = False, header: bool = False,
              fill: str | None = None, span: int = 1, vmerge: str | None = None, align: str | None = None,
              size: float | None = None) -> wordml.Cell:
        if not text:
            content = ""
        elif placeholder:
            content = self._placeholder(text)
        else:
            content = wordml.run(text, bold=bold or header, color=HEADER_INK if header else None, size=size)
        paragraph = wordml.paragraph(content, style=self.styles[styles.TABLE_TEXT], align=align)
        return wordml.Cell(paragraph, span=span, fill=HEADER_FILL if header else fill, vmerge=vmerge)

    def _canvas_cell(self, title: str, prompt: str, **layout) -> wordml.Cell:
        style = self.styles[styles.TABLE_TEXT]
        content = (wordml.paragraph(wordml.run(title, bold=True), style=style)
                   + wordml.paragraph(self._placeholder(prompt), style=style))
        return wordml.Cell(content, **layout)

    def _table(self, section: Section) -> None:
        text = self.req.text
        columns = [text(c) for c in section.columns]
        row_labels = [text(r) for r in section.rows]
        fractions = [1.0] * len(columns)
        if row_labels and len(columns) > 2:
            fractions[0] = 1.6
        rows = [[self._cell(title, header=True) for title in columns]]
        amount = self.req.money(0) if section.money else ""
        for r in range(len(row_labels) or 3):
            row = []
            for c in range(len(columns)):
                if row_labels and c == 0:
                    row.append(self._cell(row_labels[r], bold=True, fill=LABEL_FILL))
                elif amount and (row_labels or c > 0):
                    row.append(self._cell(amount, placeholder=True, align="right"))
                else:
                    row.append(self._cell())
            rows.append(row)
        self._add_table(fractions, rows)

    def _add_table(self, fractions: list[float], rows: list[list[wordml.Cell]], **options) -> None:
        self.parts.append(wordml.table(self._widths(fractions), rows, style=self.styles["Table Grid"], **options))
        self._p()

    # -- canvases

    def _canvas(self, section: Section) -> None:
        layout = {
            canvas.BUSINESS_MODEL_CANVAS: self._business_model_canvas,
            canvas.RISK_MATRIX: self._risk_matrix,
            canvas.TECHNOLOGY_RADAR: self._radar,
        }.get(section.canvas or canvas.GRID, self._grid)
        layout(section)

    def _canvas_title_row(self, section: Section, columns: int) -> list[wordml.Cell]:
        return [self._cell(self.req.text(section.title), header=True, span=columns)]

    def _business_model_canvas(self, section: Section) -> None:
        """The usual canvas: five columns of blocks over two rows, costs and revenues beneath."""
        t = self.req.text
        kp, ka, kr, vp, cr, ch, cs, cost, revenue = (
            (t(c.title), t(c.prompt)) for c in canvas.bmc_order(section.cells)
        )
        rows = [
            self._canvas_title_row(section, 10),
            [self._canvas_cell(*kp, span=2, vmerge="restart"), self._canvas_cell(*ka, span=2),
             self._canvas_cell(*vp, span=2, vmerge="restart"), self._canvas_cell(*cr, span=2),
             self._canvas_cell(*cs, span=2, vmerge="restart")],
            [wordml.Cell("", span=2, vmerge="continue"), self._canvas_cell(*kr, span=2),
             wordml.Cell("", span=2, vmerge="continue"), self._canvas_cell(*ch, span=2),
             wordml.Cell("", span=2, vmerge="continue")],
            [self._canvas_cell(*cost, span=5), self._canvas_cell(*revenue, span=5)],
        ]
        self._add_table([1.0] * 10, rows, heights={1: 3.4, 2: 3.4, 3: 2.4})

    def _grid(self, section: Section) -> None:
        """Empathy-map quadrants and other canvases two cells a row; a persona as a labelled card."""
        t = self.req.text
        rows = [self._canvas_title_row(section, 2)]
        heights = {}
        if section.canvas == canvas.PERSONA:
            for cell in section.cells:
                rows.append([self._cell(t(cell.title), bold=True, fill=LABEL_FILL),
                             self._cell(t(cell.prompt), placeholder=True)])
            fractions = [1.0, 2.6]
        else:
            cells = [self._canvas_cell(t(c.title), t(c.prompt)) for c in section.cells]
            if len(cells) % 2:
                cells.append(wordml.Cell(""))
            for i in range(0, len(cells), 2):
                heights[len(rows)] = 3.5
                rows.append(cells[i:i + 2])
            fractions = [1.0, 1.0]
        self._add_table(fractions, rows, heights=heights)

    def _risk_matrix(self, section: Section) -> None:
        rows = [[self._cell(self.ui.gettext(texts.RISK_AXES), header=True)]
                + [self._cell(str(impact), header=True, align="center") for impact in risk.SCALE]]
        for probability in reversed(risk.SCALE):
            row = [self._cell(str(probability), bold=True, fill=LABEL_FILL)]
            for impact in risk.SCALE:
                score = probability * impact
                row.append(self._cell(str(score), fill=RISK_FILLS[risk.zone(score)], align="center", size=8))
            rows.append(row)
        self.parts.append(wordml.table(self._widths([1.6, 1, 1, 1, 1, 1]), rows, style=self.styles["Table Grid"],
                                       heights={r: 1.3 for r in range(1, 6)}))
        for cell in section.cells:
            self._p(wordml.run(self._label(self.req.text(cell.title)), bold=True) + self._placeholder(self.req.text(cell.prompt)))

    def _radar(self, section: Section) -> None:
        rings = section.cells
        rows = [[self._cell(self.req.text(r.title), header=True) for r in rings],
                [self._cell(self.req.text(r.prompt), placeholder=True) for r in rings]]
        self._add_table([1.0] * len(rings), rows, heights={1: 4.5})

    # -- figures

    def _figure(self, section: Section) -> None:
        caption_text = self.req.text(section.figure)
        prompt = bracketed(self.ui.gettext(texts.INSERT_FIGURE, what=caption_text))
        self._p(self._placeholder(prompt) + wordml.line_break(), styles.FIGURE, before=12, after=6,
                line_exact=60)
        self.figures += 1
        caption = (wordml.run(self.ui.gettext(texts.FIGURE) + " ") + wordml.field("SEQ Figure \\* ARABIC", str(self.figures))
                   + wordml.run(f": {caption_text}"))
        self._p(caption, "Caption")

    # -- page furniture

    def _headers_and_footers(self) -> None:
        title = self.req.deliverable.title[self.req.doc_lang]
        first = self.doc.sections[0]
        first.different_first_page_header_footer = True  # the cover page stays clean
        header = first.header.paragraphs[0]
        header._p.style = self.styles["Header"]  # the template's own id (python-docx's default part says "Header")
        header.text = ""
        project = self.req.field("project")
        header.add_run(f"{title} · {project}" if project else title)
        header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        footer = first.footer.paragraphs[0]
        footer._p.style = self.styles["Footer"]
        footer.text = ""
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        page_number = wordml.page_of_pages(self.ui.gettext("Page"))
        for run in parse_xml(f'<w:p xmlns:w="{ooxml.W}">{page_number}</w:p>'):
            footer._p.append(run)


@contextmanager
def _school_template_guard(template: Path | None) -> Iterator[None]:
    """A school's file is outside input: what python-docx trips on in it (and the reader let by) is the
    template's problem, said in one line; with our own template, any exception is our bug and stays one."""
    if template is None:
        yield
        return
    try:
        yield
    except (MindTemplatesError, OSError, MemoryError):
        raise
    except Exception as error:
        raise TemplateError(_("{path} could not be used as a Word template ({error}); open it in Word or LibreOffice, "
                              "save it again as .docx or .dotx and retry", path=template,
                              error=type(error).__name__)) from error


def build_docx(request: RenderRequest) -> DocxDocument:
    document = open_template(request.template)
    with _school_template_guard(request.template):
        _DocxBuilder(document, request).build()
    return document


def write_docx(request: RenderRequest, path: Path) -> None:
    """Build the skeleton and save it to `path` (the caller makes the write atomic)."""
    document = build_docx(request)
    with _school_template_guard(request.template):
        document.save(str(path))
