"""Every page type is valid HTML: the Nu Html Checker (vnu.jar, from the npm package vnu-jar that
`make install` puts in node_modules/) finds no error in any of them.

The pages are rendered by the test client as each actor sees them (public, submitter, moderator,
admin, error pages, forms re-displayed with errors), written to a folder, and checked by one run
of the checker: one JVM start for all of them.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pyotp
import pytest

from registry import feeds

from .conftest import ACTORS, PASSWORD, Browser, csrf_token
from .factories import make_approved, make_draft, make_in_review, make_published_allegation, make_submitted, review_url, submission_url
from .test_fuzz import post_form

ROOT = Path(__file__).resolve().parents[1]
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def _retracted(session, users):
    from registry.domain import workflow

    allegation = make_published_allegation(session, users["submitter_a"], users["moderator"],
                                           users["second_moderator"], title="Later retracted")
    workflow.retract(session, users["moderator"], allegation.id, "The account could not be confirmed.")
    return allegation


@pytest.fixture
def pages(app, database, users, anonymous, submitter_a, moderator, admin):
    """(name, html) of every page type."""
    with database.transaction() as session:
        published = make_published_allegation(session, users["submitter_a"], users["moderator"],
                                               users["second_moderator"])
        retracted = _retracted(session, users)
        draft = make_draft(session, users["submitter_a"])
        submitted = make_submitted(session, users["submitter_a"])
        in_review = make_in_review(session, users["submitter_a"], users["moderator"])
        approved = make_approved(session, users["submitter_a"], users["second_moderator"])
        ids = {"published": (published.id, published.reference), "retracted": (retracted.id, retracted.reference),
               "draft": draft.id, "submitted": submitted.id, "in_review": in_review.id, "approved": approved.id}
    feeds.regenerate(database, feeds.FeedSettings.from_config(app.config))
    found: list[tuple[str, str, int]] = []

    def get(name, browser, url, status=200):
        response = browser.get(url)
        assert response.status_code == status, (name, url, response.status_code)
        found.append((name, response.get_data(as_text=True), response.status_code))

    public = {
        "home": "/", "allegations": "/allegations", "allegations-filtered": "/allegations?country=TN&q=lawyer",
        "allegations-bad-filter": "/allegations?year=20x4&country=XX", "allegation": f"/allegations/{ids['published'][1]}",
        "retracted": f"/allegations/{ids['retracted'][1]}", "statistics": "/statistics", "about": "/about",
        "subscribe": "/feeds", "open-data": "/data/", "login": "/login",
    }
    for name, url in public.items():
        get(name, anonymous, url)
    get("404", anonymous, "/no-such-page", 404)
    found.append(("405", anonymous.client.post("/about").get_data(as_text=True), 405))
    token = csrf_token(anonymous.get("/login").get_data(as_text=True))
    found.append(("login-failed", post_form(anonymous, "/login", {"email": "x@example.org", "password": "y"},
                                            token).get_data(as_text=True), 400))

    get("submissions", submitter_a, "/submissions/")
    get("new", submitter_a, "/submissions/new")
    get("edit-draft", submitter_a, submission_url(database, ids['draft'], "/edit"))
    get("submitted", submitter_a, submission_url(database, ids['submitted'], ""))
    get("published-as-submitter", submitter_a, submission_url(database, ids['published'][0], ""))
    token = csrf_token(submitter_a.get("/submissions/new").get_data(as_text=True))
    invalid = post_form(submitter_a, "/submissions/new", {"incident_date": "2026-02-30", "victim_count": "x",
                                                          "title": "t" * 500, "submit_allegation": "x"}, token)
    found.append(("new-with-errors", invalid.get_data(as_text=True), invalid.status_code))
    get("moderation-404-for-submitter", submitter_a, review_url(database, ids['in_review'], ""), 404)

    get("queue", moderator, "/moderate/")
    get("queue-filtered", moderator, "/moderate/?country=TN&state=published&mine=y")
    for state in ("submitted", "in_review", "approved"):
        get(f"review-{state}", moderator, review_url(database, ids[state], ""))
    get("review-published", moderator, review_url(database, ids['published'][0], ""))
    get("review-retracted", moderator, review_url(database, ids['retracted'][0], ""))
    get("preview", moderator, review_url(database, ids['in_review'], "/preview"))
    get("confirm-publish", moderator, review_url(database, ids['approved'], "/publish/confirm"))
    get("account", moderator, "/account")
    get("password", moderator, "/account/password")
    get("two-factor", moderator, "/account/two-factor")
    moderator.post("/account/two-factor/start", form_url="/account/two-factor")
    get("two-factor-enrolling", moderator, "/account/two-factor")
    enrolling = moderator.get("/account/two-factor").get_data(as_text=True)
    secret = re.search(r'class="totp-secret">([A-Z2-7 ]+)<', enrolling).group(1).replace(" ", "")
    codes = moderator.post("/account/two-factor/confirm", {"code": pyotp.TOTP(secret).now()},
                           form_url="/account/two-factor")
    assert codes.status_code == 200 and "<code>" in codes.get_data(as_text=True)
    found.append(("recovery-codes", codes.get_data(as_text=True), codes.status_code))
    get("403-admin-for-moderator", moderator, "/admin", 403)
    # The code step, now that the moderator has a second factor.
    second = Browser(app.test_client())
    token = csrf_token(second.get("/login").get_data(as_text=True))
    post_form(second, "/login", {"email": ACTORS["moderator"][0], "password": PASSWORD}, token)
    get("code-step", second, "/login/code")

    get("admin", admin, "/admin")
    get("organisations", admin, "/admin/organisations")
    get("users", admin, "/admin/users")
    get("user", admin, f"/admin/users/{users['second_moderator'].id}")
    issued = admin.post(f"/admin/users/{users['second_moderator'].id}/password", {"new_password": ""},
                        form_url=f"/admin/users/{users['second_moderator'].id}")
    assert issued.status_code == 200
    found.append(("password-issued", issued.get_data(as_text=True), issued.status_code))
    # 500 and 413 answer with error.html, the template of the 404 and 405 above.
    return found


def vnu_errors(folder: Path) -> list[str]:
    result = subprocess.run(["java", "-Xss1m", "-jar", str(VNU_JAR), "--errors-only", "--format", "json",
                             "--skip-non-html", str(folder)], capture_output=True, text=True)
    messages = json.loads(result.stderr or "{}").get("messages", [])
    return [f"{Path(m.get('url', '')).name}:{m.get('lastLine')}: {m.get('message')} [{m.get('extract', '').strip()}]"
            for m in messages if m.get("type") == "error" or m.get("subType") == "fatal"]


@pytest.mark.skipif(shutil.which("java") is None, reason="the Nu Html Checker needs Java")
def test_every_page_type_is_valid_html(pages, tmp_path):
    assert VNU_JAR.is_file(), "vnu.jar missing: run `make install` (npm install puts it in node_modules/)"
    folder = tmp_path / "pages"
    folder.mkdir()
    for index, (name, html, _status) in enumerate(pages):
        (folder / f"{index:02d}-{re.sub(r'[^a-z0-9-]', '-', name)}.html").write_text(html, encoding="utf-8")
    assert len(pages) >= 35
    errors = vnu_errors(folder)
    assert errors == [], "\n".join(errors)
