"""Sign-in throttling: strangers are slowed, owners are never locked out; proxies and workers counted right."""
from __future__ import annotations

import pytest

from registry import create_app
from registry.web import throttle
from registry.web.extensions import limiter

from .conftest import ACTORS, PASSWORD, Browser, csrf_token

SUBMITTER = ACTORS["submitter_a"][0]
OTHER = ACTORS["submitter_b"][0]


FREE = 2  # failures free of any wait, per account (5 in production)
LIMIT = 3  # failures per client, and per known device (10 in production)


@pytest.fixture
def app_config(app_config):
    # Small budgets, so that few passwords are hashed; waits of a minute and more, so that
    # Retry-After says plainly how long however slow the machine.
    return {**app_config, "SIGN_IN_FIRST_DELAY": 60, "SIGN_IN_FREE_FAILURES": FREE,
            "LOGIN_LIMITS": f"{LIMIT} per 15 minutes"}


def attempt(browser, email, password, addr="127.0.0.1", **kwargs):
    return browser.post("/login", {"email": email, "password": password},
                        environ_base={"REMOTE_ADDR": addr}, **kwargs)


def end_the_wait(app, email):
    """What the passing of time does to the account's wait (the counters are the limiter's)."""
    with app.test_request_context():
        limiter.storage.clear("registry-signin/wait/" + throttle.account_key(email))


def test_failures_from_many_addresses_make_strangers_wait_longer_each_time_never_locked(app, anonymous):
    # The free failures and one more, each from another address: the per-client budget plays no part.
    for n in range(FREE + 1):
        assert attempt(anonymous, SUBMITTER, f"wrong-password-{n}", addr=f"10.0.0.{n}").status_code == 400
    waiting = attempt(anonymous, SUBMITTER, PASSWORD, addr="10.0.1.99")
    assert waiting.status_code == 429
    assert "Too many attempts" in waiting.get_data(as_text=True)
    assert SUBMITTER not in waiting.get_data(as_text=True)
    first_wait = int(waiting.headers["Retry-After"])
    assert 1 <= first_wait <= 60

    # No lock: once the wait is over, the right password works from anywhere.
    end_the_wait(app, SUBMITTER)
    assert attempt(Browser(app.test_client()), SUBMITTER, PASSWORD, addr="10.0.2.1").status_code == 302

    # Each further failure doubles the wait.
    assert attempt(anonymous, SUBMITTER, "wrong-password-again", addr="10.0.0.6").status_code == 400
    second_wait = int(attempt(anonymous, SUBMITTER, PASSWORD, addr="10.0.0.7").headers["Retry-After"])
    assert 60 < second_wait <= 120


def test_waiting_attempts_are_refused_before_any_password_is_checked(app, anonymous):
    for n in range(FREE + 1):
        attempt(anonymous, SUBMITTER, f"wrong-password-{n}", addr=f"10.0.0.{n}")
    # During the wait even the right password is refused, so guessing gains nothing from it.
    for n in range(3):
        assert attempt(anonymous, SUBMITTER, PASSWORD, addr=f"10.0.3.{n}").status_code == 429


def test_owner_on_a_known_device_signs_in_during_a_flood_from_many_addresses(app, anonymous):
    owner = Browser(app.test_client())
    assert attempt(owner, SUBMITTER, PASSWORD, addr="192.0.2.10").status_code == 302
    owner.post("/logout", {}, form_url="/account")
    # A flood on the account from many addresses, and from the owner's own address on other accounts.
    for n in range(FREE + 4):
        attempt(anonymous, SUBMITTER, f"wrong-password-{n}", addr=f"10.1.0.{n}")
    for n in range(LIMIT + 1):
        attempt(Browser(app.test_client()), f"person{n}@ngo.example", "wrong-password", addr="192.0.2.10")
    assert attempt(anonymous, SUBMITTER, PASSWORD, addr="10.1.1.1").status_code == 429  # strangers wait
    assert attempt(owner, SUBMITTER, PASSWORD, addr="192.0.2.10").status_code == 302  # the owner does not
    assert owner.get("/account").status_code == 200


def test_a_known_device_has_a_budget_of_its_own_and_only_for_its_account(app):
    device = Browser(app.test_client())
    assert attempt(device, SUBMITTER, PASSWORD).status_code == 302
    device.post("/logout", {}, form_url="/account")
    for n in range(LIMIT):
        assert attempt(device, SUBMITTER, f"wrong-password-{n}", addr=f"10.2.0.{n}").status_code == 400
    assert attempt(device, SUBMITTER, PASSWORD, addr="10.2.1.1").status_code == 429
    # The cookie names its account: on another account this browser is a stranger like any other.
    for n in range(FREE + 1):
        attempt(device, OTHER, f"wrong-password-{n}", addr=f"10.3.0.{n}")
    assert attempt(device, OTHER, PASSWORD, addr="10.3.1.1").status_code == 429


def test_a_forged_device_cookie_counts_for_nothing(app, anonymous):
    anonymous.client.set_cookie(throttle.DEVICE_COOKIE, "eyJhIjoieCJ9.forged.signature", path="/login")
    for n in range(FREE + 1):
        attempt(anonymous, SUBMITTER, f"wrong-password-{n}", addr=f"10.4.0.{n}")
    assert attempt(anonymous, SUBMITTER, PASSWORD, addr="10.4.1.1").status_code == 429


def test_device_cookie_is_httponly_and_scoped_to_sign_in(app):
    response = attempt(Browser(app.test_client()), SUBMITTER, PASSWORD)
    cookie = next(c for c in response.headers.getlist("Set-Cookie") if c.startswith(throttle.DEVICE_COOKIE))
    assert "HttpOnly" in cookie and "Path=/login" in cookie and "SameSite=Lax" in cookie
    assert SUBMITTER not in cookie


def test_delays_double_from_the_first_and_stop_at_the_most():
    delays = [throttle.delay_after(n, free=5, first=2, most=900) for n in range(1, 20)]
    assert delays[:5] == [0] * 5
    assert delays[5:9] == [2, 4, 8, 16]
    assert max(delays) == 900 and delays[-1] == 900


# --- Trusted proxies -------------------------------------------------------------------------

def test_behind_a_trusted_proxy_each_forwarded_client_has_its_own_budget(app_config):
    app = create_app({**app_config, "TRUSTED_PROXIES": 1})
    browser = Browser(app.test_client())
    proxy = {"REMOTE_ADDR": "127.0.0.1"}
    for n in range(LIMIT):
        response = browser.post("/login", {"email": f"person{n}@ngo.example", "password": "wrong-password"},
                                environ_base=proxy, headers={"X-Forwarded-For": "198.51.100.1"})
        assert response.status_code == 400
    blocked = browser.post("/login", {"email": SUBMITTER, "password": PASSWORD}, environ_base=proxy,
                           headers={"X-Forwarded-For": "198.51.100.1"})
    assert blocked.status_code == 429
    # Every other client of the same proxy signs in: the limit is not a global lock-out.
    other = Browser(app.test_client()).post("/login", {"email": SUBMITTER, "password": PASSWORD}, environ_base=proxy,
                                            headers={"X-Forwarded-For": "198.51.100.2"})
    assert other.status_code == 302


def test_without_trusted_proxies_a_forged_forwarded_for_changes_nothing(anonymous):
    for n in range(LIMIT):
        response = anonymous.post("/login", {"email": f"person{n}@ngo.example", "password": "wrong-password"},
                                  headers={"X-Forwarded-For": f"203.0.113.{n}"})
        assert response.status_code == 400
    response = anonymous.post("/login", {"email": SUBMITTER, "password": PASSWORD},
                              headers={"X-Forwarded-For": "203.0.113.200"})
    assert response.status_code == 429


# --- Several workers ---------------------------------------------------------------------------

def test_several_workers_with_in_memory_limiter_storage_refuse_to_start(app_config, capsys):
    with pytest.raises(SystemExit) as stopped:
        create_app({**app_config, "WEB_CONCURRENCY": 4})
    assert stopped.value.code == 3
    assert "RATELIMIT_STORAGE_URI" in capsys.readouterr().err


def _redis_url() -> str:
    redis = pytest.importorskip("redis")
    url = "redis://127.0.0.1:6379/15"
    try:
        redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except redis.exceptions.ConnectionError:
        pytest.skip("no Redis answers on 127.0.0.1:6379 (.ci/run starts one)")
    return url


def test_workers_sharing_redis_share_every_sign_in_budget(app_config):
    import redis
    url = _redis_url()
    redis.Redis.from_url(url).flushdb()
    config = {**app_config, "RATELIMIT_STORAGE_URI": url, "WEB_CONCURRENCY": 2}
    workers = [create_app(config), create_app(config)]  # two processes' worth of app, one storage
    try:
        for n in range(LIMIT):
            worker = workers[n % 2]
            response = Browser(worker.test_client()).post(
                "/login", {"email": f"person{n}@ngo.example", "password": "wrong-password"})
            assert response.status_code == 400
        for worker in workers:
            response = Browser(worker.test_client()).post("/login", {"email": SUBMITTER, "password": PASSWORD})
            assert response.status_code == 429
        keys = " ".join(k.decode() for k in redis.Redis.from_url(url).keys("*"))
        assert keys, "nothing was counted in Redis"
        assert "127.0.0.1" not in keys and SUBMITTER not in keys
    finally:
        redis.Redis.from_url(url).flushdb()


def test_device_cookie_is_secure_in_production(app_config):
    app = create_app({**app_config, "PRODUCTION": True})
    client = app.test_client()
    token = csrf_token(client.get("/login", base_url="https://localhost").get_data(as_text=True))
    response = client.post("/login", data={"email": SUBMITTER, "password": PASSWORD, "csrf_token": token},
                           base_url="https://localhost", headers={"Referer": "https://localhost/login"})
    assert response.status_code == 302
    cookie = next(c for c in response.headers.getlist("Set-Cookie") if c.startswith(throttle.DEVICE_COOKIE))
    assert "Secure" in cookie
