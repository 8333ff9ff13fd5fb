"""Open an untrusted .docx/.pptx without decompressing anything big, and turn every failure into a documented error code.

The checks run in order: file (here), sniffing (`sniff`), zip limits (`zip_limits`), XML prologs (`xml_prolog`),
the OPC walk (`opc_walk`), tables (`table_scan`); every error comes from the catalogue in `errors`.
"""

from __future__ import annotations

import io
import os
import posixpath
import shutil
import stat
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Literal

from .. import ooxml
from ..errors import UnreadableDocumentError
from ..i18n import N_
from .errors import ERROR_CODES, WARNING_CODES  # noqa: F401 - the public names, re-exported by reader/
from .errors import damaged, exception_detail, fail, map_error, megabytes, shown
from .opc_walk import ContentTypes, find_main_part, walk_relationships
from .structure import check_container, check_relationship_part, check_structure, wrong_extension
from .sniff import OLE_MAGIC, open_zip, refuse_ole, refuse_zip_without_content_types
from .table_scan import scan_table_parts
from .xml_prolog import check_prolog, is_xml_part
from .zip_limits import Limits, check_zip_bomb, read_member

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from pptx.presentation import Presentation as PowerPointPresentation


@dataclass(frozen=True)
class OfficePackage:
    """A file that passed every check of `open_package`; hand it to `load_document`."""

    path: Path
    kind: Literal["docx", "pptx"]
    has_macros: bool
    warnings: tuple[str, ...]  # codes from WARNING_CODES, e.g. "macros-ignored"
    main_part: str = ""  # e.g. "/word/document.xml"
    content_type: str = ""  # content type of the main part, as written in the file
    _stamp: tuple[int, ...] = field(default=(), repr=False, compare=False)
    _limits: Limits = field(default_factory=Limits, repr=False, compare=False)


# The only main-part content types python-docx / python-pptx accept as they are.
_DOCX_ACCEPTED = (f"{ooxml.WML}.document.main+xml",)


_PPTX_ACCEPTED = (f"{ooxml.PML}.presentation.main+xml", "application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml")


def open_package(path: Path, limits: Limits = Limits()) -> OfficePackage:  # noqa: B008 - frozen, so shared safely
    """Inspect the file WITHOUT decompressing anything big; raise UnreadableDocumentError with a documented code."""
    path = Path(path)
    try:
        with _open_file(path) as fh:
            return _inspect(path, fh, limits)
    except UnreadableDocumentError:
        raise
    except Exception as exc:  # never let anything but the documented error escape
        raise map_error(exc, path) from exc


def load_document(package: OfficePackage) -> WordDocument | PowerPointPresentation:
    """Load a package checked by `open_package`: a python-docx Document or a python-pptx Presentation.

    The file is checked again if it changed on disk since `open_package`. It is never modified:
    templates and macro-enabled files are retyped in memory.
    """
    path = Path(package.path)
    try:
        with _open_file(path) as fh:
            if _stamp_of(os.fstat(fh.fileno())) != package._stamp:
                package = _inspect(path, fh, package._limits)
            fh.seek(0)
            return _load(package, fh)
    except UnreadableDocumentError:
        raise
    except Exception as exc:
        raise map_error(exc, path) from exc


def _stamp_of(st: os.stat_result) -> tuple[int, ...]:
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def _open_file(path: Path) -> IO[bytes]:
    name = path.name or str(path)
    try:
        st = os.stat(path)
    except (FileNotFoundError, NotADirectoryError, ValueError):
        raise fail("file-missing", N_("{name} was not found: check the file name and folder, then run check again"),
                    name=name)
    except OSError as exc:
        raise _unreadable(name, exc) from exc
    if stat.S_ISDIR(st.st_mode):
        raise fail("file-unreadable",
                    N_("{name} is a folder, not a file: give the path of the .docx or .pptx file itself"), name=name)
    if not stat.S_ISREG(st.st_mode):
        raise fail("file-unreadable", N_("{name} is not a regular file: give the path of a .docx or .pptx file"),
                    name=name)
    try:
        return open(path, "rb")  # noqa: SIM115 - the caller closes it
    except FileNotFoundError:
        raise fail("file-missing", N_("{name} vanished before it could be read: check the file, then run check again"),
                    name=name)
    except OSError as exc:
        raise _unreadable(name, exc) from exc


def _unreadable(name: str, exc: OSError) -> UnreadableDocumentError:
    return fail("file-unreadable",
                N_("{name} cannot be read ({detail}): check that you may read it, then run check again"),
                name=name, detail=exception_detail(exc))


def _inspect(path: Path, fh: IO[bytes], limits: Limits) -> OfficePackage:
    name = path.name or str(path)
    st = os.fstat(fh.fileno())
    size = st.st_size
    if size == 0:
        raise fail(
            "file-empty",
            N_("{name} is empty (0 bytes): save the document again from Word or PowerPoint and submit the saved file"),
            name=name,
        )
    if size > limits.max_file_bytes:
        raise fail(
            "file-too-large",
            N_("{name} is {size}, over the {limit} limit: compress its pictures"
               " (File > Compress Pictures in Word or PowerPoint), save it and run check again"),
            name=name, size=megabytes(size), limit=megabytes(limits.max_file_bytes),
        )
    fh.seek(0)
    head = fh.read(512)
    if head.startswith(OLE_MAGIC):
        raise refuse_ole(fh, size, name)

    with open_zip(fh, head, size, name, limits) as zf:
        members = check_zip_bomb(zf, name, limits)
        check_container(zf, name)
        ct_info = members.get("[Content_Types].xml")
        if ct_info is None:
            raise refuse_zip_without_content_types(zf, members, name)
        check_prolog(zf, ct_info, name)
        content_types = ContentTypes.parse(read_member(zf, ct_info, name), name)
        for info in members.values():
            if info is not ct_info and is_xml_part(info, content_types):
                check_prolog(zf, info, name)
        check_relationship_part(zf, members, "/", name)
        main_part, kind, flavour, content_type = find_main_part(zf, members, content_types, name)
        reachable, dangling = walk_relationships(zf, members, content_types, kind, name)
        check_structure(zf, members, content_types, name, kind, main_part, reachable)

        warnings: list[str] = []
        has_macros = "macro" in flavour or any(
            posixpath.basename(member).lower() == "vbaproject.bin" for member in members
        ) or any(ct.lower() == ooxml.CT_VBA_PROJECT for ct in reachable.values())
        if has_macros:
            warnings.append("macros-ignored")
        if "template" in flavour:
            warnings.append("template-file")
        if "slideshow" in flavour:
            warnings.append("slideshow-file")
        if wrong_extension(path, kind):
            warnings.append("wrong-extension")
        if dangling:
            if kind == "docx":  # python-docx fails on any dangling internal relationship; python-pptx skips them
                source, target = dangling[0]
                raise damaged("broken-relationships", name, N_("{source} refers to {target}, which is missing from"
                                                               " the file"), source=shown(source), target=target)
            warnings.append("missing-parts")

        scan_table_parts(zf, members, reachable, kind, name, limits)

    return OfficePackage(
        path=path,
        kind=kind,
        has_macros=has_macros,
        warnings=tuple(warnings),
        main_part=main_part,
        content_type=content_type,
        _stamp=_stamp_of(st),
        _limits=limits,
    )


def _load(package: OfficePackage, fh: IO[bytes]) -> WordDocument | PowerPointPresentation:
    if package.kind == "docx":
        import docx

        stream = fh if package.content_type in _DOCX_ACCEPTED else _retyped_copy(fh, package, _DOCX_ACCEPTED[0])
        return docx.Document(stream)
    import pptx

    stream = fh if package.content_type in _PPTX_ACCEPTED else _retyped_copy(fh, package, _PPTX_ACCEPTED[0])
    return pptx.Presentation(stream)


def _retyped_copy(fh: IO[bytes], package: OfficePackage, content_type: str) -> IO[bytes]:
    """An in-memory copy of the package whose main part has `content_type`: the file on disk is never touched.

    The libraries refuse templates and (python-docx) macro-enabled documents by their content type alone,
    though their XML is the same.
    """
    fh.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(fh) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as copy:
        members = {info.filename: info for info in source.infolist()}
        for member, info in members.items():
            if member.endswith("/"):
                continue
            if member == "[Content_Types].xml":
                copy.writestr(member, ooxml.set_content_types(source.read(info), [(package.main_part, content_type)]))
                continue
            with source.open(info) as reader, copy.open(member, "w", force_zip64=info.file_size >= 2**31 - 1) as writer:
                shutil.copyfileobj(reader, writer, 1024 * 1024)
    out.seek(0)
    return out
