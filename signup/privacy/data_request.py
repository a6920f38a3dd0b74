"""A person's right of access (GDPR art. 15): everything we hold about one
registration, machine-readable.

The export holds the registration's fields (codes with their labels in the
person's language), the callback, the calls with their notes, re-routes with their
reasons, and what happened to the registration when. It leaves out the names of
staff (their personal data, not the person's) and internal keys.
"""

from django.db import models
from django.utils import timezone, translation

from signup.models import CallbackTask, Registration, RegistrationLogEntry

# Internal: not information about the person.
LEFT_OUT = {"id", "submission_key"}
FORMAT_VERSION = 1


def _value(instance: models.Model, field: models.Field):
    value = field.value_from_object(instance)
    if field.choices and value not in ("", None):
        return {
            "code": value,
            "label": str(getattr(instance, f"get_{field.name}_display")()),
        }
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _fields(instance: models.Model, leave_out=()) -> dict:
    return {
        field.name: _value(instance, field)
        for field in instance._meta.concrete_fields
        if field.name not in LEFT_OUT
        and field.name not in leave_out
        and not field.is_relation
    }


def _history(registration: Registration) -> list[dict]:
    entries = RegistrationLogEntry.objects.for_instance(registration).order_by(
        "timestamp", "pk"
    )
    return [
        {"at": entry.timestamp.isoformat(), "action": entry.action} for entry in entries
    ]


def export_data(registration: Registration) -> dict:
    """Everything held about ``registration``, ready for ``json.dumps``."""
    with translation.override(registration.language or "nl"):
        data = {
            "format": "herstelwijzer-registration",
            "format_version": FORMAT_VERSION,
            "exported_at": timezone.now().isoformat(),
            "registration": _fields(registration),
        }
        callback = CallbackTask.objects.filter(registration=registration).first()
        if callback is not None:
            data["callback"] = _fields(
                callback, leave_out={"due_soon_notified_at", "overdue_notified_at"}
            )
            data["callback"]["calls"] = [
                _fields(attempt) for attempt in callback.call_attempts.all()
            ]
        data["route_changes"] = [
            _fields(change) for change in registration.route_changes.all()
        ]
        data["history"] = _history(registration)
    return data
