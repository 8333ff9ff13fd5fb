"""Guesses the language of a text by counting common stop words listed per language in data/stopwords/."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files
from typing import Iterable

_WORD = re.compile(r"[^\W\d_]+")
# Below this many stop words a text is too short to tell; a tie tells nothing either.
MIN_HITS = 3


@lru_cache(maxsize=1)
def languages_with_stop_words() -> tuple[str, ...]:
    """Every language data/stopwords/ has a list for."""
    folder = files("mind_templates") / "data" / "stopwords"
    return tuple(sorted(item.name[:-4] for item in folder.iterdir() if item.name.endswith(".txt")))


@lru_cache(maxsize=None)
def stop_words(lang: str) -> frozenset[str]:
    """The stop words of `lang` (empty when there is no list): data/stopwords/<lang>.txt, one a line, # comments."""
    resource = files("mind_templates") / "data" / "stopwords" / f"{lang}.txt"
    if not resource.is_file():
        return frozenset()
    lines = resource.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.lstrip().startswith("#"))


def stop_word_counts(text: str, candidates: Iterable[str]) -> dict[str, int]:
    """How many words of `text` are stop words of each candidate language."""
    words = _WORD.findall(text.lower())
    return {lang: sum(1 for w in words if w in stop_words(lang)) for lang in candidates}


def guess_language(text: str, candidates: Iterable[str]) -> str | None:
    """The candidate whose stop words are most frequent in `text`, or None when too few or tied."""
    counts = stop_word_counts(text, candidates)
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    best, hits = ranked[0]
    if hits < MIN_HITS or (len(ranked) > 1 and ranked[1][1] == hits):
        return None
    return best
