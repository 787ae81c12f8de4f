"""SQLModel tables. No behaviour here beyond small properties.

Private values never sit in a plain column: they live in the `*_sealed` columns, encrypted by
crypto.FieldCipher (see accounts.py and workflow.py for who opens them). A column added here
reaches no public surface until publicview.py allow-lists it.
"""
from __future__ import annotations

import datetime as dt
import secrets
from enum import StrEnum

from sqlalchemy import JSON, Column, Index, Text
from sqlmodel import Field, SQLModel


def utcnow() -> dt.datetime:
    """Aware UTC to the second: the one clock of the registry (sqlmodel stores UTC, returns aware)."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def new_handle() -> str:
    """The random identifier of an allegation in URLs (22 characters, 128 bits).

    Never the sequential id: an id in a URL tells how many allegations exist and when each came.
    """
    return secrets.token_urlsafe(16)


class Role(StrEnum):
    submitter = "submitter"
    moderator = "moderator"
    admin = "admin"


class State(StrEnum):
    draft = "draft"
    submitted = "submitted"
    in_review = "in_review"
    needs_information = "needs_information"
    approved = "approved"
    published = "published"
    rejected = "rejected"
    withdrawn = "withdrawn"
    retracted = "retracted"


class Organisation(SQLModel, table=True):
    __tablename__ = "organisation"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200, unique=True)
    # The leak guard looks for the organisation's names in public text: the source is private.
    acronym: str = Field(default="", max_length=40)
    aliases: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False, default=list))
    active: bool = True
    created_at: dt.datetime = Field(default_factory=utcnow)


class User(SQLModel, table=True):
    __tablename__ = "user_account"
    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(max_length=254, unique=True)
    # The submitting person's name: private, looked for in public text by the leak guard.
    full_name: str = Field(default="", max_length=200)
    password_hash: str = Field(max_length=255)
    role: str = Field(max_length=20, default=Role.submitter)
    organisation_id: int | None = Field(default=None, foreign_key="organisation.id", index=True)
    active: bool = True
    # Bumped by "sign out everywhere" and on password change: older session cookies stop working.
    session_epoch: int = 0
    totp_secret_sealed: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    totp_enabled: bool = False
    recovery_codes: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    created_at: dt.datetime = Field(default_factory=utcnow)
    password_changed_at: dt.datetime = Field(default_factory=utcnow)

    @property
    def is_staff(self) -> bool:
        return self.role in (Role.moderator, Role.admin)


class Allegation(SQLModel, table=True):
    __tablename__ = "allegation"
    __table_args__ = (
        Index("ix_allegation_state_submitted", "state", "submitted_at"),
        # Public listings, feeds and downloads walk published allegations newest first.
        Index("ix_allegation_public_order", "state", "published_at", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    # What submission and review URLs carry instead of the id (see new_handle).
    handle: str = Field(default_factory=new_handle, max_length=32, unique=True, index=True)
    state: str = Field(max_length=20, default=State.draft, index=True)
    version: int = 1
    # Source of the allegation: private, never in the public view.
    organisation_id: int = Field(foreign_key="organisation.id", index=True)
    created_by_id: int = Field(foreign_key="user_account.id")
    claimed_by_id: int | None = Field(default=None, foreign_key="user_account.id")
    approved_by_id: int | None = Field(default=None, foreign_key="user_account.id")
    created_at: dt.datetime = Field(default_factory=utcnow)
    submitted_at: dt.datetime | None = None
    modified_at: dt.datetime = Field(default_factory=utcnow)

    # Every private field (victims, contacts, exact location, ID numbers, source contact,
    # consents, original narrative, evidence and internal notes) as one encrypted JSON document,
    # together with the working copy of the public fields (workflow.WorkingCopy): until it is
    # published an allegation's title, summary, region, ... are as private as its narrative.
    private_sealed: str = Field(sa_column=Column(Text, nullable=False))

    # The published projection: filled by workflow.publish from the approved working copy,
    # updated by correct, emptied by retract. Empty (the defaults below) for every allegation
    # that is not published, so that the database holds in clear only what is public.
    # Shown only through publicview.public_allegation.
    title: str = Field(default="", max_length=300)
    country: str = Field(default="", max_length=2, index=True)
    region: str = Field(default="", max_length=200)
    mechanisms: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    mechanism_detail: str = Field(default="", max_length=300)
    engagement_kinds: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    reprisal_types: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    perpetrators: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    victim_type: str = Field(default="individual", max_length=20)
    victim_categories: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    victim_count: int = 1
    incident_date: dt.date | None = None
    incident_date_precision: str = Field(default="day", max_length=10)
    reported_date: dt.date | None = None
    # Month by default: the day can tell when (and so by whom) an allegation was reported.
    reported_date_precision: str = Field(default="month", max_length=10)
    summary: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    # Names shown publicly: only where the victim's consent to publication is recorded.
    public_victim_names: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    case_status: str = Field(default="ongoing", max_length=20)

    reference: str | None = Field(default=None, max_length=20, unique=True)
    published_at: dt.datetime | None = Field(default=None, index=True)
    updated_at: dt.datetime | None = None  # public: moves with each follow-up or correction
    retracted_at: dt.datetime | None = None
    retraction_reason: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    # Written at retraction from the projection, which is then emptied: the country, mechanisms
    # and reprisal types it was published under (public while it was), so that feeds can route
    # the retraction notice to their subscribers (publicview.retraction_feed_terms). Nothing else.
    feed_terms: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False, default=dict))


class AllegationTerm(SQLModel, table=True):
    """Vocabulary terms of an allegation as rows, so that filters are plain indexed joins."""

    __tablename__ = "allegation_term"
    allegation_id: int = Field(foreign_key="allegation.id", primary_key=True)
    vocabulary: str = Field(max_length=40, primary_key=True)
    slug: str = Field(max_length=60, primary_key=True, index=True)


class FollowUp(SQLModel, table=True):
    """A dated public update on a published allegation."""

    __tablename__ = "follow_up"
    id: int | None = Field(default=None, primary_key=True)
    allegation_id: int = Field(foreign_key="allegation.id", index=True)
    kind: str = Field(max_length=30)
    happened_on: dt.date
    body: str = Field(sa_column=Column(Text, nullable=False))
    created_by_id: int = Field(foreign_key="user_account.id")
    created_at: dt.datetime = Field(default_factory=utcnow)


class Message(SQLModel, table=True):
    """Between moderators and the submitting organisation: requests, answers, added information.

    The body may name the victim, so it is sealed like every private value.
    """

    __tablename__ = "message"
    id: int | None = Field(default=None, primary_key=True)
    allegation_id: int = Field(foreign_key="allegation.id", index=True)
    author_id: int = Field(foreign_key="user_account.id")
    kind: str = Field(max_length=30)
    body_sealed: str = Field(sa_column=Column(Text, nullable=False))
    created_at: dt.datetime = Field(default_factory=utcnow)


class AuditRecord(SQLModel, table=True):
    """Append-only: who did what to which allegation, and which fields changed (names only)."""

    __tablename__ = "audit_record"
    id: int | None = Field(default=None, primary_key=True)
    allegation_id: int | None = Field(default=None, foreign_key="allegation.id", index=True)
    actor_id: int | None = Field(default=None, foreign_key="user_account.id")
    action: str = Field(max_length=40)
    fields: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    # A moderator's note (e.g. why a leak-guard hit is a false positive) may quote private text.
    note_sealed: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    at: dt.datetime = Field(default_factory=utcnow, index=True)


class ReferenceCounter(SQLModel, table=True):
    """Per-year sequence behind RR-YYYY-NNNN; a number once taken is never given again."""

    __tablename__ = "reference_counter"
    year: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    last: int = 0


class KeyRotation(SQLModel, table=True):
    """Progress of an interrupted `rotate-keys`, so it resumes where it stopped."""

    __tablename__ = "key_rotation"
    id: int | None = Field(default=None, primary_key=True)
    started_at: dt.datetime = Field(default_factory=utcnow)
    finished_at: dt.datetime | None = None


class SubmissionToken(SQLModel, table=True):
    """The random token of one new-allegation form, and the draft it created: a retried POST of
    the same form (after a crash, a lost answer, a double click) lands on that draft, never a second."""

    __tablename__ = "submission_token"
    # sha256 of the account id and the form's token: another account can never meet this row.
    digest: str = Field(primary_key=True, max_length=64)
    allegation_id: int | None = Field(default=None, foreign_key="allegation.id", index=True)
    created_at: dt.datetime = Field(default_factory=utcnow)
