"""The public date reported gets a precision, month by default, like the incident date.

The day an allegation was reported can tell when, and so by whom, it was reported. Existing
allegations are shown at month precision from now on; a moderator may choose another.

Revision ID: 0006_reported_date_precision
Revises: 0005_allegation_handle
Create Date: 2026-12-01
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0006_reported_date_precision"
down_revision = "0005_allegation_handle"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("allegation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reported_date_precision", sqlmodel.sql.sqltypes.AutoString(length=10),
                                      nullable=True))
    op.execute("UPDATE allegation SET reported_date_precision = 'month'")
    with op.batch_alter_table("allegation", schema=None) as batch_op:
        batch_op.alter_column("reported_date_precision", existing_type=sqlmodel.sql.sqltypes.AutoString(length=10),
                              nullable=False)


def downgrade():
    with op.batch_alter_table("allegation", schema=None) as batch_op:
        batch_op.drop_column("reported_date_precision")
