"""Registrations stored under routing version 1 still display after migration 0008:
their answers are mapped to the version-2 codes, and they are marked as routed by
version 1."""

import uuid

from django.db import connection
from django.db.migrations.executor import MigrationExecutor

import pytest

from signup.rules.choices import OtherParty

BEFORE = [("signup", "0007_move_registration_log")]
AFTER = [("signup", "0008_intake_v2")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def v1_registration(apps, other_party: str):
    old = apps.get_model("signup", "Registration")
    return old.objects.create(
        reference=f"HW-{uuid.uuid4().hex[:6].upper()}",
        submission_key=uuid.uuid4(),
        language="nl",
        registrant="self",
        role="victim",
        offence="violence",
        case_stage="court",
        other_party=other_party,
        age_band="23_plus",
        contact_form="letters",
        preferred_language="nl",
        route="samenspraak",
        route_rule="no_contact",
        reason="no_contact",
        privacy_statement_version="page-1-rev-1",
    )


@pytest.mark.django_db(transaction=True)
def test_v1_answers_are_mapped_and_marked_as_routed_by_version_1():
    leaf = MigrationExecutor(connection).loader.graph.leaf_nodes("signup")
    try:
        old_apps = migrate(BEFORE)
        not_possible = v1_registration(old_apps, "not_possible").pk
        known = v1_registration(old_apps, "known").pk

        # The model as it stood after 0008: later migrations add columns.
        after = migrate(AFTER).get_model("signup", "Registration")

        migrated = after.objects.get(pk=not_possible)
        assert migrated.other_party == OtherParty.NO_CONTACT
        assert migrated.get_other_party_display()
        assert migrated.rule_version == 1
        assert migrated.hopes == [] and migrated.hearing_date is None
        assert after.objects.get(pk=known).other_party == OtherParty.KNOWN
    finally:
        migrate(leaf)


@pytest.mark.django_db(transaction=True)
def test_migration_0008_can_be_reversed():
    leaf = MigrationExecutor(connection).loader.graph.leaf_nodes("signup")
    try:
        old_apps = migrate(BEFORE)
        pk = v1_registration(old_apps, "not_possible").pk
        migrate(AFTER)

        old_apps = migrate(BEFORE)

        assert (
            old_apps.get_model("signup", "Registration").objects.get(pk=pk).other_party
            == "not_possible"
        )
    finally:
        migrate(leaf)
