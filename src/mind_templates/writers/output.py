"""Where generated files go: stable names, no overwriting without --force, atomic replacement."""

from __future__ import annotations

import os
import re
import stat
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


# Our temporaries: ".NAME.PID.RANDOM.part", NAME one of the files we write, PID the writing process.
_TEMPORARY = re.compile(r"^\.(?P<name>.+\.(?:docx|pptx|xlsx))\.(?P<pid>[0-9]+)\.[A-Za-z0-9_]{6,}\.part$")
_swept: set[str] = set()


def _temporary_prefix(path: Path) -> str:
    return f".{path.name}.{os.getpid()}."


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except PermissionError:  # another user's live process
        return True
    except (ProcessLookupError, OverflowError):  # no such process, or a number no pid can be
        return False
    return pid > 0


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Delete our temporaries in `folder` whose writer is dead (a `new` killed with SIGKILL leaves one).

    Only names our writer makes, only regular files, only when no live process has the PID in the name
    (a live process that reused the PID keeps the file: left, never wrongly deleted). Returns what went."""
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _TEMPORARY.match(entry.name)
        if match is None or _alive(int(match["pid"])):
            continue
        try:
            if stat.S_ISREG(entry.stat(follow_symlinks=False).st_mode):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:  # gone already, or not ours to delete: leave it
            continue
    return removed


def atomic_save(path: Path, save: Callable[[Path], None]) -> Path:
    """Write through a temporary file in the same folder, then os.replace: the old file or the new, never half.

    The temporary's name carries our PID, so a later run can tell a killed writer's leftovers from a live one's."""
    path.parent.mkdir(parents=True, exist_ok=True)
    folder_key = os.path.abspath(path.parent)
    if folder_key not in _swept:
        _swept.add(folder_key)
        remove_stale_temporaries(path.parent)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=_temporary_prefix(path), suffix=".part")
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
