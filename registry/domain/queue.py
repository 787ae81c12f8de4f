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
from .models import Allegation, AuditRecord, FollowUp, Organisation, State, User

# The states a moderator works through, in the queue's order, and the finished ones behind them.
QUEUE_STATES = (State.submitted, State.in_review, State.needs_information, State.approved)
ARCHIVE_STATES = (State.published, State.rejected, State.withdrawn, State.retracted)
# Every listed allegation was submitted: a withdrawn one that never was is a deleted draft.
LISTED_STATES = QUEUE_STATES + ARCHIVE_STATES
# The audit action migration 0004 wrote where it emptied a free-text region that named no
# subdivision of the allegation's country (the migration spells it out: it imports no app code).
REGION_CLEARED_BY_MIGRATION = "region_cleared_by_migration"


@dataclasses.dataclass(frozen=True)
class QueueFilter:
    """What the moderator narrowed the queue to; empty values mean no filter."""

    country: str = ""
    reprisal_type: str = ""
    claimed_by_id: int | None = None


@dataclasses.dataclass
class QueueRow:
    allegation: workflow.WorkingCopy  # reads like the allegation: .title, .country, .state, .id, ...
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
    working: workflow.WorkingCopy  # the public fields as they stand; what templates render
    private: workflow.PrivateDetails
    organisation: str
    claimed_by: str | None
    approved_by: str | None
    messages: list  # [(Message, body, author e-mail)]
    audit: list[AuditEntry]
    follow_ups: list[FollowUp]
    leak_hits: list  # unresolved redaction.LeakHit
    retracted_follow_ups: list  # of a retracted allegation, opened from its sealed document
    # The migration emptied the region and nobody has set one since: a moderator should look.
    region_cleared_by_migration: bool = False


def _listed():
    """The condition of being in a moderator's lists: a listed state, once submitted."""
    return Allegation.state.in_(LISTED_STATES) & Allegation.submitted_at.is_not(None)


def _require_staff(actor: User) -> None:
    if actor is None or not actor.active or actor.role not in workflow.STAFF:
        raise PermissionDenied("Your role may not read the moderation queue.")


def _filtered(query, flt: QueueFilter):
    """The part of the filter SQL can answer: who claimed it (country and type are sealed)."""
    if flt.claimed_by_id is not None:
        query = query.where(Allegation.claimed_by_id == flt.claimed_by_id)
    return query


def _filters_sealed_fields(flt: QueueFilter) -> bool:
    return bool(flt.country or flt.reprisal_type)


def _matches(copy: workflow.WorkingCopy, flt: QueueFilter) -> bool:
    if flt.country and copy.country != flt.country.upper():
        return False
    return not flt.reprisal_type or flt.reprisal_type in copy.reprisal_types


def _matching(session: Session, query, flt: QueueFilter) -> list[workflow.WorkingCopy]:
    """The working copies of the query's allegations that pass the filter, in the query's order.

    Country and reprisal type of an unpublished allegation are sealed (they are private until
    publication), so the filter opens each candidate here instead of asking SQL; queues are small.
    """
    copies = (workflow.working_copy(session, a) for a in session.exec(query))
    return [c for c in copies if _matches(c, flt)]


def counts(session: Session, actor: User, flt: QueueFilter = QueueFilter()) -> dict[str, int]:
    """Number of allegations in each listed state, under the same filters as the list."""
    _require_staff(actor)
    if _filters_sealed_fields(flt):
        found: dict[str, int] = {}
        for copy in _matching(session, _filtered(select(Allegation).where(_listed()), flt), flt):
            found[copy.state] = found.get(copy.state, 0) + 1
    else:
        query = _filtered(select(Allegation.state, func.count()).where(_listed()), flt)
        found = dict(session.exec(query.group_by(Allegation.state)).all())
    return {state.value: found.get(state, 0) for state in LISTED_STATES}


def countries_listed(session: Session, actor: User) -> list[str]:
    """The countries of the allegations staff can list (drafts excluded): the queue's country
    filter offers these, not 249 ISO entries of which most never occur."""
    _require_staff(actor)
    # Unpublished allegations keep their country sealed: read from the working copies.
    query = select(Allegation).where(_listed())
    return sorted({workflow.working_copy(session, a).country for a in session.exec(query)} - {""})


def list_allegations(session: Session, actor: User, state: str, flt: QueueFilter = QueueFilter(), *,
                     page: int = 1, per_page: int = 25) -> tuple[list[QueueRow], int]:
    """Allegations in one state, oldest submission first (first come, first reviewed), and the total."""
    _require_staff(actor)
    if state not in LISTED_STATES:
        return [], 0
    query = _filtered(select(Allegation).where(Allegation.state == state, Allegation.submitted_at.is_not(None)), flt)
    ordered = query.order_by(Allegation.submitted_at, Allegation.id)
    if _filters_sealed_fields(flt):
        matching = _matching(session, ordered, flt)
        total, rows = len(matching), matching[(page - 1) * per_page:page * per_page]
    else:
        total = session.exec(select(func.count()).select_from(query.subquery())).one()
        rows = [workflow.working_copy(session, a)
                for a in session.exec(ordered.offset((page - 1) * per_page).limit(per_page))]
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
        working=workflow.working_copy(session, allegation),
        private=workflow.read_private(session, allegation),
        organisation=organisation.name if organisation else "",
        claimed_by=emails.get(allegation.claimed_by_id),
        approved_by=emails.get(allegation.approved_by_id),
        messages=[(m, body, emails.get(m.author_id, "")) for m, body in messages],
        audit=[AuditEntry(r, emails.get(r.actor_id, "system"), workflow.read_audit_note(session, r)) for r in trail],
        follow_ups=follow_ups,
        leak_hits=workflow.leak_hits(session, allegation),
        region_cleared_by_migration=_region_cleared_by_migration(allegation, trail),
        retracted_follow_ups=workflow.retracted_follow_ups(session, allegation),
    )


def _region_cleared_by_migration(allegation: Allegation, trail: list[AuditRecord]) -> bool:
    """True when the latest change to the region is migration 0004 emptying it, and it is still empty."""
    last = next((r for r in reversed(trail) if "region" in (r.fields or [])), None)
    return not allegation.region and last is not None and last.action == REGION_CLEARED_BY_MIGRATION

