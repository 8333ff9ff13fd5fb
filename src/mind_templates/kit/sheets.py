"""The kit's own Word sheets: the case brief, a role card and a jury observation sheet per interview, the index.

Short documents written with python-docx on our base template (its styles and page), in the language given.
A value kit.yaml leaves out prints as a [bracketed blank] for the teacher to fill in.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from docx.document import Document as DocxDocument

from ..assessment_words import language_name
from ..i18n import Interface, format_date, language_tag
from ..model import Assessment, Deliverable, InterviewType, Referential
from ..skeleton import styles
from ..skeleton.placeholders import bracketed
from ..skeleton.xmltext import xml_safe
from .vars import KitVars, kit_labels


@dataclass(frozen=True)
class SheetContext:
    referential: Referential
    assessment: Assessment
    kit: KitVars
    lang: str

    @property
    def ui(self) -> Interface:
        return Interface(self.lang)

    def value(self, key: str, label: str) -> str:
        """kit.yaml's value for `key`, a date in the language's words, or a [blank] named `label`."""
        if key in ("deadline", "oral_date") and self.kit.when(key):
            return format_date(self.kit.when(key), self.lang)
        return xml_safe(self.kit.text(key) or "") or bracketed(label)

    def oral_line(self) -> str:
        oral, ui = self.assessment.oral, self.ui
        if oral is None:
            return ui.gettext("No oral")
        who = ui.gettext("one talk per team") if oral.presented == "team" else ui.gettext("one talk per candidate")
        return ui.gettext("{minutes} minutes in {language}, {who}", minutes=oral.minutes, who=who,
                          language=language_name(oral.language, self.lang))


def new_document(lang: str) -> DocxDocument:
    from ..writers.docx.writer import open_template, set_language

    document = open_template(None)
    set_language(document, language_tag(lang))
    return document


def _field(document: DocxDocument, ui: Interface, label: str, value: str) -> None:
    paragraph = document.add_paragraph(style=styles.COVER_FIELD)
    paragraph.add_run(ui.gettext("{label}: ", label=label)).bold = True
    paragraph.add_run(value)


def _header(document: DocxDocument, ctx: SheetContext, title: str) -> None:
    ui = ctx.ui
    cert = ctx.referential.certification
    document.add_paragraph(f"{cert.title[ctx.lang]} · {ctx.assessment.title[ctx.lang]}", style=styles.COVER_FIELD)
    document.add_heading(title, level=0)
    labels = kit_labels(ui)
    for key in ("school", "class", "teacher"):
        _field(document, ui, labels[key], ctx.value(key, labels[key]))


def write_brief(ctx: SheetContext, deliverables: list[Deliverable], path: Path) -> None:
    """The teacher's case: context, client, constraints, what to hand in with its criteria, the oral, the dates."""
    ui, lang, ref = ctx.ui, ctx.lang, ctx.referential
    document = new_document(lang)
    labels = kit_labels(ui)
    _header(document, ctx, ui.gettext("Case brief"))
    _field(document, ui, labels["case"], ctx.value("case", ui.gettext("Case title")))
    _field(document, ui, labels["client"], ctx.value("client", labels["client"]))
    for key, title in ((key, labels[key]) for key in ("context", "constraints")):
        document.add_heading(title, level=1)
        text = ctx.kit.text(key)
        for line in (text.splitlines() if text else [bracketed(ui.gettext("Describe the {what}", what=title.lower()))]):
            document.add_paragraph(xml_safe(line))
    document.add_heading(ui.gettext("Expected deliverables"), level=1)
    hand_in = (ui.gettext("Hand in one dossier whose parts follow this list.") if ctx.assessment.is_dossier
               else ui.gettext("Hand in each deliverable as a separate document."))
    document.add_paragraph(hand_in)
    for deliverable in deliverables:
        document.add_heading(f"{deliverable.title[lang]} ({', '.join(deliverable.competences)})", level=2)
        for criterion_id in deliverable.criteria_ids:
            item = document.add_paragraph(style=styles.GUIDANCE_ITEM)
            item.add_run(f"{criterion_id}  ").bold = True
            item.add_run(ref.criterion(criterion_id).text[lang])
    document.add_heading(ui.gettext("Oral"), level=1)
    document.add_paragraph(ctx.oral_line())
    document.add_heading(ui.gettext("Dates"), level=1)
    for key in ("deadline", "oral_date"):
        _field(document, ui, labels[key], ctx.value(key, labels[key]))
    document.save(str(path))


def write_role_card(ctx: SheetContext, interview: InterviewType, candidate: str, path: Path) -> None:
    """For the person playing the employee or applicant: the situation, the attitude, what they know and not."""
    ui, lang = ctx.ui, ctx.lang
    document = new_document(lang)
    _header(document, ctx, ui.gettext("Role card: {interview}", interview=interview.title[lang]))
    _field(document, ui, ui.gettext("Candidate conducting the interview"), xml_safe(candidate))
    document.add_paragraph(ui.gettext("Keep this card to yourself: the candidate must not read it."))
    prompts = (
        (ui.gettext("Your role"), ui.gettext("Name, position, seniority in the company")),
        (ui.gettext("The situation"), ui.gettext("What happened before the interview, in the teacher's scenario")),
        (ui.gettext("Your attitude"), ui.gettext("Cooperative, worried, defensive…; how it changes if the candidate listens")),
        (ui.gettext("What you know"), ui.gettext("Facts you may share when asked")),
        (ui.gettext("What you do not know"), ui.gettext("Facts you must not invent")),
        (ui.gettext("What you want from the interview"), ui.gettext("Your goal, and what would satisfy you")),
    )
    for title, prompt in prompts:
        document.add_heading(title, level=1)
        document.add_paragraph().add_run(bracketed(prompt), style=styles.PLACEHOLDER)
    document.save(str(path))


def write_observation_sheet(ctx: SheetContext, interview: InterviewType, candidate: str, path: Path) -> None:
    """For the jury: each criterion of this interview type, with room for what was observed and the level."""
    ui, lang, ref = ctx.ui, ctx.lang, ctx.referential
    document = new_document(lang)
    _header(document, ctx, ui.gettext("Observation sheet: {interview}", interview=interview.title[lang]))
    _field(document, ui, ui.gettext("Candidate"), xml_safe(candidate))
    _field(document, ui, ui.gettext("Oral date"), ctx.value("oral_date", ui.gettext("Oral date")))
    document.add_paragraph(ui.gettext("Note facts and words as they happen; tick the criteria afterwards."))
    criteria = [c for comp in ref.competences_of(ctx.assessment.id) for c in comp.criteria
                if c.applies_to_interview(interview.id)]
    levels = " / ".join(level.title[lang] for level in ref.grading.scale)
    table = document.add_table(rows=1, cols=3)
    table.style = document.styles["Table Grid"]
    for cell, text in zip(table.rows[0].cells, (ui.gettext("Criterion"), ui.gettext("What was observed (facts, words)"),
                                                ui.gettext("Level"))):
        cell.text = text
    for criterion in criteria:
        row = table.add_row().cells
        row[0].text = f"{criterion.id}  {criterion.text[lang]}"
        row[2].text = levels
    document.save(str(path))


def write_index_docx(ctx: SheetContext, rows: list[tuple[str, str, list[str]]], files: list[str], path: Path) -> None:
    """The index in short: the deadline, what each candidate or team hands in, and every file of the kit."""
    ui = ctx.ui
    document = new_document(ctx.lang)
    _header(document, ctx, ui.gettext("Kit index"))
    _field(document, ui, ui.gettext("Deadline"), ctx.value("deadline", ui.gettext("Deadline")))
    document.add_heading(ui.gettext("What each one hands in"), level=1)
    table = document.add_table(rows=1, cols=3)
    table.style = document.styles["Table Grid"]
    for cell, text in zip(table.rows[0].cells, (ui.gettext("Name"), ui.gettext("Folder"), ui.gettext("To hand in"))):
        cell.text = text
    for name, folder, hand_in in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = xml_safe(name), folder, "\n".join(hand_in)
    document.add_heading(ui.gettext("Files"), level=1)
    for file in files:
        document.add_paragraph(file, style=styles.GUIDANCE_ITEM)
    document.save(str(path))
