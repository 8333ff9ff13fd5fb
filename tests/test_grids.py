"""Jury grids: every criterion where it belongs, role plays split by interview type, workbooks that compute.

Fast tests read the files back with python-docx and openpyxl; `slow` ones hand them to LibreOffice
(PDF, formula recalculation), pandoc and openxml-audit.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from click.testing import CliRunner
from docx import Document

from mind_templates.cli import main
from mind_templates.export import referential_to_data
from mind_templates.grids import GridPlan, build_grid, write_grids
from mind_templates.grids.names import SheetNames, clean_name
from mind_templates.referential import validate

CRITERION_ROW = re.compile(r"^(C\d+\.\d+\.\d+)\s+(.*)$", re.S)


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _targets(referential) -> list[str]:
    return [*(a.id for a in referential.assessments), *referential.deliverable_ids()]


@pytest.fixture(scope="module")
def all_grids(referential, tmp_path_factory):
    """Every grid (each assessment and each deliverable) in French, both formats, two candidates."""
    folder = tmp_path_factory.mktemp("grids")
    plan = GridPlan.make(referential, _targets(referential), output_dir=folder, lang="fr",
                         candidates=["Ana Dupont", "Bo Martin"])
    paths = list(write_grids(plan))
    return folder, paths


def _docx_rows(path: Path) -> list[tuple[str | None, str | None, str, str]]:
    """(part title, competence id, group title, criterion id, criterion text) for each criterion row, in order."""
    document = Document(str(path))
    body = document.element.body
    rows, part, competence = [], None, None
    for block in body.iterchildren():
        tag = block.tag.rsplit("}", 1)[1]
        if tag == "p":
            text = "".join(t.text or "" for t in block.iter() if t.tag.endswith("}t"))
            style = block.find(".//{*}pStyle")
            style_id = style.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val") if style is not None else ""
            if style_id.lower().startswith("heading1") or style_id == "Heading1":
                part = text
            elif style_id.lower().startswith("heading2") and re.match(r"C\d+\.\d+\s", text):
                competence = text.split()[0]
        elif tag == "tbl":
            group = None
            for tr in block.iterchildren("{*}tr"):
                cells = ["".join(t.text or "" for t in tc.iter() if t.tag.endswith("}t")) for tc in tr.iterchildren("{*}tc")]
                if len(cells) == 1 and cells[0].startswith("✓ "):
                    group = cells[0][2:]
                elif cells and (match := CRITERION_ROW.match(cells[0])):
                    rows.append((part, competence, group, match.group(1), match.group(2)))
    return rows


# ---------------------------------------------------------------- the referential's scale and rule


def test_the_scale_and_rule_are_referential_data(referential):
    grading = referential.grading
    assert [level.title["fr"] for level in grading.scale] == ["non acquis", "en cours d'acquisition", "acquis",
                                                              "maîtrisé"]
    assert grading.pass_level == "acquired"
    assert grading.suggests_validated(["acquired", "mastered"]) is True
    assert grading.suggests_validated(["acquired", "being-acquired"]) is False
    assert grading.suggests_validated(["acquired", None]) is None
    exported = referential_to_data(referential)["grading"]
    assert exported["validated_when"] == {"every_criterion_at_least": "acquired"}


@pytest.mark.parametrize("change, message", [
    (lambda g: g.update(validated_when={"every_criterion_at_least": "perfect"}), "unknown level 'perfect'"),
    (lambda g: g.update(scale=g["scale"][:1]), "at least two levels"),
    (lambda g: g["scale"][1].update(id=g["scale"][0]["id"]), "duplicate level id"),
    (lambda g: g["scale"][0]["title"].pop("en"), "missing translation"),
    (lambda g: g["scale"][0]["title"].update(fr='très "bien"'), "double quote"),
])
def test_the_loader_validates_the_grading(referential, tmp_path, change, message):
    data = referential_to_data(referential)
    change(data["grading"])
    path = tmp_path / "school.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    problems = [str(p) for p in validate(path)]
    assert any("grading" in p and message in p for p in problems), problems


def test_a_referential_without_grading_is_told_to_add_it(referential, tmp_path):
    data = referential_to_data(referential)
    del data["grading"]
    path = tmp_path / "old.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert any(p.path == "grading" and "missing" in p.message for p in validate(path))


# ---------------------------------------------------------------- coverage


def test_assessment_grids_cover_every_criterion_once_in_its_place(referential):
    seen: dict[str, list[str]] = {}
    for assessment in referential.assessments:
        for lang in referential.languages:
            grid = build_grid(referential, assessment.id, lang)
            for part in grid.parts:
                for table in part.tables:
                    for group in table.groups:
                        for criterion in group.criteria:
                            source = referential.criterion(criterion.id)
                            assert source.competence == table.competence
                            assert group.title == source.group[lang]
                            assert criterion.text == source.text[lang]
                            if lang == "fr":
                                seen.setdefault(criterion.id, []).append(f"{assessment.id}/{part.title}")
    assert set(seen) == {c.id for c in referential.criteria} and len(seen) == 117
    for criterion_id, places in seen.items():
        criterion = referential.criterion(criterion_id)
        assessment = referential.competence(criterion.competence).assessment
        assert {p.split("/")[0] for p in places} == {assessment}
        expected = 1 if assessment != "role-play" else len(criterion.interviews) or 5
        assert len(places) == expected, (criterion_id, places)


def test_grid_headers_name_blocks_in_proper_case_as_covers_do(referential):
    grid = build_grid(referential, "case-study-1", "fr")
    block = referential.blocks[0]
    assert block.cover_title is not None and block.title["fr"] != block.cover_title["fr"]
    assert grid.blocks == (f"{block.id} {block.cover_title['fr']}",)


def test_the_word_grids_place_every_criterion_verbatim(referential, all_grids):
    folder, _ = all_grids
    for target in _targets(referential):
        rows = _docx_rows(folder / f"{target}.grid.fr.docx")
        grid = build_grid(referential, target, "fr")
        expected_ids = [c.id for t in grid.tables for c in t.criteria]
        assert [r[3] for r in rows] == expected_ids, target
        for _, competence, group, criterion_id, text in rows:
            source = referential.criterion(criterion_id)
            assert (competence, group, text) == (source.competence, source.group["fr"], source.text["fr"])
        deliverable = referential.get_deliverable(target)
        if deliverable is not None:  # a deliverable's grid: exactly the criteria its sections answer
            assert sorted(set(expected_ids)) == sorted(deliverable.criteria_ids)


def test_role_play_grids_are_the_general_criteria_plus_the_interview_types(referential, all_grids):
    folder, _ = all_grids
    general = [c.id for c in referential.competence("C5.3").criteria if not c.interviews]
    rows = _docx_rows(folder / "role-play.grid.fr.docx")
    parts: dict[str, list[str]] = {}
    for part, _, _, criterion_id, _ in rows:
        parts.setdefault(part, []).append(criterion_id)
    assert len(parts) == len(referential.interview_types) == 5
    for interview in referential.interview_types:
        title = next(p for p in parts if p.endswith(interview.title["fr"]))
        specific = [c.id for c in referential.competence("C5.3").criteria if interview.id in c.interviews]
        assert parts[title] == general + specific
        # `show` lists the same criteria for that interview's guide
        guide = next(d for d in referential.deliverables if d.interview == interview.id)
        assert sorted(parts[title]) == sorted(guide.criteria_ids)
    text = "\n".join(p.text for p in Document(str(folder / "role-play.grid.fr.docx")).paragraphs)
    assert text.count("Fiche d'observation en direct") == 5


def test_word_grids_are_a4_landscape_with_repeated_headers_and_tables_kept_together(all_grids):
    folder, _ = all_grids
    document = Document(str(folder / "project-cx.grid.fr.docx"))
    section = document.sections[-1]
    assert (section.page_width.mm, section.page_height.mm) == (pytest.approx(297, abs=1), pytest.approx(210, abs=1))
    assert section.orientation == 1  # WD_ORIENT.LANDSCAPE
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    competence_tables = [t for t in document.tables if len(t.columns) == 6]
    assert len(competence_tables) == 4
    for table in competence_tables:
        rows = table._tbl.findall(f"{w}tr")
        assert rows[0].find(f"{w}trPr/{w}tblHeader") is not None
        assert all(r.find(f"{w}trPr/{w}tblHeader") is None for r in rows[1:])
        assert all(r.find(f"{w}trPr/{w}cantSplit") is not None for r in rows)
        # Every row keeps with the next, so Word moves a table that fits to the next page whole;
        # the result line's last cell lets the table end.
        assert all(p.find(f"{w}pPr/{w}keepNext") is not None for r in rows[:-1] for p in r.iter(f"{w}p"))
        assert rows[-1].findall(f"{w}tc")[-1].find(f"{w}p/{w}pPr/{w}keepNext") is None
        assert rows[2].xpath("string(.)").count("☐") == 4  # a tick box per level


# ---------------------------------------------------------------- the workbook


def test_the_workbook_has_a_summary_and_one_sheet_per_candidate(all_grids):
    folder, _ = all_grids
    book = openpyxl.load_workbook(folder / "case-study-1.grid.fr.xlsx")
    assert book.sheetnames == ["Synthèse de la classe", "Ana Dupont", "Bo Martin"]
    for name in book.sheetnames:
        sheet = book[name]
        assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.paperSize == 9
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        # fitToWidth is left out when 1, the schema's default
        assert (sheet.page_setup.fitToWidth or 1, sheet.page_setup.fitToHeight) == (1, 0)
        assert sheet.print_title_rows and sheet.freeze_panes
        assert sheet.protection.sheet and not sheet.protection.password
    sheet = book["Ana Dupont"]
    lists = [v for v in sheet.data_validations.dataValidation if v.type == "list"]
    level_ranges = [str(v.sqref) for v in lists if "$B$2:$B$5" in v.formula1]
    assert len(level_ranges) == 3  # one per competence of case study 1
    assert sheet.conditional_formatting
    level_cell = sheet[str(level_ranges[0]).split(":")[0]]
    assert level_cell.protection.locked is False
    formula_cells = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, str) and c.value.startswith("=")]
    assert formula_cells and all(c.protection.locked for c in formula_cells)
    summary = book["Synthèse de la classe"]
    assert [summary.cell(r, 2).value for r in range(2, 6)] == ["non acquis", "en cours d'acquisition", "acquis",
                                                               "maîtrisé"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=60), max_size=30))
def test_any_names_give_valid_unique_sheet_names(given_names):
    names = SheetNames()
    made = [names.add(n, f"Candidate {i}") for i, n in enumerate(given_names, 1)]
    assert len({m.casefold() for m in made}) == len(made)
    for name in made:
        assert 1 <= len(name.encode("utf-16-le")) // 2 <= 31 and name == name.strip()
        assert not set("[]:*?/\\") & set(name) and name[0] != "'" and name[-1] != "'"
        assert not any(ord(ch) < 32 for ch in name)


def test_a_schools_own_scale_drives_both_formats(referential, tmp_path):
    data = referential_to_data(referential)
    data["grading"] = {
        "scale": [{"id": "no", "title": {"en": "no", "fr": "non"}},
                  {"id": "partly", "title": {"en": "partly", "fr": "en partie"}},
                  {"id": "yes", "title": {"en": "yes", "fr": "oui"}}],
        "validated_when": {"every_criterion_at_least": "yes"},
    }
    school = tmp_path / "school.yaml"
    school.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = run("--referential", str(school), "grid", "thesis", "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    header = Document(str(tmp_path / "out" / "thesis.grid.fr.docx")).tables[1].rows[0].cells
    assert [c.text for c in header[1:4]] == ["non", "en partie", "oui"]
    book = openpyxl.load_workbook(tmp_path / "out" / "thesis.grid.fr.xlsx")
    sheet = book[book.sheetnames[1]]
    verdicts = [c.value for row in sheet.iter_rows(min_col=3, max_col=3) for c in row
                if isinstance(c.value, str) and c.value.startswith("=IF(")]
    assert verdicts
    for verdict in verdicts:  # graded = all three counts; passing = only the "oui" count
        graded, passing = re.findall(r"SUM\((C\d+:C\d+)\)", verdict)
        first, last = (int(x) for x in re.findall(r"\d+", graded))
        assert last - first == 2 and passing == f"C{last}:C{last}"
    assert "au moins « oui »" in str(book["Synthèse de la classe"]["A6"].value)


def test_sheet_names_are_safe_and_unique():
    names = SheetNames()
    given = ["Dupont", "dupont", "A" * 200, "A" * 200, "x[1]:*?/\\y", "'quoted'", "History", "", "😀" * 20,
             "Dupont"]
    made = [names.add(n, "Candidate") for n in given]
    assert len({m.casefold() for m in made}) == len(made)
    for made_name in made:
        assert len(made_name.encode("utf-16-le")) // 2 <= 31
        assert not set("[]:*?/\\") & set(made_name)
        assert not made_name.startswith("'") and not made_name.endswith("'")
        assert made_name.casefold() != "history"
    assert made[:2] == ["Dupont", "dupont (2)"]
    assert clean_name("Ana\x00\x1b[31m\tDupont\u2028") == "Ana [31m Dupont"


# ---------------------------------------------------------------- the command


def test_grid_writes_both_formats_and_never_overwrites(tmp_path):
    result = run("grid", "risk-policy", "-o", str(tmp_path), "--set", "jury=M. Martin, Mme Durand",
                 "--set", "date=2026-12-15")
    assert result.exit_code == 0, result.output
    docx, xlsx = tmp_path / "risk-policy.grid.fr.docx", tmp_path / "risk-policy.grid.fr.xlsx"
    assert docx.is_file() and xlsx.is_file()
    assert "15 décembre 2026" in "\n".join(c.text for t in Document(str(docx)).tables for r in t.rows for c in r.cells)
    before = docx.read_bytes()
    again = run("grid", "risk-policy", "-o", str(tmp_path))
    assert again.exit_code == 2 and "--force" in again.output and docx.read_bytes() == before
    assert run("grid", "risk-policy", "-o", str(tmp_path), "--force", "--lang", "en").exit_code == 0
    assert run("grid", "risk-policy", "-o", str(tmp_path), "--force").exit_code == 0


def test_an_unknown_target_suggests_the_nearest_ids(tmp_path):
    result = run("grid", "risk-polcy", "-o", str(tmp_path))
    assert result.exit_code == 2
    assert "risk-policy" in result.output and len(result.output.strip().splitlines()) == 1
    near = run("grid", "case-study", "-o", str(tmp_path))
    assert near.exit_code == 2 and "case-study-1" in near.output
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("args, words", [
    (["--set", "colour=blue"], "unknown field"),
    (["--set", "date=15/12/2026"], "YYYY-MM-DD"),
    (["--set", "jury"], "KEY=VALUE"),
    (["--lang", "de"], "no 'de' texts"),
])
def test_bad_options_are_one_line_errors(tmp_path, args, words):
    result = run("grid", "thesis", "-o", str(tmp_path), *args)
    assert result.exit_code == 2 and words in result.output
    assert not list(tmp_path.iterdir())


def _sheet_names(path: Path) -> list[str]:
    """Sheet names straight from workbook.xml (openpyxl is slow on thousands of sheets)."""
    from xml.etree import ElementTree

    with zipfile.ZipFile(path) as package:
        root = ElementTree.fromstring(package.read("xl/workbook.xml"))
    return [s.get("name") for s in root.iter() if s.tag.endswith("}sheet")]


def test_hostile_candidate_files_give_a_correct_workbook(tmp_path):
    names = [f"Étudiant {i:04d}" for i in range(1990)]
    names += ["Dupont", "Dupont", "D" * 200, "Ana\x07 \x1bDupont", "שרה כהן", "مريم", "  ", "O'Brien",
              '=HYPERLINK("http://x")', "x[1]/y"]
    listing = tmp_path / "names.txt"
    listing.write_text("\ufeff" + "\r\n".join(names), encoding="utf-8")
    result = run("grid", "thesis", "--format", "xlsx", "-o", str(tmp_path), "--candidates", str(listing))
    assert result.exit_code == 0, result.output
    sheets = _sheet_names(tmp_path / "thesis.grid.fr.xlsx")
    assert len(sheets) == 1 + 1990 + 9 and len({s.casefold() for s in sheets}) == len(sheets)
    assert {"Dupont", "Dupont (2)", "D" * 31, "Ana Dupont", "שרה כהן", "مريم", "O'Brien", "x 1 y"} <= set(sheets)
    book = openpyxl.load_workbook(tmp_path / "thesis.grid.fr.xlsx", read_only=True)
    assert book[sheets[-1]]["B6"].value == "x[1]/y"  # the full name stays in the sheet
    assert book["D" * 31]["B6"].value == "D" * 200
    assert book['=HYPERLINK("http x")']["B6"].value == '=HYPERLINK("http://x")'  # text, never a formula
    assert book['=HYPERLINK("http x")']["B6"].data_type == "s"


@pytest.mark.parametrize("content, words", [
    ("", "lists no candidate"),
    ("\n  \n", "lists no candidate"),
    ("N" * 300, "at most 255"),
])
def test_unusable_candidate_files_are_one_line_errors(tmp_path, content, words):
    listing = tmp_path / "names.txt"
    listing.write_text(content, encoding="utf-8")
    result = run("grid", "thesis", "-o", str(tmp_path / "out"), "--candidates", str(listing))
    assert result.exit_code == 2 and words in result.output and len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("path", ["/dev/zero", "/no/such/names.txt"])
def test_a_candidates_path_that_is_no_text_file_is_refused_at_once(tmp_path, path):
    result = run("grid", "thesis", "-o", str(tmp_path), "--candidates", path)
    assert result.exit_code == 2 and len(result.output.strip().splitlines()) == 1


def test_a_candidates_file_that_is_not_text_is_refused(tmp_path):
    listing = tmp_path / "names.xlsx"
    listing.write_bytes(b"PK\x03\x04\xff\xfe\x00binary")
    result = run("grid", "thesis", "-o", str(tmp_path), "--candidates", str(listing))
    assert result.exit_code == 2 and "UTF-8" in result.output


# ---------------------------------------------------------------- real programs


def _fill(path: Path, sheet: str, levels: dict[str, str]) -> None:
    """Choose levels by criterion id, as a jury would in the drop-down (openpyxl keeps validations)."""
    book = openpyxl.load_workbook(path)
    ws = book[sheet]
    for row in ws.iter_rows(min_col=1, max_col=3):
        if row[0].value in levels:
            row[2].value = levels[row[0].value]
    book.save(path)


def _cells_by_label(ws, label_prefix: str) -> list[object]:
    """The level column's values on the rows whose label starts with `label_prefix`, top to bottom."""
    return [row[2].value for row in ws.iter_rows(min_col=1, max_col=3)
            if isinstance(row[1].value, str) and row[1].value.startswith(label_prefix)]


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed (.ci/run installs it)")
def test_libreoffice_computes_counts_and_suggested_results(referential, tmp_path):
    from office_programs import convert_with_libreoffice

    plan = GridPlan.make(referential, ["case-study-1", "role-play"], fmt="xlsx", output_dir=tmp_path, lang="fr",
                         candidates=["Ana", "Bo", "Chloé"])
    path, role_play = write_grids(plan)
    c11 = [c.id for c in referential.competence("C1.1").criteria]
    c12 = [c.id for c in referential.competence("C1.2").criteria]
    c13 = [c.id for c in referential.competence("C1.3").criteria]
    # Ana: C1.1 all acquired or mastered (validated); C1.2 one "en cours" (not validated); C1.3 one left blank.
    _fill(path, "Ana", {**{c: "acquis" for c in c11[:-1]}, c11[-1]: "maîtrisé",
                        **{c: "maîtrisé" for c in c12}, c12[0]: "en cours d'acquisition",
                        **{c: "acquis" for c in c13[1:]}})
    # Bo: everything mastered.
    _fill(path, "Bo", {c: "maîtrisé" for c in c11 + c12 + c13})
    # Role play: the general criteria sit in every interview's part; only REC and EM are complete.
    _fill(role_play, "Ana", {f"C5.3.{n}": "acquis" for n in range(1, 11)})
    outs = convert_with_libreoffice([path, role_play], tmp_path / "calc", "xlsx", recalculate=True)
    played = openpyxl.load_workbook(outs[role_play], data_only=True)
    assert _cells_by_label(played["Ana"], "Résultat suggéré") == ["validée", "validée"] + ["à compléter"] * 3
    row = next(r for r in played["Synthèse de la classe"].iter_rows(values_only=True) if r[0] == "Ana")
    assert row[1:6] == ("validée", "validée", "à compléter", "à compléter", "à compléter")
    out = outs[path]
    book = openpyxl.load_workbook(out, data_only=True)
    ana = book["Ana"]
    counts = _cells_by_label(ana, "Critères à ce niveau")
    verdicts = _cells_by_label(ana, "Résultat suggéré")
    assert verdicts == ["validée", "non validée", "à compléter"]
    values = counts
    assert values[0:4] == [0, 0, len(c11) - 1, 1]  # C1.1
    assert values[4:8] == [0, 1, 0, len(c12) - 1]  # C1.2
    assert values[8:12] == [0, 0, len(c13) - 1, 0]  # C1.3
    summary = book["Synthèse de la classe"]
    rows = {r[0]: r[1:] for r in summary.iter_rows(values_only=True) if r[0] in ("Ana", "Bo", "Chloé")}
    assert rows["Ana"][:4] == ("validée", "non validée", "à compléter", "1 / 3")
    assert rows["Bo"][:4] == ("validée", "validée", "validée", "3 / 3")
    assert rows["Chloé"][:4] == ("à compléter",) * 3 + ("0 / 3",)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed (.ci/run installs it)")
def test_libreoffice_converts_every_grid_to_pdf(all_grids, tmp_path):
    from office_programs import convert_with_libreoffice, pdf_pages

    _, paths = all_grids
    for fmt in ("docx", "xlsx"):  # a docx and an xlsx share a stem: one output folder each
        chosen = [p for p in paths if p.suffix == f".{fmt}"]
        pdfs = convert_with_libreoffice(chosen, tmp_path / fmt, "pdf")
        for path in chosen:
            assert pdfs[path].is_file(), f"LibreOffice failed on {path.name}"
            assert pdf_pages(pdfs[path]) >= 1


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed (.ci/run installs it)")
def test_pandoc_reads_the_word_grids(referential, all_grids):
    folder, _ = all_grids
    for target in ("case-study-1", "role-play", "business-plan"):
        out = subprocess.run(["pandoc", "-f", "docx", "-t", "json", str(folder / f"{target}.grid.fr.docx")],
                             capture_output=True, text=True, check=True).stdout
        blocks = json.loads(out)["blocks"]
        headers = [b for b in blocks if b["t"] == "Header"]
        text = json.dumps(blocks, ensure_ascii=False)
        grid = build_grid(referential, target, "fr")
        assert len([h for h in headers if h["c"][0] == 1]) >= len(grid.parts)
        assert len([b for b in blocks if b["t"] == "Table"]) >= len(grid.tables)
        for table in grid.tables:
            assert f'"{table.competence}"' in text
            for criterion in table.criteria:
                assert f'"{criterion.id}"' in text


@pytest.mark.slow
def test_every_grid_passes_the_schema_validator(all_grids):
    from office_programs import schema_errors

    folder, paths = all_grids
    assert not schema_errors(folder, len(paths))
