"""The skeleton vocabulary: what a generated file contains, in one place.

Writers produce from these modules; the reader and `check` recognise from them. Nothing here imports
python-docx, python-pptx or the readers, so every side can depend on it.

| module | holds |
|---|---|
| `markers` | document properties, bookmark and shape-name formats that tie a file to its deliverable |
"""
