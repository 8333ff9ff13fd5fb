"""Writers: one module per output format; only they import python-docx or python-pptx."""
