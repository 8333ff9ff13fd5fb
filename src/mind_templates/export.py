"""Turns a loaded referential back into plain data in the YAML format, so an export can be loaded again."""

from __future__ import annotations

from typing import Any

from .model import Assessment, Block, Competence, Deliverable, Referential, Section


def _section(section: Section) -> dict[str, Any]:
    data: dict[str, Any] = {"id": section.id}
    if section.level != 1:
        data["level"] = section.level
    data["title"] = section.title.as_dict()
    data["aliases"] = {lang: list(a) for lang, a in section.aliases.items()}
    data["guidance"] = section.guidance.as_dict()
    if section.prompt is not None:
        data["prompt"] = section.prompt.as_dict()
    data["criteria"] = list(section.criteria)
    data["kind"] = section.kind
    data["required"] = section.required
    if section.min_words is not None:
        data["min_words"] = section.min_words
    if section.columns:
        data["columns"] = [c.as_dict() for c in section.columns]
    if section.rows:
        data["rows"] = [r.as_dict() for r in section.rows]
    for flag in ("money", "landscape"):
        if getattr(section, flag):
            data[flag] = True
    if section.canvas is not None:
        data["canvas"] = section.canvas
    if section.cells:
        data["cells"] = [{"id": c.id, "title": c.title.as_dict(), "prompt": c.prompt.as_dict()} for c in section.cells]
    if section.figure is not None:
        data["figure"] = section.figure.as_dict()
    if section.drawing is not None:
        data["drawing"] = section.drawing
    slide = {**({"columns": list(section.slide_columns)} if section.slide_columns else {}),
             **({"fold": section.slide_fold} if section.slide_fold else {})}
    if slide:
        data["slide"] = slide
    if section.key_terms:
        data["key_terms"] = {lang: list(t) for lang, t in section.key_terms.items()}
    return data


def assessment_data(a: Assessment) -> dict[str, Any]:
    data: dict[str, Any] = {"id": a.id, "kind": a.kind, "title": a.title.as_dict(),
                            "cover": {"fields": list(a.cover_fields)}}
    if a.cover_optional:
        data["cover"]["optional"] = list(a.cover_optional)
    if a.cover_labels:
        data["cover"]["labels"] = {key: text.as_dict() for key, text in a.cover_labels.items()}
    if a.language_rule is not None:
        data["language"] = {"document": a.language_rule.document, "seed_words": a.language_rule.seed_words}
    if a.interview_minutes is not None:
        data["interview_minutes"] = {"min": a.interview_minutes[0], "max": a.interview_minutes[1]}
    data["work"], data["hand_in"] = a.work, a.hand_in
    if a.oral is not None:
        data["oral"] = {"language": a.oral.language, "minutes": a.oral.minutes, "presented": a.oral.presented}
    return data


def _block(b: Block) -> dict[str, Any]:
    data: dict[str, Any] = {"id": b.id, "title": b.title.as_dict()}
    if b.cover_title is not None:
        data["cover_title"] = b.cover_title.as_dict()
    data["competences"] = [_competence(c) for c in b.competences]
    return data


def _competence(comp: Competence) -> dict[str, Any]:
    return {
        "id": comp.id,
        "statement": comp.statement.as_dict(),
        "activities": {"id": comp.activities_id, "items": [a.as_dict() for a in comp.activities]},
        "evaluation": {
            "assessment": comp.assessment,
            "method": comp.evaluation_method.as_dict(),
            "text": comp.evaluation_text.as_dict(),
        },
        "must_present": [m.as_dict() for m in comp.must_present],
        "criteria_groups": [
            {
                "title": g.title.as_dict(),
                "criteria": [
                    {"id": c.id, "text": c.text.as_dict(), **({"interviews": list(c.interviews)} if c.interviews else {})}
                    for c in g.criteria
                ],
            }
            for g in comp.groups
        ],
    }


def _deliverable(d: Deliverable) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": d.id,
        "title": d.title.as_dict(),
        "assessment": d.assessment,
        "competences": list(d.competences),
        "formats": list(d.formats),
        "languages": {"document": d.document_language, "oral": d.oral_language},
        "team": d.team,
    }
    if d.interview is not None:
        data["interview"] = d.interview
    if d.replaces:
        data["replaces"] = list(d.replaces)
    if d.aliases:
        data["aliases"] = {lang: list(a) for lang, a in d.aliases.items()}
    if d.deck_sections:
        data["deck"] = list(d.deck_sections)
    data["seed_requirements"] = [{"text": r.text.as_dict(), "sections": list(r.sections)} for r in d.seed_requirements]
    data["sections"] = [_section(s) for s in d.sections]
    return data


def referential_to_data(referential: Referential) -> dict[str, Any]:
    cert = referential.certification
    return {
        "version": referential.version,
        "languages": list(referential.languages),
        "certification": {
            "title": cert.title.as_dict(),
            "level": cert.level,
            "awarding_body": cert.awarding_body,
            "rncp_label": cert.rncp_label.as_dict(),
        },
        "interview_types": [{"id": i.id, "title": i.title.as_dict()} for i in referential.interview_types],
        "assessments": [assessment_data(a) for a in referential.assessments],
        "grading": {
            "scale": [{"id": level.id, "title": level.title.as_dict()} for level in referential.grading.scale],
            "validated_when": {"every_criterion_at_least": referential.grading.pass_level},
        },
        "blocks": [_block(b) for b in referential.blocks],
        "deliverables": [_deliverable(d) for d in referential.deliverables],
    }
