"""A jury grid as an Excel workbook a jury fills in and a teacher collects (written with XlsxWriter).

One sheet per candidate: a drop-down of the scale in each level cell, counts per level and the suggested
result per competence as formulas, and the jury's own decision cell. A class summary sheet comes first:
one row per candidate, the suggested results (formulas reading the candidates' sheets), then the decisions.
Sheets are protected without a password, so only formula and referential cells are locked.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from pathlib import Path

import xlsxwriter
from xlsxwriter.utility import xl_rowcol_to_cell
from xlsxwriter.worksheet import Worksheet

from .model import Grid, GridTable
from .names import SheetNames, sheet_reference

# Level colours from the lowest level to the highest; a scale of any length picks evenly from them.
LEVEL_COLOURS = ("F4A3A3", "F8CBAD", "FFEB9C", "C6EFCE", "8ED1A5")
VERDICT_COLOURS = ("C6EFCE", "F4A3A3", "E7E6E6")  # validated, not validated, to complete
WIDTHS = (12, 70, 24, 48)  # id, criterion, level, comment (characters)
SUMMARY_NAME_WIDTH = 34
A4 = 9


_FUNCTION = re.compile(r"\b([A-Z][A-Z0-9.]*)\(")
_PLAIN_FUNCTIONS = {"IF", "SUM", "COUNTIF"}


class _Sheet(Worksheet):
    """A worksheet that trusts formulas made only of functions Excel has always had.

    XlsxWriter runs some 30 regular expressions over every formula to prefix newer functions with
    `_xlfn.`; the grids use only IF, SUM and COUNTIF, and that pass was half the time of a class's workbook.
    Conditional formats' values ("acquis") pass here too. Any other formula goes through XlsxWriter's own.
    """

    def _prepare_formula(self, formula, expand_future_functions=False):
        if not formula.startswith("{") and set(_FUNCTION.findall(formula)) <= _PLAIN_FUNCTIONS:
            return formula[1:] if formula.startswith("=") else formula
        return super()._prepare_formula(formula, expand_future_functions)


@lru_cache(maxsize=4096)  # every candidate's sheet asks the same for the same criteria
def _rows_for(text: str, width: int) -> int:
    """How many wrapped lines a text takes in a column `width` characters wide (Excel does not autofit)."""
    return max(1, sum(math.ceil(max(1, len(line)) / max(1, width - 2)) for line in text.split("\n")))


class _Workbook:
    def __init__(self, grid: Grid, path: Path, candidates: tuple[str, ...]) -> None:
        self.grid = grid
        self.candidates = candidates or ("",)
        # Names and texts are plain text, never formulas or links; in memory: no temporary files to create and remove.
        options = {"strings_to_formulas": False, "strings_to_urls": False, "in_memory": True}
        self.book = xlsxwriter.Workbook(str(path), options)
        self.book.set_properties({"title": f"{grid.title} — {grid.assessment}", "subject": " · ".join(grid.deliverables),
                                  "keywords": grid.id, "comments": "mind-templates"})
        self.names = SheetNames()
        f = self.book.add_format
        wrap = {"text_wrap": True, "valign": "top", "font_size": 10}
        self.fmt = {
            "title": f({"bold": True, "font_size": 14}),
            "label": f({**wrap, "bold": True, "bg_color": "EEF4F6", "border": 1}),
            "value": f({**wrap, "border": 1}),
            "input": f({**wrap, "border": 1, "locked": False, "bg_color": "FFFFF0"}),
            "header": f({**wrap, "bold": True, "font_color": "FFFFFF", "bg_color": "1B2A49", "border": 1}),
            "part": f({"bold": True, "font_size": 12, "bg_color": "1B2A49", "font_color": "FFFFFF", "border": 1}),
            "competence": f({**wrap, "bold": True, "bg_color": "C9D8DF", "border": 1}),
            "group": f({**wrap, "italic": True, "bold": True, "bg_color": "DCE6EA", "border": 1}),
            "id": f({**wrap, "border": 1, "font_color": "555555"}),
            "criterion": f({**wrap, "border": 1}),
            "level": f({**wrap, "border": 1, "locked": False, "align": "center", "bg_color": "FFFFF0"}),
            "comment": f({**wrap, "border": 1, "locked": False, "bg_color": "FFFFF0"}),
            "count-label": f({**wrap, "border": 1, "align": "right", "bg_color": "F3F6F8"}),
            "count": f({"border": 1, "align": "center", "bg_color": "F3F6F8", "font_size": 10}),
            "verdict-label": f({**wrap, "border": 1, "align": "right", "bold": True, "bg_color": "F3F6F8"}),
            "verdict": f({"border": 1, "align": "center", "bold": True, "font_size": 10}),
            "note": f({**wrap, "italic": True}),
            "name": f({**wrap, "border": 1}),
        }
        scale = len(grid.scale)
        picks = [LEVEL_COLOURS[round(i * (len(LEVEL_COLOURS) - 1) / max(1, scale - 1))] for i in range(scale)]
        self.level_fills = [f({"bg_color": colour}) for colour in picks]
        self.verdict_fills = [f({"bg_color": colour}) for colour in VERDICT_COLOURS]

    # -- shared pieces

    def _print_setup(self, sheet, header_row: int) -> None:
        sheet.set_landscape()
        sheet.set_paper(A4)
        sheet.fit_to_pages(1, 0)
        sheet.repeat_rows(header_row)
        sheet.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.6)
        sheet.set_footer("&C&P / &N")
        sheet.protect("", {"format_columns": True, "format_rows": True, "select_locked_cells": True,
                           "select_unlocked_cells": True, "autofilter": True, "sort": True})

    def _colour_verdicts(self, sheet, first_row: int, first_col: int, last_row: int, last_col: int) -> None:
        for verdict, fill in zip(self.grid.verdicts, self.verdict_fills):
            sheet.conditional_format(first_row, first_col, last_row, last_col,
                                     {"type": "cell", "criteria": "==", "value": _quoted(verdict), "format": fill})

    # -- the workbook

    def write(self) -> None:
        labels = self.grid.labels
        summary_name = self.names.add(labels["summary"], "Summary")
        sheets = [self.names.add(name, labels["candidate-n"].format(n=i)) for i, name in enumerate(self.candidates, 1)]
        summary = self.book.add_worksheet(summary_name, worksheet_class=_Sheet)
        self.scale_source = "=" + sheet_reference(summary_name, f"$B$2:$B${1 + len(self.grid.scale)}")
        self.verdict_source = "=" + sheet_reference(summary_name, "$D$2:$D$3")
        add = self.book.add_worksheet
        results = [self._candidate(add(sheet, worksheet_class=_Sheet), candidate) for sheet, candidate in
                   zip(sheets, self.candidates)]
        self._summary(summary, sheets, results)
        summary.activate()
        self.book.close()

    def _candidate(self, sheet, candidate: str) -> dict:
        """One candidate's grid; returns where its name, suggestions and decisions are, for the summary."""
        grid, labels, fmt = self.grid, self.grid.labels, self.fmt
        for col, width in enumerate(WIDTHS):
            sheet.set_column(col, col, width)
        sheet.merge_range(0, 0, 0, 3, f"{grid.title} — {grid.assessment}", fmt["title"])
        sheet.set_row(0, 22)
        info = [
            (labels["certification"], grid.certification, False),
            (labels["blocks"], " · ".join(grid.blocks), False),
            (labels["assessment"], f"{grid.assessment} ({grid.modality})", False),
            (labels["deliverables"], " · ".join(grid.deliverables), False),
            (labels["candidate"], candidate or grid.fields.get("candidate", ""), True),
            (labels["team"], grid.fields.get("team", ""), True),
            (labels["jury"], grid.fields.get("jury", ""), True),
            (labels["date"], grid.fields.get("date", ""), True),
        ]
        for row, (label, value, editable) in enumerate(info, start=1):
            sheet.write_string(row, 0, label, fmt["label"])
            sheet.merge_range(row, 1, row, 3, value, fmt["input" if editable else "value"])
            sheet.set_row(row, 14 * max(_rows_for(label, WIDTHS[0]), _rows_for(value, sum(WIDTHS[1:]))))
        name_cell = xl_rowcol_to_cell(5, 1, row_abs=True, col_abs=True)
        row = len(info) + 1
        scale_text = labels.colon("scale") + " · ".join(grid.scale) + "\n" + grid.rule
        sheet.merge_range(row, 0, row, 3, scale_text, fmt["note"])
        sheet.set_row(row, 30)
        header_row = row + 1
        for col, text in enumerate(("", labels["criterion"], labels["scale"], labels["comment"])):
            sheet.write_string(header_row, col, text, fmt["header"])
        sheet.set_row(header_row, 30)
        sheet.freeze_panes(header_row + 1, 0)
        row = header_row + 1
        suggested, decided = [], []
        for part in grid.parts:
            if part.title and len(grid.parts) > 1:
                sheet.merge_range(row, 0, row, 3, part.title, fmt["part"])
                sheet.set_row(row, 20)
                row += 1
            for table in part.tables:
                row, verdict, decision = self._table(sheet, row, table)
                suggested.append(verdict)
                decided.append(decision)
        # One set of colour rules for the whole level column: level names and verdicts never coincide, and
        # a rule per table made a class of 40 several times slower to write.
        for level, fill in zip(grid.scale, self.level_fills):
            sheet.conditional_format(header_row + 1, 2, row, 2, {"type": "cell", "criteria": "==",
                                                                 "value": _quoted(level), "format": fill})
        self._colour_verdicts(sheet, header_row + 1, 2, row, 2)
        self._print_setup(sheet, header_row)
        return {"name": name_cell, "suggested": suggested, "decided": decided}

    def _table(self, sheet, row: int, table: GridTable) -> tuple[int, str, str]:
        grid, labels, fmt = self.grid, self.grid.labels, self.fmt
        text = f"{table.competence} — {table.statement}"
        sheet.merge_range(row, 0, row, 3, text, fmt["competence"])
        sheet.set_row(row, 14 * _rows_for(text, sum(WIDTHS)))
        row += 1
        first = None
        for group in table.groups:
            sheet.merge_range(row, 0, row, 3, f"✓ {group.title}", fmt["group"])
            row += 1
            for criterion in group.criteria:
                first = row if first is None else first
                sheet.write_string(row, 0, criterion.id, fmt["id"])
                sheet.write_string(row, 1, criterion.text, fmt["criterion"])
                sheet.write_blank(row, 2, None, fmt["level"])
                sheet.write_blank(row, 3, None, fmt["comment"])
                sheet.set_row(row, 14 * _rows_for(criterion.text, WIDTHS[1]))
                row += 1
        last = row - 1
        levels = f"{xl_rowcol_to_cell(first, 2, True, True)}:{xl_rowcol_to_cell(last, 2, True, True)}"
        sheet.data_validation(first, 2, last, 2, {"validate": "list", "source": self.scale_source,
                                                   "error_title": labels["scale"],
                                                   "error_message": " · ".join(grid.scale)[:255]})
        count_rows = []
        for level in grid.scale:
            sheet.write_string(row, 1, labels.colon("count") + level, fmt["count-label"])
            sheet.write_formula(row, 2, f"=COUNTIF({levels},{_quoted(level)})", fmt["count"], 0)
            count_rows.append(row)
            row += 1
        n = len(table.criteria)
        counts = f"C{count_rows[0] + 1}:C{count_rows[-1] + 1}"
        passing = f"C{count_rows[len(grid.scale) - len(grid.passing)] + 1}:C{count_rows[-1] + 1}"
        validated, refused, incomplete = grid.verdicts
        sheet.write_string(row, 1, f"{labels['suggested']} ({table.competence})", fmt["verdict-label"])
        sheet.write_formula(row, 2, f"=IF(SUM({counts})<{n},{_quoted(incomplete)},"
                                    f"IF(SUM({passing})={n},{_quoted(validated)},{_quoted(refused)}))",
                            fmt["verdict"], incomplete)
        verdict = xl_rowcol_to_cell(row, 2, True, True)
        row += 1
        sheet.write_string(row, 1, f"{labels['decision']} ({table.competence})", fmt["verdict-label"])
        sheet.write_blank(row, 2, None, fmt["level"])
        sheet.write_blank(row, 3, None, fmt["comment"])
        sheet.data_validation(row, 2, row, 2, {"validate": "list", "source": self.verdict_source})
        decision = xl_rowcol_to_cell(row, 2, True, True)
        return row + 2, verdict, decision

    def _summary(self, sheet, sheets: list[str], results: list[dict]) -> None:
        grid, labels, fmt = self.grid, self.grid.labels, self.fmt
        tables = len(grid.tables)
        # Role plays' parts are alternatives (one interview among several), so a count of them would mislead.
        counted = len(grid.parts) == 1
        decisions = 1 + tables + counted  # first column of the jury's decisions
        last_col = decisions + tables - 1
        sheet.merge_range(0, 0, 0, max(3, last_col), f"{labels['summary']} — {grid.assessment}", fmt["title"])
        sheet.set_row(0, 22)
        # The scale and the verdicts live here: the candidates' drop-down lists read them.
        sheet.write_string(1, 0, labels["scale"], fmt["label"])
        # Each legend cell wears the colour its value gets in the grids.
        for i, (level, fill) in enumerate(zip(grid.scale, self.level_fills)):
            sheet.write_string(1 + i, 1, level, fmt["value"])
            sheet.conditional_format(1 + i, 1, 1 + i, 1, {"type": "no_blanks", "format": fill})
        sheet.write_string(1, 2, labels["decision"], fmt["label"])
        for i, (verdict, fill) in enumerate(zip(grid.verdicts[:2], self.verdict_fills)):
            sheet.write_string(1 + i, 3, verdict, fmt["value"])
            sheet.conditional_format(1 + i, 3, 1 + i, 3, {"type": "no_blanks", "format": fill})
        rule_row = 2 + len(grid.scale)
        sheet.merge_range(rule_row, 0, rule_row, max(3, last_col), grid.rule, fmt["note"])
        sheet.set_row(rule_row, 30)
        header = rule_row + 2
        sheet.set_column(1, max(3, last_col), 16)
        sheet.set_column(0, 0, SUMMARY_NAME_WIDTH)
        sheet.write_string(header, 0, labels["candidate"], fmt["header"])
        for t, table in enumerate(grid.tables):
            sheet.write_string(header, 1 + t, f"{table.label}\n{labels['suggested']}", fmt["header"])
            sheet.write_string(header, decisions + t, f"{table.label}\n{labels['decision']}", fmt["header"])
        if counted:
            sheet.write_string(header, 1 + tables, labels["validated-count"], fmt["header"])
        sheet.set_row(header, 45)
        incomplete = grid.verdicts[2]
        for r, (name, where, candidate) in enumerate(zip(sheets, results, self.candidates), start=header + 1):
            sheet.write_formula(r, 0, "=" + sheet_reference(name, where["name"]) + '&""', fmt["name"], candidate)
            for t, cell in enumerate(where["suggested"]):
                sheet.write_formula(r, 1 + t, "=" + sheet_reference(name, cell), fmt["verdict"], incomplete)
            if counted:
                suggested = f"{xl_rowcol_to_cell(r, 1)}:{xl_rowcol_to_cell(r, tables)}"
                sheet.write_formula(r, 1 + tables, f'=COUNTIF({suggested},{_quoted(grid.verdicts[0])})&" / {tables}"',
                                    fmt["verdict"], f"0 / {tables}")
            for t, cell in enumerate(where["decided"]):
                reference = sheet_reference(name, cell)
                sheet.write_formula(r, decisions + t, f'=IF({reference}="","",{reference})', fmt["verdict"], "")
        last_row = header + len(sheets)
        self._colour_verdicts(sheet, header + 1, 1, last_row, last_col)
        sheet.freeze_panes(header + 1, 1)
        sheet.autofilter(header, 0, last_row, last_col)
        self._print_setup(sheet, header)


def _quoted(text: str) -> str:
    """A text as a formula string literal."""
    return '"' + text.replace('"', '""') + '"'


def write_grid_xlsx(grid: Grid, path: Path, candidates: tuple[str, ...] = ()) -> None:
    """The workbook of `grid` for these candidates (one blank sheet when none); the caller makes it atomic."""
    _Workbook(grid, path, tuple(candidates)).write()
