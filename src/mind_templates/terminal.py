"""Text bound for a terminal: control characters from file names or documents are shown, never obeyed.

A file named "\\x1b]0;pwned\\x07.docx" would retitle the terminal of whoever runs `check` on it, and other
escape sequences can rewrite what is on screen. Every text output passes names and document text through
`printable`, which shows such characters as Python-style escapes (\\x1b, \\u202e).
"""

from __future__ import annotations

import re

# C0 controls, DEL, C1 controls, and the bidirectional overrides and isolates (they reorder what is shown).
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_CONTROLS_AND_LINES = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: object, *, keep_lines: bool = False) -> str:
    """`text` with every control character escaped; tabs and line breaks too unless `keep_lines`
    (a message of several lines keeps them; a file name never needs them)."""
    pattern = _CONTROLS if keep_lines else _CONTROLS_AND_LINES
    return pattern.sub(_escape, str(text))
