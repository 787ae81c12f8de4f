"""The role guard (deny by default), the signed-in user, and security headers.

Every view declares who may call it with @allow(...). A view without a declaration answers
403 to everyone: forgetting the decorator closes a route, it never opens one.
"""
from __future__ import annotations

import datetime as dt
import logging
import re

from flask import abort, current_app, g, redirect, request, session, url_for

from ..domain import accounts, workflow
from ..domain.models import Role, utcnow
from .db import db_session

PUBLIC = "public"  # anyone, signed in or not
SIGNED_IN = "signed_in"
STAFF = tuple(role.value for role in workflow.STAFF)  # who works the queue: one rule, in workflow

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; "
    "frame-ancestors 'none'; manifest-src 'self'"
)


def allow(*roles: str):
    """Declare the roles that may call a view: PUBLIC, SIGNED_IN, or role names."""

    def decorate(view):
        view.allowed_roles = frozenset(roles)
        return view

    return decorate


def allowed_roles(endpoint: str | None) -> frozenset | None:
    view = current_app.view_functions.get(endpoint) if endpoint else None
    if view is None:
        return None
    return getattr(view, "allowed_roles", None)


def load_user():
    """Find the signed-in user from the session cookie; drop stale or idle sessions."""
    g.user = None
    user_id = session.get("user_id")
    if user_id is None:
        return
    user = accounts.get_user(db_session(), user_id)
    if user is None or not user.active or session.get("epoch") != user.session_epoch:
        session.clear()
        return
    if user.is_staff:
        last = session.get("seen")
        idle = dt.timedelta(minutes=current_app.config["STAFF_IDLE_MINUTES"])
        now = utcnow().timestamp()
        if last is None or now - last > idle.total_seconds():
            session.clear()
            session["flash_idle"] = True
            return
        session["seen"] = now
    g.user = user


def sign_in(user) -> None:
    """Start a fresh session for the user: nothing from before sign-in survives."""
    session.clear()
    session["user_id"] = user.id
    session["epoch"] = user.session_epoch
    session["seen"] = utcnow().timestamp()
    session.permanent = False


def sign_out() -> None:
    session.clear()


def guard():
    """before_request: enforce each view's declared roles."""
    if request.endpoint is None:
        return  # 404 and 405 are answered by Flask itself
    if request.endpoint == "static":
        return
    roles = allowed_roles(request.endpoint)
    if not roles:
        abort(403)
    if PUBLIC in roles:
        return
    if g.user is None:
        if request.method == "GET" and not request.path.startswith("/api/"):
            return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))
        abort(401)
    if SIGNED_IN in roles or g.user.role in roles:
        return
    # A submitter reaching into the moderation side learns nothing about what exists there.
    abort(404 if g.user.role == Role.submitter else 403)


# Feeds, API and downloads are for other sites' readers and programs (CORS is open there too).
SHARED_PREFIXES = ("/api/", "/data/", "/feeds/")
SIGN_OUT_ENDPOINTS = ("auth.logout", "account.sign_out_everywhere")
# "cookies" is left out on purpose: it would also forget the reader's language (registry_lang);
# the session cookie itself is dead on the server side once the epoch moved.
CLEAR_SITE_DATA = '"cache", "storage"'


def security_headers(response):
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers["Cross-Origin-Resource-Policy"] = (
        "cross-origin" if request.path.startswith(SHARED_PREFIXES) else "same-origin")
    response.headers["X-Permitted-Cross-Domain-Policies"] = "none"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Cross-Origin-Opener-Policy"] = "same-origin"
    # No interest-cohort: FLoC is gone and browsers warn about the unknown feature.
    response.headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"
    if request.endpoint in SIGN_OUT_ENDPOINTS and response.status_code in (302, 303):
        response.headers["Clear-Site-Data"] = CLEAR_SITE_DATA
    if current_app.config.get("PRODUCTION"):
        response.headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains"
    if request.endpoint != "static" and (getattr(g, "user", None) is not None or request.endpoint in ("auth.login",)):
        # Pages for signed-in people may hold private values: never keep them in any cache.
        response.headers["Cache-Control"] = "no-store"
    return response


class NoClientAddress(logging.Filter):
    """Drop the client address from the development server's access log (`flask run`, `make run`).

    werkzeug writes "<address> - - [date] "GET / HTTP/1.1" 200 -"; the registry stores no IP
    address (SECURITY.md), not even on the console of a test instance. Production (gunicorn)
    writes no access log unless told to.
    """

    _ADDRESS = re.compile(r"^\S+ - - \[")

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str) and self._ADDRESS.match(record.msg):
            record.msg = self._ADDRESS.sub("- - - [", record.msg, count=1)
        return True


def _server_name(_handler) -> str:
    return "Reprisal Registry"


def hide_server_version() -> None:
    """The development server's Server header without versions ("Werkzeug/3.1 Python/3.11" tells
    an attacker which known flaws to try). gunicorn already sends "gunicorn" without a version."""
    from werkzeug.serving import WSGIRequestHandler

    WSGIRequestHandler.version_string = _server_name


def install_log_filters() -> None:
    """Idempotent: create_app runs many times in one process (tests)."""
    werkzeug_log = logging.getLogger("werkzeug")
    if not any(isinstance(f, NoClientAddress) for f in werkzeug_log.filters):
        werkzeug_log.addFilter(NoClientAddress())
