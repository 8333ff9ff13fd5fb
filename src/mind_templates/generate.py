"""Plans and writes the files of `mind-templates new`: which formats, which names, all checked before any write."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterator, Mapping

from .errors import UsageError
from .i18n import _
from .model import Deliverable, Referential
from .writers.common import RenderRequest
from .writers.output import output_name, refuse_existing, save_file
from .writers.registry import WRITERS, format_of_template, not_listed


@dataclass(frozen=True)
class PlannedFile:
    path: Path
    fmt: str
    request: RenderRequest


@dataclass(frozen=True)
class GenerationPlan:
    files: tuple[PlannedFile, ...]
    notes: tuple[str, ...] = ()

    @classmethod
    def make(
        cls,
        referential: Referential,
        deliverables: list[Deliverable],
        *,
        fmt: str = "all",
        output_dir: Path = Path("."),
        doc_lang: str | None = None,
        oral_lang: str | None = None,
        fields: Mapping[str, str] | None = None,
        template: Path | None = None,
        today: date | None = None,
    ) -> "GenerationPlan":
        for lang in (doc_lang, oral_lang):
            if lang is not None and lang not in referential.languages:
                raise UsageError(_("the referential has no {lang!r} texts; use one of {langs}",
                                   lang=lang, langs=", ".join(referential.languages)))
        files, notes = [], []
        if template is not None and fmt == "all":
            # A template styles one format; the other would silently ignore it, so only its format is written.
            styled = format_of_template(template)
            if styled is not None:
                fmt = styled
                notes.append(_("--template {name} is a {fmt} template: writing only the {fmt} files "
                               "(run again with --format for the others)", name=template.name, fmt=fmt))
        for deliverable in deliverables:
            formats = deliverable.formats if fmt == "all" else (fmt,)
            for chosen in formats:
                if chosen not in deliverable.formats:
                    raise not_listed(deliverable, chosen)
                request = RenderRequest(
                    referential=referential,
                    deliverable=deliverable,
                    doc_lang=doc_lang or deliverable.document_language,
                    oral_lang=oral_lang or deliverable.oral_language,
                    fields=dict(fields or {}),
                    template=template,
                    **({"today": today} if today else {}),
                )
                notes.extend(n for n in language_warnings(request) if n not in notes)
                name = output_name(deliverable.id, request.doc_lang, chosen)
                files.append(PlannedFile(output_dir / name, chosen, request))
        return cls(tuple(files), tuple(notes))


def language_warnings(request: RenderRequest) -> list[str]:
    """A warning when the document is asked in another language than the one the seed requires for it."""
    rule = request.assessment.language_rule
    if rule is None or request.doc_lang == rule.document:
        return []
    return [_("warning: {id} is written in {lang}, but the jury expects {expected}; the seed says: « {words} »",
              id=request.deliverable.id, lang=request.doc_lang, expected=rule.document, words=rule.seed_words)]


def generate(plan: GenerationPlan, *, force: bool = False) -> Iterator[Path]:
    """Write every planned file atomically; refuse up front if any exists and force is off."""
    refuse_existing([f.path for f in plan.files], force)
    for planned in plan.files:
        write = WRITERS[planned.fmt].load()
        yield save_file(planned.path, lambda target, p=planned, w=write: w(p.request, target))
