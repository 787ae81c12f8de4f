"""The signed-in person's own account: password, two-factor sign-in, recovery codes, sessions.

Also the one check that runs before every request of a signed-in person: an account with a
temporary password, or staff without a second factor (REQUIRE_STAFF_TOTP), may do nothing
else until that is put right.
"""
from __future__ import annotations

import segno
from flask import Blueprint, current_app, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from wtforms import PasswordField, StringField, SubmitField
from wtforms.validators import DataRequired, EqualTo, Length

from ..domain import accounts
from .db import REFUSED, commit_change, db_session
from .forms import ActionForm, RegistryForm
from .security import PUBLIC, SIGNED_IN, allow, allowed_roles, sign_in, sign_out

bp = Blueprint("account", __name__, url_prefix="/account")


class PasswordChangeForm(RegistryForm):
    current_password = PasswordField(_l("Current password"), validators=[DataRequired(), Length(max=1024)])
    new_password = PasswordField(_l("New password"), validators=[DataRequired(), Length(max=1024)],
                                 description=_l("At least 12 characters; a few unusual words make a good one."))
    confirm = PasswordField(_l("New password again"),
                            validators=[DataRequired(), EqualTo("new_password", message=_l("The two new passwords differ."))])
    submit = SubmitField(_l("Change password"))


class TotpCodeForm(RegistryForm):
    code = StringField(_l("Six-digit code from your app"), validators=[DataRequired(), Length(max=16)])
    submit = SubmitField(_l("Confirm"))


# What a person who must first change their password or enrol a second factor may still reach.
SETUP_ENDPOINTS = frozenset({
    "static", "auth.login", "auth.second_step", "auth.logout",
    "account.password", "account.two_factor", "account.start_two_factor", "account.confirm_two_factor",
})


@bp.before_app_request
def require_account_setup():
    """Send a signed-in person to the step they must finish before anything else."""
    user = g.get("user")
    if user is None or request.endpoint in SETUP_ENDPOINTS:
        return None
    roles = allowed_roles(request.endpoint)
    if roles and PUBLIC in roles:
        return None  # public pages are open to anyone; nothing private is there
    if accounts.password_is_temporary(user):
        return redirect(url_for("account.password"))
    if accounts.second_factor_required(user, staff_must_enrol=current_app.config["REQUIRE_STAFF_TOTP"]):
        return redirect(url_for("account.two_factor"))
    return None


def _min_length() -> int:
    return current_app.config["MIN_PASSWORD_LENGTH"]


@bp.route("")
@allow(SIGNED_IN)
def index():
    return render_template("account/index.html", user=g.user, action_form=ActionForm(),
                           recovery_left=len(g.user.recovery_codes or []))


@bp.route("/password", methods=["GET", "POST"])
@allow(SIGNED_IN)
def password():
    form = PasswordChangeForm()
    if form.validate_on_submit():
        changed = commit_change(lambda db: accounts.change_own_password(
            db, g.user, form.current_password.data, form.new_password.data, min_password_length=_min_length()),
            form=form)
        if changed is not REFUSED:
            sign_in(g.user)  # the change ended every session; this one continues under the new epoch
            flash(_("Your password is changed. You were signed out on every other device."), "success")
            return redirect(url_for("account.index"))
    temporary = accounts.password_is_temporary(g.user)
    status = 200 if request.method == "GET" or not form.errors else 400
    return render_template("account/password.html", form=form, temporary=temporary), status


def _qr_data_uri(uri: str) -> str:
    # Drawn here as an SVG data URI: no third-party QR service ever sees the secret (CSP: img-src data:).
    return segno.make(uri, error="m").svg_data_uri(scale=5, border=2)


@bp.route("/two-factor")
@allow(SIGNED_IN)
def two_factor():
    enrolment = accounts.totp_enrolment(db_session(), g.user, issuer=current_app.config["TOTP_ISSUER"])
    secret, qr = (enrolment[0], _qr_data_uri(enrolment[1])) if enrolment else (None, None)
    required = accounts.second_factor_required(g.user, staff_must_enrol=current_app.config["REQUIRE_STAFF_TOTP"])
    return render_template("account/two_factor.html", user=g.user, secret=secret, qr=qr, required=required,
                           form=TotpCodeForm(), action_form=ActionForm(),
                           recovery_left=len(g.user.recovery_codes or []))


@bp.route("/two-factor/start", methods=["POST"])
@allow(SIGNED_IN)
def start_two_factor():
    if ActionForm().validate_on_submit():
        db = db_session()
        accounts.start_totp_enrolment(db, g.user)
        db.commit()
    return redirect(url_for("account.two_factor"))


@bp.route("/two-factor/confirm", methods=["GET", "POST"])
@allow(SIGNED_IN)
def confirm_two_factor():
    if request.method == "GET":  # a reload of the page the code was posted to: back to the form
        return redirect(url_for("account.two_factor"))
    form = TotpCodeForm()
    if form.validate_on_submit():
        codes = commit_change(lambda db: accounts.confirm_totp_enrolment(db, g.user, form.code.data))
        if codes is REFUSED:
            return redirect(url_for("account.two_factor"))
        sign_in(g.user)  # enrolment ended older sessions; this one continues
        return _show_recovery_codes(codes)
    flash(_("Enter the six-digit code your app shows."), "error")
    return redirect(url_for("account.two_factor"))


@bp.route("/recovery-codes", methods=["POST"])
@allow(SIGNED_IN)
def recovery_codes():
    form = TotpCodeForm()
    if form.validate_on_submit():
        codes = commit_change(lambda db: accounts.regenerate_recovery_codes(db, g.user, form.code.data))
        if codes is not REFUSED:
            return _show_recovery_codes(codes)
    return redirect(url_for("account.two_factor"))


def _show_recovery_codes(codes: list[str]):
    # Shown once, in this response only (signed-in pages are sent with Cache-Control: no-store).
    from .auth import home_for  # where this person works: the queue for staff

    return render_template("account/recovery_codes.html", codes=codes, continue_url=home_for(g.user))


@bp.route("/sign-out-everywhere", methods=["POST"])
@allow(SIGNED_IN)
def sign_out_everywhere():
    if not ActionForm().validate_on_submit():
        return redirect(url_for("account.index"))
    db = db_session()
    accounts.sign_out_everywhere(db, g.user)
    db.commit()
    sign_out()
    flash(_("You are signed out on every device, this one included."), "info")
    return redirect(url_for("auth.login"))
