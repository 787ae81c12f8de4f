"""Keeping the feed files fresh: an APScheduler job every FEED_INTERVAL minutes, and an immediate
regeneration after each commit that changed published content. No Flask here (STYLE rule 1).

Two ways to run it:
- in-process (`make run`, SCHEDULER_ENABLED): FeedScheduler(..., blocking=False) in the web process;
- its own process (`flask --app registry scheduler`): FeedScheduler(..., blocking=True).
Web processes without a scheduler (gunicorn workers) regenerate in a background thread after a
public change (`regenerate_in_background`) and mark FEED_DIR/.pending; a scheduler process also
picks such marks up within PENDING_CHECK_SECONDS (so workers may run with
FEEDS_ON_PUBLIC_CHANGE=false and leave the memory of big regenerations to the scheduler). In every case registry.feeds.regenerate holds the
single-runner lock, so workers and the scheduler never regenerate at the same time, and a change
arriving during a regeneration makes it run once more.
"""
from __future__ import annotations

import datetime as dt
import logging
import threading
from typing import Callable

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.interval import IntervalTrigger

from . import feeds

log = logging.getLogger("registry.scheduler")

INTERVAL_JOB = "feeds-interval"
NOW_JOB = "feeds-now"
PENDING_JOB = "feeds-pending"
# How often the scheduler looks for changes committed by other processes (gunicorn workers
# mark FEED_DIR/.pending after each public change): cheap, one small file read.
PENDING_CHECK_SECONDS = 20
JOB_DEFAULTS = {"coalesce": True, "max_instances": 1, "misfire_grace_time": None}


def regenerate_safely(database, settings: feeds.FeedSettings) -> feeds.RegenerationResult | None:
    """Regenerate and log a failure instead of raising: a job or a request must never die of it.
    The log gets the exception type only; a message could quote data."""
    try:
        return feeds.regenerate(database, settings)
    except Exception as exc:  # noqa: BLE001 - logged, and the next run repairs the files
        log.error("feed regeneration failed: %s", type(exc).__name__)
        return None


class FeedScheduler:
    """The feed jobs on an APScheduler 3 scheduler (background thread or blocking)."""

    def __init__(self, database, settings: feeds.FeedSettings, *, blocking: bool = False):
        self.database = database
        self.settings = settings
        scheduler_class = BlockingScheduler if blocking else BackgroundScheduler
        self.scheduler = scheduler_class(timezone=dt.timezone.utc, job_defaults=JOB_DEFAULTS)
        self.seen_marker: str | None = None

    def regenerate(self) -> feeds.RegenerationResult | None:
        result = regenerate_safely(self.database, self.settings)
        if result is not None and result.regenerated:
            self.seen_marker = result.marker
        return result

    def regenerate_if_pending(self) -> feeds.RegenerationResult | None:
        """Regenerate when another process marked a public change since our last regeneration."""
        if feeds.pending_marker(self.settings.feed_dir) != self.seen_marker:
            return self.regenerate()
        return None

    def add_jobs(self, *, run_now: bool = True) -> None:
        """The periodic job (first run at once unless run_now is False) and the change listener."""
        first = dt.datetime.now(dt.timezone.utc) if run_now else None
        self.scheduler.add_job(self.regenerate, IntervalTrigger(minutes=self.settings.interval_minutes),
                               id=INTERVAL_JOB, replace_existing=True,
                               **({"next_run_time": first} if first else {}))
        self.scheduler.add_job(self.regenerate_if_pending, IntervalTrigger(seconds=PENDING_CHECK_SECONDS),
                               id=PENDING_JOB, replace_existing=True)
        if self.on_public_change not in self.database.public_change_listeners:
            self.database.public_change_listeners.append(self.on_public_change)

    def on_public_change(self, allegation_ids) -> None:
        """Listener for Database.public_change_listeners: a one-off job, now. Never raises."""
        try:
            feeds.request_regeneration(self.settings.feed_dir)
            self.scheduler.add_job(self.regenerate, "date", run_date=dt.datetime.now(dt.timezone.utc),
                                   id=NOW_JOB, replace_existing=True)
        except Exception as exc:  # noqa: BLE001 - the interval job catches up
            log.error("could not schedule feed regeneration: %s", type(exc).__name__)

    def start(self, *, run_now: bool = True) -> None:
        """Start; a blocking scheduler returns only when stopped (Ctrl-C, SIGTERM)."""
        self.add_jobs(run_now=run_now)
        self.scheduler.start()

    def shutdown(self) -> None:
        if self.on_public_change in self.database.public_change_listeners:
            self.database.public_change_listeners.remove(self.on_public_change)
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)


def regenerate_in_background(database, settings: feeds.FeedSettings) -> Callable[[set], None]:
    """A public-change listener for web processes without a scheduler: regenerate in a thread
    after the commit, so the request neither waits for it nor sees any of its errors."""

    def listener(allegation_ids) -> None:
        try:
            feeds.request_regeneration(settings.feed_dir)
            threading.Thread(target=regenerate_safely, args=(database, settings),
                             name="feeds-regeneration", daemon=True).start()
        except Exception as exc:  # noqa: BLE001 - the next change or the scheduler catches up
            log.error("could not start feed regeneration: %s", type(exc).__name__)

    return listener
