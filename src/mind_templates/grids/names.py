"""Candidate names as people type them, and sheet names Excel accepts.

Names are plain text: control characters become spaces, whitespace is collapsed, right-to-left text is kept.
Sheet names follow Excel's rules: at most 31 characters (UTF-16 units), none of []:*?/\\, no apostrophe
at either end, unique ignoring case, and never "History" (reserved by Excel).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from ..errors import UsageError
from ..i18n import _

MAX_NAME = 255  # characters of one candidate's name
MAX_CANDIDATES = 5000
MAX_FILE_BYTES = 4 * 1024 * 1024
SHEET_MAX = 31
_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def clean_name(name: str) -> str:
    """One line of plain text: control characters (C0, C1, line and paragraph separators) become spaces."""
    spaced = "".join(" " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in name)
    return " ".join(spaced.split())


def check_names(names: list[str], where: str) -> list[str]:
    """Cleaned names, or a UsageError naming the first one that cannot be used."""
    cleaned = []
    for number, raw in enumerate(names, start=1):
        name = clean_name(raw)
        if len(name) > MAX_NAME:
            raise UsageError(_("{where}: name {n} is {length} characters long; shorten it to at most {most}",
                               where=where, n=number, length=len(name), most=MAX_NAME))
        if name:
            cleaned.append(name)
    if len(cleaned) > MAX_CANDIDATES:
        raise UsageError(_("{where} lists {n} candidates; split the class into files of at most {most}",
                           where=where, n=len(cleaned), most=MAX_CANDIDATES))
    return cleaned


def read_candidates(path: Path) -> list[str]:
    """One candidate per line of a UTF-8 text file; blank lines are skipped; an empty list is an error."""
    from ..option_files import read_option_text

    text = read_option_text(path, MAX_FILE_BYTES, _("give a text file with one name per line"))
    names = check_names(text.splitlines(), str(path))
    if not names:
        raise UsageError(_("{path} lists no candidate; write one name per line", path=path))
    return names


def _utf16_cut(text: str, units: int) -> str:
    out, used = [], 0
    for ch in text:
        size = 2 if ord(ch) > 0xFFFF else 1
        if used + size > units:
            break
        out.append(ch)
        used += size
    return "".join(out)


class SheetNames:
    """Hands out sheet names that Excel accepts and that never collide."""

    def __init__(self) -> None:
        self.taken: set[str] = {"history"}

    def add(self, wanted: str, fallback: str) -> str:
        base = _FORBIDDEN.sub(" ", clean_name(wanted))
        base = " ".join(base.split()).strip("'").strip() or fallback
        name = _utf16_cut(base, SHEET_MAX).strip("' ") or fallback
        number = 1
        while name.casefold() in self.taken:
            number += 1
            suffix = f" ({number})"
            name = _utf16_cut(base, SHEET_MAX - len(suffix)).rstrip("' ") + suffix
        self.taken.add(name.casefold())
        return name


def sheet_reference(sheet: str, cell: str) -> str:
    """`'Sheet name'!$B$3`: quoted, with apostrophes doubled, as formulas need."""
    return "'" + sheet.replace("'", "''") + "'!" + cell
