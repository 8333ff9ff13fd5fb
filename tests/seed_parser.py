"""Independent reader of the certification seed, used to check the referential against it."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

_ROW_START = re.compile(r"^(<p>)?<b>A\d\.\d</b>")
_TAG = re.compile(r"<[^>]+>")
_TOKEN = re.compile(
    r"<b>(?P<comp>C\d\.\d)</b>"
    r"|✓\s*(?P<group>.*?)(?=<ul|</p>|</li>|$)"
    r"|<li>\s*(?:○|o)\s+(?P<crit>.*?)</li>"
)


def normalise(text: str) -> str:
    """Collapse whitespace so that texts compare as a reader sees them."""
    return " ".join(text.split())


def _clean(fragment: str) -> str:
    return normalise(html.unescape(_TAG.sub("", fragment)))


@dataclass
class SeedCompetence:
    id: str
    block: int
    groups: list[tuple[str, list[str]]] = field(default_factory=list)

    @property
    def criteria(self) -> list[str]:
        return [c for _, items in self.groups for c in items]


@dataclass
class Seed:
    blocks: list[str]
    competences: list[SeedCompetence]
    rows: dict[str, list[str]]  # competence id -> the four table cells

    @property
    def criteria(self) -> dict[str, str]:
        """Criteria numbered as the referential numbers them: C1.3.5 is C1.3's fifth."""
        return {
            f"{comp.id}.{n}": text
            for comp in self.competences
            for n, text in enumerate(comp.criteria, start=1)
        }


def read_seed(path: Path) -> Seed:
    text = path.read_text(encoding="utf-8")
    table = text[text.index("REFERENTIEL METIER") :]
    blocks = [_clean(b) for b in re.findall(r"<b>(BLOC \d/[^<]*)</b>", table)]

    rows: list[list[str]] = []
    for line in table.splitlines():
        if _ROW_START.match(line):
            rows.append(line.split("\t"))
        elif rows and line.strip() and not line.startswith(("REFERENTIEL", "---", "<b>BLOC")):
            for i, cell in enumerate(line.split("\t")):  # a row the seed wrapped onto a second line
                if i < len(rows[-1]):
                    rows[-1][i] += " " + cell

    competences: list[SeedCompetence] = []
    cells_by_comp: dict[str, list[str]] = {}
    for cells in rows:
        comp_id = re.search(r"<b>(C\d\.\d)</b>", cells[1]).group(1)
        cells_by_comp[comp_id] = cells
        comp = SeedCompetence(comp_id, int(comp_id[1]))
        for match in _TOKEN.finditer(cells[3]):
            if match.group("group") is not None:
                comp.groups.append((_clean(match.group("group")).rstrip(" :"), []))
            elif match.group("crit") is not None:
                comp.groups[-1][1].append(_clean(match.group("crit")))
        competences.append(comp)
    return Seed(blocks, competences, cells_by_comp)


if __name__ == "__main__":
    import sys

    seed = read_seed(Path(sys.argv[1]))
    print(len(seed.blocks), "blocks;", len(seed.competences), "competences;", len(seed.criteria), "criteria")
    for comp in seed.competences:
        for g, items in comp.groups:
            print(comp.id, "|", g, "|", len(items))
