"""What happens after registering, per route: the one source of the texts that the
confirmation page and the confirmation e-mail show.

The texts follow the brief (``routing.md``, ``provisions.md``) and say only what
really happens next:

- herstelbemiddeling: the registration desk gets in touch, a mediator holds an
  intake, approaches the other party only if the person wants to go on (after an
  earlier refusal: only if asking again is wise), prepares each side separately,
  then the contact in the form chosen;
- MiS: the registration is a request; the mediation office of the court examines
  it with the public prosecutor or the judge, who decide; two mediators; if it does
  not go ahead, herstelbemiddeling is still possible;
- Samenspraak: what a group is (the same type of offence, not the same event;
  several sessions; two uninvolved citizens take part as participants, not as
  leaders), and that staff talk through whether and when a group fits;
- triage: a staff member talks it through and looks for what fits.

Three wordings: for people registering themselves, for young people (Dutch "je",
shorter) and for professionals registering a client. Each wording has its own
English message id, so a Dutch "u" sentence can never be shown to a young person
because the English happened to be the same.

A registration's callback decides the first sentence: a call within the window, a
letter (flag ``by_post``), or contact at the later moment the person chose (flag
``deferred``), which is shown with its year. No text here names what happened:
the e-mail uses them too, and it must not tell whoever reads the mailbox more
than the person allowed.
"""

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from django.utils.functional import Promise
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

from signup.rules.dates import callback_day, callback_day_with_year
from signup.rules.deadlines import NETHERLANDS, Territory
from signup.rules.routing import Flag, Reason, Route

# The three wordings; the same codes as the wizard's audiences.
STANDARD, YOUTH, PROFESSIONAL = "self", "youth", "professional"


def audience_of(*, youth: bool, referral: bool) -> str:
    """A professional's registration is worded for the professional, also when
    the client is young; otherwise youth wording for a youth registration."""
    if referral:
        return PROFESSIONAL
    return YOUTH if youth else STANDARD


@dataclass(frozen=True)
class Text:
    """One sentence in its three wordings."""

    standard: Promise
    youth: Promise
    professional: Promise

    def for_audience(self, audience: str) -> str:
        if audience == YOUTH:
            return str(self.youth)
        if audience == PROFESSIONAL:
            return str(self.professional)
        return str(self.standard)


# --- when and how we get in touch ---------------------------------------------

CALL, LETTER, LATER_CALL, LATER_LETTER = "call", "letter", "later_call", "later_letter"

# The first sentence, with the date as %(day)s.
PROMISES = {
    CALL: Text(
        _("We will call you by %(day)s at the latest."),
        _("We'll call you by %(day)s."),
        _(
            "We will call you by %(day)s at the latest, to discuss the "
            "registration of your client."
        ),
    ),
    LETTER: Text(
        _("We will send you a letter by %(day)s at the latest."),
        _("We'll send you a letter by %(day)s."),
        _(
            "We will send you a letter by %(day)s at the latest, about the "
            "registration of your client."
        ),
    ),
    LATER_CALL: Text(
        _("You asked us to wait. We will contact you around %(day)s."),
        _("You want to wait a while. We'll get in touch around %(day)s."),
        _(
            "As you asked, we will contact you around %(day)s to discuss the "
            "registration of your client."
        ),
    ),
    LATER_LETTER: Text(
        _("You asked us to wait. We will write to you around %(day)s."),
        _("You want to wait a while. We'll write to you around %(day)s."),
        _(
            "As you asked, we will write to you around %(day)s about the "
            "registration of your client."
        ),
    ),
}

# The same promise in the neutral e-mail, for a person who does not want us to
# say who we are: nothing about what the registration is for.
NEUTRAL_PROMISES = {
    CALL: Text(
        _("We will contact you by %(day)s, as you asked."),
        _("We'll get in touch by %(day)s, like you asked."),
        _("We will contact you by %(day)s, as you asked."),
    ),
    LATER_CALL: Text(
        _("We will contact you around %(day)s, as you asked."),
        _("We'll get in touch around %(day)s, like you asked."),
        _("We will contact you around %(day)s, as you asked."),
    ),
}
NEUTRAL_PROMISES[LETTER] = NEUTRAL_PROMISES[CALL]
NEUTRAL_PROMISES[LATER_LETTER] = NEUTRAL_PROMISES[LATER_CALL]

# The first step of every route: the contact itself.
CONTACT_STEPS = {
    CALL: Text(
        _(
            "A staff member calls you. They confirm your registration, explain "
            "what happens next and answer your questions."
        ),
        _(
            "Someone from our team calls you. They tell you what happens next and "
            "answer your questions."
        ),
        _(
            "A staff member calls you first, to discuss the registration of your "
            "client and answer your questions."
        ),
    ),
    LETTER: Text(
        _(
            "A staff member sends you a letter. It explains what happens next and "
            "how you can reach us."
        ),
        _(
            "Someone from our team sends you a letter. It tells you what happens "
            "next and how to reach us."
        ),
        _("A staff member writes to you first, about the registration of your client."),
    ),
    LATER_CALL: Text(
        _(
            "Until the moment you chose, we do nothing with your registration. "
            "Then a staff member contacts you."
        ),
        _(
            "Until then, we do nothing with your sign-up. Then someone from our "
            "team gets in touch with you."
        ),
        _(
            "Until the moment chosen, we do nothing with the registration. Then a "
            "staff member contacts you first."
        ),
    ),
}
CONTACT_STEPS[LATER_LETTER] = CONTACT_STEPS[LATER_CALL]


def contact_kind(flags: Collection[str]) -> str:
    """Call or letter (flag ``by_post``), now or later (flag ``deferred``)."""
    letter = Flag.BY_POST in flags
    if Flag.DEFERRED in flags:
        return LATER_LETTER if letter else LATER_CALL
    return LETTER if letter else CALL


def contact_day(
    due_at: datetime,
    language: str,
    territory: Territory = NETHERLANDS,
    flags: Collection[str] = (),
) -> str:
    """The callback's day as the person reads it; with the year when it is months
    away."""
    if Flag.DEFERRED in flags:
        return callback_day_with_year(due_at, language, territory)
    return callback_day(due_at, language, territory)


# --- the steps per route ---------------------------------------------------------

INTAKE = Text(
    _(
        "A mediator has a first conversation with you (the intake). You talk about "
        "what happened and what you hope for."
    ),
    _(
        "A mediator meets you for a first talk. You tell them what happened and "
        "what you want."
    ),
    _(
        "A mediator has a first conversation with your client (the intake), about "
        "what happened and what your client hopes for."
    ),
)
APPROACH = Text(
    _(
        "Only if you want to go on, the mediator contacts the other party and asks "
        "whether they want contact too."
    ),
    _("Only if you want, the mediator asks the other person if they want contact too."),
    _(
        "Only if your client wants to go on, the mediator contacts the other party "
        "and asks whether they want contact too."
    ),
)
APPROACH_AFTER_REFUSAL = Text(
    _(
        "The other party said no before. If you want to go on, the mediator first "
        "looks carefully with you at whether asking again is wise. Only then does "
        "the mediator contact them."
    ),
    _(
        "The other person said no before. If you want, the mediator first checks "
        "with you if asking again is a good idea. Only then do they contact the "
        "other person."
    ),
    _(
        "The other party said no before. If your client wants to go on, the "
        "mediator first looks carefully at whether asking again is wise. Only then "
        "does the mediator contact them."
    ),
)
PREPARATION = Text(
    _(
        "If you and the other party both want contact, the mediator prepares each "
        "of you separately."
    ),
    _("If you both want contact, the mediator helps each of you get ready, apart."),
    _("If both sides want contact, the mediator prepares each side separately."),
)
CONTACT = Text(
    _(
        "Then the contact takes place, in the form you choose: a conversation, a "
        "group meeting, letters, messages passed on by the mediator, or a video "
        "message. You can pause or stop at any moment."
    ),
    _(
        "Then you have contact, the way you choose: talking, letters, messages "
        "through the mediator, or a video. You can stop at any time."
    ),
    _(
        "Then the contact takes place, in the form the participants choose: a "
        "conversation, a group meeting, letters, messages passed on by the "
        "mediator, or a video message. Pausing or stopping is possible at any "
        "moment."
    ),
)

MIS_REQUEST = Text(
    _(
        "Your registration is a request. The mediation office of the court looks "
        "at it together with the public prosecutor or the judge. They decide "
        "whether mediation goes ahead."
    ),
    _(
        "Your sign-up is a request. The mediation office of the court looks at it "
        "with the prosecutor or the judge. They decide if mediation can happen."
    ),
    _(
        "The registration is a request. The mediation office of the court looks at "
        "it together with the public prosecutor or the judge, who decide whether "
        "mediation goes ahead."
    ),
)
MIS_MEDIATION = Text(
    _(
        "If it goes ahead, two mediators guide the talks. What is said in the "
        "talks stays confidential. If you and the other party want, your "
        "agreements are written down. The prosecutor or the judge can take them "
        "into account."
    ),
    _(
        "If it happens, two mediators help you talk. What you say in the talks "
        "stays confidential. If you both want, your agreements are written down. "
        "The prosecutor or the judge can take them into account then."
    ),
    _(
        "If it goes ahead, two mediators guide the talks, which stay confidential. "
        "If the parties want, their agreements are written down, and the "
        "prosecutor or the judge can take them into account."
    ),
)
MIS_STILL_HERSTELBEMIDDELING = Text(
    _(
        "If mediation in the criminal case does not go ahead, restorative "
        "mediation is still possible. It is separate from the criminal case."
    ),
    _(
        "If it does not happen, restorative mediation is still possible. That is "
        "separate from the court case."
    ),
    _(
        "If mediation in the criminal case does not go ahead, restorative "
        "mediation is still possible for your client. It is separate from the "
        "criminal case."
    ),
)

GROUP_FITS = Text(
    _(
        "The staff member talks with you about whether a group fits you, and when "
        "a group for your type of offence can start."
    ),
    _("Together you look at whether a group is right for you, and when one can start."),
    _(
        "The staff member talks with you about whether a group fits your client, "
        "and when a group for this type of offence can start."
    ),
)
GROUP_WHO = Text(
    _(
        "In a Samenspraak group you talk with people who went through the same "
        "type of offence: victims, offenders and relatives of both. It is not "
        "about the same event: the other party of your own case is not in the "
        "group."
    ),
    _(
        "In a Samenspraak group you talk with people who went through the same kind "
        "of crime, but not the same event. The other person from your case is not "
        "in it."
    ),
    _(
        "In a Samenspraak group participants talk with people who went through the "
        "same type of offence: victims, offenders and relatives of both. It is not "
        "about the same event: the other party of the client's own case is not in "
        "the group."
    ),
)
GROUP_HOW = Text(
    _(
        "The group meets several times. Two citizens who were not involved take "
        "part on behalf of society. They take part like everyone else; they do "
        "not lead the group."
    ),
    _(
        "The group meets a few times. Two people who had nothing to do with it also "
        "take part, on behalf of society. They join in like everyone else. They "
        "are not the leaders."
    ),
    _(
        "The group meets several times. Two citizens who were not involved take "
        "part on behalf of society, as participants, not as group leaders."
    ),
)

TALK_IT_THROUGH = Text(
    _(
        "Together you talk about what happened and what you hope for. The staff "
        "member looks with you for what fits: for example mediation, a group or "
        "other help."
    ),
    _(
        "You talk together about what happened and what you want. Then you look "
        "together at what fits you."
    ),
    _(
        "Together you talk about what happened and what your client hopes for. The "
        "staff member looks with you for what fits: for example mediation, a group "
        "or other help."
    ),
)
NOTHING_WITHOUT_YOU = Text(
    _("Nothing happens without your agreement."),
    _("Nothing happens unless you say yes."),
    _("Nothing happens without your client's agreement."),
)

# The parent or guardian step, for a registration of someone under 18.
GUARDIAN = Text(
    _(
        "Because you are under 18, a parent or guardian also has to agree before "
        "mediation starts. We help you with that."
    ),
    _(
        "You are under 18. So a parent or carer also has to say yes before "
        "mediation starts. We help you with that."
    ),
    _(
        "Your client is under 18, so a parent or guardian also has to agree before "
        "mediation starts. We help with that."
    ),
)

ROUTE_STEPS: dict[str, tuple[Text, ...]] = {
    Route.HERSTELBEMIDDELING: (INTAKE, APPROACH, PREPARATION, CONTACT),
    Route.MIS: (MIS_REQUEST, MIS_MEDIATION),
    Route.SAMENSPRAAK: (GROUP_FITS, GROUP_WHO, GROUP_HOW),
    Route.TRIAGE: (TALK_IT_THROUGH, NOTHING_WITHOUT_YOU),
}
ROUTE_NOTES: dict[str, tuple[Text, ...]] = {
    Route.MIS: (MIS_STILL_HERSTELBEMIDDELING,),
}


# --- why it went there, for young people ------------------------------------------

# The reasons of ``signup.rules.routing.Reason`` in youth wording; the other
# wordings show the reason's own label. Only the why: what happens next is in the
# steps below it.
YOUTH_REASONS = {
    Reason.SAFETY: _(
        "Your safety comes first. Someone from our team will call you to talk about "
        "what is safe and what can help you."
    ),
    Reason.STALKING: _(
        "After stalking or threats, mediation is usually not possible. Someone from "
        "our team will call you to talk about what can help."
    ),
    Reason.DENIES_FACTS: _(
        "For mediation, both sides need to agree that it happened. Someone from our "
        "team will call you to talk about what is possible."
    ),
    Reason.ORGANISATION: _(
        "Mediation is usually between people. Someone from our team will call you "
        "to look at what is possible for your organisation."
    ),
    Reason.UNDER_12: _(
        "A child under 12 cannot be taken to court for a crime. Someone from our "
        "team will call to talk about what is possible and who can help."
    ),
    Reason.CASE_RUNNING_SEPARATE: _(
        "Your case is with the prosecutor or the court, but you want the contact to "
        "stay apart from it. Restorative mediation is separate from the case, so "
        "your sign-up goes there."
    ),
    Reason.CASE_RUNNING: _(
        "Your case is with the prosecutor or the court. So we look at mediation in "
        "your criminal case first."
    ),
    Reason.REFUSED_BEFORE: _(
        "The other person said no before. Things can change over time. The "
        "mediator looks carefully with you at whether asking again is a good idea. "
        "A Samenspraak group is another option."
    ),
    Reason.DECEASED: _(
        "The other person has died. Contact with their family, or a group, may be "
        "possible. Someone from our team will call you to talk about it."
    ),
    Reason.NO_CONTACT: _(
        "Contact with the other person is not possible, or not what you want. A "
        "Samenspraak group may fit you instead."
    ),
    Reason.NO_CONTACT_TRIAGE: _(
        "Contact with the other person is not possible, or not what you want. "
        "Someone from our team will call you to talk about what can help you."
    ),
    Reason.NEIGHBOUR_DISPUTE: _(
        "For a fight between neighbours, neighbour mediation may fit better. "
        "Someone from our team will call you to look at it together."
    ),
    Reason.NO_POLICE_REPORT: _(
        "Restorative mediation can happen at any moment, also without a court case. "
        "It was not reported to the police. The mediator talks with you about what "
        "that means."
    ),
    Reason.STAGE_UNKNOWN: _(
        "Someone from our team will call you to find out together where your case "
        "is. That decides which kind of mediation fits first."
    ),
    Reason.DEFAULT: _(
        "Restorative mediation can happen at any moment, separate from the court "
        "case: soon after it happened, or years later."
    ),
}


def reason_text(reason: str, audience: str) -> str:
    """Why the registration went where it went. A code no longer known (an old
    registration) gives nothing rather than an error."""
    try:
        reason = Reason(reason)
    except ValueError:
        return ""
    if audience == YOUTH:
        return str(YOUTH_REASONS[reason])
    return str(reason.label)


# --- all of it for one registration ---------------------------------------------


@dataclass(frozen=True)
class NextSteps:
    """What the person reads: the promise with its day, the reason, the steps in
    order and notes after them."""

    promise_template: str
    day: str
    reason: str
    steps: tuple[str, ...]
    notes: tuple[str, ...]

    @property
    def promise(self) -> str:
        return self.promise_template % {"day": self.day}

    def promise_html(self) -> SafeString:
        """The promise with the day in bold, for the confirmation page."""
        day = format_html("<strong>{}</strong>", self.day)
        return mark_safe(conditional_escape(self.promise_template) % {"day": day})


def next_steps(
    *,
    route: str,
    reason: str,
    flags: Collection[str],
    audience: str,
    day: str,
) -> NextSteps:
    """The next steps of a registration on ``route`` with these flags, for
    ``audience``; ``day`` is the callback's day as the person reads it
    (``contact_day``)."""
    kind = contact_kind(flags)
    route_steps = ROUTE_STEPS.get(route, ROUTE_STEPS[Route.TRIAGE])
    if Flag.REFUSED_BEFORE in flags:
        route_steps = tuple(
            APPROACH_AFTER_REFUSAL if text is APPROACH else text for text in route_steps
        )
    notes = list(ROUTE_NOTES.get(route, ()))
    if Flag.MINOR in flags:
        notes.append(GUARDIAN)
    return NextSteps(
        promise_template=PROMISES[kind].for_audience(audience),
        day=day,
        reason=reason_text(reason, audience),
        steps=tuple(
            text.for_audience(audience) for text in (CONTACT_STEPS[kind], *route_steps)
        ),
        notes=tuple(text.for_audience(audience) for text in notes),
    )


def neutral_promise(flags: Collection[str], audience: str, day: str) -> str:
    """The promise of the neutral e-mail: when, never what about."""
    return NEUTRAL_PROMISES[contact_kind(flags)].for_audience(audience) % {"day": day}


def for_registration(registration, language: str) -> NextSteps:
    """``next_steps`` of a stored registration (read through its attributes only:
    the rules import no models), in ``language``."""
    flags = registration.flags
    return next_steps(
        route=registration.route,
        reason=registration.reason,
        flags=flags,
        audience=audience_of(
            youth=registration.youth_variant, referral=registration.is_referral
        ),
        day=contact_day(
            registration.callback.due_at, language, registration.territory, flags
        ),
    )


def neutral_for_registration(registration, language: str) -> str:
    """``neutral_promise`` of a stored registration, in ``language``."""
    flags = registration.flags
    audience = audience_of(
        youth=registration.youth_variant, referral=registration.is_referral
    )
    day = contact_day(
        registration.callback.due_at, language, registration.territory, flags
    )
    return neutral_promise(flags, audience, day)
