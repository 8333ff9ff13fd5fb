"""`check --format csv`: one row per file and section, for a spreadsheet; rows are printed as files are checked."""

from __future__ import annotations

import csv
import io
from typing import Any, Iterable

from ..model import FileReport
from . import ReportFormat

CSV_COLUMNS = (
    "file", "deliverable", "identified_by", "confidence", "file_status",
    "section", "section_status", "words", "findings", "error_code", "error_message",
)


def _cell(value: Any) -> str:
    """Spreadsheets run cells starting with = + - @ as formulas: a file name must never become one."""
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


def csv_header() -> list[str]:
    return list(CSV_COLUMNS)


def csv_rows(report: FileReport, strict: bool = False) -> list[list[str]]:
    """One row per section; one more row (empty section) for an unreadable file, a file without sections,
    or findings about the whole file."""
    head = [
        _cell(report.file),
        report.deliverable or "",
        report.identified_by or "",
        "" if report.error is not None else f"{report.confidence:.2f}",
        report.status(strict),
    ]
    rows = []
    for section in report.sections:
        codes = ";".join(dict.fromkeys(f.code for f in report.findings if f.section == section.id))
        rows.append([*head, section.id, section.status, str(section.words), codes, "", ""])
    file_codes = ";".join(dict.fromkeys(f.code for f in report.findings if f.section is None))
    if report.error is not None or not report.sections or file_codes:
        error_code = report.error.code if report.error else ""
        error_message = _cell(report.error.message) if report.error else ""
        rows.insert(0, [*head, "", "", "", file_codes, error_code, error_message])
    return rows


def render_csv(reports: Iterable[FileReport], strict: bool = False, header: bool = True) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    if header:
        writer.writerow(csv_header())
    for report in reports:
        writer.writerows(csv_rows(report, strict))
    return buffer.getvalue()


class CsvReport(ReportFormat):
    def file(self, report: FileReport) -> str:
        self.count += 1
        return render_csv([report], self.strict, header=self.count == 1)


FORMAT = CsvReport
