"""The PowerPoint writer: a deliverable's rehearsal deck with drawn canvases and timed speaker notes."""

from .deck import require_oral, write_pptx
from .design import FALLBACKS
from .drawings import visual_of
from .texts import bullet_prompts
from .timing import STEP_SECONDS, allocate_seconds, format_duration, plan_deck

__all__ = ["FALLBACKS", "STEP_SECONDS", "allocate_seconds", "bullet_prompts", "format_duration", "plan_deck",
           "require_oral", "visual_of", "write_pptx"]
