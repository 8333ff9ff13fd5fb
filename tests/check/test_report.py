"""The three report formats: JSON schema v1, CSV rows for a spreadsheet, and text for people; exit codes."""

from __future__ import annotations

import csv
import io
import json

import click
import pytest

from mind_templates.check import report
from mind_templates.check.formats import FORMATS, csv_report, json_report, report_format, text_report
from mind_templates.check.model import (
    FINDING_SEVERITY,
    SCHEMA_VERSION,
    SECTION_STATUSES,
    CriterionCoverage,
    FileError,
    FileReport,
    Finding,
    SectionResult,
)

FILE_KEYS = {"file", "deliverable", "identified_by", "confidence", "status", "sections", "findings", "criteria", "error",
             "section_counts", "submitter"}
FINDING_KEYS = {"code", "severity", "section", "criteria", "message", "location"}


def passing() -> FileReport:
    return FileReport(
        file="alice/report.docx",
        deliverable="thesis-report",
        identified_by="marker",
        confidence=1.0,
        sections=(SectionResult("introduction", "ok", 420, heading="Introduction", found_by="marker"),
                  SectionResult("method", "thin", 40, heading="Method", found_by="title")),
        findings=(Finding("thin-section", "warning", "Write more in Method.", section="method", criteria=("C1.2",),
                          location="heading 'Method'"),),
        coverage=(CriterionCoverage("C1.1", ("introduction",), ("introduction",)),
                  CriterionCoverage("C1.2", ("introduction", "method"), ("introduction",))),
    )


def failing() -> FileReport:
    return FileReport(
        file="=HYPERLINK(1).docx",
        deliverable="thesis-report",
        identified_by="headings",
        confidence=0.734,
        sections=(SectionResult("introduction", "ok", 300, heading="1. Intro"),
                  SectionResult("method", "missing", 0)),
        findings=(
            Finding("missing-section", "error", "Add a Method section.", section="method", criteria=("C1.2", "C1.3")),
            Finding("wrong-language", "warning", "Write in French.", section=None),
        ),
        coverage=(CriterionCoverage("C1.1", ("introduction",), ("introduction",)),
                  CriterionCoverage("C1.2", ("method",)), CriterionCoverage("C1.3", ("method",))),
    )


def unreadable() -> FileReport:
    return FileReport(file="carol/old.doc", error=FileError("legacy-format", "old.doc is a legacy Word file: save it as .docx"))


def test_exit_codes_follow_the_worst_file():
    assert report.exit_code([]) == 0
    assert report.exit_code([passing()]) == 0
    assert report.exit_code([passing()], strict=True) == 1  # a warning fails with --strict
    assert report.exit_code([passing(), failing()]) == 1
    assert report.exit_code([passing(), failing(), unreadable()]) == 2
    assert report.exit_code([unreadable()], strict=True) == 2


def test_json_has_the_documented_version_1_shape():
    data = json.loads(json_report.render_json([passing(), failing(), unreadable()]))
    assert data["version"] == SCHEMA_VERSION == 1
    assert set(data) == {"version", "files", "summary"}
    for entry in data["files"]:
        assert set(entry) == FILE_KEYS
        assert entry["status"] in ("pass", "fail", "error")
        assert set(entry["criteria"]) == {"covered", "partly", "uncovered", "detail"}
        for section in entry["sections"]:
            assert set(section) == {"id", "status", "words", "heading", "identified_by"}
            assert section["status"] in SECTION_STATUSES
        for finding in entry["findings"]:
            assert set(finding) == FINDING_KEYS
            assert finding["code"] in FINDING_SEVERITY
    ok, bad, broken = data["files"]
    assert ok["status"] == "pass" and ok["error"] is None
    assert bad["status"] == "fail" and bad["confidence"] == 0.734
    assert bad["findings"][0] == {"code": "missing-section", "severity": "error", "section": "method",
                                  "criteria": ["C1.2", "C1.3"], "message": "Add a Method section.", "location": None}
    assert {k: bad["criteria"][k] for k in ("covered", "partly", "uncovered")} == {
        "covered": ["C1.1"], "partly": [], "uncovered": ["C1.2", "C1.3"]}
    assert ok["criteria"]["partly"] == ["C1.2"]
    assert ok["criteria"]["detail"][1] == {"id": "C1.2", "status": "partly", "sections": ["introduction", "method"],
                                           "ok": ["introduction"], "fraction": 0.5}
    assert bad["section_counts"] == {"ok": 1, "thin": 0, "placeholder": 0, "empty": 0, "missing": 1}
    assert broken["status"] == "error" and broken["error"]["code"] == "legacy-format"
    assert broken["sections"] == [] and broken["deliverable"] is None
    assert data["summary"] == {"files": 3, "passed": 1, "failed": 1, "errors": 1, "strict": False, "exit_code": 2,
                               "findings": {"error": 1, "warning": 2, "info": 0}}


def test_json_strict_changes_status_and_summary():
    data = json.loads(json_report.render_json([passing()], strict=True))
    assert data["files"][0]["status"] == "fail"
    assert data["summary"]["failed"] == 1 and data["summary"]["strict"] is True


def test_csv_has_a_row_per_file_and_section_and_one_for_errors():
    text = csv_report.render_csv([passing(), failing(), unreadable()])
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == list(csv_report.CSV_COLUMNS)
    assert [r["section"] for r in rows if r["file"] == "alice/report.docx"] == ["introduction", "method"]
    method = next(r for r in rows if r["file"] == "alice/report.docx" and r["section"] == "method")
    assert method["section_status"] == "thin" and method["words"] == "40" and method["findings"] == "thin-section"
    assert method["file_status"] == "pass" and method["confidence"] == "1.00" and method["identified_by"] == "marker"
    bob = [r for r in rows if "HYPERLINK" in r["file"]]
    # A file name must never turn into a spreadsheet formula.
    assert all(r["file"].startswith("'=") for r in bob)
    assert [r["section"] for r in bob] == ["", "introduction", "method"]
    assert bob[0]["findings"] == "wrong-language"  # findings about the whole file
    assert bob[2]["findings"] == "missing-section"
    carol = [r for r in rows if r["file"] == "carol/old.doc"]
    assert len(carol) == 1 and carol[0]["error_code"] == "legacy-format" and carol[0]["file_status"] == "error"
    assert carol[0]["error_message"].startswith("old.doc is a legacy")


def test_text_groups_by_file_and_says_how_the_deliverable_was_found():
    text = click.unstyle(text_report.render_text([passing(), failing(), unreadable()], lang="en"))
    alice, bob, carol, table, summary = text.split("\n\n")
    assert alice.splitlines()[0] == "alice/report.docx  PASS"
    assert "identified by its markers, confidence 100%" in alice
    # Honest coverage: C1.2 is cited by a thin section as well as an ok one, so it is only partly covered.
    assert "Criteria (2): covered 1, partly covered 1, not covered 0" in alice
    assert "C1.2 partly covered: 1 of 2 sections ok (introduction, method)" in alice
    assert "guessed from its headings, confidence 73%" in bob
    assert "missing-section" in bob and "[method] Add a Method section." in bob and "criteria: C1.2, C1.3" in bob
    assert "Criteria (3): covered 1, partly covered 0, not covered 2" in bob
    assert "C1.3 not covered: 0 of 1 section ok (method)" in bob
    # Several files: a table of them, one line each, before the total.
    header, *rows = table.splitlines()
    assert header.split() == ["File", "Deliverable", "Candidate", "or", "team", "Status",
                              "ok", "thin", "placeholder", "empty", "missing"]
    assert rows[0].split() == ["report.docx", "thesis-report", "-", "PASS", "1", "1", "0", "0", "0"]
    assert rows[2].split() == ["old.doc", "-", "-", "UNREADABLE", "-", "-", "-", "-", "-"]
    assert "FAIL" in bob.splitlines()[0]
    assert "UNREADABLE" in carol and "legacy-format: old.doc is a legacy Word file" in carol
    assert summary == "3 files checked: 1 passed, 1 failed, 1 unreadable."


def test_text_shows_section_titles_from_the_referential(referential):
    deliverable = referential.deliverables[0]
    section = deliverable.sections[0]
    report = FileReport(file="x.docx", deliverable=deliverable.id, identified_by="option", confidence=1.0,
                        sections=(SectionResult(section.id, "ok", 10),))
    text = click.unstyle(text_report.render_text_file(report, lang="en", referential=referential))
    assert section.title["en"] in text and deliverable.title["en"] in text
    assert "given with --deliverable" in text


def test_text_names_the_heading_that_stands_for_a_section_named_otherwise(referential):
    deliverable = referential.get_deliverable("business-plan")
    report = FileReport(file="x.pptx", deliverable="business-plan", identified_by="headings", confidence=0.8,
                        sections=(SectionResult("executive-summary", "ok", 56, heading="TL;DR", found_by="content"),
                                  SectionResult("swot", "ok", 47, heading="SWOT, honestly", found_by="fuzzy"),
                                  SectionResult("pestel", "ok", 72, heading="2. PESTEL analysis", found_by="title"),
                                  SectionResult("porter", "missing", 0)))
    lines = {line.split()[2]: line for line in click.unstyle(text_report.render_text_file(
        report, lang="en", referential=referential)).splitlines() if line.startswith("    ")}
    assert lines["executive-summary"].endswith("(as “TL;DR”, by its content)")
    assert lines["swot"].endswith("(as “SWOT, honestly”)")
    # Its own title, numbered or not, says nothing more; a missing section has no heading.
    assert lines["pestel"].endswith(deliverable.section("pestel").title["en"])
    assert lines["porter"].endswith(deliverable.section("porter").title["en"])
    french = click.unstyle(text_report.render_text_file(report, lang="fr", referential=referential))
    assert "(sous « TL;DR », reconnue par son contenu)" in french


def test_text_is_translated():
    text = click.unstyle(text_report.render_text([failing()], lang="fr"))
    assert "Criteria covered" not in text
    assert "PASS" not in text.splitlines()[0]


def test_text_is_coloured_only_by_styles_that_click_can_strip():
    styled = text_report.render_text_file(failing(), lang="en")
    assert "\x1b[" in styled
    assert "\x1b[" not in click.unstyle(styled)


@pytest.mark.parametrize("report", [passing(), failing(), unreadable()])
def test_every_format_accepts_every_kind_of_report(report):
    assert json_report.render_json([report])
    assert csv_report.render_csv([report])
    assert text_report.render_text([report])


def test_docs_list_every_code():
    from pathlib import Path

    from mind_templates.reader.package import ERROR_CODES

    docs = (Path(__file__).resolve().parents[2] / "docs" / "check.md").read_text(encoding="utf-8")
    for code in [*FINDING_SEVERITY, *ERROR_CODES]:
        assert f"| `{code}` |" in docs, f"docs/check.md does not document {code}"
    for column in (*csv_report.CSV_COLUMNS, *csv_report.SUMMARY_COLUMNS):
        assert f"`{column}`" in docs, column


@pytest.mark.parametrize("name", list(FORMATS))
def test_every_registered_format_renders_a_whole_run(name):
    """The command prints file() as each file is done, then end(): together they are the format's output."""
    reports = [passing(), failing(), unreadable()]
    output = report_format(name)(lang="en")
    streamed = "".join(output.file(r) for r in reports) + output.end(reports)
    assert streamed == report_format(name)(lang="en").render(reports)
    assert streamed.endswith("\n") and "alice/report.docx" in streamed and "carol/old.doc" in streamed


def test_docs_finding_table_is_the_declared_one():
    """docs/check.md's "Finding codes" table is the one the declarations give (paste docs_table() to update)."""
    from pathlib import Path

    from mind_templates.check.finding_codes import FINDINGS, docs_table

    docs = (Path(__file__).resolve().parents[2] / "docs" / "check.md").read_text(encoding="utf-8")
    assert docs_table() in docs
    assert set(FINDING_SEVERITY) == {f.code for f in FINDINGS}


def test_every_declared_message_is_translated_and_formats():
    from mind_templates.check.finding_codes import FINDINGS
    from mind_templates.i18n import Interface

    fr = Interface("fr")
    for finding in FINDINGS:
        assert finding.severity in ("error", "warning", "info") and finding.messages.get("")
        for message in finding.messages.values():
            singular = message[0] if isinstance(message, tuple) else message
            assert fr.gettext(singular) != singular or fr.ngettext(*message, 2) != message[1], singular


def test_docs_file_error_table_is_the_declared_one():
    """docs/check.md's "File error codes" table: the reader's ERROR_CODES, then the runner's own codes."""
    from pathlib import Path

    from mind_templates.check.model import CheckOptions
    from mind_templates.check.runner import RUNNER_ERROR_CODES
    from mind_templates.reader import ERROR_CODES, Limits

    codes = {**{c: d for c, d in ERROR_CODES.items() if c != "internal-error"}, **RUNNER_ERROR_CODES,
             "internal-error": ERROR_CODES["internal-error"]}
    table = "\n".join(["| Code | Meaning |", "|---|---|", *(f"| `{c}` | {d} |" for c, d in codes.items())])
    docs = (Path(__file__).resolve().parents[2] / "docs" / "check.md").read_text(encoding="utf-8")
    assert table in docs
    # The limits the lines quote are the defaults.
    assert "(200 MB)" in ERROR_CODES["file-too-large"] and Limits().max_file_bytes == 200 * 1024**2
    options = CheckOptions()
    assert f"({options.time_budget:.0f} s)" in RUNNER_ERROR_CODES["time-budget"]
    assert f"({options.memory_limit_mb} MB" in RUNNER_ERROR_CODES["memory-limit"]
