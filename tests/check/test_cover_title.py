"""The cover names the deliverable: what a jury reads first (check/cover_title.py and its use in identify)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docx import Document

from mind_templates.check.analyse import check_path
from mind_templates.check.cover_title import cover_lines, named_deliverable
from mind_templates.check.model import CheckOptions
from mind_templates.reader.outline import Heading, Outline, Paragraph

REALISTIC_DOCS = Path(__file__).resolve().parent / "realistic" / "docs"


@pytest.mark.parametrize("lines, expected", [
    (["Imprimerie Delorme – Entretien de recadrage avec Karim B."], "interview-reframing"),
    (["La station qui prévient avant de tomber en panne", "Mémoire d'expertise – Manageur de l'innovation numérique"],
     "expertise-thesis"),
    (["Bocage Mobile – Et si l'appli ne décolle pas ?", "Étude de cas 1 – solutions alternatives"],
     "alternative-solutions"),
    (["Studio Nébuleuse – Entretien annuel de Mehdi Ouali"], "interview-appraisal"),  # an alias
    (["Le Courrier du Morvan – Deux postes pour le numérique", "Fiche de poste – étude de cas n° 2"],
     "job-descriptions"),
    (["Summit Walls – Keeping climbers climbing", "CRM strategy"], "crm-strategy"),
    (["Entretien de remobilisation – Sylvie K."], "interview-motivation"),  # the French HR name for it
])
def test_a_cover_names_its_deliverable(referential, lines, expected):
    assert named_deliverable(lines, referential) == expected


@pytest.mark.parametrize("lines", [
    ["Manageur de l'innovation numérique · Titre RNCP de niveau 7"],  # the certification names no deliverable
    ["Entretien prévu le jeudi 10 décembre 2026"],  # "entretien" is five interviews
    ["Spécification fonctionnelle et technique"],  # both specifications are functional and technical
    ["Directeur des opérations"],  # "opérations" is not "opérationnalisation"
    [],
])
def test_a_cover_names_nothing_it_does_not_clearly_say(referential, lines):
    assert named_deliverable(lines, referential) is None


def test_the_cover_is_the_title_and_the_short_lines_before_the_first_heading():
    outline = Outline("docx", blocks=[
        Paragraph("Imprimerie Delorme – Entretien de recadrage avec Karim B.", style="title"),
        Paragraph("We may use and disclose medical records to review the performance of our providers."),
        Paragraph("Préparé par Sandrine Vial"),
        Heading(1, "Les faits", "style"),
        Paragraph("Mémoire d'expertise"),
    ], core={"title": "Entretien Karim"})
    assert cover_lines(outline) == ("Entretien Karim", "Imprimerie Delorme – Entretien de recadrage avec Karim B.",
                                    "Préparé par Sandrine Vial")


def test_a_document_opening_on_a_heading_has_it_for_its_title_and_a_deck_its_title_slide():
    opens_on_heading = Outline("docx", blocks=[Heading(1, "Mémoire d'expertise – Julien Moreau", "style"),
                                               Paragraph("Le syndicat exploite 38 stations."),
                                               Heading(1, "Résumé", "style")])
    assert cover_lines(opens_on_heading) == ("Mémoire d'expertise – Julien Moreau",)
    written_before = Outline("docx", blocks=[Paragraph("Préparé par Sandrine Vial"), Heading(1, "Résumé", "style")])
    assert cover_lines(written_before) == ("Préparé par Sandrine Vial",)
    deck = Outline("pptx", blocks=[Heading(1, "Sonalp – Stratégie commerciale", "slide-cover", slide=1),
                                   Paragraph("Clémence Vidal"), Heading(1, "Le marché", "slide-title", slide=2)])
    assert cover_lines(deck) == ("Sonalp – Stratégie commerciale", "Clémence Vidal")


def test_a_guide_written_from_scratch_is_taken_for_the_interview_its_cover_names(tmp_path, referential):
    """A reframing guide whose own headings read as a motivation interview: its cover says what it is."""
    source = REALISTIC_DOCS / "h24_docx_ir_heliade.docx"
    report = check_path(source, referential, CheckOptions())
    assert (report.deliverable, report.identified_by) == ("interview-reframing", "cover")
    guessed = next(f for f in report.findings if f.code == "deliverable-guessed")
    assert "cover page" in guessed.message

    document = Document(str(shutil.copy(source, tmp_path / "no-cover.docx")))
    for paragraph in document.paragraphs:
        if "Recadrage de Sofiane" in paragraph.text:
            paragraph._element.getparent().remove(paragraph._element)
    document.core_properties.title = ""
    document.save(str(tmp_path / "no-cover.docx"))
    without = check_path(tmp_path / "no-cover.docx", referential, CheckOptions())
    assert without.identified_by != "cover" and without.deliverable != "interview-reframing"


def test_a_cover_alone_is_not_enough(tmp_path, referential):
    """A cover naming the thesis over a recipe: its sections are not there, nothing is checked."""
    document = Document()
    document.add_paragraph("Mémoire d'expertise", style="Title")
    for heading in ("Ingrédients", "Préparation", "Cuisson", "Service"):
        document.add_heading(heading, level=1)
        document.add_paragraph("Faire revenir les oignons dans le beurre, ajouter la crème et laisser réduire. " * 5)
    document.save(str(tmp_path / "recette.docx"))
    report = check_path(tmp_path / "recette.docx", referential, CheckOptions())
    assert report.deliverable is None
    assert any(f.code == "deliverable-unknown" for f in report.findings)


def test_every_way_of_identifying_has_words_for_people():
    from mind_templates.check.labels import IDENTIFIED_BY_LABELS, Labels
    from mind_templates.check.model import IDENTIFIED_BY

    assert set(IDENTIFIED_BY_LABELS) == set(IDENTIFIED_BY)
    assert Labels("fr").identified_by("cover") == "nommé sur sa page de garde"
