"""Imported once by the fork server that starts check's workers, so that every worker is forked warm.

What each worker would otherwise load for itself, for about half a second: python-docx, python-pptx,
the analysis, the shipped referential and the texts derived from it. Nothing here may fail the
server: whatever cannot be loaded now is loaded later by each worker, as without this module.
"""

from __future__ import annotations

try:
    import docx  # noqa: F401
    import pptx  # noqa: F401

    from ..referential import load_referential
    from . import analyse  # noqa: F401
    from .known_texts import known_texts

    known_texts(load_referential())
except Exception:  # noqa: BLE001 - a warm-up only
    pass
