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
