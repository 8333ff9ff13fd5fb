"""Speed of writing every deliverable's Word skeleton, against pandoc writing the same skeletons from Markdown.

Run: python bench/bench_docx.py [--repeat 3]
Baseline, measured in the same run: `pandoc skeleton.md -o skeleton.docx`, one call per deliverable.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from skeleton_markdown import skeleton_markdown  # noqa: E402
from timing import best_of  # noqa: E402

from mind_templates import load_referential  # noqa: E402
from mind_templates.generate import GenerationPlan, generate  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if shutil.which("pandoc") is None:
        sys.exit("pandoc is needed for the baseline: apt-get install pandoc")
    referential = load_referential()
    deliverables = list(referential.deliverables)
    work = Path(tempfile.mkdtemp(prefix="bench-docx-"))

    def ours_in_process() -> None:
        plan = GenerationPlan.make(referential, deliverables, fmt="docx", output_dir=work / "ours")
        list(generate(plan, force=True))

    def ours_cli() -> None:
        subprocess.run([sys.executable, "-m", "mind_templates", "new", *[d.id for d in deliverables],
                        "--format", "docx", "-o", str(work / "cli"), "--force"], check=True, capture_output=True)

    sources = []
    for d in deliverables:
        md = work / "md" / f"{d.id}.md"
        md.parent.mkdir(parents=True, exist_ok=True)
        md.write_text(skeleton_markdown(referential, d, d.document_language), encoding="utf-8")
        sources.append(md)

    def pandoc() -> None:
        for md in sources:
            subprocess.run(["pandoc", str(md), "-o", str(md.with_suffix(".docx"))], check=True)

    ours_in_process()  # warm the caches a long-running process would have
    t_ours = best_of(args.repeat, ours_in_process)
    t_cli = best_of(args.repeat, ours_cli)
    t_pandoc = best_of(args.repeat, pandoc)
    n = len(deliverables)
    print(f"{n} Word skeletons, best of {args.repeat}")
    print(f"  baseline pandoc (md -> docx, one call each): {t_pandoc:7.3f} s  ({t_pandoc / n * 1000:6.1f} ms/file)")
    print(f"  mind-templates, one process (library):      {t_ours:7.3f} s  ({t_ours / n * 1000:6.1f} ms/file)"
          f"  -> {t_pandoc / t_ours:5.1f}x faster than pandoc")
    print(f"  mind-templates new (CLI, incl. start-up):    {t_cli:7.3f} s  ({t_cli / n * 1000:6.1f} ms/file)"
          f"  -> {t_pandoc / t_cli:5.1f}x faster than pandoc")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
