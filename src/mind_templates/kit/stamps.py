"""Speed for a class: each skeleton is rendered once with a stand-in name, then copied per candidate with
the candidate's name written in place of the stand-in.

Candidates' skeletons differ only by the name on the cover (and the document's author): rendering each
deliverable 40 times would repeat the same work. The stand-in is plain ASCII that nothing in the writers
changes; the name replaces it escaped for XML (valid in text and in attributes). A deliverable whose
referential texts use the name as a variable, or a name Word's author property could not hold whole, is
rendered directly instead: there the name's length could change what is written around it.
"""

from __future__ import annotations

import json
import re
import tempfile
import zipfile
from pathlib import Path
from typing import Callable

from ..model import Deliverable
from ..skeleton.xmltext import xml_text
from ..writers.common import RenderRequest

STAND_IN = "MTKITSTANDIN7Q4Z"
_NAME_VARIABLE = re.compile(r"\{[{%][^}]*\b(candidate|team)\b")
MAX_AUTHOR = 255  # the docx writer cuts the author at Word's limit: a longer name is rendered directly


def can_stamp(deliverable: Deliverable, value: str) -> bool:
    if len(value) > MAX_AUTHOR:
        return False
    texts = json.dumps([repr(s) for s in deliverable.sections] + [repr(deliverable.parts)], ensure_ascii=False)
    return not _NAME_VARIABLE.search(texts)


class Stamps:
    """Rendered packages by (deliverable, format, fields with the stand-in), each rendered once."""

    def __init__(self) -> None:
        self._cache: dict[tuple, list[tuple[zipfile.ZipInfo, bytes]]] = {}

    def _entries(self, key: tuple, write: Callable[[RenderRequest, Path], None],
                 request: RenderRequest) -> list[tuple[zipfile.ZipInfo, bytes]]:
        if key not in self._cache:
            with tempfile.TemporaryDirectory(prefix="mt-stamp-") as folder:
                path = Path(folder) / "stamp"
                write(request, path)
                with zipfile.ZipFile(path) as package:
                    self._cache[key] = [(info, package.read(info)) for info in package.infolist()]
        return self._cache[key]

    def write(self, write: Callable[[RenderRequest, Path], None], request: RenderRequest, field: str, value: str,
              fmt: str, path: Path) -> None:
        """Write `request`'s file to `path` with `value` as its `field`, from the stand-in rendering."""
        stand_in = RenderRequest(request.referential, request.deliverable, request.doc_lang, request.oral_lang,
                                 {**request.fields, field: STAND_IN}, request.template, request.today)
        key = (request.deliverable.id, fmt, request.doc_lang, request.oral_lang, field,
               tuple(sorted(stand_in.fields.items())), str(request.template), request.today)
        name = xml_text(value).replace("'", "&apos;").encode("utf-8")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
            for info, data in self._entries(key, write, stand_in):
                package.writestr(info, data.replace(STAND_IN.encode("ascii"), name))
