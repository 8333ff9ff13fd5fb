"""`mind-templates new`: write the Word skeleton and slide deck of one or more deliverables."""

from __future__ import annotations

from typing import Any

import click

from ..i18n import _
from ..terminal import printable
from ..writers.registry import FORMATS
from .base import State, find_deliverables, parse_sets


def _read_vars(path: str | None) -> dict[str, Any]:
    if path is None:
        return {}
    import yaml

    from ..option_files import VARS_MAX_BYTES, OptionFileError, load_yaml

    try:
        data = load_yaml(path, VARS_MAX_BYTES)  # an unsafe file is an OptionFileError: one line, exit 2
    except yaml.YAMLError as error:
        raise OptionFileError(_("cannot read {path}: {error}", path=path, error=" ".join(str(error).split())),
                              code="option-file-invalid-yaml") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise click.BadParameter(_("{path} must map field names to values, e.g. client: Acme", path=path),
                                 param_hint="--vars")
    return {str(k): v for k, v in data.items()}


@click.command("new")
@click.argument("deliverable_ids", metavar="DELIVERABLE|ASSESSMENT...", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice([*FORMATS, "all"]), default="all", show_default=True,
              help="Which files to write; 'all' gives each deliverable the formats the referential lists.")
@click.option("-o", "--output", "output_dir", type=click.Path(file_okay=False), default=".", show_default=True,
              help="Folder to write into (created if missing).")
@click.option("--doc-lang", metavar="LANG", help="Language of the document and slides (default: the referential's).")
@click.option("--oral-lang", metavar="LANG", help="Language of the speaker notes (default: the referential's).")
@click.option("--set", "sets", metavar="KEY=VALUE", multiple=True,
              help="A cover field: project, client, team, candidate, school, date (YYYY-MM-DD), company, duration.")
# readable=False: reading them reports an unreadable file in one line, with its code.
@click.option("--vars", "vars_file", type=click.Path(dir_okay=False, readable=False),
              help="A YAML file of cover fields.")
@click.option("--template", type=click.Path(dir_okay=False, readable=False),
              help="A school's .docx or .pptx whose styles to use.")
@click.option("--force", is_flag=True, help="Replace files that already exist.")
@click.pass_obj
def new_command(state: State, deliverable_ids: tuple[str, ...], fmt: str, output_dir: str, doc_lang: str | None,
                oral_lang: str | None, sets: tuple[str, ...], vars_file: str | None, template: str | None,
                force: bool) -> None:
    """Write the Word skeleton and slide deck of one or more deliverables.

    An assessment handed in as one dossier (e.g. case-study-1) gives one dossier and one deck."""
    from pathlib import Path

    from ..generate import GenerationPlan, generate
    from ..writers.common import parse_fields

    referential = state.referential()
    deliverables = [d for target in dict.fromkeys(deliverable_ids) for d in find_deliverables(referential, target)]
    fields = parse_fields({**_read_vars(vars_file), **parse_sets(sets)})
    plan = GenerationPlan.make(
        referential, deliverables, fmt=fmt, output_dir=Path(output_dir), doc_lang=doc_lang, oral_lang=oral_lang,
        fields=fields, template=Path(template) if template else None,
    )
    for note in plan.notes:
        click.echo(printable(note), err=True)
    for path in generate(plan, force=force):
        click.echo(printable(path))
