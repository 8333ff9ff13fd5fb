"""Plans and writes the files of `mind-templates grid`: every target and name checked before any write."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import Iterator, Mapping

from ..i18n import _
from ..model import Referential
from ..writers.common import parse_fields
from ..writers.output import output_name, refuse_existing, save_file
from .model import Grid, build_grid
from .names import check_names

GRID_FIELDS = ("candidate", "team", "jury", "school", "date")
# One writer per format, imported when used: "module:function", each called as (grid, path, candidates).
GRID_WRITERS = {"docx": "mind_templates.grids.docx:write_grid_docx", "xlsx": "mind_templates.grids.xlsx:write_grid_xlsx"}
GRID_FORMATS = tuple(GRID_WRITERS)


@dataclass(frozen=True)
class PlannedGrid:
    path: Path
    fmt: str
    grid: Grid


@dataclass(frozen=True)
class GridPlan:
    files: tuple[PlannedGrid, ...]
    candidates: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    @classmethod
    def make(cls, referential: Referential, targets: list[str], *, fmt: str = "all", output_dir: Path = Path("."),
             lang: str = "fr", candidates: list[str] | None = None,
             fields: Mapping[str, object] | None = None) -> "GridPlan":
        """Validate everything first: targets, language, fields, names; nothing is written yet."""
        values = parse_fields(dict(fields or {}), allowed=GRID_FIELDS)
        names = tuple(check_names(list(candidates or ()), "--candidate"))
        notes = []
        if len(names) == 1 and not values.get("candidate"):
            values["candidate"] = names[0]  # one candidate: the Word grid carries the name too
        elif len(names) > 1 and fmt in ("docx", "all"):
            notes.append(_("the Word grid is printed blank for each candidate; the {n} names go into the workbook",
                           n=len(names)))
        formats = GRID_FORMATS if fmt == "all" else (fmt,)
        files = []
        for target in dict.fromkeys(targets):
            grid = build_grid(referential, target, lang, values)
            for chosen in formats:
                files.append(PlannedGrid(output_dir / output_name(f"{target}.grid", lang, chosen), chosen, grid))
        return cls(tuple(files), names, tuple(notes))


def grid_writer(fmt: str):
    module, function = GRID_WRITERS[fmt].split(":")
    return getattr(import_module(module), function)


def write_grids(plan: GridPlan, *, force: bool = False) -> Iterator[Path]:
    """Write every planned file atomically; refuse up front if any exists and force is off."""
    refuse_existing([f.path for f in plan.files], force)
    for planned in plan.files:
        write = grid_writer(planned.fmt)
        yield save_file(planned.path, lambda target, p=planned, w=write: w(p.grid, target, plan.candidates))

