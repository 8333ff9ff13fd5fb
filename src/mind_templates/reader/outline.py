"""The outline types: a neutral outline of a Word document or deck (headings, paragraphs, tables, images, notes).

Plain data; imports nothing of the readers, which build it (`docx_outline`, `pptx_outline`, via `document`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Protocol, Union

HeadingSource = Literal["style", "outline-level", "fake-bold", "marker", "slide-title", "slide-cover",
                        "largest-text"]


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
    core: dict[str, str] = field(default_factory=dict)  # core properties: "title", "author"
    slides: int = 0

    @property
    def headings(self) -> list[Heading]:
        return [b for b in self.blocks if isinstance(b, Heading)]
