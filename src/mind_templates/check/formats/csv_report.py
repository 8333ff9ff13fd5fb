"""`check --format csv`: one row per file and section, for a spreadsheet, or with `--summary` one row per file;
rows are printed as files are checked. Column names and values stay in English: they are for machines."""

from __future__ import annotations

import csv
import io
from typing import Any, Iterable

from ...terminal import printable
from ..model import COVERAGE_STATUSES, SECTION_STATUSES, SEVERITIES, FileReport
from . import ReportFormat

CSV_COLUMNS = (
    "file", "deliverable", "identified_by", "confidence", "file_status",
    "section", "section_status", "words", "findings", "error_code", "error_message",
    "candidate", "team",
)
# --summary: one row per file. Section and criteria counts are the per-section rows aggregated.
SUMMARY_COLUMNS = (
    "file", "deliverable", "candidate", "team", "project", "file_status",
    *(f"sections_{status}" for status in SECTION_STATUSES),
    *(f"criteria_{status.replace('-', '_')}" for status in COVERAGE_STATUSES),
    *(f"findings_{severity}" for severity in SEVERITIES),
    "error_code",
)


def _cell(value: Any) -> str:
    """Spreadsheets run cells starting with = + - @ as formulas: a file name must never become one. A CSV on
    stdout often lands in a terminal: control characters are escaped as in the text report."""
    text = "" if value is None else printable(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


def csv_header(summary: bool = False) -> list[str]:
    return list(SUMMARY_COLUMNS if summary else CSV_COLUMNS)


def summary_row(report: FileReport, strict: bool = False) -> list[str]:
    """The file's line of `--summary`: who, verdict, and counts of section statuses, criteria and findings."""
    who = report.submitter
    sections = report.section_counts()
    criteria = [len(report.criteria(status)) for status in COVERAGE_STATUSES]
    findings = [sum(1 for f in report.findings if f.severity == severity) for severity in SEVERITIES]
    return [
        _cell(report.file), report.deliverable or "", _cell(who.candidate), _cell(who.team), _cell(who.project),
        report.status(strict), *map(str, sections.values()), *map(str, criteria), *map(str, findings),
        report.error.code if report.error else "",
    ]


def csv_rows(report: FileReport, strict: bool = False) -> list[list[str]]:
    """One row per section; one more row (empty section) for an unreadable file, a file without sections,
    or findings about the whole file."""
    who = [_cell(report.submitter.candidate), _cell(report.submitter.team)]
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
        rows.append([*head, section.id, section.status, str(section.words), codes, "", "", *who])
    file_codes = ";".join(dict.fromkeys(f.code for f in report.findings if f.section is None))
    if report.error is not None or not report.sections or file_codes:
        error_code = report.error.code if report.error else ""
        error_message = _cell(report.error.message) if report.error else ""
        rows.insert(0, [*head, "", "", "", file_codes, error_code, error_message, *who])
    return rows


def render_csv(reports: Iterable[FileReport], strict: bool = False, header: bool = True, summary: bool = False) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    if header:
        writer.writerow(csv_header(summary))
    for report in reports:
        if summary:
            writer.writerow(summary_row(report, strict))
        else:
            writer.writerows(csv_rows(report, strict))
    return buffer.getvalue()


class CsvReport(ReportFormat):
    takes_summary = True

    def file(self, report: FileReport) -> str:
        self.count += 1
        return render_csv([report], self.strict, header=self.count == 1, summary=self.summary)


FORMAT = CsvReport
