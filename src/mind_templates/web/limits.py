"""The upload limits of `mind-templates serve`, their defaults and the checks of the values given on the command line.

Light on purpose (no web framework, no checker): `serve --help` shows these defaults without the web extra.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import UsageError
from ..i18n import _


@dataclass(frozen=True)
class UploadLimits:
    max_request_bytes: int = 100 * 1024**2
    max_files: int = 50  # files in one request, members of a zip included
    max_file_bytes: int = 50 * 1024**2


# The `serve` options for the limits: option -> (smallest, largest) accepted value. Defaults are UploadLimits'.
LIMIT_BOUNDS = {"max-request-mb": (1, 10240), "max-files": (1, 10000), "max-file-mb": (1, 10240), "queue": (0, 10000)}


def limit_option(option: str, value: str) -> int:
    """One `serve` limit read from the command line: a whole number within LIMIT_BOUNDS, or a one-line UsageError."""
    low, high = LIMIT_BOUNDS[option]
    text = value.strip()
    if not (text.isascii() and text.isdigit()) or not low <= int(text) <= high:
        raise UsageError(_("--{option} must be a whole number from {low} to {high}, not {value}",
                           option=option, low=low, high=high, value=repr(value)))
    return int(text)


def upload_limits(max_request_mb: str, max_files: str, max_file_mb: str) -> UploadLimits:
    """The limits `serve` was given, each checked, and one file no larger than one request."""
    request_mb, file_mb = limit_option("max-request-mb", max_request_mb), limit_option("max-file-mb", max_file_mb)
    if file_mb > request_mb:
        raise UsageError(_("--max-file-mb ({file}) cannot be larger than --max-request-mb ({request}): one file "
                           "travels in one request", file=file_mb, request=request_mb))
    return UploadLimits(max_request_bytes=request_mb * 1024**2, max_files=limit_option("max-files", max_files),
                        max_file_bytes=file_mb * 1024**2)
