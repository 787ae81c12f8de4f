"""A retraction asks the CDN (CACHE_PURGE_URL) to drop every public copy, off the request thread."""
from __future__ import annotations

import http.server
import json
import logging
import threading
import time

import pytest

from registry import create_app
from registry.domain import workflow

from .factories import PRIVATE_NAME, make_published_allegation


class _Stub(http.server.BaseHTTPRequestHandler):
    """A purge endpoint on 127.0.0.1: answers the statuses queued in `server.statuses`, records the bodies."""

    def do_POST(self):  # noqa: N802 - http.server's naming
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        status = self.server.statuses.pop(0) if self.server.statuses else 200
        self.server.received.append((self.command, self.headers.get("Content-Type"), body, status))
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()
        if status == 200:
            self.server.done.set()

    do_PURGE = do_POST  # noqa: N815

    def log_message(self, *args):
        pass


@pytest.fixture
def stub():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Stub)
    server.statuses, server.received, server.done = [], [], threading.Event()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    thread.join(timeout=5)


def _app(app_config, stub, **extra):
    return create_app({**app_config, "CACHE_PURGE_URL": f"http://127.0.0.1:{stub.server_port}/purge", **extra})


def _publish_and_retract(app, users):
    database = app.extensions["registry_database"]
    with database.transaction() as session:
        allegation = make_published_allegation(session, users["submitter_a"], users["moderator"],
                                               users["second_moderator"], mechanisms=["hrc", "upr"])
    with database.transaction() as session:
        workflow.retract(session, users["moderator"], allegation.id, "The source withdrew its account.")
    return allegation.reference


def test_retraction_sends_every_affected_public_address_to_the_purge_url(app_config, users, stub, caplog):
    caplog.set_level(logging.INFO, logger="registry.purge")
    app = _app(app_config, stub)
    stub.statuses = [503]  # the CDN is busy once: the purge is tried again
    reference = _publish_and_retract(app, users)
    assert stub.done.wait(15), "no purge arrived"
    assert [r[3] for r in stub.received] == [503, 200]
    method, content_type, body, _status = stub.received[-1]
    assert method == "POST" and content_type == "application/json"
    urls = json.loads(body)["urls"]
    base = "http://registry.test"
    for url in (f"{base}/allegations/{reference}", f"{base}/api/v1/allegations/{reference}",
                f"{base}/feeds/allegations.atom", f"{base}/feeds/allegations.json",
                f"{base}/feeds/country/TN.atom", f"{base}/feeds/mechanism/hrc.json", f"{base}/feeds/mechanism/upr.atom",
                f"{base}/feeds/type/arbitrary-detention.atom", f"{base}/feeds/type/threats.json",
                f"{base}/data/allegations.csv", f"{base}/data/allegations.json", f"{base}/allegations"):
        assert url in urls, url
    assert f"{base}/feeds/country/BY.atom" not in urls  # only the feeds that carried it
    assert PRIVATE_NAME not in body.decode() and "withdrew" not in body.decode()
    for _ in range(100):  # the stub answered; the purge thread logs right after
        if any("cache purge sent" in r.getMessage() for r in caplog.records):
            break
        time.sleep(0.05)
    assert any("cache purge sent" in r.getMessage() for r in caplog.records)
    assert all(reference not in r.getMessage() and "http" not in r.getMessage() for r in caplog.records
               if r.name == "registry.purge")
    app.extensions["registry_database"].dispose()


def test_purge_uses_the_configured_method_and_a_publication_sends_nothing(app_config, users, stub):
    app = _app(app_config, stub, CACHE_PURGE_METHOD="purge")
    database = app.extensions["registry_database"]
    with database.transaction() as session:
        allegation = make_published_allegation(session, users["submitter_a"], users["moderator"],
                                               users["second_moderator"])
    assert not stub.done.wait(1) and stub.received == []  # publishing purges nothing
    with database.transaction() as session:
        workflow.retract(session, users["moderator"], allegation.id, "Withdrawn by the source.")
    assert stub.done.wait(15)
    assert stub.received[-1][0] == "PURGE"
    database.dispose()


def test_an_unreachable_purge_url_is_logged_as_a_failure_and_changes_nothing(app_config, users, caplog):
    caplog.set_level(logging.INFO, logger="registry.purge")
    from registry import purge

    app = create_app({**app_config, "CACHE_PURGE_URL": "http://127.0.0.1:9/purge"})  # discard port: refused
    settings = purge.PurgeSettings.from_config(app.config)
    settings = purge.PurgeSettings(settings.url, settings.method, settings.feed_settings, timeout=1, retries=1,
                                   backoff=0)
    assert purge.send(settings, ["http://registry.test/allegations/RR-2026-0001"]) is False
    assert [r.getMessage() for r in caplog.records if r.name == "registry.purge"] == ["cache purge failed: MaxRetryError"]
    app.extensions["registry_database"].dispose()
