"""What every writer shares: the request, user fields, and referential text rendered for one language."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Mapping

from ..errors import UsageError
from ..i18n import Interface, _, format_date, format_money, language_tag
from ..model import COVER_FIELDS, Assessment, Deliverable, Referential, Text
from ..skeleton import markers
from ..skeleton.placeholders import bracketed
from ..skeleton.xmltext import xml_safe
from ..textrender import TEXT_VARIABLES, render

# Fields a user may give with --set KEY=VALUE or --vars FILE.yaml: the cover's, and the deck's duration.
USER_FIELDS = (*COVER_FIELDS, "duration")


def _cover_labels(ui: Interface) -> dict[str, str]:
    return {
        "project": ui.gettext("Project title"),
        "client": ui.gettext("Client"),
        "team": ui.gettext("Team members"),
        "candidate": ui.gettext("Candidate"),
        "school": ui.gettext("School"),
        "date": ui.gettext("Date"),
        "company": ui.gettext("Company"),
        "duration": ui.gettext("Duration (minutes)"),
    }


def cover_label(key: str, ui: Interface) -> str:
    """A cover field's usual label (the kit form shares those of its keys that are cover fields)."""
    return _cover_labels(ui)[key]


def field_label(assessment: Assessment, key: str, ui: Interface) -> str:
    """A cover field's label: the assessment's own words for it (a thesis's 'Subject'), else the usual one."""
    own = assessment.cover_labels.get(key)
    return own[ui.lang] if own is not None and ui.lang in own.values else cover_label(key, ui)


MAX_DURATION_MINUTES = 240  # a jury oral is minutes long; anything above is a typo


def _plain_value(key: str, value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)) and all(isinstance(v, (str, int, float)) and not isinstance(v, bool)
                                                for v in value):
        return ", ".join(str(v) for v in value)
    if isinstance(value, (str, int, float, date)) and not isinstance(value, bool):
        return value.isoformat() if isinstance(value, date) else str(value)
    shown = repr(value)
    shown = shown if len(shown) <= 60 else shown[:59] + "…"  # a long or deeply nested value stays one short line
    raise UsageError(_("{key} must be plain text (quote it in YAML, e.g. {key}: \"yes\"), or a list of names; "
                       "got {value}", key=key, value=shown))


def parse_fields(pairs: Mapping[str, object], allowed: tuple[str, ...] = USER_FIELDS) -> dict[str, str]:
    """User values are plain data: kept as given, never rendered as templates. `allowed`: the command's keys."""
    fields: dict[str, str] = {}
    for key, value in pairs.items():
        if key not in allowed:
            raise UsageError(_("unknown field {key!r}; use one of {known}", key=key, known=", ".join(allowed)))
        fields[key] = _plain_value(key, value)
    if fields.get("date"):
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", fields["date"]):
            raise UsageError(_("date must be written YYYY-MM-DD, e.g. 2026-11-28; got {value!r}", value=fields["date"]))
        try:
            date.fromisoformat(fields["date"])
        except ValueError:
            raise UsageError(_("{value} is not a date in the calendar; check the day and the month",
                               value=fields["date"])) from None
    if fields.get("duration"):
        try:
            minutes = float(fields["duration"])
        except ValueError:
            minutes = float("nan")
        if not (math.isfinite(minutes) and 1 <= minutes <= MAX_DURATION_MINUTES):
            raise UsageError(_("duration is a number of minutes between 1 and {most}, e.g. 20; got {value!r}",
                               most=MAX_DURATION_MINUTES, value=fields["duration"]))
    return fields


@dataclass(frozen=True)
class RenderRequest:
    """One file to write: which deliverable, in which languages, with which user values."""

    referential: Referential
    deliverable: Deliverable
    doc_lang: str
    oral_lang: str
    fields: Mapping[str, str] = field(default_factory=dict)
    template: Path | None = None
    today: date = field(default_factory=date.today)

    def __post_init__(self) -> None:
        # User values reach python-docx and lxml as well as our escaper: none may hold a character XML cannot.
        object.__setattr__(self, "fields", {key: xml_safe(str(value)) for key, value in self.fields.items()})

    @cached_property
    def ui(self) -> Interface:
        """Fixed labels (headings such as 'Contents') in the document's language."""
        return Interface(self.doc_lang)

    @cached_property
    def oral_ui(self) -> Interface:
        return Interface(self.oral_lang)

    @property
    def language_tag(self) -> str:
        return language_tag(self.doc_lang)

    @property
    def oral_language_tag(self) -> str:
        return language_tag(self.oral_lang)

    @property
    def assessment(self) -> Assessment:
        return self.referential.assessment(self.deliverable.assessment)

    def label(self, key: str, ui: Interface | None = None) -> str:
        """A field's label: the assessment's own words for it (a thesis's 'Subject'), else the usual one."""
        return field_label(self.assessment, key, ui or self.ui)

    def cover_entries(self) -> list[tuple[str, str | None]]:
        """(field, value, or None for a placeholder) of what this deliverable's cover and title slide show, in
        cover order: the assessment's fields, its optional fields when given; a team only on team deliverables
        unless given."""
        assessment, entries = self.assessment, []
        for key in COVER_FIELDS:
            if not assessment.has_field(key):
                continue
            value = self.field(key)
            always = key in assessment.cover_fields and (key != "team" or self.deliverable.team)
            if value or always:
                entries.append((key, value))
        return entries

    def field(self, key: str) -> str | None:
        """A user value ready to print, or None when the user gave none."""
        value = self.fields.get(key)
        if not value:
            return self.formatted_date(self.today) if key == "date" else None
        if key == "date":
            return self.formatted_date(date.fromisoformat(value))
        return value

    def marker_properties(self) -> dict[str, str]:
        """The custom document properties every written file carries, which `check` reads back: which deliverable
        and languages, and the cover fields given (the date in ISO form, today's when none was given)."""
        values = {
            markers.DELIVERABLE_PROPERTY: self.deliverable.id,
            markers.VERSION_PROPERTY: self.referential.version,
            markers.DOCUMENT_LANGUAGE_PROPERTY: self.doc_lang,
            markers.ORAL_LANGUAGE_PROPERTY: self.oral_lang,
        }
        if self.deliverable.parts:  # a dossier: its parts, in order
            values[markers.PARTS_PROPERTY] = markers.encode_parts([p.id for p in self.deliverable.parts])
        cover = {**{k: v for k, v in self.fields.items() if v}, "date": self.fields.get("date") or self.today.isoformat()}
        for key, name in markers.COVER_PROPERTIES.items():
            if cover.get(key):
                values[name] = cover[key]
        return values

    def placeholder(self, key: str, ui: Interface | None = None) -> str:
        return bracketed(self.label(key, ui))

    def formatted_date(self, value: date, lang: str | None = None) -> str:
        return format_date(value, lang or self.doc_lang)

    def money(self, amount: float, lang: str | None = None) -> str:
        return format_money(amount, lang or self.doc_lang)

    @cached_property
    def _contexts(self) -> dict[str, dict[str, str]]:
        return {}

    def _context(self, lang: str) -> dict[str, str]:
        if lang not in self._contexts:
            self._contexts[lang] = self._make_context(lang)
        return self._contexts[lang]

    def _make_context(self, lang: str) -> dict[str, str]:
        """Jinja values for referential text in `lang`: unfilled fields as placeholders in that language."""
        ui = Interface(lang)
        context = {key: "" for key in TEXT_VARIABLES}
        for key in USER_FIELDS:
            value = self.fields.get(key)
            if key == "date":
                context[key] = self.formatted_date(date.fromisoformat(value) if value else self.today, lang)
            else:
                context[key] = value or self.placeholder(key, ui)
        context["deliverable"] = self.deliverable.title[lang]
        minutes = self.assessment.interview_minutes
        if minutes is not None:
            context["interview_min"], context["interview_max"] = (str(m) for m in minutes)
        return context

    def text(self, value: Text | None, lang: str | None = None) -> str:
        """Referential text in `lang` (the document language by default), rendered in the sandbox."""
        if value is None:
            return ""
        lang = lang or self.doc_lang
        return render(value[lang], self._context(lang))

    @property
    def duration_minutes(self) -> float:
        """The user's duration; else a dossier's assessment oral, presented once; else 20 for one deliverable."""
        if self.fields.get("duration"):
            return float(self.fields["duration"])
        oral = self.assessment.oral
        return float(oral.minutes) if self.deliverable.parts and oral is not None else 20.0
