"""`mind-templates referential export|validate`: print the loaded referential, or validate a school's own."""

from __future__ import annotations

import sys

import click

from ..exit_codes import ExitCode
from ..i18n import _
from ..terminal import printable
from .base import State


@click.group("referential")
def referential_group() -> None:
    """Export or validate a referential."""


@referential_group.command("export")
@click.option("--format", "fmt", type=click.Choice(["json", "yaml"]), default="yaml", show_default=True)
@click.pass_obj
def export_command(state: State, fmt: str) -> None:
    """Print the loaded referential as one file (a starting point for a school's own)."""
    from ..export import referential_to_data

    data = referential_to_data(state.referential())
    if fmt == "json":
        import json

        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        import yaml

        click.echo(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100), nl=False)


@referential_group.command("validate")
@click.argument("path", type=click.Path(readable=False), metavar="FILE")
def validate_command(path: str) -> None:
    """Validate a referential file or folder and report every problem at once."""
    from pathlib import Path

    from ..referential import validate

    problems = validate(Path(path))
    if problems:
        # Unreadable input is misuse (2), said in one line; a readable file with problems is a report (1).
        unreadable = any(p.unreadable for p in problems)
        for problem in problems:
            click.echo(printable(problem), err=True)
        if not (unreadable and len(problems) == 1):
            click.echo(_("{n} problem(s) found in {path}", n=len(problems), path=printable(path)), err=True)
        sys.exit(ExitCode.USAGE if unreadable else ExitCode.PROBLEMS)
    click.echo(_("{path}: valid", path=printable(path)))
