"""Renders the Jinja text held in the referential, in a sandbox where an unknown variable is an error."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Mapping

from jinja2 import StrictUndefined, TemplateError, meta
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

# The only variables referential text may use; anything else is reported when the referential loads.
TEXT_VARIABLES = frozenset(
    {"client", "project", "team", "candidate", "school", "date", "deliverable", "duration", "company",
     "interview_min", "interview_max"}  # the role-play assessment's suggested interview length, in minutes
)

_ENV = ImmutableSandboxedEnvironment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False)


@lru_cache(maxsize=4096)
def _compiled(source: str):
    return _ENV.from_string(source)


def needs_rendering(source: str) -> bool:
    return "{{" in source or "{%" in source or "{#" in source


def render(source: str, context: Mapping[str, Any]) -> str:
    """Render one referential text. Values in `context` are data: they are never rendered themselves."""
    if not needs_rendering(source):
        return source
    return _compiled(source).render(**context)


def template_problem(source: str) -> str | None:
    """Why `source` cannot be rendered safely, or None when it can."""
    if not needs_rendering(source):
        return None
    try:
        unknown = meta.find_undeclared_variables(_ENV.parse(source)) - TEXT_VARIABLES
    except TemplateError as error:
        return f"Jinja syntax error: {error}"
    if unknown:
        allowed = ", ".join(sorted(TEXT_VARIABLES))
        return f"unknown variable(s) {', '.join(sorted(unknown))}; use only {allowed}"
    try:  # the sandbox refuses attribute tricks only when rendering, so render once with sample values
        render(source, {name: "sample" for name in TEXT_VARIABLES})
    except SecurityError as error:
        return f"not allowed in the sandbox ({error}); use plain variables such as {{{{ client }}}}"
    except TemplateError as error:
        return f"cannot be rendered ({error}); fix the template"
    return None
