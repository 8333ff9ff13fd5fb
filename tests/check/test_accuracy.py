"""Accuracy of `check` on realistic submissions: exact statuses per section, and precision/recall per status."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from docx import Document
from package_edits import DOCM_MAIN, DOCX_MAIN, retyped

from fixtures import (
    DECK_STATES,
    add_student_subheadings,
    drop_styles,
    reword_headings,
    Fixture,
    assign_deck_states,
    assign_states,
    expected_status,
    fake_bold_headings,
    filled_deck,
    filled_document,
    french_headings,
    have,
    libreoffice_round_trip,
    pandoc_round_trip,
    prose,
    renumber,
    scratch_document,
    section_spans,
)
from mind_templates.check.analyse import check_path
from mind_templates.check.model import SECTION_STATUSES, CheckOptions, FileReport

DELIVERABLES = ("business-plan", "risk-policy", "research-brief", "interview-recruitment", "expertise-thesis")
FAST_VARIANTS = ("word", "renumbered", "other-language-headings", "fake-bold", "scratch", "reworded",
                 "styles-dropped")
DECKS = ("business-plan", "research-brief", "risk-policy", "solution-proposal")
FILLED_STATES = ("ok", "guidance", "thin", "nonotes")


@dataclass
class Outcome:
    fixture: Fixture
    report: FileReport

    def mismatches(self) -> list[str]:
        got = {s.id: s for s in self.report.sections}
        problems = []
        for section_id, expected in self.fixture.expected.items():
            result = got.get(section_id)
            status = result.status if result else "(absent)"
            if status != expected:
                detail = f"{result.words} words, {result.found_by}, heading {result.heading!r}" if result else ""
                problems.append(f"{self.fixture.name}: {section_id} given '{self.fixture.states[section_id]}',"
                                f" expected {expected}, got {status} ({detail})")
        return problems


def _seed(variant: str, index: int) -> int:
    return 101 * (1 + FAST_VARIANTS.index(variant) if variant in FAST_VARIANTS else 9) + index


def _build(referential, deliverable_id: str, variant: str, index: int, folder: Path) -> Fixture:
    deliverable = referential.get_deliverable(deliverable_id)
    seed = _seed(variant, index)
    states = assign_states(deliverable, seed)
    if variant == "scratch":
        document = scratch_document(referential, deliverable, states, seed=seed)
    else:
        document = filled_document(referential, deliverable, states, seed=seed)
        if variant == "renumbered":
            renumber(document, deliverable)
        elif variant == "other-language-headings":
            other = next(lang for lang in referential.languages if lang != deliverable.document_language)
            french_headings(document, deliverable, other)
        elif variant == "fake-bold":
            fake_bold_headings(document, deliverable)
        elif variant == "reworded":
            rng = random.Random(seed)
            add_student_subheadings(document, deliverable, states, deliverable.document_language, rng)
            reword_headings(document, deliverable, deliverable.document_language, rng)
        elif variant == "styles-dropped":
            drop_styles(document)
    path = folder / f"{deliverable_id}.{variant}.docx"
    document.save(str(path))
    expected = {s.id: expected_status(s, states[s.id]) for s in deliverable.sections}
    return Fixture(f"{deliverable_id}/{variant}", path, deliverable_id, expected, states, variant=variant)


def _check(referential, fixture: Fixture, **options) -> Outcome:
    return Outcome(fixture, check_path(fixture.path, referential, CheckOptions(**options)))


@pytest.fixture(scope="module")
def fast_outcomes(referential, tmp_path_factory) -> list[Outcome]:
    folder = tmp_path_factory.mktemp("fast-fixtures")
    return [_check(referential, _build(referential, d, v, i, folder))
            for i, d in enumerate(DELIVERABLES) for v in FAST_VARIANTS]


@pytest.fixture(scope="module")
def libreoffice_outcomes(referential, tmp_path_factory) -> list[Outcome]:
    if not have("soffice"):
        pytest.skip("LibreOffice (soffice) is not installed: the docx -> odt -> docx round trip cannot run")
    folder = tmp_path_factory.mktemp("libreoffice")
    fixtures = [_build(referential, d, "word", 50 + i, folder) for i, d in enumerate(DELIVERABLES)]
    converted = libreoffice_round_trip([f.path for f in fixtures], folder / "round-trip")
    outcomes = []
    for fixture in fixtures:
        fixture.path, fixture.variant = converted[fixture.path], "libreoffice"
        fixture.name = f"{fixture.deliverable}/libreoffice"
        assert fixture.path.is_file(), f"LibreOffice did not convert {fixture.name}"
        outcomes.append(_check(referential, fixture))
    return outcomes


@pytest.fixture(scope="module")
def pandoc_outcomes(referential, tmp_path_factory) -> list[Outcome]:
    if not have("pandoc"):
        pytest.skip("pandoc is not installed: the docx -> markdown -> docx round trip cannot run")
    folder = tmp_path_factory.mktemp("pandoc")
    outcomes = []
    for i, d in enumerate(DELIVERABLES):
        fixture = _build(referential, d, "word", 70 + i, folder)
        fixture.path = pandoc_round_trip(fixture.path, folder / "round-trip")
        fixture.variant, fixture.name = "pandoc", f"{d}/pandoc"
        outcomes.append(_check(referential, fixture))
    return outcomes


@pytest.fixture(scope="module")
def deck_outcomes(referential, tmp_path_factory) -> list[Outcome]:
    folder = tmp_path_factory.mktemp("decks")
    outcomes = []
    for i, deliverable_id in enumerate(DECKS):
        deliverable = referential.get_deliverable(deliverable_id)
        states = assign_deck_states(deliverable, 30 + i)
        path, expected = filled_deck(referential, deliverable, states, seed=30 + i, folder=folder)
        fixture = Fixture(f"{deliverable_id}/deck", path, deliverable_id, expected, states, variant="deck")
        outcomes.append(_check(referential, fixture))
    return outcomes


@pytest.fixture(scope="module")
def deck_libreoffice_outcomes(referential, deck_outcomes, tmp_path_factory) -> list[Outcome]:
    if not have("soffice"):
        pytest.skip("LibreOffice (soffice) is not installed: the pptx -> odp -> pptx round trip cannot run")
    folder = tmp_path_factory.mktemp("deck-libreoffice")
    converted = libreoffice_round_trip([o.fixture.path for o in deck_outcomes], folder, via="odp", back="pptx")
    outcomes = []
    for outcome in deck_outcomes:
        fixture = replace(outcome.fixture, path=converted[outcome.fixture.path], variant="deck-libreoffice",
                          name=outcome.fixture.name + "-libreoffice")
        assert fixture.path.is_file(), f"LibreOffice did not convert {fixture.name}"
        outcomes.append(_check(referential, fixture))
    return outcomes


# --------------------------------------------------------------------------------------------- exact statuses


@pytest.mark.parametrize("variant", FAST_VARIANTS)
def test_exact_statuses(fast_outcomes, variant):
    outcomes = [o for o in fast_outcomes if o.fixture.variant == variant]
    assert outcomes
    for outcome in outcomes:
        assert outcome.report.error is None, outcome.report.error
        assert outcome.report.deliverable == outcome.fixture.deliverable
    problems = [p for o in outcomes for p in o.mismatches()]
    assert not problems, "\n".join(problems)


@pytest.mark.slow
def test_exact_statuses_after_libreoffice_round_trip(libreoffice_outcomes):
    problems = [p for o in libreoffice_outcomes for p in o.mismatches()]
    assert all(o.report.deliverable == o.fixture.deliverable for o in libreoffice_outcomes)
    assert not problems, "\n".join(problems)


@pytest.mark.slow
def test_exact_statuses_after_pandoc_round_trip(pandoc_outcomes):
    problems = [p for o in pandoc_outcomes for p in o.mismatches()]
    assert all(o.report.deliverable == o.fixture.deliverable for o in pandoc_outcomes)
    assert not problems, "\n".join(problems)


def test_exact_statuses_of_decks(deck_outcomes):
    problems = [p for o in deck_outcomes for p in o.mismatches()]
    assert not problems, "\n".join(problems)
    for outcome in deck_outcomes:
        notes_missing = {f.section for f in outcome.report.findings if f.code == "notes-missing"}
        wanted = {s for s, state in outcome.fixture.states.items() if state == "nonotes"}
        assert notes_missing == wanted, outcome.fixture.name
        assert set(DECK_STATES) >= set(outcome.fixture.states.values())


@pytest.mark.slow
def test_exact_statuses_of_decks_after_libreoffice_round_trip(deck_libreoffice_outcomes):
    """LibreOffice renames placeholders and renumbers slide ids: titles and the surviving shape names still tell."""
    problems = [p for o in deck_libreoffice_outcomes for p in o.mismatches()]
    assert not problems, "\n".join(problems)


# --------------------------------------------------------------------------------------------- how it was found


def test_identification(fast_outcomes):
    for outcome in fast_outcomes:
        report = outcome.report
        if outcome.fixture.variant == "word":
            assert (report.identified_by, report.confidence) == ("marker", 1.0)
        else:  # markers stripped: found by its headings alone
            assert report.identified_by == "headings", outcome.fixture.name
            assert report.confidence >= 0.6, (outcome.fixture.name, report.confidence)
            assert any(f.code == "deliverable-guessed" and f.severity == "info" for f in report.findings)


def test_findings_follow_the_states(fast_outcomes, referential):
    for outcome in fast_outcomes:
        fixture, report = outcome.fixture, outcome.report
        deliverable = referential.get_deliverable(fixture.deliverable)
        codes = {(f.code, f.section) for f in report.findings}
        for section in deliverable.sections:
            state = fixture.states[section.id]
            if state == "missing" and section.required:
                assert ("missing-section", section.id) in codes, (fixture.name, section.id)
            if state == "thin":
                assert ("thin-section", section.id) in codes, (fixture.name, section.id)
            if state == "guidance" and fixture.variant != "scratch":
                assert ("guidance-left", section.id) in codes, (fixture.name, section.id)
            if state in ("ok", "guidance"):
                for code in ("table-unfilled", "figure-missing", "placeholder-left", "empty-section"):
                    assert (code, section.id) not in codes, (fixture.name, section.id, code)
        # Honest coverage: covered when every section citing the criterion is ok, partly when some are.
        for criterion in report.coverage:
            citing = [s.id for s in deliverable.sections if criterion.id in s.criteria]
            ok = [s for s in citing if fixture.expected[s] == "ok"]
            assert list(criterion.sections) == citing and list(criterion.ok) == ok, (fixture.name, criterion.id)
            assert criterion.status == ("covered" if len(ok) == len(citing) else "partly" if ok else "not-covered")
        assert [c.id for c in report.coverage] == list(deliverable.criteria_ids)
        assert not any(f.code == "wrong-language" for f in report.findings), fixture.name


def test_a_filled_section_is_never_missing(fast_outcomes, deck_outcomes):
    for outcome in [*fast_outcomes, *deck_outcomes]:
        statuses = {s.id: s.status for s in outcome.report.sections}
        for section_id, state in outcome.fixture.states.items():
            if state in FILLED_STATES:
                assert statuses[section_id] != "missing", (outcome.fixture.name, section_id)


@pytest.mark.slow
def test_a_filled_section_is_never_missing_after_round_trips(libreoffice_outcomes, pandoc_outcomes):
    test_a_filled_section_is_never_missing(libreoffice_outcomes + pandoc_outcomes, [])


# --------------------------------------------------------------------------------------------- other findings


def test_wrong_language_and_out_of_order(referential, tmp_path):
    deliverable = referential.get_deliverable("business-plan")  # written in English
    states = {s.id: "ok" for s in deliverable.sections}
    document = filled_document(referential, deliverable, states, seed=5, fill_lang="fr")
    spans = section_spans(document.element.body)
    moved = spans["executive-summary"]
    body = document.element.body
    for element in moved:  # the summary moved to the end, where students often write it
        body.remove(element)
        body.insert(len(body) - 1, element)
    path = tmp_path / "french-body.docx"
    document.save(str(path))
    report = check_path(path, referential, CheckOptions(lang="fr"))
    assert all(s.status == "ok" for s in report.sections)
    language = [f for f in report.findings if f.code == "wrong-language"]
    assert len(language) == 1 and language[0].severity == "warning"
    assert "anglais" in language[0].message  # in the user's language, naming the expected language
    order = [f for f in report.findings if f.code == "out-of-order"]
    assert [f.section for f in order] == ["executive-summary"] and order[0].severity == "info"
    assert report.status() == "pass"


def test_min_words_option_and_thin_sections(referential, tmp_path):
    deliverable = referential.get_deliverable("expertise-thesis")
    states = {s.id: "ok" for s in deliverable.sections}
    path = tmp_path / "thesis.docx"
    filled_document(referential, deliverable, states, seed=8).save(str(path))
    assert {s.status for s in check_path(path, referential, CheckOptions()).sections} == {"ok"}
    strict = check_path(path, referential, CheckOptions(min_words=2000))
    assert {s.status for s in strict.sections} == {"thin"}
    thin = [f for f in strict.findings if f.code == "thin-section"]
    assert len(thin) == len(deliverable.sections) and all("2000" in f.message for f in thin)


def test_unidentified_document_is_an_error_finding(referential, tmp_path):
    # A holiday diary: neither its headings nor its text are a deliverable's. (The fixtures' `prose` is business
    # vocabulary, market, price, customers, budget: the very key terms a business plan is recognised by.)
    diary = {
        "Our holiday": "We left Lyon on a rainy Saturday morning with two bikes on the roof and far too many bags.",
        "Day one on the beach": "The sea was cold but the children swam until dinner, then built a castle with a moat.",
        "Day two in the mountains": "We walked up to the lake above the village and saw three marmots near the path.",
        "What we ate": "Crêpes every evening, grilled sardines on Tuesday and an enormous cheese platter at the farm.",
    }
    document = Document()
    for title, text in diary.items():
        document.add_heading(title, level=1)
        document.add_paragraph(" ".join([text] * 4))
    path = tmp_path / "holiday.docx"
    document.save(str(path))
    report = check_path(path, referential, CheckOptions())
    assert report.deliverable is None and report.sections == ()
    assert [f.code for f in report.findings] == ["deliverable-unknown"]
    assert report.status() == "fail"
    forced = check_path(path, referential, CheckOptions(deliverable="business-plan"))
    assert forced.identified_by == "option" and {s.status for s in forced.sections} == {"missing"}


def test_macro_enabled_file_is_checked_with_a_warning(referential, tmp_path, fast_outcomes):
    source = next(o.fixture.path for o in fast_outcomes if o.fixture.variant == "word")
    target = tmp_path / "with-macros.docm"
    target.write_bytes(retyped(source.read_bytes(), "/word/document.xml", DOCX_MAIN, DOCM_MAIN))
    report = check_path(target, referential, CheckOptions())
    assert report.error is None
    assert [f.severity for f in report.findings if f.code == "macros-ignored"] == ["warning"]


def test_unreadable_file_gives_a_file_error(referential, tmp_path):
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    report = check_path(path, referential, CheckOptions())
    assert report.error is not None and report.error.code == "corrupt-zip"
    assert report.status() == "error"
    missing = check_path(tmp_path / "nowhere.docx", referential, CheckOptions())
    assert missing.error.code == "file-missing"


# --------------------------------------------------------------------------------------------- the numbers


def _precision_recall(outcomes: list[Outcome]) -> list[str]:
    pairs = [(expected, {s.id: s.status for s in o.report.sections}.get(section_id, "missing"))
             for o in outcomes for section_id, expected in o.fixture.expected.items()]
    predicted = Counter(p for _, p in pairs)
    actual = Counter(e for e, _ in pairs)
    hits = Counter(e for e, p in pairs if e == p)
    lines = [f"{'status':<12}{'precision':>10}{'recall':>8}{'support':>9}"]
    for status in SECTION_STATUSES:
        precision = hits[status] / predicted[status] if predicted[status] else float("nan")
        recall = hits[status] / actual[status] if actual[status] else float("nan")
        lines.append(f"{status:<12}{precision:>10.3f}{recall:>8.3f}{actual[status]:>9}")
    files = len(outcomes)
    lines.append(f"{len(pairs)} sections in {files} files; {sum(hits.values())} exact")
    return lines


def _report(title: str, outcomes: list[Outcome]) -> None:
    print(f"\n== check accuracy: {title}")
    by_variant = Counter(o.fixture.variant for o in outcomes)
    print("   fixtures: " + ", ".join(f"{v} x{n}" for v, n in sorted(by_variant.items())))
    for line in _precision_recall(outcomes):
        print("   " + line)


def test_precision_and_recall_per_status(fast_outcomes, deck_outcomes):
    outcomes = [*fast_outcomes, *deck_outcomes]
    _report("Word variants and decks (pytest -s or -rA shows this)", outcomes)
    for line in _precision_recall(outcomes)[1:-1]:
        status, precision, recall, support = line.split()
        if int(support):
            assert float(precision) >= 0.95 and float(recall) >= 0.95, line


@pytest.mark.slow
def test_precision_and_recall_with_round_trips(fast_outcomes, deck_outcomes, libreoffice_outcomes, pandoc_outcomes,
                                               deck_libreoffice_outcomes):
    _report("all fixtures, LibreOffice and pandoc round trips included",
            [*fast_outcomes, *deck_outcomes, *libreoffice_outcomes, *pandoc_outcomes, *deck_libreoffice_outcomes])


def test_speed_of_one_check(fast_outcomes, referential):
    """A filled document is checked in well under pandoc's time to merely convert it (about 0.3 s)."""
    import time

    path = next(o.fixture.path for o in fast_outcomes if o.fixture.name == "business-plan/word")
    check_path(path, referential, CheckOptions())
    started = time.perf_counter()
    for _ in range(5):
        check_path(path, referential, CheckOptions())
    per_file = (time.perf_counter() - started) / 5
    print(f"\n   check of business-plan/word: {per_file * 1000:.0f} ms per file")
    assert per_file < 0.5



def test_table_unfilled_and_figure_missing(referential, tmp_path):
    """Prose written, but the table left empty or the picture never inserted: the section is not done."""
    from docx.oxml.ns import qn

    deliverable = referential.get_deliverable("solution-proposal")
    states = {s.id: "ok" for s in deliverable.sections}
    document = filled_document(referential, deliverable, states, seed=12)
    spans = section_spans(document.element.body)
    for element in spans["visuals-mockups"]:
        for drawing in list(element.iter(qn("w:drawing"))):
            drawing.getparent().remove(drawing)
    table_section = next(s for s in deliverable.sections if s.kind == "table" and s.required and s.min_words)
    for element in spans[table_section.id]:
        if element.tag == qn("w:tbl"):
            for row in element.findall(qn("w:tr"))[1:]:
                cells = row.findall(qn("w:tc"))[1 if table_section.rows else 0:]
                for t in (t for cell in cells for t in cell.iter(qn("w:t"))):
                    t.text = ""
    path = tmp_path / "unfinished.docx"
    document.save(str(path))
    report = check_path(path, referential, CheckOptions())
    codes = {(f.code, f.section): f for f in report.findings}
    assert codes[("figure-missing", "visuals-mockups")].severity == "error"
    assert codes[("table-unfilled", table_section.id)].severity == "error"
    statuses = {s.id: s.status for s in report.sections}
    assert statuses["visuals-mockups"] == "ok" and statuses[table_section.id] == "ok"
    assert len([c for c, _ in codes if c in ("figure-missing", "table-unfilled")]) == 2
    assert report.status() == "fail"
