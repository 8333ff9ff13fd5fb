"""The placeholder convention: text a student must replace stands in square brackets, `[like this]`.

Writers bracket their prompts with `bracketed`; the readers recognise them with `is_bracketed` (full-width
brackets too, as East Asian input methods type them).
"""

from __future__ import annotations

OPEN, CLOSE = "[", "]"
_OPENERS, _CLOSERS = OPEN + "［", CLOSE + "］"


def bracketed(text: str) -> str:
    return f"{OPEN}{text}{CLOSE}"


def unbracket(text: str) -> str:
    """'[Describe the market]' -> 'Describe the market'; other text unchanged."""
    return text[1:-1].strip() if text.startswith(OPEN) and text.endswith(CLOSE) else text


def is_bracketed(text: str) -> bool:
    """Whether a paragraph is (still) a prompt: its text, stripped, opens and closes with a bracket."""
    text = text.strip()
    return len(text) > 2 and text[0] in _OPENERS and text[-1] in _CLOSERS
