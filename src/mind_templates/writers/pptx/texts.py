"""Short texts for slides: sentences, clauses and prompts cut to what a box holds."""

from __future__ import annotations

import re
from typing import Iterable

from ...model import Section
from ...skeleton.placeholders import bracketed, unbracket
from ..common import RenderRequest
from .geometry import EMU_PER_PT, Box


MAX_BULLET = 90

_SENTENCE_END = re.compile(r"(?<=[.!?…])[ \t\r\n]+")
_CLAUSE_BREAK = re.compile(r"[ \u00a0]*[,;:(–—][ \u00a0]*| - ")
_SPACES = re.compile(r"[ \t\r\n\f\v]+")  # not str.split(): it would also eat the no-break spaces of French typography


def squash(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(squash(text)) if s.strip()]


def shorten(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a clause boundary when there is one, marked with an ellipsis."""
    text = squash(text).rstrip(".")
    if len(text) <= limit:
        return text
    cuts = [m.start() for m in _CLAUSE_BREAK.finditer(text) if limit * 0.35 <= m.start() < limit]
    cut = cuts[-1] if cuts else text.rfind(" ", 0, limit)
    if cut <= 0:
        cut = limit - 1
    return text[:cut].rstrip(" \u00a0,;:–—(-") + "…"


def fit(text: str, box: Box, size: int, reserved_lines: int = 0) -> str:
    """Shorten `text` to what `box` holds at `size` points (a cautious estimate of Calibri's widths)."""
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
    """Two to four short prompts for a slide, from the section's prompt, guidance, then criteria."""
    candidates = sentences(unbracket(request.text(section.prompt))) if section.prompt else []
    candidates += sentences(request.text(section.guidance))
    bullets: list[str] = []
    for candidate in candidates:
        short = shorten(candidate, limit)
        if len(short) >= 12 and not _similar(short, bullets):
            bullets.append(short)
    for criterion_id in section.criteria:
        if len(bullets) >= 2:
            break
        bullets.append(shorten(request.text(request.referential.criterion(criterion_id).text), limit))
    return [bracketed(b) for b in bullets[:count]]
