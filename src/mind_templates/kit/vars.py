"""kit.yaml: what a teacher knows about the class and the case. Every key optional; unknown keys are errors."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..grids.names import check_names
from ..i18n import Interface, _
from ..model import nearest_ids

# Text keys, then the class: `candidates` (names) or `teams` ({name, members}); `interviews` assigns a
# role-play interview type (EM, EB, ER, EL) to a candidate.
TEXT_KEYS = ("school", "class", "teacher", "client", "case", "context", "constraints", "deadline", "oral_date")
KIT_KEYS = (*TEXT_KEYS, "candidates", "teams", "interviews")
DATE_KEYS = ("deadline", "oral_date")
TEAM_KEYS = ("name", "members")


def kit_labels(ui: Interface) -> dict[str, str]:
    """Each text key's words for people: the kit's sheets and the web form take them from here; the keys a
    cover also has (school, client) keep the cover's label."""
    from ..writers.common import cover_label

    return {
        "school": cover_label("school", ui),
        "class": ui.gettext("Class"),
        "teacher": ui.gettext("Teacher"),
        "client": cover_label("client", ui),
        "case": ui.gettext("Case"),
        "context": ui.gettext("Context"),
        "constraints": ui.gettext("Constraints"),
        "deadline": ui.gettext("Deadline"),
        "oral_date": ui.gettext("Oral date"),
    }


MAX_KIT_BYTES = 1024 * 1024  # a class and a case fit in far less
MAX_TEXT = 20_000  # characters of one text value (a context of a few pages)


@dataclass(frozen=True)
class Team:
    name: str
    members: tuple[str, ...]


@dataclass(frozen=True)
class KitVars:
    texts: dict[str, str] = field(default_factory=dict)
    candidates: tuple[str, ...] = ()
    teams: tuple[Team, ...] = ()
    interviews: dict[str, str] = field(default_factory=dict)

    def text(self, key: str) -> str | None:
        return self.texts.get(key) or None

    def when(self, key: str) -> date | None:
        value = self.texts.get(key)
        return date.fromisoformat(value) if value else None


def _unknown(key: object, known: tuple[str, ...], where: str) -> UsageError:
    """Names the nearest key, however far: a typo's fix is then one glance away."""
    import difflib

    near = nearest_ids(str(key), known, n=1) or difflib.get_close_matches(str(key), known, n=1, cutoff=0)
    return UsageError(_("{where}: unknown key {key!r}; did you mean {near}? (keys: {known})",
                        where=where, key=str(key), near=near[0], known=", ".join(known)))


def _text(key: str, value: Any, where: str) -> str:
    if isinstance(value, date):
        value = value.isoformat()
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise UsageError(_("{where}: {key} must be plain text (quote it in YAML); got {value!r}",
                           where=where, key=key, value=value))
    text = str(value).strip()
    if len(text) > MAX_TEXT:
        raise UsageError(_("{where}: {key} is {n} characters long; keep it under {most}",
                           where=where, key=key, n=len(text), most=MAX_TEXT))
    if key in DATE_KEYS and text:
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
                raise ValueError
            date.fromisoformat(text)
        except ValueError:
            raise UsageError(_("{where}: {key} must be a date written YYYY-MM-DD, e.g. 2026-11-28; got {value!r}",
                               where=where, key=key, value=text)) from None
    return text


def parse_kit_vars(data: Any, where: str = "kit.yaml", interview_types: tuple[str, ...] = ()) -> KitVars:
    """Validate kit.yaml's data (already parsed); every problem is a UsageError naming the key."""
    if data is None:
        return KitVars()
    if not isinstance(data, dict):
        raise UsageError(_("{where} must map keys to values, e.g. client: Acme", where=where))
    for key in data:
        if key not in KIT_KEYS:
            raise _unknown(key, KIT_KEYS, where)
    texts = {key: _text(key, data[key], where) for key in TEXT_KEYS if data.get(key) is not None}
    if data.get("candidates") is not None and data.get("teams") is not None:
        raise UsageError(_("{where}: give either candidates or teams, not both", where=where))
    candidates: tuple[str, ...] = ()
    if data.get("candidates") is not None:
        raw = data["candidates"]
        if not isinstance(raw, list) or any(not isinstance(n, (str, int)) or isinstance(n, bool) for n in raw):
            raise UsageError(_("{where}: candidates must be a list of names", where=where))
        candidates = tuple(check_names([str(n) for n in raw], f"{where}: candidates"))
    teams = []
    for number, raw in enumerate(data.get("teams") or [], 1):
        if not isinstance(raw, dict):
            raise UsageError(_("{where}: team {n} must be a mapping with name and members", where=where, n=number))
        for key in raw:
            if key not in TEAM_KEYS:
                raise _unknown(key, TEAM_KEYS, f"{where}: teams[{number}]")
        name = check_names([str(raw.get("name") or "")], f"{where}: teams[{number}].name")
        members = raw.get("members") or []
        if not isinstance(members, list):
            raise UsageError(_("{where}: the members of team {n} must be a list of names", where=where, n=number))
        teams.append(Team(name[0] if name else _("Team {n}", n=number),
                          tuple(check_names([str(m) for m in members], f"{where}: teams[{number}].members"))))
    if data.get("teams") is not None and not isinstance(data["teams"], list):
        raise UsageError(_("{where}: teams must be a list of {{name, members}}", where=where))
    interviews: dict[str, str] = {}
    raw_interviews = data.get("interviews") or {}
    if not isinstance(raw_interviews, dict):
        raise UsageError(_("{where}: interviews must map a candidate to an interview type, e.g. Zoé Martin: EM",
                           where=where))
    for name, kind in raw_interviews.items():
        if interview_types and kind not in interview_types:
            raise UsageError(_("{where}: interview {kind!r} for {name}; use one of {known}",
                               where=where, kind=kind, name=name, known=", ".join(interview_types)))
        if str(name) not in candidates:
            raise UsageError(_("{where}: interviews names {name}, who is not among the candidates",
                               where=where, name=name))
        interviews[str(name)] = str(kind)
    return KitVars(texts, candidates, tuple(teams), interviews)


def read_kit_vars(path: Path, interview_types: tuple[str, ...] = ()) -> KitVars:
    """Read kit.yaml: a regular UTF-8 file under MAX_KIT_BYTES, without YAML aliases (no expansion bombs)."""
    import yaml

    from ..option_files import read_option_text

    text = read_option_text(path, MAX_KIT_BYTES, _("give a kit.yaml of a class and a case"))
    try:
        if any(isinstance(event, yaml.AliasEvent) for event in yaml.parse(text, Loader=yaml.SafeLoader)):
            raise UsageError(_("{path} uses YAML aliases (*name); write the values out instead", path=path))
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        at = _(" at line {n}", n=mark.line + 1) if mark else ""
        raise UsageError(_("{path} is not valid YAML{at}; fix the syntax", path=path, at=at)) from None
    return parse_kit_vars(data, str(path), interview_types)
