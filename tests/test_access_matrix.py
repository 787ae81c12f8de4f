"""The access-control matrix: every route of app.url_map, every actor, the status each must get.

EXPECTATIONS is the single table of who may reach what. A route added to the app without a row
here fails `test_every_route_has_a_declared_expectation`: whoever adds a route must decide, in
this file, who may call it.

Actors: anonymous ("anon"), a submitter of organisation A ("a"), a submitter of organisation B
("b"), a moderator ("mod"), an admin ("admin").

Decisions the table records:
- Submitter pages are for submitters: staff get 403 there (they know allegations exist; the
  moderation side is where they read them). A submitter of another organisation gets 404, so an
  allegation's existence stays private.
- The moderation and administration sides answer submitters 404 (nothing to learn there) and
  moderators 403 on administration.
- Anonymous GETs of signed-in pages are sent to the sign-in page; anonymous POSTs get 401.
- Every POST without a CSRF token is refused with 400, whoever sends it (the CSRF check runs
  before anything else).
"""
from __future__ import annotations

import re

from pathlib import Path

import pytest

from registry import feeds
from registry.domain.models import Allegation

from .conftest import ACTORS, Browser, csrf_token
from .factories import make_draft, make_published_allegation, make_submitted

LOGIN = "login"  # 302 to the sign-in page
ACTOR_NAMES = ("anon", "a", "b", "mod", "admin")
FIXTURE_OF = {"a": "submitter_a", "b": "submitter_b", "mod": "moderator", "admin": "admin"}


def everyone(status):
    return {actor: status for actor in ACTOR_NAMES}


def signed_in(status, anon=LOGIN):
    return {"anon": anon, "a": status, "b": status, "mod": status, "admin": status}


def submitter_page(own, other, anon=LOGIN):
    """Submitter pages: A owns the allegation, B belongs to another organisation, staff 403."""
    return {"anon": anon, "a": own, "b": other, "mod": 403, "admin": 403}


def staff_page(status, anon=LOGIN):
    return {"anon": anon, "a": 404, "b": 404, "mod": status, "admin": status}


def admin_page(status, anon=LOGIN):
    return {"anon": anon, "a": 404, "b": 404, "mod": 403, "admin": status}


# endpoint → method → actor → expected status. POST rows are the answers to a POST carrying a
# valid CSRF token and an empty form (the target allegation is published, so no decision goes
# through); without the token every POST answers 400 (test_post_without_csrf_token_is_refused).
EXPECTATIONS: dict[str, dict[str, dict[str, object]]] = {
    # Public website, feeds, API and downloads: open to everyone, signed in or not.
    "public.home": {"GET": everyone(200)},
    "public.allegations": {"GET": everyone(200)},
    "public.allegation": {"GET": everyone(200)},
    "public.statistics": {"GET": everyone(200)},
    "public.about": {"GET": everyone(200)},
    "public.feeds": {"GET": everyone(200)},
    "feeds.allegations": {"GET": everyone(200)},
    "feeds.filtered": {"GET": everyone(200)},
    "feeds.archive": {"GET": everyone(200)},
    "api.allegations": {"GET": everyone(200)},
    "api.allegation": {"GET": everyone(200)},
    "api.vocabularies": {"GET": everyone(200)},
    "api.openapi_document": {"GET": everyone(200)},
    "data.index": {"GET": everyone(200)},
    "data.allegations_csv": {"GET": everyone(200)},
    "data.allegations_json": {"GET": everyone(200)},
    "static": {"GET": everyone(200)},
    # Signing in and out.
    "auth.login": {"GET": {"anon": 200, "a": 302, "b": 302, "mod": 302, "admin": 302},
                   "POST": everyone(400)},  # an empty form is refused
    "auth.second_step": {"GET": everyone(LOGIN), "POST": everyone(LOGIN)},  # no password step pending
    "auth.logout": {"POST": signed_in(302, anon=401)},
    # One's own account.
    "account.index": {"GET": signed_in(200)},
    "account.password": {"GET": signed_in(200), "POST": signed_in(400, anon=401)},
    "account.two_factor": {"GET": signed_in(200)},
    "account.start_two_factor": {"POST": signed_in(302, anon=401)},
    "account.confirm_two_factor": {"GET": signed_in(302), "POST": signed_in(302, anon=401)},  # GET: a reload
    "account.recovery_codes": {"POST": signed_in(302, anon=401)},
    "account.sign_out_everywhere": {"POST": signed_in(302, anon=401)},
    # The submitting organisation's side.
    "submit.index": {"GET": submitter_page(200, 200)},
    "submit.new": {"GET": submitter_page(200, 200), "POST": submitter_page(302, 302, anon=401)},
    "submit.show": {"GET": submitter_page(200, 404)},
    "submit.edit": {"GET": submitter_page(200, 404),  # A's draft
                    "POST": submitter_page(302, 404, anon=401)},  # published: back to its page
    "submit.add_information": {"POST": submitter_page(400, 404, anon=401)},
    "submit.withdraw": {"POST": submitter_page(302, 404, anon=401)},  # refused with a message
    "submit.delete_draft": {"POST": submitter_page(302, 404, anon=401)},  # unconfirmed: back to the form
    # The moderation side.
    "moderate.queue": {"GET": staff_page(200)},
    "moderate.review": {"GET": staff_page(200)},
    "moderate.preview": {"GET": staff_page(200)},
    "moderate.claim": {"POST": staff_page(302, anon=401)},  # refused with a message: not submitted
    "moderate.release": {"POST": staff_page(302, anon=401)},
    "moderate.edit": {"POST": staff_page(400, anon=401)},
    "moderate.false_positive": {"POST": staff_page(400, anon=401)},
    "moderate.request_information": {"POST": staff_page(400, anon=401)},
    "moderate.reject": {"POST": staff_page(400, anon=401)},
    "moderate.approve": {"POST": staff_page(302, anon=401)},  # refused (not in review): back to the review
    "moderate.publish": {"POST": staff_page(302, anon=401)},  # refused (not approved): back to the review
    "moderate.leak_check": {"POST": staff_page(400, anon=401)},  # not JSON
    "moderate.confirm_publish": {"GET": staff_page(302)},  # not approved: back to the review
    "moderate.add_follow_up": {"POST": staff_page(400, anon=401)},
    "moderate.correct": {"POST": staff_page(400, anon=401)},
    "moderate.retract": {"POST": staff_page(400, anon=401)},
    # Administration.
    "admin.index": {"GET": admin_page(200)},
    "admin.organisations": {"GET": admin_page(200), "POST": admin_page(400, anon=401)},
    "admin.users": {"GET": admin_page(200), "POST": admin_page(400, anon=401)},
    "admin.user": {"GET": admin_page(200)},
    "admin.change_role": {"POST": admin_page(400, anon=401)},
    "admin.set_active": {"POST": admin_page(302, anon=401)},
    "admin.reset_password": {"POST": admin_page(200, anon=401)},  # a generated one-time password
    "admin.reset_two_factor": {"POST": admin_page(302, anon=401)},
}
# Posts that end the poster's session: sent last, each by a freshly signed-in browser.
SESSION_ENDING = ("auth.logout", "account.sign_out_everywhere")
# URL parameters per endpoint where the default (below) is not the right object.
PARAMETERS = {
    "submit.edit": {"GET": {"handle": "draft_a"}},
    "submit.show": {"GET": {"handle": "submitted_a"}},
    "moderate.review": {"GET": {"handle": "submitted_a"}},
    "moderate.preview": {"GET": {"handle": "submitted_a"}},
}


def test_every_route_has_a_declared_expectation(app):
    missing, stale = [], []
    routes = set()
    for rule in app.url_map.iter_rules():
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            routes.add((rule.endpoint, method))
            if method not in EXPECTATIONS.get(rule.endpoint, {}):
                missing.append(f"{method} {rule.rule} ({rule.endpoint})")
    for endpoint, methods in EXPECTATIONS.items():
        stale += [f"{m} {endpoint}" for m in methods if (endpoint, m) not in routes]
        for method, by_actor in methods.items():
            assert set(by_actor) == set(ACTOR_NAMES), f"{method} {endpoint} must name every actor"
    assert missing == [], "routes without an entry in EXPECTATIONS: declare who may call them"
    assert stale == [], "entries in EXPECTATIONS for routes that no longer exist"


# ---------------------------------------------------------------------------------------------
# The objects behind the URL parameters.

@pytest.fixture
def objects(app, database, users):
    """A draft, a submitted and two published allegations of organisation A; feeds with an archive."""
    with database.transaction() as session:
        draft, submitted = make_draft(session, users["submitter_a"]), make_submitted(session, users["submitter_a"])
        found = {"draft_a": draft.id, "submitted_a": submitted.id}
        handles = {"draft_a": draft.handle, "submitted_a": submitted.handle}
        published = make_published_allegation(session, users["submitter_a"], users["moderator"],
                                               users["second_moderator"])
        make_published_allegation(session, users["submitter_a"], users["moderator"], users["second_moderator"],
                                  title="Journalist harassed after a UPR session")
        found["published_a"] = published.id
        handles["published_a"] = published.handle
        found["reference"] = published.reference
    found["handles"] = handles
    found["target_user"] = users["second_moderator"].id
    app.config["FEED_SIZE"] = 1  # two allegations: the feed of all allegations has an archive
    feeds.regenerate(database, feeds.FeedSettings.from_config(app.config))
    assert (Path(app.config["FEED_DIR"]) / "archive/allegations/1.atom").exists()
    return found


def _values(objects, endpoint, method) -> dict:
    chosen = PARAMETERS.get(endpoint, {}).get(method, {})
    return {
        "handle": objects["handles"][chosen.get("handle", "published_a")],
        "user_id": objects["target_user"],
        "reference": objects["reference"],
        "fmt": "atom",
        "kind": "country",
        "value": "TN",
        "name": "allegations",
        "number": 1,
        "filename": "registry.css",
    }


def _url(app, rule, values) -> str:
    with app.test_request_context():
        from flask import url_for

        return url_for(rule.endpoint, **{k: values[k] for k in rule.arguments})


def _routes(app, method):
    for rule in sorted(app.url_map.iter_rules(), key=lambda r: (r.endpoint, r.rule)):
        if method in rule.methods:
            yield rule


def _check(response, expected, label, failures):
    response.get_data()  # consume streamed bodies (downloads) inside this test
    got = response.status_code
    if expected == LOGIN:
        location = response.headers.get("Location", "")
        if got != 302 or "/login" not in location:
            failures.append(f"{label}: expected redirect to sign-in, got {got} {location}")
    elif got != expected:
        failures.append(f"{label}: expected {expected}, got {got}")


@pytest.fixture
def browsers(request, anonymous):
    found = {"anon": anonymous}
    for actor, fixture in FIXTURE_OF.items():
        found[actor] = request.getfixturevalue(fixture)
    return found


def test_every_get_route_answers_each_actor_as_declared(app, objects, browsers):
    failures = []
    for rule in _routes(app, "GET"):
        url = _url(app, rule, _values(objects, rule.endpoint, "GET"))
        for actor in ACTOR_NAMES:
            response = browsers[actor].get(url)
            _check(response, EXPECTATIONS[rule.endpoint]["GET"][actor], f"GET {url} as {actor}", failures)
    assert failures == []


def test_post_without_csrf_token_is_refused(app, objects, browsers, database):
    with database.transaction() as session:
        before = session.get(Allegation, objects["published_a"]).version
    failures = []
    for rule in _routes(app, "POST"):
        url = _url(app, rule, _values(objects, rule.endpoint, "POST"))
        for actor in ACTOR_NAMES:
            response = browsers[actor].post_raw(url, data={"body": "x", "question": "x", "name": "x"})
            _check(response, 400, f"POST {url} as {actor} without CSRF token", failures)
            if response.status_code == 400:
                assert b"form expired" in response.data or b"csrf" in response.data.lower()
    assert failures == []
    with database.transaction() as session:
        assert session.get(Allegation, objects["published_a"]).version == before


def _token(browser) -> str:
    # Signed-in pages carry the sign-out form; the sign-in page carries its own form.
    page = browser.get("/")
    try:
        return csrf_token(page.get_data(as_text=True))
    except AssertionError:
        return csrf_token(browser.get("/login").get_data(as_text=True))


def test_post_with_csrf_token_answers_each_actor_as_declared(app, objects, browsers):
    failures = []
    rules = list(_routes(app, "POST"))
    ordinary = [r for r in rules if r.endpoint not in SESSION_ENDING]
    for rule in ordinary:
        url = _url(app, rule, _values(objects, rule.endpoint, "POST"))
        for actor in ACTOR_NAMES:
            browser = browsers[actor]
            response = browser.post_raw(url, data={"csrf_token": _token(browser)})
            _check(response, EXPECTATIONS[rule.endpoint]["POST"][actor], f"POST {url} as {actor}", failures)
    for rule in [r for r in rules if r.endpoint in SESSION_ENDING]:
        url = _url(app, rule, _values(objects, rule.endpoint, "POST"))
        for actor in ACTOR_NAMES:
            browser = Browser(app.test_client())
            if actor != "anon":
                browser.login(ACTORS[FIXTURE_OF[actor]][0])
            response = browser.post_raw(url, data={"csrf_token": _token(browser)})
            _check(response, EXPECTATIONS[rule.endpoint]["POST"][actor], f"POST {url} as {actor}", failures)
    assert failures == []


def test_submitter_of_other_organisation_learns_nothing_from_the_404(objects, submitter_b, anonymous):
    """The 404 for another organisation's allegation is the same page as for an id that never existed."""
    theirs = submitter_b.get(f"/submissions/{objects['handles']['submitted_a']}")
    nothing = submitter_b.get("/submissions/bGVhay1ub3QtaGVyZS0xMjM0")  # a well-formed handle nobody has
    wrong = submitter_b.get("/submissions/987654")
    assert theirs.status_code == nothing.status_code == wrong.status_code == 404
    # The CSRF token in the page's forms is signed with the second it was made; mask it.
    pages = [re.sub(r'(name="csrf_token"[^>]*value=")[^"]+', r"\1…", r.get_data(as_text=True))
             for r in (theirs, nothing, wrong)]
    assert "csrf_token" in pages[0]
    assert pages[0] == pages[1] == pages[2]
