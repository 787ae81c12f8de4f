"""The public region: one of the country's ISO 3166-2 subdivisions (pycountry), or none.

A free-text region let a moderator publish a victim's village. These tests hold every door:
the vocabulary, the one validation in workflow.clean_fields, the forms, the public record and
its surfaces, and the review page's notice for regions migration 0004 emptied.
"""
from __future__ import annotations

import csv
import io
import re

import pycountry
import pytest
from sqlalchemy import text
from sqlmodel import select

from registry.domain import publicview, queue, vocab, workflow
from registry.domain.errors import ValidationFailed
from registry.domain.models import Allegation, AuditRecord

from .factories import allegation_data, make_draft, make_in_review, make_published_allegation, review_url, submission_url


def _reference(database, allegation_id):
    with database.transaction() as session:
        return session.get(Allegation, allegation_id).reference


def _publish(database, users, **overrides):
    with database.transaction() as session:
        return make_published_allegation(session, users["submitter_a"], users["moderator"],
                                         users["second_moderator"], **overrides).id


def _options(page: str, select_id: str = "region") -> list[tuple[str, str]]:
    found = re.search(rf'<select[^>]*id="{select_id}"[^>]*>(.*?)</select>', page, re.S)
    assert found, f"no select #{select_id}"
    return re.findall(r'<option[^>]*value="([^"]*)"[^>]*>([^<]*)</option>', found.group(1))


# ---------------------------------------------------------------------------------------------
# The vocabulary.

def test_subdivisions_come_from_pycountry_with_code_name_and_type():
    tunisia = vocab.subdivisions("tn")
    assert len(tunisia) == len(pycountry.subdivisions.get(country_code="TN"))
    sfax = next(s for s in tunisia if s.code == "TN-61")
    assert (sfax.name, sfax.type) == (pycountry.subdivisions.get(code="TN-61").name, "Governorate") == ("Sfax", "Governorate")
    assert vocab.subdivision_name("tn-61") == "Sfax"
    assert vocab.subdivision_name("TN-99") == "" and vocab.subdivision_name("") == ""
    assert vocab.is_subdivision("TN", "TN-61") and vocab.is_subdivision("tn", "tn-61")
    assert not vocab.is_subdivision("EG", "TN-61")
    assert not vocab.is_subdivision("TN", "Sfax governorate")
    assert vocab.subdivisions("XX") == ()


def test_vocabularies_endpoint_serves_subdivisions_by_country(anonymous):
    data = anonymous.get("/api/v1/vocabularies").get_json()
    assert {"code": "TN-61", "name": "Sfax", "type": "Governorate"} in data["subdivisions"]["TN"]
    assert set(data["subdivisions"]) <= {c["code"] for c in data["countries"]}
    assert all(s["code"].startswith(country + "-") for country, terms in data["subdivisions"].items() for s in terms)


# ---------------------------------------------------------------------------------------------
# The one validation: workflow.clean_fields.

@pytest.mark.parametrize("country, region", [("TN", "TN-61"), ("BY", "BY-HM"), ("CO", "co-dc"), ("GB", "GB-SCT")])
def test_a_subdivision_of_the_country_is_stored_as_its_code(database, users, country, region):
    with database.transaction() as session:
        allegation = make_draft(session, users["submitter_a"], country=country, region=region)
        assert workflow.working_copy(session, allegation).region == region.upper()


@pytest.mark.parametrize("region", ["Sfax governorate", "Sfax", "a village near Sfax", "TN-99", "TN"])
def test_free_text_or_an_unknown_code_is_refused_beside_the_field(database, users, region):
    with database.transaction() as session, pytest.raises(ValidationFailed) as refused:
        make_draft(session, users["submitter_a"], region=region)
    assert set(refused.value.details["fields"]) == {"region"}
    assert "subdivisions of Tunisia, or none" in refused.value.details["fields"]["region"]


def test_a_region_of_another_country_is_refused(database, users):
    with database.transaction() as session, pytest.raises(ValidationFailed) as refused:
        make_draft(session, users["submitter_a"], country="EG", region="TN-61")
    assert refused.value.details["fields"] == {
        "region": "Sfax (TN-61) is not a subdivision of Egypt: choose one of its subdivisions, or none."}


def test_a_region_needs_a_country(database, users):
    with database.transaction() as session, pytest.raises(ValidationFailed) as refused:
        make_draft(session, users["submitter_a"], country="", region="TN-61")
    assert "Choose the State first" in refused.value.details["fields"]["region"]


def test_region_is_checked_against_the_stored_country_and_a_new_country_against_the_stored_region(database, users):
    sub, mod = users["submitter_a"], users["moderator"]
    with database.transaction() as session:
        draft = make_draft(session, sub)  # TN, TN-61
        with pytest.raises(ValidationFailed) as refused:
            workflow.update_draft(session, sub, draft.id, {"region": "EG-ALX"}, expected_version=None)
        assert "not a subdivision of Tunisia" in refused.value.details["fields"]["region"]
        workflow.update_draft(session, sub, draft.id, {"region": "TN-11"}, expected_version=None)
        assert workflow.working_copy(session, draft).region == "TN-11"
    with database.transaction() as session:
        in_review = make_in_review(session, sub, mod)
        with pytest.raises(ValidationFailed) as refused:
            workflow.edit(session, mod, in_review.id, {"country": "EG"}, expected_version=None)
        assert "Sfax (TN-61) is not a subdivision of Egypt" in refused.value.details["fields"]["region"]
        workflow.edit(session, mod, in_review.id, {"country": "EG", "region": ""}, expected_version=None)
        copy = workflow.working_copy(session, in_review)
        assert (copy.country, copy.region) == ("EG", "")


def test_correction_to_free_text_is_refused(database, users):
    allegation_id = _publish(database, users)
    with database.transaction() as session, pytest.raises(ValidationFailed):
        workflow.correct(session, users["moderator"], allegation_id, {"region": "Rue des Oliviers"},
                         expected_version=None)


def test_region_is_no_free_text_field_but_the_guard_reads_its_name(database, users):
    assert "region" not in workflow.PUBLIC_TEXT_FIELDS
    with database.transaction() as session:
        allegation = make_in_review(session, users["submitter_a"], users["moderator"])
        assert workflow.public_texts(session, allegation)["region"] == "Sfax"


# ---------------------------------------------------------------------------------------------
# The forms.

def test_intake_form_lists_no_subdivision_until_a_country_is_saved(submitter_a):
    page = submitter_a.get("/submissions/new").get_data(as_text=True)
    assert _options(page) == [("", "None (withhold the region)")]
    assert "save the draft to refresh it" in page
    assert 'data-subdivisions-url="/api/v1/vocabularies"' in page and "region.js" in page


def test_draft_form_lists_the_subdivisions_of_its_country(submitter_a, database, users):
    with database.transaction() as session:
        draft_id = make_draft(session, users["submitter_a"]).id
    options = _options(submitter_a.get(submission_url(database, draft_id, "/edit")).get_data(as_text=True))
    assert options[0] == ("", "None (withhold the region)")
    assert sorted(code for code, _name in options[1:]) == sorted(s.code for s in vocab.subdivisions("TN"))
    assert ("TN-61", "Sfax") in options
    page = submitter_a.get(submission_url(database, draft_id, "/edit")).get_data(as_text=True)
    assert re.search(r'<option selected value="TN-61">Sfax</option>', page)


def test_a_region_of_the_previous_country_is_a_form_error_and_nothing_is_lost(submitter_a, database, users):
    with database.transaction() as session:
        draft = make_draft(session, users["submitter_a"])
        draft_id, version = draft.id, draft.version
    form = {"version": str(version), "title": "Changed title", "country": "EG", "region": "TN-61",
            "incident_date_precision": "day", "victim_type": "individual", "victim_count": "1", "save": "Save"}
    response = submitter_a.post(submission_url(database, draft_id, "/edit"), form)
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert 'id="region-error"' in page and "Sfax (TN-61) is not a subdivision of Egypt" in page
    assert 'value="Changed title"' in page  # nothing typed is lost
    options = _options(page)
    assert ("EG-ALX", vocab.subdivision_name("EG-ALX")) in options  # the new country's list ...
    assert re.search(r'<option selected value="TN-61">Sfax \(TN-61\)</option>', page)  # ... and the choice kept
    with database.transaction() as session:
        stored = workflow.working_copy(session, session.get(Allegation, draft_id))
        assert (stored.country, stored.region, stored.title) == ("TN", "TN-61", allegation_data()["title"])


def test_moderator_form_lists_subdivisions_and_refuses_another_countrys(moderator, database, users):
    with database.transaction() as session:
        allegation = make_in_review(session, users["submitter_a"], users["moderator"])
        allegation_id, version = allegation.id, allegation.version
    page = moderator.get(review_url(database, allegation_id, "")).get_data(as_text=True)
    assert ("TN-61", "Sfax") in _options(page) and _options(page)[0] == ("", "None (withhold the region)")
    from .test_moderate import _edit_data

    with database.transaction() as session:
        data = _edit_data(workflow.working_copy(session, session.get(Allegation, allegation_id)), region="BY-HM")
    response = moderator.post(review_url(database, allegation_id, "/edit"), data)
    assert response.status_code == 400
    assert "is not a subdivision of Tunisia" in response.get_data(as_text=True)
    with database.transaction() as session:
        assert session.get(Allegation, allegation_id).version == version


def test_correction_form_lists_the_subdivisions(moderator, database, users):
    allegation_id = _publish(database, users)
    page = moderator.get(review_url(database, allegation_id, "")).get_data(as_text=True)
    assert ("TN-11", "Tunis") in _options(page)


# ---------------------------------------------------------------------------------------------
# The public record and its surfaces: the code, with its name beside it.

def test_public_record_has_the_code_and_its_name(anonymous, database, users):
    allegation_id = _publish(database, users)
    reference = _reference(database, allegation_id)
    record = anonymous.get(f"/api/v1/allegations/{reference}").get_json()
    assert (record["region"], record["region_name"]) == ("TN-61", "Sfax")
    assert list(record).index("region_name") == list(record).index("region") + 1
    page = anonymous.get(f"/allegations/{reference}").get_data(as_text=True)
    assert '<span class="muted">Sfax</span>' in page and "TN-61" not in page
    rows = list(csv.DictReader(io.StringIO(anonymous.get("/data/allegations.csv").get_data(as_text=True))))
    assert (rows[0]["region"], rows[0]["region_name"]) == ("TN-61", "Sfax")


def test_withheld_region_is_null_everywhere(anonymous, database, users):
    reference = _reference(database, _publish(database, users, region=""))
    record = anonymous.get(f"/api/v1/allegations/{reference}").get_json()
    assert (record["region"], record["region_name"]) == (None, None)
    rows = list(csv.DictReader(io.StringIO(anonymous.get("/data/allegations.csv").get_data(as_text=True))))
    assert (rows[0]["region"], rows[0]["region_name"]) == ("", "")


def test_a_stored_region_that_is_no_subdivision_of_the_country_is_never_published(anonymous, database, users):
    allegation_id = _publish(database, users)
    with database.engine.begin() as connection:  # past the workflow, as before migration 0004
        connection.execute(text("UPDATE allegation SET region = 'Menzel Chaker' WHERE id = :i"), {"i": allegation_id})
    reference = _reference(database, allegation_id)
    record = anonymous.get(f"/api/v1/allegations/{reference}").get_json()
    assert (record["region"], record["region_name"]) == (None, None)
    assert "Menzel Chaker" not in anonymous.get(f"/allegations/{reference}").get_data(as_text=True)
    assert "Menzel Chaker" not in anonymous.get("/data/allegations.csv").get_data(as_text=True)
    with database.transaction() as session:  # ... and the leak guard still reads it as it stands
        assert workflow.public_texts(session, session.get(Allegation, allegation_id))["region"] == "Menzel Chaker"


def test_search_finds_the_regions_name(anonymous, database, users):
    _publish(database, users, region="TN-31")  # Béja
    found = anonymous.get("/api/v1/allegations?q=beja").get_json()
    assert found["meta"]["total"] == 1 and found["data"][0]["region_name"] == "Béja"


def test_public_keys_and_csv_columns_carry_region_name():
    from registry.exports import CSV_HEADER

    assert publicview.PUBLIC_KEYS.index("region_name") == publicview.PUBLIC_KEYS.index("region") + 1
    assert CSV_HEADER.index("region_name") == CSV_HEADER.index("region") + 1


# ---------------------------------------------------------------------------------------------
# The review page's notice for a region migration 0004 emptied.

def _cleared_by_migration(database, allegation_id):
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE allegation SET region = '' WHERE id = :i"), {"i": allegation_id})
    with database.transaction() as session:
        session.add(AuditRecord(allegation_id=allegation_id, actor_id=None, action=queue.REGION_CLEARED_BY_MIGRATION,
                                fields=["region"]))


def test_review_page_shows_the_notice_while_the_emptied_region_stays_empty(moderator, database, users):
    with database.transaction() as session:
        allegation_id = make_in_review(session, users["submitter_a"], users["moderator"]).id
    assert 'id="region-cleared"' not in moderator.get(review_url(database, allegation_id, "")).get_data(as_text=True)
    _cleared_by_migration(database, allegation_id)
    page = moderator.get(review_url(database, allegation_id, "")).get_data(as_text=True)
    assert 'id="region-cleared"' in page and "region cleared by migration" in page  # and in the audit trail
    with database.transaction() as session:
        workflow.edit(session, users["moderator"], allegation_id, {"region": "TN-11"}, expected_version=None)
    assert 'id="region-cleared"' not in moderator.get(review_url(database, allegation_id, "")).get_data(as_text=True)
    with database.transaction() as session:  # a moderator withholding it later is a decision, not the migration's
        workflow.edit(session, users["moderator"], allegation_id, {"region": ""}, expected_version=None)
        assert session.exec(select(AuditRecord.action).order_by(AuditRecord.id.desc())).first() == "edit"
    assert 'id="region-cleared"' not in moderator.get(review_url(database, allegation_id, "")).get_data(as_text=True)


def test_region_name_follows_the_page_language(anonymous, database, users):
    reference = _reference(database, _publish(database, users, country="CA", region="CA-BC"))
    page = anonymous.get(f"/allegations/{reference}").get_data(as_text=True)
    assert '<span class="muted">British Columbia</span>' in page
    page = anonymous.get(f"/allegations/{reference}?lang=fr").get_data(as_text=True)
    assert '<span class="muted">Colombie-Britannique</span>' in page  # pycountry's French catalogue
    assert anonymous.get(f"/api/v1/allegations/{reference}").get_json()["region_name"] == "British Columbia"
