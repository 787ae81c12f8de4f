"""Asking a CDN or caching proxy to drop its copies of a retracted allegation. No Flask here.

Retraction is the registry's emergency brake, but public pages may be kept by caches for a
minute, the API and downloads for five, feeds for FEED_INTERVAL minutes (README, "Caching").
When CACHE_PURGE_URL is set, each committed retraction sends the list of affected public
addresses there as JSON, off the request thread, with a short timeout and a few retries
(urllib3's Retry). The log says only whether it worked: the addresses are public, but a log
line is no place for anything about an allegation.
"""
from __future__ import annotations

import dataclasses
import json
import logging
import threading
from typing import Callable

import urllib3
from sqlmodel import select

from . import feeds
from .domain import publicview
from .domain.models import Allegation, State

log = logging.getLogger("registry.purge")

TIMEOUT_SECONDS = 5
RETRIES = 3
# Statuses worth trying again: the purge service is busy or restarting.
RETRY_STATUSES = (408, 425, 429, 500, 502, 503, 504)


@dataclasses.dataclass(frozen=True)
class PurgeSettings:
    url: str
    method: str
    feed_settings: feeds.FeedSettings
    timeout: float = TIMEOUT_SECONDS
    retries: int = RETRIES
    backoff: float = 0.5

    @classmethod
    def from_config(cls, config) -> "PurgeSettings | None":
        """None when no CACHE_PURGE_URL is configured (nothing to tell)."""
        if not config.get("CACHE_PURGE_URL"):
            return None
        return cls(url=config["CACHE_PURGE_URL"], method=(config.get("CACHE_PURGE_METHOD") or "POST").upper(),
                   feed_settings=feeds.FeedSettings.from_config(config))


def retraction_urls(settings: feeds.FeedSettings, reference: str, terms: dict) -> list[str]:
    """Every public address that showed the allegation: its page and API record, the listings,
    the downloads, and each feed (with its archive pages) that carried it."""
    base = settings.base_url
    urls = [publicview.allegation_url(base, reference), f"{base}/api/v1/allegations/{reference}",
            f"{base}/", f"{base}/allegations", f"{base}/api/v1/allegations",
            f"{base}/data/allegations.csv", f"{base}/data/allegations.json"]
    specs = [feeds.ALL, feeds.FeedSpec("country", terms["country"])] if terms.get("country") else [feeds.ALL]
    specs += [feeds.FeedSpec("mechanism", slug) for slug in terms.get("mechanisms", [])]
    specs += [feeds.FeedSpec("type", slug) for slug in terms.get("reprisal_types", [])]
    for spec in specs:
        for fmt in feeds.FORMATS:
            urls.append(feeds.feed_url(settings, spec, fmt))
            archive = settings.feed_dir / "archive" / spec.name
            for page in sorted(archive.glob(f"*.{fmt}")) if archive.is_dir() else []:
                if page.stem.isdigit():
                    urls.append(feeds.feed_url(settings, spec, fmt, int(page.stem)))
    return list(dict.fromkeys(urls))


def send(settings: PurgeSettings, urls: list[str]) -> bool:
    """Send {"urls": [...]} to the purge endpoint; True when it answered 2xx. Never raises."""
    retry = urllib3.Retry(total=settings.retries, backoff_factor=settings.backoff, allowed_methods=None,
                          status_forcelist=RETRY_STATUSES, raise_on_status=False, redirect=0)
    try:
        answer = urllib3.request(settings.method, settings.url, body=json.dumps({"urls": urls}).encode(),
                                 headers={"Content-Type": "application/json"},
                                 timeout=urllib3.Timeout(total=settings.timeout), retries=retry)
    except Exception as exc:  # noqa: BLE001 - a purge must never break anything; caches expire anyway
        log.warning("cache purge failed: %s", type(exc).__name__)
        return False
    if 200 <= answer.status < 300:
        log.info("cache purge sent (%d addresses)", len(urls))
        return True
    log.warning("cache purge failed: HTTP %d", answer.status)
    return False


def purge_retracted(database, settings: PurgeSettings, allegation_ids) -> bool | None:
    """Purge the addresses of those allegations that are now retracted; None when none is."""
    with database.public_session() as session:
        references = set(session.exec(select(Allegation.reference).where(
            Allegation.id.in_(list(allegation_ids)), Allegation.state == State.retracted)).all())
        if not references:
            return None
        terms = {ref: found for ref, found in publicview.retraction_feed_terms(session).items() if ref in references}
    urls = [url for reference in sorted(references)
            for url in retraction_urls(settings.feed_settings, reference, terms.get(reference, {}))]
    return send(settings, list(dict.fromkeys(urls)))


def purge_in_background(database, settings: PurgeSettings) -> Callable[[set], None]:
    """A public-change listener: after a retraction commits, purge in a thread; the moderator's
    request never waits for the purge service, nor sees its errors."""

    def listener(allegation_ids) -> None:
        def run():
            try:
                purge_retracted(database, settings, allegation_ids)
            except Exception as exc:  # noqa: BLE001 - logged by type only
                log.warning("cache purge failed: %s", type(exc).__name__)

        threading.Thread(target=run, name="cache-purge", daemon=True).start()

    return listener
