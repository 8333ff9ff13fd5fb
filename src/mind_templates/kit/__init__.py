"""A teacher's kit for one assessment: brief, a folder per candidate or team, the jury's files, an index.

`vars` reads kit.yaml, `names` makes folder names, `sheets` writes the kit's own Word sheets, `plan`
decides every file before any is written and writes them. Nothing here imports click.
"""

from .plan import KitPlan, write_kit
from .vars import KIT_KEYS, KitVars, read_kit_vars

__all__ = ["KIT_KEYS", "KitPlan", "KitVars", "read_kit_vars", "write_kit"]
