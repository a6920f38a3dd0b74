"""The registration desk's staff groups and their permissions, created in code
after every ``migrate`` (never by hand), so every environment has the same roles.
Running it again only adds what is missing; permissions an administrator added
stay.

Which teams a desk group works is in ``signup.desk.access``; this module only gives
the groups their Django and Wagtail permissions. Redactie is content's group
(``content.groups``).
"""

from django.contrib.auth.models import Group

from content.groups import ADMIN_ACCESS, ensure_all_permissions, grant
from signup.desk.access import BEHEER, DESK_GROUPS

DESK_PERMISSIONS = [
    ADMIN_ACCESS,
    ("signup", "view_registration"),
    ("signup", "work_registration"),
]
BEHEER_PERMISSIONS = [
    *DESK_PERMISSIONS,
    ("signup", "view_statistics"),
    ("signup", "export_registration"),
    ("signup", "erase_registration"),
    ("auth", "add_user"),
    ("auth", "change_user"),
    ("auth", "view_user"),
]


def ensure_groups() -> dict[str, Group]:
    groups = {
        name: Group.objects.get_or_create(name=name)[0]
        for name in [BEHEER, *DESK_GROUPS]
    }
    for name in DESK_GROUPS:
        grant(groups[name], DESK_PERMISSIONS)
    grant(groups[BEHEER], BEHEER_PERMISSIONS)
    return groups


def ensure_groups_after_migrate(sender, using="default", **kwargs) -> None:
    """Once per ``migrate``: on the signal for this app."""
    if sender.name != "signup":
        return
    ensure_all_permissions(using)
    ensure_groups()
