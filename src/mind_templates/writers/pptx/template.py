"""Prepares a template once per process: reads it, strips its sample slides and macros, and describes it."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Mapping

from pptx import Presentation
from pptx.oxml.ns import qn
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT

from ... import ooxml, resources
from ...ooxml import relationships, rels_member
from ...errors import TemplateError
from ...i18n import _
from .design import Design, describe, member


def prepared_template(template: Path | None) -> Template:
    """The shipped design or a school's template, prepared once per process (and again if the file changes)."""
    if template is None:
        return _prepared_base()
    try:
        stat = template.stat()
    except OSError as error:
        raise TemplateError(_("cannot read the template {path} ({error}); check the path given to --template",
                              path=template, error=error.strerror or error)) from None
    return _prepared_school(str(template), (stat.st_mtime_ns, stat.st_size))


@lru_cache(maxsize=1)
def _prepared_base() -> Template:
    return prepare((resources.templates_dir() / "pptx" / "base.pptx").read_bytes(), "base.pptx")


@lru_cache(maxsize=8)
def _prepared_school(path: str, stamp: tuple[int, int]) -> Template:
    from ...option_files import TEMPLATE_MAX_BYTES, read_bytes

    data = read_bytes(path, TEMPLATE_MAX_BYTES)  # a pipe or a device is refused at once, not read forever
    check_template_archive(path, data)
    return prepare(data, path)


def check_template_archive(path: str, data: bytes) -> None:
    """Refuse what python-pptx would choke on or expand without bound, with a message saying what to do."""
    if data[:4] == b"\xd0\xcf\x11\xe0":
        raise TemplateError(_("the template {path} is a legacy .ppt or a password-protected file; "
                              "save it from PowerPoint as an unprotected .pptx", path=path))
    try:
        entries = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except zipfile.BadZipFile:
        raise TemplateError(_("the template {path} is not a PowerPoint .pptx file; "
                              "save it from PowerPoint as .pptx, or leave out --template", path=path)) from None
    if len(entries) > 5000 or sum(e.file_size for e in entries) > 300 * 2**20:
        raise TemplateError(_("the template {path} is too large to be a slide template; "
                              "remove its slides and media and try again", path=path))


# PowerPoint templates (.potx), macro-enabled files and shows differ from a .pptx only by the main part's type.
_MAIN_TYPES = (CT.PML_TEMPLATE_MAIN, CT.PML_PRES_MACRO_MAIN, CT.PML_SLIDESHOW_MAIN,
               "application/vnd.ms-powerpoint.template.macroEnabled.main+xml",
               "application/vnd.ms-powerpoint.slideshow.macroEnabled.main+xml")


def as_presentation(data: bytes) -> bytes:
    """A .potx, .pptm or .ppsx made a plain presentation, so that the deck can be saved as .pptx."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        names = source.namelist()
        if "[Content_Types].xml" not in names or "_rels/.rels" not in names:
            return data
        types = source.read("[Content_Types].xml")
        if not any(t.encode() in types for t in _MAIN_TYPES):
            return data
        mains = [ooxml.resolve("/", target) for _rid, kind, target in relationships(source.read("_rels/.rels"))
                 if kind == ooxml.RT_OFFICE_DOCUMENT]
        types = ooxml.set_content_types(types, [(main, CT.PML_PRESENTATION_MAIN) for main in mains])
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
            for info in source.infolist():
                target.writestr(info, types if info.filename == "[Content_Types].xml" else source.read(info))
    return buffer.getvalue()


def unreadable(label: str, error: Exception) -> TemplateError:
    return TemplateError(_("the template {path} cannot be read as a PowerPoint file ({error}); "
                           "open and save it again in PowerPoint as .pptx, or leave out --template",
                           path=label, error=type(error).__name__))


def remove_slides(prs) -> None:
    """Sample slides are not part of the deck; masters, layouts, theme and notes master stay."""
    id_list = prs.slides._sldIdLst
    for slide_id in list(id_list):
        prs.part.drop_rel(slide_id.rId)
        id_list.remove(slide_id)


def drop_macros(prs) -> None:
    """A .pptx may not carry a VBA project; the deck needs none of the template's macros."""
    for rel in list(prs.part.rels.values()):
        if rel.reltype == ooxml.RT_VBA_PROJECT:
            prs.part.drop_rel(rel.rId)


# Parts ECMA-376 makes optional but whose absence makes PowerPoint offer to repair the deck ("unreadable
# content"; LibreOffice saves no viewProps). A template lacking one gets ours, as a .docx gets our styles.
_PROPERTY_PARTS = (
    (RT.PRES_PROPS, CT.PML_PRES_PROPS, "ppt/presProps.xml"),
    (RT.VIEW_PROPS, CT.PML_VIEW_PROPS, "ppt/viewProps.xml"),
)


@lru_cache(maxsize=1)
def _base_member(name: str) -> bytes:
    with zipfile.ZipFile(resources.templates_dir() / "pptx" / "base.pptx") as base:
        return base.read(name)


def add_missing_properties(prs) -> None:
    from pptx.opc.package import Part
    from pptx.opc.packuri import PackURI

    kinds = {rel.reltype for rel in prs.part.rels.values()}
    taken = {str(part.partname) for part in prs.part.package.iter_parts()}
    for reltype, content_type, member_name in _PROPERTY_PARTS:
        if reltype in kinds:
            continue
        partname = "/" + member_name
        n = 1
        while partname in taken:  # a part of that name that nothing relates to: keep it, use another name
            n += 1
            partname = "/" + member_name.replace(".xml", f"{n}.xml")
        part = Part(PackURI(partname), content_type, prs.part.package, _base_member(member_name))
        prs.part.relate_to(part, reltype)


def drop_empty_layout_lists(prs) -> None:
    """python-pptx adds an empty <p:sldLayoutIdLst/> to a master without layouts when its layouts are listed;
    the schema wants at least one child when the list is there, and none is missing when it is not."""
    for master in prs.slide_masters:
        layouts = master._element.find(qn("p:sldLayoutIdLst"))
        if layouts is not None and len(layouts) == 0:
            master._element.remove(layouts)


@dataclass(frozen=True)
class Template:
    """A template made ready once: its files without slides, the design, and where slides plug in."""

    entries: Mapping[str, bytes]  # zip member name -> content
    design: Design
    presentation: str  # member name of the presentation part
    notes_master: str
    next_rid: int  # first free relationship number of the presentation part
    core: str  # member name of the core properties
    custom: str | None  # member name of the template's own custom properties, if any


def prepare(data: bytes, label: str) -> Template:
    """Open the template once with python-pptx, strip it to what decks need, and remember where slides go."""
    try:
        prs = Presentation(io.BytesIO(as_presentation(data)))
        remove_slides(prs)
        drop_macros(prs)
        add_missing_properties(prs)
        design = describe(prs)
        drop_empty_layout_lists(prs)
        notes_master = member(prs.notes_master.part)  # python-pptx adds its default notes master when missing
        prs.core_properties.revision = 1  # and core properties
        prs.part._element.get_or_add_sldIdLst()
        presentation = member(prs.part)
        buffer = io.BytesIO()
        prs.save(buffer)
    except Exception as error:  # python-pptx raises a dozen types on bad packages; all mean the same to a user
        raise unreadable(label, error) from None
    with zipfile.ZipFile(buffer) as archive:
        entries = {name: archive.read(name) for name in archive.namelist()}
    package = relationships(entries["_rels/.rels"])
    numbers = [int(m.group(1)) for rid, _t, _target in relationships(entries[rels_member(presentation)])
               if (m := re.fullmatch(r"rId(\d+)", rid))]
    return Template(entries, design, presentation, notes_master, max(numbers, default=0) + 1,
                    next(t.lstrip("/") for _r, kind, t in package if kind == RT.CORE_PROPERTIES),
                    next((t.lstrip("/") for _r, kind, t in package if kind == ooxml.RT_CUSTOM_PROPERTIES), None))
