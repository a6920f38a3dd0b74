"""The development demo: desk accounts in the right groups, and registrations that
give the desk and the statistics something to show; running it twice adds nothing."""

from django.contrib.auth import get_user_model

from signup.demo import DEMO_STAFF, ensure_demo_staff, seed_demo_registrations
from signup.desk import access
from signup.models import CallAttempt, Registration, RegistrationLogEntry


def test_demo_staff_each_in_their_group_once(db):
    passwords = ensure_demo_staff()

    assert set(passwords) == set(DEMO_STAFF)
    for username, group in DEMO_STAFF.items():
        user = get_user_model().objects.get(username=username)
        assert user.check_password(passwords[username])
        assert list(user.groups.values_list("name", flat=True)) == [group]
    assert ensure_demo_staff() == {}
    bureau = get_user_model().objects.get(username="bureau-rotterdam")
    assert access.teams_for(bureau) == {"mis_rotterdam"}


def test_demo_registrations_cover_the_desk_and_the_statistics(seeded):
    assert seed_demo_registrations(count=40) == 40

    registrations = Registration.objects.all()
    assert registrations.count() == 40
    assert registrations.values("route").distinct().count() >= 3
    assert registrations.filter(callback__team="mis_rotterdam").exists()
    assert registrations.filter(status="closed").exists()
    assert registrations.filter(callback__status="open").exists()
    assert CallAttempt.objects.exists()
    assert not registrations.filter(confirmation_sent_at__isnull=True).exists()
    assert len({r.reference for r in registrations}) == 40

    assert seed_demo_registrations() == 0, "a second run adds nothing"
    assert Registration.objects.count() == 40


def test_demo_history_is_logged_by_each_teams_account_and_shown_to_that_team(
    seeded,
):
    ensure_demo_staff()
    seed_demo_registrations(count=40)
    users = get_user_model().objects
    bureau = users.get(username="bureau-rotterdam")

    entries = RegistrationLogEntry.objects.all()
    assert {"signup.call_attempt", "signup.callback_done", "signup.close"} <= set(
        entries.values_list("action", flat=True)
    )
    for entry in entries.select_related("registration__callback"):
        attempt = CallAttempt.objects.filter(
            callback__registration=entry.registration
        ).first()
        assert entry.user == attempt.made_by
        assert entry.label == entry.registration.reference
    assert entries.filter(user=users.get(username="aanmeldpunt")).exists()
    assert entries.filter(user=bureau).exists()
    assert not entries.filter(user__username__in=["beheer", "redactie"]).exists()
    seen_by_bureau = RegistrationLogEntry.objects.viewable_by_user(bureau)
    assert seen_by_bureau.exists()
    teams = seen_by_bureau.values_list("registration__callback__team", flat=True)
    assert set(teams) == {"mis_rotterdam"}
