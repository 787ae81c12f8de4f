"""The moderators' web side through the test client, CSRF on."""
from __future__ import annotations

import base64
import datetime as dt
import json
import logging
import zlib

import pytest
from sqlmodel import select

from registry.domain import editor, redaction, workflow
from registry.domain.models import Allegation, AuditRecord, FollowUp, State

from .conftest import csrf_token
from .factories import (
    PRIVATE_NAME,
    PRIVATE_PLACE,
    SAFE_SUMMARY,
    make_approved,
    make_in_review,
    make_published_allegation,
    make_submitted,
    review_url,
    submission_url,
)

NARRATIVE_NAME = "Zainab"


def _make(database, maker, users, *args, **overrides):
    with database.transaction() as session:
        actors = [users[name] for name in args]
        return maker(session, *actors, **overrides).id


def _load(database, allegation_id):
    with database.transaction() as session:
        allegation = session.get(Allegation, allegation_id)
        # The public fields as they stand: sealed in the working copy until publication.
        return workflow.working_copy(session, allegation), workflow.read_private(session, allegation)


def _review_url(database, allegation_id):
    return review_url(database, allegation_id)


def _edit_data(allegation, **changes):
    """The edit form as the review page fills it, with changes."""
    data = {
        "version": str(allegation.version),
        "title": allegation.title, "country": allegation.country, "region": allegation.region,
        "incident_date": allegation.incident_date.isoformat() if allegation.incident_date else "",
        "incident_date_precision": allegation.incident_date_precision,
        "mechanisms": allegation.mechanisms, "mechanism_detail": allegation.mechanism_detail,
        "engagement_kinds": allegation.engagement_kinds, "reprisal_types": allegation.reprisal_types,
        "perpetrators": allegation.perpetrators, "victim_type": allegation.victim_type,
        "victim_categories": allegation.victim_categories, "victim_count": str(allegation.victim_count),
        "summary": allegation.summary, "case_status": allegation.case_status, "internal_notes": "",
        "save": "Save changes",
    }
    data.update(changes)
    return data


# ---------------------------------------------------------------------------------------------
# The queue.

def test_queue_counts_each_state_and_lists_oldest_first(moderator, database, users):
    first = _make(database, make_submitted, users, "submitter_a", title="First case submitted")
    second = _make(database, make_submitted, users, "submitter_b", title="Second case submitted")
    _make(database, make_in_review, users, "submitter_a", "moderator", title="Case under review")
    with database.transaction() as session:  # make the second look older than the first
        session.get(Allegation, second).submitted_at = session.get(Allegation, first).submitted_at - dt.timedelta(days=1)
    page = moderator.get("/moderate/").get_data(as_text=True)
    assert 'Submitted <span class="count">2</span>' in page
    assert 'In review <span class="count">1</span>' in page
    assert page.index("Second case submitted") < page.index("First case submitted")
    assert "Case under review" not in page
    in_review = moderator.get("/moderate/?state=in_review").get_data(as_text=True)
    assert "Case under review" in in_review and "First case submitted" not in in_review


def test_queue_filters_by_country_reprisal_type_and_claimed_by_me(moderator, database, users):
    _make(database, make_submitted, users, "submitter_a", title="Tunisian detention case")
    _make(database, make_submitted, users, "submitter_a", title="Belarus travel ban case", country="BY",
          reprisal_types=["travel-ban"])
    _make(database, make_in_review, users, "submitter_a", "moderator", title="Mine to review")
    _make(database, make_in_review, users, "submitter_a", "second_moderator", title="Someone else's review")
    by_country = moderator.get("/moderate/?country=BY").get_data(as_text=True)
    assert "Belarus travel ban case" in by_country and "Tunisian detention case" not in by_country
    by_type = moderator.get("/moderate/?reprisal_type=arbitrary-detention").get_data(as_text=True)
    assert "Tunisian detention case" in by_type and "Belarus travel ban case" not in by_type
    mine = moderator.get("/moderate/?state=in_review&mine=y").get_data(as_text=True)
    assert "Mine to review" in mine and "Someone else&#39;s review" not in mine
    nonsense = moderator.get("/moderate/?country=ZZZ&reprisal_type=nope&state=bogus")
    assert nonsense.status_code == 200 and "Tunisian detention case" in nonsense.get_data(as_text=True)


def test_queue_filters_on_sealed_fields_keep_counts_and_pages_right(database, users):
    """Country and type of an unpublished allegation are sealed: the queue opens them, and its
    counts and pages follow the filter exactly (published ones are filtered the same way)."""
    from registry.domain import queue

    for n in range(5):
        _make(database, make_submitted, users, "submitter_a", title=f"Belarus case {n}", country="BY",
              reprisal_types=["travel-ban"])
    _make(database, make_submitted, users, "submitter_a", title="Tunisian case")
    _make(database, make_published_allegation, users, "submitter_a", "moderator", "second_moderator",
          country="BY", reprisal_types=["travel-ban"], title="Published Belarus case")
    flt = queue.QueueFilter(country="by", reprisal_type="travel-ban")
    with database.transaction() as session:
        mod = users["moderator"]
        counts = queue.counts(session, mod, flt)
        assert counts["submitted"] == 5 and counts["published"] == 1
        assert queue.counts(session, mod)["submitted"] == 6
        pages = [queue.list_allegations(session, mod, "submitted", flt, page=p, per_page=2) for p in (1, 2, 3)]
        assert [total for _rows, total in pages] == [5, 5, 5]
        titles = [row.allegation.title for rows, _total in pages for row in rows]
        assert titles == [f"Belarus case {n}" for n in range(5)]
        rows, total = queue.list_allegations(session, mod, "published", flt)
        assert total == 1 and rows[0].allegation.title == "Published Belarus case"
        assert queue.list_allegations(session, mod, "submitted", queue.QueueFilter(country="TN"))[1] == 1


def test_queue_paginates(app, moderator, database, users):
    app.config["PAGE_SIZE"] = 2
    for n in range(3):
        _make(database, make_submitted, users, "submitter_a", title=f"Paged case {n}")
    first = moderator.get("/moderate/").get_data(as_text=True)
    assert "Page 1 of 2" in first and "Paged case 2" not in first
    second = moderator.get("/moderate/?page=2").get_data(as_text=True)
    assert "Paged case 2" in second and "Paged case 0" not in second


def test_review_urls_carry_a_random_handle_and_a_wrong_one_is_404(moderator, database, users):
    allegation_id = _make(database, make_submitted, users, "submitter_a")
    allegation, _ = _load(database, allegation_id)
    queue_page = moderator.get("/moderate/").get_data(as_text=True)
    assert f"/moderate/allegations/{allegation.handle}" in queue_page
    assert f"/moderate/allegations/{allegation_id}\"" not in queue_page
    assert moderator.get(f"/moderate/allegations/{allegation_id}").status_code == 404  # the id opens nothing
    assert moderator.get("/moderate/allegations/bGVhay1ub3QtaGVyZS0xMjM0").status_code == 404
    assert moderator.get("/moderate/allegations/%00%00%00%00%00%00%00%00%00%00%00%00%00%00%00%00").status_code == 404
    assert moderator.get(_review_url(database, allegation_id)).status_code == 200


def test_moderator_claims_and_releases_from_the_queue(moderator, database, users):
    allegation_id = _make(database, make_submitted, users, "submitter_a")
    response = moderator.post(f"{review_url(database, allegation_id)}/claim", form_url="/moderate/")
    assert response.status_code == 302 and response.headers["Location"].endswith(_review_url(database, allegation_id))
    allegation, _ = _load(database, allegation_id)
    assert allegation.state == State.in_review and allegation.claimed_by_id == users["moderator"].id
    again = moderator.post(f"{review_url(database, allegation_id)}/claim", form_url="/moderate/", follow_redirects=True)
    assert "Cannot claim an allegation that is in review" in again.get_data(as_text=True)
    response = moderator.post(f"{review_url(database, allegation_id)}/release", form_url="/moderate/?state=in_review")
    assert response.status_code == 302
    assert _load(database, allegation_id)[0].state == State.submitted


# ---------------------------------------------------------------------------------------------
# Access.

def test_review_page_shows_private_fields_to_moderators(moderator, database, users):
    allegation_id = _make(database, make_in_review, users, "submitter_a", "moderator",
                          evidence_notes="Medical certificate from the prison doctor")
    page = moderator.get(_review_url(database, allegation_id)).get_data(as_text=True)
    for private_value in (PRIVATE_NAME, PRIVATE_PLACE, "TN-4471902", "zainab.o@example.net",
                          "Call our focal point", "Defenders Network A", "Medical certificate"):
        assert private_value in page
    assert 'id="narrative"' in page and "questioned for two days" in page


def test_submitter_gets_404_on_moderation_pages(submitter_a, database, users):
    allegation_id = _make(database, make_in_review, users, "submitter_a", "moderator")
    for url in ("/moderate/", _review_url(database, allegation_id), _review_url(database, allegation_id) + "/preview"):
        assert submitter_a.get(url).status_code == 404
    response = submitter_a.post(_review_url(database, allegation_id) + "/approve", form_url=f"{submission_url(database, allegation_id)}")
    assert response.status_code == 404
    assert _load(database, allegation_id)[0].state == State.in_review


def test_anonymous_is_sent_to_sign_in(anonymous):
    response = anonymous.get("/moderate/")
    assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_post_without_csrf_token_is_refused(moderator, database, users):
    allegation_id = _make(database, make_submitted, users, "submitter_a")
    response = moderator.post_raw(f"{review_url(database, allegation_id)}/claim", {})
    assert response.status_code == 400
    assert _load(database, allegation_id)[0].state == State.submitted


# ---------------------------------------------------------------------------------------------
# Editing.

def test_edit_saves_public_fields_redactions_and_internal_notes(moderator, database, users):
    allegation_id = _make(database, make_in_review, users, "submitter_a", "moderator")
    allegation, _ = _load(database, allegation_id)
    spans = [{"start": 0, "end": len(PRIVATE_NAME), "label": "name", "text": PRIVATE_NAME}]
    response = moderator.post(f"{_review_url(database, allegation_id)}/edit", _edit_data(
        allegation, title="Lawyer detained after HRC briefing", summary=SAFE_SUMMARY,
        internal_notes="Called the NGO on Tuesday", redactions=json.dumps(spans)), form_url=_review_url(database, allegation_id))
    assert response.status_code == 302
    allegation, private = _load(database, allegation_id)
    assert allegation.title == "Lawyer detained after HRC briefing"
    assert allegation.summary == SAFE_SUMMARY
    assert private.internal_notes == "Called the NGO on Tuesday"
    assert private.redactions == spans


def test_stale_save_is_refused_with_message_and_nothing_overwritten(moderator, second_moderator, database, users):
    allegation_id = _make(database, make_in_review, users, "submitter_a", "moderator")
    stale, _ = _load(database, allegation_id)
    first = second_moderator.post(f"{_review_url(database, allegation_id)}/edit", _edit_data(stale, summary="Sami's summary."),
                                  form_url=_review_url(database, allegation_id))
    assert first.status_code == 302
    response = moderator.post(f"{_review_url(database, allegation_id)}/edit",
                              _edit_data(stale, summary="Mona's summary, typed at length."),
                              form_url=_review_url(database, allegation_id))
    page = response.get_data(as_text=True)
    assert response.status_code == 409
    assert "was changed by sami@registry.example" in page and "Nothing was saved" in page
    assert "Mona&#39;s summary, typed at length." in page  # the typed values stay in the form
    assert _load(database, allegation_id)[0].summary == "Sami's summary."


def test_invalid_edit_shows_the_domain_message_beside_the_field(moderator, database, users):
    allegation_id = _make(database, make_in_review, users, "submitter_a", "moderator")
    allegation, _ = _load(database, allegation_id)
    response = moderator.post(f"{_review_url(database, allegation_id)}/edit",
                              _edit_data(allegation, incident_date="1900-01-01"), form_url=_review_url(database, allegation_id))
    assert response.status_code == 400
    assert "after the founding of the UN" in response.get_data(as_text=True)


def test_no_js_redact_every_occurrence_replaces_folded_matches_and_records_spans(moderator, database, users):
    narrative = "Zaïnab was warned. Officers told ZAINAB to stop; zainab refused."
    allegation_id = _make(database, make_in_review, users, "submitter_a", "moderator", original_narrative=narrative)
    allegation, _ = _load(database, allegation_id)
    response = moderator.post(f"{_review_url(database, allegation_id)}/edit", _edit_data(
        allegation, summary=narrative, redact_text="zainab", redact_label="name", redact="Redact and save"),
        form_url=_review_url(database, allegation_id))
    assert response.status_code == 302
    allegation, private = _load(database, allegation_id)
    assert allegation.summary == ("[name withheld] was warned. Officers told [name withheld] to stop; "
                                  "[name withheld] refused.")
    assert [s["text"] for s in private.redactions] == ["Zaïnab", "ZAINAB", "zainab"]


def test_no_js_undo_brings_the_text_back(moderator, database, users):
    allegation_id = _make(database, make_in_review, users, "submitter_a", "moderator")
    allegation, private = _load(database, allegation_id)
    summary, spans = editor.redact_everywhere("", private.original_narrative, [], PRIVATE_NAME, "name")
    summary = editor.seed_summary(private.original_narrative, spans)
    moderator.post(f"{_review_url(database, allegation_id)}/edit", _edit_data(allegation, summary=summary,
                   redactions=json.dumps(spans)), form_url=_review_url(database, allegation_id))
    allegation, _ = _load(database, allegation_id)
    response = moderator.post(f"{_review_url(database, allegation_id)}/edit", _edit_data(
        allegation, summary=allegation.summary, redactions=json.dumps(spans), undo="0"), form_url=_review_url(database, allegation_id))
    assert response.status_code == 302
    allegation, private = _load(database, allegation_id)
    assert allegation.summary.startswith(PRIVATE_NAME) and private.redactions == []


def test_start_the_summary_from_the_narrative(moderator, database, users):
    allegation_id = _make(database, make_in_review, users, "submitter_a", "moderator")
    page = moderator.get(_review_url(database, allegation_id)).get_data(as_text=True)
    assert "Start the summary from the narrative" in page
    allegation, private = _load(database, allegation_id)
    moderator.post(f"{_review_url(database, allegation_id)}/edit", _edit_data(
        allegation, summary="", seed_summary="Start the summary from the narrative"), form_url=_review_url(database, allegation_id))
    allegation, private = _load(database, allegation_id)
    assert allegation.summary == private.original_narrative


# ---------------------------------------------------------------------------------------------
# Decisions.

def test_request_information_reaches_the_submitter_and_the_answer_brings_it_back(moderator, submitter_a, database, users):
    allegation_id = _make(database, make_in_review, users, "submitter_a", "moderator")
    response = moderator.post(f"{_review_url(database, allegation_id)}/request-information",
                              {"question": "Which month did the detention happen?"}, form_url=_review_url(database, allegation_id))
    assert response.status_code == 302
    assert _load(database, allegation_id)[0].state == State.needs_information
    submitter_page = submitter_a.get(f"{submission_url(database, allegation_id)}").get_data(as_text=True)
    assert "Which month did the detention happen?" in submitter_page
    submitter_a.post(f"{submission_url(database, allegation_id)}/messages", {"body": "It was in March."},
                     form_url=f"{submission_url(database, allegation_id)}")
    assert _load(database, allegation_id)[0].state == State.in_review
    review = moderator.get(_review_url(database, allegation_id)).get_data(as_text=True)
    assert "It was in March." in review and "Organisation answered" in review


def test_empty_request_is_shown_as_a_form_error(moderator, database, users):
    allegation_id = _make(database, make_in_review, users, "submitter_a", "moderator")
    response = moderator.post(f"{_review_url(database, allegation_id)}/request-information", {"question": ""},
                              form_url=_review_url(database, allegation_id))
    assert response.status_code == 400 and "This field is required." in response.get_data(as_text=True)
    assert _load(database, allegation_id)[0].state == State.in_review


def test_reject_reason_is_visible_to_the_submitter(moderator, submitter_a, database, users):
    allegation_id = _make(database, make_in_review, users, "submitter_a", "moderator")
    response = moderator.post(f"{_review_url(database, allegation_id)}/reject",
                              {"rejection_reason": "Outside the registry's scope: no UN cooperation."},
                              form_url=_review_url(database, allegation_id))
    assert response.status_code == 302
    assert _load(database, allegation_id)[0].state == State.rejected
    page = submitter_a.get(f"{submission_url(database, allegation_id)}").get_data(as_text=True)
    assert "Outside the registry&#39;s scope: no UN cooperation." in page


def test_approve_is_refused_while_leak_hits_remain_and_every_hit_is_shown(moderator, database, users):
    allegation_id = _make(database, make_in_review, users, "submitter_a", "moderator")
    allegation, _ = _load(database, allegation_id)
    leaky = f"{PRIVATE_NAME} was detained at {PRIVATE_PLACE}; write to zainab.o@example.net."
    moderator.post(f"{_review_url(database, allegation_id)}/edit", _edit_data(allegation, summary=leaky),
                   form_url=_review_url(database, allegation_id))
    review = moderator.get(_review_url(database, allegation_id)).get_data(as_text=True)
    assert f'<mark class="leak leak-name">{PRIVATE_NAME}' in review  # highlighted in the summary preview
    assert "3 leak-guard hits remain: approval will be refused" in review and "free of leaks" not in review
    response = moderator.post(f"{_review_url(database, allegation_id)}/approve", {"version": _load(database, allegation_id)[0].version},
                              form_url=_review_url(database, allegation_id))
    # POST/redirect/GET: a reload of the page shown posts nothing again.
    assert response.status_code == 302
    assert response.headers["Location"].endswith(_review_url(database, allegation_id) + "#leak-guard")
    page = moderator.get(response.headers["Location"]).get_data(as_text=True)
    assert "Approval refused: 3 leak-guard hits remain." in page
    assert page.count('<li class="leak-hit">') == 3
    assert _load(database, allegation_id)[0].state == State.in_review
    # The flash travels in the readable session cookie: a count, never the text.
    moderator.post(f"{_review_url(database, allegation_id)}/approve", {"version": _load(database, allegation_id)[0].version},
                   form_url=_review_url(database, allegation_id))
    cookie = moderator.client.get_cookie("registry_session").value
    payload = cookie.split(".")[1]  # itsdangerous: [.]payload.timestamp.signature, "." when compressed
    raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
    raw = zlib.decompress(raw) if cookie.startswith(".") else raw
    assert b"leak-guard hits remain" in raw
    for value in (PRIVATE_NAME, "Zainab", "Okonkwo", "Oliviers", "zainab.o"):
        assert value.encode() not in raw


def test_false_positive_needs_a_note_then_clears_the_hit(moderator, database, users):
    allegation_id = _make(database, make_in_review, users, "submitter_a", "moderator")
    allegation, _ = _load(database, allegation_id)
    moderator.post(f"{_review_url(database, allegation_id)}/edit", _edit_data(allegation, summary="Case file 4471902 was opened."),
                   form_url=_review_url(database, allegation_id))
    hit = {"hit_field": "summary", "hit_text": "4471902"}
    without_note = moderator.post(f"{_review_url(database, allegation_id)}/false-positive", {**hit, "note": ""},
                                  form_url=_review_url(database, allegation_id))
    assert without_note.status_code == 400
    assert "This field is required." in without_note.get_data(as_text=True)
    response = moderator.post(f"{_review_url(database, allegation_id)}/false-positive",
                              {**hit, "note": "Public court docket number"}, form_url=_review_url(database, allegation_id))
    assert response.status_code == 302
    with database.transaction() as session:
        assert workflow.leak_hits(session, session.get(Allegation, allegation_id)) == []
    page = moderator.get(_review_url(database, allegation_id)).get_data(as_text=True)
    assert "The leak guard finds no private value" in page and "Public court docket number" in page


def test_four_eyes_keeps_the_approver_from_publishing(app, moderator, second_moderator, database, users):
    allegation_id = _make(database, make_approved, users, "submitter_a", "moderator")
    page = moderator.get(_review_url(database, allegation_id)).get_data(as_text=True)
    assert "another moderator must publish it" in page and "disabled" in page
    version = _load(database, allegation_id)[0].version
    refused = moderator.post(f"{_review_url(database, allegation_id)}/publish", {"version": version},
                             form_url=_review_url(database, allegation_id))
    assert refused.status_code == 302  # back to the review page, which says why
    assert "four-eyes" in moderator.get(refused.headers["Location"]).get_data(as_text=True)
    assert _load(database, allegation_id)[0].state == State.approved
    published = second_moderator.post(f"{_review_url(database, allegation_id)}/publish", {"version": version},
                                      form_url=_review_url(database, allegation_id))
    assert published.status_code == 302
    allegation, _ = _load(database, allegation_id)
    assert allegation.state == State.published and allegation.reference.startswith("RR-")


def test_one_person_registry_may_publish_what_it_approved(app, moderator, database, users):
    app.config["FOUR_EYES"] = False
    allegation_id = _make(database, make_approved, users, "submitter_a", "moderator")
    response = moderator.post(f"{_review_url(database, allegation_id)}/publish", {"version": _load(database, allegation_id)[0].version},
                              form_url=_review_url(database, allegation_id))
    assert response.status_code == 302
    assert _load(database, allegation_id)[0].state == State.published


# ---------------------------------------------------------------------------------------------
# Published allegations.

def test_follow_up_correction_and_retraction(moderator, database, users):
    allegation_id = _make(database, make_published_allegation, users, "submitter_a", "moderator", "second_moderator")
    url = _review_url(database, allegation_id)
    response = moderator.post(f"{url}/follow-ups", {"kind": "un-action", "happened_on": "2026-04-02",
                                                    "follow_up_text": "Special Rapporteurs sent a communication."},
                              form_url=url)
    assert response.status_code == 302
    allegation, _ = _load(database, allegation_id)
    response = moderator.post(f"{url}/correct", {**_edit_data(allegation, summary=SAFE_SUMMARY + " She was released."),
                                                 "correction_note": "The release was confirmed."}, form_url=url)
    assert response.status_code == 302, response.get_data(as_text=True)[-2000:]
    allegation, _ = _load(database, allegation_id)
    assert allegation.summary.endswith("She was released.")
    with database.transaction() as session:
        kinds = sorted(f.kind for f in session.exec(select(FollowUp).where(FollowUp.allegation_id == allegation_id)))
    assert kinds == ["correction", "un-action"]
    response = moderator.post(f"{url}/retract", {"retraction_reason": "The submitting NGO withdrew its account."},
                              form_url=url)
    assert response.status_code == 302
    allegation, _ = _load(database, allegation_id)
    assert allegation.state == State.retracted and allegation.retraction_reason.startswith("The submitting NGO")


def test_leaky_follow_up_is_refused_and_the_hit_shown(moderator, database, users):
    allegation_id = _make(database, make_published_allegation, users, "submitter_a", "moderator", "second_moderator")
    url = _review_url(database, allegation_id)
    response = moderator.post(f"{url}/follow-ups", {"kind": "situation-change", "happened_on": "2026-04-02",
                                                    "follow_up_text": f"{PRIVATE_NAME} was released."}, form_url=url)
    page = response.get_data(as_text=True)
    assert response.status_code == 409 and "Cannot add this follow-up" in page
    assert f"<q>{PRIVATE_NAME}</q>" in page
    assert f"{PRIVATE_NAME} was released." in page  # the typed text is kept
    with database.transaction() as session:
        assert session.exec(select(FollowUp).where(FollowUp.allegation_id == allegation_id)).first() is None


def _fields_of_form(page: str, action_suffix: str, index: int = 0) -> dict:
    """The hidden fields of the index-th form on the page whose action ends with action_suffix."""
    import re as _re
    forms = _re.findall(r'<form method="post" action="[^"]*' + _re.escape(action_suffix) + r'"[^>]*>(.*?)</form>',
                        page, _re.S)
    fields = dict(_re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', forms[index]))
    import html as _html
    return {k: _html.unescape(v) for k, v in fields.items()}


def test_a_name_in_a_follow_up_is_confirmed_as_public_and_the_text_comes_back(moderator, database, users):
    """A public official named in a follow-up: the recogniser asks, the moderator confirms with a
    note, the follow-up form comes back filled in, and the second send publishes it."""
    allegation_id = _make(database, make_published_allegation, users, "submitter_a", "moderator", "second_moderator")
    url = _review_url(database, allegation_id)
    text = "The Special Rapporteur raised the case with Minister Sekhukhune-Mabuza during the visit."
    data = {"kind": "un-action", "happened_on": "2026-04-02", "follow_up_text": text}
    refused = moderator.post(f"{url}/follow-ups", data, form_url=url)
    page = refused.get_data(as_text=True)
    assert refused.status_code == 409 and "<q>Sekhukhune-Mabuza</q>" in page
    fields = _fields_of_form(page, "/false-positive")
    assert fields["hit_field"] == "follow_up:new" and fields["proposed"] == text and fields["then"] == "follow_up_form"
    marked = moderator.post(f"{url}/false-positive", {**fields, "note": "The minister is a public official."},
                            form_url=url)
    again = marked.get_data(as_text=True)
    assert marked.status_code == 200 and 'id="marked"' in again
    assert f"{text}</textarea>" in again and 'value="2026-04-02"' in again  # nothing typed is lost
    sent = moderator.post(f"{url}/follow-ups", data, form_url=url)
    assert sent.status_code == 302
    with database.transaction() as session:
        bodies = [f.body for f in session.exec(select(FollowUp).where(FollowUp.allegation_id == allegation_id))]
        marks = workflow.read_private(session, session.get(Allegation, allegation_id)).false_positives
    assert bodies == [text]
    assert [m["field"].startswith("follow_up:") and m["field"] != "follow_up:new" for m in marks] == [True]
    # The mark was for that text: the same name in a later follow-up is a new question.
    later = moderator.post(f"{url}/follow-ups", {**data, "follow_up_text": "Sekhukhune-Mabuza met the family."},
                           form_url=url)
    assert later.status_code == 409


def test_a_name_in_a_retraction_reason_is_confirmed_for_that_reason_only(moderator, database, users):
    allegation_id = _make(database, make_published_allegation, users, "submitter_a", "moderator", "second_moderator")
    url = _review_url(database, allegation_id)
    reason = "Retracted at the request of the Kestrelford coalition, which submitted it."
    refused = moderator.post(f"{url}/retract", {"retraction_reason": reason}, form_url=url)
    page = refused.get_data(as_text=True)
    assert refused.status_code == 409 and "<q>Kestrelford</q>" in page
    fields = _fields_of_form(page, "/false-positive")
    assert fields["hit_field"] == "retraction_reason" and fields["proposed"] == reason
    other = moderator.post(f"{url}/retract", {"retraction_reason": "The Kestrelford coalition asked us to."}, form_url=url)
    assert other.status_code == 409
    marked = moderator.post(f"{url}/false-positive", {**fields, "note": "The coalition's public name."}, form_url=url)
    assert marked.status_code == 200 and f"{reason}</textarea>" in marked.get_data(as_text=True)
    # The mark holds for this reason, not for another that names the coalition too.
    assert moderator.post(f"{url}/retract", {"retraction_reason": "The Kestrelford coalition asked us to."},
                          form_url=url).status_code == 409
    assert moderator.post(f"{url}/retract", {"retraction_reason": reason}, form_url=url).status_code == 302
    assert _load(database, allegation_id)[0].state == State.retracted


def test_leaky_correction_is_refused_and_nothing_changes(moderator, database, users):
    allegation_id = _make(database, make_published_allegation, users, "submitter_a", "moderator", "second_moderator")
    allegation, _ = _load(database, allegation_id)
    response = moderator.post(f"{_review_url(database, allegation_id)}/correct",
                              _edit_data(allegation, summary=f"{PRIVATE_NAME} was released."),
                              form_url=_review_url(database, allegation_id))
    assert response.status_code == 409 and "Cannot save this correction" in response.get_data(as_text=True)
    assert _load(database, allegation_id)[0].summary == SAFE_SUMMARY


# ---------------------------------------------------------------------------------------------
# Audit trail and preview.

def test_audit_trail_shows_who_did_what_and_opens_sealed_notes(moderator, database, users):
    allegation_id = _make(database, make_in_review, users, "submitter_a", "moderator")
    with database.transaction() as session:
        workflow.edit(session, users["moderator"], allegation_id, {"summary": "File 4471902."}, expected_version=None)
        workflow.mark_false_positive(session, users["moderator"], allegation_id, "summary", "4471902",
                                     "A public court docket")
    page = moderator.get(_review_url(database, allegation_id)).get_data(as_text=True)
    audit = page[page.index('id="audit"'):]
    for text in ("alice@ngo-a.example", "submit", "mona@registry.example", "claim", "mark false positive",
                 "summary", "A public court docket"):
        assert text in audit
    with database.transaction() as session:
        assert session.exec(select(AuditRecord).where(AuditRecord.action == "mark_false_positive")).one().note_sealed


def test_preview_renders_the_public_record_and_changes_nothing(moderator, database, users):
    allegation_id = _make(database, make_in_review, users, "submitter_a", "moderator")
    allegation, _ = _load(database, allegation_id)
    moderator.post(f"{_review_url(database, allegation_id)}/edit", _edit_data(allegation, summary=SAFE_SUMMARY),
                   form_url=_review_url(database, allegation_id))
    before, _ = _load(database, allegation_id)
    response = moderator.get(f"{_review_url(database, allegation_id)}/preview")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "RR-PREVIEW" in page and "[location withheld]" in page and "It is not public" in page
    for private_value in (PRIVATE_NAME, PRIVATE_PLACE, "TN-4471902", "zainab.o@example.net"):
        assert private_value not in page
    after, _ = _load(database, allegation_id)
    assert (after.state, after.reference, after.version) == (State.in_review, None, before.version)


# ---------------------------------------------------------------------------------------------
# The editor's text operations (the browser runs the same in redaction.js).

def test_redact_text_matches_like_the_leak_guard():
    summary = "Zaïnab met ZAINAB's lawyer;  zainab\nokonkwo left."
    assert editor.redact_text(summary, "zainab", "name") == \
        "[name withheld] met [name withheld]'s lawyer;  [name withheld]\nokonkwo left."
    assert editor.redact_text(summary, "Zainab  Okonkwo", "name").endswith("[name withheld] left.")


def test_undo_restores_the_text_at_its_own_placeholder():
    narrative = "Ali met Ali at the office."
    spans = [{"start": 0, "end": 3, "label": "name", "text": "Ali"},
             {"start": 8, "end": 11, "label": "name", "text": "Ali"}]
    summary = editor.seed_summary(narrative, spans)
    assert summary == "[name withheld] met [name withheld] at the office."
    restored, remaining = editor.undo_redaction(summary, spans, 1)
    assert restored == "[name withheld] met Ali at the office." and remaining == spans[:1]
    edited, remaining = editor.undo_redaction("Rewritten entirely.", spans, 0)
    assert edited == "Rewritten entirely." and remaining == spans[1:]
    with pytest.raises(IndexError):
        editor.undo_redaction(summary, spans, 5)


def test_marked_segments_cut_the_text_around_each_hit():
    hits = redaction.leak_hits({"summary": "Call +216 74 555 0199 now."}, workflow.PrivateDetails())
    segments = editor.marked_segments("Call +216 74 555 0199 now.", hits)
    assert [(text, hit is not None) for text, hit in segments] == \
        [("Call ", False), ("+216 74 555 0199", True), (" now.", False)]


def _leak_check(client, url, texts, token):
    return client.post(url + "/leak-check", json=texts, headers={"X-CSRFToken": token, "Accept": "application/json"})


def test_leak_check_shows_hits_of_unsaved_text_and_saves_nothing(moderator, database, users, caplog):
    allegation_id = _make(database, make_in_review, users, "submitter_a", "moderator")
    before, _ = _load(database, allegation_id)
    url = _review_url(database, allegation_id)
    token = csrf_token(moderator.get(url).get_data(as_text=True))
    caplog.set_level(logging.DEBUG)
    typed = f"The lawyer {PRIVATE_NAME} was questioned."
    response = _leak_check(moderator.client, url, {"summary": typed, "title": "Lawyer questioned"}, token)
    assert response.status_code == 200 and response.headers["Cache-Control"] == "no-store"
    data = response.get_json()
    assert data["count"] >= 1 and data["message"].startswith("Unsaved text:")
    assert {"field": "summary", "kind": "name", "kind_label": "name", "text": PRIVATE_NAME} in data["hits"]
    marked = [s for s in data["summary_segments"] if s["kind"]]
    assert marked[0]["text"] == PRIVATE_NAME and "".join(s["text"] for s in data["summary_segments"]) == typed
    after, _ = _load(database, allegation_id)
    assert after.summary == before.summary and after.version == before.version  # nothing saved
    assert all("Okonkwo" not in r.getMessage() for r in caplog.records)  # the texts are never logged
    clear = _leak_check(moderator.client, url, {"summary": "The lawyer [name withheld] was questioned."}, token)
    assert clear.get_json()["count"] == 0 and clear.get_json()["hits"] == []


def test_leak_check_refuses_without_csrf_header_and_to_submitters(moderator, submitter_a, database, users):
    allegation_id = _make(database, make_in_review, users, "submitter_a", "moderator")
    url = _review_url(database, allegation_id)
    assert moderator.client.post(url + "/leak-check", json={"summary": PRIVATE_NAME}).status_code == 400
    token = csrf_token(submitter_a.get("/submissions/").get_data(as_text=True))
    assert _leak_check(submitter_a.client, url, {"summary": PRIVATE_NAME}, token).status_code == 404
    token = csrf_token(moderator.get(url).get_data(as_text=True))
    assert _leak_check(moderator.client, url, {"internal_notes": "x"}, token).status_code == 400  # not a public text
    assert _leak_check(moderator.client, url, {"summary": "x" * 20001}, token).status_code == 400


def test_every_occurrence_redaction_is_one_row_with_one_undo(moderator, database, users):
    narrative = "Zaïnab was warned. Officers told ZAINAB to stop; zainab refused."
    allegation_id = _make(database, make_in_review, users, "submitter_a", "moderator", original_narrative=narrative)
    allegation, _ = _load(database, allegation_id)
    moderator.post(f"{_review_url(database, allegation_id)}/edit", _edit_data(
        allegation, summary=narrative, redact_text="zainab", redact_label="name", redact="Redact and save"),
        form_url=_review_url(database, allegation_id))
    page = moderator.get(_review_url(database, allegation_id)).get_data(as_text=True)
    listing = page[page.index('id="redaction-list"'):page.index("</ol>", page.index('id="redaction-list"'))]
    assert listing.count('name="undo"') == 1 and "3 places" in listing
    allegation, private = _load(database, allegation_id)
    response = moderator.post(f"{_review_url(database, allegation_id)}/edit", _edit_data(
        allegation, summary=allegation.summary, redactions=json.dumps(private.redactions), undo="0"),
        form_url=_review_url(database, allegation_id))
    assert response.status_code == 302
    allegation, private = _load(database, allegation_id)
    assert private.redactions == [] and allegation.summary == narrative


def test_publishing_goes_through_a_confirmation_page(moderator, second_moderator, database, users):
    allegation_id = _make(database, make_approved, users, "submitter_a", "second_moderator")
    review = moderator.get(_review_url(database, allegation_id)).get_data(as_text=True)
    confirm_url = f"{_review_url(database, allegation_id)}/publish/confirm"
    assert f'href="{confirm_url}"' in review and f'action="{_review_url(database, allegation_id)}/publish"' not in review
    page = moderator.get(confirm_url)
    assert page.status_code == 200 and "Publish this allegation?" in page.get_data(as_text=True)
    version = str(_load(database, allegation_id)[0].version)
    response = moderator.post(f"{_review_url(database, allegation_id)}/publish", {"version": version}, form_url=confirm_url)
    assert response.status_code == 302 and _load(database, allegation_id)[0].state == State.published
    # The one who approved is sent back to the review: the four-eyes rule holds on this page too.
    other = _make(database, make_approved, users, "submitter_a", "second_moderator")
    assert second_moderator.get(f"{_review_url(database, other)}/publish/confirm").status_code == 302


def test_preview_links_back_to_the_review(moderator, database, users):
    allegation_id = _make(database, make_in_review, users, "submitter_a", "moderator")
    page = moderator.get(f"{_review_url(database, allegation_id)}/preview").get_data(as_text=True)
    assert f'href="{_review_url(database, allegation_id)}"' in page and "Back to the review" in page


def test_staff_and_submitter_pages_show_the_incident_date_as_readers_read_it(moderator, submitter_a, database,
                                                                            users):
    allegation_id = _make(database, make_submitted, users, "submitter_a",
                          incident_date=dt.date(2025, 3, 1), incident_date_precision="month")
    for browser, url in ((moderator, _review_url(database, allegation_id)), (submitter_a, submission_url(database, allegation_id))):
        page = browser.get(url).get_data(as_text=True)
        assert "March 2025" in page and "2025-03-01 (" not in page, url
        assert "mars 2025" in browser.get(url + "?lang=fr").get_data(as_text=True), url
