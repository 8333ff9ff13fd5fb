"""Holds an outline against its deliverable: which sections are there, with what content, and what to fix."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..skeleton import canvas, markers, risk
from ..dossier import build_dossier, deliverable_or_dossier
from ..errors import UnreadableDocumentError
from ..i18n import Interface
from ..language import guess_language
from ..model import Deliverable, Referential, Section
from ..reader.document import read_outline
from ..reader.outline import Heading, Images, Notes, Outline, Paragraph, Table
from .cover_title import cover_lines
from .deck_texts import DeckTexts, deck_texts
from .findings import FindingMaker
from .known_texts import known_texts
from .matching import Closest, Identification, SectionMatch, find_dossier, identify, match_document, match_dossier
from .model import CheckOptions, CriterionCoverage, FileError, FileReport, Finding, SectionResult, Submitter
from ..normalise import count_words, normal_words, outline_number

# Below this many words a language guess is noise (stop-word counts on a few lines).
MIN_LANGUAGE_WORDS = 40
# Enough text to tell a language; more only costs time on a long thesis.
MAX_LANGUAGE_WORDS = 3000
_CONTENT_STATUSES = ("ok", "thin")
_TABLE_KINDS = ("table", "interview-grid")
_LABEL_WORDS: dict[int, tuple[Section, frozenset[str]]] = {}


@dataclass
class _Content:
    """What lies under one section's heading, up to the next section or a heading of the same or a higher level."""

    words: int = 0
    placeholders: int = 0
    guidance: int = 0
    images: int = 0
    filled_cells: int = 0  # table body cells holding the student's text
    tables: list[Table] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # the speaker's own lines (decks), ours removed
    texts: list[str] = field(default_factory=list)


def check_path(path: Path, referential: Referential, options: CheckOptions) -> FileReport:
    """Open `path` safely and analyse it; an unreadable file becomes a report with a FileError, never an exception."""
    from ..reader.package import load_document, open_package
    from ..reader.structure import invalid_xml, library_xml_errors

    path = Path(path)
    try:
        package = open_package(path)
        try:
            document = load_document(package)
            outline = read_outline(document, known_texts(referential))
        except library_xml_errors(package.kind) as exc:  # a required element the structure checks do not look for
            raise invalid_xml(exc, path) from exc
    except UnreadableDocumentError as error:
        return FileReport(file=str(path), error=FileError(error.code, error.message_in(Interface(options.lang))))
    report = analyse(outline, referential, options, str(path))
    maker = FindingMaker(options.lang)
    if package.has_macros:
        report = _with_findings(report, (maker.macros(),))
    if "wrong-extension" in package.warnings:
        report = _with_findings(report, (maker.wrong_extension(package.kind, path.suffix),))
    return report


def weak_headings(headings: list[Heading]) -> frozenset[int]:
    """Bold lines that may be emphasis rather than headings: in a document whose real headings are as many or more.
    Where bold lines outnumber them, the bold lines are the author's structure ("2. D'où vient notre liste" between
    two styled headings). A bold line numbered in the real headings' sequence, one after the real heading before it
    at its depth and before the one after it ("6. QUI DÉCIDE" between a styled "5." and "7."), is the author's
    heading too: on the realistic set (560 documents), 4 more sections found and none reported present when absent.
    A bold list restarting at "1." under a real "1." stays emphasis. Numbers in figures only: Roman ones too lose 2
    sections and find none more."""
    bold = frozenset(i for i, h in enumerate(headings) if h.source == "fake-bold")
    if len(headings) - len(bold) < len(bold):
        return frozenset()
    numbers = [outline_number(h.text) for h in headings]
    before = _nearest_real_numbers(range(len(headings)), numbers, bold)
    after = _nearest_real_numbers(range(len(headings) - 1, -1, -1), numbers, bold)
    return frozenset(i for i in bold if not _in_sequence(numbers[i], before.get(i), after.get(i)))


def _nearest_real_numbers(order, numbers: list[tuple[int, ...] | None],
                          bold: frozenset[int]) -> dict[int, tuple[int, ...] | None]:
    """Bold line -> the number of the nearest numbered real heading at its depth, walking the headings in `order`
    (one pass: a document of thousands of headings stays linear)."""
    last: dict[int, tuple[int, ...]] = {}  # depth -> number
    nearest = {}
    for i in order:
        number = numbers[i]
        if number is None:
            continue
        if i in bold:
            nearest[i] = last.get(len(number))
        else:
            last[len(number)] = number
    return nearest


def _in_sequence(number: tuple[int, ...] | None, before: tuple[int, ...] | None,
                 after: tuple[int, ...] | None) -> bool:
    """A bold line's number follows the numbered real heading before it, at its depth ("6." after "5.", "3.2" after
    "3.1"), and the one after it, at that depth, comes later; or, with none before, it comes just before that one."""
    if number is None:
        return False
    follows = before is not None and before[:-1] == number[:-1] and before[-1] + 1 == number[-1]
    precedes = after is not None and after[:-1] == number[:-1] and after[-1] - 1 == number[-1]
    return (follows and (after is None or after > number)) or (precedes and before is None)


def analyse(document_outline: Outline, referential: Referential, options: CheckOptions, file: str) -> FileReport:
    """The report of one document: deliverable, section statuses, findings and criteria coverage."""
    outline = document_outline
    headings = [b for b in outline.blocks if isinstance(b, Heading)]
    # Bold lines count as headings only in documents with no real ones, or where they name a section.
    weak = weak_headings(headings)
    maker = FindingMaker(options.lang)

    texts = _texts_under(outline)
    pictured = _pictured_under(outline)
    deliverable, identified_by, confidence, identification = _identify(outline, headings, weak, texts, pictured,
                                                                       referential, options)
    if deliverable is None:
        closest = identification.deliverable if identification is not None else None
        return FileReport(file=file, confidence=confidence, findings=(maker.unknown(closest, confidence),),
                          submitter=submitter(outline))
    doc_lang, oral_lang = _languages(outline, deliverable, referential)
    if outline.kind == "pptx":  # a deck answers the sections its deck presents (the thesis's defence), in its order
        deliverable = deliverable.as_presented()
    maker = FindingMaker(options.lang, deliverable, doc_lang)

    deck = outline.kind == "pptx"
    match = match_dossier if deliverable.parts and not deck else match_document  # a deck has no part headings
    matching = match(headings, deliverable, weak=weak, texts=texts, pictured=pictured)
    matches = matching.matches
    boundaries = _boundaries(headings, weak, matches)
    ours = deck_texts(referential, deliverable, doc_lang, oral_lang) if deck else None
    contents = _contents(outline, headings, boundaries, matches, deliverable, ours)

    findings: list[Finding] = []
    if identified_by in ("headings", "cover") and identification is not None:
        findings.append(maker.guessed(deliverable, confidence, _close_runner_up(identification),
                                      by_cover=identified_by == "cover"))
    marked = deliverable_or_dossier(referential, outline.properties.get(markers.DELIVERABLE_PROPERTY, "").strip())
    if identified_by == "option" and marked is not None and marked.id != deliverable.id:
        findings.append(maker.contradicted(deliverable, marked))
    results = []
    for section in deliverable.sections:
        match = matches.get(section.id)
        if match is None:
            results.append(SectionResult(section.id, "missing", 0))
            if section.required:
                findings.append(maker.missing(section, _where_missing(section, deliverable, matches, headings), deck,
                                              _closest(matching.closest.get(section.id), headings, deliverable)))
            continue
        heading = headings[match.heading]
        content = contents[section.id]
        status = _status(section, content, options, deck)
        location = f"slide {heading.slide}" if deck and heading.slide else f"heading '{heading.text}'"
        results.append(SectionResult(section.id, status, content.words, heading.text, match.found_by))
        findings.extend(_section_findings(maker, section, status, content, location, options, deck, heading))

    findings.extend(_order_findings(maker, deliverable, matches, headings, deck))
    findings.extend(_language_findings(maker, contents, doc_lang, oral_lang, referential, deck))
    return FileReport(
        file=file,
        deliverable=deliverable.id,
        identified_by=identified_by,
        confidence=confidence,
        sections=tuple(results),
        findings=tuple(findings),
        coverage=coverage(deliverable, results),
        submitter=submitter(outline),
    )


def coverage(deliverable: Deliverable, results: list[SectionResult] | tuple[SectionResult, ...]) -> tuple[CriterionCoverage, ...]:
    """Each criterion of the deliverable with the sections citing it and those of them that are `ok`."""
    status = {r.id: r.status for r in results}
    citing: dict[str, list[str]] = {c: [] for c in deliverable.criteria_ids}
    for section in deliverable.sections:
        for criterion in section.criteria:
            citing.setdefault(criterion, []).append(section.id)
    return tuple(
        CriterionCoverage(c, tuple(ids), tuple(i for i in ids if status.get(i) == "ok")) for c, ids in citing.items()
    )


def submitter(outline: Outline) -> Submitter:
    """Our cover fields when the file carries them; otherwise its core title and author (a candidate's name,
    as often as not); otherwise nothing."""
    cover = {name: outline.properties.get(prop, "").strip() for name, prop in markers.COVER_PROPERTIES.items()}
    if any(cover.values()):
        return Submitter(**cover, source="cover")
    title, author = outline.core.get("title", "").strip(), outline.core.get("author", "").strip()
    if title or author:
        return Submitter(candidate=author, title=title, source="core")
    return Submitter()


# --------------------------------------------------------------------------------------------- identification


def _identify(outline: Outline, headings: list[Heading], weak: frozenset[int], texts: list[str],
              pictured: list[bool], referential: Referential, options: CheckOptions) -> tuple[Deliverable | None, str | None, float, Identification | None]:
    """The deliverable, in the order of the issue: the option, our marker, then the best heading match."""
    if options.deliverable:
        chosen = deliverable_or_dossier(referential, options.deliverable)
        if chosen is not None:
            return chosen, "option", 1.0, None
    marked = deliverable_or_dossier(referential, outline.properties.get(markers.DELIVERABLE_PROPERTY, "").strip())
    if marked is not None:
        return marked, "marker", 1.0, None
    if outline.kind != "pptx":  # a dossier without markers: its "Part N: <title>" headings
        dossier = find_dossier(headings, referential)
        if dossier is not None:
            assessment_id, found = dossier
            built = build_dossier(referential, referential.assessment(assessment_id))
            confidence = round(found / len(built.parts), 3)
            return built, "headings", confidence, Identification(built, confidence, found)
    guess = identify(headings, referential, weak=weak, texts=texts, cover=cover_lines(outline), pictured=pictured)
    if guess is None:
        return None, None, 0.0, None
    if not guess.accepted:
        return None, None, guess.score, guess
    return guess.deliverable, "cover" if guess.by_cover else "headings", guess.score, guess


def _close_runner_up(identification: Identification) -> Deliverable | None:
    """Name the second best guess only when it came close: then the teacher should look twice."""
    if identification.runner_up is not None and identification.runner_up_score >= 0.8 * identification.score:
        return identification.runner_up
    return None


def _languages(outline: Outline, deliverable: Deliverable, referential: Referential) -> tuple[str, str]:
    """Document and oral languages: as stamped by the generator (--doc-lang), else the deliverable's."""
    doc = outline.properties.get(markers.DOCUMENT_LANGUAGE_PROPERTY, "")
    oral = outline.properties.get(markers.ORAL_LANGUAGE_PROPERTY, "")
    return (doc if doc in referential.languages else deliverable.document_language,
            oral if oral in referential.languages else deliverable.oral_language)


# --------------------------------------------------------------------------------------------- content


def _texts_under(outline: Outline) -> list[str]:
    """The text under each heading, to the next one, table headers and speaker notes included: the matcher's
    content evidence."""
    texts: list[list[str]] = []
    for block in outline.blocks:
        if isinstance(block, Heading):
            texts.append([])
        elif texts and isinstance(block, Paragraph):
            texts[-1].append(block.text)
        elif texts and isinstance(block, Table):
            texts[-1].extend(block.header)
            texts[-1].extend(cell for row in block.rows for cell in row)
        elif texts and isinstance(block, Notes):  # a slide's speaker notes say what the slide is about
            texts[-1].append(block.text)
    return ["\n".join(t) for t in texts]


def _pictured_under(outline: Outline) -> list[bool]:
    """Whether a picture, chart or drawing stands under each heading, to the next one."""
    pictured: list[bool] = []
    for block in outline.blocks:
        if isinstance(block, Heading):
            pictured.append(False)
        elif pictured and isinstance(block, Images) and block.count:
            pictured[-1] = True
    return pictured


def _closest(closest: Closest | None, headings: list[Heading], deliverable: Deliverable) -> tuple[str, str, str] | None:
    """(heading text, reason, other section id) of the heading that came closest to a missing section."""
    if closest is None:
        return None
    return headings[closest.heading].text, closest.reason, closest.other or ""


def _boundaries(headings: list[Heading], weak: frozenset[int], matches: dict[str, SectionMatch]) -> list[int]:
    """Indices of the headings that end a section: every real heading, and the fake ones that matched a section."""
    matched = _matched_headings(matches)
    return [i for i in range(len(headings)) if i not in weak or i in matched]


def _matched_headings(matches: dict[str, SectionMatch]) -> set[int]:
    return {h for m in matches.values() for h in (m.heading, *m.also)}


def _contents(outline: Outline, headings: list[Heading], boundaries: list[int], matches: dict[str, SectionMatch],
              deliverable: Deliverable, ours: DeckTexts | None) -> dict[str, _Content]:
    """Content of each matched section. It runs to the next heading of the same or a higher level, or to the next
    heading that stands for another section (a sub-section written one level too high still ends its parent)."""
    block_of = [i for i, b in enumerate(outline.blocks) if isinstance(b, Heading)]
    matched = _matched_headings(matches)
    contents: dict[str, _Content] = {}
    for section_id, match in matches.items():
        section = deliverable.section(section_id)
        blocks: list = []
        for start in (match.heading, *match.also):  # a section split under two headings has both texts
            level = headings[start].level
            end_heading = None
            for h in boundaries[bisect.bisect_right(boundaries, start):]:
                if h in matched or headings[h].level <= level:
                    end_heading = h
                    break
            first = block_of[start] + 1
            last = block_of[end_heading] if end_heading is not None else len(outline.blocks)
            blocks.extend(outline.blocks[first:last])
        contents[section_id] = _measure(blocks, section, ours)
    return contents


def _measure(blocks: list, section: Section, ours: DeckTexts | None) -> _Content:
    content = _Content()
    risk_matrix = section.canvas == canvas.RISK_MATRIX  # its cells hold our probability × impact scores
    for block in blocks:
        if isinstance(block, Paragraph):
            content.placeholders += block.is_placeholder
            content.guidance += block.is_guidance
            if block.words and not (ours is not None and ours.on_slide(block.text)):
                content.words += block.words
                content.texts.append(block.text)
        elif isinstance(block, Table):
            content.tables.append(block)
            content.placeholders += block.placeholders
            content.guidance += block.guidance
            for row in block.rows:
                for cell in row:  # our row labels are words of the section's labels: `_only_labels` skips them
                    if not cell or (risk_matrix and risk.is_score(cell)) or _only_labels(cell, section):
                        continue
                    if not (ours is not None and ours.on_slide(cell)):
                        content.filled_cells += 1
                        content.words += count_words(cell)
                        content.texts.append(cell)
        elif isinstance(block, Images):
            content.images += block.count
        elif isinstance(block, Notes):
            lines = block.text.splitlines()
            content.notes.extend(line for line in lines if not (ours is not None and ours.in_notes(line)))
    return content


def _label_words(section: Section) -> frozenset[str]:
    """Every word of the section's column titles, row labels and canvas cell titles, in every language."""
    found = _LABEL_WORDS.get(id(section))
    if found is None or found[0] is not section:
        texts = [*section.columns, *section.rows, *(cell.title for cell in section.cells)]
        words = frozenset(w for text in texts for value in text.values.values() for w in normal_words(value))
        found = _LABEL_WORDS[id(section)] = (section, words)
    return found[1]


def _only_labels(cell: str, section: Section) -> bool:
    """A cell made of words of the table's own labels: a header broken across rows by a converter (pandoc's
    multiline tables do it), or a label the student copied, is not content."""
    words = normal_words(cell)
    return bool(words) and all(w in _label_words(section) for w in words)


def _status(section: Section, content: _Content, options: CheckOptions, deck: bool) -> str:
    # A picture is content too: a figure section may be a diagram with a caption.
    if content.words == 0 and content.images == 0:
        return "placeholder" if content.placeholders else "empty"
    # Slides hold a few words by design: minimums are for documents.
    minimum = None if deck else (options.min_words if options.min_words is not None else section.min_words)
    if minimum and content.words < minimum:
        return "thin"
    return "ok"


def _table_unfilled(section: Section, content: _Content) -> bool:
    # Without a table (a converter flattened it, the student wrote prose instead) there is no table to fill.
    return section.kind in _TABLE_KINDS and bool(content.tables) and content.filled_cells == 0


def _section_findings(maker: FindingMaker, section: Section, status: str, content: _Content, location: str,
                      options: CheckOptions, deck: bool, heading: Heading) -> list[Finding]:
    found: list[Finding] = []
    if status == "empty":
        found.append(maker.empty(section, location))
    elif status == "placeholder":
        found.append(maker.placeholder(section, location, has_content=False))
    else:
        if content.placeholders:
            found.append(maker.placeholder(section, location, has_content=True))
        if content.guidance:
            found.append(maker.guidance(section, location))
        if status == "thin":
            minimum = options.min_words if options.min_words is not None else section.min_words
            found.append(maker.thin(section, location, content.words, minimum or 0))
        if _table_unfilled(section, content):
            found.append(maker.table_unfilled(section, location))
        if section.kind == "figure" and content.images == 0:
            found.append(maker.figure_missing(section, location))
    # Notes matter once the slide itself is done; before that, the slide's own finding says what to do.
    if deck and status in _CONTENT_STATUSES and heading.slide is not None and not any(map(count_words, content.notes)):
        found.append(maker.notes_missing(section, heading.slide, heading.text))
    return found


def _where_missing(section: Section, deliverable: Deliverable, matches: dict[str, SectionMatch],
                   headings: list[Heading]) -> str | None:
    """Where a missing section belongs: after the closest section before it that was found."""
    index = deliverable.sections.index(section)
    for previous in reversed(deliverable.sections[:index]):
        match = matches.get(previous.id)
        if match is not None:
            heading = headings[match.heading]
            return f"slide {heading.slide}" if heading.slide else f"after heading '{heading.text}'"
    return None


def _order_findings(maker: FindingMaker, deliverable: Deliverable, matches: dict[str, SectionMatch],
                    headings: list[Heading], deck: bool) -> list[Finding]:
    """Sections found out of the deliverable's order: those outside the longest run that is in order."""
    index = {s.id: i for i, s in enumerate(deliverable.sections)}
    found = sorted(matches.items(), key=lambda item: item[1].heading)
    order = [index[section_id] for section_id, _ in found]
    keep = _longest_increasing(order)
    findings = []
    for position, (section_id, match) in enumerate(found):
        if position in keep:
            continue
        section = deliverable.sections[index[section_id]]
        before = [deliverable.sections[order[p]] for p in sorted(keep) if order[p] < index[section_id]]
        heading = headings[match.heading]
        location = f"slide {heading.slide}" if deck and heading.slide else f"heading '{heading.text}'"
        findings.append(maker.out_of_order(section, location, before[-1] if before else None))
    return findings


def _longest_increasing(values: list[int]) -> set[int]:
    """Positions of one longest strictly increasing subsequence (patience sorting, O(n log n))."""
    tails: list[int] = []
    tail_positions: list[int] = []
    previous = [-1] * len(values)
    for position, value in enumerate(values):
        slot = bisect.bisect_left(tails, value)
        if slot == len(tails):
            tails.append(value)
            tail_positions.append(position)
        else:
            tails[slot] = value
            tail_positions[slot] = position
        previous[position] = tail_positions[slot - 1] if slot else -1
    keep = set()
    position = tail_positions[-1] if tail_positions else -1
    while position != -1:
        keep.add(position)
        position = previous[position]
    return keep


def _language_findings(maker: FindingMaker, contents: dict[str, _Content], doc_lang: str, oral_lang: str,
                       referential: Referential, deck: bool) -> list[Finding]:
    findings = []
    body = _sample((text for content in contents.values() for text in content.texts))
    found = _guess(body, referential)
    if found is not None and found != doc_lang:
        findings.append(maker.wrong_language(found, doc_lang, notes=False))
    if deck:
        notes = _sample((line for content in contents.values() for line in content.notes))
        found = _guess(notes, referential)
        if found is not None and found != oral_lang:
            findings.append(maker.wrong_language(found, oral_lang, notes=True))
    return findings


def _sample(texts) -> str:
    kept, words = [], 0
    for text in texts:
        kept.append(text)
        words += count_words(text)
        if words >= MAX_LANGUAGE_WORDS:
            break
    return "\n".join(kept)


def _guess(text: str, referential: Referential) -> str | None:
    if count_words(text) < MIN_LANGUAGE_WORDS:
        return None
    return guess_language(text, referential.languages)


def _with_findings(report: FileReport, extra: tuple[Finding, ...]) -> FileReport:
    return replace(report, findings=report.findings + extra)
