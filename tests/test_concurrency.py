"""Two moderators at once: stale saves are refused, references stay distinct and are never reused.

Each test runs on the SQLite file of the test instance and, when TEST_POSTGRES_URL points at a
PostgreSQL server, on a schema of its own there (conftest's postgres_url creates and drops it).
"""
from __future__ import annotations

import threading

import pytest
from sqlmodel import select

from registry import db as dbmod
from registry.domain import workflow
from registry.domain.crypto import FieldCipher
from registry.domain.errors import StaleVersion
from registry.domain.models import Allegation, User, utcnow

from .conftest import ACTORS, TEST_KEY, seed_actors
from .factories import make_approved, make_in_review


@pytest.fixture
def postgres_database(postgres_url):
    """A migrated Database in the fresh schema of conftest's postgres_url (skips without PostgreSQL)."""
    database = dbmod.Database(postgres_url, FieldCipher([TEST_KEY]))
    try:
        dbmod.upgrade(database)
        seed_actors(database)
        yield database
    finally:
        database.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_database(request):
    if request.param == "sqlite":
        return request.getfixturevalue("database")
    return request.getfixturevalue("postgres_database")


def actors(database) -> dict[str, User]:
    with database.session() as session:
        by_email = {u.email: u for u in session.exec(select(User))}
    return {name: by_email[email] for name, (email, _role, _org) in ACTORS.items()}


def run_together(*jobs):
    """Run each job in its own thread, all released at the same instant; their results or errors."""
    barrier = threading.Barrier(len(jobs))
    results: list = [None] * len(jobs)

    def run(i, job):
        barrier.wait()
        try:
            results[i] = job()
        except Exception as exc:  # noqa: BLE001 - handed back to the test to assert on
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i, job)) for i, job in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads)
    return results


def test_second_save_on_the_same_version_is_refused_and_names_who_saved_first(any_database):
    users = actors(any_database)
    first, second = users["moderator"], users["second_moderator"]
    with any_database.transaction() as session:
        allegation = make_in_review(session, users["submitter_a"], first)
        allegation_id, version = allegation.id, allegation.version

    # Both moderators opened the edit form at the same version; the first one saves.
    with any_database.transaction() as session:
        workflow.edit(session, first, allegation_id, {"summary": "First moderator's summary."},
                      expected_version=version)
    with any_database.session() as session:
        with pytest.raises(StaleVersion) as refused:
            workflow.edit(session, second, allegation_id, {"summary": "Second moderator's summary."},
                          expected_version=version)
        session.rollback()
    assert first.email in refused.value.message
    assert "Nothing was saved" in refused.value.message
    assert refused.value.details == {"changed_by": first.email, "current_version": version + 1}
    with any_database.session() as session:
        stored = workflow.working_copy(session, session.get(Allegation, allegation_id))
        assert stored.summary == "First moderator's summary."
        assert stored.version == version + 1


def test_simultaneous_saves_on_the_same_version_let_exactly_one_through(any_database):
    users = actors(any_database)
    with any_database.transaction() as session:
        allegation = make_in_review(session, users["submitter_a"], users["moderator"])
        allegation_id, version = allegation.id, allegation.version

    def save(user, summary):
        def job():
            with any_database.transaction() as session:
                workflow.edit(session, user, allegation_id, {"summary": summary}, expected_version=version)
            return summary
        return job

    results = run_together(save(users["moderator"], "Summary by Mona."),
                           save(users["second_moderator"], "Summary by Sami."))
    saved = [r for r in results if isinstance(r, str)]
    refused = [r for r in results if isinstance(r, StaleVersion)]
    assert len(saved) == 1 and len(refused) == 1, results
    with any_database.session() as session:
        stored = workflow.working_copy(session, session.get(Allegation, allegation_id))
        assert stored.summary == saved[0]
        assert stored.version == version + 1


def test_two_publishes_at_once_get_distinct_references(any_database):
    users = actors(any_database)
    with any_database.transaction() as session:
        ids = [make_approved(session, users["submitter_a"], users["moderator"]).id for _ in range(2)]

    def publish(allegation_id):
        def job():
            with any_database.transaction() as session:
                return workflow.publish(session, users["second_moderator"], allegation_id).reference
        return job

    references = run_together(*(publish(i) for i in ids))
    year = utcnow().year
    assert sorted(references) == [f"RR-{year}-0001", f"RR-{year}-0002"], references
    with any_database.session() as session:
        stored = {session.get(Allegation, i).reference for i in ids}
    assert stored == set(references)


def test_reference_numbers_are_never_reused_after_retraction(any_database):
    users = actors(any_database)
    mod, publisher = users["moderator"], users["second_moderator"]
    year = utcnow().year
    with any_database.transaction() as session:
        first = make_approved(session, users["submitter_a"], mod)
        second = make_approved(session, users["submitter_a"], mod)
        assert workflow.publish(session, publisher, first.id).reference == f"RR-{year}-0001"
    with any_database.transaction() as session:
        workflow.retract(session, mod, first.id, "Published in error.")
    with any_database.transaction() as session:
        assert workflow.publish(session, publisher, second.id).reference == f"RR-{year}-0002"
    with any_database.session() as session:
        assert session.get(Allegation, first.id).reference == f"RR-{year}-0001"  # the notice keeps it
