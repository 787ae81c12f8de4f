"""Static files with their content's hash in the URL: cached for a year, never stale.

`static_url("registry.css")` gives /static/registry.css?v=<hash of the file>. A request that
carries the current hash is answered `Cache-Control: public, max-age=31536000, immutable`; a
changed file has a new hash, so a new URL, and browsers fetch it at once.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from flask import current_app, request, url_for

IMMUTABLE = "public, max-age=31536000, immutable"


@lru_cache(maxsize=256)
def _hash(path: str, mtime_ns: int, size: int) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16]


def content_hash(filename: str) -> str | None:
    """The hash of a file under the static folder (None if there is no such file)."""
    folder = Path(current_app.static_folder).resolve()
    path = (folder / filename).resolve()
    if folder not in path.parents or not path.is_file():
        return None
    stat = path.stat()
    return _hash(str(path), stat.st_mtime_ns, stat.st_size)


def static_url(filename: str) -> str:
    return url_for("static", filename=filename, v=content_hash(filename))


def cache_hashed_static(response):
    """after_request: a year of caching for a static file asked for by its current hash."""
    if request.endpoint == "static" and response.status_code in (200, 304):
        version = request.args.get("v")
        if version and version == content_hash((request.view_args or {}).get("filename", "")):
            response.headers["Cache-Control"] = IMMUTABLE
    return response


def init_app(app) -> None:
    app.jinja_env.globals["static_url"] = static_url
    app.after_request(cache_hashed_static)
