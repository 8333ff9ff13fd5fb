"""Find the files to check and check each one in a worker process with a time budget and a memory bound.

Why worker processes: a hostile file can make python-docx or lxml run for minutes or eat gigabytes
inside C code, where no Python-level timeout reaches. A process can always be killed, and its
address space can be bounded (RLIMIT_AS) without touching the command itself. So every file, even
with `--jobs 1`, is read by a worker; a worker that runs over the budget is killed and replaced,
and one that dies takes only its own file with it.

Workers are started with `forkserver` (fresh interpreter, then forks of it) where available, else
`spawn`: never a bare `fork` of a parent that may hold threads or locks. Each worker loads the
referential once, then takes one file at a time.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections import deque
from dataclasses import dataclass, field, replace
from multiprocessing.connection import wait
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..errors import MindTemplatesError
from ..i18n import Interface
from .model import CheckOptions, FileError, FileReport

__all__ = [
    "FOLDER_EXTENSIONS",
    "CHECKED_EXTENSIONS",
    "WorkerStartError",
    "collect_files",
    "default_jobs",
    "run_checks",
    "start_worker_server",
]

# What `check` reads: Word documents and decks. A folder is searched for these...
DECK_EXTENSIONS = (".pptx", ".pptm")
CHECKED_EXTENSIONS = (".docx", ".docm", *DECK_EXTENSIONS)
# ...and for these documents handed in a format `check` cannot read, so that they are reported with a
# clean error (legacy-format, not-office) instead of being silently left out of a teacher's run.
# PDFs are not collected from folders: a folder of submissions often holds the brief or the jury grid.
WRONG_FORMAT_EXTENSIONS = (".doc", ".ppt", ".odt", ".odp")
FOLDER_EXTENSIONS = CHECKED_EXTENSIONS + WRONG_FORMAT_EXTENSIONS

# The file error codes only the runner gives, with their lines in docs/check.md (after the reader's ERROR_CODES).
RUNNER_ERROR_CODES = {
    "time-budget": "Checking the file took longer than the per-file time budget (20 s); its worker was stopped.",
    "memory-limit": "Checking the file needed more memory than the per-worker bound (1536 MB of address space), or"
    " its worker was killed by the system (SIGKILL, as the out-of-memory killer does).",
}

# A worker that could not even start (import error, broken referential) is not a file's fault.
_STARTUP_SECONDS = 120.0
_MAX_START_FAILURES = 3
# How a worker says "MemoryError, and I could not even report it".
_EXIT_MEMORY = 86
# What the fork server imports before forking any worker: this module, python-docx, the analysis and the
# referential (worker_preload.py); python-pptx too, first, when there may be decks to read.
_PRELOAD = ["mind_templates.check.worker_preload"]
_DECK_PRELOAD = ["pptx", *_PRELOAD]


class WorkerStartError(MindTemplatesError):
    """No worker process could be started: the run cannot check anything."""

    code = "worker-start"


# --- finding the files ----------------------------------------------------------------------------


def _is_skipped_name(name: str) -> bool:
    """Office owner files (~$report.docx), LibreOffice locks (.~lock.report.docx#) and other hidden files."""
    return name.startswith("~$") or name.startswith(".")


def collect_files(
    paths: Iterable[str | os.PathLike[str]],
    *,
    problems: list[str] | None = None,
    skip: Iterable[str | os.PathLike[str]] = (),
) -> list[Path]:
    """The files to check, in the order given; folders are searched recursively, in sorted order.

    - A file named explicitly is always checked, whatever its extension (a .doc, .odt or .pdf gets a
      clean error from the reader instead of being ignored), and so is a path that does not exist
      (it is reported as `file-missing`). Office lock files (`~$*`) are skipped even when named.
    - In a folder: files ending in FOLDER_EXTENSIONS (case-insensitive), skipping hidden files and
      folders, Office lock files and LibreOffice lock files.
    - A file reached twice is checked once.
    Folders that cannot be listed are noted in `problems` (one line each) when a list is given.
    Folders in `skip` (e.g. where --annotate writes its copies) are not searched.
    """
    found: list[Path] = []
    seen: set[str] = set()
    skipped = {os.path.realpath(folder) for folder in skip}

    def add(path: Path) -> None:
        try:
            key = os.path.realpath(path)
        except (OSError, ValueError):
            key = str(path)
        if key not in seen:
            seen.add(key)
            found.append(path)

    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for file in _walk(path, problems, skipped):
                add(file)
        elif not path.name.startswith("~$"):
            add(path)
    return found


def _walk(folder: Path, problems: list[str] | None, skipped: set[str]) -> Iterator[Path]:
    def on_error(error: OSError) -> None:
        if problems is not None:
            problems.append(f"{error.filename}: {error.strerror or error}")

    if os.path.realpath(folder) in skipped:
        return
    for root, dirs, files in os.walk(folder, onerror=on_error):
        dirs[:] = sorted(
            d for d in dirs if not d.startswith(".") and os.path.realpath(os.path.join(root, d)) not in skipped
        )
        for name in sorted(files):
            if _is_skipped_name(name) or not name.lower().endswith(FOLDER_EXTENSIONS):
                continue
            path = Path(root, name)
            if path.is_file():
                yield path


def default_jobs() -> int:
    """The CPUs this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


# --- the worker side ------------------------------------------------------------------------------


def _limit_memory(megabytes: int | None) -> None:
    if not megabytes:
        return
    try:
        import resource
    except ImportError:  # Windows: no RLIMIT_AS; the time budget still applies
        return
    limit = int(megabytes) * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):
        pass


def _load_checker(reference: str) -> Any:
    module_name, _, function = reference.partition(":")
    import importlib

    return getattr(importlib.import_module(module_name), function)


def _worker_main(conn: Any, referential_source: str | None, memory_limit_mb: int | None, checker: str) -> None:
    """Load the referential once, then check one file per message until told to stop."""
    # Ctrl-C reaches the whole process group: the parent stops the workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _silence()
    try:
        from ..referential import load_referential

        check_path = _load_checker(checker)
        referential = load_referential(referential_source)
    except BaseException as error:  # noqa: BLE001 - reported to the parent, which owns the message
        conn.send(("init-failed", f"{type(error).__name__}: {error}"))
        return
    # The bound is for reading files: set it once the worker's own code and data are loaded.
    _limit_memory(memory_limit_mb)
    conn.send(("ready", os.getpid()))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        index, path, options, annotate_to = task
        try:
            report = _check_one(check_path, Path(path), referential, options, annotate_to)
        except MemoryError:
            report = None
        if report is None:
            # Free what the failed check held, report, then leave: a fresh worker replaces this one.
            try:
                conn.send(("memory", index))
            finally:
                os._exit(_EXIT_MEMORY)
        try:
            conn.send(("done", index, report))
        except (EOFError, OSError):  # the parent is gone
            return
        except Exception as error:  # a report that cannot be pickled: a bug, reported as this file's error
            broken = FileReport(file=str(path), error=_internal_error(Path(path), error, options.lang))
            conn.send(("done", index, broken))


def _silence() -> None:
    """A worker speaks only through its pipe: nothing it or a library prints may reach the user's terminal,
    or the middle of a JSON report. MIND_TEMPLATES_DEBUG=1 keeps its output, tracebacks included."""
    if os.environ.get("MIND_TEMPLATES_DEBUG"):
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        os.close(devnull)
    except OSError:
        pass


def _check_one(
    check_path: Any, path: Path, referential: Any, options: CheckOptions, annotate_to: str | None
) -> FileReport | None:
    """Analyse (and annotate) one file; None means it ran out of memory."""
    started = time.perf_counter()
    try:
        report = check_path(path, referential, options)
        if annotate_to is not None and report.error is None:
            from .annotate import annotate_file

            report = annotate_file(path, report, Path(annotate_to), referential, options)
    except MemoryError:
        return None
    except Exception as error:  # a bug in the analysis: this file gets a clean error, the run goes on
        report = FileReport(file=str(path), error=_internal_error(path, error, options.lang))
    return replace(report, file=str(path), seconds=time.perf_counter() - started)


def _internal_error(path: Path, error: BaseException, lang: str) -> FileError:
    detail = " ".join(str(error).split())[:200] or type(error).__name__
    message = Interface(lang).gettext(
        "{name} could not be checked because of an unexpected {kind} ({detail}): open it in Word or PowerPoint,"
        " save it again and run check again; if it still fails, report this message with the file",
        name=path.name or str(path), kind=type(error).__name__, detail=detail,
    )
    return FileError("internal-error", message)


# --- the parent side ------------------------------------------------------------------------------


def _context(decks: bool = True) -> Any:
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        # Imported once by the fork server, so every worker starts with docx, pptx and lxml loaded. Only the
        # server's first start reads this: the server then stays for the life of the process.
        ctx.set_forkserver_preload(_DECK_PRELOAD if decks else _PRELOAD)
        return ctx
    return multiprocessing.get_context("spawn")


def start_worker_server(files: Iterable[str | os.PathLike[str]] | None = None) -> None:
    """Start the fork server now, so that it loads the readers and the shipped referential while the caller
    does its own work; `run_checks` would otherwise start it, and wait for it, on its first file.
    Given the files to check, it loads python-pptx only if one of them is named as a deck: a Word document
    named .pptx still gets read, by a worker that loads python-pptx itself."""
    decks = files is None or any(Path(f).suffix.lower() in DECK_EXTENSIONS for f in files)
    ctx = _context(decks)
    if ctx.get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


@dataclass
class _Worker:
    process: Any
    conn: Any
    ready: bool = False
    task: int | None = None
    deadline: float = 0.0
    started: float = field(default_factory=time.monotonic)


class _Pool:
    def __init__(self, referential_source: str | None, options: CheckOptions, jobs: int, checker: str) -> None:
        self.ctx = _context()
        self.checker = checker
        self.referential_source = referential_source
        self.options = options
        self.jobs = jobs
        self.workers: list[_Worker] = []
        self.start_failures = 0
        self.last_start_problem = ""
        self.annotate_targets: dict[int, str] = {}

    # -- workers

    def start_worker(self) -> None:
        parent_end, child_end = self.ctx.Pipe(duplex=True)
        process = self.ctx.Process(
            target=_worker_main,
            args=(child_end, self.referential_source, self.options.memory_limit_mb, self.checker),
            name="mind-templates-check",
            daemon=True,
        )
        process.start()
        child_end.close()
        self.workers.append(_Worker(process, parent_end))

    def stop_worker(self, worker: _Worker, *, kill: bool) -> None:
        if worker not in self.workers:
            return
        self.workers.remove(worker)
        if kill and worker.process.is_alive():
            worker.process.kill()
        worker.process.join(5)
        if worker.process.is_alive():  # pragma: no cover - SIGKILL did not take: leave it to the OS
            worker.process.kill()
        worker.conn.close()
        if worker.process.exitcode is not None:
            worker.process.close()

    def close(self) -> None:
        """Idle workers are asked to leave; busy ones (the run was abandoned or interrupted) are killed."""
        for worker in list(self.workers):
            if worker.task is None and worker.ready:
                try:
                    worker.conn.send(None)
                except (OSError, ValueError):
                    pass
            else:
                self.stop_worker(worker, kill=True)
        deadline = time.monotonic() + 1
        for worker in list(self.workers):
            worker.process.join(max(0.0, deadline - time.monotonic()))
            self.stop_worker(worker, kill=True)

    def start_failed(self, worker: _Worker, problem: str) -> None:
        self.stop_worker(worker, kill=True)
        self.start_failures += 1
        self.last_start_problem = problem
        if self.start_failures >= _MAX_START_FAILURES:
            raise WorkerStartError(
                Interface(self.options.lang).gettext(
                    "check could not start a worker process ({problem}); check the installation and the"
                    " referential, then run check again",
                    problem=problem,
                )
            )

    # -- the run

    def run(self, files: list[Path]) -> Iterator[FileReport]:
        pending = deque(range(len(files)))
        results: dict[int, FileReport] = {}
        next_out = 0
        budget = self.options.time_budget
        while next_out < len(files):
            in_flight = sum(1 for w in self.workers if w.task is not None)
            wanted = min(self.jobs, len(pending) + in_flight)
            while len(self.workers) < wanted:
                self.start_worker()
            now = time.monotonic()
            for worker in self.workers:
                if worker.ready and worker.task is None and pending:
                    index = pending.popleft()
                    target = self.annotate_targets.get(index)
                    worker.conn.send((index, str(files[index]), self.options, target))
                    worker.task, worker.deadline = index, time.monotonic() + budget
            deadlines = [w.deadline if w.task is not None else w.started + _STARTUP_SECONDS
                         for w in self.workers if w.task is not None or not w.ready]
            timeout = max(0.0, min(deadlines) - now) if deadlines else None
            ready = set(wait([w.conn for w in self.workers] + [w.process.sentinel for w in self.workers], timeout))

            for worker in list(self.workers):
                if worker.conn in ready or worker.process.sentinel in ready:
                    self.receive(worker, files, results)
            now = time.monotonic()
            for worker in list(self.workers):
                if worker.task is not None and now >= worker.deadline:
                    index = worker.task
                    self.stop_worker(worker, kill=True)
                    results[index] = self.failure(files[index], "time-budget")
                elif not worker.ready and now >= worker.started + _STARTUP_SECONDS:
                    self.start_failed(worker, f"no answer in {_STARTUP_SECONDS:.0f} s")

            while next_out in results:
                yield results.pop(next_out)
                next_out += 1

    def receive(self, worker: _Worker, files: list[Path], results: dict[int, FileReport]) -> None:
        """Read every message the worker sent; then, if it died, account for its file."""
        while True:
            try:
                if not worker.conn.poll():
                    break
                message = worker.conn.recv()
            except (EOFError, OSError):
                break
            except Exception as error:  # an unpicklable answer: a bug, not the file's fault
                if worker.task is not None:
                    results[worker.task] = FileReport(
                        file=str(files[worker.task]), error=_internal_error(files[worker.task], error, self.options.lang)
                    )
                    worker.task = None
                continue
            kind = message[0]
            if kind == "ready":
                worker.ready = True
                self.start_failures = 0
            elif kind == "init-failed":
                self.start_failed(worker, message[1])
                return
            elif kind == "done":
                _, index, report = message
                results[index] = report
                worker.task = None
            elif kind == "memory":  # the worker exits right after saying so: never give it another file
                results[message[1]] = self.failure(files[message[1]], "memory-limit")
                worker.task = None
                self.stop_worker(worker, kill=True)
                return
        if worker.process.is_alive():
            return
        # The worker is gone: by its own MemoryError, the kernel's OOM killer, or a crash in C code.
        exitcode = worker.process.exitcode
        index = worker.task
        if index is None and not worker.ready:
            self.start_failed(worker, _exit_detail(exitcode))
            return
        self.stop_worker(worker, kill=False)
        if index is not None:
            memory = exitcode in (_EXIT_MEMORY, -getattr(signal, "SIGKILL", 9))
            results[index] = self.failure(files[index], "memory-limit" if memory else "crash", exitcode)

    def failure(self, path: Path, code: str, exitcode: int | None = None) -> FileReport:
        gettext = Interface(self.options.lang).gettext
        name = path.name or str(path)
        if code == "time-budget":
            message = gettext(
                "{name} took more than {seconds} s to check and was stopped: open it in Word or PowerPoint,"
                " remove very large tables or embedded objects, save it and run check again",
                name=name, seconds=_seconds(self.options.time_budget),
            )
            return FileReport(file=str(path), error=FileError("time-budget", message), seconds=self.options.time_budget)
        if code == "memory-limit":
            message = gettext(
                "{name} needed more than {mb} MB of memory to check and was stopped: compress its pictures"
                " (File > Compress Pictures), remove embedded files, save it and run check again",
                name=name, mb=self.options.memory_limit_mb,
            )
            return FileReport(file=str(path), error=FileError("memory-limit", message))
        detail = _exit_detail(exitcode)
        message = gettext(
            "{name} stopped the checker unexpectedly ({detail}): open it in Word or PowerPoint, save it again"
            " and run check again; if it still fails, report this message with the file",
            name=name, detail=detail,
        )
        return FileReport(file=str(path), error=FileError("internal-error", message))


def _seconds(value: float) -> str:
    return f"{value:g}"


def _exit_detail(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            return f"signal {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"signal {-exitcode}"
    return f"exit code {exitcode}"


DEFAULT_CHECKER = "mind_templates.check.analyse:check_path"


def run_checks(
    files: Iterable[Path],
    referential_source: str | os.PathLike[str] | None,
    options: CheckOptions,
    jobs: int | None = None,
    *,
    checker: str = DEFAULT_CHECKER,
) -> Iterator[FileReport]:
    """Check every file in worker processes; yield one FileReport per file, in input order, as soon as it can.

    A file that runs over `options.time_budget` seconds gets the error `time-budget`; one whose worker
    runs out of `options.memory_limit_mb` gets `memory-limit`; one whose worker dies another way gets
    `internal-error`. Every other file is still checked. Raises WorkerStartError only when no worker
    can start at all.

    `checker` names the analysis as "module:function", imported by each worker; the function takes
    (path, referential, options) and returns a FileReport, like `analyse.check_path`.
    """
    files = [Path(f) for f in files]
    if not files:
        return
    jobs = max(1, min(jobs or default_jobs(), len(files)))
    source = None if referential_source is None else str(referential_source)
    pool = _Pool(source, options, jobs, checker)
    if options.annotate_dir:
        from .annotate import plan_targets

        pool.annotate_targets = {i: str(t) for i, t in plan_targets(files, Path(options.annotate_dir)).items()}
    try:
        yield from pool.run(files)
    finally:
        pool.close()
