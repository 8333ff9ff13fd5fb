"""The words a person reads for the machine values of a check: statuses, severities, coverage, column headers.

One place for them, so that the text report, the HTML class report and the annotated copies say the same
thing in the same language. JSON and the CSV's machine columns keep the English values themselves.
"""

from __future__ import annotations

from ..i18n import N_, Interface
from .model import CriterionCoverage, Finding

SECTION_STATUS_LABELS = {
    "ok": N_("ok"),
    "thin": N_("thin"),
    "placeholder": N_("placeholder"),
    "empty": N_("empty"),
    "missing": N_("missing"),
}
# A symbol per section status, so that a status also reads in black and white and without colour vision.
SECTION_STATUS_SYMBOLS = {"ok": "✓", "thin": "◐", "placeholder": "✎", "empty": "○", "missing": "✗"}
SEVERITY_LABELS = {"error": N_("error"), "warning": N_("warning"), "info": N_("info")}
FILE_STATUS_LABELS = {"pass": N_("PASS"), "fail": N_("FAIL"), "error": N_("UNREADABLE")}
IDENTIFIED_BY_LABELS = {
    "option": N_("given with --deliverable"),
    "marker": N_("identified by its markers"),
    "headings": N_("guessed from its headings"),
    "cover": N_("named on its cover page"),
}
COVERAGE_LABELS = {"covered": N_("covered"), "partly": N_("partly covered"), "not-covered": N_("not covered")}
COLUMN_LABELS = {
    "file": N_("File"),
    "deliverable": N_("Deliverable"),
    "who": N_("Candidate or team"),
    "status": N_("Status"),
    "severity": N_("Severity"),
    "code": N_("Code"),
    "message": N_("Message"),
}


class Labels:
    """The labels in one language."""

    def __init__(self, lang: str) -> None:
        self.i18n = Interface(lang)
        self.lang = lang

    def _get(self, table: dict[str, str], key: str) -> str:
        return self.i18n.gettext(table[key]) if key in table else key

    def section_status(self, status: str) -> str:
        return self._get(SECTION_STATUS_LABELS, status)

    def severity(self, severity: str) -> str:
        return self._get(SEVERITY_LABELS, severity)

    def file_status(self, status: str) -> str:
        return self._get(FILE_STATUS_LABELS, status)

    def identified_by(self, how: str | None) -> str:
        return self._get(IDENTIFIED_BY_LABELS, how or "")

    def coverage_status(self, status: str) -> str:
        return self._get(COVERAGE_LABELS, status)

    def column(self, key: str) -> str:
        return self._get(COLUMN_LABELS, key)

    def coverage_line(self, coverage: tuple[CriterionCoverage, ...] | list[CriterionCoverage]) -> str:
        """'Criteria (6): covered 2, partly covered 3, not covered 1': the honest count, never more."""
        counts = {status: sum(1 for c in coverage if c.status == status) for status in COVERAGE_LABELS}
        return self.i18n.gettext(
            "Criteria ({total}): covered {covered}, partly covered {partly}, not covered {none}",
            covered=counts["covered"], partly=counts["partly"], none=counts["not-covered"], total=len(coverage),
        )

    def criterion_line(self, criterion: CriterionCoverage) -> str:
        """'C1.2 partly covered: 1 of 3 sections ok (market, offer, pricing)'."""
        return self.i18n.ngettext(
            "{id} {status}: {ok} of {n} section ok ({sections})",
            "{id} {status}: {ok} of {n} sections ok ({sections})",
            len(criterion.sections), id=criterion.id, status=self.coverage_status(criterion.status),
            ok=len(criterion.ok), sections=", ".join(criterion.sections),
        )

    def finding_note(self, finding: Finding, with_severity: bool = False) -> str:
        """A finding as an annotation reads it: 'Message (code; criteria: C1.1)', after its severity if asked."""
        tag = finding.code
        if finding.criteria:
            tag += "; " + self.i18n.gettext("criteria: {ids}", ids=", ".join(finding.criteria))
        text = f"{finding.message} ({tag})"
        return f"{self.severity(finding.severity)}: {text}" if with_severity else text
