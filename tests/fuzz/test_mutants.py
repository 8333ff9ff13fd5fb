"""`check` on damaged packages: every mutant gets a documented code, never internal-error, exit 3 or a hang.

The first tests rebuild, one by one, the kinds of damage that used to reach python-docx/python-pptx and
end in internal-error; then seeded campaigns of mutants (mutants.py) run in-process (a few hundred here,
thousands with -m slow) and through the command line.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree

from fuzz.mutants import (
    OPERATORS,
    PML_MAIN,
    WML_MAIN,
    Seed,
    corpus_seeds,
    generated_seeds,
    members_of,
    mutant,
    mutants,
    outcome,
    truncated_workbook,
    zip_of,
)
from mind_templates.check.model import FINDING_SEVERITY, CheckOptions
from mind_templates.reader.package import ERROR_CODES

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "real"
OPTIONS = CheckOptions()
CAMPAIGN = 288  # 18 operators x 8 seeds x 2 (x 4 seeds x 4 without the corpus)
SLOW_CAMPAIGN = 3000


@pytest.fixture(scope="module")
def seeds(referential, tmp_path_factory) -> list[Seed]:
    return generated_seeds(referential, tmp_path_factory.mktemp("seeds"))


@pytest.fixture(scope="module")
def all_seeds(seeds) -> list[Seed]:
    """Ours, plus the corpus files of CORPUS_SEEDS when the shared corpus is there."""
    return seeds + corpus_seeds(CORPUS)


def seed(seeds: list[Seed], name: str) -> Seed:
    return next(s for s in seeds if s.name == name)


def edited(data: bytes, edits: dict[str, bytes | None]) -> bytes:
    members = [(n, edits.get(n, d), c) for n, d, c in members_of(data) if edits.get(n, d) is not None]
    return zip_of(members)


def xml_edit(data: bytes, member: str, edit) -> bytes:
    content = dict((n, d) for n, d, _ in members_of(data))[member]
    root = etree.fromstring(content)
    edit(root)
    return edited(data, {member: etree.tostring(root)})


def code_of(tmp_path: Path, referential, data: bytes, suffix: str) -> tuple[str, str]:
    path = tmp_path / f"mutant{suffix}"
    path.write_bytes(data)
    return outcome(path, referential, OPTIONS)


# --- the kinds of damage that ended in internal-error, one by one -------------------------------------


@pytest.mark.parametrize("name", ["docx-skeleton", "pptx-filled"])
def test_swapped_main_content_types(seeds, referential, tmp_path, name):
    data = seed(seeds, name).data
    types = dict((n, d) for n, d, _ in members_of(data))["[Content_Types].xml"].decode()
    swapped = types.replace(WML_MAIN, "\0").replace(PML_MAIN, WML_MAIN).replace("\0", PML_MAIN)
    assert swapped != types
    code, message = code_of(tmp_path, referential, edited(data, {"[Content_Types].xml": swapped.encode()}),
                            seed(seeds, name).suffix)
    assert code == "wrong-content-type", message
    assert "declared as" in message


def test_presentation_without_its_relationships(seeds, referential, tmp_path):
    data = edited(seed(seeds, "pptx-filled").data, {"ppt/_rels/presentation.xml.rels": None})
    code, message = code_of(tmp_path, referential, data, ".pptx")
    assert code == "broken-relationships", message


def test_slide_id_naming_no_relationship(seeds, referential, tmp_path):
    def edit(root):
        slide_id = root.find(".//{http://schemas.openxmlformats.org/presentationml/2006/main}sldId")
        slide_id.set("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id", "rId999")

    code, message = code_of(tmp_path, referential, xml_edit(seed(seeds, "pptx-skeleton").data,
                                                            "ppt/presentation.xml", edit), ".pptx")
    assert (code, "rId999" in message) == ("broken-relationships", True), message


@pytest.mark.parametrize("member", ["_rels/.rels", "word/_rels/document.xml.rels"])
@pytest.mark.parametrize("root", ["{http://schemas.openxmlformats.org/package/2006/content-types}Types", "x"])
def test_rels_part_with_another_root(seeds, referential, tmp_path, member, root):
    def edit(element):
        element.tag = root

    code, message = code_of(tmp_path, referential, xml_edit(seed(seeds, "docx-filled").data, member, edit), ".docx")
    assert code == "broken-relationships", message
    assert member in message


def test_slide_relationships_marked_external(seeds, referential, tmp_path):
    def edit(root):
        for rel in root:
            if rel.get("Type").endswith("/slide"):
                rel.set("TargetMode", "External")

    data = xml_edit(seed(seeds, "pptx-skeleton").data, "ppt/_rels/presentation.xml.rels", edit)
    code, message = code_of(tmp_path, referential, data, ".pptx")
    assert code == "broken-relationships" and "external" in message, message


@pytest.mark.parametrize("part, new_type", [
    ("/ppt/slides/slide2.xml", "application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"),
    ("/ppt/slides/slide2.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
    ("/ppt/notesSlides/notesSlide2.xml", "application/xml"),
])
def test_part_with_another_content_type(seeds, referential, tmp_path, part, new_type):
    def edit(root):
        override = next(e for e in root if e.get("PartName") == part)
        override.set("ContentType", new_type)

    code, message = code_of(tmp_path, referential, xml_edit(seed(seeds, "pptx-filled").data,
                                                            "[Content_Types].xml", edit), ".pptx")
    assert code == "wrong-content-type" and part in message, message


@pytest.mark.parametrize("new_type", [
    "application/vnd.openxmlformats-officedocument.extended-properties+xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
])
def test_main_part_with_another_content_type(seeds, referential, tmp_path, new_type):
    """A Word document declared as a workbook is a damaged Word document, not "an Excel workbook"."""
    types = dict((n, d) for n, d, _ in members_of(seed(seeds, "docx-filled").data))["[Content_Types].xml"].decode()
    assert WML_MAIN in types
    data = edited(seed(seeds, "docx-filled").data, {"[Content_Types].xml": types.replace(WML_MAIN, new_type).encode()})
    code, message = code_of(tmp_path, referential, data, ".docx")
    assert code == "wrong-content-type" and "holds a Word document" in message, message


@pytest.mark.parametrize("member, replacement, code", [
    ("ppt/notesSlides/notesSlide1.xml", b"<x/>", "malformed-xml"),
    ("ppt/notesSlides/notesSlide1.xml",
     b'<p:notes xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>', "malformed-xml"),
    ("ppt/slides/slide3.xml",
     b'<p:sldLayout xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>', "wrong-content-type"),
    ("ppt/presentation.xml",
     b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>', "wrong-content-type"),
])
def test_part_replaced_by_other_xml(seeds, referential, tmp_path, member, replacement, code):
    got, message = code_of(tmp_path, referential, edited(seed(seeds, "pptx-filled").data, {member: replacement}),
                           ".pptx")
    assert got == code and member.lstrip("/") in message, message


@pytest.mark.parametrize("name", ["docx-filled", "pptx-skeleton"])
def test_truncated_file_holding_a_workbook_is_a_corrupt_zip(seeds, referential, tmp_path, name):
    """Not "an Excel workbook": the workbook is the last zip directory left in the cut file, not the file."""
    import random

    for attempt in range(5):
        data, suffix, detail = truncated_workbook(random.Random(attempt), seed(seeds, name).data, seed(seeds, name).suffix)
        code, message = code_of(tmp_path, referential, data, suffix)
        assert code == "corrupt-zip", (detail, message)


def test_truncated_corpus_chart_deck_is_a_corrupt_zip(referential, tmp_path):
    path = CORPUS / "poi__test-data_slideshow_bar-chart.pptx"
    if not path.is_file():
        pytest.skip(f"the shared corpus is not at {CORPUS}: this test cuts one of its decks")
    data = path.read_bytes()
    assert code_of(tmp_path, referential, data[: len(data) - 2000], ".pptx")[0] == "corrupt-zip"


def test_renamed_file_is_checked_and_warned(seeds, referential, tmp_path):
    from mind_templates.check.analyse import check_path

    for name, suffix, kind in (("docx-filled", ".pptx", "Word document"), ("pptx-filled", ".docx", "PowerPoint")):
        path = tmp_path / f"renamed{suffix}"
        path.write_bytes(seed(seeds, name).data)
        report = check_path(path, referential, OPTIONS)
        assert report.error is None and report.deliverable == "business-plan"
        warning = [f for f in report.findings if f.code == "wrong-extension"]
        assert len(warning) == 1 and warning[0].severity == "warning" and kind in warning[0].message


@pytest.mark.parametrize("member, replacement, element", [
    ("word/document.xml", b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
     "<body>"),
    ("ppt/slides/slide2.xml",
     b'<p:sld xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:cSld/></p:sld>', "<spTree>"),
])
def test_part_without_a_required_element(seeds, referential, tmp_path, member, replacement, element):
    name = "docx-filled" if member.startswith("word/") else "pptx-filled"
    code, message = code_of(tmp_path, referential, edited(seed(seeds, name).data, {member: replacement}),
                            seed(seeds, name).suffix)
    assert code == "malformed-xml" and element in message, message


@pytest.mark.parametrize("error, name, expected", [
    # The reading library's word for "a required element is missing", for the files it reads.
    ("pptx.exc.InvalidXmlError", "pptx-filled", "malformed-xml"),
    ("docx.exceptions.InvalidXmlError", "docx-filled", "malformed-xml"),
    # The other library's, never raised while reading this kind of file: a bug of ours, like the rest.
    ("docx.exceptions.InvalidXmlError", "pptx-filled", None),
    ("builtins.AttributeError", "pptx-filled", None),  # a bug of ours: never turned into a file error
    ("builtins.KeyError", "docx-filled", None),
])
def test_only_the_libraries_invalid_xml_is_mapped(seeds, referential, tmp_path, monkeypatch, error, name, expected):
    """Defence in depth behind the structure checks, kept narrow so that our own bugs still surface."""
    import importlib

    import mind_templates.check.analyse as analyse

    module, _, type_name = error.rpartition(".")
    exception = getattr(importlib.import_module(module), type_name)

    def reading_fails(*args, **kwargs):
        raise exception("required ``<p:cSld>`` child element not present")

    monkeypatch.setattr(analyse, "read_outline", reading_fails)
    path = tmp_path / f"good{seed(seeds, name).suffix}"
    path.write_bytes(seed(seeds, name).data)
    if expected is None:
        with pytest.raises(exception):
            analyse.check_path(path, referential, OPTIONS)
    else:
        report = analyse.check_path(path, referential, OPTIONS)
        assert report.error is not None and report.error.code == expected and "\n" not in report.error.message


# --- campaigns ------------------------------------------------------------------------------------------


def test_mutants_are_reproducible(seeds):
    for index in (0, 7, 41, 299):
        first, again = mutant(seeds, 11, index), mutant(seeds, 11, index)
        assert (first.data, first.suffix, first.detail) == (again.data, again.suffix, again.detail)
    assert mutant(seeds, 11, 3).data != mutant(seeds, 12, 3).data


def run_campaign(seeds: list[Seed], referential, folder: Path, master_seed: int, count: int) -> Counter:
    """Check `count` mutants in-process; fail with every mutant that raised or got internal-error."""
    codes: Counter = Counter()
    operators: Counter = Counter()
    problems = []
    documented = {*ERROR_CODES, "pass", "fail"} - {"internal-error"}
    for item in mutants(seeds, master_seed, count):
        path = folder / f"current{item.suffix}"
        path.write_bytes(item.data)
        code, message = outcome(path, referential, OPTIONS)
        codes[code] += 1
        operators.update(item.operators)
        if code not in documented or "\n" in message:
            (folder / item.filename).write_bytes(item.data)
            problems.append(f"{item.filename} ({item.detail}): {code}: {message}")
    assert not problems, f"{len(problems)} of {count} mutants (kept in {folder}):\n" + "\n".join(problems[:5])
    assert set(operators) == set(OPERATORS), f"operators never applied: {set(OPERATORS) - set(operators)}"
    return codes


def test_campaign_in_process(all_seeds, referential, tmp_path):
    codes = run_campaign(all_seeds, referential, tmp_path, master_seed=1, count=CAMPAIGN)
    # The mutants exercise the checks: most are refused with a reason, some still read.
    for code in ("corrupt-zip", "broken-relationships", "wrong-content-type", "malformed-xml"):
        assert codes[code] > 0, codes
    assert codes["pass"] + codes["fail"] > 0, codes


@pytest.mark.slow
@pytest.mark.parametrize("master_seed", [2, 3])
def test_big_campaign_in_process(all_seeds, referential, tmp_path, master_seed):
    run_campaign(all_seeds, referential, tmp_path, master_seed=master_seed, count=SLOW_CAMPAIGN)


def test_campaign_through_the_command_line(all_seeds, tmp_path):
    """Worker processes, time budget, annotated copies and report: every mutant reported, none internal-error,
    exit 2 (never 3)."""
    folder = tmp_path / "submissions"
    folder.mkdir()
    batch = list(mutants(all_seeds, 5, 2 * len(OPERATORS)))
    for item in batch:
        (folder / item.filename).write_bytes(item.data)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    # Every mutant named explicitly: a folder walk would skip the odd extensions some renames give.
    result = subprocess.run([sys.executable, "-m", "mind_templates", "check", "--format", "json", "--jobs", "2",
                             "--annotate", str(tmp_path / "annotated"), *sorted(str(p) for p in folder.iterdir())],
                            capture_output=True, text=True, timeout=600, env=env)
    assert result.returncode == 2, result.stderr[-2000:]
    report = json.loads(result.stdout)
    assert len(report["files"]) == len(batch)
    for entry in report["files"]:
        error = entry["error"]
        assert error is None or (error["code"] in ERROR_CODES and error["code"] != "internal-error"), entry
        assert all(f["code"] in FINDING_SEVERITY for f in entry["findings"]), entry
    assert any((tmp_path / "annotated").glob("*.docx")), "no readable Word mutant was annotated"


# --- the structure checks against real files -------------------------------------------------------------


def test_shared_relationship_types_are_judged_by_kind(referential, tmp_path):
    """Word and PowerPoint comments share a relationship type, not a content type: a deck's comments are fine."""
    path = CORPUS / "poi__test-data_slideshow_45545_Comment.pptx"
    if not path.is_file():
        pytest.skip(f"the shared corpus is not at {CORPUS}: this test reads a deck with comments from it")
    assert outcome(path, referential, OPTIONS)[0] in ("pass", "fail")


@pytest.mark.slow
def test_no_real_file_is_refused_by_the_structure_checks():
    """wrong-content-type is new: none of the corpus's real files, some broken on purpose, is that damaged."""
    from mind_templates.errors import UnreadableDocumentError
    from mind_templates.reader.package import open_package

    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not at {CORPUS}")
    refused = []
    for path in sorted(CORPUS.iterdir()):
        try:
            package = open_package(path)
        except UnreadableDocumentError as error:
            if error.code == "wrong-content-type":
                refused.append(f"{path.name}: {error}")
            continue
        if "wrong-extension" in package.warnings:
            refused.append(f"{path.name}: wrong-extension")
    assert not refused, "\n".join(refused)
