"""The allow-list: a published allegation → the public dict. The ONLY door to public output.

Pages, feeds, the API and the downloads render what these functions return and nothing else.
They read the allow-listed attributes of an allegation by name; a field added to the model is
invisible to the public until someone adds it to PUBLIC_KEYS below, on purpose, with a test.
Public surfaces open their sessions with Database.public_session(), which holds no key ring:
even a mistaken attempt to open private data there fails instead of leaking.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Iterator

from sqlalchemy.orm import defer
from sqlmodel import Session, select

from . import vocab
from .models import Allegation, FollowUp, State

# The keys of a published allegation's public record, in order (the API schema and the CSV
# columns follow this list).
PUBLIC_KEYS = (
    "reference", "status", "url", "title", "country", "country_name", "region", "region_name",
    "mechanisms", "mechanism_detail", "engagement_kinds", "reprisal_types", "perpetrators",
    "victim_type", "victim_categories", "victim_count", "victim_names",
    "incident_date", "incident_date_precision", "reported_date", "reported_date_precision", "summary", "case_status",
    "follow_ups", "published_at", "updated_at",
)
# A retraction notice keeps only these: the old content must be gone from every surface.
RETRACTION_KEYS = ("reference", "status", "url", "published_at", "updated_at", "retracted_at", "retraction_reason")
PUBLIC_STATES = (State.published, State.retracted)
# RR-YYYY-NNNN (publish assigns it). Anything else is simply not found, and never reaches the
# database: PostgreSQL answers a NUL in a string with an error, not with an empty result.
REFERENCE_PATTERN = r"RR-[0-9]{4}-[0-9]{4,}"
_REFERENCE = re.compile(REFERENCE_PATTERN)


def is_reference(text: str) -> bool:
    return bool(_REFERENCE.fullmatch(text or ""))


def public_select():
    """SELECT of allegations for public surfaces: the sealed private column is never even loaded.

    raiseload makes any access to it raise instead of quietly querying it.
    """
    return select(Allegation).options(defer(Allegation.private_sealed, raiseload=True))


def iso(value) -> str | None:
    """ISO 8601 with Z for datetimes (UTC), plain for dates."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return value.isoformat()


def date_text(date: dt.date | None, precision: str) -> str | None:
    """A date only as precise as approved: 2026, 2026-03 or 2026-03-14."""
    if date is None:
        return None
    return {"year": f"{date.year:04d}", "month": f"{date.year:04d}-{date.month:02d}"}.get(precision, date.isoformat())


def _terms(vocabulary: str, slugs: list) -> list[dict]:
    return [{"slug": s, "label": vocab.label(vocabulary, s)} for s in slugs]


def public_region(allegation: Allegation) -> tuple[str | None, str | None]:
    """(ISO 3166-2 code, name) of the region, or (None, None) when withheld.

    Only a subdivision of the allegation's own country is ever shown: a stored value that is
    anything else (free text from before migration 0004, or written past the workflow) could
    name the victim's village, so it is withheld rather than published.
    """
    if allegation.region and vocab.is_subdivision(allegation.country, allegation.region):
        return allegation.region.upper(), vocab.subdivision_name(allegation.region)
    return None, None


def allegation_url(base_url: str, reference: str) -> str:
    return f"{base_url.rstrip('/')}/allegations/{reference}"


def public_allegation(allegation: Allegation, follow_ups: list[FollowUp], base_url: str) -> dict:
    """The public record of a published allegation (allow-listed fields only)."""
    if allegation.state != State.published or not allegation.reference:
        raise ValueError("only a published allegation has a public record")
    region, region_name = public_region(allegation)
    record = {
        "reference": allegation.reference,
        "status": "published",
        "url": allegation_url(base_url, allegation.reference),
        "title": allegation.title,
        "country": allegation.country,
        "country_name": vocab.country_name(allegation.country),
        "region": region,
        "region_name": region_name,
        "mechanisms": _terms("mechanisms", allegation.mechanisms),
        "mechanism_detail": allegation.mechanism_detail or None,
        "engagement_kinds": _terms("engagement_kinds", allegation.engagement_kinds),
        "reprisal_types": _terms("reprisal_types", allegation.reprisal_types),
        "perpetrators": _terms("perpetrators", allegation.perpetrators),
        "victim_type": allegation.victim_type,
        "victim_categories": _terms("victim_categories", allegation.victim_categories),
        "victim_count": allegation.victim_count,
        # Names only where consent to naming was recorded and a moderator approved them.
        "victim_names": list(allegation.public_victim_names),
        "incident_date": date_text(allegation.incident_date, allegation.incident_date_precision),
        "incident_date_precision": allegation.incident_date_precision,
        # Month by default: the day an allegation was reported can tell who reported it.
        "reported_date": date_text(allegation.reported_date, allegation.reported_date_precision),
        "reported_date_precision": allegation.reported_date_precision,
        "summary": allegation.summary,
        "case_status": allegation.case_status,
        "follow_ups": [
            {"date": iso(f.happened_on), "kind": f.kind, "kind_label": vocab.label("follow_up_kinds", f.kind),
             "text": f.body, "added_at": iso(f.created_at)}
            for f in sorted(follow_ups, key=lambda f: (f.happened_on, f.id or 0))
        ],
        "published_at": iso(allegation.published_at),
        "updated_at": iso(allegation.updated_at),
    }
    assert tuple(record) == PUBLIC_KEYS
    return record


def retraction_notice(allegation: Allegation, base_url: str) -> dict:
    """What stays public of a retracted allegation: its reference, the date and the reason."""
    if allegation.state != State.retracted or not allegation.reference:
        raise ValueError("only a retracted allegation has a retraction notice")
    return {
        "reference": allegation.reference,
        "status": "retracted",
        "url": allegation_url(base_url, allegation.reference),
        "published_at": iso(allegation.published_at),
        "updated_at": iso(allegation.updated_at),
        "retracted_at": iso(allegation.retracted_at),
        "retraction_reason": allegation.retraction_reason,
    }


def _follow_ups_by_allegation(session: Session, ids: list[int]) -> dict[int, list[FollowUp]]:
    found: dict[int, list[FollowUp]] = {i: [] for i in ids}
    if ids:
        for f in session.exec(select(FollowUp).where(FollowUp.allegation_id.in_(ids))):
            found[f.allegation_id].append(f)
    return found


def public_records(session: Session, allegations: list[Allegation], base_url: str) -> list[dict]:
    """Public records (or retraction notices) for allegations in public states, in the given order."""
    allegations = [a for a in allegations if a.state in PUBLIC_STATES and a.reference]
    follow_ups = _follow_ups_by_allegation(session, [a.id for a in allegations if a.state == State.published])
    return [
        public_allegation(a, follow_ups[a.id], base_url) if a.state == State.published
        else retraction_notice(a, base_url)
        for a in allegations
    ]


def retraction_feed_terms(session: Session) -> dict[str, dict]:
    """For each retracted allegation, the country, mechanisms and reprisal types it was filed under.

    Only the feeds use this, to route a retraction notice into the same filtered feeds that
    carried the allegation, so their subscribers learn of the retraction. These terms were
    public while it was published; they are not part of the notice any surface shows.
    """
    # Retraction empties the allegation's public columns; it keeps these terms in feed_terms.
    rows = session.exec(select(Allegation.reference, Allegation.feed_terms)
                        .where(Allegation.state == State.retracted, Allegation.reference.is_not(None)))
    return {reference: {"country": (terms or {}).get("country", ""),
                        "mechanisms": list((terms or {}).get("mechanisms") or []),
                        "reprisal_types": list((terms or {}).get("reprisal_types") or [])}
            for reference, terms in rows}


def public_record(session: Session, reference: str, base_url: str) -> dict | None:
    """The public record for a reference, or None when nothing public has that reference."""
    if not is_reference(reference):
        return None
    allegation = session.exec(
        public_select().where(Allegation.reference == reference, Allegation.state.in_(PUBLIC_STATES))
    ).first()
    return public_records(session, [allegation], base_url)[0] if allegation else None


def iter_public_records(session: Session, base_url: str, *, include_retracted: bool = True,
                        batch: int = 500) -> Iterator[dict]:
    """Every public record, newest publication first, read in batches so memory stays flat."""
    states = PUBLIC_STATES if include_retracted else (State.published,)
    last: tuple | None = None
    while True:
        query = public_select().where(Allegation.state.in_(states), Allegation.reference.is_not(None))
        if last is not None:
            query = query.where(
                (Allegation.published_at < last[0]) | ((Allegation.published_at == last[0]) & (Allegation.id < last[1]))
            )
        rows = list(session.exec(query.order_by(Allegation.published_at.desc(), Allegation.id.desc()).limit(batch)))
        if not rows:
            return
        yield from public_records(session, rows, base_url)
        session.expunge_all()
        last = (rows[-1].published_at, rows[-1].id)
