"""Every Office file we write validates against the OOXML schema (openxml-audit) with zero errors.

Validation costs ~85 ms a file on an idle machine (~2.5x that on the shared CI box). The normal run validates a
representative set: the fewest deliverables that together have every assessment, format list, section kind,
canvas, drawing, landscape and money table (9 deliverables, 16 files, ~1.5 s idle); the slow run validates every
deliverable in both languages (82 files, ~7 s idle).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation

from conftest import CORPUS
from mind_templates import load_referential
from mind_templates.errors import MindTemplatesError, TemplateError
from mind_templates.check.analyse import check_path
from mind_templates.check.annotate import annotate_file, plan_targets
from mind_templates.check.model import CheckOptions
from mind_templates.generate import GenerationPlan, generate
from ooxml_validation import findings, new_schema_errors, schema_errors

TODAY = date(2026, 11, 28)
LANGS = ("en", "fr")


def _write(referential, out: Path, deliverables, lang: str, template: Path | None = None, fmt: str = "all") -> list[Path]:
    plan = GenerationPlan.make(referential, list(deliverables), fmt=fmt, output_dir=out, doc_lang=lang,
                               fields={"client": "Acme", "project": "Smart parking <&> \"quotes\""},
                               template=template, today=TODAY)
    return list(generate(plan))


def _errors_of(paths: list[Path]) -> dict[str, list[str]]:
    return {path.name: errors for path in paths if (errors := schema_errors(path))}


def _features(deliverable) -> set[tuple[str, object]]:
    """What makes the writers write different XML: the assessment, the formats, each section's layout."""
    found = {("assessment", deliverable.assessment), ("formats", tuple(deliverable.formats))}
    for s in deliverable.sections:
        found |= {("kind", s.kind), ("canvas", s.canvas), ("drawing", s.drawing), ("landscape", s.landscape),
                  ("money", s.money)}
    return found


def representative(deliverables) -> list:
    """The fewest deliverables (greedily) that together have every feature any deliverable has."""
    missing = set().union(*map(_features, deliverables))
    chosen = []
    while missing:
        best = max(deliverables, key=lambda d: len(_features(d) & missing))
        chosen.append(best)
        missing -= _features(best)
    return chosen


def test_a_representative_set_of_deliverables_validates(tmp_path, referential):
    """docx and pptx of the representative deliverables, the language alternating."""
    chosen = representative(referential.deliverables)
    assert len(chosen) < len(referential.deliverables)
    paths = []
    for i, deliverable in enumerate(chosen):
        paths += _write(referential, tmp_path, [deliverable], LANGS[i % 2])
    assert {p.suffix for p in paths} == {".docx", ".pptx"}
    assert _errors_of(paths) == {}


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGS)
def test_every_deliverable_in_every_language_validates(tmp_path, referential, lang):
    paths = _write(referential, tmp_path, referential.deliverables, lang)
    assert _errors_of(paths) == {}


def test_the_validator_sees_what_we_fixed(tmp_path, referential):
    """The helper fails on the defects this suite guards against (so a green run means something)."""
    from package_edits import read_members, rezip

    good = _write(referential, tmp_path, [referential.get_deliverable("risk-policy")], "en", fmt="docx")[0]
    members = read_members(good.read_bytes())
    document = members["word/document.xml"].replace(b"<w:tblHeader/>", b'<w:tblHeader w:val="true"/>')
    settings = members["word/settings.xml"].replace(b'<w:updateFields w:val="true"/>', b"")
    settings = settings.replace(b"</w:settings>", b'<w:updateFields w:val="true"/></w:settings>')
    bad = tmp_path / "bad.docx"
    bad.write_bytes(rezip(good.read_bytes(), {"word/document.xml": document, "word/settings.xml": settings}))
    problems = " ".join(schema_errors(bad))
    assert "tblHeader" in problems or "'true'" in problems
    assert "updateFields" in problems


# --------------------------------------------------------------- school templates


def _libreoffice_saved(source: Path, target_filter: str, out: Path) -> Path:
    """`source` converted by LibreOffice headless (a private profile, so parallel runs don't collide)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: bash tools/install-system-deps.sh")
    profile = out / "lo-profile"
    subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", target_filter,
                    "--outdir", str(out), str(source)], check=True, capture_output=True, timeout=180)
    made = out / (source.stem + "." + target_filter.split(":")[0])
    assert made.is_file(), f"LibreOffice did not write {made}"
    return made


@pytest.fixture(scope="module")
def school_templates(tmp_path_factory) -> dict[str, Path]:
    """A python-docx school letterhead, the same saved by LibreOffice as a .dotx, and a python-pptx deck."""
    folder = tmp_path_factory.mktemp("school")
    letterhead = Document()
    letterhead.add_heading("École exemple", 1)
    letterhead.add_paragraph("Letterhead that the skeleton replaces")
    letterhead.save(str(folder / "school.docx"))
    Presentation().save(str(folder / "school.pptx"))
    return {"docx": folder / "school.docx", "pptx": folder / "school.pptx", "folder": folder}


@pytest.mark.parametrize("kind", ["docx", "pptx"])
def test_files_made_with_a_school_template_validate(tmp_path, referential, school_templates, kind):
    deliverables = [referential.get_deliverable(i) for i in ("business-plan", "risk-policy")]
    deliverables = [d for d in deliverables if kind in d.formats]
    paths = _write(referential, tmp_path, deliverables, "fr", template=school_templates[kind], fmt=kind)
    assert paths and _errors_of(paths) == {}


def test_a_dotx_template_is_accepted_and_its_files_validate(tmp_path, referential, school_templates):
    """A .dotx differs from a .docx by its main part's content type, which python-docx alone refuses."""
    from package_edits import DOCX_MAIN, retyped

    template_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
    dotx = tmp_path / "school.dotx"
    dotx.write_bytes(retyped(school_templates["docx"].read_bytes(), "/word/document.xml", DOCX_MAIN, template_type))
    paths = _write(referential, tmp_path / "out", [referential.get_deliverable("risk-policy")], "fr", template=dotx)
    assert [p.suffix for p in paths] == [".docx"]
    assert _errors_of(paths) == {}


def test_a_deck_template_without_view_or_presentation_properties_gets_ours(tmp_path, referential, school_templates):
    """LibreOffice saves no viewProps; PowerPoint offers to repair a deck without it (openxml-audit's rule)."""
    import re

    from package_edits import read_members, rezip

    data = school_templates["pptx"].read_bytes()
    rels = read_members(data)["ppt/_rels/presentation.xml.rels"].decode()
    rels = re.sub(r'<Relationship [^>]*relationships/(viewProps|presProps)"[^>]*/>', "", rels)
    bare = tmp_path / "bare.pptx"
    bare.write_bytes(rezip(data, {"ppt/_rels/presentation.xml.rels": rels.encode(), "ppt/viewProps.xml": None,
                                  "ppt/presProps.xml": None}))
    assert any("viewProps" in e for e in schema_errors(bare))
    paths = _write(referential, tmp_path / "out", [referential.get_deliverable("business-plan")], "en",
                   template=bare, fmt="pptx")
    assert _errors_of(paths) == {}


def _school_variant(tmp_path: Path, school: Path, name: str, edit) -> Path:
    from package_edits import read_members, rezip

    members = read_members(school.read_bytes())
    path = tmp_path / name
    path.write_bytes(rezip(school.read_bytes(), {"word/document.xml": edit(members["word/document.xml"].decode()).encode()}))
    return path


@pytest.mark.parametrize("variant", ["no-section", "no-page-size", "unsigned-char-space"])
def test_a_word_template_with_an_odd_page_setup_works_and_validates(tmp_path, referential, school_templates, variant):
    """Templates written by other tools (pandoc, POI) may lack a sectPr or its page size, or store a negative
    docGrid/@charSpace unsigned: the skeleton takes our page for what is missing (these crashed: exit 3)."""
    import re

    edits = {
        "no-section": lambda xml: re.sub(r"<w:sectPr.*</w:sectPr>", "", xml, flags=re.S),
        "no-page-size": lambda xml: re.sub(r"<w:pgSz[^>]*/>|<w:pgMar[^>]*/>", "", xml),
        "unsigned-char-space": lambda xml: re.sub(r"</w:sectPr>", '<w:docGrid w:linePitch="360" w:charSpace="4294961151"/>'
                                                  "</w:sectPr>", re.sub(r"<w:docGrid[^>]*/>", "", xml)),
    }
    template = _school_variant(tmp_path, school_templates["docx"], f"{variant}.docx", edits[variant])
    paths = _write(referential, tmp_path / "out", [referential.get_deliverable("business-plan")], "en",
                   template=template, fmt="docx")
    assert _errors_of(paths) == {}


def test_styles_copied_into_a_template_bring_what_they_refer_to(tmp_path, referential):
    """Our Heading 1 links to Heading 1 Char and is based on Normal: in a template whose Normal has another id,
    the copy must point at that id, and Heading 1 Char must come along (else: dangling references)."""
    from package_edits import read_members, rezip

    plain = tmp_path / "plain.docx"
    Document().save(str(plain))
    members = read_members(plain.read_bytes())
    styles = members["word/styles.xml"].decode()
    styles = styles.replace('w:styleId="Normal"', 'w:styleId="Standard"').replace('w:val="Normal"', 'w:val="Standard"')
    styles = styles.replace('<w:name w:val="Standard"/>', '<w:name w:val="Normal"/>')  # the id alone differs
    import re

    styles = re.sub(r'<w:style [^>]*w:styleId="(Heading1|Heading1Char|Title|TitleChar)".*?</w:style>', "", styles,
                    flags=re.S)
    school = tmp_path / "school.docx"
    school.write_bytes(rezip(plain.read_bytes(), {"word/styles.xml": styles.encode()}))
    paths = _write(referential, tmp_path / "out", [referential.get_deliverable("risk-policy")], "fr",
                   template=school, fmt="docx")
    assert _errors_of(paths) == {}
    written = Document(str(paths[0])).styles
    assert written["Heading 1"].base_style.style_id == "Standard"


@pytest.mark.parametrize("name", [
    "docx2python__tests_resources_has_pict.docx",  # no sectPr: crashed (exit 3)
    "pandoc__test_docx_already_auto_ident.docx",  # a sectPr without page size: crashed
    "docx2python__tests_resources_libreoffice_conversion.docx",  # its Header style is named "Header": crashed
    "poi__test-data_openxml4j_OPCCompliance_CoreProperties_OnlyOneCorePropertiesPartFAIL.docx",  # two core parts
    "poi__test-data_slideshow_bug64693.pptx",  # a master without layouts got an empty, invalid layout list
])
def test_corpus_templates_that_once_failed(tmp_path, referential, name):
    template = CORPUS / name
    if not template.is_file():
        pytest.skip(f"{template} is absent: this regression test needs the shared corpus")
    try:
        paths = _write(referential, tmp_path, [referential.get_deliverable("business-plan")], "en",
                       template=template, fmt=template.suffix.lstrip("."))
    except TemplateError as error:  # refusing a broken template in one line is the other right answer
        assert "\n" not in str(error) and str(template) in str(error)
        return
    assert new_schema_errors(paths[0], template) == []


@pytest.mark.slow
def test_real_files_as_word_and_deck_templates_add_no_schema_error(tmp_path, referential):
    """Corpus files (Word, pandoc, POI, LibreOffice...) used as school templates: no crash, and no schema error
    in the business plan that the template itself did not have."""
    problems, used = {}, 0
    for kind in ("docx", "pptx"):
        files = [p for p in _corpus_files(kind, 40)]
        for template in files:
            out = tmp_path / kind / template.stem
            try:
                paths = _write(referential, out, [referential.get_deliverable("business-plan")], "en",
                               template=template, fmt=kind)
            except MindTemplatesError:
                continue  # refused with a message (an unreadable template): fine
            used += 1
            if added := new_schema_errors(paths[0], template):
                problems[template.name] = added[:3]
    assert used > 40 and problems == {}


@pytest.mark.slow
def test_a_libreoffice_potx_template_gives_valid_decks(tmp_path, referential, school_templates):
    potx = _libreoffice_saved(school_templates["pptx"], "potx:Impress MS PowerPoint 2007 XML Template", tmp_path)
    paths = _write(referential, tmp_path / "out", [referential.get_deliverable("business-plan")], "fr", template=potx)
    assert [p.suffix for p in paths] == [".pptx"]
    assert _errors_of(paths) == {}


@pytest.mark.slow
def test_a_libreoffice_dotx_template_is_accepted_and_its_files_validate(tmp_path, referential, school_templates):
    """`new --template school.dotx`, the .dotx saved by LibreOffice (its main part has the template content type)."""
    dotx = _libreoffice_saved(school_templates["docx"], "dotx:MS Word 2007 XML Template", tmp_path)
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-m", "mind_templates", "new", "business-plan", "--template", str(dotx),
                             "-o", str(out)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    paths = sorted(out.iterdir())
    assert [p.name for p in paths] == ["business-plan.en.docx"]
    assert Document(str(paths[0])).paragraphs  # python-docx reads it as a document
    assert _errors_of(paths) == {}


# --------------------------------------------------------------- annotated copies


def _annotate(paths: list[Path], folder: Path) -> list[tuple[Path, Path]]:
    """(input, annotated copy) for each Word file `check --annotate` wrote a copy of: what its worker does,
    in this process."""
    referential = load_referential()
    options = CheckOptions(lang="en", annotate_dir=str(folder))
    folder.mkdir(parents=True, exist_ok=True)
    pairs = []
    for index, target in plan_targets(paths, folder).items():
        report = check_path(paths[index], referential, options)
        if report.error is None:
            report = annotate_file(paths[index], report, target, referential, options)
            if report.annotated:
                pairs.append((paths[index], Path(report.annotated)))
    return pairs


def test_annotated_copies_of_our_skeletons_validate(tmp_path, referential):
    """Skeletons are full of findings (empty sections, placeholders): many comments, in styles Word must know."""
    paths = _write(referential, tmp_path / "in", [referential.get_deliverable(i) for i in
                                                  ("research-brief", "business-plan", "risk-policy")], "en", fmt="docx")
    paths += _write(referential, tmp_path / "in", [referential.get_deliverable("business-plan")], "en", fmt="pptx")
    pairs = _annotate(paths, tmp_path / "annotated")
    assert sorted(copy.suffix for _, copy in pairs) == [".docx", ".docx", ".docx", ".pptx"]  # decks get feedback too
    assert {copy.name: schema_errors(copy) for _, copy in pairs} == {p.name: [] for _, p in pairs}


def _corpus_files(kind: str, limit: int) -> list[Path]:
    """`limit` corpus files of that kind, spread over the corpus."""
    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not at {CORPUS}: tests on real files need ../shared/corpus/real/")
    files = sorted(p for p in CORPUS.iterdir() if p.suffix.lower() == "." + kind)
    return files[:: max(1, len(files) // limit)][:limit]


@pytest.mark.parametrize("limit", [pytest.param(6, id="sample"), pytest.param(60, id="many", marks=pytest.mark.slow)])
def test_annotating_a_real_file_adds_no_schema_error(tmp_path, limit):
    """Annotated copies of other people's files: only the findings the input did not already have count."""
    pairs = _annotate(_corpus_files("docx", limit), tmp_path)
    assert pairs, "no corpus file was annotated"
    added = {copy.name: errors for source, copy in pairs if (errors := new_schema_errors(copy, source))}
    assert added == {}


def test_new_schema_errors_subtracts_only_what_the_input_had(tmp_path, referential):
    from package_edits import read_members, rezip

    good = _write(referential, tmp_path, [referential.get_deliverable("risk-policy")], "en", fmt="docx")[0]
    document = read_members(good.read_bytes())["word/document.xml"]
    bad_value = b'<w:tblHeader w:val="true"/>'
    headers = document.count(b"<w:tblHeader/>")
    assert headers >= 2

    def with_bad_headers(name: str, n: int) -> Path:
        path = tmp_path / name
        path.write_bytes(rezip(good.read_bytes(), {"word/document.xml": document.replace(b"<w:tblHeader/>", bad_value, n)}))
        return path

    one, every = with_bad_headers("one.docx", 1), with_bad_headers("every.docx", headers)
    assert len(findings(one)) == 1 and not findings(good)
    assert new_schema_errors(one, one) == []
    assert len(new_schema_errors(every, one)) == headers - 1  # one more of a kind the input had still counts
    assert len(new_schema_errors(one, good)) == 1
