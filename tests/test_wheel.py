"""The built wheel carries the referential, the templates and compiled catalogs, and works in a fresh venv."""

from __future__ import annotations

import json
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(REPO)],
                   check=True, capture_output=True)
    return next(out.glob("mind_templates-*.whl"))


@pytest.mark.slow
def test_the_wheel_carries_data_templates_and_compiled_catalogs(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "mind_templates/data/referential/certification.yaml" in names
    assert any(n.startswith("mind_templates/data/referential/deliverables/") for n in names)
    assert "mind_templates/_templates/docx/base.docx" in names
    for lang in ("en", "fr"):
        assert f"mind_templates/_locales/{lang}/LC_MESSAGES/messages.mo" in names


@pytest.mark.slow
def test_the_wheel_works_in_a_fresh_virtual_environment(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel)], check=True, capture_output=True)
    tool = env_dir / "bin" / "mind-templates"
    listed = json.loads(subprocess.run([str(tool), "list", "--format", "json"], check=True,
                                       capture_output=True, text=True, cwd=tmp_path).stdout)
    assert len(listed) == 23
    french = subprocess.run([str(tool), "--lang", "fr", "show", "risk-policy"], check=True, capture_output=True,
                            text=True, cwd=tmp_path).stdout
    assert "Compétences" in french  # the compiled French catalog is found
    written = subprocess.run([str(tool), "new", "risk-policy", "--format", "docx", "-o", str(tmp_path / "out")],
                             check=True, capture_output=True, text=True, cwd=tmp_path).stdout
    assert Path(written.strip()).is_file()
