"""A neutral outline of an opened Word document or deck: headings, paragraphs, tables, images and notes, in order."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, Union

from lxml import etree

from ..skeleton import markers

HeadingSource = Literal["style", "outline-level", "fake-bold", "marker", "slide-title", "largest-text"]


class TextRecogniser(Protocol):
    """Tells the generator's own text from a student's: 'guidance', 'placeholder', 'label' or None."""

    def classify(self, text: str) -> str | None: ...


@dataclass(frozen=True, slots=True)
class Heading:
    level: int  # 1 = top level
    text: str
    source: str  # one of HeadingSource
    marker: str | None = None  # section id stamped by the generator (bookmark or shape name)
    slide: int | None = None  # decks: 1-based slide number
    hint: str | None = None  # decks: the section the file's slide map names; slide ids may have been renumbered


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    style: str = ""
    is_guidance: bool = False
    is_placeholder: bool = False  # our prompt is (still) in it
    is_label: bool = False  # a table or canvas label, an empty money amount: our text, never content
    words: int = 0  # words that count as the student's content
    slide: int | None = None


@dataclass(frozen=True, slots=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # body cells: the student's text only (labels, prompts and guidance removed)
    placeholders: int = 0  # prompts still in body cells
    guidance: int = 0
    slide: int | None = None


@dataclass(frozen=True, slots=True)
class Images:
    count: int  # pictures, charts and diagrams; counted from the XML, never decoded
    slide: int | None = None


@dataclass(frozen=True, slots=True)
class Notes:
    text: str
    slide: int


Block = Union[Heading, Paragraph, Table, Images, Notes]


@dataclass
class Outline:
    kind: Literal["docx", "pptx"]
    blocks: list[Block] = field(default_factory=list)
    properties: dict[str, str] = field(default_factory=dict)  # custom document properties (our markers)
    slides: int = 0

    @property
    def headings(self) -> list[Heading]:
        return [b for b in self.blocks if isinstance(b, Heading)]


def read_outline(document: Any, recogniser: TextRecogniser | None = None) -> Outline:
    """The outline of a python-docx Document or python-pptx Presentation (as `load_document` returns them)."""
    properties = read_properties(document)
    if hasattr(document, "slides"):
        from .pptx_outline import read_deck

        outline = read_deck(document, recogniser, properties)
    else:
        from .docx_outline import read_docx

        outline = read_docx(document, recogniser)
    outline.properties = properties
    return outline


def read_properties(document: Any) -> dict[str, str]:
    """Custom document properties (docProps/custom.xml); an unreadable part counts as none."""
    try:
        package = document.part.package
        rels = getattr(package, "rels", None)
        if rels is None:  # python-pptx keeps the package relationships private
            rels = package._rels
        for rel in rels.values():
            if rel.reltype == markers.CUSTOM_PROPERTIES_RELTYPE and not rel.is_external:
                return markers.read_custom_properties(rel.target_part.blob)
    except (etree.LxmlError, ValueError, KeyError, AttributeError, TypeError):
        pass  # the markers are a help, never a requirement: fall back to headings
    return {}


def marker_from_bookmark(name: str) -> str | None:
    """'mt_market_size' -> 'market-size' (possibly truncated at Word's 40 characters; the analysis resolves it)."""
    if not name.startswith(markers.BOOKMARK_PREFIX):
        return None
    return name[len(markers.BOOKMARK_PREFIX) :].replace("_", "-") or None
