"""Two moderators take a submission from the queue to publication in a real browser."""
from __future__ import annotations

import re

from sqlmodel import select

from registry.domain.models import Allegation, State

from registry.domain import workflow

from ..factories import PRIVATE_NAME, PRIVATE_PLACE, SAFE_SUMMARY, make_in_review, make_submitted, review_url
from .conftest import screenshot, sign_in

TITLE = "Lawyer detained after briefing the Human Rights Council"


def _select_in_narrative(page, text: str) -> None:
    """Select text in the narrative as a mouse drag would (the textarea keeps the selection)."""
    page.evaluate(
        """(text) => { const n = document.getElementById('narrative');
                       const at = n.value.indexOf(text); n.focus(); n.setSelectionRange(at, at + text.length); }""",
        text,
    )


def _select_by_keyboard(page, text: str) -> None:
    """Put the caret before text, then extend the selection with Shift+ArrowRight, as a keyboard user does."""
    page.evaluate(
        """(text) => { const n = document.getElementById('narrative');
                       const at = n.value.indexOf(text); n.focus(); n.setSelectionRange(at, at); }""",
        text,
    )
    for _ in text:
        page.keyboard.press("Shift+ArrowRight")


def test_moderators_redact_approve_and_publish_in_chromium(page, database, users, app):
    with database.transaction() as session:
        allegation_id = make_submitted(session, users["submitter_a"]).id
        make_submitted(session, users["submitter_b"], title="Journalist's passport confiscated", country="BY",
                       reprisal_types=["travel-ban"])

    # 1. The first moderator claims it from the queue.
    sign_in(page, "moderator")
    page.get_by_role("link", name="Moderation").click()
    assert page.get_by_role("heading", name="Moderation queue").is_visible()
    screenshot(page, "moderation-queue")
    page.get_by_role("button", name=re.compile(r"^Claim\W+" + re.escape(TITLE))).click()
    page.wait_for_load_state()
    assert "You claimed this allegation" in page.content()

    # 2. The summary starts from the narrative: the guard shows the private values in it.
    page.get_by_role("button", name="Start the summary from the narrative").click()
    assert page.get_by_role("textbox", name="Public summary", exact=True).input_value().startswith(PRIVATE_NAME)
    page.get_by_role("button", name="Save changes", exact=True).last.click()
    page.wait_for_load_state()
    assert page.locator("mark.leak").count() >= 2

    # 3. Two spans redacted: one selected with the mouse, one with the keyboard and Alt+2.
    _select_in_narrative(page, PRIVATE_NAME)
    page.get_by_role("button", name="Name", exact=True).click()
    _select_by_keyboard(page, PRIVATE_PLACE)
    page.keyboard.press("Alt+2")
    summary = page.get_by_role("textbox", name="Public summary", exact=True).input_value()
    assert "[name withheld]" in summary and "[location withheld]" in summary
    assert PRIVATE_NAME not in summary and PRIVATE_PLACE not in summary
    assert page.locator("#redaction-list li").count() == 2
    assert "Not saved yet" in page.locator("#editor-status").inner_text()
    screenshot(page, "redaction-editor")

    # Undo one and do it again: the text comes back, then goes again.
    page.get_by_role("button", name=f"Undo {PRIVATE_PLACE}").click()
    assert PRIVATE_PLACE in page.get_by_role("textbox", name="Public summary", exact=True).input_value()
    _select_in_narrative(page, PRIVATE_PLACE)
    page.get_by_role("button", name="Location", exact=True).click()
    assert PRIVATE_PLACE not in page.get_by_role("textbox", name="Public summary", exact=True).input_value()

    page.get_by_role("button", name="Save changes", exact=True).last.click()
    page.wait_for_load_state()
    assert page.locator("#guard-clear").is_visible()
    assert page.locator("#redaction-list li").count() == 2
    screenshot(page, "redaction-editor-saved")

    # 4. Approve; the approver may not publish (four-eyes).
    page.get_by_role("button", name="Approve", exact=True).click()
    page.wait_for_load_state()
    assert "Approved. Another moderator can now publish it." in page.content()
    assert page.get_by_role("button", name="Publish").is_disabled()

    # 5. The second moderator publishes.
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_load_state()
    sign_in(page, "second_moderator")
    page.goto(f"{review_url(database, allegation_id)}")
    page.get_by_role("link", name="Publish…").click()
    page.get_by_role("button", name="Yes, publish it").click()
    page.wait_for_load_state()
    reference = re.search(r"Published as (RR-\d{4}-\d{4})", page.content()).group(1)
    with database.transaction() as session:
        allegation = session.exec(select(Allegation).where(Allegation.id == allegation_id)).one()
        assert allegation.state == State.published and allegation.reference == reference

    # 6. The public page shows the placeholders and no private value.
    public_url = f"/allegations/{reference}" if "public.allegation" in app.view_functions else \
        f"{review_url(database, allegation_id)}/preview"
    page.goto(public_url)
    text = page.locator("main").inner_text()
    assert "[name withheld]" in text and "[location withheld]" in text
    for private_value in (PRIVATE_NAME, "Zainab", "Okonkwo", PRIVATE_PLACE, "Oliviers", "TN-4471902", "zainab.o@"):
        assert private_value not in page.content()
    screenshot(page, "moderation-published")


def test_leak_guard_panel_shows_a_typed_name_before_saving_and_clears_when_it_goes(page, database, users):
    with database.transaction() as session:
        allegation = make_in_review(session, users["submitter_a"], users["moderator"],
                                    region="TN-11")
        workflow.edit(session, users["moderator"], allegation.id, {"summary": SAFE_SUMMARY},
                      expected_version=allegation.version)
    sign_in(page, "moderator")
    page.goto(review_url(database, allegation))
    assert page.locator("#guard-clear").is_visible()
    assert page.locator("#leak-guard-live").is_hidden()

    summary = page.get_by_role("textbox", name="Public summary", exact=True)
    summary.click()
    summary.press("End")
    page.keyboard.type(f" Her name is {PRIVATE_NAME}.")
    live = page.locator("#leak-guard-live")
    live.wait_for(state="visible")
    assert "Unsaved text" in page.locator("#live-guard-message").inner_text()
    page.locator("#live-summary mark.leak-name").first.wait_for()
    assert PRIVATE_NAME.split()[0] in page.locator("#live-hits").inner_text()
    assert page.locator("#guard-clear").is_hidden()
    screenshot(page, "leak-guard-live-hit")
    with database.transaction() as session:
        from registry.domain.models import Allegation as Stored

        assert PRIVATE_NAME not in session.get(Stored, allegation.id).summary  # nothing was saved

    summary.fill(SAFE_SUMMARY + " The name is withheld.")
    page.wait_for_function("() => document.getElementById('live-hits').children.length === 0")
    assert "finds no private value" in page.locator("#live-guard-message").inner_text()
    summary.fill(SAFE_SUMMARY)  # back to the saved text: the saved verdict again
    page.locator("#guard-clear").wait_for(state="visible")
    assert live.is_hidden()
    screenshot(page, "leak-guard-live-clear")
