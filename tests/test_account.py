"""The account page: change password, two-factor set-up, recovery codes, sign out everywhere."""
from __future__ import annotations

import re

import pyotp

from .conftest import ACTORS, PASSWORD, Browser
from .totp_helpers import enrol, next_code, user_by_email

SUBMITTER = ACTORS["submitter_a"][0]
NEW_PASSWORD = "lantern-orchard-quietly-41"


def change(browser, current, new, confirm=None):
    return browser.post("/account/password", {"current_password": current, "new_password": new,
                                              "confirm": confirm or new})


def test_account_page_needs_sign_in(anonymous):
    response = anonymous.get("/account")
    assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_header_links_the_email_to_the_account_page(submitter_a):
    page = submitter_a.get("/account").get_data(as_text=True)
    assert f'href="/account" class="account-email">{SUBMITTER}<' in page


def test_password_change_needs_the_current_password(submitter_a, app):
    response = change(submitter_a, "not-the-current-one", NEW_PASSWORD)
    assert response.status_code == 400
    assert "current password is not correct" in response.get_data(as_text=True)
    Browser(app.test_client()).login(SUBMITTER, PASSWORD)  # unchanged


def test_weak_or_common_new_password_is_refused(submitter_a):
    assert "at least 12" in change(submitter_a, PASSWORD, "short-pw").get_data(as_text=True)
    response = change(submitter_a, PASSWORD, "password1234")
    assert response.status_code == 400
    assert "too common" in response.get_data(as_text=True)


def test_mismatched_confirmation_is_refused(submitter_a):
    response = change(submitter_a, PASSWORD, NEW_PASSWORD, confirm=NEW_PASSWORD + "x")
    assert response.status_code == 400
    assert "differ" in response.get_data(as_text=True)


def test_password_change_ends_other_sessions_and_keeps_this_one(submitter_a, app):
    other = Browser(app.test_client())
    other.login(SUBMITTER)
    assert other.get("/account").status_code == 200
    response = change(submitter_a, PASSWORD, NEW_PASSWORD)
    assert response.status_code == 302
    assert submitter_a.get("/account").status_code == 200
    assert other.get("/account").status_code == 302  # signed out there
    fresh = Browser(app.test_client())
    assert fresh.post("/login", {"email": SUBMITTER, "password": PASSWORD}).status_code == 400
    fresh.login(SUBMITTER, NEW_PASSWORD)


def test_password_change_without_csrf_token_is_refused(submitter_a, app):
    response = submitter_a.post_raw("/account/password", {"current_password": PASSWORD,
                                                           "new_password": NEW_PASSWORD, "confirm": NEW_PASSWORD})
    assert response.status_code == 400
    Browser(app.test_client()).login(SUBMITTER, PASSWORD)


def test_sign_out_everywhere_ends_every_session(submitter_a, app):
    other = Browser(app.test_client())
    other.login(SUBMITTER)
    response = submitter_a.post("/account/sign-out-everywhere", {}, form_url="/account")
    assert response.status_code == 302
    assert submitter_a.get("/account").status_code == 302
    assert other.get("/account").status_code == 302
    Browser(app.test_client()).login(SUBMITTER)  # the account itself still works


def test_sign_out_everywhere_without_csrf_token_is_refused(submitter_a):
    assert submitter_a.post_raw("/account/sign-out-everywhere", {}).status_code == 400
    assert submitter_a.get("/account").status_code == 200


def test_submitter_may_enrol_a_second_factor_and_is_then_asked_for_it(submitter_a, app, database):
    submitter_a.post("/account/two-factor/start", {}, form_url="/account/two-factor")
    page = submitter_a.get("/account/two-factor").get_data(as_text=True)
    qr = re.search(r'<img class="totp-qr" src="(data:image/svg\+xml[^"]+)"', page)
    assert qr, "no inline QR code"
    assert "http" not in qr.group(1).split(",", 1)[0]  # drawn here, never fetched from elsewhere
    secret = re.search(r'class="totp-secret">([A-Z2-7 ]+)<', page).group(1).replace(" ", "")
    response = submitter_a.post("/account/two-factor/confirm", {"code": pyotp.TOTP(secret).now()},
                                form_url="/account/two-factor")
    codes = re.findall(r"<code>([a-z0-9]{5}-[a-z0-9]{5})</code>", response.get_data(as_text=True))
    assert len(codes) == 10
    # Shown once: no later page lists them.
    for url in ("/account/two-factor", "/account"):
        assert codes[0] not in submitter_a.get(url).get_data(as_text=True)
    fresh = Browser(app.test_client())
    assert fresh.post("/login", {"email": SUBMITTER, "password": PASSWORD}).headers["Location"].endswith("/login/code")


def test_new_recovery_codes_replace_the_old_ones(anonymous, database):
    secret, old_codes = enrol(database, SUBMITTER)
    before = user_by_email(database, SUBMITTER).recovery_codes
    anonymous.post("/login", {"email": SUBMITTER, "password": PASSWORD})
    anonymous.post("/login/code", {"code": old_codes[0]})
    response = anonymous.post("/account/recovery-codes", {"code": next_code(secret)}, form_url="/account/two-factor")
    new_codes = re.findall(r"<code>([a-z0-9]{5}-[a-z0-9]{5})</code>", response.get_data(as_text=True))
    assert len(new_codes) == 10 and not set(new_codes) & set(old_codes)
    after = user_by_email(database, SUBMITTER).recovery_codes
    assert len(after) == 10 and not set(after) & set(before)


def test_pages_of_the_account_are_not_cached(submitter_a):
    assert submitter_a.get("/account").headers["Cache-Control"] == "no-store"
