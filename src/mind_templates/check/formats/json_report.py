"""`check --format json`: the whole run as one versioned JSON document (schema in docs/check.md).

Change the shape only together with SCHEMA_VERSION.
"""

from __future__ import annotations

import json
from typing import Any, Sequence

from ..model import SCHEMA_VERSION, SUBMITTER_FIELDS, FileReport
from ..report import summary
from . import ReportFormat


def submitter_to_dict(report: FileReport) -> dict[str, str]:
    who = report.submitter
    return {name: getattr(who, name) for name in (*SUBMITTER_FIELDS, "title", "source")}


def report_to_dict(report: FileReport, strict: bool = False) -> dict[str, Any]:
    """One file in the version-1 schema."""
    return {
        "file": report.file,
        "deliverable": report.deliverable,
        "identified_by": report.identified_by,
        "confidence": round(float(report.confidence), 3),
        "status": report.status(strict),
        "sections": [{"id": s.id, "status": s.status, "words": s.words, "heading": s.heading,
                      "identified_by": s.found_by} for s in report.sections],
        "findings": [
            {
                "code": f.code,
                "severity": f.severity,
                "section": f.section,
                "criteria": list(f.criteria),
                "message": f.message,
                "location": f.location,
            }
            for f in report.findings
        ],
        "section_counts": report.section_counts() if report.sections else {},
        "submitter": submitter_to_dict(report),
        "criteria": {
            "covered": list(report.criteria("covered")),
            "partly": list(report.criteria("partly")),
            "uncovered": list(report.criteria("not-covered")),
            "detail": [
                {"id": c.id, "status": c.status, "sections": list(c.sections), "ok": list(c.ok),
                 "fraction": round(c.fraction, 3)}
                for c in report.coverage
            ],
        },
        "error": None if report.error is None else {"code": report.error.code, "message": report.error.message},
    }


def render_json(reports: Sequence[FileReport], strict: bool = False) -> str:
    """The whole run in the versioned schema documented in docs/check.md."""
    document = {
        "version": SCHEMA_VERSION,
        "files": [report_to_dict(r, strict) for r in reports],
        "summary": summary(reports, strict),
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


class JsonReport(ReportFormat):
    def end(self, reports: Sequence[FileReport]) -> str:
        return render_json(reports, self.strict) + "\n"


FORMAT = JsonReport
