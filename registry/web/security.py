"""The role guard (deny by default), the signed-in user, and security headers.

Every view declares who may call it with @allow(...). A view without a declaration answers
403 to everyone: forgetting the decorator closes a route, it never opens one.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
import weakref

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
    # Staff after STAFF_IDLE_MINUTES, submitters after SUBMITTER_IDLE_DAYS: a copied cookie does
    # not stay good for the 31 days Flask would otherwise accept it.
    if user.is_staff:
        idle = dt.timedelta(minutes=current_app.config["STAFF_IDLE_MINUTES"])
    else:
        idle = dt.timedelta(days=current_app.config["SUBMITTER_IDLE_DAYS"])
    last = session.get("seen")
    now = utcnow().timestamp()
    if last is None or now - last > idle.total_seconds():
        session.clear()
        session["flash_idle"] = True
        return
    session["seen"] = now
    # End the read now: a view's own write transaction then begins at its first statement, after
    # any password is verified or hashed (SQLite's write lock is never held across argon2).
    db_session().commit()
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
    # Same-origin: no Referer leaves the site, and the registry's own forms carry one, which
    # Flask-WTF's CSRF check requires over HTTPS (with no-referrer every form was refused there).
    response.headers["Referrer-Policy"] = "same-origin"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Cross-Origin-Opener-Policy"] = "same-origin"
    # No interest-cohort: FLoC is gone and browsers warn about the unknown feature.
    response.headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"
    if request.endpoint in SIGN_OUT_ENDPOINTS and response.status_code in (302, 303):
        response.headers["Clear-Site-Data"] = CLEAR_SITE_DATA
    if current_app.config.get("PRODUCTION"):
        response.headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains"
    cache_control(response)
    return response


# Public pages may be kept this long by browsers and shared caches (README, "Caching").
PUBLIC_PAGE_CACHE = "public, max-age=60"


def cache_control(response) -> None:
    """The one place deciding how long an HTML response may be cached (feeds, API and downloads
    set their own, longer, public lifetimes; for signed-in people everything is no-store)."""
    if request.endpoint == "static":
        return  # hashed static URLs carry their own long, immutable lifetime (web/assets.py)
    personal = (getattr(g, "user", None) is not None or request.endpoint in ("auth.login",)
                # A flash shown, a token or a language remembered: this response is one person's.
                or session.modified or "Set-Cookie" in response.headers)
    if personal:
        # Pages for signed-in people may hold private values: never keep them in any cache.
        response.headers["Cache-Control"] = "no-store"
    elif response.mimetype == "text/html":
        # Error pages and redirects are never kept: a 404 must not outlive the publication it precedes.
        response.headers["Cache-Control"] = PUBLIC_PAGE_CACHE if response.status_code == 200 else "no-store"


class RequestLogScrubber(logging.Filter):
    """Keep readers' searches, handles and client addresses out of the logs the registry writes.

    werkzeug (`flask run`, `make run`) writes "<address> - - [date] "GET /path?query HTTP/1.1" 200 -".
    The registry stores no IP address (SECURITY.md), and a query string is what a reader searched
    for. So the address becomes "-", the query string goes, and a signed-in route (submission,
    review, administration) is logged as its rule, "/moderate/allegations/<handle>", never the
    concrete path. A path no route knows keeps its first segment only: it may be anything a
    person typed. Flask's own "Exception on /path [GET]" line (the "registry" logger) is
    scrubbed the same way, and so is gunicorn's access log (registry.serverlog).
    """

    _ADDRESS = re.compile(r"^\S+ - - \[")
    _REQUEST = re.compile(r"([A-Z]{3,10}) (\S+) (HTTP/\d(?:\.\d)?)")
    _PATH = re.compile(r"(?<![\w/.])(/[^\s\"'\[\]<>]*)")

    def __init__(self):
        super().__init__()
        self._app = None

    def use_routes_of(self, app) -> None:
        self._app = weakref.ref(app)

    def _route(self, path: str, method: str | None):
        app = self._app() if self._app else None
        if app is None:
            return None
        adapter = app.url_map.bind("localhost")
        for candidate in [method] if method else ["GET", "POST"]:
            try:
                rule, _args = adapter.match(path, method=candidate, return_rule=True)
            except Exception:  # NotFound, MethodNotAllowed, RequestRedirect: no rule to name
                continue
            return rule, app.view_functions.get(rule.endpoint)
        return None

    def loggable_path(self, target: str, method: str | None = None, *, unknown_as_is: bool = False) -> str:
        """The path of a request target as it may be logged (see the class docstring)."""
        path = target.split("?", 1)[0].split("#", 1)[0]
        found = self._route(path, method)
        if found is None:
            if unknown_as_is:
                return path
            first = path.split("/")[1] if path.startswith("/") else ""
            return f"/{first}/…" if path.count("/") > 1 else path
        rule, view = found
        if rule.arguments and PUBLIC not in getattr(view, "allowed_roles", frozenset()):
            return rule.rule
        return path

    def scrub(self, text: str) -> str:
        text = self._REQUEST.sub(lambda m: f"{m.group(1)} {self.loggable_path(m.group(2), m.group(1))} {m.group(3)}",
                                 text)
        # Any other path in the line (Flask's "Exception on ..."): scrubbed only where a route knows it.
        return self._PATH.sub(lambda m: self.loggable_path(m.group(1), unknown_as_is=True), text)

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:
            return True
        if record.name == "werkzeug":
            message = self._ADDRESS.sub("- - - [", message, count=1)
        elif not message.startswith("Exception on "):
            return True
        record.msg, record.args = self.scrub(message), ()
        return True


_scrubber = RequestLogScrubber()


def loggable_path(target: str, method: str | None = None) -> str:
    """A request's path as any log may write it (gunicorn's access log uses this too)."""
    return _scrubber.loggable_path(target, method)


def install_log_filters(app) -> None:
    """Idempotent: create_app runs many times in one process (tests); the latest app's routes are used."""
    _scrubber.use_routes_of(app)
    for name in ("werkzeug", app.logger.name):
        logger = logging.getLogger(name)
        if _scrubber not in logger.filters:
            logger.addFilter(_scrubber)


def _server_name(_handler) -> str:
    return "Reprisal Registry"


def hide_server_version() -> None:
    """The development server's Server header without versions ("Werkzeug/3.1 Python/3.11" tells
    an attacker which known flaws to try). gunicorn already sends "gunicorn" without a version."""
    from werkzeug.serving import WSGIRequestHandler

    WSGIRequestHandler.version_string = _server_name
