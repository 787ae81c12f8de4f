"""Security headers and cookies on every kind of response the registry sends.

tests/test_auth.py checks the sign-in page; this file checks each page type: public page, feed,
API JSON, API error, download, 404 and 500 pages, sign-in, submitter page, moderation page,
account page and static file, in development and in production.
"""
from __future__ import annotations

import pytest

from registry import create_app, feeds
from registry.domain import statistics

from .conftest import ACTORS, PASSWORD, Browser, csrf_token, session_cookie
from .factories import make_published_allegation

PUBLIC_URLS = {
    "public page": "/",
    "allegation page": None,  # filled with a published reference
    "feed": "/feeds/allegations.atom",
    "api json": "/api/v1/allegations",
    "api error": "/api/v1/allegations?page=zero",
    "download": "/data/allegations.csv",
    "404 page": "/no-such-page",
    "sign-in page": "/login",
    "static file": "/static/registry.css",
}
SIGNED_IN_URLS = {
    "submitter page": ("submitter_a", "/submissions/"),
    "moderation page": ("moderator", "/moderate/"),
    "account page": ("moderator", "/account"),
    "admin page": ("admin", "/admin"),
    "public page, signed in": ("submitter_a", "/"),
    "api json, signed in": ("submitter_a", "/api/v1/allegations"),
}


@pytest.fixture
def reference(database, users, app):
    with database.transaction() as session:
        reference = make_published_allegation(session, users["submitter_a"], users["moderator"],
                                              users["second_moderator"]).reference
    feeds.regenerate(database, feeds.FeedSettings.from_config(app.config))
    return reference


def assert_protective_headers(response, label: str) -> None:
    headers = response.headers
    csp = headers.get("Content-Security-Policy", "")
    assert csp, f"{label}: no Content-Security-Policy"
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp, label
    assert "frame-ancestors 'none'" in csp, label
    assert "script-src 'self'" in csp and "default-src 'none'" in csp, label
    assert headers.get("X-Content-Type-Options") == "nosniff", label
    assert headers.get("Referrer-Policy") == "same-origin", label
    assert "camera=()" in headers.get("Permissions-Policy", ""), label
    assert "geolocation=()" in headers.get("Permissions-Policy", ""), label


def _consumed(response):
    response.get_data()
    return response


def test_every_public_response_type_carries_the_protective_headers(anonymous, reference):
    urls = {**PUBLIC_URLS, "allegation page": f"/allegations/{reference}"}
    statuses = {}
    for label, url in urls.items():
        response = _consumed(anonymous.get(url))
        statuses[label] = response.status_code
        assert_protective_headers(response, label)
        assert "Strict-Transport-Security" not in response.headers, label  # only in production
    assert statuses["404 page"] == 404 and statuses["api error"] == 400
    assert all(status == 200 for label, status in statuses.items() if label not in ("404 page", "api error"))


def test_error_page_of_an_unexpected_failure_carries_the_headers(anonymous, monkeypatch):
    def broken(*_args, **_kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(statistics, "public_statistics", broken)
    response = anonymous.get("/statistics")
    assert response.status_code == 500
    assert "boom" not in response.get_data(as_text=True)
    assert_protective_headers(response, "500 page")


@pytest.mark.parametrize("label", sorted(SIGNED_IN_URLS))
def test_pages_for_signed_in_people_carry_the_headers_and_are_never_cached(request, label, reference):
    actor, url = SIGNED_IN_URLS[label]
    browser = request.getfixturevalue(actor)
    response = _consumed(browser.get(url))
    assert response.status_code == 200, label
    assert_protective_headers(response, label)
    assert response.headers["Cache-Control"] == "no-store", label


def test_public_responses_for_anonymous_readers_may_be_cached(anonymous, reference):
    """The opposite of the no-store rule: what anyone may read can sit in caches (feeds, API, data)."""
    for url in ("/feeds/allegations.atom", "/api/v1/allegations", "/data/allegations.csv"):
        response = _consumed(anonymous.get(url))
        assert "public" in response.headers.get("Cache-Control", ""), url
        assert "no-store" not in response.headers.get("Cache-Control", ""), url


def test_session_cookie_is_httponly_lax_and_not_secure_in_development(anonymous):
    response = anonymous.post("/login", {"email": ACTORS["submitter_a"][0], "password": PASSWORD})
    cookie = session_cookie(response)
    assert cookie.startswith("registry_session=")
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert "Secure" not in cookie


def test_production_sends_hsts_and_secure_cookies_on_every_response_type(app_config, database, users):
    app = create_app({**app_config, "PRODUCTION": True})
    client = app.test_client()
    https = {"base_url": "https://registry.test"}
    for url in ("/", "/feeds/allegations.atom", "/api/v1/allegations", "/data/allegations.csv", "/no-such-page",
                "/static/registry.css"):
        response = _consumed(client.get(url, **https))
        assert "max-age=" in response.headers.get("Strict-Transport-Security", ""), url
        assert_protective_headers(response, url)
    token = csrf_token(client.get("/login", **https).get_data(as_text=True))
    response = client.post("/login", data={"email": ACTORS["moderator"][0], "password": PASSWORD, "csrf_token": token},
                           headers={"Referer": "https://registry.test/login"}, **https)
    assert response.status_code == 302
    cookie = session_cookie(response)
    assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie
    page = client.get("/moderate/", **https)
    assert page.status_code == 200 and page.headers["Cache-Control"] == "no-store"
    assert "Strict-Transport-Security" in page.headers
    app.extensions["registry_database"].dispose()


def test_sign_in_issues_a_new_session_cookie_and_the_old_one_stays_anonymous(app):
    """Session fixation: the cookie a visitor had before signing in never becomes a signed-in session."""
    browser = Browser(app.test_client())
    browser.get("/login")
    with browser.client.session_transaction() as session:
        session["planted"] = "before sign-in"
    before = browser.client.get_cookie("registry_session").value
    browser.login(ACTORS["submitter_a"][0])
    after = browser.client.get_cookie("registry_session").value
    assert after != before
    with browser.client.session_transaction() as session:
        assert "planted" not in session and session["user_id"]
    # Someone who kept the pre-sign-in cookie is still anonymous with it.
    other = app.test_client()
    other.set_cookie("registry_session", before)
    assert other.get("/submissions/").status_code == 302
    assert browser.get("/submissions/").status_code == 200


def test_every_html_response_says_how_long_it_may_be_cached(anonymous, moderator, reference):
    """Public pages a minute; error pages, redirects and anything personal never."""
    for url in ("/", "/allegations?q=lawyer", f"/allegations/{reference}", "/statistics", "/feeds", "/about"):
        response = anonymous.get(url)
        assert response.status_code == 200 and response.headers["Cache-Control"] == "public, max-age=60", url
    assert anonymous.get("/no/such/page").headers["Cache-Control"] == "no-store"
    assert anonymous.get("/allegations/RR-2099-9999").headers["Cache-Control"] == "no-store"
    assert anonymous.get("/submissions/").headers["Cache-Control"] == "no-store"  # redirect to sign-in
    assert anonymous.get("/login").headers["Cache-Control"] == "no-store"
    assert anonymous.get("/?lang=fr").headers["Cache-Control"] == "no-store"  # sets the language cookie
    assert moderator.get("/").headers["Cache-Control"] == "no-store"
    assert moderator.get(f"/allegations/{reference}").headers["Cache-Control"] == "no-store"


def test_every_response_type_carries_the_cross_origin_and_flash_policies(anonymous, reference):
    for label, url in {**PUBLIC_URLS, "allegation page": f"/allegations/{reference}"}.items():
        response = _consumed(anonymous.get(url))
        assert response.headers["X-Permitted-Cross-Domain-Policies"] == "none", label
        shared = url.startswith(("/api/", "/data/", "/feeds/"))
        assert response.headers["Cross-Origin-Resource-Policy"] == ("cross-origin" if shared else "same-origin"), label
        assert "interest-cohort" not in response.headers["Permissions-Policy"], label


@pytest.mark.parametrize("endpoint", ["/logout", "/account/sign-out-everywhere"])
def test_signing_out_clears_the_browser_cache_and_storage(moderator, endpoint):
    response = moderator.post(endpoint, form_url="/account")
    assert response.status_code == 302
    assert response.headers["Clear-Site-Data"] == '"cache", "storage"'
    assert "Clear-Site-Data" not in moderator.get("/").headers


def test_development_server_names_no_versions(app):
    import threading
    import urllib.request

    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, app)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{server.server_port}/about") as response:
            assert response.headers["Server"] == "Reprisal Registry"
    finally:
        server.shutdown()


@pytest.mark.parametrize("actor", ["anonymous", "moderator"])
def test_static_files_are_linked_by_content_hash_and_cached_for_a_year(request, actor):
    import hashlib
    import re
    from pathlib import Path

    browser = request.getfixturevalue(actor)
    page = browser.get("/about").get_data(as_text=True)
    link = re.search(r'href="(/static/registry\.css\?v=([0-9a-f]+))"', page)
    assert link, "the stylesheet is not linked by its hash"
    css = Path(__file__).resolve().parents[1] / "registry" / "static" / "registry.css"
    assert hashlib.sha256(css.read_bytes()).hexdigest().startswith(link.group(2))
    response = _consumed(browser.get(link.group(1)))
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    stale = _consumed(browser.get("/static/registry.css?v=0000"))
    assert "immutable" not in stale.headers.get("Cache-Control", "")  # an old hash is not kept for a year
