"""Safe opening of submitted files: the real-world corpus, crafted attacks and breakages, and a bounded mutation fuzz."""

from __future__ import annotations

import hashlib
import io
import os
import re
import struct
import sys
import threading
import time
import tracemalloc
import zipfile
import zlib
from pathlib import Path

import docx
import pptx
import pytest
from package_edits import build_zip, read_members, retyped, rezip
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pptx.util import Inches

from mind_templates.errors import UnreadableDocumentError
from mind_templates.reader import ERROR_CODES, WARNING_CODES, Limits, OfficePackage, load_document, open_package

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "real"
CORPUS_FILES = sorted(CORPUS.iterdir()) if CORPUS.is_dir() else []
PER_FILE_CAP_S = 20.0

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
CT_PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"


# --- helpers --------------------------------------------------------------------------------------


def outcome(path: Path, limits: Limits = Limits()) -> tuple[str, object]:
    """('ok', document) or (code, error); fails the test on any other exception."""
    try:
        package = open_package(path, limits)
        document = load_document(package)
    except UnreadableDocumentError as error:
        assert error.code in ERROR_CODES, f"undocumented code {error.code!r}: {error}"
        message = str(error)
        assert message and "\n" not in message, f"not a one-line message: {message!r}"
        return error.code, error
    assert isinstance(document, (docx.document.Document, pptx.presentation.Presentation))
    assert isinstance(package, OfficePackage) and set(package.warnings) <= set(WARNING_CODES)
    return "ok", document


def code_of(path: Path, limits: Limits = Limits()) -> str:
    return outcome(path, limits)[0]


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


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


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


@pytest.fixture(scope="module")
def base_docx() -> bytes:
    return docx_bytes()


@pytest.fixture(scope="module")
def base_pptx() -> bytes:
    return pptx_bytes()


# --- the real-world corpus -------------------------------------------------------------------------

# Files of the corpus whose outcome is known (see ../shared/corpus/MANIFEST.tsv).
KNOWN = {
    "poi__test-data_document_bug53475-password-is-pass.docx": "encrypted",
    "poi__test-data_poifs_protected_agile.docx": "encrypted",
    "poi__test-data_document_47304.doc": "legacy-format",
    "poi__test-data_document_47950_upper.doc": "legacy-format",
    "poi__test-data_slideshow_38256.ppt": "legacy-format",
    # A .doc renamed .docm: the extension says nothing.
    "poi__test-data_document_cpansearch.perl.org_src_tobyink_acme-rundoc-0.001_word-lib_hello_world.docm": "legacy-format",
    "poi__test-data_document_truncated62886.docx": "corrupt-zip",
    "poi__test-data_slideshow_Divino_Revelado.pptx": "corrupt-zip",
    "poi__test-data_document_clusterfuzz-testcase-minimized-POIXWPFFuzzer-6733884933668864.docx": "corrupt-zip",
    "pandoc__test_odt_odt_bold.odt": "not-office",
    "poi__test-data_document_ExternalEntityInText.docx": "xml-entities",
    "docx2python__tests_resources_strict.docx": "unsupported-type",
    "poi__test-data_integration_stress025.docx": "unsupported-type",  # an Office theme renamed .docx
    "poi__test-data_openxml4j_OPCCompliance_DerivedPartNameFAIL.docx": "broken-relationships",
    "poi__test-data_document_SimpleMacro.docm": "ok",
    "poi__test-data_document_60316.dotx": "ok",
    "poi__test-data_slideshow_bug59273.potx": "ok",
    "poi__test-data_slideshow_SimpleMacro.pptm": "ok",
    "poi__test-data_integration_stress012.docx": "ok",  # an HTML altChunk with an HTML DOCTYPE is not XML
}


def test_known_files_are_in_the_corpus() -> None:
    if not CORPUS_FILES:
        pytest.skip(f"corpus not found at {CORPUS}")
    missing = sorted(set(KNOWN) - {path.name for path in CORPUS_FILES})
    assert not missing


@pytest.mark.parametrize(
    "path",
    CORPUS_FILES or [pytest.param(None, marks=pytest.mark.skip(reason=f"corpus not found at {CORPUS}"))],
    ids=lambda path: path.name if path else "no-corpus",
)
def test_corpus_file_opens_or_fails_cleanly(path: Path) -> None:
    result: dict[str, object] = {}

    def run() -> None:
        started = time.perf_counter()
        try:
            result["outcome"] = outcome(path)
        except BaseException as exc:  # reported in the test's own thread below
            result["exception"] = exc
        result["seconds"] = time.perf_counter() - started

    # A daemon thread, so that a file that hangs the reader fails this test without hanging the run.
    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(PER_FILE_CAP_S)
    assert not worker.is_alive(), f"{path.name} took over {PER_FILE_CAP_S} s"
    if "exception" in result:
        raise result["exception"]  # type: ignore[misc]
    code, detail = result["outcome"]  # type: ignore[misc]
    if path.name in KNOWN:
        assert code == KNOWN[path.name], detail


def test_corpus_package_warnings() -> None:
    if not CORPUS_FILES:
        pytest.skip(f"corpus not found at {CORPUS}")
    macro = open_package(CORPUS / "poi__test-data_document_SimpleMacro.docm")
    assert macro.kind == "docx" and macro.has_macros and "macros-ignored" in macro.warnings
    template = open_package(CORPUS / "poi__test-data_slideshow_bug59273.potx")
    assert template.kind == "pptx" and "template-file" in template.warnings
    renamed = open_package(CORPUS / "poi__test-data_slideshow_keyframes.pptx")  # a .pptm named .pptx
    assert renamed.has_macros


# --- files that are not Office packages ---------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    assert code_of(tmp_path / "nowhere.docx") == "file-missing"


def test_file_vanishing_between_open_and_load(tmp_path: Path, base_docx: bytes) -> None:
    path = write(tmp_path, "gone.docx", base_docx)
    package = open_package(path)
    path.unlink()
    with pytest.raises(UnreadableDocumentError) as caught:
        load_document(package)
    assert caught.value.code == "file-missing"


def test_file_replaced_between_open_and_load_is_checked_again(tmp_path: Path, base_docx: bytes) -> None:
    path = write(tmp_path, "swapped.docx", base_docx)
    package = open_package(path)
    path.write_bytes(b"not a document any more, and longer than before")
    with pytest.raises(UnreadableDocumentError) as caught:
        load_document(package)
    assert caught.value.code == "not-office"


def test_folder(tmp_path: Path) -> None:
    assert code_of(tmp_path) == "file-unreadable"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file(tmp_path: Path, base_docx: bytes) -> None:
    path = write(tmp_path, "secret.docx", base_docx)
    path.chmod(0)
    try:
        assert code_of(path) == "file-unreadable"
    finally:
        path.chmod(0o600)


def test_empty_file(tmp_path: Path) -> None:
    assert code_of(write(tmp_path, "empty.docx", b"")) == "file-empty"


def test_an_error_can_be_shown_in_another_language(tmp_path: Path, base_docx: bytes) -> None:
    from mind_templates.i18n import Interface

    path = write(tmp_path, "big.docx", base_docx)
    with pytest.raises(UnreadableDocumentError) as caught:
        open_package(path, Limits(max_entries=2))
    error = caught.value
    assert error.code == "zip-bomb"
    assert str(error).startswith("big.docx was refused: it holds ")  # English, as before
    assert error.message_in(Interface("en")) == str(error)
    french = error.message_in(Interface("fr"))
    assert french.startswith("big.docx a été refusé : il contient ") and "(limite : 2)" in french
    assert "\n" not in french


def test_a_damaged_file_says_what_is_wrong_and_what_to_do_in_either_language(tmp_path: Path, base_docx: bytes) -> None:
    """Every 'damaged' error is one sentence: what is wrong, then one of the two remedies, both translated."""
    from mind_templates.i18n import Interface

    members = read_members(base_docx)
    del members["word/document.xml"]
    path = write(tmp_path, "cut.docx", build_zip(members))
    with pytest.raises(UnreadableDocumentError) as caught:
        open_package(path)
    error = caught.value
    assert error.code == "missing-main-part"
    assert str(error) == ("cut.docx is damaged: its main document /word/document.xml is missing; open it in Word or"
                          " PowerPoint, let it repair the file, save it and run check again")
    assert error.message_in(Interface("fr")) == (
        "cut.docx est endommagé : son document principal /word/document.xml est absent ; ouvrez-le dans Word ou"
        " PowerPoint, laissez le logiciel réparer le fichier, enregistrez-le et relancez check")


def test_file_over_the_size_limit(tmp_path: Path, base_docx: bytes) -> None:
    path = write(tmp_path, "big.docx", base_docx)
    assert code_of(path, Limits(max_file_bytes=1000)) == "file-too-large"


@pytest.mark.parametrize(
    ("data", "hint"),
    [
        (b"Just some notes, saved as text and renamed.\n" * 20, "not a Word or PowerPoint file"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF"),
        (b"{\\rtf1\\ansi\\deff0 {\\fonttbl}}", "RTF"),
        (b"<html><body>Mon m\xc3\xa9moire</body></html>", "web page"),
    ],
    ids=["text", "pdf", "rtf", "html"],
)
def test_not_office(tmp_path: Path, data: bytes, hint: str) -> None:
    code, error = outcome(write(tmp_path, "renamed.docx", data))
    assert code == "not-office"
    assert hint in str(error)


def test_opendocument_is_not_office(tmp_path: Path) -> None:
    data = build_zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<office/>"})
    code, error = outcome(write(tmp_path, "memoire.odt", data))
    assert code == "not-office" and ".odt" in str(error) and ".docx" in str(error)


def test_plain_zip_is_not_office(tmp_path: Path) -> None:
    data = build_zip({"photos/a.txt": b"hello"})
    assert code_of(write(tmp_path, "archive.docx", data)) == "not-office"


@pytest.mark.parametrize(
    ("streams", "suffix", "expected", "hint"),
    [
        (("WordDocument", "1Table"), ".doc", "legacy-format", "save it as .docx"),
        (("PowerPoint Document", "Current User"), ".ppt", "legacy-format", "save it as .pptx"),
        (("WordDocument",), ".docx", "legacy-format", "Word 97-2003"),  # renamed: the content decides
        (("EncryptionInfo", "EncryptedPackage"), ".docx", "encrypted", "remove the password"),
        (("Workbook",), ".doc", "unsupported-type", "Excel"),
        ((), ".doc", "legacy-format", "97-2003"),
    ],
    ids=["doc", "ppt", "doc-renamed-docx", "encrypted", "xls", "unknown-ole"],
)
def test_ole_files(tmp_path: Path, streams: tuple[str, ...], suffix: str, expected: str, hint: str) -> None:
    code, error = outcome(write(tmp_path, f"old{suffix}", ole_bytes(*streams)))
    assert code == expected
    assert hint in str(error)


def test_text_mentioning_encryption_inside_a_doc_is_not_encryption(tmp_path: Path) -> None:
    text = "EncryptedPackage".encode("utf-16-le")
    data = ole_bytes("WordDocument") + text * 50  # some copies on 128-byte boundaries
    assert code_of(write(tmp_path, "essay.doc", data)) == "legacy-format"
    assert "Word 97-2003" in str(outcome(tmp_path / "essay.doc")[1])


def test_unsupported_office_type(tmp_path: Path) -> None:
    data = build_zip(
        {
            "[Content_Types].xml": b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            b'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument'
            b'.spreadsheetml.sheet.main+xml"/></Types>',
            "_rels/.rels": b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            b'officeDocument" Target="xl/workbook.xml"/></Relationships>',
            "xl/workbook.xml": b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
        }
    )
    code, error = outcome(write(tmp_path, "notes.docx", data))
    assert code == "unsupported-type" and "Excel" in str(error)


# --- damaged packages --------------------------------------------------------------------------------


def test_truncated_zip(tmp_path: Path, base_docx: bytes) -> None:
    assert code_of(write(tmp_path, "cut.docx", base_docx[: len(base_docx) // 2])) == "corrupt-zip"


def test_bad_crc(tmp_path: Path, base_docx: bytes) -> None:
    members = read_members(base_docx)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    raw = bytearray(out.getvalue())
    at = raw.find(b"<w:body>")  # stored, so the XML is in clear: change one byte, keep the CRC
    raw[at + 1] = ord("W")
    assert code_of(write(tmp_path, "crc.docx", bytes(raw))) == "corrupt-zip"


def test_zip_without_content_types(tmp_path: Path, base_docx: bytes) -> None:
    data = rezip(base_docx, {"[Content_Types].xml": None})
    assert code_of(write(tmp_path, "no-types.docx", data)) == "missing-main-part"


def test_missing_main_part(tmp_path: Path, base_docx: bytes) -> None:
    data = rezip(base_docx, {"word/document.xml": None})
    assert code_of(write(tmp_path, "no-body.docx", data)) == "missing-main-part"


def test_no_office_document_relationship(tmp_path: Path, base_docx: bytes) -> None:
    rels = read_members(base_docx)["_rels/.rels"].replace(b"relationships/officeDocument", b"relationships/other")
    data = rezip(base_docx, {"_rels/.rels": rels})
    assert code_of(write(tmp_path, "no-main-rel.docx", data)) == "missing-main-part"


def test_broken_relationship_in_docx(tmp_path: Path, base_docx: bytes) -> None:
    rels = read_members(base_docx)["word/_rels/document.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"'
        b' Target="media/ghost.png"/></Relationships>',
    )
    data = rezip(base_docx, {"word/_rels/document.xml.rels": rels})
    code, error = outcome(write(tmp_path, "ghost.docx", data))
    assert code == "broken-relationships" and "/word/media/ghost.png" in str(error)


def test_broken_relationship_in_pptx_is_a_warning(tmp_path: Path, base_pptx: bytes) -> None:
    name = "ppt/slides/_rels/slide1.xml.rels"
    rels = read_members(base_pptx)[name].replace(
        b"</Relationships>",
        b'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"'
        b' Target="../media/ghost.png"/></Relationships>',
    )
    path = write(tmp_path, "ghost.pptx", rezip(base_pptx, {name: rels}))
    assert "missing-parts" in open_package(path).warnings
    assert code_of(path) == "ok"  # python-pptx skips dangling relationships


def test_part_without_content_type(tmp_path: Path, base_docx: bytes) -> None:
    types = read_members(base_docx)["[Content_Types].xml"]
    types = re.sub(rb'<Override PartName="/word/styles.xml"[^>]*/>', b"", types)
    types = types.replace(b'<Default Extension="xml" ContentType="application/xml"/>', b"")
    path = write(tmp_path, "untyped.docx", rezip(base_docx, {"[Content_Types].xml": types}))
    assert code_of(path) == "broken-relationships"


def test_relationship_chain_too_deep(tmp_path: Path, base_docx: bytes) -> None:
    """Both libraries walk relationships recursively: python-docx dies of RecursionError near 1000 levels."""
    custom = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml"

    def rels(target: str) -> bytes:
        return (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{custom}" Target="{target}"/></Relationships>'
        ).encode()

    members = read_members(base_docx)
    members["word/_rels/document.xml.rels"] = members["word/_rels/document.xml.rels"].replace(
        b"</Relationships>", f'<Relationship Id="rId99" Type="{custom}" Target="c0.xml"/></Relationships>'.encode()
    )
    for i in range(500):
        members[f"word/c{i}.xml"] = b"<a/>"
        members[f"word/_rels/c{i}.xml.rels"] = rels(f"c{i + 1}.xml" if i < 499 else "c0.xml")
    assert code_of(write(tmp_path, "deep.docx", build_zip(members))) == "broken-relationships"


def test_malformed_xml(tmp_path: Path, base_docx: bytes) -> None:
    document_xml = read_members(base_docx)["word/document.xml"]
    data = docx_with_document_xml(document_xml[: len(document_xml) // 2])
    code, error = outcome(write(tmp_path, "half.docx", data))
    assert code == "malformed-xml" and "word/document.xml" in str(error)


def test_malformed_styles(tmp_path: Path, base_docx: bytes) -> None:
    data = rezip(base_docx, {"word/styles.xml": b"<w:styles xmlns:w='" + W_NS.encode() + b"'><w:style>"})
    assert code_of(write(tmp_path, "styles.docx", data)) == "malformed-xml"


# --- attacks -------------------------------------------------------------------------------------

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


@pytest.mark.parametrize(
    ("member", "xml"),
    [
        ("word/document.xml", BILLION_LAUGHS.encode()),
        ("word/document.xml", XXE.encode()),
        ("word/document.xml", XXE.encode("utf-16")),  # with a BOM
        ("word/document.xml", b"<!-- " + LONG_TEXT + b" -->\n" + XXE.split("\n", 1)[1].encode()),
        ("word/styles.xml", XXE.encode()),
        ("_rels/.rels", XXE.encode()),
        ("[Content_Types].xml", XXE.encode()),
    ],
    ids=["billion-laughs", "external-entity", "utf16", "after-long-comment", "styles", "package-rels", "content-types"],
)
def test_entities_are_refused(tmp_path: Path, base_docx: bytes, member: str, xml: bytes) -> None:
    data = rezip(base_docx, {member: xml})
    code, error = outcome(write(tmp_path, "entities.docx", data))
    assert code == "xml-entities" and member in str(error)


def test_pathological_grid_span_in_docx(tmp_path: Path, base_docx: bytes) -> None:
    document_xml = read_members(base_docx)["word/document.xml"]
    assert b"</w:tcPr>" in document_xml
    huge = document_xml.replace(b"</w:tcPr>", b'<w:gridSpan w:val="1000000"/></w:tcPr>', 1)
    started = time.perf_counter()
    code, error = outcome(write(tmp_path, "span.docx", docx_with_document_xml(huge)))
    assert code == "pathological-table" and "1000000" in str(error)
    assert time.perf_counter() - started < 5

    fine = document_xml.replace(b"</w:tcPr>", b'<w:gridSpan w:val="2"/></w:tcPr>', 1)
    assert code_of(write(tmp_path, "fine.docx", docx_with_document_xml(fine))) == "ok"


def test_pathological_grid_span_in_pptx(tmp_path: Path, base_pptx: bytes) -> None:
    name = "ppt/slides/slide1.xml"
    slide = read_members(base_pptx)[name]
    assert b"<a:tc>" in slide
    data = rezip(base_pptx, {name: slide.replace(b"<a:tc>", b'<a:tc gridSpan="1000000">', 1)})
    assert code_of(write(tmp_path, "span.pptx", data)) == "pathological-table"


def test_non_numeric_grid_span(tmp_path: Path, base_docx: bytes) -> None:
    document_xml = read_members(base_docx)["word/document.xml"]
    bad = document_xml.replace(b"</w:tcPr>", b'<w:gridSpan w:val="many"/></w:tcPr>', 1)
    assert code_of(write(tmp_path, "nan.docx", docx_with_document_xml(bad))) == "malformed-xml"


def raw_zip(entries: list[tuple[str, bytes, int, int]]) -> bytes:
    """A zip from already-deflated members: (name, raw deflate data, crc32, uncompressed size)."""
    local = b""
    central = b""
    for name, data, crc, size in entries:
        encoded = name.encode()
        central += struct.pack(
            "<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 8, 0, 33, crc, len(data), size, len(encoded), 0, 0, 0, 0, 0, len(local)
        ) + encoded
        local += struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 33, crc, len(data), size, len(encoded), 0) + encoded + data
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(entries), len(entries), len(central), len(local), 0)
    return local + central + end


def deflated(data: bytes) -> tuple[bytes, int, int]:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush(), zlib.crc32(data), len(data)


@pytest.fixture(scope="session")
def zip_bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A ~1 MB .docx whose document.xml inflates to 1 GiB of spaces, built in a fraction of a second.

    Deflate segments ended by a full flush do not refer to what came before, so the compressed form of one
    4 MiB block of spaces can be repeated 256 times instead of compressing 1 GiB.
    """
    head = f'<?xml version="1.0"?><w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>'.encode()
    tail = b"</w:t></w:r></w:p></w:body></w:document>"
    block, repeats = b" " * (4 * 1024**2), 256
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    start = compressor.compress(head) + compressor.flush(zlib.Z_FULL_FLUSH)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    segment = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    end = compressor.compress(tail) + compressor.flush()
    crc = zlib.crc32(head)
    for _ in range(repeats):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(tail, crc)
    size = len(head) + len(block) * repeats + len(tail)
    types = (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        f'<Override PartName="/word/document.xml" ContentType="{CT_DOCX}"/></Types>'
    ).encode()
    rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>'
    ).encode()
    data = raw_zip(
        [
            ("[Content_Types].xml", *deflated(types)),
            ("_rels/.rels", *deflated(rels)),
            ("word/document.xml", start + segment * repeats + end, crc, size),
        ]
    )
    path = tmp_path_factory.mktemp("bomb") / "bomb.docx"
    path.write_bytes(data)
    return path


def test_zip_bomb_is_refused_fast_and_without_decompressing(zip_bomb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert zip_bomb.stat().st_size < 2 * 1024**2
    with zipfile.ZipFile(zip_bomb) as zf:
        assert zf.getinfo("word/document.xml").file_size > 1024**3

    opened: list[str] = []
    real_open = zipfile.ZipFile.open

    def spy(self: zipfile.ZipFile, name: object, *args: object, **kwargs: object) -> object:
        opened.append(getattr(name, "filename", name))  # type: ignore[arg-type]
        return real_open(self, name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(zipfile.ZipFile, "open", spy)
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(UnreadableDocumentError) as caught:
            open_package(zip_bomb)
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert caught.value.code == "zip-bomb"
    assert "word/document.xml" in str(caught.value)
    assert opened == []  # nothing decompressed, not even a prolog
    assert elapsed < 1.0
    assert peak < 16 * 1024**2


def test_zip_bomb_memory_of_the_whole_process(zip_bomb: Path) -> None:
    resource = pytest.importorskip("resource")
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss is in bytes on macOS, KiB on Linux
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale
    assert code_of(zip_bomb) == "zip-bomb"
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale
    assert after - before < 100 * 1024**2


def test_compressible_xml_part_is_refused(tmp_path: Path, base_docx: bytes) -> None:
    padded = read_members(base_docx)["word/document.xml"].replace(b"<w:body>", b"<w:body>" + b" " * 2_000_000)
    assert code_of(write(tmp_path, "padded.docx", docx_with_document_xml(padded))) == "zip-bomb"


def test_compressible_media_is_exempt_unless_huge(tmp_path: Path, base_docx: bytes) -> None:
    path = write(tmp_path, "blank-bitmap.docx", rezip(base_docx, {"word/media/blank.bmp": b"\x00" * 2_000_000}))
    assert code_of(path) == "ok"
    assert code_of(path, Limits(max_part_bytes=1_000_000)) == "zip-bomb"
    assert code_of(path, Limits(max_total_bytes=1_000_000)) == "zip-bomb"


def test_too_many_entries(tmp_path: Path, base_docx: bytes) -> None:
    members = read_members(base_docx)
    members.update({f"customXml/item{i}.xml": b"<a/>" for i in range(Limits().max_entries + 1)})
    assert code_of(write(tmp_path, "crowded.docx", build_zip(members))) == "zip-bomb"
    assert code_of(write(tmp_path, "ten.docx", base_docx), Limits(max_entries=5)) == "zip-bomb"


# --- files that open, with warnings ----------------------------------------------------------------


def test_plain_docx_and_pptx(tmp_path: Path, base_docx: bytes, base_pptx: bytes) -> None:
    package = open_package(write(tmp_path, "plain.docx", base_docx))
    assert (package.kind, package.has_macros, package.warnings) == ("docx", False, ())
    assert package.main_part == "/word/document.xml"
    assert load_document(package).tables[0].cell(0, 0).text == "Critère"
    package = open_package(write(tmp_path, "plain.pptx", base_pptx))
    assert (package.kind, package.has_macros, package.warnings) == ("pptx", False, ())
    assert load_document(package).slides[0].shapes.title.text == "Soutenance"


def test_kind_comes_from_the_content_not_the_extension(tmp_path: Path, base_pptx: bytes) -> None:
    package = open_package(write(tmp_path, "slides.docx", base_pptx))
    assert package.kind == "pptx"
    assert isinstance(load_document(package), pptx.presentation.Presentation)


def test_docm_opens_with_macros_ignored_and_is_not_modified(tmp_path: Path, base_docx: bytes) -> None:
    data = retyped(
        base_docx,
        "/word/document.xml",
        CT_DOCX,
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        {"word/vbaProject.bin": b"\xd0\xcf\x11\xe0 not run"},
    )
    path = write(tmp_path, "macros.docm", data)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    package = open_package(path)
    assert package.kind == "docx" and package.has_macros and package.warnings == ("macros-ignored",)
    document = load_document(package)
    assert document.paragraphs[0].text == "Mémoire professionnel"
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_dotx_opens_as_a_document(tmp_path: Path, base_docx: bytes) -> None:
    data = retyped(base_docx, "/word/document.xml", CT_DOCX, f"{CT_DOCX.replace('document.main', 'template.main')}")
    package = open_package(write(tmp_path, "model.dotx", data))
    assert package.warnings == ("template-file",)
    assert load_document(package).paragraphs[0].text == "Mémoire professionnel"


@pytest.mark.parametrize(
    ("content_type", "warnings"),
    [
        ("application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml", ("slideshow-file",)),
        ("application/vnd.openxmlformats-officedocument.presentationml.template.main+xml", ("template-file",)),
        ("application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml", ("macros-ignored",)),
    ],
    ids=["ppsx", "potx", "pptm"],
)
def test_pptx_variants_open(tmp_path: Path, base_pptx: bytes, content_type: str, warnings: tuple[str, ...]) -> None:
    path = write(tmp_path, "deck.pptx", retyped(base_pptx, "/ppt/presentation.xml", CT_PPTX, content_type))
    package = open_package(path)
    assert package.warnings == warnings
    assert load_document(package).slides[0].shapes.title.text == "Soutenance"


def test_documentation_tables() -> None:
    for table in (ERROR_CODES, WARNING_CODES):
        for code, description in table.items():
            assert re.fullmatch(r"[a-z]+(-[a-z]+)*", code)
            assert description and "\n" not in description


# --- a bounded mutation fuzz ----------------------------------------------------------------------

SNIPPETS = [
    b"",
    b"<",
    b">",
    b"&",
    b"&lol;",
    b"\x00",
    b"\xff\xfe",
    b"\xe9",
    b"<!DOCTYPE x>",
    b'<!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
    b'<w:gridSpan w:val="99999"/>',
    b'<w:gridSpan w:val="x"/>',
    b'gridSpan="99999" ',
    b"<w:tbl><w:tr><w:tc>",
    b"</w:p>",
    b'r:id="rId999" ',
    b'r:embed="rId999" ',
    b'Target="../../../../etc/passwd" ',
    b'TargetMode="External" ',
    b'ContentType="text/plain" ',
    b'w:val="-1" ',
    b'w:val="abc" ',
    b'<a:tc gridSpan="0">',
]

MUTATIONS = st.one_of(
    st.tuples(st.just("flip"), st.lists(st.tuples(st.integers(0, 2**20), st.integers(1, 255)), min_size=1, max_size=8)),
    st.tuples(st.just("truncate"), st.integers(0, 2**20)),
    st.tuples(
        st.just("xml"),
        st.integers(0, 255),  # which member
        st.integers(0, 2**20),  # where
        st.integers(0, 80),  # how many bytes to delete
        st.sampled_from(SNIPPETS),  # what to insert
    ),
    st.tuples(st.just("drop"), st.integers(0, 255)),
)


def mutate(data: bytes, mutation: tuple) -> bytes:
    action = mutation[0]
    if action == "flip":
        raw = bytearray(data)
        for position, mask in mutation[1]:
            raw[position % len(raw)] ^= mask
        return bytes(raw)
    if action == "truncate":
        return data[: mutation[1] % len(data)]
    members = read_members(data)
    names = sorted(members)
    name = names[mutation[1] % len(names)]
    if action == "drop":
        members.pop(name)
        return build_zip(members)
    _, _, where, delete, insert = mutation
    content = members[name]
    at = where % (len(content) + 1)
    members[name] = content[:at] + insert + content[at + delete :]
    return build_zip(members)


@pytest.fixture(scope="module")
def fuzz_bases(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    return {"docx": docx_bytes(), "pptx": pptx_bytes(), "dir": tmp_path_factory.mktemp("fuzz")}


@settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(kind=st.sampled_from(["docx", "pptx"]), mutation=MUTATIONS)
def test_mutants_open_or_fail_cleanly(fuzz_bases: dict[str, object], kind: str, mutation: tuple) -> None:
    data = mutate(fuzz_bases[kind], mutation)  # type: ignore[arg-type]
    path = fuzz_bases["dir"] / f"mutant.{kind}"  # type: ignore[operator]
    path.write_bytes(data)
    code_of(path)
