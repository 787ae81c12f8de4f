"""Hostile input over every route of the URL map: how many requests got a 5xx (must be 0).

Builds a throw-away SQLite registry with the test actors and one allegation per actor, then sends
the requests of tests/hostile.py (huge numbers in every path parameter; every form field repeated,
of the wrong JSON type, uploaded as a file, hostile text) ROUNDS times, with different random
text each round, as the anonymous reader, a submitter, a moderator and an admin.

    .venv/bin/python bench/hostile_requests.py [ROUNDS]      (default: 5, about 11,800 requests)
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cryptography.fernet import Fernet  # noqa: E402

from registry import config as settings  # noqa: E402
from registry import create_app, db as dbmod  # noqa: E402
from registry.domain.crypto import write_key_file  # noqa: E402
from tests.conftest import seed_actors  # noqa: E402
from tests.test_fuzz import run_hostile  # noqa: E402


def main(rounds: int) -> int:
    with tempfile.TemporaryDirectory() as folder:
        instance = Path(folder) / "instance"
        settings.ensure_instance(instance)
        write_key_file(instance / settings.ENCRYPTION_KEYS_FILE, [Fernet.generate_key()])
        app = create_app({"TESTING": True, "INSTANCE_PATH": str(instance), "FEED_DIR": str(Path(folder) / "feeds"),
                          "BASE_URL": "http://registry.test", "SERVER_NAME": None, "DATABASE_URL": None,
                          "RATELIMIT_ENABLED": False, "REQUIRE_STAFF_TOTP": False, "FEEDS_ON_PUBLIC_CHANGE": False})
        database = app.extensions["registry_database"]
        dbmod.upgrade(database)
        seed_actors(database)
        started = time.perf_counter()
        count, failures = run_hostile(app, rounds=rounds, seed=1)
        seconds = time.perf_counter() - started
        database.dispose()
    routes = len(list(app.url_map.iter_rules()))
    print(f"hostile requests: {count} over {routes} routes in {seconds:.0f} s; 5xx answers: {len(failures)}")
    for line in failures[:20]:
        print("  ", line)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 5))
