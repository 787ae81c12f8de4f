"""Fixtures: a fresh instance folder and database per test, and signed-in clients for each actor.

The schema and the standard accounts are built once per test session through the real
migrations and domain functions, then copied for each test (SQLite) or truncated back to
that state (PostgreSQL, when TEST_DATABASE_URL is set).
"""
from __future__ import annotations

import re
import shutil

import pytest
from sqlalchemy import text

from registry import config as settings
from registry import create_app, db as dbmod
from registry.domain import accounts
from registry.domain.crypto import FieldCipher, write_key_file

PASSWORD = "correct-horse-battery-staple-7"
ACTORS = {
    "submitter_a": ("alice@ngo-a.example", "submitter", "Defenders Network A"),
    "submitter_b": ("bob@ngo-b.example", "submitter", "Watch Group B"),
    "moderator": ("mona@registry.example", "moderator", None),
    "second_moderator": ("sami@registry.example", "moderator", None),
    "admin": ("ada@registry.example", "admin", None),
}
TEST_KEY = b"Qm1fVXh6aDJ3X2pLc2JQNkFhRWdVbl9vV1hXb1BQQ0k="  # a fixed Fernet key for the template database


def seed_actors(database: dbmod.Database) -> None:
    with database.transaction() as session:
        orgs = {}
        for _name, (email, role, org) in ACTORS.items():
            if org and org not in orgs:
                orgs[org] = accounts.create_organisation(session, org)
            accounts.create_user(session, email, PASSWORD, role, organisation=orgs.get(org))


@pytest.fixture(scope="session")
def template_db(tmp_path_factory):
    """A migrated SQLite database holding the standard accounts, copied for each test."""
    folder = tmp_path_factory.mktemp("template")
    path = folder / settings.DATABASE_FILE
    database = dbmod.Database(f"sqlite:///{path}", FieldCipher([TEST_KEY]))
    dbmod.upgrade(database)
    seed_actors(database)
    database.dispose()
    return path


@pytest.fixture
def postgres_url():
    """A fresh PostgreSQL schema for one test (TEST_POSTGRES_URL, set by .ci/run and `make test`)."""
    import os
    import uuid

    from sqlalchemy import create_engine

    base = os.environ.get("TEST_POSTGRES_URL")
    if not base:
        pytest.skip("TEST_POSTGRES_URL is not set (no PostgreSQL for this run)")
    schema = f"rr_test_{uuid.uuid4().hex[:12]}"
    admin_engine = create_engine(base)
    with admin_engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in base else "?"
    yield f"{base}{separator}options=-csearch_path%3D{schema}"
    for _attempt in range(3):
        try:
            with admin_engine.begin() as conn:
                conn.execute(text("SET lock_timeout = '10s'"))
                conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
            break
        except Exception:
            # A connection a test left idle in its transaction holds the schema's locks: end it
            # (only long-idle ones, never the other worker's live work) and drop again.
            with admin_engine.begin() as conn:
                conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                                  "current_database() AND pid <> pg_backend_pid() AND state = 'idle in transaction' "
                                  "AND now() - state_change > interval '5 seconds'"))
    admin_engine.dispose()


def _truncate_postgres(database: dbmod.Database) -> None:
    with database.engine.begin() as conn:
        tables = [r[0] for r in conn.execute(text(
            "select tablename from pg_tables where schemaname = current_schema() and tablename != 'alembic_version'"))]
        if tables:
            conn.execute(text("TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE"))


# PostgreSQL as the main database: migrated once per worker, the standard accounts seeded once
# (hashing their passwords is most of a test's time) and copied back after each truncation.
_PG_SEEDED: dict[str, list[tuple[object, list[dict]]]] = {}


def _reset_postgres(database: dbmod.Database) -> None:
    from sqlmodel import SQLModel

    key = str(database.engine.url)
    application_name = database.engine.url.query.get("application_name")
    if application_name:
        _end_idle_transactions(database.engine, application_name)
    if key not in _PG_SEEDED:
        dbmod.upgrade(database)
        _truncate_postgres(database)
        seed_actors(database)
        with database.engine.begin() as conn:
            _PG_SEEDED[key] = [(table, [dict(r._mapping) for r in conn.execute(table.select())])
                               for table in SQLModel.metadata.sorted_tables]
        return
    _truncate_postgres(database)
    with database.engine.begin() as conn:
        for table, rows in _PG_SEEDED[key]:
            if rows:
                conn.execute(table.insert(), rows)
            if "id" in table.c and rows:
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', 'id'), "
                                  f"(SELECT MAX(id) FROM \"{table.name}\"))"))


@pytest.fixture(scope="session")
def postgres_main_url():
    """This worker's own schema of TEST_DATABASE_URL, when the suite runs on PostgreSQL."""
    import os
    import uuid

    from sqlalchemy import create_engine

    base = settings.test_database_url()
    if not base:
        yield None
        return
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    schema = f"rr_main_{worker}_{uuid.uuid4().hex[:8]}"
    admin_engine = create_engine(base)
    with admin_engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in base else "?"
    # Named after its schema, so that the next test can end a connection this one left open.
    yield f"{base}{separator}options=-csearch_path%3D{schema}&application_name={schema}"
    _end_idle_transactions(admin_engine, schema)
    with admin_engine.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin_engine.dispose()


def _end_idle_transactions(engine, application_name: str) -> None:
    """End this worker's connections left idle in a transaction (a response streamed but never
    read to its end, say): they hold locks the next test's truncation would wait on forever."""
    with engine.begin() as conn:
        conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = :name "
                          "AND pid <> pg_backend_pid() AND state LIKE 'idle in transaction%'"),
                     {"name": application_name})


@pytest.fixture
def instance(tmp_path, template_db):
    """An instance folder with keys, config and (for SQLite) a copy of the template database."""
    folder = tmp_path / "instance"
    settings.ensure_instance(folder)
    write_key_file(folder / settings.ENCRYPTION_KEYS_FILE, [TEST_KEY])
    shutil.copy(template_db, folder / settings.DATABASE_FILE)
    return folder


@pytest.fixture
def app_config(instance, tmp_path, postgres_main_url):
    config = {
        "TESTING": True,
        "INSTANCE_PATH": str(instance),
        "FEED_DIR": str(tmp_path / "feeds"),
        "BASE_URL": "http://registry.test",
        "SERVER_NAME": None,
        "RATELIMIT_ENABLED": True,
        # Actors sign in with e-mail and password only; tests/test_auth.py covers the second factor.
        "REQUIRE_STAFF_TOTP": False,
        # No background feed regeneration after each publication; tests/test_feeds.py calls it.
        "FEEDS_ON_PUBLIC_CHANGE": False,
    }
    if postgres_main_url:
        config["DATABASE_URL"] = postgres_main_url
    return config


@pytest.fixture
def app(app_config):
    app = create_app(app_config)
    database = app.extensions["registry_database"]
    if not database.is_sqlite:
        _reset_postgres(database)
    yield app
    database.dispose()


@pytest.fixture
def database(app):
    return app.extensions["registry_database"]


def csrf_token(html: str) -> str:
    match = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html) or \
        re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "no CSRF token in the page"
    return match.group(1)


def session_cookie(response) -> str:
    """The Set-Cookie header of the session cookie (sign-in also sets the device cookie)."""
    return next(c for c in response.headers.getlist("Set-Cookie") if c.startswith("registry_session="))


class Browser:
    """A test client that behaves like a browser: it reads the CSRF token from the form it posts."""

    def __init__(self, client):
        self.client = client

    def get(self, url, **kwargs):
        return self.client.get(url, **kwargs)

    def post(self, url, data=None, *, form_url=None, **kwargs):
        """POST like a browser: fetch the page holding the form first and take its token."""
        page = self.client.get(form_url or url)
        data = dict(data or {})
        data.setdefault("csrf_token", csrf_token(page.get_data(as_text=True)))
        return self.client.post(url, data=data, **kwargs)

    def post_raw(self, url, data=None, **kwargs):
        return self.client.post(url, data=data, **kwargs)

    def login(self, email, password=PASSWORD):
        response = self.post("/login", {"email": email, "password": password})
        assert response.status_code == 302, response.get_data(as_text=True)[:500]
        return response


@pytest.fixture
def anonymous(app):
    return Browser(app.test_client())


def _actor(app, name):
    browser = Browser(app.test_client())
    browser.login(ACTORS[name][0])
    return browser


@pytest.fixture
def submitter_a(app):
    return _actor(app, "submitter_a")


@pytest.fixture
def submitter_b(app):
    return _actor(app, "submitter_b")


@pytest.fixture
def moderator(app):
    return _actor(app, "moderator")


@pytest.fixture
def second_moderator(app):
    return _actor(app, "second_moderator")


@pytest.fixture
def admin(app):
    return _actor(app, "admin")


@pytest.fixture
def users(database):
    """The standard accounts as domain objects, by actor name."""
    with database.transaction() as session:
        from sqlmodel import select

        from registry.domain.models import User

        by_email = {u.email: u for u in session.exec(select(User))}
    return {name: by_email[email] for name, (email, _r, _o) in ACTORS.items()}
