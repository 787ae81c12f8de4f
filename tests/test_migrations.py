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
            # Clear columns as 0003 kept them for every allegation (0006 later seals the unpublished ones).
            connection.execute(text("UPDATE allegation SET region = :r, country = :c WHERE id = :i"),
                               {"r": region, "c": "TN", "i": ids[key]})
        # The index as 0002's search_document built it then: with the free-text region.
        key = "rowid" if connection.dialect.name == "sqlite" else "allegation_id"
        connection.execute(text(f"UPDATE allegation_search SET body = body || :r WHERE {key} = :i"),
                           {"r": "\nmenzel chaker", "i": ids["town"]})
    _stamp(database, "0003")  # as if the free-text regions were still those of 0003
    return database, ids


def _stamp(database, revision: str) -> None:
    from alembic import command

    with database.engine.begin() as connection:
        cfg = dbmod.alembic_config(database.url)
        cfg.attributes["connection"] = connection
        command.stamp(cfg, revision, purge=True)


def _run_region_migration(database) -> None:
    """0004 on tables of today's shape (it reads and writes only what 0003 had), then back at the head."""
    dbmod.upgrade(database, "0004_region_subdivisions")
    _stamp(database, "head")


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
    _run_region_migration(database)
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
    _run_region_migration(database)  # a second run changes nothing
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
def test_0006_seals_the_public_fields_of_unpublished_allegations(tmp_path):
    """An existing database: drafts' and retracted allegations' clear columns move into the sealed
    document and are emptied; a published one keeps its projection; term rows only for it."""
    import datetime as dt

    import sqlalchemy as sa
    from sqlmodel import select

    from registry.domain import workflow
    from registry.domain.models import Allegation, AllegationTerm, FollowUp

    path = tmp_path / "registry.sqlite3"
    cipher = FieldCipher([new_key()])
    database = dbmod.Database(f"sqlite:///{path}", cipher)
    dbmod.upgrade(database, "0003")
    now = dt.datetime(2026, 11, 1, 12, 0)
    with database.engine.begin() as conn:
        meta = sa.MetaData()
        tables = {name: sa.Table(name, meta, autoload_with=conn)
                  for name in ("organisation", "user_account", "allegation", "allegation_term", "follow_up")}
        conn.execute(tables["organisation"].insert().values(id=1, name="NGO", active=True, created_at=now))
        conn.execute(tables["user_account"].insert().values(
            id=1, email="a@ngo.example", password_hash="x", role="submitter", organisation_id=1, active=True,
            session_epoch=0, totp_enabled=False, recovery_codes=[], created_at=now, password_changed_at=now))
        for id_, state, title, reference in [(1, "in_review", "Draft Quorvane title", None),
                                            (2, "published", "Published Ashcombe title", "RR-2026-0001"),
                                            (3, "retracted", "Retracted Zephyrine title", "RR-2026-0002")]:
            conn.execute(tables["allegation"].insert().values(
                id=id_, state=state, version=1, organisation_id=1, created_by_id=1, created_at=now,
                modified_at=now, private_sealed=cipher.seal({"victim_names": ["Secret Person"]}),
                title=title, country="TN", region="TN-61", mechanisms=["hrc"], mechanism_detail="",
                engagement_kinds=[], reprisal_types=["threats"], perpetrators=[], victim_type="individual",
                victim_categories=[], victim_count=1, incident_date=dt.date(2026, 1, 2),
                incident_date_precision="day", reported_date=dt.date(2026, 2, 1), summary=f"Summary of {title}",
                public_victim_names=[], case_status="ongoing", reference=reference,
                published_at=now if reference else None, retraction_reason="Withdrawn." if state == "retracted" else ""))
            conn.execute(tables["allegation_term"].insert().values(allegation_id=id_, vocabulary="reprisal_types",
                                                                   slug="threats"))
        conn.execute(tables["follow_up"].insert().values(id=1, allegation_id=3, kind="situation-change",
                                                         happened_on=dt.date(2026, 3, 1), body="Cobblewick update",
                                                         created_by_id=1, created_at=now))
    dbmod.upgrade(database)
    with database.transaction() as session:
        draft, published, retracted = (session.get(Allegation, i) for i in (1, 2, 3))
        assert (draft.title, draft.summary, draft.region, draft.country, draft.mechanisms) == ("", "", "", "", [])
        copy = workflow.working_copy(session, draft)
        assert (copy.title, copy.region, copy.incident_date) == ("Draft Quorvane title", "TN-61",
                                                                 dt.date(2026, 1, 2))
        assert workflow.read_private(session, draft).victim_names == ["Secret Person"]
        assert published.title == "Published Ashcombe title"
        assert workflow.working_copy(session, published).title == "Published Ashcombe title"
        assert retracted.title == "" and retracted.reference == "RR-2026-0002"
        assert retracted.feed_terms == {"country": "TN", "mechanisms": ["hrc"], "reprisal_types": ["threats"]}
        assert workflow.working_copy(session, retracted).title == "Retracted Zephyrine title"
        assert [f["body"] for f in workflow.retracted_follow_ups(session, retracted)] == ["Cobblewick update"]
        assert session.exec(select(FollowUp)).all() == []
        assert {t.allegation_id for t in session.exec(select(AllegationTerm))} == {2}
    database.dispose()
    blob = path.read_bytes()  # VACUUMed: no page keeps the old clear text
    for word in (b"Quorvane", b"Zephyrine", b"Cobblewick"):
        assert word not in blob
    assert b"Ashcombe" in blob


def test_0006_refuses_to_move_data_without_the_keys(tmp_path):
    import pytest
    from alembic import command

    path = tmp_path / "registry.sqlite3"
    cipher = FieldCipher([new_key()])
    database = dbmod.Database(f"sqlite:///{path}", cipher)
    dbmod.upgrade(database, "0003")
    with database.engine.begin() as conn:
        conn.exec_driver_sql("insert into organisation (id, name, active, created_at) values (1, 'N', 1, '2026-01-01')")
        conn.exec_driver_sql(
            "insert into user_account (id, email, password_hash, role, organisation_id, active, session_epoch,"
            " totp_enabled, recovery_codes, created_at, password_changed_at) values"
            " (1, 'a@b.example', 'x', 'submitter', 1, 1, 0, 0, '[]', '2026-01-01', '2026-01-01')")
        conn.exec_driver_sql(
            "insert into allegation (id, state, version, organisation_id, created_by_id, created_at, modified_at,"
            " private_sealed, title, country, region, mechanisms, mechanism_detail, engagement_kinds, reprisal_types,"
            " perpetrators, victim_type, victim_categories, victim_count, incident_date_precision, summary,"
            " public_victim_names, case_status, retraction_reason) values (1, 'submitted', 1, 1, 1, '2026-01-01',"
            " '2026-01-01', 'x', 'T', 'TN', '', '[]', '', '[]', '[]', '[]', 'individual', '[]', 1, 'day', '',"
            " '[]', 'ongoing', '')")
    with pytest.raises(RuntimeError, match="needs the encryption keys"):
        command.upgrade(dbmod.alembic_config(database.url), "head")  # bare alembic: no key ring
    database.dispose()
def test_handle_migration_gives_every_existing_allegation_its_own_handle(tmp_path):
    """0005 backfills a distinct random handle (and 0006 month precision) for rows created before it."""
    from sqlalchemy import text

    database = dbmod.Database(f"sqlite:///{tmp_path / 'registry.sqlite3'}", FieldCipher([new_key()]))
    dbmod.upgrade(database, "0003")
    now = "2026-01-01 00:00:00"
    sealed = database.cipher.seal({})
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
                " VALUES ('draft', 1, 1, 1, :now, :now, :sealed, '', '', '', '[]', '', '[]', '[]', '[]',"
                " 'individual', '[]', 1, 'day', '', '[]', 'ongoing', '')"), {"now": now, "sealed": sealed})
    dbmod.upgrade(database)
    with database.engine.connect() as conn:
        rows = conn.execute(text("SELECT id, handle, reported_date_precision FROM allegation")).all()
    handles = [handle for _id, handle, _p in rows]
    assert len(set(handles)) == 3 and all(len(h) >= 22 and not h.isdigit() for h in handles)
    assert {precision for _id, _h, precision in rows} == {"month"}
    assert _differences(database) == []
    database.dispose()
