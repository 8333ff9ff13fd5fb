"""Small files a user gives as options (a list of names, kit.yaml): read whole, but only when they are sane."""

from __future__ import annotations

from pathlib import Path

from .errors import UsageError
from .i18n import _


def read_option_text(path: Path, max_bytes: int, what: str) -> str:
    """The UTF-8 text of a regular file of at most `max_bytes`; else a one-line UsageError ending with `what`
    (what the file should be, e.g. "give a text file with one name per line")."""
    try:
        if not path.is_file():  # a device or a pipe could be read forever
            raise UsageError(_("{path} is not a regular file; {what}", path=path, what=what))
        if path.stat().st_size > max_bytes:
            raise UsageError(_("{path} is larger than {most} MB; {what}", path=path, what=what,
                               most=max(1, max_bytes // (1024 * 1024))))
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UsageError(_("{path} is not UTF-8 text; save it as UTF-8 and {what}", path=path, what=what)) from None
    except OSError as error:
        raise UsageError(_("cannot read {path}: {reason}", path=path, reason=error.strerror or error)) from None
