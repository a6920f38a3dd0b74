"""'Not now, later': a week before a deferred callback is due the person gets one
reminder e-mail, only when they gave an address and allowed e-mail, neutral when
we may not say who we are, in their language and voice, with a signed link to
postpone once more or withdraw."""

import re
from datetime import datetime, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.core import mail

import pytest
import time_machine
from django_tasks_db.models import DBTaskResult

from signup.deferral import actions
from signup.deferral.links import read_token
from signup.models import CallbackTask, Registration, RegistrationLogEntry
from signup.tasks import (
    notify_team,
    send_confirmation_email,
    send_due_reminders,
    send_reminder_email,
)
from tests.conftest import parse
from tests.ports import free_port
from tests.signup.factories import registered
from tests.signup.smtp import smtp_server
from tests.signup.wizard import WizardRun, persona, professional_persona, run_worker

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
# Registered on Friday 27 November 2026 for "in 3 months": 27 February 2027 is a
# Saturday, so the callback is due on Monday 1 March 2027 at 17:00, and the
# reminder goes out a week before, on Monday 22 February at 17:00.
DUE = datetime(2027, 3, 1, 17, 0, tzinfo=AMSTERDAM)
REMINDER = datetime(2027, 2, 22, 17, 0, tzinfo=AMSTERDAM)
NEUTRAL_SENDER = "Bevestiging <noreply@bericht.example>"
GIVEAWAYS = ("Herstelwijzer", "herstel", "bemiddeling", "slachtoffer", "aanmelding")


@pytest.fixture
def deferred(seeded, friday) -> Registration:
    """Through the wizard's own forms: "when may we contact you?" "In 3 months"."""
    registration = registered(answers=persona(timing={"contact_timing": "3"}))
    mail.outbox.clear()
    return registration


def reminders_to(address: str = "anna@example.nl") -> list:
    return [m for m in mail.outbox if m.to == [address]]


def sweep(moment: datetime) -> int:
    """The recurring sweep at ``moment``, and the e-mail tasks it queued, as the
    worker would run them (called directly: the test's transaction holds them)."""
    with time_machine.travel(moment, tick=False):
        queued = send_due_reminders.call()
        for row in DBTaskResult.objects.filter(
            task_path="signup.tasks.send_reminder_email", status="READY"
        ):
            send_reminder_email.call(*row.args_kwargs["args"])
            row.delete()
    return queued


def the_link(message) -> str:
    [link] = re.findall(r"https?://\S+", message.body)
    return link


def test_the_callback_waits_for_the_chosen_moment(deferred):
    callback = deferred.callback
    assert callback.deferred is True
    assert callback.due_at == DUE
    assert "deferred" in deferred.flags


def test_the_confirmation_and_the_team_name_the_year(seeded, friday):
    """Due in 12 months: "maandag 29 november" alone would read as this week."""
    registration = registered(contact_timing="12")
    send_confirmation_email.call(registration.pk)
    notify_team.call(registration.pk)

    [confirmation] = reminders_to()
    assert "maandag 29 november 2027" in confirmation.body
    [team] = reminders_to("aanmeldpunt@herstelwijzer.example")
    assert "maandag 29 november 2027" in team.subject


def test_the_confirmation_page_names_the_year(client, seeded, friday):
    confirmation = WizardRun(client).complete(persona(timing={"contact_timing": "12"}))

    text = parse(confirmation).select_one("main").get_text(" ", strip=True)
    # "Around" the chosen day, not "by" it (signup/rules/next_steps.py).
    assert "Wij nemen rond maandag 29 november 2027 contact met u op." in text


def test_nothing_before_the_week_then_one_reminder_only(deferred):
    assert sweep(REMINDER - timedelta(minutes=1)) == 0
    assert reminders_to() == []

    assert sweep(REMINDER + timedelta(minutes=1)) == 1
    assert sweep(REMINDER + timedelta(hours=1)) == 0
    assert sweep(DUE - timedelta(hours=1)) == 0

    [message] = reminders_to()
    assert deferred.reference in message.subject
    callback = CallbackTask.objects.get(registration=deferred)
    assert callback.reminder_sent_at is not None
    entry = RegistrationLogEntry.objects.get(action="signup.reminder")
    assert entry.data == {"kind": "full"} and entry.user is None


def test_sent_again_it_is_still_sent_once(deferred):
    """Two sweeps before the worker ran (a slow worker): two tasks, one e-mail."""
    with time_machine.travel(REMINDER + timedelta(minutes=1), tick=False):
        send_due_reminders.call()
        send_due_reminders.call()
        for row in DBTaskResult.objects.filter(
            task_path="signup.tasks.send_reminder_email"
        ):
            send_reminder_email.call(*row.args_kwargs["args"])

    assert len(reminders_to()) == 1


def test_no_reminder_once_the_callback_is_due(deferred):
    """A reminder of a call that should have come already says nothing useful."""
    assert sweep(DUE + timedelta(minutes=1)) == 0
    with time_machine.travel(DUE + timedelta(minutes=1), tick=False):
        send_reminder_email.call(deferred.pk)
    assert reminders_to() == []


def test_the_full_reminder_in_dutch(deferred, settings):
    settings.PUBLIC_BASE_URL = "https://herstelwijzer.example"
    sweep(REMINDER + timedelta(minutes=1))

    [message] = reminders_to()
    assert message.from_email == settings.DEFAULT_FROM_EMAIL
    assert message.subject == (
        f"Herinnering: we nemen binnenkort contact met u op ({deferred.reference})"
    )
    body = message.body
    assert "Wij bellen u uiterlijk maandag 1 maart 2027." in body
    assert "3, 6 of 12 maanden" in body
    assert "Deze link werkt tot maandag 15 maart 2027." in body
    assert "Herstelwijzer" in body
    assert " je " not in body
    link = the_link(message)
    parts = urlsplit(link)
    assert parts.netloc == "herstelwijzer.example"
    assert parts.path.startswith("/nl/later-contact/")
    html = message.alternatives[0][0]
    assert f'href="{link}"' in html
    assert "Uitstellen of intrekken" in html
    assert message.extra_headers["Message-ID"] == (
        f"<reminder0.{deferred.reference.lower()}@herstelwijzer.example>"
    )


def test_the_link_holds_only_a_signed_id(deferred, settings):
    settings.PUBLIC_BASE_URL = "https://herstelwijzer.example"
    sweep(REMINDER + timedelta(minutes=1))

    link = the_link(reminders_to()[0])
    for personal in ("anna", "Anna", deferred.reference, "example.nl"):
        assert personal not in link
    token = urlsplit(link).path.split("/")[3]
    assert read_token(token, now=REMINDER).callback_id == deferred.callback.pk


def test_the_reminder_in_english(seeded, friday, settings):
    settings.PUBLIC_BASE_URL = "https://herstelwijzer.example"
    registration = registered(language="en", contact_timing="3")
    mail.outbox.clear()

    sweep(REMINDER + timedelta(minutes=1))

    [message] = reminders_to()
    assert message.subject == (
        f"Reminder: we will contact you soon ({registration.reference})"
    )
    assert "We will call you by Monday 1 March 2027." in message.body
    assert "This link works until Monday 15 March 2027." in message.body
    assert urlsplit(the_link(message)).path.startswith("/en/contact-later/")


def test_the_youth_reminder_says_je(deferred):
    Registration.objects.filter(pk=deferred.pk).update(youth_variant=True)

    sweep(REMINDER + timedelta(minutes=1))

    [message] = reminders_to()
    text = message.subject + "\n" + message.body
    assert "We bellen je uiterlijk maandag 1 maart 2027." in text
    assert "Meedoen is vrijwillig. Je kunt op elk moment stoppen." in text
    for formal in (" u ", " u.", " uw ", "Uw ", " U "):
        assert formal not in text, formal


@pytest.mark.parametrize(
    "changes",
    [{"email_allowed": False}, {"email": ""}],
    ids=["e-mail not allowed", "no address"],
)
def test_no_reminder_without_e_mail(seeded, friday, changes):
    registration = registered(contact_timing="3", phone="0612345678", **changes)
    mail.outbox.clear()

    assert sweep(REMINDER + timedelta(minutes=1)) == 0
    with time_machine.travel(REMINDER + timedelta(minutes=1), tick=False):
        send_reminder_email.call(registration.pk)

    assert mail.outbox == []
    assert CallbackTask.objects.get(registration=registration).reminder_sent_at is None


def test_no_reminder_for_a_callback_that_is_not_deferred(seeded, friday):
    registered()
    mail.outbox.clear()

    assert sweep(friday + timedelta(days=1)) == 0
    assert mail.outbox == []


def test_no_reminder_after_withdrawing(deferred):
    actions.withdraw(deferred.callback.pk)

    assert sweep(REMINDER + timedelta(minutes=1)) == 0
    assert mail.outbox == []


def all_of(message) -> str:
    return " ".join(
        [message.subject, message.body, *(str(a) for a in message.alternatives)]
    )


def test_a_neutral_reminder_when_we_may_not_say_who_we_are(seeded, friday, settings):
    settings.SIGNUP_NEUTRAL_FROM_EMAIL = NEUTRAL_SENDER
    settings.PUBLIC_BASE_URL = "https://herstelwijzer.example"
    registration = registered(contact_timing="3", may_say_who_we_are=False)
    mail.outbox.clear()

    sweep(REMINDER + timedelta(minutes=1))

    [message] = reminders_to()
    assert message.from_email == NEUTRAL_SENDER
    assert message.subject == (
        f"Herinnering aan onze afspraak ({registration.reference})"
    )
    assert "uiterlijk maandag 1 maart 2027 contact met u op" in message.body
    everything = all_of(message)
    for giveaway in GIVEAWAYS:
        assert giveaway.lower() not in everything.lower(), giveaway
    # The site's own address would name it: no link without a neutral one.
    assert "http" not in everything
    assert message.alternatives == []
    assert message.extra_headers["Message-ID"].endswith("@bericht.example>")


def test_a_neutral_reminder_for_a_young_person_says_je(seeded, friday, settings):
    settings.SIGNUP_NEUTRAL_FROM_EMAIL = NEUTRAL_SENDER
    settings.SIGNUP_NEUTRAL_BASE_URL = "https://afspraak.example"
    registration = registered(contact_timing="3", may_say_who_we_are=False)
    Registration.objects.filter(pk=registration.pk).update(youth_variant=True)
    mail.outbox.clear()

    sweep(REMINDER + timedelta(minutes=1))

    [message] = reminders_to()
    assert "contact met je op" in message.body
    assert f"Je referentie: {registration.reference}" in message.body
    for formal in (" u ", " u.", " uw ", "Uw ", " U "):
        assert formal not in message.body, formal


def test_a_neutral_reminder_links_through_the_neutral_address(seeded, friday, settings):
    settings.SIGNUP_NEUTRAL_FROM_EMAIL = NEUTRAL_SENDER
    settings.SIGNUP_NEUTRAL_BASE_URL = "https://afspraak.example"
    registered(contact_timing="3", may_say_who_we_are=False)
    mail.outbox.clear()

    sweep(REMINDER + timedelta(minutes=1))

    [message] = reminders_to()
    link = the_link(message)
    assert link.startswith("https://afspraak.example/nl/later-contact/")
    assert "verplaatsen naar later, of afzeggen" in message.body
    for giveaway in GIVEAWAYS:
        assert giveaway.lower() not in all_of(message).lower(), giveaway


def test_no_neutral_sender_no_reminder(seeded, friday, settings):
    settings.SIGNUP_NEUTRAL_FROM_EMAIL = ""
    registered(contact_timing="3", may_say_who_we_are=False)
    mail.outbox.clear()

    assert sweep(REMINDER + timedelta(minutes=1)) == 0
    assert mail.outbox == []


def test_a_referral_reminds_the_professional(seeded, friday):
    registered(answers=professional_persona(), contact_timing="3")
    mail.outbox.clear()

    sweep(REMINDER + timedelta(minutes=1))

    [message] = reminders_to("sam@reclassering.example")
    assert "over de aanmelding van uw cliënt" in message.body


def test_after_postponing_a_new_reminder_goes_a_week_before_the_new_date(deferred):
    sweep(REMINDER + timedelta(minutes=1))
    with time_machine.travel(REMINDER + timedelta(hours=2), tick=False):
        actions.postpone(deferred.callback.pk, 6)
    new_due = datetime(2027, 9, 1, 17, 0, tzinfo=AMSTERDAM)  # a Wednesday
    assert CallbackTask.objects.get(registration=deferred).due_at == new_due

    assert sweep(new_due - timedelta(days=7, minutes=1)) == 0
    assert sweep(new_due - timedelta(days=7) + timedelta(minutes=1)) == 1

    first, second = reminders_to()
    assert "woensdag 1 september 2027" in second.body
    assert "al een keer uitgesteld" in second.body
    assert first.extra_headers["Message-ID"] != second.extra_headers["Message-ID"]


@pytest.mark.django_db(transaction=True)
def test_the_worker_sends_the_reminder_through_a_real_mail_server(seeded, settings):
    """The recurring sweep, the worker and Django's SMTP backend, once."""
    port = free_port()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.SIGNUP_NEUTRAL_FROM_EMAIL = ""
    with time_machine.travel(datetime(2026, 11, 27, 10, 0, tzinfo=AMSTERDAM)):
        registration = registered(contact_timing="3", may_say_who_we_are=True)
    with smtp_server(port) as inbox:
        with time_machine.travel(REMINDER - timedelta(minutes=5), tick=False):
            run_worker()  # the confirmation and the team's e-mail
            send_due_reminders.enqueue()
            run_worker()
        assert inbox.to("anna@example.nl")[-1]["Subject"].startswith("Wij hebben")
        sent_before = len(inbox.to("anna@example.nl"))

        with time_machine.travel(REMINDER + timedelta(minutes=5), tick=False):
            send_due_reminders.enqueue()
            run_worker()
            send_due_reminders.enqueue()
            run_worker()

        to_anna = inbox.to("anna@example.nl")
        assert len(to_anna) == sent_before + 1
        reminder = to_anna[-1]
        assert reminder["Subject"].startswith("Herinnering")
        assert reminder["Message-ID"] == (
            f"<reminder0.{registration.reference.lower()}@herstelwijzer.example>"
        )
        plain = next(
            part for part in reminder.walk() if part.get_content_type() == "text/plain"
        )
        assert "maandag 1 maart 2027" in plain.get_payload(decode=True).decode()
