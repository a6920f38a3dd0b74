"""One form per wizard step. Each form carries its words in three wordings: for
people registering themselves, for young people (simpler, "je") and for
professionals registering a client.

Any text of a step can be a ``Wording``: its question and hint, and its fields'
labels, help texts and error messages; ``StepForm`` picks the audience's wording
for each. Answer labels for young people come from ``choices.YOUTH_LABELS``, per
choice class, beside the labels everyone else reads. Messages a step's checks
raise themselves are in its ``messages``, so they have a youth wording too."""

from dataclasses import dataclass
from datetime import timedelta

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.functional import Promise, lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.utils.translation import pgettext_lazy as pgettext

from signup.rules import choices
from signup.rules.deadlines import territory_for
from signup.rules.validators import (
    normalise_phone,
    reject_control_characters,
    reject_line_breaks,
    validate_reachable_email,
)
from signup.wizard.challenge import ChallengeField


class EmailField(forms.EmailField):
    """An address we can write to: with a domain that has a dot."""

    default_validators = [validate_reachable_email]


def callback_window_days() -> int:
    """The callback window the registration desk works with: one setting, which
    the deadline, these hints and the site's texts all read."""
    return settings.SIGNUP_CALLBACK_WINDOW_DAYS


def within_callback_window(sentence) -> Promise:
    """A sentence that names the callback window (``%(days)d``), translated when
    shown: ``sentence(days)`` is its ``ngettext``, written out where it is used
    so that makemessages finds both forms."""
    return lazy(
        lambda: sentence(callback_window_days()) % {"days": callback_window_days()},
        str,
    )()


SELF, YOUTH, PROFESSIONAL = "self", "youth", "professional"
AUDIENCES = (SELF, YOUTH, PROFESSIONAL)


@dataclass(frozen=True)
class Wording:
    standard: Promise | str
    youth: Promise | str | None = None
    professional: Promise | str | None = None

    def for_audience(self, audience: str) -> Promise | str:
        if audience == YOUTH and self.youth:
            return self.youth
        if audience == PROFESSIONAL and self.professional:
            return self.professional
        return self.standard


def worded(text, audience: str):
    """``text`` for ``audience`` when it is a ``Wording``; else ``text`` itself."""
    return text.for_audience(audience) if isinstance(text, Wording) else text


def text_field(
    max_length: int, *, multiline: bool = False, **kwargs
) -> forms.CharField:
    validators = [reject_control_characters]
    if not multiline:
        validators.append(reject_line_breaks)
    widget = forms.Textarea(attrs={"rows": 5}) if multiline else forms.TextInput
    return forms.CharField(
        max_length=max_length, validators=validators, widget=widget, **kwargs
    )


def phone_field(**kwargs) -> forms.CharField:
    """A phone number: ``type=tel``, so phones show the number keypad."""
    field = text_field(32, **kwargs)
    field.widget.input_type = "tel"
    return field


class _WordedChoices:
    """A field whose answers ``StepForm.word_field`` replaces in every form, in the
    audience's wording: a form's copy of it shares the class's choices instead of
    deep-copying them first, as Django's ``ChoiceField`` does (about a sixth of the
    copying a form does when it is made, for answers that are replaced next). The
    choices are only ever replaced, never changed in place."""

    def __deepcopy__(self, memo):
        return forms.Field.__deepcopy__(self, memo)


class WordedChoiceField(_WordedChoices, forms.ChoiceField):
    pass


class WordedMultipleChoiceField(_WordedChoices, forms.MultipleChoiceField):
    pass


def radio_field(choice_class, required_message=None, **kwargs) -> forms.ChoiceField:
    """One answer from ``choice_class``; young people read its youth labels."""
    if required_message is not None:
        kwargs["error_messages"] = {"required": required_message}
    field = WordedChoiceField(
        choices=choice_class.choices, widget=forms.RadioSelect, **kwargs
    )
    field.choice_class = choice_class
    return field


def checkboxes_field(
    choice_class, required_message=None, **kwargs
) -> forms.MultipleChoiceField:
    """Several answers from ``choice_class``; young people read its youth labels."""
    if required_message is not None:
        kwargs["error_messages"] = {"required": required_message}
    field = WordedMultipleChoiceField(
        choices=choice_class.choices, widget=forms.CheckboxSelectMultiple, **kwargs
    )
    field.choice_class = choice_class
    return field


def yes_no_field(required_message, **kwargs) -> forms.TypedChoiceField:
    return forms.TypedChoiceField(
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        error_messages={"required": required_message},
        **kwargs,
    )


# What young people read of a phone number that cannot be called, by the
# territory it was read in; everyone else reads normalise_phone's own message
# (signup/rules/validators.py).
YOUTH_PHONE_MESSAGES = {
    "NL": _("This phone number is not right. Write it like 0612345678"),
    "BQ": _("This phone number is not right. Write it like 717 1234"),
}


class StepForm(forms.Form):
    """A wizard step. ``question`` is the page heading; for a step with one field it
    is also that field's legend."""

    question: Wording
    hint: Wording | None = None
    # Messages the step's own checks raise (clean methods), by name.
    messages: dict[str, Wording] = {}
    single_question = True
    optional = False
    # The autocomplete token of each field that asks for the person's own details
    # (WCAG 1.3.5): browsers fill them in, assistive software can label them.
    # Fields about someone else (a client, a parent, the other party) get "off".
    autofill: dict[str, str] = {}

    def __init__(
        self, *args, audience: str = SELF, earlier: dict | None = None, **kwargs
    ):
        self.audience = audience
        # Earlier answers a step's wording or checks depend on (the case stage,
        # the court district), as the wizard stored them.
        self.earlier = earlier or {}
        super().__init__(*args, **kwargs)
        self.add_fields()
        for field in self.fields.values():
            self.word_field(field)
        for name, token in self.autofill_tokens().items():
            self.fields[name].widget.attrs["autocomplete"] = token
        if self.single_question:
            field = next(iter(self.fields.values()))
            field.label = self.question_text

    def add_fields(self) -> None:
        """For a step whose fields depend on more than the class: add them here,
        so that they are worded for the audience like the others."""

    def autofill_tokens(self) -> dict[str, str]:
        return self.autofill

    def word_field(self, field: forms.Field) -> None:
        """The field's label, help text, error messages and answer labels in the
        wording of this form's audience."""
        field.label = worded(field.label, self.audience)
        field.help_text = worded(field.help_text, self.audience)
        field.error_messages = {
            code: worded(message, self.audience)
            for code, message in field.error_messages.items()
        }
        choice_class = getattr(field, "choice_class", None)
        if choice_class is not None:
            field.choices = choices.labels_for(choice_class, self.audience == YOUTH)

    def message(self, name: str) -> Promise | str:
        return self.messages[name].for_audience(self.audience)

    def phone_number(self, value: str) -> str:
        """``value`` as a phone number in the court district's territory; an
        empty answer stays empty."""
        if not value:
            return ""
        region = territory_for(self.earlier.get("district")).code
        try:
            return normalise_phone(value, region=region)
        except forms.ValidationError as error:
            if self.audience != YOUTH:
                raise
            raise forms.ValidationError(
                YOUTH_PHONE_MESSAGES["BQ" if region == "BQ" else "NL"],
                code=error.code,
            ) from None

    @property
    def question_text(self):
        return self.question.for_audience(self.audience)

    @property
    def hint_text(self):
        return self.hint.for_audience(self.audience) if self.hint else ""


class WhoForm(StepForm):
    question = Wording(
        _("Who are you registering for?"),
        youth=_("Are you signing up for yourself, or for someone else?"),
    )
    hint = Wording(
        _(
            "Professionals such as victim support workers, probation officers or "
            "care providers can register a client who agreed to this. Someone from "
            "a club, school, shop or company can register for their organisation."
        ),
        youth=_(
            "Is it about you? Then choose 'For myself'. Also if you saw something, "
            "or if it happened to a friend or someone in your family."
        ),
    )
    registrant = radio_field(
        choices.Registrant,
        Wording(
            _("Select who you are registering for"),
            youth=_("Choose who you are signing up for"),
        ),
    )


class OrganisationForm(StepForm):
    question = Wording(
        _("Which organisation are you registering for?"),
        youth=_("What is the name of the club, school, shop or company?"),
    )
    hint = Wording(
        _(
            "For example the name of the club, school, shop or company. A staff "
            "member will call you, as its contact person, to look at what is "
            "possible."
        ),
        youth=_("Someone from our team will call you to talk about what is possible."),
    )
    organisation_name = text_field(
        150,
        error_messages={
            "required": Wording(
                _("Enter the name of the organisation"), youth=_("Fill in the name")
            )
        },
    )
    autofill = {"organisation_name": "organization"}


class ProfessionalForm(StepForm):
    """Asked only when a professional registers a client, and then the audience
    is always ``PROFESSIONAL`` (RegistrationWizard.audience): no youth wording."""

    question = Wording(_("About you and your organisation"))
    hint = Wording(
        _("We call you first, so that you can prepare the next step with your client.")
    )
    single_question = False

    organisation_type = forms.ChoiceField(
        label=_("Type of organisation"),
        choices=[
            ("", _("Choose an organisation type")),
            *choices.OrganisationType.choices,
        ],
        error_messages={"required": _("Select the type of organisation")},
    )
    professional_organisation = text_field(
        150,
        label=_("Name of your organisation"),
        error_messages={"required": _("Enter the name of your organisation")},
    )
    professional_name = text_field(
        100,
        label=_("Your name"),
        error_messages={"required": _("Enter your name")},
    )
    professional_phone = phone_field(
        label=_("Your phone number"),
        help_text=within_callback_window(
            lambda days: ngettext(
                "We call you on this number within %(days)d day.",
                "We call you on this number within %(days)d days.",
                days,
            )
        ),
        error_messages={"required": _("Enter your phone number")},
    )
    professional_email = EmailField(
        label=_("Your work e-mail address (optional)"),
        required=False,
        max_length=254,
        error_messages={"invalid": _("Enter an e-mail address like name@example.nl")},
    )
    client_consent = forms.BooleanField(
        label=_("My client agrees that I register them and share these details"),
        error_messages={
            "required": _("You can only register a client who agreed to this")
        },
    )

    autofill = {
        "professional_organisation": "organization",
        "professional_name": "name",
        "professional_phone": "work tel",
        "professional_email": "work email",
    }

    def clean_professional_phone(self):
        return normalise_phone(self.cleaned_data["professional_phone"])


class RoleForm(StepForm):
    question = Wording(
        _("What is your role in what happened?"),
        youth=_("Who are you in what happened?"),
        professional=_("What is your client's role in what happened?"),
    )
    hint = Wording(
        _(
            "Restorative justice is for everyone involved. Your answer helps us find "
            "the right kind of help."
        ),
        youth=_(
            "Everyone can sign up: the one it was done to, the one who did it, and "
            "the people around them."
        ),
    )
    role = radio_field(
        choices.Role, Wording(_("Select a role"), youth=_("Choose what fits you"))
    )


class HopesForm(StepForm):
    question = Wording(
        _("What do you hope for?"),
        youth=_("What would you like?"),
        professional=_("What does your client hope for?"),
    )
    hint = Wording(
        _("Choose everything that fits. You can change your mind later."),
        youth=_("Pick all that fit. You can change your mind later."),
    )
    hopes = checkboxes_field(
        choices.Hope,
        Wording(
            _("Choose at least one answer, or 'I don't know yet'"),
            youth=_("Pick at least one answer. Not sure? Pick 'I don't know yet'."),
        ),
    )


class AgeForm(StepForm):
    question = Wording(
        _("How old are you?"),
        youth=pgettext("youth", "How old are you?"),
        professional=_("How old is your client?"),
    )
    hint = Wording(
        _("For young people under 18, a parent or guardian also needs to agree."),
        youth=_("If you are under 18, a parent or carer also needs to say yes."),
    )
    age_band = radio_field(
        choices.AgeBand,
        Wording(_("Select an age"), youth=_("Choose how old you are")),
    )


class OffenceForm(StepForm):
    question = Wording(
        _("What happened?"),
        youth=_("What was it about?"),
    )
    hint = Wording(
        _("Choose what fits best. You do not need to give details here."),
        youth=_("Pick what fits best. You don't have to explain anything here."),
    )
    offence = radio_field(
        choices.Offence,
        Wording(_("Select what happened"), youth=_("Choose what it was about")),
    )


class SafetyForm(StepForm):
    question = Wording(
        _("Your safety"),
        youth=_("Are you safe?"),
        professional=_("Your client's safety"),
    )
    hint = Wording(
        _(
            "We ask this so that we contact you in a safe way. Are you in danger "
            "now? Call 112."
        ),
        youth=_("We ask this so that we can help you safely. In danger? Call 112."),
    )
    single_question = False

    feels_safe = radio_field(
        choices.FeelsSafe,
        Wording(
            _("Select whether you feel safe now"),
            youth=_("Choose if you feel safe now"),
        ),
        label=Wording(
            _("Do you feel safe now?"),
            youth=pgettext("youth", "Do you feel safe now?"),
            professional=_("Does your client feel safe now?"),
        ),
    )
    contact_ban = radio_field(
        choices.ContactBan,
        Wording(_("Select an answer"), youth=_("Choose yes, no or 'I don't know'")),
        label=Wording(
            _(
                "Is there a contact ban, a restraining order or another rule that "
                "forbids contact with the other party?"
            ),
            youth=_(
                "Is there a rule that says you and the other person may not have "
                "contact? For example from the police or a judge."
            ),
        ),
    )


class CaseStageForm(StepForm):
    question = Wording(
        _("Where does the criminal case stand?"),
        youth=_("What have the police or the court done so far?"),
        professional=_("Where does your client's criminal case stand?"),
    )
    hint = Wording(
        _(
            "Restorative justice is possible at any moment, also without a report "
            "or years later. This tells us which kind of mediation fits. The OM "
            "(Openbaar Ministerie) is the public prosecutor, who decides whether a "
            "case goes to court. A case is dropped (sepot) when the OM decides not "
            "to prosecute. Tbs is a treatment order with compulsory care."
        ),
        youth=_(
            "You can sign up at any time. Also if nobody told the police, or years "
            "later. Your answer shows us which help fits. The prosecutor is the one "
            "who decides if a case goes to a judge."
        ),
    )
    case_stage = radio_field(
        choices.CaseStage,
        Wording(
            _("Select where the case stands"),
            youth=_("Choose what happened with the case"),
        ),
    )


def court_choices() -> list[tuple[str, str]]:
    """The court districts as people know them: by the court's name."""
    courts = []
    for district in choices.District:
        if district in (choices.District.CARIBBEAN, choices.District.UNKNOWN):
            courts.append((district.value, district.label))
        else:
            courts.append(
                (district.value, _("Court of %(name)s") % {"name": district.label})
            )
    return courts


class DistrictForm(StepForm):
    question = Wording(
        _("At which court is the case?"),
        youth=_("At which court is the case?"),
        professional=_("At which court is your client's case?"),
    )
    appeal_question = Wording(
        _("Which court first heard the case?"),
        youth=_("Which court had the case first?"),
        professional=_("Which court first heard your client's case?"),
    )
    hint = Wording(
        _(
            "The court's name is in letters from the public prosecutor (OM) or the "
            "court. Each court has a mediation office. Not sure? Choose 'I don't "
            "know': we will find out."
        ),
        youth=_(
            "The name is in letters from the court or the prosecutor. Not sure? "
            "Choose 'I don't know'. We will find out."
        ),
    )
    appeal_hint = Wording(
        _(
            "On appeal, the court of appeal (gerechtshof) handles the case. Choose "
            "the court where the case was first heard: its name is in the judgment. "
            "Not sure? Choose 'I don't know'."
        ),
        youth=_(
            "Pick the court that had the case first. Its name is in the letter with "
            "the judge's decision. Not sure? Choose 'I don't know'."
        ),
    )
    district = forms.ChoiceField(
        choices=court_choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": Wording(_("Select a court"), youth=_("Choose a court"))
        },
    )

    @property
    def on_appeal(self) -> bool:
        return self.earlier.get("case_stage") == choices.CaseStage.APPEAL

    @property
    def question_text(self):
        question = self.appeal_question if self.on_appeal else self.question
        return question.for_audience(self.audience)

    @property
    def hint_text(self):
        hint = self.appeal_hint if self.on_appeal else self.hint
        return hint.for_audience(self.audience)


# A hearing date outside these bounds is a typing error (a year of 2207 or 1027).
EARLIEST_HEARING = timedelta(days=5 * 365)
LATEST_HEARING = timedelta(days=5 * 365)


class HearingForm(StepForm):
    question = Wording(
        _("Is there a date for the hearing? (optional)"),
        youth=_("Do you know when the court hearing is? (optional)"),
        professional=_("Is there a date for your client's hearing? (optional)"),
    )
    hint = Wording(
        _(
            "The hearing (zitting) is the day the judge hears the case. If it is "
            "soon, we call you sooner. Leave it empty if there is no date yet. For "
            "example 15-03-2027."
        ),
        youth=_(
            "That is the day the judge looks at the case. If it is soon, we call you "
            "sooner. No date yet? Leave it empty. For example 15-03-2027."
        ),
    )
    messages = {
        "range": Wording(
            _("Enter the date of the hearing, like 15-03-2027"),
            youth=_(
                "This date does not look right. Write the date of the hearing like "
                "this: 15-03-2027"
            ),
        )
    }
    optional = True
    hearing_date = forms.DateField(
        required=False,
        # A text field, as people write dates here (15-03-2027): a browser's own
        # date picker shows the format of the browser's locale, not the hint's.
        input_formats=["%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%d %m %Y", "%Y-%m-%d"],
        widget=forms.DateInput(
            attrs={"autocomplete": "off", "class": "input--date"}, format="%d-%m-%Y"
        ),
        error_messages={
            "invalid": Wording(
                _("Enter a date like 15-03-2027"),
                youth=_("Write the date like this: 15-03-2027"),
            )
        },
    )

    def clean_hearing_date(self):
        day = self.cleaned_data["hearing_date"]
        today = timezone.localdate()
        if day and not (today - EARLIEST_HEARING <= day <= today + LATEST_HEARING):
            raise forms.ValidationError(self.message("range"), code="range")
        return day


class CountsInCaseForm(StepForm):
    question = Wording(
        _("Should the contact play a part in the criminal case?"),
        youth=_("Should the judge or the prosecutor know what you agree on?"),
        professional=_("Should the contact play a part in your client's case?"),
    )
    hint = Wording(
        _(
            "During a criminal case you can make agreements with the other party, "
            "also about damages. They are written down in a final agreement "
            "(slotovereenkomst) that the prosecutor or the judge can take into "
            "account. You can also choose contact that stays apart from the case: "
            "then it has no influence on the case."
        ),
        youth=_(
            "You can make agreements with the other person, for example about "
            "paying for damage. The judge or the prosecutor can take them into "
            "account. Or you keep the contact apart from the case."
        ),
    )
    counts_in_case = radio_field(
        choices.CountsInCase,
        Wording(_("Select an answer"), youth=_("Choose yes, no or 'I don't know yet'")),
    )


class OtherPartyForm(StepForm):
    question = Wording(
        _("What applies to the other party?"),
        youth=_("What about the other person?"),
    )
    hint = Wording(
        _("The other party is the person on the other side of what happened."),
        youth=_(
            "By the other person we mean the one on the other side: the one who did "
            "it, or the one it was done to."
        ),
    )
    other_party = radio_field(
        choices.OtherParty,
        Wording(_("Select what applies"), youth=_("Choose what fits")),
    )


class AcknowledgesForm(StepForm):
    question = Wording(
        _(
            "Do you agree that the event happened and take responsibility for "
            "your part?"
        ),
        youth=_("Do you agree that it happened, and that you had a part in it?"),
        professional=_(
            "Does your client agree that the event happened and take responsibility "
            "for their part?"
        ),
    )
    hint = Wording(
        _("You do not need to confess to everything. 'Partly' is a fine answer."),
        youth=_(
            "You don't have to admit to everything. 'Partly' is a fine answer too."
        ),
    )
    acknowledges = radio_field(
        choices.Acknowledges,
        Wording(_("Select an answer"), youth=_("Choose yes, partly or no")),
    )


class ContactFormForm(StepForm):
    question = Wording(
        _("Which kind of contact would you prefer?"),
        youth=_("How would you like to have contact?"),
        professional=_("Which kind of contact would your client prefer?"),
    )
    hint = Wording(
        _("You can change your mind later. Stopping is always possible."),
        youth=_(
            "A mediator helps with the contact and takes no side. You can change "
            "your mind later. You can always stop."
        ),
    )
    contact_form = radio_field(
        choices.ContactForm,
        Wording(
            _("Select a kind of contact"),
            youth=_("Choose how you would like to have contact"),
        ),
    )


class LanguageForm(StepForm):
    question = Wording(
        _("In which language would you like to talk?"),
        youth=_("Which language do you want to talk in?"),
        professional=_("In which language would your client like to talk?"),
    )
    single_question = False

    preferred_language = radio_field(
        choices.Language,
        Wording(_("Select a language"), youth=_("Choose a language")),
        label=_("Language"),
    )
    other_language = text_field(
        60, required=False, label=_("Which other language? (optional)")
    )
    interpreter_needed = forms.BooleanField(
        required=False,
        label=Wording(
            _("An interpreter is needed"),
            youth=_("I need an interpreter (someone who translates)"),
        ),
    )


class ContactTimingForm(StepForm):
    question = Wording(
        _("When may we contact you?"),
        youth=_("When can we contact you?"),
        professional=_("When may we contact you about your client?"),
    )
    hint = Wording(
        _(
            "Not ready yet? That is fine: sometimes later is a better moment. "
            "Choose later, and we contact you then. A week before, we send you a "
            "reminder if you give an e-mail address and allow e-mail."
        ),
        youth=_(
            "Not ready yet? That is fine. Pick later, and we contact you then. If "
            "you give your e-mail address, we send a reminder a week before."
        ),
    )
    contact_timing = radio_field(
        choices.ContactTiming, Wording(_("Select when"), youth=_("Choose when"))
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        days = callback_window_days()
        now = ngettext(
            "As soon as possible (within %(days)d day)",
            "As soon as possible (within %(days)d days)",
            days,
        ) % {"days": days}
        self.fields["contact_timing"].choices = [
            (code, now if code == choices.ContactTiming.NOW else label)
            for code, label in self.fields["contact_timing"].choices
        ]


class ContactDetailsForm(StepForm):
    question = Wording(
        _("How can we reach you?"),
        youth=pgettext("youth", "How can we reach you?"),
        professional=_("Your client's name and contact details"),
    )
    hint = Wording(
        within_callback_window(
            lambda days: ngettext(
                "Give at least one: a phone number, an e-mail address or a "
                "postal address. Unless you choose a later moment, we contact "
                "you within %(days)d day.",
                "Give at least one: a phone number, an e-mail address or a "
                "postal address. Unless you choose a later moment, we contact "
                "you within %(days)d days.",
                days,
            )
        ),
        youth=within_callback_window(
            lambda days: ngettext(
                "Fill in at least one: a phone number, an e-mail address or an "
                "address. We contact you within %(days)d day, unless you pick a "
                "later moment.",
                "Fill in at least one: a phone number, an e-mail address or an "
                "address. We contact you within %(days)d days, unless you pick a "
                "later moment.",
                days,
            )
        ),
        professional=_(
            "We call you first. Your client's details are optional here; the "
            "mediator needs them later."
        ),
    )
    messages = {
        "no_channel": Wording(
            _("Enter a phone number, an e-mail address or a postal address"),
            youth=_(
                "Fill in a phone number, an e-mail address or an address, so that "
                "we can reach you"
            ),
        )
    }
    single_question = False

    name = text_field(
        100,
        label=_("Name"),
        help_text=Wording(
            _("Your first name is enough."),
            youth=pgettext("youth", "Your first name is enough."),
        ),
        error_messages={
            "required": Wording(
                _("Enter a name we can use"),
                youth=_("Fill in your name. Your first name is enough."),
            )
        },
    )
    phone = phone_field(required=False, label=_("Phone number"))
    email = EmailField(
        required=False,
        max_length=254,
        label=_("E-mail address"),
        help_text=Wording(
            _("We send the confirmation here. No details about what happened."),
            youth=_(
                "We send a message here to say that we got your sign-up. It does "
                "not say what happened."
            ),
        ),
        error_messages={
            "invalid": Wording(
                _("Enter an e-mail address like name@example.nl"),
                youth=_("Write your e-mail address like this: name@example.nl"),
            )
        },
    )
    postal_address = text_field(
        300,
        multiline=True,
        required=False,
        label=_("Postal address"),
        help_text=Wording(
            _(
                "In prison or without a phone? A postal address is enough: then we "
                "write you a letter."
            ),
            youth=_(
                "No phone? Or are you in a youth institution? Then an address is "
                "enough: we send you a letter."
            ),
        ),
    )
    CHANNELS = ("phone", "email", "postal_address")
    autofill = {
        "name": "name",
        "phone": "tel",
        "email": "email",
        "postal_address": "street-address",
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["postal_address"].widget.attrs.update(rows=3)

    def autofill_tokens(self) -> dict[str, str]:
        """A professional fills in the client's details, not their own."""
        if self.audience == PROFESSIONAL:
            return dict.fromkeys(self.autofill, "off")
        return self.autofill

    def clean_phone(self):
        return self.phone_number(self.cleaned_data["phone"])

    def clean(self):
        cleaned = super().clean()
        referral = self.audience == PROFESSIONAL
        if not referral and not any(
            cleaned.get(name) or self.has_error(name) for name in self.CHANNELS
        ):
            self.add_error("phone", self.message("no_channel"))
        return cleaned


class SafeContactForm(StepForm):
    question = Wording(
        _("How can we contact you safely?"),
        youth=pgettext("youth", "How can we contact you safely?"),
        professional=_("How can we contact you safely?"),
    )
    hint = Wording(
        _("If someone else may see your phone, tell us here. We will respect it."),
        youth=_("Can someone else see your phone? Tell us here. We will stick to it."),
    )
    single_question = False

    call_times = checkboxes_field(
        choices.CallTime, required=False, label=_("When can we call? (optional)")
    )
    voicemail_allowed = yes_no_field(
        Wording(
            _("Select whether we may leave a voicemail"),
            youth=_("Choose if we may leave a message on your voicemail"),
        ),
        label=Wording(
            _("May we leave a voicemail message?"),
            youth=_("May we leave a message on your voicemail?"),
        ),
    )
    may_say_who_we_are = yes_no_field(
        Wording(
            _("Select whether we may say who we are"),
            youth=_("Choose if we may say why we are calling"),
        ),
        label=Wording(
            _(
                "If someone else answers, may we say that we are calling about "
                "restorative justice?"
            ),
            youth=_(
                "If someone else answers the phone, may we say why we are calling?"
            ),
        ),
    )
    email_allowed = yes_no_field(
        Wording(
            _("Select whether we may send you e-mail"),
            youth=_("Choose if we may send you e-mails"),
        ),
        label=Wording(
            _("May we send you e-mail, such as a confirmation of this registration?"),
            youth=_(
                "May we send you e-mails? For example to say that we got your sign-up."
            ),
        ),
        help_text=Wording(
            _(
                "If you said we may not say who we are, an e-mail does not say it "
                "either: it does not name this website or what the registration is "
                "about."
            ),
            youth=_(
                "Did you say that we may not say why we are calling? Then our "
                "e-mails do not say it either: not the name of this website, and "
                "not what it is about."
            ),
        ),
    )


class GuardianForm(StepForm):
    question = Wording(
        _("Does a parent or guardian know about this registration?"),
        youth=_("Does your parent or carer know you are signing up?"),
        professional=_("Does a parent or guardian know about this registration?"),
    )
    hint = Wording(
        _(
            "A parent or guardian also needs to agree before mediation starts. Only "
            "give their details if that is safe."
        ),
        youth=_(
            "A parent or carer also needs to say yes before you start. That is a "
            "rule. We can help you with it. Only fill in their details if that is "
            "safe for you."
        ),
    )
    single_question = False

    guardian_knows = radio_field(
        choices.GuardianKnows,
        Wording(_("Select an answer"), youth=_("Choose yes, no or 'I'm not sure'")),
        label=Wording(_("Do they know?"), youth=_("Does your parent or carer know?")),
    )
    guardian_name = text_field(
        100,
        required=False,
        label=Wording(
            _("Name of the parent or guardian (optional)"),
            youth=_("Name of your parent or carer (optional)"),
        ),
    )
    guardian_phone = phone_field(
        required=False,
        label=Wording(
            _("Their phone number (optional)"),
            youth=_("Phone number of your parent or carer (optional)"),
        ),
    )

    # A parent's or carer's details: not the person's own, never filled in.
    autofill = {"guardian_name": "off", "guardian_phone": "off"}

    def clean_guardian_phone(self):
        return self.phone_number(self.cleaned_data["guardian_phone"])


class OtherPartyDetailsForm(StepForm):
    question = Wording(
        _("Is there anything you want to tell us about the other party? (optional)"),
        youth=_("Do you want to tell us something about the other person? (optional)"),
    )
    hint = Wording(
        _(
            "For example a name, or how you know each other. Leave it empty if you "
            "prefer; we will ask during the call."
        ),
        youth=_(
            "For example a name, or how you know them. You can also leave it "
            "empty. We will ask about it when we call."
        ),
    )
    optional = True
    single_question = False
    other_party_details = text_field(
        1000,
        multiline=True,
        required=False,
        label=Wording(
            _("What you know about the other party (optional)"),
            youth=_("What you know about the other person (optional)"),
        ),
    )
    om_details_consent = forms.BooleanField(
        required=False,
        label=Wording(
            _(
                "You may ask the public prosecutor (OM) for the other party's "
                "contact details"
            ),
            youth=_(
                "You may ask the prosecutor how to reach the other person "
                "(their contact details)"
            ),
        ),
        help_text=Wording(
            _(
                "After a dropped case or an acquittal, the OM often does not pass "
                "on these details by itself. With your permission we can ask for "
                "them."
            ),
            youth=_(
                "Did the case stop, or did the judge say 'not guilty'? Then the "
                "prosecutor often does not give us these details by itself. If you "
                "say yes, we can ask for them."
            ),
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.earlier.get("case_stage") not in choices.DISMISSED:
            del self.fields["om_details_consent"]


class HeardFromForm(StepForm):
    question = Wording(
        _("How did you hear about us? (optional)"),
        youth=_("How did you find us? (optional)"),
    )
    hint = Wording(
        _("We count this, without your name, to reach more people who need it."),
        youth=_("We count this without your name. So more young people can find us."),
    )
    optional = True
    heard_from = radio_field(choices.HeardFrom, required=False)


class CheckForm(StepForm):
    """The last step: the answers are shown above it; this form holds a honeypot
    and the anti-bot check ``challenge`` (``SIGNUP_CHALLENGE``) as the
    field ``captcha``: ALTCHA's proof of work, reCAPTCHA, or none.

    There is no consent box: the registration point does not rest on consent
    but on a task in the public interest (the privacy statement says so), so a
    box to tick would only suggest a choice the law does not ask for. The page
    ends with a declaration of what sending does, and the button "Send
    registration" (GOV.UK's check-answers pattern)."""

    question = Wording(
        _("Check your answers before sending"),
        youth=_("Check your answers"),
    )
    messages = {
        "honeypot": Wording(
            _("Your registration could not be sent. Please call us instead."),
            youth=_("We could not send your sign-up. Please call us."),
        )
    }
    single_question = False

    # A honeypot: hidden from people (CSS and aria-hidden), filled in by bots.
    website = forms.CharField(required=False, label=_("Leave this field empty"))

    ALTCHA_MESSAGES = {
        "expired": _(
            "The check took too long. Send your sign-up again: the check starts "
            "again by itself."
        ),
        "invalid": _(
            "The check did not work. Send your sign-up again: the check starts "
            "again by itself."
        ),
        "used": _(
            "This check was already used. Send your sign-up again: the check "
            "starts again by itself."
        ),
    }

    def __init__(self, *args, challenge: str = "none", **kwargs):
        self.challenge = challenge
        super().__init__(*args, **kwargs)

    def add_fields(self):
        if self.challenge == "altcha":
            field = ChallengeField()
            field.error_messages = {
                code: Wording(message, youth=self.ALTCHA_MESSAGES.get(code))
                for code, message in field.error_messages.items()
            }
            self.fields["captcha"] = field
        elif self.challenge == "recaptcha":
            from django_recaptcha.fields import ReCaptchaField
            from django_recaptcha.widgets import ReCaptchaV2Checkbox

            self.fields["captcha"] = ReCaptchaField(
                widget=ReCaptchaV2Checkbox(api_params={"hl": self.language_code()}),
                label=Wording(
                    _("Confirm that you are not a robot"),
                    youth=_("Show that you are not a robot"),
                ),
                error_messages={
                    "required": Wording(
                        _("Tick the box to confirm that you are not a robot."),
                        youth=_("Tick the box to show that you are not a robot."),
                    ),
                    "captcha_invalid": Wording(
                        _(
                            "We could not confirm that you are not a robot. "
                            "Tick the box and try again."
                        ),
                        youth=_(
                            "We could not see that you are not a robot. Tick the "
                            "box and try again."
                        ),
                    ),
                    "captcha_error": Wording(
                        _(
                            "The check that you are not a robot did not answer. "
                            "Tick the box and try again."
                        ),
                        youth=_(
                            "The robot check did not answer. Tick the box and try "
                            "again."
                        ),
                    ),
                },
            )

    @staticmethod
    def language_code() -> str:
        from django.utils.translation import get_language

        return get_language() or "nl"

    def clean_website(self):
        if self.cleaned_data["website"]:
            raise forms.ValidationError(self.message("honeypot"), code="honeypot")
        return ""
