"""Plans a deck's slides and shares the talk's time among them, in steps of half a minute."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from babel.numbers import format_decimal

from ...i18n import locale_of
from ...model import Section
from ..common import RenderRequest
from .drawings import table_slides


STEP_SECONDS = 30  # suggested times are multiples of half a minute

# Weights for sharing the talk's time: short framing slides, more for required sections with many criteria.
FRAMING_WEIGHT = {"title": 0.4, "agenda": 0.4, "takeaways": 0.7, "questions": 0.7}


@dataclass
class PlannedSlide:
    kind: str  # title, agenda, section, takeaways, questions
    weight: float
    section: Section | None = None
    seconds: int = 0
    elapsed: int = 0
    backup: bool = False  # kept after the closing slides for the jury's questions; no time of its own
    part: int = 0  # the slide's rank among a section's slides (a table split over several)


def section_weight(section: Section) -> float:
    weight = 1.0 + 0.35 * len(section.criteria)
    if not section.required:
        weight *= 0.5
    if section.level == 2:
        weight *= 0.8
    return weight


# A section whose id says it prepares the jury's questions already is the questions slide (not a research
# question or a business question: those are part of the talk).
QUESTIONS_HINTS = ("objection", "anticipated-question")


def split_backup(sections: Sequence[Section]) -> tuple[list[Section], list[Section]]:
    """(main, backup): optional sections at the very end (appendices) are backup slides."""
    backup_from = len(sections)
    while backup_from > 0 and not sections[backup_from - 1].required:
        backup_from -= 1
    return list(sections[:backup_from]), list(sections[backup_from:])


def plan_deck(request: RenderRequest) -> list[PlannedSlide]:
    """Title, agenda, the sections the deck presents, then the closing slides; the talk's time is shared among
    these. Backup slides come last, after the closing ones, where a presenter keeps them, and take no time."""
    sections = request.deliverable.presented_sections
    main, backup = split_backup(sections)
    plan = [PlannedSlide("title", FRAMING_WEIGHT["title"]), PlannedSlide("agenda", FRAMING_WEIGHT["agenda"])]
    plan += [PlannedSlide("section", section_weight(s) / table_slides(s), s, part=n)
             for s in main for n in range(table_slides(s))]
    plan.append(PlannedSlide("takeaways", FRAMING_WEIGHT["takeaways"]))
    if not any(hint in s.id for s in sections for hint in QUESTIONS_HINTS):
        plan.append(PlannedSlide("questions", FRAMING_WEIGHT["questions"]))
    seconds = allocate_seconds([p.weight for p in plan], round(request.duration_minutes * 60))
    elapsed = 0
    for planned, share in zip(plan, seconds):
        elapsed += share
        planned.seconds, planned.elapsed = share, elapsed
    plan += [PlannedSlide("section", 0.0, s, elapsed=elapsed, backup=True, part=n)
             for s in backup for n in range(table_slides(s))]
    return plan


def allocate_seconds(weights: Sequence[float], total: int, step: int = STEP_SECONDS) -> list[int]:
    """Share `total` seconds by weight in steps of `step`, every slide at least one step when there are enough.

    Largest remainders make the rounded shares add up to the total exactly; what is left below one step
    (a total that is not a multiple of `step`) goes to the heaviest slide.
    """
    if not weights:
        return []
    units, rest = divmod(total, step)
    floor = 1 if units >= len(weights) else 0
    free = units - floor * len(weights)
    total_weight = sum(weights) or 1.0
    exact = [free * w / total_weight for w in weights]
    shares = [floor + int(x) for x in exact]
    by_remainder = sorted(range(len(weights)), key=lambda i: (exact[i] - int(exact[i]), weights[i]), reverse=True)
    for i in by_remainder[: units - sum(shares)]:
        shares[i] += 1
    seconds = [s * step for s in shares]
    seconds[max(range(len(weights)), key=lambda i: weights[i])] += rest
    return seconds


def format_duration(seconds: int, request: RenderRequest) -> str:
    """'2 min 30 s' in the oral language: the words come from the catalog, the number from Babel."""
    ui = request.oral_ui
    minutes, secs = divmod(seconds, 60)
    number = format_decimal(minutes, locale=locale_of(request.oral_lang))
    if secs and minutes:
        return ui.gettext("{minutes} min {seconds} s", minutes=number, seconds=secs)
    if secs:
        return ui.gettext("{seconds} s", seconds=secs)
    return ui.gettext("{minutes} min", minutes=number)
