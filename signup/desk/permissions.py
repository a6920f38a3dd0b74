"""The Wagtail permission policy for registrations: team-scoped, read and work only.

Registrations are never added, edited or deleted through Wagtail's generic forms;
staff change them only through the desk actions in ``signup.desk``. Registered in
``signup/wagtail_hooks.py`` so every Wagtail view, menu and listing asks this
policy.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from wagtail.permission_policies.base import BasePermissionPolicy

from signup.desk import access
from signup.models import Registration

DESK_ACTIONS = {"view", "work"}
BEHEER_ACTIONS = {"statistics", "export", "erase"}


class RegistrationPermissionPolicy(BasePermissionPolicy):
    def user_has_permission(self, user, action):
        if action in DESK_ACTIONS:
            return access.can_use_desk(user)
        if action in BEHEER_ACTIONS:
            return access.is_beheer(user)
        return False

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def instances_user_has_permission_for(self, user, action):
        if not self.user_has_permission(user, action):
            return self.model.objects.none()
        return access.visible_registrations(user)

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return self.model.objects.none()
        return access.visible_registrations(user)

    def user_has_permission_for_instance(self, user, action, instance):
        return (
            self.user_has_permission(user, action)
            and access.visible_registrations(user).filter(pk=instance.pk).exists()
        )

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(
            self.user_has_permission_for_instance(user, action, instance)
            for action in actions
        )


# The one instance: registered with Wagtail in ``wagtail_hooks`` and asked by the
# desk's own views.
registration_policy = RegistrationPermissionPolicy(Registration)


def registration_for(request, pk, action: str) -> Registration:
    """The registration a desk view acts on: refused (403) without the right to
    ``action``, and not found (404, not 403) when it is not the user's to see."""
    if not registration_policy.user_has_permission(request.user, action):
        raise PermissionDenied
    return get_object_or_404(access.visible_registrations(request.user), pk=pk)
