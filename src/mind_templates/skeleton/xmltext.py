"""The one way text becomes XML in a generated file: escaped, and without characters XML 1.0 cannot hold.

A user value such as `--set client=$'Acme\\x01'` must still give a file Word opens: control characters
(U+0000-U+001F except tab, LF and CR), lone surrogates, U+FFFE and U+FFFF become a space.
"""

from __future__ import annotations

import re

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})


def xml_safe(text: str) -> str:
    """`text` with every character XML 1.0 cannot hold replaced by a space (for values handed to lxml)."""
    return _NOT_XML.sub(" ", text)


def xml_text(text: str) -> str:
    """`text` as XML character data or an attribute value: escaped, and safe for XML 1.0."""
    return xml_safe(str(text)).translate(_ESCAPES)


