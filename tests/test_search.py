"""Full-text search and filters of published allegations (registry.domain.search), and statistics."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from registry import db as dbmod
from registry.domain import search, statistics, workflow
from registry.domain.search import PublicFilters, find_public

from .factories import PRIVATE_NAME, PRIVATE_PLACE, SAFE_REGION, make_published_allegation, make_submitted

# The factory's region (Sfax) shares "Sfax" with its private exact location; published test
# allegations use a region that names no private place.


def publish(database, users, **overrides):
    if "country" not in overrides:
        overrides.setdefault("region", SAFE_REGION)
    with database.transaction() as session:
        allegation = make_published_allegation(session, users["submitter_a"], users["moderator"],
                                               users["second_moderator"], **overrides)
        return allegation.id


def found(database, **args) -> list[str]:
    filters, problems = PublicFilters.from_args(args)
    assert not problems, problems
    with database.public_session() as session:
        rows, total = find_public(session, filters)
        assert total == len(rows)
        return [a.title for a in rows]


def test_search_finds_words_of_title_summary_region_and_country(database, users):
    publish(database, users)
    publish(database, users, title="Journalist's passport confiscated", country="BY", region="BY-HM",
            summary="A journalist returning from the review had her passport confiscated at the airport.")
    assert found(database, q="lawyer") == ["Lawyer detained after briefing the Human Rights Council"]
    assert found(database, q="questioned two days") == ["Lawyer detained after briefing the Human Rights Council"]
    assert found(database, q="passport") == ["Journalist's passport confiscated"]
    assert found(database, q="minsk") == ["Journalist's passport confiscated"]
    assert found(database, q="Belarus") == ["Journalist's passport confiscated"]
    assert found(database, q="Tunisia") == ["Lawyer detained after briefing the Human Rights Council"]
    assert len(found(database, q="the")) == 2


def test_last_word_matches_as_a_prefix_and_every_word_must_appear(database, users):
    publish(database, users)
    assert len(found(database, q="detain")) == 1
    assert len(found(database, q="briefing detain")) == 1
    assert found(database, q="detain briefing passport") == []
    assert found(database, q="detai lawyer") == []  # only the last word is a prefix


def test_search_ignores_case_and_diacritics(database, users):
    publish(database, users, country="CO", region="CO-DC")  # Distrito Capital de Bogotá
    assert len(found(database, q="BOGOTA")) == 1
    assert len(found(database, q="bogotá")) == 1
    assert len(found(database, q="distrito capital")) == 1


def test_search_finds_follow_up_text(database, users):
    allegation_id = publish(database, users)
    assert found(database, q="communication") == []
    with database.transaction() as session:
        workflow.add_follow_up(session, users["moderator"], allegation_id, "un-action", dt.date(2026, 4, 2),
                               "The Special Rapporteur sent a communication to the Government.")
    assert len(found(database, q="rapporteur communication")) == 1


@pytest.mark.parametrize("private_word", [
    PRIVATE_NAME, "Okonkwo", "Zainab", "Oliviers", PRIVATE_PLACE, "Geneva", "home", "TN-4471902",
    "zainab.o@example.net", "focal point",
])
def test_search_never_finds_words_only_in_private_fields(database, users, private_word):
    publish(database, users)
    assert found(database, q=private_word) == []


def test_unpublished_allegations_are_not_searchable(database, users):
    with database.transaction() as session:
        make_submitted(session, users["submitter_a"], region=SAFE_REGION)
    assert found(database, q="lawyer") == []
    with database.public_session() as session:
        assert session.execute(text("SELECT count(*) FROM allegation_search")).scalar_one() == 0


def test_retraction_removes_the_allegation_from_the_index(database, users):
    allegation_id = publish(database, users)
    with database.transaction() as session:
        workflow.retract(session, users["moderator"], allegation_id, "Facts could not be confirmed.")
    assert found(database, q="lawyer") == []
    assert found(database, q="confirmed") == []
    with database.public_session() as session:
        assert session.execute(text("SELECT count(*) FROM allegation_search")).scalar_one() == 0


def test_correction_reindexes_the_public_text(database, users):
    allegation_id = publish(database, users)
    with database.transaction() as session:
        allegation = session.get(workflow.Allegation, allegation_id)
        workflow.correct(session, users["moderator"], allegation_id,
                         {"title": "Defender held after speaking to the Council"},
                         expected_version=allegation.version)
    assert found(database, q="briefing") == []  # the old title's word, not in the summary
    assert found(database, q="defender held") == ["Defender held after speaking to the Council"]


def test_reindex_all_rebuilds_from_published_allegations(database, users):
    publish(database, users)
    with database.transaction() as session:
        session.execute(text("DELETE FROM allegation_search"))
        assert search.reindex_all(session) == 1
    assert len(found(database, q="lawyer")) == 1


@pytest.mark.parametrize("hostile", [
    '"', '""', "'", "*", "lawyer*", '"lawyer" OR "x"', "lawyer OR NOT x", "NEAR(lawyer detained)",
    "title:lawyer", "^lawyer", "lawyer AND (", ")", "-lawyer", "lawyer\x00", "\x00", "a" * 5000,
    "lawyer & !detained | x:*", "' OR 1=1 --", "%", "_", "\\", "😀", "‮lawyer",
])
def test_hostile_queries_never_raise(database, users, hostile):
    publish(database, users)
    filters, _problems = PublicFilters.from_args({"q": hostile})
    with database.public_session() as session:
        rows, total = find_public(session, filters)
    assert total == len(rows) <= 1


def test_operators_are_searched_as_plain_words(database, users):
    publish(database, users)
    assert len(found(database, q='"lawyer" OR')) == 0  # "or" is a word that must appear
    assert len(found(database, q="lawyer*")) == 1
    assert len(found(database, q="title:lawyer")) == 0  # "title" is not in the text
    assert len(found(database, q="(lawyer) -detained")) == 1


def test_query_of_punctuation_alone_finds_nothing(database, users):
    publish(database, users)
    assert found(database, q="!!! ???") == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=300))
def test_any_text_is_a_safe_query(database, users, query):
    if not found(database):
        publish(database, users)
    filters, _problems = PublicFilters.from_args({"q": query})
    with database.public_session() as session:
        rows, total = find_public(session, filters)
    assert total == len(rows) <= 1


def test_query_tokens_keep_only_letters_and_digits():
    assert search.query_tokens('"Bogotá" OR x:* NEAR(ab_cd) \x00') == ["bogota", "or", "x", "near", "ab", "cd"]
    assert len(search.query_tokens("w " * 100)) == search.MAX_QUERY_TOKENS


def test_search_falls_back_to_like_without_the_index(database, users, app):
    publish(database, users)
    # Hide the index (renamed back afterwards: a PostgreSQL test database outlives the test).
    with database.engine.begin() as connection:
        connection.execute(text("ALTER TABLE allegation_search RENAME TO allegation_search_hidden"))
    fresh = dbmod.Database(database.url, database.cipher)  # a new engine: nothing cached
    try:
        filters, _ = PublicFilters.from_args({"q": "lawyer detai"})
        with fresh.public_session() as session:
            assert find_public(session, filters)[1] == 1
        filters, _ = PublicFilters.from_args({"q": "Okonkwo"})
        with fresh.public_session() as session:
            assert find_public(session, filters)[1] == 0
        filters, _ = PublicFilters.from_args({"q": "100%"})
        with fresh.public_session() as session:
            assert find_public(session, filters)[1] == 0
    finally:
        fresh.dispose()
        with database.engine.begin() as connection:
            connection.execute(text("ALTER TABLE allegation_search_hidden RENAME TO allegation_search"))


# ---------------------------------------------------------------------------------------------
# Filters.

def test_filters_combine(database, users):
    publish(database, users)  # TN, hrc, arbitrary-detention + threats, police, 2026, ongoing
    publish(database, users, title="Surveillance after UPR", country="BY", region="", mechanisms=["upr"],
            reprisal_types=["surveillance"], perpetrators=["security-forces"], incident_date=dt.date(2024, 5, 1),
            case_status="resolved")
    assert found(database, country="tn") == ["Lawyer detained after briefing the Human Rights Council"]
    assert found(database, mechanism="upr") == ["Surveillance after UPR"]
    assert found(database, reprisal_type="threats") == ["Lawyer detained after briefing the Human Rights Council"]
    assert found(database, perpetrator="security-forces") == ["Surveillance after UPR"]
    assert found(database, year="2024") == ["Surveillance after UPR"]
    assert found(database, status="resolved") == ["Surveillance after UPR"]
    assert found(database, country="BY", q="surveillance") == ["Surveillance after UPR"]
    assert found(database, country="BY", mechanism="hrc") == []
    assert len(found(database)) == 2


def test_unknown_filter_values_are_reported_not_raised():
    filters, problems = PublicFilters.from_args({"country": "ZZ", "mechanism": "nope", "year": "20x4",
                                                 "status": "<script>", "reprisal_type": "threats"})
    assert set(problems) == {"country", "mechanism", "year", "status"}
    assert filters == PublicFilters(reprisal_type="threats")


@pytest.mark.parametrize("year", ["²", "²⁰²⁴", "٢٠٢٤", "9" * 5000, "1944", "02024", "-2024", " "])
def test_odd_years_are_problems_not_exceptions(year):
    filters, problems = PublicFilters.from_args({"year": year})
    assert filters.year is None
    assert year.strip() == "" or "year" in problems


# ---------------------------------------------------------------------------------------------
# Statistics.

def test_statistics_count_published_allegations_only(database, users):
    publish(database, users)
    publish(database, users, country="BY", mechanisms=["upr", "hrc"], reprisal_types=["threats"],
            perpetrators=["unknown"], incident_date=dt.date(2024, 5, 1))
    retracted = publish(database, users, country="EG", incident_date=dt.date(2023, 1, 1))
    with database.transaction() as session:
        workflow.retract(session, users["moderator"], retracted, "Duplicate of another allegation.")
        make_submitted(session, users["submitter_a"], country="RU")
    with database.public_session() as session:
        figures = statistics.public_statistics(session)
    counts = {key: {row["key"]: row["count"] for row in figures[key]} for key in figures if key != "total"}
    assert figures["total"] == 2
    assert counts["by_year"] == {2024: 1, 2026: 1}
    assert counts["by_country"] == {"TN": 1, "BY": 1}
    assert counts["by_mechanism"] == {"hrc": 2, "upr": 1}
    assert counts["by_reprisal_type"] == {"threats": 2, "arbitrary-detention": 1}
    assert counts["by_perpetrator"] == {"police": 1, "unknown": 1}
    assert figures["by_mechanism"][0] == {"key": "hrc", "label": "Human Rights Council", "count": 2}
    assert [row["key"] for row in figures["by_year"]] == [2024, 2026]
