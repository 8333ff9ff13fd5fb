"""Values built once per object, such as a deliverable's name index or evidence profiles."""

from __future__ import annotations

from functools import wraps
from typing import Callable, TypeVar

K = TypeVar("K")
V = TypeVar("V")

# Objects remembered per function: a process checks against a few referentials and their deliverables.
MAX_OBJECTS = 256


def per_object(build: Callable[[K], V]) -> Callable[[K], V]:
    """`build(obj)`, kept per object by identity. A deliverable is a frozen dataclass holding mappings: it cannot
    be hashed, and comparing two would walk every section."""
    kept: dict[int, tuple[K, V]] = {}

    @wraps(build)
    def cached(obj: K) -> V:
        hit = kept.get(id(obj))
        if hit is not None and hit[0] is obj:  # the id of a collected object may be reused
            return hit[1]
        value = build(obj)
        if len(kept) > MAX_OBJECTS:
            kept.clear()
        kept[id(obj)] = (obj, value)
        return value

    return cached
