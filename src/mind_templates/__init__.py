"""mind-templates: skeletons, decks, grids and checks for the 'Manageur de l'innovation numérique' deliverables.

The public API is small: load a referential, then hand its deliverables to the writers or to `check`.
"""

from __future__ import annotations

__version__ = "0.1.0"

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

# Loaded on first use: `import mind_templates` (and so `mind-templates --help`) must not pay for the
# referential loader, YAML or Jinja.
_HOMES = {
    "load_referential": "referential", "validate": "referential",
    "Referential": "model", "Deliverable": "model", "Section": "model", "Criterion": "model", "Text": "model",
}


def __getattr__(name: str):
    if name in __all__ and name != "__version__":
        import importlib

        return getattr(importlib.import_module(f".{_HOMES.get(name, 'errors')}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
