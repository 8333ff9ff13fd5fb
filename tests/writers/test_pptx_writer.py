"""The pptx writer: every deck re-opened with python-pptx and checked for structure, notes, timing, languages and geometry."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from datetime import date
from itertools import combinations
from pathlib import Path

import pptx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pptx import Presentation
from pptx.enum.dml import MSO_FILL
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.oxml.ns import qn

from mind_templates import ooxml
from mind_templates.skeleton import markers
from mind_templates.errors import TemplateError, UsageError
from mind_templates.language import guess_language, stop_word_counts
from mind_templates.referential import load_referential
from mind_templates.resources import templates_dir
from mind_templates.writers.common import RenderRequest
from mind_templates.writers.pptx import FALLBACKS, STEP_SECONDS, allocate_seconds, write_pptx
from mind_templates.writers.pptx.drawings import table_slides

REFERENTIAL = load_referential()
PPTX_IDS = [d.id for d in REFERENTIAL.deliverables if "pptx" in d.formats]
# Every deck in both document languages with French notes, and one deck with English notes.
CASES = [(d, doc, "fr") for d in PPTX_IDS for doc in ("en", "fr")] + [(PPTX_IDS[0], "en", "en")]
TODAY = date(2026, 11, 28)


def request_for(deliverable_id: str, doc: str, oral: str, **fields) -> RenderRequest:
    return RenderRequest(REFERENTIAL, REFERENTIAL.get_deliverable(deliverable_id), doc, oral, fields=fields, today=TODAY)


@pytest.fixture(scope="module")
def decks(tmp_path_factory) -> dict[tuple[str, str, str], tuple[RenderRequest, Path]]:
    folder = tmp_path_factory.mktemp("decks")
    made = {}
    for case in CASES:
        request = request_for(*case)
        path = folder / f"{case[0]}.{case[1]}-{case[2]}.pptx"
        write_pptx(request, path)
        made[case] = (request, path)
    return made


def case_id(case) -> str:
    return "-".join(case)


# --------------------------------------------------------------------------- reading a deck back


def all_text(shapes) -> list[str]:
    texts = []
    for shape in shapes:
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            texts += all_text(shape.shapes)
        elif shape.has_text_frame:
            texts.append(shape.text_frame.text)
        elif getattr(shape, "has_table", False) and shape.has_table:
            texts += [cell.text for row in shape.table.rows for cell in row.cells]
    return [t for t in texts if t.strip()]


def notes_text(slide) -> str:
    return slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""


def section_titles(prs) -> list[tuple[str, str, int]]:
    """(section id, title text, slide id) of every slide whose title shape carries a section marker."""
    found = []
    for slide in prs.slides:
        for shape in slide.shapes:
            if shape.name.startswith(markers.SHAPE_PREFIX + "title:"):
                found.append((markers.section_from_shape_name(shape.name), shape.text_frame.text, slide.slide_id))
    return found


def custom_properties(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        rels = archive.read("_rels/.rels").decode()
        target = re.search(rf'Type="{re.escape(ooxml.RT_CUSTOM_PROPERTIES)}"[^>]*Target="/?([^"]+)"', rels) or \
            re.search(rf'Target="/?([^"]+)"[^>]*Type="{re.escape(ooxml.RT_CUSTOM_PROPERTIES)}"', rels)
        assert target, "no custom-properties relationship in the package"
        return markers.read_custom_properties(archive.read(target.group(1)))


# --------------------------------------------------------------------------- structure


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_slide_titles_cover_every_section_in_order(decks, case):
    request, path = decks[case]
    prs = Presentation(str(path))
    found = section_titles(prs)
    sections = request.deliverable.presented_sections
    assert [section_id for section_id, _, _ in found] == [s.id for s in sections]
    for section_id, title, _ in found:
        assert title == request.text(request.deliverable.section(section_id).title)
    prepares_questions = any("objection" in s.id or "anticipated-question" in s.id for s in sections)
    # title, agenda, takeaways, and a questions slide unless a section already prepares the questions;
    # a table the referential splits takes more than one slide
    extra = sum(table_slides(s) - 1 for s in sections)
    assert len(prs.slides) == len(sections) + extra + 3 + (0 if prepares_questions else 1)


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_every_slide_has_notes(decks, case):
    prs = Presentation(str(decks[case][1]))
    for number, slide in enumerate(prs.slides, start=1):
        assert notes_text(slide).strip(), f"slide {number} has no speaker notes"


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_section_slides_show_the_expected_visual(decks, case):
    request, path = decks[case]
    prs = Presentation(str(path))
    roles_by_section: dict[str, set[str]] = {}
    for slide in prs.slides:
        for shape in slide.shapes:
            section_id = markers.section_from_shape_name(shape.name)
            if section_id:
                roles_by_section.setdefault(section_id, set()).add(shape.name.split(":")[1])
    for section in request.deliverable.presented_sections:
        roles = roles_by_section[section.id]
        expected = {"prose": {"body"}, "canvas": {"canvas"}, "figure": {"figure", "canvas"},
                    "table": {"table", "canvas"}, "interview-grid": {"table", "canvas"}}[section.kind]
        assert roles & expected, f"{section.id} ({section.kind}) has only {roles}"


def test_canvases_are_drawn_as_canvases(decks):
    request, path = decks[("business-plan", "en", "fr")]
    prs = Presentation(str(path))
    groups = {shape.name: shape for slide in prs.slides for shape in slide.shapes if shape.shape_type == MSO_SHAPE_TYPE.GROUP}
    assert len(groups[markers.section_shape_name("business-model-canvas", "canvas")].shapes) == 9
    risk = Presentation(str(decks[("risk-policy", "fr", "fr")][1]))
    grid = next(s for slide in risk.slides for s in slide.shapes if s.name == markers.section_shape_name("risk-matrix", "canvas"))
    assert sum(1 for s in grid.shapes if s.text_frame.text.isdigit() and s.fill.type == MSO_FILL.SOLID) == 25
    radar = Presentation(str(decks[("expertise-thesis", "fr", "fr")][1]))
    rings = next(s for slide in radar.slides for s in slide.shapes if s.name == markers.section_shape_name("technology-radar", "canvas"))
    assert sum(1 for s in rings.shapes if s._element.spPr.find(qn("a:prstGeom")).get("prst") == "ellipse") == 4


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_prose_slides_have_two_to_four_bullets_in_a_placeholder(decks, case):
    request, path = decks[case]
    prs = Presentation(str(path))
    bodies = {markers.section_from_shape_name(s.name): s for slide in prs.slides for s in slide.shapes
              if s.name.startswith(markers.SHAPE_PREFIX + "body:")}
    for section in request.deliverable.presented_sections:
        if section.kind == "prose":
            body = bodies[section.id]
            assert body.is_placeholder, f"{section.id}: bullets must sit in a content placeholder"
            fewest = 2 if section.required else 1  # an optional appendix may say its one thing
            assert fewest <= len([p for p in body.text_frame.paragraphs if p.text.strip()]) <= 4, section.id


# --------------------------------------------------------------------------- languages

MARGINS: list[tuple[str, int]] = []


def margin(text: str, expected: str, candidates) -> int:
    counts = stop_word_counts(text, candidates)
    return counts[expected] - max(v for k, v in counts.items() if k != expected)


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_slides_speak_the_document_language_and_notes_the_oral_language(decks, case):
    request, path = decks[case]
    prs = Presentation(str(path))
    languages = REFERENTIAL.languages
    slide_text = " ".join(t for slide in prs.slides for t in all_text(slide.shapes))
    assert guess_language(slide_text, languages) == request.doc_lang
    MARGINS.append((f"slides {case_id(case)}", margin(slide_text, request.doc_lang, languages)))
    for number, slide in enumerate(prs.slides, start=1):
        text = notes_text(slide)
        assert guess_language(text, languages) == request.oral_lang, f"slide {number} notes: {text[:120]!r}"
        MARGINS.append((f"notes {case_id(case)} #{number}", margin(text, request.oral_lang, languages)))


def test_report_language_margins(decks):
    """Not a check: prints the smallest stop-word margins seen (run with -s to read them)."""
    if not MARGINS:
        pytest.skip("run together with the language test")
    for kind in ("slides", "notes"):
        values = sorted((m, where) for where, m in MARGINS if where.startswith(kind))
        print(f"\n{kind}: smallest stop-word margins {values[:3]}, median {values[len(values) // 2][0]}")
        assert values[0][0] > 0


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_every_run_carries_its_language_tag(decks, case):
    request, path = decks[case]
    prs = Presentation(str(path))
    for number, slide in enumerate(prs.slides, start=1):
        for part, tag in ((slide, request.language_tag), (slide.notes_slide, request.oral_language_tag)):
            tags = [e.get("lang") for e in part._element.iter(qn("a:rPr"), qn("a:endParaRPr"))]
            assert tags and set(tags) == {tag}, f"slide {number}: {set(tags)} instead of {tag}"


def test_language_guess_needs_evidence():
    assert guess_language("the client and the brief", ["en", "fr"]) == "en"
    assert guess_language("le client et le brief de la mission", ["en", "fr"]) == "fr"
    assert guess_language("Business Model Canvas", ["en", "fr"]) is None
    assert guess_language("anything", ["xx"]) is None  # no stop-word list: no opinion


# --------------------------------------------------------------------------- timing


def duration_patterns(request: RenderRequest) -> list[re.Pattern[str]]:
    """Read times back with the same catalog messages that wrote them, whatever the oral language."""
    ui = request.oral_ui
    line = re.escape(ui.gettext("Suggested time: {time}")).replace(re.escape("{time}"), "(?P<time>.+)")
    durations = [ui.gettext(m) for m in ("{minutes} min {seconds} s", "{minutes} min", "{seconds} s")]
    durations = [re.escape(d).replace(re.escape("{minutes}"), r"(?P<minutes>\d+)").replace(re.escape("{seconds}"), r"(?P<seconds>\d+)")
                 for d in durations]
    return [re.compile(line)] + [re.compile(d) for d in durations]


def notes_seconds(request: RenderRequest, slide) -> int:
    line, *durations = duration_patterns(request)
    for paragraph in slide.notes_slide.notes_text_frame.paragraphs:
        found = line.fullmatch(paragraph.text.strip())
        if found:
            for pattern in durations:
                parts = pattern.fullmatch(found.group("time"))
                if parts:
                    values = parts.groupdict()
                    return int(values.get("minutes") or 0) * 60 + int(values.get("seconds") or 0)
    raise AssertionError(f"no suggested time in {notes_text(slide)!r}")


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_timings_add_up_to_the_default_twenty_minutes(decks, case):
    request, path = decks[case]
    prs = Presentation(str(path))
    times = [notes_seconds(request, slide) for slide in prs.slides]
    assert sum(times) == 20 * 60
    assert all(t % STEP_SECONDS == 0 for t in times)  # backup slides take 0: see test_deck_fidelity


@pytest.mark.parametrize("deliverable_id", PPTX_IDS)
@pytest.mark.parametrize("minutes", ["30", "17.25"])
def test_timings_add_up_to_the_requested_duration(tmp_path, deliverable_id, minutes):
    request = request_for(deliverable_id, "en", "fr", duration=minutes)
    path = tmp_path / "deck.pptx"
    write_pptx(request, path)
    times = [notes_seconds(request, slide) for slide in Presentation(str(path)).slides]
    assert sum(times) == round(float(minutes) * 60)


@given(st.lists(st.floats(min_value=0.1, max_value=10), min_size=1, max_size=40), st.integers(min_value=0, max_value=7200))
def test_allocation_is_exact_and_in_half_minutes(weights, total):
    seconds = allocate_seconds(weights, total)
    assert sum(seconds) == total
    assert sum(1 for s in seconds if s % STEP_SECONDS) <= 1
    if total >= STEP_SECONDS * len(weights):
        assert min(seconds) >= STEP_SECONDS


# --------------------------------------------------------------------------- geometry


def box(shape) -> tuple[int, int, int, int]:
    return int(shape.left), int(shape.top), int(shape.left) + int(shape.width), int(shape.top) + int(shape.height)


def child_boxes(group) -> list[tuple[str, tuple[int, int, int, int]]]:
    """Children of a group in slide coordinates (the group's child offset and scale applied)."""
    xfrm = group._element.grpSpPr.find(qn("a:xfrm"))
    off, ext = xfrm.find(qn("a:off")), xfrm.find(qn("a:ext"))
    ch_off, ch_ext = xfrm.find(qn("a:chOff")), xfrm.find(qn("a:chExt"))
    sx = int(ext.get("cx")) / max(int(ch_ext.get("cx")), 1)
    sy = int(ext.get("cy")) / max(int(ch_ext.get("cy")), 1)

    def to_slide(b):
        x0, y0, x1, y1 = b
        cx, cy = int(ch_off.get("x")), int(ch_off.get("y"))
        ox, oy = int(off.get("x")), int(off.get("y"))
        return (round(ox + (x0 - cx) * sx), round(oy + (y0 - cy) * sy), round(ox + (x1 - cx) * sx), round(oy + (y1 - cy) * sy))

    return [(child.name, to_slide(box(child))) for child in group.shapes]


def overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def contains(outer, inner) -> bool:
    return outer[0] <= inner[0] and outer[1] <= inner[1] and inner[2] <= outer[2] and inner[3] <= outer[3]


def geometry_problems(prs) -> list[str]:
    width, height = prs.slide_width, prs.slide_height
    problems = []
    for number, slide in enumerate(prs.slides, start=1):
        placed = [(shape.name, box(shape)) for shape in slide.shapes]
        for name, b in placed:
            if b[0] < 0 or b[1] < 0 or b[2] > width or b[3] > height:
                problems.append(f"slide {number}: {name} {b} falls outside the slide")
        for (n1, b1), (n2, b2) in combinations(placed, 2):
            if overlap(b1, b2):
                problems.append(f"slide {number}: {n1} overlaps {n2}")
        for group in (s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.GROUP):
            frame = box(group)
            children = child_boxes(group)
            for name, b in children:
                if not contains(frame, b):
                    problems.append(f"slide {number}: {name} sticks out of {group.name}")
            for (n1, b1), (n2, b2) in combinations(children, 2):
                if overlap(b1, b2) and not (contains(b1, b2) or contains(b2, b1)):
                    problems.append(f"slide {number}: {n1} and {n2} overlap in {group.name}")
    return problems


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_nothing_falls_off_the_slide_or_overlaps(decks, case):
    assert geometry_problems(Presentation(str(decks[case][1]))) == []


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_slide_text_is_at_least_twelve_points(decks, case):
    prs = Presentation(str(decks[case][1]))
    sizes = [int(e.get("sz")) for slide in prs.slides for e in slide._element.iter(qn("a:rPr"), qn("a:endParaRPr")) if e.get("sz")]
    assert min(sizes, default=1200) >= 1200


# --------------------------------------------------------------------------- markers


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_custom_properties_identify_the_deck(decks, case):
    request, path = decks[case]
    properties = custom_properties(path)
    assert properties[markers.DELIVERABLE_PROPERTY] == request.deliverable.id
    assert properties[markers.VERSION_PROPERTY] == REFERENTIAL.version
    assert properties[markers.DOCUMENT_LANGUAGE_PROPERTY] == request.doc_lang
    assert properties[markers.ORAL_LANGUAGE_PROPERTY] == request.oral_lang
    slide_map = markers.decode_slide_map(properties[markers.SLIDES_PROPERTY])
    titles = section_titles(Presentation(str(path)))
    assert slide_map == {slide_id: section_id for section_id, _, slide_id in titles}


def test_user_fields_reach_the_title_slide(tmp_path):
    request = request_for("business-plan", "en", "fr", project="Café <Lumière> & co", team="Ana, Bo", client="ACME",
                          date="2026-06-30", duration="25")
    write_pptx(request, tmp_path / "deck.pptx")
    cover = " ".join(all_text(Presentation(str(tmp_path / "deck.pptx")).slides[0].shapes))
    for expected in ("Café <Lumière> & co", "Ana, Bo", "ACME", "30 June 2026"):
        assert expected in cover


def test_a_deliverable_without_an_oral_gets_no_deck(tmp_path):
    request = request_for("interview-recruitment", "fr", "fr")
    with pytest.raises(UsageError, match="interview-recruitment.*--format docx"):
        write_pptx(request, tmp_path / "guide.pptx")
    assert not (tmp_path / "guide.pptx").exists()


# --------------------------------------------------------------------------- school templates


def school_template(path: Path, rename: dict[str, str], delete: set[str]) -> Path:
    """The base design with layouts renamed or deleted, and a sample slide, as a school might send it."""
    prs = Presentation(str(templates_dir() / "pptx" / "base.pptx"))
    prs.slides.add_slide(prs.slide_layouts[0]).shapes.title.text = "Sample slide of the school"
    for layout in list(prs.slide_layouts):
        if layout.name in delete:
            prs.slide_layouts.remove(layout)
        elif layout.name in rename:
            layout._element.cSld.set("name", rename[layout.name])
    prs.save(str(path))
    return path


def layouts_used(prs) -> list[str]:
    return [slide.slide_layout.name for slide in prs.slides]


def test_school_template_with_common_names_and_missing_layouts(tmp_path):
    template = school_template(
        tmp_path / "school.pptx",
        rename={"Title": "Title Slide", "Content": "TITLE AND CONTENT", "Section": "Section Header", "Blank": "Vide"},
        delete={"Canvas", "Two Content"},
    )
    request = RenderRequest(REFERENTIAL, REFERENTIAL.get_deliverable("business-plan"), "en", "fr", template=template, today=TODAY)
    write_pptx(request, tmp_path / "deck.pptx")
    prs = Presentation(str(tmp_path / "deck.pptx"))
    used = layouts_used(prs)
    assert used[0] == "Title Slide"
    assert "Vide" in used  # Canvas -> (no Title Only) -> Blank, found by its built-in type under a translated name
    assert "Sample slide of the school" not in " ".join(all_text(prs.slides[0].shapes))
    assert [s for s, _, _ in section_titles(prs)] == [s.id for s in request.deliverable.sections]
    assert geometry_problems(prs) == []
    assert FALLBACKS["canvas"][:2] == ("canvas", "blank")


def test_python_pptx_default_template_works_as_a_school_template(tmp_path):
    """A 4:3 template with PowerPoint's stock layout names."""
    default = Path(pptx.__file__).parent / "templates" / "default.pptx"
    request = RenderRequest(REFERENTIAL, REFERENTIAL.get_deliverable("research-brief"), "en", "fr", template=default, today=TODAY)
    write_pptx(request, tmp_path / "deck.pptx")
    prs = Presentation(str(tmp_path / "deck.pptx"))
    assert {"Title Slide", "Title and Content", "Two Content", "Title Only"} <= set(layouts_used(prs))
    assert geometry_problems(prs) == []


@pytest.mark.parametrize("content", [b"this is not a presentation", b"\xd0\xcf\x11\xe0" + bytes(100), b"PK\x03\x04broken"])
def test_an_unreadable_template_says_what_to_do(tmp_path, content):
    template = tmp_path / "school.pptx"
    template.write_bytes(content)
    request = RenderRequest(REFERENTIAL, REFERENTIAL.get_deliverable("business-plan"), "en", "fr", template=template)
    with pytest.raises(TemplateError) as raised:
        write_pptx(request, tmp_path / "deck.pptx")
    message = str(raised.value)
    assert "\n" not in message and "school.pptx" in message and ".pptx" in message


def test_a_potx_template_gives_a_pptx_deck(tmp_path):
    """PowerPoint templates (.potx) differ from presentations by the main part's content type only."""
    potx = tmp_path / "school.potx"
    with zipfile.ZipFile(templates_dir() / "pptx" / "base.pptx") as source, zipfile.ZipFile(potx, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"presentationml.presentation.main+xml", b"presentationml.template.main+xml")
            target.writestr(info, data)
    request = RenderRequest(REFERENTIAL, REFERENTIAL.get_deliverable("expertise-thesis"), "fr", "fr", template=potx, today=TODAY)
    write_pptx(request, tmp_path / "deck.pptx")
    prs = Presentation(str(tmp_path / "deck.pptx"))  # python-pptx refuses anything but a presentation
    assert [s for s, _, _ in section_titles(prs)] == [s.id for s in request.deliverable.presented_sections]


def test_a_docx_is_not_a_template(tmp_path):
    docx = tmp_path / "letter.pptx"
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
    request = RenderRequest(REFERENTIAL, REFERENTIAL.get_deliverable("business-plan"), "en", "fr", template=docx)
    with pytest.raises(TemplateError, match="--template"):
        write_pptx(request, tmp_path / "deck.pptx")


# --------------------------------------------------------------------------- LibreOffice


def pdf_pages(pdf: Path) -> int:
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))


@pytest.mark.slow
def test_libreoffice_renders_every_deck(decks, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed; install it to render the decks to PDF")
    paths = [path for _request, path in decks.values()]
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path / "pdf"), *map(str, paths)],
        check=True, capture_output=True, timeout=600,
    )
    for path in paths:
        pdf = tmp_path / "pdf" / (path.stem + ".pdf")
        assert pdf.exists(), f"LibreOffice did not convert {path.name}"
        assert pdf_pages(pdf) == len(Presentation(str(path)).slides)


def test_saved_deck_is_a_valid_package(decks):
    """Every part the package lists has a content type, and the deck opens from bytes as well as from a path."""
    _request, path = decks[CASES[0]]
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        types = archive.read("[Content_Types].xml").decode()
    assert "docProps/custom.xml" in names and "/docProps/custom.xml" in types
    assert any(n.startswith("ppt/notesSlides/") for n in names)
    Presentation(io.BytesIO(path.read_bytes()))


def test_a_referential_can_ask_for_a_drawing_whatever_its_section_ids(tmp_path, referential):
    """A school's referential names its own section ids; `drawing:` still gets the special slides."""
    import copy

    import yaml

    from mind_templates import load_referential, validate
    from mind_templates.export import referential_to_data
    from mind_templates.writers.pptx import visual_of

    data = referential_to_data(referential)
    wanted = {"target-journey": "journey", "implementation-schedule": "gantt", "decision-matrix": "decision-matrix",
              "kpi-dashboard": "dashboard"}
    renamed = {}
    for deliverable in data["deliverables"]:
        for section in deliverable["sections"]:
            if section["id"] in wanted and section["id"] not in renamed:
                renamed[section["id"]] = (deliverable["id"], f"part-{len(renamed) + 1}")
                for requirement in deliverable["seed_requirements"]:
                    requirement["sections"] = [renamed[section["id"]][1] if s == section["id"] else s
                                               for s in requirement["sections"]]
                section["drawing"] = wanted[section["id"]]
                section["id"] = renamed[section["id"]][1]
    assert set(renamed) == set(wanted), "the shipped referential changed: pick other sections"
    path = tmp_path / "school.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    school = load_referential(path)
    for old_id, (deliverable_id, new_id) in renamed.items():
        deliverable = school.get_deliverable(deliverable_id)
        request = RenderRequest(school, deliverable, "en", "fr")
        assert visual_of(request, deliverable.section(new_id)) == wanted[old_id]
        write_pptx(request, tmp_path / f"{deliverable_id}.pptx")
        assert Presentation(str(tmp_path / f"{deliverable_id}.pptx")).slides

    wrong = copy.deepcopy(data)
    wrong["deliverables"][0]["sections"][0]["drawing"] = "gantt"  # a prose section cannot be a Gantt
    path.write_text(yaml.safe_dump(wrong, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert any("bad drawing 'gantt'" in str(p) for p in validate(path))


def test_closing_slides_come_before_backup_appendices_and_questions_are_not_doubled(referential):
    from mind_templates.writers.pptx import plan_deck

    request = RenderRequest(referential, referential.get_deliverable("business-plan"), "en", "fr")
    kinds = [(p.kind, p.section.id if p.section else None) for p in plan_deck(request)]
    assert kinds.index(("takeaways", None)) < kinds.index(("section", "appendices"))  # appendices are backup
    assert ("questions", None) not in kinds  # the deliverable's own questions section is the questions slide
    assert kinds[-1] == ("section", "appendices")
    other = RenderRequest(referential, referential.get_deliverable("risk-policy"), "fr", "fr")
    assert [k for k, _ in ((p.kind, p) for p in plan_deck(other))][-2:] == ["takeaways", "questions"]
