"""gunicorn's logger without client addresses or request text (gunicorn.conf.py names it).

SECURITY.md promises that the registry stores no IP address. Stock gunicorn writes the client
address into every access-log line, and for a malformed request writes
"Invalid request from ip=<address>: Invalid Request Line '<the raw line>'" into the error log, the
query (search text included) with it. This logger keeps neither, whatever access_log_format says,
and writes each path as the registry's own request log does: a signed-in route's handle or a
typed path is request text too.
"""
from __future__ import annotations

import re
import sys

from gunicorn import glogging

# IPv4, and IPv6 written with at least two colons (so "12:30:01" in a date stays).
_ADDRESS = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b|\[?\b[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}\b\]?")
# Messages whose arguments are the request itself (its line, its URI): logged without them.
_ABOUT_A_REQUEST = ("Invalid request", "Error handling request", "Socket error processing request")
# What the access log may say of a request: method, path without the query, protocol, status, size, time.
_SAFE_ATOMS = ("t", "m", "U", "H", "s", "B", "b", "T", "D", "M", "L", "p")


def _loggable_path(path: str, method: str | None) -> str:
    """The path as the registry's own request log writes it: a signed-in route as its rule
    ("/moderate/allegations/<handle>"), a path no route knows cut to its first segment (it may be
    anything a person typed). The worker that served the request knows the app's routes."""
    try:
        from .web.security import loggable_path
    except Exception:  # pragma: no cover - the master process, or an app that failed to import
        return "/…" if path.count("/") > 1 else path
    return loggable_path(path, method)


def private_message(msg, args) -> str:
    """The log message with no request text and no address in it."""
    text = str(msg)
    for start in _ABOUT_A_REQUEST:
        if text.startswith(start):
            return start + " (client address and request text not logged)"
    try:
        text = text % args if args else text
    except (TypeError, ValueError):
        pass
    if text.startswith("Listening at:"):
        return text  # the server's own address, not a client's
    return _ADDRESS.sub("-", text)  # passed on without args, so logging formats nothing further


class PrivateLogger(glogging.Logger):
    """gunicorn's Logger, scrubbed: see the module docstring."""

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        safe = {name: atoms[name] for name in _SAFE_ATOMS if name in atoms}
        if "U" in safe:
            safe["U"] = _loggable_path(safe["U"], safe.get("m"))
        safe.update({"h": "-", "l": "-", "u": "-", "f": "-", "a": "-", "q": "",
                     "r": f"{safe.get('m', '-')} {safe.get('U', '-')} {safe.get('H', '-')}"})
        return safe  # request and response headers ({...}i, {...}o) and environ ({...}e) dropped

    def critical(self, msg, *args, **kwargs):
        super().critical(private_message(msg, args), **kwargs)

    def error(self, msg, *args, **kwargs):
        super().error(private_message(msg, args), **kwargs)

    def warning(self, msg, *args, **kwargs):
        super().warning(private_message(msg, args), **kwargs)

    def info(self, msg, *args, **kwargs):
        super().info(private_message(msg, args), **kwargs)

    def debug(self, msg, *args, **kwargs):
        super().debug(private_message(msg, args), **kwargs)

    def exception(self, msg, *args, **kwargs):
        # The exception's own text may quote the request: its type is enough to start looking.
        kwargs.pop("exc_info", None)
        kind = sys.exc_info()[0]
        text = private_message(msg, args)
        super().error(f"{text} [{kind.__name__ if kind else '-'}]", **kwargs)
