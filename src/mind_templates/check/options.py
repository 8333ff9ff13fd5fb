"""Values `check`'s options accept, kept apart from the checker so that `mind-templates --help` loads nothing more."""

from __future__ import annotations

# How `--annotate` puts findings on a deck's slides (check/annotate_deck.py); the first is the default.
DECK_MODES = ("comments", "notes")
