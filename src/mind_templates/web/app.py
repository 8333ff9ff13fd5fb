"""The Starlette application of `mind-templates serve`: the referential, generate, check and the jury grids.

Stateless: every request works in its own private temporary folder, removed before the response is sent
(downloads are read into memory first), so nothing a user sends outlives the request, even on error.
Nothing is logged but counts and timings.
"""

from __future__ import annotations

import asyncio
import io
import logging
import threading
import time
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import anyio
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from ..errors import MindTemplatesError
from ..i18n import Interface, activate, available_languages
from ..model import Referential
from .http import RequestTooLarge, SecurityMiddleware, content_disposition, page_language
from .limits import UploadLimits
from .uploads import UploadRefused, private_folder, remove_folder, save_uploads

LOG = logging.getLogger("mind_templates.web")
_TEMPLATES = Path(__file__).with_name("templates")
_MEDIA_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "pptm": "application/vnd.ms-powerpoint.presentation.macroEnabled.12",  # an annotated .pptm stays a .pptm
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "zip": "application/zip",
    "csv": "text/csv; charset=utf-8",
    "html": "text/html; charset=utf-8",
}
# The check report formats the page offers as downloads (the class report for a zip of submissions).
_REPORT_DOWNLOADS = ("csv", "html")
# The library's `_` reads one process-wide active language: pages in two languages at once take turns.
_LANGUAGE_LOCK = threading.Lock()


@dataclass
class WebConfig:
    referential_source: str | None = None
    workers: int = 2  # checks running at once, each in its own worker process
    queue: int = 8  # check requests waiting for a worker; beyond that, 503
    retry_after: int = 10  # seconds, told to clients turned away
    limits: UploadLimits = field(default_factory=UploadLimits)
    temp_root: str | None = None  # where private folders are made (default: the system's)
    time_budget: float = 20.0  # seconds per file, as in check
    memory_limit_mb: int = 1536  # per worker, as in check
    checker: str | None = None  # "module:function" analysing one file in a worker; None: check's own


class _Capacity:
    """Bounded concurrency: `workers` checks run, `queue` wait, the rest are told to come back later."""

    def __init__(self, workers: int, queue: int) -> None:
        self.admitted = 0
        self.running = 0
        self.limit = workers + queue
        self.semaphore = asyncio.Semaphore(workers)

    def admit(self) -> bool:
        if self.admitted >= self.limit:
            return False
        self.admitted += 1
        return True

    def leave(self) -> None:
        self.admitted -= 1


def create_app(config: WebConfig | None = None) -> Any:
    """The ASGI application (Starlette, wrapped in the security middleware)."""
    config = config or WebConfig()
    from ..referential import load_referential

    referential: Referential = load_referential(config.referential_source)
    env = Environment(loader=FileSystemLoader(_TEMPLATES), autoescape=select_autoescape(["html"]),
                      trim_blocks=True, lstrip_blocks=True)
    capacity = _Capacity(config.workers, config.queue)
    stats = {"checks": 0, "files": 0, "generated": 0, "refused": 0}

    def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        lang = request.state.lang
        ui = Interface(lang)
        text_lang = lang if lang in referential.languages else referential.languages[0]
        html = env.get_template(name).render(
            _=ui.gettext, ngettext=ui.ngettext, lang=lang, t=text_lang, languages=available_languages(),
            referential=referential, path=request.url.path, limits=config.limits, **context,
        )
        response = HTMLResponse(html, status_code=status)
        if request.query_params.get("lang") == lang:
            response.set_cookie("lang", lang, max_age=365 * 86400, samesite="strict", httponly=True)
        return response

    def with_language(handler):
        async def wrapped(request: Request) -> Response:
            request.state.lang = page_language(request.query_params.get("lang"), request.cookies.get("lang"),
                                               request.headers.get("accept-language"))
            return await handler(request)
        return wrapped

    def download(data: bytes, filename: str, fmt: str) -> Response:
        return Response(data, media_type=_MEDIA_TYPES[fmt], headers={"content-disposition": content_disposition(filename)})

    def refused(request: Request, message: str, status: int, headers: dict[str, str] | None = None) -> HTMLResponse:
        stats["refused"] += 1
        response = page(request, "error.html", status=status, message=message)
        response.headers.update(headers or {})
        return response

    # --- pages

    async def health(request: Request) -> Response:
        return JSONResponse({"status": "ok", "checks_running": capacity.running, "checks_admitted": capacity.admitted})

    async def stylesheet(request: Request) -> Response:
        from ..writers.docx.writer import ACCENT, HEADER_FILL, LABEL_FILL

        css = env.get_template("style.css").render(header=HEADER_FILL, accent=ACCENT, label=LABEL_FILL)
        return Response(css, media_type="text/css", headers={"cache-control": "public, max-age=3600"})

    async def home(request: Request) -> Response:
        return page(request, "home.html")

    async def deliverable_page(request: Request) -> Response:
        deliverable = referential.get_deliverable(request.path_params["id"])
        if deliverable is None:
            raise HTTPException(404)
        return deliverable_form(request, deliverable, {}, None)

    def deliverable_form(request: Request, deliverable, values: dict[str, str], error: str | None,
                         status: int = 200) -> HTMLResponse:
        """The `show` data and the generate form; referential texts rendered as the documents render them."""
        from ..writers.common import RenderRequest

        lang = request.state.lang
        text_lang = lang if lang in referential.languages else referential.languages[0]
        texts = RenderRequest(referential=referential, deliverable=deliverable, doc_lang=text_lang, oral_lang=text_lang)
        return page(request, "deliverable.html", status=status, d=deliverable,
                    a=referential.assessment(deliverable.assessment), fields=_form_fields(deliverable),
                    values=values, error=error, labels=_field_labels(referential, deliverable, lang),
                    guidance={s.id: texts.text(s.guidance) for s in deliverable.sections})

    # --- generate

    async def generate_files(request: Request) -> Response:
        form = await _read_form(request, config.limits)
        if isinstance(form, Response):
            return form
        assessment = referential.get_assessment(str(form.get("assessment", "")))
        if assessment is not None:  # every deliverable of an assessment, with their default formats, in one zip
            data, name = await anyio.to_thread.run_sync(_generate, referential, list(
                referential.deliverables_of(assessment.id)), {}, "zip", request.state.lang, config.temp_root,
                assessment.id)
            stats["generated"] += 1
            return download(data, name, "zip")
        deliverable = referential.get_deliverable(str(form.get("deliverable", "")))
        if deliverable is None:
            raise HTTPException(404)
        values = {key: str(form.get(key, "")).strip() for key in _form_fields(deliverable)}
        fmt = str(form.get("format", "zip"))
        if fmt not in (*deliverable.formats, "zip"):
            fmt = "zip"
        try:
            data, name = await anyio.to_thread.run_sync(_generate, referential, [deliverable], values, fmt,
                                                         request.state.lang, config.temp_root, deliverable.id)
        except MindTemplatesError as error:
            return deliverable_form(request, deliverable, values, str(error), 422)
        stats["generated"] += 1
        return download(data, name, name.rsplit(".", 1)[1])

    # --- check

    def check_page(request: Request, reports, notes, status: int = 200) -> HTMLResponse:
        from ..check.labels import SECTION_STATUS_SYMBOLS, Labels

        return page(request, "check.html", status=status, reports=reports, notes=notes,
                    labels=Labels(request.state.lang), symbols=SECTION_STATUS_SYMBOLS)

    async def check_form(request: Request) -> Response:
        return check_page(request, None, [])

    async def check_files(request: Request) -> Response:
        ui = Interface(request.state.lang)
        if not capacity.admit():
            return refused(request, ui.gettext("The checker is busy; try again in {n} seconds.", n=config.retry_after),
                           503, {"retry-after": str(config.retry_after)})
        try:
            return await _check(request, ui)
        finally:
            capacity.leave()

    async def _check(request: Request, ui: Interface) -> Response:
        started = time.perf_counter()
        form = await _read_form(request, config.limits)
        if isinstance(form, Response):
            return form
        uploads = [u for u in form.getlist("files") if hasattr(u, "filename") and u.filename]
        action = str(form.get("action", "report"))
        if not uploads:
            return check_page(request, None, [ui.gettext("Choose at least one .docx or .pptx file.")], 400)
        if len(uploads) > config.limits.max_files:
            return refused(request, ui.gettext("at most {n} files can be checked at once; send them in several goes",
                                               n=config.limits.max_files), 413)
        folder = private_folder(config.temp_root)
        try:
            try:
                saved, notes = save_uploads([(u.filename, u.file) for u in uploads], folder, config.limits, ui)
            except UploadRefused as error:
                return refused(request, str(error), error.status)
            finally:
                for upload in uploads:
                    await upload.close()
            async with capacity.semaphore:
                capacity.running += 1
                try:
                    reports = await anyio.to_thread.run_sync(
                        _run_checks, [s.path for s in saved], config, request.state.lang,
                        folder / "annotated" if action == "annotated" else None)
                finally:
                    capacity.running -= 1
            reports = [_shown(report, s.path.name, s.shown) for report, s in zip(reports, saved)]
            stats["checks"] += 1
            stats["files"] += len(reports)
            LOG.info("check: %d file(s) in %.2f s", len(reports), time.perf_counter() - started)
            if action == "annotated":
                return _annotated_download(reports, saved, ui) or check_page(request, reports, [*notes, ui.gettext(
                    "No annotated copy could be made: only readable Word files get one.")])
            if action in _REPORT_DOWNLOADS:
                from ..check.formats import report_format

                text = report_format(action)(lang=request.state.lang, referential=referential).render(reports)
                return download(text.encode("utf-8"), f"check.{action}", action)
            return check_page(request, reports, notes)
        finally:
            remove_folder(folder)

    def _annotated_download(reports, saved, ui) -> Response | None:
        copies = [(Path(r.annotated), s.shown) for r, s in zip(reports, saved) if r.annotated]
        if not copies:
            return None
        if len(copies) == 1:
            path, shown = copies[0]
            return download(path.read_bytes(), _annotated_name(shown, path), path.suffix.lstrip(".").lower())
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
            for index, (path, shown) in enumerate(copies):
                zf.writestr(f"{index + 1:02d}-{_safe_member(_annotated_name(shown, path))}", path.read_bytes())
        return download(buffer.getvalue(), "annotated.zip", "zip")

    # --- teacher

    def teacher_page(request: Request, error: str | None = None, status: int = 200) -> HTMLResponse:
        from ..kit.vars import DATE_KEYS, TEXT_KEYS, kit_labels

        return page(request, "teacher.html", status=status, error=error, kit_keys=TEXT_KEYS, date_keys=DATE_KEYS,
                    kit_labels=kit_labels(Interface(request.state.lang)))

    async def teacher(request: Request) -> Response:
        return teacher_page(request)

    async def kit(request: Request) -> Response:
        form = await _read_form(request, config.limits)
        if isinstance(form, Response):
            return form
        try:
            data, name = await anyio.to_thread.run_sync(_kit, referential, dict(form), request.state.lang,
                                                         config.temp_root)
        except MindTemplatesError as error:
            return teacher_page(request, str(error), 422)
        return download(data, name, "zip")

    async def grids(request: Request) -> Response:
        form = await _read_form(request, config.limits)
        if isinstance(form, Response):
            return form
        target = str(form.get("target", ""))
        fmt = str(form.get("format", "all"))
        names = [n.strip() for n in str(form.get("candidates", "")).splitlines() if n.strip()]
        try:
            data, name = await anyio.to_thread.run_sync(_grids, referential, target, fmt, names,
                                                         str(form.get("grid_lang", "")), request.state.lang,
                                                         config.temp_root)
        except MindTemplatesError as error:
            return teacher_page(request, str(error), 422)
        return download(data, name, name.rsplit(".", 1)[1])

    async def _read_form(request: Request, limits: UploadLimits):
        ui = Interface(request.state.lang)
        try:
            return await request.form(max_files=limits.max_files + 1, max_fields=200)
        except RequestTooLarge:
            return refused(request, _too_large(ui, limits), 413)
        except HTTPException as error:
            if "Too many files" in str(error.detail):
                return refused(request, ui.gettext("at most {n} files can be checked at once; send them in "
                                                   "several goes", n=limits.max_files), 413)
            return refused(request, ui.gettext("The form could not be read; reload the page and send it again."), 400)

    async def not_found(request: Request, exc: Exception) -> Response:
        if not hasattr(request.state, "lang"):
            request.state.lang = page_language(None, request.cookies.get("lang"), request.headers.get("accept-language"))
        ui = Interface(request.state.lang)
        return page(request, "error.html", status=404, message=ui.gettext("There is no such page."))

    routes = [
        Route("/health", health),
        Route("/static/style.css", stylesheet),
        Route("/", with_language(home)),
        Route("/deliverable/{id}", with_language(deliverable_page)),
        Route("/generate", with_language(generate_files), methods=["POST"]),
        Route("/check", with_language(check_form)),
        Route("/check", with_language(check_files), methods=["POST"]),
        Route("/teacher", with_language(teacher)),
        Route("/grids", with_language(grids), methods=["POST"]),
        Route("/kit", with_language(kit), methods=["POST"]),
    ]
    app = Starlette(routes=routes, exception_handlers={404: not_found})
    app.state.stats = stats

    async def too_large_page(scope, receive, send) -> None:
        request = Request(scope, receive)
        request.state.lang = page_language(request.query_params.get("lang"), request.cookies.get("lang"),
                                           request.headers.get("accept-language"))
        stats["refused"] += 1
        response = page(request, "error.html", status=413, message=_too_large(Interface(request.state.lang),
                                                                                config.limits))
        response.headers["connection"] = "close"
        await response(scope, receive, send)

    return SecurityMiddleware(app, config.limits.max_request_bytes, too_large_page)


def _too_large(ui: Interface, limits: UploadLimits) -> str:
    return ui.gettext("The files sent are larger than {mb} MB in all, the limit for one request; send fewer at once.",
                      mb=limits.max_request_bytes // 1024**2)


def _field_labels(referential, deliverable, lang: str) -> dict[str, str]:
    from ..writers.common import field_label

    assessment = referential.assessment(deliverable.assessment)
    return {key: field_label(assessment, key, Interface(lang)) for key in _form_fields(deliverable)}


def _form_fields(deliverable) -> list[str]:
    """The cover fields the form asks for: the referential's fields, and the deck's duration when there is a deck."""
    from ..writers.common import USER_FIELDS

    return [key for key in USER_FIELDS if key != "duration" or "pptx" in deliverable.formats]


def _generate(referential, deliverables: list, values: dict[str, str], fmt: str, lang: str,
              temp_root: str | None, zip_stem: str) -> tuple[bytes, str]:
    """The same plan and validation as `new --set`, written into a private folder; the bytes and a file name."""
    from ..generate import GenerationPlan, generate
    from ..writers.common import parse_fields

    folder = private_folder(temp_root)
    try:
        with _LANGUAGE_LOCK:
            activate(lang)
            fields = parse_fields({k: v for k, v in values.items() if v})
            plan = GenerationPlan.make(referential, deliverables, fmt="all" if fmt == "zip" else fmt,
                                       output_dir=folder, fields=fields)
            paths = list(generate(plan))
        return _one_or_zip(paths, f"{zip_stem}.zip")
    finally:
        remove_folder(folder)


def _grids(referential, target: str, fmt: str, names: list[str], grid_lang: str, lang: str,
           temp_root: str | None) -> tuple[bytes, str]:
    from ..grids import GRID_FORMATS, GridPlan, write_grids
    from ..grids.model import default_language

    folder = private_folder(temp_root)
    try:
        with _LANGUAGE_LOCK:
            activate(lang)
            chosen = grid_lang if grid_lang in referential.languages else default_language(referential)
            plan = GridPlan.make(referential, [target], fmt=fmt if fmt in GRID_FORMATS else "all",
                                 output_dir=folder, lang=chosen, candidates=names)
            paths = list(write_grids(plan))
        return _one_or_zip(paths, f"{target}.grid.{chosen}.zip")
    finally:
        remove_folder(folder)


def _one_or_zip(paths: list[Path], zip_name: str) -> tuple[bytes, str]:
    """One file as it is; several in a zip. Read into memory so the private folder can go before the answer."""
    if len(paths) == 1:
        return paths[0].read_bytes(), paths[0].name
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in paths:
            zf.write(path, path.name)
    return buffer.getvalue(), zip_name


def _run_checks(paths: list[Path], config: WebConfig, lang: str, annotate_dir: Path | None) -> list:
    """The CLI's worker pool, with its time and memory bounds: one worker per request, `workers` requests at once."""
    from ..check.model import CheckOptions
    from ..check.runner import DEFAULT_CHECKER, run_checks

    options = CheckOptions(lang=lang, time_budget=config.time_budget, memory_limit_mb=config.memory_limit_mb,
                           annotate_dir=str(annotate_dir) if annotate_dir else None)
    return list(run_checks(paths, config.referential_source, options, jobs=1,
                           checker=config.checker or DEFAULT_CHECKER))


def _shown(report, disk_name: str, shown: str):
    """The report as the user knows the file: their name in place of the generated one, and no server path."""
    def fix(text: str) -> str:
        return text.replace(disk_name, shown)

    error = replace(report.error, message=fix(report.error.message)) if report.error else None
    findings = tuple(replace(f, message=fix(f.message)) for f in report.findings)
    notes = tuple(fix(n) for n in report.notes)
    return replace(report, file=shown, error=error, findings=findings, notes=notes)


def _annotated_name(shown: str, annotated: Path) -> str:
    """The user's base name with `.annotated` and the copy's own extension (a deck stays a deck)."""
    base = shown.replace("\\", "/").rsplit("/", 1)[-1]
    stem = base.rsplit(".", 1)[0] if "." in base else base
    return f"{stem}.annotated{annotated.suffix.lower()}"


def _safe_member(name: str) -> str:
    return "".join(c if c.isalnum() or c in "._- " else "_" for c in name)


def _kit(referential, form: dict, lang: str, temp_root: str | None) -> tuple[bytes, str]:
    """The kit form read as kit.yaml is (the same validation), written as `kit` writes a zip, in a private folder."""
    from ..kit import KitPlan, write_kit
    from ..kit.vars import TEXT_KEYS, parse_kit_vars

    data: dict = {key: str(form[key]).strip() for key in TEXT_KEYS if str(form.get(key, "")).strip()}
    names = [n.strip() for n in str(form.get("candidates", "")).splitlines() if n.strip()]
    if names:
        data["candidates"] = names
    assessment_id = str(form.get("assessment", ""))
    folder = private_folder(temp_root)
    try:
        with _LANGUAGE_LOCK:
            activate(lang)
            interviews = tuple(i.id for i in referential.interview_types)
            plan = KitPlan.make(referential, assessment_id, parse_kit_vars(data, "kit", interviews))
            written, _kept = write_kit(plan, folder / f"{assessment_id}.kit.zip")
        return written[0].read_bytes(), written[0].name
    finally:
        remove_folder(folder)
