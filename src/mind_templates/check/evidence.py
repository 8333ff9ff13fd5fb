"""How much a heading, and the text under it, looks like one section: name similarity and content evidence."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Sequence

from rapidfuzz import fuzz, process

from ..language import languages_with_stop_words, stop_words
from ..model import Deliverable, Section
from ..normalise import fold, heading_key, normal_words
from .per_object import per_object

# Words compare by their first letters, so that plurals, "competition"/"competitive" and French/English
# cognates ("opportunities"/"opportunités") meet.
STEM = 6
# Soft scorers read a shortened heading ("Sensitivity" for "Sensitivity analysis") or a name inside other
# words ("Personas: two profiles"); they count a little less than a whole-string match.
TOKEN_SET_WEIGHT = 0.92
PARTIAL_WEIGHT = 0.88
MIN_PARTIAL_LENGTH = 5  # "Plan" inside every plan title says nothing
# A name made of short words only ("Why now", "Ai-je", "P&L") is a phrase: its words name a section only where they
# stand together. Scattered, they are any sentence's ("Ce que j'ai observé, et ce que je veux entendre"). Three
# letters: "ai", "je", "why", "now"; at four, names of real words ("Plan", "Team") would need to stand together too.
SHORT_WORD = 3
# Name similarities under this are worth nothing (the matcher's floor, see check.matching).
NAME_FLOOR = 50.0
# Key terms: this many hits is full evidence (a text naming 3 of PESTEL's 6 factors is about PESTEL).
FULL_TERM_HITS = 3
# Guidance vocabulary: below this much weight (about three words specific to one section) it says nothing.
MIN_VOCABULARY = 6.0
# A section says what it is about in its first words: beyond this many, a long text holds some key terms of every
# section by chance. Measured: 250 keeps the realistic set's figures (400 and more change nothing there) and takes no
# file of the real-world corpus for a deliverable (400: a 1,700-word health-information notice was a commercial
# strategy at 0.85; 250: highest 0.54, against CONTENT_IDENTIFY_SCORE 0.6); 150 loses 7 sections.
EVIDENCE_WORDS = 250
# People's words quoted one after another ("Finally I can see what is free" – a resident; « Les lettres sont trop
# petites »), at least MIN_QUOTES of them, are verbatims: the text offers the referential's key term for them, the
# same word in English and in French, whatever its heading calls them ("What they told us"). Measured on the realistic
# set (644 documents): 3 more sections agree, one absent section fewer reported present. A quotation is at least 12
# characters and starts and ends on a letter (a guillemet may have one space inside), so that a quoted button label
# is none, nor the text between two of them ('tap "Map", then "Book now"'). No part of the pattern can match a run of
# spaces two ways: an empty table's thousands of line breaks after a quote cost nothing. Read in the text's first
# characters only.
QUOTATION = re.compile(r'(?:“|"|«\s?)(?=\S)[^“”"«»]{12,}?(?<=\S)(?:”|"|\s?»)')
MIN_QUOTES = 2
QUOTED_SPEECH = "verbatim"
QUOTATIONS_READ = 4000
# A first name and an age ("Chloé, 24, student", "Léa, 29 ans, nurse", "Hannah, 41)") introduce a persona card,
# whatever its heading ("Meet Chloé and Bastien"): the text offers the referential's key terms for them, persona and
# age, the same words in English and in French (their stems, so "person" as any word starting so offers it). The name
# is any capitalised word, in any alphabet, the age 18 to 89, then at most one short word of any language ("ans",
# "years") before a comma or a parenthesis: "Lyon, 69, Rhône" passes too, a year or a price does not. Measured on
# the realistic set (704 documents): 7 more sections agree, 5 fewer false missing, 2 absent sections fewer reported
# present. Read where quotations are.
NAME_AND_AGE = re.compile(r"\b([^\W\d_]+)(?: [^\W\d_]+)?, (?:1[89]|[2-8]\d)(?: [^\W\d_]{1,5})?(?=[,)])")
PERSON_DESCRIBED = ("persona", "age")


# English verb endings, taken off before the first STEM letters: "trained" and "training" meet "train", "planned"
# meets "plan" (their first six letters alone keep "traine" and "traini" apart). The root they leave, its doubled
# consonant undone, must be this long: "red", "seed" and "ring" keep their endings, "evening" and "morning" their
# nouns ("even" is a word of the break-even analysis), and "planning", a French noun too, is no "plan". A text also
# offers each word's first STEM letters as they are (`text_stems`): "managed" still meets "management" ("manage").
# Measured on the realistic set (560 documents): 8 more sections agree, 8 fewer false missing, as many absent
# sections reported present. French endings are not taken off: folded, "formé" would lose its "e" to every word's.
MIN_ROOT = {"ing": 5, "ed": 4}
DOUBLED = "bdgmnprt"  # consonants English doubles before an ending: "planned", "shipped"; not "called", "staffed"


def stem(word: str) -> str:
    """The first STEM letters, after a plural "s" ("alerts" and "alert", "KPIs" and "KPI" meet) and an English verb
    ending ("trained" and "training")."""
    word = _singular(word)
    for ending, root in MIN_ROOT.items():
        if word.endswith(ending):
            cut = word[:-len(ending)]
            if len(cut) > 4 and cut[-1] == cut[-2] and cut[-1] in DOUBLED:
                cut = cut[:-1]
            if len(cut) >= root:
                word = cut
            break
    return word[:STEM]


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


@dataclass(frozen=True)
class SectionProfile:
    names: tuple[str, ...]  # heading keys of the title and aliases, every language
    terms: tuple[frozenset[str], ...]  # stems of each key term, column header, row label and canvas cell title
    key_terms: frozenset[frozenset[str]]  # the referential's key terms alone: specific, where labels are generic
    vocabulary: dict[str, float]  # stems of its guidance and prompt -> weight (rarer across the sections: heavier)


@dataclass(frozen=True)
class Profiles:
    sections: tuple[SectionProfile, ...]
    stop: frozenset[str]
    names: tuple[str, ...]  # every section's names, flat
    sorted_names: tuple[str, ...]  # the same, each one's words in alphabetical order
    name_owner: tuple[int, ...]  # the section of each of `names`
    postings: dict[str, tuple[tuple[int, float], ...]]  # vocabulary stem -> (section, weight)
    term_index: dict[str, tuple[tuple[int, frozenset[str]], ...]]  # a term's first stem -> (section, term)
    term_need: tuple[int, ...]  # term hits that are full evidence, per section (0: the section has no terms)
    # Identification and matching score the same texts against the same deliverable: their evidence, kept.
    memo: dict = field(default_factory=dict, compare=False, hash=False, repr=False)


@per_object
def profiles(deliverable: Deliverable) -> Profiles:
    """Every section's profile, built once per deliverable."""
    stop = stop_words_of(deliverable)
    raw_vocabularies = [_vocabulary(section, stop) for section in deliverable.sections]
    frequency: dict[str, int] = {}
    for vocabulary in raw_vocabularies:
        for word in vocabulary:
            frequency[word] = frequency.get(word, 0) + 1
    count = len(deliverable.sections)
    built = []
    for section, vocabulary in zip(deliverable.sections, raw_vocabularies):
        names = tuple(dict.fromkeys(k for k in map(heading_key, section.titles()) if k))
        weights = {w: math.log((1 + count) / frequency[w]) for w in vocabulary}
        key_terms = frozenset(k for k in (_stems(t, stop) for ts in section.key_terms.values() for t in ts) if k)
        built.append(SectionProfile(names, _terms(section, stop), key_terms,
                                    {w: v for w, v in weights.items() if v > 0.5}))
    postings: dict[str, list[tuple[int, float]]] = {}
    for index, profile in enumerate(built):
        for word, weight in profile.vocabulary.items():
            postings.setdefault(word, []).append((index, weight))
    term_index: dict[str, list[tuple[int, frozenset[str]]]] = {}
    for index, profile in enumerate(built):
        for term in profile.terms:
            term_index.setdefault(min(term), []).append((index, term))
    flat = [(name, index) for index, profile in enumerate(built) for name in profile.names]
    result = Profiles(tuple(built), stop, tuple(n for n, _ in flat), tuple(sorted_words(n) for n, _ in flat),
                      tuple(i for _, i in flat),
                      {w: tuple(p) for w, p in postings.items()}, {w: tuple(t) for w, t in term_index.items()},
                      tuple(min(FULL_TERM_HITS, max(2, len(p.terms))) if p.terms else 0 for p in built))
    return result


def sorted_words(key: str) -> str:
    """A heading key's words in alphabetical order: token_sort_ratio(a, b) is ratio of the two sorted."""
    return " ".join(sorted(key.split()))


def stop_words_of(deliverable: Deliverable) -> frozenset[str]:
    """The stop words of the deliverable's languages, folded: texts are folded too ("être")."""
    return folded_stop_words(deliverable.section_languages)


def every_stop_word() -> frozenset[str]:
    """The stop words of every language we have a list for, folded: for texts whose language is not known."""
    return folded_stop_words(frozenset(languages_with_stop_words()))


@lru_cache(maxsize=16)
def folded_stop_words(languages: frozenset[str]) -> frozenset[str]:
    """The stop words of these languages, folded."""
    return frozenset(fold(w) for lang in languages for w in stop_words(lang))


def _stems(text: str, stop: frozenset[str]) -> frozenset[str]:
    return frozenset(stem(w) for w in _meaningful(normal_words(text), stop))


def _meaningful(words: list[str], stop: frozenset[str]) -> list[str]:
    return [w for w in words if w not in stop and not w.isdigit()]


def _terms(section: Section, stop: frozenset[str]) -> tuple[frozenset[str], ...]:
    texts = [t for terms in section.key_terms.values() for t in terms]
    for text in (*section.columns, *section.rows, *(cell.title for cell in section.cells)):
        texts.extend(text.values.values())
    terms = dict.fromkeys(s for s in (_stems(t, stop) for t in texts) if s)
    return tuple(terms)


def _vocabulary(section: Section, stop: frozenset[str]) -> frozenset[str]:
    texts = [*section.guidance.values.values(), *section.titles()]
    if section.prompt is not None:
        texts.extend(section.prompt.values.values())
    return frozenset(w for t in texts for w in _stems(t, stop) if len(w) > 2)


@lru_cache(maxsize=1024)  # identification reads the same texts against every deliverable
def text_stems(heading: str, text: str, stop: frozenset[str]) -> frozenset[str]:
    """The stems a heading and the first EVIDENCE_WORDS words under it offer as evidence, and the key terms its
    shapes stand for: people quoted one after another (QUOTATION), a person named with an age (NAME_AND_AGE)."""
    words = _meaningful(normal_words(heading) + normal_words(text)[:EVIDENCE_WORDS], stop)
    # Each word's stem, and its first letters as they are: "managed" is "manag" and "manage" ("management").
    found = frozenset(stem(w) for w in words) | frozenset(_singular(w)[:STEM] for w in words)
    if len(QUOTATION.findall(text[:QUOTATIONS_READ])) >= MIN_QUOTES:
        found |= {stem(QUOTED_SPEECH)}
    if any(name.group(1)[0].isupper() for name in NAME_AND_AGE.finditer(heading + "\n" + text[:QUOTATIONS_READ])):
        found |= {stem(word) for word in PERSON_DESCRIBED}
    return found


MEMO_SIZE = 4096  # texts remembered per deliverable, across the documents one process checks


def remembered(memo: dict, key, compute):
    """`compute()`, kept in `memo` under `key` (a per-deliverable memo, emptied when MEMO_SIZE is passed)."""
    found = memo.get(key)
    if found is None:
        if len(memo) > MEMO_SIZE:
            memo.clear()
        found = memo[key] = compute()
    return found


def name_similarities(key: str, profiles: Profiles) -> list[float]:
    """0..100 per section: the best of whole-string, token-sort, token-set and partial ratios against any of its
    titles and aliases."""
    return list(remembered(profiles.memo, ("name", key), lambda: tuple(_name_similarities(key, profiles))))


def _name_similarities(key: str, profiles: Profiles) -> list[float]:
    best = [0.0] * len(profiles.sections)
    if not key:
        return best
    # token_sort_ratio is the ratio of the words sorted: the names are sorted once (see `Profiles.sorted_names`).
    scorers = [(key, profiles.names, fuzz.ratio, 1.0), (sorted_words(key), profiles.sorted_names, fuzz.ratio, 1.0),
               (key, profiles.names, fuzz.token_set_ratio, TOKEN_SET_WEIGHT)]
    if len(key) >= MIN_PARTIAL_LENGTH:
        scorers.append((key, profiles.names, fuzz.partial_ratio, PARTIAL_WEIGHT))
    for query, choices, scorer, weight in scorers:
        # Below NAME_FLOOR a similarity is worth nothing to the matcher: rapidfuzz skips those pairs early.
        cutoff = min(100.0, NAME_FLOOR / weight)
        for name, score, position in process.extract(query, choices, scorer=scorer, limit=None,
                                                     score_cutoff=cutoff):
            if scorer is fuzz.partial_ratio and len(name) < MIN_PARTIAL_LENGTH:
                continue
            if scorer is fuzz.token_set_ratio and _scattered_phrase(name, key):
                continue
            owner = profiles.name_owner[position]
            best[owner] = max(best[owner], score * weight)
    return best


def _scattered_phrase(name: str, key: str) -> bool:
    words = name.split()
    return len(words) > 1 and all(len(w) <= SHORT_WORD for w in words) and f" {name} " not in f" {key} "


def text_evidence(stems: frozenset[str], profiles: Profiles) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """Per section, the text's term evidence (0..1, see `_term_evidences`) and guidance vocabulary weight."""
    return remembered(profiles.memo, ("text", stems), lambda: (_term_evidences(stems, profiles),
                                                           tuple(vocabulary_weights(stems, profiles))))


def _term_evidences(stems: frozenset[str], profiles: Profiles) -> tuple[float, ...]:
    """Per section, 0..1: its key terms, column headers and cell titles found (every word of a term present), full
    at `term_need` of them; counted through the index of the terms' first stems."""
    hits = [0] * len(profiles.sections)
    for word in stems:
        for index, term in profiles.term_index.get(word, ()):
            if term <= stems:
                hits[index] += 1
    return tuple(_term_score(h, need) for h, need in zip(hits, profiles.term_need))


def _term_score(hits: int, need: int) -> float:
    """0..1: a section's term hits against the `term_need` that is full evidence (0: the section has no terms)."""
    return min(1.0, hits / need) if need else 0.0


def _vocabulary_scale(best: float) -> float:
    """Vocabulary weights are relative to the best section's, times this: below MIN_VOCABULARY it says less."""
    return min(1.0, best / MIN_VOCABULARY)


def vocabulary_weights(stems: frozenset[str], profiles: Profiles) -> list[float]:
    """0..1 per section: the weight of its guidance vocabulary the text uses, relative to the best section's."""
    raw = [0.0] * len(profiles.sections)
    for word in sorted(stems):  # one summation order: the same floats, the same ties, in every process
        for index, weight in profiles.postings.get(word, ()):
            raw[index] += weight
    best = max(raw, default=0.0)
    if best <= 0:
        return raw
    scale = _vocabulary_scale(best)
    return [r / best * scale for r in raw]


# --------------------------------------------------------------------------------------------- every deliverable
#
# Identification's first pass reads each heading's text against every deliverable. One index of all their
# vocabularies and terms (per stop-word list: the stems depend on it) reads a text once for all of them, with the
# same sums in the same order as `text_evidence`, hence the same floats.

@dataclass(frozen=True)
class _Joint:
    stop: frozenset[str]
    members: tuple[int, ...]  # positions in the deliverables given
    postings: dict[str, tuple[tuple[int, int, float], ...]]  # stem -> (member, section, weight)
    term_index: dict[str, tuple[tuple[int, int, frozenset[str]], ...]]  # a term's first stem -> (member, section, term)


@per_object
def _joint(deliverables: Sequence[Deliverable]) -> tuple[_Joint, ...]:
    by_stop: dict[frozenset[str], list[int]] = {}
    for position, deliverable in enumerate(deliverables):
        by_stop.setdefault(profiles(deliverable).stop, []).append(position)
    joints = []
    for stop, positions in by_stop.items():
        postings: dict[str, list[tuple[int, int, float]]] = {}
        term_index: dict[str, list[tuple[int, int, frozenset[str]]]] = {}
        for member, position in enumerate(positions):
            own = profiles(deliverables[position])
            for word, entries in own.postings.items():
                postings.setdefault(word, []).extend((member, index, weight) for index, weight in entries)
            for word, entries in own.term_index.items():
                term_index.setdefault(word, []).extend((member, index, term) for index, term in entries)
        joints.append(_Joint(stop, tuple(positions), {w: tuple(p) for w, p in postings.items()},
                             {w: tuple(t) for w, t in term_index.items()}))
    return tuple(joints)


def best_evidence_for_each(heading: str, text: str, deliverables: Sequence[Deliverable], term_weight: float,
                           vocabulary_weight: float) -> list[float]:
    """For each of `deliverables` (a sequence kept as it is, such as a referential's), the greatest
    `term_weight * terms + vocabulary_weight * vocabulary` over its sections, as `text_evidence` gives them for
    the heading and its text: one pass over the text's stems for all of them. Sections without any evidence are
    never looked at."""
    best = [0.0] * len(deliverables)
    for joint in _joint(deliverables):
        stems = text_stems(heading, text, joint.stop)
        raw: list[dict[int, float]] = [{} for _ in joint.members]
        hits: list[dict[int, int]] = [{} for _ in joint.members]
        for word in sorted(stems):
            for member, index, weight in joint.postings.get(word, ()):
                raw[member][index] = raw[member].get(index, 0.0) + weight
        for word in stems:
            for member, index, term in joint.term_index.get(word, ()):
                if term <= stems:
                    hits[member][index] = hits[member].get(index, 0) + 1
        for member, position in enumerate(joint.members):
            need = profiles(deliverables[position]).term_need
            top = max(raw[member].values(), default=0.0)
            scale = _vocabulary_scale(top)
            for index in raw[member].keys() | hits[member].keys():
                terms = _term_score(hits[member].get(index, 0), need[index])
                vocabulary = raw[member][index] / top * scale if top > 0 and index in raw[member] else 0.0
                best[position] = max(best[position], term_weight * terms + vocabulary_weight * vocabulary)
    return best
