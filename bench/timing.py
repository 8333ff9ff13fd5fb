"""Timing shared by the benchmarks: the best of several runs, since noise only ever adds time."""

from __future__ import annotations

import time
from typing import Callable


def best_of(repeat: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)
