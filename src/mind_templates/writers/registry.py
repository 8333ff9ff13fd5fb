"""Which writer makes which file: the one mapping from a format to its writer.

`mind-templates new --format`, `generate`, the referential's `formats:` validation and `--template`'s
format all derive from WRITERS. A new generated format is one module under writers/ whose function takes
(RenderRequest, Path), plus one line below. Writers are imported on first use, so this module is cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Callable, NamedTuple

from ..i18n import N_

if TYPE_CHECKING:
    from pathlib import Path


class Writer(NamedTuple):
    fmt: str  # the --format value and the file's suffix
    entry: str  # "module:function"; the function writes one RenderRequest to a Path
    template_suffixes: tuple[str, ...] = ()  # suffixes of the --template files that style this format
    # Why a deliverable whose `formats:` lacks this one gets none, and what to do (a message id with {id});
    # None for the usual "is not written as a ... file".
    not_listed: str | None = None

    def load(self) -> Callable:
        module, _, function = self.entry.partition(":")
        return getattr(importlib.import_module(module), function)


WRITERS = {
    "docx": Writer("docx", "mind_templates.writers.docx:write_docx", (".docx", ".dotx")),
    "pptx": Writer("pptx", "mind_templates.writers.pptx:write_pptx", (".pptx", ".potx"), N_(
        "{id} has no oral presentation in the referential, so it gets no deck; "
        "generate its Word document with --format docx")),
}
FORMATS = tuple(WRITERS)


def format_of_template(template: Path) -> str | None:
    """The format a --template file styles, from its suffix; None when no writer takes it."""
    suffix = template.suffix.lower()
    return next((w.fmt for w in WRITERS.values() if suffix in w.template_suffixes), None)


def not_listed(deliverable, fmt: str):
    """The UsageError for asking a deliverable for a format its `formats:` does not list."""
    from ..errors import UsageError
    from ..i18n import _

    reason = WRITERS[fmt].not_listed if fmt in WRITERS else None
    if reason is not None:
        return UsageError(_(reason, id=deliverable.id))
    return UsageError(_("{id} is not written as a {fmt} file; use --format {formats}",
                        id=deliverable.id, fmt=fmt, formats="|".join(deliverable.formats)))
