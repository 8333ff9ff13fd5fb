"""Word skeletons: `writer` lays out a deliverable, `wordml` spells its WordprocessingML."""

from .writer import REQUIRED_STYLES, build_docx, open_template, write_docx

__all__ = ["REQUIRED_STYLES", "build_docx", "open_template", "write_docx"]
