"""`mind-templates grid`: jury evaluation grids, Word to print and Excel to grade a class."""

from __future__ import annotations

import click

from .base import State, parse_sets


@click.command("grid")
@click.argument("targets", metavar="TARGET...", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["docx", "xlsx", "all"]), default="all", show_default=True,
              help="A Word grid to print, an Excel workbook to grade a class, or both.")
@click.option("-o", "--output", "output_dir", type=click.Path(file_okay=False), default=".", show_default=True,
              help="Folder to write into (created if missing).")
@click.option("--lang", "grid_lang", metavar="LANG",
              help="Language of the grid (default: French, the seed's words, when the referential has it).")
@click.option("--candidate", "candidates", metavar="NAME", multiple=True, help="A candidate (repeat for several).")
@click.option("--candidates", "candidates_file", type=click.Path(dir_okay=False), metavar="FILE",
              help="A UTF-8 text file with one candidate per line: one sheet each in the workbook.")
@click.option("--set", "sets", metavar="KEY=VALUE", multiple=True,
              help="A header field: candidate, team, jury, school, date (YYYY-MM-DD).")
@click.option("--force", is_flag=True, help="Replace files that already exist.")
@click.pass_obj
def grid_command(state: State, targets: tuple[str, ...], fmt: str, output_dir: str, grid_lang: str | None,
                 candidates: tuple[str, ...], candidates_file: str | None, sets: tuple[str, ...], force: bool) -> None:
    """Write jury evaluation grids for deliverables or whole assessments (e.g. risk-policy, project-cx)."""
    from pathlib import Path

    from ..grids import GridPlan, read_candidates, write_grids
    from ..grids.model import default_language

    referential = state.referential()
    names = [*(read_candidates(Path(candidates_file)) if candidates_file else ()), *candidates]
    plan = GridPlan.make(referential, list(targets), fmt=fmt, output_dir=Path(output_dir),
                         lang=grid_lang or default_language(referential), candidates=names, fields=parse_sets(sets))
    for note in plan.notes:
        click.echo(note, err=True)
    for path in write_grids(plan, force=force):
        click.echo(str(path))
