"""The realistic labelled set (tests/check/realistic) is whole: every file built, every section labelled, every
labelled heading really in its file. This never runs `check`: the set's labels are the jury's, not the tool's."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml
from docx import Document
from pptx import Presentation

from mind_templates.referential import load_referential
from scripts import load_script

SET = Path(__file__).parent / "realistic"
STATUSES = {"ok", "missing", "empty", "placeholder", "thin"}
DOCUMENTS = yaml.safe_load((SET / "labels.yaml").read_text(encoding="utf-8"))["documents"]


def _texts(path: Path) -> set[str]:
    """Every paragraph of a document or deck, stripped: where a labelled heading must be found."""
    if path.suffix == ".pptx":
        found = set()
        for slide in Presentation(path).slides:
            for shape in slide.shapes:
                if shape.has_text_frame:
                    found.update(p.text.strip() for p in shape.text_frame.paragraphs)
        return found
    return {p.text.strip() for p in Document(path).paragraphs}


def test_the_set_is_as_large_and_varied_as_issue_13_asks():
    assert len(DOCUMENTS) >= 32
    assert len({d["deliverable"] for d in DOCUMENTS}) >= 10
    paths = Counter(d["path"] for d in DOCUMENTS)
    assert set(paths) == {"scratch-docx", "pandoc", "libreoffice", "deck", "skeleton"}
    # Like the issue's set: some files started from our skeleton, most written from scratch (where check fails).
    assert len(DOCUMENTS) / 5 <= paths["skeleton"] <= len(DOCUMENTS) / 2
    assert sum(d["path"] == "deck" and d["via"] == "roundtrip" for d in DOCUMENTS) >= 2
    statuses = Counter(s["status"] for d in DOCUMENTS for s in d["sections"].values())
    assert set(statuses) == STATUSES


@pytest.mark.parametrize("doc", DOCUMENTS, ids=[d["file"] for d in DOCUMENTS])
def test_every_section_is_labelled_and_every_heading_is_in_the_file(doc):
    deliverable = load_referential().get_deliverable(doc["deliverable"])
    assert list(doc["sections"]) == [s.id for s in deliverable.sections]
    path = SET / doc["file"]
    texts = _texts(path)
    for sid, label in doc["sections"].items():
        assert label["status"] in STATUSES, sid
        if label["status"] == "missing":
            assert "heading" not in label, sid
            continue
        headings = label["heading"] if isinstance(label["heading"], list) else [label["heading"]]
        for heading in headings:
            assert heading in texts, f"{sid}: heading {heading!r} not found in {path.name}"
        if label["status"] == "placeholder":
            assert doc["path"] == "skeleton", "only files started from our skeleton can hold our prompt"


def test_build_refuses_a_slide_whose_bullets_would_not_show():
    # render_deck lays out a table slide without a body: bullets there would be counted in the labels, never seen.
    build = load_script("realistic_build", SET / "build.py")
    slide = build.Slide("Risks", bullets=["Two of them matter"], table=[["Risk", "Owner"], ["Frost", "Léa"]])
    deck = {"path": "deck", "deliverable": "risk-policy", "language": "fr", "notes": "", "blocks": [slide]}
    with pytest.raises(SystemExit, match="both a table and bullets"):
        build.build_one("h0_deck_crowded", deck, load_referential())


@pytest.mark.parametrize("status, words, minimum, refused", [
    ("ok", 110, 100, False), ("ok", 109, 100, True), ("ok", 220, 200, False), ("thin", 80, 100, False),
    ("thin", 81, 100, True),
])
def test_the_label_margins_hold_at_their_edges(status, words, minimum, refused):
    # 10 % over the minimum is enough for "ok", 80 % of it still "thin": counted in integers, so that 110 words
    # over a minimum of 100 pass (100 * 1.1 is 110.00000000000001 in floats; two writers were refused at it).
    build = load_script("realistic_build", SET / "build.py")
    assert (build._consistent(status, words, minimum) is not None) == refused
