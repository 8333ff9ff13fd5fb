"""A big mutation campaign through `mind-templates check`, as a user runs it: counts per outcome, time, memory.

    python bench/bench_fuzz.py [--mutants 5200] [--seed 1] [--batch 400] [--jobs 2] [--corpus DIR] [--keep DIR]

Seeds: our own Word and PowerPoint files (skeleton and filled) and, when the shared corpus is there, the
few real files of `tests/fuzz/mutants.py:CORPUS_SEEDS`. Mutants come from the same seeded operators as the
tests (`tests/fuzz/mutants.py`); mutant i of seed s is always the same file.

The mutants are checked in batches, each batch one `mind-templates check FILE... --format json` command
(worker processes, time budget and memory bound as for a user). Baseline, measured in the same run: the
intact seeds, as many files as a batch, checked the same way. Printed: the outcome of every mutant per code
(`pass`/`fail` for files read, else the error code), exit statuses (3 must never appear), the mutants that
got `internal-error` (kept in --keep), time per file against the baseline, the slowest batch and peak
memory (`maxrss`: the largest process; `tree`: the largest sum over the command and its workers, sampled,
as in bench_check.py). Nothing is asserted: `tests/fuzz/test_mutants.py` asserts.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path[:0] = [str(ROOT), str(ROOT.parent / "tests"), str(ROOT.parent / "src")]

from bench_check import CLI, Run, mb  # noqa: E402
from fuzz.mutants import Mutant, Seed, corpus_seeds, generated_seeds, mutants  # noqa: E402

CORPUS = ROOT.parent.parent / "shared" / "corpus" / "real"


def check_batch(files: list[Path], jobs: int, output: Path) -> tuple[Run, list[dict]]:
    command = [*CLI, "check", "--format", "json", "--jobs", str(jobs), *map(str, files)]
    run = Run(f"{len(files)} files").commands([command], stdout=output)
    try:
        reports = json.loads(output.read_text(encoding="utf-8"))["files"]
    except (OSError, ValueError, KeyError):
        reports = []  # no JSON at all: counted below as files not reported
    return run, reports


def outcome(report: dict) -> str:
    return report["error"]["code"] if report.get("error") else report["status"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mutants", type=int, default=5200, help="how many mutants (default 5200)")
    parser.add_argument("--seed", type=int, default=1, help="master seed (default 1)")
    parser.add_argument("--batch", type=int, default=400, help="files per check command (default 400)")
    parser.add_argument("--jobs", type=int, default=2, help="check --jobs (default 2)")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help=f"the shared corpus (default {CORPUS})")
    parser.add_argument("--keep", type=Path, help="folder where mutants that got internal-error are kept")
    args = parser.parse_args()

    from mind_templates import load_referential

    with tempfile.TemporaryDirectory(prefix="bench-fuzz-") as tmp:
        folder = Path(tmp)
        seeds: list[Seed] = generated_seeds(load_referential(), folder / "seeds") + corpus_seeds(args.corpus)
        print(f"seeds: {', '.join(f'{s.name} ({len(s.data) // 1024} KB)' for s in seeds)}")
        if not any(s.name not in ("docx-skeleton", "docx-filled", "pptx-skeleton", "pptx-filled") for s in seeds):
            print(f"(the shared corpus is not at {args.corpus}: generated seeds only)")

        baseline_dir = folder / "baseline"
        baseline_dir.mkdir()
        baseline_files = []
        for i in range(min(args.batch, args.mutants)):
            seed = seeds[i % len(seeds)]
            baseline_files.append(baseline_dir / f"b{i:05d}-{seed.name}{seed.suffix}")
            baseline_files[-1].write_bytes(seed.data)
        baseline, _ = check_batch(baseline_files, args.jobs, folder / "baseline.json")
        per_file_baseline = baseline.seconds / len(baseline_files)

        codes: Counter = Counter()
        statuses: Counter = Counter()
        by_operator: dict[str, Counter] = {}
        internal: list[tuple[Mutant, str]] = []
        unreported = 0
        total = slowest = 0.0
        maxrss = tree = 0
        made = 0.0
        for start in range(0, args.mutants, args.batch):
            batch_dir = folder / f"batch{start:06d}"
            batch_dir.mkdir()
            began = time.perf_counter()
            batch = list(mutants(seeds, args.seed, min(args.batch, args.mutants - start), start))
            paths = []
            for item in batch:
                paths.append(batch_dir / item.filename)
                paths[-1].write_bytes(item.data)
            made += time.perf_counter() - began
            run, reports = check_batch(paths, args.jobs, folder / "batch.json")
            total += run.seconds
            slowest = max(slowest, run.seconds)
            maxrss, tree = max(maxrss, run.maxrss), max(tree, run.tree)
            statuses.update(run.codes)
            by_path = {report["file"]: report for report in reports}
            for item, path in zip(batch, paths):
                report = by_path.get(str(path))
                code = outcome(report) if report is not None else "(not reported)"
                unreported += report is None
                codes[code] += 1
                by_operator.setdefault(item.operators[0] if item.operators else "(none)", Counter())[code] += 1
                if code == "internal-error":
                    internal.append((item, report["error"]["message"]))
                    if args.keep:
                        args.keep.mkdir(parents=True, exist_ok=True)
                        (args.keep / item.filename).write_bytes(item.data)
            print(f"  mutants {start}-{start + len(batch) - 1}: {run.seconds:5.1f} s, exit {run.codes}, "
                  f"tree {mb(run.tree)}", flush=True)

    count = sum(codes.values())
    print(f"\n{count} mutants (seed {args.seed}) from {len(seeds)} seeds, in batches of {args.batch}, --jobs {args.jobs}")
    print("outcomes:")
    for code, n in codes.most_common():
        print(f"  {code:24} {n:6}  {100 * n / count:5.1f} %")
    print(f"internal-error: {codes['internal-error']}   not reported: {unreported}   "
          f"exit statuses: {dict(sorted(statuses.items()))} (3 = internal bug)")
    for item, message in internal[:10]:
        print(f"  {item.filename} ({item.detail[:60]}): {message[:160]}")
    print("\nby operator (first one applied; 1 in 5 mutants get two):")
    for name, counter in sorted(by_operator.items()):
        print(f"  {name:22} " + ", ".join(f"{c} {n}" for c, n in counter.most_common()))
    print(f"\nbaseline, the intact seeds: {len(baseline_files)} files in {baseline.seconds:.1f} s "
          f"({1000 * per_file_baseline:.0f} ms a file), tree {mb(baseline.tree)}")
    per_file = total / max(count, 1)
    print(f"mutants: {count} files in {total:.1f} s ({1000 * per_file:.0f} ms a file, "
          f"{per_file / per_file_baseline:.2f} x the baseline); slowest batch {slowest:.1f} s; "
          f"making them took {made:.1f} s")
    print(f"peak memory: maxrss {mb(maxrss)}, tree {mb(tree)} (baseline: maxrss {mb(baseline.maxrss)}, "
          f"tree {mb(baseline.tree)})")


if __name__ == "__main__":
    main()
