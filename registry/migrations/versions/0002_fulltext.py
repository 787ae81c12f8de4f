"""full-text index of published allegations

SQLite: an FTS5 virtual table (rowid = allegation id) holding its own copy of the public text.
PostgreSQL: a table with a generated tsvector column and a GIN index on it.
Either way the table holds only the public text of published allegations (search.search_document);
workflow keeps it in step through search.index_allegation.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy import exc
from sqlmodel import Session

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade():
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        try:
            op.execute(
                "CREATE VIRTUAL TABLE allegation_search USING fts5("
                "title, body, tokenize = 'unicode61 remove_diacritics 2')"
            )
        except exc.OperationalError:
            # An SQLite built without FTS5: search falls back to LIKE (search.index_available).
            return
    else:
        op.execute(
            "CREATE TABLE allegation_search ("
            " allegation_id integer PRIMARY KEY REFERENCES allegation(id) ON DELETE CASCADE,"
            " title text NOT NULL DEFAULT '',"
            " body text NOT NULL DEFAULT '',"
            " document tsvector GENERATED ALWAYS AS ("
            "  setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', body), 'B')"
            " ) STORED)"
        )
        op.execute("CREATE INDEX ix_allegation_search_document ON allegation_search USING gin (document)")
    # Index what is already published, through the one function that decides what is indexed.
    # It reads through today's models, whose later columns (0005's handle, ...) do not exist yet
    # here: a database with nothing published (every new one) has nothing to index anyway.
    if not bind.execute(sa.text("SELECT count(*) FROM allegation WHERE state = 'published'")).scalar():
        return
    from registry.domain import search

    session = Session(bind=bind)
    search.reindex_all(session)
    session.flush()


def downgrade():
    op.execute("DROP TABLE IF EXISTS allegation_search")
