"""Measures the fuzzy heading-match threshold on heading variants built from the referential; run it to re-measure.

    python tests/check/fuzzy_threshold.py

Positives: every title and alias, in every language, as a student mistypes or rewords it (a typo, a dropped or
added word, a plural, swapped words, numbering). Each must match its own section and no other.
Negatives: headings students add of their own ("Our team", "Timeline"...), which must match no section.
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass

from rapidfuzz import fuzz

from mind_templates import load_referential
from mind_templates.check.matching import FUZZY_THRESHOLD, name_score
from mind_templates.normalise import heading_key

# Headings students write that are not sections of their deliverable (checked only where they are no exact alias).
STUDENT_HEADINGS = (
    "Our team", "Team presentation", "Acknowledgements", "Table of contents", "Timeline", "Project timeline",
    "Budget", "Glossary", "About us", "Context", "Project overview", "Key figures", "Sources and notes",
    "Contact", "Vision", "Mission", "Our values", "Roadmap", "Lessons learned", "Limits of the study",
    "Remerciements", "Sommaire", "Présentation de l'équipe", "Calendrier", "Contexte du projet",
    "Notre équipe", "Glossaire", "Feuille de route", "Limites de l'étude", "Planning", "Partners",
    "Marketing plan", "Communication plan", "Legal aspects", "Recruitment", "Organisation chart",
    "KPIs", "Dashboard", "Data model", "Architecture", "User stories", "Backlog", "Sprint review",
    "Test cases", "Introduction générale", "Annex 2: raw data", "Figures", "List of tables",
)
ADDED = ("Our ", "The ", "Project ", "1.2 ", "II. ")
SUFFIXES = (" overview", " of the project", " (draft)", " and notes", " du projet")


def variants(name: str, rng: random.Random) -> list[str]:
    words = name.split()
    out = []
    letters = [i for i, ch in enumerate(name) if ch.isalpha()]
    if len(letters) >= 6:
        i = rng.choice(letters[1:-1])
        out.append(name[:i] + name[i + 1 :])  # a letter dropped
        j = rng.choice(letters[1:-2])
        out.append(name[:j] + name[j + 1] + name[j] + name[j + 2 :])  # two letters swapped
    if len(words) >= 3:
        k = rng.randrange(1, len(words))
        out.append(" ".join(words[:k] + words[k + 1 :]))  # a word dropped
    if len(words) >= 2:
        out.append(" ".join([words[1], words[0], *words[2:]]))  # words swapped
    out.append(rng.choice(ADDED) + name)
    out.append(name + rng.choice(SUFFIXES))
    out.append(name + "s")
    out.append(name.replace(" and ", " & ") if " and " in name else name.upper())
    return out


@dataclass
class Scores:
    correct: int = 0
    missed: int = 0
    wrong: int = 0
    false_positive: int = 0
    positives: int = 0
    negatives: int = 0


def cases(seed: int = 5, every: int = 1):
    """(deliverable, variant heading, expected section id or None); `every` > 1 keeps one deliverable in `every`."""
    rng = random.Random(seed)
    referential = load_referential()
    for deliverable in referential.deliverables[::every]:
        exact = {heading_key(n) for s in deliverable.sections for n in s.titles()}
        for section in deliverable.sections:
            for name in section.titles():
                for variant in variants(name, rng):
                    if heading_key(variant) not in exact:  # exact matches never reach the fuzzy stage
                        yield deliverable, variant, section.id
        for heading in STUDENT_HEADINGS:
            if heading_key(heading) not in exact:
                yield deliverable, heading, None


def best(scorer, deliverable, heading: str) -> tuple[float, str]:
    key = heading_key(heading)
    top = (0.0, "")
    for section in deliverable.sections:
        for name in section.titles():
            score = scorer(key, heading_key(name))
            if score > top[0]:
                top = (score, section.id)
    return top


def measure(scorer, thresholds, all_cases) -> dict[int, Scores]:
    results = {t: Scores() for t in thresholds}
    for deliverable, heading, expected in all_cases:
        score, section = best(scorer, deliverable, heading)
        for t, r in results.items():
            if expected is None:
                r.negatives += 1
                r.false_positive += score >= t
            else:
                r.positives += 1
                if score < t:
                    r.missed += 1
                elif section == expected:
                    r.correct += 1
                else:
                    r.wrong += 1
    return results


SCORERS = {
    "ours (check.matching.name_score)": name_score,
    "ratio": fuzz.ratio,
    "token_sort_ratio": fuzz.token_sort_ratio,
    "token_set_ratio": fuzz.token_set_ratio,
    "WRatio": fuzz.WRatio,
    "max(ratio, token_sort)": lambda a, b: max(fuzz.ratio(a, b), fuzz.token_sort_ratio(a, b)),
}


def main() -> None:
    all_cases = list(cases())
    thresholds = sorted({*range(60, 100, 4), int(FUZZY_THRESHOLD)})
    names = sys.argv[1:] or list(SCORERS)
    for name in names:
        print(f"== {name}")
        for t, r in measure(SCORERS[name], thresholds, all_cases).items():
            print(f"  t={t:3d} recall={r.correct / r.positives:.3f} wrong={r.wrong / r.positives:.3f}"
                  f" fp(student headings)={r.false_positive / r.negatives:.3f}"
                  f"  (n+={r.positives}, n-={r.negatives})")


if __name__ == "__main__":
    main()
