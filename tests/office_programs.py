"""Runs the real office programs the generated files must satisfy: LibreOffice headless, PDF page counts."""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path


# Calc's "recalculation on file load" for Excel and ODF files: 0 = always (the default, 1, trusts cached results).
_ALWAYS_RECALCULATE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def convert_with_libreoffice(files: list[Path], out_dir: Path, target: str, timeout: int = 900,
                             recalculate: bool = False) -> dict[Path, Path]:
    """Convert many files in one soffice run (start-up dominates); map each input to its output path.

    `recalculate`: a private profile set to recompute every formula on load, so outputs hold Calc's results.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        if recalculate:
            (Path(profile) / "user").mkdir()
            (Path(profile) / "user" / "registrymodifications.xcu").write_text(_ALWAYS_RECALCULATE, encoding="utf-8")
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
             "--convert-to", target, "--outdir", str(out_dir), *map(str, files)],
            capture_output=True, timeout=timeout, check=False,
        )
    return {f: out_dir / (f.stem + "." + target.split(":")[0]) for f in files}


def pdf_pages(pdf: Path) -> int:
    try:
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    except (FileNotFoundError, subprocess.CalledProcessError, AttributeError):
        return len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))


def schema_errors(folder: Path, expected_files: int) -> dict[str, list]:
    """openxml-audit's errors per file under `folder` (every .docx/.pptx/.xlsx), the first three each.

    Through tests/ooxml_validation (in process, a fresh validator per file, the shared allow-list): the
    validator's own CLI reuses one validator, whose cross-part caches give later files false findings."""
    from ooxml_validation import schema_errors as errors_of

    files = sorted(p for p in Path(folder).rglob("*") if p.suffix.lower() in (".docx", ".pptx", ".xlsx"))
    assert len(files) == expected_files
    return {str(p): found[:3] for p in files if (found := errors_of(p))}
