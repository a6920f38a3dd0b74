from django.core.management.base import BaseCommand
from django.db import transaction

from signup import blind_index
from signup.encryption import encrypted_fields
from signup.models import CallAttempt, Registration, RouteChange

BATCH = 500


class Command(BaseCommand):
    """Re-encrypt every encrypted value with the first key of
    FIELD_ENCRYPTION_KEYS, and recompute the blind index of every registration
    with the first key of BLIND_INDEX_KEYS. Run it after putting new keys in
    front; afterwards the old keys can be removed (docs/encryption.md)."""

    help = (
        "Re-encrypt personal data with the newest FIELD_ENCRYPTION_KEYS key and "
        "rehash the blind index with the newest BLIND_INDEX_KEYS key."
    )

    def handle(self, *args, **options):
        for model in (Registration, CallAttempt, RouteChange):
            fields = encrypted_fields(model)
            if model is Registration:
                fields += [index for _field, index in blind_index.INDEXED.values()]
            count = self.reencrypt(model, fields)
            self.stdout.write(
                f"{model._meta.verbose_name_plural}: {count} re-encrypted"
            )

    @transaction.atomic
    def reencrypt(self, model, fields: list[str]) -> int:
        """Reading decrypts with whichever key fits; writing encrypts with the
        newest (and a registration's hashes are made anew with the newest blind
        index key). One transaction per model: all rows move, or none."""
        count, batch = 0, []
        rows = model.objects.select_for_update().only("pk", *fields).order_by("pk")
        for row in rows.iterator(chunk_size=BATCH):
            if model is Registration:
                blind_index.refresh(row)
            batch.append(row)
            if len(batch) == BATCH:
                count += model.objects.bulk_update(batch, fields)
                batch = []
        if batch:
            count += model.objects.bulk_update(batch, fields)
        return count
