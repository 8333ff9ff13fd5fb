"""Benchmark the class report: `check DIR --format html -o report.html` over a whole class, against
`pandoc -t plain` on the same files, and peak memory as the class grows.

    python bench/bench_class_report.py [--candidates 40] [--deliverables 25] [--jobs 2] [--keep DIR]

Builds a class folder with tests/check/class_folder.py: `--candidates` candidates each handing in every
Word deliverable (up to `--deliverables`; the referential has 24 with a Word skeleton, so the default
class of "40 x 25" is 40 x 24 = 960 files), our skeletons with the cover filled and sections in varied
states. Then, in one run and side by side:

- `mind-templates check DIR --format html -o report.html --jobs N` (the HTML report included);
- `pandoc -t plain` converting the same files, N at a time (the baseline);
- the same `check` on a quarter of the class, to see whether peak memory grows with the number of files.

Prints wall time, files per second, the ratio to pandoc, and peak memory (`tree`: the largest sum of
resident memory over the command and all its descendants, sampled every 10 ms; see bench_check.py).
Nothing is asserted: the numbers are for people.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT / "tests"), str(ROOT / "tests" / "check")]

from bench_check import CLI, Run, mb  # noqa: E402
from class_folder import build_class  # noqa: E402

from mind_templates import load_referential  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--candidates", type=int, default=40)
    parser.add_argument("--deliverables", type=int, default=25, help="at most this many Word deliverables each")
    parser.add_argument("--jobs", type=int, default=2, help="check workers and pandoc processes at once")
    parser.add_argument("--keep", metavar="DIR", help="build in DIR and keep it, instead of a temporary folder")
    args = parser.parse_args()
    if shutil.which("pandoc") is None:
        sys.exit("pandoc is not installed: the baseline needs it")

    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-class-"))
    referential = load_referential()
    deliverables = [d.id for d in referential.deliverables if "docx" in d.formats][: args.deliverables]
    quarter = max(1, args.candidates // 4)
    try:
        started = time.perf_counter()
        # The whole class is a quarter of it in one subfolder, the rest in another.
        small = build_class(referential, folder / "class" / "quarter", quarter, deliverables)
        full = small + build_class(referential, folder / "class" / "rest", args.candidates - quarter, deliverables,
                                   seed=quarter * 1000)
        size = sum(s.path.stat().st_size for s in full)
        print(f"{len(full)} submissions ({args.candidates} candidates x {len(deliverables)} deliverables,"
              f" {size / 1024**2:.0f} MB) built in {time.perf_counter() - started:.0f} s in {folder}")
        print(f"CPUs: {os.cpu_count()}  jobs: {args.jobs}  python: {sys.version.split()[0]}  "
              f"{subprocess.run(['pandoc', '--version'], capture_output=True, text=True).stdout.splitlines()[0]}")
        print()

        def check(where: Path, report: Path) -> list[str]:
            return [*CLI, "check", str(where), "--format", "html", "-o", str(report), "--force",
                    "--jobs", str(args.jobs)]

        runs = {
            f"check + html, {len(full)} files": (len(full), Run("check").commands(
                [check(folder / "class", folder / "report.html")])),
            f"check + html, {len(small)} files": (len(small), Run("check small").commands(
                [check(folder / "class" / "quarter", folder / "report-quarter.html")])),
            f"pandoc -t plain, {len(full)} files": (len(full), Run("pandoc").commands(
                [["pandoc", "-t", "plain", str(s.path), "-o", os.devnull] for s in full], args.jobs)),
        }
        width = max(map(len, runs))
        print(f"{'command':<{width}}  {'seconds':>8}  {'files/s':>8}  {'peak tree':>10}  exit")
        for label, (count, run) in runs.items():
            codes = ",".join(str(c) for c in sorted(set(run.codes)))
            print(f"{label:<{width}}  {run.seconds:8.2f}  {count / run.seconds:8.1f}  {mb(run.tree):>10}  {codes}")
        print()
        (_, whole), (_, part), (_, pandoc) = runs.values()
        print(f"check + html is {pandoc.seconds / whole.seconds:.2f}x as fast as pandoc -t plain (goal: 3x)")
        print(f"peak memory, {len(full)} files vs {len(small)}: {whole.tree / max(part.tree, 1):.2f}x"
              f" ({mb(whole.tree).strip()} vs {mb(part.tree).strip()}; 1.00x = does not grow with the files)")
        report = folder / "report.html"
        if report.is_file():
            rows = report.read_text(encoding="utf-8").count('class="details"')
            print(f"report.html: {report.stat().st_size / 1024**2:.1f} MB, {rows} submissions in it")
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
