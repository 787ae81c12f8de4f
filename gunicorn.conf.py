"""gunicorn settings for the Reprisal Registry: `gunicorn -c gunicorn.conf.py wsgi:app` (README, "Production").

The logs keep no client address and no request text (SECURITY.md): the access log writes the
method, the path without its query, the status, size and time; registry.serverlog.PrivateLogger
scrubs the error log, which stock gunicorn fills with the address and raw request line of every
malformed request. Workers come from -w or WEB_CONCURRENCY; more than one needs
RATELIMIT_STORAGE_URI=redis://... (the app refuses to start otherwise).
"""
import os

bind = "127.0.0.1:8000"  # behind the HTTPS proxy on the same machine (TRUSTED_PROXIES=1)
accesslog = "-"
errorlog = "-"
access_log_format = '- - - %(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms'
logger_class = "registry.serverlog.PrivateLogger"


def on_starting(server):
    # Tell the app how many workers share the limiter (registry/config.py, WEB_CONCURRENCY):
    # with in-memory storage each would count sign-in attempts on its own.
    os.environ["WEB_CONCURRENCY"] = str(server.cfg.workers)
