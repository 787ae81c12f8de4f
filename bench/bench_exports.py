"""Streaming the public dataset: peak memory and time of the CSV and JSON export as the registry grows.

Builds a throw-away SQLite registry in a temporary folder, publishes allegations through the real
workflow functions (draft, submit, claim, edit, approve, publish: leak guard and encryption
included), then streams both downloads, once straight from registry.exports and once through
the Flask app (/data/allegations.csv and .json), measuring the peak of traced memory
(tracemalloc) while the chunks are consumed and dropped. Flat memory = the peak does not grow
with the number of allegations.

    .venv/bin/python bench/bench_exports.py [COUNT ...]      (default: 2000 8000)
"""
from __future__ import annotations

import datetime as dt
import gc
import random
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cryptography.fernet import Fernet  # noqa: E402

from registry import config as settings  # noqa: E402
from registry import create_app, db as dbmod, exports  # noqa: E402
from registry.domain import accounts, workflow  # noqa: E402
from registry.domain.crypto import write_key_file  # noqa: E402
from tests.factories import SAFE_SUMMARY, allegation_data  # noqa: E402

PASSWORD = "correct-horse-battery-staple-7"
BASE_URL = "https://registry.example.org"
COUNTRIES = ["TN", "BY", "EG", "VE", "CN", "BH", "NI", "RU", "IR", "MM"]
TYPES = ["arbitrary-detention", "threats", "travel-ban", "surveillance", "smear-campaign", "intimidation"]
MECHANISMS = ["hrc", "upr", "special-procedures", "ccpr", "cat"]


def build_app(folder: Path):
    instance = folder / "instance"
    settings.ensure_instance(instance)
    write_key_file(instance / settings.ENCRYPTION_KEYS_FILE, [Fernet.generate_key()])
    app = create_app({"TESTING": True, "INSTANCE_PATH": str(instance), "BASE_URL": BASE_URL,
                      "FEED_DIR": str(folder / "feeds"), "DATABASE_URL": None, "SCHEDULER_ENABLED": False,
                      "FEEDS_ON_PUBLIC_CHANGE": False})  # measure the export, not the feeds
    database = app.extensions["registry_database"]
    dbmod.upgrade(database)
    with database.transaction() as session:
        org = accounts.create_organisation(session, "Bench Defenders Network")
        actors = (accounts.create_user(session, "sub@bench.example", PASSWORD, "submitter", organisation=org),
                  accounts.create_user(session, "mod1@bench.example", PASSWORD, "moderator"),
                  accounts.create_user(session, "mod2@bench.example", PASSWORD, "moderator"))
    return app, database, actors


def publish_many(database, actors, count: int, start: int, *, per_transaction: int = 100) -> float:
    """Publish `count` allegations through the real workflow; returns the seconds it took."""
    submitter, moderator, publisher = actors
    rng = random.Random(start)
    began = time.perf_counter()
    done = 0
    while done < count:
        with database.transaction() as session:
            for _ in range(min(per_transaction, count - done)):
                n = start + done
                data = allegation_data(
                    title=f"Defender number {n} targeted after cooperating with the UN",
                    region="", country=rng.choice(COUNTRIES),
                    reprisal_types=rng.sample(TYPES, 2), mechanisms=[rng.choice(MECHANISMS)],
                    incident_date=dt.date(2020 + n % 6, 1 + n % 12, 1 + n % 28))
                allegation = workflow.create_draft(session, submitter, data)
                workflow.submit(session, submitter, allegation.id)
                workflow.claim(session, moderator, allegation.id)
                allegation = workflow.edit(session, moderator, allegation.id, {"summary": SAFE_SUMMARY},
                                           expected_version=allegation.version)
                workflow.approve(session, moderator, allegation.id)
                workflow.publish(session, publisher, allegation.id)
                done += 1
    return time.perf_counter() - began


def measure(make_chunks) -> tuple[float, float, int]:
    """Consume the chunks, dropping each: (seconds, peak MiB of traced memory, bytes produced).

    Two passes: one timed without tracing (tracemalloc slows Python down several times), one traced.
    """
    gc.collect()
    began = time.perf_counter()
    size = sum(len(chunk) for chunk in make_chunks())
    seconds = time.perf_counter() - began
    gc.collect()
    tracemalloc.start()
    tracemalloc.reset_peak()
    for _chunk in make_chunks():
        pass
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return seconds, peak / 2**20, size


def direct(database, fmt: str):
    def chunks():
        with database.public_session() as session:
            yield from exports.stream(session, BASE_URL, fmt)
    return chunks


def through_flask(app, fmt: str):
    def chunks():
        client = app.test_client()
        response = client.get(f"/data/allegations.{fmt}", buffered=False)
        assert response.status_code == 200 and response.is_streamed
        try:
            yield from response.response
        finally:
            response.close()
    return chunks


def main(counts: list[int]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        app, database, actors = build_app(Path(folder))
        published = 0
        rows = []
        for target in sorted(counts):
            seconds = publish_many(database, actors, target - published, published)
            print(f"published {target - published} allegations through the workflow in {seconds:.1f}s "
                  f"({1000 * seconds / max(target - published, 1):.1f} ms each)", flush=True)
            published = target
            for fmt in exports.FORMATS:
                for how, make in (("exports", direct(database, fmt)), ("/data", through_flask(app, fmt))):
                    seconds, peak, size = measure(make)
                    rows.append((target, fmt, how, seconds, peak, size))
        print()
        print(f"{'allegations':>11} {'format':>6} {'path':>8} {'seconds':>8} {'records/s':>10} {'peak MiB':>9} {'output MiB':>10}")
        for target, fmt, how, seconds, peak, size in rows:
            print(f"{target:>11} {fmt:>6} {how:>8} {seconds:>8.2f} {target / seconds:>10.0f} {peak:>9.2f} {size / 2**20:>10.2f}")
        database.dispose()


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [2000, 8000])
