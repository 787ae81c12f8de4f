"""The Alembic migrations build exactly the schema the models describe, on SQLite and PostgreSQL."""
from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

from registry import db as dbmod
from registry.domain.crypto import FieldCipher, new_key

# Created by migration 0002 with dialect-specific SQL (FTS5, tsvector), not by the models.
SEARCH_TABLES = ("allegation_search",)


def _differences(database) -> list:
    with database.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    return [d for d in diff if not any(t in str(d) for t in SEARCH_TABLES)]


def test_migrations_match_models_on_sqlite(tmp_path):
    database = dbmod.Database(f"sqlite:///{tmp_path / 'registry.sqlite3'}", FieldCipher([new_key()]))
    dbmod.upgrade(database)
    assert _differences(database) == []
    dbmod.upgrade(database)  # a second run changes nothing
    database.dispose()


def test_migrations_match_models_on_postgres(postgres_url):
    database = dbmod.Database(postgres_url, FieldCipher([new_key()]))
    dbmod.upgrade(database)
    assert _differences(database) == []
    database.dispose()
