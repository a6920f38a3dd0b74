from django.core.management.base import BaseCommand
from django.db import transaction

from signup.encryption import encrypted_fields
from signup.models import CallAttempt, Registration, RouteChange

BATCH = 500


class Command(BaseCommand):
    """Re-encrypt every encrypted value with the first key of
    FIELD_ENCRYPTION_KEYS. Run it after putting a new key in front; afterwards
    the old keys can be removed (docs/encryption.md)."""

    help = "Re-encrypt personal data with the newest FIELD_ENCRYPTION_KEYS key."

    def handle(self, *args, **options):
        for model in (Registration, CallAttempt, RouteChange):
            count = self.reencrypt(model, encrypted_fields(model))
            self.stdout.write(
                f"{model._meta.verbose_name_plural}: {count} re-encrypted"
            )

    @transaction.atomic
    def reencrypt(self, model, fields: list[str]) -> int:
        """Reading decrypts with whichever key fits; writing encrypts with the
        newest. One transaction per model: all rows move, or none."""
        count, batch = 0, []
        rows = model.objects.select_for_update().only("pk", *fields).order_by("pk")
        for row in rows.iterator(chunk_size=BATCH):
            batch.append(row)
            if len(batch) == BATCH:
                count += model.objects.bulk_update(batch, fields)
                batch = []
        if batch:
            count += model.objects.bulk_update(batch, fields)
        return count
