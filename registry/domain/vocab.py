"""Controlled vocabularies as data: what forms, filters, feeds, the API and exports use.

Each term is (slug, English label, description). Slugs are stable identifiers that appear in
URLs and the data; never rename one, add a new term instead. Labels are marked with N_ so the
web layer can translate them with gettext. Countries (ISO 3166-1) and their subdivisions
(ISO 3166-2) come from pycountry's data: the only places the registry publishes.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import unicodedata

import pycountry


def N_(text: str) -> str:
    """Mark a string for translation where it is defined; gettext runs where it is shown."""
    return text


@dataclass(frozen=True)
class Term:
    slug: str
    label: str
    description: str = ""


REPRISAL_TYPES = (
    Term("smear-campaign", N_("Smear campaign or stigmatisation"), N_("Public vilification, labelling as traitors, terrorists or foreign agents.")),
    Term("online-harassment", N_("Online harassment"), N_("Abuse, doxxing or coordinated attacks on social media and online.")),
    Term("harassment", N_("Harassment"), N_("Repeated unwanted attention, following, visits or summons.")),
    Term("intimidation", N_("Intimidation"), N_("Warnings, questioning or pressure meant to deter cooperation with the UN.")),
    Term("threats", N_("Threats (including death threats)"), N_("Threats to the person, their family or colleagues.")),
    Term("surveillance", N_("Surveillance"), N_("Physical or digital surveillance, including spyware.")),
    Term("travel-ban", N_("Travel ban or restriction"), N_("Confiscated passports, denied exit or entry, travel bans.")),
    Term("arbitrary-detention", N_("Arbitrary arrest or detention"), N_("Arrest or detention without legal basis or due process.")),
    Term("judicial-harassment", N_("Criminal charges or judicial harassment"), N_("Prosecution, charges or lawsuits used to punish.")),
    Term("administrative-sanctions", N_("Administrative sanctions"), N_("Loss of registration, funding restrictions, dismissal from employment.")),
    Term("raids", N_("Raids and confiscation of material"), N_("Searches of homes or offices, seizure of documents or equipment.")),
    Term("physical-attack", N_("Physical attack"), N_("Assault or other physical violence.")),
    Term("torture", N_("Torture or ill-treatment"), N_("Torture or cruel, inhuman or degrading treatment.")),
    Term("enforced-disappearance", N_("Enforced disappearance"), N_("Deprivation of liberty followed by refusal to disclose the person's fate or whereabouts.")),
    Term("killing", N_("Killing"), N_("The person was killed.")),
    Term("family-reprisals", N_("Reprisals against family members"), N_("Relatives targeted because of the person's cooperation.")),
    Term("other", N_("Other"), N_("Another form of reprisal, described in the summary.")),
)

MECHANISMS = (
    Term("hrc", N_("Human Rights Council"), N_("Sessions, panels, resolutions and side events.")),
    Term("upr", N_("Universal Periodic Review"), N_("Stakeholder reports, pre-sessions and reviews.")),
    Term("special-procedures", N_("Special procedures"), N_("Special rapporteurs, independent experts and working groups (mandate named where relevant).")),
    Term("cat", N_("Committee against Torture (CAT)"), ""),
    Term("ccpr", N_("Human Rights Committee (CCPR)"), ""),
    Term("cescr", N_("Committee on Economic, Social and Cultural Rights (CESCR)"), ""),
    Term("cedaw", N_("Committee on the Elimination of Discrimination against Women (CEDAW)"), ""),
    Term("cerd", N_("Committee on the Elimination of Racial Discrimination (CERD)"), ""),
    Term("crc", N_("Committee on the Rights of the Child (CRC)"), ""),
    Term("crpd", N_("Committee on the Rights of Persons with Disabilities (CRPD)"), ""),
    Term("ced", N_("Committee on Enforced Disappearances (CED)"), ""),
    Term("cmw", N_("Committee on Migrant Workers (CMW)"), ""),
    Term("spt", N_("Subcommittee on Prevention of Torture (SPT)"), ""),
    Term("ohchr", N_("OHCHR (headquarters or field presence)"), ""),
    Term("sg-ga", N_("UN Secretary-General and General Assembly"), ""),
    Term("peace-operations", N_("UN peace operations and country teams"), ""),
    Term("other-un", N_("Other UN entity"), ""),
)

PERPETRATORS = (
    Term("security-forces", N_("State security forces"), ""),
    Term("police", N_("Police"), ""),
    Term("judiciary", N_("Judiciary or prosecution"), ""),
    Term("government-officials", N_("Government officials"), ""),
    Term("state-media", N_("State media"), ""),
    Term("non-state-actors", N_("Non-State actors"), N_("Private companies, armed groups and others.")),
    Term("unknown", N_("Unknown"), ""),
)

ENGAGEMENT_KINDS = (
    Term("submitted-information", N_("Submitted information or a communication"), ""),
    Term("testified", N_("Testified or briefed"), ""),
    Term("attended-session", N_("Attended a session or side event"), ""),
    Term("country-visit", N_("Met a UN delegation on a country visit"), ""),
    Term("individual-complaint", N_("Brought an individual complaint"), ""),
    Term("consultation", N_("Took part in a consultation"), ""),
    Term("other", N_("Other"), ""),
)

VICTIM_TYPES = (
    Term("individual", N_("Individual"), ""),
    Term("group", N_("Group"), ""),
    Term("organisation", N_("Organisation"), ""),
)

VICTIM_CATEGORIES = (
    Term("hrd", N_("Human rights defender"), ""),
    Term("whrd", N_("Woman human rights defender"), ""),
    Term("lawyer", N_("Lawyer"), ""),
    Term("journalist", N_("Journalist"), ""),
    Term("indigenous", N_("Indigenous peoples' representative"), ""),
    Term("lgbti", N_("LGBTI defender"), ""),
    Term("trade-unionist", N_("Trade unionist"), ""),
    Term("environmental", N_("Environmental or land defender"), ""),
    Term("family-member", N_("Family member"), ""),
    Term("ngo", N_("NGO"), ""),
    Term("academic", N_("Academic"), ""),
    Term("victim-witness", N_("Victim or witness"), ""),
    Term("other", N_("Other"), ""),
)

DATE_PRECISIONS = (
    Term("year", N_("Year"), ""),
    Term("month", N_("Month"), ""),
    Term("day", N_("Day"), ""),
)

CASE_STATUSES = (
    Term("ongoing", N_("Ongoing"), ""),
    Term("resolved", N_("Resolved"), ""),
    Term("unknown", N_("Unknown"), ""),
)

FOLLOW_UP_KINDS = (
    Term("state-response", N_("Response of the State"), ""),
    Term("un-action", N_("UN action"), N_("A communication, public statement or report.")),
    Term("situation-change", N_("Change of situation"), ""),
    Term("correction", N_("Correction"), ""),
)

# The vocabularies by the name the API, the filters and the tag index use.
VOCABULARIES = {
    "reprisal_types": REPRISAL_TYPES,
    "mechanisms": MECHANISMS,
    "perpetrators": PERPETRATORS,
    "engagement_kinds": ENGAGEMENT_KINDS,
    "victim_types": VICTIM_TYPES,
    "victim_categories": VICTIM_CATEGORIES,
    "date_precisions": DATE_PRECISIONS,
    "case_statuses": CASE_STATUSES,
    "follow_up_kinds": FOLLOW_UP_KINDS,
}


@lru_cache(maxsize=None)
def slugs(vocabulary: str) -> frozenset[str]:
    return frozenset(t.slug for t in VOCABULARIES[vocabulary])


@lru_cache(maxsize=None)
def labels(vocabulary: str) -> dict[str, str]:
    return {t.slug: t.label for t in VOCABULARIES[vocabulary]}


def label(vocabulary: str, slug: str) -> str:
    return labels(vocabulary).get(slug, slug)


@lru_cache(maxsize=1)
def countries() -> tuple[Term, ...]:
    """ISO 3166-1 alpha-2 countries, sorted by name."""
    found = [
        Term(c.alpha_2, getattr(c, "common_name", None) or c.name, "")
        for c in pycountry.countries
    ]
    return tuple(sorted(found, key=lambda t: t.label))


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    return {t.slug: t.label for t in countries()}


def is_country(code: str) -> bool:
    return code.upper() in country_names()


def country_name(code: str | None) -> str:
    if not code:
        return ""
    return country_names().get(code.upper(), code)


@dataclass(frozen=True)
class Subdivision:
    """An ISO 3166-2 subdivision: the most precise place the registry ever publishes."""

    code: str  # e.g. "TN-61"
    name: str  # pycountry's name, e.g. "Sfax"
    type: str  # e.g. "Governorate"


def folded(text: str) -> str:
    """Case- and accent-insensitive form of a name, for sorting and comparing."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=1)
def _subdivisions_by_country() -> dict[str, tuple[Subdivision, ...]]:
    found: dict[str, list[Subdivision]] = {}
    for s in pycountry.subdivisions:
        found.setdefault(s.country_code, []).append(Subdivision(s.code, s.name, s.type))
    return {country: tuple(sorted(terms, key=lambda s: (folded(s.name), s.code)))
            for country, terms in sorted(found.items())}


@lru_cache(maxsize=1)
def _subdivisions_by_code() -> dict[str, Subdivision]:
    return {s.code: s for terms in _subdivisions_by_country().values() for s in terms}


def subdivisions(country_code: str | None) -> tuple[Subdivision, ...]:
    """The ISO 3166-2 subdivisions of a country, sorted by name; none for an unknown country."""
    return _subdivisions_by_country().get((country_code or "").upper(), ())


def all_subdivisions():
    """Every ISO 3166-2 subdivision of every country."""
    return _subdivisions_by_code().values()


def subdivision(code: str | None) -> Subdivision | None:
    return _subdivisions_by_code().get((code or "").upper())


def is_subdivision(country_code: str | None, code: str | None) -> bool:
    """True when `code` is an ISO 3166-2 subdivision of that country."""
    found = subdivision(code)
    return found is not None and found.code.split("-", 1)[0] == (country_code or "").upper()


def subdivision_name(code: str | None) -> str:
    """The subdivision's name from pycountry; "" when the code names none."""
    found = subdivision(code)
    return found.name if found else ""


def as_data() -> dict:
    """Every vocabulary as plain data, for /api/v1/vocabularies."""
    data = {
        name: [{"slug": t.slug, "label": t.label, "description": t.description} for t in terms]
        for name, terms in VOCABULARIES.items()
    }
    data["countries"] = [{"code": t.slug, "name": t.label} for t in countries()]
    # Keyed by country, so that the country code is not repeated on each of ~5,000 entries.
    data["subdivisions"] = {
        country: [{"code": s.code, "name": s.name, "type": s.type} for s in terms]
        for country, terms in _subdivisions_by_country().items()
    }
    return data
