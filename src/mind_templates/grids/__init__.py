"""Jury grids: `model` builds a format-neutral grid from the referential; one writer module per format.

Nothing here imports click: the command only collects options and calls `plan_grids` / `write_grids`.
"""

from .model import Grid, build_grid, find_target
from .names import read_candidates
from .plan import GRID_FIELDS, GRID_FORMATS, GridPlan, write_grids

__all__ = ["GRID_FIELDS", "GRID_FORMATS", "Grid", "GridPlan", "build_grid", "find_target", "read_candidates",
           "write_grids"]
