"""flask-wtf forms: field validation only, no database access. Choices come from vocab."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
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
from wtforms.validators import DataRequired, Length, NumberRange, Optional
from wtforms.widgets import CheckboxInput, ListWidget

from ..domain import vocab, workflow


class MultiCheckboxField(SelectMultipleField):
    """A multiple choice shown as checkboxes: usable without JavaScript, by keyboard and screen reader."""

    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


def choices(vocabulary: str):
    return [(t.slug, _l(t.label)) for t in vocab.VOCABULARIES[vocabulary]]


def country_choices(blank: str | None = None):
    found = [(t.slug, t.label) for t in vocab.countries()]
    return ([("", blank)] if blank is not None else []) + found


class LoginForm(FlaskForm):
    email = EmailField(_l("E-mail"), validators=[DataRequired(), Length(max=254)])
    password = PasswordField(_l("Password"), validators=[DataRequired(), Length(max=1024)])
    submit = SubmitField(_l("Sign in"))


class LinesField(TextAreaField):
    """One entry per line, as a list."""

    def _value(self):
        return "\n".join(self.data or []) if isinstance(self.data, list) else (self.data or "")

    def process_formdata(self, valuelist):
        self.data = [line.strip() for line in (valuelist[0] if valuelist else "").splitlines() if line.strip()]


L = workflow.PUBLIC_TEXT_FIELDS
P = workflow.PRIVATE_TEXT_FIELDS


class AllegationForm(FlaskForm):
    """The NGO intake form, in the sections a submitter works through."""

    version = HiddenField()
    # 1. The incident
    title = StringField(_l("Short title"), validators=[Optional(), Length(max=L["title"])],
                        description=_l("A few words, without names: e.g. 'Lawyer detained after UPR briefing'."))
    country = SelectField(_l("State alleged responsible"), choices=country_choices(""), validators=[Optional()])
    region = StringField(_l("Region or province (optional)"), validators=[Optional(), Length(max=L["region"])],
                         description=_l("Only as precise as is safe to publish; the exact place goes below."))
    incident_date = DateField(_l("Date of the incident"), validators=[Optional()])
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
    victim_count = IntegerField(_l("Number of people"), default=1,
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


class MessageForm(FlaskForm):
    body = TextAreaField(_l("Message"), validators=[DataRequired(), Length(max=20000)])
    submit = SubmitField(_l("Send"))


class WithdrawForm(FlaskForm):
    reason = TextAreaField(_l("Reason (optional)"), validators=[Optional(), Length(max=2000)])
    submit = SubmitField(_l("Withdraw this allegation"))
