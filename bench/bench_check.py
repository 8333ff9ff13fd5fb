"""Benchmark `mind-templates check` against `pandoc -t plain` on the same folder of filled submissions.

    python bench/bench_check.py [--copies 2] [--keep DIR] [--big-mb 100] [--from DIR]

Builds realistic filled submissions (every deliverable's Word skeleton from `mind-templates new`, its
guidance deleted and its prompts and tables replaced by prose in the document's language), then, in one
run and side by side:

- `mind-templates check DIR --format json --jobs 1` and `--jobs 2`;
- `pandoc -t plain` converting the same files one after the other, and two at a time;

and prints files per second, the ratio of each `check` run to each pandoc baseline, and peak memory.
Finally it builds a ~100 MB .docx full of images (random bytes named .png, stored uncompressed) and
reports check's peak memory on it. Nothing is asserted: the numbers are for people.

Peak memory is given two ways: `maxrss`, the largest single process the kernel accounts to the command
(wait4, i.e. resource.getrusage of the children: the command and whatever it reaped), and `tree`, the
largest sum of resident memory over the command and all its descendants, sampled every 10 ms from
/proc. `check`'s workers are forked by multiprocessing's fork server, which the command may exit
without reaping, so `maxrss` may miss them; `tree` always counts them, with the fork server itself.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-m", "mind_templates"]

WORDS = {
    "en": (
        "the project team customer users market product service value digital platform data analysis "
        "strategy budget risk plan growth revenue cost pricing channel partner client quality process "
        "indicator objective result interview survey feedback prototype feature release roadmap sprint "
        "we our this that which because therefore while and with for from into over under about between "
        "improve measure reduce deliver design test validate launch adopt choose compare explain show"
    ).split(),
    "fr": (
        "le la les un une des projet équipe client clients utilisateurs marché produit service valeur "
        "numérique plateforme données analyse stratégie budget risque plan croissance chiffre coût prix "
        "canal partenaire qualité processus indicateur objectif résultat entretien enquête retour prototype "
        "fonctionnalité version feuille route nous notre cette qui que parce donc pendant et avec pour dans "
        "sur sous entre améliorer mesurer réduire livrer concevoir tester valider lancer adopter choisir"
    ).split(),
}


def prose(rng: random.Random, lang: str, words: int) -> str:
    vocabulary = WORDS.get(lang, WORDS["en"])
    sentences, count = [], 0
    while count < words:
        n = rng.randint(8, 18)
        sentence = " ".join(rng.choice(vocabulary) for _ in range(n))
        sentences.append(sentence[0].upper() + sentence[1:] + ".")
        count += n
    return " ".join(sentences)


def fill(source: Path, target: Path, rng: random.Random) -> None:
    """Our skeleton as a student hands it in: guidance deleted, prompts and table cells written over."""
    import docx

    lang = source.name.split(".")[-2] if source.name.count(".") >= 2 else "en"
    document = docx.Document(source)
    for paragraph in list(document.paragraphs):
        style = paragraph.style.name if paragraph.style is not None else ""
        if style.startswith("MT Guidance"):
            paragraph._p.getparent().remove(paragraph._p)
            continue
        placeholder = [r for r in paragraph.runs if r.style is not None and r.style.name == "MT Placeholder"]
        if not placeholder:
            continue
        if style == "MT Cover Field":
            for run in placeholder:
                run.text, run.style = rng.choice(["Acme", "Nova", "Helio", "Orbis"]) + " " + str(rng.randint(1, 99)), None
            continue
        text = prose(rng, lang, rng.randint(150, 450))
        for run in paragraph.runs[1:]:
            run._r.getparent().remove(run._r)
        paragraph.runs[0].text, paragraph.runs[0].style = text, None
        for _ in range(rng.randint(0, 3)):
            paragraph.insert_paragraph_before(prose(rng, lang, rng.randint(40, 120)))
    for table in document.tables:
        for row in table.rows[1:]:
            for cell in row.cells:
                if not cell.text.strip():
                    cell.text = prose(rng, lang, rng.randint(3, 12))
                for paragraph in cell.paragraphs:  # canvas cells: a title, then our prompt
                    for run in paragraph.runs:
                        if run.style is not None and run.style.name == "MT Placeholder":
                            run.style, run.text = None, prose(rng, lang, rng.randint(8, 30))
    document.save(target)


def build_submissions(folder: Path, copies: int) -> tuple[list[Path], str]:
    """A teacher's folder: every Word deliverable, `copies` times, as students hand them in.

    With tests/check/fixtures.py (the accuracy fixtures) each copy gets a mix of section states (filled,
    missing, empty, unfilled, thin, guidance left) and some copies a variant (renumbered, reworded,
    fake bold or French headings, styles dropped, written from scratch). Without it, each skeleton from
    `mind-templates new` is filled completely.
    """
    submissions = folder / "submissions"
    submissions.mkdir()
    try:
        return _from_fixtures(submissions, copies), "tests/check/fixtures.py (mixed states and variants)"
    except ImportError:
        pass
    skeletons = folder / "skeletons"
    ids = subprocess.run([*CLI, "list", "--format", "json"], check=True, capture_output=True, text=True).stdout
    import json

    deliverables = [d["id"] for d in json.loads(ids) if "docx" in d["formats"]]
    subprocess.run([*CLI, "new", *deliverables, "--format", "docx", "-o", str(skeletons)], check=True,
                   capture_output=True)
    rng = random.Random(5)
    made = []
    for skeleton in sorted(skeletons.glob("*.docx")):
        for copy in range(copies):
            target = submissions / f"{skeleton.stem}.student{copy + 1}.docx"
            fill(skeleton, target, rng)
            made.append(target)
    return made, "skeletons from mind-templates new, filled completely"


def _from_fixtures(submissions: Path, copies: int) -> list[Path]:
    sys.path.insert(0, str(ROOT / "tests" / "check"))
    import fixtures  # noqa: PLC0415 - the accuracy tests' builder, when the source tree has it

    from mind_templates import load_referential

    referential = load_referential()
    variants = [None, fixtures.renumber, fixtures.fake_bold_headings, fixtures.french_headings,
                fixtures.drop_styles, "scratch"]
    made = []
    n = 0
    for deliverable in referential.deliverables:
        if "docx" not in deliverable.formats:
            continue
        for copy in range(copies):
            n += 1
            states = fixtures.assign_states(deliverable, seed=n)
            variant = variants[n % len(variants)]
            if variant == "scratch":
                document = fixtures.scratch_document(referential, deliverable, states, seed=n)
            else:
                document = fixtures.filled_document(referential, deliverable, states, seed=n)
                if variant is fixtures.drop_styles:
                    variant(document)
                elif variant is not None:
                    variant(document, deliverable)
            target = submissions / f"{deliverable.id}.student{copy + 1}.docx"
            document.save(target)
            made.append(target)
    return made


def build_big(path: Path, megabytes: int) -> Path:
    """A valid .docx whose body shows ~`megabytes` MB of pictures: random bytes named .png, stored."""
    import docx
    from docx.shared import Cm

    import io

    from PIL import Image

    document = docx.Document()
    document.add_heading("A report full of pictures", 1)
    count = max(1, megabytes // 2)
    for i in range(count):
        document.add_paragraph(f"Figure {i + 1}")
        png = io.BytesIO()
        Image.new("RGB", (1, 1), (i % 256, i // 256, 7)).save(png, "PNG")  # distinct, so never shared
        png.seek(0)
        document.add_picture(png, width=Cm(1))
    staging = path.with_suffix(".staging.docx")
    document.save(staging)
    # Replace each tiny picture by 2 MB of random bytes, stored: what a phone photo costs, never decompressed.
    rng = random.Random(7)
    with zipfile.ZipFile(staging) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.startswith("word/media/"):
                target.writestr(info.filename, rng.randbytes(2 * 1024 * 1024), zipfile.ZIP_STORED)
            else:
                target.writestr(info, data)
    staging.unlink()
    return path


# --- measuring ------------------------------------------------------------------------------------


def _tree_rss(pid: int) -> int:
    """Resident bytes of `pid` and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            with open(f"/proc/{entry}/statm") as handle:
                rss[int(entry)] = int(handle.read().split()[1]) * page
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        total += rss.get(current, 0)
        stack.extend(children.get(current, []))
    return total


class Run:
    """Run commands (several at once if asked), timing them and sampling their memory."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.seconds = 0.0
        self.maxrss = 0  # bytes, the largest process the kernel saw us wait for
        self.tree = 0  # bytes, the largest sampled sum over all running command trees
        self.codes: list[int] = []

    def commands(self, commands: list[list[str]], parallel: int = 1, stdout: Path | None = None) -> Run:
        """Run `commands`; the output of the last one to write goes to `stdout` (a file) when given."""
        lock = threading.Lock()
        running: set[int] = set()
        done = threading.Event()

        def sample() -> None:
            while not done.is_set():
                with lock:
                    pids = list(running)
                if pids and sys.platform.startswith("linux"):
                    self.tree = max(self.tree, sum(_tree_rss(pid) for pid in pids))
                time.sleep(0.01)

        def one(command: list[str]) -> None:
            with open(stdout, "wb") if stdout is not None else open(os.devnull, "wb") as out:
                process = subprocess.Popen(command, stdout=out, stderr=subprocess.DEVNULL)
            with lock:
                running.add(process.pid)
            _, status, usage = os.wait4(process.pid, 0)
            process.returncode = os.waitstatus_to_exitcode(status)
            with lock:
                running.discard(process.pid)
                self.maxrss = max(self.maxrss, usage.ru_maxrss * 1024)
                self.codes.append(process.returncode)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        started = time.perf_counter()
        with concurrent.futures.ThreadPoolExecutor(parallel) as pool:
            list(pool.map(one, commands))
        self.seconds = time.perf_counter() - started
        done.set()
        sampler.join()
        return self


def mb(value: int) -> str:
    return f"{value / 1024**2:7.0f} MB"


def compile_bytecode() -> str:
    """Time the tool as installed: `pip install` compiles every module's bytecode, but an editable install run
    under PYTHONDONTWRITEBYTECODE=1 (as on the development machine) compiles the package again at every start,
    in the command and in its fork server (about 0.08 s of each run)."""
    import compileall
    import importlib.util

    spec = importlib.util.find_spec("mind_templates")
    package = Path(next(iter(spec.submodule_search_locations)))
    compileall.compile_dir(package, quiet=1)
    return f"bytecode compiled in {package}, as pip install does"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=2, help="filled submissions per deliverable (default 2)")
    parser.add_argument("--big-mb", type=int, default=100, help="size of the document full of images (default 100)")
    parser.add_argument("--keep", metavar="DIR", help="build in DIR and keep it, instead of a temporary folder")
    parser.add_argument("--repeat", type=int, default=1, help="time each command this many times, keep the best")
    parser.add_argument("--from", dest="source", metavar="DIR", type=Path,
                        help="time the .docx files of DIR instead of building submissions (e.g. the realistic set, "
                             "tests/check/realistic/docs, whose files written from scratch go through identification "
                             "by content); pandoc reads no .pptx, so decks are left out")
    args = parser.parse_args()

    if shutil.which("pandoc") is None:
        sys.exit("pandoc is not installed: the baseline needs it")
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-check-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        started = time.perf_counter()
        if args.source:
            (folder / "submissions").mkdir(exist_ok=True)
            files = [Path(shutil.copy2(f, folder / "submissions" / f.name)) for f in sorted(args.source.glob("*.docx"))]
            how = f"the .docx files of {args.source}"
        else:
            files, how = build_submissions(folder, args.copies)
        size = sum(f.stat().st_size for f in files)
        print(f"{len(files)} submissions ({size / 1024**2:.1f} MB) ready in {time.perf_counter() - started:.1f} s"
              f" in {folder / 'submissions'}: {how}")
        print(f"CPUs: {os.cpu_count()}  python: {sys.version.split()[0]}  "
              f"{subprocess.run(['pandoc', '--version'], capture_output=True, text=True).stdout.splitlines()[0]}")
        print(compile_bytecode())
        print()

        submissions = str(folder / "submissions")

        def best(make) -> Run:
            runs = [make() for _ in range(args.repeat)]
            return min(runs, key=lambda r: r.seconds)

        check = lambda jobs: [*CLI, "check", submissions, "--format", "json", "--jobs", str(jobs)]  # noqa: E731
        pandoc = [["pandoc", "-t", "plain", str(f), "-o", os.devnull] for f in files]
        runs = {
            "check --jobs 1": best(lambda: Run("check --jobs 1").commands([check(1)])),
            "check --jobs 2": best(lambda: Run("check --jobs 2").commands([check(2)])),
            "pandoc -t plain, 1 at a time": best(lambda: Run("pandoc 1").commands(pandoc, 1)),
            "pandoc -t plain, 2 at a time": best(lambda: Run("pandoc 2").commands(pandoc, 2)),
            "check, startup only (1 file)": best(lambda: Run("startup").commands([
                [*CLI, "check", str(files[0]), "--format", "json", "--jobs", "1"]])),
        }
        width = max(map(len, runs))
        print(f"{'command':<{width}}  {'seconds':>8}  {'files/s':>8}  {'peak maxrss':>11}  {'peak tree':>10}  exit")
        for label, run in runs.items():
            count = 1 if "startup" in label else len(files)
            codes = ",".join(str(c) for c in sorted(set(run.codes)))
            print(f"{label:<{width}}  {run.seconds:8.2f}  {count / run.seconds:8.1f}  {mb(run.maxrss):>11}  "
                  f"{mb(run.tree):>10}  {codes}")
        print()
        for check_label in ("check --jobs 1", "check --jobs 2"):
            for pandoc_label in ("pandoc -t plain, 1 at a time", "pandoc -t plain, 2 at a time"):
                ratio = runs[pandoc_label].seconds / runs[check_label].seconds
                print(f"{check_label} is {ratio:5.2f}x as fast as {pandoc_label}")
        scaling = runs["check --jobs 1"].seconds / runs["check --jobs 2"].seconds
        print(f"--jobs 2 scaling: {scaling:.2f}x (2 CPUs: ideal 2x)")
        startup = runs["check, startup only (1 file)"].seconds
        per_file = {label: 1000 * (runs[label].seconds - startup) / (len(files) - 1)
                    for label in ("check --jobs 1", "check --jobs 2")}
        pandoc_per_file = 1000 * runs["pandoc -t plain, 1 at a time"].seconds / len(files)
        print(f"after the {startup:.2f} s start (interpreter, workers, referential): check takes "
              f"{per_file['check --jobs 1']:.0f} ms a file with --jobs 1, {per_file['check --jobs 2']:.0f} ms with"
              f" --jobs 2; pandoc {pandoc_per_file:.0f} ms a file, one at a time")
        print()

        big = build_big(folder / "pictures.docx", args.big_mb)
        print(f"{big.name}: {big.stat().st_size / 1024**2:.0f} MB, "
              f"{sum(1 for n in zipfile.ZipFile(big).namelist() if n.startswith('word/media/'))} pictures")
        for label, command in (
            ("check --jobs 1", [*CLI, "check", str(big), "--format", "json", "--jobs", "1"]),
            ("pandoc -t plain", ["pandoc", "-t", "plain", str(big), "-o", os.devnull]),
        ):
            run = Run(label).commands([command])
            print(f"  {label:<16} {run.seconds:6.2f} s  peak maxrss {mb(run.maxrss)}  peak tree {mb(run.tree)}"
                  f"  exit {run.codes[0]}")
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
