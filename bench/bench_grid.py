"""Speed of the jury grids: a 40-candidate workbook and the Word grids of every assessment, against pandoc.

Run: python bench/bench_grid.py [--repeat 3] [--candidates 40]
Baseline, measured in the same run: pandoc writing the equivalent Markdown grids to .docx
(`pandoc grid.md -o grid.docx`): one call per assessment, and one call for the class's 40 grids
(pandoc cannot write a workbook; 40 Word grids are the nearest thing it can make for a class).
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from timing import best_of  # noqa: E402

from mind_templates import load_referential  # noqa: E402
from mind_templates.grids import GridPlan, write_grids  # noqa: E402
from mind_templates.grids.docx import _GridDocument  # noqa: E402
from mind_templates.grids.model import Grid, build_grid  # noqa: E402

CLASS_TARGET = "project-cx"  # the largest assessment: 4 competences, 4 deliverables


def grid_markdown(grid: Grid, candidate: str = "") -> str:
    """The same grid as Markdown: header, one pipe table per competence with tick boxes, result lines."""
    labels, box = grid.labels, "☐"
    lines = []
    for part in grid.parts:
        lines.append(f"# {grid.title}" + (f" — {part.title}" if part.title else "") + "\n")
        header = [(labels["certification"], grid.certification), (labels["blocks"], " · ".join(grid.blocks)),
                  (labels["assessment"], f"{grid.assessment} ({grid.modality})"),
                  (labels["deliverables"], " · ".join(part.deliverables or grid.deliverables)),
                  (labels["candidate"], candidate), (labels["jury"], ""), (labels["date"], "")]
        lines += ["| | |", "|---|---|", *(f"| **{k}** | {v} |" for k, v in header), ""]
        lines.append(labels.colon("scale") + " · ".join(f"{box} {s}" for s in grid.scale) + f"\n\n*{grid.rule}*\n")
        for table in part.tables:
            lines.append(f"## {table.competence} {table.statement}\n")
            lines.append("| " + " | ".join([labels["criterion"], *grid.scale, labels["comment"]]) + " |")
            lines.append("|" + "---|" * (len(grid.scale) + 2))
            for group in table.groups:
                lines.append(f"| **✓ {group.title}** |" + " |" * (len(grid.scale) + 1))
                for criterion in group.criteria:
                    lines.append(f"| {criterion.id} {criterion.text} |" + f" {box} |" * len(grid.scale) + " |")
            verdict = f"{box} {labels['validated']} {box} {labels['not-validated']}"
            lines.append(f"\n**{labels['suggested']}**: {verdict} — **{labels['decision']}**: {verdict}\n")
        lines.append(f"**{labels['signatures']}**\n")
        if part.observation:
            lines += [f"## {labels['observation']}\n", f"| {labels['time']} | {labels['observed']} | "
                      f"{labels['which-criterion']} |", "|---|---|---|", *["| | | |"] * 14, ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--candidates", type=int, default=40)
    args = parser.parse_args()
    if shutil.which("pandoc") is None:
        sys.exit("pandoc is needed for the baseline: apt-get install pandoc")
    referential = load_referential()
    assessments = [a.id for a in referential.assessments]
    names = [f"Candidat·e {i + 1:02d}" for i in range(args.candidates)]
    work = Path(tempfile.mkdtemp(prefix="bench-grid-"))

    def ours_workbook() -> None:
        plan = GridPlan.make(referential, [CLASS_TARGET], fmt="xlsx", output_dir=work / "ours", candidates=names)
        list(write_grids(plan, force=True))

    def ours_word() -> None:
        plan = GridPlan.make(referential, assessments, fmt="docx", output_dir=work / "ours")
        list(write_grids(plan, force=True))

    grids = [build_grid(referential, a, "fr") for a in assessments]

    def ours_word_in_memory() -> None:
        """The writer alone: the same documents saved to memory, without the atomic write to disk."""
        for grid in grids:
            document = _GridDocument(grid)
            document.build()
            document.doc.save(io.BytesIO())

    md = work / "md"
    md.mkdir()
    sources = []
    for assessment in assessments:
        source = md / f"{assessment}.md"
        source.write_text(grid_markdown(build_grid(referential, assessment, "fr")), encoding="utf-8")
        sources.append(source)
    class_grid = build_grid(referential, CLASS_TARGET, "fr")
    class_source = md / "class.md"
    class_source.write_text("\n\n".join(grid_markdown(class_grid, n) for n in names), encoding="utf-8")

    def pandoc_word() -> None:
        for source in sources:
            subprocess.run(["pandoc", str(source), "-o", str(source.with_suffix(".docx"))], check=True)

    def pandoc_class() -> None:
        subprocess.run(["pandoc", str(class_source), "-o", str(class_source.with_suffix(".docx"))], check=True)

    ours_word()
    ours_workbook()  # warm the caches a long-running process would have
    t_book, t_class = best_of(args.repeat, ours_workbook), best_of(args.repeat, pandoc_class)
    t_word, t_pandoc = best_of(args.repeat, ours_word), best_of(args.repeat, pandoc_word)
    t_memory = best_of(args.repeat, ours_word_in_memory)
    print(f"Jury grids, best of {args.repeat}")
    print(f"  {CLASS_TARGET} for {args.candidates} candidates:")
    print(f"    baseline pandoc (md -> docx, {args.candidates} grids):   {t_class:7.3f} s")
    print(f"    mind-templates workbook (xlsx, {args.candidates} sheets + summary): {t_book:7.3f} s"
          f"  -> {t_class / t_book:5.1f}x faster than pandoc")
    print(f"  Word grids of the {len(assessments)} assessments:")
    print(f"    baseline pandoc (md -> docx, one call each): {t_pandoc:7.3f} s")
    print(f"    mind-templates (docx):                       {t_word:7.3f} s"
          f"  -> {t_pandoc / t_word:5.1f}x faster than pandoc")
    print(f"    of which the writer alone (saved to memory): {t_memory:7.3f} s"
          f"  -> {t_pandoc / t_memory:5.1f}x; the rest is the atomic write (temporary file, fsync, rename)")
    total_ours, total_pandoc = t_book + t_word, t_class + t_pandoc
    print(f"  together: {total_ours:.3f} s vs {total_pandoc:.3f} s -> {total_pandoc / total_ours:5.1f}x")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
