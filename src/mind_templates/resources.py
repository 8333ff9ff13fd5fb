"""Finds the files shipped with the package: referential, templates and catalogs, in a wheel or a source tree."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from .errors import MindTemplatesError

_PACKAGE = Path(str(files("mind_templates")))
# A source checkout keeps templates/ and locales/ at the repository root; the wheel maps them into the package.
_SOURCE_ROOT = _PACKAGE.parent.parent


@lru_cache(maxsize=None)
def _find(packaged: str, in_source_tree: str) -> Path:
    for candidate in (_PACKAGE / packaged, _SOURCE_ROOT / in_source_tree):
        if candidate.is_dir():
            return candidate
    raise MindTemplatesError(f"mind-templates is installed without its {in_source_tree} folder; reinstall it")


def referential_dir() -> Path:
    return _PACKAGE / "data" / "referential"


def templates_dir() -> Path:
    return _find("_templates", "templates")


def locales_dir() -> Path:
    return _find("_locales", "locales")
