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


def test_handle_migration_gives_every_existing_allegation_its_own_handle(tmp_path):
    """0005 backfills a distinct random handle (and 0006 month precision) for rows created before it."""
    from sqlalchemy import text

    database = dbmod.Database(f"sqlite:///{tmp_path / 'registry.sqlite3'}", FieldCipher([new_key()]))
    dbmod.upgrade(database, "0003")
    now = "2026-01-01 00:00:00"
    with database.engine.begin() as conn:
        conn.execute(text("INSERT INTO organisation (id, name, active, created_at) VALUES (1, 'NGO', 1, :now)"),
                     {"now": now})
        conn.execute(text(
            "INSERT INTO user_account (id, email, password_hash, role, organisation_id, active, session_epoch,"
            " totp_enabled, recovery_codes, created_at, password_changed_at)"
            " VALUES (1, 'a@ngo.example', 'x', 'submitter', 1, 1, 0, 0, '[]', :now, :now)"), {"now": now})
        for _ in range(3):
            conn.execute(text(
                "INSERT INTO allegation (state, version, organisation_id, created_by_id, created_at, modified_at,"
                " private_sealed, title, country, region, mechanisms, mechanism_detail, engagement_kinds,"
                " reprisal_types, perpetrators, victim_type, victim_categories, victim_count,"
                " incident_date_precision, summary, public_victim_names, case_status, retraction_reason)"
                " VALUES ('draft', 1, 1, 1, :now, :now, 'sealed', '', '', '', '[]', '', '[]', '[]', '[]',"
                " 'individual', '[]', 1, 'day', '', '[]', 'ongoing', '')"), {"now": now})
    dbmod.upgrade(database)
    with database.engine.connect() as conn:
        rows = conn.execute(text("SELECT id, handle, reported_date_precision FROM allegation")).all()
    handles = [handle for _id, handle, _p in rows]
    assert len(set(handles)) == 3 and all(len(h) >= 22 and not h.isdigit() for h in handles)
    assert {precision for _id, _h, precision in rows} == {"month"}
    assert _differences(database) == []
    database.dispose()
