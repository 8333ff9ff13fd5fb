"""The one error hierarchy: every error carries a message telling a person what to do next."""

from __future__ import annotations


class MindTemplatesError(Exception):
    """Base of every error the library raises on purpose.

    The command line shows `str(error)` on one line and exits with `exit_code`;
    the library itself never prints and never exits.
    """

    exit_code = 2
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


class UnreadableDocumentError(MindTemplatesError):
    """A submitted file that cannot be checked; `code` is one of the documented document error codes."""

    code = "unreadable"

    def __init__(self, message: str, *, code: str) -> None:
        super().__init__(message, code=code)
