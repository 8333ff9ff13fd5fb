"""What a file is when it is not a Word or PowerPoint package: OLE (legacy, encrypted), PDF, RTF, HTML, ODF, zip."""

from __future__ import annotations

import struct
import zipfile
from typing import IO

from ..errors import UnreadableDocumentError
from ..i18n import N_
from .errors import damaged, exception_detail, fail
from .zip_limits import Limits, check_central_directory, read_member


OLE_MAGIC = b"\xd0\xcf\x11\xe0"


def refuse_ole(fh: IO[bytes], size: int, name: str) -> UnreadableDocumentError:
    streams = _ole_stream_names(fh, size)
    if streams & {"EncryptedPackage", "EncryptionInfo"}:
        return fail(
            "encrypted",
            N_("{name} is protected by a password: open it in Word or PowerPoint, remove the password"
               " (File > Info > Protect > Encrypt with Password, then empty the password), save it and run check again"),
            name=name,
        )
    if "WordDocument" in streams:
        return fail(
            "legacy-format",
            N_("{name} is a legacy Word 97-2003 file (.doc): open it in Word or LibreOffice and save it as .docx,"
               " then run check again"),
            name=name,
        )
    if "PowerPoint Document" in streams:
        return fail(
            "legacy-format",
            N_("{name} is a legacy PowerPoint 97-2003 file (.ppt): open it in PowerPoint or LibreOffice and save it"
               " as .pptx, then run check again"),
            name=name,
        )
    if streams & {"Workbook", "Book"}:
        return fail(
            "unsupported-type",
            N_("{name} is an Excel 97-2003 workbook, not a Word document or PowerPoint presentation:"
               " submit the .docx or .pptx file instead"),
            name=name,
        )
    return fail(
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


def open_zip(fh: IO[bytes], head: bytes, size: int, name: str, limits: Limits) -> zipfile.ZipFile:
    is_zip_signature = head.startswith(b"PK")
    try:
        # zipfile builds one object per central-directory record: bound their number before it does.
        check_central_directory(fh, size, name, limits)
    except UnreadableDocumentError:
        if is_zip_signature:
            raise
        raise refuse_not_office(head, name) from None
    try:
        fh.seek(0)
        return zipfile.ZipFile(fh)
    except Exception as exc:
        if is_zip_signature:
            raise fail(
                "corrupt-zip",
                N_("{name} is damaged (its zip container is broken: {detail}), for example truncated by"
                   " an interrupted copy or download: open the original in Word or PowerPoint, save it again"
                   " and run check again"),
                name=name, detail=exception_detail(exc),
            ) from exc
        raise refuse_not_office(head, name) from exc


def refuse_not_office(head: bytes, name: str) -> UnreadableDocumentError:
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
    return fail("not-office", template, name=name)


def refuse_zip_without_content_types(
    zf: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], name: str
) -> UnreadableDocumentError:
    mimetype = members.get("mimetype")
    if mimetype is not None and mimetype.file_size <= 256:
        kind = read_member(zf, mimetype, name).decode("ascii", "replace").strip()
        if kind.startswith("application/vnd.oasis.opendocument.text"):
            return fail(
                "not-office",
                N_("{name} is an OpenDocument text (.odt), not a Word file: open it in LibreOffice or Word,"
                   " save it as Word Document (.docx) and run check again"),
                name=name,
            )
        if kind.startswith("application/vnd.oasis.opendocument.presentation"):
            return fail(
                "not-office",
                N_("{name} is an OpenDocument presentation (.odp), not a PowerPoint file: open it in LibreOffice or"
                   " PowerPoint, save it as PowerPoint Presentation (.pptx) and run check again"),
                name=name,
            )
        if kind.startswith("application/vnd.oasis.opendocument"):
            return fail(
                "not-office",
                N_("{name} is an OpenDocument file, not a Word or PowerPoint file: open it in LibreOffice,"
                   " save it as .docx or .pptx and run check again"),
                name=name,
            )
    if any(member.startswith(("word/", "ppt/", "_rels/")) for member in members):
        return damaged("missing-main-part", name, N_("it has no [Content_Types].xml"), repair=True)
    return fail(
        "not-office",
        N_("{name} is a zip archive, not a Word or PowerPoint file: submit the .docx or .pptx file itself,"
           " or save the document as .docx or .pptx and run check again"),
        name=name,
    )
