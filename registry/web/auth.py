"""Sign in and out."""
from __future__ import annotations

from urllib.parse import urlsplit

from flask import Blueprint, current_app, flash, g, redirect, render_template, request, session, url_for
from flask_babel import gettext as _

from ..domain import accounts
from ..domain.models import Role
from .db import db_session
from .extensions import limiter
from .forms import LoginForm
from .security import PUBLIC, SIGNED_IN, allow, sign_in, sign_out

bp = Blueprint("auth", __name__)


def _safe_next(target: str | None) -> str | None:
    """Only same-site paths: a crafted ?next= must not send anyone elsewhere."""
    if not target:
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return None
    return target


def home_for(user) -> str:
    if user.role == Role.submitter:
        return url_for("submit.index")
    if "moderate.queue" in current_app.view_functions:
        return url_for("moderate.queue")
    return url_for("submit.index")


def _login_limit():
    return current_app.config["LOGIN_LIMITS"]


def _login_key():
    # Throttle per account as well as per client: the key is the e-mail being tried.
    return "login:" + (request.form.get("email") or "").strip().lower()


@bp.route("/login", methods=["GET", "POST"])
@allow(PUBLIC)
@limiter.limit(_login_limit, methods=["POST"], error_message="Too many sign-in attempts.")
@limiter.limit(_login_limit, key_func=_login_key, methods=["POST"], error_message="Too many sign-in attempts.")
def login():
    if session.pop("flash_idle", None):
        flash(_("You were signed out after a period of inactivity."), "info")
    form = LoginForm()
    if form.validate_on_submit():
        db = db_session()
        user = accounts.authenticate(db, form.email.data, form.password.data)
        db.commit()
        if user is None:
            form.password.errors.append(_("Sign-in failed: check your e-mail and password."))
        else:
            sign_in(user)
            return redirect(_safe_next(request.args.get("next")) or home_for(user))
    elif g.user is not None and request.method == "GET":
        return redirect(home_for(g.user))
    return render_template("auth/login.html", form=form), 200 if request.method == "GET" or not form.errors else 400


@bp.route("/logout", methods=["POST"])
@allow(SIGNED_IN)
def logout():
    sign_out()
    flash(_("You are signed out."), "info")
    return redirect(url_for("auth.login"))
