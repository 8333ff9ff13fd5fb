"""Builds findings: a stable code, its severity, the section and criteria at stake, a message saying what to do."""

from __future__ import annotations

from babel import Locale, UnknownLocaleError

from ..i18n import Interface, locale_of
from ..model import Deliverable, Section
from .model import FINDING_SEVERITY, Finding


class FindingMaker:
    """Findings in the user's language (`options.lang`); section titles in that language when the referential has it."""

    def __init__(self, lang: str, deliverable: Deliverable | None = None, doc_lang: str | None = None) -> None:
        self.ui = Interface(lang)
        self.lang = lang
        self.deliverable = deliverable
        self.doc_lang = doc_lang

    def title(self, section: Section) -> str:
        values = section.title.values
        return values.get(self.lang) or values.get(self.doc_lang or "") or next(iter(values.values()))

    def language_name(self, code: str) -> str:
        try:
            return Locale.parse(code).get_display_name(locale_of(self.lang)) or code
        except (ValueError, UnknownLocaleError):
            return code

    def make(self, code: str, message: str, section: Section | None = None, *, location: str | None = None,
             severity: str | None = None) -> Finding:
        return Finding(
            code=code,
            severity=severity or FINDING_SEVERITY[code],
            message=message,
            section=section.id if section is not None else None,
            criteria=tuple(section.criteria) if section is not None else (),
            location=location,
        )

    # -- per section; optional sections get warnings, never errors: leaving them out is allowed

    def _severity(self, code: str, section: Section) -> str:
        severity = FINDING_SEVERITY[code]
        return "warning" if severity == "error" and not section.required else severity

    def missing(self, section: Section, location: str | None, deck: bool = False) -> Finding:
        t = self.title(section)
        # The heading to add is in the document's language, whatever the language of the report.
        heading = section.title.values.get(self.doc_lang or "") or t
        if deck:
            message = self.ui.gettext("Section “{title}” is missing: add a slide titled “{heading}” for it.",
                                      title=t, heading=heading)
        else:
            message = self.ui.gettext(
                "Section “{title}” is missing: add a heading “{heading}” and write the section under it.",
                title=t, heading=heading)
        return self.make("missing-section", message, section, location=location)

    def empty(self, section: Section, location: str | None) -> Finding:
        return self.make("empty-section", self.ui.gettext(
            "Section “{title}” is empty: write its content under its heading.", title=self.title(section)),
            section, location=location, severity=self._severity("empty-section", section))

    def placeholder(self, section: Section, location: str | None, *, has_content: bool) -> Finding:
        t = self.title(section)
        if has_content:
            message = self.ui.gettext(
                "Section “{title}” still holds prompt text from the template: delete it, your own text is there.",
                title=t)
        else:
            message = self.ui.gettext(
                "Section “{title}” still holds only the template's prompt: replace it with your own text.", title=t)
        return self.make("placeholder-left", message, section, location=location,
                         severity=self._severity("placeholder-left", section))

    def guidance(self, section: Section, location: str | None) -> Finding:
        return self.make("guidance-left", self.ui.gettext(
            "Section “{title}” still holds the guidance box (“What the jury looks for”, “Tips”): delete it before you"
            " submit.", title=self.title(section)), section, location=location)

    def thin(self, section: Section, location: str | None, words: int, minimum: int) -> Finding:
        return self.make("thin-section", self.ui.ngettext(
            "Section “{title}” has {n} word: develop it to at least {minimum} words.",
            "Section “{title}” has {n} words: develop it to at least {minimum} words.",
            words, title=self.title(section), minimum=minimum), section, location=location)

    def table_unfilled(self, section: Section, location: str | None) -> Finding:
        return self.make("table-unfilled", self.ui.gettext(
            "The table of section “{title}” is still empty: fill in its cells.", title=self.title(section)),
            section, location=location, severity=self._severity("table-unfilled", section))

    def figure_missing(self, section: Section, location: str | None) -> Finding:
        t = self.title(section)
        if section.figure is not None:
            what = section.figure.values.get(self.lang) or section.figure.values.get(self.doc_lang or "") or t
            message = self.ui.gettext("Section “{title}” has no figure: insert {what}.", title=t, what=what)
        else:
            message = self.ui.gettext("Section “{title}” has no figure: insert the picture or diagram it asks for.",
                                      title=t)
        return self.make("figure-missing", message, section, location=location,
                         severity=self._severity("figure-missing", section))

    def out_of_order(self, section: Section, location: str | None, after: Section | None) -> Finding:
        if after is None:
            message = self.ui.gettext("Section “{title}” is out of order: move it to the start of the document.",
                                      title=self.title(section))
        else:
            message = self.ui.gettext("Section “{title}” is out of order: move it after “{previous}”.",
                                      title=self.title(section), previous=self.title(after))
        return self.make("out-of-order", message, section, location=location)

    def notes_missing(self, section: Section, slide: int) -> Finding:
        return self.make("notes-missing", self.ui.gettext(
            "Slide {slide} (“{title}”) has no speaker notes: write what you will say in the notes.",
            slide=slide, title=self.title(section)), section, location=f"slide {slide}")

    # -- whole file

    def wrong_language(self, found: str, expected: str, *, notes: bool) -> Finding:
        values = {"found": self.language_name(found), "expected": self.language_name(expected)}
        if notes:
            message = self.ui.gettext(
                "The speaker notes are written in {found}, but the oral of this deliverable is in {expected}:"
                " write the notes in {expected}.", **values)
        else:
            message = self.ui.gettext(
                "The document is written in {found}, but this deliverable is expected in {expected}:"
                " write it in {expected}.", **values)
        return self.make("wrong-language", message, location="notes" if notes else None)

    def macros(self) -> Finding:
        return self.make("macros-ignored", self.ui.gettext(
            "The file contains macros: they were ignored and never run. Save it as .docx or .pptx unless the"
            " macros are required."))

    def guessed(self, deliverable: Deliverable, confidence: float, runner_up: Deliverable | None) -> Finding:
        title = deliverable.title.values.get(self.lang) or next(iter(deliverable.title.values.values()))
        message = self.ui.gettext(
            "Identified as “{title}” ({id}) from its headings, with confidence {percent}%: if this is wrong, run"
            " check again with --deliverable ID.", title=title, id=deliverable.id, percent=round(confidence * 100))
        if runner_up is not None:
            message += " " + self.ui.gettext("The next best match was {id}.", id=runner_up.id)
        return self.make("deliverable-guessed", message)

    def contradicted(self, chosen: Deliverable, marked: Deliverable) -> Finding:
        return self.make("deliverable-mismatch", self.ui.gettext(
            "This file was generated for {marked} but is checked as {chosen} (--deliverable): if that is a mistake,"
            " run check again without --deliverable or with the right id.", marked=marked.id, chosen=chosen.id))

    def unknown(self, closest: Deliverable | None, score: float) -> Finding:
        message = self.ui.gettext(
            "Could not tell which deliverable this document is: its headings match none well enough. Run check"
            " again with --deliverable ID (mind-templates list shows the ids).")
        if closest is not None:
            message += " " + self.ui.gettext("The closest is {id}, with confidence {percent}%.", id=closest.id,
                                             percent=round(score * 100))
        return self.make("deliverable-unknown", message)
