"""Extract interface strings into locales/messages.pot and merge them into every locales/<lang>/ catalog.

Run after changing any message in src/: python tools/update_catalogs.py
New languages: python tools/update_catalogs.py --init de_DE
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ROOT / "locales"
POT = LOCALES / "messages.pot"


def pybabel(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", *args], check=True, cwd=ROOT)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--init", metavar="LOCALE", help="start a catalog for a new language, e.g. de_DE")
    args = parser.parse_args()
    pybabel("extract", "-F", "babel.cfg", "--no-location", "--sort-output", "--project", "mind-templates",
            "-k", "_", "-k", "N_", "-k", "gettext", "-k", "ngettext:1,2", "-k", "N_plural:1,2", "-o", str(POT), "src")
    if args.init:
        lang = args.init.split("_")[0]
        pybabel("init", "-i", str(POT), "-d", str(LOCALES), "-l", args.init, "-D", "messages")
        # Folders are named by language; the full locale stays in the catalog's Language header.
        made = LOCALES / args.init
        if made != LOCALES / lang:
            if (LOCALES / lang).exists():
                raise SystemExit(f"locales/{lang} already exists")
            made.rename(LOCALES / lang)
    for po in sorted(LOCALES.glob("*/LC_MESSAGES/messages.po")):
        pybabel("update", "-i", str(POT), "-o", str(po), "--no-fuzzy-matching", "--ignore-obsolete",
                "-l", po.parent.parent.name)


if __name__ == "__main__":
    main()
