"""`check --format html`: the class report, one self-contained HTML file a teacher opens from a USB stick.

No network: styles and the small sorting script are inline, and a Content-Security-Policy allows nothing
else (the script is allowed by its hash). Without scripts the table is still complete, in candidate order.
The page is the Jinja2 template `templates/html/class_report.html.j2`; every word on it is translated here,
so the template holds markup only.
"""

from __future__ import annotations

import base64
import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence

from ... import resources
from ...i18n import Interface, format_date, language_tag
from ..labels import SECTION_STATUS_SYMBOLS, Labels
from ..model import COVERAGE_STATUSES, SECTION_STATUSES, FileReport
from . import ReportFormat

TEMPLATE = "class_report.html.j2"

# Sorts the submissions table by the column whose header button is pressed; keys are in data-key attributes.
SORT_SCRIPT = """
document.querySelectorAll("table.sortable").forEach(function (table) {
  var heads = table.querySelectorAll("thead th[data-sort]");
  heads.forEach(function (th, n) {
    var button = document.createElement("button");
    button.type = "button";
    while (th.firstChild) { button.appendChild(th.firstChild); }
    th.appendChild(button);
    button.addEventListener("click", function () {
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      var column = th.getAttribute("data-sort");
      rows.sort(function (a, b) {
        var x = a.getAttribute("data-" + column), y = b.getAttribute("data-" + column);
        var c = x.localeCompare(y, document.documentElement.lang, {numeric: true});
        return ascending ? c : -c;
      });
      rows.forEach(function (row) { body.appendChild(row); });
      heads.forEach(function (other) { other.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    });
  });
});
""".strip()

# Heat map shades: (upper bound of the share, background, text); every pair has a contrast of at least 4.5:1.
HEAT_SHADES = ((0.2, "#f1f5f9", "#0f172a"), (0.4, "#dbeafe", "#0f172a"), (0.6, "#93c5fd", "#0f172a"),
               (0.8, "#1d4ed8", "#ffffff"), (1.01, "#1e3a8a", "#ffffff"))
STATUS_RANK = {"error": 0, "fail": 1, "pass": 2}


@dataclass
class _Row:
    anchor: str
    report: FileReport
    name: str
    who: str
    status: str
    cells: list[tuple[str, str, str]]  # per section column: (status, label, symbol)
    counts: dict[str, int]
    facts: list[str]  # "Deliverable: …", "Project: …", "File: …" in the report language


@dataclass
class _Group:
    deliverable: str | None
    title: str
    columns: list[tuple[str, str, str]] = field(default_factory=list)  # (section id, number, title)
    name: str | None = None  # the deliverable's title in the report's language, for the submissions table
    rows: list[_Row] = field(default_factory=list)
    heat: list[dict[str, Any]] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)
    kinds: list[tuple[str, str]] = field(default_factory=list)  # (finding code, "12 of 28 submissions")


def _script_hash() -> str:
    digest = hashlib.sha256(SORT_SCRIPT.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


@lru_cache(maxsize=1)
def _template() -> Any:
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    environment = Environment(loader=FileSystemLoader(str(resources.templates_dir() / "html")),
                              autoescape=select_autoescape(["html", "j2"]), trim_blocks=True, lstrip_blocks=True)
    return environment.get_template(TEMPLATE)


def _heat_shade(share: float) -> tuple[str, str]:
    return next((bg, fg) for bound, bg, fg in HEAT_SHADES if share < bound)


def _text_lang(referential: Any, lang: str) -> str | None:
    if referential is None:
        return None
    return lang if lang in referential.languages else referential.languages[0]


def build_groups(reports: Sequence[FileReport], *, lang: str, strict: bool, referential: Any) -> list[_Group]:
    """Submissions grouped by deliverable (unidentified and unreadable files last), each group with its
    section columns, its criteria heat map and its most frequent problems."""
    labels = Labels(lang)
    i18n = Interface(lang)
    text_lang = _text_lang(referential, lang)
    by_deliverable: dict[str | None, list[tuple[int, FileReport]]] = defaultdict(list)
    for n, report in enumerate(reports, start=1):
        by_deliverable[report.deliverable].append((n, report))

    groups = []
    def shown(deliverable_id: str | None) -> str | None:  # the name a reader sees, and the groups' order
        deliverable = referential.get_deliverable(deliverable_id) if referential and deliverable_id else None
        return deliverable.title[text_lang] if deliverable is not None else deliverable_id

    for deliverable_id in sorted(by_deliverable, key=lambda d: (d is None, (shown(d) or "").casefold())):
        members = by_deliverable[deliverable_id]
        deliverable = referential.get_deliverable(deliverable_id) if referential and deliverable_id else None
        name = shown(deliverable_id)
        if deliverable is not None:
            title = f"{name} ({deliverable_id})"
            columns = [(s.id, number.rstrip("."), s.title[text_lang])
                       for s, number in zip(deliverable.sections, deliverable.outline_numbers())]
        else:
            title = deliverable_id or i18n.gettext("Not identified or unreadable")
            seen = dict.fromkeys(s.id for _, r in members for s in r.sections)
            columns = [(sid, str(k), sid) for k, sid in enumerate(seen, start=1)]
        group = _Group(deliverable_id, title, columns, name)
        for n, report in sorted(members, key=lambda m: (m[1].submitter.label.casefold(), m[1].file)):
            status = {s.id: s.status for s in report.sections}
            cells = [(status[c], labels.section_status(status[c]), SECTION_STATUS_SYMBOLS[status[c]])
                     if c in status else ("none", "", "") for c, _, _ in columns]
            facts = [i18n.gettext("Deliverable: {title}", title=title)]
            if report.submitter.project:
                facts.append(i18n.gettext("Project: {project}", project=report.submitter.project))
            facts.append(i18n.gettext("File: {file}", file=report.file))
            group.rows.append(_Row(f"sub-{n}", report, Path(report.file).name, report.submitter.label,
                                   report.status(strict), cells, report.section_counts(), facts))
        # By criterion id: a deck answers only the sections it presents, so its criteria may be fewer than
        # the Word file's of the same deliverable. The share is of the submissions the criterion applies to.
        by_criterion: dict[str, Counter[str]] = {}
        for _, report in members:
            for criterion in report.coverage:
                by_criterion.setdefault(criterion.id, Counter())[criterion.status] += 1
        for criterion_id, statuses in by_criterion.items():
            share = statuses["covered"] / sum(statuses.values())
            background, colour = _heat_shade(share)
            group.heat.append({
                "id": criterion_id, "share": share, "percent": round(100 * share),
                "background": background, "colour": colour,
                "counts": ", ".join(i18n.gettext("{label}: {count}", label=labels.coverage_status(s),
                                                 count=statuses[s]) for s in COVERAGE_STATUSES),
            })
        kinds: Counter[str] = Counter()
        problems: Counter[tuple[str, str | None]] = Counter()
        example: dict[tuple[str, str | None], str] = {}
        for _, report in members:
            for finding in report.findings:
                key = (finding.code, finding.section)
                if key not in example:
                    example[key] = finding.message
            for key in {(f.code, f.section) for f in report.findings}:
                problems[key] += 1
            kinds.update({f.code for f in report.findings})
        group.problems = [
            # The plural follows the count: French says "1 rendu sur 28", English "1 of 28 submissions".
            (count, i18n.ngettext("{n} of {total} submissions: {message}", "{n} of {total} submissions: {message}",
                                  count, total=len(members), message=example[key]))
            for key, count in problems.most_common(10)
        ]
        group.kinds = [(code, i18n.ngettext("{n} of {total} submissions", "{n} of {total} submissions", count,
                                            total=len(members))) for code, count in kinds.most_common()]
        groups.append(group)
    return groups


def render_html(reports: Sequence[FileReport], *, lang: str = "en", strict: bool = False, referential: Any = None,
                today: date | None = None) -> str:
    labels = Labels(lang)
    i18n = Interface(lang)
    _ = i18n.gettext
    groups = build_groups(reports, lang=lang, strict=strict, referential=referential)
    statuses = Counter(r.status(strict) for r in reports)
    texts = {
        "title": _("Class report"),
        "generated": _("Checked on {date}", date=format_date(today or date.today(), lang)),
        "summary": i18n.ngettext(
            "{n} submission: {passed} passed, {failed} failed, {errors} unreadable.",
            "{n} submissions: {passed} passed, {failed} failed, {errors} unreadable.",
            len(reports), passed=statuses["pass"], failed=statuses["fail"], errors=statuses["error"]),
        "submissions": _("Submissions"),
        "heat": _("Criteria: share of the class covering each"),
        "heat_note": _("A criterion is covered when every section citing it is ok."),
        "problems": _("Most frequent problems"),
        "kinds": _("By kind of problem"),
        "by_section": _("By section"),
        "no_problems": _("No problems found."),
        "details": _("Details of each submission"),
        "legend": _("Sections"),
        "no_findings": _("No findings."),
        "back": _("Back to the table"),
        "unknown": _("unknown"),
        "contents": _("Deliverables"),
    }
    columns = {key: labels.column(key) for key in ("file", "deliverable", "who", "status", "severity", "code", "message")}
    return _template().render(
        lang=language_tag(lang), texts=texts, columns=columns, groups=groups, labels=labels,
        statuses=SECTION_STATUSES, status_rank=STATUS_RANK, symbols=SECTION_STATUS_SYMBOLS,
        script=SORT_SCRIPT, script_hash=_script_hash(),
    )


class HtmlReport(ReportFormat):
    def end(self, reports: Sequence[FileReport]) -> str:
        return render_html(reports, lang=self.lang, strict=self.strict, referential=self.referential) + "\n"


FORMAT = HtmlReport
