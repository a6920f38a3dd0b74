"""The registration desk in Chromium: a desk user logs in, opens an overdue callback
from the dashboard, logs a call attempt and marks the callback done."""

from datetime import timedelta
from pathlib import Path

from django.contrib.auth.models import Group
from django.utils import timezone

from wagtail.users.models import UserProfile

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import Page, expect

from content.groups import REDACTIE
from portal.two_factor import new_recovery_codes
from signup.desk import access
from signup.models import CallbackTask, Registration
from tests.browser.axe import assert_no_axe_violations
from tests.signup.factories import registered
from tests.signup.wizard import persona
from tests.staff import app_with_key, authenticator, current_code

pytestmark = pytest.mark.browser

PASSWORD = "desk-test-password-4821"


def log_in(page: Page, portal: str, user) -> None:
    """Both steps, as staff do: the password, then the authenticator's code."""
    device = authenticator(user)
    page.goto(f"{portal}/admin/login/")
    page.locator("#id_username").fill(user.get_username())
    page.locator("#id_password").fill(PASSWORD)
    page.locator("#id_password").press("Enter")
    expect(page.get_by_role("heading", name="Tweede stap: uw code")).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_label("Code uit uw authenticator-app").fill(current_code(device))
    page.get_by_role("button", name="Doorgaan").click()


@pytest.fixture
def overdue_registration(portal) -> Registration:
    registration = registered(answers=persona())
    callback = registration.callback
    callback.created_at = timezone.now() - timedelta(days=4)
    callback.due_at = timezone.now() - timedelta(hours=2)
    callback.save()
    return registration


@pytest.fixture
def desk_user(django_user_model):
    user = django_user_model.objects.create_user(
        "balie", password=PASSWORD, first_name="Bo", last_name="Balie"
    )
    user.groups.add(Group.objects.get(name=access.AANMELDPUNT))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "nl"  # the admin in Dutch, whatever the browser
    profile.save()
    return user


def test_desk_user_works_an_overdue_callback(
    page: Page, portal, overdue_registration, desk_user
):
    log_in(page, portal, desk_user)

    panel = page.locator("#callbacks-section")
    expect(panel).to_contain_text("1 te laat")
    panel.get_by_role("link", name=overdue_registration.reference).click()

    expect(page.get_by_text("Te laat: moest voor")).to_be_visible()
    expect(page.get_by_role("heading", name="Veilig contact")).to_be_visible()
    assert_no_axe_violations(page)

    page.get_by_label("Notitie (niet verplicht)").fill("Afspraak voor intake")
    page.get_by_label("Daarna de volgende terugbelactie in de rij openen").uncheck()
    page.get_by_role("button", name="Bereikt", exact=True).click()
    expect(page.get_by_text("De belpoging is vastgelegd.")).to_be_visible()

    page.get_by_role("button", name="Terugbellen afronden").click()
    expect(page.get_by_text("Het terugbellen is afgerond.")).to_be_visible()

    callback = CallbackTask.objects.get(registration=overdue_registration)
    assert callback.status == "done"
    assert callback.first_contact_at is not None
    assert callback.call_attempts.get().note == "Afspraak voor intake"


@pytest.fixture
def three_callbacks(portal) -> list[Registration]:
    """Three callbacks due today, one hour apart, with different names."""
    made = []
    for hours, name in enumerate(("Anna de Vries", "Bram Jansen", "Cor Smit")):
        registration = registered(answers=persona(), name=name)
        registration.callback.due_at = timezone.now() + timedelta(hours=hours + 1)
        registration.callback.save()
        made.append(registration)
    return made


def test_desk_user_works_three_callbacks_with_save_and_next(
    page: Page, portal, three_callbacks, desk_user
):
    """From the list, one click per callback: the outcome buttons sit on the
    first screen at 1280 x 800, and each one opens the next callback."""
    page.set_viewport_size({"width": 1280, "height": 800})
    log_in(page, portal, desk_user)
    page.goto(f"{portal}/admin/registration/")
    rows = page.locator("tbody tr:has(td.title)")
    expect(rows).to_have_count(3)
    expect(rows.first).to_contain_text("Anna de Vries")
    rows.first.get_by_role("link", name=three_callbacks[0].reference).click()

    clicks = 1
    for registration, outcome in zip(
        three_callbacks,
        ("Geen gehoor", "Voicemail ingesproken", "Bereikt"),
        strict=True,
    ):
        expect(page.locator(".desk__summary")).to_contain_text(registration.reference)
        button = page.get_by_role("button", name=outcome, exact=True)
        box = button.bounding_box()
        assert box["y"] + box["height"] <= 800, "the outcome is on the first screen"
        assert page.evaluate("window.scrollY") == 0
        # Wagtail's message of the previous save fades in (opacity 0 to 1 in
        # half a second): check the page once it is shown.
        page.wait_for_function(
            "[...document.querySelectorAll('.messages > ul')]"
            ".every(ul => getComputedStyle(ul).opacity === '1')"
        )
        assert_no_axe_violations(page)
        button.click()
        clicks += 1

    expect(
        page.get_by_text("Dat was de laatste terugbelactie in de rij.")
    ).to_be_visible()
    assert clicks == 4  # open the first, then one click per callback
    outcomes = [
        registration.callback.call_attempts.get().outcome
        for registration in Registration.objects.filter(
            pk__in=[r.pk for r in three_callbacks]
        ).order_by("callback__due_at")
    ]
    assert outcomes == ["no_answer", "voicemail", "reached"]


def test_the_detail_page_stacks_on_a_phone(
    page: Page, portal, three_callbacks, desk_user
):
    page.set_viewport_size({"width": 375, "height": 800})
    log_in(page, portal, desk_user)
    page.goto(f"{portal}/admin/registration/{three_callbacks[0].pk}/")
    expect(page.get_by_role("heading", name="Veilig contact")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), (
        "no sideways scrolling"
    )
    work = page.locator(".desk__work").bounding_box()
    record = page.locator(".desk__record").bounding_box()
    assert record["y"] >= work["y"] + work["height"], "the work first"


@pytest.fixture
def beheer_user(django_user_model):
    user = django_user_model.objects.create_user("beheer", password=PASSWORD)
    user.groups.add(Group.objects.get(name=access.BEHEER))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "nl"
    profile.save()
    return user


def test_beheer_reads_the_statistics_and_downloads_the_csv(
    page: Page, portal, overdue_registration, beheer_user
):
    log_in(page, portal, beheer_user)
    # The default period is the last twelve full months; this month is asked.
    month = timezone.localtime().strftime("%Y-%m")
    page.goto(f"{portal}/admin/registration/statistics/?start={month}&end={month}")

    expect(
        page.get_by_role("heading", name="Statistiek van aanmeldingen")
    ).to_be_visible()
    per_month = page.get_by_role(
        "table", name="Aanmeldingen en de terugbelbelofte per maand"
    )
    expect(per_month).to_be_visible()
    expect(page.get_by_role("table", name="Soort delict")).to_contain_text("Geweld")
    # The overdue callback was never called: 0% on time, of one.
    expect(page.locator(".stat-figures")).to_contain_text("0%")
    expect(page.get_by_role("img", name="Verloop: aanmeldingen")).to_be_visible()
    assert_no_axe_violations(page)

    with page.expect_download() as download_info:
        page.get_by_role("link", name="CSV downloaden (alleen aantallen)").click()
    csv_text = Path(download_info.value.path()).read_text(encoding="utf-8")
    assert csv_text.startswith("month,dimension,code,label,value")
    assert overdue_registration.reference not in csv_text


def test_a_new_staff_member_links_an_authenticator_app(
    page: Page, portal, django_user_model
):
    user = django_user_model.objects.create_user("nieuw", password=PASSWORD)
    user.groups.add(Group.objects.get(name=REDACTIE))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "nl"
    profile.save()

    page.goto(f"{portal}/admin/login/")
    page.locator("#id_username").fill("nieuw")
    page.locator("#id_password").fill(PASSWORD)
    page.locator("#id_password").press("Enter")

    expect(page.get_by_role("heading", name="Tweede stap instellen")).to_be_visible()
    expect(
        page.get_by_role("img", name="QR-code met de sleutel hieronder")
    ).to_be_visible()
    assert_no_axe_violations(page)
    app = app_with_key(page.locator(".two-factor__key").inner_text())
    page.get_by_label("Uw wachtwoord").fill(PASSWORD)
    page.get_by_label("Code uit uw authenticator-app").fill(current_code(app))
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", name="Reservecodes")).to_be_visible()
    assert_no_axe_violations(page)
    expect(page.locator(".two-factor__codes code")).to_have_count(10)
    page.get_by_role("link", name="Ik heb de codes bewaard: doorgaan").click()

    expect(page.get_by_role("heading", name="Herstelwijzer")).to_be_visible()
    assert TOTPDevice.objects.get(user=user).key == app.key


def test_a_staff_member_logs_in_with_a_recovery_code_and_makes_a_new_set(
    page: Page, portal, desk_user
):
    authenticator(desk_user)
    codes = new_recovery_codes(desk_user)
    page.goto(f"{portal}/admin/login/")
    page.locator("#id_username").fill("balie")
    page.locator("#id_password").fill(PASSWORD)
    page.locator("#id_password").press("Enter")

    page.get_by_role("link", name="Een reservecode gebruiken").click()
    expect(
        page.get_by_role("heading", name="Tweede stap: een reservecode")
    ).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_label("Reservecode").fill(codes[0])
    page.get_by_role("button", name="Doorgaan").click()
    expect(page.get_by_text("er zijn nog 9 codes over")).to_be_visible()

    page.goto(f"{portal}/admin/account/")
    page.get_by_role("tab", name="Meer acties").click()
    page.get_by_role("link", name="Reservecodes").click()
    expect(page.get_by_text("U hebt nog 9 ongebruikte reservecodes.")).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Nieuwe reservecodes maken").click()

    shown = page.locator(".two-factor__codes code")
    expect(shown).to_have_count(10)
    new_codes = shown.all_inner_texts()
    assert not set(new_codes) & set(codes)
    assert_no_axe_violations(page)
