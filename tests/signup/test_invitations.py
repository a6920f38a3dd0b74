"""Invitations for the other party (issue 15, work in progress): codes that
cannot be guessed, made by the registration's own team only."""

import pytest

from signup.desk import access, actions
from signup.invitations.codes import PATTERN, new_code, normalise_code
from signup.models import Invitation, Registration
from tests.conftest import parse
from tests.signup.factories import registered
from tests.signup.test_desk import CASES
from tests.staff import login_staff, staff_member


def test_codes_use_the_reference_alphabet_and_differ():
    codes = {new_code() for _ in range(200)}
    assert len(codes) == 200
    assert all(PATTERN.match(code) for code in codes)
    assert not any(c in code for code in codes for c in "01OIL")


@pytest.mark.parametrize("typed", ["k7qd 3mxp", "K7QD3MXP", " k7qd-3mxp "])
def test_a_typed_code_is_normalised(typed):
    assert normalise_code(typed) == "K7QD-3MXP"


@pytest.mark.parametrize("typed", ["", "K7QD-3MX", "K7QD-3MX0", "HW-K7QD-3MXP"])
def test_what_cannot_be_a_code_is_nothing(typed):
    assert normalise_code(typed) == ""


def test_the_team_makes_an_invitation_and_sees_its_letter(client, seeded, friday):
    registration = registered()
    login_staff(client, staff_member(access.AANMELDPUNT))

    response = client.post(f"/admin/registration/{registration.pk}/invite/")
    assert response.status_code == 302
    invitation = Invitation.objects.get()
    assert invitation.registration == registration
    page = parse(client.get(f"/admin/registration/{registration.pk}/"))
    section = page.select_one(".desk__invitations").get_text(" ", strip=True)
    assert invitation.code in section and "nog geen reactie" in section
    assert page.select_one('.desk__letter p[lang="nl"]')
    assert page.select_one('.desk__letter p[lang="en"]')


def test_another_team_cannot_make_one(client, seeded, friday):
    registration = registered(answers=CASES["mis_rotterdam"])
    login_staff(client, staff_member(access.AANMELDPUNT))

    response = client.post(f"/admin/registration/{registration.pk}/invite/")

    assert response.status_code == 404
    assert not Invitation.objects.exists()


def test_a_closed_registration_takes_no_invitation(seeded, friday):
    registration = registered()
    actions.close(registration, None, "duplicate")

    with pytest.raises(actions.DeskError):
        actions.invite(registration, None)


# --- the reply page ---------------------------------------------------------

REPLY = {
    "answer": "talk",
    "name": "Piet",
    "phone": "06 87654321",
    "email": "",
    "postal_address": "",
    "call_times": ["morning"],
    "voicemail_allowed": "no",
    "may_say_who_we_are": "no",
}
PATHS = {
    "nl": ("/nl/brief-gekregen/", "/nl/brief-gekregen/reageren/"),
    "en": ("/en/received-a-letter/", "/en/received-a-letter/reply/"),
}


@pytest.fixture
def invitation(seeded, friday):
    return actions.invite(registered(), None)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_an_invited_person_replies_and_gets_a_callback(client, invitation, language):
    letter, reply = PATHS[language]
    page = client.get(letter)
    assert page.status_code == 200 and page["Cache-Control"].startswith("max-age=0")

    response = client.post(letter, {"code": invitation.code.lower().replace("-", " ")})
    assert response.status_code == 302 and response.url == reply
    form = parse(client.get(reply))
    text = form.get_text(" ", strip=True)
    initiator = invitation.registration
    for private in (initiator.reference, initiator.name, "Anna", "Geweld"):
        assert private not in text, "nothing of the initiator is shown"

    done = client.post(reply, REPLY, follow=True)
    assert done.status_code == 200
    invitation.refresh_from_db()
    assert invitation.answer == "talk" and invitation.replied_at
    answer = invitation.reply
    assert answer.registrant == "invited" and answer.language == language
    assert answer.name == "Piet" and answer.phone == "+31687654321"
    assert answer.offence == "" and answer.role == "", "no initiator answers copied"
    callback = answer.callback
    assert callback.team == initiator.callback.team
    assert callback.status == "open" and callback.due_at > invitation.replied_at
    # Back, or a reload: the thanks no longer says what was answered.
    again = client.get(done.redirect_chain[-1][0])
    assert again.status_code == 302


def test_no_keeps_no_details_and_makes_no_callback(client, invitation):
    client.post("/nl/brief-gekregen/", {"code": invitation.code})
    client.post(
        "/nl/brief-gekregen/reageren/",
        {**REPLY, "answer": "no", "phone": "not a number"},
    )

    invitation.refresh_from_db()
    assert invitation.answer == "no" and invitation.reply is None
    assert Registration.objects.count() == 1


def test_a_reply_needs_a_way_to_reach(client, invitation):
    client.post("/nl/brief-gekregen/", {"code": invitation.code})
    response = client.post(
        "/nl/brief-gekregen/reageren/", {**REPLY, "phone": "", "email": ""}
    )

    assert response.status_code == 200
    assert "Enter a phone number" in response.content.decode() or (
        "telefoonnummer" in response.content.decode()
    )
    assert Registration.objects.count() == 1


def test_a_used_or_wrong_code_gets_the_same_words(client, invitation):
    Invitation.objects.filter(pk=invitation.pk).update(replied_at=invitation.created_at)
    used = client.post("/nl/brief-gekregen/", {"code": invitation.code})
    wrong = client.post("/nl/brief-gekregen/", {"code": "ZZZZ-ZZZZ"})

    for response in (used, wrong):
        assert response.status_code == 200
        assert "Wij kennen deze code niet" in response.content.decode()
    assert client.get("/nl/brief-gekregen/reageren/").status_code == 302


def test_code_lookups_are_rate_limited(client, invitation, settings):
    settings.INVITATION_RATE_LIMIT = 3
    for _try in range(3):
        assert (
            client.post("/nl/brief-gekregen/", {"code": "ZZZZ-ZZZZ"}).status_code == 200
        )
    response = client.post("/nl/brief-gekregen/", {"code": invitation.code})

    assert response.status_code == 429
    assert "reageren" not in response.get("Location", "")


def test_the_desk_shows_the_reply_on_both_registrations(client, invitation):
    client.post("/nl/brief-gekregen/", {"code": invitation.code})
    client.post("/nl/brief-gekregen/reageren/", REPLY)
    invitation.refresh_from_db()
    login_staff(client, staff_member(access.AANMELDPUNT))

    initiator = parse(client.get(f"/admin/registration/{invitation.registration_id}/"))
    section = initiator.select_one(".desk__invitations").get_text(" ", strip=True)
    assert "gereageerd op" in section and "Ja, ik wil praten" in section
    assert initiator.select_one(f'a[href="/admin/registration/{invitation.reply.pk}/"]')
    reply = parse(client.get(f"/admin/registration/{invitation.reply.pk}/"))
    assert "Een reactie op een uitnodiging" in reply.get_text()
    # The reply is in the work queue, not in the registration statistics.
    listed = parse(client.get("/admin/registration/")).get_text()
    assert invitation.reply.reference in listed


def test_replies_are_not_counted_as_registrations(client, invitation):
    from signup.statistics.counting import month_of, records_between

    client.post("/nl/brief-gekregen/", {"code": invitation.code})
    client.post("/nl/brief-gekregen/reageren/", REPLY)
    month = month_of(invitation.created_at)

    assert len(records_between(month, month)) == 1


def test_another_team_cannot_see_the_reply(client, invitation):
    client.post("/nl/brief-gekregen/", {"code": invitation.code})
    client.post("/nl/brief-gekregen/reageren/", REPLY)
    invitation.refresh_from_db()
    login_staff(client, staff_member("Mediationbureau Rotterdam"))

    response = client.get(f"/admin/registration/{invitation.reply.pk}/")
    assert response.status_code == 404


def test_the_footer_leads_to_the_reply_page(client, seeded):
    page = parse(client.get("/en/"))
    link = page.select_one('footer a[href="/en/received-a-letter/"]')
    assert link.get_text(strip=True) == "I received a letter"
