"""submission_token: the new-allegation form's token and the draft it created (idempotent submit)

Revision ID: 0004c_submission_token
Revises: 0004b_guard_sources
Create Date: 2026-12-01
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0004c_submission_token"
down_revision = "0004b_guard_sources"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "submission_token",
        sa.Column("digest", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("allegation_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["allegation_id"], ["allegation.id"]),
        sa.PrimaryKeyConstraint("digest"),
    )
    op.create_index("ix_submission_token_allegation_id", "submission_token", ["allegation_id"], unique=False)


def downgrade():
    op.drop_index("ix_submission_token_allegation_id", table_name="submission_token")
    op.drop_table("submission_token")
