"""Build the realistic labelled set: every document in docs/ and labels.yaml, from the files in sources/.

    python tests/check/realistic/build.py            # every document
    python tests/check/realistic/build.py rp_helios  # only the sources whose name contains this

Each source is a Python file defining DOC (see README.md). The labels are written by hand in the
sources, next to the text they judge; this script only copies them into labels.yaml and refuses a
label that contradicts what the source wrote (a section labelled `ok` with fewer words than its
minimum, a `thin` one with more, a section labelled twice or not at all). It never runs `check`.

Needs pandoc and LibreOffice (`soffice`) for the pandoc, libreoffice and round-tripped deck paths;
the built files are committed so that tests need neither.
"""
from __future__ import annotations

import copy
import importlib.util
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import docx
import yaml
from docx.enum.text import WD_BREAK  # noqa: F401  (kept for sources that want page breaks)
from docx.shared import Inches, Pt
from PIL import Image, ImageDraw
from pptx import Presentation
from pptx.util import Inches as PInches, Pt as PPt

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
DOCS = HERE / "docs"
LABELS = HERE / "labels.yaml"
REPO = HERE.parents[2]
FIXED_DATE = "2026-11-20T09:00:00Z"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
STATUSES = ("ok", "missing", "empty", "placeholder", "thin")
PATHS = ("scratch-docx", "pandoc", "libreoffice", "deck", "skeleton")


# --------------------------------------------------------------------------- the source vocabulary
@dataclass
class H:
    """A heading: `level` 1-3 in a heading style; `labels` maps section id -> status for what it holds."""
    level: int
    text: str
    labels: dict = field(default_factory=dict)


@dataclass
class B:
    """A bold Normal paragraph used as a heading (no heading style)."""
    text: str
    labels: dict = field(default_factory=dict)


@dataclass
class P:
    text: str


@dataclass
class L:
    """A bulleted list."""
    items: list


@dataclass
class T:
    """A table; the first row is the header."""
    rows: list


@dataclass
class Img:
    """A drawn picture (mock-up, chart, org chart): boxes with these labels."""
    labels: list
    caption: str = ""


@dataclass
class Slide:
    """A deck slide: title, bullets, optional table, speaker notes."""
    title: str
    labels: dict = field(default_factory=dict)
    bullets: list = field(default_factory=list)
    table: list | None = None
    notes: str = ""
    image: list | None = None  # labels of a drawn picture placed on the slide


HEADINGS = (H, B)


def words(text: str) -> int:
    return len(re.findall(r"\w[\w’'\-]*", text))


def block_words(block) -> int:
    if isinstance(block, P):
        return words(block.text)
    if isinstance(block, L):
        return sum(words(i) for i in block.items)
    if isinstance(block, T):
        return sum(words(c) for row in block.rows[1:] for c in row)  # header cells are not the student's text
    if isinstance(block, Img):
        return words(block.caption)
    return 0


# --------------------------------------------------------------------------- pictures
def picture(labels: list, name: str, folder: Path) -> Path:
    """A deterministic picture: a row of framed boxes with short labels and linking arrows."""
    img = Image.new("RGB", (900, 420), "white")
    d = ImageDraw.Draw(img)
    n = max(1, len(labels))
    w = 860 // n
    for i, label in enumerate(labels):
        x = 20 + i * w
        d.rectangle([x, 120, x + w - 30, 300], outline=(40, 70, 140), width=4, fill=(225, 235, 250))
        for j, line in enumerate(_wrap(label, 14)):
            d.text((x + 12, 140 + 18 * j), line, fill=(20, 20, 20))
        if i < n - 1:
            d.line([x + w - 30, 210, x + w, 210], fill=(40, 70, 140), width=4)
    path = folder / f"{name}.png"
    img.save(path, optimize=False)
    return path


def _wrap(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if len(line) + len(word) + 1 > width and line:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + [line]


# --------------------------------------------------------------------------- renderers
def render_docx(doc_def: dict, out: Path, tmp: Path) -> None:
    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = doc_def.get("font", "Calibri")
    style.font.size = Pt(11)
    if doc_def.get("title"):
        d.add_heading(doc_def["title"], 0)
    for line in doc_def.get("cover", []):
        d.add_paragraph(line)
    for i, block in enumerate(doc_def["blocks"]):
        if isinstance(block, H):
            d.add_heading(block.text, block.level)
        elif isinstance(block, B):
            run = d.add_paragraph().add_run(block.text)
            run.bold = True
            run.font.size = Pt(12)
        elif isinstance(block, P):
            d.add_paragraph(block.text)
        elif isinstance(block, L):
            for item in block.items:
                d.add_paragraph(item, style="List Bullet")
        elif isinstance(block, T):
            table = d.add_table(rows=len(block.rows), cols=len(block.rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(block.rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
                    if r == 0:
                        for run in table.cell(r, c).paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph()
        elif isinstance(block, Img):
            d.add_picture(str(picture(block.labels, f"img{i}", tmp)), width=Inches(5.5))
            if block.caption:
                d.add_paragraph(block.caption, style="Caption")
    _fix_core(d.core_properties)
    d.save(out)


def _fix_core(core) -> None:
    import datetime
    fixed = datetime.datetime(2026, 11, 20, 9, 0, 0)
    core.author = "student"
    core.last_modified_by = "student"
    core.created = fixed
    core.modified = fixed
    core.revision = 1


def render_markdown(doc_def: dict, tmp: Path) -> str:
    out = []
    if doc_def.get("title"):
        out.append(f"---\ntitle: \"{doc_def['title']}\"\n---\n")
    for line in doc_def.get("cover", []):
        out.append(line + "\n")
    for i, block in enumerate(doc_def["blocks"]):
        if isinstance(block, H):
            out.append("#" * block.level + " " + block.text + "\n")
        elif isinstance(block, B):
            out.append(f"**{block.text}**\n")
        elif isinstance(block, P):
            out.append(block.text + "\n")
        elif isinstance(block, L):
            out.append("\n".join(f"- {item}" for item in block.items) + "\n")
        elif isinstance(block, T):
            rows = [[c.replace("|", "/") or " " for c in row] for row in block.rows]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "|".join("---" for _ in rows[0]) + "|")
            out.extend("| " + " | ".join(row) + " |" for row in rows[1:])
            out.append("")
        elif isinstance(block, Img):
            path = picture(block.labels, f"img{i}", tmp)
            out.append(f"![{block.caption}]({path.name}){{width=5.5in}}\n")  # relative: pandoc runs in tmp
    return "\n".join(out)


def pandoc(markdown: str, out: Path, tmp: Path) -> None:
    src = tmp / "doc.md"
    src.write_text(markdown, encoding="utf-8")
    env = dict(os.environ, SOURCE_DATE_EPOCH="1795165200")  # 2026-11-20: pandoc stamps this instead of now
    subprocess.run(["pandoc", "-f", "markdown", str(src), "-o", str(out)], check=True, env=env, cwd=tmp)


def soffice(src: Path, fmt: str, out: Path, tmp: Path) -> None:
    """Convert with LibreOffice into `out` (same base name as src is produced in a scratch folder)."""
    outdir = tmp / "lo-out"
    outdir.mkdir(exist_ok=True)
    profile = Path(tempfile.gettempdir()) / "lo-accdata"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", fmt,
                    "--outdir", str(outdir), str(src)], check=True, capture_output=True, timeout=180)
    produced = outdir / (src.stem + "." + fmt.split(":")[0])
    shutil.move(produced, out)


def render_deck(doc_def: dict, out: Path, tmp: Path) -> None:
    prs = Presentation()
    first = prs.slides.add_slide(prs.slide_layouts[0])
    first.shapes.title.text = doc_def["title"]
    first.placeholders[1].text = "\n".join(doc_def.get("cover", []))
    for n, s in enumerate(doc_def["blocks"]):
        layout = prs.slide_layouts[5] if s.table else prs.slide_layouts[1]
        slide = prs.slides.add_slide(layout)
        slide.shapes.title.text = s.title
        if s.table:
            rows, cols = len(s.table), len(s.table[0])
            shape = slide.shapes.add_table(rows, cols, PInches(0.5), PInches(1.7), PInches(9), PInches(0.4) * rows)
            for r, row in enumerate(s.table):
                for c, cell in enumerate(row):
                    shape.table.cell(r, c).text = cell
                    for para in shape.table.cell(r, c).text_frame.paragraphs:
                        for run in para.runs:
                            run.font.size = PPt(12)
        else:
            body = slide.placeholders[1].text_frame
            for k, bullet in enumerate(s.bullets):
                para = body.paragraphs[0] if k == 0 else body.add_paragraph()
                para.text = bullet
                para.font.size = PPt(18)
        if s.image:
            slide.shapes.add_picture(str(picture(s.image, f"slide{n}", tmp)), PInches(2.5), PInches(4.6), PInches(5))
        if s.notes:
            slide.notes_slide.notes_text_frame.text = s.notes
    prs.core_properties.author = "student"
    import datetime
    prs.core_properties.created = prs.core_properties.modified = datetime.datetime(2026, 11, 20, 9, 0, 0)
    prs.core_properties.revision = 1
    prs.save(out)


# --------------------------------------------------------------------------- skeleton editing
def skeleton(doc_def: dict, deliverable, out: Path, tmp: Path) -> None:
    lang = doc_def["language"]
    folder = tmp / "skeleton"
    cmd = [str(REPO / ".venv" / "bin" / "mind-templates"), "new", doc_def["deliverable"], "--format", "docx",
           "-o", str(folder), "--doc-lang", lang, "--set", "date=2026-11-20"]
    for key, value in doc_def.get("cover", {}).items():
        cmd += ["--set", f"{key}={value}"]
    subprocess.run(cmd, check=True, capture_output=True)
    generated = next(folder.glob("*.docx"))
    d = docx.Document(generated)
    edits = doc_def["sections"]
    spans = _skeleton_spans(d)
    for sid, sec in edits.items():
        _edit_section(d, spans[sid], sec, tmp, sid)
    if doc_def.get("delete_guidance", True):
        keep = set(doc_def.get("keep_guidance", ()))
        for sid, (heading, body) in spans.items():
            if sid in keep:
                continue
            for el in body:
                if el.tag == W + "p" and _style(d, el).startswith("MT Guidance") and el.getparent() is not None:
                    el.getparent().remove(el)
    _fix_core(d.core_properties)
    d.save(out)


def _style(d, p) -> str:
    ppr = p.find(W + "pPr")
    sid = None if ppr is None or ppr.find(W + "pStyle") is None else ppr.find(W + "pStyle").get(W + "val")
    return d.styles.get_by_id(sid, 1).name if sid else "Normal"


def _skeleton_spans(d) -> dict:
    """Section id -> (heading element, [elements up to the next heading])."""
    spans, current = {}, None
    for el in list(d.element.body.iterchildren()):
        if el.tag == W + "p":
            marks = [b.get(W + "name") for b in el.iter(W + "bookmarkStart") if (b.get(W + "name") or "").startswith("mt_")]
            if marks and _style(d, el).startswith("Heading"):
                current = marks[0][3:].replace("_", "-")
                spans[current] = (el, [])
                continue
        if current is not None and el.tag != W + "sectPr":
            spans[current][1].append(el)
    return spans


def _text(el) -> str:
    return "".join(t.text or "" for t in el.iter(W + "t"))


def _edit_section(d, span, sec: dict, tmp: Path, sid: str) -> None:
    heading, body = span
    status = sec["status"]
    if status == "missing":  # the student deleted the heading and everything under it
        for el in [heading, *body]:
            el.getparent().remove(el)
        return
    if "retitle" in sec:
        _retitle(heading, sec["retitle"], sec.get("keep_bookmark", False))
    prompts = [el for el in body if el.tag == W + "p" and "[" in _text(el) and not _style(d, el).startswith("MT Guid")]
    tables = [el for el in body if el.tag == W + "tbl"]
    if status == "placeholder":
        return
    paragraphs = sec.get("text", [])
    anchor = prompts[0] if prompts else None
    if anchor is None:  # no prompt to replace: write after the guidance box
        guidance = [el for el in body if el.tag == W + "p" and _style(d, el).startswith("MT Guid")]
        anchor_after = guidance[-1] if guidance else heading
    for text in paragraphs:
        new = d.add_paragraph(text)._p
        if anchor is not None:
            anchor.addprevious(new)
        else:
            anchor_after.addnext(new)
            anchor_after = new
    if "image" in sec:
        figure = next((el for el in body if el.tag == W + "p" and _style(d, el) == "MT Figure"), None)
        pic = d.add_paragraph()
        pic.add_run().add_picture(str(picture(sec["image"], f"sk-{sid}", tmp)), width=Inches(5.5))
        (figure if figure is not None else (anchor if anchor is not None else heading)).addnext(pic._p)
        if figure is not None:
            figure.getparent().remove(figure)
        caption = next((el for el in body if el.tag == W + "p" and _style(d, el) == "Caption"), None)
        if caption is not None and sec.get("caption"):
            docx.text.paragraph.Paragraph(caption, d).text = sec["caption"]
    for el in prompts:
        if _style(d, el) == "MT Figure" and "image" not in sec and status != "ok":
            continue
        if el.getparent() is not None and (status in ("ok", "thin", "empty")):
            el.getparent().remove(el)
    for rows, tbl in zip(sec.get("tables", []), tables):
        _fill_table(d, tbl, rows)


def _retitle(heading, text: str, keep_bookmark: bool) -> None:
    """Retype a heading the way an editor does: its runs replaced by one new run."""
    runs = heading.findall(W + "r")
    for r in runs[1:]:
        heading.remove(r)
    for t in runs[0].findall(W + "t")[1:]:
        runs[0].remove(t)
    runs[0].find(W + "t").text = text
    if not keep_bookmark:  # selecting the whole heading and typing over it takes the bookmark with it
        for tag in ("bookmarkStart", "bookmarkEnd"):
            for b in heading.findall(W + tag):
                heading.remove(b)


def _fill_table(d, tbl, rows: list) -> None:
    table = docx.table.Table(tbl, d)
    body = list(table.rows)[1:]
    while len(body) < len(rows):
        tbl.append(copy.deepcopy(body[-1]._tr))
        body = list(table.rows)[1:]
    for row, values in zip(body, rows):
        for cell, value in zip(row.cells, values):
            if value is not None:
                cell.text = value


# --------------------------------------------------------------------------- labels
def section_table(referential, deliverable_id: str) -> dict:
    deliverable = referential.get_deliverable(deliverable_id)
    return {s.id: s for s in deliverable.sections}


def labels_for(name: str, doc_def: dict, sections: dict) -> dict:
    """Copy the hand labels out of the source, refusing any the source's own text contradicts."""
    found: dict[str, dict] = {}
    kind = doc_def["path"]
    deck = kind == "deck"
    if kind == "skeleton":
        lang = doc_def["language"]
        for sid, sec in doc_def["sections"].items():
            # `heading`: a frozen file built under an older title of the section keeps that title
            heading = sec.get("retitle") or sec.get("heading") or sections[sid].title.values[lang]
            count = sum(words(t) for t in sec.get("text", [])) + sum(
                words(c or "") for rows in sec.get("tables", []) for row in rows for c in row[sec.get("skip_cols", 0):])
            count += words(sec.get("caption", ""))
            found[sid] = {"status": sec["status"], "heading": [heading], "words": count}
            if sec["status"] == "missing":
                found[sid] = {"status": "missing"}
    else:
        blocks = doc_def["blocks"]
        heads = [i for i, b in enumerate(blocks) if isinstance(b, HEADINGS + (Slide,))]
        for n, i in enumerate(heads):
            block = blocks[i]
            end = heads[n + 1] if n + 1 < len(heads) else len(blocks)
            if isinstance(block, Slide):
                count = sum(words(b) for b in block.bullets) + (
                    sum(words(c) for row in block.table[1:] for c in row) if block.table else 0)
            else:
                count = sum(block_words(b) for b in blocks[i + 1:end])
            for sid, status in block.labels.items():
                entry = found.setdefault(sid, {"status": status, "heading": [], "words": 0})
                if entry["status"] != status:
                    raise SystemExit(f"{name}: {sid} labelled both {entry['status']} and {status}")
                entry["heading"].append(block.text if not isinstance(block, Slide) else block.title)
                entry["words"] += count
    for sid in doc_def.get("missing", []):
        if sid in found:
            raise SystemExit(f"{name}: {sid} is both missing and under a heading")
        found[sid] = {"status": "missing"}
    unknown = set(found) - set(sections)
    absent = set(sections) - set(found)
    if unknown or absent:
        raise SystemExit(f"{name}: unknown section ids {sorted(unknown)}, unlabelled {sorted(absent)}")
    result, problems = {}, []
    for sid, section in sections.items():  # in the deliverable's order
        entry = found[sid]
        status = entry["status"]
        if status not in STATUSES:
            raise SystemExit(f"{name}: {sid}: unknown status {status}")
        if status != "missing":
            problem = _consistent(status, entry["words"], None if deck else section.min_words)
            if problem:
                problems.append(f"{name}: {sid}: {problem}")
        out = {"status": status}
        if status != "missing":
            headings = [_as_typeset(h, doc_def) for h in entry["heading"]]
            out["heading"] = headings[0] if len(headings) == 1 else headings
            out["words"] = entry["words"]
        result[sid] = out
    if problems:
        raise SystemExit("\n".join(problems))
    return result


def _as_typeset(heading: str, doc_def: dict) -> str:
    """The heading as it reads in the built file: pandoc's smart typography curls straight apostrophes."""
    via_pandoc = doc_def["path"] == "pandoc" or doc_def.get("via") == "odt"
    return heading.replace("'", "\u2019") if via_pandoc else heading


def _consistent(status: str, count: int, minimum: int | None) -> str | None:
    """The labels must agree with the words the source wrote, with a margin so that no label sits on the edge."""
    problem = None
    if status == "ok" and count == 0:
        problem = "labelled ok but holds no words"
    elif status == "ok" and minimum and count * 10 < minimum * 11:  # in integers: 110 of 100 is 10 % over
        problem = f"labelled ok with {count} words, minimum {minimum} (keep a 10% margin)"
    elif status == "thin" and not minimum:
        problem = "labelled thin but the section has no minimum"
    elif status == "thin" and not 0 < count * 10 <= minimum * 8:
        problem = f"labelled thin with {count} words, minimum {minimum} (keep it under 80%)"
    elif status in ("empty", "placeholder") and count:
        problem = f"labelled {status} but holds {count} words"
    return problem


# --------------------------------------------------------------------------- packaging
def normalise(path: Path) -> None:
    """Fixed zip timestamps and document dates, so that a rebuild of the same source gives the same bytes."""
    with zipfile.ZipFile(path) as z:
        items = [(info.filename, z.read(info.filename)) for info in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml" or name == "docProps/app.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*", r"\g<1>" + FIXED_DATE, text)
                text = re.sub(r"<TotalTime>\d+</TotalTime>", "<TotalTime>0</TotalTime>", text)
                data = text.encode("utf-8")
            if name.endswith(".xml") and b"<a:fld " in data:  # LibreOffice draws a fresh GUID for every field
                counter = iter(range(1, 100000))
                data = re.sub(rb'<a:fld id="\{[0-9A-Fa-f-]{36}\}"',
                              lambda m: b'<a:fld id="{00000000-0000-4000-8000-%012d}"' % next(counter), data)
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    path.write_bytes(buf.getvalue())


def _render(name: str, doc_def: dict, kind: str, via: str | None, out: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="realistic-") as t:
        tmp = Path(t)
        if kind == "scratch-docx":
            render_docx(doc_def, out, tmp)
        elif kind == "pandoc":
            pandoc(render_markdown(doc_def, tmp), out, tmp)
        elif kind == "libreoffice" and via == "odt":  # Markdown -> pandoc ODT -> LibreOffice docx
            odt = tmp / f"{name}.odt"
            pandoc(render_markdown(doc_def, tmp), odt, tmp)
            soffice(odt, "docx:MS Word 2007 XML", out, tmp)
        elif kind == "libreoffice" and via == "roundtrip":  # python-docx -> opened and saved by LibreOffice
            first = tmp / "first" / f"{name}.docx"
            first.parent.mkdir()
            render_docx(doc_def, first, tmp)
            soffice(first, "docx:MS Word 2007 XML", out, tmp)
        elif kind == "libreoffice":
            raise SystemExit(f"{name}: a libreoffice document needs via: odt or roundtrip")
        elif kind == "deck":
            if via == "roundtrip":
                first = tmp / "first" / f"{name}.pptx"
                first.parent.mkdir()
                render_deck(doc_def, first, tmp)
                soffice(first, "pptx:Impress MS PowerPoint 2007 XML", out, tmp)
            else:
                render_deck(doc_def, out, tmp)
        elif kind == "skeleton":
            skeleton(doc_def, None, out, tmp)
    normalise(out)


def load_source(path: Path) -> dict:
    spec = importlib.util.spec_from_file_location(f"realistic_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    sys.modules.setdefault("build", sys.modules[__name__])  # sources import the vocabulary from here
    sys.path.insert(0, str(SOURCES))
    spec.loader.exec_module(module)
    return module.DOC


def build_one(name: str, doc_def: dict, referential) -> dict:
    kind = doc_def["path"]
    if kind not in PATHS:
        raise SystemExit(f"{name}: unknown path {kind}")
    sections = section_table(referential, doc_def["deliverable"])
    # render_deck lays a table slide out without a body: its bullets would be counted in the labels, never shown.
    crowded = [b.title for b in doc_def.get("blocks", []) if isinstance(b, Slide) and b.table and b.bullets]
    if crowded:
        raise SystemExit(f"{name}: slides with both a table and bullets (the bullets would not show): {crowded}; "
                         "move the bullets to the notes or to a slide of their own")
    labels = labels_for(name, doc_def, sections)  # refuse bad labels before spending time on a build
    ext = "pptx" if kind == "deck" else "docx"
    out = DOCS / f"{name}.{ext}"
    via = doc_def.get("via")
    if doc_def.get("frozen"):  # the committed file is the document; its recipe no longer exists (README)
        if not out.exists():
            raise SystemExit(f"{name}: frozen, but {out} is not there to keep")
    else:
        _render(name, doc_def, kind, via, out)
    return {
        "file": f"docs/{out.name}",
        "deliverable": doc_def["deliverable"],
        "path": kind,
        "via": via or ("python-docx" if kind in ("scratch-docx", "skeleton") else
                       "python-pptx" if kind == "deck" else "markdown"),
        "language": doc_def["language"],
        "notes": " ".join(doc_def["notes"].split()),
        "sections": labels,
    }


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(REPO / "src"))
    from mind_templates.referential import load_referential  # the referential only: never the checker
    referential = load_referential()
    DOCS.mkdir(exist_ok=True)
    only = argv[0] if argv else None
    existing = yaml.safe_load(LABELS.read_text(encoding="utf-8")) if LABELS.exists() and only else {"documents": []}
    entries = {d["file"]: d for d in existing["documents"]}
    for path in sorted(SOURCES.glob("*.py")):
        if path.name.startswith("_") or (only and only not in path.stem):
            continue
        entry = build_one(path.stem, load_source(path), referential)
        entries[entry["file"]] = entry
        print(f"built {entry['file']}  ({entry['deliverable']}, {entry['path']})")
    header = ("# Written by build.py from the labels in sources/*.py: edit the sources, never this file.\n"
              "# Labels were decided by hand from the text each source wrote, before any run of `check`.\n")
    body = yaml.safe_dump({"documents": [entries[k] for k in sorted(entries)]}, allow_unicode=True,
                          sort_keys=False, width=110)
    LABELS.write_text(header + body, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
