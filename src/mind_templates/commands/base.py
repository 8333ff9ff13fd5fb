"""What every command shares: library errors turned into one line and an exit code, the state, deliverable look-up."""

from __future__ import annotations

import errno
import importlib
import os
import sys
from typing import Any

import click

from ..errors import MindTemplatesError, UnknownDeliverableError
from ..exit_codes import ExitCode
from ..i18n import _
from ..terminal import printable

# Writing the report failed: a full disk (`> /dev/full`), a quota, a file size limit, a device error.
_OUTPUT_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO}


def _discard_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real stdout (a test runner's): nothing will be flushed
        pass


class Group(click.Group):
    """Turns library errors into one line on stderr and their exit code; never a traceback.

    `lazy_commands` names each command's module in this package as "module:attribute": a module is imported
    when its command runs or `--help` lists it, so that `list` loads nothing of `check`, nor `check` of `new`.
    """

    def __init__(self, *args: Any, lazy_commands: dict[str, str] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy_commands = dict(lazy_commands or {})

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *self.lazy_commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in self.lazy_commands:
            module, _, attribute = self.lazy_commands[cmd_name].partition(":")
            self.add_command(getattr(importlib.import_module(f"{__package__}.{module}"), attribute), cmd_name)
        return super().get_command(ctx, cmd_name)

    def resolve_command(self, ctx: click.Context, args: list[str]) -> Any:
        try:
            return super().resolve_command(ctx, args)
        except click.exceptions.NoSuchCommand as error:  # click suggests from the commands loaded: offer them all
            raise click.exceptions.NoSuchCommand(error.command_name, possibilities=self.list_commands(ctx),
                                                 ctx=ctx) from None

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except MindTemplatesError as error:
            click.echo(f"mind-templates: {printable(error, keep_lines=True)}", err=True)
            ctx.exit(error.exit_code)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except BrokenPipeError:  # `mind-templates list | head` closed the pipe: nothing left to say
            sys.stderr.close()
            ctx.exit(ExitCode.OK)
        except KeyboardInterrupt:
            click.echo("mind-templates: " + _("interrupted; files already written are complete, others untouched"), err=True)
            ctx.exit(ExitCode.INTERRUPTED)
        except Exception as error:  # the last guard: a bug must still not show a user a traceback
            if isinstance(error, OSError) and error.errno in _OUTPUT_ERRNOS:
                _discard_stdout()  # what is still buffered would fail again at exit, with a traceback
                click.echo("mind-templates: " + _("cannot write the output ({error}); free some space or write it "
                                                  "elsewhere", error=error.strerror or error), err=True)
                ctx.exit(ExitCode.USAGE)
            if os.environ.get("MIND_TEMPLATES_DEBUG"):
                raise
            click.echo(
                "mind-templates: "
                + _("internal error ({kind}: {error}); please report it, with MIND_TEMPLATES_DEBUG=1 for details",
                    kind=type(error).__name__, error=printable(error)),
                err=True,
            )
            ctx.exit(ExitCode.INTERNAL)


class State:
    """What every command needs: the interface language and the referential to use."""

    def __init__(self, lang: str, referential_path: str | None) -> None:
        self.lang = lang
        self.referential_path = referential_path

    def referential(self):
        from ..referential import load_referential

        return load_referential(self.referential_path)

    def text_language(self, referential) -> str:
        """Referential texts follow the interface language when the referential has it."""
        return self.lang if self.lang in referential.languages else referential.languages[0]


def find_deliverable(referential, deliverable_id: str):
    found = referential.get_deliverable(deliverable_id)
    if found is not None:
        if found.id != deliverable_id:  # a former id the referential says this deliverable replaces
            click.echo("mind-templates: " + _("{old} is now part of {new}; using {new}", old=deliverable_id, new=found.id),
                       err=True)
        return found
    from ..model import nearest_ids

    near = nearest_ids(deliverable_id, referential.deliverable_ids())
    hint = _("did you mean {ids}?", ids=", ".join(near)) if near else _("run 'mind-templates list' to see them")
    error = UnknownDeliverableError(_("unknown deliverable {id!r}; {hint}", id=deliverable_id, hint=hint), near)
    raise error


def find_deliverables(referential, target: str) -> list:
    """`new`'s targets: an assessment id gives its dossier (or each of its deliverables), else one deliverable."""
    assessment = referential.get_assessment(target)
    if assessment is not None:
        from ..dossier import deliverables_to_write

        return deliverables_to_write(referential, assessment)
    return [find_deliverable(referential, target)]


def deliverable_summary(deliverable) -> dict[str, Any]:
    return {
        "id": deliverable.id,
        "title": deliverable.title.as_dict(),
        "assessment": deliverable.assessment,
        "competences": list(deliverable.competences),
        "formats": list(deliverable.formats),
        "languages": {"document": deliverable.document_language, "oral": deliverable.oral_language},
        "team": deliverable.team,
    }


def assessment_summary(referential, assessment) -> dict[str, Any]:
    """The JSON shape of an assessment in `list --assessments` and `show ASSESSMENT`."""
    from ..export import assessment_data

    return {**assessment_data(assessment), "deliverables": [d.id for d in referential.deliverables_of(assessment.id)]}


def parse_sets(values: tuple[str, ...]) -> dict[str, str]:
    """`--set KEY=VALUE` options as a mapping; a value without `=` is misuse."""
    pairs: dict[str, str] = {}
    for value in values:
        key, sep, text = value.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(_("expected KEY=VALUE, e.g. client=Acme; got {value!r}", value=value),
                                     param_hint="--set")
        pairs[key.strip()] = text
    return pairs
