"""Rule one, end to end: nothing private reaches any public byte or any log line.

A whole registry life is played (submission, questions and answers, redaction, a false-positive
note, approval, publication, a follow-up; a retraction, a withdrawal, a rejection, a case still
in review), with distinctive private values everywhere. Then an anonymous reader crawls every
page reachable from "/", every feed file and archive, every API page, the downloads and the error
pages; none of the private values may appear in any body or header (case-insensitive,
diacritics folded). Every log record of the whole scenario, at DEBUG for all loggers, is checked
too, and must hold no client IP address either.
"""
from __future__ import annotations

import html
import json
import logging
import re
import threading
import urllib.error
import urllib.request
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest
from sqlmodel import select

from registry import feeds
from registry.domain import accounts, search, statistics, workflow
from registry.domain.models import Allegation, State

from .conftest import PASSWORD, Browser
from .factories import make_in_review, make_published_allegation, make_submitted, review_url, submission_url, allegation_id_from_url

ORGANISATION = "Quibbleworth Solidarity Collective"
SUBMITTER_EMAIL = "petronella.quast@quibbleworth.example"
VICTIM = "Xyloquenta Varmbrekker"
VICTIM_CONTACTS = "xyloquenta.v@quorvex-mail.example, +41 79 555 01 23"
EXACT_LOCATION = "Impasse Grivoldane 77, Trebizoncourt"
ID_NUMBER = "PX-88412907"
IDENTIFYING = "Treasurer of the Quillonbar Fishers Cooperative"
SOURCE_CONTACT = "Ask Plumwick Saratoga-Ennis on +44 20 7946 0871"
EVIDENCE = "Photographs held by Ostrovanka Melisende"
INTERNAL_NOTE = "Cross-check with the Brimblecombe dossier"
QUESTION = "Could you confirm the Tarquindel warehouse address?"
ANSWER = "Yes: the Tarquindel annex, behind the Wombridge depot"
FALSE_POSITIVE_NOTE = "Zephyrine Colquhoun-Aberthaw confirmed this wording is harmless"
NARRATIVE = (f"{VICTIM} testified before the Human Rights Council. On returning to {EXACT_LOCATION} she was "
             f"detained for three days and questioned about her testimony.")
SUMMARY = ("A woman human rights defender who testified before the Human Rights Council was detained for three "
           "days on her return and questioned about her testimony.")
RETRACTED_VICTIM = "Wendeline Drobnásková"
WITHDRAWN_VICTIM = "Ferrowin Gallimaufry"
REJECTED_VICTIM = "Ormskeld Pellucidar"
REJECTION_REASON = "Ormskeld Pellucidar's case is outside the mandate"
WITHDRAWAL_REASON = "Ferrowin Gallimaufry fears further reprisals"
IN_REVIEW_VICTIM = "Hesperine Quodlibanska"

# Every private value, and the distinctive parts a partial leak would show.
PRIVATE_VALUES = [
    ORGANISATION, "Quibbleworth", SUBMITTER_EMAIL, "petronella", VICTIM, "Xyloquenta", "Varmbrekker",
    VICTIM_CONTACTS, "quorvex", "555 01 23", EXACT_LOCATION, "Grivoldane", "Trebizoncourt", ID_NUMBER, "88412907",
    IDENTIFYING, "Quillonbar", SOURCE_CONTACT, "Plumwick", "7946 0871", EVIDENCE, "Ostrovanka", INTERNAL_NOTE,
    "Brimblecombe", QUESTION, "Tarquindel", ANSWER, "Wombridge", FALSE_POSITIVE_NOTE, "Colquhoun",
    RETRACTED_VICTIM, "Drobnaskova", WITHDRAWN_VICTIM, "Gallimaufry", REJECTED_VICTIM, "Pellucidar",
    WITHDRAWAL_REASON, REJECTION_REASON, IN_REVIEW_VICTIM, "Quodlibanska",
]
IP_ADDRESS = "127.0.0.1"
MAX_PAGES = 400


def folded(text: str) -> str:
    return search.fold(text)


FOLDED_VALUES = [(value, folded(value)) for value in PRIVATE_VALUES]


def leaks_in(text: str) -> list[str]:
    """The private values found in a text, compared case-insensitively and without diacritics."""
    variants = {text, html.unescape(text)}
    try:
        variants.add(json.dumps(json.loads(text), ensure_ascii=False))  # \u escapes decoded
    except ValueError:
        pass
    haystack = "\n".join(folded(v) for v in variants)
    return [value for value, needle in FOLDED_VALUES if needle in haystack]


# ---------------------------------------------------------------------------------------------
# The scenario.

def _form_field(page: str, name: str) -> str:
    match = re.search(rf'name="{name}"[^>]*value="([^"]*)"', page) or re.search(rf'value="([^"]*)"[^>]*name="{name}"', page)
    return html.unescape(match.group(1)) if match else ""


def _review_form(moderator, review, **changes) -> dict:
    page = moderator.get(review).get_data(as_text=True)
    data = {
        "version": _form_field(page, "version"), "title": "Defender detained after testifying in Geneva",
        "country": "TN", "region": "TN-23", "incident_date": "2026-03-14",
        "incident_date_precision": "month", "mechanisms": ["hrc"], "engagement_kinds": ["testified"],
        "reprisal_types": ["arbitrary-detention"], "perpetrators": ["police"], "victim_type": "individual",
        "victim_categories": ["whrd"], "victim_count": "1", "summary": SUMMARY, "case_status": "ongoing",
        "internal_notes": INTERNAL_NOTE, "save": "Save changes",
    }
    data.update(changes)
    return data


def play_the_registry(app, database, users, moderator, second_moderator) -> dict:
    """Submission and moderation through HTTP; the other cases through the workflow functions."""
    with database.transaction() as session:
        organisation = accounts.create_organisation(session, ORGANISATION)
        accounts.create_user(session, SUBMITTER_EMAIL, PASSWORD, "submitter", organisation=organisation)
    submitter = Browser(app.test_client())
    submitter.login(SUBMITTER_EMAIL)

    form = {
        "title": "Defender detained after testifying in Geneva", "country": "TN", "region": "TN-23",
        "incident_date": "2026-03-14", "incident_date_precision": "day", "reprisal_types": ["arbitrary-detention"],
        "perpetrators": ["police"], "mechanisms": ["hrc"], "engagement_kinds": ["testified"],
        "victim_type": "individual", "victim_count": "1", "victim_categories": ["whrd"], "victim_names": VICTIM,
        "victim_contacts": VICTIM_CONTACTS, "exact_location": EXACT_LOCATION, "id_numbers": ID_NUMBER,
        "identifying_details": IDENTIFYING, "original_narrative": NARRATIVE, "evidence_notes": EVIDENCE,
        "source_contact": SOURCE_CONTACT, "consent_to_share_un": "y", "submit_allegation": "Submit",
    }
    response = submitter.post("/submissions/new", form)
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    allegation_id = allegation_id_from_url(database, response.headers["Location"])
    review = f"{review_url(database, allegation_id)}"

    assert moderator.post(f"{review}/claim", form_url=review).status_code == 302
    assert moderator.post(f"{review}/request-information", {"question": QUESTION}, form_url=review).status_code == 302
    assert submitter.post(f"{submission_url(database, allegation_id)}/messages", {"body": ANSWER},
                          form_url=f"{submission_url(database, allegation_id)}").status_code == 302
    assert moderator.post(f"{review}/edit", _review_form(moderator, review), form_url=review).status_code == 302
    assert moderator.post(f"{review}/false-positive", {"hit_field": "follow_up:new", "hit_text": "Human Rights Council",
                                                         "note": FALSE_POSITIVE_NOTE}, form_url=review).status_code == 302
    version = _form_field(moderator.get(review).get_data(as_text=True), "version")
    response = moderator.post(f"{review}/approve", {"version": version}, form_url=review)
    assert response.status_code == 302, response.get_data(as_text=True)[:3000]
    response = second_moderator.post(f"{review}/publish", {"version": str(int(version) + 1), "exceptions_confirmed": "yes"},
                                     form_url=review)
    assert response.status_code == 302, response.get_data(as_text=True)[:3000]
    assert moderator.post(f"{review}/follow-ups", {"kind": "un-action", "happened_on": "2026-04-02",
                                                   "follow_up_text": "The Special Rapporteur sent a communication."},
                          form_url=review).status_code == 302

    a, mod, mod2 = users["submitter_a"], users["moderator"], users["second_moderator"]
    with database.transaction() as session:
        retracted = make_published_allegation(
            session, a, mod, mod2, title="Retracted case", region="", victim_names=[RETRACTED_VICTIM],
            exact_location="Rue Sabrevanne 3", original_narrative=f"{RETRACTED_VICTIM} was threatened.",
            victim_contacts="", id_numbers=[], source_contact="")
        workflow.retract(session, mod, retracted.id, "The submitting organisation could not confirm the facts.")
        withdrawn = make_submitted(session, a, victim_names=[WITHDRAWN_VICTIM], region="")
        workflow.withdraw(session, a, withdrawn.id, WITHDRAWAL_REASON)
        rejected = make_submitted(session, a, victim_names=[REJECTED_VICTIM], region="")
        workflow.claim(session, mod, rejected.id)
        workflow.reject(session, mod, rejected.id, REJECTION_REASON)
        make_in_review(session, a, mod, victim_names=[IN_REVIEW_VICTIM], region="")
        published = session.exec(select(Allegation).where(Allegation.state == State.published)).all()
        references = [p.reference for p in published] + [retracted.reference]
    return {"references": references, "submitter": submitter}


# ---------------------------------------------------------------------------------------------
# The crawl.

LINK = re.compile(r'(?:href|src|action)="([^"]+)"')


def _same_site(url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme not in ("", "http") or parts.netloc not in ("", "localhost", "registry.test"):
        return None
    if not parts.path.startswith("/"):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def crawl(anonymous, seeds) -> dict[str, object]:
    """GET every same-site page reachable from the seeds (bounded); url → response."""
    seen, queue, responses = set(seeds), deque(seeds), {}
    while queue and len(responses) < MAX_PAGES:
        url = queue.popleft()
        response = anonymous.get(url)
        responses[url] = response
        response.get_data()  # consume streamed downloads here
        if "html" not in (response.content_type or ""):
            continue
        for link in LINK.findall(response.get_data(as_text=True)):
            target = _same_site(urljoin(url, html.unescape(link)))
            if target and target not in seen and not target.startswith(("/login", "/logout")):
                seen.add(target)
                queue.append(target)
    return responses


def _api_pages(anonymous) -> dict:
    found, url = {}, "/api/v1/allegations?per_page=1"
    while url:
        response = anonymous.get(url)
        assert response.status_code == 200
        found[url] = response
        url = _same_site(response.get_json()["links"]["next"] or "")
    return found


def _consumed(response):
    response.get_data()  # a streamed download is read inside the request that made it
    return response


def _text_of(response) -> str:
    headers = "\n".join(f"{k}: {v}" for k, v in response.headers.items())
    body = response.get_data()
    if response.headers.get("Content-Encoding") == "gzip":
        import gzip

        body = gzip.decompress(body)
    return headers + "\n" + body.decode("utf-8", errors="replace")


@pytest.fixture
def all_logs(caplog):
    caplog.set_level(logging.DEBUG)  # the root logger: every logger that propagates
    for name in ("sqlalchemy", "werkzeug", "registry", "flask_limiter", "alembic", "apscheduler"):
        # Libraries that set their own quieter level (SQLAlchemy sets WARN): DEBUG too.
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def test_no_private_value_reaches_any_public_response_or_log(app, database, users, moderator, second_moderator,
                                                             anonymous, all_logs, monkeypatch):
    played = play_the_registry(app, database, users, moderator, second_moderator)
    settings = feeds.FeedSettings.from_config({**app.config, "FEED_SIZE": 1})
    app.config["FEED_SIZE"] = 1  # archives exist and are served
    result = feeds.regenerate(database, settings)
    assert result.regenerated and result.records == 2, result  # one published, one retraction notice

    responses = crawl(anonymous, ["/", "/feeds", "/data/", "/about", "/statistics", "/allegations?q=detained"])
    assert len(responses) > 20
    published = played["references"][0]
    assert f"/allegations/{published}" in responses  # the crawl reached the published record by its links
    # The retraction notice is linked from the feeds only: crawl from there too.
    responses.update(crawl(anonymous, [f"/allegations/{ref}" for ref in played["references"]]))
    for path in sorted(settings.feed_dir.rglob("*")):
        if path.is_file() and not path.name.startswith("."):
            url = "/feeds/" + path.relative_to(settings.feed_dir).as_posix()
            responses[url] = _consumed(anonymous.get(url))
            assert responses[url].status_code == 200, url
            assert leaks_in(path.read_text(encoding="utf-8")) == [], path  # the raw file on disk
    assert any("/archive/" in url for url in responses)
    responses.update(_api_pages(anonymous))
    for reference in played["references"]:
        responses[f"/api/v1/allegations/{reference}"] = anonymous.get(f"/api/v1/allegations/{reference}")
    for url in ("/api/v1/openapi.json", "/api/v1/vocabularies", "/data/allegations.csv", "/data/allegations.json",
                "/feeds/allegations.json"):
        responses[url] = _consumed(anonymous.get(url))
    responses["gzip feed"] = _consumed(anonymous.get("/feeds/allegations.atom", headers={"Accept-Encoding": "gzip"}))
    responses["404"] = anonymous.get(f"/allegations/{VICTIM.replace(' ', '-')}")
    responses["405"] = anonymous.post_raw("/about")
    responses["400"] = anonymous.get("/api/v1/allegations?page=" + ID_NUMBER)
    responses["api 404"] = anonymous.get("/api/v1/allegations/RR-1999-9999")
    responses["search"] = anonymous.get("/allegations?q=" + VICTIM)  # searching for a private value finds nothing

    def broken(*_args, **_kwargs):
        raise RuntimeError(f"statistics failed for {VICTIM} at {EXACT_LOCATION}")

    monkeypatch.setattr(statistics, "public_statistics", broken)
    responses["500"] = anonymous.get("/statistics")
    assert responses["500"].status_code == 500

    statuses = {key: responses[key].status_code for key in ("404", "405", "400", "api 404")}
    assert statuses == {"404": 404, "405": 405, "400": 400, "api 404": 404}
    # The reader's own query is echoed back (not a leak), but nothing is found by a private value.
    found_by_private_name = responses.pop("search").get_data(as_text=True)
    assert played["references"][0] not in found_by_private_name
    assert played["references"][0] in _consumed(anonymous.get("/allegations?q=testified")).get_data(as_text=True)

    leaks = {url: found for url, response in responses.items() if (found := leaks_in(_text_of(response)))}
    assert leaks == {}

    records = [logging.Formatter("%(name)s %(levelname)s %(message)s").format(r) for r in all_logs.records]
    assert records, "the scenario logged nothing: is the capture working?"
    in_logs = [(line[:200], leaks_in(line)) for line in records if leaks_in(line)]
    assert in_logs == []
    # The test client's address; SQLAlchemy's pool names the database server's ("host=127.0.0.1"
    # on PostgreSQL), which is configuration, not a reader.
    assert [line[:200] for line in records if IP_ADDRESS in line.replace(f"host={IP_ADDRESS}", "")] == []


def test_development_server_log_holds_no_client_address(app, caplog):
    """`flask run` / `make run` serve through werkzeug, whose access log starts with the client address."""
    from werkzeug.serving import make_server

    caplog.set_level(logging.INFO, logger="werkzeug")
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{server.server_port}/about", timeout=10) as answer:
            assert answer.status == 200
    finally:
        server.shutdown()
        thread.join(timeout=5)
    lines = [r.getMessage() for r in caplog.records if r.name == "werkzeug"]
    assert any("GET /about" in line for line in lines)  # the access log is still there, without the address
    assert [line for line in lines if IP_ADDRESS in line] == []


def test_request_log_holds_no_search_no_handle_and_no_id(app, caplog, database, users):
    """A reader's search (query string) and an allegation's handle or id never reach the request log."""
    from werkzeug.serving import make_server

    with database.transaction() as session:
        allegation = make_submitted(session, users["submitter_a"])
    handle, allegation_id = allegation.handle, allegation.id
    caplog.set_level(logging.INFO, logger="werkzeug")
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_port}"
    try:
        for path in ("/allegations?q=Okonkwo+Sfax", f"/moderate/allegations/{handle}?tab=audit",
                     f"/submissions/{handle}/edit", f"/no/such/{allegation_id}?q=Okonkwo"):
            try:
                urllib.request.urlopen(base + path, timeout=10).read()  # follows the redirect to sign-in
            except urllib.error.HTTPError:
                pass
    finally:
        server.shutdown()
        thread.join(timeout=5)
    lines = [r.getMessage() for r in caplog.records if r.name == "werkzeug"]
    text = "\n".join(lines)
    assert "GET /allegations HTTP/1.1" in text
    assert "GET /moderate/allegations/<handle> HTTP/1.1" in text
    assert "GET /submissions/<handle>/edit HTTP/1.1" in text
    assert "GET /login HTTP/1.1" in text  # the redirect's ?next= named the handle: gone too
    assert "GET /no/… HTTP/1.1" in text
    for secret in ("Okonkwo", "Sfax", "q=", handle, f"such/{allegation_id}", "tab=audit", "127.0.0.1 -"):
        assert secret not in text, secret


def test_flask_exception_line_names_the_route_not_the_handle(app, caplog):
    from registry.web import security

    caplog.set_level(logging.ERROR, logger="registry")
    logging.getLogger(app.logger.name).error("Exception on /moderate/allegations/Xq3vT9aa1Bc_dEf-ghIJkl/edit [POST]")
    assert caplog.records[-1].getMessage() == "Exception on /moderate/allegations/<handle>/edit [POST]"
    assert security._scrubber.scrub('"GET /allegations/RR-2026-0001?q=name HTTP/1.1" 200') == \
        '"GET /allegations/RR-2026-0001 HTTP/1.1" 200'  # public pages keep their (public) path
