"""Enrol an account in two-factor sign-in through the domain, and make codes for it (tests only)."""
from __future__ import annotations

import time

import pyotp
from sqlmodel import select

from registry.domain import accounts
from registry.domain.models import User


def enrol(database, email: str) -> tuple[str, list[str]]:
    """Switch TOTP on for the account; returns (secret, recovery codes)."""
    with database.transaction() as session:
        user = session.exec(select(User).where(User.email == email)).one()
        accounts.start_totp_enrolment(session, user)
        secret, _uri = accounts.totp_enrolment(session, user, issuer="test")
        codes = accounts.confirm_totp_enrolment(session, user, pyotp.TOTP(secret).now())
    return secret, codes


def next_code(secret: str) -> str:
    """The code of the next time step: accepted (clock drift window) and never used before."""
    return pyotp.TOTP(secret).at(time.time() + 30)


def user_by_email(database, email: str) -> User:
    with database.transaction() as session:
        return session.exec(select(User).where(User.email == email)).one()
