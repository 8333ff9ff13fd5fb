"""Adding a language needs a catalog and the referential's texts in it: no code changes.

This test is the recipe: it adds German without touching src/.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po
from click.testing import CliRunner

from docx_inspect import default_language, headings, open_docx
from mind_templates import i18n, resources
from mind_templates.cli import main
from mind_templates.export import referential_to_data

GERMAN = {"Contents": "Inhalt", "Competences: {ids}": "Kompetenzen: {ids}", "What the jury looks for": "Was die Jury erwartet"}


def _add_language(value, lang: str):
    """Give every text of an exported referential a `lang` entry (a real school would translate)."""
    if isinstance(value, dict):
        if set(value) == {"en", "fr"} and all(isinstance(v, str) for v in value.values()):
            return {**value, lang: f"[{lang}] {value['en']}"}
        if set(value) == {"en", "fr"} and all(isinstance(v, list) for v in value.values()):  # aliases
            return {**value, lang: [f"[{lang}] {a}" for a in value["en"]]}
        return {k: _add_language(v, lang) for k, v in value.items()}
    if isinstance(value, list):
        return [_add_language(v, lang) for v in value]
    return value


def _german_catalog(locales: Path) -> None:
    with (locales / "messages.pot").open("rb") as handle:
        template = read_po(handle)
    catalog = Catalog(locale="de_DE", domain="messages")
    for message in template:
        if message.id:
            catalog.add(message.id, GERMAN.get(message.id, ""))
    target = locales / "de" / "LC_MESSAGES" / "messages.po"
    target.parent.mkdir(parents=True)
    with target.open("wb") as handle:
        write_po(handle, catalog)


def test_a_third_language_needs_only_a_catalog_and_translated_texts(tmp_path, referential, monkeypatch):
    # 1. The referential's own texts: one more key in every text, and the language listed.
    data = _add_language(referential_to_data(referential), "de")
    data["languages"] = ["en", "fr", "de"]
    school = tmp_path / "referential.de.yaml"
    school.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")

    # 2. The interface: a catalog beside the others (here in a copy of locales/, to leave the repo alone).
    locales = tmp_path / "locales"
    shutil.copytree(resources.locales_dir(), locales)
    _german_catalog(locales)
    monkeypatch.setattr(resources, "locales_dir", lambda: locales)
    for cached in (i18n.translations, i18n.locale_of):
        cached.cache_clear()

    runner = CliRunner()
    shown = runner.invoke(main, ["--referential", str(school), "--lang", "de", "show", "business-plan"])
    assert shown.exit_code == 0, shown.output
    assert "Kompetenzen: C1.4" in shown.output
    assert "[de] Executive summary" in shown.output

    out = tmp_path / "out"
    made = runner.invoke(main, ["--referential", str(school), "new", "business-plan", "--format", "docx",
                                "--doc-lang", "de", "-o", str(out)])
    assert made.exit_code == 0, made.output
    document = open_docx(out / "business-plan.de.docx")
    assert default_language(document) == "de-DE"  # from the catalog's Language header
    assert headings(document)[0][1] == "[de] Executive summary"
    assert any(p.text == "Inhalt" for p in document.paragraphs)
    for cached in (i18n.translations, i18n.locale_of):
        cached.cache_clear()
