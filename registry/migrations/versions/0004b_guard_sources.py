"""The source's names for the leak guard: an organisation's acronym and aliases, a person's name.

Plain ADD/DROP COLUMN (SQLite 3.35+ drops columns itself): a batch table copy would trip the
foreign keys that point at these tables.

Revision ID: 0004b_guard_sources
Revises: 0004_region_subdivisions
Create Date: 2026-12-01
"""
import sqlalchemy as sa
from alembic import op

revision = "0004b_guard_sources"
down_revision = "0004_region_subdivisions"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("organisation", sa.Column("acronym", sa.String(length=40), nullable=False, server_default=""))
    op.add_column("organisation", sa.Column("aliases", sa.JSON(), nullable=False, server_default="[]"))
    op.add_column("user_account", sa.Column("full_name", sa.String(length=200), nullable=False, server_default=""))


def downgrade():
    op.drop_column("user_account", "full_name")
    op.drop_column("organisation", "aliases")
    op.drop_column("organisation", "acronym")
