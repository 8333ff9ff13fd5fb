"""The one error hierarchy: every error carries a message telling a person what to do next."""

from __future__ import annotations

from typing import Any, Callable, Mapping

from .exit_codes import ExitCode


class MindTemplatesError(Exception):
    """Base of every error the library raises on purpose.

    The command line shows `str(error)` on one line and exits with `exit_code`;
    the library itself never prints and never exits.
    """

    exit_code = ExitCode.USAGE
    code = "error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code


class ReferentialError(MindTemplatesError):
    """The referential file is unreadable or invalid; `problems` lists every issue found."""

    code = "referential-invalid"

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = list(problems or [])

    def __str__(self) -> str:
        if not self.problems:
            return self.args[0]
        if len(self.problems) == 1:  # one line, as every other error
            return f"{self.args[0]} {self.problems[0]}"
        return "\n".join([self.args[0], *("  - " + p for p in self.problems)])


class UnknownDeliverableError(MindTemplatesError):
    """A deliverable id that the referential does not know; carries the nearest ids."""

    code = "unknown-deliverable"

    def __init__(self, message: str, suggestions: list[str]) -> None:
        super().__init__(message)
        self.suggestions = suggestions


class OutputExistsError(MindTemplatesError):
    """Refusing to overwrite a user's files without --force."""

    code = "output-exists"

    def __init__(self, message: str, paths: list[str]) -> None:
        super().__init__(message)
        self.paths = paths


class OutputError(MindTemplatesError):
    """A file could not be written (permissions, a full disk, a folder that cannot be created)."""

    code = "output-unwritable"


class TemplateError(MindTemplatesError):
    """A base or school template cannot be used."""

    code = "template-invalid"


class UsageError(MindTemplatesError):
    """Options that cannot work together, or a bad value."""

    code = "usage"


class Phrase:
    """A message template with named values, kept so it can be rendered again in another language.

    A value may itself be a Phrase (a part of the sentence that is translated on its own). `str(phrase)`
    is the English text.
    """

    __slots__ = ("template", "values")

    def __init__(self, template: str, **values: Any) -> None:
        self.template = template
        self.values = values

    def render(self, translate: Callable[[str], str] | None = None) -> str:
        """The text with `translate` applied to every template (none: English); whitespace is collapsed."""
        return render_template(self.template, self.values, translate)

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"Phrase({self.template!r}, **{self.values!r})"


def render_template(
    template: str, values: Mapping[str, Any] | None = None, translate: Callable[[str], str] | None = None
) -> str:
    """`translate(template).format(**values)` on one line, nested Phrases rendered the same way.

    A translation that does not format (a field renamed or dropped by mistake) falls back to the English template.
    """
    rendered = {
        key: value.render(translate) if isinstance(value, Phrase) else value for key, value in (values or {}).items()
    }
    text = template
    if translate is not None:
        try:
            text = translate(template).format(**rendered)
        except (KeyError, IndexError, ValueError, AttributeError, TypeError):
            text = template.format(**rendered)
    else:
        text = template.format(**rendered)
    return " ".join(text.split())


class UnreadableDocumentError(MindTemplatesError):
    """A submitted file that cannot be checked; `code` is one of the documented document error codes.

    `template` and `values` (optional) keep the message in a form that `message_in` can render in
    another interface language; `str(error)` is always the English message.
    """

    code = "unreadable"

    def __init__(
        self,
        message: str,
        *,
        code: str,
        template: str | None = None,
        values: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(message, code=code)
        self.template = template
        self.values = dict(values or {})

    def message_in(self, ui: Any) -> str:
        """The message in the language of `ui` (an i18n.Interface, or anything with `gettext(message)`).

        Falls back to the English message when there is no template or the translation cannot be rendered.
        """
        if self.template is None:
            return str(self)
        try:
            return render_template(self.template, self.values, ui.gettext)
        except Exception:
            return str(self)
