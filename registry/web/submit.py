"""The NGO side: drafts, submission, the organisation's submissions, adding information."""
from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _

from ..domain import intake, workflow
from ..domain.errors import StaleVersion, TransitionError, ValidationFailed
from ..domain.models import Role, State
from .db import REFUSED, commit_change, db_session
from .forms import AllegationForm, DeleteDraftForm, MessageForm, WithdrawForm, show_domain_errors
from .pagination import Page, page_number
from .security import allow

bp = Blueprint("submit", __name__, url_prefix="/submissions")
SUBMITTER = Role.submitter.value


def _allegation_id(handle: str) -> int:
    """The allegation a URL's handle names; NotFound (404) unless it is the organisation's own."""
    return workflow.get_by_handle(db_session(), g.user, handle).id


@bp.route("/")
@allow(SUBMITTER)
def index():
    page = page_number()
    rows, total = workflow.list_for_organisation(db_session(), g.user, page=page,
                                                 per_page=current_app.config["PAGE_SIZE"])
    return render_template("submit/index.html", page=Page(rows, page, current_app.config["PAGE_SIZE"], total))


def _save(form, allegation_id: int | None):
    """Create or update the draft from the form; submit it when asked. Returns a response or None."""
    db = db_session()
    data = form.allegation_data()
    try:
        if allegation_id is None:
            allegation = intake.create_draft_once(db, g.user, form.submission_token.data, data)
        else:
            allegation = workflow.update_draft(db, g.user, allegation_id, data,
                                               expected_version=form.version.data or "")
        db.commit()
    except (ValidationFailed, StaleVersion) as exc:
        db.rollback()
        if isinstance(exc, StaleVersion):
            form.form_errors.append(exc.message)
            form.stale = True  # answered 409, like every stale save
        else:
            show_domain_errors(form, exc)
        return None
    if allegation.state != State.draft:  # a retry of a form whose first post was already submitted
        return redirect(url_for("submit.show", handle=allegation.handle))
    if not form.submit_allegation.data:
        flash(_("Draft saved. You can come back to it at any time."), "success")
        return redirect(url_for("submit.edit", handle=allegation.handle))
    try:
        workflow.submit(db, g.user, allegation.id)
        db.commit()
    except ValidationFailed as exc:
        db.rollback()
        flash(_("Your draft was saved, but it cannot be submitted yet."), "warning")
        form.version.data = allegation.version
        show_domain_errors(form, exc)
        return render_template("submit/form.html", form=form, allegation=allegation), 400
    flash(_("Submitted. The registry's moderators will review it; you can follow its status here."), "success")
    return redirect(url_for("submit.show", handle=allegation.handle))


@bp.route("/new", methods=["GET", "POST"])
@allow(SUBMITTER)
def new():
    form = AllegationForm()
    if form.validate_on_submit():
        response = _save(form, None)
        if response is not None:
            return response
    return render_template("submit/form.html", form=form, allegation=None), _status(form)


@bp.route("/<handle>/edit", methods=["GET", "POST"])
@allow(SUBMITTER)
def edit(handle: str):
    allegation_id = _allegation_id(handle)
    db = db_session()
    allegation = workflow.get_for_actor(db, g.user, allegation_id)
    if allegation.state != State.draft:
        return redirect(url_for("submit.show", handle=handle))
    if request.method == "GET":
        private = workflow.read_private(db, allegation)
        form = AllegationForm(obj=_FormSource(workflow.working_copy(db, allegation), private))
        form.version.data = allegation.version
    else:
        form = AllegationForm()
        if form.validate_on_submit():
            response = _save(form, allegation_id)
            if response is not None:
                return response
    return render_template("submit/form.html", form=form, allegation=allegation,
                           delete_form=DeleteDraftForm(formdata=None)), _status(form)


@bp.route("/<handle>/delete", methods=["POST"])
@allow(SUBMITTER)
def delete_draft(handle: str):
    allegation_id = _allegation_id(handle)  # another organisation's: 404
    form = DeleteDraftForm()
    if not form.validate_on_submit():
        flash(_("Tick the box to confirm that the draft should be deleted."), "error")
        return redirect(url_for("submit.edit", handle=handle))
    if commit_change(lambda db: workflow.discard_draft(db, g.user, allegation_id)) is REFUSED:
        return redirect(url_for("submit.show", handle=handle))
    flash(_("The draft was deleted."), "success")
    return redirect(url_for("submit.index"))


def _status(form) -> int:
    if getattr(form, "stale", False):
        return 409
    return 400 if form.errors or form.form_errors else 200


class _FormSource:
    """Public fields from the working copy, private ones from the opened details, for the form."""

    def __init__(self, allegation, private):
        self._allegation, self._private = allegation, private

    def __getattr__(self, name):
        if name in workflow.PRIVATE_FIELDS:
            return getattr(self._private, name)
        return getattr(self._allegation, name)


def submitted_private_fields(private) -> list[tuple[str, object]]:
    """Every private field the organisation sent, labelled as on the intake form, in its order:
    the submitter sees all they submitted (contacts, ID numbers, evidence, ...), not a selection."""
    labels = AllegationForm(formdata=None)
    return [(labels[name].label.text, getattr(private, name)) for name in labels._fields
            if name in workflow.SUBMITTER_PRIVATE_FIELDS]


def _show_page(allegation_id: int, message_form=None, status: int = 200):
    """The submission as its organisation sees it, with the forms its state allows."""
    db = db_session()
    allegation = workflow.get_for_actor(db, g.user, allegation_id)
    private = workflow.read_private(db, allegation)
    return render_template(
        "submit/show.html",
        allegation=workflow.working_copy(db, allegation),
        private=private,
        private_fields=submitted_private_fields(private),
        messages=workflow.messages_for(db, g.user, allegation),
        message_form=message_form or MessageForm(),
        withdraw_form=WithdrawForm(),
        can_add=allegation.state in workflow.OPEN_FOR_INFORMATION,
        can_withdraw=allegation.state in workflow.WITHDRAWABLE,
    ), status


@bp.route("/<handle>")
@allow(SUBMITTER)
def show(handle: str):
    allegation_id = _allegation_id(handle)
    return _show_page(allegation_id)


@bp.route("/<handle>/messages", methods=["POST"])
@allow(SUBMITTER)
def add_information(handle: str):
    allegation_id = _allegation_id(handle)
    db = db_session()
    form = MessageForm()
    if not form.validate_on_submit():
        return _show_page(allegation_id, form, 400)
    try:
        workflow.add_information(db, g.user, allegation_id, form.body.data)
        db.commit()
    except TransitionError as exc:
        flash(exc.message, "error")
        return redirect(url_for("submit.show", handle=handle))
    flash(_("Your information was added."), "success")
    return redirect(url_for("submit.show", handle=handle))


@bp.route("/<handle>/withdraw", methods=["POST"])
@allow(SUBMITTER)
def withdraw(handle: str):
    allegation_id = _allegation_id(handle)
    db = db_session()
    form = WithdrawForm()
    if not form.validate_on_submit():
        abort(400)
    try:
        workflow.withdraw(db, g.user, allegation_id, form.reason.data or "")
        db.commit()
    except TransitionError as exc:
        flash(exc.message, "error")
        return redirect(url_for("submit.show", handle=handle))
    flash(_("The allegation was withdrawn."), "success")
    return redirect(url_for("submit.show", handle=handle))
