"""The registrations' own audit log (``RegistrationLogEntry``, issue 11): every desk
action writes to it and none to Wagtail's shared ``ModelLogEntry``; an entry is
shown to whoever may see its registration; and migration 0007 moves the entries
that were written to ModelLogEntry before."""

import importlib

from django.apps import apps
from django.contrib.contenttypes.models import ContentType

from wagtail.log_actions import log
from wagtail.log_actions import registry as log_registry
from wagtail.models import ModelLogEntry

import pytest

from signup.desk import access, actions
from signup.models import (
    LOGGED_MODELS,
    CallAttempt,
    CallbackTask,
    Registration,
    RegistrationLogEntry,
    RouteChange,
)
from signup.privacy import retention
from tests.signup.factories import registered
from tests.signup.test_desk import CASES, MATRIX
from tests.staff import login_staff, staff_member

moving = importlib.import_module("signup.migrations.0007_move_registration_log")


@pytest.fixture
def registrations(seeded, friday) -> dict[str, Registration]:
    return {team: registered(answers=answers) for team, answers in CASES.items()}


def test_registrations_and_what_belongs_to_them_have_their_own_log():
    for model in (Registration, CallbackTask, CallAttempt, RouteChange):
        assert model in LOGGED_MODELS
        assert log_registry.get_log_model_for_model(model) is RegistrationLogEntry
    assert RegistrationLogEntry in log_registry.get_log_entry_models()


def test_every_desk_action_writes_to_the_registration_log_only(client, registrations):
    beheer = staff_member(access.BEHEER)
    registration = registrations["aanmeldpunt"]
    callback = registration.callback

    actions.record_view(registration, beheer)
    actions.log_attempt(callback, CallAttempt.Outcome.REACHED, "Fijn gesprek", beheer)
    actions.assign(callback, beheer, beheer)
    actions.mark_done(callback, beheer)
    actions.reroute(registration, "triage", "", "Zij wil liever praten", beheer)
    actions.close(registration, beheer, "duplicate")
    login_staff(client, beheer)
    client.get(f"/admin/registration/{registration.pk}/export/")
    retention.erase(registration, retention.Reason.REQUEST, user=beheer)

    signup_types = ContentType.objects.filter(app_label="signup")
    assert not ModelLogEntry.objects.filter(content_type__in=signup_types).exists()
    entries = RegistrationLogEntry.objects.for_instance(registration)
    assert sorted(entries.values_list("action", flat=True)) == sorted(
        [
            "signup.view",
            "signup.call_attempt",
            "signup.assign",
            "signup.callback_done",
            "signup.reroute",
            "signup.close",
            "signup.export",
            "signup.erase",
        ]
    )
    for entry in entries:
        assert entry.registration_id == registration.pk
        assert entry.object_id == str(registration.pk)
        assert entry.label == registration.reference
        assert entry.user == beheer
    history = client.get(f"/admin/registration/{registration.pk}/history/")
    assert history.status_code == 200
    for message in (
        "Aanmelding bekeken",
        "Belpoging vastgelegd",
        "Terugbellen afgerond",
        "Persoonsgegevens gewist",
    ):
        assert message in history.content.decode()


def test_an_entry_about_a_callback_belongs_to_its_registration(registrations):
    registration = registrations["mis_rotterdam"]
    callback = registration.callback

    entry = log(callback, "signup.assign")

    assert isinstance(entry, RegistrationLogEntry)
    assert entry.registration_id == registration.pk
    assert entry.object_id == str(callback.pk)
    assert entry.content_type == ContentType.objects.get_for_model(CallbackTask)
    assert list(RegistrationLogEntry.objects.for_instance(registration)) == [entry]
    assert list(RegistrationLogEntry.objects.for_instance(callback)) == [entry]


def test_an_object_outside_the_registrations_is_refused():
    with pytest.raises(TypeError):
        RegistrationLogEntry.objects.log_action(ContentType(pk=1), "signup.view")


@pytest.mark.parametrize("group_name", list(MATRIX))
def test_each_user_sees_the_entries_of_the_registrations_they_may_see(
    registrations, group_name
):
    for registration in registrations.values():
        actions.record_view(registration, None)
        log(registration.callback, "signup.assign")
    user = staff_member(group_name)

    visible = RegistrationLogEntry.objects.viewable_by_user(user)

    teams = set(visible.values_list("registration__callback__team", flat=True))
    assert teams == MATRIX[group_name]
    assert visible.count() == 2 * len(MATRIX[group_name])


def test_a_superuser_sees_every_entry_and_an_inactive_account_none(
    registrations, django_user_model
):
    registration = registrations["triage"]
    actions.record_view(registration, None)
    orphan = RegistrationLogEntry.objects.create(
        content_type=ContentType.objects.get_for_model(CallAttempt),
        object_id="999999",
        registration=None,
        label="gone",
        action="signup.call_attempt",
        timestamp=registration.created_at,
    )
    superuser = django_user_model.objects.create_superuser("super", password="x")
    beheer = staff_member(access.BEHEER)

    assert orphan in RegistrationLogEntry.objects.viewable_by_user(superuser)
    assert RegistrationLogEntry.objects.viewable_by_user(superuser).count() == 2
    assert list(RegistrationLogEntry.objects.viewable_by_user(beheer)) != []
    assert orphan not in RegistrationLogEntry.objects.viewable_by_user(beheer)
    beheer.is_active = superuser.is_active = False
    for user in (beheer, superuser):
        assert not RegistrationLogEntry.objects.viewable_by_user(user).exists()


def test_without_the_desk_policy_no_entry_is_shown(registrations, monkeypatch):
    """Wagtail's fallback policy goes by Django permission, which every desk team
    has on all registrations: without the desk's own policy, nothing is shown."""
    from wagtail.permissions import policy_registry

    actions.record_view(registrations["aanmeldpunt"], None)
    user = staff_member(access.AANMELDPUNT)
    assert RegistrationLogEntry.objects.viewable_by_user(user).exists()

    monkeypatch.setattr(policy_registry, "get_by_type", lambda *a, **k: None)

    assert not RegistrationLogEntry.objects.viewable_by_user(user).exists()


def test_the_history_follows_the_registration_to_its_new_team(registrations):
    registration = registrations["aanmeldpunt"]
    desk = staff_member(access.AANMELDPUNT)
    rotterdam = staff_member("Mediationbureau Rotterdam")
    actions.record_view(registration, desk)

    actions.reroute(registration, "mis", "rotterdam", "Zaak ligt bij het OM", desk)

    for user, sees in [(desk, False), (rotterdam, True)]:
        entries = RegistrationLogEntry.objects.viewable_by_user(user)
        assert entries.filter(registration=registration).exists() is sees


# --- migration 0007 -------------------------------------------------------------


def _old_entries(registration, user) -> list[ModelLogEntry]:
    """Entries as the desk wrote them before issue 11: in Wagtail's ModelLogEntry."""
    callback = registration.callback
    return [
        ModelLogEntry.objects.log_action(registration, "signup.view", user=user),
        ModelLogEntry.objects.log_action(
            registration,
            "signup.call_attempt",
            user=user,
            data={"outcome": "no_answer", "attempt": 1},
        ),
        ModelLogEntry.objects.log_action(callback, "signup.assign", user=user),
    ]


def test_the_migration_moves_the_desks_entries_out_of_wagtails_log(registrations):
    user = staff_member(access.AANMELDPUNT)
    registration = registrations["aanmeldpunt"]
    wagtails_own = set(ModelLogEntry.objects.all())
    old = _old_entries(registration, user)
    gone = ModelLogEntry.objects.log_action(
        registrations["triage"].callback, "signup.assign"
    )
    gone.object_id = "999999"  # a callback that no longer exists
    gone.save()
    other = ModelLogEntry.objects.log_action(user, "wagtail.edit")

    moving.move_to_registration_log(apps, None)

    assert set(ModelLogEntry.objects.all()) == {*wagtails_own, other}, (
        "only the entries of Wagtail's own models stay"
    )
    moved = RegistrationLogEntry.objects.order_by("pk")
    assert [
        (e.action, e.object_id, e.registration_id, e.user_id, e.timestamp, e.data)
        for e in moved
    ] == [
        *(
            (e.action, e.object_id, registration.pk, user.pk, e.timestamp, e.data)
            for e in old
        ),
        ("signup.assign", "999999", None, None, gone.timestamp, {}),
    ]
    assert [e.label for e in moved] == [e.label for e in (*old, gone)]
    assert [e.content_type for e in moved] == [e.content_type for e in (*old, gone)]
    # The moved history is the registration's, and shown to its team only.
    assert RegistrationLogEntry.objects.for_instance(registration).count() == 3
    rotterdam = staff_member("Mediationbureau Rotterdam")
    assert not RegistrationLogEntry.objects.viewable_by_user(rotterdam).exists()
    assert RegistrationLogEntry.objects.viewable_by_user(user).count() == 3


def test_the_migration_moves_in_batches_and_back(registrations, monkeypatch):
    monkeypatch.setattr(moving, "BATCH", 2)
    user = staff_member(access.BEHEER)
    for registration in registrations.values():
        _old_entries(registration, user)
    desks = ModelLogEntry.objects.filter(content_type__app_label="signup")
    before = sorted(
        desks.values_list("content_type", "object_id", "action", "timestamp", "user")
    )
    assert len(before) == 12

    moving.move_to_registration_log(apps, None)
    assert not desks.exists()
    assert RegistrationLogEntry.objects.count() == 12

    moving.move_back_to_model_log(apps, None)
    assert not RegistrationLogEntry.objects.exists()
    after = sorted(
        desks.values_list("content_type", "object_id", "action", "timestamp", "user")
    )
    assert after == before
