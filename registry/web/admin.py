"""Administration: organisations, accounts, roles, deactivation, password and second-factor resets.

Admins only. Each view parses a form, calls one function of domain/accounts.py, and renders.
"""
from __future__ import annotations

from flask import Blueprint, current_app, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from wtforms import EmailField, PasswordField, SelectField, StringField, SubmitField
from wtforms.validators import DataRequired, Length, Optional

from ..domain import accounts
from ..domain.models import Role
from .db import REFUSED, commit_change, db_session
from .forms import ActionForm, RegistryForm
from .security import allow

bp = Blueprint("admin", __name__, url_prefix="/admin")

ROLE_CHOICES = [(Role.submitter.value, _l("Submitter")), (Role.moderator.value, _l("Moderator")),
                (Role.admin.value, _l("Admin"))]


class OrganisationForm(RegistryForm):
    name = StringField(_l("Name of the organisation"), validators=[DataRequired(), Length(max=200)])
    submit = SubmitField(_l("Add organisation"))


class AccountForm(RegistryForm):
    email = EmailField(_l("E-mail"), validators=[DataRequired(), Length(max=254)])
    role = SelectField(_l("Role"), choices=ROLE_CHOICES, default=Role.submitter.value)
    organisation = SelectField(_l("Organisation (submitters)"), coerce=int, default=0)
    password = PasswordField(_l("One-time password (optional)"), validators=[Optional(), Length(max=1024)],
                             description=_l("Leave empty to have one generated. Either way the person must change it at first sign-in."))
    submit = SubmitField(_l("Create account"))


class RoleForm(RegistryForm):
    role = SelectField(_l("Role"), choices=ROLE_CHOICES)
    organisation = SelectField(_l("Organisation (submitters)"), coerce=int, default=0)
    submit = SubmitField(_l("Change role"))


class ResetPasswordForm(RegistryForm):
    new_password = PasswordField(_l("New one-time password (optional)"), validators=[Optional(), Length(max=1024)],
                                 description=_l("Leave empty to have one generated. The person must change it at their next sign-in."))
    submit = SubmitField(_l("Reset password"))


def _organisation_choices(form) -> None:
    organisations = accounts.list_organisations(db_session())
    form.organisation.choices = [(0, _("— none —"))] + [(o.id, o.name) for o in organisations]


def _min_length() -> int:
    return current_app.config["MIN_PASSWORD_LENGTH"]


@bp.route("")
@allow("admin")
def index():
    db = db_session()
    return render_template("admin/index.html", organisations=accounts.list_organisations(db),
                           users=accounts.list_users(db))


@bp.route("/organisations", methods=["GET", "POST"])
@allow("admin")
def organisations():
    db = db_session()
    form = OrganisationForm()
    if form.validate_on_submit():
        organisation = commit_change(lambda db: accounts.create_organisation(db, form.name.data, actor=g.user),
                                     form=form)
        if organisation is not REFUSED:
            flash(_("Organisation %(name)s added.", name=organisation.name), "success")
            return redirect(url_for("admin.organisations"))
    status = 200 if request.method == "GET" or not form.errors else 400
    return render_template("admin/organisations.html", form=form,
                           organisations=accounts.list_organisations(db)), status


@bp.route("/users", methods=["GET", "POST"])
@allow("admin")
def users():
    db = db_session()
    form = AccountForm()
    _organisation_choices(form)
    if form.validate_on_submit():
        db.commit()  # end the reads: the password is hashed below with no write lock held
        created = commit_change(lambda db: accounts.create_account(
            db, form.email.data, form.role.data, actor=g.user, password=form.password.data,
            organisation_id=form.organisation.data, min_password_length=_min_length()),
            form=form)
        if created is not REFUSED:
            user, generated = created
            return render_template("admin/password_issued.html", user=user, password=generated, created=True)
    status = 200 if request.method == "GET" or not form.errors else 400
    organisations = {o.id: o.name for o in accounts.list_organisations(db)}
    return render_template("admin/users.html", form=form, users=accounts.list_users(db),
                           organisations=organisations), status


def _user_page(user, *, role_form=None, reset_form=None, status=200):
    role_form = role_form or RoleForm(role=user.role, organisation=user.organisation_id or 0)
    _organisation_choices(role_form)
    organisation = accounts.get_organisation(db_session(), user.organisation_id)
    return render_template("admin/user.html", user=user, organisation=organisation, role_form=role_form,
                           reset_form=reset_form or ResetPasswordForm(), action_form=ActionForm(),
                           temporary=accounts.password_is_temporary(user)), status


@bp.route("/users/<int:user_id>")
@allow("admin")
def user(user_id):
    return _user_page(accounts.get_user_or_404(db_session(), user_id))


@bp.route("/users/<int:user_id>/role", methods=["POST"])
@allow("admin")
def change_role(user_id):
    db = db_session()
    user = accounts.get_user_or_404(db, user_id)
    form = RoleForm()
    _organisation_choices(form)
    if form.validate_on_submit():
        changed = commit_change(lambda db: accounts.change_role(
            db, user, form.role.data, actor=g.user, organisation=accounts.get_organisation(db, form.organisation.data)),
            form=form)
        if changed is not REFUSED:
            flash(_("Role changed. The account's sessions ended."), "success")
            return redirect(url_for("admin.user", user_id=user.id))
    return _user_page(user, role_form=form, status=400)


@bp.route("/users/<int:user_id>/active", methods=["POST"])
@allow("admin")
def set_active(user_id):
    db = db_session()
    user = accounts.get_user_or_404(db, user_id)
    if ActionForm().validate_on_submit():
        activate = request.form.get("active") == "1"
        if commit_change(lambda db: accounts.set_active(db, user, activate, actor=g.user)) is not REFUSED:
            flash(_("Account reactivated.") if activate else _("Account deactivated; its sessions ended."), "success")
    return redirect(url_for("admin.user", user_id=user.id))


@bp.route("/users/<int:user_id>/password", methods=["POST"])
@allow("admin")
def reset_password(user_id):
    db = db_session()
    user = accounts.get_user_or_404(db, user_id)
    db.commit()  # end the lookup: the password is hashed below with no write lock held
    form = ResetPasswordForm()
    if form.validate_on_submit():
        generated = commit_change(lambda db: accounts.reset_password(
            db, user, actor=g.user, new_password=form.new_password.data, min_password_length=_min_length()), form=form)
        if generated is not REFUSED:
            return render_template("admin/password_issued.html", user=user, password=generated, created=False)
    return _user_page(user, reset_form=form, status=400)


@bp.route("/users/<int:user_id>/two-factor", methods=["POST"])
@allow("admin")
def reset_two_factor(user_id):
    db = db_session()
    user = accounts.get_user_or_404(db, user_id)
    if ActionForm().validate_on_submit():
        if commit_change(lambda db: accounts.reset_second_factor(db, user, actor=g.user)) is not REFUSED:
            flash(_("Two-factor sign-in removed; the person must set it up again at their next sign-in."), "success")
    return redirect(url_for("admin.user", user_id=user.id))
