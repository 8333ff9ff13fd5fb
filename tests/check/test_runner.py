"""Finding the files, and checking them in worker processes that a hostile file cannot take down with it.

Most tests use a stand-in analysis (check_stand_ins.py) that sleeps, aborts or hogs memory on demand;
the tests at the end run the real analysis on real files.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from mind_templates.check.model import CheckOptions
from mind_templates.check.runner import collect_files, default_jobs, run_checks

STAND_IN = "check_stand_ins:analyse"
HERE = Path(__file__).resolve().parent


@pytest.fixture(autouse=True, scope="module")
def _stand_in_importable():
    # Workers import the stand-in by name: they inherit sys.path from this process.
    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))


def touch(path: Path, data: bytes = b"x") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


# --- collect_files --------------------------------------------------------------------------------


def test_folders_are_searched_recursively_for_office_files(tmp_path):
    for name in ["b.docx", "a.PPTX", "sub/c.docm", "sub/deeper/d.pptm", "e.doc", "f.odt", "g.pdf", "h.txt",
                 "~$b.docx", ".~lock.b.docx#", ".hidden.docx", ".git/x.docx", "sub/template.dotx"]:
        touch(tmp_path / name)
    found = [p.relative_to(tmp_path).as_posix() for p in collect_files([tmp_path])]
    # Sorted, recursive, case-insensitive; .doc/.odt are collected to be reported, not skipped; no locks, no hidden.
    assert found == ["a.PPTX", "b.docx", "e.doc", "f.odt", "sub/c.docm", "sub/deeper/d.pptm"]


def test_files_named_explicitly_are_always_checked(tmp_path):
    pdf, txt = touch(tmp_path / "g.pdf"), touch(tmp_path / "notes.txt")
    docx = touch(tmp_path / "x.docx")
    missing = tmp_path / "nowhere.docx"
    lock = touch(tmp_path / "~$x.docx")
    found = collect_files([pdf, txt, missing, lock, docx, tmp_path, docx])
    # Given order first; a file reached twice (named, then in its folder) is checked once; lock files never.
    assert found == [pdf, txt, missing, docx]


def test_skipped_folders_are_not_searched(tmp_path):
    touch(tmp_path / "a.docx")
    touch(tmp_path / "annotated" / "a.docx")
    assert collect_files([tmp_path], skip=[tmp_path / "annotated"]) == [tmp_path / "a.docx"]
    assert collect_files([tmp_path / "annotated"], skip=[tmp_path / "annotated"]) == []


def test_unreadable_folders_are_reported(tmp_path, monkeypatch):
    touch(tmp_path / "a.docx")
    real_walk = os.walk

    def walk(top, onerror=None, **kwargs):
        onerror(PermissionError(13, "Permission denied", str(tmp_path / "locked")))
        yield from real_walk(top, onerror=onerror, **kwargs)

    monkeypatch.setattr(os, "walk", walk)
    problems: list[str] = []
    assert collect_files([tmp_path], problems=problems) == [tmp_path / "a.docx"]
    assert problems == [f"{tmp_path / 'locked'}: Permission denied"]


def test_default_jobs_is_the_number_of_cpus():
    assert default_jobs() >= 1


# --- run_checks with a stand-in analysis ----------------------------------------------------------


def run(names, tmp_path, jobs=2, **options):
    files = [touch(tmp_path / name) for name in names]
    started = time.monotonic()
    reports = list(run_checks(files, None, CheckOptions(**options), jobs, checker=STAND_IN))
    return reports, time.monotonic() - started


def test_reports_come_back_in_input_order(tmp_path):
    names = [f"ok{i}.docx" for i in range(9)] + ["fail.docx"]
    reports, _ = run(names, tmp_path, jobs=2)
    assert [Path(r.file).name for r in reports] == names
    assert all(r.error is None for r in reports)
    assert reports[-1].status() == "fail"


def test_one_worker_process_even_with_jobs_1(tmp_path):
    reports, _ = run(["pid.docx"], tmp_path, jobs=1)
    assert reports[0].error is None
    # The stand-in answers from whichever process ran it: never this one.
    assert reports[0].notes and int(reports[0].notes[0]) != os.getpid()


def test_hostile_files_never_stop_the_others(tmp_path):
    names = ["ok1.docx", "abort.docx", "ok2.docx", "sigkill.docx", "bug.docx", "hog.docx", "ok3.docx",
             "sleep.docx", "ok4.docx"]
    reports, elapsed = run(names, tmp_path, jobs=2, time_budget=2.0, memory_limit_mb=768)
    by_name = {Path(r.file).name: r for r in reports}
    assert [Path(r.file).name for r in reports] == names
    for name in ("ok1.docx", "ok2.docx", "ok3.docx", "ok4.docx"):
        assert by_name[name].error is None, by_name[name]
    assert by_name["abort.docx"].error.code == "internal-error"
    assert "SIGABRT" in by_name["abort.docx"].error.message
    assert by_name["bug.docx"].error.code == "internal-error"
    assert "RuntimeError" in by_name["bug.docx"].error.message
    assert by_name["hog.docx"].error.code == "memory-limit"
    assert by_name["sigkill.docx"].error.code == "memory-limit"  # what the kernel's OOM killer looks like
    assert by_name["sleep.docx"].error.code == "time-budget"
    for report in reports:
        if report.error is not None:
            assert "\n" not in report.error.message and "Traceback" not in report.error.message
    assert elapsed < 60


def test_a_file_over_the_time_budget_is_stopped_and_its_worker_replaced(tmp_path):
    names = ["sleep1.docx", "sleep2.docx", "ok.docx"]
    reports, elapsed = run(names, tmp_path, jobs=1, time_budget=0.5)
    assert [r.error.code if r.error else None for r in reports] == ["time-budget", "time-budget", None]
    assert "0.5 s" in reports[0].error.message
    assert elapsed < 30  # the sleepers would sleep 600 s each


def test_messages_follow_the_report_language(tmp_path):
    reports, _ = run(["sleep.docx"], tmp_path, jobs=1, time_budget=0.2, lang="fr")
    english, _ = run(["sleep.docx"], tmp_path, jobs=1, time_budget=0.2, lang="en")
    assert reports[0].error.code == "time-budget"
    assert reports[0].error.message != english[0].error.message


def test_a_run_can_be_abandoned_midway(tmp_path):
    files = [touch(tmp_path / f"ok{i}.docx") for i in range(4)] + [touch(tmp_path / "sleep.docx")]
    reports = run_checks(files, None, CheckOptions(), 2, checker=STAND_IN)
    first = next(reports)
    assert first.error is None
    started = time.monotonic()
    reports.close()  # stops the workers, the sleeper among them
    assert time.monotonic() - started < 10


def test_workers_never_print(tmp_path):
    files = [touch(tmp_path / "ok.docx"), touch(tmp_path / "unpicklable.docx"), touch(tmp_path / "ok2.docx")]
    script = (
        "import sys; from pathlib import Path\n"
        f"sys.path.insert(0, {str(HERE)!r})\n"
        "from mind_templates.check.model import CheckOptions\n"
        "from mind_templates.check.runner import run_checks\n"
        "if __name__ == '__main__':\n"
        f"    for r in run_checks([Path(p) for p in {[str(f) for f in files]!r}], None, CheckOptions(), 2,"
        " checker='check_stand_ins:noisy'):\n"
        "        print(r.error.code if r.error else 'ok')\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "MIND_TEMPLATES_DEBUG"}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env)
    assert result.stdout.split() == ["ok", "internal-error", "ok"], result.stderr
    assert "noise" not in result.stdout + result.stderr
    assert "Traceback" not in result.stderr


def test_no_files_no_workers():
    assert list(run_checks([], None, CheckOptions(), 2, checker=STAND_IN)) == []


# --- the real analysis ----------------------------------------------------------------------------


def analysis_available() -> bool:
    try:
        import mind_templates.check.analyse  # noqa: F401
    except ImportError:
        return False
    return True


needs_analysis = pytest.mark.skipif(not analysis_available(), reason="mind_templates.check.analyse is not there yet")


def big_docx(path: Path, paragraphs: int) -> Path:
    """A valid Word document with many paragraphs: slow enough to read that a tiny budget stops it."""
    import docx

    document = docx.Document()
    document.add_heading("Introduction", 1)
    text = "This paragraph says something about the market and the users of the product. " * 3
    body = document.element.body
    template = document.add_paragraph(text)._p
    for _ in range(paragraphs):
        body.append(__import__("copy").deepcopy(template))
    document.save(path)
    return path


@needs_analysis
def test_a_tiny_budget_stops_the_real_analysis_of_a_big_file(tmp_path):
    big = big_docx(tmp_path / "big.docx", 20000)
    small = big_docx(tmp_path / "small.docx", 3)
    files = [big, small]
    reports = list(run_checks(files, None, CheckOptions(time_budget=0.05), 1))
    assert reports[0].error is not None and reports[0].error.code == "time-budget"
    # The replacement worker still checks what comes next, with a budget it can meet.
    reports = list(run_checks([big, small], None, CheckOptions(time_budget=60), 1))
    assert all(r.error is None for r in reports), reports


@needs_analysis
def test_the_memory_bound_stops_a_file_that_needs_too_much(tmp_path):
    # python-docx holds every part in memory: 180 MB of stored media need 180 MB more than the ~60 MB worker.
    import docx

    path = tmp_path / "heavy.docx"
    docx.Document().save(path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_STORED) as zf:
        chunk = os.urandom(1024 * 1024)
        with zf.open("word/media/image1.png", "w", force_zip64=True) as media:
            for _ in range(180):
                media.write(chunk)
    # An orphan media part is never loaded: relate it so that python-docx reads it.
    _relate_image(path)
    light = big_docx(tmp_path / "light.docx", 3)
    reports = list(run_checks([path, light, path], None, CheckOptions(memory_limit_mb=200), 1))
    assert [r.error.code if r.error else None for r in reports] == ["memory-limit", None, "memory-limit"], reports
    # With the default bound the same file is checked.
    assert list(run_checks([path], None, CheckOptions(), 1))[0].error is None


def _relate_image(path: Path) -> None:
    """Add a relationship from the document to word/media/image1.png, rewriting only the small parts."""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(tmp, "w", zipfile.ZIP_STORED) as target:
        for info in source.infolist():
            data_stream = source.open(info)
            if info.filename == "word/_rels/document.xml.rels":
                data = data_stream.read().replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdBig" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    b'relationships/image" Target="media/image1.png"/></Relationships>',
                )
                target.writestr(info.filename, data)
            elif info.filename == "[Content_Types].xml":
                data = data_stream.read()
                if b'Extension="png"' not in data:
                    data = data.replace(b"<Default ", b'<Default Extension="png" ContentType="image/png"/><Default ', 1)
                target.writestr(info.filename, data)
            else:
                with target.open(info.filename, "w", force_zip64=True) as out:
                    while chunk := data_stream.read(1024 * 1024):
                        out.write(chunk)
            data_stream.close()
    tmp.replace(path)
