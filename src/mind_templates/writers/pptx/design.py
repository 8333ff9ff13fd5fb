"""What a template offers the writer: a layout per role, found along FALLBACKS, with its placeholders."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from pptx.enum.shapes import PP_PLACEHOLDER

from .geometry import BOTTOM_MARGIN, Box


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


def member(part) -> str:
    return str(part.partname).lstrip("/")


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
