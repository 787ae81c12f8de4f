"""Stored cross-site scripting, tried in a real Chromium: hostile text never runs on any page.

A submitter stores script and HTML payloads in every kind of field; a moderator reads them on the
queue, the review page (with the redaction editor's JavaScript working on them) and the preview;
once a version whose public text carries the payload text is published, readers see it on the
public pages. On each page `window.__pwned` stays undefined and no dialog opens. A second test
checks that the app's own pages cause no Content-Security-Policy violation.
"""
from __future__ import annotations

import re

from sqlmodel import select

from registry.domain import workflow
from registry.domain.models import Allegation

from ..factories import make_in_review, make_published_allegation, review_url
from .conftest import screenshot, sign_in

SCRIPT = "<script>window.__pwned=1;alert(1)</script>"
ATTRIBUTE = '"><img src=x onerror="window.__pwned=1;alert(2)">'
SINGLE = "'><svg onload=\"window.__pwned=1\">"
JS_URL = "javascript:window.__pwned=1"
TEMPLATE = "{{ config }}{% raw %}"
PAYLOADS = " ".join([SCRIPT, ATTRIBUTE, SINGLE, JS_URL, TEMPLATE])
SUMMARY = ("A defender who testified before the Committee against Torture was summoned by the police. Quoted "
           "from the threat they received: " + PAYLOADS)


class Watch:
    """Dialogs (alert, confirm, prompt), uncaught page errors and CSP reports of one page."""

    def __init__(self, page):
        self.page, self.dialogs, self.errors, self.csp = page, [], [], []
        page.on("dialog", self._dialog)
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on("console", self._console)

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _console(self, message):
        if "Content Security Policy" in message.text or "Content-Security-Policy" in message.text:
            self.csp.append(f"{self.page.url}: {message.text}")

    def assert_nothing_ran(self, where: str) -> None:
        assert self.page.evaluate("window.__pwned") is None, where
        assert self.dialogs == [], where
        # The CSP would block an injected inline script: check the escaping itself, not only the CSP.
        injected = self.page.evaluate(
            "document.querySelectorAll('[onerror], [onload], script:not([src]), img[src=\"x\"]').length")
        assert injected == 0, where
        assert self.csp == [], where


def _open(browser, live_server):
    context = browser.new_context(base_url=live_server, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    return context, page, Watch(page)


def test_stored_payloads_never_run_on_any_page(browser, live_server, database, users):
    # 1. The submitter stores the payloads in every kind of field.
    context, page, watch = _open(browser, live_server)
    sign_in(page, "submitter_a")
    page.goto("/submissions/new")
    page.get_by_label("Short title").fill(SCRIPT)
    page.get_by_label("State alleged responsible").select_option("KZ")
    page.get_by_label("Date of the incident").fill("2026-05-20")
    page.get_by_label("Intimidation").check()
    page.get_by_label("Committee against Torture (CAT)").check()
    page.get_by_label("Mandate, session or body (optional)").fill(JS_URL)
    page.get_by_label("Names of the people affected (one per line)").fill(f"Dana {SINGLE}\nAsel {SCRIPT}")
    page.get_by_label("Exact location").fill(ATTRIBUTE)
    page.get_by_label("What happened").fill(f"Dana was summoned. {PAYLOADS}")
    page.get_by_label("Evidence and sources").fill(JS_URL)
    page.get_by_role("button", name="Save and submit to the registry").click()
    page.wait_for_load_state()
    assert "Submitted" in page.content()
    watch.assert_nothing_ran("the submitter's page")
    page.goto("/submissions/")
    watch.assert_nothing_ran("the submitter's list")
    context.close()
    with database.transaction() as session:
        allegation = session.exec(select(Allegation)).one()
        # Stored as typed (in the sealed working copy): plain text, escaped when shown.
        assert workflow.working_copy(session, allegation).title == SCRIPT
        allegation_id = allegation.id

    # 2. A moderator reads and edits it, with the redaction editor's script running.
    context, page, watch = _open(browser, live_server)
    sign_in(page, "moderator")
    page.goto("/moderate/")
    watch.assert_nothing_ran("the queue")
    with database.transaction() as session:
        workflow.claim(session, users["moderator"], allegation_id)
    review = f"{review_url(database, allegation_id)}"
    page.goto(review)
    watch.assert_nothing_ran("the review page")
    page.evaluate(
        """(text) => { const n = document.getElementById('narrative');
                       const at = n.value.indexOf(text); n.focus(); n.setSelectionRange(at, at + text.length); }""",
        ATTRIBUTE,
    )
    page.get_by_role("button", name="Name", exact=True).click()  # the span's text goes into the editor's list
    assert page.locator("#redaction-list li").count() == 1
    watch.assert_nothing_ran("the redaction editor")
    summary = page.get_by_role("textbox", name="Public summary", exact=True)
    summary.fill(SUMMARY)
    page.get_by_role("button", name="Save changes", exact=True).last.click()
    page.wait_for_load_state()
    assert "Changes saved." in page.content()
    watch.assert_nothing_ran("the review page after saving the summary")
    screenshot(page, "xss-review")
    page.goto(f"{review}/preview")
    watch.assert_nothing_ran("the preview")
    assert SCRIPT in page.locator("main").inner_text()  # shown as text
    context.close()

    # 3. Published (the title kept as the payload): the public pages.
    with database.transaction() as session:
        workflow.edit(session, users["moderator"], allegation_id, {"region": ""},
                      expected_version=session.get(Allegation, allegation_id).version)
        # The payload words are also in the (private) names: the moderator judges those hits harmless.
        allegation = session.get(Allegation, allegation_id)
        for field, text in dict.fromkeys((h.field, h.text) for h in workflow.leak_hits(session, allegation)):
            workflow.mark_false_positive(session, users["moderator"], allegation_id, field, text,
                                         "Quoted threat, not a name")
        workflow.approve(session, users["moderator"], allegation_id)
        reference = workflow.publish(session, users["second_moderator"], allegation_id,
                                     exceptions_confirmed=True).reference
    context, page, watch = _open(browser, live_server)
    for url in ("/", "/allegations", f"/allegations/{reference}", "/allegations?q=summoned",
                "/allegations?q=" + re.sub(r"\W+", "+", SCRIPT), "/statistics", "/feeds"):
        page.goto(url)
        watch.assert_nothing_ran(url)
    page.goto(f"/allegations/{reference}")
    text = page.locator("main").inner_text()
    assert SCRIPT in text and "window.__pwned=1;alert(2)" in text  # the reader sees the text, inert
    assert page.locator("main a[href^='javascript:']").count() == 0
    screenshot(page, "xss-public")
    assert watch.errors == []
    context.close()


def test_app_pages_cause_no_content_security_policy_violation(browser, live_server, database, users):
    with database.transaction() as session:
        reference = make_published_allegation(session, users["submitter_a"], users["moderator"],
                                              users["second_moderator"]).reference
        in_review = make_in_review(session, users["submitter_a"], users["moderator"]).id
    context, page, watch = _open(browser, live_server)
    for url in ("/", "/allegations", f"/allegations/{reference}", "/statistics", "/feeds", "/about", "/data/",
                "/login"):
        page.goto(url)  # waits for "load": styles, scripts and images are in
    sign_in(page, "submitter_a")
    page.goto("/submissions/new")
    context.close()
    reader_csp, reader_errors = watch.csp, watch.errors

    context, page, moderator_watch = _open(browser, live_server)
    sign_in(page, "moderator")
    page.goto(f"{review_url(database, in_review)}")
    page.wait_for_load_state("networkidle")
    assert page.locator("#redaction-list").count() == 1  # the editor's script is on this page
    page.goto(f"{review_url(database, in_review)}/preview")
    page.wait_for_load_state("networkidle")
    context.close()
    assert reader_csp + moderator_watch.csp == []
    assert reader_errors + moderator_watch.errors == []
