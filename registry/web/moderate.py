"""The moderators' side: the queue, the review page with the redaction editor, and decisions.

Views parse a form, call one workflow function and commit, or render the review page again
with the domain's message beside the form that caused it. Every typed domain error becomes a
form error or a flash message, never a 500.
"""
from __future__ import annotations

import datetime
import json
import logging

from flask import Blueprint, current_app, flash, g, jsonify, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext
from jinja2 import TemplateNotFound, UndefinedError

from ..domain import editor, publicview, queue, redaction, workflow
from ..domain.errors import LeakFound, StaleVersion, TransitionError, ValidationFailed
from ..domain.models import State, utcnow
from .db import REFUSED, commit_change, db_session
from .forms import (
    CorrectionForm,
    country_filter_choices,
    FalsePositiveForm,
    FollowUpForm,
    ModerationForm,
    QueueFilterForm,
    RejectForm,
    RequestInformationForm,
    RetractForm,
    show_domain_errors,
)
from .pagination import Page, page_number
from .security import STAFF, allow

bp = Blueprint("moderate", __name__, url_prefix="/moderate")
log = logging.getLogger("registry")
EDITABLE = (State.in_review, State.approved)
PREVIEW_REFERENCE = "RR-PREVIEW"

# The conversation as moderators read it (the submitter's page speaks to the organisation).
MESSAGE_LABELS = {
    "request": _l("Moderator asked"),
    "answer": _l("Organisation answered"),
    "addition": _l("Organisation added information"),
    "rejection": _l("Reason for rejection"),
    "withdrawal": _l("Reason for withdrawal"),
}
HIT_KINDS = {
    "name": _l("name"), "contact": _l("contact"), "location": _l("exact location"), "id_number": _l("ID number"),
    "detail": _l("identifying detail"), "email": _l("e-mail address"), "phone": _l("phone number"),
    "profile_url": _l("profile URL"), "id_like": _l("ID-like number"),
}


def _allegation_id(handle: str) -> int:
    """The allegation a URL's handle names; NotFound (404) when there is none this moderator may see."""
    return workflow.get_by_handle(db_session(), g.user, handle).id


# ---------------------------------------------------------------------------------------------
# The queue.

@bp.route("/", endpoint="queue")
@allow(*STAFF)
def queue_page():
    db = db_session()
    form = QueueFilterForm(formdata=request.args)
    form.country.choices = country_filter_choices(queue.countries_listed(db, g.user))
    form.validate()
    state = request.args.get("state", State.submitted.value)
    if state not in queue.LISTED_STATES:
        state = State.submitted.value
    flt = queue.QueueFilter(
        country="" if form.country.errors else (form.country.data or ""),
        reprisal_type="" if form.reprisal_type.errors else (form.reprisal_type.data or ""),
        claimed_by_id=g.user.id if form.mine.data else None,
    )
    page = page_number()
    per_page = current_app.config["PAGE_SIZE"]
    rows, total = queue.list_allegations(db, g.user, state, flt, page=page, per_page=per_page)
    return render_template(
        "moderate/queue.html", form=form, state=state, counts=queue.counts(db, g.user, flt),
        queue_states=queue.QUEUE_STATES, archive_states=queue.ARCHIVE_STATES,
        page=Page(rows, page, per_page, total), filter_args=_filter_args(form),
    )


def _filter_args(form) -> dict:
    args = {}
    if form.country.data and not form.country.errors:
        args["country"] = form.country.data
    if form.reprisal_type.data and not form.reprisal_type.errors:
        args["reprisal_type"] = form.reprisal_type.data
    if form.mine.data:
        args["mine"] = "y"
    return args


@bp.route("/allegations/<handle>/claim", methods=["POST"])
@allow(*STAFF)
def claim(handle: str):
    allegation_id = _allegation_id(handle)
    if commit_change(lambda db: workflow.claim(db, g.user, allegation_id)) is not REFUSED:
        flash(_("You claimed this allegation: it is yours to review."), "success")
        return redirect(url_for("moderate.review", handle=handle))
    return redirect(url_for("moderate.queue"))


@bp.route("/allegations/<handle>/release", methods=["POST"])
@allow(*STAFF)
def release(handle: str):
    allegation_id = _allegation_id(handle)
    if commit_change(lambda db: workflow.release(db, g.user, allegation_id)) is not REFUSED:
        flash(_("Released: the allegation is back in the queue."), "success")
        return redirect(url_for("moderate.queue"))
    return redirect(url_for("moderate.review", handle=handle))


# ---------------------------------------------------------------------------------------------
# The review page.

def _edit_form(review) -> ModerationForm:
    allegation, private = review.working, review.private
    return ModerationForm(formdata=None, obj=allegation, version=allegation.version,
                          internal_notes=private.internal_notes, redactions=json.dumps(private.redactions))


def _review_page(allegation_id: int, *, status: int = 200, problems=(), leak=None, marked: bool = False, **forms):
    """Render the review page; `forms` replaces the empty form of the same name (with its errors)."""
    review = queue.review(db_session(), g.user, allegation_id)
    allegation = review.working  # the public fields as they stand, sealed until publication
    four_eyes = current_app.config["FOUR_EYES"]
    context = {
        "edit_form": _edit_form(review) if allegation.state in EDITABLE else None,
        "correction_form": (CorrectionForm(formdata=None, obj=allegation, version=allegation.version)
                            if allegation.state == State.published else None),
        "request_form": RequestInformationForm(formdata=None),
        "reject_form": RejectForm(formdata=None),
        "follow_up_form": FollowUpForm(formdata=None),
        "retract_form": RetractForm(formdata=None),
        "false_positive_form": None,
    }
    context.update(forms)
    summary_hits = [h for h in review.leak_hits if h.field == "summary"]
    return render_template(
        "moderate/review.html", review=review, allegation=allegation, private=review.private,
        problems=list(problems), leak=leak, four_eyes=four_eyes, marked=marked,
        may_publish=not workflow.blocked_by_four_eyes(g.user, allegation, four_eyes),
        summary_segments=editor.marked_segments(allegation.summary, summary_hits),
        redaction_groups=editor.redaction_groups(review.private.redactions),
        placeholders=redaction.PLACEHOLDERS, hit_kinds=HIT_KINDS, message_labels=MESSAGE_LABELS,
        editable=allegation.state in EDITABLE, **context,
    ), status


@bp.route("/allegations/<handle>")
@allow(*STAFF)
def review(handle: str):
    allegation_id = _allegation_id(handle)
    return _review_page(allegation_id)


def _refused(allegation_id: int, exc, form_name: str | None = None, form=None):
    """The review page again, explaining why the domain refused (nothing was saved)."""
    db_session().rollback()
    problems = [exc.message]
    forms = {form_name: form} if form_name else {}
    if isinstance(exc, ValidationFailed) and form is not None:
        show_domain_errors(form, exc)
        problems = []  # shown in the form's own error summary
    elif isinstance(exc, ValidationFailed):
        problems += list((exc.details.get("fields") or {}).values())
    return _review_page(allegation_id, status=exc.status, problems=problems,
                        leak=exc if isinstance(exc, LeakFound) else None, **forms)


def _done(handle: str, message: str, anchor: str | None = None):
    db_session().commit()
    flash(message, "success")
    return redirect(url_for("moderate.review", handle=handle, _anchor=anchor))


@bp.route("/allegations/<handle>/edit", methods=["POST"])
@allow(*STAFF)
def edit(handle: str):
    allegation_id = _allegation_id(handle)
    db = db_session()
    form = ModerationForm()
    if not form.validate_on_submit():
        return _review_page(allegation_id, status=400, edit_form=form)
    data = form.public_data()
    data["internal_notes"] = form.internal_notes.data or ""
    try:
        spans = form.redaction_spans()
    except ValueError:
        form.redactions.errors = [_("The list of redactions could not be read; reload the page.")]
        form.form_errors.append(form.redactions.errors[0])
        return _review_page(allegation_id, status=400, edit_form=form)
    if form.seed_summary.data or form.redact.data or request.form.get("undo"):
        # The editor's operations without JavaScript: applied to what the moderator typed, then saved.
        private = workflow.read_private(db, workflow.get_for_actor(db, g.user, allegation_id))
        spans = spans if spans is not None else private.redactions
        try:
            data["summary"], spans = _editor_operation(form, data["summary"] or "", private.original_narrative, spans)
        except (ValueError, IndexError) as exc:
            form.form_errors.append(str(exc))
            return _review_page(allegation_id, status=400, edit_form=form)
    if spans is not None:
        data["redactions"] = spans
    try:
        workflow.edit(db, g.user, allegation_id, data, expected_version=form.version.data or "")
    except StaleVersion as exc:
        db.rollback()
        form.form_errors.append(exc.message)  # the typed values stay in the form
        return _review_page(allegation_id, status=409, edit_form=form)
    except (ValidationFailed, TransitionError) as exc:
        return _refused(allegation_id, exc, "edit_form", form)
    return _done(handle, _("Changes saved."), "editor")


def _editor_operation(form, summary: str, narrative: str, spans: list) -> tuple[str, list]:
    if form.seed_summary.data:
        if summary.strip():
            raise ValueError(_("The summary is not empty: clear it first to start again from the narrative."))
        return editor.seed_summary(narrative, spans), spans
    if form.redact.data:
        text = (form.redact_text.data or "").strip()
        if not text:
            raise ValueError(_("Type the text to redact."))
        redacted, spans = editor.redact_everywhere(summary, narrative, spans, text, form.redact_label.data)
        if redacted == summary:
            # Never echo the text: it is often a victim's name, and flashes travel in the session cookie.
            flash(_("That text does not occur in the summary."), "warning")
        return redacted, spans
    try:
        index = int(request.form.get("undo", ""))
    except ValueError:
        raise ValueError(_("No such redaction.")) from None
    try:
        return editor.undo_redaction_group(summary, spans, index)
    except IndexError:
        raise ValueError(_("No such redaction.")) from None


@bp.route("/allegations/<handle>/false-positive", methods=["POST"])
@allow(*STAFF)
def false_positive(handle: str):
    allegation_id = _allegation_id(handle)
    form = FalsePositiveForm()
    if not form.validate_on_submit():
        return _review_page(allegation_id, status=400, false_positive_form=form)
    try:
        workflow.mark_false_positive(db_session(), g.user, allegation_id, form.hit_field.data, form.hit_text.data,
                                     form.note.data, proposed=form.proposed.data or "")
    except (ValidationFailed, TransitionError) as exc:
        return _refused(allegation_id, exc, "false_positive_form", form)
    if form.then.data and form.proposed.data:
        # A text being written: the mark is kept, and its form comes back filled in, to send again.
        db_session().commit()
        return _review_page(allegation_id, problems=(), marked=True, **{form.then.data: _carried_form(form)})
    return _done(handle, _("Marked as a false positive; your note is in the audit trail."), "leak-guard")


def _carried_form(form: FalsePositiveForm):
    """The follow-up or retraction form as the moderator had filled it in before the mark."""
    if form.then.data == "retract_form":
        return RetractForm(formdata=None, retraction_reason=form.proposed.data)
    happened = None
    try:
        happened = datetime.date.fromisoformat(form.carried_date.data or "")
    except ValueError:
        pass
    return FollowUpForm(formdata=None, kind=form.carried_kind.data or None, happened_on=happened,
                        follow_up_text=form.proposed.data)


@bp.route("/allegations/<handle>/request-information", methods=["POST"])
@allow(*STAFF)
def request_information(handle: str):
    allegation_id = _allegation_id(handle)
    form = RequestInformationForm()
    if not form.validate_on_submit():
        return _review_page(allegation_id, status=400, request_form=form)
    try:
        workflow.request_information(db_session(), g.user, allegation_id, form.question.data)
    except (ValidationFailed, TransitionError) as exc:
        return _refused(allegation_id, exc, "request_form", form)
    return _done(handle, _("Your question was sent to the submitting organisation."), "conversation")


@bp.route("/allegations/<handle>/reject", methods=["POST"])
@allow(*STAFF)
def reject(handle: str):
    allegation_id = _allegation_id(handle)
    form = RejectForm()
    if not form.validate_on_submit():
        return _review_page(allegation_id, status=400, reject_form=form)
    try:
        workflow.reject(db_session(), g.user, allegation_id, form.rejection_reason.data)
    except (ValidationFailed, TransitionError) as exc:
        return _refused(allegation_id, exc, "reject_form", form)
    return _done(handle, _("The allegation was rejected; the organisation sees your reason."))


def _posted_version() -> str:
    """The version the moderator saw; missing or damaged, the domain refuses the move."""
    return request.form.get("version", "")


def _decision_refused(handle: str, exc, action: str):
    """Back to the review page (POST/redirect/GET: a reload posts nothing again), saying why.

    The flash travels in the session cookie, which the browser can read: it says how many hits
    remain, never which text. The review page recomputes and shows the hits themselves.
    """
    db_session().rollback()
    if isinstance(exc, LeakFound):
        count = len(exc.hits)
        message = (ngettext("Approval refused: %(num)d leak-guard hit remains.",
                            "Approval refused: %(num)d leak-guard hits remain.", count) if action == "approve" else
                   ngettext("Publication refused: %(num)d leak-guard hit remains.",
                            "Publication refused: %(num)d leak-guard hits remain.", count))
        anchor = "leak-guard"
    else:
        # Domain messages and their field messages are fixed texts, never a private value.
        fields = exc.details.get("fields") if isinstance(exc, ValidationFailed) else None
        message = " ".join([exc.message, *(fields or {}).values()])
        anchor = "decision"
    flash(message, "error")
    return redirect(url_for("moderate.review", handle=handle, _anchor=anchor))


@bp.route("/allegations/<handle>/approve", methods=["POST"])
@allow(*STAFF)
def approve(handle: str):
    allegation_id = _allegation_id(handle)
    try:
        workflow.approve(db_session(), g.user, allegation_id, expected_version=_posted_version())
    except (LeakFound, ValidationFailed, TransitionError, StaleVersion) as exc:
        return _decision_refused(handle, exc, "approve")
    return _done(handle, _("Approved. Another moderator can now publish it."))


@bp.route("/allegations/<handle>/publish", methods=["POST"])
@allow(*STAFF)
def publish(handle: str):
    allegation_id = _allegation_id(handle)
    try:
        allegation = workflow.publish(db_session(), g.user, allegation_id, four_eyes=current_app.config["FOUR_EYES"],
                                      expected_version=_posted_version(),
                                      exceptions_confirmed=request.form.get("exceptions_confirmed") == "yes")
    except (LeakFound, ValidationFailed, TransitionError, StaleVersion) as exc:
        return _decision_refused(handle, exc, "publish")
    return _done(handle, _("Published as %(reference)s.", reference=allegation.reference))


@bp.route("/allegations/<handle>/leak-check", methods=["POST"])
@allow(*STAFF)
def leak_check(handle: str):
    """The leak guard on the moderator's unsaved texts, for the review page's live panel.

    JSON in, JSON out; the CSRF token comes in the X-CSRFToken header. Nothing is saved and the
    texts are never logged; the answer is never cached (it holds private values).
    """
    allegation_id = _allegation_id(handle)
    proposed = request.get_json(silent=True)
    if not isinstance(proposed, dict):
        return _json_error(400, "invalid_request", _("Send the public texts as a JSON object."))
    try:
        check = workflow.check_proposed_texts(db_session(), g.user, allegation_id, proposed)
    except (ValidationFailed, TransitionError) as exc:
        return _json_error(exc.status, exc.code, exc.message)
    hits = check.hits
    summary_hits = [h for h in hits if h.field == "summary"]
    segments = editor.marked_segments(check.texts.get("summary", ""), summary_hits) if "summary" in check.texts else []
    message = (ngettext("Unsaved text: %(num)d possible leak in the public fields.",
                        "Unsaved text: %(num)d possible leaks in the public fields.", len(hits)) if hits
               else _("Unsaved text: the leak guard finds no private value or identifying pattern in the public fields."))
    response = jsonify({
        "count": len(hits),
        "message": message,
        "hits": [{"field": h.field, "kind": h.kind, "kind_label": str(HIT_KINDS.get(h.kind, h.kind)), "text": h.text}
                 for h in hits],
        "summary_segments": [{"text": text, "kind": hit.kind if hit else None,
                              "kind_label": str(HIT_KINDS.get(hit.kind, hit.kind)) if hit else None}
                             for text, hit in segments],
    })
    response.headers["Cache-Control"] = "no-store"
    return response


def _json_error(status: int, code: str, message: str):
    response = jsonify({"error": {"code": code, "message": message}})
    response.status_code = status
    response.headers["Cache-Control"] = "no-store"
    return response


# ---------------------------------------------------------------------------------------------
# Published allegations: follow-ups, corrections, retraction.

@bp.route("/allegations/<handle>/follow-ups", methods=["POST"])
@allow(*STAFF)
def add_follow_up(handle: str):
    allegation_id = _allegation_id(handle)
    form = FollowUpForm()
    if not form.validate_on_submit():
        return _review_page(allegation_id, status=400, follow_up_form=form)
    try:
        workflow.add_follow_up(db_session(), g.user, allegation_id, form.kind.data, form.happened_on.data,
                               form.follow_up_text.data)
    except (LeakFound, ValidationFailed, TransitionError) as exc:
        return _refused(allegation_id, exc, "follow_up_form", form)
    return _done(handle, _("The follow-up is published."), "published")


@bp.route("/allegations/<handle>/correct", methods=["POST"])
@allow(*STAFF)
def correct(handle: str):
    allegation_id = _allegation_id(handle)
    form = CorrectionForm()
    if not form.validate_on_submit():
        return _review_page(allegation_id, status=400, correction_form=form)
    try:
        workflow.correct(db_session(), g.user, allegation_id, form.public_data(), form.correction_note.data or "",
                         expected_version=form.version.data or "")
    except StaleVersion as exc:
        db_session().rollback()
        form.form_errors.append(exc.message)
        return _review_page(allegation_id, status=409, correction_form=form)
    except (LeakFound, ValidationFailed, TransitionError) as exc:
        return _refused(allegation_id, exc, "correction_form", form)
    return _done(handle, _("The correction is published."), "published")


@bp.route("/allegations/<handle>/retract", methods=["POST"])
@allow(*STAFF)
def retract(handle: str):
    allegation_id = _allegation_id(handle)
    form = RetractForm()
    if not form.validate_on_submit():
        return _review_page(allegation_id, status=400, retract_form=form)
    try:
        workflow.retract(db_session(), g.user, allegation_id, form.retraction_reason.data)
    except (LeakFound, ValidationFailed, TransitionError) as exc:
        return _refused(allegation_id, exc, "retract_form", form)
    return _done(handle, _("Retracted. The public page now shows the retraction notice."))


@bp.route("/allegations/<handle>/publish/confirm")
@allow(*STAFF)
def confirm_publish(handle: str):
    """The step before publishing, a page of its own (no JavaScript): what becomes public, where,
    and every exception to the leak guard for the publishing moderator to confirm."""
    allegation_id = _allegation_id(handle)
    review = queue.review(db_session(), g.user, allegation_id)
    allegation = review.allegation
    if allegation.state != State.approved or workflow.blocked_by_four_eyes(g.user, allegation,
                                                                            current_app.config["FOUR_EYES"]):
        return redirect(url_for("moderate.review", handle=handle, _anchor="decision"))
    return render_template("moderate/confirm_publish.html", allegation=allegation, title=review.working.title,
                           exceptions=review.private.false_positives)


# ---------------------------------------------------------------------------------------------
# Preview: the public page exactly as it will be published.

@bp.route("/allegations/<handle>/preview")
@allow(*STAFF)
def preview(handle: str):
    allegation_id = _allegation_id(handle)
    review = queue.review(db_session(), g.user, allegation_id)
    allegation = review.allegation
    now = utcnow()
    # A copy, never the database object: the preview must not change what is stored.
    copy = allegation.model_copy(update={
        **review.working.values(),
        "state": State.published, "reference": allegation.reference or PREVIEW_REFERENCE,
        "published_at": allegation.published_at or now, "updated_at": allegation.updated_at or now,
    })
    record = publicview.public_allegation(copy, review.follow_ups, current_app.config["BASE_URL"])
    flash(_("Preview: this is how the public page will look once published. It is not public."), "warning")
    try:
        return render_template("public/allegation.html", record=record, preview=True, handle=handle,
                               **_public_page_context(record))
    except (TemplateNotFound, UndefinedError) as exc:
        # The public page needs something this side cannot give: show the record plainly instead.
        log.warning("preview falls back to its own template: %s", type(exc).__name__)
        return render_template("moderate/preview.html", record=record, handle=handle)


def _public_page_context(record: dict) -> dict:
    """What the public blueprint gives its templates (its context processor runs only on its pages)."""
    from . import public

    extra = {}
    if hasattr(public, "readable_date"):
        extra["readable_date"] = public.readable_date
    if hasattr(public, "feed_links"):
        extra["feeds"] = public.feed_links(record=record)
        extra["site_feeds"] = public.feed_links()
    return extra
