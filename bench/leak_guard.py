"""The leak guard against the red team's corpus: recall per attack class, false positives, time.

Run: .venv/bin/python bench/leak_guard.py [--json] [--runs N]
A planted form counts as caught when an unresolved hit in its field overlaps its span. Exit code 0 always:
this measures the guard, it does not gate anything (tests/test_leak_corpus.py does).
"""
from __future__ import annotations

import argparse
import collections
import json
import pathlib
import statistics
import sys
import time

if __package__ in (None, ""):  # run as a script: make `bench` importable from the repository root
    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from bench.leak_corpus import CASES, CLASS_NAMES, CLEAN, LISTED_NOWHERE, Case, span, timing_allegation  # noqa: E402
from registry.domain import redaction  # noqa: E402
from registry.domain.workflow import PrivateDetails  # noqa: E402

TARGETS = {"derived": 0.99, "listed_nowhere": 0.90, "false_positives_mean": 1.0, "p95_ms": 20.0}


def guard(case: Case):
    """Unresolved hits for one case, as the moderator would see them; an exception is returned, not raised."""
    try:
        hits = redaction.leak_hits(case.texts, PrivateDetails(**case.private), case.public_names,
                                   context=redaction.GuardContext(**case.context))
        return redaction.unresolved(hits, list(case.false_positives))
    except Exception as error:  # a crash on hostile input is a finding, not the end of the benchmark
        return error


def planted_results(cases=CASES) -> list[dict]:
    """One row per planted form: where it is, its class and language, whether an overlapping hit caught it."""
    rows = []
    for case in cases:
        hits = guard(case)
        for form in case.forms:
            start, end = span(case, form)
            caught = not isinstance(hits, Exception) and any(
                h.field == form.field and h.start < end and h.end > start for h in hits)
            rows.append({"case": case.id, "field": form.field, "text": form.text, "class": form.cls,
                         "language": form.language, "derived": form.derived, "caught": caught,
                         "error": repr(hits) if isinstance(hits, Exception) else ""})
    return rows


def clean_results(cases=CLEAN) -> list[dict]:
    """False-positive hits per clean summary: every unresolved hit there is one too many."""
    rows = []
    for case in cases:
        hits = guard(case)
        if isinstance(hits, Exception):
            rows.append({"case": case.id, "language": case.language, "hits": [], "error": repr(hits)})
            continue
        rows.append({"case": case.id, "language": case.language, "error": "",
                     "hits": [{"field": h.field, "text": h.text, "kind": h.kind, "source": h.source} for h in hits]})
    return rows


def timing(runs: int = 200) -> dict:
    """leak_hits over every public field of one 5,000-character allegation: p50, p95, max, first call."""
    texts, private_kwargs, context_kwargs = timing_allegation()
    private, context = PrivateDetails(**private_kwargs), redaction.GuardContext(**context_kwargs)
    t0 = time.perf_counter()
    redaction.leak_hits(texts, private, context=context)
    first = (time.perf_counter() - t0) * 1000
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        redaction.leak_hits(texts, private, context=context)
        samples.append((time.perf_counter() - t0) * 1000)
    return {"chars": sum(len(t) for t in texts.values()), "runs": runs, "first_ms": first,
            "p50_ms": statistics.median(samples), "p95_ms": statistics.quantiles(samples, n=100)[94],
            "max_ms": max(samples)}


def _ratio(rows) -> dict:
    caught = sum(r["caught"] for r in rows)
    return {"planted": len(rows), "caught": caught, "recall": caught / len(rows) if rows else 1.0}


def figures(runs: int = 200, cases=CASES, clean_cases=CLEAN, worst_count: int = 5) -> dict:
    """The figures for a corpus (this one unless given); the guard's time only when runs > 0."""
    planted = planted_results(cases)
    clean = clean_results(clean_cases)
    counts = [len(r["hits"]) for r in clean]
    by_class = collections.defaultdict(list)
    by_language = collections.defaultdict(list)
    for row in planted:
        by_class[row["class"]].append(row)
        by_language[row["language"]].append(row)
    worst = sorted(clean, key=lambda r: -len(r["hits"]))[:worst_count]
    return {
        "classes": {cls: {"name": CLASS_NAMES[cls], **_ratio(by_class[cls])} for cls in sorted(by_class)},
        "derived": _ratio([r for r in planted if r["derived"]]),
        "listed_nowhere": _ratio([r for r in planted if not r["derived"]]),
        "languages": {lang: _ratio(rows) for lang, rows in sorted(by_language.items())},
        "false_positives": {"summaries": len(clean), "mean": statistics.fmean(counts) if counts else 0.0,
                            "max": max(counts, default=0), "with_any": sum(1 for c in counts if c),
                            "worst": [r for r in worst if r["hits"]], "errors": [r for r in clean if r["error"]]},
        "timing": timing(runs) if runs > 0 else None,
        "misses": [r for r in planted if not r["caught"]],
        "targets": TARGETS,
    }


def _mark(ok: bool) -> str:
    return "ok " if ok else "GAP"


def print_table(fig: dict, corpus: str = "the red-team corpus") -> None:
    print(f"Leak guard against {corpus} "
          f"({sum(c['planted'] for c in fig['classes'].values())} planted forms, "
          f"{fig['false_positives']['summaries']} clean summaries)\n")
    print(f"{'class':<34}{'planted':>8}{'caught':>8}{'recall':>9}  target")
    for cls, row in fig["classes"].items():
        target = TARGETS["listed_nowhere"] if cls in LISTED_NOWHERE else TARGETS["derived"]
        print(f"{cls:>2} {row['name']:<31}{row['planted']:>8}{row['caught']:>8}{row['recall']:>9.1%}  "
              f"≥{target:.0%} {_mark(row['recall'] >= target)}")
    for key, label in (("derived", "derived from a private value"), ("listed_nowhere", "listed nowhere")):
        row = fig[key]
        print(f"   {'ALL ' + label:<31}{row['planted']:>8}{row['caught']:>8}{row['recall']:>9.1%}  "
              f"≥{TARGETS[key]:.0%} {_mark(row['recall'] >= TARGETS[key])}")
    print(f"\n{'language':<10}{'planted':>8}{'caught':>8}{'recall':>9}")
    for lang, row in fig["languages"].items():
        print(f"{lang:<10}{row['planted']:>8}{row['caught']:>8}{row['recall']:>9.1%}")
    fp = fig["false_positives"]
    print(f"\nfalse-positive hits per clean summary: mean {fp['mean']:.2f} (target ≤{TARGETS['false_positives_mean']:.0f}) "
          f"{_mark(fp['mean'] <= TARGETS['false_positives_mean'])}, max {fp['max']}, "
          f"summaries with any hit {fp['with_any']}/{fp['summaries']}")
    for row in fp["worst"]:
        shown = "; ".join(f"{h['field']}:{h['text']!r} ({h['kind']}/{h['source']})" for h in row["hits"][:6])
        print(f"  {row['case']}: {len(row['hits'])} hits: {shown}")
    for row in fp["errors"]:
        print(f"  {row['case']}: guard raised {row['error']}")
    t = fig["timing"]
    if t:
        print(f"\nguard time, one allegation of {t['chars']} characters over all public fields, {t['runs']} runs: "
              f"p50 {t['p50_ms']:.1f} ms, p95 {t['p95_ms']:.1f} ms (target <{TARGETS['p95_ms']:.0f}) "
              f"{_mark(t['p95_ms'] < TARGETS['p95_ms'])}, max {t['max_ms']:.1f} ms, first call {t['first_ms']:.1f} ms")
    print(f"\nmisses ({len(fig['misses'])}):")
    for row in fig["misses"]:
        error = f"  [guard raised {row['error']}]" if row["error"] else ""
        print(f"  {row['class']:>2} {row['language']:<3} {row['case']:<28} {row['field']:<18} {row['text']!r}{error}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="emit the figures as JSON instead of the table")
    parser.add_argument("--runs", type=int, default=200, help="timed runs of the 5,000-character allegation")
    args = parser.parse_args(argv)
    fig = figures(args.runs)
    if args.json:
        print(json.dumps(fig, ensure_ascii=False, indent=2))
    else:
        print_table(fig)
    return 0


if __name__ == "__main__":
    sys.exit(main())
