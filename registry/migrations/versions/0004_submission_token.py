"""submission_token: the new-allegation form's token and the draft it created (idempotent submit)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0004"
down_revision = "0003"
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
