"""Feed generation for a large registry: time for Atom and JSON Feed, and peak memory.

Publishing 10,000 allegations through the workflow (leak guard, encryption, audit) would take
longer than the feeds themselves, so the records here are synthetic dicts shaped exactly like
publicview's public records and retraction notices. Run: .venv/bin/python bench/bench_feeds.py [count]
"""
from __future__ import annotations

import datetime as dt
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from registry import feeds  # noqa: E402
from registry.domain import publicview, vocab  # noqa: E402

BASE = "https://registry.example.org"


def terms(vocabulary: str, rng: random.Random, most: int) -> list[dict]:
    slugs = rng.sample(sorted(vocab.slugs(vocabulary)), rng.randint(1, most))
    return [{"slug": s, "label": vocab.label(vocabulary, s)} for s in slugs]


def synthetic_records(count: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    countries = [t.slug for t in vocab.countries()][:60]
    start = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    records = []
    for n in range(count):
        published = start + dt.timedelta(hours=5 * n)
        reference = f"RR-{published.year}-{n + 1:05d}"
        if rng.random() < 0.01:
            retracted = published + dt.timedelta(days=rng.randint(1, 300))
            records.append({
                "reference": reference, "status": "retracted", "url": publicview.allegation_url(BASE, reference),
                "published_at": publicview.iso(published), "updated_at": publicview.iso(retracted),
                "retracted_at": publicview.iso(retracted), "retraction_reason": "Could not be confirmed.",
            })
            continue
        follow_ups = [
            {"date": (published + dt.timedelta(days=10 * k)).date().isoformat(), "kind": "state-response",
             "kind_label": "Response of the State", "text": "The State replied to the communication. " * 3,
             "added_at": publicview.iso(published + dt.timedelta(days=10 * k))}
            for k in range(rng.randint(0, 3))
        ]
        updated = published + dt.timedelta(days=10 * len(follow_ups))
        country = rng.choice(countries)
        records.append({
            "reference": reference, "status": "published", "url": publicview.allegation_url(BASE, reference),
            "title": f"Human rights defender targeted after engaging with the UN ({n})",
            "country": country, "country_name": vocab.country_name(country), "region": None, "region_name": None,
            "mechanisms": terms("mechanisms", rng, 2), "mechanism_detail": None,
            "engagement_kinds": terms("engagement_kinds", rng, 1),
            "reprisal_types": terms("reprisal_types", rng, 3), "perpetrators": terms("perpetrators", rng, 2),
            "victim_type": "individual", "victim_categories": terms("victim_categories", rng, 2),
            "victim_count": 1, "victim_names": [], "incident_date": "2024-03", "incident_date_precision": "month",
            "reported_date": "2024-04-01",
            "summary": ("A defender who submitted information to the UN was summoned, questioned and "
                        "threatened by [detail withheld]. " * 6).strip(),
            "case_status": "ongoing", "follow_ups": follow_ups,
            "published_at": publicview.iso(published), "updated_at": publicview.iso(updated),
        })
    assert all(tuple(r) in (publicview.PUBLIC_KEYS, publicview.RETRACTION_KEYS) for r in records)
    records.sort(key=feeds._order_key)
    return records


def measure(label: str, run):
    """Time without tracing (tracemalloc slows Python code several times), then the traced peak.
    tracemalloc sees Python allocations only; lxml's libxml2 trees show in the process's max RSS."""
    started = time.perf_counter()
    value = run()
    seconds = time.perf_counter() - started
    tracemalloc.start()
    run()
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{label:<44} {seconds:8.2f} s   tracemalloc peak {peak / 2**20:7.1f} MiB   max RSS so far {rss:7.0f} MiB")
    return value


def main(count: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        settings = feeds.FeedSettings(feed_dir=Path(folder), base_url=BASE,
                                      tag_authority="registry.example.org,2026")
        records = measure(f"build {count:,} synthetic public records", lambda: synthetic_records(count))
        specs = feeds.all_feed_specs()
        pages = [p for _spec, ps in feeds.feed_pages(settings, records, specs) for p in ps]
        entries = sum(len(p.records) for p in pages)
        print(f"{len(specs)} feeds, {len(pages)} documents per format, {entries:,} entries per format")

        def atom_all():
            builder = feeds.AtomBuilder(settings)
            return sum(len(builder.document(p)) for p in pages)

        def json_all():
            return sum(len(feeds.json_document(settings, p)) for p in pages)

        atom_bytes = measure("Atom: every document (feedgen + lxml)", atom_all)
        json_bytes = measure("JSON Feed: every document (orjson)", json_all)
        print(f"output: Atom {atom_bytes / 2**20:.1f} MiB, JSON {json_bytes / 2**20:.1f} MiB")

        original = feeds.load_records
        feeds.load_records = lambda _database, _settings: records
        try:
            first = measure("regenerate to disk (first run, all written)",
                            lambda: feeds.regenerate(None, settings))
            again = measure("regenerate again (nothing changed)", lambda: feeds.regenerate(None, settings))
        finally:
            feeds.load_records = original
        print(f"first run: {first.written} files written; second run: {again.written} written, "
              f"{again.unchanged} unchanged")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
