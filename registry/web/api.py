"""The read-only JSON API, /api/v1: allegations, one allegation, vocabularies, its OpenAPI document.

Records come only from publicview, read with the key-less public session. The website ignores
filter values it does not understand; the API refuses them (400 invalid_parameter) so that a
program never mistakes an unfiltered answer for a filtered one. Parameters it does not define
are ignored. CORS is open for reading (GET, HEAD, OPTIONS) on /api/ and /data/, without credentials.
"""
from __future__ import annotations

import math
from urllib.parse import urlencode

import orjson
from flask import Blueprint, Response, current_app, request

from .. import openapi
from ..domain import publicview, vocab
from ..domain.search import PublicFilters, find_public
from .db import public_db_session
from .security import PUBLIC, allow

bp = Blueprint("api", __name__, url_prefix=openapi.API_PREFIX)

CORS_PREFIXES = ("/api/", "/data/")
CORS_METHODS = "GET, HEAD, OPTIONS"
CORS_HEADERS = "Accept, Accept-Language, Content-Type, If-None-Match, If-Modified-Since"
CORS_EXPOSE = "ETag, Content-Disposition, Content-Length"


class InvalidParameter(Exception):
    def __init__(self, details: dict[str, str]):
        super().__init__("invalid parameters")
        self.details = details


def base_url() -> str:
    # BASE_URL, like the feeds and every record's url: links stay the same behind any proxy.
    return current_app.config["BASE_URL"].rstrip("/")


def json_response(payload, status: int = 200, *, cache: bool = True) -> Response:
    # orjson keeps the records' key order (the order of PUBLIC_KEYS); jsonify would sort it.
    response = Response(orjson.dumps(payload), status=status, mimetype="application/json")
    if cache and status == 200:
        response.headers["Cache-Control"] = f"public, max-age={openapi.CACHE_SECONDS}"
        response.add_etag()
        response.make_conditional(request)
    return response


def error(status: int, code: str, message: str, details: dict | None = None) -> Response:
    body = {"code": code, "message": message}
    if details:
        body["details"] = details
    return json_response({"error": body}, status, cache=False)


@bp.errorhandler(InvalidParameter)
def invalid_parameter(exc: InvalidParameter):
    names = ", ".join(sorted(exc.details))
    return error(400, "invalid_parameter", f"Invalid value for: {names}.", exc.details)


def _int_arg(name: str, default: int, minimum: int, maximum: int, problems: dict) -> int:
    raw = request.args.get(name, "").strip()
    if not raw:
        return default
    # ASCII digits only, and few of them: int() refuses "²" and numbers of thousands of digits.
    if not (raw.isascii() and raw.isdigit() and len(raw) <= 9) or not minimum <= int(raw) <= maximum:
        problems[name] = f"Give a whole number from {minimum} to {maximum}."
        return default
    return int(raw)


def _list_url(filters: PublicFilters, page: int, per_page: int) -> str:
    query = {**filters.as_args(), "page": page, "per_page": per_page}
    return f"{base_url()}{openapi.API_PREFIX}/allegations?{urlencode(query)}"


def _strict_problems(args) -> dict[str, str]:
    """What the website forgives and the API refuses: a documented parameter given twice, given
    empty (`country=`), or outside its enum by case (`country=tn`)."""
    problems = {}
    for name in openapi.QUERY_PARAMETERS:
        values = args.getlist(name)
        if len(values) > 1:
            problems[name] = "Give one value."
        elif values and not values[0].strip() and name != "q":
            problems[name] = "Give a value, or leave the parameter out."
    country = args.get("country", "").strip()
    if country and country != country.upper() and "country" not in problems:
        problems["country"] = "Not an ISO 3166 country code (upper case, e.g. TN)."
    return problems


@bp.route("/allegations")
@allow(PUBLIC)
def allegations():
    filters, problems = PublicFilters.from_args(request.args)
    problems = {**problems, **_strict_problems(request.args)}
    page = _int_arg("page", 1, 1, openapi.MAX_PAGE, problems)
    per_page = _int_arg("per_page", openapi.DEFAULT_PER_PAGE, 1, openapi.MAX_PER_PAGE, problems)
    if problems:
        raise InvalidParameter(problems)
    session = public_db_session()
    found, total = find_public(session, filters, page=page, per_page=per_page)
    pages = max(1, math.ceil(total / per_page))
    return json_response({
        "data": publicview.public_records(session, found, base_url()),
        "meta": {"page": page, "per_page": per_page, "total": total, "pages": pages},
        "links": {
            "self": _list_url(filters, page, per_page),
            "next": _list_url(filters, page + 1, per_page) if page < pages else None,
            "prev": _list_url(filters, min(page - 1, pages), per_page) if page > 1 else None,
            "first": _list_url(filters, 1, per_page),
            "last": _list_url(filters, pages, per_page),
        },
    })


@bp.route("/allegations/<reference>")
@allow(PUBLIC)
def allegation(reference: str):
    record = publicview.public_record(public_db_session(), reference, base_url())
    if record is None:
        return error(404, "not_found", "No published allegation has this reference.")
    return json_response(record)


@bp.route("/vocabularies")
@allow(PUBLIC)
def vocabularies():
    return json_response(vocab.as_data())


@bp.route("/openapi.json")
@allow(PUBLIC)
def openapi_document():
    return json_response(openapi.document(base_url()))


@bp.after_app_request
def cors(response: Response) -> Response:
    """Open reading to any origin on /api/ and /data/ (no credentials); answer preflights."""
    if not request.path.startswith(CORS_PREFIXES):
        return response
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.headers["Access-Control-Expose-Headers"] = CORS_EXPOSE
    if request.method == "OPTIONS":
        response.headers["Access-Control-Allow-Methods"] = CORS_METHODS
        response.headers["Access-Control-Allow-Headers"] = CORS_HEADERS
        response.headers["Access-Control-Max-Age"] = "86400"
    return response
