"""A reader switches the registry to French from the footer, in Chromium: the filters stay, the choice sticks."""
from __future__ import annotations

from ..test_search import publish
from .conftest import screenshot


def test_footer_switch_turns_a_filtered_page_french_and_keeps_its_filters(page, database, users):
    publish(database, users, title="Lawyer detained after briefing the Human Rights Council")
    page.goto("/allegations?country=TN&mechanism=hrc")
    page.select_option("#lang", "fr")
    page.get_by_role("button", name="Change").click()
    page.wait_for_load_state()

    assert "country=TN" in page.url and "mechanism=hrc" in page.url and "lang=fr" in page.url
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.locator("#filter-country, select[name=country]").first.input_value() == "TN"
    assert page.get_by_role("heading", name="1 allégation correspond à ces filtres").is_visible()
    screenshot(page, "i18n-browse-fr")

    page.get_by_role("link", name="Statistiques").first.click()  # no ?lang= in this link: the session remembers
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.get_by_role("heading", name="Statistiques", level=1).is_visible()
    screenshot(page, "i18n-statistics-fr")
