"""The `check` command end to end: exit codes 0/1/2, formats, languages, hostile files, --annotate."""

from __future__ import annotations

import hashlib
import json
import os
import random
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from hostile_files import zip_bomb_bytes
from package_edits import DOCM_MAIN, DOCX_MAIN, read_members, retyped, rezip

from mind_templates.cli import main

DELIVERABLE = "research-brief"
WORDS = ("the project team customer users market product service value digital platform data analysis strategy "
         "budget risk plan growth revenue cost pricing channel partner client quality process indicator objective "
         "result interview survey feedback prototype feature release roadmap we our this that which because and "
         "with for from into about between improve measure reduce deliver design test validate launch").split()


def analysis_available() -> bool:
    try:
        import mind_templates.check.analyse  # noqa: F401
    except ImportError:
        return False
    return True


pytestmark = pytest.mark.skipif(not analysis_available(), reason="mind_templates.check.analyse is not there yet")


def run(*args: str, env: dict | None = None):
    return CliRunner().invoke(main, list(args), env=env or {}, catch_exceptions=False)


def run_process(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """The real command, in its own process: what a user sees, tracebacks included if any."""
    return subprocess.run([sys.executable, "-m", "mind_templates", *args], capture_output=True, text=True,
                          env={**os.environ, "NO_COLOR": "1", **(env or {})}, timeout=600)


def prose(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def fill(skeleton: Path, target: Path, *, drop_heading: str | None = None) -> Path:
    """The skeleton as a student hands it in: guidance deleted, prompts and table cells written over.
    `drop_heading`: delete that section (its heading and everything up to the next heading)."""
    rng = random.Random(target.name)
    document = docx.Document(skeleton)
    dropping = False
    for paragraph in list(document.paragraphs):
        style = paragraph.style.name if paragraph.style is not None else ""
        if style.startswith("Heading"):
            dropping = drop_heading is not None and paragraph.text.strip() == drop_heading
        if dropping or style.startswith("MT Guidance"):
            paragraph._p.getparent().remove(paragraph._p)
            continue
        placeholders = [r for r in paragraph.runs if r.style is not None and r.style.name == "MT Placeholder"]
        if not placeholders:
            continue
        for run_ in paragraph.runs[1:]:
            run_._r.getparent().remove(run_._r)
        first = paragraph.runs[0]
        first.style = None
        first.text = "Acme" if style == "MT Cover Field" else prose(rng, 400)
    for table in document.tables:
        for row in table.rows[1:]:
            for cell in row.cells:
                if not cell.text.strip():
                    cell.text = prose(rng, 6)
                for paragraph in cell.paragraphs:  # canvas cells: a title, then our prompt
                    for run_ in paragraph.runs:
                        if run_.style is not None and run_.style.name == "MT Placeholder":
                            run_.style, run_.text = None, prose(rng, 12)
    document.save(target)
    return target


@pytest.fixture(scope="module")
def skeleton(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("skeleton")
    result = run("new", DELIVERABLE, "--format", "docx", "--doc-lang", "en", "-o", str(folder))
    assert result.exit_code == 0, result.output
    return next(folder.glob("*.docx"))


@pytest.fixture(scope="module")
def good(skeleton, tmp_path_factory) -> Path:
    return fill(skeleton, tmp_path_factory.mktemp("good") / "good.docx")


@pytest.fixture(scope="module")
def dropped_title(referential) -> str:
    deliverable = referential.get_deliverable(DELIVERABLE)
    return next(s for s in deliverable.sections if s.required and s.level == 1 and s.kind == "prose").title["en"]


@pytest.fixture(scope="module")
def incomplete(skeleton, dropped_title, tmp_path_factory) -> Path:
    return fill(skeleton, tmp_path_factory.mktemp("incomplete") / "incomplete.docx", drop_heading=dropped_title)


@pytest.fixture(scope="module")
def zip_bomb(tmp_path_factory) -> Path:
    """~1 MB that inflates to 1 GiB (tests/hostile_files.py)."""
    path = tmp_path_factory.mktemp("bomb") / "bomb.docx"
    path.write_bytes(zip_bomb_bytes())
    return path


def json_of(result) -> dict:
    return json.loads(result.stdout)


# --- exit codes -----------------------------------------------------------------------------------


def test_a_complete_document_passes_with_exit_0(good):
    result = run("check", str(good), "--deliverable", DELIVERABLE, "--format", "json")
    data = json_of(result)
    errors = [f for f in data["files"][0]["findings"] if f["severity"] == "error"]
    assert result.exit_code == 0, errors
    assert data["files"][0]["status"] == "pass" and data["summary"]["exit_code"] == 0


def test_the_deliverable_is_identified_by_its_markers(good):
    data = json_of(run("check", str(good), "--format", "json"))
    assert data["files"][0]["deliverable"] == DELIVERABLE
    assert data["files"][0]["identified_by"] == "marker"


def test_a_missing_section_fails_with_exit_1(incomplete, referential, dropped_title):
    result = run("check", str(incomplete), "--format", "json")
    assert result.exit_code == 1, result.output
    entry = json_of(result)["files"][0]
    missing = [f for f in entry["findings"] if f["code"] == "missing-section"]
    section_id = next(s.id for s in referential.get_deliverable(DELIVERABLE).sections
                      if s.title["en"] == dropped_title)
    assert any(f["section"] == section_id for f in missing)
    assert entry["status"] == "fail"


def test_strict_makes_warnings_fail(good, tmp_path):
    # The same document with one section far below its minimum: a warning, an error only with --strict.
    result = run("check", str(good), "--min-words", "100000", "--format", "json")
    codes = {f["code"] for f in json_of(result)["files"][0]["findings"]}
    assert "thin-section" in codes
    severities = {f["severity"] for f in json_of(result)["files"][0]["findings"]}
    if "error" not in severities:
        assert result.exit_code == 0
    strict = run("check", str(good), "--min-words", "100000", "--format", "json", "--strict")
    assert strict.exit_code == 1


def test_an_unreadable_file_gives_exit_2_and_every_other_file_is_reported(good, incomplete, tmp_path):
    broken = tmp_path / "broken.docx"
    broken.write_bytes(good.read_bytes()[: 3000])
    legacy = tmp_path / "old.doc"
    legacy.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 600)
    result = run("check", str(good), str(broken), str(legacy), str(tmp_path / "gone.docx"), str(incomplete),
                 "--format", "json")
    assert result.exit_code == 2
    files = json_of(result)["files"]
    assert [Path(f["file"]).name for f in files] == ["good.docx", "broken.docx", "old.doc", "gone.docx",
                                                     "incomplete.docx"]
    assert [f["status"] for f in files] == ["pass", "error", "error", "error", "fail"]
    assert files[1]["error"]["code"] == "corrupt-zip"
    assert files[3]["error"]["code"] == "file-missing"
    for entry in files[1:4]:
        assert entry["error"]["message"] and "\n" not in entry["error"]["message"]


def test_unknown_deliverable_is_misuse_with_a_suggestion(good):
    result = run("check", str(good), "--deliverable", "research-brif")
    assert result.exit_code == 2
    assert "research-brief" in result.output


@pytest.mark.parametrize("args", [["--jobs", "0"], ["--format", "xml"], ["--min-words", "-1"], ["--lang", "xx"]])
def test_bad_options_are_misuse(good, args):
    assert run("check", str(good), *args).exit_code == 2


def test_nothing_to_check_is_misuse(tmp_path):
    (tmp_path / "notes.txt").write_text("hello")
    result = run("check", str(tmp_path))
    assert result.exit_code == 2
    assert "no .docx" in result.output


def test_the_real_command_never_shows_a_traceback(good, tmp_path):
    garbage = tmp_path / "garbage.docx"
    garbage.write_bytes(os.urandom(5000))
    empty = tmp_path / "empty.pptx"
    empty.write_bytes(b"")
    result = run_process("check", str(good), str(garbage), str(empty), str(tmp_path), "--jobs", "2")
    assert result.returncode == 2
    assert "Traceback" not in result.stdout + result.stderr
    assert "good.docx  PASS" in result.stdout
    assert "1 passed" in result.stdout  # the folder's files were reached once only


# --- formats and languages ------------------------------------------------------------------------


def test_json_has_the_documented_shape(good, incomplete):
    data = json_of(run("check", str(good), str(incomplete), "--format", "json"))
    assert data["version"] == 1
    for entry in data["files"]:
        assert set(entry) == {"file", "deliverable", "identified_by", "confidence", "status", "sections",
                              "findings", "criteria", "error", "section_counts", "submitter"}
        assert 0 <= entry["confidence"] <= 1
        assert all(set(s) == {"id", "status", "words", "heading", "identified_by"} for s in entry["sections"])
        assert all(set(f) == {"code", "severity", "section", "criteria", "message", "location"}
                   for f in entry["findings"])
        assert set(entry["criteria"]) == {"covered", "partly", "uncovered", "detail"}
    assert {"files", "passed", "failed", "errors"} <= set(data["summary"])


def test_csv_has_one_row_per_section(good, referential):
    import csv
    import io

    result = run("check", str(good), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    sections = [r["section"] for r in rows if r["section"]]
    assert sections == [s.id for s in referential.get_deliverable(DELIVERABLE).sections]
    assert {r["file_status"] for r in rows} == {"pass"}


def test_text_report_says_what_was_found(good, incomplete):
    result = run("check", str(good), str(incomplete))
    assert "good.docx  PASS" in result.stdout and "incomplete.docx  FAIL" in result.stdout
    assert "Criteria (" in result.stdout and "missing-section" in result.stdout
    assert result.stdout.rstrip().endswith("2 files checked: 1 passed, 1 failed, 0 unreadable.")
    assert "\x1b[" not in result.stdout  # not a terminal: no colour


def test_check_lang_overrides_the_interface_language(incomplete):
    english = run("--lang", "en", "check", str(incomplete), "--format", "json")
    french = run("--lang", "en", "check", str(incomplete), "--format", "json", "--lang", "fr")
    global_french = run("--lang", "fr", "check", str(incomplete), "--format", "json")
    message = lambda r: json_of(r)["files"][0]["findings"][0]["message"]  # noqa: E731
    assert message(french) != message(english)
    assert message(french) == message(global_french)
    text = run("--lang", "en", "check", str(incomplete), "--lang", "fr")
    assert "Criteria covered" not in text.stdout


ENGLISH_EMPTY = ("empty.docx is empty (0 bytes): save the document again from Word or PowerPoint and submit"
                 " the saved file")


@pytest.mark.parametrize("args", [["--lang", "fr", "check"], ["check", "--lang", "fr"]])
def test_an_unreadable_file_is_reported_in_the_interface_language(tmp_path, args):
    empty = tmp_path / "empty.docx"
    empty.write_bytes(b"")
    french = run(*args, str(empty))
    assert french.exit_code == 2
    line = next(line for line in french.output.splitlines() if "file-empty" in line)
    assert line.strip() == ("file-empty: empty.docx est vide (0 octet) : enregistrez à nouveau le document depuis"
                            " Word ou PowerPoint et soumettez le fichier enregistré")
    as_json = run(*args, str(empty), "--format", "json")
    error = json_of(as_json)["files"][0]["error"]
    assert error["code"] == "file-empty" and error["message"].startswith("empty.docx est vide")
    english = run("--lang", "en", "check", str(empty))
    assert english.exit_code == 2
    assert f"file-empty: {ENGLISH_EMPTY}" in english.output


# --- hostile input --------------------------------------------------------------------------------


def test_a_zip_bomb_is_refused_in_under_a_second(zip_bomb, good):
    assert zip_bomb.stat().st_size < 2 * 1024**2
    with zipfile.ZipFile(zip_bomb) as zf:
        assert sum(i.file_size for i in zf.infolist()) >= 1024**3
    started = time.monotonic()
    result = run_process("check", str(zip_bomb), "--format", "json", "--jobs", "1")
    elapsed = time.monotonic() - started
    data = json.loads(result.stdout)
    assert data["files"][0]["error"]["code"] == "zip-bomb"
    assert result.returncode == 2
    refusing = data["files"][0]
    print(f"zip bomb: whole command {elapsed:.2f} s")
    # The whole command (interpreter, worker start) stays far under what inflating 1 GiB costs (~7 s, 2 GiB).
    assert elapsed < 10, elapsed
    assert refusing["error"]["message"]

    # Inside the worker: refused in well under a second, within a 200 MB address space (inflating needs 1 GiB+).
    from mind_templates.check.model import CheckOptions
    from mind_templates.check.runner import run_checks

    report = next(run_checks([zip_bomb], None, CheckOptions(memory_limit_mb=200), 1))
    print(f"zip bomb: refused by the worker in {report.seconds:.3f} s")
    assert report.error is not None and report.error.code == "zip-bomb"
    assert report.seconds < 1.0


def test_a_hostile_file_among_good_ones_does_not_stop_them(good, zip_bomb, tmp_path):
    table = tmp_path / "span.docx"
    document = docx.Document()
    cell = document.add_table(rows=1, cols=1).rows[0].cells[0]
    cell._tc.get_or_add_tcPr().append(
        docx.oxml.parse_xml('<w:gridSpan xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
                            ' w:val="100000000"/>'))
    document.save(table)
    result = run("check", str(good), str(zip_bomb), str(table), str(good.parent), "--format", "json", "--jobs", "2")
    files = json_of(result)["files"]
    assert [f["status"] for f in files] == ["pass", "error", "error"]
    assert [f["error"]["code"] for f in files[1:]] == ["zip-bomb", "pathological-table"]


# --- annotate -------------------------------------------------------------------------------------


def comments_of(path: Path) -> list[str]:
    document = docx.Document(path)
    return [c.text for c in document.comments]


def test_annotate_writes_a_commented_copy_and_leaves_the_input_alone(incomplete, tmp_path):
    before = hashlib.sha256(incomplete.read_bytes()).hexdigest()
    mtime = incomplete.stat().st_mtime_ns
    out = tmp_path / "annotated"
    result = run("check", str(incomplete), "--annotate", str(out), "--format", "json")
    assert result.exit_code == 1
    copy = out / "incomplete.docx"
    assert copy.is_file()
    findings = json_of(result)["files"][0]["findings"]
    comments = comments_of(copy)
    assert len(comments) == len(findings) > 0
    assert any("missing-section" in c for c in comments)
    assert hashlib.sha256(incomplete.read_bytes()).hexdigest() == before
    assert incomplete.stat().st_mtime_ns == mtime
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temporary file left behind

    # Never overwrite an annotated copy: the second run gets a suffix.
    again = run("check", str(incomplete), "--annotate", str(out))
    assert (out / "incomplete (2).docx").is_file()
    assert "incomplete (2).docx" in again.stdout
    assert comments_of(copy) == comments


def test_annotating_into_the_submissions_folder_never_touches_a_submission(good, tmp_path):
    folder = tmp_path / "subs"
    folder.mkdir()
    submission = folder / "good.docx"
    submission.write_bytes(good.read_bytes())
    before = submission.read_bytes()
    for _ in range(2):  # the second run must not check the first run's copies
        result = run("check", str(folder), "--annotate", str(folder / "annotated"), "--format", "json")
        assert [Path(f["file"]).name for f in json_of(result)["files"]] == ["good.docx"]
    # Copies side by side with the inputs: the input's name is taken, so the copy gets a suffix.
    run("check", str(submission), "--annotate", str(folder))
    assert submission.read_bytes() == before
    assert (folder / "good (2).docx").is_file()
    assert sorted(p.name for p in (folder / "annotated").iterdir()) == ["good (2).docx", "good.docx"]


def test_annotate_anchors_a_missing_section_where_it_belongs(incomplete, referential, dropped_title, tmp_path):
    out = tmp_path / "annotated"
    run("check", str(incomplete), "--annotate", str(out))
    document = docx.Document(out / "incomplete.docx")
    sections = referential.get_deliverable(DELIVERABLE).sections
    index = next(i for i, s in enumerate(sections) if s.title["en"] == dropped_title)
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    anchored = [p.text for p in document.paragraphs if p._p.find(f".//{ns}commentRangeStart") is not None]
    expected = sections[index - 1].title["en"] if index else None
    assert anchored
    if expected is not None:
        assert any(expected in text for text in anchored), anchored


def test_annotate_a_docm_gives_a_docx_without_macros(good, tmp_path):
    docm = tmp_path / "macro.docm"
    data = Path(good).read_bytes()
    types = read_members(data)["[Content_Types].xml"].replace(
        b"</Types>", b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>')
    rels = read_members(data)["word/_rels/document.xml.rels"].replace(
        b"</Relationships>", b'<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/'
                             b'relationships/vbaProject" Target="vbaProject.bin"/></Relationships>')
    data = rezip(data, {"[Content_Types].xml": types, "word/_rels/document.xml.rels": rels,
                        "word/vbaProject.bin": b"\xd0\xcf\x11\xe0 not really a VBA project"})
    docm.write_bytes(retyped(data, "/word/document.xml", DOCX_MAIN, DOCM_MAIN))
    out = tmp_path / "out"
    result = run("check", str(docm), "--annotate", str(out), "--format", "json")
    entry = json_of(result)["files"][0]
    assert entry["error"] is None, entry
    copy = out / "macro.docx"
    assert copy.is_file()
    with zipfile.ZipFile(copy) as zf:
        assert not [n for n in zf.namelist() if "vba" in n.lower()]
    docx.Document(copy)


def test_annotate_into_a_folder_that_cannot_be_made_is_misuse(good, tmp_path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    result = run("check", str(good), "--annotate", str(blocker / "sub"))
    assert result.exit_code == 2
    assert "--annotate" in result.output


def test_a_deliverable_option_that_contradicts_the_marker_is_flagged(tmp_path):
    import json

    from click.testing import CliRunner

    from mind_templates.cli import main

    runner = CliRunner()
    assert runner.invoke(main, ["new", "business-plan", "--format", "docx", "-o", str(tmp_path)]).exit_code == 0
    result = runner.invoke(main, ["check", str(tmp_path / "business-plan.en.docx"), "--deliverable", "risk-policy",
                                  "--format", "json", "--jobs", "1"])
    report = json.loads(result.output)["files"][0]
    assert report["deliverable"] == "risk-policy" and report["identified_by"] == "option"
    assert any(f["code"] == "deliverable-mismatch" and "business-plan" in f["message"] for f in report["findings"])


def test_a_missing_section_asks_for_a_heading_in_the_documents_language(tmp_path):
    import json

    from click.testing import CliRunner
    from docx import Document

    from mind_templates.cli import main

    runner = CliRunner()
    runner.invoke(main, ["new", "risk-policy", "--format", "docx", "-o", str(tmp_path)])
    path = tmp_path / "risk-policy.fr.docx"
    document = Document(str(path))
    heading = next(p for p in document.paragraphs if p.text == "Registre des risques")
    heading._p.getparent().remove(heading._p)  # the student deleted the heading
    document.save(str(path))
    result = runner.invoke(main, ["--lang", "en", "check", str(path), "--format", "json", "--jobs", "1"])
    missing = [f for f in json.loads(result.output)["files"][0]["findings"] if f["code"] == "missing-section"]
    assert any("add a heading “Registre des risques”" in f["message"] for f in missing)
