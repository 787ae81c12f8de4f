"""Faults: stale saves, a locked database, a full disk during a feed write, an idle staff session.

Each fault must leave the registry as it was (nothing half-written, nothing overwritten) and tell
the person what happened. Covered elsewhere and not repeated here:
- a stale save on the review page: tests/test_moderate.py::test_stale_save_is_refused_with_message_and_nothing_overwritten
- a crash in the middle of a feed regeneration (os.replace failing with ENOSPC on the third file):
  tests/test_feeds.py::test_failure_in_the_middle_leaves_previous_files_whole
"""
from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func
from sqlmodel import select

from registry import db as dbmod
from registry import feeds
from registry.domain import workflow
from registry.domain.models import Allegation, AuditRecord, FollowUp, Message, State, utcnow

from .conftest import ACTORS, Browser, csrf_token
from .factories import make_draft, make_published_allegation, make_submitted, review_url, submission_url, allegation_id_from_url
from .test_intake import FORM


def _load(database, allegation_id):
    with database.transaction() as session:
        allegation = session.get(Allegation, allegation_id)
        # The public fields as they stand: sealed in the working copy until publication.
        return workflow.working_copy(session, allegation), workflow.read_private(session, allegation)


def _counts(database) -> dict:
    with database.transaction() as session:
        return {model.__name__: session.exec(select(func.count()).select_from(model)).one()
                for model in (Allegation, Message, AuditRecord, FollowUp)}


# ---------------------------------------------------------------------------------------------
# Stale saves: two browsers, the same version.

def test_stale_draft_save_from_a_second_device_is_refused_and_overwrites_nothing(app, database, users, submitter_a):
    with database.transaction() as session:
        allegation_id = make_draft(session, users["submitter_a"]).id
    laptop, phone = submitter_a, Browser(app.test_client())
    phone.login(ACTORS["submitter_a"][0])
    url = f"{submission_url(database, allegation_id)}/edit"
    version = _load(database, allegation_id)[0].version
    form = {**FORM, "version": str(version), "save": "Save draft"}
    token_laptop = csrf_token(laptop.get(url).get_data(as_text=True))
    token_phone = csrf_token(phone.get(url).get_data(as_text=True))

    first = laptop.post_raw(url, {**form, "title": "Saved from the laptop", "csrf_token": token_laptop})
    assert first.status_code == 302
    second = phone.post_raw(url, {**form, "title": "Typed on the phone", "csrf_token": token_phone})
    page = second.get_data(as_text=True)
    assert second.status_code == 409
    assert "while you were editing" in page and "Nothing was saved" in page
    assert 'value="Typed on the phone"' in page  # what the person typed is not lost
    assert _load(database, allegation_id)[0].title == "Saved from the laptop"


def test_stale_correction_of_a_published_allegation_is_refused(database, users, moderator, second_moderator):
    with database.transaction() as session:
        allegation = make_published_allegation(session, users["submitter_a"], users["moderator"],
                                               users["second_moderator"])
    url = f"{review_url(database, allegation.id)}"
    data = {
        "version": str(allegation.version), "title": allegation.title, "country": allegation.country,
        "region": allegation.region, "incident_date": allegation.incident_date.isoformat(),
        "incident_date_precision": allegation.incident_date_precision, "mechanisms": allegation.mechanisms,
        "engagement_kinds": allegation.engagement_kinds, "reprisal_types": allegation.reprisal_types,
        "perpetrators": allegation.perpetrators, "victim_type": allegation.victim_type,
        "victim_categories": allegation.victim_categories, "victim_count": "1", "summary": allegation.summary,
        "case_status": allegation.case_status,
    }
    first = second_moderator.post(f"{url}/correct", {**data, "case_status": "resolved"}, form_url=url)
    assert first.status_code == 302
    response = moderator.post(f"{url}/correct", {**data, "title": "A title typed meanwhile"}, form_url=url)
    assert response.status_code == 409
    assert "Nothing was saved" in response.get_data(as_text=True)
    stored, _ = _load(database, allegation.id)
    assert stored.case_status == "resolved" and stored.title == allegation.title


# ---------------------------------------------------------------------------------------------
# SQLite busy: another process holds the write lock.

@pytest.fixture
def short_busy_timeout(database, monkeypatch):
    """A busy timeout of 200 ms instead of 5 s, for every new connection of the test's app."""
    if not database.is_sqlite:
        pytest.skip("SQLite's write lock")
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 200)
    database.engine.dispose()  # pooled connections were opened with the long timeout
    yield 200
    database.engine.dispose()


def test_post_while_database_is_locked_answers_503_then_succeeds_once_released(
        app, database, submitter_a, short_busy_timeout):
    path = Path(database.engine.url.database)
    before = _counts(database)
    token = csrf_token(submitter_a.get("/submissions/new").get_data(as_text=True))
    form = {**FORM, "submit_allegation": "Submit", "csrf_token": token}

    holder = sqlite3.connect(path, isolation_level=None, timeout=0)
    holder.execute("BEGIN IMMEDIATE")  # another process writing (a backup, a CLI command, a long import)
    try:
        busy = submitter_a.post_raw("/submissions/new", form)
        assert busy.status_code == 503
        assert "The registry is busy. Nothing was changed; please try again." in busy.get_data(as_text=True)
        assert holder.execute("select count(*) from allegation").fetchone()[0] == before["Allegation"]
    finally:
        holder.rollback()
        holder.close()
    assert _counts(database) == before  # nothing half-written

    again = submitter_a.post_raw("/submissions/new", form)  # the very same request, lock released
    assert again.status_code == 302
    assert _counts(database)["Allegation"] == before["Allegation"] + 1
    allegation_id = allegation_id_from_url(database, again.headers["Location"])
    assert _load(database, allegation_id)[0].state == State.submitted


def test_moderator_decision_while_database_is_locked_changes_nothing(app, database, users, moderator,
                                                                     short_busy_timeout):
    with database.transaction() as session:
        allegation_id = make_submitted(session, users["submitter_a"]).id
    url = f"{review_url(database, allegation_id)}"
    token = csrf_token(moderator.get(url).get_data(as_text=True))
    holder = sqlite3.connect(Path(database.engine.url.database), isolation_level=None, timeout=0)
    holder.execute("BEGIN IMMEDIATE")
    try:
        busy = moderator.post_raw(f"{url}/claim", {"csrf_token": token})
        assert busy.status_code == 503
    finally:
        holder.rollback()
        holder.close()
    assert _load(database, allegation_id)[0].state == State.submitted
    assert moderator.post_raw(f"{url}/claim", {"csrf_token": token}).status_code == 302
    assert _load(database, allegation_id)[0].state == State.in_review


# ---------------------------------------------------------------------------------------------
# A full disk while a feed file is written.

def test_full_disk_while_writing_a_feed_leaves_the_old_feed_served(app, database, users, anonymous, monkeypatch):
    settings = feeds.FeedSettings.from_config(app.config)
    with database.transaction() as session:
        first = make_published_allegation(session, users["submitter_a"], users["moderator"], users["second_moderator"])
    feeds.regenerate(database, settings)
    main = settings.feed_dir / "allegations.atom"
    old = main.read_bytes()
    with database.transaction() as session:
        second = make_published_allegation(session, users["submitter_a"], users["moderator"],
                                           users["second_moderator"], title="A second allegation")

    real_fdopen = feeds.os.fdopen

    class HalfWritten:
        """A file on a disk that fills up after half of the bytes."""

        def __init__(self, f):
            self.f = f

        def write(self, content):
            self.f.write(content[: len(content) // 2])
            raise OSError(errno.ENOSPC, "No space left on device")

        def __getattr__(self, name):
            return getattr(self.f, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.f.close()

    monkeypatch.setattr(feeds.os, "fdopen", lambda fd, mode: HalfWritten(real_fdopen(fd, mode)))
    with pytest.raises(OSError) as failure:
        feeds.regenerate(database, settings)
    assert failure.value.errno == errno.ENOSPC
    monkeypatch.setattr(feeds.os, "fdopen", real_fdopen)

    assert main.read_bytes() == old  # the previous feed, whole
    assert not list(settings.feed_dir.rglob(".tmp-*"))  # no half-written temp file left behind
    served = anonymous.get("/feeds/allegations.atom")
    assert served.status_code == 200 and served.get_data() == old
    assert first.reference.encode() in old and second.reference.encode() not in old

    assert feeds.regenerate(database, settings).regenerated  # space again: the next run catches up
    assert second.reference.encode() in main.read_bytes()


def test_feed_that_cannot_be_generated_answers_503_not_500(app, anonymous, monkeypatch):
    """A first request for a feed while the disk is full: "try again later", never a traceback."""

    def full_disk(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(feeds, "regenerate", full_disk)
    response = anonymous.get("/feeds/allegations.atom")
    assert response.status_code == 503
    assert "Traceback" not in response.get_data(as_text=True)


# ---------------------------------------------------------------------------------------------
# An idle staff session.

def _go_idle(browser, minutes: int) -> None:
    with browser.client.session_transaction() as session:
        session["seen"] = utcnow().timestamp() - minutes * 60


def test_idle_staff_session_is_sent_to_sign_in_with_the_reason(app, moderator):
    assert moderator.get("/moderate/").status_code == 200
    _go_idle(moderator, app.config["STAFF_IDLE_MINUTES"] + 1)
    response = moderator.get("/moderate/")
    assert response.status_code == 302 and "/login" in response.headers["Location"]
    page = moderator.get(response.headers["Location"]).get_data(as_text=True)
    assert "You were signed out after a period of inactivity." in page
    assert moderator.get("/moderate/").status_code == 302  # still signed out


def test_idle_staff_session_cannot_post_a_decision(app, database, users, moderator):
    with database.transaction() as session:
        allegation_id = make_submitted(session, users["submitter_a"]).id
    url = f"{review_url(database, allegation_id)}"
    token = csrf_token(moderator.get(url).get_data(as_text=True))
    _go_idle(moderator, app.config["STAFF_IDLE_MINUTES"] + 1)
    response = moderator.post_raw(f"{url}/claim", {"csrf_token": token})
    assert response.status_code == 401
    assert _load(database, allegation_id)[0].state == State.submitted
