"""Hostile and broken Office files, built in memory: one builder per case, shared by the reader's tests
(tests/reader/test_package.py asserts each one's error code) and the web tests (which send each one through
the upload route). Add a new case here, in HOSTILE_CASES, and both replay it."""

from __future__ import annotations

import functools
import hashlib
import io
import re
import struct
import zipfile
import zlib
from typing import Callable, NamedTuple

import docx
import pptx
from package_edits import build_zip, read_members, rezip
from pptx.util import Inches

from mind_templates.reader import Limits

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_REL_TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def docx_bytes() -> bytes:
    document = docx.Document()
    document.add_heading("Mémoire professionnel", level=1)
    document.add_paragraph("Une section remplie par l'apprenant.")
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).text = "Critère"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def pptx_bytes() -> bytes:
    presentation = pptx.Presentation()
    slide = presentation.slides.add_slide(presentation.slide_layouts[5])
    slide.shapes.title.text = "Soutenance"
    table = slide.shapes.add_table(2, 3, Inches(1), Inches(2), Inches(6), Inches(1)).table
    table.cell(0, 0).text = "Critère"
    out = io.BytesIO()
    presentation.save(out)
    return out.getvalue()


def ole_bytes(*streams: str) -> bytes:
    """A minimal OLE compound file: the header signature and one directory sector naming `streams`."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1".ljust(512, b"\x00")
    entries = b""
    for stream in ("Root Entry", *streams):
        name = stream.encode("utf-16-le").ljust(64, b"\x00")
        entries += (name + struct.pack("<H", (len(stream) + 1) * 2)).ljust(128, b"\x00")
    return header + entries.ljust(512, b"\x00")


def docx_with_document_xml(document_xml: bytes) -> bytes:
    return rezip(docx_bytes(), {"word/document.xml": document_xml})


BODY = f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>'
BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + "".join(f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n' for i in range(1, 10))
    + "]>\n"
    + BODY
)
XXE = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    + BODY.replace("&lol9;", "&xxe;")
)

# 100 KB of text that does not compress well (a run of one letter would be refused as a zip bomb).
LONG_TEXT = b"".join(hashlib.sha256(str(i).encode()).hexdigest().encode() for i in range(1600))


# --- zip bombs ----------------------------------------------------------------------------------------


def raw_zip(entries: list[tuple[str, bytes, int, int]]) -> bytes:
    """A zip from already-deflated members: (name, deflated data, crc32, uncompressed size)."""
    out, central = bytearray(), bytearray()
    for name, data, crc, size in entries:
        encoded = name.encode()
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(data), size, len(encoded), 0)
        out += encoded + data
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc, len(data), size,
                               len(encoded), 0, 0, 0, 0, 0, offset) + encoded
    eocd = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), len(out), 0)
    return bytes(out + central + eocd)


def deflate(data: bytes) -> tuple[bytes, int, int]:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush(), zlib.crc32(data), len(data)


@functools.lru_cache(maxsize=1)
def zip_bomb_bytes() -> bytes:
    """A ~1 MB .docx whose document.xml inflates to 1 GiB of spaces, built in a fraction of a second.

    Deflate segments ended by a full flush do not refer to what came before, so the compressed form of one
    4 MiB block of spaces can be repeated 256 times instead of compressing 1 GiB.
    """
    head = f'<?xml version="1.0"?><w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>'.encode()
    tail = b"</w:t></w:r></w:p></w:body></w:document>"
    block, repeats = b" " * (4 * 1024**2), 256
    parts = []
    for piece, flush in ((head, zlib.Z_FULL_FLUSH), (block, zlib.Z_FULL_FLUSH), (tail, zlib.Z_FINISH)):
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        parts.append(compressor.compress(piece) + compressor.flush(flush))
    crc = zlib.crc32(head)
    for _ in range(repeats):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(tail, crc)
    size = len(head) + len(block) * repeats + len(tail)
    main_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    types = ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             f'<Override PartName="/word/document.xml" ContentType="{main_type}"/></Types>').encode()
    rels = (f'<Relationships xmlns="{_RELS}"><Relationship Id="rId1" Type="{_REL_TYPES}/officeDocument" '
            'Target="word/document.xml"/></Relationships>').encode()
    return raw_zip([("[Content_Types].xml", *deflate(types)), ("_rels/.rels", *deflate(rels)),
                    ("word/document.xml", parts[0] + parts[1] * repeats + parts[2], crc, size)])


# --- damaged packages (each from a clean docx or pptx) ---------------------------------------------------


def truncated(base_docx: bytes) -> bytes:
    return base_docx[: len(base_docx) // 2]


def bad_crc(base_docx: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as zf:
        for name, data in read_members(base_docx).items():
            zf.writestr(name, data)
    raw = bytearray(out.getvalue())
    at = raw.find(b"<w:body>")  # stored, so the XML is in clear: change one byte, keep the CRC
    raw[at + 1] = ord("W")
    return bytes(raw)


def without_content_types(base_docx: bytes) -> bytes:
    return rezip(base_docx, {"[Content_Types].xml": None})


def without_main_part(base_docx: bytes) -> bytes:
    return rezip(base_docx, {"word/document.xml": None})


def without_main_relationship(base_docx: bytes) -> bytes:
    rels = read_members(base_docx)["_rels/.rels"].replace(b"relationships/officeDocument", b"relationships/other")
    return rezip(base_docx, {"_rels/.rels": rels})


def _ghost_image(rels: bytes, target: bytes) -> bytes:
    return rels.replace(b"</Relationships>", b'<Relationship Id="rId99" Type="' + _REL_TYPES.encode()
                        + b'/image" Target="' + target + b'"/></Relationships>')


def broken_relationship_docx(base_docx: bytes) -> bytes:
    name = "word/_rels/document.xml.rels"
    return rezip(base_docx, {name: _ghost_image(read_members(base_docx)[name], b"media/ghost.png")})


def broken_relationship_pptx(base_pptx: bytes) -> bytes:
    name = "ppt/slides/_rels/slide1.xml.rels"
    return rezip(base_pptx, {name: _ghost_image(read_members(base_pptx)[name], b"../media/ghost.png")})


def part_without_content_type(base_docx: bytes) -> bytes:
    types = read_members(base_docx)["[Content_Types].xml"]
    types = re.sub(rb'<Override PartName="/word/styles.xml"[^>]*/>', b"", types)
    types = types.replace(b'<Default Extension="xml" ContentType="application/xml"/>', b"")
    return rezip(base_docx, {"[Content_Types].xml": types})


def relationship_loop(base_docx: bytes, length: int = 500) -> bytes:
    """Both libraries walk relationships recursively: python-docx dies of RecursionError near 1000 levels."""
    custom = f"{_REL_TYPES}/customXml"

    def rels(target: str) -> bytes:
        return f'<Relationships xmlns="{_RELS}"><Relationship Id="rId1" Type="{custom}" Target="{target}"/>' \
               f'</Relationships>'.encode()

    members = read_members(base_docx)
    members["word/_rels/document.xml.rels"] = members["word/_rels/document.xml.rels"].replace(
        b"</Relationships>", f'<Relationship Id="rId99" Type="{custom}" Target="c0.xml"/></Relationships>'.encode())
    for i in range(length):
        members[f"word/c{i}.xml"] = b"<a/>"
        members[f"word/_rels/c{i}.xml.rels"] = rels(f"c{i + 1}.xml" if i < length - 1 else "c0.xml")
    return build_zip(members)


def half_document_xml(base_docx: bytes) -> bytes:
    document_xml = read_members(base_docx)["word/document.xml"]
    return docx_with_document_xml(document_xml[: len(document_xml) // 2])


def malformed_styles(base_docx: bytes) -> bytes:
    return rezip(base_docx, {"word/styles.xml": b"<w:styles xmlns:w='" + W_NS.encode() + b"'><w:style>"})


def grid_span_docx(base_docx: bytes, value: str = "1000000") -> bytes:
    document_xml = read_members(base_docx)["word/document.xml"]
    return docx_with_document_xml(
        document_xml.replace(b"</w:tcPr>", f'<w:gridSpan w:val="{value}"/></w:tcPr>'.encode(), 1))


def grid_span_pptx(base_pptx: bytes) -> bytes:
    name = "ppt/slides/slide1.xml"
    slide = read_members(base_pptx)[name]
    return rezip(base_pptx, {name: slide.replace(b"<a:tc>", b'<a:tc gridSpan="1000000">', 1)})


def compressible_xml_part(base_docx: bytes) -> bytes:
    padded = read_members(base_docx)["word/document.xml"].replace(b"<w:body>", b"<w:body>" + b" " * 2_000_000)
    return docx_with_document_xml(padded)


def crowded(base_docx: bytes, entries: int) -> bytes:
    members = read_members(base_docx)
    members.update({f"customXml/item{i}.xml": b"<a/>" for i in range(entries)})
    return build_zip(members)


def spreadsheet_package() -> bytes:
    return build_zip({
        "[Content_Types].xml": b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        b'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument'
        b'.spreadsheetml.sheet.main+xml"/></Types>',
        "_rels/.rels": f'<Relationships xmlns="{_RELS}"><Relationship Id="rId1" Type="{_REL_TYPES}/'
        'officeDocument" Target="xl/workbook.xml"/></Relationships>'.encode(),
        "xl/workbook.xml": b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
    })


def opendocument() -> bytes:
    return build_zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<office/>"})


NOT_OFFICE = {  # id: (content, the hint the error gives)
    "text": (b"Just some notes, saved as text and renamed.\n" * 20, "not a Word or PowerPoint file"),
    "pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF"),
    "rtf": (b"{\\rtf1\\ansi\\deff0 {\\fonttbl}}", "RTF"),
    "html": (b"<html><body>Mon m\xc3\xa9moire</body></html>", "web page"),
}
OLE_CASES = {  # id: (streams, suffix, code, hint)
    "doc": (("WordDocument", "1Table"), ".doc", "legacy-format", "save it as .docx"),
    "ppt": (("PowerPoint Document", "Current User"), ".ppt", "legacy-format", "save it as .pptx"),
    "doc-renamed-docx": (("WordDocument",), ".docx", "legacy-format", "Word 97-2003"),  # the content decides
    "encrypted": (("EncryptionInfo", "EncryptedPackage"), ".docx", "encrypted", "remove the password"),
    "xls": (("Workbook",), ".doc", "unsupported-type", "Excel"),
    "unknown-ole": ((), ".doc", "legacy-format", "97-2003"),
}
ENTITY_CASES = {  # id: (member, XML with a DOCTYPE)
    "billion-laughs": ("word/document.xml", BILLION_LAUGHS.encode()),
    "external-entity": ("word/document.xml", XXE.encode()),
    "utf16": ("word/document.xml", XXE.encode("utf-16")),  # with a BOM
    "after-long-comment": ("word/document.xml", b"<!-- " + LONG_TEXT + b" -->\n" + XXE.split("\n", 1)[1].encode()),
    "styles": ("word/styles.xml", XXE.encode()),
    "package-rels": ("_rels/.rels", XXE.encode()),
    "content-types": ("[Content_Types].xml", XXE.encode()),
}


class HostileCase(NamedTuple):
    name: str  # the file name it is sent under
    data: bytes
    code: str  # the error the reader gives ("ok": it opens, with a warning at most)


def hostile_cases(base_docx: bytes, base_pptx: bytes) -> dict[str, HostileCase]:
    """Every hostile file above, by id, with the reader's expected outcome."""
    docx_cases: dict[str, tuple[Callable[[bytes], bytes], str]] = {
        "truncated": (truncated, "corrupt-zip"), "bad-crc": (bad_crc, "corrupt-zip"),
        "no-content-types": (without_content_types, "missing-main-part"),
        "no-main-part": (without_main_part, "missing-main-part"),
        "no-main-relationship": (without_main_relationship, "missing-main-part"),
        "broken-relationship": (broken_relationship_docx, "broken-relationships"),
        "untyped-part": (part_without_content_type, "broken-relationships"),
        "relationship-loop": (relationship_loop, "broken-relationships"),
        "half-xml": (half_document_xml, "malformed-xml"), "malformed-styles": (malformed_styles, "malformed-xml"),
        "grid-span": (grid_span_docx, "pathological-table"),
        "compressible-part": (compressible_xml_part, "zip-bomb"),
        "too-many-entries": (lambda base: crowded(base, Limits().max_entries + 1), "zip-bomb"),
        "non-numeric-grid-span": (lambda base: grid_span_docx(base, "many"), "malformed-xml"),
    }
    cases = {key: HostileCase(f"{key}.docx", build(base_docx), code) for key, (build, code) in docx_cases.items()}
    cases["grid-span-pptx"] = HostileCase("grid-span.pptx", grid_span_pptx(base_pptx), "pathological-table")
    cases["broken-relationship-pptx"] = HostileCase("ghost.pptx", broken_relationship_pptx(base_pptx), "ok")
    cases["empty"] = HostileCase("empty.docx", b"", "file-empty")
    cases["zip-bomb"] = HostileCase("bomb.docx", zip_bomb_bytes(), "zip-bomb")
    cases["spreadsheet"] = HostileCase("notes.docx", spreadsheet_package(), "unsupported-type")
    cases["opendocument"] = HostileCase("memoire.odt", opendocument(), "not-office")
    cases["plain-zip"] = HostileCase("archive.docx", build_zip({"photos/a.txt": b"hello"}), "not-office")
    for key, (data, _hint) in NOT_OFFICE.items():
        cases[f"not-office-{key}"] = HostileCase("renamed.docx", data, "not-office")
    for key, (streams, suffix, code, _hint) in OLE_CASES.items():
        cases[f"ole-{key}"] = HostileCase(f"old{suffix}", ole_bytes(*streams), code)
    for key, (member, xml) in ENTITY_CASES.items():
        cases[f"entities-{key}"] = HostileCase("entities.docx", rezip(base_docx, {member: xml}), "xml-entities")
    return cases
