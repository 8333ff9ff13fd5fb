"""Builds realistic submissions: our skeletons filled the way students fill them, then passed through other programs.

Each fixture knows the exact status every section must get. States given to sections:
  ok          guidance deleted, prompts replaced by prose, table cells filled, a picture in figure sections
  guidance    as ok, but the guidance box left in place (status ok, plus a guidance-left warning)
  thin        a prose section with a third of its minimum words
  empty       guidance and prompts deleted, nothing written (status empty)
  unfilled    left as generated (status placeholder where we wrote a prompt, empty where we wrote none)
  missing     heading and content deleted (status missing)
"""

from __future__ import annotations

import io
import random
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Cm

from mind_templates import ooxml
from mind_templates.skeleton import markers
from mind_templates.i18n import Interface
from mind_templates.model import Deliverable, Referential, Section
from mind_templates.writers.common import RenderRequest
from mind_templates.writers.docx import build_docx

STATES = ("ok", "guidance", "thin", "empty", "unfilled", "missing")
PLACEHOLDER_STYLE_ID = "MTPlaceholder"

# --------------------------------------------------------------------------------------------- prose

_WORDS = {
    "en": {
        "subject": ["The client", "Our team", "The market", "Each segment", "The project", "This approach", "The data",
                    "Every user", "The pilot", "The budget", "Our partner", "The survey"],
        "verb": ["shows", "requires", "supports", "reduces", "improves", "confirms", "explains", "creates", "tests",
                 "measures", "changes", "protects"],
        "object": ["the value of the service", "a clear return on investment", "the needs of small retailers",
                   "the cost of each new customer", "a steady growth of revenue", "the risk of delay",
                   "the quality of the experience", "a simple way to compare offers", "the loyalty of buyers",
                   "the time spent on each order"],
        "tail": ["in the first year", "for the whole region", "with a small budget", "before the launch",
                 "according to our interviews", "over three years", "for both segments", "at a fair price",
                 "in every store", "during the test phase"],
    },
    "fr": {
        "subject": ["Le client", "Notre équipe", "Le marché", "Chaque segment", "Le projet", "Cette démarche",
                    "Les données", "Chaque utilisateur", "Le pilote", "Le budget", "Notre partenaire", "L'enquête"],
        "verb": ["montre", "exige", "soutient", "réduit", "améliore", "confirme", "explique", "crée", "teste",
                 "mesure", "change", "protège"],
        "object": ["la valeur du service", "un retour sur investissement clair", "les besoins des petits commerces",
                   "le coût de chaque nouveau client", "une croissance régulière du chiffre d'affaires",
                   "le risque de retard", "la qualité de l'expérience", "une façon simple de comparer les offres",
                   "la fidélité des acheteurs", "le temps passé sur chaque commande"],
        "tail": ["dans la première année", "pour toute la région", "avec un petit budget", "avant le lancement",
                 "selon nos entretiens", "sur trois ans", "pour les deux segments", "à un prix juste",
                 "dans chaque magasin", "pendant la phase de test"],
    },
}


def prose(words: int, lang: str, rng: random.Random) -> str:
    """Plausible sentences of at least `words` words in `lang` (never one of our prompts or guidance texts)."""
    bank = _WORDS[lang]
    sentences, count = [], 0
    while count < words:
        sentence = f"{rng.choice(bank['subject'])} {rng.choice(bank['verb'])} {rng.choice(bank['object'])} " \
                   f"{rng.choice(bank['tail'])}."
        sentences.append(sentence)
        count += len(sentence.split())
    return " ".join(sentences)


def phrase(lang: str, rng: random.Random) -> str:
    bank = _WORDS[lang]
    return f"{rng.choice(bank['object']).capitalize()} {rng.choice(bank['tail'])}"


def png_bytes() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (30, 110, 160)).save(buffer, format="PNG")
    return buffer.getvalue()


# --------------------------------------------------------------------------------------------- fixtures


@dataclass
class Fixture:
    name: str
    path: Path
    deliverable: str
    expected: dict[str, str]  # section id -> status
    states: dict[str, str] = field(default_factory=dict)  # section id -> state given
    wrong_language: bool = False
    variant: str = "word"


def assign_states(deliverable: Deliverable, seed: int) -> dict[str, str]:
    """A state per section, varied by seed, so that each run has every state on several kinds of section."""
    rng = random.Random(seed)
    cycle = ["ok", "missing", "ok", "empty", "guidance", "unfilled", "ok", "thin", "ok", "ok"]
    offset = rng.randrange(len(cycle))
    states = {}
    for i, section in enumerate(deliverable.sections):
        state = cycle[(i + offset) % len(cycle)]
        if state == "thin" and not (section.kind == "prose" and (section.min_words or 0) >= 30):
            state = "ok"
        states[section.id] = state
    # The first section stays found, so that a document never starts with a missing one.
    first = deliverable.sections[0].id
    if states[first] == "missing":
        states[first] = "ok"
    return states


def has_prompt(section: Section) -> bool:
    """Whether the skeleton holds prompt text for this section (then an untouched section is 'placeholder')."""
    return section.kind in ("prose", "canvas", "figure") or bool(section.min_words) or section.prompt is not None


def expected_status(section: Section, state: str) -> str:
    return {
        "ok": "ok", "guidance": "ok", "thin": "thin", "empty": "empty", "missing": "missing",
        "unfilled": "placeholder" if has_prompt(section) else "empty",
    }[state]


def request_for(referential: Referential, deliverable: Deliverable, doc_lang: str | None = None,
                fields: dict[str, str] | None = None) -> RenderRequest:
    lang = doc_lang or deliverable.document_language
    return RenderRequest(referential=referential, deliverable=deliverable, doc_lang=lang,
                         oral_lang=deliverable.oral_language, today=date(2026, 6, 15), fields=fields or {})


# --------------------------------------------------------------------------------------------- filling a skeleton


def _style_id(element) -> str | None:
    p_pr = element.find(qn("w:pPr"))
    style = p_pr.find(qn("w:pStyle")) if p_pr is not None else None
    return style.get(qn("w:val")) if style is not None else None


def _is_heading(element) -> bool:
    return element.tag == qn("w:p") and (_style_id(element) or "").startswith("Heading")


def _bookmark_section(element) -> str | None:
    for bookmark in element.iter(qn("w:bookmarkStart")):
        name = bookmark.get(qn("w:name")) or ""
        if name.startswith(markers.BOOKMARK_PREFIX):
            return name[len(markers.BOOKMARK_PREFIX):].replace("_", "-")
    return None


def section_spans(body) -> dict[str, list]:
    """Section id -> [heading, own content...] up to the next heading of any level."""
    spans: dict[str, list] = {}
    current = None
    for child in list(body):
        if child.tag == qn("w:sectPr"):
            continue
        if _is_heading(child):
            current = _bookmark_section(child)
            if current:
                spans[current] = [child]
            continue
        if current:
            spans[current].append(child)
    return spans


def _placeholder_runs(element) -> list:
    return [r for r in element.iter(qn("w:r"))
            if (r.find(qn("w:rPr") + "/" + qn("w:rStyle")) is not None
                and r.find(qn("w:rPr") + "/" + qn("w:rStyle")).get(qn("w:val")) == PLACEHOLDER_STYLE_ID)]


def _set_run_text(run, text: str) -> None:
    for child in list(run):
        if child.tag in (qn("w:t"), qn("w:br"), qn("w:tab")):
            run.remove(child)
    r_pr = run.find(qn("w:rPr"))
    if r_pr is not None:
        style = r_pr.find(qn("w:rStyle"))
        if style is not None:
            r_pr.remove(style)  # what the student types over a prompt; the check must not rely on this
    t = run.makeelement(qn("w:t"), {})
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    run.append(t)


def _new_run(parent, text: str):
    """A plain run holding `text`."""
    r = parent.makeelement(qn("w:r"), {})
    t = r.makeelement(qn("w:t"), {})
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    r.append(t)
    return r


def _is_guidance(element) -> bool:
    return element.tag == qn("w:p") and (_style_id(element) or "").startswith("MTGuidance")


def _fill_table(tbl, section: Section, lang: str, rng: random.Random, *, money: bool) -> None:
    rows = tbl.findall(qn("w:tr"))
    for r_index, tr in enumerate(rows):
        if r_index == 0:
            continue
        for c_index, tc in enumerate(tr.findall(qn("w:tc"))):
            runs = _placeholder_runs(tc)
            if runs:
                for run in runs:
                    _set_run_text(run, f"€{rng.randrange(1, 90) * 1000:,}" if money else phrase(lang, rng))
                continue
            if section.canvas is not None:
                continue  # canvas cells are filled through their prompts; the rest is layout
            if section.rows and c_index == 0:
                continue
            text = "".join(t.text or "" for t in tc.iter(qn("w:t")))
            merged = tc.find(qn("w:tcPr") + "/" + qn("w:vMerge"))
            if text.strip() or (merged is not None and merged.get(qn("w:val")) != "restart"):
                continue
            p = tc.find(qn("w:p"))
            p.append(_new_run(p, phrase(lang, rng)))


def _clear_table_prompts(tbl) -> None:
    for run in _placeholder_runs(tbl):
        run.getparent().remove(run)


def _add_picture(document, paragraph_element) -> None:
    from docx.text.paragraph import Paragraph

    for run in list(paragraph_element.iter(qn("w:r"))):
        run.getparent().remove(run)
    paragraph = Paragraph(paragraph_element, document.part)
    paragraph.add_run().add_picture(io.BytesIO(png_bytes()), width=Cm(4))


def fill_section(document, span: list, section: Section, state: str, lang: str, rng: random.Random) -> None:
    """Apply `state` to one section of a generated skeleton, in place."""
    if state == "unfilled":
        return
    if state == "missing":
        for element in span:
            element.getparent().remove(element)
        return
    body_elements = span[1:]
    if state != "guidance":
        for element in body_elements:
            if _is_guidance(element):
                element.getparent().remove(element)
    wanted = {"ok": (section.min_words or 30) + 25, "guidance": (section.min_words or 30) + 25,
              "thin": max((section.min_words or 30) // 3, 5), "empty": 0}[state]
    prose_written = False
    for element in body_elements:
        if element.getparent() is None:
            continue
        if element.tag == qn("w:tbl"):
            if state == "empty":
                _clear_table_prompts(element)
            elif state != "thin":
                _fill_table(element, section, lang, rng, money=section.money)
            continue
        if _style_id(element) == "MTFigure":
            if state == "empty":
                element.getparent().remove(element)
            elif state != "thin":
                _add_picture(document, element)
            continue
        runs = _placeholder_runs(element)
        if not runs:
            continue
        text = "".join(t.text or "" for r in runs for t in r.iter(qn("w:t")))
        if state == "empty":
            if len(runs) == len(list(element.iter(qn("w:r")))):
                element.getparent().remove(element)
            else:
                for run in runs:
                    run.getparent().remove(run)
            continue
        if not prose_written:
            _set_run_text(runs[0], prose(wanted, lang, rng))
            prose_written = True
        else:
            _set_run_text(runs[0], prose(12, lang, rng))
        for run in runs[1:]:
            run.getparent().remove(run)
        assert text  # a prompt was replaced


def filled_document(referential: Referential, deliverable: Deliverable, states: dict[str, str], *,
                    seed: int, doc_lang: str | None = None, fill_lang: str | None = None,
                    fields: dict[str, str] | None = None):
    """Our skeleton (cover `fields` given to `new`) with each section put into its state."""
    request = request_for(referential, deliverable, doc_lang, fields)
    document = build_docx(request)
    rng = random.Random(seed)
    lang = fill_lang or request.doc_lang
    spans = section_spans(document.element.body)
    for section in deliverable.sections:
        fill_section(document, spans[section.id], section, states[section.id], lang, rng)
    return document


# --------------------------------------------------------------------------------------------- variants


def strip_markers(document) -> None:
    """What a copy-paste into a fresh document loses: our bookmarks and custom properties."""
    for tag in ("w:bookmarkStart", "w:bookmarkEnd"):
        for bookmark in list(document.element.body.iter(qn(tag))):
            bookmark.getparent().remove(bookmark)
    rels = document.part.package.rels
    for r_id, rel in list(rels.items()):
        if rel.reltype == ooxml.RT_CUSTOM_PROPERTIES:
            del rels[r_id]


def _headings(document, deliverable: Deliverable) -> list[tuple[object, Section]]:
    """(heading paragraph element, section) in document order, found by bookmark before markers are stripped."""
    sections = {s.id: s for s in deliverable.sections}
    found = []
    for child in document.element.body:
        if _is_heading(child):
            section_id = _bookmark_section(child)
            if section_id in sections:
                found.append((child, sections[section_id]))
    return found


def _set_heading_text(element, text: str) -> None:
    runs = [r for r in element.iter(qn("w:r")) if r.find(qn("w:t")) is not None]
    _set_run_text(runs[0], text)
    for run in runs[1:]:
        run.getparent().remove(run)


def renumber(document, deliverable: Deliverable, *, upper_every: int = 2) -> None:
    """Headings numbered by hand ('2.3 Market size'), some in capitals; markers gone."""
    numbers = [0, 0]
    for i, (element, section) in enumerate(_headings(document, deliverable)):
        text = "".join(t.text or "" for t in element.iter(qn("w:t")))
        if section.level == 1:
            numbers = [numbers[0] + 1, 0]
            label = f"{numbers[0]}."
        else:
            numbers[1] += 1
            label = f"{numbers[0]}.{numbers[1]}"
        text = f"{label} {text}"
        _set_heading_text(element, text.upper() if i % upper_every == 0 else text)
    strip_markers(document)


def french_headings(document, deliverable: Deliverable, lang: str = "fr") -> None:
    for element, section in _headings(document, deliverable):
        _set_heading_text(element, section.title[lang])
    strip_markers(document)


def fake_bold_headings(document, deliverable: Deliverable) -> None:
    """Headings typed as bold Normal paragraphs (top level also larger), the way some students format them."""
    for element, section in _headings(document, deliverable):
        p_pr = element.find(qn("w:pPr"))
        if p_pr is not None:
            element.remove(p_pr)
        for run in element.iter(qn("w:r")):
            r_pr = run.find(qn("w:rPr"))
            if r_pr is None:
                r_pr = run.makeelement(qn("w:rPr"), {})
                run.insert(0, r_pr)
            r_pr.append(r_pr.makeelement(qn("w:b"), {}))
            if section.level == 1:
                size = r_pr.makeelement(qn("w:sz"), {qn("w:val"): "32"})
                r_pr.append(size)
    strip_markers(document)


def _unique_alias(section: Section, deliverable: Deliverable, lang: str) -> str:
    from mind_templates.normalise import heading_key

    others = {heading_key(n) for s in deliverable.sections if s is not section for n in s.titles()}
    for alias in section.aliases.get(lang, ()):
        if heading_key(alias) not in others:
            return alias
    return section.title[lang]


def scratch_document(referential: Referential, deliverable: Deliverable, states: dict[str, str], *, seed: int):
    """Written from scratch in a blank document: Heading styles with alias titles, no markers, no guidance."""
    rng = random.Random(seed)
    lang = deliverable.document_language
    document = Document()
    document.add_paragraph(deliverable.title[lang], style="Title")
    for section in deliverable.sections:
        state = states[section.id]
        if state == "missing":
            continue
        document.add_heading(_unique_alias(section, deliverable, lang), level=section.level)
        if state == "empty":
            continue
        if state == "unfilled":
            if has_prompt(section):  # the student copied our prompt and never replaced it
                prompt = section.prompt[lang] if section.prompt is not None else Interface(lang).gettext(
                    "Write the “{title}” section here.", title=section.title[lang])
                document.add_paragraph(prompt if prompt.startswith("[") else f"[{prompt}]")
            continue
        words = max((section.min_words or 30) // 3, 5) if state == "thin" else (section.min_words or 30) + 25
        document.add_paragraph(prose(words, lang, rng))
        if state == "thin":
            continue
        if section.columns:
            table = document.add_table(rows=1 + max(len(section.rows), 2), cols=len(section.columns))
            for cell, column in zip(table.rows[0].cells, section.columns):
                cell.text = column[lang]
            for r, row in enumerate(table.rows[1:]):
                for c, cell in enumerate(row.cells):
                    cell.text = section.rows[r][lang] if section.rows and c == 0 else phrase(lang, rng)
        if section.kind == "figure":
            document.add_paragraph().add_run().add_picture(io.BytesIO(png_bytes()), width=Cm(4))
    return document


# --------------------------------------------------------------------------------------------- round trips


def libreoffice_round_trip(files: list[Path], out_dir: Path, *, via: str = "odt",
                           back: str = "docx:MS Word 2007 XML") -> dict[Path, Path]:
    """docx -> odt -> docx (or pptx -> odp -> pptx) through LibreOffice: two soffice calls for the whole batch,
    in a private profile."""
    there, again = out_dir / via, out_dir / "back"
    there.mkdir(parents=True, exist_ok=True)
    again.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        base = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--convert-to"]
        subprocess.run([*base, via, "--outdir", str(there), *map(str, files)], capture_output=True,
                       timeout=600, check=False)
        converted = [there / (f.stem + "." + via) for f in files]
        subprocess.run([*base, back, "--outdir", str(again), *map(str, converted)],
                       capture_output=True, timeout=600, check=False)
    suffix = back.split(":")[0]
    return {f: again / (f.stem + "." + suffix) for f in files}


def pandoc_round_trip(path: Path, out_dir: Path) -> Path:
    """docx -> markdown -> docx through pandoc, pictures kept."""
    out_dir.mkdir(parents=True, exist_ok=True)
    markdown = out_dir / (path.stem + ".md")
    media = out_dir / (path.stem + "-media")
    subprocess.run(["pandoc", str(path), "-t", "markdown", "-o", str(markdown), f"--extract-media={media}"],
                   check=True, timeout=120, capture_output=True)
    result = out_dir / (path.stem + ".docx")
    subprocess.run(["pandoc", str(markdown), "-o", str(result)], check=True, timeout=120, capture_output=True,
                   cwd=out_dir)
    return result


def have(program: str) -> bool:
    return shutil.which(program) is not None




# --------------------------------------------------------------------------------------------- decks

DECK_STATES = ("ok", "nonotes", "empty", "unfilled", "missing")


def assign_deck_states(deliverable: Deliverable, seed: int) -> dict[str, str]:
    rng = random.Random(seed)
    cycle = ["ok", "ok", "missing", "ok", "nonotes", "unfilled", "ok", "empty"]
    offset = rng.randrange(len(cycle))
    states = {s.id: cycle[(i + offset) % len(cycle)] for i, s in enumerate(deliverable.sections)}
    states[deliverable.sections[0].id] = "ok"
    return states


def _shape_section(name: str) -> tuple[str, str] | None:
    parts = name.split(":")
    return (parts[1], parts[2]) if len(parts) == 3 and parts[0] == "mt" else None


def deck_expected(prs, deliverable: Deliverable, states: dict[str, str]) -> dict[str, str]:
    """Expected statuses, from what the writer put on each untouched slide: prompts, or only an empty table."""
    roles: dict[str, set[str]] = {}
    for slide in prs.slides:
        for shape in slide.shapes:
            found = _shape_section(shape.name)
            if found:
                roles.setdefault(found[1], set()).add(found[0])
    expected = {}
    for section in deliverable.sections:
        state = states[section.id]
        # Bullets and figure frames hold bracketed prompts, canvases their cells' prompts; a table drawn as
        # a journey or a dashboard only labels.
        prompted = bool(roles.get(section.id, set()) & {"body", "figure"}) or section.kind == "canvas"
        expected[section.id] = {"ok": "ok", "nonotes": "ok", "empty": "empty", "missing": "missing",
                                "unfilled": "placeholder" if prompted else "empty"}[state]
    return expected


def _delete_slides(prs, slide_ids: list[int]) -> None:
    id_list = prs.slides._sldIdLst
    for entry in list(id_list):
        if entry.id in slide_ids:
            prs.part.drop_rel(entry.rId)
            id_list.remove(entry)


def filled_deck(referential: Referential, deliverable: Deliverable, states: dict[str, str], *, seed: int,
                folder: Path):
    """The generated deck with each section slide put into its state; returns (path, expected statuses)."""
    from pptx import Presentation

    from mind_templates.writers.pptx import write_pptx

    rng = random.Random(seed)
    request = request_for(referential, deliverable)
    lang, oral = request.doc_lang, request.oral_lang
    path = folder / f"{deliverable.id}.deck.pptx"
    write_pptx(request, path)
    prs = Presentation(str(path))
    expected = deck_expected(prs, deliverable, states)
    to_delete = []
    for slide in list(prs.slides):
        section_id = next((found[1] for found in map(_shape_section, (s.name for s in slide.shapes)) if found), None)
        state = states.get(section_id or "")
        if state is None or state == "unfilled":
            continue
        if state == "missing":
            to_delete.append(slide.slide_id)
            continue
        fill = state in ("ok", "nonotes")
        for shape in list(slide.shapes):
            role = (_shape_section(shape.name) or ("", ""))[0]
            if role == "body":
                shape.text_frame.text = prose(40, lang, rng) if fill else ""
            elif role == "table" and fill:
                section = deliverable.section(section_id)
                for row in list(shape.table.rows)[1:]:
                    for c, cell in enumerate(row.cells):
                        if not (section.rows and c == 0) and not cell.text.strip():
                            cell.text = phrase(lang, rng)
            elif role == "canvas":
                for inner in shape.shapes:
                    if inner.has_text_frame and fill and not inner.text_frame.text.strip():
                        inner.text_frame.text = phrase(lang, rng)  # a journey's empty cells
                    elif inner.has_text_frame:
                        for paragraph in list(inner.text_frame.paragraphs)[1:]:
                            for run in paragraph.runs:
                                run.text = ""
                            if paragraph.runs and fill:
                                paragraph.runs[0].text = phrase(lang, rng)
            elif role == "figure":
                left, top, width = shape.left, shape.top, shape.width
                shape._element.getparent().remove(shape._element)
                if fill:
                    slide.shapes.add_picture(io.BytesIO(png_bytes()), left, top, width=width)
        notes = slide.notes_slide.notes_text_frame
        notes.text = prose(35, oral, rng) if state == "ok" else ("" if state == "nonotes" else notes.text)
    _delete_slides(prs, to_delete)
    prs.save(str(path))
    return path, expected


# --------------------------------------------------------------------------------------------- harder variants


def _typo(text: str, rng: random.Random) -> str:
    letters = [i for i, ch in enumerate(text) if ch.isalpha()]
    if len(letters) < 8:
        return text
    i = rng.choice(letters[2:-2])
    return text[:i] + text[i + 1:]  # one letter dropped, as typed in a hurry


def reword_headings(document, deliverable: Deliverable, lang: str, rng: random.Random) -> None:
    """Markers gone and headings rewritten: an alias, a typo, extra words; plus the student's own sub-headings."""
    for i, (element, section) in enumerate(_headings(document, deliverable)):
        title = section.title[lang]
        aliases = [a for a in section.aliases.get(lang, ()) if a.casefold() != title.casefold()]
        choice = i % 4
        if choice == 1 and aliases:
            text = _unique_alias(section, deliverable, lang)
        elif choice == 2:
            text = _typo(title, rng)
        elif choice == 3:
            text = title + (" overview" if lang == "en" else " : vue d'ensemble")
        else:
            text = title
        _set_heading_text(element, text)
    strip_markers(document)


def add_student_subheadings(document, deliverable: Deliverable, states: dict[str, str], lang: str,
                            rng: random.Random) -> None:
    """In filled sections, a Heading 3 of the student's own with a paragraph under it (content of the section)."""
    from docx.text.paragraph import Paragraph

    spans = section_spans(document.element.body)
    own = {"en": ["Key facts", "Our approach", "Figures that matter"], "fr": ["Faits clés", "Notre démarche",
                                                                          "Chiffres clés"]}[lang]
    for section in deliverable.sections:
        if states[section.id] != "ok" or section.id not in spans:
            continue
        last = spans[section.id][-1]
        note = Paragraph(last, document.part).insert_paragraph_before(prose(25, lang, rng))
        heading = note.insert_paragraph_before(rng.choice(own), style="Heading 3")
        last.addprevious(heading._p)
        last.addprevious(note._p)


def drop_styles(document) -> None:
    """What a Google Docs or web-editor export does to our template: custom styles gone, heading styles renamed
    to lower case with other ids (as LibreOffice and Google Docs write them)."""
    styles = document.styles.element
    renamed = {}
    for style in list(styles.iterchildren(qn("w:style"))):
        style_id = style.get(qn("w:styleId"))
        name = style.find(qn("w:name"))
        if style_id and style_id.startswith("MT"):
            styles.remove(style)
        elif style_id in ("Heading1", "Heading2", "Heading3"):
            new_id = "h" + style_id[-1]
            renamed[style_id] = new_id
            style.set(qn("w:styleId"), new_id)
            name.set(qn("w:val"), f"heading {style_id[-1]}")
            p_pr = style.find(qn("w:pPr"))
            level = p_pr.find(qn("w:outlineLvl")) if p_pr is not None else None
            if level is not None:
                p_pr.remove(level)  # only the name tells it is a heading
    for element in document.element.body.iter(qn("w:pStyle"), qn("w:rStyle")):
        value = element.get(qn("w:val"))
        if value in renamed:
            element.set(qn("w:val"), renamed[value])
        elif value and value.startswith("MT"):
            element.getparent().remove(element)
    strip_markers(document)
