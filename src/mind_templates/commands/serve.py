"""`mind-templates serve`: the web application (the optional `web` extra), on localhost unless told otherwise."""

from __future__ import annotations

import click

from ..i18n import _
from .base import State

from ..web.limits import UploadLimits, limit_option, upload_limits

_DEFAULTS = UploadLimits()

@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; say --host 0.0.0.0 explicitly to serve a school's network.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True, metavar="N",
              help="Checks run at once, each in its own worker process with check's time and memory bounds.")
# Limits are read as text and checked by the web package, so a bad value is one line (exit 2), not click's usage.
@click.option("--max-request-mb", default=str(_DEFAULTS.max_request_bytes // 1024**2), show_default=True,
              metavar="MB", help="Largest request body (all files of one upload together); larger gets 413.")
@click.option("--max-files", default=str(_DEFAULTS.max_files), show_default=True, metavar="N",
              help="Most files in one request, members of a zip of submissions included; more gets 413.")
@click.option("--max-file-mb", default=str(_DEFAULTS.max_file_bytes // 1024**2), show_default=True, metavar="MB",
              help="Largest single file or zip member; larger gets 413. At most --max-request-mb.")
@click.option("--queue", default=None, metavar="N",
              help="Check requests waiting for a worker beyond the N running; more get 503 with Retry-After. "
                   "[default: 4 x --workers]")
@click.pass_obj
def serve_command(state: State, host: str, port: int, workers: int, max_request_mb: str, max_files: str,
                  max_file_mb: str, queue: str | None) -> None:
    """Serve the referential, generate, check and the jury grids as web pages."""
    try:
        import uvicorn

        from ..web.app import WebConfig, create_app
    except ImportError as error:
        raise click.UsageError(_("serve needs the web extra ({error}): pip install 'mind-templates[web]'",
                                 error=error)) from None
    from ..check.runner import start_worker_server

    limits = upload_limits(max_request_mb, max_files, max_file_mb)
    waiting = 4 * workers if queue is None else limit_option("queue", queue)
    start_worker_server()
    app = create_app(WebConfig(referential_source=state.referential_path, workers=workers, queue=waiting,
                               limits=limits))
    click.echo(_("Serving on http://{host}:{port}/ (Ctrl-C to stop)", host=host, port=port), err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
