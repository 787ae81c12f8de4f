"""The whole public dataset as CSV or JSON, streamed from the public view. No Flask here.

Every row comes from `publicview.iter_public_records`, read in batches, and leaves as a chunk
of text: memory stays flat however many allegations the registry holds. The same generators
serve the /data downloads (wrapped in a streamed response) and `flask --app registry export`.
A retracted allegation appears as its retraction notice only: reference, dates and the reason.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import os
import tempfile
from pathlib import Path
from typing import Callable, Iterable, Iterator

import orjson
from sqlmodel import Session

from .domain import publicview
from .domain.vocab import N_

FORMATS = ("csv", "json")
MEDIA_TYPES = {"csv": "text/csv; charset=utf-8", "json": "application/json"}
FILENAMES = {"csv": "allegations.csv", "json": "allegations.json"}
LIST_SEPARATOR = "; "
# Records per chunk of output: large enough to keep writes few, small enough to stay flat.
CHUNK_RECORDS = 100
BATCH = 500

# The CSV columns, in order, with what each holds. The README, the /data page and the OpenAPI
# description show this list; `csv_row` follows it. Lists of vocabulary terms hold slugs joined
# with "; " (labels are at /api/v1/vocabularies); follow-ups, whose texts may hold any character,
# are a count plus the same list as in the JSON download, as a JSON string.
# N_ marks the descriptions for translation where a page shows them.
CSV_COLUMNS: tuple[tuple[str, str], ...] = (
    ("reference", N_("Stable reference, RR-YYYY-NNNN.")),
    ("status", N_("published, or retracted (a retraction notice: only reference, url, dates and reason are filled).")),
    ("url", N_("The allegation's page on the registry.")),
    ("title", N_("Short title (redacted).")),
    ("country", N_("ISO 3166-1 alpha-2 code of the State alleged responsible.")),
    ("country_name", N_("English name of that country.")),
    ("region", N_("ISO 3166-2 code of the subdivision (e.g. TN-61), the most precise place published; empty when withheld.")),
    ("region_name", N_("Name of that subdivision, from ISO 3166-2 (e.g. Sfax); empty when withheld.")),
    ("mechanisms", N_("UN mechanisms the person cooperated with: slugs of the 'mechanisms' vocabulary, separated by '; '.")),
    ("mechanism_detail", N_("Detail of the mechanism (e.g. the special procedure mandate).")),
    ("engagement_kinds", N_("How the person cooperated: slugs of 'engagement_kinds', separated by '; '.")),
    ("reprisal_types", N_("Types of reprisal: slugs of 'reprisal_types', separated by '; '.")),
    ("perpetrators", N_("Alleged perpetrators: slugs of 'perpetrators', separated by '; '.")),
    ("victim_type", N_("individual, group or organisation.")),
    ("victim_categories", N_("Profile of the people concerned: slugs of 'victim_categories', separated by '; '.")),
    ("victim_count", N_("Number of people concerned.")),
    ("victim_names", N_("Names published with the victims' recorded consent, separated by '; '; usually empty.")),
    ("incident_date", N_("Date of the incident, as precise as approved: YYYY, YYYY-MM or YYYY-MM-DD.")),
    ("incident_date_precision", N_("year, month or day.")),
    ("reported_date", N_("Date the allegation was reported, as precise as approved (YYYY-MM by default): YYYY, YYYY-MM or YYYY-MM-DD.")),
    ("reported_date_precision", N_("year, month or day.")),
    ("summary", N_("Public summary: the redacted narrative.")),
    ("case_status", N_("ongoing, resolved or unknown.")),
    ("follow_up_count", N_("Number of public follow-ups.")),
    ("follow_ups", N_("The follow-ups as a JSON array of {date, kind, kind_label, text, added_at}.")),
    ("published_at", N_("First publication, UTC (ISO 8601).")),
    ("updated_at", N_("Last public change, UTC (ISO 8601).")),
    ("retracted_at", N_("Retraction, UTC (ISO 8601); empty unless retracted.")),
    ("retraction_reason", N_("Public reason for the retraction; empty unless retracted.")),
)
CSV_HEADER = tuple(name for name, _description in CSV_COLUMNS)
TERM_LIST_KEYS = ("mechanisms", "engagement_kinds", "reprisal_types", "perpetrators", "victim_categories")
# A cell starting with one of these is read as a formula by spreadsheet programs (CSV injection):
# such a cell gets a leading apostrophe, which spreadsheets show as text and never evaluate.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value) -> str | int:
    """A CSV cell that no spreadsheet will run as a formula."""
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        value = str(value)
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def csv_row(record: dict) -> list:
    """One CSV row (in CSV_HEADER order) from a public record or a retraction notice."""
    flat = dict(record)
    for key in TERM_LIST_KEYS:
        if key in flat:
            flat[key] = LIST_SEPARATOR.join(term["slug"] for term in flat[key])
    if "victim_names" in flat:
        flat["victim_names"] = LIST_SEPARATOR.join(flat["victim_names"])
    if "follow_ups" in flat:
        follow_ups = flat.pop("follow_ups")
        flat["follow_up_count"] = len(follow_ups)
        flat["follow_ups"] = orjson.dumps(follow_ups).decode() if follow_ups else ""
    return [safe_cell(flat.get(name)) for name in CSV_HEADER]


def iter_csv(records: Iterable[dict], *, chunk: int = CHUNK_RECORDS) -> Iterator[str]:
    """CSV text in chunks: the header, then one row per record (RFC 4180, CRLF line ends)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_HEADER)
    pending = 0
    for record in records:
        writer.writerow(csv_row(record))
        pending += 1
        if pending >= chunk:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
            pending = 0
    yield buffer.getvalue()


def iter_json(records: Iterable[dict], *, generated_at: dt.datetime | None = None,
              chunk: int = CHUNK_RECORDS) -> Iterator[str]:
    """One JSON document in chunks: {"data": [records...], "meta": {"generated_at", "total"}}.

    "meta" comes last because the total is known only once every record has been written.
    """
    generated_at = generated_at or dt.datetime.now(dt.UTC)
    yield '{"data":['
    parts: list[str] = []
    total = 0
    for record in records:
        parts.append(("," if total else "") + "\n" + orjson.dumps(record).decode())
        total += 1
        if len(parts) >= chunk:
            yield "".join(parts)
            parts = []
    parts.append("\n],\n")
    meta = {"generated_at": publicview.iso(generated_at), "total": total}
    parts.append('"meta":' + orjson.dumps(meta).decode() + "}\n")
    yield "".join(parts)


def dataset(session: Session, base_url: str, *, batch: int = BATCH) -> Iterator[dict]:
    """Every public record and retraction notice, newest publication first, in batches."""
    return publicview.iter_public_records(session, base_url, include_retracted=True, batch=batch)


def stream(session: Session, base_url: str, fmt: str, *, on_record: Callable[[int], None] | None = None) -> Iterator[str]:
    """The whole public dataset in the given format (csv or json), as chunks of text."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    records: Iterable[dict] = dataset(session, base_url)
    if on_record is not None:
        records = _counting(records, on_record)
    return iter_csv(records) if fmt == "csv" else iter_json(records)


def _counting(records: Iterable[dict], on_record: Callable[[int], None]) -> Iterator[dict]:
    for count, record in enumerate(records, 1):
        on_record(count)
        yield record


def write_export(session: Session, base_url: str, path: Path, fmt: str, *,
                 on_record: Callable[[int], None] | None = None) -> int:
    """Write the public dataset to `path` atomically (temp file, then rename); returns the record count."""
    path = Path(path)
    count = 0

    def counted(n: int) -> None:
        nonlocal count
        count = n
        if on_record is not None:
            on_record(n)

    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            for text in stream(session, base_url, fmt, on_record=counted):
                out.write(text)
        os.chmod(temp, 0o644)  # public data: readable like any download
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return count
