"""Measure the two ways `check --annotate` can put findings on a deck: notes feedback vs legacy slide comments.

    python bench/measure_deck_feedback.py [--decks 3] [--keep DIR]

Builds filled decks (our decks with sections in varied states), annotates each both ways
(`--deck-feedback notes` and `comments`), and counts, for each way, how many of the findings can be read back:

- `python-pptx`: the copy opens; feedback lines in the notes, or <p:cm> comments in the package;
- `openxml-audit`: schema errors (Office 2019 rules);
- `LibreOffice -> odp`: Impress opens the copy; lines it shows in the notes, or annotations it imported;
- `LibreOffice -> pptx`: after Impress saves the copy again (a student who edits in LibreOffice), what is left;
- `LibreOffice -> pdf`: whether the feedback text is in the PDF Impress exports by default (slides only).

Nothing is asserted: the figures back the choice written in check/annotate_deck.py and docs/check.md.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tests" / "check")]

from fixtures import assign_deck_states, filled_deck  # noqa: E402

from mind_templates.referential import load_referential  # noqa: E402
from mind_templates.skeleton import markers  # noqa: E402

DECKS = ("business-plan", "research-brief", "management-plan", "risk-policy", "project-cx-report")


def pptx_counts(path: Path) -> tuple[int, int]:
    """(feedback lines in the notes, legacy comments) read with python-pptx and the zip."""
    from pptx import Presentation

    lines = 0
    for slide in Presentation(str(path)).slides:
        if slide.has_notes_slide:
            texts = [p.text for p in slide.notes_slide.notes_text_frame.paragraphs]
            inside = False
            for text in texts:
                if markers.FEEDBACK_SIGNATURE in text:
                    inside = not inside
                elif inside and text.startswith("• "):
                    lines += 1
    with zipfile.ZipFile(path) as archive:
        comments = sum(archive.read(n).count(b"<p:cm ") for n in archive.namelist()
                       if n.startswith("ppt/comments/"))
    return lines, comments


def audit_errors(path: Path) -> int:
    run = subprocess.run([sys.executable, "-m", "openxml_audit", "--format", "office2019", "-o", "json", str(path)],
                         capture_output=True, text=True)
    if not run.stdout.strip():
        run = subprocess.run(["openxml-audit", "--format", "office2019", "-o", "json", str(path)],
                             capture_output=True, text=True)
    try:
        data = json.loads(run.stdout)
    except json.JSONDecodeError:
        return -1
    data = data[0] if isinstance(data, list) else data
    return int(data.get("error_count", len(data.get("errors", []))))


def soffice(path: Path, fmt: str, out: Path, profile: Path) -> Path | None:
    subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", fmt,
                    "--outdir", str(out), str(path)], capture_output=True, timeout=300)
    made = out / f"{path.stem}.{fmt.split(':')[0]}"
    return made if made.is_file() else None


def odp_counts(path: Path) -> tuple[int, int]:
    """(feedback lines in the notes, annotations) in Impress's own file."""
    content = zipfile.ZipFile(path).read("content.xml").decode("utf-8")
    notes = "".join(re.findall(r"<presentation:notes.*?</presentation:notes>", content, re.S))
    return notes.count("• "), content.count("<officeooo:annotation") + content.count("<office:annotation>") + \
        content.count("<office:annotation ")


def pdf_has(path: Path, needle: str) -> bool:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    return needle in " ".join(text.split())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--decks", type=int, default=3)
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()
    referential = load_referential()
    work = args.keep or Path(tempfile.mkdtemp(prefix="deck-feedback-"))
    profile = work / "lo-profile"
    totals: dict[str, dict[str, int]] = {}
    for n, deliverable_id in enumerate(DECKS[: args.decks]):
        deliverable = referential.get_deliverable(deliverable_id)
        if deliverable is None or "pptx" not in deliverable.formats:
            continue
        folder = work / f"in-{n}"
        folder.mkdir(parents=True, exist_ok=True)
        deck, _ = filled_deck(referential, deliverable, assign_deck_states(deliverable, n), seed=n, folder=folder)
        for mode in ("notes", "comments"):
            out = work / f"{mode}-{n}"
            run = subprocess.run([sys.executable, "-m", "mind_templates", "check", str(deck), "--format", "json",
                                  "--annotate", str(out), "--deck-feedback", mode], capture_output=True, text=True)
            findings = len(json.loads(run.stdout)["files"][0]["findings"])
            copy = out / deck.name
            lines, comments = pptx_counts(copy)
            read_back = lines if mode == "notes" else comments
            odp = soffice(copy, "odp", out / "odp", profile)
            odp_lines, annotations = odp_counts(odp) if odp else (0, 0)
            again = soffice(copy, "pptx:Impress MS PowerPoint 2007 XML", out / "pptx", profile)
            again_lines, again_comments = pptx_counts(again) if again else (0, 0)
            pdf = soffice(copy, "pdf", out / "pdf", profile)
            first = json.loads(run.stdout)["files"][0]["findings"][0]["message"][:40]
            row = {
                "findings": findings,
                "python-pptx": read_back,
                "openxml-audit errors": audit_errors(copy),
                "LibreOffice odp": odp_lines if mode == "notes" else annotations,
                "LibreOffice pptx again": again_lines if mode == "notes" else again_comments,
                "in default PDF": int(bool(pdf and pdf_has(pdf, first))),
            }
            print(f"{deliverable_id:20} {mode:8} " + "  ".join(f"{k}={v}" for k, v in row.items()), flush=True)
            total = totals.setdefault(mode, {})
            for key, value in row.items():
                total[key] = total.get(key, 0) + value
    print()
    for mode, total in totals.items():
        print(f"TOTAL {mode:8} " + "  ".join(f"{k}={v}" for k, v in total.items()))
    print(f"files in {work}")


if __name__ == "__main__":
    main()
