"""Canvas layouts: which canvases there are, and the Business Model Canvas's blocks in canvas order."""

from __future__ import annotations

from typing import Sequence, TypeVar

Cell = TypeVar("Cell")

BUSINESS_MODEL_CANVAS = "business-model-canvas"
EMPATHY_MAP = "empathy-map"
PERSONA = "persona"
RISK_MATRIX = "risk-matrix"
TECHNOLOGY_RADAR = "technology-radar"
GRID = "grid"  # any other canvas: its cells in a grid
CANVAS_LAYOUTS = (BUSINESS_MODEL_CANVAS, EMPATHY_MAP, PERSONA, RISK_MATRIX, TECHNOLOGY_RADAR, GRID)

# The nine blocks in the order of the canvas: partners, activities/resources, value, relationships/channels,
# segments across the top band; costs and revenues across the bottom band. Each is found by a word of its id,
# so a school's referential may spell ids its own way ("partners", "key-partners").
BMC_ORDER = ("partner", "activit", "resource", "value", "relationship", "channel", "segment", "cost", "revenue")
BMC_HEART = BMC_ORDER.index("value")  # the value proposition, drawn as the heart of the canvas


def bmc_order(cells: Sequence[Cell]) -> list[Cell]:
    """Canvas blocks in canvas order, matched by the words in their ids; the given order if any block is missing."""
    found: dict[str, Cell] = {}
    for keyword in BMC_ORDER:
        match = next((c for c in cells if keyword in c.id and c not in found.values()), None)
        if match is not None:
            found[keyword] = match
    if len(found) == len(BMC_ORDER):
        return [found[k] for k in BMC_ORDER]
    return list(cells)
