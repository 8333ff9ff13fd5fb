"""Floors on check's accuracy on the realistic labelled set (tests/check/realistic/), as bench/bench_accuracy.py
measures it: they hold what the matcher reached, so a change that loses ground fails here. No timing."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LABELS = ROOT / "tests" / "check" / "realistic" / "labels.yaml"

# Reached when these floors were written (bench/bench_accuracy.py, run as a jury runs check). Development is what
# the matcher was tuned on: the first 38 documents and held-out round 1 (`ho_*`, scored once as held out at 48.7 %).
# Held-out round 2 (14 documents `h2_*`, labelled before check first ran on them): 44.7 % agreement and 6 of 14
# identified with the matcher before the gap rules (commit 5c453d2), 67.5 % and 11 of 14 with them, 1 absent section
# of 16 reported present.
FLOORS = {
    # part: (min agreement, max false-missing rate, min documents identified)
    "development": (0.87, 0.147, 42),
    "held-out": (0.67, 0.34, 11),
}
MAX_FALSE_OK = 1  # the goal is 0: see the figures above


def _bench():
    if "bench_accuracy" in sys.modules:
        return sys.modules["bench_accuracy"]
    spec = importlib.util.spec_from_file_location("bench_accuracy", ROOT / "bench" / "bench_accuracy.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_accuracy"] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


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
    assert part[1].total.false_ok <= MAX_FALSE_OK


def test_documents_identified_floor(part):
    name, score = part
    assert score.identified >= FLOORS[name][2]
