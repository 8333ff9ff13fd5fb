"""Folder names for candidates and teams: safe on every system and in a zip, unique, stable across reruns.

A name keeps its letters and digits (accents dropped, other scripts kept); everything else becomes '-'.
Invisible direction marks go, reserved Windows names get a '_', long names are cut, and a name already
taken (ignoring case) gets '-2', '-3'… in the order the class lists them, so adding a candidate at the
end never renames anyone else's folder.
"""

from __future__ import annotations

import re
import unicodedata

MAX_FOLDER = 60  # characters: room for the files' own names under Windows' 260
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}


def safe_name(name: str, fallback: str = "candidate") -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    kept = "".join(ch for ch in decomposed if unicodedata.category(ch) not in ("Mn", "Cf", "Cc", "Co", "Cs"))
    slug = re.sub(r"[^\w]+", "-", unicodedata.normalize("NFC", kept)).strip("-_").lower()
    slug = slug[:MAX_FOLDER].rstrip("-_") or fallback
    return f"_{slug}" if slug.split("-")[0] in _RESERVED else slug


def unique_folder_names(names: list[str], fallback: str = "candidate", reserved: tuple[str, ...] = ()) -> list[str]:
    """One safe folder name per name, in order; duplicates (ignoring case) numbered from their second, and
    from their first when the kit itself uses the name (`reserved`, e.g. its jury folder)."""
    taken: set[str] = {r.casefold() for r in reserved}
    folders = []
    for name in names:
        base = safe_name(name, fallback)
        folder, n = base, 1
        while folder.casefold() in taken:
            n += 1
            folder = f"{base[:MAX_FOLDER - len(str(n)) - 1]}-{n}"
        taken.add(folder.casefold())
        folders.append(folder)
    return folders
