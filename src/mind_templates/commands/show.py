"""`mind-templates show`: one deliverable's outline and the jury criteria each section answers."""

from __future__ import annotations

from typing import Any

import click

from ..i18n import _
from ..terminal import printable
from .base import State, assessment_summary, deliverable_summary, find_deliverable


def deliverable_detail(referential, deliverable) -> dict[str, Any]:
    """The JSON shape of `show`: summary, sections in order, and the criteria they answer."""
    detail = deliverable_summary(deliverable)
    detail["sections"] = [
        {
            "id": s.id,
            "level": s.level,
            "title": s.title.as_dict(),
            "aliases": {lang: list(a) for lang, a in s.aliases.items()},
            "kind": s.kind,
            "required": s.required,
            "min_words": s.min_words,
            "criteria": list(s.criteria),
        }
        for s in deliverable.sections
    ]
    if "pptx" in deliverable.formats:
        detail["deck"] = [s.id for s in deliverable.presented_sections]
    detail["criteria"] = [
        {
            "id": c.id,
            "competence": c.competence,
            "group": c.group.as_dict(),
            "text": c.text.as_dict(),
            **({"interviews": list(c.interviews)} if c.interviews else {}),
        }
        for c in map(referential.criterion, deliverable.criteria_ids)
    ]
    return detail


@click.command("show")
@click.argument("deliverable_id", metavar="DELIVERABLE")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_obj
def show_command(state: State, deliverable_id: str, fmt: str) -> None:
    """Show one deliverable's outline and the jury criteria each section answers (or one assessment's parts)."""
    referential = state.referential()
    assessment = referential.get_assessment(deliverable_id)
    if assessment is not None:
        _show_assessment(state, referential, assessment, fmt)
        return
    deliverable = find_deliverable(referential, deliverable_id)
    if fmt == "json":
        import json

        click.echo(json.dumps(deliverable_detail(referential, deliverable), ensure_ascii=False, indent=2))
        return
    lang = state.text_language(referential)
    assessment = referential.assessment(deliverable.assessment)
    # A school's referential is text from outside: shown, never obeyed by the terminal.
    click.echo(click.style(printable(f"{deliverable.title[lang]}  [{deliverable.id}]"), bold=True))
    click.echo(_("Assessment: {name}", name=printable(assessment.title[lang])))
    click.echo(_("Competences: {ids}", ids=", ".join(deliverable.competences)))
    click.echo(_("Formats: {formats}", formats=", ".join(deliverable.formats)))
    click.echo(_("Document language: {doc}; oral language: {oral}",
                 doc=deliverable.document_language, oral=deliverable.oral_language))
    if deliverable.deck_sections:
        click.echo(_("Deck: {sections}", sections=", ".join(s.title[lang] for s in deliverable.presented_sections)))
    click.echo()
    for label, section in zip(deliverable.outline_numbers(), deliverable.sections):
        indent = "   " * (section.level - 1)
        optional = "" if section.required else " " + _("(optional)")
        click.echo(f"{indent}{click.style(printable(label + ' ' + section.title[lang]), bold=True)}{optional}  "
                   f"[{printable(section.id)}, {section.kind}]")
        for criterion_id in section.criteria:
            criterion = referential.criterion(criterion_id)
            click.echo(f"{indent}     {criterion_id}  {printable(criterion.text[lang])}")


def _show_assessment(state: State, referential, assessment, fmt: str) -> None:
    from .. import assessment_words as words
    from ..i18n import Interface

    if fmt == "json":
        import json

        click.echo(json.dumps(assessment_summary(referential, assessment), ensure_ascii=False, indent=2))
        return
    lang = state.text_language(referential)
    click.echo(click.style(printable(f"{assessment.title[lang]}  [{assessment.id}]"), bold=True))
    ui = Interface(state.lang)  # the ids in JSON, their words here
    click.echo(_("Work: {work}; hand-in: {hand_in}", work=words.work(assessment, ui), hand_in=words.hand_in(assessment, ui)))
    click.echo(_("Oral: {oral}", oral=words.oral_summary(assessment, ui)))
    click.echo()
    for deliverable in referential.deliverables_of(assessment.id):
        click.echo(printable(f"  {deliverable.id}  {deliverable.title[lang]}  ({', '.join(deliverable.competences)})"))
