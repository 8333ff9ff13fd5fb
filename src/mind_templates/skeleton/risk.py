"""The risk matrix: a 5 x 5 grid of probability x impact, whose scores fall into four zones.

The Word and deck writers colour the zones each in their own palette; `check` knows a score from content.
"""

from __future__ import annotations

from ..i18n import N_

SCALE = range(1, 6)  # probability and impact, 1 (lowest) to 5
MAX_SCORE = max(SCALE) ** 2
# Zones, low to critical: (highest score of the zone, its name as a message id).
ZONES = ((4, N_("Low")), (9, N_("Medium")), (14, N_("High")), (MAX_SCORE, N_("Critical")))


def zone(score: int) -> int:
    """Index in ZONES of the zone holding `score`."""
    return next(i for i, (limit, _name) in enumerate(ZONES) if score <= limit)


def zone_ranges() -> list[tuple[int, int]]:
    """(lowest, highest) score of each zone, e.g. (1, 4), (5, 9)…"""
    lows = [1, *(limit + 1 for limit, _name in ZONES[:-1])]
    return [(low, limit) for low, (limit, _name) in zip(lows, ZONES)]


def is_score(text: str) -> bool:
    """A table cell that is one of the matrix's own scores, not a student's content."""
    text = text.strip()
    return text.isdigit() and int(text) <= MAX_SCORE
