"""The page behind the reminder's link: GET only shows, a POST (with CSRF)
postpones once and only once, or withdraws, then redirects to the result; a
changed or expired link gets a clear page; never cached, no Referer, the quick
exit, under /nl/ and /en/."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.core import signing
from django.test import Client
from django.urls import reverse
from django.utils import translation

import pytest
import time_machine

from signup.deferral.links import SALT, make_token
from signup.desk.escalation import escalate
from signup.models import CallbackTask, Registration, RegistrationLogEntry
from signup.rules.deadlines import postponed_due_at
from tests.conftest import parse
from tests.signup.factories import registered
from tests.signup.wizard import persona

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
DUE = datetime(2027, 3, 1, 17, 0, tzinfo=AMSTERDAM)  # see test_later_reminder
# When the person reads the reminder: a week before, in the evening.
READING = datetime(2027, 2, 22, 20, 0, tzinfo=AMSTERDAM)


@pytest.fixture
def deferred(seeded, friday) -> Registration:
    return registered(answers=persona(timing={"contact_timing": "3"}))


@pytest.fixture
def reading():
    with time_machine.travel(READING, tick=True):
        yield READING


def url(registration: Registration, name="later", language="nl", token=None) -> str:
    callback = registration.callback
    token = token or make_token(callback.pk, callback.due_at)
    with translation.override(language):
        return reverse(f"signup:{name}", kwargs={"token": token})


def text_of(response) -> str:
    return parse(response).select_one("main").get_text(" ", strip=True)


def callback_of(registration: Registration) -> CallbackTask:
    return CallbackTask.objects.get(registration=registration)


def person_log(registration: Registration) -> list[tuple[str, dict]]:
    return [
        (entry.action, entry.data)
        for entry in RegistrationLogEntry.objects.filter(
            registration=registration, action__in=["signup.postpone", "signup.withdraw"]
        ).order_by("timestamp", "id")
    ]


def test_the_addresses_are_translated(deferred):
    assert url(deferred).startswith("/nl/later-contact/")
    assert url(deferred, language="en").startswith("/en/contact-later/")
    assert url(deferred, "later_withdraw").endswith("/intrekken/")
    assert url(deferred, "later_done", "en").endswith("/done/")


def test_get_shows_the_choices_and_changes_nothing(client, deferred, reading):
    before = callback_of(deferred)

    response = client.get(url(deferred))

    assert response.status_code == 200
    page = parse(response)
    text = text_of(response)
    assert "Wanneer mogen wij contact met u opnemen?" in text
    assert "Wij bellen u uiterlijk maandag 1 maart 2027." in text
    labels = [label.get_text(strip=True) for label in page.select("main label")]
    assert labels == [
        "3 maanden later: uiterlijk dinsdag 1 juni 2027",
        "6 maanden later: uiterlijk woensdag 1 september 2027",
        "12 maanden later: uiterlijk woensdag 1 maart 2028",
    ]
    form = page.select_one("main form[method=post]")
    assert form.select_one("[name=csrfmiddlewaretoken]") is not None
    assert page.select_one(f'a[href="{url(deferred, "later_withdraw")}"]')
    # A GET, however often (mail scanners), changes nothing.
    client.get(url(deferred))
    client.get(url(deferred, "later_withdraw"))
    client.get(url(deferred, "later_done"))
    after = callback_of(deferred)
    assert (after.due_at, after.postponements, after.status) == (
        before.due_at,
        before.postponements,
        before.status,
    )
    assert Registration.objects.get(pk=deferred.pk).status == "open"
    assert person_log(deferred) == []


@pytest.mark.parametrize("name", ["later", "later_withdraw", "later_done"])
def test_every_page_is_private_and_has_the_quick_exit(client, deferred, reading, name):
    response = client.get(url(deferred, name), follow=True)

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert response["Referrer-Policy"] == "no-referrer"
    page = parse(response)
    assert page.select_one(".quick-exit a[data-quick-exit]") is not None
    assert page.select_one("meta[name=robots]")["content"] == "noindex"


def test_postponing_once_moves_the_callback_and_says_the_new_date(
    client, deferred, reading
):
    callback = callback_of(deferred)
    CallbackTask.objects.filter(pk=callback.pk).update(
        reminder_sent_at=READING - timedelta(hours=3)
    )

    response = client.post(url(deferred), {"months": "6"})

    assert response.status_code == 302
    assert response["Location"] == url(deferred, "later_done")
    callback.refresh_from_db()
    assert callback.due_at == postponed_due_at(DUE, 6)
    assert callback.due_at == datetime(2027, 9, 1, 17, 0, tzinfo=AMSTERDAM)
    assert callback.postponements == 1
    assert callback.reminder_sent_at is None
    assert callback.status == "open"
    assert person_log(deferred) == [
        ("signup.postpone", {"months": 6, "postponements": 1})
    ]
    done = client.get(response["Location"])
    assert "Het gesprek is uitgesteld" in text_of(done)
    assert "Wij bellen u uiterlijk woensdag 1 september 2027." in text_of(done)


def test_postponing_a_second_time_is_refused(client, deferred, reading):
    client.post(url(deferred), {"months": "3"})
    first = callback_of(deferred).due_at

    response = client.post(url(deferred), {"months": "12"})

    assert response.status_code == 302
    assert response["Location"] == url(deferred)
    assert callback_of(deferred).due_at == first
    assert callback_of(deferred).postponements == 1
    page = client.get(url(deferred))
    text = text_of(page)
    assert "U hebt al een keer uitgesteld" in text
    assert "Nog een keer uitstellen kan niet" in text
    assert parse(page).select("main input[name=months]") == []
    assert parse(page).select_one(f'a[href="{url(deferred, "later_withdraw")}"]')
    # An old link, from before the postponement, cannot postpone either.
    old = url(deferred, token=make_token(deferred.callback.pk, DUE))
    client.post(old, {"months": "12"})
    assert callback_of(deferred).due_at == first
    assert len(person_log(deferred)) == 1


def test_a_postponement_without_a_choice_shows_the_error(client, deferred, reading):
    response = client.post(url(deferred), {"months": "24"})

    assert response.status_code == 200
    page = parse(response)
    assert page.select_one(".error-summary a[href='#id_months_0']").get_text() == (
        "Kies hoeveel later wij u mogen bellen."
    )
    assert page.title.get_text().startswith("Fout:")
    assert callback_of(deferred).postponements == 0


def test_withdrawing_asks_then_closes_the_registration(client, deferred, reading):
    ask = client.get(url(deferred, "later_withdraw"))
    assert "Wilt u uw aanmelding intrekken?" in text_of(ask)
    assert Registration.objects.get(pk=deferred.pk).status == "open"

    response = client.post(url(deferred, "later_withdraw"))

    assert response.status_code == 302
    assert response["Location"] == url(deferred, "later_done")
    registration = Registration.objects.get(pk=deferred.pk)
    assert registration.status == "closed"
    assert registration.withdrawn_at is not None
    assert registration.closed_at == registration.withdrawn_at
    assert registration.outcome == "withdrawn", "counted in the statistics"
    callback = callback_of(deferred)
    assert callback.status == "done" and callback.done_at is not None
    assert person_log(deferred) == [("signup.withdraw", {})]
    done = text_of(client.get(response["Location"]))
    assert "Uw aanmelding is ingetrokken" in done
    assert "24 maanden" in done
    # The link now only says so; it neither postpones nor withdraws again.
    assert "Uw aanmelding is ingetrokken" in text_of(client.get(url(deferred)))
    client.post(url(deferred), {"months": "3"})
    client.post(url(deferred, "later_withdraw"))
    assert callback_of(deferred).due_at == DUE
    assert len(person_log(deferred)) == 1


def test_after_postponing_one_can_still_withdraw(client, deferred, reading):
    client.post(url(deferred), {"months": "3"})

    client.post(url(deferred, "later_withdraw"))

    assert Registration.objects.get(pk=deferred.pk).withdrawn_at is not None
    assert [action for action, _data in person_log(deferred)] == [
        "signup.postpone",
        "signup.withdraw",
    ]


def test_a_link_closed_by_the_desk_offers_nothing(client, deferred, reading):
    from signup.desk import actions as desk_actions

    desk_actions.close(deferred, None, "not_reached")

    response = client.get(url(deferred))
    assert response.status_code == 200
    assert "Deze aanmelding is gesloten" in text_of(response)
    assert parse(response).select("main form") == []
    assert client.get(url(deferred, "later_withdraw")).status_code == 302


def test_post_needs_the_csrf_token(deferred, reading):
    strict = Client(enforce_csrf_checks=True)
    strict.get(url(deferred))

    assert strict.post(url(deferred), {"months": "6"}).status_code == 403
    assert strict.post(url(deferred, "later_withdraw")).status_code == 403

    assert callback_of(deferred).postponements == 0
    assert Registration.objects.get(pk=deferred.pk).status == "open"


@pytest.mark.parametrize("secure", [False, True], ids=["http", "https"])
def test_a_form_posted_without_referrer_passes_with_its_token_only(
    deferred, reading, secure
):
    """Under no-referrer the browser posts with ``Origin: null`` (and over HTTPS
    without a Referer): accepted with the CSRF token, refused without it, and a
    foreign origin is refused still."""
    strict = Client(enforce_csrf_checks=True)
    page = strict.get(url(deferred), secure=secure)
    token = parse(page).select_one("[name=csrfmiddlewaretoken]")["value"]
    link = url(deferred)

    def post(origin: str, data: dict):
        return strict.post(link, data, HTTP_ORIGIN=origin, secure=secure)

    assert post("null", {"months": "6"}).status_code == 403
    foreign = {"months": "6", "csrfmiddlewaretoken": token}
    assert post("https://elders.example", foreign).status_code == 403
    assert callback_of(deferred).postponements == 0

    response = post("null", {"months": "6", "csrfmiddlewaretoken": token})

    assert response.status_code == 302
    assert callback_of(deferred).postponements == 1


def tampered(token: str) -> list[str]:
    payload, signature = token.rsplit(":", 1)
    other = signing.Signer(salt=SALT).sign_object({"c": 1, "x": 9_999_999_999})
    return [
        payload + ":" + signature[:-2] + ("AA" if signature[-2:] != "AA" else "BB"),
        other.rsplit(":", 1)[0] + ":" + signature,  # another id, the old signature
        signing.Signer(salt="another.salt").sign_object({"c": 1, "x": 9_999_999_999}),
        token[: len(token) // 2],
        "not-a-link",
    ]


def test_a_changed_link_gets_a_clear_page_and_changes_nothing(
    client, deferred, reading
):
    token = make_token(deferred.callback.pk, deferred.callback.due_at)
    for bad in tampered(token):
        for name in ("later", "later_withdraw", "later_done"):
            response = client.get(url(deferred, name, token=bad))
            assert response.status_code == 400, (bad, name)
            text = text_of(response)
            assert "Deze link werkt niet" in text
            assert "wacht op ons telefoontje" in text
            assert response["Referrer-Policy"] == "no-referrer"
            assert "no-store" in response["Cache-Control"]
        postponing = client.post(url(deferred, token=bad), {"months": "3"})
        withdrawing = client.post(url(deferred, "later_withdraw", token=bad))
        assert (postponing.status_code, withdrawing.status_code) == (400, 400)
    assert callback_of(deferred).postponements == 0
    assert Registration.objects.get(pk=deferred.pk).status == "open"


def test_an_expired_link_gets_a_clear_page(client, deferred):
    link = url(deferred)
    with time_machine.travel(DUE + timedelta(days=14, minutes=1), tick=False):
        response = client.get(link)
        assert response.status_code == 410
        assert "Deze link werkt niet meer" in text_of(response)
        assert client.post(link, {"months": "3"}).status_code == 410
        assert client.post(url(deferred, "later_withdraw")).status_code == 410
    with time_machine.travel(DUE + timedelta(days=13), tick=False):
        assert client.get(link).status_code == 200, "valid until two weeks after"
    assert callback_of(deferred).postponements == 0


def test_the_page_in_english(client, deferred, reading):
    response = client.get(url(deferred, language="en"))

    text = text_of(response)
    assert "When may we contact you?" in text
    assert "We will call you by Monday 1 March 2027." in text
    assert "6 months later: by Wednesday 1 September 2027" in text


def test_the_page_for_young_people_says_je(client, deferred, reading):
    Registration.objects.filter(pk=deferred.pk).update(youth_variant=True)

    pages = [
        client.get(url(deferred)),
        client.get(url(deferred, "later_withdraw")),
        client.post(url(deferred), {}),
    ]
    client.post(url(deferred), {"months": "3"})
    pages.append(client.get(url(deferred, "later_done")))
    pages.append(client.get(url(deferred)))

    for response in pages:
        main = parse(response).select_one("main")
        for aside in main.select(".help-box"):
            aside.decompose()
        text = " " + main.get_text(" ", strip=True) + " "
        assert " je " in text or " jij " in text or "Je " in text
        for formal in (" u ", " u.", " u?", " uw ", " U ", "Uw "):
            assert formal not in text, (formal, text)


def test_the_desk_escalates_the_new_date_not_the_old_one(client, deferred):
    """Told "due soon" for the old date; after the postponement nothing for the
    old date (no "overdue"), and "due soon" again for the new one."""
    with time_machine.travel(DUE - timedelta(hours=20), tick=False):
        assert escalate() == 1
        Client().post(url(deferred), {"months": "3"})
    new_due = callback_of(deferred).due_at
    assert new_due == datetime(2027, 6, 1, 17, 0, tzinfo=AMSTERDAM)

    assert escalate(DUE + timedelta(hours=1)) == 0
    assert escalate(DUE + timedelta(days=30)) == 0
    assert escalate(new_due - timedelta(hours=20)) == 1
    assert escalate(new_due + timedelta(hours=1)) == 1
