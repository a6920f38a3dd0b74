"""Random and malicious input (Hypothesis) to every wizard step and every filter of
the registration desk: never an error 500, nothing stored that did not pass
validation, every echoed script payload escaped; an oversized body gets a page
that says so."""

from django.core.files.uploadedfile import SimpleUploadedFile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from content.groups import REDACTIE
from content.models import SearchPage
from signup.desk import access
from signup.models import Registration
from signup.wizard.steps import STEPS
from tests.content.test_image_uploads import gif
from tests.signup.test_wizard_flow import fill_until
from tests.signup.wizard import PREFIX, WizardRun
from tests.staff import login_staff, staff_member

PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "' OR 1=1 --",
    "\x00\x01\x7f",
    "\x00",
    "\u202e\u0000",
    "{{ 7*7 }}{% debug %}",
    "../../etc/passwd",
    "A" * 5000,
    "١٢٣٤٥",
    "😀" * 300,
]
RAW_SCRIPT = "<script>alert(1)</script>"
RAW_IMG = "<img src=x onerror"

text = st.one_of(st.sampled_from(PAYLOADS), st.text(max_size=300))
field_names = st.sampled_from(
    [
        "registrant", "role", "age_band", "offence", "case_stage", "district",
        "counts_in_case", "other_party", "acknowledges", "contact_form",
        "preferred_language", "other_language", "interpreter_needed", "name",
        "phone", "email", "call_times", "voicemail_allowed", "may_say_who_we_are",
        "email_allowed",
        "guardian_name", "guardian_phone", "guardian_knows", "other_party_details",
        "heard_from", "consent", "professional_name", "professional_email",
        "website",
    ]
)  # fmt: skip
answers = st.dictionaries(field_names, st.one_of(text, st.lists(text, max_size=3)))
STEP_NAMES = [name for name, _form in STEPS] + ["done", "nonexistent", "<script>"]
FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def assert_safe(response):
    assert response.status_code < 500, response.status_code
    body = response.content.decode(errors="replace")
    assert RAW_SCRIPT not in body
    assert RAW_IMG not in body


@FUZZ
@given(
    step=st.sampled_from(STEP_NAMES), data=answers, lang=st.sampled_from(["nl", "en"])
)
def test_any_post_to_any_step_is_answered_safely(client, seeded, step, data, lang):
    run = WizardRun(client, lang)
    run.start()
    payload = {f"{PREFIX}-current_step": step}
    for key, value in data.items():
        payload[f"{step}-{key}"] = value

    response = client.post(run.step_url(step), payload)

    assert_safe(response)
    if response.status_code == 302:
        assert_safe(client.get(response["Location"]))
    assert not Registration.objects.exists()


@FUZZ
@given(data=answers)
def test_a_half_valid_wizard_keeps_refusing_bad_answers(client, seeded, data):
    """Valid answers up to the contact step, then random ones there: shown back
    escaped, and never a registration."""
    run = WizardRun(client, "nl")
    fill_until(run, "language")

    response = run.post("contact", data)

    assert_safe(response)
    if response.status_code == 302:
        assert_safe(client.get(response["Location"]))
    assert not Registration.objects.exists()


@pytest.fixture
def beheer(db):
    return staff_member(access.BEHEER, "beheer-fuzz")


filter_names = st.sampled_from(
    [
        "route", "route_district", "status", "overdue", "flag", "language",
        "created_at_after", "created_at_before", "q", "ordering", "p", "start", "end",
    ]
)  # fmt: skip
filters = st.dictionaries(filter_names, text, max_size=6)


@FUZZ
@given(query=filters)
def test_any_desk_filter_is_answered_safely(client, seeded, beheer, query):
    login_staff(client, beheer)

    for url in (
        "/admin/registration/",
        "/admin/registration/results/",
        "/admin/registration/statistics/",
        "/admin/registration/statistics/csv/",
    ):
        assert_safe(client.get(url, query))


months = st.one_of(
    text,
    st.builds("{:04d}-{:02d}".format, st.integers(0, 9999), st.integers(0, 13)),
    st.sampled_from(["9999-12", "0001-01", "2026-13", "2026-00"]),
)


@FUZZ
@given(start=months, end=months)
def test_any_statistics_period_is_answered_safely(client, seeded, beheer, start, end):
    login_staff(client, beheer)

    for url in (
        "/admin/registration/statistics/",
        "/admin/registration/statistics/csv/",
    ):
        assert_safe(client.get(url, {"start": start, "end": end}))


@FUZZ
@given(query=text, page=text)
def test_any_search_is_answered_safely(client, full_site, query, page):
    for search_page in SearchPage.objects.live():
        assert_safe(client.get(search_page.url, {"q": query, "page": page}))


@pytest.fixture
def redactie(db):
    return staff_member(REDACTIE, "redactie-fuzz")


@FUZZ
@given(data=st.data())
def test_any_damaged_image_upload_is_answered_safely(client, seeded, redactie, data):
    """A sound GIF with bytes cut, changed or added anywhere (content/images.py)."""
    sound = gif(frames=2)
    cut = data.draw(st.integers(0, len(sound)))
    changes = data.draw(
        st.lists(st.tuples(st.integers(0, len(sound) - 1), st.integers(0, 255)))
    )
    damaged = bytearray(sound[:cut] + data.draw(st.binary(max_size=40)))
    for position, value in changes:
        if position < len(damaged):
            damaged[position] = value
    login_staff(client, redactie)
    response = client.post(
        "/admin/images/add/",
        {"title": "Foto", "file": SimpleUploadedFile("x.gif", bytes(damaged))},
    )
    assert_safe(response)


def test_an_oversized_body_gets_a_clear_page(client, seeded):
    run = WizardRun(client, "nl")
    run.start()

    response = run.post("who", {"registrant": "self", "padding": "x" * 100_000})

    assert response.status_code == 413
    html = response.content.decode()
    assert "Te veel tekst" in html
    assert 'lang="nl"' in html
    assert not Registration.objects.exists()


def test_the_admin_still_takes_a_long_page(client, seeded, beheer):
    login_staff(client, beheer)

    response = client.post("/admin/registration/1/attempt/", {"note": "x" * 100_000})

    assert response.status_code != 413
