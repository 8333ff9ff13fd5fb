"""Builds a deliverable's rehearsal deck: a slide per section, drawn canvases, and timed speaker notes in the oral language."""

from __future__ import annotations

import io
import itertools
import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator, Mapping, NamedTuple, Sequence
from xml.sax.saxutils import escape

from babel.numbers import format_decimal
from lxml import etree
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.util import Inches

from .. import markers, resources
from ..errors import TemplateError, UsageError
from ..i18n import _, locale_of
from ..model import CanvasCell, Section
from .common import RenderRequest

# Speed: python-pptx's object API costs milliseconds per shape and its open/save tens of milliseconds per deck,
# several times what pandoc takes for a whole deck. So python-pptx prepares each template once per process
# (reads it, drops its sample slides, describes its layouts); every deck is then PresentationML text written
# straight into a copy of the prepared package.

# --------------------------------------------------------------------------- layouts
#
# The writer asks for six layouts by role. In a template it looks for each role's names, case-insensitively, then
# for the layout *type* PowerPoint stamps on its built-in layouts whatever their display language, then walks the
# role's fallback chain below; when nothing matches it takes the first layout. Slides adapt to what they get: no
# title placeholder -> a title text box; no body placeholder -> a text box; one content placeholder where a
# figure needs two -> the placeholder is narrowed to the left half.
#   Title       -> Section -> Content -> Canvas -> Blank
#   Section     -> Title -> Content -> Canvas -> Blank
#   Content     -> Two Content -> Canvas -> Blank
#   Two Content -> Content -> Canvas -> Blank
#   Canvas      -> Title Only -> Blank -> Content
#   Blank       -> Canvas -> Content
LAYOUT_NAMES = {
    "title": ("Title", "Title Slide"),
    "section": ("Section", "Section Header"),
    "content": ("Content", "Title and Content"),
    "two-content": ("Two Content",),
    "canvas": ("Canvas", "Title Only"),
    "blank": ("Blank",),
}
LAYOUT_TYPES = {"title": "title", "section": "secHead", "content": "obj", "two-content": "twoObj",
                "canvas": "titleOnly", "blank": "blank"}
FALLBACKS = {
    "title": ("title", "section", "content", "canvas", "blank"),
    "section": ("section", "title", "content", "canvas", "blank"),
    "content": ("content", "two-content", "canvas", "blank"),
    "two-content": ("two-content", "content", "canvas", "blank"),
    "canvas": ("canvas", "blank", "content"),
    "blank": ("blank", "canvas", "content"),
}

# --------------------------------------------------------------------------- sizes and rules

EMU_PER_PT = 12700
GAP = Inches(0.1)
INSET = Inches(0.08)
BOTTOM_MARGIN = Inches(0.5)
MAX_TABLE_COLUMNS = 6
MAX_PERIODS = 12
MAX_BULLET = 90
EMPTY_ROWS = 3
MIN_FONT = 12
STEP_SECONDS = 30  # suggested times are multiples of half a minute
TABLE_STYLE = "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"  # PowerPoint's built-in "Medium Style 2 - Accent 1"

# Weights for sharing the talk's time: short framing slides, more for required sections with many criteria.
FRAMING_WEIGHT = {"title": 0.4, "agenda": 0.4, "takeaways": 0.7, "questions": 0.7}

# Section ids that ask for a particular drawing; ids are stable and language-neutral, titles are not.
JOURNEY_HINTS = ("journey",)
SCHEDULE_HINTS = ("schedule", "gantt", "calendar", "timeline")
DECISION_HINTS = ("decision-matrix", "benchmark-matrix", "weighted", "scoring")
DASHBOARD_HINTS = ("dashboard",)

# Risk score zones of a 5x5 matrix, low to critical: (highest score, colour); see zone_labels.
RISK_ZONES = ((4, "8BC98F"), (9, "F6D66B"), (14, "F2A541"), (25, "E4572E"))
DARK_TEXT = "1F2933"


# --------------------------------------------------------------------------- entry point


def write_pptx(request: RenderRequest, path: Path) -> None:
    """Build the deck of `request.deliverable` and save it to `path`."""
    require_oral(request)
    template = prepared_template(request.template)
    slides = list(DeckBuilder(request, template.design).build())
    write_package(path, template, slides, request)


def require_oral(request: RenderRequest) -> None:
    deliverable = request.deliverable
    if "pptx" not in deliverable.formats:
        raise UsageError(_(
            "{id} has no oral presentation in the referential, so it gets no deck; "
            "generate its Word document with --format docx",
            id=deliverable.id,
        ))


# --------------------------------------------------------------------------- templates


def prepared_template(template: Path | None) -> Template:
    """The shipped design or a school's template, prepared once per process (and again if the file changes)."""
    if template is None:
        return _prepared_base()
    try:
        stat = template.stat()
    except OSError as error:
        raise TemplateError(_("cannot read the template {path} ({error}); check the path given to --template",
                              path=template, error=error.strerror or error)) from None
    return _prepared_school(str(template), (stat.st_mtime_ns, stat.st_size))


@lru_cache(maxsize=1)
def _prepared_base() -> Template:
    return prepare((resources.templates_dir() / "pptx" / "base.pptx").read_bytes(), "base.pptx")


@lru_cache(maxsize=8)
def _prepared_school(path: str, stamp: tuple[int, int]) -> Template:
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise TemplateError(_("cannot read the template {path} ({error}); check the path given to --template",
                              path=path, error=error.strerror or error)) from None
    check_template_archive(path, data)
    return prepare(data, path)


def check_template_archive(path: str, data: bytes) -> None:
    """Refuse what python-pptx would choke on or expand without bound, with a message saying what to do."""
    if data[:4] == b"\xd0\xcf\x11\xe0":
        raise TemplateError(_("the template {path} is a legacy .ppt or a password-protected file; "
                              "save it from PowerPoint as an unprotected .pptx", path=path))
    try:
        entries = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except zipfile.BadZipFile:
        raise TemplateError(_("the template {path} is not a PowerPoint .pptx file; "
                              "save it from PowerPoint as .pptx, or leave out --template", path=path)) from None
    if len(entries) > 5000 or sum(e.file_size for e in entries) > 300 * 2**20:
        raise TemplateError(_("the template {path} is too large to be a slide template; "
                              "remove its slides and media and try again", path=path))


# PowerPoint templates (.potx), macro-enabled files and shows differ from a .pptx only by the main part's type.
_MAIN_TYPES = (CT.PML_TEMPLATE_MAIN, CT.PML_PRES_MACRO_MAIN, CT.PML_SLIDESHOW_MAIN,
               "application/vnd.ms-powerpoint.template.macroEnabled.main+xml",
               "application/vnd.ms-powerpoint.slideshow.macroEnabled.main+xml")
_VBA_PROJECT = "http://schemas.microsoft.com/office/2006/relationships/vbaProject"


def as_presentation(data: bytes) -> bytes:
    """A .potx, .pptm or .ppsx made a plain presentation, so that the deck can be saved as .pptx."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        types = source.read("[Content_Types].xml") if "[Content_Types].xml" in source.namelist() else b""
        if not any(t.encode() in types for t in _MAIN_TYPES):
            return data
        for main in _MAIN_TYPES:
            types = types.replace(main.encode(), CT.PML_PRESENTATION_MAIN.encode())
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
            for info in source.infolist():
                target.writestr(info, types if info.filename == "[Content_Types].xml" else source.read(info))
    return buffer.getvalue()


def unreadable(label: str, error: Exception) -> TemplateError:
    return TemplateError(_("the template {path} cannot be read as a PowerPoint file ({error}); "
                           "open and save it again in PowerPoint as .pptx, or leave out --template",
                           path=label, error=type(error).__name__))


def remove_slides(prs) -> None:
    """Sample slides are not part of the deck; masters, layouts, theme and notes master stay."""
    id_list = prs.slides._sldIdLst
    for slide_id in list(id_list):
        prs.part.drop_rel(slide_id.rId)
        id_list.remove(slide_id)


def drop_macros(prs) -> None:
    """A .pptx may not carry a VBA project; the deck needs none of the template's macros."""
    for rel in list(prs.part.rels.values()):
        if rel.reltype == _VBA_PROJECT:
            prs.part.drop_rel(rel.rId)


@dataclass(frozen=True)
class Template:
    """A template made ready once: its files without slides, the design, and where slides plug in."""

    entries: Mapping[str, bytes]  # zip member name -> content
    design: Design
    presentation: str  # member name of the presentation part
    notes_master: str
    next_rid: int  # first free relationship number of the presentation part
    core: str  # member name of the core properties
    custom: str | None  # member name of the template's own custom properties, if any


def member(part) -> str:
    return str(part.partname).lstrip("/")


def prepare(data: bytes, label: str) -> Template:
    """Open the template once with python-pptx, strip it to what decks need, and remember where slides go."""
    try:
        prs = Presentation(io.BytesIO(as_presentation(data)))
        remove_slides(prs)
        drop_macros(prs)
        design = describe(prs)
        notes_master = member(prs.notes_master.part)  # python-pptx adds its default notes master when missing
        prs.core_properties.revision = 1  # and core properties
        prs.part._element.get_or_add_sldIdLst()
        presentation = member(prs.part)
        buffer = io.BytesIO()
        prs.save(buffer)
    except Exception as error:  # python-pptx raises a dozen types on bad packages; all mean the same to a user
        raise unreadable(label, error) from None
    with zipfile.ZipFile(buffer) as archive:
        entries = {name: archive.read(name) for name in archive.namelist()}
    package = relationships(entries["_rels/.rels"])
    numbers = [int(m.group(1)) for rid, _t, _target in relationships(entries[rels_member(presentation)])
               if (m := re.fullmatch(r"rId(\d+)", rid))]
    return Template(entries, design, presentation, notes_master, max(numbers, default=0) + 1,
                    next(t.lstrip("/") for _r, kind, t in package if kind == RT.CORE_PROPERTIES),
                    next((t.lstrip("/") for _r, kind, t in package if kind == markers.CUSTOM_PROPERTIES_RELTYPE), None))


# --------------------------------------------------------------------------- geometry


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


# --------------------------------------------------------------------------- what a template offers


@dataclass(frozen=True)
class Placeholder:
    ph: str  # the attributes of the layout's <p:ph>, repeated on the slide so that it inherits from it
    box: Box


@dataclass(frozen=True)
class Layout:
    part: str  # zip member name of the slide layout
    title: Placeholder | None
    bodies: tuple[Placeholder, ...]  # content placeholders, left to right


@dataclass(frozen=True)
class Design:
    """What the writer needs to know of a template's layouts and size."""

    width: int
    height: int
    layouts: Mapping[str, Layout]
    content: Box  # where content goes on every slide, for consistent margins
    notes_image: str
    notes_body: str


def _normalise(name: str) -> str:
    return " ".join(name.lower().split())


def resolve_layouts(prs) -> dict[str, object]:
    """Role -> slide layout, by name, then built-in type, then along FALLBACKS; the first layout as a last resort."""
    found = [layout for master in prs.slide_masters for layout in master.slide_layouts]
    by_name, by_type = {}, {}
    for layout in found:
        by_name.setdefault(_normalise(layout.name), layout)
        by_type.setdefault(layout._element.get("type", ""), layout)

    def exact(role: str):
        named = next((by_name[_normalise(n)] for n in LAYOUT_NAMES[role] if _normalise(n) in by_name), None)
        return named if named is not None else by_type.get(LAYOUT_TYPES[role])

    resolved = {}
    for role, chain in FALLBACKS.items():
        resolved[role] = next((item for r in chain if (item := exact(r)) is not None), found[0])
    return resolved


_TITLE_TYPES = (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE)
_BODY_TYPES = (PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT, PP_PLACEHOLDER.SUBTITLE)


def _placeholder(shape) -> Placeholder:
    ph = shape._element.ph
    attributes = " ".join(f'{k}="{v}"' for k, v in ph.attrib.items() if k in ("type", "idx", "sz", "orient"))
    return Placeholder(attributes, Box(int(shape.left or 0), int(shape.top or 0), int(shape.width or 0), int(shape.height or 0)))


def describe_layout(layout) -> Layout:
    title, bodies = None, []
    for shape in layout.placeholders:
        kind = shape.placeholder_format.type
        if kind in _TITLE_TYPES and title is None:
            title = _placeholder(shape)
        elif kind in _BODY_TYPES and shape._element.ph.get("orient") != "vert":
            bodies.append(_placeholder(shape))
    return Layout(member(layout.part), title, tuple(sorted(bodies, key=lambda p: (p.box.left, p.box.top))))


def describe(prs) -> Design:
    width, height = int(prs.slide_width), int(prs.slide_height)
    layouts = {role: describe_layout(layout) for role, layout in resolve_layouts(prs).items()}
    notes = {p.placeholder_format.type: _placeholder(p).ph for p in prs.notes_master.placeholders}
    return Design(width, height, layouts, content_box(layouts["content"], width, height),
                  notes.get(PP_PLACEHOLDER.SLIDE_IMAGE, 'type="sldImg"'), notes.get(PP_PLACEHOLDER.BODY, 'type="body" idx="1"'))


def content_box(layout: Layout, width: int, height: int) -> Box:
    """The Content layout's body placeholder when it is a sensible content area, else the space under a title."""
    for body in layout.bodies:
        box = body.box
        if box.width > width // 2 and box.height > height // 3 and box.left >= 0 and box.top >= 0 \
                and box.right <= width and box.bottom <= height:
            return box
    margin, top = round(width * 0.045), round(height * 0.22)
    return Box(margin, top, width - 2 * margin, height - top - BOTTOM_MARGIN)


# --------------------------------------------------------------------------- plan and timing


@dataclass
class PlannedSlide:
    kind: str  # title, agenda, section, takeaways, questions
    weight: float
    section: Section | None = None
    seconds: int = 0
    elapsed: int = 0


def section_weight(section: Section) -> float:
    weight = 1.0 + 0.35 * len(section.criteria)
    if not section.required:
        weight *= 0.5
    if section.level == 2:
        weight *= 0.8
    return weight


def plan_deck(request: RenderRequest) -> list[PlannedSlide]:
    plan = [PlannedSlide("title", FRAMING_WEIGHT["title"]), PlannedSlide("agenda", FRAMING_WEIGHT["agenda"])]
    plan += [PlannedSlide("section", section_weight(s), s) for s in request.deliverable.sections]
    plan += [PlannedSlide("takeaways", FRAMING_WEIGHT["takeaways"]), PlannedSlide("questions", FRAMING_WEIGHT["questions"])]
    seconds = allocate_seconds([p.weight for p in plan], round(request.duration_minutes * 60))
    elapsed = 0
    for planned, share in zip(plan, seconds):
        elapsed += share
        planned.seconds, planned.elapsed = share, elapsed
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


# --------------------------------------------------------------------------- short texts

_SENTENCE_END = re.compile(r"(?<=[.!?…])[ \t\r\n]+")
_CLAUSE_BREAK = re.compile(r"[ \u00a0]*[,;:(–—][ \u00a0]*| - ")
_SPACES = re.compile(r"[ \t\r\n\f\v]+")  # not str.split(): it would also eat the no-break spaces of French typography


def squash(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(squash(text)) if s.strip()]


def unbracket(text: str) -> str:
    text = text.strip()
    return text[1:-1].strip() if text.startswith("[") and text.endswith("]") else text


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


def bracketed(text: str) -> str:
    return f"[{text}]"


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


# --------------------------------------------------------------------------- DrawingML text

_NS = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
       'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"')
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_SCHEME = frozenset({"tx1", "tx2", "bg1", "bg2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6"})


def esc(text: str) -> str:
    """Text as XML character data: one line, no characters XML cannot hold."""
    return escape(_NOT_XML.sub(" ", squash(str(text))), {'"': "&quot;"})


@dataclass(frozen=True)
class Style:
    size: int | None = None  # points; None inherits from the layout and theme
    bold: bool = False
    italic: bool = False
    colour: str | None = None  # a theme slot (tx1, tx2, bg1, bg2, accent1..6) or RRGGBB
    align: str | None = None  # l, ctr, r


PLAIN = Style()


def colour_xml(colour: str, alpha: int | None = None) -> str:
    tag = "schemeClr" if colour in _SCHEME else "srgbClr"
    inner = f'<a:alpha val="{alpha * 1000}"/>' if alpha else ""
    return f'<a:{tag} val="{colour}">{inner}</a:{tag}>'


def fill_xml(colour: str | None, alpha: int | None = None) -> str:
    return f"<a:solidFill>{colour_xml(colour, alpha)}</a:solidFill>" if colour else "<a:noFill/>"


def line_xml(colour: str | None, dashed: bool = False) -> str:
    if colour is None:
        return "<a:ln><a:noFill/></a:ln>"
    dash = '<a:prstDash val="dash"/>' if dashed else ""
    return f'<a:ln w="12700">{fill_xml(colour)}{dash}</a:ln>'


def run_props(tag: str, lang: str, style: Style) -> str:
    size = f' sz="{style.size * 100}"' if style.size else ""
    flags = (' b="1"' if style.bold else "") + (' i="1"' if style.italic else "")
    fill = fill_xml(style.colour) if style.colour else ""
    return f'<a:{tag} lang="{lang}"{size}{flags} dirty="0">{fill}</a:{tag}>' if fill else f'<a:{tag} lang="{lang}"{size}{flags} dirty="0"/>'


def paragraph_xml(text: str, lang: str, style: Style = PLAIN, numbering: int | None = None, bullets: bool = True) -> str:
    """One paragraph, its run and its end marked with `lang` so that spell-checking uses the right dictionary."""
    props = f' algn="{style.align}"' if style.align else ""
    if numbering is not None:
        start = f' startAt="{numbering}"' if numbering != 1 else ""
        hanging = Inches(0.55)  # room for "10."
        ppr = (f'<a:pPr marL="{hanging}" indent="{-hanging}"{props}><a:buFont typeface="+mj-lt"/>'
               f'<a:buAutoNum type="arabicPeriod"{start}/></a:pPr>')
    elif not bullets:
        ppr = f'<a:pPr marL="0" indent="0"{props}><a:buNone/></a:pPr>'
    else:
        ppr = f"<a:pPr{props}/>" if props else ""
    run = f'<a:r>{run_props("rPr", lang, style)}<a:t>{esc(text)}</a:t></a:r>' if text else ""
    return f"<a:p>{ppr}{run}{run_props('endParaRPr', lang, Style(size=style.size))}</a:p>"


def paragraphs_xml(lines: Sequence[tuple[str, Style]], lang: str, bullets: bool = True) -> str:
    return "".join(paragraph_xml(text, lang, style, bullets=bullets) for text, style in lines) or paragraph_xml("", lang)


def body_props(anchor: str = "t", inset: int = INSET, vertical: bool = False) -> str:
    vert = ' vert="vert270"' if vertical else ""
    return (f'<a:bodyPr wrap="square" lIns="{inset}" tIns="{inset // 2}" rIns="{inset}" bIns="{inset // 2}" '
            f'rtlCol="0" anchor="{anchor}"{vert}><a:normAutofit/></a:bodyPr>')


def xfrm(box: Box, tag: str = "a:xfrm") -> str:
    return f'<{tag}><a:off x="{box.left}" y="{box.top}"/><a:ext cx="{box.width}" cy="{box.height}"/></{tag}>'


# --------------------------------------------------------------------------- shapes


class Shapes:
    """The shapes placed on one slide, or in one group of it, as PresentationML; ids are unique per slide."""

    def __init__(self, ids: Iterator[int], lang: str) -> None:
        self.ids, self.lang = ids, lang
        self.items: list[str | tuple[str, int, Shapes]] = []
        self.boxes: list[Box] = []

    def _add(self, xml: str, box: Box) -> None:
        self.items.append(xml)
        self.boxes.append(box)

    def block(self, box: Box, lines: Sequence[tuple[str, Style]], *, name: str = "", fill: str | None = "bg2",
              alpha: int | None = None, line: str | None = "accent1", dashed: bool = False, anchor: str = "t",
              geometry: str = "rect", inset: int = INSET) -> None:
        """A filled, outlined shape holding text."""
        shape_id = next(self.ids)
        self._add(
            f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name="{esc(name or f"Shape {shape_id}")}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>'
            f'<p:spPr>{xfrm(box)}<a:prstGeom prst="{geometry}"><a:avLst/></a:prstGeom>{fill_xml(fill, alpha)}'
            f"{line_xml(line, dashed)}<a:effectLst/></p:spPr>"
            f"<p:txBody>{body_props(anchor, inset)}<a:lstStyle/>{paragraphs_xml(lines, self.lang, bullets=False)}</p:txBody></p:sp>",
            box,
        )

    def label(self, box: Box, text: str, style: Style, *, anchor: str = "ctr", vertical: bool = False, name: str = "") -> None:
        """A text box without fill or outline."""
        shape_id = next(self.ids)
        self._add(
            f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name="{esc(name or f"Text {shape_id}")}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>'
            f'<p:spPr>{xfrm(box)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>'
            f"<p:txBody>{body_props(anchor, Inches(0.04), vertical)}<a:lstStyle/>"
            f"{paragraph_xml(text, self.lang, style, bullets=False)}</p:txBody></p:sp>",
            box,
        )

    def placeholder(self, placeholder: Placeholder, name: str, body: str, box: Box | None = None) -> None:
        """Text in a layout placeholder: it keeps the layout's position and styles unless `box` moves it."""
        shape_id = next(self.ids)
        self._add(
            f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name="{esc(name)}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
            f"<p:nvPr><p:ph {placeholder.ph}/></p:nvPr></p:nvSpPr><p:spPr>{xfrm(box) if box else ''}</p:spPr>"
            f"<p:txBody><a:bodyPr><a:normAutofit/></a:bodyPr><a:lstStyle/>{body}</p:txBody></p:sp>",
            box or placeholder.box,
        )

    def textbox(self, box: Box, name: str, body: str, anchor: str = "t") -> None:
        """A plain text box standing in for a placeholder the layout lacks."""
        shape_id = next(self.ids)
        self._add(
            f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name="{esc(name)}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>'
            f'<p:spPr>{xfrm(box)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>'
            f"<p:txBody>{body_props(anchor)}<a:lstStyle/>{body}</p:txBody></p:sp>",
            box,
        )

    def table(self, box: Box, rows: Sequence[Sequence[str]], *, name: str, widths: Sequence[float] | None = None,
              size: int = MIN_FONT, row_height: int = Inches(0.42), tints: Mapping[tuple[int, int], str] | None = None,
              bold_rows: Iterable[int] = (), centred_columns: Iterable[int] = ()) -> None:
        """A real PowerPoint table, header row first, restyled by the template's table style; `tints` by (row, column)."""
        tints = tints or {}
        n_cols = len(rows[0])
        column_boxes = box.columns(widths or [1] * n_cols, gap=0)
        height = min(row_height, box.height // len(rows))
        bold, centred = {0, *bold_rows}, set(centred_columns)
        body = "".join(
            f'<a:tr h="{height}">'
            + "".join(self._cell(text, Style(size=size, bold=r in bold, align="ctr" if c in centred else None), tints.get((r, c)))
                      for c, text in enumerate(values))
            + "</a:tr>"
            for r, values in enumerate(rows)
        )
        frame = Box(box.left, box.top, box.width, height * len(rows))
        shape_id = next(self.ids)
        self._add(
            f'<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="{shape_id}" name="{esc(name)}"/><p:cNvGraphicFramePr>'
            f'<a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>{xfrm(frame, "p:xfrm")}'
            '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl>'
            f'<a:tblPr firstRow="1" bandRow="1"><a:tableStyleId>{TABLE_STYLE}</a:tableStyleId></a:tblPr><a:tblGrid>'
            + "".join(f'<a:gridCol w="{b.width}"/>' for b in column_boxes)
            + f"</a:tblGrid>{body}</a:tbl></a:graphicData></a:graphic></p:graphicFrame>",
            frame,
        )

    def _cell(self, text: str, style: Style, tint: str | None) -> str:
        fill = f"<a:solidFill>{colour_xml(tint, 35)}</a:solidFill>" if tint else ""
        margin = Inches(0.06)
        return (f"<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>{paragraph_xml(text, self.lang, style, bullets=False)}</a:txBody>"
                f'<a:tcPr marL="{margin}" marR="{margin}" marT="{margin // 2}" marB="{margin // 2}" anchor="ctr">{fill}</a:tcPr></a:tc>')

    def group(self, name: str) -> Shapes:
        """Shapes drawn as one object (a canvas): they move together and carry the section's marker."""
        child = Shapes(self.ids, self.lang)
        self.items.append((name, next(self.ids), child))
        return child

    def xml(self) -> str:
        parts = []
        for item in self.items:
            if isinstance(item, str):
                parts.append(item)
                continue
            name, shape_id, child = item
            box = bounding(child.boxes)
            transform = (f'<a:xfrm><a:off x="{box.left}" y="{box.top}"/><a:ext cx="{box.width}" cy="{box.height}"/>'
                         f'<a:chOff x="{box.left}" y="{box.top}"/><a:chExt cx="{box.width}" cy="{box.height}"/></a:xfrm>')
            parts.append(f'<p:grpSp><p:nvGrpSpPr><p:cNvPr id="{shape_id}" name="{esc(name)}"/><p:cNvGrpSpPr/><p:nvPr/>'
                         f"</p:nvGrpSpPr><p:grpSpPr>{transform}</p:grpSpPr>{child.xml()}</p:grpSp>")
        return "".join(parts)



def cell_lines(title: str, body: str, box: Box, *, colour: str | None = None, title_size: int = 14,
               body_size: int = MIN_FONT, align: str | None = None) -> list[tuple[str, Style]]:
    """A bold title and a prompt shortened to fit `box`; `colour` for text on dark fills."""
    lines = [(title, Style(size=title_size, bold=True, colour=colour or "tx2", align=align))]
    if body:
        reserved = 1 + len(title) * title_size // max(int(box.width / EMU_PER_PT * 1.9), 1)
        lines.append((fit(body, box, body_size, reserved_lines=reserved), Style(size=body_size, colour=colour or "tx1", align=align)))
    return lines


# --------------------------------------------------------------------------- slides


@dataclass
class SlideXml:
    """One slide ready for the package: its layout role, its shapes, its notes."""

    role: str
    layout: Layout
    shapes: Shapes
    section_id: str | None = None
    notes: bytes = b""

    def xml(self) -> bytes:
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:sld {_NS}><p:cSld><p:spTree>'
                '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>'
                f"{self.shapes.xml()}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>").encode("utf-8")


def notes_xml(design: Design, name: str, lines: Sequence[tuple[str, Style]], lang: str) -> bytes:
    """A notes page: the slide picture and the speaker notes."""
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:notes {_NS}><p:cSld><p:spTree>'
            '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>'
            '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/><p:cNvSpPr><a:spLocks noGrp="1" '
            f'noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph {design.notes_image}/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>'
            f'<p:sp><p:nvSpPr><p:cNvPr id="3" name="{esc(name)}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
            f"<p:nvPr><p:ph {design.notes_body}/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>"
            f"{paragraphs_xml(lines, lang, bullets=False)}</p:txBody></p:sp>"
            "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>").encode("utf-8")


# --------------------------------------------------------------------------- the package

_SAFE = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_P_NS = "http://schemas.openxmlformats.org/presentationml/2006/main"
_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_STORED = (".png", ".jpg", ".jpeg", ".gif", ".tif", ".tiff", ".wdp", ".mp3", ".mp4", ".m4a", ".mov", ".wav", ".zip")
FIRST_SLIDE_ID = 256


def rels_member(name: str) -> str:
    folder, base = posixpath.split(name)
    return posixpath.join(folder, "_rels", base + ".rels")


def relative(source: str, target: str) -> str:
    return posixpath.relpath(target, posixpath.dirname(source))


def relationships(xml: bytes) -> list[tuple[str, str, str]]:
    root = etree.fromstring(xml, _SAFE)
    return [(r.get("Id"), r.get("Type"), r.get("Target")) for r in root.iter(f"{{{_RELS_NS}}}Relationship")]


def rels_xml(items: Iterable[tuple[str, str, str]]) -> bytes:
    body = "".join(f'<Relationship Id="{rid}" Type="{kind}" Target="{esc(target)}"/>' for rid, kind, target in items)
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{_RELS_NS}">{body}'
            "</Relationships>").encode("utf-8")


def add_relationships(xml: bytes, items: Iterable[tuple[str, str, str]]) -> bytes:
    root = etree.fromstring(xml, _SAFE)
    for rid, kind, target in items:
        etree.SubElement(root, f"{{{_RELS_NS}}}Relationship", Id=rid, Type=kind, Target=target)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def add_overrides(xml: bytes, items: Iterable[tuple[str, str]]) -> bytes:
    root = etree.fromstring(xml, _SAFE)
    for name, content_type in items:
        etree.SubElement(root, f"{{{_TYPES_NS}}}Override", PartName="/" + name, ContentType=content_type)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def add_slide_ids(xml: bytes, items: Iterable[tuple[int, str]]) -> bytes:
    root = etree.fromstring(xml, _SAFE)
    id_list = root.find(f"{{{_P_NS}}}sldIdLst")
    for slide_id, rid in items:
        etree.SubElement(id_list, f"{{{_P_NS}}}sldId", {"id": str(slide_id), f"{{{_R_NS}}}id": rid})
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def core_xml(request: RenderRequest) -> bytes:
    stamp = f"{request.today.isoformat()}T00:00:00Z"
    values = (("dc:title", request.text(request.deliverable.title)),
              ("dc:subject", request.text(request.referential.certification.title)),
              ("dc:creator", "mind-templates"), ("cp:lastModifiedBy", "mind-templates"), ("cp:revision", "1"),
              ("dc:language", request.language_tag))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            + "".join(f"<{tag}>{esc(value)}</{tag}>" for tag, value in values)
            + f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
            + f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified></cp:coreProperties>').encode("utf-8")


def deck_properties(request: RenderRequest, slide_map: list[tuple[int, str]]) -> dict[str, str]:
    """The custom document properties that `check` reads back."""
    return {
        markers.DELIVERABLE_PROPERTY: request.deliverable.id,
        markers.VERSION_PROPERTY: request.referential.version,
        markers.DOCUMENT_LANGUAGE_PROPERTY: request.doc_lang,
        markers.ORAL_LANGUAGE_PROPERTY: request.oral_lang,
        markers.SLIDES_PROPERTY: markers.encode_slide_map(slide_map),
    }


def write_package(path: Path, template: Template, slides: Sequence[SlideXml], request: RenderRequest) -> None:
    """The prepared template's files plus the slides, their notes and the markers, written as one .pptx."""
    members = dict(template.entries)
    overrides, presentation_rels, slide_ids = [], [], []
    for n, slide in enumerate(slides, start=1):
        slide_name, notes_name = f"ppt/slides/slide{n}.xml", f"ppt/notesSlides/notesSlide{n}.xml"
        members[slide_name] = slide.xml()
        members[rels_member(slide_name)] = rels_xml([
            ("rId1", RT.SLIDE_LAYOUT, relative(slide_name, template.design.layouts[slide.role].part)),
            ("rId2", RT.NOTES_SLIDE, relative(slide_name, notes_name)),
        ])
        members[notes_name] = slide.notes
        members[rels_member(notes_name)] = rels_xml([
            ("rId1", RT.NOTES_MASTER, relative(notes_name, template.notes_master)),
            ("rId2", RT.SLIDE, relative(notes_name, slide_name)),
        ])
        rid = f"rId{template.next_rid + n - 1}"
        presentation_rels.append((rid, RT.SLIDE, relative(template.presentation, slide_name)))
        slide_ids.append((FIRST_SLIDE_ID + n - 1, rid))
        overrides += [(slide_name, CT.PML_SLIDE), (notes_name, CT.PML_NOTES_SLIDE)]
    slide_map = [(slide_id, slide.section_id) for (slide_id, _), slide in zip(slide_ids, slides) if slide.section_id]
    properties = deck_properties(request, slide_map)
    custom = template.custom or "docProps/custom.xml"
    if template.custom:
        properties = {**markers.read_custom_properties(members[custom]), **properties}
    else:
        overrides.append((custom, markers.CUSTOM_PROPERTIES_CONTENT_TYPE))
        members["_rels/.rels"] = add_relationships(members["_rels/.rels"], [("rIdMindTemplates", markers.CUSTOM_PROPERTIES_RELTYPE, custom)])
    members[custom] = markers.custom_properties_xml(properties)
    members[template.core] = core_xml(request)
    members[template.presentation] = add_slide_ids(members[template.presentation], slide_ids)
    rels = rels_member(template.presentation)
    members[rels] = add_relationships(members[rels], presentation_rels)
    members["[Content_Types].xml"] = add_overrides(members["[Content_Types].xml"], overrides)
    save_zip(path, members, request.today.timetuple()[:6])


def save_zip(path: Path, members: Mapping[str, bytes], date_time: tuple[int, ...]) -> None:
    """Content types first, as Office expects; media stored as they are (they do not deflate)."""
    order = ["[Content_Types].xml", "_rels/.rels", *(n for n in members if n not in ("[Content_Types].xml", "_rels/.rels"))]
    with zipfile.ZipFile(path, "w") as archive:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.compress_type = zipfile.ZIP_STORED if name.lower().endswith(_STORED) else zipfile.ZIP_DEFLATED
            archive.writestr(info, members[name])


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


# --------------------------------------------------------------------------- the deck


@dataclass
class Notes:
    """What the speaker notes of one slide say, in the oral language."""

    say: list[str]
    criteria: list[str] = field(default_factory=list)
    criteria_label: str = ""
    before: list[str] = field(default_factory=list)


class DeckBuilder:
    """Turns the plan of a deck into slides, each with its notes and the section it shows."""

    def __init__(self, request: RenderRequest, design: Design) -> None:
        self.request, self.design = request, design
        self.ui, self.oral = request.ui, request.oral_ui
        self.lang, self.oral_lang = request.language_tag, request.oral_language_tag

    def build(self) -> Iterable[SlideXml]:
        builders: dict[str, Callable[[PlannedSlide], tuple[SlideXml, Notes, str]]] = {
            "title": self.title_slide,
            "agenda": self.agenda_slide,
            "section": self.section_slide,
            "takeaways": self.takeaways_slide,
            "questions": self.questions_slide,
        }
        for planned in plan_deck(self.request):
            slide, notes, notes_name = builders[planned.kind](planned)
            slide.notes = notes_xml(self.design, notes_name, self.notes_lines(notes, planned), self.oral_lang)
            slide.section_id = planned.section.id if planned.section else None
            yield slide

    # -- frame of every slide

    def new_slide(self, role: str) -> SlideXml:
        return SlideXml(role, self.design.layouts[role], Shapes(itertools.count(2), self.lang))

    def default_title_box(self) -> Box:
        margin, height = self.design.content.left, self.design.height
        return Box(margin, round(height * 0.047), self.design.width - 2 * margin, round(height * 0.127))

    def title(self, slide: SlideXml, text: str, name: str) -> Box:
        """Fill the title placeholder, or add a title text box when the layout has none; return where it is."""
        placeholder = slide.layout.title
        if placeholder is None:
            box = self.default_title_box()
            slide.shapes.textbox(box, name, paragraph_xml(text, self.lang, Style(size=28, bold=True, colour="tx2"), bullets=False), "b")
            return box
        if slide.role == "title":  # the cover's large title has room for two lines
            size = 32 if len(text) > 100 else None
        else:
            size = 22 if len(text) > 90 else 26 if len(text) > 60 else None
        slide.shapes.placeholder(placeholder, name, paragraph_xml(text, self.lang, Style(size=size)))
        return placeholder.box

    def area_below(self, title: Box) -> Box:
        """The content area of the design, pushed down if this slide's title reaches into it."""
        base = self.design.content
        top = max(base.top, title.bottom + GAP)
        bottom = min(base.bottom, self.design.height - BOTTOM_MARGIN // 2)
        return Box(base.left, top, base.width, max(bottom - top, Inches(1)))

    def text_in(self, slide: SlideXml, index: int, box: Box | None, name: str, body: str) -> None:
        """Text in the layout's `index`-th content placeholder (moved to `box` if given), else in a text box at `box`."""
        bodies = slide.layout.bodies
        if index < len(bodies):
            moved = box if box is not None and box != bodies[index].box else None
            slide.shapes.placeholder(bodies[index], name, body, moved)
        else:
            slide.shapes.textbox(box or self.design.content, name, body)

    def lines(self, texts: Iterable[str], style: Style = PLAIN, bullets: bool = True) -> str:
        return "".join(paragraph_xml(t, self.lang, style, bullets=bullets) for t in texts)

    # -- framing slides

    def title_slide(self, planned: PlannedSlide) -> tuple[SlideXml, Notes, str]:
        request, deliverable = self.request, self.request.deliverable
        slide = self.new_slide("title")
        title = self.title(slide, request.text(deliverable.title), "Deck title")
        people = "team" if deliverable.team else "candidate"
        client = request.field("client")
        lines = [
            request.field("project") or request.placeholder("project"),
            request.field(people) or request.placeholder(people),
            self.ui.gettext("{label}: {value}", label=request.label("client"), value=client) if client else request.placeholder("client"),
            *([request.field("school")] if request.field("school") else []),
            request.field("date"),
        ]
        box = None if slide.layout.bodies else self.area_below(title)
        self.text_in(slide, 0, box, "Deck subtitle", self.lines(lines, bullets=False))
        oral = self.oral
        say = oral.gettext("Introduce the team, the client and the project in one sentence each, then say what the jury is going to see.") \
            if deliverable.team else \
            oral.gettext("Introduce yourself, the client and the project in one sentence each, then say what the jury is going to see.")
        competences = [f"{c} — {request.text(request.referential.competence(c).statement, request.oral_lang)}"
                       for c in deliverable.competences]
        return slide, Notes([say], competences, oral.gettext("Competences assessed")), "Deck title notes"

    def agenda_slide(self, planned: PlannedSlide) -> tuple[SlideXml, Notes, str]:
        request = self.request
        parts = [s for s in request.deliverable.sections if s.level == 1]
        titles = [request.text(s.title) for s in parts]
        halves = [titles[: (len(titles) + 1) // 2], titles[(len(titles) + 1) // 2:]] if len(titles) > 7 else [titles]
        slide = self.new_slide("two-content" if len(halves) == 2 else "content")
        title = self.title(slide, self.ui.gettext("Agenda"), "Agenda title")
        boxes = self.area_below(title).columns([1] * len(halves), gap=Inches(0.333))
        keep_layout = len(slide.layout.bodies) >= len(halves)
        start = 1
        for index, (half, box) in enumerate(zip(halves, boxes)):
            style = Style(size=16) if len(half) > 8 else PLAIN
            body = "".join(paragraph_xml(t, self.lang, style, numbering=start) for t in half)
            self.text_in(slide, index, None if keep_layout else box, "Agenda", body)
            start += len(half)
        say = [self.oral.ngettext(
            "Announce the single part of the talk and how long it lasts ({time}).",
            "Announce the {n} parts of the talk and how long it lasts ({time}).",
            len(parts), time=format_duration(round(request.duration_minutes * 60), request),
        )] + [f"{i}. {request.text(s.title, request.oral_lang)}" for i, s in enumerate(parts, 1)]
        return slide, Notes(say), "Agenda notes"

    def takeaways_slide(self, planned: PlannedSlide) -> tuple[SlideXml, Notes, str]:
        request, ui = self.request, self.ui
        slide = self.new_slide("content")
        title = self.title(slide, ui.gettext("Key takeaways"), "Takeaways title")
        requirements = request.deliverable.seed_requirements
        bullets = [ui.gettext("[{topic}: your conclusion in one sentence]", topic=shorten(request.text(r.text), 50))
                   for r in requirements[:4]]
        bullets += [ui.gettext("[Key message {n}]", n=n) for n in range(len(bullets) + 1, 4)]
        box = None if slide.layout.bodies else self.area_below(title)
        self.text_in(slide, 0, box, "Takeaways", self.lines(bullets))
        say = [self.oral.gettext("Restate the messages the jury should remember, one per requirement of the referential, "
                                 "and the decision you expect from the client.")]
        recalled = [request.text(r.text, request.oral_lang) for r in requirements]
        return slide, Notes(say, recalled, self.oral.gettext("Requirements of the referential")), "Takeaways notes"

    def questions_slide(self, planned: PlannedSlide) -> tuple[SlideXml, Notes, str]:
        request, ui = self.request, self.ui
        slide = self.new_slide("canvas")
        title = self.title(slide, ui.gettext("Questions and objections"), "Questions title")
        groups = self.criterion_groups()[:4]
        rows = [[ui.gettext("[Likely question about “{topic}”]", topic=shorten(request.text(group), 60)),
                 ui.gettext("[Your answer, with the figure or slide that backs it]")] for group, _ids in groups]
        rows += [[ui.gettext("[Likely question or objection]"), ui.gettext("[Your answer, with the figure or slide that backs it]")]
                 for _ in range(len(rows), EMPTY_ROWS)]
        area = self.area_below(title)
        slide.shapes.table(area, [[ui.gettext("Question or objection"), ui.gettext("Prepared answer")], *rows],
                           name="Questions table", size=14, row_height=min(Inches(0.95), area.height // (len(rows) + 1)))
        say = [self.oral.gettext("The jury will ask questions and raise objections: answer briefly, with a figure or a slide, "
                                 "and never argue. Rehearse each answer aloud.")]
        topics = [f"{request.text(group, request.oral_lang)} — {', '.join(ids)}" for group, ids in groups]
        return slide, Notes(say, topics, self.oral.gettext("Jury criteria")), "Questions notes"

    def criterion_groups(self) -> list[tuple[object, list[str]]]:
        """The criterion groups this deliverable answers, in order, with their criterion ids."""
        request = self.request
        groups: dict[str, tuple[object, list[str]]] = {}
        for criterion_id in request.deliverable.criteria_ids:
            criterion = request.referential.criterion(criterion_id)
            groups.setdefault(criterion.group[request.doc_lang], (criterion.group, []))[1].append(criterion_id)
        return list(groups.values())

    # -- section slides

    def section_slide(self, planned: PlannedSlide) -> tuple[SlideXml, Notes, str]:
        section = planned.section
        assert section is not None
        visual = visual_of(self.request, section)
        slide = self.new_slide({"bullets": "content", "figure": "two-content"}.get(visual, "canvas"))
        title = self.title(slide, self.request.text(section.title), markers.section_shape_name(section.id, "title"))
        area = self.area_below(title)
        left_out: list[str] = []
        if visual == "bullets":
            count = 4 if section.required and len(section.criteria) >= 3 else 3
            self.bullets(slide, section, None if slide.layout.bodies else area, count)
        elif visual == "figure":
            self.figure(slide, section, area)
        else:
            left_out = self.draw(visual, slide, section, area)
        return slide, self.section_notes(section, visual, left_out), markers.section_shape_name(section.id, "notes")

    def bullets(self, slide: SlideXml, section: Section, box: Box | None, count: int, limit: int = MAX_BULLET) -> None:
        body = self.lines(bullet_prompts(self.request, section, count, limit))
        self.text_in(slide, 0, box, markers.section_shape_name(section.id, "body"), body)

    def figure(self, slide: SlideXml, section: Section, area: Box) -> None:
        bodies = slide.layout.bodies
        if len(bodies) >= 2:
            text_box, figure_box = None, bodies[1].box
        else:
            text_box, figure_box = area.columns([0.42, 0.58], gap=Inches(0.333))
        self.bullets(slide, section, text_box, count=3, limit=80)
        caption = self.request.text(section.figure) if section.figure else self.request.text(section.title)
        figure_box_shape(slide.shapes, figure_box, caption, self.ui.gettext("[Insert the figure here]"),
                         markers.section_shape_name(section.id, "figure"))

    def draw(self, visual: str, slide: SlideXml, section: Section, area: Box) -> list[str]:
        """Draw a canvas, a table or a mock-up; return sentences for the notes (what the slide leaves out)."""
        if visual in ("gantt", "table", "decision-matrix"):
            draw = {"gantt": draw_gantt, "table": draw_table, "decision-matrix": draw_decision_matrix}[visual]
            return draw(self, slide.shapes, area, section)
        group = slide.shapes.group(markers.section_shape_name(section.id, "canvas"))
        if visual == "journey":
            return draw_journey(self, group, area, section)
        if visual == "dashboard":
            draw_dashboard(self, group, area, section)
            return []
        CANVAS_DRAWERS.get(visual.split(":", 1)[1], draw_grid)(self, group, area, section)
        return []

    # -- notes

    def section_notes(self, section: Section, visual: str, left_out: list[str]) -> Notes:
        request, oral = self.request, self.oral
        leads = {
            "bullets": oral.gettext("Start with your key message on “{title}”, then give the two or three facts that prove it."),
            "figure": oral.gettext("Show the figure and say in one sentence what the jury should notice in it."),
            "dashboard": oral.gettext("Read the dashboard from the headline indicators down to the detail, and say who uses it and how often."),
            "journey": oral.gettext("Walk through the journey stage by stage and stop on the lowest emotional point."),
            "gantt": oral.gettext("Show the critical path and the milestones, then say where you kept buffers."),
            "table": oral.gettext("Do not read the table: point the jury to the line or figure that matters and say what it means."),
            "decision-matrix": oral.gettext("Give the weights first, then the winner and by how much; say whether the ranking holds if the weights move."),
            "canvas:risk-matrix": oral.gettext("Point to the red zone first: name the risks in it and what you do about each."),
            "canvas:technology-radar": oral.gettext("Explain one move per ring, from adopt to hold, each backed by a fact from your watch."),
        }
        lead = leads.get(visual) or oral.gettext("Go through the blocks in a logical order and link them: the jury looks for coherence, not a list.")
        oral_title = request.text(section.title, request.oral_lang)
        say = [lead.format(title=oral_title), request.text(section.guidance, request.oral_lang), *left_out]
        if not section.required:
            say.append(oral.gettext("This section is optional: skip it if you are short of time."))
        criteria = [f"{c} — {request.text(request.referential.criterion(c).text, request.oral_lang)}" for c in section.criteria]
        before = []
        if request.doc_lang != request.oral_lang:
            language = locale_of(request.oral_lang).get_language_name(locale_of(request.oral_lang))
            before = [oral.gettext("In {language}: {title}", language=language, title=oral_title)]
        return Notes(say, criteria, oral.gettext("Jury criteria"), before)

    def notes_lines(self, notes: Notes, planned: PlannedSlide) -> list[tuple[str, Style]]:
        oral, bold = self.oral, Style(bold=True)
        lines = [(line, PLAIN) for line in notes.before]
        lines += [(oral.gettext("What to say"), bold), *((line, PLAIN) for line in notes.say if line)]
        if notes.criteria:
            lines += [(notes.criteria_label, bold), *((line, PLAIN) for line in notes.criteria)]
        lines += [
            (oral.gettext("Suggested time: {time}", time=format_duration(planned.seconds, self.request)), bold),
            (oral.gettext("End of this slide at {elapsed} from the start.",
                          elapsed=format_duration(planned.elapsed, self.request)), PLAIN),
        ]
        return lines


# --------------------------------------------------------------------------- tables


def figure_box_shape(shapes: Shapes, box: Box, caption: str, hint: str, name: str) -> None:
    """A dashed, clearly labelled frame where the student pastes the visual."""
    lines = [(fit(caption, box, 16, reserved_lines=2), Style(size=16, bold=True, colour="tx2", align="ctr")),
             (hint, Style(size=14, italic=True, colour="accent1", align="ctr"))]
    shapes.block(box, lines, name=name, dashed=True, anchor="ctr", inset=Inches(0.2))


def body_rows(deck: DeckBuilder, section: Section, width: int, limit: int) -> tuple[list[list[str]], int]:
    """Body rows (the referential's row labels in the first column, else empty rows) and how many rows exist."""
    labels = [deck.request.text(r) for r in section.rows]
    if not labels:
        return [[""] * width for _ in range(EMPTY_ROWS)], EMPTY_ROWS
    return [[label] + [""] * (width - 1) for label in labels[:limit]], len(labels)


def left_out(deck: DeckBuilder, shown_columns: int, columns: int, shown_rows: int, rows: int) -> list[str]:
    oral, notes = deck.oral, []
    if shown_columns < columns:
        notes.append(oral.gettext("The slide shows {shown} of the {total} columns; the full table is in the document.",
                                  shown=shown_columns, total=columns))
    if shown_rows < rows:
        notes.append(oral.gettext("The slide shows {shown} of the {total} rows; the full table is in the document.",
                                  shown=shown_rows, total=rows))
    return notes


def row_limit(area: Box, row_height: int = Inches(0.42)) -> int:
    return max(min(area.height // row_height - 1, 10), 2)


def table_font(rows: int, columns: int) -> int:
    return 14 if rows <= 6 and columns <= 5 else MIN_FONT


def draw_table(deck: DeckBuilder, shapes: Shapes, area: Box, section: Section) -> list[str]:
    header = [deck.request.text(c) for c in section.columns][:MAX_TABLE_COLUMNS]
    rows, total = body_rows(deck, section, len(header), row_limit(area))
    widths = [1.6 if section.rows and i == 0 else 1 for i in range(len(header))]
    shapes.table(area, [header, *rows], name=markers.section_shape_name(section.id, "table"), widths=widths,
                 size=table_font(len(rows), len(header)), row_height=min(Inches(0.6), area.height // (len(rows) + 1)))
    return left_out(deck, len(header), len(section.columns), len(rows), total)


def draw_decision_matrix(deck: DeckBuilder, shapes: Shapes, area: Box, section: Section) -> list[str]:
    """A weighted matrix: the weight column tinted and, when the referential gives no rows, a total row in bold."""
    header = [deck.request.text(c) for c in section.columns][:MAX_TABLE_COLUMNS]
    rows, total = body_rows(deck, section, len(header), row_limit(area) - (0 if section.rows else 1))
    if not section.rows:
        rows.append([deck.ui.gettext("Weighted total")] + [""] * (len(header) - 1))
    tints = {(r, 1): "accent1" for r in range(1, len(rows) + 1)} if len(header) > 2 else {}
    shapes.table(area, [header, *rows], name=markers.section_shape_name(section.id, "table"),
                 widths=[1.6] + [1] * (len(header) - 1), size=table_font(len(rows), len(header)), tints=tints,
                 bold_rows=() if section.rows else (len(rows),),
                 row_height=min(Inches(0.6), area.height // (len(rows) + 1)))
    return left_out(deck, len(header), len(section.columns), len(rows) if section.rows else total, total)


def draw_gantt(deck: DeckBuilder, shapes: Shapes, area: Box, section: Section) -> list[str]:
    """A grid of tasks x periods; a student shades the cells of each task's periods."""
    columns = [deck.request.text(c) for c in section.columns]
    start, count = period_columns(columns)
    labels, periods = columns[:start][:4] or [""], columns[start:start + min(count, MAX_PERIODS)]
    header = labels + periods
    period_width = max(len(p) for p in periods) * MIN_FONT * 0.55 * EMU_PER_PT + Inches(0.16)
    period_share = min(0.65, period_width * len(periods) / area.width)
    label_weights = [2.0 if i == 0 else 1.0 for i in range(len(labels))]
    widths = [w / sum(label_weights) * (1 - period_share) for w in label_weights] + [period_share / len(periods)] * len(periods)
    rows, total = body_rows(deck, section, len(header), row_limit(area))
    shapes.table(area, [header, *rows], name=markers.section_shape_name(section.id, "table"), widths=widths,
                 row_height=min(Inches(0.55), area.height // (len(rows) + 1)),
                 centred_columns=range(len(labels), len(header)))
    return left_out(deck, len(header), len(columns), len(rows), total)


# --------------------------------------------------------------------------- canvases


def cell_texts(deck: DeckBuilder, cells: Sequence[CanvasCell]) -> list[tuple[str, str]]:
    return [(deck.request.text(c.title), unbracket(deck.request.text(c.prompt))) for c in cells]


def draw_cells(shapes: Shapes, texts: Sequence[tuple[str, str]], boxes: Sequence[Box], **block) -> None:
    for (title, prompt), box in zip(texts, boxes):
        shapes.block(box, cell_lines(title, prompt, box), **block)


def draw_grid(deck: DeckBuilder, shapes: Shapes, area: Box, section: Section) -> None:
    texts = cell_texts(deck, section.cells)
    columns = 2 if len(texts) <= 4 else 3 if len(texts) in (5, 6, 9) else 4
    draw_cells(shapes, texts, area.grid(len(texts), columns))


# The nine blocks in the order of the canvas: partners, activities/resources, value, relationships/channels,
# segments across the top band; costs and revenues across the bottom band.
BMC_ORDER = ("key-partners", "key-activities", "key-resources", "value-propositions", "customer-relationships",
             "channels", "customer-segments", "cost-structure", "revenue-streams")


def draw_business_model_canvas(deck: DeckBuilder, shapes: Shapes, area: Box, section: Section) -> None:
    by_id = {c.id: c for c in section.cells}
    cells = [by_id[i] for i in BMC_ORDER] if set(BMC_ORDER) <= set(by_id) else list(section.cells)
    texts = cell_texts(deck, cells)
    top, bottom = area.rows([0.68, 0.32])
    c = top.columns([1] * 5)
    boxes = [c[0], *c[1].rows([1, 1]), c[2], *c[3].rows([1, 1]), c[4], *bottom.columns([1, 1])]
    for i, ((title, prompt), box) in enumerate(zip(texts, boxes)):
        heart = i == 3  # the value proposition is the heart of the canvas
        shapes.block(box, cell_lines(title, prompt, box, colour="bg1" if heart else None), fill="accent1" if heart else "bg2")


def draw_empathy_map(deck: DeckBuilder, shapes: Shapes, area: Box, section: Section) -> None:
    texts = cell_texts(deck, section.cells)
    quadrants, rest = texts[:4], texts[4:]
    upper, lower = area.rows([0.7, 0.3]) if rest else (area, None)
    draw_cells(shapes, quadrants, upper.grid(len(quadrants), 2))
    if lower is not None:
        draw_cells(shapes, rest, lower.columns([1] * len(rest)), fill="accent1", alpha=18)


def draw_persona(deck: DeckBuilder, shapes: Shapes, area: Box, section: Section) -> None:
    """An identity card on the left (photo, name, profile), the other traits on the right, the quote below them."""
    texts = cell_texts(deck, section.cells)
    quote = next((i for i, c in enumerate(section.cells) if i and "quote" in c.id), None)
    identity, others = texts[0], [t for i, t in enumerate(texts[1:], 1) if i != quote]
    left, right = area.columns([0.27, 0.73])
    shapes.block(left, cell_lines(*identity, Box(left.left, left.top, left.width, left.height // 2)), anchor="b")
    side = min(left.width - Inches(0.6), Inches(1.6), left.height // 3)
    photo = Box(left.left + (left.width - side) // 2, left.top + Inches(0.3), side, side)
    shapes.block(photo, [(deck.ui.gettext("Photo"), Style(size=MIN_FONT, colour="accent1", align="ctr"))],
                 fill="bg1", geometry="ellipse", anchor="ctr")
    grid, banner = right.rows([0.8, 0.2]) if quote is not None else (right, None)
    draw_cells(shapes, others, grid.grid(len(others), 2 if len(others) <= 4 else 3))
    if banner is not None:
        title, prompt = texts[quote]
        shapes.block(banner, cell_lines(title, f"“{prompt}”", banner), fill="accent1", alpha=18)


def risk_zone(score: int) -> str:
    return next(colour for limit, colour in RISK_ZONES if score <= limit)


def zone_labels(ui) -> tuple[str, ...]:
    return ui.gettext("Low"), ui.gettext("Medium"), ui.gettext("High"), ui.gettext("Critical")


def draw_risk_matrix(deck: DeckBuilder, shapes: Shapes, area: Box, section: Section) -> None:
    """A 5x5 probability x impact grid coloured by score, its axes, the zones' legend and the section's cells."""
    ui, number = deck.ui, Style(size=MIN_FONT, bold=True, colour="tx2", align="ctr")
    matrix, legend = area.columns([0.62, 0.38], gap=Inches(0.3))
    upper, lower = matrix.rows([matrix.height - Inches(0.7), Inches(0.7)], gap=0)
    axis, ticks, grid = upper.columns([Inches(0.4), Inches(0.3), upper.width - Inches(0.7)], gap=0)
    tick_row, axis_row = Box(grid.left, lower.top, grid.width, lower.height).rows([1, 1], gap=0)
    for r, row in enumerate(grid.rows([1] * 5, gap=Inches(0.04))):
        probability = 5 - r
        for i, box in enumerate(row.columns([1] * 5, gap=Inches(0.04))):
            score = probability * (i + 1)
            shapes.block(box, [(str(score), Style(size=MIN_FONT, colour=DARK_TEXT, align="ctr"))], fill=risk_zone(score),
                         line=None, anchor="ctr", inset=Inches(0.02))
        shapes.label(Box(ticks.left, row.top, ticks.width, row.height), str(probability), number)
    for i, box in enumerate(tick_row.columns([1] * 5, gap=Inches(0.04))):
        shapes.label(box, str(i + 1), number)
    shapes.label(axis_row, ui.gettext("Impact"), Style(size=14, bold=True, colour="tx2", align="ctr"))
    shapes.label(Box(axis.left, grid.top, axis.width, grid.height), ui.gettext("Probability"),
                 Style(size=14, bold=True, colour="tx2", align="ctr"), vertical=True)
    texts = cell_texts(deck, section.cells)
    zones, cells = legend.rows([0.42, 0.58], gap=Inches(0.2)) if texts else (legend, None)
    low = 1
    for (limit, colour), label, box in zip(RISK_ZONES, zone_labels(ui), zones.rows([1] * len(RISK_ZONES), gap=Inches(0.06))):
        shapes.block(box, [(f"{label} ({low}–{limit})", Style(size=MIN_FONT, bold=True, colour=DARK_TEXT))],
                     fill=colour, line=None, anchor="ctr")
        low = limit + 1
    if cells is not None:
        draw_cells(shapes, texts, cells.rows([1] * len(texts)))


def ring_alpha(depth: int, per_ring: int = 22) -> int:
    """Opacity of a ring seen through `depth` stacked translucent discs, so the legend matches the radar."""
    return round(100 * (1 - (1 - per_ring / 100) ** depth))


def draw_technology_radar(deck: DeckBuilder, shapes: Shapes, area: Box, section: Section) -> None:
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


CANVAS_DRAWERS: dict[str, Callable[[DeckBuilder, Shapes, Box, Section], None]] = {
    "business-model-canvas": draw_business_model_canvas,
    "empathy-map": draw_empathy_map,
    "persona": draw_persona,
    "risk-matrix": draw_risk_matrix,
    "technology-radar": draw_technology_radar,
    "grid": draw_grid,
}


def draw_journey(deck: DeckBuilder, shapes: Shapes, area: Box, section: Section) -> list[str]:
    """Stages as chevrons across the top, one lane per row label, empty cells to fill."""
    columns = [deck.request.text(c) for c in section.columns]
    corner, stages = columns[0], columns[1:1 + MAX_TABLE_COLUMNS]
    lanes = [deck.request.text(r) for r in section.rows] or [bracketed("…")] * EMPTY_ROWS
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
    return left_out(deck, len(stages) + 1, len(columns), len(lanes), len(lanes))


def draw_dashboard(deck: DeckBuilder, shapes: Shapes, area: Box, section: Section) -> None:
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
