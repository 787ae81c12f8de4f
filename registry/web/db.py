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


def close_session(_exc=None):
    session = g.pop("db_session", None)
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
