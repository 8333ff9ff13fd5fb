"""Recognises the generator's own text (guidance, prompts, table labels) in every language, with or without its styles."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Iterable

from .. import i18n
from ..model import Referential
from ..normalise import normal_words, strip_numbering
from ..skeleton import texts
from ..skeleton.placeholders import bracketed

GUIDANCE, PLACEHOLDER, LABEL = "guidance", "placeholder", "label"
_PRIORITY = {GUIDANCE: 0, PLACEHOLDER: 1, LABEL: 2}

# Texts are found by their first words: a 4-word key is rare enough in prose to need few verifications,
# short enough that most guidance labels get one.
_KEY = 4
# Words of a referential text replaced by a Jinja expression ({{ client }}) may render as anything:
# so many unknown words are allowed per expression.
_JINJA_SLACK = 6
_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)



@dataclass(frozen=True)
class _Text:
    words: tuple[str, ...]
    kind: str
    slack: int


def _longest_first(text: _Text) -> int:
    return -len(text.words)


class KnownTexts:
    """What the generator writes into a skeleton, normalised once per referential; `classify` names a paragraph's kind."""

    def __init__(self) -> None:
        self._exact: dict[str, str] = {}
        self._index: dict[tuple[str, ...], list[_Text]] = {}
        self._entries: set[_Text] = set()  # every text of the index, to find one already there at once
        self._starts: set[str] = set()  # first words of the index keys: most positions of prose stop here
        self._filler: set[str] = set()
        self._titles: set[str] = set()
        self._seen: dict[str, str | None] = {}

    # -- building

    def add(self, text: str, kind: str) -> None:
        if not text:
            return
        self._seen.clear()
        chunks = _JINJA.split(text)
        slack = _JINJA_SLACK * (len(chunks) - 1)
        for chunk in chunks:
            words = tuple(normal_words(chunk))
            if not words:
                continue
            if len(chunks) == 1:
                self._add_exact(" ".join(words), kind)
            if len(words) >= _KEY:
                entry = _Text(words, kind, slack)
                self._starts.add(words[0])
                if entry not in self._entries:
                    self._entries.add(entry)
                    bucket = self._index.setdefault(words[:_KEY], [])
                    # The longest text wins at one position: longest first, texts of one length in the order added.
                    bucket.insert(bisect_right(bucket, -len(words), key=_longest_first), entry)

    def _add_exact(self, key: str, kind: str) -> None:
        old = self._exact.get(key)
        if old is None or _PRIORITY[kind] < _PRIORITY[old]:
            self._exact[key] = kind

    def add_title(self, text: str) -> None:
        key = " ".join(normal_words(text))
        self._titles.add(key)

    def add_filler(self, text: str) -> None:
        self._filler.update(normal_words(text))

    # -- using

    def classify(self, text: str) -> str | None:
        """'guidance', 'placeholder' or 'label' when `text` is (almost only) our own text; None for a student's."""
        try:
            return self._seen[text]
        except KeyError:
            pass
        if len(self._seen) > 50_000:  # table cells repeat ("0", "Yes", "€0.00"); a long document stays bounded
            self._seen.clear()
        kind = self._seen[text] = self._classify(text)
        return kind

    def _classify(self, text: str) -> str | None:
        words = normal_words(text)
        if not words:
            return None
        kind = self._exact.get(" ".join(words))
        if kind is None:
            # Figure and step numbers vary: "Figure 3: Wireframe" is the caption "Figure: Wireframe".
            kind = self._exact.get(" ".join(w for w in words if not w.isdigit()))
        if kind is not None or len(words) < _KEY:
            return kind
        covered = 0
        slack = 0
        kinds: set[str] = set()
        unknown = 0
        i, n = 0, len(words)
        while i < n:
            found, length = None, 0
            if i + _KEY <= n and words[i] in self._starts:
                rest = n - i
                for entry in self._index.get(tuple(words[i : i + _KEY]), ()):
                    size = len(entry.words)
                    if tuple(words[i : i + size]) == entry.words:
                        found, length = entry, size
                        break
                    # Slides shorten our prompts ("[Introduce the market opportunity: the problem…]"): a cut
                    # text that runs to the end of the paragraph still counts, if it is long enough to be ours.
                    if _KEY + 2 <= rest < size and tuple(words[i:]) == entry.words[:rest]:
                        found, length = entry, rest
                        break
            if found is not None:
                kinds.add(found.kind)
                slack += found.slack
                covered += length
                i += length
                continue
            word = words[i]
            if not (word in self._filler or word.isdigit()):
                unknown += 1
            i += 1
        # Our text must make up the paragraph: a student quoting one criterion inside a paragraph keeps it.
        if not kinds or unknown > slack or covered * 2 < n:
            return None
        return min(kinds, key=_PRIORITY.__getitem__)

    def is_title(self, text: str) -> bool:
        return " ".join(normal_words(strip_numbering(text))) in self._titles


_CACHE: dict[int, tuple[Referential, KnownTexts]] = {}


def known_texts(referential: Referential) -> KnownTexts:
    """The texts of one referential, built once (keyed by identity: a referential is immutable)."""
    hit = _CACHE.get(id(referential))
    if hit is not None and hit[0] is referential:
        return hit[1]
    built = _build(referential)
    if len(_CACHE) >= 4:
        _CACHE.clear()
    _CACHE[id(referential)] = (referential, built)
    return built


def _languages(referential: Referential) -> tuple[str, ...]:
    available = set(i18n.available_languages())
    return tuple(lang for lang in referential.languages if lang in available) or (i18n.DEFAULT_LANGUAGE,)


def _build(referential: Referential) -> KnownTexts:
    known = KnownTexts()
    ui_languages = _languages(referential)
    uis = [i18n.Interface(lang) for lang in ui_languages]
    for deliverable in referential.deliverables:
        for section in deliverable.sections:
            for name in section.titles():
                known.add_title(name)
    for ui in uis:
        for message in texts.FILLER:
            known.add_filler(ui.gettext(message))
        for message in texts.GUIDANCE_LABELS:
            known.add(ui.gettext(message), GUIDANCE)
        known.add(ui.gettext(texts.RISK_AXES), LABEL)
        known.add(i18n.format_money(0, ui.lang), LABEL)
    for criterion in referential.criteria:
        known.add_filler(criterion.id)
        for text in criterion.text.values.values():
            known.add(text, GUIDANCE)
    for deliverable in referential.deliverables:
        for section in deliverable.sections:
            _add_section(known, section, uis)
    return known


def _add_section(known: KnownTexts, section, uis: Iterable[i18n.Interface]) -> None:
    for title in section.title.values.values():
        # A title standing as plain text is a canvas header or a flattened contents line, never content;
        # as a heading it is read before any text is classified.
        known.add(title, LABEL)
    for lang, text in section.guidance.values.items():
        known.add(text, GUIDANCE)
    if section.prompt is not None:
        for text in section.prompt.values.values():
            known.add(text, PLACEHOLDER)
    for ui in uis:
        title = section.title.values.get(ui.lang)
        if title:
            known.add(bracketed(ui.gettext(texts.WRITE_SECTION, title=title)), PLACEHOLDER)
        if section.figure is not None and ui.lang in section.figure.values:
            known.add(bracketed(ui.gettext(texts.INSERT_FIGURE, what=section.figure[ui.lang])), PLACEHOLDER)
            caption = section.figure[ui.lang]
            known.add(caption, LABEL)
            known.add(f"{ui.gettext(texts.FIGURE)} {caption}", LABEL)  # the caption under the figure box
    for labels in (section.columns, section.rows):
        for text in labels:
            for value in text.values.values():
                known.add(value, LABEL)
    for cell in section.cells:
        for value in cell.title.values.values():
            known.add(value, LABEL)
            known.add_filler(value)  # "Likelihood: <prompt>" lines under a risk matrix are still our prompt
        for value in cell.prompt.values.values():
            known.add(value, PLACEHOLDER)
