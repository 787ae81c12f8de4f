"""A random handle for each allegation, carried by submission and review URLs instead of the id.

The sequential id in a URL told anyone who saw one (a proxy log, a browser history, a shared
screenshot) how many allegations the registry holds and roughly when each arrived. Existing
allegations get a handle here; new ones get theirs at creation (models.new_handle).

Revision ID: 0005_allegation_handle
Revises: 0004c_submission_token
Create Date: 2026-12-01
"""
import secrets

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0005_allegation_handle"
down_revision = "0004c_submission_token"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("allegation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("handle", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True))
    connection = op.get_bind()
    for (allegation_id,) in connection.execute(sa.text("SELECT id FROM allegation")).all():
        connection.execute(sa.text("UPDATE allegation SET handle = :handle WHERE id = :id"),
                           {"handle": secrets.token_urlsafe(16), "id": allegation_id})
    with op.batch_alter_table("allegation", schema=None) as batch_op:
        batch_op.alter_column("handle", existing_type=sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False)
        batch_op.create_index(batch_op.f("ix_allegation_handle"), ["handle"], unique=True)


def downgrade():
    with op.batch_alter_table("allegation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_allegation_handle"))
        batch_op.drop_column("handle")
