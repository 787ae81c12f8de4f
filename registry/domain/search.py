"""Finding published allegations: the filters of the website and API, and full-text search.

One interface, `find_public`, for pages, API and feeds. Full-text search uses SQLite FTS5 or
PostgreSQL tsvector behind it (see the migration that creates the index).
"""
from __future__ import annotations

import dataclasses

from sqlalchemy import extract, func
from sqlmodel import Session, select

from . import vocab
from .models import Allegation, AllegationTerm, State

FILTER_VOCABULARIES = {"mechanism": "mechanisms", "reprisal_type": "reprisal_types", "perpetrator": "perpetrators"}


@dataclasses.dataclass(frozen=True)
class PublicFilters:
    """What a reader can filter on; unknown values are dropped by `from_args`, never an error page."""

    country: str | None = None
    mechanism: str | None = None
    reprisal_type: str | None = None
    perpetrator: str | None = None
    year: int | None = None
    status: str | None = None  # case status: ongoing, resolved, unknown
    q: str | None = None

    @classmethod
    def from_args(cls, args) -> tuple["PublicFilters", dict[str, str]]:
        """Filters from query arguments, and a message for each argument that was not understood."""
        values, problems = {}, {}
        country = (args.get("country") or "").strip().upper()
        if country:
            if vocab.is_country(country):
                values["country"] = country
            else:
                problems["country"] = "Not an ISO 3166 country code."
        for name, vocabulary in FILTER_VOCABULARIES.items():
            slug = (args.get(name) or "").strip()
            if slug:
                if slug in vocab.slugs(vocabulary):
                    values[name] = slug
                else:
                    problems[name] = "Not a known choice."
        year = (args.get("year") or "").strip()
        if year:
            if year.isdigit() and 1945 <= int(year) <= 9999:
                values["year"] = int(year)
            else:
                problems["year"] = "Give a year such as 2024."
        status = (args.get("status") or "").strip()
        if status:
            if status in vocab.slugs("case_statuses"):
                values["status"] = status
            else:
                problems["status"] = "Not a known choice."
        q = " ".join((args.get("q") or "").split())[:200]
        if q:
            values["q"] = q
        return cls(**values), problems

    def as_args(self) -> dict:
        return {k: v for k, v in dataclasses.asdict(self).items() if v not in (None, "")}


def _filtered(filters: PublicFilters):
    query = select(Allegation).where(Allegation.state == State.published)
    if filters.country:
        query = query.where(Allegation.country == filters.country)
    for name, vocabulary in FILTER_VOCABULARIES.items():
        slug = getattr(filters, name)
        if slug:
            query = query.where(Allegation.id.in_(
                select(AllegationTerm.allegation_id).where(AllegationTerm.vocabulary == vocabulary,
                                                           AllegationTerm.slug == slug)))
    if filters.year:
        query = query.where(extract("year", Allegation.incident_date) == filters.year)
    if filters.status:
        query = query.where(Allegation.case_status == filters.status)
    if filters.q:
        query = query.where(_text_match(filters.q))
    return query


def _text_match(q: str):
    """Plain substring match on the public text fields (replaced by FTS where available)."""
    pattern = f"%{q.lower()}%"
    return func.lower(Allegation.title).like(pattern) | func.lower(Allegation.summary).like(pattern)


def find_public(session: Session, filters: PublicFilters, *, page: int = 1, per_page: int = 25):
    """Published allegations matching the filters, newest first, and how many match in all."""
    query = _filtered(filters)
    total = session.exec(select(func.count()).select_from(query.subquery())).one()
    rows = session.exec(query.order_by(Allegation.published_at.desc(), Allegation.id.desc())
                        .offset((page - 1) * per_page).limit(per_page)).all()
    return list(rows), total
