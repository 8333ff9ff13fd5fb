"""Builds findings: a stable code, its severity, the section and criteria at stake, a message saying what to do."""

from __future__ import annotations

from babel import Locale, UnknownLocaleError

from ..i18n import Interface, locale_of
from ..model import Deliverable, Section
from .finding_codes import BY_CODE
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

    def say(self, code: str, variant: str = "", n: int | None = None, **values) -> str:
        """The message of `code` (its `variant`) in the user's language; `n` picks a plural form."""
        message = BY_CODE[code].messages[variant]
        if isinstance(message, tuple):
            return self.ui.ngettext(*message, n, **values)
        return self.ui.gettext(message, **values)

    # -- per section; optional sections get warnings, never errors: leaving them out is allowed

    def _severity(self, code: str, section: Section) -> str:
        severity = FINDING_SEVERITY[code]
        return "warning" if severity == "error" and not section.required else severity

    def missing(self, section: Section, location: str | None, deck: bool = False,
                closest: tuple[str, str, str] | None = None) -> Finding:
        """`closest`: (heading text, reason, other section id) of the heading that came closest, see Closest."""
        t = self.title(section)
        # The heading to add is in the document's language, whatever the language of the report.
        heading = section.title.values.get(self.doc_lang or "") or t
        message = self.say("missing-section", "deck" if deck else "", title=t, heading=heading)
        if closest is not None:
            message += " " + self._refused(*closest)
        return self.make("missing-section", message, section, location=location)

    def _refused(self, heading: str, reason: str, other: str) -> str:
        """Why the closest heading was not taken for a missing section: what a student can act on."""
        if reason == "taken" and self.deliverable is not None and other:
            return self.say("missing-section", "taken", heading=heading,
                            other=self.title(self.deliverable.section(other)))
        return self.say("missing-section", "order" if reason == "order" else "weak", heading=heading)

    def empty(self, section: Section, location: str | None) -> Finding:
        return self.make("empty-section", self.say("empty-section", title=self.title(section)),
            section, location=location, severity=self._severity("empty-section", section))

    def placeholder(self, section: Section, location: str | None, *, has_content: bool) -> Finding:
        message = self.say("placeholder-left", "with-content" if has_content else "", title=self.title(section))
        return self.make("placeholder-left", message, section, location=location,
                         severity=self._severity("placeholder-left", section))

    def guidance(self, section: Section, location: str | None) -> Finding:
        return self.make("guidance-left", self.say("guidance-left", title=self.title(section)), section,
                         location=location)

    def thin(self, section: Section, location: str | None, words: int, minimum: int) -> Finding:
        return self.make("thin-section", self.say("thin-section", n=words, title=self.title(section), minimum=minimum),
                         section, location=location)

    def table_unfilled(self, section: Section, location: str | None) -> Finding:
        return self.make("table-unfilled", self.say("table-unfilled", title=self.title(section)),
            section, location=location, severity=self._severity("table-unfilled", section))

    def figure_missing(self, section: Section, location: str | None) -> Finding:
        t = self.title(section)
        if section.figure is not None:
            what = section.figure.values.get(self.lang) or section.figure.values.get(self.doc_lang or "") or t
            message = self.say("figure-missing", "named", title=t, what=what)
        else:
            message = self.say("figure-missing", title=t)
        return self.make("figure-missing", message, section, location=location,
                         severity=self._severity("figure-missing", section))

    def out_of_order(self, section: Section, location: str | None, after: Section | None) -> Finding:
        if after is None:
            message = self.say("out-of-order", "first", title=self.title(section))
        else:
            message = self.say("out-of-order", title=self.title(section), previous=self.title(after))
        return self.make("out-of-order", message, section, location=location)

    def notes_missing(self, section: Section, slide: int, slide_title: str) -> Finding:
        """Named by the slide's own title, the one the student sees in PowerPoint ("Scores", not our section's)."""
        title = slide_title.strip() or self.title(section)
        return self.make("notes-missing", self.say("notes-missing", slide=slide, title=title), section,
                         location=f"slide {slide}")

    # -- whole file

    def wrong_language(self, found: str, expected: str, *, notes: bool) -> Finding:
        values = {"found": self.language_name(found), "expected": self.language_name(expected)}
        message = self.say("wrong-language", "notes" if notes else "", **values)
        return self.make("wrong-language", message, location="notes" if notes else None)

    def macros(self) -> Finding:
        return self.make("macros-ignored", self.say("macros-ignored"))

    def wrong_extension(self, kind: str, suffix: str) -> Finding:
        variant = "" if kind == "docx" else "pptx"  # what the file holds
        return self.make("wrong-extension", self.say("wrong-extension", variant, suffix=suffix))

    def guessed(self, deliverable: Deliverable, confidence: float, runner_up: Deliverable | None,
                by_cover: bool = False) -> Finding:
        title = deliverable.title.values.get(self.lang) or next(iter(deliverable.title.values.values()))
        message = self.say("deliverable-guessed", "cover" if by_cover else "", title=title, id=deliverable.id,
                           percent=round(confidence * 100))
        if runner_up is not None:
            message += " " + self.say("deliverable-guessed", "runner-up", id=runner_up.id)
        return self.make("deliverable-guessed", message)

    def contradicted(self, chosen: Deliverable, marked: Deliverable) -> Finding:
        return self.make("deliverable-mismatch", self.say("deliverable-mismatch", marked=marked.id, chosen=chosen.id))

    def unknown(self, closest: Deliverable | None, score: float) -> Finding:
        message = self.say("deliverable-unknown")
        if closest is not None:
            message += " " + self.say("deliverable-unknown", "closest", id=closest.id, percent=round(score * 100))
        return self.make("deliverable-unknown", message)
