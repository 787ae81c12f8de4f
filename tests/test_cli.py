"""The CLI commands, through Flask's CLI runner and, for first-run set-up, real subprocesses."""
from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from sqlmodel import select

from registry.domain.models import Organisation, User

from .conftest import PASSWORD


def test_create_org_and_user(app, database):
    runner = app.test_cli_runner()
    result = runner.invoke(args=["create-org", "Rights Watch Kyrgyzstan"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(args=["create-user", "nur@rwk.example", "--role", "submitter",
                                 "--org", "Rights Watch Kyrgyzstan"], input=f"{PASSWORD}\n{PASSWORD}\n")
    assert result.exit_code == 0, result.output
    assert "Created submitter nur@rwk.example" in result.output
    with database.transaction() as session:
        user = session.exec(select(User).where(User.email == "nur@rwk.example")).one()
        org = session.exec(select(Organisation).where(Organisation.name == "Rights Watch Kyrgyzstan")).one()
        assert user.organisation_id == org.id and user.role == "submitter"
        assert PASSWORD not in user.password_hash


def test_create_user_reprompts_on_weak_password(app, database):
    runner = app.test_cli_runner()
    result = runner.invoke(args=["create-user", "mod2@registry.example", "--role", "moderator"],
                           input=f"password123\npassword123\n{PASSWORD}\n{PASSWORD}\n")
    assert result.exit_code == 0, result.output
    assert "Use at least 12 characters." in result.output


def test_create_user_refuses_weak_password_given_as_option(app, database):
    result = app.test_cli_runner().invoke(args=["create-user", "x@registry.example", "--role", "moderator",
                                                "--password", "qwertyuiop123"])
    assert result.exit_code != 0
    assert "too common" in result.output
    with database.transaction() as session:
        assert session.exec(select(User).where(User.email == "x@registry.example")).first() is None


def test_create_user_errors_are_clear(app):
    runner = app.test_cli_runner()
    result = runner.invoke(args=["create-user", "sub@ngo.example", "--role", "submitter", "--password", PASSWORD])
    assert result.exit_code != 0 and "must belong to an organisation" in result.output
    result = runner.invoke(args=["create-user", "sub@ngo.example", "--role", "submitter", "--org", "Nope",
                                 "--password", PASSWORD])
    assert result.exit_code != 0 and "No organisation named 'Nope'" in result.output
    result = runner.invoke(args=["create-user", "not-an-email", "--role", "admin", "--password", PASSWORD])
    assert result.exit_code != 0 and "Invalid e-mail address" in result.output
    result = runner.invoke(args=["create-org", "Defenders Network A"])
    assert result.exit_code != 0 and "already exists" in result.output


def _flask(instance: Path, *args: str, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REGISTRY_DATABASE_URL")}
    env["REGISTRY_INSTANCE"] = str(instance)
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "flask", "--app", "registry", *args],
                          capture_output=True, text=True, env=env, timeout=300)


def test_first_run_initialisation_is_idempotent(tmp_path):
    """What `make run` does before serving: init, then demo --if-empty; twice gives the same registry."""
    instance = tmp_path / "instance"
    first = _flask(instance, "init")
    assert first.returncode == 0, first.stderr
    assert stat.S_IMODE((instance / "secret_key").stat().st_mode) == 0o600
    assert stat.S_IMODE((instance / "encryption.keys").stat().st_mode) == 0o600
    keys_before = (instance / "encryption.keys").read_bytes()
    secret_before = (instance / "secret_key").read_bytes()
    demo = _flask(instance, "demo", "--if-empty")
    assert demo.returncode == 0, demo.stderr
    again_init = _flask(instance, "init")
    again_demo = _flask(instance, "demo", "--if-empty")
    assert again_init.returncode == 0 and again_demo.returncode == 0, again_demo.stderr
    assert "already holds data" in again_demo.stdout
    assert (instance / "encryption.keys").read_bytes() == keys_before
    assert (instance / "secret_key").read_bytes() == secret_before


def test_bad_environment_value_is_a_clear_error(tmp_path):
    result = _flask(tmp_path / "instance", "init", env_extra={"FEED_INTERVAL": "often"})
    assert result.returncode != 0
    assert "FEED_INTERVAL" in result.stderr
    assert "Traceback" not in result.stderr
