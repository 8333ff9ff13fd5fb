"""What a check reports, as plain frozen data shared by the analysis, the runner and the report formats."""

from __future__ import annotations

from dataclasses import dataclass, field

from .finding_codes import FINDINGS
from .options import DECK_MODES

SCHEMA_VERSION = 1

# Section statuses, from best to worst.
SECTION_STATUSES = ("ok", "thin", "placeholder", "empty", "missing")

# Finding codes and their default severity, from their declarations (check/finding_codes.py).
FINDING_SEVERITY = {finding.code: finding.severity for finding in FINDINGS}
SEVERITIES = ("error", "warning", "info")

# Criterion coverage, from best to worst: every section citing it is ok / some are / none is.
COVERAGE_STATUSES = ("covered", "partly", "not-covered")

# Who handed a file in: the cover fields `new` records (custom properties), read back by `check`.
SUBMITTER_FIELDS = ("project", "team", "candidate", "client", "date")

# How the deliverable of a file was identified.
IDENTIFIED_BY = ("option", "marker", "headings", "cover")


@dataclass(frozen=True)
class SectionResult:
    id: str
    status: str  # one of SECTION_STATUSES
    words: int
    heading: str | None = None  # the heading text found in the file
    found_by: str | None = None  # "marker", "title", "alias", "fuzzy", "content", "order" or None when missing


@dataclass(frozen=True)
class CriterionCoverage:
    """How well one criterion is answered: by all, some or none of the sections citing it being `ok`."""

    id: str
    sections: tuple[str, ...]  # the deliverable's sections citing it, in outline order
    ok: tuple[str, ...] = ()  # those whose status is `ok`

    @property
    def status(self) -> str:
        """One of COVERAGE_STATUSES."""
        if self.sections and len(self.ok) == len(self.sections):
            return "covered"
        return "partly" if self.ok else "not-covered"

    @property
    def fraction(self) -> float:
        return len(self.ok) / len(self.sections) if self.sections else 0.0


@dataclass(frozen=True)
class Submitter:
    """Who handed the file in: our cover fields when the file carries them, else its core title and author."""

    project: str = ""
    team: str = ""
    candidate: str = ""
    client: str = ""
    date: str = ""
    title: str = ""  # core property, for files we did not generate
    source: str = ""  # "cover" (our custom properties), "core" (title/author) or "" (nothing known)

    @property
    def name(self) -> str:
        """The candidate, else the team: what a class list sorts by."""
        return self.candidate or self.team

    @property
    def label(self) -> str:
        """'Ana Lima (Blue)', or whichever of the two is known: what a report calls the submission by."""
        if self.candidate and self.team and self.candidate != self.team:
            return f"{self.candidate} ({self.team})"
        return self.name


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
    coverage: tuple[CriterionCoverage, ...] = ()
    submitter: Submitter = field(default_factory=Submitter)
    error: FileError | None = None
    seconds: float = 0.0
    annotated: str | None = None  # path of the annotated copy written by --annotate
    notes: tuple[str, ...] = ()  # one-line notes about the run rather than the document (e.g. annotation failed)

    def criteria(self, status: str) -> tuple[str, ...]:
        """Ids of the criteria with that coverage status (one of COVERAGE_STATUSES)."""
        return tuple(c.id for c in self.coverage if c.status == status)

    def section_counts(self) -> dict[str, int]:
        """How many sections have each status, every status present (0 when none)."""
        counts = dict.fromkeys(SECTION_STATUSES, 0)
        for section in self.sections:
            counts[section.status] = counts.get(section.status, 0) + 1
        return counts

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
    annotate_dir: str | None = None  # --annotate: the worker writes an annotated copy of each file here
    deck_feedback: str = DECK_MODES[0]  # decks: "comments" (legacy slide comments) or "notes" (Feedback atop the notes)
    extra: dict = field(default_factory=dict)
