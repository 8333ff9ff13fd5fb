"""The table scan: stream-parse every part that can hold a table, refusing absurd column spans, in flat memory."""

from __future__ import annotations

import zipfile
from typing import Any

from lxml import etree

from .. import ooxml
from ..errors import Phrase
from ..i18n import N_
from .errors import corrupt_part, entities, fail, malformed
from .opc_walk import MAIN_TYPES, Kind
from .zip_limits import CHUNK, Limits


_W_GRIDSPAN, _W_VAL, _W_P, _W_TBL = (ooxml.qn(ooxml.W, t) for t in ("gridSpan", "val", "p", "tbl"))
_A_TC, _A_P, _A_TBL = (ooxml.qn(ooxml.A, t) for t in ("tc", "p", "tbl"))


# Parts that can hold tables: stream-parsed in full before the libraries see them (they parse the others
# themselves, and a parse error there is mapped to malformed-xml all the same).
_TABLE_PART_TYPES: dict[str, frozenset[str]] = {
    "docx": frozenset(
        [ct for ct, (kind, _) in MAIN_TYPES.items() if kind == "docx"]
        + [f"{ooxml.WML}.{name}+xml" for name in ("header", "footer", "comments", "footnotes", "endnotes")]
    ),
    "pptx": frozenset(
        f"{ooxml.PML}.{name}+xml".lower() for name in ("slide", "slideLayout", "slideMaster", "notesSlide")
    ),
}


def _grid_span_problem(element: Any, max_grid_span: int) -> tuple[str, str | Phrase] | None:
    raw = element.get(_W_VAL) if element.tag == _W_GRIDSPAN else element.get("gridSpan")
    if raw is None:
        return None
    try:
        span = int(raw) if len(raw) <= 20 else None
    except ValueError:
        span = None
    if span is None:
        return "malformed-xml", Phrase(N_("a table cell spans {value} columns"), value=repr(raw[:20]))
    if span > max_grid_span:
        return "pathological-table", str(span)
    return None


def scan_table_parts(
    zf: zipfile.ZipFile,
    members: dict[str, zipfile.ZipInfo],
    reachable: dict[str, str],
    kind: Kind,
    name: str,
    limits: Limits,
) -> None:
    """Stream-parse every part that can hold a table: well-formed, no DOCTYPE, no absurd column span.

    lxml filters the events in C; paragraphs and tables are dropped once seen, so memory stays flat.
    """
    table_parts = _TABLE_PART_TYPES[kind]
    watched = (_W_GRIDSPAN, _A_TC, _W_P, _A_P, _W_TBL, _A_TBL)
    for partname, content_type in reachable.items():
        if content_type.lower() not in table_parts:
            continue
        member = partname[1:]
        parser = etree.XMLPullParser(
            events=("end",), tag=watched, resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
        )
        problem: tuple[str, str | Phrase] | None = None
        try:
            stream = zf.open(members[member])
        except Exception as exc:
            raise corrupt_part(name, member, exc) from exc
        with stream:
            while problem is None:
                try:
                    chunk = stream.read(CHUNK)
                except Exception as exc:
                    raise corrupt_part(name, member, exc) from exc
                try:
                    if chunk:
                        parser.feed(chunk)
                    else:
                        root = parser.close()
                        if root.getroottree().docinfo.doctype:
                            problem = ("xml-entities", "")
                except etree.XMLSyntaxError as exc:
                    raise malformed(name, member, exc) from exc
                for _, element in parser.read_events():
                    if element.tag in (_W_GRIDSPAN, _A_TC):
                        problem = problem or _grid_span_problem(element, limits.max_grid_span)
                    else:
                        element.clear()
                        while element.getprevious() is not None:
                            del element.getparent()[0]
                if not chunk:
                    break
        if problem is not None:
            code, detail = problem
            if code == "xml-entities":
                raise entities(name, member)
            if code == "malformed-xml":
                raise malformed(name, member, detail)
            raise fail(
                "pathological-table",
                N_("{name} was refused: a table cell in {part} spans {span} columns (limit {limit}); fix or rebuild"
                   " that table in Word or PowerPoint, save it and run check again"),
                name=name, part=member, span=detail, limit=limits.max_grid_span,
            )
