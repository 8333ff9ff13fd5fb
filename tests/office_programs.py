"""Runs the real office programs the generated files must satisfy: LibreOffice headless, PDF page counts."""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path


def convert_with_libreoffice(files: list[Path], out_dir: Path, target: str, timeout: int = 900) -> dict[Path, Path]:
    """Convert many files in one soffice run (start-up dominates); map each input to its output path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
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
