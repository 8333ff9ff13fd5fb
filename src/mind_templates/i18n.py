"""Interface language: gettext catalogs under locales/, language choice, and Babel formatting of dates and money."""

from __future__ import annotations

import gettext
import io
import os
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Mapping

from . import resources
from .errors import UsageError

if TYPE_CHECKING:
    from decimal import Decimal
    from pathlib import Path

    from babel import Locale

# Babel is imported where dates, money or locales are needed: `--help` and `list` never need it.
DOMAIN = "messages"
DEFAULT_LANGUAGE = "en"
_ENV_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def available_languages() -> tuple[str, ...]:
    """Languages that have a catalog: adding locales/<code>/ is all it takes to add one."""
    root = resources.locales_dir()
    return tuple(
        sorted(
            d.name
            for d in root.iterdir()
            if (d / "LC_MESSAGES" / f"{DOMAIN}.po").is_file() or (d / "LC_MESSAGES" / f"{DOMAIN}.mo").is_file()
        )
    )


def pick_language(explicit: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """--lang wins; otherwise the usual locale variables; otherwise English."""
    available = available_languages()
    if explicit:
        code = explicit.split("_")[0].split("-")[0].lower()
        if code not in available:
            raise UsageError(f"No interface catalog for {explicit!r}; use one of {', '.join(available)}")
        return code
    environ = os.environ if environ is None else environ
    for name in _ENV_VARIABLES:
        for value in environ.get(name, "").split(":"):
            code = value.split(".")[0].split("_")[0].split("-")[0].lower()
            if code in available:
                return code
    return DEFAULT_LANGUAGE


@lru_cache(maxsize=None)
def translations(lang: str) -> gettext.NullTranslations:
    """The catalog for `lang`: the compiled .mo of a built wheel, or the .po of a source checkout."""
    folder = resources.locales_dir() / lang / "LC_MESSAGES"
    mo = folder / f"{DOMAIN}.mo"
    if mo.is_file():
        with mo.open("rb") as handle:
            return gettext.GNUTranslations(handle)
    po = folder / f"{DOMAIN}.po"
    if po.is_file():
        return gettext.GNUTranslations(io.BytesIO(_compiled(po, lang)))
    return gettext.NullTranslations()


def _compiled(po: Path, lang: str) -> bytes:
    """A source checkout's .po compiled to .mo, once per change of the .po (kept in the user's cache)."""
    stat = po.stat()
    name = f"catalog-{lang}-{resources.stamp_key([str(po.resolve()), str(stat.st_size), str(stat.st_mtime_ns)])}.mo"
    cached = resources.cache_read(name)
    if cached is not None:
        return cached
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as handle:
        catalog = read_po(handle, locale=lang)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    resources.cache_write(name, buffer.getvalue())
    return buffer.getvalue()


@lru_cache(maxsize=None)
def locale_of(lang: str) -> Locale:
    """The full locale a catalog declares in its `Language:` header (en -> en_GB, fr -> fr_FR)."""
    from babel import Locale, UnknownLocaleError

    declared = translations(lang).info().get("language", lang)
    try:
        return Locale.parse(declared.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return Locale.parse(lang)


def language_tag(lang: str) -> str:
    """BCP 47 tag for proofing marks in Office files, e.g. 'en-GB'."""
    loc = locale_of(lang)
    return f"{loc.language}-{loc.territory}" if loc.territory else loc.language


def format_date(value: date, lang: str) -> str:
    from babel.dates import format_date as babel_format_date

    return babel_format_date(value, format="long", locale=locale_of(lang))


def format_money(amount: Decimal | int | float, lang: str, currency: str = "EUR") -> str:
    from babel.numbers import format_currency

    return format_currency(amount, currency, locale=locale_of(lang))


class Interface:
    """Translation functions for one language, passed to whoever renders text for a person."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._t = translations(lang)

    def gettext(self, message: str, **values: object) -> str:
        text = self._t.gettext(message)
        return text.format(**values) if values else text

    def ngettext(self, singular: str, plural: str, n: int, **values: object) -> str:
        text = self._t.ngettext(singular, plural, n)
        return text.format(n=n, **values)


_active = Interface.__new__(Interface)
_active.lang, _active._t = DEFAULT_LANGUAGE, gettext.NullTranslations()


def activate(lang: str) -> Interface:
    global _active
    _active = Interface(lang)
    return _active


def _(message: str, **values: object) -> str:
    """Translate an interface message in the active language; `{name}` fields are filled after translating."""
    return _active.gettext(message, **values)


def ngettext(singular: str, plural: str, n: int, **values: object) -> str:
    return _active.ngettext(singular, plural, n, **values)


def N_(message: str) -> str:
    """Mark `message` for extraction without translating it: it is translated later, where it is shown."""
    return message


def N_plural(singular: str, plural: str) -> tuple[str, str]:
    """N_ for a message with plural forms: translated later with ngettext(*pair, n)."""
    return singular, plural
