"""A retried "save and submit" never creates a second allegation: the form's token finds the first."""
from __future__ import annotations

import re

import pytest
from sqlmodel import select

from registry.domain import workflow

from registry import create_app
from registry import db as dbmod
from registry.domain.models import Allegation, State

from .conftest import ACTORS, Browser, csrf_token, _truncate_postgres, seed_actors
from .test_concurrency import run_together
from .test_intake import FORM


def _form_fields(browser) -> dict:
    """The hidden fields of a fresh new-allegation form, as the browser holds them."""
    page = browser.get("/submissions/new").get_data(as_text=True)
    token = re.search(r'name="submission_token" type="hidden" value="([^"]+)"', page) or \
        re.search(r'id="submission_token" name="submission_token" type="hidden" value="([^"]+)"', page)
    assert token, "the form carries no submission token"
    return {"csrf_token": csrf_token(page), "submission_token": token.group(1)}


def _allegations(database) -> list[Allegation]:
    with database.session() as session:
        return list(session.exec(select(Allegation)))


def test_a_retried_save_and_submit_lands_on_the_same_allegation(submitter_a, database):
    fields = _form_fields(submitter_a)
    first = submitter_a.post_raw("/submissions/new", {**FORM, **fields, "submit_allegation": "Submit"})
    assert first.status_code == 302
    # The answer was lost (a crash, a dropped connection): the browser sends the same form again.
    again = submitter_a.post_raw("/submissions/new", {**FORM, **fields, "submit_allegation": "Submit"})
    assert again.status_code == 302
    assert again.headers["Location"] == first.headers["Location"]
    stored = _allegations(database)
    assert len(stored) == 1 and stored[0].state == State.submitted


def test_a_retried_draft_save_updates_the_same_draft(submitter_a, database):
    fields = _form_fields(submitter_a)
    first = submitter_a.post_raw("/submissions/new", {**FORM, **fields, "save": "Save draft"})
    again = submitter_a.post_raw("/submissions/new", {**FORM, **fields, "title": "A better title", "save": "Save draft"})
    assert first.status_code == again.status_code == 302
    assert again.headers["Location"] == first.headers["Location"]
    stored = _allegations(database)
    with database.session() as session:
        title = workflow.working_copy(session, session.get(Allegation, stored[0].id)).title  # sealed until published
    assert len(stored) == 1 and title == "A better title" and stored[0].state == State.draft


def test_two_new_forms_make_two_allegations(submitter_a, database):
    for _ in range(2):
        fields = _form_fields(submitter_a)
        assert submitter_a.post_raw("/submissions/new", {**FORM, **fields, "save": "Save draft"}).status_code == 302
    assert len(_allegations(database)) == 2


def test_another_account_with_the_same_token_gets_its_own_allegation(submitter_a, submitter_b, database):
    fields = _form_fields(submitter_a)
    submitter_a.post_raw("/submissions/new", {**FORM, **fields, "save": "Save draft"})
    theirs = {**_form_fields(submitter_b), "submission_token": fields["submission_token"]}
    response = submitter_b.post_raw("/submissions/new", {**FORM, **theirs, "save": "Save draft"})
    assert response.status_code == 302
    assert len({a.organisation_id for a in _allegations(database)}) == 2


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_app(request, app_config):
    config = dict(app_config)
    if request.param == "postgres":
        config["DATABASE_URL"] = request.getfixturevalue("postgres_url")
    app = create_app(config)
    database = app.extensions["registry_database"]
    if not database.is_sqlite:  # a fresh schema, or TEST_DATABASE_URL's shared one (make test-postgres)
        dbmod.upgrade(database)
        _truncate_postgres(database)
        seed_actors(database)
    yield app
    database.dispose()


def test_the_same_form_posted_twice_at_once_makes_one_allegation(any_app):
    database = any_app.extensions["registry_database"]
    browser = Browser(any_app.test_client())
    browser.login(ACTORS["submitter_a"][0])
    fields = _form_fields(browser)
    cookie = browser.client.get_cookie("registry_session").value

    def post():
        client = any_app.test_client()
        client.set_cookie("registry_session", cookie)
        response = client.post("/submissions/new", data={**FORM, **fields, "submit_allegation": "Submit"})
        return response.status_code, response.headers.get("Location")

    results = run_together(post, post)
    assert [status for status, _ in results] == [302, 302], results
    assert results[0][1] == results[1][1]
    stored = _allegations(database)
    assert len(stored) == 1 and stored[0].state == State.submitted
