"""sealed working copy: an allegation's public fields are private until publication

The clear columns of `allegation` become the published projection: publish fills them,
retract empties them. This migration moves what stands in them for every unpublished
allegation into its sealed document (key "working_copy") and empties them; a retracted
allegation keeps only the terms its retraction notice is routed by (new column feed_terms),
and its follow-ups move into the sealed document too. Vocabulary term rows remain only for
published allegations.

The data move needs the key ring: db.upgrade hands it over in the Alembic config's attributes
("cipher"), from the instance folder's encryption.keys, as `flask --app registry init` does.
Run without it (bare `alembic upgrade`), the migration refuses to touch a database that holds
allegations. On SQLite, db.upgrade then runs VACUUM so that no page keeps the old clear text.

Revision ID: 0006_sealed_working_copy
Revises: 0006_reported_date_precision
Create Date: 2026-12-01
"""
import datetime as dt
import json

import sqlalchemy as sa
from alembic import op

revision = "0006_sealed_working_copy"
down_revision = "0006_reported_date_precision"
branch_labels = None
depends_on = None

# Frozen here (not imported from workflow) so that the migration means the same thing later.
LIST_COLUMNS = ("mechanisms", "engagement_kinds", "reprisal_types", "perpetrators", "victim_categories",
                "public_victim_names")
DATE_COLUMNS = ("incident_date", "reported_date")
PROJECTION = {
    "title": "", "country": "", "region": "", "mechanisms": [], "mechanism_detail": "", "engagement_kinds": [],
    "reprisal_types": [], "perpetrators": [], "victim_type": "individual", "victim_categories": [],
    "victim_count": 1, "incident_date": None, "incident_date_precision": "day", "reported_date": None,
    "summary": "", "public_victim_names": [], "case_status": "ongoing",
}
PUBLIC_STATES = ("published", "retracted")


def _columns():
    types = {name: sa.JSON for name in LIST_COLUMNS} | {name: sa.Date for name in DATE_COLUMNS}
    types["victim_count"] = sa.Integer
    return [sa.column(name, types.get(name, sa.Text)) for name in PROJECTION]


allegation = sa.table("allegation", sa.column("id", sa.Integer), sa.column("state", sa.Text),
                      sa.column("private_sealed", sa.Text), sa.column("feed_terms", sa.JSON), *_columns())
allegation_term = sa.table("allegation_term", sa.column("allegation_id", sa.Integer))
follow_up = sa.table("follow_up", sa.column("id", sa.Integer), sa.column("allegation_id", sa.Integer),
                     sa.column("kind", sa.Text), sa.column("happened_on", sa.Date), sa.column("body", sa.Text),
                     sa.column("created_by_id", sa.Integer), sa.column("created_at", sa.DateTime))


def _iso(value):
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def upgrade():
    # A plain ADD COLUMN (SQLite has it): a batch copy of the table would trip the foreign keys
    # that point at existing allegations.
    op.add_column("allegation", sa.Column("feed_terms", sa.JSON(), nullable=False, server_default=sa.text("'{}'")))

    bind = op.get_bind()
    rows = bind.execute(sa.select(allegation)).mappings().all()
    if not rows:
        return
    cipher = op.get_context().config.attributes.get("cipher")
    if cipher is None:
        raise RuntimeError("Migration 0006 moves unpublished allegations' public fields into their sealed "
                           "document and needs the encryption keys: run `flask --app registry init`.")
    for row in rows:
        document = json.loads(json.dumps(cipher.open(row["private_sealed"]) or {}))
        values = {name: row[name] for name in PROJECTION}
        document.setdefault("working_copy", {
            name: (_iso(value) if name in DATE_COLUMNS else value) for name, value in values.items()})
        changes = {}
        if row["state"] != "published":
            changes.update(PROJECTION)  # emptied: nothing of an unpublished allegation in clear
            bind.execute(sa.delete(allegation_term).where(allegation_term.c.allegation_id == row["id"]))
        if row["state"] == "retracted":
            changes["feed_terms"] = {"country": row["country"] or "", "mechanisms": list(row["mechanisms"] or []),
                                     "reprisal_types": list(row["reprisal_types"] or [])}
            follow_ups = bind.execute(sa.select(follow_up).where(follow_up.c.allegation_id == row["id"])
                                      .order_by(follow_up.c.happened_on, follow_up.c.id)).mappings().all()
            if follow_ups:
                document["retracted_follow_ups"] = [*document.get("retracted_follow_ups", []), *[
                    {"kind": f["kind"], "happened_on": _iso(f["happened_on"]), "body": f["body"],
                     "created_by_id": f["created_by_id"], "created_at": _iso(f["created_at"])} for f in follow_ups]]
                bind.execute(sa.delete(follow_up).where(follow_up.c.allegation_id == row["id"]))
        changes["private_sealed"] = cipher.seal(document)
        bind.execute(sa.update(allegation).where(allegation.c.id == row["id"]).values(changes))
    op.get_context().config.attributes["vacuum"] = True


def downgrade():
    # The working copies stay sealed; downgrading only drops the column (publish fills the rest).
    with op.batch_alter_table("allegation") as batch:
        batch.drop_column("feed_terms")
