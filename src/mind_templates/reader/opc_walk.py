"""The OPC walk: content types, the main part, and every part reachable from the package, as the libraries walk them."""

from __future__ import annotations

import posixpath
import zipfile
from typing import Literal

from .. import ooxml
from ..errors import Phrase
from ..i18n import N_
from ..ooxml import rels_member, resolve
from .errors import damaged, fail, malformed
from .xml_prolog import parse_small
from .zip_limits import read_member


Kind = Literal["docx", "pptx"]


# lower-cased main content type -> (kind, flavour)
MAIN_TYPES: dict[str, tuple[Literal["docx", "pptx"], str]] = {
    f"{ooxml.WML}.document.main+xml": ("docx", "document"),
    f"{ooxml.WML}.template.main+xml": ("docx", "template"),
    "application/vnd.ms-word.document.macroenabled.main+xml": ("docx", "macro"),
    "application/vnd.ms-word.template.macroenabledtemplate.main+xml": ("docx", "macro-template"),
    f"{ooxml.PML}.presentation.main+xml": ("pptx", "document"),
    f"{ooxml.PML}.slideshow.main+xml": ("pptx", "slideshow"),
    f"{ooxml.PML}.template.main+xml": ("pptx", "template"),
    "application/vnd.ms-powerpoint.presentation.macroenabled.main+xml": ("pptx", "macro"),
    "application/vnd.ms-powerpoint.slideshow.macroenabled.main+xml": ("pptx", "macro-slideshow"),
    "application/vnd.ms-powerpoint.template.macroenabled.main+xml": ("pptx", "macro-template"),
}


_MAX_REL_DEPTH = 400  # both libraries walk relationships recursively; stay well inside Python's stack


class ContentTypes:
    def __init__(self, defaults: dict[str, str], overrides: dict[str, str]) -> None:
        self.defaults = defaults
        self.overrides = overrides

    @classmethod
    def parse(cls, data: bytes, name: str) -> ContentTypes:
        root = parse_small(data, name, "[Content_Types].xml")
        defaults: dict[str, str] = {}
        overrides: dict[str, str] = {}
        for element in root.iterchildren(f"{{{ooxml.CONTENT_TYPES}}}Default"):
            extension, content_type = element.get("Extension"), element.get("ContentType")
            if extension is None or content_type is None:
                raise malformed(name, "[Content_Types].xml", Phrase(N_("a Default lacks Extension or ContentType")))
            defaults[extension.lower()] = content_type
        for element in root.iterchildren(f"{{{ooxml.CONTENT_TYPES}}}Override"):
            partname, content_type = element.get("PartName"), element.get("ContentType")
            if partname is None or content_type is None:
                raise malformed(name, "[Content_Types].xml",
                                 Phrase(N_("an Override lacks PartName or ContentType")))
            overrides[partname.lower()] = content_type
        return cls(defaults, overrides)

    def lookup(self, partname: str) -> str | None:
        found = self.overrides.get(partname.lower())
        if found is not None:
            return found
        extension = posixpath.splitext(partname)[1]
        return self.defaults.get(extension[1:].lower() if extension.startswith(".") else extension.lower())


def read_rels(
    zf: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], partname: str, name: str
) -> list[tuple[str, str, bool]] | None:
    """(type, target, is_external) of each relationship of `partname`; None if it has no .rels part."""
    member = rels_member(partname)
    info = members.get(member)
    if info is None:
        return None
    root = parse_small(read_member(zf, info, name), name, member)
    rels = []
    for element in root.iterchildren(f"{{{ooxml.RELATIONSHIPS}}}Relationship"):
        rel_type, target = element.get("Type"), element.get("Target")
        if rel_type is None or target is None:
            raise damaged("broken-relationships", name, N_("{part} has a relationship without Type or Target"),
                          part=member)
        rels.append((rel_type, target, element.get("TargetMode") == "External"))
    return rels


def find_main_part(
    zf: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], content_types: ContentTypes, name: str
) -> tuple[str, Kind, str, str]:
    rels = read_rels(zf, members, "/", name)
    if rels is None:
        raise damaged("missing-main-part", name, N_("it has no _rels/.rels, so its main document cannot be found"),
                      repair=True)
    main = [target for rel_type, target, external in rels if rel_type == ooxml.RT_OFFICE_DOCUMENT and not external]
    if not main:
        if any(rel_type == ooxml.RT_STRICT_OFFICE_DOCUMENT for rel_type, _, _ in rels):
            raise fail(
                "unsupported-type",
                N_("{name} is saved as Strict Open XML, which cannot be read: in Word or PowerPoint use Save As and"
                   " choose Word Document (.docx) or PowerPoint Presentation (.pptx), then run check again"),
                name=name,
            )
        raise fail(
            "missing-main-part",
            N_("{name} has no main document (no officeDocument relationship): open it in Word or PowerPoint,"
               " save it as .docx or .pptx and run check again"),
            name=name,
        )
    if len(main) > 1:
        raise damaged("broken-relationships", name, N_("it declares {count} main documents"), count=len(main))
    main_part = resolve("/", main[0])
    if main_part[1:] not in members:
        raise damaged("missing-main-part", name, N_("its main document {part} is missing"), repair=True,
                      part=main_part)
    content_type = content_types.lookup(main_part)
    if content_type is None:
        raise damaged("missing-main-part", name, N_("its main document {part} has no content type in"
                                                    " [Content_Types].xml"), part=main_part)
    found = MAIN_TYPES.get(content_type.lower())
    if found is None:
        from .structure import check_main_declared  # structure imports this module

        check_main_declared(zf, members[main_part[1:]], content_type, name)
        raise fail(
            "unsupported-type",
            N_("{name} is {kind}, not a Word document or PowerPoint presentation:"
               " submit the .docx or .pptx file instead"),
            name=name, kind=_describe(content_type),
        )
    kind, flavour = found
    return main_part, kind, flavour, content_type


def _describe(content_type: str) -> Phrase:
    lowered = content_type.lower()
    if "spreadsheetml" in lowered or "ms-excel" in lowered:
        return Phrase(N_("an Excel workbook"))
    if "thememanager" in lowered:
        return Phrase(N_("an Office theme"))
    if "ms-visio" in lowered:
        return Phrase(N_("a Visio drawing"))
    return Phrase(N_("an Office file of another kind ({content_type})"), content_type=content_type)


def walk_relationships(
    zf: zipfile.ZipFile,
    members: dict[str, zipfile.ZipInfo],
    content_types: ContentTypes,
    kind: Kind,
    name: str,
) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Walk the relationship graph the way both libraries do (depth first, from the package).

    Returns the content type of every reachable part and the (source, target) of dangling relationships.
    """
    reachable: dict[str, str] = {}
    dangling: list[tuple[str, str]] = []
    visited: set[str] = {"/"}
    stack = [("/", iter(read_rels(zf, members, "/", name) or []))]
    while stack:
        source, rels = stack[-1]
        rel = next(rels, None)
        if rel is None:
            stack.pop()
            continue
        _, target_ref, external = rel
        if external:
            continue
        target = resolve(source, target_ref)
        if target in visited:
            continue
        visited.add(target)
        if target[1:] not in members:
            dangling.append((source, target))
            continue
        content_type = content_types.lookup(target)
        if content_type is None:
            raise damaged("broken-relationships", name, N_("part {part} has no content type in [Content_Types].xml"),
                          part=target)
        reachable[target] = content_type
        if len(stack) >= _MAX_REL_DEPTH:
            raise fail(
                "broken-relationships",
                N_("{name} was refused: its parts refer to each other over {depth} levels deep, which no"
                   " real document does; open it in Word or PowerPoint, save it again and run check again"),
                name=name, depth=_MAX_REL_DEPTH,
            )
        stack.append((target, iter(read_rels(zf, members, target, name) or [])))
    return reachable, dangling
