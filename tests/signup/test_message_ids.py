"""Every e-mail about a registration has a Message-ID that stays the same when it
is sent again (after a worker died between the SMTP server's acceptance and our
record of it), so the receiving side can tell a duplicate."""

from django.core import mail

import pytest

from signup.models import Registration
from signup.tasks import notify_team, send_confirmation_email
from tests.signup.factories import registered
from tests.signup.wizard import persona, run_worker


@pytest.mark.django_db(transaction=True)
def test_a_resent_e_mail_has_the_same_message_id(seeded):
    registration = registered(
        answers=persona(
            safe_contact={
                "call_times": [],
                "voicemail_allowed": "no",
                "may_say_who_we_are": "yes",
                "email_allowed": "yes",
            }
        )
    )
    run_worker()
    first = {m.to[0]: m.extra_headers["Message-ID"] for m in mail.outbox}

    # As if the worker died before recording the sends: they go again.
    Registration.objects.filter(pk=registration.pk).update(
        confirmation_sent_at=None, team_notified_at=None
    )
    mail.outbox.clear()
    send_confirmation_email.call(registration.pk)
    notify_team.call(registration.pk)
    again = {m.to[0]: m.extra_headers["Message-ID"] for m in mail.outbox}

    assert again == first
    reference = registration.reference.lower()
    assert (
        first["anna@example.nl"] == f"<confirmation.{reference}@herstelwijzer.example>"
    )
    assert len(set(first.values())) == 2
    for message in mail.outbox:
        assert message.message()["Message-ID"] == message.extra_headers["Message-ID"]
