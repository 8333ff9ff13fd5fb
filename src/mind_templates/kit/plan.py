"""Plans every file of a kit, then writes them: nothing existing is replaced without force.

Layout of a kit (a folder, or the same tree in one zip):
    index.html, index.<lang>.docx      every file, the deadline, what each one hands in
    brief.<lang>.docx                  the teacher's case
    <folder>/                          one per candidate or team: skeletons (or the dossier) and the grid
    jury/<assessment>.grid.<lang>.xlsx the class workbook
    jury/<folder>.<type>.role-card|observation.<lang>.docx   role plays only
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable, Iterator

from ..dossier import deliverables_to_write
from ..errors import UsageError
from ..generate import GenerationPlan
from ..grids import GridPlan
from ..grids.model import default_language
from ..grids.plan import grid_writer
from ..i18n import _
from ..model import Assessment, Referential
from ..writers.output import output_name, refuse_existing, save_file
from ..writers.registry import WRITERS
from .names import unique_folder_names
from .stamps import Stamps, can_stamp
from .sheets import SheetContext, write_brief, write_index_docx, write_observation_sheet, write_role_card
from .vars import KitVars

JURY_FOLDER = "jury"
INDEX, WORKBOOK = "index", "workbook"
RECRUITMENT = "REC"  # every candidate of the role plays conducts a recruitment interview …
ASSIGNED = ("EM", "EB", "ER", "EL")  # … and one of these, from kit.yaml or in turn


@dataclass(frozen=True)
class KitFile:
    path: str  # relative to the kit's root, '/'-separated
    write: Callable[[Path], None]
    owner: str = ""  # the candidate or team folder it belongs to; "" for the kit's shared files
    role: str = ""  # INDEX (rewritten on every run, see `write_kit`), WORKBOOK, or "" for the others


@dataclass(frozen=True)
class Member:
    name: str  # a candidate, or a team
    folder: str
    people: tuple[str, ...]  # the candidates it stands for


@dataclass(frozen=True)
class KitPlan:
    assessment: Assessment
    files: tuple[KitFile, ...]
    members: tuple[Member, ...]
    notes: tuple[str, ...] = ()

    def new_members(self, kept: list[str]) -> list[Member]:
        """The candidates or teams none of whose files were kept: those a rerun added."""
        kept_owners = {f.owner for f in self.files if f.path in set(kept)}
        return [m for m in self.members if m.folder not in kept_owners]

    def workbook(self) -> str | None:
        return next((f.path for f in self.files if f.role == WORKBOOK), None)

    @classmethod
    def make(cls, referential: Referential, assessment_id: str, kit: KitVars, *, today: date | None = None,
             stamped: bool = True) -> "KitPlan":
        """`stamped`: render each skeleton once and write each candidate's name into a copy (see stamps.py);
        False renders every file itself (the tests compare the two)."""
        assessment = referential.get_assessment(assessment_id)
        if assessment is None:
            from ..model import nearest_ids

            near = nearest_ids(assessment_id, [a.id for a in referential.assessments])
            raise UsageError(_("unknown assessment {id!r}; use one of {known}", id=assessment_id,
                               known=", ".join(near or [a.id for a in referential.assessments])))
        return _Planner(referential, assessment, kit, today or date.today(), Stamps() if stamped else None).plan()


class _Planner:
    def __init__(self, referential: Referential, assessment: Assessment, kit: KitVars, today: date,
                 stamps: Stamps | None) -> None:
        self.ref, self.assessment, self.kit, self.today, self.stamps = referential, assessment, kit, today, stamps
        self.deliverables = list(referential.deliverables_of(assessment.id))
        self.doc_lang = self.deliverables[0].document_language
        self.oral_lang = assessment.oral.language if assessment.oral else self.deliverables[0].oral_language
        self.grid_lang = default_language(referential)
        self.files: list[KitFile] = []

    def members(self) -> list[Member]:
        if self.kit.teams:
            folders = unique_folder_names([t.name for t in self.kit.teams], fallback="team", reserved=(JURY_FOLDER,))
            return [Member(t.name, f, t.members) for t, f in zip(self.kit.teams, folders)]
        names = list(self.kit.candidates) or [_("Candidate {n}", n=1)]
        return [Member(n, f, (n,)) for n, f in zip(names, unique_folder_names(names, reserved=(JURY_FOLDER,)))]

    def cover_fields(self, member: Member) -> dict[str, str]:
        """The covers' values: who, the client or the case's company, the case as the project, the deadline."""
        kit, a = self.kit, self.assessment
        fields = {"school": kit.text("school"), "date": kit.text("deadline")}
        if self.kit.teams:
            fields["team"] = f"{member.name} ({', '.join(member.people)})" if member.people else member.name
        else:
            fields["candidate"] = member.name
        client = kit.text("client")
        fields["client" if a.has_field("client") else "company"] = client
        if a.has_field("project"):
            fields["project"] = kit.text("case")
        return {k: v for k, v in fields.items() if v}

    def plan(self) -> KitPlan:
        members = self.members()
        ctx = SheetContext(self.ref, self.assessment, self.kit, self.doc_lang)
        self.add(output_name("brief", self.doc_lang, "docx"), lambda p: write_brief(ctx, self.deliverables, p))
        for member in members:
            self.member_files(member)
        self.jury_files(members)
        hand_ins = self.hand_ins(members)
        listed = sorted([f.path for f in self.files] + ["index.html", output_name("index", self.doc_lang, "docx")])
        self.add(output_name("index", self.doc_lang, "docx"), lambda p: write_index_docx(ctx, hand_ins, listed, p),
                 role=INDEX)
        self.add("index.html", lambda p: p.write_text(render_index(ctx, hand_ins, listed), encoding="utf-8"),
                 role=INDEX)
        notes = []
        if not self.kit.candidates and not self.kit.teams:
            notes.append(_("kit.yaml names no candidates: one blank folder is written; list them under candidates "
                           "or teams"))
        return KitPlan(self.assessment, tuple(self.files), tuple(members), tuple(notes))

    def add(self, path: str, write: Callable[[Path], None], owner: str = "", role: str = "") -> None:
        self.files.append(KitFile(path, write, owner, role))

    def member_files(self, member: Member) -> None:
        targets = deliverables_to_write(self.ref, self.assessment)
        if self.assessment.kind == "role-play":
            wanted = {RECRUITMENT, self.interview_of(member)}
            targets = [d for d in targets if d.interview in wanted]
        plan = GenerationPlan.make(self.ref, targets, output_dir=Path(member.folder), fields=self.cover_fields(member),
                                   today=self.today)
        field = "team" if self.kit.teams else "candidate"
        for planned in plan.files:
            write = WRITERS[planned.fmt].load()
            value = planned.request.fields.get(field, "")
            if self.stamps is not None and value and can_stamp(planned.request.deliverable, value):
                self.add(planned.path.as_posix(), lambda p, w=write, r=planned.request, v=value, f=planned.fmt:
                         self.stamps.write(w, r, field, v, f, p), member.folder)
            else:
                self.add(planned.path.as_posix(), lambda p, w=write, r=planned.request: w(r, p), member.folder)
        grid_fields = {"team": member.name} if self.kit.teams else {"candidate": member.name}
        grid_fields.update({k: v for k, v in (("school", self.kit.text("school")),
                                              ("date", self.kit.text("oral_date"))) if v})
        grid = GridPlan.make(self.ref, [self.assessment.id], fmt="docx", output_dir=Path(member.folder),
                             lang=self.grid_lang, fields=grid_fields)
        for planned_grid in grid.files:
            writer = grid_writer(planned_grid.fmt)
            self.add(planned_grid.path.as_posix(), lambda p, w=writer, g=planned_grid.grid: w(g, p), member.folder)

    def interview_of(self, member: Member) -> str:
        """The interview kit.yaml assigns to a candidate, else EM, EB, ER, EL in turn down the class list."""
        assigned = self.kit.interviews.get(member.name)
        if assigned:
            return assigned
        names = [m for m in (self.kit.candidates or (member.name,))]
        return ASSIGNED[names.index(member.name) % len(ASSIGNED)] if member.name in names else ASSIGNED[0]

    def jury_files(self, members: list[Member]) -> None:
        people = [p for m in members for p in m.people] if self.kit.teams else [m.name for m in members]
        grid = GridPlan.make(self.ref, [self.assessment.id], fmt="xlsx", output_dir=Path(JURY_FOLDER),
                             lang=self.grid_lang, candidates=people,
                             fields={"school": self.kit.text("school")} if self.kit.text("school") else {})
        for planned in grid.files:
            writer = grid_writer(planned.fmt)
            self.add(planned.path.as_posix(), lambda p, w=writer, g=planned.grid, c=grid.candidates: w(g, p, c),
                     role=WORKBOOK)
        if self.assessment.kind != "role-play":
            return
        ctx = SheetContext(self.ref, self.assessment, self.kit, self.oral_lang)
        for member in members:
            for kind in (RECRUITMENT, self.interview_of(member)):
                interview = self.ref.interview_type(kind)
                stem = f"{JURY_FOLDER}/{member.folder}.{kind}"
                self.add(f"{stem}.{output_name('role-card', self.oral_lang, 'docx')}",
                         lambda p, i=interview, m=member: write_role_card(ctx, i, m.name, p), member.folder)
                self.add(f"{stem}.{output_name('observation', self.oral_lang, 'docx')}",
                         lambda p, i=interview, m=member: write_observation_sheet(ctx, i, m.name, p), member.folder)

    def hand_ins(self, members: list[Member]) -> list[tuple[str, str, list[str]]]:
        """(name, folder, the files that name hands in): its skeletons, filled in."""
        rows = []
        for member in members:
            own = [f.path.split("/", 1)[1] for f in self.files
                   if f.owner == member.folder and f.path.startswith(member.folder + "/") and ".grid." not in f.path]
            rows.append((member.name, member.folder, own))
        return rows


def render_index(ctx: SheetContext, hand_ins: list[tuple[str, str, list[str]]], files: list[str]) -> str:
    """index.html: one self-contained page (inline style, no script, no outside resource)."""
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(loader=PackageLoader("mind_templates", "kit"), autoescape=select_autoescape(["html", "j2"]))
    ui = ctx.ui
    return env.get_template("index.html.j2").render(
        lang=ctx.lang, ui=ui, assessment=ctx.assessment.title[ctx.lang],
        case=ctx.kit.text("case"), client=ctx.kit.text("client"), school=ctx.kit.text("school"),
        klass=ctx.kit.text("class"), teacher=ctx.kit.text("teacher"),
        deadline=ctx.value("deadline", ui.gettext("Deadline")), oral_date=ctx.value("oral_date", ui.gettext("Oral date")),
        oral=ctx.oral_line(), hand_ins=hand_ins, files=files,
    )


def write_kit(plan: KitPlan, target: Path, *, force: bool = False,
              progress: Callable[[str], None] | None = None) -> tuple[list[Path], list[str]]:
    """Write the kit into a folder, or into one zip when `target` ends in .zip; return (written, kept).

    A folder: files that exist are kept unless `force` (so a rerun with one more candidate adds that
    candidate's files only), except the index (index.html and its docx), rewritten atomically on every run:
    it is a listing derived from kit.yaml and this plan, which nobody fills in (what it says is changed in
    kit.yaml), and an index that leaves out a candidate is wrong. The class workbook is kept like the other
    files: the jury types marks into it (`KitPlan.new_members` says whom it lacks). A zip: written whole,
    through a temporary file, then moved into place.
    """
    if target.suffix.lower() == ".zip":
        refuse_existing([target], force)
        with tempfile.TemporaryDirectory(dir=target.parent if target.parent.exists() else None) as build:
            written, _kept = write_kit(plan, Path(build), force=True, progress=progress)
            save_file(target, lambda p: _zip(Path(build), [f.path for f in plan.files], p))
        return [target], []
    written, kept = [], []
    for kit_file in plan.files:
        path = target / kit_file.path
        if path.exists() and not force and kit_file.role != INDEX:
            kept.append(kit_file.path)
        else:
            written.append(save_file(path, kit_file.write))
        if progress is not None:
            progress(kit_file.path)
    return written, kept


def _zip(root: Path, paths: list[str], target: Path) -> None:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for relative in paths:
            archive.write(root / relative, relative)
