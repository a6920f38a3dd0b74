"""The quick exit ("Snel weg"): leave the site and leave nothing behind.

The button links here, not straight to the neutral site, so that leaving also
ends the visit on the server: the session, with any answers typed into the
wizard so far, is deleted, and the browser is asked to forget this site's cookies,
storage and cached pages (``Clear-Site-Data``). Pages with answers are never
stored by the browser (``no-store``), so when someone presses Back after leaving,
the browser asks the server again, and the server has nothing left to show: the
wizard starts empty. Then the browser goes on to the neutral site.
"""

from django.conf import settings
from django.db import DatabaseError
from django.http import HttpResponseRedirect
from django.views.decorators.cache import never_cache

from content.models import SiteSettings


@never_cache
def quick_exit(request):
    try:
        exit_url = SiteSettings.for_request(request).exit_url
    except DatabaseError:  # leaving works during a database outage too
        exit_url = settings.QUICK_EXIT_DEFAULT_URL
    request.session.flush()
    response = HttpResponseRedirect(exit_url)
    # Secure contexts only (HTTPS, localhost); elsewhere browsers ignore it.
    response["Clear-Site-Data"] = '"cache", "cookies", "storage"'
    # The neutral site must not learn where the visitor came from.
    response["Referrer-Policy"] = "no-referrer"
    return response
