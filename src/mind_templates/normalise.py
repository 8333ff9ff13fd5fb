"""Text normalisation shared by heading matching and guidance recognition: case, accents, punctuation, numbering."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Words are runs of letters or digits; "3-year" is two words, like a word processor's count of "3 year".
_WORD = re.compile(r"[^\W_]+")
_NOT_WORD = re.compile(r"[\W_]+")

# Leading numbering a student or a word processor types before a heading:
# "1.", "2.3", "2.3.", "1)", "II.", "iv -", "A)", "b.", "Section 3 -", "Part II:", "Chapitre 2 :".
# A bare digit needs a separator after it so that "3-year income statement" keeps its "3".
_LABEL = r"(?:section|chapter|chapitre|partie|part|step|étape|etape)"
# Roman numerals up to 39 only, so that words such as "Mix:" or "CD." are not taken for numbers.
_ROMAN = r"(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})"
_NUMBERING = re.compile(
    rf"""^\s*(?:
        (?:{_LABEL}\s+)?(?:\d+(?:\.\d+)*|{_ROMAN}|[a-z])\s*[.):](?!\d)\s*   # 1. / 2.3. / II) / A) / Part II:
      | (?:{_LABEL}\s+)?(?:\d+(?:\.\d+)*|{_ROMAN}|[a-z])\s*[-–—]\s+       # 3 - / iv – / Section 3 -
      | \d+(?:\.\d+)*\s+(?=[^\W_])                                            # 2.3 Title / 1 Title
      | {_LABEL}\s+(?:\d+|{_ROMAN}|[a-z])\s+                                   # Section 3 Title
    )""",
    re.IGNORECASE | re.VERBOSE,
)


# Combining marks left by NFKD decomposition: the accents of Latin, Greek and Cyrillic letters.
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def fold(text: str) -> str:
    """Case-folded, accents removed: 'Étude d’opportunité' -> 'etude d’opportunite'."""
    if text.isascii():
        return text.lower()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.casefold()))


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """Fold, then punctuation to spaces, collapsed: what two spellings of one title share."""
    return " ".join(_NOT_WORD.sub(" ", fold(text)).split())


def strip_numbering(text: str) -> str:
    """Remove the numbering in front of a heading ('2.3 ', 'II. ', 'A) ', 'Section 3 - '), once."""
    stripped = _NUMBERING.sub("", text, count=1)
    # Never strip a heading down to nothing: "1." or "A)" alone is not a title either way.
    return stripped if stripped.strip() else text


# An outline number in figures at a heading's start: "6. ", "2.3 ", "5) ", "9 – ". Four digits a level at most: a
# run of thousands of digits is no outline number (and int() refuses it).
_OUTLINE_NUMBER = re.compile(r"^\s*(\d{1,4}(?:\.\d{1,4})*)(?:\s*[.):]|\s*[-–—]\s|\s)")


def outline_number(text: str) -> tuple[int, ...] | None:
    """The numbers of a heading typed as "2.3 Title": (2, 3); None when it is not numbered in figures."""
    found = _OUTLINE_NUMBER.match(text)
    return tuple(int(part) for part in found.group(1).split(".")) if found else None


def heading_key(text: str) -> str:
    """The form in which a heading is compared with section titles and aliases."""
    return normalise(strip_numbering(text))


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


def normal_words(text: str) -> list[str]:
    """Folded words: the unit of guidance and prompt recognition."""
    return _WORD.findall(fold(text))


def same_words(seed: str, display: str) -> bool:
    """Whether `display` says the words of `seed` in the same order, once case and accents are folded; a display
    word may add a French agreement ending (e, s, es) the seed's capitals left out ('GENERE' -> 'générée')."""
    ours, theirs = normalise(seed).split(), normalise(display).split()
    return len(ours) == len(theirs) and all(
        b == a or (b.startswith(a) and b[len(a):] in ("e", "s", "es")) for a, b in zip(ours, theirs))
