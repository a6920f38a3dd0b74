"""How the wizard behaves around the happy path: errors, expiry, tampering,
language switches, reloads, failures and spam."""

from datetime import timedelta

from django.db import DatabaseError, connection
from django.utils import timezone

import pytest
import time_machine
from django_recaptcha.client import RecaptchaResponse

from content.models import ProvisionPage, SiteSettings
from signup.models import CallbackTask, Registration
from signup.wizard.forms import CheckForm
from signup.wizard.registration import create_registration
from tests.conftest import parse
from tests.signup.factories import stored_answers
from tests.signup.wizard import PREFIX, WizardRun, persona


def fill_until(run: WizardRun, last_step: str, answers=None) -> None:
    """Answer steps in order up to and including ``last_step``."""
    answers = answers or persona()
    location = run.start()
    while True:
        step = run.step_of(location)
        location = run.answer(step, answers[step])
        if step == last_step:
            return


def en_url(dutch_url: str) -> str:
    """The same address in English (the step part stays)."""
    return "/en/register/" + dutch_url.removeprefix("/nl/aanmelden/")


def errors(response) -> list[str]:
    doc = parse(response)
    summary = doc.select_one("[data-error-summary]")
    return [li.get_text(strip=True) for li in summary.select("li")] if summary else []


def test_invalid_answer_redirects_and_shows_the_error_summary(client, seeded):
    run = WizardRun(client, "nl")
    run.start()

    response = run.post("who", {})

    assert response.status_code == 302
    assert response["Location"] == run.step_url("who")
    page = client.get(response["Location"])
    doc = parse(page)
    assert doc.title.get_text().startswith("Fout:")
    assert errors(page) == ["Kies voor wie u zich aanmeldt"]
    link = doc.select_one("[data-error-summary] a")["href"]
    assert doc.select_one(link) is not None, "summary links to an existing input"
    inline = doc.select_one(".error-message").get_text(" ", strip=True)
    assert inline == "Fout: Kies voor wie u zich aanmeldt"


def test_bad_input_is_kept_exactly_as_typed(client, seeded):
    run = WizardRun(client, "en")
    fill_until(run, "language")

    run.post("contact", {"name": "Anna", "phone": "12345", "email": "anna@example"})
    doc = parse(client.get(run.step_url("contact")))

    assert doc.select_one('input[name="contact-name"]')["value"] == "Anna"
    assert doc.select_one('input[name="contact-phone"]')["value"] == "12345"
    assert doc.select_one('input[name="contact-email"]')["value"] == "anna@example"
    phone = doc.select_one('input[name="contact-phone"]')
    assert phone["aria-invalid"] == "true"
    assert "contact-phone-error" in phone["aria-describedby"]
    assert len(errors(client.get(run.step_url("contact")))) == 0, (
        "the pending errors are shown once"
    )


def test_earlier_answers_survive_going_back(client, seeded):
    run = WizardRun(client, "nl")
    fill_until(run, "offence")

    doc = parse(client.get(run.step_url("role")))

    assert doc.select_one('input[value="victim"]').has_attr("checked")
    back = doc.select_one("a.back-link")["href"]
    assert back == run.step_url("who")


def progress(response) -> str:
    return parse(response).select_one(".wizard__progress").get_text(" ", strip=True)


def test_progress_names_the_section_of_the_step(client, seeded):
    nl = WizardRun(client, "nl")
    fill_until(nl, "heard-from")

    for step, text in [
        ("who", "Deel 1 van 4: Over u"),
        ("offence", "Deel 2 van 4: Wat er gebeurde"),
        ("contact", "Deel 3 van 4: Contact"),
        ("check", "Deel 4 van 4: Afronden"),
    ]:
        assert progress(client.get(nl.step_url(step))) == text

    en = WizardRun(client, "en")
    fill_until(en, "role")
    assert progress(client.get(en.step_url("age"))) == "Part 1 of 4: About you"


def progress_on_every_step(run: WizardRun, answers: dict) -> dict[str, str]:
    """Walk the wizard to the check page; the progress text of each step asked."""
    seen = {}
    location = run.start()
    while True:
        step = run.step_of(location)
        seen[step] = progress(run.client.get(location))
        if step == "check":
            return seen
        location = run.answer(step, answers[step])


def test_progress_keeps_its_total_when_conditional_steps_appear(client, seeded):
    """At the police a case adds no steps; at the prosecutor three more are asked
    (the court, the hearing date, and whether agreements may count). The total
    stays 4 and the steps around them keep their text."""
    police = progress_on_every_step(WizardRun(client, "en"), persona())
    prosecutor = progress_on_every_step(
        WizardRun(client, "en"),
        persona(
            case={"case_stage": "prosecutor"},
            district={"district": "rotterdam"},
            counts={"counts_in_case": "yes"},
        ),
    )

    assert set(prosecutor) - set(police) == {"district", "hearing", "counts"}
    for step in ("district", "hearing", "counts"):
        assert prosecutor[step] == "Part 2 of 4: What happened"
    for step, text in police.items():
        assert prosecutor[step] == text, step
    totals = {text.split(":")[0].split(" of ")[1] for text in prosecutor.values()}
    assert totals == {"4"}


def test_check_page_lists_answers_with_change_links_that_return(client, seeded):
    run = WizardRun(client, "en")
    fill_until(run, "heard-from")
    doc = parse(client.get(run.step_url("check")))
    rows = {
        row.dt.get_text(strip=True): row.select_one(".summary-list__value").get_text(
            strip=True
        )
        for row in doc.select(".summary-list__row")
    }
    assert rows["What is your role in what happened?"] == "Victim"
    assert rows["Phone number"] == "06 12345678"
    change = doc.select_one(".summary-list__actions a")
    assert change.get_text(" ", strip=True).startswith("Change")
    assert change.select_one(".visually-hidden") is not None

    client.get(run.step_url("role") + "?change=1")
    location = run.answer("role", {"role": "witness"})

    assert location == run.step_url("check")


def test_check_page_groups_the_answers_under_the_sections(client, seeded):
    run = WizardRun(client, "en")
    fill_until(run, "heard-from")
    doc = parse(client.get(run.step_url("check")))

    titles = [h.get_text(strip=True) for h in doc.select(".summary-section__title")]
    assert titles == ["About you", "What happened", "Contact", "Finish"]
    lists = doc.select(".summary-section__title + .summary-list")
    assert len(lists) == 4
    contact = [dt.get_text(strip=True) for dt in lists[2].select("dt")]
    assert "Phone number" in contact
    # Asked in the contact step but left empty: not listed beside the answers.
    assert "Postal address" not in contact
    # A question of its own left empty keeps its row, to add an answer.
    finish = {
        row.dt.get_text(strip=True): row.select_one("dd").get_text(strip=True)
        for row in lists[3].select(".summary-list__row")
    }
    assert "Not given" in finish.values()


@pytest.mark.parametrize(
    ("lang", "button"), [("nl", "Aanmelding versturen"), ("en", "Send registration")]
)
def test_the_check_page_asks_for_no_tick_before_sending(
    client, seeded, settings, lang, button
):
    """A declaration and the button, no consent box (CheckForm says why); what
    was sent records which privacy statement the person was shown."""
    settings.SIGNUP_CHALLENGE = "none"
    run = WizardRun(client, lang)
    fill_until(run, "heard-from")
    form = parse(client.get(run.step_url("check"))).select_one("main form")

    assert form.select("input[type=checkbox]") == []
    declaration = form.select_one("p.declaration")
    assert f"‘{button}’" in declaration.get_text()
    assert form.select("button[type=submit]")[-1].get_text(strip=True) == button

    run.post("check", {})
    client.get(run.step_url("done"))
    assert Registration.objects.get().privacy_statement_version


def test_a_republished_privacy_statement_is_the_version_recorded(client, seeded):
    """The statement's address and version are kept until content changes: a
    registration sent after a new revision is published records that revision."""
    settings = SiteSettings.for_site(seeded.site)
    statement = settings.privacy_page.localized.specific
    WizardRun(client, "nl").complete(persona())
    first = Registration.objects.get().privacy_statement_version

    statement.title += " (herzien)"
    statement.save_revision().publish()
    statement.refresh_from_db()
    WizardRun(client, "nl").complete(persona())

    second = Registration.objects.exclude(privacy_statement_version=first).get()
    assert first == f"page-{statement.pk}-rev-{first.rsplit('-', 1)[1]}"
    assert second.privacy_statement_version == (
        f"page-{statement.pk}-rev-{statement.live_revision_id}"
    )


def test_confirmation_links_the_provision_page_by_its_new_title(client, full_site):
    """The provision page is looked up once until content changes: a renamed page
    shows its new title on the next confirmation."""
    WizardRun(client, "nl").complete(persona())
    route = Registration.objects.get().route
    page = ProvisionPage.objects.get(provision=route, locale__language_code="nl")
    page.title = "Een nieuwe titel voor deze pagina"
    page.save_revision().publish()

    confirmation = WizardRun(client, "nl").complete(persona())

    assert "Een nieuwe titel voor deze pagina" in parse(confirmation).get_text()


def test_a_change_that_adds_a_question_asks_it_before_returning(client, seeded):
    run = WizardRun(client, "en")
    fill_until(run, "heard-from")

    client.get(run.step_url("role") + "?change=1")
    location = run.answer("role", {"role": "offender"})
    assert location == run.step_url("acknowledges")
    back = parse(client.get(location)).select_one("a.back-link")["href"]
    assert back == run.step_url("check")

    assert run.answer("acknowledges", {"acknowledges": "yes"}) == run.step_url("check")


@pytest.mark.parametrize(
    ("role", "asked"),
    [
        # A child under 12 cannot be prosecuted: MiS never applies (rule 5).
        ("offender", set()),
        # A victim under 12 can reach MiS.
        ("victim", {"hearing", "counts"}),
    ],
)
def test_only_where_mis_can_apply_the_hearing_and_agreements_are_asked(
    client, seeded, friday, role, asked
):
    run = WizardRun(client, "nl")
    run.complete(
        persona(
            role={"role": role},
            age={"age_band": "under_12"},
            case={"case_stage": "prosecutor"},
            district={"district": "rotterdam"},
            counts={"counts_in_case": "yes"},
            acknowledges={"acknowledges": "yes"},
            guardian={"guardian_knows": "yes"},
        )
    )

    assert {"hearing", "counts"} & set(run.asked) == asked
    assert (Registration.objects.get().route == "mis") is bool(asked)


def test_answers_of_a_step_no_longer_asked_count_for_nothing(client, seeded, friday):
    """A 15-year-old suspect changes 'who' to an organisation on the check page:
    role and age are not asked then, so neither are the questions that followed
    from them (acknowledges, the parent or guardian), nor is the youth wording
    shown, nor are their answers stored."""
    run = WizardRun(client, "nl")
    fill_until(
        run,
        "heard-from",
        persona(
            role={"role": "offender"},
            age={"age_band": "12_15"},
            acknowledges={"acknowledges": "yes"},
            guardian={
                "guardian_knows": "yes",
                "guardian_name": "M. Janssen",
                "guardian_phone": "06 87654321",
            },
        ),
    )
    youth, adult = str(CheckForm.question.youth), str(CheckForm.question.standard)
    assert parse(client.get(run.step_url("check"))).h1.get_text(strip=True) == youth

    client.get(run.step_url("who") + "?change=1")
    run.answer("who", {"registrant": "organisation"})
    location = run.answer("organisation", {"organisation_name": "De Regenboog"})

    assert location == run.step_url("check")
    check = client.get(location)
    assert parse(check).h1.get_text(strip=True) == adult
    assert "M. Janssen" not in check.content.decode()
    run.answer("check", {})
    client.get(run.step_url("done"))
    registration = Registration.objects.get()
    assert (registration.registrant, registration.role) == ("organisation", "")
    assert registration.acknowledges == registration.guardian_knows == ""
    assert registration.guardian_name == registration.guardian_phone == ""
    assert registration.youth_variant is False
    assert registration.flags == ["organisation"]


def test_switching_language_mid_wizard_keeps_the_answers(client, seeded, friday):
    nl = WizardRun(client, "nl")
    fill_until(nl, "hopes")
    doc = parse(client.get(nl.step_url("offence")))
    english = doc.select_one('nav.language-switcher a[hreflang="en"]')["href"]
    assert english == en_url(nl.step_url("offence"))

    doc = parse(client.get(english))
    assert doc.html["lang"] == "en"
    assert doc.h1.get_text(strip=True) == "What happened?"
    en = WizardRun(client, "en")
    location = english
    answers = persona()
    while location != en.step_url("check"):
        step = en.step_of(location)
        location = en.answer(step, answers[step])
    en.answer("check", {})
    client.get(en.step_url("done"))

    registration = Registration.objects.get()
    assert registration.language == "en"
    assert registration.role == "victim"
    assert registration.age_band == "23_plus"


def test_a_step_posted_after_the_session_expired_gets_a_friendly_page(client, seeded):
    run = WizardRun(client, "nl")

    response = run.post("role", {"role": "victim"})

    assert response.status_code == 200
    doc = parse(response)
    assert doc.h1.get_text(strip=True) == "Uw antwoorden zijn verwijderd"
    assert doc.find("a", string="Opnieuw beginnen")["href"] == "/nl/aanmelden/?reset=1"


def test_answers_not_touched_for_longer_than_the_limit_are_dropped(client, seeded):
    run = WizardRun(client, "nl")
    fill_until(run, "role")

    with time_machine.travel(timezone.now() + timedelta(minutes=121)):
        response = client.get(run.step_url("age"))

    assert response.status_code == 200
    assert "Uw antwoorden zijn verwijderd" in response.content.decode()


def test_a_later_step_opened_without_a_session_is_not_an_error(client, seeded):
    response = client.get("/en/register/contact/")

    assert response.status_code == 200
    assert "Your answers have been deleted" in response.content.decode()


@pytest.mark.parametrize(
    "payload",
    [
        {},  # no management form at all
        {f"{PREFIX}-current_step": "who"},  # posted to /role/ claiming to be "who"
        {f"{PREFIX}-current_step": "nonsense"},
    ],
)
def test_tampered_steps_never_give_an_error_500(client, seeded, payload):
    run = WizardRun(client, "en")
    run.start()

    response = client.post(run.step_url("role"), payload)

    assert response.status_code == 400
    assert "This form could not be read" in response.content.decode()


def test_unknown_step_name_goes_back_to_the_first_step(client, seeded):
    run = WizardRun(client, "nl")
    run.start()

    response = client.get("/nl/aanmelden/bestaat-niet/")

    assert response.status_code == 302
    assert response["Location"] == run.step_url("who")


def test_reloading_or_going_back_after_submitting_stores_nothing_twice(
    client, seeded, friday
):
    run = WizardRun(client, "nl")
    confirmation = run.complete(persona())
    assert confirmation.status_code == 200

    reload = client.get(run.step_url("done"))
    assert reload["Location"] == "/nl/aanmelden/bevestiging/"
    assert client.get("/nl/aanmelden/bevestiging/").status_code == 200
    client.get(run.step_url("check"))
    run.post("check", {})
    client.get(run.step_url("done"))

    assert Registration.objects.count() == 1
    assert CallbackTask.objects.count() == 1


def test_submitting_the_same_wizard_twice_returns_the_first_registration(seeded):
    import uuid

    key = uuid.uuid4()
    data = stored_answers(persona())
    kwargs = {
        "language": "nl",
        "youth_variant": False,
        "submission_key": key,
        "privacy_statement_version": "v1",
    }

    first = create_registration(data, **kwargs)
    second = create_registration(data, **kwargs)

    assert first.pk == second.pk
    assert Registration.objects.count() == 1


def test_confirmation_page_without_a_registration_in_this_browser(client, seeded):
    response = client.get("/en/register/confirmation/")

    assert response.status_code == 404
    assert "No registration found" in response.content.decode()


def test_when_the_callback_cannot_be_stored_nothing_is_stored(client, seeded, friday):
    """Registration and callback are one transaction: both or neither."""

    def refuse_callbacks(execute, sql, params, many, context):
        if sql.lstrip().upper().startswith("INSERT") and "signup_callbacktask" in sql:
            raise DatabaseError("callback table refused the write")
        return execute(sql, params, many, context)

    run = WizardRun(client, "en")
    fill_until(run, "check")
    with connection.execute_wrapper(refuse_callbacks):
        response = client.get(run.step_url("done"))

    assert response.status_code == 503
    assert "Your registration has not been sent yet" in response.content.decode()
    assert Registration.objects.count() == 0
    assert CallbackTask.objects.count() == 0

    retry = client.get(run.step_url("done"))

    assert retry.status_code == 302, "the answers were kept for a retry"
    assert Registration.objects.count() == 1
    assert CallbackTask.objects.count() == 1


def test_honeypot_refuses_bots(client, seeded):
    run = WizardRun(client, "en")
    fill_until(run, "heard-from")

    run.post("check", {"website": "http://spam.example"})
    page = client.get(run.step_url("check"))

    assert "Please call us instead" in page.content.decode()
    assert client.get(run.step_url("done")).status_code == 302
    assert Registration.objects.count() == 0


def test_per_address_limit_shows_a_friendly_page_and_keeps_the_answers(
    client, seeded, friday, settings
):
    settings.SIGNUP_RATE_LIMIT = 2
    for _ in range(2):
        WizardRun(client, "nl").complete(persona())
    run = WizardRun(client, "nl")
    fill_until(run, "check")

    response = client.get(run.step_url("done"))

    assert response.status_code == 429
    assert "Bel ons alstublieft" in response.content.decode()
    assert Registration.objects.count() == 2
    from django.core.cache import cache

    cache.clear()  # an hour later
    assert client.get(run.step_url("done")).status_code == 302
    assert Registration.objects.count() == 3


def test_other_addresses_are_not_limited(client, seeded, friday, settings):
    settings.SIGNUP_RATE_LIMIT = 1
    WizardRun(client, "nl").complete(persona())
    client.defaults["REMOTE_ADDR"] = "192.0.2.44"

    WizardRun(client, "nl").complete(persona())

    assert Registration.objects.count() == 2


def test_without_keys_nothing_of_google_is_shown(client, seeded):
    run = WizardRun(client, "en")
    fill_until(run, "heard-from")

    html = client.get(run.step_url("check")).content.decode()

    assert "g-recaptcha" not in html
    assert "google.com" not in html


@pytest.fixture
def recaptcha_on(settings):
    settings.SIGNUP_CHALLENGE = "recaptcha"
    settings.RECAPTCHA_PUBLIC_KEY = "public-test-key"
    settings.RECAPTCHA_PRIVATE_KEY = "private-test-key"


@pytest.fixture
def google_says(monkeypatch):
    """Replace only the network call to Google's siteverify, as django-recaptcha's
    README advises; the field, widget and form logic stay real."""
    verdict = {"valid": True, "calls": 0}

    def submit(recaptcha_response, private_key, remoteip):
        verdict["calls"] += 1
        return RecaptchaResponse(is_valid=verdict["valid"])

    monkeypatch.setattr("django_recaptcha.fields.client.submit", submit)
    return verdict


def test_with_keys_the_captcha_is_required_and_checked(
    client, seeded, friday, recaptcha_on, google_says
):
    run = WizardRun(client, "en")
    fill_until(run, "heard-from")
    html = client.get(run.step_url("check")).content.decode()
    assert "g-recaptcha" in html

    payload = {
        f"{PREFIX}-current_step": "check",
        "g-recaptcha-response": "token",  # Google's widget posts it unprefixed
    }
    run.post("check", {})
    page = client.get(run.step_url("check")).content.decode()
    assert "Tick the box to confirm that you are not a robot" in page
    assert google_says["calls"] == 0

    google_says["valid"] = False
    response = client.post(run.step_url("check"), payload)
    assert response["Location"] == run.step_url("check")
    page = client.get(run.step_url("check")).content.decode()
    assert "We could not confirm that you are not a robot" in page
    assert google_says["calls"] == 1, "showing the verdict must not ask Google again"
    assert Registration.objects.count() == 0

    google_says["valid"] = True
    response = client.post(run.step_url("check"), payload)
    assert response["Location"] == run.step_url("done")
    client.get(run.step_url("done"))

    assert Registration.objects.count() == 1
    assert google_says["calls"] == 2, "the token is verified once per attempt"


def test_wizard_pages_are_never_cached(client, seeded):
    run = WizardRun(client, "nl")
    run.start()

    response = client.get(run.step_url("who"))

    assert "no-store" in response["Cache-Control"]
    assert (
        "private" in response["Cache-Control"]
        or "no-cache" in response["Cache-Control"]
    )


def test_a_person_can_delete_their_answers(client, seeded):
    run = WizardRun(client, "en")
    fill_until(run, "contact")
    run.post("contact", {"name": "Anna", "phone": "0612345678"})
    page = parse(client.get(run.step_url("safe-contact")))
    delete_url = page.find("a", string="Delete my answers")["href"]
    assert delete_url == run.url("delete")

    ask = client.get(delete_url)
    assert ask.status_code == 200
    assert Registration.objects.count() == 0
    assert "wizard_registration_wizard" in client.session

    response = client.post(delete_url)

    assert response["Location"] == run.url("deleted")
    assert "wizard_registration_wizard" not in client.session
    assert "Anna" not in str(dict(client.session))
    # The wizard starts from the beginning again, nothing filled in.
    response = client.get(run.step_url("contact"))
    assert "Anna" not in response.content.decode()
    assert Registration.objects.count() == 0


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_confirmation_links_to_the_page_of_the_provision(client, full_site, lang):
    confirmation = WizardRun(client, lang=lang).complete(persona())

    page = ProvisionPage.objects.get(
        provision="herstelbemiddeling", locale__language_code=lang
    )
    links = [a["href"] for a in parse(confirmation).select("main a")]
    assert page.url in links
    # Feedback about registering as a whole: the address names no step.
    feedback = {"nl": "/nl/reactie/", "en": "/en/feedback/"}[lang]
    assert f"{feedback}?about=registration" in links


def test_triage_has_no_provision_page_to_link(client, full_site):
    confirmation = WizardRun(client).complete(persona(offence={"offence": "stalking"}))

    assert Registration.objects.get().route == "triage"
    urls = {page.url for page in ProvisionPage.objects.all()}
    assert not urls & {a["href"] for a in parse(confirmation).select("main a")}


def test_google_is_allowed_by_the_policy_only_on_the_page_with_the_captcha(
    client, seeded, recaptcha_on
):
    run = WizardRun(client, "en")
    fill_until(run, "heard-from")

    check = client.get(run.step_url("check"))
    other_step = client.get(run.step_url("heard-from"))
    home = client.get("/en/")

    assert "https://www.google.com" in check["Content-Security-Policy"]
    for response in (other_step, home):
        assert "google" not in response["Content-Security-Policy"]
        assert "gstatic" not in response["Content-Security-Policy"]
