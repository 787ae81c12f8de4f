"""Counts of published allegations for the statistics page (and anyone else who wants them).

Only allegations in the published state count: a retracted allegation is no longer an
allegation of the registry. Counts read public columns only (incident year, country and the
vocabulary terms), never anything sealed.
"""
from __future__ import annotations

from sqlalchemy import extract, func
from sqlmodel import Session, select

from . import vocab
from .models import Allegation, AllegationTerm, State

# The vocabularies counted, by the key of the result.
COUNTED_VOCABULARIES = {"by_reprisal_type": "reprisal_types", "by_mechanism": "mechanisms",
                        "by_perpetrator": "perpetrators"}


def _rows(counts, label) -> list[dict]:
    rows = [{"key": key, "label": label(key), "count": count} for key, count in counts if key not in (None, "")]
    return sorted(rows, key=lambda r: (-r["count"], r["label"]))


def public_statistics(session: Session) -> dict:
    """Total and counts per incident year, country, reprisal type, mechanism and perpetrator.

    Each breakdown is a list of {"key", "label", "count"}; years run oldest first, the others
    most frequent first. An allegation with two reprisal types counts once under each.
    """
    published = Allegation.state == State.published
    total = session.exec(select(func.count()).select_from(Allegation).where(published)).one()
    year = extract("year", Allegation.incident_date)
    by_year = session.exec(select(year, func.count()).where(published, Allegation.incident_date.is_not(None))
                           .group_by(year).order_by(year)).all()
    by_country = session.exec(select(Allegation.country, func.count()).where(published)
                              .group_by(Allegation.country)).all()
    result = {
        "total": total,
        "by_year": [{"key": int(y), "label": str(int(y)), "count": c} for y, c in by_year if y is not None],
        "by_country": _rows(by_country, vocab.country_name),
    }
    for key, vocabulary in COUNTED_VOCABULARIES.items():
        counts = session.exec(
            select(AllegationTerm.slug, func.count())
            .join(Allegation, Allegation.id == AllegationTerm.allegation_id)
            .where(published, AllegationTerm.vocabulary == vocabulary)
            .group_by(AllegationTerm.slug)
        ).all()
        result[key] = _rows(counts, lambda slug, v=vocabulary: vocab.label(v, slug))
    return result
