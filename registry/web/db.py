"""The database session of the current request."""
from __future__ import annotations

from flask import current_app, g, request


def database():
    return current_app.extensions["registry_database"]


def db_session():
    """One session per request; GET and HEAD requests read without taking the write lock."""
    if "db_session" not in g:
        g.db_session = database().session(write=request.method not in ("GET", "HEAD", "OPTIONS"))
    return g.db_session


def read_db_session():
    """A session of the request that only reads and never takes SQLite's write lock, for what runs
    before slow work: sign-in reads the account here, so argon2 never runs inside a write transaction."""
    if "read_db_session" not in g:
        g.read_db_session = database().session(write=False)
    return g.read_db_session


def close_session(_exc=None):
    for name in ("db_session", "read_db_session"):
        session = g.pop(name, None)
        if session is not None:
            session.rollback()
            session.close()


def public_db_session():
    """The session of public pages, feeds, API and downloads: it cannot open private data."""
    if "public_db_session" not in g:
        g.public_db_session = database().public_session()
    return g.public_db_session


def close_public_session(_exc=None):
    session = g.pop("public_db_session", None)
    if session is not None:
        session.close()


# The domain's refusals of a move: shown to the person, never a 4xx/5xx page of their own.
# (NotFound and PermissionDenied are not here: they become the 404/403 pages.)
REFUSED = object()


def commit_change(change, *, form=None):
    """Run one domain change in the request's session and commit it; return what it returned.

    A refused change is rolled back and shown: beside the form's fields when a form is given
    and the refusal names fields, else as a flash message. It then returns REFUSED.
    """
    from flask import flash

    from ..domain.errors import LeakFound, StaleVersion, TransitionError, ValidationFailed
    from .forms import show_domain_errors

    session = db_session()
    try:
        result = change(session)
    except (ValidationFailed, TransitionError, StaleVersion, LeakFound) as exc:
        session.rollback()
        if form is not None and isinstance(exc, ValidationFailed):
            show_domain_errors(form, exc)
        else:
            flash(exc.message, "error")
        return REFUSED
    session.commit()
    return result
