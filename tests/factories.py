"""Test data built through the real domain functions, as the web and the demo build it."""
from __future__ import annotations

import datetime as dt

from registry.domain import workflow

PRIVATE_NAME = "Zainab Okonkwo-Haddad"
PRIVATE_PLACE = "14 Rue des Oliviers, Sfax"
# Tunis: a subdivision of the default country that names no place of the private details.
SAFE_REGION = "TN-11"


def allegation_data(**overrides) -> dict:
    data = {
        "title": "Lawyer detained after briefing the Human Rights Council",
        "country": "TN",
        "region": "TN-61",  # Sfax: an ISO 3166-2 subdivision of TN
        "mechanisms": ["hrc"],
        "engagement_kinds": ["testified"],
        "reprisal_types": ["arbitrary-detention", "threats"],
        "perpetrators": ["police"],
        "victim_type": "individual",
        "victim_categories": ["lawyer", "hrd"],
        "victim_count": 1,
        "incident_date": dt.date(2026, 3, 14),
        "incident_date_precision": "day",
        "victim_names": [PRIVATE_NAME],
        "victim_contacts": "zainab.o@example.net, +216 74 555 0199",
        "exact_location": PRIVATE_PLACE,
        "id_numbers": ["TN-4471902"],
        "original_narrative": (
            f"{PRIVATE_NAME} briefed the Council in Geneva. On her return she was detained at her "
            f"home at {PRIVATE_PLACE} and questioned for two days about her statement."
        ),
        "source_contact": "Call our focal point on +216 71 000 111",
        "consent_to_naming": False,
        "consent_to_share_un": True,
    }
    if "country" in overrides and "region" not in overrides:
        data["region"] = ""  # the default region is a subdivision of the default country only
    data.update(overrides)
    return data


def make_draft(session, submitter, **overrides):
    return workflow.create_draft(session, submitter, allegation_data(**overrides))


def make_submitted(session, submitter, **overrides):
    allegation = make_draft(session, submitter, **overrides)
    return workflow.submit(session, submitter, allegation.id)


SAFE_SUMMARY = (
    "A lawyer who briefed the Human Rights Council was detained at [location withheld] on return "
    "and questioned for two days about the statement."
)


def make_in_review(session, submitter, moderator, **overrides):
    allegation = make_submitted(session, submitter, **overrides)
    return workflow.claim(session, moderator, allegation.id)


def make_approved(session, submitter, moderator, summary=SAFE_SUMMARY, **overrides):
    allegation = make_in_review(session, submitter, moderator, **overrides)
    workflow.edit(session, moderator, allegation.id, {"summary": summary}, expected_version=allegation.version)
    return workflow.approve(session, moderator, allegation.id)


def make_published_allegation(session, submitter, moderator, publisher, **overrides):
    allegation = make_approved(session, submitter, moderator, **overrides)
    return workflow.publish(session, publisher, allegation.id)


# Submission and review URLs carry the allegation's random handle, never its id.

def handle_of(database, allegation) -> str:
    """The handle of an allegation, given the object or its id."""
    if not isinstance(allegation, int):
        return allegation.handle
    from registry.domain.models import Allegation

    with database.transaction() as session:
        return session.get(Allegation, allegation).handle


def review_url(database, allegation, suffix: str = "") -> str:
    return f"/moderate/allegations/{handle_of(database, allegation)}{suffix}"


def submission_url(database, allegation, suffix: str = "") -> str:
    return f"/submissions/{handle_of(database, allegation)}{suffix}"


def allegation_id_from_url(database, url: str) -> int:
    """The id of the allegation whose handle a submission or review URL carries."""
    import re

    from sqlmodel import select

    from registry.domain.models import Allegation

    handle = re.search(r"/(?:submissions|moderate/allegations)/([A-Za-z0-9_-]+)", url).group(1)
    with database.transaction() as session:
        return session.exec(select(Allegation.id).where(Allegation.handle == handle)).one()
