"""Every error becomes a page or a JSON error of one shape; never a traceback, never a private value."""
from __future__ import annotations

import logging

from flask import jsonify, make_response, render_template, request
from flask_babel import gettext as _
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import OperationalError
from werkzeug.exceptions import HTTPException

from ..domain.errors import DatabaseBusy, RegistryError
from ..domain.vocab import N_

log = logging.getLogger("registry")

# N_ marks the titles for extraction; they are translated when shown.
TITLES = {
    400: N_("Bad request"), 401: N_("Sign-in required"), 403: N_("Not allowed"), 404: N_("Not found"),
    405: N_("Method not allowed"), 409: N_("Conflict"), 413: N_("Request too large"), 429: N_("Too many requests"),
    500: N_("Something went wrong"), 503: N_("Busy, try again"),
}


def wants_json() -> bool:
    return request.path.startswith("/api/") or request.accept_mimetypes.best == "application/json"


def error_response(status: int, code: str, message: str):
    if wants_json():
        response = jsonify({"error": {"code": code, "message": message}})
        response.status_code = status
        return response
    title = _(TITLES.get(status, N_("Error")))
    return render_template("error.html", status=status, title=title, message=message), status


def handle_http(exc: HTTPException):
    code = (exc.name or "error").lower().replace(" ", "_")
    messages = {
        401: _("Sign in to continue."),
        403: _("You are not allowed to do this."),
        404: _("There is nothing at this address."),
        413: _("What you sent is too large."),
        429: _("Too many attempts. Wait a few minutes and try again."),
    }
    response = error_response(exc.code or 500, code, messages.get(exc.code, exc.description or ""))
    # Keep what the exception says about itself, such as the Allow header a 405 must carry.
    if isinstance(response, tuple):
        response = make_response(*response)
    for name, value in exc.get_headers():
        if name.lower() != "content-type":
            response.headers[name] = value
    return response


def handle_csrf(exc: CSRFError):
    return error_response(400, "csrf_failed",
                          _("The form expired or was sent from elsewhere. Go back, reload the page and try again."))


def handle_registry(exc: RegistryError):
    # Domain messages are written for people and carry no private value.
    return error_response(exc.status, exc.code, exc.message)


def handle_operational(exc: OperationalError):
    if "locked" in str(exc.orig).lower() or "busy" in str(exc.orig).lower():
        return handle_registry(DatabaseBusy(_("The registry is busy. Nothing was changed; please try again.")))
    return handle_unexpected(exc)


def handle_unexpected(exc: Exception):
    # The log gets the exception type and where it happened, not its message: messages of
    # database errors can quote the values that were being written.
    log.error("unhandled %s at %s %s", type(exc).__name__, request.method, request.url_rule or "?")
    return error_response(500, "internal_error", _("An unexpected error occurred and was recorded, without its details. Please try again."))


def init_app(app) -> None:
    app.register_error_handler(CSRFError, handle_csrf)
    app.register_error_handler(HTTPException, handle_http)
    app.register_error_handler(RegistryError, handle_registry)
    app.register_error_handler(OperationalError, handle_operational)
    app.register_error_handler(Exception, handle_unexpected)
