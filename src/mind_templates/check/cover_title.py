"""Which deliverable a document's cover names: "Mémoire d'expertise", "Entretien de recadrage avec Karim",
"Technology recommendation". A jury reads the cover first; students name their deliverable there far more often
than they reuse our section titles.

A cover names a deliverable as much as it holds the words of one of its names (its title, its aliases or its
interview type's, in any language), each word weighing by how few deliverables' names share it: "recadrage" says
reframing, "entretien" says one of five interviews, "plan" says little.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Referential
from ..normalise import normal_words
from ..reader.outline import Heading, Outline, Paragraph
from . import evidence
from .per_object import per_object

# The cover is short: beyond this many lines or words a line is the body's first paragraph, not a title.
# Measured on the realistic set: 10 words lose two covers that name their deliverable; 14 and 25 name the same.
COVER_LINES = 6
COVER_LINE_WORDS = 14
# Paragraph styles (folded) that hold a title whatever it looks like: "Entretien de recadrage avec Karim B."
TITLE_STYLES = frozenset({"title", "subtitle"})

# A cover names a deliverable when it holds this share of one of its names' weight, and leads the next one by
# NAMED_LEAD: "Étude de cas 1 – solutions alternatives" names the alternatives, not the solution proposal.
NAMED_SCORE = 0.6
NAMED_LEAD = 0.25

# Words differing by at most this many final letters are one word ("séquencée", "séquencé").
NEAR_ENDING = 2
MIN_NEAR = 5


@dataclass(frozen=True)
class _Names:
    words: dict[str, tuple[frozenset[str], ...]]  # deliverable id -> the words of each of its names
    weight: dict[str, float]  # word -> its weight (inverse share of the deliverables whose names hold it)
    totals: dict[str, tuple[float, ...]]  # deliverable id -> the weight of each of its names
    longer: dict[str, frozenset[str]]  # a word cut of its last one or two letters -> the names' words it begins
    stop: frozenset[str]
    certification: tuple[frozenset[str], ...]  # the words of the certification's name, in each language


def cover_lines(outline: Outline) -> tuple[str, ...]:
    """The file's title property, then the short lines before its first heading (a deck: its title slide). A
    document that opens on a heading has it for its title ("Mémoire d'expertise" styled Heading 1)."""
    lines = [outline.core["title"]] if outline.core.get("title", "").strip() else []
    opening = True  # nothing written before this block
    for block in outline.blocks:
        if len(lines) > COVER_LINES:
            break
        if isinstance(block, Heading):
            if block.source == "slide-cover" or opening:
                lines.append(block.text)
            if block.source != "slide-cover":
                break
        elif (isinstance(block, Paragraph) and (block.style in TITLE_STYLES or _title_like(block.text))
              and not (block.is_label or block.is_guidance or block.is_placeholder)):
            lines.append(block.text)
        written = isinstance(block, Heading) or (isinstance(block, Paragraph) and bool(block.text.strip()))
        opening = opening and not written
    return tuple(lines)


def _title_like(text: str) -> bool:
    """A title is short and no sentence: "Examples of uses … for health care operations:" opens a body."""
    text = text.strip()
    return bool(text) and len(text.split()) <= COVER_LINE_WORDS and text[-1] not in ".:;"


def named_deliverable(lines: Sequence[str], referential: Referential) -> str | None:
    """The id of the deliverable the cover names, None when it names none clearly."""
    ranked = sorted(cover_scores(lines, referential).items(), key=lambda item: (-item[1], item[0]))
    if not ranked:
        return None
    (best, score), runner_up = ranked[0], ranked[1][1] if len(ranked) > 1 else 0.0
    return best if score >= NAMED_SCORE and score - runner_up >= NAMED_LEAD else None


def cover_scores(lines: Sequence[str], referential: Referential) -> dict[str, float]:
    """Each deliverable's best share, in one cover line, of the weight of one of its names."""
    names = _names(referential)
    scores = dict.fromkeys(names.words, 0.0)
    for held in filter(None, (_names_held(_line_words(line, names), names) for line in lines)):
        for deliverable_id, name_words in names.words.items():
            for name, total in zip(name_words, names.totals[deliverable_id]):
                if total > 0:
                    share = sum(names.weight[w] for w in name if w in held) / total
                    scores[deliverable_id] = max(scores[deliverable_id], share)
    return scores


def _words(text: str, stop: frozenset[str]) -> frozenset[str]:
    """Folded words without a plural's final s: "fiches de poste" and "fiche de poste" meet."""
    return frozenset(w[:-1] if len(w) > 3 and w[-1] in "sx" else w
                     for w in normal_words(text) if w not in stop and len(w) > 1 and not w.isdigit())


def _names_held(words: frozenset[str], names: _Names) -> frozenset[str]:
    """The names' words a line holds: each as it is, or differing only by an ending of up to NEAR_ENDING letters
    ("fonctionnelle", "fonctionnel"), never one word inside a longer one ("opérations" is not
    "opérationnalisation")."""
    held = set(words & names.weight.keys())
    for word in words:
        if len(word) >= MIN_NEAR:
            held.update(names.longer.get(word, ()))
            held.update(word[:-cut] for cut in range(1, NEAR_ENDING + 1) if word[:-cut] in names.weight)
    return frozenset(held)


def _line_words(line: str, names: _Names) -> frozenset[str]:
    words = _words(line, names.stop)
    # The certification's own name is on many covers ("Manageur de l'innovation numérique"): it names nothing.
    for certification in names.certification:
        if certification <= words:
            words -= certification
    return words


@per_object
def _names(referential: Referential) -> _Names:
    """The words of every deliverable's names and their weights, built once per referential."""
    stop = evidence.every_stop_word()
    certification = tuple(_words(t, stop) for t in referential.certification.title.values.values())
    interviews = {i.id: i for i in referential.interview_types}
    words = {}
    for deliverable in referential.deliverables:
        texts = [*deliverable.title.values.values(), *(a for names in deliverable.aliases.values() for a in names)]
        if deliverable.interview in interviews:
            texts.extend(interviews[deliverable.interview].title.values.values())
        words[deliverable.id] = tuple(dict.fromkeys(w for w in (_words(t, stop) for t in texts) if w))
    counts = Counter(w for name_words in words.values() for w in frozenset().union(*name_words))
    weight = {w: math.log(len(words) / n) for w, n in counts.items()}
    totals = {d: tuple(sum(weight[w] for w in name) for name in name_words) for d, name_words in words.items()}
    longer: dict[str, set[str]] = {}
    for word in weight:
        for cut in range(1, NEAR_ENDING + 1):
            if len(word) - cut >= MIN_NEAR:
                longer.setdefault(word[:-cut], set()).add(word)
    return _Names(words, weight, totals, {k: frozenset(v) for k, v in longer.items()}, stop, certification)
