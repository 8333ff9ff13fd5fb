"""`mind-templates serve` in a real browser: Debian's chromium driven by Selenium, against a real uvicorn server.

Screenshots are written to the test's temporary folder (MIND_TEMPLATES_SCREENSHOTS=DIR keeps them elsewhere).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import docx
import pytest

pytest.importorskip("starlette", reason="the web extra is not installed: pip install '.[web]'")
pytest.importorskip("uvicorn", reason="the web extra is not installed: pip install '.[web]'")
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed: pip install '.[test]'")

from check.test_cli_check import DELIVERABLE, fill, run  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

CHROMIUM = shutil.which("chromium")
CHROMEDRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.slow
needs_browser = pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER), reason="chromium and chromium-driver are not "
                                   "installed: bash tools/install-system-deps.sh")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The real command, on 127.0.0.1, with its own TMPDIR so what it leaves behind can be seen."""
    tmp = tmp_path_factory.mktemp("server-tmp")
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "mind_templates", "serve", "--port", str(port)],
                               env={**os.environ, "TMPDIR": str(tmp)}, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(url + "/health", timeout=1)
                break
            except OSError:
                if process.poll() is not None:
                    pytest.fail(process.stderr.read().decode())
                time.sleep(0.1)
        yield url, tmp
    finally:
        process.terminate()
        process.wait(20)
        process.stderr.close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    downloads = tmp_path_factory.mktemp("downloads")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1200,1000",
                 f"--user-data-dir={tmp_path_factory.mktemp('profile')}"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False,
                                              "intl.accept_languages": "en"})
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=CHROMEDRIVER))
    driver.downloads = downloads
    driver.implicitly_wait(15)  # a page after a form post, or a check, may take a moment
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = Path(os.environ.get("MIND_TEMPLATES_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def wait_for_file(folder: Path, pattern: str, seconds: float = 30) -> Path:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        done = [p for p in folder.glob(pattern) if not p.name.endswith(".crdownload")]
        if done:
            return done[0]
        time.sleep(0.2)
    raise AssertionError(f"no {pattern} downloaded into {folder}: {list(folder.iterdir())}")


@needs_browser
def test_generate_check_and_switch_language_in_a_browser(server, browser, shots, tmp_path):
    url, server_tmp = server
    browser.get(url + "/?lang=en")
    assert "Business Plan" in browser.find_element(By.TAG_NAME, "main").text
    browser.save_screenshot(str(shots / "1-home.png"))

    # Generate: open a deliverable, fill the cover, download the Word file, open it.
    browser.find_element(By.CSS_SELECTOR, 'a[href="/deliverable/business-plan"]').click()
    browser.find_element(By.ID, "field-client").send_keys("Société Générale")
    browser.find_element(By.ID, "field-project").send_keys("Smart parking")
    browser.save_screenshot(str(shots / "2-generate.png"))
    browser.find_element(By.ID, "download-docx").click()
    downloaded = wait_for_file(browser.downloads, "business-plan*.docx")
    text = "\n".join(p.text for p in docx.Document(downloaded).paragraphs)
    assert "Société Générale" in text and "Smart parking" in text

    # Check: upload a filled document and read the report on the page.
    folder = tmp_path / "skeleton"
    assert run("new", DELIVERABLE, "--format", "docx", "--doc-lang", "en", "-o", str(folder)).exit_code == 0
    filled = fill(next(folder.glob("*.docx")), tmp_path / "my report.docx")
    browser.get(url + "/check")
    browser.find_element(By.ID, "files").send_keys(str(filled))
    browser.find_element(By.ID, "show-report").click()
    report = browser.find_element(By.CSS_SELECTOR, ".report")
    assert "my report.docx" in report.text and "Criteria (" in report.text
    assert report.find_elements(By.CSS_SELECTOR, "table.sections tbody tr")
    browser.save_screenshot(str(shots / "3-report.png"))

    # Switch the language: the same page in French, and it stays French.
    browser.find_element(By.ID, "lang-fr").click()
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "fr"
    assert "Vérifier un document" in browser.find_element(By.TAG_NAME, "header").text
    browser.get(url + "/deliverable/risk-policy")
    assert "Télécharger les fichiers de départ" in browser.page_source
    browser.save_screenshot(str(shots / "4-french.png"))

    # Nothing uploaded or generated is left in the server's temporary folder.
    assert not list(server_tmp.glob("mind-templates-web-*"))


def test_the_documented_gunicorn_configuration_serves_the_app(tmp_path):
    """docs/examples/gunicorn.conf.py, as a school would run it (on a free port here)."""
    gunicorn = shutil.which("gunicorn", path=str(Path(sys.executable).parent))
    if gunicorn is None:
        pytest.skip("gunicorn is not installed: pip install gunicorn uvicorn-worker")
    pytest.importorskip("uvicorn_worker", reason="uvicorn-worker is not installed: pip install uvicorn-worker")
    config = Path(__file__).resolve().parents[2] / "docs" / "examples" / "gunicorn.conf.py"
    port = free_port()
    process = subprocess.Popen([gunicorn, "-c", str(config), "-b", f"127.0.0.1:{port}",
                                "mind_templates.web.app:create_app()"], cwd=tmp_path,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(300):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=1) as answer:
                    assert answer.status == 200 and b'"ok"' in answer.read()
                    assert "default-src 'none'" in answer.headers["content-security-policy"]
                break
            except OSError:
                assert process.poll() is None, "gunicorn stopped"
                time.sleep(0.1)
        else:
            pytest.fail("gunicorn did not answer in 30 s")
    finally:
        process.terminate()
        process.wait(30)


def test_a_client_that_hangs_up_leaves_nothing_behind(server, tmp_path):
    """Half an upload, and a whole one whose answer nobody waits for: the private folders still go."""
    url, server_tmp = server
    port = int(url.rsplit(":", 1)[1])
    folder = tmp_path / "skeleton"
    assert run("new", DELIVERABLE, "--format", "docx", "--doc-lang", "en", "-o", str(folder)).exit_code == 0
    data = fill(next(folder.glob("*.docx")), tmp_path / "filled.docx").read_bytes()
    boundary = "hangup"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.docx\"\r\n"
            "Content-Type: application/octet-stream\r\n\r\n").encode() + data + f"\r\n--{boundary}--\r\n".encode()
    head = (f"POST /check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary={boundary}\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode()
    for sent in (head + body[: len(body) // 2], head + body):
        with socket.create_connection(("127.0.0.1", port)) as sock:
            sock.sendall(sent)
    # Wait until the server has finished with both requests (it counts the checks it admitted), then look.
    time.sleep(0.5)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with urllib.request.urlopen(url + "/health", timeout=1) as answer:
            assert answer.status == 200
            if json.loads(answer.read())["checks_admitted"] == 0:
                break
        time.sleep(0.2)
    assert not list(server_tmp.glob("mind-templates-web-*"))
