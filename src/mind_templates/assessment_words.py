"""The words a person reads for an assessment's machine values (work, hand-in, oral), in one language.

One place for them, so that `list`, `show` and the kit's sheets say the same thing. JSON and exports keep
the ids themselves (`team`, `dossier`, `fr`).
"""

from __future__ import annotations

from .i18n import N_, Interface, locale_of
from .model import Assessment

WORK_LABELS = {"individual": N_("individual"), "team": N_("team")}  # model.WORK_MODES
HAND_IN_LABELS = {"separate": N_("separate documents"), "dossier": N_("one dossier and one deck")}  # model.HAND_INS


def language_name(code: str, lang: str) -> str:
    """'fr' in the words of `lang`: 'French', 'français'; the code itself when Babel does not know it."""
    return locale_of(lang).languages.get(code, code)


def work(assessment: Assessment, ui: Interface) -> str:
    label = WORK_LABELS.get(assessment.work)
    return ui.gettext(label) if label else assessment.work


def hand_in(assessment: Assessment, ui: Interface) -> str:
    label = HAND_IN_LABELS.get(assessment.hand_in)
    return ui.gettext(label) if label else assessment.hand_in


def oral_summary(assessment: Assessment, ui: Interface) -> str:
    """'French, 30 min, individual': an assessment's oral in one line; '-' without one."""
    oral = assessment.oral
    if oral is None:
        return "-"
    presented = WORK_LABELS.get(oral.presented)
    return ui.gettext("{lang}, {minutes} min, {presented}", lang=language_name(oral.language, ui.lang),
                      minutes=oral.minutes, presented=ui.gettext(presented) if presented else oral.presented)
