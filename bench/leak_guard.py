"""How long the leak guard takes on a long summary with many private names.

Run: .venv/bin/python bench/leak_guard.py
"""
from __future__ import annotations

import random
import statistics
import time

from registry.domain import redaction
from registry.domain.workflow import PrivateDetails

WORDS = ("the police detained a lawyer after she briefed the council in geneva and "
         "questioned her for two days about the statement submitted to the special rapporteur").split()


def build(seed: int = 7, names: int = 50, length: int = 20_000):
    rng = random.Random(seed)
    first = ["José", "Ali", "Layla", "Алексей", "Zainab", "Piotr", "Mei", "Nguyễn", "Łukasz", "Amaru"]
    last = ["Álvarez", "Haddad", "Петров", "Okonkwo-Haddad", "Kuzmich", "Wang", "Trần", "Kowalski", "Quispe", "Said"]
    victims = rng.sample([f"{f} {s}" for f in first for s in last], names)
    private = PrivateDetails(victim_names=victims, victim_contacts="jose@example.org, +41 22 917 12 34",
                             exact_location="14 Rue des Oliviers, Sfax", id_numbers=["P1234567", "AB123456"])
    words = []
    while sum(len(w) + 1 for w in words) < length:
        words.append(rng.choice(WORDS))
        if rng.random() < 0.01:
            words.append(rng.choice(victims))
        if rng.random() < 0.005:
            words.append("+41 22 917 12 34 A/HRC/55/3 2024-03-15")
    return {"title": "Lawyer detained", "region": "Sfax", "summary": " ".join(words)[:length]}, private


def main() -> None:
    texts, private = build()
    redaction.leak_hits(texts, private)  # warm the folding caches
    timings = []
    for _ in range(20):
        t0 = time.perf_counter()
        hits = redaction.leak_hits(texts, private)
        timings.append((time.perf_counter() - t0) * 1000)
    print(f"leak_hits: {len(texts['summary'])} chars, {len(private.victim_names)} names, "
          f"{len(redaction.private_needles(private))} needles, {len(hits)} hits: "
          f"median {statistics.median(timings):.1f} ms, max {max(timings):.1f} ms")
    crowded = {"summary": ("Ali Haddad and ali " * 1200)[:20_000]}
    t0 = time.perf_counter()
    hits = redaction.leak_hits(crowded, PrivateDetails(victim_names=["Ali Haddad"]))
    print(f"crowded: {len(hits)} hits in 20000 chars: {(time.perf_counter() - t0) * 1000:.1f} ms")
    t0 = time.perf_counter()
    redaction._FOLD_CACHE.clear()
    redaction._SCRIPT_CACHE.clear()
    redaction.leak_hits(texts, private)
    print(f"cold (empty caches): {(time.perf_counter() - t0) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
