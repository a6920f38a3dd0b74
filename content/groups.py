"""The Redactie (communications staff) group and its permissions, created in code
after every ``migrate`` (never by hand), so every environment has the same role.
Running it again only adds what is missing; permissions an administrator added
stay. Redactie edits pages, images, documents, site settings and the figures
register, reads the anonymous page feedback, and sees no
registration at all (the desk groups are in ``signup.desk.groups``).
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

REDACTIE = "Redactie"
ADMIN_ACCESS = ("wagtailadmin", "access_admin")
REDACTIE_PERMISSIONS = [
    ADMIN_ACCESS,
    ("content", "change_sitesettings"),
    ("content", "view_sitesettings"),
    ("content", "add_figure"),
    ("content", "change_figure"),
    ("content", "delete_figure"),
    ("content", "view_figure"),
    ("content", "view_pagefeedback"),
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


def permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def grant(group: Group, permissions) -> None:
    """Add ``(app_label, codename)`` permissions to a group."""
    group.permissions.add(*(permission(app, code) for app, code in permissions))


def ensure_all_permissions(using: str = "default") -> None:
    """post_migrate is sent once per app, in INSTALLED_APPS order, and Django makes
    each app's permissions on its own signal: a group handler that runs early makes
    every app's permissions first."""
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0, using=using)


def ensure_redactie_group() -> Group:
    group = Group.objects.get_or_create(name=REDACTIE)[0]
    grant(group, REDACTIE_PERMISSIONS)
    root_page = Page.get_first_root_node()
    if root_page is not None:
        for codename in REDACTIE_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=root_page,
                permission=permission("wagtailcore", codename),
            )
    root_collection = Collection.get_first_root_node()
    if root_collection is not None:
        for app, codename in REDACTIE_COLLECTION_PERMISSIONS:
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=root_collection,
                permission=permission(app, codename),
            )
    return group


def ensure_group_after_migrate(sender, using="default", **kwargs) -> None:
    """Once per ``migrate``: on the signal for this app."""
    if sender.name != "content":
        return
    ensure_all_permissions(using)
    ensure_redactie_group()
