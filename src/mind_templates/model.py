"""Frozen model of the referential: certification, blocks, competences, criteria, deliverables, sections."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Mapping


SECTION_KINDS = ("prose", "table", "canvas", "figure", "interview-grid")
# Special slide drawings a section may ask for, and the section kinds they can draw.
DRAWINGS = {"journey": ("table", "interview-grid"), "gantt": ("table", "interview-grid"),
            "decision-matrix": ("table", "interview-grid"), "dashboard": ("figure",)}
ASSESSMENT_KINDS = ("professional-scenario", "case-study", "role-play", "thesis")
WORK_MODES = ("individual", "team")  # who makes an assessment's deliverables, and who presents its oral
HAND_INS = ("separate", "dossier")  # one file per deliverable, or one dossier and one deck whose parts answer one case
# Fields a cover page or title slide may show, in cover order; each assessment lists the ones it has.
COVER_FIELDS = ("project", "client", "company", "candidate", "team", "school", "date")
# How a slide shows a table too wide for it (`slide: {fold: ...}` in the referential).
TABLE_FOLDS = ("quarters", "split")  # months into quarters; over as many slides as needed
SLIDE_TABLE_COLUMNS = 6  # the most columns a slide's table shows legibly


def nearest_ids(word: str, ids: list[str] | tuple[str, ...], n: int = 3) -> list[str]:
    """The ids closest to a mistyped one: similar spellings first, then ids containing it."""
    import difflib

    near = difflib.get_close_matches(word, ids, n=n, cutoff=0.6)
    return near + [i for i in ids if word and word in i and i not in near][: n - len(near)]


@dataclass(frozen=True)
class Text:
    """One human text in every language of the referential."""

    values: Mapping[str, str]

    def __post_init__(self) -> None:
        object.__setattr__(self, "values", MappingProxyType(dict(self.values)))

    def __getitem__(self, lang: str) -> str:
        return self.values[lang]

    def as_dict(self) -> dict[str, str]:
        return dict(self.values)


@dataclass(frozen=True)
class Criterion:
    id: str
    competence: str
    group: Text
    text: Text
    interviews: tuple[str, ...] = ()  # empty: applies to every interview type

    def applies_to_interview(self, interview: str | None) -> bool:
        return not self.interviews or interview in self.interviews


@dataclass(frozen=True)
class CriterionGroup:
    title: Text
    criteria: tuple[Criterion, ...]


@dataclass(frozen=True)
class Competence:
    id: str
    block: str
    statement: Text
    activities_id: str
    activities: tuple[Text, ...]
    assessment: str
    evaluation_method: Text
    evaluation_text: Text
    must_present: tuple[Text, ...]
    groups: tuple[CriterionGroup, ...]

    @property
    def criteria(self) -> tuple[Criterion, ...]:
        return tuple(c for g in self.groups for c in g.criteria)


@dataclass(frozen=True)
class Block:
    id: str
    title: Text  # the seed's spelling (capitals, often without accents)
    competences: tuple[Competence, ...]
    cover_title: Text | None = None  # the same words in proper case with accents, for covers

    @property
    def display_title(self) -> Text:
        return self.cover_title or self.title


@dataclass(frozen=True)
class LanguageRule:
    """The language the seed requires for an assessment's documents, and the seed's words that say so."""

    document: str
    seed_words: str  # verbatim, in the seed's own language


@dataclass(frozen=True)
class Oral:
    """An assessment's oral: its language, default length (a school sets its own) and who presents."""

    language: str
    minutes: int
    presented: str  # one of WORK_MODES


@dataclass(frozen=True)
class Assessment:
    id: str
    kind: str
    title: Text
    cover_fields: tuple[str, ...] = COVER_FIELDS  # what its covers and title slides always show (a placeholder if empty)
    cover_optional: tuple[str, ...] = ()  # what they show only when the user gives a value
    cover_labels: Mapping[str, Text] = field(default_factory=dict)  # words replacing a field's usual label
    language_rule: LanguageRule | None = None
    interview_minutes: tuple[int, int] | None = None  # suggested length of a role-play interview (min, max)
    work: str = "individual"  # one of WORK_MODES
    hand_in: str = "separate"  # one of HAND_INS
    oral: Oral | None = None

    @property
    def is_dossier(self) -> bool:
        return self.hand_in == "dossier"

    def __post_init__(self) -> None:
        object.__setattr__(self, "cover_labels", MappingProxyType(dict(self.cover_labels)))

    @property
    def has_client(self) -> bool:
        return "client" in self.cover_fields

    def has_field(self, key: str) -> bool:
        return key in self.cover_fields or key in self.cover_optional


@dataclass(frozen=True)
class GradingLevel:
    id: str
    title: Text


@dataclass(frozen=True)
class Grading:
    """How a jury grades each criterion (the scale, lowest first) and when a competence is suggested as validated."""

    scale: tuple[GradingLevel, ...]
    pass_level: str  # a competence is suggested as validated when every criterion is at least this level

    @property
    def passing(self) -> tuple[GradingLevel, ...]:
        """The levels at or above the pass level."""
        ids = [level.id for level in self.scale]
        return self.scale[ids.index(self.pass_level):]

    def level(self, level_id: str) -> GradingLevel:
        return next(level for level in self.scale if level.id == level_id)

    def suggests_validated(self, levels: list[str | None]) -> bool | None:
        """The rule on one competence's criteria levels; None while some criterion is still ungraded."""
        if not levels or any(level is None for level in levels):
            return None
        passing = {level.id for level in self.passing}
        return all(level in passing for level in levels)


@dataclass(frozen=True)
class InterviewType:
    id: str
    title: Text


@dataclass(frozen=True)
class CanvasCell:
    id: str
    title: Text
    prompt: Text


@dataclass(frozen=True)
class Section:
    id: str
    title: Text
    aliases: Mapping[str, tuple[str, ...]]
    guidance: Text
    criteria: tuple[str, ...]
    kind: str
    required: bool = True
    level: int = 1
    min_words: int | None = None
    prompt: Text | None = None
    columns: tuple[Text, ...] = ()
    rows: tuple[Text, ...] = ()
    money: bool = False
    landscape: bool = False
    canvas: str | None = None
    cells: tuple[CanvasCell, ...] = ()
    figure: Text | None = None
    drawing: str | None = None  # a special slide drawing (see DRAWINGS); None lets the deck writer choose
    slide_columns: tuple[int, ...] = ()  # 1-based columns a slide shows of a wide table; () shows what fits
    slide_fold: str | None = None  # how a slide folds a wide table (see TABLE_FOLDS)
    # Words a section written about this subject is bound to use, per language (PESTEL's six factors, TAM/SAM/SOM):
    # `check` finds a section by them when its heading is a paraphrase or a question.
    key_terms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def titles(self) -> tuple[str, ...]:
        """Every title and alias in every language: what a heading may say for this section."""
        names = list(self.title.values.values())
        for aliases in self.aliases.values():
            names.extend(aliases)
        return tuple(names)


@dataclass(frozen=True)
class SeedRequirement:
    text: Text
    sections: tuple[str, ...]


@dataclass(frozen=True)
class Deliverable:
    id: str
    title: Text
    assessment: str
    competences: tuple[str, ...]
    formats: tuple[str, ...]
    document_language: str
    oral_language: str
    sections: tuple[Section, ...]
    seed_requirements: tuple[SeedRequirement, ...] = ()
    team: bool = False
    interview: str | None = None
    deck_sections: tuple[str, ...] = ()  # the sections its deck presents, in the deck's order; () = all of them
    replaces: tuple[str, ...] = ()  # former deliverable ids now answered by this one
    aliases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # other names practitioners give it
    parts: tuple["Deliverable", ...] = ()  # a dossier's parts (see dossier.py); () for a single deliverable

    def part_of(self, section_id: str) -> "Deliverable | None":
        """The part of a dossier that holds this section; None for a single deliverable."""
        return next((p for p in self.parts if any(s.id == section_id for s in p.sections)), None)

    def section(self, section_id: str) -> Section:
        return next(s for s in self.sections if s.id == section_id)

    @property
    def section_languages(self) -> frozenset[str]:
        """The languages its section titles are written in: those a student's headings may be in."""
        return frozenset(lang for s in self.sections for lang in s.title.values)

    @property
    def presented_sections(self) -> tuple[Section, ...]:
        """The sections a deck shows, in the order it shows them."""
        if not self.deck_sections:
            return self.sections
        return tuple(self.section(section_id) for section_id in self.deck_sections)

    def as_presented(self) -> "Deliverable":
        """This deliverable as its deck presents it: the deck's sections, in the deck's order."""
        if not self.deck_sections:
            return self
        return replace(self, sections=self.presented_sections, deck_sections=())

    def outline_numbers(self) -> tuple[str, ...]:
        """'1.', '1.1', '2.' … for the sections, as a table of contents numbers them."""
        labels, top, sub = [], 0, 0
        for section in self.sections:
            if section.level == 1:
                top, sub = top + 1, 0
                labels.append(f"{top}.")
            else:
                sub += 1
                labels.append(f"{top}.{sub}")
        return tuple(labels)

    @property
    def criteria_ids(self) -> tuple[str, ...]:
        """Criteria answered by this deliverable, in the referential's order (C1.2.3 before C1.2.10)."""
        ids = {criterion for section in self.sections for criterion in section.criteria}
        return tuple(sorted(ids, key=lambda c: tuple(int(part) for part in re.findall(r"\d+", c))))


@dataclass(frozen=True)
class Certification:
    title: Text
    level: int
    awarding_body: str
    rncp_label: Text


@dataclass(frozen=True)
class Referential:
    version: str
    languages: tuple[str, ...]
    certification: Certification
    interview_types: tuple[InterviewType, ...]
    assessments: tuple[Assessment, ...]
    grading: Grading
    blocks: tuple[Block, ...]
    deliverables: tuple[Deliverable, ...]
    source: str = ""
    _index: Mapping[str, Mapping[str, object]] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        index = {
            "competence": {c.id: c for b in self.blocks for c in b.competences},
            "criterion": {c.id: c for b in self.blocks for comp in b.competences for c in comp.criteria},
            "deliverable": {**{old: d for d in self.deliverables for old in d.replaces},
                            **{d.id: d for d in self.deliverables}},
            "assessment": {a.id: a for a in self.assessments},
            "block": {b.id: b for b in self.blocks},
            "interview": {i.id: i for i in self.interview_types},
        }
        object.__setattr__(self, "_index", MappingProxyType(index))

    @property
    def competences(self) -> tuple[Competence, ...]:
        return tuple(c for b in self.blocks for c in b.competences)

    @property
    def criteria(self) -> tuple[Criterion, ...]:
        return tuple(c for comp in self.competences for c in comp.criteria)

    def competence(self, competence_id: str) -> Competence:
        return self._index["competence"][competence_id]  # type: ignore[return-value]

    def criterion(self, criterion_id: str) -> Criterion:
        return self._index["criterion"][criterion_id]  # type: ignore[return-value]

    def assessment(self, assessment_id: str) -> Assessment:
        return self._index["assessment"][assessment_id]  # type: ignore[return-value]

    def block(self, block_id: str) -> Block:
        return self._index["block"][block_id]  # type: ignore[return-value]

    def interview_type(self, interview_id: str) -> InterviewType:
        return self._index["interview"][interview_id]  # type: ignore[return-value]

    def deliverable_ids(self) -> tuple[str, ...]:
        return tuple(d.id for d in self.deliverables)

    def get_assessment(self, assessment_id: str) -> Assessment | None:
        return self._index["assessment"].get(assessment_id)  # type: ignore[return-value]

    def deliverables_of(self, assessment_id: str) -> tuple[Deliverable, ...]:
        return tuple(d for d in self.deliverables if d.assessment == assessment_id)

    def competences_of(self, assessment_id: str) -> tuple[Competence, ...]:
        return tuple(c for c in self.competences if c.assessment == assessment_id)

    def get_deliverable(self, deliverable_id: str) -> Deliverable | None:
        return self._index["deliverable"].get(deliverable_id)  # type: ignore[return-value]

    def blocks_of(self, deliverable: Deliverable) -> tuple[Block, ...]:
        wanted = {self.competence(c).block for c in deliverable.competences}
        return tuple(b for b in self.blocks if b.id in wanted)
