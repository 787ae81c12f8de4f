"""A demo submitter signs in and submits an allegation in a real browser."""
from __future__ import annotations

from sqlmodel import select

from registry.domain import workflow
from registry.domain.models import Allegation, State

from .conftest import screenshot, sign_in


def test_submitter_submits_an_allegation_in_chromium(page, database):
    sign_in(page, "submitter_a")
    page.get_by_role("link", name="Report a new allegation").click()
    page.get_by_label("Short title").fill("Defender summoned after treaty body review")
    page.get_by_label("State alleged responsible").select_option("KZ")
    page.get_by_label("Date of the incident").fill("2026-05-20")
    page.get_by_label("Intimidation").check()
    page.get_by_label("Committee against Torture (CAT)").check()
    page.get_by_label("Names of the people affected (one per line)").fill("Dana Serikbayeva")
    page.get_by_label("What happened").fill("Dana Serikbayeva was summoned by police after the CAT review.")
    screenshot(page, "intake-form")
    page.get_by_role("button", name="Save and submit to the registry").click()
    page.wait_for_load_state()
    assert "Submitted" in page.content()
    screenshot(page, "intake-submitted")
    with database.transaction() as session:
        allegation = session.exec(select(Allegation)).one()
        assert allegation.state == State.submitted
        assert workflow.working_copy(session, allegation).country == "KZ"  # sealed until publication


def test_the_browser_sends_its_own_origin_with_a_form_so_production_csrf_holds(page, live_server):
    """Over HTTPS Flask-WTF refuses a form without a same-site Referer; the registry's
    Referrer-Policy (same-origin) lets Chromium send one to the registry and none elsewhere."""
    sent = []
    page.on("request", lambda request: sent.append(request) if request.method == "POST" else None)
    sign_in(page, "submitter_a")
    post = next(r for r in sent if r.url.endswith("/login"))
    headers = post.all_headers()
    assert headers.get("referer", "").startswith(f"{live_server}/login")
    assert headers.get("origin") == live_server
    assert page.evaluate("document.querySelector('meta[name=referrer]').content") == "same-origin"
