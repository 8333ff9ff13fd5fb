"""Every real-world file in ../shared/corpus/real/ through the `check` command: a report or a clean error.

No traceback, no undocumented error code, no file over the time budget. The command runs in its own
process, as a user would run it, with every corpus file named explicitly (so .doc, .odt and templates
are included).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from mind_templates.check.model import FINDING_SEVERITY, SECTION_STATUSES, CheckOptions
from mind_templates.check.runner import RUNNER_ERROR_CODES
from mind_templates.reader.package import ERROR_CODES

# tests/check/test_corpus.py -> parents[2] is the repository (/work/main), whose sibling is shared/.
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "real"
DOCUMENTED_ERRORS = set(ERROR_CODES) | set(RUNNER_ERROR_CODES)
BUDGET = CheckOptions().time_budget


def analysis_available() -> bool:
    try:
        import mind_templates.check.analyse  # noqa: F401
    except ImportError:
        return False
    return True


pytestmark = [
    pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the real-world corpus is not at {CORPUS} (../shared/corpus/real)"),
    pytest.mark.skipif(not analysis_available(), reason="mind_templates.check.analyse is not there yet"),
]


@pytest.fixture(scope="module")
def corpus_run():
    files = sorted(p for p in CORPUS.iterdir() if p.is_file() and p.name not in ("MANIFEST.tsv", "README.md"))
    assert len(files) >= 600, f"expected the 692 corpus files, found {len(files)}"
    result = subprocess.run(
        [sys.executable, "-m", "mind_templates", "check", *map(str, files), "--format", "json", "--jobs", "2"],
        capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"}, timeout=3600,
    )
    return files, result


def test_every_file_gives_a_report_or_a_clean_error(corpus_run):
    files, result = corpus_run
    assert "Traceback" not in result.stdout + result.stderr, result.stderr[-3000:]
    assert result.returncode == 2, result.stderr[-3000:]  # the corpus holds unreadable files on purpose
    data = json.loads(result.stdout)
    entries = data["files"]
    assert [e["file"] for e in entries] == [str(f) for f in files]

    codes = Counter(e["error"]["code"] if e["error"] else "report" for e in entries)
    print("\ncorpus outcomes:", dict(sorted(codes.items(), key=lambda kv: -kv[1])))
    undocumented = {code for code in codes if code != "report" and code not in DOCUMENTED_ERRORS}
    assert not undocumented, undocumented
    for entry in entries:
        if entry["error"]:
            message = entry["error"]["message"]
            assert message and "\n" not in message and "Traceback" not in message, entry
    # Errors that mean the checker, not the file, failed.
    stopped = {e["file"]: e["error"] for e in entries
               if e["error"] and e["error"]["code"] in ("time-budget", "memory-limit", "internal-error")}
    assert not stopped, stopped
    assert codes["report"] > len(files) / 2


def test_the_json_schema_holds_for_every_file(corpus_run):
    _, result = corpus_run
    data = json.loads(result.stdout)
    assert data["version"] == 1
    for entry in data["files"]:
        assert set(entry) == {"file", "deliverable", "identified_by", "confidence", "status", "sections",
                              "findings", "criteria", "error", "section_counts", "submitter"}
        assert entry["status"] in ("pass", "fail", "error")
        assert entry["submitter"]["source"] in ("cover", "core", "")
        assert sum(entry["section_counts"].values()) == len(entry["sections"])
        assert (entry["status"] == "error") == (entry["error"] is not None)
        for section in entry["sections"]:
            assert section["status"] in SECTION_STATUSES and isinstance(section["words"], int)
        for finding in entry["findings"]:
            assert finding["code"] in FINDING_SEVERITY and finding["severity"] in ("error", "warning", "info")
            assert finding["message"] and "\n" not in finding["message"]
    summary = data["summary"]
    assert summary["files"] == len(data["files"])
    assert summary["passed"] + summary["failed"] + summary["errors"] == summary["files"]


def test_no_file_runs_over_the_time_budget():
    """Per-file times, measured in the workers, all well under the budget."""
    from mind_templates.check.runner import run_checks

    files = sorted(p for p in CORPUS.iterdir() if p.is_file() and p.name not in ("MANIFEST.tsv", "README.md"))
    reports = list(run_checks(files, None, CheckOptions(), 2))
    slowest = sorted(reports, key=lambda r: r.seconds, reverse=True)[:5]
    print("\nslowest corpus files:", [(Path(r.file).name, round(r.seconds, 2)) for r in slowest])
    assert all(r.seconds < BUDGET for r in reports)
    assert not [r for r in reports if r.error and r.error.code == "time-budget"]
