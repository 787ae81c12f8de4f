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
                title=title, country="TN", region="Sfax Brindlemoor", mechanisms=["hrc"], mechanism_detail="",
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
        assert (copy.title, copy.region, copy.incident_date) == ("Draft Quorvane title", "Sfax Brindlemoor",
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
