"""The XML prolog scan: refuse DOCTYPEs and entity declarations, decompressing only the first bytes of each part."""

from __future__ import annotations

import codecs
import posixpath
import zipfile
from typing import TYPE_CHECKING, Any

from lxml import etree

from ..errors import Phrase
from ..i18n import N_
from ..ooxml import safe_parser
from .errors import corrupt_part, entities, malformed
from .zip_limits import CHUNK, is_binary

if TYPE_CHECKING:
    from .opc_walk import ContentTypes


_MAX_PROLOG_BYTES = 1024**2  # no real XML part has a megabyte of comments before its root element


def parse_small(data: bytes, name: str, member: str) -> Any:
    try:
        root = etree.fromstring(data, safe_parser())
    except etree.XMLSyntaxError as exc:
        raise malformed(name, member, exc) from exc
    if root.getroottree().docinfo.doctype:  # belt and braces: the prolog scan already refused it
        raise entities(name, member)
    return root


def is_xml_part(info: zipfile.ZipInfo, content_types: ContentTypes) -> bool:
    """XML by its name or by its content type: an HTML or plain-text part (altChunk) is not scanned."""
    member = info.filename
    if info.file_size == 0 or member.endswith("/") or is_binary(member):
        return False
    if posixpath.splitext(member)[1].lower() in (".xml", ".rels", ".vml"):
        return True
    content_type = (content_types.lookup("/" + member) or "").lower()
    return content_type.endswith("xml") or "+xml" in content_type


def check_prolog(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> None:
    """Refuse an XML part whose prolog holds a DOCTYPE, decompressing only its first bytes."""
    try:
        verdict = _prolog_verdict(zf, info)
    except Exception as exc:
        raise corrupt_part(name, info.filename, exc) from exc
    if verdict == "doctype":
        raise entities(name, info.filename)
    if verdict == "too-long":
        raise malformed(name, info.filename, Phrase(N_("over a megabyte of comments before the first element")))


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
            raw = stream.read(CHUNK)
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
