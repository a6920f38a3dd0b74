"""What the desk's detail page shows: the help the person was pointed to, the
answers of version 2 grouped (also for a registration version 1 routed), letters
for people reachable by post only, and the new flags in the list's filter."""

from datetime import date

from django.contrib.auth import get_user_model
from django.core import mail

from wagtail.users.models import UserProfile

from signup.desk import access, actions
from signup.models import CallAttempt, Registration
from signup.rules.routing import Flag, Signpost
from signup.rules.signposts import SIGNPOSTS
from signup.tasks import notify_team
from tests.conftest import parse
from tests.signup.factories import registered
from tests.staff import login_staff, staff_member

User = get_user_model()


def test_the_signposts_the_person_saw_are_named(client, seeded):
    registration = registered()
    assert Signpost.VICTIM_SUPPORT in registration.signposts
    login_staff(client, staff_member("Aanmeldpunt"))

    page = parse(client.get(f"/admin/registration/{registration.pk}/"))

    section = page.select_one("section[aria-labelledby=signposts-title]")
    names = [item.get_text(strip=True) for item in section.select("li")]
    assert names == [SIGNPOSTS[code].title for code in registration.signposts]
    assert all(names)


# --- the answers of version 2, grouped ------------------------------------------


def sections(page) -> dict[str, dict[str, str]]:
    """Each section of answers by its heading: its rows, label to value."""
    found = {}
    for block in page.select("section"):
        heading, rows = block.find("h2"), block.find("dl", class_="desk__list")
        if heading and rows:
            found[heading.get_text(strip=True)] = {
                dt.get_text(strip=True): dd.get_text(" ", strip=True)
                for dt, dd in zip(rows.find_all("dt"), rows.find_all("dd"), strict=True)
            }
    return found


def detail(client, registration, language: str = "nl"):
    """The detail page as Beheer sees it, with the admin in ``language``."""
    user = User.objects.filter(username=f"beheer-{language}").first() or staff_member(
        access.BEHEER, username=f"beheer-{language}"
    )
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    login_staff(client, user)
    response = client.get(f"/admin/registration/{registration.pk}/")
    assert response.status_code == 200
    return parse(response)


def test_the_answers_of_version_2_are_grouped(client, seeded, friday):
    registration = registered(
        hopes=["apology", "answers"],
        feels_safe="yes",
        contact_ban="no",
        case_stage="court",
        district="rotterdam",
        hearing_date=date(2027, 1, 12),
        counts_in_case="yes",
        contact_timing="6",
        postal_address="Postbus 12\n1000 AA Amsterdam",
    )
    assert registration.rule_version == 2

    page = detail(client, registration)
    found = sections(page)

    assert found["Veilig contact"]["Telefoon"] == "06 12345678"
    assert found["Veilig contact"]["E-mail"] == "anna@example.nl"
    assert found["Veilig contact"]["Postadres"] == "Postbus 12 1000 AA Amsterdam"
    assert found["Veiligheid"] == {
        "Voelt zich nu veilig": "Ja",
        "Contactverbod of straatverbod": "Nee",
    }
    hopes = page.find("h2", string="Waar de persoon op hoopt").find_parent("section")
    assert [li.get_text(strip=True) for li in hopes.select("dd li")] == [
        "Antwoord op mijn vragen",
        "Excuses maken of krijgen",
    ], "in the wizard's order"
    assert found["Wanneer contact opnemen"] == {
        "Contact": "Over 6 maanden",
        "Gepland op": "donderdag 27 mei 2027",
    }
    case = found["De strafzaak"]
    assert case["Datum van de zitting"] == "12 januari 2027"
    assert case["Arrondissement"] == "Rotterdam"
    summary = page.select_one(".desk__summary").get_text(" ", strip=True)
    assert "Routeringsregels versie 2" in summary
    callback = page.select_one(".desk__callback").get_text(" ", strip=True)
    assert "Bellen voor donderdag 27 mei 2027 17:00." in callback
    assert "Later contact opnemen: de persoon koos wanneer we bellen." in callback
    # Safety before anything about the case.
    titles = list(found)
    assert titles.index("Veiligheid") < titles.index("De strafzaak")


def test_the_desk_in_english(client, seeded, friday):
    registration = registered(hopes=["stop"], feels_safe="no", contact_timing="3")

    page = detail(client, registration, "en")
    found = sections(page)

    assert found["Safety"] == {"Feels safe now": "No"}
    assert found["What the person hopes for"] == {"Hopes": "That it stops"}
    assert found["When to make contact"]["Contact"] == "In 3 months"
    assert "Routing rules version 2" in page.select_one(".desk__summary").get_text()
    flags = [li.get_text(strip=True) for li in page.select("#flags-title + ul li")]
    assert "Contact later, at the chosen moment" in flags


def old_registration():
    """A registration made before version 2, as migration 0008 leaves it: rule
    version 1, 'not_possible' become 'no_contact', nothing of the new questions."""
    registration = registered(other_party="no_contact")
    Registration.objects.filter(pk=registration.pk).update(
        rule_version=1,
        route="samenspraak",
        route_rule="no_contact",
        reason="no_contact",
        flags=[],
        signposts=["victim_support"],
        hopes=[],
        feels_safe="",
        contact_ban="",
        hearing_date=None,
        contact_timing="now",
        postal_address="",
        organisation_name="",
        om_details_consent=False,
        district="",
        counts_in_case="",
        acknowledges="",
        heard_from="",
    )
    registration.refresh_from_db()
    return registration


def test_a_version_1_registration_still_shows_without_empty_rows(
    client, seeded, friday
):
    registration = old_registration()

    page = detail(client, registration)
    found = sections(page)

    assert "Routeringsregels versie 1" in page.select_one(".desk__summary").get_text()
    for never_asked in (
        "Veiligheid",
        "Waar de persoon op hoopt",
        "Wanneer contact opnemen",
    ):
        assert never_asked not in found
    assert found["Wat er gebeurde"]["Andere partij"] == (
        "Ik wil helemaal geen contact met de ander"
    )
    assert "Datum van de zitting" not in found["De strafzaak"]
    assert "Postadres" not in found["Veilig contact"]
    values = [value for rows in found.values() for value in rows.values()]
    assert "—" not in values and "" not in values


def test_an_organisation_is_named(client, seeded, friday):
    registration = registered(
        registrant="organisation", organisation_name="Voetbalclub De Zwaluwen"
    )
    assert "organisation" in registration.flags

    found = sections(detail(client, registration))

    assert found["Wie we bellen"]["Organisatie"] == "Voetbalclub De Zwaluwen"
    assert found["Wie we bellen"]["Aangemeld"].startswith("Voor een organisatie")


def test_the_om_details_consent_is_shown_after_a_dropped_case(client, seeded, friday):
    dropped = registered(case_stage="dropped", om_details_consent=True)
    running = registered(case_stage="police")
    label = "Mag het OM vragen om gegevens van de andere partij"

    assert sections(detail(client, dropped))["De strafzaak"][label] == "Ja"
    assert label not in sections(detail(client, running))["De strafzaak"]


def test_on_appeal_the_district_is_where_the_case_was_first_heard(
    client, seeded, friday
):
    registration = registered(
        case_stage="appeal", district="gelderland", counts_in_case="no"
    )

    case = sections(detail(client, registration))["De strafzaak"]

    assert case["Arrondissement waar de zaak eerst is behandeld"] == "Gelderland"


# --- letters ------------------------------------------------------------------------

BY_POST = {"phone": "", "email": "", "postal_address": "Postbus 1\n1000 AA Amsterdam"}


def outcomes(page) -> list[str]:
    """The one-click outcome buttons of the call form."""
    return [
        button["value"]
        for button in page.select("form[action$='/attempt/'] button[name=outcome]")
    ]


def test_a_letter_task_is_shown_as_a_letter(client, seeded, friday):
    registration = registered(**BY_POST)
    assert registration.callback.kind == "letter"

    page = detail(client, registration)

    callback = page.select_one(".desk__callback").get_text(" ", strip=True)
    assert "Stuur uiterlijk maandag 30 november 2026 17:00 een brief." in callback
    assert "Er is alleen een postadres gegeven" in callback
    assert outcomes(page) == ["letter_sent", "reached"]
    assert page.find("legend", string="Brief of contact vastleggen")
    assert (
        sections(page)["Veilig contact"]["Postadres"] == "Postbus 1 1000 AA Amsterdam"
    )


def test_a_call_task_may_end_in_a_letter(client, seeded, friday):
    registration = registered()

    page = detail(client, registration)

    assert outcomes(page) == [
        "reached",
        "no_answer",
        "voicemail",
        "wrong_number",
        "letter_sent",
    ]


def test_a_letter_task_takes_only_letter_outcomes(client, seeded, friday):
    registration = registered(**BY_POST)
    detail(client, registration)  # logs in
    url = f"/admin/registration/{registration.pk}/attempt/"

    client.post(url, {"outcome": "no_answer", "note": ""})
    assert not CallAttempt.objects.exists()

    client.post(url, {"outcome": "letter_sent", "note": ""})
    assert CallAttempt.objects.get().outcome == "letter_sent"


def test_after_three_calls_and_a_letter_writing_is_no_longer_suggested(seeded, friday):
    callback = registered().callback
    for outcome in ("no_answer", "voicemail", "wrong_number"):
        actions.log_attempt(callback, outcome, "", None)
    assert actions.suggest_writing(callback)

    actions.log_attempt(callback, "letter_sent", "", None)

    assert not actions.suggest_writing(callback)
    letter = registered(**BY_POST).callback
    for _ in range(3):
        actions.log_attempt(letter, "letter_sent", "", None)
    assert not actions.suggest_writing(letter)


# --- the list ---------------------------------------------------------------------


def test_the_flag_filter_offers_every_flag_and_finds_the_new_ones(
    client, seeded, friday
):
    later = registered(contact_timing="12")
    by_post = registered(**BY_POST)
    now = registered()
    login_staff(client, staff_member(access.BEHEER))

    page = parse(client.get("/admin/registration/"))

    offered = [
        o["value"] for o in page.select("select[name=flag] option") if o["value"]
    ]
    assert offered == [flag.value for flag in Flag]
    for flag, expected in (("deferred", later), ("by_post", by_post)):
        # Later contact is kept out of the due queue unless asked for.
        listing = client.get(
            "/admin/registration/", {"flag": flag, "later": "also"}
        ).content.decode()
        assert expected.reference in listing
        assert now.reference not in listing
    rows = parse(client.get("/admin/registration/")).select_one("tbody").get_text()
    assert "Brief sturen" in rows


def test_the_team_e_mail_says_letter_or_later(seeded, friday):
    letter, later = registered(**BY_POST), registered(contact_timing="6")

    notify_team.call(letter.pk)
    notify_team.call(later.pk)

    by_reference = {m.subject.split()[2].rstrip(":"): m.body for m in mail.outbox}
    assert (
        "Brief sturen uiterlijk: maandag 30 november\n"
        in (by_reference[letter.reference])
    )
    later_body = by_reference[later.reference]
    assert "donderdag 27 mei 2027" in later_body
    assert "Later contact: de persoon koos wanneer." in later_body
    for personal in ("Postbus", "Anna"):
        assert personal not in by_reference[letter.reference] + later_body
