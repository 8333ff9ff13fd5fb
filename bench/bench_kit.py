"""Speed of a teacher's kit: a 40-candidate Customer eXperience kit, against pandoc writing the same documents.

Run: python bench/bench_kit.py [--repeat 1] [--candidates 40]
Baseline, measured in the same run: pandoc writing, for every candidate, each deliverable's skeleton
(`pandoc skeleton.md -o x.docx`) and deck (`pandoc deck.md -o x.pptx`) from Markdown with the same outline,
one call per file — the documents and decks of the kit, without its grids, workbook, brief and index.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from skeleton_markdown import skeleton_markdown  # noqa: E402
from timing import best_of  # noqa: E402

from mind_templates import load_referential  # noqa: E402
from mind_templates.kit import KitPlan, write_kit  # noqa: E402
from mind_templates.kit.vars import parse_kit_vars  # noqa: E402

ASSESSMENT = "project-cx"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--candidates", type=int, default=40)
    args = parser.parse_args()
    if shutil.which("pandoc") is None:
        sys.exit("pandoc is needed for the baseline: apt-get install pandoc")
    referential = load_referential()
    names = [f"Candidat·e {i + 1:02d}" for i in range(args.candidates)]
    kit = parse_kit_vars({"school": "WSF", "client": "Acme", "case": "Bench", "deadline": "2026-12-18",
                          "candidates": names})
    work = Path(tempfile.mkdtemp(prefix="bench-kit-"))
    counted: dict[str, int] = {}

    def ours() -> None:
        plan = KitPlan.make(referential, ASSESSMENT, kit)
        written, _kept = write_kit(plan, work / "ours", force=True)
        counted["ours"] = len(written)

    deliverables = referential.deliverables_of(ASSESSMENT)
    sources = []
    for d in deliverables:
        for fmt, slides in (("docx", False), ("pptx", True)):
            if fmt in d.formats:
                md = work / f"{d.id}.{fmt}.md"
                md.write_text(skeleton_markdown(referential, d, d.document_language, d.oral_language, slides=slides),
                              encoding="utf-8")
                sources.append((md, fmt))

    def pandoc() -> None:
        n = 0
        for i in range(len(names)):
            folder = work / "pandoc" / f"c{i}"
            folder.mkdir(parents=True, exist_ok=True)
            for md, fmt in sources:
                subprocess.run(["pandoc", str(md), "-o", str(folder / f"{md.stem}.{fmt}")], check=True)
                n += 1
        counted["pandoc"] = n

    t_ours = best_of(args.repeat, ours)
    t_pandoc = best_of(args.repeat, pandoc)
    print(f"kit {ASSESSMENT}, {args.candidates} candidates")
    print(f"  ours  (whole kit): {counted['ours']:4d} files in {t_ours:7.2f} s  ({counted['ours'] / t_ours:6.1f} files/s)")
    print(f"  baseline pandoc (md -> docx/pptx, one call each): {counted['pandoc']:4d} files in {t_pandoc:7.2f} s  "
          f"({counted['pandoc'] / t_pandoc:6.1f} files/s)")
    print(f"  -> per file {(t_pandoc / counted['pandoc']) / (t_ours / counted['ours']):5.1f}x faster than pandoc; "
          f"pandoc takes {t_pandoc / t_ours:5.1f}x our time for the whole kit to write its documents alone")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
