"""The public website through the test client: pages, filters, search, pagination, feeds links."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from registry.domain import workflow
from registry.domain.models import Allegation

from .factories import PRIVATE_NAME, PRIVATE_PLACE
from .test_search import publish

PUBLIC_PAGES = ("/", "/allegations", "/statistics", "/about", "/feeds")


def html(response) -> str:
    return response.get_data(as_text=True)


def reference_of(database, allegation_id: int) -> str:
    with database.transaction() as session:
        return session.get(Allegation, allegation_id).reference


def head_of(page: str) -> str:
    return page.split("</head>")[0]


def test_every_public_page_answers_and_uses_endpoint_names_of_the_nav(anonymous):
    for url in PUBLIC_PAGES:
        response = anonymous.get(url)
        assert response.status_code == 200, url
    nav = html(anonymous.get("/"))
    for url, label in (("/allegations", "Allegations"), ("/statistics", "Statistics"), ("/feeds", "Subscribe"),
                       ("/about", "About")):
        assert f'<a href="{url}"' in nav and label in nav


def test_home_shows_latest_allegations_and_subscribe_links(anonymous, database, users):
    first = publish(database, users, title="First case published")
    publish(database, users, title="Second case published")
    page = html(anonymous.get("/"))
    assert page.index("Second case published") < page.index("First case published")  # newest first
    assert f'href="/allegations/{reference_of(database, first)}"' in page
    assert 'href="/feeds/allegations.atom"' in page and 'href="/feeds/allegations.json"' in page
    assert '<link rel="alternate" type="application/atom+xml"' in head_of(page)
    assert "Browse all 2 published allegations" in page


def test_home_without_allegations_says_so(anonymous):
    assert "No allegation has been published yet." in html(anonymous.get("/"))


def test_nothing_private_reaches_any_public_page(anonymous, database, users):
    allegation_id = publish(database, users)
    reference = reference_of(database, allegation_id)
    with database.transaction() as session:
        workflow.add_follow_up(session, users["moderator"], allegation_id, "state-response", dt.date(2026, 4, 1),
                               "The Government denied the detention.")
    urls = [*PUBLIC_PAGES, f"/allegations/{reference}", "/allegations?q=lawyer", "/allegations?country=TN",
            f"/allegations?q={PRIVATE_NAME}"]
    for url in urls:
        page = html(anonymous.get(url))
        for private in ("Okonkwo", "Zainab", "Oliviers", PRIVATE_PLACE, "TN-4471902", "example.net",
                        "+216", "focal point", "Defenders Network A", "alice@ngo-a.example"):
            if url.endswith(PRIVATE_NAME) and private in PRIVATE_NAME:
                continue  # the reader's own query is echoed back to them
            assert private not in page, (url, private)


def test_browse_filters_by_country_and_links_its_feed(anonymous, database, users):
    publish(database, users)
    publish(database, users, title="Surveillance after UPR", country="BY", region="", mechanisms=["upr"],
            reprisal_types=["surveillance"])
    page = html(anonymous.get("/allegations?country=tn"))
    assert "Lawyer detained" in page and "Surveillance after UPR" not in page
    assert "1 allegation matches these filters" in page
    assert 'href="/feeds/country/TN.atom"' in page and 'href="/feeds/country/TN.json"' in page
    head = head_of(page)
    assert '<link rel="alternate" type="application/atom+xml" title="Allegations concerning Tunisia (Atom)" href="/feeds/country/TN.atom">' in head
    assert 'type="application/feed+json" title="Allegations concerning Tunisia (JSON Feed)" href="/feeds/country/TN.json"' in head
    assert '<option value="TN" selected>' in page


@pytest.mark.parametrize("args, feed", [
    ("mechanism=upr", "/feeds/mechanism/upr.atom"),
    ("reprisal_type=surveillance", "/feeds/type/surveillance.atom"),
    ("perpetrator=police", "/feeds/allegations.atom"),
    ("q=passport", "/feeds/allegations.atom"),
    ("", "/feeds/allegations.atom"),
])
def test_each_filtered_view_links_its_matching_feed(anonymous, args, feed):
    page = html(anonymous.get(f"/allegations?{args}"))
    assert f'href="{feed}"' in head_of(page)
    assert f'href="{feed}"' in page.split("</head>")[1]


def test_browse_filters_by_every_field(anonymous, database, users):
    publish(database, users)
    publish(database, users, title="Surveillance after UPR", country="BY", region="", mechanisms=["upr"],
            reprisal_types=["surveillance"], perpetrators=["security-forces"], incident_date=dt.date(2024, 5, 1),
            case_status="resolved")
    for args in ("mechanism=upr", "reprisal_type=surveillance", "perpetrator=security-forces", "year=2024",
                 "status=resolved", "q=surveillance", "country=BY&year=2024"):
        page = html(anonymous.get(f"/allegations?{args}"))
        assert "Surveillance after UPR" in page and "Lawyer detained" not in page, args


def test_invalid_filters_show_a_gentle_message_not_an_error(anonymous, database, users):
    publish(database, users)
    response = anonymous.get("/allegations?country=XX&mechanism=%3Cscript%3E&year=nineteen&status=lost&page=abc")
    page = html(response)
    assert response.status_code == 200
    assert "Some filters were not understood and were left out" in page
    assert "Not an ISO 3166 country code." in page and "Give a year such as 2024." in page
    assert 'aria-invalid="true"' in page
    assert "Lawyer detained" in page  # the rest of the view still works
    assert "<script>" not in page


def test_no_results_state(anonymous, database, users):
    publish(database, users)
    page = html(anonymous.get("/allegations?q=nothingmatchesthis"))
    assert "No published allegation matches." in page
    assert "0 allegations found for “nothingmatchesthis”" in page
    assert "Clear all filters" in page


def test_search_box_finds_follow_up_words_but_not_private_ones(anonymous, database, users):
    allegation_id = publish(database, users)
    with database.transaction() as session:
        workflow.add_follow_up(session, users["moderator"], allegation_id, "un-action", dt.date(2026, 4, 1),
                               "The Working Group issued an urgent appeal.")
    assert "Lawyer detained" in html(anonymous.get("/allegations?q=urgent+appeal"))
    assert "Lawyer detained" not in html(anonymous.get("/allegations?q=Okonkwo"))
    assert "Lawyer detained" not in html(anonymous.get("/allegations?q=Oliviers"))


def test_pagination_shows_page_numbers_and_moves_through_results(app, anonymous, database, users):
    app.config["PAGE_SIZE"] = 2
    for n in range(5):
        publish(database, users, title=f"Case number {n}")
    first = html(anonymous.get("/allegations"))
    assert "5 published allegations" in first and "Page 1 of 3" in first
    assert re.search(r'<a aria-current="page" href="/allegations\?page=1">.*?1</a>', first)
    assert 'href="/allegations?page=3"' in first and 'rel="next"' in first
    titles = lambda page: re.findall(r"Case number \d", page)  # noqa: E731
    assert titles(first) == ["Case number 4", "Case number 3"]
    second = html(anonymous.get("/allegations?page=2"))
    assert titles(second) == ["Case number 2", "Case number 1"] and 'rel="prev"' in second
    assert titles(html(anonymous.get("/allegations?page=3"))) == ["Case number 0"]
    beyond = html(anonymous.get("/allegations?page=99"))
    assert "There are no results on this page." in beyond
    filtered = html(anonymous.get("/allegations?q=case&country=TN"))
    assert 'href="/allegations?q=case&amp;country=TN&amp;page=2"' in filtered  # filters kept across pages


def test_allegation_page_shows_the_public_record(anonymous, database, users):
    allegation_id = publish(database, users, incident_date=dt.date(2026, 3, 14), incident_date_precision="month",
                            mechanism_detail="45th session, interactive dialogue")
    with database.transaction() as session:
        workflow.add_follow_up(session, users["moderator"], allegation_id, "state-response", dt.date(2026, 4, 2),
                               "The Government denied the detention.")
        workflow.add_follow_up(session, users["moderator"], allegation_id, "un-action", dt.date(2026, 4, 20),
                               "Special procedures sent a communication.")
    reference = reference_of(database, allegation_id)
    response = anonymous.get(f"/allegations/{reference}")
    page = html(response)
    assert response.status_code == 200
    assert "<h1 id=\"allegation-title\" dir=\"auto\">Lawyer detained after briefing the Human Rights Council</h1>" in page
    assert reference in page and "Tunisia" in page
    assert '<br><span class="muted">Tunis</span>' in page  # the region's name (TN-11), not its code
    assert "March 2026" in page and "14 March" not in page  # the incident date at its precision
    assert "Human Rights Council" in page and "45th session, interactive dialogue" in page
    assert "Arbitrary arrest or detention" in page and "Threats (including death threats)" in page
    assert "Police" in page and "Lawyer" in page and "Ongoing" in page
    timeline = page.split('<ol class="timeline">')[1].split("</ol>")[0]
    assert timeline.index("The Government denied") < timeline.index("Special procedures sent")
    assert '<time datetime="2026-04-02">2 April 2026</time>' in timeline
    assert "Response of the State" in timeline and "UN action" in timeline
    for feed in ("/feeds/country/TN.atom", "/feeds/mechanism/hrc.atom", "/feeds/type/arbitrary-detention.atom",
                 "/feeds/type/threats.json", "/feeds/allegations.atom"):
        assert f'href="{feed}"' in page
    assert "Named with consent" not in page  # no consent to naming in this record


def test_summary_is_plain_text_with_line_breaks_kept(anonymous, database, users):
    summary = "First paragraph about the lawyer.\n\nSecond <b>paragraph</b> & <script>alert(1)</script> end."
    reference = reference_of(database, publish(database, users, summary=summary))
    page = html(anonymous.get(f"/allegations/{reference}"))
    assert ("First paragraph about the lawyer.\n\nSecond &lt;b&gt;paragraph&lt;/b&gt; &amp; "
            "&lt;script&gt;alert(1)&lt;/script&gt; end.") in page
    assert "<b>paragraph</b>" not in page


def test_names_appear_only_where_consent_is_recorded(anonymous, database, users):
    reference = reference_of(database, publish(database, users, consent_to_naming=True,
                                               public_victim_names=["Amira Ben Salem"],
                                               victim_names=["Amira Ben Salem"]))
    page = html(anonymous.get(f"/allegations/{reference}"))
    assert "Named with consent" in page and "Amira Ben Salem" in page


def test_retracted_allegation_shows_only_the_notice(anonymous, database, users):
    allegation_id = publish(database, users)
    reference = reference_of(database, allegation_id)
    with database.transaction() as session:
        workflow.retract(session, users["moderator"], allegation_id, "The submitting organisation withdrew its account.")
    response = anonymous.get(f"/allegations/{reference}")
    page = html(response)
    assert response.status_code == 200
    assert "Retracted" in page and reference in page
    assert "The submitting organisation withdrew its account." in page
    assert "First published" in page and "Retracted on" in page
    assert "shows only the reference, the date of first publication, the date of retraction and the public reason" in page
    for gone in ("Lawyer detained", "briefed the Human Rights Council", "Southern Tunisia", "Police",
                 "Arbitrary arrest"):
        assert gone not in page
    assert "Lawyer detained" not in html(anonymous.get("/allegations"))
    assert "Lawyer detained" not in html(anonymous.get("/"))


@pytest.mark.parametrize("reference", ["RR-2026-9999", "nothing", "RR-2026-0001%00", "x" * 300, "..%2F..%2Fetc"])
def test_unknown_reference_is_a_404_page(anonymous, reference):
    response = anonymous.get(f"/allegations/{reference}")
    assert response.status_code == 404
    assert "There is nothing at this address." in html(response)


def test_statistics_page_shows_the_counts(anonymous, database, users):
    publish(database, users)
    publish(database, users, country="BY", region="", mechanisms=["upr", "hrc"], reprisal_types=["threats"],
            incident_date=dt.date(2024, 5, 1))
    page = html(anonymous.get("/statistics"))
    assert "The registry holds 2 published allegations." in page
    assert page.count('role="img"') == 5 and page.count("<table") == 5
    assert '<title id="per-year-title">' in page and '<desc id="per-country-desc">' in page

    def count_in_table(section: str, label: str) -> str:
        table = page.split(f'id="{section}-heading"')[1].split("</table>")[0].split("<tbody>")[1]
        return re.search(re.escape(label) + r"</a></th>\s*<td class=\"number\">(\d+)</td>", table).group(1)

    assert count_in_table("per-mechanism", "Human Rights Council") == "2"
    assert count_in_table("per-mechanism", "Universal Periodic Review") == "1"
    assert count_in_table("per-type", "Threats (including death threats)") == "2"
    assert count_in_table("per-country", "Belarus") == "1"
    assert count_in_table("per-year", "2024") == "1"
    assert 'href="/allegations?year=2024"' in page and 'href="/allegations?mechanism=upr"' in page
    assert "style=" not in page


def test_statistics_without_data_say_so(anonymous):
    page = html(anonymous.get("/statistics"))
    assert "Nothing to count yet." in page and "<svg" not in page


def test_about_page_explains_and_lists_vocabularies(anonymous):
    page = html(anonymous.get("/about"))
    for text in ("How allegations are verified", "How people are protected", "How to cite", "How to submit",
                 "Smear campaign or stigmatisation", "Committee against Torture (CAT)", "State security forces",
                 'href="/feeds"', 'href="/api/v1/allegations"', 'href="/data/allegations.csv"'):
        assert text in page, text


def test_feeds_page_lists_every_feed(anonymous, database, users):
    publish(database, users)
    page = html(anonymous.get("/feeds"))
    for feed in ("/feeds/allegations.atom", "/feeds/allegations.json", "/feeds/country/TN.atom",
                 "/feeds/mechanism/special-procedures.json", "/feeds/type/enforced-disappearance.atom"):
        assert f'href="{feed}"' in page, feed
    assert "/feeds/country/BY.atom" not in page  # only countries with published allegations


@pytest.mark.parametrize("query", [
    '"', "'", '"lawyer" OR "x"', "NEAR(a b)", "title:x", "a*b*", "%00", "%22%00%27", "x" * 5000,
    "%E2%80%AE", "%ED%A0%80", "%FF%FE", "<script>alert(1)</script>", "{{7*7}}", "%(q)s",
])
def test_hostile_query_strings_never_500(anonymous, database, users, query):
    publish(database, users)
    for url in (f"/allegations?q={query}", f"/allegations?q={query}&country={query}&year={query}&page={query}",
                f"/?q={query}", f"/allegations?mechanism={query}&status={query}"):
        response = anonymous.get(url)
        assert response.status_code == 200, url
        page = html(response)
        assert "<script>alert(1)" not in page
    if query == "{{7*7}}":  # echoed back as typed, never evaluated
        assert "“{{7*7}}”" in html(anonymous.get(f"/allegations?q={query}"))


def test_public_pages_carry_no_inline_style_or_script(anonymous, database, users):
    reference = reference_of(database, publish(database, users))
    for url in (*PUBLIC_PAGES, f"/allegations/{reference}", "/allegations?country=XX"):
        page = html(anonymous.get(url))
        assert " style=" not in page and "<script>" not in page and " onclick=" not in page, url


def test_lower_case_reference_redirects_to_the_canonical_address(anonymous, database, users):
    allegation_id = publish(database, users)
    with database.transaction() as session:
        reference = session.get(Allegation, allegation_id).reference
    response = anonymous.get(f"/allegations/{reference.lower()}")
    assert response.status_code == 301 and response.headers["Location"].endswith(f"/allegations/{reference}")
    assert anonymous.get("/allegations/rr-1999-0001").status_code == 404


def test_statistics_chart_says_how_many_countries_it_shows_and_links_the_table(anonymous, database, users,
                                                                               monkeypatch):
    from registry.web import public

    publish(database, users, country="TN")
    publish(database, users, country="BY", mechanisms=["special-procedures"])
    monkeypatch.setattr(public, "TOP_COUNTRIES", 1)
    page = anonymous.get("/statistics").get_data(as_text=True)
    assert "The chart shows the 1 with the most allegations, of 2." in page
    assert 'href="#per-country-table"' in page and 'id="per-country-table"' in page
    assert "…" not in page.split('id="per-mechanism-title"')[1].split("</svg>")[0]  # labels wrap, never cut
    assert "<tspan" in page


def test_country_filters_list_only_countries_that_have_allegations(anonymous, moderator, database, users):
    from .factories import make_submitted

    publish(database, users, country="TN")
    with database.transaction() as session:
        make_submitted(session, users["submitter_a"], country="BY")
    public = anonymous.get("/allegations").get_data(as_text=True)
    select = public.split('id="filter-country"')[1].split("</select>")[0]
    assert 'value="TN"' in select and 'value="BY"' not in select and 'value="FR"' not in select
    queue = moderator.get("/moderate/").get_data(as_text=True)
    select = queue.split('name="country"')[1].split("</select>")[0]
    assert 'value="TN"' in select and 'value="BY"' in select and 'value="FR"' not in select
