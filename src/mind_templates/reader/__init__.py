"""Safe reading of submitted Word and PowerPoint files: refuse what cannot be read, before python-docx/python-pptx see it.

| module | job |
|---|---|
| `package` | `open_package` / `load_document`: the checks below, in order, then the library |
| `sniff` | what a file is when it is not a Word or PowerPoint package (OLE, PDF, RTF, HTML, ODF, zip) |
| `zip_limits` | `Limits`, and zip bombs refused from the zip directory alone |
| `xml_prolog` | DOCTYPE and entity declarations refused from the first bytes of each part |
| `opc_walk` | content types, the main part, the relationship graph |
| `table_scan` | absurd table column spans, in a flat-memory stream parse |
| `errors` | the error catalogue (`ERROR_CODES`, `WARNING_CODES`) and the errors carrying them |
| `outline` | the outline types (plain data, imports nothing of the readers) |
| `document` | `read_outline`: an opened document to an outline, through `docx_outline` or `pptx_outline` |

Names are loaded on first use, so importing `reader.outline` costs nothing of the package checks.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "ERROR_CODES",
    "WARNING_CODES",
    "Limits",
    "OfficePackage",
    "load_document",
    "open_package",
]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import package

        return getattr(package, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
