"""`mind-templates serve` through Starlette's TestClient: every route, the headers, and hostile uploads.

Each client works in its own private temporary root; after every request that root must be empty again.
"""

from __future__ import annotations

from markupsafe import escape
import io
import json
import sys
import threading
import time
import zipfile
from pathlib import Path

import docx
import pptx
import pytest

pytest.importorskip("starlette", reason="the web extra is not installed: pip install '.[web]'")
pytest.importorskip("multipart", reason="the web extra is not installed: pip install '.[web]'")

from hostile_files import deflate, docx_bytes, hostile_cases, pptx_bytes, raw_zip  # noqa: E402
from check.test_cli_check import DELIVERABLE, fill, run, zip_bomb  # noqa: E402,F401
from starlette.testclient import TestClient  # noqa: E402

from mind_templates.check.labels import SECTION_STATUS_SYMBOLS, Labels  # noqa: E402
from mind_templates.web import app as web_app  # noqa: E402
from mind_templates.web.app import WebConfig, create_app  # noqa: E402
from mind_templates.web.limits import UploadLimits  # noqa: E402

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture()
def private(tmp_path) -> Path:
    folder = tmp_path / "private"
    folder.mkdir()
    return folder


def client_for(private: Path, **config) -> TestClient:
    return TestClient(create_app(WebConfig(temp_root=str(private), **config)))


@pytest.fixture()
def client(private) -> TestClient:
    return client_for(private)


@pytest.fixture(scope="module")
def good(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("skeleton")
    result = run("new", DELIVERABLE, "--format", "docx", "--doc-lang", "en", "-o", str(folder))
    assert result.exit_code == 0, result.output
    return fill(next(folder.glob("*.docx")), tmp_path_factory.mktemp("good") / "Rapport d'étape – équipe 3.docx")


def assert_left_nothing(private: Path, client: TestClient) -> None:
    assert list(private.iterdir()) == []
    assert client.get("/health").json()["status"] == "ok"


# --- pages and headers ----------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["/", "/deliverable/business-plan", "/check", "/teacher", "/health",
                                 "/static/style.css", "/no-such-page"])
def test_every_page_has_the_security_headers(client, url):
    response = client.get(url)
    assert response.status_code == (404 if url == "/no-such-page" else 200)
    csp = response.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "http" not in csp and "unsafe" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    if response.headers["content-type"].startswith("text/html"):
        # Nothing from the network, nothing inline: one stylesheet from this server, no script.
        assert "<script" not in response.text and "style=" not in response.text
        assert "http://" not in response.text and "https://" not in response.text


def test_home_browses_every_assessment_then_deliverable(client, referential):
    page = client.get("/", headers={"accept-language": "en"}).text
    for assessment in referential.assessments:
        assert assessment.title["en"] in page
        for deliverable in referential.deliverables_of(assessment.id):
            assert f'href="/deliverable/{deliverable.id}"' in page
    assert "Nothing is kept" in page


def test_a_deliverable_page_shows_its_sections_and_criteria(client, referential):
    deliverable = referential.get_deliverable("risk-policy")
    page = client.get("/deliverable/risk-policy", headers={"accept-language": "fr"}).text
    for section in deliverable.sections:
        assert str(escape(section.title["fr"])) in page
    for criterion_id in deliverable.criteria_ids:
        assert criterion_id in page
    assert client.get("/deliverable/nope").status_code == 404


def test_guidance_is_rendered_as_the_documents_render_it(client, referential):
    """Referential texts hold Jinja variables (a role play's interview length): never shown raw."""
    for deliverable in referential.deliverables:
        page = client.get(f"/deliverable/{deliverable.id}?lang=en").text
        assert "{{" not in page and "{%" not in page, deliverable.id


def test_language_follows_accept_language_and_the_switch_wins(client):
    assert 'lang="fr"' in client.get("/", headers={"accept-language": "de;q=1, fr;q=0.8, en;q=0.5"}).text
    assert '<html lang="en">' in client.get("/", headers={"accept-language": "de"}).text
    switched = client.get("/check?lang=fr", headers={"accept-language": "en"})
    assert '<html lang="fr">' in switched.text and "lang=fr" in switched.headers["set-cookie"]
    # The switch is remembered (cookie) over the browser's language.
    assert '<html lang="fr">' in client.get("/", headers={"accept-language": "en"}).text


# --- generate -------------------------------------------------------------------------------------


def open_office(data: bytes, fmt: str):
    return (docx.Document if fmt == "docx" else pptx.Presentation)(io.BytesIO(data))


@pytest.mark.slow
def test_every_deliverable_generates_files_that_open(client, private, referential):
    for deliverable in referential.deliverables:
        response = client.post("/generate", data={"deliverable": deliverable.id, "format": "zip", "client": "Acme"})
        assert response.status_code == 200, deliverable.id
        if len(deliverable.formats) == 1:
            open_office(response.content, deliverable.formats[0])
            continue
        with zipfile.ZipFile(io.BytesIO(response.content)) as zf:
            assert sorted(n.rsplit(".", 1)[1] for n in zf.namelist()) == sorted(deliverable.formats)
            for name in zf.namelist():
                open_office(zf.read(name), name.rsplit(".", 1)[1])
    assert_left_nothing(private, client)


def test_generate_one_format_with_cover_fields(client, private):
    response = client.post("/generate", data={"deliverable": "business-plan", "format": "docx",
                                              "client": "Société Générale", "project": "Parking <intelligent>"})
    assert response.status_code == 200
    assert response.headers["content-type"] == DOCX_TYPE
    assert response.headers["content-disposition"] == (
        "attachment; filename=\"business-plan.en.docx\"; filename*=UTF-8''business-plan.en.docx")
    text = "\n".join(p.text for p in open_office(response.content, "docx").paragraphs)
    assert "Société Générale" in text and "Parking <intelligent>" in text
    deck = client.post("/generate", data={"deliverable": "business-plan", "format": "pptx", "duration": "15"})
    assert deck.status_code == 200 and len(open_office(deck.content, "pptx").slides) > 3
    assert_left_nothing(private, client)


def test_generate_every_file_of_an_assessment(client, private, referential):
    response = client.post("/generate", data={"assessment": "project-data"})
    assert response.status_code == 200
    assert 'filename="project-data.zip"' in response.headers["content-disposition"]
    expected = sorted(f"{d.id}.{d.document_language}.{fmt}" for d in referential.deliverables_of("project-data")
                      for fmt in d.formats)
    with zipfile.ZipFile(io.BytesIO(response.content)) as zf:
        assert sorted(zf.namelist()) == expected
        for name in zf.namelist():
            open_office(zf.read(name), name.rsplit(".", 1)[1])
    assert_left_nothing(private, client)


@pytest.mark.parametrize("field, value", [("date", "28/11/2026"), ("date", "2026-02-30"), ("duration", "0")])
def test_generate_validates_like_new_set_with_the_same_message(client, private, tmp_path, field, value):
    cli = run("new", "business-plan", "-o", str(tmp_path / "out"), "--set", f"{field}={value}")
    assert cli.exit_code == 2
    message = cli.output.strip().removeprefix("mind-templates: ")
    response = client.post("/generate", data={"deliverable": "business-plan", "format": "zip", field: value},
                           headers={"accept-language": "en"})
    assert response.status_code == 422
    assert str(escape(message)) in response.text
    assert f'value="{str(escape(value))}"' in response.text  # the form keeps what was typed
    assert_left_nothing(private, client)


# --- check ----------------------------------------------------------------------------------------


def cli_coverage(path: Path):
    """The honest coverage the library computes for the file, as the CLI's worker pool gives it."""
    from mind_templates.check.model import CheckOptions
    from mind_templates.check.runner import run_checks

    return next(run_checks([path], None, CheckOptions(), 1)).coverage


def statuses_from_cli(path: Path) -> dict[str, str]:
    data = json.loads(run("check", str(path), "--format", "json", "--jobs", "1").stdout)
    return {s["id"]: s["status"] for s in data["files"][0]["sections"]}


def test_an_annotated_deck_downloads_as_a_deck(client, private, tmp_path):
    result = run("new", DELIVERABLE, "--format", "pptx", "-o", str(tmp_path))
    assert result.exit_code == 0, result.output
    deck = next(tmp_path.glob("*.pptx"))
    with deck.open("rb") as handle:  # an unfilled skeleton: every section has a finding to annotate
        response = client.post("/check", files={"files": ("oral.pptx", handle, "application/octet-stream")},
                               data={"action": "annotated"})
    assert response.status_code == 200, response.text[:500]
    assert "filename*=UTF-8''oral.annotated.pptx" in response.headers["content-disposition"]
    assert response.headers["content-type"].startswith("application/vnd.openxmlformats-officedocument.presentationml")
    assert len(pptx.Presentation(io.BytesIO(response.content)).slides) > 1
    assert_left_nothing(private, client)


def test_check_reports_the_same_statuses_as_the_cli(client, private, good, referential):
    with good.open("rb") as handle:
        response = client.post("/check", files={"files": (good.name, handle, DOCX_TYPE)},
                               data={"action": "report"}, headers={"accept-language": "en"})
    assert response.status_code == 200
    page = response.text
    assert str(escape(good.name)) in page and "file-0" not in page
    deliverable = referential.get_deliverable(DELIVERABLE)
    for section_id, status in statuses_from_cli(good).items():
        title = str(escape(deliverable.section(section_id).title["en"]))
        label = f"{SECTION_STATUS_SYMBOLS[status]} {Labels('en').section_status(status)}"
        assert f"<tr class=\"section-{status}\"><td>{title}</td><td>{label}</td>" in page, section_id
    assert str(escape(Labels("en").coverage_line(cli_coverage(good)))) in page
    assert_left_nothing(private, client)


def test_the_annotated_copy_downloads_with_a_safe_name(client, private, good, tmp_path):
    incomplete = fill(good, tmp_path / "incomplete.docx", drop_heading="Research question")
    with incomplete.open("rb") as handle:
        response = client.post("/check", files={"files": ("Étude ../../etc/passwd.docx", handle, DOCX_TYPE)},
                               data={"action": "annotated"})
    assert response.status_code == 200, response.text[:500]
    disposition = response.headers["content-disposition"]
    assert disposition.startswith('attachment; filename="')
    assert "filename*=UTF-8''%C3%89tude%20..%2F..%2Fetc%2Fpasswd.annotated.docx" not in disposition  # only the base name
    assert "filename*=UTF-8''passwd.annotated.docx" in disposition
    document = docx.Document(io.BytesIO(response.content))
    assert document.part.package.part_related_by  # it opens
    assert_left_nothing(private, client)


def test_csv_and_a_zip_of_submissions(client, private, good):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.write(good, "class/ana.docx")
        zf.write(good, "class/bo.docx")
        zf.writestr("class/notes.txt", "not a submission")
    response = client.post("/check", files={"files": ("class.zip", buffer.getvalue(), "application/zip")},
                           data={"action": "csv"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert "class.zip/class/ana.docx" in response.text and "class.zip/class/bo.docx" in response.text
    report = client.post("/check", files={"files": ("class.zip", buffer.getvalue(), "application/zip")},
                         data={"action": "html"})
    assert report.status_code == 200 and report.headers["content-type"].startswith("text/html")
    assert 'attachment; filename="check.html"' in report.headers["content-disposition"]
    assert "ana.docx" in report.text and "bo.docx" in report.text
    assert_left_nothing(private, client)


# --- hostile uploads ------------------------------------------------------------------------------


def post_files(client, files, action="report"):
    return client.post("/check", files=[("files", f) for f in files], data={"action": action},
                       headers={"accept-language": "en"})


def test_an_empty_file_a_doc_and_a_renamed_pdf_get_check_errors(client, private):
    response = post_files(client, [("empty.docx", b"", DOCX_TYPE),
                                   ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "application/msword"),
                                   ("paper.docx", b"%PDF-1.7\n" + b"x" * 2000, DOCX_TYPE)])
    assert response.status_code == 200
    assert response.text.count("UNREADABLE") == 3
    for name in ("empty.docx", "old.doc", "paper.docx"):
        assert name in response.text
    assert_left_nothing(private, client)


def test_a_zip_bomb_gets_a_report_and_a_bomb_zip_of_submissions_a_413(client, private, zip_bomb):
    response = post_files(client, [("bomb.docx", zip_bomb.read_bytes(), DOCX_TYPE)])
    assert response.status_code == 200 and "zip-bomb" in response.text
    # The same bomb as a zip of submissions: refused by check's own zip limits before anything is inflated.
    response = post_files(client, [("class.zip", zip_bomb.read_bytes(), "application/zip")])
    assert response.status_code == 413 and "refused" in response.text
    assert_left_nothing(private, client)


def test_a_zip_with_parent_paths_is_never_extracted_outside(client, private, good, tmp_path):
    data = good.read_bytes()
    entries = [("../../escaped.docx", *deflate(data)), ("/abs.docx", *deflate(data)), ("ok/fine.docx", *deflate(data))]
    response = post_files(client, [("class.zip", raw_zip(entries), "application/zip")])
    assert response.status_code == 200
    assert response.text.count("its path leaves the zip") == 2 and "class.zip/ok/fine.docx" in response.text
    assert not (private.parent / "escaped.docx").exists() and not Path("/abs.docx").exists()
    assert_left_nothing(private, client)


@pytest.fixture(scope="module")
def hostile() -> dict:
    """Every hostile file of the reader's and check's tests (tests/hostile_files.py)."""
    return hostile_cases(docx_bytes(), pptx_bytes())


def test_every_hostile_file_of_the_check_tests_gets_its_error_on_the_page(private, hostile):
    with client_for(private) as client:
        for key, case in hostile.items():
            response = post_files(client, [(case.name, case.data, DOCX_TYPE)])
            assert response.status_code == 200, (key, response.status_code, response.text[-500:])
            assert str(escape(case.name)) in response.text, key
            if case.code == "ok":  # opens, with a warning at most: a report, no error
                assert '<p class="problem"><code>' not in response.text, key
            else:
                assert f"<code>{case.code}</code>" in response.text, key
            assert "Traceback" not in response.text and "file-0" not in response.text, key
            assert_left_nothing(private, client)


def test_every_hostile_file_inside_a_zip_of_submissions(private, hostile):
    from mind_templates.check.runner import FOLDER_EXTENSIONS

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for key, case in hostile.items():
            zf.writestr(f"class/{key}-{case.name}", case.data)
    with client_for(private, limits=UploadLimits(max_files=len(hostile))) as client:
        response = post_files(client, [("class.zip", buffer.getvalue(), "application/zip")])
        assert response.status_code == 200, response.text[-500:]
        for key, case in hostile.items():
            member = str(escape(f"class.zip/class/{key}-{case.name}"))
            if not case.name.endswith(FOLDER_EXTENSIONS):  # not a submission (.odt): left out, as check does
                assert member not in response.text, key
                continue
            section = response.text.split(member, 1)[1].split('<section class="report', 1)[0]
            if case.code != "ok":
                assert f"<code>{case.code}</code>" in section, key
        assert_left_nothing(private, client)


def test_the_fuzz_mutants_one_per_operator_never_reach_an_internal_error(private, referential, tmp_path):
    """tests/fuzz's mutation operators, each applied to our own files, sent through the upload route."""
    from fuzz.mutants import OPERATORS, generated_seeds, mutants

    seeds = generated_seeds(referential, tmp_path / "seeds")
    batch = list(mutants(seeds, 15, len(OPERATORS) * len(seeds)))
    assert {m.operators[0] for m in batch} == set(OPERATORS)
    with client_for(private) as client:
        for start in range(0, len(batch), 10):  # ten files a request, as a student's multi-select sends them
            chunk = batch[start:start + 10]
            response = post_files(client, [(m.filename, m.data, DOCX_TYPE) for m in chunk])
            assert response.status_code == 200, response.text[-500:]
            assert "internal-error" not in response.text and "Traceback" not in response.text
            assert response.text.count('<section class="report') == len(chunk)
            assert_left_nothing(private, client)


@pytest.fixture()
def stand_in_importable():
    """Workers import the stand-in analysis by name, with the sys.path they inherit from this process."""
    here = str(Path(__file__).resolve().parent)
    sys.path.insert(0, here)
    yield "web_stand_ins:analyse"
    sys.path.remove(here)


def test_uploads_are_checked_within_the_workers_time_and_memory_bounds(private, stand_in_importable):
    with client_for(private, checker=stand_in_importable, time_budget=1.0, memory_limit_mb=768) as client:
        started = time.monotonic()
        response = post_files(client, [("slow.docx", b"sleep" + b"\0" * 100, DOCX_TYPE),
                                       ("crash.docx", b"abort" + b"\0" * 100, DOCX_TYPE),
                                       ("greedy.docx", b"hog" + b"\0" * 100, DOCX_TYPE)])
        assert response.status_code == 200 and time.monotonic() - started < 60  # the sleeper would take 600 s
        page = response.text
        for name, code in [("slow.docx", "time-budget"), ("crash.docx", "internal-error"),
                           ("greedy.docx", "memory-limit")]:
            assert f"<code>{code}</code>" in page.split(name, 1)[1].split('<section class="report', 1)[0], name
        assert_left_nothing(private, client)


def test_too_many_files_too_large_files_and_requests_get_413(private):
    client = client_for(private, limits=UploadLimits(max_request_bytes=2 * 1024**2, max_files=5,
                                                     max_file_bytes=1024**2))
    many = post_files(client, [(f"f{i}.docx", b"x", DOCX_TYPE) for i in range(1000)])
    assert many.status_code == 413 and "at most 5 files" in many.text
    big = post_files(client, [("big.docx", b"\0" * (1024**2 + 10), DOCX_TYPE)])
    assert big.status_code == 413 and "the limit for one file" in big.text
    huge = client.post("/check", content=b"x" * 100, headers={"content-length": str(300 * 1024**2),
                                                             "content-type": "multipart/form-data; boundary=x"})
    assert huge.status_code == 413 and "the limit for one request" in huge.text

    def stream():  # no Content-Length: the body is counted as it arrives and cut off at the bound
        for _ in range(300):
            yield b"\0" * 1024**2

    streamed = client.post("/check", content=stream(), headers={"content-type": "multipart/form-data; boundary=x"})
    assert streamed.status_code == 413
    assert_left_nothing(private, client)


def test_a_saturated_server_answers_503_and_health_keeps_answering(private, good, monkeypatch):
    real = web_app._run_checks

    def slow(*args, **kwargs):  # a file that takes a while: the queue fills behind it
        time.sleep(3)
        return real(*args, **kwargs)

    monkeypatch.setattr(web_app, "_run_checks", slow)
    with client_for(private, workers=1, queue=1) as client:  # one event loop for every thread's requests
        data = good.read_bytes()
        answers: list[int] = []

        def send():
            answers.append(post_files(client, [("a.docx", data, DOCX_TYPE)]).status_code)

        threads = [threading.Thread(target=send) for _ in range(2)]
        for thread in threads:
            thread.start()
        time.sleep(1)
        started = time.monotonic()
        health = client.get("/health")
        assert health.status_code == 200 and time.monotonic() - started < 1.0
        assert health.json()["checks_admitted"] == 2
        turned_away = post_files(client, [("c.docx", data, DOCX_TYPE)])
        assert turned_away.status_code == 503 and turned_away.headers["retry-after"] == "10"
        for thread in threads:
            thread.join(60)
        assert answers == [200, 200]
        assert_left_nothing(private, client)


# --- teacher --------------------------------------------------------------------------------------


def test_grids_download(client, private):
    response = client.post("/grids", data={"target": "project-cx", "format": "all", "grid_lang": "fr",
                                           "candidates": "Ana Lima\nBo Chen\n"})
    assert response.status_code == 200
    with zipfile.ZipFile(io.BytesIO(response.content)) as zf:
        names = sorted(zf.namelist())
        assert [n.rsplit(".", 1)[1] for n in names] == ["docx", "xlsx"]
        docx.Document(io.BytesIO(zf.read(names[0])))
        import openpyxl

        workbook = openpyxl.load_workbook(io.BytesIO(zf.read(names[1])))
        assert any("Ana Lima" in sheet.title or "Ana" in sheet.title for sheet in workbook.worksheets)
    bad = client.post("/grids", data={"target": "nope", "format": "docx"})
    assert bad.status_code == 422 and "nope" in bad.text
    assert_left_nothing(private, client)


def test_the_kit_form_downloads_the_kit_as_kit_writes_it(client, private, tmp_path):
    response = client.post("/kit", data={"assessment": "case-study-1", "school": "WSF", "client": "Acme",
                                         "deadline": "2026-12-15", "candidates": "Zoé Martin\nBo Chen\n"})
    assert response.status_code == 200, response.text[:300]
    assert 'filename="case-study-1.kit.zip"' in response.headers["content-disposition"]
    (tmp_path / "kit.yaml").write_text("school: WSF\nclient: Acme\ndeadline: 2026-12-15\n"
                                       "candidates: [Zoé Martin, Bo Chen]\n", encoding="utf-8")
    cli = run("kit", "case-study-1", "--vars", str(tmp_path / "kit.yaml"), "-o", str(tmp_path / "cli.zip"))
    assert cli.exit_code == 0, cli.output
    with zipfile.ZipFile(io.BytesIO(response.content)) as web, zipfile.ZipFile(tmp_path / "cli.zip") as made:
        assert sorted(web.namelist()) == sorted(made.namelist())
        assert any("zoe-martin" in name.lower() or "zoé" in name.lower() for name in web.namelist())
    bad = client.post("/kit", data={"assessment": "case-study-1", "deadline": "15/12/2026"})
    assert bad.status_code == 422 and "deadline" in bad.text
    assert_left_nothing(private, client)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_kit_form_labels_its_fields_in_words_from_the_one_place_the_kit_takes_them(client, lang):
    import re

    from mind_templates.i18n import Interface
    from mind_templates.kit.vars import TEXT_KEYS, kit_labels

    labels = kit_labels(Interface(lang))
    assert set(labels) == set(TEXT_KEYS)
    page = client.get(f"/teacher?lang={lang}").text
    form = page.split('id="kit"', 1)[1]
    shown = dict(re.findall(r'<label>([^<]+?) <span class="meta">(\w+)</span>', form))
    assert {key: label for label, key in shown.items()} == {key: str(escape(labels[key])) for key in TEXT_KEYS}
    if lang == "fr":  # translated, not the English words nor the keys
        english = kit_labels(Interface("en"))
        assert all(labels[key] != english[key] for key in ("school", "teacher", "deadline", "oral_date"))


def test_serve_is_a_command_and_says_how_to_get_the_extra(monkeypatch):
    result = run("serve", "--help")
    assert result.exit_code == 0 and "--host" in result.output and "0.0.0.0" in result.output
    monkeypatch.setitem(sys.modules, "uvicorn", None)  # as if the web extra were not installed
    result = run("serve", "--port", "1")
    assert result.exit_code == 2 and "pip install 'mind-templates[web]'" in result.output


def test_serve_takes_its_limits_as_options_and_refuses_bad_values_in_one_line(monkeypatch):
    from mind_templates.check import runner
    from mind_templates.web.limits import UploadLimits as Defaults

    help_text = run("serve", "--help").output
    for option in ("--max-request-mb", "--max-files", "--max-file-mb", "--queue"):
        assert option in help_text
    assert f"default: {Defaults().max_files}" in help_text
    for args, says in [(["--max-files", "0"], "--max-files must be a whole number from 1 to"),
                       (["--max-request-mb", "lots"], "--max-request-mb must be"),
                       (["--queue", "-1"], "--queue must be"),
                       (["--max-file-mb", "200", "--max-request-mb", "100"], "cannot be larger than")]:
        result = run("serve", *args)
        assert result.exit_code == 2, (args, result.output)
        assert len(result.output.strip().splitlines()) == 1 and says in result.output, result.output
    given = {}
    monkeypatch.setattr(runner, "start_worker_server", lambda: None)
    monkeypatch.setattr(web_app, "create_app", lambda config: given.__setitem__("config", config))
    monkeypatch.setitem(sys.modules, "uvicorn", type(sys)("uvicorn"))
    sys.modules["uvicorn"].run = lambda app, **kwargs: given.__setitem__("run", kwargs)
    result = run("serve", "--workers", "3", "--max-request-mb", "20", "--max-files", "7", "--max-file-mb", "5",
                 "--queue", "0", "--port", "8123")
    assert result.exit_code == 0, result.output
    config = given["config"]
    assert config.limits == UploadLimits(max_request_bytes=20 * 1024**2, max_files=7, max_file_bytes=5 * 1024**2)
    assert (config.workers, config.queue, given["run"]["port"]) == (3, 0, 8123)
    run("serve", "--workers", "3")
    assert given["config"].queue == 12  # the queue's default follows --workers
