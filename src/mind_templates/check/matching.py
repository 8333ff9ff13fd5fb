"""Matches a document's headings to a deliverable's sections (markers, titles, aliases, fuzzy) and guesses the deliverable."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from rapidfuzz import fuzz, process

from ..skeleton import markers
from ..model import Deliverable, Referential
from ..reader.outline import Heading
from ..normalise import heading_key

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

# Words students put around a one-word title ("Appendices overview", "Contexte du projet", "Our timeline").
GENERIC_WORDS = frozenset(
    "a an and the of our my your overview summary brief short detailed general notes draft project section part"
    " le la les l de du des d notre nos mon ma mes votre vos vue ensemble projet partie et".split()
)

# A document names too few sections of any deliverable to be identified from its headings alone.
MIN_IDENTIFY_SCORE = 0.4
MIN_IDENTIFY_SECTIONS = 3


@dataclass(frozen=True)
class SectionMatch:
    heading: int  # index in the headings given to `match_sections`
    found_by: str  # "marker", "title", "alias" or "fuzzy"
    score: float  # 100 for markers and exact titles


@dataclass(frozen=True)
class _Names:
    keys: tuple[str, ...]
    owners: tuple[tuple[int, str], ...]  # (section index, "title" | "alias") of each key
    exact: dict[str, tuple[tuple[int, str], ...]]
    by_token: dict[str, tuple[int, ...]]  # keys by each of their words
    token_sets: tuple[frozenset[str], ...]
    own_titles: frozenset[str]  # the deliverable's title in every language


_NAMES: dict[int, tuple[Deliverable, _Names]] = {}


def _names(deliverable: Deliverable) -> _Names:
    """Normalised titles and aliases of one deliverable, built once."""
    hit = _NAMES.get(id(deliverable))
    if hit is not None and hit[0] is deliverable:
        return hit[1]
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
    exact: dict[str, list[tuple[int, str]]] = {}
    by_token: dict[str, list[int]] = {}
    for position, (key, owner) in enumerate(zip(keys, owners)):
        exact.setdefault(key, []).append(owner)
        for word in set(key.split()):
            by_token.setdefault(word, []).append(position)
    names = _Names(
        tuple(keys), tuple(owners), {k: tuple(v) for k, v in exact.items()},
        {k: tuple(v) for k, v in by_token.items()}, tuple(frozenset(k.split()) for k in keys),
        frozenset(heading_key(t) for t in deliverable.title.values.values()),
    )
    if len(_NAMES) > 256:
        _NAMES.clear()
    _NAMES[id(deliverable)] = (deliverable, names)
    return names


def name_score(key: str, name: str) -> float:
    """How well a normalised heading matches one normalised title or alias, 0..100 (reference implementation;
    `_fuzzy_scores` computes the same for many names at once)."""
    score = max(fuzz.ratio(key, name), fuzz.token_sort_ratio(key, name))
    if _contains(key.split(), name.split()):
        score = max(score, _containment(key, name))
    return score


def _contains(heading: list[str], name: list[str]) -> bool:
    """Every word of the title is in the heading; a one-word title only with generic words around it."""
    if not set(name) <= set(heading):
        return False
    return len(name) >= 2 or all(w in GENERIC_WORDS or w in name for w in heading)


def _containment(key: str, name: str) -> float:
    return 80.0 + 20.0 * len(name) / max(len(key), 1)


def _fuzzy_scores(key: str, names: _Names) -> dict[int, float]:
    """Score of `key` against every name at or above the threshold, by name position."""
    scores: dict[int, float] = {}
    for scorer in (fuzz.ratio, fuzz.token_sort_ratio):
        for _, score, position in process.extract(key, names.keys, scorer=scorer, score_cutoff=FUZZY_THRESHOLD,
                                                  limit=None):
            if score > scores.get(position, 0.0):
                scores[position] = score
    # Extra words around a whole title ("Test methods overview", "Opening of the interview") keep it found.
    heading = key.split()
    for position in {p for word in set(heading) for p in names.by_token.get(word, ())}:
        if _contains(heading, names.keys[position].split()):
            score = _containment(key, names.keys[position])
            if score >= FUZZY_THRESHOLD and score > scores.get(position, 0.0):
                scores[position] = score
    return scores


def resolve_marker(marker: str | None, deliverable: Deliverable) -> str | None:
    """The section id a heading's marker names, also when Word truncated the bookmark at 40 characters."""
    if not marker:
        return None
    ids = [s.id for s in deliverable.sections]
    if marker in ids:
        return marker
    return markers.section_from_bookmark(markers.BOOKMARK_PREFIX + marker.replace("-", "_"), ids)


def match_sections(headings: Sequence[Heading], deliverable: Deliverable, *, weak: frozenset[int] = frozenset(),
                   use_markers: bool = True) -> dict[str, SectionMatch]:
    """Section id -> the heading that stands for it. Headings in `weak` (fake headings) are matched after the others."""
    names = _names(deliverable)
    sections = deliverable.sections
    # The deliverable's own title (a deck's title slide, a cover styled as a heading) is never a section.
    skip = {i for i, h in enumerate(headings) if heading_key(h.text) in names.own_titles}
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

    @property
    def accepted(self) -> bool:
        """Good enough to check the document against; otherwise the teacher must say --deliverable."""
        return self.score >= MIN_IDENTIFY_SCORE and self.sections >= MIN_IDENTIFY_SECTIONS


def identify(headings: Sequence[Heading], referential: Referential, *,
             weak: frozenset[int] = frozenset()) -> Identification | None:
    """The deliverable whose sections the headings match best (see `accepted`), or None without any match."""
    strong = [i for i in range(len(headings)) if i not in weak] or list(range(len(headings)))
    ranked = []
    for deliverable in referential.deliverables:
        found = match_sections(headings, deliverable, weak=weak)
        if not found:
            continue
        weights = {s.id: (1.0 if s.required else 0.5) for s in deliverable.sections}
        recall = sum(weights[s] for s in found) / sum(weights.values())
        precision = sum(1 for m in found.values() if m.heading in strong) / max(len(strong), 1)
        f1 = 2 * recall * precision / (recall + precision) if recall + precision else 0.0
        ranked.append((f1, len(found), deliverable))
    if not ranked:
        return None
    ranked.sort(key=lambda r: (r[0], r[1]), reverse=True)
    score, count, best = ranked[0]
    runner_up = ranked[1] if len(ranked) > 1 else (0.0, 0, None)
    return Identification(best, round(score, 3), count, runner_up[2], round(runner_up[0], 3))
