"""The source vocabulary, re-exported so that every source starts with `from _common import *`."""
from build import B, H, Img, L, P, Slide, T  # noqa: F401

# The expertise thesis's own sections, which a document written for the former watch strategy lacks.
THESIS_REPORT = ["abstract", "introduction", "research-question", "subject-choice", "state-of-the-art",
                 "methodology", "trend-analysis", "impacts-value", "anticipation-strategy", "recommendations",
                 "conclusion", "bibliography", "appendices"]
