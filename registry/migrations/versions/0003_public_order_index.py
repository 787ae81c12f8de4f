"""An index for walking published allegations newest first (listings, feeds, downloads).

Without it every batch of iter_public_records sorted all public rows: quadratic in the
registry's size for a full export.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade():
    op.create_index("ix_allegation_public_order", "allegation", ["state", "published_at", "id"], unique=False)


def downgrade():
    op.drop_index("ix_allegation_public_order", table_name="allegation")
