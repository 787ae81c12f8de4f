"""A reader searches, filters, opens an allegation and finds its feed, in Chromium; screenshots of each page."""
from __future__ import annotations

import datetime as dt

from werkzeug.exceptions import NotFound

from registry.domain import workflow

from ..factories import PRIVATE_NAME
from ..test_search import publish
from .conftest import screenshot

CASES = [
    dict(title="Lawyer detained after briefing the Human Rights Council"),
    dict(title="Journalist's passport confiscated after UPR pre-session", country="BY", region="BY-HM",
         mechanisms=["upr"], reprisal_types=["travel-ban", "intimidation"], perpetrators=["security-forces"],
         incident_date=dt.date(2025, 11, 3), incident_date_precision="month",
         summary="A journalist who attended the pre-session in Geneva had her passport confiscated on return.\n\n"
                 "She was told she could not travel while an investigation into 'foreign contacts' was open."),
    dict(title="Indigenous leader threatened after meeting Special Rapporteur", country="GT", region="GT-16",
         mechanisms=["special-procedures"], reprisal_types=["threats", "surveillance"], perpetrators=["non-state-actors"],
         incident_date=dt.date(2024, 6, 1), incident_date_precision="year", case_status="unknown",
         summary="After meeting the Special Rapporteur on the rights of indigenous peoples, a community leader "
                 "received death threats and was followed by unidentified men."),
    dict(title="NGO loses registration after CEDAW shadow report", country="EG", region="",
         mechanisms=["cedaw"], reprisal_types=["administrative-sanctions", "smear-campaign"],
         perpetrators=["government-officials", "state-media"], incident_date=dt.date(2025, 2, 10),
         case_status="resolved",
         summary="A women's rights NGO that submitted a shadow report to CEDAW lost its registration. "
                 "State media called its staff foreign agents."),
]


def _feed_answers(app, page, href: str) -> None:
    """When the feeds blueprint serves this address, it must answer 200."""
    try:
        app.url_map.bind("localhost").match(href)
    except NotFound:
        return  # the feeds blueprint is not there (yet): the href alone is checked
    response = page.request.get(href)
    assert response.status == 200, (href, response.status)


def test_reader_searches_filters_opens_and_subscribes_in_chromium(app, page, database, users):
    ids = [publish(database, users, **case) for case in CASES]
    with database.transaction() as session:
        workflow.add_follow_up(session, users["moderator"], ids[0], "un-action", dt.date(2026, 4, 2),
                               "The Special Rapporteur on human rights defenders sent a communication.")
        workflow.add_follow_up(session, users["moderator"], ids[0], "state-response", dt.date(2026, 5, 11),
                               "The Government replied that the detention was lawful.\nNo charges were filed.")

    page.goto("/")
    assert page.get_by_role("heading", level=1).inner_text().startswith("Reprisals against people")
    screenshot(page, "public-home")

    # Search from the home page.
    page.get_by_label("Search the allegations").fill("communicat")
    page.get_by_role("button", name="Search").click()
    page.wait_for_load_state()
    assert "1 allegation found for “communicat”" in page.content()
    assert page.get_by_role("link", name="Lawyer detained after briefing the Human Rights Council").is_visible()

    # Filter by country with the labelled form (works without JavaScript: a GET form).
    page.get_by_label("Search words").fill("")
    page.get_by_label("Country").select_option("BY")
    page.get_by_role("button", name="Show allegations").click()
    page.wait_for_load_state()
    assert "country=BY" in page.url
    results = page.locator(".result-list > li")
    assert results.count() == 1
    assert "passport confiscated" in results.first.inner_text()
    feed = page.locator("link[rel=alternate][type='application/atom+xml']").first
    assert feed.get_attribute("href") == "/feeds/country/BY.atom"
    screenshot(page, "public-browse-filtered")

    page.goto("/allegations")
    screenshot(page, "public-browse")

    # Open an allegation and find its subscribe link.
    page.get_by_role("link", name="Lawyer detained after briefing the Human Rights Council").click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1).inner_text() == "Lawyer detained after briefing the Human Rights Council"
    timeline = page.locator("ol.timeline > li")
    assert timeline.count() == 2
    assert "No charges were filed." in timeline.nth(1).inner_text()
    assert PRIVATE_NAME not in page.content()
    screenshot(page, "public-allegation")
    link = page.get_by_role("link", name="Allegations concerning Tunisia, Atom feed")
    href = link.get_attribute("href")
    assert href == "/feeds/country/TN.atom"
    _feed_answers(app, page, href)
    _feed_answers(app, page, "/feeds/allegations.atom")

    page.goto("/statistics")
    charts = page.locator("svg[role=img]")
    assert charts.count() == 5
    assert charts.first.locator("title").text_content() == "Allegations per year of the incident"
    screenshot(page, "public-statistics")
    page.goto("/about")
    screenshot(page, "public-about")
    page.goto("/feeds")
    screenshot(page, "public-feeds")

    # A retracted allegation keeps only its notice.
    with database.transaction() as session:
        workflow.retract(session, users["moderator"], ids[1], "The account could not be confirmed.")
        reference = session.get(workflow.Allegation, ids[1]).reference
    page.goto(f"/allegations/{reference}")
    assert "Retracted" in page.get_by_role("heading", level=1).inner_text()
    assert "passport" not in page.content()
    screenshot(page, "public-retracted")


def test_public_pages_fit_a_phone_screen(app, browser, live_server, database, users):
    ids = [publish(database, users, **case) for case in CASES]
    with database.transaction() as session:
        workflow.add_follow_up(session, users["moderator"], ids[0], "un-action", dt.date(2026, 4, 2),
                               "The Special Rapporteur on human rights defenders sent a communication.")
        reference = session.get(workflow.Allegation, ids[0]).reference
    context = browser.new_context(base_url=live_server, viewport={"width": 390, "height": 844},
                                  device_scale_factor=2, is_mobile=True, has_touch=True,
                                  java_script_enabled=False)
    phone = context.new_page()
    try:
        for name, url in (("home", "/"), ("browse", "/allegations?reprisal_type=threats"),
                          ("allegation", f"/allegations/{reference}"), ("statistics", "/statistics"),
                          ("feeds", "/feeds")):
            phone.goto(url)
            screenshot(phone, f"public-{name}-phone")
            # Nothing wider than the screen: no sideways scrolling on a phone.
            assert phone.evaluate("document.documentElement.scrollWidth") <= 390, url
    finally:
        context.close()


def test_layout_holds_on_short_pages_and_for_signed_in_people(page, database, users):
    """The rough edges a new user met: the footer mid-page on a short page, the signed-in header
    wrapping onto two lines, dates in the submissions table broken across lines."""
    from .conftest import sign_in

    page.set_viewport_size({"width": 1280, "height": 1000})
    page.goto("/login")  # a short page
    footer = page.locator("footer.site-footer").bounding_box()
    assert abs(footer["y"] + footer["height"] - 1000) <= 1, footer
    sign_in(page, "submitter_a")
    page.set_viewport_size({"width": 1024, "height": 1000})  # the narrowest width kept on one line
    page.goto("/submissions/")
    header = page.locator("header.site-header .header-row").bounding_box()
    brand = page.locator("header.site-header .brand").bounding_box()
    assert header["height"] < 2 * brand["height"] + 24, (header, brand)  # one line, not two
    with database.transaction() as session:
        from ..factories import make_draft

        make_draft(session, users["submitter_a"])
    page.goto("/submissions/")
    date = page.locator("table time").first
    box = date.bounding_box()
    line = float(date.evaluate("e => parseFloat(getComputedStyle(e).lineHeight) || 20"))
    assert box["height"] < 1.5 * line, box  # "2026-12-06" on one line
