"""`check --annotate` on decks: findings on their slides as legacy comments or as notes feedback, valid and readable."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from fixtures import assign_deck_states, filled_deck
from pptx import Presentation

from mind_templates.skeleton import markers

MODES = ("comments", "notes")


@pytest.fixture(scope="module")
def annotated(tmp_path_factory, referential):
    """A filled business-plan deck, annotated both ways: (deck, report, {mode: copy})."""
    folder = tmp_path_factory.mktemp("decks")
    deliverable = referential.get_deliverable("business-plan")
    deck, _ = filled_deck(referential, deliverable, assign_deck_states(deliverable, 3), seed=3, folder=folder)
    copies, report = {}, None
    for mode in MODES:
        run = subprocess.run([sys.executable, "-m", "mind_templates", "check", str(deck), "--format", "json",
                              "--annotate", str(folder / mode), "--deck-feedback", mode],
                             capture_output=True, text=True, timeout=600)
        report = json.loads(run.stdout)["files"][0]
        copies[mode] = folder / mode / deck.name
    assert report["findings"]
    return deck, report, copies


def _slide_of(report: dict, finding: dict) -> int | None:
    match = re.fullmatch(r"slide (\d+)", finding["location"] or "")
    return int(match.group(1)) if match else None


def test_comments_are_on_the_slides_the_findings_name(annotated):
    deck, report, copies = annotated
    prs = Presentation(str(copies["comments"]))  # python-pptx opens the copy
    with zipfile.ZipFile(copies["comments"]) as archive:
        authors = archive.read("ppt/commentAuthors.xml").decode()
        assert f'name="{markers.ANNOTATION_AUTHOR}"' in authors
        texts = {}
        for n, slide in enumerate(prs.slides, start=1):
            for rel in slide.part.rels.values():
                if rel.reltype.endswith("/comments"):
                    texts[n] = rel.target_part.blob.decode()
    assert sum(t.count("<p:cm ") for t in texts.values()) == len(report["findings"])
    for finding in report["findings"]:
        slide = _slide_of(report, finding)
        if slide is not None:
            assert finding["code"] in texts[slide], (finding["code"], slide)
    # The input is untouched.
    with zipfile.ZipFile(deck) as archive:
        assert not any(n.startswith("ppt/comments/") for n in archive.namelist())


def test_notes_feedback_is_on_top_and_ignored_when_the_copy_is_checked_again(annotated):
    deck, report, copies = annotated
    prs = Presentation(str(copies["notes"]))
    lines = 0
    for n, slide in enumerate(prs.slides, start=1):
        paragraphs = [p.text for p in slide.notes_slide.notes_text_frame.paragraphs] if slide.has_notes_slide else []
        if any(markers.FEEDBACK_SIGNATURE in p for p in paragraphs):
            assert markers.FEEDBACK_SIGNATURE in paragraphs[0]  # at the top of the notes
            end = next(i for i, p in enumerate(paragraphs[1:], start=1) if markers.FEEDBACK_SIGNATURE in p)
            # One line per finding, and the criteria coverage on the first slide.
            lines += sum(1 for p in paragraphs[1:end] if p.startswith("• ") and not p.startswith("• Criteria ("))
            for finding in report["findings"]:
                if _slide_of(report, finding) == n:
                    assert any(finding["code"] in p for p in paragraphs[1:end])
    assert lines == len(report["findings"])
    assert any(p.text.startswith("• Criteria (") for p in prs.slides[0].notes_slide.notes_text_frame.paragraphs)
    again = subprocess.run([sys.executable, "-m", "mind_templates", "check", str(copies["notes"]), "--format", "json"],
                           capture_output=True, text=True, timeout=600)
    checked = json.loads(again.stdout)["files"][0]
    assert checked["sections"] == report["sections"]
    assert sorted(f["code"] for f in checked["findings"]) == sorted(f["code"] for f in report["findings"])


@pytest.mark.parametrize("mode", MODES)
def test_annotated_decks_validate(annotated, mode):
    pytest.importorskip("openxml_audit", reason="openxml-audit is in the test extra: pip install -e '.[test]'")
    run = subprocess.run([sys.executable, "-m", "openxml_audit", "--format", "office2019", "-o", "json",
                          str(annotated[2][mode])], capture_output=True, text=True, timeout=600)
    result = json.loads(run.stdout)[0]
    assert result["error_count"] == 0, result["errors"][:5]


@pytest.mark.slow
@pytest.mark.parametrize("mode", MODES)
def test_annotated_decks_open_in_libreoffice(annotated, mode, tmp_path):
    if not shutil.which("soffice"):
        pytest.skip("LibreOffice is needed: bash tools/install-system-deps.sh")
    _, report, copies = annotated
    subprocess.run(["soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--convert-to", "odp", "--outdir", str(tmp_path), str(copies[mode])],
                   capture_output=True, timeout=300, check=True)
    content = zipfile.ZipFile(tmp_path / copies[mode].with_suffix(".odp").name).read("content.xml").decode()
    if mode == "comments":
        assert content.count("<officeooo:annotation") + content.count("<office:annotation") == len(report["findings"])
    else:
        notes = "".join(re.findall(r"<presentation:notes.*?</presentation:notes>", content, re.S))
        assert all(f["code"] in notes for f in report["findings"])
