"""Organisations, users, passwords and roles.

Sign-in failures give one answer whatever went wrong, so nobody can learn which accounts exist.
"""
from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from functools import lru_cache
from pathlib import Path

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from email_validator import EmailNotValidError, validate_email
from sqlalchemy import update
from sqlmodel import Session, select

from .errors import NotFound, ValidationFailed, WeakPassword
from .models import AuditRecord, Organisation, Role, User, utcnow
from .text import clean_text

COMMON_PASSWORDS = Path(__file__).resolve().parent.parent / "data" / "common-passwords.txt"
MIN_PASSWORD_LENGTH = 12
MAX_PASSWORD_LENGTH = 1024  # argon2 takes any length; a cap keeps a megabyte "password" from costing CPU

_hasher = PasswordHasher()
# Verified when the e-mail is unknown, so a wrong e-mail costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash("not-a-real-password-but-the-same-cost")


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    lines = COMMON_PASSWORDS.read_text().splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


def password_problem(password: str, *, email: str = "", min_length: int = MIN_PASSWORD_LENGTH) -> str | None:
    """Why a password is too weak, in a sentence for the person choosing it; None when it is fine."""
    if len(password) < min_length:
        return f"Use at least {min_length} characters."
    if len(password) > MAX_PASSWORD_LENGTH:
        return f"Use at most {MAX_PASSWORD_LENGTH} characters."
    folded = password.lower()
    core = re.sub(r"[\d\W_]+$", "", folded)
    common = common_passwords()
    if folded in common or core in common or len(set(folded)) < 4:
        return "This password is too common or too easy to guess; choose another."
    local = email.split("@", 1)[0].lower()
    if local and len(local) >= 4 and local in folded:
        return "The password must not contain your e-mail address."
    return None


def check_password(password: str, *, email: str = "", min_length: int = MIN_PASSWORD_LENGTH) -> None:
    problem = password_problem(password, email=email, min_length=min_length)
    if problem:
        raise WeakPassword(problem, fields={"password": problem})


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def normalise_email(email: str) -> str:
    """The canonical form of an e-mail address, or ValidationFailed with the reason."""
    try:
        return validate_email(email.strip(), check_deliverability=False).normalized.lower()
    except EmailNotValidError as exc:
        raise ValidationFailed(f"Invalid e-mail address: {exc}", fields={"email": str(exc)}) from None


def create_organisation(session: Session, name: str, *, actor: User | None = None) -> Organisation:
    """Register an NGO; names are unique regardless of case."""
    # Cleaned like every free text: no NUL (PostgreSQL refuses it), no control or bidi-override
    # characters in a name shown on admin pages (found by tests/test_fuzz.py).
    name = clean_text(name, multiline=False)
    if not name or len(name) > 200:
        message = "An organisation needs a name of 1 to 200 characters."
        raise ValidationFailed(message, fields={"name": message})
    exists = _organisation_named(session, name)
    if exists:
        message = f"An organisation named {exists.name!r} already exists."
        raise ValidationFailed(message, fields={"name": message})
    organisation = Organisation(name=name)
    session.add(organisation)
    session.flush()
    session.add(AuditRecord(actor_id=actor.id if actor else None, action="create_organisation", fields=["name"]))
    return organisation


def _organisation_named(session: Session, name: str) -> Organisation | None:
    """The organisation of that name regardless of case, in every script: SQLite's lower() folds
    ASCII only, so "Ä" and "ä" would pass a SQL check and then break the unique index with a
    500 (found by tests/test_fuzz.py). Registries hold hundreds of organisations, not millions."""
    wanted = clean_text(name, multiline=False).casefold()
    return next((o for o in session.exec(select(Organisation)) if o.name.casefold() == wanted), None)


def find_organisation(session: Session, name: str) -> Organisation:
    found = _organisation_named(session, name)
    if not found:
        raise NotFound(f"No organisation named {name!r}.")
    return found


def create_user(
    session: Session,
    email: str,
    password: str,
    role: str,
    *,
    organisation: Organisation | None = None,
    organisation_id: int | None = None,
    actor: User | None = None,
    min_password_length: int = MIN_PASSWORD_LENGTH,
) -> User:
    """Create an account. Submitters belong to an organisation (given, or found by its id); staff may not.

    The password is hashed before anything is read: on SQLite the first read of the transaction
    takes the write lock, which nobody else could take while argon2 runs.
    """
    email = normalise_email(email)
    if role not in Role.__members__:
        message = f"Unknown role {role!r}; choose one of: {', '.join(Role)}."
        raise ValidationFailed(message, fields={"role": message})
    check_password(password, email=email, min_length=min_password_length)
    password_hash = hash_password(password)
    if organisation is None and organisation_id:
        organisation = get_organisation(session, organisation_id)
    if role == Role.submitter and organisation is None:
        message = "A submitter must belong to an organisation."
        raise ValidationFailed(message, fields={"organisation": message})
    if session.exec(select(User).where(User.email == email)).first():
        message = f"An account for {email} already exists."
        raise ValidationFailed(message, fields={"email": message})
    user = User(
        email=email,
        password_hash=password_hash,
        role=role,
        organisation_id=organisation.id if organisation else None,
    )
    session.add(user)
    session.flush()
    session.add(AuditRecord(actor_id=actor.id if actor else None, action="create_user", fields=["email", "role"]))
    return user


def authenticate(session: Session, email: str, password: str) -> User | None:
    """The user these credentials belong to, or None; the same work is done either way.

    Reads only: give it a session that takes no write lock. argon2 costs a third of a second, and
    on SQLite a write transaction holds the one lock of the whole database: hashing inside one let
    a stream of failed sign-ins starve every other writer (issue 15). The read ends before argon2 runs.
    """
    try:
        email = normalise_email(email)
    except ValidationFailed:
        email = ""
    user = session.exec(select(User).where(User.email == email)).first() if email else None
    # End the read transaction (commit, not rollback: sessions keep loaded values on commit).
    session.commit()
    if not _password_matches(user.password_hash if user else _DUMMY_HASH, password):
        return None
    if user is None or not user.active:
        return None
    return user


def upgrade_password_hash(session: Session, user: User, password: str) -> None:
    """Store a fresh hash when the stored one uses older argon2 parameters, after a correct password.

    The new hash is computed before any statement runs; the write is one conditional UPDATE, so a
    password changed meanwhile is never overwritten with the old one.
    """
    stored = user.password_hash
    if not _hasher.check_needs_rehash(_bare_hash(stored)):
        return
    fresh = _mark(hash_password(password), temporary=password_is_temporary(user))
    session.execute(update(User).where(User.id == user.id, User.password_hash == stored)
                    .values(password_hash=fresh))


# A password set by an admin (typed or generated) must be replaced by its owner at the next
# sign-in: the admin knows it. The mark travels with the hash, so no other table has to agree.
TEMPORARY_MARK = "temporary$"


def _bare_hash(stored: str) -> str:
    return stored.removeprefix(TEMPORARY_MARK)


def _mark(password_hash: str, *, temporary: bool) -> str:
    return TEMPORARY_MARK + password_hash if temporary else password_hash


def _password_matches(stored: str, password: str) -> bool:
    try:
        return _hasher.verify(_bare_hash(stored), password[:MAX_PASSWORD_LENGTH])
    except (VerificationError, InvalidHashError):
        return False


def password_is_temporary(user: User) -> bool:
    """True when an admin set this password and its owner has not replaced it yet."""
    return user.password_hash.startswith(TEMPORARY_MARK)


def get_user(session: Session, user_id: int) -> User | None:
    return session.get(User, user_id)


def change_password(session: Session, user: User, new_password: str, *, actor: User | None = None,
                    min_password_length: int = MIN_PASSWORD_LENGTH) -> None:
    """Set a new password and end every existing session of the account."""
    check_password(new_password, email=user.email, min_length=min_password_length)
    user.password_hash = hash_password(new_password)
    user.password_changed_at = utcnow()
    user.session_epoch += 1
    session.add(AuditRecord(actor_id=(actor or user).id, action="change_password", fields=["password"]))


def sign_out(session: Session, user: User) -> None:
    """End the account's sessions: a cookie copied before sign-out is worthless after it.

    Cookies are signed, not stored, so the only way to revoke one is the epoch they carry; this
    ends the account's other sessions too, a price worth paying where a cookie opens victims' names.
    """
    user.session_epoch += 1


def sign_out_everywhere(session: Session, user: User) -> None:
    """Invalidate every session cookie the account has, on every device, and say so in the audit."""
    sign_out(session, user)
    session.add(AuditRecord(actor_id=user.id, action="sign_out_everywhere", fields=[]))


def list_users(session: Session) -> list[User]:
    return list(session.exec(select(User).order_by(User.email)))


def list_organisations(session: Session) -> list[Organisation]:
    return list(session.exec(select(Organisation).order_by(Organisation.name)))


def get_user_or_404(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound("There is no such account.")
    return user


def _audit_account(session: Session, actor: User | None, action: str, fields: list[str], target: User) -> None:
    # Audit records carry field names only; which account was touched goes in the sealed note.
    cipher = session.info.get("cipher")
    session.add(AuditRecord(actor_id=actor.id if actor else None, action=action, fields=fields,
                            note_sealed=cipher.seal(f"account #{target.id}") if cipher else None))


# --- Passwords -------------------------------------------------------------------------------

def change_own_password(session: Session, user: User, current_password: str, new_password: str, *,
                        min_password_length: int = MIN_PASSWORD_LENGTH) -> None:
    """The owner replaces their password; the current one is required, and other sessions end."""
    if not _password_matches(user.password_hash, current_password):
        message = "The current password is not correct."
        raise ValidationFailed(message, fields={"current_password": message})
    if new_password == current_password:
        message = "Choose a password different from the current one."
        raise ValidationFailed(message, fields={"new_password": message})
    try:
        change_password(session, user, new_password, min_password_length=min_password_length)
    except WeakPassword as exc:
        raise WeakPassword(exc.message, fields={"new_password": exc.message}) from None


_TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i: read aloud or copied by hand


def generate_temporary_password() -> str:
    """Four groups of five random characters (about 99 bits), e.g. 'k7m2p-...'."""
    while True:
        password = "-".join("".join(secrets.choice(_TEMPORARY_ALPHABET) for _ in range(5)) for _ in range(4))
        if password_problem(password) is None:
            return password


def reset_password(session: Session, user: User, *, actor: User, new_password: str | None = None,
                   min_password_length: int = MIN_PASSWORD_LENGTH) -> str | None:
    """An admin sets a password (or has one generated, returned once); its owner must change it.

    Every session of the account ends. Returns the generated password, or None when one was given.
    """
    if user.id == actor.id:
        # Resetting skips the current password: whoever holds an admin's open session could take
        # the account for good. Owners change their password on the account page, proving it.
        raise ValidationFailed("Change your own password on your account page, with your current password.")
    generated = None
    if not new_password:
        new_password = generated = generate_temporary_password()
    check_password(new_password, email=user.email, min_length=min_password_length)
    user.password_hash = _mark(hash_password(new_password), temporary=True)
    user.password_changed_at = utcnow()
    user.session_epoch += 1
    _audit_account(session, actor, "reset_password", ["password"], user)
    return generated


# --- Roles and deactivation (admin) ------------------------------------------------------------

def _refuse_own_account(user: User, actor: User, what: str) -> None:
    # An admin who demotes or locks out themselves may leave the registry with no admin at all.
    if user.id == actor.id:
        raise ValidationFailed(f"You cannot {what} your own account; ask another admin.")


def change_role(session: Session, user: User, role: str, *, actor: User,
                organisation: Organisation | None = None) -> None:
    """Give an account another role; a submitter must belong to an organisation. Sessions end."""
    if role not in Role.__members__:
        message = f"Unknown role {role!r}."
        raise ValidationFailed(message, fields={"role": message})
    _refuse_own_account(user, actor, "change the role of")
    if organisation is not None:
        user.organisation_id = organisation.id
    if role == Role.submitter and user.organisation_id is None:
        message = "A submitter must belong to an organisation."
        raise ValidationFailed(message, fields={"organisation": message})
    if role != Role.submitter:
        user.organisation_id = None  # staff see every organisation's work; they belong to none
    user.role = role
    user.session_epoch += 1
    _audit_account(session, actor, "change_role", ["role"], user)


def set_active(session: Session, user: User, active: bool, *, actor: User) -> None:
    """Deactivate an account (its sessions end at once and it cannot sign in) or reactivate it."""
    _refuse_own_account(user, actor, "deactivate")
    user.active = active
    user.session_epoch += 1
    _audit_account(session, actor, "reactivate_user" if active else "deactivate_user", ["active"], user)


# --- Second factor (TOTP) and recovery codes ------------------------------------------------------

RECOVERY_CODE_COUNT = 10
TOTP_DIGITS = 6


def second_factor_required(user: User, *, staff_must_enrol: bool) -> bool:
    """True when the account may do nothing before it enrols a second factor."""
    return staff_must_enrol and user.is_staff and not user.totp_enabled


def _totp_state(session: Session, user: User) -> dict | None:
    # The sealed document holds the secret and the last time step accepted, so a code seen
    # over someone's shoulder cannot be used a second time.
    if not user.totp_secret_sealed:
        return None
    return session.info["cipher"].open(user.totp_secret_sealed)


def _store_totp_state(session: Session, user: User, state: dict) -> None:
    user.totp_secret_sealed = session.info["cipher"].seal(state)


def start_totp_enrolment(session: Session, user: User) -> None:
    """Draw a new secret for the account; it takes effect once a code from it is confirmed."""
    if user.totp_enabled:
        raise ValidationFailed("Two-factor sign-in is already set up for this account.")
    _store_totp_state(session, user, {"secret": pyotp.random_base32(), "last_step": 0})


def totp_enrolment(session: Session, user: User, *, issuer: str) -> tuple[str, str] | None:
    """(secret, otpauth:// URI) of an enrolment in progress, for the QR code; None when none is."""
    state = _totp_state(session, user)
    if user.totp_enabled or state is None:
        return None
    uri = pyotp.TOTP(state["secret"]).provisioning_uri(name=user.email, issuer_name=issuer)
    return state["secret"], uri


def _lock_for_codes(session: Session, user: User) -> None:
    """Re-read the account's row and hold it until the transaction ends, before a one-time code is
    checked: two requests with the same code would otherwise both read "unused" and both sign in
    (seen on PostgreSQL, issue 15). PostgreSQL: SELECT ... FOR UPDATE makes the second wait, then
    see the code used. SQLite: writers are serialised by BEGIN IMMEDIATE; the re-read sees the row
    as committed. populate_existing refreshes `user` itself (it belongs to this session)."""
    session.exec(select(User).where(User.id == user.id).with_for_update()
                 .execution_options(populate_existing=True)).one()


def _accept_totp(session: Session, user: User, code: str) -> bool:
    _lock_for_codes(session, user)
    state = _totp_state(session, user)
    code = re.sub(r"\s+", "", code or "")
    if state is None or not re.fullmatch(rf"\d{{{TOTP_DIGITS}}}", code):
        return False
    totp = pyotp.TOTP(state["secret"])
    now = totp.timecode(utcnow())
    for step in (now - 1, now, now + 1):  # one step either side: phones' clocks drift
        if step > state.get("last_step", 0) and hmac.compare_digest(totp.generate_otp(step), code):
            state["last_step"] = step
            _store_totp_state(session, user, state)
            return True
    return False


def confirm_totp_enrolment(session: Session, user: User, code: str) -> list[str]:
    """Switch the second factor on once the person proves their app shows the right code.

    Returns the recovery codes in clear, to be shown once; only their hashes are kept.
    """
    if user.totp_enabled or not user.totp_secret_sealed:
        raise ValidationFailed("Start setting up two-factor sign-in first.")
    if not _accept_totp(session, user, code):
        message = "That code is not the one your app shows now; try the next one."
        raise ValidationFailed(message, fields={"code": message})
    user.totp_enabled = True
    codes = _new_recovery_codes(user)
    user.session_epoch += 1  # sessions opened before the second factor existed end now
    _audit_account(session, user, "enable_totp", ["totp"], user)
    return codes


_RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


def _hash_recovery_code(code: str) -> str:
    # Recovery codes are 50 random bits: a plain SHA-256 suffices, no slow hash needed.
    return hashlib.sha256(re.sub(r"[^a-z0-9]", "", code.lower()).encode()).hexdigest()


def _new_recovery_codes(user: User) -> list[str]:
    codes = ["".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(10)) for _ in range(RECOVERY_CODE_COUNT)]
    user.recovery_codes = [_hash_recovery_code(c) for c in codes]
    return [f"{c[:5]}-{c[5:]}" for c in codes]


def regenerate_recovery_codes(session: Session, user: User, code: str) -> list[str]:
    """New recovery codes (the old ones stop working), after a current TOTP code."""
    if not user.totp_enabled or not _accept_totp(session, user, code):
        message = "That code is not the one your app shows now; try the next one."
        raise ValidationFailed(message, fields={"code": message})
    codes = _new_recovery_codes(user)
    _audit_account(session, user, "regenerate_recovery_codes", ["recovery_codes"], user)
    return codes


def verify_second_factor(session: Session, user: User, code: str) -> bool:
    """A six-digit TOTP code, or one of the recovery codes (each works once)."""
    _lock_for_codes(session, user)
    if not user.totp_enabled:
        return False
    if _accept_totp(session, user, code):
        return True
    digest = _hash_recovery_code(code or "")
    for stored in user.recovery_codes or []:
        if hmac.compare_digest(stored, digest):
            user.recovery_codes = [c for c in user.recovery_codes if c != stored]  # a new list: JSON change seen
            _audit_account(session, user, "use_recovery_code", ["recovery_codes"], user)
            return True
    return False


def reset_second_factor(session: Session, user: User, *, actor: User) -> None:
    """An admin removes a lost second factor; the account must enrol again before anything else."""
    _refuse_own_account(user, actor, "reset the second factor of")
    user.totp_enabled = False
    user.totp_secret_sealed = None
    user.recovery_codes = []
    user.session_epoch += 1
    _audit_account(session, actor, "reset_totp", ["totp"], user)


def create_account(session: Session, email: str, role: str, *, actor: User, organisation: Organisation | None = None,
                   organisation_id: int | None = None, password: str | None = None,
                   min_password_length: int = MIN_PASSWORD_LENGTH) -> tuple[User, str | None]:
    """An admin opens an account with a one-time password (typed, or generated and returned once)."""
    generated = None
    if not password:
        password = generated = generate_temporary_password()
    user = create_user(session, email, password, role, organisation=organisation, organisation_id=organisation_id,
                       actor=actor, min_password_length=min_password_length)
    user.password_hash = _mark(user.password_hash, temporary=True)
    return user, generated


def get_organisation(session: Session, organisation_id: int | None) -> Organisation | None:
    if not organisation_id:
        return None
    organisation = session.get(Organisation, organisation_id)
    if organisation is None:
        raise NotFound("There is no such organisation.")
    return organisation
