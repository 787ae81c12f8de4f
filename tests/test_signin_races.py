"""Sign-in under races and floods: each one-time code works once on every database, and no
password is checked while the database's write lock is held."""
from __future__ import annotations

import sqlite3

import pytest
from sqlmodel import select

from registry import create_app
from registry import db as dbmod
from registry.domain import accounts
from registry.domain.models import Allegation, User, utcnow

from .conftest import ACTORS, PASSWORD, Browser, csrf_token, _truncate_postgres, seed_actors
from .test_concurrency import run_together
from .test_intake import FORM
from .totp_helpers import enrol, next_code, user_by_email

MODERATOR = ACTORS["moderator"][0]
SUBMITTER = ACTORS["submitter_a"][0]
ROUNDS = 8


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def race_app(request, app_config):
    # Budgets out of the way: the test is about the database, not the limiter.
    config = {**app_config, "REQUIRE_STAFF_TOTP": True, "LOGIN_LIMITS": "10000 per minute"}
    if request.param == "postgres":
        config["DATABASE_URL"] = request.getfixturevalue("postgres_url")
    app = create_app(config)
    database = app.extensions["registry_database"]
    if not database.is_sqlite:  # a fresh schema, or TEST_DATABASE_URL's shared one (make test-postgres)
        dbmod.upgrade(database)
        _truncate_postgres(database)
        seed_actors(database)
    yield app
    database.dispose()


def _password_step_done(app, database, email) -> Browser:
    """A browser in the state the password step leaves (no argon2 needed for each round)."""
    user = user_by_email(database, email)
    browser = Browser(app.test_client())
    with browser.client.session_transaction() as session:
        session.update(pending_user_id=user.id, pending_epoch=user.session_epoch, pending_at=utcnow().timestamp())
    return browser


def _post_code_twice_at_once(app, database, code) -> list[int]:
    browsers = [_password_step_done(app, database, MODERATOR) for _ in range(2)]
    tokens = [csrf_token(b.get("/login/code").get_data(as_text=True)) for b in browsers]
    jobs = [lambda b=b, t=t: b.client.post("/login/code", data={"code": code, "csrf_token": t}).status_code
            for b, t in zip(browsers, tokens)]
    return run_together(*jobs)


def _reset_second_factor(database, email):
    with database.transaction() as session:
        admin = session.exec(select(User).where(User.email == ACTORS["admin"][0])).one()
        user = session.exec(select(User).where(User.email == email)).one()
        accounts.reset_second_factor(session, user, actor=admin)


def test_the_same_totp_code_posted_twice_at_once_signs_in_once(race_app):
    database = race_app.extensions["registry_database"]
    for round_ in range(ROUNDS):
        if round_:
            _reset_second_factor(database, MODERATOR)
        secret, _codes = enrol(database, MODERATOR)
        statuses = _post_code_twice_at_once(race_app, database, next_code(secret))
        assert sorted(statuses) == [302, 400], f"round {round_}: {statuses}"


def test_the_same_recovery_code_posted_twice_at_once_signs_in_once(race_app):
    database = race_app.extensions["registry_database"]
    _secret, codes = enrol(database, MODERATOR)
    for round_, code in enumerate(codes[:ROUNDS]):
        statuses = _post_code_twice_at_once(race_app, database, code)
        assert sorted(statuses) == [302, 400], f"round {round_}: {statuses}"
    assert len(user_by_email(database, MODERATOR).recovery_codes) == len(codes) - ROUNDS


# --- No write lock while a password is checked ---------------------------------------------------

class _ProbingHasher:
    """The real argon2 hasher, which first tries to take the SQLite write lock from outside, without
    waiting: if the request held it while hashing, the probe finds it taken."""

    def __init__(self, real, path):
        self.real, self.path, self.lock_was_taken = real, path, []

    def _probe(self):
        connection = sqlite3.connect(self.path, timeout=0, isolation_level=None)
        try:
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("ROLLBACK")
            self.lock_was_taken.append(False)
        except sqlite3.OperationalError:
            self.lock_was_taken.append(True)
        finally:
            connection.close()

    def verify(self, *args):
        self._probe()
        return self.real.verify(*args)

    def hash(self, *args):
        self._probe()
        return self.real.hash(*args)

    def __getattr__(self, name):
        return getattr(self.real, name)


def test_no_write_lock_is_held_while_a_password_is_checked_or_hashed(app, database, monkeypatch):
    if not database.is_sqlite:
        pytest.skip("the write lock of the whole database is SQLite's")
    probe = _ProbingHasher(accounts._hasher, database.engine.url.database)
    monkeypatch.setattr(accounts, "_hasher", probe)
    browser = Browser(app.test_client())
    assert browser.post("/login", {"email": SUBMITTER, "password": "wrong-password-1"}).status_code == 400
    assert browser.post("/login", {"email": "nobody@nowhere.example", "password": PASSWORD}).status_code == 400
    assert browser.post("/login", {"email": SUBMITTER, "password": PASSWORD}).status_code == 302
    # The owner's password change checks the current password and hashes the new one.
    response = browser.post("/account/password", {"current_password": PASSWORD, "new_password": "a-new-long-passphrase-41",
                                                  "confirm": "a-new-long-passphrase-41"})
    assert response.status_code == 302
    assert len(probe.lock_was_taken) >= 5
    assert not any(probe.lock_was_taken), probe.lock_was_taken


def test_no_write_lock_is_held_while_an_admin_opens_an_account_or_resets_a_password(app, database, monkeypatch):
    if not database.is_sqlite:
        pytest.skip("the write lock of the whole database is SQLite's")
    browser = Browser(app.test_client())
    assert browser.post("/login", {"email": ACTORS["admin"][0], "password": PASSWORD}).status_code == 302
    probe = _ProbingHasher(accounts._hasher, database.engine.url.database)
    monkeypatch.setattr(accounts, "_hasher", probe)
    with database.session() as session:
        organisation_id = accounts.find_organisation(session, ACTORS["submitter_a"][2]).id
    response = browser.post("/admin/users", {"email": "new.person@ngo-a.example", "role": "submitter",
                                             "organisation": str(organisation_id), "password": ""})
    assert response.status_code == 200 and "new.person@ngo-a.example" in response.get_data(as_text=True)
    with database.session() as session:
        user = session.exec(select(User).where(User.email == "new.person@ngo-a.example")).one()
    response = browser.post(f"/admin/users/{user.id}/password", {"new_password": ""}, form_url=f"/admin/users/{user.id}")
    assert response.status_code == 200
    assert len(probe.lock_was_taken) >= 2
    assert not any(probe.lock_was_taken), probe.lock_was_taken


def test_a_flood_of_sign_ins_does_not_turn_away_other_peoples_submissions(app, database, submitter_a):
    """Twelve failed sign-ins at once (each argon2 a large fraction of a second here), while three
    submissions are saved: with the lock held while hashing, the writers queued past SQLite's busy
    timeout and answered 503."""
    token = csrf_token(submitter_a.get("/submissions/new").get_data(as_text=True))
    session_cookie = submitter_a.client.get_cookie("registry_session").value  # holds the CSRF secret now

    def submission():
        client = app.test_client()
        client.set_cookie("registry_session", session_cookie)
        return client.post("/submissions/new", data={**FORM, "save": "Save draft", "csrf_token": token}).status_code

    def failed_sign_in(n):
        browser = Browser(app.test_client())
        # Other accounts, other addresses: no budget runs out, every attempt costs an argon2.
        return browser.post("/login", {"email": f"person{n}@ngo.example", "password": "wrong-password"},
                            environ_base={"REMOTE_ADDR": f"10.5.0.{n}"}).status_code

    with database.session() as session:
        before = len(session.exec(select(Allegation)).all())
    results = run_together(*[lambda n=n: failed_sign_in(n) for n in range(12)], submission, submission, submission)
    sign_ins, submissions = results[:12], results[12:]
    assert 503 not in results, results
    assert submissions == [302, 302, 302], results
    assert set(sign_ins) <= {400, 429}, sign_ins
    with database.session() as session:
        assert len(session.exec(select(Allegation)).all()) == before + 3
