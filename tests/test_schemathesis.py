"""Property-based: the API against its own OpenAPI document, with schemathesis (4.x Python API).

Hypothesis generates requests from the document the app serves; every response must be a
non-5xx answer matching the documented schema for its status (records, pages, errors).
Examples are bounded so the whole file runs in well under a minute.
"""
from __future__ import annotations

import datetime as dt

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode

from registry.domain import workflow

from .test_api import publish, retract


@pytest.fixture
def references(database, users):
    """Data to find: two published allegations (one with a follow-up) and a retracted one."""
    first_id, first = publish(database, users)
    _, second = publish(database, users, title="Journalist's passport confiscated after UPR session", country="BY",
            region="BY-HM", mechanisms=["upr"], reprisal_types=["travel-ban"], incident_date=dt.date(2025, 6, 1),
            incident_date_precision="month")
    with database.transaction() as session:
        workflow.add_follow_up(session, users["moderator"], first_id, "un-action", dt.date(2026, 4, 2),
                               "The Special Rapporteur sent a communication.")
    retracted_id, retracted = publish(database, users, title="Later retracted")
    retract(database, users, retracted_id)
    return [first, second, retracted]


@pytest.fixture
def api_schema(app, references):
    """The app's own OpenAPI document, loaded through WSGI."""
    return schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)


# Schemathesis' own pytest integration (schema.parametrize / pytest.from_fixture) breaks on pytest 9
# (it sets the removed Function._nodeid), so each operation runs as a plain Hypothesis test
# over the operation's strategy: the same generation and the same checks.
OPERATIONS = [("/allegations", "GET"), ("/allegations/{reference}", "GET"), ("/vocabularies", "GET"),
              ("/openapi.json", "GET")]


# Negative cases (values outside the schema, which must be refused with a documented 400) exist
# only for operations that take parameters.
CASES = [(path, method, GenerationMode.POSITIVE) for path, method in OPERATIONS] + \
        [(path, method, GenerationMode.NEGATIVE) for path, method in OPERATIONS[:2]]


@pytest.mark.parametrize("path, method, mode", CASES)
def test_api_conforms_to_its_openapi_document(api_schema, path, method, mode):
    """Every check schemathesis has (call_and_validate's default): status codes, content types,
    headers and bodies as documented; invalid input refused, valid input accepted."""
    operation = api_schema[path][method]

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=50 if "{" in path or "allegations" in path else 10, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    def check(case):
        case.call_and_validate()

    check()


def test_existing_records_and_retraction_notices_conform(api_schema, references):
    """Generated references almost never exist: the real ones are checked explicitly."""
    operation = api_schema["/allegations/{reference}"]["GET"]
    for reference in references:
        response = operation.Case(path_parameters={"reference": reference}).call_and_validate()
        assert response.status_code == 200


def test_every_documented_operation_is_exercised(api_schema):
    documented = {(path, method.upper()) for path, item in api_schema.raw_schema["paths"].items() for method in item}
    assert documented == set(OPERATIONS)
