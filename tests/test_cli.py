"""The command contract: list, show, referential export/validate, exit codes, languages, fast --help."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from mind_templates.cli import main

GOLDEN = Path(__file__).parent / "golden"


def run(*args: str, env: dict | None = None):
    result = CliRunner().invoke(main, list(args), env=env or {}, catch_exceptions=False)
    return result


def shape(value):
    """The structure of a JSON value: key names and value types, never the values themselves."""
    if isinstance(value, dict):
        return {k: shape(v) for k, v in sorted(value.items())}
    if isinstance(value, list):
        shapes = []
        for item in value:
            s = shape(item)
            if s not in shapes:
                shapes.append(s)
        return shapes
    return type(value).__name__


def _golden(name: str, value) -> None:
    path = GOLDEN / name
    assert shape(value) == json.loads(path.read_text(encoding="utf-8")), f"shape changed; see {path}"


def test_list_json_has_the_golden_shape(referential):
    result = run("list", "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert [d["id"] for d in data] == [d.id for d in referential.deliverables]
    assert data[0]["title"]["en"] and data[0]["title"]["fr"]
    _golden("list.shape.json", data)


def test_list_filters_by_assessment():
    data = json.loads(run("list", "--assessment", "role-play", "--format", "json").output)
    assert {d["id"] for d in data} == {
        "interview-recruitment", "interview-motivation", "interview-appraisal", "interview-reframing",
        "interview-dismissal",
    }
    assert run("list", "--assessment", "nope").exit_code == 2


def test_show_json_has_the_golden_shape():
    result = run("show", "business-plan", "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["languages"] == {"document": "en", "oral": "fr"}
    section_criteria = {c for s in data["sections"] for c in s["criteria"]}
    assert {c["id"] for c in data["criteria"]} == section_criteria
    assert all(c["competence"] == "C1.4" for c in data["criteria"])
    assert [c["id"] for c in data["criteria"]] == ["C1.4.1", "C1.4.2", "C1.4.3", "C1.4.4"]  # referential order
    _golden("show.shape.json", data)


def test_show_text_lists_sections_with_their_criteria(referential):
    output = run("show", "risk-policy").output
    deliverable = referential.get_deliverable("risk-policy")
    for section in deliverable.sections:
        assert section.title["en"] in output
    assert "C1.2.5" in output


def test_unknown_deliverable_suggests_the_nearest_and_exits_2():
    result = run("show", "risk-polcy")
    assert result.exit_code == 2
    assert "risk-policy" in result.output
    assert "Traceback" not in result.output


def test_french_interface_by_option_and_by_locale_variables():
    assert "Compétences" in run("--lang", "fr", "show", "business-plan").output
    assert "Compétences" in run("show", "business-plan", env={"LANG": "fr_FR.UTF-8"}).output
    assert "Competences" in run("show", "business-plan", env={"LANG": "C"}).output
    assert run("--lang", "xx", "list").exit_code == 2


def test_export_then_validate_round_trip(tmp_path):
    exported = run("referential", "export", "--format", "yaml").output
    path = tmp_path / "school.yaml"
    path.write_text(exported, encoding="utf-8")
    assert run("referential", "validate", str(path)).exit_code == 0
    assert json.loads(run("referential", "export", "--format", "json").output) == yaml.safe_load(exported)
    listed = json.loads(run("--referential", str(path), "list", "--format", "json").output)
    assert len(listed) == 23


def test_a_bad_referential_is_a_clear_error_not_a_traceback(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("version: 1\nlanguages: [en]\ndeliverables: 3\n", encoding="utf-8")
    result = run("--referential", str(broken), "list")
    assert result.exit_code == 2
    assert "problem(s)" in result.output and "Traceback" not in result.output
    assert run("referential", "validate", str(broken)).exit_code == 1
    garbage = tmp_path / "garbage.yaml"
    garbage.write_text("{{{", encoding="utf-8")
    assert run("referential", "validate", str(garbage)).exit_code == 2
    assert run("referential", "validate", str(tmp_path / "absent.yaml")).exit_code == 2
    # The exit code follows what the problems are, not their wording (which a translation may change).
    mapping = tmp_path / "list.yaml"
    mapping.write_text("- a\n- b\n", encoding="utf-8")
    assert run("referential", "validate", str(mapping)).exit_code == 2


def test_help_is_fast_because_heavy_modules_wait():
    """`--help` imports click and our command modules only; bench/bench_startup.py measures what that costs."""
    heavy = ('docx', 'pptx', 'lxml.etree', 'yaml', 'jinja2', 'babel', 'mind_templates.referential', 'pathlib')
    code = f"import sys, mind_templates.cli; print(sorted(m for m in {heavy!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_module_entry_point_and_version():
    out = subprocess.run([sys.executable, "-m", "mind_templates", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and "mind-templates, version" in out.stdout


def test_the_library_never_imports_click():
    from mind_templates.check.formats import FORMATS

    modules = ["mind_templates", "mind_templates.generate", "mind_templates.writers.docx",
               "mind_templates.writers.pptx", "mind_templates.check.analyse", "mind_templates.check.report",
               "mind_templates.check.runner", "mind_templates.check.annotate", "mind_templates.reader",
               "mind_templates.reader.package", "mind_templates.reader.document", "mind_templates.ooxml",
               "mind_templates.skeleton.texts", "mind_templates.skeleton.markers", "mind_templates.writers.registry",
               *(f"mind_templates.check.formats.{module}" for module in FORMATS.values()),
               "mind_templates.grids", "mind_templates.grids.docx", "mind_templates.grids.xlsx"]
    code = "import importlib, sys\n" + "".join(f"importlib.import_module({m!r})\n" for m in modules) + \
        "print('click' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_list_assessments_and_show_an_assessment(referential):
    data = json.loads(run("list", "--assessments", "--format", "json").output)
    assert [a["id"] for a in data] == [a.id for a in referential.assessments]
    case1 = next(a for a in data if a["id"] == "case-study-1")
    assert case1["hand_in"] == "dossier" and case1["oral"] == {"language": "fr", "minutes": 30, "presented": "individual"}
    assert case1["deliverables"][0] == "specification-backlog" and len(case1["deliverables"]) == 6
    text = run("list", "--assessments").output
    assert "case-study-2" in text and "one dossier and one deck" in text and "8 assessment(s)" in text
    shown = run("show", "case-study-1")
    assert shown.exit_code == 0 and "sequenced-planning" in shown.output and "one dossier" in shown.output
    assert json.loads(run("show", "case-study-2", "--format", "json").output)["deliverables"] == ["job-descriptions"]


def test_assessments_print_words_in_text_and_ids_in_json():
    from mind_templates import assessment_words
    from mind_templates.model import HAND_INS, WORK_MODES

    assert set(assessment_words.WORK_LABELS) == set(WORK_MODES) and set(assessment_words.HAND_IN_LABELS) == set(HAND_INS)
    rows = {line.split()[0]: line for line in run("--lang", "fr", "list", "--assessments").output.splitlines()[2:-1]}
    assert "en équipe" in rows["case-study-2"] and "un dossier et un support de présentation" in rows["case-study-2"]
    assert "français, 30 min, individuel" in rows["case-study-1"] and "documents séparés" in rows["thesis"]
    for row in rows.values():  # no machine id left in a French row
        assert not {"team", "individual", "separate", "fr,"} & set(row.split()), row
    shown = run("--lang", "fr", "show", "case-study-2").output
    assert "Travail : en équipe ; remise : un dossier et un support de présentation" in shown
    assert "Oral : français, 30 min, en équipe" in shown
    english = run("--lang", "en", "show", "case-study-2").output
    assert "Work: team; hand-in: one dossier and one deck" in english and "Oral: French, 30 min, team" in english
    data = json.loads(run("--lang", "fr", "show", "case-study-2", "--format", "json").output)
    assert (data["work"], data["hand_in"], data["oral"]["presented"], data["oral"]["language"]) == \
        ("team", "dossier", "team", "fr")
