"""Finding published allegations: the filters of the website and API, and full-text search.

One interface, `find_public`, for pages, API and feeds. Full-text search runs on a separate
index table, `allegation_search`, created by migration 0002: an FTS5 virtual table on SQLite,
a table with a generated tsvector column and a GIN index on PostgreSQL. The index holds the
PUBLIC text of PUBLISHED allegations only (see `search_document`); workflow keeps it in step
through `index_allegation`, called from its single public-content hook in the same transaction.
Where the index is missing (an SQLite built without FTS5), search falls back to LIKE.
"""
from __future__ import annotations

import dataclasses
import re
import unicodedata
import weakref

from sqlalchemy import and_, column, delete, extract, false, func, insert, inspect, literal_column, or_, table
from sqlalchemy import text as sql_text
from sqlalchemy.orm import load_only
from sqlalchemy import select as sa_select
from sqlmodel import Session, select

from . import publicview, vocab
from .models import Allegation, AllegationTerm, FollowUp, State
from .text import clean_text

FILTER_VOCABULARIES = {"mechanism": "mechanisms", "reprisal_type": "reprisal_types", "perpetrator": "perpetrators"}
INDEX_TABLE = "allegation_search"
MAX_QUERY_LENGTH = 200
MAX_QUERY_TOKENS = 16
# Letters and digits only: every FTS5 or tsquery operator, quote, star, colon, NUL and bracket
# falls outside a token, so no reader input can ever become query syntax.
_TOKEN = re.compile(r"[^\W_]+")

# SQLite: rowid is the allegation id. PostgreSQL: allegation_id, and `document` is generated.
_sqlite_index = table(INDEX_TABLE, column("rowid"), column("title"), column("body"))
_pg_index = table(INDEX_TABLE, column("allegation_id"), column("title"), column("body"), column("document"))
_index_available: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


@dataclasses.dataclass(frozen=True)
class PublicFilters:
    """What a reader can filter on; unknown values are dropped by `from_args`, never an error page."""

    country: str | None = None
    mechanism: str | None = None
    reprisal_type: str | None = None
    perpetrator: str | None = None
    year: int | None = None
    status: str | None = None  # case status: ongoing, resolved, unknown
    q: str | None = None

    @classmethod
    def from_args(cls, args) -> tuple["PublicFilters", dict[str, str]]:
        """Filters from query arguments, and a message for each argument that was not understood."""
        values, problems = {}, {}
        country = (args.get("country") or "").strip().upper()
        if country:
            if vocab.is_country(country):
                values["country"] = country
            else:
                problems["country"] = "Not an ISO 3166 country code."
        for name, vocabulary in FILTER_VOCABULARIES.items():
            slug = (args.get(name) or "").strip()
            if slug:
                if slug in vocab.slugs(vocabulary):
                    values[name] = slug
                else:
                    problems[name] = "Not a known choice."
        year = (args.get("year") or "").strip()
        if year:
            # ASCII digits only: str.isdigit() also accepts '²', which int() refuses.
            if year.isascii() and year.isdigit() and len(year) == 4 and 1945 <= int(year) <= 9999:
                values["year"] = int(year)
            else:
                problems["year"] = "Give a year such as 2024."
        status = (args.get("status") or "").strip()
        if status:
            if status in vocab.slugs("case_statuses"):
                values["status"] = status
            else:
                problems["status"] = "Not a known choice."
        # Control characters (NUL included) and bidi overrides go; whitespace collapses.
        q = clean_text((args.get("q") or "")[:4 * MAX_QUERY_LENGTH], multiline=False)[:MAX_QUERY_LENGTH]
        if q:
            values["q"] = q
        return cls(**values), problems

    def as_args(self) -> dict:
        return {k: v for k, v in dataclasses.asdict(self).items() if v not in (None, "")}

    @property
    def active(self) -> bool:
        return bool(self.as_args())


# ---------------------------------------------------------------------------------------------
# The index: public text of published allegations only.

def fold(text: str) -> str:
    """Lower case without diacritics, so that 'Bogotá' and 'bogota' meet on every database."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def query_tokens(q: str | None) -> list[str]:
    """The words of a reader's query, folded; everything else (operators, quotes, NUL) is dropped."""
    return _TOKEN.findall(fold(q or ""))[:MAX_QUERY_TOKENS]


def search_document(session: Session, allegation: Allegation) -> tuple[str, str]:
    """(title, body) to index: public fields only, never a private value or a retracted text."""
    follow_ups = session.exec(select(FollowUp.body).where(FollowUp.allegation_id == allegation.id)
                              .order_by(FollowUp.happened_on, FollowUp.id)).all()
    body = [allegation.reference or "", allegation.summary, publicview.public_region(allegation)[1],
            allegation.mechanism_detail,
            vocab.country_name(allegation.country), *follow_ups]
    return fold(allegation.title), fold("\n".join(part for part in body if part))


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def index_available(session: Session) -> bool:
    """Whether migration 0002 created the full-text index on this database (cached per engine)."""
    engine = session.get_bind()
    engine = getattr(engine, "engine", engine)
    if _index_available.get(engine):
        return True
    # Only a positive answer is cached: a database migrated later is picked up on the next call.
    found = inspect(session.connection()).has_table(INDEX_TABLE)
    if found:
        _index_available[engine] = True
    return found


def unindex(session: Session, allegation_id: int) -> None:
    """Remove an allegation from the full-text index (a retraction must leave no searchable text)."""
    if not index_available(session):
        return
    if _dialect(session) == "sqlite":
        session.execute(delete(_sqlite_index).where(_sqlite_index.c.rowid == allegation_id))
    else:
        session.execute(delete(_pg_index).where(_pg_index.c.allegation_id == allegation_id))


def index_allegation(session: Session, allegation: Allegation) -> None:
    """(Re)index an allegation's public text if it is published; remove it otherwise.

    Called by workflow at publish, follow-up, correction and retraction, in the same transaction.
    """
    if not index_available(session):
        return
    session.flush()
    unindex(session, allegation.id)
    if allegation.state != State.published or not allegation.reference:
        return
    title, body = search_document(session, allegation)
    if _dialect(session) == "sqlite":
        session.execute(insert(_sqlite_index).values(rowid=allegation.id, title=title, body=body))
    else:
        session.execute(insert(_pg_index).values(allegation_id=allegation.id, title=title, body=body))


def forget_removed_text(session: Session) -> None:
    """After public text was removed (a correction, a retraction): leave none of it in the index.

    FTS5 deletes by appending delete markers; the old terms stay in older segments until a
    merge. 'optimize' merges every segment into one now, so a name a correction took out is not
    left in the index's pages (secure_delete zeroes the freed ones). PostgreSQL: dead tuples
    until VACUUM (SECURITY.md).
    """
    if index_available(session) and _dialect(session) == "sqlite":
        session.flush()
        session.execute(sql_text(f"INSERT INTO {INDEX_TABLE}({INDEX_TABLE}) VALUES('optimize')"))


def reindex_all(session: Session) -> int:
    """Rebuild the whole index from the published allegations; returns how many were indexed."""
    if not index_available(session):
        return 0
    if _dialect(session) == "sqlite":
        session.execute(delete(_sqlite_index))
    else:
        session.execute(delete(_pg_index))
    count = 0
    # Only the columns search_document reads: migration 0002 runs this on a schema older than
    # the model, whose later columns (feed_terms, ...) do not exist yet.
    columns = load_only(Allegation.id, Allegation.state, Allegation.reference, Allegation.title,
                        Allegation.summary, Allegation.region, Allegation.mechanism_detail, Allegation.country)
    for allegation in session.exec(select(Allegation).options(columns).where(Allegation.state == State.published)):
        index_allegation(session, allegation)
        count += 1
    return count


# ---------------------------------------------------------------------------------------------
# Queries.

def _text_match(session: Session, q: str):
    """A WHERE clause matching the query's words (the last one as a prefix) in the index."""
    tokens = query_tokens(q)
    if not tokens:
        return false()  # a query of punctuation alone finds nothing, rather than everything
    if not index_available(session):
        return _like_match(tokens)
    if _dialect(session) == "sqlite":
        # Each token quoted as an FTS5 string; tokens hold no quote, so nothing needs doubling.
        expression = " ".join(f'"{t}"' for t in tokens) + "*"
        matching = sa_select(_sqlite_index.c.rowid).where(literal_column(INDEX_TABLE).op("MATCH")(expression))
    else:
        expression = " & ".join(tokens) + ":*"
        matching = sa_select(_pg_index.c.allegation_id).where(
            _pg_index.c.document.op("@@")(func.to_tsquery("simple", expression)))
    return Allegation.id.in_(matching)


def _like_match(tokens: list[str]):
    """Fallback without a full-text index: every word somewhere in the title, summary or region name."""
    clauses = []
    for token in tokens:
        pattern = "%" + token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        # The region is stored as its ISO 3166-2 code: match the codes whose name holds the word.
        regions = [s.code for s in vocab.all_subdivisions() if token in fold(s.name)]
        clauses.append(or_(*(func.lower(field).like(pattern, escape="\\")
                             for field in (Allegation.title, Allegation.summary)),
                           Allegation.region.in_(regions)))
    return and_(*clauses)


def _filtered(session: Session, filters: PublicFilters):
    query = publicview.public_select().where(Allegation.state == State.published)
    if filters.country:
        query = query.where(Allegation.country == filters.country)
    for name, vocabulary in FILTER_VOCABULARIES.items():
        slug = getattr(filters, name)
        if slug:
            query = query.where(Allegation.id.in_(
                select(AllegationTerm.allegation_id).where(AllegationTerm.vocabulary == vocabulary,
                                                           AllegationTerm.slug == slug)))
    if filters.year:
        query = query.where(extract("year", Allegation.incident_date) == filters.year)
    if filters.status:
        query = query.where(Allegation.case_status == filters.status)
    if filters.q:
        query = query.where(_text_match(session, filters.q))
    return query


def find_public(session: Session, filters: PublicFilters, *, page: int = 1, per_page: int = 25):
    """Published allegations matching the filters, newest first, and how many match in all."""
    query = _filtered(session, filters)
    total = session.exec(select(func.count()).select_from(query.subquery())).one()
    rows = session.exec(query.order_by(Allegation.published_at.desc(), Allegation.id.desc())
                        .offset((max(page, 1) - 1) * per_page).limit(per_page)).all()
    return list(rows), total


def public_countries(session: Session) -> set[str]:
    """The countries of published allegations: what the readers' country filter offers."""
    query = select(Allegation.country).where(Allegation.state == State.published).distinct()
    return {code for code in session.exec(query) if code}
