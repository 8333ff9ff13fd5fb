"""Where generated files go: stable names, no overwriting without --force, atomic replacement."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Callable

from ..errors import OutputError, OutputExistsError
from ..i18n import _


def output_name(deliverable_id: str, lang: str, fmt: str) -> str:
    return f"{deliverable_id}.{lang}.{fmt}"


def refuse_existing(paths: list[Path], force: bool) -> None:
    """Check every target before writing any, so a refused run touches nothing."""
    if force:
        return
    existing = [str(p) for p in paths if p.exists()]
    if existing:
        raise OutputExistsError(
            _("{n} file(s) already exist: {paths}; pass --force to replace them, or choose another folder with -o",
              n=len(existing), paths=", ".join(existing)),
            existing,
        )


def atomic_save(path: Path, save: Callable[[Path], None]) -> Path:
    """Write through a temporary file in the same folder, then os.replace: the old file or the new, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    os.close(handle)
    temp_path = Path(temporary)
    try:
        save(temp_path)
        with open(temp_path, "rb") as written:
            os.fsync(written.fileno())
        if path.exists():
            # mkstemp creates 0600 files; keep the mode the user's file had.
            os.chmod(temp_path, path.stat().st_mode & 0o777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temp_path, 0o666 & ~umask)
        os.replace(temp_path, path)
    except BaseException:
        temp_path.unlink(missing_ok=True)
        raise
    return path


def save_file(path: Path, save: Callable[[Path], None]) -> Path:
    """`atomic_save`, with a failed write (permissions, a full disk) as a one-line OutputError."""
    try:
        return atomic_save(path, save)
    except OSError as error:
        raise OutputError(_("cannot write {path}: {reason}; check the folder's permissions and free space, "
                            "or choose another folder with -o",
                            path=path, reason=error.strerror or error)) from error
