"""The NGO intake flow through the test client, CSRF on."""
from __future__ import annotations

import html
import re

from sqlmodel import select

from registry.domain import workflow
from registry.domain.models import Allegation, State

from .factories import PRIVATE_NAME, PRIVATE_PLACE, make_submitted, submission_url

FORM = {
    "title": "Journalist's passport confiscated after UPR pre-session",
    "country": "BY",
    "region": "BY-HM",  # Horad Minsk
    "incident_date": "2026-02-03",
    "incident_date_precision": "month",
    "reprisal_types": ["travel-ban", "intimidation"],
    "perpetrators": ["security-forces"],
    "mechanisms": ["upr"],
    "mechanism_detail": "UPR pre-session, Geneva",
    "engagement_kinds": ["attended-session"],
    "victim_type": "individual",
    "victim_count": "1",
    "victim_categories": ["journalist"],
    "victim_names": "Aliaksandra Kuzmich\nPiotr Kuzmich",
    "victim_contacts": "sasha.k@example.org",
    "exact_location": "Minsk-2 airport, passport control",
    "id_numbers": "MP3344521",
    "identifying_details": "Editor of an independent regional weekly",
    "original_narrative": "Aliaksandra Kuzmich was stopped at Minsk-2 airport on her return from Geneva.",
    "evidence_notes": "Copy of the seizure protocol",
    "source_contact": "Signal: ask for our desk officer",
    "consent_to_naming": "y",
    "consent_to_share_un": "y",
}


def _id_from(database, location: str) -> int:
    """The id of the allegation whose handle the redirect carries."""
    handle = re.search(r"/submissions/([A-Za-z0-9_-]+)", location).group(1)
    with database.transaction() as session:
        return session.exec(select(Allegation.id).where(Allegation.handle == handle)).one()


def test_submitter_saves_draft_and_resumes_it(submitter_a, database):
    response = submitter_a.post("/submissions/new", {**FORM, "save": "Save draft"})
    assert response.status_code == 302
    allegation_id = _id_from(database, response.headers["Location"])
    page = submitter_a.get(f"{submission_url(database, allegation_id)}/edit").get_data(as_text=True)
    assert "Aliaksandra Kuzmich" in page  # the submitter sees what they typed
    assert 'value="UPR pre-session, Geneva"' in page
    with database.transaction() as session:
        assert session.get(Allegation, allegation_id).state == State.draft


def test_submitter_submits_and_sees_status(submitter_a, database):
    response = submitter_a.post("/submissions/new", {**FORM, "submit_allegation": "Submit"}, form_url="/submissions/new")
    assert response.status_code == 302
    allegation_id = _id_from(database, response.headers["Location"])
    page = submitter_a.get(f"{submission_url(database, allegation_id)}").get_data(as_text=True)
    assert "Submitted" in page
    listing = submitter_a.get("/submissions/").get_data(as_text=True)
    assert FORM["title"].replace("'", "&#39;") in listing
    with database.transaction() as session:
        allegation = session.get(Allegation, allegation_id)
        assert allegation.state == State.submitted
        private = workflow.read_private(session, allegation)
        assert private.victim_names == ["Aliaksandra Kuzmich", "Piotr Kuzmich"]
        assert private.consent_to_naming is True


def test_submit_with_missing_fields_keeps_the_draft_and_shows_errors(submitter_a, database):
    response = submitter_a.post("/submissions/new", {"title": "Only a title", "mechanism_detail": "HRC 55",
                                                     "submit_allegation": "Submit"})
    text = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Choose the State alleged responsible." in text
    assert "Describe what happened." in text
    assert 'value="Only a title"' in text and 'value="HRC 55"' in text  # nothing typed is lost
    with database.transaction() as session:
        draft = session.exec(select(Allegation)).one()
        assert draft.state == State.draft and workflow.working_copy(session, draft).title == "Only a title"
    # The form now saves into that draft rather than starting another.
    assert f'action=\"{submission_url(database, draft.id)}/edit"' in text


def test_invalid_values_are_refused_beside_the_field(submitter_a, database):
    response = submitter_a.post("/submissions/new", {**FORM, "country": "XX", "incident_date": "2999-01-01",
                                                     "victim_count": "0", "save": "Save"})
    text = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Not a valid choice" in text
    assert "Number must be between" in text
    assert "Aliaksandra Kuzmich" in text
    with database.transaction() as session:
        assert session.exec(select(Allegation)).first() is None


def test_missing_csrf_token_is_refused(submitter_a, database):
    response = submitter_a.post_raw("/submissions/new", {**FORM, "save": "Save"})
    assert response.status_code == 400
    with database.transaction() as session:
        assert session.exec(select(Allegation)).first() is None


def test_submitter_of_other_org_gets_404(submitter_a, submitter_b, database, users):
    with database.transaction() as session:
        allegation = make_submitted(session, users["submitter_a"])
    assert submitter_a.get(f"{submission_url(database, allegation.id)}").status_code == 200
    assert submitter_b.get(f"{submission_url(database, allegation.id)}").status_code == 404
    assert submitter_b.get(f"{submission_url(database, allegation.id)}/edit").status_code == 404


def test_submission_urls_carry_a_random_handle_never_the_id(submitter_a, database):
    """A sequential id in a URL would tell how many allegations exist and when each came."""
    locations = [submitter_a.post("/submissions/new", {**FORM, "save": "Save draft"}).headers["Location"]
                 for _ in range(2)]
    with database.transaction() as session:
        rows = session.exec(select(Allegation).order_by(Allegation.id)).all()
    for allegation, location in zip(rows, locations):
        assert location.endswith(f"/submissions/{allegation.handle}/edit")
        assert f"/{allegation.id}/" not in location and len(allegation.handle) >= 22
    assert rows[0].handle != rows[1].handle
    listing = submitter_a.get("/submissions/").get_data(as_text=True)
    assert all(f"/submissions/{a.handle}/edit" in listing for a in rows)
    assert not re.search(r"/submissions/\d+[\"/?]", listing)


def test_raw_database_holds_no_victim_name(submitter_a, app):
    submitter_a.post("/submissions/new", {**FORM, "submit_allegation": "Submit"})
    raw = (app.extensions["registry_database"].url.removeprefix("sqlite:///"))
    app.extensions["registry_database"].dispose()
    from pathlib import Path

    data = b"".join(p.read_bytes() for p in Path(raw).parent.glob("registry.sqlite3*"))
    for secret in ("Aliaksandra", "Kuzmich", "sasha.k@example.org", "Minsk-2 airport", "MP3344521"):
        assert secret.encode() not in data


def test_factory_private_values_sealed(database, users):
    with database.transaction() as session:
        allegation = make_submitted(session, users["submitter_a"])
        assert PRIVATE_NAME not in allegation.private_sealed
        assert workflow.read_private(session, allegation).exact_location == PRIVATE_PLACE


def test_domain_rules_show_beside_the_field_and_keep_input(submitter_a, database):
    response = submitter_a.post("/submissions/new", {**FORM, "incident_date": "1930-05-01", "save": "Save"})
    text = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Give a date after the founding of the UN (1945)." in text
    assert 'id="incident_date-error"' in text  # beside the field, tied to it for screen readers
    assert "Aliaksandra Kuzmich" in text and "Minsk-2 airport" in text
    with database.transaction() as session:
        assert session.exec(select(Allegation)).first() is None


def test_over_long_fields_are_refused_with_their_limit(submitter_a, database):
    response = submitter_a.post("/submissions/new", {**FORM, "title": "t" * 301, "mechanism_detail": "m" * 301, "save": "Save"})
    text = response.get_data(as_text=True)
    assert response.status_code == 400
    assert text.count("Field cannot be longer than") >= 2
    with database.transaction() as session:
        assert session.exec(select(Allegation)).first() is None


def test_unknown_vocabulary_choice_is_refused(submitter_a, database):
    response = submitter_a.post("/submissions/new", {**FORM, "reprisal_types": ["teleportation"], "save": "Save"})
    assert response.status_code == 400
    assert "is not a valid choice" in response.get_data(as_text=True)


def test_withdraw_and_add_information(submitter_a, database, users):
    with database.transaction() as session:
        allegation = make_submitted(session, users["submitter_a"])
    page = f"{submission_url(database, allegation.id)}"
    response = submitter_a.post(f"{page}/messages", {"body": "The hearing is set for next week."}, form_url=page)
    assert response.status_code == 302
    assert "The hearing is set for next week." in submitter_a.get(page).get_data(as_text=True)
    response = submitter_a.post(f"{page}/withdraw", {"reason": "The family asked us to."}, form_url=page)
    assert response.status_code == 302
    with database.transaction() as session:
        assert session.get(Allegation, allegation.id).state == State.withdrawn
    assert "Withdrawn" in submitter_a.get(page).get_data(as_text=True)


def test_published_allegation_cannot_be_withdrawn(submitter_a, database, users):
    from .factories import make_published_allegation

    with database.transaction() as session:
        allegation = make_published_allegation(session, users["submitter_a"], users["moderator"],
                                               users["second_moderator"])
    page = f"{submission_url(database, allegation.id)}"
    token_page = submitter_a.get(page).get_data(as_text=True)
    assert "Withdraw this allegation" not in token_page
    from .conftest import csrf_token

    response = submitter_a.post_raw(f"{page}/withdraw", {"csrf_token": csrf_token(token_page)})
    assert response.status_code == 302
    with database.transaction() as session:
        assert session.get(Allegation, allegation.id).state == State.published


def test_submitter_sees_every_private_value_they_submitted(submitter_a, database, users):
    from .factories import allegation_data, make_submitted, submission_url

    with database.transaction() as session:
        submitted_id = make_submitted(session, users["submitter_a"], identifying_details="Chairs the bar association",
                                      evidence_notes="Photos of the summons").id
    page = submitter_a.get(submission_url(database, submitted_id)).get_data(as_text=True)
    data = allegation_data()
    for value in (data["victim_contacts"], data["id_numbers"][0], data["source_contact"], data["exact_location"],
                  data["victim_names"][0], "Chairs the bar association", "Photos of the summons"):
        assert html.escape(value, quote=False) in page, value


def test_submitter_deletes_a_draft_and_everything_typed_into_it(submitter_a, moderator, database, app):
    response = submitter_a.post("/submissions/new", {**FORM, "save": "Save draft"})
    allegation_id = _id_from(database, response.headers["Location"])
    page = submission_url(database, allegation_id)
    # Without the confirmation nothing happens.
    response = submitter_a.post(f"{page}/delete", {}, form_url=f"{page}/edit")
    assert response.status_code == 302 and response.headers["Location"].endswith(f"{page}/edit")
    with database.transaction() as session:
        assert session.get(Allegation, allegation_id).state == State.draft
    response = submitter_a.post(f"{page}/delete", {"confirm": "y"}, form_url=f"{page}/edit")
    assert response.status_code == 302 and response.headers["Location"].endswith("/submissions/")
    listing = submitter_a.get("/submissions/").get_data(as_text=True)
    assert FORM["title"] not in listing
    assert submitter_a.get(page).status_code == 404
    assert submitter_a.get(f"{page}/edit").status_code == 404
    with database.transaction() as session:
        allegation = session.get(Allegation, allegation_id)
        assert workflow.is_discarded(allegation)
        private = workflow.read_private(session, allegation)
        assert not private.victim_names and not private.original_narrative and not private.exact_location
        assert workflow.working_copy(session, allegation).title == ""
        actions = [r.action for r in session.exec(select(workflow.AuditRecord).where(
            workflow.AuditRecord.allegation_id == allegation_id))]
        assert actions[-1] == "discard_draft"
    # Moderators never list it, not even among the withdrawn.
    withdrawn = moderator.get("/moderate/?state=withdrawn").get_data(as_text=True)
    assert FORM["title"] not in withdrawn


def test_only_a_draft_of_ones_own_organisation_can_be_deleted(submitter_a, submitter_b, database, users):
    response = submitter_a.post("/submissions/new", {**FORM, "save": "Save draft"})
    page = submission_url(database, _id_from(database, response.headers["Location"]))
    assert submitter_b.post(f"{page}/delete", {"confirm": "y"}, form_url="/submissions/new").status_code == 404
    with database.transaction() as session:
        submitted = make_submitted(session, users["submitter_a"])
    submitted_page = submission_url(database, submitted.id)
    response = submitter_a.post(f"{submitted_page}/delete", {"confirm": "y"}, form_url=submitted_page)
    assert response.status_code == 302
    with database.transaction() as session:
        assert session.get(Allegation, submitted.id).state == State.submitted
