"""Staff sessions end after ``STAFF_IDLE_MINUTES`` without an admin request.

Sessions are shared with the sign-up wizard, whose answers may be kept for up to
20 hours (WCAG 2.2.1); an admin left open on a desk must not stay usable that
long. The last admin request's time is kept in the session, written at most once a
minute.
"""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.urls import reverse
from django.utils.translation import gettext

from wagtail.admin.views.account import LogoutView as WagtailLogoutView

SESSION_KEY = "staff_last_seen"


class StaffIdleTimeoutMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.path.startswith(settings.ADMIN_URL_PREFIX)
            and request.user.is_authenticated
        ):
            now = int(time.time())
            last_seen = request.session.get(SESSION_KEY)
            idle_limit = settings.STAFF_IDLE_MINUTES * 60
            if last_seen is not None and now - last_seen > idle_limit:
                logout(request)
                messages.info(
                    request,
                    gettext(
                        "You were logged out after %(minutes)d minutes without "
                        "activity. Log in again to continue."
                    )
                    % {"minutes": settings.STAFF_IDLE_MINUTES},
                )
                return redirect_to_login(
                    request.get_full_path(), reverse("wagtailadmin_login")
                )
            if last_seen is None or now - last_seen >= 60:
                request.session[SESSION_KEY] = now
        return self.get_response(request)


class StaffLogoutView(WagtailLogoutView):
    """Logging out by opening ``/admin/logout/`` ends the session on the server too.

    Django's logout view answers GET with 405, and Wagtail's then still deletes the
    session cookie and says "logged out": the browser forgets the session, but the
    session itself stays valid for anyone who has its key. Staff who type the
    address, or follow an old bookmark, mean to log out, so GET logs out as POST
    does. (Being logged out by someone else's link is a nuisance, not a risk.)
    """

    http_method_names = ["get", "post", "options"]

    def get(self, request, *args, **kwargs):
        return self.post(request, *args, **kwargs)
