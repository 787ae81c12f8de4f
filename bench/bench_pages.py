"""Public page and API latency through the test client, on SQLite, with N published allegations.

    .venv/bin/python bench/bench_pages.py [N]

Prints the mean and 95th percentile per URL. Figures, not limits: nothing here fails.
"""
from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time

from registry import create_app
from registry import db as dbmod
from registry.domain import accounts, workflow

PASSWORD = "bench-password-for-pages-2026"


def populate(database, count: int) -> str:
    with database.transaction() as session:
        org = accounts.create_organisation(session, "Bench NGO")
        submitter = accounts.create_user(session, "s@bench.example", PASSWORD, "submitter", organisation=org)
        first = accounts.create_user(session, "m1@bench.example", PASSWORD, "moderator")
        second = accounts.create_user(session, "m2@bench.example", PASSWORD, "moderator")
    countries = ["TN", "BY", "EG", "GT", "KZ", "VN", "CM", "NI", "AZ", "BH"]
    reference = ""
    for i in range(count):
        with database.transaction() as session:
            allegation = workflow.create_draft(session, submitter, {
                "title": f"Defender number {i} detained after briefing", "country": countries[i % len(countries)],
                "mechanisms": ["hrc", "upr"][: 1 + i % 2], "reprisal_types": ["arbitrary-detention", "threats"],
                "perpetrators": ["police"], "incident_date": dt.date(2020 + i % 6, 1 + i % 12, 1 + i % 28),
                "victim_names": [f"Person Benchmark{i}"], "original_narrative": "Narrative of the events.",
            })
            workflow.submit(session, submitter, allegation.id)
            workflow.claim(session, first, allegation.id)
            workflow.edit(session, first, allegation.id, {"summary": f"A defender ({i}) was detained after a briefing."},
                          expected_version=None)
            workflow.approve(session, first, allegation.id)
            reference = workflow.publish(session, second, allegation.id).reference
    return reference


def measure(client, url: str, rounds: int = 30) -> tuple[float, float]:
    client.get(url)  # warm caches
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    times.sort()
    return statistics.mean(times), times[int(len(times) * 0.95) - 1]


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    instance = tempfile.mkdtemp()
    app = create_app({"INSTANCE_PATH": instance, "FEED_DIR": f"{instance}/feeds", "FEEDS_ON_PUBLIC_CHANGE": False})
    database = app.extensions["registry_database"]
    dbmod.upgrade(database)
    start = time.perf_counter()
    reference = populate(database, count)
    print(f"published {count} allegations through the workflow in {time.perf_counter() - start:.1f} s")
    client = app.test_client()
    for url in ("/", "/allegations", "/allegations?page=5", "/allegations?q=defender+detained",
                "/allegations?country=TN&mechanism=hrc", f"/allegations/{reference}", "/statistics",
                "/api/v1/allegations?per_page=100", f"/api/v1/allegations/{reference}"):
        mean, p95 = measure(client, url)
        print(f"{url:45s} mean {mean:6.1f} ms   p95 {p95:6.1f} ms")


if __name__ == "__main__":
    main()
