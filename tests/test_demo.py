"""The demo registry: loaded through the workflow, complete enough to show every surface, and
nothing private on any public surface.

Loading takes a few seconds (argon2 for the accounts), so one loaded registry is shared by the
read-only tests of this module.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from collections import Counter

import pytest
from sqlmodel import select

from registry import config as settings
from registry import create_app, db as dbmod, demo
from registry.domain import accounts, publicview, redaction, vocab, workflow
from registry.domain.crypto import FieldCipher, write_key_file
from registry.domain.errors import ValidationFailed
from registry.domain.models import Allegation, AuditRecord, FollowUp, Message, State, User

from .conftest import ACTORS, TEST_KEY

BASE_URL = "http://registry.test"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory, template_db):
    """A registry that already holds the standard test accounts, with the demo loaded on top."""
    path = tmp_path_factory.mktemp("demo") / settings.DATABASE_FILE
    shutil.copy(template_db, path)
    database = dbmod.Database(f"sqlite:///{path}", FieldCipher([TEST_KEY]))
    lines: list[str] = []
    report = demo.load(database, four_eyes=True, progress=lines.append)
    database.report, database.progress_lines = report, lines
    yield database
    database.dispose()


def _demo_allegations(session) -> list[Allegation]:
    return list(session.exec(select(Allegation).order_by(Allegation.id)))


def _working_copies(session) -> list[workflow.WorkingCopy]:
    """The public fields as they stand (sealed until publication), allegation by allegation."""
    return [workflow.working_copy(session, a) for a in _demo_allegations(session)]


def _content(database: dbmod.Database) -> list[tuple]:
    """What two loads must agree on: public fields and private values, allegation by allegation."""
    with database.transaction() as session:
        return [(a.state, a.title, a.country, a.region, a.summary, a.incident_date, a.incident_date_precision,
                 tuple(a.mechanisms), tuple(a.reprisal_types), a.case_status,
                 workflow.read_private(session, a.record).victim_names,
                 workflow.read_private(session, a.record).exact_location)
                for a in _working_copies(session)]


def _word_in(needle: str, folded_text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(redaction.folded(needle))}(?!\w)", folded_text) is not None


def test_demo_holds_every_state_and_enough_variety(demo_db):
    with demo_db.transaction() as session:
        allegations = _working_copies(session)
    states = Counter(a.state for a in allegations)
    assert len(allegations) >= 40
    assert set(states) == {s.value for s in State}
    assert states[State.published] >= 25 and states[State.retracted] >= 2
    assert len({a.country for a in allegations}) >= 15
    mechanisms = Counter(m for a in allegations for m in a.mechanisms)
    assert all(mechanisms[slug] >= 2 for slug in vocab.slugs("mechanisms")), mechanisms
    for field, vocabulary in [("reprisal_types", "reprisal_types"), ("perpetrators", "perpetrators"),
                              ("victim_categories", "victim_categories"), ("engagement_kinds", "engagement_kinds")]:
        used = {slug for a in allegations for slug in getattr(a, field)}
        assert used == vocab.slugs(vocabulary), (field, vocab.slugs(vocabulary) - used)
    assert {a.incident_date.year for a in allegations} == set(range(2019, 2027))
    assert {a.incident_date_precision for a in allegations} == {"year", "month", "day"}
    published = [a for a in allegations if a.state == State.published]
    assert {a.case_status for a in published} == {"ongoing", "resolved", "unknown"}


def test_report_lists_every_demo_account_and_the_counts(demo_db):
    for email, role, organisation, password in demo.DEMO_ACCOUNTS:
        line = next(line for line in demo_db.report.splitlines() if email in line)
        assert role in line and password in line and (organisation or "-") in line
    assert "published" in demo_db.report and "retracted" in demo_db.report
    assert demo_db.progress_lines[0].startswith("Created 5 organisations and 8 accounts")
    assert re.match(r"Loaded \d+ allegations", demo_db.progress_lines[1])


def test_demo_accounts_sign_in_with_the_listed_passwords(demo_db):
    emails = {email for email, *_ in demo.DEMO_ACCOUNTS}
    assert not emails & {email for email, *_ in ACTORS.values()}
    assert {role for _e, role, *_ in demo.DEMO_ACCOUNTS} == {"submitter", "moderator", "admin"}
    assert len({org for _e, role, org, _p in demo.DEMO_ACCOUNTS if role == "submitter"}) >= 2
    with demo_db.transaction() as session:
        for email, role, _organisation, password in demo.DEMO_ACCOUNTS:
            user = accounts.authenticate(session, email, password)
            assert user is not None and user.role == role, email
            assert accounts.password_problem(password, email=email) is None


def test_every_published_allegation_passes_the_leak_guard(demo_db):
    with demo_db.transaction() as session:
        published = [a for a in _demo_allegations(session) if a.state == State.published]
        assert published
        for allegation in published:
            assert workflow.leak_hits(session, allegation) == [], allegation.title


def test_no_private_value_reaches_a_public_record(demo_db):
    with demo_db.transaction() as session:
        privates = {a.id: workflow.read_private(session, a) for a in _demo_allegations(session)}
        consented = {a.id: set(a.public_victim_names) for a in _working_copies(session)}
    with demo_db.public_session() as public:
        rows = list(public.exec(select(Allegation).where(Allegation.state.in_(publicview.PUBLIC_STATES))))
        records = publicview.public_records(public, rows, BASE_URL)
    assert len(records) >= 27
    everything = redaction.folded(json.dumps(records, ensure_ascii=False))
    for allegation, record in zip(rows, records):
        private = privates[allegation.id]
        text = redaction.folded(json.dumps(record, ensure_ascii=False))
        for name in private.victim_names:
            if name in consented[allegation.id]:
                continue
            assert not _word_in(name, everything), name
            for part in re.split(r"[\s-]+", name):
                if len(part) > 2:
                    assert not _word_in(part, text), (allegation.title, part)
        street = private.exact_location.rsplit(",", 1)[0]
        values = [street, *private.id_numbers, *private.victim_contacts.splitlines(), private.source_contact,
                  private.original_narrative, private.evidence_notes]
        for value in values:
            assert redaction.folded(value) not in text, (allegation.title, value)
    for organisation in demo.DEMO_ORGANISATIONS:
        assert redaction.folded(organisation.removesuffix(" (demo)")) not in everything


def test_one_victim_is_named_publicly_with_consent(demo_db):
    with demo_db.public_session() as public:
        rows = list(public.exec(select(Allegation).where(Allegation.state == State.published)))
        records = publicview.public_records(public, rows, BASE_URL)
    named = [r for r in records if r["victim_names"]]
    assert len(named) == 1
    assert named[0]["victim_names"][0] in named[0]["summary"]
    with demo_db.transaction() as session:
        allegation = session.exec(select(Allegation).where(Allegation.reference == named[0]["reference"])).one()
        assert workflow.read_private(session, allegation).consent_to_naming is True


def test_published_allegations_were_published_by_a_second_moderator(demo_db):
    with demo_db.transaction() as session:
        audit = list(session.exec(select(AuditRecord).where(AuditRecord.action.in_(["approve", "publish"]))))
        published_ids = {a.id for a in _demo_allegations(session) if a.reference}
    actors = {(r.allegation_id, r.action): r.actor_id for r in audit}
    assert published_ids
    for allegation_id in published_ids:
        assert actors[(allegation_id, "approve")] != actors[(allegation_id, "publish")]


def test_follow_ups_corrections_retractions_and_false_positives_are_there(demo_db):
    with demo_db.transaction() as session:
        follow_ups = list(session.exec(select(FollowUp)))
        retracted = [a for a in _demo_allegations(session) if a.state == State.retracted]
        false_positives = list(session.exec(select(AuditRecord).where(AuditRecord.action == "mark_false_positive")))
        notes = [workflow.read_audit_note(session, r) for r in false_positives]
        message_kinds = {m.kind for m in session.exec(select(Message))}
        corrected = list(session.exec(select(AuditRecord).where(AuditRecord.action == "correct")))
    assert {f.kind for f in follow_ups} == vocab.slugs("follow_up_kinds")
    assert all(f.happened_on <= dt.date.today() for f in follow_ups)
    assert corrected
    assert len(retracted) >= 2 and all(a.retraction_reason and a.retracted_at for a in retracted)
    assert false_positives and all("street address stays withheld" in note or "not a person" in note for note in notes)
    assert {"request", "answer", "addition", "withdrawal", "rejection"} <= message_kinds


def test_a_second_load_is_refused_and_changes_nothing(demo_db):
    before = _content(demo_db)
    with pytest.raises(ValidationFailed, match="already loaded"):
        demo.load(demo_db, four_eyes=True)
    assert _content(demo_db) == before
    assert demo.has_data(demo_db)


def test_demo_if_empty_leaves_a_registry_with_accounts_alone(app, database):
    """`make run` calls `demo --if-empty`: a registry someone has begun to set up gets no demo data."""
    result = app.test_cli_runner().invoke(args=["demo", "--if-empty"])
    assert result.exit_code == 0, result.output
    assert "already holds data" in result.output
    with database.transaction() as session:
        assert session.exec(select(Allegation)).first() is None
        assert session.exec(select(User).where(User.email == demo.DEMO_ACCOUNTS[0][0])).first() is None


@pytest.fixture
def empty_app(tmp_path):
    """An app on a brand-new instance: no schema, no accounts, as on the very first `make run`."""
    folder = tmp_path / "empty-instance"
    settings.ensure_instance(folder)
    write_key_file(folder / settings.ENCRYPTION_KEYS_FILE, [TEST_KEY])
    app = create_app({"TESTING": True, "INSTANCE_PATH": str(folder), "FEED_DIR": str(tmp_path / "feeds"),
                      "BASE_URL": BASE_URL, "SERVER_NAME": None,
                      "DATABASE_URL": f"sqlite:///{folder / settings.DATABASE_FILE}"})
    yield app
    app.extensions["registry_database"].dispose()


def test_demo_if_empty_loads_the_same_registry_once(empty_app, demo_db):
    runner = empty_app.test_cli_runner()
    first = runner.invoke(args=["demo", "--if-empty"])
    assert first.exit_code == 0, first.output
    assert "Loaded" in first.output and demo.DEMO_ACCOUNTS[-1][3] in first.output
    database = empty_app.extensions["registry_database"]
    loaded = _content(database)
    second = runner.invoke(args=["demo", "--if-empty"])
    assert second.exit_code == 0, second.output
    assert "already holds data" in second.output
    assert _content(database) == loaded
    # Seeded: the same content as the load on top of the test accounts.
    assert loaded == _content(demo_db)
