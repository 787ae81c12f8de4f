"""A new allegation created once per form, however often the form is posted.

The new-allegation form carries a random token. The first POST stores it with the draft it
creates; a retry of the same POST (the answer lost in a crash, a double click, a browser resend)
finds the token and lands on that draft instead of creating a second allegation.
"""
from __future__ import annotations

import hashlib
import re

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from . import workflow
from .models import Allegation, State, SubmissionToken, User

_TOKEN = re.compile(r"[A-Za-z0-9_-]{16,64}")


def _digest(actor: User, token: str) -> str:
    return hashlib.sha256(f"{actor.id}:{token}".encode()).hexdigest()


def create_draft_once(session: Session, actor: User, token: str | None, data: dict) -> Allegation:
    """The draft this form's token created, brought up to date with `data`, or a new one.

    An allegation already submitted by an earlier post of the same form is returned unchanged
    (its state is no longer draft). Without a well-formed token every post creates a draft.
    """
    if not token or not _TOKEN.fullmatch(token):
        return workflow.create_draft(session, actor, data)
    digest = _digest(actor, token)
    try:
        with session.begin_nested():  # PostgreSQL: a concurrent retry waits here for the first, then conflicts
            session.add(SubmissionToken(digest=digest))
    except IntegrityError:
        earlier = session.get(SubmissionToken, digest)
        allegation = workflow.get_for_actor(session, actor, earlier.allegation_id, lock=True)
        if allegation.state == State.draft:
            allegation = workflow.update_draft(session, actor, allegation.id, data,
                                               expected_version=allegation.version)
        return allegation
    allegation = workflow.create_draft(session, actor, data)
    session.get(SubmissionToken, digest).allegation_id = allegation.id
    return allegation
