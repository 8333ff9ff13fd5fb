"""Cost of validating what we write with openxml-audit, against writing it, to size the schema tests.

Run: python bench/bench_validation.py [--repeat 3]
Baseline, measured in the same run: generating the same files (every deliverable, docx and pptx, en and fr).
Prints seconds for the baseline, for validating every file (the slow test) and the representative set (the
normal run, tests/writers/test_schema_validity.py), per-file milliseconds, and the ratios.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(ROOT / "tests"))

from timing import best_of  # noqa: E402

from mind_templates import load_referential  # noqa: E402
from mind_templates.generate import GenerationPlan, generate  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from ooxml_validation import findings
    from writers.test_schema_validity import representative

    referential = load_referential()
    work = Path(tempfile.mkdtemp(prefix="bench-validation-"))
    written: list[Path] = []

    def write_all() -> None:
        written.clear()
        for lang in ("en", "fr"):
            plan = GenerationPlan.make(referential, list(referential.deliverables), output_dir=work / lang,
                                       doc_lang=lang)
            written.extend(generate(plan, force=True))

    chosen = {d.id for d in representative(referential.deliverables)}
    subset = lambda: [p for p in written if p.name.split(".")[0] in chosen and p.parent.name == "en"]  # noqa: E731
    findings(written[0] if written else _first(write_all, written))  # load the schemas once, outside the timings
    baseline = best_of(args.repeat, write_all)
    every = best_of(args.repeat, lambda: [findings(p) for p in written])
    some = best_of(args.repeat, lambda: [findings(p) for p in subset()])
    n_all, n_some = len(written), len(subset())
    print(f"baseline  write {n_all} files: {baseline:.2f} s ({1000 * baseline / n_all:.0f} ms/file)")
    print(f"validate  all {n_all} files: {every:.2f} s ({1000 * every / n_all:.0f} ms/file), "
          f"{every / baseline:.1f}x the baseline")
    print(f"validate  representative {n_some} files: {some:.2f} s ({1000 * some / max(n_some, 1):.0f} ms/file), "
          f"{some / baseline:.1f}x the baseline")


def _first(write_all, written: list[Path]) -> Path:
    write_all()
    return written[0]


if __name__ == "__main__":
    main()
