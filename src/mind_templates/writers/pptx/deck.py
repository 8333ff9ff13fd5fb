"""Builds a deliverable's rehearsal deck: a slide per section, drawn canvases, and timed speaker notes in the oral language."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from pptx.util import Inches

from ...skeleton import markers
from ...i18n import locale_of
from ...model import Section
from ..common import RenderRequest
from ..registry import not_listed
from .design import Design
from .drawings import (CANVAS_DRAWERS, EMPTY_ROWS, draw_dashboard, draw_decision_matrix, draw_gantt, draw_grid,
                       draw_journey, draw_table, figure_box_shape, visual_of)
from .drawingml import PLAIN, Shapes, Style, paragraph_xml
from .geometry import BOTTOM_MARGIN, GAP, Box
from .package import write_package
from .slides import SlideXml, notes_xml
from .template import prepared_template
from .texts import MAX_BULLET, bullet_prompts
from .timing import PlannedSlide, format_duration, plan_deck


BACKUP_SHAPE = "Backup label"  # the visible tag of a backup slide

# Speed: python-pptx's object API costs milliseconds per shape and its open/save tens of milliseconds per deck,
# several times what pandoc takes for a whole deck. So python-pptx prepares each template once per process
# (reads it, drops its sample slides, describes its layouts); every deck is then PresentationML text written
# straight into a copy of the prepared package.


def write_pptx(request: RenderRequest, path: Path) -> None:
    """Build the deck of `request.deliverable` and save it to `path`."""
    require_oral(request)
    template = prepared_template(request.template)
    slides = list(DeckBuilder(request, template.design).build())
    write_package(path, template, slides, request)


def require_oral(request: RenderRequest) -> None:
    if "pptx" not in request.deliverable.formats:
        raise not_listed(request.deliverable, "pptx")


@dataclass
class Notes:
    """What the speaker notes of one slide say, in the oral language."""

    say: list[str]
    criteria: list[str] = field(default_factory=list)
    criteria_label: str = ""
    before: list[str] = field(default_factory=list)


class DeckBuilder:
    """Turns the plan of a deck into slides, each with its notes and the section it shows."""

    def __init__(self, request: RenderRequest, design: Design) -> None:
        self.request, self.design = request, design
        self.ui, self.oral = request.ui, request.oral_ui
        self.lang, self.oral_lang = request.language_tag, request.oral_language_tag

    def build(self) -> Iterable[SlideXml]:
        builders: dict[str, Callable[[PlannedSlide], tuple[SlideXml, Notes, str]]] = {
            "title": self.title_slide,
            "agenda": self.agenda_slide,
            "section": self.section_slide,
            "takeaways": self.takeaways_slide,
            "questions": self.questions_slide,
        }
        self.plan = plan_deck(self.request)
        for planned in self.plan:
            slide, notes, notes_name = builders[planned.kind](planned)
            if planned.backup:
                self.mark_backup(slide, notes)
            slide.notes = notes_xml(self.design, notes_name, self.notes_lines(notes, planned), self.oral_lang)
            slide.section_id = planned.section.id if planned.section and not planned.part else None
            yield slide

    # -- frame of every slide

    def new_slide(self, role: str) -> SlideXml:
        return SlideXml(role, self.design.layouts[role], Shapes(itertools.count(2), self.lang))

    def default_title_box(self) -> Box:
        margin, height = self.design.content.left, self.design.height
        return Box(margin, round(height * 0.047), self.design.width - 2 * margin, round(height * 0.127))

    def title(self, slide: SlideXml, text: str, name: str) -> Box:
        """Fill the title placeholder, or add a title text box when the layout has none; return where it is."""
        placeholder = slide.layout.title
        if placeholder is None:
            box = self.default_title_box()
            slide.shapes.textbox(box, name, paragraph_xml(text, self.lang, Style(size=28, bold=True, colour="tx2"), bullets=False), "b")
            return box
        if slide.role == "title":  # the cover's large title has room for two lines
            size = 32 if len(text) > 100 else None
        else:
            size = 22 if len(text) > 90 else 26 if len(text) > 60 else None
        slide.shapes.placeholder(placeholder, name, paragraph_xml(text, self.lang, Style(size=size)))
        return placeholder.box

    def area_below(self, title: Box) -> Box:
        """The content area of the design, pushed down if this slide's title reaches into it."""
        base = self.design.content
        top = max(base.top, title.bottom + GAP)
        bottom = min(base.bottom, self.design.height - BOTTOM_MARGIN // 2)
        return Box(base.left, top, base.width, max(bottom - top, Inches(1)))

    def text_in(self, slide: SlideXml, index: int, box: Box | None, name: str, body: str) -> None:
        """Text in the layout's `index`-th content placeholder (moved to `box` if given), else in a text box at `box`."""
        bodies = slide.layout.bodies
        if index < len(bodies):
            moved = box if box is not None and box != bodies[index].box else None
            slide.shapes.placeholder(bodies[index], name, body, moved)
        else:
            slide.shapes.textbox(box or self.design.content, name, body)

    def lines(self, texts: Iterable[str], style: Style = PLAIN, bullets: bool = True) -> str:
        return "".join(paragraph_xml(t, self.lang, style, bullets=bullets) for t in texts)

    # -- framing slides

    def title_slide(self, planned: PlannedSlide) -> tuple[SlideXml, Notes, str]:
        request, deliverable = self.request, self.request.deliverable
        slide = self.new_slide("title")
        title = self.title(slide, request.text(deliverable.title), "Deck title")
        lines = []
        for key, value in request.cover_entries():  # the presenting candidate first, then the team
            if key in ("project", "date"):
                lines.append(value or request.placeholder(key))
            else:
                lines.append(self.ui.gettext("{label}: {value}", label=request.label(key), value=value)
                             if value else request.placeholder(key))
        box = None if slide.layout.bodies else self.area_below(title)
        self.text_in(slide, 0, box, "Deck subtitle", self.lines(lines, bullets=False))
        competences = [f"{c} — {request.text(request.referential.competence(c).statement, request.oral_lang)}"
                       for c in deliverable.competences]
        return slide, Notes([self.introduction()], competences, self.oral.gettext("Competences assessed")), "Deck title notes"

    def introduction(self) -> str:
        """What to say on the title slide, in the words of the assessment's cover: a client, a subject, a case."""
        oral, assessment = self.oral, self.request.assessment
        if assessment.has_client:
            if self.request.deliverable.team:
                return oral.gettext("Introduce yourself, then the team, the client and the project in one sentence each, "
                                    "then say what the jury is going to see.")
            return oral.gettext("Introduce yourself, the client and the project in one sentence each, "
                                "then say what the jury is going to see.")
        if "project" in assessment.cover_fields:
            return oral.gettext("Introduce yourself and your subject in one sentence each, then say why it matters "
                                "and what the jury is going to see.")
        return oral.gettext("Introduce yourself and the situation of the case in one sentence each, "
                            "then say what the jury is going to see.")

    def agenda_slide(self, planned: PlannedSlide) -> tuple[SlideXml, Notes, str]:
        request = self.request
        shown = [p.section for p in self.plan if p.section is not None and not p.backup and not p.part]
        if request.deliverable.parts:  # a dossier's agenda: its parts, each with the time it gets
            parts = list(request.deliverable.parts)
        else:
            parts = shown if request.deliverable.deck_sections else [s for s in shown if s.level == 1]
        titles = [request.text(s.title) for s in parts]
        halves = [titles[: (len(titles) + 1) // 2], titles[(len(titles) + 1) // 2:]] if len(titles) > 7 else [titles]
        slide = self.new_slide("two-content" if len(halves) == 2 else "content")
        title = self.title(slide, self.ui.gettext("Agenda"), "Agenda title")
        boxes = self.area_below(title).columns([1] * len(halves), gap=Inches(0.333))
        keep_layout = len(slide.layout.bodies) >= len(halves)
        start = 1
        for index, (half, box) in enumerate(zip(halves, boxes)):
            style = Style(size=16) if len(half) > 8 else PLAIN
            body = "".join(paragraph_xml(t, self.lang, style, numbering=start) for t in half)
            self.text_in(slide, index, None if keep_layout else box, "Agenda", body)
            start += len(half)
        say = [self.oral.ngettext(
            "Announce the single part of the talk and how long it lasts ({time}).",
            "Announce the {n} parts of the talk and how long it lasts ({time}).",
            len(parts), time=format_duration(round(request.duration_minutes * 60), request),
        )] + [f"{i}. {request.text(s.title, request.oral_lang)}" + self.part_time(s) for i, s in enumerate(parts, 1)]
        return slide, Notes(say), "Agenda notes"

    def part_time(self, part) -> str:
        """' (6 min 30 s)' after a dossier part in the agenda notes: the time of its slides; '' for a section."""
        if not self.request.deliverable.parts:
            return ""
        seconds = sum(p.seconds for p in self.plan if p.section is not None
                      and self.request.deliverable.part_of(p.section.id) is part)
        return f" ({format_duration(seconds, self.request)})"

    def takeaways_slide(self, planned: PlannedSlide) -> tuple[SlideXml, Notes, str]:
        request, ui = self.request, self.ui
        slide = self.new_slide("content")
        title = self.title(slide, ui.gettext("Key takeaways"), "Takeaways title")
        requirements = request.deliverable.seed_requirements
        bullets = [ui.gettext("[In one sentence, what do you conclude about “{topic}”?]", topic=request.text(topic.title))
                   for topic in self.takeaway_topics()]
        bullets += [ui.gettext("[Your key message {n}, in one sentence.]", n=n) for n in range(len(bullets) + 1, 4)]
        box = None if slide.layout.bodies else self.area_below(title)
        self.text_in(slide, 0, box, "Takeaways", self.lines(bullets))
        say = [self.oral.gettext("Restate the messages the jury should remember, one per requirement of the referential, "
                                 "and the decision you expect from the client.")
               if request.assessment.has_client else
               self.oral.gettext("Restate the messages the jury should remember, one per requirement of the referential.")]
        recalled = [request.text(r.text, request.oral_lang) for r in requirements]
        return slide, Notes(say, recalled, self.oral.gettext("Requirements of the referential")), "Takeaways notes"

    def takeaway_topics(self) -> list[Section]:
        """One section per requirement of the seed (its first one the deck shows), at most four, each once: the
        takeaways ask the candidate about the parts of the talk, not in the seed's third person."""
        shown = {p.section.id for p in self.plan if p.section is not None and not p.backup}
        topics: list[Section] = []
        for requirement in self.request.deliverable.seed_requirements:
            candidates = [i for i in requirement.sections if i in shown] or list(requirement.sections)
            section = self.request.deliverable.section(candidates[0])
            if section not in topics:
                topics.append(section)
        return topics[:max(4, len(self.request.deliverable.parts))]  # a dossier: at least one per part

    def questions_slide(self, planned: PlannedSlide) -> tuple[SlideXml, Notes, str]:
        request, ui = self.request, self.ui
        slide = self.new_slide("canvas")
        title = self.title(slide, ui.gettext("Questions and objections"), "Questions title")
        groups = self.criterion_groups()[:4]
        rows = [[ui.gettext("[Likely question about “{topic}”]", topic=request.text(group).rstrip(" :")),
                 ui.gettext("[Your answer, with the figure or slide that backs it]")] for group, _ids in groups]
        rows += [[ui.gettext("[Likely question or objection]"), ui.gettext("[Your answer, with the figure or slide that backs it]")]
                 for _ in range(len(rows), EMPTY_ROWS)]
        area = self.area_below(title)
        slide.shapes.table(area, [[ui.gettext("Question or objection"), ui.gettext("Prepared answer")], *rows],
                           name="Questions table", size=14, row_height=min(Inches(0.95), area.height // (len(rows) + 1)))
        say = [self.oral.gettext("The jury will ask questions and raise objections: answer briefly, with a figure or a slide, "
                                 "and never argue. Rehearse each answer aloud.")]
        topics = [f"{request.text(group, request.oral_lang)} — {', '.join(ids)}" for group, ids in groups]
        return slide, Notes(say, topics, self.oral.gettext("Jury criteria")), "Questions notes"

    def criterion_groups(self) -> list[tuple[object, list[str]]]:
        """The criterion groups this deliverable answers, in order, with their criterion ids."""
        request = self.request
        groups: dict[str, tuple[object, list[str]]] = {}
        for criterion_id in request.deliverable.criteria_ids:
            criterion = request.referential.criterion(criterion_id)
            groups.setdefault(criterion.group[request.doc_lang], (criterion.group, []))[1].append(criterion_id)
        return list(groups.values())

    # -- section slides

    def section_slide(self, planned: PlannedSlide) -> tuple[SlideXml, Notes, str]:
        section = planned.section
        assert section is not None
        visual = visual_of(self.request, section)
        slide = self.new_slide({"bullets": "content", "figure": "two-content"}.get(visual, "canvas"))
        if planned.part:  # a split table's next slide: the section's marker stays on its first slide
            title = self.title(slide, self.ui.gettext("{title} (continued)", title=self.request.text(section.title)),
                               "Continued title")
        else:
            title = self.title(slide, self.request.text(section.title), markers.section_shape_name(section.id, "title"))
        area = self.area_below(title)
        if planned.backup:  # leave the bottom-right corner to the Backup tag
            area = Box(area.left, area.top, area.width, min(area.height, self.backup_box().top - GAP - area.top))
        left_out: list[str] = []
        if visual == "bullets":
            count = 4 if section.required and len(section.criteria) >= 3 else 3
            self.bullets(slide, section, None if slide.layout.bodies else area, count)
        elif visual == "figure":
            self.figure(slide, section, area)
        else:
            left_out = self.draw(visual, slide, section, area, planned.part)
        return slide, self.section_notes(section, visual, left_out), markers.section_shape_name(section.id, "notes")

    def bullets(self, slide: SlideXml, section: Section, box: Box | None, count: int, limit: int = MAX_BULLET) -> None:
        body = self.lines(bullet_prompts(self.request, section, count, limit))
        self.text_in(slide, 0, box, markers.section_shape_name(section.id, "body"), body)

    def figure(self, slide: SlideXml, section: Section, area: Box) -> None:
        bodies = slide.layout.bodies
        if len(bodies) >= 2:
            text_box, figure_box = None, bodies[1].box
        else:
            text_box, figure_box = area.columns([0.42, 0.58], gap=Inches(0.333))
        self.bullets(slide, section, text_box, count=3, limit=80)
        caption = self.request.text(section.figure) if section.figure else self.request.text(section.title)
        figure_box_shape(slide.shapes, figure_box, caption, self.ui.gettext("[Insert the figure here]"),
                         markers.section_shape_name(section.id, "figure"))

    def draw(self, visual: str, slide: SlideXml, section: Section, area: Box, part: int = 0) -> list[str]:
        """Draw a canvas, a table or a mock-up; return sentences for the notes (what the slide leaves out)."""
        if visual in ("table", "decision-matrix"):
            draw = {"table": draw_table, "decision-matrix": draw_decision_matrix}[visual]
            return draw(self, slide.shapes, area, section, part)
        if visual == "gantt":
            return draw_gantt(self, slide.shapes, area, section)
        group = slide.shapes.group(markers.section_shape_name(section.id, "canvas"))
        if visual == "journey":
            return draw_journey(self, group, area, section)
        if visual == "dashboard":
            draw_dashboard(self, group, area, section)
            return []
        CANVAS_DRAWERS.get(visual.split(":", 1)[1], draw_grid)(self, group, area, section)
        return []

    # -- notes

    def section_notes(self, section: Section, visual: str, left_out: list[str]) -> Notes:
        request, oral = self.request, self.oral
        leads = {
            "bullets": oral.gettext("Start with your key message on “{title}”, then give the two or three facts that prove it."),
            "figure": oral.gettext("Show the figure and say in one sentence what the jury should notice in it."),
            "dashboard": oral.gettext("Read the dashboard from the headline indicators down to the detail, and say who uses it and how often."),
            "journey": oral.gettext("Walk through the journey stage by stage and stop on the lowest emotional point."),
            "gantt": oral.gettext("Show the critical path and the milestones, then say where you kept buffers."),
            "table": oral.gettext("Do not read the table: point the jury to the line or figure that matters and say what it means."),
            "decision-matrix": oral.gettext("Give the weights first, then the winner and by how much; say whether the ranking holds if the weights move."),
            "canvas:risk-matrix": oral.gettext("Point to the red zone first: name the risks in it and what you do about each."),
            "canvas:technology-radar": oral.gettext("Explain one move per ring, from adopt to hold, each backed by a fact from your watch."),
        }
        lead = leads.get(visual) or oral.gettext("Go through the blocks in a logical order and link them: the jury looks for coherence, not a list.")
        oral_title = request.text(section.title, request.oral_lang)
        say = [lead.format(title=oral_title), request.text(section.guidance, request.oral_lang), *left_out]
        if not section.required:
            say.append(oral.gettext("This section is optional: skip it if you are short of time."))
        criteria = [f"{c} — {request.text(request.referential.criterion(c).text, request.oral_lang)}" for c in section.criteria]
        before = []
        if request.doc_lang != request.oral_lang:
            language = locale_of(request.oral_lang).get_language_name(locale_of(request.oral_lang))
            before = [oral.gettext("In {language}: {title}", language=language, title=oral_title)]
        return Notes(say, criteria, oral.gettext("Jury criteria"), before)

    def backup_box(self) -> Box:
        design, width, height = self.design, Inches(1.6), Inches(0.3)
        return Box(design.width - design.content.left - width, design.height - BOTTOM_MARGIN // 2 - height, width, height)

    def mark_backup(self, slide: SlideXml, notes: Notes) -> None:
        """A visible 'Backup' tag in the bottom-right corner, below the content area, and a first line in the notes."""
        label = self.ui.gettext("Backup")
        slide.shapes.block(self.backup_box(), [(label, Style(size=12, bold=True, colour="bg1", align="ctr"))], name=BACKUP_SHAPE,
                           fill="tx2", line=None, anchor="ctr", inset=Inches(0.02))
        notes.before.insert(0, self.oral.gettext("Backup slide: no time is planned for it. Keep it for the jury's "
                                                 "questions and show it only if they ask."))

    def notes_lines(self, notes: Notes, planned: PlannedSlide) -> list[tuple[str, Style]]:
        oral, bold = self.oral, Style(bold=True)
        lines = [(line, PLAIN) for line in notes.before]
        lines += [(oral.gettext("What to say"), bold), *((line, PLAIN) for line in notes.say if line)]
        if notes.criteria:
            lines += [(notes.criteria_label, bold), *((line, PLAIN) for line in notes.criteria)]
        lines += [
            (oral.gettext("Suggested time: {time}", time=format_duration(planned.seconds, self.request)), bold),
            (oral.gettext("End of this slide at {elapsed} from the start.",
                          elapsed=format_duration(planned.elapsed, self.request)), PLAIN),
        ]
        return lines
