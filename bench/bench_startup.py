"""Start-up of `mind-templates --help` and `list`, against a bare interpreter measured in the same run.

Run: python bench/bench_startup.py [--repeat 15]
Baseline: `python -c pass` with the same interpreter. Also shown, as the floor no command line built on
click can go below: `python -c "import click"`. Commands are run in turn, round after round, so that a busy
machine slows all of them alike; the best time of each is kept (noise only ever adds time).
The referential cache is warmed first, as it is after the first run on a user's machine, and so is Python's
bytecode cache: an installed wheel has its modules compiled at install time, so every command runs without
PYTHONDONTWRITEBYTECODE (set in some development shells, where it would add ~12 ms of compiling to each run).
Also shown: `import mind_templates.cli`, what every command pays before it parses its options.
"""

from __future__ import annotations

import argparse
import os
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
        "import mind_templates.cli": [python, "-c", "import mind_templates.cli"],
        "mind-templates --help": [*tool, "--help"],
        "mind-templates list": [*tool, "list"],
    }
    environment = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    for warm in ("mind-templates list", "mind-templates --help"):  # the referential and bytecode caches
        subprocess.run(commands[warm], check=True, capture_output=True, env=environment)
    best = {name: float("inf") for name in commands}
    for _ in range(args.repeat):
        for name, command in commands.items():
            start = time.perf_counter()
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=environment)
            best[name] = min(best[name], time.perf_counter() - start)
    baseline = best["python -c pass (baseline)"]
    print(f"best of {args.repeat} runs each, interleaved; tool: {' '.join(tool)}")
    for name, seconds in best.items():
        print(f"  {name:34} {seconds * 1000:7.1f} ms  {seconds / baseline:5.1f}x the bare interpreter")


if __name__ == "__main__":
    main()
