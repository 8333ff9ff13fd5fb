"""`mind-templates serve`: the web application (the optional `web` extra), on localhost unless told otherwise."""

from __future__ import annotations

import click

from ..i18n import _
from .base import State


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; say --host 0.0.0.0 explicitly to serve a school's network.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True, metavar="N",
              help="Checks run at once, each in its own worker process with check's time and memory bounds.")
@click.pass_obj
def serve_command(state: State, host: str, port: int, workers: int) -> None:
    """Serve the referential, generate, check and the jury grids as web pages."""
    try:
        import uvicorn

        from ..web.app import WebConfig, create_app
    except ImportError as error:
        raise click.UsageError(_("serve needs the web extra ({error}): pip install 'mind-templates[web]'",
                                 error=error)) from None
    from ..check.runner import start_worker_server

    start_worker_server()
    app = create_app(WebConfig(referential_source=state.referential_path, workers=workers, queue=4 * workers))
    click.echo(_("Serving on http://{host}:{port}/ (Ctrl-C to stop)", host=host, port=port), err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
