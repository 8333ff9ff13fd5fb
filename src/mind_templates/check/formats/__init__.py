"""The interface every `check` output format implements, and the registry of formats.

A format is one module here defining `FORMAT`, a `ReportFormat` subclass; register it with one line in
`FORMATS` below. The command calls `file` as each file is checked (streamed output), then `end` once.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Sequence

if TYPE_CHECKING:
    from ..model import FileReport

# name -> module of this package defining FORMAT. The first is the default.
FORMATS = {
    "text": "text_report",
    "json": "json_report",
    "csv": "csv_report",
    "html": "html_report",
}


class ReportFormat:
    """One output of a `check` run. Texts returned are printed as they are (they end with their newline)."""

    # Whether the file blocks already show annotated copies and notes; otherwise they go to stderr.
    shows_notes = False
    # Whether `--summary` (one line per file) means something for this format.
    takes_summary = False

    def __init__(self, *, lang: str = "en", strict: bool = False, referential: Any = None,
                 summary: bool = False) -> None:
        self.lang = lang
        self.strict = strict
        self.referential = referential
        self.summary = summary
        self.count = 0

    def file(self, report: FileReport) -> str:
        """Text to print as soon as `report` is ready ('' for formats that print everything at the end)."""
        return ""

    def end(self, reports: Sequence[FileReport]) -> str:
        """Text to print once every file is checked."""
        return ""

    def render(self, reports: Sequence[FileReport]) -> str:
        """The whole output for `reports`, as the command prints it."""
        return "".join(self.file(r) for r in reports) + self.end(reports)


def report_format(name: str) -> type[ReportFormat]:
    """The format registered as `name` (imported on first use)."""
    return importlib.import_module(f"{__name__}.{FORMATS[name]}").FORMAT
