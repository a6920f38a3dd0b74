"""Choices shared by content models and other apps. A leaf module: no model imports,
so ``signup`` and ``content`` can both use it without a cycle."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Provision(models.TextChoices):
    """The provisions, the one source of their codes and names: a provision page
    says which one it is about, and the sign-up routing sends registrations to
    them (``signup.rules.routing.Route`` adds triage)."""

    HERSTELBEMIDDELING = "herstelbemiddeling", _("Restorative mediation")
    MIS = "mis", _("Mediation in criminal cases (MiS)")
    SAMENSPRAAK = "samenspraak", _("Samenspraak dialogue groups")


class Audience(models.TextChoices):
    VICTIMS = "victims", _("Victims and bereaved relatives")
    OFFENDERS = "offenders", _("Suspects, offenders and people who caused an accident")
    RELATIVES = "relatives", _("Relatives and witnesses")
    PROFESSIONALS = "professionals", _("Professionals")


class FaqTopic(models.TextChoices):
    REGISTRATION = "registration", _("Registering and taking part")
    PRIVACY = "privacy", _("Privacy")
    CRIMINAL_CASE = "criminal_case", _("The criminal case")
    COSTS = "costs", _("Costs")
    YOUTH = "youth", _("Young people")
    OTHER_PARTY = "other_party", _("If the other party says no")
    STOPPING = "stopping", _("Stopping")


class AccessibilityStatus(models.TextChoices):
    """The compliance statuses (nalevingsstatus) A to D of the Dutch government's
    model statement; E means there is no statement, so a page never has it."""

    FULL = "full", _("A - fully compliant")
    PARTIAL = "partial", _("B - partially compliant")
    FIRST_STEPS = "first_steps", _("C - first measures taken")
    NO_STEPS = "no_steps", _("D - no measures taken")
