"""The source vocabulary, re-exported so that every source starts with `from _common import *`."""
from build import B, H, Img, L, P, Slide, T  # noqa: F401
