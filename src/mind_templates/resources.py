"""Finds the files shipped with the package: referential, templates and catalogs, in a wheel or a source tree."""

from __future__ import annotations

import os
import zlib
from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import MindTemplatesError

if TYPE_CHECKING:
    from pathlib import Path


@lru_cache(maxsize=1)
def _package() -> Path:
    """The package folder, found from this file (importlib.resources, or even pathlib at import time, would
    cost `--help` a noticeable part of its start-up for the same path)."""
    from pathlib import Path

    return Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def _find(packaged: str, in_source_tree: str) -> Path:
    # A source checkout keeps templates/ and locales/ at the repository root; the wheel maps them into the package.
    for candidate in (_package() / packaged, _package().parent.parent / in_source_tree):
        if candidate.is_dir():
            return candidate
    raise MindTemplatesError(f"mind-templates is installed without its {in_source_tree} folder; reinstall it")


def referential_dir() -> Path:
    return _package() / "data" / "referential"


def templates_dir() -> Path:
    return _find("_templates", "templates")


def locales_dir() -> Path:
    return _find("_locales", "locales")


# ---------------------------------------------------------------- the user's cache
# Work that depends only on files' contents (a validated referential, a compiled catalog) is kept under
# $XDG_CACHE_HOME/mind-templates/, keyed by the files' paths, sizes and times; MIND_TEMPLATES_NO_CACHE=1 turns it off.


def cache_dir() -> Path | None:
    if os.environ.get("MIND_TEMPLATES_NO_CACHE"):
        return None
    from pathlib import Path

    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "mind-templates"


def stamp_key(lines: list[str]) -> str:
    """A cache key for these stamps (paths, sizes, times, version): two checksums, cheap to import and compute."""
    data = "\n".join(lines).encode("utf-8", "surrogateescape")
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}{len(data):x}"


def cache_read(name: str) -> bytes | None:
    folder = cache_dir()
    if folder is None:
        return None
    try:
        return (folder / name).read_bytes()
    except OSError:
        return None


def cache_write(name: str, data: bytes, keep: int = 8) -> None:
    """Write atomically; a read-only home just means no cache. Keeps the `keep` newest entries of this kind."""
    folder = cache_dir()
    if folder is None:
        return
    import tempfile

    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".part")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, folder / name)
        kind = name.split("-", 1)[0]
        entries = sorted(folder.glob(f"{kind}-*"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for stale in entries[keep:]:
            stale.unlink(missing_ok=True)
    except OSError:
        return
