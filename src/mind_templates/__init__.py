"""mind-templates: skeletons, decks, grids and checks for the 'Manageur de l'innovation numérique' deliverables.

The public API is small: load a referential, then hand its deliverables to the writers or to `check`.
"""

from __future__ import annotations

__version__ = "0.1.0"

from .errors import (
    MindTemplatesError,
    OutputError,
    OutputExistsError,
    ReferentialError,
    TemplateError,
    UnknownDeliverableError,
    UnreadableDocumentError,
    UsageError,
)
from .model import Criterion, Deliverable, Referential, Section, Text
from .referential import load_referential, validate

__all__ = [
    "__version__",
    "load_referential",
    "validate",
    "Referential",
    "Deliverable",
    "Section",
    "Criterion",
    "Text",
    "MindTemplatesError",
    "ReferentialError",
    "UnknownDeliverableError",
    "OutputExistsError",
    "OutputError",
    "TemplateError",
    "UsageError",
    "UnreadableDocumentError",
]
