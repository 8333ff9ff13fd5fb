"""Reading the files a user names in options (--vars, --referential, referential validate, --template), bounded.

A path given on the command line may be a FIFO (reading blocks forever), /dev/zero (reading never ends), a
50 MB file, or YAML whose aliases expand to billions of nodes ("billion laughs") or that nests lists 100,000
deep (PyYAML's composer recurses). Each is refused with one line before anything large is read or built:
the file must be a regular file, checked on a descriptor opened without blocking; at most `max_bytes` are
read; the YAML event stream is measured (depth, and node count with every alias expanded) before any Python
object is built.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

from .errors import UsageError
from .i18n import _

# Limits: generous for real files (the shipped referential is 0.5 MB, 28,619 YAML events, 9 levels deep).
VARS_MAX_BYTES = 1024**2
REFERENTIAL_MAX_BYTES = 16 * 1024**2
TEMPLATE_MAX_BYTES = 200 * 1024**2  # a school's .pptx, media included; as big as `check` accepts
MAX_DEPTH = 64
MAX_NODES = 2_000_000  # counted with aliases expanded



def _default_loader() -> Any:
    """libyaml's safe loader when present, else PyYAML's own; imported on use (startup time)."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class OptionFileError(UsageError):
    """An option file that cannot be read safely: not a regular file, too large, or YAML too deep or expanding."""

    code = "option-file-invalid"


def read_bytes(path: str | os.PathLike[str], max_bytes: int) -> bytes:
    """The bytes of a regular file of at most `max_bytes`; OptionFileError otherwise (never blocks)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        raise _unreadable(path, error) from None
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise OptionFileError(_("{path} is not a regular file (a folder, a pipe or a device); "
                                    "give the path of a file", path=path), code="option-file-not-regular")
        if info.st_size > max_bytes:
            raise _too_large(path, max_bytes)
        try:
            data = fh.read(max_bytes + 1)
        except OSError as error:
            raise _unreadable(path, error) from None
    if len(data) > max_bytes:  # it grew since fstat
        raise _too_large(path, max_bytes)
    return data


def read_text(path: str | os.PathLike[str], max_bytes: int) -> str:
    """`read_bytes`, decoded as UTF-8."""
    try:
        return read_bytes(path, max_bytes).decode("utf-8")
    except UnicodeDecodeError:
        raise OptionFileError(_("{path} is not UTF-8 text; save it as UTF-8", path=path),
                              code="option-file-unreadable") from None


def _unreadable(path: Any, error: OSError) -> OptionFileError:
    return OptionFileError(_("cannot read {path} ({error}); check the path and its permissions",
                             path=path, error=error.strerror or error), code="option-file-unreadable")


def _too_large(path: Any, max_bytes: int) -> OptionFileError:
    return OptionFileError(_("{path} is larger than {size} MB, far more than such a file needs; check that it is "
                             "the right file", path=path, size=max_bytes // 1024**2), code="option-file-too-large")


def check_yaml_size(text: str, path: Any, max_depth: int = MAX_DEPTH, max_nodes: int = MAX_NODES,
                    loader: Any = None) -> None:
    """Refuse YAML nested deeper than `max_depth` or with more than `max_nodes` nodes once aliases are expanded.

    Walks the parser's events (a flat stream: nothing is built, nothing recurses); an alias adds the expanded
    size of the node it names. A syntax error is left for the real load to report with its line."""
    import yaml

    sizes: dict[str, int] = {}  # anchor -> expanded node count
    stack: list[tuple[str | None, int]] = []  # open collections: (anchor, nodes so far)
    total = 0
    try:
        for event in yaml.parse(text, Loader=loader or _default_loader()):
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                if len(stack) >= max_depth:
                    raise OptionFileError(_("{path} nests lists or mappings more than {n} levels deep; "
                                            "a real file needs a few", path=path, n=max_depth),
                                          code="option-file-too-deep")
                stack.append((event.anchor, 1))
                continue
            if isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                anchor, count = stack.pop()
                if anchor is not None:
                    sizes[anchor] = count
                added = count
            elif isinstance(event, yaml.ScalarEvent):
                added = 1
                if event.anchor is not None:
                    sizes[event.anchor] = 1
            elif isinstance(event, yaml.AliasEvent):
                added = sizes.get(event.anchor, 1)
            else:
                continue
            if stack:
                anchor, count = stack[-1]
                stack[-1] = (anchor, count + added)
                if count + added > max_nodes:
                    raise _expands(path, max_nodes)
            else:
                total += added
            if total > max_nodes:
                raise _expands(path, max_nodes)
    except yaml.YAMLError:
        return


def _expands(path: Any, max_nodes: int) -> OptionFileError:
    # Never the expanded value itself: saying so is the point.
    return OptionFileError(_("{path} expands to more than {n} YAML values through its aliases (&anchor / *alias); "
                             "write the values out instead", path=path, n=f"{max_nodes:,}"),
                           code="option-file-too-large")


def load_yaml(path: str | os.PathLike[str], max_bytes: int, loader: Any = None) -> Any:
    """Read, bound and parse one YAML option file. yaml.YAMLError still comes through for a syntax error."""
    import yaml

    text = read_text(path, max_bytes)
    loader = loader or _default_loader()
    check_yaml_size(text, path, loader=loader)
    return yaml.load(text, Loader=loader)  # noqa: S506 - loader is a SafeLoader subclass


__all__ = ["read_option_text", "OptionFileError", "read_bytes", "read_text", "TEMPLATE_MAX_BYTES", "check_yaml_size", "load_yaml", "VARS_MAX_BYTES", "REFERENTIAL_MAX_BYTES"]


def read_option_text(path: Path, max_bytes: int, what: str) -> str:
    """The UTF-8 text (a BOM allowed) of a small file a user names (a list of names, kit.yaml), through
    `read_bytes`: a regular file only, checked without blocking, and at most `max_bytes`. `what` says what the
    file should be (e.g. "give a text file with one name per line") when it is not UTF-8."""
    data = read_bytes(path, max_bytes)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise OptionFileError(_("{path} is not UTF-8 text; save it as UTF-8 and {what}", path=path, what=what),
                              code="option-file-unreadable") from None
