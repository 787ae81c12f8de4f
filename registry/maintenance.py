"""Operator maintenance: key rotation, backup and restore. No Flask: the CLI calls these.

rotate_keys puts a new primary key in front of the key file, re-encrypts every sealed value
batch by batch (each batch its own commit, so an interruption loses nothing: a value is under
the old key or the new one, and the key file holds both until the end), and drops the old keys
only after a full pass finds every value under the new key. Running it again resumes.

Backups hold the database only. Private values in it are sealed; the keys that open them are
NOT in the backup and must be kept apart (instance/encryption.keys).
"""
from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.engine import URL, make_url
from sqlmodel import Session

from .config import child_environment
from .db import Database
from .domain.crypto import FieldCipher, new_key, write_key_file
from .domain.errors import RegistryError
from .domain.models import Allegation, AuditRecord, KeyRotation, Message, User, utcnow

BATCH_SIZE = 200
Progress = Callable[[str], None]


class MaintenanceError(RegistryError):
    code = "maintenance_failed"
    status = 500


# --- Key rotation ----------------------------------------------------------------------------

# Every sealed column but the audit notes, which have their own function below.
SEALED_COLUMNS = (
    (Allegation, "private_sealed"),
    (Message, "body_sealed"),
    (User, "totp_secret_sealed"),
)


@dataclass
class RotationReport:
    resumed: bool = False
    re_encrypted: dict[str, int] = field(default_factory=dict)
    keys_dropped: int = 0

    def __str__(self) -> str:
        counts = ", ".join(f"{name}: {n}" for name, n in self.re_encrypted.items()) or "nothing to re-encrypt"
        return f"Re-encrypted {counts}. Dropped {self.keys_dropped} old key(s)."


def _rotate_column(session: Session, cipher: FieldCipher, model, column_name: str, progress: Progress,
                   batch_size: int) -> int:
    """Re-encrypt one sealed column under the primary key, one committed batch at a time."""
    table = model.__table__
    id_col, sealed = table.c.id, table.c[column_name]
    last_id, changed = 0, 0
    while True:
        rows = session.execute(
            select(id_col, sealed).where(id_col > last_id, sealed.is_not(None)).order_by(id_col).limit(batch_size)
        ).all()
        if not rows:
            return changed
        batch = 0
        for row_id, token in rows:
            if not cipher.is_current(token):
                # rotate() raises KeyError_ when no key opens the value: the run stops, nothing is dropped.
                session.execute(update(table).where(id_col == row_id).values({column_name: cipher.rotate(token)}))
                batch += 1
        session.commit()  # each batch stands on its own: an interruption after it loses nothing
        changed += batch
        last_id = rows[-1][0]
        progress(f"{table.name}.{column_name}: {changed} re-encrypted (up to id {last_id})")


def reseal_audit_notes(session: Session, cipher: FieldCipher, progress: Progress, batch_size: int = BATCH_SIZE) -> int:
    """Re-encrypt the sealed notes of audit records under the new primary key.

    The audit trail is append-only by policy: nothing else ever updates an audit record. This is
    the one permitted exception, because a note left under a key that rotation then drops would
    be lost for good. Only the ciphertext changes; the note, actor, action and time stay as written.
    """
    return _rotate_column(session, cipher, AuditRecord, "note_sealed", progress, batch_size)


def _stale_values(session: Session, cipher: FieldCipher) -> int:
    """How many sealed values are not under the primary key (0 before old keys may go)."""
    stale = 0
    for model, column_name in SEALED_COLUMNS + ((AuditRecord, "note_sealed"),):
        sealed = model.__table__.c[column_name]
        for (token,) in session.execute(select(sealed).where(sealed.is_not(None))):
            if not cipher.is_current(token):
                cipher.rotate(token)  # proves some key still opens it; raises KeyError_ otherwise
                stale += 1
    return stale


def rotate_keys(database: Database, key_file: Path, progress: Progress = print, *,
                batch_size: int = BATCH_SIZE) -> RotationReport:
    """Add a new primary key, re-encrypt every sealed value, then drop the old keys. Resumable.

    Run it with the web and scheduler processes stopped: they hold the key file they started
    with and would write values under a key this run is about to drop.
    """
    report = RotationReport()
    cipher = FieldCipher.from_file(key_file)  # KeyError_ when missing or malformed
    with Session(database.engine) as session:
        pending = session.execute(
            select(KeyRotation).where(KeyRotation.finished_at.is_(None)).order_by(KeyRotation.id.desc())
        ).scalars().first()
        if pending is not None and len(cipher.keys) > 1:
            report.resumed = True
            progress(f"Resuming the key rotation started at {pending.started_at:%Y-%m-%d %H:%M} UTC.")
        else:
            # Before the key file changes: every stored value must open with the keys we have.
            # A wrong key file stops here with KeyError_, touching nothing.
            _stale_values(session, cipher)
            # The new key is on disk (first, so it seals) before any value uses it.
            write_key_file(key_file, [new_key(), *cipher.keys])
            session.add(KeyRotation())
            session.commit()
            progress("Added a new primary key to the key file.")
        cipher = FieldCipher.from_file(key_file)
        database.cipher = cipher  # this process's sessions read both keys from now on

        for attempt in range(3):
            for model, column_name in SEALED_COLUMNS:
                n = _rotate_column(session, cipher, model, column_name, progress, batch_size)
                report.re_encrypted[f"{model.__tablename__}.{column_name}"] = \
                    report.re_encrypted.get(f"{model.__tablename__}.{column_name}", 0) + n
            n = reseal_audit_notes(session, cipher, progress, batch_size)
            report.re_encrypted["audit_record.note_sealed"] = report.re_encrypted.get("audit_record.note_sealed", 0) + n
            if _stale_values(session, cipher) == 0:
                break
            progress("Values were written under an old key during the run; another pass.")
        else:
            raise MaintenanceError("Some values are still under an old key after three passes: is the "
                                   "registry still running? Stop it and run rotate-keys again; no key was dropped.")

        write_key_file(key_file, [cipher.keys[0]])
        report.keys_dropped = len(cipher.keys) - 1
        database.cipher = FieldCipher([cipher.keys[0]])
        for rotation in session.execute(select(KeyRotation).where(KeyRotation.finished_at.is_(None))).scalars():
            rotation.finished_at = utcnow()
        session.commit()
    progress(str(report))
    return report


# --- Backup and restore --------------------------------------------------------------------------

KEYS_REMINDER = ("The backup holds private data only in sealed form; the keys are NOT in it. "
                 "Back up instance/encryption.keys separately, and keep the two apart.")


def _sqlite_path(database: Database) -> Path:
    return Path(database.engine.url.database).resolve()


def _private_tempfile(directory: Path) -> Path:
    fd, name = tempfile.mkstemp(prefix=".backup-", dir=directory)  # mkstemp creates it 0600
    os.close(fd)
    return Path(name)


def backup(database: Database, path: Path, progress: Progress = print) -> Path:
    """A consistent copy of the database while the registry keeps running; file mode 0600."""
    path = Path(path).resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _private_tempfile(path.parent)
    try:
        if database.is_sqlite:
            source = sqlite3.connect(_sqlite_path(database))
            target = sqlite3.connect(tmp)
            try:
                source.backup(target)  # SQLite's online backup API: one consistent snapshot
                target.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
            finally:
                target.close()
                source.close()
        else:
            _pg("pg_dump", database, ["--format=custom", "--no-owner", "--file", str(tmp)])
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    progress(f"Backup written to {path}.")
    progress(KEYS_REMINDER)
    return path


def _check_sqlite_backup(path: Path) -> None:
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            ok = connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            tables = {r[0] for r in connection.execute("select name from sqlite_master where type='table'")}
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        ok, tables = False, set()
    if not ok or not {"alembic_version", "allegation", "user_account"} <= tables:
        raise MaintenanceError(f"{path} is not a backup of the registry (or it is damaged); nothing was restored.")


def restore(database: Database, path: Path, progress: Progress = print) -> None:
    """Replace the database's content with a backup. Stop the registry first: no other writer."""
    path = Path(path).resolve()
    if not path.is_file():
        raise MaintenanceError(f"No backup file at {path}.")
    if database.is_sqlite:
        _check_sqlite_backup(path)
        database.engine.dispose()  # no pooled connection may keep reading the old pages
        source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        target = sqlite3.connect(_sqlite_path(database), timeout=30)
        try:
            source.backup(target)  # page by page, in one transaction on the target
            target.execute("PRAGMA journal_mode=WAL")
        finally:
            target.close()
            source.close()
        database.engine.dispose()
    else:
        database.engine.dispose()
        _pg("pg_restore", database, ["--clean", "--if-exists", "--no-owner", "--single-transaction", str(path)])
    progress(f"Restored from {path}. Run `flask --app registry init` if the backup predates the current schema.")
    progress("The backup did not hold the keys: the key file in the instance folder must be the one "
             "in use when the backup was taken (or a later one from a rotation that included it).")


def pg_command(tool: str, database: Database, arguments: list[str]) -> tuple[list[str], dict]:
    """The pg_dump / pg_restore command line and environment; the password goes in the environment."""
    url = make_url(database.url)
    # The password goes in the environment, not in argv where any local user could read it.
    env = child_environment(**({"PGPASSWORD": url.password} if url.password else {}))
    # URL.set(password=None) keeps the password; build the libpq URL without it.
    libpq = URL.create("postgresql", username=url.username, host=url.host, port=url.port,
                       database=url.database, query=url.query).render_as_string(hide_password=False)
    option = "--dbname=" + libpq
    # A deployment (or a test) living in its own schema, named in the URL's search_path: only that schema.
    match = re.search(r"search_path=([A-Za-z0-9_]+)", str(url.query.get("options", "")))
    schema = [f"--schema={match.group(1)}"] if match else []
    return [tool, option, *schema, *arguments], env


def _pg(tool: str, database: Database, arguments: list[str]) -> None:
    if shutil.which(tool) is None:
        raise MaintenanceError(f"{tool} is not installed; install the PostgreSQL client tools.")
    argv, env = pg_command(tool, database, arguments)
    result = subprocess.run(argv, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        # The tool's own message, which names objects, never row content.
        raise MaintenanceError(f"{tool} failed: {result.stderr.strip()[:500]}")
