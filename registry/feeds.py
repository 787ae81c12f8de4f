"""Atom 1.0 and JSON Feed 1.1 files built from the public view, with RFC 5005 archives.

Everything here reads `publicview.iter_public_records` through `Database.public_session()`
(no key ring): a feed can only ever contain what the public allow-list lets out. Links come
from BASE_URL, never url_for, so the scheduler process builds the same bytes as a web worker.

Files are written atomically and only when their bytes change; every date in them comes from
the data, so an unchanged registry gives byte-identical files (and unchanged mtimes, ETags and
Last-Modified headers). No Flask here (STYLE rule 1).

Layout of FEED_DIR (and of the URLs under /feeds/):
    allegations.atom|json                     every public allegation
    country/<CC>.atom|json                    one State (ISO 3166-1 alpha-2, upper case)
    mechanism/<slug>.atom|json                one UN mechanism
    type/<slug>.atom|json                     one reprisal type
    archive/<feed name>/<n>.atom|json         RFC 5005 archive n of a feed (1 = oldest)
"""
from __future__ import annotations

import contextlib
import copy
import dataclasses
import datetime as dt
import errno
import fcntl
import html
import logging
import os
import re
import tempfile
import time
import weakref
from pathlib import Path
from typing import Callable, Iterable, Iterator

import orjson
from feedgen.ext.base import BaseExtension
from feedgen.entry import FeedEntry
from feedgen.feed import FeedGenerator
from lxml import etree
from sqlalchemy import text

from .domain import publicview, vocab, workflow

log = logging.getLogger("registry.feeds")

ATOM_NS = "http://www.w3.org/2005/Atom"
TOMBSTONE_NS = "http://purl.org/atompub/tombstones/1.0"  # RFC 6721
HISTORY_NS = "http://purl.org/syndication/history/1.0"  # RFC 5005
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"

FORMATS = ("atom", "json")
CONTENT_TYPES = {"atom": "application/atom+xml; charset=utf-8", "json": "application/feed+json"}
LINK_TYPES = {"atom": "application/atom+xml", "json": "application/feed+json"}
# The filtered feeds: URL segment → (vocabulary, public record key).
KINDS = {"country": ("countries", "country"), "mechanism": ("mechanisms", "mechanisms"),
         "type": ("reprisal_types", "reprisal_types")}
# The website's filter argument for each kind (search.PublicFilters).
FILTER_ARGS = {"country": "country", "mechanism": "mechanism", "type": "reprisal_type"}
# An empty feed still needs an <updated>: the regeneration that first wrote it (kept after, so
# that its bytes, ETag and Last-Modified stay stable). This one only stands for "not yet known".
EMPTY_FEED_UPDATED = "1970-01-01T00:00:00Z"
LOCK_FILE = ".lock"
PENDING_FILE = ".pending"
MAX_PASSES = 3  # re-runs when changes arrive during a regeneration
ARCHIVE_FILE = re.compile(r"^[1-9][0-9]*\.(atom|json)$")
# pg_try_advisory_lock key: "feeds" in ASCII, so several hosts never regenerate at once.
PG_LOCK_KEY = 0x6665656473


@dataclasses.dataclass(frozen=True)
class FeedSettings:
    """What feed building needs from the configuration, as plain values."""

    feed_dir: Path
    base_url: str
    tag_authority: str
    site_name: str = "Reprisal Registry"
    feed_size: int = 100
    interval_minutes: int = 15

    @classmethod
    def from_config(cls, config) -> "FeedSettings":
        return cls(
            feed_dir=Path(config["FEED_DIR"]),
            base_url=str(config["BASE_URL"]).rstrip("/"),
            tag_authority=config["FEED_TAG_AUTHORITY"],
            site_name=config.get("SITE_NAME") or "Reprisal Registry",
            feed_size=max(1, int(config.get("FEED_SIZE") or 100)),
            interval_minutes=max(1, int(config.get("FEED_INTERVAL") or 15)),
        )


@dataclasses.dataclass(frozen=True)
class FeedSpec:
    """One logical feed: every allegation, or those of one country, mechanism or reprisal type."""

    kind: str  # "all", "country", "mechanism", "type"
    value: str | None = None

    @property
    def name(self) -> str:
        return "allegations" if self.kind == "all" else f"{self.kind}/{self.value}"

    @property
    def label(self) -> str:
        if self.kind == "all":
            return ""
        if self.kind == "country":
            return vocab.country_name(self.value)
        return vocab.label(KINDS[self.kind][0], self.value)

    def title(self, site_name: str) -> str:
        return {
            "all": f"{site_name}: all allegations",
            "country": f"{site_name}: allegations concerning {self.label}",
            "mechanism": f"{site_name}: allegations, UN mechanism: {self.label}",
            "type": f"{site_name}: allegations of reprisal: {self.label}",
        }[self.kind]

    def matches(self, record: dict) -> bool:
        """Does a public record belong in this feed? Retraction notices carry no terms, so their
        tombstones go only into the feed of every allegation (the public view keeps nothing else)."""
        if self.kind == "all":
            return True
        if record["status"] != "published":
            return False
        if self.kind == "country":
            return record["country"] == self.value
        return any(term["slug"] == self.value for term in record[KINDS[self.kind][1]])


ALL = FeedSpec("all")


def feed_spec(kind: str, value: str | None = None) -> FeedSpec | None:
    """The feed for a URL's kind and value, or None when no such feed exists (the view answers 404)."""
    if kind in ("all", "allegations") and value is None:
        return ALL
    if kind not in KINDS or not value:
        return None
    if kind == "country":
        value = value.upper()
        return FeedSpec("country", value) if vocab.is_country(value) else None
    return FeedSpec(kind, value) if value in vocab.slugs(KINDS[kind][0]) else None


def feed_spec_by_name(name: str) -> FeedSpec | None:
    """The feed named like its file ("allegations", "country/TN", "type/threats"), or None."""
    if name == ALL.name:
        return ALL
    kind, _, value = name.partition("/")
    return feed_spec(kind, value) if value and "/" not in value else None


def all_feed_specs() -> list[FeedSpec]:
    """Every feed the registry publishes: one for all, and one per country, mechanism and type.
    Feeds of countries without allegations exist too (empty), so every subscribe link works."""
    specs = [ALL]
    specs += [FeedSpec("country", t.slug) for t in vocab.countries()]
    specs += [FeedSpec("mechanism", t.slug) for t in vocab.VOCABULARIES["mechanisms"]]
    specs += [FeedSpec("type", t.slug) for t in vocab.VOCABULARIES["reprisal_types"]]
    return specs


# ---------------------------------------------------------------------------------------------
# Names, URLs and paths

def relative_path(spec: FeedSpec, fmt: str, archive: int | None = None) -> str:
    if fmt not in FORMATS:
        raise ValueError(f"unknown feed format {fmt!r}")
    if archive is None:
        return f"{spec.name}.{fmt}"
    return f"archive/{spec.name}/{int(archive)}.{fmt}"


def feed_url(settings: FeedSettings, spec: FeedSpec, fmt: str, archive: int | None = None) -> str:
    return f"{settings.base_url}/feeds/{relative_path(spec, fmt, archive)}"


def feed_file(settings: FeedSettings, spec: FeedSpec, fmt: str, archive: int | None = None) -> Path:
    return settings.feed_dir / relative_path(spec, fmt, archive)


def alternate_url(settings: FeedSettings, spec: FeedSpec) -> str:
    """The web page listing what the feed holds."""
    if spec.kind == "all":
        return f"{settings.base_url}/allegations"
    return f"{settings.base_url}/allegations?{FILTER_ARGS[spec.kind]}={spec.value}"


def entry_id(settings: FeedSettings, reference: str) -> str:
    """Stable tag URI (RFC 4151) built from the public reference, never from private data."""
    return f"tag:{settings.tag_authority}:{reference}"


def feed_id(settings: FeedSettings, spec: FeedSpec) -> str:
    # One id per logical feed: its archive documents are parts of the same feed (RFC 5005).
    return f"tag:{settings.tag_authority}:feeds/{spec.name}"


def scheme_uri(settings: FeedSettings, vocabulary: str) -> str:
    return f"{settings.base_url}/api/v1/vocabularies#{vocabulary}"


# ---------------------------------------------------------------------------------------------
# Ordering and pages

def updated_of(record: dict) -> str:
    """When a record last changed publicly: follow-ups, corrections and retraction move it."""
    if record["status"] == "retracted":
        return record.get("retracted_at") or record.get("updated_at") or record.get("published_at") or EMPTY_FEED_UPDATED
    return record.get("updated_at") or record.get("published_at") or EMPTY_FEED_UPDATED


def _order_key(record: dict) -> tuple[str, str]:
    # ISO strings in one fixed UTC format sort like the instants they name.
    return (updated_of(record), record["reference"])


@dataclasses.dataclass
class FeedPage:
    """One document of a feed: the subscription document (archive None) or archive n."""

    spec: FeedSpec
    records: list[dict]  # newest first
    archive: int | None
    archives: int  # how many archive documents the feed has
    empty_updated: str = EMPTY_FEED_UPDATED  # what an empty page says: when it was regenerated

    @property
    def updated(self) -> str:
        return max((updated_of(r) for r in self.records), default=self.empty_updated)


def paginate(spec: FeedSpec, records_oldest_first: list[dict], size: int,
             empty_updated: str = EMPTY_FEED_UPDATED) -> list[FeedPage]:
    """The subscription document holds the newest `size` records; the rest go, oldest first, into
    archives of `size` records each. Together they hold every record exactly once. A record that
    changes moves to the subscription document, so subscribers see updates and retractions."""
    total = len(records_oldest_first)
    older = records_oldest_first[:max(0, total - size)]
    current = records_oldest_first[max(0, total - size):]
    archives = (len(older) + size - 1) // size
    pages = [FeedPage(spec, current[::-1], None, archives, empty_updated)]
    for n in range(1, archives + 1):
        pages.append(FeedPage(spec, older[(n - 1) * size:n * size][::-1], n, archives))
    return pages


# ---------------------------------------------------------------------------------------------
# Content shared by both formats

def content_html(record: dict) -> str:
    """The summary, then the dated follow-up timeline, as escaped HTML."""
    parts = [f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>"
             for p in re.split(r"\n\s*\n", record["summary"] or "") if p.strip()]
    if record["follow_ups"]:
        parts.append("<h2>Follow-ups</h2>")
        parts.append("<ul>" + "".join(
            f'<li><time datetime="{html.escape(f["date"] or "")}">{html.escape(f["date"] or "")}</time> '
            f"{html.escape(f['kind_label'])}: {html.escape(f['text'])}</li>"
            for f in record["follow_ups"]) + "</ul>")
    return "\n".join(parts)


def retraction_text(record: dict) -> str:
    when = (record.get("retracted_at") or "")[:10]
    return f"Allegation {record['reference']} was retracted on {when}. Reason: {record['retraction_reason']}"


def categories(settings: FeedSettings, record: dict) -> list[dict]:
    found = [{"term": record["country"], "label": record["country_name"] or record["country"],
              "scheme": scheme_uri(settings, "countries")}] if record["country"] else []
    for key in ("mechanisms", "reprisal_types"):
        found += [{"term": t["slug"], "label": t["label"], "scheme": scheme_uri(settings, key)}
                  for t in record[key]]
    return found


def _atom_time(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))


# ---------------------------------------------------------------------------------------------
# Atom

class _HistoryAndTombstones(BaseExtension):
    """feedgen extension: RFC 5005 fh:archive and RFC 6721 at:deleted-entry elements.

    feedgen calls extend_atom before it appends the entries, so the tombstones and the archive
    marker come before every atom:entry, where RFC 4287's schema wants extension elements."""

    def __init__(self):
        self.archive = False
        self.tombstones: list[dict] = []
        self.settings: FeedSettings | None = None

    def extend_ns(self):
        # Only the namespaces this document uses: readers warn about a declared, unused RFC 6721.
        return {**({"at": TOMBSTONE_NS} if self.tombstones else {}), **({"fh": HISTORY_NS} if self.archive else {})}

    def extend_atom(self, feed):
        if self.archive:
            etree.SubElement(feed, f"{{{HISTORY_NS}}}archive")
        for record in self.tombstones:
            deleted = etree.SubElement(feed, f"{{{TOMBSTONE_NS}}}deleted-entry",
                                       ref=entry_id(self.settings, record["reference"]),
                                       when=updated_of(record))
            # feedgen's elements carry no namespace under a literal xmlns="<Atom>" attribute; a
            # namespaced {Atom}link would come out as <ns0:link xmlns:ns0=...>. A plain link is Atom too.
            etree.SubElement(deleted, "link", rel="alternate", type="text/html", href=record["url"])
            comment = etree.SubElement(deleted, f"{{{TOMBSTONE_NS}}}comment")
            comment.text = record["retraction_reason"] or ""
        return feed


class _SharedEntry(FeedEntry):
    """A feedgen entry that builds its XML once; every feed holding it gets a copy (5x fewer builds)."""

    _element = None

    def atom_entry(self, extensions=True):
        if self._element is None:
            self._element = super().atom_entry(extensions)
        return copy.deepcopy(self._element)


class AtomBuilder:
    """Atom documents; each allegation's feedgen entry is built once and shared by every feed."""

    def __init__(self, settings: FeedSettings):
        self.settings = settings
        self._entries: dict[str, object] = {}

    def entry(self, record: dict):
        found = self._entries.get(record["reference"])
        if found is None:
            fe = _SharedEntry()
            fe.id(entry_id(self.settings, record["reference"]))
            fe.title(record["title"])
            fe.link(href=record["url"], rel="alternate", type="text/html", hreflang="en")
            fe.summary(record["summary"], type="text")
            fe.content(content_html(record), type="html")
            fe.published(_atom_time(record["published_at"]))
            fe.updated(_atom_time(updated_of(record)))
            for category in categories(self.settings, record):
                fe.category(**category)
            found = self._entries[record["reference"]] = fe
        return found

    def document(self, page: FeedPage) -> bytes:
        settings, spec = self.settings, page.spec
        fg = FeedGenerator()
        fg.register_extension("registry", _HistoryAndTombstones, None, atom=True, rss=False)
        fg.id(feed_id(settings, spec))
        fg.title(spec.title(settings.site_name))
        fg.subtitle("Allegations of intimidation and reprisals against people who cooperate "
                    "with the United Nations on human rights")
        fg.author({"name": settings.site_name, "uri": settings.base_url})
        fg.generator(settings.site_name, uri=settings.base_url)
        fg.language("en")
        fg.link(href=feed_url(settings, spec, "atom", page.archive), rel="self", type=LINK_TYPES["atom"])
        fg.link(href=alternate_url(settings, spec), rel="alternate", type="text/html")
        for rel, href in archive_links(settings, page, "atom").items():
            fg.link(href=href, rel=rel, type=LINK_TYPES["atom"])
        fg.updated(_atom_time(page.updated))
        ext = fg.registry
        ext.settings, ext.archive = settings, page.archive is not None
        ext.tombstones = [r for r in page.records if r["status"] == "retracted"]
        for record in page.records:
            if record["status"] == "published":
                fg.add_entry(self.entry(record), order="append")
        return fg.atom_str(pretty=True)


def archive_links(settings: FeedSettings, page: FeedPage, fmt: str) -> dict[str, str]:
    """RFC 5005 §4 links: current, prev-archive (older) and next-archive (newer)."""
    spec, links = page.spec, {}
    if page.archive is None:
        if page.archives:
            links["prev-archive"] = feed_url(settings, spec, fmt, page.archives)
        return links
    links["current"] = feed_url(settings, spec, fmt)
    if page.archive > 1:
        links["prev-archive"] = feed_url(settings, spec, fmt, page.archive - 1)
    if page.archive < page.archives:
        links["next-archive"] = feed_url(settings, spec, fmt, page.archive + 1)
    return links


# ---------------------------------------------------------------------------------------------
# JSON Feed 1.1

def json_item(settings: FeedSettings, record: dict) -> dict:
    if record["status"] == "retracted":
        # A retraction notice only: none of the old content stays in the feed.
        return {
            "id": entry_id(settings, record["reference"]),
            "url": record["url"],
            "title": f"Retracted: {record['reference']}",
            "content_text": retraction_text(record),
            "date_published": record["published_at"],
            "date_modified": updated_of(record),
            "_registry": {"reference": record["reference"], "retracted": True,
                          "retracted_at": record["retracted_at"], "reason": record["retraction_reason"]},
        }
    return {
        "id": entry_id(settings, record["reference"]),
        "url": record["url"],
        "title": record["title"],
        "summary": record["summary"],
        "content_html": content_html(record),
        "date_published": record["published_at"],
        "date_modified": updated_of(record),
        "language": "en",
        "tags": [c["label"] for c in categories(settings, record)],
        "_registry": {
            "reference": record["reference"], "retracted": False, "country": record["country"],
            "mechanisms": [t["slug"] for t in record["mechanisms"]],
            "reprisal_types": [t["slug"] for t in record["reprisal_types"]],
            "case_status": record["case_status"],
        },
    }


def json_document(settings: FeedSettings, page: FeedPage) -> bytes:
    spec = page.spec
    links = archive_links(settings, page, "json")
    document = {
        "version": JSON_FEED_VERSION,
        "title": spec.title(settings.site_name),
        "home_page_url": alternate_url(settings, spec),
        "feed_url": feed_url(settings, spec, "json", page.archive),
        "description": "Allegations of intimidation and reprisals against people who cooperate "
                       "with the United Nations on human rights",
        "authors": [{"name": settings.site_name, "url": settings.base_url}],
        "language": "en",
    }
    if "prev-archive" in links:
        document["next_url"] = links["prev-archive"]  # JSON Feed pages run towards older items
    document["_registry"] = {
        "feed_id": feed_id(settings, spec),
        "updated": page.updated,
        "archive": page.archive is not None,
        **({"archive_number": page.archive} if page.archive is not None else {}),
        **{rel.replace("-", "_") + "_url": href for rel, href in links.items()},
    }
    document["items"] = [json_item(settings, r) for r in page.records]
    return orjson.dumps(document) + b"\n"


# ---------------------------------------------------------------------------------------------
# Writing

def write_if_changed(path: Path, content: bytes) -> bool:
    """Write atomically (temp file in the same folder, fsync, rename); False when unchanged.

    An unchanged file keeps its mtime, so Last-Modified and conditional GETs stay valid. A failure
    leaves the previous file whole: readers see the old bytes or the new ones, never a mix."""
    try:
        if path.read_bytes() == content:
            return False
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(content)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(temp, 0o644)  # feeds are public; a front web server may serve them directly
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise
    return True


# ---------------------------------------------------------------------------------------------
# Locking: one regeneration at a time across threads, processes and (PostgreSQL) hosts

def _try_flock(fd: int, wait: float) -> bool:
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError as exc:
            if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.05)


@contextlib.contextmanager
def regeneration_lock(database, feed_dir: Path, *, wait: float = 0) -> Iterator[bool]:
    """Yield True while this caller alone may regenerate, False when someone else is at it.

    flock on FEED_DIR/.lock (each open() is its own lock, so threads of one process exclude each
    other too); on PostgreSQL also pg_try_advisory_lock, for workers on several hosts."""
    feed_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(feed_dir / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        if not _try_flock(fd, wait):
            yield False
            return
        if database is None or database.is_sqlite:
            yield True
            return
        with database.engine.connect() as connection:
            # Advisory locks are the whole database's: the key is this registry's (its schema's),
            # so two registries in one database, or two test workers, never wait on each other.
            key = connection.execute(text("SELECT :key # hashtextextended(current_schema(), 0)"),
                                     {"key": PG_LOCK_KEY}).scalar()
            got = bool(connection.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": key}).scalar())
            try:
                yield got
            finally:
                if got:
                    connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": key})
                connection.rollback()
    finally:
        os.close(fd)  # releases the flock


def pending_marker(feed_dir: Path) -> str:
    try:
        return (feed_dir / PENDING_FILE).read_text()
    except FileNotFoundError:
        return ""


def request_regeneration(feed_dir: Path) -> None:
    """Note that public content changed: a regeneration running now will run once more."""
    feed_dir.mkdir(parents=True, exist_ok=True)
    (feed_dir / PENDING_FILE).write_text(f"{time.time_ns()}-{os.getpid()}-{os.urandom(4).hex()}")


# ---------------------------------------------------------------------------------------------
# Regeneration

@dataclasses.dataclass
class RegenerationResult:
    regenerated: bool  # False: another process or thread held the lock, nothing was done
    written: int = 0
    unchanged: int = 0
    removed: int = 0
    records: int = 0
    passes: int = 0
    seconds: float = 0.0
    marker: str = ""  # the pending marker this regeneration has taken into account


# Per database, {allegation id: (version, leaking)}: the build-time leak guard opens only what changed.
_LEAK_GUARD_CACHE: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def load_records(database, settings: FeedSettings) -> list[dict]:
    """Every public record (and retraction notice), oldest change first, through the public view.

    The leak guard runs again here (DESIGN §4), with the keyed session that only it uses: an
    allegation whose public fields hold a private value is withheld from every feed, and the
    log names its reference (never the value) so a moderator can correct it.
    """
    with database.session(write=False) as session:
        withheld = workflow.public_allegations_with_leaks(session, _LEAK_GUARD_CACHE.setdefault(database, {}))
    if withheld:
        log.error("feeds: withheld %d allegation(s) whose public fields fail the leak guard: %s",
                  len(withheld), ", ".join(sorted(withheld)))
    with database.public_session() as session:
        records = [r for r in publicview.iter_public_records(session, settings.base_url)
                   if r["reference"] not in withheld]
    records.sort(key=_order_key)
    return records


def feed_pages(settings: FeedSettings, records_oldest_first: list[dict],
               specs: Iterable[FeedSpec] | None = None,
               retraction_terms: dict[str, dict] | None = None,
               empty_updated: Callable[[FeedSpec], str] | None = None) -> Iterator[tuple[FeedSpec, list[FeedPage]]]:
    """For each feed, its pages: the subscription document, then archives 1..n.

    empty_updated(spec) gives the <updated> of a feed that has no record yet.

    retraction_terms (publicview.retraction_feed_terms) routes each retraction notice into the
    filtered feeds that carried the allegation; without it, notices go to the main feed only.
    """
    retraction_terms = retraction_terms or {}
    specs = list(specs if specs is not None else all_feed_specs())
    buckets: dict[FeedSpec, list[dict]] = {spec: [] for spec in specs}
    by_kind: dict[str, dict[str, FeedSpec]] = {}
    for spec in specs:
        by_kind.setdefault(spec.kind, {})[spec.value] = spec
    for record in records_oldest_first:  # one pass: each record into the feeds it belongs to
        if ALL in buckets:
            buckets[ALL].append(record)
        if record["status"] == "published":
            terms = record
        elif record["reference"] in retraction_terms:
            terms = retraction_terms[record["reference"]]
        else:
            continue
        for kind, (_vocabulary, key) in KINDS.items():
            wanted = by_kind.get(kind)
            if not wanted:
                continue
            values = [terms[key]] if kind == "country" else [t["slug"] if isinstance(t, dict) else t for t in terms[key]]
            for value in dict.fromkeys(values):
                if value in wanted:
                    buckets[wanted[value]].append(record)
    for spec in specs:
        records = buckets.pop(spec)
        stamp = empty_updated(spec) if empty_updated and not records else EMPTY_FEED_UPDATED
        yield spec, paginate(spec, records, settings.feed_size, stamp)


def feed_documents(settings: FeedSettings, records_oldest_first: list[dict],
                   specs: Iterable[FeedSpec] | None = None,
                   retraction_terms: dict[str, dict] | None = None,
                   empty_updated: Callable[[FeedSpec], str] | None = None,
                   ) -> Iterator[tuple[FeedSpec, list[tuple[str, bytes]]]]:
    """For each feed, its documents as (relative path, bytes), both formats, current and archives."""
    atom = AtomBuilder(settings)
    for spec, pages in feed_pages(settings, records_oldest_first, specs, retraction_terms, empty_updated):
        documents = []
        for page in pages:
            documents.append((relative_path(spec, "atom", page.archive), atom.document(page)))
            documents.append((relative_path(spec, "json", page.archive), json_document(settings, page)))
        yield spec, documents


def _remove_stale_archives(settings: FeedSettings, spec: FeedSpec, keep: set[str]) -> int:
    folder = settings.feed_dir / "archive" / spec.name
    removed = 0
    if folder.is_dir():
        for path in folder.iterdir():
            relative = f"archive/{spec.name}/{path.name}"
            if ARCHIVE_FILE.match(path.name) and relative not in keep:
                path.unlink()
                removed += 1
    return removed


def regenerate(database, settings: FeedSettings, *, wait: float = 0, unless_exists: Path | None = None,
               on_feed: Callable[[int, int], None] | None = None,
               on_locked: Callable[[], None] | None = None) -> RegenerationResult:
    """Rebuild every feed file from the public view; skip (regenerated=False) if another caller is at it.

    wait: seconds to wait for the lock instead of skipping. unless_exists: skip once the lock is
    held if that file exists (a web request that found a feed missing). on_feed(done, total) is
    called after each feed (progress bars); on_locked once the lock is held (tests, metrics).
    Each file is replaced atomically and only when its bytes change; a failure part-way leaves
    every file whole (old or new) and raises."""
    request_regeneration(settings.feed_dir)
    started = time.monotonic()
    with regeneration_lock(database, settings.feed_dir, wait=wait) as locked:
        if not locked:
            return RegenerationResult(regenerated=False)
        if on_locked:
            on_locked()
        result = RegenerationResult(regenerated=True)
        if unless_exists is not None and unless_exists.exists():
            return result
        result.removed += remove_stale_temp_files(settings.feed_dir)
        for _ in range(MAX_PASSES):
            result.marker = pending_marker(settings.feed_dir)
            _regenerate_once(database, settings, result, on_feed)
            result.passes += 1
            if pending_marker(settings.feed_dir) == result.marker:
                break
        result.seconds = time.monotonic() - started
    log.info("feeds regenerated: %d records, %d files written, %d unchanged, %d removed, %.2fs",
             result.records, result.written, result.unchanged, result.removed, result.seconds)
    return result


def previous_empty_stamp(settings: FeedSettings, spec: FeedSpec) -> str | None:
    """The <updated> an empty feed's file already says, so that an unchanged feed keeps its bytes."""
    try:
        stamp = orjson.loads(feed_file(settings, spec, "json").read_bytes())["_registry"]["updated"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return stamp if isinstance(stamp, str) and stamp != EMPTY_FEED_UPDATED else None


def _now_stamp() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def remove_stale_temp_files(feed_dir: Path) -> int:
    """Temp files a killed write left behind (write_if_changed's .tmp-*): removed under the lock,
    when no write of ours can be running."""
    removed = 0
    if feed_dir.is_dir():
        for path in feed_dir.rglob(".tmp-*"):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                removed += 1
    return removed


def _regenerate_once(database, settings: FeedSettings, result: RegenerationResult, on_feed) -> None:
    records = load_records(database, settings)
    with database.public_session() as session:
        retraction_terms = publicview.retraction_feed_terms(session)
    result.records = len(records)
    specs = all_feed_specs()
    now = _now_stamp()

    def empty_updated(spec: FeedSpec) -> str:
        return previous_empty_stamp(settings, spec) or now

    documents_of = feed_documents(settings, records, specs, retraction_terms, empty_updated)
    for done, (spec, documents) in enumerate(documents_of, start=1):
        for relative, content in documents:
            if write_if_changed(settings.feed_dir / relative, content):
                result.written += 1
            else:
                result.unchanged += 1
        result.removed += _remove_stale_archives(settings, spec, {r for r, _ in documents})
        if on_feed:
            on_feed(done, len(specs))


def ensure_feed_file(database, settings: FeedSettings, path: Path, *, wait: float = 30) -> bool:
    """Make sure a feed file exists (first request before the first regeneration)."""
    if path.exists():
        return True
    regenerate(database, settings, wait=wait, unless_exists=path)
    return path.exists()
