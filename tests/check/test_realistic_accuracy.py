"""Floors on check's accuracy on the realistic labelled set (tests/check/realistic/), as bench/bench_accuracy.py
measures it: they hold what the matcher reached, so a change that loses ground fails here. No timing."""

from __future__ import annotations

from pathlib import Path

import pytest
from scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
LABELS = ROOT / "tests" / "check" / "realistic" / "labels.yaml"

# Reached when these floors were written (bench/bench_accuracy.py, run as a jury runs check). Development is what
# the matcher was tuned on: the first 38 documents and held-out rounds 1 to 29, each scored as held out before it
# was tuned on (round 1: 48.7 %; round 2: 44.7 %, then 67.5 %; round 3: 38.8 %, 70.0 %, then 80.6 %; round 4:
# 43.0 %, then 81.2 %; round 5: 76.4 %; round 6: 90.3 %; round 7: 85.9 %; round 8: 82.9 %; round 9: 85.1 %;
# round 10: 77.6 %, 11 of 12 identified; round 11: 83.5 %; round 12: 91.7 %; round 13: 83.7 %; round 14: 92.5 %;
# round 15: 90.5 %; round 16: 88.5 %, 11 of 12 identified; round 17: 89.2 %; round 18: 88.7 %, 11 of 12
# identified; round 19: 93.0 %; round 20: 93.0 %; round 21: 94.0 %; round 22: 96.8 %; round 23: 90.6 %; round 24:
# 87.8 %; round 25: 92.2 %; round 26: 92.9 %, 6.3 % false missing, 1 of 12 absent sections reported present;
# round 27: 82.0 %, 18.2 %, 1 of 13, 11 of 12 identified; round 28: 85.9 %, 10.3 %, 6 of 16; round 29: 94.5 %,
# 3.4 %, 2 of 14). A deck is scored on the sections its deck presents (bench/bench_accuracy.py).
# Rounds 30 to 47 are in tests/check/realistic/README.md and docs/check.md. Round 48 (12 documents `h48_*`,
# labelled before check first ran on them, scored once with the matcher of 77ef6ed, never tuned on): 93.5 % agreement,
# 4.9 % false missing, 1 of 11 absent sections reported present, 12 of 12 identified; 76ece7a scores 91.0 %, 7.6 %,
# 1 of 11. Round 49 (12 documents `h49_*`, scored once with the matcher of ee0066c): 95.5 %, 3.4 %,
# 1 of 8, 12 of 12 identified; 76ece7a 93.6 %, 3.4 %, 1 of 8. Round 50 (`h50_*`, ee0066c): 93.2 %, 5.8 %,
# 0 of 8, 12 of 12; 76ece7a 91.8 %, 7.2 %, 0 of 8; after a change made with its business-plan deck in view (a part
# joins its first sub-section found), 93.8 %, 5.1 %, 0 of 8. Round 51 (`h51_*`, b57042d): 96.5 %, 2.9 %,
# 1 of 8, 12 of 12; 76ece7a 93.1 %, 5.1 %, 2 of 8; after a change made with its prototype-test deck in view (quoted
# people are verbatims), 97.9 %, 2.2 %, 0 of 8. Round 52 (`h52_*`, f0fdd2e; ee0066c the same): 96.8 %,
# 2.1 %, 0 of 10, 12 of 12: all three goals; 76ece7a 89.6 %, 9.0 %, 0 of 10. Round 53 (`h53_*`, 0ea8e03;
# ee0066c the same): 93.8 %, 4.5 %, 2 of 11, 12 of 12; 76ece7a 91.7 %, 6.0 %, 2 of 11. Round 54 (`h54_*`,
# 49f37fb): 95.6 %, 4.7 %, 0 of 10, 12 of 12: all three goals; ee0066c 95.0 %, 5.3 %; 76ece7a 92.5 %, 7.3 %.
# Round 55 (`h55_*`, cee0bd1; ee0066c the same): 89.0 %, 10.9 %, 1 of 9, 11 of 12 (a motivation guide taken
# for a reframing guide); 76ece7a 84.2 %, 16.1 %, 1 of 9, 10 of 12; after the motivation guide's French name
# "Entretien de remobilisation", read on that guide's cover, 94.5 %, 4.4 %, 1 of 9, 12 of 12. Held-out round 56
# (`h56_*`, ac1507a; ee0066c the same): 97.4 %, 2.1 %, 1 of 9, 12 of 12; 76ece7a 94.0 %, 4.9 %, 1 of 9.
# Rounds 57 to 64, each scored once with the matcher of its day: 90.2 %, 94.4 %, 94.9 %, 90.6 % (11 of 12
# identified), 84.7 % (11 of 12), 98.0 % (all three goals), 94.1 %, 95.8 % (all three goals); together 92.8 %,
# 6.1 %, 13 of 74 absent sections reported present, 94 of 96 identified; 76ece7a 91.4 %, 7.3 %, 15 of 74, 95 of 96.
# Held-out round 64 (`h64_*`, d6fb569): 95.8 %, 4.5 %, 0 of 9, 12 of 12; 76ece7a 94.0 %, 6.4 %, 0 of 9.
FLOORS = {
    # part: (min agreement, max false-missing rate, min documents identified, max absent sections reported present)
    "development": (0.955, 0.035, 788, 78),  # the goal is 0 false ok: docs/check.md lists them
    "held-out": (0.957, 0.045, 12, 0),
}


def _bench():
    return load_script("bench_accuracy", ROOT / "bench" / "bench_accuracy.py")


@pytest.fixture(scope="module", params=sorted(FLOORS))
def part(request):
    if not LABELS.is_file():
        pytest.skip(f"the realistic set is not here ({LABELS})")
    return request.param, _bench().score(LABELS, part=request.param)


def test_agreement_floor(part):
    name, score = part
    print(f"\n{name}\n" + _bench().render(score))
    assert score.total.agree / score.total.sections >= FLOORS[name][0]


def test_present_sections_reported_missing_ceiling(part):
    name, score = part
    assert score.total.false_missing / score.total.present <= FLOORS[name][1]


def test_no_absent_section_reported_present(part):
    name, score = part
    assert score.total.false_ok <= FLOORS[name][3]


def test_documents_identified_floor(part):
    name, score = part
    assert score.identified >= FLOORS[name][2]
