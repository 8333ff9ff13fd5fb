"""The process exit codes, defined once: the command line exits with them, errors and reports name them."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0  # success
    PROBLEMS = 1  # the command reported problems (a finding, an invalid referential)
    USAGE = 2  # misuse or unreadable input
    INTERNAL = 3  # a bug: must never reach a user
    INTERRUPTED = 130  # Ctrl-C, as shells report SIGINT
