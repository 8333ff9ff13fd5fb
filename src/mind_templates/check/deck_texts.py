"""The texts our deck writer puts on section slides and in their notes, read from a skeleton deck built in memory.

Fixed labels are in skeleton/; what this adds are the texts the deck writer computes (shortened prompts,
scales, speaker notes), taken from its slides as it builds them, before any file is written.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Deliverable, Referential
from ..normalise import normal_words


@dataclass(frozen=True)
class DeckTexts:
    slides: frozenset[str]  # normalised paragraphs of section slides: labels, scales, legends, prompts
    notes: frozenset[str]  # normalised lines of the generated speaker notes

    def on_slide(self, text: str) -> bool:
        return _key(text) in self.slides

    def in_notes(self, text: str) -> bool:
        return _key(text) in self.notes


_EMPTY = DeckTexts(frozenset(), frozenset())
_CACHE: dict[tuple[int, str, str, str], tuple[Referential, DeckTexts]] = {}


def _key(text: str) -> str:
    return " ".join(normal_words(text))


def deck_texts(referential: Referential, deliverable: Deliverable, doc_lang: str, oral_lang: str) -> DeckTexts:
    """Built from the deliverable's skeleton deck, made in memory, then cached for the process.

    The slide writer computes texts (shortened prompts, legends such as "Low (1–4)", the notes) from the
    referential; taking them from its own slides keeps `check` in step with whatever it draws.
    """
    key = (id(referential), deliverable.id, doc_lang, oral_lang)
    hit = _CACHE.get(key)
    if hit is not None and hit[0] is referential:
        return hit[1]
    try:
        texts = _build(referential, deliverable, doc_lang, oral_lang)
    except Exception:  # noqa: BLE001 - without the skeleton, check still works on our referential texts alone
        texts = _EMPTY
    _CACHE[key] = (referential, texts)
    return texts


def _build(referential: Referential, deliverable: Deliverable, doc_lang: str, oral_lang: str) -> DeckTexts:
    from ..reader.outline import Heading, Notes, Paragraph, Table
    from ..reader.pptx_outline import read_slide_parts
    from ..writers.common import RenderRequest
    from ..writers.pptx.deck import DeckBuilder
    from ..writers.pptx.template import prepared_template

    if "pptx" not in deliverable.formats:
        return _EMPTY
    request = RenderRequest(referential=referential, deliverable=deliverable, doc_lang=doc_lang, oral_lang=oral_lang)
    slides = DeckBuilder(request, prepared_template(None).design).build()
    outline = read_slide_parts((slide.xml(), slide.notes) for slide in slides)
    slides: set[str] = set()
    notes: set[str] = set()
    in_section = False
    for block in outline.blocks:
        if isinstance(block, Heading):
            in_section = block.marker is not None
        elif not in_section:
            continue
        elif isinstance(block, Paragraph):
            slides.add(_key(block.text))
        elif isinstance(block, Table):
            slides.update(_key(cell) for row in block.rows for cell in row if cell)
        elif isinstance(block, Notes):
            notes.update(_key(line) for line in block.text.splitlines())
    slides.discard("")
    notes.discard("")
    return DeckTexts(frozenset(slides), frozenset(notes))
