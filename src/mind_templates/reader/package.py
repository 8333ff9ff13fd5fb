"""Open an untrusted .docx/.pptx without decompressing anything big, and turn every failure into a documented error code."""

from __future__ import annotations

import codecs
import io
import os
import posixpath
import shutil
import stat
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal

from lxml import etree

from mind_templates.errors import Phrase, UnreadableDocumentError, render_template
from mind_templates.i18n import N_

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from pptx.presentation import Presentation as PowerPointPresentation

__all__ = [
    "ERROR_CODES",
    "WARNING_CODES",
    "Limits",
    "OfficePackage",
    "load_document",
    "open_package",
]

ERROR_CODES: dict[str, str] = {
    "file-missing": "The file does not exist, or vanished before it could be read.",
    "file-unreadable": "The file exists but cannot be read: no permission, a folder, or an I/O error.",
    "file-empty": "The file is empty (0 bytes).",
    "file-too-large": "The file is bigger than the size limit.",
    "legacy-format": "A Word 97-2003 (.doc) or PowerPoint 97-2003 (.ppt) file: it must be saved as .docx or .pptx.",
    "encrypted": "The document is protected by a password (an encrypted Office package).",
    "not-office": "Not a Word or PowerPoint file at all: PDF, OpenDocument (.odt), RTF, text, another kind of zip.",
    "unsupported-type": "An Office file that is neither a Word document nor a PowerPoint presentation"
    " (Excel, a theme...), or one saved as Strict Open XML.",
    "zip-bomb": "The zip container would expand far beyond any real document: too many entries,"
    " parts too large or too compressible.",
    "corrupt-zip": "The zip container is damaged: truncated, bad checksums, broken compressed data.",
    "missing-main-part": "No [Content_Types].xml, no main-document relationship, or the main document part is absent.",
    "broken-relationships": "A relationship points to a part that is missing, or a part has no content type.",
    "malformed-xml": "A part is not well-formed XML, or holds values that no Office application writes.",
    "xml-entities": "A part declares a DOCTYPE or entities (external entities, entity-expansion bombs).",
    "pathological-table": "A table cell spans more columns than any real table (gridSpan over the limit).",
    "internal-error": "An unexpected error while reading the file; the message names the exception.",
}

WARNING_CODES: dict[str, str] = {
    "macros-ignored": "The file contains macros (.docm/.pptm or a VBA project); they are ignored and never run.",
    "template-file": "The file is a template (.dotx/.potx); it is read as an ordinary document.",
    "slideshow-file": "The file is a slide show (.ppsx); it is read as an ordinary presentation.",
    "missing-parts": "Some relationships point to parts absent from the file; they are skipped.",
}


@dataclass(frozen=True)
class Limits:
    """Bounds on what a submitted file may cost to read; every default admits a 100 MB document full of images."""

    max_file_bytes: int = 200 * 1024**2
    max_entries: int = 5000
    # Uncompressed size of any one XML part (media parts are checked only together with their ratio).
    max_part_bytes: int = 64 * 1024**2
    max_total_xml_bytes: int = 256 * 1024**2
    # Uncompressed / compressed, per XML part of at least _RATIO_FLOOR bytes.
    max_ratio: float = 200.0
    max_grid_span: int = 64
    # python-pptx reads every entry of the zip into memory, media included: bound the sum of all of them.
    max_total_bytes: int = 1024**3


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


# --- constants ---------------------------------------------------------------------------------

_OLE_MAGIC = b"\xd0\xcf\x11\xe0"
_CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_RT_OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
_RT_STRICT_OFFICE_DOCUMENT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"
_CT_VBA_PROJECT = "application/vnd.ms-office.vbaproject"
_W_GRIDSPAN = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}gridSpan"
_W_VAL = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val"
_W_P = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p"
_W_TBL = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tbl"
_A_TC = "{http://schemas.openxmlformats.org/drawingml/2006/main}tc"
_A_P = "{http://schemas.openxmlformats.org/drawingml/2006/main}p"
_A_TBL = "{http://schemas.openxmlformats.org/drawingml/2006/main}tbl"

_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
_PML = "application/vnd.openxmlformats-officedocument.presentationml"
# The only main-part content types python-docx / python-pptx accept as they are.
_DOCX_ACCEPTED = (f"{_WML}.document.main+xml",)
_PPTX_ACCEPTED = (f"{_PML}.presentation.main+xml", "application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml")

# lower-cased main content type -> (kind, flavour)
_MAIN_TYPES: dict[str, tuple[Literal["docx", "pptx"], str]] = {
    f"{_WML}.document.main+xml": ("docx", "document"),
    f"{_WML}.template.main+xml": ("docx", "template"),
    "application/vnd.ms-word.document.macroenabled.main+xml": ("docx", "macro"),
    "application/vnd.ms-word.template.macroenabledtemplate.main+xml": ("docx", "macro-template"),
    f"{_PML}.presentation.main+xml": ("pptx", "document"),
    f"{_PML}.slideshow.main+xml": ("pptx", "slideshow"),
    f"{_PML}.template.main+xml": ("pptx", "template"),
    "application/vnd.ms-powerpoint.presentation.macroenabled.main+xml": ("pptx", "macro"),
    "application/vnd.ms-powerpoint.slideshow.macroenabled.main+xml": ("pptx", "macro-slideshow"),
    "application/vnd.ms-powerpoint.template.macroenabled.main+xml": ("pptx", "macro-template"),
}

# Parts that can hold tables: stream-parsed in full before the libraries see them (they parse the others
# themselves, and a parse error there is mapped to malformed-xml all the same).
_TABLE_PART_TYPES: dict[str, frozenset[str]] = {
    "docx": frozenset(
        [ct for ct, (kind, _) in _MAIN_TYPES.items() if kind == "docx"]
        + [f"{_WML}.{name}+xml" for name in ("header", "footer", "comments", "footnotes", "endnotes")]
    ),
    "pptx": frozenset(
        f"{_PML}.{name}+xml".lower() for name in ("slide", "slideLayout", "slideMaster", "notesSlide")
    ),
}

# Extensions of parts that are never parsed as XML (already-compressed media, fonts, embedded files).
_BINARY_EXTENSIONS = frozenset(
    "png jpg jpeg jpe jfif gif bmp dib tif tiff emf wmf emz wmz wdp hdp jxr ico webp heic heif avif "
    "bin mp3 mp4 m4a m4v wav wma wmv avi mov mpg mpeg asf swf ogg oga ogv webm 3gp "
    "odttf ttf otf fntdata eot woff woff2 xlsx xlsm xlsb xls docx docm doc pptx pptm ppt sldx "
    "pdf zip glb 3mf psd".split()
)

_RATIO_FLOOR = 64 * 1024  # XML parts smaller than this are exempt from the ratio check
_MAX_PROLOG_BYTES = 1024**2  # no real XML part has a megabyte of comments before its root element
_MAX_REL_DEPTH = 400  # both libraries walk relationships recursively; stay well inside Python's stack
_CHUNK = 64 * 1024

_Kind = Literal["docx", "pptx"]


# --- public API --------------------------------------------------------------------------------


def open_package(path: Path, limits: Limits = Limits()) -> OfficePackage:  # noqa: B008 - frozen, so shared safely
    """Inspect the file WITHOUT decompressing anything big; raise UnreadableDocumentError with a documented code."""
    path = Path(path)
    try:
        with _open_file(path) as fh:
            return _inspect(path, fh, limits)
    except UnreadableDocumentError:
        raise
    except Exception as exc:  # never let anything but the documented error escape
        raise _map_error(exc, path) from exc


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
        raise _map_error(exc, path) from exc


# --- the checks, in order ----------------------------------------------------------------------


def _fail(code: str, template: str, **values: Any) -> UnreadableDocumentError:
    """The error for `code`: `template` is an English message marked with N_ whose `{fields}` are `values`
    (a value may be a Phrase, translated on its own); the error keeps both so check can show it in --lang."""
    return UnreadableDocumentError(render_template(template, values), code=code, template=template, values=values)


def _stamp_of(st: os.stat_result) -> tuple[int, ...]:
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def _open_file(path: Path) -> IO[bytes]:
    name = path.name or str(path)
    try:
        st = os.stat(path)
    except (FileNotFoundError, NotADirectoryError, ValueError):
        raise _fail("file-missing", N_("{name} was not found: check the file name and folder, then run check again"),
                    name=name)
    except OSError as exc:
        raise _fail("file-unreadable",
                    N_("{name} cannot be read ({detail}): check that you may read it, then run check again"),
                    name=name, detail=_detail(exc))
    if stat.S_ISDIR(st.st_mode):
        raise _fail("file-unreadable",
                    N_("{name} is a folder, not a file: give the path of the .docx or .pptx file itself"), name=name)
    if not stat.S_ISREG(st.st_mode):
        raise _fail("file-unreadable", N_("{name} is not a regular file: give the path of a .docx or .pptx file"),
                    name=name)
    try:
        return open(path, "rb")  # noqa: SIM115 - the caller closes it
    except FileNotFoundError:
        raise _fail("file-missing", N_("{name} vanished before it could be read: check the file, then run check again"),
                    name=name)
    except OSError as exc:
        raise _fail("file-unreadable",
                    N_("{name} cannot be read ({detail}): check that you may read it, then run check again"),
                    name=name, detail=_detail(exc))


def _inspect(path: Path, fh: IO[bytes], limits: Limits) -> OfficePackage:
    name = path.name or str(path)
    st = os.fstat(fh.fileno())
    size = st.st_size
    if size == 0:
        raise _fail(
            "file-empty",
            N_("{name} is empty (0 bytes): save the document again from Word or PowerPoint and submit the saved file"),
            name=name,
        )
    if size > limits.max_file_bytes:
        raise _fail(
            "file-too-large",
            N_("{name} is {size}, over the {limit} limit: compress its pictures"
               " (File > Compress Pictures in Word or PowerPoint), save it and run check again"),
            name=name, size=_mb(size), limit=_mb(limits.max_file_bytes),
        )
    fh.seek(0)
    head = fh.read(512)
    if head.startswith(_OLE_MAGIC):
        raise _refuse_ole(fh, size, name)

    with _open_zip(fh, head, size, name, limits) as zf:
        members = _check_zip_bomb(zf, name, limits)
        ct_info = members.get("[Content_Types].xml")
        if ct_info is None:
            raise _refuse_zip_without_content_types(zf, members, name)
        _check_prolog(zf, ct_info, name)
        content_types = _ContentTypes.parse(_read_member(zf, ct_info, name), name)
        for info in members.values():
            if info is not ct_info and _is_xml_part(info, content_types):
                _check_prolog(zf, info, name)
        main_part, kind, flavour, content_type = _find_main_part(zf, members, content_types, name)
        reachable, dangling = _walk_relationships(zf, members, content_types, kind, name)

        warnings: list[str] = []
        has_macros = "macro" in flavour or any(
            posixpath.basename(member).lower() == "vbaproject.bin" for member in members
        ) or any(ct.lower() == _CT_VBA_PROJECT for ct in reachable.values())
        if has_macros:
            warnings.append("macros-ignored")
        if "template" in flavour:
            warnings.append("template-file")
        if "slideshow" in flavour:
            warnings.append("slideshow-file")
        if dangling:
            if kind == "docx":  # python-docx fails on any dangling internal relationship; python-pptx skips them
                source, target = dangling[0]
                raise _fail(
                    "broken-relationships",
                    N_("{name} is damaged: {source} refers to {target}, which is missing from the file;"
                       " open it in Word, save it again and run check again"),
                    name=name, source=_shown(source), target=target,
                )
            warnings.append("missing-parts")

        _scan_table_parts(zf, members, reachable, kind, name, limits)

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


def _refuse_ole(fh: IO[bytes], size: int, name: str) -> UnreadableDocumentError:
    streams = _ole_stream_names(fh, size)
    if streams & {"EncryptedPackage", "EncryptionInfo"}:
        return _fail(
            "encrypted",
            N_("{name} is protected by a password: open it in Word or PowerPoint, remove the password"
               " (File > Info > Protect > Encrypt with Password, then empty the password), save it and run check again"),
            name=name,
        )
    if "WordDocument" in streams:
        return _fail(
            "legacy-format",
            N_("{name} is a legacy Word 97-2003 file (.doc): open it in Word or LibreOffice and save it as .docx,"
               " then run check again"),
            name=name,
        )
    if "PowerPoint Document" in streams:
        return _fail(
            "legacy-format",
            N_("{name} is a legacy PowerPoint 97-2003 file (.ppt): open it in PowerPoint or LibreOffice and save it"
               " as .pptx, then run check again"),
            name=name,
        )
    if streams & {"Workbook", "Book"}:
        return _fail(
            "unsupported-type",
            N_("{name} is an Excel 97-2003 workbook, not a Word document or PowerPoint presentation:"
               " submit the .docx or .pptx file instead"),
            name=name,
        )
    return _fail(
        "legacy-format",
        N_("{name} is an old-style Office file (97-2003 format): open it in Word or PowerPoint and save it as"
           " .docx or .pptx, then run check again"),
        name=name,
    )


def _ole_stream_names(fh: IO[bytes], size: int) -> set[str]:
    """Names of the OLE directory entries we care about, found without parsing the whole compound file.

    Directory entries are 128-byte records aligned on 128 bytes, starting with the UTF-16 name and carrying
    the name's byte length at offset 64: requiring both keeps text that merely contains a name from matching.
    Stream names compare case-insensitively (some writers upper- or lower-case them).
    """
    wanted = {
        n: (n.lower().encode("utf-16-le"), (len(n) + 1) * 2)
        for n in ("EncryptedPackage", "EncryptionInfo", "WordDocument", "PowerPoint Document", "Workbook", "Book")
    }
    found: set[str] = set()
    block = 1024 * 1024  # a multiple of 128, so no entry straddles two blocks
    offset = 0
    fh.seek(0)
    while offset < size:
        raw = fh.read(block)
        if not raw:
            break
        data = raw.lower()  # OLE names compare case-insensitively; writers differ
        for stream, (encoded, length) in wanted.items():
            if stream in found:
                continue
            pos = data.find(encoded)
            while pos >= 0:
                aligned = (offset + pos) % 128 == 0 and pos + 66 <= len(raw)
                if aligned and struct.unpack_from("<H", raw, pos + 64)[0] == length:
                    found.add(stream)
                    break
                pos = data.find(encoded, pos + 1)
        offset += len(data)
    return found


def _open_zip(fh: IO[bytes], head: bytes, size: int, name: str, limits: Limits) -> zipfile.ZipFile:
    is_zip_signature = head.startswith(b"PK")
    try:
        # zipfile builds one object per central-directory record: bound their number before it does.
        _check_central_directory(fh, size, name, limits)
    except UnreadableDocumentError:
        if is_zip_signature:
            raise
        raise _refuse_not_office(head, name) from None
    try:
        fh.seek(0)
        return zipfile.ZipFile(fh)
    except Exception as exc:
        if is_zip_signature:
            raise _fail(
                "corrupt-zip",
                N_("{name} is damaged (its zip container is broken: {detail}), for example truncated by"
                   " an interrupted copy or download: open the original in Word or PowerPoint, save it again"
                   " and run check again"),
                name=name, detail=_detail(exc),
            ) from exc
        raise _refuse_not_office(head, name) from exc


def _check_central_directory(fh: IO[bytes], size: int, name: str, limits: Limits) -> None:
    tail_len = min(size, 22 + 0xFFFF)
    fh.seek(size - tail_len)
    tail = fh.read(tail_len)
    pos = tail.rfind(b"PK\x05\x06")
    if pos < 0 or pos + 22 > len(tail):
        return  # zipfile will say what is wrong
    entries, cd_size = struct.unpack_from("<HL", tail, pos + 10)
    if pos >= 20 and tail[pos - 20 : pos - 16] == b"PK\x06\x07":
        (zip64_offset,) = struct.unpack_from("<Q", tail, pos - 20 + 8)
        if 0 <= zip64_offset <= size - 56:
            fh.seek(zip64_offset)
            record = fh.read(56)
            if record[:4] == b"PK\x06\x06":
                entries = max(entries, struct.unpack_from("<Q", record, 32)[0])
                cd_size = max(cd_size, struct.unpack_from("<Q", record, 40)[0])
    if entries > limits.max_entries:
        raise _bomb(name, Phrase(N_("it holds {entries} entries (limit {limit})"), entries=entries, limit=limits.max_entries))
    if cd_size > max(1024**2, limits.max_entries * 1024):
        raise _bomb(name, Phrase(N_("its zip directory alone is {size}"), size=_mb(cd_size)))


def _bomb(name: str, why: Phrase) -> UnreadableDocumentError:
    return _fail(
        "zip-bomb",
        N_("{name} was refused: {why}, which no real document needs; if the file is genuine, open it in Word or"
           " PowerPoint, save it again (compressing its pictures) and run check again"),
        name=name, why=why,
    )


def _check_zip_bomb(zf: zipfile.ZipFile, name: str, limits: Limits) -> dict[str, zipfile.ZipInfo]:
    """Decide from the declared sizes alone: zipfile never inflates an entry beyond its declared size."""
    infos = zf.infolist()
    if len(infos) > limits.max_entries:
        raise _bomb(name, Phrase(N_("it holds {entries} entries (limit {limit})"), entries=len(infos),
                                 limit=limits.max_entries))
    total = total_xml = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise _fail(
                "corrupt-zip",
                N_("{name} has zip-encrypted parts, which Word and PowerPoint never write: open it in Word or"
                   " PowerPoint, save it again and run check again"),
                name=name,
            )
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _fail(
                "corrupt-zip",
                N_("{name} is damaged: part {part} uses zip compression method {method}, which Word and"
                   " PowerPoint never write; open it in Word or PowerPoint, save it again and run check again"),
                name=name, part=info.filename, method=info.compress_type,
            )
        expanded = info.file_size
        ratio = expanded / max(info.compress_size, 1)
        total += expanded
        if _is_binary(info.filename):
            if expanded > limits.max_part_bytes and ratio > limits.max_ratio:
                raise _bomb(name, Phrase(N_("part {part} would expand to {size} ({ratio} times its stored size)"),
                                         part=info.filename, size=_mb(expanded), ratio=f"{ratio:.0f}"))
            continue
        total_xml += expanded
        if expanded > limits.max_part_bytes:
            raise _bomb(name, Phrase(N_("part {part} would expand to {size} (limit {limit})"), part=info.filename,
                                     size=_mb(expanded), limit=_mb(limits.max_part_bytes)))
        if expanded >= _RATIO_FLOOR and ratio > limits.max_ratio:
            raise _bomb(name, Phrase(N_("part {part} would expand {ratio} times (limit {limit})"), part=info.filename,
                                     ratio=f"{ratio:.0f}", limit=f"{limits.max_ratio:.0f}"))
    if total_xml > limits.max_total_xml_bytes:
        raise _bomb(name, Phrase(N_("its XML would expand to {size} (limit {limit})"), size=_mb(total_xml),
                                 limit=_mb(limits.max_total_xml_bytes)))
    if total > limits.max_total_bytes:
        raise _bomb(name, Phrase(N_("its parts would expand to {size} (limit {limit})"), size=_mb(total),
                                 limit=_mb(limits.max_total_bytes)))
    # zipfile.read(name) returns the last entry of a duplicated name; so do we.
    return {info.filename: info for info in infos}


def _is_binary(member: str) -> bool:
    return posixpath.splitext(member)[1][1:].lower() in _BINARY_EXTENSIONS


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> bytes:
    """Read a part whose size `_check_zip_bomb` already bounded."""
    try:
        return zf.read(info)
    except Exception as exc:
        raise _corrupt_part(name, info.filename, exc) from exc


def _corrupt_part(name: str, member: str, exc: Exception) -> UnreadableDocumentError:
    return _fail(
        "corrupt-zip",
        N_("{name} is damaged: part {part} cannot be decompressed ({detail}); open it in Word or PowerPoint,"
           " let it repair the file, save it and run check again"),
        name=name, part=member, detail=_detail(exc),
    )


def _refuse_not_office(head: bytes, name: str) -> UnreadableDocumentError:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    lower = start[:64].lower()
    if start.startswith(b"%PDF"):
        template = N_("{name} is a PDF file: check needs the Word (.docx) or PowerPoint (.pptx) file it was"
                      " exported from")
    elif start.startswith(b"{\\rtf"):
        template = N_("{name} is an RTF file: open it in Word, save it as Word Document (.docx) and run check again")
    elif lower.startswith((b"<!doctype html", b"<html")):
        template = N_("{name} is a web page (HTML): open it in Word, save it as Word Document (.docx) and run"
                      " check again")
    elif lower.startswith(b"<?xml"):
        template = N_("{name} is a plain XML file (perhaps a Word 2003 XML or flat OpenDocument file): open it in"
                      " Word or LibreOffice, save it as .docx and run check again")
    else:
        template = N_("{name} is not a Word or PowerPoint file (a .docx or .pptx is a zip package, this is not):"
                      " open it in the program that made it, save it as .docx or .pptx and run check again")
    return _fail("not-office", template, name=name)


def _refuse_zip_without_content_types(
    zf: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], name: str
) -> UnreadableDocumentError:
    mimetype = members.get("mimetype")
    if mimetype is not None and mimetype.file_size <= 256:
        kind = _read_member(zf, mimetype, name).decode("ascii", "replace").strip()
        if kind.startswith("application/vnd.oasis.opendocument.text"):
            return _fail(
                "not-office",
                N_("{name} is an OpenDocument text (.odt), not a Word file: open it in LibreOffice or Word,"
                   " save it as Word Document (.docx) and run check again"),
                name=name,
            )
        if kind.startswith("application/vnd.oasis.opendocument.presentation"):
            return _fail(
                "not-office",
                N_("{name} is an OpenDocument presentation (.odp), not a PowerPoint file: open it in LibreOffice or"
                   " PowerPoint, save it as PowerPoint Presentation (.pptx) and run check again"),
                name=name,
            )
        if kind.startswith("application/vnd.oasis.opendocument"):
            return _fail(
                "not-office",
                N_("{name} is an OpenDocument file, not a Word or PowerPoint file: open it in LibreOffice,"
                   " save it as .docx or .pptx and run check again"),
                name=name,
            )
    if any(member.startswith(("word/", "ppt/", "_rels/")) for member in members):
        return _fail(
            "missing-main-part",
            N_("{name} is damaged: it has no [Content_Types].xml; open it in Word or PowerPoint, let it repair"
               " the file, save it and run check again"),
            name=name,
        )
    return _fail(
        "not-office",
        N_("{name} is a zip archive, not a Word or PowerPoint file: submit the .docx or .pptx file itself,"
           " or save the document as .docx or .pptx and run check again"),
        name=name,
    )


# --- XML ------------------------------------------------------------------------------------------


def _safe_parser(**kwargs: Any) -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, dtd_validation=False, **kwargs
    )


def _parse_small(data: bytes, name: str, member: str) -> Any:
    try:
        root = etree.fromstring(data, _safe_parser())
    except etree.XMLSyntaxError as exc:
        raise _malformed(name, member, exc) from exc
    if root.getroottree().docinfo.doctype:  # belt and braces: the prolog scan already refused it
        raise _entities(name, member)
    return root


def _malformed(name: str, member: str, exc: BaseException | Phrase | str) -> UnreadableDocumentError:
    detail = _detail(exc) if isinstance(exc, BaseException) else exc
    return _fail(
        "malformed-xml",
        N_("{name} is damaged: part {part} is not valid XML ({detail}); open it in Word or PowerPoint,"
           " save it again and run check again"),
        name=name, part=member, detail=detail,
    )


def _entities(name: str, member: str) -> UnreadableDocumentError:
    return _fail(
        "xml-entities",
        N_("{name} was refused: part {part} declares a DOCTYPE or entities, which Word and PowerPoint never"
           " write and which can read other files or exhaust memory; save the document again from Word or"
           " PowerPoint and run check again"),
        name=name, part=member,
    )


def _is_xml_part(info: zipfile.ZipInfo, content_types: _ContentTypes) -> bool:
    """XML by its name or by its content type: an HTML or plain-text part (altChunk) is not scanned."""
    member = info.filename
    if info.file_size == 0 or member.endswith("/") or _is_binary(member):
        return False
    if posixpath.splitext(member)[1].lower() in (".xml", ".rels", ".vml"):
        return True
    content_type = (content_types.lookup("/" + member) or "").lower()
    return content_type.endswith("xml") or "+xml" in content_type


def _check_prolog(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> None:
    """Refuse an XML part whose prolog holds a DOCTYPE, decompressing only its first bytes."""
    try:
        verdict = _prolog_verdict(zf, info)
    except Exception as exc:
        raise _corrupt_part(name, info.filename, exc) from exc
    if verdict == "doctype":
        raise _entities(name, info.filename)
    if verdict == "too-long":
        raise _malformed(name, info.filename, Phrase(N_("over a megabyte of comments before the first element")))


def _prolog_verdict(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> str:
    """'doctype', 'too-long' or 'ok' (the root element, or anything that lxml itself will reject)."""
    with zf.open(info) as stream:
        raw = stream.read(4096)
        encoding, skip = _sniff_encoding(raw)
        decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
        text = decoder.decode(raw[skip:])
        consumed = len(raw)
        pos = 0
        while True:
            verdict, pos = _scan_prolog_text(text, pos)
            if verdict != "more":
                return verdict
            if consumed >= _MAX_PROLOG_BYTES:
                return "too-long"
            raw = stream.read(_CHUNK)
            if not raw:
                return "ok"
            consumed += len(raw)
            text = text[pos:] + decoder.decode(raw)
            pos = 0


def _sniff_encoding(raw: bytes) -> tuple[str, int]:
    if raw.startswith(b"\xef\xbb\xbf"):
        return "utf-8", 3
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return ("utf-32-le" if raw[0] == 0xFF else "utf-32-be"), 4
    if raw.startswith(b"\xff\xfe"):
        return "utf-16-le", 2
    if raw.startswith(b"\xfe\xff"):
        return "utf-16-be", 2
    if raw.startswith(b"<\x00\x00\x00"):
        return "utf-32-le", 0
    if raw.startswith(b"\x00\x00\x00<"):
        return "utf-32-be", 0
    if raw.startswith(b"<\x00"):
        return "utf-16-le", 0
    if raw.startswith(b"\x00<"):
        return "utf-16-be", 0
    # Every other encoding lxml reads as XML is ASCII-compatible for the markup we look for.
    return "latin-1", 0


def _scan_prolog_text(text: str, pos: int) -> tuple[str, int]:
    """Walk the prolog from `pos`: ('doctype'|'ok', _) when decided, ('more', resume_pos) when text runs out."""
    n = len(text)
    while True:
        while pos < n and text[pos] in " \t\r\n\ufeff":
            pos += 1
        if pos >= n:
            return "more", pos
        if text[pos] != "<":
            return "ok", pos  # not XML: lxml will say so
        if n - pos < 9:
            return "more", pos
        if text.startswith("<?", pos):
            end = text.find("?>", pos + 2)
            if end < 0:
                return "more", pos
            pos = end + 2
        elif text.startswith("<!--", pos):
            end = text.find("-->", pos + 4)
            if end < 0:
                return "more", pos
            pos = end + 3
        elif text[pos : pos + 9].upper() in ("<!DOCTYPE", "<!ENTITY ") or text[pos : pos + 8].upper() == "<!ENTITY":
            return "doctype", pos
        else:
            return "ok", pos


class _ContentTypes:
    def __init__(self, defaults: dict[str, str], overrides: dict[str, str]) -> None:
        self.defaults = defaults
        self.overrides = overrides

    @classmethod
    def parse(cls, data: bytes, name: str) -> _ContentTypes:
        root = _parse_small(data, name, "[Content_Types].xml")
        defaults: dict[str, str] = {}
        overrides: dict[str, str] = {}
        for element in root.iterchildren(f"{{{_CT_NS}}}Default"):
            extension, content_type = element.get("Extension"), element.get("ContentType")
            if extension is None or content_type is None:
                raise _malformed(name, "[Content_Types].xml", Phrase(N_("a Default lacks Extension or ContentType")))
            defaults[extension.lower()] = content_type
        for element in root.iterchildren(f"{{{_CT_NS}}}Override"):
            partname, content_type = element.get("PartName"), element.get("ContentType")
            if partname is None or content_type is None:
                raise _malformed(name, "[Content_Types].xml",
                                 Phrase(N_("an Override lacks PartName or ContentType")))
            overrides[partname.lower()] = content_type
        return cls(defaults, overrides)

    def lookup(self, partname: str) -> str | None:
        found = self.overrides.get(partname.lower())
        if found is not None:
            return found
        extension = posixpath.splitext(partname)[1]
        return self.defaults.get(extension[1:].lower() if extension.startswith(".") else extension.lower())


def _rels_member(partname: str) -> str:
    """Zip member holding the relationships of `partname` ("/" for the package), as both libraries compute it."""
    base, filename = posixpath.split(partname)
    return posixpath.join(base, "_rels", f"{filename}.rels")[1:]


def _resolve(source: str, target: str) -> str:
    base = "/" if source == "/" else posixpath.dirname(source)
    return posixpath.normpath(posixpath.join(base, target))


def _read_rels(
    zf: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], partname: str, name: str
) -> list[tuple[str, str, bool]] | None:
    """(type, target, is_external) of each relationship of `partname`; None if it has no .rels part."""
    member = _rels_member(partname)
    info = members.get(member)
    if info is None:
        return None
    root = _parse_small(_read_member(zf, info, name), name, member)
    rels = []
    for element in root.iterchildren(f"{{{_REL_NS}}}Relationship"):
        rel_type, target = element.get("Type"), element.get("Target")
        if rel_type is None or target is None:
            raise _fail(
                "broken-relationships",
                N_("{name} is damaged: {part} has a relationship without Type or Target; open it in Word or"
                   " PowerPoint, save it again and run check again"),
                name=name, part=member,
            )
        rels.append((rel_type, target, element.get("TargetMode") == "External"))
    return rels


def _find_main_part(
    zf: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], content_types: _ContentTypes, name: str
) -> tuple[str, _Kind, str, str]:
    rels = _read_rels(zf, members, "/", name)
    if rels is None:
        raise _fail(
            "missing-main-part",
            N_("{name} is damaged: it has no _rels/.rels, so its main document cannot be found; open it in Word or"
               " PowerPoint, let it repair the file, save it and run check again"),
            name=name,
        )
    main = [target for rel_type, target, external in rels if rel_type == _RT_OFFICE_DOCUMENT and not external]
    if not main:
        if any(rel_type == _RT_STRICT_OFFICE_DOCUMENT for rel_type, _, _ in rels):
            raise _fail(
                "unsupported-type",
                N_("{name} is saved as Strict Open XML, which cannot be read: in Word or PowerPoint use Save As and"
                   " choose Word Document (.docx) or PowerPoint Presentation (.pptx), then run check again"),
                name=name,
            )
        raise _fail(
            "missing-main-part",
            N_("{name} has no main document (no officeDocument relationship): open it in Word or PowerPoint,"
               " save it as .docx or .pptx and run check again"),
            name=name,
        )
    if len(main) > 1:
        raise _fail(
            "broken-relationships",
            N_("{name} is damaged: it declares {count} main documents; open it in Word or PowerPoint,"
               " save it again and run check again"),
            name=name, count=len(main),
        )
    main_part = _resolve("/", main[0])
    if main_part[1:] not in members:
        raise _fail(
            "missing-main-part",
            N_("{name} is damaged: its main document {part} is missing; open it in Word or PowerPoint,"
               " let it repair the file, save it and run check again"),
            name=name, part=main_part,
        )
    content_type = content_types.lookup(main_part)
    if content_type is None:
        raise _fail(
            "missing-main-part",
            N_("{name} is damaged: its main document {part} has no content type in [Content_Types].xml;"
               " open it in Word or PowerPoint, save it again and run check again"),
            name=name, part=main_part,
        )
    found = _MAIN_TYPES.get(content_type.lower())
    if found is None:
        raise _fail(
            "unsupported-type",
            N_("{name} is {kind}, not a Word document or PowerPoint presentation:"
               " submit the .docx or .pptx file instead"),
            name=name, kind=_describe(content_type),
        )
    kind, flavour = found
    return main_part, kind, flavour, content_type


def _describe(content_type: str) -> Phrase:
    lowered = content_type.lower()
    if "spreadsheetml" in lowered or "ms-excel" in lowered:
        return Phrase(N_("an Excel workbook"))
    if "thememanager" in lowered:
        return Phrase(N_("an Office theme"))
    if "ms-visio" in lowered:
        return Phrase(N_("a Visio drawing"))
    return Phrase(N_("an Office file of another kind ({content_type})"), content_type=content_type)


def _walk_relationships(
    zf: zipfile.ZipFile,
    members: dict[str, zipfile.ZipInfo],
    content_types: _ContentTypes,
    kind: _Kind,
    name: str,
) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Walk the relationship graph the way both libraries do (depth first, from the package).

    Returns the content type of every reachable part and the (source, target) of dangling relationships.
    """
    reachable: dict[str, str] = {}
    dangling: list[tuple[str, str]] = []
    visited: set[str] = {"/"}
    stack = [("/", iter(_read_rels(zf, members, "/", name) or []))]
    while stack:
        source, rels = stack[-1]
        rel = next(rels, None)
        if rel is None:
            stack.pop()
            continue
        _, target_ref, external = rel
        if external:
            continue
        target = _resolve(source, target_ref)
        if target in visited:
            continue
        visited.add(target)
        if target[1:] not in members:
            dangling.append((source, target))
            continue
        content_type = content_types.lookup(target)
        if content_type is None:
            raise _fail(
                "broken-relationships",
                N_("{name} is damaged: part {part} has no content type in [Content_Types].xml; open it in Word or"
                   " PowerPoint, save it again and run check again"),
                name=name, part=target,
            )
        reachable[target] = content_type
        if len(stack) >= _MAX_REL_DEPTH:
            raise _fail(
                "broken-relationships",
                N_("{name} was refused: its parts refer to each other over {depth} levels deep, which no"
                   " real document does; open it in Word or PowerPoint, save it again and run check again"),
                name=name, depth=_MAX_REL_DEPTH,
            )
        stack.append((target, iter(_read_rels(zf, members, target, name) or [])))
    return reachable, dangling


def _grid_span_problem(element: Any, max_grid_span: int) -> tuple[str, str | Phrase] | None:
    raw = element.get(_W_VAL) if element.tag == _W_GRIDSPAN else element.get("gridSpan")
    if raw is None:
        return None
    try:
        span = int(raw) if len(raw) <= 20 else None
    except ValueError:
        span = None
    if span is None:
        return "malformed-xml", Phrase(N_("a table cell spans {value} columns"), value=repr(raw[:20]))
    if span > max_grid_span:
        return "pathological-table", str(span)
    return None


def _scan_table_parts(
    zf: zipfile.ZipFile,
    members: dict[str, zipfile.ZipInfo],
    reachable: dict[str, str],
    kind: _Kind,
    name: str,
    limits: Limits,
) -> None:
    """Stream-parse every part that can hold a table: well-formed, no DOCTYPE, no absurd column span.

    lxml filters the events in C; paragraphs and tables are dropped once seen, so memory stays flat.
    """
    table_parts = _TABLE_PART_TYPES[kind]
    watched = (_W_GRIDSPAN, _A_TC, _W_P, _A_P, _W_TBL, _A_TBL)
    for partname, content_type in reachable.items():
        if content_type.lower() not in table_parts:
            continue
        member = partname[1:]
        parser = etree.XMLPullParser(
            events=("end",), tag=watched, resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
        )
        problem: tuple[str, str | Phrase] | None = None
        try:
            stream = zf.open(members[member])
        except Exception as exc:
            raise _corrupt_part(name, member, exc) from exc
        with stream:
            while problem is None:
                try:
                    chunk = stream.read(_CHUNK)
                except Exception as exc:
                    raise _corrupt_part(name, member, exc) from exc
                try:
                    if chunk:
                        parser.feed(chunk)
                    else:
                        root = parser.close()
                        if root.getroottree().docinfo.doctype:
                            problem = ("xml-entities", "")
                except etree.XMLSyntaxError as exc:
                    raise _malformed(name, member, exc) from exc
                for _, element in parser.read_events():
                    if element.tag in (_W_GRIDSPAN, _A_TC):
                        problem = problem or _grid_span_problem(element, limits.max_grid_span)
                    else:
                        element.clear()
                        while element.getprevious() is not None:
                            del element.getparent()[0]
                if not chunk:
                    break
        if problem is not None:
            code, detail = problem
            if code == "xml-entities":
                raise _entities(name, member)
            if code == "malformed-xml":
                raise _malformed(name, member, detail)
            raise _fail(
                "pathological-table",
                N_("{name} was refused: a table cell in {part} spans {span} columns (limit {limit}); fix or rebuild"
                   " that table in Word or PowerPoint, save it and run check again"),
                name=name, part=member, span=detail, limit=limits.max_grid_span,
            )


# --- loading ------------------------------------------------------------------------------------


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
                copy.writestr(member, _retype(source.read(info), package.main_part, content_type))
                continue
            with source.open(info) as reader, copy.open(member, "w", force_zip64=info.file_size >= 2**31 - 1) as writer:
                shutil.copyfileobj(reader, writer, 1024 * 1024)
    out.seek(0)
    return out


def _retype(content_types_xml: bytes, partname: str, content_type: str) -> bytes:
    root = etree.fromstring(content_types_xml, _safe_parser())
    for element in root.iterchildren(f"{{{_CT_NS}}}Override"):
        if (element.get("PartName") or "").lower() == partname.lower():
            element.set("ContentType", content_type)
            break
    else:
        etree.SubElement(root, f"{{{_CT_NS}}}Override", PartName=partname, ContentType=content_type)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


# --- mapping whatever the libraries raise ---------------------------------------------------------


def _map_error(exc: BaseException, path: Path) -> UnreadableDocumentError:
    """Map the ~10 exception types python-docx / python-pptx / zipfile / lxml raise to the documented codes."""
    if isinstance(exc, MemoryError):  # not a property of the file: the runner's memory bound reports it
        raise exc
    name = path.name or str(path)
    detail = _detail(exc)
    type_name = type(exc).__name__
    redo = Phrase(N_("open it in Word or PowerPoint, save it again and run check again"))
    if isinstance(exc, UnreadableDocumentError):
        return exc
    if isinstance(exc, FileNotFoundError):
        return _fail("file-missing",
                     N_("{name} vanished while it was being read: check the file, then run check again"), name=name)
    if isinstance(exc, (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError)) or type_name == "PackageNotFoundError":
        return _fail("corrupt-zip", N_("{name} is damaged (its zip container is broken: {detail}): {redo}"),
                     name=name, detail=detail, redo=redo)
    if isinstance(exc, etree.LxmlError) or type_name == "InvalidXmlError" or isinstance(exc, UnicodeError):
        return _fail("malformed-xml", N_("{name} is damaged: it holds invalid XML ({detail}); {redo}"),
                     name=name, detail=detail, redo=redo)
    if isinstance(exc, KeyError):
        if "officeDocument" in detail or "[Content_Types].xml" in detail:
            return _fail("missing-main-part", N_("{name} is damaged: its main document cannot be found ({detail}); {redo}"),
                         name=name, detail=detail, redo=redo)
        return _fail("broken-relationships",
                     N_("{name} is damaged: a part or relationship is missing ({detail}); {redo}"),
                     name=name, detail=detail, redo=redo)
    if isinstance(exc, NotImplementedError) and "compression" in detail:
        return _fail("corrupt-zip",
                     N_("{name} is damaged: it uses a zip compression Word never writes ({detail}); {redo}"),
                     name=name, detail=detail, redo=redo)
    if isinstance(exc, RuntimeError) and ("encrypted" in detail or "password" in detail):
        return _fail("corrupt-zip", N_("{name} has zip-encrypted parts, which Word and PowerPoint never write: {redo}"),
                     name=name, redo=redo)
    if isinstance(exc, ValueError):
        if "is not a Word file" in detail or "is not a PowerPoint file" in detail:
            return _fail(
                "unsupported-type",
                N_("{name} is not a Word document or PowerPoint presentation ({detail}): submit the .docx or .pptx file"),
                name=name, detail=detail,
            )
        if "relationship" in detail or "PackURI" in detail:
            return _fail("broken-relationships",
                         N_("{name} is damaged: its relationships are inconsistent ({detail}); {redo}"),
                         name=name, detail=detail, redo=redo)
        return _fail("malformed-xml",
                     N_("{name} is damaged: it holds values no Office application writes ({detail}); {redo}"),
                     name=name, detail=detail, redo=redo)
    if isinstance(exc, OSError):
        return _fail("file-unreadable",
                     N_("{name} cannot be read ({detail}): check the file and the disk, then run check again"),
                     name=name, detail=detail)
    return _fail(
        "internal-error",
        N_("{name} could not be read because of an unexpected {kind} ({detail}): {redo}; if it still fails,"
           " report this message with the file"),
        name=name, kind=type_name, detail=detail, redo=redo,
    )


def _detail(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    if not text:
        return type(exc).__name__
    return text if len(text) <= 200 else text[:197] + "..."


def _shown(partname: str) -> str | Phrase:
    return Phrase(N_("the package")) if partname == "/" else partname


def _mb(size: int) -> Phrase:
    if size >= 1024**2:
        return Phrase(N_("{size} MB"), size=f"{size / 1024**2:.0f}")
    return Phrase(N_("{size} KB"), size=f"{size / 1024:.0f}")
