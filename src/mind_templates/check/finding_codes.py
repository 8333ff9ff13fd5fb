"""Every finding `check` can report, declared once: code, severity, message ids, and its line in docs/check.md.

Like markdownlint's rules: `FindingMaker` builds findings from these, docs/check.md's "Finding codes" table
is tested against `docs_table()`, and `FINDING_SEVERITY` (check.model) is derived from them. A new finding
is one entry here, one method of FindingMaker, and its catalog entries.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

from ..i18n import N_, N_plural


@dataclass(frozen=True)
class FindingCode:
    code: str
    severity: str  # default severity: "error", "warning" or "info"
    doc: str  # the "Meaning" column of docs/check.md
    # Message ids, by variant ("" is the usual one); a (singular, plural) pair for ngettext.
    messages: Mapping[str, str | tuple[str, str]] = field(default_factory=dict)


FINDINGS = (
    FindingCode("missing-section", "error",
                "A required section was not found: no marker, no heading matching its title or an alias.", {
                    "": N_("Section “{title}” is missing: add a heading “{heading}” and write the section under it."),
                    "deck": N_("Section “{title}” is missing: add a slide titled “{heading}” for it."),
                    # Appended: the heading that came closest and why it was refused (check.matching.Closest).
                    "taken": N_("The closest heading, “{heading}”, was taken for section “{other}”."),
                    "order": N_("The closest heading, “{heading}”, is out of the expected order."),
                    "weak": N_("The closest heading, “{heading}”, and the text under it are too far from this"
                               " section's title and subject."),
                }),
    FindingCode("empty-section", "error", "The section's heading is there but nothing is written under it.", {
        "": N_("Section “{title}” is empty: write its content under its heading."),
    }),
    FindingCode("placeholder-left", "error",
                "The section still holds our prompt text (`[...]`) instead of the student's.", {
                    "": N_("Section “{title}” still holds only the template's prompt: replace it with your own text."),
                    "with-content": N_("Section “{title}” still holds prompt text from the template: delete it, your"
                                       " own text is there."),
                }),
    FindingCode("table-unfilled", "error", "A required table whose body cells are still empty.", {
        "": N_("The table of section “{title}” is still empty: fill in its cells."),
    }),
    FindingCode("figure-missing", "error", "A figure section with no image.", {
        "": N_("Section “{title}” has no figure: insert the picture or diagram it asks for."),
        "named": N_("Section “{title}” has no figure: insert {what}."),
    }),
    FindingCode("guidance-left", "warning",
                "The guidance box (\"What the jury looks for\", \"Tips:\") was not deleted.", {
                    "": N_("Section “{title}” still holds the guidance box (“What the jury looks for”, “Tips”): delete"
                           " it before you submit."),
                }),
    FindingCode("thin-section", "warning", "The section has fewer words than its minimum (or `--min-words`).", {
        "": N_plural("Section “{title}” has {n} word: develop it to at least {minimum} words.",
                     "Section “{title}” has {n} words: develop it to at least {minimum} words."),
    }),
    FindingCode("wrong-language", "warning",
                "The body is not in the deliverable's document language, or a deck's notes not in the oral language.", {
                    "": N_("The document is written in {found}, but this deliverable is expected in {expected}:"
                           " write it in {expected}."),
                    "notes": N_("The speaker notes are written in {found}, but the oral of this deliverable is in"
                                " {expected}: write the notes in {expected}."),
                }),
    FindingCode("notes-missing", "warning", "A deck's slides have no speaker notes.", {
        "": N_("Slide {slide} (“{title}”) has no speaker notes: write what you will say in the notes."),
    }),
    FindingCode("macros-ignored", "warning",
                "A `.docm`/`.pptm` or a file with a VBA project: checked, macros ignored and never run.", {
                    "": N_("The file contains macros: they were ignored and never run. Save it as .docx or .pptx unless"
                           " the macros are required."),
                }),
    FindingCode("wrong-extension", "warning",
                "A Word document named `.pptx` (or a presentation named `.docx`): checked for what it holds, but Office"
                " would open it in the wrong program, which fails; rename it before handing it in.", {
                    "": N_("This is a Word document named {suffix}: Office would open it in PowerPoint, which"
                           " fails. Rename it to .docx before you hand it in."),
                    "pptx": N_("This is a PowerPoint presentation named {suffix}: Office would open it in Word, which"
                               " fails. Rename it to .pptx before you hand it in."),
                }),
    FindingCode("out-of-order", "info", "Sections are present but not in the deliverable's order.", {
        "": N_("Section “{title}” is out of order: move it after “{previous}”."),
        "first": N_("Section “{title}” is out of order: move it to the start of the document."),
    }),
    FindingCode("deliverable-guessed", "info",
                "The deliverable was guessed from the headings: say `--deliverable` if the guess is wrong.", {
                    "": N_("Identified as “{title}” ({id}) from its headings, with confidence {percent}%: if this is"
                           " wrong, run check again with --deliverable ID."),
                    "cover": N_("Identified as “{title}” ({id}) from its cover page, which names it, and its sections"
                                " ({percent}% found): if this is wrong, run check again with --deliverable ID."),
                    "runner-up": N_("The next best match was {id}."),
                }),
    FindingCode("deliverable-mismatch", "warning",
                "`--deliverable` names another deliverable than the one the file was generated for: check the option"
                " (a mixed folder needs no `--deliverable`).", {
                    "": N_("This file was generated for {marked} but is checked as {chosen} (--deliverable): if that is"
                           " a mistake, run check again without --deliverable or with the right id."),
                }),
    # The headings match no deliverable well enough: nothing was checked; the fix is --deliverable.
    FindingCode("deliverable-unknown", "error",
                "No marker, and the headings match no deliverable well enough: nothing was checked; run again with"
                " `--deliverable`.", {
                    "": N_("Could not tell which deliverable this document is: its headings match none well enough."
                           " Run check again with --deliverable ID (mind-templates list shows the ids)."),
                    "closest": N_("The closest is {id}, with confidence {percent}%."),
                }),
)
BY_CODE = {finding.code: finding for finding in FINDINGS}


def docs_table() -> str:
    """The "Finding codes" table of docs/check.md, as it must read."""
    rows = [f"| `{f.code}` | {f.severity} | {f.doc} |" for f in FINDINGS]
    return "\n".join(["| Code | Severity | Meaning |", "|---|---|---|", *rows])
