# A school server: gunicorn runs several uvicorn workers of `mind-templates serve`'s app behind a reverse proxy.
#   pip install 'mind-templates[web]' gunicorn uvicorn-worker
#   gunicorn -c gunicorn.conf.py 'mind_templates.web.app:create_app()'
# The app is stateless, so workers share nothing; each bounds its own checks (WebConfig: 2 at once, 8 queued).
bind = "127.0.0.1:8000"  # the reverse proxy (nginx, Caddy) listens on the network and forwards here
workers = 2  # one per CPU is plenty: the checks themselves run in worker processes
worker_class = "uvicorn_worker.UvicornWorker"
timeout = 120  # a request of 50 files at check's 20 s budget each, 2 at a time, stays under this
graceful_timeout = 30
accesslog = None  # nothing about requests is logged but the app's own counts and timings
