"""A stored registration's answers, grouped for the registration desk."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from signup.models import Registration
from signup.rules import choices
from signup.rules.validators import display_phone


@dataclass(frozen=True)
class Section:
    title: str
    rows: list[tuple[str, str]]


def _yes_no(value: bool) -> str:
    return str(_("Yes") if value else _("No"))


def _or_dash(value: str) -> str:
    return value or "—"


def _phone(value: str) -> str:
    return display_phone(value) if value else "—"


def _call_times(registration: Registration) -> str:
    labels = dict(choices.CallTime.choices)
    return ", ".join(str(labels.get(t, t)) for t in registration.call_times) or str(
        _("Any time")
    )


def safe_contact(registration: Registration) -> Section:
    """Shown first and prominently: how to call without putting anyone at risk."""
    return Section(
        _("Safe contact"),
        [
            (_("When we may call"), _call_times(registration)),
            (_("Voicemail allowed"), _yes_no(registration.voicemail_allowed)),
            (_("May say who we are"), _yes_no(registration.may_say_who_we_are)),
            (_("E-mail allowed"), _yes_no(registration.email_allowed)),
        ],
    )


def registration_sections(registration: Registration) -> list[Section]:
    r = registration
    sections = [
        Section(
            _("Who to call"),
            [
                (_("Name"), _or_dash(r.name)),
                (_("Phone"), _phone(r.phone)),
                (_("E-mail"), _or_dash(r.email)),
                (_("Language of the call"), r.get_preferred_language_display()),
                (_("Other language"), _or_dash(r.other_language)),
                (_("Interpreter needed"), _yes_no(r.interpreter_needed)),
            ],
        ),
    ]
    if r.is_referral:
        sections.append(
            Section(
                _("Referring professional"),
                [
                    (_("Name"), _or_dash(r.professional_name)),
                    (_("Organisation"), _or_dash(r.professional_organisation)),
                    (_("Type"), _or_dash(r.get_organisation_type_display())),
                    (_("Phone"), _phone(r.professional_phone)),
                    (_("E-mail"), _or_dash(r.professional_email)),
                    (_("Client consented"), _yes_no(r.client_consent)),
                ],
            )
        )
    if r.guardian_knows or r.guardian_name:
        sections.append(
            Section(
                _("Parent or guardian"),
                [
                    (_("Knows about it"), _or_dash(r.get_guardian_knows_display())),
                    (_("Name"), _or_dash(r.guardian_name)),
                    (_("Phone"), _phone(r.guardian_phone)),
                ],
            )
        )
    sections.append(
        Section(
            _("What happened"),
            [
                (_("Role"), r.get_role_display()),
                (_("Age"), r.get_age_band_display()),
                (_("Offence"), r.get_offence_display()),
                (_("Case stage"), r.get_case_stage_display()),
                (_("District"), _or_dash(r.get_district_display())),
                (_("May count in the case"), _or_dash(r.get_counts_in_case_display())),
                (_("Acknowledges the facts"), _or_dash(r.get_acknowledges_display())),
                (_("Other party"), r.get_other_party_display()),
                (_("About the other party"), _or_dash(r.other_party_details)),
                (_("Preferred contact"), r.get_contact_form_display()),
                (_("Heard of us through"), _or_dash(r.get_heard_from_display())),
            ],
        )
    )
    return sections
