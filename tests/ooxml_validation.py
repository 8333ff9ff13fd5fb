"""Schema validation of the Office files we write, with `openxml-audit` (ECMA-376 transitional + Open XML SDK rules).

Word refuses or "repairs" a file whose elements are out of their schema sequence or whose values are outside
their type; LibreOffice and python-docx accept it silently, so only a validator sees it. Use:

    assert schema_errors(path) == []                        # a file we generate from scratch
    assert new_schema_errors(copy, original) == []          # a file we derive from someone else's file

Findings are errors only (the validator's warnings and infos are advice). A finding may be ignored only through
ALLOWED, with the schema rule or Microsoft's documentation that proves it a false positive.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from openxml_audit import OpenXmlValidator, ValidationSeverity


@dataclass(frozen=True)
class Finding:
    code: str  # the validator's rule id, e.g. Sch_UnexpectedElementContentExpectingComplex
    part: str  # /word/styles.xml
    description: str
    where: str = ""  # XPath of the element, informative only (it moves when a copy adds content)

    @property
    def kind(self) -> tuple[str, str, str]:
        """What stays the same when a derived copy inserts content before the element."""
        return self.code, self.part, self.description

    def __str__(self) -> str:
        return f"{self.part}:{self.where}: {self.description} [{self.code}]"


@dataclass(frozen=True)
class Allowed:
    code: str
    description: str  # a regular expression on the finding's description
    reason: str  # the schema rule or documented Word behaviour that makes it a false positive

    def covers(self, finding: Finding) -> bool:
        return finding.code == self.code and re.search(self.description, finding.description) is not None


# Empty: every finding on our files so far was a real defect and was fixed where it is written.
ALLOWED: tuple[Allowed, ...] = ()


def findings(path: Path) -> list[Finding]:
    """Every error the validator reports on `path`, before the allow-list.

    A fresh validator per file (~10 ms once the schemas are loaded): openxml-audit 0.8 caches cross-part
    look-ups (comment ids…) under id(package), which Python reuses for the next file's package, so one
    validator shared across files reports ids of the previous file as missing."""
    result = OpenXmlValidator(max_errors=0).validate(Path(path))
    return [
        Finding(e.id or e.error_type.value, e.part_uri, e.description, e.path or "")
        for e in result.errors
        if e.severity == ValidationSeverity.ERROR
    ]


def schema_errors(path: Path) -> list[str]:
    """The findings no ALLOWED entry covers, as readable lines (an empty list when the file is valid)."""
    return [str(f) for f in findings(path) if not any(a.covers(f) for a in ALLOWED)]


def new_schema_errors(derived: Path, original: Path) -> list[str]:
    """Findings of `derived` that `original` did not already have (counted by kind, so one more of a kind the
    original had is still reported)."""
    before = Counter(f.kind for f in findings(original))
    out = []
    for finding in findings(derived):
        if before[finding.kind]:
            before[finding.kind] -= 1
        elif not any(a.covers(finding) for a in ALLOWED):
            out.append(str(finding))
    return out


def summary(paths: list[Path]) -> tuple[int, Counter]:
    """(files, errors by validator rule and part): the figures to record before and after a fix."""
    kinds: Counter = Counter()
    for path in paths:
        kinds.update((f.code, f.part.rsplit("/", 1)[-1]) for f in findings(path))
    return len(paths), kinds
