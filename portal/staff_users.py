"""Staff accounts in the Wagtail admin, with one rule Wagtail lacks: only a
superuser makes, edits or unmakes a superuser.

Wagtail offers its "Administrator" box to anyone who may add or change users, so
Beheer (who manages desk accounts) could make anyone, themselves included, a
superuser, and could change a superuser's password and take the account over.
Here the box is left out of the form for everyone but superusers (a posted value
is then ignored), and a superuser's account can only be edited by a superuser.
Wagtail's users app uses this view set through ``portal.apps.StaffUsersConfig``.
"""

from django.core.exceptions import PermissionDenied

from wagtail.users.views import users


class _NoSuperuserBoxMixin:
    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        if not self.request.user.is_superuser:
            form.fields.pop("is_superuser", None)
        return form


class StaffCreateView(_NoSuperuserBoxMixin, users.CreateView):
    pass


class StaffEditView(_NoSuperuserBoxMixin, users.EditView):
    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        if self.object.is_superuser and not request.user.is_superuser:
            raise PermissionDenied


class StaffUserViewSet(users.UserViewSet):
    add_view_class = StaffCreateView
    edit_view_class = StaffEditView
