"""An assessment handed in as one dossier: one Deliverable whose parts are the assessment's deliverables.

Writers take it like any deliverable (one cover, one contents, one deck); its sections are the parts'
sections, renamed `p<N>-<id>` so that every section marker in the file stays unique (two parts may both
have a `summary`). `Deliverable.parts` keeps each part, holding the renamed sections, for part headings,
the agenda and the time per part.
"""

from __future__ import annotations

from dataclasses import replace

from .model import Assessment, Deliverable, Referential, SeedRequirement

PART_PREFIX = "p"


def part_section_id(number: int, section_id: str) -> str:
    """The id a part's section takes in the dossier: `p2-risk-matrix` for part 2's `risk-matrix`."""
    return f"{PART_PREFIX}{number}-{section_id}"


def _renamed_part(number: int, part: Deliverable) -> Deliverable:
    rename = {s.id: part_section_id(number, s.id) for s in part.sections}
    return replace(
        part,
        sections=tuple(replace(s, id=rename[s.id]) for s in part.sections),
        deck_sections=tuple(rename[i] for i in part.deck_sections),
        seed_requirements=tuple(SeedRequirement(r.text, tuple(rename[i] for i in r.sections))
                                for r in part.seed_requirements),
    )


def build_dossier(referential: Referential, assessment: Assessment) -> Deliverable:
    """The dossier of an assessment: a part per deliverable, in the referential's order.

    Its deck presents each part's deck sections, the parts' backup slides after all of them, and leaves the
    parts' own question sections to the single questions-and-objections slide that closes the talk.
    """
    from .writers.pptx.timing import QUESTIONS_HINTS, split_backup  # the deck's own rules, not repeated here

    originals = referential.deliverables_of(assessment.id)
    if not originals:
        raise ValueError(f"assessment {assessment.id} has no deliverables")
    parts = tuple(_renamed_part(n, d) for n, d in enumerate(originals, 1))
    main, backup = [], []
    for part in parts:
        shown = [s for s in part.presented_sections if not any(hint in s.id for hint in QUESTIONS_HINTS)]
        part_main, part_backup = split_backup(shown)
        main += part_main
        backup += part_backup
    first = originals[0]
    formats = tuple(f for f in first.formats if all(f in d.formats for d in originals))
    return Deliverable(
        id=assessment.id,
        title=assessment.title,
        assessment=assessment.id,
        competences=tuple(dict.fromkeys(c for d in originals for c in d.competences)),
        formats=formats,
        document_language=first.document_language,
        oral_language=first.oral_language,
        sections=tuple(s for part in parts for s in part.sections),
        seed_requirements=tuple(r for part in parts for r in part.seed_requirements),
        team=any(d.team for d in originals),
        deck_sections=tuple(s.id for s in main + backup),
        parts=parts,
    )


def deliverables_to_write(referential: Referential, assessment: Assessment) -> list[Deliverable]:
    """What `new ASSESSMENT` writes: its dossier when it is handed in as one, else each of its deliverables."""
    if assessment.is_dossier:
        return [build_dossier(referential, assessment)]
    return list(referential.deliverables_of(assessment.id))


def deliverable_or_dossier(referential: Referential, target: str) -> Deliverable | None:
    """What a marker or `check --deliverable` names: a deliverable, or the dossier of an assessment handed in
    as one; None when it names neither."""
    found = referential.get_deliverable(target)
    if found is not None:
        return found
    assessment = referential.get_assessment(target)
    return build_dossier(referential, assessment) if assessment is not None and assessment.is_dossier else None
