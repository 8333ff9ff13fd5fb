"""A jury grid as a Word document to print: A4 landscape, one table per competence with tick boxes per level.

Each competence table repeats its header row on every page and is kept on one page when it fits
(every row but the last keeps with the next). Role plays add a live observation sheet per interview type.
"""

from __future__ import annotations

from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from .. import ooxml
from ..writers.docx import wordml
from ..writers.docx.writer import (
    HEADER_FILL, HEADER_INK, LABEL_FILL, _PageSetup, _StyleIds, fill_body, open_template, set_language,
)
from ..i18n import language_tag
from .model import Grid, GridPart, GridTable

BOX = "☐"  # a tick box that prints everywhere (U+2610)
GROUP_FILL = "DCE6EA"
RESULT_FILL = "F3F6F8"
OBSERVATION_ROWS = 14


class _GridDocument:
    def __init__(self, grid: Grid) -> None:
        self.grid = grid
        self.doc = open_template(None)
        self.styles = _StyleIds.of(self.doc)
        self.page = _PageSetup(self.doc.element.body.find(qn("w:sectPr")))
        self.width = self.page.text_width[True]
        self.parts: list[str] = []
        self.cells: dict[tuple, wordml.Cell] = {}

    # -- helpers

    def _p(self, content: str = "", style: str | None = None, **layout) -> str:
        return wordml.paragraph(content, style=self.styles[style] if style else None, **layout)

    def _cell(self, text: str = "", **layout) -> wordml.Cell:
        """A table cell; the same cell (a tick box, an empty comment) is spelled once per document."""
        key = (text, *sorted(layout.items()))
        if key not in self.cells:
            self.cells[key] = self._new_cell(text, **layout)
        return self.cells[key]

    def _new_cell(self, text: str = "", *, bold: bool = False, header: bool = False, fill: str | None = None,
                  span: int = 1, align: str | None = None, keep: bool = True, size: float | None = None,
                  italic: bool = False) -> wordml.Cell:
        content = wordml.run(text, bold=bold or header, italic=italic, color=HEADER_INK if header else None,
                             size=size) if text else ""
        paragraph = self._p(content, "MT Table Text", align=align, keep_next=keep)
        return wordml.Cell(paragraph, span=span, fill=HEADER_FILL if header else fill)

    def _widths(self, fractions: list[float]) -> list[int]:
        scale = sum(fractions)
        return [int(self.width * f / scale) for f in fractions]

    def _table(self, fractions: list[float], rows: list[list[wordml.Cell]], **options) -> None:
        self.parts.append(wordml.table(self._widths(fractions), rows, style=self.styles["Table Grid"], **options))
        self.parts.append(self._p(after=4))

    # -- the document

    def build(self) -> None:
        for number, part in enumerate(self.grid.parts):
            self._header(part, new_page=number > 0)
            for table in part.tables:
                self._competence(table)
            self._signatures()
            if part.observation:
                self._observation(part)
        self._fill_body()
        self._furniture()

    def _header(self, part: GridPart, new_page: bool) -> None:
        grid, labels = self.grid, self.grid.labels
        title = grid.title + (f" — {part.title}" if part.title else "")
        self.parts.append(self._p(wordml.run(title), "Heading 1", after=6, before=0, page_break_before=new_page))
        fields = grid.fields
        rows = [
            (labels["certification"], grid.certification),
            (labels["blocks"], " · ".join(grid.blocks)),
            (labels["assessment"], f"{grid.assessment} ({grid.modality})"),
            (labels["deliverables"], " · ".join(part.deliverables or grid.deliverables)),
        ]
        people = [
            (labels["candidate"], fields.get("candidate", ""), labels["team"], fields.get("team", "")),
            (labels["jury"], fields.get("jury", ""), labels["date"], fields.get("date", "")),
        ]
        table = [[self._cell(label, bold=True, fill=LABEL_FILL), self._cell(value, span=3)] for label, value in rows]
        table += [[self._cell(a, bold=True, fill=LABEL_FILL), self._cell(b), self._cell(c, bold=True, fill=LABEL_FILL),
                   self._cell(d)] for a, b, c, d in people]
        self._table([1.2, 3.2, 1.0, 2.2], table, header_rows=0, heights={len(rows): 0.8, len(rows) + 1: 0.8})
        scale = " · ".join(f"{BOX} {level}" for level in grid.scale)
        self.parts.append(self._p(wordml.run(labels.colon("scale"), bold=True) + wordml.run(scale), "MT Table Text"))
        self.parts.append(self._p(wordml.run(grid.rule, italic=True), "MT Table Text", after=6))

    def _competence(self, table: GridTable) -> None:
        grid, labels = self.grid, self.grid.labels
        levels = len(grid.scale)
        columns = levels + 2
        heading = wordml.run(f"{table.competence}  ", bold=True) + wordml.run(table.statement)
        self.parts.append(self._p(heading, "Heading 2", keep_next=True, before=6))
        rows = [[self._cell(labels["criterion"], header=True)]
                + [self._cell(level, header=True, align="center", size=8) for level in grid.scale]
                + [self._cell(labels["comment"], header=True, size=8)]]
        for group in table.groups:
            rows.append([self._cell(f"✓ {group.title}", bold=True, fill=GROUP_FILL, span=columns)])
            for criterion in group.criteria:
                rows.append(
                    [self._cell(f"{criterion.id}  {criterion.text}")]
                    + [self._cell(BOX, align="center", size=12) for _ in range(levels)]
                    + [self._cell()]
                )
        verdict = f"{BOX} {labels['validated']}   {BOX} {labels['not-validated']}"
        rows.append([self._cell(f"{labels['suggested']} ({table.competence})", bold=True, fill=RESULT_FILL),
                     self._cell(verdict, span=levels, fill=RESULT_FILL),
                     self._cell(labels.colon("decision") + verdict, bold=True, fill=RESULT_FILL, keep=False)])
        self._table([5.0] + [0.9] * levels + [3.0], rows)

    def _signatures(self) -> None:
        """One row: the label, then a box per jury member for name and signature."""
        labels = self.grid.labels
        hint = f"{labels['name']} / {labels['signature']}"
        rows = [[self._cell(labels["signatures"], bold=True, fill=LABEL_FILL)]
                + [self._cell(hint, size=7, italic=True, keep=False) for _ in range(3)]]
        self._table([1.6, 2.0, 2.0, 2.0], rows, header_rows=0, heights={0: 1.5})

    def _observation(self, part: GridPart) -> None:
        labels = self.grid.labels
        self.parts.append(self._p(wordml.run(f"{labels['observation']} — {part.title}"), "Heading 1", keep_next=True,
                                  before=0, page_break_before=True))
        self.parts.append(self._p(wordml.run(labels["observation-help"], italic=True), "MT Table Text", keep_next=True))
        rows = [[self._cell(labels["time"], header=True), self._cell(labels["observed"], header=True),
                 self._cell(labels["which-criterion"], header=True)]]
        rows += [[self._cell(keep=False) for _ in range(3)] for _ in range(OBSERVATION_ROWS)]
        self._table([1.0, 7.0, 1.6], rows, heights={r: 0.85 for r in range(1, OBSERVATION_ROWS + 1)})

    def _fill_body(self) -> None:
        self.page.orient(self.page.element, True)
        fill_body(self.doc, "".join(self.parts), self.page.element)

    def _furniture(self) -> None:
        grid = self.grid
        set_language(self.doc, language_tag(grid.lang))
        props = self.doc.core_properties
        props.title = f"{grid.title} — {grid.assessment}"[:255]  # Word's limit on core properties
        props.subject = " · ".join(grid.deliverables)[:255]
        props.language = language_tag(grid.lang)
        props.keywords = ", ".join((grid.id, *dict.fromkeys(t.competence for t in grid.tables)))
        props.identifier = f"mind-templates:grid:{grid.id}"
        props.last_modified_by = "mind-templates"
        section = self.doc.sections[0]
        header = section.header.paragraphs[0]
        header.text = f"{grid.assessment} · {grid.title}"
        header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        footer = section.footer.paragraphs[0]
        footer.text = ""
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for run in parse_xml(f'<w:p xmlns:w="{ooxml.W}">{wordml.page_of_pages(grid.labels["page"])}</w:p>'):
            footer._p.append(run)


def write_grid_docx(grid: Grid, path: Path, candidates: tuple[str, ...] = ()) -> None:
    """Lay the grid out and save it to `path` (the caller makes the write atomic).

    One printed form serves every candidate; the name is on it only when the plan put it in `grid.fields`.
    """
    document = _GridDocument(grid)
    document.build()
    document.doc.save(str(path))
