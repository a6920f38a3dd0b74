"""Wagtail's first migration makes the groups "Editors" and "Moderators", with page
and image permissions on the whole site. They sit beside our own groups
(content.groups, signup.desk.groups) and would give anyone put in them rights
nobody decided on. Removed here once, unless someone is already a member: then
an administrator decides (nobody loses access by a deploy)."""

from django.db import migrations

WAGTAIL_DEFAULT_GROUPS = ["Editors", "Moderators"]


def remove_default_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS, user__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("content", "0003_callback_promise_from_one_setting"),
        ("wagtailcore", "0002_initial_data"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.RunPython(remove_default_groups, migrations.RunPython.noop)
    ]
