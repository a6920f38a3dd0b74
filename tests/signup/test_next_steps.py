"""What happens next, per route, as the confirmation page and e-mail say it
(signup.rules.next_steps): true to the brief, in three wordings, never a Dutch
"u" for a young person."""

import re

from django.utils import translation

import pytest

from signup.rules import next_steps as ns
from signup.rules.routing import Flag, Reason, Route

AUDIENCES = (ns.STANDARD, ns.YOUTH, ns.PROFESSIONAL)
# Dutch words that address an adult, and words that address a young person.
FORMAL = re.compile(r"\b(u|uw)\b", re.IGNORECASE)
INFORMAL = re.compile(r"\b(je|jij|jou|jouw|jullie)\b", re.IGNORECASE)


def steps(route, flags=(), audience=ns.STANDARD, reason=Reason.DEFAULT, lang="en"):
    with translation.override(lang):
        return ns.next_steps(
            route=route,
            reason=reason,
            flags=flags,
            audience=audience,
            day="Monday 30 November",
        )


def every_text():
    """Every sentence of the module, with its wording."""
    texts = [value for value in vars(ns).values() if isinstance(value, ns.Text)]
    for table in (ns.PROMISES, ns.NEUTRAL_PROMISES, ns.CONTACT_STEPS):
        texts.extend(table.values())
    return texts


def test_herstelbemiddeling_goes_from_the_call_to_the_contact():
    result = steps(Route.HERSTELBEMIDDELING)

    assert result.promise == "We will call you by Monday 30 November at the latest."
    first, intake, approach, preparation, contact = result.steps
    assert first.startswith("A staff member calls you")
    assert "intake" in intake
    assert approach.startswith("Only if you want to go on, the mediator contacts")
    assert "separately" in preparation
    assert "letters" in contact and "video message" in contact
    assert result.notes == ()


def test_after_a_refusal_the_mediator_first_looks_whether_asking_again_is_wise():
    result = steps(Route.HERSTELBEMIDDELING, {Flag.REFUSED_BEFORE})

    approach = result.steps[2]
    assert "said no before" in approach
    assert "whether asking again is wise" in approach
    assert str(ns.APPROACH.standard) not in result.steps


def test_mis_is_a_request_the_prosecutor_or_judge_decides_on():
    result = steps(Route.MIS, reason=Reason.CASE_RUNNING)

    text = " ".join(result.steps)
    assert "is a request" in text
    assert "public prosecutor or the judge" in text
    assert "They decide whether mediation goes ahead" in text
    assert "two mediators" in text
    assert result.notes == (
        "If mediation in the criminal case does not go ahead, restorative "
        "mediation is still possible. It is separate from the criminal case.",
    )
    assert "contacts the other party" not in text, "not what happens in MiS"


def test_samenspraak_says_what_a_group_is():
    text = " ".join(steps(Route.SAMENSPRAAK, reason=Reason.NO_CONTACT).steps)

    assert "same type of offence" in text
    assert "not about the same event" in text
    assert "several times" in text
    assert "Two citizens who were not involved take part on behalf of society" in text
    assert "do not lead the group" in text
    assert "the mediator" not in text.lower()


def test_triage_is_a_conversation_about_what_fits():
    result = steps(Route.TRIAGE, reason=Reason.STAGE_UNKNOWN)

    text = " ".join(result.steps)
    assert "looks with you for what fits" in text
    assert "Nothing happens without your agreement." in text
    assert "the other party" not in text


@pytest.mark.parametrize("route", list(Route))
def test_only_herstelbemiddeling_says_the_mediator_approaches_the_other_party(route):
    for audience in AUDIENCES:
        text = " ".join(steps(route, audience=audience).steps).lower()
        approaches = "contacts the other party" in text or "asks the other" in text
        assert approaches == (route == Route.HERSTELBEMIDDELING), (route, audience)


def test_not_now_later_says_around_the_chosen_day():
    result = steps(Route.HERSTELBEMIDDELING, {Flag.DEFERRED})

    assert result.promise == (
        "You asked us to wait. We will contact you around Monday 30 November."
    )
    assert "within" not in result.promise
    assert result.steps[0].startswith("Until the moment you chose, we do nothing")


def test_by_post_says_we_send_a_letter():
    result = steps(Route.HERSTELBEMIDDELING, {Flag.BY_POST})

    assert result.promise == (
        "We will send you a letter by Monday 30 November at the latest."
    )
    assert result.steps[0].startswith("A staff member sends you a letter")
    later = steps(Route.TRIAGE, {Flag.BY_POST, Flag.DEFERRED})
    assert later.promise == (
        "You asked us to wait. We will write to you around Monday 30 November."
    )


def test_a_referral_is_worded_for_the_professional():
    result = steps(Route.HERSTELBEMIDDELING, {Flag.REFERRAL}, ns.PROFESSIONAL)

    assert "registration of your client" in result.promise
    assert "your client" in result.steps[1]


def test_a_minor_reads_about_the_parent_or_guardian():
    youth = steps(Route.MIS, {Flag.MINOR}, ns.YOUTH, lang="nl")
    professional = steps(Route.HERSTELBEMIDDELING, {Flag.MINOR}, ns.PROFESSIONAL)
    adult = steps(Route.HERSTELBEMIDDELING)

    assert youth.notes[-1] == (
        "Je bent jonger dan 18. Daarom moet ook een ouder of voogd ja zeggen "
        "voordat de bemiddeling begint. Wij helpen je daarbij."
    )
    assert professional.notes[-1].startswith("Your client is under 18")
    assert adult.notes == ()


def test_the_youth_wording_is_shorter():
    for route in Route:
        youth = steps(route, audience=ns.YOUTH)
        adult = steps(route)
        assert sum(map(len, youth.steps)) < sum(map(len, adult.steps)), route


def test_every_reason_has_a_youth_wording():
    assert set(ns.YOUTH_REASONS) == set(Reason)
    with translation.override("en"):
        assert ns.reason_text("case_running", ns.YOUTH) == (
            "Your case is with the prosecutor or the court. So we look at mediation "
            "in your criminal case first."
        )
        assert ns.reason_text("default", ns.STANDARD) == str(Reason.DEFAULT.label)
        assert ns.reason_text("no_longer_a_reason", ns.STANDARD) == ""


def test_youth_and_adult_wordings_never_share_a_message_id():
    youth = {str(text.youth) for text in every_text()}
    adult = {str(text.standard) for text in every_text()} | {
        str(text.professional) for text in every_text()
    }
    reasons_adult = {str(reason.label) for reason in Reason}

    assert youth.isdisjoint(adult)
    assert {str(text) for text in ns.YOUTH_REASONS.values()}.isdisjoint(reasons_adult)


def test_dutch_youth_texts_say_je_and_adult_texts_say_u():
    with translation.override("nl"):
        youth = [text.for_audience(ns.YOUTH) for text in every_text()]
        youth += [str(text) for text in ns.YOUTH_REASONS.values()]
        adult = [
            text.for_audience(audience)
            for text in every_text()
            for audience in (ns.STANDARD, ns.PROFESSIONAL)
        ]
    for text in youth:
        assert not FORMAL.search(text), text
    for text in adult:
        assert not INFORMAL.search(text), text
    assert all(youth) and all(adult)


def test_the_promise_on_the_page_bolds_the_day_and_escapes_the_rest():
    result = ns.NextSteps(
        promise_template="Call by %(day)s <b>",
        day="<Monday>",
        reason="",
        steps=(),
        notes=(),
    )

    assert result.promise_html() == "Call by <strong>&lt;Monday&gt;</strong> &lt;b&gt;"
    assert result.promise == "Call by <Monday> <b>"


def test_the_neutral_promise_says_when_only():
    with translation.override("nl"):
        now = ns.neutral_promise((), ns.STANDARD, "maandag 30 november")
        later = ns.neutral_promise({Flag.DEFERRED}, ns.YOUTH, "dinsdag 1 juni 2027")

    assert now == (
        "Wij nemen uiterlijk maandag 30 november contact met u op, zoals u vroeg."
    )
    assert (
        later == "We nemen rond dinsdag 1 juni 2027 contact met je op, zoals je vroeg."
    )
