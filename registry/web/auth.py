"""Sign in (password, then a second factor where the account has one) and sign out.

Every failure of the password step (unknown e-mail, wrong password, deactivated account) gives
the one message FAILED: nobody learns which accounts exist. At the second step the password is
already proven, so a wrong or reused code says so (CODE_FAILED) instead of blaming the password.
"""
from __future__ import annotations

from urllib.parse import urlsplit

from flask import Blueprint, current_app, flash, g, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from wtforms import StringField, SubmitField
from wtforms.validators import DataRequired, Length

from ..domain import accounts
from ..domain.models import Role, utcnow
from . import throttle
from .db import db_session, read_db_session
from .extensions import keyed_hash, limiter
from .forms import LoginForm, RegistryForm
from .security import PUBLIC, SIGNED_IN, allow, sign_in, sign_out

bp = Blueprint("auth", __name__)

FAILED = _l("Sign-in failed: check your e-mail and password.")
# At the second step the password is already proven: saying the code failed tells nothing new.
CODE_FAILED = _l("The code was not accepted. Type the code your app shows now (each code works once), "
                 "or a recovery code.")
SECOND_STEP_SECONDS = 300  # the password step is forgotten if no code follows within five minutes


class CodeForm(RegistryForm):
    code = StringField(_l("Code from your authenticator app, or a recovery code"),
                       validators=[DataRequired(), Length(max=32)])
    submit = SubmitField(_l("Continue"))


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


def _pending_account_key():
    # The second step is throttled per account too (throttle.py handles the password step).
    return keyed_hash("login-account", str(session.get("pending_user_id", "")))


def _failed(response) -> bool:
    # Only failed attempts count: a person who signs in correctly is never throttled by it.
    return response.status_code not in (301, 302, 303)


def _per_client(view):
    # The client is the address of the trusted proxy chain (TRUSTED_PROXIES); a device that signed
    # in to the account before has a budget of its own (throttle.py), so it is exempt here.
    return limiter.limit(_login_limit, methods=["POST"], deduct_when=_failed,
                         exempt_when=throttle.posted_from_known_device,
                         error_message="Too many sign-in attempts.")(view)


def _second_step_throttled(view):
    view = limiter.limit(_login_limit, key_func=_pending_account_key, methods=["POST"], deduct_when=_failed,
                         error_message="Too many sign-in attempts.")(view)
    return limiter.limit(_login_limit, methods=["POST"], deduct_when=_failed,
                         error_message="Too many sign-in attempts.")(view)


def _finish(user, account: str):
    target = _safe_next(session.get("pending_next")) or home_for(user)
    sign_in(user)  # clears the session: nothing from before sign-in, pending state included, survives
    return throttle.remember_device(redirect(target), account)


@bp.route("/login", methods=["GET", "POST"])
@allow(PUBLIC)
@_per_client
def login():
    if session.pop("flash_idle", None):
        flash(_("You were signed out after a period of inactivity."), "info")
    form = LoginForm()
    if form.validate_on_submit():
        account = throttle.account_key(form.email.data)
        throttle.refuse_while_waiting(account)
        # Read, then argon2 with no transaction open, then (rarely) a short write: a stream of
        # sign-ins must never hold SQLite's one write lock while passwords are hashed.
        user = accounts.authenticate(read_db_session(), form.email.data, form.password.data)
        if user is not None:
            db = db_session()
            accounts.upgrade_password_hash(db, user, form.password.data)
            db.commit()
        if user is None:
            throttle.record_failure(account)
            form.password.errors.append(str(FAILED))
        elif user.totp_enabled:
            # A fresh session that only says "password done"; signed in only after the code.
            session.clear()
            session["pending_user_id"] = user.id
            session["pending_epoch"] = user.session_epoch
            session["pending_at"] = utcnow().timestamp()
            session["pending_next"] = _safe_next(request.args.get("next"))
            session["pending_account"] = account
            return redirect(url_for("auth.second_step"))
        else:
            session["pending_next"] = _safe_next(request.args.get("next"))
            return _finish(user, account)
    elif g.user is not None and request.method == "GET":
        return redirect(home_for(g.user))
    return render_template("auth/login.html", form=form), 200 if request.method == "GET" or not form.errors else 400


def _pending_user():
    user_id, started = session.get("pending_user_id"), session.get("pending_at", 0)
    if user_id is None or utcnow().timestamp() - started > SECOND_STEP_SECONDS:
        return None
    user = accounts.get_user(db_session(), user_id)
    if user is None or not user.active or user.session_epoch != session.get("pending_epoch"):
        return None
    return user


@bp.route("/login/code", methods=["GET", "POST"])
@allow(PUBLIC)
@_second_step_throttled
def second_step():
    user = _pending_user()
    if user is None:
        # Forget only the pending password step: a GET of this page (a link from any site) must
        # not sign out someone who is signed in (found by tests/test_access_matrix.py).
        for key in ("pending_user_id", "pending_epoch", "pending_at", "pending_next", "pending_account"):
            session.pop(key, None)
        return redirect(url_for("auth.login"))
    form = CodeForm()
    if form.validate_on_submit():
        db = db_session()
        accepted = accounts.verify_second_factor(db, user, form.code.data)
        db.commit()
        if accepted:
            return _finish(user, session.get("pending_account") or throttle.account_key(user.email))
        form.code.errors.append(str(CODE_FAILED))
    return render_template("auth/code.html", form=form), 200 if request.method == "GET" or not form.errors else 400


@bp.route("/logout", methods=["POST"])
@allow(SIGNED_IN)
def logout():
    db = db_session()
    accounts.sign_out(db, g.user)
    db.commit()
    sign_out()
    flash(_("You are signed out."), "info")
    return redirect(url_for("auth.login"))
