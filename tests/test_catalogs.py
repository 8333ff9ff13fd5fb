"""Every interface message is translated in every catalog, plural forms included."""

from __future__ import annotations

import pytest
from babel.messages.pofile import read_po

from mind_templates import i18n, resources


@pytest.mark.parametrize("lang", i18n.available_languages())
def test_every_message_is_translated(lang):
    if lang == i18n.DEFAULT_LANGUAGE:
        pytest.skip("English catalogs fall back to the msgids, which are English")
    po = resources.locales_dir() / lang / "LC_MESSAGES" / "messages.po"
    with po.open("rb") as handle:
        catalog = read_po(handle)
    untranslated = []
    for message in catalog:
        if not message.id:
            continue
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        if not all(forms) or message.fuzzy:
            untranslated.append(message.id)
    assert not untranslated, f"{po}: translate {untranslated}"


def test_french_plural_summary_is_french():
    french = i18n.Interface("fr")
    text = french.ngettext("{n} file checked: {passed} passed, {failed} failed, {errors} unreadable.",
                           "{n} files checked: {passed} passed, {failed} failed, {errors} unreadable.",
                           2, passed=1, failed=1, errors=0)
    assert "fichiers" in text
