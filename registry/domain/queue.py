"""The moderation queue and the review page's data: read-only queries for staff.

Nothing here changes state; transitions live in workflow.py. Every function checks that the
actor is staff, because what it returns includes private values.
"""
from __future__ import annotations

import dataclasses

from sqlalchemy import func
from sqlmodel import Session, select

from . import workflow
from .errors import PermissionDenied
from .models import Allegation, AllegationTerm, AuditRecord, FollowUp, Organisation, State, User

# The states a moderator works through, in the queue's order, and the finished ones behind them.
QUEUE_STATES = (State.submitted, State.in_review, State.needs_information, State.approved)
ARCHIVE_STATES = (State.published, State.rejected, State.withdrawn, State.retracted)
LISTED_STATES = QUEUE_STATES + ARCHIVE_STATES


@dataclasses.dataclass(frozen=True)
class QueueFilter:
    """What the moderator narrowed the queue to; empty values mean no filter."""

    country: str = ""
    reprisal_type: str = ""
    claimed_by_id: int | None = None


@dataclasses.dataclass
class QueueRow:
    allegation: Allegation
    claimed_by: str | None  # e-mail of the moderator who claimed it


@dataclasses.dataclass
class AuditEntry:
    record: AuditRecord
    actor: str  # e-mail, or "system"
    note: str | None  # opened sealed note (moderation side only)


@dataclasses.dataclass
class Review:
    """Everything the review page shows about one allegation."""

    allegation: Allegation
    private: workflow.PrivateDetails
    organisation: str
    claimed_by: str | None
    approved_by: str | None
    messages: list  # [(Message, body, author e-mail)]
    audit: list[AuditEntry]
    follow_ups: list[FollowUp]
    leak_hits: list  # unresolved redaction.LeakHit


def _require_staff(actor: User) -> None:
    if actor is None or not actor.active or actor.role not in workflow.STAFF:
        raise PermissionDenied("Your role may not read the moderation queue.")


def _filtered(query, flt: QueueFilter):
    if flt.country:
        query = query.where(Allegation.country == flt.country.upper())
    if flt.reprisal_type:
        query = query.where(Allegation.id.in_(
            select(AllegationTerm.allegation_id).where(AllegationTerm.vocabulary == "reprisal_types",
                                                       AllegationTerm.slug == flt.reprisal_type)))
    if flt.claimed_by_id is not None:
        query = query.where(Allegation.claimed_by_id == flt.claimed_by_id)
    return query


def counts(session: Session, actor: User, flt: QueueFilter = QueueFilter()) -> dict[str, int]:
    """Number of allegations in each listed state, under the same filters as the list."""
    _require_staff(actor)
    query = _filtered(select(Allegation.state, func.count()).where(Allegation.state.in_(LISTED_STATES)), flt)
    found = dict(session.exec(query.group_by(Allegation.state)).all())
    return {state.value: found.get(state, 0) for state in LISTED_STATES}


def countries_listed(session: Session, actor: User) -> list[str]:
    """The countries of the allegations staff can list (drafts excluded): the queue's country
    filter offers these, not 249 ISO entries of which most never occur."""
    _require_staff(actor)
    query = select(Allegation.country).where(Allegation.state.in_(LISTED_STATES),
                                             Allegation.country.is_not(None)).distinct()
    return sorted(code for code in session.exec(query) if code)


def list_allegations(session: Session, actor: User, state: str, flt: QueueFilter = QueueFilter(), *,
                     page: int = 1, per_page: int = 25) -> tuple[list[QueueRow], int]:
    """Allegations in one state, oldest submission first (first come, first reviewed), and the total."""
    _require_staff(actor)
    if state not in LISTED_STATES:
        return [], 0
    query = _filtered(select(Allegation).where(Allegation.state == state), flt)
    total = session.exec(select(func.count()).select_from(query.subquery())).one()
    rows = list(session.exec(query.order_by(Allegation.submitted_at, Allegation.id)
                             .offset((page - 1) * per_page).limit(per_page)))
    emails = _emails(session, {a.claimed_by_id for a in rows})
    return [QueueRow(a, emails.get(a.claimed_by_id)) for a in rows], total


def _emails(session: Session, ids) -> dict[int, str]:
    ids = [i for i in ids if i is not None]
    if not ids:
        return {}
    return dict(session.exec(select(User.id, User.email).where(User.id.in_(ids))).all())


def review(session: Session, actor: User, allegation_id: int) -> Review:
    """One allegation with its private details, conversation, audit trail and open leak-guard hits."""
    _require_staff(actor)
    allegation = workflow.get_for_actor(session, actor, allegation_id)
    messages = workflow.messages_for(session, actor, allegation)
    trail = workflow.audit_trail(session, actor, allegation)
    emails = _emails(session, {m.author_id for m, _ in messages} | {r.actor_id for r in trail}
                     | {allegation.claimed_by_id, allegation.approved_by_id})
    organisation = session.get(Organisation, allegation.organisation_id)
    follow_ups = list(session.exec(select(FollowUp).where(FollowUp.allegation_id == allegation.id)
                                   .order_by(FollowUp.happened_on, FollowUp.id)))
    return Review(
        allegation=allegation,
        private=workflow.read_private(session, allegation),
        organisation=organisation.name if organisation else "",
        claimed_by=emails.get(allegation.claimed_by_id),
        approved_by=emails.get(allegation.approved_by_id),
        messages=[(m, body, emails.get(m.author_id, "")) for m, body in messages],
        audit=[AuditEntry(r, emails.get(r.actor_id, "system"), workflow.read_audit_note(session, r)) for r in trail],
        follow_ups=follow_ups,
        leak_hits=workflow.leak_hits(session, allegation),
    )

