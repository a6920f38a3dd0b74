"""One form per wizard step. Each form carries its question in three wordings:
for people registering themselves, for young people (simpler, "je") and for
professionals registering a client."""

from dataclasses import dataclass
from datetime import timedelta

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.functional import Promise, lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

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


SELF, YOUTH, PROFESSIONAL = "self", "youth", "professional"


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


def radio_field(choice_class, required_message, **kwargs) -> forms.ChoiceField:
    return forms.ChoiceField(
        choices=choice_class.choices,
        widget=forms.RadioSelect,
        error_messages={"required": required_message},
        **kwargs,
    )


def yes_no_field(required_message) -> forms.TypedChoiceField:
    return forms.TypedChoiceField(
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        error_messages={"required": required_message},
    )


class StepForm(forms.Form):
    """A wizard step. ``question`` is the page heading; for a step with one field it
    is also that field's legend."""

    question: Wording
    hint: Wording | None = None
    single_question = True
    optional = False

    def __init__(
        self, *args, audience: str = SELF, earlier: dict | None = None, **kwargs
    ):
        self.audience = audience
        # Earlier answers a step's wording or checks depend on (the case stage,
        # the court district), as the wizard stored them.
        self.earlier = earlier or {}
        super().__init__(*args, **kwargs)
        if self.single_question:
            field = next(iter(self.fields.values()))
            field.label = self.question_text

    @property
    def question_text(self):
        return self.question.for_audience(self.audience)

    @property
    def hint_text(self):
        return self.hint.for_audience(self.audience) if self.hint else ""


class WhoForm(StepForm):
    question = Wording(
        _("Who are you registering for?"),
        youth=_("Are you signing up for yourself?"),
    )
    hint = Wording(
        _(
            "Professionals such as victim support workers, probation officers or "
            "care providers can register a client who agreed to this. Someone from "
            "a club, school, shop or company can register for their organisation."
        )
    )
    registrant = radio_field(
        choices.Registrant, _("Select who you are registering for")
    )


class OrganisationForm(StepForm):
    question = Wording(_("Which organisation are you registering for?"))
    hint = Wording(
        _(
            "For example the name of the club, school, shop or company. A staff "
            "member will call you, as its contact person, to look at what is "
            "possible."
        )
    )
    organisation_name = text_field(
        150, error_messages={"required": _("Enter the name of the organisation")}
    )


class ProfessionalForm(StepForm):
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
    professional_phone = text_field(
        32,
        label=_("Your phone number"),
        help_text=lazy(
            lambda: (
                ngettext(
                    "We call you on this number within %(days)d day.",
                    "We call you on this number within %(days)d days.",
                    callback_window_days(),
                )
                % {"days": callback_window_days()}
            ),
            str,
        )(),
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

    def clean_professional_phone(self):
        return normalise_phone(self.cleaned_data["professional_phone"])


class RoleForm(StepForm):
    question = Wording(
        _("What is your role in what happened?"),
        youth=_("What happened to you, or what did you do?"),
        professional=_("What is your client's role in what happened?"),
    )
    hint = Wording(
        _(
            "Restorative justice is for everyone involved. Your answer helps us find "
            "the right kind of help."
        ),
        youth=_("Everyone can sign up: the one who was hurt and the one who did it."),
    )
    role = radio_field(choices.Role, _("Select a role"))


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
    hopes = forms.MultipleChoiceField(
        choices=choices.Hope.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Choose at least one answer, or 'I don't know yet'")
        },
    )


class AgeForm(StepForm):
    question = Wording(
        _("How old are you?"),
        professional=_("How old is your client?"),
    )
    hint = Wording(
        _("For young people under 18, a parent or guardian also needs to agree."),
        youth=_("If you are under 18, a parent or carer also needs to say yes."),
    )
    age_band = radio_field(choices.AgeBand, _("Select an age"))


class OffenceForm(StepForm):
    question = Wording(
        _("What happened?"),
        youth=_("What was it about?"),
    )
    hint = Wording(_("Choose what fits best. You do not need to give details here."))
    offence = radio_field(choices.Offence, _("Select what happened"))


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

    feels_safe = radio_field(choices.FeelsSafe, _("Select whether you feel safe now"))
    contact_ban = radio_field(choices.ContactBan, _("Select an answer"))

    LABELS = {
        "feels_safe": Wording(
            _("Do you feel safe now?"),
            professional=_("Does your client feel safe now?"),
        ),
        "contact_ban": Wording(
            _(
                "Is there a contact ban, a restraining order or another rule that "
                "forbids contact with the other party?"
            ),
            youth=_(
                "Is there a rule that says you and the other person may not have "
                "contact? For example from the police or a judge."
            ),
        ),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, wording in self.LABELS.items():
            self.fields[name].label = wording.for_audience(self.audience)


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
        )
    )
    case_stage = radio_field(choices.CaseStage, _("Select where the case stands"))


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
        professional=_("Which court first heard your client's case?"),
    )
    hint = Wording(
        _(
            "The court's name is in letters from the public prosecutor (OM) or the "
            "court. Each court has a mediation office. Not sure? Choose 'I don't "
            "know': we will find out."
        ),
        youth=_(
            "The name is in letters from the court or the OM. Not sure? Choose "
            "'I don't know'. We will find out."
        ),
    )
    appeal_hint = Wording(
        _(
            "On appeal, the court of appeal (gerechtshof) handles the case. Choose "
            "the court where the case was first heard: its name is in the judgment. "
            "Not sure? Choose 'I don't know'."
        )
    )
    district = forms.ChoiceField(
        choices=court_choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Select a court")},
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
    optional = True
    hearing_date = forms.DateField(
        required=False,
        # A text field, as people write dates here (15-03-2027): a browser's own
        # date picker shows the format of the browser's locale, not the hint's.
        input_formats=["%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%d %m %Y", "%Y-%m-%d"],
        widget=forms.DateInput(
            attrs={"autocomplete": "off", "class": "input--date"}, format="%d-%m-%Y"
        ),
        error_messages={"invalid": _("Enter a date like 15-03-2027")},
    )

    def clean_hearing_date(self):
        day = self.cleaned_data["hearing_date"]
        today = timezone.localdate()
        if day and not (today - EARLIEST_HEARING <= day <= today + LATEST_HEARING):
            raise forms.ValidationError(
                _("Enter the date of the hearing, like 15-03-2027"), code="range"
            )
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
    counts_in_case = radio_field(choices.CountsInCase, _("Select an answer"))


class OtherPartyForm(StepForm):
    question = Wording(
        _("What applies to the other party?"),
        youth=_("What about the other person?"),
    )
    hint = Wording(
        _("The other party is the person on the other side of what happened.")
    )
    other_party = radio_field(choices.OtherParty, _("Select what applies"))


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
        _("You do not need to confess to everything. 'Partly' is a fine answer.")
    )
    acknowledges = radio_field(choices.Acknowledges, _("Select an answer"))


class ContactFormForm(StepForm):
    question = Wording(
        _("Which kind of contact would you prefer?"),
        youth=_("How would you like to have contact?"),
        professional=_("Which kind of contact would your client prefer?"),
    )
    hint = Wording(_("You can change your mind later. Stopping is always possible."))
    contact_form = radio_field(choices.ContactForm, _("Select a kind of contact"))


class LanguageForm(StepForm):
    question = Wording(
        _("In which language would you like to talk?"),
        professional=_("In which language would your client like to talk?"),
    )
    single_question = False

    preferred_language = radio_field(
        choices.Language, _("Select a language"), label=_("Language")
    )
    other_language = text_field(
        60, required=False, label=_("Which other language? (optional)")
    )
    interpreter_needed = forms.BooleanField(
        required=False, label=_("An interpreter is needed")
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
    contact_timing = radio_field(choices.ContactTiming, _("Select when"))

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
            for code, label in choices.ContactTiming.choices
        ]


class ContactDetailsForm(StepForm):
    question = Wording(
        _("How can we reach you?"),
        youth=_("How can we reach you?"),
        professional=_("Your client's name and contact details"),
    )
    hint = Wording(
        lazy(
            lambda: (
                ngettext(
                    "Give at least one: a phone number, an e-mail address or a "
                    "postal address. Unless you choose a later moment, we contact "
                    "you within %(days)d day.",
                    "Give at least one: a phone number, an e-mail address or a "
                    "postal address. Unless you choose a later moment, we contact "
                    "you within %(days)d days.",
                    callback_window_days(),
                )
                % {"days": callback_window_days()}
            ),
            str,
        )(),
        professional=_(
            "We call you first. Your client's details are optional here; the "
            "mediator needs them later."
        ),
    )
    single_question = False

    name = text_field(
        100,
        label=_("Name"),
        help_text=_("Your first name is enough."),
        error_messages={"required": _("Enter a name we can use")},
    )
    phone = text_field(32, required=False, label=_("Phone number"))
    email = EmailField(
        required=False,
        max_length=254,
        label=_("E-mail address"),
        help_text=_("We send the confirmation here. No details about what happened."),
        error_messages={"invalid": _("Enter an e-mail address like name@example.nl")},
    )
    postal_address = text_field(
        300,
        multiline=True,
        required=False,
        label=_("Postal address"),
        help_text=_(
            "In prison or without a phone? A postal address is enough: then we "
            "write you a letter."
        ),
    )
    CHANNELS = ("phone", "email", "postal_address")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["postal_address"].widget.attrs.update(
            rows=3, autocomplete="street-address"
        )

    def clean_phone(self):
        phone = self.cleaned_data["phone"]
        region = territory_for(self.earlier.get("district")).code
        return normalise_phone(phone, region=region) if phone else ""

    def clean(self):
        cleaned = super().clean()
        referral = self.audience == PROFESSIONAL
        if not referral and not any(
            cleaned.get(name) or self.has_error(name) for name in self.CHANNELS
        ):
            self.add_error(
                "phone",
                _("Enter a phone number, an e-mail address or a postal address"),
            )
        return cleaned


class SafeContactForm(StepForm):
    question = Wording(
        _("How can we contact you safely?"),
        professional=_("How can we contact you safely?"),
    )
    hint = Wording(
        _("If someone else may see your phone, tell us here. We will respect it.")
    )
    single_question = False

    call_times = forms.MultipleChoiceField(
        choices=choices.CallTime.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label=_("When can we call? (optional)"),
    )
    voicemail_allowed = yes_no_field(_("Select whether we may leave a voicemail"))
    may_say_who_we_are = yes_no_field(_("Select whether we may say who we are"))
    email_allowed = yes_no_field(_("Select whether we may send you e-mail"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["voicemail_allowed"].label = _("May we leave a voicemail message?")
        self.fields["may_say_who_we_are"].label = _(
            "If someone else answers, may we say that we are calling about "
            "restorative justice?"
        )
        self.fields["email_allowed"].label = _(
            "May we send you e-mail, such as a confirmation of this registration?"
        )
        self.fields["email_allowed"].help_text = _(
            "If you said we may not say who we are, an e-mail does not say it "
            "either: it does not name this website or what the registration is about."
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
        choices.GuardianKnows, _("Select an answer"), label=_("Do they know?")
    )
    guardian_name = text_field(
        100, required=False, label=_("Name of the parent or guardian (optional)")
    )
    guardian_phone = text_field(
        32, required=False, label=_("Their phone number (optional)")
    )

    def clean_guardian_phone(self):
        phone = self.cleaned_data["guardian_phone"]
        region = territory_for(self.earlier.get("district")).code
        return normalise_phone(phone, region=region) if phone else ""


class OtherPartyDetailsForm(StepForm):
    question = Wording(
        _("Is there anything you want to tell us about the other party? (optional)"),
        youth=_("Do you want to tell us something about the other person? (optional)"),
    )
    hint = Wording(
        _(
            "For example a name, or how you know each other. Leave it empty if you "
            "prefer; we will ask during the call."
        )
    )
    optional = True
    single_question = False
    other_party_details = text_field(1000, multiline=True, required=False)
    om_details_consent = forms.BooleanField(
        required=False,
        label=_(
            "You may ask the public prosecutor (OM) for the other party's contact "
            "details"
        ),
        help_text=_(
            "After a dropped case or an acquittal, the OM often does not pass on "
            "these details by itself. With your permission we can ask for them."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["other_party_details"].label = _(
            "What you know about the other party (optional)"
        )
        if self.earlier.get("case_stage") not in choices.DISMISSED:
            del self.fields["om_details_consent"]


class HeardFromForm(StepForm):
    question = Wording(_("How did you hear about us? (optional)"))
    hint = Wording(
        _("We count this, without your name, to reach more people who need it.")
    )
    optional = True
    heard_from = forms.ChoiceField(
        choices=choices.HeardFrom.choices, widget=forms.RadioSelect, required=False
    )


class CheckForm(StepForm):
    """The last step: the answers are shown above it; this form holds the consent,
    a honeypot and the anti-bot check ``challenge`` (``SIGNUP_CHALLENGE``) as the
    field ``captcha``: ALTCHA's proof of work, reCAPTCHA, or none."""

    question = Wording(
        _("Check your answers before sending"),
        youth=_("Check your answers"),
    )
    single_question = False

    consent = forms.BooleanField(
        label=_(
            "I have read the privacy statement. My answers may be used to handle "
            "this registration."
        ),
        error_messages={
            "required": _("Tick the box to agree to the privacy statement")
        },
    )
    # A honeypot: hidden from people (CSS and aria-hidden), filled in by bots.
    website = forms.CharField(required=False, label=_("Leave this field empty"))

    def __init__(self, *args, challenge: str = "none", **kwargs):
        super().__init__(*args, **kwargs)
        self.challenge = challenge
        if challenge == "altcha":
            self.fields["captcha"] = ChallengeField()
        elif challenge == "recaptcha":
            from django_recaptcha.fields import ReCaptchaField
            from django_recaptcha.widgets import ReCaptchaV2Checkbox

            self.fields["captcha"] = ReCaptchaField(
                widget=ReCaptchaV2Checkbox(api_params={"hl": self.language_code()}),
                label=_("Confirm that you are not a robot"),
                error_messages={
                    "required": _("Tick the box to confirm that you are not a robot."),
                    "captcha_invalid": _(
                        "We could not confirm that you are not a robot. "
                        "Tick the box and try again."
                    ),
                    "captcha_error": _(
                        "The check that you are not a robot did not answer. "
                        "Tick the box and try again."
                    ),
                },
            )

    @staticmethod
    def language_code() -> str:
        from django.utils.translation import get_language

        return get_language() or "nl"

    def clean_website(self):
        if self.cleaned_data["website"]:
            raise forms.ValidationError(
                _("Your registration could not be sent. Please call us instead."),
                code="honeypot",
            )
        return ""
