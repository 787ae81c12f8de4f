"""Key rotation: every sealed value moves to the new key; interruptible, resumable; wrong keys stop it."""
from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from cryptography.fernet import Fernet, InvalidToken
from sqlalchemy import text

from registry import config as settings
from registry import maintenance
from registry.domain import accounts, workflow
from registry.domain.crypto import FieldCipher, write_key_file
from registry.domain.errors import KeyError_
from registry.domain.models import Allegation, User

from .conftest import ACTORS, TEST_KEY
from .factories import PRIVATE_NAME, make_submitted
from .totp_helpers import enrol

SEALED = [("allegation", "private_sealed"), ("message", "body_sealed"),
          ("audit_record", "note_sealed"), ("user_account", "totp_secret_sealed")]


@pytest.fixture
def sealed_data(database, users):
    """Allegations, messages, audit notes and a TOTP secret, all sealed under TEST_KEY."""
    with database.transaction() as session:
        for n in range(5):
            allegation = make_submitted(session, users["submitter_a"], title=f"Case {n}")
            workflow.add_information(session, users["submitter_a"], allegation.id, f"More about {PRIVATE_NAME} #{n}")
        # An admin action: its audit record carries a sealed note.
        accounts.reset_password(session, session.get(User, users["submitter_b"].id),
                                actor=session.get(User, users["admin"].id))
    enrol(database, ACTORS["moderator"][0])
    return database


def sealed_values(database) -> list[str]:
    with database.engine.connect() as conn:
        return [v for table, column in SEALED
                for (v,) in conn.execute(text(f"select {column} from {table} where {column} is not null"))]


def key_file_of(app) -> Path:
    return Path(app.instance_path) / settings.ENCRYPTION_KEYS_FILE


def test_rotation_moves_every_sealed_value_to_a_new_key(app, sealed_data):
    key_file = key_file_of(app)
    before = sealed_values(sealed_data)
    assert len(before) >= 12
    report = maintenance.rotate_keys(sealed_data, key_file, progress=lambda _m: None, batch_size=2)
    keys = key_file.read_text().split()
    assert len(keys) == 1 and keys[0].encode() != TEST_KEY
    assert stat.S_IMODE(os.stat(key_file).st_mode) == 0o600
    new, old = Fernet(keys[0].encode()), Fernet(TEST_KEY)
    after = sealed_values(sealed_data)
    assert len(after) == len(before)
    for token in after:
        new.decrypt(token.encode())
        with pytest.raises(InvalidToken):
            old.decrypt(token.encode())
    assert sum(report.re_encrypted.values()) == len(before)
    # The registry reads its private data with the new key alone.
    with sealed_data.transaction() as session:
        allegation = session.get(Allegation, 1)
        assert workflow.read_private(session, allegation).victim_names == [PRIVATE_NAME]
        # The working copy of the public fields lives in the same sealed document: re-sealed too.
        assert workflow.working_copy(session, allegation).title == "Case 0"


def test_interrupted_rotation_loses_nothing_and_resumes(app, sealed_data):
    key_file = key_file_of(app)
    plain_before = [FieldCipher([TEST_KEY]).open(v) for v in sealed_values(sealed_data)]
    batches = []

    def interrupt_after_first_batch(message):
        if "re-encrypted" in message:
            batches.append(message)
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        maintenance.rotate_keys(sealed_data, key_file, progress=interrupt_after_first_batch, batch_size=2)
    keys = [k.encode() for k in key_file.read_text().split()]
    assert len(keys) == 2 and keys[1] == TEST_KEY  # both keys kept while values are mixed
    mixed = FieldCipher(keys)
    values = sealed_values(sealed_data)
    under_new = sum(mixed.is_current(v) for v in values)
    assert 0 < under_new < len(values)  # the first batch was committed, the rest not yet
    assert [mixed.open(v) for v in values] == plain_before

    report = maintenance.rotate_keys(sealed_data, key_file, progress=lambda _m: None, batch_size=2)
    assert report.resumed
    final = [k.encode() for k in key_file.read_text().split()]
    assert final == [keys[0]]  # the key added by the interrupted run, not yet another one
    assert [FieldCipher(final).open(v) for v in sealed_values(sealed_data)] == plain_before


def test_wrong_key_stops_rotation_before_anything_changes(app, sealed_data):
    key_file = key_file_of(app)
    wrong = Fernet.generate_key()
    write_key_file(key_file, [wrong])
    before = sealed_values(sealed_data)
    with pytest.raises(KeyError_) as excinfo:
        maintenance.rotate_keys(sealed_data, key_file, progress=lambda _m: None)
    assert "cannot be decrypted" in excinfo.value.message
    assert key_file.read_text().split() == [wrong.decode()]
    assert sealed_values(sealed_data) == before


def test_missing_key_file_is_a_clear_error(app, sealed_data, tmp_path):
    with pytest.raises(KeyError_) as excinfo:
        maintenance.rotate_keys(sealed_data, tmp_path / "nowhere.keys", progress=lambda _m: None)
    assert "missing" in excinfo.value.message


def test_rotate_keys_command(app, sealed_data):
    result = app.test_cli_runner().invoke(args=["rotate-keys"])
    assert result.exit_code == 0, result.output
    assert "Dropped 1 old key" in result.output
    assert len(key_file_of(app).read_text().split()) == 1


def test_rotate_keys_command_with_wrong_key_says_so(app, sealed_data):
    write_key_file(key_file_of(app), [Fernet.generate_key()])
    result = app.test_cli_runner().invoke(args=["rotate-keys"])
    assert result.exit_code == 1
    assert "Error:" in result.output and "cannot be decrypted" in result.output
    assert "Traceback" not in result.output
