"""The data downloads: the whole public dataset as CSV or JSON, streamed.

The response body is a generator over publicview.iter_public_records (through registry.exports),
so memory stays flat whatever the size of the registry. CORS headers come from api.cors.
"""
from __future__ import annotations

import datetime as dt

from flask import Blueprint, Response, current_app, render_template, stream_with_context

from .. import exports, openapi
from .db import public_db_session
from .security import PUBLIC, allow

bp = Blueprint("data", __name__, url_prefix="/data")

CACHE_SECONDS = 300


def download(fmt: str) -> Response:
    chunks = exports.stream(public_db_session(), current_app.config["BASE_URL"], fmt)
    response = Response(stream_with_context(chunks), content_type=exports.MEDIA_TYPES[fmt])
    stem, extension = exports.FILENAMES[fmt].rsplit(".", 1)
    filename = f"reprisal-registry-{stem}-{dt.date.today().isoformat()}.{extension}"
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.headers["Cache-Control"] = f"public, max-age={CACHE_SECONDS}"
    return response


@bp.route("/allegations.csv")
@allow(PUBLIC)
def allegations_csv():
    return download("csv")


@bp.route("/allegations.json")
@allow(PUBLIC)
def allegations_json():
    return download("json")


@bp.route("/")
@allow(PUBLIC)
def index():
    """How to reuse the data: the API, the downloads and what each CSV column holds."""
    return render_template("data/index.html", columns=exports.CSV_COLUMNS, api_prefix=openapi.API_PREFIX,
                           max_per_page=openapi.MAX_PER_PAGE, default_per_page=openapi.DEFAULT_PER_PAGE)
