"""A seeded mutation fuzzer for `check`: damaged copies of real Word and PowerPoint packages.

Mutant `i` of master seed `s` is fully determined by (s, i) and the seed files: the same call gives the
same bytes, so a failure is reproduced with `mutant(seeds, s, i)` (or `bench/bench_fuzz.py --keep DIR`).

Operators (OPERATORS) damage the zip container (byte flips, truncation, member deletion and duplication),
the XML (root replaced, elements removed, attributes changed) and the package structure (Word and
PowerPoint main types swapped, docx<->pptx renamed, relationships broken, missing, external or in a
`.rels` with the wrong root, parts given another part's content type, a notes slide replaced by `<x/>`,
a file truncated after an embedded workbook).
"""

from __future__ import annotations

import io
import random
import re
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from lxml import etree

CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WML_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
PML_MAIN = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
_FIXED_TIME = (2026, 1, 1, 0, 0, 0)
_RENAMES = {".docx": ".pptx", ".pptx": ".docx", ".docm": ".pptm", ".pptm": ".docm", ".dotx": ".potx",
            ".potx": ".dotx"}
_ATTRIBUTE_VALUES = ["", "-1", "0", "x", "999999999999", "rId999", "../../../missing.xml", "true", "\u00e9" * 300,
                     "NaN", "1e400"]


@dataclass(frozen=True)
class Seed:
    name: str
    data: bytes
    suffix: str  # ".docx", ".pptx"...


@dataclass(frozen=True)
class Mutant:
    index: int
    seed: str
    operators: tuple[str, ...]
    detail: str
    data: bytes
    suffix: str

    @property
    def filename(self) -> str:
        return f"m{self.index:05d}-{self.seed}-{'+'.join(self.operators)}{self.suffix}"


# --- zip helpers ------------------------------------------------------------------------------------


def members_of(data: bytes) -> list[tuple[str, bytes, int]]:
    """(name, bytes, compress_type) of every entry, in zip order."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return [(info.filename, zf.read(info), info.compress_type) for info in zf.infolist()]


def zip_of(members: list[tuple[str, bytes, int]]) -> bytes:
    """A zip of `members`, with fixed timestamps so that the same members always give the same bytes."""
    out = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # duplicated names are a mutation, on purpose
        with zipfile.ZipFile(out, "w") as zf:
            for name, data, compress in members:
                info = zipfile.ZipInfo(name, _FIXED_TIME)
                info.compress_type = compress
                zf.writestr(info, data)
    return out.getvalue()


def normalised(data: bytes) -> bytes:
    """The same package with fixed timestamps: seeds generated at different times give the same mutants."""
    return zip_of(members_of(data))


def _xml_members(members: list[tuple[str, bytes, int]]) -> list[int]:
    return [i for i, (name, data, _) in enumerate(members) if name.endswith((".xml", ".rels")) and data.strip()]


def _parse(data: bytes):
    return etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False))


def _pick(rng: random.Random, members: list, indices: list[int], prefer: Callable[[str], bool]) -> int | None:
    """An index among `indices`, a preferred member two times out of three when there is one."""
    if not indices:
        return None
    preferred = [i for i in indices if prefer(members[i][0])]
    if preferred and rng.random() < 2 / 3:
        return rng.choice(preferred)
    return rng.choice(indices)


def _is_structural(name: str) -> bool:
    return bool(re.search(r"(document|presentation|slide\d*|notesSlide\d*|slideLayout\d*|slideMaster\d*|styles|"
                          r"header\d*|footer\d*|numbering)\.xml(\.rels)?$", name)) or name == "[Content_Types].xml"


class NotApplicable(Exception):
    """The operator has nothing to act on in this seed (no notes slide, no XML left...)."""


# --- operators: each (rng, data, suffix) -> (data, suffix, detail) ------------------------------------


def flip_bytes(rng: random.Random, data: bytes, suffix: str) -> tuple[bytes, str, str]:
    raw = bytearray(data)
    positions = [rng.randrange(len(raw)) for _ in range(rng.randint(1, 8))]
    for position in positions:
        raw[position] ^= rng.randint(1, 255)
    return bytes(raw), suffix, f"bytes {positions}"


def truncate(rng: random.Random, data: bytes, suffix: str) -> tuple[bytes, str, str]:
    at = rng.randrange(1, len(data))
    return data[:at], suffix, f"at {at} of {len(data)}"


def delete_member(rng: random.Random, data: bytes, suffix: str) -> tuple[bytes, str, str]:
    members = members_of(data)
    index = _pick(rng, members, list(range(len(members))), _is_structural)
    name = members.pop(index)[0]
    return zip_of(members), suffix, name


def duplicate_member(rng: random.Random, data: bytes, suffix: str) -> tuple[bytes, str, str]:
    members = members_of(data)
    index = _pick(rng, members, list(range(len(members))), _is_structural)
    name, content, compress = members[index]
    copy = rng.choice([content, b"", b"<x/>", content[: len(content) // 2]])
    members.insert(rng.choice([index, index + 1, len(members)]), (name, copy, compress))
    return zip_of(members), suffix, name


def _edit_xml(rng: random.Random, data: bytes, suffix: str, edit: Callable, prefer=_is_structural,
              only: Callable[[str], bool] = lambda name: True) -> tuple[bytes, str, str]:
    members = members_of(data)
    candidates = [i for i in _xml_members(members) if only(members[i][0])]
    rng.shuffle(candidates)
    first = _pick(rng, members, candidates, prefer)
    for index in ([first] if first is not None else []) + candidates:
        name, content, compress = members[index]
        try:
            root = _parse(content)
        except etree.XMLSyntaxError:
            continue
        detail = edit(rng, root)
        if detail is None:
            continue
        members[index] = (name, etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True),
                          compress)
        return zip_of(members), suffix, f"{name}: {detail}"
    raise NotApplicable


def replace_root(rng: random.Random, data: bytes, suffix: str) -> tuple[bytes, str, str]:
    members = members_of(data)
    index = _pick(rng, members, _xml_members(members), _is_structural)
    if index is None:
        raise NotApplicable
    name, _, compress = members[index]
    others = [m[1] for m in members if m[0].endswith(".xml") and m[0] != name]
    replacement = rng.choice([b"<x/>", b'<?xml version="1.0"?><root xmlns="urn:x"><a/></root>',
                              _root_only(rng.choice(others)) if others else b"<x/>"])
    members[index] = (name, replacement, compress)
    return zip_of(members), suffix, name


def _root_only(data: bytes) -> bytes:
    """Another part's root element, emptied: a well-formed part of the wrong kind."""
    try:
        root = _parse(data)
    except etree.XMLSyntaxError:
        return b"<x/>"
    return etree.tostring(etree.Element(root.tag, nsmap=root.nsmap))


def remove_element(rng: random.Random, data: bytes, suffix: str) -> tuple[bytes, str, str]:
    def edit(rng: random.Random, root) -> str | None:
        elements = [e for e in root.iter() if e is not root and isinstance(e.tag, str)]
        if not elements:
            return None
        victim = rng.choice(elements)
        victim.getparent().remove(victim)
        return f"removed {etree.QName(victim).localname}"

    return _edit_xml(rng, data, suffix, edit)


def change_attribute(rng: random.Random, data: bytes, suffix: str) -> tuple[bytes, str, str]:
    def edit(rng: random.Random, root) -> str | None:
        elements = [e for e in root.iter() if isinstance(e.tag, str) and e.attrib]
        if not elements:
            return None
        element = rng.choice(elements)
        attribute = rng.choice(sorted(element.attrib))
        if rng.random() < 0.25:
            del element.attrib[attribute]
            return f"deleted {attribute}"
        value = rng.choice(_ATTRIBUTE_VALUES)
        element.set(attribute, value)
        return f"{attribute}={value[:20]!r}"

    return _edit_xml(rng, data, suffix, edit)


def swap_main_types(rng: random.Random, data: bytes, suffix: str) -> tuple[bytes, str, str]:
    members = members_of(data)
    for i, (name, content, compress) in enumerate(members):
        if name == "[Content_Types].xml":
            text = content.decode("utf-8", "replace")
            swapped = text.replace(WML_MAIN, "\0").replace(PML_MAIN, WML_MAIN).replace("\0", PML_MAIN)
            if swapped == text:
                raise NotApplicable
            members[i] = (name, swapped.encode(), compress)
            return zip_of(members), suffix, "Word <-> PowerPoint main type"
    raise NotApplicable


def rename(rng: random.Random, data: bytes, suffix: str) -> tuple[bytes, str, str]:
    if suffix not in _RENAMES:
        raise NotApplicable
    return data, _RENAMES[suffix], f"{suffix} -> {_RENAMES[suffix]}"


def _rels_edit(edit: Callable, prefer=lambda name: bool(re.search(r"(document|presentation|slide\d+)\.xml\.rels$",
                                                                   name))) -> Callable:
    def operator(rng: random.Random, data: bytes, suffix: str) -> tuple[bytes, str, str]:
        return _edit_xml(rng, data, suffix, edit, prefer=prefer, only=lambda name: name.endswith(".rels"))

    return operator


def _break_target(rng: random.Random, root) -> str | None:
    rels = [r for r in root if r.get("Target")]
    if not rels:
        return None
    rel = rng.choice(rels)
    rel.set("Target", rng.choice(["missing.xml", "../missing/part.xml", "/", "slides/", "%00", "http://x/y.xml"]))
    return f"{rel.get('Id')} -> {rel.get('Target')}"


def _drop_relationship(rng: random.Random, root) -> str | None:
    rels = list(root)
    if not rels:
        return None
    rel = rng.choice(rels)
    root.remove(rel)
    return f"dropped {rel.get('Id')} ({(rel.get('Type') or '').rsplit('/', 1)[-1]})"


def _make_external(rng: random.Random, root) -> str | None:
    rels = [r for r in root if r.get("TargetMode") != "External"]
    if not rels:
        return None
    if rng.random() < 0.5:  # every slide of the presentation, as a broken export would
        chosen = [r for r in rels if (r.get("Type") or "").endswith("/slide")] or [rng.choice(rels)]
    else:
        chosen = [rng.choice(rels)]
    for rel in chosen:
        rel.set("TargetMode", "External")
    return f"{len(chosen)} external"


def _wrong_rels_root(rng: random.Random, root) -> str | None:
    root.tag = rng.choice([f"{{{CT_NS}}}Types", f"{{{REL_NS}}}Relationship", "Relationships", "x"])
    return f"root {root.tag}"


def delete_rels(rng: random.Random, data: bytes, suffix: str) -> tuple[bytes, str, str]:
    members = members_of(data)
    rels = [i for i, m in enumerate(members) if m[0].endswith(".rels")]
    index = _pick(rng, members, rels, lambda name: name.endswith(("presentation.xml.rels", "document.xml.rels")))
    if index is None:
        raise NotApplicable
    name = members.pop(index)[0]
    return zip_of(members), suffix, name


def dangling_reference(rng: random.Random, data: bytes, suffix: str) -> tuple[bytes, str, str]:
    """An r:id in a part (a slide id, a picture, a header) that names no relationship."""
    def edit(rng: random.Random, root) -> str | None:
        attributes = [(e, key) for e in root.iter() if isinstance(e.tag, str) for key in e.attrib
                      if key.startswith(f"{{{R_NS}}}")]
        if not attributes:
            return None
        element, key = rng.choice(attributes)
        element.set(key, "rId999")
        return f"{etree.QName(element).localname} {etree.QName(key).localname}=rId999"

    return _edit_xml(rng, data, suffix, edit, only=lambda name: name.endswith(".xml"))


def wrong_content_type(rng: random.Random, data: bytes, suffix: str) -> tuple[bytes, str, str]:
    """Give a part the content type of another part (a slide typed as a notes slide, a layout, an image...)."""
    members = members_of(data)
    for i, (name, content, compress) in enumerate(members):
        if name != "[Content_Types].xml":
            continue
        root = _parse(content)
        overrides = [e for e in root if e.get("PartName")]
        types = sorted({e.get("ContentType") for e in root if e.get("ContentType")})
        if not overrides:
            raise NotApplicable
        structural = [e for e in overrides if _is_structural(e.get("PartName")[1:])] or overrides
        target = rng.choice(structural)
        new = rng.choice([t for t in types if t != target.get("ContentType")] or ["application/xml"])
        target.set("ContentType", new)
        members[i] = (name, etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True), compress)
        return zip_of(members), suffix, f"{target.get('PartName')} typed {new.rsplit('.', 2)[-2:]}"
    raise NotApplicable


def notes_to_x(rng: random.Random, data: bytes, suffix: str) -> tuple[bytes, str, str]:
    """A notes slide (or, in a Word file, a header, footer or the styles) replaced by `<x/>`."""
    members = members_of(data)
    targets = [i for i, m in enumerate(members) if re.search(r"notesSlide\d+\.xml$", m[0])]
    if not targets:
        targets = [i for i, m in enumerate(members) if re.search(r"(header\d*|footer\d*|styles|notesMaster\d+)\.xml$",
                                                                  m[0])]
    if not targets:
        raise NotApplicable
    index = rng.choice(targets)
    name, _, compress = members[index]
    members[index] = (name, b"<x/>", compress)
    return zip_of(members), suffix, name


def truncated_workbook(rng: random.Random, data: bytes, suffix: str) -> tuple[bytes, str, str]:
    """Embed a stored workbook (as charts and OLE objects do), then cut the file somewhere after it:
    the last zip directory left in the file is the workbook's own."""
    members = members_of(data)
    embedded = [i for i, m in enumerate(members) if m[0].lower().endswith((".xlsx", ".xlsm")) and m[2] == 0]
    if not embedded:
        folder = "ppt" if any(m[0].startswith("ppt/") for m in members) else "word"
        members.insert(rng.randrange(1, len(members) + 1),
                       (f"{folder}/embeddings/Microsoft_Excel_Worksheet.xlsx", minimal_workbook(), zipfile.ZIP_STORED))
    packed = zip_of(members)
    with zipfile.ZipFile(io.BytesIO(packed)) as zf:
        infos = [info for info in zf.infolist() if info.filename.lower().endswith((".xlsx", ".xlsm"))]
        info = rng.choice(infos)
        data_start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
        end = data_start + info.compress_size
    at = rng.randrange(end, len(packed) - 21)  # never the outer end-of-directory record itself
    return packed[:at], suffix, f"{info.filename}, cut at {at} of {len(packed)}"


def minimal_workbook() -> bytes:
    """The smallest .xlsx Excel opens: enough for its zip directory to look like a whole package."""
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    return zip_of([
        ("[Content_Types].xml", (
            f'<Types xmlns="{CT_NS}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
            '"/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.'
            'main+xml"/></Types>').encode(), zipfile.ZIP_DEFLATED),
        ("_rels/.rels", (
            f'<Relationships xmlns="{REL_NS}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>').encode(),
         zipfile.ZIP_DEFLATED),
        ("xl/workbook.xml", f'<workbook xmlns="{ns}"><sheets/></workbook>'.encode(), zipfile.ZIP_DEFLATED),
    ])


OPERATORS: dict[str, Callable[[random.Random, bytes, str], tuple[bytes, str, str]]] = {
    "flip": flip_bytes,
    "truncate": truncate,
    "delete-member": delete_member,
    "duplicate-member": duplicate_member,
    "replace-root": replace_root,
    "remove-element": remove_element,
    "change-attribute": change_attribute,
    "swap-main-types": swap_main_types,
    "rename": rename,
    "break-target": _rels_edit(_break_target),
    "drop-relationship": _rels_edit(_drop_relationship),
    "external-relationship": _rels_edit(_make_external),
    "rels-wrong-root": _rels_edit(_wrong_rels_root, prefer=lambda name: True),
    "delete-rels": delete_rels,
    "dangling-reference": dangling_reference,
    "wrong-content-type": wrong_content_type,
    "notes-to-x": notes_to_x,
    "truncated-workbook": truncated_workbook,
}


_CONTAINER_BREAKERS = frozenset({"flip", "truncate", "truncated-workbook"})


def mutant(seeds: list[Seed], master_seed: int, index: int) -> Mutant:
    """Mutant `index`: a seed and one operator (two, one time in five), chosen from (master_seed, index) alone.

    Seeds and first operators take turns, so that a few hundred mutants already apply every operator to every seed.
    """
    rng = random.Random(f"{master_seed}/{index}")
    seed = seeds[index % len(seeds)]
    names = list(OPERATORS)
    data, suffix, applied, details = seed.data, seed.suffix, [], []
    wanted = 2 if rng.random() < 0.2 else 1
    attempts = 0
    while len(applied) < wanted and attempts < 10:
        attempts += 1
        name = names[(index // len(seeds) + attempts - 1) % len(names)] if not applied else rng.choice(names)
        try:
            data, suffix, detail = OPERATORS[name](rng, data, suffix)
        except NotApplicable:
            continue
        except Exception:  # noqa: BLE001 - the first mutation broke the zip or the XML the second one needs
            if not applied:
                raise  # on an intact seed, it is a bug of the fuzzer
            break
        applied.append(name)
        details.append(detail)
        if name in _CONTAINER_BREAKERS:
            break  # a second operator would rewrite whatever zipfile still reads, e.g. only the embedded workbook
    return Mutant(index, seed.name, tuple(applied), "; ".join(details), data, suffix)


def mutants(seeds: list[Seed], master_seed: int, count: int, start: int = 0):
    for index in range(start, start + count):
        yield mutant(seeds, master_seed, index)


# --- seeds ---------------------------------------------------------------------------------------------


def generated_seeds(referential, folder: Path) -> list[Seed]:
    """Our own files: a Word skeleton and a filled document, a deck skeleton and a filled deck."""
    from check.fixtures import assign_deck_states, assign_states, filled_deck, filled_document, request_for

    from mind_templates.writers.docx import build_docx
    from mind_templates.writers.pptx import write_pptx

    folder.mkdir(parents=True, exist_ok=True)
    deliverable = referential.get_deliverable("business-plan")
    seeds = []
    out = io.BytesIO()
    build_docx(request_for(referential, deliverable)).save(out)
    seeds.append(Seed("docx-skeleton", normalised(out.getvalue()), ".docx"))
    out = io.BytesIO()
    filled_document(referential, deliverable, assign_states(deliverable, 7), seed=7).save(out)
    seeds.append(Seed("docx-filled", normalised(out.getvalue()), ".docx"))
    skeleton = folder / "skeleton.pptx"
    write_pptx(request_for(referential, deliverable), skeleton)
    seeds.append(Seed("pptx-skeleton", normalised(skeleton.read_bytes()), ".pptx"))
    deck, _ = filled_deck(referential, deliverable, assign_deck_states(deliverable, 7), seed=7, folder=folder)
    seeds.append(Seed("pptx-filled", normalised(deck.read_bytes()), ".pptx"))
    return seeds


# Real files of the shared corpus, chosen for what they hold: embedded workbooks (stored, as Office does),
# an OLE object, headers and footers, many slides.
CORPUS_SEEDS = (
    "poi__test-data_slideshow_bar-chart.pptx",
    "poi__test-data_document_EmbeddedDocument.docx",
    "docx2python__tests_resources_apples_and_pears.docx",
    "python-pptx__features_steps_test_files_cht-axis-props.pptx",
)


def corpus_seeds(corpus: Path) -> list[Seed]:
    """The CORPUS_SEEDS present in `corpus` (read by path, never copied into the repository)."""
    return [Seed(name.split("_")[-1].rsplit(".", 1)[0][:24], (corpus / name).read_bytes(), Path(name).suffix)
            for name in CORPUS_SEEDS if (corpus / name).is_file()]


# --- running them -----------------------------------------------------------------------------------------


def outcome(path: Path, referential, options) -> tuple[str, str]:
    """What `check` makes of one file, in-process: ('pass'|'fail'|an error code, message).

    An exception escaping `check_path` (a bug: the runner would report it as internal-error) comes back as
    ('exception', its traceback), so that a campaign lists every one instead of stopping at the first.
    """
    import traceback

    from mind_templates.check.analyse import check_path
    from mind_templates.check.formats.csv_report import render_csv
    from mind_templates.check.formats.json_report import render_json
    from mind_templates.check.formats.text_report import render_text

    try:
        report = check_path(path, referential, options)
        render_text([report], lang=options.lang, referential=referential)
        render_json([report])
        render_csv([report])
    except MemoryError:
        raise
    except Exception:  # noqa: BLE001 - collected and shown by the caller
        return "exception", traceback.format_exc()
    if report.error is not None:
        return report.error.code, report.error.message
    return report.status(), ""
