"""Bounds on what a submitted zip may cost: entries, expanded sizes and ratios, decided before anything is inflated."""

from __future__ import annotations

import posixpath
import struct
import zipfile
from dataclasses import dataclass
from typing import IO

from ..errors import Phrase, UnreadableDocumentError
from ..i18n import N_
from .errors import corrupt_part, damaged, fail, megabytes


@dataclass(frozen=True)
class Limits:
    """Bounds on what a submitted file may cost to read; every default admits a 100 MB document full of images."""

    max_file_bytes: int = 200 * 1024**2
    max_entries: int = 5000
    # Uncompressed size of any one XML part (media parts are checked only together with their ratio).
    max_part_bytes: int = 64 * 1024**2
    max_total_xml_bytes: int = 256 * 1024**2
    # Uncompressed / compressed, per XML part of at least _RATIO_FLOOR bytes.
    max_ratio: float = 200.0
    max_grid_span: int = 64
    # python-pptx reads every entry of the zip into memory, media included: bound the sum of all of them.
    max_total_bytes: int = 1024**3


# Extensions of parts that are never parsed as XML (already-compressed media, fonts, embedded files).
_BINARY_EXTENSIONS = frozenset(
    "png jpg jpeg jpe jfif gif bmp dib tif tiff emf wmf emz wmz wdp hdp jxr ico webp heic heif avif "
    "bin mp3 mp4 m4a m4v wav wma wmv avi mov mpg mpeg asf swf ogg oga ogv webm 3gp "
    "odttf ttf otf fntdata eot woff woff2 xlsx xlsm xlsb xls docx docm doc pptx pptm ppt sldx "
    "pdf zip glb 3mf psd".split()
)


_RATIO_FLOOR = 64 * 1024  # XML parts smaller than this are exempt from the ratio check


CHUNK = 64 * 1024


def check_central_directory(fh: IO[bytes], size: int, name: str, limits: Limits) -> None:
    tail_len = min(size, 22 + 0xFFFF)
    fh.seek(size - tail_len)
    tail = fh.read(tail_len)
    pos = tail.rfind(b"PK\x05\x06")
    if pos < 0 or pos + 22 > len(tail):
        return  # zipfile will say what is wrong
    entries, cd_size = struct.unpack_from("<HL", tail, pos + 10)
    if pos >= 20 and tail[pos - 20 : pos - 16] == b"PK\x06\x07":
        (zip64_offset,) = struct.unpack_from("<Q", tail, pos - 20 + 8)
        if 0 <= zip64_offset <= size - 56:
            fh.seek(zip64_offset)
            record = fh.read(56)
            if record[:4] == b"PK\x06\x06":
                entries = max(entries, struct.unpack_from("<Q", record, 32)[0])
                cd_size = max(cd_size, struct.unpack_from("<Q", record, 40)[0])
    if entries > limits.max_entries:
        raise _bomb(name, Phrase(N_("it holds {entries} entries (limit {limit})"), entries=entries, limit=limits.max_entries))
    if cd_size > max(1024**2, limits.max_entries * 1024):
        raise _bomb(name, Phrase(N_("its zip directory alone is {size}"), size=megabytes(cd_size)))


def _bomb(name: str, why: Phrase) -> UnreadableDocumentError:
    return fail(
        "zip-bomb",
        N_("{name} was refused: {why}, which no real document needs; if the file is genuine, open it in Word or"
           " PowerPoint, save it again (compressing its pictures) and run check again"),
        name=name, why=why,
    )


def check_zip_bomb(zf: zipfile.ZipFile, name: str, limits: Limits) -> dict[str, zipfile.ZipInfo]:
    """Decide from the declared sizes alone: zipfile never inflates an entry beyond its declared size."""
    infos = zf.infolist()
    if len(infos) > limits.max_entries:
        raise _bomb(name, Phrase(N_("it holds {entries} entries (limit {limit})"), entries=len(infos),
                                 limit=limits.max_entries))
    total = total_xml = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise fail(
                "corrupt-zip",
                N_("{name} has zip-encrypted parts, which Word and PowerPoint never write: open it in Word or"
                   " PowerPoint, save it again and run check again"),
                name=name,
            )
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise damaged("corrupt-zip", name,
                          N_("part {part} uses zip compression method {method}, which Word and PowerPoint never write"),
                          part=info.filename, method=info.compress_type)
        expanded = info.file_size
        ratio = expanded / max(info.compress_size, 1)
        total += expanded
        if is_binary(info.filename):
            if expanded > limits.max_part_bytes and ratio > limits.max_ratio:
                raise _bomb(name, Phrase(N_("part {part} would expand to {size} ({ratio} times its stored size)"),
                                         part=info.filename, size=megabytes(expanded), ratio=f"{ratio:.0f}"))
            continue
        total_xml += expanded
        if expanded > limits.max_part_bytes:
            raise _bomb(name, Phrase(N_("part {part} would expand to {size} (limit {limit})"), part=info.filename,
                                     size=megabytes(expanded), limit=megabytes(limits.max_part_bytes)))
        if expanded >= _RATIO_FLOOR and ratio > limits.max_ratio:
            raise _bomb(name, Phrase(N_("part {part} would expand {ratio} times (limit {limit})"), part=info.filename,
                                     ratio=f"{ratio:.0f}", limit=f"{limits.max_ratio:.0f}"))
    if total_xml > limits.max_total_xml_bytes:
        raise _bomb(name, Phrase(N_("its XML would expand to {size} (limit {limit})"), size=megabytes(total_xml),
                                 limit=megabytes(limits.max_total_xml_bytes)))
    if total > limits.max_total_bytes:
        raise _bomb(name, Phrase(N_("its parts would expand to {size} (limit {limit})"), size=megabytes(total),
                                 limit=megabytes(limits.max_total_bytes)))
    # zipfile.read(name) returns the last entry of a duplicated name; so do we.
    return {info.filename: info for info in infos}


def is_binary(member: str) -> bool:
    return posixpath.splitext(member)[1][1:].lower() in _BINARY_EXTENSIONS


def read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> bytes:
    """Read a part whose size `check_zip_bomb` already bounded."""
    try:
        return zf.read(info)
    except Exception as exc:
        raise corrupt_part(name, info.filename, exc) from exc
