"""The `mind-templates` command line: the global options, and the commands of `commands/` assembled.

Each command lives in its own module of `commands/`; adding one is one module there and one line below.
"""

from __future__ import annotations

import click

from . import __version__
from .commands.base import Group, State
from .commands.check import check_command
from .commands.grid import grid_command
from .commands.kit import kit_command
from .commands.list import list_command
from .commands.new import new_command
from .commands.referential import referential_group
from .commands.serve import serve_command
from .commands.show import show_command
from .errors import MindTemplatesError
from .i18n import activate, pick_language


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="mind-templates")
@click.option("--lang", "lang", metavar="LANG", help="Interface language (default: from LANGUAGE/LC_ALL/LANG).")
@click.option(
    "--referential",
    "referential_path",
    type=click.Path(dir_okay=True, readable=False),  # reading it reports a problem in one line, with its code
    envvar="MIND_TEMPLATES_REFERENTIAL",
    help="Use this referential YAML file (or folder) instead of the shipped one.",
)
@click.pass_context
def main(ctx: click.Context, lang: str | None, referential_path: str | None) -> None:
    """Templates and checks for the 'Manageur de l'innovation numérique' certification deliverables."""
    try:
        chosen = pick_language(lang)
    except MindTemplatesError as error:
        raise click.BadParameter(str(error), param_hint="--lang") from None
    activate(chosen)
    ctx.obj = State(chosen, referential_path)


main.add_command(list_command)
main.add_command(show_command)
main.add_command(new_command)
main.add_command(grid_command)
main.add_command(kit_command)
main.add_command(check_command)
main.add_command(referential_group)
main.add_command(serve_command)
