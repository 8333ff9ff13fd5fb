"""A class folder: candidates x deliverables, each our skeleton with the candidate's cover filled and its sections
put into varied states, with the status every section must get. Used by the class report tests and the bench."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fixtures import assign_states, expected_status, filled_document

from mind_templates.model import Referential

FIRST = ("Ana", "Bruno", "Chloé", "Dev", "Emma", "Farid", "Gaëlle", "Hugo", "Inès", "Jules", "Kenza", "Léo", "Maya",
         "Nils", "Océane", "Paul", "Quentin", "Rose", "Sami", "Théo", "Ugo", "Vera", "Wassim", "Xénia", "Yanis", "Zoé")
LAST = ("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau")


@dataclass(frozen=True)
class Submission:
    path: Path
    candidate: str
    deliverable: str
    expected: dict[str, str]  # section id -> status


def candidate_name(n: int) -> str:
    return f"{FIRST[n % len(FIRST)]} {LAST[(n // len(FIRST)) % len(LAST)]}"


def build_class(referential: Referential, folder: Path, candidates: int, deliverables: list[str],
                *, seed: int = 0) -> list[Submission]:
    """`candidates` x `deliverables` filled .docx files in `folder`, named after the candidate and deliverable."""
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for n in range(candidates):
        name = candidate_name(n)
        for deliverable_id in deliverables:
            deliverable = referential.get_deliverable(deliverable_id)
            states = assign_states(deliverable, seed + 31 * n + len(made))
            fields = {"candidate": name, "team": f"Team {n % 7 + 1}", "project": f"Project {n + 1}",
                      "client": "Acme", "date": "2026-11-30"}
            document = filled_document(referential, deliverable, states, seed=seed + n, fields=fields)
            path = folder / f"{name.replace(' ', '_')}-{deliverable_id}.docx"
            document.save(str(path))
            made.append(Submission(path, name, deliverable_id,
                                   {s.id: expected_status(s, states[s.id]) for s in deliverable.sections}))
    return made
