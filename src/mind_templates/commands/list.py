"""`mind-templates list`: every deliverable, with its assessment, competences and formats."""

from __future__ import annotations


import click

from ..i18n import _
from .base import State, deliverable_summary


@click.command("list")
@click.option("--assessment", metavar="ID", help="Only the deliverables of this assessment (e.g. project-cx).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_obj
def list_command(state: State, assessment: str | None, fmt: str) -> None:
    """List every deliverable, with its assessment, competences and formats."""
    referential = state.referential()
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
        (d.id, d.title[lang], d.assessment, " ".join(d.competences), "+".join(d.formats))
        for d in chosen
    ]
    click.echo(_table(header, rows))
    click.echo(_("{n} deliverable(s)", n=len(rows)))


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    line = lambda r: "  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip()  # noqa: E731
    return "\n".join([click.style(line(header), bold=True), line(tuple("-" * w for w in widths)), *map(line, rows)])
