"""The layout's promises: registries derive the choices, the outline types import no reader, one escaper."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click

from mind_templates.check.formats import FORMATS as REPORT_FORMATS
from mind_templates.check.formats import ReportFormat, report_format
from mind_templates.cli import main
from mind_templates.writers.registry import FORMATS, WRITERS, format_of_template

SRC = Path(__file__).resolve().parents[1] / "src" / "mind_templates"


def _choices(command: str) -> list[str]:
    option = next(p for p in main.get_command(click.Context(main), command).params if p.name == "fmt")
    assert isinstance(option.type, click.Choice)
    return list(option.type.choices)


def test_new_and_check_offer_exactly_the_registered_formats():
    assert _choices("new") == [*FORMATS, "all"]
    assert _choices("check") == list(REPORT_FORMATS)


def test_every_registered_writer_and_report_format_loads():
    for writer in WRITERS.values():
        assert callable(writer.load())
        assert format_of_template(Path("school" + writer.template_suffixes[0])) == writer.fmt
    for name in REPORT_FORMATS:
        assert issubclass(report_format(name), ReportFormat)


def test_the_outline_types_import_nothing_of_the_readers():
    code = ("import sys, mind_templates.reader.outline\n"
            "print(sorted(m for m in sys.modules if m.startswith('mind_templates.reader.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['mind_templates.reader.outline']"


def _modules_loaded_by(*args: str) -> set[str]:
    code = ("import sys, contextlib, io\n"
            "from mind_templates.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
            f"    main({list(args)!r})\n"
            "print(' '.join(sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return set(out.split())


def test_start_up_loads_only_what_the_command_needs():
    """`--help` lists every command without the referential, its model or any document library; `list` loads
    the model but no other command's module (issue 8: start-up within a few times a bare interpreter)."""
    heavy = {"mind_templates.model", "mind_templates.referential", "mind_templates.check.model", "yaml", "jinja2",
             "babel", "lxml", "docx", "pptx"}
    assert not heavy & _modules_loaded_by("--help")
    _modules_loaded_by("list")  # a first run parses the YAML and fills the user's cache, as on any machine
    listed = _modules_loaded_by("list")
    assert "mind_templates.model" in listed
    assert {m for m in listed if m.startswith("mind_templates.commands.")} == {
        "mind_templates.commands.base", "mind_templates.commands.list"}
    assert not {"yaml", "jinja2", "lxml", "docx", "pptx"} & listed


def test_checking_a_word_document_loads_no_python_pptx():
    """A worker forked for Word documents only starts without python-pptx (about 50 ms of each check's start)."""
    document = SRC.parents[1] / "tests" / "check" / "realistic" / "docs" / "bp_docx_greenplate.docx"
    code = ("import sys\n"
            "from pathlib import Path\n"
            "from mind_templates.check.analyse import check_path\n"
            "from mind_templates.check.model import CheckOptions\n"
            "from mind_templates.referential import load_referential\n"
            f"report = check_path(Path({str(document)!r}), load_referential(), CheckOptions())\n"
            "print(report.error is None, 'pptx' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True", "False"]


def test_one_xml_escaper_and_namespaces_in_one_module():
    """Writers escape through skeleton.xmltext; OOXML namespace URIs are spelled only in ooxml.py."""
    for path in SRC.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        name = path.relative_to(SRC).as_posix()
        assert "saxutils" not in text, f"{name} escapes XML itself; use skeleton.xmltext"
        if name not in ("ooxml.py",):
            assert "schemas.openxmlformats.org/wordprocessingml/2006/main" not in text, name
            assert "schemas.openxmlformats.org/package/2006/relationships" not in text, name


def test_the_readme_documents_exactly_the_exit_codes():
    from mind_templates.exit_codes import ExitCode

    readme = (SRC.parents[1] / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("### Exit codes"):readme.index("## How it is built")]
    documented = {int(line.split("|")[1]) for line in table.splitlines() if line.startswith("| ") and line[2].isdigit()}
    assert documented == {code.value for code in ExitCode if code is not ExitCode.INTERRUPTED}
