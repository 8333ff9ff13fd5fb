"""`check --annotate` for decks: each finding put on the slide it is about, in one of two ways.

- `comments` (the default): PowerPoint's legacy comments part (ppt/comments/commentN.xml, authors in
  ppt/commentAuthors.xml), one comment per finding, signed "mind-templates check".
- `notes`: a marked "Feedback" paragraph at the top of the slide's speaker notes, one line per finding,
  and the criteria coverage on the first slide; the reader leaves it out of the speaker's notes.

Measured with `bench/measure_deck_feedback.py` (3 decks, 23 findings): both ways validate with zero
openxml-audit errors and every finding reads back in python-pptx, in LibreOffice Impress (as annotations,
or in the notes) and after Impress saves the deck again as .pptx; neither shows in Impress's default PDF.
Comments were reliable, so they are the default, as PowerPoint users expect review feedback there; and
they never show in presenter view, where feedback left in the notes would be read out at the oral.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Any

from lxml import etree

from .. import ooxml
from ..i18n import language_tag
from ..skeleton import markers
from ..skeleton.xmltext import xml_text
from .labels import Labels
from .model import FileReport, Finding
from .options import DECK_MODES

AUTHOR, INITIALS = markers.ANNOTATION_AUTHOR, "MT"

_A, _P = ooxml.A, ooxml.P
_SLIDE_LOCATION = re.compile(r"^slide (\d+)$")


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _slide_title(slide: Any) -> str:
    try:
        title = slide.shapes.title
    except Exception:  # noqa: BLE001 - a broken placeholder: no title
        title = None
    if title is not None and title.has_text_frame:
        return title.text_frame.text
    return ""


def finding_slides(presentation: Any, report: FileReport) -> list[tuple[int, Finding]]:
    """(0-based slide index, finding) for each finding: the section's slide; for a missing section, the slide of
    the closest section found before it; for the whole file, the first slide."""
    slides = list(presentation.slides)
    titles = [_norm(_slide_title(s)) for s in slides]
    where: dict[str, int | None] = {}
    for finding in report.findings:  # the analysis says which slide, when it found the section
        match = _SLIDE_LOCATION.match(finding.location or "")
        if finding.section and match and int(match.group(1)) <= len(slides):
            where.setdefault(finding.section, int(match.group(1)) - 1)
    for section in report.sections:
        if section.id not in where and section.heading and _norm(section.heading) in titles:
            where[section.id] = titles.index(_norm(section.heading))
    order = [s.id for s in report.sections]
    placed = []
    for finding in report.findings:
        index = where.get(finding.section) if finding.section else None
        if index is None and finding.section in order:
            before = order[: order.index(finding.section)]
            index = next((where[s] for s in reversed(before) if where.get(s) is not None), None)
        placed.append((index if index is not None else 0, finding))
    return placed


def add_feedback(presentation: Any, report: FileReport, lang: str, mode: str = DECK_MODES[0]) -> int:
    """Put every finding on its slide, as notes feedback or legacy comments; return how many were added."""
    if not presentation.slides:
        return 0
    labels = Labels(lang)
    by_slide: dict[int, list[Finding]] = {}
    for index, finding in finding_slides(presentation, report):
        by_slide.setdefault(index, []).append(finding)
    slides = list(presentation.slides)
    if mode == "comments":
        _add_legacy_comments(presentation, slides, by_slide, labels)
    else:
        first = 0 if report.coverage else None
        for index, findings in by_slide.items():
            lines = [labels.finding_note(f, with_severity=True) for f in findings]
            if index == first:
                lines.append(labels.coverage_line(report.coverage))
                first = None
            _notes_feedback(slides[index], labels, lines)
        if first is not None:
            _notes_feedback(slides[0], labels, [labels.coverage_line(report.coverage)])
    return sum(map(len, by_slide.values()))


# --- speaker notes -----------------------------------------------------------------------------------


def _paragraph(text: str, tag: str, bold: bool = False) -> Any:
    """An a:p built by python-pptx's own parser, so that python-pptx can still read the notes afterwards."""
    from pptx.oxml import parse_xml

    weight = ' b="1"' if bold else ""
    return parse_xml(f'<a:p xmlns:a="{_A}"><a:r><a:rPr lang="{tag}"{weight} dirty="0"/>'
                     f"<a:t>{xml_text(text)}</a:t></a:r></a:p>")


def _notes_feedback(slide: Any, labels: Labels, lines: list[str]) -> None:
    """A bold "Feedback (mind-templates check)" line, the findings, and an end mark, above the speaker's notes."""
    body = slide.notes_slide.notes_text_frame._txBody
    tag = language_tag(labels.lang)
    # Both marks carry the signature: the reader leaves what lies between them out of the speaker's notes.
    heading = labels.i18n.gettext("Feedback {signature}: delete this part once fixed",
                                  signature=markers.FEEDBACK_SIGNATURE)
    end = labels.i18n.gettext("End of feedback {signature}", signature=markers.FEEDBACK_SIGNATURE)
    new = [_paragraph(heading, tag, bold=True), *(_paragraph("• " + line, tag) for line in lines),
           _paragraph(end, tag, bold=True)]
    existing = body.findall(f"{{{_A}}}p")
    if existing:
        anchor = existing[0]
        for p in new:
            anchor.addprevious(p)
    else:
        body.extend(new)
    # An empty first paragraph of a fresh notes placeholder would sit between feedback and nothing: drop it.
    rest = body.findall(f"{{{_A}}}p")[len(new):]
    if len(rest) == 1 and not "".join(rest[0].itertext()).strip():
        body.remove(rest[0])


# --- legacy comments ---------------------------------------------------------------------------------


def _add_legacy_comments(presentation: Any, slides: list[Any], by_slide: dict[int, list[Finding]],
                         labels: Labels) -> None:
    from pptx.opc.constants import CONTENT_TYPE as CT
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT
    from pptx.opc.package import Part
    from pptx.opc.packuri import PackURI

    package = presentation.part.package
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000")
    authors = next((rel.target_part for rel in presentation.part.rels.values() if rel.reltype == RT.COMMENT_AUTHORS),
                   None)
    if authors is None:
        authors = Part(PackURI("/ppt/commentAuthors.xml"), CT.PML_COMMENT_AUTHORS, package,
                       f'<p:cmAuthorLst xmlns:p="{_P}"/>'.encode())
        presentation.part.relate_to(authors, RT.COMMENT_AUTHORS)
    author_list = etree.fromstring(authors.blob)
    ids = [int(a.get("id", "0")) for a in author_list]
    ours = next((a for a in author_list if a.get("name") == AUTHOR), None)
    if ours is None:
        ours = etree.SubElement(author_list, f"{{{_P}}}cmAuthor", id=str(max(ids, default=-1) + 1), name=AUTHOR,
                                initials=INITIALS, lastIdx="0", clrIdx=str(len(ids) % 8))
    last = int(ours.get("lastIdx", "0"))
    used = {p.partname for p in package.iter_parts()}
    for index, findings in sorted(by_slide.items()):
        slide_part = slides[index].part
        comments = etree.Element(f"{{{_P}}}cmLst", nsmap={"p": _P})
        for n, finding in enumerate(findings):
            last += 1
            cm = etree.SubElement(comments, f"{{{_P}}}cm", authorId=ours.get("id"), dt=stamp, idx=str(last))
            etree.SubElement(cm, f"{{{_P}}}pos", x=str(10 + 140 * (n % 8)), y=str(10 + 140 * (n // 8)))
            etree.SubElement(cm, f"{{{_P}}}text").text = labels.finding_note(finding, with_severity=True)
        k = 1
        while PackURI(f"/ppt/comments/comment{k}.xml") in used:
            k += 1
        name = PackURI(f"/ppt/comments/comment{k}.xml")
        used.add(name)
        blob = etree.tostring(comments, xml_declaration=True, encoding="UTF-8", standalone=True)
        slide_part.relate_to(Part(name, CT.PML_COMMENTS, package, blob), RT.COMMENTS)
    ours.set("lastIdx", str(last))
    authors._blob = etree.tostring(author_list, xml_declaration=True, encoding="UTF-8", standalone=True)
