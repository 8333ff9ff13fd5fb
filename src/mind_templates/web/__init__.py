"""`mind-templates serve`: the same library in a browser, for people who never open a terminal.

An optional extra (`pip install 'mind-templates[web]'`): Starlette, uvicorn and python-multipart are imported
only here. The pages are rendered on the server with Jinja2 and work without JavaScript.

| module | job |
|---|---|
| `app` | the Starlette application and its routes |
| `http` | security headers, request-size bound, language choice, safe download headers |
| `limits` | the upload limits, their defaults, and the checks of `serve`'s limit options |
| `uploads` | hostile uploads: per-file and per-request limits, zips of submissions, the private temporary folder |
"""
