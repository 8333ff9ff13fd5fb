"""What a section's slide shows: its visual, then the table, canvas or mock-up that draws it."""

from __future__ import annotations

import re
from typing import Callable, Iterable, Protocol, Sequence

from pptx.util import Inches

from ...skeleton import canvas, markers, risk
from ...skeleton import texts as fixed_texts
from ...skeleton.placeholders import unbracket
from ...i18n import Interface
from ...model import SLIDE_TABLE_COLUMNS, CanvasCell, Section
from ..common import RenderRequest
from .drawingml import MIN_FONT, Shapes, Style, cell_lines
from .geometry import EMU_PER_PT, Box
from .texts import fit


MAX_TABLE_COLUMNS = SLIDE_TABLE_COLUMNS
MAX_PERIODS = 12
MAX_GANTT_LABELS = 5  # task columns before the periods (WBS code, task, owner, start, end)
EMPTY_ROWS = 3

# Section ids that ask for a particular drawing; ids are stable and language-neutral, titles are not.
JOURNEY_HINTS = ("journey",)
SCHEDULE_HINTS = ("schedule", "gantt", "calendar", "timeline")
DECISION_HINTS = ("decision-matrix", "benchmark-matrix", "weighted", "scoring")
DASHBOARD_HINTS = ("dashboard",)

# Risk matrix colours, one per zone of skeleton.risk.ZONES (low to critical).
RISK_COLOURS = ("8BC98F", "F6D66B", "F2A541", "E4572E")
DARK_TEXT = "1F2933"


class Deck(Protocol):
    """What a drawing reads of the deck being built (a DeckBuilder), so that drawings need not import the deck."""

    request: RenderRequest
    ui: Interface
    oral: Interface


# --------------------------------------------------------------------------- section visuals


def has_hint(section: Section, hints: Iterable[str]) -> bool:
    return any(hint in section.id for hint in hints)


_NUMBER = re.compile(r"\d+")


def period_columns(texts: Sequence[str]) -> tuple[int, int]:
    """(start, count) of the longest run of at least 3 columns that differ only by a number, e.g. Month 1..Month 9."""
    best = (len(texts), 0)
    i = 0
    while i < len(texts):
        stem = _NUMBER.sub("#", texts[i])
        j = i
        while j < len(texts) and "#" in stem and _NUMBER.sub("#", texts[j]) == stem:
            j += 1
        if j - i > best[1]:
            best = (i, j - i)
        i = max(j, i + 1)
    return best if best[1] >= 3 else (len(texts), 0)


def visual_of(request: RenderRequest, section: Section) -> str:
    """Which drawing a section's slide gets: the referential's `drawing`, else a guess from the section id."""
    if section.drawing is not None:
        return section.drawing
    if section.kind == "canvas":
        return f"canvas:{section.canvas}"
    if section.kind == "figure":
        return "dashboard" if has_hint(section, DASHBOARD_HINTS) else "figure"
    if section.kind in ("table", "interview-grid"):
        if has_hint(section, JOURNEY_HINTS) and len(section.columns) > 1:
            return "journey"
        if has_hint(section, SCHEDULE_HINTS) and period_columns([request.text(c) for c in section.columns])[1]:
            return "gantt"
        if has_hint(section, DECISION_HINTS):
            return "decision-matrix"
        return "table"
    return "bullets"


# --------------------------------------------------------------------------- tables


def figure_box_shape(shapes: Shapes, box: Box, caption: str, hint: str, name: str) -> None:
    """A dashed, clearly labelled frame where the student pastes the visual."""
    lines = [(fit(caption, box, 16, reserved_lines=2), Style(size=16, bold=True, colour="tx2", align="ctr")),
             (hint, Style(size=14, italic=True, colour="accent1", align="ctr"))]
    shapes.block(box, lines, name=name, dashed=True, anchor="ctr", inset=Inches(0.2))


def body_rows(deck: Deck, section: Section, width: int, limit: int) -> tuple[list[list[str]], int]:
    """Body rows (the referential's row labels in the first column, else empty rows) and how many rows exist."""
    labels = [deck.request.text(r) for r in section.rows]
    if not labels:
        return [[""] * width for _ in range(EMPTY_ROWS)], EMPTY_ROWS
    return [[label] + [""] * (width - 1) for label in labels[:limit]], len(labels)


def left_out(deck: Deck, shown_rows: int, rows: int) -> list[str]:
    if shown_rows < rows:
        return [deck.oral.gettext("The slide shows {shown} of the {total} rows; the full table is in the document.",
                                  shown=shown_rows, total=rows)]
    return []


TABLE_NOTE = "Table note"  # the visible line under a table that says what the slide leaves out or folds
NOTE_HEIGHT = Inches(0.4)


def quarter_columns(deck: Deck, columns: Sequence[str]) -> tuple[list[str], int, int] | None:
    """The header with its run of monthly columns folded three by three into quarters, with the run's
    (start, count); None when the table has no such run."""
    start, count = period_columns(columns)
    if count < 4:
        return None
    quarters = [deck.ui.gettext("Q{n}", n=n) for n in range(1, (count + 2) // 3 + 1)]
    return [*columns[:start], *quarters, *columns[start + count:]], start, count


def table_slides(section: Section, most: int = MAX_TABLE_COLUMNS) -> int:
    """How many slides a section's table takes: more than one only when the referential asks for a split."""
    if section.slide_fold != "split" or len(section.columns) <= most:
        return 1
    return -(-(len(section.columns) - 1) // (most - 1))  # the first column is repeated on every slide


def slide_header(deck: Deck, section: Section, part: int = 0, most: int = MAX_TABLE_COLUMNS) -> tuple[list[str], str | None]:
    """The columns a slide shows of a table, and the visible note saying what it folds or leaves out.

    The referential decides: `slide: {columns: [...]}` picks the columns (the one that answers the criterion
    among them), `slide: {fold: quarters}` folds months into quarters. Otherwise the first columns that fit.
    A column never disappears without the note naming it; `part` is the slide of a split table."""
    columns = [deck.request.text(c) for c in section.columns]
    if table_slides(section, most) > 1:
        per = most - 1
        header = [columns[0], *columns[1 + part * per:1 + (part + 1) * per]]
        before, after = columns[1:1 + part * per], columns[1 + (part + 1) * per:]
        notes = ([deck.ui.gettext("On the previous slide: {columns}.", columns="; ".join(before))] if before else []) + \
                ([deck.ui.gettext("On the next slide: {columns}.", columns="; ".join(after))] if after else [])
        return header, " ".join(notes)
    if section.slide_fold == "quarters" and (folded := quarter_columns(deck, columns)) is not None:
        header, _start, count = folded
        return header, deck.ui.gettext("{count} months shown as quarters; the monthly detail is in the document.", count=count)
    if section.slide_columns:
        header = [columns[n - 1] for n in section.slide_columns]
    else:
        header = columns[:most]
    return header, hidden_note(deck, [c for c in columns if c not in header])


def hidden_note(deck: Deck, hidden: Sequence[str]) -> str | None:
    if not hidden:
        return None
    return deck.ui.gettext("Not on this slide, in the document: {columns}.", columns="; ".join(hidden))


def with_note(shapes: Shapes, area: Box, note: str | None) -> Box:
    """Put the visible note, if any, along the bottom of `area`; return what is left for the table."""
    if note is None:
        return area
    table, strip = area.rows([area.height - NOTE_HEIGHT, NOTE_HEIGHT], gap=0)
    shapes.label(strip, note, Style(size=MIN_FONT, italic=True, colour="tx2"), anchor="b", name=TABLE_NOTE)
    return table


def row_limit(area: Box, row_height: int = Inches(0.42)) -> int:
    return max(min(area.height // row_height - 1, 10), 2)


def table_font(rows: int, columns: int) -> int:
    return 14 if rows <= 6 and columns <= 5 else MIN_FONT


def draw_table(deck: Deck, shapes: Shapes, area: Box, section: Section, part: int = 0) -> list[str]:
    header, note = slide_header(deck, section, part)
    area = with_note(shapes, area, note)
    rows, total = body_rows(deck, section, len(header), row_limit(area))
    widths = [1.6 if section.rows and i == 0 else 1 for i in range(len(header))]
    shapes.table(area, [header, *rows], name=markers.section_shape_name(section.id, "table"), widths=widths,
                 size=table_font(len(rows), len(header)), row_height=min(Inches(0.6), area.height // (len(rows) + 1)))
    return left_out(deck, len(rows), total)


def draw_decision_matrix(deck: Deck, shapes: Shapes, area: Box, section: Section, part: int = 0) -> list[str]:
    """A weighted matrix: the weight column tinted and, when the referential gives no rows, a total row in bold."""
    header, note = slide_header(deck, section, part)
    area = with_note(shapes, area, note)
    rows, total = body_rows(deck, section, len(header), row_limit(area) - (0 if section.rows else 1))
    if not section.rows:
        rows.append([deck.ui.gettext("Weighted total")] + [""] * (len(header) - 1))
    tints = {(r, 1): "accent1" for r in range(1, len(rows) + 1)} if len(header) > 2 else {}
    shapes.table(area, [header, *rows], name=markers.section_shape_name(section.id, "table"),
                 widths=[1.6] + [1] * (len(header) - 1), size=table_font(len(rows), len(header)), tints=tints,
                 bold_rows=() if section.rows else (len(rows),),
                 row_height=min(Inches(0.6), area.height // (len(rows) + 1)))
    return left_out(deck, len(rows) if section.rows else total, total)


def draw_gantt(deck: Deck, shapes: Shapes, area: Box, section: Section) -> list[str]:
    """A grid of tasks x periods; a student shades the cells of each task's periods."""
    columns = [deck.request.text(c) for c in section.columns]
    start, count = period_columns(columns)
    labels, periods = columns[:start][:MAX_GANTT_LABELS] or [""], columns[start:start + min(count, MAX_PERIODS)]
    area = with_note(shapes, area, hidden_note(deck, [c for c in columns if c not in labels and c not in periods]))
    header = labels + periods
    period_width = max(len(p) for p in periods) * MIN_FONT * 0.55 * EMU_PER_PT + Inches(0.16)
    period_share = min(0.65, period_width * len(periods) / area.width)
    label_weights = [2.0 if i == 0 else 1.0 for i in range(len(labels))]
    widths = [w / sum(label_weights) * (1 - period_share) for w in label_weights] + [period_share / len(periods)] * len(periods)
    rows, total = body_rows(deck, section, len(header), row_limit(area))
    shapes.table(area, [header, *rows], name=markers.section_shape_name(section.id, "table"), widths=widths,
                 row_height=min(Inches(0.55), area.height // (len(rows) + 1)),
                 centred_columns=range(len(labels), len(header)))
    return left_out(deck, len(rows), total)


# --------------------------------------------------------------------------- canvases


def cell_texts(deck: Deck, cells: Sequence[CanvasCell]) -> list[tuple[str, str]]:
    return [(deck.request.text(c.title), unbracket(deck.request.text(c.prompt))) for c in cells]


def draw_cells(shapes: Shapes, texts: Sequence[tuple[str, str]], boxes: Sequence[Box], **block) -> None:
    for (title, prompt), box in zip(texts, boxes):
        shapes.block(box, cell_lines(title, prompt, box), **block)


def draw_grid(deck: Deck, shapes: Shapes, area: Box, section: Section) -> None:
    texts = cell_texts(deck, section.cells)
    columns = 2 if len(texts) <= 4 else 3 if len(texts) in (5, 6, 9) else 4
    draw_cells(shapes, texts, area.grid(len(texts), columns))


def draw_business_model_canvas(deck: Deck, shapes: Shapes, area: Box, section: Section) -> None:
    texts = cell_texts(deck, canvas.bmc_order(section.cells))
    top, bottom = area.rows([0.68, 0.32])
    c = top.columns([1] * 5)
    boxes = [c[0], *c[1].rows([1, 1]), c[2], *c[3].rows([1, 1]), c[4], *bottom.columns([1, 1])]
    for i, ((title, prompt), box) in enumerate(zip(texts, boxes)):
        heart = i == canvas.BMC_HEART
        shapes.block(box, cell_lines(title, prompt, box, colour="bg1" if heart else None), fill="accent1" if heart else "bg2")


def draw_empathy_map(deck: Deck, shapes: Shapes, area: Box, section: Section) -> None:
    texts = cell_texts(deck, section.cells)
    quadrants, rest = texts[:4], texts[4:]
    upper, lower = area.rows([0.7, 0.3]) if rest else (area, None)
    draw_cells(shapes, quadrants, upper.grid(len(quadrants), 2))
    if lower is not None:
        draw_cells(shapes, rest, lower.columns([1] * len(rest)), fill="accent1", alpha=18)


def draw_persona(deck: Deck, shapes: Shapes, area: Box, section: Section) -> None:
    """An identity card on the left (photo, name, profile), the other traits on the right, the quote below them."""
    texts = cell_texts(deck, section.cells)
    quote = next((i for i, c in enumerate(section.cells) if i and "quote" in c.id), None)
    identity, others = texts[0], [t for i, t in enumerate(texts[1:], 1) if i != quote]
    left, right = area.columns([0.27, 0.73])
    shapes.block(left, cell_lines(*identity, Box(left.left, left.top, left.width, left.height // 2)), anchor="b")
    side = min(left.width - Inches(0.6), Inches(1.6), left.height // 3)
    photo = Box(left.left + (left.width - side) // 2, left.top + Inches(0.3), side, side)
    shapes.block(photo, [(deck.ui.gettext(fixed_texts.PHOTO), Style(size=MIN_FONT, colour="accent1", align="ctr"))],
                 fill="bg1", geometry="ellipse", anchor="ctr")
    grid, banner = right.rows([0.8, 0.2]) if quote is not None else (right, None)
    draw_cells(shapes, others, grid.grid(len(others), 2 if len(others) <= 4 else 3))
    if banner is not None:
        title, prompt = texts[quote]
        shapes.block(banner, cell_lines(title, f"“{prompt}”", banner), fill="accent1", alpha=18)


def draw_risk_matrix(deck: Deck, shapes: Shapes, area: Box, section: Section) -> None:
    """A 5x5 probability x impact grid coloured by score, its axes, the zones' legend and the section's cells."""
    ui, number = deck.ui, Style(size=MIN_FONT, bold=True, colour="tx2", align="ctr")
    matrix, legend = area.columns([0.62, 0.38], gap=Inches(0.3))
    upper, lower = matrix.rows([matrix.height - Inches(0.7), Inches(0.7)], gap=0)
    axis, ticks, grid = upper.columns([Inches(0.4), Inches(0.3), upper.width - Inches(0.7)], gap=0)
    tick_row, axis_row = Box(grid.left, lower.top, grid.width, lower.height).rows([1, 1], gap=0)
    scale = len(risk.SCALE)
    for probability, row in zip(reversed(risk.SCALE), grid.rows([1] * scale, gap=Inches(0.04))):
        for impact, box in zip(risk.SCALE, row.columns([1] * scale, gap=Inches(0.04))):
            score = probability * impact
            shapes.block(box, [(str(score), Style(size=MIN_FONT, colour=DARK_TEXT, align="ctr"))],
                         fill=RISK_COLOURS[risk.zone(score)],
                         line=None, anchor="ctr", inset=Inches(0.02))
        shapes.label(Box(ticks.left, row.top, ticks.width, row.height), str(probability), number)
    for impact, box in zip(risk.SCALE, tick_row.columns([1] * scale, gap=Inches(0.04))):
        shapes.label(box, str(impact), number)
    shapes.label(axis_row, ui.gettext(fixed_texts.IMPACT), Style(size=14, bold=True, colour="tx2", align="ctr"))
    shapes.label(Box(axis.left, grid.top, axis.width, grid.height), ui.gettext(fixed_texts.PROBABILITY),
                 Style(size=14, bold=True, colour="tx2", align="ctr"), vertical=True)
    texts = cell_texts(deck, section.cells)
    zones, cells = legend.rows([0.42, 0.58], gap=Inches(0.2)) if texts else (legend, None)
    boxes = zones.rows([1] * len(risk.ZONES), gap=Inches(0.06))
    for (low, high), (_limit, name), colour, box in zip(risk.zone_ranges(), risk.ZONES, RISK_COLOURS, boxes):
        shapes.block(box, [(f"{ui.gettext(name)} ({low}–{high})", Style(size=MIN_FONT, bold=True, colour=DARK_TEXT))],
                     fill=colour, line=None, anchor="ctr")
    if cells is not None:
        draw_cells(shapes, texts, cells.rows([1] * len(texts)))


def ring_alpha(depth: int, per_ring: int = 22) -> int:
    """Opacity of a ring seen through `depth` stacked translucent discs, so the legend matches the radar."""
    return round(100 * (1 - (1 - per_ring / 100) ** depth))


def draw_technology_radar(deck: Deck, shapes: Shapes, area: Box, section: Section) -> None:
    """Concentric translucent rings, innermost first (adopt, trial, assess, hold), and a legend with each ring's prompt."""
    rings = cell_texts(deck, section.cells)
    n = len(rings)
    radar, legend = area.columns([0.5, 0.5], gap=Inches(0.4))
    square = radar.square()
    radius = square.width // 2
    cx, cy = square.left + radius, square.top + radius
    for k in range(n, 0, -1):  # outer ring first, so that inner discs sit on top and darken the centre
        r = radius * k // n
        shapes.block(Box(cx - r, cy - r, 2 * r, 2 * r), [], fill="accent1", alpha=22, line="bg1", geometry="ellipse")
    band = radius // n
    for k, (title, _prompt) in enumerate(rings, start=1):
        outer = radius * k // n
        width, height = min(int(2 * outer * 0.9), Inches(1.8)), min(int(band * 0.8), Inches(0.4))
        top = cy - height // 2 if k == 1 else cy - outer + (band - height) // 2
        shapes.label(Box(cx - width // 2, top, width, height), title, Style(size=14, bold=True, colour="tx2", align="ctr"))
    for k, ((title, prompt), box) in enumerate(zip(rings, legend.rows([1] * n)), start=1):
        shapes.block(box, cell_lines(title, prompt, box), fill="accent1", alpha=ring_alpha(n - k + 1))


CANVAS_DRAWERS: dict[str, Callable[[Deck, Shapes, Box, Section], None]] = {
    canvas.BUSINESS_MODEL_CANVAS: draw_business_model_canvas,
    canvas.EMPATHY_MAP: draw_empathy_map,
    canvas.PERSONA: draw_persona,
    canvas.RISK_MATRIX: draw_risk_matrix,
    canvas.TECHNOLOGY_RADAR: draw_technology_radar,
    canvas.GRID: draw_grid,
}


def draw_journey(deck: Deck, shapes: Shapes, area: Box, section: Section) -> list[str]:
    """Stages as chevrons across the top, one lane per row label, empty cells to fill."""
    columns = [deck.request.text(c) for c in section.columns]
    corner, stages = columns[0], columns[1:1 + MAX_TABLE_COLUMNS]
    lanes = [deck.request.text(r) for r in section.rows] or [deck.ui.gettext("[Name this lane.]")] * EMPTY_ROWS
    area = with_note(shapes, area, hidden_note(deck, columns[1 + MAX_TABLE_COLUMNS:]))
    header, body = area.rows([Inches(0.6), area.height - Inches(0.7)])
    weights = [Inches(1.7)] + [(area.width - Inches(1.7)) / len(stages)] * len(stages)
    heads = header.columns(weights, gap=Inches(0.04))
    shapes.label(heads[0], corner, Style(size=MIN_FONT, bold=True, colour="tx2"))
    white = Style(size=MIN_FONT, bold=True, colour="bg1", align="ctr")
    for i, (stage, box) in enumerate(zip(stages, heads[1:])):
        shapes.block(box, [(stage, white)], fill="accent1", line=None, anchor="ctr", geometry="homePlate" if i == 0 else "chevron")
    for lane, row in zip(lanes, body.rows([1] * len(lanes), gap=Inches(0.06))):
        boxes = row.columns(weights, gap=Inches(0.04))
        shapes.block(boxes[0], [(lane, Style(size=MIN_FONT, bold=True, colour="bg1"))], fill="tx2", line=None, anchor="ctr")
        for box in boxes[1:]:
            shapes.block(box, [], fill="bg2")
    return []


def draw_dashboard(deck: Deck, shapes: Shapes, area: Box, section: Section) -> None:
    """A dashboard mock-up: four KPI tiles, a trend chart, a breakdown chart, and the figure's caption."""
    ui = deck.ui
    tiles, charts, caption = area.rows([Inches(1.35), area.height - Inches(2.05), Inches(0.5)], gap=Inches(0.1))
    for n, box in enumerate(tiles.columns([1] * 4, gap=Inches(0.2)), start=1):
        shapes.block(box, [(ui.gettext("KPI {n}", n=n), Style(size=MIN_FONT, bold=True, colour="tx2")),
                           (ui.gettext("[Value]"), Style(size=24, bold=True, colour="accent1")),
                           (ui.gettext("[Target and trend]"), Style(size=MIN_FONT, colour="tx1"))], anchor="ctr")
    trend, breakdown = charts.columns([0.6, 0.4], gap=Inches(0.2))
    hint = ui.gettext("[Insert the figure here]")
    figure_box_shape(shapes, trend, ui.gettext("[Trend chart]"), hint, "Trend chart")
    figure_box_shape(shapes, breakdown, ui.gettext("[Breakdown chart]"), hint, "Breakdown chart")
    text = deck.request.text(section.figure) if section.figure else deck.request.text(section.title)
    shapes.label(caption, fit(text, caption, MIN_FONT), Style(size=MIN_FONT, italic=True, colour="tx1", align="ctr"))
