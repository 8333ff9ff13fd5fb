"""What a check reports, as plain frozen data shared by the analysis, the runner and the report formats."""

from __future__ import annotations

from dataclasses import dataclass, field

from .finding_codes import FINDINGS

SCHEMA_VERSION = 1

# Section statuses, from best to worst.
SECTION_STATUSES = ("ok", "thin", "placeholder", "empty", "missing")

# Finding codes and their default severity, from their declarations (check/finding_codes.py).
FINDING_SEVERITY = {finding.code: finding.severity for finding in FINDINGS}
SEVERITIES = ("error", "warning", "info")

# How the deliverable of a file was identified.
IDENTIFIED_BY = ("option", "marker", "headings")


@dataclass(frozen=True)
class SectionResult:
    id: str
    status: str  # one of SECTION_STATUSES
    words: int
    heading: str | None = None  # the heading text found in the file
    found_by: str | None = None  # "marker", "title", "alias", "fuzzy", "content" or None when missing


@dataclass(frozen=True)
class Finding:
    code: str  # one of FINDING_SEVERITY
    severity: str
    message: str  # in the user's language, says what to do
    section: str | None = None
    criteria: tuple[str, ...] = ()
    location: str | None = None  # e.g. "heading 'Market size'", "slide 4"


@dataclass(frozen=True)
class FileError:
    code: str  # one of reader.errors.ERROR_CODES or check.runner.RUNNER_ERROR_CODES
    message: str


@dataclass(frozen=True)
class FileReport:
    file: str
    deliverable: str | None = None
    identified_by: str | None = None  # one of IDENTIFIED_BY
    confidence: float = 0.0  # 0..1
    sections: tuple[SectionResult, ...] = ()
    findings: tuple[Finding, ...] = ()
    criteria_covered: tuple[str, ...] = ()
    criteria_uncovered: tuple[str, ...] = ()
    error: FileError | None = None
    seconds: float = 0.0
    annotated: str | None = None  # path of the annotated copy written by --annotate
    notes: tuple[str, ...] = ()  # one-line notes about the run rather than the document (e.g. annotation failed)

    def status(self, strict: bool = False) -> str:
        """'error' (unreadable), 'fail' (an error-level finding, or a warning when strict) or 'pass'."""
        if self.error is not None:
            return "error"
        failing = {"error", "warning"} if strict else {"error"}
        return "fail" if any(f.severity in failing for f in self.findings) else "pass"


@dataclass(frozen=True)
class CheckOptions:
    deliverable: str | None = None
    min_words: int | None = None  # overrides every section's minimum
    lang: str = "en"  # language of the messages
    strict: bool = False
    time_budget: float = 20.0  # seconds per file
    memory_limit_mb: int = 1536  # per worker reading a file
    annotate_dir: str | None = None  # --annotate: the worker writes a commented copy of each Word file here
    extra: dict = field(default_factory=dict)
