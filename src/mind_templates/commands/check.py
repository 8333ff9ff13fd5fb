"""`mind-templates check`: lint filled .docx/.pptx files against their deliverable."""

from __future__ import annotations

import os
import sys

import click

from ..check.formats import FORMATS
from ..check.options import DECK_MODES
from ..errors import MindTemplatesError, UsageError
from ..exit_codes import ExitCode
from ..i18n import _, activate, pick_language
from ..terminal import printable
from .base import State, find_deliverable


@click.command("check")
# readable=False: an unreadable file is reported as file-unreadable and the others are still checked.
@click.argument("paths", metavar="PATH...", nargs=-1, required=True, type=click.Path(readable=False))
@click.option("--deliverable", "deliverable_id", metavar="ID",
              help="Check every file against this deliverable instead of identifying it.")
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default=next(iter(FORMATS)), show_default=True)
@click.option("--strict", is_flag=True, help="Warnings fail the check too (exit code 1).")
@click.option("--min-words", type=click.IntRange(min=0), metavar="N",
              help="Minimum number of words for every section, instead of each section's own.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), metavar="N",
              help="How many files to check at once (default: the number of CPUs).")
@click.option("--annotate", "annotate_dir", type=click.Path(file_okay=False), metavar="DIR",
              help="Write into DIR a copy of each file with the problems in it (Word comments; feedback on the slides"
                   " of decks); inputs are never modified.")
@click.option("--deck-feedback", type=click.Choice(list(DECK_MODES)), default=DECK_MODES[0], show_default=True,
              help="With --annotate: decks get slide comments, or a Feedback paragraph atop each slide's notes.")
@click.option("--lang", "report_lang", metavar="LANG",
              help="Language of the report's messages (default: the interface language).")
@click.option("--summary", is_flag=True,
              help="With --format csv: one row per file (who, status, counts) instead of one per section.")
@click.option("--output", "-o", "output_path", type=click.Path(dir_okay=False), metavar="FILE",
              help="Write the report to FILE (atomically) instead of printing it; e.g. --format html -o report.html.")
@click.option("--force", is_flag=True, help="With -o: replace FILE if it exists.")
@click.pass_obj
def check_command(state: State, paths: tuple[str, ...], deliverable_id: str | None, fmt: str, strict: bool,
                  min_words: int | None, jobs: int | None, annotate_dir: str | None, report_lang: str | None,
                  deck_feedback: str, summary: bool, output_path: str | None, force: bool) -> None:
    """Check filled .docx/.pptx files (or folders of them) against their deliverable.

    Exit codes: 0 every file passes; 1 some file has an error-level finding (or a warning, with --strict);
    2 misuse, or some file could not be read. Every readable file is still checked and reported.
    """
    from pathlib import Path

    from ..check.formats import report_format
    from ..check.report import exit_code
    from ..check.model import CheckOptions
    from ..check.runner import collect_files, default_jobs, run_checks, start_worker_server
    from ..writers.output import refuse_existing

    format_class = report_format(fmt)
    if summary and not format_class.takes_summary:
        raise click.BadParameter(_("--summary applies to --format csv"), param_hint="--summary")
    if output_path is not None:
        # Before checking anything: a refused run costs nothing.
        refuse_existing([Path(output_path)], force)
        _writable_folder(str(Path(output_path).parent), "--output")

    problems: list[str] = []
    # Copies annotated by an earlier run are not submissions.
    skip = [annotate_dir] if annotate_dir else []
    files = collect_files(paths, problems=problems, skip=skip)
    if files:
        # The workers' server loads the readers the files need and the referential while this process loads
        # its own copy.
        start_worker_server(files)
    lang = state.lang
    if report_lang:
        try:
            lang = pick_language(report_lang)
        except MindTemplatesError as error:
            raise click.BadParameter(str(error), param_hint="--lang") from None
        activate(lang)
    referential = state.referential()
    if deliverable_id is not None:
        from ..dossier import deliverable_or_dossier

        if deliverable_or_dossier(referential, deliverable_id) is None:  # a case study's id names its dossier
            find_deliverable(referential, deliverable_id)

    for problem in problems:
        click.echo("mind-templates: " + _("cannot read the folder {problem}; it was skipped", problem=printable(problem)),
                   err=True)
    for path in paths:
        if Path(path).is_dir() and not collect_files([path], skip=skip):
            click.echo("mind-templates: " + _("no .docx, .docm, .pptx or .pptm file in {path}", path=printable(path)),
                       err=True)
    if not files:
        click.echo("mind-templates: " + _("nothing to check: give .docx or .pptx files, or folders holding them"),
                   err=True)
        sys.exit(ExitCode.USAGE)
    if annotate_dir is not None:
        _writable_folder(annotate_dir, "--annotate")

    options = CheckOptions(deliverable=deliverable_id, min_words=min_words, lang=lang, strict=strict,
                           annotate_dir=annotate_dir, deck_feedback=deck_feedback)
    color = False if os.environ.get("NO_COLOR") or output_path else None
    output = format_class(lang=lang, strict=strict, referential=referential, summary=summary)
    written: list[str] = []  # with -o, the report is kept and written once, whole
    reports = []
    shows_notes = output.shows_notes and not output_path
    with _Progress(len(files)) as progress:
        def emit(text: str) -> None:
            if output_path:
                written.append(text)
            elif text:
                progress.clear()  # stdout and stderr may share the terminal: the report never mixes with the bar
                click.echo(text, nl=False, color=color)

        for report in run_checks(files, state.referential_path, options, jobs or default_jobs()):
            reports.append(report)
            emit(output.file(report))
            if not shows_notes:
                if report.annotated:
                    progress.echo(_("Annotated copy: {path}", path=printable(report.annotated)))
                for note in report.notes:
                    progress.echo(printable(note))
            progress.update(1)  # drawn below what was just printed
    emit(output.end(reports))
    if output_path:
        _write_report(Path(output_path), "".join(written))
    code = exit_code(reports, strict)
    sys.exit(max(code, ExitCode.USAGE) if problems else code)


def _writable_folder(folder: str, option: str) -> None:
    """Refuse --annotate DIR or -o FILE before checking anything if the copies or the report could not be
    written there."""
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
            param_hint=option,
        ) from None


# Fewer files than this finish before a bar is worth drawing.
PROGRESS_MIN_FILES = 5


class _Progress:
    """A progress bar on stderr while files are checked, only when stderr is a terminal and there are more than
    a few files; never in the report. Lines said meanwhile (`echo`) go to stderr above the bar."""

    def __init__(self, total: int) -> None:
        self.bar = None
        if total > PROGRESS_MIN_FILES and sys.stderr.isatty():
            self.bar = click.progressbar(length=total, label=_("Checking"), file=sys.stderr, show_pos=True)

    def __enter__(self) -> _Progress:
        if self.bar is not None:
            self.bar.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)
            self.bar = None

    def update(self, n: int) -> None:
        if self.bar is not None:
            self.bar.update(n)

    def clear(self) -> None:
        """Blank the bar's line; the bar draws itself again on the next update."""
        if self.bar is not None:
            click.echo("\r\x1b[K", nl=False, err=True)

    def echo(self, text: str) -> None:
        self.clear()
        click.echo(text, err=True)


def _write_report(path: Path, text: str) -> None:
    from ..writers.output import atomic_save

    try:
        atomic_save(path, lambda temporary: temporary.write_text(text, encoding="utf-8"))
    except OSError as error:  # the folder was writable when the run started (a full disk, a removed USB stick)
        raise UsageError(
            _("cannot write the report to {path} ({error}); choose a folder you may write to",
              path=str(path), error=error.strerror or error)) from None
