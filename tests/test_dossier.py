"""An assessment handed in as one dossier: one Word document with a part per deliverable, and one timed deck."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document
from pptx import Presentation

from mind_templates.cli import main
from mind_templates.dossier import build_dossier
from mind_templates.skeleton import markers
from mind_templates.writers.common import RenderRequest
from mind_templates.writers.pptx import plan_deck

DOSSIERS = ("case-study-1", "case-study-2", "case-study-3")


@pytest.fixture(scope="module")
def case1(tmp_path_factory):
    out = tmp_path_factory.mktemp("dossier")
    result = CliRunner().invoke(main, ["new", "case-study-1", "-o", str(out), "--set", "company=Acme"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out


def test_new_case_study_1_writes_one_dossier_and_one_deck(case1, referential):
    assert sorted(p.name for p in case1.iterdir()) == ["case-study-1.fr.docx", "case-study-1.fr.pptx"]
    document = Document(str(case1 / "case-study-1.fr.docx"))
    parts = referential.deliverables_of("case-study-1")
    part_headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert part_headings == [f"Partie {n} : {d.title['fr']}" for n, d in enumerate(parts, 1)]
    texts = [p.text for p in document.paragraphs]
    assert sum(t == "Sommaire" for t in texts) == 1  # one contents, one cover
    assert sum(t.startswith("Entreprise du cas") for t in texts) == 1
    # every part's sections sit under it, one heading level down, in the part's order
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")]
    for n, part in enumerate(parts, 1):
        start = headings.index(("Heading 1", part_headings[n - 1]))
        end = headings.index(("Heading 1", part_headings[n])) if n < len(parts) else len(headings)
        assert [t for _s, t in headings[start + 1:end]] == [s.title["fr"] for s in part.sections]
        assert {s for s, _t in headings[start + 1:end]} <= {"Heading 2", "Heading 3"}


def test_every_section_marker_of_a_dossier_is_unique_and_every_criterion_is_there(case1, referential):
    xml = (case1 / "case-study-1.fr.docx").read_bytes()
    from zipfile import ZipFile

    body = ZipFile(case1 / "case-study-1.fr.docx").read("word/document.xml").decode()
    import re

    names = re.findall(r'w:bookmarkStart w:id="\d+" w:name="([^"]+)"', body)
    dossier = build_dossier(referential, referential.assessment("case-study-1"))
    expected = [markers.section_bookmark(p.id) for p in dossier.parts] + \
        [markers.section_bookmark(s.id) for s in dossier.sections]
    assert len(names) == len(set(names)) and sorted(names) == sorted(expected)
    criteria = {c.id for c in referential.criteria if c.competence in ("C1.1", "C1.2", "C1.3")}
    assert criteria <= set(re.findall(r"C1\.[123]\.\d+", body)) and xml


def test_a_dossier_reads_back_with_pandoc_parts_in_order(case1, referential):
    out = subprocess.run(["pandoc", "-t", "json", str(case1 / "case-study-1.fr.docx")], capture_output=True,
                         text=True, check=True)
    blocks = json.loads(out.stdout)["blocks"]
    level1 = ["".join(i.get("c", " ") if isinstance(i.get("c"), str) else " " for i in b["c"][2])
              for b in blocks if b["t"] == "Header" and b["c"][0] == 1]
    assert [t.split(" : ", 1)[1] for t in level1] == [d.title["fr"] for d in referential.deliverables_of("case-study-1")]


def test_a_dossier_deck_has_one_of_each_framing_slide_and_its_times_add_up(case1, referential):
    deck = Presentation(str(case1 / "case-study-1.fr.pptx"))
    titles = [s.shapes.title.text if s.shapes.title is not None else "" for s in deck.slides]
    assert titles.count("Sommaire") == 1 and titles.count("À retenir") == 1
    assert titles.count("Questions et objections") == 1
    for assessment_id in DOSSIERS:
        assessment = referential.assessment(assessment_id)
        dossier = build_dossier(referential, assessment)
        for fields, minutes in (({}, assessment.oral.minutes), ({"duration": "45"}, 45)):
            plan = plan_deck(RenderRequest(referential, dossier, "fr", "fr", fields=fields))
            assert sum(p.seconds for p in plan) == minutes * 60
            assert [p.kind for p in plan].count("questions") == 1
            per_part = [sum(p.seconds for p in plan if p.section is not None and dossier.part_of(p.section.id) is part)
                        for part in dossier.parts]
            assert all(seconds > 0 for seconds in per_part)
            framing = sum(p.seconds for p in plan if p.section is None)
            assert sum(per_part) + framing == minutes * 60


def test_single_deliverables_stay_available_and_separate_assessments_expand(tmp_path):
    result = CliRunner().invoke(main, ["new", "risk-policy", "project-data", "-o", str(tmp_path)], catch_exceptions=False)
    assert result.exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([
        "risk-policy.fr.docx", "risk-policy.fr.pptx", "ux-data-analysis.en.docx", "ux-data-analysis.en.pptx",
        "crm-strategy.en.docx", "crm-strategy.en.pptx"])


@pytest.mark.slow
def test_every_dossier_passes_the_schema_validator(tmp_path):
    from office_programs import schema_errors

    for assessment_id in DOSSIERS:
        assert CliRunner().invoke(main, ["new", assessment_id, "-o", str(tmp_path)]).exit_code == 0
    assert not schema_errors(tmp_path, 2 * len(DOSSIERS))


def _check(*paths: Path) -> list[dict]:
    result = CliRunner().invoke(main, ["check", "--format", "json", *map(str, paths)], catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.output)["files"]


def _drop_part(source: Path, target: Path, heading_start: str) -> Path:
    """The dossier with one part cut out: its heading and everything up to the next part heading."""
    document = Document(str(source))
    body, dropping = document.element.body, False
    from docx.oxml.ns import qn

    for element in list(body):
        style = element.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        if style is not None and style.get(qn("w:val")) == "Heading1":
            text = "".join(t.text or "" for t in element.iter(qn("w:t")))
            dropping = text.startswith(heading_start)
        if dropping and element.tag != qn("w:sectPr"):
            body.remove(element)
    document.save(str(target))
    return target


def test_check_reports_a_filled_dossier_part_by_part_and_a_missing_part(case1, tmp_path, referential):
    from check.test_cli_check import fill  # the same filling as check's own tests: guidance gone, prompts written over

    filled = fill(case1 / "case-study-1.fr.docx", tmp_path / "filled.docx")
    dossier = build_dossier(referential, referential.assessment("case-study-1"))
    [report] = _check(filled)
    assert report["deliverable"] == "case-study-1" and report["identified_by"] == "marker"
    statuses = {s["id"]: s["status"] for s in report["sections"]}
    assert list(statuses) == [s.id for s in dossier.sections]  # every part, in order
    assert "missing" not in statuses.values()
    assert set(report["criteria"]["covered"]) == set(dossier.criteria_ids)  # the whole assessment's criteria
    given = CliRunner().invoke(main, ["check", "--format", "json", "--deliverable", "case-study-1", str(filled)])
    assert json.loads(given.output)["files"][0]["identified_by"] == "option"
    cut = _drop_part(filled, tmp_path / "cut.docx", "Partie 3")
    [report] = _check(cut)
    missing = {s["id"] for s in report["sections"] if s["status"] == "missing"}
    assert missing == {s.id for s in dossier.parts[2].sections}


def _unmarked(source: Path, target: Path) -> Path:
    """The dossier as a student who rebuilt it hands it in: no bookmark and no custom property left."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml.ns import qn

    document = Document(str(source))
    for tag in ("w:bookmarkStart", "w:bookmarkEnd"):
        for element in list(document.element.body.iter(qn(tag))):
            element.getparent().remove(element)
    package_rels = document.part.package.rels
    for rel_id in [k for k, rel in package_rels.items() if rel.reltype == RT.CUSTOM_PROPERTIES]:
        package_rels.pop(rel_id)
    document.save(str(target))
    return target


def test_check_knows_a_dossier_without_markers_by_its_part_headings(case1, tmp_path, referential):
    from check.test_cli_check import fill

    filled = fill(case1 / "case-study-1.fr.docx", tmp_path / "filled.docx")
    bare = _unmarked(filled, tmp_path / "bare.docx")
    names, body = _parts(bare)
    assert "docProps/custom.xml" not in names and b"bookmarkStart" not in body
    dossier = build_dossier(referential, referential.assessment("case-study-1"))
    [report] = _check(bare)
    assert report["deliverable"] == "case-study-1" and report["identified_by"] == "headings"
    statuses = {s["id"]: s["status"] for s in report["sections"]}
    assert list(statuses) == [s.id for s in dossier.sections]
    found = {s["id"] for s in report["sections"] if s["status"] != "missing"}
    for part in dossier.parts:  # each part's sections found under that part's heading, not a namesake elsewhere
        assert {s.id for s in part.sections if s.required} <= found, part.id
    assert set(report["criteria"]["covered"]) == set(dossier.criteria_ids)

    cut = _drop_part(bare, tmp_path / "cut.docx", "Partie 3")
    [report] = _check(cut)
    assert report["deliverable"] == "case-study-1"
    missing = {s["id"] for s in report["sections"] if s["status"] == "missing"}
    assert missing == {s.id for s in dossier.parts[2].sections}
    text = CliRunner().invoke(main, ["check", "--lang", "fr", str(cut)]).output  # read part by part
    part_lines = [line.strip() for line in text.splitlines() if line.strip().startswith("Partie ")]
    assert part_lines == [f"Partie {n} : {p.title['fr']}" for n, p in enumerate(dossier.parts, 1)]


def test_no_single_deliverable_is_taken_for_a_dossier(tmp_path, referential):
    """Every single deliverable's skeleton of a dossier assessment, markers removed, stays that deliverable."""
    out = tmp_path / "single"
    ids = [d.id for d in referential.deliverables_of("case-study-1")]
    assert CliRunner().invoke(main, ["new", *ids, "-o", str(out), "--format", "docx"]).exit_code == 0
    bare = [_unmarked(path, tmp_path / path.name) for path in sorted(out.glob("*.docx"))]
    reports = _check(*bare)
    assert len(reports) == len(ids)
    assert {r.get("deliverable") for r in reports} <= set(ids)


def _parts(path: Path) -> tuple[list[str], bytes]:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return archive.namelist(), archive.read("word/document.xml")


@pytest.mark.slow
def test_check_still_finds_every_part_after_a_libreoffice_round_trip(case1, tmp_path):
    import shutil

    from check.test_cli_check import fill
    from office_programs import convert_with_libreoffice

    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed; tools/install-system-deps.sh installs it")
    filled = fill(case1 / "case-study-1.fr.docx", tmp_path / "filled.docx")
    [saved] = convert_with_libreoffice([filled], tmp_path / "lo", "docx").values()
    [report] = _check(saved)
    assert report["deliverable"] == "case-study-1"
    assert "missing" not in {s["status"] for s in report["sections"]}
