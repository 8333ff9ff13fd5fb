"""`mind-templates check`: lint filled .docx/.pptx files against their deliverable."""

from __future__ import annotations

import os
import sys

import click

from ..check.formats import FORMATS
from ..errors import MindTemplatesError
from ..exit_codes import ExitCode
from ..i18n import _, activate, pick_language
from .base import State, find_deliverable


@click.command("check")
@click.argument("paths", metavar="PATH...", nargs=-1, required=True, type=click.Path())
@click.option("--deliverable", "deliverable_id", metavar="ID",
              help="Check every file against this deliverable instead of identifying it.")
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default=next(iter(FORMATS)), show_default=True)
@click.option("--strict", is_flag=True, help="Warnings fail the check too (exit code 1).")
@click.option("--min-words", type=click.IntRange(min=0), metavar="N",
              help="Minimum number of words for every section, instead of each section's own.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), metavar="N",
              help="How many files to check at once (default: the number of CPUs).")
@click.option("--annotate", "annotate_dir", type=click.Path(file_okay=False), metavar="DIR",
              help="Write into DIR a copy of each Word file with a comment at each problem; inputs are never modified.")
@click.option("--lang", "report_lang", metavar="LANG",
              help="Language of the report's messages (default: the interface language).")
@click.pass_obj
def check_command(state: State, paths: tuple[str, ...], deliverable_id: str | None, fmt: str, strict: bool,
                  min_words: int | None, jobs: int | None, annotate_dir: str | None, report_lang: str | None) -> None:
    """Check filled .docx/.pptx files (or folders of them) against their deliverable.

    Exit codes: 0 every file passes; 1 some file has an error-level finding (or a warning, with --strict);
    2 misuse, or some file could not be read. Every readable file is still checked and reported.
    """
    from pathlib import Path

    from ..check.formats import report_format
    from ..check.report import exit_code
    from ..check.model import CheckOptions
    from ..check.runner import collect_files, default_jobs, run_checks, start_worker_server

    # The workers' server loads the readers and the referential while this process loads its own copy.
    start_worker_server()
    lang = state.lang
    if report_lang:
        try:
            lang = pick_language(report_lang)
        except MindTemplatesError as error:
            raise click.BadParameter(str(error), param_hint="--lang") from None
        activate(lang)
    referential = state.referential()
    if deliverable_id is not None:
        find_deliverable(referential, deliverable_id)

    problems: list[str] = []
    # Copies annotated by an earlier run are not submissions.
    skip = [annotate_dir] if annotate_dir else []
    files = collect_files(paths, problems=problems, skip=skip)
    for problem in problems:
        click.echo("mind-templates: " + _("cannot read the folder {problem}; it was skipped", problem=problem), err=True)
    for path in paths:
        if Path(path).is_dir() and not collect_files([path], skip=skip):
            click.echo("mind-templates: " + _("no .docx, .docm, .pptx or .pptm file in {path}", path=path), err=True)
    if not files:
        click.echo("mind-templates: " + _("nothing to check: give .docx or .pptx files, or folders holding them"),
                   err=True)
        sys.exit(ExitCode.USAGE)
    if annotate_dir is not None:
        _writable_folder(annotate_dir)

    options = CheckOptions(deliverable=deliverable_id, min_words=min_words, lang=lang, strict=strict,
                           annotate_dir=annotate_dir)
    color = False if os.environ.get("NO_COLOR") else None
    output = report_format(fmt)(lang=lang, strict=strict, referential=referential)
    reports = []
    for report in run_checks(files, state.referential_path, options, jobs or default_jobs()):
        reports.append(report)
        click.echo(output.file(report), nl=False, color=color)
        if not output.shows_notes:
            if report.annotated:
                click.echo(_("Annotated copy: {path}", path=report.annotated), err=True)
            for note in report.notes:
                click.echo(note, err=True)
    click.echo(output.end(reports), nl=False, color=color)
    code = exit_code(reports, strict)
    sys.exit(max(code, ExitCode.USAGE) if problems else code)


def _writable_folder(folder: str) -> None:
    """Refuse --annotate DIR before checking anything if the copies could not be written there."""
    import tempfile
    from pathlib import Path

    try:
        Path(folder).mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as error:
        raise click.BadParameter(
            _("cannot write into {folder} ({error}); choose a folder you may write to",
              folder=folder, error=error.strerror or error),
            param_hint="--annotate",
        ) from None
