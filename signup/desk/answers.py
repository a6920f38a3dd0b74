"""A stored registration's answers, grouped for the registration desk.

A row without an answer is left out, and a section without rows too: a
registration routed by version 1 of the rules was never asked what it hopes for,
whether it feels safe or when to be contacted, and the desk should not show a
column of dashes for questions nobody asked. Yes/no answers that every version
asked are always shown.
"""

from dataclasses import dataclass
from typing import NamedTuple

from django.utils import formats
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from signup.models import Registration
from signup.rules import choices
from signup.rules.routing import Flag
from signup.rules.validators import display_phone

# A row's value: a text, or a list of texts (several answers to one question).
Value = str | list[str]


class Row(NamedTuple):
    label: str
    value: Value

    @property
    def several(self) -> list[str] | None:
        """The answers, when the question took several."""
        return self.value if isinstance(self.value, list) else None


@dataclass(frozen=True)
class Section:
    title: str
    rows: list[Row]


def section(title: str, rows: list[tuple[str, Value | None]]) -> Section:
    """A section of the rows that have an answer."""
    return Section(title, [Row(label, value) for label, value in rows if value])


def _yes_no(value: bool) -> str:
    return str(_("Yes") if value else _("No"))


def _phone(value: str) -> str:
    return display_phone(value) if value else ""


def phone_link(value: str):
    """The number as a ``tel:`` link, written as people read it; one click
    dials from a softphone."""
    if not value:
        return ""
    return format_html('<a href="tel:{}">{}</a>', value, display_phone(value))


def _labels(codes: list[str], choice_class) -> list[str]:
    """The labels of stored codes, in the order the wizard offers them; an
    unknown code is shown as it is."""
    labels = dict(choice_class.choices)
    order = [code for code, _label in choice_class.choices]
    known = [code for code in order if code in codes]
    unknown = [code for code in codes if code not in labels]
    return [str(labels[code]) for code in known] + unknown


def call_times_text(registration: Registration) -> str:
    labels = dict(choices.CallTime.choices)
    return ", ".join(str(labels.get(t, t)) for t in registration.call_times) or str(
        _("Any time")
    )


def _day(value) -> str:
    return formats.date_format(value, "j F Y") if value else ""


def safe_contact(registration: Registration) -> Section:
    """Shown first and prominently: how to reach the person without putting
    anyone at risk. The postal address is a way to reach people in detention or
    without a phone (flag ``by_post``: the callback is a letter)."""
    r = registration
    # When and how to call mean nothing for someone reachable by post only.
    calls = bool(r.phone)
    return section(
        _("Safe contact"),
        [
            (_("Phone"), phone_link(r.phone)),
            (_("E-mail"), r.email),
            (_("Postal address"), r.postal_address),
            (_("When we may call"), call_times_text(r) if calls else ""),
            (_("Voicemail allowed"), _yes_no(r.voicemail_allowed) if calls else ""),
            (_("May say who we are"), _yes_no(r.may_say_who_we_are)),
            (_("E-mail allowed"), _yes_no(r.email_allowed)),
        ],
    )


def _registrant(r: Registration) -> Section:
    return section(
        _("Who to call"),
        [
            (_("Name"), r.name),
            (_("Registered"), r.get_registrant_display()),
            (_("Organisation"), r.organisation_name),
            (_("Language of the call"), r.get_preferred_language_display()),
            (_("Other language"), r.other_language),
            (_("Interpreter needed"), _yes_no(r.interpreter_needed)),
        ],
    )


def _safety(r: Registration) -> Section:
    """Asked only for some offences or the hope "that it stops" (version 2)."""
    return section(
        _("Safety"),
        [
            (_("Feels safe now"), r.get_feels_safe_display()),
            (_("Contact ban or restraining order"), r.get_contact_ban_display()),
        ],
    )


def _hopes(r: Registration) -> Section:
    return section(
        _("What the person hopes for"),
        [(_("Hopes"), _labels(r.hopes, choices.Hope))],
    )


def _when(r: Registration) -> Section:
    """ "Not now, later": when the person wants to be contacted, and the day the
    callback is due then. Nothing for "as soon as possible"."""
    callback = r.callback
    if r.contact_timing == choices.ContactTiming.NOW and not callback.deferred:
        return Section(_("When to make contact"), [])
    # The reminder and a postponement are in the callback's own lines
    # (signup/desk/later.py).
    due = callback.due_at.astimezone(r.territory.zone)
    return section(
        _("When to make contact"),
        [
            (_("Contact"), r.get_contact_timing_display()),
            (_("Due on"), formats.date_format(due, "l j F Y")),
        ],
    )


def _what_happened(r: Registration) -> Section:
    return section(
        _("What happened"),
        [
            (_("Role"), r.get_role_display()),
            (_("Age"), r.get_age_band_display()),
            (_("Offence"), r.get_offence_display()),
            (_("Acknowledges the facts"), r.get_acknowledges_display()),
            (_("Other party"), r.get_other_party_display()),
            (_("About the other party"), r.other_party_details),
            (_("Preferred contact"), r.get_contact_form_display()),
            (_("Heard of us through"), r.get_heard_from_display()),
        ],
    )


def _criminal_case(r: Registration) -> Section:
    district_label = (
        _("District where the case was first heard")
        if r.case_stage == choices.CaseStage.APPEAL
        else _("District")
    )
    # Asked after a dropped case or an acquittal (flag ``after_dismissal``) only.
    om_consent = (
        _yes_no(r.om_details_consent)
        if Flag.AFTER_DISMISSAL in r.flags or r.om_details_consent
        else ""
    )
    return section(
        _("The criminal case"),
        [
            (_("Case stage"), r.get_case_stage_display()),
            (district_label, r.get_district_display()),
            (_("Hearing date"), _day(r.hearing_date)),
            (_("May count in the case"), r.get_counts_in_case_display()),
            (_("May ask the OM for the other party's details"), om_consent),
        ],
    )


def _professional(r: Registration) -> Section:
    return section(
        _("Referring professional"),
        [
            (_("Name"), r.professional_name),
            (_("Organisation"), r.professional_organisation),
            (_("Type"), r.get_organisation_type_display()),
            (_("Phone"), _phone(r.professional_phone)),
            (_("E-mail"), r.professional_email),
            (_("Client consented"), _yes_no(r.client_consent)),
        ],
    )


def _guardian(r: Registration) -> Section:
    return section(
        _("Parent or guardian"),
        [
            (_("Knows about it"), r.get_guardian_knows_display()),
            (_("Name"), r.guardian_name),
            (_("Phone"), _phone(r.guardian_phone)),
        ],
    )


def registration_sections(registration: Registration) -> list[Section]:
    """The sections that have rows, in the order staff need them: safety before
    anything about the case."""
    r = registration
    sections = [
        _safety(r),
        _registrant(r),
        _professional(r) if r.is_referral else None,
        _guardian(r) if r.guardian_knows or r.guardian_name else None,
        _when(r),
        _hopes(r),
        _what_happened(r),
        _criminal_case(r),
    ]
    return [s for s in sections if s is not None and s.rows]
