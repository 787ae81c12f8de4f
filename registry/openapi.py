"""The OpenAPI 3.1 document of the read-only JSON API, built from the same lists the API uses.

Record schemas follow publicview.PUBLIC_KEYS and RETRACTION_KEYS (a test fails if they drift);
filter parameters take their allowed values from the vocabularies. No Flask here.
"""
from __future__ import annotations

from .domain import publicview, vocab
from .domain.search import FILTER_VOCABULARIES, MAX_QUERY_LENGTH
from .exports import CSV_COLUMNS

API_PREFIX = "/api/v1"
API_VERSION = "1.0.0"
DEFAULT_PER_PAGE = 25
MAX_PER_PAGE = 100
MAX_PAGE = 100_000
REFERENCE_PATTERN = f"^{publicview.REFERENCE_PATTERN}$"
CACHE_SECONDS = 60
LICENSE = "AGPL-3.0-or-later"  # the software's licence (pyproject.toml), as an SPDX identifier

_NULLABLE_STRING = {"type": ["string", "null"]}
_DATETIME = {"type": "string", "format": "date-time"}
_NULLABLE_DATETIME = {"type": ["string", "null"], "format": "date-time"}


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _term_list(vocabulary: str) -> dict:
    return {
        "type": "array",
        "items": {
            "type": "object",
            "required": ["slug", "label"],
            "additionalProperties": False,
            "properties": {
                "slug": {"type": "string", "enum": sorted(vocab.slugs(vocabulary))},
                "label": {"type": "string"},
            },
        },
        "description": f"Terms of the '{vocabulary}' vocabulary (see /vocabularies).",
    }


def _enum(vocabulary: str) -> dict:
    return {"type": "string", "enum": [t.slug for t in vocab.VOCABULARIES[vocabulary]]}


ALLEGATION_PROPERTIES: dict[str, dict] = {
    "reference": {"type": "string", "pattern": REFERENCE_PATTERN, "description": "Stable reference, never reused."},
    "status": {"const": "published"},
    "url": {"type": "string", "format": "uri", "description": "The allegation's page on the registry."},
    "title": {"type": "string"},
    "country": {"type": "string", "pattern": "^[A-Z]{2}$", "description": "ISO 3166-1 alpha-2 code of the State alleged responsible."},
    "country_name": {"type": "string"},
    "region": {"type": ["string", "null"], "pattern": "^[A-Z]{2}-[A-Z0-9]{1,3}$",
               "description": "ISO 3166-2 code of a subdivision of the country (e.g. TN-61), the most precise "
                              "place published; null when withheld. Names are at /vocabularies."},
    "region_name": {**_NULLABLE_STRING, "description": "The subdivision's name from ISO 3166-2 (e.g. Sfax); "
                                                       "null when withheld."},
    "mechanisms": _term_list("mechanisms"),
    "mechanism_detail": _NULLABLE_STRING,
    "engagement_kinds": _term_list("engagement_kinds"),
    "reprisal_types": _term_list("reprisal_types"),
    "perpetrators": _term_list("perpetrators"),
    "victim_type": _enum("victim_types"),
    "victim_categories": _term_list("victim_categories"),
    "victim_count": {"type": "integer", "minimum": 0},
    "victim_names": {"type": "array", "items": {"type": "string"},
                     "description": "Names published with the victims' recorded consent only; usually empty."},
    "incident_date": {"type": ["string", "null"], "pattern": r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$",
                      "description": "As precise as approved: YYYY, YYYY-MM or YYYY-MM-DD."},
    "incident_date_precision": _enum("date_precisions"),
    "reported_date": {"type": ["string", "null"], "pattern": r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$",
                      "description": "As precise as approved: YYYY-MM by default (the day can tell who reported), "
                                     "YYYY or YYYY-MM-DD."},
    "reported_date_precision": _enum("date_precisions"),
    "summary": {"type": "string", "description": "The redacted public narrative."},
    "case_status": _enum("case_statuses"),
    "follow_ups": {"type": "array", "items": _ref("FollowUp"), "description": "Dated public updates, oldest first."},
    "published_at": _DATETIME,
    "updated_at": _DATETIME,
}
RETRACTION_PROPERTIES: dict[str, dict] = {
    "reference": ALLEGATION_PROPERTIES["reference"],
    "status": {"const": "retracted"},
    "url": ALLEGATION_PROPERTIES["url"],
    "published_at": _NULLABLE_DATETIME,
    "updated_at": _NULLABLE_DATETIME,
    "retracted_at": _DATETIME,
    "retraction_reason": {"type": "string", "description": "The public reason for the retraction."},
}
assert tuple(ALLEGATION_PROPERTIES) == publicview.PUBLIC_KEYS, "OpenAPI schema out of step with PUBLIC_KEYS"
assert tuple(RETRACTION_PROPERTIES) == publicview.RETRACTION_KEYS, "OpenAPI schema out of step with RETRACTION_KEYS"

FILTER_DESCRIPTIONS = {
    "country": "ISO 3166-1 alpha-2 code of the State alleged responsible, in upper case.",
    "mechanism": "Slug of the 'mechanisms' vocabulary.",
    "reprisal_type": "Slug of the 'reprisal_types' vocabulary.",
    "perpetrator": "Slug of the 'perpetrators' vocabulary.",
    "year": "Year of the incident.",
    "status": "Case status: slug of the 'case_statuses' vocabulary.",
    "q": f"Full-text search in the public text (title, summary, region name, follow-ups); words are matched "
         f"as prefixes of the last word; longer queries are cut to {MAX_QUERY_LENGTH} characters.",
}


def _filter_parameters() -> list[dict]:
    schemas = {
        "country": {"type": "string", "enum": [t.slug for t in vocab.countries()]},
        **{name: {"type": "string", "enum": [t.slug for t in vocab.VOCABULARIES[v]]}
           for name, v in FILTER_VOCABULARIES.items()},
        "year": {"type": "integer", "minimum": 1945, "maximum": 9999},
        "status": _enum("case_statuses"),
        "q": {"type": "string"},
    }
    return [{"name": name, "in": "query", "required": False, "description": FILTER_DESCRIPTIONS[name],
             "schema": schema} for name, schema in schemas.items()]


# Every parameter the list takes: the API refuses each given twice or empty (q may be empty).
QUERY_PARAMETERS = (*FILTER_DESCRIPTIONS, "page", "per_page")


def _json(schema: dict, description: str, *, cached: bool = True) -> dict:
    response = {"description": description, "content": {"application/json": {"schema": schema}}}
    if cached:
        response["headers"] = {
            "ETag": {"schema": {"type": "string"}, "description": "Send it back in If-None-Match to get a 304."},
            "Cache-Control": {"schema": {"type": "string"}, "description": f"public, max-age={CACHE_SECONDS}"},
        }
    return response


# Every operation declares its client errors (4XX: a wrong method, an unknown address, ...),
# and the list its 400; each has the one error shape.
CLIENT_ERRORS = {"4XX": {"$ref": "#/components/responses/Error"}, "default": {"$ref": "#/components/responses/Error"}}
ERRORS = {"400": {"$ref": "#/components/responses/InvalidParameter"}, **CLIENT_ERRORS}
NOT_MODIFIED = {"304": {"description": "Not modified (the If-None-Match ETag still matches)."}}


def csv_columns_markdown() -> str:
    return "\n".join(f"| `{name}` | {description} |" for name, description in CSV_COLUMNS)


def description() -> str:
    return (
        "Read-only access to the published allegations of the Reprisal Registry: allegations of "
        "intimidation and reprisals against people who cooperate with the United Nations on human rights.\n\n"
        "Everything here is public and needs no key. Only the public, redacted record of an allegation is "
        "ever served; a retracted allegation is served as a retraction notice (status `retracted`) "
        "without its former content.\n\n"
        "**Parameters.** Filter values that are not understood (an unknown country code or vocabulary slug, "
        "a year that is not a number, a page or per_page out of range), and parameters given empty or twice "
        "(`country=`, `year=1&year=2`; an empty `q` is no search), are refused with `400` and an error "
        "of code `invalid_parameter` whose `details` name each parameter. Parameters this API does not define "
        "are ignored.\n\n"
        "**Errors** all have one shape: `{\"error\": {\"code\": ..., \"message\": ..., \"details\"?: {...}}}`.\n\n"
        f"**Caching.** Successful responses carry `Cache-Control: public, max-age={CACHE_SECONDS}` and an `ETag`; "
        "a request with a matching `If-None-Match` gets `304 Not Modified`.\n\n"
        "**CORS.** Every response carries `Access-Control-Allow-Origin: *` (no credentials); preflight "
        "`OPTIONS` requests are answered.\n\n"
        "**Downloads.** The whole dataset (published allegations and retraction notices) is at "
        "`/data/allegations.csv` and `/data/allegations.json` (outside this API's base path). The JSON "
        "download is `{\"data\": [records], \"meta\": {\"generated_at\", \"total\"}}` with records as in this API. "
        "The CSV columns (UTF-8, comma-separated, RFC 4180 quoting; a cell that begins with `=`, `+`, `-`, "
        "`@`, a tab or a carriage return is prefixed with `'` so that spreadsheets do not run it as a formula):\n\n"
        "| column | meaning |\n|---|---|\n" + csv_columns_markdown()
    )


def document(base_url: str) -> dict:
    """The OpenAPI 3.1 document, with the server at BASE_URL + /api/v1."""
    page_parameters = [
        {"name": "page", "in": "query", "required": False, "description": "Page number, from 1.",
         "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE, "default": 1}},
        {"name": "per_page", "in": "query", "required": False, "description": "Allegations per page.",
         "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PER_PAGE, "default": DEFAULT_PER_PAGE}},
    ]
    link = {"type": ["string", "null"], "format": "uri"}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Reprisal Registry API", "version": API_VERSION, "description": description(),
                 "license": {"name": "GNU Affero General Public License v3.0 or later",
                             "identifier": LICENSE},
                 "contact": {"name": "Reprisal Registry", "url": base_url.rstrip("/") + "/about"}},
        "servers": [{"url": base_url.rstrip("/") + API_PREFIX}],
        # Everything is public: no operation needs a key (said once, for every operation).
        "security": [],
        "paths": {
            "/allegations": {
                "get": {
                    "operationId": "listAllegations",
                    "summary": "Published allegations, newest publication first, filtered and paginated",
                    "parameters": _filter_parameters() + page_parameters,
                    "responses": {
                        "200": _json(_ref("AllegationPage"), "One page of published allegations."),
                        **NOT_MODIFIED, **ERRORS,
                    },
                },
            },
            "/allegations/{reference}": {
                "get": {
                    "operationId": "getAllegation",
                    "summary": "One published allegation, or the retraction notice of a retracted one",
                    "parameters": [{"name": "reference", "in": "path", "required": True,
                                    "schema": {"type": "string", "pattern": REFERENCE_PATTERN},
                                    "description": "The allegation's reference, e.g. RR-2026-0001."}],
                    "responses": {
                        "200": _json(_ref("PublicRecord"), "The public record or the retraction notice."),
                        **NOT_MODIFIED,
                        "404": {"$ref": "#/components/responses/NotFound"},
                        **CLIENT_ERRORS,
                    },
                },
            },
            "/vocabularies": {
                "get": {
                    "operationId": "getVocabularies",
                    "summary": "The controlled vocabularies, the country list and each country's subdivisions",
                    "responses": {"200": _json(_ref("Vocabularies"), "Every vocabulary."), **NOT_MODIFIED,
                                  **CLIENT_ERRORS},
                },
            },
            "/openapi.json": {
                "get": {
                    "operationId": "getOpenAPI",
                    "summary": "This document",
                    "responses": {"200": _json({"type": "object"}, "The OpenAPI 3.1 document."), **NOT_MODIFIED,
                                  **CLIENT_ERRORS},
                },
            },
        },
        "components": {
            "schemas": {
                "FollowUp": {
                    "type": "object", "additionalProperties": False,
                    "required": ["date", "kind", "kind_label", "text", "added_at"],
                    "properties": {
                        "date": {"type": "string", "format": "date"},
                        "kind": _enum("follow_up_kinds"),
                        "kind_label": {"type": "string"},
                        "text": {"type": "string"},
                        "added_at": _NULLABLE_DATETIME,
                    },
                },
                "Allegation": {"type": "object", "additionalProperties": False,
                               "required": list(publicview.PUBLIC_KEYS), "properties": ALLEGATION_PROPERTIES},
                "RetractionNotice": {"type": "object", "additionalProperties": False,
                                     "required": list(publicview.RETRACTION_KEYS),
                                     "properties": RETRACTION_PROPERTIES},
                "PublicRecord": {"oneOf": [_ref("Allegation"), _ref("RetractionNotice")]},
                "AllegationPage": {
                    "type": "object", "additionalProperties": False, "required": ["data", "meta", "links"],
                    "properties": {
                        "data": {"type": "array", "items": _ref("Allegation"), "maxItems": MAX_PER_PAGE},
                        "meta": {"type": "object", "additionalProperties": False,
                                 "required": ["page", "per_page", "total", "pages"],
                                 "properties": {"page": {"type": "integer", "minimum": 1},
                                                "per_page": {"type": "integer", "minimum": 1, "maximum": MAX_PER_PAGE},
                                                "total": {"type": "integer", "minimum": 0},
                                                "pages": {"type": "integer", "minimum": 1}}},
                        "links": {"type": "object", "additionalProperties": False,
                                  "required": ["self", "next", "prev", "first", "last"],
                                  "properties": {"self": {"type": "string", "format": "uri"}, "next": link,
                                                 "prev": link, "first": {"type": "string", "format": "uri"},
                                                 "last": {"type": "string", "format": "uri"}},
                                  "description": "Absolute URLs; next and prev are null at the ends."},
                    },
                },
                "VocabularyTerm": {"type": "object", "additionalProperties": False,
                                   "required": ["slug", "label", "description"],
                                   "properties": {"slug": {"type": "string"}, "label": {"type": "string"},
                                                  "description": {"type": "string"}}},
                "Vocabularies": {
                    "type": "object", "additionalProperties": False,
                    "required": [*vocab.VOCABULARIES, "countries", "subdivisions"],
                    "properties": {
                        **{name: {"type": "array", "items": _ref("VocabularyTerm")} for name in vocab.VOCABULARIES},
                        "countries": {"type": "array", "items": {
                            "type": "object", "additionalProperties": False, "required": ["code", "name"],
                            "properties": {"code": {"type": "string", "pattern": "^[A-Z]{2}$"},
                                           "name": {"type": "string"}}}},
                        "subdivisions": {
                            "type": "object", "propertyNames": {"pattern": "^[A-Z]{2}$"},
                            "description": "ISO 3166-2 subdivisions by ISO 3166-1 alpha-2 country code, sorted by "
                                           "name: the only values an allegation's region takes.",
                            "additionalProperties": {"type": "array", "items": {
                                "type": "object", "additionalProperties": False, "required": ["code", "name", "type"],
                                "properties": {"code": {"type": "string", "pattern": "^[A-Z]{2}-[A-Z0-9]{1,3}$"},
                                               "name": {"type": "string"}, "type": {"type": "string"}}}}},
                    },
                },
                "Error": {
                    "type": "object", "additionalProperties": False, "required": ["error"],
                    "properties": {"error": {
                        "type": "object", "additionalProperties": False, "required": ["code", "message"],
                        "properties": {
                            "code": {"type": "string", "description": "Stable, machine-readable: invalid_parameter, not_found, method_not_allowed, ..."},
                            "message": {"type": "string", "description": "For people."},
                            "details": {"type": "object", "additionalProperties": {"type": "string"},
                                        "description": "For invalid_parameter: a message for each parameter refused."},
                        },
                    }},
                },
            },
            "responses": {
                "InvalidParameter": {"description": "A parameter was refused (code invalid_parameter).",
                                     "content": {"application/json": {"schema": _ref("Error")}}},
                "NotFound": {"description": "Nothing public has this reference (code not_found).",
                             "content": {"application/json": {"schema": _ref("Error")}}},
                "Error": {"description": "Any other error, in the same shape.",
                          "content": {"application/json": {"schema": _ref("Error")}}},
            },
        },
    }
