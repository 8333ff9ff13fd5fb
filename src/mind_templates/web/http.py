"""What every response shares: security headers, the request-size bound, the page language, download headers."""

from __future__ import annotations

import re
from urllib.parse import quote

from ..i18n import DEFAULT_LANGUAGE, available_languages

# Nothing is loaded from the network, nothing inline: one stylesheet from this server, no script at all.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cache-control", b"no-store"),
]


class RequestTooLarge(Exception):
    """The body went over the request bound while it was being read (no or a false Content-Length)."""


class SecurityMiddleware:
    """Adds SECURITY_HEADERS to every response and bounds the request body (pure ASGI, so streaming is bounded too).

    A declared Content-Length over the bound is refused with 413 before anything is read; a body that goes
    over it while being read makes `receive` raise RequestTooLarge, which the upload routes answer with 413.
    """

    def __init__(self, app, max_request_bytes: int, too_large_page) -> None:
        self.app = app
        self.max_request_bytes = max_request_bytes
        self.too_large_page = too_large_page

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                names = {name for name, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []),
                                      *((n, v) for n, v in SECURITY_HEADERS if n not in names)]
            await send(message)

        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_request_bytes:
            await self.too_large_page(scope, receive, send_with_headers)
            return
        received = 0

        async def bounded_receive():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_request_bytes:
                    raise RequestTooLarge()
            return message

        await self.app(scope, bounded_receive, send_with_headers)


def content_disposition(filename: str) -> str:
    """`attachment` with an ASCII fallback and the exact name as RFC 6266 / RFC 5987 `filename*`."""
    fallback = re.sub(r"[^A-Za-z0-9._ -]", "_", filename).strip(" .") or "download"
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"


def accepted_language(header: str | None) -> str:
    """The first interface language the Accept-Language header accepts, by quality; else the default."""
    available = available_languages()
    choices = []
    for position, item in enumerate((header or "").split(",")):
        tag, _, params = item.strip().partition(";")
        quality = 1.0
        match = re.search(r"q=([0-9.]+)", params)
        if match:
            try:
                quality = float(match.group(1))
            except ValueError:
                quality = 0.0
        code = tag.strip().split("-")[0].split("_")[0].lower()
        if code in available and quality > 0:
            choices.append((-quality, position, code))
    return min(choices)[2] if choices else DEFAULT_LANGUAGE


def page_language(query_lang: str | None, cookie_lang: str | None, accept_language: str | None) -> str:
    """The switch (query, then its cookie) wins over the browser's Accept-Language."""
    for code in (query_lang, cookie_lang):
        if code and code in available_languages():
            return code
    return accepted_language(accept_language)
