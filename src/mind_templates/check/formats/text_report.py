"""`check --format text`: a block per file as it is checked, coloured on a terminal, then a table of the files
(when there are several) and a one-line summary."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

from ...i18n import Interface
from ...normalise import heading_key
from ...terminal import printable
from ..labels import Labels
from ..model import SECTION_STATUSES, SEVERITIES, FileReport
from ..report import summary
from . import ReportFormat

_STATUS_COLOURS = {"pass": "green", "fail": "red", "error": "magenta"}
_SECTION_COLOURS = {"ok": "green", "thin": "yellow", "placeholder": "red", "empty": "red", "missing": "red"}
_SEVERITY_COLOURS = {"error": "red", "warning": "yellow", "info": "cyan"}
_ANSI_COLOURS = {"red": 31, "green": 32, "yellow": 33, "blue": 34, "magenta": 35, "cyan": 36, "white": 37}


def _style(text: str, colour: str | None = None, bold: bool = False, dim: bool = False) -> str:
    """ANSI colour; the command line's echo drops it when the output is not a terminal or NO_COLOR is set.

    Written here rather than borrowed from click: the library never imports the command line's toolkit.
    """
    codes = [str(_ANSI_COLOURS[colour])] if colour else []
    codes += ["1"] if bold else []
    codes += ["2"] if dim else []
    return f"\x1b[{';'.join(codes)}m{text}\x1b[0m" if codes else text


def _deliverable(referential: Any, deliverable_id: str | None) -> Any:
    """The deliverable a report names, or the dossier of an assessment; None without a referential."""
    if referential is None or deliverable_id is None:
        return None
    from ...dossier import deliverable_or_dossier

    return deliverable_or_dossier(referential, deliverable_id)


def _section_title(deliverable: Any, section_id: str, text_lang: str) -> str:
    if deliverable is None:
        return ""
    try:
        section = deliverable.section(section_id)
    except StopIteration:
        return ""
    return section.title[text_lang]


def _found_as(section: Any, title: str, _: Any) -> str:
    """The heading that stands for a section when the author named it otherwise, so that a jury can check the
    match; said when only the text under it, or its place, placed it."""
    if not section.heading or heading_key(section.heading) == heading_key(title):
        return ""
    heading = printable(section.heading)  # read from the document
    if section.found_by == "content":
        return "  " + _("(as “{heading}”, by its content)", heading=heading)
    if section.found_by == "order":
        return "  " + _("(as “{heading}”, by its place between the sections found)", heading=heading)
    return "  " + _("(as “{heading}”)", heading=heading)


def _part_starts(deliverable: Any, text_lang: str, _: Any) -> dict[str, str]:
    """A dossier's report is read part by part: the first section id of each part -> "Part N: <title>"."""
    if deliverable is None:
        return {}
    return {part.sections[0].id: _("Part {n}: {title}", n=number, title=part.title[text_lang])
            for number, part in enumerate(deliverable.parts, 1) if part.sections}


def render_text_file(report: FileReport, *, lang: str = "en", strict: bool = False, referential: Any = None) -> str:
    """One file's report: verdict, deliverable, sections, findings, criteria coverage."""
    _ = Interface(lang).gettext
    labels = Labels(lang)
    status = report.status(strict)
    verdict = labels.file_status(status)
    # Names and messages (which quote the document's own text) are escaped: a terminal must not obey them.
    lines = [f"{_style(printable(report.file), bold=True)}  {_style(verdict, _STATUS_COLOURS[status], bold=True)}"]
    notes = [f"  {printable(note)}" for note in report.notes]
    if report.error is not None:
        lines.append(f"  {_style(report.error.code, 'magenta')}: {printable(report.error.message)}")
        lines.extend(notes)
        return "\n".join(lines)

    how = labels.identified_by(report.identified_by)
    deliverable = _deliverable(referential, report.deliverable)
    text_lang = (lang if lang in referential.languages else referential.languages[0]) if referential else lang
    if report.deliverable:
        title = " - " + deliverable.title[text_lang] if deliverable is not None else ""
        lines.append("  " + _("Deliverable: {id}{title} ({how}, confidence {confidence}%)",
                              id=report.deliverable, title=title, how=how,
                              confidence=round(100 * float(report.confidence))))
    else:
        lines.append("  " + _("Deliverable: not identified"))
    who = report.submitter.label
    if who:
        lines.append("  " + _("Handed in by: {who}", who=printable(who)))  # names read from the document

    if report.sections:
        lines.append("  " + _("Sections:"))
        id_width = max(len(s.id) for s in report.sections)
        # the same columns for every file of a run
        status_width = max(len(labels.section_status(s)) for s in SECTION_STATUSES)
        parts = _part_starts(deliverable, text_lang, _)
        for section in report.sections:
            if section.id in parts:
                lines.append("   " + parts[section.id])
            title = _section_title(deliverable, section.id, text_lang)
            state = _style(labels.section_status(section.status).ljust(status_width),
                           _SECTION_COLOURS.get(section.status))
            found = _found_as(section, title, _)
            lines.append(f"    {state}  {section.words:>6}  {section.id.ljust(id_width)}  {title}{found}".rstrip())

    if report.findings:
        lines.append("  " + _("Findings:"))
        code_width = max(len(f.code) for f in report.findings)
        severity_width = max(len(labels.severity(s)) for s in SEVERITIES)
        for finding in report.findings:
            severity = _style(labels.severity(finding.severity).ljust(severity_width),
                              _SEVERITY_COLOURS.get(finding.severity))
            where = f"[{finding.section}] " if finding.section else ""
            criteria = ""
            if finding.criteria:
                criteria = " " + _style("(" + _("criteria: {ids}", ids=", ".join(finding.criteria)) + ")", dim=True)
            lines.append(f"    {severity}  {finding.code.ljust(code_width)}  {where}{printable(finding.message)}{criteria}")
    else:
        lines.append("  " + _("No findings."))

    if report.coverage:
        lines.append("  " + labels.coverage_line(report.coverage))
        lines.extend("    " + labels.criterion_line(c) for c in report.coverage if c.status != "covered")
    if report.annotated:
        lines.append("  " + _("Annotated copy: {path}", path=printable(report.annotated)))
    lines.extend(notes)
    return "\n".join(lines)


def render_text_table(reports: Sequence[FileReport], *, lang: str = "en", strict: bool = False) -> str:
    """One line per file: file, deliverable, candidate or team, status, and how many sections have each status."""
    labels = Labels(lang)
    header = [labels.column("file"), labels.column("deliverable"), labels.column("who"), labels.column("status"),
              *(labels.section_status(s) for s in SECTION_STATUSES)]
    rows = []
    for report in reports:
        counts = report.section_counts()
        rows.append([printable(Path(report.file).name), report.deliverable or "-",
                     printable(report.submitter.label or "-"),
                     labels.file_status(report.status(strict)),
                     *(str(counts[s]) if report.sections else "-" for s in SECTION_STATUSES)])
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    numeric = set(range(4, len(header)))

    def line(row: list[str]) -> str:
        cells = [cell.rjust(w) if i in numeric else cell.ljust(w) for i, (cell, w) in enumerate(zip(row, widths))]
        return "  ".join(cells).rstrip()

    return "\n".join([_style(line(header), bold=True), *map(line, rows)])


def render_text_summary(reports: Sequence[FileReport], *, lang: str = "en", strict: bool = False) -> str:
    i18n = Interface(lang)
    counts = summary(reports, strict)
    line = i18n.ngettext(
        "{n} file checked: {passed} passed, {failed} failed, {errors} unreadable.",
        "{n} files checked: {passed} passed, {failed} failed, {errors} unreadable.",
        counts["files"], passed=counts["passed"], failed=counts["failed"], errors=counts["errors"],
    )
    colour = "green" if counts["exit_code"] == 0 else "red"
    table = render_text_table(reports, lang=lang, strict=strict) + "\n\n" if len(reports) > 1 else ""
    return table + _style(line, colour, bold=True)


def render_text(reports: Sequence[FileReport], *, lang: str = "en", strict: bool = False, referential: Any = None) -> str:
    parts = [render_text_file(r, lang=lang, strict=strict, referential=referential) for r in reports]
    parts.append(render_text_summary(reports, lang=lang, strict=strict))
    return "\n\n".join(parts)


class TextReport(ReportFormat):
    shows_notes = True

    def file(self, report: FileReport) -> str:
        return render_text_file(report, lang=self.lang, strict=self.strict, referential=self.referential) + "\n\n"

    def end(self, reports: Sequence[FileReport]) -> str:
        return render_text_summary(reports, lang=self.lang, strict=self.strict) + "\n"


FORMAT = TextReport
