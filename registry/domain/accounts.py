"""Organisations, users, passwords and roles.

Sign-in failures give one answer whatever went wrong, so nobody can learn which accounts exist.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from email_validator import EmailNotValidError, validate_email
from sqlmodel import Session, func, select

from .errors import NotFound, ValidationFailed, WeakPassword
from .models import AuditRecord, Organisation, Role, User, utcnow

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
    name = " ".join(name.split())
    if not name or len(name) > 200:
        raise ValidationFailed("An organisation needs a name of 1 to 200 characters.", fields={"name": "required"})
    exists = session.exec(select(Organisation).where(func.lower(Organisation.name) == name.lower())).first()
    if exists:
        raise ValidationFailed(f"An organisation named {exists.name!r} already exists.", fields={"name": "taken"})
    organisation = Organisation(name=name)
    session.add(organisation)
    session.flush()
    session.add(AuditRecord(actor_id=actor.id if actor else None, action="create_organisation", fields=["name"]))
    return organisation


def find_organisation(session: Session, name: str) -> Organisation:
    found = session.exec(select(Organisation).where(func.lower(Organisation.name) == " ".join(name.split()).lower())).first()
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
    actor: User | None = None,
    min_password_length: int = MIN_PASSWORD_LENGTH,
) -> User:
    """Create an account. Submitters belong to an organisation; staff may not."""
    email = normalise_email(email)
    if role not in Role.__members__:
        raise ValidationFailed(f"Unknown role {role!r}; choose one of: {', '.join(Role)}.", fields={"role": "unknown"})
    if role == Role.submitter and organisation is None:
        raise ValidationFailed("A submitter must belong to an organisation.", fields={"organisation": "required"})
    check_password(password, email=email, min_length=min_password_length)
    if session.exec(select(User).where(User.email == email)).first():
        raise ValidationFailed(f"An account for {email} already exists.", fields={"email": "taken"})
    user = User(
        email=email,
        password_hash=hash_password(password),
        role=role,
        organisation_id=organisation.id if organisation else None,
    )
    session.add(user)
    session.flush()
    session.add(AuditRecord(actor_id=actor.id if actor else None, action="create_user", fields=["email", "role"]))
    return user


def authenticate(session: Session, email: str, password: str) -> User | None:
    """The user these credentials belong to, or None; the same work is done either way."""
    try:
        email = normalise_email(email)
    except ValidationFailed:
        email = ""
    user = session.exec(select(User).where(User.email == email)).first() if email else None
    try:
        _hasher.verify(user.password_hash if user else _DUMMY_HASH, password[:MAX_PASSWORD_LENGTH])
    except (VerificationError, InvalidHashError):
        return None
    if user is None or not user.active:
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return user


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


def sign_out_everywhere(session: Session, user: User) -> None:
    """Invalidate every session cookie the account has, on every device."""
    user.session_epoch += 1
    session.add(AuditRecord(actor_id=user.id, action="sign_out_everywhere", fields=[]))


def list_users(session: Session) -> list[User]:
    return list(session.exec(select(User).order_by(User.email)))


def list_organisations(session: Session) -> list[Organisation]:
    return list(session.exec(select(Organisation).order_by(Organisation.name)))
