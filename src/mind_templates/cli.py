"""The `mind-templates` command line: collects options, calls the library, owns exit codes.

Heavy modules (python-docx, python-pptx, the writers) are imported inside commands so `--help` stays fast.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import click

from . import __version__
from .errors import MindTemplatesError, UnknownDeliverableError
from .i18n import _, activate, pick_language

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


class _Group(click.Group):
    """Turns library errors into one line on stderr and their exit code; never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except MindTemplatesError as error:
            click.echo(f"mind-templates: {error}", err=True)
            ctx.exit(error.exit_code)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except BrokenPipeError:  # `mind-templates list | head` closed the pipe: nothing left to say
            sys.stderr.close()
            ctx.exit(EXIT_OK)
        except KeyboardInterrupt:
            click.echo("mind-templates: " + _("interrupted; files already written are complete, others untouched"), err=True)
            ctx.exit(130)
        except Exception as error:  # the last guard: a bug must still not show a user a traceback
            if os.environ.get("MIND_TEMPLATES_DEBUG"):
                raise
            click.echo(
                "mind-templates: "
                + _("internal error ({kind}: {error}); please report it, with MIND_TEMPLATES_DEBUG=1 for details",
                    kind=type(error).__name__, error=error),
                err=True,
            )
            ctx.exit(EXIT_INTERNAL)


class State:
    """What every command needs: the interface language and the referential to use."""

    def __init__(self, lang: str, referential_path: str | None) -> None:
        self.lang = lang
        self.referential_path = referential_path

    def referential(self):
        from .referential import load_referential

        return load_referential(self.referential_path)

    def text_language(self, referential) -> str:
        """Referential texts follow the interface language when the referential has it."""
        return self.lang if self.lang in referential.languages else referential.languages[0]


def _early_language() -> str:
    """Pick the interface language before click parses, so that --help itself is translated."""
    argv = sys.argv[1:]
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return ""


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="mind-templates")
@click.option("--lang", "lang", metavar="LANG", help="Interface language (default: from LANGUAGE/LC_ALL/LANG).")
@click.option(
    "--referential",
    "referential_path",
    type=click.Path(dir_okay=True),
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


def _find_deliverable(referential, deliverable_id: str):
    found = referential.get_deliverable(deliverable_id)
    if found is not None:
        return found
    from .model import nearest_ids

    near = nearest_ids(deliverable_id, referential.deliverable_ids())
    hint = _("did you mean {ids}?", ids=", ".join(near)) if near else _("run 'mind-templates list' to see them")
    error = UnknownDeliverableError(_("unknown deliverable {id!r}; {hint}", id=deliverable_id, hint=hint), near)
    raise error


def _deliverable_summary(deliverable) -> dict[str, Any]:
    return {
        "id": deliverable.id,
        "title": deliverable.title.as_dict(),
        "assessment": deliverable.assessment,
        "competences": list(deliverable.competences),
        "formats": list(deliverable.formats),
        "languages": {"document": deliverable.document_language, "oral": deliverable.oral_language},
        "team": deliverable.team,
    }


@main.command("list")
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
        click.echo(json.dumps([_deliverable_summary(d) for d in chosen], ensure_ascii=False, indent=2))
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


def deliverable_detail(referential, deliverable) -> dict[str, Any]:
    """The JSON shape of `show`: summary, sections in order, and the criteria they answer."""
    detail = _deliverable_summary(deliverable)
    detail["sections"] = [
        {
            "id": s.id,
            "level": s.level,
            "title": s.title.as_dict(),
            "aliases": {lang: list(a) for lang, a in s.aliases.items()},
            "kind": s.kind,
            "required": s.required,
            "min_words": s.min_words,
            "criteria": list(s.criteria),
        }
        for s in deliverable.sections
    ]
    detail["criteria"] = [
        {
            "id": c.id,
            "competence": c.competence,
            "group": c.group.as_dict(),
            "text": c.text.as_dict(),
            **({"interviews": list(c.interviews)} if c.interviews else {}),
        }
        for c in map(referential.criterion, deliverable.criteria_ids)
    ]
    return detail


@main.command("show")
@click.argument("deliverable_id", metavar="DELIVERABLE")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_obj
def show_command(state: State, deliverable_id: str, fmt: str) -> None:
    """Show one deliverable's outline and the jury criteria each section answers."""
    referential = state.referential()
    deliverable = _find_deliverable(referential, deliverable_id)
    if fmt == "json":
        click.echo(json.dumps(deliverable_detail(referential, deliverable), ensure_ascii=False, indent=2))
        return
    lang = state.text_language(referential)
    assessment = referential.assessment(deliverable.assessment)
    click.echo(click.style(f"{deliverable.title[lang]}  [{deliverable.id}]", bold=True))
    click.echo(_("Assessment: {name}", name=assessment.title[lang]))
    click.echo(_("Competences: {ids}", ids=", ".join(deliverable.competences)))
    click.echo(_("Formats: {formats}", formats=", ".join(deliverable.formats)))
    click.echo(_("Document language: {doc}; oral language: {oral}",
                 doc=deliverable.document_language, oral=deliverable.oral_language))
    click.echo()
    for label, section in zip(deliverable.outline_numbers(), deliverable.sections):
        indent = "   " * (section.level - 1)
        optional = "" if section.required else " " + _("(optional)")
        click.echo(f"{indent}{click.style(label + ' ' + section.title[lang], bold=True)}{optional}  "
                   f"[{section.id}, {section.kind}]")
        for criterion_id in section.criteria:
            criterion = referential.criterion(criterion_id)
            click.echo(f"{indent}     {criterion_id}  {criterion.text[lang]}")


@main.group("referential")
def referential_group() -> None:
    """Export or validate a referential."""


@referential_group.command("export")
@click.option("--format", "fmt", type=click.Choice(["json", "yaml"]), default="yaml", show_default=True)
@click.pass_obj
def export_command(state: State, fmt: str) -> None:
    """Print the loaded referential as one file (a starting point for a school's own)."""
    from .export import referential_to_data

    data = referential_to_data(state.referential())
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        import yaml

        click.echo(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100), nl=False)


@referential_group.command("validate")
@click.argument("path", type=click.Path(), metavar="FILE")
def validate_command(path: str) -> None:
    """Validate a referential file or folder and report every problem at once."""
    from .referential import validate

    problems = validate(Path(path))
    if problems:
        for problem in problems:
            click.echo(str(problem), err=True)
        click.echo(_("{n} problem(s) found in {path}", n=len(problems), path=path), err=True)
        # Unreadable input is misuse (2); a readable file with problems is a report (1).
        unreadable = len(problems) == 1 and problems[0].path in ("-",) or any("not valid YAML" in p.message for p in problems)
        sys.exit(EXIT_USAGE if unreadable else EXIT_PROBLEMS)
    click.echo(_("{path}: valid", path=path))


def _parse_sets(values: tuple[str, ...]) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for value in values:
        key, sep, text = value.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(_("expected KEY=VALUE, e.g. client=Acme; got {value!r}", value=value),
                                     param_hint="--set")
        pairs[key.strip()] = text
    return pairs


def _read_vars(path: str | None) -> dict[str, Any]:
    if path is None:
        return {}
    import yaml

    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise click.BadParameter(_("cannot read {path}: {error}", path=path, error=error), param_hint="--vars") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise click.BadParameter(_("{path} must map field names to values, e.g. client: Acme", path=path),
                                 param_hint="--vars")
    return {str(k): v for k, v in data.items()}


@main.command("new")
@click.argument("deliverable_ids", metavar="DELIVERABLE...", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["docx", "pptx", "all"]), default="all", show_default=True,
              help="Which files to write; 'all' gives each deliverable the formats the referential lists.")
@click.option("-o", "--output", "output_dir", type=click.Path(file_okay=False), default=".", show_default=True,
              help="Folder to write into (created if missing).")
@click.option("--doc-lang", metavar="LANG", help="Language of the document and slides (default: the referential's).")
@click.option("--oral-lang", metavar="LANG", help="Language of the speaker notes (default: the referential's).")
@click.option("--set", "sets", metavar="KEY=VALUE", multiple=True,
              help="A cover field: project, client, team, candidate, school, date (YYYY-MM-DD), company, duration.")
@click.option("--vars", "vars_file", type=click.Path(dir_okay=False), help="A YAML file of cover fields.")
@click.option("--template", type=click.Path(dir_okay=False), help="A school's .docx or .pptx whose styles to use.")
@click.option("--force", is_flag=True, help="Replace files that already exist.")
@click.pass_obj
def new_command(state: State, deliverable_ids: tuple[str, ...], fmt: str, output_dir: str, doc_lang: str | None,
                oral_lang: str | None, sets: tuple[str, ...], vars_file: str | None, template: str | None,
                force: bool) -> None:
    """Write the Word skeleton and slide deck of one or more deliverables."""
    from .generate import GenerationPlan, generate
    from .writers.common import parse_fields

    referential = state.referential()
    deliverables = [_find_deliverable(referential, d) for d in dict.fromkeys(deliverable_ids)]
    fields = parse_fields({**_read_vars(vars_file), **_parse_sets(sets)})
    plan = GenerationPlan.make(
        referential, deliverables, fmt=fmt, output_dir=Path(output_dir), doc_lang=doc_lang, oral_lang=oral_lang,
        fields=fields, template=Path(template) if template else None,
    )
    for note in plan.notes:
        click.echo(note, err=True)
    for path in generate(plan, force=force):
        click.echo(str(path))


@main.command("grid")
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
    from .grids import GridPlan, read_candidates, write_grids
    from .grids.model import default_language

    referential = state.referential()
    names = [*(read_candidates(Path(candidates_file)) if candidates_file else ()), *candidates]
    plan = GridPlan.make(referential, list(targets), fmt=fmt, output_dir=Path(output_dir),
                         lang=grid_lang or default_language(referential), candidates=names, fields=_parse_sets(sets))
    for note in plan.notes:
        click.echo(note, err=True)
    for path in write_grids(plan, force=force):
        click.echo(str(path))


@main.command("check")
@click.argument("paths", metavar="PATH...", nargs=-1, required=True, type=click.Path())
@click.option("--deliverable", "deliverable_id", metavar="ID",
              help="Check every file against this deliverable instead of identifying it.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "csv"]), default="text", show_default=True)
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
    from .check import report as render
    from .check.model import CheckOptions
    from .check.runner import collect_files, default_jobs, run_checks, start_worker_server

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
        _find_deliverable(referential, deliverable_id)

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
        sys.exit(EXIT_USAGE)
    if annotate_dir is not None:
        _writable_folder(annotate_dir)

    options = CheckOptions(deliverable=deliverable_id, min_words=min_words, lang=lang, strict=strict,
                           annotate_dir=annotate_dir)
    color = False if os.environ.get("NO_COLOR") else None
    reports = []
    for report in run_checks(files, state.referential_path, options, jobs or default_jobs()):
        reports.append(report)
        if fmt == "text":
            click.echo(render.render_text_file(report, lang=lang, strict=strict, referential=referential) + "\n",
                       color=color)
            continue
        if fmt == "csv":
            click.echo(render.render_csv([report], strict, header=len(reports) == 1), nl=False)
        if report.annotated:
            click.echo(_("Annotated copy: {path}", path=report.annotated), err=True)
        for note in report.notes:
            click.echo(note, err=True)
    if fmt == "json":
        click.echo(render.render_json(reports, strict))
    elif fmt == "text":
        click.echo(render.render_text_summary(reports, lang=lang, strict=strict), color=color)
    code = render.exit_code(reports, strict)
    sys.exit(max(code, EXIT_USAGE) if problems else code)


def _writable_folder(folder: str) -> None:
    """Refuse --annotate DIR before checking anything if the copies could not be written there."""
    import tempfile

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
