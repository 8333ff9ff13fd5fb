"""Edits of Office packages for tests: read, replace members, retype the main part."""

from __future__ import annotations

import io
import zipfile


def read_members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def build_zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out.getvalue()


def rezip(data: bytes, replace: dict[str, bytes | None]) -> bytes:
    """Copy of a package with members replaced (None removes them)."""
    members = read_members(data)
    for name, new in replace.items():
        if new is None:
            members.pop(name, None)
        else:
            members[name] = new
    return build_zip(members)


DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
DOCM_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"


def retyped(data: bytes, partname: str, old: str, new: str, extra: dict[str, bytes] | None = None) -> bytes:
    types = read_members(data)["[Content_Types].xml"].decode()
    assert f'PartName="{partname}" ContentType="{old}"' in types
    types = types.replace(f'PartName="{partname}" ContentType="{old}"', f'PartName="{partname}" ContentType="{new}"')
    return rezip(data, {"[Content_Types].xml": types.encode(), **(extra or {})})


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def retype_heading(data: bytes, old: str, new: str) -> bytes:
    """What Word and LibreOffice do when a student selects a paragraph's text and types another: the runs go,
    and so does every bookmark that lay inside the replaced text. A bookmark that also holds the paragraph mark
    (its end is in a later paragraph) survives, and so does an empty one at the very start or end of the text
    (on the selection's edge, not inside it); one run with the new text remains."""
    from lxml import etree

    members = read_members(data)
    root = etree.fromstring(members["word/document.xml"])
    paragraph = next(p for p in root.iter(f"{W}p")
                     if "".join(t.text or "" for t in p.iter(f"{W}t")) == old)
    children = list(paragraph)
    texts = [n for n, child in enumerate(children) if child.tag in (f"{W}r", f"{W}hyperlink")]
    first, last = (texts[0], texts[-1]) if texts else (0, 0)
    starts = {b.get(f"{W}id"): n for n, b in enumerate(children) if b.tag == f"{W}bookmarkStart"}
    for n, end in enumerate(children):
        if end.tag != f"{W}bookmarkEnd" or end.get(f"{W}id") not in starts:
            continue
        begin = starts[end.get(f"{W}id")]
        empty_on_edge = not any(begin < t < n for t in texts) and (n < first or begin > last)
        if not empty_on_edge:
            paragraph.remove(children[begin])
            paragraph.remove(end)
    for child in list(paragraph):
        if child.tag in (f"{W}r", f"{W}hyperlink", f"{W}proofErr"):
            paragraph.remove(child)
    run = etree.SubElement(paragraph, f"{W}r")
    etree.SubElement(run, f"{W}t").text = new
    members["word/document.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return build_zip(members)
