"""Units of the analysis: normalisation, numbering, fuzzy matching, heading detection, our text recognised by itself."""

from __future__ import annotations

import copy
import io
import time

import pytest
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

from fuzzy_threshold import STUDENT_HEADINGS, cases, measure
from mind_templates.check.analyse import _longest_increasing
from mind_templates.check.known_texts import known_texts
from mind_templates.check.matching import (
    FUZZY_THRESHOLD,
    _fuzzy_scores,
    _names,
    match_sections,
    name_score,
    resolve_marker,
)
from mind_templates.normalise import count_words, fold, heading_key, normalise, strip_numbering
from mind_templates.reader.document import read_outline
from mind_templates.reader.outline import Heading, Images, Paragraph, Table
from mind_templates.writers.common import RenderRequest
from mind_templates.writers.docx import build_docx

# --------------------------------------------------------------------------------------------- normalisation


def test_fold_and_normalise():
    assert fold("Étude d’OPPORTUNITÉ") == "etude d’opportunite"
    assert normalise("Étude d’opportunité !") == "etude d opportunite"
    assert normalise("Porter's  five—forces") == "porter s five forces"
    assert normalise("Œuvre ça") == "œuvre ca"
    assert count_words("3-year income statement (P&L)") == 6


@pytest.mark.parametrize(("heading", "stripped"), [
    ("1. Executive summary", "Executive summary"),
    ("2.3 PESTEL analysis", "PESTEL analysis"),
    ("2.3. PESTEL analysis", "PESTEL analysis"),
    ("II. Market study", "Market study"),
    ("iv – Market study", "Market study"),
    ("A) Market study", "Market study"),
    ("b. Market study", "Market study"),
    ("Section 3 - Market study", "Market study"),
    ("Part II: Market study", "Market study"),
    ("Chapitre 2 : Étude de marché", "Étude de marché"),
    ("10) Appendices", "Appendices"),
    ("5.2 3-year income statement", "3-year income statement"),
    # Not numbering: kept whole.
    ("3-year income statement (P&L)", "3-year income statement (P&L)"),
    ("Mix: marketing", "Mix: marketing"),
    ("E-commerce strategy", "E-commerce strategy"),
    ("A new market", "A new market"),
    ("1.", "1."),
])
def test_strip_numbering(heading, stripped):
    assert strip_numbering(heading) == stripped


def test_heading_key_makes_spellings_meet():
    assert heading_key("2.1 MARKET SIZE (TAM/SAM/SOM)") == heading_key("Market size (TAM / SAM / SOM)")
    assert heading_key("ÉTUDE D'OPPORTUNITÉ") == heading_key("Étude d’opportunité")


# --------------------------------------------------------------------------------------------- fuzzy matching


def test_fast_scores_agree_with_the_reference_scorer(referential):
    deliverable = referential.get_deliverable("business-plan")
    names = _names(deliverable)
    for heading in ("Executive sumary", "Our executive summary", "Swot analysis of the project",
                    "Appendices overview", "Competitors", "Our team", "Financial plan for three years"):
        key = heading_key(heading)
        fast = _fuzzy_scores(key, names)
        for position, name in enumerate(names.keys):
            reference = name_score(key, name)
            if reference >= FUZZY_THRESHOLD:
                assert fast.get(position) == pytest.approx(reference), (heading, name)
            else:
                assert position not in fast, (heading, name)


@pytest.mark.parametrize(("heading", "section"), [
    ("Excecutive summary", "executive-summary"),  # a typo
    ("Executive summary of the project", "executive-summary"),  # extra words
    ("Analysis PESTEL", "pestel"),  # swapped words
    ("Porters five forces", "porter"),
    ("Appendices overview", "appendices"),  # one-word title, generic words around it
    ("Break even analyses", "break-even"),
])
def test_fuzzy_match_finds_reworded_titles(referential, heading, section):
    deliverable = referential.get_deliverable("business-plan")
    found = match_sections([Heading(1, heading, "style")], deliverable)
    assert list(found) == [section] and found[section].found_by == "fuzzy"


@pytest.mark.parametrize(("deliverable_id", "heading", "section"), [
    ("interview-dismissal", "Comment l'entretien va-t-il se dérouler ?", "interview-phases"),  # déroulé, dérouler
    ("business-plan", "Analysing the competitors", "competition"),  # competitive analysis
])
def test_fuzzy_match_finds_other_forms_of_a_names_words(referential, deliverable_id, heading, section):
    found = match_sections([Heading(1, heading, "style")], referential.get_deliverable(deliverable_id))
    assert list(found) == [section] and found[section].found_by == "fuzzy"


@pytest.mark.parametrize("heading", ["Our team", "Acknowledgements", "Table of contents", "Glossary", "Market",
                                     "Analysis", "Data analysis of the survey", "Timeline of the internship"])
def test_fuzzy_match_leaves_student_headings_alone(referential, heading):
    deliverable = referential.get_deliverable("business-plan")
    assert match_sections([Heading(1, heading, "style")], deliverable) == {}


def test_measured_threshold_still_holds(referential):
    """A quarter of the measurement of tests/check/fuzzy_threshold.py: the numbers in matching.py stay true."""
    results = measure(name_score, [int(FUZZY_THRESHOLD)], list(cases(every=4)))[int(FUZZY_THRESHOLD)]
    recall = results.correct / results.positives
    wrong = results.wrong / results.positives
    false_positive = results.false_positive / results.negatives
    print(f"\n   fuzzy threshold {FUZZY_THRESHOLD}: found {recall:.3f}, wrong section {wrong:.4f},"
          f" student headings taken {false_positive:.4f} ({results.positives}+/{results.negatives}-)")
    assert recall >= 0.95 and wrong <= 0.01 and false_positive <= 0.03
    assert len(STUDENT_HEADINGS) >= 40


def test_markers_titles_aliases_and_order(referential):
    deliverable = referential.get_deliverable("business-plan")
    headings = [
        Heading(1, "Whatever the student wrote", "style", marker="executive-summary"),
        Heading(1, "Business Model & Business Plan", "style"),  # the deliverable's own title: never a section
        Heading(1, "Market analysis", "style"),  # an alias of the opportunity study
        Heading(1, "Executive summary", "style"),  # the summary again: already found by its marker
        Heading(2, "Financial plan", "style"),
    ]
    found = match_sections(headings, deliverable)
    assert {k: (v.heading, v.found_by) for k, v in found.items()} == {
        "executive-summary": (0, "marker"), "opportunity-study": (2, "alias"), "financial-plan": (4, "title"),
    }


def test_fake_headings_come_after_real_ones(referential):
    deliverable = referential.get_deliverable("business-plan")
    headings = [Heading(2, "SWOT analysis", "fake-bold"), Heading(1, "SWOT analysis", "style")]
    found = match_sections(headings, deliverable, weak=frozenset({0}))
    assert found["swot"].heading == 1


def test_truncated_bookmark_marker(referential):
    from dataclasses import replace

    base = referential.get_deliverable("business-plan")
    long_id = "a-section-id-longer-than-word-keeps-in-a-bookmark"  # a school's referential may have one
    deliverable = replace(base, sections=(replace(base.sections[0], id=long_id), *base.sections[1:]))
    truncated = ("mt_" + long_id.replace("-", "_"))[:40][3:].replace("_", "-")
    assert resolve_marker(truncated, deliverable) == long_id


def test_longest_increasing_run():
    assert _longest_increasing([0, 1, 5, 2, 3, 4]) == {0, 1, 3, 4, 5}
    assert _longest_increasing([]) == set()


# --------------------------------------------------------------------------------------------- headings in Word


def _outline(document, referential=None):
    buffer = io.BytesIO()
    document.save(buffer)
    buffer.seek(0)
    return read_outline(Document(buffer), known_texts(referential) if referential else None)


def _bold(paragraph, size=None):
    for run in paragraph.runs:
        run.bold = True
        if size:
            run.font.size = Pt(size)
    return paragraph


def test_fake_headings():
    document = Document()
    _bold(document.add_paragraph("Market study"))
    document.add_paragraph("The market grows by ten per cent a year in our region, and we can prove it.")
    _bold(document.add_paragraph("This bold sentence is a statement that ends with a full stop."))
    _bold(document.add_paragraph("A very long bold line that goes on and on with far too many words to be a heading"))
    mixed = document.add_paragraph("Key figures")
    mixed.add_run(": revenue doubles").bold = False
    mixed.runs[0].bold = True
    document.add_paragraph("Larger text, not bold").runs[0].font.size = Pt(16)
    _bold(document.add_paragraph("2.3 Competitors"))
    document.add_paragraph("Business Model & Business Plan", style="Title")
    _bold(document.add_paragraph("Labels:"))
    table = document.add_table(rows=1, cols=1)
    _bold(table.rows[0].cells[0].paragraphs[0]).add_run("In a table")
    headings = [(h.text, h.level, h.source) for h in _outline(document).headings]
    assert headings == [
        ("Market study", 2, "fake-bold"),
        ("Larger text, not bold", 1, "fake-bold"),
        ("2.3 Competitors", 2, "fake-bold"),
    ]


def _add_style(document, xml: str) -> None:
    document.styles.element.append(parse_xml(xml))


def test_heading_styles_by_name_by_outline_level_and_by_inheritance():
    document = Document()
    w = nsdecls("w")
    _add_style(document, f'<w:style {w} w:type="paragraph" w:styleId="1"><w:name w:val="Heading 1"/></w:style>')
    _add_style(document, f'<w:style {w} w:type="paragraph" w:styleId="Titre2"><w:name w:val="Titre 2"/></w:style>')
    _add_style(document, f'<w:style {w} w:type="paragraph" w:styleId="Mine"><w:name w:val="My chapter"/>'
                         f'<w:basedOn w:val="Titre2"/></w:style>')
    _add_style(document, f'<w:style {w} w:type="paragraph" w:styleId="Odd"><w:name w:val="Odd"/>'
                         f'<w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>')
    for style_id, text in (("1", "LibreOffice heading"), ("Titre2", "Titre deux"), ("Mine", "Custom chapter"),
                           ("Odd", "Outline level three")):
        paragraph = document.add_paragraph(text)
        paragraph._p.get_or_add_pPr().append(parse_xml(f'<w:pStyle {w} w:val="{style_id}"/>'))
    direct = document.add_paragraph("Direct outline level")
    direct._p.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {w} w:val="1"/>'))
    document.add_paragraph("Contents line", style="TOC Heading" if "TOC Heading" in
                           [s.name for s in document.styles] else None)
    document.add_heading("Word heading", level=3)
    found = [(h.text, h.level, h.source) for h in _outline(document).headings]
    assert found == [
        ("LibreOffice heading", 1, "style"), ("Titre deux", 2, "style"), ("Custom chapter", 2, "style"),
        ("Outline level three", 3, "style"), ("Direct outline level", 2, "outline-level"), ("Word heading", 3, "style"),
    ]


# --------------------------------------------------------------------------------------------- our own text


def _skeleton(referential, deliverable_id="business-plan", lang=None):
    deliverable = referential.get_deliverable(deliverable_id)
    lang = lang or deliverable.document_language
    return build_docx(RenderRequest(referential, deliverable, lang, deliverable.oral_language))


def _drop_all_styles(document) -> None:
    for element in list(document.element.body.iter(qn("w:pStyle"), qn("w:rStyle"))):
        element.getparent().remove(element)


def _kinds(outline):
    paragraphs = [b for b in outline.blocks if isinstance(b, Paragraph)]
    return (sum(p.is_guidance for p in paragraphs), sum(p.is_placeholder for p in paragraphs),
            sum(t.placeholders for t in outline.blocks if isinstance(t, Table)))


@pytest.mark.parametrize(("deliverable_id", "lang"), [("business-plan", "en"), ("business-plan", "fr"),
                                                      ("interview-recruitment", "fr")])
def test_guidance_and_prompts_recognised_after_styles_are_dropped(referential, deliverable_id, lang):
    styled = _outline(_skeleton(referential, deliverable_id, lang), referential)
    bare_document = _skeleton(referential, deliverable_id, lang)
    _drop_all_styles(bare_document)
    bare = _outline(bare_document, referential)
    guidance, prompts, cell_prompts = _kinds(styled)
    assert guidance > 0 and prompts > 0
    deliverable = referential.get_deliverable(deliverable_id)
    cover = RenderRequest(referential, deliverable, lang, deliverable.oral_language).cover_entries()
    unfilled = sum(1 for _key, value in cover if value is None)
    assert _kinds(bare)[:2] == (guidance, prompts - unfilled)  # the cover fields' "[Client]" prompts are not ours to know
    assert _kinds(bare)[2] == cell_prompts
    # Nothing of ours counts as the student's words once inside the sections.
    first = next(i for i, b in enumerate(bare.blocks) if isinstance(b, Heading))
    leaked = [b.text for b in bare.blocks[first:] if isinstance(b, Paragraph) and b.words]
    assert leaked == []


def test_known_texts(referential):
    known = known_texts(referential)
    criterion = referential.criteria[0].text["en"]
    assert known.classify(f"•\t{referential.criteria[0].id}  {criterion}") == "guidance"
    assert known.classify("Ce que le jury attend") == "guidance"
    student = f"As the jury asks, {criterion[0].lower()}{criterion[1:]}; our plan does it in three steps with" \
              " figures from our own survey of forty shops and two interviews with the client's buyers."
    assert known.classify(student) is None
    section = referential.get_deliverable("business-plan").section("executive-summary")
    prompt = section.prompt["en"].strip("[]")
    cut = " ".join(prompt.split()[:9]) + "…"  # slides shorten prompts
    assert known.classify(f"[{cut}]") == "placeholder"
    assert known.classify("0,00 €") == "label" and known.classify("€0.00") == "label"
    assert known.classify("Our team met the client twice.") is None


def test_text_typed_over_a_prompt_keeps_its_style_but_counts(referential):
    document = _skeleton(referential)
    placeholder_runs = [r for r in document.element.body.iter(qn("w:r"))
                        if r.find(qn("w:rPr") + "/" + qn("w:rStyle")) is not None
                        and r.find(qn("w:rPr") + "/" + qn("w:rStyle")).get(qn("w:val")) == "MTPlaceholder"]
    run = next(r for r in placeholder_runs if (r.findtext(qn("w:t")) or "").startswith("[Summarise"))
    run.find(qn("w:t")).text = "Our shop app lets small retailers sell online within a week, at a fixed price."
    outline = _outline(document, referential)
    typed = next(b for b in outline.blocks if isinstance(b, Paragraph) and b.text.startswith("Our shop app"))
    assert typed.words == 15 and not typed.is_placeholder


# --------------------------------------------------------------------------------------------- tables and images


def test_tables_are_read_cell_by_cell_without_expanding_spans():
    document = Document()
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Header A", "Header B"
    tbl = table._tbl
    row = tbl.findall(qn("w:tr"))[0]
    for _ in range(3000):  # many rows whose cell claims a span of 60 columns
        copy_row = copy.deepcopy(row)
        cells = copy_row.findall(qn("w:tc"))
        cells[0].get_or_add_tcPr().append(parse_xml(f'<w:gridSpan {nsdecls("w")} w:val="60"/>'))
        copy_row.remove(cells[1])
        cells[0].find(qn("w:p")).append(parse_xml(f'<w:r {nsdecls("w")}><w:t>value</w:t></w:r>'))
        tbl.append(copy_row)
    started = time.perf_counter()
    outline = _outline(document)
    elapsed = time.perf_counter() - started
    [read] = [b for b in outline.blocks if isinstance(b, Table)]
    assert read.header == ("Header A", "Header B")
    assert len(read.rows) == 3000 and all(len(r) == 1 for r in read.rows)
    assert elapsed < 2.0


def test_images_are_counted_not_decoded(tmp_path):
    from PIL import Image

    png = io.BytesIO()
    Image.new("RGB", (8, 8)).save(png, format="PNG")
    document = Document()
    document.add_paragraph().add_run().add_picture(io.BytesIO(png.getvalue()))
    document.add_paragraph("Text after the picture.")
    outline = _outline(document)
    assert [b.count for b in outline.blocks if isinstance(b, Images)] == [1]


def test_a_picture_in_a_headings_paragraph_stands_under_that_heading():
    from PIL import Image

    png = io.BytesIO()
    Image.new("RGB", (8, 8)).save(png, format="PNG")
    document = Document()
    document.add_heading("Les activités", level=1)
    document.add_paragraph("Recueillir les besoins, choisir l'outil, former les équipes.")
    document.add_heading("Découpage en lots", level=1).add_run().add_picture(io.BytesIO(png.getvalue()))
    blocks = [b for b in _outline(document).blocks if isinstance(b, (Heading, Images))]
    assert [type(b).__name__ for b in blocks] == ["Heading", "Heading", "Images"]


# --------------------------------------------------------------------------------------------- decks


def test_slide_without_title_uses_its_largest_text():
    from pptx import Presentation
    from pptx.util import Inches

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])  # blank: no title placeholder
    small = slide.shapes.add_textbox(Inches(1), Inches(1), Inches(4), Inches(1)).text_frame
    small.text = "A caption in small type"
    small.paragraphs[0].runs[0].font.size = Pt(12)
    big = slide.shapes.add_textbox(Inches(1), Inches(3), Inches(6), Inches(1)).text_frame
    big.text = "Market study"
    big.paragraphs[0].runs[0].font.size = Pt(40)
    buffer = io.BytesIO()
    prs.save(buffer)
    buffer.seek(0)
    outline = read_outline(Presentation(buffer))
    [heading] = outline.headings
    assert (heading.text, heading.source, heading.slide) == ("Market study", "largest-text", 1)
    assert [b.text for b in outline.blocks if isinstance(b, Paragraph)] == ["A caption in small type"]


def test_slide_map_is_trusted_only_where_nothing_contradicts_it(referential):
    deliverable = referential.get_deliverable("business-plan")
    renamed = [Heading(1, "Our offer in one page", "slide-title", slide=3, hint="executive-summary"),
               Heading(1, "Where the money comes from", "slide-title", slide=4, hint="pricing-revenue")]
    found = match_sections(renamed, deliverable)
    assert {k: v.heading for k, v in found.items()} == {"executive-summary": 0, "pricing-revenue": 1}
    # Slide ids renumbered after a deleted slide: the map now says the summary slide is the opportunity study.
    shifted = [Heading(1, "Executive summary", "slide-title", slide=3, hint="opportunity-study"),
               Heading(1, "Where the money comes from", "slide-title", slide=4, hint="pricing-revenue")]
    found = match_sections(shifted, deliverable)
    assert {k: v.heading for k, v in found.items()} == {"executive-summary": 0}


def test_notes_missing_names_the_slide_by_the_title_the_student_gave_it(referential, tmp_path):
    from pptx import Presentation

    from mind_templates.check.analyse import check_path
    from mind_templates.check.model import CheckOptions

    prs = Presentation()
    for title, lines in (("Executive summary", ["We recommend Zelty for the fourteen bakeries."]),
                         ("Scores", ["Zelty 4.25, Lightspeed 3.15, Square 3.0 on five weighted criteria."])):
        slide = prs.slides.add_slide(prs.slide_layouts[1])
        slide.shapes.title.text = title
        slide.placeholders[1].text_frame.text = lines[0]
    path = tmp_path / "deck.pptx"
    prs.save(str(path))
    report = check_path(path, referential, CheckOptions(deliverable="technology-recommendation"))
    messages = {f.section: f.message for f in report.findings if f.code == "notes-missing"}
    assert "decision-matrix" in messages, [(s.id, s.heading) for s in report.sections if s.heading]
    assert "“Scores”" in messages["decision-matrix"] and "Weighted decision matrix" not in messages["decision-matrix"]
