"""The format-neutral jury grid: what a jury grades for one target, in one language, built from the referential.

A target is a deliverable (the criteria its sections answer) or an assessment (every criterion of the
competences it assesses). Role plays split by interview type: each part holds the general criteria and
that type's, selected by the criteria's `interviews` tags, plus a live observation sheet.
Writers (`docx`, `xlsx`) only lay this out; every text here is already in the grid's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

from ..errors import UnknownDeliverableError, UsageError
from ..i18n import N_, Interface, _, format_date
from ..model import Competence, Criterion, Referential, nearest_ids

# How each assessment kind is named on a grid (the "modality").
MODALITIES = {
    "professional-scenario": N_("Project (professional scenario)"),
    "case-study": N_("Case study"),
    "role-play": N_("Role play"),
    "thesis": N_("Thesis"),
}


# Juries grade in the seed's words, and the seed is French; another referential's first language otherwise.
SEED_LANGUAGE = "fr"


def default_language(referential: Referential) -> str:
    return SEED_LANGUAGE if SEED_LANGUAGE in referential.languages else referential.languages[0]


@dataclass(frozen=True)
class GridCriterion:
    id: str
    text: str


@dataclass(frozen=True)
class GridGroup:
    title: str  # the seed's ✓ heading
    criteria: tuple[GridCriterion, ...]


@dataclass(frozen=True)
class GridTable:
    """One competence's criteria, grouped, with its result line."""

    competence: str
    statement: str
    groups: tuple[GridGroup, ...]
    label: str = ""  # how the class summary names this table's column ("C5.3" or "C5.3 EM")

    @property
    def criteria(self) -> tuple[GridCriterion, ...]:
        return tuple(c for g in self.groups for c in g.criteria)


@dataclass(frozen=True)
class GridPart:
    """A grid a jury fills in one sitting; role plays have one per interview type."""

    title: str | None  # the interview type, for role plays
    tables: tuple[GridTable, ...]
    observation: bool = False  # a live observation sheet follows (role plays)
    deliverables: tuple[str, ...] = ()  # this part's own deliverables, when not the whole grid's


@dataclass(frozen=True)
class Labels:
    """Every fixed word a grid prints, in its language."""

    values: Mapping[str, str]

    def __getitem__(self, key: str) -> str:
        return self.values[key]

    def colon(self, key: str) -> str:
        """'Scale: ' / 'Échelle : ': the colon's spacing is the language's."""
        return self.values["{label}: "].format(label=self.values[key])


@dataclass(frozen=True)
class Grid:
    id: str  # the target: a deliverable or assessment id, used in file names
    lang: str
    title: str
    certification: str
    blocks: tuple[str, ...]
    assessment: str
    modality: str
    deliverables: tuple[str, ...]
    parts: tuple[GridPart, ...]
    scale: tuple[str, ...]  # level titles, lowest first
    passing: tuple[str, ...]  # the level titles that satisfy the rule
    rule: str
    labels: Labels
    fields: Mapping[str, str] = field(default_factory=dict)  # candidate, team, jury, school, date, as given

    @property
    def tables(self) -> tuple[GridTable, ...]:
        return tuple(t for p in self.parts for t in p.tables)

    @property
    def verdicts(self) -> tuple[str, str, str]:
        """The suggested result's three values: validated, not validated, incomplete."""
        return (self.labels["validated"], self.labels["not-validated"], self.labels["incomplete"])


def find_target(referential: Referential, target: str) -> str:
    """`target` if it names a deliverable or an assessment; otherwise an error naming the nearest ids."""
    if referential.get_deliverable(target) is not None or referential.get_assessment(target) is not None:
        return target
    near = nearest_ids(target, [*referential.deliverable_ids(), *(a.id for a in referential.assessments)])
    hint = _("did you mean {ids}?", ids=", ".join(near)) if near else _("run 'mind-templates list' to see them")
    raise UnknownDeliverableError(_("unknown deliverable or assessment {id!r}; {hint}", id=target, hint=hint), near)


def _table(competence: Competence, criteria: list[Criterion], lang: str, label: str) -> GridTable:
    wanted = {c.id for c in criteria}
    groups = []
    for group in competence.groups:
        chosen = tuple(GridCriterion(c.id, c.text[lang]) for c in group.criteria if c.id in wanted)
        if chosen:
            groups.append(GridGroup(group.title[lang], chosen))
    return GridTable(competence.id, competence.statement[lang], tuple(groups), label)


def build_grid(referential: Referential, target: str, lang: str, fields: Mapping[str, str] | None = None) -> Grid:
    """The grid of one deliverable or assessment id (see `find_target`) in `lang`."""
    if lang not in referential.languages:
        raise UsageError(_("the referential has no {lang!r} texts; use one of {langs}",
                           lang=lang, langs=", ".join(referential.languages)))
    find_target(referential, target)
    ui = Interface(lang)
    deliverable = referential.get_deliverable(target)
    if deliverable is not None:
        assessment = referential.assessment(deliverable.assessment)
        deliverables = (deliverable,)
        competences = [referential.competence(c) for c in deliverable.competences]
        answered = set(deliverable.criteria_ids)
        interviews: tuple[str | None, ...] = (deliverable.interview,)
    else:
        assessment = referential.assessment(target)
        deliverables = referential.deliverables_of(target)
        competences = list(referential.competences_of(target))
        answered = {c.id for comp in competences for c in comp.criteria}
        tagged = {tag for comp in competences for c in comp.criteria for tag in c.interviews}
        interviews = tuple(i.id for i in referential.interview_types if i.id in tagged) or (None,)

    parts = []
    for interview in interviews:
        tables = []
        for comp in competences:
            criteria = [c for c in comp.criteria if c.id in answered and c.applies_to_interview(interview)]
            if criteria:
                label = f"{comp.id} {interview}" if interview and len(interviews) > 1 else comp.id
                tables.append(_table(comp, criteria, lang, label))
        title = referential.interview_type(interview).title[lang] if interview else None
        own = tuple(d.title[lang] for d in deliverables if interview and len(interviews) > 1 and d.interview == interview)
        parts.append(GridPart(title, tuple(tables), observation=interview is not None, deliverables=own))

    grading = referential.grading
    cert = referential.certification
    passing = tuple(level.title[lang] for level in grading.passing)
    blocks = {comp.block for comp in competences}
    return Grid(
        id=target,
        lang=lang,
        title=ui.gettext("Jury evaluation grid"),
        certification=f"{cert.title[lang]} · {cert.rncp_label[lang]} · {cert.awarding_body}",
        blocks=tuple(f"{b.id} {b.display_title[lang]}" for b in referential.blocks if b.id in blocks),
        assessment=assessment.title[lang],
        modality=ui.gettext(MODALITIES[assessment.kind]),
        deliverables=tuple(d.title[lang] for d in deliverables),
        parts=tuple(parts),
        scale=tuple(level.title[lang] for level in grading.scale),
        passing=passing,
        rule=ui.gettext("Suggested result: a competence is validated when every criterion is at least “{level}”. "
                        "The decision is the jury's.", level=grading.level(grading.pass_level).title[lang]),
        labels=_labels(ui),
        fields=_printed_fields(fields or {}, lang),
    )


def _printed_fields(fields: Mapping[str, str], lang: str) -> dict[str, str]:
    from datetime import date

    printed = dict(fields)
    if printed.get("date"):
        printed["date"] = format_date(date.fromisoformat(printed["date"]), lang)
    return printed


def _labels(ui: Interface) -> Labels:
    """Written out as ui.gettext(...) so that the catalog extractor finds every label."""
    return Labels({
        "certification": ui.gettext("Certification"),
        "blocks": ui.gettext("Block(s)"),
        "assessment": ui.gettext("Assessment (modality)"),
        "deliverables": ui.gettext("Deliverable(s)"),
        "candidate": ui.gettext("Candidate"),
        "team": ui.gettext("Team"),
        "jury": ui.gettext("Jury members"),
        "school": ui.gettext("School"),
        "date": ui.gettext("Date"),
        "criterion": ui.gettext("Criterion"),
        "comment": ui.gettext("Comment or evidence (where in the document / what was said)"),
        "scale": ui.gettext("Scale"),
        "suggested": ui.gettext("Suggested result"),
        "decision": ui.gettext("Jury decision"),
        "validated": ui.gettext("validated"),
        "not-validated": ui.gettext("not validated"),
        "incomplete": ui.gettext("to complete"),
        "count": ui.gettext("Criteria at this level"),
        "signatures": ui.gettext("Jury members' signatures"),
        "name": ui.gettext("Name"),
        "signature": ui.gettext("Signature"),
        "observation": ui.gettext("Live observation sheet"),
        "observation-help": ui.gettext("Note facts and words as they happen; tick the criteria afterwards."),
        "time": ui.gettext("Time"),
        "observed": ui.gettext("What was observed (facts, words)"),
        "which-criterion": ui.gettext("Criterion"),
        "summary": ui.gettext("Class summary"),
        "candidate-n": ui.gettext("Candidate {n}"),
        "validated-count": ui.gettext("Competences validated (suggested)"),
        "page": ui.gettext("Page"),
        "{label}: ": ui.gettext("{label}: "),
    })
