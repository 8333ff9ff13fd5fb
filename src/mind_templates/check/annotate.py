"""`check --annotate`: write a copy of each checked file with the findings in it: Word comments in Word files,
feedback on the slides of decks (check/annotate_deck.py).

The input is never written to: the copy is read from it, annotated in memory and saved through a
temporary file. An annotated copy already in the folder is never replaced: the new one gets a
" (2)", " (3)"... suffix. Word copies are always .docx (macros of a .docm are left out of the copy);
deck copies keep their extension.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import Any, Iterable

from ..i18n import Interface
from ..skeleton import markers
from .annotate_deck import add_feedback
from .labels import Labels
from .model import CheckOptions, FileReport
from .runner import DECK_EXTENSIONS

__all__ = ["WORD_EXTENSIONS", "AUTHOR", "annotate_file", "plan_targets", "add_comments"]

WORD_EXTENSIONS = (".docx", ".docm", ".dotx", ".dotm")
AUTHOR, INITIALS = markers.ANNOTATION_AUTHOR, "MT"

_HEADING_STYLE_PREFIXES = ("heading", "titre", "title", "überschrift", "titolo", "título")


def _copy_name(path: Path, n: int) -> str:
    suffix = ".docx" if path.suffix.lower() in WORD_EXTENSIONS else path.suffix.lower()
    return f"{path.stem}{suffix}" if n == 1 else f"{path.stem} ({n}){suffix}"


def plan_targets(files: Iterable[Path], folder: Path) -> dict[int, Path]:
    """Where the annotated copy of each Word file or deck goes: `folder/<stem>.docx` (`.pptx`), or
    `<stem> (2).docx`... when that name exists already or another input file claims it. Other files get no entry."""
    targets: dict[int, Path] = {}
    claimed: set[str] = set()
    for index, path in enumerate(files):
        path = Path(path)
        if path.suffix.lower() not in WORD_EXTENSIONS + DECK_EXTENSIONS:
            continue
        n = 1
        while True:
            target = folder / _copy_name(path, n)
            key = os.path.normcase(os.path.abspath(target))
            if key not in claimed and not os.path.lexists(target):
                break
            n += 1
        claimed.add(key)
        targets[index] = target
    return targets


def _free_target(target: Path) -> Path:
    """`target`, or the next free " (n)" name if something appeared there since the run was planned."""
    if not os.path.lexists(target):
        return target
    stem = target.stem
    n = 2
    while os.path.lexists(target.with_name(f"{stem} ({n}){target.suffix}")):
        n += 1
    return target.with_name(f"{stem} ({n}){target.suffix}")


def annotate_file(path: Path, report: FileReport, target: Path, referential: Any, options: CheckOptions) -> FileReport:
    """Write the annotated copy of `path` to `target`; return `report` with `annotated` set, or with a note
    saying why no copy was written."""
    from ..reader.package import load_document, open_package
    from ..writers.docx.writer import drop_macros, drop_styles_with_effects
    from ..writers.output import atomic_save

    _ = Interface(options.lang).gettext
    try:
        package = open_package(path)
        document = load_document(package)
        if package.kind == "pptx":
            add_feedback(document, report, options.lang, options.deck_feedback)
        else:
            if add_comments(document, report, options.lang) and _define_comment_styles(document):
                drop_styles_with_effects(document)
            drop_macros(document)
        target = _free_target(target)
        atomic_save(target, lambda temporary: document.save(str(temporary)))
    except MemoryError:
        raise
    except Exception as error:  # the check itself succeeded: say why there is no copy, and go on
        detail = " ".join(str(error).split())[:200] or type(error).__name__
        note = _("No annotated copy of {name} was written ({detail}); check that the folder {folder} is writable,"
                 " then run check again", name=path.name, detail=detail, folder=str(target.parent))
        return replace(report, notes=(*report.notes, note))
    return replace(report, annotated=str(target))


# --- placing the comments -------------------------------------------------------------------------


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _style_name(paragraph: Any) -> str:
    try:
        style = paragraph.style
        return (style.name or "") if style is not None else ""
    except Exception:  # a dangling style id: treat as body text
        return ""


def _is_heading(paragraph: Any) -> bool:
    name = _style_name(paragraph).casefold()
    if name.startswith(_HEADING_STYLE_PREFIXES):
        return True
    p_pr = paragraph._p.pPr
    return p_pr is not None and any(child.tag.endswith("}outlineLvl") for child in p_pr)


def _is_toc(paragraph: Any) -> bool:
    name = _style_name(paragraph).casefold()
    return name.startswith(("toc", "table des matières", "contents")) or "\t" in paragraph.text


class _Anchors:
    """Finds the paragraph of a heading by its text, the way the analysis reported it."""

    def __init__(self, document: Any) -> None:
        self.paragraphs = list(document.paragraphs)
        self.texts = [_norm(p.text) for p in self.paragraphs]
        self.headings = [i for i, p in enumerate(self.paragraphs) if self.texts[i] and _is_heading(p)]

    def find(self, heading: str | None) -> int | None:
        if not heading:
            return None
        wanted = _norm(heading)
        if not wanted:
            return None
        exact = [i for i, text in enumerate(self.texts) if text == wanted]
        for i in exact:  # a heading rather than its line in the table of contents
            if i in self.headings:
                return i
        for i in exact:
            if not _is_toc(self.paragraphs[i]):
                return i
        if exact:
            return exact[0]
        for i, text in enumerate(self.texts):  # the analysis may have shortened or cleaned the text
            if text and wanted in text and not _is_toc(self.paragraphs[i]) and len(text) <= 3 * len(wanted) + 20:
                return i
        return None

    def first(self) -> int | None:
        if self.headings:
            return self.headings[0]
        for i, text in enumerate(self.texts):
            if text:
                return i
        return 0 if self.paragraphs else None


def add_comments(document: Any, report: FileReport, lang: str) -> int:
    """Add one Word comment per finding: on the section's heading; for a section that was not found, on the
    heading of the closest found section before it (where it belongs), else on the first heading."""
    labels = Labels(lang)
    anchors = _Anchors(document)
    located: dict[str, int | None] = {s.id: anchors.find(s.heading) for s in report.sections}
    order = [s.id for s in report.sections]
    added = 0
    for finding in report.findings:
        index = located.get(finding.section) if finding.section else None
        if index is None and finding.section in located:
            before = order[: order.index(finding.section)]
            index = next((located[s] for s in reversed(before) if located[s] is not None), None)
        if index is None:
            index = anchors.first()
        if index is None:
            paragraph = document.add_paragraph()
            anchors.paragraphs.append(paragraph)
            anchors.texts.append("")
            index = len(anchors.paragraphs) - 1
        paragraph = anchors.paragraphs[index]
        runs = paragraph.runs or [paragraph.add_run()]
        document.add_comment(runs, text=labels.finding_note(finding), author=AUTHOR, initials=INITIALS)
        added += 1
    return added


# python-docx gives comment runs and paragraphs these style ids; a document that never had a comment lacks
# them, and Word reports a reference to an undefined style. Word's own definitions of the two built-ins.
_COMMENT_STYLES = (
    ("CommentReference", "annotation reference",
     '<w:style xmlns:w="{ns}" w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/>'
     '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>'
     "</w:style>"),
    ("CommentText", "annotation text",
     '<w:style xmlns:w="{ns}" w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/>'
     '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>'),
)


def _define_comment_styles(document: Any) -> bool:
    """Make the comment style ids python-docx wrote resolve: to the document's own comment styles when it has them
    under another id (a French Word names them differently), else to Word's definitions added here.
    True when a style was added."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsmap, qn

    styles = document.styles.element
    ids = {style.get(qn("w:styleId")) for style in styles.iter(qn("w:style"))}
    by_name = {}
    for style in styles.iter(qn("w:style")):
        name = style.find(qn("w:name"))
        if name is not None and name.get(qn("w:val")):
            by_name.setdefault(name.get(qn("w:val")).casefold(), style.get(qn("w:styleId")))
    added = False
    for style_id, name, xml in _COMMENT_STYLES:
        if style_id in ids:
            continue
        existing = by_name.get(name)
        if existing is None:
            styles.append(parse_xml(xml.format(ns=nsmap["w"])))
            added = True
            continue
        for root in (document.element, document.part._comments_part.element):
            for ref in root.iter(qn("w:rStyle"), qn("w:pStyle")):
                if ref.get(qn("w:val")) == style_id:
                    ref.set(qn("w:val"), existing)
    return added
