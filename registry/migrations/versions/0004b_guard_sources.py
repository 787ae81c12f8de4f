"""The source's names for the leak guard: an organisation's acronym and aliases, a person's name.

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
    with op.batch_alter_table("organisation") as batch:
        batch.add_column(sa.Column("acronym", sa.String(length=40), nullable=False, server_default=""))
        batch.add_column(sa.Column("aliases", sa.JSON(), nullable=False, server_default="[]"))
    with op.batch_alter_table("user_account") as batch:
        batch.add_column(sa.Column("full_name", sa.String(length=200), nullable=False, server_default=""))


def downgrade():
    with op.batch_alter_table("user_account") as batch:
        batch.drop_column("full_name")
    with op.batch_alter_table("organisation") as batch:
        batch.drop_column("aliases")
        batch.drop_column("acronym")
