"""The public, read-only website: home, browse and search, one allegation, statistics, about, subscribe.

Every page renders dicts from registry.domain.publicview, read through the key-less public
session: a template never sees a model object, so nothing private can reach a page by accident.
"""
from __future__ import annotations

import datetime as dt

from flask import Blueprint, abort, current_app, redirect, render_template, request, url_for
from babel import Locale
from babel.dates import format_skeleton
from flask_babel import format_date, get_locale
from flask_babel import gettext as _

from .. import feeds as feed_files  # the view `feeds` below takes the plain name
from ..domain import publicview, statistics, vocab
from ..domain.search import PublicFilters, find_public, public_countries
from .db import public_db_session
from .i18n import country_label, folded
from .pagination import Page, page_number
from .security import PUBLIC, allow

bp = Blueprint("public", __name__)

LATEST_ON_HOME = 6
TOP_COUNTRIES = 20
# Filter name → the path segment of its feed (DESIGN.md §5: /feeds/country/<cc>.atom, ...).
# Filter name → feed kind, from the feeds module that names the files (one mapping, inverted here).
FEED_KINDS = {arg: kind for kind, arg in feed_files.FILTER_ARGS.items()}
FILTER_CHOICES = {
    "mechanism": vocab.MECHANISMS,
    "reprisal_type": vocab.REPRISAL_TYPES,
    "perpetrator": vocab.PERPETRATORS,
    "status": vocab.CASE_STATUSES,
}


# ---------------------------------------------------------------------------------------------
# Feed addresses: fixed strings served by the feeds blueprint (never url_for of another blueprint).

def feed_path(kind: str | None = None, key: str | None = None, fmt: str = "atom") -> str:
    """/feeds/allegations.atom, /feeds/country/TN.json, ...: the path registry.feeds writes the file at."""
    spec = feed_files.ALL if kind is None else feed_files.feed_spec(FEED_KINDS[kind], key)
    return f"{request.script_root}/feeds/{feed_files.relative_path(spec, fmt)}"


def _feed(kind: str | None, key: str | None, title: str) -> dict:
    return {"title": title, "atom": feed_path(kind, key, "atom"), "json": feed_path(kind, key, "json")}


def feed_title(kind: str | None, key: str | None) -> str:
    if kind == "country":
        return _("Allegations concerning %(country)s", country=country_label(key))
    if kind == "mechanism":
        return _("Allegations after cooperation with: %(mechanism)s", mechanism=_(vocab.label("mechanisms", key)))
    if kind == "reprisal_type":
        return _("Allegations of: %(type)s", type=_(vocab.label("reprisal_types", key)))
    return _("All allegations")


def feed_links(filters: PublicFilters | None = None, record: dict | None = None) -> list[dict]:
    """The feeds matching a view, most specific first; the feed of all allegations always last."""
    wanted: list[tuple[str, str]] = []
    if filters is not None:
        wanted = [(kind, getattr(filters, kind)) for kind in FEED_KINDS if getattr(filters, kind)]
    if record is not None and record.get("status") == "published":
        wanted = [("country", record["country"])]
        wanted += [("mechanism", m["slug"]) for m in record["mechanisms"]]
        wanted += [("reprisal_type", t["slug"]) for t in record["reprisal_types"]]
    return [_feed(kind, key, feed_title(kind, key)) for kind, key in wanted] + [_feed(None, None, feed_title(None, None))]


# ---------------------------------------------------------------------------------------------
# Dates as readers read them.

def _parse(value):
    if not value:
        return None
    if isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    try:
        if "T" in value:
            return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
        if len(value) == 4:
            return dt.date(int(value), 1, 1)
        if len(value) == 7:
            return dt.date(int(value[:4]), int(value[5:7]), 1)
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def readable_date(value, precision: str = "day") -> str:
    """'14 March 2026', 'March 2026' or '2026' in the page's language: never more precise than the
    record says. Takes an ISO string (public records) or a date (the model, on staff pages)."""
    date = _parse(value)
    if date is None:
        return str(value or "")
    if precision == "year":
        return str(date.year)
    locale = get_locale() or Locale.parse("en")
    if precision == "month":
        # The locale's own month-and-year form: "March 2026", "март 2026 г.", "2026年3月", "marzo de 2026".
        return format_skeleton("yMMMM", date, locale=locale)
    if locale.language == "en":
        return format_date(date, "d MMMM y")  # UN style, day first
    return format_date(date, "long")  # "14 mars 2026", "14 de marzo de 2026", "2026年3月14日"


@bp.context_processor
def public_context():
    return {"readable_date": readable_date, "site_feeds": feed_links()}


def _base_url() -> str:
    return current_app.config["BASE_URL"]


# ---------------------------------------------------------------------------------------------
# Pages.

@bp.route("/")
@allow(PUBLIC)
def home():
    db = public_db_session()
    rows, total = find_public(db, PublicFilters(), per_page=LATEST_ON_HOME)
    return render_template("public/home.html", latest=publicview.public_records(db, rows, _base_url()),
                           total=total, feeds=feed_links())


@bp.route("/allegations")
@allow(PUBLIC)
def allegations():
    filters, problems = PublicFilters.from_args(request.args)
    number, per_page = page_number(), current_app.config["PAGE_SIZE"]
    db = public_db_session()
    rows, total = find_public(db, filters, page=number, per_page=per_page)
    page = Page(publicview.public_records(db, rows, _base_url()), number, per_page, total)
    # Only countries with published allegations (and the one asked for): not 249 ISO entries.
    occurring = public_countries(db) | {filters.country}
    countries = [term for term in vocab.countries() if term.slug in occurring]
    return render_template("public/allegations.html", page=page, filters=filters, problems=problems,
                           feeds=feed_links(filters), choices=FILTER_CHOICES, countries=countries)


@bp.route("/allegations/<reference>")
@allow(PUBLIC)
def allegation(reference: str):
    record = publicview.public_record(public_db_session(), reference, _base_url())
    if record is None and reference != reference.upper() and reference.isascii():
        # rr-2026-0004 as typed or cited in lower case: to the one canonical address.
        if publicview.public_record(public_db_session(), reference.upper(), _base_url()) is not None:
            return redirect(url_for("public.allegation", reference=reference.upper()), 301)
    if record is None:
        abort(404)
    return render_template("public/allegation.html", record=record, feeds=feed_links(record=record))


def _with_country_names(figures: dict) -> dict:
    """The figures with country names in the page's language (a copy: the figures may be shared)."""
    rows = [dict(row, label=country_label(row["key"])) for row in figures["by_country"]]
    return dict(figures, by_country=sorted(rows, key=lambda row: (-row["count"], folded(row["label"]))))


@bp.route("/statistics", endpoint="statistics")
@allow(PUBLIC)
def statistics_page():
    figures = _with_country_names(statistics.public_statistics(public_db_session()))
    return render_template("public/statistics.html", figures=figures, top_countries=figures["by_country"][:TOP_COUNTRIES],
                           feeds=feed_links())


@bp.route("/about")
@allow(PUBLIC)
def about():
    vocabularies = [
        ("reprisal_types", _("Types of reprisal"), vocab.REPRISAL_TYPES),
        ("mechanisms", _("UN mechanisms"), vocab.MECHANISMS),
        ("perpetrators", _("Alleged perpetrators"), vocab.PERPETRATORS),
        ("victim_categories", _("Who was targeted"), vocab.VICTIM_CATEGORIES),
        ("engagement_kinds", _("How the person cooperated with the UN"), vocab.ENGAGEMENT_KINDS),
        ("case_statuses", _("Case status"), vocab.CASE_STATUSES),
        ("follow_up_kinds", _("Kinds of follow-up"), vocab.FOLLOW_UP_KINDS),
    ]
    return render_template("public/about.html", vocabularies=vocabularies, feeds=feed_links())


@bp.route("/feeds")
@allow(PUBLIC)
def feeds():
    figures = _with_country_names(statistics.public_statistics(public_db_session()))
    countries = sorted(figures["by_country"], key=lambda row: folded(row["label"]))
    return render_template(
        "public/feeds.html",
        everything=feed_links()[0],
        by_country=[dict(_feed("country", row["key"], row["label"]), count=row["count"]) for row in countries],
        by_mechanism=[_feed("mechanism", term.slug, _(term.label)) for term in vocab.MECHANISMS],
        by_type=[_feed("reprisal_type", term.slug, _(term.label)) for term in vocab.REPRISAL_TYPES],
        feeds=feed_links(),
    )
