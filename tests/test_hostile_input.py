"""The command line under hostile values and streams: exit 0 or 2 with one clear line; never 3, a traceback or a hang.

Every case runs the real command in its own process, with a timeout: a hang fails the test instead of the suite.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mind_templates.option_files import OptionFileError, check_yaml_size
from mind_templates.terminal import printable
from mind_templates.writers.output import remove_stale_temporaries

TIMEOUT = 60


def run(*args: str, prefix: tuple[str, ...] = (), stdout=subprocess.PIPE, cwd: Path | None = None):
    return subprocess.run([*prefix, sys.executable, "-m", "mind_templates", *args], stdout=stdout,
                          stderr=subprocess.PIPE, text=True, timeout=TIMEOUT, cwd=cwd,
                          env={**os.environ, "NO_COLOR": "1", "MIND_TEMPLATES_NO_CACHE": "1"})


def one_line_error(result, *expected: str) -> str:
    """Exit 2, one line on stderr that names the problem, no traceback; returns the line."""
    assert result.returncode == 2, (result.returncode, result.stderr[-2000:])
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    for text in expected:
        assert text in lines[0], lines[0]
    return lines[0]


# --------------------------------------------------------------- option files


def test_a_50_mb_value_in_vars_is_refused_before_it_is_read(tmp_path):
    vars_file = tmp_path / "vars.yaml"
    with open(vars_file, "w", encoding="utf-8") as out:
        out.write("project: ")
        out.write("a" * 50_000_000)
    started = time.perf_counter()
    line = one_line_error(run("new", "risk-policy", "-o", str(tmp_path / "out"), "--vars", str(vars_file)), "larger than")
    assert len(line) < 300
    assert time.perf_counter() - started < TIMEOUT
    assert not (tmp_path / "out").exists()


def test_100000_nested_lists_in_vars_are_refused(tmp_path):
    vars_file = tmp_path / "vars.yaml"
    vars_file.write_text("project: " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    line = one_line_error(run("new", "risk-policy", "-o", str(tmp_path / "out"), "--vars", str(vars_file)), "vars.yaml")
    assert len(line) < 400


def _billion_laughs(levels: int = 10) -> str:
    text = 'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n'
    for level in range(1, levels):
        name, previous = chr(ord("a") + level), chr(ord("a") + level - 1)
        text += f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]\n"
    return text + f"project: *{chr(ord('a') + levels - 1)}\n"


def test_a_yaml_alias_bomb_is_refused_without_printing_its_value(tmp_path):
    vars_file = tmp_path / "vars.yaml"
    vars_file.write_text(_billion_laughs(), encoding="utf-8")
    line = one_line_error(run("new", "risk-policy", "-o", str(tmp_path / "out"), "--vars", str(vars_file)), "alias")
    assert "lol" not in line and len(line) < 400


def test_a_few_aliases_are_fine_and_the_limit_counts_expanded_nodes():
    check_yaml_size("team: &t [Ana, Bo]\nclient: *t\n", "ok.yaml")
    check_yaml_size(_billion_laughs(3), "small.yaml")  # 9**3 values
    with pytest.raises(OptionFileError, match="alias"):
        check_yaml_size(_billion_laughs(4), "big.yaml", max_nodes=9**3)
    with pytest.raises(OptionFileError, match="levels deep"):
        check_yaml_size("x: " + "[" * 10 + "]" * 10, "deep.yaml", max_depth=5)


def test_the_bounds_hold_without_libyaml_too():
    """PyYAML's pure-Python parser (a machine without libyaml) reaches the same refusals."""
    import yaml

    with pytest.raises(OptionFileError, match="levels deep"):
        check_yaml_size("p: " + "[" * 100_000 + "]" * 100_000, "nested.yaml", loader=yaml.SafeLoader)
    with pytest.raises(OptionFileError, match="alias"):
        check_yaml_size(_billion_laughs(), "bomb.yaml", loader=yaml.SafeLoader)


def test_the_shipped_referential_is_well_inside_the_bounds():
    from mind_templates import option_files, resources

    for path in resources.referential_dir().rglob("*.yaml"):
        assert path.stat().st_size < option_files.REFERENTIAL_MAX_BYTES / 10
        check_yaml_size(path.read_text(encoding="utf-8"), path, max_nodes=option_files.MAX_NODES // 10,
                        max_depth=option_files.MAX_DEPTH // 4)


@pytest.fixture
def fifo(tmp_path) -> Path:
    if not hasattr(os, "mkfifo"):
        pytest.skip("this system has no named pipes")
    path = tmp_path / "pipe.yaml"
    os.mkfifo(path)
    return path


@pytest.mark.parametrize("source", ["/dev/zero", "fifo"])
def test_a_device_or_a_pipe_as_an_option_file_is_refused_at_once(tmp_path, fifo, source):
    path = str(fifo) if source == "fifo" else source
    if not os.path.exists(path):
        pytest.skip(f"{path} does not exist here")
    out = str(tmp_path / "out")
    one_line_error(run("new", "risk-policy", "-o", out, "--vars", path), "not a regular file")
    one_line_error(run("--referential", path, "list"), "not a regular file")
    one_line_error(run("referential", "validate", path), "not a regular file")
    one_line_error(run("new", "risk-policy", "-o", out, "--format", "pptx", "--template", path), "not a regular file")
    one_line_error(run("new", "risk-policy", "-o", out, "--format", "docx", "--template", path), "file-unreadable")
    assert not Path(out).exists() or not any(Path(out).iterdir())


# --------------------------------------------------------------- output that cannot be written


@pytest.mark.parametrize("args", [("list",), ("check", "SKELETON", "--format", "json")], ids=["list", "check-json"])
def test_a_full_disk_on_stdout_is_one_line(tmp_path, args):
    if not os.path.exists("/dev/full"):
        pytest.skip("/dev/full (a device that is always full) exists only on Linux")
    if "SKELETON" in args:
        assert run("new", "risk-policy", "--format", "docx", "-o", str(tmp_path)).returncode == 0
        args = tuple(str(tmp_path / "risk-policy.fr.docx") if a == "SKELETON" else a for a in args)
    with open("/dev/full", "w") as full:
        result = run(*args, stdout=full)
    one_line_error(result, "cannot write the output")


# --------------------------------------------------------------- unreadable files


def _without_read_override() -> tuple[str, ...]:
    """A prefix that runs the command unable to read what its owner may not: root without the capabilities
    that bypass file permissions (root's Python lives in /root, so switching to nobody could not start it)."""
    if os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv (util-linux): cannot make a file unreadable to the command")
    drop = "-dac_override,-dac_read_search"
    prefix = (setpriv, f"--bounding-set={drop}", f"--inh-caps={drop}")
    probe = subprocess.run([*prefix, "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip(f"setpriv cannot drop capabilities here: {probe.stderr.decode(errors='replace').strip()}")
    return prefix


def test_an_unreadable_file_is_reported_and_the_others_checked(tmp_path):
    assert run("new", "risk-policy", "--format", "docx", "-o", str(tmp_path)).returncode == 0
    readable = tmp_path / "risk-policy.fr.docx"
    unreadable = tmp_path / "secret.docx"
    shutil.copy(readable, unreadable)
    unreadable.chmod(0)
    try:
        result = run("check", str(unreadable), str(readable), "--format", "json", prefix=_without_read_override())
    finally:
        unreadable.chmod(0o600)
    import json

    assert result.returncode == 2, result.stderr
    files = {Path(f["file"]).name: f for f in json.loads(result.stdout)["files"]}
    assert files["secret.docx"]["error"]["code"] == "file-unreadable"
    assert files["risk-policy.fr.docx"]["error"] is None and files["risk-policy.fr.docx"]["sections"]


# --------------------------------------------------------------- hostile texts


def test_a_quote_before_an_empty_table_costs_nothing(tmp_path):
    # A paragraph ending on a straight quote, then an empty 80 x 50 planning table: thousands of line breaks after
    # an opening quote, which a quotation pattern able to match spaces two ways took minutes to give up on.
    from docx import Document

    document = Document()
    document.add_heading("Operations plan", level=1)
    document.add_paragraph('Our motto for the first year: "ship it')
    document.add_table(rows=80, cols=50)
    document.add_heading("Financial plan", level=1)
    document.add_paragraph("Revenue, costs and cash over three years.")
    path = tmp_path / "plan.docx"
    document.save(str(path))
    result = run("check", str(path), "--deliverable", "business-plan", "--format", "json")
    assert result.returncode in (0, 1), result.stderr[-2000:]
    assert "Traceback" not in result.stderr


# --------------------------------------------------------------- terminal escapes in names


def test_control_characters_in_names_are_escaped_in_text_output(tmp_path):
    assert run("new", "risk-policy", "--format", "docx", "-o", str(tmp_path)).returncode == 0
    evil = tmp_path / "report\x1b]0;owned\x07.docx"
    (tmp_path / "risk-policy.fr.docx").rename(evil)
    (tmp_path / "broken\x1b[2J.docx").write_bytes(b"not a zip")
    result = run("check", str(tmp_path))
    assert result.returncode == 2
    for stream in (result.stdout, result.stderr):
        assert "\x1b" not in stream and "\x07" not in stream
    assert "report\\x1b]0;owned\\x07.docx" in result.stdout
    assert "broken\\x1b[2J.docx" in result.stdout
    as_csv = run("check", str(tmp_path), "--format", "csv")
    assert "\x1b" not in as_csv.stdout and "report\\x1b]0;owned\\x07.docx" in as_csv.stdout
    written = run("new", "risk-policy", "--format", "docx", "-o", str(tmp_path / "out\x1b]0;x\x07"))
    assert written.returncode == 0 and "\x1b" not in written.stdout and "out\\x1b]0;x\\x07" in written.stdout


def test_printable_escapes_every_control_but_keeps_text():
    assert printable("Étude\tfinale\n\x1b[31m\u202eabc\x9b\x7f") == "Étude\\x09finale\\x0a\\x1b[31m\\u202eabc\\x9b\\x7f"
    assert printable("two\nlines", keep_lines=True) == "two\nlines"


# --------------------------------------------------------------- stale temporaries


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_later_new_removes_a_killed_writers_temporaries_only(tmp_path):
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        dead = tmp_path / f".business-plan.en.docx.{_dead_pid()}.k2j4x9_q.part"
        alive = tmp_path / f".business-plan.en.pptx.{sleeper.pid}.a8c7d6e5.part"
        foreign = tmp_path / ".notes.txt.123.abcdefgh.part"
        old_style = tmp_path / ".risk-policy.fr.docx.abcdefgh.part"  # no pid: cannot tell, so kept
        for path in (dead, alive, foreign, old_style):
            path.write_bytes(b"half a file")
        result = run("new", "risk-policy", "--format", "docx", "-o", str(tmp_path))
        assert result.returncode == 0, result.stderr
        assert not dead.exists()
        assert alive.exists() and foreign.exists() and old_style.exists()
    finally:
        sleeper.kill()
        sleeper.wait()
    assert remove_stale_temporaries(tmp_path) == [alive]  # its writer has gone now


@pytest.mark.slow
def test_new_killed_at_random_moments_leaves_nothing_a_later_new_does_not_clean(tmp_path):
    import random

    rng = random.Random(9)
    ids = ["business-plan", "research-brief", "risk-policy", "management-plan"]
    kills = 0
    for attempt in range(12):
        child = subprocess.Popen([sys.executable, "-m", "mind_templates", "new", *ids, "-o", str(tmp_path), "--force"],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 2.0))
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
            kills += 1
        child.wait()
    assert kills, "no run was killed mid-way: raise the delays' upper bound"
    assert run("new", "risk-policy", "-o", str(tmp_path), "--force").returncode == 0
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
