"""The staff groups and their permissions, created in code after every ``migrate``
(never by hand), so every environment has the same roles. Running it again only
adds what is missing; permissions an administrator added stay.

Which teams a desk group works is in ``signup.access``; this module only gives the
groups their Django and Wagtail permissions.
"""

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission

from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
)

from signup.access import BEHEER, DESK_GROUPS, REDACTIE

ADMIN_ACCESS = ("wagtailadmin", "access_admin")
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
REDACTIE_PERMISSIONS = [
    ADMIN_ACCESS,
    ("content", "change_sitesettings"),
    ("content", "view_sitesettings"),
]
REDACTIE_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "lock_page",
    "unlock_page",
    "delete_page",
]
REDACTIE_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtailimages", "delete_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
    ("wagtaildocs", "delete_document"),
]


def _permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _grant(group: Group, permissions) -> None:
    group.permissions.add(*(_permission(app, code) for app, code in permissions))


def ensure_groups() -> dict[str, Group]:
    groups = {
        name: Group.objects.get_or_create(name=name)[0]
        for name in [BEHEER, REDACTIE, *DESK_GROUPS]
    }
    for name in DESK_GROUPS:
        _grant(groups[name], DESK_PERMISSIONS)
    _grant(groups[BEHEER], BEHEER_PERMISSIONS)
    _grant(groups[REDACTIE], REDACTIE_PERMISSIONS)

    root_page = Page.get_first_root_node()
    if root_page is not None:
        for codename in REDACTIE_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=groups[REDACTIE],
                page=root_page,
                permission=_permission("wagtailcore", codename),
            )
    root_collection = Collection.get_first_root_node()
    if root_collection is not None:
        for app, codename in REDACTIE_COLLECTION_PERMISSIONS:
            GroupCollectionPermission.objects.get_or_create(
                group=groups[REDACTIE],
                collection=root_collection,
                permission=_permission(app, codename),
            )
    return groups


def ensure_groups_after_migrate(sender, using="default", **kwargs) -> None:
    """post_migrate is sent once per app, in INSTALLED_APPS order, and Django makes
    each app's permissions on its own signal; so act once, for our app, after making
    sure every app's permissions exist."""
    if sender.name != "signup":
        return
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0, using=using)
    ensure_groups()
