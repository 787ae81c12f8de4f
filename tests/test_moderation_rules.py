"""Rules found in review: each a way a private value or a moderator's intent could be lost."""
from __future__ import annotations

import pytest
from sqlalchemy import update
from sqlmodel import select

from registry.domain import workflow
from registry.domain.errors import LeakFound, TransitionError, ValidationFailed
from registry.domain.models import Allegation, AuditRecord, FollowUp, State

from .factories import PRIVATE_NAME, SAFE_SUMMARY, make_approved, make_in_review, make_published_allegation, \
    make_submitted
from .test_moderate import _edit_data, _load, _make, _review_url


def _session_contents(app, browser) -> str:
    cookie = browser.client.get_cookie(app.config["SESSION_COOKIE_NAME"])
    return repr(app.session_interface.get_signing_serializer(app).loads(cookie.value)) if cookie else ""


def test_a_redaction_that_finds_nothing_never_echoes_the_text_into_the_cookie(app, moderator, database, users):
    allegation_id = _make(database, make_in_review, users, "submitter_a", "moderator")
    allegation, _ = _load(database, allegation_id)
    response = moderator.post(f"{_review_url(database, allegation_id)}/edit", _edit_data(
        allegation, summary="Nothing to see.", redact_text=PRIVATE_NAME, redact_label="name",
        redact="Redact and save"), form_url=_review_url(database, allegation_id))
    assert response.status_code == 302
    assert PRIVATE_NAME not in _session_contents(app, moderator)  # flashes live in the signed cookie
    assert "That text does not occur in the summary." in moderator.get(_review_url(database, allegation_id)).get_data(as_text=True)


def test_retraction_is_never_blocked_by_a_leak_in_the_old_content(database, users):
    with database.transaction() as session:
        allegation = make_published_allegation(session, users["submitter_a"], users["moderator"],
                                               users["second_moderator"])
    with database.transaction() as session:  # a leak found after publication
        session.execute(update(Allegation).where(Allegation.id == allegation.id)
                        .values(summary=f"{PRIVATE_NAME} was detained."))
    with database.transaction() as session:
        workflow.retract(session, users["moderator"], allegation.id, "The account could not be confirmed.")
    with database.transaction() as session:
        assert session.get(Allegation, allegation.id).state == State.retracted
        with pytest.raises(LeakFound):  # the reason itself is still guarded
            other = make_published_allegation(session, users["submitter_a"], users["moderator"],
                                              users["second_moderator"])
            workflow.retract(session, users["moderator"], other.id, f"{PRIVATE_NAME} asked us to.")


def test_a_correction_note_alone_is_published_and_its_hits_can_be_cleared(database, users):
    with database.transaction() as session:
        allegation = make_published_allegation(session, users["submitter_a"], users["moderator"],
                                               users["second_moderator"])
    with database.transaction() as session:
        workflow.correct(session, users["moderator"], allegation.id, {}, "The date of the hearing was corrected.",
                         expected_version=allegation.version)
    with database.transaction() as session:
        current = session.get(Allegation, allegation.id)
        notes = [f.body for f in session.exec(select(FollowUp).where(FollowUp.allegation_id == allegation.id))]
        assert notes == ["The date of the hearing was corrected."]
        corrections = session.exec(select(AuditRecord).where(AuditRecord.allegation_id == allegation.id,
                                                             AuditRecord.action == "correct")).all()
        assert len(corrections) == 1
        version = current.version
    note = "OHCHR can be reached on +41 22 917 9220."  # a phone number: a pattern hit, here harmless
    with pytest.raises(LeakFound) as refused, database.transaction() as session:
        workflow.correct(session, users["moderator"], allegation.id, {}, note, expected_version=version)
    assert {hit.field for hit in refused.value.hits} == {"follow_up:new"}
    with database.transaction() as session:
        workflow.mark_false_positive(session, users["moderator"], allegation.id, "follow_up:new",
                                     refused.value.hits[0].text, "OHCHR's public switchboard, not a person's.")
    with database.transaction() as session:
        current = session.get(Allegation, allegation.id)
        workflow.correct(session, users["moderator"], allegation.id, {}, note, expected_version=current.version)


def test_a_damaged_or_missing_version_is_refused_not_a_500(moderator, database, users):
    allegation_id = _make(database, make_in_review, users, "submitter_a", "moderator")
    allegation, _ = _load(database, allegation_id)
    for version in ("x", "", "1e999"):
        response = moderator.post(f"{_review_url(database, allegation_id)}/edit",
                                  _edit_data(allegation, version=version, title="Changed title"),
                                  form_url=_review_url(database, allegation_id))
        assert response.status_code in (400, 409), version
        assert _load(database, allegation_id)[0].title == allegation.title


def test_a_cookie_copied_before_sign_out_is_worthless_after(app, moderator):
    cookie = moderator.client.get_cookie(app.config["SESSION_COOKIE_NAME"]).value
    assert moderator.get("/moderate/").status_code == 200
    moderator.post("/logout", {}, form_url="/moderate/")
    thief = app.test_client()
    thief.set_cookie(app.config["SESSION_COOKIE_NAME"], cookie)
    response = thief.get("/moderate/")
    assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_api_reference_with_a_nul_is_a_json_404(anonymous):
    response = anonymous.get("/api/v1/allegations/RR-2026%00-0001")
    assert response.status_code == 404
    assert response.get_json()["error"]["code"] == "not_found"


def test_names_cannot_be_published_without_recorded_consent(database, users):
    with database.transaction() as session:
        allegation = make_in_review(session, users["submitter_a"], users["moderator"], consent_to_naming=False)
        workflow.edit(session, users["moderator"], allegation.id,
                      {"summary": SAFE_SUMMARY, "public_victim_names": ["A relative, Karim"]},
                      expected_version=allegation.version)
    with pytest.raises(ValidationFailed) as refused, database.transaction() as session:
        workflow.approve(session, users["moderator"], allegation.id)
    assert "consent" in refused.value.message


def test_rejection_comes_after_review(database, users):
    with database.transaction() as session:
        allegation = make_submitted(session, users["submitter_a"])
    with pytest.raises(TransitionError), database.transaction() as session:
        workflow.reject(session, users["moderator"], allegation.id, "Out of scope.")


def test_the_same_choices_in_another_order_are_no_change(database, users):
    with database.transaction() as session:
        allegation = make_approved(session, users["submitter_a"], users["moderator"])
        reordered = list(reversed(workflow.working_copy(session, allegation).reprisal_types))
        workflow.edit(session, users["second_moderator"], allegation.id, {"reprisal_types": reordered},
                      expected_version=allegation.version)
        assert session.get(Allegation, allegation.id).state == State.approved  # approval kept


def test_hits_of_a_refused_follow_up_can_be_marked_from_the_page(moderator, database, users):
    with database.transaction() as session:
        allegation = make_published_allegation(session, users["submitter_a"], users["moderator"],
                                               users["second_moderator"])
    url = _review_url(database, allegation.id)
    response = moderator.post(f"{url}/follow-ups", {"kind": "un-action", "happened_on": "2026-04-02",
                                                   "follow_up_text": "OHCHR can be reached on +41 22 917 9220."}, form_url=url)
    page = response.get_data(as_text=True)
    assert response.status_code in (400, 409)
    assert 'name="hit_field" value="follow_up:new"' in page  # each hit of the refused text has its form
