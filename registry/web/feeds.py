"""Serving the feed files: content types, strong ETags, Last-Modified, 304s, gzip, Cache-Control.

The files are built by registry/feeds.py (the scheduler, or after each public change); this
blueprint only reads them. A feed asked for before the first regeneration is generated first.
"""
from __future__ import annotations

import gzip
import hashlib
import logging
from pathlib import Path

from flask import Blueprint, Response, abort, current_app, request

from .. import feeds
from .db import database
from .security import PUBLIC, allow

log = logging.getLogger("registry")
bp = Blueprint("feeds", __name__, url_prefix="/feeds")


def feed_settings() -> feeds.FeedSettings:
    return feeds.FeedSettings.from_config(current_app.config)


_GZIP_CACHE: dict[str, bytes] = {}
_GZIP_CACHE_SIZE = 64


def _gzipped(etag: str, content: bytes) -> bytes:
    """Compressed once per content (keyed by its hash), not once per request."""
    found = _GZIP_CACHE.get(etag)
    if found is None:
        # mtime=0: the same bytes compress to the same bytes, so the gzip ETag stays strong.
        found = gzip.compress(content, compresslevel=6, mtime=0)
        if len(_GZIP_CACHE) >= _GZIP_CACHE_SIZE:
            _GZIP_CACHE.pop(next(iter(_GZIP_CACHE)))
        _GZIP_CACHE[etag] = found
    return found


def _wants_gzip() -> bool:
    return request.accept_encodings["gzip"] > 0


def serve_file(path: Path, fmt: str) -> Response:
    settings = feed_settings()
    try:
        content = path.read_bytes()
        modified = path.stat().st_mtime
    except FileNotFoundError:
        abort(404)
    # Strong ETag from the bytes, not the mtime: identical content on every worker and host.
    etag = hashlib.sha256(content).hexdigest()[:32]
    if _wants_gzip():
        body, etag = _gzipped(etag, content), etag + "-gz"
    else:
        body = content
    response = Response(body, content_type=feeds.CONTENT_TYPES[fmt])
    if body is not content:
        response.headers["Content-Encoding"] = "gzip"
    response.headers["Vary"] = "Accept-Encoding"
    response.set_etag(etag)
    response.last_modified = int(modified)
    response.cache_control.public = True
    response.cache_control.max_age = settings.interval_minutes * 60
    return response.make_conditional(request)


def serve(spec: feeds.FeedSpec | None, fmt: str, archive: int | None = None) -> Response:
    if spec is None or fmt not in feeds.FORMATS:
        abort(404)
    settings = feed_settings()
    path = feeds.feed_file(settings, spec, fmt, archive)
    if not path.exists():
        # Before the first regeneration (or after the feed folder was cleared): build, then serve.
        try:
            ready = feeds.ensure_feed_file(database(), settings, path)
        except OSError as exc:
            # A full disk or unwritable feed folder: a reader gets "try again", never a 500.
            log.error("feed generation failed: %s", type(exc).__name__)
            ready = False
        if not ready:
            abort(404 if archive is not None else 503)
    return serve_file(path, fmt)


@bp.route("/allegations.<fmt>")
@allow(PUBLIC)
def allegations(fmt):
    return serve(feeds.ALL, fmt)


@bp.route("/<any(country, mechanism, type):kind>/<value>.<fmt>")
@allow(PUBLIC)
def filtered(kind, value, fmt):
    return serve(feeds.feed_spec(kind, value), fmt)


@bp.route("/archive/<path:name>/<int:number>.<fmt>")
@allow(PUBLIC)
def archive(name, number, fmt):
    if number < 1:
        abort(404)
    return serve(feeds.feed_spec_by_name(name), fmt, number)
