"""The feed scheduler's jobs, the public-change hook, and the CLI commands (the scheduler never runs here)."""
from __future__ import annotations

import threading

import pytest

from registry import create_app, feeds, scheduler
from tests.factories import SAFE_REGION, make_published_allegation


@pytest.fixture
def settings(app):
    return feeds.FeedSettings.from_config(app.config)


def publish(database, users, **overrides):
    if "country" not in overrides:
        overrides.setdefault("region", SAFE_REGION)
    with database.transaction() as session:
        return make_published_allegation(session, users["submitter_a"], users["moderator"],
                                         users["second_moderator"], **overrides).reference


def wait_for_regeneration_threads():
    for thread in threading.enumerate():
        if thread.name == "feeds-regeneration":
            thread.join(60)


def test_interval_job_runs_every_feed_interval_minutes(app, database, settings):
    app.config["FEED_INTERVAL"] = 7
    feed_scheduler = scheduler.FeedScheduler(database, feeds.FeedSettings.from_config(app.config))
    feed_scheduler.add_jobs(run_now=False)
    job = feed_scheduler.scheduler.get_job(scheduler.INTERVAL_JOB)
    assert job.trigger.interval.total_seconds() == 7 * 60
    assert feed_scheduler.on_public_change in database.public_change_listeners
    feed_scheduler.shutdown()
    assert feed_scheduler.on_public_change not in database.public_change_listeners


def test_job_function_regenerates_the_feeds(database, users, settings):
    reference = publish(database, users)
    result = scheduler.FeedScheduler(database, settings).regenerate()
    assert result.regenerated
    assert reference in (settings.feed_dir / "allegations.atom").read_text()


def test_public_change_schedules_an_immediate_regeneration(database, users, settings):
    feed_scheduler = scheduler.FeedScheduler(database, settings)
    feed_scheduler.add_jobs(run_now=False)
    assert feed_scheduler.scheduler.get_job(scheduler.NOW_JOB) is None
    publish(database, users)  # the commit calls Database.public_change_listeners
    job = feed_scheduler.scheduler.get_job(scheduler.NOW_JOB)
    assert job is not None
    job.func()  # what the scheduler thread would run
    assert (settings.feed_dir / "allegations.json").exists()
    feed_scheduler.shutdown()


def test_scheduler_process_picks_up_changes_marked_by_other_processes(database, users, settings):
    feed_scheduler = scheduler.FeedScheduler(database, settings)
    assert feed_scheduler.regenerate().regenerated
    assert feed_scheduler.regenerate_if_pending() is None  # nothing new since its own run
    reference = publish(database, users)
    feeds.request_regeneration(settings.feed_dir)  # what a web worker does after the commit
    assert feed_scheduler.regenerate_if_pending().regenerated
    assert reference in (settings.feed_dir / "allegations.atom").read_text()
    assert feed_scheduler.regenerate_if_pending() is None


def test_web_process_without_scheduler_regenerates_after_commit(database, users, settings):
    database.public_change_listeners.append(scheduler.regenerate_in_background(database, settings))
    reference = publish(database, users)
    wait_for_regeneration_threads()
    assert reference in (settings.feed_dir / "allegations.json").read_text()


def test_failing_regeneration_never_reaches_the_request(database, users, settings, tmp_path, caplog):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the feed folder should be")
    broken = feeds.FeedSettings(**{**settings.__dict__, "feed_dir": blocked})
    database.public_change_listeners.append(scheduler.regenerate_in_background(database, broken))
    feed_scheduler = scheduler.FeedScheduler(database, broken)
    database.public_change_listeners.append(feed_scheduler.on_public_change)

    reference = publish(database, users)  # committed: neither listener raised
    wait_for_regeneration_threads()
    assert reference.startswith("RR-")
    assert scheduler.regenerate_safely(database, broken) is None
    assert "feed regeneration failed" in caplog.text or "could not" in caplog.text


def test_app_under_test_never_starts_the_scheduler(app_config):
    app = create_app({**app_config, "SCHEDULER_ENABLED": True})
    assert "registry_scheduler" not in app.extensions
    app.extensions["registry_database"].dispose()


def test_app_registers_the_background_listener_when_asked(app_config):
    app = create_app({**app_config, "FEEDS_ON_PUBLIC_CHANGE": True})
    assert len(app.extensions["registry_database"].public_change_listeners) == 1
    app.extensions["registry_database"].dispose()


def test_feeds_command_regenerates_now(app, database, users, settings):
    reference = publish(database, users)
    result = app.test_cli_runner().invoke(args=["feeds"])
    assert result.exit_code == 0, result.output
    assert "files written" in result.output
    assert reference in (settings.feed_dir / "country/TN.atom").read_text()
    again = app.test_cli_runner().invoke(args=["feeds"])
    assert "0 files written" in again.output


def test_feeds_command_reports_when_another_process_is_at_it(app, database, settings):
    with feeds.regeneration_lock(database, settings.feed_dir):
        result = app.test_cli_runner().invoke(args=["feeds", "--wait", "0"])
    assert result.exit_code == 1
    assert "Another process is regenerating" in result.output


def test_scheduler_command_runs_a_blocking_scheduler(app, monkeypatch):
    started = []

    def fake_start(self, *, run_now=True):
        started.append((type(self.scheduler).__name__, self.settings.interval_minutes))

    monkeypatch.setattr(scheduler.FeedScheduler, "start", fake_start)
    result = app.test_cli_runner().invoke(args=["scheduler"])
    assert result.exit_code == 0, result.output
    assert started == [("BlockingScheduler", 15)]
