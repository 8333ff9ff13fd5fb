"""Matches a document's headings to a deliverable's sections (markers, titles, aliases, fuzzy) and guesses the deliverable."""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Sequence

from rapidfuzz import fuzz, process

from ..skeleton import markers
from . import cover_title, evidence
from .per_object import per_object
from ..i18n import N_
from ..model import Deliverable, Referential
from ..reader.outline import Heading
from ..normalise import fold, heading_key, normalise, strip_numbering

# Measured with tests/check/fuzzy_threshold.py on 14,128 mistyped or reworded titles and aliases of all
# 24 deliverables (dropped/swapped letters, dropped/added/swapped words, plurals, numbering) and 1,117
# headings students add of their own. Scorer `name_score`: max(ratio, token_sort_ratio), raised to 80-100
# when every word of a title is in the heading (for a one-word title, only with generic words around it).
#   threshold  76: found 98.2 %, wrong section 0.4 %, student heading taken for a section 2.5 %
#   threshold  80: found 97.6 %, wrong section 0.3 %, student heading taken for a section 1.8 %
#   threshold  82: found 97.2 %, wrong section 0.3 %, student heading taken for a section 1.3 %   <- chosen
#   threshold  88: found 94.1 %, wrong section 0.3 %, student heading taken for a section 1.3 %
#   threshold  92: found 83.2 %, wrong section 0.2 %, student heading taken for a section 0.2 %
# At 82 the student headings taken are nearly all fair matches ("Project timeline" for a Timeline section,
# "Contexte du projet" for one aliased "Contexte"); one of the 1,117 is wrong ("Contact" for "Constat").
# token_set_ratio alone takes 5 % of student headings ("Market" is a subset of every market title);
# WRatio takes 24 % at the threshold where it finds as many sections.
FUZZY_THRESHOLD = 82.0
# A heading holding another form of each meaningful word of a name ("Comment l'entretien va-t-il se dérouler ?" for
# "Déroulé de l'entretien") scores from the threshold up to this much more (see `_stem_containment`).
STEM_CONTAINMENT_RANGE = 4.0

# Words students put around a one-word title ("Appendices overview", "Contexte du projet", "Our timeline").
GENERIC_WORDS = frozenset(
    "a an and the of our my your overview summary brief short detailed general notes draft project section part"
    " le la les l de du des d notre nos mon ma mes votre vos vue ensemble projet partie et".split()
)

# A document names too few sections of any deliverable to be identified from its headings alone.
MIN_IDENTIFY_SCORE = 0.4
MIN_IDENTIFY_SECTIONS = 3
# Identified with the help of content (headings written from scratch), a deliverable needs a higher score.
CONTENT_IDENTIFY_SCORE = 0.6
# ... or a lower score far ahead of the next deliverable. Measured with the content route's scores on the realistic
# set and the real-world corpus (680 Word and PowerPoint files): the six corpus files from 0.45 up (0.46 to 0.54)
# lead the next deliverable by 0.08 at most; the realistic set's documents under 0.6 lead by 0.19 to 0.34, except
# one it ranks wrong (0.53, lead 0.03). A lead rather than a ratio: the ratio 1.5 this replaces asked the same 0.15
# at 0.45 but 0.2 at 0.6, and refused a research brief at 0.60 leading by 0.19.
CONTENT_CLEAR_SCORE = 0.45
CONTENT_CLEAR_LEAD = 0.15
# A document finding this many sections by content may be one contiguous part of its deliverable (see `_rank`).
# Measured: the realistic set's part documents find 6 to 8; the real-world corpus at most 5 of any deliverable.
PART_MIN_SECTIONS = 5
# ... of a long deliverable only (the research brief, the business plan, the thesis: one may hand in a part of it, as
# the thesis's watch dossier). A short one's run of five
# sections is most of it: a steering-KPI document finding five of a risk policy's nine sections in a row
# ("indicateurs", "tableau de bord", "ce que nous changeons") scored 0.84 against that span, over 0.73 as itself.
# Measured on the realistic set (764 documents): from 12 to 21 sections, that document is identified and nothing
# else changes.
PART_OF_SECTIONS = 20
# A section found in a heading that joins its name to another found section's counts for this much of a section when
# identifying: 'projets et faits marquants' named three sections of a motivation interview in an appraisal guide and
# outranked it (0.716 to 0.705; 0.664 with this). Measured: one more document of the realistic set identified (an
# appraisal guide of round 7), no other change, still no file of the real-world corpus.
JOINED_NAME_STRENGTH = 0.5
# The deliverable a document's cover names (`cover_title`) is taken at this score, unless another deliverable
# scores COVER_OVERRULED more. Measured on the development part: the three documents the cover identifies score
# 0.57 to 0.66 by their sections, and any floor from 0.2 to 0.5 gives the same figures; 0.3 still asks for a
# third of the sections, so that a cover alone (a title page over something else) identifies nothing.
# COVER_OVERRULED from 0.2 up gives the same figures; 0.15 and under lets a reframing guide's headings, read as a
# motivation guide's (0.84), overrule the reframing its cover names (0.66).
COVER_IDENTIFY_SCORE = 0.3
COVER_OVERRULED = 0.25
# The whole matcher ranks only this many deliverables, the likeliest by a cheap first pass (`_likeliest`).
# On the realistic set (356 documents) the right one is among them for every document, first for 337.
CONTENT_CANDIDATES = 6
# How much a deliverable's size discounts its first-pass total (see `_likeliest`).
LIKELIEST_SIZE_POWER = 0.3


@dataclass(frozen=True)
class SectionMatch:
    heading: int  # index in the headings given to `match_sections`
    found_by: str  # "marker", "title", "alias", "fuzzy" or "content"
    score: float  # 100 for markers and exact titles
    also: tuple[int, ...] = ()  # further headings whose text belongs to the section (a section split in two)


@dataclass(frozen=True)
class _Names:
    keys: tuple[str, ...]
    owners: tuple[tuple[int, str], ...]  # (section index, "title" | "alias") of each key
    exact: dict[str, tuple[tuple[int, str], ...]]
    sorted_keys: tuple[str, ...]  # each key's words in alphabetical order (see `_score_names`)
    by_token: dict[str, tuple[int, ...]]  # keys by each of their meaningful words (all of them, if none)
    stem_sets: tuple[frozenset[str], ...]  # each key's meaningful words, stemmed (see `_meaningful_stems`)
    by_stem: dict[str, tuple[int, ...]]  # keys by each of their stems
    stop: frozenset[str]  # words that carry no meaning in a heading
    own_titles: frozenset[str]  # the deliverable's title in every language
    memo: dict = field(default_factory=dict, compare=False, hash=False, repr=False)  # key -> `_fuzzy_scores`


@per_object
def _names(deliverable: Deliverable) -> _Names:
    """Normalised titles and aliases of one deliverable, built once."""
    keys: list[str] = []
    owners: list[tuple[int, str]] = []
    for index, section in enumerate(deliverable.sections):
        titles = set(section.title.values.values())
        for name in section.titles():
            key = heading_key(name)
            owner = (index, "title" if name in titles else "alias")
            if key and (key, owner) not in zip(keys, owners):
                keys.append(key)
                owners.append(owner)
    stop = GENERIC_WORDS | evidence.stop_words_of(deliverable)
    exact: dict[str, list[tuple[int, str]]] = {}
    by_token: dict[str, list[int]] = {}
    for position, (key, owner) in enumerate(zip(keys, owners)):
        exact.setdefault(key, []).append(owner)
        # A heading holds every word of a name it contains: one word of the name finds it, the meaningful ones do.
        words = set(key.split())
        for word in (words - stop) or words:
            by_token.setdefault(word, []).append(position)
    stem_sets = tuple(_meaningful_stems(k, stop) for k in keys)
    by_stem: dict[str, list[int]] = {}
    for position, stems in enumerate(stem_sets):
        for word in stems:
            by_stem.setdefault(word, []).append(position)
    names = _Names(
        tuple(keys), tuple(owners), {k: tuple(v) for k, v in exact.items()}, tuple(map(evidence.sorted_words, keys)),
        {k: tuple(v) for k, v in by_token.items()}, stem_sets, {k: tuple(v) for k, v in by_stem.items()}, stop,
        frozenset(heading_key(t) for t in deliverable.title.values.values()),
    )
    return names


def name_score(key: str, name: str, stop: frozenset[str] | None = None) -> float:
    """How well a normalised heading matches one normalised title or alias, 0..100 (reference implementation;
    `_fuzzy_scores` computes the same for many names at once). `stop`: words that say nothing (by default the
    generic words and every language's stop words)."""
    stop = _default_stop() if stop is None else stop
    score = max(fuzz.ratio(key, name), fuzz.token_sort_ratio(key, name))
    heading, named = _meaningful_stems(key, stop), _meaningful_stems(name, stop)
    if _contains(key.split(), name.split()):
        score = max(score, _containment(key, name))
    elif _stems_contain(heading, named):
        score = max(score, _stem_containment(heading, named))
    return score


@lru_cache(maxsize=1)
def _default_stop() -> frozenset[str]:
    return GENERIC_WORDS | evidence.every_stop_word()


def _contains(heading: list[str], name: list[str]) -> bool:
    """Every word of the title is in the heading; a one-word title only with generic words around it."""
    if not set(name) <= set(heading):
        return False
    return len(name) >= 2 or all(w in GENERIC_WORDS or w in name for w in heading)


def _containment(key: str, name: str) -> float:
    return 80.0 + 20.0 * len(name) / max(len(key), 1)


def _fuzzy_scores(key: str, names: _Names) -> dict[int, float]:
    """Score of `key` against every name at or above the threshold, by name position (kept per deliverable:
    identification and matching score the same headings)."""
    return dict(evidence.remembered(names.memo, key, lambda: _score_names(key, names)))


def _score_names(key: str, names: _Names) -> dict[int, float]:
    scores: dict[int, float] = {}
    # token_sort_ratio is the ratio of the words sorted: the names are sorted once, not at every heading (3x faster).
    for query, choices in ((key, names.keys), (evidence.sorted_words(key), names.sorted_keys)):
        for _, score, position in process.extract(query, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD,
                                                  limit=None):
            if score > scores.get(position, 0.0):
                scores[position] = score
    # Extra words around a whole title ("Test methods overview", "Opening of the interview") keep it found; so do
    # other forms of its words ("Comment l'entretien va-t-il se dérouler ?" for "Déroulé de l'entretien").
    heading = key.split()
    stems = _meaningful_stems(key, names.stop)
    for position in {p for word in set(heading) for p in names.by_token.get(word, ())} | {
            p for word in stems for p in names.by_stem.get(word, ())}:
        score = 0.0
        if _contains(heading, names.keys[position].split()):
            score = _containment(key, names.keys[position])
        elif _stems_contain(stems, names.stem_sets[position]):
            score = _stem_containment(stems, names.stem_sets[position])
        if score >= FUZZY_THRESHOLD and score > scores.get(position, 0.0):
            scores[position] = score
    return scores


def _stems_contain(heading: frozenset[str], name: frozenset[str]) -> bool:
    """Every meaningful word of the name is in the heading, in some form; names of two such words or more."""
    return len(name) >= 2 and name <= heading


def _stem_containment(heading: frozenset[str], name: frozenset[str]) -> float:
    """Just above the threshold, below the name's own words (see `_containment`): a stem may be another word's."""
    return FUZZY_THRESHOLD + STEM_CONTAINMENT_RANGE * len(name) / len(heading)


def _meaningful_stems(key: str, stop: frozenset[str]) -> frozenset[str]:
    """The stems of a heading key's words that say something (no stop or generic words)."""
    return frozenset(evidence.stem(w) for w in key.split() if w not in stop and not w.isdigit())


def is_cover(heading: Heading) -> bool:
    """A deck's title slide (its layout's centred title) holds the deck's name, never a section, unless we marked it."""
    return heading.source == "slide-cover" and not heading.marker


def resolve_marker(marker: str | None, deliverable: Deliverable) -> str | None:
    """The section id a heading's marker names, also when Word truncated the bookmark at 40 characters."""
    if not marker:
        return None
    ids = [s.id for s in deliverable.sections]
    if marker in ids:
        return marker
    return markers.section_from_bookmark(markers.BOOKMARK_PREFIX + marker.replace("-", "_"), ids)


def match_by_names(headings: Sequence[Heading], deliverable: Deliverable, *, weak: frozenset[int] = frozenset(),
                   use_markers: bool = True) -> dict[str, SectionMatch]:
    """Section id -> the heading that stands for it, by markers, titles and aliases only (exact, then fuzzy above
    FUZZY_THRESHOLD). Fast and strict: what identifying the deliverable among all of them needs. Headings in `weak`
    (fake headings) are matched after the others."""
    names = _names(deliverable)
    sections = deliverable.sections
    # The deliverable's own title (a deck's title slide, a cover styled as a heading) is never a section.
    skip = {i for i, h in enumerate(headings) if heading_key(h.text) in names.own_titles or is_cover(h)}
    taken: dict[int, SectionMatch] = {}  # section index -> match
    used: set[int] = set()
    order = [i for i in range(len(headings)) if i not in weak] + [i for i in range(len(headings)) if i in weak]
    used.update(skip)

    def assign(section: int, heading: int, found_by: str, score: float) -> None:
        taken[section] = SectionMatch(heading, found_by, score)
        used.add(heading)

    if use_markers:
        index_of = {s.id: i for i, s in enumerate(sections)}
        for i in order:
            section_id = resolve_marker(headings[i].marker, deliverable)
            if section_id is not None and index_of[section_id] not in taken:
                assign(index_of[section_id], i, "marker", 100.0)

    for i in order:
        if i in used:
            continue
        owners = [o for o in names.exact.get(heading_key(headings[i].text), ()) if o[0] not in taken]
        if owners:
            expected = _expected_next(i, taken)
            level = headings[i].level
            section, how = min(owners, key=lambda o: (o[1] != "title", abs(o[0] - expected),
                                                       sections[o[0]].level != level, o[0]))
            assign(section, i, how, 100.0)

    # A deck's slide map names sections by slide id, and LibreOffice renumbers slide ids: trust the map only
    # where nothing found so far contradicts it.
    index_of = {s.id: i for i, s in enumerate(sections)}
    by_heading = {m.heading: section for section, m in taken.items()}
    hinted = [(i, index_of[h.hint]) for i, h in enumerate(headings) if h.hint in index_of]
    agrees = all(by_heading.get(i, section) == section and (section not in taken or taken[section].heading == i)
                 for i, section in hinted)
    if hinted and agrees:
        for i, section in hinted:
            if i not in used and section not in taken:
                assign(section, i, "marker", 100.0)

    candidates = []
    for i in order:
        if i in used:
            continue
        for position, score in _fuzzy_scores(heading_key(headings[i].text), names).items():
            section = names.owners[position][0]
            if section not in taken:
                candidates.append((-score, i in weak, i, section))
    for negative, _, i, section in sorted(candidates):
        if i not in used and section not in taken:
            assign(section, i, "fuzzy", -negative)
    return {sections[index].id: match for index, match in taken.items()}


def _expected_next(heading: int, taken: dict[int, SectionMatch]) -> int:
    """The section that should come next after the nearest matched heading above: ties go to document order."""
    before = [(m.heading, section) for section, m in taken.items() if m.heading < heading]
    return max(before)[1] + 1 if before else 0


@dataclass(frozen=True)
class Identification:
    deliverable: Deliverable
    score: float  # 0..1: F1 of sections found (weighted by required) and headings used
    sections: int  # how many sections matched
    runner_up: Deliverable | None = None
    runner_up_score: float = 0.0
    by_cover: bool = False  # the cover named it, and its sections are there (see `_named_by_cover`)

    @property
    def accepted(self) -> bool:
        """Good enough to check the document against; otherwise the teacher must say --deliverable."""
        return self.by_cover or (self.score >= MIN_IDENTIFY_SCORE and self.sections >= MIN_IDENTIFY_SECTIONS)


def identify(headings: Sequence[Heading], referential: Referential, *, weak: frozenset[int] = frozenset(),
             texts: Sequence[str] | None = None, cover: Sequence[str] = (),
             pictured: Sequence[bool] | None = None) -> Identification | None:
    """The deliverable whose sections the headings match best (see `accepted`), or None without any match.
    Names first (fast and strict); when they are not enough and `texts` (the text under each heading) is given,
    the whole-document matcher ranks every deliverable again, with the content: a document written from scratch
    has few headings named like ours. That route must reach CONTENT_IDENTIFY_SCORE: measured on the realistic set
    (lowest 0.63) and the real-world corpus (highest 0.627, a conference's slide show).
    `cover`: the document's title lines; the deliverable they name needs less (see `_named_by_cover`)."""
    named = cover_title.named_deliverable(cover, referential) if cover else None
    # The whole matcher, once per deliverable: the cover's may be among the likeliest ranked below.
    content: dict[str, dict[str, SectionMatch]] = {}

    def by_content_of(deliverable: Deliverable) -> dict[str, SectionMatch]:
        if deliverable.id not in content:
            content[deliverable.id] = match_document(headings, deliverable, weak=weak, texts=texts,
                                                     pictured=pictured, by_vocabulary=False).matches
        return content[deliverable.id]

    by_text = by_content_of if texts is not None else None
    by_names = {d.id: match_by_names(headings, d, weak=weak) for d in referential.deliverables}
    guess = _rank(headings, referential.deliverables, weak, lambda d: by_names[d.id])
    # Names settle it when they are as sure as content must be: below that, content may know better (a motivation
    # guide whose shared headings, "Avant l'entretien", "Déroulé prévu", name a dismissal guide at 0.44; its content
    # names the motivation guide at 0.96).
    if texts is None or (guess is not None and guess.accepted and named in (None, guess.deliverable.id)
                         and guess.score >= CONTENT_IDENTIFY_SCORE):
        return _named_by_cover(guess, named, headings, referential, weak, by_names, by_text)
    # Any text speaks some section's vocabulary best: here only names and key terms may name a section. The whole
    # matcher is the costly part of check on a document written from scratch: it runs on the likeliest few.
    likely = _likeliest(headings, referential.deliverables, texts, by_names)
    by_content = _rank(headings, likely, weak, by_content_of, parts=True)
    if by_content is not None and (guess is None or by_content.score > guess.score):
        clear = (by_content.score >= CONTENT_CLEAR_SCORE
                 and by_content.score - by_content.runner_up_score >= CONTENT_CLEAR_LEAD)
        if by_content.score >= CONTENT_IDENTIFY_SCORE or clear:
            guess = by_content
    return _named_by_cover(guess, named, headings, referential, weak, by_names, by_text)


def _named_by_cover(guess: Identification | None, named: str | None, headings: Sequence[Heading],
                    referential: Referential, weak: frozenset[int], by_names: dict[str, dict[str, SectionMatch]],
                    by_text: Callable[[Deliverable], dict[str, SectionMatch]] | None) -> Identification | None:
    """The deliverable the cover names, as a jury takes it, when its sections are there to a lesser degree
    (COVER_IDENTIFY_SCORE) and no other deliverable's sections are clearly more there (COVER_OVERRULED)."""
    if named is None or (guess is not None and guess.deliverable.id == named and guess.accepted):
        return guess
    deliverable = referential.get_deliverable(named)
    own = _rank(headings, [deliverable], weak, lambda d: by_names[d.id])
    if by_text is not None:
        by_content = _rank(headings, [deliverable], weak, by_text, parts=True)
        if by_content is not None and (own is None or by_content.score > own.score):
            own = by_content
    if own is None or own.score < COVER_IDENTIFY_SCORE or own.sections < MIN_IDENTIFY_SECTIONS:
        return guess
    if guess is not None and guess.accepted and guess.deliverable.id != named \
            and guess.score - own.score >= COVER_OVERRULED:
        return guess
    other = guess if guess is not None and guess.deliverable.id != named else None
    return Identification(deliverable, own.score, own.sections, other.deliverable if other else None,
                          other.score if other else 0.0, by_cover=True)


def _likeliest(headings: Sequence[Heading], deliverables: Sequence[Deliverable], texts: Sequence[str],
               by_names: dict[str, dict[str, SectionMatch]]) -> list[Deliverable]:
    """The CONTENT_CANDIDATES deliverables whose sections the headings name or the texts speak of most, by a cheap
    first pass: sections found by name, plus each heading's best key-term and vocabulary evidence (no fuzzy name
    scoring, no order)."""
    totals = [float(len(by_names[deliverable.id])) for deliverable in deliverables]
    for heading, text in zip(headings, texts):
        best = evidence.best_evidence_for_each(heading.text, text, deliverables, TERM_WEIGHT, VOCABULARY_WEIGHT)
        totals = [total + value for total, value in zip(totals, best)]
    # A deliverable of many sections offers each heading a close one more easily, so its total is divided by its
    # size, but gently: a short deck of a long deliverable shows few of its sections (measured on the realistic set,
    # 356 documents: with the power 0.3 the right deliverable ranks first for 337 and among the candidates for all;
    # with the square root, 326 and 355, a research brief's deck of 14 slides ranking 13th).
    scored = [(total / max(len(deliverable.sections), 1) ** LIKELIEST_SIZE_POWER, deliverable.id, deliverable)
              for total, deliverable in zip(totals, deliverables)]
    scored.sort(key=lambda item: (-item[0], item[1]))
    return [deliverable for _, _, deliverable in scored[:CONTENT_CANDIDATES]]


def _rank(headings: Sequence[Heading], deliverables: Sequence[Deliverable], weak: frozenset[int],
          matcher: Callable[[Deliverable], dict[str, SectionMatch]], *, parts: bool = False) -> Identification | None:
    """Deliverables ranked by F1 of their sections found (required ones weigh 1, optional 0.5) and headings used.
    `parts`: a document that finds PART_MIN_SECTIONS sections or more may be one part of a deliverable of
    PART_OF_SECTIONS sections or more (the thesis's watch dossier): its recall counts against that part only."""
    strong = [i for i in range(len(headings)) if i not in weak and not is_cover(headings[i])] or list(range(len(headings)))
    ranked = []
    for deliverable in deliverables:
        found = matcher(deliverable)
        if not found:
            continue
        weights = {s.id: (1.0 if s.required else 0.5) for s in deliverable.sections}
        # A section found on weak evidence (a gap read in order) counts for as much as its evidence.
        strength = {s: min(1.0, m.score / 100.0) if m.found_by in ("content", "order") else 1.0
                    for s, m in found.items()}
        # One heading joining names ("2026 en revue : projets et faits marquants") is one piece of evidence: the
        # further sections it names count for JOINED_NAME_STRENGTH each.
        first: dict[int, str] = {}
        for section_id, match in found.items():
            first.setdefault(match.heading, section_id)
        strength = {section_id: value * JOINED_NAME_STRENGTH
                    if first[found[section_id].heading] != section_id and found[section_id].found_by == "fuzzy"
                    else value for section_id, value in strength.items()}
        recall = sum(weights[s] * strength[s] for s in found) / sum(weights.values())
        if parts and len(found) >= PART_MIN_SECTIONS and len(deliverable.sections) >= PART_OF_SECTIONS:
            positions = [i for i, s in enumerate(deliverable.sections) if s.id in found]
            span = deliverable.sections[min(positions):max(positions) + 1]
            recall = max(recall, sum(weights[s] * strength[s] for s in found) / sum(weights[s.id] for s in span))
        used = {h for m in found.values() for h in (m.heading, *m.also)}
        precision = sum(1 for i in used if i in strong) / max(len(strong), 1)
        f1 = 2 * recall * precision / (recall + precision) if recall + precision else 0.0
        ranked.append((f1, len(found), deliverable))
    if not ranked:
        return None
    ranked.sort(key=lambda r: (r[0], r[1]), reverse=True)
    score, count, best = ranked[0]
    runner_up = ranked[1] if len(ranked) > 1 else (0.0, 0, None)
    return Identification(best, round(score, 3), count, runner_up[2], round(runner_up[0], 3))


# --------------------------------------------------------------------------------------------- whole document
#
# Every heading is scored against every section at once, from three kinds of evidence, and one assignment is
# chosen for the whole document:
#   - its name: exact title (+TITLE_BONUS) or alias (+ALIAS_BONUS), else `evidence.name_similarities`
#     (fuzzy, token-set, partial), worth (similarity - NAME_FLOOR) / (100 - NAME_FLOOR);
#   - the text under it: key terms, column headers and canvas cell titles (TERM_WEIGHT), and the section's
#     guidance vocabulary (VOCABULARY_WEIGHT);
#   - the order: the assignment is a dynamic program over the document's order and the deliverable's (a
#     longest-common-subsequence with weights), so that a heading found only by its content must sit where the
#     section belongs. Headings named outside the order are then taken by name alone, as before.
# Why a dynamic program rather than scipy's linear_sum_assignment: the order is the strongest evidence a
# paraphrased heading has, and the DP uses it as a constraint instead of a tuned penalty; sections × headings
# is small (at most ~25 × a few hundred), so pure Python takes milliseconds; and it adds no 40 MB dependency
# to a tool students install the night before a deadline.
TITLE_BONUS = 1.0
ALIAS_BONUS = 0.6
NAME_FLOOR = evidence.NAME_FLOOR
TERM_WEIGHT = 0.7
VOCABULARY_WEIGHT = 0.6
# A deck presents its sections one or two a slide, in the deliverable's order: a slide's place in the deck is evidence
# of the section it shows. A slide with some content evidence for a section gains up to POSITION_WEIGHT when its place
# among the slides is that of the section among the sections, less as they are further apart, nothing beyond
# POSITION_WINDOW. Measured on the realistic set's development part (92 documents, 29 decks): weight 0.05 / 0.1 /
# 0.15 / 0.2 take agreement from 88.7 % to 89.1 / 89.6 / 90.0 / 90.1 %, with one more absent section reported
# present at each; in every document too (not only decks), 0.1 gives 89.8 % but three more. Documents' headings are
# less regular (parts, sub-headings, the author's own): for them the order constrains, but a place says little.
POSITION_WEIGHT = 0.1
POSITION_WINDOW = 0.3
# Slides are easily reordered: a slide out of the deck's expected order is still its section when its name says
# something of it and name and content together reach this utility ("Radar 2027" after the watch tools, where our
# deck presents the radar first). Measured on the realistic set (500 documents): 0.8 / 1.0 / 1.3 find 7 / 4 / 3 more
# sections, with 1 / 0 / 0 more absent ones reported present. Decks only: a document's out-of-order headings are more
# often sub-headings and the authors' own parts (524 documents: 14 fewer sections agree, 4 more absent ones reported
# present). Not while identifying, where deliverables are ranked by what they find in order (no difference measured).
LATE_SLIDE = 1.0
# A pair is worth assigning from this utility on: a name alone at ~80, or a weaker name with content, or
# content alone (key terms and vocabulary).
ACCEPT = 0.6
# A heading whose name says nothing about the section needs its key terms (2 of 3) in its text.
SILENT_NAME = 0.2
CONTENT_ALONE_TERMS = 0.66
CONTENT_ALONE_VOCABULARY = 0.95  # or its text speaks the section's guidance vocabulary more than any other's
# A soft name match (a shortened heading, a name inside other words) that fits several sections nearly as well
# ("Market", "Analysis") is discounted: alone it names none of them.
AMBIGUOUS_MARGIN = 6.0
AMBIGUOUS_FACTOR = 0.8
# A fake heading (a bold line) in a document with real ones counts only when it names a section.
WEAK_PENALTY = 0.3
# A gap between found sections with as many headings as missing sections is read in order from this much evidence
# for each pair; in any other gap a pair needs SLOT_EVIDENCE (see `_slots`).
DIAGONAL_EVIDENCE = 0.2
# A slide says in a few words what a page says in many: in a deck's gap, as many slides as missing sections are read in
# order from this much. Measured on the development part (116 documents, 29 decks): 0.1 finds 2 more sections and
# no absent one; 0 finds 5 more but takes three closing slides ('Questions?', 'Merci') for missing sections.
DECK_DIAGONAL_EVIDENCE = 0.1
SLOT_EVIDENCE = 0.3
# ... and a deck's uneven gap from this much, as its even one. Measured on the development part (176 documents, 44
# decks): 0.3 / 0.2 / 0.1 / 0.05 find 0 / 4 / 6 / 6 more sections, with no absent one; 0 finds 14 but 4 absent.
DECK_SLOT_EVIDENCE = 0.1
# In a gap read by its best pairing (neither one heading for one missing section nor as many headings as missing
# sections, in order), an optional section's evidence counts this much against a required one's, in the gap:
# students leave optional sections out far more often (on the realistic set, 668 documents: 3 more sections agree,
# one absent section fewer reported present; 0.8: 2 more; 0.5 and under: 2; weighing the comparison with the
# sections missing elsewhere too: 2).
OPTIONAL_IN_GAP = 0.6
# A section found in step 3 by its content alone, with less than this utility (all its key terms but half its
# vocabulary, say), is a guess that the order may overrule (`_reread`). Measured on the realistic set (212
# documents): 0.8 / 1.0 / 1.2 / 1.4 find 5 / 10 / 14 / 19 more sections, and report 0 / 0 / 1 / 2 more absent ones
# present.
GUESS_BELOW = 1.0
# A missing section names the heading that came closest only when it came this close: below, it is noise.
CLOSEST_FLOOR = 0.3
# A sub-heading that held its part's evidence becomes the part's first sub-section (`_parts_up_to_their_heading`) only
# when it speaks a little of it: a sub-heading about something else stays the part's. Measured on the realistic set
# (524 documents): 0 and 0.1 find 3 more sections, 0.2 finds 2 ("6.2 Security, hosting and data" speaks 0.18 of the
# architecture), none reports an absent section present.
PART_CHILD_EVIDENCE = 0.1
# A merged heading stands for a second section when its text holds this much of that section's content evidence.
MERGED_CONTENT = 0.15
# A sub-section merged under its part's heading needs this many key terms of its own in the part's text.
MERGED_OWN_TERMS = 2
# Sections whose content is a drawing: a picture under their part's heading may be them.
FIGURE_KINDS = frozenset({"figure", "canvas"})
# A sub-section merged under its neighbour's heading needs this many key terms the neighbour's do not share: three of
# Porter's five forces under "Who else feeds city gardeners?" (the competition), three stages of the intelligence cycle
# under "Le rythme de la veille" (the update method). Measured on the realistic set (716 documents): 8 more sections,
# 2 absent ones reported present; two such terms find one more and report no more absent ones (not taken: one more
# section is no pattern); in decks alone, 4 and 1.
SIBLING_OWN_TERMS = 3
# Merged sections: a heading joining two names ("Market and competition", "Rivals & market forces"). Not a comma: it
# more often adds a comment to one name ("Les segments, notés de 1 à 5"); nor a slash, which pairs the two sides of
# one notion ("Prévu / réel"); nor "&" inside a word ("P&L"). A bracket may open the second name ("Plan d'attaque
# 2027 (et ce qu'il coûte)"); an arrow leads from one to the next, as "then" does ("Problems found → fixes"). Split
# after the numbering: "9. ET SI ÇA DÉRAPE ?" joins no name to "9.".
_JOINERS = re.compile(r"\s+\(?(?:and|et|&|\+|vs|versus|plus|then|puis|→|->)\s+", re.IGNORECASE)
# A part of a joined heading names a section from this soft similarity on (a name plus other words).
MERGED_PART_SIMILARITY = 80.0


@dataclass(frozen=True)
class Closest:
    """The heading that came closest to a section reported missing, and why it was not taken."""

    heading: int
    reason: str  # "taken" (it stands for `other`), "order" (out of the expected order), "weak" (too little evidence)
    other: str | None = None  # the section it stands for
    score: float = 0.0  # its utility, against ACCEPT


@dataclass(frozen=True)
class Matching:
    matches: dict[str, SectionMatch]
    closest: dict[str, Closest]  # missing section id -> the closest heading


def match_sections(headings: Sequence[Heading], deliverable: Deliverable, *, weak: frozenset[int] = frozenset(),
                   use_markers: bool = True, texts: Sequence[str] | None = None,
                   pictured: Sequence[bool] | None = None) -> dict[str, SectionMatch]:
    """Section id -> the heading that stands for it (see `match_document`)."""
    return match_document(headings, deliverable, weak=weak, use_markers=use_markers, texts=texts,
                          pictured=pictured).matches


def match_document(headings: Sequence[Heading], deliverable: Deliverable, *, weak: frozenset[int] = frozenset(),
                   use_markers: bool = True, texts: Sequence[str] | None = None,
                   pictured: Sequence[bool] | None = None, by_vocabulary: bool = True) -> Matching:
    """Assign headings to sections for the whole document. `texts[i]` is the text under heading i (to the next
    heading), tables' headers included; without it only names and order count. `pictured[i]`: a picture, chart or
    drawing stands under heading i. `by_vocabulary=False`: the
    guidance vocabulary alone never names a section (identification among all deliverables)."""
    names = _names(deliverable)
    sections = deliverable.sections
    count = len(sections)
    index_of = {s.id: i for i, s in enumerate(sections)}
    keys = [heading_key(h.text) for h in headings]
    # The deliverable's own title, a deck's title slide and our deck's frame slides (agenda, takeaways) are never
    # sections.
    skip = {i for i, key in enumerate(keys) if _own_title(i, key, names) or key in _frame_titles(deliverable)
            or is_cover(headings[i]) or _closes_the_talk(key, deliverable)}
    taken: dict[int, SectionMatch] = {}
    used: set[int] = set(skip)

    def assign(section: int, heading: int, found_by: str, score: float) -> None:
        taken[section] = SectionMatch(heading, found_by, score)
        used.add(heading)

    # 1. Markers the generator stamped, and a deck's slide map where nothing named contradicts it.
    if use_markers:
        for i, heading in enumerate(headings):
            section_id = resolve_marker(heading.marker, deliverable)
            if i not in used and section_id is not None and index_of[section_id] not in taken:
                assign(index_of[section_id], i, "marker", 100.0)
    exact = [[o for o in names.exact.get(key, ())] for key in keys]
    hinted = [(i, index_of[h.hint]) for i, h in enumerate(headings) if h.hint in index_of]
    if hinted and _hints_agree(hinted, exact, taken):
        for i, section in hinted:
            if i not in used and section not in taken:
                assign(section, i, "marker", 100.0)

    # 2. Utility of every free heading for every free section.
    profiles = evidence.profiles(deliverable)
    free = [s for s in range(count) if s not in taken]
    candidates = [i for i in range(len(headings)) if i not in used]
    strong_scores = {i: _strong_by_section(keys[i], names) for i in candidates}
    utility: dict[tuple[int, int], tuple[float, str]] = {}  # pairs worth assigning: (utility, found_by)
    near: dict[tuple[int, int], float] = {}  # every pair's utility, to explain a missing section
    covers: dict[tuple[int, int], float] = {}  # the content part of it
    silent: set[tuple[int, int]] = set()  # pairs whose heading's name says nothing: found by content alone
    bold_near: dict[tuple[int, int], float] = {}  # a fake heading's utility, without its penalty (see `_slots`)
    termed: set[tuple[int, int]] = set()  # pairs whose text holds the section's key terms (CONTENT_ALONE_TERMS)
    stems_of: dict[int, frozenset[str]] = {}  # what each heading's text offers as evidence
    parent_of = {s: max((p for p in range(s) if sections[p].level < sections[s].level), default=None)
                 for s in range(count)}
    # A heading that names a part and its sub-section alike ("Problématique et hypothèses", under the heading
    # "Introduction") is not ambiguous when another heading names the one of them exactly: it is the other.
    named_exactly = {owner[0] for owners in exact for owner in owners}
    family = {s: {s, *({parent_of[s]} & named_exactly),
                  *(t for t in named_exactly if parent_of[t] == s)} for s in range(count)}
    # A slide's place among the deck's slides, 0..1, against a section's place in the deliverable (see POSITION_WEIGHT).
    deck = _is_deck(headings)
    slides = [i for i in range(len(headings)) if i not in skip]
    place = {i: n / max(len(slides) - 1, 1) for n, i in enumerate(slides)}
    for i in candidates:
        similarity = evidence.name_similarities(keys[i], profiles)
        for section in _named_as_one_of_a_list(headings[i].text, names, exact[i]):
            similarity = [0.0 if s == section else value for s, value in enumerate(similarity)]
            strong_scores[i] = {s: value for s, value in strong_scores[i].items() if s != section}
        terms, vocabulary = [0.0] * count, [0.0] * count
        if texts is not None:
            stems = stems_of[i] = evidence.text_stems(headings[i].text, texts[i], profiles.stop)
            terms, vocabulary = evidence.text_evidence(stems, profiles)
        ranked = sorted(similarity, reverse=True)
        best_content = max((TERM_WEIGHT * t + VOCABULARY_WEIGHT * v for t, v in zip(terms, vocabulary)), default=0.0)
        by_similarity = sorted(range(count), key=similarity.__getitem__, reverse=True)
        # A heading that names sections ("Sensitivity": the sensitivity analysis, or the risks and sensitivity) is not
        # an unrelated one for some words of its text ("breaks even"); a sub-section under its part's name is.
        named = {t for t in range(count) if similarity[t] >= max(FUZZY_THRESHOLD, ranked[0] - AMBIGUOUS_MARGIN)}
        named |= {t for t in range(count) if parent_of[t] in named} | {parent_of[t] for t in named}
        for s in range(count):
            how = "fuzzy"
            name = similarity[s]
            strong = strong_scores[i].get(s, 0.0)
            owners = [o for o in exact[i] if o[0] == s]
            bonus = 0.0
            if owners:
                how = "title" if any(o[1] == "title" for o in owners) else "alias"
                bonus = TITLE_BONUS if how == "title" else ALIAS_BONUS
                name = 100.0
            elif strong < FUZZY_THRESHOLD and next((similarity[t] for t in by_similarity if t not in family[s]),
                                                   0.0) >= name - AMBIGUOUS_MARGIN:
                name *= AMBIGUOUS_FACTOR
            name = max(name, strong)
            name_part = max(0.0, (name - NAME_FLOOR) / (100.0 - NAME_FLOOR)) + bonus
            content = TERM_WEIGHT * terms[s] + VOCABULARY_WEIGHT * vocabulary[s]
            if name_part < SILENT_NAME and terms[s] < CONTENT_ALONE_TERMS and (
                    not by_vocabulary or vocabulary[s] < CONTENT_ALONE_VOCABULARY):
                content = min(content, ACCEPT - name_part - 0.01)  # vocabulary alone never names a section
            if terms[s] >= CONTENT_ALONE_TERMS:
                termed.add((i, s))
            if i in weak:
                bold_near[(i, s)] = name_part + content
                # A bold line names nothing unless its words do, or its text holds the section's key terms and
                # speaks of it no less than of any other ("Scoring the five" over the concepts' scoring grid).
                if not owners and max(strong, name) < FUZZY_THRESHOLD and not (
                        terms[s] >= CONTENT_ALONE_TERMS and content >= best_content):
                    continue
                name_part -= WEAK_PENALTY
            value = name_part + content
            if deck and content > 0:
                value += POSITION_WEIGHT * max(0.0, 1 - abs(place[i] - s / max(count - 1, 1)) / POSITION_WINDOW)
            near[(i, s)] = value
            covers[(i, s)] = content
            if value >= ACCEPT and not (named and s not in named and name_part < SILENT_NAME):
                if not owners and name_part < ACCEPT:
                    how = "content" if content >= name_part else "fuzzy"
                utility[(i, s)] = (value, how)
                if name_part < SILENT_NAME:
                    silent.add((i, s))

    # 3. One assignment in order, between the markers already found. Content alone counts only in a document
    # where names found something (else it is not this deliverable), and only for headings at the level the
    # named ones show for the section's level: a student's sub-heading is not the next section.
    in_order = {pair: value for pair, value in utility.items() if pair[1] in free}
    named = _align(candidates, free, {p: v for p, v in in_order.items() if p not in silent}, taken)
    if not named and not taken:
        # No heading names a section, but the texts may: several sections' key terms, in the deliverable's order, are
        # as good an anchor as a name ("Fiche n°1 – Responsable boutique" over missions, reporting line and salary).
        by_terms = _align(candidates, free, {p: v for p, v in in_order.items() if p in termed}, taken)
        if len(by_terms) >= MIN_IDENTIFY_SECTIONS:
            named = by_terms
    if named or taken:
        base = _level_base(headings, sections, [*((i, s) for i, s in named), *((m.heading, s) for s, m in taken.items())])
        # ... unless its text holds the section's key terms and speaks of it no less than of any other: the author
        # numbered a section as a sub-section ("IV.2 Ses objectifs 2026, un par un" under "IV. Retour sur l’année
        # de Samia").
        in_order = {(i, s): v for (i, s), v in in_order.items()
                    if (i, s) not in silent or headings[i].level <= base + sections[s].level - 1
                    or ((i, s) in termed and _speaks_most_of(i, s, covers, count))}
    else:
        in_order = {p: v for p, v in in_order.items() if p not in silent}
    for (i, s), (value, how) in _align(candidates, free, in_order, taken).items():
        assign(s, i, how, round(100 * min(value, 1.0), 1))
    guesses = [s for s, m in taken.items() if (m.heading, s) in silent and utility[(m.heading, s)][0] < GUESS_BELOW]

    # 4. Named outside the expected order: by name alone, best first (exact titles and aliases, strong fuzzy); in a
    # deck, also by a name and content together (see LATE_SLIDE).
    late = []
    for (i, s), (value, how) in utility.items():
        if how in ("title", "alias") or strong_scores[i].get(s, 0.0) >= FUZZY_THRESHOLD or (
                deck and by_vocabulary and value >= LATE_SLIDE and (i, s) not in silent):
            late.append((-value, i in weak, i, s, how))
    for negative, _, i, s, how in sorted(late):
        if i not in used and s not in taken:
            assign(s, i, how, round(100 * min(-negative, 1.0), 1))

    # 5. Merged sections (a heading joining two names, a part's heading holding its first sub-section or a
    # sub-section's key terms); then a gap between two found sections holding as many unmatched headings as missing
    # sections, each with some evidence for its section in order, is those sections: where a jury looks for them.
    # Merged ones first, so that "Test plan and tasks" leaves one heading for one section in the gap after it. A free
    # heading over a found sub-section before them: the outline says it is the part, where a joined heading's text
    # only speaks of it ("6. People" over "6.1 Who we need, and when", which speaks of the people part too).
    _parts_above(headings, sections, taken, used)
    _merged([h.text for h in headings], keys, names, taken, covers, count, profiles)
    _parents_merged(headings, keys, names, sections, taken, profiles, used)
    _children_merged(sections, taken, profiles, stems_of)
    _siblings_merged(sections, taken, profiles, stems_of)
    if pictured is not None:
        _figures_under_their_part(sections, taken, pictured)

    def read_gaps(even_only: bool = False) -> dict[tuple[int, int], tuple[float, str]]:
        return _slots(headings, sections, taken, used, weak, near, bold_near, termed, count, skip,
                      identifying=not by_vocabulary, even_only=even_only)

    for (i, s), (value, how) in read_gaps().items():
        assign(s, i, how, round(100 * value, 1))
    # A gap read as sections leaves smaller gaps: those that now hold as many headings as missing sections are read
    # again, in order, until none is left ("3.2 Notre place" found for the positioning leaves "4. Ce qu'on promet aux
    # clubs" alone before the marketing mix: the value proposition). Only even gaps: an uneven one weighs a heading's
    # evidence against the gap's other sections, and a smaller gap leaves it fewer to weigh against (measured on the
    # realistic set, 296 documents: even gaps find 12 more sections and report 1 absent one present; every gap, 22
    # and 4).
    while even := read_gaps(even_only=True):
        for (i, s), (value, how) in even.items():
            assign(s, i, how, round(100 * value, 1))
    _reread(guesses, taken, used, count, read_gaps)
    # A sub-section the gaps found may stand for its part too, as one found by name does ("Lab Passport – and why no
    # museum here does it": the chosen concept and its innovation, one slide between the scoring and the mock-ups).
    # Measured on the realistic set (728 documents): 7 more sections, 1 absent one reported present.
    _parents_merged(headings, keys, names, sections, taken, profiles, used)
    # A part found under its first sub-heading moves up to the free heading above it, once the order has settled the
    # content guesses. Not while identifying, which weighs names and terms, not an outline's shape.
    if texts is not None and by_vocabulary:
        _parts_up_to_their_heading(headings, texts, sections, taken, used, near)

    # 6. Split sections.
    _split(headings, sections, taken, near, used, weak)

    closest = _closest(sections, taken, near)
    return Matching({sections[s].id: m for s, m in sorted(taken.items())}, closest)


# A heading past the first that is the deliverable's title and a section's name as well, to this score, is that section:
# a job descriptions deck's "Fiches de poste" slide holds the job description forms ("Fiche de poste"). Measured on the
# realistic set (596 documents): one more section, none lost; from 82, where "Politique de gestion des risques" names
# the policy's objectives, nothing more.
OWN_TITLE_SECTION = 95.0


def _own_title(index: int, key: str, names: _Names) -> bool:
    if key not in names.own_titles:
        return False
    return index == 0 or max(_strong_by_section(key, names).values(), default=0.0) < OWN_TITLE_SECTION


# Titles of the slides our deck writer adds around the sections (msgids, in every language of the catalogs).
_FRAME_MESSAGES = ("Agenda", "Key takeaways")
# A slide (or heading) that opens with thanks closes the talk: it is no section, whatever follows ("Merci !",
# "Thank you – questions?").
_THANKS_MESSAGES = (N_("Thank you"), N_("Thanks"))
# "Questions?" alone closes the talk too, in a deliverable with no section about questions: 48 of the realistic set's
# decks end on one, and two were read as an absent risk section. Where a section's name speaks of questions (a
# business plan's, a specification's anticipated questions), it may be that section.
_QUESTIONS_MESSAGES = (N_("Questions?"), N_("Any questions?"), N_("Your questions"))


def _frame_titles(deliverable: Deliverable) -> frozenset[str]:
    return _message_keys_in(deliverable.section_languages, _FRAME_MESSAGES)


@lru_cache(maxsize=16)
def _message_keys_in(languages: frozenset[str], messages: tuple[str, ...]) -> frozenset[str]:
    """The heading keys of catalog messages, in each of the languages."""
    from ..i18n import Interface

    return frozenset(heading_key(Interface(lang).gettext(m)) for lang in languages for m in messages)


def _closes_the_talk(key: str, deliverable: Deliverable) -> bool:
    """The heading thanks the audience, or asks for its questions where no section is about questions."""
    first_words = _message_keys_in(deliverable.section_languages, _THANKS_MESSAGES)
    if any(key == thanks or key.startswith(thanks + " ") for thanks in first_words):
        return True
    return key in _message_keys_in(deliverable.section_languages, _QUESTIONS_MESSAGES) and not _asks_questions(
        deliverable)


@per_object
def _asks_questions(deliverable: Deliverable) -> bool:
    """Some section's name speaks of questions: it holds a word of "Questions?", in one of the languages."""
    names = _names(deliverable)
    asked = {stem for key in _message_keys_in(deliverable.section_languages, _QUESTIONS_MESSAGES[:1])
             for stem in _meaningful_stems(key, names.stop)}
    return any(asked & stems for stems in names.stem_sets)


# Where a deck's headings come from: a slide's title has no level, every slide stands at level 1.
_SLIDE_SOURCES = frozenset({"slide-title", "slide-cover", "largest-text"})


def _is_deck(headings: Sequence[Heading]) -> bool:
    return bool(headings) and all(h.source in _SLIDE_SOURCES for h in headings)


def _level_base(headings: Sequence[Heading], sections, pairs: list[tuple[int, int]]) -> int:
    """The heading level that stands for a level-1 section in this document (1, or 2 under part titles): the
    most common among the pairs found. A deck's slides are all at level 1, for sub-sections too."""
    if _is_deck(headings):
        return 1
    counts: dict[int, int] = {}
    for i, s in pairs:
        base = headings[i].level - sections[s].level + 1
        counts[base] = counts.get(base, 0) + 1
    return max(sorted(counts), key=counts.__getitem__) if counts else 1


def _slots(headings: Sequence[Heading], sections, taken: dict[int, SectionMatch], used: set[int], weak: frozenset[int],
           near: dict[tuple[int, int], float], bold_near: dict[tuple[int, int], float], termed: set[tuple[int, int]],
           count: int, skip: set[int], identifying: bool,
           even_only: bool = False) -> dict[tuple[int, int], tuple[float, str]]:
    """The gaps' headings read as the sections they stand for: (heading, section) -> (evidence, found_by).
    `even_only`: only the gaps holding as many headings as missing sections."""
    found = sorted((m.heading, s) for s, m in taken.items())
    if not found:  # nothing named or spoken of: not this deliverable, and the order alone says nothing
        return {}
    bounds = [(-1, -1), *found, (len(headings), count)]
    deck = _is_deck(headings)
    base = _level_base(headings, sections, found)
    # Each heading's best evidence for a section the document has not found yet (see the uneven gaps below).
    best_near, best_bold = _best_untaken(near, taken), _best_untaken(bold_near, taken)
    floor = DECK_DIAGONAL_EVIDENCE if deck else DIAGONAL_EVIDENCE

    def read(pair: tuple[int, int], evidence: dict[tuple[int, int], float]) -> tuple[float, str]:
        """A pair read in a gap, found by its content when it has the evidence, else by its place."""
        value = evidence.get(pair, 0.0)
        return value, "content" if value >= floor else "order"

    chosen = {}
    for (h0, s0), (h1, s1) in zip(bounds, bounds[1:]):
        if s1 <= s0:
            continue
        free_sections = [s for s in range(s0 + 1, s1) if s not in taken]
        # A heading deeper than the found one above it, for a section no deeper, is the student's sub-heading; unless,
        # one level down, it speaks of a missing section as much as an accepted pair does, and more than of the section
        # above ("Où en sont les objectifs 2026 ?" under "2026 en revue", the review of objectives after the year's
        # review). Two levels down, it is the author's detail ("Faits clés" at the end of an opening); under a free
        # heading of the gap, it is that heading's ("5.1 En pratique" under "5. Quand réagir ?").
        deepest = (headings[h0].level + max(0, sections[free_sections[0]].level - sections[s0].level)
                   if h0 >= 0 and free_sections else 99)
        free_headings = [i for i in range(h0 + 1, h1)
                         if i not in used and i not in skip and (
                             headings[i].level <= deepest or i in weak
                             or (headings[i].level == deepest + 1 and _speaks_up(i, s0, free_sections, near)
                                 and not any(h not in used and h not in weak and headings[h].level <= deepest
                                             for h in range(h0 + 1, i))))]
        evidence_of, best_of = near, best_near
        # Bold lines stand for sections only where the author wrote no real heading: their own run of them.
        if all(i in weak for i in free_headings):
            evidence_of, best_of = bold_near, best_bold
        else:
            free_headings = [i for i in free_headings if i not in weak]
        if not free_headings or not free_sections:
            continue
        closed = h0 >= 0 and h1 < len(headings)
        # Where the order alone may say what a heading is: a gap a found section closes, outside identification.
        by_place = h1 < len(headings) and not identifying
        # One real heading between two found sections, where one section is missing: the order alone says which
        # it is ("4. Ce qu'on promet aux clubs" between the positioning and the marketing mix). The document's start
        # closes a gap too ("Why touch the kiosks at all?" before the prototype, the first section missing); its end
        # does not: authors close with their own sections (measured on the realistic set, 272 documents: the start
        # finds 2 more sections and no absent one, the end 3 more and 6 absent ones). Not while identifying: there,
        # every deliverable would find some section in any such gap.
        # The heading stands at the level the document gives the section (a part title above it is not it: "B. Les
        # risques" over its sections); a deck's slides all stand at one level.
        lone = len(free_headings) == len(free_sections) == 1
        if lone and by_place and evidence_of is near and (
                deck or headings[free_headings[0]].level == base + sections[free_sections[0]].level - 1):
            pair = (free_headings[0], free_sections[0])
            chosen[pair] = read(pair, near)
            continue
        # As many headings as missing sections: read in order, as a jury does, when each has a little evidence. In a
        # deck, between two found slides (or after the cover), the order alone is enough: a slide says in a few words
        # what a page says in many ("Fizzly, in 60 seconds", then "What's broken?": the summary and the opportunity).
        # Measured on the realistic set (428 documents, 107 decks): 5 more sections, no absent one; the same for
        # other documents finds 8 more but reports 5 absent ones present. Not at the end, nor while identifying.
        if len(free_headings) == len(free_sections):
            diagonal = list(zip(free_headings, free_sections))
            if (deck and by_place) or all(evidence_of.get(pair, 0.0) >= floor for pair in diagonal):
                chosen.update((pair, read(pair, evidence_of)) for pair in diagonal)
                continue
        if even_only:
            continue
        # The best in-order pairing of the gap's headings with its missing sections, each pair with some evidence.
        # Otherwise some headings are the author's own or some sections are gone: a heading stands for a missing
        # section only when its text speaks of that section more than of the gap's other sections. Between two found
        # sections the order already puts it there, so a section missing elsewhere does not compete (measured: 5 more
        # sections found on the realistic set, no false ok). At the head and the tail of the document, and while
        # identifying (a deliverable that is not the document's finds some of its sections in any gap), a heading
        # must speak of the section more than of any other still missing, or hold its key terms.
        # Here a heading speaks of a required section before an optional one, which students leave out more often.
        weighed = {(i, s): evidence_of.get((i, s), 0.0) * (1.0 if sections[s].required else OPTIONAL_IN_GAP)
                   for i in free_headings for s in free_sections}
        best_here = {i: max((weighed[(i, s)] for s in free_sections), default=0.0) for i in free_headings}
        slot_floor = DECK_SLOT_EVIDENCE if deck else SLOT_EVIDENCE
        pairs = {(i, s): evidence_of[(i, s)] for i in free_headings for s in free_sections
                 if evidence_of.get((i, s), 0.0) >= slot_floor and weighed[(i, s)] >= best_here[i] and (
                     (not identifying and closed) or evidence_of[(i, s)] >= best_of.get(i, 0.0) or (i, s) in termed)}
        chosen.update((pair, (value, "content"))
                      for pair, value in _best_in_order(free_headings, free_sections, pairs).items())
    return chosen


def _speaks_up(heading: int, above: int, sections: list[int], near: dict[tuple[int, int], float]) -> bool:
    """A sub-heading speaks of one of these sections as much as an accepted pair does, and more than of the section
    found above it. Measured on the realistic set (560 documents): 4 more sections, no absent one reported present;
    from 0.5, 6 more and one."""
    above_it = near.get((heading, above), 0.0)
    return any((value := near.get((heading, s), 0.0)) >= ACCEPT and value > above_it for s in sections)


def _best_untaken(evidence_of: dict[tuple[int, int], float], taken: dict[int, SectionMatch]) -> dict[int, float]:
    """Heading -> its greatest evidence for a section not taken."""
    best: dict[int, float] = {}
    for (i, s), value in evidence_of.items():
        if s not in taken and value > best.get(i, 0.0):
            best[i] = value
    return best


def _hints_agree(hinted: list[tuple[int, int]], exact: list[list[tuple[int, str]]],
                 taken: dict[int, SectionMatch]) -> bool:
    """LibreOffice renumbers slide ids: trust the slide map only where no marker and no exact name contradicts it."""
    by_heading = {m.heading: s for s, m in taken.items()}
    named = {}
    for i, owners in enumerate(exact):
        if len({o[0] for o in owners}) == 1:
            named.setdefault(owners[0][0], i)
            by_heading.setdefault(i, owners[0][0])
    for i, section in hinted:
        if by_heading.get(i, section) != section:
            return False
        if section in taken and taken[section].heading != i:
            return False
        if section in named and named[section] != i:
            return False
    return True


def _strong_by_section(key: str, names: _Names) -> dict[int, float]:
    """The name score of the previous matcher (calibrated on 14,128 headings), by section."""
    best: dict[int, float] = {}
    for position, score in _fuzzy_scores(key, names).items():
        section = names.owners[position][0]
        best[section] = max(best.get(section, 0.0), score)
    return best


def _align(candidates: list[int], free: list[int], utility: dict[tuple[int, int], tuple[float, str]],
           taken: dict[int, SectionMatch]) -> dict[tuple[int, int], tuple[float, str]]:
    """The in-order assignment of greatest total utility. A pair must also fall between the sections of the markers
    found above and below its heading."""
    anchors = sorted((m.heading, s) for s, m in taken.items())

    def in_place(i: int, s: int) -> bool:
        above = [sec for h, sec in anchors if h < i]
        below = [sec for h, sec in anchors if h > i]
        return (not above or s > max(above)) and (not below or s < min(below))

    weights = {pair: value[0] for pair, value in utility.items() if in_place(*pair)}
    return {pair: utility[pair] for pair in _best_in_order(candidates, free, weights)}


def _best_in_order(rows: list[int], columns: list[int], weights: dict[tuple[int, int], float]) -> dict[tuple[int, int], float]:
    """The pairs (row, column), both increasing, of greatest total weight: a weighted longest common subsequence.
    Only the pairs in `weights` may be chosen."""
    if not rows or not columns or not weights:
        return {}
    best = [[0.0] * (len(columns) + 1) for _ in range(len(rows) + 1)]
    for r in range(1, len(rows) + 1):
        current, previous = best[r], best[r - 1]
        for c in range(1, len(columns) + 1):
            value = max(previous[c], current[c - 1])
            weight = weights.get((rows[r - 1], columns[c - 1]))
            if weight is not None:
                value = max(value, previous[c - 1] + weight)
            current[c] = value
    chosen: dict[tuple[int, int], float] = {}
    r, c = len(rows), len(columns)
    while r and c:
        pair = (rows[r - 1], columns[c - 1])
        weight = weights.get(pair)
        if weight is not None and best[r][c] == best[r - 1][c - 1] + weight:
            chosen[pair] = weight
            r, c = r - 1, c - 1
        elif best[r][c] == best[r - 1][c]:
            r -= 1
        else:
            c -= 1
    return chosen


def _speaks_most_of(heading: int, section: int, covers: dict[tuple[int, int], float], count: int) -> bool:
    own = covers.get((heading, section), 0.0)
    return all(covers.get((heading, t), 0.0) <= own for t in range(count))


# How a section is found when a heading names it.
_BY_NAME = ("marker", "title", "alias")


def _merged(texts: list[str], keys: list[str], names: _Names, taken: dict[int, SectionMatch],
            covers: dict[tuple[int, int], float], count: int, profiles: evidence.Profiles) -> None:
    """A heading that joins two sections' names ("Market and competition") stands for both when the text under it
    speaks of both (or when there is no text to tell). A title that is itself one section's name ("Method and
    sample") stays one section."""
    matched = sorted((m.heading, s) for s, m in taken.items())
    for s in range(count):
        if s in taken:
            continue
        for heading, owner in matched:
            # A heading that is its section's name as a whole joins nothing.
            if abs(owner - s) > 2 or _is_name_of(keys[heading], owner, names):
                continue
            # Nor one that a section named between them in the order puts out of order, by its heading on the far side
            # ("Conclure et assurer le suivi" is no criteria self-check when the note-taking grid's heading follows it).
            if any(t in taken and taken[t].found_by in _BY_NAME and (taken[t].heading - heading) * (s - owner) > 0
                   for t in range(min(owner, s) + 1, max(owner, s))):
                continue
            # Split the heading as written: its key has lost the "&" and "+" that join names.
            parts = _joined_parts(texts[heading])
            if len(parts) < 2 or covers.get((heading, s), 1.0) < MERGED_CONTENT:
                continue
            # A part names the section, or the text speaks its vocabulary more than any other section's.
            if covers.get((heading, s), 0.0) >= VOCABULARY_WEIGHT * CONTENT_ALONE_VOCABULARY or any(
                    _names_section(p, s, names) or evidence.name_similarities(p, profiles)[s] >= MERGED_PART_SIMILARITY
                    for p in parts):
                taken[s] = SectionMatch(heading, "fuzzy", FUZZY_THRESHOLD)
                break


# A heading listing this many items or more, separated by commas (or ";" and "/"), is a list of things.
LIST_ITEMS = 3
_LIST_SEPARATORS = re.compile(r"[,;/]")


def _named_as_one_of_a_list(text: str, names: _Names, owners: list[tuple[int, str]]) -> set[int]:
    """The sections one item of a listing heading names in one word ("Offre" in "Offre, prix, canaux, communication",
    the marketing mix's four P's): a list of things does not stand for the one thing its first item names (the value
    proposition's "Offre"). Unless the whole heading names it too. Measured on the realistic set (776 documents): 2
    more sections (two such marketing mixes), nothing lost."""
    items = [key for key in (heading_key(item) for item in _LIST_SEPARATORS.split(strip_numbering(text))) if key]
    if len(items) < LIST_ITEMS:
        return set()
    whole = {owner[0] for owner in owners}
    return {owner[0] for item in items if len(item.split()) == 1
            for owner in names.exact.get(item, ()) if owner[0] not in whole}


def _joined_parts(text: str) -> list[str]:
    """A heading as written, cut where it joins names ("Market and competition"): its key has lost "&" and "+"."""
    return [p for p in map(normalise, _JOINERS.split(strip_numbering(text))) if p]


def _parents_merged(headings: Sequence[Heading], keys: list[str], names: _Names, sections,
                    taken: dict[int, SectionMatch], profiles: evidence.Profiles, used: set[int]) -> None:
    """A level-1 section still missing whose first sub-section was found by its content, under a heading at the
    document's level for level-1 sections, stands under that heading: the author wrote the part and its
    sub-section as one ("Qui pilote quoi" for the steering governance and its rituals). So does one whose first
    sub-section's heading names the part too (a research brief's "Backup – our interview guide": its appendices
    and its interview guide; on the realistic set, 5 more sections and no absent one reported present), when it is
    not the sub-section's own title or alias ("Diagramme de Gantt" names the schedule too, and means the chart);
    and one whose first sub-section's heading only comes near its name ("Pourquoi un cycle hybride ?" for the
    comparison of methods, under which the author explains the method too), unless that heading is the name
    shortened ("Market size") or joins two names ("Heatmap and live dashboard"): on the realistic set (644
    documents), 9 more sections, none absent reported present."""
    pairs = [(m.heading, s) for s, m in taken.items()]
    base = _level_base(headings, sections, pairs)
    for child, match in sorted(taken.items()):
        heading = headings[match.heading]
        # A heading that names the sub-section means it, unless it names the part as well. A slide may hold both too
        # (a segments slide is the segmentation and its table): the rule holds for decks as well.
        if sections[child].level < 2 or heading.level > base:
            continue
        parent = max((p for p in range(child) if sections[p].level == 1), default=None)
        if parent is None or parent in taken:
            continue
        by_name = match.found_by != "content"
        near_name_only = (match.found_by == "fuzzy" and len(_joined_parts(heading.text)) < 2
                          and not _is_name_of(keys[match.heading], child, names))
        if by_name and (any(owner[0] == child for owner in names.exact.get(keys[match.heading], ()))
                        or (not near_name_only and evidence.name_similarities(keys[match.heading], profiles)[parent]
                            < MERGED_PART_SIMILARITY)):
            continue
        # Only the first sub-section of the part: the part's own text comes before its sub-sections. Or the first
        # found, when the ones before it are missing and no free heading stands between it and the section found
        # before it: nowhere else could the part be (measured on the realistic set, 632 documents: 6 more sections,
        # all business-plan decks' financial plans, no absent one reported present).
        if child != parent + 1 and (any(t in taken for t in range(parent + 1, child)) or any(
                i not in used for i in range(max((m.heading for m in taken.values() if m.heading < match.heading),
                                                 default=-1) + 1, match.heading))):
            continue
        taken[parent] = SectionMatch(match.heading, "fuzzy" if by_name else "content", match.score)


def _free_heading_above(headings: Sequence[Heading], heading: int, used: set[int]) -> int | None:
    """The heading right above `heading`, one level up, when it stands for no section yet: a part's heading."""
    above = heading - 1
    if heading == 0 or above in used or headings[above].level != headings[heading].level - 1:
        return None
    return above


def _parts_above(headings: Sequence[Heading], sections, taken: dict[int, SectionMatch], used: set[int]) -> None:
    """A level-1 section still missing whose sub-section was found under a heading one level down, right after a
    free heading: that heading is the part's ("À qui vendre, et comment nous distinguer ?" over "Les segments,
    notés de 1 à 5"), as a jury reads a document's outline."""
    for child, match in sorted(taken.items()):
        if sections[child].level < 2:
            continue
        parent = max((p for p in range(child) if sections[p].level == 1), default=None)
        above = _free_heading_above(headings, match.heading, used)
        if parent is None or parent in taken or above is None:
            continue
        # In the order: every section found above that heading comes before the part.
        if any(m.heading < above and s > parent for s, m in taken.items()):
            continue
        taken[parent] = SectionMatch(above, "content", match.score)
        used.add(above)


def _parts_up_to_their_heading(headings: Sequence[Heading], texts: Sequence[str], sections,
                               taken: dict[int, SectionMatch], used: set[int], near: dict[tuple[int, int], float]
                               ) -> None:
    """A level-1 section found by its content under a sub-heading, right after a free heading one level up, whose
    first sub-section is still missing and spoken of under that sub-heading: the free heading is the part's and the
    sub-heading its first sub-section ("2. Où en est Vigie Crue ?" over "2.1 L'équipe aujourd'hui"), as a jury reads
    a document's outline. After the gaps are read: a content guess the order overrules (`_reread`) moves nothing."""
    for parent, match in sorted(taken.items()):
        child = parent + 1
        if (sections[parent].level != 1 or match.found_by != "content"
                or child >= len(sections) or sections[child].level != 2 or child in taken):
            continue
        above = _free_heading_above(headings, match.heading, used)
        evidence_of_child = near.get((match.heading, child), 0.0)
        # A part's title with nothing under it is only a title ("C. Ce que nous faisons"): the part is below it. A
        # sub-heading about something else than the sub-section stays the part's (PART_CHILD_EVIDENCE).
        if above is None or not texts[above].strip() or evidence_of_child < PART_CHILD_EVIDENCE:
            continue
        taken[child] = SectionMatch(match.heading, "content", round(100 * min(evidence_of_child, 1.0), 1))
        taken[parent] = SectionMatch(above, "content", match.score)
        used.add(above)


def _children_merged(sections, taken: dict[int, SectionMatch], profiles: evidence.Profiles,
                     stems_of: dict[int, frozenset[str]]) -> None:
    """A sub-section still missing whose part's heading holds its key terms (MERGED_OWN_TERMS of the referential's
    key terms that the part's do not share; column headers are too generic) stands under that heading: a sub-section's table under its parent's heading.
    Only when no other heading of the part stands between them."""
    for child in range(len(sections)):
        if child in taken or sections[child].level < 2:
            continue
        parent = max((p for p in range(child) if sections[p].level == 1), default=None)
        if parent is None or parent not in taken:
            continue
        heading = taken[parent].heading
        if any(s in taken and taken[s].heading != heading for s in range(parent + 1, child)):
            continue
        if _own_terms_under(heading, child, parent, profiles, stems_of) >= MERGED_OWN_TERMS:
            taken[child] = SectionMatch(heading, "content", taken[parent].score)


def _own_terms_under(heading: int, section: int, other: int, profiles: evidence.Profiles,
                     stems_of: dict[int, frozenset[str]]) -> int:
    """How many of the section's key terms that the other section's do not share the heading's text holds."""
    own = profiles.sections[section].key_terms - profiles.sections[other].key_terms
    return sum(1 for term in own if term <= stems_of.get(heading, frozenset()))


def _siblings_merged(sections, taken: dict[int, SectionMatch], profiles: evidence.Profiles,
                     stems_of: dict[int, frozenset[str]]) -> None:
    """A sub-section still missing whose neighbour in the referential (next to it at its level: a sub-section of the
    same part) was found under a heading whose text holds SIBLING_OWN_TERMS of its key terms that the neighbour's do
    not share: the author wrote the two as one ("Who else feeds city gardeners?": the competition, and suppliers,
    buyers and substitutes). It counts for less than a name would (JOINED_NAME_STRENGTH) when identifying.
    Before the gaps are read, so that a free heading between two found ones may be the author's own: measured on the
    realistic set (776 documents), reading the gaps first loses one section, and keeping the section for a free heading
    where the order puts it loses two."""
    for section in range(len(sections)):
        if section in taken or sections[section].level < 2:
            continue
        for neighbour in (section - 1, section + 1):
            if neighbour not in taken or sections[neighbour].level != sections[section].level:
                continue
            heading = taken[neighbour].heading
            if _own_terms_under(heading, section, neighbour, profiles, stems_of) >= SIBLING_OWN_TERMS:
                taken[section] = SectionMatch(heading, "content",
                                              round(taken[neighbour].score * JOINED_NAME_STRENGTH, 1))
                break


def _figures_under_their_part(sections, taken: dict[int, SectionMatch], pictured: Sequence[bool]) -> None:
    """A part's first sub-section that is a figure or a canvas, still missing while no other sub-section of the part
    is found, stands under the part's heading when a picture stands there: the drawing under "Découpage en lots" is
    the WBS diagram, on its slide or page; it counts for less than a name would (JOINED_NAME_STRENGTH) when
    identifying. Measured on the realistic set (728 documents): 15 more sections, 1 absent
    one reported present (a job-description deck's "Ségala en bref" with its picture, read as its absent organisation
    chart); 12 of the 15 in decks."""
    for child in range(1, len(sections)):
        parent = child - 1
        if (child in taken or parent not in taken or sections[parent].level != 1 or sections[child].level != 2
                or sections[child].kind not in FIGURE_KINDS or taken[parent].heading >= len(pictured)
                or not pictured[taken[parent].heading]):
            continue
        family = range(child, next((s for s in range(child, len(sections)) if sections[s].level == 1), len(sections)))
        if not any(s in taken for s in family):
            taken[child] = SectionMatch(taken[parent].heading, "content",
                                        round(taken[parent].score * JOINED_NAME_STRENGTH, 1))


def _is_name_of(key: str, section: int, names: _Names) -> bool:
    """The heading is one of the section's names, maybe mistyped or reordered ("Method and sample"), or shortened:
    every meaningful word of it, two or more, is in one name, in some form ("Training and change" for "Change
    management and training")."""
    stems = _meaningful_stems(key, names.stop)
    return any(owner[0] == section and (
        max(fuzz.ratio(key, name), fuzz.token_sort_ratio(key, name)) >= FUZZY_THRESHOLD
        or (len(stems) >= 2 and stems <= name_stems))
        for name, name_stems, owner in zip(names.keys, names.stem_sets, names.owners))


def _names_section(key: str, section: int, names: _Names) -> bool:
    return any(o[0] == section for o in names.exact.get(key, ())) or \
        _strong_by_section(key, names).get(section, 0.0) >= FUZZY_THRESHOLD


def _reread(guesses: list[int], taken: dict[int, SectionMatch], used: set[int], count: int,
            slots: Callable[[], dict[tuple[int, int], tuple[float, str]]]) -> None:
    """A guess (see GUESS_BELOW) that breaks a gap's reading in order gives way to it: "1 – Avant de le recevoir",
    taken for the interview's phases by a few of their words, where the document's first three headings are the
    deliverable's first three sections. Each guess is dropped in turn; when the gap it leaves then reads as more
    sections than the guess found (`_slots`), those stand instead, else the guess stays."""
    for s in sorted(guesses):
        guess = taken.get(s)
        # A heading that stands for another section too (a merged part) stays as it is.
        if guess is None or any(t != s and m.heading == guess.heading for t, m in taken.items()):
            continue
        others = [(m.heading, t) for t, m in taken.items() if t != s]
        above = max((h for h, _ in others if h < guess.heading), default=-1)
        below = min((h for h, _ in others if h > guess.heading), default=math.inf)
        # The gap can read as more sections only when it misses more than the guessed one (the cheap test first).
        first = max((t for h, t in others if h == above), default=-1)
        last = min((t for h, t in others if h == below), default=count)
        if sum(1 for t in range(first + 1, last) if t not in taken or t == s) < 2:
            continue
        del taken[s]
        used.discard(guess.heading)
        read = {(i, t): found for (i, t), found in slots().items() if above < i < below}
        if len(read) > 1:
            for (i, t), (value, how) in read.items():
                taken[t] = SectionMatch(i, how, round(100 * value, 1))
                used.add(i)
        else:
            taken[s] = guess
            used.add(guess.heading)


def _split(headings: Sequence[Heading], sections, taken: dict[int, SectionMatch], near: dict[tuple[int, int], float],
           used: set[int], weak: frozenset[int]) -> None:
    """An unmatched heading right after a section's heading, at its level, whose best section is that one (with
    some evidence, SLOT_EVIDENCE), continues it ("Strengths and weaknesses", then "Opportunities and threats";
    "5. Écarts : la méthode", then "5 bis. Écarts : ce que nous tolérons"). A bold line continues a bold line.
    The section's own sub-sections may stand between ("6. Réduire et éviter", "6.1 Plans pour les risques
    majeurs", then "7. Transférer ou accepter"). Then an unmatched heading right before a section's heading, at its
    level (bold lines only between), is its first half the same way ("6. Comment réagir ?", then "6 bis. Éviter,
    réduire, transférer, accepter", found by its key terms): on the realistic set (560 documents), 13 more sections
    agree and none absent is reported present."""
    section_of = {m.heading: s for s, m in taken.items()}
    found = sorted(section_of)
    near_of: dict[int, list[tuple[int, float]]] = {}
    for (h, t), v in near.items():
        near_of.setdefault(h, []).append((t, v))
    # For each level, the last heading at it or above before each heading: where a heading's outline range ends.
    last_above = {level: _last_at_or_above(headings, level) for level in {h.level for h in headings}}

    def continues(i: int, s: int) -> bool:
        mine = near.get((i, s), 0.0)
        others = [v for t, v in near_of.get(i, ()) if t != s and t not in taken]
        return mine >= SLOT_EVIDENCE and not (others and max(others) > mine)

    def join(i: int, s: int) -> None:
        """The section starts at its first heading in the document; the others continue it."""
        match = taken[s]
        first, *rest = sorted((match.heading, *match.also, i))
        taken[s] = SectionMatch(first, match.found_by, match.score, tuple(rest))
        used.add(i)
        section_of[i] = s
        bisect.insort(found, i)

    def still_inside(ancestor: int, i: int) -> bool:
        """Heading i is inside the ancestor's outline range, after some of its sub-sections found and no other
        section."""
        inner = found[bisect.bisect_right(found, ancestor):bisect.bisect_left(found, i)]
        return (bool(inner) and last_above[headings[ancestor].level][i] == ancestor
                and all(_sub_section_of(section_of[h], section_of[ancestor], sections) for h in inner))

    for i in range(1, len(headings)):
        if i in used:
            continue
        candidates = []
        previous = max((h for h in section_of if h < i and headings[h].level == headings[i].level), default=None)
        if previous is not None and not (i in weak and previous not in weak) and not any(
                h not in weak and not _sub_section_of(section_of.get(h), section_of[previous], sections)
                for h in range(previous + 1, i)):
            candidates.append(section_of[previous])
        # A deeper heading after sub-sections found under a section's heading, still inside it, may be that section's
        # again ("6.3 Technical requirements: run and support" after "6.1 How the pieces fit" and "6.2 Requirement
        # list"): the one it speaks of more (measured on the realistic set, 632 documents: 3 more sections agree,
        # nothing lost). A bold line continues only a bold line's section, as above.
        ancestor = max((h for h in section_of if h < i and headings[h].level < headings[i].level), default=None)
        if ancestor is not None and not (i in weak and ancestor not in weak) and still_inside(ancestor, i):
            candidates.append(section_of[ancestor])
        if not candidates:
            continue
        s = max(candidates, key=lambda t: near.get((i, t), 0.0))
        if continues(i, s):
            join(i, s)
    # A deck's slides before its first section found are its opening (agenda, "La Navette en bref"), not that section.
    opening = min(section_of, default=0) if _is_deck(headings) else 0
    for i in range(len(headings) - 2, opening - 1, -1):
        if i in used:
            continue
        following = min((h for h in section_of if h > i and headings[h].level == headings[i].level), default=None)
        if following is None or (i in weak and following not in weak):
            continue
        if any(h in section_of or h not in weak for h in range(i + 1, following)):
            continue
        # A sub-heading of the section found above it belongs there ("What a member actually gets" under "Our pick:
        # Clean Start"), whatever it says of the next.
        above = max((h for h in section_of if h < i), default=None)
        if above is not None and headings[above].level < headings[i].level:
            continue
        if continues(i, section_of[following]):
            join(i, section_of[following])


def _last_at_or_above(headings: Sequence[Heading], level: int) -> list[int]:
    """For each heading, the last heading before it at `level` or above (-1: none)."""
    last, result = -1, []
    for i, heading in enumerate(headings):
        result.append(last)
        if heading.level <= level:
            last = i
    return result


def _sub_section_of(child: int | None, parent: int, sections) -> bool:
    """A section found under a heading, that is one of `parent`'s sub-sections."""
    if child is None or child <= parent or sections[child].level <= sections[parent].level:
        return False
    return all(sections[t].level > sections[parent].level for t in range(parent + 1, child + 1))


def _closest(sections, taken: dict[int, SectionMatch], near: dict[tuple[int, int], float]) -> dict[str, Closest]:
    section_of = {m.heading: s for s, m in taken.items()}
    closest: dict[str, Closest] = {}
    for s in range(len(sections)):
        if s in taken:
            continue
        scored = [(v, i) for (i, t), v in near.items() if t == s and v >= CLOSEST_FLOOR]
        if not scored:
            continue
        value, i = max(scored)
        if i in section_of:
            closest[sections[s].id] = Closest(i, "taken", sections[section_of[i]].id, value)
        elif value >= ACCEPT:
            closest[sections[s].id] = Closest(i, "order", None, value)
        else:
            closest[sections[s].id] = Closest(i, "weak", None, value)
    return closest


# --------------------------------------------------------------------------------------------- dossiers
#
# A dossier (an assessment handed in as one document) whose markers are gone (retyped, rebuilt, exported by
# another program) is still known by its part headings, "Part N: <deliverable title>" as the writer puts them:
# each part's sections are matched under its own part heading, so that two parts' "Summary" never trade places
# and a part cut out of the document is reported missing as a whole.
# A document is a dossier from this many distinct part headings of one assessment on: a single deliverable's
# document names at most its own title, and never with a part number in front of it.
MIN_DOSSIER_PARTS = 2
_PART_LABEL = re.compile(r"^\s*([^\W\d_]+)\s*(\d+|[ivx]+)\b", re.IGNORECASE)


@lru_cache(maxsize=16)
def _part_labels(languages: frozenset[str]) -> frozenset[str]:
    """The word the writer puts before a part's number ("Part", "Partie"), folded, in every language."""
    from ..i18n import Interface

    labels = set()
    for lang in languages:
        template = Interface(lang).gettext("Part {n}: {title}")
        labels.add(fold(template.split("{n}")[0].strip()))
    return frozenset(labels)


def _part_title_keys(headings: Sequence[Heading], languages: frozenset[str]) -> dict[int, str]:
    """Heading index -> the key of the title after "Part N", for the headings that start with a part label."""
    labels = _part_labels(languages)
    found = {}
    for i, heading in enumerate(headings):
        label = _PART_LABEL.match(heading.text)
        if label is not None and fold(label.group(1)) in labels:
            found[i] = heading_key(heading.text[label.end():].lstrip(" :.-\u2013\u2014)\u00a0"))
    return found


def part_headings(headings: Sequence[Heading], parts: Sequence[Deliverable],
                  languages: frozenset[str]) -> dict[int, int]:
    """Part index -> its heading, for the part headings found ("Partie 3 : Politique de gestion des risques"),
    each part once, in the document's order."""
    keys = _part_title_keys(headings, languages)
    found: dict[int, int] = {}
    for i, key in keys.items():
        for index, part in enumerate(parts):
            if index in found:
                continue
            titles = {heading_key(t) for t in part.title.values.values()}
            if max((name_score(key, t) for t in titles), default=0.0) >= FUZZY_THRESHOLD:
                found[index] = i
                break
    return found


def find_dossier(headings: Sequence[Heading], referential: Referential) -> tuple[str, int] | None:
    """(assessment id, parts found) of the dossier whose part headings the document has most of, from
    MIN_DOSSIER_PARTS on; None for any other document."""
    languages = frozenset(referential.languages)
    best: tuple[int, str] | None = None
    for assessment in referential.assessments:
        if not assessment.is_dossier:
            continue
        count = len(part_headings(headings, referential.deliverables_of(assessment.id), languages))
        if count >= MIN_DOSSIER_PARTS and (best is None or count > best[0]):
            best = (count, assessment.id)
    return (best[1], best[0]) if best is not None else None


def match_dossier(headings: Sequence[Heading], dossier: Deliverable, *, weak: frozenset[int] = frozenset(),
                  use_markers: bool = True, texts: Sequence[str] | None = None,
                  pictured: Sequence[bool] | None = None) -> Matching:
    """`match_document` for a dossier: markers, when the file still has them, find every part's sections in one
    pass; without them each part's sections are matched under its part heading only, and the sections of a part
    whose heading is not found are missing."""
    marked = use_markers and any(resolve_marker(h.marker, dossier) for h in headings)
    found = part_headings(headings, dossier.parts, dossier.section_languages) if not marked else {}
    if not found:
        return match_document(headings, dossier, weak=weak, use_markers=use_markers, texts=texts, pictured=pictured)
    starts = sorted(found.values())
    matches: dict[str, SectionMatch] = {}
    closest: dict[str, Closest] = {}
    for index, start in sorted(found.items()):
        later = [h for h in starts if h > start]
        end = later[0] if later else len(headings)
        first = start + 1

        def shift(i: int) -> int:
            return i + first

        part = match_document(headings[first:end], dossier.parts[index],
                              weak=frozenset(i - first for i in weak if first <= i < end), use_markers=use_markers,
                              texts=texts[first:end] if texts is not None else None,
                              pictured=pictured[first:end] if pictured is not None else None)
        for section_id, m in part.matches.items():
            matches[section_id] = SectionMatch(shift(m.heading), m.found_by, m.score, tuple(map(shift, m.also)))
        for section_id, c in part.closest.items():
            closest[section_id] = Closest(shift(c.heading), c.reason, c.other, c.score)
    order = {s.id: n for n, s in enumerate(dossier.sections)}
    return Matching(dict(sorted(matches.items(), key=lambda item: order[item[0]])), closest)
