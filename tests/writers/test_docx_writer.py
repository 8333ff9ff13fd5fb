"""Every deliverable's Word skeleton, re-opened: outline, markers, header rows, languages, cover, safety."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from docx_inspect import custom_properties, default_language, headings, open_docx, tables_have_header_rows
from mind_templates import OutputExistsError, TemplateError
from mind_templates.skeleton import markers, styles
from mind_templates.errors import OutputError
from mind_templates.generate import GenerationPlan, generate
from mind_templates.writers import docx as docx_writer
from mind_templates.writers.common import RenderRequest, parse_fields

TODAY = date(2026, 11, 28)


def docx_cases(referential):
    return [(d.id, lang) for d in referential.deliverables for lang in ("en", "fr")]


@pytest.fixture(scope="module")
def generated(tmp_path_factory, referential):
    """Every deliverable × {en, fr}, written once through the real command path."""
    out = tmp_path_factory.mktemp("docx")
    paths = {}
    for lang in ("en", "fr"):
        plan = GenerationPlan.make(referential, list(referential.deliverables), fmt="docx", output_dir=out,
                                   doc_lang=lang, fields={"client": "Acme"}, today=TODAY)
        for path, planned in zip(generate(plan), plan.files):
            paths[(planned.request.deliverable.id, lang)] = path
    return paths


def test_every_deliverable_in_both_languages_is_written(generated, referential):
    assert set(generated) == set(docx_cases(referential))
    assert generated[("business-plan", "en")].name == "business-plan.en.docx"


def test_headings_follow_the_referential_and_carry_markers(generated, referential):
    for (deliverable_id, lang), path in generated.items():
        deliverable = referential.get_deliverable(deliverable_id)
        found = headings(open_docx(path))
        expected = [(s.level, s.title[lang]) for s in deliverable.sections]
        assert [(level, text) for level, text, _ in found] == expected, path.name
        for (_, _, bookmarks), section in zip(found, deliverable.sections):
            assert markers.section_bookmark(section.id) in bookmarks, (path.name, section.id)


def test_every_table_has_a_repeated_header_row(generated):
    for path in generated.values():
        document = open_docx(path)
        assert document.tables, path.name
        assert tables_have_header_rows(document), path.name


def test_deliverable_marker_and_languages_are_recorded(generated, referential):
    for (deliverable_id, lang), path in generated.items():
        props = custom_properties(path)
        assert props[markers.DELIVERABLE_PROPERTY] == deliverable_id
        assert props[markers.VERSION_PROPERTY] == referential.version
        assert props[markers.DOCUMENT_LANGUAGE_PROPERTY] == lang
        document = open_docx(path)
        assert default_language(document) == {"en": "en-GB", "fr": "fr-FR"}[lang]
        core = document.core_properties
        assert core.title == referential.get_deliverable(deliverable_id).title[lang]
        assert core.subject and core.language == default_language(document)


def test_guidance_and_placeholders_use_their_own_styles(generated, referential):
    document = open_docx(generated[("risk-policy", "fr")])
    used = {p.style.name for p in document.paragraphs}
    assert styles.GUIDANCE in used
    placeholder_runs = [r for p in document.paragraphs for r in p.runs
                        if r.style is not None and r.style.name == styles.PLACEHOLDER]
    assert placeholder_runs and all(r.text.startswith("[") for r in placeholder_runs if r.text.startswith("["))
    guidance = "\n".join(p.text for p in document.paragraphs if p.style.name.startswith("MT Guidance"))
    criterion = referential.criterion("C1.2.5")
    assert criterion.text["fr"] in guidance  # what the jury looks for, in the document's language
    assert "Ce que le jury attend" in guidance


def test_cover_formats_dates_and_shows_unfilled_fields_as_placeholders(generated):
    en = open_docx(generated[("business-plan", "en")])
    fr = open_docx(generated[("business-plan", "fr")])
    en_text = "\n".join(p.text for p in en.paragraphs[:25])
    assert "28 November 2026" in en_text and "Acme" in en_text
    assert "28 novembre 2026" in "\n".join(p.text for p in fr.paragraphs[:25])
    school = next(p for p in en.paragraphs[:25] if p.text.startswith("School"))
    assert school.runs[-1].style.name == styles.PLACEHOLDER and school.runs[-1].text == "[School]"


def test_money_is_formatted_in_the_document_locale(generated):
    def pnl_cells(path):
        document = open_docx(path)
        return {c.text for t in document.tables for row in t.rows[1:] for c in row.cells}

    assert "€0.00" in pnl_cells(generated[("business-plan", "en")])
    assert "0,00\u00a0€" in pnl_cells(generated[("business-plan", "fr")])


def test_canvases_and_figures_are_laid_out(generated):
    document = open_docx(generated[("business-plan", "en")])
    bmc = next(t for t in document.tables if t.rows[0].cells[0].text == "Business Model Canvas")
    texts = {c.text.split("\n")[0] for row in bmc.rows for c in row.cells}
    for block in ("Key partners", "Value propositions", "Customer segments", "Cost structure", "Revenue streams"):
        assert any(t.startswith(block) for t in texts), block
    landscape = [s for s in document.sections if s.page_width > s.page_height]
    assert landscape, "wide tables and the canvas get landscape pages"
    figures = [p for p in open_docx(generated[("solution-proposal", "en")]).paragraphs if p.style.name == "Caption"]
    assert figures and figures[0].text.startswith("Figure 1")


def test_a_toc_field_updates_on_opening(generated):
    document = open_docx(generated[("crm-strategy", "en")])
    instructions = [t.text for t in document.element.body.iter(qn("w:instrText"))]
    assert any(i.strip().startswith("TOC") for i in instructions)
    assert document.settings.element.find(qn("w:updateFields")).get(qn("w:val")) == "true"


def test_user_values_are_data_never_templates(tmp_path, referential):
    fields = parse_fields({"client": "{{ 7*7 }} {% if 1 %}x{% endif %}", "team": ["Ana", "Bo"]})
    request = RenderRequest(referential, referential.get_deliverable("business-plan"), "en", "fr", fields)
    path = tmp_path / "bp.docx"
    docx_writer.write_docx(request, path)
    text = "\n".join(p.text for p in Document(str(path)).paragraphs)
    assert "{{ 7*7 }} {% if 1 %}x{% endif %}" in text and "49" not in text
    assert "Ana, Bo" in text


# ---------------------------------------------------------------- safety


def _plan(referential, out: Path, *ids: str):
    return GenerationPlan.make(referential, [referential.get_deliverable(i) for i in ids], fmt="docx", output_dir=out)


def test_existing_files_are_never_overwritten_without_force(tmp_path, referential):
    existing = tmp_path / "risk-policy.fr.docx"
    existing.write_bytes(b"the student's own work")
    with pytest.raises(OutputExistsError) as refused:
        list(generate(_plan(referential, tmp_path, "business-plan", "risk-policy")))
    assert refused.value.paths == [str(existing)]
    assert existing.read_bytes() == b"the student's own work"
    assert not (tmp_path / "business-plan.en.docx").exists()  # refused before writing anything
    written = list(generate(_plan(referential, tmp_path, "business-plan", "risk-policy"), force=True))
    assert len(written) == 2 and Document(str(existing)).paragraphs


def test_a_failure_mid_write_leaves_the_old_file_intact(tmp_path, referential, monkeypatch):
    target = tmp_path / "risk-policy.fr.docx"
    list(generate(_plan(referential, tmp_path, "risk-policy")))
    before = target.read_bytes()

    def half_then_crash(request, path):
        Path(path).write_bytes(before[: len(before) // 2])
        raise OSError("disk full")

    monkeypatch.setattr(docx_writer, "write_docx", half_then_crash)
    with pytest.raises(OutputError, match="disk full"):
        list(generate(_plan(referential, tmp_path, "risk-policy"), force=True))
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["risk-policy.fr.docx"]  # no temporary left behind


def test_an_unwritable_folder_is_a_clear_error(tmp_path, referential):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the output folder should be")
    with pytest.raises(OutputError, match="cannot write"):
        list(generate(_plan(referential, blocker / "out", "risk-policy")))


def test_a_school_template_without_our_styles_gets_them(tmp_path, referential):
    school = tmp_path / "school.docx"
    plain = Document()
    plain.add_paragraph("Letterhead that the skeleton replaces")
    plain.save(str(school))
    request = RenderRequest(referential, referential.get_deliverable("risk-policy"), "fr", "fr", template=school)
    out = tmp_path / "out.docx"
    docx_writer.write_docx(request, out)
    document = Document(str(out))
    assert styles.GUIDANCE in {s.name for s in document.styles}
    assert [t for _, t, _ in headings(document)][0] == referential.get_deliverable("risk-policy").sections[0].title["fr"]


def test_an_unusable_template_is_a_clear_error(tmp_path, referential):
    bad = tmp_path / "school.docx"
    bad.write_bytes(b"not a zip")
    request = RenderRequest(referential, referential.get_deliverable("risk-policy"), "fr", "fr", template=bad)
    with pytest.raises(TemplateError, match="not a usable Word template"):
        docx_writer.write_docx(request, tmp_path / "out.docx")


# ---------------------------------------------------------------- real programs


def _pandoc_headings(path: Path) -> list[tuple[int, str]]:
    import json

    out = subprocess.run(["pandoc", "-f", "docx", "-t", "json", str(path)], capture_output=True, check=True).stdout
    def text(inlines):
        parts = []
        for item in inlines:
            if item["t"] == "Str":
                parts.append(item["c"])
            elif item["t"] in ("Space", "SoftBreak"):
                parts.append(" ")
            elif item["t"] in ("Span", "Emph", "Strong", "Link", "Quoted", "SmallCaps", "Underline"):
                content = item["c"][-1] if item["t"] in ("Span", "Link", "Quoted") else item["c"]
                if item["t"] == "Link":
                    content = item["c"][1]
                parts.append(text(content))
        return "".join(parts)
    return [(b["c"][0], text(b["c"][2])) for b in json.loads(out)["blocks"] if b["t"] == "Header"]


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed (.ci/run installs it)")
def test_pandoc_reads_every_outline(generated, referential):
    for (deliverable_id, lang), path in generated.items():
        expected = [(s.level, s.title[lang]) for s in referential.get_deliverable(deliverable_id).sections]
        assert _pandoc_headings(path) == expected, path.name


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed (.ci/run installs it)")
def test_libreoffice_converts_every_docx_to_pdf(generated, tmp_path):
    from office_programs import convert_with_libreoffice, pdf_pages

    pdfs = convert_with_libreoffice(list(generated.values()), tmp_path, "pdf")
    for path in generated.values():
        pdf = pdfs[path]
        assert pdf.is_file(), f"LibreOffice failed on {path.name}"
        assert pdf_pages(pdf) >= 1
