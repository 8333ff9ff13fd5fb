"""Safe reading of submitted Word and PowerPoint files: refuse what cannot be read, before python-docx/python-pptx see it."""

from mind_templates.reader.package import (
    ERROR_CODES,
    WARNING_CODES,
    Limits,
    OfficePackage,
    load_document,
    open_package,
)

__all__ = [
    "ERROR_CODES",
    "WARNING_CODES",
    "Limits",
    "OfficePackage",
    "load_document",
    "open_package",
]
