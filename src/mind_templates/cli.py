"""The `mind-templates` command line: the global options, and the commands of `commands/` assembled.

Each command lives in its own module of `commands/`; adding one is one module there and one line in COMMANDS.
"""

from __future__ import annotations

import atexit
import gc

import click

from . import __version__
from .commands.base import Group, State
from .errors import MindTemplatesError
from .i18n import activate, pick_language

# At exit everything still alive dies with the process: frozen, it is spared the interpreter's last garbage
# collections, which would scan all of it (about 9 ms of `list`, 10 ms of `check`). Python never promised
# to finalise objects still alive at exit; files and reports are closed and written before it.
atexit.register(gc.freeze)

# Command name -> "module:attribute" in commands/, imported only when the command runs (or --help lists it).
COMMANDS = {
    "list": "list:list_command",
    "show": "show:show_command",
    "new": "new:new_command",
    "grid": "grid:grid_command",
    "kit": "kit:kit_command",
    "check": "check:check_command",
    "referential": "referential:referential_group",
    "serve": "serve:serve_command",
}


@click.group(cls=Group, lazy_commands=COMMANDS, context_settings={"help_option_names": ["-h", "--help"]})
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
