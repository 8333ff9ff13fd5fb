"""`check`: holds a submitted .docx or .pptx against its deliverable and reports what is missing."""
