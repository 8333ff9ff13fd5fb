"""Safe opening of submitted files: the real-world corpus, crafted attacks and breakages, and a bounded mutation fuzz."""

from __future__ import annotations

import hashlib
import os
import re
import sys
import threading
import time
import tracemalloc
import zipfile
from pathlib import Path

import docx
import pptx
import pytest
from package_edits import build_zip, read_members, retyped, rezip
from hostile_files import (ENTITY_CASES, NOT_OFFICE, OLE_CASES, W_NS, bad_crc, broken_relationship_docx,
                           compressible_xml_part, crowded,
                           broken_relationship_pptx, docx_bytes, grid_span_docx,
                           grid_span_pptx, half_document_xml, malformed_styles, hostile_cases, ole_bytes, opendocument,
                           part_without_content_type, pptx_bytes, relationship_loop, spreadsheet_package, truncated,
                           without_content_types, without_main_part, without_main_relationship, zip_bomb_bytes)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mind_templates.errors import UnreadableDocumentError
from mind_templates.reader import ERROR_CODES, WARNING_CODES, Limits, OfficePackage, load_document, open_package

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "real"
CORPUS_FILES = sorted(CORPUS.iterdir()) if CORPUS.is_dir() else []
PER_FILE_CAP_S = 20.0

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


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


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


@pytest.mark.parametrize(("data", "hint"), list(NOT_OFFICE.values()), ids=list(NOT_OFFICE))
def test_not_office(tmp_path: Path, data: bytes, hint: str) -> None:
    code, error = outcome(write(tmp_path, "renamed.docx", data))
    assert code == "not-office"
    assert hint in str(error)


def test_opendocument_is_not_office(tmp_path: Path) -> None:
    code, error = outcome(write(tmp_path, "memoire.odt", opendocument()))
    assert code == "not-office" and ".odt" in str(error) and ".docx" in str(error)


def test_plain_zip_is_not_office(tmp_path: Path) -> None:
    data = build_zip({"photos/a.txt": b"hello"})
    assert code_of(write(tmp_path, "archive.docx", data)) == "not-office"


@pytest.mark.parametrize(("streams", "suffix", "expected", "hint"), list(OLE_CASES.values()), ids=list(OLE_CASES))
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
    code, error = outcome(write(tmp_path, "notes.docx", spreadsheet_package()))
    assert code == "unsupported-type" and "Excel" in str(error)


def test_the_shared_catalogue_of_hostile_files_gets_the_codes_it_promises(tmp_path: Path, base_docx: bytes,
                                                                          base_pptx: bytes) -> None:
    """The web tests send these through the upload route: each promise is checked once here."""
    for key, case in hostile_cases(base_docx, base_pptx).items():
        assert code_of(write(tmp_path, case.name, case.data)) == case.code, key


# --- damaged packages --------------------------------------------------------------------------------


def test_truncated_zip(tmp_path: Path, base_docx: bytes) -> None:
    assert code_of(write(tmp_path, "cut.docx", truncated(base_docx))) == "corrupt-zip"


def test_bad_crc(tmp_path: Path, base_docx: bytes) -> None:
    assert code_of(write(tmp_path, "crc.docx", bad_crc(base_docx))) == "corrupt-zip"


def test_zip_without_content_types(tmp_path: Path, base_docx: bytes) -> None:
    assert code_of(write(tmp_path, "no-types.docx", without_content_types(base_docx))) == "missing-main-part"


def test_missing_main_part(tmp_path: Path, base_docx: bytes) -> None:
    assert code_of(write(tmp_path, "no-body.docx", without_main_part(base_docx))) == "missing-main-part"


def test_no_office_document_relationship(tmp_path: Path, base_docx: bytes) -> None:
    data = without_main_relationship(base_docx)
    assert code_of(write(tmp_path, "no-main-rel.docx", data)) == "missing-main-part"


def test_broken_relationship_in_docx(tmp_path: Path, base_docx: bytes) -> None:
    code, error = outcome(write(tmp_path, "ghost.docx", broken_relationship_docx(base_docx)))
    assert code == "broken-relationships" and "/word/media/ghost.png" in str(error)


def test_broken_relationship_in_pptx_is_a_warning(tmp_path: Path, base_pptx: bytes) -> None:
    path = write(tmp_path, "ghost.pptx", broken_relationship_pptx(base_pptx))
    assert "missing-parts" in open_package(path).warnings
    assert code_of(path) == "ok"  # python-pptx skips dangling relationships


def test_part_without_content_type(tmp_path: Path, base_docx: bytes) -> None:
    assert code_of(write(tmp_path, "untyped.docx", part_without_content_type(base_docx))) == "broken-relationships"


def test_relationship_chain_too_deep(tmp_path: Path, base_docx: bytes) -> None:
    """Both libraries walk relationships recursively: python-docx dies of RecursionError near 1000 levels."""
    assert code_of(write(tmp_path, "deep.docx", relationship_loop(base_docx))) == "broken-relationships"


def test_malformed_xml(tmp_path: Path, base_docx: bytes) -> None:
    code, error = outcome(write(tmp_path, "half.docx", half_document_xml(base_docx)))
    assert code == "malformed-xml" and "word/document.xml" in str(error)


def test_malformed_styles(tmp_path: Path, base_docx: bytes) -> None:
    assert code_of(write(tmp_path, "styles.docx", malformed_styles(base_docx))) == "malformed-xml"


# --- attacks -------------------------------------------------------------------------------------



@pytest.mark.parametrize(("member", "xml"), list(ENTITY_CASES.values()), ids=list(ENTITY_CASES))
def test_entities_are_refused(tmp_path: Path, base_docx: bytes, member: str, xml: bytes) -> None:
    data = rezip(base_docx, {member: xml})
    code, error = outcome(write(tmp_path, "entities.docx", data))
    assert code == "xml-entities" and member in str(error)


def test_pathological_grid_span_in_docx(tmp_path: Path, base_docx: bytes) -> None:
    document_xml = read_members(base_docx)["word/document.xml"]
    assert b"</w:tcPr>" in document_xml
    started = time.perf_counter()
    code, error = outcome(write(tmp_path, "span.docx", grid_span_docx(base_docx)))
    assert code == "pathological-table" and "1000000" in str(error)
    assert time.perf_counter() - started < 5

    assert code_of(write(tmp_path, "fine.docx", grid_span_docx(base_docx, "2"))) == "ok"


def test_pathological_grid_span_in_pptx(tmp_path: Path, base_pptx: bytes) -> None:
    assert b"<a:tc>" in read_members(base_pptx)["ppt/slides/slide1.xml"]
    assert code_of(write(tmp_path, "span.pptx", grid_span_pptx(base_pptx))) == "pathological-table"


def test_non_numeric_grid_span(tmp_path: Path, base_docx: bytes) -> None:
    assert code_of(write(tmp_path, "nan.docx", grid_span_docx(base_docx, "many"))) == "malformed-xml"


@pytest.fixture(scope="session")
def zip_bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A ~1 MB .docx whose document.xml inflates to 1 GiB of spaces (tests/hostile_files.py)."""
    path = tmp_path_factory.mktemp("bomb") / "bomb.docx"
    path.write_bytes(zip_bomb_bytes())
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
    assert code_of(write(tmp_path, "padded.docx", compressible_xml_part(base_docx))) == "zip-bomb"


def test_compressible_media_is_exempt_unless_huge(tmp_path: Path, base_docx: bytes) -> None:
    path = write(tmp_path, "blank-bitmap.docx", rezip(base_docx, {"word/media/blank.bmp": b"\x00" * 2_000_000}))
    assert code_of(path) == "ok"
    assert code_of(path, Limits(max_part_bytes=1_000_000)) == "zip-bomb"
    assert code_of(path, Limits(max_total_bytes=1_000_000)) == "zip-bomb"


def test_too_many_entries(tmp_path: Path, base_docx: bytes) -> None:
    assert code_of(write(tmp_path, "crowded.docx", crowded(base_docx, Limits().max_entries + 1))) == "zip-bomb"
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
