"""Engine, sessions, SQLite pragmas and the migrations runner. No Flask here.

SQLite: WAL journal, synchronous=FULL (an acknowledged submission survives a power cut),
a busy timeout, foreign keys on, and every write transaction opened with BEGIN IMMEDIATE so
that two writers queue at the start instead of failing half-way with "database is locked".
secure_delete overwrites deleted content with zeros, and after a commit that removed public
text (a correction, a retraction) the WAL is checkpointed and truncated, so that text removed
from the registry does not linger in the database files (SECURITY.md says what holds).
"""
from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import Engine
from sqlmodel import Session

from .domain.crypto import FieldCipher

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 5000
# A checkpoint after a removal waits this long for readers, then gives up (the next one catches up).
CHECKPOINT_BUSY_TIMEOUT_MS = 250


def _sqlite_pragmas(dbapi_connection, _record):
    # Let SQLAlchemy's "begin" event own transaction start (the pysqlite recipe in its docs).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    # A deleted or overwritten row (a redacted name, a retracted summary) is zeroed on its page,
    # not left in free space where a copy of the file would still show it.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def _sqlite_begin(conn):
    # Readers (GET requests, feeds) begin DEFERRED so they never queue behind each other.
    mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
    conn.exec_driver_sql(f"BEGIN {mode}")


class _NoRowValues(logging.Filter):
    """SQLAlchemy's DEBUG log prints each fetched row (e-mail addresses, password hashes, sealed
    values): never let those lines out, whatever level an operator sets."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (isinstance(record.msg, str) and record.msg.startswith("Row "))


def _keep_values_out_of_logs() -> None:
    engine_log = logging.getLogger("sqlalchemy.engine.Engine")
    if not any(isinstance(f, _NoRowValues) for f in engine_log.filters):
        engine_log.addFilter(_NoRowValues())


def make_engine(url: str) -> Engine:
    _keep_values_out_of_logs()
    # hide_parameters: SQL parameters (e-mail addresses, sealed values, text being saved) never
    # appear in SQLAlchemy's log lines or in the text of its errors, whatever the log level
    # (tests/test_leak_crawl.py captures every logger at DEBUG).
    if url.startswith("sqlite"):
        engine = create_engine(url, hide_parameters=True,
                               connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    else:
        engine = create_engine(url, pool_pre_ping=True, hide_parameters=True)
    return engine


class Database:
    """One per process: the engine, the key ring, and sessions that carry it."""

    def __init__(self, url: str, cipher: FieldCipher):
        self.url = url
        self.engine = make_engine(url)
        self._read_engine = self.engine.execution_options(sqlite_begin="DEFERRED")
        self.cipher = cipher
        # Called after a commit that changed published content (workflow._public_content_changed).
        self.public_change_listeners: list = []

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def session(self, *, write: bool = True) -> Session:
        """A new session; domain functions find the key ring in session.info['cipher']."""
        engine = self.engine if write else self._read_engine
        session = Session(engine, expire_on_commit=False, info={"cipher": self.cipher, "database": self})
        event.listen(session, "after_commit", self._after_commit)
        event.listen(session, "after_rollback", _forget_public_changes)
        return session

    def _after_commit(self, session: Session) -> None:
        if session.info.pop("removed_text", False):
            self.checkpoint()
        changed = session.info.pop("public_changes", None)
        if changed:
            for listener in self.public_change_listeners:
                listener(changed)

    def checkpoint(self) -> bool:
        """SQLite: copy the WAL into the database file and truncate it, so removed text leaves it.

        Best effort: with a reader in the way it gives up after a short wait and returns False
        (secure_delete still zeroes the pages; the next checkpoint truncates the WAL).
        """
        if not self.is_sqlite:
            return True
        raw = self.engine.raw_connection()
        try:
            connection = raw.driver_connection
            connection.execute(f"PRAGMA busy_timeout={CHECKPOINT_BUSY_TIMEOUT_MS}")
            try:
                busy, _log, _done = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            finally:
                connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            return busy == 0
        except Exception:  # noqa: BLE001 - never fail the request that already committed
            logging.getLogger("registry").warning("WAL checkpoint after a removal failed", exc_info=False)
            return False
        finally:
            raw.close()

    def public_session(self) -> Session:
        """A read-only session for public surfaces: it carries no key ring, so nothing private opens."""
        return Session(self._read_engine, expire_on_commit=False, info={"cipher": None, "database": self})

    @contextlib.contextmanager
    def transaction(self):
        """A write session committed on success, rolled back on any error."""
        session = self.session()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self):
        self.engine.dispose()


def _forget_public_changes(session: Session) -> None:
    session.info.pop("public_changes", None)
    session.info.pop("removed_text", None)


def cipher_of(session: Session) -> FieldCipher:
    """The key ring a session was opened with (see Database.session)."""
    return session.info["cipher"]


def alembic_config(url: str) -> AlembicConfig:
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade(database: Database, revision: str = "head") -> None:
    """Apply the migrations; idempotent.

    Migrations that move data into sealed form (0006) find the key ring in the config's
    attributes; one that emptied clear columns asks for a VACUUM, so that no page of the SQLite
    file keeps the old text.
    """
    cfg = alembic_config(database.url)
    cfg.attributes["cipher"] = database.cipher
    with database.engine.connect() as connection:
        if database.is_sqlite:
            # SQLite changes a column by copying its table (Alembic's batch mode), which the foreign
            # keys pointing at it would refuse; they are checked again once the migrations ran.
            # On the driver's connection, outside any transaction: inside one the pragma does nothing.
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                cfg.attributes["connection"] = connection
                command.upgrade(cfg, revision)
                if database.is_sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"migration left {len(broken)} broken foreign key(s); nothing was changed")
        finally:
            if database.is_sqlite:
                connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")
    if cfg.attributes.get("vacuum") and database.is_sqlite:
        raw = database.engine.raw_connection()
        try:
            raw.driver_connection.execute("VACUUM")
        finally:
            raw.close()
        database.checkpoint()


def is_initialised(database: Database) -> bool:
    return inspect(database.engine).has_table("alembic_version")
