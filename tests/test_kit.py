"""`mind-templates kit`: a teacher's whole kit for one assessment, from kit.yaml."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from docx import Document
from pptx import Presentation

from mind_templates.cli import main
from mind_templates.kit import KitPlan, read_kit_vars, write_kit
from mind_templates.kit.names import MAX_FOLDER, unique_folder_names
from mind_templates.kit.vars import parse_kit_vars

HOSTILE = ["Zoé Martin", "zoé martin", "ZOE MARTIN", "a/b\\c", "..", "../../etc/passwd", "x" * 200,
           "محمد علي", "\u202eevil\u202c", "CON", "jury", "", "   ", "Ñandú Pérez", "name:with*colons?"]


def kit(tmp_path: Path, assessment: str, data: dict, *args: str):
    vars_file = tmp_path / f"{assessment}.yaml"
    vars_file.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    out = tmp_path / assessment
    result = CliRunner().invoke(main, ["kit", assessment, "--vars", str(vars_file), "-o", str(out), *args],
                                catch_exceptions=False)
    return result, out


@pytest.fixture(scope="module")
def all_kits(tmp_path_factory, referential):
    root = tmp_path_factory.mktemp("kits")
    data = {"school": "WSF", "client": "Acme", "case": "Click & collect", "deadline": "2026-12-18",
            "candidates": ["Zoé Martin", "Bo", "Cy", "Di"]}  # four: each of EM, EB, ER, EL goes to one
    kits = {}
    for assessment in referential.assessments:
        result, out = kit(root, assessment.id, data)
        assert result.exit_code == 0, result.output
        kits[assessment.id] = out
    return root, kits


def test_each_kit_holds_exactly_its_deliverables_in_their_formats_and_languages(all_kits, referential):
    _root, kits = all_kits
    for assessment in referential.assessments:
        folder = kits[assessment.id] / "zoe-martin"
        names = sorted(p.name for p in folder.iterdir() if ".grid." not in p.name)
        if assessment.is_dossier:
            d = referential.deliverables_of(assessment.id)[0]
            expected = [f"{assessment.id}.{d.document_language}.{fmt}" for fmt in d.formats]
        else:
            chosen = referential.deliverables_of(assessment.id)
            if assessment.kind == "role-play":  # the recruitment interview and one other
                chosen = [d for d in chosen if d.interview in ("REC", "EM")]
            expected = [f"{d.id}.{d.document_language}.{fmt}" for d in chosen for fmt in d.formats]
        assert names == sorted(expected), assessment.id
        assert (folder / f"{assessment.id}.grid.fr.docx").is_file()
        assert (kits[assessment.id] / "jury" / f"{assessment.id}.grid.fr.xlsx").is_file()
        assert {"index.html", "brief.%s.docx" % referential.deliverables_of(assessment.id)[0].document_language} <= \
            {p.name for p in kits[assessment.id].iterdir()}


def test_the_kits_together_cover_every_deliverable_and_all_117_criteria(all_kits, referential):
    from mind_templates.skeleton import markers

    _root, kits = all_kits
    seen_deliverables, seen_criteria = set(), set()
    for out in kits.values():
        for docx in out.rglob("*.docx"):
            document = Document(str(docx))
            identifier = document.core_properties.identifier or ""
            if identifier.startswith("mind-templates:") and ".grid." not in docx.name:
                seen_deliverables.add(identifier.split(":", 1)[1])
            for rel in document.part.package.rels.values():  # a dossier stands for its parts
                if rel.reltype.endswith("/custom-properties"):
                    parts = markers.read_custom_properties(rel.target_part.blob).get(markers.PARTS_PROPERTY, "")
                    seen_deliverables.update(markers.decode_parts(parts))
        brief = next(out.glob("brief.*.docx"))
        text = "\n".join(p.text for p in Document(str(brief)).paragraphs)
        seen_criteria |= {c.id for c in referential.criteria if f"{c.id}  " in text}
    expected = set(referential.deliverable_ids()) | {a.id for a in referential.assessments if a.is_dossier}
    assert seen_deliverables == expected
    assert len(referential.criteria) == 117 and seen_criteria == {c.id for c in referential.criteria}


def test_every_office_file_of_every_kit_opens(all_kits):
    _root, kits = all_kits
    count = 0
    for out in kits.values():
        for path in out.rglob("*.docx"):
            Document(str(path))
            count += 1
        for path in out.rglob("*.pptx"):
            Presentation(str(path))
            count += 1
    assert count > 40


@pytest.mark.slow
def test_every_file_of_every_kit_passes_the_schema_validator(all_kits):
    from office_programs import schema_errors

    root, _kits = all_kits
    files = [p for p in root.rglob("*") if p.suffix in (".docx", ".pptx", ".xlsx")]
    assert not schema_errors(root, len(files))


def test_hostile_names_give_safe_unique_folders():
    folders = unique_folder_names(HOSTILE)
    assert len(folders) == len(HOSTILE) == len({f.casefold() for f in folders})
    for folder in folders:
        assert folder and len(folder) <= MAX_FOLDER and "/" not in folder and "\\" not in folder
        assert not folder.startswith(".") and ".." not in folder and "\u202e" not in folder
        assert all(ch not in folder for ch in ':*?"<>|')
    assert folders[:3] == ["zoe-martin", "zoe-martin-2", "zoe-martin-3"]
    assert folders[7] == "محمد-علي" and folders[9] == "_con"
    assert unique_folder_names(["Jury", "jury"], reserved=("jury",)) == ["jury-2", "jury-3"]  # the kit's own folder
    assert unique_folder_names(HOSTILE + ["New One"])[:-1] == folders  # adding a name renames nobody


def test_a_40_name_kit_gives_40_complete_folders_and_a_rerun_adds_only_the_new_one(tmp_path, referential):
    names = [HOSTILE[i % len(HOSTILE)] + (str(i) if i >= len(HOSTILE) else "") for i in range(40)]
    data = {"candidates": names}
    result, out = kit(tmp_path, "case-study-3", data)
    assert result.exit_code == 0, result.output
    folders = [p for p in out.iterdir() if p.is_dir() and p.name != "jury"]
    expected_count = len(parse_kit_vars(data).candidates)  # blank names are dropped
    assert len(folders) == expected_count >= 38
    for folder in folders:
        assert sorted(p.name for p in folder.iterdir()) == [
            "case-study-3.fr.docx", "case-study-3.fr.pptx", "case-study-3.grid.fr.docx"]
        assert folder.resolve().parent == out.resolve()
    index = {out / "index.html", out / "index.fr.docx"}
    workbook = out / "jury" / "case-study-3.grid.fr.xlsx"
    before = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
    result, _ = kit(tmp_path, "case-study-3", {"candidates": [*names, "Late Comer"]})
    assert result.exit_code == 0
    after = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
    # Nothing anyone fills in is touched without --force; the index, a listing made from kit.yaml, is rewritten.
    assert {p: after[p] for p in before if p not in index} == {p: t for p, t in before.items() if p not in index}
    assert all(after[p] != before[p] for p in index)
    assert "late-comer/case-study-3.fr.docx" in (out / "index.html").read_text(encoding="utf-8")
    assert "Late Comer" in "\n".join(p.text for p in Document(str(out / "index.fr.docx")).paragraphs) + "".join(
        c.text for t in Document(str(out / "index.fr.docx")).tables for r in t.rows for c in r.cells)
    assert not list(out.glob(".*")) and not list(out.glob("*.tmp"))  # written atomically, no temporary left
    assert sorted(p.relative_to(out).as_posix() for p in set(after) - set(before)) == [
        "late-comer/case-study-3.fr.docx", "late-comer/case-study-3.fr.pptx", "late-comer/case-study-3.grid.fr.docx"]
    assert "--force" in result.output  # the kept files are reported
    assert f"{workbook.relative_to(out).as_posix()} was kept and does not list Late Comer" in result.output
    result, _ = kit(tmp_path, "case-study-3", {"candidates": [*names, "Late Comer"]})  # nobody new: no workbook note
    assert result.exit_code == 0 and "class workbook" not in result.output
    assert "Writing the kit" not in result.output  # no progress bar when not at a terminal


def test_a_zip_kit_is_written_whole_and_never_replaced_without_force(tmp_path, referential):
    plan = KitPlan.make(referential, "role-play", parse_kit_vars({"candidates": ["Ana", "Bo"], "interviews": {"Bo": "EL"}},
                                                                interview_types=("REC", "EM", "EB", "ER", "EL")))
    target = tmp_path / "rp.zip"
    assert write_kit(plan, target) == ([target], [])
    names = zipfile.ZipFile(target).namelist()
    assert sorted(names) == sorted(f.path for f in plan.files)
    assert {"jury/bo.EL.role-card.fr.docx", "jury/bo.EL.observation.fr.docx", "bo/interview-dismissal.fr.docx",
            "ana/interview-motivation.fr.docx", "jury/ana.REC.role-card.fr.docx"} <= set(names)
    assert not [p for p in tmp_path.iterdir() if p.name != "rp.zip"]  # no temporary file left
    from mind_templates.errors import OutputExistsError

    with pytest.raises(OutputExistsError):
        write_kit(plan, target)


def test_kit_yaml_errors_are_one_line_and_name_the_nearest_key(tmp_path):
    for content, message in (
        ("candiates: [A]\n", "unknown key 'candiates'; did you mean candidates?"),
        ("colour: red\n", "did you mean"),
        ("a: &x [1]\nb: *x\n", "uses YAML aliases"),
        ("deadline: 18/12/2026\n", "deadline must be a date written YYYY-MM-DD"),
        ("candidates: [A]\nteams: [{name: T, members: [B]}]\n", "either candidates or teams"),
        ("teams: [{name: T, memebrs: [B]}]\n", "did you mean members?"),
        ("candidates: [A]\ninterviews: {A: XX}\n", "interview 'XX' for A"),
    ):
        path = tmp_path / "kit.yaml"
        path.write_text(content, encoding="utf-8")
        result = CliRunner().invoke(main, ["kit", "case-study-1", "--vars", str(path), "-o", str(tmp_path / "o")])
        assert result.exit_code == 2, (content, result.output)
        assert message in result.output and len(result.output.strip().splitlines()) == 1, result.output
    big = tmp_path / "big.yaml"
    big.write_bytes(b"context: " + b"x" * (2 * 1024 * 1024))
    with pytest.raises(Exception, match="larger than"):
        read_kit_vars(big)


def test_the_brief_is_prefilled_and_blank_where_kit_yaml_is_silent(tmp_path, referential):
    result, out = kit(tmp_path, "case-study-1", {"client": "Boulangeries Martin", "context": "Douze boutiques.",
                                                 "deadline": "2026-12-18", "candidates": ["A"]})
    assert result.exit_code == 0
    text = "\n".join(p.text for p in Document(str(out / "brief.fr.docx")).paragraphs)
    assert "Boulangeries Martin" in text and "Douze boutiques." in text and "18 décembre 2026" in text
    assert "[Date de l'oral]" in text and "30 minutes en français" in text
    for deliverable in referential.deliverables_of("case-study-1"):
        assert deliverable.title["fr"] in text
    cover = "\n".join(p.text for p in Document(str(out / "a" / "case-study-1.fr.docx")).paragraphs[:20])
    assert "Boulangeries Martin" in cover and "A" in cover
    html = (out / "index.html").read_text(encoding="utf-8")
    assert "<script" not in html and "http" not in html.replace("http-equiv", "")
    assert 'href="a/case-study-1.fr.docx"' in html and "18 décembre 2026" in html


@pytest.mark.slow
def test_every_kind_of_kit_document_opens_in_libreoffice(all_kits, tmp_path):
    """One candidate's folder of every kit, and every shared file (brief, index, jury sheets), to PDF."""
    import shutil

    from office_programs import convert_with_libreoffice, pdf_pages

    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed; tools/install-system-deps.sh installs it")
    _root, kits = all_kits
    flat = tmp_path / "flat"
    flat.mkdir()
    for assessment_id, out in kits.items():
        for path in out.rglob("*"):
            relative = path.relative_to(out).as_posix()
            if path.suffix in (".docx", ".pptx") and relative.split("/")[0] not in ("bo", "cy", "di"):
                shutil.copy(path, flat / f"{assessment_id}--{relative.replace('/', '--')}")
    files = sorted(flat.iterdir())
    pdfs = convert_with_libreoffice(files, tmp_path / "pdf", "pdf")
    unopened = [f.name for f, pdf in pdfs.items() if not pdf.is_file() or pdf_pages(pdf) < 1]
    assert not unopened and len(files) > 40


def test_a_team_kit_has_a_folder_per_team_with_its_members_on_the_covers(tmp_path):
    teams = [{"name": "Les Bleus", "members": ["Ana Lima", "Bo Chen"]}, {"name": "Les Bleus", "members": ["Cy"]}]
    result, out = kit(tmp_path, "case-study-2", {"teams": teams, "client": "Acme"})
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir() if p.is_dir()) == ["jury", "les-bleus", "les-bleus-2"]
    cover = "\n".join(p.text for p in Document(str(out / "les-bleus" / "case-study-2.fr.docx")).paragraphs[:25])
    assert "Les Bleus (Ana Lima, Bo Chen)" in cover and "Acme" in cover
    from openpyxl import load_workbook

    sheets = load_workbook(out / "jury" / "case-study-2.grid.fr.xlsx").sheetnames
    assert {"Ana Lima", "Bo Chen", "Cy"} <= set(sheets)  # graded one by one
    html = (out / "index.html").read_text(encoding="utf-8")
    assert "une présentation par équipe" in html


def test_stamped_skeletons_say_exactly_what_rendering_each_one_says(tmp_path, referential):
    """The fast path (one rendering, the name written into copies) against rendering every file itself."""
    from datetime import date

    from lxml import etree

    names = ["Zoé & <Martin>", 'Bo "the" O\'Hara', "محمد علي", "x" * 250]
    data = parse_kit_vars({"candidates": names, "client": "Acme & Co"})
    outputs = {}
    for stamped in (True, False):
        plan = KitPlan.make(referential, "case-study-1", data, today=date(2026, 12, 1), stamped=stamped)
        outputs[stamped] = tmp_path / str(stamped)
        write_kit(plan, outputs[stamped])

    def canonical(package: Path) -> dict[str, bytes]:
        with zipfile.ZipFile(package) as archive:
            return {n: etree.tostring(etree.fromstring(archive.read(n)), method="c14n")
                    for n in archive.namelist() if n.endswith((".xml", ".rels"))}

    compared = 0
    for path in outputs[False].rglob("*"):
        if path.suffix in (".docx", ".pptx"):
            fast = outputs[True] / path.relative_to(outputs[False])
            assert canonical(fast) == canonical(path), path.name
            assert b"MTKITSTANDIN" not in fast.read_bytes()
            compared += 1
    assert compared == 3 * len(names) + 2  # a dossier, a deck and a grid per candidate; the brief and the index


def test_kit_help_names_every_kit_yaml_key():
    """--help writes the keys out (importing the kit would slow every --help): this keeps the two in step."""
    from mind_templates.kit import KIT_KEYS

    text = " ".join(CliRunner().invoke(main, ["kit", "--help"]).output.split())
    assert all(key in text for key in KIT_KEYS), text
