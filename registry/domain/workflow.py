"""The allegation workflow of DESIGN.md §3: one function per transition, audit written here.

Every function takes the session and the acting user, checks the actor's role and the
allegation's state, changes the database (without committing) and returns. A wrong move
raises TransitionError, PermissionDenied or NotFound; a stale save raises StaleVersion.
Views, the CLI, the demo loader and the tests all change state through these functions only.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
from typing import Iterable

from sqlalchemy import delete, func, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, select

from . import redaction, vocab
from .errors import LeakFound, NotFound, PermissionDenied, StaleVersion, TransitionError, ValidationFailed
from .models import (
    Allegation,
    AllegationTerm,
    AuditRecord,
    FollowUp,
    Message,
    Organisation,
    ReferenceCounter,
    Role,
    State,
    User,
    utcnow,
)
from .text import clean_text

STAFF = (Role.moderator, Role.admin)
SUBMITTER = (Role.submitter,)
# States in which the submitting organisation may still withdraw its allegation.
WITHDRAWABLE = (State.submitted, State.needs_information)
# States a submitter may add information in (after publication they write to the registry instead).
OPEN_FOR_INFORMATION = (State.submitted, State.in_review, State.needs_information, State.approved)

# Public fields a submitter proposes and a moderator edits. publicview.py decides what is shown.
# The region is not free text: a typed place (a village) is exactly what must never be published,
# so it is one of the country's ISO 3166-2 subdivision codes or empty (clean_fields).
PUBLIC_TEXT_FIELDS = {"title": 300, "mechanism_detail": 300, "summary": 20000}
PUBLIC_LIST_FIELDS = {
    "mechanisms": "mechanisms",
    "engagement_kinds": "engagement_kinds",
    "reprisal_types": "reprisal_types",
    "perpetrators": "perpetrators",
    "victim_categories": "victim_categories",
}
PUBLIC_FIELDS = (
    "title", "country", "region", "mechanisms", "mechanism_detail", "engagement_kinds",
    "reprisal_types", "perpetrators", "victim_type", "victim_categories", "victim_count",
    "incident_date", "incident_date_precision", "summary", "public_victim_names", "case_status",
    "reported_date_precision",  # the date itself is the registry's (set at submission), its precision a choice
)
MAX_NAMES = 50
MAX_VICTIM_COUNT = 1_000_000


@dataclasses.dataclass
class PrivateDetails:
    """Everything about an allegation that must never leave the moderation side."""

    victim_names: list[str] = dataclasses.field(default_factory=list)
    # Other people named (relatives, witnesses, lawyers, a doctor): [{"name": ..., "relation": ...}].
    other_people: list[dict] = dataclasses.field(default_factory=list)
    victim_contacts: str = ""
    exact_location: str = ""
    id_numbers: list[str] = dataclasses.field(default_factory=list)
    identifying_details: str = ""
    source_contact: str = ""
    consent_to_naming: bool = False
    consent_to_share_un: bool = False
    original_narrative: str = ""
    evidence_notes: str = ""
    internal_notes: str = ""
    # Leak-guard hits a moderator judged harmless: [{"field": ..., "text": ..., "note": ...}].
    false_positives: list[dict] = dataclasses.field(default_factory=list)
    # The redaction editor's spans of the original narrative, kept until approval so that each
    # can be undone: [{"start": int, "end": int, "label": "name"|"location"|"date"|"detail", "text": str}].
    redactions: list[dict] = dataclasses.field(default_factory=list)

    @classmethod
    def from_dict(cls, data: dict | None) -> "PrivateDetails":
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in (data or {}).items() if k in names})

    def as_dict(self) -> dict:
        return dataclasses.asdict(self)


@dataclasses.dataclass
class WorkingCopy:
    """The public fields of an allegation as proposed and edited before (and after) publication.

    Sealed in the allegation's private document: until publication these are as private as the
    narrative (a draft's title or summary can name the victim). publish copies them into the
    clear columns of Allegation (the published projection); nothing else fills those columns.
    Views read it through working_copy(); attributes it does not hold (state, reference, id,
    version, dates of the record) come from the allegation itself, never its sealed column.
    """

    title: str = ""
    country: str = ""
    region: str = ""
    mechanisms: list = dataclasses.field(default_factory=list)
    mechanism_detail: str = ""
    engagement_kinds: list = dataclasses.field(default_factory=list)
    reprisal_types: list = dataclasses.field(default_factory=list)
    perpetrators: list = dataclasses.field(default_factory=list)
    victim_type: str = "individual"
    victim_categories: list = dataclasses.field(default_factory=list)
    victim_count: int = 1
    incident_date: dt.date | None = None
    incident_date_precision: str = "day"
    reported_date: dt.date | None = None
    reported_date_precision: str = "month"
    summary: str = ""
    public_victim_names: list = dataclasses.field(default_factory=list)
    case_status: str = "ongoing"

    @classmethod
    def from_dict(cls, data: dict | None) -> "WorkingCopy":
        values = {k: v for k, v in (data or {}).items() if k in PROJECTION_FIELDS}
        for name in _DATE_FIELDS:
            values[name] = _parse_date(values.get(name))
        return cls(**values)

    def values(self) -> dict:
        """The fields as Python values (dates as dates), by name."""
        return {name: getattr(self, name) for name in PROJECTION_FIELDS}

    def as_dict(self) -> dict:
        """JSON-ready, for sealing."""
        out = {name: list(v) if isinstance(v, list) else v for name, v in self.values().items()}
        for name in _DATE_FIELDS:
            out[name] = out[name].isoformat() if out[name] else None
        return out

    def __getattr__(self, name):
        # Only reached for names that are not fields: the record's own attributes (state, id, ...).
        if name.startswith("_") or name == "private_sealed":
            raise AttributeError(name)
        record = self.__dict__.get("record")
        if record is None:
            raise AttributeError(name)
        return getattr(record, name)


# The fields of the working copy, which are also the clear columns of the published projection.
PROJECTION_FIELDS = tuple(f.name for f in dataclasses.fields(WorkingCopy))
_DATE_FIELDS = ("incident_date", "reported_date")
WORKING_COPY_KEY = "working_copy"
# Follow-ups of a retracted allegation leave the clear follow_up table (moderation side only).
RETRACTED_FOLLOW_UPS_KEY = "retracted_follow_ups"
# Of a retracted allegation's projection, only what feeds need to route its notice.
FEED_TERM_FIELDS = ("country", "mechanisms", "reprisal_types")


PRIVATE_TEXT_FIELDS = {
    "victim_contacts": 2000, "exact_location": 500, "identifying_details": 2000,
    "source_contact": 1000, "original_narrative": 50000, "evidence_notes": 20000,
    "internal_notes": 20000,
}
PRIVATE_FIELDS = tuple(f.name for f in dataclasses.fields(PrivateDetails) if f.name != "false_positives")
# What a submitting organisation may set; moderators also keep internal notes and redactions.
SUBMITTER_PRIVATE_FIELDS = tuple(f for f in PRIVATE_FIELDS if f not in ("internal_notes", "redactions"))
MODERATOR_PRIVATE_FIELDS = ("internal_notes", "redactions")

# Required before an allegation can be submitted (field → message shown beside it).
REQUIRED_TO_SUBMIT = {
    "title": "Give the allegation a short title.",
    "country": "Choose the State alleged responsible.",
    "mechanisms": "Choose at least one UN mechanism the person cooperated with.",
    "reprisal_types": "Choose at least one type of reprisal.",
    "incident_date": "Give the date of the incident, at least its year.",
    "original_narrative": "Describe what happened.",
}
# Required before approval: the public record must be complete.
REQUIRED_TO_APPROVE = {
    **{k: v for k, v in REQUIRED_TO_SUBMIT.items() if k != "original_narrative"},
    "summary": "Write the public summary.",
}


# ---------------------------------------------------------------------------------------------
# Private data: sealed with the session's key ring.

def _open_document(session: Session, allegation: Allegation) -> dict:
    """The allegation's sealed document: private fields, working copy, retracted follow-ups."""
    if not allegation.private_sealed:
        return {}
    return session.info["cipher"].open(allegation.private_sealed) or {}


def _seal_document(session: Session, allegation: Allegation, *, private: PrivateDetails | None = None,
                   working: WorkingCopy | None = None, **parts) -> None:
    """Seal the document again with the given parts replaced and the others kept as they were."""
    document = _open_document(session, allegation)
    if private is not None:
        document.update(private.as_dict())
    if working is not None:
        document[WORKING_COPY_KEY] = working.as_dict()
    document.update(parts)
    allegation.private_sealed = session.info["cipher"].seal(document)


def read_private(session: Session, allegation: Allegation) -> PrivateDetails:
    """Open an allegation's private details (moderation side and its own organisation only)."""
    return PrivateDetails.from_dict(_open_document(session, allegation))


def _seal_private(session: Session, allegation: Allegation, details: PrivateDetails) -> None:
    _seal_document(session, allegation, private=details)


def working_copy(session: Session, allegation: Allegation) -> WorkingCopy:
    """Open the working copy of an allegation's public fields (moderation side and its organisation).

    The result reads like the allegation (`.title`, `.summary`, `.state`, `.reference`, ...), so
    templates and forms take it in the allegation's place.
    """
    copy = WorkingCopy.from_dict(_open_document(session, allegation).get(WORKING_COPY_KEY))
    copy.__dict__["record"] = allegation
    return copy


def retracted_follow_ups(session: Session, allegation: Allegation) -> list[dict]:
    """The follow-ups a retracted allegation had, as moderators see them: [{kind, happened_on, body, ...}]."""
    return list(_open_document(session, allegation).get(RETRACTED_FOLLOW_UPS_KEY) or [])


def read_message(session: Session, message: Message) -> str:
    return session.info["cipher"].open(message.body_sealed)


def read_audit_note(session: Session, record: AuditRecord) -> str | None:
    return session.info["cipher"].open(record.note_sealed) if record.note_sealed else None


# ---------------------------------------------------------------------------------------------
# Validation of input: one place for every layer that takes allegation fields.

def _parse_date(value) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def clean_fields(data: dict, *, allowed: Iterable[str], current: Allegation | None = None) -> dict:
    """Validate and normalise allegation input; every error at once in ValidationFailed.fields.

    `current` is the allegation being changed: a region is checked against the country given in
    the same data, or else its stored country (and a new country against its stored region).
    """
    allowed = set(allowed)
    unknown = set(data) - allowed
    if unknown:
        raise ValidationFailed(f"Unknown field(s): {', '.join(sorted(unknown))}.",
                               fields={k: "This field cannot be set here." for k in unknown})
    out: dict = {}
    errors: dict[str, str] = {}
    for name, value in data.items():
        try:
            if name in PUBLIC_TEXT_FIELDS or name in PRIVATE_TEXT_FIELDS:
                limit = PUBLIC_TEXT_FIELDS.get(name) or PRIVATE_TEXT_FIELDS[name]
                text = clean_text(value, multiline=name not in ("title", "mechanism_detail"))
                if len(text) > limit:
                    raise ValueError(f"Use at most {limit} characters.")
                out[name] = text
            elif name in PUBLIC_LIST_FIELDS:
                values = [clean_text(v, multiline=False) for v in (value or [])]
                bad = [v for v in values if v not in vocab.slugs(PUBLIC_LIST_FIELDS[name])]
                if bad:
                    raise ValueError(f"Not a known choice: {', '.join(bad)}.")
                order = {slug: i for i, slug in enumerate(t.slug for t in vocab.VOCABULARIES[PUBLIC_LIST_FIELDS[name]])}
                out[name] = sorted(set(values), key=order.__getitem__)
            elif name == "country":
                code = clean_text(value, multiline=False).upper()
                if code and not vocab.is_country(code):
                    raise ValueError("Not an ISO 3166 country code.")
                out[name] = code
            elif name == "region":
                out[name] = clean_text(value or "", multiline=False).upper()  # checked below, with the country
            elif name in ("victim_type", "incident_date_precision", "reported_date_precision", "case_status"):
                vocabulary = {"victim_type": "victim_types", "incident_date_precision": "date_precisions",
                              "reported_date_precision": "date_precisions", "case_status": "case_statuses"}[name]
                if value not in vocab.slugs(vocabulary):
                    raise ValueError("Not a known choice.")
                out[name] = value
            elif name == "victim_count":
                count = int(value)
                if not 1 <= count <= MAX_VICTIM_COUNT:
                    raise ValueError(f"Give a number from 1 to {MAX_VICTIM_COUNT}.")
                out[name] = count
            elif name == "incident_date":
                date = _parse_date(value)
                if date and date > dt.date.today():
                    raise ValueError("The incident date cannot be in the future.")
                if date and date.year < 1945:
                    raise ValueError("Give a date after the founding of the UN (1945).")
                out[name] = date
            elif name in ("victim_names", "public_victim_names", "id_numbers"):
                if isinstance(value, str):
                    value = value.splitlines()
                names = [clean_text(v, multiline=False) for v in (value or [])]
                names = [n for n in names if n]
                if len(names) > MAX_NAMES:
                    raise ValueError(f"List at most {MAX_NAMES}.")
                if any(len(n) > 200 for n in names):
                    raise ValueError("Each entry may have at most 200 characters.")
                out[name] = names
            elif name in ("consent_to_naming", "consent_to_share_un"):
                out[name] = bool(value)
            elif name == "redactions":
                out[name] = _clean_redactions(value)
            else:  # pragma: no cover - every allowed name is handled above
                raise ValueError("Unsupported field.")
        # OverflowError: int() of an infinite number (a redaction span of 1e999, found by tests/test_fuzz.py).
        except (TypeError, ValueError, KeyError, OverflowError) as exc:
            errors[name] = str(exc) if str(exc) and "invalid literal" not in str(exc) \
                and "Invalid isoformat" not in str(exc) else "Not a valid value."
    if ("region" in out or "country" in out) and "country" not in errors and "region" not in errors:
        problem = _region_problem(out.get("country", current.country if current else ""),
                                  out.get("region", current.region if current else ""))
        if problem:
            errors["region"] = problem
    if errors:
        raise ValidationFailed("Some fields need attention.", fields=errors)
    return out


def _region_problem(country: str, region: str) -> str | None:
    """Why a region cannot stand with this country, or None when it can (empty always can)."""
    if not region or vocab.is_subdivision(country, region):
        return None
    if not country:
        return "Choose the State first: the region must be one of its subdivisions, or none."
    found = vocab.subdivision(region)
    if found is not None:
        return (f"{found.name} ({found.code}) is not a subdivision of {vocab.country_name(country)}: "
                f"choose one of its subdivisions, or none.")
    return (f"Choose one of the subdivisions of {vocab.country_name(country)}, or none: "
            "the region cannot be free text.")


def _clean_redactions(value) -> list[dict]:
    spans = []
    for span in value or []:
        start, end, label = int(span["start"]), int(span["end"]), str(span["label"])
        if label not in redaction.PLACEHOLDERS or not 0 <= start < end:
            raise ValueError("A redaction span is not valid.")
        spans.append({"start": start, "end": end, "label": label, "text": clean_text(span.get("text", ""))[:2000]})
    if len(spans) > 1000:
        raise ValueError("Too many redactions.")
    return spans


def _apply(session: Session, allegation: Allegation, cleaned: dict) -> list[str]:
    """Write cleaned fields to the sealed document; return the names of those that changed.

    Public fields go to the working copy. Only a published allegation's projection follows
    (correct): before publication nothing of it may stand in clear.
    """
    changed = []
    private = read_private(session, allegation)
    working = working_copy(session, allegation)
    for name, value in cleaned.items():
        target = private if name in PRIVATE_FIELDS else working
        if getattr(target, name) != value:
            setattr(target, name, value)
            changed.append(name)
    if changed:
        _seal_document(session, allegation, private=private, working=working)
    if changed and allegation.state == State.published:
        _project(session, allegation, working)
    return changed


def _project(session: Session, allegation: Allegation, working: WorkingCopy) -> None:
    """Copy the approved working copy into the clear columns, and index its vocabulary terms."""
    for name, value in working.values().items():
        setattr(allegation, name, list(value) if isinstance(value, list) else value)
    _index_terms(session, allegation)


def _clear_projection(session: Session, allegation: Allegation) -> None:
    """Empty the clear columns (the model's defaults) and their term rows: nothing public is left."""
    for name, column in Allegation.model_fields.items():
        if name in PROJECTION_FIELDS:
            setattr(allegation, name, column.get_default(call_default_factory=True))
    session.flush()
    session.execute(delete(AllegationTerm).where(AllegationTerm.allegation_id == allegation.id))


def _index_terms(session: Session, allegation: Allegation) -> None:
    """Vocabulary terms as rows for the public filters: only a published allegation has any."""
    session.flush()
    session.execute(delete(AllegationTerm).where(AllegationTerm.allegation_id == allegation.id))
    if allegation.state != State.published:
        return
    for name, vocabulary in PUBLIC_LIST_FIELDS.items():
        for slug in getattr(allegation, name):
            session.add(AllegationTerm(allegation_id=allegation.id, vocabulary=vocabulary, slug=slug))


# ---------------------------------------------------------------------------------------------
# Guards shared by the transitions.

def _require_role(actor: User, roles: Iterable[str], what: str) -> None:
    if actor is None or not actor.active or actor.role not in roles:
        raise PermissionDenied(f"Your role may not {what}.")


def _load(session: Session, allegation_id: int, *, lock: bool = True) -> Allegation:
    allegation = session.get(Allegation, allegation_id, with_for_update=lock) if allegation_id else None
    if allegation is None:
        raise NotFound("No such allegation.")
    return allegation


def get_for_actor(session: Session, actor: User, allegation_id: int, *, lock: bool = False) -> Allegation:
    """The allegation if the actor may see it; NotFound otherwise, so that existence stays private."""
    allegation = _load(session, allegation_id, lock=lock)
    if is_discarded(allegation):
        raise NotFound("No such allegation.")  # a deleted draft is gone for everyone
    if actor.role in STAFF:
        if allegation.state == State.draft:
            raise NotFound("No such allegation.")  # drafts belong to their organisation alone
        return allegation
    if actor.role == Role.submitter and allegation.organisation_id == actor.organisation_id:
        return allegation
    raise NotFound("No such allegation.")


# models.new_handle: 22 URL-safe characters. Anything else is simply not found, and never reaches
# the database (PostgreSQL answers a NUL in a string with an error, not with an empty result).
_HANDLE = re.compile(r"[A-Za-z0-9_-]{16,32}")


def get_by_handle(session: Session, actor: User, handle: str, *, lock: bool = False) -> Allegation:
    """The allegation a URL's handle names, if the actor may see it; NotFound otherwise.

    A handle that never existed and another organisation's answer the same, so that neither
    existence nor the count of allegations leaks through a URL.
    """
    allegation_id = None
    if _HANDLE.fullmatch(handle or ""):
        allegation_id = session.exec(select(Allegation.id).where(Allegation.handle == handle)).first()
    if allegation_id is None:
        raise NotFound("No such allegation.")
    return get_for_actor(session, actor, allegation_id, lock=lock)


def _require_state(allegation: Allegation, states: Iterable[str], action: str) -> None:
    states = tuple(states)
    if allegation.state not in states:
        allowed = ", ".join(s.replace("_", " ") for s in states)
        raise TransitionError(
            f"Cannot {action} an allegation that is {allegation.state.replace('_', ' ')} "
            f"(only when {allowed}).", state=allegation.state, action=action)


def _check_version(session: Session, allegation: Allegation, expected: int | None) -> None:
    """Refuse a save made against an older version; say who changed it since."""
    if expected is not None:
        try:
            expected = int(expected)
        except (TypeError, ValueError, OverflowError):
            raise ValidationFailed("The form's version is missing or damaged: reload the page and make your "
                                   "changes again.", fields={"version": "Reload the page."}) from None
    if expected is not None and expected != allegation.version:
        last = session.exec(
            select(AuditRecord).where(AuditRecord.allegation_id == allegation.id).order_by(AuditRecord.id.desc())
        ).first()
        who = session.get(User, last.actor_id).email if last and last.actor_id else "someone else"
        when = last.at.strftime("%Y-%m-%d %H:%M UTC") if last else ""
        raise StaleVersion(
            f"This allegation was changed by {who} at {when} while you were editing. "
            "Nothing was saved; reload to see their changes, then make yours again.",
            changed_by=who, current_version=allegation.version)


def _touch(allegation: Allegation) -> None:
    allegation.version += 1
    allegation.modified_at = utcnow()


def _audit(session: Session, actor: User | None, allegation: Allegation | None, action: str,
           fields: Iterable[str] = (), note: str | None = None) -> None:
    session.add(AuditRecord(
        allegation_id=allegation.id if allegation else None,
        actor_id=actor.id if actor else None,
        action=action,
        fields=sorted(set(fields)),
        note_sealed=session.info["cipher"].seal(note) if note else None,
    ))


def _message(session: Session, actor: User, allegation: Allegation, kind: str, body: str) -> Message:
    body = clean_text(body)
    if not body:
        raise ValidationFailed("Write a message.", fields={"body": "Write a message."})
    if len(body) > 20000:
        raise ValidationFailed("Use at most 20000 characters.", fields={"body": "Use at most 20000 characters."})
    message = Message(allegation_id=allegation.id, author_id=actor.id, kind=kind,
                      body_sealed=session.info["cipher"].seal(body))
    session.add(message)
    return message


def _public_content_changed(session: Session, allegation: Allegation, *, removed_text: bool = False) -> None:
    """The single hook for published content: listeners (feed regeneration) run after commit.

    removed_text (a correction, a retraction): public text left the registry, so the index is
    merged and, after commit, the SQLite WAL truncated (db.Database.checkpoint): a name a
    correction took out must not stay readable in the database files.
    """
    from . import search  # the full-text index moves in the same transaction as the content

    search.index_allegation(session, allegation)
    if removed_text:
        search.forget_removed_text(session)
        session.info["removed_text"] = True
    session.info.setdefault("public_changes", set()).add(allegation.id)


def _missing(session: Session, allegation: Allegation, required: dict) -> dict:
    private = read_private(session, allegation)
    working = working_copy(session, allegation)
    missing = {}
    for name, message in required.items():
        value = getattr(private, name) if name in PRIVATE_FIELDS else getattr(working, name)
        if value in (None, "", []):
            missing[name] = message
    return missing


def _require_consent_for_names(session: Session, allegation: Allegation) -> None:
    """Refuse public names unless the victims' consent to naming is recorded (DESIGN §2)."""
    if working_copy(session, allegation).public_victim_names and not read_private(session, allegation).consent_to_naming:
        message = "No consent to naming is recorded: names cannot be published."
        raise ValidationFailed(message, fields={"public_victim_names": message})


def _guard(session: Session, allegation: Allegation, action: str, extra_public: dict | None = None) -> None:
    """Refuse to go on while the leak guard has unresolved hits in any public field."""
    hits = leak_hits(session, allegation, extra_public=extra_public)
    if hits:
        raise LeakFound(
            f"Cannot {action}: {len(hits)} possible leak(s) of private or identifying information "
            "remain in public fields. Redact each or mark it as a false positive with a note.", hits)


def public_texts(session: Session, allegation: Allegation) -> dict[str, str]:
    """Every public free-text value of an allegation, by field name, as the leak guard reads them."""
    source = _guarded_source(session, allegation)
    texts = {name: getattr(source, name) for name in PUBLIC_TEXT_FIELDS}
    # The guard reads the region as the public reads it: the subdivision's name (a stored value
    # that names no subdivision is given as it stands, so that it still gets checked).
    texts["region"] = vocab.subdivision_name(source.region) or source.region
    texts["public_victim_names"] = "\n".join(source.public_victim_names)
    texts["retraction_reason"] = allegation.retraction_reason
    for follow_up in session.exec(select(FollowUp).where(FollowUp.allegation_id == allegation.id)):
        texts[f"follow_up:{follow_up.id}"] = follow_up.body
    return texts


def guard_context(session: Session, allegation: Allegation) -> redaction.GuardContext:
    """The private values kept outside the allegation: its source and its conversation."""
    organisation = session.get(Organisation, allegation.organisation_id)
    names: list[str] = []
    if organisation is not None:
        names = [organisation.name, organisation.acronym or "", *(organisation.aliases or [])]
    submitter = session.get(User, allegation.created_by_id)
    people = [submitter.full_name] if submitter is not None and submitter.full_name else []
    messages = session.exec(select(Message).where(Message.allegation_id == allegation.id)).all()
    return redaction.GuardContext(organisation_names=tuple(n for n in names if n), submitter_names=tuple(people),
                                  messages=tuple(read_message(session, m) for m in messages),
                                  country=_guarded_source(session, allegation).country or "")


def _guarded_source(session: Session, allegation: Allegation):
    """What the guard reads: the clear projection once public (what the public sees, even if
    written past the workflow; empty after a retraction), the working copy before (what would be
    published)."""
    if allegation.state in (State.published, State.retracted):
        return allegation
    return working_copy(session, allegation)


def leak_hits(session: Session, allegation: Allegation, *, extra_public: dict | None = None,
              include_resolved: bool = False, replace_public: dict | None = None) -> list:
    """Every leak-guard hit in the allegation's public fields not yet marked a false positive.

    `extra_public` adds texts about to become public (a follow-up being written);
    `replace_public` checks proposed values of fields in place of the stored ones.
    """
    private = read_private(session, allegation)
    texts = public_texts(session, allegation)
    texts.update(replace_public or {})
    texts.update(extra_public or {})
    names = _guarded_source(session, allegation).public_victim_names
    if replace_public and "public_victim_names" in replace_public:
        names = [n for n in replace_public["public_victim_names"].splitlines() if n.strip()]
    hits = redaction.leak_hits(texts, private, names, guard_context(session, allegation))
    if include_resolved:
        return hits
    return redaction.unresolved(hits, private.false_positives)


# The public texts a moderator edits on the review page, checked live while they type.
PROPOSABLE_TEXT_FIELDS = ("title", "summary", "mechanism_detail", "public_victim_names")


@dataclasses.dataclass(frozen=True)
class ProposedCheck:
    texts: dict  # the proposed texts as cleaned (the hits' offsets refer to these)
    hits: list  # unresolved redaction.LeakHit


def check_proposed_texts(session: Session, actor: User, allegation_id: int, proposed: dict) -> ProposedCheck:
    """The leak guard's verdict on unsaved public texts, in place of the stored ones; saves nothing.

    The proposed texts stand in for the stored ones, and proposed names count as the names to
    publish (consent still decides whether they may); nothing stored is touched.
    """
    _require_role(actor, STAFF, "check public texts")
    allegation = get_for_actor(session, actor, allegation_id)
    _require_state(allegation, (State.in_review, State.approved), "check public texts of")
    cleaned = clean_fields(proposed, allowed=PROPOSABLE_TEXT_FIELDS)
    texts = {name: cleaned[name] for name in cleaned if name != "public_victim_names"}
    if "public_victim_names" in cleaned:
        texts["public_victim_names"] = "\n".join(cleaned["public_victim_names"])
    return ProposedCheck(texts=texts, hits=leak_hits(session, allegation, replace_public=texts))


def public_allegations_with_leaks(session: Session, checked: dict | None = None) -> set[str]:
    """References of public allegations whose public fields hold an unresolved leak-guard hit.

    Run again when feeds are built (DESIGN §4): the last check before text leaves the registry
    by a channel nobody can recall, catching anything that reached a public field past the
    workflow. `checked` caches {id: (version, leaking)} across runs, so only changed
    allegations are opened again.
    """
    checked = {} if checked is None else checked
    leaking: set[str] = set()
    rows = session.exec(select(Allegation.id, Allegation.version, Allegation.reference)
                        .where(Allegation.state.in_((State.published, State.retracted)))).all()
    for allegation_id, version, reference in rows:
        cached = checked.get(allegation_id)
        if cached is None or cached[0] != version:
            allegation = session.get(Allegation, allegation_id)
            cached = checked[allegation_id] = (version, bool(leak_hits(session, allegation)))
            session.expunge(allegation)
        if cached[1]:
            leaking.add(reference)
    return leaking


# ---------------------------------------------------------------------------------------------
# Submitter transitions.

def create_draft(session: Session, actor: User, data: dict) -> Allegation:
    """Start a new allegation for the actor's organisation, saved as a draft."""
    _require_role(actor, SUBMITTER, "submit allegations")
    cleaned = clean_fields(data, allowed=PUBLIC_FIELDS + SUBMITTER_PRIVATE_FIELDS)
    allegation = Allegation(organisation_id=actor.organisation_id, created_by_id=actor.id,
                            private_sealed=session.info["cipher"].seal(
                                {**PrivateDetails().as_dict(), WORKING_COPY_KEY: WorkingCopy().as_dict()}))
    session.add(allegation)
    session.flush()
    changed = _apply(session, allegation, cleaned)
    _audit(session, actor, allegation, "create_draft", changed)
    return allegation


def update_draft(session: Session, actor: User, allegation_id: int, data: dict, *,
                 expected_version: int | None) -> Allegation:
    """Save changes to a draft of the actor's organisation."""
    allegation = get_for_actor(session, actor, allegation_id, lock=True)
    _require_role(actor, SUBMITTER, "edit drafts")
    _require_state(allegation, (State.draft,), "edit")
    _check_version(session, allegation, expected_version)
    changed = _apply(session, allegation, clean_fields(data, allowed=PUBLIC_FIELDS + SUBMITTER_PRIVATE_FIELDS,
                                                       current=working_copy(session, allegation)))
    if changed:
        _touch(allegation)
        _audit(session, actor, allegation, "update_draft", changed)
    return allegation


def discard_draft(session: Session, actor: User, allegation_id: int) -> Allegation:
    """Delete a draft of the actor's organisation: everything typed into it is erased.

    The audit trail is append-only and its rows keep their allegation, so the row stays, as a
    withdrawn allegation that was never submitted (a discarded draft): with nothing sealed in it,
    listed nowhere and found by nobody. Nobody outside the organisation ever saw it.
    """
    allegation = get_for_actor(session, actor, allegation_id, lock=True)
    _require_role(actor, SUBMITTER, "delete drafts")
    _require_state(allegation, (State.draft,), "delete")
    document = {**PrivateDetails().as_dict(), WORKING_COPY_KEY: WorkingCopy().as_dict()}
    allegation.private_sealed = session.info["cipher"].seal(document)
    _clear_projection(session, allegation)
    allegation.state = State.withdrawn
    _touch(allegation)
    _audit(session, actor, allegation, "discard_draft", ["state", "content"])
    return allegation


def is_discarded(allegation: Allegation) -> bool:
    """A draft its organisation deleted: withdrawn without ever being submitted."""
    return allegation.state == State.withdrawn and allegation.submitted_at is None


def submit(session: Session, actor: User, allegation_id: int, *, expected_version: int | None = None) -> Allegation:
    """Send a complete draft to the moderators."""
    allegation = get_for_actor(session, actor, allegation_id, lock=True)
    _require_role(actor, SUBMITTER, "submit allegations")
    _require_state(allegation, (State.draft,), "submit")
    _check_version(session, allegation, expected_version)
    missing = _missing(session, allegation, REQUIRED_TO_SUBMIT)
    if missing:
        raise ValidationFailed("Complete the required fields before submitting.", fields=missing)
    allegation.state = State.submitted
    allegation.submitted_at = utcnow()
    working = working_copy(session, allegation)
    working.reported_date = allegation.submitted_at.date()
    _seal_document(session, allegation, working=working)
    _touch(allegation)
    _audit(session, actor, allegation, "submit", ["state"])
    return allegation


def withdraw(session: Session, actor: User, allegation_id: int, reason: str = "") -> Allegation:
    """The submitting organisation takes back an allegation not yet under review."""
    allegation = get_for_actor(session, actor, allegation_id, lock=True)
    _require_role(actor, SUBMITTER, "withdraw allegations")
    _require_state(allegation, WITHDRAWABLE, "withdraw")
    if clean_text(reason):
        _message(session, actor, allegation, "withdrawal", reason)
    allegation.state = State.withdrawn
    allegation.claimed_by_id = None
    _touch(allegation)
    _audit(session, actor, allegation, "withdraw", ["state"])
    return allegation


def answer(session: Session, actor: User, allegation_id: int, body: str) -> Allegation:
    """Answer a moderator's request for information; the allegation goes back into review."""
    allegation = get_for_actor(session, actor, allegation_id, lock=True)
    _require_role(actor, SUBMITTER, "answer requests for information")
    _require_state(allegation, (State.needs_information,), "answer a request on")
    _message(session, actor, allegation, "answer", body)
    allegation.state = State.in_review
    _touch(allegation)
    _audit(session, actor, allegation, "answer", ["state", "messages"])
    return allegation


def add_information(session: Session, actor: User, allegation_id: int, body: str) -> Allegation:
    """Add information to a submitted allegation; when a request is open this answers it."""
    allegation = get_for_actor(session, actor, allegation_id, lock=True)
    _require_role(actor, SUBMITTER, "add information")
    if allegation.state == State.needs_information:
        return answer(session, actor, allegation_id, body)
    _require_state(allegation, OPEN_FOR_INFORMATION, "add information to")
    _message(session, actor, allegation, "addition", body)
    _touch(allegation)
    _audit(session, actor, allegation, "add_information", ["messages"])
    return allegation


# ---------------------------------------------------------------------------------------------
# Moderator transitions.

def claim(session: Session, actor: User, allegation_id: int) -> Allegation:
    """Take a submitted allegation into review."""
    _require_role(actor, STAFF, "claim allegations")
    allegation = get_for_actor(session, actor, allegation_id, lock=True)
    _require_state(allegation, (State.submitted,), "claim")
    allegation.state = State.in_review
    allegation.claimed_by_id = actor.id
    _touch(allegation)
    _audit(session, actor, allegation, "claim", ["state", "claimed_by"])
    return allegation


def release(session: Session, actor: User, allegation_id: int) -> Allegation:
    """Give a claimed allegation back to the queue."""
    _require_role(actor, STAFF, "release allegations")
    allegation = get_for_actor(session, actor, allegation_id, lock=True)
    _require_state(allegation, (State.in_review,), "release")
    allegation.state = State.submitted
    allegation.claimed_by_id = None
    _touch(allegation)
    _audit(session, actor, allegation, "release", ["state", "claimed_by"])
    return allegation


def edit(session: Session, actor: User, allegation_id: int, data: dict, *, expected_version: int | None) -> Allegation:
    """A moderator edits public fields (and internal notes) during review.

    Editing an approved allegation withdraws the approval: what is published must be what a
    second moderator saw.
    """
    _require_role(actor, STAFF, "edit allegations")
    allegation = get_for_actor(session, actor, allegation_id, lock=True)
    _require_state(allegation, (State.in_review, State.approved), "edit")
    _check_version(session, allegation, expected_version)
    changed = _apply(session, allegation, clean_fields(data, allowed=PUBLIC_FIELDS + MODERATOR_PRIVATE_FIELDS,
                                                       current=working_copy(session, allegation)))
    if changed:
        if allegation.state == State.approved and set(changed) - {"internal_notes"}:
            allegation.state = State.in_review
            allegation.approved_by_id = None
            changed.append("state")
        _touch(allegation)
        _audit(session, actor, allegation, "edit", changed)
    return allegation


def mark_false_positive(session: Session, actor: User, allegation_id: int, field: str, text: str, note: str, *,
                        expected_version: int | None = None, proposed: str = "") -> Allegation:
    """Record that a leak-guard hit is harmless; the note goes to the audit trail."""
    _require_role(actor, STAFF, "judge leak-guard hits")
    allegation = get_for_actor(session, actor, allegation_id, lock=True)
    _require_state(allegation, (State.in_review, State.approved, State.published), "judge leak-guard hits on")
    _check_version(session, allegation, expected_version)
    note = clean_text(note)
    if not note:
        raise ValidationFailed("Say why this is not a leak.", fields={"note": "Say why this is not a leak."})
    if len(note) > 2000 or len(text or "") > 2000:  # the same limits as the form, for every caller
        raise ValidationFailed("Use at most 2000 characters.", fields={"note": "Use at most 2000 characters."})
    # The field goes into the audit record in clear: only a public field's name may stand there.
    if field not in public_texts(session, allegation) and field not in BEING_WRITTEN:
        raise ValidationFailed("No such public field.", fields={"field": "No such public field."})
    if not redaction.folded(text or ""):
        raise ValidationFailed("Give the text the leak guard found.", fields={"text": "Give the text."})
    private = read_private(session, allegation)
    # A mark covers this field, this exact text, and as many occurrences as are there now: the
    # same text in another field or written later is a new question (DESIGN §4).
    # A text being written (a follow-up or correction note not saved yet) is checked when given;
    # a mark on it belongs to the next follow-up saved, and lapses if that one does not hold it.
    extra = {field: proposed} if field in BEING_WRITTEN and proposed else None
    count = 1
    if field != "follow_up:new" or extra:
        open_hits = [h for h in leak_hits(session, allegation, extra_public=extra)
                     if h.field == field and h.text == text]
        if not open_hits:
            raise ValidationFailed("The leak guard has no open hit with this text in this field.",
                                   fields={"text": "No such hit."})
        count = len(open_hits)
    mark = {"field": field, "text": text, "note": note, "count": count, "by": actor.id, "at": utcnow().isoformat()}
    if extra:
        mark["digest"] = _digest(proposed)
    private.false_positives = [*private.false_positives, mark]
    _seal_private(session, allegation, private)
    if allegation.state == State.approved:
        # An exception is part of what the second moderator approves: marking one takes the approval back.
        allegation.state = State.in_review
        allegation.approved_by_id = None
    _touch(allegation)
    _audit(session, actor, allegation, "mark_false_positive", [field], note=f"{text!r}: {note}")
    return allegation


def _digest(text: str) -> str:
    return hashlib.sha256(clean_text(text).encode()).hexdigest()


# Public texts a moderator marks while writing them: a follow-up or correction note not saved yet,
# the reason of a retraction not made yet. The mark holds the digest of the text it was made on.
BEING_WRITTEN = ("follow_up:new", "retraction_reason")


def _marks_for_text(marks: list[dict], field: str, text: str) -> list[dict]:
    """The marks that stand for a text being written: those made on exactly this text."""
    digest = _digest(text)
    return [m for m in marks if m.get("field") != field or m.get("digest", digest) == digest]


def _attach_new_marks(session: Session, allegation: Allegation, follow_up: FollowUp) -> None:
    """Marks made on a follow-up being written now belong to it; any other such mark lapses."""
    private = read_private(session, allegation)
    digest = _digest(follow_up.body)
    marks = []
    changed = False
    for mark in private.false_positives:
        if mark.get("field") == "follow_up:new":
            changed = True
            if mark.get("digest", digest) == digest and mark.get("text", "") in follow_up.body:
                marks.append({**mark, "field": f"follow_up:{follow_up.id}"})
            continue
        marks.append(mark)
    if changed:
        private.false_positives = marks
        _seal_private(session, allegation, private)


def exceptions(session: Session, allegation: Allegation) -> list[dict]:
    """The moderators' false-positive marks, with who made them, for the publishing moderator to confirm."""
    return list(read_private(session, allegation).false_positives)


def request_information(session: Session, actor: User, allegation_id: int, body: str) -> Allegation:
    """Ask the submitting organisation a question; the allegation waits for the answer."""
    _require_role(actor, STAFF, "request information")
    allegation = get_for_actor(session, actor, allegation_id, lock=True)
    _require_state(allegation, (State.in_review,), "request information on")
    _message(session, actor, allegation, "request", body)
    allegation.state = State.needs_information
    _touch(allegation)
    _audit(session, actor, allegation, "request_information", ["state", "messages"])
    return allegation


def reject(session: Session, actor: User, allegation_id: int, reason: str) -> Allegation:
    """Decline an allegation, with a reason the submitting organisation sees."""
    _require_role(actor, STAFF, "reject allegations")
    allegation = get_for_actor(session, actor, allegation_id, lock=True)
    _require_state(allegation, (State.in_review,), "reject")  # DESIGN §3: a decision after review
    _message(session, actor, allegation, "rejection", reason)
    allegation.state = State.rejected
    _touch(allegation)
    _audit(session, actor, allegation, "reject", ["state", "messages"])
    return allegation


def approve(session: Session, actor: User, allegation_id: int, *, expected_version: int | None = None) -> Allegation:
    """Declare the public record complete and free of leaks, ready for a second moderator."""
    _require_role(actor, STAFF, "approve allegations")
    allegation = get_for_actor(session, actor, allegation_id, lock=True)
    _require_state(allegation, (State.in_review,), "approve")
    _check_version(session, allegation, expected_version)
    missing = _missing(session, allegation, REQUIRED_TO_APPROVE)
    if missing:
        raise ValidationFailed("Complete the public record before approving.", fields=missing)
    _require_consent_for_names(session, allegation)
    _guard(session, allegation, "approve")
    allegation.state = State.approved
    allegation.approved_by_id = actor.id
    _touch(allegation)
    _audit(session, actor, allegation, "approve", ["state"])
    return allegation


def _next_reference(session: Session, year: int) -> str:
    """RR-YYYY-NNNN from a per-year counter; the UPDATE's row lock makes concurrent publishes distinct."""
    insert = sqlite_insert if session.get_bind().dialect.name == "sqlite" else pg_insert
    session.execute(insert(ReferenceCounter).values(year=year, last=0).on_conflict_do_nothing())
    number = session.execute(
        update(ReferenceCounter).where(ReferenceCounter.year == year)
        .values(last=ReferenceCounter.last + 1).returning(ReferenceCounter.last)
    ).scalar_one()
    return f"RR-{year}-{number:04d}"


def blocked_by_four_eyes(actor: User, allegation: Allegation, four_eyes: bool) -> bool:
    """True when the four-eyes rule keeps this actor from publishing: they approved it."""
    return four_eyes and allegation.approved_by_id == actor.id


def publish(session: Session, actor: User, allegation_id: int, *, four_eyes: bool = True,
            expected_version: int | None = None, exceptions_confirmed: bool = False) -> Allegation:
    """Make an approved allegation public under a new reference (by another moderator, four-eyes).

    Four-eyes covers the exceptions too: where moderators marked leak-guard hits as false
    positives, the publishing moderator must confirm each of them.
    """
    _require_role(actor, STAFF, "publish allegations")
    allegation = get_for_actor(session, actor, allegation_id, lock=True)
    _require_state(allegation, (State.approved,), "publish")
    _check_version(session, allegation, expected_version)
    if blocked_by_four_eyes(actor, allegation, four_eyes):
        raise TransitionError("Another moderator must publish what you approved (four-eyes rule).",
                              state=allegation.state, action="publish")
    _require_consent_for_names(session, allegation)
    _guard(session, allegation, "publish")
    marks = read_private(session, allegation).false_positives
    if marks and not exceptions_confirmed:
        message = "Check each exception to the leak guard listed above and confirm them before publishing."
        raise ValidationFailed(message, fields={"exceptions_confirmed": message})
    now = utcnow()
    allegation.reference = _next_reference(session, now.year)
    allegation.state = State.published
    allegation.published_at = now
    allegation.updated_at = now
    # The first time anything of this allegation stands in clear: what the second moderator saw.
    _project(session, allegation, working_copy(session, allegation))
    _touch(allegation)
    _audit(session, actor, allegation, "publish", ["state", "reference", "published_at"],
           note=f"Confirmed {len(marks)} exception(s) to the leak guard." if marks else None)
    _public_content_changed(session, allegation)
    return allegation


def add_follow_up(session: Session, actor: User, allegation_id: int, kind: str, happened_on, body: str) -> FollowUp:
    """Add a dated public update to a published allegation; its text passes the leak guard."""
    _require_role(actor, STAFF, "add follow-ups")
    allegation = get_for_actor(session, actor, allegation_id, lock=True)
    _require_state(allegation, (State.published,), "add a follow-up to")
    errors = {}
    if kind not in vocab.slugs("follow_up_kinds"):
        errors["kind"] = "Not a known choice."
    try:
        happened_on = _parse_date(happened_on)
        if happened_on is None:
            errors["happened_on"] = "Give the date."
        elif happened_on > dt.date.today():
            errors["happened_on"] = "The date cannot be in the future."
    except ValueError:
        errors["happened_on"] = "Not a valid date."
    body = clean_text(body)
    if not body:
        errors["body"] = "Write the update."
    elif len(body) > 20000:
        errors["body"] = "Use at most 20000 characters."
    if errors:
        raise ValidationFailed("Some fields need attention.", fields=errors)
    _guard(session, allegation, "add this follow-up", extra_public={"follow_up:new": body})
    follow_up = FollowUp(allegation_id=allegation.id, kind=kind, happened_on=happened_on, body=body,
                         created_by_id=actor.id)
    session.add(follow_up)
    allegation.updated_at = utcnow()
    _touch(allegation)
    session.flush()
    _attach_new_marks(session, allegation, follow_up)
    _audit(session, actor, allegation, "add_follow_up", ["follow_ups", "updated_at"])
    _public_content_changed(session, allegation)
    return follow_up


def correct(session: Session, actor: User, allegation_id: int, data: dict, note: str = "", *,
            expected_version: int | None) -> Allegation:
    """Change public fields of a published allegation; the change passes the leak guard first."""
    _require_role(actor, STAFF, "correct allegations")
    allegation = get_for_actor(session, actor, allegation_id, lock=True)
    _require_state(allegation, (State.published,), "correct")
    _check_version(session, allegation, expected_version)
    if len(clean_text(note)) > 20000:  # the same limit as the form and a follow-up, for every caller
        raise ValidationFailed("Use at most 20000 characters.", fields={"correction_note": "Use at most 20000 characters."})
    changed = _apply(session, allegation, clean_fields(data, allowed=PUBLIC_FIELDS, current=working_copy(session, allegation)))
    note = clean_text(note)
    if not changed and not note:
        return allegation
    _require_consent_for_names(session, allegation)
    session.flush()
    # The note is checked under the key the moderator can mark a false positive on ("follow_up:new"),
    # before it becomes a follow-up; raising rolls the whole request back.
    _guard(session, allegation, "save this correction", extra_public={"follow_up:new": note} if note else None)
    if note:
        follow_up = FollowUp(allegation_id=allegation.id, kind="correction", happened_on=dt.date.today(),
                             body=note, created_by_id=actor.id)
        session.add(follow_up)
        session.flush()
        _attach_new_marks(session, allegation, follow_up)
        changed.append("follow_ups")
    allegation.updated_at = utcnow()
    _touch(allegation)
    _audit(session, actor, allegation, "correct", changed)
    _public_content_changed(session, allegation, removed_text=True)
    return allegation


def retract(session: Session, actor: User, allegation_id: int, reason: str) -> Allegation:
    """Withdraw a published allegation from the registry, leaving a public notice with the reason."""
    _require_role(actor, STAFF, "retract allegations")
    allegation = get_for_actor(session, actor, allegation_id, lock=True)
    _require_state(allegation, (State.published,), "retract")
    reason = clean_text(reason)
    if not reason:
        raise ValidationFailed("Give the public reason for the retraction.", fields={"reason": "required"})
    if len(reason) > 2000:
        raise ValidationFailed("Use at most 2000 characters.", fields={"reason": "too long"})
    # Only the reason is new public text. The old content leaves every surface with the
    # retraction, so a hit in it (found after publication) must never block taking it down.
    private = read_private(session, allegation)
    hits = redaction.unresolved(redaction.leak_hits({"retraction_reason": reason}, private,
                                                    allegation.public_victim_names, guard_context(session, allegation)),
                                _marks_for_text(private.false_positives, "retraction_reason", reason))
    if hits:
        raise LeakFound(f"Cannot retract with this reason: {len(hits)} possible leak(s) of private or "
                        "identifying information in it. Reword the reason, or confirm each as public with a note.", hits)
    # The old content leaves the clear columns (the working copy keeps it, sealed, for the
    # moderators); feeds keep only the terms they route the notice by, public until now.
    allegation.feed_terms = {name: getattr(allegation, name) for name in FEED_TERM_FIELDS}
    _clear_projection(session, allegation)
    follow_ups = list(session.exec(select(FollowUp).where(FollowUp.allegation_id == allegation.id)
                                   .order_by(FollowUp.happened_on, FollowUp.id)))
    if follow_ups:
        kept = retracted_follow_ups(session, allegation) + [
            {"kind": f.kind, "happened_on": f.happened_on.isoformat(), "body": f.body,
             "created_by_id": f.created_by_id, "created_at": f.created_at.isoformat()} for f in follow_ups]
        _seal_document(session, allegation, **{RETRACTED_FOLLOW_UPS_KEY: kept})
        for follow_up in follow_ups:
            session.delete(follow_up)
    allegation.state = State.retracted
    allegation.retraction_reason = reason
    allegation.retracted_at = utcnow()
    allegation.updated_at = allegation.retracted_at
    _touch(allegation)
    _audit(session, actor, allegation, "retract", ["state", "retraction_reason", "retracted_at"])
    _public_content_changed(session, allegation, removed_text=True)
    return allegation


# ---------------------------------------------------------------------------------------------
# Reading, for the submitter's and moderators' own views.

def list_for_organisation(session: Session, actor: User, *, page: int = 1, per_page: int = 25):
    """The actor's organisation's allegations (as working copies), newest first, with the total count."""
    _require_role(actor, SUBMITTER, "list submissions")
    query = select(Allegation).where(Allegation.organisation_id == actor.organisation_id,
                                     ~((Allegation.state == State.withdrawn) & Allegation.submitted_at.is_(None)))
    total = session.exec(select(func.count()).select_from(query.subquery())).one()
    rows = session.exec(query.order_by(Allegation.modified_at.desc(), Allegation.id.desc())
                        .offset((page - 1) * per_page).limit(per_page)).all()
    return [working_copy(session, a) for a in rows], total


def messages_for(session: Session, actor: User, allegation: Allegation) -> list[tuple[Message, str]]:
    """The conversation on an allegation with bodies opened, oldest first."""
    get_for_actor(session, actor, allegation.id)
    rows = session.exec(select(Message).where(Message.allegation_id == allegation.id).order_by(Message.id)).all()
    return [(m, read_message(session, m)) for m in rows]


def audit_trail(session: Session, actor: User, allegation: Allegation) -> list[AuditRecord]:
    _require_role(actor, STAFF, "read the audit trail")
    return list(session.exec(select(AuditRecord).where(AuditRecord.allegation_id == allegation.id)
                             .order_by(AuditRecord.id)))

