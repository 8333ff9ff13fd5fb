"""The reader's error catalogue: every code a submitted file can get, and the errors that carry them.

Messages are English templates marked with N_, rendered again in the report's language by `check`.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path
from typing import Any

from lxml import etree

from ..errors import Phrase, UnreadableDocumentError, render_template
from ..i18n import N_


# Every code a file can get from the reader, with its line in docs/check.md's "File error codes" table
# (a test compares them). The runner adds its own two codes (check/runner.py, RUNNER_ERROR_CODES).
ERROR_CODES: dict[str, str] = {
    "file-missing": "The file does not exist, or vanished before it could be read.",
    "file-unreadable": "The file exists but cannot be read: no permission, a folder, or an I/O error.",
    "file-empty": "The file is empty (0 bytes).",
    "file-too-large": "The file is bigger than the size limit (200 MB).",
    "legacy-format": "A Word 97-2003 (.doc) or PowerPoint 97-2003 (.ppt) file: it must be saved as .docx or .pptx.",
    "encrypted": "The document is protected by a password (an encrypted Office package).",
    "not-office": "Not a Word or PowerPoint file at all: PDF, OpenDocument (.odt), RTF, text, another kind of zip.",
    "unsupported-type": "An Office file that is neither a Word document nor a PowerPoint presentation"
    " (Excel, a theme...), or one saved as Strict Open XML.",
    "zip-bomb": "The zip container would expand far beyond any real document: too many entries,"
    " parts too large or too compressible. Refused from the zip directory, before anything is decompressed.",
    "corrupt-zip": "The zip container is damaged: truncated (even when the last zip directory left in the file"
    " is that of a workbook embedded in it), bad checksums, broken compressed data.",
    "missing-main-part": "No `[Content_Types].xml`, no main-document relationship, or the main document part is"
    " absent.",
    "broken-relationships": "A relationship points to a part that is missing, a `.rels` part is not a"
    " `Relationships` list, a slide, layout, header, styles... relationship is marked external, or a presentation"
    " lists a slide or master with no relationship.",
    "wrong-content-type": "A part is declared as one kind of part and holds another: a Word document declared as"
    " a presentation (or the reverse), a slide declared as a notes page or a picture.",
    "malformed-xml": "A part is not well-formed XML, holds values that no Office application writes, has the"
    " wrong root element (a notes slide that is `<x/>`), or lacks an element Word and PowerPoint always write (a"
    " slide without its shape tree).",
    "xml-entities": "A part declares a DOCTYPE or entities (external entities, entity-expansion bombs).",
    "pathological-table": "A table cell spans more columns than any real table (`gridSpan` over the limit).",
    "internal-error": "An unexpected error while reading or checking the file, or its worker process died another"
    " way (the message names the exception or signal). Please report it with the file.",
}


WARNING_CODES: dict[str, str] = {
    "macros-ignored": "The file contains macros (.docm/.pptm or a VBA project); they are ignored and never run.",
    "template-file": "The file is a template (.dotx/.potx); it is read as an ordinary document.",
    "slideshow-file": "The file is a slide show (.ppsx); it is read as an ordinary presentation.",
    "missing-parts": "Some relationships point to parts absent from the file; they are skipped.",
    "wrong-extension": "A Word document named .pptx, or a presentation named .docx: read for what it holds.",
}


def fail(code: str, template: str, **values: Any) -> UnreadableDocumentError:
    """The error for `code`: `template` is an English message marked with N_ whose `{fields}` are `values`
    (a value may be a Phrase, translated on its own); the error keeps both so check can show it in --lang."""
    return UnreadableDocumentError(render_template(template, values), code=code, template=template, values=values)


# What to do about a damaged file: Word and PowerPoint rewrite a package cleanly when they save it.
SAVE_AGAIN = N_("open it in Word or PowerPoint, save it again and run check again")
REPAIR = N_("open it in Word or PowerPoint, let it repair the file, save it and run check again")


def damaged(code: str, name: str, what: str, *, repair: bool = False, **values: Any) -> UnreadableDocumentError:
    """'{name} is damaged: <what>; <open it and save it again>': `what` is a message id whose fields are `values`.

    `repair` when the program must repair the file first (a part is missing or cannot be read)."""
    return fail(code, N_("{name} is damaged: {what}; {redo}"), name=name, what=Phrase(what, **values),
                redo=Phrase(REPAIR if repair else SAVE_AGAIN))


def corrupt_part(name: str, member: str, exc: Exception) -> UnreadableDocumentError:
    return damaged("corrupt-zip", name, N_("part {part} cannot be decompressed ({detail})"), repair=True,
                   part=member, detail=exception_detail(exc))


def malformed(name: str, member: str, exc: BaseException | Phrase | str) -> UnreadableDocumentError:
    detail = exception_detail(exc) if isinstance(exc, BaseException) else exc
    return damaged("malformed-xml", name, N_("part {part} is not valid XML ({detail})"), part=member, detail=detail)


def entities(name: str, member: str) -> UnreadableDocumentError:
    return fail(
        "xml-entities",
        N_("{name} was refused: part {part} declares a DOCTYPE or entities, which Word and PowerPoint never"
           " write and which can read other files or exhaust memory; save the document again from Word or"
           " PowerPoint and run check again"),
        name=name, part=member,
    )


def map_error(exc: BaseException, path: Path) -> UnreadableDocumentError:
    """Map the ~10 exception types python-docx / python-pptx / zipfile / lxml raise to the documented codes."""
    if isinstance(exc, MemoryError):  # not a property of the file: the runner's memory bound reports it
        raise exc
    name = path.name or str(path)
    detail = exception_detail(exc)
    type_name = type(exc).__name__
    redo = Phrase(SAVE_AGAIN)
    if isinstance(exc, UnreadableDocumentError):
        return exc
    if isinstance(exc, FileNotFoundError):
        return fail("file-missing",
                     N_("{name} vanished while it was being read: check the file, then run check again"), name=name)
    if isinstance(exc, (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError)) or type_name == "PackageNotFoundError":
        return fail("corrupt-zip", N_("{name} is damaged (its zip container is broken: {detail}): {redo}"),
                     name=name, detail=detail, redo=redo)
    if isinstance(exc, etree.LxmlError) or type_name == "InvalidXmlError" or isinstance(exc, UnicodeError):
        return damaged("malformed-xml", name, N_("it holds invalid XML ({detail})"), detail=detail)
    if isinstance(exc, KeyError):
        if "officeDocument" in detail or "[Content_Types].xml" in detail:
            return damaged("missing-main-part", name, N_("its main document cannot be found ({detail})"), detail=detail)
        return damaged("broken-relationships", name, N_("a part or relationship is missing ({detail})"), detail=detail)
    if isinstance(exc, NotImplementedError) and "compression" in detail:
        return damaged("corrupt-zip", name, N_("it uses a zip compression Word never writes ({detail})"), detail=detail)
    if isinstance(exc, RuntimeError) and ("encrypted" in detail or "password" in detail):
        return fail("corrupt-zip", N_("{name} has zip-encrypted parts, which Word and PowerPoint never write: {redo}"),
                     name=name, redo=redo)
    if isinstance(exc, ValueError):
        if "is not a Word file" in detail or "is not a PowerPoint file" in detail:
            return fail(
                "unsupported-type",
                N_("{name} is not a Word document or PowerPoint presentation ({detail}): submit the .docx or .pptx file"),
                name=name, detail=detail,
            )
        if "relationship" in detail or "PackURI" in detail:
            return damaged("broken-relationships", name, N_("its relationships are inconsistent ({detail})"),
                           detail=detail)
        return damaged("malformed-xml", name, N_("it holds values no Office application writes ({detail})"),
                       detail=detail)
    if isinstance(exc, OSError):
        return fail("file-unreadable",
                     N_("{name} cannot be read ({detail}): check the file and the disk, then run check again"),
                     name=name, detail=detail)
    return fail(
        "internal-error",
        N_("{name} could not be read because of an unexpected {kind} ({detail}): {redo}; if it still fails,"
           " report this message with the file"),
        name=name, kind=type_name, detail=detail, redo=redo,
    )


def exception_detail(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    if not text:
        return type(exc).__name__
    return text if len(text) <= 200 else text[:197] + "..."


def shown(partname: str) -> str | Phrase:
    return Phrase(N_("the package")) if partname == "/" else partname


def megabytes(size: int) -> Phrase:
    if size >= 1024**2:
        return Phrase(N_("{size} MB"), size=f"{size / 1024**2:.0f}")
    return Phrase(N_("{size} KB"), size=f"{size / 1024:.0f}")
