"""Sign-in: one generic failure message, throttling, fresh sessions, idle timeout, second factor."""
from __future__ import annotations

import re

import pyotp
import pytest

from sqlmodel import select

from registry.domain.models import User, utcnow
from registry.web.extensions import limiter

from .conftest import ACTORS, PASSWORD, Browser, csrf_token, session_cookie
from .totp_helpers import enrol, next_code, user_by_email

GENERIC = "Sign-in failed: check your e-mail and password."
CODE_NOT_ACCEPTED = "The code was not accepted."
MODERATOR = ACTORS["moderator"][0]
SUBMITTER = ACTORS["submitter_a"][0]


@pytest.fixture
def app_config(app_config):
    # These tests hold the production rule: staff must use a second factor.
    return {**app_config, "REQUIRE_STAFF_TOTP": True}


def attempt(browser, email, password, addr="127.0.0.1"):
    return browser.post("/login", {"email": email, "password": password}, environ_base={"REMOTE_ADDR": addr})


@pytest.mark.parametrize("email,password", [
    (SUBMITTER, "wrong-password-entirely"),       # known account, wrong password
    ("nobody@nowhere.example", PASSWORD),          # unknown account
    ("not an e-mail", PASSWORD),                   # not even an address
])
def test_every_sign_in_failure_gives_the_same_message(anonymous, email, password):
    response = attempt(anonymous, email, password)
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert GENERIC in page
    assert "does not exist" not in page and "unknown" not in page.lower()


def test_deactivated_account_gets_the_generic_message(anonymous, database):
    with database.transaction() as session:
        session.exec(select(User).where(User.email == SUBMITTER)).one().active = False
    response = attempt(anonymous, SUBMITTER, PASSWORD)
    assert response.status_code == 400 and GENERIC in response.get_data(as_text=True)


def test_eleventh_failed_attempt_from_one_client_is_refused(anonymous):
    # Each attempt on another account: the per-client limit alone must stop the 11th.
    for n in range(10):
        assert attempt(anonymous, f"person{n}@ngo.example", "wrong-password-x").status_code == 400
    assert attempt(anonymous, SUBMITTER, PASSWORD).status_code == 429


def test_successful_sign_ins_are_not_throttled(app):
    for _n in range(12):
        Browser(app.test_client()).login(SUBMITTER)


def test_limiter_counters_hold_no_ip_address_or_email(anonymous):
    for n in range(3):
        attempt(anonymous, SUBMITTER, "wrong-password-y", addr="203.0.113.77")
    keys = " ".join(map(str, limiter._storage.storage.keys()))
    assert keys, "the limiter counted nothing"
    assert "203.0.113.77" not in keys
    assert SUBMITTER not in keys


def test_sign_in_starts_a_fresh_session(anonymous):
    with anonymous.client.session_transaction() as session:
        session["planted"] = "by an attacker before sign-in"
        session["user_id"] = 999
    anonymous.login(SUBMITTER)
    with anonymous.client.session_transaction() as session:
        assert "planted" not in session
        assert session["user_id"] != 999


def test_session_cookie_is_httponly_and_samesite_lax(anonymous):
    response = attempt(anonymous, SUBMITTER, PASSWORD)
    cookie = session_cookie(response)
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert "Secure" not in cookie  # not in development


def test_session_cookie_is_secure_in_production(app_config):
    from registry import create_app
    app = create_app({**app_config, "PRODUCTION": True})
    client = app.test_client()
    token = csrf_token(client.get("/login", base_url="https://localhost").get_data(as_text=True))
    response = client.post("/login", data={"email": SUBMITTER, "password": PASSWORD, "csrf_token": token},
                           base_url="https://localhost", headers={"Referer": "https://localhost/login"})
    assert response.status_code == 302
    assert "Secure" in session_cookie(response)
    assert "Strict-Transport-Security" in response.headers


def sign_in_with_code(browser, database, email):
    """Enrol the account in TOTP, then sign in with password and code."""
    secret, _codes = enrol(database, email)
    assert browser.post("/login", {"email": email, "password": PASSWORD}).headers["Location"].endswith("/login/code")
    assert browser.post("/login/code", {"code": next_code(secret)}).status_code == 302


def test_staff_signed_out_after_inactivity(anonymous, database):
    sign_in_with_code(anonymous, database, MODERATOR)
    assert anonymous.get("/account").status_code == 200
    with anonymous.client.session_transaction() as session:
        session["seen"] = utcnow().timestamp() - 31 * 60
    response = anonymous.get("/account")
    assert response.status_code == 302 and "/login" in response.headers["Location"]
    assert "inactivity" in anonymous.get("/login").get_data(as_text=True)


def test_staff_active_within_the_idle_limit_stay_signed_in(anonymous, database):
    sign_in_with_code(anonymous, database, MODERATOR)
    with anonymous.client.session_transaction() as session:
        session["seen"] = utcnow().timestamp() - 29 * 60
    assert anonymous.get("/account").status_code == 200


def test_submitters_are_not_signed_out_for_inactivity(submitter_a):
    with submitter_a.client.session_transaction() as session:
        session["seen"] = utcnow().timestamp() - 10 * 60 * 60
    assert submitter_a.get("/account").status_code == 200


def test_submitters_are_signed_out_after_idle_days(submitter_a):
    # SUBMITTER_IDLE_DAYS (3): a submitter's cookie copied and left unused stops working.
    with submitter_a.client.session_transaction() as session:
        session["seen"] = utcnow().timestamp() - (3 * 24 + 1) * 60 * 60
    response = submitter_a.get("/submissions/")
    assert response.status_code == 302 and "/login" in response.headers["Location"]
    assert "inactivity" in submitter_a.get("/login").get_data(as_text=True)
    assert submitter_a.get("/submissions/").status_code == 302  # and the session stays ended


def test_submitter_idle_limit_is_configurable(app_config):
    from registry import create_app
    app = create_app({**app_config, "SUBMITTER_IDLE_DAYS": 1})
    browser = Browser(app.test_client())
    browser.login(SUBMITTER)
    with browser.client.session_transaction() as session:
        session["seen"] = utcnow().timestamp() - 25 * 60 * 60
    assert browser.get("/submissions/").status_code == 302


# --- Second factor ------------------------------------------------------------------------------

def test_staff_without_second_factor_must_enrol_before_anything_else(anonymous):
    anonymous.login(MODERATOR)
    for url in ("/account", "/submissions/", "/admin"):
        response = anonymous.get(url)
        assert response.status_code in (302, 403, 404)
        if response.status_code == 302:
            assert response.headers["Location"].endswith("/account/two-factor")
    assert anonymous.get("/account").headers["Location"].endswith("/account/two-factor")
    assert anonymous.get("/account/two-factor").status_code == 200
    assert anonymous.get("/").status_code == 200  # public pages stay open


def test_staff_enrols_with_qr_code_then_gets_recovery_codes(anonymous, database):
    anonymous.login(MODERATOR)
    anonymous.post("/account/two-factor/start", {}, form_url="/account/two-factor")
    page = anonymous.get("/account/two-factor").get_data(as_text=True)
    assert 'src="data:image/svg+xml' in page
    secret = re.search(r'class="totp-secret">([A-Z2-7 ]+)<', page).group(1).replace(" ", "")
    response = anonymous.post("/account/two-factor/confirm", {"code": pyotp.TOTP(secret).now()},
                              form_url="/account/two-factor")
    assert response.status_code == 200
    codes = re.findall(r"<code>([a-z0-9]{5}-[a-z0-9]{5})</code>", response.get_data(as_text=True))
    assert len(codes) == 10
    assert user_by_email(database, MODERATOR).totp_enabled
    assert anonymous.get("/account").status_code == 200  # the session continues after enrolment


def test_wrong_enrolment_code_does_not_switch_the_second_factor_on(anonymous, database):
    anonymous.login(MODERATOR)
    anonymous.post("/account/two-factor/start", {}, form_url="/account/two-factor")
    anonymous.post("/account/two-factor/confirm", {"code": "000000"}, form_url="/account/two-factor")
    assert not user_by_email(database, MODERATOR).totp_enabled


def test_staff_with_second_factor_needs_the_code(anonymous, database):
    secret, _codes = enrol(database, MODERATOR)
    response = anonymous.post("/login", {"email": MODERATOR, "password": PASSWORD})
    assert response.headers["Location"].endswith("/login/code")
    # Password alone signs nobody in.
    assert anonymous.get("/account").headers["Location"].startswith("/login")
    wrong = anonymous.post("/login/code", {"code": "123456"})
    assert wrong.status_code == 400 and CODE_NOT_ACCEPTED in wrong.get_data(as_text=True)
    assert GENERIC not in wrong.get_data(as_text=True)  # the password was right: do not blame it
    right = anonymous.post("/login/code", {"code": next_code(secret)})
    assert right.status_code == 302
    assert anonymous.get("/account").status_code == 200


def test_a_code_cannot_be_used_twice(app, database):
    secret, _codes = enrol(database, MODERATOR)
    code = next_code(secret)
    first = Browser(app.test_client())
    first.post("/login", {"email": MODERATOR, "password": PASSWORD})
    assert first.post("/login/code", {"code": code}).status_code == 302
    second = Browser(app.test_client())
    second.post("/login", {"email": MODERATOR, "password": PASSWORD})
    reused = second.post("/login/code", {"code": code})
    assert reused.status_code == 400 and CODE_NOT_ACCEPTED in reused.get_data(as_text=True)


def test_recovery_code_works_once(app, database):
    _secret, codes = enrol(database, MODERATOR)
    first = Browser(app.test_client())
    first.post("/login", {"email": MODERATOR, "password": PASSWORD})
    assert first.post("/login/code", {"code": codes[0].upper()}).status_code == 302
    assert len(user_by_email(database, MODERATOR).recovery_codes) == 9
    again = Browser(app.test_client())
    again.post("/login", {"email": MODERATOR, "password": PASSWORD})
    assert again.post("/login/code", {"code": codes[0]}).status_code == 400


def test_recovery_codes_are_stored_only_as_hashes(database):
    _secret, codes = enrol(database, MODERATOR)
    stored = user_by_email(database, MODERATOR).recovery_codes
    assert len(stored) == 10
    for code in codes:
        assert code not in stored and code.replace("-", "") not in stored


def test_totp_secret_is_sealed(database):
    secret, _codes = enrol(database, MODERATOR)
    sealed = user_by_email(database, MODERATOR).totp_secret_sealed
    assert sealed and secret not in sealed


def test_second_step_is_throttled(anonymous, database):
    enrol(database, MODERATOR)
    anonymous.post("/login", {"email": MODERATOR, "password": PASSWORD})
    for n in range(10):
        assert anonymous.post("/login/code", {"code": f"{n:06d}"}, form_url="/login/code").status_code == 400
    assert anonymous.post("/login/code", {"code": "999999"}, form_url="/login/code").status_code == 429


def test_second_step_expires(anonymous, database):
    secret, _codes = enrol(database, MODERATOR)
    anonymous.post("/login", {"email": MODERATOR, "password": PASSWORD})
    with anonymous.client.session_transaction() as session:
        session["pending_at"] = utcnow().timestamp() - 600
    response = anonymous.get("/login/code")
    assert response.status_code == 302 and response.headers["Location"].endswith("/login")


def test_submitter_without_second_factor_signs_in_with_password(anonymous):
    anonymous.login(SUBMITTER)
    assert anonymous.get("/account").status_code == 200


def test_login_form_without_csrf_token_is_refused(anonymous):
    response = anonymous.post_raw("/login", {"email": SUBMITTER, "password": PASSWORD})
    assert response.status_code == 400
    assert anonymous.get("/account").status_code == 302


def test_security_headers_forbid_inline_script_framing_and_referrers(anonymous):
    headers = anonymous.get("/login").headers
    csp = headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp and "default-src 'none'" in csp
    assert headers["Referrer-Policy"] == "same-origin"  # no Referer leaves the site
    assert headers["Cache-Control"] == "no-store"


def test_sign_in_fields_tell_password_managers_which_is_which(anonymous):
    page = anonymous.get("/login").get_data(as_text=True)
    assert 'autocomplete="username"' in page and 'autocomplete="current-password"' in page


def test_reloading_the_confirmation_address_goes_back_to_the_two_factor_page(moderator):
    response = moderator.get("/account/two-factor/confirm")
    assert response.status_code == 302 and response.headers["Location"].endswith("/account/two-factor")


def test_after_the_recovery_codes_a_moderator_continues_to_the_queue_and_a_submitter_to_submissions(
        moderator, submitter_a, database):
    import pyotp
    import re

    for browser, email, home in ((moderator, MODERATOR, "/moderate/"), (submitter_a, "alice@ngo-a.example",
                                                                         "/submissions/")):
        browser.post("/account/two-factor/start", form_url="/account/two-factor")
        page = browser.get("/account/two-factor").get_data(as_text=True)
        secret = "".join(re.search(r'class="totp-secret">([^<]+)<', page).group(1).split())
        codes = browser.post("/account/two-factor/confirm", {"code": pyotp.TOTP(secret).now()},
                             form_url="/account/two-factor")
        assert codes.status_code == 200
        assert f'class="button primary" href="{home}"' in codes.get_data(as_text=True), email
