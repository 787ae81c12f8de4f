"""Backup and restore: a consistent copy while running; restore brings every row back; no keys inside."""
from __future__ import annotations

import os
import stat

import pytest
from sqlalchemy import inspect, text

from registry import maintenance
from registry.domain import accounts, workflow
from registry.domain.models import Allegation, User

from .conftest import ACTORS, TEST_KEY, Browser
from .factories import PRIVATE_NAME, make_published_allegation, make_submitted


def all_rows(database) -> dict[str, list]:
    tables = sorted(inspect(database.engine).get_table_names())
    with database.engine.connect() as conn:
        return {t: [tuple(r) for r in conn.execute(text(f'select * from "{t}" order by 1'))] for t in tables}


@pytest.fixture
def registry_data(database, users):
    with database.transaction() as session:
        make_published_allegation(session, users["submitter_a"], users["moderator"], users["second_moderator"])
        make_submitted(session, users["submitter_b"], title="Second case")
        accounts.create_organisation(session, "Third Organisation")
    return database


def test_restore_brings_every_row_back(registry_data, tmp_path):
    database = registry_data
    snapshot = all_rows(database)
    target = maintenance.backup(database, tmp_path / "backups" / "registry.backup", progress=lambda _m: None)
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600

    # Change, add and delete after the backup.
    with database.transaction() as session:
        user = session.get(User, 1)
        user.email = "changed@ngo.example"
        accounts.create_organisation(session, "Added After Backup")
        session.exec(text("delete from allegation_term"))
        workflow.withdraw(session, session.get(User, 2), 2, "changed our mind")
    assert all_rows(database) != snapshot

    maintenance.restore(database, target, progress=lambda _m: None)
    assert all_rows(database) == snapshot
    # The restored database is usable: private data opens, people sign in.
    with database.transaction() as session:
        assert workflow.read_private(session, session.get(Allegation, 1)).victim_names == [PRIVATE_NAME]


def test_restored_registry_serves_requests(app, registry_data, tmp_path):
    target = maintenance.backup(registry_data, tmp_path / "r.backup", progress=lambda _m: None)
    maintenance.restore(registry_data, target, progress=lambda _m: None)
    Browser(app.test_client()).login(ACTORS["submitter_a"][0])


def test_backup_holds_no_key_and_no_private_value_in_clear(app, registry_data, tmp_path):
    messages = []
    target = maintenance.backup(registry_data, tmp_path / "r.backup", progress=messages.append)
    data = target.read_bytes()
    assert TEST_KEY not in data
    assert app.config["SECRET_KEY"].encode() not in data
    assert PRIVATE_NAME.encode() not in data
    assert any("encryption.keys" in m and "NOT" in m for m in messages)


def test_restore_refuses_a_file_that_is_not_a_registry_backup(registry_data, tmp_path):
    bogus = tmp_path / "bogus.backup"
    bogus.write_bytes(b"not a database at all" * 100)
    before = all_rows(registry_data)
    with pytest.raises(maintenance.MaintenanceError):
        maintenance.restore(registry_data, bogus, progress=lambda _m: None)
    assert all_rows(registry_data) == before


def test_backup_and_restore_commands(app, registry_data, tmp_path):
    runner = app.test_cli_runner()
    target = tmp_path / "cli.backup"
    result = runner.invoke(args=["backup", str(target)])
    assert result.exit_code == 0, result.output
    assert "encryption.keys" in result.output
    with registry_data.transaction() as session:
        accounts.create_organisation(session, "After The Backup")
    # Without --yes it asks; answering no changes nothing.
    refused = runner.invoke(args=["restore", str(target)], input="n\n")
    assert refused.exit_code == 1 and "Aborted" in refused.output
    assert "After The Backup" in str(all_rows(registry_data)["organisation"])
    done = runner.invoke(args=["restore", str(target), "--yes"])
    assert done.exit_code == 0, done.output
    assert "After The Backup" not in str(all_rows(registry_data)["organisation"])


def test_postgres_tools_get_the_password_outside_the_command_line(monkeypatch, tmp_path):
    class FakeDatabase:
        url = "postgresql+psycopg://registry:s3cret-pw@db.internal:5432/registry"

    argv, env = maintenance.pg_command("pg_dump", FakeDatabase(), ["--format=custom"])
    assert argv[0] == "pg_dump"
    assert argv[1] == "--dbname=postgresql://registry@db.internal:5432/registry"
    assert "s3cret-pw" not in " ".join(argv)
    assert env["PGPASSWORD"] == "s3cret-pw"


@pytest.mark.postgres
def test_restore_brings_every_row_back_on_postgres(app_config, postgres_url, tmp_path):
    from registry import create_app
    from registry import db as dbmod

    from .conftest import seed_actors

    app = create_app({**app_config, "DATABASE_URL": postgres_url})
    database = app.extensions["registry_database"]
    dbmod.upgrade(database)
    seed_actors(database)
    try:
        with database.transaction() as session:
            make_submitted(session, session.get(User, 1))
        snapshot = all_rows(database)
        target = maintenance.backup(database, tmp_path / "pg.backup", progress=lambda _m: None)
        with database.transaction() as session:
            session.get(User, 1).email = "changed@ngo.example"
            accounts.create_organisation(session, "Added After Backup")
        assert all_rows(database) != snapshot
        maintenance.restore(database, target, progress=lambda _m: None)
        assert all_rows(database) == snapshot
    finally:
        database.dispose()
