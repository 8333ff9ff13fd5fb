"""A stand-in analysis for the runner's tests: behaves according to the file name (sleep, abort, hog memory...).

Workers import it by name (`check_stand_ins:analyse`), so it must stay importable from tests/check.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from mind_templates.check.model import CriterionCoverage, FileReport, Finding, SectionResult


def analyse(path: Path, referential, options) -> FileReport:
    name = path.name
    if "sleep" in name:
        time.sleep(600)
    if "abort" in name:
        os.abort()
    if "sigkill" in name:
        os.kill(os.getpid(), signal.SIGKILL)
    if "hog" in name:
        hog = bytearray(4 * 1024**3)  # far over any memory bound the tests set
        hog[-1] = 1
    if "bug" in name:
        raise RuntimeError("a bug in the analysis")
    findings = ()
    if "fail" in name:
        findings = (Finding("missing-section", "error", "Add the section.", section="b", criteria=("C1",)),)
    return FileReport(
        file=str(path),
        deliverable=next(iter(referential.deliverable_ids())),
        identified_by="option",
        confidence=1.0,
        sections=(SectionResult("a", "ok", 120, heading="A"), SectionResult("b", "missing" if findings else "ok", 0)),
        findings=findings,
        coverage=(CriterionCoverage("C0", ("a",), ("a",)),
                  CriterionCoverage("C1", ("b",), () if findings else ("b",))),
        notes=(str(os.getpid()),) if "pid" in name else (),
    )


def noisy(path: Path, referential, options) -> FileReport:
    """Prints, and then raises out of the worker's own loop (an unpicklable report): nothing may reach the user."""
    print("noise on stdout")
    os.write(2, b"noise on stderr\n")
    if "unpicklable" in path.name:
        return FileReport(file=str(path), notes=(lambda: None,))  # type: ignore[arg-type]
    return analyse(path, referential, options)
