"""Start-up of `mind-templates --help` and `list`, against a bare interpreter measured in the same run.

Run: python bench/bench_startup.py [--repeat 15]
Baseline: `python -c pass` with the same interpreter. Also shown, as the floor no command line built on
click can go below: `python -c "import click"`. Commands are run in turn, round after round, so that a busy
machine slows all of them alike; the best time of each is kept (noise only ever adds time).
The referential cache is warmed first, as it is after the first run on a user's machine.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    python = sys.executable
    # The installed console script, as users run it; `python -m mind_templates` where there is none.
    script = Path(python).with_name("mind-templates")
    tool = [str(script)] if script.exists() else [python, "-m", "mind_templates"]
    commands = {
        "python -c pass (baseline)": [python, "-c", "pass"],
        "python -c 'import click' (floor)": [python, "-c", "import click"],
        "mind-templates --help": [*tool, "--help"],
        "mind-templates list": [*tool, "list"],
    }
    subprocess.run(commands["mind-templates list"], check=True, capture_output=True)  # warm the caches
    best = {name: float("inf") for name in commands}
    for _ in range(args.repeat):
        for name, command in commands.items():
            start = time.perf_counter()
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            best[name] = min(best[name], time.perf_counter() - start)
    baseline = best["python -c pass (baseline)"]
    print(f"best of {args.repeat} runs each, interleaved; tool: {' '.join(tool)}")
    for name, seconds in best.items():
        print(f"  {name:34} {seconds * 1000:7.1f} ms  {seconds / baseline:5.1f}x the bare interpreter")


if __name__ == "__main__":
    main()
