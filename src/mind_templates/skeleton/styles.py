"""Style and shape names a skeleton uses, so the writers apply them and the readers recognise them.

Word recognises styles by name (ids differ between programs); all of ours start with PREFIX.
"""

from __future__ import annotations

PREFIX = "MT "
GUIDANCE = "MT Guidance"  # the guidance box; "MT Guidance Item" and any other "MT Guidance…" count too
GUIDANCE_ITEM = "MT Guidance Item"
PLACEHOLDER = "MT Placeholder"  # a run of prompt text the student replaces
FIGURE = "MT Figure"
COVER_FIELD = "MT Cover Field"
TABLE_TEXT = "MT Table Text"


def heading(level: int) -> str:
    return f"Heading {level}"
