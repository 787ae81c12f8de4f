"""The public region becomes an ISO 3166-2 subdivision code, or nothing.

A free-text region let a moderator publish the victim's village. Each stored region that names
a subdivision of the allegation's own country exactly (its code, or its name with or without its
type word: "Sfax", "sfax governorate", "TN-61"; case and accents aside) becomes that code. Any
other text is emptied, and an audit record (action "region_cleared_by_migration", fields
["region"]) lets moderators see it on the review page; the old text is kept nowhere, as it may
be the very place that must not be published. Published allegations that changed get their
full-text index entry rebuilt, so that a search for the old text finds nothing.

Plain SQLAlchemy core and pycountry only: the app's models and search code will change after this
migration, which must keep doing what it did.

Revision ID: 0004_region_subdivisions
Revises: 0003
Create Date: 2026-12-01
"""
import datetime as dt
import re
import unicodedata

import pycountry
import sqlalchemy as sa
from alembic import op
from sqlmodel.sql.sqltypes import UTCDateTime

revision = "0004_region_subdivisions"
down_revision = "0003"
branch_labels = None
depends_on = None

ACTION = "region_cleared_by_migration"

allegation = sa.table(
    "allegation", sa.column("id", sa.Integer), sa.column("state", sa.String), sa.column("version", sa.Integer),
    sa.column("country", sa.String), sa.column("region", sa.String), sa.column("reference", sa.String),
    sa.column("summary", sa.Text), sa.column("mechanism_detail", sa.String), sa.column("title", sa.String),
    sa.column("modified_at", UTCDateTime()), sa.column("updated_at", UTCDateTime()),
)
audit_record = sa.table(
    "audit_record", sa.column("allegation_id", sa.Integer), sa.column("actor_id", sa.Integer),
    sa.column("action", sa.String), sa.column("fields", sa.JSON), sa.column("note_sealed", sa.Text),
    sa.column("at", UTCDateTime()),
)
follow_up = sa.table("follow_up", sa.column("allegation_id", sa.Integer), sa.column("body", sa.Text),
                     sa.column("happened_on", sa.Date), sa.column("id", sa.Integer))


def fold(text: str) -> str:
    """Case and accents aside (the search index's folding, as of this migration)."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _key(text: str) -> str:
    """Folded, with punctuation and repeated spaces as one space: "North-West  Region" ~ "north west region"."""
    return " ".join(re.sub(r"[\W_]+", " ", fold(text)).split())


def spellings(subdivision) -> set[str]:
    """The forms of a subdivision's name an old free-text region may have used."""
    name, kind = _key(subdivision.name), _key(subdivision.type)
    return {_key(subdivision.code), name, f"{name} {kind}", f"{kind} {name}", f"{kind} of {name}"}


def matching_code(country: str, region: str) -> str | None:
    """The code of the country's subdivision that `region` names exactly, or None."""
    wanted = _key(region)
    if not wanted or not country:
        return None
    found = [s.code for s in pycountry.subdivisions.get(country_code=country.upper()) or []
             if wanted in spellings(s)]
    return found[0] if len(found) == 1 else None  # two subdivisions of the same name: a moderator decides


def _country_name(code: str) -> str:
    country = pycountry.countries.get(alpha_2=(code or "").upper())
    return (getattr(country, "common_name", None) or country.name) if country else (code or "")


def _reindex(bind, row, region_code: str | None) -> None:
    """Rebuild a published allegation's entry in the full-text index (migration 0002's table)."""
    if not sa.inspect(bind).has_table("allegation_search"):
        return  # an SQLite without FTS5: search falls back to LIKE on the allegation itself
    follow_ups = bind.execute(sa.select(follow_up.c.body).where(follow_up.c.allegation_id == row.id)
                              .order_by(follow_up.c.happened_on, follow_up.c.id)).scalars().all()
    region_name = pycountry.subdivisions.get(code=region_code).name if region_code else ""
    parts = [row.reference or "", row.summary, region_name, row.mechanism_detail, _country_name(row.country),
             *follow_ups]
    body = fold("\n".join(part for part in parts if part))
    key = "rowid" if bind.dialect.name == "sqlite" else "allegation_id"
    bind.execute(sa.text(f"UPDATE allegation_search SET body = :body WHERE {key} = :id"), {"body": body, "id": row.id})


def upgrade():
    bind = op.get_bind()
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    rows = bind.execute(sa.select(allegation).where(allegation.c.region != "")).all()
    for row in rows:
        code = matching_code(row.country, row.region)
        if code == row.region:
            continue
        changes = {"region": code or "", "version": row.version + 1, "modified_at": now}
        if row.state == "published":
            changes["updated_at"] = now  # the public record changed
        bind.execute(allegation.update().where(allegation.c.id == row.id).values(**changes))
        if code is None:
            bind.execute(audit_record.insert().values(allegation_id=row.id, actor_id=None, action=ACTION,
                                                      fields=["region"], note_sealed=None, at=now))
        if row.state == "published" and row.reference:
            _reindex(bind, row, code)


def downgrade():
    # The codes stay: they are valid text for the old free-text field, and what was emptied
    # is gone on purpose.
    pass
