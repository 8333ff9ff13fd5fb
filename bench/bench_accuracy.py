"""Accuracy of `check` on the realistic labelled set (tests/check/realistic/): does it find sections as a jury does?

    python bench/bench_accuracy.py [--labels tests/check/realistic/labels.yaml] [--json] [--details]
                                   [--deliverable-known] [--part all|development|held-out]

Runs `check` on every document of the set, as a jury would (the deliverable is identified by check itself,
unless --deliverable-known), and compares each section's status with the label decided by hand. Prints:

- agreement: sections whose status is the label's;
- false missing: present sections (any label but `missing`) reported `missing`, over the present sections;
- false ok: absent sections (label `missing`) reported present in any status, over the absent sections;
- the same per label status and per path kind (scratch, skeleton, libreoffice, pandoc, deck);
- the confusion matrix (labels in rows, check's statuses in columns);
- with --details, every disagreement with the heading found and how.

A deck is scored on the sections its deliverable's deck presents, the ones check reports for it (until round 13,
thesis decks were scored on all 22 sections: the 12 no defence deck presents counted as found or missing).

`--part held-out` scores only the current held-out round (files named `h4_*`, written and labelled after the matcher
was tuned on the rest, and never tuned on); `--part development` the rest.

The numbers are for people and for tests/check/test_realistic_accuracy.py, which holds them as a floor.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from mind_templates.check.analyse import check_path  # noqa: E402
from mind_templates.check.model import SECTION_STATUSES, CheckOptions  # noqa: E402
from mind_templates.check.runner import DECK_EXTENSIONS  # noqa: E402
from mind_templates.referential import load_referential  # noqa: E402

LABELS = ROOT / "tests" / "check" / "realistic" / "labels.yaml"
ABSENT = "missing"
# File-name prefix of the current held-out round (tests/check/realistic/README.md). Rounds 1 (`ho_*`) to 3 (`h3_*`)
# were each scored as held out, then tuned on: they are part of development since the next round was written.
HELD_OUT = "h64_"
PARTS = ("all", "development", "held-out")


def in_part(document: dict, part: str) -> bool:
    held_out = Path(document["file"]).name.startswith(HELD_OUT)
    return part == "all" or held_out == (part == "held-out")


@dataclass
class Tally:
    sections: int = 0
    agree: int = 0
    present: int = 0
    false_missing: int = 0
    absent: int = 0
    false_ok: int = 0

    def add(self, label: str, got: str) -> None:
        self.sections += 1
        self.agree += label == got
        if label == ABSENT:
            self.absent += 1
            self.false_ok += got != ABSENT
        else:
            self.present += 1
            self.false_missing += got == ABSENT

    def as_dict(self) -> dict[str, float | int]:
        return {
            "sections": self.sections, "agree": self.agree, "agreement": _ratio(self.agree, self.sections),
            "present": self.present, "false_missing": self.false_missing,
            "false_missing_rate": _ratio(self.false_missing, self.present),
            "absent": self.absent, "false_ok": self.false_ok, "false_ok_rate": _ratio(self.false_ok, self.absent),
        }


@dataclass
class Score:
    total: Tally = field(default_factory=Tally)
    by_status: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_path: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    confusion: Counter = field(default_factory=Counter)  # (label, got) -> sections
    identified: int = 0
    documents: int = 0
    details: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "documents": self.documents, "identified": self.identified, **self.total.as_dict(),
            "by_status": {k: v.as_dict() for k, v in sorted(self.by_status.items())},
            "by_path": {k: v.as_dict() for k, v in sorted(self.by_path.items())},
            "confusion": {f"{label}->{got}": n for (label, got), n in sorted(self.confusion.items())},
        }


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def path_kind(document: dict) -> str:
    """scratch, skeleton, libreoffice, pandoc or deck: the way the document was written, from its label."""
    kind = str(document.get("path", "")).split("-")[0]
    return kind or "unknown"


def score(labels: Path = LABELS, *, deliverable_known: bool = False, part: str = "all") -> Score:
    referential = load_referential()
    data = yaml.safe_load(labels.read_text(encoding="utf-8"))
    result = Score()
    for document in (d for d in data["documents"] if in_part(d, part)):
        path = labels.parent / document["file"]
        options = CheckOptions(deliverable=document["deliverable"] if deliverable_known else None)
        report = check_path(path, referential, options)
        result.documents += 1
        identified = report.deliverable == document["deliverable"]
        result.identified += identified
        got = {s.id: s for s in report.sections} if identified else {}
        kind = path_kind(document)
        scored = _scored_sections(document, referential)
        for section_id, label in document["sections"].items():
            if section_id not in scored:
                continue
            expected = label["status"]
            found = got.get(section_id)
            status = found.status if found is not None else ABSENT
            result.total.add(expected, status)
            result.by_status[expected].add(expected, status)
            result.by_path[kind].add(expected, status)
            result.confusion[(expected, status)] += 1
            if status != expected:
                how = f"{found.found_by} {found.heading!r}, {found.words} words" if found and found.heading else ""
                result.details.append(f"{document['file']}: {section_id}: label {expected}"
                                      f" (heading {label.get('heading')!r}), check {status} {how}")
    return result


def _scored_sections(document: dict, referential) -> set[str]:
    """The sections check reports for this file: a deck's, those its deliverable's deck presents (the thesis
    defence presents 10 of the thesis's 22; the labels describe the file, every section)."""
    deliverable = referential.get_deliverable(document["deliverable"])
    if document["file"].endswith(DECK_EXTENSIONS):
        deliverable = deliverable.as_presented()
    return {s.id for s in deliverable.sections}


def render(result: Score) -> str:
    t = result.total
    lines = [
        f"documents {result.documents}, deliverable identified {result.identified}",
        f"agreement      {t.agree}/{t.sections} = {_ratio(t.agree, t.sections):.1%}",
        f"false missing  {t.false_missing}/{t.present} present sections = {_ratio(t.false_missing, t.present):.1%}",
        f"false ok       {t.false_ok}/{t.absent} absent sections = {_ratio(t.false_ok, t.absent):.1%}",
        "",
        f"{'':14}{'sections':>9}{'agree':>8}{'false missing':>15}{'false ok':>10}",
    ]
    for title, table in (("by label", result.by_status), ("by path", result.by_path)):
        lines.append(title)
        for name, tally in sorted(table.items()):
            lines.append(f"  {name:12}{tally.sections:>9}{_ratio(tally.agree, tally.sections):>8.0%}"
                         f"{tally.false_missing:>15}{tally.false_ok:>10}")
    statuses = [s for s in SECTION_STATUSES]
    lines += ["", "confusion (label \\ check) " + "".join(f"{s:>12}" for s in statuses)]
    for label in statuses:
        lines.append(f"  {label:24}" + "".join(f"{result.confusion[(label, got)]:>12}" for got in statuses))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--details", action="store_true", help="list every disagreement")
    parser.add_argument("--deliverable-known", action="store_true", help="pass each document's deliverable")
    parser.add_argument("--part", choices=PARTS, default="all", help="score the held-out round or the rest only")
    args = parser.parse_args()
    result = score(args.labels, deliverable_known=args.deliverable_known, part=args.part)
    print(json.dumps(result.as_dict(), indent=2) if args.json else render(result))
    if args.details:
        print("\n".join(["", *result.details]))


if __name__ == "__main__":
    main()
