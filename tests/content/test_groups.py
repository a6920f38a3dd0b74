"""Staff groups come from our own code; Wagtail's default groups are removed."""

import importlib

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from content.groups import REDACTIE
from signup.desk import access

removal = importlib.import_module(
    "content.migrations.0004_remove_wagtail_default_groups"
)


def test_after_migrate_only_our_groups_exist(db):
    names = set(Group.objects.values_list("name", flat=True))

    assert not names & {"Editors", "Moderators"}
    assert names == {REDACTIE, access.BEHEER, *access.DESK_GROUPS}


def test_a_default_group_with_members_is_left_for_an_administrator(db):
    editors = Group.objects.create(name="Editors")
    editors.user_set.add(get_user_model().objects.create_user("redacteur"))
    Group.objects.create(name="Moderators")

    removal.remove_default_groups(apps, None)

    assert set(
        Group.objects.filter(name__in=["Editors", "Moderators"]).values_list(
            "name", flat=True
        )
    ) == {"Editors"}
