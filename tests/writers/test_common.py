"""What every writer shares: fields as plain data, referential text rendered per language."""

from __future__ import annotations

from datetime import date

import pytest

from mind_templates import UsageError
from mind_templates.model import Text
from mind_templates.writers.common import RenderRequest, parse_fields


def test_referential_text_gets_placeholders_in_its_own_language(referential):
    request = RenderRequest(referential, referential.get_deliverable("business-plan"), "en", "fr",
                            today=date(2026, 11, 28))
    text = Text({"en": "For {{ client }} on {{ date }}", "fr": "Pour {{ client }} le {{ date }}"})
    assert request.text(text) == "For [Client] on 28 November 2026"
    assert request.text(text, "fr") == "Pour [Donneur d'ordre] le 28 novembre 2026"


def test_fields_are_checked_and_kept_as_given():
    assert parse_fields({"team": ["Ana", "Bo"], "client": "{{ x }}"}) == {"team": "Ana, Bo", "client": "{{ x }}"}
    for bad in ({"colour": "red"}, {"date": "28/11/2026"}, {"duration": "-3"}):
        with pytest.raises(UsageError):
            parse_fields(bad)
