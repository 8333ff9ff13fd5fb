"""Speed of writing every deck (deliverables with an oral), against pandoc writing equivalent decks from Markdown.

Run: python bench/bench_pptx.py [--repeat 3]
Both sets run in the same process, one after the other, best of --repeat each:
- mind-templates: `write_pptx` for every deliverable whose formats include pptx, in one process;
- baseline: `pandoc deck.md -o deck.pptx`, one call per deliverable, from a Markdown skeleton with the same
  slides (title, agenda, one `#` slide per section with its bullets or table, closing slides) and the same
  speaker notes in `::: notes` blocks (French by default).
Nothing is asserted: the numbers are for people.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from timing import best_of

from mind_templates.referential import load_referential
from mind_templates.writers.common import RenderRequest
from mind_templates.writers.pptx import bullet_prompts, format_duration, plan_deck, write_pptx


def notes_block(lines: list[str]) -> list[str]:
    return ["", "::: notes", *lines, ":::", ""]


def deck_markdown(request: RenderRequest) -> str:
    """The same deck as Markdown for pandoc: same slides, bullets, table headers and notes."""
    r, oral = request, request.oral_lang
    deliverable = r.deliverable
    lines = ["---", f'title: "{r.text(deliverable.title)}"', f'author: "{r.placeholder("team")}"',
             f'date: "{r.field("date")}"', f"lang: {r.language_tag}", "---", ""]
    plan = {p.section.id: p for p in plan_deck(r) if p.section is not None}
    lines += ["# " + r.ui.gettext("Agenda"), ""] + [f"{i}. {r.text(s.title)}" for i, s in
                                                    enumerate((s for s in deliverable.presented_sections if s.level == 1), 1)]
    lines += notes_block([f"{i}. {r.text(s.title, oral)}" for i, s in enumerate(deliverable.presented_sections, 1) if s.level == 1])
    for section in deliverable.presented_sections:
        lines += [f"# {r.text(section.title)}", ""]
        if section.columns:
            header = [r.text(c) for c in section.columns][:6]
            labels = [r.text(row) for row in section.rows] or [" "] * 3
            lines += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
            lines += ["| " + " | ".join([label] + [" "] * (len(header) - 1)) + " |" for label in labels]
        else:
            lines += [f"- {b}" for b in bullet_prompts(r, section, 3)]
        criteria = [f"- {c} — {r.referential.criterion(c).text[oral]}" for c in section.criteria]
        lines += notes_block([r.text(section.guidance, oral), "", *criteria, "",
                              r.oral_ui.gettext("Suggested time: {time}", time=format_duration(plan[section.id].seconds, r))])
    lines += ["# " + r.ui.gettext("Key takeaways"), "", *(f"- {r.text(q.text)}" for q in deliverable.seed_requirements)]
    lines += ["# " + r.ui.gettext("Questions and objections"), "",
              f"| {r.ui.gettext('Question or objection')} | {r.ui.gettext('Prepared answer')} |", "|---|---|",
              *["| | |"] * 3]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    referential = load_referential()
    requests = [RenderRequest(referential, d, d.document_language, d.oral_language)
                for d in referential.deliverables if "pptx" in d.formats]
    work = Path(tempfile.mkdtemp(prefix="bench-pptx-"))

    def ours() -> None:
        for request in requests:
            write_pptx(request, work / f"{request.deliverable.id}.pptx")

    ours()  # warm the caches a long-running process has (base deck, layouts, catalogs)
    t_ours = best_of(args.repeat, ours)
    n = len(requests)
    print(f"{n} decks, best of {args.repeat}")
    print(f"  mind-templates, one process:            {t_ours:7.3f} s  ({t_ours / n * 1000:6.1f} ms/deck)")
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        print("  pandoc is not installed: no baseline (apt-get install pandoc)")
        return
    sources = []
    for request in requests:
        source = work / "md" / f"{request.deliverable.id}.md"
        source.parent.mkdir(exist_ok=True)
        source.write_text(deck_markdown(request), encoding="utf-8")
        sources.append(source)

    def baseline() -> None:
        for source in sources:
            subprocess.run([pandoc, str(source), "-o", str(source.with_suffix(".pptx"))], check=True)

    t_pandoc = best_of(args.repeat, baseline)
    version = subprocess.run([pandoc, "--version"], capture_output=True, text=True).stdout.split("\n")[0].split()[-1]
    print(f"  pandoc {version}, one call per deck:     {t_pandoc:7.3f} s  ({t_pandoc / n * 1000:6.1f} ms/deck)")
    print(f"mind-templates is {t_pandoc / t_ours:.1f}× faster than pandoc (baseline: pandoc {version})")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
