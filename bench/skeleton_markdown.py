"""The pandoc baseline's input: each deliverable's skeleton as Markdown, with the same outline, guidance and tables."""

from __future__ import annotations

from mind_templates.model import Deliverable, Referential


def skeleton_markdown(referential: Referential, deliverable: Deliverable, lang: str, notes_lang: str | None = None,
                      slides: bool = False) -> str:
    """Markdown equivalent of our skeleton; with `slides`, one slide per section and `::: notes` blocks."""
    lines = [f"---\ntitle: \"{deliverable.title[lang]}\"\nlang: {lang}\n---\n"]
    for section in deliverable.sections:
        level = 1 if slides else section.level
        lines.append(f"{'#' * level} {section.title[lang]}\n")
        criteria = [f"{c} {referential.criterion(c).text[lang]}" for c in section.criteria]
        if slides:
            lines.extend(f"- {section.guidance[lang][:80]}" for _ in (0,))
            lines.append("\n::: notes")
            lines.append(section.guidance[notes_lang or lang])
            lines.extend(f"- {c} {referential.criterion(c).text[notes_lang or lang]}" for c in section.criteria)
            lines.append(":::\n")
            continue
        lines.append("> " + "\n> ".join(["**What the jury looks for**", *(f"- {c}" for c in criteria),
                                          f"**Tips:** {section.guidance[lang]}"]) + "\n")
        if section.prompt is not None:
            lines.append(f"*{section.prompt[lang]}*\n")
        if section.columns:
            header = [c[lang] for c in section.columns]
            lines.append("| " + " | ".join(header) + " |")
            lines.append("|" + "---|" * len(header))
            for r in range(len(section.rows) or 3):
                label = section.rows[r][lang] if section.rows else " "
                lines.append("| " + " | ".join([label] + [" "] * (len(header) - 1)) + " |")
            lines.append("")
        for cell in section.cells:
            lines.append(f"**{cell.title[lang]}**: *{cell.prompt[lang]}*\n")
        if section.figure is not None:
            lines.append(f"*[Insert figure: {section.figure[lang]}]*\n")
    return "\n".join(lines)
