"""The one XML text escaper: escaped markup, and no character XML 1.0 cannot hold, in every cover field of both formats.

Kept as the regression test of `new risk-policy --format docx --set $'client=Acme\\x01'`, which exited 3.
"""

from __future__ import annotations

import zipfile
from datetime import date

import docx
import pptx
import pytest
from lxml import etree

from mind_templates.generate import GenerationPlan, generate
from mind_templates.skeleton.xmltext import xml_safe, xml_text
from mind_templates.writers.common import COVER_FIELDS, USER_FIELDS

# Everything XML 1.0 forbids in text: C0 controls except tab, LF and CR; U+FFFE and U+FFFF.
FORBIDDEN = "".join(chr(c) for c in range(0x20) if chr(c) not in "\t\n\r") + "\ufffe\uffff"
TEXT_FIELDS = [key for key in USER_FIELDS if key not in ("date", "duration")]  # those two are validated formats


def test_every_forbidden_character_is_replaced_and_markup_escaped():
    cleaned = xml_text(f"<b>&{FORBIDDEN}\"'\t\n\r")
    assert etree.fromstring(f"<t a=\"{cleaned}\">{cleaned}</t>").text.startswith("<b>&")
    assert not set(FORBIDDEN) & set(cleaned)
    assert xml_safe("Acme\x01") == "Acme " and xml_safe("tab\tline\ncr\r") == "tab\tline\ncr\r"


def test_the_cover_fields_are_all_exercised():
    assert set(COVER_FIELDS) - {"date"} <= set(TEXT_FIELDS)


@pytest.mark.parametrize("fmt", ["docx", "pptx"])
@pytest.mark.parametrize("key", TEXT_FIELDS)
def test_control_characters_in_a_field_give_a_valid_file(tmp_path, referential, fmt, key):
    texts = {}
    for name, value in (("clean", "Acme Corp"), ("hostile", f"Acme{FORBIDDEN}Corp")):
        plan = GenerationPlan.make(referential, [referential.get_deliverable("risk-policy")], fmt=fmt,
                                   output_dir=tmp_path / name, doc_lang="en", fields={key: value},
                                   today=date(2026, 11, 28))
        (path,) = list(generate(plan))
        with zipfile.ZipFile(path) as archive:
            for member in archive.namelist():
                if member.endswith((".xml", ".rels")):
                    etree.fromstring(archive.read(member))  # strict: raises on any character XML cannot hold
            texts[name] = b"".join(archive.read(m) for m in archive.namelist() if m.endswith(".xml")).decode()
    # Where the writer prints the field, the value is kept; only the bad characters go.
    assert texts["clean"].count("Acme") == texts["hostile"].count("Acme") == texts["hostile"].count("Corp")
    if fmt == "docx":
        docx.Document(str(path))
    else:
        pptx.Presentation(str(path))


@pytest.mark.parametrize("fmt", ["docx", "pptx"])
def test_the_reported_command_now_succeeds(tmp_path, fmt):
    from click.testing import CliRunner

    from mind_templates.cli import main

    result = CliRunner().invoke(main, ["new", "risk-policy", "--format", fmt, "-o", str(tmp_path),
                                       "--set", "client=Acme\x01"])
    assert result.exit_code == 0, result.output
