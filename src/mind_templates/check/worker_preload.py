"""Imported once by the fork server that starts check's workers, so that every worker is forked warm.

What each worker would otherwise load for itself, for about half a second: python-docx, the analysis,
the shipped referential and the texts derived from it (python-pptx is imported before this module when
the runner expects decks). Nothing here may fail the
server: whatever cannot be loaded now is loaded later by each worker, as without this module.

The garbage collector is off while loading: the load makes hundreds of thousands of objects that all live
as long as the server and no garbage, and collections kept scanning them (about 40 ms of the server's
start). They are then frozen (gc.freeze), python-pptx's with them, so that no worker's collection scans them
again, and the pages holding them stay shared between the server and its forks instead of being copied.
"""

from __future__ import annotations

import gc

gc.disable()
try:
    from . import annotate, runner  # noqa: F401

    try:
        import docx  # noqa: F401

        from ..referential import load_referential
        from . import analyse  # noqa: F401
        from .known_texts import known_texts

        known_texts(load_referential())
    except Exception:  # noqa: BLE001 - a warm-up only
        pass
finally:
    gc.freeze()
    gc.enable()
