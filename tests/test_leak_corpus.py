"""The leak guard against the red team's corpus (bench/leak_corpus.py): the lead's target, class by class.

Each class test fails listing every planted form the guard let through; they fail against the guard
as it was when the corpus was written, by design. The corpus tests check the corpus itself.
"""
from __future__ import annotations

import functools
import re

import pytest

from bench import leak_corpus
from bench.leak_corpus import CASES, CLASS_NAMES, CLEAN, FORMS, LISTED_NOWHERE, span
from bench.leak_guard import TARGETS, clean_results, planted_results

UN_LANGUAGES = {"ar", "zh", "en", "fr", "ru", "es"}


@functools.cache
def _planted() -> tuple[dict, ...]:
    return tuple(planted_results())


def _misses(cls: int) -> list[str]:
    return [f"{r['language']} {r['case']} {r['field']}: {r['text']!r}" + (f" [raised {r['error']}]" if r["error"] else "")
            for r in _planted() if r["class"] == cls and not r["caught"]]


# The planted forms the guard still misses (bench/leak_guard.py prints them). Each class test
# fails on any other miss, so the guard can only get better; today it misses none of the corpus
# (bench/leak_holdout.py, a corpus it was not tuned on, says what it still misses).
KNOWN_MISSES: set[tuple[str, str]] = set()


@pytest.mark.parametrize("cls", sorted(CLASS_NAMES), ids=[f"{c}-{CLASS_NAMES[c].replace(' ', '-')}" for c in sorted(CLASS_NAMES)])
def test_guard_misses_no_planted_form_of_class_beyond_the_known_ones(cls):
    rows = [r for r in _planted() if r["class"] == cls]
    misses = [f"{r['language']} {r['case']} {r['field']}: {r['text']!r}" + (f" [raised {r['error']}]" if r["error"] else "")
              for r in rows if not r["caught"] and ((r["case"], r["text"]) not in KNOWN_MISSES or r["error"])]
    assert not misses, (f"class {cls} ({CLASS_NAMES[cls]}): {len(misses)} of {len(rows)} planted forms newly missed:\n"
                        + "\n".join(misses))


def test_clean_summaries_stay_under_the_false_positive_budget():
    rows = clean_results()
    errors = [f"{r['case']}: {r['error']}" for r in rows if r["error"]]
    assert not errors, "guard raised on clean summaries:\n" + "\n".join(errors)
    mean = sum(len(r["hits"]) for r in rows) / len(rows)
    worst = sorted(rows, key=lambda r: -len(r["hits"]))[:5]
    assert mean <= TARGETS["false_positives_mean"], (
        f"{mean:.2f} false-positive hits per clean summary; worst: "
        + "; ".join(f"{r['case']}: {[h['text'] for h in r['hits']]}" for r in worst))


# ---------------------------------------------------------------------------------------------
# The corpus itself.

def test_corpus_is_large_and_covers_every_class_and_language():
    assert len(FORMS) >= 400
    assert {form.cls for _case, form in FORMS} == set(CLASS_NAMES)
    languages = {form.language for _case, form in FORMS}
    assert UN_LANGUAGES <= languages
    assert len(languages - UN_LANGUAGES) >= 4
    assert len(CLEAN) >= 100
    assert UN_LANGUAGES <= {case.language for case in CLEAN}
    ids = [case.id for case in CASES + CLEAN]
    assert len(ids) == len(set(ids))


def test_every_planted_form_occurs_in_its_field():
    for case, form in FORMS:
        start, end = span(case, form)  # raises when the text is not there
        assert case.texts[form.field][start:end] == form.text


def test_corpus_is_deterministic():
    assert [(c.id, c.texts) for c in leak_corpus._lookalikes()] == [
        (c.id, c.texts) for c in CASES if "-look-" in c.id]
    assert [c.texts for c in leak_corpus._clean()] == [c.texts for c in CLEAN]


def _structured_values(case) -> list[str]:
    """Private values the guard is given as values: names, contacts, place, ids, details, the source."""
    p = case.private
    values = list(p.get("victim_names", [])) + [o["name"] for o in p.get("other_people", [])]
    values += [p.get(key, "") for key in ("victim_contacts", "exact_location", "identifying_details", "source_contact")]
    values += list(p.get("id_numbers", []))
    values += list(case.context.get("organisation_names", ())) + list(case.context.get("submitter_names", ()))
    return [v.casefold() for v in values if v]


def test_listed_nowhere_forms_are_in_no_structured_private_field():
    for case, form in FORMS:
        if form.cls in LISTED_NOWHERE:
            assert not any(form.text.casefold() in value for value in _structured_values(case)), (case.id, form.text)


def test_false_positive_marks_never_cover_the_planted_form():
    for case, form in FORMS:
        if form.cls == 11:
            assert case.false_positives, case.id
            assert all((m["field"], m["text"]) != (form.field, form.text) for m in case.false_positives), case.id


def test_clean_summaries_hold_no_private_name_or_number():
    for case in CLEAN:
        public = " ".join(case.texts.values()).casefold()
        names = case.private["victim_names"] + [o["name"] for o in case.private["other_people"]]
        for name in names:
            assert name.casefold() not in public, (case.id, name)
        for number in case.private["id_numbers"] + [case.private["victim_contacts"].splitlines()[0]]:
            digits = re.sub(r"\D", "", number)
            assert digits not in re.sub(r"\D", "", public) or len(digits) < 7, (case.id, number)
