"""A class of submissions: honest coverage, who handed each file in, the CSV summary and the HTML class report."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import docx
import pytest
from class_folder import build_class

from mind_templates.check.analyse import coverage
from mind_templates.check.formats.html_report import render_html
from mind_templates.check.model import SECTION_STATUSES, SectionResult
from mind_templates.skeleton import markers

DELIVERABLES = ["research-brief", "business-plan"]


def check(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mind_templates", "check", *args], capture_output=True, text=True,
                          env={**os.environ, "NO_COLOR": "1"}, timeout=900)


@pytest.fixture(scope="module")
def class_folder(tmp_path_factory, referential):
    """26 submissions: 13 candidates, each handing in a research brief and a business plan."""
    folder = tmp_path_factory.mktemp("class")
    return folder, build_class(referential, folder, 13, DELIVERABLES)


# --- honest coverage ------------------------------------------------------------------------------


def test_coverage_counts_only_ok_sections(referential):
    """research-brief: C2.1.1 is cited by four sections; with one thin and one missing it is partly covered."""
    deliverable = referential.get_deliverable("research-brief")
    citing = [s.id for s in deliverable.sections if "C2.1.1" in s.criteria]
    assert len(citing) >= 3
    statuses = {s.id: "ok" for s in deliverable.sections}
    statuses[citing[0]], statuses[citing[1]] = "thin", "missing"
    results = [SectionResult(sid, status, 100 if status == "ok" else 0) for sid, status in statuses.items()]
    by_id = {c.id: c for c in coverage(deliverable, results)}
    c211 = by_id["C2.1.1"]
    assert c211.sections == tuple(citing) and c211.ok == tuple(citing[2:])
    assert c211.status == "partly" and c211.fraction == pytest.approx((len(citing) - 2) / len(citing))
    # Every section ok: every criterion covered. No section ok: none is, not even partly.
    assert {c.status for c in coverage(deliverable, [SectionResult(s, "ok", 100) for s in statuses])} == {"covered"}
    nothing = coverage(deliverable, [SectionResult(s, "placeholder", 0) for s in statuses])
    assert {c.status for c in nothing} == {"not-covered"} and all(c.fraction == 0 for c in nothing)
    assert [c.id for c in nothing] == list(deliverable.criteria_ids)


def test_an_unfilled_skeleton_covers_nothing(tmp_path):
    """The issue's example: a generated research brief must not say its criteria are covered."""
    subprocess.run([sys.executable, "-m", "mind_templates", "new", "research-brief", "--format", "docx",
                    "-o", str(tmp_path)], check=True, capture_output=True)
    result = check(str(tmp_path / "research-brief.en.docx"), "--format", "json")
    criteria = json.loads(result.stdout)["files"][0]["criteria"]
    assert criteria["covered"] == [] and criteria["partly"] == [] and len(criteria["uncovered"]) == 5
    text = check(str(tmp_path / "research-brief.en.docx")).stdout
    assert "Criteria (5): covered 0, partly covered 0, not covered 5" in text


# --- who handed it in -----------------------------------------------------------------------------


def test_cover_fields_are_read_back_from_our_files(tmp_path):
    subprocess.run([sys.executable, "-m", "mind_templates", "new", "business-plan", "-o", str(tmp_path),
                    "--set", "candidate=Ana Lima", "--set", "team=Blue", "--set", "project=Smart parking",
                    "--set", "client=Acme", "--set", "date=2026-12-15"], check=True, capture_output=True)
    data = json.loads(check(str(tmp_path), "--format", "json").stdout)
    assert len(data["files"]) == 2  # the Word skeleton and the deck
    for entry in data["files"]:
        assert entry["submitter"] == {"project": "Smart parking", "team": "Blue", "candidate": "Ana Lima",
                                      "client": "Acme", "date": "2026-12-15", "title": "", "source": "cover"}


def test_files_without_our_properties_are_credited_to_their_core_author(tmp_path, class_folder):
    _, submissions = class_folder
    document = docx.Document(str(submissions[0].path))
    package = document.part.package
    for r_id, rel in list(package.rels.items()):
        if rel.reltype.endswith("/custom-properties"):
            package.rels.pop(r_id)
    document.core_properties.author = "Zoé Durand"
    document.core_properties.title = "My research brief"
    path = tmp_path / "zoe.docx"
    document.save(str(path))
    entry = json.loads(check(str(path), "--format", "json").stdout)["files"][0]
    assert entry["submitter"]["candidate"] == "Zoé Durand" and entry["submitter"]["title"] == "My research brief"
    assert entry["submitter"]["source"] == "core" and entry["deliverable"] == "research-brief"  # found by headings


def test_the_cover_properties_are_the_documented_ones():
    docs = (Path(__file__).resolve().parents[2] / "docs" / "check.md").read_text(encoding="utf-8")
    for name in markers.COVER_PROPERTIES.values():
        assert f"`{name}`" in docs


# --- one line per submission ----------------------------------------------------------------------


def test_csv_summary_rows_are_the_section_rows_aggregated(class_folder):
    folder, submissions = class_folder
    sections = list(csv.DictReader(io.StringIO(check(str(folder), "--format", "csv").stdout)))
    summary = list(csv.DictReader(io.StringIO(check(str(folder), "--format", "csv", "--summary").stdout)))
    assert len(summary) == len(submissions) == len({row["file"] for row in sections})
    by_file: dict[str, Counter] = {}
    for row in sections:
        if row["section"]:
            by_file.setdefault(row["file"], Counter())[row["section_status"]] += 1
    expected = {str(s.path): Counter(s.expected.values()) for s in submissions}
    for row in summary:
        counts = {status: int(row[f"sections_{status}"]) for status in SECTION_STATUSES}
        assert counts == {status: by_file[row["file"]][status] for status in SECTION_STATUSES}
        assert counts == {status: expected[row["file"]][status] for status in SECTION_STATUSES}
        assert row["candidate"] and row["team"].startswith("Team ") and row["project"].startswith("Project ")
        assert {r["candidate"] for r in sections if r["file"] == row["file"]} == {row["candidate"]}


def test_summary_is_refused_for_formats_it_does_not_fit(class_folder):
    folder, _ = class_folder
    result = check(str(folder), "--summary")
    assert result.returncode == 2 and "--summary" in result.stderr


def test_text_report_ends_with_a_line_per_file_in_the_report_language(class_folder):
    folder, submissions = class_folder
    text = check(str(folder), "--lang", "fr").stdout
    table = text.strip().split("\n\n")[-2].splitlines()
    assert table[0].split()[:3] == ["Fichier", "Livrable", "Candidat"]
    assert len(table) == 1 + len(submissions)
    assert "conforme" in text and "manquante" in text and "ÉCHEC" in text
    assert " missing " not in text and "warning" not in text


# --- the HTML class report ------------------------------------------------------------------------


def test_html_report_is_written_atomically_and_never_overwritten(class_folder, tmp_path):
    folder, submissions = class_folder
    target = tmp_path / "report.html"
    first = check(str(folder), "--format", "html", "-o", str(target))
    assert first.returncode == 1 and first.stdout == ""  # problems reported; the report is in the file
    page = target.read_text(encoding="utf-8")
    assert page.count('class="details"') == len(submissions)
    target.write_text("the teacher's notes", encoding="utf-8")
    refused = check(str(folder), "--format", "html", "-o", str(target))
    assert refused.returncode == 2 and "--force" in refused.stderr
    assert target.read_text(encoding="utf-8") == "the teacher's notes"
    forced = check(str(folder), "--format", "html", "-o", str(target), "--force")
    assert forced.returncode == 1 and target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]  # no temporary file left


def test_html_report_is_self_contained_accessible_and_translated(class_folder, referential):
    from mind_templates.check.analyse import check_path
    from mind_templates.check.model import CheckOptions

    _, submissions = class_folder
    reports = [check_path(s.path, referential, CheckOptions(lang="fr")) for s in submissions[:4]]
    page = render_html(reports, lang="fr", referential=referential, today=date(2026, 12, 1))
    assert '<html lang="fr-FR">' in page
    for external in ("http://", "https://", "<link", "src=", "@import", "url("):
        assert external not in page, external
    assert "default-src 'none'" in page and page.count("<script>") == 1
    assert 'scope="col"' in page and 'scope="row"' in page
    assert "Rapport de la promotion" in page and "conforme" in page and "Problèmes les plus fréquents" in page
    assert "Vérifié le 1 décembre 2026" in page  # the date by Babel, in French
    # The most frequent problems, by kind: how many submissions of the deliverable have each finding code.
    for deliverable in {r.deliverable for r in reports}:
        members = [r for r in reports if r.deliverable == deliverable]
        kinds = Counter(code for r in members for code in {f.code for f in r.findings})
        for code, count in kinds.items():
            assert f"<code>{code}</code></th><td>{count} rendu{'s' if count > 1 else ''} sur {len(members)}</td>" in page


# --- the HTML class report in a real browser ------------------------------------------------------

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1000")


@pytest.fixture
def browser(tmp_path):
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is in the test extra: pip install -e '.[test]'")
    if not (CHROMIUM.is_file() and CHROMEDRIVER.is_file()):
        pytest.skip("Debian's chromium and chromium-driver are needed: bash tools/install-system-deps.sh")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'chromium-profile'}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def _column(table, index: int) -> list[str]:
    return [row.find_elements("css selector", "th, td")[index].text for row in table.find_elements("css selector", "tbody tr")]


@pytest.mark.slow
def test_html_report_in_headless_chromium(class_folder, browser, tmp_path, referential):
    folder, submissions = class_folder
    assert len(submissions) >= 25
    target = tmp_path / "report.html"
    assert check(str(folder), "--format", "html", "-o", str(target)).returncode == 1
    browser.get("about:blank")
    browser.get_log("performance")  # drain what the browser's own start-up pages asked for
    browser.get(target.as_uri())

    # One row per submission, with the section counts the fixtures expect.
    overview = browser.find_element("id", "overview")
    rows = overview.find_elements("css selector", "tbody tr")
    assert len(rows) == len(submissions)
    headers = [th.text for th in overview.find_elements("css selector", "thead th")]
    expected = {s.path.name: s for s in submissions}
    for row in rows:
        cells = [c.text for c in row.find_elements("css selector", "th, td")]
        submission = expected[cells[-1]]
        title = referential.get_deliverable(submission.deliverable).title["en"]  # its title, its id on hover
        assert cells[0] == f"{submission.candidate} (Team {cells[0].split('Team ')[1]}" and cells[1] == title
        assert row.find_elements("css selector", "td")[0].get_attribute("title") == submission.deliverable
        assert cells[2] == "FAIL"
        counts = Counter(submission.expected.values())
        assert [int(c) for c in cells[3:3 + len(SECTION_STATUSES)]] == [counts[s] for s in SECTION_STATUSES]
    # A grid per deliverable, a column per section, every cell's status in words as well as colour.
    for n, deliverable_id in enumerate(sorted(DELIVERABLES), start=1):
        grid = browser.find_element("id", f"grid-{n}")
        deliverable = referential.get_deliverable(deliverable_id)
        assert len(grid.find_elements("css selector", "thead th")) == 2 + len(deliverable.sections)
        assert len(grid.find_elements("css selector", "tbody tr")) == 13
        statuses = Counter(c.get_attribute("class").split()[-1] for c in grid.find_elements("css selector", "td.cell"))
        wanted = Counter(f"s-{v}" for s in submissions if s.deliverable == deliverable_id for v in s.expected.values())
        assert statuses == wanted

    # Headers stay visible when the table scrolls.
    assert overview.find_element("css selector", "thead th").value_of_css_property("position") == "sticky"

    # Sorting: by candidate both ways, by deliverable, by status.
    who, deliverable_button, status = (overview.find_element("css selector", f"th[data-sort='{key}'] button")
                                       for key in ("who", "deliverable", "status"))
    assert headers[0].startswith("Candidate or team")
    who.click()
    names = _column(overview, 0)
    assert names == sorted(names, key=str.casefold)
    assert overview.find_element("css selector", "th[data-sort='who']").get_attribute("aria-sort") == "ascending"
    who.click()
    assert _column(overview, 0) == sorted(names, key=str.casefold, reverse=True)
    deliverable_button.click()
    assert _column(overview, 1) == sorted(_column(overview, 1), key=str.casefold)
    assert _column(overview, 1)[0] == referential.get_deliverable("business-plan").title["en"]
    status.click()
    assert len(_column(overview, 2)) == len(submissions)

    # A link from the table reaches the submission's details, with its findings.
    first_link = overview.find_element("css selector", "tbody tr th a")
    first_file = overview.find_element("css selector", "tbody tr td:last-child").text
    details = browser.find_element("id", first_link.get_attribute("href").split("#")[1])
    assert first_file in details.text and details.find_elements("css selector", "td.sev-error")

    browser.save_screenshot(str(tmp_path / "report.png"))
    if os.environ.get("MT_SCREENSHOT"):
        browser.save_screenshot(os.environ["MT_SCREENSHOT"])

    # No console errors (a CSP violation would be one), and no request but the page itself.
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []
    requested = []
    for entry in browser.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            requested.append(message["params"]["request"]["url"])
    assert requested == [target.as_uri()]

    # Without scripts (a mail client's viewer) the table is whole, in its printed order, with plain headers.
    browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    browser.get(target.as_uri())
    overview = browser.find_element("id", "overview")
    assert len(overview.find_elements("css selector", "tbody tr")) == len(submissions)
    assert overview.find_elements("css selector", "th button") == []
    assert _column(overview, 1) == sorted(_column(overview, 1), key=str.casefold)  # grouped by deliverable


# --- progress -------------------------------------------------------------------------------------


def test_progress_bar_only_on_a_terminal_and_never_in_the_report(class_folder):
    import pty

    folder, submissions = class_folder
    piped = check(str(folder), "--format", "csv", "--summary")
    assert piped.stderr == "" and "Checking" not in piped.stdout
    main, terminal = pty.openpty()
    try:
        run = subprocess.run([sys.executable, "-m", "mind_templates", "check", str(folder), "--format", "csv",
                              "--summary"], stdout=subprocess.PIPE, stderr=terminal, text=True, timeout=900,
                             env={**os.environ, "NO_COLOR": "1"})
        os.close(terminal)
        terminal = -1
        drawn = b""
        while True:
            try:
                chunk = os.read(main, 65536)
            except OSError:  # the terminal's other end is closed: everything was read
                break
            if not chunk:
                break
            drawn += chunk
    finally:
        if terminal != -1:
            os.close(terminal)
        os.close(main)
    assert run.stdout == piped.stdout  # the report is the same, bar or not
    text = drawn.decode("utf-8", "replace")
    assert "Checking" in text and f"{len(submissions)}/{len(submissions)}" in text


def _luminance(colour: str) -> float:
    channels = [int(colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: str, b: str) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_every_colour_pair_of_the_report_meets_wcag_aa():
    """Status cells, verdicts, severities and heat map shades: at least 4.5:1 against their background."""
    import re

    from mind_templates import resources
    from mind_templates.check.formats.html_report import HEAT_SHADES

    css = (resources.templates_dir() / "html" / "class_report.html.j2").read_text(encoding="utf-8")
    pairs = [(bg or "#ffffff", fg) for _, bg, fg in
             re.findall(r"\.((?:s|f|sev)-[a-z]+) \{ (?:background: (#[0-9a-f]{6}); )?color: (#[0-9a-f]{6})", css)]
    assert len(pairs) >= 12  # five statuses and none, three verdicts, three severities
    pairs += [(bg, fg) for _, bg, fg in HEAT_SHADES]
    pairs += [("#ffffff", "#1d4ed8"), ("#e5e7eb", "#111827")]  # links, table headers
    for background, colour in pairs:
        assert _contrast(background, colour) >= 4.5, (background, colour)


def test_output_into_a_folder_that_cannot_be_written_is_refused_before_checking(class_folder, tmp_path):
    folder, _ = class_folder
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x", encoding="utf-8")
    result = check(str(folder), "--format", "html", "-o", str(blocked / "report.html"))
    assert result.returncode == 2 and "--output" in result.stderr and result.stdout == ""
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_cover_fields_survive_a_libreoffice_save(class_folder, tmp_path):
    """A student who opens our file in LibreOffice and saves it as .docx is still named in the report."""
    import shutil

    if not shutil.which("soffice"):
        pytest.skip("LibreOffice is needed: bash tools/install-system-deps.sh")
    _, submissions = class_folder
    subprocess.run(["soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(tmp_path / "saved"),
                    str(submissions[0].path)], capture_output=True, timeout=300, check=True)
    entry = json.loads(check(str(tmp_path / "saved"), "--format", "json").stdout)["files"][0]
    assert entry["submitter"]["candidate"] == submissions[0].candidate and entry["submitter"]["source"] == "cover"
    assert entry["submitter"]["project"] == "Project 1" and entry["submitter"]["date"] == "2026-11-30"


def test_heat_map_shares_are_per_criterion_over_the_submissions_it_applies_to(referential):
    """A Word file and a deck of one deliverable: the deck presents fewer sections, hence fewer criteria."""
    from mind_templates.check.formats.html_report import build_groups
    from mind_templates.check.model import CriterionCoverage, FileReport

    word = FileReport(file="a.docx", deliverable="business-plan", coverage=(
        CriterionCoverage("C1.4.1", ("x", "y"), ("x", "y")), CriterionCoverage("C1.4.2", ("z", "w"), ("z",))))
    deck = FileReport(file="a.pptx", deliverable="business-plan", coverage=(CriterionCoverage("C1.4.1", ("x",)),))
    third = FileReport(file="b.docx", deliverable="business-plan", coverage=(
        CriterionCoverage("C1.4.2", ("z", "w"), ("z", "w")), CriterionCoverage("C1.4.1", ("x", "y"), ("x", "y"))))
    (group,) = build_groups([word, deck, third], lang="en", strict=False, referential=referential)
    heat = {h["id"]: h for h in group.heat}
    assert heat["C1.4.1"]["percent"] == 67  # covered in 2 of the 3 submissions
    assert heat["C1.4.2"]["percent"] == 50  # covered in 1 of the 2 it applies to
    assert heat["C1.4.2"]["counts"] == "covered: 1, partly covered: 1, not covered: 0"
