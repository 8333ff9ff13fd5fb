"""Reads a deck into an outline: one heading per slide (its title, else its largest text), its texts, tables, pictures, notes."""

from __future__ import annotations

from typing import Any, Iterable, Iterator

from lxml import etree

from ..skeleton import markers
from ..skeleton.placeholders import is_bracketed
from ..normalise import count_words
from ..ooxml import A as _A
from ..ooxml import FIGURE_TAGS
from ..ooxml import MC as _MC
from ..ooxml import P as _P
from ..ooxml import safe_parser
from .outline import Heading, Images, Notes, Outline, Paragraph, Table, TextRecogniser

SP, GRP_SP, GRAPHIC_FRAME, PIC, CXN_SP = (f"{{{_P}}}{t}" for t in ("sp", "grpSp", "graphicFrame", "pic", "cxnSp"))
C_SLD, SP_TREE, PH, TX_BODY = (f"{{{_P}}}{t}" for t in ("cSld", "spTree", "ph", "txBody"))
A_P, A_T, A_BR, A_RPR, A_TBL, A_TR, A_TC = (f"{{{_A}}}{t}" for t in ("p", "t", "br", "rPr", "tbl", "tr", "tc"))
A_R, A_FLD = f"{{{_A}}}r", f"{{{_A}}}fld"
MC_ALTERNATE, MC_CHOICE, MC_FALLBACK = (f"{{{_MC}}}{t}" for t in ("AlternateContent", "Choice", "Fallback"))
_TITLE_TYPES = ("title", "ctrTitle")
_COVER_TYPES = ("ctrTitle", "subTitle")
_DEFAULT_SIZE = 1800  # hundredths of a point, PowerPoint's body default
_MAX_DEPTH = 32


def _name(shape) -> str:
    for child in shape:
        if child.tag.endswith("Pr") and child.tag.startswith(f"{{{_P}}}nv"):
            c_nv_pr = child.find(f"{{{_P}}}cNvPr")
            return (c_nv_pr.get("name") if c_nv_pr is not None else "") or ""
    return ""


def _placeholder_type(shape) -> str | None:
    for child in shape:
        if child.tag.endswith("Pr") and child.tag.startswith(f"{{{_P}}}nv"):
            ph = child.find(f"{{{_P}}}nvPr/{PH}")
            if ph is not None:
                return ph.get("type", "body")
    return None


def _shapes(tree, depth: int = 0) -> Iterator[Any]:
    """Every shape in z-order, through groups and mc:AlternateContent (its first choice)."""
    for child in tree:
        tag = child.tag
        if tag == GRP_SP and depth < _MAX_DEPTH:
            yield child
            yield from _shapes(child, depth + 1)
        elif tag == MC_ALTERNATE and depth < _MAX_DEPTH:
            choice = child.find(MC_CHOICE)
            if choice is not None:
                yield from _shapes(choice, depth + 1)
        elif tag in (SP, GRAPHIC_FRAME, PIC, CXN_SP):
            yield child


def _paragraphs(container) -> list[tuple[str, int]]:
    """(text, largest font size) of each a:p."""
    found = []
    for p in container.iter(A_P):
        parts = []
        size = 0
        for child in p:
            if child.tag in (A_R, A_FLD):
                t = child.find(A_T)
                parts.append(t.text or "" if t is not None else "")
                r_pr = child.find(A_RPR)
                value = r_pr.get("sz") if r_pr is not None else None
                size = max(size, int(value) if value and value.isdigit() else _DEFAULT_SIZE)
            elif child.tag == A_BR:
                parts.append(" ")
        text = " ".join("".join(parts).split())
        if text:
            found.append((text, size or _DEFAULT_SIZE))
    return found


def _count_figures(tree) -> int:
    found = list(tree.iter(*FIGURE_TAGS))
    if found and next(tree.iter(MC_ALTERNATE), None) is not None:
        found = [e for e in found if not any(a.tag == MC_FALLBACK for a in e.iterancestors())]
    return len(found)


class _DeckReader:
    def __init__(self, presentation: Any, recogniser: TextRecogniser | None, slide_map: dict[int, str]) -> None:
        self.presentation = presentation
        self.recogniser = recogniser
        self.slide_map = slide_map
        self.blocks: list = []

    def read(self) -> Outline:
        count = 0
        for number, slide in enumerate(self.presentation.slides, start=1):
            count = number
            notes = None
            if slide.has_notes_slide and slide.notes_slide.notes_text_frame is not None:
                notes = slide.notes_slide.notes_text_frame._txBody
            self._slide(number, slide._element.find(f"{C_SLD}/{SP_TREE}"), _slide_id(slide), notes)
        return Outline(kind="pptx", blocks=self.blocks, slides=count)

    def read_parts(self, parts: Iterable[tuple[bytes, bytes]]) -> Outline:
        count = 0
        for number, (slide_xml, notes_xml) in enumerate(parts, start=1):
            count = number
            tree = etree.fromstring(slide_xml, safe_parser()).find(f"{C_SLD}/{SP_TREE}")
            notes = None
            if notes_xml:
                notes_tree = etree.fromstring(notes_xml, safe_parser()).find(f"{C_SLD}/{SP_TREE}")
                shapes = _shapes(notes_tree) if notes_tree is not None else ()
                body = next((s for s in shapes if _placeholder_type(s) == "body"), None)
                notes = body.find(TX_BODY) if body is not None else None
            self._slide(number, tree, None, notes)
        return Outline(kind="pptx", blocks=self.blocks, slides=count)

    def _slide(self, number: int, tree: Any, slide_id: int | None, notes: Any) -> None:
        shapes = list(_shapes(tree)) if tree is not None else []
        source = "slide-title"
        marker = None
        title_shape = None
        texts = []  # (shape, paragraphs)
        for shape in shapes:
            name = _name(shape)
            found = markers.section_from_shape_name(name)
            if found and marker is None:
                marker = found
            if shape.tag != SP:
                continue
            paragraphs = _paragraphs(shape.find(TX_BODY)) if shape.find(TX_BODY) is not None else []
            if title_shape is None and (_placeholder_type(shape) in _TITLE_TYPES or markers.is_title_shape(name)):
                title_shape = shape
            # The deck's title slide (its layout's centred title, or its subtitle, which is all Impress keeps of
            # that layout) names the deck, not a section.
            if number == 1 and _placeholder_type(shape) in _COVER_TYPES:
                source = "slide-cover"
            texts.append((shape, paragraphs))
        if title_shape is None:
            sized = [(max(size for _, size in paragraphs), -i, shape) for i, (shape, paragraphs) in enumerate(texts)
                     if paragraphs]
            if sized:
                title_shape = max(sized, key=lambda s: (s[0], s[1]))[2]
                source = "largest-text"
        title = ""
        if title_shape is not None:
            title = " ".join(text for shape, paragraphs in texts if shape is title_shape for text, _ in paragraphs)
        self.blocks.append(Heading(1, title, source, marker, slide=number, hint=self.slide_map.get(slide_id)))
        for shape, paragraphs in texts:
            if shape is title_shape:
                continue
            for text, _ in paragraphs:
                self.blocks.append(self._paragraph(text, number))
        for shape in shapes:
            if shape.tag == GRAPHIC_FRAME:
                tbl = next(shape.iter(A_TBL), None)
                if tbl is not None:
                    self._table(tbl, number)
        figures = _count_figures(tree) if tree is not None else 0
        if figures:
            self.blocks.append(Images(figures, slide=number))
        self._notes(notes, number)

    def _kind(self, text: str) -> str | None:
        if _bracketed(text):
            return "placeholder"  # a slide's prompts are our texts, shortened, in brackets (guidance ones too)
        return self.recogniser.classify(text) if self.recogniser else None

    def _paragraph(self, text: str, number: int) -> Paragraph:
        kind = self._kind(text)
        return Paragraph(text, "", is_guidance=kind == "guidance", is_placeholder=kind == "placeholder",
                         is_label=kind == "label", words=0 if kind else count_words(text), slide=number)

    def _table(self, tbl, number: int) -> None:
        rows = list(tbl.iterchildren(A_TR))
        if not rows:
            return
        header = tuple(" ".join(text for text, _ in _paragraphs(tc)) for tc in rows[0].iterchildren(A_TC))
        body = []
        placeholders = guidance = 0
        for tr in rows[1:]:
            cells = []
            for tc in tr.iterchildren(A_TC):
                kept = []
                for text, _ in _paragraphs(tc):
                    kind = self._kind(text)
                    placeholders += kind == "placeholder"
                    guidance += kind == "guidance"
                    if kind is None:
                        kept.append(text)
                cells.append("\n".join(kept))
            body.append(tuple(cells))
        self.blocks.append(Table(header, tuple(body), placeholders, guidance, slide=number))

    def _notes(self, body: Any, number: int) -> None:
        """`body`: the txBody of the notes placeholder, None when the slide has no notes."""
        if body is None:
            self.blocks.append(Notes("", number))
            return
        lines = _paragraphs(body)
        texts = markers.without_feedback([text for text, _ in lines])  # what check --annotate wrote is not theirs
        kept = [text for text in texts if self._kind(text) not in ("guidance", "placeholder")]
        self.blocks.append(Notes("\n".join(kept), number))


def _slide_id(slide: Any) -> int | None:
    try:
        return slide.slide_id
    except (AttributeError, ValueError, KeyError):
        return None


def _bracketed(text: str) -> bool:
    return is_bracketed(text) and any(ch.isalpha() for ch in text)  # "[…]" alone is a frame's filler


def read_deck(presentation: Any, recogniser: TextRecogniser | None = None, properties: dict[str, str] | None = None
              ) -> Outline:
    slide_map = markers.decode_slide_map((properties or {}).get(markers.SLIDES_PROPERTY, ""))
    return _DeckReader(presentation, recogniser, slide_map).read()


def read_slide_parts(parts: Iterable[tuple[bytes, bytes]], recogniser: TextRecogniser | None = None) -> Outline:
    """The outline of slides given as raw XML, (slide part, notes part) each: a deck still in memory."""
    return _DeckReader(None, recogniser, {}).read_parts(parts)
