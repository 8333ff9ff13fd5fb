"""`mind-templates kit`: everything a teacher hands out for one assessment, in one folder or one zip."""

from __future__ import annotations

import sys

import click

from ..i18n import _
from ..terminal import printable
from .base import State


@click.command("kit")
@click.argument("assessment_id", metavar="ASSESSMENT")
@click.option("--vars", "vars_file", type=click.Path(dir_okay=False), metavar="KIT.yaml",
              # kit.vars.KIT_KEYS, written out so --help stays fast (tests/test_kit.py checks that they agree).
              help="school, class, teacher, client, case, context, constraints, deadline, oral_date, "
                   "candidates or teams, interviews.")
@click.option("-o", "--output", "output", type=click.Path(), default="kit", show_default=True,
              help="A folder to write into, or a FILE.zip.")
@click.option("--force", is_flag=True,
              help="Replace files that already exist. Without it a rerun adds the new candidates' files, rewrites "
                   "the index (a listing made from kit.yaml) and keeps everything else, the class workbook included.")
@click.pass_obj
def kit_command(state: State, assessment_id: str, vars_file: str | None, output: str, force: bool) -> None:
    """Write a teacher's kit for one assessment: brief, a folder per candidate or team, jury files, index."""
    from pathlib import Path

    from ..kit import KitPlan, KitVars, read_kit_vars, write_kit

    referential = state.referential()
    interviews = tuple(i.id for i in referential.interview_types)
    kit = read_kit_vars(Path(vars_file), interviews) if vars_file else KitVars()
    plan = KitPlan.make(referential, assessment_id, kit)
    for note in plan.notes:
        click.echo(note, err=True)
    target = Path(output)
    if sys.stderr.isatty():  # a bar for a person at a terminal; nothing in a script's log
        with click.progressbar(length=len(plan.files), label=_("Writing the kit"), file=sys.stderr) as bar:
            written, kept = write_kit(plan, target, force=force, progress=lambda _path: bar.update(1))
    else:
        written, kept = write_kit(plan, target, force=force)
    for path in written:
        click.echo(str(path))
    if kept:
        click.echo(_("kept {n} file(s) that already exist; pass --force to rewrite them", n=len(kept)), err=True)
        added = plan.new_members(kept)
        if added and plan.workbook() in kept:  # marks may already be typed in it: never rewritten behind the jury
            click.echo(_("the class workbook {path} was kept and does not list {names}: add them to it, or pass "
                         "--force to rewrite it (marks typed in it are then lost)", path=plan.workbook(),
                         names=printable(", ".join(m.name for m in added))), err=True)
