"""The foundation on PostgreSQL: migrations, intake through HTTP, encryption at rest."""
from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlmodel import select

from registry import create_app
from registry import db as dbmod
from registry.domain import workflow
from registry.domain.models import Allegation, State

from .conftest import ACTORS, Browser, seed_actors
from .test_intake import FORM

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_app(app_config, postgres_url):
    app = create_app({**app_config, "DATABASE_URL": postgres_url})
    database = app.extensions["registry_database"]
    dbmod.upgrade(database)
    seed_actors(database)
    yield app
    database.dispose()


def test_migrations_apply_twice_on_postgres(pg_app):
    database = pg_app.extensions["registry_database"]
    dbmod.upgrade(database)  # idempotent
    assert dbmod.is_initialised(database)
    assert database.engine.dialect.name == "postgresql"


def test_intake_on_postgres_seals_private_values(pg_app):
    browser = Browser(pg_app.test_client())
    browser.login(ACTORS["submitter_a"][0])
    response = browser.post("/submissions/new", {**FORM, "submit_allegation": "Submit"})
    assert response.status_code == 302
    database = pg_app.extensions["registry_database"]
    with database.transaction() as session:
        allegation = session.exec(select(Allegation)).one()
        assert allegation.state == State.submitted
        assert workflow.read_private(session, allegation).victim_names[0] == "Aliaksandra Kuzmich"
        raw = session.execute(text("select private_sealed from allegation")).scalar_one()
        assert "Aliaksandra" not in raw and "Minsk" not in raw
