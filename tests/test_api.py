"""The read-only JSON API through the test client: records, filters, pagination, errors, CORS, caching."""
from __future__ import annotations

import datetime as dt
import json
import re

import jsonschema
import pytest
from openapi_spec_validator import validate as validate_openapi
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from registry import openapi
from registry.domain import publicview, workflow

from .factories import PRIVATE_NAME, PRIVATE_PLACE, SAFE_REGION, make_in_review, make_published_allegation

PRIVATE_VALUES = (PRIVATE_NAME, "Okonkwo", PRIVATE_PLACE, "Oliviers", "zainab.o@example.net", "+216 74 555 0199",
                  "TN-4471902", "+216 71 000 111", "focal point", "Defenders Network A", "alice@ngo-a.example")


def publish(database, users, **overrides):
    if "country" not in overrides:
        overrides.setdefault("region", SAFE_REGION)  # the factory's region names the private town
    with database.transaction() as session:
        allegation = make_published_allegation(session, users["submitter_a"], users["moderator"],
                                               users["second_moderator"], **overrides)
        return allegation.id, allegation.reference


def retract(database, users, allegation_id, reason="The organisation that reported it could not confirm it."):
    with database.transaction() as session:
        workflow.retract(session, users["moderator"], allegation_id, reason)


def assert_no_private_values(text: str):
    for value in PRIVATE_VALUES:
        assert value.lower() not in text.lower(), f"private value {value!r} in a public response"


def schema_validator(document: dict, name: str) -> jsonschema.Draft202012Validator:
    """A validator for one component schema of the OpenAPI document, resolving its $refs."""
    registry = Registry().with_resource("urn:openapi", Resource.from_contents(document, default_specification=DRAFT202012))
    return jsonschema.Draft202012Validator({"$ref": f"urn:openapi#/components/schemas/{name}"},
                                           registry=registry, format_checker=jsonschema.FormatChecker())


@pytest.fixture
def two_published(database, users):
    first = publish(database, users, title="Lawyer detained after briefing the Human Rights Council")
    second = publish(database, users, title="Journalist's passport confiscated after UPR session", country="BY",
                     region="BY-HM", mechanisms=["upr"], reprisal_types=["travel-ban"],
                     perpetrators=["security-forces"], incident_date=dt.date(2025, 6, 1))
    return first, second


# --- list -----------------------------------------------------------------------------------

def test_list_returns_public_records_with_meta_and_links(anonymous, two_published):
    response = anonymous.get("/api/v1/allegations")
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    body = response.get_json()
    assert [r["reference"] for r in body["data"]] == [two_published[1][1], two_published[0][1]]  # newest first
    assert tuple(body["data"][0]) == publicview.PUBLIC_KEYS
    assert body["meta"] == {"page": 1, "per_page": 25, "total": 2, "pages": 1}
    assert body["links"]["self"] == "http://registry.test/api/v1/allegations?page=1&per_page=25"
    assert body["links"]["next"] is None and body["links"]["prev"] is None
    assert body["data"][0]["url"] == f"http://registry.test/allegations/{two_published[1][1]}"
    assert_no_private_values(response.get_data(as_text=True))


def test_list_filters_by_country_mechanism_type_perpetrator_year_and_status(anonymous, two_published):
    by = {
        "country=BY": two_published[1][1], "country=TN": two_published[0][1],
        "mechanism=upr": two_published[1][1], "reprisal_type=arbitrary-detention": two_published[0][1],
        "perpetrator=security-forces": two_published[1][1], "year=2025": two_published[1][1],
    }
    for query, reference in by.items():
        body = anonymous.get(f"/api/v1/allegations?{query}").get_json()
        assert [r["reference"] for r in body["data"]] == [reference], query
    assert anonymous.get("/api/v1/allegations?status=resolved").get_json()["meta"]["total"] == 0
    assert anonymous.get("/api/v1/allegations?status=ongoing").get_json()["meta"]["total"] == 2


def test_list_full_text_search(anonymous, two_published):
    body = anonymous.get("/api/v1/allegations?q=passport").get_json()
    assert [r["reference"] for r in body["data"]] == [two_published[1][1]]
    assert "q=passport" in body["links"]["self"]
    assert anonymous.get("/api/v1/allegations?q=nothing-like-this").get_json()["data"] == []


def test_private_values_are_not_searchable(anonymous, two_published):
    for word in ("Okonkwo", "Oliviers", "4471902"):
        assert anonymous.get(f"/api/v1/allegations?q={word}").get_json()["meta"]["total"] == 0


def test_pagination_links_walk_every_page(anonymous, database, users):
    references = [publish(database, users, title=f"Allegation number {n}")[1] for n in range(5)]
    seen, url, pages = [], "/api/v1/allegations?per_page=2&country=TN", 0
    while url:
        body = anonymous.get(url.replace("http://registry.test", "")).get_json()
        pages += 1
        assert body["meta"]["pages"] == 3 and body["meta"]["total"] == 5
        assert body["links"]["first"].endswith("country=TN&page=1&per_page=2")
        assert body["links"]["last"].endswith("country=TN&page=3&per_page=2")
        seen += [r["reference"] for r in body["data"]]
        url = body["links"]["next"]
    assert pages == 3 and sorted(seen) == sorted(references) and len(set(seen)) == 5
    last = anonymous.get("/api/v1/allegations?per_page=2&country=TN&page=3").get_json()
    assert last["links"]["next"] is None and last["links"]["prev"].endswith("page=2&per_page=2")


def test_page_beyond_the_end_is_empty_not_an_error(anonymous, two_published):
    body = anonymous.get("/api/v1/allegations?page=9").get_json()
    assert body["data"] == [] and body["meta"]["total"] == 2 and body["links"]["next"] is None


def test_list_leaves_out_unpublished_and_retracted(anonymous, database, users, two_published):
    with database.transaction() as session:
        make_in_review(session, users["submitter_a"], users["moderator"], title="Still in review")
    retract(database, users, two_published[0][0])
    body = anonymous.get("/api/v1/allegations").get_json()
    assert [r["reference"] for r in body["data"]] == [two_published[1][1]]
    assert "Still in review" not in anonymous.get("/api/v1/allegations?q=review").get_data(as_text=True)


@pytest.mark.parametrize("query, parameter", [
    ("country=XX", "country"), ("mechanism=nope", "mechanism"), ("reprisal_type=x", "reprisal_type"),
    ("perpetrator=aliens", "perpetrator"), ("year=20x4", "year"), ("year=1200", "year"), ("status=lost", "status"),
    ("page=0", "page"), ("page=-1", "page"), ("page=abc", "page"), ("page=100001", "page"),
    ("per_page=0", "per_page"), ("per_page=101", "per_page"), ("per_page=1.5", "per_page"),
    ("page=%C2%B2", "page"), ("page=" + "9" * 5000, "page"), ("per_page=%D9%A3", "per_page"),
])
def test_invalid_parameter_is_refused_with_the_error_shape(anonymous, query, parameter):
    response = anonymous.get(f"/api/v1/allegations?{query}")
    assert response.status_code == 400
    error = response.get_json()["error"]
    assert error["code"] == "invalid_parameter"
    assert parameter in error["message"] and set(error["details"]) == {parameter}
    assert response.headers["Access-Control-Allow-Origin"] == "*"


def test_several_invalid_parameters_are_all_named(anonymous):
    error = anonymous.get("/api/v1/allegations?country=XX&per_page=500").get_json()["error"]
    assert set(error["details"]) == {"country", "per_page"}


def test_unknown_parameters_are_ignored(anonymous, two_published):
    body = anonymous.get("/api/v1/allegations?colour=blue&sort=oldest").get_json()
    assert body["meta"]["total"] == 2


def test_per_page_is_honoured(anonymous, two_published):
    body = anonymous.get("/api/v1/allegations?per_page=1").get_json()
    assert len(body["data"]) == 1 and body["meta"]["pages"] == 2
    assert body["links"]["next"] == "http://registry.test/api/v1/allegations?page=2&per_page=1"


# --- one allegation -------------------------------------------------------------------------

def test_one_allegation_is_its_public_record(anonymous, database, users):
    allegation_id, reference = publish(database, users)
    with database.transaction() as session:
        workflow.add_follow_up(session, users["moderator"], allegation_id, "un-action", dt.date(2026, 4, 2),
                               "The Special Rapporteur sent a communication to the Government.")
    response = anonymous.get(f"/api/v1/allegations/{reference}")
    assert response.status_code == 200
    record = response.get_json()
    assert tuple(record) == publicview.PUBLIC_KEYS
    assert record["reference"] == reference and record["status"] == "published"
    assert record["follow_ups"][0]["kind"] == "un-action"
    assert record["victim_names"] == []  # no consent to naming
    assert_no_private_values(response.get_data(as_text=True))


def test_retracted_allegation_is_a_notice_without_its_content(anonymous, database, users):
    allegation_id, reference = publish(database, users)
    retract(database, users, allegation_id, "Withdrawn at the request of the person concerned.")
    response = anonymous.get(f"/api/v1/allegations/{reference}")
    assert response.status_code == 200
    record = response.get_json()
    assert tuple(record) == publicview.RETRACTION_KEYS
    assert record["status"] == "retracted"
    assert record["retraction_reason"] == "Withdrawn at the request of the person concerned."
    text = response.get_data(as_text=True)
    assert "Lawyer detained" not in text and "questioned for two days" not in text
    assert_no_private_values(text)


def test_unknown_or_unpublished_reference_is_404_in_the_error_shape(anonymous, database, users):
    with database.transaction() as session:
        make_in_review(session, users["submitter_a"], users["moderator"])
    for reference in ("RR-2026-9999", "nothing", "1"):
        response = anonymous.get(f"/api/v1/allegations/{reference}")
        assert response.status_code == 404
        assert response.get_json() == {"error": {"code": "not_found",
                                                 "message": "No published allegation has this reference."}}


# --- vocabularies, errors, CORS, caching ----------------------------------------------------

def test_vocabularies_are_served(anonymous):
    body = anonymous.get("/api/v1/vocabularies").get_json()
    assert {"slug": "travel-ban", "label": "Travel ban or restriction",
            "description": "Confiscated passports, denied exit or entry, travel bans."} in body["reprisal_types"]
    assert {"code": "TN", "name": "Tunisia"} in body["countries"]
    assert set(body) >= {"mechanisms", "perpetrators", "case_statuses", "countries"}


def test_unknown_api_path_and_wrong_method_answer_json_errors(anonymous):
    missing = anonymous.get("/api/v1/nothing-here")
    assert missing.status_code == 404 and missing.get_json()["error"]["code"] == "not_found"
    assert missing.headers["Access-Control-Allow-Origin"] == "*"
    wrong = anonymous.client.post("/api/v1/allegations")
    assert wrong.status_code == 405
    assert wrong.get_json()["error"]["code"] == "method_not_allowed"
    assert set(wrong.get_json()) == {"error"}


def test_api_is_open_to_other_origins_without_credentials(anonymous, two_published):
    response = anonymous.get("/api/v1/allegations", headers={"Origin": "https://researcher.example"})
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response.headers
    assert "ETag" in response.headers["Access-Control-Expose-Headers"]


@pytest.mark.parametrize("path", ["/api/v1/allegations", "/api/v1/vocabularies", "/data/allegations.csv"])
def test_preflight_is_answered(anonymous, path):
    response = anonymous.client.options(path, headers={
        "Origin": "https://researcher.example", "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "If-None-Match"})
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert set(response.headers["Access-Control-Allow-Methods"].split(", ")) == {"GET", "HEAD", "OPTIONS"}
    assert "If-None-Match" in response.headers["Access-Control-Allow-Headers"]
    assert "POST" not in response.headers["Access-Control-Allow-Methods"]


def test_pages_of_the_website_get_no_cors_headers(anonymous):
    response = anonymous.get("/")
    assert response.status_code == 200 and "Access-Control-Allow-Origin" not in response.headers


def test_responses_are_cacheable_and_conditional(anonymous, two_published):
    first = anonymous.get("/api/v1/allegations?country=BY")
    assert first.headers["Cache-Control"] == "public, max-age=60"
    etag = first.headers["ETag"]
    again = anonymous.get("/api/v1/allegations?country=BY", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.get_data() == b""
    other = anonymous.get("/api/v1/allegations?country=TN", headers={"If-None-Match": etag})
    assert other.status_code == 200


def test_etag_changes_when_the_allegation_changes(anonymous, database, users):
    allegation_id, reference = publish(database, users)
    etag = anonymous.get(f"/api/v1/allegations/{reference}").headers["ETag"]
    with database.transaction() as session:
        workflow.add_follow_up(session, users["moderator"], allegation_id, "state-response", dt.date(2026, 4, 3),
                               "The Government replied that an investigation was opened.")
    response = anonymous.get(f"/api/v1/allegations/{reference}", headers={"If-None-Match": etag})
    assert response.status_code == 200 and response.get_json()["follow_ups"]


def test_head_requests_work(anonymous, two_published):
    response = anonymous.client.head("/api/v1/allegations")
    assert response.status_code == 200 and response.get_data() == b""


# --- the OpenAPI document ---------------------------------------------------------------------

def test_openapi_document_is_valid_openapi_31(anonymous):
    response = anonymous.get("/api/v1/openapi.json")
    assert response.status_code == 200
    document = response.get_json()
    validate_openapi(document)  # raises on any violation of the OpenAPI 3.1 schema
    assert document["openapi"] == "3.1.0"
    assert document["servers"] == [{"url": "http://registry.test/api/v1"}]
    assert set(document["paths"]) == {"/allegations", "/allegations/{reference}", "/vocabularies", "/openapi.json"}
    parameters = {p["name"] for p in document["paths"]["/allegations"]["get"]["parameters"]}
    assert parameters == {"country", "mechanism", "reprisal_type", "perpetrator", "year", "status", "q",
                          "page", "per_page"}


def test_openapi_record_schemas_follow_the_public_view():
    document = openapi.document("http://registry.test")
    schemas = document["components"]["schemas"]
    assert tuple(schemas["Allegation"]["properties"]) == publicview.PUBLIC_KEYS
    assert schemas["Allegation"]["required"] == list(publicview.PUBLIC_KEYS)
    assert tuple(schemas["RetractionNotice"]["properties"]) == publicview.RETRACTION_KEYS


def test_responses_match_the_openapi_document(anonymous, database, users, two_published):
    document = anonymous.get("/api/v1/openapi.json").get_json()
    allegation_id, reference = publish(database, users, title="Activist followed after the UPR")
    retract(database, users, allegation_id)
    with database.transaction() as session:
        workflow.add_follow_up(session, users["moderator"], two_published[0][0], "un-action", dt.date(2026, 4, 2),
                               "A communication was sent.")
    checks = [
        ("/api/v1/allegations?per_page=1", "AllegationPage"),
        ("/api/v1/allegations?q=lawyer", "AllegationPage"),
        (f"/api/v1/allegations/{two_published[0][1]}", "PublicRecord"),
        (f"/api/v1/allegations/{reference}", "PublicRecord"),
        ("/api/v1/vocabularies", "Vocabularies"),
        ("/api/v1/allegations?country=XX", "Error"),
        ("/api/v1/allegations/RR-1999-0001", "Error"),
        ("/api/v1/nowhere", "Error"),
    ]
    for url, name in checks:
        schema_validator(document, name).validate(anonymous.get(url).get_json())
    with pytest.raises(jsonschema.ValidationError):  # the schemas are strict enough to notice a stray key
        record = anonymous.get(f"/api/v1/allegations/{two_published[0][1]}").get_json()
        schema_validator(document, "PublicRecord").validate({**record, "victim_contacts": "x"})


@pytest.mark.parametrize("year", ["%C2%B2", "9" * 5000])
def test_unparseable_year_is_a_400_not_a_500(anonymous, year):
    assert anonymous.get(f"/api/v1/allegations?year={year}").status_code == 400


def test_reported_date_is_published_to_the_month_unless_a_moderator_chooses(anonymous, database, users):
    """The day an allegation was reported can tell who reported it: month precision by default."""
    allegation_id, reference = publish(database, users)
    with database.transaction() as session:
        from registry.domain.models import Allegation

        reported = session.get(Allegation, allegation_id).reported_date
    record = anonymous.get(f"/api/v1/allegations/{reference}").get_json()
    assert record["reported_date"] == reported.strftime("%Y-%m")
    assert record["reported_date_precision"] == "month"
    page = anonymous.get(f"/allegations/{reference}").get_data(as_text=True)
    shown = re.search(r'Reported to the registry</dt><dd><time datetime="([^"]+)">([^<]+)</time>', page)
    assert shown.group(1) == reported.strftime("%Y-%m") and shown.group(2) == reported.strftime("%B %Y")
    csv_text = anonymous.get("/data/allegations.csv").get_data(as_text=True)
    assert f",{reported:%Y-%m},month," in csv_text

    with database.transaction() as session:
        allegation = session.get(Allegation, allegation_id)
        workflow.correct(session, users["moderator"], allegation_id, {"reported_date_precision": "year"},
                         expected_version=allegation.version)
    record = anonymous.get(f"/api/v1/allegations/{reference}").get_json()
    assert record["reported_date"] == str(reported.year) and record["reported_date_precision"] == "year"
    assert workflow.clean_fields({"reported_date_precision": "day"}, allowed=workflow.PUBLIC_FIELDS)
    with pytest.raises(workflow.ValidationFailed):
        workflow.clean_fields({"reported_date_precision": "hour"}, allowed=workflow.PUBLIC_FIELDS)


@pytest.mark.parametrize("query", ["country=", "perpetrator=", "reprisal_type=", "mechanism=", "year=", "page=",
                                   "per_page=", "status=", "country=%20", "country=tn", "country=Tn",
                                   "country=TN&country=BY", "page=1&page=2"])
def test_empty_repeated_or_off_enum_parameter_is_the_documented_400(anonymous, query):
    response = anonymous.get(f"/api/v1/allegations?{query}")
    assert response.status_code == 400, query
    error = response.get_json()["error"]
    assert error["code"] == "invalid_parameter" and query.split("=")[0] in error["details"]


def test_empty_search_is_no_search(anonymous, two_published):
    response = anonymous.get("/api/v1/allegations?q=")
    assert response.status_code == 200 and response.get_json()["meta"]["total"] == 2


def test_openapi_document_declares_licence_contact_no_security_and_client_errors(anonymous):
    document = anonymous.get("/api/v1/openapi.json").get_json()
    assert document["security"] == []
    assert document["info"]["license"]["identifier"] == "AGPL-3.0-or-later"
    assert document["info"]["contact"]["url"] == "http://registry.test/about"
    for path, item in document["paths"].items():
        for method, operation in item.items():
            assert any(code.startswith("4") for code in operation["responses"]), (path, method)
    text = json.dumps({k: v for k, v in document.items() if k != "components"}) + json.dumps(
        document["components"]["responses"])
    schemas = document["components"]["schemas"]
    referenced = set(re.findall(r"#/components/schemas/(\w+)", text + json.dumps(schemas)))
    assert set(schemas) <= referenced, set(schemas) - referenced  # no schema left unused
