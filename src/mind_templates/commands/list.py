"""`mind-templates list`: every deliverable, with its assessment, competences and formats."""

from __future__ import annotations


import click

from ..i18n import _
from ..terminal import printable
from .base import State, assessment_summary, deliverable_summary


@click.command("list")
@click.option("--assessment", metavar="ID", help="Only the deliverables of this assessment (e.g. project-cx).")
@click.option("--assessments", "assessments", is_flag=True,
              help="List the assessments instead: deliverables, team or individual work, hand-in and oral.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_obj
def list_command(state: State, assessment: str | None, assessments: bool, fmt: str) -> None:
    """List every deliverable, with its assessment, competences and formats."""
    referential = state.referential()
    if assessments:
        _list_assessments(state, referential, fmt)
        return
    if assessment is not None and assessment not in {a.id for a in referential.assessments}:
        known = ", ".join(a.id for a in referential.assessments)
        raise click.BadParameter(_("unknown assessment {id!r}; use one of {known}", id=assessment, known=known),
                                 param_hint="--assessment")
    chosen = [d for d in referential.deliverables if assessment in (None, d.assessment)]
    if fmt == "json":
        import json

        click.echo(json.dumps([deliverable_summary(d) for d in chosen], ensure_ascii=False, indent=2))
        return
    lang = state.text_language(referential)
    header = (_("ID"), _("Title"), _("Assessment"), _("Competences"), _("Formats"))
    rows = [
        tuple(map(printable, (d.id, d.title[lang], d.assessment, " ".join(d.competences), "+".join(d.formats))))
        for d in chosen  # a school's referential is text from outside: shown, never obeyed by the terminal
    ]
    click.echo(_table(header, rows))
    click.echo(_("{n} deliverable(s)", n=len(rows)))


def _list_assessments(state: State, referential, fmt: str) -> None:
    from .. import assessment_words as words
    from ..i18n import Interface

    if fmt == "json":
        import json

        click.echo(json.dumps([assessment_summary(referential, a) for a in referential.assessments],
                              ensure_ascii=False, indent=2))
        return
    lang = state.text_language(referential)
    header = (_("ID"), _("Title"), _("Work"), _("Hand-in"), _("Oral"), _("Deliverables"))
    ui = Interface(state.lang)  # the ids in JSON, their words here
    rows = [tuple(map(printable, (a.id, a.title[lang], words.work(a, ui), words.hand_in(a, ui), words.oral_summary(a, ui),
                                  " ".join(d.id for d in referential.deliverables_of(a.id)))))
            for a in referential.assessments]
    click.echo(_table(header, rows))
    click.echo(_("{n} assessment(s)", n=len(rows)))


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    line = lambda r: "  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip()  # noqa: E731
    return "\n".join([click.style(line(header), bold=True), line(tuple("-" * w for w in widths)), *map(line, rows)])
