"""The fixed texts a skeleton carries, as message ids: written through gettext, recognised in every catalog.

Changing a label is one edit here plus its catalog entry; `check` finds the new text in every language.
"""

from __future__ import annotations

from ..i18n import N_

# The guidance box under each Word heading.
JURY_LOOKS_FOR = N_("What the jury looks for")
TIPS = N_("Tips")
AIM_FOR_WORDS = N_("Aim for at least {n} words.")
SECTION_OPTIONAL = N_("This section is optional.")
DELETE_GUIDANCE = N_("Delete this guidance box once your section is written.")

# Prompts a student replaces.
WRITE_SECTION = N_("Write the “{title}” section here.")
INSERT_FIGURE = N_("Insert figure: {what}")

# Labels.
FIGURE = N_("Figure")
OPTIONAL = N_("(optional)")
RISK_AXES = N_("Probability ↓ / Impact →")
PROBABILITY = N_("Probability")
IMPACT = N_("Impact")
PHOTO = N_("Photo")

# Whole paragraphs of the guidance box: recognised as guidance wherever they stand.
GUIDANCE_LABELS = (JURY_LOOKS_FOR, DELETE_GUIDANCE, SECTION_OPTIONAL)
# Words that may surround a recognised text inside one guidance paragraph ("Tips: … Aim for at least 150 words.").
FILLER = (TIPS, AIM_FOR_WORDS, SECTION_OPTIONAL, FIGURE, OPTIONAL)
