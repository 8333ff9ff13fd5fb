"""Uploads are hostile input: bounded, written under generated names in a private temporary folder, never kept.

A user's file name is only ever shown (escaped) on the page; on disk each file is `file-N.EXT`, where EXT is
one of the extensions `check` knows (or `.bin`), so no name from a user ever becomes a path.
"""

from __future__ import annotations

import posixpath
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..errors import UnreadableDocumentError
from ..i18n import Interface
from ..reader.zip_limits import Limits, check_zip_bomb
from ..check.runner import FOLDER_EXTENSIONS
from .limits import UploadLimits

# What the page accepts besides Office files: a PDF gets check's own clean error, a zip is a class's submissions.
_KEPT_EXTENSIONS = (*FOLDER_EXTENSIONS, ".pdf")
_COPY_CHUNK = 1024 * 1024


class UploadRefused(Exception):
    """An upload over a limit (413) or a zip that cannot be opened (422): answered with this status and message."""

    def __init__(self, message: str, status: int = 413) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class SavedFile:
    path: Path  # file-N.EXT inside the private folder
    shown: str  # the user's name for it, for the page only


def private_folder(root: str | None) -> Path:
    """A fresh folder only this process may read (mkdtemp: mode 0700)."""
    return Path(tempfile.mkdtemp(prefix="mind-templates-web-", dir=root))


def remove_folder(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


def _disk_name(index: int, shown: str) -> str:
    suffix = posixpath.splitext(shown.replace("\\", "/"))[1].lower()
    return f"file-{index}{suffix if suffix in _KEPT_EXTENSIONS else '.bin'}"


def _copy_bounded(source: BinaryIO, target: Path, limit: int, shown: str, ui: Interface) -> None:
    copied = 0
    with open(target, "xb") as out:
        while chunk := source.read(_COPY_CHUNK):
            copied += len(chunk)
            if copied > limit:
                raise UploadRefused(ui.gettext("{name} is larger than {mb} MB, the limit for one file",
                                               name=shown, mb=limit // 1024**2))
            out.write(chunk)


def save_uploads(uploads: list[tuple[str, BinaryIO]], folder: Path, limits: UploadLimits,
                 ui: Interface) -> tuple[list[SavedFile], list[str]]:
    """Write each upload (a zip: each of its members) into `folder`; return the files and notes for the page."""
    saved: list[SavedFile] = []
    notes: list[str] = []
    for shown, stream in uploads:
        if shown.lower().endswith(".zip"):
            archive = folder / f"upload-{len(saved)}.zip"
            _copy_bounded(stream, archive, limits.max_file_bytes, shown, ui)
            saved.extend(_unpack_submissions(archive, shown, folder, limits, ui, notes, len(saved)))
            archive.unlink()
        else:
            path = folder / _disk_name(len(saved), shown)
            _copy_bounded(stream, path, limits.max_file_bytes, shown, ui)
            saved.append(SavedFile(path, shown))
        if len(saved) > limits.max_files:
            raise UploadRefused(ui.gettext("at most {n} files can be checked at once; send them in several goes",
                                           n=limits.max_files))
    return saved, notes


def _unpack_submissions(archive: Path, shown: str, folder: Path, limits: UploadLimits, ui: Interface,
                        notes: list[str], start: int) -> list[SavedFile]:
    """The Office files of a zip of submissions, after check's zip-bomb checks; unsafe paths are refused by name."""
    found: list[SavedFile] = []
    try:
        with zipfile.ZipFile(archive) as zf:
            infos = check_zip_bomb(zf, shown, Limits())
            for name, info in infos.items():
                if info.is_dir():
                    continue
                parts = name.replace("\\", "/").split("/")
                if name.startswith(("/", "\\")) or ".." in parts or ":" in parts[0]:
                    notes.append(ui.gettext("{name} in {zip} was skipped: its path leaves the zip's folder",
                                            name=name, zip=shown))
                    continue
                base = parts[-1]
                if base.startswith(("~$", ".")) or not base.lower().endswith(FOLDER_EXTENSIONS):
                    continue
                if info.file_size > limits.max_file_bytes:
                    raise UploadRefused(ui.gettext("{name} is larger than {mb} MB, the limit for one file",
                                                   name=name, mb=limits.max_file_bytes // 1024**2))
                if start + len(found) >= limits.max_files:
                    raise UploadRefused(ui.gettext("at most {n} files can be checked at once; send them in "
                                                   "several goes", n=limits.max_files))
                path = folder / _disk_name(start + len(found), base)
                with zf.open(info) as member:
                    _copy_bounded(member, path, limits.max_file_bytes, name, ui)
                found.append(SavedFile(path, f"{shown}/{name}"))
    except UnreadableDocumentError as error:
        raise UploadRefused(str(error)) from None
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, ValueError):
        raise UploadRefused(ui.gettext("{name} is not a readable zip file; make the zip again and send it",
                                       name=shown), 422) from None
    if not found:
        notes.append(ui.gettext("{name} holds no .docx or .pptx file", name=shown))
    return found
