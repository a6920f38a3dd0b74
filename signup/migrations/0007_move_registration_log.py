"""The desk's audit entries move from Wagtail's shared log (ModelLogEntry) to the
registrations' own log (RegistrationLogEntry, issue 11).

Wagtail shows a ModelLogEntry to everyone with any Django permission on its model,
and every desk team has those for all registrations, so Site history showed each
team the other teams' registrations. Every ModelLogEntry of a model of this app
moves, with its action, label, data, user, time and uuid as they were, and with
the registration it is about; none stays behind in ModelLogEntry. An entry whose
object no longer exists moves without a registration (only a superuser sees it).
The new rows get new ids, in the order of the old ones: nothing refers to a log
entry's id.

Reversible: going back moves every entry into ModelLogEntry again, as it was.
"""

from collections import defaultdict

from django.db import migrations

BATCH = 1000

# Model name -> the lookup from that model to its registration's id (as
# signup.models.LOGGED_MODELS, frozen here as these models stand in this migration).
REGISTRATION_LOOKUPS = {
    "registration": "pk",
    "callbacktask": "registration_id",
    "callattempt": "callback__registration_id",
    "routechange": "registration_id",
}

# The fields both log models have (BaseLogEntry's, and object_id).
COPIED_FIELDS = [
    "content_type_id",
    "object_id",
    "label",
    "action",
    "data",
    "timestamp",
    "uuid",
    "user_id",
    "revision_id",
    "content_changed",
    "deleted",
]


def _registration_ids(apps, rows) -> dict[tuple[int, str], int]:
    """(content type id, object id) -> the registration's id, for the logged
    objects of ``rows`` that still exist."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    object_ids = defaultdict(set)
    for row in rows:
        object_ids[row.content_type_id].add(row.object_id)
    found = {}
    for content_type in ContentType.objects.filter(pk__in=object_ids):
        lookup = REGISTRATION_LOOKUPS.get(content_type.model)
        if lookup is None:
            continue
        model = apps.get_model("signup", content_type.model)
        ids = [int(i) for i in object_ids[content_type.pk] if i.isdigit()]
        for pk, registration_id in model.objects.filter(pk__in=ids).values_list(
            "pk", lookup
        ):
            found[content_type.pk, str(pk)] = registration_id
    return found


def _move(source, target, make) -> int:
    """Copy every row of ``source`` (a queryset) to ``target`` in batches, each
    made with ``make(rows)``, and delete it from ``source``; returns how many."""
    moved = 0
    while True:
        rows = list(source.order_by("pk")[:BATCH])
        if not rows:
            return moved
        target.objects.bulk_create(make(rows))
        source.model.objects.filter(pk__in=[row.pk for row in rows]).delete()
        moved += len(rows)


def move_to_registration_log(apps, schema_editor):
    ModelLogEntry = apps.get_model("wagtailcore", "ModelLogEntry")
    RegistrationLogEntry = apps.get_model("signup", "RegistrationLogEntry")

    def make(rows):
        registrations = _registration_ids(apps, rows)
        return [
            RegistrationLogEntry(
                registration_id=registrations.get((row.content_type_id, row.object_id)),
                **{field: getattr(row, field) for field in COPIED_FIELDS},
            )
            for row in rows
        ]

    _move(
        ModelLogEntry.objects.filter(content_type__app_label="signup"),
        RegistrationLogEntry,
        make,
    )


def move_back_to_model_log(apps, schema_editor):
    ModelLogEntry = apps.get_model("wagtailcore", "ModelLogEntry")
    RegistrationLogEntry = apps.get_model("signup", "RegistrationLogEntry")

    def make(rows):
        return [
            ModelLogEntry(**{field: getattr(row, field) for field in COPIED_FIELDS})
            for row in rows
        ]

    _move(RegistrationLogEntry.objects.all(), ModelLogEntry, make)


class Migration(migrations.Migration):
    dependencies = [
        ("signup", "0006_registration_log"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(move_to_registration_log, move_back_to_model_log),
    ]
