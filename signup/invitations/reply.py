"""Storing a reply to an invitation. A reply that wants contact becomes a
registration of its own, for the initiator's team, with a callback due as any
callback: so it has the desk's queue, encryption, blind index, retention,
erasure and permissions. It holds only what the replier gave: nothing of the
initiator's answers is copied (the district only, for office hours and holidays).
"No" keeps no personal data: the invitation only records the answer."""

import uuid

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from wagtail.log_actions import log

from signup.models import INVITED, CallbackTask, Invitation, Registration
from signup.rules.deadlines import callback_due_at
from signup.rules.routing import Flag
from signup.tasks import notify_team
from signup.wizard.references import new_reference

# Why a reply lies with the team it does, in the codes of a routed registration.
REPLY_RULE = "invitation_reply"


class AlreadyReplied(Exception):
    """The invitation was answered before (also by a second tab or device)."""


def open_invitation(code: str) -> Invitation | None:
    return Invitation.objects.filter(code=code, replied_at__isnull=True).first()


@transaction.atomic
def record_reply(invitation_id: int, data: dict, language: str, privacy_version: str):
    invitation = (
        # Only the invitation row is locked: PostgreSQL refuses FOR UPDATE on
        # the nullable side of the outer join to the initiator's callback.
        Invitation.objects.select_for_update(of=("self",))
        .select_related("registration__callback")
        .get(pk=invitation_id)
    )
    if invitation.replied_at:
        raise AlreadyReplied
    now = timezone.now()
    invitation.answer = data["answer"]
    invitation.replied_at = now
    if data["answer"] != Invitation.Answer.NO:
        invitation.reply = _save_reply(invitation, data, language, privacy_version, now)
    invitation.save(update_fields=["answer", "replied_at", "reply"])
    log(invitation, "signup.invitation_reply", data={"answer": invitation.answer})
    if invitation.reply:
        notify_team.enqueue(invitation.reply.pk)
    return invitation


def _save_reply(invitation, data, language, privacy_version, now) -> Registration:
    initiator = invitation.registration
    by_post = not data["phone"] and bool(data["postal_address"])
    flags = [Flag.BY_POST] if by_post else []
    reply = Registration(
        name=data["name"],
        phone=data["phone"],
        email=data["email"],
        postal_address=data["postal_address"],
        call_times=data["call_times"],
        voicemail_allowed=data["voicemail_allowed"] == "yes",
        may_say_who_we_are=data["may_say_who_we_are"] == "yes",
        email_allowed=bool(data["email"]),
        submission_key=uuid.uuid4(),
        created_at=now,
        language=language,
        registrant=INVITED,
        district=initiator.district,
        route=initiator.route,
        route_district=initiator.route_district,
        route_rule=REPLY_RULE,
        rule_version=initiator.rule_version,
        reason=REPLY_RULE,
        flags=flags,
        privacy_statement_version=privacy_version,
    )
    for _attempt in range(5):
        reply.reference = new_reference()
        try:
            with transaction.atomic():
                reply.save()
            break
        except IntegrityError:
            continue
    else:
        raise IntegrityError("Could not find a free reference")
    CallbackTask.objects.create(
        registration=reply,
        team=initiator.callback.team,
        callee=CallbackTask.Callee.PERSON,
        kind=CallbackTask.Kind.LETTER if flags else CallbackTask.Kind.CALL,
        created_at=now,
        due_at=callback_due_at(
            now,
            window_days=settings.SIGNUP_CALLBACK_WINDOW_DAYS,
            mode=settings.SIGNUP_CALLBACK_COUNTING,
            territory=reply.territory,
            hearing_soon=False,
            later_months=0,
        ),
    )
    return reply
