"""Boxes on a slide, in EMU, and how they split into columns, rows and grids."""

from __future__ import annotations

from typing import Iterable, NamedTuple, Sequence

from pptx.util import Inches


EMU_PER_PT = 12700
GAP = Inches(0.1)
BOTTOM_MARGIN = Inches(0.5)


class Box(NamedTuple):
    left: int
    top: int
    width: int
    height: int

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def bottom(self) -> int:
        return self.top + self.height

    def columns(self, weights: Sequence[float], gap: int = GAP) -> list[Box]:
        """Split left to right in proportion to `weights`, `gap` apart."""
        return [Box(start, self.top, size, self.height) for start, size in _split(self.left, self.width, weights, gap)]

    def rows(self, weights: Sequence[float], gap: int = GAP) -> list[Box]:
        """Split top to bottom in proportion to `weights`, `gap` apart."""
        return [Box(self.left, start, self.width, size) for start, size in _split(self.top, self.height, weights, gap)]

    def grid(self, n: int, columns: int, gap: int = GAP) -> list[Box]:
        """`n` cells in rows of at most `columns`; a shorter row is spread over the whole width, leaving no hole."""
        rows = -(-n // columns)
        counts = [n // rows + (1 if r < n % rows else 0) for r in range(rows)]
        return [cell for row, count in zip(self.rows([1] * rows, gap), counts) for cell in row.columns([1] * count, gap)]

    def square(self) -> Box:
        side = min(self.width, self.height)
        return Box(self.left + (self.width - side) // 2, self.top + (self.height - side) // 2, side, side)


def _split(start: int, length: int, weights: Sequence[float], gap: int) -> list[tuple[int, int]]:
    free = length - gap * (len(weights) - 1)
    total = sum(weights)
    parts, position = [], start
    for i, weight in enumerate(weights):
        size = start + length - position if i == len(weights) - 1 else int(free * weight / total)
        parts.append((position, size))
        position += size + gap
    return parts


def bounding(boxes: Iterable[Box]) -> Box:
    boxes = list(boxes)
    left, top = min(b.left for b in boxes), min(b.top for b in boxes)
    return Box(left, top, max(b.right for b in boxes) - left, max(b.bottom for b in boxes) - top)
