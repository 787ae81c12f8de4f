"""flask-wtf forms: field validation only, no database access. Choices come from vocab."""
from __future__ import annotations

import re
import secrets

from flask import request, url_for
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.form import _Auto
from werkzeug.datastructures import MultiDict
from wtforms import (
    BooleanField,
    DateField,
    EmailField,
    HiddenField,
    IntegerField,
    PasswordField,
    SelectField,
    SelectMultipleField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import AnyOf, DataRequired, Length, NumberRange, Optional
from wtforms.widgets import CheckboxInput, ListWidget

from ..domain import vocab, workflow
from .i18n import localised_countries, localised_subdivisions, subdivision_label


def show_domain_errors(form, exc) -> None:
    """Put each message of a domain ValidationFailed beside its field; the rest above the form."""
    fields = exc.details.get("fields") or {}
    for name, message in fields.items():
        if name in form:
            form[name].errors = list(form[name].errors) + [message]
        elif message not in form.form_errors:
            form.form_errors.append(message)
    if not fields:
        form.form_errors.append(exc.message)


MULTIPLE = "multiple"
WRONG_TYPE = "wrong_type"


def _plain_form_values(formdata) -> tuple[MultiDict, dict[str, str]]:
    """Only text values, and the names of those that were something else (a file, a JSON number,
    list or object): WTForms' fields assume text and fail on anything else."""
    plain, refused = MultiDict(), {}
    for name, values in formdata.lists():
        for value in values:
            if isinstance(value, str):
                plain.add(name, value)
            else:
                refused[name] = WRONG_TYPE
    return plain, refused


def _json_form_values(body) -> MultiDict:
    """A JSON object as form data would send it: a string per value, a list for repeated values."""
    values = MultiDict()
    for name, value in (body.items() if isinstance(body, dict) else ()):
        for item in value if isinstance(value, list) else [value]:
            values.add(name, item)  # anything but a string is refused by _plain_form_values
    return values


class RegistryForm(FlaskForm):
    """The base of every form: one text value per field, as a browser sends it.

    A hostile client can repeat a field, post JSON numbers, lists or objects, or upload a file in
    place of a value; each becomes a form error (400), never a TypeError deep in a validator.
    Hidden fields render without an id: a page with several forms would repeat csrf_token's.
    """

    class Meta(FlaskForm.Meta):
        def wrap_formdata(self, form, formdata):
            if formdata is _Auto and form.is_submitted() and request.is_json and not request.form:
                # flask-wtf would build a MultiDict from any JSON, a list at the top level included.
                formdata = _json_form_values(request.get_json(silent=True))
            else:
                formdata = super().wrap_formdata(form, formdata)
            if formdata is None:
                return None
            plain, form._refused_values = _plain_form_values(formdata)
            for field_name in plain:
                if len(plain.getlist(field_name)) > 1:
                    form._refused_values.setdefault(field_name, MULTIPLE)
            return plain

    def __init__(self, *args, **kwargs):
        self._refused_values = {}
        super().__init__(*args, **kwargs)
        # Buttons of several forms share a page (review, account, user pages): ids from the form's name.
        prefix = re.sub(r"(?<!^)(?=[A-Z])", "-", type(self).__name__).lower()
        for field in self:
            if field.type == "SubmitField":
                field.id = f"{prefix}-{field.name}"
            elif getattr(field.widget, "input_type", None) == "hidden":
                field.id = False  # no label points at a hidden field; an id would repeat (csrf_token)

    def validate(self, extra_validators=None):
        valid = super().validate(extra_validators)
        for name, problem in self._refused_values.items():
            field = self._fields.get(name)
            if field is None or (problem == MULTIPLE and isinstance(field, SelectMultipleField)):
                continue
            field.errors = list(field.errors) + [_l("Send one value.") if problem == MULTIPLE
                                                 else _l("Not a valid value.")]
            valid = False
        self._errors = None
        return valid


class ValidDateField(DateField):
    """A date input that re-displays only a real date: `2026-02-30` in value= is invalid HTML and
    browsers show an empty box anyway; the error beside the field says what was wrong."""

    def _value(self):
        return self.data.strftime(self.format[0]) if self.data else ""


class ValidIntegerField(IntegerField):
    """A number input that re-displays only a number (value="x" is invalid HTML)."""

    def _value(self):
        return str(self.data) if isinstance(self.data, int) else ""


class MultiCheckboxField(SelectMultipleField):
    """A multiple choice shown as checkboxes: usable without JavaScript, by keyboard and screen reader."""

    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


def choices(vocabulary: str):
    return [(t.slug, _l(t.label)) for t in vocab.VOCABULARIES[vocabulary]]


def country_choices(blank: str | None = None):
    """Built when the form is shown, so that the names are in the page's language."""
    def build():
        found = [(t.slug, t.label) for t in localised_countries(vocab.countries())]
        return ([("", blank)] if blank is not None else []) + found
    return build


class RegionField(SelectField):
    """The public region: one of the chosen country's ISO 3166-2 subdivisions, or none.

    Its options are set by the form from the country it holds. The domain (workflow.clean_fields)
    judges the value, so that a region of another country comes back with its own message.
    """

    def __init__(self, label=None, validators=None, **kwargs):
        super().__init__(label, validators, choices=[], validate_choice=False, **kwargs)

    def process_formdata(self, valuelist):
        self.data = valuelist[0] if valuelist else ""


class WithRegionChoices:
    """Mixed into a form with `country` and `region`: the region lists the subdivisions of the
    country saved (when shown) or just chosen (when posted). Without JavaScript the list changes
    only when the form comes back from the server, as its hint says."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [("", _l("None (withhold the region)"))] + localised_subdivisions(self.country.data)
        chosen = vocab.subdivision(self.region.data)
        if chosen is not None and chosen.code not in dict(choices):
            # A region of another country (the State was changed): kept, and shown with the
            # domain's error beside it, rather than silently replaced.
            choices.append((chosen.code, f"{subdivision_label(chosen.code)} ({chosen.code})"))
        self.region.choices = choices
        # For registry/static/region.js, which refreshes the options when the State changes.
        self.region.render_kw = {"data-subdivisions-url": url_for("api.vocabularies"),
                                 "data-country-field": self.country.id}


def country_filter_choices(codes, blank=_l("All countries")) -> list[tuple[str, str]]:
    """A country filter's choices: only the countries that occur (given as codes), named in the
    page's language; a filter that can only find nothing is no help."""
    occurring = set(codes)
    return [("", blank)] + [(t.slug, t.label) for t in localised_countries(vocab.countries()) if t.slug in occurring]


class ActionForm(RegistryForm):
    """A button: only the CSRF token travels."""


class LoginForm(RegistryForm):
    # autocomplete: password managers fill the pair only when the page says which field is which.
    email = EmailField(_l("E-mail"), validators=[DataRequired(), Length(max=254)],
                       render_kw={"autocomplete": "username"})
    password = PasswordField(_l("Password"), validators=[DataRequired(), Length(max=1024)],
                             render_kw={"autocomplete": "current-password"})
    submit = SubmitField(_l("Sign in"))


class LinesField(TextAreaField):
    """One entry per line, as a list."""

    def _value(self):
        return "\n".join(self.data or []) if isinstance(self.data, list) else (self.data or "")

    def process_formdata(self, valuelist):
        self.data = [line.strip() for line in (valuelist[0] if valuelist else "").splitlines() if line.strip()]


L = workflow.PUBLIC_TEXT_FIELDS
P = workflow.PRIVATE_TEXT_FIELDS


class AllegationForm(WithRegionChoices, RegistryForm):
    """The NGO intake form, in the sections a submitter works through."""

    version = HiddenField()
    # One random token per new-allegation form: a retried POST lands on the draft the first made
    # (domain/intake.py), never a second allegation.
    submission_token = HiddenField(default=lambda: secrets.token_urlsafe(24), validators=[Optional(), Length(max=64)])
    # 1. The incident
    title = StringField(_l("Short title"), validators=[Optional(), Length(max=L["title"])],
                        description=_l("A few words, without names: e.g. 'Lawyer detained after UPR briefing'."))
    country = SelectField(_l("State alleged responsible"), choices=country_choices(_l("Choose a country")), validators=[Optional()])
    region = RegionField(_l("Region or province (optional)"),
                         description=_l("One of the State's official subdivisions, and only if it is safe to publish; "
                                        "the exact place goes below. The list shows the subdivisions of the State "
                                        "last saved: after choosing another State, save the draft to refresh it."))
    incident_date = ValidDateField(_l("Date of the incident"), validators=[Optional()])
    incident_date_precision = SelectField(_l("How precise is this date?"), choices=choices("date_precisions"),
                                          default="day")
    reprisal_types = MultiCheckboxField(_l("Types of reprisal"), choices=choices("reprisal_types"))
    perpetrators = MultiCheckboxField(_l("Alleged perpetrators"), choices=choices("perpetrators"))
    # 2. The cooperation with the UN
    mechanisms = MultiCheckboxField(_l("UN mechanisms the person cooperated with"), choices=choices("mechanisms"))
    mechanism_detail = StringField(_l("Mandate, session or body (optional)"),
                                   validators=[Optional(), Length(max=L["mechanism_detail"])],
                                   description=_l("e.g. 'Special Rapporteur on human rights defenders', 'HRC 55th session'."))
    engagement_kinds = MultiCheckboxField(_l("How they cooperated"), choices=choices("engagement_kinds"))
    # 3. The people affected
    victim_type = SelectField(_l("Who was targeted"), choices=choices("victim_types"), default="individual")
    victim_categories = MultiCheckboxField(_l("Profile"), choices=choices("victim_categories"))
    victim_count = ValidIntegerField(_l("Number of people"), default=1,
                                validators=[Optional(), NumberRange(min=1, max=workflow.MAX_VICTIM_COUNT)])
    victim_names = LinesField(_l("Names of the people affected (one per line)"),
                              description=_l("Private: encrypted, seen only by the registry's moderators."))
    victim_contacts = TextAreaField(_l("Their contact details"), validators=[Optional(), Length(max=P["victim_contacts"])],
                                    description=_l("Private."))
    exact_location = TextAreaField(_l("Exact location"), validators=[Optional(), Length(max=P["exact_location"])],
                                   description=_l("Private: address, town or detention centre."))
    id_numbers = LinesField(_l("ID, passport or case numbers (one per line)"), description=_l("Private."))
    identifying_details = TextAreaField(_l("Other identifying details"),
                                        validators=[Optional(), Length(max=P["identifying_details"])],
                                        description=_l("Private: affiliation, role or anything that would identify them."))
    # 4. What happened
    original_narrative = TextAreaField(_l("What happened"), validators=[Optional(), Length(max=P["original_narrative"])],
                                       description=_l("Private: moderators write the public summary from this and remove what identifies people."))
    evidence_notes = TextAreaField(_l("Evidence and sources"), validators=[Optional(), Length(max=P["evidence_notes"])],
                                   description=_l("Private: documents, witnesses, links you can share with the moderators."))
    # 5. Source and consent
    source_contact = TextAreaField(_l("How the moderators can reach you about this case"),
                                   validators=[Optional(), Length(max=P["source_contact"])], description=_l("Private."))
    consent_to_naming = BooleanField(_l("The people affected consent to being named publicly"))
    consent_to_share_un = BooleanField(_l("The people affected consent to the case being shared with the UN"))

    save = SubmitField(_l("Save draft"))
    submit_allegation = SubmitField(_l("Save and submit to the registry"))

    def allegation_data(self) -> dict:
        """The fields the domain takes, as plain values."""
        names = workflow.PUBLIC_FIELDS + workflow.SUBMITTER_PRIVATE_FIELDS
        data = {name: getattr(self, name).data for name in names if hasattr(self, name)}
        if data.get("victim_count") is None:
            data["victim_count"] = 1
        return data


class MessageForm(RegistryForm):
    body = TextAreaField(_l("Message"), validators=[DataRequired(), Length(max=20000)])
    submit = SubmitField(_l("Send"))


class DeleteDraftForm(RegistryForm):
    confirm = BooleanField(_l("Yes, delete this draft and everything typed into it"),
                           validators=[DataRequired(_l("Tick the box to confirm."))])
    delete = SubmitField(_l("Delete this draft"))


class WithdrawForm(RegistryForm):
    reason = TextAreaField(_l("Reason (optional)"), validators=[Optional(), Length(max=2000)])
    submit = SubmitField(_l("Withdraw this allegation"))


# ---------------------------------------------------------------------------------------------
# Moderation (registry/web/moderate.py). Field names differ between forms because several of
# them share the review page.

class QueueFilterForm(RegistryForm):
    """The queue's filters, sent by GET so that a filtered queue is a link."""

    class Meta:
        csrf = False

    country = SelectField(_l("Country"), choices=country_choices(_l("All countries")), validators=[Optional()])
    reprisal_type = SelectField(_l("Type of reprisal"), validators=[Optional()],
                                choices=[("", _l("All types"))] + choices("reprisal_types"))
    mine = BooleanField(_l("Claimed by me"))


class PublicFieldsForm(WithRegionChoices, RegistryForm):
    """The public fields of an allegation as a moderator edits them."""

    version = HiddenField()
    title = StringField(_l("Public title"), validators=[Optional(), Length(max=L["title"])],
                        description=_l("Short, without names or places that identify anyone."))
    country = SelectField(_l("State alleged responsible"), choices=country_choices(_l("Choose a country")), validators=[Optional()])
    region = RegionField(_l("Region (public)"),
                         description=_l("One of the State's official subdivisions; choose none when even the region "
                                        "could identify the people concerned. The list shows the subdivisions of the "
                                        "State last saved: after choosing another State, save to refresh it."))
    incident_date = ValidDateField(_l("Date of the incident"), validators=[Optional()])
    incident_date_precision = SelectField(_l("Publish the date to the"), choices=choices("date_precisions"))
    reported_date_precision = SelectField(_l("Publish the date reported to the"), choices=choices("date_precisions"),
                                          default="month",
                                          description=_l("The day can tell when, and so by whom, it was reported."))
    mechanisms = MultiCheckboxField(_l("UN mechanisms"), choices=choices("mechanisms"))
    mechanism_detail = StringField(_l("Mandate, session or body"), validators=[Optional(), Length(max=L["mechanism_detail"])])
    engagement_kinds = MultiCheckboxField(_l("How they cooperated"), choices=choices("engagement_kinds"))
    reprisal_types = MultiCheckboxField(_l("Types of reprisal"), choices=choices("reprisal_types"))
    perpetrators = MultiCheckboxField(_l("Alleged perpetrators"), choices=choices("perpetrators"))
    victim_type = SelectField(_l("Who was targeted"), choices=choices("victim_types"))
    victim_categories = MultiCheckboxField(_l("Profile"), choices=choices("victim_categories"))
    victim_count = ValidIntegerField(_l("Number of people"), default=1,
                                validators=[Optional(), NumberRange(min=1, max=workflow.MAX_VICTIM_COUNT)])
    public_victim_names = LinesField(_l("Names to publish (one per line)"),
                                     description=_l("Only names of people who consented to being named."))
    summary = TextAreaField(_l("Public summary"), validators=[Optional(), Length(max=L["summary"])],
                            description=_l("The narrative as the public will read it, with placeholders where details are withheld."))
    case_status = SelectField(_l("Status of the case"), choices=choices("case_statuses"))

    def public_data(self) -> dict:
        """The public fields as plain values (the leak guard still checks names against consent)."""
        data = {name: getattr(self, name).data for name in workflow.PUBLIC_FIELDS}
        if data.get("victim_count") is None:
            data["victim_count"] = 1
        return data


class ModerationForm(PublicFieldsForm):
    """The review page's edit form: public fields, internal notes and the redaction spans."""

    redactions = HiddenField()
    internal_notes = TextAreaField(_l("Internal notes"), validators=[Optional(), Length(max=P["internal_notes"])],
                                   description=_l("Private: seen by moderators only."))
    save = SubmitField(_l("Save changes"))
    seed_summary = SubmitField(_l("Start the summary from the narrative"))
    # Without JavaScript: redact every occurrence of a text, saved with the rest of the form.
    redact_text = StringField(_l("Redact every occurrence of"), validators=[Optional(), Length(max=2000)])
    redact_label = SelectField(_l("as"), default="name", choices=[("name", _l("name")), ("location", _l("location")),
                                                  ("date", _l("date")), ("detail", _l("detail"))])
    redact = SubmitField(_l("Redact and save"))

    def redaction_spans(self) -> list | None:
        """The spans the editor sent (JSON), None when absent, ValueError when malformed."""
        import json

        if not self.redactions.data:
            return None
        try:
            spans = json.loads(self.redactions.data)
        except RecursionError:  # "[[[[..." nested thousands deep (found by tests/test_fuzz.py)
            raise ValueError("nested too deeply") from None
        if not isinstance(spans, list) or not all(isinstance(s, dict) for s in spans):
            raise ValueError("not a list of spans")
        # The editor's operations without JavaScript use the spans before the domain checks them:
        # whole, ordered bounds and a text label, or the form is refused (found by tests/test_fuzz.py).
        for span in spans:
            start, end = span.get("start"), span.get("end")
            if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)) \
                    or not 0 <= start < end or not isinstance(span.get("label"), str):
                raise ValueError("malformed span")
        return spans


class CorrectionForm(PublicFieldsForm):
    correction_note = TextAreaField(_l("Public correction note (optional)"), validators=[Optional(), Length(max=20000)],
                                    description=_l("Shown on the public page as a dated correction."))
    save = SubmitField(_l("Publish the correction"))


class RequestInformationForm(RegistryForm):
    question = TextAreaField(_l("Question for the submitting organisation"), validators=[DataRequired(), Length(max=20000)])
    submit = SubmitField(_l("Request information"))


class RejectForm(RegistryForm):
    rejection_reason = TextAreaField(_l("Reason for rejection"), validators=[DataRequired(), Length(max=20000)],
                                     description=_l("The submitting organisation sees this reason."))
    submit = SubmitField(_l("Reject"))


class FalsePositiveForm(RegistryForm):
    hit_field = HiddenField(validators=[DataRequired(), Length(max=100)])
    hit_text = HiddenField(validators=[DataRequired(), Length(max=2000)])
    note = TextAreaField(_l("Why this is not a leak"), validators=[DataRequired(), Length(max=2000)])
    # A hit in a text being written (a follow-up, a correction note, a retraction reason): the
    # text itself, and the form it was written in, so that it comes back filled in after the mark.
    proposed = HiddenField(validators=[Optional(), Length(max=20000)])
    then = HiddenField(validators=[Optional(), AnyOf(["", "follow_up_form", "retract_form"])])
    carried_kind = HiddenField(validators=[Optional(), Length(max=50)])
    carried_date = HiddenField(validators=[Optional(), Length(max=20)])
    submit = SubmitField(_l("Mark as false positive"))


class FollowUpForm(RegistryForm):
    kind = SelectField(_l("Kind of update"), choices=choices("follow_up_kinds"))
    happened_on = ValidDateField(_l("Date"), validators=[DataRequired()])
    follow_up_text = TextAreaField(_l("Public text of the update"), validators=[DataRequired(), Length(max=20000)])
    submit = SubmitField(_l("Add the follow-up"))


class RetractForm(RegistryForm):
    retraction_reason = TextAreaField(_l("Public reason for the retraction"), validators=[DataRequired(), Length(max=2000)])
    submit = SubmitField(_l("Retract"))
