"""What every `check` report format shares: the run's outcome (exit code) and its summary counts.

The formats themselves are in `check/formats/`, one module each.
"""

from __future__ import annotations

from typing import Any, Iterable, Sequence

from ..exit_codes import ExitCode
from .model import SEVERITIES, FileReport

__all__ = ["exit_code", "summary"]


# --- outcome --------------------------------------------------------------------------------------


def exit_code(reports: Iterable[FileReport], strict: bool = False) -> int:
    """2 if some file could not be read; else 1 if some file fails (error findings, or warnings when strict); else 0."""
    statuses = {r.status(strict) for r in reports}
    if "error" in statuses:
        return ExitCode.USAGE
    if "fail" in statuses:
        return ExitCode.PROBLEMS
    return ExitCode.OK


def summary(reports: Sequence[FileReport], strict: bool = False) -> dict[str, Any]:
    statuses = [r.status(strict) for r in reports]
    findings = {severity: 0 for severity in SEVERITIES}
    for report in reports:
        for finding in report.findings:
            findings[finding.severity] = findings.get(finding.severity, 0) + 1
    return {
        "files": len(reports),
        "passed": statuses.count("pass"),
        "failed": statuses.count("fail"),
        "errors": statuses.count("error"),
        "findings": findings,
        "strict": strict,
        "exit_code": exit_code(reports, strict),
    }
