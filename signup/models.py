"""Registrations, their callback tasks and their audit log.

A registration holds data about a criminal offence (GDPR art. 10). Its ``__str__``
is the reference only, so log lines, admin titles and audit labels never carry
personal data. The personal fields are grouped at the top of the model and, like
every free text written about a person, encrypted at rest (``signup.encryption``).

What the desk does with a registration is logged in ``RegistrationLogEntry``, not in
Wagtail's shared ``ModelLogEntry``: Wagtail shows a log entry to whoever has any
Django permission on its model, and every desk team has those for all
registrations. Entries here are shown only to those who may see the registration.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.hooks import search_for_hooks
from wagtail.models.audit_log import BaseLogEntry, BaseLogEntryManager

from signup import blind_index
from signup.encryption import (
    EncryptedCharField,
    EncryptedEmailField,
    EncryptedTextField,
)
from signup.rules import choices
from signup.rules.deadlines import REMINDER_BEFORE, Territory, territory_for
from signup.rules.routing import Route
from signup.rules.teams import Team

INVITED = "invited"


class Registration(models.Model):
    # Personal data: the person, the professional, the guardian, the other party.
    name = EncryptedCharField(_("name"), max_length=100, blank=True)
    phone = EncryptedCharField(_("phone"), max_length=32, blank=True)
    email = EncryptedEmailField(_("e-mail"), max_length=254, blank=True)
    professional_name = EncryptedCharField(max_length=100, blank=True)
    professional_organisation = EncryptedCharField(max_length=150, blank=True)
    professional_phone = EncryptedCharField(max_length=32, blank=True)
    professional_email = EncryptedEmailField(max_length=254, blank=True)
    guardian_name = EncryptedCharField(max_length=100, blank=True)
    guardian_phone = EncryptedCharField(max_length=32, blank=True)
    other_party_details = EncryptedTextField(max_length=1000, blank=True)
    # A way to reach people in detention or without a phone (flag ``by_post``).
    postal_address = EncryptedTextField(max_length=300, blank=True)
    # The organisation a registrant speaks for (registrant ``organisation``).
    organisation_name = EncryptedCharField(max_length=150, blank=True)
    # Keyed hashes of the normalised name, phone and e-mail (signup.blind_index):
    # the desk finds a caller without a reference; set on every save.
    name_index = models.CharField(max_length=64, blank=True, editable=False)
    phone_index = models.CharField(max_length=64, blank=True, editable=False)
    email_index = models.CharField(max_length=64, blank=True, editable=False)

    # What happened and where the case stands.
    reference = models.CharField(_("reference"), max_length=12, unique=True)
    submission_key = models.UUIDField(unique=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    language = models.CharField(max_length=2, choices=[("nl", "nl"), ("en", "en")])
    youth_variant = models.BooleanField(default=False)
    # "invited": a reply to an invitation (signup/invitations/), not a wizard
    # answer; such a registration is the other party's, left out of the
    # registration statistics.
    registrant = models.CharField(
        max_length=16,
        choices=[*choices.Registrant.choices, (INVITED, _("Replied to an invitation"))],
    )
    organisation_type = models.CharField(
        max_length=32, choices=choices.OrganisationType.choices, blank=True
    )
    client_consent = models.BooleanField(default=False)
    role = models.CharField(max_length=32, choices=choices.Role.choices)
    hopes = models.JSONField(default=list, blank=True)
    offence = models.CharField(max_length=32, choices=choices.Offence.choices)
    feels_safe = models.CharField(
        max_length=8, choices=choices.FeelsSafe.choices, blank=True
    )
    contact_ban = models.CharField(
        max_length=8, choices=choices.ContactBan.choices, blank=True
    )
    case_stage = models.CharField(max_length=32, choices=choices.CaseStage.choices)
    district = models.CharField(
        max_length=32, choices=choices.District.choices, blank=True
    )
    hearing_date = models.DateField(null=True, blank=True)
    counts_in_case = models.CharField(
        max_length=16, choices=choices.CountsInCase.choices, blank=True
    )
    other_party = models.CharField(max_length=16, choices=choices.OtherParty.choices)
    acknowledges = models.CharField(
        max_length=16, choices=choices.Acknowledges.choices, blank=True
    )
    age_band = models.CharField(
        max_length=16, choices=choices.AgeBand.choices, blank=True
    )
    guardian_knows = models.CharField(
        max_length=16, choices=choices.GuardianKnows.choices, blank=True
    )
    contact_form = models.CharField(max_length=16, choices=choices.ContactForm.choices)
    preferred_language = models.CharField(
        max_length=8, choices=choices.Language.choices
    )
    other_language = EncryptedCharField(max_length=60, blank=True)
    interpreter_needed = models.BooleanField(default=False)
    call_times = models.JSONField(default=list, blank=True)
    voicemail_allowed = models.BooleanField(default=False)
    may_say_who_we_are = models.BooleanField(default=False)
    # Asked apart from "may we say who we are": no means no e-mail at all.
    email_allowed = models.BooleanField(default=True)
    heard_from = models.CharField(
        max_length=32, choices=choices.HeardFrom.choices, blank=True
    )
    # "Not now, later": the person chose when to be contacted (flag ``deferred``).
    contact_timing = models.CharField(
        max_length=8,
        choices=choices.ContactTiming.choices,
        default=choices.ContactTiming.NOW,
    )
    # After a dropped case: the person agrees that the desk asks the OM for the
    # other party's contact details (flag ``after_dismissal``).
    om_details_consent = models.BooleanField(default=False)

    # The outcome of routing, and consent.
    route = models.CharField(max_length=32, choices=Route.choices)
    route_district = models.CharField(
        max_length=32, choices=choices.District.choices, blank=True
    )
    route_rule = models.CharField(max_length=40)
    # Which version of signup.rules.routing routed it (1 for registrations made
    # before version 2).
    rule_version = models.PositiveSmallIntegerField()
    reason = models.CharField(max_length=40)
    flags = models.JSONField(default=list, blank=True)
    signposts = models.JSONField(default=list, blank=True)
    privacy_statement_version = models.CharField(max_length=20)

    # The two e-mails the worker sends (signup/tasks.py): when each went out,
    # how many times it was tried, and when it was given up on; the desk shows
    # them as a delivery status (signup/desk/delivery.py).
    confirmation_sent_at = models.DateTimeField(null=True, blank=True)
    confirmation_attempts = models.PositiveSmallIntegerField(default=0)
    confirmation_failed_at = models.DateTimeField(null=True, blank=True)
    team_notified_at = models.DateTimeField(null=True, blank=True)
    team_notice_attempts = models.PositiveSmallIntegerField(default=0)
    team_notice_failed_at = models.DateTimeField(null=True, blank=True)

    # The desk's work on it.
    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        CLOSED = "closed", _("Closed")

    status = models.CharField(
        _("status"),
        max_length=8,
        choices=Status.choices,
        default=Status.OPEN,
        db_index=True,
    )
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)

    class Outcome(models.TextChoices):
        """What came of the registration, chosen when it is closed: counted in
        the statistics (what happens after the callback)."""

        HANDED_OVER = "handed_over", _("Reached and handed to a mediator")
        MIS_SENT = "mis_sent", _("Reached, the MiS request was sent on")
        NOT_GOING_ON = "not_going_on", _("Reached, not going on")
        NOT_REACHED = "not_reached", _("Not reached after several attempts")
        NO_DETAILS = "no_details", _("The other party's details were not obtained")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        DUPLICATE = "duplicate", _("Duplicate of another registration")

    class StopReason(models.TextChoices):
        """Why a person who was reached does not go on."""

        NOT_NOW = "not_now", _("Not now, perhaps later")
        NO_CONTACT = "no_contact", _("Does not want contact after all")
        OTHER_HELP = "other_help", _("Chose other help")
        OTHER_PROVISION = "other_provision", _("Another provision fits better")
        OTHER = "other", _("Another reason")

    outcome = models.CharField(
        _("outcome"), max_length=16, choices=Outcome.choices, blank=True
    )
    stop_reason = models.CharField(
        _("reason for not going on"),
        max_length=16,
        choices=StopReason.choices,
        blank=True,
    )
    # Withdrawn by the person (the link in the reminder e-mail); also closed.
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)
    erased_at = models.DateTimeField(
        _("personal data erased at"), null=True, blank=True
    )

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["name_index"], name="registration_name_index"),
            models.Index(fields=["phone_index"], name="registration_phone_index"),
            models.Index(fields=["email_index"], name="registration_email_index"),
        ]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        permissions = [
            ("work_registration", _("Can work registrations of own teams")),
            ("view_statistics", _("Can view registration statistics")),
            ("export_registration", _("Can export a registration (data request)")),
            ("erase_registration", _("Can erase a registration's personal data")),
        ]

    def __str__(self) -> str:
        return self.reference

    def save(self, *args, **kwargs):
        """Keeps the blind index in step with the name, phone and e-mail, also
        when only some fields are saved (erasure empties them, and their hashes)."""
        blind_index.refresh(self)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            indexed = {
                index
                for field, index in blind_index.INDEXED.values()
                if field in update_fields
            }
            kwargs["update_fields"] = {*update_fields, *indexed}
        super().save(*args, **kwargs)

    @property
    def territory(self) -> Territory:
        """Whose office hours and public holidays the callback keeps."""
        return territory_for(self.district)

    @property
    def is_referral(self) -> bool:
        return self.registrant == choices.Registrant.PROFESSIONAL

    @property
    def callback_label(self) -> str:
        """The callback's state in a word, for the desk's list."""
        callback = self.callback
        now = timezone.now()
        if callback.status == CallbackTask.Status.DONE:
            return _("Done")
        if callback.due_at < now:
            return _("Overdue")
        if callback.waits_for_later(now):
            return _("Later contact")
        return _("Open")

    @property
    def status_label(self) -> str:
        """Open, closed, or withdrawn by the person (a way of being closed)."""
        if self.withdrawn_at:
            return _("Withdrawn by the person")
        return self.get_status_display()


class CallbackTask(models.Model):
    """The promise to phone the person (or, for a referral, the professional)."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        DONE = "done", _("Done")

    class Callee(models.TextChoices):
        PERSON = "person", _("The person who registered")
        PROFESSIONAL = "professional", _("The referring professional")

    class Kind(models.TextChoices):
        CALL = "call", _("Phone call")
        LETTER = "letter", _("Send a letter")

    registration = models.OneToOneField(
        Registration, on_delete=models.CASCADE, related_name="callback"
    )
    team = models.CharField(max_length=40, choices=Team.choices, db_index=True)
    callee = models.CharField(max_length=16, choices=Callee.choices)
    # A call, or a letter for people reachable only by post (flag ``by_post``).
    kind = models.CharField(max_length=8, choices=Kind.choices, default=Kind.CALL)
    created_at = models.DateTimeField(default=timezone.now)
    due_at = models.DateTimeField(db_index=True)
    status = models.CharField(
        max_length=8, choices=Status.choices, default=Status.OPEN, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("assigned to"),
    )
    first_contact_at = models.DateTimeField(null=True, blank=True)
    done_at = models.DateTimeField(null=True, blank=True)
    # Escalation: when the team was told this callback is due soon, or overdue.
    due_soon_notified_at = models.DateTimeField(null=True, blank=True)
    overdue_notified_at = models.DateTimeField(null=True, blank=True)
    # "Not now, later" (flag ``deferred``): the person chose a later moment; a
    # reminder goes out a week before, and they may postpone once more.
    deferred = models.BooleanField(default=False, db_index=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True)
    postponements = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["due_at"]
        verbose_name = _("callback")
        verbose_name_plural = _("callbacks")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(due_at__gt=models.F("created_at")),
                name="callback_due_after_creation",
            )
        ]

    def __str__(self) -> str:
        return f"{self.registration.reference} ({self.get_team_display()})"

    def waits_for_later(self, now=None) -> bool:
        """Deferred and due more than a week from now: not in the desk's due
        queue yet (``signup.desk.later``, which asks the same in a query)."""
        now = now or timezone.now()
        return (
            self.deferred
            and self.status == self.Status.OPEN
            and self.due_at > now + REMINDER_BEFORE
        )


class CallAttempt(models.Model):
    """One phone call made for a callback, with its outcome."""

    class Outcome(models.TextChoices):
        REACHED = "reached", _("Reached")
        NO_ANSWER = "no_answer", _("No answer")
        VOICEMAIL = "voicemail", _("Voicemail left")
        WRONG_NUMBER = "wrong_number", _("Wrong number")
        LETTER_SENT = "letter_sent", _("Letter sent")

    callback = models.ForeignKey(
        CallbackTask, on_delete=models.CASCADE, related_name="call_attempts"
    )
    outcome = models.CharField(_("outcome"), max_length=16, choices=Outcome.choices)
    note = EncryptedTextField(_("note"), max_length=1000, blank=True)
    made_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    made_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["made_at"]
        verbose_name = _("call attempt")
        verbose_name_plural = _("call attempts")

    def __str__(self) -> str:
        return f"{self.callback.registration.reference}: {self.get_outcome_display()}"


class RouteChange(models.Model):
    """A registration moved to another provision or district by the desk. The reason
    is kept here (it may name people), not in the audit log."""

    registration = models.ForeignKey(
        Registration, on_delete=models.CASCADE, related_name="route_changes"
    )
    from_route = models.CharField(max_length=32, choices=Route.choices)
    from_district = models.CharField(max_length=32, blank=True)
    to_route = models.CharField(max_length=32, choices=Route.choices)
    to_district = models.CharField(max_length=32, blank=True)
    from_team = models.CharField(max_length=40, choices=Team.choices)
    to_team = models.CharField(max_length=40, choices=Team.choices)
    reason = EncryptedTextField(_("reason"), max_length=1000)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["changed_at"]

    def __str__(self) -> str:
        return f"{self.registration.reference}: {self.from_team} -> {self.to_team}"


class Invitation(models.Model):
    """A letter to the other party of a registration, with a code for the reply
    page (``signup/invitations/``). Codes only: the letter itself is written by
    the mediator, outside the portal."""

    registration = models.ForeignKey(
        Registration, on_delete=models.CASCADE, related_name="invitations"
    )
    code = models.CharField(max_length=9, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    replied_at = models.DateTimeField(null=True, blank=True)

    class Answer(models.TextChoices):
        TALK = "talk", _("Yes, I want to talk")
        WRITING = "writing", _("Only by letters or messages")
        LATER = "later", _("Not now, perhaps later")
        NO = "no", _("No")

    answer = models.CharField(max_length=8, choices=Answer.choices, blank=True)
    # The reply as a registration of its own, with its callback (not for "no").
    reply = models.OneToOneField(
        "Registration",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="invitation_replied",
    )

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")

    def __str__(self) -> str:
        return f"{self.registration.reference}: {self.code}"


# The models whose audit entries go in ``RegistrationLogEntry`` (``wagtail_hooks``
# registers them with Wagtail's log), each with how to find its registration: the
# entry is shown to those who may see that registration.
LOGGED_MODELS = {
    Registration: lambda registration: registration.pk,
    CallbackTask: lambda callback: callback.registration_id,
    CallAttempt: lambda attempt: attempt.callback.registration_id,
    RouteChange: lambda change: change.registration_id,
    Invitation: lambda invitation: invitation.registration_id,
}


class RegistrationLogEntryManager(BaseLogEntryManager):
    def log_action(self, instance, action, **kwargs):
        registration_of = LOGGED_MODELS.get(type(instance))
        if registration_of is None:
            raise TypeError(f"{type(instance).__name__} is not logged per registration")
        kwargs.update(
            object_id=str(instance.pk), registration_id=registration_of(instance)
        )
        return super().log_action(instance, action, **kwargs)

    def for_instance(self, instance):
        """A registration's history holds every entry about it, also about its
        callback, calls and re-routes; another object's only its own."""
        if isinstance(instance, Registration):
            return self.filter(registration_id=instance.pk)
        return self.filter(
            content_type=ContentType.objects.get_for_model(
                instance, for_concrete_model=False
            ),
            object_id=str(instance.pk),
        )

    def viewable_by_user(self, user):
        """The entries of the registrations this user may see, as the desk
        decides: Wagtail's Site history report and its exports ask this (Wagtail's
        own default goes by Django permission on the model, which every desk team
        has). Like Wagtail's page log, it asks the model's permission policy,
        ``signup.desk.permissions``, which finds the registrations with
        ``signup.desk.access.visible_registrations``: a team's own, all of them for
        Beheer, none for anyone else. A superuser sees every entry, also one whose
        registration is gone."""
        from wagtail.permissions import policy_registry

        if user.is_active and user.is_superuser:
            return self.all()
        # The desk's policy is registered in signup/wagtail_hooks.py; without it
        # Wagtail would fall back to Django permissions, so show nothing instead.
        search_for_hooks()
        policy = policy_registry.get_by_type(Registration, fallback=False)
        if policy is None or policy is policy_registry.get_fallback_policy(
            Registration
        ):
            return self.none()
        visible = policy.instances_user_has_any_permission_for(user, ["view"])
        return self.filter(registration__in=visible.values("pk"))


class RegistrationLogEntry(BaseLogEntry):
    """One audited act on a registration (or its callback, calls, re-routes):
    the action's name, who, when, and codes only (``signup.desk.actions``). The
    label is the reference; personal data and free text never go in an entry, so
    erasure leaves the entries as they are."""

    # Wagtail's page log keeps its page the same way: no database constraint and
    # nothing done on delete, so the history outlives what it is about. Empty only
    # for an entry moved from Wagtail's log whose object was already gone
    # (migration 0007): then only a superuser sees it.
    registration = models.ForeignKey(
        Registration,
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )
    # The logged object (``content_type`` says which model), as in ModelLogEntry:
    # the ID column of the Site history export.
    object_id = models.CharField(max_length=255, db_index=True)

    objects = RegistrationLogEntryManager()

    class Meta(BaseLogEntry.Meta):
        ordering = ["-timestamp", "-id"]
        verbose_name = _("registration log entry")
        verbose_name_plural = _("registration log entries")

    def __str__(self) -> str:
        return (
            f"RegistrationLogEntry {self.pk}: '{self.action}' on "
            f"'{self.object_verbose_name}' with id {self.object_id}"
        )
