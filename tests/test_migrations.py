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


# ---------------------------------------------------------------------------------------------
# 0004: free-text regions become ISO 3166-2 codes, or are emptied and flagged for review.

def _old_regions_database(url: str):
    """A database at revision 0003 holding allegations whose regions were typed as free text."""
    from sqlalchemy import text

    from registry.domain.models import User
    from sqlmodel import select
    from tests.conftest import seed_actors
    from tests.factories import make_draft, make_published_allegation

    from alembic import command

    database = dbmod.Database(url, FieldCipher([new_key()]))
    # Built with today's models at the head, then taken back to 0003 with its free-text regions.
    dbmod.upgrade(database)
    seed_actors(database)
    with database.transaction() as session:
        users = {u.email: u for u in session.exec(select(User))}
        submitter, mod, mod2 = (users["alice@ngo-a.example"], users["mona@registry.example"],
                                users["sami@registry.example"])
        ids = {
            "named": make_draft(session, submitter, region="").id,
            "other_form": make_draft(session, submitter, country="TN", region="").id,
            "accents": make_draft(session, submitter, country="TN", region="").id,
            "town": make_published_allegation(session, submitter, mod, mod2, region="").id,
            "draft_town": make_draft(session, submitter, region="").id,
            "empty": make_draft(session, submitter, region="").id,
        }
    old = {"named": "Sfax", "other_form": "sfax Governorate", "accents": "beja governorate",  # Béja
           "town": "Menzel Chaker", "draft_town": "Sfax, near the old port", "empty": ""}
    with database.engine.begin() as connection:
        for key, region in old.items():
            connection.execute(text("UPDATE allegation SET region = :r WHERE id = :i"), {"r": region, "i": ids[key]})
        # The index as 0002's search_document built it then: with the free-text region.
        key = "rowid" if connection.dialect.name == "sqlite" else "allegation_id"
        connection.execute(text(f"UPDATE allegation_search SET body = body || :r WHERE {key} = :i"),
                           {"r": "\nmenzel chaker", "i": ids["town"]})
    with database.engine.begin() as connection:
        cfg = dbmod.alembic_config(database.url)
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, "0003")
    return database, ids


def _check_region_migration(database, ids):
    from sqlmodel import select

    from registry.domain import search
    from registry.domain.models import Allegation, AuditRecord
    from registry.domain.queue import REGION_CLEARED_BY_MIGRATION

    from sqlalchemy import text

    with database.engine.connect() as connection:
        before = dict(connection.execute(text("SELECT id, version FROM allegation")).all())
    with database.transaction() as session:
        assert search.find_public(session, search.PublicFilters(q="Menzel Chaker"), page=1, per_page=10)[1] == 1
    dbmod.upgrade(database)
    with database.transaction() as session:
        regions = {key: session.get(Allegation, i).region for key, i in ids.items()}
        assert regions == {"named": "TN-61", "other_form": "TN-61", "accents": "TN-31", "town": "",
                           "draft_town": "", "empty": ""}
        flagged = session.exec(select(AuditRecord.allegation_id, AuditRecord.fields, AuditRecord.note_sealed)
                               .where(AuditRecord.action == REGION_CLEARED_BY_MIGRATION)).all()
        assert sorted(flagged) == sorted([(ids["town"], ["region"], None), (ids["draft_town"], ["region"], None)])
        assert session.get(Allegation, ids["empty"]).version == before[ids["empty"]]  # untouched
        assert session.get(Allegation, ids["town"]).version == before[ids["town"]] + 1
        # The published allegation's old text is gone from the search index too; its summary stays.
        assert search.find_public(session, search.PublicFilters(q="Menzel Chaker"), page=1, per_page=10)[1] == 0
        assert search.find_public(session, search.PublicFilters(q="questioned"), page=1, per_page=10)[1] == 1
    dbmod.upgrade(database)  # a second run changes nothing
    assert _differences(database) == []
    database.dispose()


def test_region_migration_keeps_subdivisions_and_clears_towns_on_sqlite(tmp_path):
    _check_region_migration(*_old_regions_database(f"sqlite:///{tmp_path / 'registry.sqlite3'}"))


def test_region_migration_keeps_subdivisions_and_clears_towns_on_postgres(postgres_url):
    _check_region_migration(*_old_regions_database(postgres_url))


def test_region_migration_reads_every_spelling_of_a_subdivision():
    import importlib

    migration = importlib.import_module("registry.migrations.versions.0004_region_subdivisions")
    assert migration.matching_code("TN", "Sfax") == "TN-61"
    assert migration.matching_code("tn", "tn-61") == "TN-61"
    assert migration.matching_code("TN", "Governorate of Sfax") == "TN-61"
    assert migration.matching_code("CM", "North-West Region") == "CM-NW"
    assert migration.matching_code("TN", "Sfax city") is None
    assert migration.matching_code("EG", "Sfax") is None  # a subdivision of another country
    assert migration.matching_code("", "Sfax") is None
