"""The reply page's forms: the code from the letter, then the answer and how to
reach the person safely."""

from django import forms
from django.utils.translation import gettext_lazy as _

from signup.invitations.codes import normalise_code
from signup.models import Invitation
from signup.rules import choices
from signup.rules.validators import normalise_phone

YES_NO = [("yes", _("Yes")), ("no", _("No"))]


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("The code in your letter"),
        help_text=_("Eight letters and numbers, for example K7QD-3MXP."),
        max_length=20,
        error_messages={"required": _("Enter the code from your letter")},
    )
    # Left empty by people; filled by bots.
    website = forms.CharField(required=False, widget=forms.HiddenInput)

    def clean_code(self):
        code = normalise_code(self.cleaned_data["code"])
        if not code:
            raise forms.ValidationError(
                _("Enter the code as it is in your letter, for example K7QD-3MXP"),
                code="format",
            )
        return code


def _yes_no(label, required_message):
    return forms.ChoiceField(
        label=label,
        choices=YES_NO,
        widget=forms.RadioSelect,
        error_messages={"required": required_message},
    )


class ReplyForm(forms.Form):
    answer = forms.ChoiceField(
        label=_("What would you like to do?"),
        choices=Invitation.Answer.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what you would like")},
    )
    name = forms.CharField(
        label=_("Name (optional)"),
        help_text=_("Your first name is enough."),
        max_length=100,
        required=False,
    )
    phone = forms.CharField(label=_("Phone number"), max_length=32, required=False)
    email = forms.EmailField(label=_("E-mail address"), max_length=254, required=False)
    postal_address = forms.CharField(
        label=_("Postal address"),
        help_text=_("No phone? A postal address is enough: then we write to you."),
        max_length=300,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    call_times = forms.MultipleChoiceField(
        label=_("When can we call? (optional)"),
        choices=choices.CallTime.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    voicemail_allowed = _yes_no(
        _("May we leave a voicemail message?"),
        _("Select whether we may leave a voicemail"),
    )
    may_say_who_we_are = _yes_no(
        _(
            "If someone else answers, may we say that we are calling about "
            "restorative justice?"
        ),
        _("Select whether we may say who we are"),
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
        for name, token in self.autofill.items():
            self.fields[name].widget.attrs["autocomplete"] = token

    def clean_phone(self):
        value = self.cleaned_data["phone"].strip()
        return normalise_phone(value) if value else ""

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("answer") == Invitation.Answer.NO:
            # Saying no needs nothing else: no contact details are kept, and
            # nothing typed in them can hold the answer up.
            for name in self.fields:
                if name != "answer":
                    self.errors.pop(name, None)
            return {"answer": Invitation.Answer.NO}
        if not any(cleaned.get(name) or self.has_error(name) for name in self.CHANNELS):
            self.add_error(
                "phone",
                _("Enter a phone number, an e-mail address or a postal address"),
            )
        return cleaned
