"""Names and labels every template may use."""
from __future__ import annotations

from flask import current_app
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from ..domain import vocab
from ..domain.models import State
from .i18n import country_label, subdivision_label

STATE_LABELS = {
    State.draft: _l("Draft"),
    State.submitted: _l("Submitted"),
    State.in_review: _l("In review"),
    State.needs_information: _l("Needs information"),
    State.approved: _l("Approved"),
    State.published: _l("Published"),
    State.rejected: _l("Rejected"),
    State.withdrawn: _l("Withdrawn"),
    State.retracted: _l("Retracted"),
}
STATE_EXPLANATIONS = {
    State.draft: _l("Only your organisation can see this draft. Submit it when it is ready."),
    State.submitted: _l("Waiting for a moderator to take it up."),
    State.in_review: _l("A moderator is reviewing it."),
    State.needs_information: _l("The moderators need more information from you: see their message below."),
    State.approved: _l("Approved by one moderator; waiting for a second moderator to publish it."),
    State.published: _l("Published in the registry, without what could identify the people concerned."),
    State.rejected: _l("The moderators decided not to publish it: see their reason below."),
    State.withdrawn: _l("Your organisation withdrew it."),
    State.retracted: _l("It was published, then retracted."),
}
MESSAGE_LABELS = {
    "request": _l("Moderators asked"),
    "answer": _l("Your organisation answered"),
    "addition": _l("Information added"),
    "rejection": _l("Reason for rejection"),
    "withdrawal": _l("Reason for withdrawal"),
}
# Public navigation, shown as each public page comes to exist.
PUBLIC_NAV = (
    ("public.home", _l("Home")),
    ("public.allegations", _l("Allegations")),
    ("public.statistics", _l("Statistics")),
    ("public.feeds", _l("Subscribe")),
    ("data.index", _l("Open data")),
    ("public.about", _l("About")),
)


def labels_of(vocabulary: str, slugs) -> str:
    return ", ".join(_(vocab.label(vocabulary, s)) for s in slugs or []) or "—"


def vocab_label(vocabulary: str, slug: str) -> str:
    return vocab.label(vocabulary, slug)


def init_app(app) -> None:
    from .public import readable_date  # one formatter for every page, the staff's included

    @app.context_processor
    def registry_context():
        endpoints = set(current_app.view_functions)
        return {
            "readable_date": readable_date,
            "state_labels": STATE_LABELS,
            "state_explanations": STATE_EXPLANATIONS,
            "message_labels": MESSAGE_LABELS,
            "country_name": country_label,
            "region_name": subdivision_label,
            "labels_of": labels_of,
            "vocab_label": vocab_label,
            "known_endpoints": endpoints,
            "public_nav": [(e, label) for e, label in PUBLIC_NAV if e in endpoints],
        }
