"""Short texts for slides: whole sentences and prompts, as many as a box holds; never a sentence cut in two."""

from __future__ import annotations

import re
from typing import Iterable

from ...model import Section
from ...skeleton.placeholders import bracketed, unbracket
from ..common import RenderRequest
from .geometry import EMU_PER_PT, Box


MAX_BULLET = 120

_SENTENCE_END = re.compile(r"(?<=[.!?])[ \t\r\n]+")
_SPACES = re.compile(r"[ \t\r\n\f\v]+")  # not str.split(): it would also eat the no-break spaces of French typography


def squash(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(squash(text)) if s.strip()]


def shorten(text: str, limit: int) -> str:
    """At most `limit` characters of whole sentences; the first sentence whole when even it is longer.

    A prompt is an instruction: a sentence cut in the middle with an ellipsis no longer says what to do, so
    nothing here ever cuts one."""
    parts = sentences(text)
    if not parts:
        return ""
    kept = parts[0]
    for part in parts[1:]:
        if len(kept) + 1 + len(part) > limit:
            break
        kept = f"{kept} {part}"
    return kept


def fit(text: str, box: Box, size: int, reserved_lines: int = 0) -> str:
    """The whole sentences of `text` that `box` holds at `size` points (a cautious estimate of Calibri's widths)."""
    per_line = max(int((box.width / EMU_PER_PT - 14) / (size * 0.5)), 4)
    lines = max(int((box.height / EMU_PER_PT - 10) / (size * 1.2)) - reserved_lines, 1)
    return shorten(text, max(int(per_line * lines * 0.8), 12))


_WORD = re.compile(r"[^\W\d_]{3,}")


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def _similar(text: str, others: Iterable[str]) -> bool:
    """Whether most words of `text` already appear in one of `others` (a prompt often restates the guidance)."""
    words = _words(text)
    for other in others:
        theirs = _words(other)
        if words and theirs and len(words & theirs) > 0.6 * min(len(words), len(theirs)):
            return True
    return False


def bullet_prompts(request: RenderRequest, section: Section, count: int, limit: int = MAX_BULLET) -> list[str]:
    """Two to four short, complete instructions for a slide, from the section's prompt, guidance, then criteria.

    The prompt's first sentence comes whole; other sentences only when they fit in `limit` characters, and
    the shortest sentences, whole, when that leaves fewer than two."""
    prompt = sentences(unbracket(request.text(section.prompt))) if section.prompt else []
    candidates = prompt + sentences(request.text(section.guidance))
    bullets: list[str] = prompt[:1]  # the section's own instruction, whole, whatever its length
    for candidate in candidates[len(bullets):]:
        if 12 <= len(candidate) <= limit and not _similar(candidate, bullets):
            bullets.append(candidate)
    for criterion_id in section.criteria:
        if len(bullets) >= 2:
            break
        text = squash(request.text(request.referential.criterion(criterion_id).text))
        if len(text) <= limit and not _similar(text, bullets):
            bullets.append(text)
    for candidate in sorted(candidates, key=len):  # still fewer than two: the shortest sentences, whole
        if len(bullets) >= 2:
            break
        if candidate not in bullets and not _similar(candidate, bullets):
            bullets.append(candidate)
    return [bracketed(b) for b in bullets[:count]]
